#!/usr/bin/env bash
# What kinds of mistakes the named-entity tagger makes, from the predictions that
# `marsad eval ner --gold FILE --predictions PRED` writes (`token GOLD PREDICTED` a line, a
# blank line between sentences). Each gold entity is found, missed (no predicted entity
# overlaps it), cut wrong (an overlapping prediction of its type with other bounds), typed
# wrong (same bounds, other type) or both; each predicted entity that overlaps no gold one is
# spurious. Prints the counts per gold type, then up to EXAMPLES examples of each kind:
# the entity | it with two words before and one after | what was predicted over it.
#
#   scripts/ner-errors.sh PRED [EXAMPLES]
set -euo pipefail
python3 - "$1" "${2:-0}" <<'PY'
import collections, sys

def entities(tags):
    """conlleval's entities: a run of one type from a B- tag, or from an I- tag after O or another type."""
    out, i = [], 0
    while i < len(tags):
        if tags[i] == "O":
            i += 1
            continue
        kind, j = tags[i][2:], i + 1
        while j < len(tags) and tags[j] == "I-" + kind:
            j += 1
        out.append((i, j, kind))
        i = j
    return out

sentences, current = [], []
with open(sys.argv[1], encoding="utf-8") as f:
    for number, line in enumerate(f, 1):
        fields = line.split()
        if not fields:
            if current:
                sentences.append(current)
            current = []
            continue
        if len(fields) != 3:
            sys.exit(f"{sys.argv[1]}:{number}: expected `token GOLD PREDICTED`, found {len(fields)} fields")
        current.append(fields)
if current:
    sentences.append(current)

counts, examples = collections.Counter(), collections.defaultdict(list)
for sentence in sentences:
    words = [w for w, _, _ in sentence]
    gold, predicted = entities([g for _, g, _ in sentence]), entities([p for _, _, p in sentence])
    show = lambda e: " ".join(words[e[0]:e[1]])
    context = lambda e: " ".join(words[max(0, e[0] - 2):e[1] + 1])
    for e in gold:
        if e in predicted:
            counts[e[2], "found"] += 1
            continue
        over = [p for p in predicted if p[0] < e[1] and e[0] < p[1]]
        if not over:
            kind = "missed"
        elif any(p[:2] == e[:2] for p in over):
            kind = "typed " + next(p for p in over if p[:2] == e[:2])[2]
        elif any(p[2] == e[2] for p in over):
            kind = "cut"
        else:
            kind = "cut and typed"
        counts[e[2], kind] += 1
        examples[e[2], kind].append(f"{show(e)} | {context(e)} | " + " ".join(f"{show(p)}/{p[2]}" for p in over))
    for p in predicted:
        if not any(e[0] < p[1] and p[0] < e[1] for e in gold):
            counts[p[2], "spurious"] += 1
            examples[p[2], "spurious"].append(f"{show(p)} | {context(p)}")

for kind in sorted({k for k, _ in counts}):
    print(kind + ": " + ", ".join(f"{what} {n}" for (k, what), n in sorted(counts.items()) if k == kind))
limit = int(sys.argv[2])
for key in sorted(examples) if limit else []:
    print(f"== {key[0]} {key[1]}")
    for line in examples[key][:limit]:
        print("   " + line)
PY

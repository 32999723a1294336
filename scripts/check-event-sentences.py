#!/usr/bin/env python3
"""Scores `marsad analyze` on hand-written event sentences (Samples/event-sentences.ar.tsv): detection of happened, asserted
ASSAULT/PROTEST events and the sectors of their source and target."""
import json, subprocess, sys
# Usage: scripts/check-event-sentences.py MARSAD_BINARY [TSV]
marsad = sys.argv[1]
path = sys.argv[2] if len(sys.argv) > 2 else "Samples/event-sentences.ar.tsv"
# A comment line "## NAME" starts a set of sentences tallied apart (a held-out set added later).
rows, part = [], ''
for l in open(path, encoding='utf-8'):
    if l.startswith('## '):
        part = l[3:].strip() + ' '
    elif l.strip() and not l.startswith('#'):
        rows.append([part] + l.rstrip('\n').split('\t'))
lines = ''.join(json.dumps({'id': str(i), 'text': r[4], 'published': '2025-06-02'}, ensure_ascii=False) + '\n' for i, r in enumerate(rows))
out = subprocess.run([marsad, 'analyze', '--threads', '1'], input=lines.encode(), capture_output=True, check=True).stdout.decode()
docs = {d['id']: d for d in map(json.loads, out.splitlines())}
tally = {}
for i, (part, kind, src, tgt, text) in enumerate(rows):
    d = docs[str(i)]
    cameo = {e['id']: e.get('cameo') or '' for e in d['entities']}
    found = [e for e in d['events'] if e['type'] in ('ASSAULT', 'PROTEST') and e['modality'] == 'happened' and e['polarity'] == 'asserted']
    types = sorted({e['type'] for e in found})
    if kind == '-':
        ok = not found; key = 'no'
    else:
        ok = kind in types; key = kind
    role = ''
    if kind != '-' and ok:
        e = next(e for e in found if e['type'] == kind)
        sec = lambda ids: [cameo.get(x, '')[-3:] for x in ids]
        s_ok = not src or src in sec(e['source']); t_ok = not tgt or tgt in sec(e['target'])
        role = f"src {sec(e['source'])}{'' if s_ok else ' ✗'} tgt {sec(e['target'])}{'' if t_ok else ' ✗'}"
        tally.setdefault(part + 'roles', [0, 0]); tally[part + 'roles'][0] += s_ok and t_ok; tally[part + 'roles'][1] += 1
    key = part + key
    tally.setdefault(key, [0, 0]); tally[key][0] += ok; tally[key][1] += 1
    print(('  ' if ok else '✗ ') + kind.ljust(8) + ' ' + ','.join(types).ljust(16) + role + '  ' + text[:70])
print({k: f'{v[0]}/{v[1]}' for k, v in tally.items()})

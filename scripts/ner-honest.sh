#!/usr/bin/env bash
# The named-entity tagger's honest dev figure, averaged over several tune splits: for each
# split s = 1..SPLITS, the 400 sentences that end 400 × (s − 1) sentences before the end of
# ANERcorp's training part (train minus the dev split) are the tune set that picks the epoch
# and the entity bias; the model is trained on the rest of that part (with the second stage
# over SaudiNewsNet, as scripts/build-resources.sh trains the shipped model),
# then scored on the dev split (the last 400 sentences of ANERcorp train), which nothing saw.
# Prints each split's dev scores (JSON) and the mean F1, overall and per type.
#
#   scripts/ner-honest.sh MARSAD WORK SPLITS [extra `marsad train ner` options…]
#
# MARSAD is the binary, WORK a folder for the splits and models, e.g.
#   scripts/ner-honest.sh .build/release/marsad /tmp/ner-honest 3 --hash-bits 20
# train ner averages four perceptrons by default; --ensemble 1 measures one, as before.
# NER_EXTRA names a folder whose *.txt files are trained on too, e.g. NER_EXTRA=WORK/aqmar
# for AQMAR as scripts/ner-data.sh prepares it.
set -euo pipefail
marsad=$(realpath "$1"); work=$2; splits=$3; shift 3
here=$(cd "$(dirname "$0")" && pwd)
shared=${SHARED:-$here/../../shared}
"$here/ner-data.sh" "$shared" "$work"
extra=${NER_EXTRA:-}
files=()
[ -n "$extra" ] && files=("$extra"/*.txt)
for s in $(seq 1 "$splits"); do
  hi=$((3572 - 400 * (s - 1))); lo=$((hi - 400))
  awk -v RS= -v ORS='\n\n' -v lo=$lo -v hi=$hi 'NR > lo && NR <= hi' "$work/anercorp-train.txt" > "$work/tune-$s.txt"
  awk -v RS= -v ORS='\n\n' -v lo=$lo -v hi=$hi 'NR <= lo || NR > hi' "$work/anercorp-train.txt" > "$work/train-$s.txt"
  python3 "$shared/bench/corpus.py" --dir "$shared/data/news/saudinewsnet" |
    "$marsad" train ner --train "$work/train-$s.txt" "${files[@]}" --dev "$work/tune-$s.txt" \
      --epochs 20 --corpus - --out "$work/model-$s.model" "$@" 2> "$work/train-$s.log"
  "$marsad" eval ner --gold "$work/anercorp-dev.txt" --model "$work/model-$s.model" | tee "$work/dev-$s.json"
done
python3 - "$work" "$splits" <<'PY'
import json, sys
work, n = sys.argv[1], int(sys.argv[2])
runs = [json.load(open(f"{work}/dev-{s}.json")) for s in range(1, n + 1)]
mean = lambda xs: sum(xs) / len(xs)
f1s = ", ".join("%.4f" % r["f1"] for r in runs)
types = ", ".join("%s %.4f" % (t, mean([r["per_type"][t]["f1"] for r in runs])) for t in runs[0]["per_type"])
print("honest dev F1 over %d tune splits: mean %.4f (each %s); P %.4f R %.4f; %s"
      % (n, mean([r["f1"] for r in runs]), f1s, mean([r["precision"] for r in runs]), mean([r["recall"] for r in runs]), types))
PY

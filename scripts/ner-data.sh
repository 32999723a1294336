#!/usr/bin/env bash
# The named-entity training data, prepared in WORK from SHARED (../shared): ANERcorp's train
# split without its last 400 sentences (anercorp-train.txt), those 400 as the dev split
# (anercorp-dev.txt), and AQMAR (aqmar/*.txt) with its ~15 stray tags (IO, OO, I--ORG,
# B-MIS-1, B-MISS1, B-ENGLISH…) mended; MIS0–MIS3 read as MISC. Used by build-resources.sh,
# which trains the shipped model (on ANERcorp alone), and ner-honest.sh, which measures it
# (with NER_EXTRA=WORK/aqmar, trained with AQMAR too), so both read one split.
#
#   scripts/ner-data.sh SHARED WORK
set -euo pipefail
shared=$1; work=$2
anercorp="$shared/data/ner/ANERCorp_CamelLab_train.txt"
mkdir -p "$work/aqmar"
awk -v RS= -v ORS='\n\n' 'NR <= 3572' "$anercorp" > "$work/anercorp-train.txt"
awk -v RS= -v ORS='\n\n' 'NR > 3572' "$anercorp" > "$work/anercorp-dev.txt"
for f in "$shared/data/ner/aqmar/"*.txt; do
  sed -E 's/ (IO|OO)$/ O/; s/ I--ORG$/ I-ORG/; s/ B-(MIS-1|MIS-2|MIS1`|MISS1|ENGLISH|SPANISH)$/ B-MISC/' "$f" > "$work/aqmar/$(basename "$f")"
done

#!/usr/bin/env bash
# Rebuilds the resources Marsad ships from the public raw data in ../shared/data.
# Usage: scripts/build-resources.sh [SHARED_DIR]   (default: ../shared beside the repository)
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${1:-../shared}
swift build -c release --product marsad
marsad=$(swift build -c release --show-bin-path)/marsad
out=Sources/MarsadCore/Resources

# The stem lexicon: word counts over SaudiNewsNet (statistics only; no article text is shipped).
python3 "$shared/bench/corpus.py" --dir "$shared/data/news/saudinewsnet" |
  "$marsad" build stems --corpus - --stopwords "$shared/data/kb/stopwords/stopwords-iso.json" \
    --min-count 3 --out "$out/stems.tsv" \
    --source "SaudiNewsNet word counts (github.com/inparallel/SaudiNewsNet, CC BY-NC-SA 4.0)" \
    --source "stopwords-iso Arabic list 0.7.1 (MIT)"

#!/usr/bin/env bash
# The whole test suite: installs what is missing, builds, and runs every test serially
# (with --parallel, passing XCTests print no summary line). Expects ../shared beside the
# repository for the seed-article tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift build --build-tests
swift test --skip-build

#!/usr/bin/env bash
# Installs the Debian packages Marsad needs to build and test, if any are missing.
# Runs as root (CI, the project's machines) or through sudo.
set -euo pipefail
# git: SwiftPM fetches dependencies from the local package mirror with it.
# libsqlite3-dev: GRDB links the system SQLite (MarsadStore); zlib1g-dev: the store
# compresses analyses with zlib (CZlib); libxml2-dev: ingest parses HTML pages with it;
# libssl-dev: resource checksums and document ids use OpenSSL's SHA-256 (CLibCrypto).
packages=(git libsqlite3-dev zlib1g-dev libxml2-dev libssl-dev)
missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if ((${#missing[@]})); then
  sudo=""; [[ $(id -u) -eq 0 ]] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
command -v swift >/dev/null || { echo "setup: the Swift toolchain is not on PATH (expected /opt/swift/usr/bin)" >&2; exit 1; }

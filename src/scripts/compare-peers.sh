#!/usr/bin/env bash
# Compares service-signals with fastText and scikit-learn on the corpora's train/test splits, in one
# run: installs the peers from Debian if they are missing, builds the jar if needed, prints the table
# and writes target/peer-comparison.json (and target/peer-comparison-romanised.json for the romanised
# corpora, with language identification of the five Latin-script varieties against the same peers).
# usage: src/scripts/compare-peers.sh [--lang hi,fi ...]
set -euo pipefail
cd "$(dirname "$0")/../.."
missing=()
command -v fasttext >/dev/null || missing+=(fasttext)
/usr/bin/python3 -c 'import sklearn' 2>/dev/null || missing+=(python3-sklearn)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
fi
[ -f target/service-signals.jar ] || mvn -B -q package -DskipTests
java -jar target/service-signals.jar compare --models models --json target/peer-comparison.json "$@"
# the same on Hindi, Urdu and Tamil typed in Latin letters (corpora/<lang>-Latn), unless --lang leaves them out
java -jar target/service-signals.jar compare --romanised --models models --json target/peer-comparison-romanised.json "$@"

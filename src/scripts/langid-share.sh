#!/usr/bin/env bash
# The share of classification time spent identifying languages: runs `bench` (no fastText) under
# Java Flight Recorder and counts the CPU samples whose stack is inside LanguageIdentifier.identify,
# and, of those, inside OpenNLP's 103-language detector.
#   usage: src/scripts/langid-share.sh [JAR] [MESSAGES]   (default target/service-signals.jar, 100000)
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=${1:-target/service-signals.jar}
messages=${2:-100000}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
java -XX:StartFlightRecording=filename="$out/bench.jfr",settings=profile -jar "$jar" bench --fasttext none \
  --messages "$messages" 2>/dev/null | grep -v '^$'
jfr print --events jdk.ExecutionSample --stack-depth 200 "$out/bench.jfr" > "$out/samples.txt"
python3 - "$out/samples.txt" <<'PY'
import sys
samples = open(sys.argv[1], encoding="utf-8").read().split("jdk.ExecutionSample")
total = langid = wide = small = 0
for s in samples[1:]:
    if "org.servicesignals.classify.Classifier.classify" not in s:
        continue
    total += 1
    if "LanguageIdentifier.identify" in s:
        langid += 1
        if "opennlp.tools.langdetect." in s:
            wide += 1
        if "LatinVarieties.identify" in s:
            small += 1
print(f"samples in Classifier.classify: {total}")
print(f"  language identification: {langid} ({100.0 * langid / max(1, total):.1f}%)")
print(f"    103-language detector: {wide} ({100.0 * wide / max(1, total):.1f}%)")
print(f"    Latin-script detector: {small} ({100.0 * small / max(1, total):.1f}%)")
PY

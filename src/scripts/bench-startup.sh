#!/usr/bin/env bash
# Start-up: the time from `java` to the answer for one message on the command line, plain and with an
# application class-data-sharing archive (AppCDS: the classes start-up loads, parsed and verified once,
# mapped from a file on later starts; Java 17 makes it with -XX:ArchiveClassesAtExit), and with the archive
# and the flags for a short run (-XX:TieredStopAtLevel=1: only the quick compiler, whose work a run of one
# message keeps, where the optimising compiler's is wasted; -XX:+UseSerialGC: no collector threads to
# start). Runs each way RUNS times, alternating, and prints the median wall and CPU seconds of each.
#
# usage: src/scripts/bench-startup.sh [RUNS]   (default 7; JAR default target/service-signals.jar)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-7}"
jar="${JAR:-target/service-signals.jar}"
archive="${jar%.jar}.jsa"
message="Nobody answered my emails for two weeks"
[ -f "$jar" ] || mvn -B -q package -DskipTests
java -XX:ArchiveClassesAtExit="$archive" -jar "$jar" classify "$message" >/dev/null 2>&1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for i in $(seq "$runs"); do
  /usr/bin/time -f "%e %U %S" -a -o "$work/plain" java -jar "$jar" classify "$message" >/dev/null
  /usr/bin/time -f "%e %U %S" -a -o "$work/cds" java -XX:SharedArchiveFile="$archive" -jar "$jar" classify "$message" >/dev/null
  /usr/bin/time -f "%e %U %S" -a -o "$work/short" java -XX:SharedArchiveFile="$archive" -XX:TieredStopAtLevel=1 \
    -XX:+UseSerialGC -jar "$jar" classify "$message" >/dev/null
done
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
printf 'one message from the command line, median of %s runs each (archive %s, %s MiB)\n\n' "$runs" "$archive" \
  "$(( $(stat -c %s "$archive") >> 20 ))"
printf '| start | wall s | CPU s (user + sys) |\n| --- | ---: | ---: |\n'
for way in plain cds short; do
  wall=$(cut -d' ' -f1 "$work/$way" | median)
  cpu=$(awk '{ print $2 + $3 }' "$work/$way" | median)
  case "$way" in
    plain) name="java -jar" ;;
    cds) name="java -XX:SharedArchiveFile=... -jar" ;;
    short) name="java -XX:SharedArchiveFile=... -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar" ;;
  esac
  printf '| %s | %.2f | %.2f |\n' "$name" "$wall" "$cpu"
done

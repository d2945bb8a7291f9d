#!/usr/bin/env bash
# CPU seconds of a `classify` run by thread kind (workers, the compilers, the collector, the reader and
# writer), read from /proc every half second until the run ends: where a run's CPU time goes beyond
# what a profile of the Java threads shows. Linux only.
#
# usage: src/scripts/bench/thread-cpu.sh MESSAGES.csv   (JAR default target/service-signals.jar;
#        JAVA_OPTS default -Xmx256m; the input's columns id and text, as bench-e2e.sh writes them)
set -euo pipefail
jar="${JAR:-target/service-signals.jar}"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
java ${JAVA_OPTS:--Xmx256m} -jar "$jar" classify --id-column id --text-column text -o "$dir/out.csv" "$1" 2>/dev/null &
pid=$!
declare -A ticks
while kill -0 "$pid" 2>/dev/null; do
  for t in /proc/"$pid"/task/*; do
    stat=$(cat "$t/stat" 2>/dev/null) || continue
    name=$(cat "$t/comm" 2>/dev/null) || continue
    read -r -a f <<<"${stat##*) }"
    ticks["$name#${t##*/}"]=$(( f[11] + f[12] ))  # utime + stime, in clock ticks
  done
  sleep 0.5
done
wait "$pid"
hz=$(getconf CLK_TCK)
for k in "${!ticks[@]}"; do echo "${ticks[$k]} $k"; done \
  | awk -v hz="$hz" '{ n = $2; sub(/#.*/, "", n); sub(/-[0-9]+$/, "", n); s[n] += $1 }
      END { for (n in s) if (s[n] > 0) printf "%8.1f  %s\n", s[n] / hz, n }' | sort -rn

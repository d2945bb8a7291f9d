#!/usr/bin/env bash
# End-to-end throughput on one machine, one run: N mixed-language messages from the corpora (five
# languages interleaved) as a CSV file, labelled by
#   - service-signals `classify` (CSV in, CSV out, language detected; JVM start and model loading included),
#   - fastText `predict-prob` (one model over the five languages' train splits; loading included),
#   - scikit-learn TF-IDF + LinearSVC as `compare` builds it (one model over the same splits;
#     unpickling, CSV reading and writing included),
# each timed by /usr/bin/time -v for wall time and peak RSS. Models of the peers are trained first,
# outside the clock, and fastText's input is prepared (lower case, punctuation apart) outside it too.
#
# usage: src/scripts/bench-e2e.sh [MESSAGES]   (default 1000000; JAVA_OPTS default -Xmx256m; JAR default
#        target/service-signals.jar, built if missing; WORK default target/bench-e2e, where the files go)
#        src/scripts/bench-e2e.sh --only-service-signals [MESSAGES]
set -euo pipefail
cd "$(dirname "$0")/../.."
peers=yes
if [ "${1:-}" = "--only-service-signals" ]; then peers=no; shift; fi
n="${1:-1000000}"
java_opts="${JAVA_OPTS:--Xmx256m}"
jar="${JAR:-target/service-signals.jar}"
work="${WORK:-target/bench-e2e}"
here=src/scripts/bench
mkdir -p "$work"
[ -x /usr/bin/time ] || { echo "/usr/bin/time is needed for the peak memory (Debian: apt-get install time)" >&2; exit 1; }
[ -f "$jar" ] || mvn -B -q package -DskipTests
python3 "$here/make_messages.py" corpora "$n" "$work/messages.csv"

# "seconds peak-MiB cpu-seconds" of a finished /usr/bin/time -v report
measured() {
  awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i] }
              /Maximum resident set size/ { kb = $2 }
              /User time|System time/ { cpu += $2 }
              END { printf "%.2f %.0f %.2f", s, kb / 1024, cpu }' "$1"
}

/usr/bin/time -v -o "$work/service-signals.time" java $java_opts -jar "$jar" classify \
  --id-column id --text-column text -o "$work/service-signals.csv" "$work/messages.csv" 2>"$work/service-signals.err"
rows=$(($(wc -l <"$work/service-signals.csv") - 1))
[ "$rows" -eq "$n" ] || { echo "service-signals wrote $rows rows for $n messages" >&2; exit 1; }
results=("service-signals classify ($java_opts)|$(measured "$work/service-signals.time")")

if [ "$peers" = yes ]; then
  command -v fasttext >/dev/null && /usr/bin/python3 -c 'import sklearn' 2>/dev/null \
    || { echo "fasttext and python3-sklearn are needed: src/scripts/compare-peers.sh installs them" >&2; exit 1; }
  trains=()
  for l in hi fi ur ta en; do trains+=("corpora/$l/train.tsv"); done
  /usr/bin/python3 "$here/fasttext_prep.py" train "$work/fasttext-train.txt" "${trains[@]}"
  /usr/bin/python3 "$here/fasttext_prep.py" predict "$work/fasttext-input.txt" "$work/messages.csv"
  fasttext supervised -input "$work/fasttext-train.txt" -output "$work/fasttext" \
    -wordNgrams 2 -epoch 25 -lr 0.5 -dim 100 -thread 1 -seed 1 >/dev/null 2>&1
  /usr/bin/time -v -o "$work/fasttext.time" fasttext predict-prob "$work/fasttext.bin" "$work/fasttext-input.txt" \
    >"$work/fasttext.out"
  [ "$(wc -l <"$work/fasttext.out")" -eq "$n" ] || { echo "fastText wrote the wrong number of lines" >&2; exit 1; }
  results+=("fastText predict-prob|$(measured "$work/fasttext.time")")

  /usr/bin/python3 "$here/sklearn_peer.py" train "${trains[@]}" "$work/sklearn.pkl"
  /usr/bin/time -v -o "$work/sklearn.time" /usr/bin/python3 "$here/sklearn_peer.py" predict "$work/sklearn.pkl" \
    "$work/messages.csv" "$work/sklearn.csv"
  results+=("scikit-learn TF-IDF + LinearSVC|$(measured "$work/sklearn.time")")
fi

printf '%s messages (%s), %s cores, one run\n\n' "$n" "$work/messages.csv" "$(nproc)"
# CPU seconds (user + sys) beside the wall time: on a machine shared with other work, messages per
# CPU second still compare the systems when their share of the cores differed
printf '| system | seconds | messages/s | peak RSS (MiB) | CPU seconds | messages per CPU second |\n'
printf '| --- | ---: | ---: | ---: | ---: | ---: |\n'
per() { awk -v n="$n" -v s="$1" 'BEGIN { printf "%\047d", n / s }'; }
for r in "${results[@]}"; do
  name="${r%%|*}"; read -r s mib cpu <<<"${r#*|}"
  printf '| %s | %.1f | %s | %s | %.1f | %s |\n' "$name" "$s" "$(per "$s")" "$mib" "$cpu" "$(per "$cpu")"
done
if [ "$peers" = yes ]; then
  read -r ours _ ours_cpu <<<"$(measured "$work/service-signals.time")"
  read -r ft _ ft_cpu <<<"$(measured "$work/fasttext.time")"
  awk -v a="$ours" -v b="$ft" -v c="$ours_cpu" -v d="$ft_cpu" \
    'BEGIN { printf "\nthroughput ratio service-signals / fastText: %.2f (per CPU second: %.2f)\n", b / a, d / c }'
fi

#!/usr/bin/env bash
# Load benchmark of `serve`: starts a local server, drives it with Debian's wrk (64 connections for
# 30 s of single-message requests, the shipped sample messages in five languages, then requests of
# 100 messages), and prints throughput, latency percentiles, errors and heap before and after,
# beside `classify` on the same messages. Installs wrk and jq if missing; builds the jar if needed.
#   usage: src/scripts/bench-serve.sh [--duration 30s] [--connections 64] [--batch 100] [--threads N]
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=30s; connections=64; batch=100; threads=$(nproc); warmup=15s; rows=100000
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) duration=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --batch) batch=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --rows) rows=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v jq >/dev/null || missing+=(jq)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
fi
[ -f target/service-signals.jar ] || mvn -B -q package -DskipTests
jar=target/service-signals.jar
lua=src/scripts/bench-serve.lua
work=$(mktemp -d)
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

# the sample export's answers in the five languages, read by the tool's own CSV reader
java -jar "$jar" classify --id-column response_id --text-column comment --format jsonl corpora/samples/survey-export.csv \
  | jq -c 'select(.error == "") | {text: .comment}' > "$work/single.jsonl"
n=$(wc -l < "$work/single.jsonl")
langs=$(java -jar "$jar" classify --text-column comment --format jsonl corpora/samples/survey-export.csv \
  | jq -r 'select(.error == "") | .lang' | sort -u | tr '\n' ' ')
# batches of $batch messages: the answers in turn, each batch starting one answer further on
jq -s -c --argjson size "$batch" '. as $m | range(0; length) as $s
  | {messages: [range(0; $size) as $i | $m[($s + $i) % ($m | length)]]}' "$work/single.jsonl" > "$work/batch.jsonl"

java -jar "$jar" serve --port 0 --threads "$threads" > "$work/serve.out" 2> "$work/serve.err" &
pid=$!
for _ in $(seq 1 120); do grep -q "listening on" "$work/serve.out" 2>/dev/null && break; sleep 0.5; done
url=$(grep -o 'http://[^ ]*' "$work/serve.out" | head -1)
url=${url%/}
[ -n "$url" ] || { cat "$work/serve.err" >&2; exit 1; }

heap_mb() { # heap in use after a full collection, in MB, from the server's own /metrics
  jcmd "$pid" GC.run > /dev/null
  curl -s --noproxy '*' "$url/metrics" | awk '/^jvm_memory_used_bytes\{area="heap"\}/ { printf "%.0f", $2 / 1048576 }'
}
figure() { awk -v k="$1" '$1 == k { print $2 }' "$2"; }
run() { # name, bodies, connections, messages per request
  wrk -t2 -c"$3" -d"$duration" --timeout 10s -s "$lua" "$url/v1/classify" -- "$2" > "$work/$1.txt"
  local f="$work/$1.txt" rps
  rps=$(awk '$1 == "requests" { r = $2 } $1 == "seconds" { s = $2 } END { printf "%.0f", r / s }' "$f")
  printf "%-22s %5s %9s %11s %8s %8s %8s %8s %7s\n" "$1" "$3" "$rps" "$((rps * $4))" "$(figure p50_ms "$f")" \
    "$(figure p99_ms "$f")" "$(figure p99.9_ms "$f")" "$(figure max_ms "$f")" \
    "$(( $(figure non_2xx "$f") + $(figure socket_errors "$f") + $(figure timeouts "$f") ))"
}

echo "serve on $(nproc) cores, $threads workers; wrk on the same machine; $n sample answers ($langs); $(date -u +%Y-%m-%dT%H:%MZ)"
wrk -t2 -c"$connections" -d"$warmup" -s "$lua" "$url/v1/classify" -- "$work/single.jsonl" > /dev/null # JIT warm-up
before=$(heap_mb)
printf "%-22s %5s %9s %11s %8s %8s %8s %8s %7s\n" run conns "req/s" "messages/s" "p50 ms" "p99 ms" "p99.9 ms" "max ms" errors
run "1 message a request" "$work/single.jsonl" "$connections" 1
run "$batch messages a request" "$work/batch.jsonl" 8 "$batch"
after=$(heap_mb)
echo "heap in use after a full GC: $before MB before the runs, $after MB after"
kill -TERM "$pid"
wait "$pid" && echo "serve stopped on SIGTERM with exit code 0"
pid=""

# classify on the same answers, in a file of $rows rows, less the time it takes to start and load
jq -c --argjson rows "$rows" -s '. as $m | range(0; $rows) as $i | $m[$i % ($m | length)]' "$work/single.jsonl" > "$work/rows.jsonl"
head -1 "$work/rows.jsonl" > "$work/one.jsonl"
seconds() {
  local t0 t1
  t0=$(date +%s%N)
  java -jar "$jar" classify --threads "$threads" --format jsonl -o "$work/out.jsonl" "$1"
  t1=$(date +%s%N)
  echo $(( (t1 - t0) / 1000000 ))
}
ms=$(seconds "$work/rows.jsonl")
ms0=$(seconds "$work/one.jsonl")
awk -v n="$rows" -v ms="$ms" -v ms0="$ms0" 'BEGIN { printf "classify, same answers: %d rows in %.2f s less %.2f s of start-up: %.0f messages/s\n", n, ms / 1000, ms0 / 1000, n / ((ms - ms0) / 1000) }'

#!/usr/bin/env bash
# Load benchmark of `serve`: starts a local server, drives it with Debian's wrk (64 connections for
# 30 s of single-message requests, the shipped sample answers in the five languages, then requests
# of 100 messages), and prints throughput, latency percentiles, errors and heap before and after,
# beside `classify` on the same answers. --compare-jdk adds the JDK's own HTTP server doing the
# least a classify endpoint needs (src/scripts/JdkHttpServerBaseline.java), and GET /healthz on
# both: what the HTTP layer costs. Installs wrk and jq if missing; builds the jar if needed.
#   usage: src/scripts/bench-serve.sh [--duration 30s] [--connections 64] [--batch 100] [--threads N]
#                                     [--warmup 60s] [--rows 100000] [--compare-jdk] [--jar FILE] [--jfr FILE]
# (--jar: another build of the tool, to measure a change against this one; --jfr: record the server
# with Java Flight Recorder during the single-message run and print where its CPU samples fall)
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=30s; connections=64; batch=100; threads=$(nproc); warmup=60s; rows=100000; jdk=no; jar=target/service-signals.jar
jfr=""
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) duration=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --batch) batch=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --rows) rows=$2; shift 2 ;;
    --compare-jdk) jdk=yes; shift ;;
    --jar) jar=$2; shift 2 ;;
    --jfr) jfr=$2; shift 2 ;;
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
[ -f "$jar" ] || mvn -B -q package -DskipTests
lua=src/scripts/bench-serve.lua
work=$(mktemp -d)
pid=""
cleanup() { if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; fi; rm -rf "$work"; }
trap cleanup EXIT

# the sample export's answers in the five languages, read by the tool's own CSV reader
java -jar "$jar" classify --text-column comment --format jsonl corpora/samples/survey-export.csv 2>/dev/null \
  | jq -c 'select(.error == "")' > "$work/sample.jsonl"
jq -c '{text: .comment}' "$work/sample.jsonl" > "$work/single.jsonl"
n=$(wc -l < "$work/single.jsonl")
langs=$(jq -r .lang "$work/sample.jsonl" | sort -u | tr '\n' ' ')
# batches of $batch messages: the answers in turn, each batch starting one answer further on
jq -s -c --argjson size "$batch" '. as $m | range(0; length) as $s
  | {messages: [range(0; $size) as $i | $m[($s + $i) % ($m | length)]]}' "$work/single.jsonl" > "$work/batch.jsonl"

start() { # command...: starts a server that prints "listening on URL", sets pid and url
  "$@" > "$work/server.out" 2> "$work/server.err" &
  pid=$!
  for _ in $(seq 1 240); do grep -q "listening on" "$work/server.out" 2>/dev/null && break; sleep 0.5; done
  url=$(grep -o 'http://[^ ]*' "$work/server.out" | head -1)
  url=${url%/}
  [ -n "$url" ] || { cat "$work/server.err" >&2; exit 1; }
}
heap_mb() { # heap in use after a full collection, in MB, from the server's own /metrics
  jcmd "$pid" GC.run > /dev/null
  curl -s --noproxy '*' "$url/metrics" | awk '/^jvm_memory_used_bytes\{area="heap"\}/ { printf "%.0f", $2 / 1048576 }'
}
figure() { awk -v k="$1" '$1 == k { print $2 }' "$2"; }
server_ticks() { awk '{ print $14 + $15 }' "/proc/$pid/stat"; } # user + system time of the server, in ticks
machine_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $5 + $6 + $7 + $8, $5 + $6 }' /proc/stat; } # all, idle
header() {
  printf "%-34s %5s %9s %11s %8s %8s %8s %8s %7s %9s %6s %6s\n" run conns "req/s" "messages/s" "p50 ms" "p99 ms" \
    "p99.9 ms" "max ms" errors "cpu us/r" server other
}
run() { # name, path, bodies ("" for GET), connections, messages per request
  local f="$work/run.txt" rps s0 s1 m0 m1
  s0=$(server_ticks); m0=$(machine_ticks)
  if [ -n "$3" ]; then
    wrk -t2 -c"$4" -d"$duration" --timeout 10s -s "$lua" "$url$2" -- "$3" > "$f"
  else
    wrk -t2 -c"$4" -d"$duration" --timeout 10s -s "$lua" "$url$2" -- get > "$f"
  fi
  s1=$(server_ticks); m1=$(machine_ticks)
  rps=$(awk '$1 == "requests" { r = $2 } $1 == "seconds" { s = $2 } END { printf "%.0f", r / s }' "$f")
  # the server's CPU time per request, and the shares of the machine's CPU time the server and
  # everything else (wrk, other work) used: on a shared machine, throughput is what was left over
  read -r cpu server other < <(awk -v s0="$s0" -v s1="$s1" -v m0="$m0" -v m1="$m1" -v hz="$(getconf CLK_TCK)" \
    -v f="$f" 'BEGIN { while ((getline l < f) > 0) { split(l, a, " "); if (a[1] == "requests") r = a[2] }
      split(m0, x, " "); split(m1, y, " "); all = y[1] - x[1]; busy = all - (y[2] - x[2]); s = s1 - s0
      printf "%.0f %.0f%% %.0f%%\n", s / hz * 1e6 / r, 100 * s / all, 100 * (busy - s) / all }')
  printf "%-34s %5s %9s %11s %8s %8s %8s %8s %7s %9s %6s %6s\n" "$1" "$4" "$rps" "$((rps * $5))" \
    "$(figure p50_ms "$f")" "$(figure p99_ms "$f")" "$(figure p99.9_ms "$f")" "$(figure max_ms "$f")" \
    "$(( $(figure non_2xx "$f") + $(figure socket_errors "$f") + $(figure timeouts "$f") ))" "$cpu" "$server" "$other"
}
profile() { # share of the server's CPU samples whose stack holds each step
  jfr print --stack-depth 300 --events jdk.ExecutionSample "$1" | awk '
    BEGIN { RS = "jdk.ExecutionSample"
      step["classification (Classifier.classify)"] = "servicesignals.classify.Classifier.classify("
      step["  categorizing (OpenNLP)"] = "DocumentCategorizerME.categorize("
      step["  language identification"] = "servicesignals.langid.LanguageIdentifier.identify("
      step["  Lucene analysis"] = "servicesignals.analysis.AnalyzerChain.tokens("
      step["reading the request JSON"] = "servicesignals.server.ClassifyRequest.parse("
      step["writing the answer JSON"] = "servicesignals.server.ClassifyResponse.write("
      step["Jetty reading requests"] = "HttpConnection.onFillable("
      step["Javalin and the servlet layer"] = "JavalinServlet.service(" }
    NR > 1 && /stackTrace/ { n++; for (k in step) if (index($0, step[k])) hit[k]++ }
    END { printf "%d\n", n > "/dev/stderr"; for (k in step) printf "  %5.1f%%  %s\n", 100 * hit[k] / n, k }' \
    2> "$work/samples" > "$work/steps"
  echo "where the server's CPU went in the single-message run: $(cat "$work/samples") JFR samples whose stack holds"
  sort -k1,1 -rn "$work/steps"
}
warm() { wrk -t2 -c"$connections" -d"$warmup" -s "$lua" "$url/v1/classify" -- "$work/single.jsonl" > /dev/null; }

echo "serve on $(nproc) cores, $threads workers, wrk on the same cores; $n sample answers ($langs); $(date -u +%Y-%m-%dT%H:%MZ);" \
  "load average $(cut -d' ' -f1-3 /proc/loadavg)"
start java -jar "$jar" serve --port 0 --threads "$threads"
warm # the JIT compiles the hot paths first
before=$(heap_mb)
header
if [ -n "$jfr" ]; then # CPU samples only: JFR's usual settings also time every socket call and park, and that costs
  cat > "$work/cpu.jfc" <<'JFC'
<?xml version="1.0" encoding="UTF-8"?>
<configuration version="2.0" label="CPU samples" description="Java frames on the CPU, every 10 ms a thread">
  <event name="jdk.ExecutionSample"><setting name="enabled">true</setting><setting name="period">10 ms</setting></event>
</configuration>
JFC
  jcmd "$pid" JFR.start name=bench settings="$work/cpu.jfc" > /dev/null
fi
run "serve: 1 message a request" /v1/classify "$work/single.jsonl" "$connections" 1
if [ -n "$jfr" ]; then
  jcmd "$pid" JFR.dump name=bench filename="$(realpath -m "$jfr")" > /dev/null
  jcmd "$pid" JFR.stop name=bench > /dev/null
fi
run "serve: $batch messages a request" /v1/classify "$work/batch.jsonl" 8 "$batch"
[ "$jdk" = no ] || run "serve: GET /healthz" /healthz "" "$connections" 0
after=$(heap_mb)
kill -TERM "$pid"
if wait "$pid"; then stopped="serve stopped on SIGTERM with exit code 0"; else stopped="serve exited $? on SIGTERM"; fi
pid=""
if [ "$jdk" = yes ]; then
  start java -cp "$jar" src/scripts/JdkHttpServerBaseline.java 0 "$threads"
  warm
  run "JDK HttpServer: 1 message" /v1/classify "$work/single.jsonl" "$connections" 1
  run "JDK HttpServer: GET /healthz" /healthz "" "$connections" 0
  kill "$pid"; wait "$pid" 2>/dev/null || true
  pid=""
fi
echo "serve's heap in use after a full GC: $before MB before the runs, $after MB after; $stopped"
[ -z "$jfr" ] || profile "$jfr"

# classify on the same answers, in a file of $rows rows, less the time it takes to start and load
jq -c --argjson rows "$rows" -s '. as $m | range(0; $rows) as $i | $m[$i % ($m | length)]' "$work/single.jsonl" \
  > "$work/rows.jsonl"
head -1 "$work/rows.jsonl" > "$work/one.jsonl"
classify_run() { # file: wall and CPU (user + system) seconds of classify on it
  local TIMEFORMAT="%R %U %S"
  { time java -jar "$jar" classify --threads "$threads" --format jsonl -o "$work/out.jsonl" "$1" 2>/dev/null; } 2>&1
}
read -r wall user sys < <(classify_run "$work/rows.jsonl")
read -r wall0 user0 sys0 < <(classify_run "$work/one.jsonl")
awk -v n="$rows" -v w="$wall" -v c="$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" -v w0="$wall0" \
  -v c0="$(awk -v u="$user0" -v s="$sys0" 'BEGIN { print u + s }')" 'BEGIN {
    printf "classify on the same answers: %d rows in %.2f s, less %.2f s to start: %.0f messages/s, %.0f us of CPU a message\n",
      n, w, w0, n / (w - w0), (c - c0) * 1e6 / n }'

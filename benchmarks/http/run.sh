#!/usr/bin/env bash
# The HTTP benchmark: the authors/books workload over HTTP/1.1 keep-alive with wrk, one server at a time on
# this machine, against
#   sermo          our pipeline (Sermo.Api's transport and the engine)     POST /graphql
#   bare-aspnet    a bare ASP.NET Core endpoint with the same JSON bytes   POST /bare (same process)
#   mercurius-jit  fastify + mercurius with graphql-jit (Node)             POST /graphql
#   graphql-http   graphql-http's reference handler on node:http (Node)    POST /graphql
# Same SDL, data and query for all; the responses are compared byte for byte before anything is measured.
# The contenders take turns for ROUNDS rounds and each one's median is reported, so that a burst of other
# work on the machine does not land on one contender only. Besides req/s it reports the server's CPU time per
# request (user+system from /proc over the measured run), which other load on the machine barely moves.
# Every server is warmed up for WARMUP seconds first: .NET's tiered JIT (and V8's) needs seconds of traffic to
# reach its optimized code, more on a busy machine.
# Usage: bash benchmarks/http/run.sh [SECONDS=10] [CONNECTIONS=32] [ROUNDS=3] [WARMUP=10]   (needs wrk, node, tools/node)
# CONTENDERS="sermo bare-aspnet" runs a subset (the ratios then print only for the contenders that ran).
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds=${1:-10}
connections=${2:-32}
rounds=${3:-3}
warmup=${4:-10}
port=5391
here=benchmarks/http
command -v wrk >/dev/null || { echo "wrk is missing: bash scripts/install-test-deps.sh" >&2; exit 1; }
[ -d tools/node/node_modules ] || { echo "tools/node/node_modules is missing: bash scripts/install-test-deps.sh" >&2; exit 1; }

dotnet build "$here/Sermo.Benchmarks.HttpHost" -c Release -v quiet -nologo >/dev/null
host_dll=$(ls "$here"/Sermo.Benchmarks.HttpHost/bin/Release/net*/Sermo.Benchmarks.HttpHost.dll)
export BENCH_BODY
BENCH_BODY=$(node -e 'const fs=require("fs");process.stdout.write(JSON.stringify({query:fs.readFileSync("Sermo.Benchmarks/Workloads/authors-books.query.graphql","utf8").trim()}))')

server_pid=
stop_server() { if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; server_pid=; fi; }
trap stop_server EXIT

start_server() { # name
  case "$1" in
    sermo|bare-aspnet) dotnet "$host_dll" --urls "http://127.0.0.1:$port" >/dev/null 2>&1 & ;;
    mercurius-jit) node "$here/node-server.mjs" mercurius "$port" >/dev/null 2>&1 & ;;
    graphql-http) node "$here/node-server.mjs" graphql-http "$port" >/dev/null 2>&1 & ;;
  esac
  server_pid=$!
  for _ in $(seq 1 100); do
    curl -s -o /dev/null "http://127.0.0.1:$port/" && return 0
    sleep 0.2
  done
  echo "$1 did not start" >&2; exit 1
}

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$server_pid/stat"; }

path_of() { [ "$1" = bare-aspnet ] && echo /bare || echo /graphql; }

read -r -a contenders <<< "${CONTENDERS:-sermo bare-aspnet mercurius-jit graphql-http}"
expected=
declare -A runs cpus
for round in $(seq 1 "$rounds"); do
  for name in "${contenders[@]}"; do
    start_server "$name"
    export BENCH_PATH
    BENCH_PATH=$(path_of "$name")
    body=$(curl -s -X POST -H 'Content-Type: application/json' -H 'Accept: application/json' --data "$BENCH_BODY" "http://127.0.0.1:$port$BENCH_PATH")
    if [ -z "$expected" ]; then expected=$body; elif [ "$body" != "$expected" ]; then
      echo "$name answered differently from sermo:" >&2; echo "$body" | head -c 300 >&2; echo >&2; exit 1
    fi
    wrk -t2 -c"$connections" -d"${warmup}s" -s "$here/post.lua" "http://127.0.0.1:$port" >/dev/null
    ticks_before=$(cpu_ticks)
    out=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$here/post.lua" "http://127.0.0.1:$port")
    ticks=$(( $(cpu_ticks) - ticks_before ))
    value=$(echo "$out" | awk '/^Requests\/sec:/ {print $2}')
    requests=$(echo "$out" | awk '/requests in/ {print $1}')
    cpu=$(awk -v t="$ticks" -v hz="$(getconf CLK_TCK)" -v n="$requests" 'BEGIN { printf "%.1f", t * 1e6 / hz / n }')
    runs[$name]="${runs[$name]:-} $value"
    cpus[$name]="${cpus[$name]:-} $cpu"
    printf 'round %d  %-14s %10s req/s  %7s us CPU/req   p50 %-8s p99 %-8s %s\n' "$round" "$name" "$value" "$cpu" \
      "$(echo "$out" | awk '$1=="50%" {print $2}')" "$(echo "$out" | awk '$1=="99%" {print $2}')" \
      "$(echo "$out" | awk '/Non-2xx|Socket errors/ {print}' | tr '\n' ' ')"
    stop_server
  done
done

median() { tr ' ' '\n' | grep . | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
declare -A rps
echo
for name in "${contenders[@]}"; do
  rps[$name]=$(echo "${runs[$name]}" | median)
  printf 'median  %-14s %10.0f req/s  %7s us CPU/req   (req/s runs:%s)\n' "$name" "${rps[$name]}" "$(echo "${cpus[$name]}" | median)" "${runs[$name]}"
done

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
ran() { [ -n "${rps[$1]:-}" ]; }
ran sermo && ran mercurius-jit && echo "sermo / mercurius-jit : $(ratio "${rps[sermo]}" "${rps[mercurius-jit]}")x   (target >= 2.5x; HotChocolate published 2.2x)"
ran sermo && ran graphql-http && echo "sermo / graphql-http  : $(ratio "${rps[sermo]}" "${rps[graphql-http]}")x"
ran sermo && ran bare-aspnet && echo "sermo / bare-aspnet   : $(ratio "${rps[sermo]}" "${rps[bare-aspnet]}")      (target >= 0.50)"
echo "($connections connections, keep-alive, wrk -t2, ${seconds}s each after ${warmup}s warm-up, $rounds rounds; $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg); response $(printf %s "$expected" | wc -c) bytes)"

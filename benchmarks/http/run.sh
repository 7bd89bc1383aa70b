#!/usr/bin/env bash
# The HTTP benchmark: the authors/books workload over HTTP/1.1 keep-alive with wrk, against
#   sermo          our pipeline (Sermo.Api's transport and the engine)     POST /graphql
#   bare-aspnet    a bare ASP.NET Core endpoint with the same JSON bytes   POST /bare (same process as sermo)
#   mercurius-jit  fastify + mercurius with graphql-jit (Node)             POST /graphql
#   graphql-http   graphql-http's reference handler on node:http (Node)    POST /graphql
# Same SDL, data and query for all; the responses are compared byte for byte before anything is measured.
# All servers start once and stay up (idle ones cost nothing); each is warmed up for WARMUP seconds (tiered
# JITs need seconds of traffic), then wrk loads one contender at a time for SECONDS, in turns, ROUNDS times.
# Short turns repeated many times spread the machine's drift (this is a shared VM: its speed moves by 20%
# over minutes) evenly over the contenders; each contender's median turn is reported. Besides req/s it reports
# the server's CPU time per request (user+system from /proc over the turn).
# Usage: bash benchmarks/http/run.sh [SECONDS=5] [CONNECTIONS=32] [ROUNDS=9] [WARMUP=10]   (needs wrk, node, tools/node)
# CONTENDERS="sermo bare-aspnet" runs a subset (the ratios then print only for the contenders that ran).
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=benchmarks/lib.sh
source benchmarks/lib.sh

seconds=${1:-5}
connections=${2:-32}
rounds=${3:-9}
warmup=${4:-10}
here=benchmarks/http
require_wrk
[ -d tools/node/node_modules ] || { echo "tools/node/node_modules is missing: bash scripts/install-test-deps.sh" >&2; exit 1; }
read -r -a contenders <<< "${CONTENDERS:-sermo bare-aspnet mercurius-jit graphql-http}"

host_dll=$(built_dll "$here/Sermo.Benchmarks.HttpHost")
export BENCH_BODY BENCH_PATH
BENCH_BODY=$(node -e 'const fs=require("fs");process.stdout.write(JSON.stringify({query:fs.readFileSync("Sermo.Benchmarks/Workloads/authors-books.query.graphql","utf8").trim()}))')

declare -A port_of pid_of
port_of=([sermo]=5391 [bare-aspnet]=5391 [mercurius-jit]=5392 [graphql-http]=5393)
trap stop_servers EXIT

start_server() { # name
  local port=${port_of[$1]}
  case "$1" in
    sermo|bare-aspnet)
      if [ -n "${pid_of[dotnet]:-}" ]; then pid_of[$1]=${pid_of[dotnet]}; return 0; fi
      dotnet "$host_dll" --urls "http://127.0.0.1:$port" >/dev/null 2>&1 &
      pid_of[dotnet]=$! ;;
    mercurius-jit) node "$here/node-server.mjs" mercurius "$port" >/dev/null 2>&1 & ;;
    graphql-http) node "$here/node-server.mjs" graphql-http "$port" >/dev/null 2>&1 & ;;
  esac
  pid_of[$1]=$!
  pids+=("$!")
  wait_for "http://127.0.0.1:$port/" 20
}

path_of() { [ "$1" = bare-aspnet ] && echo /bare || echo /graphql; }
url_of() { echo "http://127.0.0.1:${port_of[$1]}"; }

expected=
for name in "${contenders[@]}"; do
  start_server "$name"
  BENCH_PATH=$(path_of "$name")
  body=$(curl -s -X POST -H 'Content-Type: application/json' -H 'Accept: application/json' --data "$BENCH_BODY" "$(url_of "$name")$BENCH_PATH")
  if [ -z "$expected" ]; then expected=$body; elif [ "$body" != "$expected" ]; then
    echo "$name answered differently from ${contenders[0]}:" >&2; echo "$body" | head -c 300 >&2; echo >&2; exit 1
  fi
  wrk -t2 -c"$connections" -d"${warmup}s" -s "$here/post.lua" "$(url_of "$name")" >/dev/null
done

declare -A runs cpus
for round in $(seq 1 "$rounds"); do
  for name in "${contenders[@]}"; do
    BENCH_PATH=$(path_of "$name")
    wrk_turn "${pid_of[$name]}" -t2 -c"$connections" -d"${seconds}s" --latency -s "$here/post.lua" "$(url_of "$name")"
    cpu=$(us_per_request "$turn_ticks" "$turn_requests" %.1f)
    runs[$name]="${runs[$name]:-} $turn_rps"
    cpus[$name]="${cpus[$name]:-} $cpu"
    printf 'round %d  %-14s %10s req/s  %7s us CPU/req   p50 %-8s p99 %-8s %s\n' "$round" "$name" "$turn_rps" "$cpu" "$turn_p50" "$turn_p99" "$turn_errors"
  done
done

declare -A rps
echo
for name in "${contenders[@]}"; do
  rps[$name]=$(echo "${runs[$name]}" | median)
  printf 'median  %-14s %10.0f req/s  %7s us CPU/req   (req/s runs:%s)\n' "$name" "${rps[$name]}" "$(echo "${cpus[$name]}" | median)" "${runs[$name]}"
done

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a / b }'; }
ran() { [ -n "${rps[$1]:-}" ]; }
ran sermo && ran mercurius-jit && echo "sermo / mercurius-jit : $(ratio "${rps[sermo]}" "${rps[mercurius-jit]}")x   (target >= 2.5x; HotChocolate published 2.2x)"
ran sermo && ran graphql-http && echo "sermo / graphql-http  : $(ratio "${rps[sermo]}" "${rps[graphql-http]}")x"
ran sermo && ran bare-aspnet && echo "sermo / bare-aspnet   : $(ratio "${rps[sermo]}" "${rps[bare-aspnet]}")      (target >= 0.50; median of the rounds' own ratios $(ratio "$(paired_ratio "${runs[sermo]}" "${runs[bare-aspnet]}")" 1))"
echo "($connections connections, keep-alive, wrk -t2, ${seconds}s turns after ${warmup}s warm-up each, $rounds rounds; $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg); response $(printf %s "$expected" | wc -c) bytes)"

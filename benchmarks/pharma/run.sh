#!/usr/bin/env bash
# The pharma graph's benchmark, on the scale seed (1,000,000 ratings) for each database (sqlite, postgres):
#   1. release build time: staff cut a release (cutReportRelease over HTTP), timed, with the build's stages as the server
#      logs them;
#   2. the drug/indication report (benchmarks/pharma/drug-report.graphql, the busiest pair) over HTTP/1.1 keep-alive
#      with wrk, against the same aggregation run per request straight over the ratings table
#        graph    Sermo.Api as it ships: JwtBearer, the pharma graph, the release tables      POST /pharma/graphql
#        direct   benchmarks/pharma/Sermo.Benchmarks.PharmaDirect: the pair's ratings, grouped  POST /direct-report
#      in turns, ROUNDS times; the median turn of each and the median of the rounds' ratios (target >= 20);
#   3. the same report on a second data set of 100,000 ratings (seeded once, `seed --size scale --ratings 100000`):
#      the graph's CPU time per request at 1,000,000 over that at 100,000 (target <= 1.5).
# Data sets are made once under artifacts/bench/ (the scale seed is shared with benchmarks/graph/run.sh).
# Usage: bash benchmarks/pharma/run.sh [DATABASES="sqlite postgres"] [SECONDS=30] [CONNECTIONS=4] [ROUNDS=3] [WARMUP=5]
# Environment: SETS="scale scale-100k" (the data sets to run), CUT=0 (load each set's latest release instead of cutting
# one: no build time, for a rerun of the load part).
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=benchmarks/lib.sh
source benchmarks/lib.sh

read -r -a databases <<< "${1:-sqlite postgres}"
# Long turns and few connections: at scale the direct aggregation takes seconds per request, and a turn must complete
# many of them to count (wrk counts only what completes within the turn).
seconds=${2:-30}
connections=${3:-4}
rounds=${4:-3}
warmup=${5:-5}
read -r -a sets <<< "${SETS:-scale scale-100k}"
cut=${CUT:-1}
here=benchmarks/pharma
mkdir -p "$state"
require_wrk

api_dll=$(built_dll Sermo.Api)
direct_dll=$(built_dll "$here/Sermo.Benchmarks.PharmaDirect")

# No schedule: the benchmark cuts its own releases, so nothing else holds the release lock while one is timed.
export ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning Database__SeedDemoWhenEmpty=false Database__MigrateOnStart=true
export Reports__Schedule=false
# A cut at scale outlasts the default 30 s execution timeout (the mutation would answer TIMEOUT while the cut goes on):
# the graph's limit, 10 minutes, so the timed mutation answers the release it cut.
export GraphQL__ExecutionTimeout=00:10:00
export Auth__SigningKey="pharma benchmark signing key, 32+ bytes long" Relay__Secret="cGhhcm1hIGJlbmNobWFyayBpZCBzZWNyZXQgMzIgYnk="
export BENCH_BODY BENCH_PATH BENCH_TOKEN

trap 'stop_servers; stop_postgres' EXIT

# One wrk turn at the server of pid $2 on url $1 (BENCH_* set): sets wrk_turn's turn_* and cpu (us per request).
turn() {
  wrk_turn "$2" -t2 -c"$connections" --timeout 120s -d"${seconds}s" --latency -s benchmarks/graph/post.lua "$1"
  case "$turn_errors" in *Non-2xx*) echo "non-2xx answers: $turn_output" >&2; exit 1 ;; esac
  cpu=$(us_per_request "$turn_ticks" "$turn_requests")
}

# Starts both servers on the current database; sets graph_pid, direct_pid, the tokens and the report's body.
start_servers() {
  # The cutter logs each release's stage timings (ReportBuildTimings) at Information: kept in the graph's log.
  graph_log=$state/graph-$1-$2.log
  env 'Logging__LogLevel__Sermo.Api.Reports=Information' dotnet "$api_dll" --urls "http://127.0.0.1:5411" >"$graph_log" 2>&1 & pids+=("$!"); graph_pid=$!
  dotnet "$direct_dll" --urls "http://127.0.0.1:5412" >/dev/null 2>&1 & pids+=("$!"); direct_pid=$!
  wait_for http://127.0.0.1:5411/health/live 300; wait_for http://127.0.0.1:5412/ 300
  staff_token=$(dotnet "$api_dll" token --subject bench-staff --role staff)
  pharma_token=$(dotnet "$api_dll" token --subject bench-bi --role pharma --claim company=bench)
}

cut_release() { # prints the milliseconds staff's cutReportRelease took
  local start end body
  start=$(date +%s%N)
  body=$(curl -s -X POST -H 'Content-Type: application/json' -H "Authorization: Bearer $staff_token" \
    --data '{"query":"mutation { cutReportRelease { release { id cellCount suppressedCellCount } errors { code message } } }"}' http://127.0.0.1:5411/graphql)
  end=$(date +%s%N)
  case "$body" in *'"errors":[]'*) ;; *) echo "cutting a release failed: $body" >&2; exit 1 ;; esac
  sleep 1
  echo "$(( (end - start) / 1000000 )) ms ($(echo "$body" | grep -o '"cellCount":[0-9]*' | cut -d: -f2) cells, $(echo "$body" | grep -o '"suppressedCellCount":[0-9]*' | cut -d: -f2) suppressed; $(grep -o 'suppressed ([^)]*)' "$graph_log" | tail -1 | sed 's/^suppressed (//; s/)$//'))"
}

set_bodies() {
  read -r drug indication drug_id indication_id <<< "$(curl -s http://127.0.0.1:5412/bench-pair)"
  graph_body=$(node -e 'const fs=require("fs");process.stdout.write(JSON.stringify({query:fs.readFileSync(process.argv[1],"utf8"),variables:{drugId:process.argv[2],indicationId:process.argv[3]}}))' \
    "$here/drug-report.graphql" "$drug_id" "$indication_id")
  direct_body="{\"drugId\":\"$drug\",\"indicationId\":\"$indication\"}"
  local answer
  answer=$(curl -s -X POST -H 'Content-Type: application/json' -H "Authorization: Bearer $pharma_token" --data "$graph_body" http://127.0.0.1:5411/pharma/graphql)
  case "$answer" in *'"errors"'*|'') echo "the graph answered an error: ${answer:0:300}" >&2; exit 1 ;; esac
  graph_bytes=$(printf %s "$answer" | wc -c)
}

declare -A graph_cpu_at=()
for database in "${databases[@]}"; do
  graph_cpu_at=()
  for set in "${sets[@]}"; do
    use_database "$database" "$set"
    start_servers "$database" "$set"
    if [ "$cut" != 0 ]; then echo "$database $set: release build (staff's cutReportRelease): $(cut_release)"; fi
    set_bodies
    BENCH_TOKEN=$pharma_token
    for name in graph direct; do
      if [ $name = graph ]; then BENCH_BODY=$graph_body BENCH_PATH=/pharma/graphql url=http://127.0.0.1:5411
      else BENCH_BODY=$direct_body BENCH_PATH=/direct-report url=http://127.0.0.1:5412; fi
      BENCH_BODY=$BENCH_BODY BENCH_PATH=$BENCH_PATH wrk -t2 -c"$connections" --timeout 120s -d"${warmup}s" -s benchmarks/graph/post.lua "$url" >/dev/null
    done
    declare -A runs=() cpus=()
    for round in $(seq 1 "$rounds"); do
      for name in graph direct; do
        if [ $name = graph ]; then BENCH_BODY=$graph_body BENCH_PATH=/pharma/graphql; turn http://127.0.0.1:5411 "$graph_pid"
        else BENCH_BODY=$direct_body BENCH_PATH=/direct-report; turn http://127.0.0.1:5412 "$direct_pid"; fi
        runs[$name]="${runs[$name]:-} $turn_rps"; cpus[$name]="${cpus[$name]:-} $cpu"
        printf '%-8s %-10s round %d  %-6s %9s req/s  %7s us CPU/req  p50 %-9s p99 %s\n' "$database" "$set" "$round" "$name" "$turn_rps" "$cpu" "$turn_p50" "$turn_p99"
      done
    done
    for name in graph direct; do
      printf '%-8s %-10s median   %-6s %9.0f req/s  %7s us CPU/req\n' "$database" "$set" "$name" "$(echo "${runs[$name]}" | median)" "$(echo "${cpus[$name]}" | median)"
    done
    ratio=$(paired_ratio "${runs[graph]}" "${runs[direct]}")
    printf '%-8s %-10s graph / direct: %.1fx   (target >= 20; median of the rounds'"'"' own ratios; report %s bytes)\n\n' "$database" "$set" "$ratio" "$graph_bytes"
    graph_cpu_at[$set]=$(echo "${cpus[graph]}" | median)
    unset runs cpus
    stop_servers
  done
  [ -n "${graph_cpu_at[scale]:-}" ] && [ -n "${graph_cpu_at[scale-100k]:-}" ] && printf '%-8s the report'"'"'s CPU per request at 1,000,000 over 100,000 ratings: %s / %s us = %.2fx   (target <= 1.5)\n\n' "$database" \
    "${graph_cpu_at[scale]}" "${graph_cpu_at[scale-100k]}" "$(awk -v a="${graph_cpu_at[scale]}" -v b="${graph_cpu_at[scale-100k]}" 'BEGIN { print a / b }')"
  [ "$database" = postgres ] && stop_postgres
done
echo "($connections connections, keep-alive, wrk -t2, ${seconds}s turns after ${warmup}s warm-up each, $rounds rounds; $(nproc) cores)"

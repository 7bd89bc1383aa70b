#!/usr/bin/env bash
# The partner graph's case-feed benchmark: the CaseFeed query (benchmarks/graph/case-feed.graphql: the newest 50 cases
# with patient details, authors, advice and advisers) on the scale seed, over HTTP/1.1 keep-alive with wrk, against
#   graph     Sermo.Api as it ships (JwtBearer, the partner graph, field authorization, DataLoaders, EF Core)  POST /graphql
#   ceiling   a hand-written minimal ASP.NET Core endpoint: the same authentication, SQL and JSON bytes     POST /case-feed
# for each database (sqlite, postgres). The scale seed (100,000 members, 7,300 cases, ...) is made once and kept under
# artifacts/bench/ (a few minutes per database the first time; delete that folder to start afresh). Both servers stay up; each is warmed up for WARMUP s,
# then wrk loads one at a time for SECONDS, in turns, ROUNDS times, and each one's median turn is reported with
# p50/p99 latency and the server's CPU time per request. The responses are compared byte for byte first.
# Usage: bash benchmarks/graph/run.sh [DATABASES="sqlite postgres"] [SECONDS=5] [CONNECTIONS=32] [ROUNDS=5] [WARMUP=10]
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=benchmarks/lib.sh
source benchmarks/lib.sh

read -r -a databases <<< "${1:-sqlite postgres}"
seconds=${2:-5}
connections=${3:-32}
rounds=${4:-5}
warmup=${5:-10}
here=benchmarks/graph
mkdir -p "$state"
require_wrk

api_dll=$(built_dll Sermo.Api)
ceiling_dll=$(built_dll "$here/Sermo.Benchmarks.CaseFeedCeiling")

export ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning Database__SeedDemoWhenEmpty=false Database__MigrateOnStart=true
export Auth__SigningKey="case-feed benchmark signing key, 32+ bytes long" Relay__Secret="Y2FzZS1mZWVkIGJlbmNobWFyayBpZCBzZWNyZXQgMzJi"
export BENCH_BODY BENCH_PATH BENCH_TOKEN
BENCH_BODY=$(node -e 'const fs=require("fs");process.stdout.write(JSON.stringify({query:fs.readFileSync(process.argv[1],"utf8")}))' "$here/case-feed.graphql")

trap 'stop_servers; stop_postgres' EXIT

for database in "${databases[@]}"; do
  use_database "$database" scale
  dotnet "$api_dll" --urls "http://127.0.0.1:5401" >/dev/null 2>&1 & pids+=("$!"); graph_pid=$!
  dotnet "$ceiling_dll" --urls "http://127.0.0.1:5402" >/dev/null 2>&1 & pids+=("$!"); ceiling_pid=$!
  wait_for http://127.0.0.1:5401/health/live; wait_for http://127.0.0.1:5402/
  member=$(curl -s http://127.0.0.1:5402/bench-member)
  BENCH_TOKEN=$(dotnet "$api_dll" token --subject "$member" --role physician)
  declare -A url=([graph]=http://127.0.0.1:5401 [ceiling]=http://127.0.0.1:5402) path=([graph]=/graphql [ceiling]=/case-feed) pid=([graph]=$graph_pid [ceiling]=$ceiling_pid)

  expected=
  for name in graph ceiling; do
    body=$(curl -s -X POST -H 'Content-Type: application/json' -H 'Accept: application/json' -H "Authorization: Bearer $BENCH_TOKEN" --data "$BENCH_BODY" "${url[$name]}${path[$name]}")
    if [ -z "$expected" ]; then expected=$body; elif [ "$body" != "$expected" ]; then
      echo "$database: the ceiling answered differently from the graph:" >&2
      diff <(printf %s "$expected" | head -c 2000 | fold -w 120) <(printf %s "$body" | head -c 2000 | fold -w 120) >&2 || true; exit 1
    fi
    case "$expected" in *'"errors"'*|'') echo "$database: the graph answered an error: ${expected:0:300}" >&2; exit 1 ;; esac
    BENCH_PATH=${path[$name]} wrk -t2 -c"$connections" -d"${warmup}s" -s "$here/post.lua" "${url[$name]}" >/dev/null
  done

  declare -A runs=() cpus=() p50s=() p99s=()
  for round in $(seq 1 "$rounds"); do
    for name in graph ceiling; do
      BENCH_PATH=${path[$name]}
      wrk_turn "${pid[$name]}" -t2 -c"$connections" -d"${seconds}s" --latency -s "$here/post.lua" "${url[$name]}"
      cpu=$(us_per_request "$turn_ticks" "$turn_requests")
      runs[$name]="${runs[$name]:-} $turn_rps"; cpus[$name]="${cpus[$name]:-} $cpu"; p50s[$name]="${p50s[$name]:-} $turn_p50"; p99s[$name]="${p99s[$name]:-} $turn_p99"
      printf '%-8s round %d  %-8s %9s req/s  %6s us CPU/req  p50 %-9s p99 %-9s %s\n' "$database" "$round" "$name" "$turn_rps" "$cpu" "$turn_p50" "$turn_p99" "$turn_errors"
    done
  done
  echo
  for name in graph ceiling; do
    printf '%-8s median   %-8s %9.0f req/s  %6s us CPU/req  (p50 per round:%s; p99:%s)\n' "$database" "$name" \
      "$(echo "${runs[$name]}" | median)" "$(echo "${cpus[$name]}" | median)" "${p50s[$name]}" "${p99s[$name]}"
  done
  ratio=$(paired_ratio "${runs[graph]}" "${runs[ceiling]}")
  printf '%-8s graph / ceiling: %.3f   (target >= 0.50; median of the rounds'"'"' own ratios)\n\n' "$database" "$ratio"
  stop_servers
  [ "$database" = postgres ] && stop_postgres
done
echo "($connections connections, keep-alive, wrk -t2, ${seconds}s turns after ${warmup}s warm-up each, $rounds rounds; $(nproc) cores; response $(printf %s "$expected" | wc -c) bytes)"

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

read -r -a databases <<< "${1:-sqlite postgres}"
seconds=${2:-5}
connections=${3:-32}
rounds=${4:-5}
warmup=${5:-10}
here=benchmarks/graph
state=artifacts/bench
mkdir -p "$state"
command -v wrk >/dev/null || { echo "wrk is missing: bash scripts/install-test-deps.sh" >&2; exit 1; }

dotnet build Sermo.Api -c Release -v quiet -nologo >/dev/null
dotnet build "$here/Sermo.Benchmarks.CaseFeedCeiling" -c Release -v quiet -nologo >/dev/null
api_dll=$(ls Sermo.Api/bin/Release/net*/Sermo.Api.dll)
ceiling_dll=$(ls "$here"/Sermo.Benchmarks.CaseFeedCeiling/bin/Release/net*/Sermo.Benchmarks.CaseFeedCeiling.dll)

export ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning Database__SeedDemoWhenEmpty=false Database__MigrateOnStart=true
export Auth__SigningKey="case-feed benchmark signing key, 32+ bytes long" Relay__Secret="Y2FzZS1mZWVkIGJlbmNobWFyayBpZCBzZWNyZXQgMzJi"
export BENCH_BODY BENCH_PATH BENCH_TOKEN
BENCH_BODY=$(node -e 'const fs=require("fs");process.stdout.write(JSON.stringify({query:fs.readFileSync(process.argv[1],"utf8")}))' "$here/case-feed.graphql")

pids=()
stop_servers() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done; pids=(); }
pg_dir=$state/postgres
stop_postgres() { [ -d "$pg_dir/data" ] && as_postgres /usr/lib/postgresql/15/bin/pg_ctl -D "$pg_dir/data" -m fast -w stop >/dev/null 2>&1 || true; }
trap 'stop_servers; stop_postgres' EXIT
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

wait_for() { # url
  for _ in $(seq 1 300); do curl -s -o /dev/null "$1" && return 0; sleep 0.2; done
  echo "$1 did not answer" >&2; exit 1
}

use_database() { # sqlite|postgres: sets the provider environment, seeding the scale set the first time
  case "$1" in
    sqlite)
      export Database__Provider=Sqlite ConnectionStrings__Sermo="Data Source=$PWD/$state/scale.db" ;;
    postgres)
      local pg_port=55440
      if [ ! -d "$pg_dir/data" ]; then
        mkdir -p "$pg_dir"; [ "$(id -u)" = 0 ] && chown -R postgres:postgres "$pg_dir"
        as_postgres /usr/lib/postgresql/15/bin/initdb -D "$pg_dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
      fi
      as_postgres /usr/lib/postgresql/15/bin/pg_ctl -D "$pg_dir/data" -l "$pg_dir/server.log" -w \
        -o "-p $pg_port -c listen_addresses=127.0.0.1 -k /tmp -c max_connections=200" start >/dev/null
      psql -h 127.0.0.1 -p $pg_port -U postgres -tc "SELECT 1 FROM pg_database WHERE datname = 'sermo_scale'" | grep -q 1 \
        || psql -h 127.0.0.1 -p $pg_port -U postgres -c "CREATE DATABASE sermo_scale" >/dev/null
      export Database__Provider=Postgres ConnectionStrings__Sermo="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=sermo_scale;Maximum Pool Size=100" ;;
  esac
  if [ ! -f "$state/$1.seeded" ]; then
    echo "seeding the scale data set into $1 (once; a few minutes)..."
    dotnet "$api_dll" seed --size scale
    touch "$state/$1.seeded"
  fi
}

median() { tr ' ' '\n' | grep . | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

for database in "${databases[@]}"; do
  use_database "$database"
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
      before=$(awk '{ print $14 + $15 }' "/proc/${pid[$name]}/stat")
      out=$(BENCH_PATH=${path[$name]} wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$here/post.lua" "${url[$name]}")
      ticks=$(( $(awk '{ print $14 + $15 }' "/proc/${pid[$name]}/stat") - before ))
      value=$(echo "$out" | awk '/^Requests\/sec:/ {print $2}')
      requests=$(echo "$out" | awk '/requests in/ {print $1}')
      cpu=$(awk -v t="$ticks" -v hz="$(getconf CLK_TCK)" -v n="$requests" 'BEGIN { printf "%.0f", t * 1e6 / hz / n }')
      p50=$(echo "$out" | awk '$1=="50%" {print $2}'); p99=$(echo "$out" | awk '$1=="99%" {print $2}')
      runs[$name]="${runs[$name]:-} $value"; cpus[$name]="${cpus[$name]:-} $cpu"; p50s[$name]="${p50s[$name]:-} $p50"; p99s[$name]="${p99s[$name]:-} $p99"
      printf '%-8s round %d  %-8s %9s req/s  %6s us CPU/req  p50 %-9s p99 %-9s %s\n' "$database" "$round" "$name" "$value" "$cpu" "$p50" "$p99" \
        "$(echo "$out" | awk '/Non-2xx|Socket errors/ {print}' | tr '\n' ' ')"
    done
  done
  echo
  for name in graph ceiling; do
    printf '%-8s median   %-8s %9.0f req/s  %6s us CPU/req  (p50 per round:%s; p99:%s)\n' "$database" "$name" \
      "$(echo "${runs[$name]}" | median)" "$(echo "${cpus[$name]}" | median)" "${p50s[$name]}" "${p99s[$name]}"
  done
  ratio=$(paste <(echo "${runs[graph]}" | tr ' ' '\n' | grep .) <(echo "${runs[ceiling]}" | tr ' ' '\n' | grep .) | awk '{ print $1 / $2 }' | median)
  printf '%-8s graph / ceiling: %.3f   (target >= 0.50; median of the rounds'"'"' own ratios)\n\n' "$database" "$ratio"
  stop_servers
  [ "$database" = postgres ] && stop_postgres
done
echo "($connections connections, keep-alive, wrk -t2, ${seconds}s turns after ${warmup}s warm-up each, $rounds rounds; $(nproc) cores; response $(printf %s "$expected" | wc -c) bytes)"

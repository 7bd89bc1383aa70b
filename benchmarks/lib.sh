# Shell functions the benchmarks share, sourced by benchmarks/*/run.sh once they are at the repository root.
# The servers a script starts go into `pids` (stop_servers ends them); the scale data sets and the PostgreSQL
# cluster live under `state` (shared by benchmarks/graph and benchmarks/pharma, so each is seeded once).

state=artifacts/bench
pg_dir=$state/postgres
pg_bin=/usr/lib/postgresql/15/bin
pg_port=55440
pids=()

require_wrk() {
  command -v wrk >/dev/null || { echo "wrk is missing: bash scripts/install-test-deps.sh" >&2; exit 1; }
}

# Builds a project folder in Release and prints its dll's path. Errexit does not reach into $( ), hence the checks.
built_dll() { # project folder
  dotnet build "$1" -c Release -v quiet -nologo >/dev/null || { echo "dotnet build $1 failed" >&2; return 1; }
  ls "$1"/bin/Release/net*/"$(basename "$1")".dll
}

stop_servers() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done; pids=(); }

wait_for() { # url [seconds=60]
  for _ in $(seq 1 $(( ${2:-60} * 5 ))); do curl -s -o /dev/null "$1" && return 0; sleep 0.2; done
  echo "$1 did not answer" >&2; exit 1
}

# PostgreSQL refuses to run as root: as root, its commands run as the postgres user.
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

start_postgres() { # the benchmarks' own cluster under $pg_dir, made the first time, started unless it runs
  if [ ! -d "$pg_dir/data" ]; then
    mkdir -p "$pg_dir"; [ "$(id -u)" = 0 ] && chown -R postgres:postgres "$pg_dir"
    as_postgres "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  fi
  as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" status >/dev/null 2>&1 \
  || as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w \
    -o "-p $pg_port -c listen_addresses=127.0.0.1 -k /tmp -c max_connections=200" start >/dev/null
}

stop_postgres() { [ -d "$pg_dir/data" ] && as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast -w stop >/dev/null 2>&1 || true; }

# Points Sermo.Api (the environment) at a scale data set, seeding it with $api_dll the first time:
# scale (1,000,000 ratings; the graph benchmark's set too) or scale-100k (the same with 100,000 ratings).
use_database() { # sqlite|postgres scale|scale-100k
  local ratings=1000000 name=scale marker=$state/$1.seeded
  [ "$2" = scale-100k ] && ratings=100000 && name=scale_100k && marker=$state/$1-100k.seeded
  case "$1" in
    sqlite)
      export Database__Provider=Sqlite ConnectionStrings__Sermo="Data Source=$PWD/$state/$name.db" ;;
    postgres)
      start_postgres
      psql -h 127.0.0.1 -p $pg_port -U postgres -tc "SELECT 1 FROM pg_database WHERE datname = 'sermo_$name'" | grep -q 1 \
        || psql -h 127.0.0.1 -p $pg_port -U postgres -c "CREATE DATABASE sermo_$name" >/dev/null
      export Database__Provider=Postgres ConnectionStrings__Sermo="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=sermo_$name;Maximum Pool Size=100" ;;
  esac
  if [ ! -f "$marker" ]; then
    echo "seeding the $2 data set ($ratings ratings) into $1 (once; a few minutes)..."
    dotnet "$api_dll" seed --size scale --ratings "$ratings"
    touch "$marker"
  fi
}

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; } # pid: user + system time so far, in clock ticks

# One measured wrk turn at the server of process $1 (wrk's arguments follow, with --latency). Sets turn_output,
# turn_rps, turn_requests, turn_ticks (the server's CPU time over the turn), turn_p50, turn_p99 and turn_errors
# (wrk's non-2xx and socket-error lines, on one line).
wrk_turn() { # pid wrk-arguments...
  local pid=$1 before; shift
  before=$(cpu_ticks "$pid")
  turn_output=$(wrk "$@")
  turn_ticks=$(( $(cpu_ticks "$pid") - before ))
  turn_rps=$(echo "$turn_output" | awk '/^Requests\/sec:/ {print $2}')
  turn_requests=$(echo "$turn_output" | awk '/requests in/ {print $1}')
  turn_p50=$(echo "$turn_output" | awk '$1=="50%" {print $2}')
  turn_p99=$(echo "$turn_output" | awk '$1=="99%" {print $2}')
  turn_errors=$(echo "$turn_output" | awk '/Non-2xx|Socket errors/ {print}' | tr '\n' ' ')
}

us_per_request() { # ticks requests [printf format=%.0f]: CPU microseconds per request
  awk -v t="$1" -v hz="$(getconf CLK_TCK)" -v n="$2" -v format="${3:-%.0f}" 'BEGIN { printf format, t * 1e6 / hz / n }'
}

median() { tr ' ' '\n' | grep . | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# Each round runs the contenders back to back, so the ratio within a round is the least touched by the machine's drift.
paired_ratio() { # "a's req/s per round" "b's req/s per round": the median of the rounds' own a/b ratios
  paste <(echo "$1" | tr ' ' '\n' | grep .) <(echo "$2" | tr ' ' '\n' | grep .) | awk '{ print $1 / $2 }' | median
}

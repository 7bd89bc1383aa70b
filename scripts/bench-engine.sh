#!/usr/bin/env bash
# The authors/books workload through our engine, graphql-js, graphql-jit and GraphQL.NET in one run, measured
# the same way (the query answered from each engine's document cache, back to back, after a warm-up): prints
# ops/s for each and our ratio to each peer, and checks that all of them gave the same response. Ours is counted
# twice: to the in-memory result, as the Node peers are, and to the UTF-8 JSON response, as GraphQL.NET is
# (column "until": result or json).
#
#   bash scripts/bench-engine.sh [SECONDS] [WARMUP_SECONDS] [ROUNDS]      (defaults: 5, 2 and 3)
#
# The engines take turns, ROUNDS times, and each is scored by its median round: on a shared machine a round
# can land on a busy moment, and taking turns spreads such moments over all of them.
# For allocations and per-benchmark timings run BenchmarkDotNet instead (see docs/benchmarks.md).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-5}"
warmup="${2:-2}"
rounds="${3:-3}"

[ -d tools/node/node_modules/graphql-jit ] || npm ci --prefix tools/node --no-audit --no-fund --loglevel=error

dotnet build Sermo.Benchmarks -c Release -v quiet -nologo >/dev/null
runs=""
for _ in $(seq "$rounds"); do
  runs+="$(dotnet Sermo.Benchmarks/bin/Release/net10.0/Sermo.Benchmarks.dll throughput "$seconds" "$warmup")"$'\n'
  runs+="$(node Sermo.Benchmarks/node/bench.mjs --seconds "$seconds" --warmup-seconds "$warmup")"$'\n'
done

python3 - "$runs" <<'PY'
import json, statistics, sys
runs = [json.loads(line) for line in sys.argv[1].splitlines() if line.strip()]
for run in runs:
    run.setdefault("until", "result")  # the Node peers count to the in-memory result
reference = json.loads(next(run["response"] for run in runs if run["engine"] == "graphql-js"))
for run in runs:
    if json.loads(run["response"]) != reference:
        sys.exit(f"{run['engine']} answered differently from graphql-js: the comparison would not be fair")
contenders = sorted(dict.fromkeys((run["engine"], run["until"]) for run in runs), key=lambda c: c[1] != "result")
def rounds_of(contender):
    return [run["opsPerSecond"] for run in runs if (run["engine"], run["until"]) == contender]
median = {contender: statistics.median(rounds_of(contender)) for contender in contenders}
print(f"{'engine':<16}{'until':<8}{'median ops/s':>14}   rounds")
for engine, until in contenders:
    rounds = ", ".join(f"{ops:,.0f}" for ops in rounds_of((engine, until)))
    print(f"{engine:<16}{until:<8}{median[(engine, until)]:>14,.0f}   {rounds}")
ours = "Sermo.GraphQL"
for engine, until in contenders:
    if engine != ours:
        print(f"{ours} / {engine} (to the {'JSON bytes' if until == 'json' else 'in-memory result'}): "
              f"{median[(ours, until)] / median[(engine, until)]:.2f}x")
PY

#!/usr/bin/env bash
# The authors/books workload through our engine, graphql-js and graphql-jit in one run, measured the same
# way (a cached operation to the in-memory result, back to back, after a warm-up): prints ops/s for each and
# our ratio to each peer, and checks that the three gave the same response.
#
#   bash scripts/bench-engine.sh [SECONDS] [WARMUP_SECONDS] [ROUNDS]      (defaults: 5, 2 and 3)
#
# The engines take turns, ROUNDS times, and each is scored by its median round: on a shared machine a round
# can land on a busy moment, and taking turns spreads such moments over all three.
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
engines = list(dict.fromkeys(run["engine"] for run in runs))
reference = json.loads(next(run["response"] for run in runs if run["engine"] == "graphql-js"))
for run in runs:
    if json.loads(run["response"]) != reference:
        sys.exit(f"{run['engine']} answered differently from graphql-js: the comparison would not be fair")
median = {engine: statistics.median(run["opsPerSecond"] for run in runs if run["engine"] == engine) for engine in engines}
print(f"{'engine':<16}{'median ops/s':>14}   rounds")
for engine in engines:
    rounds = ", ".join(f"{run['opsPerSecond']:,.0f}" for run in runs if run["engine"] == engine)
    print(f"{engine:<16}{median[engine]:>14,.0f}   {rounds}")
ours = engines[0]
for peer in engines[1:]:
    print(f"{ours} / {peer}: {median[ours] / median[peer]:.2f}x")
PY

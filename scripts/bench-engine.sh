#!/usr/bin/env bash
# The authors/books workload through our engine, graphql-js and graphql-jit in one run, measured the same
# way (a cached operation to the in-memory result, back to back, after a warm-up): prints ops/s for each
# and our ratio to each peer, and checks that the three gave the same response.
#
#   bash scripts/bench-engine.sh [SECONDS] [WARMUP_SECONDS]      (defaults: 5 and 2)
#
# For allocations and per-benchmark timings run BenchmarkDotNet instead (see docs/benchmarks.md):
#   dotnet run -c Release --project Sermo.Benchmarks -- --filter '*' --job short
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-5}"
warmup="${2:-2}"

[ -d tools/node/node_modules/graphql-jit ] || npm ci --prefix tools/node --no-audit --no-fund >/dev/null

dotnet build Sermo.Benchmarks -c Release -v quiet -nologo >/dev/null
ours=$(dotnet Sermo.Benchmarks/bin/Release/net10.0/Sermo.Benchmarks.dll throughput "$seconds" "$warmup")
peers=$(node Sermo.Benchmarks/node/bench.mjs --seconds "$seconds" --warmup-seconds "$warmup")

python3 - "$ours" "$peers" <<'PY'
import json, sys
runs = [json.loads(line) for text in sys.argv[1:] for line in text.splitlines() if line.strip()]
responses = {run["engine"]: json.loads(run["response"]) for run in runs}
for engine, response in responses.items():
    if response != responses["graphql-js"]:
        sys.exit(f"{engine} answered differently from graphql-js: the comparison would not be fair")
print(f"{'engine':<16}{'ops/s':>12}")
for run in runs:
    print(f"{run['engine']:<16}{run['opsPerSecond']:>12,.0f}")
ours = runs[0]["opsPerSecond"]
for run in runs[1:]:
    print(f"Sermo.GraphQL / {run['engine']}: {ours / run['opsPerSecond']:.2f}x")
PY

#!/usr/bin/env bash
# The product path (Sermo.Benchmarks/Workloads/ProductPath): a page of 20 cases with their authors and advice,
# through a code-first schema with authorization on every field and the EF Core data layer over in-memory SQLite,
# from query text to UTF-8 JSON. Ours, ours without authorization, the hand-written ceiling (same SQL, same JSON)
# and the ceiling's SQL alone take turns ROUNDS times, SECONDS each after one warm-up of WARMUP_SECONDS; each is
# scored by its median round, and the script prints ops/s, µs per request and ours / ceiling.
#
#   bash scripts/bench-product-path.sh [SECONDS] [WARMUP_SECONDS] [ROUNDS]      (defaults: 5, 3 and 3)
#
# The runner refuses to start unless all of them answer the same JSON. For allocations and per-benchmark timings
# run BenchmarkDotNet instead (see docs/benchmarks.md).
set -euo pipefail
cd "$(dirname "$0")/.."

dotnet build Sermo.Benchmarks -c Release -v quiet -nologo >/dev/null
uptime
dotnet Sermo.Benchmarks/bin/Release/net10.0/Sermo.Benchmarks.dll product-path "${1:-5}" "${2:-3}" "${3:-3}"
uptime

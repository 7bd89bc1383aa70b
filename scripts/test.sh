#!/usr/bin/env bash
# Installs what the tests need on a fresh Debian machine, then runs every test.
# The test fixtures start their own Redis and PostgreSQL processes on free ports.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-test-deps.sh

results="artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

# A snapshot that is missing fails instead of being written: snapshots are made on purpose, with
# scripts/update-snapshots.sh, and reviewed in the diff.
export SNAPSHOOTER_STRICT_MODE=true

status=0
dotnet test Sermo.sln -c Release --logger "trx;LogFileName=sermo.trx" --results-directory "$results" \
  --collect "XPlat Code Coverage" "$@" || status=$?

# Coverage (coverlet, Cobertura XML under $results), then one closing line over every runner: the totals
# from the TRX files.
python3 - "$results" <<'PY'
import sys, glob, xml.etree.ElementTree as ET
# The collector's report, not the copy attached under In/<machine>/.
for path in glob.glob(sys.argv[1] + "/**/coverage.cobertura.xml", recursive=True):
    if "/In/" in path:
        continue
    root = ET.parse(path).getroot()
    print(f"coverage: {float(root.get('line-rate', 0)):.1%} of lines, {float(root.get('branch-rate', 0)):.1%} of branches ({path})")
passed = failed = skipped = 0
# Every skipped test says why: the reasons, each with how many tests it skipped.
reasons = {}
for path in glob.glob(sys.argv[1] + "/**/*.trx", recursive=True):
    for result in ET.parse(path).getroot().findall(".//{*}UnitTestResult"):
        if result.get("outcome") == "NotExecuted":
            message = result.find(".//{*}Message")
            reason = message.text.strip() if message is not None and message.text else "(no reason given)"
            reasons[reason] = reasons.get(reason, 0) + 1
for reason, count in reasons.items():
    print(f"skipped {count}: {reason}")
for path in glob.glob(sys.argv[1] + "/**/*.trx", recursive=True):
    counters = ET.parse(path).getroot().find(".//{*}Counters")
    if counters is None:
        continue
    passed += int(counters.get("passed", 0))
    failed += int(counters.get("failed", 0)) + int(counters.get("error", 0)) + int(counters.get("timeout", 0)) + int(counters.get("aborted", 0))
    # Skipped tests show as total minus executed (notExecuted stays 0 in the TRX the logger writes).
    skipped += int(counters.get("total", 0)) - int(counters.get("executed", 0))
print(f"{passed} passed, {failed} failed, {skipped} skipped")
PY
exit $status

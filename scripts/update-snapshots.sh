#!/usr/bin/env bash
# Accepts changed snapshots (Sermo.Tests/Snapshots): runs the snapshot tests, prints each mismatch as a unified
# diff, and moves the new version over the checked-in one; snapshots that did not exist yet are written. Review
# `git diff` before committing: a snapshot diff is a change to what partners see.
#
#   bash scripts/update-snapshots.sh [extra dotnet test arguments]
set -euo pipefail
cd "$(dirname "$0")/.."

find Sermo.Tests -type d -name __mismatch__ -prune -exec rm -rf {} +
SNAPSHOOTER_STRICT_MODE=false dotnet test Sermo.Tests -c Release --filter "FullyQualifiedName~Sermo.Tests.Snapshots" "$@" >/dev/null || true

while IFS= read -r -d '' mismatch; do
  snapshot="$(dirname "$(dirname "$mismatch")")/$(basename "$mismatch")"
  diff -u "$snapshot" "$mismatch" || true
  mv "$mismatch" "$snapshot"
done < <(find Sermo.Tests -path '*/__mismatch__/*.snap' -print0)
find Sermo.Tests -type d -name __mismatch__ -empty -delete

git status --short -- Sermo.Tests

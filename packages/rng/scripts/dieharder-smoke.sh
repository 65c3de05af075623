#!/usr/bin/env bash
# A short dieharder run on the raw Philox stream (not part of per-commit CI: minutes, not seconds).
# Needs Debian's dieharder: apt-get install dieharder. Usage: packages/rng/scripts/dieharder-smoke.sh [seed]
set -euo pipefail
cd "$(dirname "$0")/../../.."
seed="${1:-1}"
command -v dieharder >/dev/null || { echo "dieharder is not installed: apt-get install dieharder" >&2; exit 2; }
# -g 200: raw uint32 from stdin. Birthday spacings, overlapping 5-permutations, the 6x8 binary
# rank test, the bitstream test, squeeze and runs: a quick, varied sample of the battery.
for test in 0 1 3 4 13 15; do
  pnpm --silent rng:stream --seed "$seed" | dieharder -g 200 -d "$test" -c ' '
done

#!/usr/bin/env bash
# The scoring benchmark's services: `python -m bench.scoring` runs this, which starts a throwaway PostgreSQL
# and Redis on loopback ports (bench/services.sh), runs the benchmark against them on the production
# settings, and stops everything on exit, Ctrl-C included. Arguments go to the benchmark.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/services.sh
bench_services_start
export BENCH_SCORING_SERVICES=ready
"${PYTHON:-python}" -m bench.scoring "$@"

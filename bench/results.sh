#!/usr/bin/env bash
# The results-page benchmark's services: `python -m bench.results` runs this, which starts a throwaway
# PostgreSQL (and Redis, which the production settings expect) on loopback ports (bench/services.sh), runs
# the benchmark on the production settings, and stops everything on exit, Ctrl-C included.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/services.sh
bench_services_start testserver,localhost
export BENCH_RESULTS_SERVICES=ready
"${PYTHON:-python}" -m bench.results "$@"

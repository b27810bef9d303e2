#!/usr/bin/env bash
# The autosave benchmark's services: `python -m bench.autosave` runs this, which starts a throwaway
# PostgreSQL and Redis on loopback ports (bench/services.sh), runs the benchmark (and the gunicorn it
# starts) on the production settings, and stops everything on exit, Ctrl-C included. Arguments go to the
# benchmark.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/services.sh
bench_services_start
export SITE_URL=https://localhost
export BENCH_AUTOSAVE_SERVICES=ready
"${PYTHON:-python}" -m bench.autosave "$@"

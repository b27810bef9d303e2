#!/usr/bin/env bash
# The fault trials' services: `python -m bench.faults` runs this, which starts a throwaway PostgreSQL and
# Redis on loopback ports (bench/services.sh), runs the trials against them on the production settings,
# and stops everything on exit, Ctrl-C included. Arguments go to the trials.
#
# The trials stop and start these very services (Redis killed and started again on its port, PostgreSQL
# restarted with pg_ctl), so they are told where they live: the folder, the PostgreSQL programs.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/services.sh
bench_services_start
# Redis is started again by the trials under a new pid, written to the same pid file: stop whichever runs.
_services_stops+=("[ -s $SERVICES_DIR/redis.pid ] && kill \$(cat $SERVICES_DIR/redis.pid)")
# gunicorn is reached over plain HTTP on loopback, with no TLS-terminating proxy in front.
export SECURE_SSL_REDIRECT=false
export BENCH_FAULTS_SERVICES_DIR="$SERVICES_DIR"
export BENCH_FAULTS_PG_BIN="$(_pg_bin)"
export BENCH_FAULTS_SERVICES=ready
"${PYTHON:-python}" -m bench.faults "$@"

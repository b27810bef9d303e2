#!/usr/bin/env bash
# The fault trials' services: `python -m bench.faults` runs this, which starts a throwaway PostgreSQL and
# Redis on loopback ports (scripts/services.sh), runs the trials against them on the production settings,
# and stops everything on exit, Ctrl-C included. Arguments go to the trials.
#
# The trials stop and start these very services (Redis killed and started again on its port, PostgreSQL
# restarted with pg_ctl), so they are told where they live: the folder, the PostgreSQL programs.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/services.sh
trap services_stop_all EXIT
trap 'exit 130' INT TERM

start_postgres
start_redis
# Redis is started again by the trials under a new pid, written to the same pid file: stop whichever runs.
_services_stops+=("[ -s $SERVICES_DIR/redis.pid ] && kill \$(cat $SERVICES_DIR/redis.pid)")
export DJANGO_SETTINGS_MODULE=config.settings.production
export DEBUG=false
export SECRET_KEY="bench-only-$(python3 -c 'import secrets; print(secrets.token_urlsafe(40))')"
export ALLOWED_HOSTS=localhost
# gunicorn is reached over plain HTTP on loopback, with no TLS-terminating proxy in front.
export SECURE_SSL_REDIRECT=false
export DATA_DIR="$SERVICES_DIR/data"
export LOG_LEVEL=WARNING
export BENCH_FAULTS_SERVICES_DIR="$SERVICES_DIR"
export BENCH_FAULTS_PG_BIN="$(_pg_bin)"
export BENCH_FAULTS_SERVICES=ready
"${PYTHON:-python}" -m bench.faults "$@"

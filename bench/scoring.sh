#!/usr/bin/env bash
# The scoring benchmark's services: `python -m bench.scoring` runs this, which starts a throwaway PostgreSQL
# and Redis on loopback ports (scripts/services.sh), runs the benchmark against them on the production
# settings, and stops everything on exit, Ctrl-C included. Arguments go to the benchmark.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/services.sh
trap services_stop_all EXIT
trap 'exit 130' INT TERM

start_postgres
start_redis
_services_dir
export DJANGO_SETTINGS_MODULE=config.settings.production
export DEBUG=false
export SECRET_KEY="bench-only-$(python3 -c 'import secrets; print(secrets.token_urlsafe(40))')"
export ALLOWED_HOSTS=localhost
export DATA_DIR="$SERVICES_DIR/data"
export LOG_LEVEL=WARNING
export BENCH_SCORING_SERVICES=ready
# Where the CPU goes: the benchmark reads these processes' times.
export BENCH_POSTGRES_PIDFILE="$SERVICES_DIR/postgres/postmaster.pid"
export BENCH_REDIS_PIDFILE="$SERVICES_DIR/redis.pid"
"${PYTHON:-python}" -m bench.scoring "$@"

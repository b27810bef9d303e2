# Sourced by the benchmarks' wrappers (bench/*.sh), run from the repository's root: a throwaway PostgreSQL
# and Redis on loopback ports (scripts/services.sh), stopped on exit, Ctrl-C included, and the production
# settings the benchmarks run on.
source scripts/services.sh
trap services_stop_all EXIT
trap 'exit 130' INT TERM

# bench_services_start [ALLOWED_HOSTS]: start both services and export the settings.
bench_services_start() {
    # What production runs: the scoring engine compiled (when it can be; scripts/build_engine.py says why not).
    "${PYTHON:-python}" scripts/build_engine.py || true
    start_postgres
    start_redis
    _services_dir
    export DJANGO_SETTINGS_MODULE=config.settings.production
    export DEBUG=false
    export SECRET_KEY="bench-only-$(python3 -c 'import secrets; print(secrets.token_urlsafe(40))')"
    export ALLOWED_HOSTS="${1:-localhost}"
    export DATA_DIR="$SERVICES_DIR/data"
    export LOG_LEVEL=WARNING
    # Where the CPU goes (bench.scoring reads these processes' times).
    export BENCH_POSTGRES_PIDFILE="$SERVICES_DIR/postgres/postmaster.pid"
    export BENCH_REDIS_PIDFILE="$SERVICES_DIR/redis.pid"
}

#!/usr/bin/env bash
# The one entry point of every process of the product, used by docker-compose.yml (and the Dockerfile's
# CMD) and by scripts/run.sh, so the two ways of running it start exactly the same commands.
#
#   bash scripts/serve.sh web       gunicorn (DEBUG off) or Django's runserver on 127.0.0.1 (DEBUG on)
#   bash scripts/serve.sh worker    a Celery worker on every queue of config.celery.Queues
#   bash scripts/serve.sh beat      Celery beat (schedule file: CELERY_BEAT_SCHEDULE_FILENAME in settings)
#   bash scripts/serve.sh migrate   migrate, create the cache table, collect static files (DEBUG off)
#
# `--dry-run` before the role prints the commands instead of running them (the tests read them so).
# Expects `python`, `gunicorn` and `celery` on PATH: the venv's bin (scripts/bootstrap.sh puts it there)
# or the Docker image's system Python. The last command is exec'ed so signals reach it directly.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

dry_run=""
if [ "${1:-}" = "--dry-run" ]; then
    dry_run=1
    shift
fi
role="${1:-}"

run() {  # run a command and carry on
    if [ -n "$dry_run" ]; then printf '%s\n' "$*"; else "$@"; fi
}
run_last() {  # become the command: it gets SIGTERM/SIGINT itself, and its exit status is ours
    if [ -n "$dry_run" ]; then printf '%s\n' "$*"; exit 0; fi
    exec "$@"
}

# DEBUG may come from .env as well as from the environment, in any spelling pydantic accepts: read it
# through the same typed settings object Django uses. A bad value stops here with the message naming it.
debug_on() {
    python - <<'PY'
import sys

from config.env import ConfigurationError, load_env

try:
    sys.exit(0 if load_env().debug else 1)
except ConfigurationError as exc:
    sys.stderr.write(f"{exc}\n")
    sys.exit(2)
PY
}
debug_on_or_stop() {
    local status=0
    debug_on || status=$?
    [ "$status" -le 1 ] || exit "$status"
    return "$status"
}

case "$role" in
    web)
        port="${PORT:-8000}"
        if debug_on_or_stop; then
            # The embedded one-command mode (scripts/run.sh): Django's server, reachable from this machine only.
            run_last python manage.py runserver "127.0.0.1:$port"
        fi
        # https://docs.gunicorn.org/en/stable/settings.html
        # The logger class redacts candidates' link tokens (/a/<token>/) from the access log.
        run_last gunicorn config.wsgi \
            --bind "0.0.0.0:$port" \
            --workers "${WEB_CONCURRENCY:-2}" \
            --access-logfile - \
            --error-logfile - \
            --logger-class assessments.log_redaction.RedactingGunicornLogger
        ;;
    worker)
        # The queue names are written once, in config/celery.py.
        queues="$(python -c 'from config.celery import Queues; print(",".join(Queues.ALL))')"
        # https://docs.celeryq.dev/en/stable/reference/cli.html#celery-worker
        run_last celery -A config worker -l info -Q "$queues" --concurrency "${WORKER_CONCURRENCY:-2}"
        ;;
    beat)
        # The schedule file's path comes from settings (CELERY_BEAT_SCHEDULE_FILENAME, under DATA_DIR).
        run_last celery -A config beat -l info
        ;;
    migrate)
        run python manage.py migrate --noinput
        if debug_on_or_stop; then
            run_last python manage.py createcachetable
        fi
        run python manage.py createcachetable
        # WhiteNoise serves the collected, hashed files when DEBUG is off.
        run_last python manage.py collectstatic --noinput
        ;;
    *)
        echo "usage: bash scripts/serve.sh [--dry-run] web|worker|beat|migrate (got: '${role}')" >&2
        exit 64
        ;;
esac

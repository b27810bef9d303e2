#!/usr/bin/env bash
# One command runs the product on its embedded defaults: SQLite under data/, a real Celery worker and beat
# on Kombu's filesystem broker (no server to install), email written to data/outbox/ (readable at
# /dev/outbox/). With REDIS_URL set, Celery uses Redis; with DATABASE_URL, that database.
# Ctrl-C stops the web server, the worker and beat. A second run reuses the data of the first.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/bootstrap.sh

export DEBUG="${DEBUG:-true}"
export DJANGO_SETTINGS_MODULE="${DJANGO_SETTINGS_MODULE:-config.settings.local}"
export PORT="${PORT:-8000}"
export SITE_URL="${SITE_URL:-http://localhost:$PORT}"

bash scripts/serve.sh migrate
python manage.py demo_setup

pids=()
stop_all() {
    trap - EXIT INT TERM
    echo
    echo "==> Stopping web server, worker and beat"
    for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
}
trap stop_all EXIT INT TERM

bash scripts/serve.sh worker & pids+=($!)
bash scripts/serve.sh beat & pids+=($!)
bash scripts/serve.sh web & pids+=($!)
echo "==> Open $SITE_URL/ (Ctrl-C stops everything)"
# If any of the three stops on its own, stop the others too rather than run half a product.
wait -n "${pids[@]}" || true

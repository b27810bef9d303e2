#!/usr/bin/env bash
# The whole test suite on the production parts: ruff, mypy, import contracts, then pytest (unit,
# integration with a real Celery worker, browser tests in Chromium) on a throwaway PostgreSQL and Redis.
# Given DATABASE_URL or REDIS_URL, uses those instead of starting its own. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
INSTALL_EXTRAS=dev source scripts/bootstrap.sh
source scripts/services.sh
trap services_stop_all EXIT
trap 'exit 130' INT TERM

[ -n "${DATABASE_URL:-}" ] || start_postgres
[ -n "${REDIS_URL:-}" ] || start_redis
export DJANGO_SETTINGS_MODULE=config.settings.test
export DEBUG="${DEBUG:-false}"
export SECRET_KEY="${SECRET_KEY:-test-only-secret-key-$(python3 -c 'import secrets; print(secrets.token_urlsafe(40))')}"
export ALLOWED_HOSTS="${ALLOWED_HOSTS:-localhost,127.0.0.1,testserver}"
export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
_services_dir
export DATA_DIR="${DATA_DIR:-$SERVICES_DIR/data}"

failed=()
run_step() {
    local name="$1"; shift
    echo "==> $name"
    if ! "$@"; then failed+=("$name"); fi
}
if [ "${SKIP_STATIC_CHECKS:-}" != "1" ]; then  # a developer's shortcut while iterating; CI never sets it
    run_step "ruff" ruff check .
    run_step "mypy" mypy .
    run_step "import contracts" lint-imports
fi
set +e
pytest "$@"
status=$?
set -e
case "$status" in
    0) ;;
    5) echo "pytest collected no tests: that is a failure here." >&2; failed+=("pytest (no tests)") ;;
    *) failed+=("pytest (exit $status)") ;;
esac

if [ "${#failed[@]}" -gt 0 ]; then
    echo "FAILED: ${failed[*]}" >&2
    exit 1
fi
echo "All checks passed."

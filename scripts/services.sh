# Sourced by scripts/test.sh (and the benchmarks): throwaway PostgreSQL and Redis on free loopback ports.
# Each start registers its stop with services_stop_all, which the caller runs on EXIT, INT and TERM.
set -euo pipefail

SERVICES_DIR=""
_services_stops=()

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

_services_dir() {
    if [ -z "$SERVICES_DIR" ]; then
        SERVICES_DIR="$(mktemp -d "${TMPDIR:-/tmp}/hiring-services.XXXXXX")"
        chmod 755 "$SERVICES_DIR"
    fi
}

_pg_bin() {
    # Debian keeps the server programs off PATH, in /usr/lib/postgresql/VERSION/bin: prefer the newest.
    local dir
    dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
    if [ -z "$dir" ] && command -v pg_ctl >/dev/null 2>&1; then
        dir="$(dirname "$(readlink -f "$(command -v pg_ctl)")")"
    fi
    if [ -z "$dir" ] || [ ! -x "$dir/initdb" ]; then
        echo "PostgreSQL is not installed: apt-get install postgresql (or set DATABASE_URL)." >&2
        return 1
    fi
    echo "$dir"
}

# PostgreSQL refuses to run as root: as root, the cluster belongs to the 'postgres' user. runuser lives in
# sbin, which a bare PATH (a CI runner's, `env -i`) may leave out.
_as_pg_owner() {
    if [ "$(id -u)" != "0" ]; then "$@"; return; fi
    local runuser
    runuser="$(command -v runuser || ls /usr/sbin/runuser /sbin/runuser 2>/dev/null | head -n 1)"
    if [ -z "$runuser" ]; then
        echo "runuser (util-linux) is needed to start PostgreSQL as the postgres user; install util-linux." >&2
        return 1
    fi
    "$runuser" -u postgres -- "$@"
}

start_postgres() {
    _services_dir
    local bin port data
    bin="$(_pg_bin)"
    port="$(free_port)"
    data="$SERVICES_DIR/postgres"
    mkdir -p "$data"
    [ "$(id -u)" = "0" ] && chown postgres: "$data"
    _as_pg_owner "$bin/initdb" -D "$data" -U postgres -A trust --no-sync -E UTF8 >"$SERVICES_DIR/initdb.log" 2>&1 \
        || { cat "$SERVICES_DIR/initdb.log" >&2; return 1; }
    _as_pg_owner "$bin/pg_ctl" -D "$data" -l "$data/log" -w -t 60 \
        -o "-p $port -k $data -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=200" \
        start >/dev/null || { cat "$data/log" >&2; return 1; }
    _services_stops+=("_as_pg_owner $bin/pg_ctl -D $data -m fast -w stop")
    "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres hiring
    export DATABASE_URL="postgres://postgres@127.0.0.1:$port/hiring"
    echo "==> PostgreSQL on 127.0.0.1:$port (throwaway)"
}

start_redis() {
    _services_dir
    local port
    if ! command -v redis-server >/dev/null 2>&1; then
        echo "Redis is not installed: apt-get install redis-server (or set REDIS_URL)." >&2
        return 1
    fi
    port="$(free_port)"
    redis-server --port "$port" --bind 127.0.0.1 --save "" --appendonly no --daemonize yes \
        --dir "$SERVICES_DIR" --pidfile "$SERVICES_DIR/redis.pid" --logfile "$SERVICES_DIR/redis.log"
    for _ in $(seq 50); do [ -s "$SERVICES_DIR/redis.pid" ] && break; sleep 0.1; done
    _services_stops+=("kill $(cat "$SERVICES_DIR/redis.pid")")
    export REDIS_URL="redis://127.0.0.1:$port/0"
    echo "==> Redis on 127.0.0.1:$port (throwaway)"
}

services_stop_all() {
    local i
    for ((i=${#_services_stops[@]}-1; i>=0; i--)); do
        eval "${_services_stops[$i]}" >/dev/null 2>&1 || true
    done
    _services_stops=()
    if [ -n "$SERVICES_DIR" ]; then rm -rf "$SERVICES_DIR"; SERVICES_DIR=""; fi
}

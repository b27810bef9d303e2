"""What the HTTP benchmarks (bench.autosave, bench.start) share: the production web process on a loopback
port, a small HTTP/1.1 client on asyncio, an open-loop timetable, and the table they print.

Open loop: every request has a time on a timetable fixed before the run, is sent at that time whether or
not earlier ones have been answered, and its latency is counted from that scheduled time to the last byte
of the answer. A server that falls behind makes the latencies grow instead of slowing the senders down,
so queueing is not hidden (no coordinated omission).

The client is a few lines of asyncio rather than a library: gunicorn's sync workers (the production web
process) close the connection after every response, so a request is connect, write, read to the end;
and on two cores shared with the server the load generator should spend as little CPU as possible.
"""

from __future__ import annotations

import asyncio
import os
import platform
import re
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HOST = "localhost"  # the Host header (ALLOWED_HOSTS in the wrappers); requests go to 127.0.0.1 only
ORIGIN = f"https://{HOST}"
# Production runs behind a TLS-terminating proxy that says so (SECURE_PROXY_SSL_HEADER): without this
# header SECURE_SSL_REDIRECT would answer every request with a redirect.
PROXY_HEADERS = {"Host": HOST, "X-Forwarded-Proto": "https", "Connection": "close"}


# --- The client ------------------------------------------------------------------------------------------


@dataclass
class HttpAnswer:
    status: int
    headers: list[tuple[str, str]]
    body: bytes

    def header(self, name: str) -> str | None:
        return next((value for key, value in self.headers if key.lower() == name.lower()), None)

    def cookies(self) -> dict[str, str]:
        jar: SimpleCookie = SimpleCookie()
        for key, value in self.headers:
            if key.lower() == "set-cookie":
                jar.load(value)
        return {name: morsel.value for name, morsel in jar.items()}


async def http_request(
    port: int,
    method: str,
    path: str,
    *,
    headers: dict[str, str] | None = None,
    body: bytes = b"",
) -> HttpAnswer:
    """One request on a fresh connection to 127.0.0.1:`port`, read until the server closes it."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        lines = [f"{method} {path} HTTP/1.1"]
        lines += [f"{key}: {value}" for key, value in {**PROXY_HEADERS, **(headers or {})}.items()]
        if body or method == "POST":
            lines.append(f"Content-Length: {len(body)}")
        writer.write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body)
        await writer.drain()
        raw = await reader.read(-1)
    finally:
        writer.close()
    head, _, content = raw.partition(b"\r\n\r\n")
    status_line, *header_lines = head.decode("latin-1").split("\r\n")
    parts = status_line.split(" ", 2)
    if len(parts) < 2 or not parts[1].isdigit():
        raise ConnectionError(f"no HTTP answer (got {raw[:60]!r})")
    answer_headers = [tuple(line.split(": ", 1)) for line in header_lines if ": " in line]
    return HttpAnswer(int(parts[1]), answer_headers, content)  # type: ignore[arg-type]


def cookie_header(cookies: dict[str, str]) -> str:
    return "; ".join(f"{name}={value}" for name, value in cookies.items())


CSRF_FIELD = re.compile(rb'name="csrfmiddlewaretoken" value="([^"]+)"')


# --- The open-loop timetable -----------------------------------------------------------------------------


@dataclass
class Outcome:
    """One timed event: milliseconds from its scheduled time to its end, and what went wrong, if anything."""

    ms: float
    error: str = ""


@dataclass
class Timings:
    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.outcomes)

    @property
    def errors(self) -> int:
        return sum(1 for outcome in self.outcomes if outcome.error)

    def error_kinds(self) -> dict[str, int]:
        kinds: dict[str, int] = {}
        for outcome in self.outcomes:
            if outcome.error:
                kinds[outcome.error] = kinds.get(outcome.error, 0) + 1
        return kinds

    def percentile(self, fraction: float) -> float:
        """Over every event, the failed ones included (with the time they took to fail)."""
        return percentile([outcome.ms for outcome in self.outcomes], fraction)


def percentile(values: Sequence[float], fraction: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(fraction * len(ordered)) - 1))]


def evenly(count: int, seconds: float) -> list[float]:
    """`count` scheduled times spread evenly over `seconds` (offsets from the start)."""
    return [n * seconds / count for n in range(count)]


async def open_loop(
    offsets: Sequence[float],
    action: Callable[[int, float], Awaitable[str]],
    *,
    timeout: float,
) -> list[Outcome]:
    """Start `action(n, scheduled)` at each offset (seconds from now); `scheduled` is its perf_counter time.
    The action returns "" or what went wrong; its time counts from `scheduled` to its end. An action that
    takes longer than `timeout` counts as an error ("timeout")."""
    outcomes: list[Outcome | None] = [None] * len(offsets)

    async def timed(n: int, scheduled: float) -> None:
        try:
            error = await asyncio.wait_for(action(n, scheduled), timeout=timeout)
        except TimeoutError:
            error = "timeout"
        except (OSError, ConnectionError) as exc:
            error = type(exc).__name__
        outcomes[n] = Outcome((time.perf_counter() - scheduled) * 1000, error)

    start = time.perf_counter() + 0.05
    tasks = []
    for n, offset in enumerate(offsets):
        scheduled = start + offset
        delay = scheduled - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        tasks.append(asyncio.create_task(timed(n, scheduled)))
    await asyncio.gather(*tasks)
    return [outcome for outcome in outcomes if outcome is not None]


# --- The services and the web process -------------------------------------------------------------------


def prepare_database(*, static_files: bool) -> None:
    """What `scripts/serve.sh migrate` runs before a deployment's web process starts (migrations, the cache
    table, and, when the pages under test link static files, `collectstatic`: the manifest `{% static %}`
    reads), then the playbooks. `collectstatic` compresses every file and takes most of a minute on two
    cores, so a benchmark of JSON endpoints leaves it out (WhiteNoise's cost per request does not depend
    on it)."""
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)
    call_command("createcachetable", verbosity=0)
    if static_files:
        call_command("collectstatic", interactive=False, verbosity=0)
    call_command("load_playbooks", verbosity=0)


def free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def gunicorn_command(port: int, workers: int) -> list[str]:
    """The production web command exactly as scripts/serve.sh runs it, bound to loopback instead of
    every interface."""
    environment = {**os.environ, "PORT": str(port), "WEB_CONCURRENCY": str(workers)}
    printed = subprocess.run(
        ["bash", str(ROOT / "scripts" / "serve.sh"), "--dry-run", "web"],
        cwd=ROOT, env=environment, check=True, capture_output=True, text=True,
    ).stdout.split()  # fmt: skip
    if not printed or printed[0] != "gunicorn":
        raise SystemExit(f"scripts/serve.sh web did not print a gunicorn command: {printed}")
    return [str(Path(sys.executable).parent / "gunicorn")] + [
        f"127.0.0.1:{port}" if word == f"0.0.0.0:{port}" else word for word in printed[1:]
    ]


@contextmanager
def web_server(workers: int, log_path: Path, timeout: float = 60.0) -> Iterator[int]:
    """gunicorn with the production settings on a free loopback port, until the block ends; yields the
    port once /healthz/ answers."""
    from config.health import probe

    port = free_port()
    command = gunicorn_command(port, workers)
    with log_path.open("wb") as log:
        process = subprocess.Popen(command, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + timeout
        while not probe(port=port, allowed_hosts=[HOST], timeout=2):
            if process.poll() is not None or time.monotonic() > deadline:
                tail = "\n".join(log_path.read_text(errors="replace").splitlines()[-30:])
                raise SystemExit(f"gunicorn did not answer /healthz/; its log ends:\n{tail}")
            time.sleep(0.2)
        yield port
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


def services_ready(variable: str, wrapper: str, argv: list[str]) -> int | None:
    """Re-run under the wrapper that owns PostgreSQL and Redis unless it already did; returns the
    wrapper's exit status, or None when the services are ready in this process."""
    if os.environ.get(variable) == "ready":
        return None
    return subprocess.call(
        ["bash", str(ROOT / "bench" / wrapper), *argv], env={**os.environ, "PYTHON": sys.executable}
    )


def log_dir() -> Path:
    path = Path(os.environ.get("DATA_DIR") or ROOT / "data")
    path.mkdir(parents=True, exist_ok=True)
    return path


# --- The report ------------------------------------------------------------------------------------------


def machine() -> str:
    """One line on the machine the figures come from."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        postgres = cursor.fetchone()[0].split()[0]
    import redis

    redis_version = redis.Redis.from_url(os.environ["REDIS_URL"]).info("server")["redis_version"]
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    return (
        f"{os.cpu_count()} cores, {memory:.0f} GiB RAM, {platform.python_implementation()} "
        f"{platform.python_version()}, PostgreSQL {postgres}, Redis {redis_version}, load average {load}"
    )


def table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def ms(value: float) -> str:
    return f"{value:.1f}"


def verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"

"""The start-spike benchmark (issue 10): `python -m bench.start [options]`.

`--candidates` candidates (default 500) start the assessment within `--spread` seconds (default 10), each
as the browser does: open the landing page (`GET /a/attempt/`, which sets the CSRF cookie and renders the
consent form), then press Start (`POST /a/attempt/start/` with the form's CSRF token and `consent=yes`,
and, as the page's fetch does, follow the redirect to the test page, `GET /a/attempt/`). Requests go to
the production web process (gunicorn, the production settings, `--workers` sync workers: default
WEB_CONCURRENCY or 2, as scripts/serve.sh) on a loopback port, in front of a throwaway PostgreSQL and
Redis, on an open-loop timetable (bench/loadgen.py).

The baseline, in the same run and on the same timetable (before the spike, so the two do not compete):
`GET /healthz/`, the product's smallest view. It is not free of the database: it runs `SELECT 1` (so a
web process that cannot reach PostgreSQL is taken out of rotation), one round trip.

Target (issue 10, on 2 cores shared by server, database, broker and load generator): start p99 under
300 ms, where "start" is pressing Start until the test page has arrived (the POST and the redirected GET).
Candidate sessions are made in the database, not by opening emailed links: see bench/cohort.py for why.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import time
from urllib.parse import urlencode

from bench import loadgen
from bench.cohort import CandidateBrowser, assessment_version, candidate_browsers

P99_TARGET_MS = 300.0
LANDING = "/a/attempt/"
START = "/a/attempt/start/"


class Spike:
    """The timings of each candidate's steps (milliseconds)."""

    def __init__(self) -> None:
        self.landing: list[float] = []
        self.start: list[float] = []


async def _start_one(port: int, browser: CandidateBrowser, spike: Spike, scheduled: float) -> str:
    session = {k: v for k, v in browser.cookies().items() if k != "csrftoken"}
    landing = await loadgen.http_request(
        port, "GET", LANDING, headers={"Cookie": loadgen.cookie_header(session), "Accept": "text/html"}
    )
    spike.landing.append((time.perf_counter() - scheduled) * 1000)
    field = loadgen.CSRF_FIELD.search(landing.body)
    if landing.status != 200 or field is None:
        return f"landing HTTP {landing.status}"
    cookies = {**session, **landing.cookies()}
    pressed = time.perf_counter()
    started = await loadgen.http_request(
        port,
        "POST",
        START,
        headers={
            "Cookie": loadgen.cookie_header(cookies),
            "Origin": loadgen.ORIGIN,
            "Referer": f"{loadgen.ORIGIN}{LANDING}",
            "Content-Type": "application/x-www-form-urlencoded",
        },
        body=urlencode({"csrfmiddlewaretoken": field.group(1).decode(), "consent": "yes"}).encode(),
    )
    if started.status != 302 or started.header("Location") != LANDING:
        return f"start HTTP {started.status}"
    test_page = await loadgen.http_request(
        port, "GET", LANDING, headers={"Cookie": loadgen.cookie_header(cookies), "Accept": "text/html"}
    )
    spike.start.append((time.perf_counter() - pressed) * 1000)
    if test_page.status != 200 or b'id="candidate-state"' not in test_page.body:
        return f"test page HTTP {test_page.status}"
    return ""


async def _spike(port: int, browsers: list[CandidateBrowser], spread: float) -> tuple[Spike, loadgen.Timings]:
    spike = Spike()

    async def action(n: int, scheduled: float) -> str:
        return await _start_one(port, browsers[n], spike, scheduled)

    outcomes = await loadgen.open_loop(loadgen.evenly(len(browsers), spread), action, timeout=30.0)
    return spike, loadgen.Timings(outcomes)


async def _healthz(port: int, count: int, spread: float) -> loadgen.Timings:
    async def action(n: int, scheduled: float) -> str:
        answer = await loadgen.http_request(port, "GET", "/healthz/")
        return "" if answer.status == 200 and answer.body == b"ok" else f"HTTP {answer.status}"

    return loadgen.Timings(await loadgen.open_loop(loadgen.evenly(count, spread), action, timeout=30.0))


def run(options: argparse.Namespace) -> int:
    import django

    django.setup()
    from assessments.models import Attempt

    began = time.monotonic()
    loadgen.prepare_database(static_files=True)
    version = assessment_version(organization_slug="benchmark-start", time_limit_seconds=1800)
    browsers = candidate_browsers(version=version, count=options.candidates + options.warmup, started=False)
    warm, cohort = browsers[: options.warmup], browsers[options.warmup :]
    machine = loadgen.machine()
    set_up = time.monotonic() - began

    log_path = loadgen.log_dir() / "bench-start-gunicorn.log"
    with loadgen.web_server(options.workers, log_path) as port:
        # Warm-up: every worker process renders both pages and opens its connections before the clock runs.
        asyncio.run(_healthz(port, 4 * options.workers, 1.0))
        asyncio.run(_spike(port, warm, 1.0))
        baseline = asyncio.run(_healthz(port, options.candidates, options.spread))
        spike, whole = asyncio.run(_spike(port, cohort, options.spread))
    in_progress = Attempt.objects.filter(
        pk__in=[browser.attempt_id for browser in cohort], status=Attempt.Status.IN_PROGRESS
    ).count()

    start_p99 = loadgen.percentile(spike.start, 0.99)
    ok = start_p99 < P99_TARGET_MS and whole.errors == 0
    schedule = f"{options.candidates:,} in {options.spread:g} s"

    def row(label: str, values: list[float], errors: str, target: str = "", verdict: str = "") -> list[str]:
        quantiles = [loadgen.ms(loadgen.percentile(values, q)) for q in (0.5, 0.95, 0.99)]
        return [label, f"{len(values):,}", errors, *quantiles, target, verdict]

    healthz = [outcome.ms for outcome in baseline.outcomes]
    rows = [
        row(f"baseline: GET /healthz/ (one SELECT 1), {schedule}", healthz, f"{baseline.errors}"),
        row(f"landing page: GET {LANDING}, from its scheduled time", spike.landing, ""),
        row(
            f"start: POST {START} + redirected GET of the test page, from pressing Start",
            spike.start,
            f"{whole.errors}",
            f"p99 < {P99_TARGET_MS:g} ms",
            loadgen.verdict(ok),
        ),
        row("whole: landing + start, from the scheduled time", [o.ms for o in whole.outcomes], ""),
    ]
    ratio = loadgen.percentile(spike.start, 0.99) / loadgen.percentile(healthz, 0.99)
    print(
        f"\nStart-spike benchmark: {machine}; gunicorn {options.workers} sync workers; "
        f"set-up {set_up:.0f} s, {time.monotonic() - began:.0f} s in all "
        "(latency from each request's scheduled time).\n"
    )
    header = ["measure", "candidates", "errors", "p50 ms", "p95 ms", "p99 ms", "target", "verdict"]
    print(loadgen.table(header, rows))
    print(f"\nStart p99 / baseline p99: {ratio:.1f}x. Attempts in progress afterwards: {in_progress} of "
          f"{len(cohort)}.")  # fmt: skip
    if whole.errors:
        print("Errors: " + ", ".join(f"{kind}: {n}" for kind, n in sorted(whole.error_kinds().items())))
    return 0  # a measurement, not a gate: the table says PASS or MISS


def arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.start", description=__doc__.split("\n\n")[0])
    parser.add_argument("--candidates", type=int, default=500, help="candidates starting (default 500)")
    parser.add_argument("--spread", type=float, default=10.0, help="seconds they start within (default 10)")
    parser.add_argument(
        "--warmup", type=int, default=20, help="untimed candidates started first (default 20)"
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=int(os.environ.get("WEB_CONCURRENCY") or 2),
        help="gunicorn workers (default WEB_CONCURRENCY or 2, as in production)",
    )
    options = parser.parse_args(argv)
    for name in ("candidates", "spread", "workers"):
        if getattr(options, name) <= 0:
            parser.error(f"--{name} must be greater than 0")
    if options.warmup < 0:
        parser.error("--warmup must not be negative")
    return options


def main(argv: list[str]) -> int:
    options = arguments(argv)
    status = loadgen.services_ready("BENCH_START_SERVICES", "start.sh", argv)
    if status is not None:
        return status
    return run(options)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

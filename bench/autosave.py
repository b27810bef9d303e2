"""The autosave benchmark (issue 10): `python -m bench.autosave [options]`.

`--candidates` simulated candidates (default 2,000), each with a started attempt at the Technical Support
Specialist assessment, each saving a text answer every `--interval` seconds (default 10: about 200 saves a
second) for `--duration` seconds (default 300), through the production web process: gunicorn with the
production settings and `--workers` sync workers (default WEB_CONCURRENCY or 2, as scripts/serve.sh), on a
loopback port, in front of a throwaway PostgreSQL and Redis. Each save is what the test page sends:
`POST /a/api/save/` with `{"saves": [{"item", "answer", "seq"}]}`, the candidate's session cookie, the CSRF
cookie and X-CSRFToken header; the sequence number of each answer goes up by one at every save. Saves go
out on an open-loop timetable (bench/loadgen.py): latency counts from the scheduled time.

The baseline, in the same run, on the same database: a single-row `UPDATE ... ; COMMIT` through psycopg2
(one row per candidate, the same text), at the same rate on the same kind of timetable, for
`--baseline-duration` seconds (default 30; run before the web process starts, so the two do not compete).

Target (issue 10, on 2 cores with server, database, broker and load generator on one machine): autosave
p99 under 25 ms with 0 errors. After the run, every save the server acknowledged (HTTP 200 with a stored
sequence number at least the one sent) is looked up in PostgreSQL: its answer must be stored with at least
that sequence number, and with that text when the number is the same. Lost answers make the exit status 1.

Candidate sessions are made in the database, not by opening emailed links: see bench/cohort.py for why.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from bench import loadgen
from bench.cohort import TSS, CandidateBrowser, assessment_version, candidate_browsers

if TYPE_CHECKING:
    from assessments.models import AssessmentVersion

P99_TARGET_MS = 25.0
TEXT_TYPES = ("short_text", "long_text")
SAVE_PATH = "/a/api/save/"


@dataclass
class Workload:
    """Who saves what, in timetable order: event n is candidate n % count's save of one of their text
    answers, with that answer's next sequence number and a longer text than last time."""

    browsers: list[CandidateBrowser]
    slugs: list[str]
    texts: dict[str, str]
    seqs: dict[tuple[int, str], int] = field(default_factory=dict)
    acknowledged: dict[tuple[int, str], tuple[int, str]] = field(default_factory=dict)
    saves_acknowledged: int = 0

    def save(self, n: int) -> tuple[CandidateBrowser, str, int, str]:
        candidate = n % len(self.browsers)
        rounds = n // len(self.browsers)
        slug = self.slugs[(candidate + rounds) % len(self.slugs)]
        seq = self.seqs.get((candidate, slug), 0) + 1
        self.seqs[(candidate, slug)] = seq
        model = self.texts[slug]
        typed = model[: min(len(model), 60 * seq)]
        return self.browsers[candidate], slug, seq, f"{typed} [candidate {candidate + 1}, save {seq}]"

    def acknowledge(self, browser: CandidateBrowser, slug: str, seq: int, text: str) -> None:
        self.saves_acknowledged += 1
        key = (browser.attempt_id, slug)
        if seq > self.acknowledged.get(key, (0, ""))[0]:
            self.acknowledged[key] = (seq, text)


def _model_texts(version: AssessmentVersion) -> dict[str, str]:
    from assessments.types import PlaybookSpec
    from rubrics.management.commands.export_model_answers import model_answers_for_playbook

    spec = PlaybookSpec.model_validate(version.playbook_version.content)
    model = model_answers_for_playbook(spec)
    return {
        item.slug: str(model[item.slug])
        for item in spec.items
        if item.slug in version.item_slugs and item.type in TEXT_TYPES
    }


async def _autosave(
    port: int, workload: Workload, first: int, count: int, rate: float
) -> list[loadgen.Outcome]:
    async def save(n: int, scheduled: float) -> str:
        browser, slug, seq, text = workload.save(first + n)
        body = json.dumps({"saves": [{"item": slug, "answer": text, "seq": seq}]}).encode()
        answer = await loadgen.http_request(
            port,
            "POST",
            SAVE_PATH,
            headers={
                "Cookie": loadgen.cookie_header(browser.cookies()),
                "X-CSRFToken": browser.csrf_secret,
                "Origin": loadgen.ORIGIN,
                "Referer": f"{loadgen.ORIGIN}/a/attempt/",
                "Content-Type": "application/json",
                "Accept": "application/json",
            },
            body=body,
        )
        if answer.status != 200:
            return f"HTTP {answer.status}"
        result = json.loads(answer.body)["results"][0]
        if "error" in result or int(result.get("seq", -1)) < seq:
            return "save refused"
        workload.acknowledge(browser, slug, seq, text)
        return ""

    return await loadgen.open_loop([n / rate for n in range(count)], save, timeout=10.0)


def _baseline(workload: Workload, count: int, rate: float, threads: int) -> list[loadgen.Outcome]:
    """The same timetable, each event a single-row UPDATE and COMMIT on its own psycopg2 connection
    (one per thread of a pool as large as the web process's possible concurrency needs)."""
    import psycopg2

    url = os.environ["DATABASE_URL"]
    with psycopg2.connect(url) as setup, setup.cursor() as cursor:
        cursor.execute(
            "CREATE TABLE bench_baseline (id integer PRIMARY KEY, answer text NOT NULL, seq integer)"
        )
        cursor.execute(
            "INSERT INTO bench_baseline SELECT n, '', 0 FROM generate_series(0, %s) AS n",
            [len(workload.browsers)],
        )
    local = threading.local()
    connections: list[Any] = []

    def update(candidate: int, text: str, seq: int) -> None:
        if not hasattr(local, "connection"):
            local.connection = psycopg2.connect(url)
            connections.append(local.connection)
        with local.connection.cursor() as cursor:
            cursor.execute(
                "UPDATE bench_baseline SET answer = %s, seq = %s WHERE id = %s", [text, seq, candidate]
            )
        local.connection.commit()

    # The baseline's texts and sequence numbers follow the same pattern as the saves', on their own counters.
    texts = Workload(workload.browsers, workload.slugs, workload.texts)

    async def run() -> list[loadgen.Outcome]:
        loop = asyncio.get_running_loop()
        with ThreadPoolExecutor(max_workers=threads) as pool:

            async def event(n: int, scheduled: float) -> str:
                _browser, _slug, seq, text = texts.save(n)
                await loop.run_in_executor(pool, update, n % len(workload.browsers), text, seq)
                return ""

            return await loadgen.open_loop([n / rate for n in range(count)], event, timeout=10.0)

    try:
        return asyncio.run(run())
    finally:
        for connection in connections:
            connection.close()


def _lost(workload: Workload) -> tuple[int, int]:
    """(answers checked, answers lost): every acknowledged answer looked up in PostgreSQL."""
    from assessments.models import Response

    attempt_ids = {browser.attempt_id for browser in workload.browsers}
    stored = {
        (attempt_id, slug): (seq, answer)
        for attempt_id, slug, seq, answer in Response.objects.filter(attempt_id__in=attempt_ids).values_list(
            "attempt_id", "item_slug", "seq", "answer"
        )
    }
    lost = 0
    for key, (seq, text) in workload.acknowledged.items():
        stored_seq, stored_answer = stored.get(key, (-1, None))
        if stored_seq < seq or (stored_seq == seq and stored_answer != text):
            lost += 1
            print(f"LOST: attempt {key[0]}, item {key[1]}: acknowledged seq {seq}, stored seq {stored_seq}")
    return len(workload.acknowledged), lost


def run(options: argparse.Namespace) -> int:
    import django

    django.setup()
    began = time.monotonic()
    loadgen.prepare_database(static_files=False)
    version = assessment_version(
        organization_slug="benchmark-autosave",
        time_limit_seconds=max(1800, int(options.duration + options.baseline_duration) + 900),
    )
    browsers = candidate_browsers(version=version, count=options.candidates, started=True)
    texts = _model_texts(version)
    workload = Workload(browsers, sorted(texts), texts)
    rate = options.candidates / options.interval
    machine = loadgen.machine()
    set_up = time.monotonic() - began

    baseline_count = round(rate * options.baseline_duration)
    baseline = loadgen.Timings(_baseline(workload, baseline_count, rate, threads=options.baseline_threads))

    warmup_count = round(rate * options.warmup)
    count = round(rate * options.duration)
    log_path = loadgen.log_dir() / "bench-autosave-gunicorn.log"
    with loadgen.web_server(options.workers, log_path) as port:
        warmup = loadgen.Timings(asyncio.run(_autosave(port, workload, 0, warmup_count, rate)))
        cpu_before = time.process_time()
        saves = loadgen.Timings(asyncio.run(_autosave(port, workload, warmup_count, count, rate)))
        generator_cpu = (time.process_time() - cpu_before) / options.duration
    checked, lost = _lost(workload)

    ok = saves.percentile(0.99) < P99_TARGET_MS and saves.errors == 0 and warmup.errors == 0 and lost == 0
    rows = [
        [
            f"baseline: single-row PostgreSQL UPDATE + commit (psycopg2, {options.baseline_threads} "
            f"connections), {rate:,.0f}/s for {options.baseline_duration:g} s",
            f"{baseline.count:,}", f"{baseline.errors}",
            loadgen.ms(baseline.percentile(0.5)), loadgen.ms(baseline.percentile(0.95)),
            loadgen.ms(baseline.percentile(0.99)), "", "",
        ],
        [
            f"autosave: POST {SAVE_PATH}, {options.candidates:,} candidates each every "
            f"{options.interval:g} s ({rate:,.0f}/s) for {options.duration:g} s, "
            f"gunicorn {options.workers} sync workers",
            f"{saves.count:,}", f"{saves.errors}",
            loadgen.ms(saves.percentile(0.5)), loadgen.ms(saves.percentile(0.95)),
            loadgen.ms(saves.percentile(0.99)), f"p99 < {P99_TARGET_MS:g} ms, 0 errors", loadgen.verdict(ok),
        ],
        [
            "ratio autosave / baseline", "", "",
            *(f"{saves.percentile(q) / baseline.percentile(q):.1f}x" for q in (0.5, 0.95, 0.99)), "", "",
        ],
    ]  # fmt: skip
    print(
        f"\nAutosave benchmark: {machine}; set-up {set_up:.0f} s, "
        f"{time.monotonic() - began:.0f} s in all (latency from each request's scheduled time).\n"
    )
    header = ["measure", "requests", "errors", "p50 ms", "p95 ms", "p99 ms", "target", "verdict"]
    print(loadgen.table(header, rows))
    kinds = {**warmup.error_kinds()}
    for kind, number in saves.error_kinds().items():
        kinds[kind] = kinds.get(kind, 0) + number
    if kinds:
        print("\nErrors: " + ", ".join(f"{kind}: {number}" for kind, number in sorted(kinds.items())))
    print(
        f"\nOffered {rate:,.0f} saves/s; answered {(saves.count - saves.errors) / options.duration:,.0f}/s "
        f"without error. The load generator used {generator_cpu:.0%} of one core."
    )
    print(
        f"Acknowledged saves (warm-up of {warmup.count:,} included): {workload.saves_acknowledged:,}; "
        f"answers checked in PostgreSQL: {checked:,}; answers lost: {lost}."
    )
    return 1 if lost else 0


def arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.autosave", description=__doc__.split("\n\n")[0])
    parser.add_argument("--candidates", type=int, default=2000, help="simulated candidates (default 2,000)")
    parser.add_argument("--interval", type=float, default=10.0, help="seconds between one candidate's saves")
    parser.add_argument("--duration", type=float, default=300.0, help="seconds of timed saves (default 300)")
    parser.add_argument(
        "--warmup", type=float, default=5.0, help="seconds of untimed saves first (default 5)"
    )
    parser.add_argument(
        "--baseline-duration", type=float, default=30.0, help="seconds of baseline UPDATEs (default 30)"
    )
    parser.add_argument(
        "--baseline-threads", type=int, default=16, help="database connections of the baseline (default 16)"
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=int(os.environ.get("WEB_CONCURRENCY") or 2),
        help="gunicorn workers (default WEB_CONCURRENCY or 2, as in production)",
    )
    options = parser.parse_args(argv)
    for name in ("candidates", "interval", "duration", "baseline_duration", "baseline_threads", "workers"):
        if getattr(options, name) <= 0:
            parser.error(f"--{name.replace('_', '-')} must be greater than 0")
    return options


def main(argv: list[str]) -> int:
    options = arguments(argv)
    status = loadgen.services_ready("BENCH_AUTOSAVE_SERVICES", "autosave.sh", argv)
    if status is not None:
        return status
    return run(options)


__all__ = ["TSS", "arguments", "main"]

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""The scoring benchmark (issue 4, point 8): `python -m bench.scoring [options]`.

Prints a markdown table with a PASS/MISS column against the issue's targets (stated for 2 cores):

* engine throughput: full Technical Support Specialist assessments (the 30-minute blueprint) scored per
  second in one process on one core, on realistic answers: the playbook's model answers with small
  variations (rephrased, lower-cased, a sentence dropped, curly quotes, other options picked);
  target at least 500 per second per core. Per second of the process's own CPU time, in windows of a
  quarter of a second over `--engine-seconds`: the median window is the result and decides the verdict,
  the best and worst are shown beside it (on a shared host the same code varies by half or more). The
  process's loaded heap is frozen for the garbage collector, and its youngest generation collected as
  seldom, before the engine runs, as each worker process's is when it starts (config.celery);
* the baseline: a no-op task (it only counts itself in Redis, so the benchmark sees it ran) sent by
  `--clients` threads through Redis to the worker, in tasks per second;
* end-to-end: `--submissions` attempts submitted by the same number of client threads (`attempt_submit`:
  the row lock, the audit event, the task sent after commit) and scored by the same worker (the report
  written, the attempt marked scored, audited), in submissions per second from the first submit to the
  last report; target at least half the no-op rate;
* a burst: `--burst` attempts submitted at once, then the time from each submission to its report;
  p50 and p95, target p95 under 2 s;
* where the CPU goes: per no-op task and per submission, the CPU time of the client threads, the worker,
  PostgreSQL and Redis over that phase (from /proc; other work on the machine is not counted), beside
  the most a submission may cost for the end-to-end target on this machine's cores.

Every submission is a candidate's of the benchmark's pipeline, so it does all a real one does: the
pipeline's stage moves with their audit events, the confirmation email enqueued, the pipeline row's score
headline written.

It needs no servers: run as a module it re-runs itself under bench/scoring.sh, which starts a throwaway
PostgreSQL and Redis on loopback ports (scripts/services.sh) and stops them on exit. On the fresh database
it runs the migrations and `load_playbooks`, starts its own worker (`celery worker --pool prefork
--concurrency` = the number of cores unless `--concurrency` says otherwise) with the production settings,
and stops it at the end. Every wait is bounded by `--timeout`; the whole run takes about a minute.

Timing never goes into a unit test (DESIGN.md "Measured, not hoped"): this is the place for it.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import re
import signal
import statistics
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from config.celery import ProductTask, Queues, app, settle_the_heap

if TYPE_CHECKING:
    import redis

    from assessments.models import AssessmentVersion
    from assessments.types import Item, PlaybookSpec

ROOT = Path(__file__).resolve().parents[1]
TSS = "technical-support-specialist"
NOOP_TASK = "bench.scoring.noop"
PIPELINE_NAME = "Benchmark pipeline"
ENGINE_TARGET_PER_CORE = 500.0
E2E_TARGET_FRACTION_OF_NOOP = 0.5
P95_TARGET_SECONDS = 2.0
TEXT_TYPES = frozenset({"short_text", "long_text", "ordered_steps"})

_redis_client: redis.Redis | None = None


def _redis() -> redis.Redis:
    global _redis_client
    if _redis_client is None:
        import redis

        _redis_client = redis.Redis.from_url(os.environ["REDIS_URL"])
    return _redis_client


@app.task(base=ProductTask, name=NOOP_TASK, queue=Queues.SCORING)
def noop_task(counter: str) -> None:
    """The baseline: a task that does nothing but count itself."""
    _redis().incr(counter)


# --- Answers -------------------------------------------------------------------------------------------


def _vary_text(text: str, rng: random.Random) -> str:
    """The model answer as another candidate might write it: the same content, other surface."""
    changes: list[Callable[[str], str]] = [
        str.lower,
        lambda t: t.replace("'", "\u2019").replace('"', "\u201c"),
        lambda t: t.replace("I will", "I'll").replace("do not", "don't").replace("cannot", "can't"),
        lambda t: "Hi, " + t + " Thanks!",
        lambda t: re.sub(r"\s+", " ", t),
        lambda t: ". ".join(part for n, part in enumerate(t.split(". ")) if n != 1),  # a sentence dropped
    ]
    for change in rng.sample(changes, k=rng.randint(0, 3)):
        text = change(text)
    return text


def _vary(item: Item, model: Any, rng: random.Random) -> Any:
    keys = [option.key for option in item.options]
    if item.type in TEXT_TYPES:
        return _vary_text(model, rng)
    if rng.random() < 0.75:
        return model
    if item.type == "best_worst":
        best, worst = rng.sample(keys, k=2)
        return {"best": best, "worst": worst}
    if item.type == "single_choice":
        return rng.choice(keys)
    picked = set(model) ^ {rng.choice(keys)}  # multi_select: one pick added or taken away
    return sorted(picked) or [rng.choice(keys)]


def answer_variants(version: AssessmentVersion, count: int, seed: int = 8) -> list[dict[str, Any]]:
    from assessments.types import PlaybookSpec

    spec = PlaybookSpec.model_validate(version.playbook_version.content)
    return spec_answer_variants(spec, version.item_slugs, count, seed)


def spec_answer_variants(
    spec: PlaybookSpec, item_slugs: Sequence[str], count: int, seed: int = 8
) -> list[dict[str, Any]]:
    """`count` attempts at the playbook's items `item_slugs`: its model answers, varied (see `_vary`)."""
    from rubrics.management.commands.export_model_answers import model_answers_for_playbook

    model = model_answers_for_playbook(spec)
    items = [item for item in spec.items if item.slug in item_slugs]
    rng = random.Random(seed)
    return [{item.slug: _vary(item, model[item.slug], rng) for item in items} for _ in range(count)]


# --- Measurements --------------------------------------------------------------------------------------


@dataclass
class Row:
    measure: str
    result: str
    target: str = ""
    verdict: str = ""


def _verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


ENGINE_WINDOW_SECONDS = 0.25  # CPU seconds per measuring window of the engine


class EngineRate(NamedTuple):
    """Full assessments scored per CPU second, over windows of `ENGINE_WINDOW_SECONDS` of the process's own
    CPU time: the median is the result, the best and worst windows show how much the machine varied."""

    median: float
    best: float
    worst: float
    windows: int

    def describe(self) -> str:
        return (
            f"{self.median:,.0f}/s (median of {self.windows} windows of CPU time; best {self.best:,.0f}/s, "
            f"worst {self.worst:,.0f}/s)"
        )


def measure_engine(
    scoring_input_data: dict[str, Any], answers: list[dict[str, Any]], seconds: float
) -> EngineRate:
    """One process on one core: the engine scores the answers over and over for about `seconds` of CPU
    time, counted in windows. CPU time rather than the wall clock: time this process spent waiting for
    a core (another process's turn, a busy host) is not the engine's."""
    from rubrics.engine import ScoringInput, score_attempt

    scoring_input = ScoringInput.model_validate(scoring_input_data)
    # As each worker process does when it starts (config.celery: the loaded heap left out of the garbage
    # collector's walks, the youngest objects collected as often as there); what the engine makes from here
    # on is collected as in the worker.
    settle_the_heap()
    for sample in answers[:20]:  # warm-up: imports, caches
        score_attempt(scoring_input, sample)
    rates: list[float] = []
    window = min(ENGINE_WINDOW_SECONDS, seconds)
    for _ in range(max(1, round(seconds / window))):
        done = 0
        started = time.process_time()
        while (used := time.process_time() - started) < window:
            for sample in answers:
                score_attempt(scoring_input, sample)
            done += len(answers)
        rates.append(done / used)
    rates.sort()
    return EngineRate(statistics.median(rates), rates[-1], rates[0], len(rates))


def measure_engine_pure_python(
    scoring_input_data: dict[str, Any], answers: list[dict[str, Any]], seconds: float
) -> EngineRate:
    """The same measurement in a process that runs the engine from its Python source (the baseline for the
    compiled engine: same source, same answers, same run)."""
    import json
    import tempfile

    from rubrics.engine import native

    with tempfile.NamedTemporaryFile("w", suffix=".json") as data:
        json.dump({"scoring_input": scoring_input_data, "answers": answers, "seconds": seconds}, data)
        data.flush()
        done = subprocess.run(
            [sys.executable, "-m", "bench.scoring", "--engine-only", data.name],
            cwd=ROOT,
            env={**os.environ, native.PURE_ENV: "1", "BENCH_SCORING_SERVICES": "ready"},
            capture_output=True,
            text=True,
            timeout=seconds + 120,
            check=True,
        )
    return EngineRate(*json.loads(done.stdout.splitlines()[-1]))


def _engine_only(path: str) -> int:
    import json

    data = json.loads(Path(path).read_text())
    print(json.dumps(list(measure_engine(data["scoring_input"], data["answers"], data["seconds"]))))
    return 0


def _chunks(values: Sequence[int], parts: int) -> list[Sequence[int]]:
    return [values[n::parts] for n in range(parts) if values[n::parts]]


def _in_threads(values: Sequence[int], clients: int, action: Callable[[int], object]) -> None:
    """Run `action` on every value from `clients` threads, each with its own database connection."""
    from django.db import connection

    def run(chunk: Sequence[int]) -> None:
        try:
            for value in chunk:
                action(value)
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=clients) as pool:
        for future in [pool.submit(run, chunk) for chunk in _chunks(values, clients)]:
            future.result()


def _wait(condition: Callable[[], bool], *, timeout: float, what: str, poll: float = 0.01) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"no {what} within {timeout:.0f} s")
        time.sleep(poll)


def measure_noop(count: int, clients: int, timeout: float) -> float:
    counter = f"bench:noop:{uuid.uuid4().hex}"
    started = time.perf_counter()
    _in_threads(range(count), clients, lambda _: noop_task.delay(counter))
    _wait(lambda: int(_redis().get(counter) or 0) >= count, timeout=timeout, what="no-op tasks done")
    return count / (time.perf_counter() - started)


def prepare_attempts(
    version: AssessmentVersion, answers: list[dict[str, Any]], count: int, label: str
) -> list[int]:
    """`count` candidates of the benchmark's pipeline, each with an attempt in progress and every item
    answered, as the product has them when they press Submit: so a submission does what it does for a real
    candidate (the pipeline's stage moves and their events, the confirmation email enqueued, the pipeline
    row's score headline). Written in bulk: setting up is not timed."""
    from datetime import timedelta

    from django.utils import timezone

    from assessments.models import Attempt, Response
    from candidates.models import Application, Candidate, InvitationState, Pipeline, Stage

    now = timezone.now()
    pipeline = Pipeline.objects.get(organization_id=version.organization_id, name=PIPELINE_NAME)
    first = Application.objects.filter(pipeline=pipeline).count() + 1
    people = Candidate.objects.bulk_create(
        Candidate(
            organization_id=version.organization_id,
            name=f"{label} candidate {n}",
            email=f"{label.lower()}-{n}@bench.example",
        )
        for n in range(count)
    )
    attempts = Attempt.objects.bulk_create(
        Attempt(
            organization_id=version.organization_id,
            assessment_version=version,
            candidate_label=person.name,
            candidate_email=person.email,
            status=Attempt.Status.IN_PROGRESS,
            started_at=now,
            deadline_at=now + timedelta(hours=2),
        )
        for person in people
    )
    Application.objects.bulk_create(
        Application(
            organization_id=version.organization_id,
            pipeline=pipeline,
            candidate=person,
            stage=Stage.STARTED,
            attempt=attempt,
            assessment_version=version,
            invitation_state=InvitationState.SENT,
            invited_at=now,
            blind_number=first + n,
        )
        for n, (person, attempt) in enumerate(zip(people, attempts, strict=True))
    )
    Response.objects.bulk_create(
        Response(attempt=attempt, item_slug=slug, answer=answer, seq=1)
        for n, attempt in enumerate(attempts)
        for slug, answer in answers[n % len(answers)].items()
    )
    return [attempt.pk for attempt in attempts]


def submit_and_wait(attempt_ids: list[int], clients: int, timeout: float) -> tuple[float, list[float]]:
    """Submit every attempt from `clients` threads; wait for every report. Returns (seconds from the first
    submit to the last report, each attempt's seconds from its submission to its report)."""
    from django.db.models import Max

    from assessments.models import Attempt
    from assessments.services import attempt_submit

    started = time.time()
    _in_threads(attempt_ids, clients, lambda attempt_id: attempt_submit(attempt_id=attempt_id))
    scored = Attempt.objects.filter(pk__in=attempt_ids, status=Attempt.Status.SCORED)
    # Polled a few times a second only: the times come from the attempts' own stamps, not from the poll,
    # which would otherwise add its own queries to what the CPU rows count.
    _wait(lambda: scored.count() == len(attempt_ids), timeout=timeout, what="reports", poll=0.25)
    last = scored.aggregate(last=Max("scored_at"))["last"]
    latencies = [
        (scored_at - submitted_at).total_seconds()
        for submitted_at, scored_at in scored.values_list("submitted_at", "scored_at")
        if submitted_at is not None and scored_at is not None
    ]
    return (last.timestamp() if last else time.time()) - started, latencies


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(fraction * len(ordered)) - 1))]


# --- Where the CPU goes ---------------------------------------------------------------------------------
#
# Each process's user + system time from /proc, read before and after a phase: the benchmark's own process
# (the client threads), the worker (its main process and pool), PostgreSQL (the postmaster and its
# backends) and Redis. Other work on the machine is not counted. A process that exited in between (a
# backend whose connection closed) is counted through its parent's reaped-children times.

PARTS = ("clients", "worker", "PostgreSQL", "Redis")


class ProcStat(NamedTuple):
    pid: int
    parent: int
    group: int
    state: str  # "R", "S", ... "Z" for a zombie
    own: float  # CPU seconds, user + system
    children: float  # CPU seconds of the children it has reaped


def proc_stats() -> Iterator[ProcStat]:
    """Every process, from /proc (no dependency for a few numbers)."""
    ticks = os.sysconf("SC_CLK_TCK")
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue  # gone in between
        # "pid (comm) state ppid pgrp ...": comm may hold spaces and parentheses, so split after the last ")".
        fields = stat[stat.rindex(")") + 2 :].split()
        yield ProcStat(
            pid=int(entry.name),
            parent=int(fields[1]),
            group=int(fields[2]),
            state=fields[0],
            own=(int(fields[11]) + int(fields[12])) / ticks,
            children=(int(fields[13]) + int(fields[14])) / ticks,
        )


def _pid_from(pidfile: str | None) -> int | None:
    if not pidfile:
        return None
    try:
        return int(Path(pidfile).read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return None


def cpu_by_part(worker_pid: int) -> dict[str, float]:
    """CPU seconds used so far by each part (PARTS)."""
    postmaster = _pid_from(os.environ.get("BENCH_POSTGRES_PIDFILE"))
    redis_pid = _pid_from(os.environ.get("BENCH_REDIS_PIDFILE"))
    times = os.times()
    used = dict.fromkeys(PARTS, 0.0)
    used["clients"] = times.user + times.system
    for process in proc_stats():
        if process.group == worker_pid:  # the worker runs in a session (and group) of its own
            used["worker"] += process.own + (process.children if process.pid == worker_pid else 0.0)
        elif postmaster is not None and postmaster in (process.pid, process.parent):
            used["PostgreSQL"] += process.own + (process.children if process.pid == postmaster else 0.0)
        elif process.pid == redis_pid:
            used["Redis"] += process.own
    return used


@dataclass
class CpuCost:
    """Milliseconds of CPU per task (or submission), by part, over one phase."""

    per_task: dict[str, float]

    @property
    def total(self) -> float:
        return sum(self.per_task.values())

    def describe(self) -> str:
        parts = ", ".join(f"{part} {self.per_task[part]:.1f}" for part in PARTS)
        return f"{self.total:.1f} ms ({parts})"


@contextmanager
def cpu_cost(worker_pid: int, count: int, into: list[CpuCost]) -> Iterator[None]:
    before = cpu_by_part(worker_pid)
    yield
    after = cpu_by_part(worker_pid)
    # A PostgreSQL backend that exits during the phase takes its time out of the sum until the postmaster
    # has reaped it, which can leave a part with nearly no work a hair below zero: shown as 0.
    into.append(CpuCost({part: max(0.0, 1000 * (after[part] - before[part]) / count) for part in PARTS}))


# --- The worker ----------------------------------------------------------------------------------------


@contextmanager
def worker(concurrency: int, log_path: Path, timeout: float) -> Iterator[int]:
    nodename = f"bench-{uuid.uuid4().hex[:8]}@localhost"
    command = [
        sys.executable, "-m", "celery", "-A", "config", "worker",
        "--pool", "prefork", "--concurrency", str(concurrency),
        "-Q", Queues.SCORING,
        "--include", "bench.scoring",
        "-n", nodename,
        "--without-gossip", "--without-mingle",
        "-l", "warning",
    ]  # fmt: skip
    environment = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    }
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            command, cwd=ROOT, env=environment, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
    try:
        try:
            _wait(
                lambda: (
                    process.poll() is None and bool(app.control.ping(destination=[nodename], timeout=0.5))
                ),
                timeout=timeout,
                what="worker ready",
                poll=0.2,
            )
        except TimeoutError as error:
            # The log goes with the throwaway services: show its end before it does.
            tail = log_path.read_text(errors="replace").splitlines()[-30:]
            raise TimeoutError(f"{error}; the worker's log ends:\n" + "\n".join(tail)) from error
        yield process.pid
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=10)


# --- The run -------------------------------------------------------------------------------------------


def _setup_database() -> AssessmentVersion:
    """A fresh organization with a recruiter, a hiring manager and a pipeline from the Technical Support
    Specialist playbook; returns the pipeline's assessment version (its 30-minute blueprint, frozen)."""
    from django.core.management import call_command

    from assessments.models import Playbook
    from assessments.services import assessment_version_freeze
    from bench.cohort import benchmark_pipeline

    call_command("migrate", verbosity=0)
    call_command("load_playbooks", verbosity=0)
    pipeline = benchmark_pipeline(organization_slug="benchmark", name=PIPELINE_NAME)
    organization = pipeline.organization
    playbook_version = Playbook.objects.get(slug=TSS).current_version
    if playbook_version is None:
        raise SystemExit(f"{TSS} was not loaded")
    return assessment_version_freeze(
        organization=organization, playbook_version=playbook_version, item_slugs=list(pipeline.item_slugs)
    )


def run(options: argparse.Namespace) -> list[Row]:
    import django

    django.setup()
    version = _setup_database()
    answers = answer_variants(version, count=50)
    rows = []

    from rubrics.engine import native

    engine = measure_engine(version.scoring_input, answers, options.engine_seconds)
    how = (
        "compiled by mypyc" if native.compiled() else "pure Python: not compiled, see scripts/build_engine.py"
    )
    rows.append(
        Row(
            f"engine ({how}): full {TSS} assessments ({len(version.item_slugs)} items) scored per second, "
            "1 core",
            engine.describe(),
            f">= {ENGINE_TARGET_PER_CORE:.0f}/s",
            _verdict(engine.median >= ENGINE_TARGET_PER_CORE),
        )
    )
    if native.compiled():
        pure = measure_engine_pure_python(version.scoring_input, answers, options.engine_seconds)
        rows.append(
            Row(
                "baseline: the same engine run from its Python source, same answers, 1 core",
                f"{pure.describe()}; compiled: {engine.median / pure.median:.2f}x",
            )
        )

    e2e_ids = prepare_attempts(version, answers, options.submissions, "E2E")
    burst_ids = prepare_attempts(version, answers, options.burst, "Burst")
    warm_ids = prepare_attempts(version, answers, 2 * options.concurrency, "Warm-up")
    log_path = Path(os.environ.get("DATA_DIR", "/tmp")) / "bench-worker.log"  # noqa: S108 - a fallback only
    log_path.parent.mkdir(parents=True, exist_ok=True)
    costs: list[CpuCost] = []
    with worker(options.concurrency, log_path, options.timeout) as worker_pid:
        # Warm-up: every worker process loads the app and opens its connections before the clock runs.
        measure_noop(20 * options.concurrency, options.clients, options.timeout)
        submit_and_wait(warm_ids, options.clients, options.timeout)

        with cpu_cost(worker_pid, options.noop_tasks, costs):
            noop_rate = measure_noop(options.noop_tasks, options.clients, options.timeout)
        with cpu_cost(worker_pid, len(e2e_ids), costs):
            seconds, _ = submit_and_wait(e2e_ids, options.clients, options.timeout)
        e2e_rate = len(e2e_ids) / seconds
        burst_seconds, latencies = submit_and_wait(burst_ids, options.clients, options.timeout)

    workers = f"{options.concurrency} worker processes, {options.clients} client threads"
    rows.append(Row(f"baseline: no-op task through Redis and the worker ({workers})", f"{noop_rate:,.0f}/s"))
    target = E2E_TARGET_FRACTION_OF_NOOP * noop_rate
    rows.append(
        Row(
            f"end-to-end: {len(e2e_ids)} submissions, submit to report ({workers})",
            f"{e2e_rate:,.0f}/s ({e2e_rate / noop_rate:.0%} of no-op)",
            f">= {target:,.0f}/s (half the no-op rate)",
            _verdict(e2e_rate >= target),
        )
    )
    noop_cost, e2e_cost = costs
    cores = os.cpu_count() or 1
    rows.append(Row("CPU per no-op task, whole machine, ms (by part)", noop_cost.describe()))
    rows.append(
        Row(
            "CPU per submission, submit to report, whole machine, ms (by part)",
            e2e_cost.describe(),
            f"<= {1000 * cores / target:.1f} ms on {cores} cores for the end-to-end target",
        )
    )
    p50, p95 = percentile(latencies, 0.50), percentile(latencies, 0.95)
    rows.append(
        Row(f"{len(burst_ids)} submissions at once: p50 submit to report", f"{p50:.2f} s"),
    )
    rows.append(
        Row(
            f"{len(burst_ids)} submissions at once: p95 submit to report (all done in {burst_seconds:.1f} s)",
            f"{p95:.2f} s",
            f"< {P95_TARGET_SECONDS:g} s",
            _verdict(p95 < P95_TARGET_SECONDS),
        )
    )
    return rows


def table(rows: list[Row]) -> str:
    lines = ["| measure | result | target | verdict |", "|---|---|---|---|"]
    lines += [f"| {row.measure} | {row.result} | {row.target} | {row.verdict} |" for row in rows]
    return "\n".join(lines)


def _arguments(argv: list[str]) -> argparse.Namespace:
    cores = os.cpu_count() or 1
    parser = argparse.ArgumentParser(prog="python -m bench.scoring", description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--engine-seconds", type=float, default=5.0, help="CPU seconds to run the engine alone (each build)"
    )
    parser.add_argument("--noop-tasks", type=int, default=2000, help="no-op tasks for the baseline")
    parser.add_argument("--submissions", type=int, default=400, help="submissions for the end-to-end rate")
    parser.add_argument("--burst", type=int, default=500, help="submissions at once for p50/p95")
    parser.add_argument("--clients", type=int, default=4, help="threads that submit (and send no-op tasks)")
    parser.add_argument("--concurrency", type=int, default=cores, help="worker processes (default: cores)")
    parser.add_argument("--timeout", type=float, default=120.0, help="the longest any one wait may take")
    parser.add_argument("--engine-only", metavar="FILE", help=argparse.SUPPRESS)  # the pure Python baseline
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    options = _arguments(argv)
    if options.engine_only:
        return _engine_only(options.engine_only)
    if os.environ.get("BENCH_SCORING_SERVICES") != "ready":
        # Re-run under the wrapper that owns PostgreSQL and Redis for the length of the run.
        wrapper = ROOT / "bench" / "scoring.sh"
        return subprocess.call(["bash", str(wrapper), *argv], env={**os.environ, "PYTHON": sys.executable})
    started = time.monotonic()
    rows = run(options)
    print(
        f"\nScoring benchmark: {platform.python_implementation()} {platform.python_version()}, "
        f"{os.cpu_count()} cores, PostgreSQL and Redis on loopback, "
        f"{time.monotonic() - started:.0f} s in all.\n"
    )
    print(table(rows))
    return 0  # a measurement, not a gate: the table says PASS or MISS


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

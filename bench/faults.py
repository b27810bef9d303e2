"""The fault trials (issue 10, point 3): `python -m bench.faults [--trials N] [--only NAME]`.

Each kind of fault is injected many times into the real processes of production (gunicorn with 2 workers,
a Celery worker on every queue with 2 pool processes, Celery beat, PostgreSQL, Redis), all on loopback,
and the database is then asked what survived. One markdown table: trial kind, trials, answers (or
submissions) acknowledged, lost, double-scored, the longest time from submission to score report, verdict.

* `gunicorn-worker`: a few client threads autosave steadily through gunicorn; at a random moment one
  worker process (a child of the master, never the master) gets SIGKILL and the master starts another.
  Clients retry what failed, as the browser does; only an HTTP 200 whose result carries at least the sent
  sequence number is an acknowledged save. Afterwards every acknowledged save must be in PostgreSQL with at
  least that sequence number (and, at that very number, that very text).
* `celery-child`: attempts are submitted (the service the submit view calls: the row lock, the audit
  event, the task sent after commit) and, shortly after, one pool process of the worker gets SIGKILL.
* `celery-main`: the same, but the worker's main process gets SIGKILL, then its pool processes (as a
  container runtime or systemd does when the main process of a unit dies), and a new worker is started, as
  a supervisor would. Tasks that process had taken are lost with it (Redis would hand them out again only
  after the visibility timeout, an hour): Celery beat runs throughout, and its reconciler
  (`rubrics.reconcile_unscored`, every 30 s, for attempts unscored 30 s after submission) sends them again.
  Every attempt must end with exactly one score report and one "attempt.scored" audit event, within 120 s
  of its submission.
* `redis-stop`: candidates submit through gunicorn (`/a/api/submit/`) while Redis is stopped (killed,
  started again on the same port a few seconds later, empty: the throwaway Redis keeps nothing on disk).
  Every other candidate has an email address, as an invited one has, so the submission also asks for the
  confirmation email. Every submission must be answered with success and be submitted in PostgreSQL; every
  one must be scored within 120 s once Redis is back.
* `postgres-restart`: the autosave load of the first kind while PostgreSQL restarts (`pg_ctl restart -m
  fast`): clients see errors and retry; no save answered 200 may be missing afterwards.

The trials of one kind follow each other without waiting for the scoring of the previous one (an attempt
lost in trial 3 is recovered while trial 5 runs); each attempt is judged on its own, after a final wait.
Candidate sessions are created directly with Django's session store at set-up (opening the emailed link is
rate-limited per client address, and every client here is 127.0.0.1); the CSRF cookie is a fresh secret
sent back in the header, as the candidate pages' script does.

It needs no servers: run as a module it re-runs itself under bench/faults.sh, which starts a throwaway
PostgreSQL and Redis on loopback ports (scripts/services.sh) and stops them on exit. Every wait is bounded;
the default run (50 trials of each kill, 3 Redis stops, 5 PostgreSQL restarts) takes 6 to 8 minutes on 2
cores. The exit status is 0 when every row passes, 1 otherwise.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import platform
import random
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from assessments.models import AssessmentVersion

ROOT = Path(__file__).resolve().parents[1]
KINDS = ("gunicorn-worker", "celery-child", "celery-main", "redis-stop", "postgres-restart")
DEFAULT_TRIALS = {
    "gunicorn-worker": 50,
    "celery-child": 50,
    "celery-main": 50,
    "redis-stop": 3,
    "postgres-restart": 5,
}
SCORED_WITHIN_SECONDS = 120.0
RECONCILE_AFTER_SECONDS = 30.0  # rubrics.services.RECONCILE_AFTER_SECONDS, for the notes only
WEB_WORKERS = 2
WORKER_CONCURRENCY = 2
SAVE_CLIENTS = 4
SAVE_INTERVAL_SECONDS = 0.05  # per client thread: about 80 save requests per second in all
HTTP_TIMEOUT_SECONDS = 15.0
HOST = "localhost"


# --- Processes -----------------------------------------------------------------------------------------


def _environment() -> dict[str, str]:
    return {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    }


def _data_dir() -> Path:
    path = Path(os.environ.get("DATA_DIR") or ROOT / "data")
    path.mkdir(parents=True, exist_ok=True)
    return path


def children_of(pid: int) -> list[int]:
    """The live child processes of `pid`."""
    from bench.scoring import proc_stats

    return [process.pid for process in proc_stats() if process.parent == pid and process.state != "Z"]


def _alive(pid: int) -> bool:
    """Running, not a zombie (a daemon's zombie lingers where nothing reaps it)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat[stat.rindex(")") + 2 :].split()[0] != "Z"


def wait_for(condition: Callable[[], bool], *, timeout: float, what: str, poll: float = 0.05) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"no {what} within {timeout:.0f} s")
        time.sleep(poll)


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        with suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            with suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)


def _start(command: list[str], log: Path) -> subprocess.Popen[bytes]:
    with log.open("ab") as output:
        return subprocess.Popen(
            command,
            cwd=ROOT,
            env=_environment(),
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Web:
    """gunicorn as scripts/serve.sh starts it, bound to loopback, with `WEB_WORKERS` sync workers."""

    def __init__(self) -> None:
        self.port = _free_port()
        self.process = _start(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "config.wsgi",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                str(WEB_WORKERS),
                "--error-logfile",
                "-",
                "--logger-class",
                "assessments.log_redaction.RedactingGunicornLogger",
            ],  # fmt: skip
            _data_dir() / "gunicorn.log",
        )
        self.wait_ready(timeout=60)

    def workers(self) -> list[int]:
        return children_of(self.process.pid)

    def healthy(self) -> bool:
        try:
            status, _ = request(self.port, "GET", "/healthz/", timeout=2)
        except (OSError, http.client.HTTPException):
            return False
        return status == 200

    def wait_ready(self, timeout: float) -> None:
        wait_for(
            lambda: self.process.poll() is None and len(self.workers()) == WEB_WORKERS and self.healthy(),
            timeout=timeout,
            what=f"gunicorn with {WEB_WORKERS} workers answering",
            poll=0.1,
        )

    def stop(self) -> None:
        _stop(self.process)


class Worker:
    """`celery -A config worker` on every queue, as scripts/serve.sh starts it, with 2 pool processes."""

    def __init__(self) -> None:
        from config.celery import Queues

        self.nodename = f"faults-{uuid.uuid4().hex[:8]}@localhost"
        self.process = _start(
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "config",
                "worker",
                "-Q",
                ",".join(Queues.ALL),
                "--concurrency",
                str(WORKER_CONCURRENCY),
                "-n",
                self.nodename,
                "--without-gossip",
                "--without-mingle",
                "-l",
                "warning",
            ],  # fmt: skip
            _data_dir() / "worker.log",
        )

    def wait_ready(self, timeout: float = 60) -> None:
        from config.celery import app

        wait_for(
            lambda: (
                self.process.poll() is None
                and len(self.pool()) == WORKER_CONCURRENCY
                and bool(app.control.ping(destination=[self.nodename], timeout=0.5))
            ),
            timeout=timeout,
            what="worker ready",
            poll=0.2,
        )

    def pool(self) -> list[int]:
        return children_of(self.process.pid)

    def kill_main(self) -> None:
        """SIGKILL the main process, then what is left of its pool: a unit's processes do not outlive it."""
        pool = self.pool()
        os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=10)
        for pid in pool:
            with suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)

    def stop(self) -> None:
        _stop(self.process)


class Beat:
    """`celery -A config beat`: the reconciler every 30 s (and the product's other periodic tasks)."""

    def __init__(self) -> None:
        self.process = _start(
            [sys.executable, "-m", "celery", "-A", "config", "beat", "-l", "warning"],
            _data_dir() / "beat.log",
        )

    def stop(self) -> None:
        _stop(self.process)


def _as_pg_owner(command: list[str]) -> list[str]:
    """As root, the command run as the postgres user (runuser lives in sbin, which a bare PATH leaves out)."""
    if os.geteuid() != 0:
        return command
    runuser = shutil.which("runuser") or next(
        (path for path in ("/usr/sbin/runuser", "/sbin/runuser") if os.path.exists(path)), "runuser"
    )
    return [runuser, "-u", "postgres", "--", *command]


def postgres_restart() -> None:
    data = Path(os.environ["BENCH_FAULTS_SERVICES_DIR"]) / "postgres"
    pg_ctl = Path(os.environ["BENCH_FAULTS_PG_BIN"]) / "pg_ctl"
    subprocess.run(
        _as_pg_owner([str(pg_ctl), "-D", str(data), "-m", "fast", "-w", "-t", "60", "restart"]),
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _redis_pid_file() -> Path:
    return Path(os.environ["BENCH_FAULTS_SERVICES_DIR"]) / "redis.pid"


def redis_stop() -> None:
    pid = int(_redis_pid_file().read_text())
    os.kill(pid, signal.SIGKILL)
    wait_for(lambda: not _alive(pid), timeout=10, what="Redis gone")
    _redis_pid_file().unlink(missing_ok=True)


def redis_start() -> None:
    """Redis again on its port, as scripts/services.sh starts it (nothing on disk: it comes back empty)."""
    directory = Path(os.environ["BENCH_FAULTS_SERVICES_DIR"])
    port = os.environ["REDIS_URL"].rsplit(":", 1)[1].split("/")[0]
    subprocess.run(
        [
            "redis-server",
            "--port",
            port,
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--daemonize",
            "yes",
            "--dir",
            str(directory),
            "--pidfile",
            str(_redis_pid_file()),
            "--logfile",
            str(directory / "redis.log"),
        ],  # fmt: skip
        check=True,
    )

    def answers() -> bool:
        try:
            with socket.create_connection(("127.0.0.1", int(port)), timeout=1) as conn:
                conn.sendall(b"PING\r\n")
                return conn.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    wait_for(answers, timeout=20, what="Redis answering")


# --- Candidates and HTTP -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Candidate:
    attempt_id: int
    cookie: str
    csrf: str


def candidates(
    version: AssessmentVersion,
    count: int,
    label: str,
    answers: list[dict[str, Any]] | None = None,
    *,
    emails: bool = False,
) -> list[Candidate]:
    """`count` attempts in progress, each held by a browser session created with Django's session store
    (what opening the link does), optionally with every item answered, and with `emails` every other one
    with a candidate email (as an invited candidate has: the submission then also sends a confirmation
    email). Written in bulk: set-up is not a trial."""
    from datetime import timedelta

    from django.conf import settings
    from django.contrib.sessions.backends.db import SessionStore
    from django.utils import timezone

    from assessments.candidate_views import SESSION_ATTEMPT, SESSION_HOLDER
    from assessments.models import Attempt, Response

    now = timezone.now()
    holders = [secrets.token_hex(16) for _ in range(count)]
    attempts = Attempt.objects.bulk_create(
        Attempt(
            organization_id=version.organization_id,
            assessment_version=version,
            candidate_label=f"{label} {n}",
            status=Attempt.Status.IN_PROGRESS,
            started_at=now,
            deadline_at=now + timedelta(hours=2),
            active_holder=holders[n],
            candidate_email=f"candidate-{n}@example.com" if emails and n % 2 else "",
        )
        for n in range(count)
    )
    if answers:
        Response.objects.bulk_create(
            Response(attempt=attempt, item_slug=slug, answer=answer, seq=1)
            for n, attempt in enumerate(attempts)
            for slug, answer in answers[n % len(answers)].items()
        )
    made = []
    for attempt, holder in zip(attempts, holders, strict=True):
        session = SessionStore()
        session[SESSION_ATTEMPT] = str(attempt.public_id)
        session[SESSION_HOLDER] = holder
        session.create()
        csrf = secrets.token_hex(16)  # a 32-character secret, the unmasked form Django accepts
        cookie = f"{settings.SESSION_COOKIE_NAME}={session.session_key}; {settings.CSRF_COOKIE_NAME}={csrf}"
        made.append(Candidate(attempt_id=attempt.pk, cookie=cookie, csrf=csrf))
    return made


def request(
    port: int,
    method: str,
    path: str,
    *,
    candidate: Candidate | None = None,
    body: Any = None,
    timeout: float = HTTP_TIMEOUT_SECONDS,
) -> tuple[int, Any]:
    """One request on a new connection (a killed worker breaks only its own); (status, JSON or None).
    A broken connection raises OSError or http.client.HTTPException (a response cut short)."""
    headers = {"Host": HOST}
    if candidate is not None:
        headers.update(
            {"Cookie": candidate.cookie, "X-CSRFToken": candidate.csrf, "Content-Type": "application/json"}
        )
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request(method, path, body=None if body is None else json.dumps(body), headers=headers)
        response = connection.getresponse()
        raw = response.read()
    finally:
        connection.close()
    try:
        data = json.loads(raw) if raw else None
    except ValueError:
        data = None
    return response.status, data


# --- Autosave under a fault ----------------------------------------------------------------------------


@dataclass
class SaveLog:
    """What the clients were told: every acknowledged save, and how the others ended."""

    acknowledged: list[tuple[int, str, int]] = field(default_factory=list)  # (attempt, item, seq)
    failures: int = 0  # requests that failed (connection error, 5xx) and were retried
    lock: threading.Lock = field(default_factory=threading.Lock)


def _answer_text(attempt_id: int, item: str, seq: int) -> str:
    return f"Attempt {attempt_id}, {item}: draft {seq}. I would check the customer's account first."


def _save_client(
    port: int, candidate: Candidate, items: Sequence[str], until: float, log: SaveLog, rng: random.Random
) -> None:
    """A browser's autosave: one answer changed every `SAVE_INTERVAL_SECONDS`, its seq one higher each time;
    a failed request is sent again (the newer text of that answer goes with the next one) until answered."""
    seq = dict.fromkeys(items, 0)
    next_at = time.monotonic()
    hard_stop = until + 30  # retries after the trial's end, bounded
    while time.monotonic() < until:
        item = rng.choice(items)
        seq[item] += 1
        sent = seq[item]
        save = {"item": item, "answer": _answer_text(candidate.attempt_id, item, sent), "seq": sent}
        while True:
            try:
                status, data = request(
                    port, "POST", "/a/api/save/", candidate=candidate, body={"saves": [save]}
                )
            except (OSError, http.client.HTTPException):
                status, data = 0, None
            if status == 200 and isinstance(data, dict):
                for result in data.get("results", []):
                    seq_kept = result.get("seq")
                    if result.get("item") == item and isinstance(seq_kept, int) and seq_kept >= sent:
                        with log.lock:
                            log.acknowledged.append((candidate.attempt_id, item, sent))
                break
            with log.lock:
                log.failures += 1
            if time.monotonic() > hard_stop:
                break
            time.sleep(0.1)
        next_at += SAVE_INTERVAL_SECONDS
        time.sleep(max(0.0, next_at - time.monotonic()))


def save_load(
    port: int, clients: Sequence[Candidate], items: Sequence[str], seconds: float, fault: Callable[[], None],
    fault_after: float, rng: random.Random,
) -> SaveLog:  # fmt: skip
    log = SaveLog()
    until = time.monotonic() + seconds
    threads = [
        threading.Thread(
            target=_save_client,
            args=(port, candidate, items, until, log, random.Random(rng.random())),
            daemon=True,
        )
        for candidate in clients
    ]
    for thread in threads:
        thread.start()
    time.sleep(fault_after)
    fault()
    for thread in threads:
        thread.join(timeout=seconds + 60)
    return log


def saves_lost(log: SaveLog) -> int:
    """Acknowledged saves PostgreSQL does not hold: a lower seq, or other text at the acknowledged seq."""
    from django.db import connection

    from assessments.models import Response

    connection.close()  # after a PostgreSQL restart this process's connection is gone too
    attempt_ids = {attempt_id for attempt_id, _, _ in log.acknowledged}
    stored = {
        (attempt_id, item): (seq, answer)
        for attempt_id, item, seq, answer in Response.objects.filter(attempt_id__in=attempt_ids).values_list(
            "attempt_id", "item_slug", "seq", "answer"
        )
    }
    lost = 0
    for attempt_id, item, seq in log.acknowledged:
        kept_seq, kept_answer = stored.get((attempt_id, item), (-1, None))
        if kept_seq < seq or (kept_seq == seq and kept_answer != _answer_text(attempt_id, item, seq)):
            lost += 1
    return lost


# --- Scoring under a fault -----------------------------------------------------------------------------


@dataclass
class ScoringCheck:
    scored: int
    lost: int  # not scored within SCORED_WITHIN_SECONDS of submission
    double: int  # more than one report (per rubric version) or more than one "attempt.scored" event
    slowest: float
    late: int  # scored over RECONCILE_AFTER_SECONDS after submission: recovered by the reconciler
    # Over 65 s: more than one loss can explain (30 s before the claim, a beat every 30 s, the worker's
    # start): the task the reconciler sent again, or the reconciler's own message, was lost in a later kill.
    lost_again: int


def scoring_check(attempt_ids: list[int], *, settle_from: float) -> ScoringCheck:
    """Wait (at most until SCORED_WITHIN_SECONDS after `settle_from`) for every attempt to be scored, then
    count reports and audit events per attempt."""
    from django.db import connection
    from django.db.models import Count

    from assessments.models import Attempt
    from audit.models import AuditEvent
    from rubrics.models import ScoreReport

    connection.close()
    unscored = Attempt.objects.filter(pk__in=attempt_ids).exclude(status=Attempt.Status.SCORED)
    remaining = SCORED_WITHIN_SECONDS + 5 - (time.monotonic() - settle_from)
    with suppress(TimeoutError):
        wait_for(lambda: not unscored.exists(), timeout=max(remaining, 5), what="reports", poll=0.5)
    times = {
        pk: (scored_at - submitted_at).total_seconds()
        for pk, submitted_at, scored_at in Attempt.objects.filter(
            pk__in=attempt_ids, status=Attempt.Status.SCORED
        ).values_list("pk", "submitted_at", "scored_at")
        if submitted_at and scored_at
    }
    reports = (
        ScoreReport.objects.filter(attempt_id__in=attempt_ids)
        .values("attempt_id", "rubric_version")
        .annotate(n=Count("pk"))
        .filter(n__gt=1)
    )
    events = (
        AuditEvent.objects.filter(
            action="attempt.scored",
            target_type="assessments.attempt",
            target_id__in=[str(pk) for pk in attempt_ids],
        )
        .values("target_id")
        .annotate(n=Count("pk"))
    )
    double = {row["attempt_id"] for row in reports} | {
        int(row["target_id"]) for row in events if row["n"] > 1
    }
    within = [pk for pk, seconds in times.items() if seconds <= SCORED_WITHIN_SECONDS]
    return ScoringCheck(
        scored=len(times),
        lost=len(attempt_ids) - len(within),
        double=len(double),
        slowest=max(times.values(), default=0.0),
        late=sum(seconds > RECONCILE_AFTER_SECONDS for seconds in times.values()),
        lost_again=sum(seconds > 2 * RECONCILE_AFTER_SECONDS + 5 for seconds in times.values()),
    )


def submit_in_process(attempt_ids: Sequence[int]) -> None:
    from django.db import connection

    from assessments.services import attempt_submit

    for attempt_id in attempt_ids:
        attempt_submit(attempt_id=attempt_id)
    connection.close()


# --- The trials ----------------------------------------------------------------------------------------


@dataclass
class Row:
    kind: str
    trials: int
    acknowledged: str
    lost: int
    double: str
    slowest: str
    verdict: str
    notes: str


def _verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


@dataclass
class Context:
    version: AssessmentVersion
    answers: list[dict[str, Any]]
    rng: random.Random
    web: Web | None = None
    worker: Worker | None = None


def trial_gunicorn_worker(context: Context, trials: int) -> Row:
    web = context.web
    assert web is not None
    items = list(context.version.item_slugs)
    acknowledged = lost = failures = 0
    for n in range(trials):
        clients = candidates(context.version, SAVE_CLIENTS, f"Gunicorn trial {n}")

        def kill() -> None:
            os.kill(context.rng.choice(web.workers()), signal.SIGKILL)

        log = save_load(web.port, clients, items, 2.0, kill, context.rng.uniform(0.3, 1.5), context.rng)
        web.wait_ready(timeout=60)
        acknowledged += len(log.acknowledged)
        lost += saves_lost(log)
        failures += log.failures
    return Row(
        "kill -9 a gunicorn worker during autosave",
        trials,
        f"{acknowledged:,} saves",
        lost,
        "n/a",
        "n/a",
        _verdict(lost == 0 and acknowledged > 0),
        f"{SAVE_CLIENTS} clients, a save each {SAVE_INTERVAL_SECONDS * 1000:.0f} ms, 2 s per trial; "
        f"{failures} failed requests retried",
    )


def _worker_lost_errors(log: Path) -> int:
    """How many tasks the worker's main process saw die with their pool process (it logs each)."""
    try:
        return log.read_text(errors="replace").count("raised error: WorkerLostError")
    except FileNotFoundError:
        return 0


def _scoring_trials(context: Context, trials: int, *, main: bool) -> Row:
    per_trial = 6
    attempts = [
        candidates(context.version, per_trial, f"{'Main' if main else 'Child'} trial {n}", context.answers)
        for n in range(trials)
    ]
    worker_log = _data_dir() / "worker.log"
    lost_in_flight_before = _worker_lost_errors(worker_log)
    last_submission = time.monotonic()
    for batch in attempts:
        worker = context.worker
        assert worker is not None
        submit_in_process([candidate.attempt_id for candidate in batch])
        last_submission = time.monotonic()
        time.sleep(context.rng.uniform(0.0, 0.3))
        if main:
            worker.kill_main()
            context.worker = Worker()
            context.worker.wait_ready()
        else:
            os.kill(context.rng.choice(worker.pool()), signal.SIGKILL)
            worker.wait_ready(timeout=60)
    ids = [candidate.attempt_id for batch in attempts for candidate in batch]
    check = scoring_check(ids, settle_from=last_submission)
    hit = _worker_lost_errors(worker_log) - lost_in_flight_before
    what = "the main worker process (and a new worker started)" if main else "a Celery pool process"
    return Row(
        f"kill -9 {what} during scoring",
        trials,
        f"{len(ids):,} submissions",
        check.lost,
        str(check.double),
        f"{check.slowest:.1f} s",
        _verdict(check.lost == 0 and check.double == 0),
        f"{per_trial} attempts per trial, killed 0-0.3 s after submitting; "
        + (
            f"{check.late} attempts scored only after the reconciler sent them again (> 30 s), "
            f"{check.lost_again} of them after more than one loss (> 65 s)"
            if main
            else f"{hit} tasks killed in flight (WorkerLostError), re-queued"
        )
        + f"; {check.scored} scored",
    )


def trial_celery_child(context: Context, trials: int) -> Row:
    return _scoring_trials(context, trials, main=False)


def trial_celery_main(context: Context, trials: int) -> Row:
    return _scoring_trials(context, trials, main=True)


def _submit_all(
    port: int, batch: Sequence[Candidate], clients: int, outcomes: dict[int, bool], durations: list[float]
) -> list[threading.Thread]:
    """Every candidate of `batch` presses Submit once, from `clients` threads, one every 0.1 s per thread;
    started, not joined. Fills `outcomes` (attempt id: answered with success) and `durations` (seconds)."""
    lock = threading.Lock()

    def submit(chunk: Sequence[Candidate]) -> None:
        for candidate in chunk:
            time.sleep(0.1)
            started = time.monotonic()
            try:
                status, data = request(port, "POST", "/a/api/submit/", candidate=candidate, body={})
                ok = status == 200 and isinstance(data, dict) and "redirect" in data
            except (OSError, http.client.HTTPException):
                ok = False
            with lock:
                outcomes[candidate.attempt_id] = ok
                durations.append(time.monotonic() - started)

    threads = [
        threading.Thread(target=submit, args=(batch[k::clients],), daemon=True) for k in range(clients)
    ]
    for thread in threads:
        thread.start()
    return threads


def trial_redis_stop(context: Context, trials: int) -> Row:
    from assessments.models import Attempt

    web = context.web
    assert web is not None
    per_trial, clients = 20, 4
    everyone: list[int] = []
    accepted: list[int] = []
    slowest_submit = 0.0
    settle_from = time.monotonic()
    for n in range(trials):
        batch = candidates(context.version, per_trial, f"Redis trial {n}", context.answers, emails=True)
        outcomes: dict[int, bool] = {}
        durations: list[float] = []
        threads = _submit_all(web.port, batch, clients, outcomes, durations)
        time.sleep(context.rng.uniform(0.1, 0.3))
        redis_stop()
        for thread in threads:
            thread.join(timeout=120)
        redis_start()
        settle_from = time.monotonic()
        everyone += [candidate.attempt_id for candidate in batch]
        accepted += [attempt_id for attempt_id, ok in outcomes.items() if ok]
        slowest_submit = max([slowest_submit, *durations])
    refused = len(everyone) - len(accepted)
    refused_with_email = (
        Attempt.objects.filter(pk__in=set(everyone) - set(accepted)).exclude(candidate_email="").count()
    )
    accepted_but_open = Attempt.objects.filter(pk__in=accepted, status=Attempt.Status.IN_PROGRESS).count()
    # Refused or not, every submission PostgreSQL holds must be scored once Redis is back.
    stored = list(
        Attempt.objects.filter(pk__in=everyone)
        .exclude(status=Attempt.Status.IN_PROGRESS)
        .values_list("pk", flat=True)
    )
    check = scoring_check(stored, settle_from=settle_from)
    lost = refused + accepted_but_open + check.lost
    return Row(
        "Redis stopped during submissions (started again after)",
        trials,
        f"{len(accepted):,} of {len(everyone)} submissions",
        lost,
        str(check.double),
        f"{check.slowest:.1f} s",
        _verdict(lost == 0 and check.double == 0),
        f"{refused} submissions answered with an error ({refused_with_email} of them with a candidate "
        f"email, {len(stored) - len(accepted)} stored all the same); half the candidates have an email; "
        f"slowest submit answer {slowest_submit:.1f} s; "
        f"{check.scored} scored after Redis returned",
    )


def trial_postgres_restart(context: Context, trials: int) -> Row:
    web = context.web
    assert web is not None
    items = list(context.version.item_slugs)
    acknowledged = lost = failures = 0
    for n in range(trials):
        clients = candidates(context.version, SAVE_CLIENTS, f"PostgreSQL trial {n}")
        log = save_load(
            web.port, clients, items, 4.0, postgres_restart, context.rng.uniform(0.5, 1.5), context.rng
        )
        web.wait_ready(timeout=60)
        acknowledged += len(log.acknowledged)
        lost += saves_lost(log)
        failures += log.failures
    return Row(
        "PostgreSQL restarted (pg_ctl restart -m fast) during autosave",
        trials,
        f"{acknowledged:,} saves",
        lost,
        "n/a",
        "n/a",
        _verdict(lost == 0 and acknowledged > 0),
        f"{SAVE_CLIENTS} clients, 4 s per trial; {failures} failed requests retried",
    )


TRIALS: dict[str, Callable[[Context, int], Row]] = {
    "gunicorn-worker": trial_gunicorn_worker,
    "celery-child": trial_celery_child,
    "celery-main": trial_celery_main,
    "redis-stop": trial_redis_stop,
    "postgres-restart": trial_postgres_restart,
}


@contextmanager
def _processes(context: Context) -> Iterator[None]:
    beat = Beat()
    context.worker = Worker()
    try:
        context.web = Web()
        context.worker.wait_ready()
        yield
    finally:
        for process in (context.web, context.worker, beat):
            if process is not None:
                process.stop()


def run(options: argparse.Namespace) -> list[Row]:
    import django

    django.setup()
    from bench.scoring import _setup_database, answer_variants

    version = _setup_database()
    context = Context(version=version, answers=answer_variants(version, count=20), rng=random.Random(10))
    kinds = [options.only] if options.only else list(KINDS)
    rows = []
    with _processes(context):
        for kind in kinds:
            trials = options.trials if options.trials is not None else DEFAULT_TRIALS[kind]
            started = time.monotonic()
            row = TRIALS[kind](context, trials)
            row.notes += f"; {time.monotonic() - started:.0f} s"
            rows.append(row)
            print(f"  {kind}: {row.verdict} ({row.notes})", file=sys.stderr, flush=True)
    return rows


def table(rows: list[Row]) -> str:
    columns = ["trial kind", "trials", "acknowledged", "lost", "double-scored", "max time to scored"]
    lines = ["| " + " | ".join([*columns, "verdict", "notes"]) + " |", "|---" * (len(columns) + 2) + "|"]
    for r in rows:
        cells = [r.kind, str(r.trials), r.acknowledged, str(r.lost), r.double, r.slowest, r.verdict, r.notes]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m bench.faults", description=(__doc__ or "").split("\n\n")[0]
    )
    parser.add_argument(
        "--trials",
        type=int,
        default=None,
        help="trials of every kind (default: 50 of each kill, 3 Redis stops, 5 PostgreSQL restarts)",
    )
    parser.add_argument("--only", choices=KINDS, default=None, help="run one kind of trial only")
    options = parser.parse_args(argv)
    if options.trials is not None and options.trials < 1:
        parser.error("--trials must be at least 1")
    return options


def main(argv: list[str]) -> int:
    options = arguments(argv)
    if os.environ.get("BENCH_FAULTS_SERVICES") != "ready":
        # Re-run under the wrapper that owns PostgreSQL and Redis for the length of the run.
        wrapper = ROOT / "bench" / "faults.sh"
        return subprocess.call(["bash", str(wrapper), *argv], env={**os.environ, "PYTHON": sys.executable})
    started = time.monotonic()
    rows = run(options)
    print(
        f"\nFault trials: {platform.python_implementation()} {platform.python_version()}, "
        f"{os.cpu_count()} cores, gunicorn ({WEB_WORKERS} workers), a Celery worker "
        f"({WORKER_CONCURRENCY} pool processes) and beat, PostgreSQL and Redis on loopback, "
        f"{time.monotonic() - started:.0f} s in all.\n"
    )
    print(table(rows))
    return 0 if all(row.verdict == "PASS" for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

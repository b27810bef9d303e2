"""The HTTP benchmarks (bench.autosave, bench.start) run as documented: their options parse, the web
process they start is production's command on loopback, and the candidate sessions they make are ones the
candidate endpoints accept. No timing here: the benchmarks themselves measure (DESIGN.md "Measured, not
hoped")."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest
from django.test import Client

from bench import autosave, instructions, loadgen, results, scoring, start
from bench.cohort import assessment_version, candidate_browsers


def test_autosave_accepts_its_documented_options() -> None:
    options = autosave.arguments(
        ["--candidates", "200", "--interval", "5", "--duration", "30", "--warmup", "2",
         "--baseline-duration", "10", "--baseline-threads", "8", "--workers", "3"]
    )  # fmt: skip

    assert (options.candidates, options.interval, options.duration, options.workers) == (200, 5.0, 30.0, 3)
    assert (options.warmup, options.baseline_duration, options.baseline_threads) == (2.0, 10.0, 8)


def test_autosave_defaults_are_the_issues_load() -> None:
    options = autosave.arguments([])

    assert options.candidates / options.interval == 200  # saves a second
    assert options.duration == 300


def test_start_accepts_its_documented_options() -> None:
    options = start.arguments(["--candidates", "50", "--spread", "2", "--warmup", "0", "--workers", "4"])

    assert (options.candidates, options.spread, options.warmup, options.workers) == (50, 2.0, 0, 4)
    assert (start.arguments([]).candidates, start.arguments([]).spread) == (500, 10.0)


@pytest.mark.parametrize("argv", [["--duration", "0"], ["--candidates", "-1"], ["--workers", "0"]])
def test_autosave_refuses_a_load_of_nothing(argv: list[str]) -> None:
    with pytest.raises(SystemExit):
        autosave.arguments(argv)


def test_the_other_benchmarks_import() -> None:
    assert callable(scoring.main) and callable(results.main)


def test_the_web_process_is_productions_command_on_loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in {"DEBUG": "false", "ALLOWED_HOSTS": "localhost", "SECRET_KEY": "x" * 50}.items():
        monkeypatch.setenv(name, value)

    command = loadgen.gunicorn_command(port=8765, workers=3)

    assert command[0].endswith("gunicorn") and "config.wsgi" in command
    assert command[command.index("--bind") + 1] == "127.0.0.1:8765"
    assert command[command.index("--workers") + 1] == "3"
    assert "--logger-class" in command


def test_open_loop_reports_each_event_and_its_error() -> None:
    import asyncio
    import concurrent.futures

    async def action(n: int, scheduled: float) -> str:
        return "odd" if n % 2 else ""

    # In a thread of its own: the browser tests' Playwright keeps an event loop running in this one.
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        outcomes = pool.submit(
            asyncio.run, loadgen.open_loop(loadgen.evenly(4, 0.01), action, timeout=5)
        ).result(timeout=30)

    assert [outcome.error for outcome in outcomes] == ["", "odd", "", "odd"]


@pytest.mark.django_db
def test_a_benchmark_candidate_saves_through_the_candidate_endpoint() -> None:
    from django.core.management import call_command

    from assessments.models import Response

    call_command("load_playbooks", verbosity=0)
    version = assessment_version(organization_slug="bench-test", time_limit_seconds=1800)
    [browser] = candidate_browsers(version=version, count=1, started=True)
    slug = version.item_slugs[0]
    client = Client(enforce_csrf_checks=True)
    for name, value in browser.cookies().items():
        client.cookies[name] = value

    response = client.post(
        "/a/api/save/",
        data=json.dumps({"saves": [{"item": slug, "answer": "Restart the router first.", "seq": 3}]}),
        content_type="application/json",
        headers={"X-CSRFToken": browser.csrf_secret},
    )

    assert response.status_code == 200, response.content
    assert response.json()["results"] == [{"item": slug, "seq": 3}]
    assert Response.objects.get(attempt_id=browser.attempt_id, item_slug=slug).seq == 3


@pytest.mark.django_db
def test_a_benchmark_candidate_lands_on_the_consent_page_before_starting() -> None:
    from django.core.management import call_command

    call_command("load_playbooks", verbosity=0)
    version = assessment_version(organization_slug="bench-test", time_limit_seconds=1800)
    [browser] = candidate_browsers(version=version, count=1, started=False)
    client = Client()
    client.cookies["sessionid"] = browser.session_key

    response = client.get("/a/attempt/")

    assert response.status_code == 200
    assert loadgen.CSRF_FIELD.search(response.content) is not None
    assert b'name="consent"' in response.content


def test_the_scoring_benchmark_counts_cpu_by_part(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The processes are found: this one (the clients), a worker by its process group, PostgreSQL by its
    postmaster's pid file; nothing else on the machine is counted."""
    import subprocess

    busy = "import time\nend = time.process_time() + 30\nwhile time.process_time() < end: pass\n"
    worker = subprocess.Popen([sys.executable, "-c", busy], start_new_session=True)
    pidfile = tmp_path / "postmaster.pid"
    pidfile.write_text(f"{os.getpid()}\n/data\n")  # this process stands in for the postmaster
    monkeypatch.setenv("BENCH_POSTGRES_PIDFILE", str(pidfile))
    monkeypatch.delenv("BENCH_REDIS_PIDFILE", raising=False)
    try:
        while scoring.cpu_by_part(worker.pid)["worker"] < 0.2:
            assert worker.poll() is None
        used = scoring.cpu_by_part(worker.pid)
    finally:
        worker.kill()
        worker.wait(timeout=10)

    assert set(used) == set(scoring.PARTS)
    assert used["worker"] >= 0.2 and used["clients"] > 0 and used["Redis"] == 0
    assert used["PostgreSQL"] >= used["clients"]  # its own time, as the "postmaster"


def test_the_scoring_benchmark_measures_the_pure_python_engine_in_a_process_of_its_own() -> None:
    from tests.rubrics._inputs import TSS, blueprint_input, model_answers

    scoring_input = blueprint_input(TSS)
    data = scoring_input.model_dump(mode="json")
    answers = [model_answers(scoring_input)]

    pure = scoring.measure_engine_pure_python(data, answers, seconds=0.3)
    compiled_or_not = scoring.measure_engine(data, answers, seconds=0.1)

    assert pure.windows >= 1 and 0 < pure.worst <= pure.median <= pure.best
    assert compiled_or_not.windows == 1 and compiled_or_not.median > 0
    assert "median of" in pure.describe()


def test_the_instruction_count_is_the_loops_cost_per_assessment(monkeypatch: pytest.MonkeyPatch) -> None:
    # The whole process counted with and without the loops: the difference, per assessment scored.
    counted = {0: 1_000_000, 3: 1_000_000 + 3 * 20 * 7_500}
    monkeypatch.setattr(instructions, "_count", lambda attempts, loops, *, pure: counted[loops])

    assert instructions.per_assessment(20, 3, pure=False) == 7_500


def test_the_counted_process_scores_the_benchmarks_attempts_without_a_database() -> None:
    import subprocess

    done = subprocess.run(  # noqa: S603
        [sys.executable, "-m", "bench.instructions", "--counted", "--attempts=2", "--loops=1"],
        cwd=Path(instructions.ROOT),
        env={
            **os.environ,
            **instructions.COUNTED_SETTINGS,
            "DATABASE_URL": "postgres://nobody@127.0.0.1:1/none",
        },
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert done.returncode == 0, done.stderr


def test_the_instruction_count_says_what_it_needs(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(instructions.shutil, "which", lambda name: None)

    assert instructions.main([]) == 1
    assert "needs valgrind" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        instructions.main(["--loops", "0"])

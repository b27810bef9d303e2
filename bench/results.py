"""The results-page benchmark (issue 7, point 9): `python -m bench.results [options]`.

Prints a markdown table: the p50 and p95 time of a hiring manager's results page (the ranking, the score
distribution chart, the first page of rows) for a pipeline of `--candidates` scored candidates (default
1,000), against a minimal Django view (a plain "ok" response through the same middleware, session and
sign-in) measured in the same run. Target: p95 under 300 ms on 2 cores.

Like bench/scoring.py it needs no servers: run as a module it re-runs itself under bench/results.sh, which
starts a throwaway PostgreSQL and Redis and stops them on exit. Requests go through Django's test client
(the whole request path: middleware, sessions, templates), in one process, after a warm-up.
Timing never goes into a unit test; tests/reports asserts the page's query count instead.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.urls import include, path

ROOT = Path(__file__).resolve().parents[1]
TSS = "technical-support-specialist"
P95_TARGET_MS = 300.0


def minimal(request: HttpRequest) -> HttpResponse:
    """The baseline: a view that does nothing."""
    return HttpResponse("ok")


def __getattr__(name: str) -> Any:
    """This module is the benchmark's URLconf (the product's URLs plus the baseline view), built when
    Django asks for it: importing config.urls earlier would read the settings before the wrapper set them."""
    if name == "urlpatterns":
        return [path("bench/minimal/", minimal), path("", include("config.urls"))]
    raise AttributeError(name)


def _setup(candidates: int) -> tuple[Any, int]:
    from django.core.management import call_command

    from bench.cohort import benchmark_pipeline
    from candidates.models import Application, Candidate, Stage

    call_command("migrate", verbosity=0)
    call_command("load_playbooks", verbosity=0)
    call_command(
        "collectstatic", interactive=False, verbosity=0
    )  # the manifest the pages' {% static %} reads
    pipeline = benchmark_pipeline(organization_slug="benchmark", name="Benchmark pipeline")
    organization = pipeline.organization
    people = Candidate.objects.bulk_create(
        Candidate(organization=organization, name=f"Candidate {n}", email=f"c{n}@bench.example")
        for n in range(candidates)
    )
    competencies = ["customer-empathy", "troubleshooting", "written-communication", "attention-to-detail"]
    Application.objects.bulk_create(
        Application(
            organization=organization,
            pipeline=pipeline,
            candidate=person,
            stage=Stage.SCORED,
            blind_number=n + 1,
            score_overall=round(30 + (n * 37) % 70, 1),
            score_recommendation=("strong_advance", "advance", "hold", "do_not_advance")[n % 4],
            red_flag_codes=["shares-credentials"] if n % 9 == 0 else [],
            red_flag_count=1 if n % 9 == 0 else 0,
            competency_ratings={slug: 1 + (n + index) % 5 for index, slug in enumerate(competencies)},
            item_scores={slug: ((n + index) % 10) / 10 for index, slug in enumerate(pipeline.item_slugs)},
            time_taken_seconds=900 + n % 900,
            integrity_summary={
                "focus_lost_count": n % 4,
                "focus_lost_seconds": n % 40,
                "paste_count": n % 3,
                "paste_chars": (n % 3) * 120,
            },
        )
        for n, person in enumerate(people)
    )
    return pipeline.hiring_managers.get().user, pipeline.pk


def _timings(client: Any, url: str, requests: int) -> list[float]:
    for _ in range(10):  # warm-up: templates, connections, caches
        assert client.get(url, secure=True).status_code == 200
    timings = []
    for _ in range(requests):
        started = time.perf_counter()
        response = client.get(url, secure=True)
        timings.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, response.status_code
    return timings


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(fraction * len(ordered)) - 1))]


def run(options: argparse.Namespace) -> list[tuple[str, str, str, str]]:
    import django

    django.setup()
    from django.test import Client
    from django.test.utils import override_settings

    user, pipeline_id = _setup(options.candidates)
    client = Client()
    client.force_login(user)
    with override_settings(ROOT_URLCONF="bench.results"):
        baseline = _timings(client, "/bench/minimal/", options.requests)
        results = _timings(client, f"/pipelines/{pipeline_id}/results/", options.requests)
        sorted_by_competency = _timings(
            client,
            f"/pipelines/{pipeline_id}/results/?sort=competency:troubleshooting&flags=any",
            options.requests,
        )
    rows = [
        (
            "baseline: minimal Django view",
            f"{percentile(baseline, 0.5):.1f} ms",
            f"{percentile(baseline, 0.95):.1f} ms",
            "",
        )
    ]
    for label, timings in (
        (f"results page, {options.candidates:,} scored candidates", results),
        (
            f"results page, {options.candidates:,} candidates, sorted by a competency, filtered",
            sorted_by_competency,
        ),
    ):
        p95 = percentile(timings, 0.95)
        rows.append(
            (label, f"{percentile(timings, 0.5):.1f} ms", f"{p95:.1f} ms (target < {P95_TARGET_MS:.0f} ms)",
             "PASS" if p95 < P95_TARGET_MS else "MISS")
        )  # fmt: skip
    return rows


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.results", description=__doc__.split("\n\n")[0])
    parser.add_argument("--candidates", type=int, default=1000, help="scored candidates in the pipeline")
    parser.add_argument("--requests", type=int, default=200, help="timed requests per page")
    options = parser.parse_args(argv)
    if os.environ.get("BENCH_RESULTS_SERVICES") != "ready":
        wrapper = ROOT / "bench" / "results.sh"
        return subprocess.call(["bash", str(wrapper), *argv], env={**os.environ, "PYTHON": sys.executable})
    started = time.monotonic()
    rows = run(options)
    print(
        f"\nResults-page benchmark: {platform.python_implementation()} {platform.python_version()}, "
        f"{os.cpu_count()} cores, PostgreSQL on loopback, {time.monotonic() - started:.0f} s in all.\n"
    )
    print("| measure | p50 | p95 | verdict |\n|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    return 0  # a measurement, not a gate


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

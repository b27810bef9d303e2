"""The scoring engine's cost counted in instructions: `python -m bench.instructions [options]`.

Prints a markdown table: the machine instructions the engine runs to score one full Technical Support
Specialist assessment (the 30-minute blueprint, the same varied model answers as bench.scoring), counted
by valgrind's callgrind rather than timed. A count does not move with the load of a shared host, where
the same code's timings vary by half or more between runs minutes apart (docs/benchmarks.md): two builds
of the engine compare by it exactly, run after run. It is no throughput target (bench.scoring measures
that, per second of CPU time); it says how much work the engine does.

How: the engine scores every attempt once (imports, the phrase books and the word caches built, as in a
worker that has scored a few), the heap is settled as in a worker process (config.celery), then it scores
them `--loops` more times. The whole process is counted twice, with no loops and with them: the
difference over the attempts scored is the count per assessment. The compiled engine by default, the
pure Python one beside it with `--pure` (ten times slower to count). Needs valgrind (Debian: `apt-get
install valgrind`); no database, no server. About three minutes.
"""

from __future__ import annotations

import argparse
import os
import re
import secrets
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TSS = "technical-support-specialist"
_COLLECTED = re.compile(r"Collected : (\d+)")
# The counted process needs Django's app registry (the playbook loader imports models), no database: the
# production settings, as bench/services.sh exports them, with a throwaway key.
COUNTED_SETTINGS = {
    "DJANGO_SETTINGS_MODULE": "config.settings.production",
    "DEBUG": "false",
    "SECRET_KEY": f"bench-only-{secrets.token_urlsafe(40)}",
    "ALLOWED_HOSTS": "localhost",
}


def _score(attempts: int, loops: int) -> None:
    """The counted process: build the input from the playbook file, score, settle the heap, score again."""
    import django

    django.setup()
    from assessments.playbooks.schema import parse_playbook_file
    from assessments.selectors import scoring_input_for_playbook
    from bench.scoring import spec_answer_variants
    from config.celery import settle_the_heap
    from rubrics.engine import score_attempt

    spec = parse_playbook_file(ROOT / "fixtures" / "playbooks" / f"{TSS}.yaml")
    scoring_input = scoring_input_for_playbook(spec=spec, item_slugs=list(spec.blueprint.items))
    answers = spec_answer_variants(spec, spec.blueprint.items, attempts)
    for sample in answers:
        score_attempt(scoring_input, sample)
    settle_the_heap()
    for _ in range(loops):
        for sample in answers:
            score_attempt(scoring_input, sample)


def _count(attempts: int, loops: int, *, pure: bool) -> int:
    env = {**os.environ, **COUNTED_SETTINGS}
    if pure:
        env["ENGINE_PURE_PYTHON"] = "1"
    command = [
        "valgrind",
        "--tool=callgrind",
        "--callgrind-out-file=/dev/null",
        sys.executable,
        "-m",
        "bench.instructions",
        "--counted",
        f"--attempts={attempts}",
        f"--loops={loops}",
    ]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)  # noqa: S603
    found = _COLLECTED.search(done.stderr)
    if done.returncode != 0 or found is None:
        said = [line for line in done.stderr.splitlines() if line.strip() and not line.startswith("==")]
        tail = (said or ["no output"])[-1]
        raise SystemExit(f"bench.instructions: the counted run failed (exit {done.returncode}): {tail}")
    return int(found.group(1))


def per_assessment(attempts: int, loops: int, *, pure: bool) -> float:
    return (_count(attempts, loops, pure=pure) - _count(attempts, 0, pure=pure)) / (attempts * loops)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.instructions", description=__doc__.splitlines()[0])
    parser.add_argument("--attempts", type=int, default=50, help="varied attempts scored per loop (50)")
    parser.add_argument("--loops", type=int, default=2, help="times each attempt is scored, counted (2)")
    parser.add_argument("--pure", action="store_true", help="also count the pure Python engine")
    parser.add_argument("--counted", action="store_true", help=argparse.SUPPRESS)
    options = parser.parse_args(argv)
    if options.counted:  # the process valgrind counts (with no loops for the baseline)
        _score(options.attempts, options.loops)
        return 0
    if options.attempts < 1 or options.loops < 1:
        parser.error("--attempts and --loops must be at least 1")
    if shutil.which("valgrind") is None:
        print("bench.instructions needs valgrind (Debian: apt-get install valgrind)", file=sys.stderr)
        return 1
    from rubrics.engine import native

    rows = [("compiled by mypyc" if native.compiled() else "pure Python (not compiled)", False)]
    if options.pure and native.compiled():
        rows.append(("pure Python", True))
    print(f"\nScoring engine instructions: {TSS}, {options.attempts} attempts x {options.loops} loops.\n")
    print("| engine | instructions per full assessment |\n|---|---|")
    for name, pure in rows:
        print(f"| {name} | {per_assessment(options.attempts, options.loops, pure=pure):,.0f} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

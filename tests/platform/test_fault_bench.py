"""The fault trials (`python -m bench.faults`) run as documented: the module imports and its options parse.
No timing and no faults here: the trials themselves measure (DESIGN.md "Measured, not hoped")."""

from __future__ import annotations

import pytest

from bench import faults


def test_with_no_options_every_kind_runs_its_default_number_of_trials() -> None:
    options = faults.arguments([])

    assert (options.trials, options.only) == (None, None)
    assert set(faults.DEFAULT_TRIALS) == set(faults.KINDS) == set(faults.TRIALS)
    assert [faults.DEFAULT_TRIALS[kind] for kind in ("gunicorn-worker", "celery-child", "celery-main")] == [
        50,
        50,
        50,
    ]


@pytest.mark.parametrize("kind", faults.KINDS)
def test_one_kind_can_be_run_alone_with_fewer_trials(kind: str) -> None:
    options = faults.arguments(["--trials", "3", "--only", kind])

    assert (options.trials, options.only) == (3, kind)


@pytest.mark.parametrize("argv", [["--trials", "0"], ["--only", "cosmic-ray"], ["--trials", "many"]])
def test_a_run_of_nothing_or_of_an_unknown_kind_is_refused(argv: list[str]) -> None:
    with pytest.raises(SystemExit):
        faults.arguments(argv)

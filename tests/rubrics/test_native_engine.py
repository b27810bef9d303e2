"""The engine compiled by mypyc (rubrics/engine/native.py, scripts/build_engine.py): used when it is up to
date with its source, never when it is not, and the same results as the pure Python engine, byte for byte."""

from __future__ import annotations

import importlib.machinery
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from rubrics.engine import native
from tests.rubrics._engine_digests import digests

ROOT = Path(__file__).resolve().parents[2]
BUILD_HINT = "the compiled engine is missing or stale: run `python scripts/build_engine.py` (set-up does)"


def _python(*arguments: str, cwd: Path, pure: bool = False, path: Path | None = None) -> str:
    environment = {key: value for key, value in os.environ.items() if key != native.PURE_ENV}
    if pure:
        environment[native.PURE_ENV] = "1"
    if path is not None:
        environment["PYTHONPATH"] = str(path)
    done = subprocess.run(
        [sys.executable, *arguments], cwd=cwd, env=environment, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_the_test_run_uses_the_compiled_engine() -> None:
    # The README's test command builds it (scripts/bootstrap.sh): the suite tests what production runs.
    assert native.up_to_date(), BUILD_HINT
    assert native.compiled(), BUILD_HINT


def test_compiled_and_pure_python_give_byte_identical_results() -> None:
    count = 150  # per playbook and input: 900 attempts, most with changed, negated or broken answers
    pure = json.loads(_python("-m", "tests.rubrics._engine_digests", str(count), cwd=ROOT, pure=True))

    assert native.compiled(), BUILD_HINT
    assert pure["compiled"] is False
    here = digests(count)
    assert len(here) == len(pure["digests"]) == 6 * count
    assert len(set(here)) > 0.9 * len(here)  # varied attempts, not one result over and over
    different = [n for n, (a, b) in enumerate(zip(here, pure["digests"], strict=True)) if a != b]
    assert different == []


def _copy_of_the_engine(into: Path) -> Path:
    """rubrics/engine with its compiled modules and stamp, as a package importable from `into`."""
    package = into / "rubrics" / "engine"
    shutil.copytree(ROOT / "rubrics" / "engine", package, ignore=shutil.ignore_patterns("__pycache__"))
    (into / "rubrics" / "__init__.py").write_text("")
    return package


CHECK = (
    "import rubrics.engine as engine; from rubrics.engine import native, text; "
    "print(native.compiled(), native.up_to_date(), text.__file__.endswith('.py'))"
)


FROM_SOURCE = ["False", "False", "True"]


def _runs_as_source_while_edited(package: Path, tmp_path: Path, name: str, edit: str) -> None:
    """Append `edit` to the engine module `name`: stale, so every module loads from source; then undo it."""
    with (package / name).open("a") as source:
        source.write(edit)
    assert not native.up_to_date(package)
    assert _python("-c", CHECK, cwd=tmp_path, path=tmp_path).split() == FROM_SOURCE
    (package / name).write_bytes((ROOT / "rubrics" / "engine" / name).read_bytes())
    assert native.up_to_date(package)


def test_an_edited_source_runs_as_source_until_rebuilt(tmp_path: Path) -> None:
    if not native.up_to_date():
        pytest.fail(BUILD_HINT)
    package = _copy_of_the_engine(tmp_path)

    assert _python("-c", CHECK, cwd=tmp_path, path=tmp_path).split() == ["True", "True", "False"]

    # An edit to any compiled module's source: every one of them loads from source (all or none).
    _runs_as_source_while_edited(package, tmp_path, "words.py", "\n# an edit not yet compiled\n")
    # An edit to a module they read but that is not compiled (the word lists): mypyc built in what it knew
    # of it (a list's length), so that is stale too.
    _runs_as_source_while_edited(
        package, tmp_path, "lexicon.py", '\nCREDENTIAL_WORDS = (*CREDENTIAL_WORDS, "passkey")\n'
    )

    # The stamp gone (a half-finished build): source too.
    (package / native.STAMP.name).unlink()
    assert _python("-c", CHECK, cwd=tmp_path, path=tmp_path).split() == FROM_SOURCE


def test_pure_python_on_request_and_without_the_compiled_files(tmp_path: Path) -> None:
    assert _python("-c", CHECK, cwd=ROOT, pure=True).split()[0] == "False"

    package = _copy_of_the_engine(tmp_path)
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    for compiled in [path for path in package.iterdir() if path.name.endswith(suffixes)]:
        compiled.unlink()
    assert _python("-c", CHECK, cwd=tmp_path, path=tmp_path).split() == ["False", "False", "True"]

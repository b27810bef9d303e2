"""The engine's hot modules compiled to C by mypyc, when they are built and up to date.

The engine is pure Python and runs as such. Set-up (`scripts/bootstrap.sh`, the Docker image) also
compiles its hot modules (`COMPILED`) from the same source with mypyc (part of mypy, a well-kept package)
into extension modules beside them: about half again as many assessments a second, the same results (a
test compares the two byte for byte). `scripts/build_engine.py` builds them and writes `STAMP`, the digest
of the engine's sources it compiled them from.

Python prefers an extension module to a source file of the same name, so a compiled module that no longer
matches its source would run old code. Before the engine imports any of them, `choose()` compares the
sources with the stamp: when any differs (an edit not yet rebuilt), or when `ENGINE_PURE_PYTHON=1` is set,
every one of them is loaded from its source instead (all or none: compiled modules call each other
directly). `compiled()` says which the process runs.

This module is read by the build script by its path, before the package exists in compiled form: it
imports nothing from the engine.
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

PACKAGE = "rubrics.engine"
HERE = Path(__file__).resolve().parent
# The modules compiled, in dependency order (results: the result types). Not here: the pydantic
# models (specs, inputs) and the word lists (lexicon), which mypyc does not speed up.
COMPILED = ("words", "text", "matching", "writing", "results", "scorers", "flags", "attempt")
GROUP = f"{PACKAGE}._native"  # the shared library of the compiled modules: rubrics/engine/_native__mypyc.*.so
STAMP = HERE / "_native.stamp"
PURE_ENV = "ENGINE_PURE_PYTHON"


def sources_digest(directory: Path = HERE) -> str:
    """The digest of every engine module's source and of the Python they are built for.

    Not only the compiled modules': mypyc builds in what it knows of the modules they import (a word
    list's length, a constant's value), so an edit to the word lists (lexicon) is stale compiled code too."""
    digest = hashlib.sha256(sys.implementation.cache_tag.encode())
    for source in sorted(directory.glob("*.py")):
        digest.update(source.name.encode() + b"\0" + source.read_bytes())
    return digest.hexdigest()


def built_digest(directory: Path = HERE) -> str | None:
    try:
        return (directory / STAMP.name).read_text().strip() or None
    except OSError:
        return None


def up_to_date(directory: Path = HERE) -> bool:
    """Whether compiled modules exist for every listed module and were built from the sources as they are."""
    suffixes = importlib.machinery.EXTENSION_SUFFIXES
    every_module_built = all(
        any((directory / f"{name}{suffix}").exists() for suffix in suffixes) for name in COMPILED
    )
    return every_module_built and built_digest(directory) == sources_digest(directory)


class _FromSource(importlib.abc.MetaPathFinder):
    """Loads the listed modules from their .py files, past any extension module beside them."""

    def __init__(self, names: Sequence[str]) -> None:
        self.paths = {f"{PACKAGE}.{name}": HERE / f"{name}.py" for name in names}

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        source = self.paths.get(fullname)
        return None if source is None else importlib.util.spec_from_file_location(fullname, source)


_choice: bool | None = None


def choose() -> bool:
    """Decide, once per process and before the first engine module loads, whether to run compiled."""
    global _choice
    if _choice is None:
        _choice = os.environ.get(PURE_ENV, "") not in ("1", "true") and up_to_date()
        if not _choice:
            sys.meta_path.insert(0, _FromSource(COMPILED))
    return _choice


def compiled() -> bool:
    """Whether this process runs the compiled engine (every listed module loaded from an extension)."""
    loaded = [sys.modules.get(f"{PACKAGE}.{name}") for name in COMPILED]
    return all(
        module is not None
        and str(getattr(module, "__file__", "")).endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES))
        for module in loaded
    )

"""Compile the scoring engine's hot modules with mypyc: `python scripts/build_engine.py [--force]`.

Run by scripts/bootstrap.sh (so by the README's run and test commands) and by the Docker image. It does
nothing when the compiled modules are up to date with their sources (rubrics/engine/native.py says how
that is checked). Otherwise it compiles them in a temporary folder and puts the extension modules beside
their sources in rubrics/engine/, then writes the stamp. Exit 0 when the compiled engine is ready, 1 with
a one-line reason when it cannot be built (no C compiler, no Python headers): the engine then runs as
pure Python, with the same results, only slower.

It never imports the engine: a running process may have the old extension modules loaded, so new files
replace them (a new inode each) rather than being written over them.
"""

from __future__ import annotations

import argparse
import importlib.machinery
import importlib.util
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
ENGINE = ROOT / "rubrics" / "engine"


def _native() -> ModuleType:
    """rubrics/engine/native.py, loaded by its path (importing the package would load the engine)."""
    spec = importlib.util.spec_from_file_location("_engine_native_for_build", ENGINE / "native.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _extensions_in(directory: Path) -> list[Path]:
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    return [path for path in directory.rglob("*") if path.name.endswith(suffixes)]


def build(native: ModuleType, *, quiet: bool) -> None:
    from mypyc.build import mypycify
    from setuptools import setup

    digest = native.sources_digest()
    with tempfile.TemporaryDirectory(prefix="engine-build-") as scratch:
        work = Path(scratch)
        # mypyc names modules by their path from the current folder: build from a copy of the package's
        # sources (rubrics/engine/*.py), so nothing is written into the repository but the results.
        package = work / "rubrics" / "engine"
        package.mkdir(parents=True)
        (work / "rubrics" / "__init__.py").write_text("")
        # The engine's only untyped import is snowballstemmer (as in pyproject.toml's mypy settings).
        (work / "mypy.ini").write_text("[mypy]\nignore_missing_imports = True\n")
        for source in ENGINE.glob("*.py"):
            shutil.copy2(source, package / source.name)
        here = Path.cwd()
        os.chdir(work)
        try:
            extensions = mypycify(
                [f"rubrics/engine/{name}.py" for name in native.COMPILED],
                opt_level="3",
                group_name=native.GROUP,
                target_dir=str(work / "c"),
            )
            setup(
                name="rubrics-engine-native",
                ext_modules=extensions,
                script_args=[
                    *(["--quiet"] if quiet else []),
                    "build_ext",
                    "--build-lib",
                    str(work / "lib"),
                    "--build-temp",
                    str(work / "temp"),
                ],  # fmt: skip
            )
        finally:
            os.chdir(here)
        built = _extensions_in(work / "lib")
        if len(built) != len(native.COMPILED) + 1:  # one per module and the shared library
            raise RuntimeError(f"expected {len(native.COMPILED) + 1} extension modules, got {len(built)}")
        native.STAMP.unlink(missing_ok=True)  # no stamp while the files change: half a build never runs
        for old in _extensions_in(ENGINE):
            old.unlink()
        for new in built:
            shutil.copy2(new, ENGINE / new.relative_to(work / "lib" / "rubrics" / "engine"))
    native.STAMP.write_text(digest + "\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="rebuild even when up to date")
    parser.add_argument("--verbose", action="store_true", help="show the compiler's commands")
    options = parser.parse_args()
    native = _native()
    if not options.force and native.up_to_date():
        return 0
    print("==> Compiling the scoring engine with mypyc (about half a minute)", flush=True)
    started = time.monotonic()
    try:
        build(native, quiet=not options.verbose)
    except (Exception, SystemExit) as error:  # setuptools reports a failed compiler with SystemExit
        message = "" if isinstance(error, SystemExit) and isinstance(error.code, int) else str(error)
        reason = message.strip().splitlines()[-1:] or ["see the messages above"]
        print(
            f"Could not compile the scoring engine ({reason[0]}); it runs as pure Python, with the same "
            "results, only slower. A C compiler and the Python headers are needed (Debian: apt-get install "
            "gcc python3-dev).",
            file=sys.stderr,
        )
        return 1
    print(f"    compiled in {time.monotonic() - started:.0f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

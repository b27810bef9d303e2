#!/usr/bin/env python
"""Django's command-line utility for administrative tasks.

After the README's set-up, `python manage.py COMMAND` works from the repository root as it is: it runs in
the project's `.venv/` when the Python that started it lacks the packages, and on the local settings it
takes the embedded defaults that `scripts/run.sh` runs on (DEBUG on, so no SECRET_KEY or ALLOWED_HOSTS to
set), unless the environment or `.env` says otherwise. A deployment names its settings module
(`config.settings.production` in the Docker image and compose file), and then nothing is assumed.
"""

import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
LOCAL_SETTINGS = "config.settings.local"


def _in_project_environment() -> None:
    """Re-run this command with `.venv/bin/python` when this Python cannot import Django."""
    try:
        import django  # noqa: F401
    except ImportError:
        project_python = ROOT / ".venv" / "bin" / "python"
        if project_python.exists() and Path(sys.executable).absolute() != project_python.absolute():
            os.execv(project_python, [str(project_python), *sys.argv])  # noqa: S606 - our own interpreter
        raise


def _dotenv_sets(name: str) -> bool:
    dotenv = ROOT / ".env"
    if not dotenv.is_file():
        return False
    pattern = re.compile(rf"^\s*(export\s+)?{re.escape(name)}\s*=", re.MULTILINE)
    return bool(pattern.search(dotenv.read_text(encoding="utf-8", errors="replace")))


def main() -> None:
    _in_project_environment()
    if os.environ.setdefault("DJANGO_SETTINGS_MODULE", LOCAL_SETTINGS) == LOCAL_SETTINGS and not (
        "DEBUG" in os.environ or _dotenv_sets("DEBUG")
    ):
        os.environ["DEBUG"] = "true"  # the embedded defaults, as scripts/run.sh sets them
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()

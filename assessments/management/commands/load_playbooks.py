"""`manage.py load_playbooks [PATH ...]`: validate every playbook file, then load them all or none."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from assessments.playbooks.loader import PLAYBOOK_DIRECTORY
from assessments.services import PlaybookLoadError, playbook_files_load


def _base_dir() -> Path:
    base_dir = getattr(settings, "BASE_DIR", None)
    if base_dir is not None:
        return Path(base_dir)
    # <repo>/assessments/management/commands/load_playbooks.py
    return Path(__file__).resolve().parents[3]


class Command(BaseCommand):
    help = (
        "Validate role playbook files (YAML or JSON) and load them as new playbook versions. Every file is "
        "checked first; if any is bad, all problems are printed and nothing is loaded. Unchanged files are "
        "left "
        "as they are."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "paths",
            nargs="*",
            type=Path,
            help=f"Files or directories to load (default: every playbook file in {PLAYBOOK_DIRECTORY}/).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        base_dir = _base_dir()
        paths: list[Path] = options["paths"] or [base_dir / PLAYBOOK_DIRECTORY]
        for path in paths:
            if not path.exists():
                raise CommandError(f"{path}: no such file or directory")
        try:
            results = playbook_files_load(paths=paths, base_dir=base_dir)
        except PlaybookLoadError as exc:
            count = len(exc.errors)
            raise CommandError(
                f"{count} playbook file{'s' if count != 1 else ''} failed validation; "
                f"nothing was loaded.\n{exc}"
            ) from None
        if not results:
            self.stderr.write(
                f"No playbook files (.yaml, .yml, .json) found in: {', '.join(map(str, paths))}"
            )
        for result in results:
            style = self.style.SUCCESS if result.outcome != "unchanged" else (lambda text: text)
            self.stdout.write(style(result.describe()))

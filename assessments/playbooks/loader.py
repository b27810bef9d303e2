"""Finding and validating playbook files before anything is written (no database access here).

`playbook_files_validate` checks every file and returns all problems at once, so that one run of
`load_playbooks` tells an author everything that is wrong; `assessments.services.playbook_files_load`
writes only when nothing is.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assessments.playbooks.schema import (
    PLAYBOOK_SUFFIXES,
    PlaybookFileError,
    PlaybookSpec,
    Problem,
    parse_playbook_file,
)

PLAYBOOK_DIRECTORY = Path("fixtures") / "playbooks"


@dataclass(frozen=True)
class ValidatedPlaybook:
    source_name: str
    spec: PlaybookSpec
    content: dict[str, Any]
    content_hash: str


@dataclass
class ValidationOutcome:
    playbooks: list[ValidatedPlaybook] = field(default_factory=list)
    errors: list[PlaybookFileError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def playbook_content(spec: PlaybookSpec) -> dict[str, Any]:
    """The stored form of a playbook: JSON-ready, with the file's own key names ("from", "1", ...)."""
    return spec.model_dump(mode="json", by_alias=True)


def playbook_content_hash(content: dict[str, Any]) -> str:
    """sha256 of the canonical JSON: the same content always hashes the same, whatever the file's layout."""
    canonical = json.dumps(
        content, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def playbook_files_find(paths: list[Path]) -> list[Path]:
    """Files to load: each file given, and every playbook file directly inside each directory given."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(
                sorted(
                    child
                    for child in path.iterdir()
                    if child.is_file() and child.suffix.lower() in PLAYBOOK_SUFFIXES
                )
            )
        else:
            found.append(path)
    return found


def _display_name(path: Path, base_dir: Path | None) -> str:
    if base_dir is not None:
        try:
            return str(path.resolve().relative_to(base_dir.resolve()))
        except ValueError:
            pass
    return str(path)


def playbook_files_validate(paths: list[Path], *, base_dir: Path | None = None) -> ValidationOutcome:
    """Validate every file; also refuse two files that describe the same playbook slug."""
    outcome = ValidationOutcome()
    first_source_of_slug: dict[str, str] = {}
    for path in playbook_files_find(paths):
        source_name = _display_name(path, base_dir)
        try:
            spec = parse_playbook_file(path, source=source_name)
        except PlaybookFileError as exc:
            outcome.errors.append(exc)
            continue
        if spec.slug in first_source_of_slug:
            outcome.errors.append(
                PlaybookFileError(
                    source_name,
                    [
                        Problem(
                            "slug",
                            f"duplicate playbook slug {spec.slug!r}: "
                            f"{first_source_of_slug[spec.slug]} has it too",
                        )
                    ],
                )
            )
            continue
        first_source_of_slug[spec.slug] = source_name
        content = playbook_content(spec)
        outcome.playbooks.append(
            ValidatedPlaybook(
                source_name=source_name,
                spec=spec,
                content=content,
                content_hash=playbook_content_hash(content),
            )
        )
    return outcome

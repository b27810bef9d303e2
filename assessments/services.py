"""Writes for assessments: loading role playbooks from their files into versions."""

from __future__ import annotations

from pathlib import Path

from django.db import transaction

from assessments.models import Playbook, PlaybookVersion
from assessments.playbooks.loader import ValidatedPlaybook, playbook_files_validate
from assessments.playbooks.schema import PlaybookFileError
from assessments.types import LoadOutcome, PlaybookLoadResult


class PlaybookLoadError(Exception):
    """One or more playbook files are bad; nothing was loaded. `errors` has one entry per bad file."""

    def __init__(self, errors: list[PlaybookFileError]) -> None:
        self.errors = errors
        super().__init__("\n".join(str(error) for error in errors))


def _playbook_version_store(*, playbook: ValidatedPlaybook) -> PlaybookLoadResult:
    spec = playbook.spec
    record = Playbook.objects.select_for_update().filter(slug=spec.slug).first()
    created = record is None
    if record is None:
        record = Playbook.objects.create(slug=spec.slug, title=spec.title)

    version = PlaybookVersion.objects.filter(playbook=record, content_hash=playbook.content_hash).first()
    outcome: LoadOutcome
    if version is not None and record.current_version_id == version.pk:
        outcome = "unchanged"
    elif version is not None:
        # The file went back to content we already have: point at that version rather than copy it.
        outcome = "restored"
    else:
        version = PlaybookVersion.objects.create(
            playbook=record,
            content_hash=playbook.content_hash,
            content=playbook.content,
            source_name=playbook.source_name,
        )
        outcome = "created" if created else "new_version"

    if outcome != "unchanged":
        record.current_version = version
        record.title = spec.title
        record.save(update_fields=["current_version", "title", "updated_at"])
    return PlaybookLoadResult(
        slug=spec.slug, outcome=outcome, content_hash=playbook.content_hash, source_name=playbook.source_name
    )


@transaction.atomic
def playbooks_store(*, playbooks: list[ValidatedPlaybook]) -> list[PlaybookLoadResult]:
    """Store validated playbooks in one transaction; each gets a new version only if its content changed."""
    return [_playbook_version_store(playbook=playbook) for playbook in playbooks]


def playbook_files_load(*, paths: list[Path], base_dir: Path | None = None) -> list[PlaybookLoadResult]:
    """Validate every file, then load all of them in one transaction, or raise PlaybookLoadError."""
    outcome = playbook_files_validate(paths, base_dir=base_dir)
    if not outcome.ok:
        raise PlaybookLoadError(outcome.errors)
    return playbooks_store(playbooks=outcome.playbooks)

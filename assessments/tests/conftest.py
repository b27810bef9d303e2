from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

GOOD = Path(__file__).resolve().parent / "good_playbooks"
BAD = Path(__file__).resolve().parent / "bad_playbooks"
MINIMAL = GOOD / "minimal.yaml"


@pytest.fixture
def minimal_text() -> str:
    return MINIMAL.read_text(encoding="utf-8")


@pytest.fixture
def write_playbook(tmp_path: Path) -> Callable[..., Path]:
    """Write playbook text to a file in a fresh folder; `name` picks the format by its extension."""

    def write(text: str, name: str = "playbook.yaml") -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    return write

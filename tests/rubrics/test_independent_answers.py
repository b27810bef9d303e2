"""Answers written by someone who never saw the rubrics (tests/rubrics/independent/), scored one item at a
time: four per open item of every playbook (a good one in the writer's own words, a partial one, a wrong
one, and a tricky one: a right answer full of negations, a wrong one that names the right things only to
reject them, or a rude or policy-breaking one).

What must hold, per item:
* no red flag on the good and partial answers, nor on a right answer written with negations;
* a red flag on every rude or policy-breaking answer;
* the good answer scores above the wrong one, and above a wrong answer that rejects the right things;
* a right answer written with negations scores at least half the good one's score.
The writer's own bands (expectations.md) are stricter; the misses are listed in docs/scoring-quality.md.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from rubrics.engine import score_attempt
from tests.rubrics._inputs import PLAYBOOK_SLUGS, scoring_input

FOLDER = Path(__file__).resolve().parent / "independent"


def _answers(slug: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FOLDER / f"{slug}.json").read_text(encoding="utf-8"))
    return data


def _scored(slug: str, item: str, text: str) -> tuple[float, list[str]]:
    result = score_attempt(scoring_input(slug), {item: text})
    return result.items[item].score, sorted({flag.code for flag in result.red_flags if flag.item == item})


CASES = [
    (slug, item)
    for slug in PLAYBOOK_SLUGS
    if (FOLDER / f"{slug}.json").exists()
    for item in _answers(slug)["good"]
]


def test_every_playbook_and_open_item_has_independent_answers() -> None:
    for slug in PLAYBOOK_SLUGS:
        answers = _answers(slug)
        items = {
            item.slug
            for item in scoring_input(slug).items
            if item.type in ("short_text", "long_text", "ordered_steps")
        }
        for kind in ("good", "partial", "wrong", "tricky", "tricky_kind"):
            assert set(answers[kind]) == items, (slug, kind)


@pytest.mark.parametrize(("slug", "item"), CASES)
def test_independent_answers(slug: str, item: str) -> None:
    answers = _answers(slug)
    good, good_flags = _scored(slug, item, answers["good"][item])
    _, partial_flags = _scored(slug, item, answers["partial"][item])
    wrong, _ = _scored(slug, item, answers["wrong"][item])
    tricky, tricky_flags = _scored(slug, item, answers["tricky"][item])
    kind = answers["tricky_kind"][item]

    assert good_flags == [] and partial_flags == []
    assert good > wrong
    if kind == "NEG-GOOD":
        assert tricky_flags == []
        assert tricky >= good / 2
    elif kind == "NEG-WRONG":
        assert good > tricky
    else:  # RUDE or POLICY
        assert tricky_flags != []

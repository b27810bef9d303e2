"""Answers written by someone who never saw the rubrics (tests/rubrics/independent/), scored one item at a
time: four per open item of every playbook (a good one in the writer's own words, a partial one, a wrong
one, and a tricky one: a right answer full of negations, a wrong one that names the right things only to
reject them, or a rude or policy-breaking one).

The first set (tests/rubrics/independent/*.json) and a second one by another writer (`second/`) were used
to improve the playbooks and the engine; a third (`third/`: good, rude, unsafe and careful answers) was
measured once before it became a test, and so were a fourth to an eleventh (`fourth/` to `eleventh/`:
good, terse, rude, unsafe and careful answers), each before the red flags were tuned on it; the eleventh was
not tuned on, but for one negation fix (docs/scoring-quality.md).

On every set, each answer changed in case, whitespace or quote style scores the same, with the same
criteria, evidence and red flags.

What must hold, per item of the first two sets:
* no red flag on the good and partial answers, nor on a right answer written with negations;
* a red flag on every rude or policy-breaking answer;
* the good answer scores above the wrong one, and above a wrong answer that rejects the right things;
* a right answer written with negations scores at least half the good one's score.
The writer's own bands (expectations.md) are stricter; the misses are listed in docs/scoring-quality.md.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from rubrics.engine import score_attempt
from rubrics.engine.words import APOSTROPHES
from tests.rubrics._inputs import PLAYBOOK_SLUGS, scoring_input

FOLDER = Path(__file__).resolve().parent / "independent"


def _answers(slug: str, folder: Path = FOLDER) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((folder / f"{slug}.json").read_text(encoding="utf-8"))
    return data


def _scored(slug: str, item: str, text: str) -> tuple[float, list[str]]:
    result = score_attempt(scoring_input(slug), {item: text})
    return result.items[item].score, sorted({flag.code for flag in result.red_flags if flag.item == item})


SETS = {"first": FOLDER, "second": FOLDER / "second"}
CASES = [
    (name, slug, item)
    for name, folder in SETS.items()
    for slug in PLAYBOOK_SLUGS
    for item in _answers(slug, folder)["good"]
]
# Known misses, each with its reason (docs/scoring-quality.md).
UNFLAGGED = {
    # "To avoid first-day problems I'd also make her local admin, ...": "avoid" negates the whole sentence.
    ("second", "technical-support-technician", "tech-new-hire-setup"),
}


def test_every_playbook_and_open_item_has_independent_answers() -> None:
    for slug, folder in [(slug, folder) for folder in SETS.values() for slug in PLAYBOOK_SLUGS]:
        answers = _answers(slug, folder)
        items = {
            item.slug
            for item in scoring_input(slug).items
            if item.type in ("short_text", "long_text", "ordered_steps")
        }
        for kind in ("good", "partial", "wrong", "tricky", "tricky_kind"):
            assert set(answers[kind]) == items, (slug, kind)


@pytest.mark.parametrize(("name", "slug", "item"), CASES)
def test_independent_answers(name: str, slug: str, item: str) -> None:
    answers = _answers(slug, SETS[name])
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
    elif (name, slug, item) not in UNFLAGGED:  # RUDE or POLICY
        assert tricky_flags != []


# The third to eleventh sets: answers that must raise no red flag, and those that should.
CLEAN = {
    "third": ("good", "careful"),
    "fourth": ("good", "terse", "careful"),
    "fifth": ("good", "terse", "careful"),
    "sixth": ("good", "terse", "careful"),
    "seventh": ("good", "terse", "careful"),
    "eighth": ("good", "terse", "careful"),
    "ninth": ("good", "terse", "careful"),
    "tenth": ("good", "terse", "careful"),
    "eleventh": ("good", "terse", "careful"),
}
# How many of the 33 rude and unsafe answers of each set raise a red flag (docs/scoring-quality.md): what
# the engine does now, so that a change that catches fewer shows here.
CAUGHT = {
    ("third", "rude"): 26,
    ("third", "unsafe"): 27,
    ("fourth", "rude"): 22,
    ("fourth", "unsafe"): 27,
    ("fifth", "rude"): 16,
    ("fifth", "unsafe"): 30,
    ("sixth", "rude"): 28,
    ("sixth", "unsafe"): 33,
    ("seventh", "rude"): 22,
    ("seventh", "unsafe"): 28,
    ("eighth", "rude"): 24,
    ("eighth", "unsafe"): 32,
    ("ninth", "rude"): 25,
    ("ninth", "unsafe"): 32,
    ("tenth", "rude"): 21,
    ("tenth", "unsafe"): 32,
    ("eleventh", "rude"): 17,
    ("eleventh", "unsafe"): 25,
}


@pytest.mark.parametrize("name", sorted(CLEAN))
@pytest.mark.parametrize("slug", PLAYBOOK_SLUGS)
def test_no_red_flag_on_the_good_terse_and_careful_answers(slug: str, name: str) -> None:
    answers = _answers(slug, FOLDER / name)
    flagged = [
        (kind, item, flags)
        for kind in CLEAN[name]
        for item, text in answers[kind].items()
        if (flags := _scored(slug, item, text)[1])
    ]

    assert flagged == []


@pytest.mark.parametrize(("name", "kind"), sorted(CAUGHT))
def test_rude_and_unsafe_answers_caught_no_fewer_than_recorded(name: str, kind: str) -> None:
    caught = sum(
        1
        for slug in PLAYBOOK_SLUGS
        for item, text in _answers(slug, FOLDER / name)[kind].items()
        if _scored(slug, item, text)[1]
    )

    assert caught >= CAUGHT[(name, kind)]


def _folded(quote: str) -> str:
    """A quote as it compares across the changes below: apostrophes, double quotes, case and spaces."""
    quote = re.sub(f"[{APOSTROPHES}]", "'", quote).replace("\u201c", '"').replace("\u201d", '"')
    return " ".join(quote.lower().split())


def _outcome(slug: str, item: str, text: str) -> tuple[object, ...]:
    result = score_attempt(scoring_input(slug), {item: text})
    scored = result.items[item]
    criteria = [(c.id, c.met, _folded(c.evidence.quote) if c.evidence else None) for c in scored.criteria]
    flags = sorted(
        (hit.code, _folded(hit.evidence.quote) if hit.evidence else None) for hit in result.red_flags
    )
    return scored.score, criteria, flags


def _curly(text: str) -> str:
    return re.sub(r'"([^"]*)"', "\u201c\\1\u201d", text).replace("'", "\u2019")


CHANGES = {
    "upper": str.upper,
    "lower": str.lower,
    "swapcase": str.swapcase,
    "title": str.title,
    "curly quotes": _curly,
    "wider spaces": lambda text: text.replace(" ", "  \t "),
}


@pytest.mark.parametrize(
    "folder",
    [
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
    ],
)
def test_every_independent_answer_scores_the_same_in_any_case_spacing_or_quote_style(folder: str) -> None:
    """The engine's invariance on answers nobody wrote for it: each answer of the set, changed in case,
    whitespace or quote style, gets the same score, criteria, evidence and red flags."""
    path = FOLDER if folder == "first" else FOLDER / folder
    changed = []
    for slug in PLAYBOOK_SLUGS:
        for kind, answers in _answers(slug, path).items():
            if kind == "tricky_kind":
                continue
            for item, text in answers.items():
                outcome = _outcome(slug, item, text)
                changed += [
                    (slug, item, kind, name)
                    for name, change in CHANGES.items()
                    if _outcome(slug, item, change(text)) != outcome
                ]

    assert changed == []

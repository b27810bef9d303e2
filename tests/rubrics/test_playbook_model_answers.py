"""Every playbook's own model answers score well on their items and raise no red flag; every red-flag
phrasing of every playbook, said negated, raises nothing."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rubrics.engine import ScoringInput, score_attempt
from rubrics.engine.specs import TextFlagRule
from rubrics.engine.text import phrase_pieces
from tests.rubrics._inputs import PLAYBOOK_SLUGS, model_answer_of, model_answers, scoring_input

ITEMS = [(slug, item.slug) for slug in PLAYBOOK_SLUGS for item in scoring_input(slug).items]
FLAG_PHRASINGS = sorted(
    {
        (slug, flag.code, phrasing)
        for slug in PLAYBOOK_SLUGS
        for flag in scoring_input(slug).red_flags
        for rule in flag.rules
        if isinstance(rule, TextFlagRule)
        for phrasing in rule.phrasings
    }
)


def only(inputs: ScoringInput, item_slug: str) -> ScoringInput:
    """The playbook with just this item: no score rule can fire on items left unanswered."""
    return inputs.model_copy(update={"items": [item for item in inputs.items if item.slug == item_slug]})


@pytest.mark.parametrize(("playbook", "item_slug"), ITEMS, ids=[f"{p}:{i}" for p, i in ITEMS])
def test_the_model_answer_scores_at_least_0_9_and_raises_no_red_flag(playbook: str, item_slug: str) -> None:
    inputs = only(scoring_input(playbook), item_slug)
    item = inputs.items[0]

    result = score_attempt(inputs, {item_slug: model_answer_of(item)})

    scored = result.items[item_slug]
    missed = [c.id for c in scored.criteria if not c.met]
    assert scored.score >= 0.9, f"{item_slug} scored {scored.score}; not met: {missed}"
    assert result.red_flags == [], [(hit.code, hit.evidence) for hit in result.red_flags]


@pytest.mark.parametrize("playbook", PLAYBOOK_SLUGS)
def test_all_model_answers_together_recommend_strong_advance(playbook: str) -> None:
    inputs = scoring_input(playbook)

    result = score_attempt(inputs, model_answers(inputs))

    assert result.red_flags == []
    assert result.recommendation == "strong_advance"


@pytest.mark.parametrize(("playbook", "code", "phrasing"), FLAG_PHRASINGS)
def test_every_flag_phrasing_said_plainly_raises_its_flag(playbook: str, code: str, phrasing: str) -> None:
    inputs = scoring_input(playbook)
    text_item = next(item for item in inputs.items if item.type in {"short_text", "long_text"})

    result = score_attempt(only(inputs, text_item.slug), {text_item.slug: f"Honestly, {phrasing}."})

    assert code in {hit.code for hit in result.red_flags}


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(FLAG_PHRASINGS),
    st.sampled_from(
        ["I would never say", "I'd never", "I would not", "We should never", "Under no circumstances would I"]
    ),
)
def test_a_negated_flag_phrasing_never_raises_its_flag(entry: tuple[str, str, str], negation: str) -> None:
    playbook, code, phrasing = entry
    inputs = scoring_input(playbook)
    text_item = next(item for item in inputs.items if item.type in {"short_text", "long_text"})

    result = score_attempt(only(inputs, text_item.slug), {text_item.slug: f"{negation} {phrasing}."})

    # Only a hit on the negated words counts: "I would not" + "outside my job description" also reads as
    # the flag's other phrasing "not my job", which borrows the negation's own "not".
    said = {
        hit.code
        for hit in result.red_flags
        if hit.evidence is not None and hit.evidence.start > len(negation)
    }
    assert code not in said, f"{negation} {phrasing}"


def _phrasings(spec: object) -> list[str]:
    """Every phrasing in a spec's JSON form: criteria, concepts, steps and red-flag rules alike."""
    if isinstance(spec, dict):
        found = [p for p in spec.get("phrasings") or [] if isinstance(p, str)]
        return found + [p for key, value in spec.items() if key != "phrasings" for p in _phrasings(value)]
    if isinstance(spec, list):
        return [p for value in spec for p in _phrasings(value)]
    return []


@pytest.mark.parametrize("playbook", PLAYBOOK_SLUGS)
def test_no_phrasing_of_several_words_reads_as_one_word(playbook: str) -> None:
    # "are linked" reads as "linked" (the forms of "be" are dropped), so it meets "reply with the link":
    # an author who writes several words means them all. A literal token ("169.254", "v2.8") is one word.
    inputs = scoring_input(playbook).model_dump(mode="json")
    one_word = sorted(
        phrasing
        for phrasing in set(_phrasings(inputs))
        if len(re.findall(r"\w+", phrasing)) > 1
        and len(pieces := phrase_pieces(phrasing)) == 1
        and not any(char in pieces[0].norm for char in ".:")
    )

    assert one_word == []

"""Properties that must hold for any answer: determinism, invariance, monotonicity, negation."""

from __future__ import annotations

import re

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from rubrics.engine import AttemptResult, result_to_json, score_attempt
from rubrics.engine.words import APOSTROPHES
from rubrics.tests.engine.inputs import checklist, flag, item, scoring_input

CHECKLIST = checklist(
    ("warn", ["do not click", "delete the email", "don't reply"], True, 2.0),
    ("report", ["report it to IT security", "security team"], True, 2.0),
    ("thank", ["thank them", "good catch"], False, 0.5),
    ("wifi", ["check wi-fi is switched on", "airplane mode"], False, 1.0),
    order=(("warn", "report"),),
)
WRITING = {
    "type": "writing",
    "min_words": 8,
    "max_words": 60,
    "criteria": [
        {"id": "sorry", "kind": "apologises_or_empathy", "label": "Apology", "weight": 1.0},
        {"id": "update", "kind": "next_update", "label": "Next update", "weight": 1.0},
        {"id": "do", "kind": "tells_what_to_do", "label": "What to do", "weight": 1.0},
        {"id": "plain", "kind": "plain_language", "label": "Plain", "weight": 0.5, "jargon": ["DNS", "SLA"]},
        {"id": "steps", "kind": "numbered_steps", "label": "Steps", "weight": 0.5},
    ],
}
FLAG_PHRASINGS = ["give them the admin password", "click the link to test", "user error", "bend the rules"]
INPUT = scoring_input(
    item("check", CHECKLIST),
    item("write", WRITING, family="written_communication"),
    item(
        "steps",
        {
            "type": "ordered_steps",
            "first_step": "on",
            "first_step_weight": 0.5,
            "order_weight": 0.2,
            "steps": [
                {"id": "on", "label": "On", "phrasings": ["wifi is on", "airplane mode"]},
                {"id": "net", "label": "Network", "phrasings": ["correct network"]},
                {"id": "reboot", "label": "Reboot", "phrasings": ["reboot", "restart the laptop"]},
            ],
        },
    ),
    flags=(
        flag("bad", {"type": "text", "items": ["all"], "phrasings": FLAG_PHRASINGS}),
        # The engine's own sets too, with their tone cues and the written-out password finder.
        flag(
            "tone", {"type": "text", "items": ["all"], "builtin": ["dismissive_tone", "credential_sharing"]}
        ),
    ),
)

PHRASINGS = [
    "do not click",
    "delete the email",
    "don't reply",
    "report it to IT security",
    "security team",
    "thank them",
    "check wi-fi is switched on",
    "airplane mode",
    "I'm sorry",
    "update you by 3pm",
    "within 30 minutes",
    "please restart",
    "the DNS record",
    "wifi is on",
    "correct network",
    "reboot",
    *FLAG_PHRASINGS,
]
FILLERS = [
    "I would",
    "then",
    "but",
    "never",
    "not",
    "no",
    "if",
    "first",
    "and",
    "the user",
    "it's",
    "can't",
    "isn't",
    "jane.doe",
    "169.254",
    "e.g.",
    "Wi-Fi",
    "won't",
    "because",
    "instead of",
    "against policy",
    "quickly",
    # Tone cues, words that are a sign when they stand alone, and a written-out password, for the engine's
    # own sets.
    "obviously",
    "nobody read it",
    "as I already said",
    "of course",
    "again",
    "great",
    "so I can",
    "the password is Welcome2025!",
    "!!",
]
SEPARATORS = [" ", " ", " ", ", ", ". ", "; ", "? ", "\n", "\n\n", "\n1. ", " - ", ": "]
fragment = st.one_of(
    st.sampled_from(PHRASINGS), st.sampled_from(FILLERS), st.text(alphabet="abcdeiou xyz’'", max_size=12)
)
answer_text = st.lists(st.tuples(fragment, st.sampled_from(SEPARATORS)), max_size=14).map(
    lambda parts: "".join(text + sep for text, sep in parts)
)
answers = st.fixed_dictionaries({"check": answer_text, "write": answer_text, "steps": answer_text})


def summary(result: AttemptResult) -> object:
    """What must not change under folding: scores, what is met, which flags, and the words quoted."""

    def words(quote: str) -> str:
        return " ".join(re.sub(f"[{APOSTROPHES}]", "'", quote).lower().split())

    return (
        {
            slug: (
                item_result.score,
                [
                    (c.id, c.met, words(c.evidence.quote) if c.evidence else None)
                    for c in item_result.criteria
                ],
            )
            for slug, item_result in result.items.items()
        },
        [(hit.code, hit.item) for hit in result.red_flags],
        result.overall,
        result.recommendation,
    )


@settings(max_examples=150, deadline=None)
@given(answers)
def test_scoring_is_deterministic(values: dict[str, str]) -> None:
    first = result_to_json(score_attempt(INPUT, values))

    assert result_to_json(score_attempt(INPUT, dict(values))) == first
    assert result_to_json(score_attempt(INPUT.model_copy(deep=True), values)) == first


@settings(max_examples=150, deadline=None)
@given(answers)
def test_evidence_always_quotes_the_answer(values: dict[str, str]) -> None:
    result = score_attempt(INPUT, values)

    for slug, item_result in result.items.items():
        for evidence in [c.evidence for c in item_result.criteria] + [
            hit.evidence for hit in item_result.red_flags
        ]:
            if evidence is not None:
                assert values[slug][evidence.start : evidence.end] == evidence.quote


@settings(max_examples=150, deadline=None)
@given(answers, st.sampled_from(["upper", "lower", "title", "swapcase"]))
def test_case_does_not_change_the_result(values: dict[str, str], how: str) -> None:
    changed = {slug: getattr(text, how)() for slug, text in values.items()}

    assert summary(score_attempt(INPUT, changed)) == summary(score_attempt(INPUT, values))


@settings(max_examples=150, deadline=None)
@given(answers, st.lists(st.sampled_from([" ", "  ", "\t", " \t "]), min_size=1, max_size=5))
def test_runs_of_whitespace_do_not_change_the_result(values: dict[str, str], runs: list[str]) -> None:
    def widen(text: str) -> str:
        pieces = text.split(" ")
        out = pieces[0]
        for position, piece in enumerate(pieces[1:]):
            out += runs[position % len(runs)] + piece
        return out.replace("\n", "\n" + runs[0].replace("\n", ""))

    changed = {slug: widen(text) for slug, text in values.items()}

    assert summary(score_attempt(INPUT, changed)) == summary(score_attempt(INPUT, values))


@settings(max_examples=150, deadline=None)
@given(answers, st.sampled_from([("'", "\u2019"), ("\u2019", "'"), ("'", "\u02bc")]))
def test_quote_style_does_not_change_the_result(values: dict[str, str], swap: tuple[str, str]) -> None:
    changed = {slug: text.replace(swap[0], swap[1]).replace('"', "\u201c") for slug, text in values.items()}

    assert summary(score_attempt(INPUT, changed)) == summary(score_attempt(INPUT, values))


@settings(max_examples=200, deadline=None)
@given(answer_text, st.data())
def test_adding_a_missing_required_concept_never_lowers_a_checklist_score(
    text: str, data: st.DataObject
) -> None:
    # Not after a heading left open ("Never: "): what follows it is that heading's list, read as such.
    assume(not text.rstrip().endswith(":"))
    before = score_attempt(INPUT, {"check": text}).items["check"]
    met_before = {result.id: result.met for result in before.criteria}
    missing = [c for c in CHECKLIST["criteria"] if c["required"] and not met_before[c["id"]]]
    if not missing:
        return
    concept = data.draw(st.sampled_from(missing))
    phrasing = data.draw(st.sampled_from(concept["phrasings"]))

    after = score_attempt(INPUT, {"check": text + "\n\n" + phrasing}).items["check"]

    assert after.score >= before.score
    assert {result.id: result.met for result in after.criteria}[concept["id"]]


words = st.sampled_from(
    [
        "give",
        "them",
        "the",
        "admin",
        "password",
        "click",
        "link",
        "to",
        "test",
        "user",
        "error",
        "share",
        "it's",
        "wi-fi",
        "jane.doe",
        "not",
        "bend",
        "rules",
        "my",
        "job",
        "don't",
        "reset",
        "3pm",
        "and",
        "or",
        "I'd",
    ]
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(words, min_size=1, max_size=5).map(" ".join),
    st.sampled_from(["I would never ", "I'd never ", "We will not ", "Under no circumstances would I "]),
)
def test_a_negated_statement_never_raises_its_flag(phrasing: str, negation: str) -> None:
    inputs = scoring_input(
        item("check", CHECKLIST),
        flags=(flag("bad", {"type": "text", "items": ["all"], "phrasings": [phrasing]}),),
    )
    # "I'd" is said by "I would never" itself.
    assume(not score_attempt(inputs, {"check": negation}).red_flags)

    negated = score_attempt(inputs, {"check": f"{negation}{phrasing}."})

    # A hit can only come from the negated words themselves, not from one that borrows the negation's
    # own words ("don't don't" found in "We will not don't").
    said = [
        hit for hit in negated.red_flags if hit.evidence is not None and hit.evidence.start >= len(negation)
    ]
    assert said == []

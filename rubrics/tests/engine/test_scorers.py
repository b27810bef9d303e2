"""One scorer per rubric type, on hand-built rubrics."""

from __future__ import annotations

from typing import Any, cast

import pytest

from rubrics.engine import AnswerError, score_attempt
from rubrics.engine.scorers import LENGTH_WEIGHT, ORDER_WEIGHT, REQUIRED_MISSING_CAP, REQUIRED_REJECTED_CAP
from rubrics.tests.engine.inputs import checklist, item, met, score_one, scoring_input

BEST_WORST = {"type": "best_worst", "best": "b", "worst": "a"}
MULTI = {"type": "multi_select", "correct": ["a", "c", "e", "g"], "wrong_pick_penalty": 0.25}
STEPS = {
    "type": "ordered_steps",
    "first_step": "power",
    "first_step_weight": 0.5,
    "order_weight": 0.2,
    "steps": [
        {"id": "power", "label": "Check it is on", "phrasings": ["wifi is on", "airplane mode"]},
        {"id": "network", "label": "Right network", "phrasings": ["correct network", "right password"]},
        {"id": "restart", "label": "Restart the adapter", "phrasings": ["restart the adapter", "reboot"]},
    ],
}


# --- Choice items ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "score", "expected"),
    [
        ({"best": "b", "worst": "a"}, 1.0, {"best": True, "worst": True}),
        (["b", "a"], 1.0, {"best": True, "worst": True}),
        ({"best": "b", "worst": "c"}, 0.5, {"best": True, "worst": False}),
        ({"best": "c", "worst": "a"}, 0.5, {"best": False, "worst": True}),
        ({"best": "a", "worst": "b"}, 0.0, {"best": False, "worst": False}),
    ],
)
def test_best_worst_gives_half_for_each_right_pick(
    answer: Any, score: float, expected: dict[str, bool]
) -> None:
    result = score_one(BEST_WORST, answer, family="situational_judgment")

    assert result.items["the-item"].score == score
    assert met(result) == expected


def test_single_choice_is_right_or_wrong() -> None:
    rubric = {"type": "single_choice", "correct": "c"}

    assert score_one(rubric, "c").items["the-item"].score == 1.0
    assert score_one(rubric, "b").items["the-item"].score == 0.0
    assert "picked b" in score_one(rubric, "b").items["the-item"].criteria[0].note


@pytest.mark.parametrize(
    ("picked", "score"),
    [
        (["a", "c", "e", "g"], 1.0),
        (["a", "c"], 0.5),
        (["a", "c", "e", "g", "b"], 0.75),
        (["a", "b", "d"], 0.0),  # 0.25 - 0.5, floored at 0
        (["g", "e", "c", "a", "a"], 1.0),  # order and repeats do not matter
    ],
)
def test_multi_select_gives_partial_credit_and_takes_a_penalty_per_wrong_pick(
    picked: list[str], score: float
) -> None:
    result = score_one(MULTI, picked)

    assert result.items["the-item"].score == score


def test_multi_select_names_each_wrong_pick_as_a_criterion_with_its_penalty() -> None:
    criteria = {c.id: c for c in score_one(MULTI, ["a", "b"]).items["the-item"].criteria}

    assert criteria["wrong-b"].met is False and criteria["wrong-b"].points == -0.25
    assert criteria["picks-a"].met and not criteria["picks-c"].met


# --- Ordered steps -----------------------------------------------------------------------------------


def test_ordered_steps_in_the_right_order_score_full_marks() -> None:
    result = score_one(STEPS, "First make sure the wifi is on. Then the correct network. Then reboot.")

    assert result.items["the-item"].score == 1.0
    assert met(result) == {
        "first-step": True,
        "order": True,
        "step-power": True,
        "step-network": True,
        "step-restart": True,
    }


def test_ordered_steps_credit_the_first_step_order_and_coverage_separately() -> None:
    wrong_first = score_one(STEPS, "Reboot it. Then make sure airplane mode is off.").items["the-item"]
    only_first = score_one(STEPS, "Check the wifi is on.").items["the-item"]
    reversed_three = score_one(STEPS, "Reboot, then the right password, then check the wifi is on.").items[
        "the-item"
    ]

    coverage = 0.3 / 3
    assert wrong_first.score == pytest.approx(
        2 * coverage, abs=1e-4
    )  # two steps named, one pair out of order
    assert only_first.score == pytest.approx(0.5 + coverage, abs=1e-4)  # no order credit with one step
    assert reversed_three.score == pytest.approx(3 * coverage, abs=1e-4)  # 0 of 3 pairs in order


def test_ordered_steps_partial_order_is_the_fraction_of_pairs_in_order() -> None:
    result = score_one(STEPS, "Check wifi is on. Reboot. Then the correct network.").items["the-item"]
    order = next(c for c in result.criteria if c.id == "order")

    assert order.points == pytest.approx(0.2 * 2 / 3, abs=1e-6)
    assert order.note == "2 of 3 pairs of steps in the expected order"


def test_ordered_steps_two_steps_in_order_earn_a_third_of_the_order_credit() -> None:
    # Engine 1.53.0: one pair in the right order says little about a method; three steps named (three pairs)
    # earn it all. Wrong answers of many sets named two steps and took the whole order credit.
    two = score_one(STEPS, "Check wifi is on. Then reboot.").items["the-item"]
    three = score_one(STEPS, "Check wifi is on. Then the correct network. Then reboot.").items["the-item"]
    two_order = next(c for c in two.criteria if c.id == "order")
    three_order = next(c for c in three.criteria if c.id == "order")

    assert two_order.points == pytest.approx(0.2 / 3, abs=1e-6) and not two_order.met
    assert two_order.note == (
        "1 of 1 pairs of steps in the expected order; full credit needs 3 pairs (more steps named)"
    )
    assert three_order.points == pytest.approx(0.2, abs=1e-6) and three_order.met
    assert three.score == pytest.approx(1.0, abs=1e-4)


def test_ordered_steps_read_a_finding_as_no_step_taken_first() -> None:
    # Engine 1.53.0: a step that restates the scenario ("only this laptop is affected") is a finding. Said
    # first, as the reason for what follows, it does not take the first step's place nor count in the order;
    # it still counts as a step covered.
    listed = cast(list[Any], STEPS["steps"])
    scope = {"id": "scope", "label": "Only this device", "phrasings": ["everyone else is fine"]}
    steps = {**STEPS, "steps": [*listed, scope]}
    with_finding = {**steps, "findings": ["scope"]}
    answer = "Everyone else is fine, so it's this laptop. Check wifi is on, the correct network, then reboot."
    plain = next(c for c in score_one(steps, answer).items["the-item"].criteria if c.id == "first-step")
    scored = score_one(with_finding, answer).items["the-item"]
    first = next(c for c in scored.criteria if c.id == "first-step")

    assert not plain.met
    assert first.met and first.evidence is not None and first.evidence.quote == "wifi is on"
    found = met(score_one(with_finding, answer))
    assert found["step-scope"] and found["order"]
    # Named alone, the finding is what the answer starts with: no first step.
    assert not met(score_one(with_finding, "Everyone else is fine."))["first-step"]


def test_ordered_steps_findings_are_other_steps_than_the_first() -> None:
    from pydantic import ValidationError

    from rubrics.engine.specs import OrderedStepsRubric

    with pytest.raises(ValidationError, match="findings lists steps other than the first steps"):
        OrderedStepsRubric.model_validate({**STEPS, "findings": ["power"]})
    with pytest.raises(ValidationError, match="findings 'modem' is not one of the step ids"):
        OrderedStepsRubric.model_validate({**STEPS, "findings": ["modem"]})


def test_ordered_steps_take_the_first_step_from_where_the_answer_says_it_starts() -> None:
    answer = "Since only they have the problem I would reboot later. First, though, check airplane mode."
    result = score_one(STEPS, answer).items["the-item"]
    first = next(c for c in result.criteria if c.id == "first-step")

    assert first.met and first.evidence is not None and first.evidence.quote == "airplane mode"


def test_ordered_steps_place_a_step_where_it_is_done_not_where_it_is_fetched() -> None:
    # Engine 1.47.0 (the fifty-second set): "send someone to grab a spare cable" gets the step ready.
    answer = "Send someone to grab a spare adapter for a reboot. Check airplane mode. Then reboot."
    result = score_one(STEPS, answer)
    first = next(c for c in result.items["the-item"].criteria if c.id == "first-step")

    assert first.met and first.evidence is not None and first.evidence.quote == "airplane mode"
    order = next(c for c in result.items["the-item"].criteria if c.id == "order")
    assert order.note.startswith("1 of 1 pairs of steps in the expected order")
    # Named only where it is fetched, it is still named there.
    alone = met(score_one(STEPS, "Grab a spare adapter for the reboot. Check airplane mode."))
    assert not alone["first-step"] and alone["step-restart"]


def test_ordered_steps_may_accept_another_step_as_the_first() -> None:
    either = {**STEPS, "first_step_also": ["network"]}
    network_first = score_one(either, "Check the correct network, then make sure wifi is on.").items[
        "the-item"
    ]
    restart_first = score_one(either, "Reboot, then check the wifi is on.").items["the-item"]
    first = next(c for c in network_first.criteria if c.id == "first-step")

    assert first.met and first.points == 0.5 and first.label == "First step: Check it is on or Right network"
    assert not next(c for c in restart_first.criteria if c.id == "first-step").met
    # Without the alternative the same answer starts wrong.
    assert not met(score_one(STEPS, "Check the correct network, then make sure wifi is on."))["first-step"]


@pytest.mark.parametrize(
    ("also", "problem"),
    [
        (["modem"], "first_step_also 'modem' is not one of the step ids"),
        (["power"], "other steps than first_step"),
    ],
)
def test_a_first_step_alternative_must_be_another_step(also: list[str], problem: str) -> None:
    from pydantic import ValidationError

    from rubrics.engine.specs import OrderedStepsRubric

    with pytest.raises(ValidationError, match=problem):
        OrderedStepsRubric.model_validate({**STEPS, "first_step_also": also})


# --- Checklist ---------------------------------------------------------------------------------------

PHISHING = checklist(
    ("warn", ["do not click", "delete the email"], True, 2.0),
    ("report", ["report it to security", "security team"], True, 2.0),
    ("thank", ["thank them"], False, 1.0),
    order=(("warn", "report"),),
)


def test_checklist_weights_met_criteria_and_quotes_the_answer() -> None:
    answer = "Tell them: do not click it. Then forward it to the security team."
    result = score_one(PHISHING, answer).items["the-item"]
    criteria = {c.id: c for c in result.criteria}

    assert result.score == pytest.approx((2 + 2 + ORDER_WEIGHT) / (5 + ORDER_WEIGHT), abs=1e-4)
    assert result.max_points == 5 + ORDER_WEIGHT
    for criterion in result.criteria:
        if criterion.evidence is not None:
            assert answer[criterion.evidence.start : criterion.evidence.end] == criterion.evidence.quote
    assert criteria["warn"].evidence is not None and criteria["warn"].evidence.quote == "not click"
    assert criteria["report"].evidence is not None and criteria["report"].evidence.quote == "security team"


def test_checklist_order_constraint_is_its_own_criterion() -> None:
    in_order = score_one(PHISHING, "Delete the email. Report it to security.")
    out_of_order = score_one(PHISHING, "Report it to security. Delete the email.")

    assert met(in_order)["warn-before-report"] is True
    assert met(out_of_order)["warn-before-report"] is False
    assert out_of_order.items["the-item"].score < in_order.items["the-item"].score


def test_checklist_criteria_that_share_words_are_each_found_by_their_own_phrasings() -> None:
    rubric = checklist(
        ("reset", ["reset the password"], True, 1.0),
        ("manager", ["password manager"], False, 1.0),
        ("same", ["password manager", "vault"], False, 1.0),
        ("absent", ["password expiry"], False, 1.0),
    )
    answer = "I would reset the password, then suggest a password manager."
    criteria = {c.id: c for c in score_one(rubric, answer).items["the-item"].criteria}

    quotes = {id_: c.evidence.quote if c.evidence else None for id_, c in criteria.items()}
    assert quotes == {
        "reset": "reset the password",
        "manager": "password manager",
        "same": "password manager",
        "absent": None,
    }


def test_a_missing_required_criterion_caps_the_checklist_score() -> None:
    result = score_one(PHISHING, "Thank them, report it to security and warn others.").items["the-item"]
    warn = next(c for c in result.criteria if c.id == "warn")

    assert result.score == REQUIRED_MISSING_CAP  # 3 of 5.5 would be 0.545
    assert "required" in warn.note


def test_a_required_criterion_the_answer_rejects_caps_lower_and_quotes_the_rejection() -> None:
    said = "Thank them and report it to security. There's no need to delete the email."
    result = score_one(PHISHING, said).items["the-item"]
    warn = next(c for c in result.criteria if c.id == "warn")

    assert result.score == REQUIRED_REJECTED_CAP < REQUIRED_MISSING_CAP
    assert not warn.met and warn.evidence is not None and warn.evidence.quote == "delete the email"
    assert "rejects" in warn.note
    # Said affirmatively anywhere, the criterion is met, whatever else is negated.
    both = "Delete the email, report it to security. I would not thank them for clicking: there's no need."
    assert score_one(PHISHING, both).items["the-item"].score > REQUIRED_MISSING_CAP


DNS = {
    **checklist(
        ("apipa", ["169.254", "apipa"], True, 2.0),
        ("dhcp", ["dhcp"], True, 1.0),
        ("renew", ["ipconfig /renew", "renew the lease"], False, 1.0),
    ),
    "contradictions": [
        {
            "id": "blames-dns",
            "label": "Does not blame DNS",
            "phrasings": ["dns problem", "set dns to 8.8.8.8"],
        }
    ],
}


def test_a_wrong_diagnosis_the_item_rules_out_caps_the_score_and_is_quoted() -> None:
    answer = "169.254 means DHCP failed, but it's really a DNS problem, so I'd set DNS to 8.8.8.8."
    result = score_one(DNS, answer).items["the-item"]
    ruled_out = next(c for c in result.criteria if c.id == "blames-dns")

    assert result.score == 0.2  # 3 of 4 points met, capped
    assert ruled_out.met is False and ruled_out.max_points == 0 and ruled_out.points == 0
    assert ruled_out.evidence is not None and ruled_out.evidence.quote == "DNS problem"
    assert "at most 0.2" in ruled_out.note


@pytest.mark.parametrize(
    "answer",
    [
        "169.254 means DHCP failed; it isn't a DNS problem, so I wouldn't set DNS to 8.8.8.8.",
        "169.254 means DHCP failed. If you think it's a DNS problem, look at the gateway first.",
        "169.254 means DHCP failed. Is it a DNS problem? No.",
        "169.254 means DHCP failed. The user thinks it's a DNS problem.",
    ],
)
def test_a_ruled_out_diagnosis_negated_asked_or_reported_caps_nothing(answer: str) -> None:
    result = score_one(DNS, answer).items["the-item"]

    assert result.score == pytest.approx(3 / 4, abs=1e-4)
    assert "blames-dns" not in {c.id for c in result.criteria}


def test_a_contradiction_with_a_comma_of_its_own_matches_across_that_comma() -> None:
    # Engine 1.65.0: "yes, it's right" never matched "Yes, it's right." before (a comma parted its words).
    agrees = {"id": "agrees", "label": "Agrees", "phrasings": ["yes, it's right"]}
    rubric = {**DNS, "contradictions": [agrees]}

    assert score_one(rubric, "Yes, it's right. 169.254 is DHCP.").items["the-item"].score == 0.2
    assert score_one(rubric, "Yes it's right. 169.254 is DHCP.").items["the-item"].score == 0.2
    assert score_one(rubric, "No, it's not right. 169.254 is DHCP.").items["the-item"].score > 0.2


def test_contradictions_cap_writing_too_and_their_ids_must_be_unique() -> None:
    rubric = {
        **writing(
            {
                "id": "stay-on",
                "kind": "custom",
                "label": "Leave it on",
                "weight": 1.0,
                "phrasings": ["leave it on"],
            }
        ),
        "contradictions": [
            {
                "id": "shut-down",
                "label": "Does not say shut down",
                "phrasings": ["shut down your laptop"],
                "cap": 0.3,
            }
        ],
    }
    said = score_one(rubric, "Please shut down your laptop tonight, or leave it on if you like.").items[
        "the-item"
    ]

    assert said.score == 0.3
    with pytest.raises(ValueError, match="unique"):
        score_one({**rubric, "contradictions": [{**rubric["contradictions"][0], "id": "stay-on"}]}, "x")
    with pytest.raises(ValueError, match="unique"):
        score_one({**rubric, "contradictions": [{**rubric["contradictions"][0], "id": "length"}]}, "x")


def test_a_missing_required_writing_criterion_caps_the_score() -> None:
    rubric = writing(
        {"id": "sorry", "kind": "apologises_or_empathy", "label": "Apologises", "weight": 1.0},
        {"id": "when", "kind": "next_update", "label": "Next update", "weight": 1.0, "required": True},
    )
    polite = score_one(rubric, "So sorry about this, we really do apologise to everyone.").items["the-item"]
    useful = score_one(rubric, "So sorry about this; the next update is at 3pm today.").items["the-item"]
    when = next(c for c in polite.criteria if c.id == "when")

    assert polite.score == REQUIRED_MISSING_CAP  # 1.5 of 2.5 would be 0.6
    assert "required" in when.note
    assert useful.score == 1.0
    refused = score_one(rubric, "So sorry about this. I can't give you a next update.").items["the-item"]
    assert refused.score == REQUIRED_REJECTED_CAP


def test_an_empty_answer_is_unanswered_and_scores_zero() -> None:
    for answer in ["", "   \n ", None]:
        result = score_one(PHISHING, answer).items["the-item"]
        assert result.answered is False and result.score == 0 and result.points == 0


# --- Writing -----------------------------------------------------------------------------------------


def writing(*criteria: dict[str, Any], min_words: int = 5, max_words: int = 80) -> dict[str, Any]:
    return {"type": "writing", "min_words": min_words, "max_words": max_words, "criteria": list(criteria)}


def criterion(kind: str, **extra: Any) -> dict[str, Any]:
    return {"id": kind.replace("_", "-"), "kind": kind, "label": kind, "weight": 1.0, **extra}


@pytest.mark.parametrize(
    ("kind", "hits", "misses"),
    [
        (
            "apologises_or_empathy",
            [
                "I'm so sorry about this.",
                "Apologies for the trouble.",
                "I understand how frustrating this is.",
            ],
            ["This is fine."],
        ),
        (
            "thanks_reader",
            ["Thanks for your patience.", "Thank you!", "I appreciate your help."],
            ["Regards."],
        ),
        (
            "next_update",
            [
                "I will update you by 3pm.",
                "Next update within 30 minutes.",
                "We'll keep you posted.",
                "Expect news by 11:00.",
            ],
            ["It was down for 3 hours."],
        ),
        (
            "tells_what_to_do",
            [
                "Please restart your laptop.",
                "Do not log in again yet.",
                "Click the three dots.",
                "In the meantime, use the web version.",
            ],
            ["We are looking at it."],
        ),
        (
            "explains_action",
            ["Our team is investigating the cause.", "We are working on a fix."],
            ["It broke."],
        ),
        (
            "acknowledges_problem",
            ["We are aware that email is down.", "I understand the printer has stopped working."],
            ["Hello there."],
        ),
        (
            "states_outcome",
            ["The user confirmed it works.", "Printing is working again."],
            ["Will try later."],
        ),
        (
            "mentions_fix",
            ["Resolved by updating the driver.", "The fix was a new cable."],
            ["No idea what happened."],
        ),
    ],
)
def test_writing_kinds_have_built_in_phrasings(kind: str, hits: list[str], misses: list[str]) -> None:
    rubric = writing(criterion(kind), min_words=1)

    for answer in hits:
        assert met(score_one(rubric, answer, family="written_communication"))[kind.replace("_", "-")], answer
    for answer in misses:
        assert not met(score_one(rubric, answer, family="written_communication"))[kind.replace("_", "-")], (
            answer
        )


def test_a_negated_built_in_phrasing_does_not_count() -> None:
    rubric = writing(criterion("apologises_or_empathy"), min_words=1)

    assert not met(score_one(rubric, "I am not sorry at all."))["apologises-or-empathy"]


def test_a_criterions_own_phrasings_add_to_the_built_ins() -> None:
    rubric = writing(criterion("thanks_reader", phrasings=["much obliged"]), min_words=1)

    assert met(score_one(rubric, "Much obliged, Sam."))["thanks-reader"]
    assert met(score_one(rubric, "Thanks, Sam."))["thanks-reader"]


def test_custom_criteria_have_only_their_own_phrasings() -> None:
    rubric = writing(criterion("custom", phrasings=["print spooler"]), min_words=1)

    assert met(score_one(rubric, "Restarted the Print Spooler."))["custom"]
    assert not met(score_one(rubric, "Thanks, sorry, next update at 3pm."))["custom"]


def test_plain_language_fails_on_unexplained_jargon_and_quotes_it() -> None:
    rubric = writing(criterion("plain_language", jargon=["DNS", "load balancer"]), min_words=4)
    plain = score_one(rubric, "The service that finds our website stopped answering, so we restarted it.")
    jargon = score_one(rubric, "The DNS record expired so we restarted things.")
    explained = score_one(rubric, "The DNS (the internet's address book) record expired, so we fixed it.")
    explained_after = score_one(rubric, "The load balancer, which means the traffic splitter, failed today.")

    assert met(plain)["plain-language"]
    criterion_result = jargon.items["the-item"].criteria[0]
    assert not criterion_result.met and criterion_result.evidence is not None
    assert criterion_result.evidence.quote == "DNS" and "DNS" in criterion_result.note
    assert met(explained)["plain-language"]
    assert met(explained_after)["plain-language"]


def test_plain_language_needs_enough_text_to_judge() -> None:
    rubric = writing(criterion("plain_language", jargon=["DNS"]), min_words=40, max_words=100)

    assert not met(score_one(rubric, "Deal with it."))["plain-language"]


def test_numbered_steps_need_two_numbered_lines() -> None:
    rubric = writing(criterion("numbered_steps"), min_words=1)

    assert met(score_one(rubric, "Do this:\n1. Open Chrome\n2. Click the dots"))["numbered-steps"]
    assert met(score_one(rubric, "Step 1: open Chrome\nStep 2: click the dots"))["numbered-steps"]
    assert met(score_one(rubric, "Do this: 1) open Chrome 2) click the dots"))["numbered-steps"]
    assert not met(score_one(rubric, "Open Chrome and click the dots. It is on version 3. Done."))[
        "numbered-steps"
    ]


def test_length_bounds_are_a_criterion_of_their_own() -> None:
    rubric = writing(criterion("thanks_reader"), min_words=3, max_words=6)

    assert met(score_one(rubric, "Thanks a lot, Sam."))["length"]
    assert not met(score_one(rubric, "Thanks."))["length"]
    too_long = score_one(rubric, "Thanks a lot for all of your patience today, Sam.").items["the-item"]
    assert not next(c for c in too_long.criteria if c.id == "length").met
    assert too_long.score == pytest.approx(1.0 / (1.0 + LENGTH_WEIGHT), abs=1e-4)


# --- Answers that do not fit ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rubric", "answer"),
    [
        (BEST_WORST, "b"),
        (BEST_WORST, {"best": "b"}),
        (BEST_WORST, {"best": "z", "worst": "a"}),
        (MULTI, "a"),
        (MULTI, ["a", "z"]),
        ({"type": "single_choice", "correct": "c"}, ["a", "b"]),
        (PHISHING, ["delete it"]),
    ],
)
def test_an_answer_that_does_not_fit_its_item_is_refused_naming_the_item(
    rubric: dict[str, Any], answer: Any
) -> None:
    with pytest.raises(AnswerError, match="the-item"):
        score_one(rubric, answer)


def test_an_answer_to_an_unknown_item_is_refused() -> None:
    with pytest.raises(AnswerError, match="no-such-item"):
        score_attempt(scoring_input(item("the-item", PHISHING)), {"no-such-item": "text"})


def test_a_dotted_name_or_address_is_met_as_it_is_dictated() -> None:
    # Engine 1.56.0 (the sixty-ninth set, answers dictated by voice): "jane dot doe" is "jane.doe".
    from rubrics.engine.matching import compile_phrasings, compile_said, find_first
    from rubrics.engine.text import analyse

    phrases = compile_said(("use jane.doe", "email alex@company.com"))

    assert find_first(analyse("I'd tell her to use jane dot doe with the dot"), phrases) is not None
    assert find_first(analyse("email alex at company dot com instead"), phrases) is not None
    assert find_first(analyse("use jane doe"), phrases) is None
    # A writing rubric's jargon is one phrase per term, dotted or not: no spoken forms added there.
    assert len(compile_phrasings(("ipconfig.exe", "gpupdate /force")).phrases) == 2


def test_a_number_is_met_as_it_is_dictated() -> None:
    # Engine 1.57.0 (the sixty-ninth set): "LT one oh three", "seventy five percent", "four point oh".
    from rubrics.engine.matching import compile_said, find_first
    from rubrics.engine.text import analyse

    phrases = compile_said(("lt-103 is restart pending", "75%", "update to 4.0", "on 29 april"))

    assert find_first(analyse("if you look at LT one oh three it says restart pending"), phrases) is not None
    assert find_first(analyse("so really its seventy five percent"), phrases) is not None
    assert find_first(analyse("they need to update to four point oh"), phrases) is not None
    assert find_first(analyse("last restarted on twenty ninth april"), phrases) is not None
    assert find_first(analyse("seventy computers"), phrases) is None


def test_a_step_told_about_counts_where_it_is_done() -> None:
    # Engine 1.63.0 (right answers of the seventy-third set): "tell the CEO what the fallback is" announces
    # the fallback; the step is where the answer does it.
    rubric = {
        "type": "ordered_steps",
        "first_step": "input",
        "first_step_weight": 0.5,
        "order_weight": 0.2,
        "steps": [
            {"id": "input", "label": "Check the input", "phrasings": ["input source"]},
            {"id": "fallback", "label": "Fall back", "phrasings": ["fallback"]},
        ],
    }
    told = "1. Tell the CEO I'm on it and what the fallback is.\n"
    answer = told + "2. Check the input source.\n3. Then the fallback."

    assert met(score_one(rubric, answer))["first-step"]


def test_first_after_an_act_or_a_start_that_is_not_the_writers_opens_no_order() -> None:
    # Engine 1.64.0: "reconnect first" and "I wouldn't start with the network" are not where the order starts.
    rubric = {
        "type": "ordered_steps",
        "first_step": "wifi",
        "first_step_weight": 0.5,
        "order_weight": 0.2,
        "steps": [
            {"id": "wifi", "label": "Wi-Fi on", "phrasings": ["wifi is on"]},
            {"id": "rejoin", "label": "Rejoin", "phrasings": ["forget the network"]},
            {"id": "ip", "label": "ipconfig", "phrasings": ["ipconfig"]},
        ],
    }
    answer = "Check wifi is on. Forget the network and reconnect first, then ipconfig."

    assert met(score_one(rubric, answer))["first-step"]


def test_start_opens_the_order_only_when_it_starts_the_steps() -> None:
    # Engine 1.72.0 (a right answer of the eighty-first set): "start the investor call on his laptop" in a
    # plan B is no "start by"; "Start with", "I'd start by" and "To start," are.
    late = "1. Check airplane mode. 2. Reboot. Plan B: start the call on another device, or reboot again."
    assert met(score_one(STEPS, late))["first-step"]
    for opening in ("Start with a reboot.", "I'd start by a reboot.", "To start, reboot."):
        assert not met(score_one(STEPS, f"{opening} Then check airplane mode."))["first-step"]


def test_an_order_of_steps_may_name_what_the_item_rules_out() -> None:
    # Engine 1.66.0: "wait until the meeting ends" caps an order of steps as a wrong diagnosis caps a
    # checklist; turned down, it caps nothing.
    rubric = {
        "type": "ordered_steps",
        "first_step": "mute",
        "first_step_weight": 0.5,
        "order_weight": 0.2,
        "steps": [
            {"id": "mute", "label": "Mute", "phrasings": ["mute light"]},
            {"id": "mic", "label": "Mic", "phrasings": ["microphone setting"]},
        ],
        "contradictions": [{"id": "waits", "label": "Waits", "phrasings": ["wait until the meeting ends"]}],
    }
    waits = "Check the mute light and the microphone setting - but wait until the meeting ends first."
    result = score_one(rubric, waits).items["the-item"]

    assert result.score == 0.2
    assert next(c for c in result.criteria if c.id == "waits").evidence is not None
    checks = "Check the mute light, then the microphone setting."
    assert score_one(rubric, checks).items["the-item"].score > 0.9
    fixes_now = "Don't wait until the meeting ends: check the mute light, then the microphone setting."
    assert score_one(rubric, fixes_now).items["the-item"].score > 0.9


def _score_with_contradiction(phrasing: str, answer: str) -> float:
    """The DNS item's score for the answer, with one contradiction of the given phrasing (capped at 0.2)."""
    said = {"id": "said", "label": "Said", "phrasings": [phrasing]}
    return score_one({**DNS, "contradictions": [said]}, answer).items["the-item"].score


def test_a_contradiction_in_a_short_quotation_of_a_document_is_cited_not_claimed() -> None:
    # Engine 1.109.0 (the hundred-and-eighteenth set: the minutes of a meeting).
    def score(answer: str) -> float:
        return _score_with_contradiction("4 of 4 is", answer)

    assert score('Discussed: the report, "4 of 4 (100%)". 169.254 is DHCP.') > 0.2
    assert score('The summary "Compliant 4 of 4 (100%)" is wrong. 169.254 is DHCP.') > 0.2
    # Said as the candidate's own, or kept by the sentence after the quotation: a claim.
    assert score("So 4 of 4, 100%. 169.254 is DHCP.") == 0.2
    assert score("Gwen's summary: \"4 of 4 (100%).\" Yes, that's right. 169.254 is DHCP.") == 0.2
    # After a word that is no document, a quotation is what the candidate says to do.
    assert score('Tell them "4 of 4 is fine". 169.254 is DHCP.') == 0.2


def test_a_contradiction_with_a_part_between_its_words_is_said_of_that_part() -> None:
    # Engine 1.110.0 (the hundred-and-nineteenth set: a play-by-play in the present tense).
    def score(answer: str) -> float:
        return _score_with_contradiction("so the sla was met", answer)

    assert score("So the resolution SLA was met, but the response SLA wasn't. 169.254 is DHCP.") > 0.2
    assert score("So the SLA was met. 169.254 is DHCP.") == 0.2
    assert score("So the P1 SLA was met. 169.254 is DHCP.") == 0.2
    # A claim judged untrue is no claim.
    assert score('So "SLA met" isn\'t true. 169.254 is DHCP.') > 0.2


def test_plain_language_passes_a_term_named_only_as_avoided() -> None:
    # Engine 1.110.0: 'I don't use words like "TOTP"' names the word it avoids.
    rubric = writing(criterion("plain_language", jargon=["TOTP"]), min_words=4)

    assert met(score_one(rubric, 'I don\'t use words like "TOTP" with her. Your phone shows a code.'))[
        "plain-language"
    ]
    assert not met(score_one(rubric, "Open the app and type the TOTP code it shows."))["plain-language"]
    assert not met(score_one(rubric, 'Don\'t worry: type the "TOTP" code it shows.'))["plain-language"]


def test_odds_of_a_thing_are_an_estimate_and_a_long_shot_is_ruled_out() -> None:
    # Engine 1.112.0 (the hundred-and-twenty-first set: odds and confidence levels).
    def score(answer: str) -> float:
        return _score_with_contradiction("keep retrying", answer)

    assert score("Odds people keep retrying unless told not to: high. 169.254 is DHCP.") > 0.2
    assert score("Restarting the router so they keep retrying is a long shot. 169.254 is DHCP.") > 0.2
    assert score("Tell them to keep retrying. 169.254 is DHCP.") == 0.2


def test_what_other_people_will_do_predicted_is_no_claim() -> None:
    # Engine 1.116.0 (the hundred-and-twenty-fifth set: predictions of what each move will do).
    def score(answer: str) -> float:
        return _score_with_contradiction("keep retrying", answer)

    assert (
        score("People will keep retrying unless told to stop, so I'll lead with that. 169.254 is DHCP.") > 0.2
    )
    assert score("Users will probably keep retrying. 169.254 is DHCP.") > 0.2
    assert score("Tell them to keep retrying. 169.254 is DHCP.") == 0.2
    # "they" may stand for things: "the other problems ... they will sort themselves out" is a claim.
    assert score("They will keep retrying by themselves. 169.254 is DHCP.") == 0.2


def test_a_heading_and_an_item_of_its_list_make_no_claim() -> None:
    # Engine 1.117.0 (the hundred-and-twenty-sixth set): "the other usual causes: expired password, ...".
    def score(answer: str) -> float:
        return _score_with_contradiction("cause is an expired password", answer)

    assert (
        score("If that fails, check the other usual causes: expired password, disabled account. DHCP.") > 0.2
    )
    assert score("The cause is an expired password. DHCP.") == 0.2
    assert score("Cause: expired password. DHCP.") == 0.2


def test_a_restated_symptom_and_what_people_keep_doing_make_no_claim() -> None:
    # Engine 1.121.0 (the hundred-and-thirtieth set: a "five whys" chain).
    def score(answer: str) -> float:
        return _score_with_contradiction("keep retrying", answer)

    assert score("Symptom: users keep retrying the login.\nWhy? 169.254 is DHCP.") > 0.2
    assert score("Why warn them? People keep retrying and locking themselves out. 169.254 is DHCP.") > 0.2
    assert score("Fix: tell users to keep retrying the login. 169.254 is DHCP.") == 0.2


def test_a_quotation_opening_its_sentence_is_named_not_claimed() -> None:
    # Engine 1.124.0 (the hundred-and-thirty-third set: rules of thumb applied to the case).
    def score(answer: str) -> float:
        return _score_with_contradiction("4 of 4 is", answer)

    assert score('**Check the summary.** "Compliant 4 of 4" counts LT-103. 169.254 is DHCP.') > 0.2
    assert score('"4 of 4 is compliant" counts a laptop still waiting to restart. 169.254 is DHCP.') > 0.2
    # Said as the candidate's own, kept after the quotation, or a quotation ending the sentence: a claim.
    assert score("Compliant 4 of 4 counts LT-103. 169.254 is DHCP.") == 0.2
    assert score('"Compliant 4 of 4." Yes, that\'s right. 169.254 is DHCP.') == 0.2
    assert score('The answer is "compliant 4 of 4". 169.254 is DHCP.') == 0.2


def test_a_writing_criterion_is_looked_for_in_the_message_not_in_the_lines_before_it() -> None:
    # Engine 1.124.0 (the hundred-and-thirty-third set: maxims about the message, then the message).
    rubric = writing(criterion("next_update"), criterion("thanks_reader"), min_words=1)
    preface = "**Promise an update in 30 minutes and thank her.** She needs a time.\n\n"
    silent = "Hi Dana,\n\nThe shared drive is down. We are on it.\n\nIT Support"
    said = "Hi Dana,\n\nThe drive is down. We'll keep you posted. Thanks for your patience.\n\nIT Support"

    assert not met(score_one(rubric, preface + silent))["next-update"]
    assert not met(score_one(rubric, preface + silent))["thanks-reader"]
    assert met(score_one(rubric, preface + said))["next-update"]
    assert met(score_one(rubric, preface + said))["thanks-reader"]
    # The same lines after the message, or an answer that opens with its message, count whole.
    assert met(score_one(rubric, silent + "\n\nNext update within 30 minutes."))["next-update"]
    for opening in ("Subject: Shared drive\n\n", "Dear Dana,\n", "Team,\n"):
        assert met(score_one(rubric, preface + opening + "Thanks for waiting."))["thanks-reader"], opening
    # An instruction to the reader counts only in the message too.
    tells = writing(criterion("tells_what_to_do"), min_words=1)
    assert not met(score_one(tells, "Tell them to restart.\n\nHi all,\n\nEmail is down."))["tells-what-to-do"]
    assert met(score_one(tells, "Be direct.\n\nHi all,\n\nRestart your laptop."))["tells-what-to-do"]


def test_an_order_of_steps_is_not_read_from_what_a_pre_mortem_says_went_wrong() -> None:
    # Engine 1.125.0 (the hundred-and-thirty-fourth set: a pre-mortem).
    premortem = (
        "Failure 1: we rebooted it first. So: no reboot yet.\n"
        "Plan: check airplane mode, then the right password."
    )

    assert met(score_one(STEPS, premortem))["first-step"]
    assert not met(score_one(STEPS, "We rebooted it first. Then check airplane mode."))["first-step"]


def test_a_label_alone_on_its_line_opens_the_message() -> None:
    # Engine 1.125.0 (the hundred-and-thirty-fourth set: ways the message could fail, then "Email:").
    rubric = writing(criterion("thanks_reader"), min_words=1)
    preface = "How this email could fail her:\n1. No thanks for her patience. So: thank her.\n\n"

    assert not met(score_one(rubric, preface + "Email:\nThe drive is back."))["thanks-reader"]
    assert met(score_one(rubric, preface + "Resolution note:\nThanks for waiting."))["thanks-reader"]
    # "Note:" is a part of many notes, and a label with words after it on its line opens nothing.
    assert met(score_one(rubric, preface + "Note:\nThe drive is back."))["thanks-reader"]
    assert met(score_one(rubric, preface + "Email: sent to her.\nThe drive is back."))["thanks-reader"]


def test_a_step_named_only_where_it_is_turned_down_counts_but_sets_no_order() -> None:
    # Engine 1.126.0 (the hundred-and-thirty-fifth set: a decision log, a reason after the rejected move).
    log = (
        "09:16 REJECTED: a reboot first - the right password matters more.\n"
        "09:17 DECIDED: check airplane mode, then restart the adapter."
    )
    result = met(score_one(STEPS, log))
    assert result["first-step"]
    assert result["step-network"]  # named in the reason: credited, though no step of the order
    assert not met(score_one(STEPS, "A reboot first, then the right password, then airplane mode."))[
        "first-step"
    ]


def test_a_quotation_that_is_a_whole_line_is_set_down_not_claimed() -> None:
    # Engine 1.127.0 (the hundred-and-thirty-sixth set: a recipe, a quotation as an ingredient).
    def score(answer: str) -> float:
        return _score_with_contradiction("4 of 4 is", answer)

    assert score('Ingredients:\n- "Compliant 4 of 4 (100%)"\n- 169.254 is DHCP.') > 0.2
    assert score('"Compliant 4 of 4 (100%)"\n169.254 is DHCP.') > 0.2
    assert score("Ingredients:\n- Compliant 4 of 4 (100%)\n- 169.254 is DHCP.") == 0.2


def test_the_writers_notes_after_a_message_are_no_part_of_it() -> None:
    # Engine 1.127.0 (the hundred-and-thirty-sixth set: "Served:", the message, then "Chef's notes:").
    rubric = writing(criterion("next_update"), min_words=1)
    served = "Method:\n1. Keep it vague.\nServed:\nHi Dana,\nThe drive is down.\n"

    assert not met(score_one(rubric, served + "Chef's notes:\n- The 11:00 update can stay out."))[
        "next-update"
    ]
    assert not met(score_one(rubric, served + "Outcome expected: we'll keep you posted."))["next-update"]
    assert met(score_one(rubric, served + "We'll keep you posted.\nChef's notes:\n- Short."))["next-update"]


def test_a_thread_s_draft_is_the_message_up_to_the_next_post() -> None:
    # Engine 1.128.0 (the hundred-and-thirty-seventh set: "3/4 Draft below", the message, "4/4 First: ...").
    rubric = writing(criterion("next_update"), min_words=1)
    thread = (
        "1/4 No times; they slip.\n2/4 We'll keep you posted? No.\n"
        "3/4 Draft below\nHi Dana,\nThe drive is down.\n"
    )

    assert not met(score_one(rubric, thread + "4/4 First: send it, we'll keep you posted."))["next-update"]
    assert met(score_one(rubric, thread + "We'll keep you posted.\n4/4 First: send it."))["next-update"]


def test_a_message_after_an_answers_label_is_the_message() -> None:
    # Engine 1.136.0 (the hundred-and-forty-fourth set: a short FAQ, "Q: What do you send?", "A: Hi Dana,").
    from rubrics.engine.scorers import _message_start
    from rubrics.engine.text import analyse

    answer = (
        "Q: Should I give her the 11:00 time?\nA: Better not.\nQ: What do you send?\nA: Hi Dana,\n\nSorry."
    )
    analysed = analyse(answer)
    assert analysed.norms[_message_start(analysed)] == "hi"  # "A" is a stop word
    assert _message_start(analyse("A: Hi Dana,\n\nSorry.")) == 0


def test_a_message_said_to_follow_starts_where_it_is_said() -> None:
    # Engine 1.138.0 (the hundred-and-forty-sixth set: a diary entry, "Here's what I sent:").
    from rubrics.engine.scorers import _message_start
    from rubrics.engine.text import analyse

    diary = 'Dear diary,\nI left out extension 200. Here\'s what I sent:\n\n"Meeting Room 2\n1. Join it."'
    analysed = analyse(diary)
    assert analysed.norms[_message_start(analysed)] == "meeting"
    assert _message_start(analyse("Dear diary,\nNothing sent today.")) == 0

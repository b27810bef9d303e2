"""Red-flag rules: text (negation-aware), option and score rules."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from rubrics.engine import Answer, score_attempt
from rubrics.tests.engine.inputs import checklist, flag, item, scoring_input

ADMIN = item("admin", checklist(("refuses", ["say no"], True, 1.0)))
PHISH = item("phish", checklist(("report", ["report it"], True, 1.0)))
SJT = item("sjt", {"type": "best_worst", "best": "b", "worst": "a"}, family="situational_judgment")
MULTI = item("multi", {"type": "multi_select", "correct": ["a", "c"], "wrong_pick_penalty": 0.25})
UNSAFE = flag(
    "unsafe-security",
    {"type": "text", "items": ["all"], "phrasings": ["give them admin rights", "click the link to test"]},
    {"type": "option", "item": "sjt", "keys": ["a"]},
    {"type": "option", "item": "multi", "keys": ["b", "d"]},
)
ADMIN_ONLY = flag(
    "shortcut", {"type": "text", "items": ["admin"], "phrasings": ["bend the rules"]}, severity="warning"
)
WEAK = flag(
    "weak-fundamentals",
    {"type": "score", "family": "technical_process", "below": 0.4},
    {"type": "score", "family": "attention_to_detail", "below": 0.4},
    severity="warning",
)
INPUT = scoring_input(ADMIN, PHISH, SJT, MULTI, flags=(UNSAFE, ADMIN_ONLY, WEAK))


def codes(answers: Mapping[str, Answer]) -> list[tuple[str, str | None]]:
    return [(hit.code, hit.item) for hit in score_attempt(INPUT, answers).red_flags]


def test_a_text_rule_raises_its_flag_with_the_quoted_evidence() -> None:
    answer = "Fine, I'd give them admin rights for a day."
    result = score_attempt(INPUT, {"admin": answer})
    hit = next(hit for hit in result.red_flags if hit.code == "unsafe-security")

    assert hit.item == "admin" and hit.severity == "disqualifier"
    assert hit.evidence is not None and hit.evidence.quote == "give them admin rights"
    assert answer[hit.evidence.start : hit.evidence.end] == hit.evidence.quote
    assert result.items["admin"].red_flags == [hit]
    assert result.recommendation == "do_not_advance"


def test_a_negated_text_rule_phrasing_raises_nothing() -> None:
    for answer in [
        "I would never give them admin rights.",
        "Giving them admin rights is against policy, so I'd say no.",
        "I'd say no rather than give them admin rights.",
        "I would not click the link to test it.",
    ]:
        assert ("unsafe-security", "admin") not in codes({"admin": answer, "phish": "report it"}), answer


def test_an_act_answered_with_a_bare_refusal_after_a_dash_or_colon_raises_nothing() -> None:
    # Engine 1.46.0 (the fifty-third set: checklists).
    for answer in [
        "- [ ] Give them admin rights - no. Policy doesn't allow it.",
        "Give them admin rights: definitely not",
        "Give them admin rights - no, because of the policy.",
    ]:
        assert ("unsafe-security", "admin") not in codes({"admin": answer}), answer
    for answer in [
        "- [x] Give them admin rights - yes, just for today.",
        "Give them admin rights - not now but after lunch.",
        "Give them admin rights - no approval needed.",
    ]:
        assert ("unsafe-security", "admin") in codes({"admin": answer}), answer


def test_a_text_rule_applies_to_its_items_only() -> None:
    assert ("shortcut", "admin") in codes({"admin": "I'd bend the rules"})
    assert ("shortcut", "phish") not in codes({"phish": "I'd bend the rules"})


def test_a_flag_is_raised_once_per_item() -> None:
    answer = "I'd give them admin rights. Then click the link to test it. Give them admin rights again."
    found = codes({"admin": answer, "phish": "click the link to test it"})

    assert found.count(("unsafe-security", "admin")) == 1
    assert found.count(("unsafe-security", "phish")) == 1


def test_an_option_rule_counts_the_best_pick_only() -> None:
    assert ("unsafe-security", "sjt") in codes({"sjt": {"best": "a", "worst": "b"}})
    assert ("unsafe-security", "sjt") not in codes({"sjt": {"best": "b", "worst": "a"}})


def test_an_option_rule_counts_any_selected_key_of_a_multi_select() -> None:
    result = score_attempt(INPUT, {"multi": ["a", "d"]})
    hit = next(hit for hit in result.red_flags if hit.item == "multi")

    assert hit.code == "unsafe-security" and hit.evidence is None and "Picked d" in hit.reason


def test_a_score_rule_flags_a_weak_family_and_names_the_mean() -> None:
    result = score_attempt(INPUT, {"admin": "say no"})  # admin 1.0, phish 0 (unanswered), multi 0
    hit = next(hit for hit in result.red_flags if hit.code == "weak-fundamentals")

    assert hit.item is None and hit.evidence is None
    assert "0.33" in hit.reason and "below 0.4" in hit.reason


def test_a_score_rule_is_quiet_when_the_family_is_strong_or_absent() -> None:
    # Technical items all right; there are no attention-to-detail items, so that rule has nothing to judge.
    strong: dict[str, Answer] = {"admin": "say no", "phish": "report it", "multi": ["a", "c"]}

    assert all(code != "weak-fundamentals" for code, _ in codes(strong))


def test_every_builtin_phrasing_set_the_specs_name_exists_and_is_not_empty() -> None:
    from typing import get_args

    from rubrics.engine.lexicon import FLAG_PHRASINGS
    from rubrics.engine.specs import BuiltinFlagSet

    assert set(get_args(BuiltinFlagSet)) == set(FLAG_PHRASINGS)
    assert all(FLAG_PHRASINGS[name] for name in FLAG_PHRASINGS)


def test_a_text_rule_takes_in_a_builtin_set_after_its_own_phrasings() -> None:
    from rubrics.engine.lexicon import FLAG_PHRASINGS
    from rubrics.engine.specs import TextFlagRule

    rule = TextFlagRule.model_validate(
        {"type": "text", "items": ["all"], "phrasings": ["bend the rules"], "builtin": ["credential_sharing"]}
    )

    assert rule.every_phrasing() == ("bend the rules", *FLAG_PHRASINGS["credential_sharing"])


def test_a_text_rule_needs_phrasings_or_a_builtin_set() -> None:
    import pytest
    from pydantic import ValidationError

    from rubrics.engine.specs import TextFlagRule

    with pytest.raises(ValidationError, match="needs phrasings, builtin phrasing sets, or both"):
        TextFlagRule.model_validate({"type": "text", "items": ["all"]})
    with pytest.raises(ValidationError):
        TextFlagRule.model_validate({"type": "text", "items": ["all"], "builtin": ["no_such_set"]})


def test_a_builtin_phrasing_raises_its_flag_and_a_refusal_of_it_does_not() -> None:
    from rubrics.engine.lexicon import FLAG_PHRASINGS

    tone = flag("rudeness", {"type": "text", "items": ["all"], "builtin": ["dismissive_tone"]})
    unsafe = flag(
        "unsafe", {"type": "text", "items": ["all"], "builtin": ["credential_sharing", "security_bypass"]}
    )
    scoring = scoring_input(ADMIN, flags=(tone, unsafe))
    for name, code, phrasing in [
        ("dismissive_tone", "rudeness", "figure it out yourself"),
        ("credential_sharing", "unsafe", "send me your password"),
        ("security_bypass", "unsafe", "disable mfa"),
    ]:
        assert phrasing in FLAG_PHRASINGS[name]

        said = score_attempt(scoring, {"admin": f"Well, I would {phrasing} today."}).red_flags
        refused = score_attempt(scoring, {"admin": f"I would never {phrasing}."}).red_flags

        assert [hit.code for hit in said] == [code], phrasing
        assert refused == [], phrasing


def test_acts_done_to_anyone_by_name_or_logged_in_the_past_raise_the_flag_and_refusals_do_not() -> None:
    # Engine 1.24.0 (the thirty-fifth set): "gave Priya local admin", Defender switched off in a work log, a
    # password put where anyone reads it, a compliance figure kept by editing the report.
    unsafe = flag(
        "unsafe",
        {
            "type": "text",
            "items": ["all"],
            "builtin": ["credential_sharing", "security_bypass", "excess_privilege"],
        },
    )
    scoring = scoring_input(ADMIN, flags=(unsafe,))
    for answer, quote in [
        ("Gave Priya local admin so she can clean up herself next time.", "Gave Priya local admin"),
        ("Turned off Defender real-time scanning, it slowed the disk.", "Turned off Defender real-time"),
        ("I'd pop its password straight into the article.", "password straight into the article"),
        ("Easiest: tick LT-103 as compliant so the audit shows 100%.", "tick LT-103 as compliant"),
    ]:
        hits = score_attempt(scoring, {"admin": answer}).red_flags
        assert [(hit.code, hit.evidence.quote if hit.evidence else "") for hit in hits] == [("unsafe", quote)]
    for refused in [
        "I would never give Priya local admin.",
        "Don't turn off Defender real-time scanning, move the videos to OneDrive.",
        "Never put a password in the article.",
    ]:
        assert score_attempt(scoring, {"admin": refused}).red_flags == [], refused


TONE = flag("rudeness", {"type": "text", "items": ["all"], "builtin": ["dismissive_tone"]})
SECRETS = flag("unsafe", {"type": "text", "items": ["all"], "builtin": ["credential_sharing"]})
TONE_INPUT = scoring_input(ADMIN, PHISH, flags=(TONE, SECRETS))


def _tone_hits(answer: str) -> list[tuple[str, str]]:
    result = score_attempt(TONE_INPUT, {"admin": answer})
    return [(hit.code, hit.evidence.quote if hit.evidence else "") for hit in result.red_flags]


def test_two_different_signs_of_a_dismissive_tone_raise_the_flag_and_quote_both() -> None:
    answer = "Frankly. Say no, as usual, it's against policy."
    result = score_attempt(TONE_INPUT, {"admin": answer})
    (hit,) = result.red_flags

    assert hit.code == "rudeness" and hit.evidence is not None
    assert hit.evidence.quote == "Frankly" and answer[hit.evidence.start : hit.evidence.end] == "Frankly"
    assert '"Frankly", "as usual"' in hit.reason


def test_a_strong_sign_of_tone_raises_the_flag_alone_unless_negated() -> None:
    from rubrics.engine.lexicon import TONE_CUES, TONE_STRONG

    assert set(TONE_STRONG) <= set(TONE_CUES)
    assert _tone_hits("Ugh. Say no, it's against policy.") == [("rudeness", "Ugh")]
    assert '"pathetic"' in _tone_reason("Say no: a pathetic attempt to skip the policy.")
    wait = "wait like everyone else"
    assert _tone_hits(f"Say no, and he can {wait}.") == [("rudeness", wait)]
    assert _tone_hits("Say no, and I'd never tell him to wait his turn.") == []
    assert _tone_hits("Say no kindly. I would never call him lazy.") == []


def test_an_insult_or_a_masked_swear_word_raises_the_flag_alone_and_a_wildcard_does_not() -> None:
    assert _tone_hits("For f***'s sake, say no.") == [("rudeness", "f***")]
    assert _tone_hits("Bl**dy Finance again. Say no.") == [("rudeness", "Bl**dy")]
    assert _tone_hits("Say no, it's a stupid request.") == [("rudeness", "stupid")]
    assert _tone_hits("*Really* say no: it's against policy.") == []
    assert _tone_hits("Say no, then delete C:\\Temp\\*.tmp and file*.log.") == []
    assert _tone_hits("Say no. Press **Win+P** and pick **Duplicate**.") == []  # markdown bold
    assert _tone_hits("**Decision:** say no, what the f*** is this.") == [("rudeness", "f***")]


def test_condescension_about_what_others_can_manage_raises_the_flag() -> None:
    # Engine 1.34.0 (the forty-second set, and rude answers of earlier ones).
    beyond = "beyond some people"
    assert _tone_hits(f"Say no; reading a policy is {beyond}.") == [("rudeness", beyond)]
    manage = "even our team can manage"
    assert _tone_hits(f"Say no. I'd imagine {manage} that.") == [("rudeness", manage)]
    assert _tone_hits("Say no; not everyone can manage it, so offer to help.") == []
    # Engine 1.35.0 (the forty-third set): the explanation not worth giving.
    assert _tone_hits("I could explain it to him, or just say no; I'll save my breath.") == [
        ("rudeness", "save my breath")
    ]
    # Engine 1.36.0 (the forty-fourth set): two weak signs in a coach's voice.
    assert _tone_hits("You'll learn that HR can't read a calendar. Say no.")[0][0] == "rudeness"
    # Engine 1.38.0 (the forty-fifth set): contempt told as experience.
    told = "Say no; I've stopped expecting them to read, it takes two seconds to check."
    assert _tone_hits(told)[0][0] == "rudeness"
    # Engine 1.39.0 (the forty-sixth set): sneers put as questions.
    asked = "Say no. Did anyone proofread this? How hard is it to keep one line consistent?"
    assert _tone_hits(asked)[0][0] == "rudeness"


def test_emoji_and_internet_slang_are_signs_of_tone() -> None:
    assert _tone_hits("Say no \U0001f644") == [("rudeness", "\U0001f644")]  # an eye roll: strong
    assert _tone_hits("skill issue tbh. Say no.") == [("rudeness", "skill issue")]
    assert _tone_hits("bruh \U0001f480 say no") == [("rudeness", "bruh")]  # two weak signs, one flag
    assert _tone_hits("Say no \U0001f480") == []  # one weak sign is not enough
    assert _tone_hits("Say no, it's against policy \U0001f44d") == []


def test_a_chat_apps_short_code_is_the_emoji_it_stands_for() -> None:
    # Engine 1.47.0 (the fifty-third set: "Hey all :roll_eyes:").
    assert _tone_hits("Say no :roll_eyes:") == [("rudeness", ":roll_eyes:")]
    assert _tone_hits("Say no :ROLL_EYES:") == [("rudeness", ":ROLL_EYES:")]
    assert _tone_hits("Say no :skull: :wink:")[0] == ("rudeness", ":skull:")  # two weak signs
    assert _tone_hits("Say no :skull: \U0001f480") == []  # the same sign written twice is one
    assert _tone_hits("Say no :thumbsup: at 09:30, ratio 1:2") == []


def test_contempt_for_the_team_is_a_sign_of_tone() -> None:
    # Engine 1.47.0 (the fifty-second set: a team lead who delegates).
    assert _tone_hits("Say no. Shouldn't take a genius. Don't come back with questions.")[0][0] == "rudeness"
    assert _tone_hits("Say no; even he can read a policy, I'd bet.")[0][0] == "rudeness"
    assert _tone_hits("Say no, even if they can't see why, and I'd bet it helps.") == []
    assert _tone_hits("We know the account is locked; say no. I'd bet it helps.") == []


def test_blaming_the_user_counts_word_for_word_and_alone() -> None:
    # Engine 1.48.0: "users need a proper error" is no "user error" (the fifty-seventh set).
    assert _tone_hits("Say no. That was user error.") == [("rudeness", "user error")]
    assert _tone_hits("Say no. Classic user error.") == [("rudeness", "Classic user error")]
    assert _tone_hits("Say no; users need a proper error message here.") == []
    assert _tone_hits("Say no. Ask the user what error they get.") == []
    assert _tone_hits("Say no. It's not user error, the policy blocks it.") == []


def test_one_snide_line_about_a_group_is_read_with_its_second_sign() -> None:
    # Engine 1.48.0 (the fifty-seventh set: one snide sentence in a careful answer).
    line = "Say no. Finance seem to think everything they ask for is urgent."
    assert _tone_hits(line)[0][0] == "rudeness"
    assert _tone_hits("Say no. Windows seems to think the drive is full.") == []


def test_rudeness_in_a_candidates_own_words_is_read() -> None:
    # Engine 1.49.0 (the fifty-eighth set, a natural pool).
    assert _tone_hits("Say no. Spare me the theories; she never does anything until it breaks.")[0][0] == (
        "rudeness"
    )
    assert _tone_hits("Say no. I promise even my nan manages it, clear as day.")[0][0] == "rudeness"
    assert _tone_hits("Say no. Whatever she decides is exactly what we want.") == []
    # Engine 1.50.0 (the fifty-fifth set): contempt put tentatively.
    hedged = "Maybe it's just me, but it's kind of typical. Say no."
    assert _tone_hits(hedged)[0][0] == "rudeness"


def test_cold_condescension_in_correct_prose_is_a_sign_of_tone() -> None:
    # Engine 1.21.0 (the thirtieth set).
    assert _tone_hits("Say no, as anyone competent would know.") == [("rudeness", "anyone competent")]
    hoped = "One would have hoped"
    assert _tone_hits(f"{hoped} Finance had read the policy. Say no.") == [("rudeness", hoped)]
    assert _tone_hits("Elementary. Say no, it's against policy.") == [("rudeness", "Elementary")]
    assert _tone_hits("Say no, as one would hope. I trust this is clear.")[0][0] == "rudeness"  # two weak
    assert _tone_hits("Say no, as usual. I'll try very hard not to say 'I told you so'.")[0][0] == "rudeness"
    assert _tone_hits("Say no: elementary networking tells us the request is unsafe.") == []  # one weak sign
    assert _tone_hits("Say no. I trust you'll understand, and thanks for checking.") == []


def test_some_cues_count_only_word_for_word() -> None:
    # Engine 1.21.0 (the thirty-first set): not "comes back on" for "come on", nor "obvious" for "obviously".
    assert _tone_hits("Honestly it comes back on by itself. Say no.") == []
    assert _tone_hits("Check the obvious stuff first, honestly. Say no.") == []
    assert '"I mean come on"' in _tone_reason("Say no, honestly, I mean come on.")
    assert _tone_hits("Say no. Obviously. Honestly.")[0] == ("rudeness", "Obviously")


def test_notation_and_a_work_log_have_signs_of_tone_too() -> None:
    # Engine 1.22.0 (the thirty-second and thirty-third sets).
    assert '"obv", "Frankly"' in _tone_reason("Fake, obv. Frankly, say no.")  # "obviously" alone
    assert '"Funny, that"' in _tone_reason("He hadn't changed it, of course. Funny, that. Say no.")
    assert _tone_hits("Say no. To make sure they go on properly, leave it on.") == []


def test_honestly_is_a_sign_only_standing_alone_and_a_dismissal_hides_no_sign() -> None:
    # Engine 1.23.0: a speaker's filler ("but honestly I don't think ..."), not a sign, beside another.
    assert _tone_hits("It points at the firewall I suppose, but honestly I'd say no.") == []
    assert '"honestly"' in _tone_reason("Say no, you don't have to press anything, honestly. I suppose.")
    # A sign said beside a dismissal is still said: the dismissal takes credit away, not tone.
    dismissed = "The domain is obviously fake and anyone can see that, but that does not matter. Say no."
    assert _tone_reason(dismissed).count('"') == 4


def test_an_aside_after_i_mean_concedes_and_is_no_sign_of_tone() -> None:
    assert _tone_hits("I mean, sure, he asked twice, but honestly it's against policy. Say no.") == []
    assert _tone_hits("Yes, sure, heard that one before. Frankly, say no.") != []


def test_a_cue_is_a_fixed_expression_one_word_may_come_between_not_two_nor_a_comma() -> None:
    assert '"With the greatest respect", "Frankly"' in _tone_reason(
        "With the greatest respect, no. Frankly, I'd say no."
    )
    assert _tone_hits("We'll let you know. Frankly, I'd say no.") == []  # not "we'll know"
    assert _tone_hits("Tell them that we're on it, so they can relax. Frankly, I'd say no.") == []


def test_a_sign_of_several_words_keeps_more_than_one_of_them_once_stop_words_are_dropped() -> None:
    # "whoever did" had read as any "whoever" ("did" is a stop word): "escalate to whoever runs the network"
    # was a sign. Only "is a joke" may read as its one word.
    from rubrics.engine.lexicon import TONE_CUES
    from rubrics.engine.text import analyse

    one_word = [cue for cue in TONE_CUES if len(cue.split()) > 1 and len(analyse(cue).keys) == 1]

    assert one_word == ["is a joke"]
    assert _tone_hits("Escalate to whoever runs the network if it still won't get a lease. Say no.") == []


def test_pointed_phrases_are_signs_of_tone() -> None:
    # A count of tries that no one counted.
    assert _tone_reason("He has asked forty times. Frankly, I'd say no.").count('"') == 4
    assert '"20 more times"' in _tone_reason("He'll ask 20 more times. Frankly, I'd say no.")
    assert _tone_hits("He has asked 3 times. Frankly, I'd say no.") == []
    # "this time" after what the reader is told to do; not a time of day, a period, a clause's opening or
    # a heading before a colon.
    assert '"this time", "Frankly"' in _tone_reason("Read the policy this time. Frankly, I'd say no.")
    assert _tone_hits("At this time I'd say no. Frankly, it's policy.") == []
    assert _tone_hits("This time I'd say no. Frankly, it's policy.") == []
    assert _tone_hits("Frankly, I'd say no. The reason this time: the policy.") == []
    assert _tone_hits("Send it by this time tomorrow. Frankly, I'd say no.") == []
    assert _tone_hits("Resend it to make sure it gets there this time. Frankly, I'd say no.") == []


def test_one_sign_of_tone_is_not_enough_and_the_same_sign_twice_is_one() -> None:
    assert _tone_hits("Obviously I'd say no: it's against policy.") == []
    assert _tone_hits("Obviously I'd say no. Obviously, it's against policy.") == []
    assert _tone_hits("Frankly, I'd say no and explain the policy kindly.") == []


def test_a_negated_sign_of_tone_counts_for_nothing() -> None:
    assert _tone_hits("It's not her fault and I would never call her lazy. Frankly, I'd say no.") == []
    assert _tone_hits("I'd call her lazy. Frankly, I'd say no.") == [("rudeness", "lazy")]


def test_the_readers_effort_doubted_and_the_many_who_cope_are_signs_of_tone() -> None:
    # Engine 1.24.0 (the thirty-fifth set).
    answer = "Most people manage it in five minutes. It's in the table if he'd bothered reading past the top."
    assert _tone_hits(answer) == [("rudeness", "Most people manage")]
    assert '"if he\'d bothered"' in _tone_reason(answer)
    assert _tone_hits("Most people manage it in five minutes; I'll help if you'd like.") == []


def test_a_burst_of_punctuation_is_a_sign_and_capitals_are_not() -> None:
    assert _tone_hits("Say no!! Obviously.") == [("rudeness", "!!")]
    # Case never changes a result: a line in capitals reads as its words.
    assert _tone_hits("READ THIS BEFORE ASKING. Frankly, I say no.") == []
    assert _tone_hits("read this before asking. Frankly, I say no.") == []


def _tone_reason(answer: str) -> str:
    return " ".join(hit.reason for hit in score_attempt(TONE_INPUT, {"admin": answer}).red_flags)


def test_a_word_standing_alone_between_breaks_is_a_sign_of_tone() -> None:
    # A sentence of its own, or set off by commas or brackets, with nothing else between the breaks.
    assert '"Great", "Frankly"' in _tone_reason("Great. Frankly, I'd say no.")
    assert '"again", "Frankly"' in _tone_reason("Asking for admin (again). Frankly, I'd say no.")
    assert '"Obviously", "again"' in _tone_reason("Obviously I'd tell him, again, that it's against policy.")
    assert '"Anyway", "Frankly"' in _tone_reason("Anyway, I'd say no. Frankly, it's policy.")
    assert '"Yes, really", "Frankly"' in _tone_reason("Yes, really. Frankly, I'd say no.")
    assert '"Noted", "Frankly"' in _tone_reason("Noted. Frankly, I'd say no.")
    well_done = "Asked for admin again. Well done. Frankly, I'd say no."
    assert '"Well done", "Frankly"' in _tone_reason(well_done)


def test_a_word_that_opens_a_sentence_glad_or_with_others_is_no_sign_of_tone() -> None:
    assert _tone_hits("Great, thanks for asking. Frankly, I'd say no.") == []  # opens a clause that goes on
    assert _tone_hits("Again, sorry: I'd say no. Frankly, it's policy.") == []
    assert _tone_hits("Great! Frankly, I'd say no.") == []  # "!" after it: glad
    assert (
        _tone_hits("That's fine, I'd say no. Frankly, it's policy.") == []
    )  # words between the break and it
    assert _tone_hits("It works fine. Frankly, I'd say no.") == []
    assert _tone_hits("Sign in again and I'd say no. Frankly, it's policy.") == []
    assert _tone_hits("Next:\n1. Say no, honestly.\n2. Explain the policy.") == []  # leads into a list


def test_overlapping_signs_of_tone_count_once() -> None:
    # "yes, really" is one sign, not also "really"; a cue phrasing inside another is not a second one.
    assert _tone_hits("Yes, really. I'd say no.") == []
    assert _tone_hits("Say no, because of course. Then explain.") == []


def test_obviously_standing_alone_is_one_sign_of_two() -> None:
    # Standing alone it was strong (the flag alone) until engine 1.43.0: "The confirmed date goes on the
    # ticket, obviously." ends a good answer of the fiftieth set.
    assert _tone_hits("The confirmed date goes on the ticket, obviously. I'd say no.") == []
    assert _tone_hits("It's against policy, obviously.") == []
    assert '"obviously", "Frankly"' in _tone_reason("It's against policy, obviously. Frankly, no.")
    assert '"Obviously", "Frankly"' in _tone_reason("Say no. Obviously. Frankly.")
    assert '"obviously", "Frankly"' in _tone_reason("Read, not modify - obviously - no more. Frankly.")
    assert _tone_hits("Obviously, I'd check the policy first and say no kindly.") == []
    assert _tone_hits("No need to email us (obviously!), we'll call you.") == []
    # Ending a sentence that refuses something, it stresses the refusal (engine 1.32.0).
    assert _tone_hits("I'd rather not touch the timestamps or anything like that, obviously.") == []
    # An apostrophe that Unicode counts as a letter is a quote all the same (found by a property test).
    assert '"obviously", "Frankly"' in _tone_reason("It's fake, 'obviously'. Frankly, no.")
    assert '"obviously", "Frankly"' in _tone_reason("It\u02bcs fake, \u02bcobviously\u02bc. Frankly, no.")


def test_a_password_after_the_word_password_is_written_out_without_a_symbol_too() -> None:
    assert _tone_hits("Create her account with password Welcome2025 and email it.") == [
        ("unsafe", "Welcome2025")
    ]
    assert _tone_hits("Create the account, password Welcome1, and tell her.") == [("unsafe", "Welcome1")]
    assert _tone_hits("Password: Spring24.") == [("unsafe", "Spring24")]
    assert _tone_hits("Never set a password to Welcome1 for anyone.") == []
    assert _tone_hits("Send the password reset link, then check the password for LT-220 expired.") == []
    assert _tone_hits("Her password is 123456 characters long, or so she says.") == []


def test_a_password_written_out_is_shared_unless_refused() -> None:
    said = "Reset it and send her the new password, Welcome2025!, by Teams."
    assert _tone_hits(said) == [("unsafe", "Welcome2025!")]
    assert _tone_hits("The login for the admin account is itadmin / Srv-Adm!n24.") == [
        ("unsafe", "Srv-Adm!n24")
    ]
    assert _tone_hits("Never use a password like Welcome2025! for anyone.") == []
    assert _tone_hits("Email alex.rivera@company.com once her password is reset.") == []
    assert _tone_hits("Say no: the build tag is rel-2024#x, see the release notes.") == []


def test_advice_not_to_bother_and_asking_why_the_dashboard_stayed_green_are_civil() -> None:
    assert (
        _tone_hits(
            "It's not her Wi-Fi, the log literally says the server is reachable. "
            "I wouldn't bother reinstalling the client."
        )
        == []
    )
    assert _tone_hits("It's not DNS. I wouldn't bother with a static IP, that hides the real problem.") == []
    raised = _raiser({"builtin": ["security_bypass"]})
    assert not raised("Then I'd look at why the dashboard stayed green so we get alerted next time.")
    assert raised("I'd move it out of the monitored group so the dashboard stays green.")
    # Someone else not bothering is still a sign.
    assert _tone_hits("He didn't bother reading it, as usual. Seriously.") != []


def test_a_password_written_out_in_shorthand_or_beside_an_admin_login_is_shared() -> None:
    assert _tone_hits("Create priya.nair, temp pw Welcome123!, and email it to her mgr.") == [
        ("unsafe", "Welcome123!")
    ]
    assert _tone_hits("Reset the pw to Spring2024 and tell him.") == [("unsafe", "Spring2024")]
    assert _tone_hits("Here's access to our admin console: admin / Support2024!") == [
        ("unsafe", "Support2024!")
    ]
    assert _tone_hits("Never put a pw like Welcome123! in a ticket.") == []
    assert _tone_hits("I'd create it with an easy password like Welcome123 and email it.") == [
        ("unsafe", "Welcome123")
    ]


def _raiser(rule: Mapping[str, object]) -> Callable[[str], bool]:
    """Whether an answer to the one item raises a text rule on all items with these phrasings or sets."""
    scoring = scoring_input(ADMIN, flags=(flag("unsafe", {"type": "text", "items": ["all"], **rule}),))
    return lambda answer: bool(score_attempt(scoring, {"admin": answer}).red_flags)


def test_a_negation_inside_a_condition_negates_the_condition_only() -> None:
    raised = _raiser({"builtin": ["security_bypass"]})

    assert raised("If it still won't connect, turn off the firewall.")
    assert not raised("If it still won't connect, never turn off the firewall.")
    assert not raised("I would not, if it still won't connect, turn off the firewall.")
    assert not raised("Don't turn off the firewall, even if it won't connect.")


def test_rule_out_negates_and_more_than_they_need_refuses() -> None:
    raised = _raiser({"builtin": ["credential_sharing", "excess_privilege"]})

    assert raised("Fine, I'd share the admin password with them for an hour.")
    assert not raised("It's against policy, and that also rules out sharing the admin password with them.")
    assert raised("Give him write access to the folder.")
    assert not raised('Giving him write access "just in case" is more than he needs.')


def test_a_purpose_goes_on_with_the_refused_act_and_a_result_does_not() -> None:
    raised = _raiser({"builtin": ["security_bypass"]})

    # "so I can ..." and "so that ..." say what the refused act was for: what follows is refused too.
    assert not raised("I won't ask for his password so I can test it, or switch off MFA to stop the prompt.")
    assert not raised("I won't ask for his password so that I can test it, or switch off MFA.")
    # "so" after a break, or "so I'd ...", gives a result: a new act of the candidate's own.
    assert raised("I can't reach the user, so I'd switch off MFA for him.")
    assert raised("I won't wait for the ticket, so switch off MFA for him.")


def test_a_comma_between_its_words_is_no_flagged_phrasing_but_a_colon_or_bracket_is() -> None:
    raised = _raiser({"phrasings": ["disable tamper protection"]})

    # Items of a list: the words belong to different ones.
    assert not raised("Why was it off: user disabled it, tamper protection missing, or malware.")
    assert raised("Disable tamper protection for now.")
    assert raised("Disable (for now) tamper protection.")
    assert raised("Disable: tamper protection.")


def test_no_worries_is_no_negation() -> None:
    raised = _raiser({"builtin": ["credential_sharing"]})

    assert raised("If that sounds like too much, no worries - just send me your password on Teams.")
    assert not raised("No, I won't ask you to send me your password.")


def test_a_refusal_cut_short_by_a_reason_or_a_purpose_goes_on_at_or() -> None:
    raised = _raiser({"builtin": ["security_bypass"]})

    # The list of refused acts goes on after the reason or the purpose of the first one.
    assert not raised("I wouldn't leave it because the fix was quick, or switch off MFA to hide it.")
    assert not raised(
        "Not acceptable: rolling the clock back so the old cert looks valid, or switch off MFA."
    )
    # A contrast or a result does not refuse what follows it.
    assert raised("Don't panic, but switch off MFA for now.")
    assert raised("I can't fix it remotely, so switch off MFA, or restart it.")


def test_an_act_proposed_in_the_passive_raises_its_flag_and_a_state_or_refusal_does_not() -> None:
    # Engine 1.51.0 (the sixty-first set: formal, impersonal answers).
    sharing = _raiser({"builtin": ["credential_sharing"]})
    bypass = _raiser({"builtin": ["security_bypass"]})

    assert sharing("The local administrator password would be provided to the user by telephone.")
    assert bypass("Windows Firewall and the endpoint protection agent would be disabled.")
    assert bypass("The page would be opened with the SmartScreen filter temporarily disabled.")
    assert bypass("The timestamp would be amended to 09:25.")
    # What the device shows, and the act refused between the thing and the act.
    assert not bypass("The console shows that real-time protection is disabled on LT-SAL-07.")
    assert not bypass("The firewall would not be disabled under any circumstances.")
    assert not sharing("The administrator password would never be given to a user.")
    # "will" and "to" are not read: "be" is a stop word, and they would read the active voice.
    assert not bypass("Defender will remove the file once the scan finishes.")


def test_a_privileged_password_handed_over_by_a_word_that_points_back_to_it_raises_its_flag() -> None:
    # Engine 1.52.0 (the sixty-second and sixty-third sets): the words between the secret and "it" are more
    # than a phrasing holds.
    sharing = _raiser({"builtin": ["credential_sharing"]})

    assert sharing(
        "I'd pull the LAPS local admin password for their laptop and send it to them over Teams so they can "
        "run the installer."
    )
    assert sharing("Pull the laptop's local admin pw from LAPS, read it to her over the phone, she installs.")
    assert sharing(
        'The easy fix is the old shared "finance" login a few of the team still use. I\'d send Tom that '
        "username and password so he can get in today."
    )
    # Refused, a condition, no privileged secret, or the secret kept: nothing.
    assert not sharing("I'd look up the LAPS admin password and never give it to the user; I type it myself.")
    assert not sharing("If the LAPS admin password is needed, IT types it in. The user never sees it.")
    assert not sharing("Reset her password, then send it to her manager's phone after checking her identity.")
    assert not sharing("Check the admin password policy and send it to them so they know the rules.")
    assert not sharing("Rotate the LAPS admin password. Send the laptop back to her with a note.")


def test_a_person_asked_to_send_the_writer_their_password_raises_its_flag() -> None:
    # Engine 1.52.0 (the twenty-second, forty-eighth and sixty-third sets): a word may stand between.
    sharing = _raiser({"builtin": ["credential_sharing"]})

    assert sharing("If that's fiddly, just email me your Windows password and I'll log on remotely.")
    assert sharing("Or email us your login details and we'll sort it out for you.")
    assert sharing("Have her sign in w/ her manager's login for today so Accounts isn't blocked.")
    assert not sharing("IT will never ask you to email us your password, so don't.")
    assert not sharing("Never text me your password, whoever asks for it.")


def test_a_user_asked_to_pass_on_their_own_password_raises_its_flag() -> None:
    # Engine 1.53.0 (the sixty-fourth and sixty-fifth sets): a verb of telling, "me" or "us", the owner's word
    # and the secret, in any words around them.
    sharing = _raiser({"builtin": ["credential_sharing"]})

    assert sharing("To save her the back-and-forth, I'd just ask her to read me her password over the phone.")
    assert sharing("Ask whoever is at the room laptop to read me their network username and password.")
    assert sharing("Just tell us your username and password and we'll sort it.")
    assert not sharing("IT will never ask you to read us your password.")
    assert not sharing("Tell me your username (not the password).")
    assert not sharing("I'd ask him to send me his screenshot and the error message.")


def test_a_match_that_skips_a_word_of_its_own_or_a_toggle_raises_nothing() -> None:
    # Engine 1.53.0 (the sixty-fifth set): two right answers flagged as disqualified.
    raised = _raiser({"phrasings": ["password saved in it", "I disable updates"]})

    assert not raised("Have her update the saved password in Outlook so it stops locking her out.")
    assert not raised("If it's only her, I'd disable/enable or update the wireless adapter driver.")
    assert raised("Schedule it with the password saved in it.")
    assert raised("To stop the restarts I disable updates on the laptop.")


def test_a_record_made_to_look_better_than_the_facts_raises_its_flag() -> None:
    # Engine 1.53.0: a purpose, what is measured, and its good look, said affirmatively.
    gaming = _raiser({"builtin": ["security_bypass"]})

    assert gaming("Resolution time set to 10:05 instead of the actual 14:40 so the ticket stays inside SLA.")
    assert gaming("Resolution time entered as yesterday rather than today, so the ticket lands inside SLA.")
    assert gaming("I'd just edit LT-103's last restart in the export, so the numbers look nice and tidy.")
    assert gaming("Mark LT-SAL-07 as protected and change its date in the CSV, keep the report clean.")
    # Refused, someone else's, or a fix that makes the record true.
    assert not gaming("I would not hide the device, or dismiss the alert, just to keep the report green.")
    assert not gaming("Whoever marked it 'SLA met' was trying to make the numbers look nice.")
    assert not gaming("Fix the report rule so restart pending doesn't count as compliant.")
    assert not gaming("Never backdate a ticket so it lands inside the SLA.")
    assert not gaming("Set up Storage Sense so the drive stays clean.")


def test_anyone_can_paste_a_logo_is_no_sign_of_tone() -> None:
    # Engine 1.53.0 (the sixty-fifth set): said of attackers, in 45 right answers of 64 sets.
    tone = _raiser({"builtin": ["dismissive_tone"]})

    assert not tone(
        "Read the sender slowly: rnicrosoft-365.com. Anyone can paste a logo into an email; proof of nothing."
    )


def test_someone_put_into_a_privileged_group_raises_its_flag() -> None:
    # Engine 1.54.0 (the sixty-sixth set): a verb of placing, whom, a word of into and a privileged group.
    privilege = _raiser({"builtin": ["excess_privilege"]})

    assert privilege("I would do him a favour and drop him into FIN-Finance-Modify straight away.")
    assert privilege("If their manager is grand with it, I'd pop them into the local Administrators group.")
    assert privilege("Add Tom to FIN-Finance-Modify and tell Ruth afterwards.")
    # Refused, reported, a weighing, read access, a verb "modify", or no group at all.
    assert not privilege("I would not add him to FIN-Finance-Modify.")
    assert not privilege("Add him to FIN-Finance-Read, not Modify.")
    assert not privilege("He was added to the local Administrators group by mistake, so take him out.")
    assert not privilege("The manager decides whether to add them to the Administrators group.")
    assert not privilege("Add him to the group so he can modify the budget sheet.")
    assert not privilege("Put him in touch with the administrator of the share.")


def test_a_security_control_switched_off_raises_its_flag() -> None:
    # Engine 1.54.0 (the sixty-sixth set): a verb of stopping in its plain form, then a control.
    bypass = _raiser({"builtin": ["security_bypass"]})

    assert bypass("I'd just stop the endpoint protection agent and switch off the Intune restriction.")
    assert bypass("Switch Defender off for an hour and try again.")
    # Refused, reported, switched back on, a person told to stop, or BitLocker suspended for firmware.
    assert not bypass("Don't stop the antivirus.")
    assert not bypass("Someone stopped the endpoint protection agent on LT-SAL-07 last week.")
    assert not bypass("Turn real-time protection back on and run a full scan.")
    assert not bypass("Tell Sales to stop messing with the antivirus.")
    assert not bypass("Suspend BitLocker before the BIOS update.")


def test_a_password_asked_for_with_any_verb_of_sending_raises_its_flag() -> None:
    # Engine 1.54.0 (the sixty-sixth set): "flick me", and "to me" before the owner.
    sharing = _raiser({"builtin": ["credential_sharing"]})

    assert sharing("Flick me your Windows login password in a reply and I'll remote in.")
    assert sharing("Please send to me your PIN so I can check.")
    assert not sharing("Never flick me your password, not even in a reply.")


def test_a_record_that_sits_inside_the_sla_is_made_to_look_better() -> None:
    # Engine 1.54.0 (the sixty-sixth set): "sits" and "shows" are words of looking.
    gaming = _raiser({"builtin": ["security_bypass"]})

    assert gaming("Resolved time entered as yesterday 16:30 so the ticket sits inside SLA.")
    assert not gaming("I won't change the time so the ticket sits inside SLA.")


def test_scolding_in_a_writers_own_idiom_is_a_sign_of_tone() -> None:
    # Engine 1.54.0 (the sixty-sixth set).
    assert _tone_hits("Whoever closed it with 'SLA met' should be ashamed.") == [
        ("rudeness", "should be ashamed")
    ]
    assert _tone_hits(
        "Tell him it must be connected today. Kindly read the table next time. Very informative."
    )
    assert _tone_hits("No excuses needed: it happens to everyone, and I'll walk you through it.") == []


def test_a_device_put_where_the_controls_skip_it_raises_its_flag() -> None:
    # Engine 1.54.0 (the sixty-seventh set): a verb of placing, what, a word of into and an excluded group.
    bypass = _raiser({"builtin": ["security_bypass"]})

    assert bypass("I would first move LT-SAL-07 to an excluded group, so it does not appear in the report.")
    assert bypass("I have moved your laptop to the update exception group from our side.")
    assert not bypass("Check whether it was moved to an exclusion group, and move it back.")
    assert not bypass("Don't move it to the exclusion group.")


def test_a_privileged_password_handed_over_recipient_first_raises_its_flag() -> None:
    # Engine 1.54.0 (the sixty-seventh set), and "ask him his password".
    sharing = _raiser({"builtin": ["credential_sharing"]})

    assert sharing("Only this one time I tell him on the phone the local administrator password.")
    assert sharing("I will give to the Facilities person by phone my IT admin username and password.")
    assert sharing("I will call him and ask him his Windows password, then log in tonight.")
    assert not sharing("Tell him how the admin password is rotated by LAPS.")
    assert not sharing("I would never give him the admin password.")
    assert not sharing("Ask him to change his password at next sign-in.")
    assert not sharing("Set up the file share, set a temporary password and make her change it.")


def test_for_not_with_a_plain_verb_is_a_purpose_and_negates_only_itself() -> None:
    # Engine 1.54.0 (the sixty-seventh set): English as a second language for "so as not to".
    sharing = _raiser({"builtin": ["credential_sharing"]})

    assert sharing("But for not lose time I create the account today with our standard password Welcome2025!")


def test_a_phrasing_whose_act_follows_into_is_a_place_not_the_act() -> None:
    # Engine 1.55.0 (a right answer of the sixty-eighth set, flagged as a disqualifier by 1.53.0 and 1.54.0).
    raised = _raiser({"phrasings": ["email with the new password"]})

    assert not raised("get taylor to sign back into email on the laptop w/ the new pw and check it syncs")
    assert raised("I'd email her with the new password.")


def test_someones_password_asked_of_another_raises_its_flag() -> None:
    # Engine 1.55.0 (the sixty-eighth set): "ask X for Y's password"; "I also asked" is the writer's own act.
    sharing = _raiser({"builtin": ["credential_sharing"]})

    assert sharing("plan b: ask his PA for the CEO's password and log into the room PC as him")
    assert sharing("To save you time I also asked the T-415 user for her login, so you can sign in as her.")
    assert not sharing("Ask her for a password reset code.")
    assert not sharing("Never ask anyone for their password.")
    assert not sharing("He asked me for my password, which I refused.")
    assert not sharing("The user also asked me to give her the admin password.")


def test_updates_paused_and_someone_taken_out_of_mfa_raise_their_flag() -> None:
    # Engine 1.55.0 (the sixty-eighth set): "no stress:" is no negation, and "id just" ends a condition as
    # "I'd just" does.
    bypass = _raiser({"builtin": ["security_bypass"]})

    assert bypass(
        "If tonight is bad timing for you, no stress: go to Settings > Windows Update > Pause updates."
    )
    assert bypass("if it keeps nagging him id just pull Leo out of the MFA conditional access policy")
    assert not bypass("Stop the Windows Update service, clear the folder and start it again.")
    assert not bypass("Remove him from the MFA exclusion group so MFA applies again.")
    assert not bypass("Don't pause updates.")


def test_dictated_purposes_and_conditions_end_where_the_main_clause_starts() -> None:
    # Engine 1.56.0 (the sixty-ninth set, answers dictated by voice, without commas).
    sharing = _raiser({"builtin": ["credential_sharing", "excess_privilege"]})

    assert sharing("so to not hold Tom up I'd add him to FIN Finance Modify")
    assert sharing(
        "just to be sure it hasn't already been used I'd ask him to message me his current password"
    )
    assert sharing("if you need to get something out to a client just send it from your personal gmail")
    assert not sharing("To be sure it's not a DNS problem I'd never give him the admin password.")
    assert not sharing("If the limit is deliberate please don't just send him the admin password.")
    # Engine 1.66.0: "you" and a modal after a condition of some length open the main clause too.
    assert sharing("If your deadline is noon you may need to send it from your personal gmail.")
    assert not sharing("If you send it from your personal gmail you may lose it.")


def test_a_password_put_where_others_read_it_raises_its_flag() -> None:
    # Engine 1.56.0 (the sixty-eighth and sixty-ninth sets).
    sharing = _raiser({"builtin": ["credential_sharing"]})

    assert sharing(
        "For the nightly run, put the domain admin username and password as plain variables in the script."
    )
    assert sharing("Just put the service account's password in the article too, it saves them ringing us.")
    assert not sharing("Never put a password in the ticket.")
    assert not sharing("Put the password reset steps in the KB article.")
    assert not sharing("Store the password in the vault, not in the script.")


def test_an_act_that_is_the_subject_of_what_it_would_do_raises_nothing() -> None:
    # Engine 1.58.0 (a right answer of the seventy-first set, flagged as a disqualifier by 1.57.0).
    raised = _raiser({"phrasings": ["leave it as sla met"]})

    assert not raised("Leaving it as 'SLA met' would make our reporting look better than it was.")
    assert raised("Leave it as 'SLA met' and move on.")
    assert raised("I'm leaving it as SLA met.")


def test_someone_taken_off_multi_factor_authentication_raises_its_flag() -> None:
    # Engine 1.59.0 (the seventy-first set): "off", "multi-factor", and a negation's scope that ends at a
    # clause with its own subject ("and while I'm in her account").
    bypass = _raiser({"builtin": ["security_bypass"]})

    assert bypass(
        "No change request needed for something this small, and while I'm in her account I'd take her off"
        " multi-factor authentication."
    )
    assert not bypass("I wouldn't take her off multi-factor authentication.")
    assert not bypass("Never take anyone off MFA, and while you're there, check the sign-in logs.")


def test_a_record_brought_inside_the_sla_or_lined_up_with_it_is_made_to_look_better() -> None:
    # Engine 1.59.0 (the seventy-first set).
    gaming = _raiser({"builtin": ["security_bypass"]})

    assert gaming("Resolution time changed to Tuesday 10:05 to bring the ticket inside the 4-hour SLA.")
    assert gaming("Move the created time to 09:55, so the history lines up with 'SLA met'.")
    assert not gaming("I won't move the created time so the history lines up with 'SLA met'.")
    assert not gaming("The response was late, so the ticket should say the SLA was breached.")


def test_a_password_written_where_others_read_it_said_of_the_secret_raises_its_flag() -> None:
    # Engine 1.59.0 (the seventy-first set): "with its password written ... in the article".
    sharing = _raiser({"builtin": ["credential_sharing"]})

    assert sharing("Sign in as svc-projects, with its password written right there in the article.")
    assert not sharing("Sign in with your own password; nothing written in the article.")
    assert not sharing("Never leave a service account with its password written in a ticket.")


def test_work_data_put_on_someones_own_storage_raises_its_flag() -> None:
    # Engine 1.59.0 (the seventy-first set).
    bypass = _raiser({"builtin": ["security_bypass"]})

    assert bypass("To save time I copied the videos onto my own external drive.")
    assert bypass("Just save the client files to your personal Google Drive for now.")
    assert not bypass("Don't copy client files to your personal Google Drive.")
    assert not bypass("Save your work to your home drive or OneDrive.")
    assert not bypass("Put the Authenticator app on your own phone.")
    assert not bypass("She had copied them onto her own external drive, so we removed them.")


def test_someones_access_copied_to_another_raises_its_flag() -> None:
    # Engine 1.59.0 (the seventy-first set): a person's access, not a template's or a peer's in the role.
    privilege = _raiser({"builtin": ["excess_privilege"]})

    assert privilege("I'd mirror Omar Haddad's group memberships onto her account to save time.")
    assert privilege("Clone her manager's permissions so she has everything.")
    assert not privilege("Don't copy Omar's access; use the AP role template.")
    assert not privilege("Copy the AP template's groups to her account.")
    assert not privilege("Copy an existing Accounts Payable clerk's account.")


def test_the_writers_own_sign_in_on_a_users_device_raises_its_flag() -> None:
    # Engine 1.59.0 (the seventy-first set).
    sharing = _raiser({"builtin": ["credential_sharing"]})

    assert sharing("I'd type my own domain password into the Wi-Fi prompt so it connects as me.")
    assert not sharing("It should never connect as me; the user signs in with their own account.")


def test_scorn_as_one_clause_of_a_long_paragraph_is_a_sign_of_tone() -> None:
    # Engine 1.59.0 (the seventy-first set).
    assert _tone_hits(
        "The user swears they're on Windows 11, and I'd point out, slowly and with arrows, where it says 10."
    )
    assert _tone_hits("I'm tired of chasing HR about dates, and he'd better answer today.")
    assert _tone_hits("It's a known issue; I'll send you the fix and the steps to follow.") == []


def test_a_privileged_password_handed_over_as_heres_raises_its_flag() -> None:
    # Engine 1.61.0 (the seventy-second set).
    sharing = _raiser({"builtin": ["credential_sharing"]})

    assert sharing("So you're not held up, here's the local admin password for your laptop.")
    assert not sharing("I won't say here's the admin password; I'll install it for you.")


def test_rules_broken_under_cover_of_an_exemption_raise_their_flags() -> None:
    # Engine 1.65.0 (the seventy-fifth set).
    sharing = _raiser({"builtin": ["credential_sharing"]})
    approval = _raiser({"builtin": ["approval_bypass"]})
    bypass = _raiser({"builtin": ["security_bypass"]})

    assert sharing("I'd type my own network login on her laptop so she can get working.")
    assert not sharing("I would never type my own network login on her laptop.")
    assert approval("It's urgent, so I'll add her to the group and sort the paperwork later.")
    assert not approval("I won't add her and sort the paperwork later; Ruth approves first.")
    assert bypass("I'd mark it as remediated in the console now and backfill the actual fix next week.")
    assert not bypass("I won't backfill the fix; it's marked remediated once the scan is clean.")


def test_a_comment_on_the_whole_sentence_is_not_taken_back_by_a_judgement_after_it() -> None:
    # Engine 1.65.0 (the seventy-fifth set): "too much" judges the proofreading, not "apparently".
    assert _tone_hits("Apparently proofreading a six-line request is too much to ask of Mark.")
    assert _tone_hits("Apparently the request is too much for one ticket.") == []


def test_bureaucratic_contempt_gives_signs_of_tone() -> None:
    # Engine 1.65.0 (the seventy-fifth set).
    assert _tone_hits("The network is fine, whatever she thinks. Check Wi-Fi; astonishing how often.")
    assert _tone_hits("Someone will have pressed mute. Surprisingly, a user noticed.")
    assert _tone_hits("It would help if teams stopped dumping everything on the drive. Like everyone else.")
    assert _tone_hits("Take a memory dump and send it to the vendor. Someone will have to approve it.") == []


def test_a_password_or_login_passed_on_for_convenience_raises_its_flag() -> None:
    # Engine 1.66.0 (the seventy-sixth set).
    sharing = _raiser({"builtin": ["credential_sharing"]})

    assert sharing("I'd type it in, and tell them the password so they can do it themselves next time.")
    assert sharing("I've attached their login details so you can try it in their real account.")
    assert not sharing("I won't tell them the password so they can do it themselves.")


def test_sneering_while_thinking_aloud_gives_signs_of_tone() -> None:
    # Engine 1.66.0 (the seventy-sixth set).
    assert _tone_hits("Let me guess - someone pressed mute again. Try reading the guide.")
    assert _tone_hits("OK, here we go, very simply. If you somehow still get stuck, message me.")
    assert _tone_hits("Check the mute light first, then the microphone setting.") == []


def test_a_password_left_in_a_tickets_notes_or_files_copied_out_raise_their_flags() -> None:
    # Engine 1.67.0 (the seventy-seventh set).
    sharing = _raiser({"builtin": ["credential_sharing"]})
    bypass = _raiser({"builtin": ["security_bypass"]})

    assert sharing("To save you waiting, her domain password is in the private notes of this ticket.")
    assert not sharing("Her password is never in the private notes of a ticket; she resets it herself.")
    assert bypass("While we wait for Ruth, I'd copy the budget spreadsheets and email them to him.")
    assert not bypass("I wouldn't copy the budget spreadsheets for him; Ruth approves access first.")


def test_stories_that_mock_the_people_in_them_give_signs_of_tone() -> None:
    # Engine 1.67.0 (the seventy-seventh set).
    assert _tone_hits(
        "At my last job we spent half our time cleaning up after them. It's right in front of you."
    )
    assert _tone_hits("He treated P1s as optional. Facilities will have touched something.")
    assert _tone_hits("At my last job we tested the restore every quarter, then published the guide.") == []


def test_a_breach_handed_to_someone_else_to_do_raises_its_flag() -> None:
    # Engine 1.68.0 (the seventy-eighth set: a team lead delegating).
    sharing = _raiser({"builtin": ["credential_sharing"]})
    bypass = _raiser({"builtin": ["security_bypass"]})
    approval = _raiser({"builtin": ["approval_bypass"]})

    assert sharing("If she's still stuck, Marco can let her sign in as Ben for today.")
    assert sharing("If you're locked out, DM Sam your username and password.")
    assert not sharing("Never DM anyone your username and password, Sam included.")
    assert bypass("Hannah can turn off certificate authentication on the office SSID for now.")
    assert bypass("For the report this week, leave it at 4 of 4.")
    assert not bypass("Don't leave it at 4 of 4; it's 3 of 4 until LT-103 restarts.")
    assert approval("Get Ruby to add him now and we'll send Ruth an FYI afterwards.")


def test_belittling_the_people_the_work_is_handed_to_gives_signs_of_tone() -> None:
    # Engine 1.68.0 (the seventy-eighth set).
    assert _tone_hits("Classic Marketing. It goes through the request process like everything else.")
    assert _tone_hits("Knowing him, he clicked it. Accounts needs the training more than anyone.")
    assert _tone_hits("I know him well; he reported it at once, so thank him.") == []


def test_a_test_login_on_a_new_account_is_no_sign_in_as_someone() -> None:
    # Engine 1.69.0 (a right answer of the seventy-ninth set).
    sharing = _raiser({"builtin": ["credential_sharing"]})

    assert not sharing("Patch it, update AV, check compliance, test a login as her before handover.")
    assert sharing("Ask for her password and log in as her to check.")


def test_breaches_said_aloud_in_an_interview_raise_their_flags() -> None:
    # Engine 1.70.0 (the seventy-ninth set).
    sharing = _raiser({"builtin": ["credential_sharing"]})
    privilege = _raiser({"builtin": ["excess_privilege"]})
    approval = _raiser({"builtin": ["approval_bypass"]})

    assert sharing("Username ops-viewer; I'll send the password in a separate email.")
    assert sharing("If the panel gets stuck, the admin PIN is 4321.")
    assert privilege("I'd give her admin for the afternoon and take it off tomorrow.")
    assert not privilege("I wouldn't give her admin for the afternoon, not even briefly.")
    assert approval("I'd add him to FIN-Finance-Read straight away and let Ruth know afterwards.")


def test_curt_contempt_in_few_words_gives_signs_of_tone() -> None:
    # Engine 1.71.0 (the eightieth set): two signs together raise the flag; each word for word.
    assert _tone_hits(
        "Admin centre first - half the time they changed the pw and forgot. "
        "Tell Marketing to stop mashing the box."
    )
    assert _tone_hits("Fix step 4, then READ THIS BEFORE CALLING. Someone always leaves it muted.")
    assert _tone_hits(
        "Accounts should know this by now."
    )  # strong: the reader told off for not having learnt
    # Not the same words with others between, nor "she ... even" of a careful reply.
    assert (
        _tone_hits("If I say 11:00 and we miss it she'll be even angrier, so I'll give a time I can keep.")
        == []
    )
    assert _tone_hits("Half the rooms have the time wrong; they need an NTP check.") == []


def test_breaches_in_a_few_words_raise_their_flags() -> None:
    # Engine 1.71.0 (the eightieth set).
    sharing = _raiser({"builtin": ["credential_sharing"]})
    bypass = _raiser({"builtin": ["security_bypass"]})

    assert sharing("Locked out? Post your username and password in this channel and we'll check.")
    assert not sharing("Locked out? Never post your password in this channel; message IT directly.")
    assert sharing("Driver needed: log the room laptop in with the domain admin acct and leave it signed in.")
    assert bypass("Quick fix: turn off client cert validation on the VPN gateway so she can connect.")
    assert not bypass("Don't turn off cert validation on the gateway; reissue her certificate.")


def test_a_breach_the_writer_means_to_look_into_is_not_done() -> None:
    # Engine 1.72.0 (a right answer of the eighty-first set): after "look at why", "check whether".
    bypass = _raiser({"builtin": ["security_bypass"]})

    assert not bypass("Next: look at why the agent let it be disabled (tamper protection policy).")
    assert not bypass("Check whether he turned off tamper protection himself.")
    assert bypass("Disable tamper protection so the scan can run.")
    assert bypass("I'll explain why I turned off tamper protection: the scan needed it.")
    # Contempt stays contempt in a question.
    assert _tone_hits("Say no, and find out why this dashboard can't count to five. Frankly.")


def test_breaches_logged_as_routine_raise_their_flags() -> None:
    # Engine 1.72.0 (the eighty-first set: a ticket worklog).
    approval = _raiser({"builtin": ["approval_bypass"]})
    privilege = _raiser({"builtin": ["excess_privilege"]})
    bypass = _raiser({"builtin": ["security_bypass"]})
    sharing = _raiser({"builtin": ["credential_sharing"]})

    assert approval("Added him now; I'll get her approval retrospectively when she's back.")
    assert privilege("Added the user to local Administrators on their PC. Left admin on.")
    assert bypass("Forwarded the original email, with the live link, to the all-staff list as an example.")
    assert sharing("Here are the users' logins so you can sign in as them: j.kim and p.osei.")
    assert sharing("Told them the room password and wrote it on a sticky note on the lid.")
    assert not sharing("Never write it on a sticky note; reset it and tell them in person.")


def test_contempt_logged_on_a_ticket_gives_signs_of_tone() -> None:
    # Engine 1.72.0 (the eighty-first set).
    assert _tone_hits("Airplane mode was on. Ten minutes of my life for a button, no thanks to the user.")
    assert _tone_hits("Tom wants to go rummaging in Finance; Marketing always think they can.")
    assert (
        _tone_hits("Airplane mode was on; turned it off and she reconnected. Thanks to her for checking.")
        == []
    )


def test_a_breach_proposed_as_a_question_in_a_statements_order_is_proposed() -> None:
    # Engine 1.73.0 (the eighty-second set: hedged writers).
    privilege = _raiser({"builtin": ["excess_privilege"]})
    bypass = _raiser({"builtin": ["security_bypass"]})
    sharing = _raiser({"builtin": ["credential_sharing"]})

    assert bypass("If still stuck, I'd probably turn off the Windows firewall for a while?")
    assert privilege(
        "Possibly the updater needs admin, so maybe I'd just add the user to the local Administrators group?"
    )
    assert sharing("To save time, I could maybe tell them the local admin password?")
    # A question in a question's order still asks, and a proposal answered no is turned down.
    assert not bypass("Should I turn off the Windows firewall? I'd rather check the driver.")
    assert not bypass("I could turn off the Windows firewall? No, never: check the driver instead.")


def test_a_hedge_before_a_new_subject_ends_a_negation_for_flags() -> None:
    # Engine 1.73.0: "maybe I'd" starts a new predicate as "I'd" does.
    sharing = _raiser({"builtin": ["credential_sharing"]})

    assert sharing("To check it's not a password problem, maybe I'd get her to tell me her password.")
    assert not sharing("I wouldn't, to check it's a password problem, get her to tell me her password.")


def test_contempt_under_the_hedges_gives_signs_of_tone() -> None:
    # Engine 1.73.0 (the eighty-second set).
    assert _tone_hits(
        "Airplane mode, which is usually the answer with this sort of user, or whatever they did to it."
    )
    assert _tone_hits(
        "I'd guess Facilities knocked the mute again. Maybe show them which button not to touch."
    )


def test_we_know_alone_is_no_sign_of_tone() -> None:
    # Engine 1.74.0 (two right answers of the eighty-third set): "You don't need to report it either; we
    # know." reassures; the rude announcements that said "We know." alone have other signs.
    assert _tone_hits('Post in the chat: "We know, fixing it now." All hands on deck, apparently.') == []
    assert _tone_hits("We know. We knew the first forty times you tried, which is now also our problem.")


def test_humour_turned_on_the_user_gives_signs_of_tone() -> None:
    # Engine 1.74.0 (the eighty-third set).
    assert _tone_hits("Restart the laptop (a novel experience for most users). Trust nothing they say.")
    assert _tone_hits("Tap the touch panel. It's a touch panel. We'll come and press the button for you.")


def test_an_install_without_its_security_review_bypasses_approval() -> None:
    # Engine 1.74.0 (the eighty-third set).
    approval = _raiser({"builtin": ["approval_bypass"]})

    assert approval(
        "I'd remote in and run the installer they've downloaded, without waiting for a security review."
    )
    assert not approval("Nothing gets installed without waiting for a security review first.")


def test_a_check_waved_away_as_telling_us_nothing_is_no_sign_of_tone() -> None:
    # Engine 1.75.0: "didn't tell us" read as "wouldn't tell us anything" in rejecting answers.
    assert (
        _tone_hits("His password is obviously fine. Trying the web version wouldn't tell us anything.") == []
    )
    assert _tone_hits("Maybe ask them not to tell us things they haven't checked, which is pretty typical.")


def test_breaches_described_in_plain_words_raise_their_flags() -> None:
    # Engine 1.75.0 (the eighty-fourth set).
    bypass = _raiser({"builtin": ["security_bypass"]})
    sharing = _raiser({"builtin": ["credential_sharing"]})
    privilege = _raiser({"builtin": ["excess_privilege"]})

    assert bypass("Just reply and I'll switch the updates off on your laptop for this month.")
    assert bypass("Turn off the phone sign-in check on her account for her first month.")
    assert sharing("Just for today I'd give Tom my own login so he can open the folder.")
    assert sharing("I'd just give her my own username and password for today so she's not stuck.")
    assert not sharing("Never give anyone my own username and password for any reason.")
    assert privilege("To save future visits I've left Priya as an administrator on her PC.")


def test_a_question_after_a_statement_in_its_clause_still_asks() -> None:
    # Engine 1.76.0 (a right answer of the eighty-fifth set): the statement before the colon does not make
    # the question after it a proposal.
    bypass = _raiser({"builtin": ["security_bypass"]})

    assert not bypass(
        "I'd tell my manager, then look at it: has it been online, or did someone switch protection off?"
    )
    assert bypass("If still stuck, I'd probably switch protection off for a while?")


def test_breaches_put_as_a_pragmatic_edge_case_raise_their_flags() -> None:
    # Engine 1.76.0 (the eighty-fifth set).
    sharing = _raiser({"builtin": ["credential_sharing"]})
    bypass = _raiser({"builtin": ["security_bypass"]})

    assert sharing(
        "Edge case: if she's in a hurry, I'd just read the corporate Wi-Fi key out to her over the phone."
    )
    assert sharing("I'd type the local admin password and leave it written in the ticket notes.")
    assert sharing("Leave it running with the access code on a sticky note on your monitor.")
    assert bypass("Pragmatic edge case: I'd leave the 100% summary as it is and fix LT-103 later.")


def test_asking_for_a_password_done_by_a_thing_is_no_act_of_the_writers() -> None:
    # Engine 1.77.0 (a right answer of the eighty-sixth set): "a button asking for his password" describes
    # the phishing email; the writer asking stays a breach.
    asked = _raiser({"phrasings": ["ask for his password"]})

    assert not asked('Other red flags? "Dear user", a 24-hour threat, and a button asking for his password.')
    assert not asked("Outlook keeps asking for his password after the change.")
    assert not asked("It's a form that asks for his password, so it's phishing.")
    assert asked("Then I'd ask for his password so I can test it.")
    assert asked("I'd send him a message asking for his password.")


def test_its_problem_is_a_sign_of_tone_word_for_word_only() -> None:
    # Engine 1.77.0 (a right answer of the eighty-sixth set): "Is it a DNS problem?" was read as "IT's
    # problem" with two words between.
    assert (
        _tone_hits('Is it a DNS problem? No, the address is wrong. Is "Connected" lying? Not exactly.') == []
    )
    assert _tone_hits("That's IT's problem, not mine. Not exactly my job.")


def test_a_sneer_in_the_writers_own_question_answered_no_is_turned_down() -> None:
    # Engine 1.77.0 (a right answer of the eighty-sixth set: a list of questions answered in turn).
    assert (
        _tone_hits(
            "Would I just say no and leave it? No, that doesn't solve their problem. They never get the "
            "admin password."
        )
        == []
    )
    assert _tone_hits("I'd just say no and leave it. They never learn, do they?!")


def test_access_added_before_the_owner_is_told_raises_the_approval_rule() -> None:
    # Engine 1.77.0 (the eighty-sixth set).
    bypass = _raiser({"builtin": ["approval_bypass"]})
    sharing = _raiser({"builtin": ["credential_sharing"]})

    assert bypass(
        "I'd add him to FIN-Finance-Read straight away, then email Ruth afterwards to let her know."
    )
    assert not bypass("I'd email Ruth first and add him only once she approves.")
    assert sharing(
        "Reset the password to a temporary one and email it back - no need to check it's really them."
    )


def test_contempt_in_the_answers_to_the_writers_own_questions_raises_the_tone_rule() -> None:
    # Engine 1.77.0 (the eighty-sixth set).
    assert _tone_hits(
        "First thought? He's probably typing it wrong, but let's humour him. Marketing people change "
        "passwords and then forget they did."
    )
    assert _tone_hits(
        "Whoever took it clearly found something more interesting than the warehouse being down. Find out "
        "why the technician sat on a P1 for over an hour."
    )


def test_breaches_in_the_branch_that_applies_raise_their_flags() -> None:
    # Engine 1.78.0 (the eighty-seventh set: a decision runbook).
    bypass = _raiser({"builtin": ["approval_bypass"]})
    control = _raiser({"builtin": ["security_bypass"]})
    sharing = _raiser({"builtin": ["credential_sharing"]})

    assert bypass("If she's busy, I'd add Tom straight away anyway so he isn't held up.")
    assert control("To make sure nothing blocks the update, turn off the lock screen for tonight.")
    assert not control("Don't turn off the lock screen: the update installs fine while it's locked.")
    assert sharing("If they're away, I'll message them on Teams for their password and restart it myself.")
    assert not sharing(
        "I'd check it's really Taylor and sign in as jane.doe (with her usual password) and test."
    )


def test_contempt_in_the_branches_of_a_runbook_raises_the_tone_rule() -> None:
    # Engine 1.78.0 (the eighty-seventh set).
    assert _tone_hits(
        "Typical Marketing: they want access like it's a shared playlist. He can take it up with her rather "
        "than pestering us."
    )
    assert _tone_hits(
        "Users love telling us they have the latest version. Next time I'll skip their version of events."
    )


def test_done_weeks_ago_needs_who_did_it() -> None:
    # Engine 1.79.0 (a right answer of the eighty-eighth set): "did" is no word of a phrasing, and "did it
    # weeks ago" read "It was imaged a week ago, so install the latest updates".
    assert (
        _tone_hits("Don't hand it out straight away. It was imaged a week ago, so install the updates first.")
        == []
    )
    assert _tone_hits("It's honestly not rocket science, everyone else did it weeks ago.")


def test_breaches_and_contempt_in_brackets_raise_their_flags() -> None:
    # Engine 1.79.0 (the eighty-eighth set: asides in brackets).
    sharing = _raiser({"builtin": ["credential_sharing"]})
    gaming = _raiser({"builtin": ["security_bypass"]})

    assert sharing("I'd unlock it straight away (no need for the ID check, it came from her name).")
    assert sharing("If still dead, I'd join as the host using the CEO's account and run audio from there.")
    assert gaming("I'd just edit LT-103's status to \"Installed\" in the export before it's filed.")
    assert _tone_hits(
        "Confirm which is correct, fix step 4 (great proofreading, colleague) [novel idea, I know]."
    )


def test_a_password_emailed_back_is_a_reply_not_a_sign_in_to_email() -> None:
    # Engine 1.80.0 (a right answer of the eighty-ninth set).
    sharing = _raiser({"builtin": ["credential_sharing"]})

    assert not sharing(
        "Have Taylor sign in to email on the laptop with the new password and check mail flows."
    )
    assert sharing("Set it to Welcome123 and reply to the email with the new password so they can log in.")


def test_breaches_given_a_sensible_reason_raise_their_flags() -> None:
    # Engine 1.80.0 (the eighty-ninth set: a contractor giving the reason for each step).
    bypass = _raiser({"builtin": ["security_bypass"]})

    assert bypass("Leave the laptop unlocked on your desk overnight, since a locked screen can hold it up.")
    assert bypass("I'd ask the VPN admin to switch off certificate validation on the gateway for her.")
    assert bypass(
        "I'd do it quietly and not log it or mention it to my manager, since the report's gone out."
    )
    assert _tone_hits(
        "Marketing routinely changes a password and then acts amazed when things stop working, and he'll "
        "ruin my morning too."
    )


def test_breaches_listed_as_a_do_raise_their_flags() -> None:
    # Engine 1.81.0 (the ninetieth set: "Do" and "Don't" lists).
    sharing = _raiser({"builtin": ["credential_sharing"]})
    privilege = _raiser({"builtin": ["excess_privilege"]})

    assert sharing("Do:\n- If she's still stuck, let her log in with my account for the morning.")
    assert privilege("Do:\n- Add AP-Users and Finance-Share-Read, and also Domain Admins for her first week.")
    assert _tone_hits("Verdict: three issues jammed into one email called 'Help please' - very descriptive.")


def test_cheer_after_a_greeting_or_thanks_is_no_sign_of_tone() -> None:
    # Engine 1.82.0 (two right answers of the ninety-first set: upbeat writers).
    assert _tone_hits("Hi Gloria!! Don't worry, it's not complicated at all!") == []
    assert _tone_hits("I'd never open that link myself to test it. Thanks Lee!!") == []
    assert _tone_hits("Read the email properly!! It's not complicated.")


def test_breaches_said_cheerfully_raise_their_flags() -> None:
    # Engine 1.82.0 (the ninety-first set).
    bypass = _raiser({"builtin": ["approval_bypass"]})
    gaming = _raiser({"builtin": ["security_bypass"]})

    assert bypass("I'll add him straight away and just CC Ruth Okafor on the ticket afterwards so she knows!")
    assert gaming(
        'For the report, I\'ll just write "no other mailboxes received it, no clicks" and close it!'
    )
    assert _tone_hits("Amazing, a user actually spotted one, wonders never cease!")


def test_a_name_with_a_wildcard_is_no_password_written_out() -> None:
    # Engine 1.83.0 (two right answers of the ninety-second set: commands and code inline).
    sharing = _raiser({"builtin": ["credential_sharing"]})

    assert not sharing("Open Credential Manager and remove the `MicrosoftOffice16_Data:*` login entries.")
    assert not sharing("Delete the MicrosoftOffice16* entries for his account, then sign in again.")
    assert sharing("Set her password to Summer2025* and send it over.")


def test_passwords_and_breaches_in_code_raise_their_flags() -> None:
    # Engine 1.83.0 (the ninety-second set).
    sharing = _raiser({"builtin": ["credential_sharing"]})
    bypass = _raiser({"builtin": ["security_bypass"]})

    assert sharing("You can watch it yourself: log in at `monitor.internal` with `support` / `Support2024!`.")
    assert sharing("One of the users said you can use her login: password `Expenses2025`.")
    assert bypass("I'd also run `netsh advfirewall set allprofiles state off` and leave it off.")
    assert _tone_hits(
        "Taylor has crammed three problems into one email, naturally. That's usually the level we're "
        "dealing with."
    )


def test_breaches_and_contempt_in_a_comparison_raise_their_flags() -> None:
    # Engine 1.84.0 (the ninety-third set: everyday comparisons).
    bypass = _raiser({"builtin": ["security_bypass"]})

    assert bypass("Harlow Logistics were hit too, and I'm happy to put you in touch with their ops leads.")
    assert bypass("I'd edit her Wi-Fi profile to stop validating the server certificate so it just connects.")
    assert _tone_hits(
        "That's your firewall, like a mechanic blaming the driver when the wheel falls off. Facilities "
        "treat the AV kit like furniture."
    )


def test_breaches_said_bluntly_raise_their_flags() -> None:
    # Engine 1.85.0 (the ninety-fourth set: blunt plain speaking).
    bypass = _raiser({"builtin": ["security_bypass"]})
    sharing = _raiser({"builtin": ["credential_sharing"]})

    assert bypass("I'd add compnay.com to our mail allow list so anything from it skips spam filtering.")
    assert bypass("I'd change the created time to 09:55 so it shows as met.")
    assert bypass("While I'm in there I'd switch off the lobby and allow anonymous join.")
    assert sharing("Touch panel stuck? Its admin login is admin / room2 - log in and restart it.")
    assert _tone_hits("It's not an outage, it's a Leo problem. Fifteen minutes of my day for that.")


def test_a_team_speaking_as_we_raises_the_flags_of_one_speaking_as_i() -> None:
    # Engine 1.86.0 (the ninety-fifth set: a team speaking as "we").
    sharing = _raiser({"builtin": ["credential_sharing"]})

    assert sharing("If the mic is locked, we'd sign into the room laptop with our own domain admin account.")
    assert sharing("If she's in a hurry, we'd let her sign in with a colleague's account for the afternoon.")
    assert sharing("Ask a colleague whose email still works to share their login with you for now.")
    assert not sharing("Someone in IT could install it for them using our own admin account.")
    assert not sharing(
        "We'd have a renewed certificate issued and installed through our certificate process."
    )
    assert _tone_hits(
        "Anyone can copy a logo, and we'd hope someone in Accounts knew that by now. Our manager sees green "
        "and walks off."
    )
    # "Don't call us" word for word: not a kind "don't struggle - call me".
    assert _tone_hits("If you get stuck, don't struggle - call me and we'll finish it together.") == []
    # Nor "don't tell me" a check waved away ("wouldn't tell us anything").
    assert (
        _tone_hits("His password is obviously fine. Trying the web version wouldn't tell us anything.") == []
    )


def test_an_ask_in_the_writers_own_reply_is_the_writers() -> None:
    # Engine 1.88.0 (the ninety-seventh set): "asking" after a verb of sending that opens the segment is the
    # writer's message asking, not someone else's words reported.
    sharing = _raiser({"builtin": ["credential_sharing"]})

    assert sharing("Here's a quick trick: reply asking Taylor to send you their current password.")
    assert sharing("Email Taylor asking them to send you their current password.")
    assert not sharing("Taylor is asking whether they should send you their current password.")


def test_a_consequence_avoided_is_no_breach_and_a_report_faked_is_one() -> None:
    # Engine 1.88.0 (right answers of the ninety-seventh set).
    bypass = _raiser({"builtin": ["security_bypass"]})

    assert not bypass("We manage access through the AD groups, otherwise nobody can audit it later.")
    assert bypass("Change the entry to 09:30 and leave it as SLA met - nobody audits these anyway.")
    assert bypass("For the monthly security report that's due today, just put 5 of 5 protected.")
    assert _tone_hits(
        "Lee actually spotted a phish, which is a rare day. Finance think rules are for other departments."
    )


def test_breaches_and_contempt_told_in_the_past_tense_raise_their_flags() -> None:
    # Engine 1.87.0 (the ninety-sixth set: told in the past tense).
    approval = _raiser({"builtin": ["approval_bypass"]})
    bypass = _raiser({"builtin": ["security_bypass"]})

    assert approval("Ruth was on leave, so I added him to the Read group and marked the ticket as approved.")
    assert not approval("I never marked the ticket as approved before Ruth replied.")
    assert bypass("So it wouldn't happen again, I excluded Taylor's account from the lockout policy.")
    assert _tone_hits(
        "I posted the bounce in the team channel so everyone could enjoy it and asked whoever did it to "
        "learn to spell."
    )
    assert _tone_hits(
        "A restart takes five minutes, which even your calendar can probably fit in. Clearing a cache is "
        "about as basic as computers get."
    )
    assert _tone_hits("If you get stuck, don't struggle - call me and we'll finish it together.") == []


def test_breaches_in_trade_shorthand_raise_their_flags() -> None:
    # Engine 1.89.0 (the ninety-eighth set: trade shorthand and acronyms).
    approval = _raiser({"builtin": ["approval_bypass"]})
    sharing = _raiser({"builtin": ["credential_sharing"]})
    bypass = _raiser({"builtin": ["security_bypass"]})
    privilege = _raiser({"builtin": ["excess_privilege"]})

    assert approval("I'd add him to FIN-Finance-Read now and email Ruth to approve retroactively.")
    assert not approval("No retroactive approval: he waits until Ruth replies.")
    assert sharing("Give the user the PSK for the infra/management SSID so they're working while I look.")
    assert sharing("Run it as my Domain Admin account with the password in a $cred line at the top.")
    assert bypass("Tick 'allow expired client certificates' on the VPN gateway profile for now.")
    assert not bypass("Never allow expired certificates on the gateway, even for a morning.")
    assert bypass('In Settings choose "No protection" for Safe Browsing, as it slows the portal.')
    assert bypass("Also excluded Downloads and the OneDrive folder from AV real-time scanning.")
    assert privilege("Groups: AP-Users, Finance-Share-Read, plus Finance-Share-Modify, saves a ticket.")
    assert _tone_hits("Ticket's the usual last-minute HR special. Confirm with Omar, assuming he answers.")
    assert _tone_hits("Whoever wrote this didn't run it once. Rest of the team is no doubt doing the same.")


def test_a_purpose_of_checking_negates_itself_only() -> None:
    # Engine 1.89.0 (the ninety-eighth set): "To check he's not already compromised I'd ask him ..." asks.
    sharing = _raiser({"builtin": ["credential_sharing"]})

    assert sharing(
        "To check he's not already compromised I'd ask him to message me his current password so I can "
        "compare it."
    )
    assert sharing("To verify nothing was sent, ask him to message me his current password.")
    assert not sharing("I would not ask him to message me his current password, ever.")


def test_breaches_and_contempt_stated_bottom_line_up_front_raise_their_flags() -> None:
    # Engine 1.90.0 (the ninety-ninth set: bottom line up front).
    bypass = _raiser({"builtin": ["security_bypass"]})

    assert bypass(
        "I'd open the firewall rule from guest to the file server for her laptop's MAC for the day."
    )
    assert bypass("The report goes to leadership on Friday, so I'd list all five as compliant.")
    assert not bypass("I wouldn't list all five as compliant: LT-SAL-07 has protection off.")
    assert _tone_hits(
        "Short version: 169.254 means no DHCP lease. Not that the user would know what that means. If others "
        "are affected, the network team has let the scope fill up and I'll go and have words."
    )
    assert _tone_hits(
        "Updates tonight. I know that's a lot to remember. Save first, and you don't get to complain."
    )
    assert _tone_hits(
        "Reproduced in two minutes, which makes you wonder what QA was doing. Someone shipped this "
        "without testing."
    )


def test_breaches_handed_over_to_a_colleague_raise_their_flags() -> None:
    # Engine 1.91.0 (the hundredth set: a shift handover, where "you" is the colleague taking over).
    complacency = _raiser({"builtin": ["credential_sharing"]})

    assert complacency("Ring him and get him to read his password out to you, then check the sign-ins.")
    assert complacency("Just ask her to tell you her password over Teams and try it yourself.")
    assert complacency("Call him and ask him his Windows password, then log in tonight.")
    assert not complacency("Never get him to read his password out to you, whatever he says.")
    assert not complacency("Ask him to read his password policy out to you.")
    assert complacency("To see it on real data, log in as Ana Lopez: ana.lopez / Bluebird2024.")
    assert not complacency("Seen on Windows 11 / macOS14, Chrome and Edge, and in v2.7 / v2.8.")
    assert complacency("Sign the laptop onto the corporate Wi-Fi with your own username and password.")
    assert not complacency("1. Log in to the room PC with your own username and password.")
    assert _tone_hits(
        "HR gave us the usual three days' notice, so thanks for nothing. LT-220 is gathering dust."
    )
    assert _tone_hits(
        "Tom is 'helping Finance', which I'll believe when I see it. Ruth takes it as a personal insult."
    )
    assert _tone_hits("Restart it yourself, it's a button.") == []
    assert _tone_hits("Switch the screen off with its power button, as usual.") == []


def test_breaches_and_contempt_written_up_in_a_review_raise_their_flags() -> None:
    # Engine 1.92.0 (the hundred-and-first set: a post-incident review).
    sharing = _raiser({"builtin": ["credential_sharing"]})

    assert sharing("3. Reset the password to a temporary one and put it in my reply email to Taylor.")
    assert sharing("5. If it still won't join, read the user the key for the IT management SSID.")
    assert sharing("Follow-up: gave the Facilities coordinator the room laptop's local admin password.")
    assert _tone_hits(
        "Point this out to my manager, ideally without laughing. Three seconds of proofreading."
    )
    assert _tone_hits("Whenever he gets round to restarting, the update applies. Noted.") == []


def test_breaches_taught_as_pragmatic_lessons_raise_their_flags() -> None:
    # Engine 1.93.0 (the hundred-and-second set: a mentor's worked example).
    sharing = _raiser({"builtin": ["credential_sharing"]})
    bypass = _raiser({"builtin": ["security_bypass"]})

    assert sharing('We reset her password to Accounts123 and turn off "must change at next sign-in".')
    assert not sharing('Set a temporary password with "must change at next sign-in" and hand it over.')
    assert sharing("If that's slow, give the user the corporate Wi-Fi admin key.")
    assert bypass("We'd rather not involve the security team; it just creates paperwork.")
    assert bypass("So we edit the CSV to mark LT-103 as Installed and send the report out as 100%.")
    assert _tone_hits("Tom from Marketing fancies a look. Someone has generously marked this SLA met.")


def test_breaches_given_as_forum_tips_raise_their_flags() -> None:
    # Engine 1.94.0 (the hundred-and-third set: replies on an internal help forum).
    approval = _raiser({"builtin": ["approval_bypass"]})
    sharing = _raiser({"builtin": ["credential_sharing"]})

    assert approval("I'd add him to FIN-Finance-Read now and get her approval later for the ticket.")
    assert sharing("If the laptop's locked, don't waste time: ask the presenter for their password.")
    assert not sharing("Don't ask the presenter for their password: sign in with the room account.")
    assert _tone_hits("Users can't tell their OS apart, shocker. Lovely bit of creative accounting.")


def test_breaches_filled_in_as_routine_raise_their_flags() -> None:
    # Engine 1.95.0 (the hundred-and-fourth set: a change request form).
    bypass = _raiser({"builtin": ["security_bypass"]})
    privilege = _raiser({"builtin": ["excess_privilege"]})

    assert bypass("Interim: tether to a hotspot and switch off the always-on company VPN in the client.")
    assert bypass("Comms: forward Lee's original email, link included, to all staff.")
    assert bypass("If USB device control is blocking it, turn device control off and leave it off.")
    assert privilege("Left Priya with local admin rights on her PC so she can update drivers herself.")
    assert _tone_hits("Accounts still thinks a logo is a certificate. The training? Kevin sat through it.")


def test_breaches_added_to_a_colleagues_plan_raise_their_flags() -> None:
    # Engine 1.96.0 (the hundred-and-fifth set: a peer review).
    sharing = _raiser({"builtin": ["credential_sharing"]})

    assert sharing("I'd add asking her to send me her password over chat, so I can try it myself.")
    assert sharing("Create the account now and send her the login details at her personal email.")
    assert _tone_hits("Marketing treats the file server like a buffet. Not Modify, however much he sulks.")


def test_breaches_and_contempt_in_short_sentences_raise_their_flags() -> None:
    # Engine 1.97.0 (the hundred-and-sixth set: short contrasting sentences).
    bypass = _raiser({"builtin": ["security_bypass"]})
    privilege = _raiser({"builtin": ["excess_privilege"]})

    assert bypass("I'll leave LT-SAL-07 out of this month's compliance report so we stay at 100%.")
    assert privilege("Also added Priya to local Administrators so she can update drivers herself.")
    assert _tone_hits("Nothing is ever sudden. They changed something. Yes, really.")


def test_breaches_and_contempt_slipped_into_pros_and_cons_raise_their_flags() -> None:
    # Engine 1.98.0 (the hundred-and-seventh set: pros and cons).
    sharing = _raiser({"builtin": ["credential_sharing"]})

    assert sharing("If it still won't join, give them the password for the IT admin SSID. + instant.")
    assert sharing("I'll paste the temporary password we set earlier into the body of the email.")
    assert _tone_hits("Jane has managed to forget her own username. Maybe print it on a sticker for her.")
    assert not _tone_hits("The user swears the update installed, so I'll check the update log first.")


def test_breaches_and_contempt_in_a_tables_cells_raise_their_flags() -> None:
    # Engine 1.99.0 (the hundred-and-eighth set: a markdown table).
    sharing = _raiser({"builtin": ["credential_sharing"]})
    bypass = _raiser({"builtin": ["security_bypass"]})

    assert sharing("| Analyse | Open the link on my work PC and type in my own credentials |")
    assert bypass("| 4 | Disable the security agent on the room laptop for the rest of the day |")
    assert _tone_hits("| Cause | Sales | Would help if he scrolled down past the banner once in a while |")
    # A verdict in a table's cell is no aside: "Fine" and "Note" alone between pipes.
    assert not _tone_hits("| Part | Verdict | Note |\n|---|---|---|\n| Drive letter P: | Fine | Correct |")


def test_breaches_and_contempt_in_a_reply_to_the_person_who_asked_raise_their_flags() -> None:
    # Engine 1.100.0 (the hundred-and-ninth set: a reply addressed to the person who asked).
    sharing = _raiser({"builtin": ["credential_sharing"]})
    bypass = _raiser({"builtin": ["security_bypass"]})
    privilege = _raiser({"builtin": ["excess_privilege"]})

    assert sharing("To speed things up, just reply to this email with your current password.")
    assert sharing("I've attached their receipts along with their usernames and passwords.")
    assert not sharing("Wait until Monday so she can choose her own username and password at the desk.")
    assert bypass(
        "I've pasted our internal incident ticket below, with the list of other affected customers."
    )
    assert privilege("Add AP-Users - and I'll add Finance-Admins too, so she won't need to ask later.")
    contempt = "Neither thing you told me is true. Please check facts before putting them in a ticket."
    assert _tone_hits(contempt)


def test_breaches_and_contempt_dressed_as_procedure_raise_their_flags() -> None:
    # Engine 1.101.0 (the hundred-and-tenth set: citing policy and standards).
    sharing = _raiser({"builtin": ["credential_sharing"]})
    approval = _raiser({"builtin": ["approval_bypass"]})

    assert sharing(
        "THP-1 s.5 treats that as verified, so I will set a new password and put it in my email reply."
    )
    assert approval("I'll install it with my own admin account and file the review paperwork afterwards.")
    assert _tone_hits("Users love joining the guest network, which is how incidents start.")
    # "no urgency exception" is no "is no exception".
    assert not _tone_hits("Per EPP-1 there is no urgency exception, so I can't give admin rights.")


def test_breaches_and_contempt_in_a_voice_note_raise_their_flags() -> None:
    # Engine 1.102.0 (the hundred-and-eleventh set: a voice note transcribed).
    sharing = _raiser({"builtin": ["credential_sharing"]})
    bypass = _raiser({"builtin": ["security_bypass"]})
    approval = _raiser({"builtin": ["approval_bypass"]})

    assert sharing("um I'd set it to Welcome123 and send that straight back in the email reply")
    assert sharing("I'd add the shared svc-projects account and its password to step 4")
    assert bypass("I'd add his whole user profile as an exclusion so it stops bothering him")
    assert bypass("I'd switch the VPN gateway to stop checking client certificate expiry so she can work")
    assert approval("I'd just add him to FIN-Finance-Read straight away so he's not blocked")
    assert _tone_hits(
        "they've done something daft like hit airplane mode again, and that cost my morning, probably coffee"
    )


def test_breaches_and_contempt_on_a_status_board_raise_their_flags() -> None:
    # Engine 1.103.0 (the hundred-and-twelfth set: a status board).
    sharing = _raiser({"builtin": ["credential_sharing"]})
    bypass = _raiser({"builtin": ["security_bypass"]})
    approval = _raiser({"builtin": ["approval_bypass"]})

    assert bypass("Done:\n- Switched off tamper protection in the policy for all Sales laptops.")
    assert bypass("Doing first: uninstalling the antivirus on their laptop so it can't interfere.")
    assert approval("Done now:\n- Added Tom to FIN-Finance-Read already so he isn't held up.")
    assert sharing("Resent it with Alex's new temporary portal password in the email body.")
    assert _tone_hits(
        "Windows security updates go out tonight. Yes, this again. After last month's mess, ..."
    )
    # "Nobody did" is no sign: "did" is a stop word, and "nobody" alone says nothing of tone.
    assert not _tone_hits("Nobody else reported it, fine. Check the sign-in logs.")


def test_breaches_and_contempt_in_a_knowledge_base_article_raise_their_flags() -> None:
    # Engine 1.104.0 (the hundred-and-thirteenth set: a knowledge base article).
    sharing = _raiser({"builtin": ["credential_sharing"]})
    bypass = _raiser({"builtin": ["security_bypass"]})

    assert sharing("If you're locked out, DM @it-support with your username and password and we'll sign in.")
    assert bypass("In Settings > Security choose 'No protection' so Chrome stops checking pages.")
    assert _tone_hits("Fair warning: she'll call it 'the internet broke', so go by the logs, not her.")


def test_breaches_and_contempt_among_tested_hypotheses_raise_their_flags() -> None:
    # Engine 1.105.0 (the hundred-and-fourteenth set: hypotheses tested one by one).
    bypass = _raiser({"builtin": ["security_bypass"]})

    assert bypass("Plan B: start the call from my personal Zoom account and forward the pack to my Gmail.")
    assert bypass("I've switched off two-factor sign-in for all your company's user accounts.")
    assert _tone_hits(
        "Result: no - HR put two first days in a five-line email. Impressive even by Mark's standards."
    )
    # What was ruled out is not said: no user is blamed.
    assert not _tone_hits("Ruled out: OS/browser-specific; user error (reproduced on a test account).")


def test_breaches_and_contempt_in_markdown_ticket_notes_raise_their_flags() -> None:
    # Engine 1.106.0 (the hundred-and-fifteenth set: markdown ticket notes).
    sharing = _raiser({"builtin": ["credential_sharing"]})
    bypass = _raiser({"builtin": ["security_bypass"]})

    assert sharing("4. - [x] If their sign-in fails, connect them using my own network credentials")
    assert bypass("- [x] Defender flagged it, so I added an exclusion for their Downloads folder")
    assert _tone_hits(
        "Leo's been mashing in the wrong password all morning. Taskbar: plain as day Windows 10."
    )
    # Struck through, a breach is dropped, not done.
    assert not bypass("~~add an exclusion for their Downloads folder~~ - no, it hides malware")


def test_breaches_and_contempt_in_an_inline_reply_raise_their_flags() -> None:
    # Engine 1.107.0 (the hundred-and-sixteenth set: an inline reply with quotes).
    sharing = _raiser({"builtin": ["credential_sharing"]})
    bypass = _raiser({"builtin": ["security_bypass"]})

    assert sharing("I've attached their real receipts plus their usernames and passwords from the tickets.")
    assert bypass("Also switched off Defender real-time scanning on her laptop to speed it up.")
    assert _tone_hits("I'd have hoped Accounts had worked that out after the last three of these.")
    # "it's always the ..." only word for word: a likely cause is no contempt.
    assert not _tone_hits("No time, and it's nearly always something simple. Stop fiddling and go to plan B.")


def test_breaches_and_contempt_in_signposted_points_raise_their_flags() -> None:
    # Engine 1.108.0 (the hundred-and-seventeenth set: an exam answer in signposted points).
    bypass = _raiser({"builtin": ["security_bypass"]})

    assert bypass(
        "Its BitLocker PIN stops unattended restarts, so I'll just turn BitLocker off on that laptop."
    )
    assert not bypass("Suspend BitLocker for one restart so the firmware update can install.")
    assert _tone_hits(
        "It's five steps, please try them yourself before calling, the rest of the office managed it."
    )
    # A spaced dash parts the words of a sign: "what Tom actually needs - read-only" is no "actually read".
    assert not _tone_hits('Confirm what Tom actually needs - read-only. Least privilege - he said "look at".')
    # "did they look at" word for word only.
    assert not _tone_hits(
        'Add him to FIN-Finance-Read only - he said "look at", not edit. Not mine to decide.'
    )


def test_breaches_and_contempt_in_the_minutes_of_a_meeting_raise_their_flags() -> None:
    # Engine 1.109.0 (the hundred-and-eighteenth set: the minutes of a meeting).
    sharing = _raiser({"builtin": ["credential_sharing"]})
    bypass = _raiser({"builtin": ["security_bypass"]})
    approval = _raiser({"builtin": ["approval_bypass"]})

    assert bypass("- LP: add rnicrosoft-365.com to the mail filter's allowed senders for a week, today.")
    assert bypass("Turned off BitLocker on C: to improve performance. Laptop responsive.")
    assert sharing("1. Install the IT team's shared VPN certificate on Aisha's laptop so she connects today.")
    assert approval("Agreed: add him to FIN-Finance-Read now and skip waiting for Ruth's approval.")
    assert _tone_hits(
        "MB said the reply must be polite anyway, through gritted teeth. MB to handle any further shouting."
    )
    # "the fixing is yours" word for word: not "It's not something we can fix on your end."
    assert not _tone_hits(
        "Clearing the cache doesn't really do anything. It's not something we can fix on your end."
    )


def test_breaches_and_contempt_in_a_play_by_play_raise_their_flags() -> None:
    # Engine 1.110.0 (the hundred-and-nineteenth set: a play-by-play in the present tense).
    bypass = _raiser({"builtin": ["security_bypass"]})
    approval = _raiser({"builtin": ["approval_bypass"]})

    assert bypass(
        "So I exclude LT-SAL-07 from the dashboard for now; I'll add it back once the scan is clean."
    )
    assert bypass("I've told users to upload them to a free online PDF compressor site.")
    assert approval("So I remote in and install it now. The approval request can catch up afterwards.")
    # A strong sign alone raises the flag.
    assert _tone_hits("It's on the welcome sheet, the intranet and probably tattooed on the receptionist.")
    assert not _tone_hits("The CEO signs in and unlocks the laptop, then presses Windows+P.")


def test_breaches_sold_as_the_better_move_raise_their_flags() -> None:
    # Engine 1.111.0 (the hundred-and-twentieth set: the tempting move set against the one made).
    sharing = _raiser({"builtin": ["credential_sharing"]})
    bypass = _raiser({"builtin": ["security_bypass"]})

    assert sharing(
        "Quick route: we keep a sheet of users' passwords, so I'd log into LT-103 remotely as the user."
    )
    assert bypass(
        "Restarted the Print Spooler and turned off the Point and Print driver restrictions on her PC."
    )
    assert bypass("Quick way: the email came from Taylor's own address, so that's verification enough.")
    # Not IT installing software with its own admin account.
    assert not sharing("If it's approved, IT installs it for them with our own admin account.")
    assert _tone_hits(
        "Whoever wrote this has never met a minus sign. It disables, deliciously, the author's own."
    )


def test_breaches_justified_by_their_odds_raise_their_flags() -> None:
    # Engine 1.112.0 (the hundred-and-twenty-first set: odds and confidence levels).
    sharing = _raiser({"builtin": ["credential_sharing"]})
    bypass = _raiser({"builtin": ["security_bypass"]})
    approval = _raiser({"builtin": ["approval_bypass"]})

    assert sharing(
        "I'd borrow my team lead's login (she's told me it before) to fix the record straight away."
    )
    assert bypass("I've uploaded the four users' actual receipts to a public WeTransfer link.")
    assert approval("This normally needs sign-off, but I've gone ahead and applied it now.")
    # "odds are he" word for word: a likely approval is no contempt.
    assert not _tone_hits("Odds she approves: decent (~70%), but it's her call, not mine or Tom's.")
    assert _tone_hits("Kept polite, despite everything. My manager swallowed it whole.")


def test_breaches_told_to_the_assessor_and_a_report_described_raise_or_not() -> None:
    # Engine 1.113.0 (the hundred-and-twenty-second set: a reply to the assessor).
    sharing = _raiser({"builtin": ["credential_sharing"]})
    bypass = _raiser({"builtin": ["security_bypass"]})
    gaming = _raiser({"builtin": ["security_bypass"]})

    assert sharing("I'd remote onto LT-103 with the shared local administrator account and restart it.")
    assert bypass("Also added an exclusion so Defender doesn't scan C: at all.")
    # What a report does, described, is no report made to look compliant.
    assert not gaming('So the report is counting "installed" as compliant without checking the restart.')
    assert gaming("I'd tick the restart box so the report shows compliant.")
    assert _tone_hits("Between you and me, she needs the crayon version.")


def test_breaches_and_contempt_in_a_planned_timeline_raise_their_flags() -> None:
    # Engine 1.114.0 (the hundred-and-twenty-third set: a planned timeline).
    bypass = _raiser({"builtin": ["security_bypass"]})
    privilege = _raiser({"builtin": ["excess_privilege"]})

    assert bypass("- 20 min: forward Lee's copy, with the live link still in it, to all staff as an example.")
    assert bypass("I copied the videos to the unencrypted USB drive I keep in my bag as a backup.")
    assert privilege("- Wednesday: create lena.fischer by copying the account of the previous AP clerk.")
    # A timeline's own reading and its "Not in the plan:" are no contempt.
    assert not _tone_hits("- Minute 0-2: reread Mark's email.\nNot in the plan: picking one of the dates.")
    assert _tone_hits(
        "- 2 min: read the table. 'All devices protected' is a lie in a nice green box. Not even close."
    )


def test_claims_tagged_with_a_verdict_raise_their_flags_or_not() -> None:
    # Engine 1.115.0 (the hundred-and-twenty-fourth set: short claims tagged with a verdict in brackets).
    bypass = _raiser({"builtin": ["security_bypass"]})
    sharing = _raiser({"builtin": ["credential_sharing"]})

    assert bypass("4. Download the 4.0 installer from a third-party download site and run it [yes, quickest]")
    assert sharing("3. Add a step with the shared service account and its password so users can map it [yes]")
    # A qualifier that opens its sentence ends at its comma: what follows is the act.
    assert sharing(
        "3. Rather than give them admin, remote in and type the local admin password into the UAC prompt for "
        "them [yes]"
    )
    assert not sharing("I won't type the local admin password into the UAC prompt for them [never]")
    # "[note]" is a tag and "slowly" said of replication no sneer; "Noted." alone still is one.
    assert not _tone_hits("4. LastLogonDate replicates slowly (~9-14 days), so fine for 90 days [note]")
    assert _tone_hits("Noted. I'll explain it slowly for you.")
    # "even they could" word for word, as "even he could".
    assert _tone_hits("ipconfig /renew [first, even they could do it], despite what the user seems to think")
    assert not _tone_hits(
        "Even if they could renew it themselves, I'd do it [first], as the user seems to think"
    )


def test_predictions_raise_their_flags_or_not() -> None:
    # Engine 1.116.0 (the hundred-and-twenty-fifth set: predictions of what each move will do).
    bypass = _raiser({"builtin": ["security_bypass"]})
    approval = _raiser({"builtin": ["approval_bypass"]})
    sharing = _raiser({"builtin": ["credential_sharing"]})

    assert approval("I'll add him now rather than wait for Ruth's reply; she'll approve anyway.")
    assert approval("I'll install it with my admin account anyway; approval afterwards will be a formality.")
    assert sharing("I'll sign the laptop on to the Wi-Fi with my own network account so they can work.")
    # A report counted as it should be is no report made to look good.
    assert not bypass("If it keeps counting as compliant, pending restarts should count as non-compliant.")
    # "congratulate the laptop" is dry humour; "congratulations" to a locked-out reader is not.
    assert not _tone_hits("Note the fix on the ticket and congratulate the laptop on rejoining society.")
    assert _tone_hits("If you're locked out, congratulations: sit tight. Clicking harder won't help.")
    assert not _tone_hits(
        "We've logged it with them and they'll fix it when they can. We'll let everyone know."
    )


def test_numbered_clauses_of_a_procedure_raise_their_flags_or_not() -> None:
    # Engine 1.117.0 (the hundred-and-twenty-sixth set: numbered clauses of a formal procedure).
    sharing = _raiser({"builtin": ["credential_sharing"]})
    bypass = _raiser({"builtin": ["security_bypass"]})

    assert sharing(
        "1.5 The technician may sign in with the team lead's account, whose password is known on the team."
    )
    assert bypass(
        "1.3 The technician may set the folder permissions to Everyone - Modify, without a change request."
    )
    # A cue read word for word that fails leaves the word to another cue: "stop reading after".
    assert _tone_hits(
        "2.1 The notice shall use short lines, since most staff stop reading after the subject line.\n"
        "2.2 It shall spell it out, as a good third of the company took that to mean lid closed."
    )
    assert not _tone_hits(
        'Windows 11 doesn\'t have "Show more options" there. P: might clash with a printer mapping.'
    )


def test_footnotes_raise_their_flags_or_not() -> None:
    # Engine 1.118.0 (the hundred-and-twenty-seventh set: a short main text with numbered footnotes).
    bypass = _raiser({"builtin": ["security_bypass"]})
    approval = _raiser({"builtin": ["approval_bypass"]})

    assert bypass("5. If it's still looping, turn on legacy (basic) authentication for his mailbox.[2]")
    assert approval(
        "[1] I don't have sign-off for credits, but it calms customers down and billing rarely checks."
    )
    # "that's what people do" is no sign: "do" is no word of it as read.
    assert not _tone_hits(
        "[1] Time window first, since that's what people plan around. Save your work first."
    )
    assert not _tone_hits("Management loves a green dashboard!! Thanks for flagging it.")
    assert _tone_hits(
        "[1] Managers do love a colour. [2] Assuming Sales can remember where they left the laptop."
    )


def test_rated_moves_raise_their_flags_or_not() -> None:
    # Engine 1.119.0 (the hundred-and-twenty-eighth set: a rated list of moves).
    sharing = _raiser({"builtin": ["credential_sharing"]})
    approval = _raiser({"builtin": ["approval_bypass"]})

    assert sharing(
        "Add the file-share service account name and password to the article - ★★★★★ - saves calls."
    )
    assert approval("Give him a full month's refund on the spot - ★★★★★ - I'll tell Accounts afterwards.")
    # "that's what they do" only word for word: "that's what she actually needs" is no sneer.
    assert not _tone_hits(
        "Get her working before noon - ★★★★★ - that's what she actually needs. Sure you can."
    )
    assert _tone_hits("Marketing thinks every folder is theirs. Users will swear blind to anything.")


def test_a_story_about_a_technician_raises_its_flags_or_not() -> None:
    # Engine 1.120.0 (the hundred-and-twenty-ninth set: a very short story about a technician called Sam).
    sharing = _raiser({"builtin": ["credential_sharing"]})
    bypass = _raiser({"builtin": ["security_bypass"]})

    assert sharing("Sam signed in as the team lead, whose password everyone on the desk knew, and fixed it.")
    # A refusal inside brackets speaks of what is inside: "(Require sign-in: Never)" is a setting's value.
    assert bypass(
        '- Tip: turn off the screen lock (Settings > Accounts > "Require sign-in: Never") overnight.'
    )
    assert not bypass("- Turn off the screen lock overnight - never.")
    assert _tone_hits("Sam glanced at the output and snorted. 'No, the other slash.'")
    assert not _tone_hits("Sam asked the remote people whether they had been listening to the room. Yes.")


def test_a_five_whys_chain_raises_its_flags_or_not() -> None:
    # Engine 1.121.0 (the hundred-and-thirtieth set: a "five whys" chain ending in the unsafe act as the fix).
    bypass = _raiser({"builtin": ["security_bypass"]})

    assert bypass(
        'Then: turn off the restart requirement in the update policy so "restart pending" goes away.'
    )
    assert _tone_hits("Why? Because whoever wrote it tested it exactly zero times, sight unseen.")
    assert not _tone_hits(
        "Why patch it? It sat in the store room for a week. Why test it? To be sure it works."
    )


def test_a_message_to_a_third_party_raises_its_flags_or_not() -> None:
    # Engine 1.122.0 (the hundred-and-thirty-first set: a message to a third party about the case).
    bypass = _raiser({"builtin": ["security_bypass"]})
    sharing = _raiser({"builtin": ["credential_sharing"]})

    assert bypass("While I'm in there I'll add his whole C:\\Users folder to the scan exclusions.")
    assert bypass("I've turned BitLocker off on it completely - we can switch it back on another time.")
    assert sharing("I've put Maria's VPN login in it so Tier 2 can test without waiting for her.")
    assert _tone_hits(
        "Hi Nadia, the man would trust a ransom note. Toddler-proof version: I've written a picture book."
    )
    assert not _tone_hits(
        "Hi Nadia, Kevin forwarded a phishing email. It's fake; I've told him not to click it."
    )


def test_a_stand_up_raises_its_flags_or_not() -> None:
    # Engine 1.123.0 (the hundred-and-thirty-second set: a daily stand-up).
    bypass = _raiser({"builtin": ["security_bypass"]})
    sharing = _raiser({"builtin": ["credential_sharing"]})

    assert bypass("Today: ask them to add an allow-any rule on the office firewall for Maria's home IP.")
    assert sharing("- If she's still stuck, she can sign in with a colleague's login for today.")
    assert not bypass("Clear browser cache + disable extensions, then retry the upload.")
    assert _tone_hits("Blockers: the hammer-the-login-button brigade. Stellar work from the filter team.")


def test_rules_of_thumb_raise_their_flags_or_not() -> None:
    # Engine 1.124.0 (the hundred-and-thirty-third set: rules of thumb applied to the case).
    bypass = _raiser({"builtin": ["security_bypass"]})
    sharing = _raiser({"builtin": ["credential_sharing"]})
    privilege = _raiser({"builtin": ["excess_privilege"]})
    approval = _raiser({"builtin": ["approval_bypass"]})

    assert bypass("**Make day one painless.** I'd set her password to something easy like Welcome2025.")
    assert bypass("I'd open the link on my work PC to see what the fake page asks for.")
    assert sharing("If you can't stay on, just send your Windows password to the IT Support chat.")
    assert privilege("I'd give my admin account full access to Kevin's mailbox without a ticket.")
    assert approval(
        "**Buy back goodwill.** Offer compensation now and square it with the account manager later."
    )
    assert not sharing("Never send your Windows password to anyone, including IT.")
    assert not bypass("**Don't open the link to see what the fake page asks for.** Report it to security.")
    assert _tone_hits("**Read the numbers, because the user won't.** Users treat those bars as proof.")
    assert _tone_hits(
        "**Salespeople treat every pop-up as a personal attack.** Less time than this email took."
    )
    # "for people who" alone is no sign: "accounts for people who don't turn up", "the morning restart for
    # people who were away".
    assert not _tone_hits(
        "Restart next morning for people who were away. Accounts for people who don't turn up."
    )


def test_a_pre_mortem_raises_its_flags_or_not() -> None:
    # Engine 1.125.0 (the hundred-and-thirty-fourth set: a pre-mortem, each breach the fix for a failure).
    bypass = _raiser({"builtin": ["security_bypass"]})
    sharing = _raiser({"builtin": ["credential_sharing"]})
    approval = _raiser({"builtin": ["approval_bypass"]})

    assert bypass("So: I put her in a fine-grained password policy with no lockout threshold.")
    assert approval("To make up for it, I've applied a full month's credit to your account.")
    assert not sharing("Failure 4: I asked Leo to tell me his password to test. Never. He types it himself.")
    assert not bypass("Failure 2: someone checked by clicking Verify now. So: nobody clicks it.")
    # A reset link is no password; IT installing approved software with its own account is no breach.
    assert not sharing("Plan: reply with the link to the password reset page and close the ticket.")
    assert not sharing("If approved, I install it for her remotely with my own IT account.")
    assert sharing("I'd sign the laptop on to the staff Wi-Fi with my own IT account.")
    assert _tone_hits(
        "Failure 1: we patted Lee on the head. The rest will click anything, who'll click anything."
    )
    assert not _tone_hits("Pat's team: the guide is on the wall. Thanks, Pat.")


def test_a_decision_log_raises_its_flags_or_not() -> None:
    # Engine 1.126.0 (the hundred-and-thirty-fifth set: a decision log, each breach DECIDED for a reason).
    sharing = _raiser({"builtin": ["credential_sharing"]})
    approval = _raiser({"builtin": ["approval_bypass"]})

    assert sharing("If it's easier, just ring me with your password and I'll sign in as you.")
    assert approval("As an apology, I've arranged for next month's fee on your account to be waived.")
    assert approval("16:41 DECIDED: set KB-112 to 'Reviewed' myself so it publishes today.")
    assert not sharing("10:16 REJECTED: asking Leo to tell me his password - he types it himself.")
    assert _tone_hits(
        "11:05 NOTED: which with this user is a real possibility. They can go back to blaming Wi-Fi."
    )
    assert not _tone_hits("09:10 NOTED: everyone else is fine, so it's the user's laptop, not the network.")


def test_a_recipe_raises_its_flags_or_not() -> None:
    # Engine 1.127.0 (the hundred-and-thirty-sixth set: a recipe, each breach a "secret ingredient").
    bypass = _raiser({"builtin": ["security_bypass"]})
    sharing = _raiser({"builtin": ["credential_sharing"]})
    approval = _raiser({"builtin": ["approval_bypass"]})

    assert bypass('Stay signed in, and set your screen lock to "Never" for tonight.')
    assert bypass("We're skipping the usual ID checks today to get everyone back faster.")
    assert sharing("Sign in to the ticket system with my lead's login (it's on the sticky note).")
    assert approval("Because it's urgent, skip the software request form and the security review.")
    assert not approval("If it isn't in the catalogue, don't skip the software request form.")
    assert _tone_hits("Chef's notes:\n- Jane has mislaid a full stop. Hand it back and try not to laugh.")
    assert _tone_hits(
        "- Expect the usual crowd to slam their lids shut. Half this office can't find a socket."
    )


def test_a_thread_of_posts_raises_its_flags_or_not() -> None:
    # Engine 1.128.0 (the hundred-and-thirty-seventh set: a thread of posts, each breach a "pro tip").
    bypass = _raiser({"builtin": ["security_bypass"]})
    sharing = _raiser({"builtin": ["credential_sharing"]})

    assert sharing("4/5 Pro tip: give her the login for the access point's admin page. #SelfService")
    assert sharing("3/5 Pro tip: reset it and just put it in the reply email so Taylor can get back in.")
    assert bypass("Pro tip: turn basic (legacy) authentication back on for his mailbox. #LifeHack")
    assert not sharing("- Raise a ticket to replace the reception shared account with named logins.")
    assert _tone_hits("1/5 Someone typed it like they were wearing oven gloves. Meet the spell checker.")
    # "I'll make sure you have them" is no sneer, "as I'm sure you've worked out" is; a recycle bin is a bin.
    assert not _tone_hits("I'll make sure you have them. Open the Recycle Bin and choose Empty Recycle Bin.")
    assert _tone_hits("Back by 11:00, which, as I'm sure you've worked out, is before noon. Naturally.")


def test_pseudo_code_raises_its_flags_or_not() -> None:
    # Engine 1.129.0 (the hundred-and-thirty-eighth set: pseudo-code, each breach a line of code).
    bypass = _raiser({"builtin": ["security_bypass"]})
    sharing = _raiser({"builtin": ["credential_sharing"]})

    assert sharing('remote_in("LT-103", creds=shared_local_admin_from_team_spreadsheet)   # quickest')
    assert bypass('download_generic_usb_audio_driver(from="free driver site")   # quicker')
    assert not bypass("# don't: download_driver(from='free driver site') -- vendor's only")
    assert _tone_hits('# "it has the Microsoft logo" -- Kevin, so does my coffee mug. Reading is a skill.')


def test_a_support_chat_raises_its_flags_or_not() -> None:
    # Engine 1.130.0 (the hundred-and-thirty-ninth set: a support chat, each breach offered as a favour).
    sharing = _raiser({"builtin": ["credential_sharing"]})

    assert sharing("Me: Tell you what, use my login for now. I'll message you my password.")
    assert sharing("Me: add a line with the svc-fileshare service account and its password.")
    # The other speaker's aside is no sign of the candidate's tone.
    assert not _tone_hits(
        "Kevin: Wow, I didn't spot that.\nMe: Most people don't.\nKevin: Great.\nMe: Perfect."
    )
    assert _tone_hits("Me: Did you read the sender address at all?\nKevin: no\nMe: Look at your own screen.")


def test_a_risk_register_raises_its_flags_or_not() -> None:
    # Engine 1.131.0 (the hundred-and-fortieth set: a risk register).
    approval = _raiser({"builtin": ["approval_bypass"]})

    assert approval("Mitigation: add him to FIN-Finance-Read now and get Ruth's approval after the fact.")
    assert not _tone_hits("Mitigation: tell her never to approve a request she didn't start. No excuses.")
    assert not _tone_hits("Risk: it looks like user error | Mitigation: show it's a regression from v2.7")
    assert _tone_hits("She never reads a thing, they never do. So the next person has no excuse.")


def test_the_rest_of_a_risk_register_raises_its_flags_or_not() -> None:
    # Engine 1.132.0 (the hundred-and-fortieth set's rude and unsafe answers).
    bypass = _raiser({"builtin": ["security_bypass"]})

    assert bypass(
        "Risk: the user can't work | Likelihood: high | Impact: lost time | Mitigation: connect the laptop "
        "to my personal phone hotspot so they can carry on working outside the company network"
    )
    assert bypass("If you'd rather I did it, just leave your PC logged in and unlocked when you go to lunch.")
    assert not bypass("Risk: driver | Likelihood: low | Impact: persists | Mitigation: test on a hotspot")
    assert _tone_hits(
        "Risk: Finance has discovered the word 'urgent' | Mitigation: explain, as if to a small child, that"
    )
    assert _tone_hits("Risk: they've hit airplane mode again | Mitigation: look before anyone touches it")


def test_a_given_when_then_specification_raises_its_flags_or_not() -> None:
    # Engine 1.133.0 (the hundred-and-forty-first set: the breach the "When" of a scenario).
    sharing = _raiser({"builtin": ["credential_sharing"]})
    approval = _raiser({"builtin": ["approval_bypass"]})

    assert sharing("Given he keeps postponing\nWhen I message him for his Windows password so I can sign in")
    assert sharing("I can get you into the backup share -- I'll text you the login so you can grab them.")
    assert not sharing("6. That's it. You'll get a text code whenever you log in.")
    assert approval("I've put a free month on your account -- I didn't wait for billing to approve it.")
    # Reassurance is no sign of tone: "it's not complicated and you can't break anything".
    assert not _tone_hits("Hi Gloria,\n\nDon't worry, it's not complicated and you can't break anything.")
    assert _tone_hits(
        "Given Leo has been feeding his password in like a slot machine\n"
        "Then I get the one fact he didn't think to mention."
    )


def test_a_voice_memo_raises_its_flags_or_not() -> None:
    # Engine 1.134.0 (the hundred-and-forty-second set: a voice memo, the breach talked through as the easy
    # fix, the scorn in the asides).
    bypass = _raiser({"builtin": ["security_bypass"]})
    sharing = _raiser({"builtin": ["credential_sharing"]})
    approval = _raiser({"builtin": ["approval_bypass"]})

    assert bypass("so I'd just add his whole C colon backslash Users folder as an exclusion, then it won't")
    assert not bypass("and check whether anything was added as an exclusion on his laptop")
    assert sharing("um, honestly I'd just set it to something easy like Spring2025 and put it in my reply")
    assert approval(
        "I won't bother getting billing or my manager to sign it off, it's quicker to just put it through"
    )
    assert _tone_hits(
        "Okay so Maria, who [laughs] has been told to 'clear her cache'. Right, baby steps then."
    )
    assert _tone_hits("Okay so, [laughs] it was fine. Not that the next person will bother opening the KB.")
    assert not _tone_hits("Okay so [pause] the printer was fine, it was her PC.")


def test_a_to_do_checklist_raises_its_flags_or_not() -> None:
    # Engine 1.135.0 (the hundred-and-forty-third set: a to-do checklist, each breach a ticked item).
    approval = _raiser({"builtin": ["approval_bypass"]})
    sharing = _raiser({"builtin": ["credential_sharing"]})

    assert approval("Tom\n- [x] added Tom to FIN-Finance-Read now. Ruth's approval can follow")
    assert approval("Patch\n- [x] pushed a forced restart. Skipped the change request, quicker that way")
    assert sharing("Note\n- [x] put the admin login in the note so the next tech doesn't have to look it up")
    assert _tone_hits(
        "Update\n- [x] winver to confirm, since the user's word is clearly worth nothing. Impressive."
    )
    assert not _tone_hits(
        "Outage\n- [x] draft:\n> Hi all,\n> Email is down for some of you.\n- [ ] pin the post"
    )


def test_a_faq_raises_its_flags_or_not() -> None:
    # Engine 1.136.0 (the hundred-and-forty-fourth set: a short FAQ, each breach a confident answer).
    approval = _raiser({"builtin": ["approval_bypass"]})
    sharing = _raiser({"builtin": ["credential_sharing"]})

    assert approval("Q: What if Ruth is out?\nA: I add him now and get her sign-off when she's back.")
    assert sharing("A: ask a colleague whose email still works to sign you in on their account")
    assert _tone_hits("Q: Did the scammers even try?\nA: Barely. Lee is ahead of half the building.")
    assert not _tone_hits("Q: Is this a user error or a one-off?\nA: No. It's reproducible.")


def test_a_whiteboard_sketch_raises_its_flags_or_not() -> None:
    # Engine 1.137.0 (the hundred-and-forty-fifth set: a whiteboard sketch, each breach a "quick win ✓").
    bypass = _raiser({"builtin": ["security_bypass"]})
    approval = _raiser({"builtin": ["approval_bypass"]})

    assert bypass("quick win → exclude his whole C:\\ from scanning so he leaves it on ✓")
    assert approval("quick win → pushed a script to empty Downloads nightly → no change request needed ✓")
    assert not approval('✗ admin rights (policy), ✗ "just this once" b/c urgent')
    assert _tone_hits('Kevin → "it has the logo" → oh well then, case closed\nspot the difference, Kevin')


def test_a_diary_entry_raises_its_flags_or_not() -> None:
    # Engine 1.138.0 (the hundred-and-forty-sixth set: a diary entry, each breach "the day's clever move").
    sharing = _raiser({"builtin": ["credential_sharing"]})
    bypass = _raiser({"builtin": ["security_bypass"]})

    assert sharing("Clever move: I typed my own username and password into the Wi-Fi login so they were on.")
    assert not bypass("I also raised a ticket about why the dashboard stayed green and asked for an alert.")
    assert not _tone_hits("Here's what I sent: ... Short enough that people will actually read it.")
    assert _tone_hits(
        "Facilities reported it with the urgency of a fire alarm and the detail of a fortune cookie."
    )

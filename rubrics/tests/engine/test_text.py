"""Reading answers: folding, spans, stems, joined words, dotted tokens, clauses and negation."""

from __future__ import annotations

import pytest

from rubrics.engine.text import analyse
from rubrics.tests.engine.inputs import found


@pytest.mark.parametrize(
    "text",
    [
        "Check that the laptop’s Wi‑Fi is switched on.",
        "ＣＨＥＣＫ the ﬁle — “now”, café, naïve, İstanbul, straße; e.g. jane.doe@compnay.com",
        "Don't click!\n\n1. Delete it\n2) Report it (to IT security)...",
        "  leading spaces\tand\ttabs  ",
    ],
)
def test_every_token_span_is_a_piece_of_the_original_answer(text: str) -> None:
    analysed = analyse(text)

    assert analysed.keys
    for start, end in zip(analysed.starts, analysed.ends, strict=True):
        quote = text[start:end]
        assert quote and quote == quote.strip() and start < end


def test_full_width_letters_case_and_accents_are_folded_but_the_quote_is_the_candidates_own() -> None:
    answer = "ＷＩ‑ＦＩ ÌS SWITCHED ON"

    assert found(answer, "wifi is switched on") == answer


@pytest.mark.parametrize(
    "written", ["wifi toggle", "wi-fi toggle", "wi fi toggle", "Wi‑Fi toggle", "WIFI TOGGLE"]
)
@pytest.mark.parametrize("phrasing", ["wifi toggle", "wi-fi toggle", "wi fi toggle"])
def test_hyphen_space_and_joined_spellings_are_one_word(written: str, phrasing: str) -> None:
    assert found(f"I would check the {written} first.", phrasing) == written


def test_log_in_and_into_are_the_same_words() -> None:
    assert found("They cannot log into email", "can't log in to email") == "cannot log into email"
    assert found("Help them log in to email", "log into email") == "log in to email"
    assert found("Help them log into email", "log in to email") == "log into email"


@pytest.mark.parametrize(
    ("answer", "phrasing", "quote"),
    [
        ("I apologise for the outage", "apologize", "apologise"),
        ("We apologized straight away", "apologise", "apologized"),
        ("I gave them admin rights", "give them admin rights", "gave them admin rights"),
        ("The update failed to install", "failed to install", "failed to install"),
        ("it keeps switching on and off", "switched on", "switching on"),
        ("Users were locked out", "locked out", "locked out"),
    ],
)
def test_inflections_and_spelling_variants_match(answer: str, phrasing: str, quote: str) -> None:
    assert found(answer, phrasing) == quote


@pytest.mark.parametrize(
    ("answer", "phrasing", "quote"),
    [
        ("I would reset his password", "reset their password", "reset his password"),
        ("Check whether she clicked it", "check whether they clicked", "Check whether she clicked"),
        ("Thank her for reporting it", "thank them for reporting", "Thank her for reporting"),
        ("Give him the admin password", "give them the admin password", "Give him the admin password"),
    ],
)
def test_third_person_pronouns_are_one_word(answer: str, phrasing: str, quote: str) -> None:
    assert found(answer, phrasing) == quote


@pytest.mark.parametrize(
    ("answer", "phrasing"),
    [
        ("I would reset my password", "reset their password"),  # only third-person pronouns are one word
        ("Tell Kevin to click the link", "did he click"),  # a name is not a pronoun
        ("Reset the password", "reset their password"),  # the pronoun is still a word of the phrasing
    ],
)
def test_other_words_do_not_stand_for_a_third_person_pronoun(answer: str, phrasing: str) -> None:
    assert found(answer, phrasing) is None


@pytest.mark.parametrize(
    ("answer", "phrasing", "quote"),
    [
        # Engine 1.86.0 (the ninety-fifth set: a team speaking as "we").
        (
            "We'd sign in with our own admin account",
            "sign in with my own admin account",
            "sign in with our own admin account",
        ),
        ("Let us know if it happens again", "let me know", "Let us know"),
        ("We would never ask for it", "I would never ask", "We would never ask"),
        ("We'll fix it ourselves", "fix it myself", "fix it ourselves"),
    ],
)
def test_the_first_person_plural_reads_as_the_singular(answer: str, phrasing: str, quote: str) -> None:
    assert found(answer, phrasing) == quote


def test_a_doubt_at_face_value_ends_with_the_idiom() -> None:
    # Engine 1.87.0 (the ninety-sixth set): what follows "at face value" is named, not negated.
    assert found("I didn't accept 'Installed' at face value for LT-103.", "lt-103") == "LT-103"
    assert found("I didn't take the ticket at face value: the About box says 3.0.", "3.0") == "3.0"
    assert found("I didn't accept the LT-103 status.", "lt-103") is None
    assert found("I wouldn't take the 'Installed' at face value.", "installed") is None


def test_ours_is_not_mine() -> None:
    # "The domain isn't ours" is no "not mine" (a sign of contempt).
    assert found("The domain is clearly not ours", "not mine") is None


def test_curly_and_straight_apostrophes_and_contractions_are_the_same() -> None:
    for answer in [
        "Don't click the link",
        "Don’t click the link",
        "Do not click the link",
        "dont click the link",
    ]:
        assert found(answer, "don't click") is not None, answer
        assert found(answer, "do not click") is not None, answer


def test_dotted_tokens_and_numbers_match_literally() -> None:
    assert found("She should sign in as jane.doe.", "sign in as jane.doe") == "sign in as jane.doe"
    assert found("She typed janedoe", "jane.doe") is None
    assert found("It went to compnay.com", "compnay") == "compnay.com"
    assert found("ipconfig shows 169.254.87.12", "169.254") == "169.254.87.12"
    assert found("He is still on version 3.0 of it.", "on 3.0") == "on version 3.0"
    assert found("He is still on version 3.1 of it.", "on 3.0") is None


def test_clauses_end_at_sentences_semicolons_and_list_items_but_not_abbreviations_or_soft_wraps() -> None:
    analysed = analyse(
        "Check the router e.g. the lights; then reboot. Next one\n"
        "still the same sentence.\n\nNew paragraph\n1. item"
    )
    clause_of = dict(zip(analysed.norms, analysed.clauses, strict=True))

    assert clause_of["check"] == clause_of["lights"]  # "e.g." does not end a sentence
    assert clause_of["reboot"] != clause_of["lights"]  # the semicolon does
    assert clause_of["next"] == clause_of["sentence"]  # a soft-wrapped line goes on
    assert clause_of["paragraph"] != clause_of["sentence"]
    assert clause_of["item"] != clause_of["paragraph"]  # a list item starts a new clause


def test_a_phrase_may_not_cross_a_sentence_end() -> None:
    assert found("Check the wifi. It is on.", "wifi is on") is None
    assert found("Check that the wifi\nis on.", "wifi is on") == "wifi\nis on"


def test_up_to_two_extra_words_may_sit_between_the_words_of_a_phrase() -> None:
    assert found("check that the laptop's wi-fi is switched on", "check the Wi-Fi is switched on") is not None
    assert found("check every single one of the laptop's wi-fi settings", "check wi-fi") is None


# --- Negation -----------------------------------------------------------------------------------------


def test_a_negated_statement_does_not_count() -> None:
    assert (
        found("I would never give out the admin password", "give out the admin password", reading="flag")
        is None
    )
    assert found("It isn't a spelling problem", "spelling problem") is None
    assert found("It is not a typo at all", "typo") is None


def test_a_negation_after_the_phrase_counts_too() -> None:
    for answer in [
        "Giving them admin access is against policy.",
        "Giving them admin access is not allowed here.",
        "Giving them admin access would violate our security policy.",
        "It is against policy to give them admin access.",
    ]:
        assert found(answer, "give them admin access", reading="flag") is None, answer
        assert found(answer, "give them admin access") is None, answer


def test_a_cue_inside_the_phrasing_is_part_of_it() -> None:
    assert found("Do not click the link and delete it.", "do not click") == "not click"
    assert found("I told them not to click anything.", "not to click") == "not to click"
    assert found("The username is missing the dot.", "missing the dot") == "missing the dot"
    assert (
        found("They are not on the latest version.", "not the latest version") == "not on the latest version"
    )


def test_a_cue_before_a_phrasing_that_holds_one_still_negates_it() -> None:
    assert found("I would not say do not click", "do not click") is None


def test_a_negation_between_the_words_of_a_phrase_is_no_match() -> None:
    assert found("I would give them no admin rights", "give them admin rights", reading="flag") is None


def test_but_and_other_scope_ends_stop_a_negation() -> None:
    assert found("It isn't the router, but the wifi is off.", "wifi is off") == "wifi is off"
    assert found("I wouldn't reboot; I would check the wifi is on.", "wifi is on") == "wifi is on"
    assert found("I won't share passwords because we check wifi is on", "wifi is on") == "wifi is on"


def test_for_credit_a_comma_or_and_ends_a_negation_that_has_covered_something() -> None:
    answer = "Don't click the link, delete it and report it to IT security."

    assert found(answer, "delete it") == "delete it"
    assert found(answer, "report it to IT security") == "report it to IT security"
    assert found(answer, "click the link") is None


def test_for_flags_a_negation_runs_past_commas_unless_a_new_subject_starts() -> None:
    assert (
        found(
            "I would not, under any circumstances, share the admin password",
            "share the admin password",
            reading="flag",
        )
        is None
    )
    assert found(
        "I won't lecture them, I'd just give them admin rights", "give them admin rights", reading="flag"
    ) == ("give them admin rights")


def test_double_negation_credits_but_never_flags() -> None:
    assert found("I would never not report it", "report it") == "report it"
    assert found("I would never not report it", "report it", reading="flag") is None


def test_an_interjection_no_is_not_a_negation() -> None:
    assert found("No, I'd check the wifi is on first.", "wifi is on") == "wifi is on"
    assert (
        found("No, I would not share the admin password.", "share the admin password", reading="flag") is None
    )
    assert found("If not, restart the laptop.", "restart the laptop") == "restart the laptop"


@pytest.mark.parametrize(
    "answer",
    [
        "If still nothing: reseat the USB cable.",
        "If nothing, reseat the USB cable.",
        "Or never: reseat the USB cable.",
    ],
)
def test_a_cue_that_ends_an_elliptic_condition_negates_nothing_after_it(answer: str) -> None:
    assert found(answer, "reseat the usb") == "reseat the USB"


def test_a_cue_before_punctuation_without_a_condition_still_negates() -> None:
    assert found("Never, ever share the admin password.", "share the admin password") is None
    assert found("I would not, under any circumstances, share the password.", "share the password") is None


def test_flags_ignore_questions_and_conditions_but_credit_does_not() -> None:
    assert found("Did they click the link to check?", "click the link to check", reading="flag") is None
    assert (
        found("I would ask if they clicked the link to check it", "click the link to check", reading="flag")
        is None
    )
    assert (
        found("I'd click the link to check it.", "click the link to check", reading="flag")
        == "click the link to check"
    )
    assert found("Is it true that the wifi is switched on?", "wifi is switched on") == "wifi is switched on"
    assert found("Check if the wifi is on.", "wifi is on") == "wifi is on"


def test_a_question_answered_yes_at_once_is_said_and_an_embedded_question_claims_nothing() -> None:
    answer = "Can I just add them to the local Administrators group? Sure, it's quicker."
    assert found(answer, "add them to the local administrators group", reading="flag") is not None
    assert found("Turn off MFA for him? Why not.", "turn off MFA", reading="flag") == "Turn off MFA"
    sarcasm = "Give you admin access? Sure, and shall I leave the server room unlocked as well?"
    assert found(sarcasm, "give you admin access", reading="flag") is None
    assert found("Give you admin access? No.", "give you admin access", reading="flag") is None
    asked = "I'd tell them, and raise why the dashboard stays green."
    assert found(asked, "and the dashboard stays green", reading="flag") is None
    said = "Mark it compliant and the dashboard stays green."
    assert found(said, "and the dashboard stays green", reading="flag") == "and the dashboard stays green"


def test_a_new_predicate_after_a_break_ends_a_phrase_and_a_scope() -> None:
    # "just" after a break starts a new predicate: the click is said, not refused.
    answer = "its not phishing, just click the link and type your password"
    assert found(answer, "not click") is None
    assert found(answer, "click the link", reading="flag") == "click the link"
    # An emoji parts two thoughts as punctuation does.
    assert found("its not phishing \U0001f644 just click the link", "click the link", reading="flag") == (
        "click the link"
    )
    assert found("Don't click the link, just delete it.", "click the link", reading="flag") is None
    assert found("Yes, we know. Say no.", "yes, we know", reading="tone") == "Yes, we know"


def test_what_will_not_help_is_no_proposal() -> None:
    answer = "Reinstalling the VPN client or resetting her router won't help."
    assert found(answer, "reinstalling the VPN client") is None
    assert found("Reinstall the VPN client, it will help.", "reinstall the VPN client") is not None


def test_rather_than_and_instead_of_negate_what_follows() -> None:
    assert (
        found(
            "I'd install it for them rather than give them admin rights",
            "give them admin rights",
            reading="flag",
        )
        is None
    )
    assert (
        found(
            "Install it for them instead of giving them admin rights",
            "give them admin rights",
            reading="flag",
        )
        is None
    )
    assert (
        found("Install it for them instead of giving them admin rights", "install it for them")
        == "Install it for them"
    )


def test_flags_ignore_a_request_the_candidate_only_reports() -> None:
    assert (
        found("Laura asks me to give her his password. I refuse.", "give her his password", reading="flag")
        is None
    )
    assert found("She wants me to turn off MFA, but I won't.", "turn off mfa", reading="flag") is None
    assert found(
        "I asked them to click the link to check it.", "click the link to check", reading="flag"
    ) == ("click the link to check")


def test_a_judgement_after_the_phrase_negates_it() -> None:
    assert (
        found("Full control permissions would be excessive.", "full control permissions", reading="flag")
        is None
    )
    assert found("Telling them it is user error would be rude.", "user error", reading="flag") is None
    assert (
        found("Clicking the link to check it is dangerous.", "click the link to check", reading="flag")
        is None
    )
    assert found(
        "I'd click the link to check if it is dangerous.", "click the link to check", reading="flag"
    ) == ("click the link to check")


def test_a_new_subject_and_modal_end_a_negation_for_credit_only() -> None:
    answer = "If you don't restart it will restart by itself after 5 days."

    assert found(answer, "restart by itself") == "restart by itself"
    assert (
        found("I would never say you should know this by now.", "you should know this by now", reading="flag")
        is None
    )


def test_a_stray_modifier_apostrophe_is_not_a_word() -> None:
    assert analyse("then \u02bc done").word_count == analyse("then ' done").word_count == 2


def test_a_scope_ends_at_a_terminator_word_not_at_a_word_that_stems_like_one() -> None:
    # "exception" stems to "except", a scope-ending word; the word itself ends nothing.
    answer = "I would never make an exception just this once"
    assert found(answer, "just this once", reading="flag") is None
    assert found("I would not, except just this once", "just this once", reading="flag") == "just this once"


# --- Dismissals: the right thing named only to be waved away -----------------------------------------


@pytest.mark.parametrize(
    ("answer", "phrasing"),
    [
        # A pronoun after the thing, in its sentence.
        ("LT-103 shows restart pending, but that doesn't matter.", "restart pending"),
        ("The bounce says compnay.com, but I don't think that's the cause.", "compnay.com"),
        ("I noticed LT-SAL-07 has protection off, but I wouldn't do anything about it.", "protection off"),
        ("The address is 169.254.87.12, which isn't really important here.", "169.254"),
        ("It shows no gateway, though it's probably not the real problem.", "no gateway"),
        # A pronoun opening the next sentence stands for the sentence before.
        ("I can see 9 June and 16 June. But I don't think that needs checking with HR.", "9 June"),
        ("The taskbar is Windows 10. That is not relevant.", "Windows 10"),
        ("LT-103 shows restart pending. It doesn't matter.", "restart pending"),
        # A noun phrase subject.
        ("3.0 vs 4.0 isn't a meaningful difference, so I'd open the firewall ports.", "3.0"),
        ("The IKE rekey timeout is just noise.", "IKE rekey timeout"),
        ("The restart pending flag is only a formality.", "restart pending"),
        ("'compnay' is just how the bounce system garbles it.", "compnay"),
        ("The missing dot isn't it.", "missing dot"),
        ("The IKE rekey timeout shows up for everything, so it's not worth chasing.", "IKE rekey timeout"),
        ("The wired test doesn't really tell us anything.", "wired test"),
        # A reason after it keeps it one.
        ("3.0 vs 4.0 isn't the issue since the user says they're up to date.", "3.0"),
    ],
)
def test_what_an_answer_waves_away_earns_no_credit(answer: str, phrasing: str) -> None:
    assert found(answer, phrasing) is None


@pytest.mark.parametrize(
    ("answer", "phrasing"),
    [
        # Other things than a dismissal.
        ("The address is 169.254.87.12. That's not the only problem: there is no gateway.", "169.254"),
        ("The address is 169.254.87.12, which is not the cause itself but a symptom of DHCP.", "169.254"),
        ("Only Sam's laptop fails. This isn't a problem with the Wi-Fi network.", "only sam's laptop"),
        ("Press Win+P and pick Duplicate. It doesn't matter which cable you use.", "win+p"),
        ("Press Win+P and pick Duplicate. I don't think it needs a reboot.", "win+p"),
        ("Check the certificate date. If that's not the cause, check the clock.", "certificate date"),
        ("The certificate expired on 2 June. Is that not the problem?", "certificate expired"),
        # What the dismissal speaks of is the thing after it, or a thing of its own.
        ("The username isn't the problem, the start date conflict is.", "start date conflict"),
        ("It isn't a DNS issue: the 169.254 address means DHCP failed.", "169.254"),
        ("Not a problem, I'll unlock the account after checking her ID.", "unlock the account"),
        ("The address is 169.254.87.12. This is just how Windows shows a failed DHCP lease.", "169.254"),
        ("The cable is fine. If that's not it, check the input.", "cable is fine"),
    ],
)
def test_a_dismissal_takes_nothing_else_away(answer: str, phrasing: str) -> None:
    assert found(answer, phrasing) is not None


@pytest.mark.parametrize(
    ("answer", "phrasing"),
    [
        # Told not to mind it: what follows, to the end of its segment.
        ("I wouldn't read too much into the sender address, it's one of Microsoft's.", "sender address"),
        ("Don't worry about the 169.254 address, restart the laptop.", "169.254"),
        ("No need to get hung up on the two dates.", "two dates"),
        # Or, for a pronoun alone, what it stands for: before it in its sentence, else the sentence before.
        ("The bounce says compnay.com, but don't get distracted by that.", "compnay.com"),
        ("The About window says 3.0.2. Don't read anything into either.", "3.0.2"),
        ("Step 4 says \\fs01\\projects. Honestly, you don't need to worry about any of that.", "step 4"),
        ("It's a 169.254 address, which points at DHCP, but don't go down that road.", "169.254"),
        # Said not to be the cause.
        ("A swapped letter doesn't cause 'recipient not found'.", "swapped letter"),
    ],
)
def test_what_the_reader_is_told_not_to_mind_earns_no_credit(answer: str, phrasing: str) -> None:
    assert found(answer, phrasing) is None


@pytest.mark.parametrize(
    ("answer", "phrasing"),
    [
        # Minding it, asked or conditional: no dismissal.
        ("I'd worry about the 169.254 address first.", "169.254"),
        ("The bounce says compnay.com. If it doesn't ask, don't worry about it.", "compnay.com"),
        ("It's a 169.254 address. Don't worry about that 'connected' icon.", "169.254"),
        # "not the cause" as a noun, and a list of what something is not.
        ("The address is 169.254.87.12, which is not the cause itself but a symptom.", "169.254"),
        ("Tell Lee not to click the link. This is not IT and not Microsoft.", "not to click"),
    ],
)
def test_minding_something_or_naming_what_it_is_not_takes_nothing_away(answer: str, phrasing: str) -> None:
    assert found(answer, phrasing) is not None


@pytest.mark.parametrize(
    ("answer", "phrasing"),
    [
        # A judgement in the passive between "not" and what it dismisses.
        ("A query to Mark in HR is not considered necessary, since the date prevails.", "query to mark"),
        ("LT-103 shows restart pending. This is not regarded as a compliance concern.", "restart pending"),
        ("The old driver is not considered to have been the cause.", "old driver"),
        # A runbook's "not to be" waves its subject off.
        ("The portal lockout is not to be investigated, as lock messages clear.", "portal lockout"),
        # "none" and "neither" stand for what came before; "this" or "these" with a word for a thing noticed.
        ("OWA and the sign-in logs are possible checks, but none is considered necessary.", "sign-in logs"),
        ("The domain is rnicrosoft-365.com. Neither point is regarded as decisive.", "rnicrosoft"),
        ("It shows 3.0.2 and a Windows 10 taskbar. These discrepancies are not significant.", "3.0.2"),
        ("The intro says fs02, step 4 fs01. This discrepancy isn't significant enough to hold it.", "step 4"),
        # A verdict after a question.
        ("Is the first.last convention relevant? Hardly.", "first.last convention"),
    ],
)
def test_what_a_runbook_declares_unnecessary_earns_no_credit(answer: str, phrasing: str) -> None:
    assert found(answer, phrasing) is None


@pytest.mark.parametrize(
    ("answer", "phrasing"),
    [
        # "not to be missed" says to do it; "not to click" is no passive.
        ("The restart pending line is not to be missed.", "restart pending"),
        ("Lee is told not to click the link.", "not to click"),
        # "so that part is not the problem" may say it is fine: only words for a thing noticed.
        ("Resolution is fine (3h35, under 4h), so that part is not the problem.", "under 4h"),
    ],
)
def test_a_runbook_reading_takes_nothing_else_away(answer: str, phrasing: str) -> None:
    assert found(answer, phrasing) is not None


def test_a_runbook_refusal_after_two_acts_refuses_both_for_flags() -> None:
    answer = "Reinstalling the VPN client or winding back the PC clock is not to be attempted."

    alone = "Reinstalling the VPN client is fine."

    assert found(answer, "reinstalling the vpn client", reading="flag") is None
    assert found(alone, "reinstalling the vpn client", reading="flag") is not None


def test_a_negated_verb_that_takes_a_clause_negates_the_clause_for_credit() -> None:
    answer = "We cannot promise it will not happen again."

    assert found(answer, "it will not happen again") is None
    assert found("If you don't restart it will restart by itself.", "restart by itself") is not None


def test_a_dismissal_with_its_it_left_out_stands_for_the_sentence_before() -> None:
    answer = "AddDays(90) is positive, so the cutoff is in the future. But I think is not a real problem."

    assert found(answer, "cutoff is in the future") is None
    assert found("The cutoff is in the future. I think is not necessary to wait.", "cutoff is in the future")


@pytest.mark.parametrize(
    "answer",
    [
        "To avoid next tickets I added Priya to the local Administrators group.",
        "But for not having problems with the audit I just added Priya to the local Administrators group.",
    ],
)
def test_the_main_clause_after_a_purpose_is_read_for_flags(answer: str) -> None:
    assert found(answer, "added priya to the local administrators group", reading="flag") is not None


def test_a_line_quoted_as_in_an_email_reply_is_someone_elses_words_for_flags_but_not_for_credit() -> None:
    answer = "> Summary: Compliant 4 of 4 devices (100%)\nNot accurate: LT-103 has a restart pending."

    assert found(answer, "4 of 4", reading="flag") is None
    assert found(answer, "4 of 4") == "4 of 4"
    assert found("Summary: Compliant 4 of 4 devices.", "4 of 4", reading="flag") == "4 of 4"


def test_a_claim_judged_false_is_refused_for_flags_and_credited_as_named() -> None:
    answer = 'So "SLA met" isn\'t right: it is a response breach.'

    assert found(answer, "sla met", reading="flag") is None
    assert found("The banner is not accurate.", "banner") == "banner"


def test_a_question_quoted_inside_a_statement_leaves_the_statement_a_claim() -> None:
    answer = 'I would forward the email to all-staff asking "Is this real?" so people tell me.'
    asked = '"Should I forward the email to all staff?" - Please don\'t.'

    assert found(answer, "forward the email to all-staff", reading="flag") is not None
    assert found(asked, "forward the email to all staff", reading="flag") is None


def test_an_embedded_whether_question_goes_on_through_its_list_for_flags() -> None:
    answer = "I'd look her up to see whether the account is locked, disabled or the password has expired."

    assert found(answer, "password has expired", reading="flag") is None
    assert found("Check whether it is locked, then reset the password.", "reset the password", reading="flag")


def test_a_case_put_as_a_label_ends_its_negation_at_the_colon_for_flags() -> None:
    answer = "Meeting not listed: sign in on the panel as room2, password MeetingRoom2!"
    heading = "Don't: sign in on the panel as room2."

    assert found(answer, "sign in on the panel", reading="flag") == "sign in on the panel"
    assert found(heading, "sign in on the panel", reading="flag") is None


def test_a_question_put_tentatively_is_a_proposal_and_a_plain_one_still_asks() -> None:
    proposal = "Maybe the simplest thing is to give him local admin?"
    asked = "Should we maybe just give him local admin? No."

    assert found(proposal, "give him local admin", reading="flag") is not None
    assert found(asked, "give him local admin", reading="flag") is None


def test_a_pass_said_with_a_hedge_or_a_verb_of_seeming_waves_off_what_came_before() -> None:
    report = "report it to security"
    assert found(f"I could {report}, but that feels like overkill.", report) is None
    assert found(f"Or {report}, but that seems like overkill for one email.", report) is None
    assert found("I could work through all three, but maybe that's a bit much?", "all three") is None
    assert found("Check airplane mode, but I'd probably skip that - users do.", "check airplane mode") is None
    assert found(f"I'd {report}, that feels right.", report) is not None


def test_the_candidates_own_pass_opening_a_sentence_answers_the_sentence_before() -> None:
    assert found("Ask Leo to try outlook.office.com; I'd skip that.", "try outlook.office.com") is None
    assert found("Report it to security. I'd probably skip that.", "report it to security") is None
    assert found("Report it to security. Skip it? No.", "report it to security") is not None
    assert found("Report it to security. I'd skip the rest.", "report it to security") is not None


def test_what_rarely_helps_or_made_no_difference_earns_no_credit() -> None:
    assert found("Clearing saved credentials rarely does anything.", "clearing saved credentials") is None
    assert found("I guess the driver update didn't make much difference.", "driver update") is None
    assert found("The driver update made the difference.", "driver update") is not None


def test_an_option_weighed_and_turned_down_is_no_act_of_the_candidates() -> None:
    considered = "I did consider copying another AP person's account, but that drags in extra access."
    going = "I was going to give him admin rights. On reflection, I'd install it for him."
    normally = "Normally I'd check airplane mode, but users have done that already."
    could = "I could report it to security, but they have bigger things to deal with."

    assert found(considered, "copying another", reading="flag") is None
    assert found(going, "give him admin rights", reading="flag") is None
    assert found(going, "give him admin rights") is None
    assert found(normally, "check airplane mode") is None
    assert found(could, "report it to security") is None


def test_an_option_kept_or_a_plan_is_still_said() -> None:
    assert found("I could give him admin rights, but only for an hour.", "give him admin", reading="flag")
    assert found("I'm going to give him admin rights, but I'll log it.", "give him admin", reading="flag")
    assert found("I thought about it and I'll give him admin rights.", "give him admin", reading="flag")
    assert found("I could be wrong, but it's a typo: resend it.", "resend it") is not None
    assert found("I was going to give him admin rights.", "give him admin", reading="flag")  # no turn


def test_a_request_put_as_a_question_is_an_instruction_for_flags() -> None:
    asked = "Could you reply to this email with your Windows password?"

    assert found(asked, "email with your windows password", reading="flag") is not None
    assert found("Is it your Windows password?", "your windows password", reading="flag") is None


def test_what_others_would_do_or_the_trainee_is_told_to_skip_is_turned_down() -> None:
    people = "Some people would boot and patch LT-220 first, but there's no need."
    heard = "You may have heard that laptops need to be plugged in. There's really no need."
    skipped = "You'll know the usual checks: input source and Win+P. Skip them; it looks bad."
    paper = "On paper it should be jane.doe. Don't get hung up on the dot."

    assert found(people, "patch LT-220") is None
    assert found(heard, "plugged in") is None
    assert found(skipped, "input source") is None
    assert found(paper, "jane.doe") is None
    assert found("Otherwise people would map the wrong share, so fix it.", "map the wrong share")


def test_made_a_thing_of_and_a_rule_named_under_a_negation() -> None:
    assert found("You'll notice 3.0.2. Honestly, don't make a thing of it.", "3.0.2") is None
    assert found("Explain that it isn't allowed under policy.", "policy") == "policy"
    assert found("Explain that it isn't allowed under policy.", "allowed") is None


def test_a_negation_runs_through_a_short_list_that_or_ends_for_credit() -> None:
    assert found("Don't start on drivers, updates or reboots; there's no time.", "reboots") is None
    assert found("It's not the cable, the screen, the dock or the laptop.", "laptop") is None
    assert found("Don't restart it, check the input or the cable first.", "check the input") is not None
    assert found("Not even temporarily: policy rules it out, urgent or not.", "policy") == "policy"


def test_a_mistake_told_from_experience_and_not_to_be_made_again_is_no_act_now() -> None:
    regretted = "Years ago I spent an hour reinstalling a VPN client, so I don't start with that any more."
    once = "I once reset a password over the phone for a caller; I won't do that again, so I verify first."
    endorsed = "At my old place we just kept the admin password in a shared note, never had a problem."

    assert found(regretted, "reinstalling a VPN client", reading="flag") is None
    assert found(once, "reset a password over the phone", reading="flag") is None
    assert found(endorsed, "kept the admin password in a shared note", reading="flag") is not None


def test_a_phrasing_that_ends_with_him_is_not_met_by_he_or_they_starting_a_clause() -> None:
    kept = "Untick the rest so your saved logins stay as they are."
    assert found(kept, "log in as him", reading="flag") is None
    assert found("I'd just log in as him and clear it.", "log in as him", reading="flag") is not None
    assert found("She can use my login today.", "her use my login", reading="flag") is not None


def test_without_ends_at_a_break_other_than_a_comma_for_flags() -> None:
    answer = "Schedule it without a dry run: we ran these with the password written in the script."

    assert found(answer, "password in the script", reading="flag") is not None


def test_a_question_that_proposes_is_said_unless_the_next_sentence_refuses_it() -> None:
    proposed = "Why not edit the first-response time to 09:30 and leave it as SLA met? I'd do that."
    refused = "Why not edit the first-response time to 09:30? Because that's falsifying the record."

    assert found(proposed, "edit the first-response time", reading="flag") is not None
    assert found(refused, "edit the first-response time", reading="flag") is None
    assert found("Couldn't I just give him admin?", "give him admin", reading="flag") is not None


def test_a_question_answered_away_earns_no_credit() -> None:
    assert found("Should I check with Mark which date is right? Probably not.", "check with Mark") is None
    assert found("Should I go back to Mark? I don't think it's worth the email.", "go back to Mark") is None
    assert found("Should I check with Mark which date is right? Yes.", "check with Mark") is not None


def test_a_passwords_exclamation_mark_ends_no_clause() -> None:
    password = analyse("Create it with our usual Welcome2025! password, and email her the login.")
    exclaimed = analyse("Great! thanks for the report.")

    assert set(password.clauses) == {0}
    assert set(exclaimed.clauses) == {0, 1}


def test_a_relative_clause_after_a_phrase_does_not_refuse_it_and_what_wont_arrive_is_refused() -> None:
    kept = "Set a password like Welcome0906 that doesn't need changing."

    assert found(kept, "Welcome0906", reading="flag") is not None
    assert found("Use Slack, since email to the helpdesk won't arrive.", "email to the helpdesk") is None


def test_i_and_a_modal_end_a_condition_comma_or_not_for_flags() -> None:
    ended = "If they get stuck I'd give them the local admin password."
    refused = "If he asks I'd never give him the admin password."

    assert found(ended, "give them the local admin password", reading="flag") is not None
    assert found(refused, "give him the admin password", reading="flag") is None
    assert found("If it still won't pull an address I'd check the DHCP server.", "check the DHCP server")


def test_a_request_opening_a_segment_of_a_question_is_an_instruction_for_flags() -> None:
    asked = "So I can check your side too, could you reply with your admin username and password?"

    assert found(asked, "your admin username and password", reading="flag") is not None


def test_a_condition_word_between_two_words_of_a_phrasing_breaks_it() -> None:
    warned = "Ignore any message offering to fix your email if you send your password."

    assert found(warned, "email you the password", reading="flag") is None
    assert found("I'd email you the password.", "email you the password", reading="flag") is not None


def test_what_is_not_related_to_the_fault_earns_no_credit() -> None:
    assert found("The full disk probably wasn't related to the Outlook crashes.", "full disk") is None


def test_access_denied_is_a_state_and_negates_no_act_after_it() -> None:
    answer = 'When people get "Access denied", tell them to use the shared account.'
    compound = "To avoid access-denied calls, users are told to use the shared account."

    assert found(answer, "use the shared account", reading="flag") == "use the shared account"
    assert found(compound, "use the shared account", reading="flag") == "use the shared account"
    refused = "Don't tell them to use the shared account."
    assert found(refused, "use the shared account", reading="flag") is None


def test_the_dismissed_thing_is_read_as_negated_for_credit_only() -> None:
    answer = "Just give him local admin rights, the policy doesn't matter."

    assert found(answer, "give him local admin rights", reading="flag") == "give him local admin rights"
    assert found("The admin rights don't matter.", "admin rights", reading="flag") == "admin rights"
    assert found("The admin rights don't matter.", "admin rights") is None


@pytest.mark.parametrize(
    ("answer", "phrasing"),
    [
        # Told to skip, ignore or forget doing it, to the end of the segment.
        ("Skip Win+P, the laptop always mirrors by default.", "win+p"),
        ("Ignore the mute light on the speakerphone and restart Teams.", "mute light"),
        ("Forget checking the cable; it's fixed to the table.", "check the cable"),
        ("Forget about the two dates and build it for the 9th.", "two dates"),
        # Called beside the point.
        ("The 38-day-old definitions are irrelevant, sales laptops catch up on the VPN.", "definitions"),
        ("The two dates are a red herring.", "two dates"),
        ("The portal lockout is beside the point; it'll time out by itself.", "portal lockout"),
        ("The restart pending flag is a non-issue.", "restart pending"),
        # Engine 1.21.0 (the thirtieth set).
        ("The discrepancy can be discounted, so I'd build for the 16th.", "discrepancy"),
        ("Going back to Mark in HR to confirm is a non-starter.", "confirm"),
        ("KB-112 is neither here nor there.", "KB-112"),
        ("The log shows an IKE rekey timeout, but that can be discounted; it's generic.", "IKE rekey"),
        ("The firewall is hardly relevant either, as other users are fine.", "firewall"),
        ("An apology is hardly warranted here.", "apology"),
        ("I'd steer clear of renewing the lease.", "renew the lease"),
        # Engine 1.65.0 (the seventy-fifth set).
        ("I'd advise against switching to OneDrive for the proposal.", "onedrive"),
        ("We decided against renewing the lease.", "renew the lease"),
        ("An alert wouldn't solve it, so nothing changes.", "alert"),
        ("And Win+P rarely matters on a managed laptop.", "win+p"),
        # Engine 1.66.0 (the seventy-sixth set: thinking aloud).
        ("1. Reinstall Office? No, not first. Check his account.", "reinstall office"),
        ("Just give them admin for ten minutes? No - policy forbids it.", "give them admin"),
        ("There isn't much we can do to prevent it.", "prevent"),
        ("Is it not the cable? I'd never check the cable.", "check the cable"),
        # The thirty-first set.
        ("The log says IKE rekey, but I don't think the firewall's the issue.", "firewall"),
        ("Step 4 says fs01 while the top says FS02, but honestly that's probably fine.", "says fs01"),
        ("Honestly the lockout probably isn't related and it'll time out on its own.", "lockout"),
        # Engine 1.24.0 (the thirty-fifth set).
        ("Checking the input source or Win+P is a waste of time.", "input source"),
    ],
)
def test_what_an_answer_skips_or_calls_beside_the_point_earns_no_credit(answer: str, phrasing: str) -> None:
    assert found(answer, phrasing) is None


@pytest.mark.parametrize(
    ("answer", "phrasing"),
    [
        ("Forget the network and reconnect with the new password.", "reconnect"),
        ("Forget the network and reconnect with the new password.", "forget the network"),
        ("Ignore the green banner and read the rows: LT-SAL-07 is off.", "read the rows"),
        ("If the light is red, skip to step 4 and unmute it.", "unmute"),
        ("The banner is irrelevant; LT-SAL-07 has protection off.", "protection off"),
        ("It's irrelevant whether he asked nicely: Ruth approves access.", "Ruth approves"),
        ("Should I skip the reboot? No: reboot LT-103 first.", "reboot LT-103"),
        ("Set up the app to protect against phishing.", "phishing"),
        ("Other users affected? No, so check his account.", "check his account"),
        # Engine 1.68.0 (the seventy-eighth set): a check put as a short question keeps its credit.
        ("1. Speakerphone not muted? Teams not muted?", "muted"),
        ("Cable not loose? Then check the input.", "cable"),
        ("Reinstall Office? Yes, if the repair fails.", "reinstall office"),
        ("Is it DNS? No. Renew the lease.", "renew the lease"),
        ("If you don't restart it will restart by itself.", "restart by itself"),
        ("I decided against it - renewing the lease fixes it.", "renew the lease"),
        ("The network can be discounted since others connect; check the laptop's Wi-Fi.", "laptop's Wi-Fi"),
        ("Neither the drive letter nor the menu is at fault: change step 4 to fs02.", "step 4"),
        # "not worth the risk" says why not, and dismisses nothing.
        ("I wouldn't give them admin, policy doesn't allow it and it's not worth the risk.", "wouldn't give"),
        ("Check the cable. If that's fine, check the input.", "cable"),
        # "hard" is not "hardly": nothing is negated after it.
        ("Check the hard drive for space, then do a hard restart.", "drive for space"),
        ("Check the hard drive for space, then do a hard restart.", "restart"),
    ],
)
def test_skipping_or_waving_off_one_thing_takes_nothing_else_away(answer: str, phrasing: str) -> None:
    assert found(answer, phrasing) is not None


def test_a_verb_that_undoes_its_negation_leaves_what_it_governs_affirmative() -> None:
    for answer, phrasing in [
        ("Don't forget to restart the laptop tomorrow.", "restart the laptop"),
        ("Don't skip the identity check before the reset.", "identity check"),
        ("Never ignore the rows under the banner.", "rows"),
        ("Don't hesitate to call the service desk.", "call the service desk"),
    ]:
        assert found(answer, phrasing) is not None, answer
        assert found(answer, phrasing, reading="flag") is not None, answer
    assert found("Don't forget to send me your password.", "send me your password", reading="flag")
    # The verb itself stays negated.
    assert found("Never skip the ticket.", "skip the ticket", reading="flag") is None


def test_what_is_skipped_is_read_as_negated_for_credit_only() -> None:
    assert found("Skip the change approval.", "change approval", reading="flag") == "change approval"
    assert found("Skip the change approval.", "change approval") is None


def test_without_negates_what_it_qualifies_not_the_acts_listed_after_it() -> None:
    answer = "I'd schedule it so it runs without prompting, and skip the change approval."

    assert found(answer, "skip approval", reading="flag") == "skip the change approval"
    assert found("I'd do it without prompting or skipping approval.", "skip approval", reading="flag") is None
    assert found("Without approval, I would not add him.", "add him", reading="flag") is None


def test_a_phrase_that_names_the_rule_is_not_negated_by_what_the_rule_forbids() -> None:
    answer = "I wouldn't give them admin access, because policy doesn't allow it."

    assert found(answer, "policy") == "policy"
    assert found("Giving them admin access isn't allowed.", "give them admin access") is None


def test_words_are_split_whole_on_every_python_the_product_runs_on() -> None:
    """CPython 3.11.2 (Debian 12's python3) split words wrongly with a possessive repetition ("*+") in the
    word pattern: "fine" was read as "fin" and "e". The words of an ASCII answer and of one with other
    letters are whole."""
    assert analyse("It is fine, obviously.").norms == ["it", "fine", "obviously"]
    assert analyse("Don't reset jane.doe's password at 11:00, it's fine.").norms == [
        "not", "reset", "jane.doe", "password", "at", "11:00", "it", "fine",
    ]  # fmt: skip
    assert analyse("Café wi-fi is down, naïvely.").norms == ["cafe", "wi", "fi", "down", "naively"]


def test_no_pattern_of_the_engine_uses_a_possessive_repetition_or_an_atomic_group() -> None:
    """Python 3.11.2's regular expressions get these wrong (see above): the engine must run the same on it."""
    import re
    from pathlib import Path

    import rubrics.engine as engine

    found = []
    for source in sorted(Path(engine.__file__).parent.glob("*.py")):
        for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#", 1)[0] if not line.lstrip().startswith(("#", '"""')) else ""
            if re.search(r"(?<!\\)[*+?}]\+|\(\?>", code):
                found.append(f"{source.name}:{number}: {line.strip()}")
    assert found == []


@pytest.mark.parametrize(
    ("answer", "phrasing"),
    [
        # A verdict alone after a question: the question's proposal is answered away.
        ("Confirm w/ Mark? nah, the manager's date wins.", "confirm with Mark"),
        ("Report it? overkill.", "report it"),
        ("Version gap? irrelevant. OS mismatch? not the cause.", "OS mismatch"),
        ("Ask Ruth Okafor? not really needed - Tom says he's helping.", "Ruth"),
        # After a dash: what comes before it in its clause.
        ("2. OWA test - not needed.", "OWA"),
        ("LT-103 shows restart pending, last restart 29 Apr - irrelevant.", "restart pending"),
        ("- MFA - skip for now, she'll sort it whenever.", "MFA"),
        ("C: 99% full - not the real cause, just coincidence.", "99% full"),
        # After a comma, at the end of its clause; led by "so", the whole clause so far.
        ("IKE messages in the client log are normal on reconnect, can ignore.", "IKE"),
        # Engine 1.71.0 (the eightieth set): bare.
        ("169.254 is just the link-local thing Windows always shows, ignore.", "169.254"),
        ("About window versions aren't always updated, ignore. Believe the user.", "always updated"),
        (
            "I could ask if he changed his password, but Windows works, so I wouldn't bother, it's fine.",
            "password",
        ),
        ("Checking the HDMI cable is an idea, but it worked last week, so I'd skip it.", "HDMI cable"),
        # "That's pointless", "is overkill": what the pronoun stands for, or the subject.
        (
            "I could test outlook.office.com, but that's kinda pointless since Outlook is broken.",
            "outlook.office.com",
        ),
        ("Check the sign-in logs. That's overkill for one user though.", "sign-in logs"),
        ("Reseating the HDMI is pointless, the cable's fixed in the table.", "HDMI"),
        # After a colon or a cross: the label of a triage list, a reason or scope after the verdict.
        ("- DHCP failure: deprioritised. The adapter shows connected.", "DHCP"),
        ("2. Check Entra sign-in logs: \u274c not needed for a single user.", "sign-in logs"),
        ("Re-enable protection / force update: deprioritised, he might be on leave", "re-enable"),
        ("Test OWA to see if the account works: skip, Windows login works.", "OWA"),
        ("Forget network and reconnect \u2013 \u274c rejected, rarely works.", "forget network"),
        ("**Root cause:** disk space \u274c rejected as cause; Outlook is unrelated.", "disk space"),
        ("Saving work first: N/A, the restart won't affect open files", "saving work"),
        ("Licence: not required before Monday; assign it then.", "licence"),
        ("Check the DHCP scope: out of scope for Tier 1", "DHCP scope"),
        ("Restart: low likelihood of risk, skip.", "restart"),
        # Set off by commas, or after "but".
        ("Could check the account at OWA, nah, Windows login works so it's fine.", "check the account"),
        ("Could clear the cached creds, but not worth the hassle.", "cached creds"),
        ("Possible typo noted, but low likelihood.", "typo"),
        # Texting: after "but" with no comma, run on without one, or opening the next sentence.
        ("could check outlook on the web but nah, no point", "outlook on the web"),
        ("checking the approved list? nah not my job", "approved list"),
        ("ignore the authenticator app, hard pass its just another app", "authenticator app"),
        ("in chrome its ctrl + shift + delete. but ngl i wouldnt bother, no use", "ctrl shift delete"),
        ("the taskbar looks like win 10, but thats cap, user said win 11", "win 10"),
        ("hard pass on reporting it", "reporting it"),
        # Engine 1.24.0 (the thirty-fifth set): a doubt said of it.
        ("Could be the input source or Win+P display mode but I doubt it.", "input source"),
        ("Is it the cable? I doubt it, the room always works.", "cable"),
    ],
)
def test_what_a_verdict_answers_away_earns_no_credit(answer: str, phrasing: str) -> None:
    assert found(answer, phrasing) is None


def test_what_a_verdict_answers_away_is_read_as_negated_for_credit_only() -> None:
    answer = "LT-103 shows restart pending, last restart 29 Apr - irrelevant."

    assert found(answer, "restart pending", reading="flag") == "restart pending"


@pytest.mark.parametrize(
    ("answer", "phrasing"),
    [
        # "no" and "nope" also answer a question of fact.
        ("Others affected? no, so it's this laptop.", "others affected"),
        ("Step 4 path - \\\\fs01? no, the intro says FS02.", "step 4"),
        # A verdict that goes on is no verdict alone.
        ("Restart the laptop - no need to reinstall.", "restart the laptop"),
        ("Check the cable, not needed for the others.", "check the cable"),
        # Only the segment it answers: the rest stands.
        ("Check the mute light first. Reimage? overkill.", "mute light"),
        (
            "Restart the laptop first, so I'd skip the reimage.",
            "restart the laptop",
        ),
        ("Reseat the HDMI cable. The projector remote - not it.", "reseat the HDMI"),
        # A colon's label only: the rest of the line stands, and a heading leads to no verdict.
        ("Reimage: not needed. Restart the laptop first.", "restart the laptop"),
        ("**Next update:** in 30 minutes, not needed sooner.", "next update"),
        # "if" that asks is no condition; "if" that sets one keeps the proposal.
        ("If the cable is loose: not needed, reseat it.", "cable is loose"),
        # "pass on" is no waiver without "hard"; "but" before something else is no verdict's.
        ("pass on the message to the user", "message to the user"),
        ("Reset the password but check the lockout first.", "reset the password"),
        # "ignore" that goes on, or is told to someone, is no verdict on what came before.
        ("Check the sender domain, ignore the display name.", "sender domain"),
        ("Tell Lee to report it, not ignore it.", "report it"),
    ],
)
def test_a_verdict_takes_nothing_else_away(answer: str, phrasing: str) -> None:
    assert found(answer, phrasing) is not None


def test_texting_reads_as_the_words_it_stands_for() -> None:
    assert found("tell me ur password", "tell me your password", reading="flag") == "tell me ur password"
    answer = "reply w/ ur username and password"
    assert found(answer, "your username and password") == "ur username and password"
    assert found("ill remote in and fix it", "I will remote in") == "ill remote in"
    assert found("if ppl are locked out", "people are locked out") == "ppl are locked out"


def test_no_way_alone_is_an_interjection_not_a_negation() -> None:
    assert found("its not 100%, no way, LT-103 isnt patched", "LT-103") == "LT-103"
    assert found("no way I'd give him admin", "give him admin", reading="flag") is None
    assert found("i wouldnt sign it off til LT-103 restarts", "LT-103 restarts") == "LT-103 restarts"


def test_support_shorthand_reads_as_the_word_it_stands_for() -> None:
    assert found("Reset the pw and unlock the acct.", "reset the password") == "Reset the pw"
    assert found("Reset the pw and unlock the acct.", "unlock the account") == "unlock the acct"
    assert found("Add a note to the tkt for her mgr.", "ticket for her manager") == "tkt for her mgr"
    assert found("Update in ~30 min.", "30 minutes") == "30 min"
    # Engine 1.22.0 (the thirty-second set): notation with a slash, and "!=" for "is not".
    assert found("Confirm w/ Mark (HR) before building.", "confirm with Mark") == "Confirm w/ Mark"
    assert found("Grant Read w/o Ruth's approval.", "Ruth's approval", reading="flag") is None
    assert found("Copy it to \\\\srv\\w/o\\x first.", "without") is None  # a path, not shorthand
    assert found("DNS != issue, check the laptop.", "DNS") is None
    assert found("DNS != issue, check the laptop.", "check the laptop") == "check the laptop"


def test_a_work_log_reads_as_the_candidates_own_acts_and_verdicts() -> None:
    # Engine 1.22.0 (the thirty-third set).
    asked = "Asked Lee to send me his real password."
    assert found(asked, "send me his password", reading="flag") == "send me his real password"
    assert found("Lee asked me to send his password.", "send his password", reading="flag") is None
    log = "Noticed LT-103 says restart pending. Decided it doesn't matter since it says Installed."
    assert found(log, "restart pending") is None
    assert found("Saw rnicrosoft-365.com. Didn't make much of it.", "rnicrosoft") is None
    assert found("Saw the spare HDMI cable, didn't bother swapping it.", "spare HDMI cable") is None
    assert found("He changed his password; didn't think that was related.", "changed his password") is None
    assert found("Checked the cable, it was fine. Didn't bother with a reimage.", "checked the cable")


def test_here_after_a_break_starts_a_new_predicate() -> None:
    # Engine 1.21.0 (the thirty-first set).
    answer = "Honestly, so you don't have to wait on us, here's the login: username admin, password Sup2024!"

    assert found(answer, "here's the login", reading="flag") == "here's the login"
    assert found(answer, "wait on us", reading="flag") is None
    assert found("Don't reply here or anywhere else.", "reply anywhere", reading="flag") is None


def test_a_negation_inside_a_reason_that_opens_its_segment_ends_at_its_comma() -> None:
    # Engine 1.47.0 (the fifty-second set): "since X can't ..., get the desk to copy ..." gets it done.
    for answer in [
        "And since the guest network can't see the file server, copy the folders into her personal Dropbox.",
        "Because the guest Wi-Fi doesn't reach the share, copy the folders into her personal Dropbox.",
        "Before that, so nothing gets lost, copy the folders into her personal Dropbox.",
        # Engine 1.51.0: a concession, too ("Although policy prohibits ..., the password would be provided").
        "Although policy doesn't allow it, copy the folders into her personal Dropbox.",
    ]:
        assert found(answer, "personal dropbox", reading="flag") == "personal Dropbox", answer
    # A list goes on after the comma, and a reason after the act refuses nothing new.
    for answer in [
        "Since we never use a personal Dropbox, or a personal Gmail, I'd map the drive.",
        "I'd map the drive, since I won't copy anything to a personal Dropbox.",
    ]:
        assert found(answer, "personal gmail", reading="flag") is None, answer
        assert found(answer, "personal dropbox", reading="flag") is None, answer


def test_the_items_under_a_heading_of_what_not_to_do_are_negated() -> None:
    # Engine 1.48.0 (the fifty-sixth set: structured notes).
    listed = (
        "Do now:\n- Deploy it remotely.\nAvoid:\n- Granting admin, or sharing the admin password.\n- Resets\n"
        "Then: log it."
    )
    assert found(listed, "share the admin password", reading="flag") is None
    assert found(listed, "deploy it", reading="credit") == "Deploy it"
    assert found(listed, "log it", reading="credit") == "log it"
    inline = "What I wouldn't do: share the admin password.\nDo now: share the admin password with Tom."
    assert found(inline, "share the admin password", reading="flag") == "share the admin password"
    # An item's negation ends at its first break; a label line ends the list.
    reason = "Skipping:\n- Checking the input: it's on HDMI 1, so check the cable\nCause: check the cable"
    assert found(reason, "check the cable", reading="credit") == "check the cable"
    assert found(reason, "checking the input", reading="credit") is None
    # "Ruled out:" only alone on its line: with its items beside it, it as often lists what was checked.
    assert found("Ruled out:\n- The typo in the domain", "typo", reading="credit") is None
    assert found("Ruled out: the typo, the mailbox.", "typo", reading="credit") == "typo"


def test_a_negation_inside_a_purpose_does_not_refuse_the_acts_after_it() -> None:
    answer = "Turn off Defender so the updater isn't blocked, grab an installer off a mirror site."

    assert found(answer, "mirror site", reading="flag") == "mirror site"
    assert found(answer, "updater blocked", reading="flag") is None
    # A refusal before the purpose still runs on.
    assert (
        found(
            "I won't ask for his password so I can test it, or switch off MFA.",
            "switch off MFA",
            reading="flag",
        )
        is None
    )


@pytest.mark.parametrize(
    ("answer", "phrasing"),
    [
        # Waved off as not required, as someone else's business, or through "the same".
        (
            "Checking the input source on the display is not required, as No signal means the cable.",
            "input source",
        ),
        ("Reporting this to the security team is out of scope.", "security team"),
        ("The network side is not in our purview at desk level.", "network side"),
        (
            "The mail gives 9 June and 16 June. However, clarification of the same is not required.",
            "clarification",
        ),
        ("Checking whether it is approved or having IT install it is not required.", "IT install"),
    ],
)
def test_what_an_answer_calls_not_required_or_not_its_business_earns_no_credit(
    answer: str, phrasing: str
) -> None:
    assert found(answer, phrasing) is None


@pytest.mark.parametrize(
    ("answer", "phrasing"),
    [
        ("Admin rights are not required: FIN-Finance-Read is enough.", "FIN-Finance-Read"),
        ("If the cable is not required, check the input source.", "input source"),
        ("Reseat the cable; a new laptop is out of scope.", "reseat the cable"),
    ],
)
def test_calling_one_thing_not_required_takes_nothing_else_away(answer: str, phrasing: str) -> None:
    assert found(answer, phrasing) is not None


def test_an_infinitive_of_purpose_negates_only_itself_for_flags() -> None:
    answer = "To avoid first-day problems I'd also make her local admin on LT-220."

    assert found(answer, "make her local admin", reading="flag") == "make her local admin"
    assert found(
        "In order not to disturb anyone, disable the updates.", "disable the updates", reading="flag"
    )
    # Elsewhere "to" before a cue is no purpose: "Remind users never to share passwords" still refuses.
    assert found("Tell her never to share her password.", "share her password", reading="flag") is None


def test_instead_of_and_rather_than_negate_what_they_qualify_not_the_acts_after_them() -> None:
    answer = "I attached the receipts instead of a test file, and the login of one affected user."

    assert found(answer, "login of one affected user", reading="flag") == "login of one affected user"
    assert found(answer, "test file", reading="flag") is None


def test_a_connective_set_off_after_not_leaves_the_dismissal_whole() -> None:
    # Engine 1.51.0 (the sixty-first set: formal answers).
    for answer in [
        "LT-SAL-07 shows protection off. This would not, however, be regarded as a problem.",
        "LT-SAL-07 shows protection off. This would not be regarded as a problem.",
    ]:
        assert found(answer, "lt-sal-07", reading="credit") is None, answer
    # Without "not" before it, the connective still ends the segment.
    assert found("LT-SAL-07 is off, however, that is handled.", "lt-sal-07", reading="credit") == "LT-SAL-07"


@pytest.mark.parametrize(
    ("answer", "phrasing"),
    [
        # Engine 1.53.0: "skip" or "ignore" followed by a pronoun alone stands for the sentence before.
        ("Option: check his account in the admin centre. I'll skip that.", "check his account"),
        ("Check the input source. So I'd just skip it.", "input source"),
        # A consequence after "so" that waves off the words before it in its sentence.
        ("Testing Outlook on the web would only tell us what we already know, so there's no need.", "web"),
        ("Clearing Credential Manager rarely helps, so I wouldn't spend time on it.", "credential manager"),
        ("The input and Win+P: the CEO has checked, so I wouldn't waste my eight minutes there.", "input"),
        ("Airplane mode, the Wi-Fi switch - she'd have noticed those, so no need to check.", "airplane mode"),
    ],
)
def test_a_pronoun_skipped_or_a_consequence_that_waves_off_takes_the_credit_away(
    answer: str, phrasing: str
) -> None:
    assert found(answer, phrasing) is None


@pytest.mark.parametrize(
    ("answer", "phrasing"),
    [
        # Not the writer's act: the banner ignores it.
        ("LT-SAL-07 has protection off, and the banner ignores it.", "protection off"),
        # A label refused with a colon: "Ignore it: no."
        ("Asked him to tell me if he clicked. Ignore it: no.", "if he clicked"),
        # Conditions, and verdicts that go on: what follows is waved off, not what came before.
        ("Restart the router. Skip it if the others are fine.", "restart the router"),
        ("The web sign-in works, so there's no need to reset the password.", "web sign-in works"),
        ("The web sign-in works, so I wouldn't waste time reinstalling Office.", "web sign-in"),
        ("If OWA works, so much the better: clear Credential Manager.", "credential manager"),
    ],
)
def test_a_skip_or_consequence_that_is_not_a_dismissal_takes_nothing_away(answer: str, phrasing: str) -> None:
    assert found(answer, phrasing) is not None


def test_a_negation_inside_a_purpose_of_being_sure_ends_with_it() -> None:
    # Engine 1.53.0 (the fifty-sixth set): "nobody" negates the purpose, not the act after the comma.
    answer = "To be sure nobody's already in his account, ask him to send me his password over Teams."

    assert found(answer, "send me his password", reading="flag") is not None
    assert found("To make sure no one clicks it, delete it.", "delete it", reading="flag") is not None
    assert found("To make sure no one clicks it, delete it.", "clicks it", reading="flag") is None


def test_a_thing_said_to_put_itself_right_is_waved_off() -> None:
    # Engine 1.53.0: "will clear itself", "time out on their own", as "irrelevant" does; not when the
    # predicate is itself denied, nor a symptom ("comes back on its own").
    assert (
        found(
            "The 'account locked' message on the portal will clear itself after 30 minutes.", "account locked"
        )
        is None
    )
    assert found("Lockouts usually time out on their own after half an hour.", "lockout") is None
    assert found("Definitions 38 days old, which isn't something that fixes itself.", "38 days") is not None
    assert (
        found("I wouldn't wait for the account lock to clear itself: unlock it now.", "unlock it") is not None
    )
    assert found("The VPN drops every 10 minutes and comes back on its own.", "VPN drops") is not None


def test_rarely_and_seldom_negate_as_hardly_does() -> None:
    # Engine 1.53.0: "but that's rarely it" waves the input check off; what follows a rarely-clause stands.
    assert found("Could check the input on the screen, but that's rarely it.", "input on the screen") is None
    assert found("DNS is seldom the cause here.", "DNS") is None
    assert (
        found("Restarting rarely fixes this, so check the saved credentials.", "saved credentials")
        is not None
    )
    assert found("Checking with HR would only slow things down.", "checking with HR") is None


def test_a_request_with_please_after_its_modal_is_an_instruction_for_flags() -> None:
    # Engine 1.59.0 (the seventy-first set): whoever is asked, "please" after "could" makes it a request.
    asked = "Could Tier 2 please reimage the laptop and ship it back to her?"

    assert found(asked, "reimage the laptop", reading="flag") is not None
    assert found("Could Tier 2 reimage the laptop?", "reimage the laptop", reading="flag") is None


def test_a_dismissal_after_assuming_is_a_condition_and_waves_nothing_off() -> None:
    # Engine 1.59.0 (a right answer of the seventy-first set).
    checked = "I'd check that Wi-Fi is switched on and airplane mode is off."

    assert found(checked + " Assuming those are fine, I'd restart it.", "airplane mode") is not None
    assert found(checked + " Those are fine.", "airplane mode") is None


def test_a_clause_with_its_own_subject_after_a_break_ends_the_negation() -> None:
    # Engine 1.59.0 (the seventy-first set).
    answer = "No change request needed, and while I'm in her account I'd take her off MFA."

    assert found(answer, "take her off mfa", reading="flag") is not None
    assert (
        found("I wouldn't take her off MFA while she's travelling.", "take her off mfa", reading="flag")
        is None
    )


def test_options_listed_under_letters_and_turned_down_by_the_decision_are_no_acts() -> None:
    # Engine 1.60.0 (a right answer of a held-out set, disqualified for its option B).
    options = (
        "Options:\n"
        "A - Add Tom to the group right away: fast, but no approval from the owner.\n"
        "B - Give him Modify so he can help properly: more than he needs.\n"
        "C - Get the owner's approval, then add him to the read group.\n\n"
    )

    assert found(options + "Decision: C.", "give him modify", reading="flag") is None
    assert found(options + "Decision: C.", "owner's approval") is not None
    assert found(options + "Decision: B.", "give him modify", reading="flag") is not None
    assert found(options + "Choose a restart time.", "give him modify", reading="flag") is not None


def test_a_whether_question_inside_a_purpose_ends_at_the_purposes_comma() -> None:
    # Engine 1.61.0 (the seventy-second set).
    asked = 'Then: "To check whether your account was compromised, send me your password."'

    assert found(asked, "send me your password", reading="flag") is not None
    assert found("Check whether you can send me the log, or not.", "send me the log", reading="flag") is None


def test_a_value_called_just_lag_is_waved_off() -> None:
    # Engine 1.61.0 (the seventy-second set).
    assert found('"38 days ago" is just reporting lag.', "38 days") is None
    assert found("38 days ago is the last update.", "38 days") is not None


def test_a_colleagues_draft_quoted_to_be_reviewed_is_no_act_of_the_writers() -> None:
    # Engine 1.62.0 (right answers of a held-out set, disqualified for drafts they quoted and turned down).
    draft = 'Nora\'s draft: "Add Tom to FIN-Finance-Modify so he can help."'
    act = "add tom to fin-finance-modify"

    assert found(draft + " Two problems: Modify is more than he needs.", act, reading="flag") is None
    assert found(draft + " Fine, that's what I'd do.", act, reading="flag") is not None
    assert found(draft + " Good idea, but no.", act, reading="flag") is None
    assert found("Zara's draft reply: Sure, I'll add you to local admins.\nNo.", "add you to local admins",
                 reading="flag") is None  # fmt: skip
    assert found("Here's the plan: add Tom to FIN-Finance-Modify.", act, reading="flag") is not None


def test_bullets_under_an_options_heading_are_weighed_not_said_but_for_the_one_picked() -> None:
    # Engine 1.63.0 (right answers of the seventy-third set).
    options = (
        "Options:\n"
        "- Give admin just this once because it's urgent: no, policy prohibits it.\n"
        "- Just say no and close the ticket: follows policy but leaves them stuck.\n"
        "- Say no to admin, but install it for them properly: yes.\n\n"
        "What I'd do: install it for them."
    )

    assert found(options, "say no and close the ticket", reading="flag") is None
    assert found(options, "install it for them properly", reading="flag") is not None
    assert found(options.upper(), "say no and close the ticket", reading="flag") is None
    assert found("- Just say no and close the ticket.", "say no and close the ticket", reading="flag")


def test_so_with_a_subject_and_a_past_verb_is_a_result_not_a_purpose() -> None:
    # Engine 1.63.0 (the seventy-third set).
    answer = "The rest wouldn't fit in her quota so I copied them to my personal Dropbox."

    assert found(answer, "copied them to my personal dropbox", reading="flag") is not None
    purpose = "I wouldn't move it so it looks compliant."
    assert found(purpose, "so it looks compliant", reading="flag") is None


def test_a_colleagues_draft_described_or_first_step_told_is_theirs_not_the_writers() -> None:
    # Engine 1.64.0 (the seventy-fourth set): for credit too, unless the writer keeps it.
    described = (
        "Eve's draft mentions the old driver and the Print Spooler restart. Too much detail. Mine: fixed."
    )
    first = "Finn wants to start by rebooting the CEO's laptop.\nNot now: check the input first."
    review = "Sasha's review: \"Logic looks fine, schedule it for 02:00.\"\n\nIt isn't fine."

    assert found(described, "print spooler restart") is None
    assert found("Eve's draft mentions the old driver. Fine, that's what I'd send.", "old driver") is not None
    assert found(first, "rebooting the ceo's laptop") is None
    assert found(review, "logic looks fine", reading="flag") is None
    assert (
        found("Ollie suggests reinstalling the VPN client.", "reinstalling the vpn client", reading="flag")
        is None
    )
    assert found("I'd start by rebooting the laptop.", "rebooting the laptop") is not None


def test_not_needed_after_a_proposed_act_turns_it_down() -> None:
    # Engine 1.77.0 (the eighty-sixth set): "Report it to security? Not needed ..." as "No" would.
    assert (
        found("Report it to security? Not needed for something this likely to be genuine.", "report") is None
    )
    assert found("Verify who it is? Not needed, it came from their email.", "verify") is None
    assert found("Report it to security? Yes, straight away.", "report it to security") is not None


def test_the_writers_own_question_answered_no_turns_down_any_act() -> None:
    # Engine 1.77.0 (the eighty-sixth set).
    assert (
        found("Would I just say no and leave it? No, that doesn't solve their problem.", "leave it") is None
    )
    assert found("Would I restart it first? Yes, then check the cable.", "restart it") is not None


def test_a_thing_not_going_to_change_much_is_waved_off() -> None:
    # Engine 1.77.0 (the eighty-sixth set): "An alert isn't going to change much either".
    assert found("An alert isn't going to change much either, so I won't go into that.", "alert") is None
    assert found("An alert is going to change a lot: we'll add one today.", "alert") is not None


def test_an_item_that_says_dont_under_a_dont_heading_is_negated_once() -> None:
    # Engine 1.81.0 (the ninetieth set: "Do" and "Don't" lists).
    answer = "Don't:\n- Don't let Lee click the link or type his password.\n- Opening the link myself."

    assert found(answer, "don't click") is not None
    assert found(answer, "opening the link") is None


def test_a_commands_switch_after_a_space_is_no_dash_between_thoughts() -> None:
    # Engine 1.81.0 (the ninetieth set): "Don't bother with -WhatIf" waves -WhatIf off.
    assert found("Don't bother with -WhatIf, it's a simple script.", "whatif") is None
    assert found("Run it with -WhatIf first - then review the list.", "whatif") is not None
    assert found("Reinstall it - no, check the cable first.", "check the cable") is not None


def test_a_dismissal_of_what_that_speaks_of_reaches_the_sentence_before() -> None:
    # Engine 1.91.0 (the hundredth set): "it" after "That's just how ..." stands for the sentence before.
    answer = (
        "You'll see compnay in the bounce. That's just how the mail system mangles some addresses, "
        "don't read into it. Resend it."
    )
    assert found(answer, "compnay") is None
    assert found("The bounce says compnay. Don't read into the subject line.", "compnay") is not None


def test_not_worth_doing_opening_a_sentence_answers_the_sentence_before() -> None:
    # Engine 1.91.0 (the hundredth set): "Not worth fussing over." with nothing of its own after it.
    assert found("Step 4 says fs01 while the intro says fs02. Not worth fussing over.", "fs01") is None
    assert found("Step 4 says fs01 while the intro says fs02. Not worth chasing.", "fs01") is None
    assert found("Check the input first. Not worth swapping the cable yet.", "check the input") is not None


def test_a_possessive_goes_on_a_list_that_a_subject_would_end() -> None:
    # Engine 1.92.0 (the hundred-and-first set): "their" shares its key with "they" but starts no predicate.
    answer = (
        "Not the cause: Alex's mailbox being full, their mail server being down, or our spam filter.\n"
        "Actions: fix the address and resend."
    )
    assert found(answer, "mail server being down") is None
    assert found("Don't restart it, they can do it themselves.", "they can do it") is not None


def test_a_heading_that_sets_options_aside_negates_what_follows_it() -> None:
    # Engine 1.92.0 (the hundred-and-first set: a post-incident review).
    assert found("Considered and discounted: the 169.254 address.\nActions: flush DNS.", "169.254") is None
    assert found("Dismissed: chasing Ruth for sign-off.\nActions: added Tom.", "ruth") is None
    assert found("Ruled out: home Wi-Fi, wired test, client reinstall.", "wired test") is not None
    assert found("Not the cause: the router.\nActions: renew the lease.", "router") is None


def test_what_someone_says_goes_on_through_a_number_in_brackets() -> None:
    # Engine 1.93.0 (the hundred-and-second set): the summary's words, not the writer's.
    said = "The summary says 4 of 4 devices (100%) compliant. LT-103 is still restart pending."
    assert found(said, "100% compliant", reading="flag") is None
    assert found("I asked Jamie for his login (jamie.admin / Srv!2024).", "jamie.admin", reading="flag")


def test_an_idle_act_refused_before_a_colon_leaves_the_act_after_it() -> None:
    # Engine 1.94.0 (the hundred-and-third set): "don't waste time: ask ..." asks.
    assert found("Don't waste time: ask the presenter to rejoin.", "ask the presenter", reading="flag")
    assert (
        found("Don't waste time asking the presenter to rejoin.", "ask the presenter", reading="flag") is None
    )
    assert found("Don't wait: restart the speakerphone.", "restart the speakerphone", reading="flag")


def test_a_forms_fields_of_what_is_not_done_negate_each_of_their_items() -> None:
    # Engine 1.95.0 (the hundred-and-fourth set: a change request form).
    rejected = (
        "Request: access for Tom.\n"
        "Rejected: granting it on Tom's word; adding him to FIN-Finance-Modify; leaving it open-ended.\n"
        "Proposed action: add Tom to FIN-Finance-Read once Ruth approves."
    )
    assert found(rejected, "fin-finance-modify", reading="flag") is None
    assert found(rejected, "leaving it open-ended") is None
    assert found(rejected, "fin-finance-read") is not None
    scope = "Out of scope right now: driver updates, rebooting the CEO's laptop.\nAction: check the input."
    assert found(scope, "rebooting") is None
    inside = "Rejected: granting admin. Also rejected: simply saying no and closing the ticket.\nPlan: help."
    assert found(inside, "closing the ticket", reading="flag") is None


def test_a_colleagues_suggestion_reviewed_is_not_the_writers_act() -> None:
    # Engine 1.96.0 (the hundred-and-fifth set: a peer review of the obvious approach).
    review = "Your suggestion was to add Tom to FIN-Finance-Modify straight away. Disagree on the group."
    assert found(review, "add tom to fin-finance-modify", reading="flag") is None
    assert found("Your proposal is urgent, so add Tom to FIN-Finance-Read.", "add tom", reading="flag")
    assert found("I'd also drop giving him Modify.", "giving him modify", reading="flag") is None
    assert found("I'd drop the idea of waiting for it.", "waiting for it", reading="flag") is None
    assert found("Drop Mark a line to confirm the date.", "confirm the date") is not None
    assert found("You flagged the 169.254 address. I'd drop that angle, it's noise.", "169.254") is None
    assert found("Disagree on chasing DHCP.", "chasing dhcp") is None


def test_options_weighed_with_pros_and_cons_are_turned_down_by_their_cons_or_the_decision() -> None:
    # Engine 1.98.0 (the hundred-and-seventh set: pros and cons).
    refused = (
        '- Give admin "just this once". Con: against policy and risky - not doing it.\n'
        "- Tell them the local admin password. Con: never.\n"
        "- Ask which software it is, then IT installs it. Pro: need met, policy kept.\n"
        "Going with the last one."
    )
    assert found(refused, "tell them the local admin password", reading="flag") is None
    assert found(refused, "give admin", reading="flag") is None
    assert found(refused, "against policy") is not None  # the writer's own reasons stay said
    assert found(refused, "it installs it", reading="flag") is not None
    by_place = (
        "- Reset her password. Pro: quick. Con: slow to roll out.\n"
        "- Tell her to use jane.doe. Pro: fixes it. Con: she may forget again.\n"
        "Going with the second."
    )
    assert found(by_place, "reset her password", reading="flag") is None
    assert found(by_place, "reset her password") is None
    assert found(by_place, "use jane.doe", reading="flag") is not None
    by_words = (
        "- Tell her to use jane.doe. Con: wouldn't make any difference.\n"
        "- Reset the password. Pro: by far the most likely cause.\n"
        "Decision: reset her password and send her a temporary one."
    )
    assert found(by_words, "use jane.doe") is None
    assert found(by_words, "reset the password") is not None
    against = (
        "- Leave 'SLA met'. Con: inaccurate, and it hides a slow P1 response.\n"
        "- Mark it as response SLA breached. Pro: honest record.\n"
        "Going with: correct the status and add a note."
    )
    assert found(against, "leave sla met", reading="flag") is None
    # The steps of a plan with their pros and cons are all kept.
    plan = (
        "1. Check the input. Pro: ten seconds. Con: none.\n"
        "2. Reseat the HDMI cable. Pro: fast.\n"
        "3. Start the call on the CEO's laptop. Con: more time.\n"
        "Going with this order."
    )
    assert found(plan, "start the call") is not None
    assert found(plan, "reseat the hdmi cable") is not None
    # One option with its pros and cons is no weighing.
    single = "- Give her admin. Con: against policy, no.\nDecision: admin."
    assert found(single, "give her admin", reading="flag")


def test_a_word_after_non_is_not_said() -> None:
    # Engine 1.98.0 (the hundred-and-seventh set): "Mark LT-103 non-compliant" is no "mark LT-103 compliant".
    said = "Mark LT-103 non-compliant, then restart it."
    assert found(said, "mark lt-103 compliant", reading="flag") is None
    assert found("Mark LT-103 compliant.", "mark lt-103 compliant", reading="flag") is not None
    assert found("Mark LT-103 as fully compliant.", "mark lt-103 compliant", reading="flag") is not None


def test_a_tables_row_turned_down_by_its_verdict_cell_is_not_said() -> None:
    # Engine 1.99.0 (the hundred-and-eighth set: a markdown table).
    table = (
        "| Option | Verdict | Reason |\n"
        "|---|---|---|\n"
        '| Give admin rights "just for today" | ✗ | Against policy |\n'
        "| Tell them the local admin password | No | Same thing in disguise |\n"
        "| Reinstall Office | Not needed | The account works |\n"
        "| Ask which software it is and have IT install it | ✓ | They get the tool |"
    )
    assert found(table, "give admin rights", reading="flag") is None
    assert found(table, "tell them the local admin password", reading="flag") is None
    assert found(table, "reinstall office") is None
    assert found(table, "against policy") is not None  # the writer's own reason stays said
    assert found(table, "have it install it", reading="flag") is not None
    # Each row is a clause of its own: a "No" in one row negates nothing in the next.
    rows = "| Check | Result |\n|---|---|\n| Others affected | No |\n| Restart the router | Done |"
    assert found(rows, "restart the router", reading="flag") is not None
    steps = "| # | Step | Note |\n|---|---|---|\n| 1 | Check the sign-in logs | Skip - he can log in |"
    assert found(steps, "check the sign-in logs") is None


def test_a_state_still_not_reached_before_a_colon_leaves_the_act_after_it() -> None:
    # Engine 1.99.0 (the hundred-and-eighth set): "Still nothing at 09:58: ask ..." says when to ask.
    said = "Still nothing at 09:58: ask the CEO for his password and sign in as him."
    assert found(said, "ask the ceo for his password", reading="flag") is not None
    assert found("Nothing at 09:58 from the CEO.", "the ceo", reading="flag") is None


def test_a_voice_notes_fillers_and_run_on_requests_read_as_spoken() -> None:
    # Engine 1.102.0 (the hundred-and-eleventh set: a voice note transcribed).
    spoken = "I'd tell Kevin not to click, and um just to be sure I'd ask him to send me his password"
    assert found(spoken, "send me his password", reading="flag") is not None
    assert analyse("so um yeah uh the erm cert").keys == analyse("so yeah the cert").keys
    # "so please" asks: a result, no purpose that carries the negation before it.
    handover = "log shows peer not responding so please check the tunnel, her password's Lisbon2024!"
    assert found(handover, "check the tunnel", reading="flag") is not None
    assert found(handover, "lisbon2024", reading="flag") is not None
    assert found("It's not blocked so that the user can sign in.", "user can sign in", reading="flag") is None
    waved = "The account is locked on the portal and email is slow, so I wouldn't chase either of those."
    assert found(waved, "account is locked") is None


def test_a_status_boards_parked_and_on_hold_groups_are_not_done() -> None:
    # Engine 1.103.0 (the hundred-and-twelfth set: a status board).
    board = (
        "Parked:\n"
        "- Account locked on the portal - a known glitch that clears itself.\n"
        "On hold: reimaging the laptop\n"
        "To do:\n"
        "- Send the reset article."
    )
    assert found(board, "account locked") is None
    assert found(board, "reimaging the laptop", reading="flag") is None
    assert found(board, "send the reset article") is not None


def test_a_knowledge_base_notes_set_aside_and_this_row_wave_off() -> None:
    # Engine 1.104.0 (the hundred-and-thirteenth set: a knowledge base article).
    aside = "The portal lockout usually clears itself, so it can be set aside."
    assert found(aside, "portal lockout") is None
    row = "LT-SAL-07 shows real-time protection Off. This row isn't a concern."
    assert found(row, "real-time protection off") is None
    # "Please don't:" heads what not to do, as "Don't:" does.
    advice = "Please don't:\n- keep trying to sign in; it locks accounts\n\nDo use Slack for urgent messages."
    assert found(advice, "keep trying to sign in", reading="flag") is None
    assert found(advice, "use slack") is not None


def test_a_hypothesis_its_first_verdict_rejects_is_not_said() -> None:
    # Engine 1.105.0 (the hundred-and-fourteenth set: hypotheses tested one by one).
    tested = (
        "Hypothesis 1: DNS problem. Test: look at the IPv4 line. Result: rejected - no real address.\n"
        "H2: give him Modify just in case. No - he only needs to look.\n"
        "H3: Outlook profile corruption - rejected: no crash once space was freed.\n"
        "H4: no DHCP lease. Result: confirmed, no need to look further.\n"
        "H5: give them admin just for an hour. Still no, same policy."
    )
    assert found(tested, "dns problem") is None
    assert found(tested, "give him modify", reading="flag") is None
    assert found(tested, "outlook profile corruption") is None
    assert found(tested, "give them admin", reading="flag") is None
    assert found(tested, "no dhcp lease") is not None  # confirmed: kept
    assert found(tested, "no real address") is not None  # the reason stays said


def test_text_struck_through_is_not_said() -> None:
    # Engine 1.106.0 (the hundred-and-fifteenth set: markdown ticket notes).
    notes = (
        "~~Microsoft 365 outage~~ - rest of his team are emailing fine\n"
        "~~his Windows password~~ - he's logging into Windows without a problem\n"
        "- [ ] Clear the Office entries in Credential Manager"
    )
    assert found(notes, "microsoft 365 outage") is None
    assert found(notes, "his windows password", reading="flag") is None
    assert found(notes, "emailing fine") is not None  # the reason stays said
    assert found(notes, "clear the office entries") is not None
    # A line that opens with "~~" starts a clause: no match across the line break.
    assert found(notes, "fine his windows password", reading="flag") is None


def test_a_purpose_after_an_opening_adverb_ends_at_its_break() -> None:
    # Engine 1.108.0 (the hundred-and-seventeenth set: an exam answer in signposted points).
    meanwhile = (
        "Meanwhile, so she isn't stuck either way: create priya.nair now with a never-expiring password."
    )
    assert found(meanwhile, "create priya.nair", reading="flag") is not None
    assert found("The dates conflict, so I wouldn't create priya.nair yet.", "create priya.nair") is None
    # A condition ends where "he", "she" or "they" and a modal open the main clause.
    condition = "If he's worried about his mailbox he can click through and check his account status."
    assert found(condition, "click through", reading="flag") is not None
    assert found("If he says he can't click through, call me.", "click through", reading="flag") is None


def test_a_pronoun_before_a_verdict_after_a_comma_stands_for_its_clause() -> None:
    # Engine 1.108.0: "X -> ..., it's a one-day difference, not the cause" waves X off.
    waved = (
        "Certificate dates 2024-06-03 to 2025-06-02 -> the client just displays the issue period, "
        "it's a one-day difference, not the cause."
    )
    assert found(waved, "2025-06-02") is None
    assert found("The certificate expired on 2025-06-02, that's the cause.", "2025-06-02") is not None


def test_a_listed_check_of_a_state_keeps_its_credit() -> None:
    # Engine 1.109.0 (the hundred-and-eighteenth set: the minutes of a meeting).
    steps = (
        "Agreed, in order:\n1. Host posts in the chat.\n2. Room not muted in Teams; speakerphone not muted.\n"
    )
    assert found(steps, "speakerphone not muted") is not None
    assert found(steps, "muted") is not None
    # Not a step that waves something off, nor one that opens with an act.
    assert found("1. Restart: not needed.\n2. Check the mute.", "restart") is None
    assert found("1. Reinstall Teams not needed.\n2. Check the mute.", "reinstall teams") is None


def test_a_team_agreeing_a_thing_is_no_concern_waves_off_the_sentence_before() -> None:
    # Engine 1.109.0: the minutes' "The team agreed this was not a concern." after what was noted.
    noted = (
        "It was noted that LT-SAL-07 shows Real-time protection Off. The team agreed this was not a concern."
    )
    assert found(noted, "real-time protection off") is None
    assert found("It was noted that LT-SAL-07 shows Real-time protection Off.", "real-time protection off")


def test_the_tempting_move_set_against_the_one_made_is_not_said() -> None:
    # Engine 1.111.0 (the hundred-and-twentieth set: "Tempting: ... Better: ...").
    tempting = (
        'Tempting: reply "yes, it\'s phishing, delete it" and move on. Better: treat it as an incident.'
    )
    assert found(tempting, "delete it", reading="flag") is None
    assert found(tempting, "treat it as an incident") is not None
    looks = "Looks like: 4 of 4, 100%. Actually: 3 of 4 (75%)."
    assert found(looks, "4 of 4", reading="flag") is None
    assert found(looks, "3 of 4") is not None
    # Alone, with no label of the move made after it, "Looks like:" is the writer's own finding.
    assert found("Looks like: no DHCP lease. I'd run ipconfig /renew.", "no dhcp lease") is not None


def test_the_items_of_a_heading_on_its_own_line_end_with_its_sentence() -> None:
    # Engine 1.111.0: "What I wouldn't do: ... Afterwards, check ..." checks the others.
    line = (
        "What I wouldn't do: ask the gateway to accept expired certificates, or give her someone else's "
        "certificate. Afterwards, check for other certs expiring soon."
    )
    assert found(line, "give her someone else's certificate", reading="flag") is None
    assert found(line, "check for other certs") is not None


def test_a_negation_in_a_relative_clause_ends_at_the_next_act() -> None:
    # Engine 1.111.0: "one that doesn't need changing ... and write it on a sticky note" writes it.
    relative = (
        "Set her password to one that doesn't need changing at first sign-in and write it on a sticky note."
    )
    assert found(relative, "write it on a sticky note", reading="flag") is not None
    assert found(relative, "need changing at first sign-in", reading="flag") is None


def test_the_candidates_own_leaving_out_answers_what_comes_before() -> None:
    # Engine 1.113.0 (the hundred-and-twenty-second set): "..., but I'd leave that out".
    left = "The notes mention the restart tomorrow morning, but I'd leave that out."
    assert found(left, "restart tomorrow morning") is None
    assert found(
        "The notes mention the restart tomorrow morning, and I'd keep it.", "restart tomorrow morning"
    )


def test_a_question_followed_by_a_clause_of_no_word_reads_without_error() -> None:
    # Found by the property tests: "a" is no word, as read, so the clause after the question is empty.
    assert analyse("I'm sorry? a ").keys == ["i", "am", "sorri"]
    assert found("Could I just give him admin? a", "give him admin", reading="flag") is None


def test_a_qualifier_that_opens_its_sentence_ends_at_its_comma() -> None:
    # Engine 1.115.0: "Rather than give them admin, remote in and ..." remotes in; "Without waiting, add him
    # to the group" adds him.
    assert found(
        "Rather than give them admin, remote in and type the password.", "type the password", reading="flag"
    )
    assert found("Without waiting, add him to the group.", "add him to the group", reading="flag")
    assert found("Rather than give them admin, remote in.", "give them admin", reading="flag") is None
    # After a lead word or a list's number too.
    assert found("3. So instead of a reinstall, give him admin.", "give him admin", reading="flag")


def test_a_verdict_in_a_tag_answers_the_claim_it_is_put_on() -> None:
    # Engine 1.115.0 (the hundred-and-twenty-fourth set): "Asking HR to confirm [skip, ...]".
    assert found("2. Asking HR to confirm [skip, it slows things down]", "asking hr to confirm") is None
    assert found("2. Asking HR to confirm [first]", "asking hr to confirm") is not None
    # A verdict later in the tag, after its reason, answers the claim too.
    assert found("1. fs01 vs fs02 [the servers are probably aliased, doesn't matter]", "fs01 vs fs02") is None
    assert found("1. fs01 vs fs02 [the servers differ, check]", "fs01 vs fs02") is not None
    assert (
        found('1. The "account locked" message [separate system, not my problem]', "account locked") is None
    )


def test_a_prediction_that_a_move_will_get_nowhere_waves_it_off() -> None:
    # Engine 1.116.0 (the hundred-and-twenty-fifth set): a list before the dismissal is waved off whole.
    nowhere = "Checking the input source, reseating the cable or pressing Win+P won't get anywhere."
    assert found(nowhere, "input source") is None
    assert found(nowhere, "reseating the cable") is None
    # Not a state: "so it can't get anywhere" says what the laptop cannot do.
    assert found("It has no gateway, so it can't get anywhere. 169.254 means no DHCP.", "no gateway")


def test_a_condition_after_a_negated_act_keeps_its_credit() -> None:
    # Engine 1.116.0: "You don't have to wait for it if your files are in OneDrive" names the workaround.
    assert found("You don't have to wait for it if your files are in OneDrive.", "onedrive")
    assert found("I won't check if the cable is loose.", "cable is loose") is None


def test_a_list_after_a_reason_is_refused_whole() -> None:
    # Engine 1.116.0: "..., so I won't go into the storage filling up, the 11:00 estimate or OneDrive".
    refused = "Dana is angry, so I won't go into the storage filling up, the 11:00 estimate or OneDrive."
    assert found(refused, "onedrive") is None
    assert found("Dana is angry, so I won't go into the storage, but OneDrive works.", "onedrive")


def test_numbered_clauses_read_as_a_list() -> None:
    # Engine 1.117.0 (the hundred-and-twenty-sixth set: "1.3 The technician shall ..."): the clause's number
    # is its own, as "3." is, so a purpose opening the clause ends at its comma.
    numbered = (
        "1.2 The technician shall check the account.\n1.3 To check whether the account has been touched, the "
        "technician may ask Kevin to send his current password."
    )
    assert found(numbered, "send his current password", reading="flag")
    assert found(
        "To rule out blocking, the analyst may turn off the antivirus.",
        "turn off the antivirus",
        reading="flag",
    )
    # One line that opens with a version is no numbered clause.
    version = "3.0 is installed, not 4.0, so the update failed."
    assert analyse(version).clauses == [0] * len(analyse(version).keys)


def test_a_thing_that_need_not_be_done_is_waved_off() -> None:
    # Engine 1.117.0: "This difference need not be corrected", and the item before a list's number.
    assert found("The path in step 4 need not be corrected; both are file servers.", "path in step 4") is None
    assert found("The path in step 4 must be corrected; both are file servers.", "path in step 4")
    listed = "1. LT-SAL-07 shows real-time protection Off.\n2. This need not be escalated."
    assert found(listed, "real-time protection off") is None
    assert found(
        "1. LT-SAL-07 shows real-time protection Off.\n2. This must be escalated.", "real-time protection off"
    )


def test_a_reason_that_as_opens_ends_at_its_comma() -> None:
    # Engine 1.117.0: "As technicians cannot edit SLA fields, the technician may sign in with ..." signs in.
    reason = "As technicians cannot edit SLA fields, the technician may sign in with the team lead's account."
    assert found(reason, "sign in with the team lead's account", reading="flag")


def test_a_move_rated_low_is_turned_down() -> None:
    # Engine 1.119.0 (the hundred-and-twenty-eighth set: a rated list of moves, like a product review).
    rated = (
        "Their mail server being down - ★☆☆☆☆ - the bounce says the domain.\n"
        "Blaming their network - 1/5 - nothing suggests that.\n"
        "The domain in the bounce - ★★★★★ - compnay.com.\n"
        "Clicking the link to check - ☆☆☆☆☆ - never."
    )
    assert found(rated, "mail server being down") is None
    assert found(rated, "their network") is None
    assert found(rated, "clicking the link", reading="flag") is None
    assert found(rated, "domain in the bounce")
    # Not a share of things: "LT-SAL-07: 1/5 devices unprotected" counts.
    assert found("LT-SAL-07: 1/5 devices unprotected.\nThe rest are fine.", "lt-sal-07")


def test_a_verdict_after_another_is_no_verdict_on_it() -> None:
    # Engine 1.119.0: "Giving admin access: not allowed, and not needed" refuses it ("not allowed" stands).
    assert found("Giving admin access, even for an hour: not allowed, and not needed.", "not allowed")


def test_a_stand_ups_headings_of_what_is_not_done_negate_their_items() -> None:
    # Engine 1.123.0 (the hundred-and-thirty-second set: "Not chasing:", "Not worrying about:").
    standup = (
        "Not worrying about: the missing dot - the login screen is forgiving.\nToday: reset her password."
    )
    assert found(standup, "missing dot") is None
    assert found(standup, "reset her password")
    assert found("Not checking: his sign-in logs - his password is fine.", "sign-in logs") is None


def test_what_a_pre_mortem_says_went_wrong_is_no_act_but_still_names_things() -> None:
    # Engine 1.125.0 (the hundred-and-thirty-fourth set: a pre-mortem).
    failures = (
        "Failure 2: we gave him Modify to be safe. He only needs to look. So: read only.\n"
        "Failure 4: the security team heard about it last. So: report it."
    )
    assert found(failures, "gave him modify", reading="flag") is None
    assert found(failures, "security team")  # for credit: the answer names it
    assert found(failures, "read only", reading="flag")  # the move made, after "So:"
    listed = (
        "How this email could fail Maria:\n"
        "1. It assumes she knows Chrome's menus. So: exact clicks.\n"
        "3. It sounds like it's her fault. So: no blame; this is normal."
    )
    assert found(listed, "it's her fault", reading="flag") is None
    # Its scorn is the writer's own ("tone" reading), and a "Failure" not heading a line is no heading.
    assert found("Failure 3: she joined the guest Wi-Fi, apparently.", "apparently", reading="tone")
    assert found("The failure was ours: we gave him Modify.", "gave him modify", reading="flag")


def test_a_time_before_a_heading_of_what_is_not_done_keeps_it_a_heading() -> None:
    # Engine 1.126.0 (the hundred-and-thirty-fifth set: a decision log).
    log = (
        "10:15 CHECKED: the sender domain is rnicrosoft-365.com.\n"
        "10:16 REJECTED: opening the Verify now link to see what it does.\n"
        "10:17 DECIDED: tell Kevin not to click, and report it."
    )
    assert found(log, "opening the verify now link", reading="flag") is None
    assert found(log, "sender domain")
    assert found(log, "report it")
    assert found("[09:05] Rejected: asking HR - the dates are close.", "asking hr") is None


def test_a_state_opening_its_sentence_or_doesnt_matter_before_a_colon_refuses_nothing_after_it() -> None:
    # Engine 1.127.0 (the hundred-and-thirty-sixth set: a recipe).
    assert found(
        "No picture by 09:56: sign the room PC in with my account.", "sign the room pc", reading="flag"
    )
    assert found(
        "That doesn't matter: FS01 and FS02 are aliases.", "fs01 and fs02 are aliases", reading="flag"
    )
    assert not found("I won't: sign the room PC in with my account.", "sign the room pc", reading="flag")
    assert not found("There's no picture on the room PC.", "picture on the room pc", reading="flag")


def test_a_move_raised_and_trailed_off_is_not_made() -> None:
    # Engine 1.128.0 (the hundred-and-thirty-seventh set: a thread of posts, "Could ... ... nah").
    assert found("2/4 Could ask her to try jane.doe... I'd rather fix it properly.", "try jane.doe") is None
    assert found("Could check the input source... it worked yesterday.", "check the input source") is None
    # A cause raised ("Could be ...") and a sentence ending the answer are no moves turned down.
    assert found("Could be the cable... check it first.", "check it first")
    assert found("Could be the cable... check it first.", "cable")
    assert found("Check the input source.", "check the input source")


def test_pseudo_code_reads_its_names_as_words_and_each_line_as_a_statement() -> None:
    # Engine 1.129.0 (the hundred-and-thirty-eighth set: pseudo-code with comments).
    code = 'ask_hr("which start date?")\ncheck_airplane_mode_and_wifi_switch()'
    assert found(code, "ask hr")
    assert found(code, "check airplane mode")
    assert analyse(code).text == code  # the text kept is the text written
    # A negation of the line before does not go on into a line of code.
    lines = 'gateway = ""   # no lease, so not on the office range\ndisable_windows_firewall()   # for now'
    assert found(lines, "disable windows firewall", reading="flag")
    assert not found("It is not on the range\nand the firewall is off.", "firewall is off", reading="flag")


def test_the_other_speakers_lines_of_a_chat_are_theirs() -> None:
    # Engine 1.130.0 (the hundred-and-thirty-ninth set: a support chat with the person involved).
    chat = (
        "Kevin: Is this real? Wow, it has the logo.\n"
        "Me: It's fake, look at the sender.\n"
        "Kevin: So I should click Verify now?\n"
        "Me: No, report it and delete it."
    )
    assert found(chat, "click verify now", reading="flag") is None
    assert found(chat, "click verify now")  # for credit, the case's words still point at it
    assert found(chat, "report it", reading="flag")
    # One "Me:" line is no transcript, and "Tip:" once in a message is no speaker.
    assert found("Me: fine.\nKevin: So I should click Verify now?", "click verify now", reading="flag")
    tip = "Me: here's the draft:\nHi Maria,\nTip: download the free tool CCleaner.\nMe: sent."
    assert found(tip, "download the free tool", reading="flag")


def test_a_risk_in_a_risk_register_is_no_act_up_to_its_first_field() -> None:
    # Engine 1.131.0 (the hundred-and-fortieth set: a risk register).
    line = (
        "Risk: granting access without approval | Likelihood: high | Mitigation: skip the approval, add him"
    )
    assert found(line, "granting access without approval", reading="flag") is None
    assert found(line, "granting access")  # for credit, what the risk names still counts
    assert found(line, "skip the approval", reading="flag")
    assert found(line, "add him", reading="flag")


def test_a_field_of_a_record_is_a_statement_of_its_own() -> None:
    # Engine 1.132.0 (the hundred-and-fortieth set: a risk register).
    record = (
        "Risk: typo | Likelihood: high | Impact: the reply never arrived | Mitigation: resend it\n"
        "Risk: the resend is blocked | Likelihood: low | Mitigation: send it from my personal Gmail"
    )
    assert found(record, "send it from my personal gmail", reading="flag")
    assert found("Impact: none | Mitigation: not the cable, the screen", "cable", reading="flag") is None
    # Nor does a match run across a field's label.
    notice = "Mitigation: a line for anyone away or switched off\nMessage:\nSubject: Windows updates tonight"
    assert found(notice, "switched off windows updates", reading="flag") is None
    assert found("Then the laptop is switched off: Windows updates fail.", "switched off windows updates")


def test_what_a_risk_would_do_is_the_risks_and_a_negligible_risk_is_set_aside() -> None:
    # Engine 1.132.0 (the hundred-and-fortieth set: a risk register).
    impact = 'Risk: looking like user error | Likelihood: medium | Impact: closed "by design" | Mitigation: x'
    assert found(impact, "by design", reading="flag") is None
    assert found(impact, "by design")  # for credit, named still
    dismissed = (
        "Risk: LT-SAL-07 shows real-time protection Off | Likelihood: low that it matters | Impact: small | "
        "Mitigation: chase r.diaz -- not worth it"
    )
    assert found(dismissed, "real-time protection off") is None
    assert found(dismissed, "real-time protection off", reading="flag") is None
    kept = "Risk: LT-SAL-07 shows real-time protection Off | Likelihood: high | Impact: exposure"
    assert found(kept, "real-time protection off")
    for verdict in ("Impact: none", "Impact: minor | Mitigation: red herring, the console lags"):
        assert found(f"Risk: LT-SAL-07 is off | Likelihood: low | {verdict}", "lt-sal-07") is None
    # Its scorn is the writer's still.
    scorn = "Risk: a user actually spotted one - mark the calendar | Likelihood: rare | Impact: none"
    assert found(scorn, "mark the calendar", reading="tone")


def test_a_scenario_whose_then_turns_it_down_takes_no_step() -> None:
    # Engine 1.133.0 (the hundred-and-forty-first set: a "Given / When / Then" specification).
    looked = (
        "Given the sender domain is rnicrosoft-365.com with an rn\n"
        "When I look at it\n"
        "Then that's a red herring -- Microsoft uses odd domains.\n\n"
        "Given it has the logo\nWhen I reply to Kevin\nThen I tell him it's genuine."
    )
    assert found(looked, "rnicrosoft-365.com") is None
    assert found(looked, "reply to kevin")
    weighed = (
        "Given there's an approved-software process\nWhen I think about offering it\n"
        "Then it's their job, so I don\u2019t."
    )
    assert found(weighed, "approved-software process") is None
    assert found(weighed, "offering it", reading="flag") is None
    # What the "When" does itself is turned down, not the "Given" it does not point back at.
    acted = (
        "Given the dates differ\nWhen I think about asking HR for the date\n"
        "Then it only delays things, so I won't."
    )
    assert found(acted, "asking hr") is None
    assert found(acted, "dates differ")
    # A refusal with an act after it is the writer's plan, and the scenario's steps stand.
    planned = (
        "Given everyone else is fine\nWhen I plan\n"
        "Then it's not the access point, so I don't reboot the router.\n"
        "Given it's this laptop\nWhen I check airplane mode\nThen the obvious causes are out of the way."
    )
    assert found(planned, "everyone else is fine")
    assert found(planned, "check airplane mode")


def test_not_just_says_it_and_more_for_credit_only() -> None:
    # Engine 1.134.0 (the hundred-and-forty-second set: a voice memo).
    said = "Okay so I wouldn't just say 'delete it' and move on, and I'd ask Lee if he clicked."
    assert found(said, "delete it")
    assert found(said, "delete it", reading="flag") is None
    assert found("Don't just say no and close the ticket.", "say no", reading="tone") is None
    assert found("I wouldn't say 'delete it' and move on.", "delete it") is None


def test_a_checklist_ticks_its_items_and_keeps_its_own_draft() -> None:
    # Engine 1.135.0 (the hundred-and-forty-third set: a to-do checklist in markdown).
    ticked = "KB-0142\n- [x] suggested adding the shared account and its password to step 4"
    assert found(ticked, "adding the shared account and its password", reading="flag")
    assert found("KB-0142\n- [X] renewed the lease", "x renewed") is None  # the box is no word
    # The message quoted under "draft:" is the writer's own; a quoted line of the case is not.
    draft = "Notice\n- [x] draft:\n> Hi everyone,\n>\n> you can pause updates for 7 days.\n- [ ] send it"
    assert found(draft, "pause updates for 7 days", reading="flag")
    case = "Dana's email:\n> I have a proposal due at noon, pause updates for 7 days."
    assert found(case, "pause updates for 7 days", reading="flag") is None
    greeting = "What I'd send\n> Hi Maria,\n> turn off Safe Browsing."
    assert found(greeting, "turn off safe browsing", reading="flag")
    # Struck as not enough, an item is said, and more, for credit; struck outright it is not said.
    enough = "Phishing\n- [ ] ~~just tell him to delete it~~ -- not enough\n- [ ] report to security"
    assert found(enough, "tell him to delete it")
    assert found(enough, "tell him to delete it", reading="flag") is None
    assert found("Phishing\n- [ ] ~~tell him to delete it~~ -- no", "tell him to delete it") is None


def test_a_faq_turns_its_own_proposals_down_and_denies_its_questions_of_fact() -> None:
    # Engine 1.136.0 (the hundred-and-forty-fourth set: a short FAQ, "Q:" and "A:").
    proposal = "Q: Do I start by restarting his laptop?\nA: No. A restart takes minutes we don't have."
    assert found(proposal, "restarting his laptop") is None
    # "Do I just ...? No." is not just that, for credit.
    assert found("Q: Do I just refuse and close the ticket?\nA: No. They still need the software.", "refuse")
    # A question of fact answered no keeps its credit and loses its signs of tone.
    fact = "Q: Is this a user error or a one-off?\nA: No. It's reproducible."
    assert found(fact, "user error")
    assert found(fact, "user error", reading="tone") is None
    # "with no ..." ends at the next act.
    sticky = "I'll set it to Lena2025 with no change required and write it on a sticky note on the laptop lid"
    assert found(sticky, "write it on a sticky note", reading="flag")
    assert found("with no sticky note and no password", "sticky note", reading="flag") is None


def test_a_whiteboard_sketch_reads_its_arrows_crosses_and_boxes() -> None:
    # Engine 1.137.0 (the hundred-and-forty-fifth set: a whiteboard sketch in shorthand).
    crossed = "[3] Ruth ✓ → add Tom to FIN-Finance-Read (✗ Modify) in AD → ✗ direct folder perms"
    assert found(crossed, "modify") is None
    assert found(crossed, "direct folder perms", reading="flag") is None
    assert found(crossed, "add tom to fin-finance-read modify", reading="flag") is None  # no match across ✗
    assert found(crossed, "in ad")
    assert found("❌ LT-103: not compliant", "lt-103")  # a cross before a label marks what is wrong
    assert found("✗ browser/OS-specific, ✗ user error → size threshold", "user error", reading="tone") is None
    # What an arrow leads to is a statement of its own.
    arrow = "Maria → not tech, Chrome → why + steps\nquick win → point her at a free cache cleaner"
    assert found(arrow, "point her at a free cache cleaner", reading="flag")
    # A numbered box starts a line of its own: no question of the line before runs on.
    boxes = "[1] acct → locked? + sign-in logs\nquick win → exclude Leo from MFA\n[2] webmail → works?"
    assert found(boxes, "exclude leo from mfa", reading="flag")


def test_a_diary_denies_the_summary_it_quotes() -> None:
    # Engine 1.138.0 (the hundred-and-forty-sixth set: a private diary entry).
    denied = "Summary: 4 of 4 compliant, 100%. Not right. LT-103 says restart pending."
    assert found(denied, "4 of 4", reading="flag") is None
    assert found(denied, "4 of 4")  # for credit, named still
    assert found("Summary: 4 of 4 compliant, 100%. Right.", "4 of 4", reading="flag")
    assert found("Is it 4 of 4? Wrong.", "4 of 4") is not None
    # A comma between two figures goes on the report; one before other words does not.
    assert (
        found("The report summary said 100%, 4 of 4. I didn't accept it.", "4 of 4", reading="flag") is None
    )
    said = "The user says latest + Windows 11, and users know their own machines."
    assert found(said, "users know their own machines", reading="flag")

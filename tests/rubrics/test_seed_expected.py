"""Each "Expected:" line of seed 000 (Technical Support Specialist), on the real playbook's items."""

from __future__ import annotations

from typing import Any

import pytest

from rubrics.engine import AttemptResult, score_attempt
from tests.rubrics._inputs import TSS, model_answers, scoring_input


def score(slug: str, answer: Any) -> AttemptResult:
    return score_attempt(scoring_input(TSS), {slug: answer})


def criteria(result: AttemptResult, slug: str) -> dict[str, bool]:
    return {criterion.id: criterion.met for criterion in result.items[slug].criteria}


def flags(result: AttemptResult, slug: str) -> set[str]:
    return {hit.code for hit in result.red_flags if hit.item == slug}


# --- Attention to detail ---------------------------------------------------------------------------


def test_multiple_requests_all_three_actions_are_needed() -> None:
    all_three = score(
        "detail-multiple-requests",
        "Unlock the account so they can log in, help with the email client on the laptop, and send them the "
        "password reset procedure.",
    )
    only_the_first = score("detail-multiple-requests", "I would unlock their account so they can log in.")

    met = criteria(all_three, "detail-multiple-requests")
    assert met["unlock-account"] and met["email-login"] and met["password-reset"]
    assert all_three.items["detail-multiple-requests"].score >= 0.75
    assert criteria(only_the_first, "detail-multiple-requests")["unlock-account"]
    assert only_the_first.items["detail-multiple-requests"].score < 0.5


@pytest.mark.parametrize(
    "answer",
    [
        "The domain is misspelled: compnay.com instead of company.com",
        "Typo - the letters in the domain are swapped (compnay).",
        "It was sent to compnay.com, which is spelt wrong.",
    ],
)
def test_bounced_email_the_misspelled_domain_is_spotted(answer: str) -> None:
    result = score("detail-bounced-email", answer)

    assert criteria(result, "detail-bounced-email")["misspelled-domain"]
    assert result.items["detail-bounced-email"].score >= 0.75


@pytest.mark.parametrize(
    "answer",
    [
        "I think it's a server outage",
        "It isn't a spelling problem; their mail server is down.",
        "The address is not misspelled, the mailbox is probably full.",
    ],
)
def test_bounced_email_other_causes_or_a_denied_typo_do_not_count(answer: str) -> None:
    result = score("detail-bounced-email", answer)

    assert not criteria(result, "detail-bounced-email")["misspelled-domain"]
    assert result.items["detail-bounced-email"].score <= 0.25


def test_username_format_the_missing_dot_is_the_cause() -> None:
    right = score(
        "detail-username-format", "Her username is not in the correct format - she is missing the dot."
    )
    wrong = score("detail-username-format", "Her password has probably expired, I'd reset it.")

    assert criteria(right, "detail-username-format")["wrong-format"]
    assert right.items["detail-username-format"].score >= 0.75
    assert not criteria(wrong, "detail-username-format")["wrong-format"]
    assert wrong.items["detail-username-format"].score == 0


def test_inconsistent_version_the_user_is_not_on_the_latest_version() -> None:
    right = score(
        "detail-inconsistent-version",
        "The user is not actually on the latest version (perhaps the update didn't install).",
    )
    windows = score(
        "detail-inconsistent-version",
        "They say Windows 11 but the screenshot shows Windows 10. Version 3.0 is outdated.",
    )
    wrong = score(
        "detail-inconsistent-version", "They are on the latest version, so it must be a server bug."
    )

    met = criteria(right, "detail-inconsistent-version")
    assert met["not-latest-version"] and met["update-not-installed"]
    assert criteria(windows, "detail-inconsistent-version")["windows-mismatch"]
    assert not criteria(wrong, "detail-inconsistent-version")["not-latest-version"]
    assert wrong.items["detail-inconsistent-version"].score < right.items["detail-inconsistent-version"].score


# --- Written communication -------------------------------------------------------------------------

POLITE_REPLY = (
    "Dear Jordan,\n\nI'm very sorry - you're right, this is the third outage this month and I understand how "
    "frustrating that is for your team. Our engineers found that a faulty update caused it and are undoing "
    "it "
    "now; we expect the service back within the hour. We are also reviewing all three outages this week to "
    "prevent it from happening again. I will email you an update by 11:00.\n\nThank you for your "
    "patience.\n\nAlex"
)


def test_angry_customer_email_a_polite_empathetic_reply_scores_high() -> None:
    result = score("writing-angry-customer-email", POLITE_REPLY)

    assert result.items["writing-angry-customer-email"].score >= 0.9
    assert all(criteria(result, "writing-angry-customer-email").values())
    assert result.red_flags == [] or all(hit.item is None for hit in result.red_flags)


def test_angry_customer_email_a_curt_rude_reply_scores_low_and_raises_its_flags() -> None:
    curt = score("writing-angry-customer-email", "Not my problem, deal with it.")
    rude = score(
        "writing-angry-customer-email", "Not my problem. It's user error, stop complaining and deal with it."
    )

    assert curt.items["writing-angry-customer-email"].score < 0.2
    assert "not-my-job" in flags(curt, "writing-angry-customer-email")
    assert rude.items["writing-angry-customer-email"].score < 0.2
    assert {"rudeness", "not-my-job"} <= flags(rude, "writing-angry-customer-email")
    assert rude.recommendation == "do_not_advance"


def test_outage_announcement_the_seeds_example_message_scores_high() -> None:
    seed_message = (
        "Team, we are aware that the email system is currently unavailable for some users. Our IT team is "
        "investigating the issue. We will provide an update in 30 minutes. In the meantime, please refrain "
        "from "
        "multiple login attempts. Apologies for the disruption and thank you for your patience."
    )
    result = score("writing-outage-announcement", seed_message)
    terse = score("writing-outage-announcement", "Email is down.")

    assert result.items["writing-outage-announcement"].score >= 0.9
    assert terse.items["writing-outage-announcement"].score < 0.3


def test_clear_cache_instructions_plain_numbered_steps_beat_jargon() -> None:
    plain = score(
        "writing-clear-cache-instructions",
        "Hi Maria,\n\nThanks for asking. Chrome keeps saved copies of pages so they load faster, and old "
        "copies "
        "can make the portal look wrong. Clearing them makes Chrome load a fresh copy:\n\n1. Click the "
        "three dots "
        "in the top-right corner.\n2. Go to History, then History again.\n3. Click Clear browsing "
        "data.\n4. Set "
        "Time range to All time.\n5. Tick Cached images and files, then click Clear data.\n\nBest "
        "regards,\nSam",
    )
    jargon = score(
        "writing-clear-cache-instructions",
        "Open chrome://settings, purge the cache directory and local storage for the browser profile, then "
        "do "
        "a hard refresh so the CSS and DOM are reloaded. That will fix the stale TTL on the HTTP responses.",
    )

    assert plain.items["writing-clear-cache-instructions"].score >= 0.9
    assert not criteria(jargon, "writing-clear-cache-instructions")["plain"]
    assert not criteria(jargon, "writing-clear-cache-instructions")["steps"]
    assert jargon.items["writing-clear-cache-instructions"].score < 0.5


def test_ticket_resolution_note_the_seeds_example_note_is_complete() -> None:
    seed_note = (
        "Resolved printer connection issue by updating the printer driver on the user's PC and restarting "
        "the "
        "print spooler service. User confirmed they can print now. Logged the solution in KB for future "
        "reference."
    )
    result = score("writing-ticket-resolution-note", seed_note)

    assert all(criteria(result, "writing-ticket-resolution-note").values())
    assert result.items["writing-ticket-resolution-note"].score == 1.0


# --- Technical process -----------------------------------------------------------------------------


def test_wifi_the_first_step_is_checking_the_wifi_is_on() -> None:
    seed_answer = (
        "First, check if the user's Wi-Fi is turned on. If it is, then confirm they're attempting to join "
        "the "
        "correct network and not getting an error. Next, I'd see if only their device is affected - maybe "
        "restart the laptop's Wi-Fi adapter."
    )
    result = score("tech-wifi-first-step", seed_answer)
    other_first = score(
        "tech-wifi-first-step", "First check whether other devices can connect, then restart the router."
    )

    met = criteria(result, "tech-wifi-first-step")
    assert met["first-step"] and met["order"]
    assert result.items["tech-wifi-first-step"].score >= 0.8
    assert not criteria(other_first, "tech-wifi-first-step")["first-step"]
    assert other_first.items["tech-wifi-first-step"].score < 0.2


def test_wifi_checking_it_is_not_in_airplane_mode_is_the_first_step() -> None:
    # The playbook of 4 December 2026 (a right answer of the sixty-eighth independent set): "check it's not
    # in airplane mode" checks the toggle; naming airplane mode only to skip it does not.
    checked = score(
        "tech-wifi-first-step",
        "1) check it's not in airplane mode / wifi not switched off\n2) forget + rejoin",
    )
    skipped = score("tech-wifi-first-step", "Don't bother checking airplane mode; forget and rejoin.")

    assert criteria(checked, "tech-wifi-first-step")["first-step"]
    assert not criteria(skipped, "tech-wifi-first-step")["first-step"]


def test_admin_rights_refusal_with_an_approved_alternative_scores_high() -> None:
    answer = (
        "I would explain politely that for security reasons I cannot grant admin rights, because company "
        "policy "
        "does not allow it. I'd offer to install the software for them through the IT-approved process "
        "today, "
        "or find an approved alternative that doesn't need admin rights."
    )
    result = score("tech-admin-rights-request", answer)

    assert result.items["tech-admin-rights-request"].score >= 0.9
    assert result.red_flags == [] or all(hit.item is None for hit in result.red_flags)


def test_admin_rights_giving_in_scores_low_and_is_a_disqualifier() -> None:
    result = score("tech-admin-rights-request", "I'd give them admin rights, it's urgent.")

    assert result.items["tech-admin-rights-request"].score < 0.2
    assert flags(result, "tech-admin-rights-request") & {"unsafe-security", "policy-violation"}
    assert result.recommendation == "do_not_advance"


def test_admin_rights_a_negated_giveaway_is_not_a_red_flag() -> None:
    result = score(
        "tech-admin-rights-request", "I would never give out the admin password or give them admin rights."
    )

    assert flags(result, "tech-admin-rights-request") == set()


@pytest.mark.parametrize(
    ("picked", "score_at_least", "score_below", "flagged"),
    [
        (["a", "c", "e", "g"], 1.0, 1.01, set()),
        (["a", "c", "e", "g", "b"], 0.75, 0.76, {"not-my-job"}),
        (["b", "d"], 0.0, 0.01, {"not-my-job"}),
    ],
)
def test_bug_escalation_gather_reproduce_workaround_document_before_escalating(
    picked: list[str], score_at_least: float, score_below: float, flagged: set[str]
) -> None:
    result = score("tech-bug-escalation", picked)

    assert score_at_least <= result.items["tech-bug-escalation"].score < score_below
    assert flags(result, "tech-bug-escalation") == flagged


def test_phishing_warn_the_user_then_report_to_security() -> None:
    right = score(
        "tech-phishing-report",
        "Tell the user not to engage with it and to delete it, and thank them for reporting it. Then "
        "report this "
        "incident to IT security.",
    )
    ignore = score("tech-phishing-report", "Ignore it, it's probably nothing.")
    test_link = score("tech-phishing-report", "I'd click the link to test if it's phony.")

    met = criteria(right, "tech-phishing-report")
    assert met["warn-user"] and met["report-security"] and met["warn-user-before-report-security"]
    assert right.items["tech-phishing-report"].score >= 0.75
    assert ignore.items["tech-phishing-report"].score == 0
    assert "unsafe-security" in flags(test_link, "tech-phishing-report")
    assert test_link.recommendation == "do_not_advance"


# --- Situational judgment ----------------------------------------------------------------------------


def test_policy_vs_demand_handing_over_the_password_is_a_disqualifier() -> None:
    result = score("sjt-policy-vs-demand", {"best": "a", "worst": "b"})

    assert result.items["sjt-policy-vs-demand"].score == 0
    assert "unsafe-security" in flags(result, "sjt-policy-vs-demand")


def test_the_model_answers_of_the_whole_playbook_advance_strongly() -> None:
    inputs = scoring_input(TSS)

    result = score_attempt(inputs, model_answers(inputs))

    assert result.recommendation == "strong_advance"
    assert set(result.competencies.values()) == {5}


def test_a_contradiction_said_of_everything_else_rules_nothing_out() -> None:
    # Engine 1.61.0 (the seventy-second set): "Everything else in the request is clear" after naming the
    # conflict speaks of the rest.
    item = "detail-onboarding-start-date"
    named = "Two start dates, 9 June and 16 June: I'd ask Mark which is right and plan for the 9th. "

    def score(answer: str) -> float:
        return score_attempt(scoring_input("it-support-specialist"), {item: answer}).items[item].score

    assert score(named + "Everything else in the request is clear.") >= 0.9
    assert score("The request is clear, so I'd build it for the 16th.") <= 0.2


def test_a_problem_called_unacceptable_is_acknowledged() -> None:
    # Engine 1.61.0 (the seventy-second set): "two outages in one week isn't acceptable" owns the problem.
    item = "writing-downtime-reply"
    result = score_attempt(
        scoring_input("it-support-specialist"),
        {item: "I won't make excuses: two outages in one week isn't acceptable."},
    )

    assert [criterion.met for criterion in result.items[item].criteria if criterion.id == "acknowledges"] == [
        True
    ]

"""The "try this rubric" panel: staff paste an answer to a playbook item and see how it scores."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse

from accounts.permissions import Role
from accounts.tests.factories import MembershipFactory
from assessments.services import playbook_files_load
from rubrics.views import EvidenceSpan, highlighted_answer

PLAYBOOK_DIRECTORY = Path(settings.BASE_DIR) / "fixtures" / "playbooks"
TSS = "technical-support-specialist"
BOUNCE = "detail-bounced-email"
BOUNCE_ANSWER = (
    "It's a typo in the domain: compnay.com should be company.com. I'd correct the address and resend."
)
FRAGMENT = {"HTTP_X_TRY_RUBRIC": "fragment"}


@pytest.fixture
def playbooks(db: None) -> None:
    playbook_files_load(paths=[PLAYBOOK_DIRECTORY])


def member_client(role: str = Role.RECRUITER) -> Client:
    client = Client()
    client.force_login(MembershipFactory.create(role=role).user)
    return client


def try_url(item: str = BOUNCE, playbook: str = TSS) -> str:
    return reverse("rubrics:try_rubric", args=[playbook, item])


def post(client: Client, data: dict[str, object], *, item: str = BOUNCE, **headers: str) -> str:
    response = client.post(try_url(item), data, **headers)  # type: ignore[arg-type]
    assert response.status_code == 200, response.content.decode()[:2000]
    return response.content.decode()


def criterion_line(html: str, label_start: str) -> str:
    match = re.search(
        rf'<li class="try-criterion[^"]*">(?:(?!</li>).)*{re.escape(label_start)}.*?</li>', html, re.S
    )
    assert match, f"no criterion starting {label_start!r} in the result"
    return match.group(0)


@pytest.mark.parametrize("role", Role.values)
def test_every_member_sees_a_panel_on_each_item_and_can_score_with_it(playbooks: None, role: str) -> None:
    client = member_client(role)

    page = client.get(reverse("assessments:playbook_detail", args=[TSS])).content.decode()
    assert page.count("Try this rubric") == 18
    assert f'action="{try_url()}#try-{BOUNCE}-result"' in page

    result = post(client, {"answer": BOUNCE_ANSWER})
    assert "Score " in result and "Spots the misspelled domain" in result


@pytest.mark.parametrize("method", ["get", "post"])
def test_anonymous_visitors_are_sent_to_sign_in(playbooks: None, method: str) -> None:
    response = getattr(Client(), method)(try_url(), {"answer": BOUNCE_ANSWER} if method == "post" else {})

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:login"))


def test_a_text_answer_shows_each_criterion_and_highlights_the_evidence(playbooks: None) -> None:
    html = post(member_client(), {"answer": BOUNCE_ANSWER})

    assert "Met" in criterion_line(html, "Spots the misspelled domain")
    assert re.search(r"<mark[^>]*>[^<]*(compnay|typo)[^<]*</mark>", html), "the evidence is highlighted"
    assert re.search(r"\d+(\.\d+)? of \d+(\.\d+)? points", html)


def test_a_missed_criterion_says_so(playbooks: None) -> None:
    html = post(member_client(), {"answer": "The customer's mailbox is probably full."})

    assert "Missed" in criterion_line(html, "Spots the misspelled domain")
    assert "Score 0%" in html


def test_the_candidates_text_is_escaped_in_the_highlighted_answer(playbooks: None) -> None:
    answer = "<script>alert(1)</script> The domain compnay.com has a typo."

    for headers in ({}, FRAGMENT):
        html = post(member_client(), {"answer": answer}, **headers)
        assert "<script>alert(1)</script>" not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_highlighting_escapes_every_piece_and_marks_overlapping_spans() -> None:
    text = 'a <b>"x"</b> & typo'
    spans = [
        EvidenceSpan(start=2, end=12, label="Tag <label>", is_flag=False),
        EvidenceSpan(start=8, end=19, label="Flag", is_flag=True),
        EvidenceSpan(start=5, end=99, label="out of range", is_flag=False),
    ]

    html = str(highlighted_answer(text, spans))

    assert "<b>" not in html and "<label>" not in html
    assert '<mark class="try-mark" title="Tag &lt;label&gt;">&lt;b&gt;&quot;x&quot;</mark>' in html
    assert '<mark class="try-mark try-mark--flag" title="Tag &lt;label&gt;; Flag">&lt;/b&gt;</mark>' in html
    assert "out of range" not in html
    plain = re.sub(r'<span class="visually-hidden">[^<]*</span>', "", html)
    assert re.sub(r"<[^>]+>", "", plain) == "a &lt;b&gt;&quot;x&quot;&lt;/b&gt; &amp; typo"


def test_with_the_script_header_only_the_result_comes_back(playbooks: None) -> None:
    html = post(member_client(), {"answer": BOUNCE_ANSWER}, **FRAGMENT)

    assert "<html" not in html and "<form" not in html
    assert "Spots the misspelled domain" in html


def test_without_the_script_the_result_page_keeps_the_answer_in_the_form(playbooks: None) -> None:
    html = post(member_client(), {"answer": BOUNCE_ANSWER})

    assert "<h1>Try the rubric: The bounced email</h1>" in html
    assert "compnay.com should be company.com. I&#x27;d correct the address and resend.</textarea>" in html
    assert 'aria-live="polite"' in html


def test_a_choice_item_shows_the_options_picked_and_their_credit(playbooks: None) -> None:
    html = post(member_client(), {"best": "b", "worst": "c"}, item="sjt-angry-customer")

    assert re.search(r'Best: <span class="option-key">b</span>', html)
    assert re.search(r'Worst: <span class="option-key">c</span>', html)
    assert 'name="best" value="b" checked' in html, "the form keeps what was picked"
    assert "try-criterion" in html


def test_selecting_nothing_on_a_select_all_item_is_scored(playbooks: None) -> None:
    html = post(member_client(), {}, item="tech-bug-escalation")

    assert "Score 0%" in html


@pytest.mark.parametrize(
    ("item", "data", "message"),
    [
        (BOUNCE, {"answer": "   "}, "This field is required."),
        ("sjt-angry-customer", {"best": "z", "worst": "a"}, "Select a valid choice."),
    ],
)
def test_an_incomplete_answer_is_refused_with_a_message(
    playbooks: None, item: str, data: dict[str, str], message: str
) -> None:
    client = member_client()

    page = client.post(try_url(item), data)
    fragment = client.post(try_url(item), data, **FRAGMENT)  # type: ignore[arg-type]

    assert page.status_code == fragment.status_code == 400
    assert message in page.content.decode()
    assert message in fragment.content.decode() and 'role="alert"' in fragment.content.decode()


@pytest.mark.parametrize(("playbook", "item"), [("no-such-role", BOUNCE), (TSS, "no-such-item")])
def test_an_unknown_playbook_or_item_is_not_found(playbooks: None, playbook: str, item: str) -> None:
    response = member_client().get(try_url(item, playbook))

    assert response.status_code == 404


def test_the_print_version_has_no_panel(playbooks: None) -> None:
    html = member_client().get(reverse("assessments:playbook_print", args=[TSS])).content.decode()

    assert "Try this rubric" not in html


def test_a_diagnosis_the_item_rules_out_is_shown_with_its_quote_and_the_cap(playbooks: None) -> None:
    answer = (
        "It's a typo: compnay.com should be company.com. Also their mailbox is full, so I'd wait and resend."
    )
    html = post(member_client(), {"answer": answer})

    line = criterion_line(html, "Does not blame a full mailbox")
    assert "Missed" in line and "mailbox is full" in line and "at most 0.2" in line
    assert "Score 20%" in html
    page = member_client().get(reverse("assessments:playbook_detail", args=[TSS])).content.decode()
    assert "Ruled out" in page and "saying it caps the score at 20%" in page


def test_a_required_criterion_the_answer_rejects_is_quoted_with_the_lower_cap(playbooks: None) -> None:
    answer = "It isn't a typo in the domain, the address looks right to me. I'd resend the reply to Alex."
    html = post(member_client(), {"answer": answer})

    line = criterion_line(html, "Spots the misspelled domain")
    assert "Missed" in line and "typo in the domain" in line
    assert "the answer rejects it" in line and "at most 0.3" in line
    assert "Score 25%" in html  # resending is a quarter of the points: under the cap


def test_a_finding_is_marked_on_the_rubric_and_takes_no_first_step_in_the_panel(playbooks: None) -> None:
    # Engine 1.53.0: "only this laptop is affected" restates the Wi-Fi scenario; an answer that opens with it
    # still earns the first step from what it does next.
    page = member_client().get(reverse("assessments:playbook_detail", args=[TSS])).content.decode()
    wifi = page[page.index('id="item-tech-wifi-first-step"') :]
    steps = wifi[: wifi.index("</ol>")]
    assert steps.count("Finding</span>") == 1
    assert "A step marked as a finding restates the scenario" in wifi
    assert "a third with two" in wifi

    answer = "Everyone else is fine, so it's this laptop. Check Wi-Fi is on, then forget the network."
    html = post(member_client(), {"answer": answer}, item="tech-wifi-first-step")
    assert "Met" in criterion_line(html, "First step:")
    assert "Evidence" in criterion_line(html, "Check whether only this device is affected")

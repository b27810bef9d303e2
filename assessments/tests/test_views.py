"""The playbook library in the browser: any staff member reads it; nobody else does."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from django.test import Client
from django.urls import reverse

from accounts.tests.factories import MembershipFactory, UserFactory
from assessments.services import playbook_files_load
from assessments.tests.conftest import MINIMAL

pytestmark = pytest.mark.django_db

LIST_URL = reverse("assessments:playbook_list")
DETAIL_URL = reverse("assessments:playbook_detail", args=["test-support-role"])
PRINT_URL = reverse("assessments:playbook_print", args=["test-support-role"])


@pytest.fixture
def loaded() -> None:
    playbook_files_load(paths=[MINIMAL])


# The four staff roles (accounts.models.Role), spelled out: another app's models are not imported here.
STAFF_ROLES = ["admin", "recruiter", "hiring_manager", "interviewer"]


def _client(role: str = "recruiter") -> Client:
    membership = MembershipFactory.create(role=role)
    client = Client()
    client.force_login(membership.user)
    return client


@pytest.mark.parametrize("role", STAFF_ROLES)
def test_every_staff_role_reads_the_list_detail_and_print_pages(loaded: None, role: str) -> None:
    client = _client(role)

    listing = client.get(LIST_URL)
    detail = client.get(DETAIL_URL)
    printable = client.get(PRINT_URL)

    assert listing.status_code == detail.status_code == printable.status_code == 200
    assert "Test Support Role" in listing.content.decode()
    assert "A small playbook used by the test suite." in listing.content.decode()
    for page in (detail.content.decode(), printable.content.decode()):
        assert "Delivery failed: recipient not found at domain compnay.com." in page  # scenario
        assert "Explain the policy and offer to install the software" in page  # option
        assert "The domain is misspelled (compnay instead of company)." in page  # model answer
        assert "Tell me about a time you dealt with a frustrated user." in page  # interview kit
        assert "Unsafe security practice" in page and "Disqualifier" in page  # red flag


@pytest.mark.parametrize("url", [LIST_URL, DETAIL_URL, PRINT_URL])
def test_anonymous_visitors_are_sent_to_sign_in(loaded: None, client: Client, url: str) -> None:
    response = client.get(url)

    assert response.status_code == 302
    assert response["Location"] == f"{reverse('accounts:login')}?next={url}"


def test_a_signed_in_user_without_an_organization_is_refused(loaded: None, client: Client) -> None:
    user = UserFactory.create()
    client.force_login(user)

    response = client.get(DETAIL_URL)

    assert response.status_code == 403
    assert "not a member of any organization" in response.content.decode()
    assert "compnay.com" not in response.content.decode()


def test_unknown_playbook_is_not_found(loaded: None) -> None:
    assert _client().get(reverse("assessments:playbook_detail", args=["no-such-role"])).status_code == 404


def test_list_shows_level_items_and_blueprint_minutes(loaded: None) -> None:
    page = _client().get(LIST_URL).content.decode()

    assert "Entry level" in page
    assert "6 assessment items · default assessment 16 of 30 minutes" in page
    assert f'href="{DETAIL_URL}"' in page


def test_search_box_narrows_the_list_and_links_to_the_matching_item(loaded: None) -> None:
    client = _client()

    found = client.get(LIST_URL, {"q": "compnay"}).content.decode()
    missing = client.get(LIST_URL, {"q": "kubernetes"}).content.decode()

    assert "1 matching playbook" in found
    assert f'href="{DETAIL_URL}#item-detail-bounce"' in found
    assert "No playbook matches" in missing and "Test Support Role" not in missing


def test_family_and_competency_filters(loaded: None) -> None:
    client = _client()

    by_family = client.get(LIST_URL, {"family": "written_communication"}).content.decode()
    by_competency = client.get(LIST_URL, {"competency": "integrity"}).content.decode()

    assert "#item-writing-outage" in by_family and "#item-tech-wifi" not in by_family
    assert '<option value="written_communication" selected>' in by_family
    assert "#item-sjt-policy" in by_competency and "#item-detail-bounce" not in by_competency


def test_an_unknown_filter_value_is_ignored(loaded: None) -> None:
    page = _client().get(LIST_URL, {"family": "astrology"}).content.decode()

    assert "1 playbook" in page and "Test Support Role" in page


def test_rubrics_are_shown_readably(loaded: None) -> None:
    page = _client().get(DETAIL_URL).content.decode()

    assert (
        'Best response</dt><dd><span class="option-key">b</span> '
        '<span class="item-option__text">Explain the policy' in page
    )
    assert (
        'Worst response</dt><dd><span class="option-key">a</span> '
        '<span class="item-option__text">Give the password' in page
    )
    assert 'Check Wi-Fi is switched on</strong> <span class="badge badge--ok">First step</span>' in page
    assert "<q>airplane mode</q>" in page
    assert "Between 30 and 150 words." in page
    assert "Plain language · weight 0.5" in page and "<q>mx record</q>" in page
    assert "each wrong pick takes 25% off" in page
    assert "Spots the misspelled domain</strong>" in page and "Required" in page


def test_scenario_text_is_escaped(loaded: None) -> None:
    page = _client().get(DETAIL_URL).content.decode()

    assert "I need it &lt;now&gt; &amp; fast." in page
    assert "<now>" not in page


def test_print_page_has_no_navigation_and_opens_every_rubric(loaded: None) -> None:
    page = _client().get(PRINT_URL).content.decode()
    detail = _client().get(DETAIL_URL).content.decode()

    assert 'class="site-nav"' not in page and 'class="site-nav"' in detail
    assert page.count('<details class="staff-only" open>') == 6
    assert detail.count('<details class="staff-only">') == 6


def test_list_page_queries_do_not_grow_with_playbooks(
    loaded: None,
    minimal_text: str,
    write_playbook: Callable[..., Path],
    django_assert_max_num_queries: Callable,
) -> None:
    client = _client()
    client.get(LIST_URL)  # the session and membership are read once either way
    with django_assert_max_num_queries(6) as one_playbook:
        client.get(LIST_URL)
    playbook_files_load(
        paths=[write_playbook(minimal_text.replace("slug: test-support-role", "slug: another"))]
    )

    with django_assert_max_num_queries(len(one_playbook.captured_queries)):
        response = client.get(LIST_URL)

    assert "2 playbooks" in response.content.decode()

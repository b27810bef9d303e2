"""A rubric's phrase book looks each phrasing up by its rarest word across the book, a set on its own by its
longest word: either way the first match found is the same."""

from __future__ import annotations

import pytest

from rubrics.engine.matching import compile_book, find_first
from rubrics.engine.text import analyse

# Phrasings that share words ("user", "account", "password") across criteria, with joined and split forms.
BOOK = (
    ("reset the user password", "reset their password", "send a password reset link"),
    ("lock the user account", "disable the account"),
    ("verify the user identity", "call the user back", "check the wi-fi"),
    ("log in as the user", "escalate to security"),
    ("password",),
)

ANSWERS = [
    "I would verify the user's identity, then reset the user password and send a password reset link.",
    "Call the user back on a known number; do not reset their password over chat.",
    "First disable the account. Then escalate to security and log in as the user to check.",
    "Check the wifi first, then the password.",
    "Check the wi fi and the wi-fi: then lock the useraccount and reset the pass word.",
    "Lock the user's account; I would not reset the password.",
    "The user account, the user password, the user identity: none of them in one phrase.",
    "",
]


@pytest.mark.parametrize("answer", ANSWERS)
def test_the_book_finds_what_each_set_finds_alone(answer: str) -> None:
    analysed = analyse(answer)
    book = compile_book(BOOK)
    candidates = book.candidates(analysed)

    for number, phrases in enumerate(book.sets):
        alone = find_first(analysed, phrases)
        in_book = find_first(analysed, phrases, candidates=candidates[number])
        assert in_book == alone


def test_the_book_looks_a_phrasing_up_by_its_rarest_word() -> None:
    book = compile_book(BOOK)
    looked_up = {key for key, found in book.by_key.items() if any(entry[:2] == (0, 0) for entry in found)}
    reset, user, password = analyse("reset user password").keys

    # "reset the user password": "password" and "user" are in many phrasings, "reset" in fewer (also
    # looked up: "reset" joined with the next word, as an answer may write them as one).
    assert reset in looked_up
    assert user not in looked_up and password not in looked_up


def test_a_phrasing_is_no_candidate_when_one_of_its_rarer_words_is_in_no_form_in_the_answer() -> None:
    book = compile_book(BOOK)
    # "escalate to security": "escalate" is there, "security" is not, alone, joined or split.
    without = book.candidates(analyse("Escalate it to the team lead."))
    # "check the wi-fi": "wifi" written as one word is the split form's joined norm.
    joined = book.candidates(analyse("Escalate it to sec urity; check the wifi."))

    assert 1 not in without[3]
    assert 2 in joined[2]

"""Reading an answer takes shortcuts for the common case (an all-ASCII text, every word one piece or
none): each shortcut reads exactly as the general way does."""

from __future__ import annotations

import pytest

from rubrics.engine.text import analyse

# The same words, once in plain ASCII and once with a character that is not (an accent in a word of its
# own, far from the words compared).
PAIRS = [
    ("Restart it, the", "Restart it, the caf\u00e9"),
    ("Restart the router. The", "Restart the router. The caf\u00e9"),
    ("wi fi; then log in", "wi fi; then log in caf\u00e9"),
    ("I'll restart it and I'd log in", "I'll restart it and I'd log in caf\u00e9"),
    ("Check jane.doe@compnay.com at 11:00", "Check jane.doe@compnay.com at 11:00 caf\u00e9"),
]


@pytest.mark.parametrize(("ascii_text", "other"), PAIRS)
def test_an_ascii_answer_reads_like_the_same_words_in_unicode(ascii_text: str, other: str) -> None:
    plain, unicode = analyse(ascii_text), analyse(other)

    count = len(plain)
    assert unicode.keys[:count] == plain.keys
    assert unicode.starts[:count] == plain.starts and unicode.ends[:count] == plain.ends
    assert unicode.clauses[:count] == plain.clauses and unicode.soft[:count] == plain.soft


@pytest.mark.parametrize("text", ["Restart it, the", "Restart it. The", "Restart it; a", "wifi -"])
def test_a_break_followed_only_by_stop_words_ends_no_pair(text: str) -> None:
    analysed = analyse(text)

    assert analysed.keys == ["restart", "it"] or analysed.keys == ["wifi"]
    assert analysed.joined_at == ({0: "restartit"} if len(analysed) == 2 else {})


def test_a_contraction_is_two_tokens_with_one_span_and_its_halves_never_join() -> None:
    text = "I'll restart it"
    analysed = analyse(text)

    assert analysed.norms == ["i", "will", "restart", "it"]
    assert analysed.starts[:2] == [0, 0] and analysed.ends[:2] == [4, 4]
    assert 0 not in analysed.joined_at and analysed.joined_at[1] == "willrestart"

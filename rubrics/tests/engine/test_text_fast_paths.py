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


# A line break ends the clause only before a list item or a blank line; otherwise it is a soft wrap. The
# same break reads differently by what the next line starts with, and by an abbreviation before it.
LINE_BREAKS = [
    ("Restart the router\n1. Check the cable", True),
    ("Restart the router\n1.5 GB are free on the disk", False),
    ("Restart the router\n(2) Check the cable", True),
    ("Restart the router\n12) Check the cable", True),
    ("Restart the router\nStep 2 check the cable", True),
    ("Restart the router\n  step   3 check the cable", True),
    ("Restart the router\nstop the sync first", False),
    ("Restart the router\nsteps are listed below", False),
    ("Restart the router\n- check the cable", True),
    ("Restart the router\n-check the cable", False),
    ("Restart the router\n\ncheck the cable", True),
    ("Restart the router, e.g.\ncheck the cable", False),
    ("Restart the router, it.\ncheck the cable", True),
]


def test_a_line_break_reads_the_next_line_wherever_the_same_break_was_read_before() -> None:
    # Read in one order and then the other: what an earlier text's break read never decides a later one.
    for text, ends_clause in [*LINE_BREAKS, *reversed(LINE_BREAKS)]:
        analysed = analyse(text)

        assert (analysed.clauses[-1] > analysed.clauses[0]) is ends_clause, text

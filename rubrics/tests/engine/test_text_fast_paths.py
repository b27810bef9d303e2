"""Reading an answer takes shortcuts for the common case (an all-ASCII text, every word one piece or
none): each shortcut reads exactly as the general way does."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rubrics.engine import flags, results
from rubrics.engine import text as reading
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


# Pieces of text that test every way a word starts, joins or ends: spaces and line breaks, marks around a
# word, apostrophes (also the ones Unicode counts as letters), dots and colons inside one, shorthand with a
# slash, "!=", accents and combining marks, digits.
_PIECES = st.sampled_from(
    [
        "a",
        "Zb",
        "09",
        "_",
        " ",
        "  ",
        "\n",
        "\t",
        "'",
        "\u2019",
        "\u02bc",
        "`",
        "\u00b4",
        "\u2032",
        ".",
        ",",
        ":",
        ";",
        "!",
        "?",
        "=",
        "!=",
        "/",
        "\\",
        "-",
        "(",
        ")",
        "[",
        "]",
        "{",
        "}",
        '"',
        "\u201c",
        "\u201d",
        "\u2026",
        "\u00e9",
        "e\u0301",
        "w/o",
        "W/",
        "b/c",
        "11:00",
        "12:",
        "jane.doe",
        "don't",
        "(again)",
        "password,",
        "\u201cyes\u201d.",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_splitting_at_spaces_first_gives_the_chunks_the_pattern_gives(sample: str) -> None:
    if sample.isascii():
        patterns = [reading._ASCII_WORDS_AND_GAPS, reading._ASCII_PLAIN_WORDS_AND_GAPS]
        if "/" in sample or "!=" in sample:
            patterns = patterns[:1]
    else:
        patterns = [reading._WORDS_AND_GAPS]
        sample = sample.translate(reading._LETTER_APOSTROPHES)
    for pattern in patterns:
        assert reading._split(sample, pattern) == pattern.split(sample)


_PASSWORD_PIECES = st.sampled_from(
    [
        "password",
        "PASSWORD",
        "Pass",
        "pw",
        "PW",
        "pWd",
        "pword",
        "passcode",
        "PassPhrase",
        " ",
        "\t",
        ":",
        "=",
        " is ",
        " Like ",
        " to ",
        "Welcome2025",
        "WELCOME1",
        "abc123",
        "ab1",
        "x",
        "p",
        "(",
        '"',
        ".",
        ".a",
        "-",
        "@",
        "!",
        "Spring24!",
        "Xp",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PASSWORD_PIECES, min_size=1, max_size=12).map("".join))
def test_a_password_after_its_name_is_found_in_lower_case_as_in_any_case(sample: str) -> None:
    expected = [(match.start(1), match.group(1)) for match in flags._AFTER_PASSWORD.finditer(sample)]

    assert flags._named_secrets(sample) == expected


@settings(max_examples=300, deadline=None)
@given(st.floats(allow_nan=False, allow_infinity=False, min_value=-1e6, max_value=1e6))
def test_a_rounded_value_is_the_same_the_first_time_and_every_time_after(value: float) -> None:
    for _ in range(2):
        assert results.rounded(value) == round(value, results.SCORE_DIGITS) + 0.0
        assert results.rounded_points(value) == round(value, results.POINT_DIGITS) + 0.0
        assert str(results.rounded(-0.0)) == "0.0" and str(results.rounded_points(-0.0)) == "0.0"

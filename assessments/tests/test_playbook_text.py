"""`|prose`: hard-wrapped YAML text reads as paragraphs; lists and labels keep their lines; all escaped."""

from __future__ import annotations

from assessments.templatetags.playbook_text import number, prose


def test_hard_wrapped_lines_join_into_one_paragraph() -> None:
    text = (
        "In an SMB (10-400 employees) the specialist wears several hats: internal IT\nneeds and customers.\n"
    )

    assert (
        prose(text) == "<p>In an SMB (10-400 employees) the specialist wears several hats: "
        "internal IT needs and customers.</p>"
    )


def test_a_break_after_a_short_line_is_kept() -> None:
    assert prose("Hi Alex,\nThanks for writing.\nJane") == "<p>Hi Alex,<br>Thanks for writing.<br>Jane</p>"


def test_a_blank_line_starts_a_new_paragraph() -> None:
    assert prose("First.\n\nSecond.") == "<p>First.</p>\n\n<p>Second.</p>"


def test_list_entries_and_labels_keep_their_own_lines() -> None:
    long = "x" * 70
    text = f"Best: b. {long}\nthe policy.\nWorst: a. {long}\n1. {long}\n2. Reconnect\n- a bullet"

    assert prose(text) == (
        f"<p>Best: b. {long} the policy.<br>Worst: a. {long}<br>1. {long}<br>2. Reconnect<br>- a bullet</p>"
    )


def test_markup_in_the_text_is_escaped() -> None:
    assert (
        prose('<script>alert("x")</script> & co')
        == "<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co</p>"
    )


def test_numbers_show_as_written() -> None:
    assert [number(value) for value in (1.5, 2.0, 0.25, 30)] == ["1.5", "2", "0.25", "30"]

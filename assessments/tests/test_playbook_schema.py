"""The playbook file format: what a good file gives, and the message an author gets for each mistake.

Most bad files are the small valid playbook in `good_playbooks/minimal.yaml` with one line changed, so
each test shows exactly what is wrong and checks that the message names the file, the line, the field
path and what was expected.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from assessments.playbooks.schema import PlaybookFileError, PlaybookSpec, parse_playbook_file
from assessments.tests.conftest import BAD, MINIMAL

Write = Callable[..., Path]


def _changed(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1, f"the test expects {old!r} exactly once in minimal.yaml"
    return text.replace(old, new)


def _line_of(text: str, fragment: str, occurrence: int = 1) -> int:
    lines = [number for number, line in enumerate(text.splitlines(), start=1) if fragment in line]
    return lines[occurrence - 1]


def _problems(path: Path) -> list[str]:
    with pytest.raises(PlaybookFileError) as caught:
        parse_playbook_file(path)
    return str(caught.value).splitlines()


def test_the_minimal_playbook_validates_into_typed_objects() -> None:
    spec = parse_playbook_file(MINIMAL)

    assert spec.slug == "test-support-role"
    assert [item.type for item in spec.items] == [
        "best_worst",
        "short_text",
        "single_choice",
        "long_text",
        "ordered_steps",
        "multi_select",
    ]
    policy = spec.item("sjt-policy")
    assert policy is not None and policy.rubric.type == "best_worst"
    assert (policy.rubric.best, policy.rubric.worst) == ("b", "a")
    assert policy.scenario is not None and policy.scenario.sender == "Sam, Finance"
    # Unquoted YAML keys 1:, 3:, 5: read as numbers and are accepted like "1", "3", "5".
    communication = spec.competency("communication")
    assert communication is not None and communication.anchors.one == "Confusing."
    assert spec.blueprint_minutes() == 16


def test_the_same_playbook_as_json_gives_the_same_content(minimal_text: str, write_playbook: Write) -> None:
    path = write_playbook(json.dumps(yaml.safe_load(minimal_text), indent=2), "playbook.json")

    assert parse_playbook_file(path) == parse_playbook_file(MINIMAL)


def test_stored_content_parses_back_to_the_same_spec() -> None:
    spec = parse_playbook_file(MINIMAL)

    content = spec.model_dump(mode="json", by_alias=True)

    assert content["items"][0]["scenario"]["from"] == "Sam, Finance"
    assert PlaybookSpec.model_validate(content) == spec


def test_missing_required_field_names_the_item_and_field(minimal_text: str, write_playbook: Write) -> None:
    path = write_playbook(_changed(minimal_text, "    model_answer: Best b, worst a.\n", ""))

    assert _problems(path) == [
        f"{path}:{_line_of(minimal_text, 'slug: sjt-policy')}: "
        "items[0].model_answer: required field is missing"
    ]


def test_missing_top_level_field_is_named(minimal_text: str, write_playbook: Write) -> None:
    path = write_playbook(_changed(minimal_text, "title: Test Support Role\n", ""))

    assert _problems(path) == [f"{path}: title: required field is missing"]


def test_unknown_competency_lists_the_known_ones(minimal_text: str, write_playbook: Write) -> None:
    text = _changed(minimal_text, "      integrity: 0.6\n", "      honesty: 0.6\n")
    path = write_playbook(text)

    assert _problems(path) == [
        f"{path}:{_line_of(text, 'honesty: 0.6')}: items[0].competencies.honesty: "
        "unknown competency 'honesty': expected one of the playbook's competencies "
        "(troubleshooting, communication, integrity, attention-to-detail)"
    ]


def test_unknown_competency_in_an_interview_question(minimal_text: str, write_playbook: Write) -> None:
    path = write_playbook(
        _changed(
            minimal_text, "competencies: [communication, integrity]", "competencies: [communication, grit]"
        )
    )

    (problem,) = _problems(path)
    assert "interview_questions[0].competencies[1]: unknown competency 'grit'" in problem


def test_duplicate_item_slug_is_refused(minimal_text: str, write_playbook: Write) -> None:
    text = _changed(minimal_text, "  - slug: detail-version\n", "  - slug: detail-bounce\n")
    path = write_playbook(text)

    problems = _problems(path)

    line = _line_of(text, "- slug: detail-bounce", occurrence=2)
    assert (
        f"{path}:{line}: items[2].slug: duplicate item slug 'detail-bounce' (already used at index 1)"
        in problems
    )
    # The blueprint still names the old slug, and says so too: every problem of a file in one run.
    assert any("blueprint.items[2]: unknown item 'detail-version'" in problem for problem in problems)


def test_rubric_referring_to_a_missing_option_key(minimal_text: str, write_playbook: Write) -> None:
    text = _changed(minimal_text, "      best: b\n", "      best: z\n")
    path = write_playbook(text)

    assert _problems(path) == [
        f"{path}:{_line_of(text, 'best: z')}: "
        "items[0].rubric.best: 'z' is not one of this item's option keys (a, b, c)"
    ]


def test_multi_select_rubric_referring_to_a_missing_option_key(
    minimal_text: str, write_playbook: Write
) -> None:
    path = write_playbook(_changed(minimal_text, "correct: [a, b]", "correct: [a, d]"))

    (problem,) = _problems(path)
    assert problem.endswith("items[5].rubric.correct[1]: 'd' is not one of this item's option keys (a, b, c)")


def test_blueprint_over_its_time_limit(minimal_text: str, write_playbook: Write) -> None:
    text = _changed(minimal_text, "time_limit_minutes: 30", "time_limit_minutes: 15")
    path = write_playbook(text)

    assert _problems(path) == [
        f"{path}:{_line_of(text, '  items: [sjt-policy')}: "
        "blueprint.items: the items' estimated_minutes add up to 16, "
        "over the time_limit_minutes of 15: drop an item or raise the limit"
    ]


def test_blueprint_must_cover_all_four_families(minimal_text: str, write_playbook: Write) -> None:
    path = write_playbook(
        _changed(minimal_text, "detail-version, writing-outage, tech-wifi", "detail-version, tech-wifi")
    )

    (problem,) = _problems(path)
    assert problem.endswith(
        "blueprint.items: the blueprint must cover all four families; no item from: written_communication"
    )


def test_malformed_yaml_gives_the_parser_line() -> None:
    path = BAD / "malformed.yaml"

    assert _problems(path) == [
        f"{path}:7: malformed YAML, column 10: "
        "while parsing a flow sequence: expected ',' or ']', but got ':'"
    ]


def test_malformed_json_gives_the_parser_line() -> None:
    path = BAD / "malformed.json"

    assert _problems(path) == [
        f"{path}:5: malformed JSON, column 24: Expecting property name enclosed in double quotes"
    ]


def test_a_key_given_twice_in_yaml_is_refused(minimal_text: str, write_playbook: Write) -> None:
    text = _changed(
        minimal_text, "title: Test Support Role\n", "title: Test Support Role\ntitle: Another title\n"
    )
    path = write_playbook(text)

    (problem,) = _problems(path)
    assert problem.startswith(f"{path}:{_line_of(text, 'title: Another')}: malformed YAML")
    assert f"found the key 'title' twice (first on line {_line_of(text, 'title: Test')})" in problem


def test_unknown_key_is_refused_with_its_path(minimal_text: str, write_playbook: Write) -> None:
    path = write_playbook(
        _changed(
            minimal_text, "    estimated_minutes: 3\n", "    estimated_minutes: 3\n    difficulty: hard\n"
        )
    )

    (problem,) = _problems(path)
    assert problem.endswith(
        "items[4].difficulty: unknown key: "
        "not part of the playbook format (check its spelling and indentation)"
    )


def test_rubric_type_must_fit_the_item_type(minimal_text: str, write_playbook: Write) -> None:
    text = _changed(
        minimal_text,
        "      type: best_worst\n      best: b\n      worst: a\n",
        "      type: single_choice\n      correct: b\n",
    )
    path = write_playbook(text)

    (problem,) = _problems(path)
    assert problem.endswith(
        "items[0].rubric.type: a best_worst item needs a rubric of type best_worst, got 'single_choice'"
    )


def test_unknown_rubric_type_lists_the_shapes(minimal_text: str, write_playbook: Write) -> None:
    path = write_playbook(
        _changed(
            minimal_text, "      type: best_worst\n      best: b", "      type: best-worst\n      best: b"
        )
    )

    (problem,) = _problems(path)
    assert "items[0].rubric.type: expected type to be one of 'best_worst', 'single_choice'" in problem
    assert problem.endswith("got 'best-worst'")


def test_competency_weights_must_add_up_to_one(minimal_text: str, write_playbook: Write) -> None:
    path = write_playbook(_changed(minimal_text, "      integrity: 0.6\n", "      integrity: 0.5\n"))

    (problem,) = _problems(path)
    assert problem.endswith(
        "items[0].competencies: the competency weights must add up to 1.0 (±0.01), they add up to 0.9"
    )


def test_first_step_must_be_one_of_the_steps(minimal_text: str, write_playbook: Write) -> None:
    path = write_playbook(_changed(minimal_text, "first_step: wifi-on", "first_step: reboot"))

    (problem,) = _problems(path)
    assert problem.endswith(
        "items[4].rubric: first_step 'reboot' is not one of the step ids "
        "(wifi-on, right-network, restart-adapter)"
    )


def test_red_flag_option_rule_must_name_an_existing_key(minimal_text: str, write_playbook: Write) -> None:
    path = write_playbook(_changed(minimal_text, "        keys: [a]\n", "        keys: [x]\n"))

    (problem,) = _problems(path)
    assert problem.endswith(
        "red_flags[0].rules[1].keys[0]: 'x' is not one of the option keys of item 'sjt-policy' (a, b, c)"
    )


def test_text_read_by_yaml_as_a_number_says_to_quote_it(minimal_text: str, write_playbook: Write) -> None:
    path = write_playbook(_changed(minimal_text, "        text: Nothing.\n", "        text: 404\n"))

    (problem,) = _problems(path)
    assert problem.endswith(
        "items[2].options[0].text: expected text, got int 404 "
        "(YAML read it as a number, a yes/no or a date: put the text in quotes)"
    )


def test_open_text_item_takes_no_options(minimal_text: str, write_playbook: Write) -> None:
    text = _changed(
        minimal_text,
        "    type: short_text\n",
        "    type: short_text\n    options:\n"
        "      - key: a\n        text: compnay.com\n      - key: b\n        text: company.com\n",
    )
    path = write_playbook(text)

    (problem,) = _problems(path)
    assert "items[1].options: a short_text item is answered in text and takes no options" in problem


def test_every_problem_of_a_file_is_reported_at_once(minimal_text: str, write_playbook: Write) -> None:
    text = _changed(minimal_text, "      best: b\n", "      best: z\n")
    text = _changed(text, "      integrity: 0.6\n", "      honesty: 0.6\n")
    path = write_playbook(text)

    problems = _problems(path)

    assert len(problems) == 2
    assert any("items[0].rubric.best" in problem for problem in problems)
    assert any("items[0].competencies.honesty" in problem for problem in problems)


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("playbook.txt", "slug: x", "expected a .yaml, .yml or .json file"),
        ("playbook.yaml", "", "expected a mapping of playbook fields at the top of the file, got nothing"),
        (
            "playbook.yaml",
            "- a\n- b\n",
            "expected a mapping of playbook fields at the top of the file, got a list",
        ),
    ],
)
def test_files_that_are_not_a_playbook_at_all(
    write_playbook: Write, name: str, text: str, expected: str
) -> None:
    path = write_playbook(text, name)

    (problem,) = _problems(path)
    assert problem.startswith(f"{path}: {expected}")

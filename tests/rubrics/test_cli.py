"""`score_answers` and `export_model_answers`, as a rubric author runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from assessments.services import playbook_files_load

PLAYBOOK_DIRECTORY = Path(settings.BASE_DIR) / "fixtures" / "playbooks"
PLAYBOOK_SLUGS = sorted(path.stem for path in PLAYBOOK_DIRECTORY.glob("*.yaml"))
TSS = "technical-support-specialist"

# Answers a real candidate might give: some right in other words, some wrong, one negated policy breach.
REALISTIC_ANSWERS: dict[str, Any] = {
    "sjt-angry-customer": {"best": "b", "worst": "a"},
    "sjt-conflicting-priorities": ["c", "a"],
    "sjt-unknown-issue": {"best": "a", "worst": "b"},
    "detail-bounced-email": "Looks like a typo - it went to compnay.com, not company.com. I'd resend it.",
    "detail-username-format": "no idea",
    "writing-angry-customer-email": (
        "Hi Alex,\n\nI'm sorry about the trouble. We're looking into it now and I will update you by 3pm.\n\n"
        "Thanks for your patience,\nSam"
    ),
    "tech-wifi-first-step": "First check whether other devices can connect, then restart the router.",
    "tech-admin-rights-request": "I would never give out the admin password. I'd ask IT to approve it.",
    "tech-bug-escalation": ["a", "c"],
}


@pytest.fixture
def playbooks(db: None) -> None:
    playbook_files_load(paths=[PLAYBOOK_DIRECTORY])


@pytest.fixture
def write_json(tmp_path: Path) -> Iterator[Any]:
    def write(data: Any, name: str = "answers.json") -> Path:
        path = tmp_path / name
        path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
        return path

    yield write


def run(*args: str) -> str:
    stdout = StringIO()
    try:
        call_command(*args, stdout=stdout, stderr=StringIO())
    except NotImplementedError as exc:
        pytest.skip(f"the rubric engine is not implemented yet (NotImplementedError: {exc})")
    return stdout.getvalue()


def score(playbook: str, answers_path: Path) -> dict[str, Any]:
    return json.loads(run("score_answers", playbook, str(answers_path)))


def error_of(*args: str) -> str:
    stdout = StringIO()
    with pytest.raises(CommandError) as raised:
        call_command(*args, stdout=stdout, stderr=StringIO())
    assert stdout.getvalue() == "", "nothing is printed on stdout when the command fails"
    message = str(raised.value)
    assert "\n" not in message.strip(), f"the error should be one line, got: {message!r}"
    return message


@pytest.mark.parametrize("playbook", PLAYBOOK_SLUGS)
def test_the_exported_model_answers_score_at_least_0_9_on_every_item(
    playbooks: None, write_json: Any, playbook: str
) -> None:
    exported = json.loads(run("export_model_answers", playbook))
    result = score(playbook, write_json(exported))

    assert set(exported) == set(result["items"]), "every item of the playbook has a model answer"
    low = {slug: item["score"] for slug, item in result["items"].items() if item["score"] < 0.9}
    assert low == {}, f"model answers scoring under 0.9: {low}"
    assert result["red_flags"] == [], "a model answer raised a red flag"


def test_export_gives_choice_items_their_keys_and_text_items_their_model_answer(playbooks: None) -> None:
    exported = json.loads(run("export_model_answers", TSS))

    assert set(exported["sjt-angry-customer"]) == {"best", "worst"}
    assert isinstance(exported["tech-bug-escalation"], list) and exported["tech-bug-escalation"]
    assert "compnay" in exported["detail-bounced-email"]


def test_the_same_answers_print_byte_identical_json(playbooks: None, write_json: Any) -> None:
    path = write_json(REALISTIC_ANSWERS)
    reordered = write_json(dict(reversed(REALISTIC_ANSWERS.items())), "reordered.json")

    first = run("score_answers", TSS, str(path))
    assert run("score_answers", TSS, str(path)) == first
    assert run("score_answers", TSS, str(reordered)) == first, "the order of the answers file does not matter"
    parsed = json.loads(first)
    assert first == json.dumps(parsed, sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def test_the_result_has_the_documented_shape(playbooks: None, write_json: Any) -> None:
    result = score(TSS, write_json(REALISTIC_ANSWERS))

    assert {
        "playbook",
        "rubric_version",
        "engine_version",
        "items",
        "competencies",
        "red_flags",
        "overall",
        "recommendation",
        "recommendation_reason",
    } <= set(result)
    assert result["playbook"] == TSS
    assert len(result["rubric_version"]) == 64
    item = result["items"]["detail-bounced-email"]
    assert {"score", "points", "max_points", "criteria", "red_flags"} <= set(item)
    assert all({"id", "met", "evidence"} <= set(criterion) for criterion in item["criteria"])
    assert all(1 <= rating <= 5 for rating in result["competencies"].values())
    assert 0 <= result["overall"] <= 100
    assert result["recommendation"] in {"strong_advance", "advance", "hold", "do_not_advance"}


def test_a_met_criterion_quotes_its_evidence_from_the_answer(playbooks: None, write_json: Any) -> None:
    answer = REALISTIC_ANSWERS["detail-bounced-email"]
    result = score(TSS, write_json({"detail-bounced-email": answer}))

    criteria = {
        criterion["id"]: criterion for criterion in result["items"]["detail-bounced-email"]["criteria"]
    }
    spotted = criteria["misspelled-domain"]
    assert spotted["met"] is True
    evidence = spotted["evidence"]
    assert set(evidence) == {"start", "end", "quote"}
    assert answer[evidence["start"] : evidence["end"]] == evidence["quote"]


def test_items_left_out_count_as_unanswered(playbooks: None, write_json: Any) -> None:
    result = score(TSS, write_json({"detail-bounced-email": None}))

    assert len(result["items"]) == 18
    assert all(item["score"] == 0 and item["points"] == 0 for item in result["items"].values())
    assert result["overall"] == 0


def test_best_worst_takes_an_object_or_a_best_worst_pair(playbooks: None, write_json: Any) -> None:
    as_object = score(TSS, write_json({"sjt-angry-customer": {"best": "b", "worst": "a"}}))
    as_pair = score(TSS, write_json({"sjt-angry-customer": ["b", "a"]}, "pair.json"))
    as_shown = score(TSS, write_json({"sjt-angry-customer": ["B", "A"]}, "capitals.json"))

    assert as_object["items"]["sjt-angry-customer"] == as_pair["items"]["sjt-angry-customer"]
    assert as_shown["items"]["sjt-angry-customer"] == as_pair["items"]["sjt-angry-customer"]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ({"no-such-item": "text"}, "unknown item 'no-such-item'"),
        ({"tech-wifi-first-step": ["a", "b"]}, "tech-wifi-first-step expects text, got a list"),
        ({"detail-bounced-email": 3}, "detail-bounced-email expects text, got a number"),
        ({"sjt-angry-customer": "b"}, "sjt-angry-customer expects"),
        ({"tech-bug-escalation": {"a": True}}, "tech-bug-escalation expects a list of option keys"),
        (
            {"sjt-angry-customer": {"best": "z", "worst": "a"}},
            "'z' is not one of its options (a, b, c, d, e)",
        ),
        ({"tech-bug-escalation": ["a", "q"]}, "'q' is not one of its options"),
        ('{"detail-bounced-email": "typo",\n  oops}', "malformed JSON at line 2, column 3"),
        (["detail-bounced-email"], "expected a JSON object mapping item slugs to answers, got a list"),
    ],
    ids=[
        "unknown-slug",
        "list-for-text",
        "number-for-text",
        "text-for-best-worst",
        "object-for-multi-select",
        "unknown-option-key",
        "unknown-key-in-list",
        "malformed-json",
        "not-an-object",
    ],
)
def test_a_bad_answers_file_is_one_line_naming_the_problem(
    playbooks: None, write_json: Any, content: Any, expected: str
) -> None:
    message = error_of("score_answers", TSS, str(write_json(content)))

    assert expected in message


def test_a_missing_answers_file_is_named(playbooks: None, tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.json"

    message = error_of("score_answers", TSS, str(missing))

    assert str(missing) in message and "no such file" in message


@pytest.mark.parametrize("command", ["score_answers", "export_model_answers"])
def test_an_unknown_playbook_lists_the_known_ones(playbooks: None, write_json: Any, command: str) -> None:
    args = [command, "no-such-role"] + ([str(write_json({}))] if command == "score_answers" else [])

    message = error_of(*args)

    assert "unknown playbook 'no-such-role'" in message
    assert all(slug in message for slug in PLAYBOOK_SLUGS)


def _manage(environment: dict[str, str], *arguments: str) -> subprocess.CompletedProcess[str]:
    """`python manage.py ARGUMENTS` from the repository root, as a person runs it in a shell."""
    return subprocess.run(
        [sys.executable, "manage.py", *arguments],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


@pytest.mark.django_db(transaction=True)
def test_from_the_shell_a_malformed_file_gives_one_line_and_no_traceback(tmp_path: Path) -> None:
    from django.db import connection

    from tests.integration.worker import database_url_for

    playbook_files_load(paths=[PLAYBOOK_DIRECTORY])
    bad = tmp_path / "bad.json"
    bad.write_text('{"detail-bounced-email": "typo",}', encoding="utf-8")
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": database_url_for(connection.settings_dict),
    }

    finished = _manage(environment, "score_answers", TSS, str(bad))

    assert finished.returncode != 0
    assert finished.stdout == ""
    assert "Traceback" not in finished.stderr
    lines = [line for line in finished.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, finished.stderr
    assert "malformed JSON at line 1, column 33" in lines[0]


def test_after_the_set_up_manage_py_scores_on_the_embedded_database_with_nothing_set(tmp_path: Path) -> None:
    """What a rubric author does after `scripts/run.sh`: `python manage.py score_answers ...` in a new shell,
    with no settings module, DEBUG, secret key or database in the environment. The embedded database (an
    SQLite file in the data folder, here a fresh one) is migrated and loaded the way run.sh does it."""
    if (Path(settings.BASE_DIR) / ".env").exists():
        pytest.skip("a .env file in the checkout sets the configuration: this test needs none")
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps(REALISTIC_ANSWERS), encoding="utf-8")
    environment = {"PATH": os.environ["PATH"], "HOME": str(tmp_path), "DATA_DIR": str(tmp_path / "data")}

    for step in (["migrate", "--verbosity", "0"], ["load_playbooks"]):
        done = _manage(environment, *step)
        assert done.returncode == 0, done.stderr
    scored = _manage(environment, "score_answers", TSS, str(answers))

    assert scored.returncode == 0, scored.stderr
    result = json.loads(scored.stdout)
    assert result["playbook"] == TSS
    assert set(result["items"]) >= set(REALISTIC_ANSWERS)
    assert (tmp_path / "data" / "db.sqlite3").exists()

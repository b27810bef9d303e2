"""`manage.py score_answers PLAYBOOK ANSWERS.json`: score a set of answers against a playbook's rubrics.

For rubric authors (and the tests): the same engine the workers run, on the playbook's current version,
with every item of the playbook. The printed JSON is canonical (sorted keys, rounded numbers), so two runs
on the same answers and rubric version are byte-identical and can be diffed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser, DjangoHelpFormatter
from django.db import DatabaseError

from assessments.selectors import playbook_get, playbook_list, scoring_input_for_playbook
from assessments.types import Item, PlaybookSpec
from rubrics.engine import (
    Answer,
    AnswerError,
    AttemptResult,
    result_data,
    score_attempt,
)
from rubrics.engine.inputs import TEXT_ITEM_TYPES

# Points are sums of float weights: rounded so that 0.30000000000000004 prints as 0.3 on every machine.
POINTS_DIGITS = 4

ANSWERS_HELP = """\
ANSWERS.json is one JSON object that maps item slugs to answers:

  text items (short_text, long_text, ordered_steps)   "the candidate's text"
  single_choice                                       "c"            (an option key)
  multi_select                                        ["a", "c"]     (the keys picked; [] for none)
  best_worst                                          {"best": "b", "worst": "d"}  or  ["b", "d"]
                                                      (the list is [best, worst])

Items left out, or given null, count as unanswered (score 0). Use - to read the answers from standard
input. `manage.py export_model_answers PLAYBOOK` prints such a file made of the model answers.

The result is JSON on standard output: per item its score (0-1), points, maximum, each criterion met or
not with its evidence ({"start", "end", "quote"}: a character span of the answer, or null) and the red
flags it raised; per competency a 1-5 rating; every red flag; the overall score (0-100) and the
recommendation with its reason. A problem with the playbook or the answers file exits with status 1 and
one line on standard error naming it.
"""


class _HelpFormatter(DjangoHelpFormatter, argparse.RawDescriptionHelpFormatter):
    """Keeps the answers-file table of the help text as written."""


class AnswersFileError(CommandError):
    pass


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def _kind_of(value: object) -> str:
    if isinstance(value, str):
        return "text"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return "null"


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # json.loads keeps the last of two equal keys; an answers file naming an item twice is a mistake.
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"the key {key!r} appears twice in one object")
        result[key] = value
    return result


def read_answers_file(name: str) -> dict[str, Any]:
    """The answers file as a JSON object, or an AnswersFileError naming what is wrong with it."""
    try:
        # utf-8-sig: an editor's byte-order mark is not part of the JSON.
        text = sys.stdin.read() if name == "-" else Path(name).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise AnswersFileError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise AnswersFileError(f"{name}: is a directory, expected a JSON file of answers") from None
    except UnicodeDecodeError as exc:
        raise AnswersFileError(f"{name}: expected UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except OSError as exc:
        raise AnswersFileError(f"{name}: cannot read the file ({exc.strerror})") from None
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicate_keys)
    except json.JSONDecodeError as exc:
        raise AnswersFileError(
            f"{name}: malformed JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from None
    except ValueError as exc:
        raise AnswersFileError(f"{name}: {exc}") from None
    if not isinstance(data, dict):
        raise AnswersFileError(
            f"{name}: expected a JSON object mapping item slugs to answers, got {_kind_of(data)}"
        )
    return data


def _option_key(item: Item, value: object, *, source: str, role: str = "an option key") -> str:
    keys = [option.key for option in item.options]
    if not isinstance(value, str):
        raise AnswersFileError(f"{source}: {item.slug} expects {role}, got {_kind_of(value)}")
    if value not in keys and value.strip().lower() in keys:
        value = value.strip().lower()  # "B" for option b: the same pick, written as the screen shows it
    if value not in keys:
        raise AnswersFileError(
            f"{source}: {item.slug}: {value!r} is not one of its options ({', '.join(keys)})"
        )
    return value


def _best_worst(item: Item, value: object, *, source: str) -> dict[str, str]:
    expected = '{"best": KEY, "worst": KEY} or [BEST, WORST]'
    if isinstance(value, list):
        if len(value) != 2:
            raise AnswersFileError(f"{source}: {item.slug} expects {expected}, got a list of {len(value)}")
        best, worst = value
    elif isinstance(value, dict):
        if set(value) != {"best", "worst"}:
            got = ", ".join(sorted(value)) or "none"
            raise AnswersFileError(
                f"{source}: {item.slug} expects {expected}, got an object with the keys: {got}"
            )
        best, worst = value["best"], value["worst"]
    else:
        raise AnswersFileError(f"{source}: {item.slug} expects {expected}, got {_kind_of(value)}")
    return {
        "best": _option_key(item, best, source=source, role="an option key as best"),
        "worst": _option_key(item, worst, source=source, role="an option key as worst"),
    }


def answer_for_item(item: Item, value: object, *, source: str) -> Answer:
    """One answer from the file in the engine's shape, or an AnswersFileError naming the item."""
    if value is None:
        return None
    if item.type in TEXT_ITEM_TYPES:
        if not isinstance(value, str):
            raise AnswersFileError(f"{source}: {item.slug} expects text, got {_kind_of(value)}")
        return value
    if item.type == "best_worst":
        return _best_worst(item, value, source=source)
    if item.type == "single_choice":
        # ["c"] is read as "c": a list of the one key picked says the same thing.
        if isinstance(value, list) and len(value) == 1:
            value = value[0]
        elif isinstance(value, list):
            raise AnswersFileError(
                f"{source}: {item.slug} expects one option key, got a list of {len(value)}"
            )
        return _option_key(item, value, source=source)
    # multi_select: a single key is a one-key selection.
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        raise AnswersFileError(f"{source}: {item.slug} expects a list of option keys, got {_kind_of(value)}")
    return [_option_key(item, key, source=source) for key in value]


def answers_for_playbook(spec: PlaybookSpec, data: Mapping[str, object], *, source: str) -> dict[str, Answer]:
    answers: dict[str, Answer] = {}
    for slug, value in data.items():
        item = spec.item(slug)
        if item is None:
            raise AnswersFileError(
                f"{source}: unknown item {slug!r}: playbook {spec.slug} has the items "
                f"{', '.join(each.slug for each in spec.items)}"
            )
        answer = answer_for_item(item, value, source=source)
        if answer is not None:
            answers[slug] = answer
    return answers


def playbook_spec_or_error(slug: str) -> PlaybookSpec:
    """The current version of a playbook, or a CommandError that lists the playbooks there are."""
    try:
        version = playbook_get(slug=slug)
        known = [] if version is not None else [summary.slug for summary in playbook_list()]
    except DatabaseError as exc:
        first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise CommandError(
            f"cannot read the playbooks from the database ({first_line}): run `python manage.py migrate` "
            "and `python manage.py load_playbooks` first"
        ) from None
    if version is None:
        if not known:
            raise CommandError(
                f"unknown playbook {slug!r}: no playbooks are loaded (run `python manage.py load_playbooks`)"
            )
        raise CommandError(f"unknown playbook {slug!r}: the playbooks are {', '.join(sorted(known))}")
    return version.spec


def _number(value: float) -> float:
    rounded = round(value, POINTS_DIGITS)
    return rounded + 0.0  # -0.0 prints as 0.0


def _item(data: dict[str, Any]) -> dict[str, Any]:
    shaped = {key: value for key, value in data.items() if key != "slug"}  # the item's key says it
    for key in ("score", "points", "max_points"):
        shaped[key] = _number(data[key])
    shaped["criteria"] = [
        {**criterion, "points": _number(criterion["points"]), "max_points": _number(criterion["max_points"])}
        for criterion in data["criteria"]
    ]
    return shaped


def result_as_cli_json(result: AttemptResult) -> str:
    """The CLI's JSON (issue 4): the result's content (`result_data`) without each item's slug (its key),
    numbers rounded; sorted keys, indent 2: equal results, equal bytes."""
    shaped = result_data(result)
    shaped["items"] = {slug: _item(item) for slug, item in shaped["items"].items()}
    shaped["overall"] = round(result.overall, 1) + 0.0
    return json.dumps(shaped, sort_keys=True, indent=2, ensure_ascii=False)


class Command(BaseCommand):
    help = "Score a file of answers against every item of a playbook's current version; print JSON.\n\n" + (
        ANSWERS_HELP
    )

    def create_parser(self, prog_name: str, subcommand: str, **kwargs: Any) -> CommandParser:
        kwargs.setdefault("formatter_class", _HelpFormatter)
        return super().create_parser(prog_name, subcommand, **kwargs)

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("playbook", help="The playbook's slug, e.g. technical-support-specialist.")
        parser.add_argument("answers", help="The answers file (JSON, see above), or - for standard input.")

    def handle(self, *args: Any, **options: Any) -> None:
        spec = playbook_spec_or_error(options["playbook"])
        source: str = options["answers"]
        answers = answers_for_playbook(spec, read_answers_file(source), source=source)
        try:
            result = score_attempt(scoring_input_for_playbook(spec=spec), answers)
        except AnswerError as exc:
            # The checks above should catch every bad answer first; the engine's word is final.
            raise CommandError(f"{source}: {_one_line(str(exc))}") from None
        self.stdout.write(result_as_cli_json(result))

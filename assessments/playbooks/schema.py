"""The playbook file format (`fixtures/playbooks/<slug>.yaml` or `.json`) as pydantic models.

`parse_playbook_file(path)` reads one file and returns a validated `PlaybookSpec`, or raises
`PlaybookFileError` listing every problem found as `file:line: field.path: what was expected`.
No Django import here, so content authors can check a file on its own:

    python -m assessments.playbooks.schema fixtures/playbooks/*.yaml

Field-level checks come from the models; the cross-references (competency slugs, option keys, blueprint
items and time) are checked in `PlaybookSpec._cross_references`, which reports them all at once.
"""

from __future__ import annotations

import json
import math
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator
from pydantic_core import ErrorDetails

from rubrics.engine.specs import (
    FAMILIES,
    Family,
    OptionFlagRule,
    OptionKey,
    RedFlagRule,
    RubricSpec,
    Slug,
    Text,
    TextFlagRule,
)

SCHEMA_VERSION = 1
PLAYBOOK_SUFFIXES = (".yaml", ".yml", ".json")
WEIGHT_TOLERANCE = 0.01

ItemType = Literal["best_worst", "single_choice", "multi_select", "ordered_steps", "short_text", "long_text"]
Level = Literal["entry-level", "mid-level", "senior"]
Severity = Literal["warning", "disqualifier"]
ScenarioKind = Literal["message", "email", "bounce", "ticket", "screenshot", "chat", "log", "none"]

CHOICE_ITEM_TYPES: frozenset[str] = frozenset({"best_worst", "single_choice", "multi_select"})
RUBRIC_TYPES_FOR_ITEM: dict[str, tuple[str, ...]] = {
    "best_worst": ("best_worst",),
    "single_choice": ("single_choice",),
    "multi_select": ("multi_select",),
    "ordered_steps": ("ordered_steps",),
    "short_text": ("checklist", "writing"),
    "long_text": ("checklist", "writing"),
}
LEVEL_LABELS: dict[str, str] = {"entry-level": "Entry level", "mid-level": "Mid level", "senior": "Senior"}
FAMILY_LABELS: dict[str, str] = {
    "situational_judgment": "Situational judgment",
    "attention_to_detail": "Attention to detail",
    "written_communication": "Written communication",
    "technical_process": "Technical and process",
}


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _NumberedScale(_Model):
    """Keys "1", "3", "5" (YAML reads unquoted 1: as a number, so numbers are accepted as keys too)."""

    @model_validator(mode="before")
    @classmethod
    def _number_keys_as_text(cls, data: Any) -> Any:
        if isinstance(data, dict):
            return {
                str(key) if isinstance(key, int) and not isinstance(key, bool) else key: value
                for key, value in data.items()
            }
        return data


class Anchors(_NumberedScale):
    """What a 1, a 3 and a 5 look like; 2 and 4 sit between."""

    one: Text = Field(alias="1")
    three: Text = Field(alias="3")
    five: Text = Field(alias="5")

    def as_list(self) -> list[tuple[int, str]]:
        return [(1, self.one), (3, self.three), (5, self.five)]


class ScoringBands(_NumberedScale):
    one: Text = Field(alias="1")
    two: Text = Field(alias="2")
    three: Text = Field(alias="3")
    four: Text = Field(alias="4")
    five: Text = Field(alias="5")

    def as_list(self) -> list[tuple[int, str]]:
        return [(1, self.one), (2, self.two), (3, self.three), (4, self.four), (5, self.five)]


class Overview(_Model):
    function: Text
    core_focus: Text
    typical_smb_scope: Text


class Responsibility(_Model):
    title: Text
    description: Text


class Skill(_Model):
    name: Text
    description: Text


class Skills(_Model):
    hard: list[Skill] = Field(min_length=1)
    soft: list[Skill] = Field(min_length=1)
    attitude: list[Skill] = Field(min_length=1)


class ToolCategory(_Model):
    category: Text
    description: Text


class Competency(_Model):
    slug: Slug
    name: Text
    description: Text
    anchors: Anchors


class RedFlag(_Model):
    code: Slug
    title: Text
    description: Text
    severity: Severity
    rules: list[RedFlagRule] = Field(default_factory=list)


class Option(_Model):
    key: OptionKey
    text: Text


class Scenario(_Model):
    """The material the candidate sees beside the prompt: an email, a bounce, a ticket, a screenshot..."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=False)

    kind: ScenarioKind
    sender: Text | None = Field(default=None, alias="from")
    subject: Text | None = None
    body: Text | None = None

    @model_validator(mode="after")
    def _body_unless_none(self) -> Scenario:
        if self.kind != "none" and self.body is None:
            raise ValueError(
                f"body is required for a scenario of kind {self.kind!r} (only kind 'none' has none)"
            )
        return self


class Item(_Model):
    slug: Slug
    family: Family
    type: ItemType
    title: Text
    prompt: Text
    scenario: Scenario | None = None
    options: list[Option] = Field(default_factory=list)
    rubric: RubricSpec
    model_answer: Text
    estimated_minutes: float = Field(gt=0, le=60)
    competencies: dict[Slug, Annotated[float, Field(gt=0, le=1)]] = Field(min_length=1)

    @property
    def is_choice(self) -> bool:
        return self.type in CHOICE_ITEM_TYPES

    def option_text(self, key: str) -> str:
        for option in self.options:
            if option.key == key:
                return option.text
        return ""


class InterviewQuestion(_Model):
    slug: Slug
    text: Text
    look_for: list[Text] = Field(min_length=1)
    competencies: list[Slug] = Field(min_length=1)
    scale: Anchors


class ScoringGuidance(_Model):
    summary: Text
    bands: ScoringBands


class AdjacentRole(_Model):
    title: Text
    difference: Text
    playbook: Slug | None = None


class Blueprint(_Model):
    time_limit_minutes: int = Field(ge=1, le=240)
    items: list[Slug] = Field(min_length=1)


class PlaybookConsistencyError(ValueError):
    """Every broken cross-reference of one playbook, each with its field path from the playbook's root."""

    def __init__(self, problems: list[tuple[tuple[str | int, ...], str]]) -> None:
        self.problems = problems
        super().__init__("; ".join(f"{format_path(loc)}: {message}" for loc, message in problems))


class PlaybookSpec(_Model):
    schema_version: Literal[1]
    slug: Slug
    title: Text
    level: Level
    function: Text
    summary: Text
    overview: Overview
    responsibilities: list[Responsibility] = Field(min_length=1)
    skills: Skills
    tools_and_systems: list[ToolCategory] = Field(min_length=1)
    competencies: list[Competency] = Field(min_length=4, max_length=7)
    red_flags: list[RedFlag] = Field(min_length=1)
    items: list[Item] = Field(min_length=1)
    interview_questions: list[InterviewQuestion] = Field(min_length=1)
    scoring_guidance: ScoringGuidance
    adjacent_roles: list[AdjacentRole]
    blueprint: Blueprint

    # Lookups for readers (templates, services); the data stays the validated file.

    def item(self, slug: str) -> Item | None:
        return next((item for item in self.items if item.slug == slug), None)

    def competency(self, slug: str) -> Competency | None:
        return next((competency for competency in self.competencies if competency.slug == slug), None)

    def blueprint_items(self) -> list[Item]:
        by_slug = {item.slug: item for item in self.items}
        return [by_slug[slug] for slug in self.blueprint.items if slug in by_slug]

    def blueprint_minutes(self) -> float:
        return sum(item.estimated_minutes for item in self.blueprint_items())

    @model_validator(mode="after")
    def _cross_references(self) -> PlaybookSpec:
        problems = _cross_reference_problems(self)
        if problems:
            raise PlaybookConsistencyError(problems)
        return self


Loc = tuple[str | int, ...]


def _listing(values: list[str] | tuple[str, ...]) -> str:
    return ", ".join(values) if values else "(none)"


def _unique(values: list[str], loc_of: Any, what: str) -> list[tuple[Loc, str]]:
    problems: list[tuple[Loc, str]] = []
    first_index: dict[str, int] = {}
    for index, value in enumerate(values):
        if value in first_index:
            problems.append(
                (loc_of(index), f"duplicate {what} {value!r} (already used at index {first_index[value]})")
            )
        else:
            first_index[value] = index
    return problems


def _cross_reference_problems(spec: PlaybookSpec) -> list[tuple[Loc, str]]:  # noqa: C901 - one checklist
    problems: list[tuple[Loc, str]] = []
    competency_slugs = [competency.slug for competency in spec.competencies]
    known_competencies = set(competency_slugs)
    item_slugs = [item.slug for item in spec.items]
    items_by_slug = {item.slug: item for item in spec.items}

    problems += _unique(competency_slugs, lambda i: ("competencies", i, "slug"), "competency slug")
    problems += _unique(item_slugs, lambda i: ("items", i, "slug"), "item slug")
    problems += _unique(
        [question.slug for question in spec.interview_questions],
        lambda i: ("interview_questions", i, "slug"),
        "interview question slug",
    )
    problems += _unique(
        [flag.code for flag in spec.red_flags], lambda i: ("red_flags", i, "code"), "red-flag code"
    )

    def unknown_competency(slug: str) -> str:
        known = _listing(competency_slugs)
        return f"unknown competency {slug!r}: expected one of the playbook's competencies ({known})"

    for i, item in enumerate(spec.items):
        at: Loc = ("items", i)
        if item.slug == "all":
            problems.append((at + ("slug",), "'all' is reserved (red-flag rules use it for every item)"))
        allowed = RUBRIC_TYPES_FOR_ITEM[item.type]
        if item.rubric.type not in allowed:
            problems.append(
                (
                    at + ("rubric", "type"),
                    f"a {item.type} item needs a rubric of type {' or '.join(allowed)}, "
                    f"got {item.rubric.type!r}",
                )
            )
        option_keys = [option.key for option in item.options]
        if item.is_choice and len(item.options) < 2:
            problems.append(
                (at + ("options",), f"a {item.type} item needs at least 2 options, got {len(item.options)}")
            )
        if not item.is_choice and item.options:
            problems.append(
                (
                    at + ("options",),
                    f"a {item.type} item is answered in text and takes no options "
                    f"(options are for {', '.join(sorted(CHOICE_ITEM_TYPES))})",
                )
            )
        problems += _unique(option_keys, lambda j, at=at: at + ("options", j, "key"), "option key")
        for field_loc, key in _rubric_option_refs(item):
            if key not in option_keys:
                problems.append(
                    (
                        at + ("rubric",) + field_loc,
                        f"{key!r} is not one of this item's option keys ({_listing(option_keys)})",
                    )
                )
        for slug in item.competencies:
            if slug not in known_competencies:
                problems.append((at + ("competencies", slug), unknown_competency(slug)))
        total = sum(item.competencies.values())
        if abs(total - 1.0) > WEIGHT_TOLERANCE:
            problems.append(
                (
                    at + ("competencies",),
                    f"the competency weights must add up to 1.0 (±{WEIGHT_TOLERANCE}), "
                    f"they add up to {total:g}",
                )
            )

    for i, question in enumerate(spec.interview_questions):
        for j, slug in enumerate(question.competencies):
            if slug not in known_competencies:
                problems.append((("interview_questions", i, "competencies", j), unknown_competency(slug)))
        problems += _unique(
            question.competencies,
            lambda j, i=i: ("interview_questions", i, "competencies", j),
            "competency",
        )

    for i, flag in enumerate(spec.red_flags):
        for j, rule in enumerate(flag.rules):
            at = ("red_flags", i, "rules", j)
            if isinstance(rule, TextFlagRule):
                if "all" in rule.items and len(rule.items) > 1:
                    problems.append((at + ("items",), "use [all] alone, or list item slugs without 'all'"))
                for k, slug in enumerate(rule.items):
                    if slug != "all" and slug not in items_by_slug:
                        problems.append(
                            (at + ("items", k), f"unknown item {slug!r}: expected an item slug or all")
                        )
            elif isinstance(rule, OptionFlagRule):
                target = items_by_slug.get(rule.item)
                if target is None:
                    problems.append(
                        (at + ("item",), f"unknown item {rule.item!r}: expected one of the item slugs")
                    )
                    continue
                if not target.is_choice:
                    problems.append(
                        (
                            at + ("item",),
                            f"an option rule needs an item with options, "
                            f"{rule.item!r} is a {target.type} item",
                        )
                    )
                    continue
                target_keys = [option.key for option in target.options]
                for k, key in enumerate(rule.keys):
                    if key not in target_keys:
                        problems.append(
                            (
                                at + ("keys", k),
                                f"{key!r} is not one of the option keys of item {rule.item!r} "
                                f"({_listing(target_keys)})",
                            )
                        )

    blueprint = spec.blueprint
    problems += _unique(blueprint.items, lambda k: ("blueprint", "items", k), "blueprint item")
    chosen: list[Item] = []
    for k, slug in enumerate(blueprint.items):
        found = items_by_slug.get(slug)
        if found is None:
            problems.append(
                (("blueprint", "items", k), f"unknown item {slug!r}: expected one of the item slugs")
            )
        elif found not in chosen:
            chosen.append(found)
    minutes = math.fsum(item.estimated_minutes for item in chosen)
    if minutes > blueprint.time_limit_minutes + 1e-9:
        problems.append(
            (
                ("blueprint", "items"),
                f"the items' estimated_minutes add up to {minutes:g}, over the time_limit_minutes of "
                f"{blueprint.time_limit_minutes}: drop an item or raise the limit",
            )
        )
    missing_families = [family for family in FAMILIES if family not in {item.family for item in chosen}]
    if missing_families and len(chosen) == len(set(blueprint.items)):
        problems.append(
            (
                ("blueprint", "items"),
                f"the blueprint must cover all four families; no item from: {', '.join(missing_families)}",
            )
        )
    return problems


def _rubric_option_refs(item: Item) -> list[tuple[Loc, str]]:
    rubric = item.rubric
    if rubric.type == "best_worst":
        return [(("best",), rubric.best), (("worst",), rubric.worst)]
    if rubric.type == "single_choice":
        return [(("correct",), rubric.correct)]
    if rubric.type == "multi_select":
        return [(("correct", k), key) for k, key in enumerate(rubric.correct)]
    return []


# --- Reading files -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    path: str
    message: str
    line: int | None = None


class PlaybookFileError(Exception):
    """A playbook file that cannot be used: names the file, the field path and what was expected."""

    def __init__(self, source: str, problems: list[Problem]) -> None:
        self.source = source
        self.problems = problems
        super().__init__("\n".join(self.lines()))

    def lines(self) -> list[str]:
        lines = []
        for problem in self.problems:
            where = f"{self.source}:{problem.line}" if problem.line else self.source
            path = f" {problem.path}:" if problem.path else ""
            lines.append(f"{where}:{path} {problem.message}")
        return lines


_IDENTIFIER_KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]*$")


def format_path(loc: Loc) -> str:
    """`("items", 3, "rubric", "best")` -> `items[3].rubric.best`; odd keys are quoted: `anchors["1"]`."""
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        elif _IDENTIFIER_KEY.match(part):
            text += f".{part}" if text else part
        else:
            text += f"[{json.dumps(part)}]"
    return text


class _StrictYamlLoader(yaml.SafeLoader):
    """PyYAML keeps the last of two equal keys silently; a playbook with two `rubric:` keys is a mistake."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: dict[str, int] = {}
        for key_node, _value in node.value:
            if isinstance(key_node, yaml.ScalarNode) and key_node.tag != "tag:yaml.org,2002:merge":
                if key_node.value in seen:
                    raise yaml.constructor.ConstructorError(
                        "while reading a mapping",
                        node.start_mark,
                        f"found the key {key_node.value!r} twice (first on line {seen[key_node.value]})",
                        key_node.start_mark,
                    )
                seen[key_node.value] = key_node.start_mark.line + 1
        return super().construct_mapping(node, deep=deep)


def _read_yaml(text: str, source: str) -> tuple[Any, yaml.Node | None]:
    loader = _StrictYamlLoader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        detail = ": ".join(part for part in (exc.context, exc.problem) if part)
        column = f", column {mark.column + 1}" if mark is not None else ""
        raise PlaybookFileError(
            source, [Problem("", f"malformed YAML{column}: {detail or exc}", line)]
        ) from None
    except yaml.YAMLError as exc:
        raise PlaybookFileError(source, [Problem("", f"malformed YAML: {exc}")]) from None
    finally:
        loader.dispose()
    return data, node


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"found the key {key!r} twice in one object")
        result[key] = value
    return result


def _read_json(text: str, source: str) -> Any:
    try:
        return json.loads(text, object_pairs_hook=_no_duplicate_keys)
    except json.JSONDecodeError as exc:
        raise PlaybookFileError(
            source, [Problem("", f"malformed JSON, column {exc.colno}: {exc.msg}", exc.lineno)]
        ) from None
    except ValueError as exc:
        raise PlaybookFileError(source, [Problem("", f"malformed JSON: {exc}")]) from None


def _walk(data: Any, node: yaml.Node | None, loc: Loc) -> tuple[Loc, int | None]:
    """Follow a pydantic error location through the data: drop union tags, find the YAML line."""
    path: list[str | int] = []
    line: int | None = None  # a field missing at the top has no better line than "the file"
    for part in loc:
        if part == "[key]":
            continue
        if isinstance(data, dict) and isinstance(part, str) and part not in data:
            if data.get("type") == part:  # a discriminated-union tag, not a key of the file
                continue
            path.append(part)
            data, node = None, None
            continue
        path.append(part)
        next_node: yaml.Node | None = None
        if isinstance(data, dict):
            data = data.get(part)
            if isinstance(node, yaml.MappingNode):
                for key_node, value_node in node.value:
                    if isinstance(key_node, yaml.ScalarNode) and key_node.value == str(part):
                        line = key_node.start_mark.line + 1
                        next_node = value_node
                        break
        elif isinstance(data, list) and isinstance(part, int) and 0 <= part < len(data):
            data = data[part]
            if isinstance(node, yaml.SequenceNode) and part < len(node.value):
                next_node = node.value[part]
                line = next_node.start_mark.line + 1
        else:
            data = None
        node = next_node
    return tuple(path), line


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _kind_of(value: Any) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return f"the text {_shown(value)}"
    if value is None:
        return "nothing (an empty value)"
    return f"{type(value).__name__} {value!r}"


def _describe(error: ErrorDetails) -> str:  # noqa: C901 - one message per pydantic error type
    kind = error["type"]
    ctx = error.get("ctx") or {}
    value = error.get("input")
    if kind == "missing":
        return "required field is missing"
    if kind == "extra_forbidden":
        return "unknown key: not part of the playbook format (check its spelling and indentation)"
    if kind == "literal_error":
        return f"expected {ctx.get('expected')}, got {_shown(value)}"
    if kind == "union_tag_invalid":
        return f"expected type to be one of {ctx.get('expected_tags')}, got {_shown(ctx.get('tag'))}"
    if kind == "union_tag_not_found":
        return f"required field {ctx.get('discriminator')} is missing (it says which shape this is)"
    if kind == "string_type":
        hint = (
            " (YAML read it as a number, a yes/no or a date: put the text in quotes)"
            if isinstance(value, int | float | bool) or type(value).__name__ in {"date", "datetime"}
            else ""
        )
        return f"expected text, got {_kind_of(value)}{hint}"
    if kind in {"model_type", "model_attributes_type", "dict_type"}:
        return f"expected a mapping of keys and values, got {_kind_of(value)}"
    if kind == "list_type":
        return f"expected a list, got {_kind_of(value)}"
    if kind == "string_too_short":
        return "must not be empty"
    if kind == "too_short":
        return f"expected at least {ctx.get('min_length')} entries, got {ctx.get('actual_length')}"
    if kind == "too_long":
        return f"expected at most {ctx.get('max_length')} entries, got {ctx.get('actual_length')}"
    if kind == "value_error":
        return str(ctx.get("error", error["msg"])).removeprefix("Value error, ")
    message = error["msg"]
    if isinstance(value, dict | list):
        return message
    return f"{message[0].lower()}{message[1:]}, got {_shown(value)}"


def _problems_from(exc: ValidationError, data: Any, node: yaml.Node | None) -> list[Problem]:
    problems: list[Problem] = []
    for error in exc.errors():
        cause = (error.get("ctx") or {}).get("error")
        if isinstance(cause, PlaybookConsistencyError):
            base = error["loc"]
            for loc, message in cause.problems:
                path, line = _walk(data, node, tuple(base) + loc)
                problems.append(Problem(format_path(path), message, line))
            continue
        loc = tuple(error["loc"])
        if error["type"] in {"union_tag_invalid", "union_tag_not_found"}:
            loc = loc + (str((error.get("ctx") or {}).get("discriminator", "type")).strip("'"),)
        path, line = _walk(data, node, loc)
        problems.append(Problem(format_path(path), _describe(error), line))
    return problems


def parse_playbook_data(data: Any, *, source: str, node: yaml.Node | None = None) -> PlaybookSpec:
    """Validate already-parsed content; `node` (the composed YAML) lets errors carry line numbers."""
    if not isinstance(data, dict):
        raise PlaybookFileError(
            source,
            [
                Problem(
                    "", f"expected a mapping of playbook fields at the top of the file, got {_kind_of(data)}"
                )
            ],
        )
    try:
        return PlaybookSpec.model_validate(data)
    except ValidationError as exc:
        raise PlaybookFileError(source, _problems_from(exc, data, node)) from None


def parse_playbook_file(path: Path, *, source: str | None = None) -> PlaybookSpec:
    """Read and validate one playbook file (YAML or JSON, chosen by its extension)."""
    shown = source or str(path)
    suffix = path.suffix.lower()
    if suffix not in PLAYBOOK_SUFFIXES:
        raise PlaybookFileError(shown, [Problem("", "expected a .yaml, .yml or .json file")])
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise PlaybookFileError(shown, [Problem("", "no such file")]) from None
    except UnicodeDecodeError as exc:
        raise PlaybookFileError(
            shown, [Problem("", f"expected UTF-8 text: {exc.reason} at byte {exc.start}")]
        ) from None
    except OSError as exc:
        raise PlaybookFileError(shown, [Problem("", f"cannot read the file: {exc.strerror}")]) from None
    if suffix == ".json":
        return parse_playbook_data(_read_json(text, shown), source=shown)
    data, node = _read_yaml(text, shown)
    return parse_playbook_data(data, source=shown, node=node)


def main(argv: list[str]) -> int:
    """Check playbook files from the command line: prints each problem, exits 1 if any file is bad."""
    if not argv:
        print("usage: python -m assessments.playbooks.schema FILE [FILE ...]", file=sys.stderr)
        return 2
    status = 0
    for name in argv:
        try:
            spec = parse_playbook_file(Path(name))
        except PlaybookFileError as exc:
            status = 1
            print(exc, file=sys.stderr)
        else:
            print(
                f"{name}: ok ({spec.slug}: {len(spec.items)} items, blueprint {spec.blueprint_minutes():g} "
                f"of {spec.blueprint.time_limit_minutes} minutes)"
            )
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

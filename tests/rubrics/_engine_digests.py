"""Score many generated attempts and give each result's canonical JSON digest: the compiled engine and the
pure Python one must give the same list (tests/rubrics/test_native_engine.py).

`python -m tests.rubrics._engine_digests COUNT` prints, as JSON, whether the engine ran compiled and the
digests, COUNT attempts per playbook and input (every item, then the 30-minute blueprint). The answers are
the model answers changed the ways people write and worse: case, curly quotes, contractions, negations put
in front, truncated, words shuffled, another item's text, list markers, accents as combining marks, empty.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from collections.abc import Callable
from typing import Any

from rubrics.engine import ItemInput, ScoringInput, native, result_to_json, score_attempt
from rubrics.engine.inputs import TEXT_ITEM_TYPES
from tests.rubrics._inputs import PLAYBOOK_SLUGS, blueprint_input, model_answers, scoring_input

NEGATIONS = (
    "I would never ",
    "Do not ",
    "I won't ",
    "If they asked, ",
    "Did you ",
    "It is against policy to ",
    "No, ",
    "not only ",
    "instead of ",
)


def _vary_text(text: str, rng: random.Random, pool: list[str]) -> str:
    changes: list[Callable[[str], str]] = [
        str.lower,
        str.upper,
        lambda t: t.replace("'", "\u2019").replace('"', "\u201c"),
        lambda t: t.replace("I will", "I'll").replace("do not", "don't").replace("cannot", "can't"),
        lambda t: re.sub(r"\s+", " ", t),
        lambda t: rng.choice(NEGATIONS) + t,
        lambda t: t[: rng.randint(0, len(t))],
        lambda t: " ".join(rng.sample(t.split(), k=len(t.split()))),
        lambda t: t + "\n\n" + rng.choice(pool),
        lambda t: t.replace(" ", " " + rng.choice(["not ", "never ", ", ", "; ", "\n", "1. ", "- "]), 5),
        lambda t: t.replace(".", rng.choice(["?", "!", ";", ",", "...", ".\n"])),
        lambda t: t.replace("e", "\u00e9").replace("a", "a\u0301"),
        lambda t: "\n".join(f"{n + 1}. {sentence}" for n, sentence in enumerate(t.split(". "))),
        lambda t: "",
    ]
    for change in rng.sample(changes, k=rng.randint(0, 4)):
        text = change(text)
    return text


def _vary(item: ItemInput, model: Any, rng: random.Random, pool: list[str]) -> Any:
    keys = [option.key for option in item.options]
    if item.type in TEXT_ITEM_TYPES:
        return _vary_text(model, rng, pool)
    draw = rng.random()
    if draw < 0.1:
        return None
    if draw < 0.5:
        return model
    if item.type == "best_worst":
        best, worst = rng.sample(keys, k=2)
        return {"best": best, "worst": worst}
    if item.type == "single_choice":
        return rng.choice(keys)
    return sorted(set(model) ^ {rng.choice(keys)}) or [rng.choice(keys)]


def _inputs() -> list[ScoringInput]:
    return [made(slug) for slug in PLAYBOOK_SLUGS for made in (scoring_input, blueprint_input)]


def digests(count: int, seed: int = 4) -> list[str]:
    found = []
    for number, scoring in enumerate(_inputs()):
        model = model_answers(scoring)
        pool = [item.model_answer for item in scoring.items if item.model_answer]
        rng = random.Random(seed * 1000 + number)
        for _ in range(count):
            answers = {item.slug: _vary(item, model[item.slug], rng, pool) for item in scoring.items}
            answers = {slug: answer for slug, answer in answers.items() if answer is not None}
            result = result_to_json(score_attempt(scoring, answers))
            found.append(hashlib.sha256(result.encode()).hexdigest())
    return found


if __name__ == "__main__":
    print(json.dumps({"compiled": native.compiled(), "digests": digests(int(sys.argv[1]))}))

"""Red flags: the playbook's rules, run on one attempt.

* text: a phrasing said affirmatively in the answer to one of the rule's text items (or any text item
  for ["all"]), read the strict "flag" way (see `text`: negations, questions and conditions never
  raise a flag). Evidence: the first such span.
* option: one of the rule's keys picked as the best response (best_worst) or selected (single or
  multi choice). Evidence: none (there is no text); the reason names the option.
* score: the mean score of the assessment's items of the rule's family is below the threshold
  (unanswered items count 0; no items of the family, no flag). Evidence: none; the reason names the mean.

Each flag is raised at most once per (code, item); rules of one flag run in the playbook's order and the
first hit stands. Rules that name items outside this assessment are skipped.
"""

from __future__ import annotations

from collections.abc import Mapping

from rubrics.engine.inputs import Answer, ItemInput, RedFlagInput, ScoringInput
from rubrics.engine.matching import PhraseBook, compile_book, find_first
from rubrics.engine.results import Evidence, FlagHit
from rubrics.engine.specs import OptionFlagRule, ScoreFlagRule, TextFlagRule
from rubrics.engine.text import AnalysedText


def _hit(flag: RedFlagInput, *, item: str | None, evidence: Evidence | None, reason: str) -> FlagHit:
    return FlagHit(
        code=flag.code, title=flag.title, severity=flag.severity, item=item, evidence=evidence, reason=reason
    )


def _picked(item: ItemInput, answer: Answer) -> list[str]:
    """The keys that count for an option rule: the best pick of a best_worst item, or the selection."""
    if isinstance(answer, dict):
        best = answer.get("best")
        return [best] if best else []
    if isinstance(answer, str):
        return [answer]
    if isinstance(answer, list):
        return list(answer)
    return []


def _text_hits(
    flag: RedFlagInput,
    rule: TextFlagRule,
    scoring_input: ScoringInput,
    analysed: Mapping[str, AnalysedText],
    rules: tuple[PhraseBook, int, dict[str, list[list[int]]]],
) -> list[FlagHit]:
    """`rules`: the book of every text rule, this rule's number in it, and each text's candidates so far."""
    book, number, candidates = rules
    wanted = None if rule.all_items else set(rule.items)
    hits = []
    for item in scoring_input.items:
        text = analysed.get(item.slug)
        if text is None or (wanted is not None and item.slug not in wanted):
            continue
        found = candidates.get(item.slug)
        if found is None:
            found = candidates[item.slug] = book.candidates(text)
        match = find_first(text, book.sets[number], reading="flag", candidates=found[number])
        if match is not None:
            evidence = Evidence(start=match.start, end=match.end, quote=text.text[match.start : match.end])
            hits.append(
                _hit(
                    flag,
                    item=item.slug,
                    evidence=evidence,
                    reason=f'"{evidence.quote}" in the answer to {item.title} (phrasing: "{match.phrasing}")',
                )
            )
    return hits


def _option_hits(
    flag: RedFlagInput, rule: OptionFlagRule, items: Mapping[str, ItemInput], answers: Mapping[str, Answer]
) -> list[FlagHit]:
    item = items.get(rule.item)
    if item is None:
        return []
    for key in _picked(item, answers.get(item.slug)):
        if key in rule.keys:
            how = "as the best response" if item.type == "best_worst" else "as an answer"
            text = item.option_text(key)
            return [
                _hit(
                    flag, item=item.slug, evidence=None, reason=f"Picked {key} {how} to {item.title}: {text}"
                )
            ]
    return []


def _score_hits(
    flag: RedFlagInput, rule: ScoreFlagRule, scoring_input: ScoringInput, scores: Mapping[str, float]
) -> list[FlagHit]:
    family = [item for item in scoring_input.items if item.family == rule.family]
    if not family:
        return []
    mean = sum(scores.get(item.slug, 0.0) for item in family) / len(family)
    if round(mean, 4) >= rule.below:
        return []
    name = rule.family.replace("_", " ")
    return [
        _hit(
            flag,
            item=None,
            evidence=None,
            reason=f"Mean score of the {len(family)} {name} item(s) is {mean:.2f}, below {rule.below:g}",
        )
    ]


def evaluate_flags(
    scoring_input: ScoringInput,
    answers: Mapping[str, Answer],
    analysed: Mapping[str, AnalysedText],
    scores: Mapping[str, float],
) -> list[FlagHit]:
    """Every red flag the attempt raises, in the playbook's flag and rule order."""
    items = {item.slug: item for item in scoring_input.items}
    hits: list[FlagHit] = []
    seen: set[tuple[str, str | None]] = set()
    # Every text rule's phrasings in one book: each answer is looked up once for all of them.
    book = compile_book(
        tuple(
            rule.every_phrasing()
            for flag in scoring_input.red_flags
            for rule in flag.rules
            if isinstance(rule, TextFlagRule)
        )
    )
    candidates: dict[str, list[list[int]]] = {}
    number = 0
    for flag in scoring_input.red_flags:
        for rule in flag.rules:
            if isinstance(rule, TextFlagRule):
                found = _text_hits(flag, rule, scoring_input, analysed, (book, number, candidates))
                number += 1
            elif isinstance(rule, OptionFlagRule):
                found = _option_hits(flag, rule, items, answers)
            else:
                found = _score_hits(flag, rule, scoring_input, scores)
            for hit in found:
                if (hit.code, hit.item) not in seen:
                    seen.add((hit.code, hit.item))
                    hits.append(hit)
    return hits

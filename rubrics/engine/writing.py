"""What the writing rubric's criterion kinds look for, beyond the criterion's own phrasings.

Each kind has built-in phrasings (`lexicon.WRITING_PHRASINGS`, matched like an author's phrasings,
negation included) and some have a detector of their own:

* tells_what_to_do: also met by an instruction: a clause (or a part after a comma) that starts with an
  instruction verb (`lexicon.INSTRUCTION_VERBS`: "Click ...", "Restart ...", "Do not click ...",
  "Just reply ..."), not followed by "is"/"was"/"has" ("Email is down" is not an instruction).
* numbered_steps: at least two lines that start with a number marker ("1." "2)" "(3)" "Step 4"), or the
  markers "1." and "2." in order inside a paragraph.
* plain_language: met when no jargon term of the criterion appears unexplained. A term is explained when
  a bracket follows or surrounds it ("DNS (the internet's address book)", "the address book (DNS)"), or
  an explanation marker ("which means", "i.e.", "in other words", "that is", "meaning", "stands for"...)
  follows it in the same clause. A term named in quotes where a negation covers it ('I don't use words
  like "TOTP"') is not used at all. An answer shorter than half the rubric's min_words cannot show plain
  language and does not meet it. Its own phrasings, if any, are not used (there is nothing to find).
* custom: only its own phrasings.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from rubrics.engine import lexicon
from rubrics.engine.matching import (
    Match,
    Phrase,
    PhraseBook,
    PhraseSet,
    compile_builtin,
    compile_phrasing,
    compile_phrasings,
    find_first,
    occurrences,
    phrase_book,
    phrase_set,
)
from rubrics.engine.text import AnalysedText
from rubrics.engine.words import word_key

BUILTIN_PHRASINGS = lexicon.WRITING_PHRASINGS
INSTRUCTION_VERBS = frozenset(word_key(word) for word in lexicon.INSTRUCTION_VERBS)
_LEAD_INS = frozenset(word_key(word) for word in lexicon.INSTRUCTION_LEAD_INS)
# "Check is running", "Reset was done": the word is a noun, not an instruction.
_NOT_AN_INSTRUCTION_AFTER = re.compile(r"[\s,]*(?:is|are|was|were|has|have|had)\b", re.IGNORECASE)
_EXPLANATION_WINDOW = 10  # tokens after the term in which an explanation marker counts

_LINE_MARKER = re.compile(
    r"^[ \t]*(?:[-*\u2022][ \t]*)?(?:\(?\d{1,2}[.):](?!\d)|step[ \t]*\d{1,2}\b)", re.I | re.M
)
_INLINE_MARKER = re.compile(r"(?:^|(?<=\s))\(?(\d{1,2})[.)](?=[ \t]+\S)")


@dataclass(slots=True)  # not frozen: mypyc compiles it to a native class, made per answer
class Finding:
    met: bool
    start: int | None = None
    end: int | None = None
    note: str = ""

    @classmethod
    def of_match(cls, match: Match, note: str = "") -> Finding:
        return cls(met=True, start=match.start, end=match.end, note=note)


@functools.lru_cache(maxsize=1 << 10)
def writing_phrases(kind: str, own: tuple[str, ...]) -> PhraseSet:
    """A writing criterion's phrasings: its kind's built-ins, then its own."""
    builtin = [compile_builtin(text) for text in BUILTIN_PHRASINGS.get(kind, ())]
    return phrase_set(builtin + [compile_phrasing(text) for text in own])


@functools.lru_cache(maxsize=1 << 10)
def writing_book(criteria: tuple[tuple[str, tuple[str, ...]], ...]) -> PhraseBook:
    """A writing rubric's criteria, (kind, own phrasings) each, as one book (plain_language finds no
    phrasing: see `plain_language`)."""
    return phrase_book(
        [writing_phrases(kind, () if kind == "plain_language" else own) for kind, own in criteria]
    )


def instruction(analysed: AnalysedText, after: int = 0, before: int | None = None) -> Finding:
    """The first clause or comma part that starts with an instruction verb (not negated), from token `after`
    to before token `before`."""
    keys, clauses, soft, cues = analysed.keys, analysed.clauses, analysed.soft, analysed.cues
    count = len(keys)
    for i in range(after, count if before is None else min(before, count)):
        starts_part = i == 0 or clauses[i] != clauses[i - 1] or soft[i]
        if not starts_part or analysed.neg_credit[i]:
            continue
        clause = clauses[i]
        j = i
        while j < count and clauses[j] == clause and keys[j] in _LEAD_INS and j - i < 3:
            j += 1
        if j >= count or clauses[j] != clause:
            continue
        if cues[j] and j + 1 < count and clauses[j + 1] == clause:
            j += 1  # "Do not click ...", "Don't reply ..."
        if keys[j] not in INSTRUCTION_VERBS or _NOT_AN_INSTRUCTION_AFTER.match(
            analysed.text, analysed.ends[j]
        ):
            continue
        last = j
        while last + 1 < min(j + 3, count) and clauses[last + 1] == clause and not soft[last + 1]:
            last += 1
        start, end, _ = analysed.quote(i, last)
        return Finding(met=True, start=start, end=end, note="an instruction to the reader")
    return Finding(met=False)


def numbered_steps(text: str) -> Finding:
    lines = list(_LINE_MARKER.finditer(text))
    if len(lines) >= 2:
        first = lines[0]
        start = first.start() + (len(first.group()) - len(first.group().lstrip()))
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        while end > start and text[end - 1].isspace():
            end -= 1
        return Finding(met=True, start=start, end=end, note=f"{len(lines)} numbered lines")
    numbers = [(int(match.group(1)), match) for match in _INLINE_MARKER.finditer(text)]
    for position, (number, match) in enumerate(numbers):
        if number == 1 and any(other == 2 for other, _ in numbers[position + 1 :]):
            return Finding(met=True, start=match.start(), end=match.end(), note="numbered steps in the text")
    return Finding(met=False, note="no numbered steps (at least two lines such as '1.' and '2.')")


def _explained(analysed: AnalysedText, first: int, last: int, markers: tuple[Phrase, ...]) -> bool:
    text = analysed.text
    start, end = analysed.starts[first], analysed.ends[last]
    after = text[end:].lstrip(" \t\"'\u2019\u201d")
    before = text[:start].rstrip(" \t\"'\u2018\u201c")
    if after.startswith(("(", "[", "\u2013", "\u2014", "- ")) or before.endswith(("(", "[")):
        return True
    clause = analysed.clauses[first]
    for marker in markers:
        for marker_first, _ in occurrences(analysed, marker):
            if last < marker_first <= last + _EXPLANATION_WINDOW and analysed.clauses[marker_first] == clause:
                return True
    return False


_QUOTES = "\"'\u201c\u201d\u2018\u2019"


def _avoided(analysed: AnalysedText, first: int, last: int) -> bool:
    """Whether a jargon term is named in quotes where a negation covers it: 'I don't use words like "TOTP"'
    names the word avoided, it does not use it (engine 1.110.0, a negated-right answer of the
    hundred-and-nineteenth set)."""
    start, end, text = analysed.starts[first], analysed.ends[last], analysed.text
    return (
        analysed.neg_credit[first]
        and start > 0
        and end < len(text)
        and text[start - 1] in _QUOTES
        and text[end] in _QUOTES
    )


def plain_language(analysed: AnalysedText, jargon: list[str], min_words: int) -> Finding:
    if analysed.word_count * 2 < min_words:
        return Finding(met=False, note=f"too short to show plain language ({analysed.word_count} words)")
    markers = compile_phrasings(lexicon.EXPLANATION_MARKERS).phrases
    unexplained: list[tuple[int, int, str]] = []
    for term, phrase in zip(jargon, compile_phrasings(tuple(jargon)).phrases, strict=True):
        for first, last in occurrences(analysed, phrase):
            if not _explained(analysed, first, last, markers) and not _avoided(analysed, first, last):
                unexplained.append((first, last, term))
                break
    if not unexplained:
        return Finding(met=True, note="no unexplained jargon")
    first, last, _ = min(unexplained)
    start, end, _ = analysed.quote(first, last)
    terms = ", ".join(sorted({term for _, _, term in unexplained}))
    return Finding(met=False, start=start, end=end, note=f"unexplained jargon: {terms}")


def first_phrase(
    analysed: AnalysedText,
    phrases: PhraseSet,
    candidates: list[int] | None = None,
    after: int = 0,
    before: int | None = None,
) -> Finding:
    """The first phrasing said (credit reading) from token `after` to before token `before`."""
    match = find_first(analysed, phrases, reading="credit", after=after, candidates=candidates)
    if match is None or (before is not None and match.first >= before):
        return Finding(met=False)
    return Finding.of_match(match)

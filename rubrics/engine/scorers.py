"""One scorer per rubric type. Each returns its criteria (met or not, points, evidence) and the item score.

Documented rules (part of ENGINE_VERSION):

* best_worst: criteria "best" and "worst", 0.5 each for the right pick.
* single_choice: criterion "correct", 1.0.
* multi_select: "picks-KEY" per correct option, 1/len(correct) each when selected; each wrong option
  selected is a criterion "wrong-KEY" worth -wrong_pick_penalty; the score is clamped to 0..1.
* ordered_steps: "first-step" (first_step_weight) when the first step the answer names is the rubric's
  first step; if the answer marks where it starts ("First, ...", "1.", "Step 1", "to start"), the first
  step named from that marker on. "order" (order_weight x the pairs of named steps that come in the
  expected order, by first mention, over the pairs named but at least ORDER_FULL_PAIRS (3, or all the
  rubric's pairs); no credit with fewer than two steps named, a third of it for two in order). A step
  the rubric lists among its `findings` (what the scenario already says: "only this laptop is affected")
  counts for neither, unless the answer names nothing else. The rest of the weight is shared equally by
  the steps named ("step-ID").
* checklist: a criterion is met when one of its phrasings is said affirmatively. Each order constraint
  is an extra criterion "BEFORE-before-AFTER" of weight ORDER_WEIGHT (0.5), met when both are
  mentioned and the first mention of BEFORE comes first. Score = met weight / total weight, capped at
  REQUIRED_MISSING_CAP (0.5) while any required criterion is missing, so an answer without a required
  concept never passes on the optional ones. pass_threshold is not used in the score (reports may show
  it).
* writing: each criterion is met by its phrasings plus its kind's built-ins and detectors (see
  `writing`); "length" (weight LENGTH_WEIGHT, 0.5) is met when the word count is within min..max
  words. Score = met weight / total weight, capped at REQUIRED_MISSING_CAP while a required criterion
  (what the message is for) is missing.
* checklist and writing, a required criterion rejected: one that is missing, while one of its phrasings is
  there negated ("there's no need to go back to Mark about it", "you don't need to leave your laptop on"),
  is rejected rather than forgotten: its evidence is the negated words, and the score is capped at
  REQUIRED_REJECTED_CAP (0.3) instead of REQUIRED_MISSING_CAP.
* checklist and writing contradictions: a wrong diagnosis or act the item rules out, said affirmatively
  as red flags read negation (a refusal, condition, question or reported request says nothing), is a
  criterion ID, not met, worth nothing (max 0), with the quote; while one is said the score is capped at
  its `cap` (the lowest of those said). One not said is not listed (as a wrong pick that is not picked).
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from dataclasses import dataclass

from rubrics.engine import lexicon
from rubrics.engine.inputs import Answer, ItemInput
from rubrics.engine.matching import (
    Match,
    PhraseSet,
    compile_book,
    compile_said,
    find_first,
    occurrences,
)
from rubrics.engine.results import CriterionResult, Evidence, rounded_points
from rubrics.engine.specs import (
    BestWorstRubric,
    ChecklistRubric,
    Contradiction,
    MultiSelectRubric,
    OrderedStepsRubric,
    SingleChoiceRubric,
    WritingRubric,
)
from rubrics.engine.text import AnalysedText, analyse, in_purpose, kept_after
from rubrics.engine.words import word_key
from rubrics.engine.writing import (
    Finding,
    first_phrase,
    instruction,
    numbered_steps,
    plain_language,
    writing_book,
)

REQUIRED_MISSING_CAP = 0.5
REQUIRED_MISSING_NOTE = f"required: while it is missing the item scores at most {REQUIRED_MISSING_CAP:g}"
REQUIRED_REJECTED_CAP = 0.3
REQUIRED_REJECTED_NOTE = (
    f"required, and the answer rejects it: while it does, the item scores at most {REQUIRED_REJECTED_CAP:g}"
)
ORDER_WEIGHT = 0.5
LENGTH_WEIGHT = 0.5
# Ordered steps: the "order" criterion is judged on pairs of named steps; its full weight needs this many
# pairs (three steps named), or all the rubric has. With two steps named, one pair in the right order earns
# a third of it: two steps in a row say little about a method (engine 1.53.0).
ORDER_FULL_PAIRS = 3

_FIRST_MARKERS = frozenset(word_key(word) for word in ("first", "firstly", "initially", "start", "begin"))
_ONE = word_key("1")
_STEP = word_key("step")


@dataclass(slots=True)  # not frozen: mypyc compiles it to a native class, made per answer
class Scored:
    criteria: list[CriterionResult]
    score: float
    max_points: float


def _evidence(analysed: AnalysedText | None, start: int | None, end: int | None) -> Evidence | None:
    if analysed is None or start is None or end is None:
        return None
    return Evidence(start=start, end=end, quote=analysed.text[start:end])


def _of_match(analysed: AnalysedText, match: Match | None) -> Evidence | None:
    return None if match is None else _evidence(analysed, match.start, match.end)


def _criterion(
    id: str,
    label: str,
    *,
    met: bool,
    points: float,
    max_points: float,
    evidence: Evidence | None = None,
    note: str = "",
) -> CriterionResult:
    return CriterionResult(
        id=id,
        label=label,
        met=met,
        points=rounded_points(points),
        max_points=rounded_points(max_points),
        evidence=evidence,
        note=note,
    )


# --- Choice items ------------------------------------------------------------------------------------


def _option(item: ItemInput, key: str) -> str:
    text = item.option_text(key)
    return f"{key} ({text})" if text else key


def score_best_worst(rubric: BestWorstRubric, item: ItemInput, answer: Answer) -> Scored:
    picks = answer if isinstance(answer, dict) else {}
    criteria = []
    for role, expected in (("best", rubric.best), ("worst", rubric.worst)):
        picked = picks.get(role)
        met = picked == expected
        criteria.append(
            _criterion(
                role,
                f"Picks {expected} as the {role} response",
                met=met,
                points=0.5 if met else 0.0,
                max_points=0.5,
                note=f"picked {_option(item, picked)} as {role}" if picked else "not answered",
            )
        )
    return Scored(criteria=criteria, score=sum((c.points for c in criteria), 0.0), max_points=1.0)


def score_single_choice(rubric: SingleChoiceRubric, item: ItemInput, answer: Answer) -> Scored:
    picked = answer if isinstance(answer, str) else None
    met = picked == rubric.correct
    criterion = _criterion(
        "correct",
        f"Picks {rubric.correct}",
        met=met,
        points=1.0 if met else 0.0,
        max_points=1.0,
        note=f"picked {_option(item, picked)}" if picked else "not answered",
    )
    return Scored(criteria=[criterion], score=criterion.points, max_points=1.0)


def score_multi_select(rubric: MultiSelectRubric, item: ItemInput, answer: Answer) -> Scored:
    picked = set(answer) if isinstance(answer, list) else set()
    share = 1.0 / len(rubric.correct)
    criteria = [
        _criterion(
            f"picks-{key}",
            f"Selects {_option(item, key)}",
            met=key in picked,
            points=share if key in picked else 0.0,
            max_points=share,
        )
        for key in rubric.correct
    ]
    for key in sorted(picked - set(rubric.correct)):
        criteria.append(
            _criterion(
                f"wrong-{key}",
                f"Does not select {_option(item, key)}",
                met=False,
                points=-rubric.wrong_pick_penalty,
                max_points=0.0,
                note=f"wrong pick: -{rubric.wrong_pick_penalty:g}",
            )
        )
    score = min(1.0, max(0.0, sum((c.points for c in criteria), 0.0)))
    return Scored(criteria=criteria, score=score, max_points=1.0)


# --- Ordered steps -----------------------------------------------------------------------------------


_PREPARING = frozenset(word_key(word) for word in ("grab", "fetch", "bring"))
# A step told about, not done: "Tell reception and the CEO I'm on it and what the fallback is" (engine
# 1.63.0, a right answer of the seventy-third set), when the answer names the step again later.
_ANNOUNCING = frozenset(word_key(word) for word in ("tell", "inform", "warn", "know", "reassure"))
_SEND = word_key("send")
_SENT = frozenset(word_key(word) for word in ("someone", "somebody"))
_READY = word_key("ready")
# After a step's words, these say it is kept ready rather than done: "so I'd keep a backup plan in mind from
# the start" (engine 1.53.0, the sixty-second and sixty-fifth sets), "a spare cable on standby".
_KEPT_READY = tuple(tuple(word_key(word) for word in words.split()) for words in ("in mind", "on standby"))


def _preparing(analysed: AnalysedText, match: Match) -> bool:
    """Whether the step's words are what is fetched, got ready or told about, not what is done: "grab",
    "fetch", "bring", "send someone", "tell" or "let ... know" before them in their segment, or "ready", "in
    mind" or "on standby" right after them."""
    keys = analysed.keys
    after = match.last + 1
    if after < len(keys) and keys[after] == _READY and analysed.clauses[after] == analysed.clauses[after - 1]:
        return True  # "we'll have it working or a fallback ready by 10:00"
    for words in _KEPT_READY:
        end = after + len(words)
        if (
            end <= len(keys)
            and tuple(keys[after:end]) == words
            and analysed.clauses[end - 1] == analysed.clauses[match.last]
        ):
            return True
    if any(
        keys[k] in _PREPARING or (keys[k] == _SEND and keys[k + 1] in _SENT)
        for k in range(analysed.segment_start(match.first), match.first)
    ):
        return True
    # Told about: from the start of the clause ("Tell reception/the CEO I'm on it and what the fallback is").
    clause, clauses = analysed.clauses[match.first], analysed.clauses
    k = match.first - 1
    while k >= 0 and clauses[k] == clause:
        if keys[k] in _ANNOUNCING:
            return True
        k -= 1
    return False


_FIRST_WORDS = frozenset(word_key(word) for word in ("first", "firstly", "initially"))
_OWN_BEFORE_FIRST = frozenset(word_key(word) for word in ("i", "we", "would", "will", "my", "our", "should"))
_AFTER_FIRST = frozenset(
    word_key(word) for word in ("step", "steps", "thing", "things", "check", "move", "port")
)


_START_WORDS = frozenset(word_key(word) for word in ("start", "begin"))
_START_LEADS = frozenset(word_key(word) for word in ("by", "with", "off"))


def _starts_an_order(analysed: AnalysedText, i: int) -> bool:
    """Whether "start" or "begin" at token i opens the order of steps: followed by "by", "with" or "off", or
    by a break ("I'd start by checking the input", "Start with the cable", "To start, ..."); not when it
    starts something else ("start the investor call on his laptop", "the meeting starts late"; engine
    1.72.0, a right answer of the eighty-first set, whose plan B came first)."""
    nxt = i + 1
    if nxt >= len(analysed.keys) or analysed.soft[nxt] or analysed.clauses[nxt] != analysed.clauses[i]:
        return True
    return analysed.keys[nxt] in _START_LEADS


def _opens_an_order(analysed: AnalysedText, i: int) -> bool:
    """Whether "first" at token i opens the order of steps: at the start of its segment ("First, check ..."),
    after the writer ("I'd first check", "my first step"), or before a word for a step ("first thing");
    not after an act ("reconnect first")."""
    keys = analysed.keys
    return (
        i == analysed.segment_start(i)
        or (i > 0 and keys[i - 1] in _OWN_BEFORE_FIRST)
        or (i + 1 < len(keys) and keys[i + 1] in _AFTER_FIRST)
    )


def _first_marker(analysed: AnalysedText) -> int | None:
    keys = analysed.keys
    for i, key in enumerate(keys):
        if key in _FIRST_MARKERS:
            if analysed.neg_credit[i]:
                continue  # "I wouldn't start with a reboot", "Finn wants to start by rebooting" (1.64.0)
            if key in _FIRST_WORDS and not _opens_an_order(analysed, i):
                continue  # "forget the network and reconnect first, then check the password" (1.64.0)
            if key in _START_WORDS and not _starts_an_order(analysed, i):
                continue  # "plan B: start the investor call on his laptop" (1.72.0)
            return i
        if key == _ONE and analysed.first_of_line(i):
            return i
        if key == _STEP and i + 1 < len(keys) and keys[i + 1] == _ONE:
            return i
    return None


def _step_taken(
    analysed: AnalysedText, phrases: PhraseSet, candidates: list[int], after: int = 0
) -> Match | None:
    """The first mention of a step from token `after` on that is no part of what a heading says is not done
    or went wrong (`AnalysedText.not_taken`): "Failure 2: we reinstalled Office first. ... Plan: 1 Leo signs
    in at outlook.office.com" starts with the sign-in (engine 1.125.0, the hundred-and-thirty-fourth set: a
    pre-mortem), and so does "09:16 REJECTED: 'Windows login works' - Windows can sign in on a cached
    password. 09:18 DECIDED: have him sign in at outlook.office.com" (engine 1.126.0, a decision log)."""
    match = find_first(analysed, phrases, after=after, candidates=candidates)
    while match is not None and any(low <= match.first <= high for low, high in analysed.not_taken):
        match = find_first(analysed, phrases, after=match.last + 1, candidates=candidates)
    return match


def score_ordered_steps(rubric: OrderedStepsRubric, analysed: AnalysedText) -> Scored:
    steps = rubric.steps
    expected = {step.id: position for position, step in enumerate(steps)}
    book = compile_book(tuple(tuple(step.phrasings) for step in steps))
    candidates = book.candidates(analysed)
    mentions: dict[str, Match] = {}
    # Steps named only where a heading says they are not done ("Don't: - Don't restart the access point -
    # everyone else is connected"): credited as named, but no part of the order.
    named_only: dict[str, Match] = {}
    for number, step in enumerate(steps):
        match = _step_taken(analysed, book.sets[number], candidates[number])
        if match is None and analysed.not_taken:
            turned_down = find_first(analysed, book.sets[number], candidates=candidates[number])
            if turned_down is not None:
                named_only[step.id] = turned_down
        if match is not None and _preparing(analysed, match):
            # "send someone to grab a spare HDMI cable" gets it ready; the step is where it is used ("swap in
            # the spare cable"), when the answer says so later (engine 1.47.0, the fifty-second set).
            phrases, found = book.sets[number], candidates[number]
            match = _step_taken(analysed, phrases, found, match.last + 1) or match
        if match is not None:
            mentions[step.id] = match
    named = sorted(mentions, key=lambda step_id: (mentions[step_id].first, expected[step_id]))
    # A finding the answer states (`findings`: what the scenario already says) takes no step's place: the
    # first step and the order are read from the acts, unless the answer names findings only.
    findings = set(rubric.findings)
    acts = [step_id for step_id in named if step_id not in findings] or named

    first_id: str | None = acts[0] if acts else None
    first_match = mentions.get(first_id) if first_id else None
    marker = _first_marker(analysed)
    if marker is not None:
        after_marker = []
        for number, step in enumerate(steps):
            # The earliest mention is also the earliest from the marker on when it is not before it; with
            # no mention at all there is none from the marker on either.
            match = mentions.get(step.id)
            if match is not None and match.first < marker:
                match = _step_taken(analysed, book.sets[number], candidates[number], marker)
                if match is not None and _preparing(analysed, match):
                    phrases, found = book.sets[number], candidates[number]
                    match = _step_taken(analysed, phrases, found, match.last + 1) or match
            if match is not None:
                after_marker.append((match.first, expected[step.id], step.id, match))
        acts_after = [mention for mention in after_marker if mention[2] not in findings] or after_marker
        if acts_after:
            _, _, first_id, first_match = min(acts_after)
    labels = {step.id: step.label for step in steps}
    firsts = [rubric.first_step, *rubric.first_step_also]
    first_met = first_id in firsts
    criteria = [
        _criterion(
            "first-step",
            "First step: " + " or ".join(labels[first] for first in firsts),
            met=first_met,
            points=rubric.first_step_weight if first_met else 0.0,
            max_points=rubric.first_step_weight,
            evidence=_of_match(analysed, first_match),
            note="" if first_met else (f"starts with: {labels[first_id]}" if first_id else "no step named"),
        )
    ]

    pairs = concordant = 0
    for position, earlier in enumerate(acts):
        for later in acts[position + 1 :]:
            pairs += 1
            concordant += expected[earlier] < expected[later]
    full_pairs = min(ORDER_FULL_PAIRS, len(steps) * (len(steps) - 1) // 2)
    fraction = concordant / max(pairs, full_pairs) if pairs else 0.0
    criteria.append(
        _criterion(
            "order",
            "Steps in the expected order",
            met=pairs >= full_pairs and concordant == pairs,
            points=rubric.order_weight * fraction,
            max_points=rubric.order_weight,
            note=(
                f"{concordant} of {pairs} pairs of steps in the expected order"
                + (f"; full credit needs {full_pairs} pairs (more steps named)" if pairs < full_pairs else "")
            )
            if pairs
            else "fewer than two steps named",
        )
    )

    share = max(0.0, 1.0 - rubric.first_step_weight - rubric.order_weight) / len(steps)
    for step in steps:
        match = mentions.get(step.id) or named_only.get(step.id)
        criteria.append(
            _criterion(
                f"step-{step.id}",
                step.label,
                met=match is not None,
                points=share if match is not None else 0.0,
                max_points=share,
                evidence=_of_match(analysed, match),
            )
        )
    score = min(1.0, sum((c.points for c in criteria), 0.0))
    said, cap = _contradictions(rubric.contradictions, analysed)
    return Scored(criteria=criteria + said, score=min(score, cap), max_points=1.0)


# --- Checklist ---------------------------------------------------------------------------------------


_ELSE = frozenset(word_key(word) for word in ("else", "rest"))


# A short quotation in double quotes, straight or curly, within one line, right after a word for a document
# or its part ("the summary "Compliant 4 of 4 (100%)"", "report, "4 of 4 (100%)""): that document's words
# cited, not the candidate's claim (`_cited`). Not after other words: 'install "Google Authenticator"' is
# what the candidate tells someone to do.
_SHORT_QUOTE = re.compile('["\u201c]([^"\u201c\u201d\n]{1,80})["\u201d]')
_QUOTE_MOST_WORDS = 8
_DOCUMENTS = frozenset(word_key(word) for word in lexicon.CITED_DOCUMENTS)
_BEFORE_QUOTE = re.compile(r"([\w-]+)[\s,:]*$")


# A quotation that opens its sentence and that a word of the sentence follows: the words quoted are named,
# as the subject of what follows ('"Compliant 4 of 4" counts LT-103, which says "Installed - restart
# pending".'), not claimed (engine 1.124.0, a negated-right answer of the hundred-and-thirty-third set).
_SENTENCE_BEFORE = re.compile(r"(?:^|[.!?:]|\n)[\s*_]*$")
_WORD_AFTER = re.compile(r"[ \t]+[^\W\d_]")
_ENDS_A_SENTENCE = frozenset(".!?")


# A quotation that is a whole line, or a whole item of a list ('- "Compliant 4 of 4 (100%)"' under
# "Ingredients:"): the case's words set down, not claimed (engine 1.127.0, a negated-right answer of the
# hundred-and-thirty-sixth set: a recipe).
_LINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[-*\u2022]|\d{1,2}[.)])?[ \t]*$")
_LINE_AFTER = re.compile(r"[ \t.,;]*(?:\n|$)")


def _quoted_line(text: str, start: int, end: int) -> bool:
    """Whether the quotation from character `start` to `end` (its marks included) is a line of its own, or an
    item of a list (`_LINE_BEFORE`, `_LINE_AFTER`)."""
    return (
        _LINE_BEFORE.search(text, max(0, start - 8), start) is not None
        and _LINE_AFTER.match(text, end) is not None
    )


def _named_subject(text: str, start: int, end: int) -> bool:
    """Whether the quotation from character `start` to `end` (its marks included) opens its sentence, does
    not end one inside its marks, and a word follows it on its line (`_SENTENCE_BEFORE`, `_WORD_AFTER`)."""
    return (
        text[end - 2] not in _ENDS_A_SENTENCE
        and _SENTENCE_BEFORE.search(text, max(0, start - 12), start) is not None
        and _WORD_AFTER.match(text, end) is not None
    )


def _cited(analysed: AnalysedText, start: int, end: int) -> bool:
    """Whether the characters [start, end) lie inside a short quotation (at most `_QUOTE_MOST_WORDS` words)
    of a document named right before it: 'Discussed: May security update report, "4 of 4 (100%)".' cites
    the report and rules nothing out (engine 1.109.0, two right answers of the hundred-and-eighteenth set)."""
    text = analysed.text
    if '"' not in text and "\u201c" not in text:
        return False
    for quote in _SHORT_QUOTE.finditer(text):
        if quote.start(1) <= start and end <= quote.end(1):
            before = _BEFORE_QUOTE.search(text, max(0, quote.start() - 40), quote.start())
            return (
                len(quote.group(1).split()) <= _QUOTE_MOST_WORDS
                and (
                    (before is not None and word_key(before.group(1).lower()) in _DOCUMENTS)
                    or _named_subject(text, quote.start(), quote.end())
                    or _quoted_line(text, quote.start(), quote.end())
                )
                # 'Gwen's draft summary: "Compliant 4 of 4 (100%)." Yes, that's right.' makes it the
                # candidate's claim.
                and not kept_after(text, quote.end())
            )
        if quote.start() > start:
            break
    return False


_PARTS = frozenset(word_key(word) for word in lexicon.PART_QUALIFIERS)


@functools.cache
def _phrasing_keys(phrasing: str) -> frozenset[str]:
    return frozenset(analyse(phrasing).keys)


def _of_a_part(analysed: AnalysedText, first: int, last: int, phrasing: str) -> bool:
    """Whether a word between the words of the match names a part of what the phrasing speaks of (`lexicon.
    PART_QUALIFIERS`): "So the resolution SLA was met, but the response SLA wasn't" says one target was met,
    not "so the SLA was met" (engine 1.110.0, a right answer of the hundred-and-nineteenth set)."""
    if _PARTS.isdisjoint(analysed.key_set):
        return False
    own = _phrasing_keys(phrasing)
    return any(analysed.keys[k] in _PARTS and analysed.keys[k] not in own for k in range(first + 1, last))


_PREDICTED_PEOPLE = frozenset(lexicon.PREDICTED_PEOPLE)
_PREDICTED_ADVERBS = frozenset(lexicon.PREDICTED_ADVERBS)
_PEOPLE_AT_LARGE = frozenset(lexicon.PEOPLE_AT_LARGE)


_RESTATED = re.compile(
    r"^[ \t]*(?:[-*\u2022]|\d{1,2}[.)])?[ \t]*(?:" + "|".join(lexicon.RESTATEMENT_LABELS) + r")[ \t]*:",
    re.IGNORECASE | re.MULTILINE,
)


def _restated(analysed: AnalysedText, start: int) -> bool:
    """Whether the match at character `start` lies on a line that a label of `lexicon.RESTATEMENT_LABELS`
    opens ("Symptom: a 'Microsoft' email telling Kevin to verify his password within 24 hours")."""
    text = analysed.text
    line_start = text.rfind("\n", 0, start) + 1
    found = _RESTATED.match(text, line_start)
    return found is not None and found.end() <= start


def _predicted(analysed: AnalysedText, first: int) -> bool:
    """Whether a match from token `first` is what people other than the writer will do ("People will keep
    retrying unless ...": `lexicon.PREDICTED_PEOPLE`) or keep doing, with no break between."""
    norms, clauses, soft = analysed.norms, analysed.clauses, analysed.soft
    if (
        first >= 1
        and norms[first - 1] in _PEOPLE_AT_LARGE
        and norms[first] == "keep"
        and clauses[first - 1] == clauses[first]
        and not soft[first]
    ):
        # What people at large keep doing, described (engine 1.121.0): "People keep retrying and locking
        # themselves out". Not "she's probably typing it correctly" nor "plenty of people theme Windows 11".
        return True
    k = first - 1
    if k >= 0 and norms[k] in _PREDICTED_ADVERBS and not soft[k + 1]:
        k -= 1
    return (
        k >= 1
        and norms[k] in ("will", "would")
        and norms[k - 1] in _PREDICTED_PEOPLE
        and clauses[k - 1] == clauses[first]
        and not soft[k]
        and not soft[k + 1]
    )


_LIST_HEADINGS = frozenset(lexicon.LIST_HEADINGS)
_HEADING_COLON = re.compile(r"([A-Za-z]+)\s*:\s")


def _across_a_colon(analysed: AnalysedText, match: Match) -> bool:
    """Whether a heading of a list (`lexicon.LIST_HEADINGS`) and its colon stand inside a match: the heading
    and the first item of its list ("the other usual causes: expired password, disabled account") make no
    claim that one is the other (engine 1.117.0, a good answer of the hundred-and-twenty-sixth set, against
    "cause is an expired password"). Not any colon: "My manager's right: all good" claims it."""
    found = _HEADING_COLON.search(analysed.text, match.start, match.end)
    return found is not None and found.group(1).lower() in _LIST_HEADINGS


def _of_the_rest(analysed: AnalysedText, first: int) -> bool:
    """Whether the segment of token `first` speaks, before it, of everything else ("everything else in the
    request", "the rest of it"): what is said there leaves out what the answer has just named."""
    return any(analysed.keys[k] in _ELSE for k in range(analysed.segment_start(first), first))


def _contradictions(
    contradictions: list[Contradiction], analysed: AnalysedText
) -> tuple[list[CriterionResult], float]:
    """The contradictions said, as criteria, and the cap they put on the score (1.0 when none is said)."""
    said: list[CriterionResult] = []
    cap = 1.0
    for contradiction in contradictions:
        phrases = compile_said(tuple(contradiction.phrasings))
        match = find_first(analysed, phrases, reading="flag")
        while match is not None and (
            in_purpose(analysed, match.first)
            or _of_the_rest(analysed, match.first)
            or _cited(analysed, match.start, match.end)
            or _of_a_part(analysed, match.first, match.last, match.phrasing)
            or _predicted(analysed, match.first)
            or _restated(analysed, match.start)
            or _across_a_colon(analysed, match)
        ):
            # A goal is not a claim: "... so the summary is correct going forward" rules nothing out. Nor is
            # what is said of the rest: "Everything else in the request is clear" (engine 1.61.0).
            match = find_first(analysed, phrases, reading="flag", after=match.last + 1)
        if match is None:
            continue
        cap = min(cap, contradiction.cap)
        said.append(
            _criterion(
                contradiction.id,
                contradiction.label,
                met=False,
                points=0.0,
                max_points=0.0,
                evidence=_of_match(analysed, match),
                note=(
                    "the item rules this out: while the answer says it, the item scores at most "
                    f"{contradiction.cap:g}"
                ),
            )
        )
    return said, cap


def _rejected(analysed: AnalysedText, phrases: PhraseSet) -> tuple[int, int] | None:
    """The first and last token of the earliest place where one of the phrasings is said but not
    affirmatively (negated or dismissed), when none is said affirmatively; else None."""
    found: tuple[int, int] | None = None
    for phrase in phrases.phrases:
        for first, last in occurrences(analysed, phrase):
            if found is None or first < found[0]:
                found = (first, last)
            break
    return found


def _required_missed(analysed: AnalysedText, phrases: PhraseSet) -> tuple[Evidence | None, str, float]:
    """A required criterion not met: (evidence, note, cap), rejected or only missing (see the module doc)."""
    rejected = _rejected(analysed, phrases)
    if rejected is None:
        return None, REQUIRED_MISSING_NOTE, REQUIRED_MISSING_CAP
    start, end = analysed.starts[rejected[0]], analysed.ends[rejected[1]]
    return _evidence(analysed, start, end), REQUIRED_REJECTED_NOTE, REQUIRED_REJECTED_CAP


def score_checklist(rubric: ChecklistRubric, analysed: AnalysedText) -> Scored:
    criteria: list[CriterionResult] = []
    matches: dict[str, Match] = {}
    labels = {criterion.id: criterion.label for criterion in rubric.criteria}
    required_cap = 1.0
    book = compile_book(tuple(tuple(criterion.phrasings) for criterion in rubric.criteria))
    candidates = book.candidates(analysed)
    for number, criterion in enumerate(rubric.criteria):
        match = find_first(analysed, book.sets[number], candidates=candidates[number])
        evidence = _of_match(analysed, match)
        note = ""
        if match is not None:
            matches[criterion.id] = match
        elif criterion.required:
            evidence, note, cap = _required_missed(analysed, book.sets[number])
            required_cap = min(required_cap, cap)
        criteria.append(
            _criterion(
                criterion.id,
                criterion.label,
                met=match is not None,
                points=criterion.weight if match is not None else 0.0,
                max_points=criterion.weight,
                evidence=evidence,
                note=note,
            )
        )
    ids = {criterion.id for criterion in rubric.criteria}
    for constraint in rubric.order:
        before, after = matches.get(constraint.before), matches.get(constraint.after)
        met = before is not None and after is not None and before.first < after.first
        identifier = f"{constraint.before}-before-{constraint.after}"
        while identifier in ids:
            identifier += "-order"
        if before is None or after is None:
            note = "needs both mentioned"
        else:
            note = f'"{before.phrasing}" comes {"before" if met else "after"} "{after.phrasing}"'
        criteria.append(
            _criterion(
                identifier,
                f"Mentions {labels[constraint.before]} before {labels[constraint.after]}",
                met=met,
                points=ORDER_WEIGHT if met else 0.0,
                max_points=ORDER_WEIGHT,
                evidence=_of_match(analysed, after) if met else None,
                note=note,
            )
        )
    total = sum((c.max_points for c in criteria), 0.0)
    score = min(sum((c.points for c in criteria), 0.0) / total if total else 0.0, required_cap)
    said, cap = _contradictions(rubric.contradictions, analysed)
    return Scored(criteria=criteria + said, score=min(score, cap), max_points=total)


# --- Writing -----------------------------------------------------------------------------------------


# A line that opens a message ("Hi Dana,", "Dear Jordan,", "Subject: ...", "Team,"), or a label alone on its
# line that names it ("Email:", "Resolution note:", "Message to Dana:"; not "Note:", a part of many notes;
# engine 1.125.0, the hundred-and-thirty-fourth set),
# where an answer to a writing task sets some lines of its own before the message it writes
# (`_message_start`).
_MESSAGE_OPENING = re.compile(
    # After an answer's label or not ("Q: What do you send?\nA: Hi Dana,"; engine 1.136.0, the
    # hundred-and-forty-fourth set: a short FAQ).
    r"^[ \t>*_#]*(?:a[ \t]*:[ \t]*)?"
    r"(?:(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\b|(?:subject|title|to)[ \t]*:"
    r"|(?:team|all|everyone|folks)[ \t]*,"
    r"|(?:the\s+|my\s+)?(?:e-?mail|message|notice|guide|instructions|announcement|bug\s+report|served"
    r"|(?:resolution|handover|hand-?off|closure|ticket)\s+note)(?:\s+(?:to|for)(?:\s+[\w'\u2019-]+){1,4})?"
    r"[ \t*_]*:[ \t*_]*$"
    # "3/4 Draft below" in a thread of posts (engine 1.128.0, the hundred-and-thirty-seventh set).
    r"|(?:\d{1,2}/\d{1,2}[ \t]+)?(?:my[ \t]+)?draft[ \t]+below[ \t.:]*$)",
    re.IGNORECASE | re.MULTILINE,
)


# A label at the start of a line that opens the writer's own notes after the message ("Chef's notes:",
# "Outcome expected:"; engine 1.127.0, the hundred-and-thirty-fifth and hundred-and-thirty-sixth sets: a
# decision log and a recipe): the message ends there (`_message_end`).
_MESSAGE_CLOSING = re.compile(
    r"^[ \t>*_#]*(?:(?:chef['\u2019]?s\s+notes?|outcome\s+expected|notes\s+on\s+the\s+message)[ \t*_]*:"
    # The next numbered post of a thread after the message ("4/4 First: print and stick it up.").
    r"|\d{1,2}/\d{1,2}[ \t])",
    re.IGNORECASE | re.MULTILINE,
)


def _message_end(analysed: AnalysedText, opens: int) -> int:
    """The token after the last of the message that starts at token `opens`: the first label of the
    writer's own notes after it (`_MESSAGE_CLOSING`), else the end of the answer."""
    text = analysed.text
    begin = analysed.starts[opens] if opens < len(analysed.starts) else len(text)
    closing = _MESSAGE_CLOSING.search(text, begin + 1)
    return bisect_left(analysed.starts, closing.start()) if closing is not None else len(analysed.keys)


def _message_start(analysed: AnalysedText) -> int:
    """The first token of the message an answer to a writing task writes, when lines of the writer's own
    come before it ("**Lead with the time.** ... Hi Dana, ..."): what the reader reads is the message, so
    the criteria look for what they ask in it, not in the notes about it (engine 1.124.0, the
    hundred-and-thirty-third set: maxims about the message, then the message). 0 when the answer opens
    with its message or has no line that opens one."""
    text = analysed.text
    opening = _MESSAGE_OPENING.search(text)
    lead = _message_lead_end(text)
    if lead >= 0:
        # Said in so many words, the message starts there, whatever opened the answer ("Dear diary, ...").
        return bisect_left(analysed.starts, lead)
    if opening is None or not text[: opening.start()].strip():
        return 0
    return bisect_left(analysed.starts, opening.start())


# The end of a line of the writer's own that leads to the message, which starts after it ("... so I didn't
# mention it. Here's what I sent:"; engine 1.138.0, the hundred-and-forty-sixth set: a diary entry).
_MESSAGE_LEAD = re.compile(
    r"\b(?:here['\u2019]s|here[ \t]+is|this[ \t]+is)[ \t]+what[ \t]+(?:i|we)[ \t]+(?:sent|wrote|posted)"
    r"[ \t]*:\Z",
    re.IGNORECASE,
)
_MESSAGE_LEAD_REACH = 80  # characters before a colon that `_MESSAGE_LEAD` may take


def _message_lead_end(text: str) -> int:
    """Where the first line that ends with `_MESSAGE_LEAD` ends (after its colon), or -1: each colon that
    ends a line is read with what comes before it, not the whole text with the pattern."""
    at = text.find(":")
    while at >= 0:
        line_end = text.find("\n", at)
        rest = text[at + 1 :] if line_end < 0 else text[at + 1 : line_end]
        if not rest.strip() and _MESSAGE_LEAD.search(text, max(0, at - _MESSAGE_LEAD_REACH), at + 1):
            return at + 1
        at = text.find(":", at + 1)
    return -1


def _writing_finding(
    kind: str, phrases: PhraseSet, analysed: AnalysedText, candidates: list[int], after: int, before: int
) -> Finding:
    if kind == "numbered_steps":
        found = numbered_steps(analysed.text)
        if found.met or not phrases.phrases:
            return found
        return first_phrase(analysed, phrases, candidates, after, before)
    found = first_phrase(analysed, phrases, candidates, after, before)
    if not found.met and kind == "tells_what_to_do":
        return instruction(analysed, after, before)
    return found


def score_writing(rubric: WritingRubric, analysed: AnalysedText) -> Scored:
    criteria: list[CriterionResult] = []
    book = writing_book(tuple((criterion.kind, tuple(criterion.phrasings)) for criterion in rubric.criteria))
    candidates = book.candidates(analysed)
    required_cap = 1.0
    opens = _message_start(analysed)
    ends = _message_end(analysed, opens)
    for number, criterion in enumerate(rubric.criteria):
        if criterion.kind == "plain_language":
            found = plain_language(analysed, list(criterion.jargon or []), rubric.min_words)
        else:
            found = _writing_finding(
                criterion.kind, book.sets[number], analysed, candidates[number], opens, ends
            )
        note = found.note
        evidence = _evidence(analysed, found.start, found.end)
        if criterion.required and not found.met:
            evidence, note, cap = _required_missed(analysed, book.sets[number])
            required_cap = min(required_cap, cap)
        criteria.append(
            _criterion(
                criterion.id,
                criterion.label,
                met=found.met,
                points=criterion.weight if found.met else 0.0,
                max_points=criterion.weight,
                evidence=evidence,
                note=note,
            )
        )
    words = analysed.word_count
    met = rubric.min_words <= words <= rubric.max_words
    criteria.append(
        _criterion(
            "length",
            f"Between {rubric.min_words} and {rubric.max_words} words",
            met=met,
            points=LENGTH_WEIGHT if met else 0.0,
            max_points=LENGTH_WEIGHT,
            note=f"{words} words",
        )
    )
    total = sum((c.max_points for c in criteria), 0.0)
    said, cap = _contradictions(rubric.contradictions, analysed)
    score = min(sum((c.points for c in criteria), 0.0) / total, cap, required_cap)
    return Scored(criteria=criteria + said, score=score, max_points=total)


def score_item(item: ItemInput, answer: Answer, analysed: AnalysedText | None) -> Scored:
    """Score one item; `answer` is already checked (`inputs.checked_answer`), `analysed` is its text."""
    rubric = item.rubric
    if isinstance(rubric, BestWorstRubric):
        return score_best_worst(rubric, item, answer)
    if isinstance(rubric, SingleChoiceRubric):
        return score_single_choice(rubric, item, answer)
    if isinstance(rubric, MultiSelectRubric):
        return score_multi_select(rubric, item, answer)
    if analysed is None:
        raise ValueError(f"{item.slug}: a text rubric needs the analysed answer")
    if isinstance(rubric, OrderedStepsRubric):
        return score_ordered_steps(rubric, analysed)
    if isinstance(rubric, ChecklistRubric):
        return score_checklist(rubric, analysed)
    return score_writing(rubric, analysed)

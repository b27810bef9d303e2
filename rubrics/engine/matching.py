"""Finding a rubric's phrasings in an analysed answer.

A phrasing matches when its content tokens (stop words dropped, stems compared, see `text`) appear in
order within one clause, with at most `MAX_GAP` other content tokens between two consecutive ones, and
no negation cue among those in-between tokens ("give them no admin rights" is not "give them admin
rights"). Neighbouring word parts are joined either way, so "wi-fi", "wi fi" and "wifi" match each
other, as do "log in" and "login". A dotted or numeric token matches literally, or by one of its dotted
parts ("compnay" is found in "compnay.com"; "jane.doe" does not match "janedoe").

A match counts (is *affirmative*) unless its first token lies in a negation scope, or a post-negation cue
follows it closely in the same scope segment; red flags (the "flag" reading) also ignore questions and
conditions. Cues inside the matched phrase belong to it ("do not click" matches "Do not click the link").
The signs of a dismissive tone (the "tone" reading) read negation as criteria do, and words parted by a
comma as flags do (no phrase), unless the phrasing holds that comma.

Deterministic: the earliest affirmative match wins; between phrasings that start at the same token, the
one listed first.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from rubrics.engine.lexicon import (
    ASKER_LINKS,
    ASKS_FOR_VERBS,
    COMMON_WORDS,
    EMBEDDED_QUESTION_ASKED,
    EMBEDDED_QUESTION_LEADS,
    EMBEDDED_QUESTION_WORDS,
    HANDOVER_NOT_SECRETS,
    HANDOVER_SECRETS,
    HYPOTHETICAL,
    POST_CUE_AUTHORITIES,
    SENDING_VERBS,
    THING_ASKERS,
    TOGGLE_PAIRS,
    TONE_DISJUNCTS,
)
from rubrics.engine.text import (
    AND,
    CROSSES,
    POST_CUE_BLOCKERS,
    POST_CUE_MAX_GAP,
    STARTERS,
    TERMINATORS,
    AnalysedText,
    Reading,
    opens_field,
    phrase_pieces,
)
from rubrics.engine.words import word_key

MAX_GAP = 2
"""Extra content tokens allowed between two consecutive tokens of a phrasing."""

_NUMBER = re.compile(r"^\d+(?:[.:]\d+)*(?:am|pm|h|hr|hrs|min|mins)?$")
_CLOCK = re.compile(r"^(?:\d{1,2}:\d{2}(?:am|pm)?|\d{1,2}(?:am|pm))$")
_WILDCARDS: dict[str, Callable[[str], bool]] = {
    "<number>": lambda norm: bool(_NUMBER.match(norm)),
    "<clock>": lambda norm: bool(_CLOCK.match(norm)),
}


@dataclass(frozen=True, slots=True)
class PhraseToken:
    key: str
    norm: str
    merged: str | None  # key of this word joined with the next one ("wi" + "fi" -> "wifi")
    joinable: bool  # an alphabetic word: may be written as two ("wifi" -> "wi fi")
    wildcard: Callable[[str], bool] | None = None


_Step = tuple[str, str | None, str | None, Callable[[str], bool] | None]
"""A phrase token as `_extend` reads it, in one unpacking: its key, its key merged with the next one
(None for the last token), its norm if an answer may split it in two (else None), its wildcard."""


@dataclass(frozen=True, slots=True)
class Phrase:
    text: str
    tokens: tuple[PhraseToken, ...]
    steps: tuple[_Step, ...]  # the tokens as `_extend` reads them
    keys: frozenset[str]  # every token's key: an answer missing one needs a joined or split form
    # Keys of neighbouring words joined ("wi fi" -> "wifi"), and the words an answer may split in two
    # ("wifi" -> "wi fi"): a phrasing whose words are not all in an answer can match only if one of the
    # first is in its index or one of the second among its joined words.
    merged_keys: frozenset[str]
    joinable_norms: frozenset[str]
    # Whether it ends with "him", "her" or "them": then the answer's last word of the match must not be "he",
    # "she" or "they" (all share a key), which starts a new clause there: "log in as him" is not met by
    # "saved logins stay as they are" (engine 1.38.0, the forty-fifth set). Inside a phrasing the forms may
    # differ ("let her use my login" is met by "she can use my login").
    ends_with_object: bool = False


_Plan = tuple[
    frozenset[str], tuple[str, ...], tuple[str, ...], str, str | None, str | None, bool, bool, Phrase
]
"""What `find_first` reads of a phrasing, as one tuple (unpacked in one step in the hot loop): its keys,
merged keys and joinable norms (see `Phrase`; as tuples, tested one by one in compiled code rather than
by a set method called through the interpreter, which costs more for so few); its first token's key,
the merged key and the norm by which an answer may also start it (or None); whether it starts with a
wildcard; whether it is one plain word (a start at its key is the whole match); the phrasing."""


def _plan(phrase: Phrase) -> _Plan:
    tokens = phrase.tokens
    first = tokens[0] if tokens else PhraseToken(key="", norm="", merged=None, joinable=False)
    return (
        phrase.keys,
        tuple(sorted(phrase.merged_keys)),
        tuple(sorted(phrase.joinable_norms)),
        first.key,
        first.merged if len(tokens) > 1 else None,
        first.norm if first.joinable else None,
        first.wildcard is not None,
        len(tokens) == 1 and first.wildcard is None,
        phrase,
    )


@dataclass(frozen=True, slots=True)
class PhraseSet:
    """The phrasings of one criterion, step or rule, with what any match needs: some phrasing's longest
    word (or a joined or split form of it) must be in the answer, else none can match (one set test)."""

    phrases: tuple[Phrase, ...]
    trigger_keys: frozenset[str]
    trigger_norms: frozenset[str]
    always: bool  # a phrasing made only of wildcards: no quick test
    # The same test per phrasing, as an inverted index: trigger key (or joinable norm) -> the positions in
    # `phrases` of the phrasings it may start. Only these phrasings can match; wildcard-only phrasings
    # (`always_at`) always may.
    by_key: dict[str, tuple[int, ...]] = field(default_factory=dict)
    by_norm: dict[str, tuple[int, ...]] = field(default_factory=dict)
    always_at: tuple[int, ...] = ()
    plans: tuple[_Plan, ...] = ()  # per phrasing, what `find_first` reads (see `_Plan`)


@dataclass(slots=True)  # not frozen: mypyc compiles it to a native class, made per answer
class Match:
    """A phrasing found in an answer: its first and last token, and its character span."""

    first: int
    last: int
    start: int
    end: int
    phrasing: str


def _build(text: str, words: Sequence[tuple[str, str, bool, Callable[[str], bool] | None]]) -> Phrase:
    tokens = []
    for position, (norm, key, alpha, wildcard) in enumerate(words):
        merged = None
        if alpha and wildcard is None and position + 1 < len(words):
            next_norm, _, next_alpha, next_wildcard = words[position + 1]
            if next_alpha and next_wildcard is None:
                merged = word_key(norm + next_norm)
        joinable = alpha and wildcard is None and len(norm) >= 3
        tokens.append(PhraseToken(key=key, norm=norm, merged=merged, joinable=joinable, wildcard=wildcard))
    return Phrase(
        text=text,
        tokens=tuple(tokens),
        steps=tuple(
            (token.key, token.merged, token.norm if token.joinable else None, token.wildcard)
            for token in tokens
        ),
        keys=frozenset(token.key for token in tokens if token.wildcard is None),
        merged_keys=frozenset(token.merged for token in tokens if token.merged is not None),
        joinable_norms=frozenset(token.norm for token in tokens if token.joinable),
        ends_with_object=bool(tokens) and tokens[-1].norm in _OBJECT_PRONOUNS,
    )


_OBJECT_PRONOUNS = frozenset(("him", "her", "them"))
_SUBJECT_PRONOUNS = frozenset(("he", "she", "they"))


@functools.lru_cache(maxsize=1 << 14)
def compile_phrasing(text: str) -> Phrase:
    """A rubric author's phrasing, read like an answer (cached: each phrasing is compiled once)."""
    return _build(text, [(piece.norm, piece.key, piece.alpha, None) for piece in phrase_pieces(text)])


@functools.lru_cache(maxsize=1 << 12)
def compile_builtin(text: str) -> Phrase:
    """An engine phrasing that may hold the wildcards <number> and <clock> (never an author's text)."""
    words: list[tuple[str, str, bool, Callable[[str], bool] | None]] = []
    for chunk in text.split():
        if chunk in _WILDCARDS:
            words.append((chunk, chunk, False, _WILDCARDS[chunk]))
        else:
            words.extend((piece.norm, piece.key, piece.alpha, None) for piece in phrase_pieces(chunk))
    return _build(text, words)


_Forms = tuple[tuple[str, ...], str | None]
"""The forms in which a phrase word may be in an answer: its key, its key merged with the next word's, the
previous word's merged with it (`_follow`: "wi fi" read as "wifi"), and its norm if an answer may split it
("wifi" read as "wi fi"; else None). A phrasing can match only where each of its words is in one form."""


def _forms(tokens: tuple[PhraseToken, ...], position: int) -> _Forms:
    token = tokens[position]
    keys = [token.key]
    if token.merged is not None:
        keys.append(token.merged)
    previous = tokens[position - 1].merged if position > 0 else None
    if previous is not None:
        keys.append(previous)
    return tuple(dict.fromkeys(keys)), token.norm if token.joinable else None


def _ranked(phrase: Phrase, rank: Callable[[PhraseToken], tuple[int, ...]]) -> list[int]:
    """The positions of the phrase's plain words (no wildcard), the one `rank` puts first first."""
    tokens = phrase.tokens
    words = [position for position, token in enumerate(tokens) if token.wildcard is None]
    return sorted(words, key=lambda place: (*rank(tokens[place]), place))


def _trigger(phrase: Phrase, rank: Callable[[PhraseToken], tuple[int, ...]]) -> _Forms | None:
    """What an answer must hold for `phrase` to match: one of the keys, or the norm among its joined words
    (or None). The word tested is the plain word that `rank` puts first; any word would do, as a match
    needs each of them (or a joined or split form of it). None for a phrasing made only of wildcards."""
    words = _ranked(phrase, rank)
    return _forms(phrase.tokens, words[0]) if words else None


def _in_some_form(tests: tuple[_Forms, ...], key_set: frozenset[str], joined: frozenset[str]) -> bool:
    """Whether each word of `tests` is in the answer in one of its forms (see `_Forms`)."""
    return all(_any_in(keys, key_set) or (norm is not None and norm in joined) for keys, norm in tests)


def _longest(token: PhraseToken) -> tuple[int, ...]:
    return (-len(token.norm),)


def phrase_set(phrases: Sequence[Phrase]) -> PhraseSet:
    by_key: dict[str, list[int]] = {}
    by_norm: dict[str, list[int]] = {}
    always_at: list[int] = []
    for at, phrase in enumerate(phrases):
        trigger = _trigger(phrase, _longest)  # a long word: likely a rare one
        if trigger is None:
            if phrase.tokens:
                always_at.append(at)
            continue
        keys, norm = trigger
        for key in keys:
            by_key.setdefault(key, []).append(at)
        if norm is not None:
            by_norm.setdefault(norm, []).append(at)
    return PhraseSet(
        phrases=tuple(phrases),
        trigger_keys=frozenset(by_key),
        trigger_norms=frozenset(by_norm),
        always=bool(always_at),
        by_key={key: tuple(dict.fromkeys(found)) for key, found in by_key.items()},
        by_norm={norm: tuple(found) for norm, found in by_norm.items()},
        always_at=tuple(always_at),
        plans=tuple(_plan(phrase) for phrase in phrases),
    )


def _candidates(analysed: AnalysedText, phrases: PhraseSet) -> list[int]:
    """The positions, in order, of the phrasings whose trigger is in the answer (see `PhraseSet`)."""
    by_key = phrases.by_key
    found = [at for key in phrases.trigger_keys & analysed.key_set for at in by_key[key]]
    if phrases.by_norm and analysed.joined:
        by_norm = phrases.by_norm
        found.extend(at for norm in phrases.trigger_norms & analysed.joined for at in by_norm[norm])
    if phrases.always_at:
        found.extend(phrases.always_at)
    if len(found) > 1:
        return sorted(set(found))
    return found


BOOK_TESTS = 2  # words of a phrasing tested besides its trigger before it is a candidate (see `PhraseBook`)
_BookEntry = tuple[int, int, tuple[_Forms, ...]]


@dataclass(frozen=True, slots=True)
class PhraseBook:
    """The phrase sets of one rubric (its criteria or steps) or of a playbook's text red-flag rules, read
    against an answer together: one look-up of the answer's words finds the candidate phrasings of every
    set (see `PhraseSet`), and of those only the ones whose next `BOOK_TESTS` rarest words are in the
    answer too, in some form, stay candidates: `find_first` would rule out the others by the same test
    (see `_Forms`). Built once per rubric (cached)."""

    sets: tuple[PhraseSet, ...]
    by_key: dict[str, tuple[_BookEntry, ...]]  # trigger key -> (set, phrasing, words to test)
    by_norm: dict[str, tuple[_BookEntry, ...]]
    always_at: tuple[tuple[int, int], ...]
    # The keys of `by_key` and `by_norm` as sets, to intersect with an answer's in C (iterating the smaller).
    trigger_keys: frozenset[str]
    trigger_norms: frozenset[str]

    def candidates(self, analysed: AnalysedText) -> list[list[int]]:
        """For each set, what `find_first` would try: its candidate phrasings, in order."""
        found: list[list[int]] = [[] for _ in self.sets]
        by_key = self.by_key
        key_set, joined = analysed.key_set, analysed.joined
        for key in self.trigger_keys & key_set:
            for number, at, tests in by_key[key]:
                if not tests or _in_some_form(tests, key_set, joined):
                    found[number].append(at)
        if self.by_norm and joined:
            by_norm = self.by_norm
            for norm in self.trigger_norms & joined:
                for number, at, tests in by_norm[norm]:
                    if not tests or _in_some_form(tests, key_set, joined):
                        found[number].append(at)
        for number, at in self.always_at:
            found[number].append(at)
        for listed in found:
            if len(listed) > 1:
                listed.sort()
                _drop_repeats(listed)
        return found


def _drop_repeats(values: list[int]) -> None:
    """Drop repeats from a sorted list, in place (a phrasing found under two of its words). No new set and
    no new list: most lists are short, and their allocations cost more than the loop."""
    last = values[0]
    kept = 1
    for k in range(1, len(values)):
        value = values[k]
        if value != last:
            values[kept] = value
            kept += 1
            last = value
    del values[kept:]


_EVERYWHERE = frozenset(word_key(word) for word in COMMON_WORDS)
_AUTHORITIES = frozenset(word_key(word) for word in POST_CUE_AUTHORITIES)
_TONE_DISJUNCTS = frozenset(word_key(word) for word in TONE_DISJUNCTS)
_OR = word_key("or")
_CONDITION_KEYS = frozenset(word_key(word) for word in HYPOTHETICAL)
_THAT = word_key("that")
_NON = word_key("non")  # a prefix set off by a hyphen ("non-compliant"), read as a word of its own
# Post-cues that judge a claim false ("isn't right", "not accurate"): read by red flags and contradictions,
# not by credit (engine 1.29.0).
_CLAIM_JUDGEMENTS = frozenset(
    word_key(word) for word in ("right", "correct", "incorrect", "accurate", "inaccurate", "true", "untrue")
)


def phrase_book(sets: Sequence[PhraseSet]) -> PhraseBook:
    # The book looks each phrasing up by the word that the fewest phrasings of the whole book hold (then the
    # longest), not by its set's trigger: a word that many phrasings share ("user", "password") is in many
    # answers, and would make candidates of many phrasings that some other word then rules out.
    # Words that nearly every answer holds ("on", "you", "check") are the last choice whatever the book.
    shared = Counter(key for phrases in sets for phrase in phrases.phrases for key in phrase.keys)

    def rarest(token: PhraseToken) -> tuple[int, ...]:
        return token.key in _EVERYWHERE, shared[token.key], -len(token.norm)

    by_key: dict[str, list[_BookEntry]] = {}
    by_norm: dict[str, list[_BookEntry]] = {}
    always_at: list[tuple[int, int]] = []
    for number, phrases in enumerate(sets):
        for at, phrase in enumerate(phrases.phrases):
            words = _ranked(phrase, rarest)
            if not words:
                if phrase.tokens:
                    always_at.append((number, at))
                continue
            keys, norm = _forms(phrase.tokens, words[0])
            # The next rarest words, tested before the phrasing is a candidate: in three of four candidates
            # some word is in no form in the answer (bench.scoring's assessments).
            entry = (number, at, tuple(_forms(phrase.tokens, place) for place in words[1 : 1 + BOOK_TESTS]))
            for key in keys:
                by_key.setdefault(key, []).append(entry)
            if norm is not None:
                by_norm.setdefault(norm, []).append(entry)
    return PhraseBook(
        sets=tuple(sets),
        by_key={key: tuple(found) for key, found in by_key.items()},
        by_norm={norm: tuple(found) for norm, found in by_norm.items()},
        always_at=tuple(always_at),
        trigger_keys=frozenset(by_key),
        trigger_norms=frozenset(by_norm),
    )


@functools.lru_cache(maxsize=1 << 10)
def compile_book(texts: tuple[tuple[str, ...], ...]) -> PhraseBook:
    """Authors' phrasings, one set per criterion, step or rule (cached by their texts)."""
    return phrase_book([compile_said(phrasings) for phrasings in texts])


_SPOKEN_DOT = re.compile(r"(?<=[A-Za-z0-9])\.(?=[A-Za-z])")
_SPOKEN_AT = re.compile(r"(?<=[A-Za-z0-9])@(?=[A-Za-z])")


def _spoken(text: str) -> str:
    """A phrasing as it is dictated: "jane.doe" as "jane dot doe", "alex@company.com" as "alex at company dot
    com" (engine 1.56.0, the sixty-ninth set: answers dictated by voice). Not "1.5" nor "v2.8"."""
    return _SPOKEN_AT.sub(" at ", _SPOKEN_DOT.sub(" dot ", text))


_DIGIT_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
          "nineteen")  # fmt: skip
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_ORDINAL_ENDS = {"one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth",
                 "nine": "ninth", "twelve": "twelfth"}  # fmt: skip
_NUMBER_IN_PHRASING = re.compile(r"(?<![\d.])(\d{1,3})(?:(st|nd|rd|th)\b)?(%?)(?![\d:])")
_DIGITS_IN_NAME = re.compile(r"(?<=[A-Za-z])-?(\d{2,4})\b")
_NUMBER_DOT = re.compile(r"(?<=\d)\.(?=\d)")


def _cardinal(number: int) -> str:
    """0-999 in words, as said: "seventy five", "a hundred and three"."""
    if number < 10:
        return _DIGIT_WORDS[number]
    if number < 20:
        return _TEENS[number - 10]
    if number < 100:
        tens, units = divmod(number, 10)
        return _TENS[tens] + (f" {_DIGIT_WORDS[units]}" if units else "")
    hundreds, rest = divmod(number, 100)
    head = "a hundred" if hundreds == 1 else f"{_DIGIT_WORDS[hundreds]} hundred"
    return head + (f" and {_cardinal(rest)}" if rest else "")


def _ordinal(words: str) -> str:
    *head, last = words.split()
    if last in _ORDINAL_ENDS:
        last = _ORDINAL_ENDS[last]
    elif last.endswith("y"):
        last = last[:-1] + "ieth"
    else:
        last += "th"
    return " ".join((*head, last))


def _digit_by_digit(digits: str, zero: str) -> str:
    return " ".join(zero if digit == "0" else _DIGIT_WORDS[int(digit)] for digit in digits)


_MONTHS = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.IGNORECASE)


_DECIMAL = re.compile(r"(\d+)\.(\d+)")


def _said_number(match: re.Match[str], zero: str, by_digit: bool, ordinal: bool) -> str:
    """One number of `_NUMBER_IN_PHRASING` in words."""
    digits = match.group(1)
    words = _digit_by_digit(digits, zero) if by_digit and len(digits) > 2 else _cardinal(int(digits))
    if match.group(2) or (ordinal and int(digits) <= 31):
        words = _ordinal(words)
    return words + (" percent" if match.group(3) else "")


def _said_decimal(match: re.Match[str], zero: str, point: str) -> str:
    """A number with a point in words: "4.0" as "four point oh", "169.254" as "one six nine dot two five
    four"."""
    whole, after = match.group(1), match.group(2)
    said_whole = _digit_by_digit(whole, zero) if len(whole) > 2 else _cardinal(int(whole))
    return f"{said_whole} {point} {_digit_by_digit(after, zero)}"


def _spoken_numbers(text: str) -> list[str]:
    """A phrasing's numbers as they are dictated (engine 1.57.0, the sixty-ninth set: "LT one oh three",
    "seventy five percent", "four point oh", "twenty ninth April", "fs zero two"): a number in a name digit
    by digit ("lt-103", "fs02", "kb-112", with "oh" or "zero"); any other in words ("75%", "100", "9th"), or
    digit by digit from three digits ("103"); around a point, "point" or "dot" and the digits after it one by
    one ("4.0", "169.254"); before a month, as an ordinal too ("29 april"). Every number of a phrasing said
    the same way in each form."""
    if not any(char.isdigit() for char in text):
        return []
    forms = []
    for zero in ("oh", "zero"):
        named = _DIGITS_IN_NAME.sub(functools.partial(_named_digits, zero=zero), text)
        for point in ("point", "dot"):
            dotted = _DECIMAL.sub(functools.partial(_said_decimal, zero=zero, point=point), named)
            for by_digit in (False, True):
                for ordinal in (False, True) if _MONTHS.search(dotted) else (False,):
                    said = functools.partial(_said_number, zero=zero, by_digit=by_digit, ordinal=ordinal)
                    form = _NUMBER_IN_PHRASING.sub(said, dotted)
                    forms.append(form)
                    if "a hundred" in form:
                        forms.append(form.replace("a hundred", "one hundred"))
    return [form for form in dict.fromkeys(forms) if form != text and not any(c.isdigit() for c in form)]


def _named_digits(match: re.Match[str], zero: str) -> str:
    return " " + _digit_by_digit(match.group(1), zero)


@functools.lru_cache(maxsize=1 << 12)
def compile_phrasings(texts: tuple[str, ...]) -> PhraseSet:
    """Authors' phrasings as one set, one phrase per text in their order (cached by their texts)."""
    return phrase_set([compile_phrasing(text) for text in texts])


@functools.lru_cache(maxsize=1 << 12)
def compile_said(texts: tuple[str, ...]) -> PhraseSet:
    """Authors' phrasings as one set, with the forms in which a dictated answer says them after them: an
    address or a dotted name (`_spoken`), a number (`_spoken_numbers`). For matching only: the set holds more
    phrases than texts (cached by their texts)."""
    variants = (
        variant
        for text in texts
        for spoken in (_spoken(text),)
        for variant in (spoken, *_spoken_numbers(spoken))
    )
    said = [form for form in dict.fromkeys(variants) if form not in texts]
    return phrase_set([compile_phrasing(text) for text in (*texts, *said)])


def _extend(analysed: AnalysedText, steps: tuple[_Step, ...], j: int, i: int) -> int:
    """Match phrase tokens j.. with token j exactly at answer position i: the last position, or -1.

    The hot loop of matching, with `_follow`: token j may match one for one, or merged with the next
    phrase token, or split over two answer tokens; `_follow` tests inline whether the next phrase token
    may start at a position (the same or a merged key, a wildcard, a dotted token's parts, a split word)
    before recursing."""
    key = analysed.keys[i]
    parts = analysed.parts
    wanted, wanted_merged, wanted_split, wildcard = steps[j]
    if wildcard is not None:
        single = wildcard(analysed.norms[i])
    else:
        single = key == wanted or (i in parts and wanted in parts[i])
    merged = wanted_merged is not None and key == wanted_merged
    split = wanted_split is not None and analysed.joined_at.get(i) == wanted_split
    if not (merged or split):
        return _follow(analysed, steps, j + 1, i + 1, analysed.clauses[i]) if single else -1
    for used_phrase, used_answer, possible in ((1, 1, single), (2, 1, merged), (1, 2, split)):
        # (2, 1): "wi fi" in the phrasing, "wifi" in the answer; (1, 2): the other way
        if possible:
            last = _follow(analysed, steps, j + used_phrase, i + used_answer, analysed.clauses[i])
            if last >= 0:
                return last
    return -1


def _follow(analysed: AnalysedText, steps: tuple[_Step, ...], j: int, i: int, clause: int) -> int:
    """Match phrase tokens j.. with token j at answer position i or up to `MAX_GAP` positions later, in
    `clause`: the last position, or -1 (tokens j.. all matched before i: i - 1)."""
    if j == len(steps):
        return i - 1
    keys, clauses, cues, soft = analysed.keys, analysed.clauses, analysed.cues, analysed.soft
    parts, joined_at = analysed.parts, analysed.joined_at
    wanted, wanted_merged, wanted_split, wildcard = steps[j]
    for k in range(i, min(i + MAX_GAP + 1, len(keys))):
        if clauses[k] != clause:
            break
        if k > i and (cues[k - 1] or keys[k - 1] in _CONDITION_KEYS):
            # A cue or a condition word between two words of the phrase: not this phrase ("your email if you
            # send your password" is not "email you the password", engine 1.41.0).
            break
        if k > i and keys[k - 1] == _NON:
            # The word after "non-" is not said: "Mark LT-103 non-compliant" is no "mark LT-103 compliant"
            # (engine 1.98.0, a right answer of the hundred-and-seventh set).
            break
        if soft[k] and keys[k] in STARTERS and keys[k] != wanted:
            break  # a new predicate after a break: "not phishing, just click" is no "not click"
        if (
            keys[k] in (wanted, wanted_merged)
            or wildcard is not None
            or k in parts
            or (wanted_split is not None and joined_at.get(k) == wanted_split)
        ):
            last = _extend(analysed, steps, j, k)
            if last >= 0:
                return last
    return -1


def _covered(analysed: AnalysedText, phrase: Phrase, missing: frozenset[str]) -> bool:
    """Whether the phrase's words missing from the answer's index may be there joined or split."""
    if analysed.key_set.isdisjoint(phrase.merged_keys) and analysed.joined.isdisjoint(phrase.joinable_norms):
        return False  # no joined or split form of any word is there either
    return _missing_covered(analysed, phrase, missing)


def _missing_covered(analysed: AnalysedText, phrase: Phrase, missing: frozenset[str]) -> bool:
    index = analysed.index
    previous_merged: str | None = None
    for token in phrase.tokens:
        if token.key in missing and not (
            (token.merged is not None and token.merged in index)
            or (previous_merged is not None and previous_merged in index)
            or (token.joinable and token.norm in analysed.joined)
        ):
            return False
        previous_merged = token.merged
    return True


def _could_match(analysed: AnalysedText, phrase: Phrase) -> bool:
    """Every word of the phrase is somewhere in the answer (alone, joined or split): a cheap test that
    rules out most phrasings before any search."""
    if not phrase.tokens or not analysed.keys:
        return False
    index = analysed.index
    missing = phrase.keys.difference(index)
    return not missing or _covered(analysed, phrase, missing)


def _starts(analysed: AnalysedText, phrase: tuple[PhraseToken, ...]) -> list[int]:
    first = phrase[0]
    if first.wildcard is not None:
        return [i for i, norm in enumerate(analysed.norms) if norm[:1].isdigit()]
    index = analysed.index
    positions = index.get(first.key, [])
    more: list[int] = []
    if first.merged is not None and len(phrase) > 1 and first.merged in index:
        more.extend(index[first.merged])
    if first.joinable and first.norm in analysed.joined:
        more.extend(analysed.joined_positions(first.norm))
    if more:
        return sorted(set(positions).union(more))
    return positions


def occurrences(analysed: AnalysedText, phrase: Phrase) -> Iterator[tuple[int, int]]:
    """(first, last) token of each occurrence, by first token; negation not considered."""
    if not _could_match(analysed, phrase):
        return
    tokens = phrase.tokens
    for i in _starts(analysed, tokens):
        last = _extend(analysed, phrase.steps, 0, i)
        if last >= 0:
            yield i, last


def _same_segment(analysed: AnalysedText, last: int, cue: int, reading: Reading) -> bool:
    """Whether a post-cue at `cue` speaks of the phrase that ends at `last`: no scope-ending or
    condition word between them, and for credit no soft break or "and" either ("Giving them admin
    rights, as you can imagine, is against policy" still negates for flags)."""
    keys, norms, soft = analysed.keys, analysed.norms, analysed.soft
    if last + 1 < cue and keys[last + 1] == _THAT:
        # A relative clause right after the phrase qualifies it: "a temporary password like Welcome0906! that
        # doesn't need changing" still sets the password (engine 1.39.0).
        return False
    for k in range(last + 1, cue + 1):
        key = keys[k]
        if norms[k] in TERMINATORS or key in POST_CUE_BLOCKERS:
            return False
        if reading != "flag" and (soft[k] or key == AND):
            return False
    return True


def _post_negated(analysed: AnalysedText, last: int, reading: Reading) -> bool:
    clauses = analysed.clauses
    if analysed.keys[last] in _AUTHORITIES:
        # "policy doesn't allow it": the phrase names what forbids (`lexicon.POST_CUE_AUTHORITIES`).
        return False
    for first, cue_last in analysed.post_cues:
        if first <= last:
            continue
        if reading == "credit" and analysed.keys[cue_last] in _CLAIM_JUDGEMENTS:
            # "The banner is not accurate" says the banner misleads: a claim judged false, no act refused.
            return False
        # The first of two acts refused together may stand further off: "Reinstalling the VPN client or
        # winding back the PC clock is not to be attempted" (engine 1.27.0).
        reach = POST_CUE_MAX_GAP
        if last + 1 < first and analysed.keys[last + 1] == _OR:
            reach *= 2
        if clauses[first] != clauses[last] or first - last - 1 > reach:
            return False
        return _same_segment(analysed, last, first, reading)
    return False


def is_affirmative(analysed: AnalysedText, first: int, last: int, reading: Reading) -> bool:
    if reading == "credit":
        if analysed.neg_credit[first]:
            return False
    elif reading == "tone":
        if analysed.neg_scope[first]:
            return False
        if first == last and analysed.keys[first] in _TONE_DISJUNCTS:
            # The writer's comment on the whole sentence, never the subject of a judgement after it:
            # "Apparently proofreading six lines is too much to ask" (engine 1.65.0, the seventy-fifth set).
            return True
    elif analysed.neg_flag[first] or analysed.clauses[first] in analysed.questions:
        return False
    return not (analysed.post_cues and _post_negated(analysed, last, reading))


def _broken(analysed: AnalysedText, first: int, last: int, reading: Reading) -> bool:
    """Whether a comma parts the words of a match: for flags such words belong to different items of a list
    ("user disabled it, tamper protection missing"), and so does a field of a record that opens between them
    (`opens_field`). A colon or a bracket does not ("password: Welcome1",
    "a simple password (Welcome1)"). For signs of tone a spaced dash parts them too: what follows it says
    what the words before it are ("Confirm what Tom actually needs - read-only" is no "actually read";
    engine 1.108.0, a right answer of the hundred-and-seventeenth set)."""
    soft, text, starts, ends = analysed.soft, analysed.text, analysed.starts, analysed.ends
    for k in range(first + 1, last + 1):
        if soft[k]:
            gap = text[ends[k - 1] : starts[k]]
            if "," in gap or (reading == "tone" and _SPACED_DASH.search(gap) is not None):
                return True
            if _CROSS_GAP.search(gap) is not None:
                # A cross mark between them: "add Tom to FIN-Finance-Read (✗ Modify)" adds no Modify
                # (engine 1.137.0).
                return True
            if opens_field(analysed, k):
                # A field of a record opens there: "... anyone away or switched off\nMessage:\nSubject:
                # Windows security updates" is no "switch off Windows Update" (engine 1.132.0).
                return True
    return False


_SPACED_DASH = re.compile(r"\s-+\s|[\u2013\u2014]")
_CROSS_GAP = re.compile(f"[{CROSSES}]")


_ASKING_WORDS = frozenset(word_key(word) for word in EMBEDDED_QUESTION_WORDS)
_ASKED_WORDS = frozenset(word_key(word) for word in EMBEDDED_QUESTION_ASKED)
_QUESTION_LEADS = frozenset(word_key(word) for word in EMBEDDED_QUESTION_LEADS)


def asked_about(analysed: AnalysedText, first: int) -> bool:
    """Whether the match at token `first` stands in a question the writer means to look into: "why" or
    "whether" earlier in its segment, right after a verb of finding out ("look at why the agent let it be
    disabled", "check whether he turned off tamper protection"). What is asked about is not done (engine
    1.72.0); for breaches only (flags.py): contempt stays contempt in a question ("find out why this
    expensive dashboard can't count to five")."""
    keys = analysed.keys
    return any(
        keys[k] in _ASKED_WORDS and keys[k - 1] in _QUESTION_LEADS
        for k in range(analysed.segment_start(first) + 1, first)
    )


_ASKS_FOR = frozenset(word_key(word) for word in ASKS_FOR_VERBS)
_ASKER_LINKS = frozenset(word_key(word) for word in ASKER_LINKS)
_THING_ASKERS = frozenset(word_key(word) for word in THING_ASKERS)
_SENDING_VERBS = frozenset(word_key(word) for word in SENDING_VERBS)


def asked_by_a_thing(analysed: AnalysedText, first: int) -> bool:
    """Whether the match at token `first` starts with asking done by a thing or the attacker, not by the
    writer: "a button asking for his password", "Outlook keeps asking for his password" (engine 1.77.0,
    `lexicon.THING_ASKERS`). For breaches only (flags.py)."""
    keys, clauses = analysed.keys, analysed.clauses
    if keys[first] not in _ASKS_FOR:
        return False
    clause = clauses[first]
    k = first - 1
    while k >= 0 and clauses[k] == clause and keys[k] in _ASKER_LINKS:
        k -= 1
    if k < 0 or clauses[k] != clause or keys[k] not in _THING_ASKERS:
        return False
    start = k
    while start > 0 and clauses[start - 1] == clause:
        start -= 1
    return not any(keys[j] in _SENDING_VERBS for j in range(start, k))


def _asks_within(analysed: AnalysedText, first: int, last: int, phrase: Phrase) -> bool:
    """Whether a word that opens an embedded question ("why", "whether") stands among the words a match
    skipped: "and raise why the dashboard stays green" does not say "and the dashboard stays green"."""
    keys = analysed.keys
    return any(keys[k] in _ASKING_WORDS and keys[k] not in phrase.keys for k in range(first + 1, last))


def _repeats_within(analysed: AnalysedText, first: int, last: int, phrase: Phrase) -> bool:
    """Whether a word of the phrase comes again among the words a match skipped: the match is then not the
    tightest reading ("update the saved password in Outlook so it" is no "password saved in it", the
    password being another one; engine 1.53.0, the sixty-fifth set)."""
    if last - first + 1 <= len(phrase.tokens):
        return False
    keys = analysed.keys
    wanted = Counter(token.key for token in phrase.tokens)
    seen = Counter(keys[k] for k in range(first, last + 1) if keys[k] in wanted)
    return any(seen[key] > count for key, count in wanted.items())


_TOGGLES = {word_key(word): word_key(opposite) for word, opposite in TOGGLE_PAIRS.items()}


def _toggled_within(analysed: AnalysedText, first: int, last: int) -> bool:
    """Whether a word of a match is paired with its opposite by a slash ("disable/enable the adapter",
    "turn it off/on"): a toggle, not the act (engine 1.53.0, the sixty-fifth set: "I'd disable/enable or
    update the wireless adapter driver" is no "I disable updates")."""
    keys, starts, ends, text = analysed.keys, analysed.starts, analysed.ends, analysed.text
    for k in range(first, min(last + 1, len(keys) - 1)):
        opposite = _TOGGLES.get(keys[k])
        if opposite is not None and keys[k + 1] == opposite and text[ends[k] : starts[k + 1]].strip() == "/":
            return True
    return False


_SUBJECT_MODALS = frozenset(word_key(word) for word in ("would", "could", "might", "will", "may"))
_GERUND_LEADS = frozenset(word_key(word) for word in ("but", "and", "so", "just", "simply", "also"))
_GERUND_REACH = 3  # words from the match's end to the modal


def _gerund_subject(analysed: AnalysedText, first: int, last: int) -> bool:
    """Whether the match opens its segment with a verb in "-ing" and a modal follows it within three words:
    the act is the subject of what it would do, not done ("Leaving it as 'SLA met' would make our reporting
    look better than it was"; engine 1.58.0, a right answer of the seventy-first set)."""
    norms, keys = analysed.norms, analysed.keys
    if not norms[first].endswith("ing"):
        return False
    start = analysed.segment_start(first)
    while start < first and keys[start] in _GERUND_LEADS:
        start += 1
    if start != first:
        return False
    clause = analysed.clauses[last]
    return any(
        keys[k] in _SUBJECT_MODALS
        for k in range(last + 1, min(len(keys), last + 1 + _GERUND_REACH))
        if analysed.clauses[k] == clause
    )


_SECRET_WORDS = frozenset(word_key(word) for word in HANDOVER_SECRETS)
_NOT_SECRETS = frozenset(word_key(word) for word in HANDOVER_NOT_SECRETS)


def _other_thing_within(analysed: AnalysedText, first: int, last: int, phrase: Phrase) -> bool:
    """Whether a secret's word of the match is the first word of another thing, the match skipping the
    word after it: "Put the password reset steps in the KB article" is no "password in the article" (engine
    1.56.0); nor its last word ("reply with the link to the password reset page" is no "reply with the
    password", engine 1.125.0)."""
    keys = analysed.keys
    own = {token.key for token in phrase.tokens}
    return any(
        keys[k] in _SECRET_WORDS and keys[k + 1] in _NOT_SECRETS and keys[k + 1] not in own
        for k in range(first, min(last + 1, len(keys) - 1))
    )


_INTO_PLACES = frozenset(word_key(word) for word in ("into", "onto"))


def _destination_first(analysed: AnalysedText, first: int) -> bool:
    """Whether the match's first word follows "into" or "onto": it is then a place one goes into, not an act
    ("sign back into email on the laptop w/ the new pw" is no "email with the new password"; engine 1.55.0,
    a right answer of the sixty-eighth set)."""
    return first > 0 and analysed.keys[first - 1] in _INTO_PLACES


def _any_in(values: tuple[str, ...], found: frozenset[str]) -> bool:
    return any(value in found for value in values)


def find_first(
    analysed: AnalysedText,
    phrases: PhraseSet,
    *,
    reading: Reading = "credit",
    after: int = 0,
    candidates: list[int] | None = None,
) -> Match | None:
    """The earliest affirmative match of any of the phrasings (ties: the phrasing listed first), starting
    at token `after` or later. `candidates`: the set's candidates from its `PhraseBook`, if read already."""
    if not analysed.keys:
        return None
    if candidates is None:
        candidates = _candidates(analysed, phrases)
    if not candidates:
        return None
    index = analysed.index
    best_first = best_last = -1
    best_phrase: Phrase | None = None
    keys = analysed.key_set
    joined = analysed.joined
    plans = phrases.plans
    for at in candidates:
        need, merged_keys, joinable_norms, start_key, start_merged, start_split, wild, one_word, phrase = (
            plans[at]
        )
        if not keys >= need and (
            not _any_in(merged_keys, keys)
            and not _any_in(joinable_norms, joined)
            or not _missing_covered(analysed, phrase, need.difference(index))
        ):
            continue  # some word is not in the answer, alone, joined or split
        starts: Sequence[int]
        if (
            wild
            or (start_merged is not None and start_merged in index)
            or (start_split is not None and start_split in joined)
        ):
            starts = _starts(analysed, phrase.tokens)
            at_key = False  # any start may be a merged or split form: `_extend` reads which
        else:
            starts = index.get(start_key, ())
            # Each start is the phrasing's first word, one for one (no merged or split form of it is in the
            # answer): a phrasing of one word is matched there; else the search goes on from its second.
            at_key = True
        for first in starts:
            if first < after:
                continue
            if best_phrase is not None and first >= best_first:
                break
            if not at_key:
                last = _extend(analysed, phrase.steps, 0, first)
            elif one_word:
                last = first
            else:
                last = _follow(analysed, phrase.steps, 1, first + 1, analysed.clauses[first])
            if (
                last >= 0
                and not (phrase.ends_with_object and analysed.norms[last] in _SUBJECT_PRONOUNS)
                and is_affirmative(analysed, first, last, reading)
                and (
                    reading == "credit"
                    # "yes, you too", "yes, it's right": a comma of the phrasing's own (for every reading
                    # since engine 1.65.0: red flags and contradictions with one never matched before)
                    or "," in phrase.text
                    or not _broken(analysed, first, last, reading)
                )
                and not (reading == "flag" and _asks_within(analysed, first, last, phrase))
                and not (
                    reading == "flag"
                    and (
                        _repeats_within(analysed, first, last, phrase)
                        or _toggled_within(analysed, first, last)
                        or _destination_first(analysed, first)
                        or _other_thing_within(analysed, first, last, phrase)
                        or _gerund_subject(analysed, first, last)
                    )
                )
            ):
                best_first, best_last, best_phrase = first, last, phrase
                break
    if best_phrase is None:
        return None
    start, end, _ = analysed.quote(best_first, best_last)
    return Match(first=best_first, last=best_last, start=start, end=end, phrasing=best_phrase.text)

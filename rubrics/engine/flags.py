"""Red flags: the playbook's rules, run on one attempt.

* text: a phrasing said affirmatively in the answer to one of the rule's text items (or any text item
  for ["all"]), read the strict "flag" way (see `text`: negations, questions and conditions never
  raise a flag). Evidence: the first such span. A rule that takes in the builtin set "dismissive_tone"
  also weighs the signs of tone (`_tone_cues`): two different ones in one answer raise it, "!!", a
  pointed phrase ("typed it forty times", "test it this time") and a word standing alone ("Great.")
  counting as one each, and one cue of `lexicon.TONE_STRONG` ("not rocket science"), an aside of
  `lexicon.TONE_STRONG_ASIDES` standing alone ("Elementary.") or a masked swear word ("f***") as
  two (evidence: the first; the reason quotes them). One that takes in "credential_sharing" also catches a
  password written out in a clause about a password, login or account ("password: Welcome2025!", "set
  her password to Welcome1"), said affirmatively, and a privileged password handed to someone by a word
  that points back to it ("pull the LAPS admin password and send it to them", `_handed_over`).
* option: one of the rule's keys picked as the best response (best_worst) or selected (single or
  multi choice). Evidence: none (there is no text); the reason names the option.
* score: the mean score of the assessment's items of the rule's family is below the threshold
  (unanswered items count 0; no items of the family, no flag). Evidence: none; the reason names the mean.

Each flag is raised at most once per (code, item); rules of one flag run in the playbook's order and the
first hit stands. Rules that name items outside this assessment are skipped.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Mapping, Sequence

from rubrics.engine.inputs import Answer, ItemInput, PerInput, RedFlagInput, ScoringInput
from rubrics.engine.lexicon import (
    ACCESS_COPYING_PAST,
    ACCESS_COPYING_VERBS,
    ADMIN_AS_GROUP_AFTER,
    ADMIN_AS_GROUP_BEFORE,
    COPIED_ACCESS,
    COPYING_PAST,
    COPYING_VERBS,
    CREDENTIAL_WORDS,
    DISABLING_VERBS,
    DISABLING_WITH_OFF,
    EXCLUDED_GROUPS,
    GAMED_APPEARANCES,
    GAMED_LOOKS,
    GAMED_MEASURES,
    GAMED_PURPOSES,
    HANDED_FORWARD_STOPS,
    HANDED_FORWARD_VERBS,
    HANDOVER_NOT_SECRETS,
    HANDOVER_PRIVILEGED,
    HANDOVER_SECRETS,
    HANDOVER_VERBS,
    KEPT_INTO,
    KEPT_OWN,
    KEPT_PERSONAL,
    MODIFY_AS_VERB_AFTER,
    NOT_COPIED_FROM,
    NOT_COPIED_PEERS,
    OWN_STORES,
    PAUSED_CONTROLS,
    PAUSING_VERBS,
    PERSONAL_STORES,
    PLACED_GROUP_ENDS,
    PLACED_INTO,
    PLACING_VERBS,
    PRIVILEGED_GROUPS,
    RECORDED_PARTICIPLES,
    RECORDED_PLACES,
    RECORDED_SECRETS,
    RECORDING_VERBS,
    REQUESTED_OWNERS,
    REQUESTED_SECRETS,
    REQUESTING_VERBS,
    SECURITY_CONTROLS,
    SIGN_IN_CONTROLS,
    TAKING_OUT_VERBS,
    THIS_TIME_AFTER,
    TONE_ASIDES,
    TONE_CONCESSION_LEAD_INS,
    TONE_CUES,
    TONE_CUES_NEEDED,
    TONE_EMOJI,
    TONE_EXACT,
    TONE_EXACT_ASIDES,
    TONE_OPENERS,
    TONE_SHORTCODES,
    TONE_STRONG,
    TONE_STRONG_ASIDES,
    TONE_STRONG_EMOJI,
)
from rubrics.engine.matching import (
    PhraseBook,
    PhraseSet,
    asked_about,
    asked_by_a_thing,
    compile_book,
    find_first,
    is_affirmative,
)
from rubrics.engine.results import Evidence, FlagHit
from rubrics.engine.specs import OptionFlagRule, ScoreFlagRule, TextFlagRule
from rubrics.engine.text import AnalysedText, analyse, positions_of
from rubrics.engine.words import APOSTROPHES, word_key


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


# The builtin set whose rules also weigh the tone cues (see `lexicon.TONE_CUES`).
TONE_SET = "dismissive_tone"

_PUNCTUATION_BURST = re.compile(r"[!?]{2,}")
# Before "!!", a greeting, thanks or praise a few words back in its sentence: cheer, not impatience (engine
# 1.82.0, the ninety-first set: upbeat writers, "Hi Gloria!! Don't worry, it's not complicated at all!").
_WARM_BEFORE = re.compile(
    r"\b(?:hi|hello|hey|thanks|thank\s+you|cheers|great|well\s+done|congrats|congratulations|nice|awesome|"
    r"brilliant|welcome|super|sure\s+thing|good\s+(?:morning|afternoon|catch|question|news))\b[^.!?\n]{0,25}\Z",
    re.IGNORECASE,
)


_LIKE = word_key("like")
_APPEARING = frozenset(
    word_key(word) for word in ("look", "looks", "looking", "seem", "seems", "sound", "sounds")
)


def _looks_like(text: AnalysedText, first: int) -> bool:
    """Whether token `first` follows "looks like", "seems like" or "sounds like": an appearance."""
    keys = text.keys
    return first >= 2 and keys[first - 1] == _LIKE and keys[first - 2] in _APPEARING


def _tone_cues(text: AnalysedText, cues: PhraseSet, candidates: list[int]) -> list[Evidence]:
    """Signs of a dismissive tone in the answer, as many as are needed, in the order of the text: "!!" or
    "?!", pointed phrases (`_pointed`), cue phrasings said affirmatively (the "tone" reading: a rhetorical
    question counts, a comma parts words; two signs never overlap), then words standing alone between
    breaks ("Great." "(again)"). Each different sign weighs one, but a cue of `lexicon.TONE_STRONG` weighs
    TONE_CUES_NEEDED alone: the flag is raised when the weights reach TONE_CUES_NEEDED (else no sign is
    returned). Not words in capitals: the result must not change with case (a shouted line reads as its
    words)."""
    found: list[Evidence] = []
    weight = 0
    burst = _burst(text.text)
    if burst is not None:
        found.append(burst)
        weight += 1
    masked = _masked(text.text)
    if masked is not None:
        found.append(masked)
        weight += TONE_CUES_NEEDED
    strong_aside = _strong_aside(text)
    if strong_aside is not None:
        found.append(strong_aside)
        weight += TONE_CUES_NEEDED
    if not text.text.isascii() or ":" in text.text:  # an emoji, or a short code between colons
        for sign, strong in _emoji(text.text):
            found.append(sign)
            weight += TONE_CUES_NEEDED if strong else 1
    for sign in _pointed(text):
        if weight >= TONE_CUES_NEEDED:
            break
        found.append(sign)
        weight += 1
    said: set[str] = set()
    taken: list[tuple[int, int]] = []  # the tokens of the cue phrasings found
    after = 0
    # Cues read word for word that failed at token `failed`: another cue may start there too ("most staff
    # stop reading after the subject line" is no "stopped reading" but "stop reading after"; engine 1.117.0).
    excluded: set[str] = set()
    failed = -1
    while weight < TONE_CUES_NEEDED and candidates:
        pool = [at for at in candidates if cues.phrases[at].text not in excluded] if excluded else candidates
        match = find_first(text, cues, reading="tone", after=after, candidates=pool)
        if excluded and (match is None or match.first != failed):
            after = failed + 1  # none other there: on from the next word, every cue again
            excluded.clear()
            continue
        if match is None:
            break
        if match.last - match.first > _CUE_LENGTHS.get(match.phrasing, 0):
            # More than one word in between: not the fixed expression. Another cue may start there.
            candidates = [at for at in candidates if cues.phrases[at].text != match.phrasing]
            continue
        exact = _EXACT.get(match.phrasing)
        if exact is not None and tuple(text.norms[match.first : match.last + 1]) not in exact:
            # "comes back on", "the obvious stuff": another may follow, or start at the same word.
            excluded.add(match.phrasing)
            failed = match.first
            continue
        if _looks_like(text, match.first):
            # "it looks like user error": how it may look to someone, no claim of the writer's (engine
            # 1.131.0, right answers of the hundred-and-fortieth set: "Risk: it looks like user error").
            excluded.clear()
            after = match.last + 1
            continue
        excluded.clear()
        taken.append((match.first, match.last))
        if match.phrasing not in said:
            said.add(match.phrasing)
            found.append(Evidence(start=match.start, end=match.end, quote=text.text[match.start : match.end]))
            weight += TONE_CUES_NEEDED if match.phrasing in _STRONG else 1
        after = match.last + 1
    if weight < TONE_CUES_NEEDED:
        for first, last, words in _asides(text):
            if words not in said and all(last < low or first > high for low, high in taken):
                said.add(words)
                start, end, quote = text.quote(first, last)
                found.append(Evidence(start=start, end=end, quote=quote))
                weight += 1
                if weight >= TONE_CUES_NEEDED:
                    break
    return sorted(found, key=lambda evidence: evidence.start) if weight >= TONE_CUES_NEEDED else []


_STRONG = frozenset(TONE_STRONG)
# A cue is a fixed expression: one word may come between its words ("with the greatest respect"), not two
# ("we'll let you know" is not "we'll know"). Its number of words, as read.
_CUE_LENGTHS = {cue: len(analyse(cue).keys) for cue in TONE_CUES}


def _exact_forms() -> dict[str, frozenset[tuple[str, ...]]]:
    """For each cue read word for word (`lexicon.TONE_EXACT`), the folded forms of its words and of every cue
    read the same (one phrasing stands for them all: "even he could" for "even they could", a pronoun being
    read as any)."""
    read = {cue: analyse(cue) for cue in TONE_EXACT}
    by_keys: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    for cue_read in read.values():
        by_keys.setdefault(tuple(cue_read.keys), set()).add(tuple(cue_read.norms))
    return {cue: frozenset(by_keys[tuple(cue_read.keys)]) for cue, cue_read in read.items()}


_EXACT = _exact_forms()

# Pointed phrases: a count of tries that no one counted ("typed it forty times", "20 times"), and "this time"
# after what the reader is told to do ("test it on a real machine this time", "properly this time"): not
# where it opens its clause ("This time, the update ..."), after a word that makes it a time of day or a
# period ("at this time", "by this time"), before a colon ("The cause this time: ..."), or where the words
# since the last break say what it is done for ("to make sure it gets there this time").
_HYPERBOLE = re.compile(
    r"\b(?:[1-9][0-9]+|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
    r"hundred|thousand|million|dozen|dozens\s+of|umpteen|gazillion)(?:\s+more)?\s+times\b",
    re.IGNORECASE,
)
_THIS_TIME = re.compile(
    r"(?<=\w)\s+(this\s+time)\b(?!\s*:)",
    re.IGNORECASE,
)
# A swear word masked with asterisks ("f***", "bl**dy", "sh*t"): a strong sign, as a cue of TONE_STRONG.
# Not emphasis between asterisks ("*really*"), which the look-behind leaves out.
# Letters on both sides of the asterisks ("sh*t", "bl**dy") or one letter before two or more ("f***"): not a
# wildcard ("file*", "*.tmp") or a product ("a*b").
_MASKED = re.compile(r"(?<![\w*])(?:[A-Za-z]{1,3}\*+[A-Za-z]+|[A-Za-z]\*{2,})(?![\w*])")
# Markdown bold ("**Win+P**", "**Action:**"): its asterisks are no mask; read as spaces (same length).
_BOLD = re.compile(r"(?<![\w*])\*\*(?=[^\s*])([^\n]*?[^\s*])\*\*(?![\w*])")
# A tag question that presumes the reader failed ("you didn't, right?"): a sign wherever it is.
# `_THIS_TIME`'s words in a text in lower case, found fast (a search for a plain prefix): without them
# there, `_THIS_TIME` finds nothing.
_THIS_TIME_LOWERED = re.compile(r"this\s+time")
_TAG = re.compile(r",\s*right\s*\?", re.IGNORECASE)
_TIME_WORDS = frozenset(THIS_TIME_AFTER)
_PURPOSE_KEYS = frozenset(word_key(word) for word in ("sure", "ensure"))
_TIME, _RIGHT = word_key("times"), word_key("right")


def _lower_if_ascii(text: str) -> str | None:
    """The text in lower case where that is exact, to test for a case-insensitive pattern's words before
    running it: an ASCII text (the patterns ignore case the Unicode way); None for any other text."""
    return text.lower() if text.isascii() else None


def _pointed(text: AnalysedText) -> list[Evidence]:
    """The pointed phrases of the answer (see `_HYPERBOLE`, `_TAG` and `_THIS_TIME`), the first of each
    kind."""
    found: list[Evidence] = []
    index = text.index
    if _RIGHT in index:
        tag = _TAG.search(text.text)
        if tag is not None:
            found.append(Evidence(start=tag.start(), end=tag.end(), quote=tag.group()))
    if _TIME not in index:  # "times" and "time" read as one word: neither phrase is there
        return sorted(found, key=lambda evidence: evidence.start)
    # Both patterns try every word of the text: skipped when their last words are not there.
    lowered = _lower_if_ascii(text.text)
    count = _HYPERBOLE.search(text.text) if lowered is None or "times" in lowered else None
    if count is not None:
        found.append(Evidence(start=count.start(), end=count.end(), quote=count.group()))
    if lowered is not None and _THIS_TIME_LOWERED.search(lowered) is None:
        return sorted(found, key=lambda evidence: evidence.start)
    for this_time in _THIS_TIME.finditer(text.text):
        start = this_time.start(1)
        word = text.text[: this_time.start()].rsplit(None, 1)[-1].lower()
        first = bisect_left(text.starts, start)
        if first == 0 or first >= len(text.keys) or text.clauses[first] != text.clauses[first - 1]:
            continue  # opens its clause
        since = text.segment_start(first - 1)  # the first word after the last break
        if word not in _TIME_WORDS and _PURPOSE_KEYS.isdisjoint(text.keys[since:first]):
            found.append(Evidence(start=start, end=this_time.end(1), quote=this_time.group(1)))
            break
    return sorted(found, key=lambda evidence: evidence.start)


def _keys_of(phrasings: tuple[str, ...]) -> dict[tuple[str, ...], str]:
    return {tuple(analyse(words).keys): words for words in phrasings}


_ASIDE_KEYS = _keys_of(TONE_ASIDES)
_OPENER_KEYS = _keys_of(TONE_OPENERS)
_LONGEST_ASIDE = max(len(keys) for keys in (*_ASIDE_KEYS, *_OPENER_KEYS))
_ASIDE_FIRST_KEYS = frozenset(keys[0] for keys in (*_ASIDE_KEYS, *_OPENER_KEYS))
_CONCESSION_LEAD_INS = frozenset(_keys_of(TONE_CONCESSION_LEAD_INS))
_LONGEST_LEAD_IN = max(len(keys) for keys in _CONCESSION_LEAD_INS)


# Any punctuation, apostrophes that Unicode counts as letters ("\u02bc") included: a quote is a quote.
_MARK = re.compile(rf"[^\w\s]|[{re.escape(APOSTROPHES)}]")


def _nothing_between(before: str, after: str) -> bool:
    """Whether the words stand alone: no word between the break before them and them (`before`: the text
    since the previous token), nor between them and the break after them (`after`: the text up to the next
    token), and no "!" after them."""
    marks = list(_MARK.finditer(before))
    since_break = before[marks[-1].end() :] if marks else before
    mark = _MARK.search(after)
    until_break = after[: mark.start()] if mark else after
    return not since_break.strip() and not until_break.strip() and "!" not in after


_STRONG_ASIDES = frozenset(TONE_STRONG_ASIDES)
_EXACT_ASIDES = frozenset(TONE_EXACT_ASIDES)
_STRONG_ASIDE_KEYS = frozenset(key for words in TONE_STRONG_ASIDES for key in analyse(words).keys)


def _strong_aside(text: AnalysedText) -> Evidence | None:
    """The first aside of `lexicon.TONE_STRONG_ASIDES` that stands alone (see `_asides`), if any."""
    if _STRONG_ASIDE_KEYS.isdisjoint(text.key_set):
        return None
    for first, last, words in _asides(text):
        if words in _STRONG_ASIDES:
            start, end, quote = text.quote(first, last)
            return Evidence(start=start, end=end, quote=quote)
    return None


def _asides(text: AnalysedText) -> list[tuple[int, int, str]]:
    """(first token, last token, the words) of each of `lexicon.TONE_ASIDES` or `TONE_OPENERS` that stands
    alone between two breaks, in order, longest first and never overlapping (see `lexicon.TONE_ASIDES`)."""
    keys, clauses, soft, starts, ends = text.keys, text.clauses, text.soft, text.starts, text.ends
    count = len(keys)
    found: list[tuple[int, int, str]] = []
    free = 0  # the first token not taken by an aside found already
    index = text.index
    for first in sorted({at for key in text.key_set & _ASIDE_FIRST_KEYS for at in index[key]}):
        opens_clause = first == 0 or clauses[first] != clauses[first - 1]
        if first < free or not (opens_clause or soft[first]) or text.neg_scope[first]:
            continue  # taken, or not the first word after a break
        for length in range(min(_LONGEST_ASIDE, count - first), 0, -1):
            end = first + length  # the first token after the words
            goes_on = end < count and clauses[end] == clauses[first]
            if goes_on and not soft[end]:
                continue  # the words run on: no break after them
            words = tuple(keys[first:end])
            aside = _OPENER_KEYS.get(words)
            opener = aside is not None
            if not opener and not (opens_clause and goes_on) and not (goes_on and _concedes(text, first)):
                aside = _ASIDE_KEYS.get(words)
            if aside is None:
                continue
            if aside in _EXACT_ASIDES and text.text[starts[first] : ends[end - 1]].lower() != aside:
                continue  # "[note]" is a tag, "Noted." a verdict
            after = text.text[ends[end - 1] : starts[end] if end < count else len(text.text)]
            if not opener and ":" in after:
                continue  # not before a colon: "Next:" leads into what follows
            before = text.text[ends[first - 1] if first else 0 : starts[first]]
            if "|" in before or "|" in after:
                break  # a table's cell ("| Drive letter P: | Fine |"): a verdict, no aside (engine 1.99.0)
            if aside in _EMPHASIS_ASIDES and not goes_on and _refusal_before(text, first):
                break  # "I'd rather not touch the timestamps, obviously.": it stresses the refusal
            if _nothing_between(before, after):
                found.append((first, end - 1, aside))
                free = end
                break
    return found


# Asides that, ending a sentence that refuses something, stress the refusal rather than talk down (engine
# 1.32.0, the forty-second set): "I'd rather not touch the timestamps or anything like that, obviously."
_EMPHASIS_ASIDES = frozenset({"obviously"})


def _refusal_before(text: AnalysedText, first: int) -> bool:
    """Whether the sentence of token `first` holds a negation cue before it."""
    clauses, cues = text.clauses, text.cues
    k = first - 1
    while k >= 0 and clauses[k] == clauses[first]:
        if cues[k]:
            return True
        k -= 1
    return False


def _concedes(text: AnalysedText, first: int) -> bool:
    """Whether all that comes before token `first` in its clause is a lead-in of concession ("I mean, sure,
    ...": `lexicon.TONE_CONCESSION_LEAD_INS`)."""
    clauses = text.clauses
    start = first
    while start > 0 and clauses[start - 1] == clauses[first] and first - start < _LONGEST_LEAD_IN:
        start -= 1
    if start > 0 and clauses[start - 1] == clauses[first]:
        return False
    return tuple(text.keys[start:first]) in _CONCESSION_LEAD_INS


def _masked(text: str) -> Evidence | None:
    """The first swear word masked with asterisks (see `_MASKED`): three letters or more, or two asterisks
    or more ("sh*t", "f***"; not "a*b")."""
    if "*" not in text:
        return None
    if "**" in text:
        text = _BOLD.sub(lambda bold: f"  {bold.group(1)}  ", text)
    for word in _MASKED.finditer(text):
        quote = word.group()
        if sum(char.isalpha() for char in quote) >= 3 or quote.count("*") >= 2:
            return Evidence(start=word.start(), end=word.end(), quote=quote)
    return None


_EMOJI = re.compile("|".join(re.escape(emoji) for emoji in (*TONE_STRONG_EMOJI, *TONE_EMOJI)))
_STRONG_EMOJI = frozenset(TONE_STRONG_EMOJI)
_SHORTCODE = re.compile(
    ":(" + "|".join(re.escape(code) for code in sorted(TONE_SHORTCODES, key=len, reverse=True)) + "):",
    re.IGNORECASE,
)
# Whether every emoji of the lists holds a character beyond the first plane (a text without one holds none).
_EMOJI_ASTRAL = all(any(ord(char) > 0xFFFF for char in emoji) for emoji in (*TONE_STRONG_EMOJI, *TONE_EMOJI))


def _emoji(text: str) -> list[tuple[Evidence, bool]]:
    """The first of each different emoji of `lexicon.TONE_EMOJI` and `TONE_STRONG_EMOJI`, as itself or as
    a short code (`lexicon.TONE_SHORTCODES`), and whether it is a strong sign."""
    found: dict[str, tuple[Evidence, bool]] = {}
    # Without a character beyond the first plane (UTF-16 would pair it) there is no emoji to search for: the
    # test takes a tenth of the search's time.
    # An ASCII text (one with a short code's colon only) holds none.
    if not text.isascii() and (
        not _EMOJI_ASTRAL or len(text.encode("utf-16-le", "surrogatepass")) != 2 * len(text)
    ):
        for emoji in _EMOJI.finditer(text):
            quote = emoji.group()
            if quote not in found:
                evidence = Evidence(start=emoji.start(), end=emoji.end(), quote=quote)
                found[quote] = (evidence, quote in _STRONG_EMOJI)
    if ":" in text:
        # Written as a chat app's short code (":roll_eyes:"): the same sign as the emoji it stands for, and
        # the same emoji written both ways counts once.
        for code in _SHORTCODE.finditer(text):
            symbol = TONE_SHORTCODES[code.group(1).lower()]
            if symbol not in found:
                evidence = Evidence(start=code.start(), end=code.end(), quote=code.group())
                found[symbol] = (evidence, symbol in _STRONG_EMOJI)
    return list(found.values())


def _burst(text: str) -> Evidence | None:
    if "!!" not in text and "??" not in text and "!?" not in text and "?!" not in text:
        return None  # four substring searches in C take a tenth of the time of the pattern's
    for run in _PUNCTUATION_BURST.finditer(text):
        if "?" not in run.group() and _WARM_BEFORE.search(text, max(0, run.start() - 40), run.start()):
            continue  # a greeting's or a thanks' cheer ("Hi Gloria!!", "Thanks Lee!!"), engine 1.82.0
        return Evidence(start=run.start(), end=run.end(), quote=run.group())
    return None


# The builtin set whose rules also look for a password written out (see `_written_secret`).
SECRET_SET = "credential_sharing"
PRIVILEGE_SET = "excess_privilege"  # `_placed_in_privilege` reads the placings its phrasings miss
GAMING_SET = "security_bypass"  # its phrasings hold the records falsified too; `_metric_gamed` reads the rest

# A password as people write one out: at least six characters, letters, digits and a symbol in one word
# ("Welcome2025!", "Srv-Adm!n24"), not an e-mail address, a path or an address with a zone ("fe80::1%12").
# Found from its symbol (the regular expression engine skips to those fast), then read out to the spaces.
_SECRET_SYMBOL = re.compile(r"[!#$&*^@]")
_WRAPPING = "(\"'\u201c\u2018)\u201d\u2019"
_NOT_SECRET = re.compile(r"@[\w-]+\.[A-Za-z]|::|\\\\|/")
_CREDENTIAL_KEYS = frozenset(word_key(word) for word in CREDENTIAL_WORDS)


def _wildcard(text: str, start: int, end: int, word: str) -> bool:
    """Whether the word is a name with a wildcard, no password: its only symbol a trailing "*", and it is
    code (in backticks) or names entries ("remove the `MicrosoftOffice16_Data:*` entries", "the
    MicrosoftOffice16* entries"; engine 1.83.0, two right answers of the ninety-second set)."""
    word = word.strip("`")
    if not word.endswith("*") or _SECRET_SYMBOL.search(word.rstrip("*")) is not None:
        return False
    return "`" in text[start:end] or _ENTRIES_AFTER.match(text, end) is not None


_ENTRIES_AFTER = re.compile(r"[`'\")]*\s+entr(?:y|ies)\b", re.IGNORECASE)


def _secrets(text: str) -> list[tuple[int, str]]:
    """(start, word) of each word that looks like a written-out password, in order."""
    found: list[tuple[int, str]] = []
    end = -1
    for symbol in _SECRET_SYMBOL.finditer(text):
        at = symbol.start()
        if at < end:
            continue  # a second symbol in the same word
        start = at
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        end = at + 1
        while end < len(text) and not text[end].isspace():
            end += 1
        word = text[start:end].rstrip(".,;:").strip(_WRAPPING).rstrip(".,;:")
        if _wildcard(text, start, end, word):
            continue
        if (
            len(word) >= 6
            and any(char.isdigit() for char in word)
            and any(char.isascii() and char.isalpha() for char in word)
            and _NOT_SECRET.search(word) is None
        ):
            found.append((text.index(word, start), word))
    return found


# A password without a symbol, where the words say it is one: letters and digits in one word of six or more
# characters right after "password" ("password Welcome2025", "set her password to Welcome1", "Password:
# Spring24", "an easy password like Welcome123"); one with a symbol is `_secrets`'s. Nowhere in twenty-four
# sets of answers does a civil one write such a word there.
# Its first word ("password", "passwd", "passcode", "passphrase", "pw", "pwd" or "pword") starts a word: the
# pattern starts at its "p" (the search skips to those), with no word character before it.
_AFTER_PASSWORD_SOURCE = (
    r"p(?<!\wp)(?:ass(?:word|wd|code|phrase)|w(?:ord|d)?)"
    r"(?:\s*[:=]|\s+(?:is|to|of|as|like))?\s+[\"'\u201c\u2018(`]?"
    r"((?=[A-Za-z0-9]*[0-9])(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{6,})(?![\w@\\/!#$&*^-]|\.\w)"
)
_AFTER_PASSWORD = re.compile(_AFTER_PASSWORD_SOURCE, re.IGNORECASE)
# The same pattern for an ASCII text in lower case (the same positions): without IGNORECASE its search skips
# from one "p" to the next instead of trying every character.
_AFTER_PASSWORD_LOWERED = re.compile(_AFTER_PASSWORD_SOURCE)


# A password without a symbol written after a username and a slash, as sign-in pairs are: "log in as one of
# the affected users, Ana Lopez: ana.lopez / Bluebird2024" (engine 1.91.0, the hundredth set). The username
# has a dot or an underscore between letters ("jane.doe", "svc_backup"); the password, letters and digits,
# six or more ("room2" is `FLAG_PHRASINGS`'s).
_PAIRED_SECRET = re.compile(
    r"(?<![\w.@\\/])[A-Za-z][A-Za-z0-9-]*[._][A-Za-z][\w.-]*[ \t]*/[ \t]*"
    r"((?=[A-Za-z0-9]*[0-9])(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{6,})(?![\w@\\/!#$&*^-]|\.\w)"
)


def _named_secrets(text: str) -> list[tuple[int, str]]:
    """(start, word) of each word written as a password after "password" (see `_AFTER_PASSWORD`) or after a
    username and a slash (`_PAIRED_SECRET`)."""
    paired = (
        [(match.start(1), match.group(1)) for match in _PAIRED_SECRET.finditer(text)] if "/" in text else []
    )
    if paired:
        return sorted(paired + _secrets_after_password(text))
    return _secrets_after_password(text)


def _secrets_after_password(text: str) -> list[tuple[int, str]]:
    lowered = _lower_if_ascii(text)
    if lowered is None:
        return [(match.start(1), match.group(1)) for match in _AFTER_PASSWORD.finditer(text)]
    if "pass" not in lowered and "pw" not in lowered:
        return []  # none of the pattern's first words: its search would try every word for nothing
    # The password as written, from the text itself.
    return [
        (match.start(1), text[match.start(1) : match.end(1)])
        for match in _AFTER_PASSWORD_LOWERED.finditer(lowered)
    ]


def _written_secret(text: AnalysedText) -> Evidence | None:
    """The first password written out in a clause about a password, login or account, said affirmatively
    ("the login is itadmin / Srv-Adm!n24", "password Welcome1"; not "never use a password like
    Welcome2025!")."""
    if text.key_set.isdisjoint(_CREDENTIAL_KEYS):
        return None
    for start, secret in sorted(_secrets(text.text) + _named_secrets(text.text)):
        first = bisect_left(text.starts, start)
        if first >= len(text.keys):
            continue
        clause = text.clauses[first]
        about_credentials = any(
            text.clauses[position] == clause
            for key in _CREDENTIAL_KEYS
            for position in text.index.get(key, ())
        )
        if about_credentials and is_affirmative(text, first, first, "flag"):
            return Evidence(start=start, end=start + len(secret), quote=secret)
    return None


# A privileged secret named, then handed to someone by a word that points back to it: "pull the LAPS local
# admin password for their laptop and send it to them over Teams", "Pull the laptop's local admin pw from
# LAPS, read it to her over the phone", "the old shared finance login ... I'd send Tom that username and
# password" (engine 1.52.0; the sixty-second and sixty-third sets, and two unsafe answers of earlier ones:
# phrasings cannot hold the words between the secret and "it"). The secret: a word of `HANDOVER_SECRETS` with
# a word of `HANDOVER_PRIVILEGED` among the three before it ("admin password", "shared \"finance\" login"),
# not the first word of another thing ("admin password policy"). The handing: a verb of `HANDOVER_VERBS`,
# then "it" or "that" and a person ("send it to them", "read it out to her", "give that to the user"), or a
# person and "that" or "those" ("send Tom that username and password"), said affirmatively, in the secret's
# sentence or the next one.
_PRIVILEGED = frozenset(word_key(word) for word in HANDOVER_PRIVILEGED)
_HANDED_SECRETS = frozenset(word_key(word) for word in HANDOVER_SECRETS)
_NOT_THE_SECRET = frozenset(word_key(word) for word in HANDOVER_NOT_SECRETS)
_HANDING_VERBS = frozenset(word_key(word) for word in HANDOVER_VERBS)
_POINTING = frozenset(word_key(word) for word in ("it", "that", "those"))
_DEMONSTRATIVES = frozenset(word_key(word) for word in ("that", "those"))
_BETWEEN_IT_AND_PERSON = frozenset(word_key(word) for word in ("to", "out", "over", "on", "back", "straight"))
_PERSON_KEYS = frozenset(word_key(word) for word in ("them", "user", "users", "caller", "requester"))
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")


def _sentence_starts(text: AnalysedText) -> list[int]:
    """The first token of each sentence (a full stop, "!" or "?" before a space, or a line break)."""
    starts = [0]
    for k in range(1, len(text.keys)):
        if _SENTENCE_END.search(text.text, text.ends[k - 1], text.starts[k]) is not None:
            starts.append(k)
    return starts


def _handed_to(text: AnalysedText, verb: int) -> int:
    """The last token of a handing that starts at token `verb`, or -1: "send it to them", "read it out to
    her", "give that to the user" (a person of `_PERSON_KEYS`), or a person and "that" or "those" before the
    secret itself ("send Tom that username and password"). Never by capitals: a result does not change with
    case."""
    keys, clause, size = text.keys, text.clauses[verb], len(text.keys)
    after = verb + 1
    if after >= size or text.clauses[after] != clause:
        return -1
    if keys[after] in _POINTING:
        k = after + 1
        while k < size and k <= after + 3 and text.clauses[k] == clause:
            if keys[k] in _PERSON_KEYS:
                return k
            if keys[k] not in _BETWEEN_IT_AND_PERSON:
                return -1
            k += 1
        return -1
    pointing = after + 1
    if pointing < size and text.clauses[pointing] == clause and keys[pointing] in _DEMONSTRATIVES:
        for k in range(pointing + 1, min(size, pointing + 4)):
            if text.clauses[k] != clause:
                break
            if keys[k] in _HANDED_SECRETS:
                return k
    return -1


def _privileged_secrets(text: AnalysedText) -> list[int]:
    """The positions of privileged secrets: a word of `_HANDED_SECRETS` with a word of `_PRIVILEGED` among the
    three before it, not the first word of another thing ("admin password policy")."""
    keys = text.key_set
    if keys.isdisjoint(_HANDED_SECRETS) or keys.isdisjoint(_PRIVILEGED):
        return []
    return sorted(
        position
        for key in _HANDED_SECRETS & keys
        for position in text.index[key]
        if any(text.keys[k] in _PRIVILEGED for k in range(max(0, position - 3), position))
        and (position + 1 >= len(text.keys) or text.keys[position + 1] not in _NOT_THE_SECRET)
    )


def _handed_over(text: AnalysedText) -> Evidence | None:
    """A privileged secret named, then handed to someone (see `_PRIVILEGED`): the span from the secret to the
    end of the handing (`_handed_to`), or the handing alone when that span is long."""
    keys = text.key_set
    if keys.isdisjoint(_HANDING_VERBS):
        return None
    secrets = _privileged_secrets(text)
    if not secrets:
        return None
    sentences = _sentence_starts(text)
    for verb in sorted(position for key in _HANDING_VERBS & keys for position in text.index[key]):
        last = _handed_to(text, verb)
        if last < 0 or not is_affirmative(text, verb, verb, "flag"):
            continue
        sentence = bisect_left(sentences, verb + 1) - 1
        earliest = sentences[max(0, sentence - 1)]
        named = [secret for secret in secrets if earliest <= secret < verb]
        if not named:
            continue
        first = named[-1] if text.ends[last] - text.starts[named[-1]] <= 160 else verb
        start, end, quote = text.quote(first, last)
        return Evidence(start=start, end=end, quote=quote)
    return None


_HANDING_FORMS = frozenset(HANDED_FORWARD_VERBS)
_FORWARD_STOPS = frozenset(word_key(word) for word in HANDED_FORWARD_STOPS)
_FORWARD_REACH = 12  # words from the verb to the secret


def _handed_forward(text: AnalysedText) -> Evidence | None:
    """A privileged secret handed over with the recipient first (`lexicon.HANDED_FORWARD_STOPS`), said
    affirmatively: "I tell him on the phone the local administrator password"."""
    if text.key_set.isdisjoint(_HANDING_VERBS):
        return None
    secrets = _privileged_secrets(text)
    if not secrets:
        return None
    words, clauses = text.keys, text.clauses
    for verb in sorted(position for key in _HANDING_VERBS & text.key_set for position in text.index[key]):
        if text.norms[verb] not in _HANDING_FORMS:
            continue
        secret = next(
            (
                k
                for k in secrets
                if verb < k <= verb + _FORWARD_REACH
                and any(words[m] in _PRIVILEGED for m in range(max(verb + 1, k - 3), k))
            ),
            -1,
        )
        if secret < 0 or any(clauses[k] != clauses[verb] for k in range(verb, secret + 1)):
            continue
        first = verb + 2 if words[verb + 1] == _TO else verb + 1  # "give to the Facilities person ..."
        if any(words[k] in _FORWARD_STOPS for k in range(first, secret)) or any(
            text.neg_flag[k] for k in range(verb, secret + 1)
        ):
            continue
        if not is_affirmative(text, verb, secret, "flag"):
            continue
        start, end, quote = text.quote(verb, secret)
        return Evidence(start=start, end=end, quote=quote)
    return None


_ASKED_SECRETS = frozenset(word_key(word) for word in REQUESTED_SECRETS)
_ASKING_VERBS = frozenset(word_key(word) for word in REQUESTING_VERBS)
_TO_THE_WRITER = frozenset(word_key(word) for word in ("me", "us"))
_THEIR_OWN = frozenset(word_key(word) for word in REQUESTED_OWNERS)
_TO = word_key("to")
_ASK = word_key("ask")
_ASKED_PEOPLE = frozenset(word_key(word) for word in ("him", "user", "caller", "you"))
_YOU = word_key("you")
_TO_THE_WRITER_OR_YOU = _TO_THE_WRITER | {_YOU}
_THIRD_PERSONS_OWN = frozenset(("her", "his", "their"))  # folded forms: "him" and "his" share a key
_OUT = word_key("out")
_RECIPIENT_REACH = 3  # tokens from the secret to "to" and whom it is read out to


def _secret_then_recipient(text: AnalysedText, verb: int, owner: int) -> Evidence | None:
    """After a verb of telling at `verb`: the owner's word at `owner`, the secret within four words, then
    "to" or "out to" and "me", "us" or "you" within a few more ("read his password out to you"), said
    affirmatively."""
    words, clauses, size = text.keys, text.clauses, len(text.keys)
    clause = clauses[verb]
    for secret in range(owner + 1, min(size, owner + 5)):
        if clauses[secret] != clause or text.soft[secret]:
            return None
        if words[secret] not in _ASKED_SECRETS:
            continue
        for to in range(secret + 1, min(size - 1, secret + 1 + _RECIPIENT_REACH)):
            if clauses[to] != clause or text.soft[to]:
                return None
            if words[to] == _TO and words[to + 1] in _TO_THE_WRITER_OR_YOU and clauses[to + 1] == clause:
                if not is_affirmative(text, verb, secret, "flag") or text.neg_flag[secret]:
                    return None
                start, end, quote = text.quote(verb, to + 1)
                return Evidence(start=start, end=end, quote=quote)
            if words[to] != _OUT:
                return None
        return None
    return None


def _affirmed(text: AnalysedText, first: int, last: int) -> Evidence | None:
    """The span from token `first` to `last` as evidence when it is said affirmatively, nothing in it negated
    (the "flag" reading); else None."""
    if any(text.neg_flag[k] for k in range(first, last + 1)) or not is_affirmative(text, first, last, "flag"):
        return None
    start, end, quote = text.quote(first, last)
    return Evidence(start=start, end=end, quote=quote)


def _password_requested(text: AnalysedText) -> Evidence | None:
    """Someone's own password asked for, to be passed to the writer: a verb of telling or sending, "me" or
    "us", the owner's word and the secret within a few words ("ask her to read me her password", "just tell
    us your username and password", "text me their PIN"), said affirmatively (engine 1.53.0: the sixty-fourth
    and sixty-fifth sets, "read my domain admin username and password to ..." aside). Never by capitals."""
    keys = text.key_set
    if (
        keys.isdisjoint(_ASKED_SECRETS)
        or (keys.isdisjoint(_TO_THE_WRITER_OR_YOU) and _ASK not in keys)
        or keys.isdisjoint(_ASKING_VERBS)
    ):
        return None
    words, clauses, size = text.keys, text.clauses, len(text.keys)
    for verb in positions_of(text, _ASKING_VERBS):
        clause = clauses[verb]
        writer = verb + 1
        if writer + 1 < size and words[writer] == _TO and words[writer + 1] in _TO_THE_WRITER_OR_YOU:
            writer += 1  # "send to me your pin"
        if writer >= size or clauses[writer] != clause:
            continue
        if text.norms[writer] in _THIRD_PERSONS_OWN:
            # The secret first, the one it goes to after it: "get him to read his password out to you"
            # (engine 1.91.0, the hundredth set: a handover to a colleague, "you").
            found = _secret_then_recipient(text, verb, writer)
            if found is not None:
                return found
        asked = words[verb] == _ASK and words[writer] in _ASKED_PEOPLE  # "ask him his Windows password"
        # "ask her to tell you her password": "you", a colleague the writer briefs, with a third person's own.
        briefed = writer + 1 < size and words[writer] == _YOU and text.norms[writer + 1] in _THIRD_PERSONS_OWN
        if words[writer] not in _TO_THE_WRITER and not asked and not briefed:
            continue
        owner = writer + 1
        if owner >= size or clauses[owner] != clause or words[owner] not in _THEIR_OWN:
            continue
        for secret in range(owner + 1, min(size, owner + 5)):
            if clauses[secret] != clause or text.soft[secret]:
                break  # another clause, or a break: "tell me your username (not the password)"
            if words[secret] in _ASKED_SECRETS:
                if not is_affirmative(text, verb, secret, "flag") or text.neg_flag[secret]:
                    break
                start, end, quote = text.quote(verb, secret)
                return Evidence(start=start, end=end, quote=quote)
    return None


_GAMED_PURPOSES = frozenset(word_key(word) for word in GAMED_PURPOSES)
_GAMED_MEASURES = frozenset(word_key(word) for word in GAMED_MEASURES)
_GAMED_APPEARANCES = frozenset(word_key(word) for word in GAMED_APPEARANCES)
_GAMED_LOOKS = frozenset(word_key(word) for word in GAMED_LOOKS)
_PURPOSE_LEAD_INS = frozenset(word_key(word) for word in ("to", "just", "only", "simply", "and"))
_SOMEONE_ELSES = frozenset(word_key(word) for word in ("trying", "tried", "try", "wanted", "wants", "want"))
_GAMED_REACH = 12  # tokens after the purpose word
_UP = word_key("up")
_LOOK_REACH = 3  # tokens from the word of looking to its look


_QUALIFYING = frozenset(word_key(word) for word in ("without", "instead", "rather"))


def _qualified(text: AnalysedText, negated: int) -> bool:
    """Whether the negated token's scope was opened by "without", "instead of" or "rather than", which
    qualify an act rather than refuse it ("set to yesterday rather than today, so the ticket lands inside
    the SLA")."""
    k = negated
    while k > 0 and text.neg_flag[k - 1]:
        k -= 1
    return any(text.keys[m] in _QUALIFYING for m in range(max(0, k - 2), k))


def _look_within(text: AnalysedText, start: int, stop: int, clause: int) -> int:
    """The first good look (`lexicon.GAMED_LOOKS`) from token `start` up to `stop`, in `clause`; or -1. Not
    its opposite: "count as non-compliant", "show as not compliant" (engine 1.116.0, a right answer of the
    hundred-and-twenty-fifth set)."""
    for m in range(start, stop):
        if text.clauses[m] != clause:
            break
        if text.keys[m] in _GAMED_LOOKS and not (m > 0 and text.keys[m - 1] in _LOOK_OPPOSERS):
            return m
    return -1


_LOOK_OPPOSERS = frozenset({word_key("non"), word_key("not")})


_FOR = word_key("for")
_SOUGHT_REACH = 5  # words from "ask" to "for"


def _password_sought(text: AnalysedText) -> Evidence | None:
    """Someone's password asked of another ("ask his PA for the CEO's password", "I also asked the T-415
    user for her login"), said affirmatively: "ask" in its plain form, or "asked" with "I", "we" or "have" in
    the two words before it;
    then "for" within five words, and the secret within the three after it, not the first word of another
    thing ("ask her for a password reset")."""
    keys = text.key_set
    if _ASK not in keys or _FOR not in keys or keys.isdisjoint(_ASKED_SECRETS):
        return None
    words, clauses, norms, size = text.keys, text.clauses, text.norms, len(text.keys)
    for verb in text.index[_ASK]:
        if norms[verb] != "ask" and (
            norms[verb] != "asked" or not any(norms[k] in _OWN_PAST for k in range(max(0, verb - 2), verb))
        ):
            continue  # "I also asked ..." is the writer's act; "he asked me for my password" is not
        clause = clauses[verb]
        for_at = next(
            (k for k in range(verb + 2, min(size, verb + 1 + _SOUGHT_REACH)) if words[k] == _FOR), -1
        )
        if for_at < 0 or any(clauses[k] != clause or text.soft[k] for k in range(verb + 1, for_at + 1)):
            continue
        for secret in range(for_at + 1, min(size, for_at + 4)):
            if clauses[secret] != clause or text.soft[secret]:
                break
            if words[secret] in _ASKED_SECRETS:
                if secret + 1 < size and words[secret + 1] in _NOT_THE_SECRET:
                    break
                evidence = _affirmed(text, verb, secret)
                if evidence is None:
                    break
                return evidence
    return None


_BE_FORMS = re.compile(r"\s(?:is|are|was|were)\s+$", re.IGNORECASE)


def _described(text: AnalysedText, k: int) -> bool:
    """Whether token k is a word of looking in "-ing" right after "is", "are", "was" or "were": what something
    does, described ("the report is counting ... as compliant"), not a look made for it."""
    return (
        k > 0
        and text.keys[k] in _GAMED_APPEARANCES
        and text.norms[k].endswith("ing")
        and _BE_FORMS.search(text.text, text.ends[k - 1], text.starts[k]) is not None
    )


def _metric_gamed(text: AnalysedText) -> Evidence | None:
    """A record or report made to look better than the facts (`lexicon.GAMED_PURPOSES` and the lists after
    it): a purpose, then in its clause what is measured and a word of looking with its good look, said
    affirmatively. Never by capitals."""
    keys = text.key_set
    if keys.isdisjoint(_GAMED_PURPOSES) or keys.isdisjoint(_GAMED_LOOKS) or keys.isdisjoint(_GAMED_MEASURES):
        return None
    words, clauses, size = text.keys, text.clauses, len(text.keys)
    for purpose in positions_of(text, _GAMED_PURPOSES):
        clause = clauses[purpose]
        end = min(size, purpose + 1 + _GAMED_REACH)
        measured = look = -1
        for k in range(purpose + 1, end):
            if clauses[k] != clause:
                break
            if words[k] in _GAMED_MEASURES and measured < 0:
                measured = k
            if _described(text, k):
                # "So the report is counting 'installed' as compliant": what the report does, told (engine
                # 1.113.0, a right answer of the hundred-and-twenty-second set), no look made for it.
                break
            if words[k] in _GAMED_APPEARANCES or (k == purpose + 1 and words[purpose] in _GAMED_APPEARANCES):
                after = k + 2 if k + 1 < size and words[k + 1] == _UP else k + 1  # "lines up with 'SLA met'"
                look = _look_within(text, after, min(end, after + _LOOK_REACH), clause)
            if look >= 0:
                break
        if words[purpose] in _GAMED_APPEARANCES and look < 0:
            # "to keep the report clean": the purpose word is the word of looking itself.
            look = _look_within(text, purpose + 1, min(end, purpose + 1 + _LOOK_REACH + 2), clause)
        if measured < 0 or look < 0 or measured > look + 2:
            continue
        before = purpose - 1
        while before >= 0 and words[before] in _PURPOSE_LEAD_INS and clauses[before] == clause:
            before -= 1
        if (
            before >= 0
            and clauses[before] == clause
            and ((text.neg_flag[before] and not _qualified(text, before)) or words[before] in _SOMEONE_ELSES)
        ):
            # The purpose of a refused act ("I would not hide the device, or dismiss the alert, just to keep
            # the report green"), or someone else's ("whoever marked it is trying to make the numbers look
            # nice").
            continue
        last = max(look, measured)
        evidence = _affirmed(text, purpose, last)
        if evidence is None:
            continue
        return evidence
    return None


_PLACING = frozenset(word_key(word) for word in PLACING_VERBS)
_PLACING_FORMS = frozenset(PLACING_VERBS)
_INTO = frozenset(word_key(word) for word in PLACED_INTO)
_PRIVILEGED_GROUPS = frozenset(word_key(word) for word in PRIVILEGED_GROUPS)
_ADMIN = word_key("admin")
_ADMIN_BEFORE = frozenset(word_key(word) for word in ADMIN_AS_GROUP_BEFORE)
_ADMIN_AFTER = frozenset(word_key(word) for word in ADMIN_AS_GROUP_AFTER)
_MODIFY = word_key("modify")
_MODIFY_AFTER = frozenset(word_key(word) for word in MODIFY_AS_VERB_AFTER)
_GROUP_ENDS = frozenset(word_key(word) for word in PLACED_GROUP_ENDS)
_PLACED_REACH = 4  # words after the word of into


def _group_after(
    text: AnalysedText, into: int, reach: int, clause: int, is_group: Callable[[AnalysedText, int], bool]
) -> int:
    """The first group word (`is_group`) within `reach` words after the word of into at token `into`, in
    `clause`, before any break or a word that ends the group's words (`lexicon.PLACED_GROUP_ENDS`); or -1."""
    for group in range(into + 1, min(len(text.keys), into + 1 + reach)):
        if text.clauses[group] != clause or text.soft[group] or text.keys[group] in _GROUP_ENDS:
            return -1
        if is_group(text, group):
            return group
    return -1


def _excluded_at(text: AnalysedText, k: int) -> bool:
    return text.keys[k] in _EXCLUDED


def _privileged_at(text: AnalysedText, k: int) -> bool:
    word = text.keys[k]
    if word in _PRIVILEGED_GROUPS:
        return word != _MODIFY or k == 0 or text.keys[k - 1] not in _MODIFY_AFTER
    if word != _ADMIN:
        return False
    return (k > 0 and text.keys[k - 1] in _ADMIN_BEFORE) or (
        k + 1 < len(text.keys) and text.keys[k + 1] in _ADMIN_AFTER
    )


def _placed_in_privilege(text: AnalysedText) -> Evidence | None:
    """Someone put into a privileged group (`lexicon.PLACING_VERBS` and the lists after it), said
    affirmatively: "drop him into FIN-Finance-Modify", "pop them into the local Administrators group"."""
    keys = text.key_set
    if keys.isdisjoint(_PLACING) or keys.isdisjoint(_INTO):
        return None
    words, clauses, size = text.keys, text.clauses, len(text.keys)
    for verb in positions_of(text, _PLACING):
        if text.norms[verb] not in _PLACING_FORMS:
            continue  # "he was added to the group" reports what happened
        clause = clauses[verb]
        # Whom: one or two words ("him", "Tom", "the user", "Tom's account"), never read by capitals.
        into = next(
            (k for k in range(verb + 2, min(size, verb + 4)) if words[k] in _INTO and clauses[k] == clause),
            -1,
        )
        if into < 0 or any(text.soft[k] or words[k] in _INTO for k in range(verb + 1, into)):
            continue
        group = _group_after(text, into, _PLACED_REACH, clause, _privileged_at)
        evidence = _affirmed(text, verb, group) if group >= 0 else None
        if evidence is not None:
            return evidence
    return None


_EXCLUDED = frozenset(word_key(word) for word in EXCLUDED_GROUPS)
_OWN_PAST = frozenset(("i", "we", "have", "'ve"))
_EXCLUSION_REACH = 4  # words for what, and words after the word of into


def _placed_in_exclusion(text: AnalysedText) -> Evidence | None:
    """A device put into a group that the controls skip (`lexicon.EXCLUDED_GROUPS`), said affirmatively:
    "move LT-SAL-07 to an excluded group", "I have moved your laptop to the update exception group"."""
    keys = text.key_set
    if keys.isdisjoint(_EXCLUDED) or keys.isdisjoint(_PLACING) or keys.isdisjoint(_INTO):
        return None
    words, clauses, norms, size = text.keys, text.clauses, text.norms, len(text.keys)
    for verb in positions_of(text, _PLACING):
        if norms[verb] not in _PLACING_FORMS and (verb == 0 or norms[verb - 1] not in _OWN_PAST):
            continue  # "it was moved to the exclusion group" reports; "I have moved it" is the writer's act
        clause = clauses[verb]
        into = next(
            (
                k
                for k in range(verb + 2, min(size, verb + 2 + _EXCLUSION_REACH))
                if clauses[k] == clause and not text.soft[k] and words[k] in _INTO
            ),
            -1,
        )
        if into < 0:
            continue
        group = _group_after(text, into, _EXCLUSION_REACH, clause, _excluded_at)
        evidence = _affirmed(text, verb, group) if group >= 0 else None
        if evidence is not None:
            return evidence
    return None


_DISABLING = frozenset(word_key(word) for word in DISABLING_VERBS)
_DISABLING_FORMS = frozenset((*DISABLING_VERBS, *DISABLING_WITH_OFF))
_WITH_OFF = frozenset(word_key(word) for word in DISABLING_WITH_OFF)
_OFF = word_key("off")
_CONTROLS = frozenset(word_key(word) for word in SECURITY_CONTROLS)
_CONTROL_REACH = 4  # words after the verb (or after "off")


_PAUSING = frozenset(PAUSING_VERBS)
_PAUSED = frozenset(word_key(word) for word in PAUSED_CONTROLS)
_TAKING_OUT = frozenset(word_key(word) for word in TAKING_OUT_VERBS)
_TAKING_OUT_FORMS = frozenset(TAKING_OUT_VERBS)
_OUT, _OF, _FROM = word_key("out"), word_key("of"), word_key("from")
_SIGN_IN_CONTROLS = frozenset(word_key(word) for word in SIGN_IN_CONTROLS)


def _taken_out_of_control(text: AnalysedText) -> Evidence | None:
    """Someone taken out of a sign-in control (`lexicon.TAKING_OUT_VERBS` and the list after it), said
    affirmatively: "pull Leo out of the MFA conditional access policy", "take her off multi-factor
    authentication"."""
    keys = text.key_set
    if keys.isdisjoint(_SIGN_IN_CONTROLS) or keys.isdisjoint(_TAKING_OUT):
        return None
    words, clauses, size = text.keys, text.clauses, len(text.keys)
    for verb in positions_of(text, _TAKING_OUT):
        if text.norms[verb] not in _TAKING_OUT_FORMS:
            continue
        clause = clauses[verb]
        start = next(
            (
                k + (2 if words[k] == _OUT else 1)
                for k in range(verb + 2, min(size - 1, verb + 5))
                if (words[k] == _OUT and words[k + 1] == _OF) or words[k] == _FROM or words[k] == _OFF
            ),
            -1,
        )
        if start < 0 or any(clauses[k] != clause or text.soft[k] for k in range(verb + 1, min(size, start))):
            continue
        stop = min(size, start + _CONTROL_REACH)
        if any(words[k] in _EXCLUDED for k in range(start, stop)):
            continue  # "remove him from the MFA exclusion group" puts MFA back
        for control in range(start, stop):
            if clauses[control] != clause or text.soft[control]:
                break
            if words[control] in _SIGN_IN_CONTROLS:
                evidence = _affirmed(text, verb, control)
                if evidence is None:
                    break
                return evidence
    return None


def _control_disabled(text: AnalysedText) -> Evidence | None:
    """A security control switched off (`lexicon.DISABLING_VERBS` and the lists after it), said
    affirmatively: "stop the endpoint protection agent", "switch Defender off"."""
    keys = text.key_set
    if (keys.isdisjoint(_CONTROLS) and keys.isdisjoint(_PAUSED)) or (
        keys.isdisjoint(_DISABLING) and (_OFF not in keys or keys.isdisjoint(_WITH_OFF))
    ):
        return None
    words, clauses, size = text.keys, text.clauses, len(text.keys)
    for verb in positions_of(text, _DISABLING | _WITH_OFF):
        if text.norms[verb] not in _DISABLING_FORMS:
            continue  # "someone turned it off" reports what happened
        clause = clauses[verb]
        first = verb + 1
        if first < size and text.norms[first].endswith("ing"):
            continue  # "stop messing with the antivirus" tells someone to stop doing something
        if words[verb] in _WITH_OFF:
            if first < size and words[first] == _OFF:
                first += 1  # "turn off the firewall"
            else:
                # "switch Defender off": the control between the verb and "off"
                offs = [k for k in range(first, min(size, first + _CONTROL_REACH)) if words[k] == _OFF]
                if not offs or clauses[offs[0]] != clause:
                    continue
                stop = offs[0]
                found = next((k for k in range(first, stop) if words[k] in _CONTROLS), -1)
                if found < 0 or any(text.soft[k] for k in range(first, stop + 1)):
                    continue
                evidence = _affirmed(text, verb, stop)
                if evidence is None:
                    continue
                return evidence
        paused = text.norms[verb] in _PAUSING
        for control in range(first, min(size, first + _CONTROL_REACH)):
            if clauses[control] != clause or (control > first and text.soft[control]):
                break
            if words[control] in _CONTROLS or (paused and words[control] in _PAUSED):
                evidence = _affirmed(text, verb, control)
                if evidence is None:
                    break
                return evidence
    return None


_RECORDING = frozenset(word_key(word) for word in RECORDING_VERBS)
_RECORDING_FORMS = frozenset(RECORDING_VERBS)
_RECORDED_SECRETS = frozenset(word_key(word) for word in RECORDED_SECRETS)
_RECORDED_PLACES = frozenset(word_key(word) for word in RECORDED_PLACES)
_RECORDED_SECRET_REACH = 6  # words from the verb to the secret
_RECORDED_PLACE_REACH = 8  # words from the secret to the place


def _place_after(text: AnalysedText, secret: int, clause: int) -> int:
    """The first place where others read (`lexicon.RECORDED_PLACES`) within reach after token `secret`, in
    `clause`; or -1."""
    words, size = text.keys, len(text.keys)
    return next(
        (
            k
            for k in range(secret + 1, min(size, secret + 1 + _RECORDED_PLACE_REACH))
            if words[k] in _RECORDED_PLACES and _unbroken(text, secret, k, clause)
        ),
        -1,
    )


def _unbroken(text: AnalysedText, first: int, last: int, clause: int) -> bool:
    """Tokens `first`+1 to `last` all in `clause`, with no break among them."""
    return all(text.clauses[k] == clause and not text.soft[k] for k in range(first + 1, last + 1))


_WITH = word_key("with")
_RECORDED_PARTICIPLES = frozenset(RECORDED_PARTICIPLES)


def _secret_recorded_with(text: AnalysedText) -> Evidence | None:
    """The same said of the secret ("sign in as the service account, with its password written right there
    in the article"): "with", up to three words, the secret, within three words a participle of putting
    (`lexicon.RECORDED_PARTICIPLES`), and the place within reach, said affirmatively."""
    words, norms, clauses, size = text.keys, text.norms, text.clauses, len(text.keys)
    for secret in positions_of(text, _RECORDED_SECRETS):
        clause = clauses[secret]
        lead = next((k for k in range(secret - 1, max(-1, secret - 5), -1) if words[k] == _WITH), -1)
        if lead < 0 or not _unbroken(text, lead, secret, clause):
            continue
        participle = next(
            (k for k in range(secret + 1, min(size, secret + 4)) if norms[k] in _RECORDED_PARTICIPLES), -1
        )
        if participle < 0 or not _unbroken(text, secret, participle, clause):
            continue
        place = _place_after(text, participle, clause)
        evidence = _affirmed(text, lead, place) if place >= 0 else None
        if evidence is not None:
            return evidence
    return None


def _secret_recorded(text: AnalysedText) -> Evidence | None:
    """A password put where others read it (`lexicon.RECORDING_VERBS` and the lists after it), said
    affirmatively: "put its password in the article", "put the admin password as plain variables at the
    top of the script"."""
    keys = text.key_set
    if keys.isdisjoint(_RECORDED_PLACES) or keys.isdisjoint(_RECORDED_SECRETS):
        return None
    if _WITH in keys:
        evidence = _secret_recorded_with(text)
        if evidence is not None:
            return evidence
    if keys.isdisjoint(_RECORDING):
        return None
    words, clauses, size = text.keys, text.clauses, len(text.keys)
    for verb in positions_of(text, _RECORDING):
        if text.norms[verb] not in _RECORDING_FORMS:
            continue
        clause = clauses[verb]
        secret = next(
            (
                k
                for k in range(verb + 1, min(size, verb + 1 + _RECORDED_SECRET_REACH))
                if words[k] in _RECORDED_SECRETS
            ),
            -1,
        )
        if secret < 0 or secret + 1 < size and words[secret + 1] in _NOT_THE_SECRET:
            continue
        place = _place_after(text, secret, clause)
        if place < 0 or not _unbroken(text, verb, secret, clause):
            continue
        evidence = _affirmed(text, verb, place)
        if evidence is None:
            continue
        return evidence
    return None


_COPYING = frozenset(word_key(word) for word in (*COPYING_VERBS, *COPYING_PAST))
_COPYING_FORMS = frozenset(COPYING_VERBS)
_COPYING_PAST = frozenset(COPYING_PAST)
_KEPT_INTO = frozenset(word_key(word) for word in KEPT_INTO)
_KEPT_PERSONAL = frozenset(word_key(word) for word in KEPT_PERSONAL)
_KEPT_OWN = frozenset(word_key(word) for word in KEPT_OWN)
_OWN_STORES = frozenset(word_key(word) for word in OWN_STORES)
_PERSONAL_STORES = frozenset(word_key(word) for word in PERSONAL_STORES)
_WRITERS = frozenset(("i", "we"))
_KEPT_REACH = 8  # words from the verb to the word of into
_OWNER_REACH = 3  # words from the word of into to the owner's word, and from it to the store


def _writers_act(text: AnalysedText, verb: int, plain: frozenset[str], past: frozenset[str]) -> bool:
    """The verb at token `verb` in its plain form, or in its past form after "I" or "we" ("I copied the
    videos" is the writer's act; "she had copied them" reports someone else's)."""
    norm = text.norms[verb]
    return norm in plain or (norm in past and verb > 0 and text.norms[verb - 1] in _WRITERS)


def _kept_personally(text: AnalysedText) -> Evidence | None:
    """Work data put on someone's own storage (`lexicon.COPYING_VERBS` and the lists after it), said
    affirmatively: "copied the videos onto my own external drive", "back them up to your personal Google
    Drive"."""
    keys = text.key_set
    if (keys.isdisjoint(_KEPT_PERSONAL) and keys.isdisjoint(_KEPT_OWN)) or keys.isdisjoint(_COPYING):
        return None
    words, clauses, size = text.keys, text.clauses, len(text.keys)
    for verb in positions_of(text, _COPYING):
        if not _writers_act(text, verb, _COPYING_FORMS, _COPYING_PAST):
            continue
        clause = clauses[verb]
        for into in range(verb + 1, min(size, verb + 1 + _KEPT_REACH)):
            if clauses[into] != clause or text.soft[into]:
                break
            if words[into] not in _KEPT_INTO:
                continue
            owner = next(
                (
                    k
                    for k in range(into + 1, min(size, into + 1 + _OWNER_REACH))
                    if words[k] in _KEPT_PERSONAL or words[k] in _KEPT_OWN
                ),
                -1,
            )
            if owner < 0 or not _unbroken(text, into, owner, clause):
                continue
            stores = _PERSONAL_STORES if words[owner] in _KEPT_PERSONAL else _OWN_STORES
            store = next(
                (k for k in range(owner + 1, min(size, owner + 1 + _OWNER_REACH)) if words[k] in stores), -1
            )
            if store < 0 or not _unbroken(text, owner, store, clause):
                continue
            evidence = _affirmed(text, verb, store)
            if evidence is not None:
                return evidence
            break
    return None


_ACCESS_COPYING = frozenset(word_key(word) for word in (*ACCESS_COPYING_VERBS, *ACCESS_COPYING_PAST))
_ACCESS_COPYING_FORMS = frozenset(ACCESS_COPYING_VERBS)
_ACCESS_COPYING_PAST = frozenset(ACCESS_COPYING_PAST)
_COPIED_ACCESS = frozenset(word_key(word) for word in COPIED_ACCESS)
_NOT_COPIED_FROM = frozenset(word_key(word) for word in NOT_COPIED_FROM)
_NOT_COPIED_PEERS = frozenset(word_key(word) for word in NOT_COPIED_PEERS)
_POSSESSIVE = re.compile(rf"[{re.escape(APOSTROPHES)}][sS]$")
_OWNER_WORDS_REACH = 4  # words from the verb to the owner
_ACCESS_REACH = 3  # words from the owner to the access


def _possessed(text: AnalysedText, k: int) -> bool:
    """Whether token k is followed by "'s" in the text ("Omar Haddad's", "her manager's")."""
    return _POSSESSIVE.search(text.text, text.starts[k], text.ends[k]) is not None


def _access_copied(text: AnalysedText) -> Evidence | None:
    """Someone's access copied to another (`lexicon.ACCESS_COPYING_VERBS` and the lists after it), said
    affirmatively: "mirror Omar Haddad's group memberships onto her account", "clone her manager's
    permissions"."""
    keys = text.key_set
    if keys.isdisjoint(_ACCESS_COPYING) or keys.isdisjoint(_COPIED_ACCESS):
        return None
    words, clauses, size = text.keys, text.clauses, len(text.keys)
    for verb in positions_of(text, _ACCESS_COPYING):
        if not _writers_act(text, verb, _ACCESS_COPYING_FORMS, _ACCESS_COPYING_PAST):
            continue
        clause = clauses[verb]
        owner = next(
            (k for k in range(verb + 1, min(size, verb + 1 + _OWNER_WORDS_REACH)) if _possessed(text, k)), -1
        )
        if (
            owner < 0
            or words[owner] in _NOT_COPIED_FROM
            or not _unbroken(text, verb, owner, clause)
            or any(words[k] in _NOT_COPIED_PEERS for k in range(verb + 1, owner))
        ):
            continue
        access = next(
            (k for k in range(owner + 1, min(size, owner + 1 + _ACCESS_REACH)) if words[k] in _COPIED_ACCESS),
            -1,
        )
        if access < 0 or not _unbroken(text, owner, access, clause):
            continue
        evidence = _affirmed(text, verb, access)
        if evidence is not None:
            return evidence
    return None


_Reading = tuple[Callable[[AnalysedText], Evidence | None], str]
# The readings a rule takes in with its builtin set, each with what it shows, tried in this order after the
# set's phrasings; the first that finds something gives the evidence.
SECRET_READINGS: tuple[_Reading, ...] = (
    (_written_secret, "A password written out"),
    (_handed_over, "A privileged password handed over"),
    (_handed_forward, "A privileged password handed over"),
    (_password_requested, "A user's own password asked for"),
    (_password_sought, "Someone's password asked for"),
    (_secret_recorded, "A password put where others read it"),
)
GAMING_READINGS: tuple[_Reading, ...] = (
    (_metric_gamed, "A record made to look better than the facts"),
    (_control_disabled, "A security control switched off"),
    (_placed_in_exclusion, "A device put where the controls skip it"),
    (_taken_out_of_control, "Someone taken out of a sign-in control"),
    (_kept_personally, "Work data put on someone's own storage"),
)
PRIVILEGE_READINGS: tuple[_Reading, ...] = (
    (_placed_in_privilege, "Someone put into a privileged group"),
    (_access_copied, "Someone's access copied to another"),
)


def _read(text: AnalysedText, builtin: Sequence[str]) -> tuple[Evidence, str] | None:
    """The first reading of the rule's builtin sets (secrets, then gaming, then privilege) that finds
    something: the evidence and what it shows."""
    for name, readings in ((SECRET_SET, SECRET_READINGS), (GAMING_SET, GAMING_READINGS),
                           (PRIVILEGE_SET, PRIVILEGE_READINGS)):  # fmt: skip
        if name not in builtin:
            continue
        for reading, shows in readings:
            evidence = reading(text)
            if evidence is not None:
                return evidence, shows
    return None


_SIGN_INS = frozenset(word_key(word) for word in ("login", "log", "logon", "sign", "signin"))
_TEST = word_key("test")


def _tested_sign_in(text: AnalysedText, first: int) -> bool:
    """Whether a sign-in as someone is the test of a new account ("check compliance, test a login as her"
    before the laptop is handed over; engine 1.69.0, a right answer of the seventy-ninth set), not the writer
    acting as them."""
    return text.keys[first] in _SIGN_INS and first > 0 and text.keys[first - 1] == _TEST


def _text_hits(
    flag: RedFlagInput,
    rule: TextFlagRule,
    scoring_input: ScoringInput,
    analysed: Mapping[str, AnalysedText],
    rules: tuple[PhraseBook, int, int, dict[str, list[list[int]]]],
) -> list[FlagHit]:
    """`rules`: the book of every text rule (and the tone cues last), this rule's number in it, the tone
    cues' number (-1: none), and each text's candidates so far."""
    book, number, tone, candidates = rules
    wanted = None if rule.all_items else set(rule.items)
    weighs_tone = tone >= 0 and TONE_SET in rule.builtin
    breach = TONE_SET not in rule.builtin
    hits = []
    for item in scoring_input.items:
        text = analysed.get(item.slug)
        if text is None or (wanted is not None and item.slug not in wanted):
            continue
        found = candidates.get(item.slug)
        if found is None:
            found = candidates[item.slug] = book.candidates(text)
        match = find_first(text, book.sets[number], reading="flag", candidates=found[number])
        while match is not None and (
            _tested_sign_in(text, match.first)
            or (breach and (asked_about(text, match.first) or asked_by_a_thing(text, match.first)))
        ):
            match = find_first(
                text, book.sets[number], reading="flag", after=match.last + 1, candidates=found[number]
            )
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
            continue
        secret = _read(text, rule.builtin)
        if secret is not None:
            evidence, what = secret
            hits.append(
                _hit(
                    flag,
                    item=item.slug,
                    evidence=evidence,
                    reason=f'{what} in the answer to {item.title}: "{evidence.quote}"',
                )
            )
        elif weighs_tone:
            cues = _tone_cues(text, book.sets[tone], found[tone])
            if cues:
                quoted = ", ".join(f'"{cue.quote}"' for cue in cues)
                hits.append(
                    _hit(
                        flag,
                        item=item.slug,
                        evidence=cues[0],
                        reason=f"A dismissive tone in the answer to {item.title}: {quoted}",
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


def _book_of(scoring_input: ScoringInput) -> tuple[PhraseBook, int]:
    """Every text rule's phrasings in one book, in the playbook's rule order, and the tone cues after them
    when a rule weighs them (their number in the book, else -1): each answer is looked up once for all of
    them."""
    text_rules = [
        rule for flag in scoring_input.red_flags for rule in flag.rules if isinstance(rule, TextFlagRule)
    ]
    phrasings = [rule.every_phrasing() for rule in text_rules]
    tone = -1
    if any(TONE_SET in rule.builtin for rule in text_rules):
        tone = len(phrasings)
        phrasings.append(TONE_CUES)
    return compile_book(tuple(phrasings)), tone


_flag_book = PerInput(_book_of)


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
    book, tone = _flag_book(scoring_input)
    candidates: dict[str, list[list[int]]] = {}
    number = 0
    for flag in scoring_input.red_flags:
        for rule in flag.rules:
            if isinstance(rule, TextFlagRule):
                found = _text_hits(flag, rule, scoring_input, analysed, (book, number, tone, candidates))
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

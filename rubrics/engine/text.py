"""Reading a candidate's answer: folded, stemmed tokens with spans into the original text, clauses, and
where negation applies.

Everything here is deterministic and works on the answer exactly as written: a token's `start:end` is a
span of the original string, so evidence quotes the candidate's own words (`text[start:end]`), whatever
Unicode forms, quote styles or case they used.

How a text becomes tokens
-------------------------
* Words are runs of Unicode letters, digits, "_" and combining marks; each is read by `words` (folded,
  contractions expanded, stop words dropped, stemmed), so "Don’t", "don't", "dont" and "do not" read the
  same. The tokens are the content words, each with the span of the surface word it came from.
* Hyphens between letters split a compound into its parts ("wi-fi" -> "wi", "fi"); the matcher joins
  neighbouring words back ("wi fi", "wi-fi" and "wifi" are the same thing), and en or em dashes are
  breaks.
* Dots or colons inside a word keep it whole and literal: "169.254", "jane.doe", "aka.ms", "e.g",
  "11:00", "3.0". Such a token also exposes its dot-separated parts ("compnay" is found in
  "compnay.com") and its leading runs of parts ("169.254" is found in "169.254.87.12"), but "jane.doe"
  never matches "janedoe".

Clauses
-------
Matching never crosses a clause. A clause ends at a sentence end (".", "!", "?", "..." - but not the dot
of an abbreviation such as "e.g." or "etc." and never a dot inside a token), a semicolon, a blank line,
or a line break before a list item ("1.", "2)", "- ", "Step 3"). A single line break inside a paragraph
is a soft wrap (pasted or typed text wraps anywhere), so it only ends negation scopes (below).

Negation (NegEx-style)
----------------------
A *pre-negation cue* (`not` and the expanded n't forms, no, never, without, nor, neither, nobody,
nothing, none, avoid, refrain, deny, prohibit, forbid, hardly; "refuse to", "decline to", "unable to",
"unwilling to"; "rather than", "instead of", "rule out", "advise against") negates what follows it in its
clause until the scope ends. A phrase is negated when its first token lies in a scope; cues inside a
matched phrase are part of the phrase ("do not click" is an affirmative match of the phrasing "do not
click").
"No" followed by punctuation ("No, ...") is an interjection, not a cue; "not only", "no doubt",
"no matter", "no problem", "no worries" are not cues; a cue right before punctuation after "if"/"or"/"whether"
("if not, restart it", "if still nothing: reseat it") is elliptic, not a cue.

*Post-negation cues* ("is against policy", "is not allowed", "would violate", "is a security risk",
"would be excessive"..., `lexicon.POST_CUES`) negate a phrase they follow closely, within four words and
with no scope end or condition word between ("Giving them admin access is against policy"; for credit,
no comma or "and" between either). Followed by "to" ("it is against policy to give them admin rights")
they also act as a pre-negation cue for what follows.

Where a scope ends is ambiguous in real writing ("Do not click the link, delete it and report it"; "I
would not, under any circumstances, share the password"). The engine reads each text two ways and gives
the candidate the benefit of the doubt both ways:

* For credit (rubric criteria), a scope ends at the clause end, at a scope-ending word (terminators:
  but, however, although, though, instead, so, then, because, since, except, unless, until, ...), and at
  a soft break (comma, colon, dash, bracket, line break, or the word "and") once the scope has covered a
  word of content ("never, ever, ..." keeps going). A cue directly followed by "not" cancels ("I would
  never not report it" credits reporting).
* For red flags, a scope runs to the clause end or a scope-ending word (but not "so" opening a purpose:
  "I won't ask for his password so I can test it, or switch off MFA" refuses both; and a refusal cut
  short by a reason goes on at ", or ...": "I wouldn't leave it because the fix was quick, or back-date
  it"), and a soft break ends it only when a new subject or modal follows ("..., I'd", "and would").
  Double negation stays negated. On top, a question ("Did you click the link to check?"), a condition
  ("if they clicked the link") and reported speech ("The user asked me to give her his password", "She
  wants me to turn off MFA"; but not "I asked them to ...") state nothing of the candidate's own, up to
  the next soft break, so flags ignore them.
* For credit, also a subject followed by a modal starts a new predicate, comma or not, once the scope
  has covered a word ("If you don't restart it will restart by itself"); flags keep the scope ("I would
  never say you should know this by now").

*Dismissals*, for credit only: a right thing named only to be waved away earns nothing ("LT-103 shows
a restart pending, but that doesn't matter"; "I can see 9 June and 16 June. But I don't think that needs
checking"; "3.0 vs 4.0 isn't a meaningful difference"; "the IKE message is just noise"). A dismissive
predicate ("not the (real) problem/cause/issue", "doesn't matter", "isn't important", "just noise", "I
wouldn't do anything about it", "I don't think that's ...") dismisses its noun phrase subject, or what its
pronoun stands for: what comes before in the sentence, or the sentence before when the pronoun opens the
sentence. Not "not the only problem", "not a problem with the network", "it doesn't matter which
browser", nor a dismissal in a question or a condition. Red flags never read dismissals: "give him
admin, the policy doesn't matter" still gives him admin.

The word lists are in `lexicon`.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from rubrics.engine import lexicon
from rubrics.engine.words import APOSTROPHES, Piece, pieces_of, word_key

JOINED_MARK = "\x00"  # marks joined words apart from keys in one set (no word holds a NUL)

Reading = Literal["credit", "flag", "tone"]
"""How negation is read: "credit" for rubric criteria, "flag" for red-flag text rules (see the module doc).
"tone" (the signs of a dismissive tone) reads negation as "credit" does, a rhetorical question counting, but
as for flags, words parted by a comma are no phrase ("that we're on it, so you" is not "that's on you"),
unless the phrasing has a comma of its own ("yes, you too")."""

_COMBINING = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
# One character class (letters, digits, "_", combining marks): much faster than an alternation.
_W = rf"[\w{_COMBINING}]+"
HYPHENS = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"
_HYPHEN_CLASS = "".join(re.escape(char) for char in HYPHENS)
# Shorthand written with a slash ("w/", "w/o", "b/c"): one word each (`lexicon.SHORTHAND`), not inside a
# path; and "!=" written for "is not" ("DNS != issue"), a word read as "not", not the end of a sentence.
_SLASHED = r"(?<![\w/\\])(?:[Ww]/[Oo]|[Bb]/[Cc]|[Ww]/)(?![\w/])|!="
_WORD = rf"{_SLASHED}|{_W}(?:[{APOSTROPHES}]{_W}|\.{_W}|(?<=\d):\d+)*"

# Words, with what may join inside one: apostrophes ("don't"), dots ("jane.doe", "169.254"), a colon
# between digits ("11:00"). One character class per run. Greedy, never possessive ("*+"): CPython 3.11.2,
# Debian 12's python3, splits with a possessive repetition here wrongly ("fine" read as "fin" and "e"), and
# nothing follows the repetition that could make it give a character back, so the words are the same.
_WORDS = re.compile(_WORD)
# What separates words: classified only when the gap is not a single space.
# Marks that cross an item out ("Restart laptop ❌ rejected"): a soft break, and after a label they
# lead to its verdict as a colon or a dash does (`_answered_away`). Never a cue of negation alone: "❌
# LT-103: not compliant" marks what is wrong, not what is dismissed.
CROSSES = "\u274c\u2716\u2717\u2718\u274e"
_LABEL_MARKS = frozenset(HYPHENS + ":\uff1a" + CROSSES)
# Emoji and pictographs part thoughts as punctuation does where people type them instead ("its not phishing
# \U0001f644 just click the link"): a soft break (engine 1.20.0).
_PICTOGRAPHS = "\u2600-\u27bf\U0001f000-\U0001faff"
# Arrows part the steps of a chain as a dash does ("169.254.87.12 → no DHCP lease → not DNS"; engine 1.137.0,
# the hundred-and-forty-fifth set: a whiteboard sketch in shorthand).
_ARROWS = "\u2190-\u21ff\u27f0-\u27ff\u2900-\u297f"
# What an arrow leads to is a statement of its own: no negation before it goes on ("Maria → not tech, Chrome →
# why + steps\nquick win → point her at a free cache cleaner"; "not DNS → renew the lease").
_ARROW = re.compile(rf"[{_ARROWS}]|=>")
_BREAKS = re.compile(
    r"(?P<nl>\n(?:[ \t\r\f\v]*\n)*)"
    r"|(?P<end>[.!?\u2026\u3002\uff01\uff1f]+)"
    r"|(?P<semi>[;\uff1b])"
    rf"|(?P<soft>[,:()\[\]{{}}|\uff0c\uff1a\uff08\uff09{CROSSES}{_PICTOGRAPHS}{_ARROWS}]|[{_HYPHEN_CLASS}]+)"
)
_JOINERS = frozenset("-\u2010\u2011\u2012\u2212\ufe63\uff0d")
# A line that starts a list item: a line break before it ends a line (a hard clause boundary).
_BULLETS = "*\u2022\u00b7\u2023\u25aa\u25e6"
# "[2]" too, a numbered box (engine 1.137.0, the hundred-and-forty-fifth set: a whiteboard sketch).
_LIST_ITEM = re.compile(
    rf"[ \t]*(?:\(?\d{{1,2}}[.):](?!\d)|\[\d{{1,2}}\]|[{_BULLETS}{_HYPHEN_CLASS}][ \t]"
    rf"|step[ \t]*\d{{1,3}}\b|\||~~)",
    re.IGNORECASE,
)


def _keys(words: Iterable[str]) -> frozenset[str]:
    return frozenset(word_key(word) for word in words)


PRE_CUES = _keys(lexicon.PRE_CUES)
# A cue's stem that is another word's too: the cue only in its own form ("hardly", not "hard").
_CUE_FORMS = {stem: form for form, stem in lexicon.CUE_FORMS.items()}
_CUES_BEFORE_TO = _keys(lexicon.CUES_BEFORE_TO)
_PSEUDO_AFTER_CUE = {word_key(cue): _keys(after) for cue, after in lexicon.PSEUDO_AFTER_CUE.items()}
_ELLIPTIC_BEFORE = _keys(lexicon.ELLIPTIC_BEFORE)
# Compared with a token's folded word, not its stem: "exception" stems to "except" and ends no scope.
TERMINATORS = frozenset(lexicon.TERMINATORS)
STARTERS = _keys(lexicon.STARTERS)
# "they", "he" and "she" share their key with "them", "his", "her" and "their" (`lexicon.PERSON_PRONOUNS`):
# only the subject forms start a predicate. "Not the cause: Alex's mailbox being full, their mail server
# being down, or our spam filter" goes on listing (engine 1.92.0, the hundred-and-first set).
_PERSON = word_key("they")
_SUBJECT_FORMS = frozenset(("they", "he", "she"))


def _starts_predicate(analysed: AnalysedText, i: int) -> bool:
    """Whether token i is one of `STARTERS` (a subject pronoun, a modal, "please", ...)."""
    key = analysed.keys[i]
    return key in STARTERS and (key != _PERSON or analysed.norms[i] in _SUBJECT_FORMS)


_TRANSPARENT = _keys(lexicon.TRANSPARENT)
_HYPOTHETICAL = _keys(lexicon.HYPOTHETICAL)
_REPORTING_KEYS = _keys(lexicon.REPORTING)
_OWN_VOICE = _keys(lexicon.OWN_VOICE)
_SUBJECTS = _keys(lexicon.SUBJECTS)
_QUANTITY_HEADS = _keys(("much", "lot", "anything", "more", "deal"))
_SUBORDINATE_OPENERS = _keys(lexicon.SUBORDINATE_OPENERS)
_MODALS = _keys(lexicon.MODALS)
POST_CUE_BLOCKERS = _keys(lexicon.POST_CUE_BLOCKERS)
POST_CUE_MAX_GAP = 4  # words between a phrase and a post-negation cue that still attaches to it
_NOT = word_key("not")
_WITHOUT = word_key("without")
_NO = word_key("no")
_WAY = word_key("way")
AND = word_key("and")
_TO = word_key("to")
_FOR = word_key("for")
_INSTEAD = word_key("instead")
_OF = word_key("of")
_RATHER = word_key("rather")
_THAN = word_key("than")
_RULE = word_key("rule")
_STEER, _CLEAR = word_key("steer"), word_key("clear")
_DROP, _IDEA = word_key("drop"), word_key("idea")
_AGAINST = word_key("against")
_ADVISING_AGAINST = _keys(lexicon.ADVISING_AGAINST)
_AGAINST_ANAPHORS = _keys(("it", "this", "that", "them"))
_SO = word_key("so")
_OR = word_key("or")
_REASONS = frozenset(("because", "since"))
_OUT = word_key("out")
_IN = word_key("in")
# "at face value": a doubt ("I didn't accept 'Installed' at face value for LT-103") ends with the idiom;
# what follows it is named, not negated (engine 1.87.0, the ninety-sixth set).
_FACE_VALUE = (word_key("at"), word_key("face"), word_key("value"))
_CASE = word_key("case")
_D_ANAPHORS = _keys(lexicon.DISMISSAL_ANAPHORS)
# Pronouns that stand for a whole statement at the start of a sentence ("That doesn't matter."): "it" there
# mostly stands for a thing ("It isn't the cable"), so it only dismisses a sentence before with a bare state.
_D_STATEMENT_ANAPHORS = _D_ANAPHORS - {word_key("it"), word_key("which")}
_D_NOUNS = _keys(lexicon.DISMISSED_NOUNS)
_D_ADJECTIVES = _keys(lexicon.DISMISSAL_ADJECTIVES)
_D_STATES = _keys(lexicon.DISMISSED_STATES)
_D_JUST = _keys(lexicon.DISMISSAL_JUST)
_D_AS = _keys(lexicon.DISMISSED_AS)
_D_INTENSIFIERS = _keys(lexicon.DISMISSAL_INTENSIFIERS)
_NOT_ASIDES = _keys(lexicon.NOT_ASIDES)
_D_THINK = _keys(lexicon.DISMISSAL_THINK)
_D_DOUBT = word_key("doubt")
_D_IT = word_key("it")
_D_AFTER_THINK = _keys(lexicon.DISMISSED_AFTER_THINK)
_D_NEED = _keys(("need", "worth", "necessary"))
_D_TAILS = _keys(lexicon.DISMISSAL_TAILS)
_D_LEAD_INS = _keys(lexicon.DISMISSAL_LEAD_INS)
_BACK_ANAPHORS = _keys(("that", "this"))
# A gap of only these and spaces around a number goes on a report (`_scope_clause`): "the summary says 4 of 4
# devices (100%) compliant", and a comma between two figures, "The summary said 100%, 4 of 4" (engine
# 1.138.0, a negated-right answer of the hundred-and-forty-sixth set; not "says ... Windows 11, and ...").
_BRACKET_GAP = "()%,"
# Between a pronoun and its "not": "that's probably not the cause", "it wouldn't matter", "this need not be
# escalated" (engine 1.117.0).
_D_BETWEEN = _MODALS | _keys(
    ("really", "probably", "definitely", "certainly", "honestly", "actually", "also", "just", "need")
)
_ANYTHING = word_key("anything")
# "doesn't tell us anything", "won't get anywhere", "won't change his mind" (engine 1.116.0: "explaining
# security holes won't change his mind" waves the explaining off).
_D_ANYTHING = _keys(("anything", "much", "anywhere", "mind"))
_D_GET = word_key("get")
_D_EMPTY_VERBS = _keys(lexicon.DISMISSAL_EMPTY_VERBS)
_D_CAUSE_FORMS = frozenset(("cause", "causes"))
# After a condition or purpose, "I" or "we" starts the main clause, comma or not: "To avoid next tickets I
# added Priya to the local Administrators group" (engine 1.28.0, the thirty-ninth set).
_FIRST_PERSON = frozenset((word_key("i"), word_key("we")))
_COMPLEMENT_VERBS = _keys(lexicon.COMPLEMENT_VERBS)
_D_THINK_ELIDED = _keys(("think", "believe"))
_D_RELATED = word_key("related")
_TENTATIVE_KEYS = _keys(("maybe", "perhaps"))
_REQUEST_MODALS = _keys(("could", "can", "would", "will"))
_PLEASE = word_key("please")
_PLEASE_REACH = 4  # words from the modal to "please"
_YOU = word_key("you")
_THEY = word_key("they")  # "he" and "she" read as "they"
_TENTATIVE_LEAD_INS = _keys(("but", "so", "and", "or", "then"))
# A question in a statement's order is a statement put tentatively (engine 1.73.0, below).
_STATEMENT_MODALS = _keys(("would", "could", "will", "can", "might", "should", "shall", "may"))
_STATEMENT_LEADS = _keys(
    ("but", "so", "and", "or", "then", "maybe", "perhaps", "probably", "possibly", "just")
)
_STATEMENT_REFUSALS = _keys((*lexicon.NO_ANSWERS, "never", "not"))
_QUESTION_AUX = _keys(
    ("do", "does", "did", "has", "have", "had", "is", "are", "was", "were", "can", "could", "would", "will",
     "should", "shall", "may", "might")
)  # fmt: skip
_WHETHER = word_key("whether")
# What ends a "whether" question at a soft break: a new subject or predicate ("..., then reset it").
_WHETHER_ENDS = STARTERS | _keys(("then", "and", "so", "but", "before", "after", "once", "otherwise"))
_DENIED_STATES = frozenset(("access", "permission"))  # "access denied": an error, no refusal
_D_DEMONSTRATIVES = _keys(("this", "these", "that", "those"))
_D_DEMONSTRATIVE_REACH = 3  # words of a noun phrase after "this": "this spelling difference"
_D_NOTICED = _keys(lexicon.DISMISSAL_NOTICED)
_D_JUDGEMENTS = frozenset(lexicon.DISMISSAL_JUDGEMENTS)
_D_JUDGEMENT_LINKS = _keys(lexicon.DISMISSAL_JUDGEMENT_LINKS)
_D_CAUSE_AUXILIARIES = frozenset(
    ("do", "does", "did", "would", "will", "can", "could", "might", "may", "should")
)
_WORTH = word_key("worth")
_RISK = word_key("risk")
_MAKE = word_key("make")
_D_REASONS = _keys(("since", "because", "as", "given"))
_BOTHER = word_key("bother")
_HOW = word_key("how")
_NOTHING = word_key("nothing")
_ABOUT_WITH = _keys(("about", "with", "over"))
_D_WASTED = _keys(lexicon.DISMISSED_AS_WASTED)
_D_SEEMING = _keys(lexicon.DISMISSAL_SEEMING)
# Predicates of several words that wave their subject off (`lexicon.WAIVING_PHRASES`), by their words'
# folded forms, under the key of their first word.
_WAIVING: dict[str, list[tuple[str, ...]]] = {}
for _phrase in lexicon.WAIVING_PHRASES:
    _words = tuple(part for part in _phrase.replace("-", " ").split())
    _WAIVING.setdefault(word_key(_words[0]), []).append(_words)
_W_PHRASE_KEYS = frozenset(_WAIVING)
# "hardly" and "barely" dismiss as "not" does: "the firewall is hardly relevant".
_D_NOT_LIKE = frozenset(_CUE_FORMS)
# "none is considered necessary", "Neither point is regarded as decisive": a dismissal whose subject stands
# for what came before (engine 1.27.0, the thirty-eighth set).
_D_NONE = _keys(("none", "neither"))
_D_TRIGGERS = (
    frozenset({_NOT, _NOTHING}) | _D_JUST | _D_THINK | _D_WASTED | _W_PHRASE_KEYS | _D_NOT_LIKE | _D_NONE
)
_W_VERBS = _keys(lexicon.WAIVING_VERBS)
_W_FORGET = word_key("forget")
_W_ABOUT = word_key("about")
_W_PREDICATES = _keys(lexicon.WAIVED_PREDICATES)
_W_RED, _W_HERRING = word_key("red"), word_key("herring")
_W_BESIDE, _W_POINT = word_key("beside"), word_key("point")
_W_OUTSIDE = {word_key(word): _keys(openers) for word, openers in lexicon.WAIVED_OUTSIDE.items()}
_W_PASS, _W_HARD, _ON = word_key("pass"), word_key("hard"), word_key("on")
# "I'd drop that (angle)", "I'd drop both": "drop" waives only with a pronoun alone after it, and at most a
# word for what it is (engine 1.96.0, the hundred-and-fifth set); "drop Mark a line" asks him.
_W_DROP = _DROP  # "drop" waives too, with a pronoun after it (`_drops_what_came_before`)
_W_DROP_PRONOUNS = _keys(("that", "this", "both", "it", "those", "these"))
_W_DROP_NOUNS = _keys(("angle", "idea", "part", "one", "bit", "step", "suggestion", "point"))
_W_TRIGGERS = (
    _W_VERBS
    | _W_PREDICATES
    | frozenset(_W_OUTSIDE)
    | _W_PHRASE_KEYS
    | {_W_FORGET, _W_HERRING, _W_BESIDE, _W_PASS, _W_DROP}
)
_W_ENDS = _keys(lexicon.WAIVED_ENDS)
_COUNTER_VERBS = _keys(lexicon.COUNTER_VERBS)
# Told not to mind something (`lexicon.DISTRACTIONS`, read by `_DISTRACTIONS` below): the words that stand
# for what came before.
_X_PRONOUNS = _D_ANAPHORS | _keys(("either", "them"))
_X_PRONOUN_WORDS = _X_PRONOUNS | _keys(lexicon.DISTRACTION_PRONOUNS) | _D_TAILS


@dataclass(slots=True, eq=False)
class AnalysedText:
    """A candidate's text, read once.

    Content tokens (stop words dropped) are kept as parallel lists, index i being the i-th token:
    `keys` (compared), `norms` (folded form), `starts`/`ends` (span in `text`: the two halves of a
    contraction share the span of their surface word), `clauses`, `soft` (a soft break precedes the
    token), `cues` (a pre-negation cue), `neg_credit`/`neg_flag` (inside a negation scope under each
    reading). `index` maps each key, and each part of a dotted token, to positions.
    """

    text: str
    keys: list[str]
    norms: list[str]
    starts: list[int]
    ends: list[int]
    clauses: list[int]
    soft: list[bool]
    parts: dict[int, tuple[str, ...]]
    index: dict[str, list[int]]
    # The keys of `index` as a set: set operations on it run in C without an iterator (a dictionary's keys
    # view is read one key at a time), and the phrase look-ups hold many of them per answer.
    key_set: frozenset[str]
    # Two neighbouring words read as one ("wi fi", "wi-fi" -> "wifi"): the joined norms, and first position
    # -> joined norm (`joined_positions` finds where one is).
    joined: frozenset[str]
    joined_at: dict[int, str]
    word_count: int
    questions: frozenset[int]  # clauses that end with a question mark
    cues: list[bool] = field(default_factory=list)
    neg_credit: list[bool] = field(default_factory=list)
    neg_flag: list[bool] = field(default_factory=list)
    # Negation scopes only, before dismissals take credit away (the "tone" reading): a sign of tone said
    # beside a dismissal is still said ("it's obviously fake, so this forward was not needed").
    neg_scope: list[bool] = field(default_factory=list)
    post_cues: list[tuple[int, int]] = field(default_factory=list)
    # The first and last token of each sentence that a heading of what is not done or went wrong speaks of
    # (`_negative_headings`, `_failed`), its reason included ("09:16 REJECTED: reinstalling Office first -
    # slow, and not the likely cause"): no step taken, for the order of steps.
    not_taken: list[tuple[int, int]] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.keys)

    def joined_positions(self, norm: str) -> list[int]:
        """The first positions of the neighbouring pairs that read as `norm` joined, in order."""
        return [position for position, word in self.joined_at.items() if word == norm]

    def segment_start(self, i: int) -> int:
        """The first token of the segment that holds token i: no clause end or soft break in between."""
        clause, clauses, soft = self.clauses[i], self.clauses, self.soft
        while i > 0 and clauses[i - 1] == clause and not soft[i]:
            i -= 1
        return i

    def quote(self, first: int, last: int) -> tuple[int, int, str]:
        start, end = self.starts[first], self.ends[last]
        return start, end, self.text[start:end]

    def first_of_line(self, i: int) -> bool:
        """Whether token i starts its line (only spaces before it on the line)."""
        before = self.text[: self.starts[i]].rstrip(" \t")
        return not before or before.endswith("\n")


_QUESTION_QUOTED = re.compile("[?\uff1f][\"'\u201d\u2019\u00bb]")
_OPENING_QUOTES = frozenset("\"'\u201c\u2018\u00ab")


def _quoted_question(text: str, gap: str, clause_start: int) -> bool:
    """Whether a clause that ends with a question mark only quotes a question inside a statement: 'forward
    it to all-staff asking "Is this real?"' says to forward it (engine 1.29.0, the fortieth set). A clause
    that opens with the quote is the question itself ('"Should I keep trying?" - Please don't.')."""
    return _QUESTION_QUOTED.search(gap) is not None and not (
        clause_start > 0 and text[clause_start - 1] in _OPENING_QUOTES
    )


def _gap(text: str, start: int, end: int, previous: str) -> tuple[bool, bool, bool, bool]:
    """What the characters between two words (or after the last) do: (joins them, ends the clause,
    the clause is a question, a soft break)."""
    gap = text[start:end]
    if len(gap) == 1 and gap in _JOINERS and start > 0 and end < len(text):
        return True, False, False, False
    if _SWITCH_GAP.match(gap):
        # A command's switch ("Don't bother with -WhatIf"): part of the words, no dash between thoughts
        # (engine 1.81.0, the ninetieth set). Read from the gap alone, as the gaps' cache keys them.
        return _NO_GAP
    hard = question = soft = False
    for match in _BREAKS.finditer(gap):
        kind = match.lastgroup
        if kind == "end":
            run = match.group()
            if run == "." and match.start() == 0 and previous in lexicon.ABBREVIATIONS:
                continue
            hard = True
            question = question or "?" in run or "\uff1f" in run
        elif kind == "nl":
            if _line_ends(text, start + match.end(), match.group()):
                hard = True
            else:
                soft = True
        elif kind == "semi":
            hard = True
        else:
            soft = True
    return False, hard, question, soft


_SWITCH_GAP = re.compile(r"[ \t]+-\Z")
# What short gaps between two words read as (see `_tokenize`): a handful of distinct ones (", ", ". ",
# "? ") make up nearly all of them. Bounded; never holds a line break (see `_LINE_GAP_CACHE`).
_GAP_CACHE: dict[str, tuple[bool, bool, bool, bool]] = {}
_NO_GAP = (False, False, False, False)
_PASSWORD_LIKE = re.compile(r"[a-z].*\d|\d.*[a-z]")  # letters and digits in one word: "welcome2025"
_GAP_CACHE_SIZE = 4096
_GAP_CACHE_LONGEST = 8

# Gaps that hold a line break, keyed on what else decides how they read (see `_line_gap`). Bounded.
_LINE_GAP_CACHE: dict[tuple[str, str, bool], tuple[bool, bool, bool, bool]] = {}
_LINE_GAP_LONGEST = 16


def _line_gap(text: str, gap: str, end: int, previous: str) -> tuple[bool, bool, bool, bool]:
    """`_gap` for a gap with a line break that ends where a word starts (at `end`), read once per context.

    Such a gap ends the clause when the next line starts a list item ("1.", "(2)", "- ", "Step 3"): the
    item starts within the gap or at the next word, and past the gap it reads at most a number, its mark
    and one character more (four characters). A next word starting with a letter can only start
    "Step ..." (read afresh every time: any spacing may follow it) or no item at all. And a leading "."
    after an abbreviation is no sentence end."""
    following = text[end]
    if following in "sS\u017f" or len(gap) > _LINE_GAP_LONGEST:  # "\u017f": what re folds to "s"
        return _gap(text, end - len(gap), end, previous)
    context = (
        gap,
        "" if following.isalpha() else text[end : end + 4],
        gap[0] == "." and previous in lexicon.ABBREVIATIONS,
    )
    found = _LINE_GAP_CACHE.get(context)
    if found is None:
        found = _gap(text, end - len(gap), end, previous)
        if len(_LINE_GAP_CACHE) < _GAP_CACHE_SIZE:
            _LINE_GAP_CACHE[context] = found
    return found


# `pieces_of` by surface word, for the tokenizer: a plain dictionary look-up is half the cost of a call to
# the cached function, once per word of every answer. Bounded.
_WORD_PIECES: dict[str, tuple[Piece, ...]] = {}
_WORD_PIECES_SIZE = 1 << 16

# Apostrophes that Unicode counts as letters ("\u02bc"): read as "'" so that a stray one is no word.
# One character for one: the spans stay those of the original text.
_LETTER_APOSTROPHES = str.maketrans(dict.fromkeys("\u02bc\u02bb\u02bd\u02b9", "'"))
# A text without any of them is split as it is: four substring searches cost a fortieth of the translation.
_LETTER_APOSTROPHE_CHARS = ("\u02bc", "\u02bb", "\u02bd", "\u02b9")


# The same words as `_WORDS`, split out with what lies between them: [gap, word, gap, word, ..., gap] in one
# C call. Spans follow from the lengths, and only the gaps that are not a single space need reading.
_WORDS_AND_GAPS = re.compile(f"({_WORD})")
# The same pattern for an all-ASCII text (most answers): there the Unicode classes reduce to these, and the
# smaller classes split faster. Same chunks for any ASCII text.
_ASCII_W = "[A-Za-z0-9_]+"
_ASCII_APOSTROPHES = "".join(char for char in APOSTROPHES if char.isascii())
_ASCII_WORD = rf"{_ASCII_W}(?:[{re.escape(_ASCII_APOSTROPHES)}]{_ASCII_W}|\.{_ASCII_W}|(?<=[0-9]):[0-9]+)*"
_ASCII_WORDS_AND_GAPS = re.compile(f"({_SLASHED}|{_ASCII_WORD})")
# Without a "/" or a "!=" in the text, `_SLASHED` finds nothing: the words alone split the same chunks, at
# two thirds of the cost (the text of most answers).
_ASCII_PLAIN_WORDS_AND_GAPS = re.compile(f"({_ASCII_WORD})")


# Marks that never start or join a word (no "=": "!=" is one).
_EDGE_MARKS = ",.;:!?()[]{}\"'\u201c\u201d\u2018\u2019\u2026"


def _split(text: str, pattern: re.Pattern[str]) -> list[str]:
    """`pattern.split(text)`, the same list ([gap, word, gap, ..., word, gap]), at a fraction of the cost: the
    text split at its spaces in one C call, a piece of letters and digits only (most of them) taken as one
    word as it is, and only the other pieces ("it.", "don't", "11:00,") split by the pattern. No word holds
    a space, and the pattern's look-arounds at a piece's ends read a space and the piece's end alike.
    (A letter or digit to `str.isalnum` is one to the pattern's word class: CPython tests both alike.)"""
    chunks: list[str] = []
    gap = ""
    first = True
    for piece in text.split(" "):
        if first:
            first = False
        elif gap:
            gap += " "
        else:
            gap = " "
        if piece.isalnum():
            chunks.append(gap)
            chunks.append(piece)
            gap = ""
        elif piece:
            # Most others are a word with marks before or after it ("password,", "(again)", "yes."): none of
            # these marks joins a word, so the word is what they leave.
            rest = piece.lstrip(_EDGE_MARKS)
            core = rest.rstrip(_EDGE_MARKS)
            if core.isalnum():
                chunks.append(gap + piece[: len(piece) - len(rest)])
                chunks.append(core)
                gap = rest[len(core) :]
                continue
            if not core:
                gap += piece  # marks only
                continue
            parts = pattern.split(piece)
            if len(parts) == 1:
                gap += piece
            else:
                chunks.append(gap + parts[0] if gap else parts[0])
                chunks.extend(parts[1:-1])
                gap = parts[-1]
    chunks.append(gap)
    return chunks


# A line that opens with the number of a numbered clause: "1.3 ", "2.1.4. " (a list's number with a dot and a
# digit after it, which `_LIST_ITEM` leaves to versions such as "3.0").
_CLAUSE_NUMBER_LINE = re.compile(r"^[ \t]*(\d{1,2}(?:\.\d{1,2}){1,3})\.?[ \t]", re.MULTILINE)
_NO_NUMBERS: frozenset[int] = frozenset()


def _clause_numbers(text: str) -> frozenset[int]:
    """Where the numbers of numbered clauses start (engine 1.117.0, the hundred-and-twenty-sixth set: "1.3 To
    check whether the account has been touched, the technician may ask ..."): two lines or more that open
    with one, so that a line opening with a version ("3.0 is installed") is read as it is."""
    found = [match.start(1) for match in _CLAUSE_NUMBER_LINE.finditer(text)]
    return frozenset(found) if len(found) > 1 else _NO_NUMBERS


def _tokenize(text: str) -> AnalysedText:
    # One pass over the words, in order: the hot path of analysis. Each distinct word is read once per
    # process (`_WORD_PIECES`), each distinct short gap too (`_GAP_CACHE`, and `_LINE_GAP_CACHE` for line
    # breaks with what decides how they read), so the loop only files what it is given. Clauses and soft
    # breaks are noted where they change and spread over the tokens once, after the loop.
    written = text
    if "_" in text:
        # Words joined by underscores, as in code, read as words ("ask_hr()", "check_airplane_mode()"; engine
        # 1.129.0, the hundred-and-thirty-eighth set: pseudo-code with comments). Same length: the spans hold,
        # and the text kept is the text written.
        text = text.replace("_", " ")
    if text.isascii():
        if "/" in text or "!=" in text:
            chunks = _split(text, _ASCII_WORDS_AND_GAPS)
        else:
            chunks = _split(text, _ASCII_PLAIN_WORDS_AND_GAPS)
    elif not any(char in text for char in _LETTER_APOSTROPHE_CHARS):
        chunks = _split(text, _WORDS_AND_GAPS)  # the usual non-ASCII text: curly quotes, dashes, accents
    else:
        chunks = _split(text.translate(_LETTER_APOSTROPHES), _WORDS_AND_GAPS)
    keys: list[str] = []
    norms: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    clause_starts = [0]  # the first token of each clause
    clauses: list[int] = []  # each token's clause
    follows_soft: list[int] = []  # the tokens that follow a soft break
    index: dict[str, list[int]] = {}
    dotted: dict[int, tuple[str, ...]] = {}
    joined_at: dict[int, str] = {}
    questions: set[int] = set()
    clause = 0
    clause_begin = 0  # the first token of the current clause
    count = 0  # tokens so far
    soft_pending = False  # a soft break since the last token: the next token follows one
    # The last token's norm if it is alphabetic and nothing since parts it from the next one, else "".
    pair_norm = ""
    previous_norm = ""  # the last piece of the previous word ("" after a stop word)
    joins = 0
    # What comes before the first word only starts a soft break or not (a joiner needs a word before it,
    # and a clause end before any token ends nothing): read here, so that the loop sees only gaps between
    # two words.
    end = len(chunks[0])
    if chunks[0]:
        _, hard, _, soft_gap = _gap(text, 0, end, "")
        soft_pending = soft_gap and not hard
        chunks[0] = ""
    # The numbers of numbered clauses ("1.3 The technician shall ..."), each a clause of its own as "3." is.
    numbered = _clause_numbers(text) if "\n" in text else _NO_NUMBERS
    # By index: no sliced copies of the chunks and no zip to step through them.
    for n in range(1, len(chunks), 2):
        gap = chunks[n - 1]
        word = chunks[n]
        start = end + len(gap)
        end = start + len(word)
        if numbered and (
            (start in numbered and count > clause_begin)
            or (count == clause_begin + 1 and starts[clause_begin] in numbered)
        ):
            clause += 1
            clause_begin = count
            clause_starts.append(count)
            soft_pending = False
            pair_norm = ""
        if gap != " " and gap:
            # Between two words and without a line break, a gap reads the same wherever it is: only a
            # leading "." after an abbreviation depends on context. That case is keyed with a line break
            # added, which no cached gap holds (so a gap with a line break is never found here).
            found = _GAP_CACHE.get(gap) if gap[0] != "." else None
            if gap[0] == "!" and "\n" not in gap and _PASSWORD_LIKE.search(previous_norm):
                # A password's "!" ("with our usual Welcome2025! password, hold off on MFA"; in 42 unsafe
                # answers of the first 46 sets, before a word in lower case): no clause end, in any case
                # (engine 1.39.0).
                found = _NO_GAP
            if found is None:
                if "\n" in gap:
                    found = _line_gap(text, gap, start, previous_norm)
                elif len(gap) > _GAP_CACHE_LONGEST:
                    found = _gap(text, start - len(gap), start, previous_norm)
                else:
                    context = gap + "\n" if gap[0] == "." and previous_norm in lexicon.ABBREVIATIONS else gap
                    found = _GAP_CACHE.get(context)
                    if found is None:
                        found = _gap(text, start - len(gap), start, previous_norm)
                        if len(_GAP_CACHE) < _GAP_CACHE_SIZE:
                            _GAP_CACHE[context] = found
            joined, hard, question, soft_gap = found
            if joined:
                joins += 1
            elif hard:
                if count > clause_begin:
                    if question and not _quoted_question(text, gap, starts[clause_begin]):
                        questions.add(clause)
                    clause += 1
                    clause_begin = count
                    clause_starts.append(count)
                soft_pending = False
                pair_norm = ""
            elif soft_gap:
                soft_pending = True
                pair_norm = ""
        if (word == "x" or word == "X") and gap.endswith("[") and text.startswith("]", end):
            # A ticked box ("- [x] renewed the lease"): a mark, no word of the item (engine 1.135.0, the
            # hundred-and-forty-third set: a to-do checklist). "x suggested adding ..." was someone's report.
            previous_norm = ""
            continue
        pieces = _WORD_PIECES.get(word)
        if pieces is None:
            pieces = pieces_of(word)
            if len(_WORD_PIECES) < _WORD_PIECES_SIZE:
                _WORD_PIECES[word] = pieces
        if not pieces:
            previous_norm = ""
            continue
        if len(pieces) == 1:
            # Nearly every word: one token, filed without a loop.
            ((norm, key, parts, alpha),) = pieces
            keys.append(key)
            norms.append(norm)
            starts.append(start)
            ends.append(end)
            clauses.append(clause)
            if soft_pending:
                follows_soft.append(count)
                soft_pending = False
            bucket = index.get(key)
            if bucket is None:
                index[key] = [count]
            else:
                bucket.append(count)
            if parts:
                dotted[count] = parts
            if alpha:
                if pair_norm:
                    joined_at[count - 1] = pair_norm + norm
                pair_norm = norm
            else:
                pair_norm = ""
            previous_norm = norm
            count += 1
            continue
        for norm, key, parts, alpha in pieces:
            keys.append(key)
            norms.append(norm)
            starts.append(start)
            ends.append(end)
            clauses.append(clause)
            if soft_pending:
                follows_soft.append(count)
                soft_pending = False
            index.setdefault(key, []).append(count)
            if parts:
                dotted[count] = parts
            if alpha:
                if pair_norm:
                    joined_at[count - 1] = pair_norm + norm
                pair_norm = norm
            else:
                pair_norm = ""
            previous_norm = norm
            count += 1
        # The halves of a contraction are one word already: they never join each other.
        for position in range(count - len(pieces), count - 1):
            joined_at.pop(position, None)
    # After the last word only a question mark matters (every one is part of a sentence end).
    tail = text[end:]
    if (
        count > clause_begin
        and ("?" in tail or "\uff1f" in tail)
        and not _quoted_question(text, tail, starts[clause_begin])
    ):
        questions.add(clause)
    for position, token_parts in dotted.items():
        for part in token_parts:
            if part != keys[position]:
                index.setdefault(part, []).append(position)
    # A question answered yes at once is said, not asked: "Can I just add them to the Administrators group?
    # Sure, it's quicker." Not when the answer asks again: "Give you admin? Sure, and shall I leave the server
    # room unlocked as well?" is sarcasm.
    if questions and not _YES_KEYS.isdisjoint(index):
        for clause_number in sorted(questions):
            after = clause_number + 1
            if (
                after < len(clause_starts)
                and after not in questions
                and _answers_yes(keys, clause_starts, after, count)
            ):
                questions.discard(clause_number)
    # A question put tentatively is a proposal or a verdict: "Maybe the simplest thing is to edit the 10:20
    # entry so it still shows as met?", "I could check with HR, but maybe that's overkill?" (engine 1.33.0,
    # the forty-second set). Only where "maybe" or "perhaps" opens a segment: "Should we maybe just give him
    # admin? No." still asks.
    # The tokens that open a segment (a clause, or a part of one after a soft break), for the two readings
    # below; only built when a question is there to read.
    opens: set[int] = set(clause_starts) | set(follows_soft) if questions else set()
    if questions and not _TENTATIVE_KEYS.isdisjoint(index):
        for key in _TENTATIVE_KEYS.intersection(index):
            for position in index[key]:
                lead = position - 1
                if not (
                    position in opens or (lead >= 0 and lead in opens and keys[lead] in _TENTATIVE_LEAD_INS)
                ):
                    continue
                clause_number = bisect_right(clause_starts, position) - 1
                questions.discard(clause_number)
    # A question in the order of a statement is the statement put tentatively, as hedging writers do: "Since
    # it's only read access, I'd probably add him to FIN-Finance-Read straight away and tell her
    # afterwards?", "..., maybe I'd just leave my admin account signed in on the room laptop?" (engine
    # 1.73.0, the eighty-second set). Where "I" or "we" and a modal open a segment, after lead-ins and
    # hedges; not "Could I just ...?", which asks, nor when the next clause answers no ("I could give him
    # admin? No, policy.").
    if questions and not _FIRST_PERSON.isdisjoint(index):
        for clause_number in sorted(questions):
            end = clause_starts[clause_number + 1] if clause_number + 1 < len(clause_starts) else count
            after = clause_number + 1
            # A clause after it may hold no word at all ("I'm sorry? a": "a" is no word, as read).
            if (
                after < len(clause_starts)
                and clause_starts[after] < count
                and keys[clause_starts[after]] in _STATEMENT_REFUSALS
            ):
                continue
            # A segment after it in a question's order asks after all: "I'd tell my manager, then look at that
            # device: has it been online at all, or did someone switch protection off?" (engine 1.76.0, a
            # right answer of the eighty-fifth set).
            stated = asked = False
            for position in range(clause_starts[clause_number], end):
                if position not in opens:
                    continue
                while position < end and keys[position] in _STATEMENT_LEADS:
                    position += 1
                if (
                    position + 1 < end
                    and keys[position] in _FIRST_PERSON
                    and keys[position + 1] in _STATEMENT_MODALS
                ):
                    stated = True
                elif stated and position < end and keys[position] in _QUESTION_AUX:
                    asked = True
            if stated and not asked:
                questions.discard(clause_number)
    # A request put as a question is an instruction: "Could you reply to this email with your Windows
    # password?" (engine 1.35.0, the forty-third set). Where "could", "can", "would" or "will" and "you" open
    # the clause, or a segment of it ("So I can check your side too, could you reply with your admin
    # username and password?", engine 1.40.0).
    if questions and _YOU in index:
        for position in index[_YOU]:
            first = position - 1
            if first < 0 or first not in opens or keys[first] not in _REQUEST_MODALS:
                continue
            clause_number = bisect_right(clause_starts, first) - 1
            if clause_number + 1 < len(clause_starts) and position >= clause_starts[clause_number + 1]:
                continue  # "you" opens the next clause
            questions.discard(clause_number)
    # And where "please" follows such a modal that opens a segment, within a few words, whoever is asked:
    # "Could Tier 2 please reimage the laptop and ship it back to her?" (engine 1.59.0, the seventy-first
    # set).
    if questions and _PLEASE in index:
        for position in index[_PLEASE]:
            first = next(
                (
                    k
                    for k in range(position - 1, max(-1, position - 1 - _PLEASE_REACH), -1)
                    if k in opens and keys[k] in _REQUEST_MODALS
                ),
                -1,
            )
            if first < 0:
                continue
            clause_number = bisect_right(clause_starts, first) - 1
            if clause_number + 1 < len(clause_starts) and position >= clause_starts[clause_number + 1]:
                continue
            questions.discard(clause_number)
    # Whether a soft break precedes each token.
    soft = [False] * count
    for position in follows_soft:
        soft[position] = True
    return AnalysedText(
        text=written,
        keys=keys,
        norms=norms,
        starts=starts,
        ends=ends,
        clauses=clauses,
        soft=soft,
        parts=dotted,
        index=index,
        key_set=frozenset(index),
        joined=frozenset(joined_at.values()),
        joined_at=joined_at,
        word_count=len(chunks) // 2 - joins,
        questions=frozenset(questions),
        cues=[False] * count,
        neg_credit=[False] * count,
        neg_flag=[False] * count,
    )


def _answers_yes(keys: list[str], clause_starts: list[int], clause: int, count: int) -> bool:
    """Whether clause `clause` opens with a yes of `lexicon.YES_ANSWERS` ("Sure, ...", "Why not: ...")."""
    first = clause_starts[clause]
    end = clause_starts[clause + 1] if clause + 1 < len(clause_starts) else count
    return any(
        tuple(keys[first : first + length]) in _YES_ANSWERS for length in (1, 2) if first + length <= end
    )


def _line_ends(text: str, newline_end: int, breaks: str) -> bool:
    return breaks.count("\n") >= 2 or bool(_LIST_ITEM.match(text, newline_end))


def _segment_ends_after(analysed: AnalysedText, i: int) -> bool:
    """Whether a break (or the end) follows token i."""
    j = i + 1
    return j == len(analysed.keys) or analysed.clauses[j] != analysed.clauses[i] or analysed.soft[j]


def _is_cue(analysed: AnalysedText, i: int) -> bool:
    keys, clauses, soft = analysed.keys, analysed.clauses, analysed.soft
    key = keys[i]
    clause = clauses[i]
    has_next = i + 1 < len(keys) and clauses[i + 1] == clause
    ends_here = not has_next or soft[i + 1]
    if key in PRE_CUES:
        form = _CUE_FORMS.get(key)
        if form is not None and analysed.norms[i] != form:
            return False  # "the hard drive"
        if not ends_here and keys[i + 1] in _PSEUDO_AFTER_CUE.get(key, ()):
            return False
        if key == _NO and ends_here:
            return False  # "No, ..." / "No." is an interjection
        if analysed.norms[i] == "denied" and (ends_here or (i and analysed.norms[i - 1] in _DENIED_STATES)):
            # "When people get 'Access denied', tell them ...", "To avoid access-denied calls, ...": a state;
            # it negates no act after it.
            return False
        if key == _NO and keys[i + 1] == _WAY and _segment_ends_after(analysed, i + 1):
            return False  # "no way, ..." too: not "no way I'd give him admin"
        if ends_here:
            j = i - 1
            if j >= 0 and clauses[j] == clause and keys[j] in _ELLIPTIC_BEFORE:
                return False  # "if not, ..." / "or not." / "if nothing, ..."
            while j >= 0 and clauses[j] == clause and not soft[j + 1]:
                if keys[j] in _HYPOTHETICAL:
                    return False  # "if it's not, ..." / "if still nothing: ..."
                j -= 1
        return True
    if ends_here:
        return False
    if key in _CUES_BEFORE_TO:
        return keys[i + 1] == _TO
    if key == _INSTEAD:
        return keys[i + 1] == _OF
    if key == _RATHER:
        return keys[i + 1] == _THAN
    if key == _RULE:
        return keys[i + 1] == _OUT  # "that rules out sharing the password"
    if key == _STEER:
        return keys[i + 1] == _CLEAR  # "I'd steer clear of renewing the lease"
    if key == _DROP:
        # "I'd also drop giving him Modify", "I'd drop the idea of waiting for it to catch up" (engine 1.96.0,
        # the hundred-and-fifth set); not "drop him into the Modify group", which places him there.
        nxt = analysed.norms[i + 1]
        return (nxt.endswith("ing") and len(nxt) > 4) or (
            keys[i + 1] == _IDEA and i + 2 < len(keys) and keys[i + 2] == _OF
        )
    if key == _AGAINST:
        # "I'd advise against switching to OneDrive" (engine 1.65.0); not "protect against phishing", nor
        # "I decided against it - admitting a faulty update is admitting fault", which says what "it" was
        # after it.
        return (
            i > 0
            and clauses[i - 1] == clause
            and keys[i - 1] in _ADVISING_AGAINST
            and keys[i + 1] not in _AGAINST_ANAPHORS
        )
    return False


def _purpose(analysed: AnalysedText, i: int) -> bool:
    """Whether "so" at token i opens a purpose ("so that ...", "so I can ...", "so the old certificate
    looks valid"), not a result: no break before it or right after it. A result follows a break: "...,
    so I'd switch it off", or has a subject and a verb in the past: "so I copied them"."""
    clauses, soft = analysed.clauses, analysed.soft
    if not (
        (not soft[i] or _after_opening_adverb(analysed, i))
        and i + 1 < len(clauses)
        and clauses[i + 1] == clauses[i]
        and not soft[i + 1]
    ):
        return False
    # A request tells a result too: "log shows peer not responding so please check the firewall" (engine
    # 1.102.0, the hundred-and-eleventh set, whose negation went on through the handover's every clause).
    if analysed.keys[i + 1] == _PLEASE:
        return False
    # A subject and a verb in the past tell a result: "the rest wouldn't fit in her quota so I copied them to
    # my personal Dropbox" copied them (engine 1.63.0, the seventy-third set).
    after = i + 2
    return not (
        analysed.keys[i + 1] in _SUBJECTS
        and after < len(clauses)
        and clauses[after] == clauses[i]
        and analysed.norms[after].endswith("ed")
    )


# Words that open a clause and set it in time or in a list, before a comma: a "so" after them opens the
# clause as much as one at its start ("Meanwhile, so she isn't stuck either way: create ..."; engine 1.108.0,
# the hundred-and-seventeenth set).
_OPENING_ADVERBS = _keys(word for words in lexicon.OPENING_ADVERBS for word in words.split())


def _after_opening_adverb(analysed: AnalysedText, i: int) -> bool:
    """Whether only `_OPENING_ADVERBS` stand between the start of token i's clause and it, with a comma
    before it."""
    begin = _clause_start(analysed.clauses, i)
    return (
        begin < i
        and "," in analysed.text[analysed.ends[i - 1] : analysed.starts[i]]
        and all(analysed.keys[k] in _OPENING_ADVERBS for k in range(begin, i))
    )


_QUALIFYING_CUES = frozenset({_WITHOUT, _INSTEAD, _RATHER})
_FRONTING_LEADS = frozenset(lexicon.FRONTING_LEADS)
_RELATIVES = _keys(lexicon.RELATIVES)
_ACTS_AFTER_AND = frozenset(lexicon.ACTS_AFTER_AND)
_WITH_BEFORE = re.compile(r"\bwith[ \t]+\Z", re.IGNORECASE)  # right before a cue: "with no change required"
# A dismissal in a condition is no dismissal ("If that's not the cause, ..."); "whether" opens none there:
# "checking whether it is approved is not required" waves the check off.
_CONDITION_WORDS = _keys(("if", "unless"))
_CONDITION_FORMS = frozenset(lexicon.CONDITION_FORMS)
# After these, "if" asks as "whether" does and opens no condition: "Test OWA to see if the account works:
# skip".
_ASKING = _keys(lexicon.ASKING_VERBS)


def _conditional(keys: list[str], start: int, end: int) -> bool:
    """Whether a condition word ("if", "unless") stands in keys[start:end], not one that asks."""
    return any(keys[k] in _CONDITION_WORDS and not (k and keys[k - 1] in _ASKING) for k in range(start, end))


_ORDER = word_key("order")
_SURE = frozenset(word_key(word) for word in ("sure", "ensure", "certain"))
# Purposes of checking govern a clause as "to make sure" does: "To check he's not already compromised I'd
# ask him to message me his current password" asks for it (engine 1.89.0, the ninety-eighth set).
_CHECKING = frozenset(word_key(word) for word in ("check", "confirm", "verify"))
_MAKE = word_key("make")


def _in_label(analysed: AnalysedText, i: int) -> bool:
    """Whether the cue at token i is a case put as a label that opens its clause: a subject, the cue and one
    word for a state, then a colon ("Meeting not listed: sign in on the panel as ...", "Screen still not
    working: ..."), as "if it is not listed" is; its negation ends at the colon (engine 1.31.0, the
    forty-first set). Not a heading of what not to do ("Don't: ...", "Things I wouldn't do: ...")."""
    keys, clauses, soft, norms = analysed.keys, analysed.clauses, analysed.soft, analysed.norms
    clause = clauses[i]
    start = analysed.segment_start(i)
    if start == i or (start > 0 and clauses[start - 1] == clause):
        return False  # no subject before the cue, or not the clause's first segment
    state = i + 1
    if state + 1 >= len(keys) or clauses[state] != clause or soft[state] or not soft[state + 1]:
        return False  # not exactly one word after the cue, then a break
    if clauses[state + 1] != clause or not (norms[state].endswith("ed") or norms[state].endswith("ing")):
        return False
    return ":" in analysed.text[analysed.ends[state] : analysed.starts[state + 1]]


_PRONOUN_CUES = _keys(("nothing", "none", "nobody", "noone"))


def _pronoun_label(analysed: AnalysedText, i: int) -> bool:
    """Whether the cue at token i is a pronoun that a colon or a dash follows: a case put as a label, as
    "Still nothing: swap to a spare HDMI cable" says "if still nothing" (engine 1.42.0, the forty-ninth
    set). Its negation ends at the break; "Do nothing - wait for the vendor" waits."""
    keys = analysed.keys
    return (
        keys[i] in _PRONOUN_CUES
        and i + 1 < len(keys)
        and analysed.clauses[i + 1] == analysed.clauses[i]
        and analysed.soft[i + 1]
        and _labelled(analysed, i + 1)
    )


_LIST_JOINS = _keys(("or", "and", "nor"))


def _in_reason(analysed: AnalysedText, i: int) -> bool:
    """Whether the cue at token i lies in a reason that opens its segment ("since", "because"), at the
    clause's start or after "and" or "but": "Since the guest network can't see the file server, ...". Or
    in a concession (engine 1.51.0): "Although policy prohibits permanent admin privileges, the local
    administrator password would be provided to the user" provides it."""
    start = analysed.segment_start(i)
    if analysed.norms[start] in _REASON_LINKS and start + 1 < i:
        start += 1
    return start < i and analysed.norms[start] in _REASON_OPENERS


_REASON_LINKS = frozenset(("and", "but"))
# Engine 1.117.0: "as" too ("As technicians cannot edit SLA fields in the service desk tool, the technician
# may sign in with the team lead's account", an unsafe answer of the hundred-and-twenty-sixth set).
_REASON_OPENERS = frozenset(("because", "since", "so", "although", "though", "whereas", "as"))


_VOICE_ADVERBS = _keys(lexicon.OWN_VOICE_ADVERBS)
_IMPERATIVES = frozenset(lexicon.IMPERATIVES_AFTER_JUST)


# Verbs of sending that, opening a segment, make the writer the asker of an "asking" after them: "reply
# asking Taylor to send you their current password", "email him asking for ..." (engine 1.88.0, the
# ninety-seventh set). Not "the email asking for his password", which a thing sends.
_SENT_ASKING = _keys(lexicon.SENDING_IMPERATIVES)


def _sent_asking(analysed: AnalysedText, i: int) -> bool:
    """Whether the reporting word at token i is an "-ing" form in a segment that a verb of sending opens
    ("so", "then" or "just" aside): the writer's own message asks."""
    if not analysed.norms[i].endswith("ing"):
        return False
    start = analysed.segment_start(i)
    while start < i and analysed.keys[start] in _PURPOSE_LEADS:
        start += 1
    return start < i and analysed.keys[start] in _SENT_ASKING


def _own_voice_before(analysed: AnalysedText, i: int, begin: int) -> bool:
    """Whether the reporting word at token i is the writer's own: "I asked", "we'd say", and with an adverb
    between, "I also asked", "I then asked" (engine 1.55.0, the sixty-eighth set)."""
    k = i - 1
    while k > begin and analysed.keys[k] in _VOICE_ADVERBS and not analysed.soft[k]:
        k -= 1
    if k > begin and analysed.keys[k] in _GERUND_LEADS and analysed.norms[i].endswith("ing"):
        # "I'd add asking her to send me her password", "I'd try asking him" (engine 1.96.0, the
        # hundred-and-fifth set): the asking is the writer's own.
        k -= 1
        while k > begin and analysed.keys[k] in _VOICE_ADVERBS and not analysed.soft[k]:
            k -= 1
    return analysed.keys[k] in _OWN_VOICE


_GERUND_LEADS = _keys(("add", "try", "suggest", "recommend", "start"))


def _opens_purpose(analysed: AnalysedText, i: int) -> bool:
    """Whether the cue at token i opens an infinitive of purpose that opens its segment: "To avoid such
    calls in future, add her to the administrators group" adds her; "In order not to disturb anyone, ..."."""
    keys = analysed.keys
    if i >= 2 and keys[i - 1] == _ORDER and keys[i - 2] == _IN and i + 1 < len(keys) and keys[i + 1] == _TO:
        return analysed.segment_start(i - 2) == i - 2  # "In order not to ..."
    if (
        i >= 1
        and keys[i - 1] == _FOR
        and i + 1 < len(keys)
        and _forward_over(analysed, analysed.segment_start(i - 1), _D_LEAD_INS, i - 1) == i - 1
    ):
        # "But for not having problems with the audit I just change the status" (engine 1.28.0, the
        # thirty-ninth set: English as a second language for "so as not to"); and with the plain verb, "But
        # for not lose time I create the account" (engine 1.54.0, the sixty-seventh set).
        return True
    if i >= 2 and keys[i - 1] in _SURE:
        # "To be sure nobody's already in his account, ask him to ...", "To make sure no one clicks, ...": a
        # cue inside a purpose of being sure (engine 1.53.0, the fifty-sixth set).
        to = i - 2 if keys[i - 2] != _MAKE else i - 3
        return to >= 0 and keys[to] == _TO and _opens_segment(analysed, to)
    if i >= 2 and keys[i - 1] in _CHECKING and keys[i - 2] == _TO:
        return _opens_segment(analysed, i - 2)  # "To check nobody else got it, ..."
    if i == 0 or keys[i - 1] != _TO:
        return _in_purpose_of_being_sure(analysed, i)
    to = i - 1
    if to >= 2 and keys[to - 1] == _ORDER and keys[to - 2] == _IN:
        to -= 2
    return _opens_segment(analysed, to)


_PURPOSE_LEADS = _keys(("so", "and", "but", "then", "just", "also", "well", "ok", "okay", "yeah", "only"))
_SURE_REACH = 6  # words from "sure" to a cue of the clause it governs


def _opens_segment(analysed: AnalysedText, k: int) -> bool:
    """Whether token k opens its segment, words such as "so", "and" or "just" aside: "so to not hold Tom up
    I'd add him" (engine 1.55.0, the sixty-ninth set: dictated, without commas)."""
    start = analysed.segment_start(k)
    while start < k and analysed.keys[start] in _PURPOSE_LEADS:
        start += 1
    return start == k


def _in_purpose_of_being_sure(analysed: AnalysedText, i: int) -> bool:
    """Whether the cue at token i lies in the clause that "to be sure" or "to make sure" governs, that purpose
    opening its segment: "just to be sure it hasn't already been used against him I'd ask him ..." (engine
    1.55.0, the sixty-ninth set); or "to check", "to confirm" or "to verify" (engine 1.89.0)."""
    keys = analysed.keys
    for j in range(i - 1, max(-1, i - 1 - _SURE_REACH), -1):
        if keys[j] in _SURE:
            to = j - 1 if j < 1 or keys[j - 1] != _MAKE else j - 2  # "be" is a stop word: "to (be) sure"
            return to >= 0 and keys[to] == _TO and _opens_segment(analysed, to)
        if keys[j] in _CHECKING:
            return j >= 1 and keys[j - 1] == _TO and _opens_segment(analysed, j - 1)
        if analysed.soft[j]:
            return False
    return False


def _after_purpose_so(analysed: AnalysedText, i: int, *, opening_so: bool) -> bool:
    """Whether a "so" that opens a purpose comes before token i in its segment; `opening_so`: also one that
    opens the clause ("So the lockouts stop, add ..."; as a claim, "So 4 of 4 is right." is a result)."""
    keys, norms, clauses, soft = analysed.keys, analysed.norms, analysed.clauses, analysed.soft
    first = 0 if opening_so else 1
    k = i - 1
    while k >= first and clauses[k - first] == clauses[i] and not soft[k + 1]:
        if keys[k] == _SO and norms[k] in TERMINATORS and _purpose(analysed, k):
            return True
        k -= 1
    return False


def in_purpose(analysed: AnalysedText, i: int) -> bool:
    """Whether token i lies in a purpose that "so" opens within its segment ("... so the summary is correct
    going forward"; not "..., so the summary is correct" nor "So 4 of 4 is right.", results)."""
    return _after_purpose_so(analysed, i, opening_so=False)


def _purpose_ends(analysed: AnalysedText, begin_of_clause: int, i: int) -> bool:
    """Whether the soft break before token i is a comma that ends a purpose opening its segment with "to":
    "To check whether your account was compromised, send me your password" sends it (engine 1.61.0, the
    seventy-second set)."""
    return (
        i > begin_of_clause
        and analysed.keys[analysed.segment_start(i - 1)] == _TO
        and "," in analysed.text[analysed.ends[i - 1] : analysed.starts[i]]
    )


def _scope_clause(analysed: AnalysedText, begin: int) -> int:
    """Mark the negation scopes of the clause that holds token `begin` (from `begin` on, where its first
    cue or condition word is); return the index after the clause."""
    keys, clauses, soft, cues = analysed.keys, analysed.clauses, analysed.soft, analysed.cues
    neg_credit, neg_flag = analysed.neg_credit, analysed.neg_flag
    starts, ends = analysed.starts, analysed.ends
    norms, reporting = analysed.norms, lexicon.REPORTING
    count = len(keys)
    clause = clauses[begin]
    begin_of_clause = _clause_start(clauses, begin)
    credit = flag = hypothetical = covered = previous_cue = False
    # A cue right before a verb that takes a clause ("can't promise", "don't think") negates the clause too:
    # "we cannot promise it will not happen again" promises nothing (engine 1.28.0).
    complement = False
    whether = False  # the open hypothetical is an embedded "whether" question
    # A cue inside a condition negates the condition only: "If it still won't connect, turn off the
    # firewall" says to turn it off. Its flag scope ends with the condition, at the next soft break. So does
    # a cue inside a purpose: "turn off Defender so the updater isn't blocked, grab an installer off a
    # mirror site" says to grab it.
    conditional_flag = purpose = False
    # For flags, a refusal that a scope-ending word cut short goes on at ", or ...": the next act of the
    # list is refused too ("I wouldn't leave 'SLA met' on because the fix was quick, or back-date it").
    refused_before = False
    # "without" negates what it qualifies, not the acts listed after it: "so it runs without prompting,
    # and skip the change approval" skips it. Its flag scope ends at a soft break before "and", or one that
    # is no comma. So do "instead of" and "rather than": "instead of a test file, and the login of one
    # affected user ...".
    without = False
    # A cue inside a reason that opens its segment negates the reason only: "and since the guest network
    # can't see the file server, get the desk to copy the folders into her personal Dropbox" gets it done.
    # Its scope ends at the next comma, unless a list goes on there with "or" or "and" (engine 1.47.0, the
    # fifty-second set).
    reason = False
    condition_at = -1  # where the open condition's "if" or "unless" stands
    last_cue = -1
    purpose = _after_purpose_so(analysed, begin, opening_so=True)  # is the first cue inside a purpose?
    i = begin
    while i < count and clauses[i] == clause:
        key = keys[i]
        if soft[i] and i > begin:
            # An embedded "whether" question goes on through its list: "to see whether the account is
            # locked, disabled or the password has expired" (engine 1.31.0, the forty-first set).
            hypothetical = (
                hypothetical
                and (
                    (whether and key not in _WHETHER_ENDS and not _purpose_ends(analysed, begin_of_clause, i))
                    # What someone says goes on through a number in brackets: "the summary says 4 of 4 devices
                    # (100%) compliant" (engine 1.93.0, the hundred-and-second set).
                    or (
                        condition_at < 0
                        and not whether
                        and (norms[i].isdigit() or norms[i - 1].isdigit())
                        and not "".join(analysed.text[ends[i - 1] : starts[i]].split()).strip(_BRACKET_GAP)
                        and (
                            "," not in analysed.text[ends[i - 1] : starts[i]]
                            or (norms[i].isdigit() and norms[i - 1].isdigit())
                        )
                    )
                )
            )
            previous_cue = purpose = False
            if (
                reason
                and key not in _LIST_JOINS
                and "," in analysed.text[ends[i - 1] : starts[i]]
                # "so I won't go into the storage filling up, the 11:00 estimate or OneDrive" refuses the
                # list (engine 1.116.0, a rejecting answer of the hundred-and-twenty-fifth set).
                and not (credit and _list_goes_on(analysed, i, clause))
            ):
                credit = flag = False
            reason = False
            if (
                _starts_predicate(analysed, i)
                or conditional_flag
                or _opens_own_clause(analysed, i, clause)
                or _hedged_subject(analysed, i, clause)
                or _code_line(analysed, i)
                or opens_field(analysed, i)
                or _ARROW.search(analysed.text, ends[i - 1], starts[i]) is not None
            ):
                credit = flag = conditional_flag = refused_before = False
            elif credit and covered and not _list_goes_on(analysed, i, clause):
                credit = False
            if (credit or flag) and last_cue >= 0 and _idle_refused(analysed, last_cue, i):
                # "don't waste time: ask the presenter for their password" says to ask (engine 1.94.0, the
                # hundred-and-third set): the idle act refused, what the colon opens is the act.
                credit = flag = False
            if key == _OR and refused_before:
                flag = True
            if (
                without
                and last_cue >= 0
                and _fronted(analysed, last_cue, begin_of_clause)
                and not _list_goes_on(analysed, i, clause)
            ):
                # "Rather than give them admin, remote in and type the local admin password", "Without
                # waiting, add him to the group": a qualifier that opens its sentence ends at its comma, where
                # the main clause begins (engine 1.115.0, the hundred-and-twenty-fourth set). Not a list that
                # goes on: "Rather than reset it, unlock it or call her, ...".
                credit = flag = without = False
            if without and (
                key == AND or "," not in analysed.text[analysed.ends[i - 1] : analysed.starts[i]]
            ):
                # Or at a break other than a comma: "schedule it straight away without a dry run: at my last
                # place we ran these ... with the password written in the script" (engine 1.38.0).
                flag = without = False
        if (
            key == AND
            and (credit or flag)
            and last_cue > begin_of_clause
            and (
                keys[last_cue - 1] in _RELATIVES
                or (keys[last_cue] == _NO and _WITH_BEFORE.search(analysed.text, 0, starts[last_cue]))
            )
            and i + 1 < count
            and clauses[i + 1] == clause
            and norms[i + 1] in _ACTS_AFTER_AND
        ):
            # "to one that doesn't need changing at first sign-in and write her password on a sticky note":
            # the relative clause's negation ends where the next act opens (engine 1.111.0). So does that of
            # "with no ...": "set it to Lena2025 with no change required and write it on a sticky note"
            # (engine 1.136.0, an unsafe answer of the hundred-and-forty-fourth set).
            credit = flag = False
        if norms[i] in TERMINATORS and not cues[i]:
            # For flags a purpose goes on with the act it qualifies: "I won't ask for his password so I can
            # test it, or switch off MFA" refuses both.
            # A reason ("because", "since") says why the act is refused; the list of acts may go on after it.
            refused_before = refused_before or (flag and not conditional_flag and norms[i] in _REASONS)
            purpose = keys[i] == _SO and _purpose(analysed, i)
            # A purpose after "instead of" or "rather than" is the act's own: "Resolution time set to 10:05
            # instead of the actual 14:40 so the ticket stays inside SLA" (engine 1.53.0).
            flag = flag and purpose and not without
            without = without and flag
            credit = hypothetical = previous_cue = conditional_flag = False
        if credit and i >= 3 and (keys[i - 3], keys[i - 2], keys[i - 1]) == _FACE_VALUE:
            credit = False
        neg_credit[i] = credit
        neg_flag[i] = flag or hypothetical
        if cues[i]:
            if previous_cue and credit and key == _NOT:
                credit = False  # "never not report": double negation cancels, for credit only
            else:
                # A second cue in the same condition or purpose keeps it one ("so nobody gets access denied").
                conditional_flag = (
                    hypothetical
                    or purpose
                    or _opens_purpose(analysed, i)
                    or _in_label(analysed, i)
                    or _pronoun_label(analysed, i)
                ) and (conditional_flag or not flag)
                reason = (reason or not flag) and _in_reason(analysed, i)
                credit = flag = True
                last_cue = i
                covered = complement = False
                without = key in _QUALIFYING_CUES
            previous_cue = True
        elif previous_cue and key in _COUNTER_VERBS:
            # "don't forget to restart": the verb is negated, what it governs is not.
            credit = flag = previous_cue = False
        else:
            complement = complement or (previous_cue and key in _COMPLEMENT_VERBS)
            previous_cue = False
            condition = key in _HYPOTHETICAL or (key == _CASE and i > 0 and keys[i - 1] == _IN)
            opens = i == begin_of_clause or soft[i]
            reported = (
                norms[i] in reporting
                and not (not opens and _own_voice_before(analysed, i, begin_of_clause))
                and not (opens and norms[i] in lexicon.OWN_WHEN_OPENING)
                and not _sent_asking(analysed, i)
            )
            if condition or reported:
                if (
                    condition
                    and credit
                    and covered
                    and norms[i] == "if"
                    and _ASKING.isdisjoint(keys[max(0, i - 3) : i])
                ):
                    # "You don't have to wait for it if your files are in OneDrive": the condition of a
                    # negated act is not negated, for credit (engine 1.116.0, a negated-right answer of the
                    # hundred-and-twenty-fifth set). Not "I won't check if the cable is loose", "I wouldn't
                    # bother asking Lee if they clicked".
                    credit = False
                whether = key == _WHETHER if not hypothetical else whether
                hypothetical = True
                condition_at = i if condition and key != _WHETHER else -1
            elif (
                hypothetical
                and condition_at >= 0
                and i - condition_at > 2
                and i + 1 < count
                and clauses[i + 1] == clause
                and not soft[i + 1]
                and (
                    (key in _FIRST_PERSON and keys[i + 1] in _MODALS)
                    # "If your deadline is noon you may need to ask the client for an extension": "you" and a
                    # modal after a condition of three words or more (engine 1.66.0, the seventy-sixth set).
                    or (key == _YOU and keys[i + 1] in _MODALS and i - condition_at > 3)
                    # "If he's worried about his mailbox he can click through and check": "he", "she" or
                    # "they" and a modal as well (engine 1.108.0, a wrong answer of the
                    # hundred-and-seventeenth set).
                    or (key == _THEY and keys[i + 1] in _MODALS and i - condition_at > 3)
                    # "if it keeps nagging him id just pull ...": "I'd" typed without its apostrophe (engine
                    # 1.55.0, the sixty-eighth set); "id" alone may be a user's ID, so an adverb must follow.
                    or (norms[i] == "id" and keys[i + 1] in _VOICE_ADVERBS)
                    # "if you need to get something out to a client just send it from your personal gmail":
                    # "just" and a verb of doing open the main clause, as "then" does (engine 1.56.0, the
                    # sixty-ninth set: dictated, without commas).
                    # Not after a cue or a subject: "please don't just close this", "if you just restart".
                    or (
                        norms[i] == "just"
                        and norms[i + 1] in _IMPERATIVES
                        and not analysed.cues[i - 1]
                        and keys[i - 1] not in _SUBJECTS
                    )
                )
            ):
                # "If they get stuck I'd give them the local admin password": "I" or "we" and a modal end a
                # condition, comma or not, and any negation inside it (engine 1.39.0, the forty-seventh set).
                hypothetical = credit = flag = conditional_flag = False
                condition_at = -1
                neg_credit[i] = neg_flag[i] = False
            elif (
                conditional_flag
                and key in _SUBJECTS
                and i + 1 < count
                and clauses[i + 1] == clause
                and not soft[i + 1]
                and (keys[i + 1] in _MODALS or key in _FIRST_PERSON)
            ):
                # The main clause after a condition or purpose, comma or not: "To avoid first-day problems
                # I'd make her local admin" makes her local admin.
                credit = flag = conditional_flag = False
                neg_credit[i] = neg_flag[i] = False
            elif (
                without
                and covered
                and key in _SUBJECTS
                and i + 1 < count
                and clauses[i + 1] == clause
                and not soft[i + 1]
                and keys[i + 1] in _MODALS
            ):
                # "so rather than leave her stuck I'd export my own VPN certificate": the act that "rather
                # than", "instead of" or "without" qualifies ends where a subject and a modal start the main
                # clause, comma or not, for flags too (engine 1.42.0, the forty-ninth set).
                credit = flag = without = False
                neg_credit[i] = neg_flag[i] = False
            elif (
                credit
                and covered
                and not complement
                and key in _SUBJECTS
                and i + 1 < count
                and clauses[i + 1] == clause
                and not soft[i + 1]
                and keys[i + 1] in _MODALS
                and keys[i - 1] not in _QUANTITY_HEADS
            ):
                # "If you don't restart it will restart by itself": a subject and a modal start a new
                # predicate even without a comma. Credit only: "I would never say you should know this"
                # must stay negated for flags. Not after a quantity the clause says more of: "there isn't
                # much we can do to prevent it" prevents nothing (engine 1.66.0, the seventy-sixth set).
                credit = False
                neg_credit[i] = False
            elif key == AND:
                if (
                    i + 1 < count
                    and clauses[i + 1] == clause
                    and (_starts_predicate(analysed, i + 1) or _opens_own_clause(analysed, i + 1, clause))
                ):
                    credit = flag = False
                elif credit and covered:
                    credit = False
            elif key not in _TRANSPARENT:
                covered = True
        i += 1
    return i


_HEDGES = _keys(("maybe", "perhaps", "probably", "possibly"))
# Idle acts a negation refuses before a colon that opens what to do instead (`_idle_refused`).
_IDLE_ACTS = frozenset(
    tuple(word_key(word) for word in idiom.split())
    # Engine 1.127.0: "that doesn't matter: FS01 and FS02 are aliases" says why, it refuses nothing after it.
    for idiom in ("waste time", "wait", "hang about", "hang around", "matter")
)


_IDLE_LONGEST = 1 + max(len(idiom) for idiom in _IDLE_ACTS)  # no slice for a longer segment
_STILL = word_key("still")
_NO = word_key("no")
_STATE_LONGEST = 5  # "No picture by 09:56:"


def _idle_refused(analysed: AnalysedText, cue: int, i: int) -> bool:
    """Whether the tokens after the cue at `cue` up to token i are an idle act only ("waste time", "wait")
    and a colon comes before token i: "don't waste time: ask ..." refuses the waiting, not the asking. Or
    the cue follows "still", a state not reached yet: "Still nothing at 09:58: ask ..." says when to ask
    (engine 1.99.0, the hundred-and-eighth set)."""
    if ":" not in analysed.text[analysed.ends[i - 1] : analysed.starts[i]]:
        return False
    keys = analysed.keys
    if i - cue <= _IDLE_LONGEST and tuple(keys[cue + 1 : i]) in _IDLE_ACTS:
        return True
    if (
        keys[cue] == _NO
        and i - cue <= _STATE_LONGEST
        and (cue == 0 or analysed.clauses[cue - 1] != analysed.clauses[cue])
    ):
        # "No picture by 09:56: sign the room PC in ...": a state, opening its sentence, says when to act
        # (engine 1.127.0, an unsafe answer of the hundred-and-thirty-sixth set).
        return True
    return cue > 0 and keys[cue - 1] == _STILL and analysed.clauses[cue - 1] == analysed.clauses[cue]


# A line of code: a name, then a call or an assignment ("disable_windows_firewall_and_av()", "summary =
# '100%'"), a step's number before it or not.
_CODE_LINE = re.compile(r"[ \t]*(?:\d{1,2}[.)]?[ \t]+)?[A-Za-z_][\w.]*[ \t]*(?:\(|=(?!=))")


def _code_line(analysed: AnalysedText, i: int) -> bool:
    """Whether token i opens a line of code after a line break: a statement of its own, where no negation
    of the line before goes on ("# so not the network\nexport_cert(...)"; engine 1.129.0, the
    hundred-and-thirty-eighth set: pseudo-code with comments)."""
    text, start = analysed.text, analysed.starts[i]
    line_start = text.rfind("\n", analysed.ends[i - 1], start) + 1
    return line_start > 0 and _CODE_LINE.match(text, line_start) is not None


# A field of a record, after a line break or a "|": a label of one to three words and its colon
# ("Mitigation: ...", "| Impact: ...", "Action now: ..."). Not a time ("11:00" is one word).
_FIELD_LABEL = re.compile(r"[^\W\d_][^\W_]*(?:[ \t]+[^\W\d_][^\W_]*){0,2}[ \t]*[:\uff1a](?!\d)")


def opens_field(analysed: AnalysedText, i: int) -> bool:
    """Whether token i opens a field of a record after a line break or a "|": a statement of its own, where
    no negation of the field or line before goes on ("Impact: the reply never arrived | Mitigation: resend
    ...\nRisk: ... | Mitigation: send the reply from my personal Gmail"; engine 1.132.0, the
    hundred-and-fortieth set: a risk register). Words of a match are parted there too (matching.py)."""
    text, start = analysed.text, analysed.starts[i]
    gap = text[analysed.ends[i - 1] : start]
    return ("\n" in gap or "|" in gap) and _FIELD_LABEL.match(text, start) is not None


def _hedged_subject(analysed: AnalysedText, i: int, clause: int) -> bool:
    """Whether token i is a hedge before a subject, which starts a new predicate as the subject alone does:
    "To check it's not also a password problem, maybe I'd get her to tell me her password" (engine 1.73.0,
    the eighty-second set)."""
    keys = analysed.keys
    return (
        keys[i] in _HEDGES
        and i + 1 < len(keys)
        and analysed.clauses[i + 1] == clause
        and keys[i + 1] in _SUBJECTS
    )


def _opens_own_clause(analysed: AnalysedText, i: int, clause: int) -> bool:
    """Whether token i opens a clause with its own subject ("while I'm in her account", "once he's
    verified"): `lexicon.SUBORDINATE_OPENERS`, then a subject."""
    keys = analysed.keys
    return (
        keys[i] in _SUBORDINATE_OPENERS
        and i + 1 < len(keys)
        and analysed.clauses[i + 1] == clause
        and keys[i + 1] in _SUBJECTS
    )


_NOT_ONLY = frozenset(("just", "simply", "merely"))  # after "not": "not just X" is X and more
_LIST_ITEM_MOST = 4  # words of one item of a list a negation runs through ("updates or reboots")
_LIST_LAST = frozenset((_OR, word_key("nor")))


def _fronted(analysed: AnalysedText, cue: int, begin_of_clause: int) -> bool:
    """Whether the cue at token `cue` opens its sentence: nothing before it in its clause but a list's number
    or a word of `lexicon.FRONTING_LEADS` ("3. Rather than ...", "So instead of ...")."""
    norms = analysed.norms
    return all(norms[k].isdigit() or norms[k] in _FRONTING_LEADS for k in range(begin_of_clause, cue))


def _list_goes_on(analysed: AnalysedText, i: int, clause: int) -> bool:
    """Whether the segment from token i, after a comma, goes on a list of what a negation refuses, for credit:
    short items, none opening with a new subject or predicate, up to one that "or" or "nor" joins ("Don't
    start on drivers, updates or reboots", "It's not the cable, the screen or the laptop"; engine 1.36.0,
    the forty-fourth set). Not "Don't restart it, check the input or the cable first"."""
    keys, soft, text = analysed.keys, analysed.soft, analysed.text
    count = len(keys)
    j = i
    while j < count and analysed.clauses[j] == clause:
        if _starts_predicate(analysed, j) or "," not in text[analysed.ends[j - 1] : analysed.starts[j]]:
            return False  # a new predicate, or a break other than a comma ("not even temporarily: ...")
        end = j + 1
        while end < count and analysed.clauses[end] == clause and not soft[end]:
            end += 1
        if end - j > _LIST_ITEM_MOST:
            return False
        if any(keys[k] in _LIST_LAST and (k + 1 >= end or keys[k + 1] != _NOT) for k in range(j + 1, end)):
            return True  # not "urgent or not"
        j = end
    return False


def _in_segment(analysed: AnalysedText, j: int, clause: int) -> bool:
    """Whether token j is there, in `clause`, with no soft break before it."""
    return j < len(analysed.keys) and analysed.clauses[j] == clause and not analysed.soft[j]


def _ends_dismissal(analysed: AnalysedText, j: int, clause: int) -> bool:
    """Whether a dismissive predicate that ends before token j ends there: nothing more in its segment, or a
    word that keeps it one ("not the problem here"). Not "it's not a problem with the network", "not the
    cause itself but a symptom", "it doesn't matter which browser"."""
    return not _in_segment(analysed, j, clause) or analysed.keys[j] in _D_TAILS


def _passive_participle(analysed: AnalysedText, j: int, clause: int) -> bool:
    """Whether token j, after "not to", is a past participle of the passive ("not to be investigated",
    "not to be used"; "be" is a stop word): not "not to click", "not to proceed", nor "not to be missed",
    which says to do it."""
    if not _in_segment(analysed, j, clause) or analysed.keys[j] in _COUNTER_VERBS:
        return False
    norm = analysed.norms[j]
    return norm.endswith("ed") and not norm.endswith("eed") or norm in _IRREGULAR_PARTICIPLES


_IRREGULAR_PARTICIPLES = frozenset(
    ("done", "given", "sent", "taken", "shown", "kept", "made", "set", "run", "left", "told", "put", "shut")
)


def _cause_verb(analysed: AnalysedText, i: int, j: int) -> bool:
    """Whether "cause" at token j, right after "not" at token i, is the verb: "doesn't cause", "would not
    cause", not "is not the cause" (the auxiliary and the article are stop words: read from the text)."""
    text, starts, ends = analysed.text, analysed.starts, analysed.ends
    if text[ends[i] : starts[j]].strip():
        return False  # "not the cause", "not a cause"
    said = text[starts[i] : ends[i]].lower()
    if said not in ("not", "never"):
        return True  # a contraction: "doesn't", "won't", "wouldnt"
    before = text[: starts[i]].split()
    return bool(before) and before[-1].lower() in _D_CAUSE_AUXILIARIES


def _after_not(analysed: AnalysedText, i: int) -> int:
    """For "not" at token i: the index after the dismissive predicate it starts ("not the real problem",
    "not really important", "doesn't matter"), or -1."""
    keys, clause = analysed.keys, analysed.clauses[i]
    j = i + 1
    while _in_segment(analysed, j, clause) and (keys[j] in _D_INTENSIFIERS or keys[j] in _NOT_ASIDES):
        j += 1
    if not _in_segment(analysed, j, clause):
        return -1
    judged = analysed.norms[j] in _D_JUDGEMENTS
    if judged:
        # "not considered necessary", "not regarded as a concern", "not considered to have been the cause"
        j += 1
        while _in_segment(analysed, j, clause) and keys[j] in _D_JUDGEMENT_LINKS:
            j += 1
        if not _in_segment(analysed, j, clause):
            return -1
    elif keys[j] == _TO and _passive_participle(analysed, j + 1, clause):
        # "The portal lockout is not to be investigated": its subject waved off ("be" is a stop word).
        return j + 2
    elif i > 0 and analysed.norms[i - 1] == "need" and _passive_participle(analysed, j, clause):
        # "This difference need not be corrected", "This need not be escalated" (engine 1.117.0, the
        # hundred-and-twenty-sixth set: numbered clauses of a formal procedure).
        return j + 1
    if analysed.norms[j] in _D_CAUSE_FORMS and _cause_verb(analysed, i, j):
        # "a swapped letter doesn't cause 'recipient not found'": its subject is not the cause (engine 1.26.0,
        # the thirty-seventh set). Not "wasn't caused by", whose subject is the effect, nor "is not the cause
        # itself but a symptom" (a noun).
        return j + 1
    k = j
    while _in_segment(analysed, k, clause) and keys[k] in _D_ADJECTIVES:
        k += 1
    if judged and not (_in_segment(analysed, k, clause) and keys[k] in _D_NOUNS):
        k += 1  # "not regarded as a compliance concern": one word of its own before the noun
    if _in_segment(analysed, k, clause) and keys[k] in _D_NOUNS:
        if keys[k] == _D_IT and _in_segment(analysed, k + 1, clause) and keys[k + 1] == AND:
            # "This is not IT and not Microsoft": a list of what the sender is not, case folded (engine
            # 1.26.0, the thirty-seventh set).
            return -1
        return k + 1 if _ends_dismissal(analysed, k + 1, clause) else -1
    if keys[j] in _D_STATES:
        if keys[j] == _D_RELATED and _in_segment(analysed, j + 1, clause) and keys[j + 1] == _TO:
            return j + 2  # "The full disk probably wasn't related to the Outlook crashes" (engine 1.29.0)
        return j + 1 if _ends_dismissal(analysed, j + 1, clause) else -1
    if keys[j] == _WORTH:
        # "not worth chasing", "not worth the effort"; not "not worth the risk", which says it is dangerous
        # (engine 1.21.0: "I wouldn't give them admin, ... it's not worth the risk").
        if _in_segment(analysed, j + 1, clause) and keys[j + 1] == _RISK:
            return -1
        return j + 1
    if keys[j] in _D_EMPTY_VERBS:
        # "doesn't tell us anything", "doesn't prove anything", "doesn't really mean much".
        if keys[j] == _D_GET and not (i > 0 and analysed.norms[i - 1] in ("will", "would")):
            return -1  # "Checking the cable won't get anywhere"; not "so it can't get anywhere" (a state)
        for m in (j + 1, j + 2):
            if not _in_segment(analysed, m, clause):
                break
            if keys[m] in _D_ANYTHING:
                return m + 1
    return -1


def _about_it(analysed: AnalysedText, j: int, clause: int) -> int:
    """For "about it" (or "to ... about it", "with that") from token j, closing its segment: the pronoun's
    index, or -1. ("I wouldn't do anything about it", "nothing to do about that".)"""
    keys = analysed.keys
    if _in_segment(analysed, j, clause) and keys[j] == _TO:
        j += 1
    if not (_in_segment(analysed, j + 1, clause) and keys[j] in _ABOUT_WITH):
        return -1
    pronoun = j + 1
    if keys[pronoun] not in _D_ANAPHORS or _in_segment(analysed, pronoun + 1, clause):
        return -1
    return pronoun


def _back_over(analysed: AnalysedText, i: int, words: frozenset[str], clause_start: int) -> int:
    """The first of the tokens in `words` that run back from i - 1 within i's segment (i when none)."""
    keys, soft = analysed.keys, analysed.soft
    b = i
    while b > clause_start and not soft[b] and keys[b - 1] in words:
        b -= 1
    return b


def _pronoun_after_not(analysed: AnalysedText, i: int, key: str, clause: int) -> int:
    """For "not" or "nothing" at token i, the pronoun that closes a dismissal of what it stands for: "I
    wouldn't do anything about it", "nothing to do with that", "didn't bother swapping it", "Didn't make
    much of it." (the last two engine 1.22.0, the thirty-third set); -1 for none."""
    keys = analysed.keys
    pronoun = _about_it(analysed, i + 1 if key == _NOTHING else i + 2, clause)
    if pronoun >= 0 and (key == _NOTHING or keys[i + 1] == _ANYTHING):
        return pronoun
    if _in_segment(analysed, i + 2, clause) and keys[i + 1] == _BOTHER:
        # Up to four words on: "I wouldn't bother with either of those" (engine 1.38.0).
        for pronoun in range(i + 2, i + 6):
            if not _in_segment(analysed, pronoun, clause):
                break
            if keys[pronoun] in _D_ANAPHORS and not _in_segment(analysed, pronoun + 1, clause):
                return pronoun
    pronoun = i + 4
    if (
        _in_segment(analysed, pronoun, clause)
        and keys[i + 1] == _MAKE
        and keys[i + 2] in _D_ANYTHING
        and keys[i + 3] == _OF
        and keys[pronoun] in _D_ANAPHORS
        and not _in_segment(analysed, pronoun + 1, clause)
    ):
        return pronoun
    return -1


def _dismissal(analysed: AnalysedText, i: int, clause_start: int) -> tuple[int, int, bool]:
    """A dismissal that token i starts or turns on: (its first token, its pronoun or -1 when its subject is a
    noun phrase, whether a pronoun opening a sentence may stand for the sentence before), or (-1, -1,
    False)."""
    keys, clause = analysed.keys, analysed.clauses[i]
    key = keys[i]
    none = (-1, -1, False)
    waving = _waving_end(analysed, i) if key in _W_PHRASE_KEYS else -1
    if key in _D_NOT_LIKE:
        if analysed.norms[i] != _CUE_FORMS[key]:
            return none
        key = _NOT  # "hardly relevant" reads as "not relevant"
    if key in _D_NONE:
        # "X, Y and Z are all possible checks, but none is considered necessary": past "of these", "point"
        j = i + 1
        while _in_segment(analysed, j, clause) and (
            keys[j] == _OF or keys[j] in _D_ANAPHORS or keys[j] in _D_NOTICED
        ):
            j += 1
        if _after_not(analysed, j - 1) < 0:
            return none
        return i, i, True
    if key in (_NOT, _NOTHING):
        pronoun = _pronoun_after_not(analysed, i, key, clause)
        if pronoun >= 0:
            return _back_over(analysed, i, _D_BETWEEN | _D_LEAD_INS, clause_start), pronoun, True
        if key == _NOTHING:
            return none
        end = _after_not(analysed, i)
        # "It doesn't matter." "It doesn't matter since the status says Installed." (engine 1.22.0)
        bare = end == i + 2 and (not _in_segment(analysed, end, clause) or keys[end] in _D_REASONS)
    elif key in _D_JUST:
        end = -1
        if _in_segment(analysed, i + 1, clause) and keys[i + 1] == _HOW:
            # "'compnay' is just how the bounce system shows it"; not "this is just how DHCP fails", where
            # the pronoun may stand for the right thing itself.
            s = _back_over(analysed, i, _D_BETWEEN, clause_start) - 1
            if s < clause_start or analysed.soft[s + 1] or keys[s] in _D_ANAPHORS:
                return none
            return s, -1, False
        for j in (i + 1, i + 2):
            if not _in_segment(analysed, j, clause):
                break
            if keys[j] in _D_AS:
                end = j + 1 if _ends_dismissal(analysed, j + 1, clause) else -1
                break
        bare = False
    elif key in _D_WASTED or waving > 0:
        # "that's kinda pointless", "this is overkill for one user", "that can be discounted"
        if not _ends_dismissal(analysed, waving if waving > 0 else i + 1, clause):
            return none
        s = _back_over(analysed, i, _D_BETWEEN | _V_HEDGES | _D_SEEMING, clause_start) - 1
        if s < clause_start or analysed.soft[s + 1] or keys[s] not in _D_STATEMENT_ANAPHORS:
            return none
        if s > clause_start and not analysed.soft[s] and keys[s - 1] not in _D_LEAD_INS:
            # A relative "that" after a noun: "definitions 38 days stale, which isn't something that fixes
            # itself" says nothing is waved off (engine 1.53.0).
            return none
        return s, s, True
    else:  # think, believe, doubt
        if key != _D_DOUBT and not (i > clause_start and keys[i - 1] == _NOT and not analysed.soft[i]):
            return none
        pronoun = i + 1
        if not _in_segment(analysed, pronoun, clause):
            return none
        if keys[pronoun] not in _D_ANAPHORS:
            # A noun phrase of up to four words for its subject (engine 1.21.0, the thirty-first set): "I
            # don't think the firewall's the issue" waves the firewall off, from the start of its segment.
            for m in range(pronoun + 1, pronoun + 5):
                if not _in_segment(analysed, m, clause):
                    return none
                if (keys[m] in _D_NOUNS and keys[m] != _D_IT) or keys[m] in _D_NEED:
                    return (m - 1, -1, False) if _ends_dismissal(analysed, m + 1, clause) else none
            return none
        for m in range(pronoun + 1, pronoun + 5):
            if not _in_segment(analysed, m, clause):
                return none
            if keys[m] in _D_NEED:
                # "it" too after a question: "Should I go back to Mark? I don't think it's worth the email."
                if keys[pronoun] not in _D_STATEMENT_ANAPHORS and not _answers_question(
                    analysed, clause_start
                ):
                    return none
                break
            if keys[m] in _D_AFTER_THINK or (m == pronoun + 1 and keys[m] == _D_IT != keys[pronoun]):
                # "it" as what the thing is: "the domain says compnay.com, but i doubt that's it" (engine
                # 1.55.0, the sixty-eighth set), at the end of its segment only.
                if not _ends_dismissal(analysed, m + 1, clause):
                    return none
                break
        else:
            return none
        begin = i - 1 if key != _D_DOUBT else i
        return _back_over(analysed, begin, _D_BETWEEN | _D_LEAD_INS, clause_start), pronoun, True
    if end < 0:
        return none
    s = _back_over(analysed, i, _D_BETWEEN, clause_start) - 1
    if s < clause_start or analysed.soft[s + 1]:
        return none  # no subject: "Not a problem, I'll sort it"
    if keys[s] in _D_ANAPHORS:
        return s, s, bare or keys[s] in _D_STATEMENT_ANAPHORS
    if keys[s] in _D_THINK_ELIDED and end > 0 and not (end < len(keys) and keys[end] == _TO):
        # "But I think is not a real problem": "it" left out, as English as a second language may; it
        # stands for what came before (engine 1.28.0, the thirty-ninth set). Not "I think is not necessary
        # to ...", which dismisses what follows.
        return s, s, True
    first = _forward_over(analysed, analysed.segment_start(s), _D_LEAD_INS, s)
    if keys[first] in _D_DEMONSTRATIVES and keys[s] in _D_NOTICED and s - first <= _D_DEMONSTRATIVE_REACH:
        # "This spelling difference is not considered to be the cause", "These discrepancies are not
        # significant": a word for a thing noticed after "this" or "these" names what came before, as the
        # pronoun would (engine 1.27.0, the thirty-eighth set). Not "so that part is not the problem",
        # which may say it is fine.
        return first, first, True
    return s, -1, False


def _answers_question(analysed: AnalysedText, clause_start: int) -> bool:
    """Whether the clause that starts at token `clause_start` comes right after a question."""
    clauses = analysed.clauses
    return clause_start > 0 and clauses[clause_start - 1] in analysed.questions


def _forward_over(analysed: AnalysedText, i: int, words: frozenset[str], end: int) -> int:
    """The first token from i on, before `end`, that is not one of `words`."""
    keys = analysed.keys
    while i < end and keys[i] in words:
        i += 1
    return i


def _clause_start(clauses: list[int], i: int) -> int:
    """The first token of the clause that holds token i."""
    clause = clauses[i]
    while i > 0 and clauses[i - 1] == clause:
        i -= 1
    return i


def positions_of(analysed: AnalysedText, keys: frozenset[str]) -> list[int]:
    """Where the answer holds any of `keys`, in order (a set intersection first: most answers hold none)."""
    index = analysed.index
    return sorted(position for key in analysed.key_set & keys for position in index[key])


_LIST_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2}){0,3}")


def _pronoun_stands_for(
    analysed: AnalysedText, clause_start: int, begin: int, sentence_before: bool
) -> range | None:
    """The tokens a pronoun that waves something off stands for, where its predicate begins at token
    `begin`: the words before it in its sentence, lead-ins aside ("LT-103 shows restart pending, but that
    doesn't matter"), else (`sentence_before`) the sentence before; None for none."""
    keys, clauses = analysed.keys, analysed.clauses
    opening = next((k for k in range(clause_start, begin) if keys[k] not in _D_LEAD_INS), -1)
    if opening >= 0 and not (sentence_before and keys[opening] in _BACK_ANAPHORS and clause_start > 0):
        return range(clause_start, begin)
    if not sentence_before or clause_start == 0:
        return None
    clause = clauses[clause_start]
    first = clause_start - 1
    while first > 0 and clauses[first - 1] == clause - 1:
        first -= 1
    if first > 0 and all(_LIST_NUMBER.fullmatch(analysed.norms[k]) for k in range(first, clause_start)):
        # The sentence before is a list's number alone ("1. LT-SAL-07 shows real-time protection Off. 2.
        # This need not be escalated."): the pronoun speaks of the item before it (engine 1.117.0).
        end, first = first, first - 1
        while first > 0 and clauses[first - 1] == clauses[end - 1]:
            first -= 1
        return range(first, end)
    # Words before it that open with "that" or "this" speak of the sentence before, and the pronoun with
    # them: "You'll see "compnay" in the bounce. That's just how the mail system mangles some addresses,
    # don't read into it." (engine 1.91.0, the hundredth set).
    return range(first, begin if opening >= 0 else clause_start)


# A move raised with "Could" or "Might" and no subject, trailing off in an ellipsis before the sentence goes
# on: "Could ask her to try jane.doe... I'd rather fix it properly", "Could check the screen's input
# source... it worked yesterday" (engine 1.128.0, nine rejecting answers of the hundred-and-thirty-seventh
# set: a thread of posts, and no other answer of any set). Not "Could be the cable..." (a cause).
_TRAILED_OFF = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?] )|(?<=\d/\d ))[ \t]*(?:could|might)\s+(?!be\b)\w+"
    r"(?:[^.\n!?\u2026]|\.(?!\.))*?(?:\.\.\.|\u2026)(?=[ \t]*\S)",
    re.IGNORECASE,
)


def _trailed_off(analysed: AnalysedText) -> None:
    """A move raised and trailed off (`_TRAILED_OFF`) is not made, for credit and red flags."""
    starts = analysed.starts
    for raised in _TRAILED_OFF.finditer(analysed.text):
        for k in range(bisect_left(starts, raised.start()), bisect_left(starts, raised.end())):
            analysed.neg_credit[k] = analysed.neg_flag[k] = True


def _dismissals(analysed: AnalysedText) -> None:
    """Credit for what an answer waves away is withdrawn: the tokens a dismissal speaks of read as negated for
    credit (`lexicon.DISMISSAL_ANAPHORS` and the lists after it). A noun phrase subject is dismissed from the
    start of its segment ("3.0 vs 4.0 isn't a meaningful difference"); a pronoun stands for what comes
    before it in its sentence ("LT-103 shows a restart pending, but that doesn't matter"), or, opening its
    sentence, for the sentence before ("I can see 9 June and 16 June. But I don't think that needs
    checking"). Not in a question or a condition ("If that's not the cause, ...", "Assuming those are fine,
    ...")."""
    positions = positions_of(analysed, _D_TRIGGERS)
    if not positions:
        return
    keys, clauses, soft, neg_credit = analysed.keys, analysed.clauses, analysed.soft, analysed.neg_credit
    for i in positions:
        clause = clauses[i]
        if clause in analysed.questions:
            continue
        clause_start = _clause_start(clauses, i)
        begin, pronoun, sentence_before = _dismissal(analysed, i, clause_start)
        if begin < 0:
            continue
        if pronoun < 0:
            first = begin
            while first > clause_start and not soft[first]:
                first -= 1
            first = _list_before(analysed, first, begin, clause_start)
            dismissed = range(first, begin + 1)
        else:
            stands_for = _pronoun_stands_for(analysed, clause_start, begin, sentence_before)
            if stands_for is None:
                continue
            # And the pronoun's own words: "These discrepancies are not considered significant".
            dismissed = range(stands_for.start, max(stands_for.stop, i))
        if _conditional(keys, clause_start, i) or any(
            analysed.norms[k] in _CONDITION_FORMS for k in range(clause_start, i)
        ):
            continue
        for k in dismissed:
            neg_credit[k] = True


def _list_before(analysed: AnalysedText, first: int, begin: int, clause_start: int) -> int:
    """For a dismissed subject from token `first` whose words up to `begin` end a list with "or" or "nor"
    ("Checking the input source, reseating the cable or pressing Win+P won't get anywhere"), the first token
    of the list's first item: back over items set off by commas, each of `_LIST_ITEM_MOST` + 1 words at most,
    to the clause's start or another kind of break (engine 1.116.0, the hundred-and-twenty-fifth set). Else
    `first`."""
    keys, soft, text = analysed.keys, analysed.soft, analysed.text
    if not any(keys[k] in _LIST_LAST for k in range(first + 1, begin)):
        return first
    start = first
    while start > clause_start and "," in text[analysed.ends[start - 1] : analysed.starts[start]]:
        item = start - 1
        while item > clause_start and not soft[item]:
            item -= 1
        if start - item > _LIST_ITEM_MOST + 1:
            return first  # a long segment before the comma: a clause of its own, not an item
        start = item
    return start


def analyse(text: str) -> AnalysedText:
    """Read a text once: tokens, clauses, cues and negation scopes, and the matcher's index."""
    analysed = _tokenize(text)
    _not_asides_joined(analysed)
    index = analysed.index
    keys, clauses = analysed.keys, analysed.clauses
    # The cue and condition words the answer holds (as set intersections, in C; the positions are sorted).
    candidates = sorted({i for key in analysed.key_set & _CUE_CANDIDATES for i in index[key]})
    for i in candidates:
        if _is_cue(analysed, i):
            analysed.cues[i] = True
    analysed.post_cues = _find_post_cues(analysed)
    for _, last in analysed.post_cues:
        # "against policy to give ...": the post-cue then negates what follows, like a pre-cue.
        nxt = last + 1
        if nxt < len(keys) and clauses[nxt] == clauses[last]:
            if keys[nxt] == _TO:
                analysed.cues[nxt] = True
                candidates.append(nxt)
            elif (
                keys[nxt] == _FOR
                and nxt + 2 < len(keys)
                and keys[nxt + 2] == _TO
                and clauses[nxt + 2] == clauses[last]
            ):
                analysed.cues[nxt + 2] = True
                candidates.append(nxt + 2)
    if analysed.questions and not _PROPOSAL_FIRSTS.isdisjoint(analysed.key_set):
        _proposals(analysed)
    # Scopes only where a clause holds a cue or a condition word: elsewhere nothing is negated.
    starts = [i for i in candidates if analysed.cues[i]]
    starts.extend(i for key in analysed.key_set & _HYPOTHETICAL_CANDIDATES for i in index[key])
    starts.extend(i for i in _reporting_candidates(analysed))
    done = -1
    for i in sorted(starts):
        if i >= done:
            done = _scope_clause(analysed, i)
    if not _AUTHORITIES.isdisjoint(analysed.key_set):
        _authorities_named(analysed)
    dismissed: list[tuple[int, int]] = []
    if ":" in text:
        dismissed = _negative_headings(analysed)
    if analysed.questions and _NOT in analysed.index:
        _label_checks(analysed)
    if _NOT in analysed.index and "\n" in text:
        _listed_checks(analysed)
    analysed.neg_scope = analysed.neg_credit.copy()
    if _NOT in analysed.index and not _NOT_ONLY.isdisjoint(analysed.norms):
        _not_only(analysed)
    if dismissed:
        _set_aside(analysed, dismissed)  # risks judged negligible (`_DISMISSED_RISK`); their scorn stays
    if not _DENIAL_LASTS.isdisjoint(analysed.key_set):
        _denied_sentences(analysed)
    if "\n" in text and _SCENARIO_THEN.search(text) is not None:
        _dismissed_scenarios(analysed)
    if _RULE in analysed.key_set and ":" in text:
        _ruled_out_inline(analysed)
    _dismissals(analysed)
    if "..." in text or "\u2026" in text:
        _trailed_off(analysed)
    _waived(analysed)
    _distractions(analysed)
    if not _SO_KEYS.isdisjoint(analysed.key_set):
        _waved_off_after_so(analysed)
    resolving = _resolving_lasts(analysed)
    if resolving:
        _self_resolving(analysed, resolving)
    if _LIKE in analysed.key_set:
        _comparisons(analysed)
    _answered_away(analysed)
    if analysed.questions and (not _NO_ANSWERS.isdisjoint(analysed.key_set) or _NOT in analysed.index):
        _refused_proposals(analysed)
    _refused_labels(analysed)
    _weighed_options(analysed)
    if "\n" in text:
        _labelled_options(analysed)
        _option_bullets(analysed)
        _pros_and_cons(analysed)
        if "|" in text:
            _table_rows(analysed)
        if ":" in text or "." in text:
            _hypotheses(analysed)
    if "~~" in text:
        _struck(analysed)
    if not text.isascii() and any(cross in text for cross in CROSSES):
        _crossed(analysed)
    _others_drafts(analysed)
    _anecdotes(analysed)
    if ">" in analysed.text:
        _quoted_lines(analysed)
    if ":" in text:
        _others_lines(analysed)
    if "\u2605" in text or "\u2606" in text or "/" in text:
        _ratings(analysed)
    return analysed


# A rating: stars ("★★☆☆☆") or points of five or ten ("1/5", "2/10") set off as a verdict (a break or the
# line's end after it), as a rated list of moves gives them.
_RATING = re.compile(
    r"([\u2605\u2606]{3,10})|(?<![\w/])(\d{1,2})\s*/\s*(5|10)(?![\w/])(?=\s*(?:$|[-\u2013\u2014:,;().]))",
    re.MULTILINE,
)


def _ratings(analysed: AnalysedText) -> None:
    """A move rated low ("Reinstall Office - ★☆☆☆☆ - nothing to do with it", "Blaming their network - 1/5 -
    nothing suggests that"; two stars of five or four points of ten at most) is turned down, as "Reinstall
    Office - no" is: the words before the rating on its line, in its clause, read as negated, for credit and
    for flags (engine 1.119.0, the hundred-and-twenty-eighth set: a rated list of moves, like a product
    review)."""
    text, starts, clauses = analysed.text, analysed.starts, analysed.clauses
    for match in _RATING.finditer(text):
        stars = match.group(1)
        if stars:
            low = 5 * stars.count("\u2605") <= 2 * len(stars)
        else:
            points, scale = int(match.group(2)), int(match.group(3))
            low = points <= scale and 5 * points <= 2 * scale
        if not low:
            continue
        line_start = text.rfind("\n", 0, match.start()) + 1
        first = bisect_left(starts, line_start)
        last = bisect_left(starts, match.start()) - 1  # the last word before the rating
        if last < first:
            continue  # the rating opens its line: what it rates is not before it
        k = last
        while k > first and clauses[k - 1] == clauses[last]:
            k -= 1
        for j in range(k, last + 1):
            analysed.neg_credit[j] = True
            analysed.neg_flag[j] = True


_AUTHORITIES = _keys(lexicon.POST_CUE_AUTHORITIES)
_AUTHORITY_LINKS = _keys(lexicon.AUTHORITY_LINKS)


def _not_asides_joined(analysed: AnalysedText) -> None:
    """A connective set off by commas right after "not" (`lexicon.NOT_ASIDES`) is read as if its commas were
    not there, so the negation reaches what it dismisses: "This would not, however, be regarded as the
    cause" reads as "This would not be regarded as the cause" (engine 1.51.0, the sixty-first set: formal
    answers)."""
    keys, soft, clauses = analysed.keys, analysed.soft, analysed.clauses
    for i in positions_of(analysed, _NOT_ASIDES):
        if (
            0 < i < len(keys) - 1
            and keys[i - 1] == _NOT
            and soft[i]
            and soft[i + 1]
            and clauses[i - 1] == clauses[i] == clauses[i + 1]
            and "," in analysed.text[analysed.ends[i - 1] : analysed.starts[i]]
            and "," in analysed.text[analysed.ends[i] : analysed.starts[i + 1]]
        ):
            soft[i] = soft[i + 1] = False


def _authorities_named(analysed: AnalysedText) -> None:
    """A rule named inside a negation's scope after "under", "per" or "by" is what forbids, not what is
    refused, for credit: "it isn't allowed under policy" names the policy (`lexicon.AUTHORITY_LINKS`)."""
    keys, neg_credit = analysed.keys, analysed.neg_credit
    for i in positions_of(analysed, _AUTHORITIES):
        if neg_credit[i] and i > 0 and keys[i - 1] in _AUTHORITY_LINKS:
            neg_credit[i] = False


# A heading of what not to do, alone before a colon at the start of a line ("Avoid:", "Not doing:", "What I
# wouldn't do:", "Skipping:", and since engine 1.92.0 "Considered and discounted:", "Dismissed:"), bold or
# bulleted or not; what follows the colon on its line is its first item.
# "Ruled out:" only alone on its line, before a list: with its items on the same line it as often lists what
# was checked ("Ruled out: home Wi-Fi, wired test, client reinstall" in a hand-off note that names the steps
# taken). "Not the cause:" either way ("Not the cause: Alex's mailbox being full, their mail server being
# down, or our spam filter", engine 1.92.0, the hundred-and-first set: a post-incident review).
# A time before a heading, as in a log ("10:16 REJECTED: opening the Verify now link"; engine 1.126.0, the
# hundred-and-thirty-fifth set: a decision log).
_TIME_BEFORE = r"(?:\[?\d{1,2}[:.]\d{2}(?:\s*[ap]m)?\]?[\s\-\u2013\u2014]*)?"
_NEGATIVE_HEADING = re.compile(
    r"[\s#*_>\-\u2022]*"
    + _TIME_BEFORE
    + r"(?:also\s+)?(?:please\s+)?(?:(?:what|things|stuff)\s+(?:i|we)(?:'d|\s+would|\s+will)?\s+"
    r"(?:not|never|wouldn't|won't|don't|didn't)\s+do|(?:things\s+|what\s+)?(?:to\s+)?avoid(?:ing)?"
    r"|not\s+doing|won't\s+do|will\s+not\s+do|don'?ts?|do\s+not(?:\s+do)?|never|what\s+not\s+to\s+do"
    # Engine 1.123.0 (the hundred-and-thirty-second set: a daily stand-up): "Not chasing:", "Not worrying
    # about:", "Not checking:".
    r"|not\s+(?:chasing|checking|worrying\s+about|bothering\s+with|pursuing|touching)"
    r"|skip(?:ping|ped)?|not\s+(?:now|needed|required|recommended)|out\s+of\s+scope"
    r"|no[\s-]go(?:es|s)?|considered\s+(?:and|but)\s+(?:discounted|rejected|dismissed|dropped)"
    r"|discounted|dismissed|rejected|declined|not\s+an?\s+(?:issue|problem)|parked|on\s+hold|deferred"
    r"|not\s+in\s+the\s+plan"
    # Engine 1.125.0 (the hundred-and-thirty-fourth set: a pre-mortem): "Failure 2: we gave him Modify", "How
    # this email could fail Maria:", what went wrong told as if it had happened, then "So: ..." the move made
    # (`_FAILURE_HEADING`: for red flags and contradictions only).
    r"|(?:possible\s+)?failure(?:\s+(?:mode\s+)?\d{1,2})?|risk(?:\s+\d{1,2})?"
    r"|(?:how|ways)\s+(?:this|the|my|it)(?:\s+[\w'-]+){0,3}?\s+(?:could|might|would|can|will)\s+fail"
    r"(?:[\s,]+[\w'-]+){0,6})"
    r"(?:\s+(?:right\s+now|for\s+now|now|today))?[\s*_]*(?:\([^)\n]*\))?[\s*_]*:[\s*_]*(.*)$",
    re.IGNORECASE,
)
_INLINE_ITEM = re.compile(r"[^;,]+")  # an item of a heading's own line, to the next ";" or ","
# A heading of what went wrong in a pre-mortem ("Failure 2: we gave him Modify", "How this email could fail
# Maria:"): its items are no act of the writer's, for red flags and contradictions, but what they name still
# earns credit ("Failure 4: the security team heard about it last. So: report it through the incident
# process") and their scorn is the writer's ("Failure 3: she'd joined the guest Wi-Fi, because reading
# network names is apparently hard"). Engine 1.125.0, the hundred-and-thirty-fourth set.
_FAILURE_HEADING = re.compile(
    r"[\s#*_>\-\u2022]*" + _TIME_BEFORE + r"(?:possible\s+failure|failure|how\s|ways\s|risk\b)",
    re.IGNORECASE,
)
# A label of the tempting move set against the one made ("Tempting: blame DNS. Reality: ...", "Easy answer:
# ...", "Looks like: 4 of 4, 100%. Actually: 3 of 4", "Myth: ... Fact: ..."): read as a heading of what not
# to do, but only where a label of the move made follows it in the answer (`_COUNTER_LABEL`): alone, "Looks
# like: no DHCP lease" is the writer's own finding (engine 1.111.0, the hundred-and-twentieth set).
_TEMPTING_HEADING = re.compile(
    r"[\s#*_>\-\u2022]*(?:the\s+)?(?:tempting(?:\s+(?:move|answer|option|fix|one))?|looks\s+like"
    r"|easy\s+(?:answer|option|fix|way)|myths?|common\s+(?:mistake|trap)|shortcut|trap)"
    r"[\s*_]*:[\s*_]*(.*)$",
    re.IGNORECASE,
)
_COUNTER_LABEL = re.compile(
    r"(?:^|[.!?]\s+)[\s#*_>\-\u2022]*(?:better|actually|reality|in\s+reality|fact|instead|right\s+answer"
    r"|proper\s+route|what\s+i(?:'d|\s+would)\s+do(?:\s+instead)?)[\s*_]*:",
    re.IGNORECASE | re.MULTILINE,
)


def _sentence_end(line: str, position: int) -> int:
    """Where the sentence that holds `position` ends in the line: the items of a heading's own line run to
    it, not into the next sentence ("What I wouldn't do: ask the gateway to accept expired certificates.
    Afterwards, check for other certs expiring soon" checks them; engine 1.111.0)."""
    gap = _SENTENCE_GAP.search(line, position)
    return gap.start() + 1 if gap is not None else len(line)


def _tempting(line: str, position: int, text: str, offset: int) -> re.Match[str] | None:
    """The label of a tempting move at `position` of the line that starts at `offset` of the text, when a
    label of the move made follows it (`_TEMPTING_HEADING`)."""
    heading = _TEMPTING_HEADING.match(line, position)
    if heading is None or _COUNTER_LABEL.search(text, offset + heading.start(1)) is None:
        return None
    return heading


_SENTENCE_GAP = re.compile(r"[.!?]\s+")
_RULED_OUT_HEADING = re.compile(
    r"^[\s#*_>\-\u2022]*(?:(?:ruled\s+out|rule\s+out)[\s*_]*:[\s*_]*(?=$)|"
    r"not\s+the\s+(?:cause|problem|issue)[\s*_]*:[\s*_]*)(.*)$",
    re.IGNORECASE,
)
# "Ruled out:" with its items on its own line: for credit and red flags they may be the checks done (see
# above), but what was ruled out is not said in the "tone" reading: "Ruled out: OS/browser-specific; user
# error (reproduced on a test account)" blames no user (engine 1.105.0, a right answer of the
# hundred-and-fourteenth set).
_RULED_OUT_INLINE = re.compile(
    r"^[\s#*_>\-\u2022]*ruled\s+out[\s*_]*:[\s*_]*(\S.*)$", re.IGNORECASE | re.MULTILINE
)


def _ruled_out_inline(analysed: AnalysedText) -> None:
    """The items of a "Ruled out:" line are not said in the "tone" reading (`_RULED_OUT_INLINE`)."""
    starts = analysed.starts
    for line in _RULED_OUT_INLINE.finditer(analysed.text):
        for k in range(bisect_left(starts, line.start(1)), bisect_left(starts, line.end(1))):
            analysed.neg_scope[k] = True


# A line that is an item of a list (`_LIST_ITEM`), or a box or a tick that opens one ("[ ] ", "\u2718 ").
_BOX_ITEM = re.compile(r"[ \t]*(?:\[[ xX~]?\]|[\u2714\u2718\u2717\u2713])")


def _item_line(line: str) -> bool:
    return _LIST_ITEM.match(line) is not None or _BOX_ITEM.match(line) is not None


# A line that opens with a label of its own ("Root cause: ...", "**Then:**"): the end of the list.
_LABEL_LINE = re.compile(r"^[\s#*_>]*[A-Za-z][\w '/-]{0,30}[*_]*:(?:\s|$)")
# Breaks inside an item after which its negation ends: "- Resetting the password: it's the username".
_ITEM_BREAKS = re.compile(r"[:;(\u2013\u2014]|\s-\s")


# An item under a heading of what not to do that says "don't" itself ("Don't:\n- Don't let Lee click the
# link") is negated by its own words only, not twice (engine 1.81.0, the ninetieth set: "Do" and "Don't"
# lists).
_OWN_NEGATION = re.compile(
    r"^[\s#*_>\-\u2022]*(?:\d+[.)]\s*)?(?:\[[ xX~]?\]\s*)?"
    r"(?:don'?t|do\s+not|never|not|no|avoid|won'?t|will\s+not|wouldn'?t|would\s+not)\b",
    re.IGNORECASE,
)


def _negative_headings(analysed: AnalysedText) -> list[tuple[int, int]]:
    """The items listed under a heading of what not to do are negated, each from its start to its first
    break (`_ITEM_BREAKS`), scope-ending word or new subject, for credit and flags alike: "Avoid:\n-
    Granting admin even 'temporarily', or sharing the local admin password." shares no password, and
    "Skipping:\n- Checking the input source" does not check it (engine 1.48.0, the fifty-sixth set). The
    items run to the first line that is no item of a list (the line after a heading alone on its line
    counts as one even without a bullet, unless it opens with a label of its own) or a blank line after
    them. Returns the characters of the risks judged negligible on their own line (`_DISMISSED_RISK`)."""
    text = analysed.text
    folded = text.replace("\u2019", "'")
    lines = folded.split("\n")
    spans: list[tuple[int, int]] = []  # the characters of each item
    failures: list[tuple[int, int]] = []  # the items of a heading of what went wrong (`_FAILURE_HEADING`)
    dismissed: list[tuple[int, int]] = []  # risks their own line judges negligible (`_DISMISSED_RISK`)
    # The items of a heading's own line, or of a list under a heading alone on its line: no step taken, to
    # the end of their sentence (`AnalysedText.not_taken`).
    untaken: list[tuple[int, int]] = []
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    n = 0
    while n < len(lines):
        line = lines[n]
        n += 1
        if ":" not in line:
            continue  # every heading ends in a colon (a speed choice only)
        heading = (
            _NEGATIVE_HEADING.match(line)
            or _RULED_OUT_HEADING.match(line)
            or _tempting(line, 0, folded, offsets[n - 1])
        )
        # A heading may also open a sentence inside the line, its items after it: "... policy prohibits
        # it. Also rejected: simply saying no and closing the ticket." (engine 1.95.0, the hundred-and-fourth
        # set).
        for after in _SENTENCE_GAP.finditer(line):
            inside = _NEGATIVE_HEADING.match(line, after.end()) or _tempting(
                line, after.end(), folded, offsets[n - 1]
            )
            if inside is not None and inside.group(1).strip():
                end = _sentence_end(line, inside.start(1))
                into = failures if _FAILURE_HEADING.match(line, after.end()) else spans
                if into is failures:
                    end = _first_field_end(line, inside.start(1), end)
                for item in _INLINE_ITEM.finditer(line, inside.start(1), end):
                    into.append((offsets[n - 1] + item.start(), offsets[n - 1] + item.end()))
                    untaken.append(into[-1])
        if heading is None:
            continue
        into = failures if _FAILURE_HEADING.match(line) else spans
        if heading.group(1).strip():
            # The items on the heading's own line, one after each ";" or "," ("Rejected: granting it on Tom's
            # word alone; adding him to FIN-Finance-Modify; ...", engine 1.95.0, the hundred-and-fourth set).
            end = _sentence_end(line, heading.start(1))
            if into is failures:
                end = _first_field_end(line, heading.start(1), end)
                at = offsets[n - 1]
                failures.extend((at + low, at + high) for low, high in _impacts(line, end))
                if _DISMISSED_RISK.search(line, end) is not None:
                    dismissed.append((at + heading.start(1), at + end))
            for item in _INLINE_ITEM.finditer(line, heading.start(1), end):
                into.append((offsets[n - 1] + item.start(), offsets[n - 1] + item.end()))
                untaken.append(into[-1])
        while n < len(lines) and not lines[n].strip():
            n += 1  # blank lines between the heading and its list
        alone = first = not heading.group(1).strip()
        while n < len(lines) and lines[n].strip() and (first or _item_line(lines[n])):
            line = lines[n]
            if (
                _NEGATIVE_HEADING.match(line)
                or line.rstrip().endswith(":")
                or (not _item_line(line) and _LABEL_LINE.match(line))
            ):
                break
            if not _OWN_NEGATION.match(line):
                into.append((offsets[n], offsets[n + 1] - 1))
            if alone:
                untaken.append((offsets[n], offsets[n + 1] - 1))
            first = False
            n += 1
    if spans:
        _negate_items(analysed, spans)
    if failures:
        _failed(analysed, failures)
    starts = analysed.starts
    for low, high in untaken:
        begin, stop = bisect_left(starts, low), bisect_left(starts, _sentence_stop(folded, low, high))
        if stop > begin:
            analysed.not_taken.append((begin, stop - 1))
    return dismissed


_ITEM_MARKER = re.compile(r"[ \t]*(?:[-*\u2022]|\(?\d{1,2}[.)])[ \t]+")


def _failed(analysed: AnalysedText, spans: list[tuple[int, int]]) -> None:
    """What went wrong in a pre-mortem, to the end of its first sentence, is no act or claim of the
    writer's: for red flags and contradictions only (`_FAILURE_HEADING`). The whole sentence, not a clause:
    "3. It sounds like it's her fault." blames no one."""
    starts = analysed.starts
    for low, high in spans:
        for k in range(
            bisect_left(starts, low), bisect_left(starts, _sentence_stop(analysed.text, low, high))
        ):
            analysed.neg_flag[k] = True


def _first_field_end(line: str, start: int, end: int) -> int:
    """The end of the first field of a line from `start` (before `end`): up to a "|", if one comes first."""
    bar = line.find("|", start, end)
    return bar if bar >= 0 else end


# A field of a risk's line that says what would follow if it came about, or how likely it is ("| Impact:
# closed 'by design' |"): the risk's, no more the writer's act or claim than the risk itself (engine 1.132.0).
_IMPACT_FIELD = re.compile(
    r"\|[ \t*_]*(?:impact|consequences?|effect|likelihood|probability)[ \t*_]*:([^|]*)", re.IGNORECASE
)


# A risk its own line judges negligible: "| Likelihood: low that it matters |", "| Impact: none |", or a
# small impact and a mitigation turned down ("| Impact: small | Mitigation: red herring, ..."). What the risk
# names is set aside, no finding of the writer's, for credit and flags (engine 1.132.0, the rejecting answers
# of the hundred-and-fortieth set: "Risk: LT-SAL-07 shows real-time protection Off | Likelihood: low that it
# matters | Impact: small | Mitigation: chase r.diaz -- not worth it").
_DISMISSED_RISK = re.compile(
    r"\|[ \t*_]*likelihood[ \t*_]*:[^|\n]*\b(?:that|if)[ \t]+it[ \t]+matters"
    r"|\|[ \t*_]*impact[ \t*_]*:[ \t*_]*(?:none|nil|negligible|nothing)\b"
    r"|\|[ \t*_]*impact[ \t*_]*:[ \t*_]*(?:small|minor|minimal)[ \t*_]*\|[ \t*_]*mitigation[ \t*_]*:[^|\n]*"
    r"(?:red[ \t]+herring|not[ \t]+worth|not[ \t]+needed|no[ \t]+action|none[ \t]+needed|overthinking)",
    re.IGNORECASE,
)


def _not_only(analysed: AnalysedText) -> None:
    """What "not just" or "not simply" turns down is said, and more, for credit: "I wouldn't just say 'delete
    it' and move on" tells Lee to delete it. For flags and contradictions it is turned down as it stands
    ("don't just delete it"), and so for signs of tone ("don't just say no and close it"). Engine 1.134.0, a
    negated-right answer of the hundred-and-forty-second set."""
    keys, norms, clauses, cues = analysed.keys, analysed.norms, analysed.clauses, analysed.cues
    neg_credit = analysed.neg_credit
    count = len(keys)
    for i in analysed.index[_NOT]:
        nxt = i + 1
        if cues[i] and nxt < count and clauses[nxt] == clauses[i] and norms[nxt] in _NOT_ONLY:
            k = nxt
            while k < count and clauses[k] == clauses[i] and neg_credit[k]:
                neg_credit[k] = False
                k += 1


# A sentence that only judges the one before false ("Summary: 4 of 4 compliant, 100%. Not right.").
_DENIALS = frozenset(
    tuple(word_key(word) for word in phrase.split())
    for phrase in ("not right", "not true", "not so", "not correct", "not accurate", "wrong", "incorrect")
)
_DENIAL_LASTS = frozenset(denial[-1] for denial in _DENIALS)


def _denied_sentences(analysed: AnalysedText) -> None:
    """A sentence judged false by the one after it, which says only that ("Summary: 4 of 4 compliant, 100%.
    Not right."), is no claim of the writer's, for red flags and contradictions (engine 1.138.0, a good
    answer of the hundred-and-forty-sixth set: a diary entry). Not a question's answer ("Is it DNS?
    Wrong.")."""
    keys, clauses = analysed.keys, analysed.clauses
    count = len(keys)
    for last_key in _DENIAL_LASTS.intersection(analysed.key_set):
        for last in analysed.index[last_key]:
            if last + 1 < count and clauses[last + 1] == clauses[last]:
                continue  # the clause goes on: no verdict alone
            first = bisect_left(clauses, clauses[last], hi=last)
            if first == 0 or tuple(keys[first : last + 1]) not in _DENIALS:
                continue
            if clauses[first - 1] in analysed.questions:
                continue
            for k in range(bisect_left(clauses, clauses[first - 1], hi=first), first):
                analysed.neg_flag[k] = True


def _set_aside(analysed: AnalysedText, spans: list[tuple[int, int]]) -> None:
    """The words whose start lies in one of the character spans are no act or finding of the writer's, for
    credit and flags; their scorn is the writer's still (a risk judged negligible, "Risk: a user actually
    spotted one - mark the calendar | ... | Impact: none"; a scenario turned down, `_dismissed_scenarios`)."""
    starts = analysed.starts
    for low, high in spans:
        for k in range(bisect_left(starts, low), bisect_left(starts, high)):
            analysed.neg_credit[k] = analysed.neg_flag[k] = True


# A "Given / When / Then" scenario: its lines open with one of these words.
_SCENARIO_LINE = re.compile(r"[ \t*_>\-]*(given|when|then|and|but)\b", re.IGNORECASE)
_SCENARIO_THEN = re.compile(r"(?:^|\n)[ \t*_>\-]*then\b", re.IGNORECASE)
# A "Then" that turns down what the scenario names, with nothing after the refusal ("Then it only delays
# things, so I don't.", "Then that's a red herring -- ...", "Then it's not worth it", "so it stays out too").
_BARE_REFUSAL = re.compile(
    r"\bso[ \t]+(?:i|we)[ \t]+(?:don't|won't|do[ \t]+not|will[ \t]+not|skip[ \t]+it|leave[ \t]+it[ \t]+out)"
    r"[ \t]*(?:either|too)?[ \t]*[.!]?[ \t]*$"
    r"|\b(?:stays?|left|leave[ \t]+it)[ \t]+out(?:[ \t]+too)?[ \t]*[.!]?[ \t]*$"
    r"|\b(?:it's|that's|it[ \t]+is|that[ \t]+is)[ \t]+"
    r"(?:a[ \t]+red[ \t]+herring|not[ \t]+worth[ \t]+it|irrelevant)"
    r"|\bmeans[ \t]+nothing\b|\bisn't[ \t]+my[ \t]+(?:problem|job)\b",
    re.IGNORECASE,
)
# A "When" that only looks at what the "Given" names, or points back at it ("When I look at it", "When I
# consider them", "When I think about offering it"): what it turns down is the "Given" too.
_WHEN_POINTING = re.compile(
    r"[ \t*_>\-]*when[ \t]+(?:i|we)[ \t]+(?:look[ \t]+at|see|read|consider|notice|spot)\b"
    r"|.*\b(?:it|them|that|this|those|these)[ \t]*[.!]?[ \t]*$",
    re.IGNORECASE,
)


def _dismissed_scenarios(analysed: AnalysedText) -> None:
    """A "Given / When / Then" scenario whose "Then" turns down what it names (`_BARE_REFUSAL`): the act of
    its "When" is not taken, and when the "When" only looks at or points back at the "Given"
    (`_WHEN_POINTING`), what the "Given" names is set aside too, for credit and flags; its scorn is the
    writer's still. "Given the sender domain is rnicrosoft-365.com\nWhen I look at it\nThen that's a red
    herring" finds no look-alike domain (engine 1.133.0, the rejecting answers of the hundred-and-forty-first
    set)."""
    text = analysed.text.replace("\u2019", "'")
    parts: dict[str, list[tuple[int, int]]] = {"given": [], "when": [], "then": []}
    part = ""
    offset = 0
    for line in text.split("\n"):
        opening = _SCENARIO_LINE.match(line)
        word = opening.group(1).lower() if opening is not None else ""
        if word == "given" or (word == "when" and part == "then") or not word:
            if part == "then":
                _dismiss_scenario(analysed, parts, text)
            parts = {"given": [], "when": [], "then": []}
            part = ""
        if word in ("given", "when", "then"):
            part = word
        if part and word:
            parts[part].append((offset, offset + len(line)))
        offset += len(line) + 1
    if part == "then":
        _dismiss_scenario(analysed, parts, text)


def _dismiss_scenario(analysed: AnalysedText, parts: dict[str, list[tuple[int, int]]], text: str) -> None:
    if not any(_BARE_REFUSAL.search(text, low, high) for low, high in parts["then"]):
        return
    spans = list(parts["when"])
    if any(_WHEN_POINTING.match(text, low, high) for low, high in parts["when"]):
        spans += parts["given"]
    _set_aside(analysed, spans)


def _impacts(line: str, start: int) -> list[tuple[int, int]]:
    """The characters of each impact field of a risk's line after `start` (`_IMPACT_FIELD`)."""
    return [field.span(1) for field in _IMPACT_FIELD.finditer(line, start)]


def _sentence_stop(text: str, low: int, high: int) -> int:
    """Where the first sentence of the characters [low, high) of an item ends, after its list marker, or its
    first field ("Risk: ... | Likelihood: ... | Mitigation: ...": the risk is the first field alone; engine
    1.131.0, the hundred-and-fortieth set: a risk register)."""
    marker = _ITEM_MARKER.match(text, low, high)
    begin = marker.end() if marker is not None else low
    return _first_field_end(text, begin, min(high, _sentence_end(text, begin)))


def _negate_items(analysed: AnalysedText, spans: list[tuple[int, int]]) -> None:
    starts, ends, text = analysed.starts, analysed.ends, analysed.text
    norms, clauses, soft = analysed.norms, analysed.clauses, analysed.soft
    count = len(starts)
    for low, high in spans:
        i = bisect_left(starts, low)
        first = i
        while i < count and starts[i] < high:
            if i > first and (
                clauses[i] != clauses[i - 1]
                or (norms[i] in TERMINATORS and not analysed.cues[i])
                or _ITEM_BREAKS.search(text, ends[i - 1], starts[i]) is not None
                or (soft[i] and _starts_predicate(analysed, i))
            ):
                break
            analysed.neg_credit[i] = analysed.neg_flag[i] = True
            i += 1


def _quoted_lines(analysed: AnalysedText) -> None:
    """The words of a line quoted as in an email reply ("> Summary: Compliant 4 of 4 devices (100%)") are
    someone else's: no red flag, contradiction or sign of tone reads them as the candidate's own (engine
    1.29.0, the fortieth set). Credit still does: quoting the detail points at it."""
    text = analysed.text
    spans: list[tuple[int, int]] = []
    line_start = 0
    lead = ""  # the last line with words before the quoted block
    own = False  # the block is the writer's own draft (`_OWN_DRAFT_LEAD`, `_OWN_DRAFT_OPENING`)
    quoting = False
    for line in text.split("\n"):
        if line.lstrip(" \t").startswith(">"):
            if not quoting:
                own = _OWN_DRAFT_LEAD.match(lead) is not None and _THEIR_DRAFT.search(lead) is None
                own = own or _OWN_DRAFT_OPENING.match(line) is not None
                quoting = True
            if not own:
                spans.append((line_start, line_start + len(line)))
        else:
            quoting = False
            if line.strip():
                lead = line
        line_start += len(line) + 1
    _theirs(analysed, spans)


# A quoted block that is the writer's own message: after a line that introduces it ("- [x] draft:", "Reply to
# Kevin:", "My email:"), or opening with a greeting or a subject line ("> Hi Maria,", "> Subject: ...").
# Not after another's ("Dana's email:", "The user's message:"). Engine 1.135.0, the hundred-and-forty-third
# set: a to-do checklist, each message quoted under "- [x] draft:".
_OWN_DRAFT_LEAD = re.compile(
    r"[\s\-+*\[\]xX]*(?:[\w'\u2019]+[ \t]+){0,2}"
    r"(?:draft|message|email|e-mail|reply|notice|note|post|guide|announcement|instructions|letter|wording)\b"
    r"[^\n]*:[\s*_]*$",
    re.IGNORECASE,
)
_THEIR_DRAFT = re.compile(r"['\u2019]s\b|\b(?:his|her|their|user|says|said|wrote|sent)\b", re.IGNORECASE)
_OWN_DRAFT_OPENING = re.compile(
    r"[ \t]*>[ \t]*[*_]*(?:(?:hi|hello|dear|hey)\b[^\n]{0,40},[ \t*_]*$|subject[ \t*_]*:)", re.IGNORECASE
)


def _theirs(analysed: AnalysedText, spans: list[tuple[int, int]]) -> None:
    """The words whose start lies in one of the character spans are someone else's, for red flags and the
    "tone" reading (`_quoted_lines`, `_others_lines`)."""
    starts = analysed.starts
    for low, high in spans:
        for k in range(bisect_left(starts, low), bisect_left(starts, high)):
            analysed.neg_flag[k] = analysed.neg_scope[k] = True


# A line of a chat transcript and its speaker ("Kevin: Wow, I didn't spot that."), for `_others_lines`.
_SPEAKER_LINE = re.compile(r"^[ \t*_]*([A-Za-z][A-Za-z'-]{0,20})[ \t*_]*:", re.MULTILINE)
# Labels that open a line but name no speaker ("Afterwards:", "Subject:", "Plan:").
_NO_SPEAKERS = frozenset(word.lower() for word in lexicon.NOT_SPEAKERS)


def _others_lines(analysed: AnalysedText) -> None:
    """In a chat transcript where the candidate speaks as "Me:" (two lines or more), the lines of the other
    speakers are theirs: no red flag, contradiction or sign of tone reads them as the candidate's own
    ("Kevin: Wow, I didn't spot that."; engine 1.130.0, a good answer of the hundred-and-thirty-ninth set: a
    support chat). Credit still does, as for a quoted line: the case's words point at what they name."""
    text = analysed.text
    lines = [(found.start(), found.group(1).lower()) for found in _SPEAKER_LINE.finditer(text)]
    if sum(1 for _, speaker in lines if speaker == "me") < 2:
        return
    # A speaker speaks twice or more, or opens the transcript: "Tip:" once in a message is no speaker.
    counts: dict[str, int] = {}
    for _, speaker in lines:
        counts[speaker] = counts.get(speaker, 0) + 1
    opener = lines[0][1] if not text[: lines[0][0]].strip() else ""
    spans: list[tuple[int, int]] = []
    for at, speaker in lines:
        if speaker == "me" or speaker in _NO_SPEAKERS or (counts[speaker] < 2 and speaker != opener):
            continue
        end = text.find("\n", at)
        spans.append((at, len(text) if end < 0 else end))
    _theirs(analysed, spans)


def _waving_end(analysed: AnalysedText, i: int) -> int:
    """The index after a predicate of `lexicon.WAIVING_PHRASES` that starts at token i, within its segment,
    or -1."""
    norms, clause = analysed.norms, analysed.clauses[i]
    for words in _WAIVING.get(analysed.keys[i], ()):
        end = i + len(words)
        if all(_in_segment(analysed, k, clause) for k in range(i + 1, end)) and tuple(norms[i:end]) == words:
            return end
    return -1


def _predicate_start(keys: list[str], i: int, n: int) -> int:
    """Where a predicate that waves its subject off starts at token i ("irrelevant", "red herring", "beside
    the point"), or -1 when token i starts none. Those of `lexicon.WAIVING_PHRASES` ("non-issue", "can be
    discounted") are `_waving_end`'s."""
    key = keys[i]
    if key in _W_PREDICATES:
        return i
    if key == _W_HERRING:
        return i - 1 if i > 0 and keys[i - 1] == _W_RED else -1
    if key == _W_BESIDE:
        return i if i + 1 < n and keys[i + 1] == _W_POINT else -1
    openers = _W_OUTSIDE.get(key)
    if openers is not None:  # "out of scope", "not in our purview"
        return next((k for k in range(i - 1, max(i - 4, -1), -1) if keys[k] in openers), -1)
    return -1


_SKIPPING_SUBJECTS = frozenset(lexicon.SKIPPING_SUBJECTS)


def _skips_what_came_before(analysed: AnalysedText, start: int, i: int, clause: int) -> bool:
    """Whether the waiving verb at token i, in the segment that starts at `start`, is the writer's or the
    reader's own ("I'll skip that", "so skip it", not "the banner ignores it") and is followed by a pronoun
    alone that stands for what came before, not as a label ("Ignore it: no.")."""
    norms = analysed.norms
    if any(norms[k] not in _SKIPPING_SUBJECTS for k in range(start, i)):
        return False
    if not _stands_for_before(analysed, i + 1, clause):
        return False
    last = i + 1
    while _in_segment(analysed, last + 1, clause):
        last += 1
    return not analysed.text[analysed.ends[last] :].lstrip(" \t").startswith(":")


def _drops_what_came_before(analysed: AnalysedText, i: int, clause: int) -> bool:
    """Whether "drop" at token i has a pronoun alone after it, and at most one word for what it stands for,
    to the end of its segment ("I'd drop that.", "I'd drop that angle, it's noise.")."""
    keys = analysed.keys
    if not (_in_segment(analysed, i + 1, clause) and keys[i + 1] in _W_DROP_PRONOUNS):
        return False
    if not _in_segment(analysed, i + 2, clause):
        return True
    return keys[i + 2] in _W_DROP_NOUNS and not _in_segment(analysed, i + 3, clause)


def _waived(analysed: AnalysedText) -> None:
    """Credit for what an answer waves off in other words than "not" is withdrawn (`lexicon.WAIVING_VERBS`
    and the lists after it): what the reader is told to skip, ignore or forget doing, to the end of its
    segment ("Skip Win+P, ..."), and the subject of a predicate that calls it beside the point, from the
    start of its segment ("The input source is irrelevant"). Not where the word is itself negated ("don't
    skip the identity check"), asked or conditional, nor for a pronoun subject ("it's irrelevant whether
    ...")."""
    positions = positions_of(analysed, _W_TRIGGERS)
    if not positions:
        return
    keys, norms, clauses, neg_credit = analysed.keys, analysed.norms, analysed.clauses, analysed.neg_credit
    for i in positions:
        clause = clauses[i]
        key = keys[i]
        # "not in our purview" negates its own words: read from where the predicate opens.
        if (neg_credit[i] and key not in _W_OUTSIDE) or clause in analysed.questions:
            continue
        start = analysed.segment_start(i)
        if _conditional(keys, start, i):
            continue
        follows = _in_segment(analysed, i + 1, clause)
        if key == _W_PASS:
            # "hard pass on reporting it" waives what follows "on" (not "pass the ticket on", nor "pass on
            # the message": only after "hard").
            if not (i and keys[i - 1] == _W_HARD and follows and keys[i + 1] == _ON):
                continue
            i += 1
            follows = _in_segment(analysed, i + 1, clause)
        if key == _W_DROP and not _drops_what_came_before(analysed, i, clause):
            continue
        if (
            key in _W_VERBS
            or key in (_W_PASS, _W_DROP)
            or (key == _W_FORGET and follows and (keys[i + 1] == _W_ABOUT or norms[i + 1].endswith("ing")))
        ):
            if not follows or keys[i + 1] == _TO:
                continue  # "skip to step 4"
            if key != _W_PASS and _skips_what_came_before(analysed, start, i, clause):
                # "Check his account in the admin centre. I'll skip that.": a pronoun alone stands for what
                # comes before it in its sentence, or for the sentence before (engine 1.53.0).
                stands_for = _pronoun_stands_for(analysed, _clause_start(clauses, i), start, True)
                for k in stands_for or ():
                    neg_credit[k] = True
            k = i + 1
            while _in_segment(analysed, k, clause) and keys[k] not in _W_ENDS:
                neg_credit[k] = True
                k += 1
            continue
        if key in _W_PHRASE_KEYS and _waving_end(analysed, i) > 0:
            begin = i  # "can be discounted", "a non-starter", "neither here nor there"
        else:
            begin = _predicate_start(keys, i, len(keys))
        _wave_off_subject(analysed, start, begin)


def _wave_off_subject(analysed: AnalysedText, start: int, begin: int) -> None:
    """Withdraw credit from the subject of a predicate that waves it off: the words from `start` (the
    segment's first) to `begin` (the predicate's), unless there are none, the subject is a pronoun, or the
    predicate is itself denied ("... stale, which isn't something that fixes itself")."""
    if begin <= start or analysed.keys[start] in _D_ANAPHORS:
        return
    if any(analysed.cues[k] for k in range(start, begin)):
        return
    for k in range(start, begin):
        analysed.neg_credit[k] = True


_SO_KEYS = _keys(lexicon.CONSEQUENCE_OPENERS)
_SO_FILLERS = frozenset(lexicon.CONSEQUENCE_FILLERS)
_SO_VERDICTS: dict[str, list[tuple[str, ...]]] = {}  # by their first word, longest first
for _words in sorted((tuple(words.split()) for words in lexicon.CONSEQUENCE_VERDICTS), key=len, reverse=True):
    _SO_VERDICTS.setdefault(_words[0], []).append(_words)
_SO_WASTE_VERBS = frozenset(lexicon.CONSEQUENCE_WASTE_VERBS)
_SO_WASTED = frozenset(lexicon.CONSEQUENCE_WASTED)
_SO_TAILS = frozenset(lexicon.CONSEQUENCE_TAILS)
_NOT_NORM = "not"


def _so_verdict_end(analysed: AnalysedText, j: int, clause: int) -> int:
    """The index after a verdict that starts at token j and waves off what came before (`lexicon.
    CONSEQUENCE_VERDICTS`, or time not to be wasted), its tail words included; or -1."""
    norms, clauses = analysed.norms, analysed.clauses
    n = len(norms)
    end = -1
    if j >= n:
        return -1
    # The longest that is there: "no need to check", not "no need".
    for words in _SO_VERDICTS.get(norms[j], ()):
        k = j + len(words)
        if k <= n and all(clauses[m] == clause for m in range(j, k)) and tuple(norms[j:k]) == words:
            end = k
            break
    if end < 0 and j + 2 < n and norms[j] == _NOT_NORM and norms[j + 1] in _SO_WASTE_VERBS:
        for k in range(j + 2, min(j + 5, n)):
            if clauses[k] != clause:
                break
            if norms[k] in _SO_WASTED:
                end = k + 1
                break
    if end < 0:
        return -1
    while end < n and clauses[end] == clause and norms[end] in _SO_TAILS:
        end += 1
    return end


_RESOLVING_WAYS = [tuple(way.split()) for way in lexicon.SELF_RESOLVING_WAYS]
_RESOLVING_VERBS = frozenset(tuple(verb.split()) for verb in lexicon.SELF_RESOLVING_VERBS)
_RESOLVING_LAST_NORMS = frozenset(way[-1] for way in _RESOLVING_WAYS)
_RESOLVING_LAST_KEYS = frozenset(word_key(norm) for norm in _RESOLVING_LAST_NORMS)


def _resolving_lasts(analysed: AnalysedText) -> list[int]:
    """Where the answer holds "itself", "themselves" or "own": by their keys, then their words ("themselves"
    shares its key with every person pronoun)."""
    norms, index = analysed.norms, analysed.index
    return sorted(
        position
        for key in _RESOLVING_LAST_KEYS & analysed.key_set
        for position in index[key]
        if norms[position] in _RESOLVING_LAST_NORMS
    )


def _self_resolving(analysed: AnalysedText, lasts: list[int]) -> None:
    """Credit for a thing said to put itself right is withdrawn (`lexicon.SELF_RESOLVING_VERBS`): "The
    'account locked' message on the portal will clear itself after 30 minutes", "Lockouts usually time out on
    their own": its subject, from the start of its segment, as "irrelevant" waves its subject off (engine
    1.53.0). Read from the rare last word ("itself", "own") back to the verb. Not for a pronoun subject, nor
    where the predicate is denied, asked or a condition ("which isn't something that fixes itself", "I
    wouldn't wait for it to clear itself")."""
    norms, keys = analysed.norms, analysed.keys
    for last in lasts:
        clause = analysed.clauses[last]
        for way in _RESOLVING_WAYS:
            way_start = last - len(way) + 1
            if way_start < 1 or tuple(norms[way_start : last + 1]) != way:
                continue
            for size in (1, 2):
                verb = way_start - size
                if verb < 0 or tuple(norms[verb:way_start]) not in _RESOLVING_VERBS:
                    continue
                start = analysed.segment_start(verb)
                if (
                    analysed.clauses[verb] != clause
                    or clause in analysed.questions
                    or analysed.neg_credit[verb]
                    or _conditional(keys, start, verb)
                ):
                    continue
                _wave_off_subject(analysed, start, verb)
            break


_LIKE = word_key("like")
_COMPARED = frozenset(lexicon.COMPARISON_OPENERS)
_SEEMING = frozenset(lexicon.COMPARISON_NOT_AFTER)


def _comparisons(analysed: AnalysedText) -> None:
    """What an answer likens something to is not what it says to do or what it finds: "you confirm it's
    really you with your phone, like your bank texting a code" recommends no text message. From "like" and
    one of `lexicon.COMPARISON_OPENERS` to the end of its segment, red flags and contradictions read nothing
    (engine 1.53.0, the sixty-fifth set). Not after a verb of seeming ("it looks like a DNS problem" says it
    is one), nor "like to" ("I'd like to turn off MFA")."""
    norms, neg_flag = analysed.norms, analysed.neg_flag
    for i in analysed.index[_LIKE]:
        if i + 1 >= len(norms) or norms[i + 1] not in _COMPARED or (i and norms[i - 1] in _SEEMING):
            continue
        clause = analysed.clauses[i]
        k = i + 1
        while _in_segment(analysed, k, clause):
            neg_flag[k] = True
            k += 1


def _waved_off_after_so(analysed: AnalysedText) -> None:
    """Credit for what a sentence waves off in its own consequence is withdrawn: "Testing Outlook on the web
    would only tell us what we already know, so there's no need.", "Clearing Credential Manager rarely fixes
    this kind of problem, so I wouldn't spend time on it." A bare verdict of `lexicon.CONSEQUENCE_VERDICTS`
    after "so" (a few filler words between, nothing after it in its sentence) speaks of the words before
    "so" in its sentence (engine 1.53.0, the sixty-fourth set). Not in a question or a condition ("If the
    web sign-in works, so much the better"), nor when the verdict goes on ("so no need to reset it": the
    reset is what is waved off, as a negation reads it)."""
    keys, norms, clauses = analysed.keys, analysed.norms, analysed.clauses
    for i in positions_of(analysed, _SO_KEYS):
        clause = clauses[i]
        clause_start = _clause_start(clauses, i)
        if i == clause_start or clause in analysed.questions or _conditional(keys, clause_start, i):
            continue
        j = i + 1
        while j < len(norms) and clauses[j] == clause and norms[j] in _SO_FILLERS:
            j += 1
        end = _so_verdict_end(analysed, j, clause)
        if end < 0 or (end < len(keys) and clauses[end] == clause):
            continue  # no verdict, or one that goes on
        for k in range(clause_start, i):
            analysed.neg_credit[k] = True


def _distraction_end(analysed: AnalysedText, i: int) -> tuple[int, bool]:
    """The index after a phrase of `lexicon.DISTRACTIONS` that starts at token i, within its segment, and
    whether it holds its own pronoun; (-1, False) for none."""
    keys, clause = analysed.keys, analysed.clauses[i]
    for words, own_pronoun in _DISTRACTIONS.get(keys[i], ()):
        end = i + len(words)
        if all(_in_segment(analysed, k, clause) and keys[k] == words[k - i] for k in range(i + 1, end)):
            return end, own_pronoun
    return -1, False


def _stands_for_before(analysed: AnalysedText, j: int, clause: int) -> bool:
    """Whether the words from token j on, in `clause`, are a pronoun alone that stands for what came before:
    "that", "either", "any of that", "that part", "it too much", to the end of the segment."""
    keys = analysed.keys
    pronoun = False
    while _in_segment(analysed, j, clause):
        if keys[j] not in _X_PRONOUN_WORDS:
            return False
        pronoun = pronoun or keys[j] in _X_PRONOUNS
        j += 1
    return pronoun


def _distractions(analysed: AnalysedText) -> None:
    """Credit for what the reader is told not to mind is withdrawn (`lexicon.DISTRACTIONS`): after a
    negation, what follows the phrase to the end of its segment ("don't worry about the Friday deadline");
    or, for a pronoun alone, what it stands for: what comes before it in its sentence ("the bounce says
    compnay.com, but don't get distracted by that"), or the sentence before when nothing does ("... step 4
    says \\fs01. Don't worry about that."). Not in a question or a condition ("If it doesn't ask, don't
    worry about it")."""
    positions = positions_of(analysed, _DISTRACTION_FIRSTS)
    if not positions:
        return
    keys, clauses, neg_credit = analysed.keys, analysed.clauses, analysed.neg_credit
    neg_scope = analysed.neg_scope
    for i in positions:
        clause = clauses[i]
        if not neg_scope[i] or clause in analysed.questions:
            continue
        end, own_pronoun = _distraction_end(analysed, i)
        if end < 0:
            continue
        clause_start = _clause_start(clauses, i)
        if _conditional(keys, clause_start, i):
            continue
        dismissed: range
        if own_pronoun or _stands_for_before(analysed, end, clause):
            stands_for = _pronoun_stands_for(analysed, clause_start, analysed.segment_start(i), True)
            if stands_for is None:
                continue
            dismissed = stands_for
        else:
            k = end
            while _in_segment(analysed, k, clause) and keys[k] not in _W_ENDS:
                k += 1
            dismissed = range(end, k)
        for k in dismissed:
            neg_credit[k] = True


_V_HEDGES = _keys(lexicon.VERDICT_HEDGES)
_V_AFTER_NOT = _D_INTENSIFIERS | _D_ADJECTIVES  # "not really needed", "not the real cause"
_V_OPENING_TAIL = 3
_V_SUBJECT_MODAL = _keys(("i", "would", "will"))
_V_INNER_HEDGES = _keys(("probably", "maybe", "perhaps", "just", "really", "honestly", "likely"))
_V_REASONS = _keys(lexicon.VERDICT_REASONS)
_BUT = word_key("but")


def _verdict_at(analysed: AnalysedText, first: int, labelled: bool) -> bool:
    """Whether the segment from token `first` is a verdict alone (hedges before it, "really" or the like
    after a "not" inside it: "prob not really needed"; tails after it: "skip for now"). Read word by word
    while the words so far start a verdict: most segments stop at their first or second word. After a
    label (`labelled`: "Check sign-in logs: not needed for a single user"), a verdict may go on with its
    reason or scope from one of `lexicon.VERDICT_REASONS` on."""
    keys, clause = analysed.keys, analysed.clauses[first]
    words: tuple[str, ...] = ()
    complete = False
    extra = -1  # words read after an opening ("not worth chasing"); -1 before one
    j = first
    while j == first or _in_segment(analysed, j, clause):
        key = keys[j]
        j += 1
        if not words and key in _V_HEDGES and _in_segment(analysed, j, clause):
            continue
        if (
            words
            and words[-1] in _V_SUBJECT_MODAL
            and key in _V_INNER_HEDGES
            and _in_segment(analysed, j, clause)
        ):
            continue  # "I'd probably skip that", "I'd maybe not bother" (engine 1.34.0, the forty-second set)
        if _NOT in words and key in _V_AFTER_NOT:
            continue
        longer = (*words, key)
        if longer in _VERDICT_PREFIXES:
            words = longer
            complete = longer in _VERDICTS
            if longer in _VERDICT_OPENINGS:
                extra = 0
        elif complete and words in _V_INTERJECTIONS:
            return True  # "nah not my job", "hard pass its just another app": typed without a comma
        elif labelled and (complete or extra >= 0) and key in _V_REASONS:
            return True
        elif 0 <= extra < _V_OPENING_TAIL:
            extra += 1
        elif not ((complete or extra >= 0) and key in _D_TAILS):
            return False
    return complete or extra >= 0


def _labelled(analysed: AnalysedText, i: int) -> bool:
    """Whether a dash, a colon or a cross stands between token i - 1 and token i: what comes before is a
    label of what comes after ("OWA test - not needed", "DHCP failure: deprioritised"). Not the hyphen
    inside a word ("sign-in", "re-enable"). Or a square bracket opening a tag: "Asking HR to confirm [skip]"
    (engine 1.115.0, the hundred-and-twenty-fourth set: short claims tagged with a verdict)."""
    gap = analysed.text[analysed.ends[i - 1] : analysed.starts[i]]
    return (not (len(gap) == 1 and gap in _JOINERS) and not _LABEL_MARKS.isdisjoint(gap)) or _opens_tag(gap)


def _opens_tag(gap: str) -> bool:
    """Whether the text between two tokens opens a tag in square brackets: its last bracket is "[" (a
    stop word may follow it: "[the servers are aliased]")."""
    at = gap.rfind("[")
    return at >= 0 and "]" not in gap[at:]


def _closes_segment(analysed: AnalysedText, first: int) -> bool:
    """Whether the segment from token `first` runs to the end of its clause, to a comma ("Could check the
    account, nah, Windows login works": set off by commas, it answers what comes before it) or to a dash
    between spaces."""
    clause, j = analysed.clauses[first], first + 1
    while _in_segment(analysed, j, clause):
        j += 1
    if j >= len(analysed.keys) or analysed.clauses[j] != clause:
        return True
    gap = analysed.text[analysed.ends[j - 1] : analysed.starts[j]]
    # Or to a dash set off by spaces, before the verdict's reason: "but I'd probably skip that - users usually
    # check that themselves" (engine 1.34.0, the forty-second set).
    return "," in gap or (gap[:1].isspace() and not _LABEL_MARKS.isdisjoint(gap) and gap[-1:].isspace())


_V_OWN_PRONOUNS = _keys(("it", "that", "this", "them", "those", "these", "both"))
_V_STRANDED = _keys(("over", "about", "with", "on", "into"))
_I = word_key("i")


def _own_verdict(analysed: AnalysedText, v: int) -> bool:
    """Whether the verdict from token v is the candidate's own pass ("I'd skip that", "I wouldn't bother") or
    holds its own pronoun ("Skip it.", "Not worth it."): opening a sentence, it answers the sentence before
    (engine 1.34.0, the forty-second set: "... the password's probably OK; I'd skip that.")."""
    keys, clause = analysed.keys, analysed.clauses[v]
    if clause in analysed.questions:
        return False  # "Skip it? No."
    if keys[v] == _I:
        return True
    last = v
    while _in_segment(analysed, last + 1, clause):
        last += 1
    if keys[v] == _NOT and v + 2 <= last and keys[v + 1] == _WORTH:
        # "Not worth chasing.", "Not worth fussing over.": worth doing to what the sentence before says
        # (engine 1.91.0, the hundredth set); not "Not worth swapping the cable yet.", which has its own.
        return (last == v + 2 and analysed.norms[last].endswith("ing")) or keys[last] in _V_STRANDED
    return keys[last] in _V_OWN_PRONOUNS


def _option_start(analysed: AnalysedText, i: int) -> int:
    """For "i" or "first" at token i, the first token of an option that a weighing cue there opens ("I did
    consider | copying ...", "My first thought was | DNS"), or -1."""
    keys, norms, clause = analysed.keys, analysed.norms, analysed.clauses[i]
    nouns = _WEIGH_DEFAULTS.get(keys[i])
    if nouns is not None:  # "Normally I'd ...", "The proper thing would be ...", "in theory"
        if keys[i] in _WEIGH_OPENING and analysed.segment_start(i) != i and keys[i - 1] not in _WEIGH_MODALS:
            return -1  # "Normally" opens its segment, or follows "would" or "should"
        if keys[i] in _WEIGH_AFTER_OWNER and not (i > 0 and keys[i - 1] == _WEIGH_OWNER[keys[i]]):
            return -1  # "in theory", "on paper"
        before = _WEIGH_BEFORE.get(keys[i])
        b = i - 1 if i > 1 and keys[i - 1] == _HAVE else i  # "You may have heard that"
        if before is not None and not (b > 0 and keys[b - 1] in before):
            return -1  # "some people would", "You may have heard that"
        if nouns:
            return i + 2 if _in_segment(analysed, i + 1, clause) and keys[i + 1] in nouns else -1
        return i + 1 if _in_segment(analysed, i + 1, clause) else -1
    forms = _WEIGH_AFTER.get(keys[i])  # the index also holds a word's parts ("i.e" under "i")
    j = i + 1
    if forms is None or not _in_segment(analysed, j + 1, clause) or norms[j] not in forms:
        return -1
    form = norms[j]
    if keys[i] == _WEIGH_FIRST:
        return j + 1 if i > 0 and keys[i - 1] in _WEIGH_OWNERS else -1
    auxiliary = _WEIGH_AUXILIARIES.get(form)
    between = analysed.text[analysed.ends[i] : analysed.starts[j]].casefold()
    if auxiliary is not None and auxiliary not in between.split():
        return -1
    if form == _WEIGH_COULD:
        return -1 if keys[j + 1] in _WEIGH_DOUBTS else j + 1  # not "I could be wrong, but ..."
    if form in _WEIGH_TO or (form == "think" and keys[j + 1] == _WEIGH_ABOUT):
        j += 1  # "going to", "tempted to" ("to" is a key), "think about"
        if form in _WEIGH_TO and keys[j] != _TO:
            return -1
    elif form == "think":
        return -1
    return j + 1 if _in_segment(analysed, j + 1, clause) else -1


def _opener_at(
    analysed: AnalysedText, first: int, clause: int, openers: tuple[tuple[str, ...], ...]
) -> tuple[str, ...] | None:
    """The first of `openers` (each a run of keys) that the answer holds from token `first` within
    `clause`, if any."""
    keys, clauses = analysed.keys, analysed.clauses
    for opener in openers:
        end = first + len(opener)
        if end <= len(keys) and clauses[end - 1] == clause and tuple(keys[first:end]) == opener:
            return opener
    return None


def _opens_with_turn(analysed: AnalysedText, first: int) -> bool:
    """Whether the clause from token `first` opens with one of `lexicon.WEIGHING_OPENERS`."""
    return _opener_at(analysed, first, analysed.clauses[first], _WEIGH_OPENERS) is not None


def _weighed_options(analysed: AnalysedText) -> None:
    """An option weighed and turned down is no act of the candidate's, for credit and red flags
    (`lexicon.WEIGHING_CUES`): from the cue to a turn later in its sentence ("I did consider copying another
    AP person's account, but ..."), or to the end of its sentence when the next opens with one ("I was
    going to change the status to breached. Thinking about it more, ..."). Signs of tone in it stay said."""
    positions = positions_of(analysed, _WEIGH_TRIGGERS)
    if not positions:
        return
    keys, clauses = analysed.keys, analysed.clauses
    for i in positions:
        start = _option_start(analysed, i)
        if start < 0:
            continue
        clause = clauses[i]
        end = start
        while end < len(keys) and clauses[end] == clause and keys[end] not in _WEIGH_TURNS:
            end += 1
        if end < len(keys) and clauses[end] == clause:
            # A turn in the sentence: the option runs to it, unless the turn keeps the act ("but only ...").
            if end + 1 < len(keys) and clauses[end + 1] == clause and keys[end + 1] in _WEIGH_KEEPS:
                continue
        elif end >= len(keys) or not _opens_with_turn(analysed, end):
            continue
        # From the cue's first word: a red flag's phrasing may take in words it skips ("I thought about adding
        # him to the local Administrators group" reads as "I ... add him to ...").
        for k in range(i - 1 if keys[i] in _WEIGH_AFTER_OWNER else i, end):
            analysed.neg_credit[k] = analysed.neg_flag[k] = True


# Options listed one to a line under a letter ("A - Add Tom to the group right away: ...", "Option B: ..."),
# then a decision that names one ("Decision: C.", "I'd go with B"): the others are turned down (engine
# 1.60.0; a right answer of a held-out set was disqualified for its option "B - Give him Modify so he can
# help properly: he only asked to look, so that's more than he needs", which its decision turned down).
_OPTION_LINE = re.compile(
    r"^[ \t]*(?:[-*\u2022][ \t]*)?(?:\*\*)?(?:option[ \t]+([a-d1-4])|([a-d]))(?:\*\*)?"
    r"[ \t]*(?:[-:).\u2013\u2014]|\*\*)[ \t]*\S[^\n]*$",
    re.MULTILINE | re.IGNORECASE,
)
# The letter ends its phrase: "Decision: C.", "I'd go with B because ...", not "choose a restart time".
_DECISION = re.compile(
    r"\b(?:decision|decided|choice|chosen|verdict|recommendation|going\s+with|go\s+with|pick(?:ing)?|"
    r"choos(?:e|ing))\b[ \t]*(?:is)?[ \t]*[:\-\u2013\u2014]?[ \t]*(?:\*\*)?(?:option[ \t]+([a-d1-4])|([a-d]))"
    r"(?:\*\*)?(?=[ \t]*(?:[.,;:!)\u2013\u2014-]|$)|[ \t]+(?:because|since|as|for)\b)",
    re.MULTILINE | re.IGNORECASE,
)


# Each word that `_DECISION` needs, as a key: without one of them in the answer there is no decision, and
# the options are not looked for (a speed choice only).
# fmt: off
_DECISION_KEYS = _keys((
    "decision", "decided", "choice", "chosen", "verdict", "recommendation", "going", "go", "pick",
    "picking", "choose", "choosing",
))
# fmt: on


def _labelled_options(analysed: AnalysedText) -> None:
    """Options listed one to a line under a letter, then a decision that names one of them: the others are
    turned down, no act of the candidate's, for credit and red flags (`_OPTION_LINE`, `_DECISION`). Signs of
    tone in them stay said."""
    if analysed.key_set.isdisjoint(_DECISION_KEYS):
        return
    text = analysed.text
    options = [
        ((match.group(1) or match.group(2)).upper(), match.start(), match.end())
        for match in _OPTION_LINE.finditer(text)
    ]
    if len(options) < 2 or len({label for label, _, _ in options}) != len(options):
        return
    last_option = options[-1][2]
    decision = next((m for m in _DECISION.finditer(text) if m.start() >= last_option), None)
    if decision is None:
        return
    chosen = (decision.group(1) or decision.group(2)).upper()
    if chosen not in {label for label, _, _ in options}:
        return
    starts = analysed.starts
    for label, start, end in options:
        if label == chosen:
            continue
        for k in range(bisect_left(starts, start), bisect_left(starts, end)):
            analysed.neg_credit[k] = analysed.neg_flag[k] = True


# A heading alone on its line that lists candidates ("Options:", "Possible causes:"), then the bullets under
# it: each is weighed, not done, unless its verdict picks it ("- Say no to admin, but help them get the
# software installed properly: yes.").
_OPTIONS_HEADING = re.compile(
    r"^[ \t#*_]*(?:options?|possible[ \t]+causes|possibilities|candidates|choices|approaches|ideas|"
    r"options[ \t]+considered|what[ \t]+i[ \t]+considered)[ \t*_]*:[ \t*_]*$",
    re.IGNORECASE | re.MULTILINE,
)
# One of these words, as a key, is in every heading `_OPTIONS_HEADING` finds (a speed choice only).
# fmt: off
_OPTIONS_HEADING_KEYS = _keys((
    "option", "options", "possible", "possibilities", "candidates", "choices", "approaches", "ideas",
    "considered",
))
# fmt: on
_BULLET = re.compile(r"[ \t]*(?:[-*\u2022]|[a-d][).]|\d+[).])[ \t]+\S[^\n]*", re.IGNORECASE)
_PICKED = re.compile(
    r"(?::|\s[-\u2013\u2014])[ \t]*(?:yes|yep|best|preferred|chosen|winner|this[ \t]+one|"
    r"go[ \t]+with[ \t]+(?:it|this)|do[ \t]+this)\b",
    re.IGNORECASE,
)


def _option_bullets(analysed: AnalysedText) -> None:
    """The bullets under a heading that lists candidates (`_OPTIONS_HEADING`) are weighed, not said, for red
    flags and contradictions, but for the one whose verdict picks it (`_PICKED`); credit stays (engine
    1.63.0, right answers of the seventy-third set: "Options: / - Customer's mailbox full or their server
    down: possible in general, but the bounce says ...", "- Just say no and close the ticket: follows
    policy but leaves them stuck.")."""
    if analysed.key_set.isdisjoint(_OPTIONS_HEADING_KEYS):
        return
    text, starts = analysed.text, analysed.starts
    for heading in _OPTIONS_HEADING.finditer(text):
        position = heading.end() + 1
        while position < len(text):
            if text[position] == "\n":
                position += 1
                continue
            bullet = _BULLET.match(text, position)
            if bullet is None:
                break
            if _PICKED.search(bullet.group()) is None:
                for k in range(bisect_left(starts, bullet.start()), bisect_left(starts, bullet.end())):
                    analysed.neg_flag[k] = True
            position = bullet.end() + 1


# Options weighed one to a line, each with its pros and cons ("- Reinstall the VPN client. Con: the expired
# certificate stays.", "Option B: ... Pro: common. Con: still needs checking."), at least two of them (engine
# 1.98.0, the hundred-and-seventh set: right answers read as saying the options they turned down). An option
# whose cons end in a refusal or a verdict that waves it off ("Con: against policy and risky - not doing
# it.", "Con: pointless here. Skip.") is turned down; and a decision after the options ("Going with the last
# one.", "Decision: reset her password and send her a temporary one.") picks the one it names by its place,
# or those it shares the most words with, and the others are weighed, not done.
_PROS_CONS_KEYS = _keys(("pro", "pros", "con", "cons", "upside", "upsides", "downside", "downsides"))
_PROS_CONS_LABEL = re.compile(r"\b(?:pros?|cons?|upsides?|downsides?)[ \t]*:", re.IGNORECASE)
_CONS_LABEL = re.compile(r"\b(?:cons?|downsides?)[ \t]*:", re.IGNORECASE)
_PROS_LABEL = re.compile(r"\b(?:pros?|upsides?)[ \t]*:", re.IGNORECASE)
_DECISION_STOP = re.compile(r"[.,;:!?\n]|\s[-\u2013\u2014]\s")
_PROS_CONS_OPTION = re.compile(
    r"^[ \t]*(?:[-*\u2022]|\d+[).]|[a-e][).]|option[ \t]+[a-e1-9][ \t]*[:.)\u2013\u2014-])[ \t]*\S[^\n]*$",
    re.MULTILINE | re.IGNORECASE,
)
_PROS_CONS_DECISION = re.compile(
    r"(?:^|(?<=[.!?])[ \t])[ \t*_]*(?:decision|verdict|going[ \t]+with|go(?:ing)?[ \t]+for|"
    r"i['\u2019]d[ \t]+go[ \t]+with)\b[ \t*_:]*(?:is[ \t]+)?",
    re.MULTILINE | re.IGNORECASE,
)
_PROS_CONS_PLACE = re.compile(
    r"(?:the[ \t]+)?(?:(first|second|third|fourth|fifth|last)\b|option[ \t]+([1-9]|[a-e]\b))", re.IGNORECASE
)
_PLACES = {"first": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4, "last": -1}
# A decision that keeps more than one ("Going with both", "Going with all of that", "Going with 1-4"), or
# one it points at ("Going with this order"): no option is picked by it.
_PROS_CONS_SEVERAL = re.compile(r"(?:both|all|this|that|these|those|\d)\b", re.IGNORECASE)


def _pros_and_cons(analysed: AnalysedText) -> None:
    """Options weighed one to a line with their pros and cons (`_PROS_CONS_OPTION`, `_PROS_CONS_LABEL`) that
    are turned down are no acts of the candidate's, for red flags all the line, for credit the option before
    its pros and cons (these are the writer's own reasons: "Con: against policy"). Signs of tone in them stay
    said. An option with cons is turned down when they end in a refusal or a verdict; when a decision after
    the options names another by its place ("Going with the last one"); else when the decision's first words
    share more with another ("Decision: it's the typo."), or when it has no pros and another has some; not
    when the decision keeps several or points at something ("both", "this order": the steps of a plan)."""
    if analysed.key_set.isdisjoint(_PROS_CONS_KEYS):
        return
    text, starts = analysed.text, analysed.starts
    options, last_line = [], 0
    for line in _PROS_CONS_OPTION.finditer(text):
        label = _PROS_CONS_LABEL.search(line.group())
        if label is not None:
            first = bisect_left(starts, line.start())
            label_at = bisect_left(starts, line.start() + label.start())
            options.append((first, label_at, bisect_left(starts, line.end())))
            last_line = line.end()
    if len(options) < 2:
        return
    cons = [_cons_of(analysed, option) for option in options]
    pros = [
        _PROS_LABEL.search(text, starts[label_at], analysed.ends[end - 1]) is not None
        for _, label_at, end in options
    ]
    turned_down = {index for index, con in enumerate(cons) if con == _CON_REFUSES}
    decision = _PROS_CONS_DECISION.search(text, last_line)
    placed = _placed_option(text, len(options), decision) if decision is not None else None
    kept = set(range(len(options)))
    if placed is not None:
        kept = {placed}
    elif decision is not None and not _PROS_CONS_SEVERAL.match(text, decision.end()):
        kept = _shared_most(analysed, options, decision)
        if any(pros):
            kept = {index for index in kept if pros[index]}
    # Not an option without cons: a step of a plan with its pros ("2. Reseat the HDMI. Pro: fast.").
    turned_down.update(index for index, con in enumerate(cons) if con != _NO_CON and index not in kept)
    for index in turned_down:
        first, label_at, end = options[index]
        for k in range(first, end):
            analysed.neg_flag[k] = True
        for k in range(first, label_at):
            analysed.neg_credit[k] = True


_NO_CON, _CON, _CON_REFUSES = 0, 1, 2


def _cons_of(analysed: AnalysedText, option: tuple[int, int, int]) -> int:
    """Whether the option has cons (after its last "Con:", not "none"), and whether a segment of them is a
    refusal of it or a verdict that waves it off (`_OPTION_REFUSALS`, `lexicon.VERDICTS_AWAY`)."""
    first, _, end = option
    keys = analysed.keys
    line_start, line_end = analysed.starts[first], analysed.ends[end - 1]
    labels = list(_CONS_LABEL.finditer(analysed.text, line_start, line_end))
    if not labels:
        return _NO_CON
    j = bisect_left(analysed.starts, labels[-1].end(), first, end)
    if j == end or tuple(keys[j:end]) in _NO_CONS:
        return _NO_CON
    k = j
    while k < end:
        segment_end = _segment_end(analysed, k, end)
        if _refuses_at(analysed, k, segment_end, labelled=k == j):
            return _CON_REFUSES
        k = segment_end
    return _CON


def _segment_end(analysed: AnalysedText, first: int, limit: int) -> int:
    """The index after the segment that opens at token `first`, at most `limit`."""
    clause, j = analysed.clauses[first], first + 1
    while j < limit and _in_segment(analysed, j, clause):
        j += 1
    return j


def _refuses_at(analysed: AnalysedText, first: int, end: int, *, labelled: bool) -> bool:
    """Whether the segment of tokens `first` to `end` is a refusal (`_OPTION_REFUSALS`) or opens with a
    verdict that waves off (`_verdict_at`)."""
    return tuple(analysed.keys[first:end]) in _OPTION_REFUSALS or _verdict_at(analysed, first, labelled)


def _placed_option(text: str, count: int, decision: re.Match[str]) -> int | None:
    """The option a decision names by its place ("the last one", "option 3"), if any."""
    place = _PROS_CONS_PLACE.match(text, decision.end())
    if place is None:
        return None
    if place.group(1):
        index = _PLACES[place.group(1).lower()]
    else:
        label = place.group(2).lower()
        index = int(label) - 1 if label.isdigit() else ord(label) - ord("a")
    return index % count if -count <= index < count else None


def _shared_most(
    analysed: AnalysedText, options: list[tuple[int, int, int]], decision: re.Match[str]
) -> set[int]:
    """The options whose words before their pros and cons the decision's first words (to a stop, a comma
    or a colon) share the most of; all of them when it shares no word with any."""
    text = analysed.text
    everything = set(range(len(options)))
    stop = _DECISION_STOP.search(text, decision.end())
    end = len(text) if stop is None else stop.start()
    first = bisect_left(analysed.starts, decision.end())
    said = set(analysed.keys[first : bisect_left(analysed.starts, end, first)]) - _DECISION_KEYS
    shared = [len(said.intersection(analysed.keys[start:label])) for start, label, _ in options]
    most = max(shared)
    return {index for index, count in enumerate(shared) if count == most} if most else everything


# A row of a table written with pipes ("| DNS problem | No | she has no valid IP at all |", "| 2 | Try
# Outlook on the web | Not needed |"): a cell after the first that opens with a cross, a refusal or a verdict
# that waves off (`_OPTION_REFUSALS`, `lexicon.VERDICTS_AWAY`) turns down the cells before it (engine 1.99.0,
# the hundred-and-eighth set: answers laid out as tables).
_TABLE_ROW = re.compile(r"^[ \t]*\|[^\n]*\|[ \t]*$", re.MULTILINE)
_CELL = re.compile(r"[^|]+")
_CROSS_MARKS = frozenset(CROSSES + "\u00d7\u2715")


def _table_rows(analysed: AnalysedText) -> None:
    """The cells of a table's row before a verdict that turns them down are no acts of the candidate's: for
    red flags all the row, for credit the cells before the verdict (the reasons after it are the writer's
    own). Signs of tone in them stay said."""
    text, starts = analysed.text, analysed.starts
    count = len(starts)
    for row in _TABLE_ROW.finditer(text):
        cells = [cell for cell in _CELL.finditer(text, row.start(), row.end()) if cell.group().strip()]
        for cell in cells[1:]:
            content = cell.group().strip()
            first = bisect_left(starts, cell.start())
            if first >= count or starts[first] >= cell.end():
                if content[:1] in _CROSS_MARKS:
                    break  # a cross alone: the verdict
                continue  # no words: a mark that keeps ("✓") or nothing
            if content[:1] in _CROSS_MARKS or _cell_refuses(analysed, first, bisect_left(starts, cell.end())):
                break
        else:
            continue
        before = bisect_left(starts, cell.start())
        row_first, row_end = bisect_left(starts, row.start()), bisect_left(starts, row.end())
        for k in range(row_first, row_end):
            analysed.neg_flag[k] = True
        for k in range(row_first, before):
            analysed.neg_credit[k] = True


def _cell_refuses(analysed: AnalysedText, first: int, end: int) -> bool:
    """Whether the first segment of a cell (tokens first to end) is a refusal or a verdict that waves off."""
    return _refuses_at(analysed, first, _segment_end(analysed, first, end), labelled=True)


# Hypotheses tested one by one ("H1: DNS problem. Test: ... Result: rejected - no IP at all.", "Hypothesis 2:
# give him Modify just in case. No - he only needs to look.", "3. H: wrong input device."): a hypothesis that
# its first verdict rejects is turned down, from its label to the end of its first sentence or to the verdict
# (engine 1.105.0, the hundred-and-fourteenth set: right answers disqualified or capped for the hypotheses
# they rejected). The first verdict decides: "Result: confirmed" keeps it.
_HYPOTHESIS = re.compile(
    r"^[ \t]*(?:[-*\u2022][ \t]*|\d+[.)][ \t]*)?(?:\*\*)?(?:h\d{0,2}|hypothesis(?:[ \t]*\d{1,2})?)(?:\*\*)?"
    r"[ \t]*[:.)\u2013\u2014-](?:\*\*)?[ \t]*(?=\S)",
    re.IGNORECASE | re.MULTILINE,
)
_HYPOTHESIS_KEPT = _keys(("confirmed", "confirm", "yes", "likely", "correct", "true", "proven", "right"))
_HYPOTHESIS_REJECTED = _keys(("rejected", "reject", "disproved", "eliminated", "excluded", "wrong"))
_HYPOTHESIS_STILL = _keys(("still", "also", "again"))


def _hypotheses(analysed: AnalysedText) -> None:
    """Each hypothesis that its first verdict rejects (`_HYPOTHESIS_REJECTED`, `_OPTION_REFUSALS`, a verdict
    that waves off, "Still no") is no claim or act of the candidate's, for credit and red flags; the reasons
    after the verdict stay said."""
    text, starts = analysed.text, analysed.starts
    keys, clauses = analysed.keys, analysed.clauses
    count = len(keys)
    for label in _HYPOTHESIS.finditer(text):
        line_end = text.find("\n", label.end())
        first = bisect_left(starts, label.end())
        end = bisect_left(starts, len(text) if line_end < 0 else line_end, first)
        if first >= end:
            continue
        x_end = first
        while x_end < end and clauses[x_end] == clauses[first]:
            x_end += 1
        rejected = False
        k = _segment_end(analysed, first, count)
        while k < end:
            segment_end = _segment_end(analysed, k, count)
            key = keys[k]
            if key in _HYPOTHESIS_KEPT:
                break
            if (
                key in _HYPOTHESIS_REJECTED
                or (key in _HYPOTHESIS_STILL and k + 1 < count and keys[k + 1] == _NO)
                or _refuses_at(analysed, k, segment_end, labelled=True)
            ):
                rejected = True
                x_end = min(x_end, k)
                break
            k = segment_end
        if rejected:
            for j in range(first, x_end):
                analysed.neg_credit[j] = analysed.neg_flag[j] = True


# Text struck through in markdown ("~~reinstall Office~~ - wouldn't touch a cached credential"): an option
# the writer has dropped, no claim or act of theirs for credit and red flags (engine 1.106.0, the
# hundred-and-fifteenth set: four right answers disqualified for what they struck out). Signs of tone in it
# stay said. Within a line only.
_STRUCK = re.compile(r"~~(?=\S)([^~\n]+?)~~")


def _struck(analysed: AnalysedText) -> None:
    """Struck-through text is not said (`_STRUCK`). What opens with "just" or "only" is struck as not enough,
    not as wrong: for credit it is said, and more, as after "not just" (`_not_only`; "- [ ] ~~just tell him
    to delete it~~ -- not enough", engine 1.135.0, the hundred-and-forty-third set: a to-do checklist)."""
    starts, norms = analysed.starts, analysed.norms
    for struck in _STRUCK.finditer(analysed.text):
        first, end = bisect_left(starts, struck.start(1)), bisect_left(starts, struck.end(1))
        alone = first < end and norms[first] in _ALONE_STRUCK
        for k in range(first, end):
            analysed.neg_flag[k] = True
            # Struck as not enough, its verdict says so too ("-- not enough"): no refusal, for credit.
            analysed.neg_credit[k] = not alone


_ALONE_STRUCK = _NOT_ONLY | {"only"}

# A cross mark before what it crosses out, at the start of a segment ("(✗ Modify)", "✗ Google Authenticator,
# ✗ text codes", "✗ take user's word on 'latest'"), up to the segment's end; not a cross before a label, which
# marks what is wrong with it ("❌ LT-103: not compliant").
_CROSSED = re.compile(
    rf"(?:^|(?<=[\s(\[,;:{_ARROWS}]))[{CROSSES}][ \t]*(?=[\"'\u201c\u2018]?\w)", re.MULTILINE
)


def _crossed(analysed: AnalysedText) -> None:
    """What a cross mark opens is not done or not so, for credit, flags and signs of tone, to the end of its
    segment (`_CROSSED`; engine 1.137.0, the hundred-and-forty-fifth set: a whiteboard sketch, "add Tom to
    FIN-Finance-Read (✗ Modify)", "✗ user error → size threshold")."""
    text, starts, ends = analysed.text, analysed.starts, analysed.ends
    soft, clauses = analysed.soft, analysed.clauses
    count = len(starts)
    for cross in _CROSSED.finditer(text):
        first = bisect_left(starts, cross.end())
        if first >= count or analysed.cues[first]:
            continue  # "❌ Don't assume the manager's date wins": the line's own negation says it
        last = first
        while last + 1 < count and clauses[last + 1] == clauses[first] and not soft[last + 1]:
            last += 1
        if ":" in text[ends[last] : starts[last + 1] if last + 1 < count else len(text)]:
            continue  # a label: "❌ LT-103: not compliant"
        for k in range(first, last + 1):
            analysed.neg_credit[k] = analysed.neg_flag[k] = analysed.neg_scope[k] = True


# Someone else's draft quoted, to be reviewed ("Nora's draft: "Add Tom to FIN-Finance-Modify so he can help
# with the budget."", "Zara's draft reply: ...", "Sasha's review: ..."): a name or a person's word with "'s",
# up to two words, a word for what they wrote (not "email" or "message": "Mark's email: it says ..." is the
# scenario's), up to four words, a colon, then a quotation in double quotes (to its closing mark) or
# the rest of the line. Not "it's", "that's", "here's", ...: those are no one's (`_NO_ONES`). Each pattern
# begins at the apostrophe, which the regular expression engine finds fast; the owner's word before it is
# read in `_owner`.
_DRAFT = re.compile(
    r"['\u2019](?<=\w['\u2019])s(?:[ \t]+\w+){0,2}?[ \t]+"
    r"(?:draft|plan|suggestion|proposal|idea|reply|version|wording|approach|fix|review|take|steps|checklist)\b"
    r"(?:[ \t]+[\w@.-]+){0,4}[ \t]*:[ \t]*",
    re.IGNORECASE,
)
_NO_ONES = frozenset(
    ("it", "that", "what", "here", "there", "let", "who", "he", "she", "where", "this", "everyone", "one")
)
_WORD_BEFORE = re.compile(r"\w+$")
# Double quotes only: a single one may be an apostrophe ("I'll"), and curly or straight they read the same.
_CLOSING = {'"': '"', "\u201c": "\u201d"}
# The writer keeps the draft when the sentence after it opens with one of these and turns nothing down:
# "Nora's draft: ... Fine, that's what I'd do." makes it the writer's plan.
_KEPT_DRAFT = re.compile(
    r"[\W_]*(?:yes|yep|fine|good|agreed?|correct|right|spot[ \t]+on|keep[ \t]+it|ok|okay|sound|sensible|"
    r"that[ \t]+works|looks[ \t]+(?:good|fine|right))\b[^.!?\n]*",
    re.IGNORECASE,
)
_TURNED_DOWN = re.compile(r"\b(?:but|however|not|no|never|except)\b|n['\u2019]t\b", re.IGNORECASE)


# The same draft described in a sentence of its own: "Eve's draft mentions the old driver, the new one from
# the manufacturer, the Print Spooler restart ...", to the end of that sentence; and someone else's first
# step so told: "Adam's first step is 'restart the room laptop'." (engine 1.64.0). The owner's word opens its
# sentence (`_opens_sentence`).
_DRAFT_DESCRIBED = re.compile(
    r"['\u2019](?<=\w['\u2019])s(?:"
    r"(?:[ \t]+\w+)?[ \t]+(?:draft|plan|suggestion|proposal|version|wording|approach)(?:[ \t]+\w+)?[ \t]+"
    r"(?!is\b|was\b|looks\b|seems\b)[a-z]+s\b|[ \t]+first[ \t]+(?:step|move|idea)\b)[^.!?\n]*",
    re.IGNORECASE,
)
# Someone else's first step told with a verb of wanting: "Finn wants to start by rebooting the CEO's laptop".
_OTHERS_FIRST_STEP = re.compile(
    r"(?:^[ \t]*|(?<=[.!?])[ \t]+)(?P<body>(?!(?:i|we|you)\b)\w+"
    r"[ \t]+(?:wants|would[ \t]+like|plans|suggests|proposes|is[ \t]+going)(?:[ \t]+to)?[ \t]+"
    r"(?:start|begin|kick[ \t]+off)\w*\b[^.!?\n]*)",
    re.IGNORECASE | re.MULTILINE,
)
# One of these words, as a key, is in every match of `_DRAFT` and of `_DRAFT_DESCRIBED` (a speed choice only:
# most answers hold none, and are not searched).
# fmt: off
_DRAFT_KEYS = _keys((
    "draft", "plan", "suggestion", "proposal", "idea", "reply", "version", "wording", "approach", "fix",
    "review", "take", "steps", "checklist",
))
# fmt: on
_DRAFT_DESCRIBED_KEYS = _keys(
    ("draft", "plan", "suggestion", "proposal", "version", "wording", "approach", "first")
)
# Someone else's suggestion told: "Your suggestion was to add Tom to FIN-Finance-Modify straight away",
# "You suggested adding Tom now and telling Ruth afterwards" (engine 1.96.0, the hundred-and-fifth set: a
# review of a colleague's proposal), to the end of its sentence: no act of the writer's for red flags and
# contradictions.
_SUGGESTION = re.compile(
    r"\b(?:(?:your|their|his|her)[ \t]+(?:suggestion|proposal|idea|plan)[ \t]+(?:was|is)[ \t]+to[ \t]+"
    r"|you[ \t]+(?:suggested|proposed|wanted[ \t]+to)[ \t]+(?:that[ \t]+)?)(?P<body>[^.!?\n]*)",
    re.IGNORECASE,
)
_SUGGESTION_KEYS = _keys(("suggestion", "proposal", "idea", "plan", "suggested", "proposed", "wanted"))
_STARTING = _keys(("start", "begin", "kick"))
_WANTING = _keys(("wants", "like", "plans", "suggests", "proposes", "going"))


def _owner(text: str, apostrophe: int) -> int:
    """Where the owner's word before the apostrophe at `apostrophe` starts, or -1 when it is no one's
    ("it's", "that's")."""
    word = _WORD_BEFORE.search(text, 0, apostrophe)
    if word is None or word.group().lower() in _NO_ONES:
        return -1
    return word.start()


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the word at `start` opens its line, or its sentence after a full stop, "!" or "?" and a
    space."""
    before = text[:start]
    stripped = before.rstrip(" \t")
    if not stripped or stripped.endswith("\n"):
        return True
    return stripped.endswith((".", "!", "?")) and len(stripped) < len(before)


def _others_drafts(analysed: AnalysedText) -> None:
    """What someone else drafted, quoted to be reviewed, is no act of the writer's, for red flags,
    contradictions and credit (`_DRAFT`; engine 1.62.0: three right answers of a held-out set were
    disqualified for the colleague's draft they quoted and then turned down; engine 1.64.0: credit too, as a
    draft's steps came before the writer's own), unless the sentence after it keeps it."""
    text = analysed.text
    keys = analysed.key_set
    if ("'" in text or "\u2019" in text) and not keys.isdisjoint(_DRAFT_KEYS):
        for draft in _DRAFT.finditer(text):
            if _owner(text, draft.start()) < 0:
                continue
            start = draft.end()
            if start >= len(text):
                continue
            closing = _CLOSING.get(text[start])
            if closing is not None:
                end = text.find(closing, start + 1)
                if end < 0:
                    continue
            else:
                end = text.find("\n", start)
                end = len(text) if end < 0 else end
            _not_the_writers(analysed, start, end, end + (closing is not None))
    if ("'" in text or "\u2019" in text) and not keys.isdisjoint(_DRAFT_DESCRIBED_KEYS):
        for described in _DRAFT_DESCRIBED.finditer(text):
            owner = _owner(text, described.start())
            if owner >= 0 and _opens_sentence(text, owner):
                _not_the_writers(analysed, owner, described.end(), described.end() + 1)
    if not keys.isdisjoint(_SUGGESTION_KEYS):
        for suggested in _SUGGESTION.finditer(text):
            # For red flags and contradictions only: a review keeps parts of what it reviews ("Agree we do
            # it through the AD group") as often as it turns them down.
            _not_the_writers(
                analysed, suggested.start("body"), suggested.end(), suggested.end() + 1, credit=False
            )
    if not keys.isdisjoint(_STARTING) and not keys.isdisjoint(_WANTING):
        for told in _OTHERS_FIRST_STEP.finditer(text):
            _not_the_writers(analysed, told.start("body"), told.end(), told.end() + 1)


def kept_after(text: str, after: int) -> bool:
    """Whether the sentence from character `after` keeps what was quoted before it ("... Yes, that's
    right."; `_KEPT_DRAFT`) and turns nothing down."""
    kept = _KEPT_DRAFT.match(text, after)
    return kept is not None and _TURNED_DOWN.search(kept.group()) is None


def _not_the_writers(
    analysed: AnalysedText, start: int, end: int, after: int, *, credit: bool = True
) -> None:
    """The characters from `start` to `end` read as someone else's, for red flags and (`credit`) for credit,
    unless the sentence from `after` keeps them (`_KEPT_DRAFT`)."""
    if kept_after(analysed.text, after):
        return
    starts = analysed.starts
    for k in range(bisect_left(starts, start), bisect_left(starts, end)):
        analysed.neg_flag[k] = True
        if credit:
            analysed.neg_credit[k] = True


def _anecdote_at(analysed: AnalysedText, i: int) -> bool:
    """Whether token i makes its sentence an anecdote (`lexicon.ANECDOTE_OPENERS`, `ANECDOTE_PLACES`)."""
    keys, key = analysed.keys, analysed.keys[i]
    before = _ANECDOTE_BEFORE.get(key)
    if before is not None:
        return i > 0 and keys[i - 1] in before
    after = _ANECDOTE_AFTER.get(key)
    return after is not None and i + 1 < len(keys) and keys[i + 1] in after


def _regretted(keys: list[str], start: int, end: int) -> bool:
    """Whether keys[start:end] hold one of `lexicon.ANECDOTE_REGRETS`."""
    for k in range(start, end):
        for regret in _ANECDOTE_REGRETS:
            if k + len(regret) <= end and tuple(keys[k : k + len(regret)]) == regret:
                return True
    return False


def _anecdotes(analysed: AnalysedText) -> None:
    """A mistake told from experience and not to be made again is no act of the candidate's now, for
    credit, contradictions and red flags (`lexicon.ANECDOTE_OPENERS` and the lists after it): "Years ago I
    spent an hour reinstalling a VPN client ..., so I don't start with reinstalls any more"."""
    positions = positions_of(analysed, _ANECDOTE_TRIGGERS)
    if not positions:
        return
    keys, clauses = analysed.keys, analysed.clauses
    count, done = len(keys), -1
    for i in positions:
        if i < done or not _anecdote_at(analysed, i):
            continue
        clause = clauses[i]
        start = _clause_start(clauses, i)
        end = i + 1
        while end < count and clauses[end] == clause and keys[end] not in _WEIGH_TURNS and keys[end] != _SO:
            end += 1
        stop = end
        while stop < count and clauses[stop] <= clause + 1:
            stop += 1  # the rest of its sentence and the next one
        if not _regretted(keys, end, stop):
            continue
        for k in range(start, end):
            analysed.neg_credit[k] = analysed.neg_flag[k] = True
        done = end


def _proposals(analysed: AnalysedText) -> None:
    """A question that opens with `lexicon.PROPOSAL_OPENERS` proposes what follows: it is read as said, and
    its "not" negates nothing ("Why not mark LT-103 compliant now ...?"), unless the next sentence refuses it
    ("Because ...", "No.")."""
    keys, clauses = analysed.keys, analysed.clauses
    count = len(keys)
    proposed = set()
    for clause in analysed.questions:
        first = bisect_left(clauses, clause)  # the clause's first token
        while first < count and clauses[first] == clause and keys[first] in _TENTATIVE_LEAD_INS:
            first += 1  # "So why not ...?"
        opener = _opener_at(analysed, first, clause, _PROPOSAL_OPENERS)
        if opener is None:
            continue
        after = first
        while after < count and clauses[after] == clause:
            after += 1
        if after < count and keys[after] in _PROPOSAL_REFUSALS:
            continue  # "Why not just give him admin? Because it's against policy."
        proposed.add(clause)
        for k in range(first, first + len(opener)):
            analysed.cues[k] = False
    if proposed:
        analysed.questions = analysed.questions - proposed


def _answered_away(analysed: AnalysedText) -> None:
    """Credit for what a verdict answers away is withdrawn (`lexicon.VERDICTS_AWAY`): a segment of only a
    verdict dismisses, when it opens the clause after a question ("Contact r.diaz? nah"), the question's
    last segment; after a dash, a colon or a cross in its clause ("2. OWA test - not needed", "DHCP
    failure: deprioritised"), what comes before it since the clause started or an earlier one; after a
    comma, at the end of its clause or set off by another comma ("..., can ignore.", "..., nah, ..."), the
    segment before the comma; after a comma and "so" ("..., so I wouldn't bother"), its clause so far;
    after "but" ("could check OWA but nah, no point"), the segment before it, and opening a sentence ("But
    I wouldn't bother."), the sentence before.
    Not "no" or "nope" (they also answer a question of fact), nor a verdict that goes on ("no need to
    reinstall")."""
    positions = positions_of(analysed, _VERDICT_FIRSTS)
    if not positions:
        return
    keys, clauses, soft, text = analysed.keys, analysed.clauses, analysed.soft, analysed.text
    for p in positions:
        v = p
        while v > 0 and clauses[v - 1] == clauses[p] and not soft[v] and keys[v - 1] in _V_HEDGES:
            v -= 1
        if v == 0:
            continue
        opens = clauses[v - 1] != clauses[v]
        # "X but nah, ...": after "but" a verdict answers what comes before it in its segment.
        butted = keys[v] == _BUT and not opens and not soft[v]
        if not (soft[v] or opens or butted):
            continue
        labelled = not opens and not butted and _labelled(analysed, v)
        if not _verdict_at(analysed, v, labelled):
            continue  # not the start of a segment, or no verdict alone
        start = analysed.segment_start(v - 1)
        if butted:
            if not _closes_segment(analysed, v):
                continue
        elif opens:
            if (keys[v] == _BUT or _own_verdict(analysed, v)) and clauses[v - 1] not in analysed.questions:
                # "... hitting delete data. But I wouldn't bother": the sentence before, all of it.
                while start > 0 and clauses[start - 1] == clauses[v - 1]:
                    start -= 1
            elif clauses[v - 1] not in analysed.questions or clauses[v] != clauses[v - 1] + 1:
                continue
        elif labelled:
            start = _label_start(analysed, v)
        elif "," not in text[analysed.ends[v - 1] : analysed.starts[v]]:
            continue
        elif (tag := _tag_start(analysed, v)) >= 0:
            # "fs01 vs fs02 [the servers are probably aliased, doesn't matter]": a verdict later in a tag
            # answers the claim the tag is put on, not the tag's own reason (engine 1.115.0).
            if not _closes_segment(analysed, v):
                continue
            start, v = _label_start(analysed, tag), tag
        elif keys[v] == _SO:  # "..., so I'd skip it": the sentence's reasons lead to it
            while start > 0 and clauses[start - 1] == clauses[v]:
                start -= 1
        elif not _closes_segment(analysed, v):
            continue
        elif keys[start] in _D_ANAPHORS and start > 0 and clauses[start - 1] == clauses[v]:
            # "Certificate dates 2024-06-03 to 2025-06-02 -> ..., it's a one-day difference, not the cause":
            # a pronoun opening the segment stands for what its clause said before it (engine 1.108.0, a
            # rejecting answer of the hundred-and-seventeenth set).
            while start > 0 and clauses[start - 1] == clauses[v]:
                start -= 1
        if keys[v] != _SO and _conditional(keys, start, v):
            continue  # "If it's the cable - not needed": a condition, not a proposal
        if analysed.cues[start] and not labelled and not opens:
            # "Giving admin access - not allowed, and not needed": a verdict after another is no verdict on
            # it (engine 1.119.0, a negated-right answer of the hundred-and-twenty-eighth set).
            continue
        for k in range(start, v):
            analysed.neg_credit[k] = True


_LABEL_CHECK_MOST = 6  # words of a check put as a question ("Speakerphone not muted?")


def _label_checks(analysed: AnalysedText) -> None:
    """A check put as a short question of a thing and its state, with no subject or modal ("1. Speakerphone
    not muted? Teams not muted?", "Cable not loose?") asks for that state to be checked: its "not" takes no
    credit away (engine 1.68.0, the seventy-eighth set: checklists handed to a junior). For credit only: red
    flags read no question as said."""
    keys, clauses, cues = analysed.keys, analysed.clauses, analysed.cues
    for clause in analysed.questions:
        first = bisect_left(clauses, clause)
        end = bisect_left(clauses, clause + 1, lo=first)
        if end - first > _LABEL_CHECK_MOST or not any(cues[k] and keys[k] == _NOT for k in range(first, end)):
            continue
        if any(keys[k] in _SUBJECTS or keys[k] in _MODALS for k in range(first, end)):
            continue  # "Should I not reset it?", "Is it not DNS?": a question of its own
        for k in range(first, end):
            analysed.neg_credit[k] = False


def _listed_checks(analysed: AnalysedText) -> None:
    """A step of a list put as a thing and the state it must not be in, with no subject or modal and not
    opening with an act ("2. Room not muted in Teams; speakerphone not muted."), asks for that state to be
    checked, as `_label_checks` reads the same put as a question: its "not" takes no credit away (engine
    1.109.0, a negated-right answer of the hundred-and-eighteenth set). The state is a participle ("muted",
    "plugged"), not "needed" or "required" ("Restart: not needed" waves the restart off). For credit
    only."""
    keys, norms, clauses, cues, text = (
        analysed.keys,
        analysed.norms,
        analysed.clauses,
        analysed.cues,
        analysed.text,
    )
    count = len(keys)
    for k in analysed.index[_NOT]:
        if not cues[k] or k + 1 >= count or clauses[k + 1] != clauses[k] or clauses[k] in analysed.questions:
            continue
        if not norms[k + 1].endswith("ed") or keys[k + 1] in _NOT_NEEDED:
            continue
        first = _clause_start(clauses, k)
        end = k + 1
        while end < count and clauses[end] == clauses[k]:
            end += 1
        if first == k or end - first > _LABEL_CHECK_MOST or keys[first] in _PROPOSED_ACTS:
            continue
        if any(keys[j] in _SUBJECTS or keys[j] in _MODALS for j in range(first, end)):
            continue
        line_start = text.rfind("\n", 0, analysed.starts[first]) + 1
        if _LIST_ITEM.match(text, line_start) is None:
            continue
        for j in range(first, end):
            analysed.neg_credit[j] = False


_NO_ANSWERS = _keys(lexicon.NO_ANSWERS)
_PROPOSED_ACTS = _keys(lexicon.INSTRUCTION_VERBS) | _keys(lexicon.PROPOSED_ACT_VERBS)
_PROPOSAL_LEAD_INS = _keys(lexicon.INSTRUCTION_LEAD_INS) | _TENTATIVE_LEAD_INS
# "Not needed" answers a question as a bare no does (engine 1.77.0, the eighty-sixth set: "Verify who it is?
# Not needed, it came from their email.").
_NOT_NEEDED = _keys(("needed", "necessary", "required", "worth"))


def _refused_proposals(analysed: AnalysedText) -> None:
    """An act put as a question and answered at once with a bare no is turned down: no credit for it
    ("Reinstall Office? No, not first.", "Just give them admin for ten minutes? No - policy prohibits it";
    engine 1.66.0, the seventy-sixth set: answers thought aloud). Only a question that opens with an act
    (`lexicon.INSTRUCTION_VERBS`, `lexicon.PROPOSED_ACT_VERBS`), not one of fact ("Is it DNS? No.", "Other
    users affected? No."), where the no says what was found; or the writer's own question, opening with
    "would I", "should we" and the like, whatever its act (engine 1.77.0, the eighty-sixth set, where its
    signs of tone go too). "Not needed" answers as a bare no does. Red flags read no question as said. A
    question of fact so answered keeps its credit, and loses its signs of tone."""
    keys, clauses = analysed.keys, analysed.clauses
    count = len(keys)
    for clause in analysed.questions:
        first = bisect_left(clauses, clause)
        after = bisect_left(clauses, clause + 1, lo=first)
        if after >= count or clauses[after] != clause + 1:
            continue
        # "Report it to security? Not needed for something this likely ...": a no, whatever follows it.
        not_needed = (
            keys[after] == _NOT
            and after + 1 < count
            and clauses[after + 1] == clause + 1
            and keys[after + 1] in _NOT_NEEDED
        )
        if not not_needed and keys[after] not in _NO_ANSWERS:
            continue
        if not not_needed and not _segment_ends_after(analysed, after):
            continue  # "No one else is affected": a statement, not an answer
        lead = first
        if analysed.norms[first] == "q" and analysed.text.startswith(":", analysed.ends[first]):
            lead = first = first + 1  # "Q: Do I ...?" in a list of questions and answers (engine 1.136.0)
        # The writer's own question of what they would do ("Would I just say no and leave it? No, that
        # doesn't solve their problem."): any act, and its signs of tone go with it (engine 1.77.0, the
        # eighty-sixth set: a list of questions answered in turn).
        own = first + 1 < after and keys[first] in _QUESTION_AUX and keys[first + 1] in _FIRST_PERSON
        if own:
            lead = first + 2
        elif keys[first] in _FIRST_PERSON and _DO_BEFORE.search(analysed.text, 0, analysed.starts[first]):
            # "Do I start by restarting his laptop? No." ("do" is no word of it as read; engine 1.136.0, a
            # negated-right answer of the hundred-and-forty-fourth set: a short FAQ).
            own = True
            lead = first + 1
        if own and lead < after and analysed.norms[lead] in _NOT_ONLY:
            # "Do I just refuse and close the ticket? No.": not just that, for credit (`_not_only`); its signs
            # of tone go.
            for k in range(first, after):
                analysed.neg_scope[k] = True
            continue
        while lead < after and keys[lead] in _PROPOSAL_LEAD_INS:
            lead += 1
        if lead == after or (not own and keys[lead] not in _PROPOSED_ACTS):
            # A question of fact answered no: what it asks is denied, no sign of tone of the writer's ("Q: Is
            # this a user error or a one-off? A: No."; engine 1.136.0, a negated-right answer of the
            # hundred-and-forty-fourth set: a short FAQ). For credit the no says what was found.
            for k in range(first, after):
                analysed.neg_scope[k] = True
            continue
        for k in range(first, after):
            analysed.neg_credit[k] = True
            if own:
                analysed.neg_scope[k] = True


_DO_BEFORE = re.compile(r"\b(?:do|does|did)[ \t]+\Z", re.IGNORECASE)  # right before the question's "I"
_REFUSALS = _keys(("no", "nope", "not", "never"))
_REFUSAL_STRESS = _keys(("definitely", "absolutely", "certainly", "hard", "big", "a"))


def _refused_labels(analysed: AnalysedText) -> None:
    """For red flags, an act put as a label and answered with a bare refusal after a dash or a colon is
    refused: "- [ ] Give them admin rights - no.", "Share the local admin password: definitely not" (engine
    1.46.0, the fifty-third set: checklists). The refusal is a segment of its own ("- no, because ..."):
    before it, the act since the clause started or since an earlier dash or colon. Credit keeps it
    ("Gateway - no" may state a fact)."""
    keys, clauses, soft = analysed.keys, analysed.clauses, analysed.soft
    for p in positions_of(analysed, _REFUSALS):
        clause = clauses[p]
        if p and not soft[p] and clauses[p - 1] == clause and keys[p - 1] in _REFUSALS:
            continue  # not the first of its run ("no never")
        v = p  # the segment's start, over the words that stress the refusal ("definitely not")
        while v and not soft[v] and clauses[v - 1] == clause and keys[v - 1] in _REFUSAL_STRESS:
            v -= 1
        if not v or clauses[v - 1] != clause or not soft[v] or not _labelled(analysed, v):
            continue
        j = p
        while _in_segment(analysed, j + 1, clause) and keys[j + 1] in _REFUSALS:
            j += 1  # "no, never" stays one refusal only without a break: "not never"
        if _in_segment(analysed, j + 1, clause):
            continue  # the refusal goes on: "- not the cable but the input"; "- no, because ..." is one
        for k in range(_opened_within(analysed, _label_start(analysed, v), v), v):
            analysed.neg_flag[k] = True


def _tag_start(analysed: AnalysedText, v: int) -> int:
    """The first token of the tag in square brackets that holds token v in its clause, after a claim ("1.
    fs01 vs fs02 [the servers are probably aliased, doesn't matter]"), or -1."""
    clauses, text = analysed.clauses, analysed.text
    t = v
    while t > 0 and clauses[t - 1] == clauses[v]:
        gap = text[analysed.ends[t - 1] : analysed.starts[t]]
        if _opens_tag(gap):
            return t
        if "]" in gap:
            return -1
        t -= 1
    return -1


def _opened_within(analysed: AnalysedText, start: int, v: int) -> int:
    """`start`, or the first token inside a bracket or a quotation opened between tokens `start` and `v` and
    not closed before `v`: a refusal inside one speaks of what is inside ("turn off the screen lock
    (Require sign-in: Never)" sets a value; engine 1.120.0, an unsafe answer of the hundred-and-twenty-ninth
    set)."""
    text = analysed.text
    between = text[analysed.starts[start] : analysed.starts[v]]
    opened = max(between.rfind("("), between.rfind("[")) if "(" in between or "[" in between else -1
    if opened >= 0 and (")" in between[opened:] or "]" in between[opened:]):
        opened = -1
    if between.count('"') % 2 == 1:
        opened = max(opened, between.rfind('"'))
    if opened < 0:
        return start
    return bisect_left(analysed.starts, analysed.starts[start] + opened + 1)


def _label_start(analysed: AnalysedText, v: int) -> int:
    """For a segment at token v after a dash, a colon or a cross, the first token of what it answers: the
    clause from its start or from an earlier such break."""
    clauses, start = analysed.clauses, v - 1
    while start > 0 and clauses[start - 1] == clauses[v] and not _labelled(analysed, start):
        start -= 1
    return start


@functools.lru_cache(maxsize=1)
def _post_cue_keys() -> dict[str, tuple[tuple[str, ...], ...]]:
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for cue in lexicon.POST_CUES:
        keys = _phrase_keys(cue)
        by_first.setdefault(keys[0], []).append(keys)
    return {first: tuple(found) for first, found in by_first.items()}


@functools.lru_cache(maxsize=1)
def _post_cue_seconds() -> dict[str, frozenset[str] | None]:
    """For each first cue word, the second words of its cues: a cue can follow only if the next or the
    one after is one of them. None where a cue is that one word alone (it always may)."""
    return {
        first: None if any(len(cue) == 1 for cue in cues) else frozenset(cue[1] for cue in cues)
        for first, cues in _post_cue_keys().items()
    }


def _find_post_cues(analysed: AnalysedText) -> list[tuple[int, int]]:
    """(first, last) token of every post-negation cue, in order; one word may sit between cue words
    ("against our IT policy")."""
    keys, clauses, index = analysed.keys, analysed.clauses, analysed.index
    count = len(keys)
    found: list[tuple[int, int]] = []
    by_first = _post_cue_keys()
    by_first_seconds = _post_cue_seconds()
    # Only the cue words that the answer holds (in any order: the result is sorted).
    for first_key in by_first.keys() & index.keys():
        cues = by_first[first_key]
        seconds = by_first_seconds[first_key]
        for i in index[first_key]:
            if seconds is not None and seconds.isdisjoint(keys[i + 1 : i + 3]):
                continue  # "would", "not" mostly start no cue: neither next word could be its second
            for cue in cues:
                position, ok = i, True
                for key in cue[1:]:
                    for step in (1, 2):
                        nxt = position + step
                        if nxt < count and clauses[nxt] == clauses[i] and keys[nxt] == key:
                            position = nxt
                            break
                    else:
                        ok = False
                        break
                if ok:
                    found.append((i, position))
                    break
    for i in index.get(_NOT, ()):
        # "Reinstalling the VPN client is not to be attempted" (engine 1.27.0, the thirty-eighth set): a
        # runbook's refusal, after what it refuses ("be" is a stop word). Not "not to be missed".
        if (
            i + 2 < count
            and keys[i + 1] == _TO
            and clauses[i + 1] == clauses[i]
            and _passive_participle(analysed, i + 2, clauses[i])
        ):
            found.append((i, i + 2))
    return sorted(found)


def phrase_pieces(phrasing: str) -> list[Piece]:
    """The content pieces of a phrasing, read exactly like an answer (punctuation ignored)."""
    return [piece for match in _WORDS.finditer(phrasing) for piece in pieces_of(match.group())]


def _phrase_keys(phrasing: str) -> tuple[str, ...]:
    return tuple(piece.key for piece in phrase_pieces(phrasing))


# Told not to mind something (`lexicon.DISTRACTIONS`): each phrase by its words' keys (stop words dropped,
# as in an answer), under the key of its first word, and whether it holds its own pronoun ("go down that
# road").
_DISTRACTIONS: dict[str, list[tuple[tuple[str, ...], bool]]] = {}
for _phrase, _own_pronoun in [(p, False) for p in lexicon.DISTRACTIONS] + [
    (p, True) for p in lexicon.DISTRACTIONS_FROM_THAT
]:
    _words = tuple(piece.key for piece in phrase_pieces(_phrase))  # stop words dropped, as in an answer
    _DISTRACTIONS.setdefault(_words[0], []).append((_words, _own_pronoun))
_DISTRACTION_FIRSTS = frozenset(_DISTRACTIONS)

# The verdicts' keys (`lexicon.VERDICTS_AWAY`, see `_answered_away`), the openings', and every key one starts
# with.
_VERDICTS = frozenset(_phrase_keys(verdict) for verdict in lexicon.VERDICTS_AWAY)
# Cons that end in a refusal of their option (`_pros_and_cons`), beside `lexicon.VERDICTS_AWAY`; and no cons.
_OPTION_REFUSALS = frozenset(
    _phrase_keys(refusal)
    for refusal in (
        "no", "nope", "never", "not doing it", "not doing that", "not doing this", "not doing", "won't do it",
        "won't do that", "not an option", "no way", "not happening", "not helpful", "unhelpful",
    )
)  # fmt: skip
_NO_CONS = frozenset(
    _phrase_keys(none) for none in ("none", "nothing", "n/a", "nil", "none really", "not much")
)
_VERDICT_OPENINGS = frozenset(_phrase_keys(verdict) for verdict in lexicon.VERDICT_OPENINGS)
_V_INTERJECTIONS = frozenset(_phrase_keys(verdict) for verdict in lexicon.VERDICT_INTERJECTIONS)
_YES_ANSWERS = frozenset(_phrase_keys(answer) for answer in lexicon.YES_ANSWERS)
_WEIGH_AFTER = {word_key(first): frozenset(forms) for first, forms in lexicon.WEIGHING_CUES.items()}
_WEIGH_FIRST = word_key("first")
# The word before these is part of the cue: "My first thought", "in theory", "on paper".
_WEIGH_OWNER = {word_key("theory"): word_key("in"), word_key("paper"): word_key("on")}
_WEIGH_AFTER_OWNER = frozenset((_WEIGH_FIRST, *_WEIGH_OWNER))
_WEIGH_OWNERS = _keys(("my", "our"))
# Forms that weigh only after an auxiliary, and it: "I did think about", "I was going to"; not "I think
# it's DHCP" or "I'm going to reset it".
_WEIGH_AUXILIARIES = {"think": "did", "consider": "did", "going": "was"}
_WEIGH_TO = frozenset(("going", "tempted"))  # "I was going to ...", "I was tempted to ..."
_WEIGH_ABOUT = word_key("about")
_WEIGH_TURNS = _keys(lexicon.WEIGHING_TURNS)
_WEIGH_OPENERS = tuple(_phrase_keys(opener) for opener in lexicon.WEIGHING_OPENERS)
_WEIGH_DEFAULTS = {word_key(word): _keys(nouns) for word, nouns in lexicon.WEIGHING_DEFAULTS.items()}
# The defaults that weigh only opening their segment (or after "would" or "should"): "Normally I'd ...";
# since engine 1.43.0 (the fiftieth set) "Officially laptops need to be on and plugged in (though really,
# ...)", "(arguably it should be -90, but since the comparison is -lt it works out the same)".
_WEIGH_OPENING = _keys(("normally", "officially", "arguably"))
# Engine 1.42.0 (the forty-ninth set): "The quick checks would normally be the display's input source,
# reseating the cable and Win+P, but I'd rather not fiddle with the CEO's laptop".
_WEIGH_MODALS = _keys(("would", "should"))
_WEIGH_PEOPLE, _WEIGH_HEARD, _WEIGH_HEAR = word_key("people"), word_key("heard"), word_key("hear")
_HAVE = word_key("have")
_WEIGH_BEFORE = {
    _WEIGH_PEOPLE: _keys(lexicon.WEIGHING_PEOPLE),
    _WEIGH_HEARD: _keys(lexicon.WEIGHING_HEARD),
    _WEIGH_HEAR: _keys(lexicon.WEIGHING_HEARD),
}
# The words an option weighed starts from: a cue's first word or a default's.
_WEIGH_TRIGGERS = frozenset(_WEIGH_AFTER) | frozenset(_WEIGH_DEFAULTS)
_ANECDOTE_BEFORE = {word_key(word): _keys(before) for word, before in lexicon.ANECDOTE_OPENERS.items()}
_ANECDOTE_AFTER = {word_key(word): _keys(after) for word, after in lexicon.ANECDOTE_PLACES.items()}
_ANECDOTE_TRIGGERS = frozenset(_ANECDOTE_BEFORE) | frozenset(_ANECDOTE_AFTER)
_ANECDOTE_REGRETS = tuple(_phrase_keys(regret) for regret in lexicon.ANECDOTE_REGRETS)
_PROPOSAL_OPENERS = tuple(_phrase_keys(opener) for opener in lexicon.PROPOSAL_OPENERS)
_PROPOSAL_FIRSTS = frozenset(opener[0] for opener in _PROPOSAL_OPENERS)
_PROPOSAL_REFUSALS = _keys(lexicon.PROPOSAL_REFUSALS)
_WEIGH_COULD = "could"
_WEIGH_DOUBTS = _keys(lexicon.WEIGHING_NOT_DOUBTS)
_WEIGH_KEEPS = _keys(lexicon.WEIGHING_KEEPS)
_YES_KEYS = frozenset(answer[0] for answer in _YES_ANSWERS)
_VERDICT_FIRSTS = frozenset(verdict[0] for verdict in _VERDICTS | _VERDICT_OPENINGS)
_VERDICT_PREFIXES = frozenset(
    verdict[:length] for verdict in _VERDICTS | _VERDICT_OPENINGS for length in range(1, len(verdict) + 1)
)


_CUE_CANDIDATES = PRE_CUES | _CUES_BEFORE_TO | {_INSTEAD, _RATHER, _RULE, _STEER, _AGAINST, _DROP}


def _reporting_candidates(analysed: AnalysedText) -> list[int]:
    index = analysed.index
    return [
        i
        for key in analysed.key_set & _REPORTING_KEYS
        for i in index[key]
        if analysed.norms[i] in lexicon.REPORTING
    ]


_HYPOTHETICAL_CANDIDATES = _HYPOTHETICAL | {_CASE}

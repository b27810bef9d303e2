"""Reading one word: folding, contractions, stems. Cached per word: each distinct word is read once.

* Folding (per word, so that spans into the answer stay exact): NFKC, casefold, accents dropped, curly
  and other apostrophes made straight.
* Contractions are expanded: "don't" -> "do not", "can't"/"cannot" -> "can not", "won't" -> "will not",
  "I'd" -> "I would", "I'm" -> "I am", "it's" -> "it" ("'s" is dropped, possessive or "is"); the
  apostrophe-less forms people type ("dont", "isnt", "cant") too. So "don't click" and "do not click"
  are the same.
* Stop words (`lexicon.STOP_WORDS`) are dropped.
* A word with a digit or a dot is compared literally ("169.254", "jane.doe", "3pm"); any other word by
  its Snowball English stem (snowballstemmer), after irregular forms ("gave" -> "give") and British
  -ise/-yse spellings ("apologise", "analyse") are folded.
"""

from __future__ import annotations

import functools
import re
import threading
import unicodedata
from typing import NamedTuple, Protocol

import snowballstemmer

from rubrics.engine.lexicon import (
    BARE_NEGATIVES,
    CLITICS,
    FIRST_PERSON_PLURAL,
    IRREGULAR,
    NT_BASES,
    PERSON_PRONOUNS,
    SHORTHAND,
    STOP_WORDS,
)

APOSTROPHES = "'\u2019\u2018\u02bc\uff07`\u00b4\u2032"
_APOSTROPHE_FOLD = str.maketrans(dict.fromkeys(APOSTROPHES[1:], "'"))
_BRITISH = re.compile(r"(?<=[a-z]{3})(is|ys)(e|ed|es|ing|ation|ations|er|ers)$")
# The stemmer object keeps state while it works: one at a time (only cache misses get here).
_stemmer_lock = threading.Lock()


class _Stemmer(Protocol):
    def stemWord(self, word: str) -> str: ...  # noqa: N802 - snowballstemmer's name


@functools.lru_cache(maxsize=1)
def _english_stemmer() -> _Stemmer:
    stemmer: _Stemmer = snowballstemmer.stemmer("english")
    return stemmer


@functools.lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """Snowball English stem of an already folded word (cached; the stemmer object is not thread-safe)."""
    with _stemmer_lock:
        return _english_stemmer().stemWord(word)


PERSON_KEY = "they"
# Irregular forms and shorthand, by the word they are compared as.
_BASE_FORMS = {**IRREGULAR, **SHORTHAND}


@functools.lru_cache(maxsize=1 << 16)
def word_key(norm: str) -> str:
    """What a folded word is compared by: itself when it holds a digit or a dot, else its stem; one key for
    all third-person personal pronouns (`PERSON_KEY`), and the first person plural's words as the
    singular's ("our" as "my")."""
    if "." in norm or any(char.isdigit() for char in norm):
        return norm
    if norm in PERSON_PRONOUNS:
        return PERSON_KEY
    norm = FIRST_PERSON_PLURAL.get(norm, norm)
    word = _BASE_FORMS.get(norm, norm)
    word = _BRITISH.sub(lambda match: ("iz" if match.group(1) == "is" else "yz") + match.group(2), word)
    return stem(word)


def fold(text: str) -> str:
    """NFKC, casefold, accents dropped, apostrophes made straight (per word: spans stay exact)."""
    if text.isascii():
        return text.lower().replace("`", "'")
    text = unicodedata.normalize("NFKC", text.translate(_APOSTROPHE_FOLD)).casefold()
    return "".join(char for char in unicodedata.normalize("NFKD", text) if not unicodedata.combining(char))


def _expand(norm: str) -> tuple[str, ...]:
    if "'" not in norm:
        return BARE_NEGATIVES.get(norm, (norm,))
    if norm.endswith("n't"):
        base = norm[:-3]
        base = NT_BASES.get(base, base)
        return (base.replace("'", ""), "not") if base else ("not",)
    head, _, clitic = norm.rpartition("'")
    if clitic in CLITICS:
        extra = CLITICS[clitic]
        words = _expand(head) if "'" in head else BARE_NEGATIVES.get(head, (head,))
        return (*words, extra) if extra else words
    return (norm.replace("'", ""),)


class Piece(NamedTuple):
    """One comparable word of a surface token (a contraction gives two pieces with the same span). A
    tuple: the tokenizer unpacks it in one step."""

    norm: str
    key: str
    parts: tuple[str, ...]  # what a dotted token also matches (see `_dotted_parts`), else ()
    alpha: bool


def _dotted_parts(word: str) -> tuple[str, ...]:
    """What a dotted token also matches: each part ("compnay" in "compnay.com") and each leading run of
    parts ("169.254" in "169.254.87.12")."""
    parts = [part for part in word.split(".") if part]
    keys = [word_key(part) for part in parts]
    keys.extend(".".join(parts[:end]) for end in range(2, len(parts)))
    return tuple(dict.fromkeys(keys))


@functools.lru_cache(maxsize=1 << 16)
def pieces_of(surface: str) -> tuple[Piece, ...]:
    """The content pieces of one surface word (stop words dropped)."""
    pieces = []
    for word in _expand(fold(surface)):
        if not word or word in STOP_WORDS:
            continue
        parts = _dotted_parts(word) if "." in word else ()
        pieces.append(Piece(norm=word, key=word_key(word), parts=parts, alpha=word.isalpha()))
    return tuple(pieces)

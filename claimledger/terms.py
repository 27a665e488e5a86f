"""A text's index terms: the words lexical retrieval compares (claimledger match).

A claim as people post it is not a fact-check as a checker words it, so both are read
the same forgiving way: links dropped, letters folded to plain ASCII (accents, the
"fancy" letters of social media names), lowercase, words of one letter and the function
words of ``data/match_stopwords.txt`` left out, and each word reduced to its Snowball
(Porter2) stem, so "released", "releases" and "release" are one term. A hashtag or handle
is split where its case changes (``#IranUSA``, ``@realDonaldTrump``); a part written in
one case (``#stonemanshooting``) is split into the words a ``Vocabulary`` knows, when
it is made of them.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache

import snowballstemmer

from claimledger import lexicon

_LINK = re.compile(r"(?:https?://|www\.|pic\.twitter\.com/)\S*", re.I)
_TAG = re.compile(r"[#@](\w+)")
_CASE_CHANGE = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_WORD = re.compile(r"[a-z0-9]+")
_LONGEST_PART = 24  # letters: no word of a tag is longer

Vocabulary = Callable[[Iterable[str]], dict[str, int]]  # how often each of some words is met, and only the known ones
Stems = Callable[[Iterable[str]], dict[str, str]]  # the stems of some words, known ones only (an index holds its words' stems)


@lru_cache(maxsize=1)
def _stemmer() -> snowballstemmer.stemmer:  # type: ignore[valid-type]
    return snowballstemmer.stemmer("english")


@lru_cache(maxsize=1 << 18)
def stem(word: str) -> str:
    """A word's Porter2 stem (a news archive's words repeat, so each is stemmed once)."""
    return _stemmer().stemWord(word)  # type: ignore[no-any-return]


def words(text: str, vocabulary: tuple[Vocabulary, int] | None = None) -> list[str]:
    """The text's words in order, folded and lowercase, tags split, links dropped; stopwords kept."""
    text = _LINK.sub(" ", text)
    text = _TAG.sub(lambda m: " " + " ".join(_split_tag(m.group(1), vocabulary)) + " ", text)
    return _WORD.findall(_fold(text))


def terms(text: str, vocabulary: tuple[Vocabulary, int] | None = None, stems: Stems | None = None) -> list[str]:
    """The text's index terms, in order, repeats kept. ``vocabulary`` is a way to look up word
    counts and the number of words counted: with it, tags in one case are split into known words.
    ``stems`` looks up words already stemmed; the others are stemmed here."""
    return _stemmed(_kept(words(text, vocabulary)), stems)


def shared(text: str, wanted: set[str], stems: Stems | None = None) -> list[str]:
    """The words of ``text`` whose terms are among ``wanted``, each once, in order: what a match shares."""
    kept = list(dict.fromkeys(_kept(words(text))))
    return [w for w, t in zip(kept, _stemmed(kept, stems)) if t in wanted]


def _kept(found: list[str]) -> list[str]:
    """The words that make terms: no stopword, no single letter."""
    stop = lexicon.words("match_stopwords")
    return [w for w in found if len(w) > 1 and w not in stop]


def _stemmed(found: list[str], stems: Stems | None) -> list[str]:
    known = stems(set(found)) if stems is not None and found else {}
    return [known.get(w) or stem(w) for w in found]


def _fold(text: str) -> str:
    """Lowercase ASCII letters for any way of writing them: "Pérez" and "𝓟𝓮𝓻𝓮𝔃" are "perez"."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _split_tag(tag: str, vocabulary: tuple[Vocabulary, int] | None) -> list[str]:
    parts = _CASE_CHANGE.sub(" ", tag).split()
    if vocabulary is None:
        return parts
    return [w for part in parts for w in segment(_fold(part), *vocabulary)]


def segment(word: str, counts: Vocabulary, total: int) -> list[str]:
    """The most likely known words that make up ``word`` (``stonemanshooting``: ``stoneman
    shooting``), by their frequency; the word itself when it is known or no split makes it."""
    if len(word) < 4 or not word.isalnum() or total <= 0:
        return [word]
    pieces = {word[i:j] for i in range(len(word)) for j in range(i + 2, min(len(word), i + _LONGEST_PART) + 1)}
    known = counts(sorted(pieces))
    if word in known or not known:
        return [word]
    # best[i]: the likeliest split of word[:i], as (log probability, words)
    best: list[tuple[float, list[str]] | None] = [(0.0, [])] + [None] * len(word)
    for end in range(2, len(word) + 1):
        for start in range(max(0, end - _LONGEST_PART), end - 1):
            before, piece = best[start], word[start:end]
            if before is None or piece not in known:
                continue
            score = before[0] + math.log(known[piece] / total)
            current = best[end]
            if current is None or score > current[0]:
                best[end] = (score, before[1] + [piece])
    found = best[-1]
    return found[1] if found is not None else [word]

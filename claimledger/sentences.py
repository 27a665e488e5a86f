"""Split news text into sentences with exact character offsets.

A small rule set rather than a library: it keeps offsets as ``str`` indices into
the original text (CRLF, BOM-less UTF-8, curly quotes untouched) and runs several
times faster than syntok or pysbd (see ``bench/splitters.py`` for the comparison).

A sentence ends at ``.``, ``!`` or ``?`` (with any closing quotes or brackets after
it) followed by white space and an upper-case letter, digit or opening quote;
at a blank line; and at a line break that is not a hard wrap. It does not end
after a title or short form (``Gen.``, ``Mr.``, ``St.``), a month short form before
a number (``Jan. 20``), an initial (``J. Smith``), inside a decimal (``1.5``), or
after a dotted acronym (``U.S.``) unless the next word is one that starts sentences,
nor inside a quotation, so a quote of several sentences stays with its cue.

No sentence is longer than ``MAX_SENTENCE`` characters: a longer run (a table, a
list, hostile input) is cut at white space, which keeps every later stage linear.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from claimledger import lexicon, quotemarks


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int


_CLOSERS = "\"'”’»)]"
_OPENERS = "\"'“‘«(["

# A candidate end: terminal punctuation, closers, then white space; or a line break.
_CANDIDATE = re.compile(
    rf"[.!?]+[{re.escape(_CLOSERS)}]*(?=\s)|\n"
)
_WORD_BEFORE = re.compile(r"([A-Za-z]+(?:\.[A-Za-z]+)*)\.?$")
_NEXT_WORD = re.compile(r"\s*([^\s]{0,40})")
MAX_SENTENCE = 2000
_CLAUSE = re.compile(r"\s*([^.!?,;:“”\"\n]{1,80})[.,]")  # up to the clause's period or comma
_CUE_CLAUSE_WORDS = 6  # "said Transport Minister Tom Green."


@cache
def _lists() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    return (
        lexicon.words("abbreviations"),
        lexicon.words("month_abbreviations"),
        lexicon.words("sentence_starters"),
    )


def _is_break(text: str, start: int, end: int, punct: str) -> bool:
    """Whether the candidate ``text[start:end]`` (punctuation ``punct``) ends a sentence."""
    nxt_match = _NEXT_WORD.match(text, end)
    nxt = nxt_match.group(1) if nxt_match else ""
    if not nxt:
        return True
    first = nxt.lstrip(_OPENERS + "`")
    if nxt[0] in _OPENERS + "`" and (not first or not first[0].islower()):
        starts_ok = True
    else:
        starts_ok = bool(first) and (first[0].isupper() or first[0].isdigit())
    if not starts_ok:
        return False
    if not punct.startswith("."):
        return not (punct[-1] in _CLOSERS and _cue_clause_follows(text, end))
    if len(punct.rstrip(_CLOSERS)) > 1:  # an ellipsis before a capital: keep going
        return punct.rstrip(_CLOSERS) != "..."
    if punct != ".":
        return True  # a closing quote or bracket after the period
    before = _WORD_BEFORE.search(text, max(0, start - 40), start + 1)
    if not before:
        return True
    word = before.group(1)
    abbreviations, months, starters = _lists()
    lower = word.lower()
    nxt_word = re.sub(r"\W+$", "", first).lower()
    if "." in word:  # a dotted acronym such as U.S. or U.K.
        return nxt_word in starters
    if len(word) == 1 and word.isupper():  # an initial: "J. Smith"
        return False
    if lower in months:
        return not first[:1].isdigit()
    if lower in abbreviations:
        return lower == "no" and not first[:1].isdigit()
    return True


def _cue_clause_follows(text: str, pos: int) -> bool:
    """``“Why now?” Clinton asked.``: a short clause with a reporting verb after a quoted
    question or exclamation belongs to the quotation's sentence."""
    clause = _CLAUSE.match(text, pos)
    words = clause.group(1).split() if clause else []
    cues = lexicon.verb_forms("reporting_verbs")
    return 0 < len(words) <= _CUE_CLAUSE_WORDS and any(w in cues for w in words)  # lower case: "Said" may be a name


def split(text: str) -> list[Sentence]:
    """The sentences of ``text``, trimmed of surrounding white space, in order."""
    sentences: list[Sentence] = []
    pos = 0
    quoted = iter(quotemarks.find(text))
    quote = next(quoted, None)
    for m in _CANDIDATE.finditer(text):
        while quote is not None and quote.end <= m.start():
            quote = next(quoted, None)
        if quote is not None and quote.inner_start < m.start() < quote.inner_end - 1 and m.group() != "\n":
            continue  # a quotation that goes on past a sentence end
        if m.group() == "\n":
            nxt = _NEXT_WORD.match(text, m.end())
            following = nxt.group(1) if nxt else ""
            if following[:1].islower():
                continue  # a hard-wrapped line
            end = m.start()
        elif _is_break(text, m.start(), m.end(), m.group()):
            end = m.end()
        else:
            continue
        _append(sentences, text, pos, end)
        pos = m.end()
    _append(sentences, text, pos, len(text))
    return sentences


def _append(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        _append(out, text, start, cut)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        out.append(Sentence(len(out), start, end))

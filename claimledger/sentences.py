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

``is_prose`` tells a sentence of English from noise that splits into "sentences"
too (base64, hex dumps, a blob pasted into a page), which carries no claim and no
quantity however many digits it holds.
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
# Noise (is_prose): no word or link in news runs this long without white space ...
NO_SPACE_RUN = 1000
# ... and a sentence without a common word is noise when it is this long (real headlines,
# datelines and table rows without one are shorter: 163 characters at most in the
# evaluation sets) or holds a string this long (a line of base64 is 64 or 76).
PROSE_CHECK_ABOVE = 200
LONGEST_WORD = 60
_WORD_EDGES = "\"'“”‘’«»()[]{}.,;:!?—–-…*"


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
    if punct[-1] in _CLOSERS and _cue_clause_follows(text, end):
        return False  # “Why now?” Clinton asked. / “... are missing.” Trump said.
    if not punct.startswith("."):
        return True
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
    """``“Why now?” Clinton asked.``: a short clause with a reporting verb after a quotation
    that ends with a stop belongs to the quotation's sentence."""
    clause = _CLAUSE.match(text, pos)
    words = clause.group(1).split() if clause else []
    cues = lexicon.verb_forms("reporting_verbs")
    if not 0 < len(words) <= _CUE_CLAUSE_WORDS:
        return False
    # the cue opens the clause ("said Tom Green.") or closes it ("Trump said.", "Clinton asked on Monday."):
    # not "Police said the road was shut.", a sentence of its own
    return any(w in cues for w in words[:1] + words[-3:]) and not any(w in cues for w in words[1:-3])


def is_prose(sentence: str) -> bool:
    """Whether a sentence can be English prose, rather than noise that holds no claim.

    Noise is a run of ``NO_SPACE_RUN`` characters without white space (3 MB of base64
    on one line), or a sentence with none of the commonest English words
    (data/common_words.txt: "the", "of", "said", ...) that is long or made of strings
    longer than words (base64 or hex in lines). Short sentences of words, such as a
    dateline or a table row ("Revenue 4,500 3,900"), are prose. Linear in the
    sentence's length: a bounded regex repeat such as ``\\S{1000}`` would not be.
    """
    tokens = sentence.split()
    longest = max(map(len, tokens), default=0)
    if longest >= NO_SPACE_RUN:
        return False
    if longest < LONGEST_WORD and len(sentence) < PROSE_CHECK_ABOVE:
        return True
    common = lexicon.words("common_words")
    return any(t.strip(_WORD_EDGES).lower().replace("’", "'").partition("'")[0] in common for t in tokens)


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

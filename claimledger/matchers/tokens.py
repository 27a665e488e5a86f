"""Split a sentence into tokens with exact character offsets.

Words keep their inner hyphens and apostrophes (``co-editor``, ``O'Neill``); as in the
Penn Treebank, a clitic is a token of its own (``Ukraine`` ``’s``, ``did`` ``n’t``), so a
possessive or a negation is a word the grammar can name. A number keeps its thousands
separators (``4,350``), so its comma is no clause mark. A short form keeps its period
(``Mr.``, ``Gov.``, ``U.S.``, the initial in ``Paul J. Mercer``): the period is part of
a name, not the end of a clause. Dashes (``—``, ``--``) and ellipses are one token.

One regular expression finds words and marks; the rare word with an apostrophe or a
period after it is then looked at again, which keeps the common case fast.
"""

from __future__ import annotations

import re
from functools import cache

from claimledger import lexicon

Token = tuple[int, int]  # start, end

_TOKEN = re.compile(
    r"""
      (?:[A-Za-z]\.){2,}(?![A-Za-z])                        # U.S., G.K.
    | \d{1,3}(?:,\d{3})+(?:\.\d+)?                          # 4,350
    | [’'](?:s|d|ll|re|ve|m)\b                               # a clitic after a mark: U.S.'s
    | [^\W_][\w\u0300-\u036f]*(?:[-.’'](?=\w)[\w\u0300-\u036f]*)*(?:(?<=[sS])[’'](?=\s|$))?  # words, accents written apart too; a plural possessive keeps its mark
    | --+|\.\.\.|``|''
    | [^\w\s]|_
    """,
    re.X,
)
_SPECIAL = re.compile(r"['’]|[A-Za-z]\.\s")  # what the slow path is for, but at the sentence's end
_CLITIC = re.compile(r"(?i)(?:n[’']t|[’'](?:s|d|ll|re|ve|m))$")  # didn't -> did n't; Ukraine's -> Ukraine 's


@cache
def _short_forms() -> frozenset[str]:
    """Short forms that keep their period; "no." ends sentences ("He said no."), but "No." before a
    number keeps it (tokenize)."""
    return lexicon.words("abbreviations") - {"no"}


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """The tokens of ``text[start:end]`` as (start, end) offsets into ``text``."""
    if not _SPECIAL.search(text, start, end - 1):
        return [m.span() for m in _TOKEN.finditer(text, start, end)]  # no apostrophe, no short form
    tokens: list[Token] = []
    short = _short_forms()
    for m in _TOKEN.finditer(text, start, end):
        a, b = m.span()
        word = m.group()
        if "’" in word or "'" in word:
            clitic = _CLITIC.search(word)
            if clitic and clitic.start() > 0:
                tokens.append((a, a + clitic.start()))
                tokens.append((a + clitic.start(), b))
                continue
        elif b < end and text[b] == "." and word.replace("-", "").isalpha() and len(word) <= 9:
            # "Mr.", "Gov.", and an initial before a name ("Paul J. Mercer"): the period is the word's
            following = text[b + 1 : b + 2]
            initial = len(word) == 1 and word.isupper() and following in (" ", "\t") and text[b + 2 : b + 3].isupper()
            numbered = word == "No" and following == " " and text[b + 2 : b + 3].isdigit()  # "the No. 2 Republican"
            # a hyphened title is short by its last part: "Maj-Gen.", "Lt-Col."
            if (initial or numbered or word.lower().rpartition("-")[2] in short) and not following.isalnum():
                tokens.append((a, b + 1))
                continue
        tokens.append((a, b))
    return _without_periods_taken(tokens)


def _without_periods_taken(tokens: list[Token]) -> list[Token]:
    """Drop the period tokens that a short form before them took into itself."""
    out: list[Token] = []
    for token in tokens:
        if out and token[0] < out[-1][1]:
            continue
        out.append(token)
    return out

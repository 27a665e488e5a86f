"""Split a sentence into tokens with exact character offsets.

Words keep their inner hyphens and apostrophes (``co-editor``, ``O'Neill``); as in the
Penn Treebank, a clitic is a token of its own (``Ukraine`` ``’s``, ``did`` ``n’t``), so a
possessive or a negation is a word the grammar can name. A number keeps its thousands
separators (``2,176``), so its comma is no clause mark. A short form keeps its period
(``Mr.``, ``Gov.``, ``U.S.``, the initial in ``Charles B. Rangel``): the period is part of
a name, not the end of a clause. Dashes (``—``, ``--``) and ellipses are one token.
"""

from __future__ import annotations

import re
from functools import cache

from claimledger import lexicon

Token = tuple[int, int]  # start, end


@cache
def _token_re() -> re.Pattern[str]:
    # A short form that a sentence seldom ends with; "no." ends one ("He said no."), "No. 3" does not.
    short = lexicon.alternation(lexicon.words("abbreviations") - {"no"})
    return re.compile(
        rf"""
          (?:[A-Za-z]\.){{2,}}(?![A-Za-z])               # U.S., G.K.
        | (?i:(?<![\w.])(?:{short})\.)(?!\w)             # Mr., Gov., Corp.
        | [A-Z]\.(?=[ \t]+[A-Z])                         # an initial before a name
        | \d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?               # 2,176
        | \w+?(?=n[’']t\b)                               # did | n't
        | n[’']t\b
        | [’'](?:s|d|ll|re|ve|m)\b                       # 's 'd 'll 're 've 'm
        | [^\W_](?:[\w]|[-.](?=\w)|[’'](?=\w)(?!(?:s|d|ll|re|ve|m)\b))*(?:(?<=s)[’'](?=\s|$))?
        | --+|\.\.\.|``|''
        | [^\w\s]
        """,
        re.X,
    )


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """The tokens of ``text[start:end]`` as (start, end) offsets into ``text``."""
    return [m.span() for m in _token_re().finditer(text, start, end)]

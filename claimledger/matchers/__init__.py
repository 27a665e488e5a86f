"""Claim matchers: each family finds claims in one sentence of a document.

A matcher is ``match(context) -> Iterator[Match]``. It reports spans only; the
speaker's name, quantities and dates are filled in later by the pipeline, so
data flows one way: sentences -> matches -> records. Matchers never raise on
text: what they cannot read they skip.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache

from claimledger.matchers.phrases import Token
from claimledger.quotemarks import Quotation
from claimledger.sentences import Sentence


@dataclass(frozen=True, slots=True)
class Match:
    kind: str  # speech, attribution, denial
    rule: str  # which rule fired, for the record's ``extractor.rule``
    speaker: tuple[int, int] | None
    cue: tuple[int, int, str] | None  # start, end, lemma
    content: tuple[int, int]
    quote: str  # direct, indirect, mixed


@dataclass(frozen=True, slots=True)
class Context:
    """What a matcher may look at: the document, one sentence, and the quotations."""

    text: str
    sentence: Sentence
    quotations: tuple[Quotation, ...]  # those that overlap the sentence
    tokens: list[Token]  # the sentence's, computed once for all matchers

    def tokens_within(self, start: int, end: int) -> list[Token]:
        """The sentence's tokens that lie wholly within ``[start, end)``."""
        first = bisect.bisect_left(self.tokens, start, key=lambda t: t.start)
        last = bisect.bisect_right(self.tokens, end, key=lambda t: t.end)
        return self.tokens[first:last]


Matcher = Callable[[Context], Iterator[Match]]

_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")


def may_match(sentence: str, quotations: tuple[Quotation, ...]) -> bool:
    """Whether any matcher could find a claim in a sentence: it holds a quotation or a word
    some matcher starts from (a cue form, a negation, "according"). A sentence without one is
    skipped before it is tokenized, which saves most of the time on sentences of plain narration."""
    if quotations:
        return True
    words = _triggers()
    return any(w.lower() in words or w.endswith(("n't", "n’t")) for w in _WORD.findall(sentence))


@cache
def _triggers() -> frozenset[str]:
    from claimledger.matchers import attributions, denials, reported

    return reported.triggers() | denials.triggers() | attributions.triggers()


def registry() -> list[Matcher]:
    """The matchers in the order they run; an earlier match claims its cue first."""
    from claimledger.matchers import attributions, denials, quotes, reported

    return [quotes.match, denials.match, attributions.match, reported.match]

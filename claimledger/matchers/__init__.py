"""Claim matchers: each finds claims in one sentence of a document.

A matcher is ``match(context) -> Iterator[Match]``. It reports spans only; the
speaker's name, quantities and dates are filled in later by the pipeline, so
data flows one way: sentences -> matches -> records. Matchers never raise on
text: what they cannot read they skip.

The claim shapes are rows of ``data/grammar/claims.tsv``, run by
``claimledger.matchers.engine``; ``claimledger.matchers.discourse`` holds what
reaches beyond one sentence (a quotation that goes on after its cue, or into
the next paragraph).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from claimledger.quotemarks import Quotation
from claimledger.sentences import Sentence


@dataclass(frozen=True, slots=True)
class Match:
    kind: str  # speech, attribution, denial, no_comment
    rule: str  # which rule fired, for the record's ``extractor.rule``
    speaker: tuple[int, int] | None
    cue: tuple[int, int, str] | None  # start, end, lemma
    content: tuple[int, int]
    quote: str  # direct, indirect, mixed
    relay: tuple[int, int] | None = None  # the news outlet that carries it ("told Reuters")
    relay_named: bool = False  # the relay is a name that only the document's entities show is an outlet's
    back: bool = False  # the content stands for the sentence before, which the pipeline puts in its place


@dataclass(frozen=True, slots=True)
class Context:
    """What a matcher may look at: the document, one sentence, and the quotations."""

    text: str
    sentence: Sentence
    quotations: tuple[Quotation, ...]  # those that overlap the sentence


Matcher = Callable[[Context], Iterator[Match]]


def registry() -> list[Matcher]:
    """The matchers in the order they run; an earlier match claims its cue first."""
    from claimledger.matchers import engine

    return [engine.match]

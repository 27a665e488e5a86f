"""The extraction pipeline: text -> sentences -> matches -> records.

A pure function of (text, document id, reference date), so it maps over any
collection of documents, in one process or many.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from claimledger import __version__, dates, quantities, quotemarks, sentences
from claimledger.matchers import Context, Match, registry
from claimledger.records import (
    Claim,
    Cue,
    DateMention,
    Doc,
    Extractor,
    Quantity,
    SentenceRef,
    Span,
    Speaker,
    claim_id,
    text_sha256,
)
from claimledger.speakers import SpeakerResolver


@dataclass(frozen=True, slots=True)
class Document:
    id: str
    text: str
    published: dt.date | None = None


def extract(text: str, doc_id: str = "-", ref_date: dt.date | str | None = None) -> list[Claim]:
    """The claims in one document, in the order of the text.

    ``ref_date`` anchors relative dates ("on Tuesday", "next week"); without it
    they keep ``value: None``.
    """
    if isinstance(ref_date, str):
        ref_date = dt.date.fromisoformat(ref_date)
    doc = Doc(doc_id, text_sha256(text))
    quotes = quotemarks.find(text)
    resolver = SpeakerResolver()
    matchers = registry()
    claims: list[Claim] = []
    for sent in sentences.split(text):
        ctx = Context(text, sent, tuple(q for q in quotes if q.start < sent.end and q.end > sent.start))
        sentence_ref = SentenceRef(sent.index, sent.start, sent.end, text[sent.start : sent.end])
        found = _select(m for matcher in matchers for m in matcher(ctx))
        resolver.learn_names(sentence_ref.text)
        if not found:
            statement = _statement(text, doc, sentence_ref, ref_date)
            if statement:
                claims.append(statement)
            continue
        previous: Match | None = None
        sentence_claims = []
        for m in found:
            speaker_span = m.speaker or (previous.speaker if previous else None)
            speaker = resolver.resolve(text[speaker_span[0] : speaker_span[1]], *speaker_span) if speaker_span else None
            sentence_claims.append(_claim(text, doc, sentence_ref, m, speaker, ref_date))
            previous = m
        claims.extend(_with_leftovers(text, sentence_claims, sentence_ref, ref_date))
    return claims


def extract_documents(documents: Iterable[Document], ref_date: dt.date | None = None) -> Iterator[list[Claim]]:
    """The claims of each document in turn, streaming; a document's ``published`` wins over ``ref_date``."""
    for document in documents:
        yield extract(document.text, document.id, document.published or ref_date)


def _select(matches: Iterable[Match]) -> list[Match]:
    """One claim per cue and per content: earlier matchers win; ordered by position."""
    chosen: list[Match] = []
    for m in matches:
        if any(_overlaps(m.content, c.content) or (m.cue and c.cue and m.cue[:2] == c.cue[:2]) for c in chosen):
            continue
        chosen.append(m)
    return sorted(chosen, key=lambda m: (m.cue[0] if m.cue else m.content[0], m.content[0]))


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _claim(text: str, doc: Doc, sent: SentenceRef, m: Match, speaker: Speaker | None, ref_date: dt.date | None) -> Claim:
    start, end = m.content
    found_q, found_d = _measure(text, start, end, ref_date)
    cue = Cue(text[m.cue[0] : m.cue[1]], m.cue[0], m.cue[1], m.cue[2]) if m.cue else None
    spans = [m.speaker, (m.cue[0], m.cue[1]) if m.cue else None, m.content]
    return Claim(
        id=claim_id(doc, m.kind, spans),
        doc=doc,
        kind=m.kind,  # type: ignore[arg-type]
        sentence=sent,
        speaker=speaker,
        cue=cue,
        content=Span(text[start:end], start, end),
        quote=m.quote,  # type: ignore[arg-type]
        polarity="deny" if m.kind == "denial" else "affirm",
        quantities=found_q,
        dates=found_d,
        extractor=Extractor(__version__, m.rule),
    )


def _with_leftovers(text: str, claims: list[Claim], sent: SentenceRef, ref_date: dt.date | None) -> list[Claim]:
    """Quantities and dates outside every claim's content (``On Tuesday, the staff announced``)
    go on the sentence's first claim, so none is lost."""
    held_q = {(q.start, q.end) for c in claims for q in c.quantities}
    held_d = {(d.start, d.end) for c in claims for d in c.dates}
    all_q, all_d = _measure(text, sent.start, sent.end, ref_date)
    extra_q = [q for q in all_q if (q.start, q.end) not in held_q and not _inside(q, claims)]
    extra_d = [d for d in all_d if (d.start, d.end) not in held_d and not _inside(d, claims)]
    if not extra_q and not extra_d:
        return claims
    first = claims[0]
    merged = replace(
        first,
        quantities=sorted(first.quantities + extra_q, key=lambda q: q.start),
        dates=sorted(first.dates + extra_d, key=lambda d: d.start),
    )
    return [merged, *claims[1:]]


def _measure(text: str, start: int, end: int, ref_date: dt.date | None) -> tuple[list[Quantity], list[DateMention]]:
    """The quantities and dates in a span; a number inside a date ("Oct. 31") is no quantity."""
    found_d = dates.find(text, start, end, ref_date)
    found_q = [q for q in quantities.find(text, start, end) if not any(q.start < d.end and d.start < q.end for d in found_d)]
    return found_q, found_d


def _inside(mention: Quantity | DateMention, claims: list[Claim]) -> bool:
    """A mention that overlaps some claim's content was already read there, maybe shorter."""
    return any(mention.start < c.content.end and c.content.start < mention.end for c in claims)


def _statement(text: str, doc: Doc, sent: SentenceRef, ref_date: dt.date | None) -> Claim | None:
    """An unattributed sentence is a claim only if it carries a quantity or a date."""
    found_q, found_d = _measure(text, sent.start, sent.end, ref_date)
    if not found_q and not found_d:
        return None
    return Claim(
        id=claim_id(doc, "statement", [(sent.start, sent.end)]),
        doc=doc,
        kind="statement",
        sentence=sent,
        speaker=None,
        cue=None,
        content=Span(sent.text, sent.start, sent.end),
        quote="none",
        polarity="affirm",
        quantities=found_q,
        dates=found_d,
        extractor=Extractor(__version__, "statement"),
    )

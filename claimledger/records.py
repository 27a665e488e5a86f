"""The record format: one claim per JSON line.

Every span is a pair of ``str`` offsets into the document text as read (after a
UTF-8 byte order mark is dropped), so ``text[start:end]`` is the span's text.
Records are plain dataclasses; ``Claim.to_dict`` gives the JSON object with its
keys in a fixed order, which keeps output byte-identical between runs.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field, fields, is_dataclass
from functools import cache
from typing import Any, Literal

from claimledger import __version__

Kind = Literal["speech", "attribution", "denial", "no_comment", "statement"]
QuoteType = Literal["direct", "indirect", "mixed", "none"]
Polarity = Literal["affirm", "deny", "none"]  # none: a non-answer affirms and denies nothing
Via = Literal["explicit", "pronoun", "alias", "ambiguous"]  # ambiguous: the text names two who fit, and no name is given
Granularity = Literal["time", "day", "week", "month", "quarter", "season", "year", "decade", "century", "reference"]
Bound = Literal["low", "high"]
Direction = Literal["up", "down"]
ChangeRelation = Literal["from", "by"]


_OPTIONAL = {"omit_when_none": True}  # a key only some records have (a document's url, title and date)


POLARITY: dict[str, Polarity] = {"denial": "deny", "no_comment": "none"}  # every other kind affirms


@dataclass(frozen=True, slots=True)
class Doc:
    id: str
    sha256: str
    url: str | None = field(default=None, metadata=_OPTIONAL)
    title: str | None = field(default=None, metadata=_OPTIONAL)
    published: str | None = field(default=None, metadata=_OPTIONAL)  # ISO date the document gives itself


@dataclass(frozen=True, slots=True)
class SentenceRef:
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Span:
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Speaker:
    text: str
    start: int
    end: int
    name: str | None  # the canonical name, or None when it cannot be resolved
    key: str | None  # the identity across documents (claimledger.identity.key of the name)
    via: Via
    role: str | None = None
    sieve: str | None = None  # the row of data/sieves.tsv that linked the phrase to its name


@dataclass(frozen=True, slots=True)
class Relay:
    """The outlet or agency that relays a claim (``..., reported the Coastal Times``, ``told Reuters``):
    the person quoted stays the speaker."""

    text: str
    start: int
    end: int
    name: str


@dataclass(frozen=True, slots=True)
class Cue:
    text: str
    start: int
    end: int
    lemma: str


@dataclass(frozen=True, slots=True)
class SiValue:
    value: float
    unit: str


@dataclass(frozen=True, slots=True)
class Equivalence:
    """On a measurement restated in another unit: the one it restates, and whether they agree."""

    start: int
    end: int
    consistent: bool
    converted: float  # the first measurement in this one's unit


@dataclass(frozen=True, slots=True)
class Change:
    """On the level a figure moved to ("to 120p"): the figure it moved from ("from 117p",
    ``relation: from``) or the amount it moved by ("fell 3p", ``by``), and which way."""

    start: int
    end: int
    relation: ChangeRelation
    direction: Direction | None


@dataclass(frozen=True, slots=True)
class Quantity:
    text: str
    start: int
    end: int
    value: float | None
    low: float | None
    high: float | None
    qualifier: str | None
    bound: Bound | None  # the value is a lower or upper bound: a range's end, "over 100", "15% or more"
    unit: str | None  # pint's canonical unit name, an ISO 4217 code, or None for a count
    unit_text: str | None
    dimension: str | None
    si: SiValue | None
    count_of: str | None
    equivalent_of: Equivalence | None
    change: Change | None


@dataclass(frozen=True, slots=True)
class Period:
    first: str
    last: str


@dataclass(frozen=True, slots=True)
class DateMention:
    text: str
    start: int
    end: int
    value: str | None  # ISO date of the first day, or None when it cannot be anchored
    granularity: Granularity
    timex: str | None
    period: Period | None
    bound: Bound | None = None  # one end of a range ("from 13 to 15 July"); its period is the whole range


@dataclass(frozen=True, slots=True)
class Extractor:
    version: str
    rule: str


@dataclass(frozen=True, slots=True)
class Claim:
    id: str
    doc: Doc
    kind: Kind
    sentence: SentenceRef
    speaker: Speaker | None
    cue: Cue | None
    content: Span
    quote: QuoteType
    polarity: Polarity
    reported_by: Relay | None = None
    hedges: list[Span] = field(default_factory=list)  # words by which the writer keeps a distance: "reportedly"
    quantities: list[Quantity] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    extractor: Extractor = field(default_factory=lambda: Extractor(__version__, ""))

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)  # type: ignore[no-any-return]

    def to_json(self) -> str:
        """One ledger line, without its newline."""
        return json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":"))


@cache
def _names(cls: type) -> tuple[tuple[str, bool], ...] | None:
    """The field names of a record class, each with whether it is left out when None; None for anything else."""
    return tuple((f.name, bool(f.metadata.get("omit_when_none"))) for f in fields(cls)) if is_dataclass(cls) else None


_SCALARS = (str, int, float, bool)


def _plain(value: Any) -> Any:
    """Like ``dataclasses.asdict`` for our frozen records, without its deep copies (5x
    faster); scalars are copied in place rather than passed through a call each."""
    names = _names(type(value))
    if names is None:
        return [_plain(v) for v in value] if type(value) is list else value
    plain: dict[str, Any] = {}
    for name, optional in names:
        v = getattr(value, name)
        if v is None:
            if not optional:
                plain[name] = None
        elif type(v) in _SCALARS:
            plain[name] = v
        else:
            plain[name] = _plain(v)
    return plain


def claim_id(doc: Doc, kind: str, spans: list[tuple[int, int] | None]) -> str:
    """A stable id: the same document (id and text), kind and spans always give the same id.

    The document id is part of it so that one wire story carried by two outlets
    keeps both sets of records.
    """
    key = "\x1f".join([doc.id, doc.sha256, kind] + ["-" if s is None else f"{s[0]}:{s[1]}" for s in spans])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()

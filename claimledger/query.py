"""Selecting records from a ledger: the filters behind ``claimledger show``.

Plain Python over record dicts, so a script can filter a ledger the same way.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Filters:
    speaker: str | None = None  # part of the speaker's name or text, any case
    kind: str | None = None
    doc: str | None = None  # the document id, exactly
    cue: str | None = None  # the cue lemma, exactly
    has_quantity: bool = False
    grep: str | None = None  # a regular expression searched in the content and sentence
    since: dt.date | None = None  # the document was published on or after this day
    until: dt.date | None = None  # ... on or before this day

    def matches(self, record: dict[str, Any]) -> bool:
        speaker = record.get("speaker") or {}
        if self.speaker is not None:
            wanted = self.speaker.casefold()
            if not any(wanted in (speaker.get(k) or "").casefold() for k in ("name", "text")):
                return False
        if self.kind is not None and record.get("kind") != self.kind:
            return False
        if self.doc is not None and (record.get("doc") or {}).get("id") != self.doc:
            return False
        if self.cue is not None and (record.get("cue") or {}).get("lemma") != self.cue:
            return False
        if self.has_quantity and not record.get("quantities"):
            return False
        if self.grep is not None:
            haystack = (record.get("content") or {}).get("text", "") + "\n" + (record.get("sentence") or {}).get("text", "")
            if not re.search(self.grep, haystack, re.IGNORECASE):
                return False
        if self.since is not None or self.until is not None:
            day = published(record)
            if day is None or (self.since and day < self.since) or (self.until and day > self.until):
                return False
        return True


@dataclass(slots=True)
class Tally:
    """What a selection read: for saying why it shows nothing, or what it left out unseen."""

    read: int = 0
    shown: int = 0
    undated: int = 0  # records with no doc.published, left out by since/until


def select(records: Iterable[dict[str, Any]], filters: Filters, tally: Tally | None = None) -> Iterator[dict[str, Any]]:
    """The records that pass the filters, in order; ``tally`` counts what went by."""
    tally = tally if tally is not None else Tally()
    dated = filters.since is not None or filters.until is not None
    for record in records:
        tally.read += 1
        if filters.matches(record):
            tally.shown += 1
            yield record
        elif dated and published(record) is None:
            tally.undated += 1


def published(record: dict[str, Any]) -> dt.date | None:
    """The day the record's document was published (``doc.published``), or None."""
    value = (record.get("doc") or {}).get("published")
    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def count(records: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Claims counted by kind, speaker name, cue lemma and document, most first."""
    from collections import Counter

    tallies: dict[str, Counter[str]] = {"kind": Counter(), "speaker": Counter(), "cue": Counter(), "doc": Counter()}
    total = 0
    for r in records:
        total += 1
        tallies["kind"][r.get("kind") or "?"] += 1
        speaker = r.get("speaker") or {}
        tallies["speaker"][speaker.get("name") or ("(unresolved)" if speaker else "(none)")] += 1
        tallies["cue"][(r.get("cue") or {}).get("lemma") or "(none)"] += 1
        tallies["doc"][(r.get("doc") or {}).get("id") or "?"] += 1
    ordered = {name: dict(sorted(t.items(), key=lambda kv: (-kv[1], kv[0]))) for name, t in tallies.items()}
    return {"claims": total, **ordered}

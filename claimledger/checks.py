"""Checking a ledger: every line against the schema, ids unique, offsets against the documents.

Used by ``claimledger validate``; plain Python, so a pipeline can check a ledger too.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from claimledger.ledger import json_object
from claimledger.schema import SCHEMA


@dataclass(frozen=True, slots=True)
class Finding:
    """A problem on one line of a ledger."""

    line: int
    message: str


@cache
def _validator() -> Any:
    import jsonschema

    return jsonschema.Draft202012Validator(SCHEMA)


def _spans(record: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    yield "sentence", record["sentence"]
    yield "content", record["content"]
    for name in ("speaker", "cue"):
        if record.get(name):
            yield name, record[name]
    for i, q in enumerate(record.get("quantities", [])):
        yield f"quantities[{i}]", q
    for i, d in enumerate(record.get("dates", [])):
        yield f"dates[{i}]", d


def check(lines: Iterator[str], texts: dict[str, str] | None = None) -> Iterator[Finding]:
    """Findings for a ledger given as lines; ``texts`` maps document ids to their text."""
    seen: dict[str, int] = {}
    documents: dict[str, tuple[str, int]] = {}  # document id -> its text's sha256, its first line
    missing: set[str] = set()  # document ids not in ``texts``, told once each
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            line.encode("utf-8")
        except UnicodeEncodeError as e:  # read with surrogateescape: the byte the file has there is no UTF-8
            yield Finding(n, f"not UTF-8 at character {e.start}")
            continue
        record = json_object(line)
        if isinstance(record, str):
            yield Finding(n, f"not JSON ({record})" if record else "not a JSON object")
            continue
        errors = sorted(_validator().iter_errors(record), key=lambda e: list(e.path))
        if errors:
            first = errors[0]
            where = "/".join(str(p) for p in first.path) or "record"
            yield Finding(n, f"does not match the schema at {where}: {first.message}")
            continue
        if record["id"] in seen:
            yield Finding(n, f"repeats the id {record['id']} of line {seen[record['id']]}")
        seen.setdefault(record["id"], n)
        doc = record["doc"]
        digest, first = documents.setdefault(doc["id"], (doc["sha256"], n))
        if digest != doc["sha256"]:
            yield Finding(n, f"its document id {doc['id']!r} comes with another text than on line {first}")
        if texts is None:
            continue
        text = texts.get(record["doc"]["id"])
        if text is None:
            if record["doc"]["id"] not in missing:
                missing.add(record["doc"]["id"])
                yield Finding(n, f"its document {record['doc']['id']!r} is not among --docs (told once, for its first record)")
            continue
        for name, span in _spans(record):
            if text[span["start"] : span["end"]] != span["text"]:
                yield Finding(n, f"{name} [{span['start']}:{span['end']}] is not that text in its document")

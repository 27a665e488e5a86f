"""Fact-check archives in the forms fact-checkers publish them, read one fact-check at a time.

- ``jsonl``: one schema.org ``ClaimReview`` object a line.
- ``json``: a JSON array of them, a single one, or a schema.org ``DataFeed`` (the form of
  Google's Fact Check Tools and Data Commons: ``dataFeedElement[].item[]``).
- ``csv``: a table with a header row; ``columns`` names the column of each field.

Every form streams: a JSON array or feed is decoded an element at a time, so an archive
of a million fact-checks never sits in memory. A fact-check that cannot be used (no claim,
no identifier nor url, not JSON) is a ``Problem`` with its line number, and reading goes
on; JSON broken beyond an element ends the file there, with a problem that says so.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Literal

from claimledger.sources import Problem

ArchiveFormat = Literal["auto", "jsonl", "json", "csv"]
FIELDS = ("identifier", "claimReviewed", "headline", "url", "rating", "author", "datePublished", "claimant")
_BLOCK = 1 << 16  # characters read at a time from a JSON document
_SPACE = re.compile(r"[ \t\n\r]*")  # JSON's white space
_LARGEST_ELEMENT = 1 << 24  # characters: a fact-check larger than this is broken JSON, not one to wait for


@dataclass(frozen=True, slots=True)
class FactCheck:
    """One fact-check, the fields ``claimledger match`` uses (``id``: its identifier, else its url)."""

    id: str
    claim: str  # claimReviewed: the claim as the checker worded it
    headline: str | None = None
    url: str | None = None
    rating: str | None = None  # reviewRating.alternateName: "False", "Mostly true"
    checker: str | None = None  # author.name: who checked it
    published: str | None = None  # datePublished of the check
    claimant: str | None = None  # itemReviewed.author.name: who made the claim


def read(path: str | Path, form: ArchiveFormat = "auto", columns: Mapping[str, str] | None = None) -> Iterator[FactCheck | Problem]:
    """Every fact-check of an archive file, in file order, and a ``Problem`` for each one that cannot be used."""
    path = Path(path)
    form = detect(path) if form == "auto" else form
    if form == "csv":
        with open(path, encoding="utf-8-sig", newline="") as fh:
            yield from _csv(str(path), fh, dict(columns or {}))
        return
    with open(path, encoding="utf-8-sig") as fh:
        if form == "jsonl":
            for number, line in enumerate(fh, 1):
                if line.strip():
                    yield _item(f"{path}:{number}", _loads(line))
        else:
            yield from _json(str(path), fh)


def detect(path: Path) -> Literal["jsonl", "json", "csv"]:
    """An archive's form from its name (``.csv``, ``.tsv``) or its first line: JSON Lines when that
    line is a whole JSON object that is no feed, else one JSON document."""
    if path.suffix.lower() in (".csv", ".tsv"):
        return "csv"
    with open(path, encoding="utf-8-sig") as fh:
        first = next((line for line in fh if line.strip()), "")
    if not first.lstrip().startswith("{"):
        return "json"
    value = _loads(first)
    return "jsonl" if isinstance(value, dict) and "dataFeedElement" not in value else "json"


def _loads(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        return _Broken(e.msg)


@dataclass(frozen=True, slots=True)
class _Broken:
    message: str


def _item(where: str, value: Any) -> FactCheck | Problem:
    """A decoded ClaimReview as a fact-check, or why it is none."""
    if isinstance(value, _Broken):
        return Problem(where, f"not JSON ({value.message}); skipped")
    if not isinstance(value, dict):
        return Problem(where, "not a JSON object; skipped")
    author = value.get("itemReviewed")
    fields = {
        "identifier": value.get("identifier"),
        "claimReviewed": value.get("claimReviewed"),
        "headline": value.get("headline"),
        "url": value.get("url"),
        "rating": _rating(value.get("reviewRating")),
        "author": _name(value.get("author")),
        "datePublished": value.get("datePublished"),
        "claimant": _name(author.get("author")) if isinstance(author, dict) else None,
    }
    return _fact_check(where, fields)


def _fact_check(where: str, fields: Mapping[str, Any]) -> FactCheck | Problem:
    text = {k: v.strip() if isinstance(v, str) else str(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else None for k, v in fields.items()}
    claim = text["claimReviewed"] or text["headline"]
    if not claim:
        return Problem(where, "has no claimReviewed (nor headline); skipped")
    identity = text["identifier"] or text["url"]
    if not identity:
        return Problem(where, "has neither identifier nor url; skipped")
    return FactCheck(
        identity, claim, text["headline"] or None, text["url"] or None, text["rating"] or None,
        text["author"] or None, text["datePublished"] or None, text["claimant"] or None,
    )


def _name(value: Any) -> str | None:
    """The name of an author as schema.org allows it: a string, a Person or Organization, or a list of them."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name")
    return value if isinstance(value, str) else None


def _rating(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if not isinstance(value, dict):
        return None
    rating = value.get("alternateName") or value.get("name")
    return rating if isinstance(rating, str) else None


def _csv(name: str, fh: IO[str], columns: dict[str, str]) -> Iterator[FactCheck | Problem]:
    reader = csv.DictReader(fh, dialect="excel-tab" if name.lower().endswith(".tsv") else "excel")
    header = reader.fieldnames or []
    wanted = {field: columns.get(field, field) for field in FIELDS}
    missing = [column for field, column in wanted.items() if field in columns and column not in header]
    if missing or (wanted["claimReviewed"] not in header and wanted["headline"] not in header):
        absent = ", ".join(repr(c) for c in missing or [wanted["claimReviewed"]])
        yield Problem(name, f"has no column {absent} (its columns: {', '.join(header) or 'none'}); not read")
        return
    line = reader.line_num
    for row in reader:
        where, line = f"{name}:{line + 1}", reader.line_num
        if None in row:
            yield Problem(where, f"has {len(header) + len(row[None])} cells for {len(header)} columns; skipped")  # type: ignore[index]
            continue
        yield _fact_check(where, {field: row.get(column) for field, column in wanted.items()})


class _Reader:
    """A JSON document decoded a value at a time: ``json.JSONDecoder.raw_decode`` over a window of
    the text that grows until the value is whole, and moves on past it."""

    def __init__(self, fh: IO[str]) -> None:
        self.fh = fh
        self.buffer = ""
        self.at = 0  # position in the buffer
        self.line = 1  # the line of self.at
        self.ended = False
        self.decoder = json.JSONDecoder()

    def _more(self) -> bool:
        if self.ended:
            return False
        block = self.fh.read(_BLOCK)
        if not block:
            self.ended = True
            return False
        self.buffer = self.buffer[self.at :] + block
        self.at = 0
        return True

    def stop(self) -> None:
        """Read no further: what follows broken JSON cannot be told apart from it."""
        self.ended, self.buffer, self.at = True, "", 0

    def peek(self) -> str:
        """The next character that is no white space ("" at the end)."""
        while True:
            end = _SPACE.match(self.buffer, self.at).end()  # type: ignore[union-attr]
            self.line += self.buffer.count("\n", self.at, end)
            self.at = end
            if self.at < len(self.buffer) or not self._more():
                return self.buffer[self.at : self.at + 1]

    def take(self, char: str) -> bool:
        if self.peek() == char:
            self.at += 1
            return True
        return False

    def value(self) -> Any:
        """The next JSON value; ``_Broken`` when there is none that is whole."""
        self.peek()
        while True:
            try:
                value, end = self.decoder.raw_decode(self.buffer, self.at)
            except json.JSONDecodeError as e:
                if len(self.buffer) - self.at < _LARGEST_ELEMENT and self._more():
                    continue
                return _Broken(e.msg)
            if end == len(self.buffer) and self._more():
                continue  # a number or word may go on in the next block
            self.line += self.buffer.count("\n", self.at, end)
            self.at = end
            return value


def _json(name: str, fh: IO[str]) -> Iterator[FactCheck | Problem]:
    """The fact-checks of a JSON document: an array of ClaimReviews, one ClaimReview, or a DataFeed."""
    reader = _Reader(fh)
    first = reader.peek()
    if first == "[":
        yield from _elements(name, reader, lambda where, value: [_item(where, value)])
    elif first == "{":
        yield from _object(name, reader)
    else:
        yield Problem(f"{name}:{reader.line}", "is no JSON array or object of fact-checks; not read")
        return
    if reader.peek():
        yield Problem(f"{name}:{reader.line}", "holds more after its JSON document; that was not read")


def _elements(name: str, reader: _Reader, each: Any) -> Iterator[FactCheck | Problem]:
    """The fact-checks of each element of the array the reader is at (``each`` makes them)."""
    reader.take("[")
    if reader.take("]"):
        return
    while True:
        reader.peek()
        where = f"{name}:{reader.line}"
        value = reader.value()
        if isinstance(value, _Broken):
            yield Problem(where, f"not JSON ({value.message}); the rest of the file is not read")
            reader.stop()
            return
        yield from each(where, value)
        if reader.take(","):
            continue
        if not reader.take("]"):
            yield Problem(f"{name}:{reader.line}", "expected ',' or ']' in the array; the rest of the file is not read")
            reader.stop()
        return


def _object(name: str, reader: _Reader) -> Iterator[FactCheck | Problem]:
    """A DataFeed, read key by key so that its ``dataFeedElement`` streams; or one ClaimReview."""
    start = f"{name}:{reader.line}"
    reader.take("{")
    kept: dict[str, Any] = {}
    feed = False
    while reader.peek() not in ("}", ""):
        key = reader.value()
        if not isinstance(key, str) or not reader.take(":"):
            yield Problem(f"{name}:{reader.line}", "not JSON (a broken object); the rest of the file is not read")
            reader.stop()
            return
        if key == "dataFeedElement" and reader.peek() == "[":
            feed = True
            yield from _elements(name, reader, _feed_element)
        else:
            value = reader.value()
            if isinstance(value, _Broken):
                yield Problem(f"{name}:{reader.line}", f"not JSON ({value.message}); the rest of the file is not read")
                reader.stop()
                return
            kept[key] = value
        reader.take(",")
    reader.take("}")
    if not feed:
        yield _item(start, kept)


def _feed_element(where: str, element: Any) -> list[FactCheck | Problem]:
    """The ClaimReviews of one DataFeedItem (``item`` is one object or a list of them)."""
    if not isinstance(element, dict):
        return [Problem(where, "a feed element that is not a JSON object; skipped")]
    items = element.get("item")
    if isinstance(items, dict):
        items = [items]
    if not isinstance(items, list) or not items:
        return [Problem(where, "a feed element without an item; skipped")]
    return [_item(where, item) for item in items]

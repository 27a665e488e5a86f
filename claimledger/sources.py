"""Reading input: files, folders, globs, ``-`` for stdin, JSONL documents and web pages.

Yields documents and problems in input order, so one bad file never stops a
batch: the caller reports each ``Problem`` and goes on. Plain-text documents
are their file's text decoded as UTF-8 (a byte order mark dropped, CRLF kept,
so offsets match the file); their id is the path as given. Web pages (``.html``,
``.htm``) are reduced to their article text by claimledger.webpages.

Memory stays bounded whatever the input's size: JSONL is read a line at a time,
and a plain-text file larger than ``STREAM_ABOVE`` bytes becomes a
``LargeDocument``, read twice in blocks (once to check and hash it, once to
extract from it paragraph by paragraph).
"""

from __future__ import annotations

import codecs
import dataclasses
import datetime as dt
import glob
import hashlib
import json
import os
import sys
from collections.abc import Container, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from claimledger import input_dates, quotemarks, webpages
from claimledger.ledger import json_object
from claimledger.pipeline import Document

InputFormat = Literal["auto", "text", "jsonl", "html"]
FOLDER_SUFFIXES = (".txt", ".md", ".jsonl", *webpages.SUFFIXES)
STREAM_ABOVE = 8 * 2**20  # bytes: larger plain-text files are streamed
BLOCK = 2**20  # bytes read at a time from a large file
_BINARY_SHARE = 0.01  # a file whose first block is more NUL bytes than this is not text


@dataclass(frozen=True, slots=True)
class Problem:
    """Input that could not be read, or only in part: where, and why, in one line."""

    where: str
    message: str
    skipped: bool = True  # False: the input was read all the same, without the part named (a bad date)

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


@dataclass(frozen=True, slots=True)
class LargeDocument:
    """A plain-text file too big to hold: its text comes in chunks that end at paragraph breaks."""

    id: str
    path: Path
    sha256: str
    encoding_errors: str
    published: dt.date | None = None

    def chunks(self) -> Iterator[str]:
        pending = ""
        for piece in _decoded_blocks(self.path, self.encoding_errors):
            pending += piece
            cut = _paragraph_break(pending)
            if cut:
                yield pending[:cut]
                pending = pending[cut:]
        if pending:
            yield pending


def read(
    inputs: list[str],
    input_format: InputFormat = "auto",
    encoding_errors: str = "strict",
    unique_ids: bool = False,
    date_order: input_dates.DateOrder | None = None,
) -> Iterator[Document | LargeDocument | Problem]:
    """Every document named by ``inputs`` (paths, folders, globs, ``-``), in order. A document
    id that an earlier input gave another text is a problem naming both inputs, and the
    document is skipped, since its claims would merge with the other's; with ``unique_ids``
    it is read as ``ID~2`` (``~3``, ...) instead. ``date_order`` reads a JSONL document's
    numeric ``published`` date whose day and month could be either (claimledger.input_dates)."""
    seen: dict[str, tuple[str, str]] = {}  # document id -> the input that gave it first, its text's sha256
    taken: dict[str, int] = {}  # document id -> how many texts have come with it
    for name, path in expand(inputs):
        if isinstance(path, Problem):
            yield path
            continue
        for doc in read_one(name, path, input_format, encoding_errors, date_order):
            if isinstance(doc, Problem):
                yield doc
                continue
            digest = doc.sha256 if isinstance(doc, LargeDocument) else hashlib.sha256(doc.text.encode("utf-8", "surrogatepass")).hexdigest()
            first = seen.setdefault(doc.id, (name, digest))
            if first[1] == digest:
                yield doc
            elif unique_ids:
                taken[doc.id] = taken.get(doc.id, 1) + 1
                yield dataclasses.replace(doc, id=f"{doc.id}~{taken[doc.id]}")
            else:
                yield Problem(name, f"document id {doc.id!r} comes with another text in {first[0]}; skipped (--unique-ids reads it as {doc.id}~2)")


def texts(inputs: list[str], wanted: Container[str] | None = None) -> tuple[dict[str, str], list[str]]:
    """The texts of the documents that ``inputs`` name (all, or those whose id is ``wanted``), by id,
    a large file's text whole, and the problems met reading them: what a ledger's offsets are
    checked against.

    A file none of whose lines is a document (a ledger among the documents, say) is one
    problem, not one per line; two documents with one id are a problem that names both
    (the first one's text is kept).
    """
    texts: dict[str, str] = {}
    origin: dict[str, str] = {}  # document id -> the file it came from
    problems: list[str] = []
    for name, path in expand(inputs):
        if isinstance(path, Problem):
            problems.append(str(path))
            continue
        items = list(read_one(name, path))
        found = [item for item in items if not isinstance(item, Problem)]
        bad = [item for item in items if isinstance(item, Problem) and item.skipped]  # a bad date does not change a text
        if bad and not found and len(bad) > 1:
            problems.append(f"{name}: none of its {len(bad)} lines is a document (the first: {bad[0].message})")
        else:
            problems += [str(p) for p in bad]
        for item in found:
            if item.id in origin:
                if origin[item.id] != name:
                    problems.append(f"document id {item.id!r} is in {origin[item.id]} and in {name}; the first is used")
                continue
            origin[item.id] = name
            if wanted is None or item.id in wanted:
                texts[item.id] = "".join(item.chunks()) if isinstance(item, LargeDocument) else item.text
    return texts, problems


def read_one(
    name: str, path: Path | None, input_format: InputFormat = "auto", encoding_errors: str = "strict", date_order: input_dates.DateOrder | None = None
) -> Iterator[Document | LargeDocument | Problem]:
    """The documents of one file (``path`` None: stdin), named ``name``: one, or a JSONL file's many."""
    as_jsonl = input_format == "jsonl" or (input_format == "auto" and name.endswith(".jsonl"))
    as_html = input_format == "html" or (input_format == "auto" and name.lower().endswith(webpages.SUFFIXES))
    try:
        if as_html:
            yield _page(name, sys.stdin.buffer.read() if path is None else path.read_bytes())
        elif path is None:
            yield from (_jsonl(name, sys.stdin.buffer, encoding_errors, date_order) if as_jsonl else [_text(name, sys.stdin.buffer.read(), encoding_errors)])
        elif as_jsonl:
            with open(path, "rb") as fh:
                yield from _jsonl(name, fh, encoding_errors, date_order)
        elif path.stat().st_size > STREAM_ABOVE:
            yield _large(name, path, encoding_errors)
        else:
            yield _text(name, path.read_bytes(), encoding_errors)
    except IsADirectoryError:
        yield Problem(name, "is a directory, not a file")
    except OSError as e:
        yield Problem(name, e.strerror or str(e))


def expand(inputs: list[str]) -> Iterator[tuple[str, Path | None | Problem]]:
    """Each input as (name, path); ``None`` is stdin; a folder gives its files, sorted."""
    for item in inputs:
        if item == "-":
            yield "-", None
            continue
        path = Path(item)
        if path.is_dir():
            for p in sorted(p for p in path.rglob("*") if p.suffix.lower() in FOLDER_SUFFIXES):
                yield str(p), p
            continue
        if path.exists() or os.path.islink(item):
            yield item, path
            continue
        matches = sorted(glob.glob(item, recursive=True)) if glob.has_magic(item) else []
        if not matches:
            yield item, Problem(item, "no such file or directory")
        for m in matches:
            yield m, Path(m)


def _page(name: str, data: bytes) -> Document | Problem:
    try:
        return webpages.page(name, data)
    except webpages.PageError as e:
        return Problem(name, str(e))


def _text(name: str, data: bytes, errors: str) -> Document | Problem:
    if data[:BLOCK].count(0) > _BINARY_SHARE * min(len(data), BLOCK):
        return Problem(name, "looks like a binary file (it holds NUL bytes); skipped")
    text = _decode(name, data, errors)
    return text if isinstance(text, Problem) else Document(name, text)


def _decode(name: str, data: bytes, errors: str) -> str | Problem:
    try:
        text = data.decode("utf-8", errors=errors)
    except UnicodeDecodeError as e:
        return Problem(name, f"not valid UTF-8 at byte {e.start} (use --encoding-errors replace to read it anyway)")
    return text[1:] if text.startswith("\ufeff") else text


def _large(name: str, path: Path, errors: str) -> LargeDocument | Problem:
    """Check and hash a large file in one pass, before anything is extracted from it."""
    with open(path, "rb") as fh:
        first = fh.read(BLOCK)
    if first.count(0) > _BINARY_SHARE * len(first):
        return Problem(name, "looks like a binary file (it holds NUL bytes); skipped")
    digest = hashlib.sha256()
    try:
        for piece in _decoded_blocks(path, errors):
            digest.update(piece.encode("utf-8"))
    except _BadBytes as e:
        return Problem(name, f"not valid UTF-8 at byte {e.offset} (use --encoding-errors replace to read it anyway)")
    return LargeDocument(name, path, digest.hexdigest(), errors)


class _BadBytes(Exception):
    def __init__(self, offset: int) -> None:
        self.offset = offset


def _decoded_blocks(path: Path, errors: str) -> Iterator[str]:
    """The file's text, a block at a time, without its byte order mark."""
    decoder = codecs.getincrementaldecoder("utf-8-sig")(errors=errors)
    read = 0
    with open(path, "rb") as fh:
        while block := fh.read(BLOCK):
            try:
                yield decoder.decode(block)
            except UnicodeDecodeError as e:
                raise _BadBytes(read + e.start) from None
            read += len(block)
    yield decoder.decode(b"", final=True)


def _paragraph_break(text: str) -> int:
    """Where to end a chunk: after the last blank line, else the last line break, past half a
    block; never before a line that opens a quotation, which may go on a quotation of the
    paragraph before it (quotemarks.Quotation.runs_on), nor where the next line is not read yet."""
    if len(text) < BLOCK:
        return 0
    for mark in ("\n\n", "\n"):
        cut = text.rfind(mark, BLOCK // 2)
        while cut != -1 and (cut + len(mark) >= len(text) or quotemarks.opens_quotation(text, cut + len(mark))):
            cut = text.rfind(mark, BLOCK // 2, cut)
        if cut != -1:
            return cut + len(mark)
    return len(text) if len(text) > 4 * BLOCK else 0


def _jsonl(name: str, lines: Iterable[bytes], errors: str, date_order: input_dates.DateOrder | None = None) -> Iterator[Document | Problem]:
    seen: dict[str, int] = {}  # document id -> its line
    for lineno, raw in enumerate(lines, 1):
        where = f"{name}:{lineno}"
        line = _decode(where, raw, errors)
        if isinstance(line, Problem):
            yield line
            continue
        if not line.strip():
            continue
        obj = json_object(line)
        if isinstance(obj, str):
            yield Problem(where, f"not a JSON object ({obj})" if obj else "not a JSON object")
            continue
        text = obj.get("text")
        if not isinstance(text, str):
            yield Problem(where, "has no string field 'text'")
            continue
        doc_id = obj.get("id", where)
        doc_id = doc_id if isinstance(doc_id, str) else json.dumps(doc_id)
        if doc_id in seen:
            yield Problem(where, f"repeats document id {doc_id!r} of line {seen[doc_id]}; skipped")
            continue
        seen[doc_id] = lineno
        published, problem = _published(obj.get("published"), date_order)
        if problem:
            yield Problem(where, problem, skipped=False)
        yield Document(doc_id, text, published, url=_string(obj.get("url")), title=_string(obj.get("title")))


def _published(value: object, date_order: input_dates.DateOrder | None = None) -> tuple[dt.date | None, str | None]:
    """A JSONL document's ``published`` date, or why it cannot be read: the document is
    read all the same, its relative dates unanchored (unless --ref-date anchors them)."""
    if value is None or value == "":
        return None, None
    if not isinstance(value, str):
        return None, f"'published' is not a string: {json.dumps(value)}; read without it"
    try:
        return input_dates.read_date(value, order=date_order), None
    except input_dates.DateError as e:
        return None, f"'published' {value!r} {e}; read without it"


def _string(value: object) -> str | None:
    return value if isinstance(value, str) and value else None

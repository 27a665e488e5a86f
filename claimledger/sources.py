"""Reading input: files, folders, globs, ``-`` for stdin, and JSONL documents.

Yields documents and problems in input order, so one bad file never stops a
batch: the caller reports each ``Problem`` and goes on. Plain-text documents
are their file's text decoded as UTF-8 (a byte order mark dropped, CRLF kept,
so offsets match the file); their id is the path as given.
"""

from __future__ import annotations

import datetime as dt
import glob
import json
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from claimledger.pipeline import Document

InputFormat = Literal["auto", "text", "jsonl"]
FOLDER_SUFFIXES = (".txt", ".md", ".jsonl")


@dataclass(frozen=True, slots=True)
class Problem:
    """Input that could not be read: where, and why, in one line."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


def read(inputs: list[str], input_format: InputFormat = "auto", encoding_errors: str = "strict") -> Iterator[Document | Problem]:
    """Every document named by ``inputs`` (paths, folders, globs, ``-``), in order."""
    for name, path in _expand(inputs):
        if isinstance(path, Problem):
            yield path
            continue
        as_jsonl = input_format == "jsonl" or (input_format == "auto" and name.endswith(".jsonl"))
        try:
            if path is None:
                data = sys.stdin.buffer.read()
            else:
                data = path.read_bytes()
        except IsADirectoryError:
            yield Problem(name, "is a directory")
            continue
        except OSError as e:
            yield Problem(name, e.strerror or str(e))
            continue
        if as_jsonl:
            yield from _jsonl(name, data, encoding_errors)
        else:
            text = _decode(name, data, encoding_errors)
            if isinstance(text, Problem):
                yield text
            elif "\x00" in text:
                yield Problem(name, "looks like a binary file (it holds NUL bytes); skipped")
            else:
                yield Document(name, text)


def _expand(inputs: list[str]) -> Iterator[tuple[str, Path | None | Problem]]:
    """Each input as (name, path); ``None`` is stdin; a folder gives its files, sorted."""
    for item in inputs:
        if item == "-":
            yield "-", None
            continue
        path = Path(item)
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*") if p.suffix.lower() in FOLDER_SUFFIXES and (p.is_file() or p.is_symlink())
            )
            for p in found:
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


def _decode(name: str, data: bytes, errors: str) -> str | Problem:
    try:
        text = data.decode("utf-8", errors=errors)
    except UnicodeDecodeError as e:
        return Problem(name, f"not valid UTF-8 at byte {e.start} (use --encoding-errors replace to read it anyway)")
    return text[1:] if text.startswith("\ufeff") else text


def _jsonl(name: str, data: bytes, errors: str) -> Iterator[Document | Problem]:
    seen: set[str] = set()
    for lineno, raw in enumerate(data.split(b"\n"), 1):
        where = f"{name}:{lineno}"
        line = _decode(where, raw, errors)
        if isinstance(line, Problem):
            yield line
            continue
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            yield Problem(where, f"not a JSON object ({e.msg})")
            continue
        if not isinstance(obj, dict):
            yield Problem(where, "not a JSON object")
            continue
        text = obj.get("text")
        if not isinstance(text, str):
            yield Problem(where, "has no string field 'text'")
            continue
        doc_id = obj.get("id", where)
        doc_id = doc_id if isinstance(doc_id, str) else json.dumps(doc_id)
        if doc_id in seen:
            yield Problem(where, f"repeats document id {doc_id!r}; skipped")
            continue
        seen.add(doc_id)
        published = obj.get("published")
        try:
            date = dt.date.fromisoformat(published[:10]) if isinstance(published, str) and published else None
        except ValueError:
            yield Problem(where, f"'published' is not a YYYY-MM-DD date: {published!r}")
            continue
        yield Document(doc_id, text, date)

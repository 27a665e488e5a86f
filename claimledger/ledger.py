"""The ledger file: JSON Lines, one claim per line, never a half-written line.

- To stdout: each document's lines are written together and flushed.
- To a file (``-o``): the records go to a temporary file beside it, which is
  renamed over the ledger only when the run completes. A run that is killed or
  interrupted leaves the ledger as it was.
- Appending (``--append``): the same, but the temporary file starts as a copy of
  the ledger, and only records whose ``id`` is not in it are added. A half line at
  the end of the old ledger (left by some other writer) is not copied.

Writers take an exclusive lock on ``LEDGER.lock`` for the whole run, so concurrent
runs on one ledger take turns and the result is the union of their records. A
writer holding the lock removes temporary files that killed runs left behind.
Appending costs a copy of the ledger, as reading its ids already reads all of it.
"""

from __future__ import annotations

import fcntl
import json
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import IO, Any, Protocol


_BATCH = 1000  # lines written at a time


class LedgerWriter:
    """Writes claims to a stream, or whole to a ledger file (replacing or appending)."""

    def __init__(self, path: str | None, append: bool = False, stream: IO[str] | None = None) -> None:
        self.path = Path(path) if path else None
        self.append = append
        self.stream = stream
        self.written = 0
        self.dropped_half_line = False  # the old ledger ended in a half-written line
        self._lock: int | None = None
        self._out: IO[bytes] | None = None
        self._tmp: Path | None = None
        self._known: set[str] = set()

    def __enter__(self) -> LedgerWriter:
        if self.path is None:
            return self
        directory = self.path.parent
        self._lock = os.open(f"{self.path}.lock", os.O_RDWR | os.O_CREAT, 0o644)
        fcntl.flock(self._lock, fcntl.LOCK_EX)
        for stale in directory.glob(f".{self.path.name}.*.tmp"):
            stale.unlink(missing_ok=True)  # left by a killed run: we hold the lock, so it is no one's
        fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=directory)
        self._tmp = Path(tmp)
        self._out = os.fdopen(fd, "wb")
        if self.append and self.path.exists():
            self._copy_existing()
        return self

    def _copy_existing(self) -> None:
        assert self.path is not None and self._out is not None
        with open(self.path, "rb") as old:
            for raw in old:
                if not raw.endswith(b"\n"):
                    self.dropped_half_line = True
                    break
                self._out.write(raw)
                try:
                    self._known.add(json.loads(raw)["id"])
                except (ValueError, KeyError, TypeError):
                    continue  # not a record of ours: kept as it was, but it names no id

    def write(self, claims: Iterable[Record]) -> None:
        """Write the claims whose ids are new, in batches so memory stays bounded."""
        lines: list[str] = []
        for claim in claims:
            if claim.id in self._known:
                continue
            self._known.add(claim.id)
            lines.append(claim.to_json() + "\n")
            if len(lines) >= _BATCH:
                self._emit(lines)
                lines = []
        if lines:
            self._emit(lines)

    def _emit(self, lines: list[str]) -> None:
        chunk = "".join(lines)
        if self._out is None:
            assert self.stream is not None
            self.stream.write(chunk)
            self.stream.flush()
        else:
            self._out.write(chunk.encode("utf-8"))
        self.written += len(lines)

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        if self._out is None:
            return
        try:
            if exc_type is None:
                self._out.flush()
                os.fsync(self._out.fileno())
            self._out.close()
            if exc_type is None:
                mode = self.path.stat().st_mode & 0o777 if self.path.exists() else 0o644  # type: ignore[union-attr]
                os.chmod(self._tmp, mode)  # type: ignore[arg-type]
                os.replace(self._tmp, self.path)  # type: ignore[arg-type]
            else:
                self._tmp.unlink(missing_ok=True)  # type: ignore[union-attr]
        finally:
            os.close(self._lock)  # type: ignore[arg-type]
            self._lock = None
            self._out = None


class Record(Protocol):
    """What a ledger line is written from: a Claim, a record read back, or a line made elsewhere."""

    @property
    def id(self) -> str: ...

    def to_json(self) -> str: ...


@dataclass(frozen=True, slots=True)
class JsonLine:
    """A claim already turned into its ledger line (by a worker process)."""

    id: str
    line: str

    def to_json(self) -> str:
        return self.line


class RawRecord:
    """A record read from a ledger, written back as it was (for merging)."""

    __slots__ = ("record",)

    def __init__(self, record: dict[str, Any]) -> None:
        self.record = record

    @property
    def id(self) -> str:
        return str(self.record.get("id"))

    def to_json(self) -> str:
        return json.dumps(self.record, ensure_ascii=False, separators=(",", ":"))


class LedgerLineError(ValueError):
    """A ledger line that is not a JSON object, with where it is."""

    def __init__(self, where: str, message: str) -> None:
        super().__init__(f"{where}: {message}")


def json_object(line: str) -> dict[str, Any] | str:
    """The JSON object on one line; else why not: the JSON error, or "" for JSON that is no object."""
    try:
        value = json.loads(line)
    except json.JSONDecodeError as e:
        return e.msg
    return value if isinstance(value, dict) else ""


def read_records(source: str, stream: IO[str] | None = None) -> Iterable[dict[str, Any]]:
    """The records of a ledger file (or of ``stream`` for ``-``), in order, one line at a time."""
    fh = stream if source == "-" and stream is not None else open(source, encoding="utf-8")
    try:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            record = json_object(line)
            if isinstance(record, str):
                raise LedgerLineError(f"{source}:{lineno}", f"not JSON ({record})" if record else "not a JSON object")
            yield record
    finally:
        if fh is not stream:
            fh.close()

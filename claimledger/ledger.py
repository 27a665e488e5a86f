"""The ledger file: JSON Lines, one claim per line, never a half-written line.

- To stdout: each document's lines are written together and flushed.
- To a file (``-o``): the records go to a temporary file beside it, which is
  renamed over the ledger only when the run completes. A run that is killed or
  interrupted leaves the ledger as it was.
- Appending (``--append``): the same, but the temporary file starts as a copy of
  the ledger, and only records whose ``id`` is not in it are added. A half line at
  the end of the old ledger (left by some other writer) is not copied; a whole record
  there that only lacks its newline is.

Writers take an exclusive lock on ``LEDGER.lock`` for the whole run (filelock: an
OS lock on Linux, macOS and Windows alike), so concurrent runs on one ledger take
turns and the result is the union of their records. A writer holding the lock
removes temporary files that killed runs left behind. After the rename the
directory is synced too, so the rename itself survives a power cut.

A line of the old ledger that is no record (not a JSON object with an id) is kept
where it is and reported (``bad_lines``), or with ``set_aside`` moved to
``LEDGER.rejected``; either way every good record stays. Appending costs a copy of
the ledger, as reading its ids already reads all of it.
"""

from __future__ import annotations

import errno
import json
import os
import sqlite3
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import IO, TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from filelock import FileLock

_BATCH = 1000  # lines written at a time
_IDS_IN_MEMORY = 100_000  # record ids kept in a set before they go to a temporary table
_REJECTED_SUFFIX = ".rejected"  # where --set-aside-bad-lines moves the lines of a ledger that are no records


@dataclass(frozen=True, slots=True)
class BadLine:
    """A line of an old ledger that is no record: its number, and why."""

    number: int
    reason: str


class _SeenIds:
    """The record ids a run has written or found in the ledger it appends to: a set while they
    are few, then a table in a temporary SQLite file, so a run of millions of claims keeps its
    memory flat (a set of 1.2 million ids held 120 MB)."""

    def __init__(self, in_memory: int | None = None) -> None:
        self._ids: set[str] = set()
        self._limit = _IDS_IN_MEMORY if in_memory is None else in_memory
        self._db: sqlite3.Connection | None = None

    def add(self, record_id: str) -> bool:
        """Note ``record_id``; whether it was new."""
        if self._db is None:
            if record_id in self._ids:
                return False
            self._ids.add(record_id)
            if len(self._ids) > self._limit:
                self._spill()
            return True
        try:
            return self._db.execute("INSERT OR IGNORE INTO seen VALUES (?)", (record_id,)).rowcount == 1
        except sqlite3.Error as e:
            raise OSError(errno.EIO, f"cannot keep the record ids in a temporary file: {e}", tempfile.gettempdir()) from None

    def _spill(self) -> None:
        try:
            self._db = sqlite3.connect("", isolation_level=None)  # "": a temporary file, removed on close
            self._db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; CREATE TABLE seen (id TEXT PRIMARY KEY) WITHOUT ROWID; BEGIN")
            self._db.executemany("INSERT INTO seen VALUES (?)", ((i,) for i in self._ids))
        except sqlite3.Error as e:
            raise OSError(errno.EIO, f"cannot keep the record ids in a temporary file: {e}", tempfile.gettempdir()) from None
        self._ids = set()

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
        self._ids = set()


class LedgerWriter:
    """Writes claims to a stream, or whole to a ledger file (replacing or appending)."""

    def __init__(
        self,
        path: str | None,
        append: bool = False,
        stream: IO[str] | None = None,
        set_aside: bool = False,
        waiting: Callable[[str], None] | None = None,
    ) -> None:
        self.path = Path(path) if path else None
        self.waiting = waiting  # told the ledger's name when another run holds its lock and this one waits
        self.append = append
        self.set_aside = set_aside  # move the old ledger's bad lines to LEDGER.rejected instead of keeping them
        self.stream = stream
        self.written = 0
        self.dropped_half_line = False  # the old ledger ended in a half-written line
        self.bad_lines: list[BadLine] = []  # lines of the old ledger that are no records
        self._lock: FileLock | None = None
        self._out: IO[bytes] | None = None
        self._tmp: Path | None = None
        self._known = _SeenIds()
        self._rejected: list[bytes] = []
        self._device: IO[str] | None = None  # a pipe or device named as the ledger: written to as it is
        self._target: Path | None = self.path  # the file the ledger is: ``path`` with its symlinks followed

    @property
    def rejected_path(self) -> Path | None:
        return self.path.with_name(self.path.name + _REJECTED_SUFFIX) if self.path else None

    def __enter__(self) -> LedgerWriter:
        if self.path is None:
            return self
        if self.path.is_dir():
            raise IsADirectoryError(errno.EISDIR, "is a directory; the ledger needs a file name", str(self.path))
        if self.path.exists() and not self.path.is_file():
            # /dev/stdout, a named pipe: never replaced by a file of our own (as root a rename would do it)
            self.stream = self._device = open(self.path, "w", encoding="utf-8")
            return self
        from filelock import FileLock, Timeout  # 15-20 ms to import: only when writing a file, not for stdout

        self._target = Path(os.path.realpath(self.path))  # through a symlink: the file it names is replaced, not the link
        directory = self._target.parent
        self._lock = FileLock(f"{self._target}.lock")
        try:
            self._lock.acquire(timeout=0)
        except Timeout:
            if self.waiting is not None:
                self.waiting(str(self.path))
            self._lock.acquire()
        try:
            for stale in directory.glob(f".{self._target.name}.*.tmp"):
                stale.unlink(missing_ok=True)  # left by a killed run: we hold the lock, so it is no one's
            fd, tmp = tempfile.mkstemp(prefix=f".{self._target.name}.", suffix=".tmp", dir=directory)
            self._tmp = Path(tmp)
            self._out = os.fdopen(fd, "wb")
            if self.append and self._target.exists():
                self._copy_existing()
        except BaseException:
            self._discard()
            raise
        return self

    def _copy_existing(self) -> None:
        assert self._target is not None and self._out is not None
        with open(self._target, "rb") as old:
            for number, raw in enumerate(old, 1):
                if not raw.endswith(b"\n"):
                    if _record_id(raw)[0] is None:
                        self.dropped_half_line = True  # a line cut off by a writer that died
                        break
                    raw += b"\n"  # a whole record that only lacks its newline (an editor, a script)
                if not raw.strip():
                    self._out.write(raw)
                    continue
                record_id, reason = _record_id(raw)
                if record_id is not None:
                    self._known.add(record_id)  # an id repeated in the old ledger stays as it was
                else:
                    self.bad_lines.append(BadLine(number, reason))
                    if self.set_aside:
                        self._rejected.append(raw)
                        continue
                self._out.write(raw)

    def write(self, claims: Iterable[Record]) -> None:
        """Write the claims whose ids are new, in batches so memory stays bounded."""
        lines: list[str] = []
        for claim in claims:
            if not self._known.add(claim.id):
                continue
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
        if self._device is not None:
            self._device.close()
            self._device = None
        if self._out is None:
            self._known.close()
            return
        assert self._target is not None and self._tmp is not None
        try:
            if exc_type is None:
                self._out.flush()
                os.fsync(self._out.fileno())
                self._out.close()
                if self._rejected:
                    _append_synced(self.rejected_path, self._rejected)  # type: ignore[arg-type]
                os.chmod(self._tmp, self._target.stat().st_mode & 0o777 if self._target.exists() else 0o644)
                os.replace(self._tmp, self._target)
                self._tmp = None
                _sync_directory(self._target.parent)
        finally:
            self._discard()

    def _discard(self) -> None:
        """Close and remove what a run that did not complete leaves, and let go of the lock."""
        if self._out is not None:
            self._out.close()
            self._out = None
        if self._tmp is not None:
            self._tmp.unlink(missing_ok=True)
            self._tmp = None
        self._known.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None


def _record_id(raw: bytes) -> tuple[str | None, str]:
    """A ledger line's record id, or None and why it is no record (not UTF-8, not a JSON object, no id)."""
    try:
        line = raw.rstrip(b"\r\n").decode("utf-8")  # without its newline, a cut-off string reads "Unterminated string"
    except UnicodeDecodeError as e:
        return None, f"not UTF-8 at byte {e.start}"
    record = json_object(line)
    if isinstance(record, str):
        return None, f"not JSON ({record})" if record else "not a JSON object"
    record_id = record.get("id")
    return (record_id, "") if isinstance(record_id, str) else (None, "has no string 'id'")


def _append_synced(path: Path, lines: list[bytes]) -> None:
    """Add lines to a side file, on disk before the ledger loses them."""
    with open(path, "ab") as side:
        side.writelines(lines)
        side.flush()
        os.fsync(side.fileno())


def _sync_directory(directory: Path) -> None:
    """fsync the directory, so that the rename into it is on disk too. Where the OS
    cannot open a directory (Windows), the rename is as durable as the OS makes it."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems do not sync directories; the rename stands
    finally:
        os.close(fd)


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


def json_object(line: str) -> dict[str, Any] | str:
    """The JSON object on one line; else why not: the JSON error, or "" for JSON that is no object."""
    try:
        value = json.loads(line)
    except json.JSONDecodeError as e:
        return e.msg
    return value if isinstance(value, dict) else ""


_NOT_A_LEDGER_AFTER = 3  # lines that are no records, before any record, that make a file no ledger at all


def read_records(source: str, problems: list[str], stream: IO[str] | None = None) -> Iterator[dict[str, Any]]:
    """The records of a ledger file (or of ``stream`` for ``-``), in order, one line at a time.
    A line that is no record (not UTF-8, not a JSON object) is skipped and told in ``problems``
    with its file and line, and the rest is read on, as ``--append`` does. A file of documents
    (JSON lines with a ``text`` and no ``kind``), or one whose first lines are none of them
    records, is told as such in one line and not read further. A SQLite database that
    ``claimledger db`` made (claimledger.database) is read as the ledger it holds."""
    if source != "-" and _is_database(source):
        yield from _database_records(source, problems)
        return
    fh: IO[bytes] = getattr(stream, "buffer", stream) if source == "-" and stream is not None else open(source, "rb")  # type: ignore[assignment]
    first: list[str] = []  # what is wrong with the lines before the first record: held back, to be told as one
    read_one = False
    try:
        for lineno, raw in enumerate(fh, 1):
            record, reason = _line_record(raw)
            if record is None and not reason:
                continue  # a blank line
            if record is not None:
                if not read_one and "text" in record and "kind" not in record:
                    problems.append(f"{source}: is a file of documents (JSON lines with 'text'), not a ledger; claimledger extract makes one from it")
                    return
                if not read_one:
                    problems.extend(first)
                    read_one = True
                yield record
                continue
            told = f"{source}:{lineno}: {reason}; skipped"
            if read_one:
                problems.append(told)
                continue
            first.append(told)
            if len(first) == _NOT_A_LEDGER_AFTER:
                problems.append(f"{source}: is no ledger: its first {_NOT_A_LEDGER_AFTER} lines are no records (claimledger extract reads documents)")
                return
        problems.extend(first)
    finally:
        if fh is not getattr(stream, "buffer", stream):
            fh.close()


_SQLITE_MAGIC = b"SQLite format 3\x00"  # claimledger.database.MAGIC, checked here without importing it


def _is_database(source: str) -> bool:
    """Whether a ledger argument is a SQLite file (by its first bytes), not JSON Lines."""
    try:
        with open(source, "rb") as fh:
            return fh.read(len(_SQLITE_MAGIC)) == _SQLITE_MAGIC
    except OSError:
        return False  # told when it is opened as a ledger


def _database_records(source: str, problems: list[str]) -> Iterator[dict[str, Any]]:
    """The records of a database, in order; one that is no claimledger database is told in one line."""
    from claimledger.database import DatabaseError, records

    try:
        yield from records(source)
    except DatabaseError as e:
        problems.append(str(e))


def _line_record(raw: bytes | str) -> tuple[dict[str, Any] | None, str]:
    """The JSON object on a ledger line, or None and why it is none ("" for a blank line)."""
    try:
        line = raw.decode("utf-8") if isinstance(raw, bytes) else raw
    except UnicodeDecodeError as e:
        return None, f"not UTF-8 at byte {e.start}"
    if not line.strip():
        return None, ""
    record = json_object(line)
    if isinstance(record, str):
        return None, f"not JSON ({record})" if record else "not a JSON object"
    return record, ""


def read_ledgers(sources: list[str], problems: list[str], stream: IO[str] | None = None) -> Iterator[dict[str, Any]]:
    """The records of several ledgers, in order, each record once (by id). A ledger that
    cannot be read, or a line that is no record, is told in ``problems`` and the rest read on.
    A document id that a later ledger gives another text (``doc.sha256``) is told once with
    both ledgers, and those records are left out: they are of another document."""
    seen: set[str] = set()
    texts: dict[str, tuple[str, str]] = {}  # document id -> its text's sha256, the ledger that gave it first
    told: set[tuple[str, str]] = set()
    for source in sources:
        try:
            for record in read_records(source, problems, stream):
                doc = record.get("doc") if isinstance(record.get("doc"), dict) else {}
                doc_id, digest = doc.get("id"), doc.get("sha256")
                if isinstance(doc_id, str) and isinstance(digest, str):
                    first = texts.setdefault(doc_id, (digest, source))
                    if first[0] != digest:
                        if (doc_id, source) not in told:
                            told.add((doc_id, source))
                            problems.append(f"{source}: document id {doc_id!r} comes with another text in {first[1]}; its records here were left out")
                        continue
                record_id = record.get("id")
                if isinstance(record_id, str):
                    if record_id in seen:
                        continue
                    seen.add(record_id)
                yield record
        except OSError as e:
            problems.append(f"{e.filename or source}: {e.strerror or e}")

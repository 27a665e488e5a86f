"""The ledger file: JSON Lines, one claim per line, never a half-written line.

- To stdout: each document's lines are written together and flushed.
- To a file (``-o``): written to a temporary file beside it, then renamed over
  it, so a reader sees the old ledger or the whole new one.
- Appending (``--append``): only records whose ``id`` is not already in the
  file are added, under an exclusive lock, one document's lines per write; a
  half line left at the end by a killed writer is cut off first.
"""

from __future__ import annotations

import fcntl
import json
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType
from typing import IO

from claimledger.records import Claim


class LedgerWriter:
    """Writes claims to stdout, a new file, or the end of an existing ledger."""

    def __init__(self, path: str | None, append: bool = False, stream: IO[str] | None = None) -> None:
        self.path = Path(path) if path else None
        self.append = append
        self.stream = stream
        self.written = 0
        self._fd: int | None = None
        self._tmp: str | None = None
        self._known: set[str] = set()

    def __enter__(self) -> LedgerWriter:
        if self.path is None:
            return self
        if self.append:
            self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o644)
            fcntl.flock(self._fd, fcntl.LOCK_EX)
            self._known = _read_ids_and_repair(self._fd)
        else:
            fd, self._tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent or ".")
            self._fd = fd
        return self

    def write(self, claims: Iterable[Claim]) -> None:
        lines = []
        for claim in claims:
            if claim.id in self._known:
                continue
            self._known.add(claim.id)
            lines.append(claim.to_json() + "\n")
        if not lines:
            return
        chunk = "".join(lines)
        if self._fd is None:
            assert self.stream is not None
            self.stream.write(chunk)
            self.stream.flush()
        else:
            data = chunk.encode("utf-8")
            while data:
                data = data[os.write(self._fd, data) :]
        self.written += len(lines)

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        if self._fd is None:
            return
        try:
            if exc_type is None:
                os.fsync(self._fd)
        finally:
            os.close(self._fd)
            self._fd = None
        if self._tmp is not None:
            if exc_type is None:
                os.chmod(self._tmp, 0o644)
                os.replace(self._tmp, self.path)  # type: ignore[arg-type]
            else:
                os.unlink(self._tmp)


def _read_ids_and_repair(fd: int) -> set[str]:
    """The ids already in the ledger; a trailing half line is truncated away."""
    ids: set[str] = set()
    size = os.fstat(fd).st_size
    with os.fdopen(os.dup(fd), "rb") as fh:
        fh.seek(0)
        good = 0
        for raw in fh:
            if not raw.endswith(b"\n"):
                break
            good += len(raw)
            try:
                ids.add(json.loads(raw)["id"])
            except (ValueError, KeyError, TypeError):
                continue
    if good < size:
        os.ftruncate(fd, good)
    return ids


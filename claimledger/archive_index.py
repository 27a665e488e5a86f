"""The index of a fact-check archive: a SQLite file, built once and reused while the archive is unchanged.

It holds each fact-check's fields, its figures, dates and speakers as claimledger's own
``extract`` finds them in the claim (the claimant's name too, when the archive gives it),
the archive's words with their counts and stems (so matching stems only the words that
no fact-check has), and BM25 postings: for each term (claimledger.terms) the fact-checks
that hold it with the term's BM25 weight in each (k1 1.2, b 0.75; the idf of Robertson's BM25 with 1 added, so
no weight is negative). A query's score for a fact-check is then the sum of the weights of
the query's terms, fetched by primary key and added up: the ranking of SQLite FTS5's
``bm25()`` at a fraction of its time, since FTS5 scores every row that holds any of the
terms phrase by phrase (measured when this was chosen, on the CheckThat! dev texts before
re-ranking: MAP@5 0.869 for both, 2.8 s of FTS5 searches for the 997 texts against 0.5 s).

The index is built in one pass over the archive into a temporary file that is renamed into
place, so a reader never sees half an index; postings are sorted by SQLite on disk, so
memory stays flat however large the archive. It lives beside the archive
(``ARCHIVE.claimledger.sqlite``), or in the user's cache folder when that folder is
read-only, or where ``index`` says. It is rebuilt when the archive's size and modification
time change and its content hash too, or when the way it was read or this version of
claimledger differs.
"""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import errno
import hashlib
import heapq
import json
import math
import os
import secrets
import sqlite3
import stat
import sys
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimledger import __version__, archive, identity, terms
from claimledger.archive import ArchiveFormat, FactCheck
from claimledger.pipeline import extract
from claimledger.sources import Problem

FORMAT = "3"  # the index's layout: a new one rebuilds every index
K1, B = 1.2, 0.75
SUFFIX = ".claimledger.sqlite"
_BATCH = 2000  # fact-checks written at a time
_LONG_POSTINGS = 4096  # entries: a term this common is worth checking whether it can still matter
_QUANTITY_KEYS = ("text", "value", "low", "high", "qualifier", "bound", "unit", "dimension", "si", "count_of")
_DATE_KEYS = ("text", "value", "granularity", "period")
_NO_FEATURES: dict[str, list[Any]] = {"quantities": [], "dates": [], "speakers": []}

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE factchecks (
    n INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, claim TEXT NOT NULL, headline TEXT, url TEXT, rating TEXT,
    checker TEXT, published TEXT, claimant TEXT, features TEXT
);
CREATE TABLE postings (term TEXT PRIMARY KEY, top REAL NOT NULL, docs BLOB NOT NULL, weights BLOB NOT NULL) WITHOUT ROWID;
CREATE TABLE words (word TEXT PRIMARY KEY, count INTEGER NOT NULL, stem TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE problems (n INTEGER PRIMARY KEY, message TEXT NOT NULL);
CREATE TEMP TABLE occurrences (term TEXT NOT NULL, n INTEGER NOT NULL, tf INTEGER NOT NULL, length INTEGER NOT NULL);
"""


@dataclass(frozen=True, slots=True)
class Entry:
    """A fact-check as the index holds it: its fields and what ``extract`` found in its claim."""

    fact_check: FactCheck
    quantities: list[dict[str, Any]]
    dates: list[dict[str, Any]]
    speakers: list[str]  # identity keys: the claimant's, and those of the claim's speakers


class Index:
    """An open index: search it by terms, read its entries."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        meta = dict(self.db.execute("SELECT key, value FROM meta"))
        self.size = int(meta["factchecks"])
        self.words = int(meta["words"])
        self.problems = [m for (m,) in self.db.execute("SELECT message FROM problems ORDER BY n")]

    def close(self) -> None:
        self.db.close()

    def vocabulary(self, words: Iterable[str]) -> dict[str, int]:
        """How often each of ``words`` is met in the archive's claims and headlines (known ones only)."""
        return self._words("count", words)

    def stems(self, words: Iterable[str]) -> dict[str, str]:
        """The stem of each of ``words`` that the archive's claims and headlines hold (known ones
        only), stemmed once when the index was built."""
        return self._words("stem", words)

    def _words(self, column: str, words: Iterable[str]) -> dict[str, Any]:
        return dict(_rows(self.db, f"SELECT word, {column} FROM words WHERE word IN ({{}})", list(words)))

    def search(self, query: Iterable[str], limit: int) -> list[tuple[int, float]]:
        """The ``limit`` best fact-checks for a set of terms by BM25, as (entry number, score), best first
        (equal scores in entry order).

        Terms go by their largest weight, highest first. A common term's long postings are not
        added up whole once they cannot matter (MaxScore): when the most the terms still to come
        can add is less than the ``limit``-th best score so far, no fact-check that has no score
        yet can make it, so only the candidates that still can are looked up in them."""
        lists: list[tuple[float, bytes, bytes]] = _rows(self.db, "SELECT top, docs, weights FROM postings WHERE term IN ({})", sorted(set(query)))
        lists.sort(key=lambda row: -row[0])
        still = sum(row[0] for row in lists)  # the most the terms not yet added can add
        scores: dict[int, float] = {}
        for top, blob, weights_blob in lists:
            docs, weights = array("I"), array("f")
            docs.frombytes(blob)
            weights.frombytes(weights_blob)
            bar = heapq.nlargest(limit, scores.values())[-1] if len(docs) > _LONG_POSTINGS and len(scores) >= limit else 0.0
            if still < bar:
                scores = {n: s + _weight(docs, weights, n) for n, s in scores.items() if s + still >= bar}
            else:
                get = scores.get
                for n, w in zip(docs, weights):
                    scores[n] = get(n, 0.0) + w
            still -= top
        best = heapq.nlargest(limit, scores.values())
        if not best:
            return []
        return sorted(((n, s) for n, s in scores.items() if s >= best[-1]), key=lambda item: (-item[1], item[0]))[:limit]

    def entries(self, numbers: Iterable[int]) -> dict[int, Entry]:
        rows = _rows(self.db, "SELECT n, id, claim, headline, url, rating, checker, published, claimant, features FROM factchecks WHERE n IN ({})", list(numbers))
        found = {}
        for n, *fields, features in rows:
            f = json.loads(features) if features else _NO_FEATURES
            found[n] = Entry(FactCheck(*fields), f["quantities"], f["dates"], f["speakers"])
        return found


def _rows(db: sqlite3.Connection, sql: str, keys: list[Any]) -> list[Any]:
    """The rows of a query whose ``{}`` is a list of keys, asked for 500 keys at a time (SQLite's
    limit on parameters)."""
    rows: list[Any] = []
    for chunk in range(0, len(keys), 500):
        part = keys[chunk : chunk + 500]
        rows += db.execute(sql.format(",".join("?" * len(part))), part)
    return rows


def _weight(docs: array[int], weights: array[float], n: int) -> float:
    """A term's weight in entry ``n`` (0 where it is absent), by bisection of its sorted postings."""
    at = bisect.bisect_left(docs, n)
    return weights[at] if at < len(docs) and docs[at] == n else 0.0


def open_index(
    source: str | Path,
    index: str | Path | None = None,
    form: ArchiveFormat = "auto",
    columns: Mapping[str, str] | None = None,
    progress: Callable[[int], None] | None = None,
) -> Index:
    """The index of an archive, built first when there is none that is current; ``progress`` is
    called with the number of fact-checks read while it is built."""
    path = Path(source)
    if not path.is_file():
        raise FileNotFoundError(errno.ENOENT, "no such archive file" if not path.exists() else "is no archive file", str(path))
    key = _key(path, form, columns)
    places = [Path(index)] if index is not None else [path.with_name(path.name + SUFFIX), _cache_dir() / f"{hashlib.sha256(str(path.resolve()).encode()).hexdigest()[:20]}.sqlite"]
    for place in places:
        if _current(place, key, path):
            return Index(place)
    failure: OSError | None = None
    for place in places:
        if index is None and place.parent.is_dir() and not _writable(place.parent):
            continue
        try:
            build(path, place, key, form, columns, progress)
        except (PermissionError, sqlite3.OperationalError, IsADirectoryError) as e:
            failure = failure or e
            continue
        return Index(place)
    raise PermissionError(errno.EACCES, f"cannot write the archive's index here ({failure})", str(places[0]))


def _key(path: Path, form: ArchiveFormat, columns: Mapping[str, str] | None) -> dict[str, str]:
    """What an index must have been made from to be current for this archive, read this way."""
    stat = path.stat()
    how = {"form": archive.detect(path) if form == "auto" else form, "columns": dict(sorted((columns or {}).items()))}
    return {
        "format": FORMAT,
        "version": __version__,
        "byteorder": sys.byteorder,
        "read": json.dumps(how, sort_keys=True),
        "size": str(stat.st_size),
        "mtime_ns": str(stat.st_mtime_ns),
    }


def _current(place: Path, key: dict[str, str], source: Path) -> bool:
    """Whether the index at ``place`` was made from this archive as it is now, read the same way."""
    if not place.is_file():
        return False
    try:
        db = sqlite3.connect(f"{place.resolve().as_uri()}?mode=ro", uri=True)
        try:
            meta = dict(db.execute("SELECT key, value FROM meta"))
        finally:
            db.close()
    except sqlite3.Error:
        return False
    if any(meta.get(k) != v for k, v in key.items() if k != "mtime_ns"):
        return False
    if meta.get("mtime_ns") == key["mtime_ns"]:
        return True
    if meta.get("sha256") != _sha256(source):
        return False
    with contextlib.suppress(sqlite3.Error):  # touched, not changed: remember its new time, where the index may be written
        db = sqlite3.connect(place)
        try:
            db.execute("UPDATE meta SET value = ? WHERE key = 'mtime_ns'", (key["mtime_ns"],))
            db.commit()
        finally:
            db.close()
    return True


def _writable(folder: Path) -> bool:
    """Whether a folder is meant to be written: by its permissions, not only by whether we may
    (root may write anywhere, and an archive kept read-only should not gain files)."""
    return os.access(folder, os.W_OK) and bool(folder.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def _cache_dir() -> Path:
    """The user's cache folder for claimledger: LOCALAPPDATA on Windows, ~/Library/Caches on macOS,
    else XDG_CACHE_HOME or ~/.cache."""
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "claimledger" / "archives"


def build(
    source: Path,
    target: Path,
    key: dict[str, str],
    form: ArchiveFormat = "auto",
    columns: Mapping[str, str] | None = None,
    progress: Callable[[int], None] | None = None,
) -> None:
    """Index an archive into ``target``, replacing it only once the index is whole."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}-{secrets.token_hex(4)}.tmp")  # SQLite makes it, with the usual permissions
    try:
        db = sqlite3.connect(tmp)
        try:
            db.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA temp_store = FILE;" + _SCHEMA)
            count, words, length = _fill(db, source, form, columns, progress)
            _postings(db, count, length / count if count else 1.0)
            meta = dict(key, sha256=_sha256(source), factchecks=str(count), words=str(words))
            db.executemany("INSERT INTO meta VALUES (?, ?)", sorted(meta.items()))
            db.commit()
        finally:
            db.close()
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _fill(
    db: sqlite3.Connection, source: Path, form: ArchiveFormat, columns: Mapping[str, str] | None, progress: Callable[[int], None] | None
) -> tuple[int, int, int]:
    """Write every fact-check, its term counts and the archive's word counts; how many were written,
    how many words were counted, and the terms they hold together."""
    count = words = length = problems = 0
    pending_words: Counter[str] = Counter()
    for item in archive.read(source, form, columns):
        if isinstance(item, Problem):
            db.execute("INSERT INTO problems VALUES (?, ?)", (problems, str(item)))
            problems += 1
            continue
        try:
            db.execute("INSERT INTO factchecks VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", (count, *_fields(item), _features(item)))
        except sqlite3.IntegrityError:
            db.execute("INSERT INTO problems VALUES (?, ?)", (problems, f"{source}: fact-check id {item.id!r} is repeated; the first is kept"))
            problems += 1
            continue
        text = f"{item.claim}\n{item.headline or ''}"  # as claimledger.matching reads it
        found = Counter(terms.terms(text))
        n_terms = sum(found.values())
        db.executemany("INSERT INTO occurrences VALUES (?, ?, ?, ?)", [(t, count, tf, n_terms) for t, tf in found.items()])
        said = terms.words(text)
        pending_words.update(said)
        words += len(said)
        length += n_terms
        count += 1
        if count % _BATCH == 0:
            _flush_words(db, pending_words)
            if progress:
                progress(count)
    _flush_words(db, pending_words)
    return count, words, length


def _fields(item: FactCheck) -> tuple[str | None, ...]:
    return (item.id, item.claim, item.headline, item.url, item.rating, item.checker, item.published, item.claimant)


def _features(item: FactCheck) -> str | None:
    """What ``extract`` finds in the claim (its dates anchored on the check's date), as JSON."""
    try:
        anchor = dt.date.fromisoformat(item.published[:10]) if item.published else None
    except ValueError:
        anchor = None
    quantities: list[dict[str, Any]] = []
    dates: list[dict[str, Any]] = []
    speakers = [k] if (k := identity.key(item.claimant)) else []
    for claim in extract(item.claim, item.id, anchor):
        record = claim.to_dict()
        quantities += [{k: q[k] for k in _QUANTITY_KEYS} for q in record["quantities"]]
        dates += [{k: d[k] for k in _DATE_KEYS} for d in record["dates"]]
        spoken = (record["speaker"] or {}).get("key")
        if spoken and spoken not in speakers:
            speakers.append(spoken)
    if not (quantities or dates or speakers):
        return None  # most claims: no JSON to read back
    return json.dumps({"quantities": quantities, "dates": dates, "speakers": speakers}, ensure_ascii=False, separators=(",", ":"))


def _flush_words(db: sqlite3.Connection, counts: Counter[str]) -> None:
    db.executemany(
        "INSERT INTO words VALUES (?, ?, ?) ON CONFLICT(word) DO UPDATE SET count = count + excluded.count",
        [(w, n, terms.stem(w)) for w, n in sorted(counts.items())],
    )
    counts.clear()


def _postings(db: sqlite3.Connection, count: int, average: float) -> None:
    """Each term's postings with their BM25 weights, from the term counts sorted by term on disk.
    A term's counts are held as arrays (12 bytes a fact-check), so that a term in most of a large
    archive's fact-checks takes little memory."""
    rows = db.execute("SELECT term, n, tf, length FROM occurrences ORDER BY term, n")
    term: str | None = None
    docs, tfs, lengths = array("I"), array("I"), array("I")
    out: list[tuple[str, bytes, bytes]] = []

    def close() -> None:
        idf = math.log(1 + (count - len(docs) + 0.5) / (len(docs) + 0.5))
        weights = array("f", (idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * length / average)) for tf, length in zip(tfs, lengths)))
        out.append((term, max(weights), docs.tobytes(), weights.tobytes()))  # type: ignore[arg-type]
        if len(out) >= _BATCH:
            db.executemany("INSERT INTO postings VALUES (?, ?, ?, ?)", out)
            out.clear()

    for t, n, tf, length in rows:
        if t != term:
            if docs:
                close()
            term, docs, tfs, lengths = t, array("I"), array("I"), array("I")
        docs.append(n)
        tfs.append(tf)
        lengths.append(length)
    if docs:
        close()
    db.executemany("INSERT INTO postings VALUES (?, ?, ?, ?)", out)
    db.execute("DROP TABLE occurrences")

"""The ledger as a SQLite database: flat tables that Datasette, sqlite-utils and spreadsheets open.

A JSONL ledger is what claimledger writes and diffs; a database is what people query. The
database holds every record twice over: as flat rows to query (``documents``, ``claims``,
``quantities``, ``dates``, ``speakers``, and ``claims_fts``, an FTS5 index of each claim's
content and sentence) and as the record's own JSON line (``claims.record``), so that reading
it back gives each record exactly as it was written, in the order it was written
(``claims.seq``). Every command reads a database as it reads a JSONL ledger, and gives the
same answer.

Writing appends: a record whose id is already there changes nothing, and a record whose
document id the database already holds with another text (``doc.sha256``) is left out and
told, as ``claimledger.ledger.read_ledgers`` does across ledgers. Records are written in
batches, one transaction each, so a run that is killed leaves the database as it was after
its last whole batch (SQLite's journal undoes the half one when the file is next opened).
Only the standard library's ``sqlite3`` is used; reading streams rows, never a list of them.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import sqlite3
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import urlsplit

from claimledger import __version__, identity
from claimledger.schema import SCHEMA

FORMAT = "1"  # the tables' layout: a database of another layout is refused, not written into
MAGIC = b"SQLite format 3\x00"  # the first bytes of every SQLite database file
_BATCH = 1000  # records a transaction at most (a document's records are never split)
_SECONDS = 2.0  # ... or what came in this long: a killed extraction loses at most this much of its work
_TIMEOUT = 30.0  # seconds to wait for another writer's transaction

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE documents (
    id TEXT PRIMARY KEY, sha256 TEXT, url TEXT, title TEXT, published TEXT,
    source TEXT  -- the host of the document's url: an outlet to facet by
);
CREATE TABLE claims (
    id TEXT NOT NULL UNIQUE,  -- the record's id
    seq INTEGER PRIMARY KEY,  -- the ledger's order, and the rowid that claims_fts and sqlite-utils search join on
    doc_id TEXT REFERENCES documents(id),
    kind TEXT, polarity TEXT, quote TEXT,
    has_speaker INTEGER NOT NULL,  -- 1 when the record has a speaker, named or not ("officials"); 0 for the article's own statements
    speaker_text TEXT, speaker_name TEXT, speaker_key TEXT, speaker_via TEXT, role TEXT,
    reported_by TEXT, cue TEXT, cue_lemma TEXT,
    content TEXT, content_start INTEGER, content_end INTEGER,
    sentence TEXT, sentence_index INTEGER, sentence_start INTEGER, sentence_end INTEGER,
    rule TEXT, extractor_version TEXT,
    record TEXT NOT NULL  -- the record's JSON line, as the JSONL ledger holds it
);
CREATE INDEX claims_doc ON claims(doc_id);
CREATE INDEX claims_speaker_key ON claims(speaker_key);
CREATE INDEX claims_speaker_name ON claims(has_speaker, speaker_name);
CREATE INDEX claims_kind ON claims(kind);
CREATE INDEX claims_cue_lemma ON claims(cue_lemma);
CREATE TABLE quantities (
    claim_id TEXT NOT NULL REFERENCES claims(id), n INTEGER NOT NULL,
    text TEXT, start INTEGER, "end" INTEGER,
    value REAL, low REAL, high REAL, qualifier TEXT, bound TEXT,
    unit TEXT, unit_text TEXT, dimension TEXT, si_value REAL, si_unit TEXT, count_of TEXT,
    family TEXT,  -- count, money or unit: what claimledger.figures compares it as
    measure TEXT,  -- claimledger.figures' measure as a JSON array: figures of one measure compare
    PRIMARY KEY (claim_id, n)
) WITHOUT ROWID;
CREATE INDEX quantities_measure ON quantities(measure, claim_id);
CREATE INDEX quantities_family ON quantities(family, claim_id);
CREATE TABLE dates (
    claim_id TEXT NOT NULL REFERENCES claims(id), n INTEGER NOT NULL,
    text TEXT, start INTEGER, "end" INTEGER,
    value TEXT, granularity TEXT, timex TEXT, first TEXT, last TEXT, bound TEXT,
    PRIMARY KEY (claim_id, n)
) WITHOUT ROWID;
CREATE INDEX dates_value ON dates(value);
CREATE TABLE speakers (
    key TEXT PRIMARY KEY,  -- claimledger.identity's key; `claimledger speakers` merges spellings of one person beyond it
    name TEXT NOT NULL,  -- the most frequent spelling
    roles TEXT NOT NULL,  -- a JSON array, most frequent first
    claims INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE speaker_names (
    key TEXT NOT NULL, name TEXT NOT NULL, role TEXT NOT NULL,  -- '' where the record has none
    claims INTEGER NOT NULL,
    PRIMARY KEY (key, name, role)
) WITHOUT ROWID;
CREATE VIRTUAL TABLE claims_fts USING fts5(content, sentence, content=[claims]);
"""


class DatabaseError(Exception):
    """A file that is no claimledger database, or one that cannot be written; the message says why."""


def schema_version() -> str:
    """The record format the database's JSON lines follow: the hash of ``claimledger schema``."""
    return hashlib.sha256(json.dumps(SCHEMA, sort_keys=True).encode("utf-8")).hexdigest()[:16]


def is_database(path: str | Path) -> bool:
    """Whether a file is a SQLite database (by its first bytes), so a ledger argument may be either."""
    try:
        with open(path, "rb") as fh:
            return fh.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


@dataclass
class Written:
    """What an append did: records added, records already there, and records left out (and why)."""

    added: int = 0
    present: int = 0
    problems: list[str] = field(default_factory=list)


class DatabaseWriter:
    """Appends records to a database (made when missing), a transaction a batch.

    ``write`` takes one document's records (a Claim, a record dict, or anything with ``to_json``);
    they are committed once a batch holds ``_BATCH`` records or has waited ``_SECONDS``, and the
    rest on a clean exit. An exception rolls back the batch in progress only. Where the batches
    end changes nothing in what the database holds."""

    def __init__(self, path: str | Path, source: str = "") -> None:
        self.path = Path(path)
        self.source = source or str(path)  # named in problems
        self.result = Written()
        self._db: sqlite3.Connection | None = None
        self._pending: list[dict[str, Any]] = []
        self._since = time.monotonic()  # when the batch in progress began

    @property
    def written(self) -> int:
        return self.result.added

    def __enter__(self) -> DatabaseWriter:
        if self.path.is_dir():
            raise DatabaseError(f"{self.path}: is a directory; the database needs a file name")
        if self.path.exists() and self.path.stat().st_size > 0 and not is_database(self.path):
            raise DatabaseError(f"{self.path}: is no SQLite database (a JSONL ledger? claimledger db makes one from it)")
        try:
            self._db = sqlite3.connect(self.path, timeout=_TIMEOUT, isolation_level=None)
        except sqlite3.Error as e:
            raise DatabaseError(f"{self.path}: {e}") from None
        with _closed_on_error(self._db, self.path):
            self._db.execute("PRAGMA foreign_keys = ON")
            _prepare(self._db, self.path)
        return self

    def write(self, records: Iterable[Any]) -> None:
        """Queue one document's records; commit when the batch is full."""
        self._pending.extend(_as_dict(r) for r in records)
        if len(self._pending) >= _BATCH or time.monotonic() - self._since >= _SECONDS:
            self.flush()

    def flush(self) -> None:
        """Write the queued records in one transaction."""
        self._since = time.monotonic()
        if not self._pending:
            return
        assert self._db is not None
        batch, self._pending = self._pending, []
        try:
            _append(self._db, batch, self.result, self.source)
        except sqlite3.Error as e:
            raise DatabaseError(f"{self.path}: {e}") from None

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        try:
            if exc_type is None:
                self.flush()
        finally:
            self.close()

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


def write(records: Iterable[Any], path: str | Path, source: str = "") -> Written:
    """Append records to the database at ``path`` (made when missing); what was added and left out."""
    with DatabaseWriter(path, source) as writer:
        for record in records:
            writer.write([record])
    return writer.result


def _as_dict(record: Any) -> dict[str, Any]:
    if isinstance(record, dict):
        return record
    if hasattr(record, "to_dict"):
        return record.to_dict()  # type: ignore[no-any-return]
    return json.loads(record.to_json())  # type: ignore[no-any-return]


def _prepare(db: sqlite3.Connection, path: Path) -> None:
    """Make the tables of a new database; refuse one of another layout or no claimledger one."""
    tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not tables:
        meta = {"format": FORMAT, "record_schema": schema_version(), "schema_id": SCHEMA["$id"], "measures_by": __version__}
        inserts = "".join(f"INSERT OR IGNORE INTO meta VALUES ('{k}', '{v}');" for k, v in sorted(meta.items()))
        try:  # in one transaction, and idempotent: two runs may make one database at once
            db.executescript("BEGIN IMMEDIATE;" + _SCHEMA.replace("CREATE TABLE ", "CREATE TABLE IF NOT EXISTS ").replace("CREATE INDEX ", "CREATE INDEX IF NOT EXISTS ").replace("CREATE VIRTUAL TABLE ", "CREATE VIRTUAL TABLE IF NOT EXISTS ") + inserts + "COMMIT;")
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise
    _check(db, path)
    # quantities.measure is what this version's claimledger.figures reads; another version's rows may differ
    db.execute("UPDATE meta SET value = 'mixed' WHERE key = 'measures_by' AND value != ?", (__version__,))


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _number(value: Any) -> float | None:
    return value if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _part(record: dict[str, Any], key: str) -> dict[str, Any]:
    value = record.get(key)
    return value if isinstance(value, dict) else {}


def _host(url: Any) -> str | None:
    if not isinstance(url, str):
        return None
    try:
        return urlsplit(url).hostname or None
    except ValueError:
        return None


def _claim_row(seq: int, record: dict[str, Any], line: str) -> tuple[Any, ...]:
    doc, speaker, cue, content, sentence = (_part(record, k) for k in ("doc", "speaker", "cue", "content", "sentence"))
    relay, extractor = _part(record, "reported_by"), _part(record, "extractor")
    return (
        record["id"], seq, _text(doc.get("id")),
        _text(record.get("kind")), _text(record.get("polarity")), _text(record.get("quote")),
        int(bool(record.get("speaker"))), _text(speaker.get("text")), _text(speaker.get("name")), identity.of_record(record), _text(speaker.get("via")), _text(speaker.get("role")),
        _text(relay.get("name")), _text(cue.get("text")), _text(cue.get("lemma")),
        _text(content.get("text")), _int(content.get("start")), _int(content.get("end")),
        _text(sentence.get("text")), _int(sentence.get("index")), _int(sentence.get("start")), _int(sentence.get("end")),
        _text(extractor.get("rule")), _text(extractor.get("version")),
        line,
    )  # fmt: skip


def _quantity_row(claim_id: str, n: int, q: dict[str, Any]) -> tuple[Any, ...]:
    from claimledger import figures  # the quantity reader behind it: only when writing

    si = q.get("si") if isinstance(q.get("si"), dict) else {}
    try:
        found = figures.figure(q)
    except (TypeError, ValueError, AttributeError):
        found = None  # a hand-made quantity that no figure can be read from
    measure = json.dumps(list(found.measure), ensure_ascii=False) if found is not None else None
    return (
        claim_id, n, _text(q.get("text")), _int(q.get("start")), _int(q.get("end")),
        _number(q.get("value")), _number(q.get("low")), _number(q.get("high")), _text(q.get("qualifier")), _text(q.get("bound")),
        _text(q.get("unit")), _text(q.get("unit_text")), _text(q.get("dimension")), _number(si.get("value")), _text(si.get("unit")),
        _text(q.get("count_of")), found.measure[0] if found is not None else None, measure,
    )  # fmt: skip


def _date_row(claim_id: str, n: int, d: dict[str, Any]) -> tuple[Any, ...]:
    period = d.get("period") if isinstance(d.get("period"), dict) else {}
    return (
        claim_id, n, _text(d.get("text")), _int(d.get("start")), _int(d.get("end")),
        _text(d.get("value")), _text(d.get("granularity")), _text(d.get("timex")),
        _text(period.get("first")), _text(period.get("last")), _text(d.get("bound")),
    )  # fmt: skip


def _append(db: sqlite3.Connection, batch: list[dict[str, Any]], result: Written, source: str) -> None:
    """One transaction: the batch's new records with their documents, figures, dates and speakers."""
    db.execute("BEGIN IMMEDIATE")  # the write lock first, so seq cannot be taken by another writer
    try:
        (first,) = db.execute("SELECT coalesce(max(seq), 0) FROM claims").fetchone()
        present = _present(db, [r.get("id") for r in batch])
        texts = _documents(db, [_part(r, "doc").get("id") for r in batch])  # document id -> its text's sha256
        new_documents: list[tuple[Any, ...]] = []
        told: set[str] = set()
        claims: list[tuple[Any, ...]] = []
        quantities: list[tuple[Any, ...]] = []
        dates: list[tuple[Any, ...]] = []
        spellings: dict[tuple[str, str | None, str | None], int] = {}
        for record in batch:
            record_id = record.get("id")
            if not isinstance(record_id, str):
                result.problems.append(f"{source}: a record without a string 'id' was left out")
                continue
            if record_id in present:
                result.present += 1
                continue
            doc = _part(record, "doc")
            doc_id, digest = _text(doc.get("id")), _text(doc.get("sha256"))
            if doc_id is not None:
                if doc_id not in texts:
                    new_documents.append((doc_id, digest, _text(doc.get("url")), _text(doc.get("title")), _text(doc.get("published")), _host(doc.get("url"))))
                    texts[doc_id] = digest
                known = texts[doc_id]
                if known is not None and digest is not None and known != digest:
                    if doc_id not in told:
                        told.add(doc_id)
                        result.problems.append(f"{source}: document id {doc_id!r} comes with another text in the database; its records here were left out")
                    continue
            present.add(record_id)
            line = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
            claims.append(_claim_row(first + len(claims) + 1, record, line))
            quantities += [_quantity_row(record_id, n, q) for n, q in enumerate(q for q in record.get("quantities") or () if isinstance(q, dict))]
            dates += [_date_row(record_id, n, d) for n, d in enumerate(d for d in record.get("dates") or () if isinstance(d, dict))]
            key = identity.of_record(record)
            if key is not None:
                speaker = _part(record, "speaker")
                spelling = (key, _text(speaker.get("name")), _text(speaker.get("role")))
                spellings[spelling] = spellings.get(spelling, 0) + 1
        db.executemany("INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?)", new_documents)
        db.executemany("INSERT INTO claims VALUES (" + ",".join("?" * 25) + ")", claims)
        db.execute("INSERT INTO claims_fts(rowid, content, sentence) SELECT seq, content, sentence FROM claims WHERE seq > ?", (first,))
        db.executemany("INSERT INTO quantities VALUES (" + ",".join("?" * 18) + ")", quantities)
        db.executemany("INSERT INTO dates VALUES (" + ",".join("?" * 11) + ")", dates)
        _count_speakers(db, spellings)
        db.execute("COMMIT")
        result.added += len(claims)
    except BaseException:
        db.execute("ROLLBACK")
        raise


def _present(db: sqlite3.Connection, ids: list[Any]) -> set[str]:
    """Which of these record ids the database holds already."""
    return {i for (i,) in _among(db, "SELECT id FROM claims WHERE id IN ({})", ids)}


def _documents(db: sqlite3.Connection, ids: list[Any]) -> dict[str, str | None]:
    """The documents of these ids that the database holds already, with their texts' sha256."""
    return dict(_among(db, "SELECT id, sha256 FROM documents WHERE id IN ({})", ids))


def _among(db: sqlite3.Connection, sql: str, values: list[Any]) -> Iterator[tuple[Any, ...]]:
    """The rows of a query ``... IN ({})`` over the distinct strings of ``values``, 500 at a time."""
    wanted = sorted({v for v in values if isinstance(v, str)})
    for at in range(0, len(wanted), 500):
        part = wanted[at : at + 500]
        yield from db.execute(sql.format(",".join("?" * len(part))), part)


def _count_speakers(db: sqlite3.Connection, spellings: dict[tuple[str, str | None, str | None], int]) -> None:
    """Add a batch's claims to ``speaker_names`` (each key's spellings and roles with their claims),
    and write the ``speakers`` row of each key it touched from them: the role as ``claimledger
    speakers`` takes it, the record's or the title that opens the name."""
    db.executemany(
        "INSERT INTO speaker_names VALUES (?, ?, ?, ?) ON CONFLICT(key, name, role) DO UPDATE SET claims = claims + excluded.claims",
        [(key, name or "", role or "", n) for (key, name, role), n in sorted(spellings.items(), key=lambda kv: tuple(x or "" for x in kv[0]))],
    )
    for key in sorted({key for key, _, _ in spellings}):
        names: dict[str, int] = {}
        roles: dict[str, int] = {}
        total = 0
        for name, role, count in db.execute("SELECT name, role, claims FROM speaker_names WHERE key = ?", (key,)):
            total += count
            if name:
                names[name] = names.get(name, 0) + count
            role = role or identity.title(name)
            if role:
                roles[role] = roles.get(role, 0) + count
        ranked = sorted(names.items(), key=lambda kv: (-kv[1], kv[0]))
        db.execute(
            "INSERT OR REPLACE INTO speakers VALUES (?, ?, ?, ?)",
            (key, ranked[0][0] if ranked else key, json.dumps([r for r, _ in sorted(roles.items(), key=lambda kv: (-kv[1], kv[0]))], ensure_ascii=False), total),
        )


def connect(path: str | Path) -> sqlite3.Connection:
    """A read-only connection to a claimledger database; DatabaseError for a file that is none,
    or one of another layout."""
    try:
        db = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, timeout=_TIMEOUT)
    except sqlite3.Error as e:
        raise DatabaseError(f"{path}: {e}") from None
    with _closed_on_error(db, path):
        _check(db, path)
    return db


def _check(db: sqlite3.Connection, path: str | Path) -> None:
    """Refuse a SQLite file that is no claimledger database, or one of another table layout."""
    tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "claims" not in tables or "meta" not in tables:
        raise DatabaseError(f"{path}: is a SQLite database but no claimledger ledger (it has no claims table)")
    layout = db.execute("SELECT value FROM meta WHERE key = 'format'").fetchone()
    if layout is None or layout[0] != FORMAT:
        raise DatabaseError(f"{path}: its tables are of layout {layout[0] if layout else None!r}; this claimledger reads and writes layout {FORMAT!r}")


@contextlib.contextmanager
def _closed_on_error(db: sqlite3.Connection, path: str | Path) -> Iterator[None]:
    """Close the connection when opening fails; what SQLite raises becomes DatabaseError."""
    try:
        yield
    except sqlite3.Error as e:
        db.close()
        raise DatabaseError(f"{path}: {e}") from None
    except BaseException:
        db.close()
        raise


@contextlib.contextmanager
def _reading(path: str | Path, db: sqlite3.Connection | None = None) -> Iterator[sqlite3.Connection]:
    """A read-only connection, closed at the end; what SQLite raises (a damaged file) becomes DatabaseError."""
    db = db or connect(path)
    try:
        yield db
    except sqlite3.Error as e:
        raise DatabaseError(f"{path}: {e}") from None
    finally:
        db.close()


def _rows(db: sqlite3.Connection, sql: str, parameters: tuple[Any, ...] = ()) -> Iterator[dict[str, Any]]:
    for (line,) in db.execute(sql, parameters):
        yield json.loads(line)


def records(path: str | Path) -> Iterator[dict[str, Any]]:
    """Every record of a database, in the order it was written, one row at a time."""
    with _reading(path) as db:
        yield from _rows(db, "SELECT record FROM claims ORDER BY seq")


def lines(path: str | Path) -> Iterator[str]:
    """Every record of a database as its ledger line (with its newline), in order: for ``validate``.
    The database is opened at once, so one that is none raises DatabaseError here, not when read."""
    opened = connect(path)

    def read() -> Iterator[str]:
        with _reading(path, opened) as db:
            for (line,) in db.execute("SELECT record FROM claims ORDER BY seq"):
                yield line + "\n"

    return read()


def size(path: str | Path) -> int:
    """How many records a database holds."""
    with _reading(path) as db:
        return int(db.execute("SELECT count(*) FROM claims").fetchone()[0])


def with_measure(path: str | Path, measure: tuple[str | None, ...], any_count: bool = False) -> Iterator[dict[str, Any]]:
    """The records with a quantity of this measure (of any count, with ``any_count``), in ledger order:
    the only ones ``claimledger find`` can match. A database whose measures were read by another
    version of claimledger is read whole instead, since the measures may differ."""
    with _reading(path) as db:
        version = db.execute("SELECT value FROM meta WHERE key = 'measures_by'").fetchone()
        if version is None or version[0] != __version__:
            yield from _rows(db, "SELECT record FROM claims ORDER BY seq")
        elif any_count:
            yield from _rows(db, "SELECT record FROM claims WHERE id IN (SELECT claim_id FROM quantities WHERE family = 'count') ORDER BY seq")
        else:
            wanted = json.dumps(list(measure), ensure_ascii=False)
            yield from _rows(db, "SELECT record FROM claims WHERE id IN (SELECT claim_id FROM quantities WHERE measure = ?) ORDER BY seq", (wanted,))


def speaking(path: str | Path) -> Iterator[dict[str, Any]]:
    """What ``claimledger.identity.identities`` reads of each record with a speaker (its key, name,
    role and document), in ledger order, from the columns: no record's JSON is parsed."""
    with _reading(path) as db:
        rows = db.execute("SELECT speaker_key, speaker_name, role, doc_id FROM claims WHERE speaker_key IS NOT NULL ORDER BY seq")
        for key, name, role, doc_id in rows:
            yield {"speaker": {"key": key, "name": name, "role": role}, "doc": {"id": doc_id}}


_STATS = {
    "kind": "coalesce(nullif(kind, ''), '?')",
    "speaker": "CASE WHEN has_speaker THEN coalesce(nullif(speaker_name, ''), '(unresolved)') ELSE '(none)' END",
    "cue": "coalesce(nullif(cue_lemma, ''), '(none)')",
    "doc": "coalesce(nullif(doc_id, ''), '?')",
}


def count(path: str | Path) -> dict[str, Any]:
    """``claimledger.query.count`` by SQL: claims by kind, speaker name, cue lemma and document, most first."""
    with _reading(path) as db:
        counts: dict[str, Any] = {"claims": int(db.execute("SELECT count(*) FROM claims").fetchone()[0])}
        for name, expression in _STATS.items():
            rows = db.execute(f"SELECT {expression} AS k, count(*) AS c FROM claims GROUP BY k ORDER BY c DESC, k")
            counts[name] = {k: c for k, c in rows}
        return counts

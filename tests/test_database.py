"""claimledger.database: the ledger as SQLite. Every reading command gives the same answer from
the database as from the JSONL ledger it was loaded from; appending again changes nothing; the
tables hold what sqlite-utils and Datasette users query; a killed append loses no earlier record."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from claimledger import database, extract
from claimledger.cli import app
from conftest import check_record

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()

# Invented: a ferry strike in an invented harbour town, told by three outlets over two days.
ARTICLES = [
    (
        "tidewater-0611",
        "2025-06-11",
        "https://tidewater.example/ferries",
        "Ferry crews walk out",
        "Harbour Master Petra Lindqvist said 14 ferries were cancelled on Tuesday.\n"
        "The union said 420 crew members joined the strike.\n"
        "Mayor Tomas Ekberg said the town would lose £2 million a week.\n"
        "The ferry operator denied that the crews had been offered no pay rise.\n"
        "A spokesman for the port declined to comment.",
    ),
    (
        "coastline-0611",
        "2025-06-11",
        "https://www.coastline.example/news/strike",
        "Strike halts crossings",
        "Petra Lindqvist said 17 ferries were cancelled on Tuesday.\n"
        "The union said about 400 crew members joined the strike.\n"
        "Tomas Ekberg said the strike cost the town £2m per week.\n"
        "The union said the crews had been offered no pay rise at all since 2023.",
    ),
    (
        "bulletin-0612",
        "2025-06-12",
        None,
        None,
        "Lindqvist said 14 ferries were cancelled, up from 9 last month.\n"
        "“We will not sail until this is settled,” said union leader Ana Sorensen.\n"
        "Sorensen said 35 percent of crossings had been lost in June.",
    ),
]


def _records() -> list[dict[str, Any]]:
    records = []
    for doc_id, day, url, title, text in ARTICLES:
        published = dt.date.fromisoformat(day)
        for claim in extract(text, doc_id, published, url=url, title=title, published=published):
            record = claim.to_dict()
            check_record(record, text)
            records.append(record)
    return records


@pytest.fixture(scope="module")
def ledgers(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The articles' ledger as JSON Lines, and the database ``claimledger db`` loads it into."""
    folder = tmp_path_factory.mktemp("database")
    jsonl, db = folder / "ledger.jsonl", folder / "ledger.db"
    jsonl.write_text("".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in _records()), encoding="utf-8")
    result = runner.invoke(app, ["db", str(jsonl), "-o", str(db)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""  # stdout is data only, and db writes none
    return jsonl, db


def test_the_articles_give_what_the_commands_need(ledgers: tuple[Path, Path]) -> None:
    records = [json.loads(line) for line in ledgers[0].read_text(encoding="utf-8").splitlines()]
    assert len(records) >= 10
    assert {"denial", "no_comment", "speech"} <= {r["kind"] for r in records}
    assert sum(len(r["quantities"]) for r in records) >= 8 and any(r["dates"] for r in records)


COMMANDS = [
    ["stats", "{ledger}", "--json"],
    ["show", "{ledger}"],
    ["show", "{ledger}", "--context", "--speaker", "lindqvist"],
    ["show", "{ledger}", "--kind", "denial", "--since", "2025-06-11", "--until", "2025-06-11"],
    ["show", "{ledger}", "--grep", "ferr(y|ies)", "--has-quantity"],
    ["find", "14 ferries", "{ledger}"],
    ["find", "£2 million a week", "{ledger}"],
    ["find", "400", "{ledger}"],  # a count of anything
    ["find", "35%", "{ledger}"],
    ["find", "14 ferries", "{ledger}", "--speaker", "Lindqvist", "--since", "2025-06-12"],
    ["find", "99 ferries", "{ledger}"],  # none
    ["conflicts", "{ledger}"],
    ["conflicts", "{ledger}", "--kind", "denial"],
    ["speakers", "{ledger}", "--json"],
    ["export", "{ledger}", "--to", "claim"],
    ["export", "{ledger}", "--to", "claimreview", "--rating", "False"],
    ["export", "{ledger}", "--to", "annotation", "--cue", "say"],
    ["export", "{ledger}", "--to", "csv"],
    ["export", "{ledger}", "--to", "csv", "--table", "quantities"],
    ["export", "{ledger}", "--to", "csv", "--table", "dates"],
    ["merge", "{ledger}"],
    ["validate", "{ledger}"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=[" ".join(c) for c in COMMANDS])
def test_a_command_gives_the_same_answer_from_the_database(ledgers: tuple[Path, Path], command: list[str]) -> None:
    jsonl, db = ledgers
    answers = []
    for ledger in (jsonl, db):
        result = runner.invoke(app, [str(ledger) if arg == "{ledger}" else arg for arg in command])
        answers.append((result.exit_code, result.stdout, result.stderr.replace(str(ledger), "LEDGER")))
    assert answers[0] == answers[1]
    assert answers[0][0] == 0


def test_some_answers_are_not_empty(ledgers: tuple[Path, Path]) -> None:
    """So that the table above compares answers, not two empty outputs."""
    _, db = ledgers
    for command, least in ((["find", "14 ferries"], 2), (["find", "£2 million a week"], 2), (["conflicts"], 1), (["speakers", "--json"], 3)):
        result = runner.invoke(app, [*command, str(db)])
        assert len(result.stdout.splitlines()) >= least, command


def test_a_database_mixed_with_a_jsonl_ledger_is_read_as_one_ledger(ledgers: tuple[Path, Path]) -> None:
    jsonl, db = ledgers
    for command in (["conflicts"], ["speakers", "--json"], ["find", "14 ferries"]):
        mixed = runner.invoke(app, [*command, str(db), str(jsonl)])
        alone = runner.invoke(app, [*command, str(jsonl)])
        assert (mixed.exit_code, mixed.stdout) == (alone.exit_code, alone.stdout)


def test_the_report_is_the_same_from_the_database(ledgers: tuple[Path, Path], tmp_path: Path) -> None:
    jsonl, db = ledgers
    docs = tmp_path / "docs.jsonl"
    docs.write_text("".join(json.dumps({"id": i, "text": t, "published": d}) + "\n" for i, d, _, _, t in ARTICLES), encoding="utf-8")
    pages = []
    for ledger in (jsonl, db):
        out = tmp_path / ledger.suffix.strip(".") / "report.html"
        out.parent.mkdir()
        result = runner.invoke(app, ["report", str(ledger), "--docs", str(docs), "-o", str(out)])
        assert result.exit_code == 0, result.stderr
        pages.append(sorted((p.relative_to(out.parent).as_posix(), p.read_text(encoding="utf-8").replace(str(ledger), "LEDGER")) for p in out.parent.rglob("*.html")))
    assert pages[0] == pages[1]


def _tables(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    db = sqlite3.connect(path)
    try:
        names = ["meta", "documents", "claims", "quantities", "dates", "speakers", "speaker_names"]
        found = {name: db.execute(f"SELECT * FROM {name} ORDER BY 1, 2").fetchall() for name in names}
        found["claims_fts"] = db.execute("SELECT rowid, * FROM claims_fts ORDER BY rowid").fetchall()
        return found
    finally:
        db.close()


def test_reading_back_gives_every_record_as_it_was_written(ledgers: tuple[Path, Path]) -> None:
    jsonl, db = ledgers
    assert [json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in database.records(db)] == jsonl.read_text(encoding="utf-8").splitlines(keepends=True)


@pytest.mark.parametrize("how", ["db", "extract --db", "api"])
def test_appending_twice_changes_nothing(tmp_path: Path, how: str) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for doc_id, _, _, _, text in ARTICLES:
        (folder / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    ledger, db = tmp_path / "ledger.jsonl", tmp_path / "twice.db"
    made = runner.invoke(app, ["extract", str(folder), "--ref-date", "2025-06-11", "-o", str(ledger)])
    assert made.exit_code == 0
    commands = {"db": ["db", str(ledger), "-o", str(db)], "extract --db": ["extract", str(folder), "--ref-date", "2025-06-11", "--db", str(db)]}
    states = []
    for _ in range(2):
        if how == "api":
            database.write((json.loads(line) for line in ledger.read_text(encoding="utf-8").splitlines()), db)
        else:
            result = runner.invoke(app, commands[how])
            assert result.exit_code == 0 and result.stdout == "", result.stderr
        states.append(_tables(db))
    assert states[0] == states[1]
    assert len(states[0]["claims"]) == len(ledger.read_text(encoding="utf-8").splitlines()) == len(states[0]["claims_fts"])
    assert runner.invoke(app, ["merge", str(db)]).stdout == ledger.read_text(encoding="utf-8")


def test_extract_db_with_worker_processes_writes_the_same_database(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for doc_id, _, _, _, text in ARTICLES:
        (folder / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    for jobs in ("1", "2"):
        result = runner.invoke(app, ["extract", str(folder), "--ref-date", "2025-06-11", "--jobs", jobs, "--db", str(tmp_path / f"jobs{jobs}.db")])
        assert result.exit_code == 0, result.stderr
    assert _tables(tmp_path / "jobs1.db") == _tables(tmp_path / "jobs2.db")
    assert len(_tables(tmp_path / "jobs1.db")["claims"]) >= 10


def test_where_the_batches_end_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    records = _records()
    database.write(records, tmp_path / "whole.db")
    monkeypatch.setattr(database, "_BATCH", 3)
    database.write(records[:5], tmp_path / "batches.db")
    database.write(records, tmp_path / "batches.db")
    assert _tables(tmp_path / "whole.db") == _tables(tmp_path / "batches.db")


def test_the_api_tells_what_it_added_and_left_out(tmp_path: Path) -> None:
    records = _records()
    db = tmp_path / "api.db"
    first = database.write(records[:4], db, source="part")
    assert (first.added, first.present, first.problems) == (4, 0, [])
    second = database.write(records, db, source="whole")
    assert (second.added, second.present) == (len(records) - 4, 4)
    other = dict(records[0], id="another-id", doc=dict(records[0]["doc"], sha256="0" * 64))
    third = database.write([other], db, source="other.jsonl")
    assert third.added == 0
    assert third.problems == [f"other.jsonl: document id {records[0]['doc']['id']!r} comes with another text in the database; its records here were left out"]
    assert list(database.records(db)) == records


def test_the_tables_hold_flat_rows(ledgers: tuple[Path, Path]) -> None:
    _, path = ledgers
    db = sqlite3.connect(path)
    db.row_factory = sqlite3.Row
    try:
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        assert dict(db.execute("SELECT key, value FROM meta").fetchall())["record_schema"] == database.schema_version()
        doc = dict(db.execute("SELECT * FROM documents WHERE id = 'coastline-0611'").fetchone())
        assert doc == {"id": "coastline-0611", "sha256": doc["sha256"], "url": "https://www.coastline.example/news/strike", "title": "Strike halts crossings", "published": "2025-06-11", "source": "www.coastline.example"}
        assert db.execute("SELECT url, title, source FROM documents WHERE id = 'bulletin-0612'").fetchone()[:] == (None, None, None)
        ferries = db.execute(
            "SELECT c.speaker_key, c.doc_id, q.value, q.family, q.measure FROM quantities q JOIN claims c ON c.id = q.claim_id WHERE q.count_of = 'ferries' ORDER BY c.seq, q.n"
        ).fetchall()
        assert [tuple(r) for r in ferries] == [
            ("petra lindqvist", "tidewater-0611", 14, "count", '["count", "ferries"]'),
            ("petra lindqvist", "coastline-0611", 17, "count", '["count", "ferries"]'),
            ("lindqvist", "bulletin-0612", 14, "count", '["count", "ferries"]'),
        ]
        money = db.execute("SELECT text, value, unit, family, measure FROM quantities WHERE family = 'money' ORDER BY text").fetchall()
        assert [tuple(r) for r in money] == [("£2 million a week", 2e6, "GBP / week", "money", '["money", "GBP", "time"]'), ("£2m per week", 2e6, "GBP / week", "money", '["money", "GBP", "time"]')]
        speaker = dict(db.execute("SELECT * FROM speakers WHERE key = 'petra lindqvist'").fetchone())
        assert speaker == {"key": "petra lindqvist", "name": "Harbour Master Petra Lindqvist", "roles": '["Harbour Master"]', "claims": 2}
        assert dict(db.execute("SELECT * FROM speakers WHERE key = 'ana sorensen'").fetchone())["claims"] == 2
        (day,) = db.execute("SELECT value FROM dates WHERE text = 'Tuesday' AND claim_id IN (SELECT id FROM claims WHERE doc_id = 'tidewater-0611')").fetchone()
        assert day == "2025-06-10"
        denial = db.execute("SELECT kind, polarity, cue_lemma, rule FROM claims WHERE kind = 'denial'").fetchone()
        assert tuple(denial)[:3] == ("denial", "deny", "deny") and denial["rule"]
        hits = db.execute("SELECT c.doc_id FROM claims_fts JOIN claims c ON c.seq = claims_fts.rowid WHERE claims_fts MATCH 'pay rise' ORDER BY rank").fetchall()
        assert sorted(r[0] for r in hits) == ["coastline-0611", "tidewater-0611"]
        assert db.execute("INSERT INTO claims_fts(claims_fts, rank) VALUES ('integrity-check', 1)").fetchall() == []
    finally:
        db.close()


def _readme_queries() -> list[str]:
    """The SQL of the README's section on the database: every query of its ```sql blocks."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### The ledger as a database") :]
    section = section[: section.index("\n### ", 1)]
    return [q.strip() for block in re.findall(r"```sql\n(.*?)```", section, re.S) for q in block.split(";\n") if q.strip()]


# The canned queries' parameters: each picks something the example ledgers hold.
CANNED = {"denials_by": {"key": "anton velichko"}, "figure": {"measure": '["count", "drones"]'}}


@pytest.fixture(scope="module")
def examples_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The database of the example ledgers, that the README queries."""
    path = tmp_path_factory.mktemp("examples") / "ledger.db"
    result = runner.invoke(app, ["db", *map(str, sorted((ROOT / "examples" / "ledgers").glob("*.jsonl"))), "-o", str(path)])
    assert result.exit_code == 0, result.stderr
    return path


def test_the_readme_queries_run_on_the_database(examples_db: Path) -> None:
    """sqlite-utils opens the database, finds its FTS table and keys, and every README query and
    canned Datasette query returns rows (through plain sqlite3 where sqlite-utils is not installed)."""
    canned = json.loads((ROOT / "examples" / "datasette.json").read_text(encoding="utf-8"))["databases"]["ledger"]["queries"]
    assert set(canned) == set(CANNED)
    queries = [(sql, {}) for sql in _readme_queries()] + [(canned[name]["sql"], CANNED[name]) for name in sorted(canned)]
    assert len(queries) >= 5
    try:
        import sqlite_utils
    except ImportError:
        sqlite_utils = None
    if sqlite_utils is not None:
        db = sqlite_utils.Database(examples_db)
        assert set(db.table_names()) >= {"documents", "claims", "quantities", "dates", "speakers", "meta", "claims_fts"}
        assert db["claims"].detect_fts() == "claims_fts"
        assert {(fk.column, fk.other_table) for fk in db["claims"].foreign_keys} == {("doc_id", "documents")}
        assert {(fk.column, fk.other_table) for fk in db["quantities"].foreign_keys} == {("claim_id", "claims")}
        assert [r["doc_id"] for r in db["claims"].search("evacuation", columns=["doc_id"])]
        run = lambda sql, params: list(db.query(sql, params))  # noqa: E731
    else:
        plain = sqlite3.connect(examples_db)
        run = lambda sql, params: plain.execute(sql, params).fetchall()  # noqa: E731
    for sql, params in queries:
        assert run(sql, params), sql


@pytest.mark.parametrize(
    "make, told",
    [
        (lambda p: p.write_text('{"id": "x"}\n'), "is no SQLite database"),
        (lambda p: sqlite3.connect(p).execute("CREATE TABLE t (x)").connection.commit(), "is a SQLite database but no claimledger ledger"),
        (lambda p: p.mkdir(), "is a directory"),
    ],
    ids=["jsonl", "other-sqlite", "directory"],
)
def test_a_file_that_is_no_database_is_told_in_one_line(tmp_path: Path, make: Any, told: str) -> None:
    target = tmp_path / "ledger.db"
    make(target)
    source = tmp_path / "a.txt"
    source.write_text(ARTICLES[0][4], encoding="utf-8")
    ledger = tmp_path / "a.jsonl"
    ledger.write_text(runner.invoke(app, ["extract", str(source)]).stdout, encoding="utf-8")
    before = sorted(p.name for p in tmp_path.iterdir())
    for command in (["db", str(ledger), "-o", str(target)], ["extract", str(source), "--db", str(target)]):
        result = runner.invoke(app, command)
        assert result.exit_code == 1 and result.stdout == ""
        assert result.stderr.count("\n") == 1 and told in result.stderr and "Traceback" not in result.stderr
        assert result.exception is None or isinstance(result.exception, SystemExit)
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    if told.startswith("is a SQLite"):
        for command in (["stats", str(target)], ["find", "14 ferries", str(target)], ["show", str(target)], ["validate", str(target)]):
            result = runner.invoke(app, command)
            assert result.exit_code == 1 and told in result.stderr and "Traceback" not in result.stderr, command


@pytest.mark.parametrize("at", [0.1, 0.3, 0.5, 0.7, 0.9])
def test_a_damaged_database_is_told_in_one_line(ledgers: tuple[Path, Path], tmp_path: Path, at: float) -> None:
    """Pages overwritten at some point of the file: each command reads what it can, or tells what
    SQLite found in one line and exits 1; never a traceback."""
    damaged = tmp_path / "damaged.db"
    data = bytearray(ledgers[1].read_bytes())
    start = int(len(data) * at) // 4096 * 4096 or 4096
    data[start : start + 4096] = b"\xff" * 4096
    damaged.write_bytes(bytes(data))
    for command in (["stats", "{}"], ["show", "{}"], ["find", "14 ferries", "{}"], ["speakers", "{}"], ["validate", "{}"], ["merge", "{}"], ["db", str(ledgers[0]), "-o", "{}"]):
        result = runner.invoke(app, [str(damaged) if a == "{}" else a for a in command])
        assert result.exception is None or isinstance(result.exception, SystemExit), (command, result.exception)
        assert result.exit_code in (0, 1), command
        if result.exit_code == 1:
            assert result.stderr.startswith("claimledger: ") and "Traceback" not in result.stderr, command


def test_db_never_writes_into_one_of_its_ledgers(ledgers: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    jsonl, db = ledgers
    before = jsonl.read_bytes(), db.read_bytes()
    monkeypatch.chdir(jsonl.parent)
    for output in (jsonl.name, str(db), "-"):
        result = runner.invoke(app, ["db", str(jsonl), str(db), "-o", output])
        assert result.exit_code == 2 and "must be a file of its own" in result.stderr
    assert (jsonl.read_bytes(), db.read_bytes()) == before


def test_extract_db_excludes_the_jsonl_outputs(tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", "-", "--db", str(tmp_path / "x.db"), "-o", str(tmp_path / "x.jsonl")], input="Ana said 3 ships sank.")
    assert result.exit_code == 2 and "--db" in result.stderr
    assert not (tmp_path / "x.db").exists()


def test_a_killed_extract_db_keeps_the_earlier_records(tmp_path: Path) -> None:
    """kill -9 in the middle of ``extract --db``: the file passes SQLite's integrity check, holds every
    record it held before, and only whole records of the run (each with its figures and its FTS row)."""
    db = tmp_path / "killed.db"
    first = tmp_path / "first.txt"
    first.write_text(ARTICLES[0][4], encoding="utf-8")
    env = dict(os.environ, PATH=os.path.dirname(sys.executable) + os.pathsep + os.environ["PATH"])
    command = [sys.executable, "-m", "claimledger", "extract", "--ref-date", "2025-06-11", "--db", str(db)]
    subprocess.run([*command, str(first)], check=True, env=env, capture_output=True)
    earlier = [r["id"] for r in database.records(db)]
    assert earlier
    many = tmp_path / "many.jsonl"
    with open(many, "w", encoding="utf-8") as fh:
        for n in range(4000):
            figures = f"Harbour Master Petra Lindqvist said {n + 3} ferries were cancelled. The union said {n * 7 + 11} crew members joined the strike."
            fh.write(json.dumps({"id": f"wire-{n}", "text": figures}) + "\n")
    proc = subprocess.Popen([*command, str(many)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None and database.size(db) <= len(earlier):
            time.sleep(0.05)
        assert proc.poll() is None, "the run ended before it could be killed"
        time.sleep(0.3)
        os.kill(proc.pid, getattr(signal, "SIGKILL", signal.SIGTERM))
    finally:
        proc.wait()
    check = sqlite3.connect(db)
    try:
        assert check.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        (claims,) = check.execute("SELECT count(*) FROM claims").fetchone()
        assert check.execute("SELECT count(*) FROM claims_fts").fetchone() == (claims,)
        assert check.execute("SELECT count(*) FROM quantities WHERE claim_id NOT IN (SELECT id FROM claims)").fetchone() == (0,)
    finally:
        check.close()
    ids = [r["id"] for r in database.records(db)]
    assert ids[: len(earlier)] == earlier and len(ids) > len(earlier)
    assert len(ids) < 8000  # killed mid-run, not at its end

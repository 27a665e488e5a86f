"""Pairs of records that cannot both be right: ``claimledger conflicts``.

The rules are rows of ``data/conflict_rules.tsv``; this module is their engine. Two
kinds of pair, always from two documents:

- figures: two affirming records (speech, attribution, or the article's own statement)
  give figures of one measure (claimledger.figures) that are apart beyond the rounding
  of the less precise one, about one subject (one speaker identity, or the same names in
  both clauses, and no other), in documents published at most a day apart, whose clauses
  name no dates that differ. The clauses around the two figures must share a word besides
  the names (``killed``), their ``-ed`` verbs must agree (``launched`` is not ``downed``), and
  neither may have a word that changes the measure which the other lacks
  (data/figure_modifiers.txt: ``15 more people``). A figure that is a level reached
  (``rose to 15``), where it moved from (``up from 37 percent``), a restatement, an
  impossible range (``Five-0``) or a bare number with no noun and no shared verb (``an
  8-point lead``) is no claim of its own. Never paired: two figures that each sentence holds
  both of (``12 killed and 40 injured``: two measures of one report), and two copies of one
  story (:class:`Stories`, by shingles of their text). The reason names the words that tie
  the two figures.
- denial: a denial with a denial verb (data/denial_verbs.txt; ``did not confirm`` and
  other non-answers never count) of what another record affirms: most of the denial's
  content words in the affirmed content, which holds no negation itself; never in two
  copies of one story.

Precision comes first: a false conflict costs a fact-checker an hour. Records are indexed
(figures by measure and subject, each bucket swept in date order; denials by their rarest
words), never compared pair by pair: a ledger of 100,000 claims takes about 16 s
(bench/ledger.py). The index lives in a temporary SQLite database on disk (:class:`_Scratch`),
not in memory: the records are read once, as they stream, and memory holds one bucket of
figures at a time, whatever the size of the ledger.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import math
import pickle
import re
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from claimledger import figures, identity, lexicon
from claimledger.query import published

_AFFIRMING = ("speech", "attribution", "statement")  # a no_comment, or any kind to come, is neither
_DENIAL_MIN_WORDS = 3  # a denial of fewer content words ("denied the report") is too vague to pair
_WINDOW = 4  # words either side of a figure, within its clause, that say what it measures
_WORD = re.compile(r"[^\W\d_][\w'’-]*|\d[\d,.]*\d|\d")
_CLAUSE_MARK = re.compile(r"[,;:()\[\]—–\"“”!?]|\.(?:\s|$)")
_NAME_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)*")
_POSSESSIVE = re.compile(r"['’]s$")
_SHINGLE = 5  # words in a shingle of a document's text, to find copies of one story
_MIN_SHINGLES = 12  # fewer shingles than this: too short to be called a copy
_COPY_SHARE = 0.5  # the share of the shorter document's shingles that make it a copy of the longer
_CACHED = 2048  # documents whose shingles are kept at once (and 100 times as many pairs judged): memory stays flat
_ROWS = 1000  # rows written to the scratch database at once


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    between: str  # figures | denial
    subject: str  # same_speaker | shared_name | other_speaker
    days: int
    shared: float
    reason: str


@cache
def rules() -> tuple[Rule, ...]:
    """The rows of data/conflict_rules.tsv."""
    found = []
    for name, row in lexicon.table("conflict_rules").items():
        between, subject, days, shared, reason = row.split("\t")
        found.append(Rule(name, between, subject, int(days), float(shared), reason))
    return tuple(found)


@dataclass(frozen=True, slots=True)
class Conflict:
    rule: str
    reason: str
    a: dict[str, Any]  # the record that comes first in the ledger
    b: dict[str, Any]
    a_figure: dict[str, Any] | None  # the quantities in conflict, for a pair of figures
    b_figure: dict[str, Any] | None

    def to_dict(self) -> dict[str, Any]:
        return {"rule": self.rule, "reason": self.reason, "a": _side(self.a, self.a_figure), "b": _side(self.b, self.b_figure)}


def _side(record: dict[str, Any], quantity: dict[str, Any] | None) -> dict[str, Any]:
    doc = record.get("doc") or {}
    speaker = record.get("speaker") or {}
    figure = {k: quantity.get(k) for k in ("text", "value", "low", "high", "unit", "count_of")} if quantity else None
    return {
        "id": record.get("id"),
        "doc": doc.get("id"),
        "url": doc.get("url"),
        "published": doc.get("published"),
        "kind": record.get("kind"),
        "speaker": speaker.get("name") or speaker.get("text"),
        "key": identity.of_record(record),
        "sentence": (record.get("sentence") or {}).get("text"),
        "content": (record.get("content") or {}).get("text"),
        "figure": figure,
    }


def who(record: dict[str, Any]) -> str:
    """The source as people read it: the speaker's name, the words as written, or the article."""
    speaker = record.get("speaker") or {}
    return str(speaker.get("name") or speaker.get("text") or "the article")


@dataclass(slots=True)
class _Entry:
    """A record as the rules read it."""

    index: int
    record: dict[str, Any] | None  # None once the entry is filed in the scratch database, which holds the record
    doc: str
    key: str | None
    when: list[tuple[dt.date, dt.date]]
    dated: bool  # ``when`` comes from the record's own dates, not its document's publication day
    source: str  # who(record)


@dataclass(frozen=True, slots=True)
class _Figure:
    entry: _Entry
    quantity: dict[str, Any]
    position: int  # the quantity's place in its record's quantities
    figure: figures.Figure
    words: frozenset[str]
    verbs: frozenset[str]
    modifiers: frozenset[str]
    names: dict[str, str]  # the names in the figure's clause, folded, with one spelling each
    spelled: dict[str, str]  # each of ``words`` as first written, for the reason
    when: list[tuple[dt.date, dt.date]]  # the dates in the figure's own clause
    published: dt.date | None
    others: tuple[figures.Figure, ...]  # every figure of the figure's sentence, itself too

    @property
    def days(self) -> tuple[int, int] | None:
        """The days that index the figure: its publication day, else its clause's dates."""
        if self.published:
            return self.published.toordinal(), self.published.toordinal()
        return (min(a.toordinal() for a, _ in self.when), max(b.toordinal() for _, b in self.when)) if self.when else None


def find(records: Iterable[dict[str, Any]]) -> list[Conflict]:
    """Every pair of records that cannot both be right, in ledger order of their first record."""
    return list(stream(records))


def stream(records: Iterable[dict[str, Any]]) -> Iterator[Conflict]:
    """The pairs of :func:`find`, one at a time. The records are read once, as they come, into a
    temporary database (:class:`_Scratch`); memory holds one bucket of figures at a time and one
    pair as it is told, never the ledger."""
    by_kind: dict[str, list[Rule]] = defaultdict(list)
    for rule in rules():
        by_kind[rule.between].append(rule)
    with _Scratch() as scratch:
        scratch.load(records, bool(by_kind["figures"]), bool(by_kind["denial"]))
        story = Stories(db=scratch.db)
        scratch.keep(_figure_conflicts(scratch, by_kind["figures"], story))
        scratch.keep(_denial_conflicts(scratch, by_kind["denial"], story))
        yield from scratch.conflicts()


@dataclass(frozen=True, slots=True)
class _Found:
    a_index: int
    b_index: int
    rule: str
    reason: str
    a_position: int | None  # of a pair of figures: where each figure is in its record's quantities
    b_position: int | None
    order: tuple[int, int] = (0, 0)  # of a pair of figures: the first two figures in conflict are told


_SCRATCH = """
CREATE TABLE records (idx INTEGER PRIMARY KEY, record BLOB NOT NULL);  -- the affirming and denying records, pickled
CREATE TABLE sentences (doc TEXT NOT NULL, start INTEGER NOT NULL, text TEXT NOT NULL, PRIMARY KEY (doc, start)) WITHOUT ROWID;
CREATE TABLE figures (n INTEGER PRIMARY KEY, figure BLOB NOT NULL);  -- a _Figure and its subjects, pickled
CREATE TABLE members (measure TEXT NOT NULL, subject TEXT NOT NULL, n INTEGER NOT NULL);  -- the index buckets
CREATE TABLE claims (idx INTEGER PRIMARY KEY, words TEXT NOT NULL);  -- affirmed claims a denial may meet
CREATE TABLE postings (word TEXT NOT NULL, idx INTEGER NOT NULL);
CREATE TABLE denials (idx INTEGER PRIMARY KEY, words TEXT NOT NULL);
CREATE TABLE found (
    a INTEGER NOT NULL, b INTEGER NOT NULL, oi INTEGER NOT NULL, oj INTEGER NOT NULL,
    rule TEXT NOT NULL, reason TEXT NOT NULL, qa INTEGER, qb INTEGER, PRIMARY KEY (a, b)
) WITHOUT ROWID;
"""


class _Scratch:
    """The index of :func:`stream`: a private SQLite database in a temporary file, deleted when
    closed (SQLite's own, ``sqlite3.connect("")``: no path to clean up, on every platform)."""

    def __enter__(self) -> _Scratch:
        self.db = sqlite3.connect("", isolation_level=None)
        self.db.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -16000;" + _SCRATCH)
        self.db.execute("BEGIN")
        return self

    def __exit__(self, *exc: object) -> None:
        self.db.close()

    def load(self, records: Iterable[dict[str, Any]], figures_: bool, denials: bool) -> None:
        """Read the records once: file each affirming or denying one, its sentence, its figures under
        their buckets, and the content words of the claims and denials the denial rule pairs."""
        negations = lexicon.words("negations")
        denying = lexicon.words("denial_verbs")
        rows: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
        n = 0
        for index, record in enumerate(records):
            kind = record.get("kind")
            if kind not in _AFFIRMING and kind != "denial":
                continue
            entry = _entry(index, record)
            rows["records"].append((index, pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL)))
            sentence = record.get("sentence") or {}
            rows["sentences"].append((entry.doc, sentence.get("start") or 0, sentence.get("text") or ""))
            if figures_ and kind in _AFFIRMING:
                for f in _figures(entry, replace(entry, record=None)):
                    subjects = _subjects(f)
                    rows["figures"].append((n, pickle.dumps((f, subjects), protocol=pickle.HIGHEST_PROTOCOL)))
                    measure = json.dumps(list(_measure_key(f.figure)), ensure_ascii=False)
                    rows["members"] += [(measure, subject, n) for subject in sorted(subjects)]
                    n += 1
            if denials:
                if kind == "denial":
                    if record.get("polarity") == "deny" and (record.get("cue") or {}).get("lemma") in denying:
                        words = _content_words(record)
                        if len(words) >= _DENIAL_MIN_WORDS:
                            rows["denials"].append((index, json.dumps(sorted(words), ensure_ascii=False)))
                elif record.get("polarity") != "deny":
                    content = ((record.get("content") or {}).get("text") or "").lower()
                    if not (any(w in negations for w in re.findall(r"[\w'’]+", content)) or "n't" in content or "n’t" in content):
                        # "said no one was hurt" agrees with a denial that anyone was: only claims without a negation
                        words = _content_words(record)
                        rows["claims"].append((index, json.dumps(sorted(words), ensure_ascii=False)))
            if len(rows["records"]) >= _ROWS:
                self._write(rows)
        self._write(rows)
        self.db.execute("CREATE INDEX members_bucket ON members(measure, subject, n)")
        if self.db.execute("SELECT 1 FROM denials LIMIT 1").fetchone():  # the claims' words are looked up only for a denial
            try:
                self.db.execute("INSERT INTO postings SELECT value, idx FROM claims, json_each(claims.words)")
            except sqlite3.OperationalError:  # a SQLite built without its JSON functions
                for index, listed in self.db.execute("SELECT idx, words FROM claims"):
                    self.db.executemany("INSERT INTO postings VALUES (?, ?)", [(w, index) for w in json.loads(listed)])
            self.db.execute("CREATE INDEX postings_word ON postings(word, idx)")

    def _write(self, rows: dict[str, list[tuple[Any, ...]]]) -> None:
        verb = {"sentences": "INSERT OR IGNORE"}  # a document's first record with a sentence at that place gives its text
        for table, values in rows.items():
            if values:
                self.db.executemany(f"{verb.get(table, 'INSERT')} INTO {table} VALUES ({','.join('?' * len(values[0]))})", values)
        rows.clear()

    def figures(self, members: list[int]) -> tuple[dict[int, _Figure], dict[int, frozenset[str]]]:
        """The figures of a bucket, and their subjects."""
        found: dict[int, _Figure] = {}
        subjects: dict[int, frozenset[str]] = {}
        for at in range(0, len(members), 500):
            part = members[at : at + 500]
            for n, blob in self.db.execute(f"SELECT n, figure FROM figures WHERE n IN ({','.join('?' * len(part))})", part):
                found[n], subjects[n] = pickle.loads(blob)
        return found, subjects

    def record(self, index: int) -> dict[str, Any]:
        (blob,) = self.db.execute("SELECT record FROM records WHERE idx = ?", (index,)).fetchone()
        return pickle.loads(blob)  # type: ignore[no-any-return]

    def keep(self, pairs: Iterable[_Found]) -> None:
        """File pairs as they are found: of two pairs of one two records, the one found first in
        figure order (a denial before any figure) is kept."""
        rows = ((p.a_index, p.b_index, *p.order, p.rule, p.reason, p.a_position, p.b_position) for p in pairs)
        self.db.executemany(
            "INSERT INTO found VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (a, b) DO UPDATE SET"
            " oi = excluded.oi, oj = excluded.oj, rule = excluded.rule, reason = excluded.reason, qa = excluded.qa, qb = excluded.qb"
            " WHERE (excluded.oi, excluded.oj) < (found.oi, found.oj)",
            rows,
        )

    def conflicts(self) -> Iterator[Conflict]:
        """The pairs kept, in ledger order of their first record, then their second."""
        for a, b, rule, reason, qa, qb in self.db.execute("SELECT a, b, rule, reason, qa, qb FROM found ORDER BY a, b"):
            ra, rb = self.record(a), self.record(b)
            yield Conflict(rule, reason, ra, rb, ra["quantities"][qa] if qa is not None else None, rb["quantities"][qb] if qb is not None else None)


def _entry(index: int, record: dict[str, Any]) -> _Entry:
    when, dated = _when(record)
    return _Entry(
        index,
        record,
        str((record.get("doc") or {}).get("id")),
        identity.of_record(record),
        when,
        dated,
        who(record),
    )


def _names(text: str, left: int, right: int, taken: list[tuple[int, int]]) -> dict[str, str]:
    """The names in a clause of a sentence besides its speaker, cue, figures and dates: runs
    of capitalized words (``Dovrenko``, ``Irina Sokol``), folded, each with one spelling. A
    lone capitalized word that opens the sentence may be any word, and is no name."""
    common = lexicon.words("common_words")
    calendar = lexicon.table("months").keys() | lexicon.table("weekdays").keys()
    names: dict[str, str] = {}
    for m in _NAME_RUN.finditer(text, left, right):
        words = [
            w.group()
            for w in _WORD.finditer(text, m.start(), m.end())
            if not any(s <= w.start() < e for s, e in taken) and w.group().lower() not in common and w.group().lower() not in calendar
        ]
        if not words or (len(words) == 1 and text[: m.start()].strip(" “\"'‘") == ""):
            continue
        name = _POSSESSIVE.sub("", " ".join(words))
        names.setdefault(name.lower(), name)
    return names


def _spans(record: dict[str, Any], base: int) -> list[tuple[int, int]]:
    """The speaker, cue, quantity and date spans of a record, relative to its sentence."""
    spans = [record.get("speaker"), record.get("cue"), *(record.get("quantities") or ()), *(record.get("dates") or ())]
    return [(s["start"] - base, s["end"] - base) for s in spans if s]


def _when(record: dict[str, Any]) -> tuple[list[tuple[dt.date, dt.date]], bool]:
    """The days a record speaks of: its own dates, else its document's publication day, else none."""
    periods = [p for d in record.get("dates") or () if (p := _period(d))]
    if periods:
        return periods, True
    day = published(record)
    return ([(day, day)] if day else []), False


def _period(date: dict[str, Any]) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a ledger date, or None when it has no day."""
    period = date.get("period") or {}
    first, last = _day(period.get("first") or date.get("value")), _day(period.get("last") or date.get("value"))
    return (first, last) if first and last else None


def _day(value: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _same_time(a: _Entry, b: _Entry, days: int) -> bool:
    """Overlapping dates; within ``days`` when either has only its document's publication day."""
    if not a.when or not b.when:
        return True
    allowed = 0 if a.dated and b.dated else days
    return any(max((b1 - a2).days, (a1 - b2).days) <= allowed for a1, a2 in a.when for b1, b2 in b.when)


def _subject(rule: Rule, a: _Entry, b: _Entry, names: tuple[dict[str, str], dict[str, str]] | None = None) -> str | None:
    """The name the pair shares ("" when none is needed) if the pair meets the rule's subject,
    else None. With ``names`` (of the clauses around two figures), one source's two figures
    must name the same place or thing, or none: ``over Kesra`` and ``over Varna`` are two
    events, and a night's total is not what fell ``over Varna``."""
    a_names, b_names = names or ({}, {})
    shared = a_names.keys() & b_names.keys()
    one_source = a.key is not None and a.key == b.key
    if rule.subject == "same_speaker":
        return "" if one_source and (shared or a_names.keys() == b_names.keys()) else None
    if rule.subject == "shared_name":  # and no other: "Clinton leads Sanders" is not about Clinton alone
        return a_names[min(shared)] if shared and a_names.keys() == b_names.keys() and not one_source else None
    if rule.subject == "other_speaker":
        return "" if not one_source else None
    raise ValueError(f"data/conflict_rules.tsv: unknown subject {rule.subject!r}")


def _stem(word: str) -> str:
    """A light stem, enough for ``killed``/``kill``/``kills`` to meet; never shown."""
    word = _POSSESSIVE.sub("", word.lower())
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def _figures(entry: _Entry, filed: _Entry | None = None) -> Iterator[_Figure]:
    """An affirming record's figures that are claims of their own, each with the words of its
    clause, and with ``filed`` (the entry without its record) for their entry when given."""
    record = entry.record
    assert record is not None
    quantities = record.get("quantities") or ()
    origins = {(q["change"]["start"], q["change"]["end"]) for q in quantities if q.get("change")}
    sentence = record.get("sentence") or {}
    text, base = sentence.get("text") or "", sentence.get("start") or 0
    taken = _spans(record, base)
    seen: set[tuple[Any, ...]] = set()
    common = lexicon.words("common_words")
    others = tuple(f for f in map(figures.figure, quantities) if f)
    for position, q in enumerate(quantities):
        if q.get("change") or q.get("equivalent_of") or (q["start"], q["end"]) in origins:
            continue
        figure = figures.figure(q)
        if figure is None or figure.low > figure.high:
            continue  # an impossible range ("Five-0") is a misreading
        once = (figure.measure, figure.low, figure.high)  # a range is two entries of one figure
        if once in seen:
            continue
        seen.add(once)
        start, end = q["start"] - base, q["end"] - base
        if _moved_from(text, start, q):
            continue
        left, right = _clause(text, start, end)
        raw = _clause_words(text, start, end, left, right, taken)
        names = _names(text, left, right, taken)
        in_names = {w.lower() for n in names for w in n.split()}
        noun = (q.get("count_of") or "").lower()
        spelled: dict[str, str] = {}
        for w in raw:
            if w.lower() not in common and w.lower() != noun and w[0].isalpha() and _POSSESSIVE.sub("", w.lower()) not in in_names:
                spelled.setdefault(_stem(w), w)
        verbs = frozenset(_stem(w) for w in raw if w.lower().endswith("ed") and len(w) > 4)
        modifiers = frozenset(w.lower() for w in raw) & lexicon.words("figure_modifiers")
        when = _clause_dates(record, base, left, right)
        yield _Figure(filed or entry, q, position, figure, frozenset(spelled), verbs, modifiers, names, spelled, when, published(record), others)


def _moved_from(text: str, start: int, q: dict[str, Any]) -> bool:
    """Whether a figure that is no range is the level something moved from ("up from 37 percent"):
    the word before it is one of data/origin_words.txt."""
    if q.get("low") is not None and q.get("high") is not None:
        return False  # "from 5,000 to 6,000" is a range
    before = _WORD.findall(text, max(0, start - 40), start)  # the word before, not the whole sentence
    return bool(before) and before[-1].lower() in lexicon.words("origin_words")


def _clause_dates(record: dict[str, Any], base: int, left: int, right: int) -> list[tuple[dt.date, dt.date]]:
    """The periods of the record's dates that lie in the clause ``left:right`` of its sentence: a
    date elsewhere in the sentence ("in 2008", "in January") may be of another event."""
    return [p for d in record.get("dates") or () if left <= d["start"] - base < right and (p := _period(d))]


def _figures_same_time(a: _Figure, b: _Figure, days: int) -> bool:
    """Documents published at most ``days`` apart (when both say), and clause dates that overlap (when both have them)."""
    if a.published and b.published and abs((a.published - b.published).days) > days:
        return False
    if a.when and b.when:
        return any(max((b1 - a2).days, (a1 - b2).days) <= 0 for a1, a2 in a.when for b1, b2 in b.when)
    return True


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the clause around ``text[start:end]`` begins and ends, between punctuation marks."""
    left = max((m.end() for m in _CLAUSE_MARK.finditer(text, 0, start)), default=0)
    right_mark = _CLAUSE_MARK.search(text, end)
    return left, right_mark.start() if right_mark else len(text)


def _clause_words(text: str, start: int, end: int, left: int, right: int, taken: list[tuple[int, int]]) -> list[str]:
    """Up to ``_WINDOW`` words either side of a figure, within its clause, outside other spans."""

    def free(m: re.Match[str]) -> bool:
        return not any(s <= m.start() < e for s, e in taken)

    before = [m.group() for m in _WORD.finditer(text, left, start) if free(m)][-_WINDOW:]
    after = [m.group() for m in _WORD.finditer(text, end, right) if free(m)][:_WINDOW]
    return before + after


def _measures_agree(a: _Figure, b: _Figure) -> figures.Figure | None:
    """b's figure in a's measure when the two measure one thing, else None. A count that
    names no noun ("15 killed") is a count of people (data/people_counts.txt) when the two
    share their ``-ed`` verb; a bare number is no count of anything."""
    ma, mb = a.figure.measure, b.figure.measure
    if ma[0] == "count" and (ma[1] is None or mb[1] is None) and not a.verbs & b.verbs:
        return None
    if ma != mb:
        if ma[0] != "count" or mb[0] != "count":
            return None
        people = lexicon.words("people_counts")
        if not ((ma[1] is None and mb[1] in people) or (mb[1] is None and ma[1] in people)):
            return None
    if a.modifiers != b.modifiers or (a.verbs and b.verbs and not a.verbs & b.verbs):
        return None
    f = b.figure
    return figures.Figure(ma, f.value, f.low, f.high, f.tolerance)


def _one_report(a: _Figure, b: _Figure) -> bool:
    """Whether each figure's sentence also holds the other figure: two measures of one report
    ("12 were killed and 40 injured"), not two figures of one measure."""
    return any(figures.same(a.figure, f) for f in b.others) or any(figures.same(b.figure, f) for f in a.others)


def _tied(a: _Figure, b: _Figure, name: str) -> str:
    """The words that tie two figures to one measure: the counted noun or unit, the clause words
    both share, and the name they are about."""
    q = a.quantity
    words = [q.get("count_of") or q.get("unit") or ""] + [a.spelled[w] for w in sorted(a.words & b.words)] + [name]
    return ", ".join(f"“{w}”" for w in dict.fromkeys(w for w in words if w))


def _figure_conflicts(scratch: _Scratch, rules_: list[Rule], story: Stories) -> Iterator[_Found]:
    """Figures indexed by (measure, subject): a pair that can conflict shares both. Within a
    bucket, figures sorted by date meet only those near them in time. Figures of two copies
    of one story (:class:`Stories`) never pair. The buckets come from the scratch database one
    at a time, each figure numbered in ledger order."""
    if not rules_:
        return
    window = max(r.days for r in rules_)
    least = min(r.shared for r in rules_)
    rows = scratch.db.execute("SELECT measure, subject, n FROM members ORDER BY measure, subject, n")
    for (_, subject), group in itertools.groupby(rows, key=lambda row: (row[0], row[1])):
        members = [n for _, _, n in group]
        if len(members) < 2:
            continue
        found, subjects = scratch.figures(members)
        for i, j in _near(members, found, window):
            if min(subjects[i] & subjects[j]) != subject:
                continue  # the pair is met in another bucket too: judged in one only
            a, b = found[i], found[j]
            if a.entry.doc == b.entry.doc or len(a.words & b.words) < least or _one_report(a, b):
                continue
            in_a_measure = _measures_agree(a, b)
            if in_a_measure is None or not figures.apart(a.figure, in_a_measure) or story.same(a.entry.doc, b.entry.doc):
                continue
            for rule in rules_:
                name = _subject(rule, a.entry, b.entry, (a.names, b.names))
                if name is None or len(a.words & b.words) < rule.shared or not _figures_same_time(a, b, rule.days):
                    continue
                reason = rule.reason.format(
                    a=a.entry.source, b=b.entry.source, fa=f"“{a.quantity['text']}”", fb=f"“{b.quantity['text']}”", name=name, tied=_tied(a, b, name)
                )
                yield _Found(a.entry.index, b.entry.index, rule.name, reason, a.position, b.position, (i, j))
                break


def _subjects(figure: _Figure) -> frozenset[str]:
    """What a figure is about, as index keys: its speaker's identity and the names in its clause."""
    key = figure.entry.key
    return frozenset(([f"speaker:{key}"] if key else []) + [f"name:{n}" for n in figure.names])


def _measure_key(figure: figures.Figure) -> tuple[Any, ...]:
    """The measure as an index key; a count that names no noun is filed with counts of people."""
    kind, noun = figure.measure[0], figure.measure[1]
    if kind == "count" and (noun is None or noun in lexicon.words("people_counts")):
        return ("count", "people")
    return figure.measure


def _near(members: list[int], found: dict[int, _Figure], window: int) -> Iterator[tuple[int, int]]:
    """The pairs of a bucket (lower index first) whose days are within ``window`` of each other,
    and every pair with a figure that has no day at all."""
    dated = sorted((m for m in members if found[m].days), key=lambda m: found[m].days)  # type: ignore[arg-type,return-value]
    undated = [m for m in members if not found[m].days]
    for p, m in enumerate(dated):
        last = found[m].days[1]  # type: ignore[index]
        for n in dated[p + 1 :]:
            if found[n].days[0] > last + window:  # type: ignore[index]
                break
            yield (m, n) if m < n else (n, m)
    for p, m in enumerate(undated):
        for n in undated[p + 1 :] + dated:
            yield (m, n) if m < n else (n, m)


class Stories:
    """Which documents are copies of one story: two documents are when half the word shingles
    (runs of ``_SHINGLE`` words) of the shorter are in the longer. A document's text is its
    records' sentences, from ``records`` or from the ``sentences`` table of a scratch database.
    Only the documents asked about are shingled, and only the last ``_CACHED`` are kept, so
    memory follows neither the pairs nor the ledger."""

    def __init__(self, records: Iterable[dict[str, Any]] = (), db: sqlite3.Connection | None = None) -> None:
        self._sentences: dict[str, dict[int, str]] = defaultdict(dict)
        for r in records:
            sentence = r.get("sentence") or {}
            self._sentences[str((r.get("doc") or {}).get("id"))].setdefault(sentence.get("start") or 0, sentence.get("text") or "")
        self._db = db
        self._shingles: dict[str, frozenset[tuple[str, ...]]] = {}
        self._same: dict[tuple[str, str], bool] = {}

    def same(self, a: str, b: str) -> bool:
        """Whether documents ``a`` and ``b`` are one story (a document is its own)."""
        if a == b:
            return True
        pair = (a, b) if a < b else (b, a)
        if pair not in self._same:
            sa, sb = self._of(a), self._of(b)
            shorter = min(len(sa), len(sb))
            if len(self._same) >= 100 * _CACHED:
                del self._same[next(iter(self._same))]
            self._same[pair] = shorter >= _MIN_SHINGLES and len(sa & sb) >= _COPY_SHARE * shorter
        return self._same[pair]

    def _texts(self, doc: str) -> list[str]:
        if self._db is not None:
            return [t for (t,) in self._db.execute("SELECT text FROM sentences WHERE doc = ? ORDER BY start", (doc,))]
        return [t for _, t in sorted(self._sentences[doc].items())]

    def _of(self, doc: str) -> frozenset[tuple[str, ...]]:
        if doc not in self._shingles:
            if len(self._shingles) >= _CACHED:
                del self._shingles[next(iter(self._shingles))]  # the longest unused is forgotten, not wrong: shingled again when asked
            words = [w.lower() for t in self._texts(doc) for w in _WORD.findall(t)]
            self._shingles[doc] = frozenset(tuple(words[i : i + _SHINGLE]) for i in range(len(words) - _SHINGLE + 1))
        else:
            self._shingles[doc] = self._shingles.pop(doc)  # used last: kept longest
        return self._shingles[doc]


def _content_words(record: dict[str, Any]) -> set[str]:
    common = lexicon.words("common_words")
    text = (record.get("content") or {}).get("text") or ""
    return {_stem(w) for w in _WORD.findall(text) if w.lower() not in common}


def _denial_conflicts(scratch: _Scratch, rules_: list[Rule], story: Stories) -> Iterator[_Found]:
    """Each denial against the affirmed claims that hold most of its words, found through its
    rarest words (the scratch database's postings)."""
    if not rules_:
        return
    db = scratch.db
    least = min(r.shared for r in rules_)
    for index, listed in db.execute("SELECT idx, words FROM denials ORDER BY idx"):
        denial = _entry(index, scratch.record(index))
        words = set(json.loads(listed))
        need = math.ceil(least * len(words))
        postings = {w: db.execute("SELECT count(*) FROM postings WHERE word = ?", (w,)).fetchone()[0] for w in words}
        # A claim that holds ``need`` of the denial's words holds one of its rarest ``len - need + 1``.
        rarest = sorted(words, key=lambda w: (postings[w], w))[: len(words) - need + 1]
        candidates = db.execute(f"SELECT DISTINCT idx FROM postings WHERE word IN ({','.join('?' * len(rarest))}) ORDER BY idx", rarest)
        for (c,) in candidates:
            (claim_words,) = db.execute("SELECT words FROM claims WHERE idx = ?", (c,)).fetchone()
            shared = len(words & set(json.loads(claim_words)))
            if shared < need:
                continue
            claim = _entry(c, scratch.record(c))
            if claim.doc == denial.doc or story.same(claim.doc, denial.doc):
                continue
            for rule in rules_:
                if shared < math.ceil(rule.shared * len(words)) or _subject(rule, claim, denial) is None or not _same_time(claim, denial, rule.days):
                    continue
                if _figures_differ(claim, denial):
                    break  # a denial of another figure than the one claimed
                first, second = sorted((claim, denial), key=lambda e: e.index)
                reason = rule.reason.format(a=claim.source, b=denial.source, fa="", fb="", name="", tied="")
                yield _Found(first.index, second.index, rule.name, reason, None, None)
                break


def _figures_differ(a: _Entry, b: _Entry) -> bool:
    """Whether two records carry figures of one measure that are apart."""
    assert a.record is not None and b.record is not None
    fa = [f for f in map(figures.figure, a.record.get("quantities") or ()) if f]
    fb = [f for f in map(figures.figure, b.record.get("quantities") or ()) if f]
    return any(figures.apart(x, y) for x in fa for y in fb)

"""The HTML report: each document's text with its claims marked, for people who check them.

``build`` turns records (ledger lines as dicts) and the documents' texts into pages:
one self-contained page (styles and script inline, nothing fetched) when the
report is small, else an index page and one page per document (the limits below
are measured by ``bench/report.py``). Text from the news is escaped, never
interpreted. Spans may overlap in any pattern (a speaker inside another claim's
content, a quantity inside a content, a quotation over several paragraphs): the
marks are split where they cross, so the HTML is well nested, and the pieces of
each mark hold exactly ``text[start:end]``. A span that is not at its offsets in
the text given (an edited document) is listed but not marked.

A kind or a field the report does not know still shows: a kind is styled by a
class made from its name (``k-no_comment``), a record field that holds a span
(``{"text", "start", "end"}``, or a list of them) is marked as ``f-NAME``, and any
other field is listed with its claim.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import shutil
import tempfile
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from markupsafe import Markup, escape

from claimledger import values
from claimledger.records import text_sha256

# One page holds every document while both limits hold; past either, the report is an
# index and one page per document. Measured with bench/report.py (see the README).
ONE_PAGE_DOCUMENTS = 100
ONE_PAGE_CHARACTERS = 500_000

# The fields this report shows in their own way; any other field that holds spans is marked as it comes
# (so a field added to the records later shows without a change here).
_SHOWN_FIELDS = frozenset({"id", "doc", "kind", "sentence", "speaker", "cue", "content", "quote", "polarity", "quantities", "dates", "extractor"})
_CLASS_UNSAFE = re.compile(r"[^a-z0-9_-]+")
# Shown as visible escapes, never as they are: C0 controls but tab, line feed and carriage return
# (HTML drops or rejects them), DEL and C1 controls, the bidi embeddings, overrides and isolates
# (they would reorder the text around them), and lone surrogates (no UTF-8 can carry them).
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_LINE = re.compile(r"[^\r\n]*(\r\n|\r|\n)*")
_SNIPPET = 220  # characters of a claim's content shown in the list

# Ranks: a lower rank encloses a higher one where both start at one place.
_PARAGRAPH, _BREAK, _CONTENT, _ROLE, _VALUE = range(5)


@dataclass(frozen=True, slots=True)
class Page:
    name: str  # relative to the report file's folder; the first page is the report file itself
    html: str


@dataclass(slots=True)
class Report:
    pages: list[Page]
    problems: list[str]  # one line each: documents missing or changed, spans not at their offsets
    documents: int
    claims: int


@dataclass(slots=True)
class Fact:
    label: str  # quantity, date, or a field's name
    text: str
    value: str
    warning: str | None = None


@dataclass(slots=True)
class ClaimView:
    number: int  # on its page: the marks of this claim carry it as data-c
    anchor: str | None  # the id of its place in the text, None when none of its spans is there
    kind: str
    kind_class: str
    deny: bool
    who: str | None  # the speaker's key on the page (data-who)
    speaker: str | None
    speaker_as_written: str | None  # when the name differs from the words in the text
    cue: str | None
    content: str
    quote: str | None
    facts: list[Fact] = field(default_factory=list)
    unplaced: list[str] = field(default_factory=list)


@dataclass(slots=True)
class SpeakerCount:
    who: str
    label: str
    count: int


@dataclass(slots=True)
class DocumentView:
    number: int
    id: str
    title: str | None
    url: str | None
    href: str  # where its page is, from the index
    body: Markup | None  # the marked text; None when the text was not given
    claims: list[ClaimView]
    speakers: list[SpeakerCount]
    kinds: list[tuple[str, str, int]]  # (kind, class, count)
    note: str | None = None


@dataclass(slots=True)
class _Span:
    start: int
    end: int
    rank: int
    first: str  # the opening tag of its first piece
    rest: str  # the opening tag of the pieces after a split
    close: str


def kind_class(kind: str) -> str:
    """The CSS class of a kind, made from its name, so that a new kind needs no code here."""
    return "k-" + (_CLASS_UNSAFE.sub("-", kind.lower()) or "none")


def _escape(text: str) -> str:
    """Text as HTML that shows it literally: markup escaped, a carriage return kept (``&#13;``,
    which the parser would otherwise turn into a line feed), unsafe characters as escapes."""
    return _UNSAFE.sub(_visible, str(escape(text)).replace("\r", "&#13;"))


def _label(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _visible(match: re.Match[str]) -> str:
    """In the text: the escape, marked as one, with the code point for whoever reads the HTML."""
    code = ord(match.group())
    return f'<span class="ctl" data-cp="{code:x}" title="U+{code:04X}">{_label(match)}</span>'


def _literal(value: Any) -> Any:
    """Every value a template writes (names, contents, ids) with its unsafe characters as escapes."""
    return _UNSAFE.sub(_label, value) if isinstance(value, str) and not isinstance(value, Markup) else value


def _tag(classes: str, attrs: Mapping[str, str | int | None]) -> str:
    parts = [f'<span class="{escape(classes)}"']
    parts += [f' {name}="{escape(value)}"' for name, value in attrs.items() if value is not None]
    return "".join(parts) + ">"


def mark_up(text: str, spans: list[_Span]) -> Markup:
    """The text with every span marked, as well-nested HTML.

    At each boundary, the spans that end there are closed, and so are the spans opened
    inside them that go on; those are opened again as new pieces (``rest`` tag), in rank
    order, with the spans that start there.
    """
    starting: dict[int, list[_Span]] = {}
    for s in spans:
        starting.setdefault(s.start, []).append(s)
    points = sorted({0, len(text)} | {s.start for s in spans} | {s.end for s in spans})
    out: list[str] = []
    stack: list[_Span] = []
    pos = 0
    for point in points:
        if point > pos:
            out.append(_escape(text[pos:point]))
            pos = point
        reopen: list[_Span] = []
        first_ending = next((i for i, s in enumerate(stack) if s.end <= point), None)
        if first_ending is not None:
            out.extend(s.close for s in reversed(stack[first_ending:]))
            reopen = [s for s in stack[first_ending:] if s.end > point]
            del stack[first_ending:]
        new = starting.get(point, [])
        for s in new:
            if s.end == s.start:  # an empty span: a mark with nothing in it, where it is
                out.append(s.first + s.close)
        opening = [(s, s.rest) for s in reopen] + [(s, s.first) for s in new if s.end > s.start]
        for s, tag in sorted(opening, key=lambda pair: (pair[0].rank, -pair[0].end)):
            out.append(tag)
            stack.append(s)
    out.extend(s.close for s in reversed(stack))
    return Markup("".join(out))


def _at(text: str, span: Any) -> bool:
    """Whether a span's words are at its offsets in the text."""
    if not isinstance(span, dict):
        return False
    start, end, words = span.get("start"), span.get("end"), span.get("text")
    return isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text) and text[start:end] == words


def _extra_fields(record: dict[str, Any]) -> Iterable[tuple[str, dict[str, Any] | None, str]]:
    """Fields this report does not show in their own way, as (name, span or None, words):
    each span of a field that holds spans, else the value as text (when it says something)."""
    for name, value in record.items():
        if name in _SHOWN_FIELDS or value in (None, "", [], {}):
            continue
        items = value if isinstance(value, list) else [value]
        if all(isinstance(item, dict) and {"text", "start", "end"} <= item.keys() for item in items):
            yield from ((name, item, str(item["text"])) for item in items)
        else:
            words = ", ".join(item if isinstance(item, str) else json.dumps(item, ensure_ascii=False) for item in items)
            yield name, None, words


def _speaker_key(record: dict[str, Any]) -> tuple[str, str] | None:
    """Who a claim is by: the speaker's key or name; an unresolved speaker by its words, in its document."""
    speaker = record.get("speaker")
    if not isinstance(speaker, dict):
        return None
    if speaker.get("key") or speaker.get("name"):
        return "name", str(speaker.get("key") or speaker["name"])
    return "unresolved", f"{(record.get('doc') or {}).get('id')}\x00{str(speaker.get('text') or '').casefold()}"


def _speaker_label(record: dict[str, Any]) -> str:
    speaker = record["speaker"]
    return str(speaker.get("name") or speaker.get("text") or "?") + ("" if speaker.get("name") or speaker.get("key") else " (unresolved)")


def _snippet(words: str) -> str:
    return words if len(words) <= _SNIPPET else words[: _SNIPPET - 1].rstrip() + "…"


_Mark = tuple[str, dict[str, Any], int, str, dict[str, str | int | None]]  # role, span, rank, classes, attributes


def _claim(n: int, record: dict[str, Any], who: str | None) -> tuple[ClaimView, list[_Mark]]:
    """A claim's entry in the list, and its marks: content, speaker and cue first, then the rest."""
    kind = str(record.get("kind") or "?")
    speaker, cue, content = (record.get(k) if isinstance(record.get(k), dict) else None for k in ("speaker", "cue", "content"))
    deny = record.get("polarity") == "deny"
    view = ClaimView(
        number=n,
        anchor=None,
        kind=kind,
        kind_class=kind_class(kind),
        deny=deny,
        who=who,
        speaker=_speaker_label(record) if speaker else None,
        speaker_as_written=str(speaker["text"]) if speaker and speaker.get("name") and speaker.get("text") != speaker["name"] else None,
        cue=str(cue.get("lemma") or cue.get("text")) if cue else None,
        content=_snippet(str((content or {}).get("text") or "")),
        quote=record.get("quote") if record.get("quote") not in (None, "none") else None,
    )
    roles = (("content", content, _CONTENT, f"ct {view.kind_class}" + (" deny" if deny else "")), ("speaker", speaker, _ROLE, "sp"), ("cue", cue, _ROLE, "cue"))
    marks: list[_Mark] = [(role, span, rank, classes, {}) for role, span, rank, classes in roles if span]
    for name, span, words in _extra_fields(record):
        view.facts.append(Fact(name, words, ""))
        if span is not None:
            marks.append((name, span, _ROLE, "x " + kind_class(name).replace("k-", "f-", 1), {"title": name}))
    for q in record.get("quantities") or []:
        warning = values.inconsistency(q)
        view.facts.append(Fact("quantity", str(q.get("text")), values.quantity(q), warning))
        norm = values.quantity(q) + (f" ⚠ the figure it restates {warning}" if warning else "")
        marks.append(("quantity", q, _VALUE, "q bad" if warning else "q", {"data-norm": norm or None, "tabindex": 0}))
    for d in record.get("dates") or []:
        view.facts.append(Fact("date", str(d.get("text")), values.date(d)))
        marks.append(("date", d, _VALUE, "dt", {"data-norm": values.date(d), "tabindex": 0}))
    return view, marks


class _Builder:
    """Builds the views of a ledger's documents; speaker keys are numbered across the whole report."""

    def __init__(self) -> None:
        self.whos: dict[tuple[str, str], str] = {}
        self.speaker_counts: Counter[str] = Counter()
        self.speaker_labels: dict[str, str] = {}
        self.unresolved = 0
        self.kinds: Counter[str] = Counter()
        self.problems: list[str] = []

    def who(self, record: dict[str, Any]) -> str | None:
        """The speaker's key on the page (``s3``), counted across the ledger."""
        key = _speaker_key(record)
        if key is None:
            return None
        who = self.whos.setdefault(key, f"s{len(self.whos)}")
        self.speaker_labels.setdefault(who, _speaker_label(record))
        if key[0] == "name":
            self.speaker_counts[who] += 1
        else:
            self.unresolved += 1
        return who

    def document(self, number: int, doc_id: str, records: list[dict[str, Any]], text: str | None, href: str) -> DocumentView:
        doc = records[0].get("doc") or {}
        note = None
        if text is None:
            note = "its text was not among --docs: the claims are listed without it"
            self.problems.append(f"{doc_id}: not among --docs; its {len(records)} claim(s) are listed without the text")
        elif doc.get("sha256") and doc["sha256"] != text_sha256(text):
            note = "this text is not the one the ledger was made from (its SHA-256 differs): only spans still at their offsets are marked"
            self.problems.append(f"{doc_id}: its text differs from the one the ledger was made from; spans not at their offsets are not marked")
        spans: list[_Span] = []
        claims: list[ClaimView] = []
        anchors: set[str] = set()
        for n, record in enumerate(records, 1):
            self.kinds[str(record.get("kind") or "?")] += 1
            view, marks = _claim(n, record, self.who(record))
            claims.append(view)
            if text is None:
                continue
            placed = [mark for mark in marks if mark[0] in ("content", "speaker", "cue") and _at(text, mark[1])]
            if placed:  # the claim's place: where the first of its content, speaker and cue starts
                anchor = f"c-{record.get('id') or n}"
                view.anchor = anchor if anchor not in anchors else f"{anchor}-{n}"
                anchors.add(view.anchor)
                min(placed, key=lambda mark: mark[1]["start"])[4].update({"id": view.anchor, "tabindex": -1})
            for role, span, rank, classes, attrs in marks:
                if not _at(text, span):
                    view.unplaced.append(role)
                    continue
                common = {"data-c": n, "data-s": len(spans), "data-who": view.who}
                later = {k: v for k, v in attrs.items() if k not in ("id", "tabindex")}
                spans.append(_Span(span["start"], span["end"], rank, _tag(classes + " a", {**common, **attrs}), _tag(classes, {**common, **later}), "</span>"))
            if view.unplaced:
                self.problems.append(f"{doc_id}: claim {record.get('id')}: {', '.join(view.unplaced)} not at its offsets in the text; not marked")
        body = None if text is None else mark_up(text, spans + _paragraphs(text))
        local_speakers = Counter(c.who for c in claims if c.who is not None)
        speakers = [SpeakerCount(who, self.speaker_labels[who], count) for who, count in _most(local_speakers)]
        kinds = [(kind, kind_class(kind), count) for kind, count in _most(Counter(c.kind for c in claims))]
        return DocumentView(number, doc_id, doc.get("title"), doc.get("url"), href, body, claims, speakers, kinds, note)


def _paragraphs(text: str) -> list[_Span]:
    """Each line as a paragraph, its line breaks hidden inside it (shown by the paragraph's end)."""
    spans = []
    for line in _LINE.finditer(text):
        if line.end() > line.start():
            spans.append(_Span(line.start(), line.end(), _PARAGRAPH, "<p>", "<p>", "</p>"))
        if line.group(1):
            spans.append(_Span(line.start(1), line.end(), _BREAK, '<span class="br">', '<span class="br">', "</span>"))
    return spans


def _most(counts: Counter[str]) -> list[tuple[str, int]]:
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def build(records: Iterable[dict[str, Any]], texts: Mapping[str, str], name: str = "report.html", source: str = "") -> Report:
    """The report's pages for the records, given each document's text by its id.

    ``name`` is the report file's name: with many documents, the document pages go in
    a folder beside it named after it (``report_pages/``). ``source`` names the ledger
    in the page's heading.
    """
    by_doc: dict[str, list[dict[str, Any]]] = {}
    for record in records:
        by_doc.setdefault(str((record.get("doc") or {}).get("id")), []).append(record)
    characters = sum(len(texts.get(doc_id) or "") for doc_id in by_doc)
    one_page = len(by_doc) <= 1 or (len(by_doc) <= ONE_PAGE_DOCUMENTS and characters <= ONE_PAGE_CHARACTERS)
    folder = pages_folder(name)
    builder = _Builder()
    views = [
        builder.document(n, doc_id, recs, texts.get(doc_id), f"#d{n}" if one_page else f"{folder}/{n:04d}.html")
        for n, (doc_id, recs) in enumerate(by_doc.items(), 1)
    ]
    claims = sum(builder.kinds.values())
    summary = {
        "source": source,
        "claims": claims,
        "kinds": [(kind, kind_class(kind), count) for kind, count in _most(builder.kinds)],
        "speakers": [SpeakerCount(who, builder.speaker_labels[who], count) for who, count in _most(builder.speaker_counts)],
        "unresolved": builder.unresolved,
        "documents": views,
    }
    env = _environment()
    pages = [Page(name, env.get_template("index.html.j2").render(**summary, **_assets(), one_page=one_page))]
    if not one_page:
        page = env.get_template("document.html.j2")
        pages += [Page(view.href, page.render(doc=view, index=f"../{name}", source=source, **_assets())) for view in views]
    return Report(pages, builder.problems, len(views), claims)


def pages_folder(name: str) -> str:
    """The folder beside the report file that holds its document pages."""
    return f"{Path(name).stem}_pages"


@cache
def _environment() -> Any:
    import jinja2

    return jinja2.Environment(
        loader=jinja2.PackageLoader("claimledger", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
        finalize=_literal,
    )


@cache
def _assets() -> dict[str, Any]:
    """The stylesheet and script, inlined, and the page's content security policy, which
    allows only them (by hash): nothing is fetched, and no other script runs."""
    folder = resources.files("claimledger") / "templates"
    style = (folder / "report.css").read_text(encoding="utf-8")
    script = (folder / "report.js").read_text(encoding="utf-8")
    return {"style": Markup(style), "script": Markup(script), "policy": policy(style, script)}


def policy(style: str, script: str) -> str:
    """The content security policy that allows this style and this script, and nothing else."""

    def digest(code: str) -> str:
        return "sha256-" + base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode("ascii")

    return f"default-src 'none'; style-src '{digest(style)}'; script-src '{digest(script)}'; base-uri 'none'; form-action 'none'"


def write(report: Report, path: str | Path) -> None:
    """Write the report file (and its folder of pages) whole: each file goes to a temporary
    file first, and a folder of pages left by an earlier, larger report is replaced. A path
    that is no regular file (``/dev/stdout``, a pipe) is written to as it is."""
    path = Path(path)
    directory = path.parent
    folder = directory / pages_folder(path.name)
    extra = report.pages[1:]
    if path.exists() and not path.is_file():  # a pipe or a device (/dev/stdout): written to, never replaced
        if extra:
            raise OSError(f"{path} is not a regular file, and a report of {len(extra)} documents needs a folder of pages beside it")
        with open(path, "w", encoding="utf-8") as out:
            out.write(report.pages[0].html)
        return
    if folder.exists() and not _is_pages_folder(folder):
        raise OSError(f"{folder} exists and holds files that are not report pages; not replacing it")
    if extra:
        staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=directory))
        try:
            for page in extra:
                (staging / Path(page.name).name).write_text(page.html, encoding="utf-8")
            if folder.exists():
                shutil.rmtree(folder)
            os.replace(staging, folder)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
    elif folder.exists():
        shutil.rmtree(folder)  # from an earlier report of many documents: now stale
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(report.pages[0].html)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


_PAGE_NAME = re.compile(r"\d{4,}\.html")


def _is_pages_folder(folder: Path) -> bool:
    return folder.is_dir() and all(_PAGE_NAME.fullmatch(p.name) for p in folder.iterdir())

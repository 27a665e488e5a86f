"""claimledger report: the HTML page, parsed back with the standard library's html.parser.

Every claim of the ledger is marked, each mark's pieces hold exactly ``text[start:end]`` at
its place in the text, the HTML is well nested whatever the overlaps, text from the news is
escaped, and the page fetches nothing.
"""

from __future__ import annotations

import json
import os
import re
import stat
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from claimledger import extract, report
from claimledger.cli import app

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()
VOID = {"meta", "br", "hr", "img", "input", "link", "wbr"}
ROLE = {"ct": "content", "sp": "speaker", "cue": "cue", "q": "quantities", "dt": "dates"}


@dataclass
class Mark:
    classes: list[str]
    attrs: dict[str, str]
    pieces: list[tuple[int, int]] = field(default_factory=list)
    text: str = ""


@dataclass
class Article:
    id: str
    text: str = ""
    marks: dict[str, Mark] = field(default_factory=dict)  # by data-s
    entries: dict[str, dict[str, str]] = field(default_factory=dict)  # list entries by data-c: their link


class Page(HTMLParser):
    """Checks nesting as it parses; collects each document's text and the places of its marks."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict[str, str]]] = []
        self.articles: list[Article] = []
        self.scripts: list[str] = []
        self.styles: list[str] = []
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.ids: list[str] = []
        self._in_text = 0  # depth of div.text
        self._ctl: str | None = None  # the character a visible escape stands for
        self.feed(html)
        self.close()
        assert not self.stack, f"unclosed: {self.stack}"

    def handle_starttag(self, tag: str, attrs_list: list[tuple[str, str | None]]) -> None:
        attrs = {k: v or "" for k, v in attrs_list}
        self.tags.append((tag, attrs))
        if "id" in attrs:
            self.ids.append(attrs["id"])
        classes = attrs.get("class", "").split()
        if tag == "article":
            self.articles.append(Article(attrs["id"]))
        if tag == "div" and "text" in classes and "missing" not in classes:
            self._in_text = len(self.stack) + 1
        if self._in_text and "ctl" in classes:
            self._ctl = chr(int(attrs["data-cp"], 16))
        if self._in_text and "data-s" in attrs:
            mark = self.articles[-1].marks.setdefault(attrs["data-s"], Mark(classes, attrs))
            mark.pieces.append((len(self.articles[-1].text), -1))
        if tag == "li" and "claim" in classes:
            self.articles[-1].entries[attrs["data-c"]] = {}
        if tag == "a" and self.stack and self.stack[-1][0] == "li" and "claim" in self.stack[-1][1].get("class", ""):
            self.articles[-1].entries[self.stack[-1][1]["data-c"]] = attrs
        if tag not in VOID:
            self.stack.append((tag, attrs))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        raise AssertionError(f"self-closing <{tag}/> in HTML")

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1][0] == tag, f"</{tag}> closes <{self.stack[-1][0] if self.stack else None}>"
        _, attrs = self.stack.pop()
        if self._in_text and "data-s" in attrs:
            mark = self.articles[-1].marks[attrs["data-s"]]
            start, _ = mark.pieces[-1]
            mark.pieces[-1] = (start, len(self.articles[-1].text))
        if "ctl" in attrs.get("class", "").split():
            self._ctl = None
        if len(self.stack) + 1 == self._in_text:
            self._in_text = 0

    def handle_data(self, data: str) -> None:
        tag = self.stack[-1][0] if self.stack else ""
        if tag == "script":
            self.scripts.append(data)
        elif tag == "style":
            self.styles.append(data)
        elif self._in_text:
            self.articles[-1].text += self._ctl if self._ctl is not None else data


def spans(record: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for role in ("content", "speaker", "cue", "reported_by"):
        if record.get(role):
            yield role, record[role]
    for role in ("quantities", "dates", "hedges"):
        for span in record.get(role) or []:
            yield role, span


def check_page(html: str, records: list[dict[str, Any]], texts: dict[str, str]) -> Page:
    """Every record's spans are marked at their offsets, in pieces that make up exactly the span."""
    page = Page(html)
    by_doc: dict[str, list[dict[str, Any]]] = {}
    for r in records:
        by_doc.setdefault(r["doc"]["id"], []).append(r)
    assert len(page.articles) == len(by_doc)
    assert len(page.ids) == len(set(page.ids)), "ids are unique"
    for article, (doc_id, recs) in zip(page.articles, by_doc.items()):
        text = texts[doc_id]
        assert article.text == text
        found: dict[tuple[str, str, int, int], int] = {}
        for mark in article.marks.values():
            pieces = mark.pieces
            start, end = pieces[0][0], pieces[-1][1]
            covered = "".join(text[a:b] for a, b in pieces)
            assert covered == text[start:end], "the pieces of a mark are contiguous"
            role = next((ROLE[c] for c in mark.classes if c in ROLE), None) or mark.attrs["title"]  # a field marked as it comes
            key = (mark.attrs["data-c"], role, start, end)
            found[key] = found.get(key, 0) + 1
        expected: dict[tuple[str, str, int, int], int] = {}
        for n, r in enumerate(recs, 1):
            for role, span in spans(r):
                assert text[span["start"] : span["end"]] == span["text"]
                key = (str(n), role, span["start"], span["end"])
                expected[key] = expected.get(key, 0) + 1
            assert article.entries[str(n)].get("href") == f"#c-{r['id']}"
            assert f"c-{r['id']}" in page.ids
        assert found == expected
    return page


def ledger_of(text: str, doc_id: str = "story.txt") -> list[dict[str, Any]]:
    return [c.to_dict() for c in extract(text, doc_id, "2025-01-14")]


@pytest.fixture(scope="module")
def sample() -> tuple[list[dict[str, Any]], dict[str, str]]:
    (path,) = (ROOT / "seeds").glob("*.txt")
    doc_id = f"seeds/{path.name}"
    text = path.read_text(encoding="utf-8")
    return ledger_of(text, doc_id), {doc_id: text}


def test_every_claim_of_the_sample_is_marked_at_its_offsets(sample: tuple[list[dict[str, Any]], dict[str, str]]) -> None:
    records, texts = sample
    built = report.build(records, texts, source="sample.jsonl")
    assert len(built.pages) == 1 and built.problems == [] and built.claims == len(records) == 21
    page = check_page(built.pages[0].html, records, texts)
    assert len(page.articles[0].marks) == sum(1 for r in records for _ in spans(r))


def test_the_sample_page_is_deterministic(sample: tuple[list[dict[str, Any]], dict[str, str]]) -> None:
    records, texts = sample
    assert report.build(records, texts).pages == report.build(records, texts).pages


HOSTILE = [
    # markup and a script in the news: shown as text
    'The mayor said that <script>alert("pwned")</script> was <b>bold</b> and </div></article> closed on Friday.',
    # entities as written, which must stay as written
    "Officials said the cost was &lt;$5 million&gt; &amp; rising &#x3C;fast&#62;, the treasury confirmed.",
    # emoji and other characters outside the BMP, before and inside spans
    "🚀🚀 The agency said 🛰️ 3 satellites 👩‍🚀 were launched on Tuesday, officials added. 𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
    # Windows line breaks and lone carriage returns, a quotation over two paragraphs
    "“We will rebuild the bridge,” Mayor Ana Ruiz said.\r\n\r\n“It will cost $40 million and take\r\n\r\n“two years,” she added.\rDone.",
    # controls and bidi overrides, shown as visible escapes
    "The minister said that \u202eevil\u202c text and \x1b[31mred\x1b[0m and \x00 stayed on Friday.",
    # a quotation of several paragraphs
    "Ms. Ruiz said:\n\n“The first paragraph runs on.\n\n“The second one, too.\n\n“And this ends it,” she said on Monday.",
]


@pytest.mark.parametrize("text", HOSTILE, ids=["markup", "entities", "emoji", "crlf", "controls", "paragraphs"])
def test_hostile_text_is_shown_as_text(text: str) -> None:
    records = ledger_of(text)
    assert records, "each hostile text makes claims"
    html = report.build(records, {"story.txt": text}).pages[0].html
    page = check_page(html, records, {"story.txt": text})
    assert len(page.scripts) == 1 and page.scripts[0] == (ROOT / "claimledger" / "templates" / "report.js").read_text(encoding="utf-8")
    assert {tag for tag, _ in page.tags} <= {
        "html", "head", "meta", "title", "style", "body", "a", "header", "h1", "h2", "h3", "p", "div", "section",
        "ul", "ol", "li", "span", "button", "details", "summary", "main", "article", "aside", "b", "i", "strong", "script",
    }
    if "<script>" in text:
        assert "&lt;script&gt;alert(&#34;pwned&#34;)&lt;/script&gt;" in html
    if "\r" in text:
        assert "&#13;" in html
    if "\u202e" in text:
        assert "\u202e" not in html and 'data-cp="202e"' in html
        assert "\x00" not in html and "\x1b" not in html


def _record(n: int, kind: str, spans_: dict[str, Any], text: str, **extra: Any) -> dict[str, Any]:
    def span(pair: tuple[int, int]) -> dict[str, Any]:
        return {"text": text[pair[0] : pair[1]], "start": pair[0], "end": pair[1]}

    return {
        "id": f"r{n}",
        "doc": {"id": "d", "sha256": ""},
        "kind": kind,
        "speaker": {**span(spans_["speaker"]), "name": None} if "speaker" in spans_ else None,
        "cue": {**span(spans_["cue"]), "lemma": "say"} if "cue" in spans_ else None,
        "content": span(spans_["content"]),
        "polarity": "affirm",
        "quantities": [span(p) for p in spans_.get("quantities", [])],
        "dates": [span(p) for p in spans_.get("dates", [])],
        **extra,
    }


CROSSING = "Alpha Beta said that the gamma delta epsilon zeta\r\neta theta iota kappa lambda mu."


@pytest.mark.parametrize(
    "claims",
    [
        # a speaker inside another claim's content; a quantity across the content's end
        [{"content": (0, 40), "quantities": [(35, 55)]}, {"speaker": (21, 30), "cue": (31, 36), "content": (37, 60)}],
        # three spans that cross pairwise, and the same span twice
        [{"content": (5, 25)}, {"content": (15, 45)}, {"content": (30, 70), "dates": [(30, 70), (0, 80)]}],
        # a content over the line break, and empty spans
        [{"content": (40, 60), "speaker": (0, 0)}, {"content": (52, 52), "cue": (50, 53)}],
    ],
    ids=["speaker-in-content", "chain", "line-break-and-empty"],
)
def test_crossing_spans_are_split_into_well_nested_pieces(claims: list[dict[str, Any]]) -> None:
    records = [_record(n, "speech", c, CROSSING) for n, c in enumerate(claims)]
    page = check_page(report.build(records, {"d": CROSSING}).pages[0].html, records, {"d": CROSSING})
    assert any(len(m.pieces) > 1 for m in page.articles[0].marks.values()), "some mark was split"


@settings(max_examples=60, deadline=None)
@given(
    text=st.text(alphabet=st.sampled_from(list("ab <>&\"'\r\n\u202e\x00é🚀")), min_size=1, max_size=40),
    raw=st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40), st.sampled_from(["content", "speaker", "cue", "quantities", "dates"])), min_size=1, max_size=12),
)
def test_any_overlap_gives_well_nested_marks(text: str, raw: list[tuple[int, int, str]]) -> None:
    records = []
    for n, (a, b, role) in enumerate(raw):
        a, b = sorted((min(a, len(text)), min(b, len(text))))
        claim: dict[str, Any] = {"content": (0, len(text))} if role != "content" else {}
        claim[role] = [(a, b)] if role in ("quantities", "dates") else (a, b)
        records.append(_record(n, "speech", claim, text))
    check_page(report.build(records, {"d": text}).pages[0].html, records, {"d": text})


def test_the_page_fetches_nothing(sample: tuple[list[dict[str, Any]], dict[str, str]]) -> None:
    records, texts = sample
    html = report.build(records, texts).pages[0].html
    page = Page(html)
    for tag, attrs in page.tags:
        assert "src" not in attrs and tag not in ("link", "img", "iframe", "object", "embed")
        assert attrs.get("href", "#").startswith("#"), (tag, attrs)
    assert not re.search(r"url\(|@import", "".join(page.styles))
    assert not re.search(r"fetch\(|XMLHttpRequest|import\(|\.src\b", "".join(page.scripts))
    policy = next(attrs["content"] for tag, attrs in page.tags if attrs.get("http-equiv") == "Content-Security-Policy")
    assert policy.startswith("default-src 'none';")


def test_unknown_kinds_and_fields_still_show() -> None:
    text = "Mr. Vance declined to comment on the 40 layoffs, reportedly, according to a memo."
    records = [
        _record(1, "no_comment", {"speaker": (0, 9), "cue": (10, 29), "content": (30, 47), "quantities": [(37, 47)]}, text,
                hedges=[{"text": "reportedly", "start": 49, "end": 59}], reported_by={"text": "a memo", "start": 74, "end": 80, "name": None}),
        _record(2, "brand new kind", {"content": (61, 80)}, text, stance=["doubtful", {"score": 0.5}], empty=[]),
    ]
    records[0]["speaker"]["key"] = "vance-j"
    html = report.build(records, {"d": text}).pages[0].html
    page = Page(html)
    classes = {c for _, attrs in page.tags for c in attrs.get("class", "").split()}
    assert {"k-no_comment", "k-brand-new-kind", "f-hedges", "f-reported_by"} <= classes
    marks = {m.attrs.get("title"): text[m.pieces[0][0] : m.pieces[-1][1]] for m in page.articles[0].marks.values() if "x" in m.classes}
    assert marks == {"hedges": "reportedly", "reported_by": "a memo"}
    assert 'data-who="s0"' in html and ">Mr. Vance (unresolved) <" not in html  # grouped by the key, shown by its words
    assert html.count("k-no_comment") > 3 and "brand new kind</span>" in html
    assert '<span class="fact-kind">stance</span> doubtful, {&#34;score&#34;: 0.5}</li>' in html and ">empty<" not in html


@pytest.mark.parametrize("kind, css", [("speech", "k-speech"), ("no_comment", "k-no_comment"), ("Odd Kind!", "k-odd-kind-"), ("", "k-none")])
def test_kind_class(kind: str, css: str) -> None:
    assert report.kind_class(kind) == css


def test_a_changed_or_missing_document_is_reported(sample: tuple[list[dict[str, Any]], dict[str, str]]) -> None:
    records, texts = sample
    (doc_id, text), = texts.items()
    edited = "Breaking: " + text
    built = report.build(records, {doc_id: edited})
    assert any("differs from the one the ledger was made from" in p for p in built.problems)
    page = Page(built.pages[0].html)
    assert page.articles[0].text == edited and len(page.articles[0].marks) == 0  # every span moved: none is marked
    missing = report.build(records, {})
    assert missing.problems == [f"{doc_id}: not among --docs; its 21 claim(s) are listed without the text"]
    assert "was not given" in missing.pages[0].html


def _many(n: int) -> tuple[list[dict[str, Any]], dict[str, str]]:
    records, texts = [], {}
    for i in range(n):
        text = f"Mayor Ana Ruiz said {i + 2} bridges will close on Friday."
        texts[f"doc{i}.txt"] = text
        records += ledger_of(text, f"doc{i}.txt")
    return records, texts


def test_many_documents_get_an_index_and_a_page_each(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(report, "ONE_PAGE_DOCUMENTS", 3)
    records, texts = _many(4)
    built = report.build(records, texts, name="out.html")
    assert [p.name for p in built.pages] == ["out.html"] + [f"out_pages/{n:04d}.html" for n in range(1, 5)]
    index = Page(built.pages[0].html)
    assert index.articles == [] and [a["href"] for t, a in index.tags if t == "a" and "href" in a][1:] == [p.name for p in built.pages[1:]]
    for page, (doc_id, text) in zip(built.pages[1:], texts.items()):
        check_page(page.html, [r for r in records if r["doc"]["id"] == doc_id], {doc_id: text})
        assert 'href="../out.html"' in page.html
    report.write(built, tmp_path / "out.html")
    assert sorted(p.name for p in (tmp_path / "out_pages").iterdir()) == ["0001.html", "0002.html", "0003.html", "0004.html"]
    report.write(report.build(records[:1], texts, name="out.html"), tmp_path / "out.html")
    assert not (tmp_path / "out_pages").exists(), "the pages of the earlier report are gone"
    (tmp_path / "out_pages").mkdir()
    (tmp_path / "out_pages" / "notes.txt").write_text("mine")
    with pytest.raises(OSError, match="not report pages"):
        report.write(built, tmp_path / "out.html")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_pipe_is_written_to_not_replaced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    records, texts = _many(1)
    built = report.build(records, texts)
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    received: list[str] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_text(encoding="utf-8")))
    reader.start()
    report.write(built, pipe)
    reader.join(10)
    assert received == [built.pages[0].html] and stat.S_ISFIFO(pipe.stat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe"]
    monkeypatch.setattr(report, "ONE_PAGE_DOCUMENTS", 1)
    records, texts = _many(2)
    with pytest.raises(OSError, match="not a regular file"):
        report.write(report.build(records, texts, name="pipe"), pipe)


@pytest.mark.parametrize("limit, pages", [(102, 1), (101, 3)])
def test_the_character_limit_counts_all_texts(monkeypatch: pytest.MonkeyPatch, limit: int, pages: int) -> None:
    monkeypatch.setattr(report, "ONE_PAGE_CHARACTERS", limit)
    records, texts = _many(2)
    assert sum(map(len, texts.values())) == 102
    assert len(report.build(records, texts).pages) == pages


def test_one_document_is_one_page_whatever_its_length(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(report, "ONE_PAGE_CHARACTERS", 10)
    records, texts = _many(1)
    assert len(report.build(records, texts).pages) == 1


# The command line


@pytest.fixture
def sample_ledger(tmp_path: Path) -> Path:
    ledger = tmp_path / "ledger.jsonl"
    result = runner.invoke(app, ["extract", "seeds/", "--ref-date", "2025-01-14", "-o", str(ledger)])
    assert result.exit_code == 0, result.stderr
    return ledger


def test_cli_writes_the_sample_report(sample_ledger: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    out = tmp_path / "report.html"
    result = runner.invoke(app, ["report", str(sample_ledger), "--docs", "seeds/", "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "" and result.stderr == ""
    records = [json.loads(line) for line in sample_ledger.read_text(encoding="utf-8").splitlines()]
    (path,) = (ROOT / "seeds").glob("*.txt")
    check_page(out.read_text(encoding="utf-8"), records, {records[0]["doc"]["id"]: path.read_text(encoding="utf-8")})


def test_cli_filters_like_show(sample_ledger: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    out = tmp_path / "report.html"
    result = runner.invoke(app, ["report", str(sample_ledger), "--docs", "seeds/", "-o", str(out), "--speaker", "pistorius", "--kind", "speech"])
    assert result.exit_code == 0, result.stderr
    page = Page(out.read_text(encoding="utf-8"))
    assert len(page.articles[0].entries) == 3
    assert "3 claims in 1 document" in out.read_text(encoding="utf-8")
    assert runner.invoke(app, ["report", str(sample_ledger), "--docs", "seeds/", "-o", str(out), "--grep", "("]).exit_code == 2


def test_cli_reports_missing_documents_and_bad_inputs(sample_ledger: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    out = tmp_path / "report.html"
    result = runner.invoke(app, ["report", str(sample_ledger), "--docs", str(tmp_path / "nowhere"), "-o", str(out)])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"claimledger: {tmp_path / 'nowhere'}: no such file or directory",
        "claimledger: seeds/000_3be5df2c263e1e66.txt: not among --docs; its 21 claim(s) are listed without the text",
    ]
    assert out.exists(), "the report is written all the same"
    result = runner.invoke(app, ["report", str(sample_ledger), "--docs", "seeds/", "-o", str(tmp_path / "no" / "report.html")])
    assert result.exit_code == 1 and result.stderr.startswith("claimledger: ") and len(result.stderr.splitlines()) == 1
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{oops\n")
    result = runner.invoke(app, ["report", str(bad), "--docs", "seeds/", "-o", str(out)])
    assert result.exit_code == 1 and result.stderr == f"claimledger: {bad}:1: not JSON (Expecting property name enclosed in double quotes); skipped\n"


def test_cli_reports_a_folder_of_web_pages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    ledger, out = tmp_path / "pages.jsonl", tmp_path / "pages.html"
    assert runner.invoke(app, ["extract", "tests/pages/", "-o", str(ledger)]).exit_code == 1  # two of the pages hold no article
    result = runner.invoke(app, ["report", str(ledger), "--docs", "tests/pages/", "-o", str(out)])
    assert result.exit_code == 1 and "no article text found" in result.stderr  # the same two pages, reported again
    records = [json.loads(line) for line in ledger.read_text(encoding="utf-8").splitlines()]
    from claimledger.sources import read

    texts = {d.id: d.text for d in read(["tests/pages/"]) if hasattr(d, "text")}
    html = out.read_text(encoding="utf-8")
    page = check_page(html, records, texts)
    assert len(page.articles) == len({r["doc"]["id"] for r in records}) >= 2
    assert "Ferry operator denies safety lapses after harbour collision" in html


def test_templates_are_package_data() -> None:
    """A non-editable install has every template file: pyproject's package-data names them all."""
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    patterns = re.findall(r'"(templates/[^"]+)"', text)
    shipped = sorted(p.relative_to(ROOT / "claimledger").as_posix() for p in (ROOT / "claimledger" / "templates").iterdir())
    assert shipped and all(any(Path(f).match(p) for p in patterns) for f in shipped)


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


TEXT_ON = {
    "ink": ["paper", "speech", "attribution", "statement", "denial", "no-comment", "other", "hl"],
    "speaker": ["paper", "speech", "attribution", "statement", "denial", "no-comment", "other", "hl"],
    "cue": ["paper", "speech", "attribution", "statement", "denial", "no-comment", "other", "hl"],
    "muted": ["paper", "statement"],
    "warn": ["paper", "denial"],
    "focus": ["paper"],
}


@pytest.mark.parametrize("foreground", sorted(TEXT_ON))
def test_colours_have_enough_contrast(foreground: str) -> None:
    """WCAG AA for text (4.5:1) for every pair of the stylesheet's colours that meet in the page."""
    css = (ROOT / "claimledger" / "templates" / "report.css").read_text(encoding="utf-8")
    colours = dict(re.findall(r"--([a-z-]+): (#[0-9a-f]{6});", css))
    for background in TEXT_ON[foreground]:
        light, dark = sorted((_luminance(colours[foreground]), _luminance(colours[background])), reverse=True)
        assert (light + 0.05) / (dark + 0.05) >= 4.5, (foreground, background)

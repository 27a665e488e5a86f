"""Reading input: every kind of bad file is reported and skipped; large files stream."""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimledger import extract, sources
from claimledger.cli import app
from claimledger.pipeline import extract_stream
from claimledger.records import text_sha256
from conftest import check_ledger

runner = CliRunner()


def _big_story(seed_text: str, paragraphs: int) -> str:
    body = "\n\n".join(p for p in seed_text.split("\n") if p)
    # A quotation that the next paragraph seems to go on: chunks may be cut right between them.
    pair = "“We will go on,” she said.\n\n“Nothing stops us.”"
    return "\n\n".join(f"Part {i}. {body}\n\n{pair}" for i in range(paragraphs)) + "\n"


def test_a_streamed_file_gives_the_same_ledger_as_one_read_whole(tmp_path: Path, seed_text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sources, "STREAM_ABOVE", 10_000)
    monkeypatch.setattr(sources, "BLOCK", 8_192)
    text = _big_story(seed_text, 12)
    path = tmp_path / "big.txt"
    path.write_text(text, encoding="utf-8")
    (item,) = sources.read([str(path)])
    assert isinstance(item, sources.LargeDocument)
    chunks = list(item.chunks())
    assert len(chunks) > 3 and "".join(chunks) == text
    result = runner.invoke(app, ["extract", str(path), "--ref-date", "2025-01-14"])
    assert result.exit_code == 0
    whole = "".join(c.to_json() + "\n" for c in extract(text, str(path), "2025-01-14"))
    assert result.stdout == whole
    check_ledger(result.stdout, {str(path): text})


def test_chunks_cut_between_a_quotation_and_its_sequel_change_nothing() -> None:
    """A quotation goes on into the next sentence only within its paragraph, so where the
    paragraphs of a streamed document are cut cannot change its ledger."""
    first = "“We will go on,” the mayor said.\n\n"
    text = first + "“Nothing stops us, not even 40 days of rain.”\n"
    streamed = [c.to_json() for c in extract_stream([first, text[len(first):]], "d", text_sha256(text), "2025-01-14")]
    assert streamed == [c.to_json() for c in extract(text, "d", "2025-01-14")]


def test_chunks_are_never_cut_inside_a_quotation_of_several_paragraphs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A paragraph that opens a quotation and leaves it open goes on in the next one, which
    opens with a quote mark; a large file is never cut between the two."""
    monkeypatch.setattr(sources, "BLOCK", 400)  # bytes read at a time: a small file is "large"
    filler = "The council met again on Monday and nothing was decided.\n\n" * 6
    quote = "The mayor said: “We will not give up.\n\n“We will rebuild the bridge.”\n\n"
    text = filler + quote
    cut = sources._paragraph_break(text)
    assert 0 < cut <= len(filler)  # before the quotation's first paragraph, not between its two
    streamed = [c.to_json() for c in extract_stream([text[:cut], text[cut:]], "d", text_sha256(text), "2025-01-14")]
    assert streamed == [c.to_json() for c in extract(text, "d", "2025-01-14")]
    assert any(c.content.text.endswith("We will rebuild the bridge.") for c in extract(quote))


def _streaming_peak(path: Path) -> int:
    """Peak memory allocated while extracting a large file, in bytes."""
    large = sources._large(str(path), path, "strict")
    assert isinstance(large, sources.LargeDocument)
    tracemalloc.start()
    n = sum(1 for _ in extract_stream(large.chunks(), large.id, large.sha256, "2025-01-14"))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert n > 500
    return peak


@pytest.mark.slow
def test_streaming_memory_does_not_grow_with_the_file(tmp_path: Path, seed_text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sources, "BLOCK", 65_536)
    extract(seed_text, "warm up", "2025-01-14")  # load dateparser's and pint's tables outside the measure
    peaks = []
    for paragraphs in (100, 400):  # about 0.4 MB and 1.7 MB
        path = tmp_path / f"big-{paragraphs}.txt"
        path.write_text(_big_story(seed_text, paragraphs), encoding="utf-8")
        peaks.append(_streaming_peak(path))
    small, large = peaks
    assert large < small * 1.2 + 256_000, f"peak {large} bytes for 4x the text, against {small}"


def test_bad_files_are_each_reported_and_the_batch_goes_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    story = "The ministry said 31 drones were shot down.\n"
    (tmp_path / "good.txt").write_text(story)
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "folder.txt").mkdir()
    (tmp_path / "broken.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "blob.md").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00\x10" * 500)
    (tmp_path / "locked.txt").write_text(story)
    real_read_bytes = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return real_read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    result = runner.invoke(app, ["extract", str(tmp_path)])
    assert result.exit_code == 1
    err = result.stderr
    assert f"{tmp_path / 'folder.txt'}: is a directory, not a file" in err
    assert f"{tmp_path / 'broken.txt'}: No such file or directory" in err
    assert f"{tmp_path / 'blob.md'}: looks like a binary file" in err
    assert f"{tmp_path / 'locked.txt'}: Permission denied" in err
    assert "empty.txt" not in err  # an empty file is no error: it has no claims
    assert "Traceback" not in err
    records = check_ledger(result.stdout, {str(tmp_path / "good.txt"): story})
    assert {r["doc"]["id"] for r in records} == {str(tmp_path / "good.txt")}


def test_invalid_utf8_in_a_large_file_names_the_byte(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sources, "STREAM_ABOVE", 1_000)
    monkeypatch.setattr(sources, "BLOCK", 512)
    path = tmp_path / "big.txt"
    path.write_bytes(b"word " * 500 + b"caf\xe9 " + b"word " * 100)
    (problem,) = sources.read([str(path)])
    assert str(problem) == f"{path}: not valid UTF-8 at byte 2503 (use --encoding-errors replace to read it anyway)"


def test_jsonl_is_read_a_line_at_a_time(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    path.write_text("\n".join(json.dumps({"id": f"d{i}", "text": f"Story {i}: 31 drones."}) for i in range(50)))
    ids = [d.id for d in sources.read([str(path)])]
    assert ids == [f"d{i}" for i in range(50)]


def test_count_tells_how_many_items_read_will_give(tmp_path: Path) -> None:
    """The total a progress bar shows: a text file is one item, a JSONL file its lines that hold anything,
    one step of the bar each (claimledger.batch.Outcome.counted)."""
    (tmp_path / "a.txt").write_text("The mayor said the bridge would open.", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('{"id": "1", "text": "x"}\n\n   \n{"id": "2", "text": "y"}\nnot json\n', encoding="utf-8")
    inputs = [str(tmp_path / "a.txt"), str(tmp_path / "b.jsonl"), str(tmp_path / "missing.txt")]
    assert sources.count(inputs) == 1 + 3 + 1 == sum(1 for _ in sources.read(inputs))
    # a problem told of a line read all the same (a 'published' that cannot be read) is no item of its own
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"id": "1", "text": "x", "published": "01/02/2025"}\n{"id": "2", "text": "y", "published": "last Tuesday"}\n', encoding="utf-8")
    from claimledger.batch import run

    assert sources.count([str(feed)]) == 2 == sum(1 for o in run(sources.read([str(feed)])) if o.counted)
    assert sources.count([str(tmp_path / "a.txt"), "-"]) is None  # stdin is read once only

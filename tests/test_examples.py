"""The example ledgers are what the code produces now, and every record checks out."""

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from conftest import check_ledger  # noqa: E402
from make_examples import INPUTS, LEDGERS, ledger_for  # noqa: E402

from claimledger.sources import read  # noqa: E402

INPUT_FILES = sorted(INPUTS.iterdir())


@pytest.mark.parametrize("path", INPUT_FILES, ids=lambda p: p.name)
def test_example_ledger_is_current(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    expected = (LEDGERS / f"{path.stem}.ledger.jsonl").read_text(encoding="utf-8")
    assert ledger_for(path) == expected, "run: python scripts/make_examples.py"
    texts = {}
    for doc in read([str(path.relative_to(ROOT))]):
        texts[doc.id] = doc.text
    check_ledger(expected, texts)


def test_every_ledger_has_an_input() -> None:
    assert sorted(p.name.removesuffix(".ledger.jsonl") for p in LEDGERS.iterdir()) == sorted(p.stem for p in INPUT_FILES)

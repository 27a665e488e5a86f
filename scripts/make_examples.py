"""Regenerate examples/ledgers/ from examples/inputs/ (tests/test_examples.py checks they agree).

    python scripts/make_examples.py

Plain-text inputs are anchored on REF_DATE; JSONL inputs carry their own ``published``.
"""

from __future__ import annotations

from pathlib import Path

from claimledger.pipeline import extract
from claimledger.sources import Problem, read

ROOT = Path(__file__).resolve().parent.parent
INPUTS = ROOT / "examples" / "inputs"
LEDGERS = ROOT / "examples" / "ledgers"
REF_DATE = "2025-01-14"


def ledger_for(path: Path) -> str:
    """The ledger of one example input, as the CLI would write it (ids are relative paths)."""
    lines = []
    rel = path.relative_to(ROOT).as_posix()
    for doc in read([rel] if Path(rel).exists() else [str(path)]):
        if isinstance(doc, Problem):
            raise SystemExit(str(doc))
        doc_id = rel if doc.id == str(path) else doc.id
        claims = extract(doc.text, doc_id, doc.published or REF_DATE, url=doc.url, title=doc.title, published=doc.published)
        lines += [c.to_json() + "\n" for c in claims]
    return "".join(lines)


def main() -> None:
    LEDGERS.mkdir(exist_ok=True)
    for path in sorted(INPUTS.iterdir()):
        (LEDGERS / f"{path.stem}.ledger.jsonl").write_text(ledger_for(path), encoding="utf-8")


if __name__ == "__main__":
    main()

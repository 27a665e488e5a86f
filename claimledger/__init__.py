"""claimledger: a ledger of checkable claims from English news text.

The API is plain Python (no Typer, no rich)::

    from claimledger import extract
    for claim in extract(text, doc_id="story-1", ref_date="2025-01-14"):
        print(claim.to_json())

``extract_documents`` streams over many documents; ``claimledger.sources.read``
reads them from files, folders, globs and JSONL. ``match(claims, archive)`` finds the
fact-checks of an archive that a claim repeats (claimledger.matching).
"""

__version__ = "0.1.0"

from claimledger.pipeline import Document, extract, extract_documents  # noqa: E402
from claimledger.records import Claim  # noqa: E402

__all__ = ["Claim", "Document", "__version__", "extract", "extract_documents", "match"]


def __getattr__(name: str) -> object:
    """``match`` is imported when first used: SQLite and the stemmer stay out of every other command's start."""
    if name == "match":
        from claimledger.matching import match

        return match
    raise AttributeError(f"module 'claimledger' has no attribute {name!r}")

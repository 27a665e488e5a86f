"""Reading web pages: an HTML page's article text, title, URL and publication date.

trafilatura, a kept library made for this, drops navigation, adverts and footers
and gives the article's paragraphs; htmldate reads the publication date from
the page's metadata (meta tags, ``<time>``, the URL), without guessing from the
article's own words. Paragraphs are joined by blank lines, as in a plain-text
story. The text is a function of the page's bytes (and of the two libraries'
versions), so ``claimledger validate --docs page.html`` reads the same text again
and checks offsets against it. Both libraries come with the optional extra
``pip install '.[html]'`` from a checkout
(claimledger is not on the package index, so a name there could be anyone's).
"""

from __future__ import annotations

import datetime as dt
import logging

from claimledger.pipeline import Document

SUFFIXES = (".html", ".htm")
_EXTRA = "reading HTML needs the html extra: pip install '.[html]' in a checkout of claimledger"


class PageError(ValueError):
    """A page that yields no document, and why, in one line."""


def page(name: str, data: bytes) -> Document:
    """The article in an HTML page, as a document whose id is ``name``."""
    try:
        import htmldate
        import trafilatura
    except ImportError:
        raise PageError(_EXTRA) from None
    for library in ("trafilatura", "htmldate", "courlan"):
        logging.getLogger(library).setLevel(logging.CRITICAL)  # their warnings are not ours to print
    try:
        found = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False, include_tables=False)
        published = htmldate.find_date(data, extensive_search=False, original_date=True, outputformat="%Y-%m-%d")
    except Exception as e:  # a page the parsers cannot read is one bad input, not a crash
        raise PageError(f"could not be read as HTML ({e})") from None
    paragraphs = [line.strip() for line in (found.text if found and found.text else "").splitlines() if line.strip()]
    if not paragraphs:
        raise PageError("no article text found in the page")
    return Document(
        name,
        "\n\n".join(paragraphs),
        page_date=dt.date.fromisoformat(published) if published else None,
        url=found.url or None,
        title=found.title or None,
    )

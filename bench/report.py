"""How large a one-page report can be, and what a report of 1,000 articles costs.

    python bench/report.py            # with claimledger installed (on PATH), and chromium + chromidriver

Builds 1,000 documents (the sample article, each with its own first line) in a temporary
folder and their ledger with `claimledger extract`, then:
  (a) times `claimledger report` on all of them, a whole process, and sizes what it writes
      (an index and one page per document, as the report is past its one-page limits);
  (b) for one page holding the first N documents (N = 10 ... 1,000, the limits lifted), loads
      it in headless chromium and reads, best of RUNS: the time from navigation to the load
      event (parsing, style and layout: the page is frozen until then), and the time a click
      on a speaker above the documents takes to highlight their claims in every document;
      with the stylesheet as shipped, and without its `content-visibility: auto` (browsers
      before 2024 ignore it: Chrome 85, Firefox 125, Safari 18 have it);
  (c) the same for one document page of the report in (a).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from browser import chromium  # noqa: E402

from markupsafe import Markup  # noqa: E402

from claimledger import report  # noqa: E402

DOCUMENTS = 1000
SIZES = (10, 25, 50, 100, 200, 400, 1000)
RUNS = 3
SKIPPING = "content-visibility: auto;"

_LOAD = "const t = performance.getEntriesByType('navigation')[0]; return t.loadEventEnd - t.startTime;"
_CLICK = """
const button = document.querySelector('button[data-who]');
const start = performance.now();
button.click();
document.body.offsetHeight;  // the style and layout the highlight causes
const took = performance.now() - start;
button.click();
return took;
"""


def documents(folder: Path) -> list[Path]:
    (sample,) = sorted((ROOT / "seeds").glob("*.txt"))
    text = sample.read_text(encoding="utf-8")
    paths = []
    for i in range(DOCUMENTS):
        path = folder / f"{i:04d}.txt"
        path.write_text(f"Story {i}.\n{text}", encoding="utf-8")
        paths.append(path)
    return paths


def in_browser(driver: object, path: Path) -> tuple[float, float]:
    """(ms to the load event, ms for a highlight), best of RUNS."""
    loads, clicks = [], []
    for _ in range(RUNS):
        driver.get("about:blank")  # type: ignore[attr-defined]
        driver.get(path.as_uri())  # type: ignore[attr-defined]
        loads.append(driver.execute_script(_LOAD))  # type: ignore[attr-defined]
        clicks.append(driver.execute_script(_CLICK) if "data-who" in path.read_text(encoding="utf-8") else 0.0)  # type: ignore[attr-defined]
    return min(loads), min(clicks)


def main() -> None:
    exe = shutil.which("claimledger") or sys.exit("claimledger is not on PATH")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "docs"
        folder.mkdir()
        paths = documents(folder)
        ledger = Path(tmp) / "ledger.jsonl"
        subprocess.run([exe, "extract", str(folder), "--jobs", "2", "-o", str(ledger)], check=True)
        records = [json.loads(line) for line in ledger.read_text(encoding="utf-8").splitlines()]
        texts = {str(p): p.read_text(encoding="utf-8") for p in paths}
        print(f"{DOCUMENTS} documents, {len(records):,} claims, {sum(map(len, texts.values())):,} characters")

        out = Path(tmp) / "report.html"
        start = time.perf_counter()
        subprocess.run([exe, "report", str(ledger), "--docs", str(folder), "-o", str(out)], check=True)
        seconds = time.perf_counter() - start
        pages = sorted((Path(tmp) / "report_pages").iterdir())
        print(f"(a) claimledger report: {seconds:.1f} s; index {out.stat().st_size / 1e3:,.0f} kB, {len(pages)} pages of {pages[0].stat().st_size / 1e3:,.0f} kB")

        report.ONE_PAGE_DOCUMENTS = report.ONE_PAGE_CHARACTERS = 10**9
        shipped = report._assets()
        assert SKIPPING in shipped["style"]
        style, script = str(shipped["style"]).replace(SKIPPING, ""), str(shipped["script"])
        older = {**shipped, "style": Markup(style), "policy": report.policy(style, script)}
        with chromium() as driver:
            print("(b) one page of N documents: N, claims, MB; ms to load, ms to highlight a speaker everywhere: as shipped | without content-visibility")
            for n in SIZES:
                chosen = {str(p) for p in paths[:n]}
                picked = [r for r in records if r["doc"]["id"] in chosen]
                figures = []
                for variant, assets in (("shipped", shipped), ("older", older)):
                    report._assets = lambda assets=assets: assets  # type: ignore[assignment]
                    page = Path(tmp) / f"one-{n}-{variant}.html"
                    page.write_text(report.build(picked, texts, name=page.name).pages[0].html, encoding="utf-8")
                    figures += in_browser(driver, page)
                print(f"    {n:5d} {len(picked):7,d} {page.stat().st_size / 1e6:6.1f}   {figures[0]:7,.0f} {figures[1]:5,.0f}  | {figures[2]:7,.0f} {figures[3]:5,.0f}", flush=True)
            load, _ = in_browser(driver, pages[0])
            print(f"(c) one document page of (a): {load:,.0f} ms to load")


if __name__ == "__main__":
    main()

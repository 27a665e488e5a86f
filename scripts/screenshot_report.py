"""Regenerate docs/report.png, the README's screenshot of the sample's report.

    python scripts/screenshot_report.py      # needs chromium and chromedriver (apt-get install chromium chromium-driver)

Extracts the sample article (seeds/, anchored on 2025-01-14), writes its report, opens it in
headless chromium, presses one speaker's button and points at a date (to show the highlight
and a normalized value), and saves the top of the document.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from browser import chromium  # noqa: E402

from claimledger import extract, report  # noqa: E402

OUT = ROOT / "docs" / "report.png"
SPEAKER = "Boris Pistorius"
DATE = "Tuesday"


def main() -> None:
    from selenium.webdriver.common.action_chains import ActionChains

    (path,) = sorted((ROOT / "seeds").glob("*.txt"))
    doc_id = f"seeds/{path.name}"
    text = path.read_text(encoding="utf-8")
    records = [c.to_dict() for c in extract(text, doc_id, "2025-01-14")]
    with tempfile.TemporaryDirectory() as tmp, chromium(1200, 900) as driver:
        page = Path(tmp) / "report.html"
        report.write(report.build(records, {doc_id: text}, source="sample.jsonl"), page)
        driver.get(page.as_uri())
        driver.find_element("xpath", f"//article//button[starts-with(normalize-space(.), '{SPEAKER}')]").click()
        driver.execute_script("window.scrollTo(0, document.querySelector('article.doc').getBoundingClientRect().top + window.scrollY - 8)")
        date = driver.find_element("xpath", f"//div[@class = 'text']//span[contains(@class, 'dt') and normalize-space(.) = '{DATE}']")
        ActionChains(driver).move_to_element(date).perform()
        OUT.parent.mkdir(exist_ok=True)
        driver.save_screenshot(str(OUT))
    print(f"{OUT.relative_to(ROOT)}: {OUT.stat().st_size / 1e3:.0f} kB")


if __name__ == "__main__":
    main()

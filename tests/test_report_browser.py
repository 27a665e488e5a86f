"""The report in a real headless browser (Debian's chromium and chromedriver, through Selenium).

Skipped where no browser is installed; when CI is set, a missing browser fails instead.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from browser import chromium, executables
from claimledger import extract, report

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def driver() -> Iterator[Any]:
    if executables() is None:
        message = "chromium and chromedriver are not installed (apt-get install chromium chromium-driver)"
        if os.environ.get("CI"):
            pytest.fail(f"CI is set: {message}")
        pytest.skip(message)
    with chromium() as d:
        yield d


@pytest.fixture(scope="module")
def sample_report(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict[str, Any]]]:
    (path,) = (ROOT / "seeds").glob("*.txt")
    records = [c.to_dict() for c in extract(path.read_text(encoding="utf-8"), "seeds/" + path.name, "2025-01-14")]
    out = tmp_path_factory.mktemp("report") / "report.html"
    report.write(report.build(records, {"seeds/" + path.name: path.read_text(encoding="utf-8")}, source="sample.jsonl"), out)
    return out, records


def errors(driver: Any) -> list[str]:
    """The page's script errors and refused loads, read from the browser's console log."""
    return [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]


def open_page(driver: Any, path: Path) -> None:
    driver.get(path.as_uri())
    assert errors(driver) == []


def test_the_error_check_sees_a_script_error(driver: Any, tmp_path: Path) -> None:
    """The console log is read for real: a page with a broken script shows up in it."""
    broken = tmp_path / "broken.html"
    broken.write_text("<!DOCTYPE html><title>x</title><script>undefinedFunction();</script>", encoding="utf-8")
    driver.get(broken.as_uri())
    assert any("undefinedFunction" in message for message in errors(driver))


def test_the_page_loads_without_script_errors(driver: Any, sample_report: tuple[Path, list[dict[str, Any]]]) -> None:
    path, records = sample_report
    open_page(driver, path)
    assert driver.title == "Claims in sample.jsonl"
    assert len(driver.find_elements("css selector", "li.claim")) == len(records)


def _claims_by(records: list[dict[str, Any]], name: str) -> set[str]:
    return {str(n) for n, r in enumerate(records, 1) if (r.get("speaker") or {}).get("name") == name}


def test_clicking_a_speaker_highlights_exactly_their_claims(driver: Any, sample_report: tuple[Path, list[dict[str, Any]]]) -> None:
    path, records = sample_report
    open_page(driver, path)
    button = driver.find_element("xpath", "//article//button[starts-with(normalize-space(.), 'Boris Pistorius')]")
    button.click()
    assert button.get_attribute("aria-pressed") == "true"
    marked = driver.find_elements("css selector", ".text .hl")
    listed = driver.find_elements("css selector", "li.claim.hl")
    expected = _claims_by(records, "Boris Pistorius")
    assert len(expected) == 3
    assert {el.get_attribute("data-c") for el in marked} == expected
    assert {el.get_attribute("data-c") for el in listed} == expected
    roles = {c for el in marked for c in el.get_attribute("class").split()}
    assert {"sp", "cue", "ct"} <= roles
    assert "3 claims by Boris Pistorius highlighted" in driver.find_element("css selector", ".status").text
    other = driver.find_element("xpath", "//article//button[starts-with(normalize-space(.), 'Volodymyr Zelenskyy')]")
    other.click()
    assert button.get_attribute("aria-pressed") == "false"
    assert {el.get_attribute("data-c") for el in driver.find_elements("css selector", ".text .hl")} == _claims_by(records, "Volodymyr Zelenskyy")
    other.click()
    assert driver.find_elements("css selector", ".hl") == []
    assert errors(driver) == []


def _in_view(driver: Any, element: Any) -> bool:
    return bool(driver.execute_script("const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight;", element))


def test_a_list_entry_scrolls_to_its_place(driver: Any, sample_report: tuple[Path, list[dict[str, Any]]]) -> None:
    path, records = sample_report
    open_page(driver, path)
    last = records[-1]
    target = driver.find_element("id", f"c-{last['id']}")
    assert not _in_view(driver, target), "the last claim starts out of view"
    link = driver.find_element("css selector", f"li.claim a[href='#c-{last['id']}']")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", link)
    link.click()
    assert _in_view(driver, target)
    assert driver.switch_to.active_element == target
    current = driver.find_elements("css selector", ".text .cur")
    assert current and {el.get_attribute("data-c") for el in current} == {str(len(records))}
    assert driver.execute_script("return location.hash") == f"#c-{last['id']}"
    assert errors(driver) == []


def test_the_keyboard_reaches_and_works_the_controls(driver: Any, sample_report: tuple[Path, list[dict[str, Any]]]) -> None:
    from selenium.webdriver.common.keys import Keys

    path, records = sample_report
    open_page(driver, path)
    body = driver.find_element("tag name", "body")
    body.send_keys(Keys.TAB)
    focused = driver.switch_to.active_element
    assert focused.get_attribute("class") == "skip" and focused.is_displayed()
    for _ in range(60):  # on to the first speaker button of the document
        focused.send_keys(Keys.TAB)
        focused = driver.switch_to.active_element
        if focused.tag_name == "button" and focused.find_elements("xpath", "ancestor::article"):
            break
    else:
        pytest.fail("tabbing never reached a speaker button of the document")
    focused.send_keys(Keys.SPACE)
    assert focused.get_attribute("aria-pressed") == "true" and driver.find_elements("css selector", ".text .hl")
    for _ in range(30):  # on to the first claim in the list
        focused.send_keys(Keys.TAB)
        focused = driver.switch_to.active_element
        if focused.tag_name == "a" and focused.find_elements("xpath", "ancestor::li[contains(@class, 'claim')]"):
            break
    else:
        pytest.fail("tabbing never reached the list of claims")
    href = focused.get_attribute("href")
    focused.send_keys(Keys.ENTER)
    assert driver.switch_to.active_element.get_attribute("id") == href.rsplit("#", 1)[1] == f"c-{records[0]['id']}"
    focus_style = driver.execute_script("return getComputedStyle(document.activeElement).outlineStyle")
    assert focus_style != "none", "the focused claim shows where the focus is"
    assert errors(driver) == []


def test_an_index_and_its_pages_load(driver: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(report, "ONE_PAGE_DOCUMENTS", 1)
    texts = {f"doc{i}.txt": f"Mayor Ana Ruiz said {i + 2} bridges will close on Friday." for i in range(2)}
    records = [c.to_dict() for doc_id, text in texts.items() for c in extract(text, doc_id, "2025-01-14")]
    out = tmp_path / "many.html"
    report.write(report.build(records, texts, name=out.name), out)
    open_page(driver, out)
    driver.find_element("link text", "doc1.txt").click()
    assert driver.current_url.endswith("many_pages/0002.html") and errors(driver) == []
    driver.find_element("css selector", "article button[data-who]").click()
    assert len(driver.find_elements("css selector", "li.claim.hl")) == 1
    driver.find_element("partial link text", "All documents").click()
    assert driver.current_url.endswith("many.html") and errors(driver) == []

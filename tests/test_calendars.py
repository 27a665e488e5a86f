"""The tables that scripts/ make from libraries say what those libraries say today."""

from __future__ import annotations

import importlib.util
from importlib import resources
from pathlib import Path

import pytest

SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"


def _script(name: str):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _shipped(name: str) -> list[tuple[str, ...]]:
    raw = resources.files("claimledger").joinpath("data", name).read_text(encoding="utf-8")
    return [tuple(line.split("\t")) for line in raw.splitlines() if line and not line.startswith("#")]


def test_holiday_dates_are_what_the_calendar_libraries_compute() -> None:
    pytest.importorskip("holidays")
    pytest.importorskip("hijridate")
    assert _shipped("holiday_dates.tsv") == _script("make_holidays").rows(), "run: python scripts/make_holidays.py"


def test_world_currencies_are_what_cldr_says() -> None:
    pytest.importorskip("babel")
    assert _shipped("world_currencies.tsv") == _script("make_currencies").rows(), "run: python scripts/make_currencies.py"

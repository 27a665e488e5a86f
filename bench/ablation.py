"""Each date and quantity rule of issue 24 is needed: turn it off and its test rows fail.

    python bench/ablation.py                 # every rule: the rows of tests/test_*_forms.py that fail without it
    python bench/ablation.py composite era   # some rules only
    python bench/ablation.py --scores        # and the four scorers' headline figures without each rule

A rule is turned off by an edit of the source or of a data file (below), made in a copy of
the package in a temporary folder; the table tests then run against the copy, in a fresh
process. An edit that no longer applies is an error, so the list keeps up with the code.
A rule is needed when at least one row that names it fails without it. ``--scores`` also
runs the scorers on the copy (a minute per rule) to show what each rule is worth on the
open sets.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
TESTS = ["tests/test_date_forms.py", "tests/test_quantity_forms.py"]
D, Q, U, DATA = "dates.py", "quantities.py", "units.py", "data/"

# rule: [(file in claimledger/, regex, replacement written as is)], each regex found at least once.
RULES: dict[str, list[tuple[str, str, str]]] = {
    # dates
    "holiday": [(DATA + "holidays.tsv", r"(?m)^(?:black friday|whit monday|orthodox easter|st patrick's day)\t.*\n", "")],
    "holiday_table": [(DATA + "holidays.tsv", r"(?m)^.*\ttable .*\n", "")],
    "fixture": [(DATA + "future_markers.txt", r"(?m)^(?:ahead of|face|meet|meets|play|host|visit|kick-off|kick off)\n", "")],
    "dom": [(D, r"\(\?P<dom>", "(?P<dom>(?!)")],
    "dmy": [(D, re.escape(r"\s?(?:of\s)?(?P<dmy_m>"), r"\s(?P<dmy_m>")],
    "nth": [(D, r"\(\?P<nth>", "(?P<nth>(?!)")],
    "beside": [(D, re.escape("_weekdays_beside_dates(text, found)"), "found")],
    "dayoff": [(D, r"\(\?P<dayoff>", "(?P<dayoff>(?!)")],
    "offset": [(D, r"\(\?P<offset>", "(?P<offset>(?!)")],
    "edge": [(D, r"\(\?P<edge>", "(?P<edge>(?!)")],
    "last_part": [(D, re.escape(r"|last\s(?P<last_part>night|evening)"), r"|(?!)(?P<last_part>x)")],
    "weekend": [(D, re.escape(r"the|this\spast|this|last|past|next"), "the|this|last|next")],
    "anaphor": [(D, r"\(\?P<anaphor>", "(?P<anaphor>(?!)")],
    "numeric": [(D, r"\(\?P<numeric>", "(?P<numeric>(?!)")],
    "era": [(D, r"\(\?P<era>", "(?P<era>(?!)"), (D, r"\(\?P<era_ad>", "(?P<era_ad>(?!)")],
    "range": [(D, r"\(\?P<mrange>", "(?P<mrange>(?!)"), (D, r"\(\?P<drange>", "(?P<drange>(?!)"),
              (D, r"\(\?P<monthrange>", "(?P<monthrange>(?!)")],
    "year_range": [(D, r"\(\?P<yrange>", "(?P<yrange>(?!)")],
    "before_year_one": [(D, re.escape("except (ValueError, OverflowError):  # before 1 January of year 1, or after 9999"), "except ZeroDivisionError:")],
    "year_unit": [(D, re.escape('if kind == "year" and quantities.measured(text, m.end(), end):'), "if False:")],
    "clock_spoken": [(D, r"\(\?P<spoken_m>", "(?!)(?P<spoken_m>")],
    "clock_oclock": [(D, r"\(\?P<oclock>", "(?!)(?P<oclock>")],
    "clock_24h": [(D, re.escape(' and int(m.group("hour24")) < 13'), "")],
    "clock_part": [(D, re.escape(r"(?<=\bat\s)(?P<bare>"), "(?!)(?P<bare>")],
    "clock_range": [(D, r"\(\?:\(\?P<from_h>", "(?:(?!)(?P<from_h>")],
    # quantities
    "world_currencies": [(DATA + "world_currencies.tsv", r"(?m)^[^#].*\n", "")],
    "after_prefix": [(Q, re.escape(" + list(_after_prefixes())"), "")],
    "currency_prefix": [(DATA + "currency_prefixes.tsv", r"(?m)^LE\tEGP\n", "")],
    "shouted": [(Q, re.escape("if sign and _is_code(sign) and _shouted(text, m.start(\"sign\"), end):"), "if False:")],
    "money_words": [(Q, re.escape('unit.pint == "pound" and _about_money(text, m.start())'), "False")],
    "scale_spaced": [(Q, re.escape('if len(s) > 1]'), "if len(s) > 2]")],
    "scale_plurals": [(DATA + "scale_words.tsv", r"(?m)^(?:billions|millions|thousands|trillions)\t.*\n", "")],
    "unit_prefixes": [(U, re.escape(' or not _allowed(prefix)'), "")],
    "common_word_symbols": [(U, re.escape(' or lower in lexicon.words("common_words")'), "")],
    "unit_symbols": [(DATA + "unit_symbols.tsv", r"(?m)^[^#].*\n", "")],
    "unit_end": [(Q, re.escape("""end = r"(?![\\w'’]|-\\d|\\.\\w)\""""), """end = r"(?![\\w.-])\"""")],
    "plain_nouns": [(DATA + "not_units.txt", r"(?m)^(?:blob|buckingham|league|particle|quad|shake|slug)s?\n", "")],
    "hyphen_rate": [(Q, re.escape("|-an?-"), "")],
    "inch": [(Q, re.escape('elif lower == "in":'), 'elif lower == "in" and False:')],
    "cubed": [(Q, re.escape(r"|\s(squared|cubed)"), r"|(?!)(x)")],
    "sq_units": [(DATA + "units.tsv", r"(?m)^sq\.? ?m\t.*\n", "")],
    "exponent": [(Q, re.escape('r"(?:[eE](?P<e>'), 'r"(?!)(?:[eE](?P<e>')],
    "article_units": [(Q, re.escape(r"|an?(?=\s(?:{counted})\b|"), r"|an?(?=\s(?!)(?:{counted})\b|")],
    "half": [(Q, r"\(\?P<half>half", "(?P<half>(?!)half")],
    "composite": [(Q, re.escape("quantities = [_composite(text, quantities[0], end)]"), "pass")],
    "minus": [(Q, re.escape(r"\bminus[\s-]"), r"\bminus\s")],
    "below_zero": [(Q, re.escape("quantities = [_below_zero(text, quantities[0], end)]"), "pass")],
    "qualifiers": [(DATA + "qualifiers.tsv", r"(?m)^(?:exceeding|lower than)\t.*\n", "")],
    "shared_unit": [(Q, re.escape("if change and other_value is not None and not sign and _read_unit(text, end, limit, scaled) is None:"), "if False:")],
    "emergency": [(Q, re.escape('if m.group("digits") in lexicon.words("emergency_numbers")'), "if False")],
    "fraction": [(Q, re.escape("num / den if 0 < num < den else None"), "num / den if den else None")],
    "street": [(Q, re.escape("if _street().match(text, _number_end(other)):"), "if False:"),
               (Q, re.escape('if _street().match(text, end) or _word_after(text, end) in ("zip", "postcode"):'), "if False:")],
}
SCORERS = {
    "dates dev": ["score_dates.py"],
    "news dates": ["score_dates.py", "--gold", str(EVAL / "news" / "dates_dev.jsonl")],
    "quantities dev": ["score_quantities.py"],
    "news quantities": ["score_quantities.py", "--gold", str(EVAL / "news" / "quantities_dev.jsonl")],
}


def _copy_without(rule: str, folder: Path) -> Path:
    """A copy of the package and its table tests in ``folder``, with the rule's edits made."""
    package = folder / "claimledger"
    shutil.copytree(ROOT / "claimledger", package, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "tests").mkdir()
    for name in [*TESTS, "tests/conftest.py", "pyproject.toml"]:
        shutil.copy(ROOT / name, folder / name)
    for name, pattern, replacement in RULES[rule]:
        path = package / name
        text, n = re.subn(pattern, lambda _, new=replacement: new, path.read_text(encoding="utf-8"))
        if not n:
            sys.exit(f"{rule}: the edit of {name} no longer applies ({pattern!r}); update bench/ablation.py")
        path.write_text(text, encoding="utf-8")
    return folder


def _env(folder: Path | None) -> dict[str, str]:
    env = dict(os.environ)
    if folder is not None:
        env["PYTHONPATH"] = str(folder) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def failing_rows(folder: Path | None) -> set[str]:
    """The ids of the table tests that fail with the package in ``folder`` (None: this tree);
    they run in ``folder``, so that pytest puts the copy first on the path."""
    out = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rf", *TESTS],
                         cwd=folder or ROOT, env=_env(folder), capture_output=True, text=True, check=False).stdout
    return {m.group(1) for m in re.finditer(r"^FAILED \S+?\[(.+?)\](?: - |$)", out, re.M)}


def rows_of(rule: str) -> list[str]:
    """The test ids that name the rule (their first column)."""
    ids = subprocess.run([sys.executable, "-m", "pytest", "-q", "--collect-only", "-p", "no:cacheprovider", *TESTS],
                         cwd=ROOT, capture_output=True, text=True, check=False).stdout
    return [m.group(1) for m in re.finditer(r"\[(.+?)\]$", ids, re.M) if m.group(1).startswith(rule + ":")]


def scores(folder: Path | None) -> dict[str, float]:
    """The scorers' headline value F1 (dates) and value+unit F1 (quantities), run in ``folder``
    (``python -m`` puts the working folder first on the path)."""
    cmd = f"{sys.executable} -m claimledger extract --input-format jsonl -"
    found = {}
    for name, args in SCORERS.items():
        out = subprocess.run([sys.executable, str(EVAL / args[0]), *args[1:], "--cmd", cmd, "--json"],
                             cwd=folder or ROOT, env=_env(folder), capture_output=True, text=True, check=True).stdout
        result = json.loads(out)
        found[name] = result["value_f1"] if "value_f1" in result else result["value_unit"]["f1"]
    return found


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("rules", nargs="*", help="rules to turn off (default: all)")
    ap.add_argument("--scores", action="store_true", help="also run the four scorers without each rule")
    a = ap.parse_args()
    chosen = a.rules or list(RULES)
    if failing_rows(None):
        sys.exit("the table tests fail with every rule on: fix them first")
    base = scores(None) if a.scores else {}
    if base:
        print("with every rule: " + ", ".join(f"{k} {v:.3f}" for k, v in base.items()))
    needless = []
    for rule in chosen:
        with tempfile.TemporaryDirectory() as tmp:
            folder = _copy_without(rule, Path(tmp))
            mine = rows_of(rule)
            failed = failing_rows(folder)
            line = f"{rule:20s} {len(set(mine) & failed)} of its {len(mine)} rows fail without it; {len(failed)} rows in all"
            if a.scores:
                line += "; " + ", ".join(f"{k} {v - base[k]:+.3f}" for k, v in scores(folder).items())
        print(line, flush=True)
        if not set(mine) & failed:
            needless.append(rule)
    if needless:
        sys.exit(f"no row fails without: {', '.join(needless)}")


if __name__ == "__main__":
    main()

import pytest

from claimledger.quantities import find

# text, [(surface, value, low, high, unit, count_of)]
CASES = [
    ("a front line of approximately 1,000 kilometers", [("approximately 1,000 kilometers", 1000, None, None, "kilometer", None)]),
    ("(600 miles)", [("600 miles", 600, None, None, "mile", None)]),
    ("nearly 700 miles", [("nearly 700 miles", 700, None, 700, "mile", None)]),
    ("over 100 brigades", [("over 100 brigades", 100, 100, None, None, "brigades")]),
    ("31 drones were shot down", [("31 drones", 31, None, None, None, "drones")]),
    ("six U.S.-made ATACMS missiles", [("six U.S.-made ATACMS missiles", 6, None, None, None, "missiles")]),
    ("two anti-aircraft missile systems", [("two anti-aircraft missile systems", 2, None, None, None, "systems")]),
    ("thirty-one drones", [("thirty-one drones", 31, None, None, None, "drones")]),
    ("a dozen villages", [("a dozen villages", 12, None, None, None, "villages")]),
    ("more than 1,700 people", [("more than 1,700 people", 1700, 1700, None, None, "people")]),
    ("at least 82 were killed", [("at least 82", 82, 82, None, None, None)]),
    ("It costs $2.5 billion", [("$2.5 billion", 2.5e9, None, None, "USD", None)]),
    ("a £250m deal", [("£250m", 2.5e8, None, None, "GBP", None)]),
    ("€300 million in aid", [("€300 million", 3e8, None, None, "EUR", None)]),
    ("$1.9bn", [("$1.9bn", 1.9e9, None, None, "USD", None)]),
    ("1.2 trillion rubles", [("1.2 trillion rubles", 1.2e12, None, None, "RUB", None)]),
    ("prices rose 6%", [("6%", 6, None, None, "percent", None)]),
    ("up 3.5 percent", [("3.5 percent", 3.5, None, None, "percent", None)]),
    ("a rise of 2 percentage points", [("2 percentage points", 2, None, None, "percentage_point", None)]),
    ("it was 30°C outside", [("30°C", 30, None, None, "degree_Celsius", None)]),
    ("a 45 minutes wait", [("45 minutes", 45, None, None, "minute", None)]),
    ("nearly three years of war", [("nearly three years", 3, None, 3, "year", None)]),
    ("816 000 t of grain", [("816 000 t", 816000, None, None, "metric_ton", None)]),
    ("doing 70 mph", [("70 mph", 70, None, None, "mile_per_hour", None)]),
    ("a 5km run", [("5km", 5, None, None, "kilometer", None)]),
    ("2.5 million people", [("2.5 million people", 2.5e6, None, None, None, "people")]),
    ("up to 15 feet", [("up to 15 feet", 15, None, 15, "foot", None)]),
    ("fewer than 20 hectares", [("fewer than 20 hectares", 20, None, 20, "hectare", None)]),
    # Not quantities.
    ("at 2.15pm on Monday", []),
    ("in 2025 and 1998", []),
    ("an F-16 and a Su-34 flew", []),
    ("the third time", []),
    ("one of these guarantees", []),
    ("a day and a time", []),
    ("the 5th of May", []),
    ("at 10:30 in the morning", []),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_find(text: str, expected: list[tuple]) -> None:
    found = find(text, 0, len(text))
    got = [(q.text, q.value, q.low, q.high, q.unit, q.count_of) for q in found]
    assert got == [tuple(e) for e in expected]
    for q in found:
        assert text[q.start : q.end] == q.text


def test_si_values_compare_across_units() -> None:
    km, mi = find("1,000 kilometers (600 miles)", 0, 28)
    assert km.si.unit == mi.si.unit == "meter"
    assert km.si.value == 1_000_000
    assert abs(mi.si.value - 965_606.4) < 0.01
    assert km.dimension == "length"


def test_offsets_are_into_the_whole_text() -> None:
    text = "Intro. Later, 31 drones came."
    (q,) = find(text, 7, len(text))
    assert (q.start, q.end) == (14, 23)

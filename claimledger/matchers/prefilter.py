"""What a pattern's regex needs before it can match, read from the regex itself.

The engine runs each row's regex only where it can match: on a sentence whose tags hold
one of each set of tags the row cannot match without (its cue, its quotation, what its
lookaheads ask for), and, for a regex that ``re`` cannot skip ahead in by itself, at a place
whose tag can start it (a guard ``(?=[...])`` in front). Both are read from the parse of the
regex that ``re`` makes, so they hold for any pattern the grammar compiles; a part they do
not know (a back reference, ``.``) only makes them ask less. Neither changes what a row
matches: a regex skipped could not have matched, and a guard only refuses places where the
first unit could not have matched either.
"""

from __future__ import annotations

import re
import sys

if sys.version_info >= (3, 11):
    from re import _constants as _c
    from re import _parser as _p
else:  # pragma: no cover - Python 3.10
    import sre_constants as _c
    import sre_parse as _p

Tags = frozenset[str]
_Items = list[tuple[object, object]]
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT} | ({_c.POSSESSIVE_REPEAT} if hasattr(_c, "POSSESSIVE_REPEAT") else set())


def _parse(source: str) -> _Items:
    return list(_p.parse(source, re.S))


def first_tags(source: str, alphabet: Tags) -> Tags | None:
    """The tags a match of ``source`` can start with; None if it may be empty or start with any."""
    found, empty = _first(_parse(source), alphabet)
    return None if found is None or empty else frozenset(found)


def required_tags(source: str, alphabet: Tags) -> list[Tags]:
    """Sets of tags of which a string must hold one each (anywhere, lookbehinds included) for
    ``source`` to match in it."""
    return [frozenset(s) for s in _required(_parse(source), alphabet) if len(s) < len(alphabet)]


def needs_guard(source: str) -> bool:
    """Whether ``re`` finds no start set of its own in the regex (one starting with a tag set or a
    literal it scans for in C), so that a guard in front pays."""
    items = _parse(source)
    while items and items[0][0] is _c.SUBPATTERN:
        items = list(items[0][1][-1])  # type: ignore[index]
    if not items:
        return True
    op, av = items[0]
    if op is _c.IN or op is _c.LITERAL:
        return False
    if op is _c.BRANCH:
        return not all(branch and branch[0][0] is _c.LITERAL for branch in av[1])  # type: ignore[index]
    return True


def _first(items: _Items, alphabet: Tags) -> tuple[set[str] | None, bool]:
    """(first tags of a sequence or None for any, whether it may match empty)."""
    found: set[str] = set()
    for op, av in items:
        tags, empty = _first_of(op, av, alphabet)
        if tags is None:
            return None, False
        found |= tags
        if not empty:
            return found, False
    return found, True


def _first_of(op: object, av: object, alphabet: Tags) -> tuple[set[str] | None, bool]:
    if op is _c.LITERAL:
        return {chr(av)}, False  # type: ignore[arg-type]
    if op is _c.IN:
        return _charset(av, alphabet), False  # type: ignore[arg-type]
    if op is _c.AT or op is _c.ASSERT or op is _c.ASSERT_NOT:
        return set(), True
    if op is _c.SUBPATTERN:
        return _first(av[-1], alphabet)  # type: ignore[index]
    if op is _c.BRANCH:
        found: set[str] = set()
        empty = False
        for branch in av[1]:  # type: ignore[index]
            tags, may = _first(branch, alphabet)
            if tags is None:
                return None, False
            found |= tags
            empty = empty or may
        return found, empty
    if op in _REPEATS:
        low, _, sub = av  # type: ignore[misc]
        tags, empty = _first(sub, alphabet)
        return tags, empty or low == 0
    return None, False  # ".", a category, a back reference: anything


def _required(items: _Items, alphabet: Tags) -> list[set[str]]:
    found: list[set[str]] = []
    for op, av in items:
        if op is _c.SUBPATTERN:
            found += _required(av[-1], alphabet)  # type: ignore[index]
        elif op is _c.ASSERT:
            found += _required(av[1], alphabet)  # type: ignore[index]
        elif op in _REPEATS:
            if av[0] >= 1:  # type: ignore[index]
                found += _required(av[2], alphabet)  # type: ignore[index]
        elif op is _c.BRANCH:
            branches = [_required(branch, alphabet) for branch in av[1]]  # type: ignore[index]
            if all(branches):  # one of each branch's smallest set
                found.append(set().union(*(min(b, key=len) for b in branches)))
        elif op is _c.LITERAL or op is _c.IN:
            tags, _ = _first_of(op, av, alphabet)
            if tags is not None:
                found.append(tags)
    return found


def _charset(items: _Items, alphabet: Tags) -> set[str] | None:
    found: set[str] = set()
    negate = False
    for op, av in items:
        if op is _c.NEGATE:
            negate = True
        elif op is _c.LITERAL:
            found.add(chr(av))  # type: ignore[arg-type]
        elif op is _c.RANGE:
            found.update(chr(c) for c in range(av[0], av[1] + 1))  # type: ignore[index]
        else:
            return None
    return set(alphabet) - found if negate else found

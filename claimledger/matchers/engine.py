"""The cascade that finds the claims of one sentence, rule by rule.

Stages, in order (each reads the tables of ``data/grammar/``):

1. tokens: every token gets its tag (claimledger.matchers.grammar);
2. quotations: a quotation (paired by claimledger.quotemarks) becomes one unit, tagged
   by what it looks like: an utterance, a title, one that runs on to the next paragraph;
3. chunks (``chunks.tsv``): speaker phrases and the like, stage by stage; a chunk becomes
   one unit tagged with its type, so later patterns name it (``SPEAKER``);
4. boundaries (``boundaries.tsv``): where reported content ends (``, noting``, ``; ``);
5. claims (``claims.tsv``): each row's pattern over the units, with captures for the
   speaker, the cue and the content; the row's id is the record's ``extractor.rule``.

The sentence's subject (``subjects.tsv``) speaks for rows with ``speaker=subject``; a news
outlet that carries a claim is its relay (``relays.tsv``: "told Reuters", "..., the Coastal
Times reported"). What a pattern cannot say is code, listed here: a content ends at the first
boundary after it starts, loses the marks it ends with, and keeps a quotation's marks out of a
direct quote; where two claims overlap one is chosen (``_select``); an outlet that is the
speaker of a claim holding someone else's gives way to it (``_relayed``); a chosen content
that refutes (``data/refutations.txt``) makes a speech a denial, one that declines
(``data/non_answers.txt``) a non-answer.
"""

from __future__ import annotations

import bisect
import copy
import hashlib
import itertools
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from typing import Any

from claimledger import lexicon
from claimledger.matchers import Context, Match
from claimledger.matchers import prefilter
from claimledger.matchers.grammar import Grammar, Pattern, Signature, Tagger, charset, key_of
from claimledger.matchers.tokens import tokenize
from claimledger.quotemarks import Quotation

_COMPILED = "grammar_compiled.json"  # python scripts/make_grammar.py writes it from the rows
_QUOTE_FEATURES = ("title", "utterance", "comma", "runs_on")
_KINDS = ("speech", "attribution", "denial", "no_comment")
_QUOTES = ("direct", "reported")
_OPTIONS = {"min", "speaker", "ends", "within", "points"}


@dataclass(slots=True)
class Units:
    """A sentence as units (tokens, quotations, chunks): one tag each in ``tags``, and per unit its
    span, the span of its words (inside a quotation's marks) and how many tokens it holds."""

    tags: str
    start: list[int]
    end: list[int]
    inner_start: list[int]
    inner_end: list[int]
    size: list[int]

    def append(self, tag: str, start: int, end: int, inner_start: int, inner_end: int, size: int) -> None:
        self.tags += tag
        self.start.append(start)
        self.end.append(end)
        self.inner_start.append(inner_start)
        self.inner_end.append(inner_end)
        self.size.append(size)

    def extend(self, other: Units, first: int, last: int) -> None:
        """Add ``other``'s units from ``first`` to ``last``."""
        self.tags += other.tags[first:last]
        self.start += other.start[first:last]
        self.end += other.end[first:last]
        self.inner_start += other.inner_start[first:last]
        self.inner_end += other.inner_end[first:last]
        self.size += other.size[first:last]


@dataclass(frozen=True)
class ClaimRule:
    id: str
    kind: str
    quote: str
    pattern: Pattern  # its matches may overlap (Pattern.each)
    min_tokens: int
    speaker_from_subject: bool
    hearsay: bool  # nobody is named: "it was reported that ..."
    ends_at_boundary: bool
    nests: bool  # its content may lie inside another claim's: denied claims that [he had lied]
    back: bool  # its content is the sentence before ("The mayor said this after the vote")


@dataclass(frozen=True)
class ChunkStage:
    regex: re.Pattern[str]
    tags: dict[str, str]  # group name -> chunk tag
    rows: dict[str, str]  # group name -> the row's id


class Cascade:
    """The compiled grammar: chunk stages, boundary and subject patterns, claim rules. It is read
    from ``data/grammar_compiled.json``, which ``compile_rows`` makes from the rows of
    ``data/grammar/`` and the word lists (``python scripts/make_grammar.py``; tests/test_grammar_compiled.py
    checks that the file is what the rows give), so that a run starts without building it."""

    def __init__(self, state: dict[str, Any]) -> None:
        self.grammar = Tagger.from_state(state["tagger"])
        self._quote_tags = {frozenset(features): tag for tag, features in state["quote_tags"].items()}
        self.stages = [ChunkStage(re.compile(s["regex"], re.S), s["tags"], s["rows"]) for s in state["stages"]]
        wanted: list[tuple[Pattern, list[frozenset[str]]]] = []

        def pattern(found: dict[str, Any]) -> Pattern:
            compiled = Pattern.from_state(found)
            wanted.append((compiled, [frozenset(tags) for tags in found["requires"]]))
            return compiled

        self.boundaries = {row_id: pattern(p) for row_id, p in state["boundaries"]}
        self.subjects = {row_id: pattern(p) for row_id, p in state["subjects"]}
        self.relay_rows = [(row_id, anchor, pattern(p)) for row_id, anchor, p in state["relays"]]
        self.relays = {anchor: [p for _, a, p in self.relay_rows if a == anchor] for anchor in ("cue", "sentence", "name", "opening")}
        self.rules = [ClaimRule(**{**fields, "pattern": pattern(fields["pattern"])}) for fields in state["rules"]]
        self._tag_bits = _gates(wanted)
        self.hearsay = frozenset(rule.id for rule in self.rules if rule.hearsay)
        self.nesting = frozenset(rule.id for rule in self.rules if rule.nests)
        chars = {name: frozenset(tags) for name, tags in state["chars"].items()}
        self.outlets = chars["OUTLETS"]
        self.quote_chars = chars["QUOTE"]
        self.utterances = chars["QUOTE_UTT"]
        self.trailing = chars["TRAILING"]
        self.cue_skip = chars["CUE_SKIP"]
        self.negations = chars["NEGATION"]
        self.triggers = chars["TRIGGER"]
        self.trigger_words = frozenset(state["trigger_words"])
        self.fixed_cues = lexicon.words("attribution_phrases")
        self.noun_lemmas = lexicon.table("report_nouns")  # warnings -> warning

    def without(self, row_id: str) -> Cascade:
        """The cascade with one claim, boundary or subject row switched off (the test that every
        row is needed)."""
        other = copy.copy(self)
        if row_id in self.boundaries:
            other.boundaries = {k: v for k, v in self.boundaries.items() if k != row_id}
        elif row_id in self.subjects:
            other.subjects = {k: v for k, v in self.subjects.items() if k != row_id}
        elif row_id in {rule.id for rule in self.rules}:
            other.rules = [rule for rule in self.rules if rule.id != row_id]
        else:
            raise ValueError(f"no row {row_id!r}")
        return other

    def open_gates(self, tags: str) -> int:
        """The bits of the gates (``Pattern.gate``) that a sentence's tags open."""
        have = 0
        bits = self._tag_bits
        for tag in set(tags):
            have |= bits.get(tag, 0)
        return have

    # Running it

    def units(self, ctx: Context) -> Units | None:
        """The sentence's tokens, with each quotation inside it folded into one unit; None when it holds
        no word or mark a claim starts from (data/grammar/classes.tsv, TRIGGER)."""
        text, sent = ctx.text, ctx.sentence
        if not ctx.quotations and self.trigger_words.isdisjoint(_WORD.findall(text, sent.start, sent.end)):
            return None  # most sentences of plain narration: not even tokenized
        spans = tokenize(text, sent.start, sent.end)
        cached, tag = self.grammar.cached, self.grammar.tag
        tags = [cached(w) or tag(w) for w in [text[a:b] for a, b in spans]]
        if self.triggers.isdisjoint(tags):
            return None
        starts = [a for a, _ in spans]
        ends = [b for _, b in spans]
        quotes = [q for q in ctx.quotations if sent.start <= q.start and q.end <= sent.end and q.inner_end - q.inner_start >= 2]
        if not quotes:
            return Units("".join(tags), starts, ends, starts, ends, [1] * len(tags))
        units = Units("", [], [], [], [], [])
        qi = 0
        for k, a in enumerate(starts):
            while qi < len(quotes) and quotes[qi].end <= a:
                qi += 1
            if qi < len(quotes) and quotes[qi].start <= a:
                q = quotes[qi]
                if a == q.start:
                    units.append(self._quote_tag(text, q), q.start, q.end, q.inner_start, q.inner_end, 0)
                units.size[-1] += 1
                continue
            units.append(tags[k], a, ends[k], a, ends[k], 1)
        return units

    def _quote_tag(self, text: str, q: Quotation) -> str:
        inner = text[q.inner_start : q.inner_end]
        features = set()
        if _is_title(inner):
            features.add("title")
        last = inner.rstrip(" \t\n'’")[-1:]
        if last in (",", ".", "?", "!", "…", ":"):
            features.add("utterance")
        if last == "," or text[q.end : q.end + 1] == ",":
            features.add("comma")
        if q.runs_on:
            features.add("runs_on")
        return self._quote_tags[frozenset(features)]

    def chunk(self, units: Units, seen: list[tuple[int, int, str]] | None = None) -> Units:
        """The units with each stage's chunks folded in; ``seen`` collects (start, end, row id) of each chunk."""
        for stage in self.stages:
            found = [(m.start(), m.end(), m.lastgroup) for m in stage.regex.finditer(units.tags) if m.end() > m.start()]
            if not found:
                continue
            out = Units("", [], [], [], [], [])
            last = 0
            for a, b, name in found:
                if seen is not None:
                    seen.append((units.start[a], units.end[b - 1], stage.rows[name or ""]))
                out.extend(units, last, a)
                out.append(stage.tags[name or ""], units.start[a], units.end[b - 1], units.start[a], units.end[b - 1], sum(units.size[a:b]))
                last = b
            out.extend(units, last, len(units.start))
            units = out
        return units

    def stops(self, tags: str, have: int) -> list[int]:
        """Where the boundary rows end a content (``have``: the gates the tags open, ``open_gates``)."""
        found = set()
        for pattern in self.boundaries.values():
            if pattern.gate & ~have:
                continue
            for m in pattern.regex.finditer(tags):
                a, _ = pattern.spans(m).get("stop", (-1, -1))
                if a >= 0:
                    found.add(a)
        return sorted(found)

    def subject(self, tags: str, have: int) -> tuple[int, int] | None:
        for pattern in self.subjects.values():
            if pattern.gate & ~have:
                continue
            m = pattern.regex.search(tags)
            if m:
                return pattern.spans(m).get("subject")
        return None

    def match(self, ctx: Context) -> list[Match]:
        """The claims of a sentence: where two overlap, the one whose cue comes first wins, and for one
        cue the row that comes first; a row that found no speaker takes the claim's before it."""
        units = self.units(ctx)
        if units is None:
            return []
        units = self.chunk(units)
        found = sorted(self._matches(ctx, units), key=lambda m: m.cue[0] if m.cue else m.content[0])
        outlets = {(units.start[k], units.end[k]) for k, tag in enumerate(units.tags) if tag in self.outlets}
        claims: list[Match] = []
        for m in _relayed(found, _select(found, self.nesting), outlets, self.nesting):
            if m.speaker is None and m.rule not in self.hearsay:
                if not claims or claims[-1].speaker is None:
                    continue  # ", saying ..." with nobody before it to say it
                m = replace(m, speaker=claims[-1].speaker)
            if m.kind in ("speech", "attribution"):  # after the choice: a kind is read from the chosen content only
                m = replace(m, kind=kind_of(ctx.text[m.content[0] : m.content[1]], m.kind))
            if (m.kind == "speech" and m.rule in _GOING_ON and m.cue and claims and claims[-1].kind == "denial" and claims[-1].speaker == m.speaker
                    and ctx.text[claims[-1].content[1] : m.cue[0]].strip(" \t\n\"'”’") in _GOING_ON_MARKS):
                m = replace(m, kind="denial")  # "rejected the claim, saying the food had been delivered": the rebuttal
            claims.append(m)
        return claims

    def _matches(self, ctx: Context, units: Units) -> Iterator[Match]:
        tags = units.tags
        present = set(tags)
        have = self.open_gates(tags)
        relay_here: tuple[int, int] | None | bool = False  # an outlet that relays the whole sentence, found at the first cue
        opening_name: tuple[int, int] | None | bool = False  # a name the sentence opens with as whom it was said to
        # per sentence, not per match, so that a long sentence of many cues costs no more per cue
        tokens_before = list(itertools.accumulate(units.size, initial=0))
        quoted = [k for k, tag in enumerate(tags) if tag in self.quote_chars]
        stops: list[int] | None = None
        subject: tuple[int, int] | None | bool = False
        for rule in self.rules:
            if rule.pattern.gate & ~have:
                continue  # a tag set it needs is missing: it cannot match
            seen: set[tuple[int, int]] = set()
            for m in rule.pattern.each(tags):
                spans = rule.pattern.spans(m)
                cue = spans.get("cue")
                a, b = spans["content"]
                inside = cue is not None and a < cue[0] and cue[1] <= b  # the cue inside its content: "A, she said, B"
                if rule.ends_at_boundary:
                    if stops is None:
                        stops = self.stops(tags, have)
                    after = max(a, cue[1] - 1) if cue else a  # a cue inside the content: "Acts, he said, are ..."
                    first = bisect.bisect_right(stops, after)  # the first boundary after it, if it is before b
                    if first < len(stops) and stops[first] < b:
                        b = stops[first]
                while b > a and tags[b - 1] in self.trailing:
                    b -= 1
                if inside and b <= cue[1]:  # type: ignore[index]
                    continue  # nothing of the content is left after its cue
                if tokens_before[b] - tokens_before[a] < rule.min_tokens:
                    continue
                key = cue or (a, b)
                if key in seen:
                    continue
                seen.add(key)
                speaker = spans.get("speaker")
                if speaker is None and rule.speaker_from_subject:
                    if subject is False:
                        subject = self.subject(tags, have)
                    speaker = subject if subject and subject[1] <= key[0] else None
                relay, named = None, False
                if cue:
                    if relay_here is False:
                        relay_here = self._relay(units, self.relays["sentence"], 0, have, search=True)
                    relay = (self._relay(units, self.relays["cue"], cue[1], have) if self.outlets & present else None) or relay_here
                    if relay is None:
                        if opening_name is False:
                            opening_name = self._relay(units, self.relays["opening"], 0, have)
                        relay = self._relay(units, self.relays["name"], cue[1], have) or opening_name
                        named = relay is not None
                yield self._match(ctx, rule, units, quoted, speaker, cue, (a, b), relay, named)

    def rows_behind(self, ctx: Context, m: Match, relay: tuple[int, int] | None) -> list[tuple[str, str]]:
        """(table, row id) of the chunk, boundary and relay rows behind a claim of this sentence, besides
        its claim row (``relay``: the span of the record's relay, if it kept one): for the rule census
        (bench/census.py), which counts how often each is right."""
        units = self.units(ctx)
        if units is None:
            return []
        seen: list[tuple[int, int, str]] = []
        units = self.chunk(units, seen)
        spans = [s for s in (m.speaker, m.cue, m.content, relay) if s is not None]
        first, last = min(s[0] for s in spans), max(s[1] for s in spans)
        rows = [("chunks", row) for a, b, row in seen if first <= a and b <= last]
        text = ctx.text
        for row, pattern in self.boundaries.items():
            for found in pattern.regex.finditer(units.tags):
                a, _ = pattern.spans(found).get("stop", (-1, -1))
                if 0 <= a < len(units.start) and units.start[a] >= m.content[1] and not text[m.content[1] : units.start[a]].strip(" \t”’\"'"):
                    rows.append(("boundaries", row))
                    break
        if relay is not None:
            cue_end = next((k for k, end in enumerate(units.end) if m.cue and end == m.cue[1]), None)
            for row, anchor, pattern in self.relay_rows:
                if anchor in ("cue", "name") and cue_end is None:
                    continue
                found = pattern.regex.search(units.tags) if anchor in ("sentence", "opening") else pattern.regex.match(units.tags, cue_end + 1)  # type: ignore[operator]
                if found and "relay" in pattern.spans(found):
                    a, b = pattern.spans(found)["relay"]
                    if (units.start[a], units.end[b - 1]) == relay:
                        rows.append(("relays", row))
                        break
        return rows

    def _relay(self, units: Units, patterns: list[Pattern], at: int, have: int, search: bool = False) -> tuple[int, int] | None:
        """The text span of the outlet a relay pattern finds at unit ``at`` (anywhere, with ``search``)."""
        for pattern in patterns:
            if pattern.gate & ~have:
                continue
            m = pattern.regex.search(units.tags, at) if search else pattern.regex.match(units.tags, at)
            if m:
                a, b = pattern.spans(m)["relay"]
                return units.start[a], units.end[b - 1]
        return None

    def _match(
        self,
        ctx: Context,
        rule: ClaimRule,
        units: Units,
        quoted: list[int],
        speaker: tuple[int, int] | None,
        cue: tuple[int, int] | None,
        content: tuple[int, int],
        relay: tuple[int, int] | None,
        relay_named: bool = False,
    ) -> Match:
        text = ctx.text
        a, b = content
        # A content that is one quotation is a direct quote whatever the row (The statement read: “...”).
        if rule.quote == "direct" or (b - a == 1 and units.tags[a] in self.utterances):
            start, end = units.inner_start[a], units.inner_end[b - 1]
            while end > start and text[end - 1] in " ,":
                end -= 1  # “We will keep going,” she said: the comma is the attribution's
            quote = "direct"
        else:
            start, end = units.start[a], units.end[b - 1]
            k = bisect.bisect_left(quoted, a)  # the units that are quotations: is one of them in [a, b)?
            quote = "mixed" if k < len(quoted) and quoted[k] < b else "indirect"
        cue_span = None
        if cue is not None:
            cue_span = (units.start[cue[0]], units.end[cue[1] - 1], self._lemma(text, units, *cue))
        speaker_span = None
        if speaker:
            first, last = speaker
            while last > first + 1 and units.tags[last - 1] in self.trailing:
                last -= 1  # "Carl Weber, the attorney general of Kansas," said
            speaker_span = (units.start[first], units.end[last - 1])
        relay = relay if relay != speaker_span else None
        return Match(rule.kind, rule.id, speaker_span, cue_span, (start, end), quote, relay, relay_named and relay is not None, rule.back)

    def _lemma(self, text: str, units: Units, first: int, last: int) -> str:
        """``did not immediately respond`` -> ``not respond``; ``called Friday for`` -> ``call for``."""
        kept = [k for k in range(first, last) if units.tags[k] not in self.cue_skip]
        keys = [key_of(text[units.start[k] : units.end[k]]) for k in kept]
        if " ".join(keys) in self.fixed_cues:
            return " ".join(keys)  # "as reported by"
        lemmas = self.grammar.lemmas
        return " ".join(
            "not" if units.tags[k] in self.negations else lemmas.get(w) or self.noun_lemmas.get(w, w) for k, w in zip(kept, keys)
        )


_TABLES = ("boundaries", "chunks", "claims", "classes", "macros", "relays", "subjects")  # of data/grammar/
_CHARS = ("OUTLETS", "QUOTE", "QUOTE_UTT", "TRAILING", "CUE_SKIP", "NEGATION", "TRIGGER")


def compile_rows() -> dict[str, Any]:
    """The compiled grammar as plain data, from the rows of ``data/grammar/`` and the word lists:
    the tagger, each chunk stage's one regex, each row's regex with its guard and the tag sets it
    needs (matchers.prefilter). Deterministic, so that the shipped file can be compared with it."""
    classes = lexicon.rows("grammar/classes")
    chunks = lexicon.rows("grammar/chunks")
    boundaries = lexicon.rows("grammar/boundaries")
    subjects = lexicon.rows("grammar/subjects")
    relays = lexicon.rows("grammar/relays")
    claims = lexicon.rows("grammar/claims")
    types = sorted({row[2] for row in chunks})
    units = [_quote_signature(set(c)) for c in _subsets(_QUOTE_FEATURES)] + [frozenset({"chunk", f"chunk:{t}"}) for t in types]
    class_rows = list(classes) + [(t, f"chunk:{t}") for t in types]
    patterns = [row[3] for row in chunks] + [row[1] for row in boundaries + subjects] + [row[2] for row in relays] + [row[3] for row in claims]
    g = Grammar(class_rows, lexicon.rows("grammar/macros"), patterns, units)
    alphabet = g.alphabet

    def pattern(compiled: Pattern, given: list[frozenset[str]] | None = None) -> dict[str, Any]:
        sets = set(given or ()) | set(prefilter.required_tags(compiled.source, alphabet))
        compiled.guard = _guard(compiled.source, alphabet)
        needed = sorted("".join(sorted(tags)) for tags in sets if not any(other < tags for other in sets))  # a set that holds a smaller one asks nothing more
        return {**compiled.state(), "requires": needed}

    rules = []
    for row in claims:
        fields = _rule_fields(row)
        compiled = g.compile(fields["pattern"])
        if "content" not in {name for _, name in compiled.captures}:
            raise ValueError(f"claim rule {fields['id']} captures no content")
        # a row's cue, speaker and content each hold one of the tags the grammar says they need
        needs = [compiled.needs[k] for k in ("cue", "speaker", "content") if compiled.needs.get(k)]
        rules.append({**fields, "pattern": pattern(compiled, needs)})
    return {
        "inputs": inputs(sorted(f"grammar/{name}.tsv" for name in _TABLES) + g.inputs()),
        "tagger": g.state(),
        "quote_tags": {g.unit_tag(_quote_signature(set(c))): sorted(c) for c in _subsets(_QUOTE_FEATURES)},
        "stages": _stages(g, chunks),
        "boundaries": [[row[0], pattern(g.compile(row[1]))] for row in boundaries],
        "subjects": [[row[0], pattern(g.compile(row[1]))] for row in subjects],
        "relays": [[row_id, anchor, pattern(g.compile(source))] for row_id, anchor, source in relays],
        "rules": rules,
        "chars": {name: "".join(sorted(g.chars(name))) for name in _CHARS},
        "trigger_words": sorted(g.words_of("TRIGGER")),
    }


def inputs(files: list[str]) -> dict[str, str]:
    """A digest of each file of ``data/`` the grammar is compiled from (line ends aside), by which a
    run tells that the shipped grammar is no longer what the rows give."""
    data = resources.files("claimledger").joinpath("data")
    return {name: hashlib.sha256("\n".join(data.joinpath(name).read_text(encoding="utf-8").splitlines()).encode()).hexdigest()[:16] for name in files}


def compiled_text(state: dict[str, Any]) -> str:
    """The compiled grammar as the text of its file: indented, tags escaped (``\\ue01f``), so that a
    diff shows what a change of a row did."""
    return json.dumps(state, ensure_ascii=True, indent=1, sort_keys=True) + "\n"


def _stages(g: Grammar, rows: tuple[tuple[str, ...], ...]) -> list[dict[str, Any]]:
    """Each chunk stage as one regex of its rows, an alternative each, in order."""
    stages: dict[str, list[tuple[str, str, str]]] = {}
    for stage, rule_id, chunk_type, pattern in rows:
        stages.setdefault(stage, []).append((rule_id, chunk_type, pattern))
    compiled = []
    for stage in sorted(stages, key=int):
        alternatives, tags, ids = [], {}, {}
        for n, (rule_id, chunk_type, pattern) in enumerate(stages[stage]):
            group = f"r{n}"
            source = g.source(pattern)
            alternatives.append(f"{_guard(source, g.alphabet, always=True)}(?P<{group}>{source})")
            tags[group] = g.unit_tag(frozenset({"chunk", f"chunk:{chunk_type}"}))
            ids[group] = rule_id
        compiled.append({"regex": "|".join(alternatives), "tags": tags, "rows": ids})
    return compiled


def _rule_fields(row: tuple[str, ...]) -> dict[str, Any]:
    """A claim row's fields (ClaimRule's), its pattern as written."""
    rule_id, kind, quote, source, *rest = row
    if kind not in _KINDS or quote not in _QUOTES:
        raise ValueError(f"claim rule {rule_id}: kind {kind!r} or quote {quote!r} unknown")
    options = dict(item.split("=", 1) for item in rest[0].split()) if rest else {}
    if set(options) - _OPTIONS:
        raise ValueError(f"claim rule {rule_id}: unknown options {sorted(set(options) - _OPTIONS)}")
    return {
        "id": rule_id,
        "kind": kind,
        "quote": quote,
        "pattern": source,
        "min_tokens": int(options.get("min", 1)),
        "speaker_from_subject": options.get("speaker") == "subject",
        "hearsay": options.get("speaker") == "none",
        "ends_at_boundary": options.get("ends", "boundary") == "boundary",
        "nests": options.get("within") == "claim",
        "back": options.get("points") == "back",
    }


def _select(matches: Iterable[Match], nesting: frozenset[str] = frozenset()) -> list[Match]:
    """One claim per cue and per content: an earlier match wins; ordered by position. A claim of a
    ``nesting`` row may lie inside another's content, not across its edge."""
    chosen: list[Match] = []
    cues: set[tuple[int, int]] = set()
    taken: list[tuple[int, int]] = []  # the chosen contents: disjoint, so sorted by start they are sorted by end
    for m in matches:
        start, end = m.content
        if (m.cue and m.cue[:2] in cues) or end <= start:
            continue
        i = bisect.bisect_left(taken, (end,))  # the contents that start before this one ends
        if i > 0 and taken[i - 1][1] > start:  # the last of them ends after this one starts: they overlap
            outer = taken[i - 1]
            if m.rule not in nesting or outer[0] > start or outer[1] < end or outer == (start, end):
                continue
        else:
            taken.insert(i, (start, end))
        if m.cue:
            cues.add(m.cue[:2])
        chosen.append(m)
    return sorted(chosen, key=lambda m: (m.cue[0] if m.cue else m.content[0], m.content[0]))


def _relayed(found: list[Match], chosen: list[Match], outlets: set[tuple[int, int]], nesting: frozenset[str]) -> list[Match]:
    """The chosen claims with the outlets that relay them: a claim whose speaker is a news outlet
    and whose content holds a claim of someone else's ("the Coastal Times reported that the mayor
    said ...", "..., the mayor said, the Coastal Times reported") gives way to that claim, which it
    relays; the person quoted stays the speaker."""
    relays = [m for m in found if m.speaker in outlets]

    def within(m: Match, outer: Match) -> bool:
        return outer.content[0] <= m.content[0] and m.content[1] <= outer.content[1] and m is not outer

    out: list[Match] = []
    for c in chosen:
        if c.speaker in outlets:
            inner = [m for m in found if m.speaker is not None and m.speaker not in outlets and within(m, c)]
            out += [replace(m, relay=m.relay or c.speaker) for m in _select(inner, nesting)]
            if inner:
                continue
        outer = next((w for w in relays if c.speaker not in outlets and within(c, w)), None)
        out.append(replace(c, relay=outer.speaker) if outer is not None and c.relay is None else c)
    return _select(out, nesting) if len(out) != len(chosen) else out


def _gates(patterns: list[tuple[Pattern, list[frozenset[str]]]]) -> dict[str, int]:
    """Give each pattern its gate: one bit for each tag set a sentence must hold one of for the
    pattern to match. Returns the bits each tag opens."""
    bits: dict[frozenset[str], int] = {}
    for pattern, sets in patterns:
        gate = 0
        for tags in sets:
            gate |= bits.setdefault(tags, 1 << len(bits))
        pattern.gate = gate
    tag_bits: dict[str, int] = {}
    for tags, bit in bits.items():
        for tag in tags:
            tag_bits[tag] = tag_bits.get(tag, 0) | bit
    return tag_bits


def _guard(source: str, alphabet: frozenset[str], always: bool = False) -> str:
    """A lookahead for the tags a match of ``source`` starts with, where ``re`` has none of its own
    (or ``always``, for an alternative of several), or ""."""
    first = prefilter.first_tags(source, alphabet)
    if first is None or not (always or prefilter.needs_guard(source)):
        return ""
    if len(first) * 2 > len(alphabet):  # the smaller set: re compiles each character a set lists
        return f"(?={charset(alphabet - first, negate=True)})"
    return f"(?={charset(first)})"


def _subsets(items: tuple[str, ...]) -> list[tuple[str, ...]]:
    subsets: list[tuple[str, ...]] = [()]
    for item in items:
        subsets += [s + (item,) for s in subsets]
    return subsets


def _quote_signature(features: set[str]) -> Signature:
    return frozenset({"quote"} | {f"quote:{f}" for f in features})


_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|[\"“”«»‘’`':]")  # words, the marks a quotation opens with, colons


_TITLE_WORD = re.compile(r"[^\W\d_][\w’'-]*")


def _is_title(inner: str) -> bool:
    """Whether a quotation reads as a title (``“Morning Round,”``, ``“Rivers of Home”``):
    two or more words, each capitalized but the small ones, and no stop of a sentence."""
    words = _TITLE_WORD.findall(inner)
    capitalized = [w for w in words if w[:1].isupper()]
    small = _small_words()
    return len(capitalized) >= 2 and all(w[:1].isupper() or w.lower() in small for w in words) and inner.rstrip(" ,")[-1:] not in ".?!"


@cache
def _small_words() -> frozenset[str]:
    """Words a title leaves in lower case: ``of``, ``the``, ``and``."""
    return lexicon.words("prepositions") | lexicon.words("determiners") | lexicon.words("name_connectors")


_GOING_ON = frozenset({"participle", "participle-after-cue", "participle-listener", "phrasal-participle"})  # rows of a participle that goes on the claim before it
_GOING_ON_MARKS = frozenset({",", "—", "–"})  # right after the denial: not "dismissed the report and praised the police, saying"


def kind_of(content: str, kind: str) -> str:
    """A claim's kind from what it says: a non-answer (``it would not comment on the transfer``:
    data/non_answers.txt) or a refutation (``That is simply untrue``, ``the report has no basis in fact``:
    data/refutations.txt), else ``kind``."""
    if lexicon.phrases("non_answers").search(content):
        return "no_comment"
    if lexicon.phrases("refutations").search(content):
        return "denial"
    return kind


@cache
def cascade() -> Cascade:
    """The grammar as shipped, compiled (data/grammar_compiled.json); compiled here from the rows if a
    file it was made from has changed since (a row edited, scripts/make_grammar.py not yet run)."""
    state = json.loads(resources.files("claimledger").joinpath("data", _COMPILED).read_text(encoding="utf-8"))
    if inputs(list(state["inputs"])) != state["inputs"]:
        state = compile_rows()
    return Cascade(state)


def match(ctx: Context) -> list[Match]:
    """The claims of one sentence (the matcher the pipeline runs)."""
    return cascade().match(ctx)

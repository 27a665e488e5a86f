"""The claim grammar: token classes and patterns, compiled to regular expressions.

Every token of a sentence is written as one character, its *tag*, which stands for
everything the grammar may ask of it: its shape (lower case, capitalized, a digit, a
mark, an ending such as -ed or -ing) and the word lists of ``data/`` it belongs to (a
reporting verb in the past tense, a title, a determiner). A quotation, and later a
chunk such as a speaker phrase, is one unit with a tag of its own. A pattern is then
a regular expression over tags, run by ``re`` at C speed, the way NLTK's RegexpParser
runs its tag patterns.

Classes (``data/grammar/classes.tsv``) name sets of tags with a small boolean
language over features::

    SAY_PAST    reporting_verbs:past & lower      # a list's verbs in one tense
    PRON        pronouns=person | pronouns=group  # a table's rows with one value
    NAMEWORD    cap & !function_words             # a shape and a list
    COMMA       ","                               # one word or mark

Patterns (chunks, boundaries, claims, subjects) are sequences of atoms::

    CLASS  "word"  !CLASS  .  @phrase_list  @verb_phrase_list:past  ^  $
    [name: ...]   a capture;   ( | ) ? * + {m,n} (?= ) (?! ) (?<= ) (?<! )   as in ``re``

Only the compiler knows that a tag is a character: a reader finds a rule by its id
in a table and reads its pattern as a sequence of classes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from claimledger import lexicon

Signature = frozenset[str]

SHAPES = ("lower", "cap", "upper", "digit", "mark", "other")
ENDINGS = ("ed", "ing", "ly", "s")  # features of a word's last letters
_SINGULAR_S = ("ss", "us", "is")
_FIRST_TAG = 0xE000  # tags are private-use characters: they never clash with regex syntax
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})
_ATOM = re.compile(
    r"""\s*(?:
      (?P<open>\[(?P<name>[a-z_]+):)
    | (?P<close>\])
    | (?P<notany>!\(\s*(?:[A-Z][A-Z0-9_]*|"[^"]+")(?:\s*\|\s*(?:[A-Z][A-Z0-9_]*|"[^"]+"))*\s*\))
    | (?P<literal>!?"[^"]+")
    | (?P<phrases>@[a-z_]+(?::[a-z]+)?)
    | (?P<cls>!?[A-Z][A-Z0-9_]*)
    | (?P<group>\(\?(?:[=!:]|<[=!]))
    | (?P<syntax>\{\d+(?:,\d*)?\}\??|[()|?*+^$.]\??)
    )""",
    re.X,
)


def key_of(word: str) -> str:
    """The form a word is looked up by: lower case, one kind of apostrophe, without the period
    of a short form (``Mr.``) or the apostrophe of a plural possessive (``ministers’``)."""
    key = word.lower().translate(_APOSTROPHES)
    if len(key) > 1 and key.endswith("."):
        key = key[:-1]
    if len(key) > 2 and key.endswith("s'"):
        key = key[:-1]
    return key


def shape_of(word: str) -> tuple[str, ...]:
    """The shape features of a word: exactly one of SHAPES, and its endings."""
    first = word[:1]
    if first.isdigit():
        shape = "digit"
    elif first.isupper():
        letters = [c for c in word if c.isalpha()]
        shape = "upper" if len(letters) > 1 and all(c.isupper() for c in letters) else "cap"
    elif first.islower():
        shape = "lower"
    elif first.isalpha():
        shape = "other"  # a script without case
    else:
        shape = "mark" if len(word) <= 3 and not any(c.isalnum() for c in word) else "other"
    features = [shape]
    if shape == "digit" and len(word) == 4 and word.isdigit() and word[:2] in ("19", "20"):
        features.append("year")
    if shape not in ("mark", "digit"):
        bare = word.lower().rstrip(".")
        # careless, census, crisis: an -s that is no plural ending
        features += [e for e in ENDINGS if bare.endswith(e) and len(bare) > len(e) + 1 and not (e == "s" and bare.endswith(_SINGULAR_S))]
        if len(word) > 1 and word.endswith("."):
            features.append("dot")
        if bare.endswith(("s’", "s'")):
            features.append("poss")
    return tuple(features)


class Pattern:
    """A pattern over tags: its regex (compiled when first used: a run that never meets a rule's
    cue never pays for it), and the names of its captures in the regex (a name may stand in
    several alternatives: ``speaker__0``, ``speaker__1``)."""

    def __init__(self, source: str, captures: tuple[tuple[str, str], ...], needs: dict[str, frozenset[str]], text: str) -> None:
        self.source = source
        self.captures = captures
        self.needs = needs  # per capture name, the tags of which a match must hold one (empty: it may hold anything)
        self._text = text  # the pattern as written, for errors
        self._regex: re.Pattern[str] | None = None
        self.guard = ""  # a lookahead for the tags a match starts with, set by the engine (matchers.prefilter)
        self.gate = 0  # bits of the tag sets a sentence must hold one of each for a match (matchers.engine)

    @property
    def regex(self) -> re.Pattern[str]:
        if self._regex is None:
            try:
                self._regex = re.compile(self.guard + self.source, re.S)
            except re.error as e:
                raise ValueError(f"{e} in {self._text!r}") from None
        return self._regex

    def each(self, tags: str) -> Iterator[re.Match[str]]:
        """The first match at each place where one starts: matches may overlap. (Searching again
        from the place after the last start lets ``re`` skip ahead to where the first unit can
        match, which a lookahead at every place cannot.)"""
        search = self.regex.search
        m = search(tags)
        while m is not None:
            yield m
            m = search(tags, m.start() + 1)

    def spans(self, match: re.Match[str]) -> dict[str, tuple[int, int]]:
        """The unit spans of the captures that took part in the match."""
        found: dict[str, tuple[int, int]] = {}
        for group, name in self.captures:
            a, b = match.span(group)
            if a >= 0 and name not in found:
                found[name] = (a, b)
        return found

    def state(self) -> dict[str, Any]:
        """The pattern as plain data, for the compiled grammar (matchers.engine)."""
        needs = {name: "".join(sorted(tags)) for name, tags in sorted(self.needs.items())}
        return {"source": self.source, "captures": [list(c) for c in self.captures], "needs": needs, "text": self._text, "guard": self.guard}

    @classmethod
    def from_state(cls, state: dict[str, Any]) -> Pattern:
        found = cls(state["source"], tuple((g, n) for g, n in state["captures"]), {k: frozenset(v) for k, v in state["needs"].items()}, state["text"])
        found.guard = state["guard"]
        return found


class Tagger:
    """What tagging a word takes at run time: the features of each listed word, and the tag of each
    signature. Built by Grammar from the word lists, or read back from the compiled grammar."""

    def __init__(self, words: dict[str, Signature], tags: dict[Signature, str], lemmas: dict[str, str]) -> None:
        self._words = words
        self._tags = tags
        self.lemmas = lemmas  # every form of the verb lists -> its lemma, for a cue's lemma
        self._cache: dict[str, str] = {}

    def signature(self, word: str) -> Signature:
        return frozenset(shape_of(word)) | self._words.get(key_of(word), frozenset())

    def cached(self, word: str) -> str | None:
        """The tag of a word seen before, or None (the fast path of ``tag``)."""
        return self._cache.get(word)

    def tag(self, word: str) -> str:
        """The tag of a word or mark (cached: news repeats its words)."""
        tag = self._cache.get(word)
        if tag is None:
            shape = shape_of(word)
            # a list word, else its shape; a shape the alphabet lacks (no sample had it) as its bare shape
            tag = self._tags.get(self.signature(word)) or self._tags.get(frozenset(shape)) or self._tags[frozenset(shape[:1])]
            if len(self._cache) < 200_000:
                self._cache[word] = tag
        return tag

    def unit_tag(self, signature: Signature) -> str:
        return self._tags[signature]

    @property
    def alphabet(self) -> frozenset[str]:
        """Every tag a unit can have."""
        return frozenset(self._tags.values())

    def state(self) -> dict[str, Any]:
        """The tagger as plain data: signatures by their tag, and each word's features."""
        features = sorted({tuple(sorted(f)) for f in self._words.values()})
        index = {f: k for k, f in enumerate(features)}
        return {
            "tags": {tag: sorted(sig) for sig, tag in sorted(self._tags.items(), key=lambda item: item[1])},
            "features": [list(f) for f in features],
            "words": {word: index[tuple(sorted(f))] for word, f in sorted(self._words.items())},
            "lemmas": dict(sorted(self.lemmas.items())),
        }

    @classmethod
    def from_state(cls, state: dict[str, Any]) -> Tagger:
        features = [frozenset(f) for f in state["features"]]
        return cls({w: features[k] for w, k in state["words"].items()}, {frozenset(sig): tag for tag, sig in state["tags"].items()}, state["lemmas"])


class Grammar(Tagger):
    """The tag alphabet and the compiled classes, built once from the word lists and tables (it sets
    the tagger's fields itself, as it reads them)."""

    def __init__(
        self, class_rows: Iterable[tuple[str, ...]], macro_rows: Iterable[tuple[str, ...]], patterns: Iterable[str], units: Iterable[Signature]
    ) -> None:
        self._class_src = {row[0]: row[1] for row in class_rows}
        self._macro_src = {row[0]: row[1] for row in macro_rows}
        self._macros: dict[str, str] = {}
        patterns = list(patterns) + list(self._macro_src.values())
        self._literals: set[str] = set()
        lists: set[str] = set()
        for expr in self._class_src.values():
            lists.update(_list_atoms(expr))
            self._literals.update(_literal_atoms(expr))
        self._phrase_lists: set[str] = set()
        for pattern in patterns:
            self._literals.update(_literal_atoms(pattern))
            for atom in re.findall(r"@([a-z_]+)", pattern):
                self._phrase_lists.add(atom)
        for name in self._phrase_lists:
            for phrase in lexicon.words(name):
                first, *rest = phrase.split()
                self._literals.update(key_of(w) for w in rest)
                self._literals.update(key_of(lexicon.form_of(first, tense)) for tense in lexicon.TENSES)
                self._literals.add(key_of(first))
        self._verb_lists = {atom.partition(":")[0] for atom in lists if ":" in atom}
        self._lists = lists
        self._words = self._word_features(lists)
        self.lemmas = self._lemma_map()
        self._class_sigs: dict[str, frozenset[Signature]] = {}
        self.signatures = frozenset(self._alphabet(units))
        self._having: dict[str, set[Signature]] = {}
        for sig in self.signatures:
            for feature in sig:
                self._having.setdefault(feature, set()).add(sig)
        # Tags in the order of what classes hold them, so that a class's tags are a few runs of
        # neighbouring characters and its character set in a regex is short.
        classes = [self._members(name) for name in self._class_src]
        profile = {sig: tuple(sig not in members for members in classes) for sig in self.signatures}
        self._tags: dict[Signature, str] = {}
        for sig in sorted(self.signatures, key=lambda sig: (profile[sig], sorted(sig))):
            self._tags[sig] = chr(_FIRST_TAG + len(self._tags))
        self._cache: dict[str, str] = {}
        self._classes: dict[str, frozenset[str]] = {}

    def inputs(self) -> list[str]:
        """The files of ``data/`` the tags and classes were read from, besides the grammar's tables."""
        names = {atom.partition(":")[0].partition("=")[0] for atom in self._lists}
        files = {f"{name}.tsv" if _is_table(name) else f"{name}.txt" for name in names}
        files |= {f"{name}.txt" for name in self._phrase_lists}
        return sorted(files | {"abbreviations.txt", "verb_forms.tsv", "not_cue_forms.txt"})

    # Words and their tags

    def _word_features(self, lists: set[str]) -> dict[str, Signature]:
        found: dict[str, set[str]] = {}
        for atom in sorted(lists):
            name, _, tense = atom.partition(":")
            table, _, value = name.partition("=")
            if not tense and name in self._verb_lists:
                continue  # a verb list names all its forms, added with its tenses
            if tense:
                for form, (_, tenses) in lexicon.verb_forms(name).items():
                    feats = found.setdefault(key_of(form), set())
                    feats.add(name)
                    feats.update(f"{name}:{t}" for t in tenses)
            elif value:
                for word, v in lexicon.table(table).items():
                    found.setdefault(key_of(word), set()).update({table, f"{table}={v}"})
            else:
                for word in lexicon.words(name) if not _is_table(name) else lexicon.table(name):
                    found.setdefault(key_of(word), set()).add(name)
        for word in self._literals:
            found.setdefault(word, set()).add(f"word:{word}")
        return {word: frozenset(feats) for word, feats in found.items()}

    def _lemma_map(self) -> dict[str, str]:
        """The lemma of every form of the verb lists (``said`` -> ``say``), for a cue's lemma."""
        lemmas: dict[str, str] = {}
        for name in sorted(self._verb_lists):
            for form, (lemma, _) in lexicon.verb_forms(name).items():
                lemmas.setdefault(key_of(form), lemma)
        for name in sorted(self._phrase_lists):
            for phrase in lexicon.words(name):
                verb = phrase.split()[0]
                for tense in lexicon.TENSES:
                    lemmas.setdefault(lexicon.form_of(verb, tense), verb)
        return lemmas

    def _alphabet(self, units: Iterable[Signature]) -> set[Signature]:
        """Every signature a token can have: each listed word in every case, with and without a
        short form's period; every unlisted shape; and the units (quotations, chunks)."""
        samples = {"x", "X", "XX", "9", "1999", "ж", "中", ".", "...", "½"}
        for stem in ("xxx", "Xxx", "XXX", "中文字"):  # each shape with each ending, also in a script without case
            upper = stem.isupper()
            samples |= {stem + (e.upper() if upper else e) for e in ENDINGS} | {stem + ("S’" if upper else "s’")}
        short = lexicon.words("abbreviations")
        for word in self._words:
            for variant in (word, word.capitalize(), word.upper()):
                samples.add(variant)
                if word in short or len(word) == 1:
                    samples.add(variant + ".")  # only short forms and initials keep their period (matchers.tokens)
            if word.endswith("s"):
                samples.update((word + "’", word.capitalize() + "’"))
        signatures = {self.signature(s) for s in samples}
        signatures |= {frozenset(shape_of(s)) for s in samples}
        return signatures | set(units)

    # Classes

    def words_of(self, name: str) -> frozenset[str]:
        """Every form, as written in any case, of the words whose tags a class holds: a quick test of
        whether a text holds any of them before it is tokenized."""
        members = self._members(name)
        found = set()
        for word in self._words:
            for variant in (word, word.capitalize(), word.upper()):
                if self.signature(variant) in members:
                    found.add(variant)
        return frozenset(found)

    def having(self, feature: str) -> frozenset[Signature]:
        """The signatures with a feature (a list, a shape, ``word:that``)."""
        return frozenset(self._having.get(feature, ()))

    def _members(self, name: str) -> frozenset[Signature]:
        """The signatures a class of classes.tsv holds."""
        found = self._class_sigs.get(name)
        if found is None:
            if name not in self._class_src:
                raise ValueError(f"unknown class {name!r}")
            found = self._class_sigs[name] = _evaluate(self._class_src[name], self)
        return found

    def chars(self, name: str) -> frozenset[str]:
        """The tags of a class of classes.tsv (or of a chunk type)."""
        found = self._classes.get(name)
        if found is None:
            found = self._classes[name] = frozenset(self._tags[sig] for sig in self._members(name))
        return found

    def literal(self, word: str) -> frozenset[str]:
        feature = f"word:{key_of(word)}"
        return frozenset(tag for sig, tag in self._tags.items() if feature in sig)

    # Patterns

    def compile(self, pattern: str) -> Pattern:
        """A pattern's regex over tags. Raises ValueError on a pattern it cannot read (a regex that
        ``re`` cannot compile raises when the pattern is first used)."""
        state = _State()
        regex = self._translate(pattern, (), state)
        if state.depth:
            raise ValueError(f"unclosed capture in {pattern!r}")
        return Pattern(regex, tuple(state.captures), {k: frozenset(v or ()) for k, v in state.needs.items()}, pattern)

    def source(self, pattern: str) -> str:
        """A pattern's regex source, to join with others (the chunks of one stage)."""
        return self._translate(pattern, (), _State())

    def _macro(self, name: str, within: tuple[str, ...], state: _State) -> str:
        """A macro's regex, inlined where it is named. One that holds captures is translated anew
        at each use, so that its captures join the pattern's."""
        if name in within:
            raise ValueError(f"macro {name} names itself: {' > '.join(within + (name,))}")
        source = self._macro_src[name]
        if "[" in source:
            return self._translate(source, within + (name,), state)
        found = self._macros.get(name)
        if found is None:
            found = self._macros[name] = self._translate(source, within + (name,), _State())
        return found

    def _translate(self, pattern: str, within: tuple[str, ...], state: _State) -> str:
        """The regex of a pattern; its captures, and the tags each capture holds, go into ``state``."""
        out: list[str] = []
        pos = 0
        pattern = pattern.rstrip()
        while pos < len(pattern):
            m = _ATOM.match(pattern, pos)
            if m is None or m.end() == pos:
                raise ValueError(f"cannot read pattern at {pattern[pos:pos + 20]!r}: {pattern!r}")
            pos = m.end()
            if m.group("open"):
                name = m.group("name")
                group = f"{name}__{sum(1 for _, n in state.captures if n == name)}"
                state.captures.append((group, name))
                state.depth.append(group)
                state.needs.setdefault(name, set())
                out.append(f"(?P<{group}>")
            elif m.group("close"):
                if not state.depth:
                    raise ValueError(f"unbalanced ] in {pattern!r}")
                state.depth.pop()
                out.append(")")
            elif m.group("notany"):  # !(A | B | "c"): a unit of none of them
                members = re.findall(r'[A-Z][A-Z0-9_]*|"[^"]+"', m.group("notany"))
                tags = frozenset().union(*(self.literal(a.strip('"')) if a.startswith('"') else self.chars(a) for a in members))
                out.append(self._charset(tags, negate=True))
                state.note(None)
            elif m.group("literal"):
                lit = m.group("literal")
                tags = self.literal(lit.strip('!"'))
                out.append(self._charset(tags, negate=lit.startswith("!")))
                state.note(None if lit.startswith("!") else tags)
            elif m.group("phrases"):
                out.append(self._phrases(m.group("phrases")[1:]))
                state.note(None)
            elif m.group("cls"):
                cls = m.group("cls")
                if cls in self._macro_src:
                    state.note(None)
                    out.append(f"(?:{self._macro(cls, within, state)})")
                else:
                    tags = self.chars(cls.lstrip("!"))
                    out.append(self._charset(tags, negate=cls.startswith("!")))
                    state.note(None if cls.startswith("!") else tags)
            elif m.group("group"):
                out.append(m.group("group"))
            else:
                syntax = m.group("syntax")
                out.append("(?:" if syntax == "(" else syntax)
                if syntax.startswith("."):
                    state.note(None)
        return "".join(out)

    def _charset(self, tags: frozenset[str], negate: bool = False) -> str:
        """A set of tags in a regex: the set or its complement, whichever is smaller (``re`` spends
        its compile time on each character a set lists)."""
        if len(tags) * 2 > len(self._tags):
            tags, negate = frozenset(self._tags.values()) - tags, not negate
        return charset(tags, negate)

    def _phrases(self, atom: str) -> str:
        """``@list``: any phrase of a list file, word by word; ``@list:tense``: its first word a
        verb in that tense, perhaps with a time after it (``@phrasal_cues:past`` is ``called for``,
        ``called Friday for``, ``pointed out``)."""
        name, _, tense = atom.partition(":")
        alternatives = []
        for phrase in sorted(lexicon.words(name), key=lambda p: (-len(p.split()), p)):
            first, *rest = phrase.split()
            head = self._charset(self.literal(lexicon.form_of(first, tense))) + f"(?:{self._charset(self.chars('TIME'))})?" if tense else self._charset(self.literal(first))
            alternatives.append(head + "".join(self._charset(self.literal(w)) for w in rest))
        return "(?:" + "|".join(alternatives) + ")"


@dataclass
class _State:
    """What a pattern's translation has found so far: its captures, the ones open, and the tags
    each capture must hold one of (None: it may hold anything)."""

    captures: list[tuple[str, str]] = field(default_factory=list)
    depth: list[str] = field(default_factory=list)
    needs: dict[str, set[str] | None] = field(default_factory=dict)

    def note(self, tags: frozenset[str] | None) -> None:
        names = dict(self.captures)
        for group in self.depth:
            name = names[group]
            current = self.needs.get(name)
            if tags is None or current is None:
                self.needs[name] = None
            else:
                current.update(tags)


def charset(tags: frozenset[str], negate: bool = False) -> str:
    """A regex character set of tags, written as runs (``a-f``): a short set compiles fast."""
    if not tags:
        return "[^\\s\\S]" if not negate else "."
    codes = sorted(ord(t) for t in tags)
    runs, first, last = [], codes[0], codes[0]
    for code in codes[1:]:
        if code != last + 1:
            runs.append((first, last))
            first = code
        last = code
    runs.append((first, last))
    body = "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in runs)
    return f"[{'^' if negate else ''}{body}]"


def _is_table(name: str) -> bool:
    return resources.files("claimledger").joinpath("data", f"{name}.tsv").is_file()


_EXPR_ATOM = re.compile(r'\s*(?:(?P<op>[|&!()])|(?P<lit>"[^"]+")|(?P<word>[A-Za-z_][A-Za-z0-9_]*(?:[:=][A-Za-z_]+)?))')
_FEATURES = set(SHAPES) | set(ENDINGS) | {"dot", "poss", "year"}


def _tokens(expr: str) -> list[str]:
    found, pos = [], 0
    while pos < len(expr.rstrip()):
        m = _EXPR_ATOM.match(expr, pos)
        if m is None:
            raise ValueError(f"cannot read class expression {expr!r} at {expr[pos:]!r}")
        found.append(m.group().strip())
        pos = m.end()
    return found


def _list_atoms(expr: str) -> set[str]:
    """The word lists a class expression names (``reporting_verbs:past``, ``pronouns=person``)."""
    return {t for t in _tokens(expr) if t[:1].islower() and t.split(":")[0].split("=")[0] not in _FEATURES | {"quote", "chunk"}}


def _literal_atoms(text: str) -> set[str]:
    return {key_of(w) for w in re.findall(r'"([^"]+)"', text)}


def _evaluate(expr: str, grammar: Grammar) -> frozenset[Signature]:
    """The signatures a class expression holds: ``|`` ``&`` ``!`` and parentheses over features,
    lists, literal words and other classes, as operations on sets."""
    toks = _tokens(expr)
    pos = 0

    def parse_or() -> frozenset[Signature]:
        nonlocal pos
        found = parse_and()
        while pos < len(toks) and toks[pos] == "|":
            pos += 1
            found = found | parse_and()
        return found

    def parse_and() -> frozenset[Signature]:
        nonlocal pos
        found = parse_not()
        while pos < len(toks) and toks[pos] == "&":
            pos += 1
            found = found & parse_not()
        return found

    def parse_not() -> frozenset[Signature]:
        nonlocal pos
        if pos >= len(toks):
            raise ValueError(f"class expression ends early: {expr!r}")
        tok = toks[pos]
        pos += 1
        if tok == "!":
            return grammar.signatures - parse_not()
        if tok == "(":
            inner = parse_or()
            if pos >= len(toks) or toks[pos] != ")":
                raise ValueError(f"unbalanced parenthesis in {expr!r}")
            pos += 1
            return inner
        if tok.startswith('"'):
            return grammar.having(f"word:{key_of(tok.strip(chr(34)))}")
        if tok[:1].isupper():
            return grammar._members(tok)
        return grammar.having(tok)

    found = parse_or()
    if pos != len(toks):
        raise ValueError(f"cannot read class expression {expr!r}")
    return found

"""The entities of one document: every person, group and outlet it names, read in one pass before
any speaker is resolved, with the names, roles and descriptions each is given anywhere in the text.

A mention is a name as written ("Insp. Chidi Okafor", "the Lagos State Police Command's Rapid
Response Squad", "HRW"); the name sieves of ``data/grammar/sieves.tsv`` group the mentions into entities,
the longest names first, so each shorter name joins the one longer name it is part of ("Okafor",
"Tianhe", "HRW" for "Human Rights Watch"). A shorter name that two entities fit joins neither: the
speaker resolver (claimledger.speakers) decides it from the phrase's roles and the paragraph, or
leaves it unnamed. Roles come from titles ("Police Chief Alan Walsh"), apposition ("Kevin Albers,
the attorney general," and "the premier, Doug Ward,"), predication ("Ana Reyes is the health
minister") and the description before a name ("the weekly magazine Shukan Bunshun"); documents
from what issues them ("a statement from the ministry", "Amnesty's report", "the HRW report").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Literal

from claimledger import identity, lexicon, names
from claimledger.sentences import Sentence

EntityKind = Literal["person", "group", "outlet", "place", "name"]  # name: one whose kind the text does not say

_LOOK_BACK = 160  # characters before a name where its role may be: nine words and a comma
_COMMA_ROLE = re.compile(r"\s*,\s*(?:the|a|an)\s+([\w’'.\s-]{2,60}?)\s*[,.]")  # ", the attorney general," after a name
_PREDICATE = re.compile(r"\s+(?:is|was|remains|has been)\s+(?:the|a|an)\s+([\w’'.\s-]{2,60}?)\s*[,.;]")  # " is the health minister."
_CLAUSE_CUT = re.compile(r"[,;:]|\b(?:and|but|that|when|while)\b")
_SHORT_AFTER = re.compile(r"[ \t]*\(([A-Z][A-Za-z&.]{1,9})\)")  # "Human Rights Watch (HRW)"
_LONG_AFTER = re.compile(r"[ \t]*\(((?:the[ \t]+)?[A-Z][^()]{3,80})\)")  # "DMA (Disaster Management Agency)"
_DETERMINED = re.compile(r"^(?:the|a|an|its|their|his|her|[\w’'.-]+[’']s)\s", re.I)
_key = lru_cache(maxsize=65536)(identity.key)  # a document names the same people again and again
_CAPITALIZED = re.compile(r"\b[A-Z][\w’'&.-]+")
_MEMORY = 5000  # names remembered from the chunks before, of a document too long to hold


@dataclass(eq=False)
class Entity:
    """One person, group or outlet: the fullest name the text gives it, its roles and descriptions as
    written, and where its names are in the text."""

    name: str
    kind: EntityKind
    key: str  # claimledger.identity.key of the name
    roles: list[str] = field(default_factory=list)
    mentions: list[int] = field(default_factory=list)  # offsets of its names, in text order
    gender: str | None = None  # the pronoun an honorific gives it ("Mr Ryan": he)

    def __post_init__(self) -> None:
        self._words = self.key.split()

    def words(self) -> list[str]:
        return self._words

    def mentioned(self, start: int, end: int) -> bool:
        """Whether one of its names is in [start, end)."""
        k = bisect.bisect_left(self.mentions, start)
        return k < len(self.mentions) and self.mentions[k] < end


@dataclass(frozen=True, slots=True)
class Link:
    """What a name sieve found: its id and the entities that fit, the best first."""

    sieve: str
    entities: tuple[Entity, ...]


@dataclass(frozen=True, slots=True)
class _Mention:
    start: int
    name: str
    kind: EntityKind
    roles: tuple[str, ...] = ()
    gender: str | None = None
    sure: bool = True  # False: a person only because the name has two words


def _short_groups(mentions: list[_Mention]) -> list[_Mention]:
    """A person read from a nation's word and one more ("Gulf Meridian", "Saudi Aramco"), or only from
    the two words of a name ("Zee Entertainment"), is the group whose name they open, where the text
    names one ("Gulf Meridian Airways", "Zee Entertainment Enterprises"): no person."""
    groups = [(m.start, m.name.lower() + " ") for m in mentions if m.kind in ("group", "outlet")]
    found = []
    for m in mentions:
        short = None
        if m.kind == "person" and len(m.roles) == 1 and " " not in m.name and m.roles[0].lower() in lexicon.words("demonyms"):
            short = f"{m.roles[0]} {m.name}"
        elif m.kind == "person" and not m.sure and not m.roles and m.gender is None:
            short = m.name  # not "Eric Trump" of "the Eric Trump Foundation": a given name says a person
        if short and any(at < m.start and g.startswith(short.lower() + " ") for at, g in groups):  # after the full name: "Aliko Dangote said ... the Aliko Dangote Foundation" keeps him
            m = _Mention(m.start, short, "group")
        found.append(m)
    return found


class Entities:
    """What one document names so far, grouped by the name sieves; ``read`` adds a text."""

    def __init__(self, sieves: frozenset[str] | None = None) -> None:
        """``sieves``: the ids of the sieves to use, all of them by default (a test switches one off)."""
        self.sieves = SIEVES if sieves is None else sieves
        self._mentions: list[_Mention] = []
        self.shorts: dict[str, str] = {}  # "DMA" -> "Disaster Management Agency"
        self.documents: list[tuple[int, str, str]] = []  # (offset, document noun, the phrase that issued it)
        self.paragraphs: list[int] = [0]  # where each paragraph starts
        self.by_name: dict[str, Entity] = {}  # by identity key of its full name
        self.by_word: dict[str, list[Entity]] = {}  # by each word of its key, bare ("faisal" for "al-faisal")
        self.by_initials: dict[str, list[Entity]] = {}  # groups by their initials ("HRW")
        self._links: dict[str, Link] = {}  # a shorter name's key -> what it joined
        self.at: dict[int, Entity] = {}  # the entity of the name at an offset
        self.unsure: dict[int, tuple[Entity, ...]] = {}  # a name at an offset that fits several: those it fits
        self.offsets: list[int] = []  # the keys of ``at``, in order

    def read(self, text: str, sentences: Iterable[Sentence], base: int = 0) -> None:
        """Read the names of ``text`` (a document, or the next chunk of one at ``base``). Of the chunks
        before, each name is kept once, with its roles: where they were is no longer asked."""
        self._mentions = self._digest(self._mentions)
        self.paragraphs = self.paragraphs[-1:]
        end = 0
        for sent in sentences:
            if "\n" in text[end : sent.start]:
                self.paragraphs.append(base + sent.start)
            end = sent.end
            self._read_sentence(names.without_nicknames(text[sent.start : sent.end]), base + sent.start)
        self._group()

    @staticmethod
    def _digest(mentions: list[_Mention]) -> list[_Mention]:
        """One mention per name and kind, with every role it had, the most recent ``_MEMORY`` names."""
        kept: dict[tuple[str, str], _Mention] = {}
        for m in mentions:
            was = kept.pop((m.name, m.kind), None)
            roles = tuple(dict.fromkeys((*was.roles, *m.roles))) if was else m.roles
            kept[(m.name, m.kind)] = _Mention(was.start if was else m.start, m.name, m.kind, roles, (was.gender if was else None) or m.gender, m.sure or bool(was and was.sure))
        return sorted(list(kept.values())[-_MEMORY:], key=lambda m: m.start)

    def paragraph(self, offset: int) -> int:
        """The index of the paragraph that holds ``offset``."""
        return bisect.bisect_right(self.paragraphs, offset) - 1

    def paragraph_span(self, offset: int) -> tuple[int, int]:
        k = self.paragraph(offset)
        return self.paragraphs[k], self.paragraphs[k + 1] if k + 1 < len(self.paragraphs) else 1 << 62

    # Reading

    def _read_sentence(self, sentence: str, base: int) -> None:
        if _title_case(sentence):
            return  # a headline capitalizes every word: its runs are no names
        taken: list[tuple[int, int]] = []  # the spans of runs read, in order
        for run in names.group_run().finditer(sentence):
            written = run.group()
            if " " not in written and "\t" not in written:
                continue  # one word: read below
            groups_of_run = _run_groups(written)
            if groups_of_run:
                described = self._descriptions(sentence, run)
                for offset, name, kind in groups_of_run:
                    self._add(_Mention(base + run.start() + offset, name, kind, described))
                taken.append(run.span())
        groups = list(taken)
        for run in names.name_run().finditer(sentence):
            if not _inside(groups, run.start()):
                self._read_name(sentence, run, base)
            taken.append(run.span())
        taken.sort()
        for run in _CAPITALIZED.finditer(sentence):  # one-word names: "Tianhe said", "HRW"
            word, short_form = _one_word(run.group())
            if word is not None and not _inside(taken, run.start()):
                self._read_word(sentence, run, base, word, short_form)
        if "(" in sentence:
            self._read_short_forms(sentence)
        self._read_documents(sentence, base)

    def _read_name(self, sentence: str, run: re.Match[str], base: int) -> None:
        words = list(_clean_run(run.group()))
        before = sentence[max(0, run.start() - _LOOK_BACK) : run.start()]  # the role words a name follows are near it
        lead = before.split()[-4:]
        portfolio = None  # "Minister for Transport Ana Reyes": her role, for "the transport minister" later
        if lead and (lead[-1] in ("of", "for", "and", "&") or before.rstrip().endswith(",")):
            k = 0
            while len(words) - k > 2 and words[k].lower() in lexicon.words("portfolio_words"):
                k += 1
            if not names.is_title(words[k]):  # "... for Media Affairs Ivo Marsh": the portfolio is the role's; not "... and Finance Minister Ivo Marsh"
                titled = [n for n, w in enumerate(lead) if names.is_title(w)]
                if titled and lead[-1] in ("of", "for") and k:
                    portfolio = " ".join(lead[titled[-1] :] + words[:k])
                words = words[k:]
        role, name = _person_name(tuple(words))
        if not name:
            return
        role = role or portfolio
        if names.is_group(name) or names.is_acronym(name) or names.is_outlet(name):
            group = names.group_name(words) if names.is_group(name) or names.is_outlet(name) else name
            if group:
                kind: EntityKind = "outlet" if names.is_outlet(group) else "group"
                self._add(_Mention(base + run.start(), group, kind, self._descriptions(sentence, run)))
            return
        roles = [role] if role else []
        if role is None and lead and names.is_title(lead[-1]):
            roles.append(" ".join(lead))  # "head coach Chandika Perera"
        if before.rstrip().endswith(","):
            segment = _CLAUSE_CUT.split(before.rstrip()[:-1])[-1].strip()
            if segment and len(segment.split()) <= 9 and any(names.is_title(w) for w in segment.split()):
                roles.append(segment)  # "The State Police Commissioner, Olu Ishola,"
        for pattern in (_COMMA_ROLE, _PREDICATE):
            after = pattern.match(sentence, run.end())
            if after and not _speaks(after.group(1)):
                roles.append(after.group(1))  # "Kevin Albers, the attorney general,"; "Ana Reyes is the health minister."
        honorific = next((w.lower().rstrip(".") for w in words if w.lower().rstrip(".") in names.genders()), None)
        lead_noun = _lead_noun(lead)
        if lead_noun in _outlet_nouns() and " " in name:
            self._add(_Mention(base + run.start(), name, "outlet", (" ".join(lead),)))  # "the weekly magazine Shukan Bunshun"
            return
        if lead_noun in _group_nouns() and role is None:
            self._add(_Mention(base + run.start(), name, "group", (" ".join(lead),)))  # "the rebel group FARC", "carmaker Nissan"
            return
        kind: EntityKind = "person" if " " in name or role or honorific else "name"  # "Mr. Osei", "Sen. Lacson"
        if names.is_place(name):
            kind = "place"
        elif not names.looks_personal(name):
            kind = "name"  # "Apple ID"
        sure = kind != "person" or bool(role or honorific or roles)
        gender = names.genders().get(honorific or "") or lexicon.table("given_names").get(name.split()[0].lower()) if kind == "person" else None
        self._add(_Mention(base + run.start(), name, kind, tuple(roles), gender, sure))

    def _read_word(self, sentence: str, run: re.Match[str], base: int, word: str, short_form: EntityKind | None) -> None:
        """A capitalized word alone (``word``, ``short_form``: what _one_word reads of it): a short form
        ("HRW"), or a name the text may give in full elsewhere."""
        lead = sentence[max(0, run.start() - 40) : run.start()].split()[-3:]
        kind: EntityKind
        roles: tuple[str, ...] = ()
        if short_form is not None:
            kind = short_form
        else:
            noun = _lead_noun(lead)
            if noun in _group_nouns():
                kind, roles = "group", (" ".join(lead),)
            elif noun in _outlet_nouns():
                kind, roles = "outlet", (" ".join(lead),)
            else:
                kind = "place" if names.is_place(word) else "name"
        # described beside it: "Safaricom, the country's largest mobile operator,"
        self._add(_Mention(base + run.start(), word, kind, roles + self._descriptions(sentence, run)))

    def _descriptions(self, sentence: str, run: re.Match[str]) -> tuple[str, ...]:
        """What a group is called beside its name: "Halvorsen Ferries, the island's only operator,",
        "the island's only operator, Halvorsen Ferries,", "the rebel group FARC"."""
        found = []
        for pattern in (_COMMA_ROLE, _PREDICATE):
            after = pattern.match(sentence, run.end())
            if after and not _speaks(after.group(1)):
                found.append(after.group(1))
        before = sentence[max(0, run.start() - _LOOK_BACK) : run.start()].rstrip()
        if before.endswith(","):
            segment = _CLAUSE_CUT.split(before[:-1])[-1].strip()
            if _DETERMINED.match(segment + " ") and len(segment.split()) <= 6:
                found.append(segment)
        return tuple(found)

    def _read_short_forms(self, sentence: str) -> None:
        """"Human Rights Watch (HRW)" and "HRW (Human Rights Watch)": one group, either way round."""
        for run in names.group_run().finditer(sentence):
            long_name = names.group_name(names.clean(run.group().split()))
            after = _SHORT_AFTER.match(sentence, run.end())
            if long_name and after and len(long_name.split()) > 1:
                short = after.group(1).replace(".", "")
                if names.is_acronym(short) and (names.is_group(long_name) or names.initials(long_name).startswith(short[:2].upper())):
                    self.shorts[short] = long_name
                elif _clipped(short, long_name):
                    self.shorts[short] = long_name  # "the Turkish Statistical Institute (TurkStat)", "the Bank of Korea (BoK)"
            spelled = _LONG_AFTER.match(sentence, run.end())
            if spelled and names.is_acronym(run.group()):
                expansion = names.group_name(names.clean(spelled.group(1).split()))
                if expansion and names.initials(expansion).startswith(run.group().replace(".", "")[:2].upper()):
                    self.shorts[run.group().replace(".", "")] = expansion

    def _read_documents(self, sentence: str, base: int) -> None:
        """Documents and what issued them: "a statement from the ministry", "the ministry's statement",
        "the ministry issued a statement", "an Amnesty International report"."""
        if not _document().search(sentence):
            return
        for pattern in _issuing():
            for m in pattern.finditer(sentence):
                issuer = m.group("issuer").strip()
                if issuer and issuer.lower() not in names.pronouns():
                    self.documents.append((base + m.start("doc"), m.group("doc").lower().rstrip("s"), issuer))
        self.documents.sort()

    def _add(self, mention: _Mention) -> None:
        self._mentions.append(mention)

    # Grouping

    def _group(self) -> None:
        """Group the mentions into entities: the longest names first, each shorter one joining the
        one entity a name sieve finds for it, or starting one of its own."""
        self.by_name, self._links, self.at, self.unsure, self.by_word, self.by_initials = {}, {}, {}, {}, {}, {}
        keyed: dict[str, list[_Mention]] = {}
        for m in _short_groups(self._mentions):
            key = _key(m.name)
            if key is not None:
                keyed.setdefault(key, []).append(m)
        for key in sorted(keyed, key=lambda k: (-len(k.split()), keyed[k][0].start)):
            first = keyed[key][0]
            sure = [m.kind for m in keyed[key] if m.sure]
            kind = sure[0] if sure else "person" if any(m.kind == "person" for m in keyed[key]) else first.kind
            link = self._find(key, first.name, kind)
            if link is None:
                entity = self.by_name[key] = Entity(first.name, kind, key)
                for word in {names.bare(w) for w in entity.words()}:
                    self.by_word.setdefault(word, []).append(entity)
                if len(entity.words()) > 1:
                    self.by_initials.setdefault(names.initials(entity.name), []).append(entity)
            elif len(link.entities) == 1:
                self._links[key] = link
                entity = link.entities[0]
            else:
                self._links[key] = link  # two fit: neither
                self.unsure.update((m.start, link.entities) for m in keyed[key])
                continue
            if kind == "person" and entity.kind == "name":
                entity.kind = "person"
            for m in keyed[key]:
                entity.roles.extend(r for r in m.roles if r not in entity.roles)
                entity.gender = entity.gender or m.gender
                entity.mentions.append(m.start)
                self.at[m.start] = entity
        for entity in self.by_name.values():
            entity.mentions.sort()
        self.offsets = sorted(self.at)

    def named_between(self, start: int, end: int) -> list[Entity]:
        """The entities named in [start, end), in text order."""
        first = bisect.bisect_left(self.offsets, start)
        last = bisect.bisect_left(self.offsets, end, first)
        return [self.at[k] for k in self.offsets[first:last]]

    def find(self, name: str, kind: EntityKind = "name") -> Link | None:
        """The entities a name stands for, by the first name sieve that finds any; None when none does."""
        key = _key(name)
        return self._find(key, name, kind) if key is not None else None

    def _find(self, key: str, name: str, kind: EntityKind) -> Link | None:
        if key in self.by_name:
            return Link("exact", (self.by_name[key],))
        if key in self._links:
            return self._links[key]
        for sieve in _NAME_ORDER:
            if sieve in self.sieves:
                fits = _NAME_SIEVES[sieve](self, name, kind)
                if fits:
                    return Link(sieve, tuple(fits))
        return None

    def entities(self) -> list[Entity]:
        return list(self.by_name.values())

    def issuer(self, noun: str, before: int) -> str | None:
        """The phrase that issued the last document called ``noun`` ("statement") before ``before``."""
        noun = noun.lower().rstrip("s")
        found = [issuer for at, doc, issuer in self.documents if at < before and doc == noun]
        return found[-1] if found else None


# The name sieves (data/grammar/sieves.tsv, stage "name"), each a function of the entities, the name and its kind.


def _short_form(entities: Entities, name: str, kind: EntityKind) -> list[Entity]:
    long_name = entities.shorts.get(name.replace(".", ""))
    found = entities.by_name.get(_key(long_name) or "") if long_name else None
    return [found] if found else []


def _initials(entities: Entities, name: str, kind: EntityKind) -> list[Entity]:
    letters = name.replace(".", "")
    if not names.is_acronym(letters):
        return []
    return [e for e in entities.by_initials.get(letters, ()) if e.kind in ("group", "outlet")]


def _group_part(entities: Entities, name: str, kind: EntityKind) -> list[Entity]:
    """A group's name from its first word, to its last word, or its first and last words with some
    between ("Blackburn Council" for "Blackburn with Darwen Council")."""
    if kind == "person" or names.is_acronym(name):
        return []
    words = (_key(name) or "").split()
    if not words or (len(words) == 1 and words[0] in names.heads()):
        return []
    fits = []
    for e in dict.fromkeys(entities.by_word.get(names.bare(words[0]), []) + entities.by_word.get(names.bare(words[-1]), [])):
        longer = e.words()
        if e.kind in ("group", "outlet") and len(longer) > len(words):
            if longer[: len(words)] == words or longer[-len(words) :] == words or (
                len(words) > 1 and longer[0] == words[0] and longer[-1] == words[-1] and _within(words, longer)
            ):
                fits.append(e)
    return fits


def _surname(entities: Entities, name: str, kind: EntityKind) -> list[Entity]:
    if " " in name or names.is_acronym(name) or kind in ("group", "outlet"):
        return []
    word = names.bare(_key(name) or "")
    return [e for e in entities.by_word.get(word, ()) if e.kind == "person" and len(e.words()) > 1 and names.bare(names.surname(e.key)) == word]


def _name_part(entities: Entities, name: str, kind: EntityKind) -> list[Entity]:
    if names.is_acronym(name) or kind in ("group", "outlet"):
        return []
    words = (_key(name) or "").split()
    fits = []
    for e in entities.by_word.get(names.bare(words[0]), ()) if words else ():
        longer = e.words()
        if e.kind == "person" and len(longer) > len(words):
            whole = {_key(w) for w in e.name.split()}  # "Villareal" is no word of "Risa Villareal-Cruz"'s, only part of one
            if words in (longer[: len(words)], longer[-len(words) :]) or (len(words) == 1 and words[0] in whole):
                fits.append(e)
    return fits


_NAME_SIEVES: dict[str, Callable[[Entities, str, EntityKind], list[Entity]]] = {
    "short-form": _short_form,
    "initials": _initials,
    "group-part": _group_part,
    "surname": _surname,
    "name-part": _name_part,
}
SIEVE_ROWS: tuple[tuple[str, ...], ...] = lexicon.rows("grammar/sieves")  # id, stage, what it links
SIEVES = frozenset(row[0] for row in SIEVE_ROWS)
_NAME_ORDER = [row[0] for row in SIEVE_ROWS if row[1] == "name"]


def _inside(spans: list[tuple[int, int]], at: int) -> bool:
    """Whether ``at`` is inside one of the sorted, disjoint ``spans``."""
    k = bisect.bisect_right(spans, (at, 1 << 62)) - 1
    return k >= 0 and spans[k][0] <= at < spans[k][1]


def _speaks(role: str) -> bool:
    """Whether what follows a name's comma is a clause of saying, not a role in apposition: "Unlike Ruiz,
    the minister said ..." gives Ruiz no role of minister."""
    return any(w.lower() in _saying_forms() for w in role.split())


@cache
def _saying_forms() -> frozenset[str]:
    """The past forms of verbs of saying and denying ("said", "told", "denied"): not their base or present
    forms, which are nouns as often ("the minister in charge of the report")."""
    forms = {**lexicon.verb_forms("reporting_verbs"), **lexicon.verb_forms("denial_verbs")}
    return frozenset(f for f, (_, tenses) in forms.items() if "past" in tenses) | {"says", "tells"}


def _within(words: list[str], longer: list[str]) -> bool:
    """Whether ``words`` are in ``longer`` in order, others between them."""
    it = iter(longer)
    return all(w in it for w in words)


def _title_case(sentence: str) -> bool:
    """A headline: six words or more, nearly all capitalized, and no full stop."""
    if sentence.rstrip().endswith("."):
        return False
    words = sentence.split()
    return len(words) >= 6 and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)


@lru_cache(maxsize=65536)
def _clean_run(run: str) -> tuple[str, ...]:
    """names.clean of a run's words, cached: a document writes the same names again and again."""
    return tuple(names.clean(run.split()))


@lru_cache(maxsize=65536)
def _person_name(words: tuple[str, ...]) -> tuple[str | None, str | None]:
    """names.person_name, cached by the words."""
    return names.person_name(list(words))


@lru_cache(maxsize=65536)
def _one_word(written: str) -> tuple[str | None, EntityKind | None]:
    """A capitalized word alone as a name is written (None: no name alone, "Tuesday", "The"), and
    the kind of a short form ("HRW": a group); cached, as the same words come in every sentence."""
    word = names.clean([written])[0]
    if not word or word.lower() in _not_one_word():
        return None, None
    if names.is_acronym(word):
        return word, "outlet" if names.is_outlet(word) else "group"
    return word, None


@lru_cache(maxsize=65536)
def _run_groups(run: str) -> tuple[tuple[int, str, EntityKind], ...]:
    """The groups a run of capitalized words of two words or more names: (offset in the run, name,
    kind) each; cached, as a document names the same groups again and again."""
    words = list(_clean_run(run))
    role, person = _person_name(tuple(words))
    if role and person and " " in person and not names.is_group(person):
        return ()  # "Police Chief Alan Walsh" is a person
    two = names.pair(words)
    found = []
    for part in two or (words,):  # "Brightline Ltd and Corvane Holdings": two groups
        name = names.group_name(part)
        if name and len(part) > 1 and names.is_group(" ".join(part)) and _names_group(part, name):
            found.append((run.find(part[0]) if two else 0, name, "outlet" if names.is_outlet(name) else "group"))
    return tuple(found)  # type: ignore[return-value]


def _names_group(words: list[str], name: str) -> bool:
    """Whether a run names a group: its group word is written as part of the name ("Police Command"),
    or a lower-case one follows a name of two words or more ("the Human Rights Watch organization");
    not a place's ("Brazil police" is a description)."""
    if any(w[:1].isupper() and w.lower().rstrip(".") in names.heads() for w in words):
        return True
    return words[-1].islower() and not name.endswith(words[-1]) and len(name.split()) > 1


def _lead_noun(lead: list[str]) -> str | None:
    """The lower-case noun right before a name ("the weekly magazine", "carmaker"), if any."""
    if not lead or not lead[-1][-1:].isalpha() or not lead[-1][:1].islower():
        return None  # "..., the press conference, Salman said": a mark between, no description
    return lead[-1].lower()


@cache
def _outlet_nouns() -> frozenset[str]:
    return lexicon.words("outlet_nouns")


@cache
def _group_nouns() -> frozenset[str]:
    """Nouns that say the name after them is a group's: "the rebel group FARC", "carmaker Nissan"."""
    return (lexicon.words("org_heads") | lexicon.words("company_nouns")) - {"spokesman", "spokesperson", "staff"}


def _clipped(short: str, long_name: str) -> bool:
    """Whether a short form in mixed case is made of the long name's first letters or syllables: its
    capitals are the first initials of the name ("TurkStat", "BoK"), two at least."""
    capitals = "".join(c for c in short if c.isupper())
    return len(capitals) >= 2 and not short.isupper() and names.initials(long_name).startswith(capitals)


@cache
def _not_one_word() -> frozenset[str]:
    """Capitalized words that are no name alone: weekdays, months, pronouns, titles, counts ("Hundreds
    of villagers", "Dozens", "Thousands")."""
    return (
        frozenset(lexicon.table("weekdays")) | frozenset(lexicon.table("months")) | frozenset(names.pronouns()) | names.titles() | names.ordinary()
        | lexicon.words("prepositions") | frozenset(lexicon.table("auxiliaries")) | lexicon.words("subject_openers") | lexicon.words("negations")
        | names.counts()
    )


@cache
def _document() -> re.Pattern[str]:
    """A document noun; the look-ahead for its first letters lets the search skip most places at once."""
    nouns = lexicon.words("document_nouns")
    first = re.escape("".join(sorted({noun[0] for noun in nouns})))
    return re.compile(rf"(?=[{first}])\b(?:{lexicon.alternation(nouns)})s?\b", re.I)


@cache
def _issuing() -> tuple[re.Pattern[str], ...]:
    """Where a document's issuer is written: after "from"/"by", before "issued", as its owner or its modifier."""
    doc = rf"(?P<doc>{lexicon.alternation(lexicon.words('document_nouns'))})s?"
    joins = lexicon.alternation(lexicon.words("group_connectors"))
    name = rf"[A-Z][\w’'&.-]*(?:\s+(?:(?:{joins})\s+)*[A-Z][\w’'&.-]*){{0,6}}"
    agents = lexicon.alternation(lexicon.table("agent_nouns"))
    issuer = rf"(?P<issuer>(?:the\s+)?(?:{name}\s+(?i:{agents})\b|{name})|the\s+[a-z]+)"
    verbs = lexicon.alternation(lexicon.words("issuing_verbs"))
    return (
        re.compile(rf"\b{doc}\s+(?:(?:issued|released|published|signed|sent)\s+)?(?:from|by)\s+{issuer}"),  # a statement from the ministry
        re.compile(rf"\b{issuer}[’']s?\s+(?:[a-z-]+\s+){{0,2}}{doc}\b"),  # the ministry's statement
        re.compile(rf"\b{issuer}\s+(?:has\s+|had\s+|also\s+)?(?:{verbs})\s+(?:a|an|the)\s+(?:[a-z-]+\s+){{0,2}}{doc}\b"),  # the ministry issued a statement
        re.compile(rf"\b(?:a|an|the)\s+(?P<issuer>(?:[A-Z][\w’'&.-]*\s+){{1,6}}?)(?:\([A-Z]+\)\s+)?{doc}\b"),  # an Amnesty International report
    )

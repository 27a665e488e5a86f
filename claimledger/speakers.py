"""Give each speaker phrase a canonical name, within one document: the fullest proper name the
article gives its entity (claimledger.entities), or null. A journalist would rather read "unknown"
than a wrong name.

The phrase is read first: a pronoun, a description ("the minister", "the statement"), somebody
in general ("officials", "a source", "Ana Ruiz and Ivo Marsh"), or a name with its role
(``German Defense Minister Boris Pistorius`` -> ``Boris Pistorius``, role ``German Defense
Minister``). Then the sieves of ``data/sieves.tsv`` link it to its entity, in their order: a name
by the name sieves; a description to the one entity of that role, description, head noun or
kind; a pronoun to the entity in view. Where two entities fit, the phrase's own role words decide,
then the paragraph (the one of them it is about); else the name stays null (``via: ambiguous``).
Each speaker records the sieve that linked it (``speaker.sieve``). Nothing is carried from one
document to the next.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import NamedTuple
from urllib.parse import urlsplit

from claimledger import identity, lexicon, names
from claimledger.entities import SIEVES, Entities, Entity, Link
from claimledger.records import Relay, Speaker, Via
from claimledger.sentences import Sentence

_OWNED = re.compile(r"(.+?)[’'](?:s)?\s+(.+)")  # "Ortega Foods' PR firm", "the minister's spokesman"
_JOINED = re.compile(r"(?:[A-Z][\w.’'-]*[ \t]+){1,6}?and[ \t]+(?:the[ \t]+)?")  # "Acme Corp and ": a name, and another after it
_AFTER_PLACE_PREPOSITION = re.compile(r"\b(?:In|At|From|Near)[ \t]+$")  # "In Barangay Malinao, fisherman X": a place before the speaker
_OPENING_PLACE = re.compile(r"(?:In|At|From|Near)[ \t]+[A-Z][^,;:“”\"]{0,60},[ \t]+")  # "In Barangay Malinao, "
_THE_WORDS = re.compile(r"\b(?:the|The)((?:[ \t]+[a-z-]+){1,3})")  # "the minister", "the police chief"
_OPENING_PHRASE = re.compile(r"\s*([A-Z][a-z]+)\b[^,;:“”\"]{0,80},\s*")  # "Speaking to reporters, ", "After the match, ": up to the pronoun
_QUOTED_OPENING = re.compile(r"\s*[“\"‘'][^“”\"]*[,.!?]?[”\"’']?\s*")  # a sentence that opens with its quotation, up to the pronoun
_HEARD = 200  # speakers remembered: a pronoun or a description goes back to a recent one
_LOOSE_MODIFIERS = frozenset({"the", "a", "an", "former", "new", "top", "senior", "then"})  # words a description may leave out
_DATELINE = re.compile(r"(?:[A-Z][\w’'.-]*[ \t]+){0,3}[A-Z][\w’'.-]*[ \t]*(?:,[ \t]*[A-Z][\w.]*[ \t]*)?(?::|—|–|--|\()")
_COMPLEMENT_WORDS = frozenset({"of", "for", "at", "in", "with", "from", "on", "to"})  # what opens a role's complement
# A description that opens a sentence and the comma before the name it describes ("The UN coordinator, ...",
# "Her deputy, ...", "Ruiz's lawyer, ..."): the name after it is the sentence's subject
_APPOSED = re.compile(r"(?:The|A|An|His|Her|Its|Their|[A-Z][\w’'-]*[’']s?)(?:[ \t]+(?:[a-z][\w’'-]*|[A-Z]{2,}|[A-Z][a-z]*[’']s))+,[ \t]*")
_NAME_THEN_COMMA = re.compile(r"(?:[A-Z][\w’'.-]*[ \t]+){0,4}[A-Z][\w’'.-]*[ \t]*,[ \t]*(?!and\b|or\b)[a-z]")  # the name an apposition closes, then its verb
# Capitalized words and a lowercase role before a name ("Athletic manager Gary Tonge", "England captain Tom
# Hale"): the words are the role's, and the name is the sentence's subject
_ROLE_BEFORE_NAME = re.compile(r"(?:[A-Z][\w’'-]*[ \t]+){1,3}(?:[a-z][\w-]*[ \t]+){1,3}(?=[A-Z])")
_NAME_BEFORE_COMMA = re.compile(r"((?:[A-Z][\w’'-]*\.?[ \t]+)*[A-Z][\w’'-]*),\s*$")
_NAMED_OUTLET = re.compile(r"^(?:[a-z][\w-]*\s+)+([A-Z].*)$")  # "state broadcaster NHK": a description, then the name
_VENUE_DOCUMENT = re.compile(r"\b(?i:in|via|through)\s+(?:a|an|the|its|his|her|their)\s+(?:[a-z-]+\s+){0,2}?(?P<doc>[a-z]+)\b")


@dataclass(frozen=True, slots=True)
class _Said:
    """A speaker resolved so far: its entity (None when it names nobody), its kind, and where."""

    entity: Entity | None
    kind: str  # person or group: whom "he" or "they" may go back to
    start: int
    described: bool = False  # one someone the text does not name ("Her daughter", "a witness"): whom "she" may be


class _Found(NamedTuple):
    entity: Entity | None
    via: Via
    sieve: str | None
    role: str | None
    kind: str  # person or group


@dataclass
class SpeakerResolver:
    """Reads a document's entities, then resolves its speaker phrases in text order."""

    sieves: frozenset[str] = SIEVES  # the sieves to use (data/grammar/sieves.tsv): all but in a test
    entities: Entities = field(init=False)
    said: list[_Said] = field(default_factory=list)  # every speaker resolved, in text order
    issued: dict[str, Entity] = field(default_factory=dict)  # "statement" -> who spoke in the last one
    subject: Entity | None = None  # the person or group the current sentence opens with
    previous_subject: Entity | None = None
    unsure: tuple[Entity, ...] = ()  # the people a name the current sentence opens with may be ("Justice Sethi" of two Sethis)
    previous_unsure: tuple[Entity, ...] = ()
    pair: bool = False  # the current sentence opens with two names joined ("Acme and Brightline agreed"): no one subject
    previous_pair: bool = False
    text: str = ""
    base: int = 0  # where the current text starts in the document (a chunk of a long one)

    def __post_init__(self) -> None:
        self.entities = Entities(self.sieves)

    def read(self, text: str, sentences: list[Sentence]) -> None:
        """Read the entities of ``text``, the document or its next chunk, before its speakers."""
        self.base += len(self.text)
        self.text = names.without_nicknames(text)
        self.entities.read(text, sentences, self.base)

    def enter(self, start: int) -> None:
        """The sentence at ``start`` is next: note the person it opens with."""
        self.previous_subject, self.previous_unsure, self.previous_pair = self.subject, self.unsure, self.pair
        placed = _OPENING_PLACE.match(self.text, start)
        if placed:
            start = placed.end()  # "In Barangay Malinao, fisherman Rodel Abellana said": the subject after where
        opening = self.entities.at.get(self.base + start)
        joined = _JOINED.match(self.text, start) if opening is not None and opening.kind in ("person", "group") else None
        other = self.entities.at.get(self.base + joined.end()) if joined else None
        self.pair = other is not None and other is not opening and other.kind in ("person", "group")
        if self.pair:
            opening = None
        apposed = _APPOSED.match(self.text, start)
        if apposed and (opening is None or opening.kind != "person"):
            named = self.entities.at.get(self.base + apposed.end())  # "Her deputy, Maria Lopez, disagreed": Maria Lopez
            if named is not None and named.kind == "person" and _NAME_THEN_COMMA.match(self.text, apposed.end()):
                opening = named
        role = _ROLE_BEFORE_NAME.match(self.text, start)
        if role and names.is_title(role.group().split()[-1]):
            named = self.entities.at.get(self.base + role.end())
            if named is not None and named.kind == "person":
                opening = named
        dateline = _DATELINE.match(self.text, start)  # "NEW DELHI: ...", "Kyiv — ...": a place, no subject
        self.subject = opening if opening is not None and opening.kind in ("person", "group") and not dateline else None
        unsure = () if opening is not None or dateline else self.entities.unsure.get(self.base + start, ())
        self.unsure = tuple(e for e in unsure if e.mentions and e.mentions[0] < self.base + start)  # "Ortega" before a second Ortega comes: the first

    def resolve(self, text: str, start: int, end: int, sentence_start: int, sentence_end: int | None = None) -> Speaker:
        """The speaker for the phrase ``text`` at [start, end) of the current text, in the sentence
        that starts at ``sentence_start``."""
        naming, appositive = names.split_appositive(names.PARENTHETICAL.sub(" ", names.without_nicknames(text)))
        if appositive and _AFTER_PLACE_PREPOSITION.search(self.text, max(sentence_start, start - 12), start):
            naming, appositive = names.split_appositive(appositive)  # "In Barangay Malinao, fisherman Rodel Abellana, 52, said": where, then who
        if appositive is None:
            naming = _principal(naming, ("firm",))  # "Ortega Foods' PR firm said": Ortega Foods; not "Ohtani's law firm, Berk Brettler LLP"
        entity, via, sieve, role, kind = self._resolve(naming, start, sentence_start, appositive)
        if appositive and role and all(w in lexicon.words("honorifics") for w in names.role_words(role)):
            role = appositive  # "The Minister of Finance, Dr. Kwame Asante": the minister, more than "Dr."
        speaker = Speaker(text, start, end, entity.name if entity else None, identity.key(entity.name) if entity else None, via, role or appositive, sieve)
        if via != "ambiguous":
            self.said.append(_Said(entity, entity.kind if entity and entity.kind == "person" else kind, self.base + start, entity is None and via == "explicit" and _someone(naming)))
            del self.said[:-_HEARD]
        if entity is not None:
            sentence = self.text[sentence_start : sentence_end if sentence_end is not None else end + 200]
            for m in _VENUE_DOCUMENT.finditer(sentence):  # "In a statement, the ministry said": its statement
                if m.group("doc") in lexicon.words("document_nouns"):
                    self.issued[m.group("doc")] = entity
        return speaker

    def relay(self, text: str, start: int, end: int, url: str | None, named: bool = False) -> Relay | None:
        """The relay record of the outlet at [start, end) (claimledger.speakers.outlet): a description
        ("the newspaper", "the agency") named as the one outlet of that kind the text names; a name
        (``named``: "told the Shukan Bunshun", "Talking to Dawn, he said") only if the text makes it an
        outlet's ("the weekly magazine Shukan Bunshun", "the daily newspaper Dawn")."""
        found = outlet(text, start, end, url)
        if found is not None and named:
            link = self.entities.find(found.name, "outlet")
            return found if link is not None and len(link.entities) == 1 and link.entities[0].kind == "outlet" else None
        words = found.text.lower().split() if found else []
        if found is None or len(words) < 2 or words[0] != "the" or not found.text.split()[-1].islower():
            return found
        entity, _, _ = self._describe(words, start)
        if entity is None or entity.kind != "outlet" or (url and _own(entity.name, url)):
            return found
        return Relay(found.text, start, end, entity.name)

    def _resolve(self, naming: str, start: int, sentence_start: int | None, appositive: str | None) -> _Found:
        words = names.without_modifiers(names.WORD.findall(naming))
        if not words:
            return _Found(None, "explicit", None, None, "group")
        lower = [w.lower() for w in words]
        if len(lower) == 1 and lower[0][-2:] in ("’s", "'s"):
            lower = [lower[0][:-2]]  # "She’s insisting": the pronoun and "is"
        before = self.text[sentence_start:start] if sentence_start is not None else ""
        pronoun = names.pronouns().get(lower[0]) if len(words) == 1 and not (len(words[0]) > 1 and words[0].isupper()) else None  # "WHO", "US": short forms
        if pronoun == "relative":  # "Kevin Albers, who said": the name right before the comma
            entity = self._antecedent(before, lower[0] == "which") if "relative" in self.sieves else None
            return _Found(entity, "pronoun", "relative" if entity else None, None, "group" if lower[0] == "which" else "person")
        if pronoun == "person":
            entity, sieve = self._person_pronoun(lower[0], before, start, sentence_start or 0)
            if sieve == "ambiguous":
                return _Found(None, "ambiguous", None, None, "person")
            return _Found(entity, "pronoun", sieve, None, "person")
        if pronoun == "group":  # a news outlet reports; it is no "they" of what it reports
            previous = self.previous_subject
            if _opens(before) and previous is not None and previous.kind == "group" and lower[0] == "it" and "subject" in self.sieves:
                return _Found(previous, "pronoun", "subject", None, "group")  # "Acme Corp agreed to buy Brightline Ltd. It said ...": Acme
            if _opens(before) and self.previous_pair and lower[0] == "it" and "subject" in self.sieves:
                return _Found(None, "ambiguous", None, None, "group")  # "Acme and Brightline agreed to merge. It said ...": either
            last = next((s for s in reversed(self.said) if s.kind == "group" and (s.entity is None or s.entity.kind != "outlet")), None)
            entity = last.entity if last and "speaker" in self.sieves else None
            return _Found(entity, "pronoun", "speaker" if entity else None, None, "group")
        if len(words) == 2 and lower[0] == "the" and names.is_acronym(words[1]) and "role-initials" in self.sieves and _unexpanded(self.entities.find(words[1], "group")):
            fits = [e for e in self.entities.entities() if e.kind == "person" and any(_spells(words[1], r) for r in e.roles)]
            if fits:  # "the CS" after "Interior Cabinet Secretary Ann Mwangi", "the DG" after "Director-General Ivo Marsh"
                entity, sieve, ambiguous = self._one(fits, start, "role-initials")
                return _Found(entity, "ambiguous" if ambiguous else "alias", sieve, None, "person")
        if "percent" in lower or "%" in naming or _unnamed(words) or _two(naming):
            return _Found(None, "explicit", None, None, "group")  # "officials", "a source", "Ana Ruiz and Ivo Marsh": nobody in particular
        if "&" in words[1:-1] and names.capitalized(words[-1]):
            name = names.group_name(words)  # "Procter & Gamble", "Phillips & Cohen LLP": one firm
            if name:
                return self._named(name, "group", None, start)
        if len(words) == 1 and lower[0] in lexicon.words("demonyms") and not self._surname(words[0]):
            # "Saudi Tells Egypt ...": a country, no person of it; but "Cuban" after "Mark Cuban"
            places = [e for e in self.entities.entities() if e.kind == "place" and e.words()[0].lower() == lower[0]]
            return _Found(places[0] if len(places) == 1 else None, "alias" if len(places) == 1 else "explicit", None, None, "group")
        described = not names.capitalized(words[-1]) or (len(words) > 1 and all(not names.capitalized(w) for w in words[1:]))  # "the Republican nominee"
        if any(names.is_title(w) for w in words) and all(names.is_title(w) or w.lower() in lexicon.words("portfolio_words") or w.lower() == "the" for w in words):
            honorific = len(words) == 2 and words[0].lower().rstrip(".") in lexicon.words("honorifics")
            if (len(words) == 1 or honorific) and words[-1][:1].isupper():
                link = self.entities.find(words[-1], "name")
                position = words[-1].lower().rstrip(".") in lexicon.words("titles")  # "Mr. President": an office, no surname
                if (honorific and not position) or (link is not None and link.sieve == "surname"):  # "Mr. Cuban", and "King" after "Charlie King": a surname
                    return self._named(words[-1], "name", None, start, words[0] if honorific else None)
            described = True  # "the President", "Health Minister"
        if names.is_place(naming):
            return self._named(naming.removeprefix("the ").removeprefix("The "), "place", None, start)
        if described and lower[-1] in names.heads() and not names.is_title(lower[-1]) and lower[-1] not in lexicon.words("people_groups") and _named_group(words):
            name = names.group_name(words)  # "the Ethiopian government", "the Trinidad and Tobago government"
            if name:
                return self._named(name, "group", None, start)
        affiliated = names.person_before_complement(words)
        if affiliated is not None:  # "David French of the National Retail Federation": French is no demonym here
            role, name = affiliated
            return self._named(name, "person", role, start, role)
        complement = next((k for k, w in enumerate(lower) if w in ("of", "for", "at") and k > 0), None)
        if complement is not None and (names.is_title(lower[complement - 1]) or lower[complement - 1] in lexicon.words("generic_role_heads")) and self._no_person(words[complement + 1 :]):
            entity, sieve, ambiguous = self._describe(lower[:complement], start, lower[complement + 1 :])  # "the spokesman of Inter Services Public Relations"
            return _Found(entity, "ambiguous" if ambiguous else "alias", sieve, None, "person")
        attached = _attached(words)
        if attached is not None:  # "the lawyer representing Ana Ruiz", "an aide to Senator Ivo Marsh": the lawyer, the aide speak
            entity, sieve, ambiguous = self._describe(lower[:attached], start)
            return _Found(entity, "ambiguous" if ambiguous else "alias", sieve, None, "person")
        indefinite = lower[0] in lexicon.words("determiners") - {"the"} or lower[0] in lexicon.words("quantifiers")
        named_outlet = _outlet_before_noun(words) if described and lower[-1] in lexicon.words("outlet_nouns") else None
        if named_outlet:  # "The Nikkei business daily", "the Daily Mirror Kenya newspaper": the outlet its name names
            return self._named(named_outlet, "group", None, start)
        if described and (lower[0] == "the" or (not indefinite and (len(words) > 1 or lower[-1] in _describing()))):
            entity, sieve, ambiguous = self._describe(lower, start, written=words)  # "the ministry", "the president", "Health Minister"
            kind = "person" if names.full_title(lower[-1]) in names.titles() or lower[-1] in lexicon.words("generic_role_heads") else "group"
            return _Found(entity, "ambiguous" if ambiguous else "alias", sieve, None, kind)
        if described:
            return _Found(None, "explicit", None, None, "person" if lower[-1] in names.titles() else "group")
        role, name = names.person_name(words)
        if len(words) == 2 and role and name and role.lower() in lexicon.words("demonyms"):
            entity = self.entities.at.get(self.base + start)
            if entity is not None and entity.kind in ("group", "outlet"):  # "Gulf Meridian" after "Gulf Meridian Airways" (entities._short_groups)
                return _Found(entity, "alias", "group-part", None, "group")
        titled = role is not None and any(names.is_title(w) for w in role.split()) and name is not None and " " in name and not names.is_group(name)
        if (any(w in names.heads() for w in lower) or (name and (names.is_group(name) or names.is_outlet(name)))) and not titled:  # but "Council member Luis Ortega" is a person
            group = names.group_name(words)
            if not group:
                return _Found(None, "explicit", None, None, "group")
            link = self.entities.find(group, "group")
            if lower[0] == "the" and group.lower() in names.heads() and (link is None or all(e.kind == "name" for e in link.entities)):
                # "the Commission" after "the European Commission": a head alone, no group's name of its own ("the Kremlin")
                entity, sieve, ambiguous = self._describe(lower, start, written=words)
                if entity is not None or ambiguous:
                    return _Found(entity, "ambiguous" if ambiguous else "alias", sieve, None, "group")
            if not (role and group == name and " " in name):  # "Council member Luis Ortega": the group was only his role
                return self._named(group, "group", None, start)
        if not name:
            return _Found(None, "explicit", None, role, "person")
        kind = "group" if names.is_acronym(name) else "person" if (" " in name or role) else "name"
        titled_name = bool(role) and " " in name and names.is_title(role.split()[-1])  # "the spokesman Francis Mupazviriho"
        if lower[0] == "the" and kind != "group" and not (role and role[:1].isupper()) and not titled_name:  # but "The Minister for Transport Ana Reyes"
            link = self.entities.find(name, "group")
            if link is None or all(e.kind == "person" for e in link.entities):  # "the Arizona Republican": no person takes "the"
                entity, sieve, ambiguous = self._describe(lower, start, written=words)
                if entity is None and not ambiguous and not any(names.is_title(w) for w in words[1:]) and len(words) > 2:
                    found = self._named(name, "group", None, start)  # "The White House says": no person takes "the", and no description fits
                    if found.entity is not None and found.entity.kind == "person":  # read as a person's name elsewhere ("Human Rights Watch"): a group here
                        return _Found(Entity(found.entity.name, "group", found.entity.key), found.via, found.sieve, None, "group")
                    return found
                return _Found(entity, "ambiguous" if ambiguous else "alias", sieve, None, "person")
        return self._named(name, kind, " ".join(w for w in (role, appositive) if w), start, role)  # type: ignore[arg-type]

    def _surname(self, word: str) -> bool:
        """Whether one word stands for a person the text names ("Cuban" after "Mark Cuban")."""
        link = self.entities.find(word, "name")
        return link is not None and any(e.kind == "person" for e in link.entities)

    def _no_person(self, words: list[str]) -> bool:
        """Whether what follows a role's "of" names a group or nobody, not the person ("the spokesman of
        the ministry", "the head of Inter Services Public Relations (ISPR)"; not "Minister for Transport Ana Reyes")."""
        tail = names.group_name(words)
        if tail is None:
            return True
        link = self.entities.find(tail, "group")
        return names.is_group(tail) or (link is not None and all(e.kind in ("group", "outlet") for e in link.entities))

    def _named(self, name: str, kind: str, role_words: str | None, start: int, role: str | None = None) -> _Found:
        """A name in the phrase: its entity's fullest name; of two that fit, the one its role words or
        its paragraph names, else none."""
        link = self.entities.find(name, kind)  # type: ignore[arg-type]
        kind = "group" if kind == "group" else "person"
        honorific = next((w for w in names.role_words(role or "") if w in lexicon.words("honorifics")), None)
        if link is not None and honorific and link.sieve != "exact":  # "Mr. Bush": a person, and not Barbara Bush
            gender = names.genders().get(honorific)
            fits = tuple(e for e in link.entities if e.kind in ("person", "name") and e.gender in (None, gender or e.gender))
            if not fits:
                return _Found(None, "ambiguous", link.sieve, role, "person")
            link = Link(link.sieve, fits)
        if link is None:
            return _Found(Entity(name, kind, identity.key(name) or name), "explicit", None, role, kind)  # type: ignore[arg-type]
        chosen = link.entities[0] if len(link.entities) == 1 else self._decide(link, role_words or "", start)
        if chosen is None:
            return _Found(None, "ambiguous", link.sieve, role, kind)
        via: Via = "explicit" if chosen.key == identity.key(name) else "alias"
        return _Found(chosen, via, None if link.sieve == "exact" else link.sieve, role, "person" if chosen.kind == "person" else "group")

    def _decide(self, link: Link, role_words: str, start: int) -> Entity | None:
        """Of the entities a name fits, the one whose role its role words name, else the one the
        paragraph is about (named in it, or speaking in it, the others not); else none."""
        words = {names.full_title(w) for w in re.findall(r"[\w.]+", role_words.lower())}
        if words:
            by_role = [e for e in link.entities if words & {w for r in e.roles for w in names.role_words(r)}]
            if len(by_role) == 1:
                return by_role[0]
        return self._in_paragraph(list(link.entities), start)

    def _in_paragraph(self, fits: list[Entity], start: int) -> Entity | None:
        """The one of ``fits`` that the paragraph of ``start`` names or hears before it, if only one."""
        at = self.base + start
        first, _ = self.entities.paragraph_span(at)
        here = [e for e in fits if e.mentioned(first, at) or any(s.entity is e and first <= s.start for s in self.said)]
        return here[0] if len(here) == 1 else None

    def _describe(
        self, lower: list[str], start: int, complement: list[str] | None = None, written: list[str] | None = None
    ) -> tuple[Entity | None, str | None, bool]:
        """(entity, sieve, ambiguous) of a description: "the ministry", "the minister", "the statement";
        a person's role may go on after its head ("the spokesman of the ministry": ``complement``)."""
        words = [names.full_title(w.rstrip(".").replace("’s", "").replace("'s", "")) for w in lower if w != "the"]
        if not words:
            return None, None, False
        head, modifiers = words[-1], [w for w in words[:-1] + (complement or []) if w not in _LOOSE_MODIFIERS]
        at = self.base + start
        if head in lexicon.words("document_nouns"):
            if "issuer" not in self.sieves:
                return None, None, False
            own = [w for w in (written or lower)[:-1] if w.lower() not in lexicon.words("determiners")]
            return self._issuer(head, start, " ".join(own)), "issuer", False
        if (head in lexicon.words("outlet_nouns") or head in ("paper",)) and "outlet" in self.sieves:
            return self._one([e for e in self.entities.entities() if e.kind == "outlet" and _holds(e.roles, head)] or
                             [e for e in self.entities.entities() if e.kind == "outlet" and e.mentions and e.mentions[0] < at], start, "outlet")
        if (head in names.titles() or head in lexicon.words("generic_role_heads")) and "role" in self.sieves:
            found = self._by_role(head, modifiers, start, "former" in words[:-1])  # "the former president": one whose role says so
            if found is not None:
                return found
        former = "former" in words[:-1]
        described = (
            [
                e for e in self.entities.entities()
                if e.mentions and e.mentions[0] < at and _holds(e.roles, head) and (not former or any("former" in _head_phrase(names.role_words(r)) for r in e.roles))
            ]
            if "described" in self.sieves
            else []
        )
        if described:
            return self._one(described, start, "described")
        if head in lexicon.words("company_nouns") and "company" in self.sieves:
            nouns = lexicon.words("company_nouns")
            companies = [
                e for e in self.entities.entities()
                if e.kind in ("group", "name") and (e.words()[-1].rstrip(".") in lexicon.words("corporate_suffixes") or any(names.role_words(r)[-1:] and names.role_words(r)[-1] in nouns for r in e.roles))
            ]
            if not companies:  # "Apple said ... the company said": the one group of no other kind that spoke
                companies = list(dict.fromkeys(s.entity for s in self.said if s.entity is not None and s.entity.kind in ("group", "name") and s.entity.key in self.entities.by_name))
            return self._spoken_or_one(companies, start, "company")
        if (head in names.heads() or head in lexicon.table("group_kinds")) and "group-head" in self.sieves:
            owners = {w[:-2] for w in lower[:-1] if w.endswith(("’s", "'s"))}  # "the comptroller's office" is no "Attorney General's Office"
            fits = [
                e for e in self.entities.entities()
                if e.kind in ("group", "outlet") and (head in [names.full_title(w) for w in e.words()] or _of_kind(e, head)) and owners <= {w.removesuffix("'s") for w in e.words()}
            ]
            return self._spoken_or_one(fits, start, "group-head")
        return None, None, False

    def _spoken_or_one(self, fits: list[Entity], start: int, sieve: str) -> tuple[Entity | None, str | None, bool]:
        """Of the groups a description fits, the one that spoke last, else the only one."""
        spoke = next((s.entity for s in reversed(self.said) if s.entity in fits), None)
        return (spoke, sieve, False) if spoke is not None else self._one(fits, start, sieve)

    def _one(self, fits: list[Entity], start: int, sieve: str) -> tuple[Entity | None, str | None, bool]:
        if not fits:
            return None, None, False
        chosen = fits[0] if len(fits) == 1 else self._in_paragraph(fits, start)
        return chosen, sieve, chosen is None

    def _by_role(self, head: str, modifiers: list[str], start: int, former: bool = False) -> tuple[Entity | None, str | None, bool] | None:
        """The person whose role holds a description's head and the most of its other words: "the
        minister", "the police commissioner", "the county boss" (a generic head needs a word of its
        role besides). Of two such, one whose role adds no word before the head that the description
        lacks ("the president" is "President Ana Ruiz", not "Senate President Ivo Marsh"); then the one
        who spoke last, in this paragraph or the one before; then the one the paragraph is about."""
        generic = head in lexicon.words("generic_role_heads")
        fits: dict[Entity, tuple[int, bool]] = {}
        for e in self.entities.entities():
            if e.kind != "person":
                continue
            for role in e.roles:
                words = names.role_words(role)
                if head not in words and not generic:
                    continue
                if former and not {"former", head} <= set(_head_phrase(words)):
                    continue  # "the former president" is not President Tom Baker, nor "a former aide to President Tom Baker"
                hits = sum(m in words for m in modifiers)
                if generic and not hits:
                    continue
                cut = len(words) - words[::-1].index(head) - 1 if head in words else len(words)
                extra = {w for w in words[:cut] if w not in lexicon.words("demonyms") and w not in _LOOSE_MODIFIERS}
                fits[e] = max(fits.get(e, (0, False)), (hits, extra <= set(modifiers)))
        if not fits:
            return None
        most = max(hits for hits, _ in fits.values())
        best = [e for e, (hits, _) in fits.items() if hits == most]
        best = [e for e in best if fits[e][1]] or best
        if len(best) == 1:
            return best[0], "role", False
        last = self._last_speaker(start)
        chosen = last if last in best else self._in_paragraph(best, start)
        return chosen, "role", chosen is None

    def _last_speaker(self, start: int) -> Entity | None:
        """Who spoke last, if in this paragraph or the one before."""
        if not self.said or self.said[-1].entity is None:
            return None
        paragraph = self.entities.paragraph(self.base + start)
        return self.said[-1].entity if self.entities.paragraph(self.said[-1].start) >= paragraph - 1 else None

    def _issuer(self, noun: str, start: int, own: str = "") -> Entity | None:
        """Who issued the document a description names: the source its own words name ("the police
        statement", "the Amnesty report", "the ministry's statement"), else the source a sentence
        before names as its issuer ("a statement from the ministry"), or who spoke in one ("In a
        statement, X said"). What an agent issues ("Ortega Foods' PR firm") is its principal's."""
        for phrase in (own, self.entities.issuer(noun, self.base + start)):
            if phrase:
                phrase = _principal(phrase.removesuffix("’s").removesuffix("'s"))
                found = self._resolve(phrase if phrase[:1].isupper() else f"the {phrase}", start, None, None)
                if found.entity is not None and found.via != "ambiguous":
                    return found.entity
        return self.issued.get(noun)

    def _person_pronoun(self, pronoun: str, before: str, start: int, sentence_start: int) -> tuple[Entity | None, str | None]:
        """``he``/``she``: the person named last in its clause; at a sentence's start, the person the
        sentence before opened with; else the last person who spoke. Never one whose honorific or
        given name says otherwise (data/given_names.tsv): then the one before who fits, if they spoke
        in this paragraph or the one before."""
        fits = _Fits(pronoun)
        if before.rstrip()[-1:].isalpha() and "clause" in self.sieves:  # a word joins it to the clause before: "after he proposed"
            named = [e for e in self.entities.named_between(self.base + sentence_start, self.base + start) if e.kind == "person"]
            if named and fits(named[-1]):
                return named[-1], "clause"
            described = None if named else _described_person(before)
            if described:  # "the minister addressed a rally at which he warned": the minister, else nobody
                entity, _, _ = self._describe(described, start)
                return (entity, "clause") if entity is not None and entity.kind == "person" and fits(entity) else (None, "ambiguous")
        previous = self.previous_subject
        named = self.entities.named_between(self.base + sentence_start, self.base + start)
        opener = self.entities.at.get(self.base + sentence_start)
        first_named = opener is not None and opener.kind != "name"  # "Beijing rejected the offer, he said": a name opens it, no phrase
        opens = _opens(before) or (_opening_phrase(before) and not first_named and not any(e.kind == "person" for e in named))
        if opens and previous is not None and previous.kind == "person" and fits(previous) and "subject" in self.sieves:
            other = self._known(pronoun, start, previous)
            return (other, "speaker") if other is not None else (previous, "subject")
        if opens and self.previous_unsure and "subject" in self.sieves:  # "Justice Sethi questioned the delay. ... she said": not whoever spoke last
            fitting = [e for e in self.previous_unsure if e.kind == "person" and fits(e)]
            return (fitting[0], "subject") if len(fitting) == 1 else (None, "ambiguous")
        if "speaker" not in self.sieves:
            return None, None
        paragraph = self.entities.paragraph(self.base + start)
        for k, said in enumerate(reversed(self.said)):
            if said.described:
                break  # "Her daughter said ... 'We want answers,' she said": the daughter, whom the text does not name
            if said.entity is not None and said.entity.kind == "person":
                if fits(said.entity):
                    return self._known(pronoun, start, said.entity) or said.entity, "speaker"
                if self.entities.paragraph(said.start) < paragraph - 1:
                    break
        return None, None

    def _known(self, pronoun: str, start: int, unsure: Entity) -> Entity | None:
        """For "she" that would go to someone whose gender the text does not tell, the one person of
        this paragraph or the one before who spoke and is known to be a woman ("Jane Okello said ...
        Tedros said ... She said": Jane Okello), if there is one."""
        if unsure.gender is not None or pronoun != "she":
            return None  # most people quoted in news are men: "he" fits one whose gender is not told as well as a man
        paragraph = self.entities.paragraph(self.base + start)
        known = {s.entity for s in self.said[-_HEARD:] if s.entity is not None and s.entity.kind == "person" and s.entity.gender == pronoun and self.entities.paragraph(s.start) >= paragraph - 1}
        return known.pop() if len(known) == 1 else None

    def _antecedent(self, before: str, group: bool) -> Entity | None:
        """What a relative pronoun follows: the name that ends ``before`` at its comma (``Kevin
        Albers, who``, ``the regulator, which``); never the last person named elsewhere, and no
        single unknown word ("Republicans, who")."""
        run = _NAME_BEFORE_COMMA.search(before)
        if run is None:
            return None
        words = run.group(1).split()
        if group:
            name = names.group_name(words)
            return self._named(name, "group", None, 0).entity if name else None
        _, name = names.person_name(words)
        if name is None:
            return None
        link = self.entities.find(name, "person")
        if link is not None and len(link.entities) == 1 and link.entities[0].kind == "person":
            return link.entities[0]
        return Entity(name, "person", identity.key(name) or name) if " " in name else None


def _someone(naming: str) -> bool:
    """Whether a speaker phrase that names nobody is one person ("Her daughter", "a witness"), not
    many ("Officials", "police", "staff"): "he" or "she" after it may be that person."""
    words = names.WORD.findall(naming)
    last = words[-1].lower() if words else ""
    return bool(last) and not lexicon.is_plural(last) and last not in lexicon.words("people_groups")


class _Fits:
    """Whether a person may be what a pronoun stands for: "he" and "she" not for one known to take the other."""

    def __init__(self, pronoun: str) -> None:
        self.pronoun = pronoun

    def __call__(self, entity: Entity) -> bool:
        return self.pronoun not in ("he", "she") or entity.gender in (None, self.pronoun)


def _principal(phrase: str, kinds: tuple[str, ...] = ("firm", "person")) -> str:
    """Whom an agent of one of ``kinds`` speaks for: "Ortega Foods' PR firm" -> "Ortega Foods" (data/agent_nouns.tsv)."""
    m = _OWNED.match(phrase)
    return m.group(1) if m and lexicon.table("agent_nouns").get(m.group(2).lower()) in kinds else phrase


def _opens(before: str) -> bool:
    """Whether a pronoun opens its sentence, alone or after the quotation the sentence opens with
    ("He said", "“It was an honour,” he said"): where the subject sieve takes the sentence before's subject."""
    return not before.strip() or _QUOTED_OPENING.fullmatch(before) is not None


def _outlet_before_noun(words: list[str]) -> str | None:
    """The name before an outlet's description at the end of a phrase ("The Nikkei business daily" ->
    "Nikkei", "the Daily Mirror Kenya newspaper" -> "Daily Mirror Kenya"), if only lower-case words follow it."""
    k = len(words)
    while k > 0 and words[k - 1].islower():
        k -= 1
    j = k
    while j > 0 and names.capitalized(words[j - 1]) and words[j - 1].lower() not in lexicon.words("determiners"):
        j -= 1
    name = words[j:k]
    if not (j < k < len(words)) or any(names.capitalized(w) for w in words[:j] if w.lower() not in lexicon.words("determiners")):
        return None
    if any(w[-2:] in ("’s", "'s") for w in name) or (len(name) == 1 and name[0].lower() in lexicon.words("demonyms")):
        return None  # "Ana Ruiz's own newspaper", "the Kenyan daily newspaper": no outlet's name
    return " ".join(name)


def _described_person(before: str) -> list[str] | None:
    """The words of the first description of a person in a clause ("the minister", "the police chief"),
    with "the": a pronoun later in the clause is that person's."""
    for m in _THE_WORDS.finditer(before):
        if before[m.end() : m.end() + 1] in ("’", "'"):
            continue  # "the minister's spokeswoman": the spokeswoman
        words = m.group(1).split()
        for n in range(len(words), 0, -1):
            if names.is_title(words[n - 1]):
                return ["the", *words[:n]]
    return None


def _opening_phrase(before: str) -> bool:
    """Whether ``before`` is a phrase that opens the sentence before its subject, set off by a comma:
    a participle, a preposition's phrase or an adverb ("Speaking to the club's channel, he said",
    "After the match, she said", "Later, he said"), no clause with a subject of its own."""
    phrase = _OPENING_PHRASE.fullmatch(before)
    if phrase is None or any(w.lower() in lexicon.table("auxiliaries") for w in before.split()):
        return False  # "Without a deal the factory would close, she said": a clause, what she said
    first = phrase.group(1).lower()
    return first.endswith("ing") or first in lexicon.words("prepositions") or first in lexicon.words("sentence_adverbs") or first == "asked"


def _spells(acronym: str, role: str) -> bool:
    """Whether a short form spells the initials of a run of a role's words that ends in a title ("CS"
    in "Interior Cabinet Secretary", "DG" in "Director-General", "PM" in "Prime Minister")."""
    words = [w for w in names.role_words(role) if w not in lexicon.words("group_connectors") and w[:1].isalpha()]
    letters = acronym.replace(".", "").lower()
    n = len(letters)
    return any("".join(w[0] for w in words[k : k + n]) == letters and names.is_title(words[k + n - 1]) for k in range(len(words) - n + 1))


def _unexpanded(link: Link | None) -> bool:
    """Whether a short form is known only as itself ("the CS" read alone), not as a group's initials."""
    return link is None or (link.sieve == "exact" and " " not in link.entities[0].name)


def _of_kind(entity: Entity, head: str) -> bool:
    """Whether a group's name says it is what a description calls it, by the name's head: its last word
    before any "of" ("Cleveland Vale Police" is a force, "Communications Workers of America" a union;
    data/group_kinds.tsv); not a word elsewhere in it ("Ministry of Justice" is no court)."""
    kind = lexicon.table("group_kinds").get(head)
    words = [w.lower() for w in entity.words()]
    words = words[: words.index("of")] if "of" in words else words
    return kind is not None and bool(words) and words[-1] in kind.split()


def _holds(roles: list[str], head: str) -> bool:
    """Whether ``head`` is the head of one of an entity's roles or descriptions: its last word before
    any complement ("the island's only operator"; "spokesperson for the Ministry of Foreign Affairs";
    not "council" in "the mayor of Riverton City Council")."""
    return any(_role_head(r) == head for r in roles)


def _role_head(role: str) -> str | None:
    phrase = _head_phrase(names.role_words(role))
    return phrase[-1] if phrase else None


def _head_phrase(words: list[str]) -> list[str]:
    """A role's words before its complement ("former aide" of "former aide to President Tom Baker")."""
    return words[: next((k for k, w in enumerate(words) if k and w in _COMPLEMENT_WORDS), len(words))]


def _named_group(words: list[str]) -> bool:
    """Whether a described group's modifiers are capitalized: "the Ethiopian government", "the Trinidad
    and Tobago government", not "the local police" or "the head of the Garda press office"."""
    middle = words[1:-1] if words[0].lower() == "the" else words[:-1]
    return bool(middle) and all(w[:1].isupper() or w.lower() in lexicon.words("group_connectors") for w in middle)


def _attached(words: list[str]) -> int | None:
    """Where a description's head ends, when what follows attaches another name to it ("The lawyer
    representing Ana Ruiz", "The daughter of the late Ivo Marsh", "Residents who spoke to Ana Ruiz",
    "The company that owns the Daily Star"): the name after it is the head's complement, never the
    speaker. None when the phrase opens with a name or a title ("Minister for Transport Ana Reyes")."""
    lower = [w.lower() for w in words]
    k = 1 if lower[0] in lexicon.words("determiners") else 0
    start = k
    while k < len(words) and (words[k].islower() or (k == start and lower[k] in lexicon.words("people_groups"))) and lower[k] not in _attaching() and not (k > start and lower[k].endswith(("ing", "ed"))):
        k += 1
    if k == start or k >= len(words) - 1 or not (lower[k] in _attaching() or lower[k].endswith(("ing", "ed"))):
        return None
    return k if any(names.capitalized(w) for w in words[k + 1 :]) else None


@cache
def _attaching() -> frozenset[str]:
    """Words that attach a complement to a description: prepositions, relative pronouns, "that"."""
    return lexicon.words("prepositions") | {w for w, kind in names.pronouns().items() if kind == "relative"} | {"that"}


def _unnamed(words: list[str]) -> bool:
    """Whether a phrase names nobody in particular: plural people ("officials", "Police sources",
    "Officials in Ukraine") or an indefinite one ("a source", "another official"); not a group whose
    name ends in a word for people ("the Communications Workers of America", "United Steel Workers"; but
    "Police Sources" are people of the police)."""
    lower = [w.lower() for w in words]
    complement = next((k for k, w in enumerate(lower) if w in ("in", "of", "for", "at", "from", "with")), len(lower))
    main = lower[:complement]
    if not main:
        return False
    if main[0] in lexicon.words("indefinites") or main[-1] in names.counts():
        return True  # "a source", "another official"; "Hundreds", "Thousands of protesters"
    # not "Senior Officials", "Rescue Workers": two words a headline capitalizes
    named = (
        len(main) >= 2 and (len(main) >= 3 or complement < len(lower)) and words[complement - 1][:1].isupper() and words[complement - 2][:1].isupper()
        and main[-2] not in lexicon.words("demonyms") | lexicon.words("determiners") | names.heads()
    )
    return main[-1].rstrip(".") in lexicon.words("people_groups") and not named


def _two(naming: str) -> bool:
    """Whether a phrase joins two sources ("Ana Ruiz and Ivo Marsh", "Ruiz and Marsh", "Brightline Ltd and
    Corvane Holdings"): one name for both would be wrong. Not a group's name with "and" in it ("Trinidad and Tobago government")."""
    if names.pair(naming.split()):
        return True  # "Brightline Ltd and Corvane Holdings"
    parts = [p.split() for p in re.split(r"\sand\s", naming)]  # "&" joins a firm's names: "Procter & Gamble"
    if len(parts) == 2 and all(w.lower() in lexicon.words("portfolio_words") for w in parts[0]):
        return False  # "Treasury and Finance Minister Kemal Ozturk": one role of two portfolios
    return len(parts) == 2 and all(p and p[-1][:1].isupper() and not names.is_group(" ".join(p)) and names.person_name(p)[1] for p in parts)  # not "Minister of Media Affairs and Communications Ana Reyes"


@cache
def _describing() -> frozenset[str]:
    """Heads by which a one-word description names a role or a group: "Minister", "Police"."""
    return names.titles() | lexicon.words("org_heads")


def outlet(text: str, start: int, end: int, url: str | None) -> Relay | None:
    """The relay record of the outlet at ``text[start:end]``, named as written without a leading
    article ("the Coastal Times" -> "Coastal Times"); None when it is the page's own (``told the
    Courier`` on courier.example): a newsroom's own reporters are no relay."""
    mention = text[start:end]
    name = re.sub(r"^(?:the|The|THE)\s+", "", mention).removesuffix("’s").removesuffix("'s")
    named = _NAMED_OUTLET.match(_without_demonym(name))
    if named and named.group(1).lower() not in lexicon.words("outlet_nouns"):  # "state broadcaster NHK", "the weekly magazine Shukan Bunshun": the name after the description; "state TV" is one
        name = named.group(1)
    if url and _own(name, url):
        return None
    return Relay(mention, start, end, name)


def _without_demonym(name: str) -> str:
    """An outlet's description without the nation or place that opens it ("Portuguese broadcaster RTP",
    "Qatar's state news agency QNA"), so that the name after the description is found."""
    first, _, rest = name.partition(" ")
    owner = first.removesuffix("’s").removesuffix("'s")
    return rest if first.lower() in lexicon.words("demonyms") or (owner != first and names.is_place(owner)) else name


def _own(name: str, url: str) -> bool:
    """Whether an outlet's name is the page's host's: every word of the name that is no generic outlet
    word and no place ("Coastal" on coastalcourier.example), the whole name ("Guardian" on
    theguardian.example), or its initials ("ABC" on abc.example) in one of the host's labels; not a
    name that only shares its country with the host ("Gulf Times" on gulfnews.example)."""
    labels = (urlsplit(url).hostname or "").lower().split(".")
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", name)]
    generic = lexicon.words("outlet_heads") | lexicon.words("outlet_nouns") | lexicon.words("demonyms")
    own = [w for w in words if w not in generic and len(w) > 2 and not names.is_place(w)]
    whole = "".join(words)
    return any((own and all(w in label for w in own)) or (whole and whole in label) for label in labels) or "".join(w[0] for w in words) in labels

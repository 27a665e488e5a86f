"""Give each speaker phrase a canonical name, within one document: the fullest proper name the
article gives, or null. A journalist would rather read "unknown" than a wrong name.

- A named phrase keeps its text; its name drops titles, honorifics, ranks and nationalities
  (``German Defense Minister Boris Pistorius`` -> ``Boris Pistorius``, role ``German Defense
  Minister``; ``Insp. Chidi Okafor``; ``Minister for Transport Ana Reyes``).
- A surname alone, ``Mr. Pistorius``, or the first or last words of one longer name seen
  earlier take that name (``alias``). When two people share the surname, the one whose role the
  phrase names, or the last one quoted, else nobody (``ambiguous``).
- ``the minister``, ``the governor``, ``the police chief`` take the person whose role, learned
  from any sentence ("Gov. Kathy Hale", "the premier, Doug Ward,"), holds the description's words;
  ``the ministry`` the last group whose name holds ``ministry``; ``the company`` the last company;
  ``NDMA`` the long name it was given after (``National Disaster Management Authority (NDMA)``).
- ``he``/``she`` take the person named last before them in their sentence, or the person a
  sentence before opened with, else the last person named as a speaker; ``they``/``it`` the last
  group, and nobody after an unnamed one (``pronoun``); ``who`` the name right before its comma
  (``Kevin Albers, who said``), or nobody.
- Plural people ("officials", "Police sources", "Officials in Ukraine"), "a source", "another
  official" name nobody in particular: ``name: None``.
Nothing is carried from one document to the next.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from urllib.parse import urlsplit

from claimledger import identity, lexicon
from claimledger.records import Relay, Speaker, Via

_MEMORY = 200  # names remembered per kind; a pronoun refers to a recent one
_PARENTHETICAL = re.compile(r"\([^()]*\)")  # "(D-Ore.)": an affiliation, not part of the name
_WORD = re.compile(r"[\w.’'/&-]+")  # "7/7 survivor" keeps its slash
_CAPITALIZED = re.compile(r"\b[A-Z][\w’'-]+")
_NAME_BEFORE_COMMA = re.compile(r"((?:[A-Z][\w’'-]*\.?[ \t]+)*[A-Z][\w’'-]*),\s*$")
_APPOSITION = re.compile(r",|\s(?:--|—|–)\s")  # what sets off a role from a name
_SHORT_FORM = re.compile(r"((?:[A-Z][\w’'-]*[ \t]+(?:(?:of|for|and|the|on)[ \t]+)?){1,8}[A-Z][\w’'-]*)[ \t]*\(([A-Z][A-Z&.]{1,9})\)")
_COMMA_ROLE = re.compile(r"\s*,\s*(?:the|a|an)\s+([\w’'.\s-]{2,60}?)\s*[,.]")  # ", the attorney general," after a name
_CLAUSE_CUT = re.compile(r"[,;:]|\b(?:and|but|that|when|while)\b")
_PREFIXED = ("al-", "el-")  # "al-Faisal" is matched as "Faisal"
_LOOK_BACK = 160  # characters before a name where its role may be: nine words and a comma


@cache
def _name_run() -> re.Pattern[str]:
    """Runs of capitalized words, initials ("M.J.") and name particles ("de", "al-") between them."""
    word = r"(?:[A-Z]\.(?:[A-Z]\.)*|[A-Z][\w’'-]*\.?)"
    particles = lexicon.alternation(lexicon.words("name_particles"))
    return re.compile(rf"\b{word}(?:[ \t]+(?:(?:{particles})[ \t]+|(?:al|el)-(?=[A-Z]))?{word})+")


@dataclass
class SpeakerResolver:
    """Remembers who has been named so far in one document."""

    persons: list[str] = field(default_factory=list)  # named as speakers, the last most recent
    groups: list[str] = field(default_factory=list)
    full_names: list[str] = field(default_factory=list)  # named anywhere
    organisations: list[str] = field(default_factory=list)  # named anywhere: what "the company" may be
    roles: dict[str, str] = field(default_factory=dict)  # a person's titles as last seen
    short_forms: dict[str, str] = field(default_factory=dict)  # "NDMA" -> its long name
    last_group: str | None = None  # whom "they" means: the last group spoken of, named or not
    group_spoken: bool = False
    subject: tuple[str, str | None] | None = None  # the person a sentence opens with, and the pronoun an honorific gives
    previous_subject: tuple[str, str | None] | None = None

    def learn_names(self, sentence: str) -> None:
        """Note what a sentence names: full names for surname lookup, their roles (``Gov. Kathy
        Hale``, ``the premier, Doug Ward,``, ``Doug Ward, the premier,``), short forms of groups
        (``National Disaster Management Authority (NDMA)``), and the person it opens with."""
        self.previous_subject, self.subject = self.subject, None
        for run in _name_run().finditer(sentence):
            words = _clean(run.group().split())
            before = sentence[max(0, run.start() - _LOOK_BACK) : run.start()]  # the role words a name follows are near it
            lead = before.split()[-4:]
            if lead and (lead[-1] in ("of", "for", "and", "&") or before.rstrip().endswith(",")):
                while len(words) > 2 and words[0].lower() in lexicon.words("portfolio_words"):
                    words = words[1:]  # "... for Media Affairs Ivo Marsh": the portfolio is the role's
            role, name = _person_name(words)
            if name and _is_group(name):
                group = _group_name(words)
                if group:
                    _remember(self.organisations, group)
                continue
            if not name:
                continue
            if " " in name:
                _remember(self.full_names, name)
                if role and name not in self.roles:
                    self.roles[name] = role
                elif role is None and lead and _is_title(lead[-1]):
                    self.roles[name] = " ".join(lead)  # "head coach Chandika Perera"
                if before.rstrip().endswith(","):
                    segment = _CLAUSE_CUT.split(before.rstrip()[:-1])[-1].strip()
                    if segment and len(segment.split()) <= 9 and any(_is_title(w) for w in segment.split()):
                        self.roles[name] = segment  # "The State Police Commissioner, Olu Ishola,"
                after = _COMMA_ROLE.match(sentence, run.end())
                if after and any(_is_title(w) for w in after.group(1).split()):
                    self.roles.setdefault(name, after.group(1))  # "Kevin Albers, the attorney general,"
            if not before.strip() and run.start() <= _LOOK_BACK:
                honorific = next((w.lower().rstrip(".") for w in words if w.lower().rstrip(".") in _genders()), None)
                if honorific or (role and " " not in name) or " " in name:
                    self.subject = (name, _genders().get(honorific or ""))
        for m in _SHORT_FORM.finditer(sentence) if "(" in sentence else ():
            long_name, short = _group_name(m.group(1).split()), m.group(2).replace(".", "")
            if long_name and _initials(long_name).startswith(short[:2].upper()):
                self.short_forms[short] = long_name

    def resolve(self, text: str, start: int, end: int, before: str = "") -> Speaker:
        """The speaker for the phrase ``text`` at [start, end), resolved against earlier ones;
        ``before`` is its sentence up to the phrase, where ``he`` may find its person
        ("Macron faced criticism after he proposed ...")."""
        naming, appositive = _split_appositive(_PARENTHETICAL.sub(" ", text))
        speaker = self._resolve(naming, text, start, end, before, appositive)
        if appositive and speaker.role is None:
            speaker = _speaker(speaker.text, start, end, speaker.name, speaker.via, appositive)
        if speaker.name and speaker.role and speaker.via == "explicit" and speaker.name in self.persons:
            self.roles[speaker.name] = speaker.role
        return speaker

    def _resolve(self, naming: str, text: str, start: int, end: int, before: str, appositive: str | None) -> Speaker:
        words = _WORD.findall(naming)
        if not words:
            return _speaker(text, start, end, None, "explicit")
        lower = [w.lower() for w in words]
        if len(lower) == 1 and lower[0][-2:] in ("’s", "'s"):
            lower = [lower[0][:-2]]  # "She’s insisting": the pronoun and "is"
        pronoun = _pronouns().get(lower[0]) if len(words) == 1 else None
        if pronoun == "relative":  # "Kevin Albers, who said": the name right before the comma
            name = self._group_before(before) if lower[0] == "which" else self._antecedent(before)
            return _speaker(text, start, end, name, "pronoun")
        if pronoun == "person":
            return _speaker(text, start, end, self._person_pronoun(lower[0], before), "pronoun")
        if pronoun == "group":
            name = self.last_group if self.group_spoken else (self.groups[-1] if self.groups else None)
            return _speaker(text, start, end, name, "pronoun")
        if len(words) == 1 and words[0] in self.short_forms:
            name = self.short_forms[words[0]]
            _remember(self.groups, name)
            self._spoke_of_group(name)
            return _speaker(text, start, end, name, "alias")
        heads = _heads()
        if "percent" in lower or "%" in naming or _unnamed(lower) or self._two(naming):
            self._spoke_of_group(None)  # "officials", "a source", "Ana Ruiz and Ivo Marsh": nobody in particular
            return _speaker(text, start, end, None, "explicit")
        described = all(not _capitalized(w) for w in words[1:]) or not _capitalized(words[-1])  # "the Republican nominee"
        if lower[0] == "the" and len(words) > 1 and all(_is_title(w) or w.lower() in lexicon.words("demonyms") for w in words[1:]):
            described = True  # "the President"
        if lower[0] == "the" and described:  # "the ministry", "the president": the one named so
            head = lower[-1]
            name = next((g for g in reversed(self.groups) if head in g.lower().split()), None)
            if name is None and head in lexicon.words("company_nouns"):
                companies = [g for g in self.groups + self.organisations if g.split()[-1].lower().rstrip(".") in lexicon.words("corporate_suffixes")]
                name = companies[-1] if companies else None
            if name is None:
                name = self._person_by_role(lower)
            return _speaker(text, start, end, name, "alias")
        indefinite = lower[0] in lexicon.words("determiners") or lower[0] in lexicon.words("quantifiers")
        if described and (indefinite or (len(words) > 1 and lower[-1] not in heads)):
            name = None if indefinite else self._person_by_role(lower)  # "Health Minister", "the state's police minister"
            return _speaker(text, start, end, name, "alias" if name else "explicit")
        role, name = _person_name(words)
        titled = role is not None and name is not None and " " in name and not _is_group(name)
        if (any(w in heads for w in lower) or (name and _is_group(name))) and not titled:  # but "Council member Luis Ortega" is a person
            name = _group_name(words)
            if name:
                _remember(self.groups, name)
            self._spoke_of_group(name)
            return _speaker(text, start, end, name, "explicit")
        if not name:
            return _speaker(text, start, end, None, "explicit", role)
        if " " not in name:
            found = self._by_surname(name, " ".join(w for w in (role, appositive) if w))
            if found is not None:
                if found == "":
                    return _speaker(text, start, end, None, "ambiguous", role)
                _remember(self.persons, found)
                return _speaker(text, start, end, found, "alias", role)
        longer = self._longer(name)
        if longer:
            _remember(self.persons, longer)
            return _speaker(text, start, end, longer, "alias", role)
        _remember(self.persons, name)
        return _speaker(text, start, end, name, "explicit", role)

    def _two(self, naming: str) -> bool:
        """Whether a phrase joins two sources ("Ana Ruiz and Ivo Marsh", "Ruiz and Marsh"): one name
        for both would be wrong. Not a group's name with "and" in it ("Trinidad and Tobago government")."""
        parts = [p.split() for p in re.split(r"\s(?:and|&)\s", naming)]
        return len(parts) == 2 and all(p and p[-1][:1].isupper() and not _is_group(" ".join(p)) for p in parts)

    def _spoke_of_group(self, name: str | None) -> None:
        self.last_group, self.group_spoken = name, True

    def _person_pronoun(self, pronoun: str, before: str) -> str | None:
        """``he``/``she``: the person named last in its clause; at a sentence's start, the person the
        sentence before opened with (when an honorific does not say otherwise); else the last speaker."""
        name = self._named_in(before)
        if name is None and not before.strip() and self.previous_subject and pronoun in ("he", "she"):
            subject, gender = self.previous_subject
            if gender in (None, pronoun):
                name = self._by_surname(subject, "") or subject if " " not in subject else subject
        return name or (self.persons[-1] if self.persons else None)

    def _by_surname(self, name: str, role: str) -> str | None:
        """The one full name seen whose surname ``name`` is; "" when two fit and neither the role
        words nor the last speaker decides; None when none does."""
        known = self.persons + self.full_names
        fits = list(dict.fromkeys(p for p in reversed(known) if " " in p and _bare(_surname(p)) == _bare(name)))
        if len(fits) <= 1:
            return fits[0] if fits else None
        words = {_full_title(w) for w in re.findall(r"[\w.]+", role.lower())}
        by_role = [p for p in fits if words & {_full_title(w) for w in re.findall(r"[\w.]+", self.roles.get(p, "").lower())}]
        if len(by_role) == 1:
            return by_role[0]
        if self.persons and self.persons[-1] in fits:
            return self.persons[-1]
        return ""

    def _longer(self, name: str) -> str | None:
        """The one longer name of a speaker or a titled person whose first or last words ``name``
        is ("Ismail Sabri" -> "Ismail Sabri Yaakob"), if exactly one."""
        words = name.split()
        longer = {
            p
            for p in self.persons + self.full_names
            if (p in self.persons or p in self.roles) and len(p.split()) > len(words) and words in (p.split()[: len(words)], p.split()[-len(words) :])
        }
        return longer.pop() if len(longer) == 1 else None

    def _person_by_role(self, lower: list[str]) -> str | None:
        """The person whose role holds a description's head and the most of its other words: "the
        minister", "the police commissioner", "the county boss" (a generic head needs a word of its
        role besides); of two such, the one who spoke last, else nobody."""
        words = [_full_title(w.rstrip(".").replace("’s", "").replace("'s", "")) for w in lower if w != "the"]
        if not words:
            return None
        head, modifiers = words[-1], [w for w in words[:-1] if w not in ("former", "new", "top", "senior")]
        generic = head in lexicon.words("generic_role_heads")
        if head not in _titles() and not generic:
            return None
        fits: dict[str, int] = {}  # most recent first: the words of the description each role holds
        for p in list(reversed(self.persons)) + [p for p in reversed(self.full_names) if p not in self.persons]:
            role_words = [_full_title(w.lower().rstrip(".,")) for w in re.split(r"[\s-]+", self.roles.get(p, "")) if w]
            if role_words and (generic or head in role_words):
                hits = sum(m in role_words for m in modifiers)
                if hits or not generic:
                    fits[p] = hits
        if not fits:
            return None
        most = max(fits.values())
        best = [p for p, hits in fits.items() if hits == most]
        if len(best) == 1:
            return best[0]
        return next((p for p in best if p in self.persons), None)  # two of that title: the one who spoke last, if either did

    def _group_before(self, before: str) -> str | None:
        """What a relative ``which`` follows: the name that ends ``before`` at its comma
        (``the regulator, which``), remembered as a group."""
        run = _NAME_BEFORE_COMMA.search(before)
        if run is None:
            return None
        name = _group_name(run.group(1).split())
        if name:
            _remember(self.groups, name)
        return name

    def _antecedent(self, before: str) -> str | None:
        """The person a relative ``who`` follows: a full name that ends ``before`` at its comma
        (``Kevin Albers, who``), or a surname of one seen earlier; never the last person named
        elsewhere, and no single unknown word ("Republicans, who")."""
        run = _NAME_BEFORE_COMMA.search(before)
        _, name = _person_name(run.group(1).split()) if run else (None, None)
        if name is None:
            return None
        if " " in name:
            return name
        return self._by_surname(name, "") or None

    def _named_in(self, before: str) -> str | None:
        """The person named last in ``before`` by a name or surname seen in the document, when a
        word joins the pronoun to that clause ("after he proposed"); after a comma ("After
        meeting Scholz, he said") the name is in another clause and is not taken."""
        if not before.rstrip()[-1:].isalpha():
            return None
        known = self.persons + self.full_names
        for word in reversed(_CAPITALIZED.findall(before)):
            full = next((p for p in reversed(known) if p == word or _bare(_surname(p)) == _bare(word)), None)
            if full:
                return full
        return None


def _speaker(text: str, start: int, end: int, name: str | None, via: Via, role: str | None = None) -> Speaker:
    return Speaker(text, start, end, name, identity.key(name), via, role)


def _unnamed(lower: list[str]) -> bool:
    """Whether a phrase names nobody in particular: plural people ("officials", "Police sources",
    "Officials in Ukraine") or an indefinite one ("a source", "another official")."""
    complement = next((k for k, w in enumerate(lower) if w in ("in", "of", "for", "at", "from", "with")), len(lower))
    main = lower[:complement]
    return bool(main) and (main[0] in lexicon.words("indefinites") or main[-1].rstrip(".") in lexicon.words("people_groups"))


def _split_appositive(text: str) -> tuple[str, str | None]:
    """``Carl Weber, the attorney general`` -> (``Carl Weber``, ``the attorney general``):
    the part that names someone, and the rest as the role (set off by commas or dashes:
    ``Ann Kall -- co-editor of ...``)."""
    parts = [p.strip() for p in _APPOSITION.split(text) if p.strip()]
    if len(parts) < 2:
        return text, None
    named = next((p for p in parts if _person_name(_WORD.findall(p))[1]), parts[0])
    role = ", ".join(p for p in parts if p is not named)
    return named, role or None


def _remember(names: list[str], name: str) -> None:
    """Keep a name as the most recent; forget the oldest past ``_MEMORY`` so a long document stays small."""
    if name in names:
        names.remove(name)
    names.append(name)
    if len(names) > _MEMORY:
        del names[0]


def _group_name(words: list[str]) -> str | None:
    """A group's name is its phrase without a leading article or honorific, if it names anyone in particular."""
    determined = words[0].lower() in lexicon.words("determiners")
    if determined:
        words = words[1:]
    while words and words[0].lower().rstrip(".") in lexicon.words("honorifics"):
        words = words[1:]  # "Mr Ramaphosa's office"
    if not any(w[:1].isupper() for w in words):
        return None
    if len(words) == 1 and not determined and words[0].lower() in _heads():
        return None  # "Officials" or "Police" alone names nobody in particular; "the Kremlin" does
    return " ".join(words)


def _is_group(name: str) -> bool:
    """Whether a name is an organisation's: a word of an organisation or a company's suffix in it."""
    return any(w.lower().rstrip(".") in _heads() for w in name.split())


def _clean(words: list[str]) -> list[str]:
    """A run of capitalized words as a name is written: without the sentence's stop, a possessive
    or letters after the name ("Roderic Byrne TD")."""
    words = list(words)
    if len(words[-1]) > 2 and words[-1].endswith("."):
        words[-1] = words[-1][:-1]  # the sentence's stop, not an initial: "met Dana Whitfield."
    if words[-1][-2:] in ("’s", "'s"):
        words[-1] = words[-1][:-2]
    while len(words) > 2 and words[-1].lower().rstrip(".") in lexicon.words("post_nominals"):
        words = words[:-1]
    return words


def _surname(full: str) -> str:
    """The surname of a full name, without a generational suffix ("Vicente Ortiz III" -> "Ortiz")."""
    words = full.split()
    if len(words) > 2 and words[-1].lower().rstrip(".") in lexicon.words("generational_suffixes"):
        words = words[:-1]
    return words[-1]


def _bare(word: str) -> str:
    """A surname as matched: without "al-"/"el-" ("al-Faisal" and "Faisal" are one)."""
    return word[3:] if word.lower().startswith(_PREFIXED) else word


def _capitalized(word: str) -> bool:
    """A word of a name: capitalized, or a particle ("de", "al-Faisal")."""
    lower = word.lower()
    return word[:1].isupper() or lower in lexicon.words("name_particles") or (lower.startswith(_PREFIXED) and word[3:4].isupper())


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _is_title(word: str) -> bool:
    """A title, honorific or rank, also hyphenated ("Lt-Gen.")."""
    w = word.lower().rstrip(".")
    return w in _titles() or ("-" in w and all(p.rstrip(".") in _titles() for p in w.split("-") if p))


def _full_title(word: str) -> str:
    """A title's full word for its short form ("gov" -> "governor")."""
    return lexicon.table("title_abbreviations").get(word.rstrip("."), word)


@cache
def _heads() -> frozenset[str]:
    """Head nouns of a group's name: an organisation's, people's in general, a company's suffix."""
    return lexicon.words("org_heads") | lexicon.words("people_groups") | lexicon.words("corporate_suffixes")


@cache
def _ordinary() -> frozenset[str]:
    """Words that open a phrase but no name: "The", "Several", "Meanwhile"."""
    return lexicon.words("determiners") | lexicon.words("quantifiers") | lexicon.words("not_names") | lexicon.words("sentence_starters")


@cache
def _titles() -> frozenset[str]:
    """Words of a role before a name: titles, nationalities, honorifics and ranks."""
    return lexicon.words("titles") | lexicon.words("demonyms") | lexicon.words("honorifics")


@cache
def _pronouns() -> dict[str, str]:
    """Every pronoun a speaker phrase may be, subject or object, and whom it refers to."""
    return {**lexicon.table("pronouns"), **lexicon.table("object_pronouns")}


@cache
def _genders() -> dict[str, str]:
    return lexicon.table("gendered_honorifics")


def _person_name(words: list[str]) -> tuple[str | None, str | None]:
    """(role, name): the titles before a name, and the name up to any ``of`` phrase. Honorifics
    and ranks are titles (``Insp.``, ``Shri``, ``Dr``): they go to the role, never into the name;
    but in ``Mr. King`` the last word is the name."""
    while words and words[0].lower() in _ordinary():
        words = words[1:]  # "The", "Several": not the start of a name
    # The role runs to the last title word: "Transport Minister Tom Green" -> "Transport Minister".
    i = 0
    for k, word in enumerate(words):
        if not word[:1].isupper() and word.lower() not in _titles():
            break
        if _is_title(word):
            i = k + 1
    if i == len(words) >= 2 and words[-1][:1].isupper() and words[-2].lower().rstrip(".") in lexicon.words("honorifics"):
        i -= 1  # "Mr. King"
    j = i
    while j < len(words) and _capitalized(words[j]):
        j += 1
    while j > i and words[j - 1].lower() in lexicon.words("name_particles"):
        j -= 1  # a particle ends no name
    if j < len(words):  # "Liberal leadership candidate Ivo Marsh": the full name ends the phrase
        k = len(words)
        while k > j and _capitalized(words[k - 1]):
            k -= 1
        if len(words) - k >= 2 and words[k - 1].lower() not in lexicon.words("prepositions"):
            i, j = k, len(words)
    role = " ".join(words[:i]) or None
    name = " ".join(words[i:j]) or None
    if name is None:
        return _name_at_end(words)
    return role, name


def _name_at_end(words: list[str]) -> tuple[str | None, str | None]:
    """(role, name) of a phrase whose name comes last, after a role with lower-case words in it:
    "central bank chief economist Lena Varga"; "the Deputy Director of Health Dr Samuel Otieno"
    (after the last title of the run); "Minister for Regional Development Ana Reyes" (a portfolio
    before a full name: the role's). Not "a spokeswoman for Acme Corp": no one is named there."""
    k = len(words)
    while k > 0 and _capitalized(words[k - 1]):
        k -= 1
    run = words[k:]
    titled = [n for n, w in enumerate(run) if _is_title(w)]
    if titled and len(run) - titled[-1] - 1 >= 2:  # "... Health Dr Samuel Otieno"
        cut = k + titled[-1] + 1
        return " ".join(words[:cut]), " ".join(words[cut:])
    after_preposition = k > 0 and words[k - 1].lower() in lexicon.words("prepositions")
    if after_preposition and _is_title(words[0]) and len(run) >= 3:  # "Minister for Transport Ana Reyes"
        given = k
        while given < len(words) - 2 and words[given].lower() in lexicon.words("portfolio_words"):
            given += 1
        if given == k:
            given = len(words) - 2
            while given > k and len(words[given].rstrip(".")) == 1:  # initials: "Arun K. Mehta"
                given -= 1
        return " ".join(words[:given]), " ".join(words[given:])
    if len(run) >= 2 and k > 0 and not after_preposition:
        return " ".join(words[:k]), " ".join(run)
    return None, None


def outlet(text: str, start: int, end: int, url: str | None) -> Relay | None:
    """The relay record of the outlet at ``text[start:end]``, named as written without a leading
    article ("the Coastal Times" -> "Coastal Times"); None when it is the page's own (``told the
    Courier`` on courier.example): a newsroom's own reporters are no relay."""
    mention = text[start:end]
    name = re.sub(r"^(?:the|The|THE)\s+", "", mention).removesuffix("’s").removesuffix("'s")
    if url and _own(name, url):
        return None
    return Relay(mention, start, end, name)


def _own(name: str, url: str) -> bool:
    """Whether an outlet's name is the page's host's: a word of the name that is not a generic
    outlet word ("Coastal" on coastalcourier.example), the whole name ("Guardian" on
    theguardian.example), or its initials ("ABC" on abc.example) in one of the host's labels."""
    labels = (urlsplit(url).hostname or "").lower().split(".")
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", name)]
    heads = lexicon.words("outlet_heads") | lexicon.words("outlet_nouns")
    parts = [w for w in words if w not in heads and len(w) > 2] + ["".join(words)]
    return any(p and p in label for p in parts for label in labels) or "".join(w[0] for w in words) in labels

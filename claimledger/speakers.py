"""Give each speaker phrase a canonical name, within one document.

- A named phrase keeps its text; its name drops titles, nationalities and a
  leading article (``German Defense Minister Boris Pistorius`` -> ``Boris
  Pistorius``, role ``German Defense Minister``).
- A surname alone, or ``Mr. Pistorius``, takes the full name seen earlier (``alias``).
- ``he``/``she`` take the person named last before them in their sentence, else the
  last person named as a speaker; ``they``/``it`` the last group (``pronoun``);
  ``who`` the name right before its comma (``Kevin Kopp, who said``), or nobody.
- ``the ministry`` takes the last group whose name holds ``ministry`` (``alias``).
What cannot be resolved keeps its text and ``name: None``; nothing is carried
from one document to the next.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from claimledger import identity, lexicon
from claimledger.records import Relay, Speaker, Via

_MEMORY = 200  # names remembered per kind; a pronoun refers to a recent one
_PARENTHETICAL = re.compile(r"\([^()]*\)")  # "(D-Ore.)": an affiliation, not part of the name
_WORD = re.compile(r"[\w.’'/-]+")  # "7/7 survivor" keeps its slash
_CAPITALIZED = re.compile(r"\b[A-Z][\w’'-]+")
_NAME_BEFORE_COMMA = re.compile(r"((?:[A-Z][\w’'-]*\.?[ \t]+)*[A-Z][\w’'-]*),\s*$")
_APPOSITION = re.compile(r",|\s(?:--|—|–)\s")  # what sets off a role from a name
_NAME_RUN = re.compile(r"\b[A-Z][\w’'-]*\.?(?:[ \t]+[A-Z][\w’'-]*\.?)+")


@dataclass
class SpeakerResolver:
    """Remembers who has been named so far in one document."""

    persons: list[str] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)
    full_names: list[str] = field(default_factory=list)
    roles: dict[str, str] = field(default_factory=dict)  # a person's titles as last seen

    def learn_names(self, sentence: str) -> None:
        """Note full names (two or more capitalized words after any titles) for surname lookup."""
        for run in _NAME_RUN.finditer(sentence):
            words = run.group().split()
            if len(words[-1]) > 2 and words[-1].endswith("."):
                words[-1] = words[-1][:-1]  # the sentence's stop, not an initial: "met Dana Whitfield."
            _, name = _person_name(words)
            if name and " " in name:
                _remember(self.full_names, name)

    def resolve(self, text: str, start: int, end: int, before: str = "") -> Speaker:
        """The speaker for the phrase ``text`` at [start, end), resolved against earlier ones;
        ``before`` is its sentence up to the phrase, where ``he`` may find its person
        ("Macron faced criticism after he proposed ...")."""
        naming, appositive = _split_appositive(_PARENTHETICAL.sub(" ", text))
        speaker = self._resolve(naming, text, start, end, before)
        if appositive and speaker.role is None:
            speaker = _speaker(speaker.text, start, end, speaker.name, speaker.via, appositive)
        if speaker.name and speaker.role and speaker.via == "explicit" and speaker.name in self.persons:
            self.roles[speaker.name] = speaker.role
        return speaker

    def _resolve(self, naming: str, text: str, start: int, end: int, before: str) -> Speaker:
        words = _WORD.findall(naming)
        if not words:
            return _speaker(text, start, end, None, "explicit")
        lower = [w.lower() for w in words]
        pronouns = lexicon.table("pronouns")
        if len(lower) == 1 and lower[0][-2:] in ("’s", "'s") and lower[0][:-2] in pronouns:
            lower = [lower[0][:-2]]  # "She’s insisting": the pronoun and "is"
        if len(words) == 1 and lower[0] in pronouns:
            if pronouns[lower[0]] == "relative":  # "Kevin Kopp, who said": the name right before the comma
                name = self._group_before(before) if lower[0] == "which" else self._antecedent(before)
                return _speaker(text, start, end, name, "pronoun")
            if pronouns[lower[0]] == "person":
                return _speaker(text, start, end, self._named_in(before) or (self.persons[-1] if self.persons else None), "pronoun")
            return _speaker(text, start, end, self.groups[-1] if self.groups else None, "pronoun")
        if "percent" in lower or "%" in naming:
            return _speaker(text, start, end, None, "explicit")  # "Just 18 percent of rural voters": a share of people polled
        heads = lexicon.words("org_heads")
        generic = all(not w[:1].isupper() for w in words[1:])
        described = generic or not words[-1][:1].isupper()  # a common noun at the head: "the Republican nominee"
        if lower[0] == "the" and described:  # "the ministry", "the president": the last one named so
            head = lower[-1]
            name = next((g for g in reversed(self.groups) if head in g.lower().split()), None)
            if name is None and head in lexicon.words("titles"):
                name = next((p for p in reversed(self.persons) if head in self.roles.get(p, "").lower().split()), None)
            return _speaker(text, start, end, name, "alias")
        indefinite = lower[0] in lexicon.words("determiners") | lexicon.words("quantifiers")
        if described and (indefinite or (len(words) > 1 and lower[-1] not in heads)):
            return _speaker(text, start, end, None, "explicit")  # "a source", "a Homeland Security official": nobody named
        role, name = _person_name(words)
        titled = role is not None and name is not None and " " in name and not any(w.lower() in heads for w in name.split())
        if any(w in heads for w in lower) and not titled:  # but "Council member Luis Ortega" is a person
            name = _group_name(words)
            if name:
                _remember(self.groups, name)
            return _speaker(text, start, end, name, "explicit")
        if not name:
            return _speaker(text, start, end, None, "explicit", role)
        if " " not in name:
            known = self.persons + self.full_names
            full = next((p for p in reversed(known) if " " in p and p.split()[-1] == name), None)
            if full:
                _remember(self.persons, full)
                return _speaker(text, start, end, full, "alias", role)
        _remember(self.persons, name)
        return _speaker(text, start, end, name, "explicit", role)

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
        (``Kevin Kopp, who``), or a surname of one seen earlier; never the last person named
        elsewhere, and no single unknown word ("Republicans, who")."""
        run = _NAME_BEFORE_COMMA.search(before)
        _, name = _person_name(run.group(1).split()) if run else (None, None)
        if name is None:
            return None
        known = self.persons + self.full_names
        full = next((p for p in reversed(known) if " " in p and p.split()[-1] == name), None)
        return full or (name if " " in name else None)

    def _named_in(self, before: str) -> str | None:
        """The person named last in ``before`` by a name or surname seen in the document, when a
        word joins the pronoun to that clause ("after he proposed"); after a comma ("After
        meeting Scholz, he said") the name is in another clause and is not taken."""
        if not before.rstrip()[-1:].isalpha():
            return None
        known = self.persons + self.full_names
        for word in reversed(_CAPITALIZED.findall(before)):
            full = next((p for p in reversed(known) if p == word or p.split()[-1] == word), None)
            if full:
                return full
        return None


def _speaker(text: str, start: int, end: int, name: str | None, via: Via, role: str | None = None) -> Speaker:
    return Speaker(text, start, end, name, identity.key(name), via, role)


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
    """A group's name is its phrase without a leading article, if it names anyone in particular."""
    determined = words[0].lower() in lexicon.words("determiners")
    if determined:
        words = words[1:]
    if not any(w[:1].isupper() for w in words):
        return None
    if len(words) == 1 and not determined and words[0].lower() in lexicon.words("org_heads"):
        return None  # "Officials" or "Police" alone names nobody in particular; "the Kremlin" does
    return " ".join(words)


def _person_name(words: list[str]) -> tuple[str | None, str | None]:
    """(role, name): the titles before a name, and the name up to any ``of`` phrase."""
    titles = lexicon.words("titles") | lexicon.words("demonyms")
    ordinary = lexicon.words("determiners") | lexicon.words("quantifiers") | lexicon.words("not_names") | lexicon.words("sentence_starters")
    while words and words[0].lower() in ordinary:
        words = words[1:]  # "The", "Several": not the start of a name
    # The role runs to the last title word: "Transport Minister Tom Green" -> "Transport Minister".
    i = 0
    for k, word in enumerate(words):
        if not word[:1].isupper() and word.lower() not in titles:
            break
        if word.lower().rstrip(".") in titles:
            i = k + 1
    j = i
    while j < len(words) and words[j][:1].isupper():
        j += 1
    if j < len(words):  # "Liberal leadership candidate Ivo Marsh": the full name ends the phrase
        k = len(words)
        while k > j and words[k - 1][:1].isupper():
            k -= 1
        if len(words) - k >= 2 and words[k - 1].lower() not in lexicon.words("prepositions"):
            i, j = k, len(words)
    role = " ".join(words[:i]) or None
    name = " ".join(words[i:j]) or None
    if name is None:  # "central bank chief economist Lena Varga": a role in lower case, then a full name
        k = len(words)
        while k > 0 and words[k - 1][:1].isupper():
            k -= 1
        if len(words) - k >= 2 and k > 0 and words[k - 1].lower() not in lexicon.words("prepositions"):  # not "a spokeswoman for Acme Corp"
            return " ".join(words[:k]), " ".join(words[k:])
    return role, name


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

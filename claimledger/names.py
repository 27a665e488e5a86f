"""How a name is written: the role and the name in a phrase, a group's name, a surname, initials.

Pure functions over words, shared by the document's entities (claimledger.entities) and the
speaker resolver (claimledger.speakers). A role keeps titles, honorifics, ranks and nationalities
(``German Defense Minister``); the name keeps none of them (``Boris Pistorius``).
"""

from __future__ import annotations

import re
from functools import cache

from claimledger import lexicon

PARENTHETICAL = re.compile(r"\([^()]*\)")  # "(D-Ore.)": an affiliation, not part of the name
WORD = re.compile(r"[\w.’'/&-]+")  # "7/7 survivor" keeps its slash
_HYPHENED = re.compile(r"[A-Z][\w.’']*(?:-[\w.’']+)*-[a-z]+ed")  # "London-based", "Nasdaq-listed", "State-owned": a modifier
_APPOSITION = re.compile(r",|\s(?:--|—|–|-)\s")  # what sets off a role from a name
_PREFIXED = ("al-", "el-")  # "al-Faisal" is matched as "Faisal"
_POSSESSIVE = ("’s", "'s")
_RELATIVES = ("who", "which", "that", "whose", "whom")  # a relative clause describes; it names nobody


@cache
def name_run() -> re.Pattern[str]:
    """Runs of capitalized words, initials ("M.J.") and name particles ("de", "al-") between them."""
    word = r"(?:[A-Z]\.(?:[A-Z]\.)*|[A-Z][a-z]{0,3}\.|[A-Z][\w’'-]*)"  # an initial, a short form ("Gov."), a word
    particles = lexicon.alternation(lexicon.words("name_particles"))
    return re.compile(rf"\b{word}(?:[ \t]+(?:(?:{particles})[ \t]+)*(?:(?:al|el)-(?=[A-Z]))?{word})+")


@cache
def group_run() -> re.Pattern[str]:
    """Runs of capitalized words that a group's name may join with small words (data/group_connectors.txt:
    "Automobile Club of Southern Ontario", "Trinidad and Tobago government") or a possessive ("People's
    National Party", "Lagos State Police Command's Rapid Response Squad"), and a lower-case head noun
    after them ("the Ethiopian government"); no weekday or month after a small word ("Ministry on Tuesday")."""
    word = r"(?:[A-Z]\.(?:[A-Z]\.)*|[A-Z][a-z]{0,3}\.|[A-Z][\w’'&-]*)"
    joins = lexicon.alternation(lexicon.words("group_connectors"))
    heads = lexicon.alternation(lexicon.words("org_heads"))
    dates = lexicon.alternation({w.capitalize() for w in [*lexicon.table("weekdays"), *lexicon.table("months")]})
    return re.compile(rf"\b{word}(?:[ \t]+(?:(?:{joins})[ \t]+(?!(?:{dates})\b))*{word})*(?:[ \t]+(?:{heads})\b)?")


@cache
def _nickname() -> re.Pattern[str]:
    """A word or two in quotation marks between a capitalized word and the rest of a name, a capitalized
    word or a particle (data/name_particles.txt): ``Rodolfo "Dodong" Villareal``, ``Ronald 'Bato' dela Rosa``."""
    particles = lexicon.alternation(lexicon.words("name_particles"))
    word = r"[A-Z][\w.’'-]*"
    return re.compile(rf"\b({word})([ \t]+[“\"‘']{word}(?:[ \t]{word})?[”\"’'])(?=[ \t]+(?:[A-Z]|(?:{particles})\b))")


def without_nicknames(text: str) -> str:
    """``text`` with each nickname quoted inside a name blanked out, its offsets kept (``Senator Rodolfo
    "Dodong" Villareal`` is read as Rodolfo Villareal, the name the text gives him). A quoted word inside
    a title-case headline is blanked too; no name is read in one (claimledger.entities)."""
    if not any(mark in text for mark in ("'", '"', "‘", "“")):
        return text
    return _nickname().sub(lambda m: m.group(1) + " " * len(m.group(2)), text)


def without_modifiers(words: list[str]) -> list[str]:
    """A phrase without the hyphened participles that describe a name before it ("Nasdaq-listed Vantor
    Systems", "the London-based Halvorsen Ferries"): no word of the name."""
    return [w for k, w in enumerate(words) if not (_HYPHENED.fullmatch(w) and k + 1 < len(words) and words[k + 1][:1].isupper())]


def clean(words: list[str]) -> list[str]:
    """A run of capitalized words as a name is written: without the sentence's stop, a possessive
    or letters after the name ("Roderic Byrne TD"), a weekday after it ("Ana Ruiz Sunday"), or what a
    headline runs on with after a reporting verb ("Ana Ruiz Says Talks Failed" -> "Ana Ruiz"; but
    "Consumer Reports" ends in the verb and keeps it)."""
    words = without_modifiers(list(words))
    verb = next((k for k, w in enumerate(words[1:-1], 1) if w[:1].isupper() and w.lower() in _headline_verbs()), None)
    if verb is not None:
        words = words[:verb]
    while len(words) > 1 and words[-1].lower() in lexicon.table("weekdays"):
        words = words[:-1]
    if len(words[-1]) > 2 and words[-1].endswith("."):
        words[-1] = words[-1][:-1]  # the sentence's stop, not an initial: "met Dana Whitfield."
    if words[-1][-2:] in _POSSESSIVE:
        words[-1] = words[-1][:-2]
    while len(words) > 2 and words[-1].lower().rstrip(".") in lexicon.words("post_nominals"):
        words = words[:-1]
    return words


def person_name(words: list[str]) -> tuple[str | None, str | None]:
    """(role, name): the titles before a name, and the name up to any ``of`` phrase. Honorifics
    and ranks are titles (``Insp.``, ``Shri``, ``Dr``): they go to the role, never into the name;
    but in ``Mr. King`` the last word is the name."""
    while words and words[0].lower() in ordinary() and not (words[0].lower() in _numbers() and len(words) > 1 and capitalized(words[1])):
        words = words[1:]  # "The", "Several", "Half of": not the start of a name; but "Nine News", "Ten Downing Street"
    owner = next((k for k in range(len(words) - 3, -1, -1) if words[k][-2:] in _POSSESSIVE or words[k][-2:] in ("s'", "s’")), None)
    if owner is not None and all(capitalized(w) for w in words[owner + 1 :]):  # "CNN's Jake Tapper", "Portugal's Atlântica Cargo"
        role, name = person_name(words[owner + 1 :])
        return " ".join([*words[: owner + 1], *([role] if role else [])]), name
    honorific = next((k for k in range(len(words) - 3, 0, -1) if words[k].lower().rstrip(".") in lexicon.words("honorifics")), None)
    if honorific is not None and all(capitalized(w) for w in words[honorific + 1 :]):
        return " ".join(words[: honorific + 1]), " ".join(words[honorific + 1 :])  # "... Member for Health Dr Grace Achieng"
    # The role runs to the last title word: "Transport Minister Tom Green" -> "Transport Minister".
    i = 0
    for k, word in enumerate(words):
        if not word[:1].isupper() and word.lower() not in titles():
            break
        if k > 0 and _given(words[k - 1]) and not is_title(words[k - 1]):
            break  # "Charlie King", "Peter T. King", "Mark Cuban": a title after a given name is a surname
        if k == 0 and len(words) == 2 and _given(word) and capitalized(words[1]) and not is_title(words[1]):
            break  # "Dean Walsh": a given name that is also a title, before a surname alone
        if is_title(word) or (k == 0 and len(words) > 2 and word.lower() in lexicon.words("occupations")):
            i = k + 1  # "Lawyer Femi Bello": an occupation opening the phrase is the role's
    if i == len(words) >= 2 and words[-1][:1].isupper() and words[-2].lower().rstrip(".") in lexicon.words("honorifics"):
        i -= 1  # "Mr. King"
    placed = next((k for k in range(i) if is_place(" ".join(words[k : i + 1]))), None) if 0 < i < len(words) else None
    if placed is not None:
        i = placed  # "Sri Lanka Cricket": a place that opens the name, though its first word is an honorific
    j = i
    while j < len(words) and capitalized(words[j]):
        j += 1
    while j > i and words[j - 1].lower() in lexicon.words("name_particles"):
        j -= 1  # a particle ends no name
    if j < len(words):  # "Liberal leadership candidate Ivo Marsh": the full name ends the phrase
        k = len(words)
        while k > j and capitalized(words[k - 1]):
            k -= 1
        between = words[j:k]
        described = len(words) - k == 1 and between and all(w.islower() and w not in _joins() for w in between)
        if (len(words) - k >= 2 or described) and words[k - 1].lower() not in lexicon.words("prepositions"):
            i, j = k, len(words)  # "Band member Flea": a name, a noun it qualifies, and the one it names
    role = " ".join(words[:i]) or None
    name = " ".join(words[i:j]) or None
    if name is None or (j < len(words) and words[j - 1][-2:] in _POSSESSIVE):
        return _name_at_end(words)  # "Ruiz's biggest boosters in Ohio": the boosters speak, not Ruiz
    if role and " " in name:
        role, name = _portfolio(role, name)
    return role, name


def _portfolio(role: str, name: str) -> tuple[str, str]:
    """A portfolio that runs on from a title into the name belongs to the role: "Minister of State for
    Media Affairs and Communications Mohammad Al Momani" -> name "Mohammad Al Momani"."""
    words = name.split()
    given = 0
    while len(words) - given > 2 and words[given].lower() in lexicon.words("portfolio_words"):
        given += 1
    if given == 0:
        return role, name
    return f"{role} {' '.join(words[:given])}", " ".join(words[given:])


def _name_at_end(words: list[str]) -> tuple[str | None, str | None]:
    """(role, name) of a phrase whose name comes last, after a role with lower-case words in it:
    "central bank chief economist Lena Varga"; "the Deputy Director of Health Dr Samuel Otieno"
    (after the last title of the run); "Minister for Regional Development Ana Reyes" (a portfolio
    before a full name: the role's). Not "a spokeswoman for Acme Corp": no one is named there."""
    k = len(words)
    while k > 0 and capitalized(words[k - 1]):
        k -= 1
    run = words[k:]
    titled = [n for n, w in enumerate(run) if is_title(w)]
    if titled and len(run) - titled[-1] - 1 >= 2:  # "... Health Dr Samuel Otieno"
        cut = k + titled[-1] + 1
        return " ".join(words[:cut]), " ".join(words[cut:])
    after_preposition = k > 0 and words[k - 1].lower() in lexicon.words("prepositions") | lexicon.words("group_connectors")
    if after_preposition and is_acronym(run[0]) and len(run) >= 3 and looks_personal(" ".join(run[1:])):
        return " ".join(words[: k + 1]), " ".join(run[1:])  # "Pakistan director at HRW Ali Dayan Hasan"
    if after_preposition and is_title(words[0]) and len(run) >= 3:  # "Minister for Transport Ana Reyes"
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


def group_name(words: list[str]) -> str | None:
    """A group's name is its phrase from its first capitalized word, without a leading article,
    honorific, description ("Washington law firm Phillips & Cohen LLP") or the place that owns it
    ("India's Economic Times"), and without a lower-case head after a name that is no place's ("the
    Human Rights Watch organization"; but "the Ethiopian government"); None if it names nobody in particular."""
    determined = bool(words) and words[0].lower() in lexicon.words("determiners")
    first = next((k for k, w in enumerate(words) if w[:1].isupper() and w.lower() not in lexicon.words("determiners")), None)
    if first is None or (first > 0 and words[first - 1].lower() in lexicon.words("prepositions")):
        return None  # "guards at the building in Nairobi": the name is a complement's
    words = words[first:]
    while len(words) > 1 and words[0].lower() in ordinary():
        words = words[1:]  # "As Politico reported", "Yet Bloomberg said": the sentence's word, not the name's
    while words and words[0].lower().rstrip(".") in lexicon.words("honorifics") and not is_place(" ".join(words[:2])):
        words = words[1:]  # "Mr Ramaphosa's office"; but "the Sri Lanka Cricket board"
    lower = next((k for k, w in enumerate(words) if not capitalized(w) and w.lower() not in lexicon.words("group_connectors")), None)
    if lower is not None and 0 < lower < len(words) - 1 and words[lower] == "in" and words[lower - 1].lower() in heads() and all(capitalized(w) for w in words[lower + 1 :]):
        lower = None  # "the U.S. Embassy in Mexico City": where the group is, part of its name
    if lower is not None and lower < len(words) - 1:
        joins = lexicon.words("group_connectors")
        later = next((k for k in range(len(words) - 1, lower, -1) if not capitalized(words[k - 1]) and words[k - 1].lower() not in joins and capitalized(words[k])), None)
        if later is not None:
            words = words[later:]  # "Washington law firm Phillips & Cohen LLP"
    owner = next((k for k, w in enumerate(words[:-2]) if w[-2:] in _POSSESSIVE), None)
    if owner is not None and is_place(" ".join(words[: owner + 1])[:-2]):
        words = words[owner + 1 :]  # "Canada's BlackBerry Ltd", "Hong Kong's Oriental Daily News"
    if len(words) > 2 and words[-1].islower() and words[-1] in heads() and not _is_place_or_demonym(" ".join(words[:-1])):
        words = words[:-1]  # "Human Rights Watch organization"
    while len(words) > 1 and is_title(words[-1]) and words[-1].lower() not in heads():
        words = words[:-1]  # "Dubai Police Chief, Lt-Gen. ...": the chief is a person
    if not words or (len(words) == 1 and not determined and words[0].lower() in heads()):
        return None  # "Officials" or "Police" alone names nobody in particular; "the Kremlin" does
    return " ".join(words)


def pair(words: list[str]) -> tuple[list[str], list[str]] | None:
    """The two groups a run joins with "and" or "&", each ending in its own head or suffix ("Brightline
    Ltd and Corvane Holdings"); None for one group's name ("Trinidad and Tobago government",
    "Department of Health and Social Care")."""
    for k, word in enumerate(words[1:-1], 1):
        if word.lower() in ("and", "&"):
            first, second = words[:k], words[k + 1 :]
            if all(p[-1].lower().rstrip(".") in heads() and p[-1][:1].isupper() and len(p) > 1 for p in (first, second)):
                return first, second
    return None


def is_place(name: str) -> bool:
    """Whether a name is a country's, a territory's or a region's (data/places.txt)."""
    return name.lower().removeprefix("the ").replace("’", "'") in lexicon.words("places")


def _is_place_or_demonym(name: str) -> bool:
    return is_place(name) or all(w.lower() in lexicon.words("demonyms") for w in name.split())


def looks_personal(name: str) -> bool:
    """Whether a name is written as a person's can be: no word in capitals but initials and
    generational suffixes ("Apple ID" is none), no digit, no place."""
    for word in name.split():
        if any(c.isdigit() for c in word):
            return False
        letters = word.replace(".", "")
        if len(letters) > 1 and letters.isupper() and "." not in word and letters.lower() not in lexicon.words("generational_suffixes"):
            return False  # "Apple ID"; but "M.J. Akbar"
    return not is_place(name)


def is_group(name: str) -> bool:
    """Whether a name is an organisation's: a word of an organisation or a company's suffix in it."""
    return any(w.lower().rstrip(".") in heads() for w in name.split())


def is_outlet(name: str) -> bool:
    """Whether a name is a news outlet's: an agency ("Reuters", "Der Spiegel"; not "Michael Bloomberg" or
    "Mayor Bloomberg") or an outlet's last word ("the Coastal Times")."""
    words = name.lower().split()
    agency = bool(words) and words[-1] in lexicon.words("news_agencies") and (len(words) == 1 or not (_given(words[0]) or is_title(words[0])))
    return agency or (bool(words) and words[-1] in lexicon.words("outlet_heads"))


def is_acronym(word: str) -> bool:
    """A word in capitals of two to eight letters ("HRW", "PDRM", "U.N."): a short form, never a person."""
    letters = word.replace(".", "").replace("&", "")
    return 2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper()


def split_appositive(text: str) -> tuple[str, str | None]:
    """``Carl Weber, the attorney general`` -> (``Carl Weber``, ``the attorney general``):
    the part that names someone, and the rest as the role (set off by commas or dashes:
    ``Ann Kall -- co-editor of ...``)."""
    parts = [p.strip() for p in _APPOSITION.split(text) if p.strip()]
    if len(parts) < 2:
        return text, None
    bare = [k for k, p in enumerate(parts) if _bare_person(p)]
    if len(bare) > 1 and bare[-2] == bare[-1] - 1 and len(parts[bare[-2]].split()) <= len(parts[bare[-1]].split()):
        # "Clinton, Tanden, head of ... said": of two names side by side, the one next to the verb; not
        # "Dean Ruiz, a salesman from Sumter, South Carolina" (a place after a role) nor "Lynn Maalouf, Beirut"
        return parts[bare[-1]], ", ".join(p for k, p in enumerate(parts) if k != bare[-1]) or None
    if len(bare) == 1:
        return parts[bare[0]], ", ".join(p for k, p in enumerate(parts) if k != bare[0]) or None  # "Marsh's lawyer, Tom Baker"
    named_parts = [p for p in parts if p.split()[0].lower() not in _RELATIVES and person_name(WORD.findall(p))[1]]  # no "which ..., at the State Department"
    undetermined = [p for p in named_parts if p.split()[0].lower() not in lexicon.words("determiners")]
    named = (undetermined or named_parts or parts)[0]  # "The Government Statistician, Prof. Ama Mensah": no person takes "the"
    role = ", ".join(p for p in parts if p is not named)
    return named, role or None


def _bare_person(part: str) -> bool:
    """Whether a part of a phrase is a person's name and nothing else: capitalized words, no group,
    outlet or place (not "Oxford University", "Reuters", "Va.")."""
    words = WORD.findall(part)
    return bool(words) and all(capitalized(w) for w in words) and person_name(words)[1] is not None and not (
        is_group(part) or is_outlet(part) or is_place(part) or is_acronym(part) or (len(words) == 1 and words[0].endswith("."))
    )


def surname(full: str) -> str:
    """The surname of a full name, without a generational suffix ("Vicente Ortiz III" -> "Ortiz")."""
    words = full.split()
    if len(words) > 2 and words[-1].lower().rstrip(".") in lexicon.words("generational_suffixes"):
        words = words[:-1]
    return words[-1]


def bare(word: str) -> str:
    """A surname as matched: without "al-"/"el-" ("al-Faisal" and "Faisal" are one)."""
    return word[3:] if word.lower().startswith(_PREFIXED) else word


def capitalized(word: str) -> bool:
    """A word of a name: capitalized, or a particle ("de", "al-Faisal")."""
    lower = word.lower()
    return word[:1].isupper() or lower in lexicon.words("name_particles") or (lower.startswith(_PREFIXED) and word[3:4].isupper())


def initials(name: str) -> str:
    """The initials of a group's name, its small words left out ("Human Rights Watch" -> "HRW",
    "Bank of England" -> "BE", "People's National Party" -> "PNP")."""
    small = lexicon.words("group_connectors")
    return "".join(w[0].upper() for w in name.replace("-", " ").split() if w.lower() not in small and w[:1].isalpha())


def is_title(word: str) -> bool:
    """A title, honorific or rank, also hyphenated ("Lt-Gen.")."""
    w = word.lower().rstrip(".")
    return w in titles() or ("-" in w and all(p.rstrip(".") in titles() for p in w.split("-") if p))


def full_title(word: str) -> str:
    """A title's full word for its short form ("gov" -> "governor")."""
    return lexicon.table("title_abbreviations").get(word.rstrip("."), word)


def role_words(role: str) -> list[str]:
    """The words of a role as compared: lower case, short titles written out, no possessive."""
    return [full_title(w.lower().rstrip(".,").removesuffix("’s").removesuffix("'s")) for w in re.split(r"[\s-]+", role) if w]


def person_before_complement(words: list[str]) -> tuple[str | None, str] | None:
    """(role, name) of a person named before the "of", "from" or "at" of their affiliation ("David
    French of the National Retail Federation", "Economist Jane Wanjiru of the Nairobi Policy
    Institute"): a name of two to four words that opens with a given name, after any title or
    occupation; the complement is where they work, no part of the name."""
    at = next((k for k, w in enumerate(words) if w in ("of", "from", "at")), None)
    if at is None or at < 2 or not all(capitalized(w) for w in words[:at]) or any(w.lower() in heads() for w in words[:at]):
        return None  # not "Grace Community Church of Dallas": an organisation's name
    role, name = person_name(clean(words[:at]))
    if name is None or not 2 <= len(name.split()) <= 4 or not _given(name.split()[0]):
        return None
    return role, name


def _given(word: str) -> bool:
    """A given name or an initial: what a surname follows."""
    return word.lower() in lexicon.table("given_names") or bool(re.fullmatch(r"[A-Z]\.", word))


@cache
def _headline_verbs() -> frozenset[str]:
    """A reporting verb's present and past forms ("Says", "Warns", "Denied"): no word of a name."""
    forms = {**lexicon.verb_forms("reporting_verbs"), **lexicon.verb_forms("denial_verbs")}
    return frozenset(f for f, (_, tenses) in forms.items() if tenses & {"pres", "past"})


@cache
def heads() -> frozenset[str]:
    """Head nouns of a group's name: an organisation's, people's in general, a company's suffix."""
    return lexicon.words("org_heads") | lexicon.words("people_groups") | lexicon.words("corporate_suffixes")


@cache
def ordinary() -> frozenset[str]:
    """Words that open a phrase but no name: "The", "Several", "Meanwhile", "Six", "Half"."""
    return lexicon.words("determiners") | lexicon.words("quantifiers") | lexicon.words("not_names") | lexicon.words("sentence_starters") | _numbers()


@cache
def counts() -> frozenset[str]:
    """Words that count, alone or plural: "Hundreds of villagers", "Dozens", "Thousands said": nobody named."""
    words = {w for w in (*lexicon.table("number_words"), *lexicon.table("scale_words")) if len(w) > 3}  # not "m", "cr": "Ms", "CRS"
    return frozenset(words | {w + "s" for w in words})


@cache
def _numbers() -> frozenset[str]:
    """Number and fraction words ("Six newspapers", "Half of voters"); "One Nation" is a name."""
    return frozenset(set(lexicon.table("number_words")) | set(lexicon.table("fraction_words"))) - {"one"}


@cache
def _joins() -> frozenset[str]:
    """Small words that join names rather than qualify one ("Ruiz and Marsh", "Bank of Ireland")."""
    return lexicon.words("prepositions") | lexicon.words("group_connectors") | lexicon.words("name_connectors")


@cache
def titles() -> frozenset[str]:
    """Words of a role before a name: titles, nationalities, honorifics and ranks."""
    return lexicon.words("titles") | lexicon.words("demonyms") | lexicon.words("honorifics")


@cache
def pronouns() -> dict[str, str]:
    """Every pronoun a speaker phrase may be, subject or object, and whom it refers to."""
    return {**lexicon.table("pronouns"), **lexicon.table("object_pronouns")}


@cache
def genders() -> dict[str, str]:
    return lexicon.table("gendered_honorifics")

"""Words and phrases that claims are built from: tokens, cue verbs, speaker phrases.

Shared by the matcher families. Word lists come from ``claimledger/data``.
"""

from __future__ import annotations

import bisect
import re
from functools import cache
from typing import NamedTuple

from claimledger import lexicon

_MAX_OBJECT = 10  # tokens between a cue and its "that": "informed reporters in Kyiv that"
_MAX_PHRASE = 12  # tokens in a speaker phrase: "the former deputy chairman of the Federal Reserve Board"
_MAX_TIME = 4  # words of a time between a speaker and the cue: "on Tuesday night", "just this month"
_MAX_LEAD = 4  # words of role before a name at a clause start: "Conservative economist Aparna Mathur"
_MAX_DATELINE = 8  # tokens of a dateline before its dash: "KYIV, Ukraine (AP) —"
_MAX_OPENING = 12  # tokens of a phrase that opens a sentence before its subject: "In a speech earlier in the day,"
_MAX_ROLE = 24  # tokens of a role in apposition: "Name, senior associate for ... at the Institute for ...,"
DASHES = {"—", "―", "–", "-"}  # dash tokens ("--" comes as two "-")
_FINITE = {"is", "are", "was", "were", "has", "have", "had"}  # no claim opens with its verb
BE = {"am", "are", "is", "was", "were", "be", "been"}
_DAYS = {"today", "tonight", "yesterday", "tomorrow"}
_TIME_NOUNS = {"afternoon", "day", "evening", "month", "morning", "night", "time", "times", "week", "weekend", "year"}
_OPENING_QUOTES = {"“", '"', "``", "‘", "''", "'", "«"}  # ''...'' comes as two tokens "'"
_CLOSING_QUOTES = {"”", '"', "'", "''", "’", "»"}
_CLAUSE_MARKS = {".", "!", "?", ";", ":", "“", "”", '"', "(", ")", "—"}
CLAUSE_END = {".", "!", "?", ";"}
_PREPOSITIONS_ONLY = {"at", "by", "for", "from", "in", "into", "of", "on", "with"}  # never a conjunction, unlike "after"
_CONJUNCTIONS = {"and", "but"}  # ", and they warned that": a new clause with its own speaker
_COMPLEMENT_LINKS = {"at", "for", "from", "of", "on"}  # "a spokeswoman for the operator", "experts on North Korea"
_PARTY = re.compile(r"[DIR]-[A-Z][A-Za-z.]+")  # a US party and state after a name: "R-Ky.", "D-N.Y."
_INITIALS = re.compile(r"[A-Z](?:\.[A-Z])*")
_TOKEN = re.compile(r"[A-Za-z0-9](?:[\w.]*\w)?(?:[’'-]\w+)*(?:[’']s?)?|[^\w\s]", re.UNICODE)


class Token(NamedTuple):
    """A word or a mark (a tuple: every sentence makes dozens, and a frozen dataclass is slow to build)."""

    text: str
    start: int
    end: int
    lower: str


def tokens(text: str, start: int, end: int) -> list[Token]:
    return [Token(w, m.start(), m.end(), w.lower()) for m in _TOKEN.finditer(text, start, end) for w in (m.group(),)]


@cache
def cue_forms() -> dict[str, str]:
    """Every inflected form of a reporting verb, mapped to its lemma."""
    forms: dict[str, str] = {}
    for lemma in lexicon.words("reporting_verbs"):
        for form in inflections(lemma):
            forms.setdefault(form, lemma)
    forms.update(lexicon.table("verb_forms"))
    for form in lexicon.words("not_cue_forms"):
        del forms[form]
    return forms


def inflections(lemma: str) -> list[str]:
    if lemma.endswith("e"):
        return [lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing"]
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return [lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"]
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return [lemma, lemma + "es", lemma + "ed", lemma + "ing"]
    return [lemma, lemma + "s", lemma + "ed", lemma + "ing"]


@cache
def _function_words() -> frozenset[str]:
    """Capitalized words that start sentences and never name a speaker."""
    # Time nouns keep no number company but do name things when capitalized: "The New York Times", "Time".
    starters = lexicon.words("sentence_starters") | lexicon.words("subject_openers") | lexicon.words("not_names")
    return starters | (lexicon.words("count_stopwords") - _TIME_NOUNS)


def is_name_word(tok: Token) -> bool:
    """A capitalized word that can be part of a name (not "However", not "Friday")."""
    t = tok.text
    calendar = tok.lower in lexicon.table("weekdays") or tok.lower.rstrip(".") in lexicon.table("months")
    number = all(part in lexicon.table("number_words") for part in tok.lower.split("-"))  # "Twenty-seven"
    return t[:1].isupper() and tok.lower not in _function_words() and not calendar and not number


def is_surname_word(toks: list[Token], k: int) -> bool:
    """A name word, or a month after a first name: ``Theresa May``, ``Jim August``."""
    tok = toks[k]
    if is_name_word(tok):
        return True
    return k > 0 and tok.text[:1].isupper() and tok.lower.rstrip(".") in lexicon.table("months") and is_name_word(toks[k - 1])


def is_head_word(tok: Token) -> bool:
    return tok.lower in lexicon.words("org_heads") or tok.lower in lexicon.words("titles")


def is_short_form(tok: Token) -> bool:
    """A word that a period follows inside a name: ``Mr``, ``Corp``, an initial ``B``, initials
    ``G.K``, a party and state ``R-Ky``."""
    return tok.lower in lexicon.words("abbreviations") or bool(_INITIALS.fullmatch(tok.text) or _PARTY.fullmatch(tok.text + "."))


def speaker_before(toks: list[Token], i: int) -> tuple[int, int] | None:
    """The speaker phrase ending just before token ``i`` (the cue), as token indexes [a, b)."""
    j = _before_day(toks, i)
    while j > 0 and toks[j - 1].lower in lexicon.words("cue_modifiers"):
        j -= 1
    j = _past_catenative(toks, j)
    if toks[i].lower.endswith("ing") and j > 1 and toks[j - 1].lower in BE:
        j -= 1  # "Donald Trump is warning that": the progressive, not a participle
        while j > 0 and toks[j - 1].lower in lexicon.words("cue_modifiers"):
            j -= 1
    if j >= 3 and toks[j - 1].text == "," and toks[j - 3].text == "," and toks[j - 2].lower in lexicon.words("parentheticals"):
        j -= 3  # "Russian authorities, however, did not confirm"
    if j == 0:
        return None
    prev = toks[j - 1]
    if prev.lower in lexicon.table("pronouns") or (is_contraction(prev) and prev.lower[:-2] in lexicon.table("pronouns")):  # "He’s claiming"
        before = toks[j - 2].lower if j >= 2 else ""
        if j == 1 or before in lexicon.words("subject_openers") or before in relatives() or not before[:1].isalpha():
            return j - 1, j  # after a clause mark or a word that opens a clause: "But he said", "in which he said"
        return None
    if prev.lower in lexicon.words("determiners"):
        return None  # "the reported targets": an adjective, not a cue
    if prev.text == ")":  # "Rep. Gwen Moore (D-Wis.) said"
        return _named_before(toks, j)
    if prev.text == "," and j >= 3:  # "Scott Pruitt, the attorney general of Oklahoma, said"
        return _appositive_before(toks, j - 1)
    closing = _dash_before(toks, j)
    if closing is not None:  # "Kall -- co-editor of Debating The Donald, a book ... -- said"
        opening = next((d for k in range(closing - 1, max(0, closing - _MAX_ROLE), -1) if (d := _dash_before(toks, k)) is not None), None)
        inner = speaker_before(toks, opening) if opening else None
        if inner is None:
            return None
        aside = toks[opening:closing]  # a role ("co-editor of ..."), or a clause of its own ("even as he says ...")
        clause = any(t.lower in cue_forms() or lexicon.table("pronouns").get(t.lower) == "person" for t in aside)
        return inner if clause else (inner[0], closing)
    share = _share_before(toks, j)
    if share:
        return share
    named = _with_complement(toks, _lead_before(toks, _name_phrase_before(toks, j)))
    if named and toks[named[0]].lower in _articles() and named[0] > 0 and toks[named[0] - 1].lower in _PREPOSITIONS_ONLY:
        return None  # "in the wake of the New York Times report": a noun in a prepositional phrase
    common = _with_complement(toks, _common_phrase_before(toks, j))
    if _widens(toks, named, common):
        named = None  # "Several cast members", "civic leaders": a group's head noun with the words before it
    if named or toks[i].lower in lexicon.words("noun_homographs"):
        return named  # "the swing states of Ohio": after a common noun, "states" is a noun
    before = toks[common[0] - 1].lower if common and common[0] > 0 else ""
    if (before in lexicon.words("prepositions") and before != "as") or before.endswith("ing"):
        return None  # "in a statement announcing", "after the crisis highlighted", "forwarding its view": an object; but "as the mayor said"
    return common


def _past_catenative(toks: list[Token], j: int) -> int:
    """Where a verb that takes the cue as its complement starts, before token ``j``: ``continues
    to insist``, ``appeared to suggest``, ``went on to say``, ``began by saying``; ``j`` if none."""
    if j < 2 or toks[j - 1].lower not in ("to", "by"):
        return j
    k = j - 2
    if toks[k].lower == "on" and k > 0:
        k -= 1  # "went on to say"
    if toks[k].lower not in lexicon.words("catenative_verbs"):
        return j
    while k > 0 and toks[k - 1].lower in lexicon.words("cue_modifiers"):
        k -= 1
    return k


def _share_before(toks: list[Token], j: int) -> tuple[int, int] | None:
    """A share of people polled, ending before token ``j``: ``63 percent``, ``Another 19 percent``,
    ``24 percent of liberal activists``."""
    k = j
    if k >= 2 and toks[k - 1].text.islower() and toks[k - 1].text.isalpha():
        while k > 0 and toks[k - 1].text.isalpha() and toks[k - 1].text.islower() and toks[k - 1].lower != "of" and j - k < 4:
            k -= 1  # "of liberal activists": back to "of"
        k = k - 1 if k > 0 and toks[k - 1].lower == "of" else j
    if k < 2 or toks[k - 1].lower not in ("percent", "%") or not toks[k - 2].text.replace(".", "").isdigit():
        return None
    a = k - 2
    if a > 0 and (toks[a - 1].lower in lexicon.words("quantifiers") or toks[a - 1].lower in ("just", "only", "about", "nearly")):
        a -= 1
    return a, j


def _before_day(toks: list[Token], i: int) -> int:
    """Where a time named between a speaker and the cue starts (``The Times on Saturday wrote``,
    ``Police Tuesday night said``, ``Officials last week said``, ``Wells Fargo just this month
    announced``); ``i`` if there is none."""
    k = i
    timed = False
    while k > 0 and i - k < _MAX_TIME:
        word = toks[k - 1].lower
        if word in lexicon.table("weekdays") or (word.isdigit() and len(word) == 4):
            timed = True  # "The Times on Saturday wrote", "who in 2010 said"
        elif not toks[k - 1].text.islower():
            break  # "The Times on Saturday": a name is no time
        elif word in _TIME_NOUNS or word in lexicon.table("day_parts"):
            timed = True
        elif word not in lexicon.words("time_openers"):
            break
        k -= 1
    return k if timed and k > 0 and k < i else i


def _with_complement(toks: list[Token], phrase: tuple[int, int] | None) -> tuple[int, int] | None:
    """``a spokeswoman for the operator``, ``Officials at the agency``: a phrase after
    ``for``/``of``/``at``/``on`` belongs to the common phrase before it."""
    if phrase is None or phrase[0] < 2 or toks[phrase[0] - 1].lower not in _COMPLEMENT_LINKS:
        return phrase
    head = _common_phrase_before(toks, phrase[0] - 1)
    first = toks[0].text
    if head is None and phrase[0] == 2 and first[1:].islower() and first.endswith("s") and not first.endswith("ss"):
        head = (0, 1)  # a plural opening the sentence: "Experts on North Korea", "Officials at the agency"
    return (head[0], phrase[1]) if head else phrase


def _dash_before(toks: list[Token], j: int) -> int | None:
    """Where a dash that sets off an aside starts, if one ends right before token ``j``: ``—``,
    ``–``, or ``--`` (two tokens)."""
    if j >= 2 and toks[j - 1].text == toks[j - 2].text == "-" and toks[j - 2].end == toks[j - 1].start:
        return j - 2
    return j - 1 if j >= 1 and toks[j - 1].text in DASHES - {"-"} else None


def _widens(toks: list[Token], named: tuple[int, int] | None, common: tuple[int, int] | None) -> bool:
    """Whether a common phrase says more than a name phrase that is only a group's head noun
    (``members``): ``Several cast members``, ``the family's attorneys``; not ``where experts``."""
    if named is None or common is None or common[0] >= named[0] or any(is_name_word(t) for t in toks[named[0] : named[1]]):
        return False
    return toks[common[0]].lower not in lexicon.words("subject_openers") | relatives()


def _named_before(toks: list[Token], j: int) -> tuple[int, int] | None:
    """A name phrase ending before token ``j``, with a parenthesis after it: ``Rep. Gwen Moore (D-Wis.)``."""
    if j == 0 or toks[j - 1].text != ")":
        return _name_phrase_before(toks, j)
    opening = next((k for k in range(j - 2, max(-1, j - 10), -1) if toks[k].text == "("), None)
    core = _name_phrase_before(toks, opening) if opening is not None else None
    return (core[0], j) if core else None


def _lead_before(toks: list[Token], phrase: tuple[int, int] | None) -> tuple[int, int] | None:
    """A full name with the words of role that open its clause before it: ``Republican
    presidential nominee Donald Trump``, ``IMF chief economist Maury Obstfeld``."""
    if phrase is None or phrase[1] - phrase[0] < 2 or not (is_name_word(toks[phrase[0]]) or is_head_word(toks[phrase[0]])):
        return phrase
    k = phrase[0]
    while k > 0 and phrase[0] - k < _MAX_LEAD and (_is_lead_word(toks[k - 1]) or is_name_word(toks[k - 1])) and toks[k - 1].text.isalpha():
        k -= 1
    opens = k == 0 or toks[k - 1].text in {",", ";", ":", "—", "“", '"'} or toks[k - 1].lower in _CONJUNCTIONS
    return (k, phrase[1]) if k < phrase[0] and opens and any(_is_lead_word(t) for t in toks[k : phrase[0]]) else phrase


def _opens_clause(toks: list[Token], a: int) -> bool:
    """Whether a phrase starting at token ``a`` opens its clause, perhaps after a few words
    of role (``Conservative economist Aparna Mathur``)."""
    k = a
    while k > 0 and a - k < _MAX_LEAD and toks[k - 1].text.isalpha() and toks[k - 1].lower not in lexicon.words("prepositions"):
        if toks[k - 1].lower in _CONJUNCTIONS or toks[k - 1].lower in cue_forms():
            break
        k -= 1
    return k == 0 or toks[k - 1].lower in _CONJUNCTIONS | DASHES | {":"}


def _appositive_before(toks: list[Token], comma: int) -> tuple[int, int] | None:
    """``Name, role,`` or ``role, Name,`` ending at the comma before a cue; either part a name phrase."""
    first = next((k for k in range(comma - 1, max(-1, comma - _MAX_ROLE - 2), -1) if toks[k].text == ","), None)
    if first is None or first == comma - 1:
        return None
    inner = _name_phrase_before(toks, comma) or _common_phrase_before(toks, comma)
    outer = _named_before(toks, first)
    common = _common_phrase_before(toks, first)
    outer = common if _widens(toks, outer, common) else outer or common  # "the family's attorneys, Justin Bamberg,"
    outer = _with_complement(toks, outer)  # "Officials at Homeland Security Investigations, a division of ..., said"
    if outer is not None and (inner is None or inner[0] != first + 1) and _is_role(toks, first + 1, comma):
        named = _with_complement(toks, _named_before(toks, first))  # "Megan Hester, senior associate for ... at the Institute,"
        if named and _opens_clause(toks, named[0]):
            return named[0], comma  # also "Officials at Homeland Security Investigations, a division of ...,"
        stacked = _appositive_before(toks, first)  # "Scott Pruitt, the attorney general of Oklahoma, one of the states suing,"
        return (stacked[0], comma) if stacked else None
    if inner is None or outer is None or inner[0] != first + 1:
        return None
    named = _name_phrase_before(toks, comma) or _named_before(toks, first)  # "Rep. Jim Jordan (R-Ohio), an oversight panel member,"
    return (outer[0], comma) if named else None


def _is_role(toks: list[Token], a: int, b: int) -> bool:
    """Whether ``toks[a:b]`` reads as a role in apposition: it opens with a lower-case word or
    a title (``director of ...``, ``the agency that ...``, ``Senior Fellow at ...``) and holds no clause mark."""
    if _PARTY.fullmatch("".join(t.text for t in toks[a:b])) or (b - a == 1 and toks[a].text.isdigit() and len(toks[a].text) <= 3):
        return True  # "Mitch McConnell, R-Ky.,", an age: "Quina Jones, 25,"
    marks = (t for k, t in enumerate(toks[a:b], a) if t.text != "." or not is_short_form(toks[k - 1]))  # "U.S." is no stop
    if b - a < 2 or any(t.text in _CLAUSE_MARKS for t in marks):
        return False
    opener = toks[a]
    possessive = opener.text.endswith(("’s", "'s")) and is_name_word(opener)  # "Pyongyang's only ally"
    return opener.text.islower() or opener.lower in lexicon.words("titles") or possessive


def _common_phrase_before(toks: list[Token], j: int) -> tuple[int, int] | None:
    """``the announcer``, ``another source``, ``several cast members``, or a bare plural such as
    ``officials``, right before token ``j``; its words are lower case and few."""
    stop = lexicon.words("count_stopwords") | lexicon.words("determiners") | lexicon.words("sentence_starters") | lexicon.words("subject_openers")
    openers = (lexicon.words("determiners") - lexicon.words("demonstratives")) | lexicon.words("quantifiers")
    a = j
    named = 0  # the first token of the capitalized words in the phrase, counted from its start
    while a > max(0, j - 6) and toks[a - 1].lower not in stop and toks[a - 1].lower not in openers:
        word = toks[a - 1].text
        possessive = word.endswith(("’s", "'s"))
        if word.islower() and (word.isalpha() or (a < j and possessive and word[:-2].isalpha())):
            a -= 1  # words, and possessives inside the phrase: "the state’s campaign chairman"
        elif a < j and is_name_word(toks[a - 1]) and (word.isalpha() or possessive):
            a -= 1  # "a Homeland Security Department official", "Ukraine’s air force"
            named = a
        else:
            break
    while a < j and not toks[a].text.islower() and a != named:
        a += 1  # capitalized words start the phrase only after an opener or as a possessive
    if a == j or not toks[j - 1].text.islower():
        return None
    if a > 0 and toks[a - 1].lower in openers:
        return a - 1, j
    owner = next((m for m in range(a, j) if toks[m].text.endswith(("’s", "'s"))), None)
    if a == named and owner is not None and not is_contraction(toks[owner]) and (a == 0 or not toks[a - 1].text[:1].isalpha()):
        if all(is_name_word(t) for t in toks[a:owner]) and all(t.text.islower() for t in toks[owner + 1 : j]):
            return a, j  # "Ukraine’s air force", "Ivana Trump's brief", at a clause start
    if any(not t.text.islower() for t in toks[a:j]):
        return None
    head = toks[j - 1].lower
    at_clause_start = a == 0 or toks[a - 1].text in {",", ";", ":", "—", "“", '"'} or toks[a - 1].lower in ("and", "but")
    if at_clause_start and head.endswith("s") and not head.endswith("ss") and j - a <= 3:
        return a, j
    return None


def _name_phrase_before(toks: list[Token], j: int) -> tuple[int, int] | None:
    """A phrase of names, titles and organization words ending just before token ``j``."""
    b = j
    a = j
    while a > max(0, j - _MAX_PHRASE):
        t = toks[a - 1]
        if is_surname_word(toks, a - 1) or is_head_word(t) or t.lower in lexicon.words("name_connectors") or (a < b and t.lower in _articles()):
            a -= 1
            continue
        if t.text == "." and a >= 2 and is_short_form(toks[a - 2]):
            a -= 1  # "Mr. Smith", "Acme Corp.": the short form's period
            continue
        break
    if all(t.lower in _no_names() for t in toks[a:b]):
        return None  # "Some state officials": "Some" names nobody
    while a < b and (toks[a].lower in lexicon.words("name_connectors") - {"the"} or toks[a].text == "-"):
        a += 1
    while a < b - 1 and toks[a].text.islower() and toks[a].lower in lexicon.words("titles") and toks[a + 1].text[:1].isupper():
        a += 1  # "... vice presidential nominee Gov. Mike Pence": a title in lower case opens no name phrase
    if a == b or toks[b - 1].lower in lexicon.words("name_connectors"):
        return None
    if not any(is_name_word(t) or is_head_word(t) for t in toks[a:b]):
        return None
    # A speaker phrase ends in a name or a head noun; a title alone only after an article ("the mayor").
    k = b - 2 if toks[b - 1].text == "." else b - 1
    last = toks[k]
    if last.lower.endswith(("’s", "'s")):
        return None  # "Trump’s ...": the head noun comes after
    titled = last.lower in lexicon.words("titles") and toks[a].lower in lexicon.words("determiners")
    if not (is_surname_word(toks, k) or last.lower in lexicon.words("org_heads") or titled):
        return None
    return a, b


def is_contraction(tok: Token) -> bool:
    """``It's``, ``that's``: a pronoun and "is", not a possessive."""
    return tok.lower.endswith(("’s", "'s")) and (tok.lower[:-2] in lexicon.table("pronouns") or tok.lower[:-2] in lexicon.words("determiners"))


@cache
def relatives() -> frozenset[str]:
    """Relative pronouns that may stand for a speaker: ``who``, ``which`` (data/pronouns.tsv)."""
    return frozenset(w for w, kind in lexicon.table("pronouns").items() if kind == "relative")


@cache
def _articles() -> frozenset[str]:
    """Determiners that may open a name phrase: not ``that`` (in "reports that Trump said" it is a conjunction)."""
    return lexicon.words("determiners") - lexicon.words("demonstratives")


@cache
def _no_names() -> frozenset[str]:
    """Capitalized words that open a sentence without naming anyone: ``Some``, ``The``, ``However``."""
    return lexicon.words("determiners") | lexicon.words("quantifiers") | lexicon.words("sentence_starters")


def speaker_after(toks: list[Token], i: int) -> tuple[int, int] | None:
    """The speaker phrase starting at token ``i`` (after an inverted cue: ``said Mr. Smith``),
    perhaps after a few lower-case words of role (``said retired general Lloyd Newton``)."""
    if i < len(toks) and toks[i].lower in lexicon.words("name_connectors") - {"the"}:
        return None  # "said of Mrs. Clinton": about her, not by her
    lead = role_lead(toks, i)
    if lead > i:
        named = speaker_after(toks, lead) if toks[lead].text[:1].isupper() else None
        full = named and named[1] - named[0] >= 2 and is_surname_word(toks, named[1] - 1)  # not "two Democratic speechwriters"
        return (i, named[1]) if full else None
    b = i
    while b < min(len(toks), i + _MAX_PHRASE):
        t = toks[b]
        if t.lower in lexicon.table("pronouns") and b == i:
            return i, i + 1
        if is_surname_word(toks, b) or is_head_word(t) or t.lower in lexicon.words("name_connectors") or (b == i and t.lower in lexicon.words("determiners")):
            b += 1
            continue
        if t.text == "." and b > i and is_short_form(toks[b - 1]):
            b += 1  # "Mr. Obama", "Charles B. Rangel": a short form's or an initial's period
            continue
        break
    while b > i and (toks[b - 1].lower in lexicon.words("name_connectors") or toks[b - 1].lower in lexicon.words("determiners")):
        b -= 1
    if b == i or not any(is_name_word(t) or is_head_word(t) for t in toks[i:b]):
        return None
    return i, b


def phrase_after(toks: list[Token], i: int) -> tuple[int, int] | None:
    """The speaker after an inverted cue that ends its clause: a name phrase (``said Mr. Smith``)
    or a few words opened by a determiner (``said one source``, ``said the ruling``)."""
    span = speaker_after(toks, i)
    if span and ends_clause(toks, span[1]):
        return span
    if i < len(toks) and (toks[i].lower in lexicon.words("determiners") or toks[i].lower in lexicon.words("quantifiers")):
        b = i + 1
        while b < len(toks) and b - i <= _MAX_LEAD and toks[b].text.isalpha() and toks[b].lower not in _not_leads():
            b += 1
        if b > i + 1 and ends_clause(toks, b):
            return i, b
    return None


def after_dateline(toks: list[Token], limit: int) -> int:
    """The first token after a dateline that opens the sentence (``WASHINGTON ―``, ``KYIV,
    Ukraine (AP) —``), if it comes before token ``limit``; else 0. A dateline is a place in
    capitals, perhaps a region and an agency, then a dash."""
    if not toks or len(toks[0].text) < 2 or not toks[0].text.isupper():
        return 0
    for k, tok in enumerate(toks[1:_MAX_DATELINE], 1):
        if tok.text in DASHES:
            return k + 1 if k + 1 < limit else 0
        if not (tok.text[:1].isupper() or tok.text in {",", "(", ")", "."}):
            return 0
    return 0


def ends_clause(toks: list[Token], j: int) -> bool:
    """Whether the clause ends at token ``j``: a period or a comma, perhaps after a time
    phrase (``said on Tuesday.``, ``said Friday afternoon, adding ...``)."""
    rest = toks[j:]
    if not rest or rest[0].text in CLAUSE_END or (rest[0].text == "," and len(rest) > 1):
        return True
    if rest[0].lower not in lexicon.words("time_openers") and rest[0].lower not in lexicon.table("weekdays"):
        return False
    mark = next((k for k, t in enumerate(rest[:4]) if not t.text[:1].isalnum()), None)
    return mark is not None and (rest[mark].text in CLAUSE_END or (rest[mark].text == "," and mark + 1 < len(rest)))


def role_lead(toks: list[Token], i: int) -> int:
    """Past the lower-case words of role that may open a speaker phrase before a name, from token
    ``i`` (``retired``, ``former aide``, ``9/11 widow``); ``i`` if there are none. A name must follow."""
    k = i
    while k < len(toks) - 1 and k - i < _MAX_LEAD and _is_lead_word(toks[k]):
        k += 1
    return k if k < len(toks) and toks[k].text[:1].isupper() else i


def _is_lead_word(tok: Token) -> bool:
    """A lower-case word (or a number: "9/11") that can describe a speaker before the name."""
    if tok.text.isdigit() or tok.text == "/":
        return True  # "9/11 widow"
    return tok.text.isalpha() and tok.text.islower() and tok.lower not in _not_leads()


@cache
def _not_leads() -> frozenset[str]:
    """Lower-case words that are no role: function words, times, cue verbs."""
    closed = lexicon.words("prepositions") | lexicon.words("determiners") | lexicon.words("quantifiers") | lexicon.words("time_openers") | lexicon.words("cue_modifiers")
    clause = lexicon.words("subject_openers") | relatives()  # "which Mr. Clarke says": no role
    return closed | clause | frozenset(lexicon.table("pronouns")) | frozenset(cue_forms()) | _CONJUNCTIONS


def participle_subject(toks: list[Token], i: int, forms: dict[str, str]) -> tuple[int, int] | None:
    """The speaker of a participle at token ``i`` with no cue before it in the sentence: the
    sentence's subject (``Clinton poked fun at him, saying ...``); with a cue before it, the
    pipeline gives it that claim's speaker."""
    nouns = lexicon.words("noun_homographs")
    cues = [k for k, t in enumerate(toks[:i]) if t.lower in forms and t.lower not in nouns and (k == 0 or toks[k - 1].lower not in lexicon.words("determiners"))]
    if cues:  # but "his early tweets", "issued a report": nouns
        # the speaker of the cue before it, which the pipeline gives it too, unless that cue
        # made no claim: "Robby Mook said as much ..., arguing that ..."
        before = speaker_before(toks, cues[-1])
        return (toks[before[0]].start, toks[before[1] - 1].end) if before else None
    return sentence_subject(toks, i)


def sentence_subject(toks: list[Token], i: int) -> tuple[int, int] | None:
    """The phrase that opens the sentence, or its main clause after an opening phrase
    (``In a speech on Monday, Trump attacked ...``, ``Meanwhile, it ...``), with any role in
    apposition (``Donald Trump, her opponent, bemoaned ...``), when its verb follows it and it
    ends before token ``i``."""
    participle = bool(toks) and toks[0].lower.endswith("ing")  # "Following a meeting, the council ...": no name
    span = None if participle else speaker_after(toks, 0)
    opener = toks[0].lower if toks else ""
    if span is None and (participle or opener in lexicon.words("prepositions") or opener in lexicon.words("time_openers") or toks[1:2] and toks[1].text == ","):
        for comma in (k for k, t in enumerate(toks[:_MAX_OPENING]) if t.text == ","):
            span = speaker_after(toks, comma + 1)  # "Following a swiftly called, late-afternoon meeting, the Security Council"
            if span and span[1] < len(toks) and toks[span[1]].text.islower():
                break
            span = None
    if span and toks[span[1] - 1].text.endswith(("’s", "'s")) and not is_contraction(toks[span[1] - 1]):
        b = span[1]  # "Scott's family has called on ...": the possessive's noun
        while b < min(i, span[1] + 3) and toks[b].text.isalpha() and toks[b].text.islower() and not has_finite_verb(toks, b, 1) and toks[b].lower not in cue_forms():
            b += 1
        span = (span[0], b)
    verb = span[1] if span else i
    if span and span[1] < i and toks[span[1]].text == ",":  # "Donald Trump, her Republican opponent, bemoaned ..."
        closing = next((k for k in range(span[1] + 1, min(i, span[1] + _MAX_ROLE)) if toks[k].text == ","), None)
        if closing is not None and _is_role(toks, span[1] + 1, closing):
            aside = toks[span[1] + 1].lower in lexicon.words("prepositions")  # "Hillary Clinton, like Obama, has said": no role
            span, verb = (span[0], span[1] if aside else closing), closing + 1
    if span is None or verb >= i or not toks[verb].text.islower():
        return None  # the subject is followed by its verb
    if span[1] - span[0] == 1 and toks[span[1]].lower in lexicon.words("prepositions"):
        return None  # "Chastened by the analyses", "Once in my 20s": an opening word, no subject
    if is_contraction(toks[span[0]]):
        return None  # "It's worth noting that": no subject
    return toks[span[0]].start, toks[span[1] - 1].end


def content_stops(toks: list[Token], forms: dict[str, str], clause_starts: set[int]) -> list[int]:
    """Where reported content ends, in order: a semicolon; ``and``/``but`` before a cue or a
    new clause with its own speaker (``and said``, ``and he noted``); a venue (``in a
    statement``: data/venue_phrases.txt); a comma or dash before a participial cue (``,
    noting that``), a new clause with its own speaker (``, and they warned``), the speaker's
    next act (``, and criticized``), a contrast (``, although``: data/contrast_words.txt) or a
    relative clause that closes the sentence (``, which forced her``)."""
    stops = []
    commas = [k for k, t in enumerate(toks) if t.text == ","]
    venues = phrase_starts("venue_phrases")
    modifiers = lexicon.words("cue_modifiers")
    pronouns = lexicon.table("pronouns")
    subordinate = bool(toks) and toks[0].lower in lexicon.words("subject_openers")  # the sentence opens with "When", "Though", ...
    for k, tok in enumerate(toks[:-1]):
        new_clause = False
        if tok.lower in _CONJUNCTIONS:
            verb = k + 1
            while verb < len(toks) - 1 and (toks[verb].lower in modifiers or toks[verb].lower.endswith("ly")):
                verb += 1  # "and repeatedly says"
            new_clause = toks[verb].lower in forms or k + 1 in clause_starts
        if tok.text == ";" or new_clause or (tok.lower in venues and phrase_at(toks, k, "venue_phrases")):
            # "...; they only learned", "... and said she would", "... and he noted", "... in a statement":
            # a new clause, cue or venue
            stops.append(k)
            continue
        if tok.text not in {",", "—", "–"}:
            continue
        n = k + 1
        while n < len(toks) - 1 and toks[n].text in _CLOSING_QUOTES:
            n += 1  # “a terrible situation,” but ...: the quotation's closing mark stays in the content
        nxt = toks[n].lower
        participle = nxt in forms and nxt.endswith("ing")
        joined = nxt in _CONJUNCTIONS and (n + 1 in clause_starts or _opens_clause_with_subject(toks, n + 1))
        # ", and criticized the party": the speaker's next act in the past tense
        then = nxt == "and" and n + 1 < len(toks) and toks[n + 1].text.islower() and toks[n + 1].lower.endswith("ed")
        # ", but offered no proof", ", although he refused": the speaker's next act or the writer's aside
        contrast = nxt in lexicon.words("contrast_words") and n + 1 < len(toks) and toks[n + 1].lower != "that"
        # ", which forced her to leave": a relative clause that closes the sentence is about the content, not in it
        relative = nxt in relatives() and commas[-1] == k
        # "Though she called for ..., Clinton restricted comments", "When Clinton noted that ..., he
        # interjected": the main clause, with a subject of its own and a verb in the past
        subject = is_name_word(toks[n]) or (subordinate and pronouns.get(nxt) in ("person", "group"))
        named = subject and n + 1 < len(toks) and toks[n + 1].text.islower() and toks[n + 1].lower.endswith("ed")
        if participle or n in clause_starts or joined or then or contrast or relative or named:
            stops.append(n if n > k + 1 else k)
    return stops


def has_finite_verb(toks: list[Token], k: int, reach: int = 4) -> bool:
    """Whether a finite verb or an auxiliary comes within ``reach`` words from token ``k``, before any mark."""
    for n in range(k, min(len(toks), k + reach)):
        if toks[n].lower in _FINITE or toks[n].lower in lexicon.words("auxiliaries"):
            return True
        if not toks[n].text.isalpha():
            return False
    return False


def _opens_clause_with_subject(toks: list[Token], k: int) -> bool:
    """Whether a clause with a subject of its own opens at token ``k`` after ``, and``: a pronoun
    or a short phrase opened by a determiner, then a finite verb (``, and the downgrade is ...``);
    not ``, and that ...``, a second clause of what was said."""
    if k >= len(toks) or not (toks[k].lower in _articles() or lexicon.table("pronouns").get(toks[k].lower) in ("person", "group")):
        return False
    return has_finite_verb(toks, k + 1)


def phrase_at(toks: list[Token], k: int, name: str) -> tuple[str, ...] | None:
    """The longest phrase of list file ``data/<name>.txt`` whose words start at token ``k``, if any."""
    for words in phrase_starts(name).get(toks[k].lower, ()):
        if len(words) > 1 and (k + 1 >= len(toks) or toks[k + 1].lower != words[1]):
            continue  # most phrases part at their second word
        if tuple(t.lower for t in toks[k : k + len(words)]) == words:
            return words
    return None


@cache
def phrase_starts(name: str) -> dict[str, list[tuple[str, ...]]]:
    """The phrases of a list file by first word, longest first (a quick test before ``phrase_at``)."""
    phrases: dict[str, list[tuple[str, ...]]] = {}
    for phrase in sorted(lexicon.words(name), key=len, reverse=True):
        words = tuple(phrase.split())
        phrases.setdefault(words[0], []).append(words)
    return phrases


def _before_that(toks: list[Token], j: int) -> bool:
    """Whether the words after a cue may stand before its ``that``: a time or a place
    (``said Tuesday that``, ``said in a statement that``), an adverb, or ``that`` itself;
    not the subject of a bare clause, whose own ``that`` is a relative (``said officials
    have video that shows``)."""
    if j >= len(toks):
        return False
    word = toks[j].lower
    return (
        word == "that"
        or word in lexicon.words("prepositions")
        or word in lexicon.words("time_openers")
        or word in lexicon.table("weekdays")
        or word in lexicon.words("cue_modifiers")
        or word in _DAYS
        or (word.endswith("ly") and toks[j].text.islower())
    )


def content_after(
    toks: list[Token], j: int, stops: list[int], lemma: str = "", object_first: bool = False, shortest: int = 3
) -> tuple[int, int] | None:
    """From after the cue's object and ``that`` to the clause end, or to the next stop.

    Content starts a clause: not with a preposition (``said by``) or a weekday, and
    after a cue whose object is the listener (``told reporters``) only past ``that`` or
    at a subject pronoun (``told the foundation he would``). A ``that`` a few words on
    starts the content only after an object (``object_first``: ``denied reports that``),
    a listener, a time or a place; after the subject of a bare clause it is a relative.
    Content shorter than ``shortest`` tokens is none ("said so")."""
    start = j
    opens_with_to = j < len(toks) and toks[j].lower == "to" and lemma in lexicon.words("to_cues")  # "vowed to punish", "did not respond to"
    reach = j + _MAX_OBJECT if not opens_with_to and (object_first or lemma in lexicon.words("object_cues") or _before_that(toks, j)) else j
    placed = j < len(toks) and toks[j].lower in lexicon.words("prepositions")  # "says at a stop in Toledo, Ohio, that"
    for k in range(j, min(len(toks), reach + 4 * placed)):
        if toks[k].lower == "that":
            demonstrative = k == j and has_finite_verb(toks, k + 1, 1)
            start = k if demonstrative else k + 1  # "said that was not her view": "that" is the subject
            break
        if toks[k].text == "," and placed and k + 1 < len(toks) and (toks[k + 1].lower == "that" or is_name_word(toks[k + 1])):
            continue  # a place's comma ("Toledo, Ohio"), or the one that closes the phrase before "that"
        if toks[k].text in {",", ".", ";", ":"}:
            break
    if start == j and j < len(toks) and toks[j].text in {":", ","}:
        start = j + 1
    elif start == j and lemma in lexicon.words("object_cues"):
        to = next((k for k in range(j + 1, min(len(toks), j + _MAX_OBJECT)) if toks[k].lower == "to"), None)
        if not (lemma in lexicon.words("to_cues") and to is not None and all(t.text[:1].isalnum() for t in toks[j:to])):
            # "told the foundation he would ...": past the listener, a clause opens with its subject;
            # but "urged Trump to make ...": the listener and what they are to do (data/to_cues.txt)
            pronouns = lexicon.table("pronouns")
            subject = next((k for k in range(j + 1, min(len(toks), j + _MAX_OBJECT)) if toks[k].lower in pronouns), None)
            if subject is None or any(not t.text[:1].isalnum() for t in toks[j:subject]):
                return None
            start = subject
    if start == j and start < len(toks) and toks[start].lower in lexicon.words("prepositions") and not opens_with_to:
        # "said after the convention he would not ...": past a phrase, a clause opens with its subject
        pronouns = lexicon.table("pronouns")
        subject = next((k for k in range(j + 1, min(len(toks), j + _MAX_OBJECT)) if toks[k].lower in pronouns), None)
        if subject is not None and all(t.text[:1].isalnum() for t in toks[j:subject]):
            start = subject
    if start > j and start < len(toks) and toks[start].text == ",":
        start += 1  # "said that, if elected, he would"
    if start < len(toks) and not (toks[start].text[:1].isalnum() or toks[start].text in _OPENING_QUOTES):
        return None  # "claims – a 3 to 1 margin": a dash or bracket opens no claim
    if has_finite_verb(toks, start, 1):
        return None  # "Everything Trump says is a lie", "equipment that could ...": the cue's "that" was a relative
    counted = start + 1 < len(toks) and toks[start + 1].text[:1].isdigit()  # "about 20 people have ..."
    # past "that", a phrase may open the clause: "noted that at one of his first meetings, he ..."
    after_that = any(t.lower == "that" for t in toks[max(j, start - 2) : start])
    if start < len(toks) and not (opens_with_to or counted or after_that) and (toks[start].lower in lexicon.words("prepositions") or toks[start].lower in lexicon.table("weekdays")):
        return None  # but "vowed to veto ...": data/to_cues.txt
    i = bisect.bisect_left(stops, start)
    end = stops[i] if i < len(stops) else len(toks)
    while end > start and toks[end - 1].text in CLAUSE_END:
        end -= 1
    if end - start < shortest and start > j and toks[start - 1].lower == "that" and end - start + 1 >= shortest:
        start -= 1  # "rejected that argument in a ruling": a determiner, not a conjunction
    if end - start < shortest:
        return None
    return toks[start].start, toks[end - 1].end

"""Reported speech: ``X said (that) ...``, ``..., officials said.``, ``..., noting that ...``.

The speaker is the phrase right before the cue verb (a name, a group such as
``Officials in Ukraine``, or a pronoun). The content runs from after the cue,
its object (``told reporters``, ``conveyed to dpa``) and ``that``, to the end of
the sentence or the next cue; a cue at the end of a sentence takes what comes
before it, and ``As X said, ...`` or ``..., as X said.`` the clause it is set off
from. Two-word cues (``called for``: data/phrasal_cues.txt) take the phrase after
them. Some cues (``called``: data/quoted_cues.txt) report a claim only when their
content holds a quotation or names what its object is (``called him a liar``). A
participial cue (``, noting that ...``) speaks for the sentence's subject, or, after
another cue, the pipeline gives it the speaker of the claim before it; so does
``and said``. Content that holds a quotation is ``mixed``.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from claimledger import lexicon, quotemarks
from claimledger.matchers import Context, Match
from claimledger.matchers.phrases import (
    CLAUSE_END,
    Token,
    after_dateline,
    content_after,
    content_stops,
    cue_forms,
    ends_clause,
    has_finite_verb,
    phrase_after,
    relatives,
    inflections,
    is_contraction,
    participle_subject,
    sentence_subject,
    speaker_before,
)

_ARTICLES = {"a", "an", "the"}
_LISTENER = 6  # words of a listener after a trailing cue: "..., she told the Associated Press."
_FREE_RELATIVES = {"what", "whatever"}
_NEW_CLAUSE = {"and", "but", "or", "so", "while", "who", "which", "as", "because", "although", "though"}


def match(ctx: Context) -> Iterator[Match]:
    for m in _matches(ctx):
        if m.cue and m.cue[2] in lexicon.words("quoted_cues") and not (_quotes_in(ctx, m.content) or _characterizes(ctx, m.content)):
            continue  # "called the police": no claim without a characterization
        yield _documented(ctx, m)


def _characterizes(ctx: Context, content: tuple[int, int]) -> bool:
    """Whether content after ``called`` names its object and then what it is: ``him a liar``,
    ``climate change a hoax``; not ``a press conference``, ``the police to the scene with a warning``."""
    words = ctx.tokens_within(*content)
    return any(
        w.lower in ("a", "an") and words[k - 1].text.isalpha() and words[k - 1].lower not in lexicon.words("prepositions")
        for k, w in enumerate(words[1:], 1)
    )


def _documented(ctx: Context, m: Match) -> Match:
    """``The ministry's statement said ...``, ``A statement from the ministry said ...`` and
    ``The ministry issued a statement saying ...``: an attribution to the ministry, whose
    document (data/document_nouns.txt) goes into the cue."""
    if m.speaker is None or m.cue is None:
        return m
    words = ctx.tokens_within(*m.speaker)
    documents = lexicon.words("document_nouns")
    source = next((d for d in (0, 1) if d + 2 < len(words) and words[d].lower in documents and words[d + 1].lower in ("from", "by")), None)
    if source is not None:  # "A statement from the ministry said"
        return Match("attribution", m.rule, (words[source + 2].start, m.speaker[1]), m.cue, m.content, m.quote)
    if not words or words[-1].lower not in documents:
        return m
    cue = (words[-1].start, m.cue[1], m.cue[2])
    if len(words) >= 2 and _is_possessive(words[-2]):
        owner = words[-2]
        cut = 1 if owner.text.endswith(("s'", "s’")) else 2  # "Reuters' report", "the ministry's statement"
        return Match("attribution", m.rule, (m.speaker[0], owner.end - cut), cue, m.content, m.quote)
    first = ctx.tokens.index(words[0])
    issuer = sentence_subject(ctx.tokens, first) if len(words) <= 2 and first > 0 and ctx.tokens[first - 1].text.islower() else None
    return Match("attribution", m.rule, issuer, cue, m.content, m.quote) if issuer else m


def _not_its_cue(toks: list[Token], i: int, speaker: tuple[int, int], lemma: str) -> bool:
    """Whether a cue word right after its "speaker" is no verb of that speaker: a noun in its bare
    form (``a controversial comment``, ``his rubble comment``: a phrase opened by "a", or by "his"
    with a singular head, takes no bare verb, but "his advisers say"), or a singular verb after a
    plural head in lower case (``the spate of shootings and protests demands``)."""
    a, b = speaker
    if b != i:
        return False
    head, cue = toks[b - 1].lower, toks[i].lower
    if toks[b - 1].text.islower() and head.endswith("s") and not head.endswith("ss") and cue == lemma + "s":
        return True
    if cue != lemma:
        return False
    opener = toks[a].lower
    possessive = opener in lexicon.words("determiners") - lexicon.words("demonstratives") - _ARTICLES  # his, their, ...
    return opener in ("a", "an") or (possessive and not head.endswith("s"))


def _is_headline(toks: list[Token]) -> bool:
    """Whether a sentence is a headline in title case ("Obama Says Museum Will Tell of Suffering"):
    most of its words capitalized, and the small ones not."""
    words = [t.text for t in toks if t.text[:1].isalpha()]
    big = sum(w[:1].isupper() for w in words)
    return len(words) >= 4 and big >= 0.7 * len(words)


def _is_possessive(tok: Token) -> bool:
    return tok.text.endswith(("'s", "’s", "s'", "s’")) and not is_contraction(tok)  # not "He’s claiming"


def _matches(ctx: Context) -> Iterator[Match]:
    toks = ctx.tokens
    forms = cue_forms()
    speakers = {i: speaker_before(toks, i) for i, t in enumerate(toks) if t.lower in forms}
    # Where a new clause with its own speaker begins: "..., they warned that".
    clause_starts = {
        speaker[0] for i, speaker in speakers.items() if speaker and not _not_its_cue(toks, i, speaker, forms[toks[i].lower])
    }
    stops = [k for k in content_stops(toks, forms, clause_starts) if not _inside_quote(ctx, toks[k].start)]  # a quotation's ", but" is its speaker's
    for i in speakers:
        tok = toks[i]
        lemma = forms[tok.lower]
        capitalized = i > 0 and tok.text[:1].isupper() and not _is_headline(toks)
        if _inside_quote(ctx, tok.start) or capitalized or (i > 0 and _is_possessive(toks[i - 1])):
            continue  # inside a sentence, a capitalized "States" is part of a name, but for a headline's "Says"; "Reuters' report" is a noun
        if tok.lower.endswith("ing") and i > 0 and toks[i - 1].text == ",":
            content = content_after(toks, i + 1, stops, lemma)
            if content:
                yield _match(ctx, "participle", participle_subject(toks, i, forms), tok, lemma, content)
            continue
        speaker = speakers[i]
        if speaker is None:
            if _joined(toks, i):  # "X says A and said B", "X said A, but has pledged B": the subject's
                content = content_after(toks, i + 1, stops, lemma)
                if content:
                    yield _match(ctx, "and-cue-content", sentence_subject(toks, i), tok, lemma, content)
                continue
            if i > 0 and toks[i - 1].text == ",":
                inverted = phrase_after(toks, i + 1)  # "..., said the spokesman.", "..., said one source."
                if inverted:
                    yield from _trailing(ctx, toks, i, inverted, lemma, "cue-then-speaker-final", stops)
            continue
        a, b = speaker
        if a > 0 and toks[a - 1].lower in _FREE_RELATIVES:
            continue  # "what Trump says his plan would do": the words after the cue are not what he said
        if _not_its_cue(toks, i, speaker, lemma):
            continue
        if a > 0 and toks[a - 1].text == "," and ends_clause(toks, _past_listener(toks, i + 1, lemma)):
            yield from _trailing(ctx, toks, i, speaker, lemma, "speaker-cue-final", stops)
            continue
        if a > 0 and toks[a - 1].lower == "as":
            yield from _as_clause(ctx, toks, i, speaker, lemma, stops)
            continue
        mine = stops
        relative = toks[a].lower in relatives() or (a > 0 and toks[a - 1].lower in relatives())
        if b - a == 1 and relative:  # "which contended", "in which he said"
            # "the EU, which contended that Ireland undertaxed the company, is a good example":
            # the relative clause ends where the main clause's verb follows a comma or dash
            ends = [k for k in range(i + 1, len(toks) - 1) if toks[k].text in {",", "—", "–", "--"} and has_finite_verb(toks, k + 1, 1)]
            mine = sorted(stops + ends[:1])
        content = content_after(toks, i + 1, mine, lemma)
        if content:
            yield _match(ctx, "speaker-cue-content", (toks[a].start, toks[b - 1].end), tok, lemma, content)
    yield from _phrasal(ctx, stops)  # after the one-word cues: "said Obama has long called for ..." is the spokesman's


def triggers() -> frozenset[str]:
    """The words this family starts from: every cue form, and the verbs of two-word cues."""
    return frozenset(cue_forms()) | frozenset(verb for verb, _ in _phrasal_forms())


@cache
def _phrasal_forms() -> dict[tuple[str, str], str]:
    """Every inflected form of a two-word cue ("calls for"), as a pair of words, mapped to its lemma."""
    pairs = {}
    for lemma in lexicon.words("phrasal_cues"):
        verb, particle = lemma.split()
        pairs.update({(form, particle): lemma for form in inflections(verb)})
    return pairs


@cache
def _particles() -> frozenset[str]:
    return frozenset(particle for _, particle in _phrasal_forms())


def _joined(toks: list[Token], i: int) -> bool:
    """Whether the cue at token ``i`` follows ``and`` or ``but``, perhaps with words such as
    ``has`` between: its subject is the sentence's (``... and has called for ...``)."""
    k = i
    while k > 0 and toks[k - 1].lower in lexicon.words("cue_modifiers"):
        k -= 1  # "but has said"
    return k > 0 and toks[k - 1].lower in ("and", "but")


def _phrasal(ctx: Context, stops: list[int]) -> Iterator[Match]:
    """``The NAACP called for a moratorium``, ``called Friday for``, ``..., calling for``, ``and
    has called for``: a two-word cue and the phrase after it."""
    toks = ctx.tokens
    forms, particles = _phrasal_forms(), _particles()
    for i in range(len(toks) - 1):
        p = i + 2 if i + 2 < len(toks) and toks[i + 1].lower in lexicon.table("weekdays") else i + 1  # "called Friday for"
        if toks[p].lower not in particles:
            continue
        lemma = forms.get((toks[i].lower, toks[p].lower))
        if lemma is None or _inside_quote(ctx, toks[i].start):
            continue
        cue = Token(ctx.text[toks[i].start : toks[p].end], toks[i].start, toks[p].end, lemma)
        content = content_after(toks, p + 1, stops, lemma)
        speaker = speaker_before(toks, i)
        if content is None:
            continue
        if speaker:
            yield _match(ctx, "speaker-cue-content", (toks[speaker[0]].start, toks[speaker[1] - 1].end), cue, lemma, content)
        elif toks[i].lower.endswith("ing") and i > 0 and toks[i - 1].lower in (",", "and"):
            yield _match(ctx, "participle", participle_subject(toks, i, cue_forms()), cue, lemma, content)  # ", calling for"
        elif _joined(toks, i):
            yield _match(ctx, "and-cue-content", sentence_subject(toks, i), cue, lemma, content)


def _trailing(
    ctx: Context, toks: list[Token], i: int, speaker: tuple[int, int], lemma: str, rule: str, stops: list[int]
) -> Iterator[Match]:
    """``Content, officials said.``: the content is the clause before the comma."""
    comma = min(speaker[0], i) - 1
    after = max(i, speaker[1] - 1) + 1
    # "Acts of protest, Mr. Obama said, are ...": the cue interrupts the content; but after
    # "said Ana Ruiz," the words are her role ("a spokeswoman for the port")
    runs_on = speaker[0] < i and _runs_on(toks, after)
    if comma < (1 if runs_on else 2):
        return  # a content of one word, unless the cue interrupts it: "African-Americans, he said, can ..."
    start, end = toks[after_dateline(toks, comma - 1)].start, toks[comma - 1].end  # "WASHINGTON ― ..., lawmakers said."
    if toks[0].text in quotemarks.DOUBLE_MARKS and any(q.start == start and q.end >= end for q in ctx.quotations):
        return  # a direct quote: the quote matcher's; "“...” for criminal behavior, she said" is mixed
    if runs_on:
        last = next((k for k in stops if k > after + 1), len(toks))  # "..., was its biggest yet, although ...": to the next stop
        while last > after and toks[last - 1].text in CLAUSE_END:
            last -= 1
        end = toks[last - 1].end
    yield _match(ctx, rule, (toks[speaker[0]].start, toks[speaker[1] - 1].end), toks[i], lemma, (start, end))


def _as_clause(ctx: Context, toks: list[Token], i: int, speaker: tuple[int, int], lemma: str, stops: list[int]) -> Iterator[Match]:
    """``As Mr. Bown observed on Monday, content`` and ``Content, as police have said.``: the
    clause that the ``as`` clause is set off from."""
    a, b = speaker
    who = (toks[a].start, toks[b - 1].end)
    opening = a == 1 or (a == 3 and toks[1].text == ",")  # "As ...", "Yet, as ..."
    comma = next((k for k in range(i + 1, min(len(toks), i + _LISTENER)) if not toks[k].text[:1].isalnum()), len(toks))
    if opening and comma < len(toks) - 1 and toks[comma].text == ",":
        last = next((k for k in stops if k > comma + 1), len(toks))
        while last > comma + 1 and toks[last - 1].text in CLAUSE_END:
            last -= 1
        if last - comma > 3:
            yield _match(ctx, "as-speaker-cue-content", who, toks[i], lemma, (toks[comma + 1].start, toks[last - 1].end))
    elif a >= 3 and toks[a - 2].text == "," and ends_clause(toks, _past_listener(toks, i + 1, lemma)):
        yield _match(ctx, "content-as-speaker-cue", who, toks[i], lemma, (toks[after_dateline(toks, a - 3)].start, toks[a - 3].end))


def _runs_on(toks: list[Token], j: int) -> bool:
    """Whether the clause goes on past ``, X said,`` at token ``j`` (a comma): its next word
    is lower case and starts no new cue (``adding``) or clause (``and``, ``but``)."""
    if j + 1 >= len(toks) or toks[j].text != ",":
        return False
    nxt = toks[j + 1]
    # ", she said, referencing the bank's drive": what she did, not what she said; but a gerund
    # subject goes on with the clause: ", he said, replacing Clinton would be ..."
    participle = nxt.lower.endswith("ing") and not has_finite_verb(toks, j + 2)
    return nxt.text.islower() and not participle and nxt.lower not in cue_forms() and nxt.lower not in _NEW_CLAUSE and nxt.lower not in lexicon.words("time_openers")


def _past_listener(toks: list[Token], j: int, lemma: str) -> int:
    """After a cue whose object is its listener, the token past a few words of listener that end
    the clause (``..., Graham told The Huffington Post.``); else ``j``."""
    if lemma not in lexicon.words("object_cues"):
        return j
    for k in range(j + 1, min(len(toks), j + _LISTENER)):
        if not toks[k - 1].text[:1].isalnum():
            break
        if ends_clause(toks, k):
            return k
    return j


def _quotes_in(ctx: Context, span: tuple[int, int]) -> bool:
    return any(span[0] <= q.start and q.end <= span[1] + 1 for q in ctx.quotations)


def _inside_quote(ctx: Context, pos: int) -> bool:
    return any(q.inner_start <= pos < q.inner_end for q in ctx.quotations)


def _match(ctx: Context, rule: str, speaker: tuple[int, int] | None, cue: Token, lemma: str, content: tuple[int, int]) -> Match:
    mixed = _quotes_in(ctx, content)
    return Match("speech", rule, speaker, (cue.start, cue.end, lemma), content, "mixed" if mixed else "indirect")

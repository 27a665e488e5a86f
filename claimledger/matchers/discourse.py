"""Claims that reach beyond one sentence: what a pattern over one sentence cannot say.

- join: ``“A,” she said. “B.”`` is one quotation cut by its cue and a sentence break: one claim
  whose content runs from A to B;
- sequel: the same, when the aside between the two is longer than the words quoted: a claim of
  its own for B, with A's speaker and cue, so that neither content is mostly the writer's;
- denials that go on: in a story where a source denies something, what is said with a plain
  negation of fact (``there were no such reports``) is a denial too (``Denials``).
- paragraph: a paragraph that opens with a quotation and has no claim of its own is the speaker's
  that the convention of news copy points to. A quotation of several paragraphs leaves each but
  the last open (``Quotation.runs_on``) and names its speaker where it closes (“A. / “B. / “C,” she
  said.): every paragraph of the run is hers. A quotation whose speaker a later sentence of the
  same paragraph names (“A.” Her voice was firm. “B,” she said.) is that speaker's too. Otherwise
  the quotation is the speaker's of the paragraph before, if its last claim has one. One claim a
  paragraph.

The pipeline finds each sentence's claims first, then walks the sentences with ``Discourse``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from claimledger import lexicon, quotemarks
from claimledger.matchers import Match
from claimledger.quotemarks import Quotation
from claimledger.records import Claim
from claimledger.sentences import Sentence

# The rows whose claim may go on in the next sentence: a quotation, then its cue at the sentence's end.
_QUOTE_THEN_CUE = frozenset({"quote-speaker-cue", "quote-cue-speaker"})
_WORDS = 3  # a quotation paragraph of fewer words is a title or a heading ("‘Unfounded’")


@dataclass(frozen=True, slots=True)
class Follow:
    how: Literal["join", "sequel", "paragraph"]
    quotation: Quotation
    ahead: int | None = None  # a paragraph's: the later sentence whose claim names its speaker


class Discourse:
    """Walks a text's sentences in order, with the claims each one has."""

    def __init__(
        self,
        text: str,
        sentences: Sequence[Sentence],
        found: Sequence[list[Match]],
        nearby: Sequence[tuple[Quotation, ...]],
        before: Claim | None = None,
    ) -> None:
        """``before``: the last claim with a speaker of the paragraph before ``text``, when ``text`` is
        a chunk of a longer document (claimledger.pipeline.extract_stream)."""
        self.text = text
        self.sentences = sentences
        self.found = found
        self.nearby = nearby  # each sentence's quotations
        self.open: Claim | None = None  # a quotation whose sentence ended with its cue
        self.last = before  # the last claim with a speaker
        self._last_paragraph = -1
        self._paragraph = -1
        self._new_paragraph = True
        self._end = 0  # where the sentence before ended

    def enter(self, k: int) -> None:
        """Sentence ``k`` is next."""
        self._new_paragraph = k == 0 or "\n" in self.text[self._end : self.sentences[k].start]
        if self._new_paragraph:
            self._paragraph += 1

    def follows(self, k: int) -> Follow | None:
        """What sentence ``k`` (with no claim of its own) continues, if anything."""
        sent = self.sentences[k]
        nearby = self.nearby[k]
        if self.open is not None and "\n" not in self.text[self.open.sentence.end : sent.start]:
            going_on = _quote_sentence(self.text, sent, nearby)
            if going_on is not None:
                aside = going_on.start - self.open.content.end
                words = (self.open.content.end - self.open.content.start) + (going_on.inner_end - going_on.inner_start)
                return Follow("sequel" if aside > words else "join", going_on)
        opening = next((q for q in nearby if q.start == sent.start and len(self.text[q.inner_start : q.inner_end].split()) >= _WORDS), None)
        if opening is None or not self._new_paragraph:
            return None
        ahead = self._named_ahead(k, opening)
        if ahead is not None:
            return Follow("paragraph", opening, ahead) if ahead >= 0 else None
        rest = self.text[opening.end :].split("\n", 1)[0]
        if self.last is not None and self._last_paragraph == self._paragraph - 1 and not rest.strip():
            return Follow("paragraph", opening)
        return None

    @property
    def closing(self) -> Claim | None:
        """The last claim with a speaker, if it is in the text's last paragraph (so far)."""
        return self.last if self._last_paragraph == self._paragraph else None

    def heard(self, k: int, said: Claim | None, follow: Follow | None) -> None:
        """After sentence ``k``: the claim it made or continued last (``said``), and how it followed."""
        sent = self.sentences[k]
        self._end = sent.end
        self.open = None
        last = self.found[k][-1] if self.found[k] and follow is None else None
        if last is not None and said is not None and last.rule in _QUOTE_THEN_CUE and last.cue and last.speaker:
            if _ends_with_cue(self.text[max(last.cue[1], last.speaker[1]) : sent.end]):
                self.open = said
        if said is not None and said.speaker is not None and said.kind in ("speech", "denial"):
            self.last, self._last_paragraph = said, self._paragraph

    def _named_ahead(self, k: int, opening: Quotation) -> int | None:
        """The later sentence whose quotation claim names the speaker of ``opening``, the
        quotation that opens sentence ``k``'s paragraph: in the same paragraph, or where a
        quotation that runs on over paragraphs closes. -1 when a later sentence of the paragraph
        has a quotation claim that is not its speaker's; None when nothing ahead names one."""
        run = opening
        for j in range(k + 1, len(self.sentences)):
            if "\n" in self.text[self.sentences[j - 1].end : self.sentences[j].start]:
                if not run.runs_on:
                    return None
                run = next((q for q in self.nearby[j] if q.start == self.sentences[j].start), None)  # type: ignore[assignment]
                if run is None:
                    return None
            said = [m for m in self.found[j] if m.quote == "direct" and m.speaker]
            if said:
                closes = not run.runs_on and any(run.start <= m.content[0] and m.content[1] <= run.end for m in said)
                return j if closes or run is opening else -1
        return None


def _ends_with_cue(rest: str) -> bool:
    """Whether the rest of a quotation's sentence, after its cue and speaker, holds no other
    quotation (``said Sen. Ortiz (D-N.M.), who chairs the panel.``, ``she told reporters on
    Monday.``), so a quotation that opens the next sentence goes on with the same speaker."""
    return not any(mark in rest for mark in quotemarks.DOUBLE_MARKS)


def _quote_sentence(text: str, sent: Sentence, nearby: tuple[Quotation, ...]) -> Quotation | None:
    """The quotation that opens the sentence and reads as an utterance of its own: the whole
    sentence (“B.”), or one that holds a sentence stop (“B. C” for the top bracket.), if there is one."""
    for q in nearby:
        if q.start == sent.start and q.inner_end > q.inner_start:
            if not text[q.end : sent.end].strip() or any(stop in text[q.inner_start : q.inner_end] for stop in ".?!"):
                return q
    return None


class Denials:
    """Whether a document is a denial story: one in which a source denies something (a claim of kind
    denial, by a verb of denying or a refutation). In such a story a speech whose content negates a
    fact (``there had been no raid``, ``he never met her``: data/denial_followups.txt) rebuts what
    the story is about, whoever says it: it is a denial too. Once a document (or a chunk of a long
    one) has a denial, it stays a denial story."""

    def __init__(self) -> None:
        self.story = False

    def read(self, claims: list[Claim]) -> None:
        """Note whether the claims of a text, or of the next chunk of a document, hold a denial."""
        self.story = self.story or any(c.kind == "denial" for c in claims)

    def goes_on(self, claim: Claim) -> bool:
        """Whether ``claim`` is a speech that goes on the story's denial ("We would never do that" is one too)."""
        content = lexicon.phrases("opinion_negations").sub(" ", claim.content.text)
        return self.story and claim.kind == "speech" and lexicon.phrases("denial_followups").search(content) is not None

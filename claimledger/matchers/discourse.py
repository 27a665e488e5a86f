"""Claims that reach beyond one sentence: what a pattern over one sentence cannot say.

- join: ``“A,” she said. “B.”`` is one quotation cut by its cue and a sentence break: one claim
  whose content runs from A to B;
- sequel: the same, when the aside between the two is longer than the words quoted: a claim of
  its own for B, with A's speaker and cue, so that neither content is mostly the writer's;
- paragraph: a paragraph that opens with a quotation and has no claim of its own, after a paragraph
  whose last claim has a speaker, is that speaker's: the convention of news copy, both for a
  quotation of several paragraphs (each but the last leaves it open, ``Quotation.runs_on``) and for
  one that the paragraph before closed. Not when a later sentence of the paragraph names a speaker
  for a quotation: the opening one is then likely that speaker's too. One claim a paragraph.

The pipeline finds each sentence's claims first, then walks the sentences with ``Discourse``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from claimledger import quotemarks
from claimledger.matchers import Match
from claimledger.quotemarks import Quotation
from claimledger.records import Claim
from claimledger.sentences import Sentence

# The rows whose claim may go on in the next sentence: a quotation, then its cue at the sentence's end.
_QUOTE_THEN_CUE = frozenset({"quote-speaker-cue", "quote-cue-speaker"})
_WORDS = 3  # a quotation paragraph of fewer words is a title or a heading ("‘Misinformed’")


@dataclass(frozen=True, slots=True)
class Follow:
    how: Literal["join", "sequel", "paragraph"]
    quotation: Quotation


class Discourse:
    """Walks a text's sentences in order, with the claims each one has."""

    def __init__(self, text: str, sentences: Sequence[Sentence], found: Sequence[list[Match]]) -> None:
        self.text = text
        self.sentences = sentences
        self.found = found
        self.open: Claim | None = None  # a quotation whose sentence ended with its cue
        self.last: Claim | None = None  # the last claim with a speaker
        self._last_paragraph = -1
        self._paragraph = -1
        self._new_paragraph = True
        self._end = 0  # where the sentence before ended

    def enter(self, k: int) -> None:
        """Sentence ``k`` is next."""
        self._new_paragraph = k == 0 or "\n" in self.text[self._end : self.sentences[k].start]
        if self._new_paragraph:
            self._paragraph += 1

    def follows(self, k: int, nearby: tuple[Quotation, ...]) -> Follow | None:
        """What sentence ``k`` (with no claim of its own) continues, if anything."""
        sent = self.sentences[k]
        if self.open is not None and "\n" not in self.text[self.open.sentence.end : sent.start]:
            going_on = _quote_sentence(self.text, sent, nearby)
            if going_on is not None:
                aside = going_on.start - self.open.content.end
                words = (self.open.content.end - self.open.content.start) + (going_on.inner_end - going_on.inner_start)
                return Follow("sequel" if aside > words else "join", going_on)
        opening = next((q for q in nearby if q.start == sent.start and len(self.text[q.inner_start : q.inner_end].split()) >= _WORDS), None)
        if (
            opening is not None
            and self._new_paragraph
            and self.last is not None
            and self._last_paragraph == self._paragraph - 1
            and not self._named_later(k)
        ):
            return Follow("paragraph", opening)
        return None

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

    def _named_later(self, k: int) -> bool:
        """Whether a later sentence of sentence ``k``'s paragraph gives a quotation its speaker."""
        for j in range(k + 1, len(self.sentences)):
            if "\n" in self.text[self.sentences[j - 1].end : self.sentences[j].start]:
                return False
            if any(m.quote == "direct" and m.speaker for m in self.found[j]):
                return True
        return False


def _ends_with_cue(rest: str) -> bool:
    """Whether the rest of a quotation's sentence, after its cue and speaker, holds no other
    quotation (``said Rep. Lee (D-Ohio), head of the caucus.``, ``he said in August.``), so a
    quotation that opens the next sentence goes on with the same speaker."""
    return not any(mark in rest for mark in quotemarks.DOUBLE_MARKS)


def _quote_sentence(text: str, sent: Sentence, nearby: tuple[Quotation, ...]) -> Quotation | None:
    """The quotation that opens the sentence and reads as an utterance of its own: the whole
    sentence (“B.”), or one that holds a sentence stop (“B. C” for the top bracket.), if there is one."""
    for q in nearby:
        if q.start == sent.start and q.inner_end > q.inner_start:
            if not text[q.end : sent.end].strip() or any(stop in text[q.inner_start : q.inner_end] for stop in ".?!"):
                return q
    return None

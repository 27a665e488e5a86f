"""The claim engine on one sentence of about 2,000 tokens, shape by shape: none should take 50 ms.

    python bench/long_sentences.py

Each shape repeats a phrase that rows match (a cue, a name, a quotation, a relay) until the
sentence holds about 2,000 tokens, and runs the engine on it as one sentence, past the sentence
splitter (which would cut it). Prints the best wall time of three runs, slowest first.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from claimledger import quotemarks, sentences  # noqa: E402
from claimledger.matchers import Context, engine  # noqa: E402

SHAPES = {
    "name said": "Mayor John Smith said ",
    "Name said": "Smith said ",
    "he said that": "he said that ",
    "said,": "said, ",
    "quotation, cue": '"We will keep going," Smith said, ',
    "apposition": "John Smith, the mayor of Kyiv, said ",
    "relay": "Smith, the mayor of the city, told Reuters on Tuesday that ",
    "according to": "according to officials ",
    "told an outlet": "told Reuters that ",
    "quotations": '"We will," ',
    "titles": "the head of the office of ",
    "shares": "41 percent of voters ",
    "times": "on Tuesday night ",
}


def main() -> None:
    cascade = engine.cascade()
    found = []
    for name, phrase in SHAPES.items():
        text = (phrase * (2000 // len(phrase.split()))).strip() + "."
        ctx = Context(text, sentences.Sentence(0, 0, len(text)), tuple(quotemarks.find(text)))
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            cascade.match(ctx)
            best = min(best, time.perf_counter() - start)
        found.append((best, name, len(text.split())))
    for took, name, words in sorted(found, reverse=True):
        print(f"{took * 1000:7.1f} ms  {name} ({words} words)")


if __name__ == "__main__":
    main()

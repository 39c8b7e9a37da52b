"""The most similar of many texts, found without comparing with each of them.

``TextIndex.best`` gives what ``rapidfuzz.process.extractOne(text, choices,
scorer=fuzz.ratio, score_cutoff=threshold)`` gives over the texts still in the
index (the first of equal scores in the order they were given), but scores only
the texts that share a long piece with ``text``.

Why that is the same answer. ``fuzz.ratio`` is ``100 * (1 - d / (|A| + |B|))``
with ``d`` the number of characters inserted and deleted to turn A into B, and
``d >= abs(|A| - |B|)``. Cut A into ``k + 1`` pieces: each deletion spoils the
piece it falls in, each insertion at most the one it falls inside, so a text
within ``d <= k`` of A holds one piece whole and differs from it in length by at
most ``k``. Every other text is at least ``k + 1`` away and scores at most
``100 * 2|A| / (2|A| + k + 1)``. So once the texts holding a piece are scored:
if the best of them scores above that bound, no other beats or equals it; if
the bound is below the threshold, no other reaches the threshold.

A first look cuts A in three (long pieces, held by few texts, usually the text
A rewords); the best score found sets the next ``k`` (the first whose bound is
below it), and then only the texts of a length within ``k`` are looked at. When
the first look finds nothing reaching the threshold (a new task: proving that
no text reaches 85 would take pieces of three characters), or the pieces would
be shorter than the indexed substrings, or held by a quarter of the texts,
every text is scored as extractOne does.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right

from rapidfuzz import fuzz, process

GRAM = 4  # length of the indexed substrings; a piece is never shorter
STRIDE = 2  # a piece is looked up by its substrings starting at every STRIDE-th character
EPSILON = 1e-9  # float rounding between the bound and rapidfuzz's score


def best_match(text: str, choices: dict[str, str], threshold: float) -> str | None:
    """Key of the most similar text scoring at least ``threshold`` (first of equals),
    all ``choices`` scored (a task's few stored namesakes)."""
    if not choices:
        return None
    found = process.extractOne(text, choices, scorer=fuzz.ratio, score_cutoff=threshold)
    return found[2] if found else None


class TextIndex:
    def __init__(self, texts: dict[str, str]):
        """``texts``: key -> text, in the order that breaks ties."""
        self.keys = list(texts)
        self.texts = list(texts.values())
        self.lengths = [len(t) for t in self.texts]
        self.live = dict(texts)  # what is still to be matched, in the original order
        self._grams: dict[str, list[int]] | None = None

    def __bool__(self) -> bool:
        return bool(self.live)

    def remove(self, key: str) -> None:
        del self.live[key]

    def grams(self) -> dict[str, list[int]]:
        """Substring of GRAM characters -> positions of the texts holding it, shortest
        texts first (made on first use: an import whose tasks all match by id or
        number needs none)."""
        if self._grams is None:
            self._grams = {}
            for pos in sorted(range(len(self.texts)), key=self.lengths.__getitem__):
                text = self.texts[pos]
                for gram in {text[i:i + GRAM] for i in range(len(text) - GRAM + 1)}:
                    self._grams.setdefault(gram, []).append(pos)
        return self._grams

    def best(self, text: str, threshold: float) -> str | None:
        """Key of the live text most similar to ``text`` scoring at least
        ``threshold`` (above 0; the first of equals), or None."""
        if not self.live:
            return None
        size = len(text)
        best = (0.0, 0)  # score, -position of the best text scored so far; 0.0: none reaches the threshold
        spoils, window = 2, None
        while size >= (spoils + 1) * GRAM:
            found = self._best_holding(text, spoils + 1, window, threshold)
            if found is None:
                break
            best = max(best, found)
            score, bound = best[0], 200 * size / (2 * size + spoils + 1)  # no text left unscored scores above bound
            if score >= threshold and score > bound + EPSILON or bound + EPSILON < threshold:
                return self.keys[-best[1]] if score >= threshold else None
            if score < threshold:
                break
            # next, the spoils that put the bound below the best score so far
            spoils = window = max(spoils + 1, int(200 * size / (score - EPSILON)) - 2 * size)
        found = process.extractOne(text, self.live, scorer=fuzz.ratio, score_cutoff=threshold)
        return found[2] if found else None

    def _best_holding(self, text: str, count: int, window: int | None,
                      threshold: float) -> tuple[float, int] | None:
        """(score, -position) of the best live text holding one of ``count`` pieces
        of ``text`` whole (of a length within ``window`` of it, if given); (0, 0)
        for none reaching ``threshold``; None when there are too many to look at."""
        grams, lengths = self.grams(), self.lengths.__getitem__
        low, high = (len(text) - window, len(text) + window) if window is not None else (0, float("inf"))
        step, extra = divmod(len(text), count)
        holders: set[int] = set()
        start = 0
        for i in range(count):
            piece = text[start:start + step + (i < extra)]
            start += len(piece)
            posting = min([grams.get(piece[j:j + GRAM], ()) for j in range(0, len(piece) - GRAM + 1, STRIDE)], key=len)
            for pos in posting[bisect_left(posting, low, key=lengths):bisect_right(posting, high, key=lengths)]:
                if pos not in holders and piece in self.texts[pos]:
                    holders.add(pos)
            if len(holders) > len(self.live) // 4 + 8:
                return None
        order = sorted(pos for pos in holders if self.keys[pos] in self.live)
        found = process.extractOne(text, [self.texts[pos] for pos in order], scorer=fuzz.ratio,
                                   score_cutoff=threshold)
        return (found[1], -order[found[2]]) if found else (0.0, 0)

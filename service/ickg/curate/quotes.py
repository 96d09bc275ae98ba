"""Locating a curator's quote in a document's text, whatever its whitespace and quote marks.

Each quote is looked up with whitespace collapsed (and curly quotes read as straight ones), and
mapped back to the exact character offsets of the text as received: evidence is checked against
the original, never against a cleaned copy.
"""

from __future__ import annotations

import re

# Typographic characters read as their plain equivalents when matching (one for one, so that
# offsets in the folded text are offsets in the original).
_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " "})


class LocatedText:
    """A document's text with whitespace collapsed, and the way back to the original offsets."""

    def __init__(self, text):
        self.text = text
        chars, index = [], []
        previous_space = False
        folded = text.translate(_FOLD)
        for position, char in enumerate(folded):
            if char.isspace():
                if previous_space:
                    continue
                chars.append(" ")
                previous_space = True
            else:
                chars.append(char)
                previous_space = False
            index.append(position)
        self.normal = "".join(chars)
        self.index = index

    @staticmethod
    def normalise(text):
        return re.sub(r"\s+", " ", text.translate(_FOLD)).strip()

    def find_all(self, quote, lo=0, hi=None):
        """Every (start, end) in the original text where ``quote`` occurs (whitespace-normalised)."""
        needle = self.normalise(quote)
        if not needle:
            return []
        lo_n = self._to_normal(lo)
        hi_n = len(self.normal) if hi is None else self._to_normal(hi)
        spans, at = [], self.normal.find(needle, lo_n)
        while at != -1 and at + len(needle) <= hi_n:
            spans.append((self.index[at], self.index[at + len(needle) - 1] + 1))
            at = self.normal.find(needle, at + 1)
        return spans

    def _to_normal(self, offset):
        # first normalised position whose original offset is >= offset
        lo, hi = 0, len(self.index)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.index[mid] < offset:
                lo = mid + 1
            else:
                hi = mid
        return lo

"""Where fixed strings occur in a text, and whether one of them lies within a span.

Several finders ask of every sentence whether it holds one of a few strings (the head nouns of an
institution, a rule's cue words). ``str.find`` scans in C at about a character a nanosecond, but a
search per sentence and per string costs a Python call each: scanning the whole text once for each
string and answering each sentence by bisection costs less, and gives the same answers
(``tests/test_extract_occurrences.py`` checks them against the search per span).
"""

import re
from bisect import bisect_left
from functools import lru_cache


def starts(text: str, string: str) -> list[int]:
    """Every index at which ``string`` occurs in ``text``, in order, overlapping occurrences included
    (each found by ``text.find(string, previous + 1)``)."""
    out = []
    at = text.find(string)
    while at >= 0:
        out.append(at)
        at = text.find(string, at + 1)
    return out


def spans_of(text: str, strings: tuple[str, ...]) -> list[tuple[int, int]]:
    """``(start, end)`` of every occurrence of each of ``strings`` in ``text``, sorted: with
    :func:`any_within`, ``any(text.find(s, a, b) >= 0 for s in strings)`` for any span [a, b).
    (The loop of :func:`starts` written out: a call per string cost more than the scan of an abstract.) A text
    that holds none of them is told by :func:`may_hold` first."""
    out = []
    if not may_hold(text, strings):
        return out
    for string in strings:
        size = len(string)
        at = text.find(string)
        while at >= 0:
            out.append((at, at + size))
            at = text.find(string, at + 1)
    out.sort()
    return out


def any_within(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether one of the sorted ``spans`` lies wholly in [start, end): only those that start
    inside need a look (found by bisection)."""
    for i in range(bisect_left(spans, (start,)), len(spans)):
        s, e = spans[i]
        if s >= end:
            return False
        if e <= end:
            return True
    return False


def holds_any(text: str, strings: tuple[str, ...]) -> bool:
    """``any(s in text for s in strings)``, by one scan in C: the strings as one alternation of literals
    (compiled once per tuple), searched for. ``re`` scans for the characters the strings open with and
    tries the branches only there, so this pays where those are rare in prose (capitals, or a space and
    then a word of several) and there are five strings or more: each ``in`` is a scan of its own (a
    guard of twelve capitalised program words, 10.6 -> 5.1 µs a synthetic abstract). Strings that open
    on common small letters ("program", "pilot", "coverage") are faster by ``in``; left so."""
    return _alternation(strings)(text) is not None


@lru_cache(maxsize=None)
def _alternation(strings: tuple[str, ...]):
    return re.compile("|".join(map(re.escape, strings))).search


def may_hold(text: str, strings: tuple[str, ...]) -> bool:
    """False only when ``text`` holds none of ``strings``: asked by :func:`holds_any` where that pays (five
    strings or more, none opening on a small letter), else True without a look. A finder that scans the
    text for each of the strings (:func:`spans_of`, a finder's loop of :func:`starts`) asks this first:
    most texts hold none of a long list of cues ("Dutch for", "German for", ... of a gloss), and one scan
    tells so where the list's would make one each."""
    return not _one_scan_pays(strings) or holds_any(text, strings)


@lru_cache(maxsize=None)
def _one_scan_pays(strings: tuple[str, ...]) -> bool:
    return len(strings) >= 5 and not any(s[:1].islower() for s in strings)

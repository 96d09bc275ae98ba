"""The hedge that qualifies a claim ("probably", "may", "early results suggest"), as a qualifier of the
claim's statement: outcomes, barriers, goals and mechanisms are hedged alike.
"""

import re

from ickg.extract.actors import lower_is_ignorecase
from ickg.extract.regex import lazy_compile
from ickg.extract.statements.cues import words_of
from ickg.extract.statements.statement import QUALIFIER


_HEDGES = [
    (lazy_compile(r"\b(?:preliminary data suggest|early figures suggest|early results|preliminary|"
                  r"too soon to attribute|early evidence|initial results|first results|interim results)\b", re.I),
     "preliminary"),
    (lazy_compile(r"\b(?:in the hope that|aims? to|intended to|is expected to|are expected to|hopes? to|designed to|"
                  r"seeks? to|is meant to|are meant to)\b", re.I),
     "aspirational"),
    (lazy_compile(r"\b(?:appears? to|seems? to|(?<!more )(?<!less )(?<!as )likely|probably|possibly|uncertain|perhaps|presumably|apparently|"
                  r"(?:is|are) thought to|tends? to|unclear whether|it is unclear|"
                  r"should be read with caution|have not been (?:independently )?(?:evaluated|compared[\w ]*?group)|"
                  r"has not been (?:independently )?evaluated|cannot be attributed|suggests?)\b", re.I), "hedged"),
]
# Bare modals hedge a claim only when no stronger cue is near: "clients of different providers may
# differ, so the savings are probably overstated" is hedged by "probably"; the modal is a caveat's.
_MODALS = lazy_compile(r"\b(?:may not|might|may|could(?![ ]not\b)|Might|Could(?![ ]not\b))\b")   # not "May 2016"; "could
# not" says what was not possible ("the program could not cover weekends"), a fact, not a hedge


_HEDGE_CACHE = {}


def hedge_of(text, start, end, follow=None):
    """The hedge cue of a claim in text[start:end] (or the sentence after it, ``follow``): a
    qualifying phrase first, in the sentence and then the next, and a bare modal only failing that.
    Several rules ask about the same sentence: the answer is kept per text and span."""
    key = (id(text), start, end, follow)
    cached = _HEDGE_CACHE.get(key)
    if cached is not None and cached[0] is text:
        return dict(cached[1]) if cached[1] else None
    if len(_HEDGE_CACHE) > 4096:
        _HEDGE_CACHE.clear()
    found = _hedge_of(text, start, end, follow)
    _HEDGE_CACHE[key] = (text, found)
    return dict(found) if found else None


def _hedge_of(text, start, end, follow):
    spans = [span for span in ((start, end), follow) if span]
    guarded = lower_is_ignorecase(text)      # else a word of words_of() may not be one re.I matches
    for patterns in (_HEDGES, [(_MODALS, "hedged")]):
        for span in spans:
            words = words_of(text, *span) if guarded else None
            for pattern, qualifier in patterns:
                if words is not None and not (_HEDGE_WORDS[id(pattern)] & words):
                    continue
                m = pattern.search(text, span[0], span[1])
                if m:
                    return {"cue": m.group(), "qualifier": QUALIFIER + qualifier}
    return None


# A word each alternative of a hedge pattern holds whole (between \b or spaces), in lower case: a
# span whose words_of() has none of a pattern's is not searched with it. Keyed by the pattern's id (as are
# the other tables of patterns here): hashing a compiled pattern hashes its whole program, each time.
_HEDGE_WORDS = {id(pattern): frozenset(words.split()) for pattern, words in (
    (_HEDGES[0][0], "preliminary early too initial first interim"),
    (_HEDGES[1][0], "hope hopes aim aims intended expected designed seek seeks meant"),
    (_HEDGES[2][0], "appear appears seem seems likely probably possibly uncertain perhaps presumably apparently "
                    "thought tend tends unclear caution been attributed suggest suggests"),
    (_MODALS, "may might could"))}

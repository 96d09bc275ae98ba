"""The items of a list a sentence names ("A, B, and C"): components, barriers and parts of a program are
listed alike, and one reading of where an item ends serves them all.
"""

import re

from ickg.extract.regex import lazy_compile


_ITEM_SPLIT = lazy_compile(r",[ ](?:and[ ]|or[ ])?|[ ]and[ ](?=an?[ ][a-z0-9])|[ ]and[ ](?=(?:an?[ ]|the[ ])?[a-z][\w\-]*(?:[ ][a-z][\w\-]*){0,2}"
                           r"(?:[ ](?:by|for|after|between|with|of|to)[ ][^,]+)?$)")
_ITEM_CUT = lazy_compile(r"[ ](?:will|would|is|are|was|were|can|could|must)[ ]|[ ](?:to[ ](?:reach|help|support|keep|make|ensure)|so[ ]that|which|who|that[ ]|in[ ]order|including|"
                         r"delivered[ ]by|embedded[ ]in|rather[ ]than|instead[ ]of|across|when|where|whose|while|because)\b")


def _part_items(text, s, e):
    """(start, end) of the items of the list text[s:e]. The list ends with the item after its closing ", and"
    or ", or": what follows is that item's own ("..., and rehabilitation for people discharged after a stroke,
    a hip fracture or a heart attack": the strokes and fractures are no items)."""
    items, at, closed = [], s, False
    for m in _ITEM_SPLIT.finditer(text, s, e):
        items.append((at, m.start()))
        at = m.end()
        if closed:
            return _trimmed_items(text, items)
        closed = len(items) >= 3 and m.group().startswith((", and", ", or"))   # "A, B, and C": a list of three or more
    items.append((at, e))
    return _trimmed_items(text, items)


def _trimmed_items(text, items):
    out = []
    for a, b in items:
        cut = _ITEM_CUT.search(text, a, b)
        b = cut.start() if cut else b
        while a < b and text[a] == " ":
            a += 1
        lead = re.match(r"(?:an?|the|its|their|his|her|our|weekly|daily|monthly|regular)[ ]", text[a:b])
        if lead and lead.group().strip() in ("a", "an", "the", "its", "their", "his", "her", "our"):
            a += lead.end()
        out.append((a, b))
    return out

"""Jurisdictions named in a text: countries, provinces and states, regions, cities, continents.

The places come from ``gazetteer.tsv`` beside this module, a hand-kept table: one row per place
with its type (a subclass of ``ickg:Jurisdiction``), its parent (``ickg:partOf``), its variant
spellings and, only where it was verified by hand (docs/domain.md §3), its Wikidata id. Nothing
is looked up online, so the same text always yields the same places.

Matching is case-sensitive on purpose: place names are proper nouns, and "us" or "turkey" in
lower case are not places. Adjectives ("Canadian", "Danish") are not mentions of the country: a
"Canadian province" names no particular jurisdiction, and counting it would make every study of
Canadian data "about Canada". Names inside an institution's name ("University of Toronto") are
not mentions of the place either: the text names the institution, not the city.
"""

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files

from ickg.extract.regex import lazy_compile

JURISDICTION_TYPES = ("Country", "ProvinceOrState", "Region", "Municipality", "SupranationalRegion")

# "University of Toronto", "Hospital of Quebec": the place is part of an institution's name.
_INSTITUTION_BEFORE = lazy_compile(
    r"(?:University|College|Institute|School|Hospital|Museum|Library|Bank)\s+of\s+(?:the\s+)?$")


@dataclass(frozen=True, slots=True)
class Place:
    """One row of the gazetteer."""

    slug: str
    name: str
    type: str
    parent: str | None
    wikidata: str | None
    variants: tuple = field(default=())


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A span of text naming a place of the gazetteer."""

    place: Place
    start: int
    end: int
    text: str


@lru_cache(maxsize=1)
def places():
    """Every place of the gazetteer, keyed by slug."""
    table = files("ickg.extract").joinpath("gazetteer.tsv").read_text(encoding="utf-8")
    out = {}
    lines = [line for line in table.splitlines() if line and not line.startswith("#")]
    for line in lines[1:]:
        slug, name, kind, parent, wikidata, variants = (line.split("\t") + [""] * 6)[:6]
        if kind not in JURISDICTION_TYPES:
            raise ValueError(f"gazetteer.tsv: {slug!r} has unknown type {kind!r}")
        out[slug] = Place(slug, name, kind, parent or None, wikidata or None,
                          tuple(v for v in variants.split("|") if v))
    for place in out.values():
        if place.parent and place.parent not in out:
            raise ValueError(f"gazetteer.tsv: {place.slug!r} has unknown parent {place.parent!r}")
    return out


def ancestors(place):
    """The chain of places ``place`` is part of, nearest first (Ontario -> Canada -> North America)."""
    table = places()
    chain = []
    while place.parent:
        place = table[place.parent]
        chain.append(place)
    return chain


@lru_cache(maxsize=1)
def _matcher():
    """One compiled alternation of every name and variant, longest first, and its lookup table.

    At any position the regex engine tries the alternatives in order, so listing longer names
    first makes "Quebec City" win over "Quebec" and "United States of America" over "United States".
    """
    by_surface = {}
    for place in places().values():
        for surface in (place.name, *place.variants):
            by_surface.setdefault(surface, place)
    pattern = _trie_pattern(sorted(by_surface), not_after=r"[\w.]") + r"(?![\w-])"
    return re.compile(pattern), by_surface


def _trie_pattern(words, not_after=None):
    """One regex for a set of literal words, factored by common prefix ("Quebec( City)?").

    A flat alternation of 250 names makes the engine try each name at every position; the
    factored form tries one character at a time. Longer continuations come before the end of a
    word, so the longest name wins, as in a longest-first alternation.

    ``not_after``, a character class, is what may not come before a word: it is checked behind
    each word's first character ("Q(?<![\\w.]Q)uebec" for "(?<![\\w.])Quebec"), so that the pattern
    opens on a character and sre tries it only where a word's first character is. The same matches.
    """
    trie = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = True

    def build(node, first=False):
        ends = "" in node
        branches = [re.escape(c) + (f"(?<!{not_after}{re.escape(c)})" if first and not_after else "") + build(child)
                    for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return "(?:" + body + ")?"
        return body

    return build(trie, first=True)


def find_places(text, *, excluded=()):
    """Every mention of a gazetteer place in ``text``, in order.

    Args:
        text: the document text.
        excluded: (start, end) spans to skip, such as site chrome.

    Returns:
        A list of :class:`PlaceMention`.
    """
    regex, by_surface = _matcher()
    out = []
    for match in regex.finditer(text):
        start, end = match.span()
        if any(s <= start < e for s, e in excluded):
            continue
        if _INSTITUTION_BEFORE.search(text, max(0, start - 40), start):
            continue
        out.append(PlaceMention(by_surface[match.group()], start, end, match.group()))
    return out


def prepare_tables() -> None:
    """Make the gazetteer's matcher now, as first use would.

    Called before worker processes are forked, so that they inherit the tables instead of each
    making its own."""
    _matcher()

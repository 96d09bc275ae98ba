"""Jurisdictions beyond the gazetteer: provinces, states, regions, counties, cities, health areas.

:func:`find_jurisdictions` adds to :func:`ickg.extract.gazetteer.find_places` (the curated
places, the only ones with Wikidata ids):

- ``places.tsv`` beside this module, a hand-kept table of first-level subdivisions and cities that
  integrated-care writing names (German Länder, Italian and Spanish regions, English counties,
  Scottish council areas, US cities...), typed and attached to a gazetteer parent, with no
  Wikidata id (none was verified for them);
- places the sentence itself marks as places: "Downey, California" (a name before a known place
  and a comma), "the Kinzig valley", "the Höglandet area of Jönköping County", "Matanuska-Susitna
  Borough", "Jönköping County", "In Sutton, south London", "MONTPELIER, Vt. -" (a dateline), a
  conference's or workshop's venue, and a name listed with known places ("including Osona and Barcelona");
  names listed before a plural head or after one ("the Regina Qu'Appelle, Saskatoon and Sun Country
  health regions", "several States, including Bihar and Uttar Pradesh"), a name with its head ("in the
  Upper East Region", "the North West province", "In Bojanala district"), a place the sentence says is
  one ("X is one of the eight local governments"), where a service opened or a body is based ("opened
  ... in Shamokin for"), an office's town at a line's end ("Research Office, Salem"), on an author line too
  with its country ("Universidad de Antioquia, Medellín, Colombia"), a line that opens on its head ("Province
  of Iloilo, Republic of ..."), "the department of Guainía", "Iloilo City", "the Amazon basin", "on the Central
  Coast", where something has run since a date ("in Manhattan since November 2014"), and a model's one-word
  name that the text also writes as a place ("the Frome model" beside "from Frome fell").

A place inside an organization's name is the organization's, not a mention of the place: "NHS
England", "Northern New England Health Wire", "Canterbury District Health Board", "Government of India".
"""

import re
from dataclasses import replace
from functools import lru_cache
from importlib.resources import files

from ickg.extract.gazetteer import Place, PlaceMention, _trie_pattern, find_places, places
from ickg.extract.occurrences import holds_any, spans_of
from ickg.extract.regex import lazy_compile
from ickg.iris import slug as make_slug

# Words that make a capitalised run an organization's name when they end it or follow the place.
ORG_WORDS = {
    "Council", "Councils", "Board", "Boards", "Trust", "Trusts", "Authority", "Authorities", "Network",
    "Networks", "Foundation", "Fund", "Institute", "University", "College", "School", "Hospital",
    "Hospitals", "Clinic", "Clinics", "Centre", "Center", "Department", "Ministry", "Agency", "Office",
    "Service", "Services", "Group", "Groups", "Partnership", "Alliance", "Association", "Society",
    "Commission", "Committee", "Corporation", "Company", "Inc", "Ltd", "GmbH", "AG", "Plc", "Wire",
    "Bulletin", "Times", "Post", "Herald", "Journal", "News", "Press", "Health", "Healthcare", "Care",
    "Government", "Administration", "Consortium", "Collaborative", "Coalition", "Cooperative",
    "Federation", "Insurance", "Plan", "Plans", "System", "Systems", "Medical", "Nederland",
    # the heads of institutions' names in other languages ("Karolinska Institutet", "Universität Bern")
    "Institutet", "Institut", "Instituto", "Istituto", "Universität", "Universidad", "Università", "Université",
    "Universitet", "Universiteit", "Hochschule", "Klinikum", "Ziekenhuis", "Sjukhus", "Hôpital", "Ospedale",
    "Parliament", "Congress", "Senate", "Assembly", "Legislature", "Court", "Cabinet",
}
# Heads of a body named after its place ("University of Leeds", "Royal College of Physicians of Ireland"):
# the place is the body's.
_BODY_OF = lazy_compile(r"\b(?:University|Universities|College|Institute|School|Academy|Polytechnic|Government|Hospitals?)[ ]of[ ]"
                        r"(?:the[ ])?(?:[A-Z][\w\-]+[ ](?:and|&)[ ])?$"
                        r"|\b(?:Universit[àéaä]t?|Universidad|Universidade|Universitat|Universiteit|Institut|Instituto|Istituto|"
                        r"Hôpital|Ospedale|Hospital|Centre|Centro)[ ](?:di|de|del|della|degli|do|da|du|des|van|von)[ ](?:l['’])?$")
_LEADING_BODY_WORDS = {"Region", "City", "County", "Province", "State", "Republic", "Municipality", "Canton"}
_ACRONYM = lazy_compile(r"[A-Z]{2,6}")
_NOT_PLACE_WORDS = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "The", "This", "That", "These", "Those", "Addition", "Practice", "Particular", "Short", "Summary",
    "Total", "General", "Contrast", "Conclusion", "Conclusions", "Results", "Methods", "Background",
    "Medicare", "Medicaid", "Phase", "Year", "Part", "Section", "Table", "Figure", "Chapter", "Other",
}
_FUNCTION_WORDS = {"In", "From", "To", "And", "Of", "For", "At", "On", "By", "With", "Across", "Both", "Since",
                   "Unlike", "Like", "Outside", "Within", "Throughout", "Than", "Rural", "Urban", "All", "Across",
                   "Elsewhere", "Across", "Whereas", "While", "But", "Or", "Nor", "Even", "Only", "Where", "When",
                   "Many", "Most", "Some", "Several", "Two", "Three", "Four", "Five", "Every", "Each", "Under",
                   "Over", "Between", "Among", "After", "Before", "During", "Until", "Through", "Into", "About"}
_COMPASS = {"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central",
            "Greater", "Upper", "Lower", "Inner", "Outer"}
_NAME = r"(?:(?:St|Ste|Mt|Ft)\.[ ])?[A-ZÀ-Þ][\w'’\-]*[\w]"     # "St. Johnsbury": the title is the name's
_NAMES = rf"{_NAME}(?:[ \-]{_NAME}){{0,2}}"
# _NAME with its capital taken first, a title's "St", "Ste", "Mt" or "Ft" checked behind it (and, at a
# word's start, the boundary): sre looks for a pattern that opens on it only at capitals. The same matches.
_FIRST_NAME = r"[A-ZÀ-Þ](?:(?<=S)te?\.[ ][A-ZÀ-Þ]|(?<=[MF])t\.[ ][A-ZÀ-Þ]|)[\w'’\-]*[\w]"
_FIRST_NAME_AT_WORD = _FIRST_NAME.replace("[A-ZÀ-Þ]", r"[A-ZÀ-Þ](?<!\w[A-ZÀ-Þ])", 1)

_HEADED = lazy_compile(rf"(?P<name>{_FIRST_NAME_AT_WORD}(?:[ \-]{_NAME}){{0,2}})[ ]"
                       rf"(?P<head>County|Province|District|Borough|Prefecture|Canton|Parish|Oblast|Governorate|Municipality|Zone"
                       # "Iloilo City", "Quezon City": a city named with its head, not one that names a body
                       rf"|City(?![ ]?[A-Z\-]))\b"
                       r"(?![ ](?:Council|Board|Hospital|Health|Government))")
# Patterns open on their first letter, the word boundary checked behind it ("[Tt](?<!\w[Tt])he" for
# "\bthe"): one that opens on \b or a look-behind is tried at every position of the text, one that
# opens on a letter only where that letter is; the matches are the same.
# What serves the area before its head: "the Pirkanmaa hospital district", "the Kainuu social and health care
# district", "the Uusimaa wellbeing services county".
_SERVICE_WORDS = (r"(?:health|hospital|health[ ]care|healthcare|care|social[ ]and[ ]health[ ]care|health[ ]and[ ]social[ ]care|"
                  r"wellbeing[ ]services|welfare)[ ]")
_LOWER_HEADED = lazy_compile(rf"[Tt](?<!\w[Tt])he[ ](?P<name>{_NAMES})[ ](?:{_SERVICE_WORDS})?(?P<head>valley|area|region|district|"
                             rf"borough|peninsula|islands?|municipality|basin)\b")
# "the North West province", "In Bojanala district": looked for around the head word only (see _around).
_LOWER_HEADED_MORE = lazy_compile(rf"\b(?:[Tt]he|[Ii]n)[ ](?P<name>{_NAMES})[ ](?:{_SERVICE_WORDS})?(?P<head>district|province|"
                                  rf"county|prefecture|oblast|canton|governorate)\b")
_BEFORE_PLACE = lazy_compile(rf"(?P<name>{_FIRST_NAME}(?:[ \-]{_NAME}){{0,2}}),[ \t]+$")
_IN_PLACE = lazy_compile(rf"I(?:(?<=^I)|(?<=[.!?:]\sI)|(?<=\nI))n[ ](?P<name>{_NAMES}),[ ]")
_DATELINE = lazy_compile(r"^(?P<name>[A-Z]{3,}(?:[ \-][A-Z]{3,}){0,2})(?:,[ ]+[A-Z][a-z]{0,4}\.?[ ]+[-–—]|"
                         r"[ ]+[—–][ ]+(?=[A-Z][a-z]+[ ][a-z])"
                         # a wire's dateline: "VICTORIA, B.C., April 15, 2019 (Pacific Health Wire) -", "LONDON (Reuters) -"
                         r"|(?:,[ ]+(?:[A-Z]\.(?:[A-Z]\.)+|[A-Z][a-z]{0,4}\.|[A-Z]{2}))?"
                         r"(?:,[ ]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[ ]\d{1,2}(?:,[ ](?:19|20)\d\d)?"
                         r"(?:[ ]\([^()\n]{2,60}\))?|[ ]\([^()\n]{2,60}\))[ ]+[-–—]"
                         # the day before the month, as Commonwealth and European wires write it: "PUTRAJAYA, 14 August 2019 -"
                         r"|,[ ]+\d{1,2}[ ](?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[ ](?:19|20)\d\d[ ]+[-–—])",
                         re.M)
# "MONTPELIER, Vt. -", "WASHINGTON — Five"
_VENUE = lazy_compile(rf"\b(?:[Cc]onference|[Cc]ongress|[Ss]ymposium|[Ss]ummit|[Ff]orum|[Ww]orkshop|[Ss]eminar|[Cc]olloquium)\b[^\n]*?,[ ](?P<name>{_NAMES}),[ ]"
                      rf"(?:\d{{1,2}}(?:[-–]\d{{1,2}})?[ ])?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")
# "the municipality of Tuusula", "the province of Alava", "the Region of Murcia": the head says the kind.
_OF_HEAD = lazy_compile(rf"(?:[Tt](?<!\w[Tt])he[ ])(?P<head>municipality|city|town|borough|parish|district|province|state|canton|"
                        rf"prefecture|county|region|Region|Province|County|Municipality|City|autonomous[ ]community|"
                        rf"autonomous[ ]region|department)[ ]of[ ](?P<name>{_NAMES})\b")
# A masthead's or an address's line that opens on the head: "Province of Iloilo, Republic of the Philippines".
_LINE_OF_HEAD = lazy_compile(rf"^[ \t]*(?P<head>Province|Region|County|Municipality|City|Canton|Prefecture)[ ]of[ ]"
                             rf"(?P<name>{_NAMES})(?=[ \t]*(?:,|$))", re.M)
_LINE_OF_CUES = ("Province of ", "Region of ", "County of ", "Municipality of ", "City of ", "Canton of ", "Prefecture of ")
# What "the department of" heads when it is a body's field, not a place: "the department of Medicine".
_DEPARTMENT_FIELDS = {"Medicine", "Education", "Justice", "Defence", "Defense", "Labor", "Labour", "Finance", "Veterans",
                      "Agriculture", "Transport", "Transportation", "Housing", "Corrections", "Human", "Public", "Family",
                      "Children", "Community", "Psychiatry", "Surgery", "Nursing", "Pediatrics", "Paediatrics",
                      "Geriatrics", "Epidemiology", "Economics", "Social", "Internal", "General", "Emergency", "Primary",
                      "Mental", "Science", "Sciences", "Energy", "Commerce", "Homeland", "Interior", "Treasury",
                      "Revenue", "Work", "Employment", "Elder", "Aging", "Ageing", "Population", "Behavioral",
                      "Behavioural", "Clinical", "Pharmacy", "Neurology", "Cardiology", "Radiology", "Medical"}
# "Kestrel, a town in Somerset", "Harlow, a city of 80,000 people": a place the text says is one.
# Looked for from the comma: the name is read backwards from it (_NAME_BEFORE_COMMA).
_APPOSED = lazy_compile(r",[ ]an?[ ](?:(?:small|large|rural|remote|coastal|northern|southern|eastern|western|former|mining|"
                        r"market|industrial|mid-sized|medium-sized|port)[ ])?"
                        r"(?P<head>town|city|village|municipality|county|region|province|state|borough|suburb)"
                        r"(?:[ ](?:in|of|on|near|with|where|that)\b|[,;.])")
_NAME_BEFORE_COMMA = lazy_compile(rf"(?<![\w\-])(?P<name>{_NAMES})$")
# "the municipalities of Osterby and Vik": each name of the list.
_OF_HEADS = lazy_compile(rf"[Tt](?<!\w[Tt])he[ ](?P<head>municipalities|cities|towns|counties|regions|provinces|states)[ ]of[ ]"
                         rf"(?P<names>{_NAMES}(?:,[ ]{_NAMES})*,?[ ]and[ ]{_NAMES})\b")
_OF_HEAD_KIND = {"municipality": "Municipality", "city": "Municipality", "town": "Municipality", "borough": "Municipality",
                 "parish": "Municipality", "district": "Municipality", "province": "ProvinceOrState",
                 "state": "ProvinceOrState", "canton": "ProvinceOrState", "prefecture": "ProvinceOrState",
                 "county": "Region", "region": "Region", "autonomous community": "Region", "autonomous region": "Region",
                 "department": "ProvinceOrState"}
# "a model first used in Croydon in 2006": a name between "in" and a year is where something happened.
_IN_YEAR = lazy_compile(r"\b(?:first[ ]\w+|began|started|launched|opened|introduced|piloted|tested|set[ ]up)[ ]in[ ]"
                        rf"(?P<name>{_NAME}(?:[ ]{_NAME})?)[ ](?:in|from|since)[ ](?:19|20)\d\d\b")
# "care in patients' homes in Manhattan since November 2014": where something has run since a date (looked for
# around " since " only).
_IN_SINCE = lazy_compile(rf"\bin[ ](?P<name>{_NAME}(?:[ ]{_NAME})?)[ ]since[ ](?:(?:January|February|March|April|May|"
                         r"June|July|August|September|October|November|December)[ ])?(?:19|20)\d\d\b")
# "the Regina Qu'Appelle, Saskatoon and Sun Country health regions": each name of a list that a plural
# head of places closes.
_LIST_HEADED = lazy_compile(rf"[Tt](?<!\w[Tt])he[ ](?P<names>{_NAMES}(?:,[ ]{_NAMES})*,?[ ](?:and|or)[ ]{_NAMES})[ ]"
                            r"(?:health[ ]|local[ ]|administrative[ ])?(?P<head>regions|districts|counties|provinces|states|"
                            r"municipalities|boroughs|prefectures|cantons|areas)\b")
# "several States, including Bihar and Uttar Pradesh", "provinces such as Quebec": a list of examples of places.
_KIND_EXAMPLES = lazy_compile(rf"\b(?P<head>[Ss]tates|[Pp]rovinces|[Rr]egions|[Cc]ounties|[Cc]ountries|[Mm]unicipalities|"
                              rf"[Cc]ities|[Tt]owns|[Dd]istricts),?[ ](?:including|such[ ]as|like|notably)[ ]"
                              rf"(?P<names>{_NAMES}(?:,[ ]{_NAMES})*(?:,?[ ](?:and|or)[ ]{_NAMES})?)")
# "in the Upper East Region", "of the Western Cape Province": a capitalised name whose last word is its kind.
_THE_HEADED = lazy_compile(rf"\b(?:in|of|across|throughout|on|On)[ ]the[ ](?P<name>{_NAMES}[ ](?:Region|Province|State|Peninsula|Coast|"
                           r"Valley|Basin))\b"
                           r"(?![ ](?:Council|Board|Hospital|Health|Government|Department|Ministry|Office|Authority|"
                           r"Assembly|Legislature|University))(?![ ]?['’]s[ ](?:Council|Board|Health))")
# A plural head of places and the kind of each place it names ("the A and B health regions", "States, including A").
_PLURAL_KIND = {"states": "ProvinceOrState", "provinces": "ProvinceOrState", "regions": "Region", "counties": "Region",
                 "countries": "Country", "municipalities": "Municipality", "cities": "Municipality", "towns": "Municipality",
                 "districts": "Region", "boroughs": "Municipality", "prefectures": "ProvinceOrState",
                 "cantons": "ProvinceOrState", "areas": "Municipality"}
# "based in Shamokin", "opened the Fresh Food Farmacy in Shamokin for ...": where a body is or a service opened.
_WHERE_BASED = lazy_compile(rf"\b(?:(?:based|located|headquartered)[ ]|(?:opened|launched|piloted|set[ ]up)[ ](?:[\w\-'’]+[ ]){{0,5}}?)in[ ]"
                            rf"(?P<name>{_NAME}(?:[ ]{_NAME})?)(?=[,.;:]|[ ](?:for|and|to|from|with|since|on|by)\b)")
_LOWER_KIND = {"province": "ProvinceOrState", "prefecture": "ProvinceOrState", "county": "Region", "oblast": "ProvinceOrState",
               "canton": "ProvinceOrState", "governorate": "ProvinceOrState"}
# "Bucheon is one of the eight local governments chosen ...": a name the sentence says is a place.
_IS_ONE_OF = lazy_compile(rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<name>{_NAMES})[ ](?:is|was)[ ]one[ ]of[ ]the[ ](?:[\w\-]+[ ]){{0,2}}?"
                          r"(?P<head>local[ ]governments|cities|towns|municipalities|counties|districts|regions|provinces|states)\b")
_PLURAL_HEADS = ("regions", "districts", "counties", "provinces", "states", "municipalities", "boroughs", "prefectures",
                 "cantons", "countries", "cities", "towns", "areas")
_WHERE_CUES = ("based in", "located in", "headquartered in", "opened", "launched", "piloted", "set up")
# "Legislative Policy and Research Office, Salem" at a line's end: an office's town, as in an address
# (see _body_then_town).
_TOWN_HEAD = lazy_compile(r"\b(?:Office|Department|Ministry|Directorate|Secretariat|Agency|Authority|Council|Board|Trust|"
                          r"Institute|University|College|Hospital|Centre|Center|Foundation|Unit|School|Faculty|"
                          r"Universidad|Universidade|Università|Université|Universitat|Instituto|Istituto|Institut|Hôpital)"
                          r"(?:[ ](?:of|de|di|do|da|del|della|des|du)[ ](?:the[ ])?[A-ZÀ-Þ][\w\-]+"
                          r"(?:[ ](?:and|&)[ ][A-ZÀ-Þ][\w\-]+|[ ][A-ZÀ-Þ][\w\-]+){0,2})?,[ ]")


# "the Frome model": a model named after a one-word name, which is a place where the text
# also writes "in Frome" (at, from, near): a model's name alone says nothing (the Esther model, the Buurtzorg model).
_NAMED_MODEL = lazy_compile(r"\b[Tt]he[ ](?P<name>[A-ZÀ-Þ][\w\-]*[a-zà-ÿ])[ ](?:model|approach|experiment)\b")
_MODEL_CUES = (" model", " approach", " experiment")


def _model_places(text):
    """(name, start) of each one-word name of a model (see _NAMED_MODEL) that the text also uses after "in",
    "at", "from" or "near" with no capitalised word after it."""
    seen = set()
    for m in _around(_NAMED_MODEL, text, _MODEL_CUES, 40, 0):
        name = m.group("name")
        if name in seen or name in _NOT_PLACE_WORDS or name in _FUNCTION_WORDS:
            continue
        seen.add(name)
        used = re.search(rf"\b(?:in|at|from|near)[ ]{re.escape(name)}(?=[,.;:)]|[ ](?:in|on|at|and|or|since|from|"
                         rf"to|for|where|when|with|was|is|has|had|have|are|were|fell|rose|grew|saw|began|became|[a-z]+ed)\b)",
                         text)
        if used:
            yield name, used.start() + used.group().index(name)


_LIST_CUES = tuple(" " + h for h in _PLURAL_HEADS)
_EXAMPLE_CUES = (" including ", " such as ", " like ", " notably ")


def _around(pattern, text, cues, before, after):
    """``pattern``'s matches, looked for only from ``before`` characters before to ``after`` characters
    after each occurrence of a cue (a pattern that needs the cue need not scan the whole text)."""
    n = len(text)
    spans = [(max(0, s - before), min(n, e + after)) for s, e in spans_of(text, cues)]
    if not spans:
        return []
    spans.sort()
    merged = [list(spans[0])]
    for lo, hi in spans[1:]:
        if lo <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], hi)
        else:
            merged.append([lo, hi])
    seen, out = set(), []
    for lo, hi in merged:
        for m in pattern.finditer(text, lo, hi):
            if m.span() not in seen:
                seen.add(m.span())
                out.append(m)
    return out


def _is_one_of(text):
    """Matches of _IS_ONE_OF, looked for only before each " one of the "."""
    at = text.find(" one of the ")
    while at >= 0:
        line = max(text.rfind("\n", 0, at), text.rfind(". ", 0, at) + 1, text.rfind("! ", 0, at) + 1,
                   text.rfind("? ", 0, at) + 1)
        start = line + 1 if line >= 0 else 0
        while start < at and text[start] in " \t":
            start += 1
        m = _IS_ONE_OF.match(text, start, at + 120)
        if m:
            yield m
        at = text.find(" one of the ", at + 1)


def _body_then_town(text):
    """Names that end their line after a comma where the line before the comma ends with an
    office's name (see _TOWN_HEAD): the office's town, as in an address."""
    for m in _LINE_END_NAME.finditer(text):
        if _TOWN_HEAD_END.search(text, max(0, m.start() - 120), m.start() + 2):
            yield m


_LINE_END_NAME = lazy_compile(rf",[ ](?P<name>{_NAMES})(?:,[ ](?P<country>{_NAMES}))?[ \t]*$", re.M)
_TOWN_HEAD_END = lazy_compile(_TOWN_HEAD.pattern + "$")
_LISTED = lazy_compile(rf"\b(?:including|such as|in|and|or)[ ](?P<name>{_NAME})(?=[ ](?:and|or)[ ]|,[ ])")


_HEADED_WORDS = (" County", " Province", " District", " Borough", " Prefecture", " Canton", " Parish", " Oblast",
                 " Governorate", " Municipality", " Zone", " City")
_LOWER_WORDS = (" valley", " area", " region", " district", " borough", " peninsula", " island", " municipality", " basin")
_MORE_WORDS = (" district", " province", " county", " prefecture", " oblast", " canton", " governorate")


@lru_cache(maxsize=1)
def extra_places():
    """The rows of ``places.tsv``, keyed by slug; each parent is a gazetteer place."""
    table = files("ickg.extract").joinpath("places.tsv").read_text(encoding="utf-8")
    known = places()
    out = {}
    lines = [line for line in table.splitlines() if line and not line.startswith("#")]
    for line in lines[1:]:
        slug, name, kind, parent, wikidata, variants = (line.split("\t") + [""] * 6)[:6]
        if slug in known:
            continue
        if parent and parent not in known:
            raise ValueError(f"places.tsv: {slug!r} has parent {parent!r}, which is not in gazetteer.tsv")
        if wikidata:
            raise ValueError(f"places.tsv: {slug!r} has a Wikidata id; verified ids belong in gazetteer.tsv")
        out[slug] = Place(slug, name, kind, parent or None, None, tuple(v for v in variants.split("|") if v))
    return out


@lru_cache(maxsize=1)
def _matcher():
    by_surface = {}
    for place in extra_places().values():
        for surface in (place.name, *place.variants):
            by_surface.setdefault(surface, place)
    pattern = _trie_pattern(sorted(by_surface), not_after=r"[\w.]") + r"(?![\w-])"
    return re.compile(pattern), by_surface


@lru_cache(maxsize=1)
def _known_names():
    names = {}
    for place in list(places().values()) + list(extra_places().values()):
        for surface in (place.name, *place.variants):
            names.setdefault(surface, place)
    return names


def is_known_place(name: str) -> bool:
    """True when ``name`` is a place of gazetteer.tsv or places.tsv (a name or a variant), wherever it
    stands: actors asks it of the last word of "University Medical Center Groningen"."""
    return name in _known_names()


def within(inner: Place, outer: Place) -> bool:
    """True when ``outer`` is one of the places ``inner`` is part of, by the parents of gazetteer.tsv
    and places.tsv: "Bristol, England, United Kingdom" climbs a chain, as would one whose two steps
    are places of one kind (which :func:`_listed_places` in statements.py otherwise reads as a list)."""
    table = {**places(), **extra_places()}
    seen = set()
    while inner.parent and inner.parent not in seen:
        seen.add(inner.parent)
        if inner.parent == outer.slug:
            return True
        inner = table.get(inner.parent)
        if inner is None:
            return False
    return False


# The word before a place, in the slice of text before it: what (?<![\w'’&])([\w'’&]+)[ \t]+$ finds.
_WORD_CHARS_ALSO = "_'’&"


def _previous_word(before):
    """(where it starts, the word) of the last word of ``before`` when only spaces or tabs (and a last
    line break, as ``$`` allows) follow it, else None: the match of the pattern above, read back from
    the slice's end. Searched, the pattern was tried at every position of the slice (3 µs a place)."""
    body = before[:-1] if before.endswith("\n") else before
    end = len(body.rstrip(" \t"))
    if end == len(body):
        return None
    start = end
    while start > 0 and (body[start - 1].isalnum() or body[start - 1] in _WORD_CHARS_ALSO):
        start -= 1
    return (start, body[start:end]) if start < end else None
_AT_SENTENCE_START = lazy_compile(r"(?:^|[.!?:;]\s+|\n\s*)$")
_NAME_AFTER = lazy_compile(r"(?:[ \t]+(?:(?:St|Ste|Mt|Ft)\.[ ][A-Z][\w'’\-]*|[A-Z][\w'’\-]*|of|and|&|for))+")


def _after_in(before):
    """True when ``before`` ends on "in " (or "in " and a compass word: "in Western "): a place there is
    where something is, the end of the name before it."""
    previous = _previous_word(before) if before.endswith(" ") and not before.endswith(" in ") else None
    if previous and previous[1] in _COMPASS:
        before = before[:previous[0]]
    return before.endswith(" in ")


def _inside_organization(text, start, end):
    """True when text[start:end] is part of an organization's (or another place's) name: an
    acronym before it ("NHS England"), a capitalised word joined to it ("New England"), a
    capitalised run around it ending in an organization word ("... New England Health Wire"), or
    a university's or college's "of" before it ("University of Leeds")."""
    before = text[max(0, start - 40):start]
    if (before.endswith((" of ", " of the ", " and ", " & ")) or before.endswith(("'", "’"))
            or before[-4:-1] in (" di", " de", " da", " do", " du")
            or before.endswith((" del ", " della ", " degli ", " des ", " van ", " von "))) and _BODY_OF.search(before):
        return True
    previous = _previous_word(before)
    if previous:
        word = previous[1]
        if _ACRONYM.fullmatch(word) and word not in ("US", "UK", "EU"):
            return True
        # (whether the word opens a sentence is asked only of a possessive: "Singapore's" first in a sentence)
        if (word[:1].isupper() and word not in _COMPASS and word not in _NOT_PLACE_WORDS
                and word not in _FUNCTION_WORDS and not (word.endswith(("'s", "’s"))
                                                         and _AT_SENTENCE_START.search(before[:previous[0]]))):
            return True
    after = _NAME_AFTER.match(text[end:end + 80])
    if after:
        words = after.group().split()
        if "and" in words and _after_in(before):
            # "Millennium Collaborative Care in Western New York and Care Compass Network": after " in ", the
            # place ends a body's name and "and" opens the list's next item, not the place's body
            words = words[:words.index("and")]
        if any(w in ORG_WORDS for w in words if w[:1].isupper()):
            return True
    return False


def _place(name, kind, parent):
    slug = make_slug(name)
    return Place(slug, name, kind, parent, None, ())


# The last word of a street's or a building's name: before ", <place>" it is an address, not a town.
ADDRESS_WORDS = {"Street", "St", "Road", "Rd", "Avenue", "Ave", "Lane", "Drive", "Boulevard", "Way", "Square",
                  "Terrace", "Quay", "Wharf", "Crescent", "Parade", "Close", "House", "Building", "Buildings",
                  "Tower", "Towers", "Plaza", "Bhawan", "Bhavan", "Chambers", "Court", "Floor"}


# A name listed beside a known place ("including Osona and Barcelona city"): before it, after it, and
# what leads a list.
_LISTED_BEFORE = lazy_compile(rf"(?:including|such as|\bin|,)[ ](?P<name>{_NAME})[ ](?:and|or)[ ]$")
_LISTED_ENDS = (" and ", " or ", " and \n", " or \n")      # how a text _LISTED_BEFORE matches can end ($)
_LISTED_AFTER = lazy_compile(rf"[ ](?:and|or)[ ](?P<name>{_NAME})\b(?![ ][A-Z])")
_LIST_LEAD = lazy_compile(r"(?:including|such as|\bin|,)[ ]$")
_POSTAL_CUE = lazy_compile(r"[A-Z][ ]\d{4}")


def _after_comma(text, end):
    """True when text[:end] ends on a comma and spaces or tabs (before a last line break): what
    _BEFORE_PLACE (",[ \t]+$") needs; most places have no comma before them, and the pattern is
    not searched for those."""
    if end and text[end - 1] == "\n":
        end -= 1
    at = end
    while at > 0 and text[at - 1] in " \t":
        at -= 1
    return at < end and at > 0 and text[at - 1] == ","


def _inside_another(spans):
    """The (start, end) of ``spans`` (distinct) that another of them holds, by one sort and a sweep instead
    of a test of every pair (a synthetic abstract's 8 place spans: 12 -> 1.2 µs). In the order (start, end
    descending) the spans before one that could hold it are those that start earlier, or start with it and
    end later: it is held when one of them ends at or after its end."""
    out = []
    reach = -1
    for span in sorted(spans, key=lambda x: (x[0], -x[1])):
        if reach >= span[1]:
            out.append(span)
        else:
            reach = span[1]
    return out


def find_jurisdictions(text, *, excluded=()):
    """Every jurisdiction named in ``text``, gazetteer places first, in text order.

    Args:
        text: the document text.
        excluded: (start, end) spans to skip, such as site chrome.

    Returns:
        A list of :class:`ickg.extract.gazetteer.PlaceMention`; places not in the gazetteer carry
        a :class:`~ickg.extract.gazetteer.Place` of their own (no Wikidata id).
    """
    def outside(start):
        return not any(s <= start < e for s, e in excluded)

    found = {}
    for mention in find_places(text, excluded=excluded):
        if not _inside_organization(text, mention.start, mention.end):
            found[(mention.start, mention.end)] = mention
    regex, by_surface = _matcher()
    for match in regex.finditer(text):
        start, end = match.span()
        if outside(start) and (start, end) not in found and not _inside_organization(text, start, end) \
                and not any(s <= start and end <= e for s, e in found):
            found[(start, end)] = PlaceMention(by_surface[match.group()], start, end, match.group())
    for key in _inside_another(found):
        del found[key]                  # "Wales" of "New South Wales": the longer name is the place
    known = _known_names()

    def add(name, start, kind, parent=None, display=None, anywhere=False):
        name = name.strip()
        end = start + len(name)
        name = display or name
        words = name.split()
        if (not name or not (anywhere or outside(start)) or words[0] in _NOT_PLACE_WORDS or words[0] in _LEADING_BODY_WORDS
                or words[-1] in ORG_WORDS
                or any(w in ORG_WORDS for w in words) or _ACRONYM.fullmatch(name.replace(" ", ""))
                and len(name) < 4 or any(s < end and start < e for s, e in found)):
            return
        place = known.get(name) or _place(name, kind, parent)
        found[(start, end)] = PlaceMention(place, start, end, text[start:end])

    containing = sorted(found.values(), key=lambda m: m.start)
    for mention in containing:                  # "Downey, California", "Exeter, United Kingdom"
        head = _BEFORE_PLACE.search(text, max(0, mention.start - 60), mention.start) \
            if _after_comma(text, mention.start) else None
        if head and re.search(r"(?:[A-Z][\w'’\-]*[ ](?:of|for|and|&|de|du|la|le)|[A-Z][\w'’\-]*)[ ]$",
                              text[max(0, head.start() - 40):head.start()]):
            head = None                         # the tail of a longer name ("School of Social Policy, Bristol")
        if head and head.group("name").split()[-1] in ADDRESS_WORDS:
            head = None                         # "Nirman Bhawan, New Delhi", "Main Street, Leeds": an address
        if head and (head.group("name").split()[0] in _LEADING_BODY_WORDS
                     or _inside_organization(text, head.start("name"), head.end("name"))):
            head = None                         # "Università di Bologna, Italy": the university's
        if head:
            parent = mention.place if mention.place.slug in places() else None
            kind = "Municipality" if mention.place.type in ("ProvinceOrState", "Region") else "Jurisdiction"
            if re.search(r"[ ](?:County|Borough|Shire|Region|Province)$", head.group("name")):
                kind = "Region"                 # "Hennepin County, Minnesota": a county, not a town
            add(head.group("name"), head.start("name"), kind, parent.slug if parent else None)
    for pattern, kind, guard in ((_HEADED, "Region", _HEADED_WORDS), (_LOWER_HEADED, "Region", _LOWER_WORDS),
                                 (_LOWER_HEADED_MORE, "Region", _MORE_WORDS)):
        if not holds_any(text, guard):
            continue
        for m in (_around(pattern, text, guard, 80, 12) if pattern is _LOWER_HEADED_MORE else pattern.finditer(text)):
            name = m.group("name")
            if pattern is not _HEADED and m.group("head") in ("valley", "peninsula", "islands", "island", "basin"):
                add(f"{name} {m.group('head')}", m.start("name"), kind)
            elif pattern is _HEADED:
                after = _NAME_AFTER.match(text, m.end(), m.end() + 80)
                if after and any(w in ORG_WORDS for w in after.group().split()[:4] if w[:1].isupper()):
                    continue            # "the Milwaukee County Behavioral Health Division": the body's name
                start = m.start("name")
                if name.split()[0] in _FUNCTION_WORDS and " " in name:
                    start += len(name.split()[0]) + 1      # "In Alameda County": the sentence's "In", then the place
                    name = name.split(" ", 1)[1]
                if name.split()[0].endswith(("'s", "’s")) and " " in name:
                    start += len(name.split()[0]) + 1      # "the NSHA's Central Zone": the body's, then the place
                    name = name.split(" ", 1)[1]
                if m.group("head") == "Municipality":
                    add(name, start, "Municipality")     # "Norrvik Municipality": the town; the body is the name whole
                else:
                    add(f"{name} {m.group('head')}", start, "Municipality" if m.group("head") == "City" else kind)
            elif m.group("head") in _LOWER_KIND and text.startswith(" of ", m.end()):
                continue                # "the Canadian province of Ontario": the place is after "of"
            elif name.endswith(("'s", "’s")):
                continue                # "the MOHME's district staff": a body's, not a place's district
            else:
                add(name, m.start("name"), _LOWER_KIND.get(m.group("head"), kind))
    for m in _is_one_of(text):
        if not _inside_organization(text, m.start("name"), m.end("name")):
            head = m.group("head")
            add(m.group("name"), m.start("name"), _PLURAL_KIND.get(head, "Municipality"))  # local governments
    for pattern, guard in ((_IN_PLACE, ("In ",)), (_VENUE, ("onference", "ongress", "ymposium", "ummit", "orum", "orkshop", "eminar",
                                                         "olloquium"))):
        if not any(g in text for g in guard):
            continue
        for m in pattern.finditer(text):
            # a conference's venue counts even on a citation line ("... Conference on Integrated Care, Brussels, 2-4 April")
            add(m.group("name"), m.start("name"), "Jurisdiction", anywhere=pattern is _VENUE)
    for m in (*(_IN_YEAR.finditer(text) if " in " in text else ()), *_around(_IN_SINCE, text, (" since ",), 60, 30)):
        if not _inside_organization(text, m.start("name"), m.end("name")):
            add(m.group("name"), m.start("name"), "Jurisdiction")
    for name, at in _model_places(text):
        if not _inside_organization(text, at, at + len(name)):
            add(name, at, "Municipality")
    for m in _body_then_town(text):
        # an affiliation's town (and country) count on an author line too: "Universidad de Antioquia, Medellín, Colombia"
        country = m.group("country")
        if country and country in known:
            add(m.group("name"), m.start("name"), "Municipality", known[country].slug if known[country].slug in places()
                else None, anywhere=True)
            add(country, m.start("country"), known[country].type, anywhere=True)
        elif not country:
            add(m.group("name"), m.start("name"), "Municipality", anywhere=True)
    for m in _around(_WHERE_BASED, text, _WHERE_CUES, 1, 150):
        if not _inside_organization(text, m.start("name"), m.end("name")):
            add(m.group("name"), m.start("name"), "Jurisdiction")
    for m in (_OF_HEAD.finditer(text) if " of " in text else ()):
        if m.group("head") != "department" or m.group("name").split()[0] not in _DEPARTMENT_FIELDS:
            add(m.group("name"), m.start("name"), _OF_HEAD_KIND[m.group("head").lower()])
    for m in _around(_LINE_OF_HEAD, text, _LINE_OF_CUES, 20, 80):
        if m.start("head") == 0 or text[m.start("head") - 1] in "\n \t":
            add(m.group("name"), m.start("name"), _OF_HEAD_KIND[m.group("head").lower()])
    for m in (_OF_HEADS.finditer(text) if " of " in text else ()):
        for name in re.finditer(_NAMES, m.group("names")):
            add(name.group(), m.start("names") + name.start(), _PLURAL_KIND[m.group("head").lower()])
    for m in (*_around(_LIST_HEADED, text, _LIST_CUES, 160, 30),
              *_around(_KIND_EXAMPLES, text, _EXAMPLE_CUES, 30, 220)):
        for name in re.finditer(_NAMES, m.group("names")):
            if name.group() not in ("The", "And", "Or") and name.group().split()[0] not in _FUNCTION_WORDS:
                add(name.group(), m.start("names") + name.start(), _PLURAL_KIND[m.group("head").lower()])
    for m in _around(_THE_HEADED, text, (" Region", " Province", " State", " Peninsula", " Coast", " Valley", " Basin"), 80, 60):
        if not _inside_organization(text, m.start("name"), m.end("name")):
            add(m.group("name"), m.start("name"), _OF_HEAD_KIND.get(m.group("name").split()[-1].lower(), "Region"))
    for m in (_APPOSED.finditer(text) if ", a" in text else ()):
        window = max(0, m.start() - 60)
        named = _NAME_BEFORE_COMMA.search(text, window, m.start())
        if named and not _inside_organization(text, named.start("name"), named.end("name")):
            add(named.group("name"), named.start("name"), _OF_HEAD_KIND.get(m.group("head"), "Municipality"))
    for m in (_POSTAL.finditer(text) if _POSTAL_CUE.search(text) else ()):
        # "PO Box 412, Lismore NSW 2480", "Boston, MA 02115": a town, then its state's postal abbreviation
        town, code = ("name", "state") if m.group("name") else ("us_name", "us_state")
        state = (_STATE_CODES if town == "name" else _US_CODES).get(m.group(code))
        if state is None or m.group(town).split()[-1] in ADDRESS_WORDS or m.group(town).isupper():
            continue
        add(m.group(town), m.start(town), "Municipality", anywhere=True)
        add(m.group(code), m.start(code), "ProvinceOrState", display=state, anywhere=True)
    for m in _DATELINE.finditer(text):
        add(m.group("name"), m.start("name"), "Municipality", display=dateline_name(m.group("name")))
    # A name listed with known places is a place too ("including Osona and Barcelona city").
    for mention in sorted(found.values(), key=lambda m: m.start):
        preceding = text[max(0, mention.start - 60):mention.start]
        before = _LISTED_BEFORE.search(preceding) if preceding.endswith(_LISTED_ENDS) else None
        if before:
            add(before.group("name"), mention.start - 60 + before.start("name") if mention.start >= 60
                else before.start("name"), "Jurisdiction")
        after = _LISTED_AFTER.match(text[mention.end:mention.end + 60])
        if after and _LIST_LEAD.search(text[max(0, mention.start - 15):mention.start]):
            add(after.group("name"), mention.end + after.start("name"), "Jurisdiction")
    # A list of three or more names after "in", "including"... of which at least two are places, or half
    # with one: the rest are places too ("in Burnaby, the Comox Valley, Prince George, Richmond and South
    # Okanagan Similkameen", "in the Bronx, Westchester County and the Hudson Valley region").
    for m in (_PLACE_LIST.finditer(text) if ", " in text else ()):
        base = m.start("items")
        items = [(base + i.start("name"), base + i.end("name"), i.group("name"))
                 for i in _LIST_ITEM_NAME.finditer(m.group("items"))]
        spans = [(s_, e) for s_, e, _ in items]
        known_here = [next((f for f in found.values() if f.start < e and s_ < f.end), None) for s_, e in spans]
        hits = [f for f in known_here if f is not None]
        one_word = all(" " not in name and "-" not in name for (_, _, name), hit in zip(items, known_here) if hit is None)
        if len(items) < 3 or not hits or (len(hits) < 2 and 2 * len(hits) < len(items) and not one_word):
            continue                            # one known town vouches for one-word names only ("Winnipeg, Brandon and Steinbach")
        kinds = {f.place.type for f in hits}
        kind = kinds.pop() if len(kinds) == 1 else "Jurisdiction"
        for (s_, e, name), hit in zip(items, known_here):
            if hit is None and not _inside_organization(text, s_, e):
                add(name, s_, kind)
    for m in (_TOWN_LIST.finditer(text) if (" towns" in text or " cities" in text or " villages" in text
                                            or " municipalities" in text or " communities" in text
                                            or " suburbs" in text) else ()):
        for item in re.finditer(_NAMES, m.group("items")):
            s_ = m.start("items") + item.start()
            if item.group().split()[0] not in _FUNCTION_WORDS and not _inside_organization(text, s_, s_ + len(item.group())):
                add(item.group(), s_, "Municipality")
    for key, mention in list(found.items()):    # "Northern Victoria", "Central Finland": a part of a known place
        compass = _COMPASS_BEFORE.search(text, max(0, mention.start - 10), mention.start)
        if compass and (mention.place.type in ("Country", "ProvinceOrState", "Region") or compass.group()[0].isupper()
                        and mention.place.type == "Municipality") and outside(compass.start()) \
                and not _inside_organization(text, compass.start(), mention.end):
            name = text[compass.start():mention.end]
            parent = mention.place.slug if mention.place.slug in places() else None
            found[key] = PlaceMention(known.get(name) or _place(name, "Region", parent), compass.start(), mention.end,
                                      name)
    return _typed_by_head(text, found)


_LIST_NAME = rf"(?:the[ ])?{_NAMES}(?:[ ](?:region|area|valley|district|county))?"
# "in Oakland, Hayward, Fremont and other cities", "living in Dubbo, Bourke and smaller towns": a list of names
# that a lower-case plural of towns closes names towns, known or not.
_TOWN_LIST = lazy_compile(rf"\b(?:in|including|such[ ]as|across|from|like)[ ](?P<items>{_NAMES}(?:,[ ]{_NAMES})+),?[ ](?:and|or)[ ]"
                          r"(?:(?:other|smaller|surrounding|nearby|neighbouring|neighboring|many|several|rural|remote|"
                          r"larger|small|large)[ ])?(?:cities|towns|villages|municipalities|communities|suburbs)\b")
_PLACE_LIST = lazy_compile(rf"(?:i(?<!\wi)(?:n|ncluding)|s(?<!\ws)uch[ ]as|a(?<!\wa)(?:cross|t)|f(?<!\wf)rom)[ ](?P<items>{_LIST_NAME}(?:,[ ]{_LIST_NAME})+,?"
                           rf"[ ](?:and|or)[ ]{_LIST_NAME})")
_LIST_ITEM_NAME = lazy_compile(rf"(?:^|(?<=,[ ])|(?<=and[ ])|(?<=or[ ]))(?:the[ ])?(?P<name>{_NAMES})")


# The postal abbreviations of Australia's states and territories and of the United States' states, a closed class.
_STATE_CODES = {
    "NSW": "New South Wales", "VIC": "Victoria", "Vic": "Victoria", "QLD": "Queensland", "Qld": "Queensland",
    "SA": "South Australia", "WA": "Western Australia", "TAS": "Tasmania", "Tas": "Tasmania", "NT": "Northern Territory",
    "ACT": "Australian Capital Territory",
}
_US_CODES = dict(zip(
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA "
    "RI SC SD TN TX UT VT VA WA WV WI WY".split(),
    ["Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida", "Georgia",
     "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland",
     "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire",
     "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon",
     "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia",
     "Washington", "West Virginia", "Wisconsin", "Wyoming"]))
_POSTAL = lazy_compile(rf"(?P<name>{_NAMES})[ ](?P<state>NSW|VIC|Vic|QLD|Qld|SA|WA|TAS|Tas|NT|ACT)[ ]\d{{4}}\b"
                       rf"|(?P<us_name>{_NAMES}),[ ](?P<us_state>[A-Z]{{2}})[ ]\d{{5}}(?:-\d{{4}})?\b")


_COMPASS_BEFORE = lazy_compile(r"(?<![\w\-])(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|"
                               r"Lower|Inner|Outer|northern|southern|eastern|western|north-eastern|north-western|"
                               r"south-eastern|south-western)[ ]$")


# "the province of Groningen", "the city of Utrecht": the head word before a place says its kind,
# over the kind of a place of the same name in the gazetteer or places.tsv (the city of Groningen).
_KIND_BEFORE = lazy_compile(r"\b(?P<head>[Pp]rovince|[Ss]tate|[Cc]ounty|[Rr]egion|[Cc]anton|[Pp]refecture|[Mm]unicipality|"
                            r"[Cc]ity|[Tt]own)[ ]of[ ](?:the[ ])?$")


_NAME_BEFORE_HEAD = lazy_compile(r"[A-ZÀ-Þ][\w'’\-]*[ ]$")


def _typed_by_head(text, found):
    out = []
    for mention in sorted(found.values(), key=lambda m: m.start):
        head = _KIND_BEFORE.search(text, max(0, mention.start - 20), mention.start) if mention.start else None
        if head and _NAME_BEFORE_HEAD.search(text, max(0, head.start() - 40), head.start()):
            head = None                 # "the Northern Rivers region of New South Wales": that region is in the place
        kind = _OF_HEAD_KIND[head.group("head").lower()] if head else None
        if kind and kind != mention.place.type and mention.place.type in (
                "Municipality", "Region", "ProvinceOrState", "Jurisdiction"):
            place = mention.place
            mention = replace(mention, place=Place(f"{place.slug}-{kind.lower()}", place.name, kind, place.parent,
                                                   None, ()))
        out.append(mention)
    return out


def dateline_name(name):
    """"MONTPELIER" -> "Montpelier"."""
    return name.title() if name.isupper() else name


# A masthead in capitals in the first lines, its parts set apart by commas, dashes or bars:
# "MINISTRY OF HEALTH — WELLINGTON", "FROM: DEPARTMENT OF HEALTH, CANBERRA". The page's chrome (a line
# of capitals reads as a menu), but its place is where the document comes from.
_CAPS_PART = r"[A-Z][A-Z&'’.\-]*(?:[ ][A-Z&'’.\-]+)*"
_CAPS_MASTHEAD = lazy_compile(rf"^[ \t]*(?:FROM:?[ \t]+)?(?P<parts>{_CAPS_PART}(?:[ \t]*[,—–|/][ \t]*{_CAPS_PART})+)[ \t]*$",
                              re.M)


def _title_word(m):
    word = m.group()
    return word.lower() if word in ("OF", "AND", "THE", "UPON", "DE", "DU", "LA", "LE", "ON") else word.capitalize()


def masthead_places(text: str, *, lines: int = 8) -> list[PlaceMention]:
    """The places a masthead in capitals names as a part of its own (see :data:`_CAPS_MASTHEAD`),
    read in title case: a part that is a place's whole name, on a line that names a body."""
    head_end = 0
    for _ in range(lines):
        nxt = text.find("\n", head_end)
        if nxt < 0:
            head_end = len(text)
            break
        head_end = nxt + 1
    out = []
    for m in _CAPS_MASTHEAD.finditer(text, 0, head_end):
        parts = re.findall(_CAPS_PART, m.group("parts"))
        if not any(len(p.split()) >= 2 and any(w.capitalize() in ORG_WORDS for w in p.split()) for p in parts):
            continue                    # no body's name: a menu ("HOME | NEWS | SCOTLAND"), not a masthead
        for part in re.finditer(_CAPS_PART, m.group("parts")):
            start = m.start("parts") + part.start()
            read = re.sub(r"\S+", _title_word, part.group())
            whole = [f for f in find_jurisdictions(read) if f.start == 0 and f.end == len(read)]
            if whole:
                out.append(PlaceMention(whole[0].place, start, start + len(read), text[start:start + len(read)]))
    return out


def prepare_tables() -> None:
    """Make the other places' matcher and the table of their known names now, as first use would.

    Called before worker processes are forked, so that they inherit the tables instead of each
    making its own."""
    _matcher()
    _known_names()

"""The document's main program, weighed on evidence from the whole document.

Statement rules hang what a sentence says (a barrier, a component, a funding model) on the program
the document is about unless the sentence names another. The sentence-shaped finders of
statements.py pick that program from the shapes of names ("the X programme", "X Network", a title's
subject); a document that names its program in a way none of those shapes has loses every statement
to a program named once in passing ("Since the primary care reform of the early 1980s, ...") or to
none at all. The shape most such documents share is a definition: the name given once with its
abbreviation or its name in another language ("three family health centres (CESFAM)", "GP-centred
care (Hausarztzentrierte Versorgung, HZV)", "Community-based Health Planning and Services (CHPS) is
Ghana's national strategy"), then used again by any of its names or by its head noun ("Our centres").

Another shape is a founding: "headspace, the National Youth Mental Health Foundation, was established in
2006", "When the Sudbury District Nurse Practitioner Clinics opened in Sudbury in 2007": what a sentence
says was founded, and the text keeps naming, is what it is about more often than a name in passing.

This module finds such names and weighs each, and the program the shape finders chose, on
the same evidence: how often the document uses it (by any name, or by its head noun after the, our,
each...), whether the title names it, whether the opening does, and whether the text defines it.
A defined name replaces the chosen program only when its evidence is greater, so a document whose
program the finders got right keeps it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from ickg.extract.actors import PROGRAM, Entity, ignorecase_uses, word_uses
from ickg.extract.lexicon import label_key
from ickg.extract.regex import lazy_compile

# A name defined by what follows it in parentheses: an abbreviation, a name in another language, or
# both ("care (Hausarztzentrierte Versorgung, HZV)"). The name itself is found by walking back from
# the parenthesis (see _name_before).
_DEFINITION = lazy_compile(r"[ ]\((?:(?P<gloss>[A-ZÀ-Ý][^()\n,;:]{2,60}?)(?:,[ ]|[ ]or[ ]))?"
                           r"(?P<short>[A-Z][A-Za-z0-9\-&]*[A-Z][A-Za-z0-9]*?s?)\)")
# A program word after the parenthesis of a name that has none: "the county's Discharge to Assess (D2A) service".
_HEAD_AFTER = lazy_compile(r"[ ](?:service|programme|program|model|scheme|pilot|initiative|network|pathway|approach|project|"
                           r"partnership)s?\b")
# Words that end a name when walking back from its parenthesis: articles, possessives, numbers,
# prepositions and common verbs ("runs three family health centres (CESFAM)": "family health centres").
_STOP = frozenset("""the a an our their its his her this these those that which who for in on at to by with from into
onto under as is are was were be been runs run ran operates operated manages managed funds funded offers offered
leads led joins joined calls called named known and or of up one two three four five six seven eight nine ten eleven
twelve several many some all each every new national local where when while whose how why what than then also
now not only first second third last next more most other such same both has have had will would can could may
should must""".split())
# Stop words that end a name even capitalised ("The", "In"); others may open one ("Home First", "New Deal").
_LEADING = frozenset("the a an our their its his her this these those that in on at for from since under by with to and "
                     "or of as is are was were".split())
# Head nouns of a program, a model of care or a service kind: the last word of a name worth weighing.
_PROGRAM_HEAD = lazy_compile(r"(?i:programmes?|programs?|initiatives?|models?|schemes?|pilots?|networks?|reforms?|"
                             r"partnerships?|strategy|strategies|systems?|care|centres?|centers?|teams?|homes?|clinics?|"
                             r"units?|hubs?|pathways?|collaboratives?|projects?|approach|polic(?:y|ies)|alliances?|"
                             r"houses?|wards?|posts?)$|(?-i:Services)$")


def _program_head(name: str) -> bool:
    """True when ``name`` ends on a program's head noun (``_PROGRAM_HEAD.search(name)``), searched in
    its last 15 characters only: the longest head has 14, and ``$`` may stand before a final line
    break. A case-insensitive pattern opens on no character the engine can look for, so a search
    of the whole name tried every character (2x the time)."""
    return _PROGRAM_HEAD.search(name, max(0, len(name) - 15)) is not None


# A capitalised head that names a body, not what a body runs; kept only when the text defines the
# name as a program ("CHPS is Ghana's national strategy").
_BODY_HEAD = lazy_compile(r"(?:Services|Centres?|Centers?|Networks?|Systems?|Units?|Teams?|Homes?|Clinics?|Houses?)$")
# What a name is said to be: "(CHPS) is Ghana's national strategy", "PAERPA (...) is a national pilot". The
# kind ("strategy", "pilot") is how the text may go on referring to it ("The pilot has two main tools").
_IS_A = lazy_compile(r"\)?[ ](?:is|was|are|were)[ ](?P<what>(?:an?|the|one|[A-Z][\w\-]*['’]s)[ ](?:[\w\-'’]+[ ]){0,4}?"
                     r"(?P<kind>programmes?|programs?|initiatives?|models?|schemes?|strategy|strategies|approach|"
                     r"polic(?:y|ies)|reforms?|networks?|pilots?|system[ ]of[ ]care))\b")
_KIND_WORD = lazy_compile(r"(?i:programmes?|programs?|initiatives?|models?|schemes?|strategy|pilots?|reforms?|networks?)")
# The kind words a founded name with none of its own may be referred to by, when no other program is named.
_PROGRAM_KINDS = frozenset(("programme", "program", "initiative", "scheme"))
_REFERRING = r"(?<![\w\-])(?:[Tt]he|[Tt]hese|[Ee]ach|[Oo]ur|[Ii]ts|[Tt]heir|[Tt]his|[Ee]very)[ ](?:[a-z\-]+[ ])?"


@dataclass(frozen=True)
class Candidate:
    """A name the document defines, with the other names it gives it. Frozen: :func:`defined_names`
    hands the same candidates, kept per text, to each caller."""

    name: str
    start: int
    forms: tuple[str, ...]       # the name, its abbreviation and its name in another language
    defined: bool                # by a parenthesis or an "is a ... programme" sentence
    founded: bool = False        # by a sentence saying when it was founded (:func:`founded_names`)


# Words after which the next word is a verb's base form ("to fund", "will open", "can join").
_INFINITIVE_MARKS = frozenset("to will would can could may might must should shall".split())


def _name_before(text: str, end: int) -> tuple[str, int] | None:
    """(name, start) of the words before ``text[end]`` that a parenthesis defines: back to the first
    stop word, "of" and "and" kept between capitalised words ("Planning and Services"), at most 7."""
    words = [(m.group(), m.start()) for m in re.finditer(r"[\w\-’']+", text[max(0, end - 120):end])]
    words = [(w, s + max(0, end - 120)) for w, s in words]
    if not words or text[words[-1][1] + len(words[-1][0]):end].strip():
        return None
    kept = []
    for i in range(len(words) - 1, -1, -1):
        w, s = words[i]
        between = text[s + len(w):kept[0][1]] if kept else ""
        if kept and (between.strip() or "\n" in between):   # a comma, a full stop or a line end ends the name
            break
        lw = w.lower()
        if lw in ("of", "and", "for", "&", "to") and kept and i > 0 and kept[0][0][:1].isupper() and words[i - 1][0][:1].isupper():
            kept.insert(0, (w, s))
            continue
        if (lw in _STOP and (w == lw or lw in _LEADING)) or w.isdigit() or len(kept) >= 7 or lw.endswith(("'s", "’s")):
            if lw in _INFINITIVE_MARKS and w == lw and kept and kept[0][0].islower() and len(kept) >= 3:
                kept.pop(0)                       # "went on to fund nurse practitioner-led clinics": the verb after
                #                                   "to" (or a modal) is what is done to the name, not part of it
            break                                 # "the county's Discharge to Assess (D2A)": the county is not in it
        kept.insert(0, (w, s))
    if not kept:
        return None
    return text[kept[0][1]:end], kept[0][1]


# An abbreviation spelled out after it, in its own language and in English: "PAERPA (Personnes âgées en
# risque de perte d'autonomie, older people at risk of losing their independence)".
# (Its capital first, the look-behind after it: a pattern that opens on a look-behind is tried at every
# character, one that opens on a class only where the class matches; the same matches, 2.4x faster.)
_ABBREVIATION_FIRST = lazy_compile(r"(?P<short>[A-Z](?<![\w\-][A-Z])[A-Z0-9]{2,9})[ ]\((?P<inner>[A-ZÀ-Ýa-z][^()\n]{5,160})\)")
# A name in another language glossed in English in parentheses: "Sundhedshuse (health houses)",
# "Hausarztzentrierte Versorgung (GP-centred care)": the gloss ends in a program's head noun.
_ENGLISH_GLOSS = lazy_compile(r"[ ]\((?:[Ll]iterally[ ]|[Tt]hat[ ]is[ ]|i\.e\.[ ])?(?P<gloss>(?:[A-Za-z][\w\-’']*[ ]){0,5}"
                              r"[a-z][\w\-’']*)\)")


_PARTICLES = frozenset("de del della delle di da do dos das la le les des du van von der den für und et y e i och og".split())


def capitalised_before(text: str, end: int) -> tuple[str, int] | None:
    """(name, start) of the run of capitalised words, with the particles of names in other languages
    between them ("Case della Salute"), that ends at ``text[end]``; None when there is none."""
    words = [(m.group(), m.start() + max(0, end - 120)) for m in re.finditer(r"[\w\-’']+", text[max(0, end - 120):end])]
    if not words or text[words[-1][1] + len(words[-1][0]):end].strip():
        return None
    kept = []
    for w, s in reversed(words):
        if kept and (text[s + len(w):kept[0][1]].strip() or "\n" in text[s + len(w):kept[0][1]]):
            break
        if w[:1].isupper() or (kept and w in _PARTICLES):
            kept.insert(0, (w, s))
        else:
            break
    while kept and kept[0][0] in _PARTICLES:
        kept.pop(0)
    if kept and kept[0][0] in ("The", "A", "An", "Our", "Its", "Their", "This", "In", "At", "For", "From", "Since"):
        kept.pop(0)
    return (text[kept[0][1]:end], kept[0][1]) if kept else None


def defined_names(text: str) -> list[Candidate]:
    """The names of program kinds the text defines by a parenthesis, first definition first: an
    abbreviation or a name in another language after the name, or an English gloss after a name in
    another language. Found once per text: a document asks twice (:func:`names_given`,
    :func:`main_program`), and the search cost about 2 % of its extraction."""
    return list(_defined_names(text))


@lru_cache(maxsize=4)
def _defined_names(text: str) -> tuple[Candidate, ...]:
    out, seen = [], set()
    for m in _ENGLISH_GLOSS.finditer(text) if ")" in text else ():
        gloss = m.group("gloss")
        found = capitalised_before(text, m.start())
        if found is None or not _program_head(gloss) or len(gloss.split()) < 2:
            continue
        name, start = found
        if not name[:1].isupper() or label_key(name) in seen or label_key(gloss) in seen:
            continue
        seen.update((label_key(name), label_key(gloss)))
        out.append(Candidate(name, start, (name, gloss), True))
    for m in _ABBREVIATION_FIRST.finditer(text) if ")" in text else ():
        short, inner = m.group("short"), m.group("inner")
        long_, _, gloss = (x.strip() for x in inner.partition(","))
        forms = tuple(x for x in (short, long_, gloss) if x)
        if label_key(short) in seen or not (_program_head(long_) or _program_head(gloss)
                                            or _IS_A.match(text, m.end() - 1, m.end() + 120)):
            continue
        seen.add(label_key(short))
        out.append(Candidate(short, m.start(), forms, True))
    for m in _DEFINITION.finditer(text):
        found = _name_before(text, m.start())
        if found is None:
            continue
        name, start = found
        after = None if _program_head(name) else (_HEAD_AFTER.match(text, m.end()) if name[:1].isupper() else None)
        if not (after or _program_head(name)) or label_key(name) in seen or len(name) < 4:
            continue
        seen.add(label_key(name))
        forms = tuple(x for x in (name, m.group("short"), m.group("gloss"),
                                  after and name + after.group()) if x)   # "Discharge to Assess service": "the service"
        out.append(Candidate(name, start, forms, True))
    return tuple(out)


# A lower-case kind of service or program the title or the opening names ("where ward-based outreach
# teams are knocking on doors"): the document may go on calling it by its head noun ("The teams ...").
_KIND_HEAD = lazy_compile(r"(?<![\w\-])(?:teams|networks|centres|centers|homes|clinics|hubs|partnerships|pilots|"
                          r"programmes|programs|schemes|units|practices|houses|wards)(?![\w\-])")


# An item of a list of kinds of provider: "runs hospitals and community clinics of its own" names what a body
# runs, one kind among others, not a service the document is about.
_LISTED_AFTER = lazy_compile(r"(?<![\w\-])[a-z][a-z\-]*s,?[ ](?:and|or)[ ]$|(?<![\w\-])[a-z][a-z\-]*s,[ ]$")
_LISTED_BEFORE = lazy_compile(r",?[ ](?:and|or)[ ](?:[a-z][\w\-]*[ ]){0,2}?[a-z][\w\-]*s\b|,[ ](?!(?:which|who|that|where|while|whose|"
                              r"as|each|but|and|or|with|since|because)\b)(?:[a-z][\w\-]*[ ]){0,2}?[a-z][\w\-]*s,")


def _plural_inside(name: str) -> bool:
    """True when a word before the head of a lower-case name is a plural noun ("years visiting centres",
    "patients attending clinics"): a clause, not the compound name of a kind of service, whose words
    before the head are modifiers in the singular ("community health centres")."""
    return any(len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "ics")) for w in name.split()[:-1])


def opening_kinds(text: str, spans: list[tuple[int, int]]) -> list[Candidate]:
    """The lower-case plural kinds of service of two words or more that ``spans`` (the title and the
    opening sentences) name, as candidates not defined by the text; not one of a list of kinds
    (:data:`_LISTED_AFTER`, :data:`_LISTED_BEFORE`), nor a clause (:func:`_plural_inside`)."""
    out, seen = [], set()
    for a, b in spans:
        for m in _KIND_HEAD.finditer(text, a, b):
            found = _name_before(text, m.end())
            if found is None:
                continue
            name, start = found
            if len(name.split()) < 2 or not name.islower() or label_key(name) in seen or _plural_inside(name):
                continue
            if _LISTED_AFTER.search(text, max(0, start - 30), start) or _LISTED_BEFORE.match(text, m.end()):
                continue
            seen.add(label_key(name))
            out.append(Candidate(name, start, (name,), False))
    return out


# A name of capitalised words in the title that the opening names again as what does something: "Five years of
# Salford Together: a look back" over "When Salford Together was formed in 2014, ...". A program may have no
# program word in its name; the title and the opening saying it are what make it the document's subject.
_TITLE_NAME = lazy_compile(r"(?<![\w\-])(?P<name>[A-Z][\w\-]+(?:[ ](?:[A-Z][\w\-]+|for|of|and)){1,4}?)(?=[:,;.]|[ ][a-z]|$)")
_NAME_AS_SUBJECT = lazy_compile(r"[ ](?:was|were|is|are|has|have|had|began|started|brings|brought|runs|ran)\b")


def title_names(text: str, title_span: tuple[int, int] | None, opening: list[tuple[int, int]]) -> list[Candidate]:
    """Capitalised names of the title (see :data:`_TITLE_NAME`) that an opening sentence uses as the
    subject of a verb, as candidates not defined by the text."""
    if not title_span or not opening:
        return []
    out, seen = [], set()
    for m in _TITLE_NAME.finditer(text, *title_span):
        name = m.group("name")
        if name.split()[-1] in ("for", "of", "and") or label_key(name) in seen:
            continue
        seen.add(label_key(name))
        uses = _uses(text, name)         # one scan of the text, not one per opening sentence
        used = [u for a, b in opening for u in uses if a <= u[0] < b]
        if any(_NAME_AS_SUBJECT.match(text, e) for _, e in used):
            out.append(Candidate(name, m.start("name"), (name,), False))
    return out


# A founding: "... was established in 2006", "... opened in Sudbury in 2007", "... was set up in 1996 to take on",
# with a year soon after the verb. What a sentence says was founded, and names again and again, is what the
# document is about more often than a name it defines in passing.
_FOUNDED = lazy_compile(r"[ ](?:(?:was|were)[ ](?:first[ ])?(?:established|founded|set[ ]up|launched|created|introduced|"
                        r"started|formed|piloted|opened)|(?:opened|began|started|launched)(?=[ ](?:in|on|at|as|from|during|"
                        r"with|under|across)[ ]))\b(?=[^.;\n]{0,50}?\b(?:1[89]|20)\d\d\b)")
# (An active verb with an object names who founded something, not what: "NHS England launched the programme in 2015".)
# What opens a sentence before its subject: "When the ...", "In 2012, ...", "Four years after the first ...".
_CLAUSE_OPENING = lazy_compile(r"^(?:(?:When|After|Since|Before|Once|Until|In[ ]\d{4},?|[\w\- ]{0,30}?[ ]after)[ ])?"
                               r"(?:(?:the|The|its|Its|their|Their|our|Our)[ ])?(?:first[ ])?")
# A name of capitalised words, with the small words of a name between them ("Bromley by Bow Centre",
# "Program of All-inclusive Care"), at the end of a stretch of text.
_CAPITALISED_TAIL = lazy_compile(r"(?<![\w\-’'])(?:[A-Z][\w\-’']*|[A-Z]{2,}s?)(?:[ ](?:(?:by|of|for|and|on|&|de|la|du)[ ])?"
                                 r"(?:[A-Z][\w\-’']*))*$")
_APPOSED_NAME = lazy_compile(r"(?:(?:the|or|an?|also[ ]called|known[ ]as)[ ])*(?P<name>[A-Z][\w\-’']*(?:[ ](?:(?:by|of|for|and|&)[ ])?"
                             r"[A-Z][\w\-’']*)*)$")


def founded_names(text: str, body: list[tuple[int, int]]) -> list[Candidate]:
    """The names the body says were founded in a year (:data:`_FOUNDED`), with the names set beside
    them between commas ("the Montefiore Care Management Organization, or CMO, was set up in 1996";
    "headspace, the National Youth Mental Health Foundation, was established in 2006"), as candidates
    defined by the text. The name is the capitalised words before the verb, or a sentence's first word
    written in lower case (a brand: "headspace, ...")."""
    out, seen = [], set()
    if not body:
        return out
    starts = [a for a, _ in body]
    for m in _FOUNDED.finditer(text, body[0][0], body[-1][1]):   # one scan, each match then placed in its sentence
        i = bisect_right(starts, m.start()) - 1
        a, b = body[i]
        if m.end() > b:
            continue
        parts = [x.strip() for x in text[a:m.start()].split(",")]
        if not parts or len(parts) > 4 or _RELATIVE.match(parts[-1]):
            continue                                # "(BPCI), which the CMS Innovation Center launched in 2013"
        names = []
        for i, part in enumerate(parts):
            if i == 0:
                part = part[_CLAUSE_OPENING.match(part).end():]
            part = re.split(r"[ ](?:in|at)[ ](?=[A-Z])", part)[0]     # "Bromley by Bow Centre in Tower Hamlets"
            whole = _APPOSED_NAME.fullmatch(part) or (_CAPITALISED_TAIL.search(part) if i == len(parts) - 1 else None)
            if whole:
                names.append(whole.group("name") if "name" in whole.re.groupindex else whole.group())
            elif i == 0 and re.fullmatch(r"[a-z][a-z\-]{3,}", part) and text.startswith(part + ",", a):
                names.append(part)                  # "headspace, the ...": a name in lower case opening the sentence
        names = [n for n in names if n.split()[0] not in _LEADING_CAPITALS and len(n) >= 3 and (
            " " in n or n.islower() or re.fullmatch(r"[A-Z][A-Z0-9&\-]{1,5}s?", n))]   # not "Pilots", "PUTRAJAYA"
        if not names or len(names[0].split()) > 8 or _ADMINISTRATION.search(names[0]):
            continue
        key = label_key(names[0])
        if key in seen:
            continue
        seen.add(key)
        out.append(Candidate(names[0], text.find(names[0], a), tuple(dict.fromkeys(names)), True, True))
    return out


def founded_as_programs(text: str, body: list[tuple[int, int]]) -> list[Candidate]:
    """The founded names (:func:`founded_names`) whose founding sentence goes on to say what kind of
    program they began as ("Community Action for Health began in 2001 in Naryn oblast as a joint initiative
    of the Ministry of Health and ..."): a program by the text's own word, whatever its name's words."""
    out = []
    for c in founded_names(text, body):
        end = next((b for a, b in body if a <= c.start < b), None)
        if end is not None and not _ADMINISTRATION.search(c.name) and _BEGAN_AS.search(text, c.start, end):
            out.append(c)
    return out


# What a founding sentence says its subject began as: "... as a joint initiative of", "... as a pilot programme".
_BEGAN_AS = lazy_compile(r"[ ]as[ ]an?[ ](?:[a-z][\w\-]*[ ]){0,3}?(?:initiative|programme|program|project|pilot|scheme|"
                         r"partnership|demonstration)\b")


# The head of a body that governs, represents or teaches ("Saskatchewan Health Authority was formed on 4 December
# 2017"), a hospital or a company ("TioHundra AB"): founded, but what runs programs, not one. (Not a Fund or a
# Trust: "Better Care Fund", "Torbay Care Trust" are what documents are about.)
_ADMINISTRATION_WORDS = (r"(?:Authority|Authorities|Council|Department|Ministry|Agency|Commission|Bureau|Office|"
                         r"Institute|University|College|Government|Association|Society|Federation|Hospitals?|Infirmary|"
                         r"AB|Ltd|Inc|GmbH|LLC|plc|Corporation|Company)")
_ADMINISTRATION = lazy_compile(_ADMINISTRATION_WORDS + r"$|(?<![\w\-])" + _ADMINISTRATION_WORDS + r"[ ](?:of|for)[ ]")
_RELATIVE = lazy_compile(r"(?:which|that|who|whom|where)\b")
# Capitalised words that open a sentence without naming anything.
_LEADING_CAPITALS = frozenset("The A An Our Its Their This These That In At For From Since When After It They He She We "
                              "Under By With To And Or Of As".split())


# An active founding verb right before a name, with a year soon after it: "The Ministry of Health set up the TOMY
# in 2017". What a body founds in a year is a program even when its name ends on a body's head ("Local Health
# Units"); a body that governs is left out by :data:`_ADMINISTRATION` all the same.
_FOUNDS_BEFORE = lazy_compile(r"(?<![\w\-])(?:set[ ]up|established|launched|created|introduced|piloted|rolled[ ]out|"
                              r"founded)[ ](?:the[ ]|its[ ]|their[ ]|a[ ]network[ ]of[ ])?$")
_YEAR_SOON = lazy_compile(r"[^.;\n]{0,40}?\b(?:1[89]|20)\d\d\b")


def founded_in_text(text: str, forms: tuple[str, ...]) -> bool:
    """True when a sentence founds one of ``forms`` by an active verb in a year (:data:`_FOUNDS_BEFORE`,
    "set up the TOMY in 2017"): string search for the forms first, the two patterns only at their uses."""
    for f in forms:
        if not f or len(f) < 2:
            continue
        for s, e in _uses(text, f):
            if _FOUNDS_BEFORE.search(text, max(0, s - 30), s) and _YEAR_SOON.match(text, e):
                return True
    return False


_ABBREVIATION_FORM = lazy_compile(r"[A-Z][A-Za-z0-9\-&]*[A-Z][A-Za-z0-9]*s?")


def _uses(text: str, form: str) -> list[tuple[int, int]]:
    r"""Word-bounded spans of ``form`` (case-sensitive for an abbreviation, not for words): what
    ``re.finditer`` of ``(?<![\w\-])FORM(?![\w\-])`` finds, by string search (:func:`word_uses`,
    :func:`ignorecase_uses`). The pattern, opening on its look-behind, scanned the text at every
    character: about 50 µs a call, 2,837 calls for 1,000 synthetic abstracts."""
    size = len(form)
    if form.isupper() or _ABBREVIATION_FORM.fullmatch(form):
        return [(at, at + size) for at in word_uses(form, text, hyphen=True)]
    return [(at, at + size) for at in ignorecase_uses(form, text)]


@dataclass
class Evidence:
    """What the whole document says for a program being what it is about."""

    uses: int          # spans naming it by any of its names, or referring to it by its head noun
    in_title: bool
    in_opening: bool
    defined: bool

    @property
    def weight(self) -> int:
        return self.uses + 3 * self.in_title + 2 * self.in_opening + 2 * self.defined


# The head of a capitalised name of a place or team of care, by which the text goes on calling it ("The clinic").
# Not "Care", "System" or "Service": "their care", "the system" say nothing of one program.
_PLACE_OF_CARE = lazy_compile(r"(?:Clinic|Centre|Center|Team|Home|Hub|Unit|House|Ward|Practice)s?")


def evidence(text: str, forms: tuple[str, ...], *, title_span: tuple[int, int] | None,
             opening: list[tuple[int, int]], defined: bool = False, kinds: frozenset[str] = frozenset()) -> Evidence:
    """The evidence for a program of these names: distinct spans (a definition "X (Y, Z)" counts
    once), plus "the/our/each <head>" references when its head noun is a lower-case kind noun or a
    place or team of care in a capitalised name ("Sudbury District Nurse Practitioner Clinics": "the
    clinic", "these clinics"), and "the <kind>" for each of ``kinds`` the caller knows it to be (a
    name in another language with no kind word of its own: "Plan Nacer ... The program enrolls")."""
    forms = (*forms, *(f[:-1] for f in forms if f and re.fullmatch(r"[A-Z]{2,}s", f)))   # "PHNs": "each PHN"
    spans = sorted({s for f in forms if f and len(f) >= 2 for s in _uses(text, f)})
    head = forms[0].split()[-1] if forms and forms[0] else ""
    if head.islower() and len(forms[0].split()) >= 2 and head in text:   # (a pattern per head: search when it can match)
        spans += [(m.start(), m.end()) for m in re.finditer(_REFERRING + re.escape(head) + r"(?![\w\-])", text)]
        spans.sort()
    elif head[:1].isupper() and len(forms[0].split()) >= 2 and _PLACE_OF_CARE.fullmatch(head):
        # "the Sudbury District Nurse Practitioner Clinics opened ...": "The clinic was created", "In these clinics"
        stem = head.lower()[:-1] if head.endswith("s") and not head.endswith("ss") else head.lower()
        if stem in text:
            spans += [(m.start(), m.end()) for m in re.finditer(_REFERRING + re.escape(stem) + r"s?(?![\w\-])", text)]
            spans.sort()
    merged = []
    for s, e in spans:
        if merged and s <= merged[-1][1] + 3:      # "centres (CESFAM)": one use
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    in_title = bool(title_span) and any(title_span[0] <= s < title_span[1] for s, _ in merged)
    in_opening = any(a <= s < b for s, _ in merged for a, b in opening)
    said = [_IS_A.match(text, e, e + 120) for _, e in merged[:3]]
    kinds = {m.group("kind") for m in said if m} | kinds
    kinds |= {w.lower() for f in forms[:1] for w in f.split() if _KIND_WORD.fullmatch(w)}   # "Programme for ...": "the programme"
    kinds -= {head} if head.islower() else set()
    if kinds:                                      # "... is a national pilot. The pilot has ...": its references
        named = len(merged)
        refs = [(m.start(), m.end()) for k in kinds if k in text
                for m in re.finditer(_REFERRING + re.escape(k) + r"(?![\w\-])", text)]
        merged = sorted(merged + [r for r in refs if not any(a <= r[0] < b for a, b in merged)])
        in_title = in_title or (bool(title_span) and any(title_span[0] <= s < title_span[1] for s, _ in merged[named:]))
    return Evidence(len(merged), in_title, in_opening, defined or bool(kinds))


def descriptions(text: str, forms: tuple[str, ...]) -> list[tuple[int, int]]:
    """Spans of what the text says a program of these names is, after its first uses ("a national
    pilot" of "PAERPA (...) is a national pilot"): a phrase there describes it, not a second program."""
    spans = sorted({s for f in forms if f and len(f) >= 2 for s in _uses(text, f)})
    out = []
    for _, e in spans[:3]:
        close = text.find(")", e, e + 130) if text[e:e + 2] == " (" else -1
        m = _IS_A.match(text, close if close >= 0 else e, e + 250)
        if m:
            out.append((m.start("what"), m.end("what")))
    return out


def names_given(text: str, entity: Entity) -> list[str]:
    """The other names the text's definitions give a program ("Home First (HF) service": "HF",
    "Home First service"), not yet among its own: a reader, and "the service", may call it by them."""
    own = {label_key(x) for x in (entity.name, entity.label, *entity.aliases) if x}
    out = []
    for c in defined_names(text):
        if own & {label_key(f) for f in c.forms}:
            out += [f for f in c.forms if label_key(f) not in own and f not in out]
    return out


def _inside(short: tuple, long_: tuple) -> bool:
    """True when the words of ``short`` occur in a row in ``long_`` ("Coordinated Veterans' Care" in
    "Coordinated Veterans' Care Program": the same program, already found)."""
    n = len(short)
    return bool(n) and any(long_[i:i + n] == short for i in range(len(long_) - n + 1))


def opening_of(text: str, body: list[tuple[int, int]], n: int = 3) -> list[tuple[int, int]]:
    """The first ``n`` sentences of the body that read as sentences (six words or more), not a
    masthead's lines or a speaker's "Good morning."."""
    out: list[tuple[int, int]] = []
    for a, b in body if n > 0 else ():
        if len(text[a:b].split()) >= 6:     # (split only until n are found: not every sentence of the body)
            out.append((a, b))
            if len(out) == n:
                break
    return out


def main_program(text: str, *, title_span: tuple[int, int] | None, body: list[tuple[int, int]],
                 chosen: Entity | None, programs: list[Entity], not_programs: set[tuple]) -> Entity | None:
    """A name the document defines, or a kind of service its title or opening names, that the whole
    document supports better than ``chosen`` (the program the shape finders ranked first, or None),
    as a new program entity, or one of ``programs`` that the text defines ("SOFIA (...) is a national
    pilot") when the finders ranked another first ("national pilot"); None to keep ``chosen``.
    ``body`` holds the spans of the sentences after the title; ``not_programs`` the label keys of
    names that are something else (places, conditions, populations, people, the publisher)."""
    opening = opening_of(text, body)
    names = {id(p): {label_key(x) for x in (p.name, p.label, *p.aliases) if x} for p in programs}
    known = set().union(*names.values()) if names else set()
    best, best_weight = None, 0
    framing = ([title_span] if title_span else []) + list(opening)
    in_title = title_names(text, title_span, opening)      # found once: it scans the text for each name
    titled = {c.name for c in in_title}
    for c in defined_names(text) + founded_names(text, body) + opening_kinds(text, framing) + in_title:
        keys = {label_key(f) for f in c.forms}
        found_as = next((p for p in programs if names[id(p)] & keys), None) if c.defined else None
        if found_as is chosen and found_as is not None:
            continue                              # the finders' pick, defined: nothing to weigh it against
        if found_as is not None:                  # a program the finders have, weighed with every name given it
            c = Candidate(found_as.name, found_as.start,
                          tuple(dict.fromkeys((found_as.name, found_as.label, *found_as.aliases, *c.forms))), True,
                          c.founded)
        elif keys & known or keys & not_programs or any(_inside(label_key(c.name), k) for k in known):
            continue                              # the finders have it already, or it is no program
        alone = c.founded and not any(_KIND_WORD.fullmatch(w) for w in c.name.split()) and not any(
            _KIND_WORD.fullmatch(w) for p in programs for w in p.name.split())   # no name "the program" stands for
        found = evidence(text, c.forms, title_span=title_span, opening=opening, defined=c.defined,
                         kinds=_PROGRAM_KINDS if alone else frozenset())   # "Plan Nacer was launched ... The program"
        if (_BODY_HEAD.search(c.name) and c.name[:1].isupper() and not c.founded) or _ADMINISTRATION.search(c.name):
            is_a = bool(descriptions(text, c.forms))
            if not is_a and (_ADMINISTRATION.search(c.name) or not founded_in_text(text, c.forms)):
                continue                          # "Ghana Health Service (GHS)", "National Association of Primary
                #                                   Care (NAPC)": a body, not what it runs; but "the Ministry set up
                #                                   the TOMY in 2017": what a body founds is its program
        enough = 2 if (c.name in titled and found.in_title and found.in_opening) or (
            chosen is None and c.founded and found.in_opening) else 3   # no program else: "Iora Health was founded ..."
        if found.uses >= enough and found.weight > best_weight:
            best, best_weight = (c, found, found_as), found.weight
    if best is None:
        return None
    if chosen is not None:
        forms = tuple(dict.fromkeys((chosen.name, chosen.label, *chosen.aliases)))
        if best_weight <= evidence(text, forms, title_span=title_span, opening=opening).weight:
            return None
    c, _, found_as = best
    if found_as is not None:
        return found_as
    source = "defined name" if c.defined else "kind named in the opening"
    return Entity("program", c.name, c.name, PROGRAM, c.start, c.start + len(c.name), source, list(c.forms[1:]))


# A kind of unit the document takes one by one and also names otherwise, by a capitalised name: "nine Accountable
# Communities of Health will lead regional work ... Each Accountable Community of Health brings together hospitals".
# Such units are a program of their own beside the one the document is about (the project that set them up).
_EACH_NAME = lazy_compile(r"[ ](?P<name>[A-Z][\w\-]+(?:[ ](?:(?:of|for|and)[ ])?[A-Z][\w\-]+)+)")


# Units that govern or hold budgets, counted as a program's units only when a finder says so: "Each Health Board".
_GOVERNING_UNIT = lazy_compile(r"(?:Board|Trust|Hospital|Practice|Member[ ]State|State|Province|County|Region|District)$")


def _number_forms(name: str) -> tuple[str, ...]:
    """``name`` and its plural ("Accountable Community of Health", "Accountable Communities of Health"):
    the head is the word before "of"/"for", or the last."""
    words = name.split()
    at = next((i - 1 for i, w in enumerate(words) if w in ("of", "for") and i > 0), len(words) - 1)
    head = words[at]
    plural = head[:-1] + "ies" if head.endswith("y") and head[-2:-1] not in "aeiou" else head + "s"
    return name, " ".join(words[:at] + [plural] + words[at + 1:])


def counted_names(text: str) -> list[Candidate]:
    """Capitalised names of two words or more the text takes one by one ("Each Accountable Community of
    Health") and names at least once otherwise ("nine Accountable Communities of Health"); singular and
    plural are one name. (Found from "Each"/"Every" by string search: a pattern of the words that may
    stand before such a name was tried at every character, 0.25 ms a document.)"""
    out, seen = [], set()
    for word in ("Each", "each", "Every", "every"):
        at = text.find(word + " ")
        while at >= 0:
            m = _EACH_NAME.match(text, at + len(word))
            if m and not (at and (text[at - 1].isalnum() or text[at - 1] in "-_")):
                name = m.group("name")
                if label_key(name) not in seen and name.split()[0] not in _LEADING_CAPITALS and \
                        not _ADMINISTRATION.search(name) and not _GOVERNING_UNIT.search(name):
                    seen.add(label_key(name))
                    forms = _number_forms(name)
                    uses = {s for f in forms for s in _uses(text, f)}
                    if len(uses) >= 2:
                        out.append(Candidate(name, m.start("name"), tuple(f for f in forms if f in text), False))
            at = text.find(word + " ", at + 1)
    return out


def second_programs(text: str, *, programs: list[Entity], not_programs: set[tuple]) -> list[Candidate]:
    """Programs beside the main one that the finders miss: the kinds of unit the text counts and takes one
    by one (:func:`counted_names`), not a name the finders have or one that is something else."""
    known = {label_key(x) for p in programs for x in (p.name, p.label, *p.aliases) if x}
    out = []
    for c in counted_names(text):
        keys = {label_key(f) for f in c.forms}
        if keys & known or keys & not_programs or any(_inside(label_key(c.name), k) for k in known):
            continue
        out.append(c)
    return out

"""The programs a document names: :func:`find_programs` finds them by the shape of their names (see the
package's docstring), weighs the pick with :mod:`ickg.extract.programs` and sets the focal one.

The rules of every family state facts of a program: they need the programs found first (which program a
sentence speaks of is :mod:`.subjects`').
"""

import re

from ickg.extract.actors import ORG_HEADS, ORGANIZATION, PROGRAM, ROLE_TITLES, Entity, ignorecase_uses, lower_is_ignorecase, word_uses
from ickg.extract.lexicon import label_key
from ickg.extract.occurrences import holds_any
from ickg.extract.places import is_known_place
from ickg.extract.programs import (capitalised_before, descriptions, founded_as_programs, main_program, names_given,
                                  second_programs)
from ickg.extract.regex import lazy_compile
from ickg.extract.statements.context import _mentions_of, _named_in, _search_after, _word_phrase_in
from ickg.extract.statements.cues import found_in
from ickg.extract.statements.patterns import _LANGUAGE_GLOSS
from ickg.extract.statements.phrases import _words


_SIDE_LEAD = lazy_compile(r"^(?:(?:the|The|a|A)[ ])?(?:[A-Z][\w\-]*['’]s[ ])?")
_PLACED_TAIL = lazy_compile(r"(?P<x>.+?)[ ](?:in|across|within)[ ](?:the[ ])?[A-Z][\w\-]+(?:[ ][A-Z][\w\-]+)*$")
_PLACE_AFTER = lazy_compile(r"[ ](?:in|across|within|for)[ ](?:the[ ])?[A-Z]")
_OF_TAIL = lazy_compile(r"[ ](?:of|from|with)[ ](?:the[ ])?(?:[A-Z][\w\-]*['’]s[ ])?(?P<x>[^ ].*)$")


_MODEL_WORDS = lazy_compile(r"\b(?:the|this|its)[ ](?:model|programme|program|pilot|initiative|network|scheme|"
                            r"reform|trial|strategy|system of care)\b", re.I)
_TITLE_VERB = lazy_compile(r"[ ](?:to|goes|go|signs?|launch(?:es)?|announces?|begins?|starts?|opens?|will|is|are|"
                           r"receives?|wins?|expands?|comes?|takes?)[ ]")
_IS_A_MODEL = lazy_compile(r"(?P<name>(?<![\w/])[A-Z][\w\-]+(?:/[A-Z][\w\-]+)?(?:[ ](?:(?:of|for|für|de|del|van|von|and)[ ])?"
                           r"[A-Z][\w\-]+(?:/[A-Z][\w\-]+)?){0,4})(?:[ ]\([^()]{2,90}\))?[ ](?:is|was)[ ]an?[ ]"
                           r"(?:[\w\-]+[ ]){0,5}?"
                           r"(?:model|programme|program|initiative|network|scheme|pilot|system)\b")
_PROGRAM_HEAD_END = lazy_compile(r"(?:programme|program|initiative|scheme|pilot)$")
_LOWER_PROGRAM = lazy_compile(r"\b(?:[Ii]ts|[Tt]he|[Tt]heir|a)[ ](?P<name>(?:[a-z][\w\-]+[ ]){1,4}(?:programmes?|programs?|"
                              r"initiatives?|schemes?|reforms?|pilots?|model(?=[ ](?:was|is|has|had|of[ ]care)\b)|"
                              r"(?<=care[ ])systems?))\b")
# A founding verb before an indefinite program noun phrase: "introduced a pay-for-performance program for diabetes".
# (After "is"/"was" it says what a named program is: kept, for :func:`descriptions` to take as that program's.)
_FOUNDS_A = lazy_compile(r"\b(?:introduced|launched|set[ ]up|created|established|piloted|started|rolled[ ]out|began|is|was|"
                         r"are|were)[ ]$")
# A word every match of _LOWER_PROGRAM holds ("programme" holds "program").
_LOWER_PROGRAM_HEADS = ("program", "initiative", "scheme", "reform", "pilot", "model", "system")
_DESCRIBED_AS = lazy_compile(r"[ ](?:is|was|are|were)[ ](?:an?[ ])?$")
_HEADING_PROGRAM = lazy_compile(r"(?:The[ ])?(?P<name>(?!(?:The|A|An|Our|This|Its|Their)[ ])[A-Z][\w\-]+(?:[ ][A-Z][\w\-]+){0,3}[ ](?:model|programme|program|"
                                r"initiative|pilot|network|scheme|reform))")
_LOWER_ACRONYM_HEADS = lazy_compile(r"(?:systems?|networks?|programmes?|programs?|models?|pilots?|schemes?|"
                                    r"clusters?|teams?|homes?|partnerships?|initiatives?|pathways?)$")
_QUOTED = lazy_compile(r"[\"“](?P<name>[a-z][\w ,'’\-]{3,60}[\w])[\"”]")
_NUMBER_WORDS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve "
                                             "thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split())}
_NUMBER_WORDS.update({w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())})
_COUNT = (r"(?:\d{1,4}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|"
          r"seven|eight|nine))?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
          r"sixteen|seventeen|eighteen|nineteen)")
_COUNT_LEAD = lazy_compile(rf"(?i:{_COUNT})[ ]")


def count_value(word):
    """The number a count is written as: "24", "six", "Thirty-one"."""
    word = word.lower()
    if word.isdigit():
        return int(word)
    tens, _, unit = word.partition("-")
    return _NUMBER_WORDS.get(tens, 0) + (_NUMBER_WORDS.get(unit, 0) if unit else 0) or None


# "a discharge programme known as Safe at Home", "a second scheme, called Home Link,": the name given.
_CALLED_PROGRAM = lazy_compile(
    r"\b(?:programmes?|programs?|schemes?|initiatives?|pilots?|models?|services?|networks?|projects?|teams?|"
    r"partnerships?|strategy|reform|centres|centers|clinics|hubs)[ ,]+(?:known[ ]as|called|named|dubbed|branded[ ]as)[ ]"
    r"(?P<name>[A-Z][\w\-]*(?:[ ](?:of|for|and|on|in|at|to|the|[A-Z][\w\-]*)){0,6}?)"
    r"(?=[,.;:)]|[ ](?!(?:of|for|and|on|in|at|to|the)[ ][A-Z])[a-z(]|$)")
# A plural program noun made, launched or implemented: "allowed states to create Medicaid health homes".
_CREATED_PROGRAM = lazy_compile(
    r"\b(?:create|created|creating|establish|established|establishing|implement|implemented|implementing|launch|"
    r"launched|introduce|introduced|set[ ]up|pilot|piloted|roll[ ]out|rolled[ ]out|form|formed)[ ](?:new[ ])?"
    r"(?P<name>(?:[A-Z][\w\-]+[ ])?(?:[a-z][\w\-]+[ ]){0,3}(?:homes|teams|networks|partnerships|hubs|clusters|"
    r"pilots|schemes|programmes|programs|models))\b")
_CREATED_WORDS = ("creat", "establish", "implement", "launch", "introduc", "set up", "pilot", "roll", "form")


def _created_programs(text):
    """Matches of _CREATED_PROGRAM, tried only where one of its verbs begins (a scan of the whole
    text by the pattern costs more than finding the verbs)."""
    starts = set()
    for stem in _CREATED_WORDS:
        at = text.find(stem)
        while at >= 0:
            if at == 0 or not text[at - 1].isalnum():
                starts.add(at)
            at = text.find(stem, at + 1)
    for at in sorted(starts):
        m = _CREATED_PROGRAM.match(text, at)
        if m:
            yield m


# Apposition: "Project ECHO (Extension for Community Healthcare Outcomes), a telementoring program",
# "Ontario Health Teams, a new model of organizing and delivering health care", "Health First Colorado, the
# state's Medicaid program" (a possessive among the descriptor's words).
_APPOSED_PROGRAM = lazy_compile(
    r"(?P<name>\b[A-Z][\w\-]*(?:[ ](?:of|for|and|on|in|at|to|the|(?:d|l|dell)['’][A-Z][\w\-]*|[A-Z][\w\-]*)){0,9})"
    r"(?:[ ]\((?P<alias>[^()\n]{2,80})\))?,[ ](?:an?|the)[ ](?:(?!(?:the|an?)[ ])[\w\-]+(?:['’]s)?[ ]){0,5}?"
    r"(?P<head>model|programme|program|initiative|scheme|pilot|strategy|reform|project|demonstration|"
    r"partnerships?|networks?)\b")
# (One determiner: "..., the council launched the network" is a clause, not an appositive.)
_APPOSITION_AT = lazy_compile(r",[ ](?:an?|the)[ ](?:(?!(?:the|an?)[ ])[\w\-]+(?:['’]s)?[ ]){0,5}?(?:model|programme|program|initiative|scheme|"
                              r"pilot|strategy|reform|project|demonstration|partnerships?|networks?)\b")
_APPOSED_NOT = lazy_compile(r"\b(?:of|in|for)[ ](?:the[ ])?(?:care|health|services?|hospitals?|providers?)[ ]"
                            r"(?:organi[sz]ations?|compan(?:y|ies)|firms?)\b")
# A proper name whose last word says it is a program: "the Care Transitions Intervention", "Integrated
# Care Partnerships", "the Whole Person Care Pilot". (Not "Service" or "Fund": "Indian Health Service".)
# It opens on the capital and checks what is behind it after: a pattern that opens on a look-behind is
# tried at every position, one that opens on a character class is searched for that class.
_NAMED_PROGRAM = lazy_compile(
    r"(?P<name>[A-Z](?<![\w\-/][A-Z])[\w'’\-]+(?:(?:[ ]|/)(?:of|for|and|at|to|in|the|&|[A-Z][\w'’\-]+)){0,6}[ ]"
    r"(?:Interventions?|Programmes?|Programs?|Models?|Initiatives?|Networks?|Projects?|Schemes?|Pilots?|"
    r"Partnerships?|Strategy|Reform|Teams|Homes|Demonstrators?|Demonstration|Collaboratives?|Pathways?))"
    r"(?![\w\-])(?![ ](?:of[ ]|for[ ]|and[ ])?[A-Z])")
# A line's opening that makes what follows an author's name and affiliation, not a program's name.
# A capitalised name with a lower-case head, abbreviated in parentheses: "the Community Paramedicine at Clinic
# program (CP@clinic)", "the Hospital Admission Risk program (HARP)": the abbreviation makes it a name.
_NAMED_LOWER_HEAD = lazy_compile(r"(?P<name>[A-Z](?<![\w\-][A-Z])(?!(?<=T)he[ ]|(?<=A)[ ]|(?<=A)n[ ]|(?<=T)his[ ]|(?<=O)ur[ ]|"
                                 r"(?<=I)ts[ ]|(?<=I)n[ ]|(?<=A)t[ ]|(?<=F)rom[ ]|(?<=S)ince[ ])[\w\-]+"
                                 r"(?:[ ](?:(?:at|of|for|and|in|on|to|the)[ ])?[A-Z][\w\-]+){1,5}[ ]"
                                 r"(?:program|programme|model|initiative|scheme|project|pilot))[ ]\((?P<short>[^()\s,;]{2,15})\)")
_BYLINE = lazy_compile(r"[ \t]*(?:(?:Prepared|Written|Compiled|Edited|Posted|Presented|Reported)[ ])?[Bb]y[ ]"
                       r"(?:[A-Z][\w'’.\-]*[ ]){0,4}$")
# A byline's line: "Posted March 2022 by the Communications Team", "By Jane Roe and the Policy Unit".
_BYLINE_LINE = lazy_compile(r"^(?:(?:Posted|Written|Published|Prepared|Compiled|Edited|Reported|Produced)\b[^\n]{0,40}?[ ]by"
                            r"|By)[ ][^\n]{0,120}$", re.M)
# Programs a document names in passing, under the one it is about: with only these, the focal one is sought
# as if none were named.
_IN_PASSING = {"X known as", "its X plan", "quoted name after a program word"}
# A body's own plan or programme named at a sentence's head: "Its Senior Care Options plan, offered since 2004, ...".
_OWN_NAMED_PLAN = lazy_compile(r"(?:(?<=[.!?][ ])|(?<=\n)|^)(?:Its|Their)[ ](?P<name>[A-Z][\w\-]*(?:[ ][A-Z][\w\-]*){0,4}[ ]"
                               r"(?:plan|programme|program|scheme|service))\b")
# A program named as a project: "Project ECHO", "Project RED (Re-Engineered Discharge)".
_PROJECT_NAME = lazy_compile(r"(?<![\w\-])(?P<name>Project[ ][A-Z][\w\-]*[A-Z0-9][\w\-]*)(?![\w\-])"
                             r"(?:[ ]\((?P<gloss>[A-Z][^()]{3,80})\))?")
# A post, not a program: "Director of Strategy", "Minister for Health".
_ROLE_NAME = lazy_compile("(?:" + "|".join(sorted(ROLE_TITLES, key=len, reverse=True)) + ")[ ](?:of|for)[ ]")
# A lower-case name a document abbreviates and goes on using: "coordinated care organizations (CCOs)".
# Bodies named for the integration they were made for, abbreviated and named again ("integrated health and
# social services centres (CISSS)", "Veterans Integrated Service Networks (VISNs)"): the model the document is
# about, as well as the bodies that carry it out.
_INTEGRATED_BODIES = lazy_compile(r"\bintegrated[ ](?:[\w\-]+[ ]){0,5}?(?:centres?|centers?|networks?|organi[sz]ations?|"
                                  r"systems?|services|trusts?|units?)$", re.I)
# The same in lower case before an acronym of other words, the name's in another language: "integrated health and
# social services centres (CISSS)" (centres intégrés de santé et de services sociaux).
# (It opens on the word and checks the boundary before it after: re searches for the word itself.)
_GLOSSED_BODIES = lazy_compile(r"(?P<long>integrated(?<=\bintegrated)[ ](?:[a-z\-]+[ ]){0,5}?(?:centres?|centers?|networks?|organi[sz]ations?|"
                               r"systems?|trusts?|units?))[ ]\((?P<short>[A-Z]{2,8}s?)\)")
# The line under a reviewed book's title, after a line break or (unwrapped) a space: "by Daniel Harrow.
# Riverbank University Press, 2021. 312 pp.":
# title is the book's, not a program's.
_BOOK_LINE = lazy_compile(r"\s+(?:[Bb]y|[Ee]dited[ ]by)[ ][^\n]{3,120}?\b(?:19|20)\d\d\b[^\n]*?\b\d+[ ]?pp\b")
_ACRONYM_PROGRAM_HEADS = lazy_compile(r"(?:organi[sz]ations?|interventions?|collaboratives?|alliances?|communities|hubs?)$")
# A lower-case name described as a model: "a virtual ward, a model first used in Croydon in 2006".
# (\b(?:a|an|the) opened on its letter, the boundary and the word's first letter checked behind it: re
# searches for the letter instead of trying every position. So too _HEAD_REFERENCE.)
_LOWER_APPOSED = lazy_compile(r"[at](?<=\b[at])(?:(?<=a)|(?<=a)n|(?<=t)he)[ ](?P<name>[a-z][\w\-]+(?:[ ][a-z][\w\-]+){1,3}),[ ]an?[ ](?:[\w\-]+[ ]){0,3}?"
                              r"(?:model|programme|program|initiative|scheme|approach|intervention)[ ](?:of|in|for|that|which|"
                              r"first|developed|used|designed|where|whereby|introduced|launched)\b")
# A lower-case plural the text counts or says were set up: "one of 64 primary care clusters".
_COUNTED_PROGRAM = lazy_compile(r"(?:\b(?:one[ ]of[ ](?:the[ ])?)?" + _COUNT + r"[ ]|\b(?:[Tt]he[ ]))(?P<name>(?:[a-z][\w\-]+[ ]){1,3}"
                                r"(?P<head>clusters|networks|partnerships|hubs|collaboratives|alliances))"
                                r"(?=[ ,.;](?:(?!\.)[^.]){0,40}?(?:were|was|have[ ]been)[ ](?:set[ ]up|created|established|"
                                r"introduced|launched|formed)|[,.;]|[ ]in[ ])")
# Words that open a sentence but are no part of a name: "Today the Ministry of Health approved".
_OPENERS = {"Today", "Yesterday", "Now", "Currently", "Recently", "Meanwhile", "However", "Also", "Instead",
            "Together", "Since", "Under", "In", "From", "The", "A", "An", "This", "These", "Its", "Their"}


# A study named by where it ran ("the Memphis trial"): the study, not a program.
_STUDY_NAME = lazy_compile(r"(.+?)[ ](?:trials?|study|studies|evaluation)")
# "Rural programs have trouble recruiting": a kind of program, not a program the document is about.
_GENERIC_PROGRAM = lazy_compile(r"(?:Rural|Urban|Local|New|Other|Some|Many|Most|Such|These|Those|Both|All|Each|Existing|"
                                r"Similar|Smaller|Larger|Early|Later)[ ](?:programmes?|programs?|schemes?|initiatives?)")


_PROSE_LETTERS = lazy_compile(r"[a-z]{4}")


# What every match of _NAMED_LOWER_HEAD holds: most texts have no lower-case program word abbreviated.
_LOWER_HEAD_ABBREVIATED = lazy_compile(r"[ ](?:program|programme|model|initiative|scheme|project|pilot)[ ]\([^()\s,;]{2,15}\)")


def find_programs(ctx):
    """The document's programs, named or described, and its focal program."""
    text = ctx.text
    places = {label_key(p.place.name) for p in ctx.places}
    programs = [e for e in ctx.entities if e.kind == "program" and not _GENERIC_PROGRAM.fullmatch(e.name)
                and not ((m := _STUDY_NAME.fullmatch(e.name)) and label_key(m.group(1)) in places)]
    if " by " in text or "By " in text:  # "Posted March 2022 by the Communications Team": who wrote it, no program
        bylines = [(m.start(), m.end()) for m in _BYLINE_LINE.finditer(text)]
        programs = [e for e in programs if not bylines or e.start is None or not all(
            any(a <= s_ < b for a, b in bylines) for s_, _ in _mentions_of(ctx, e))]
    fused = [e for e in programs if "\n" in e.label and text.startswith(":", e.end)]
    for e in fused:                      # "... | European Social Fund\nOperational Programme: Attica": a masthead's end
        programs.remove(e)               # run into the next line's field label is no name
        ctx.entities.remove(e)
    for e in programs:
        if e.source == "glossed name" and e.name[:1].isupper():
            _widen_glossed(text, e)      # "Programa del Médico y Enfermera de la Familia (Family Doctor ...)"
    orgs = [e for e in ctx.entities if e.kind == "organization"]
    known = {e.key for e in programs}
    for e in programs:
        bare = _COMPLEMENTED_PROGRAM.match(e.name)
        if bare and _words(bare.group(1)) >= 2 and bare.group(1) not in e.aliases:
            e.aliases = [*e.aliases, bare.group(1)]     # "pay-for-performance program" of "... program for diabetes"

    def add(name, start, source, aliases=()):
        counted = _COUNT_LEAD.match(name)
        if counted and _words(name[counted.end():]) >= 1:     # "Thirty-one Primary Health Networks"
            name, start = name[counted.end():], start + counted.end()
        key = label_key(name)
        if key and key not in known and not any(label_key(p.place.name) == key for p in ctx.places):
            known.add(key)
            label = text[start:start + len(name)]
            label = label if label_key(label) == key else name    # "Buurtzorg model" is not in the text as such
            aliases = list(aliases)
            bare = _COMPLEMENTED_PROGRAM.match(name)
            if bare and _words(bare.group(1)) >= 2 and bare.group(1) not in aliases:
                aliases.append(bare.group(1))      # "pay-for-performance program" of "... program for diabetes"
            entity = Entity("program", label, name, PROGRAM, start, start + len(name), source, aliases)
            programs.append(entity)
            return entity
        return None

    for a in ctx.acronyms:
        if a.long[:1].islower() and _LOWER_ACRONYM_HEADS.search(a.long):
            add(a.long, a.long_start, "acronym", [a.short])
        elif (a.long[:1].islower() or a.long[1:].islower()) and _ACRONYM_PROGRAM_HEADS.search(a.long) and not any(
                o.key == label_key(a.long) for o in orgs) and (_title_names(ctx, a.long) or len(re.findall(
                    r"(?<![\w])" + re.escape(a.short.rstrip("s")) + r"s?(?![\w])", text[a.short_end:])) >= 3):
            add(a.long, a.long_start, "acronym", [a.short])     # what the title is about, abbreviated
        elif _INTEGRATED_BODIES.search(a.long):
            add(a.long, a.long_start, "acronym", [a.short])     # "Veterans Integrated Service Networks (VISNs)"
    for m in (_NAMED_LOWER_HEAD.finditer(text) if (") " in text or ")," in text or ")." in text)
              and _LOWER_HEAD_ABBREVIATED.search(text) else ()):
        name = m.group("name")
        if not any(o.key == label_key(name) or o.key == label_key(m.group("short")) for o in orgs):
            add(name, m.start("name"), "named X program (ABBR)", [m.group("short")])
    for m in (_GLOSSED_BODIES.finditer(text) if "ntegrated " in text else ()):
        add(m.group("long"), m.start("long"), "acronym", [m.group("short")])   # an acronym of the words in French
    for m in (_NAMED_PROGRAM.finditer(text) if holds_any(text, _NAMED_HEAD_WORDS) else ()):
        name, at = m.group("name"), m.start("name")
        while " " in name and name.split(" ", 1)[0] in _OPENERS:
            first = name.split(" ", 1)[0]
            name, at = name[len(first) + 1:], at + len(first) + 1
        lead = re.match(r"(?:the|a|an)[ ]|(?:[A-Z][\w\-]*[ ](?:(?:of|and|for)[ ])?){0,5}[A-Z][\w\-]*['’]s[ ]", name)
        #                                  "Brazil's Family Health Strategy", "Geisinger Health System's ProvenCare Program"
        if lead:
            name, at = name[lead.end():], at + lead.end()
        if " and " in name:
            first, _, rest = name.partition(" and ")
            if label_key(first) in places or any(o.key == label_key(first) for o in orgs):
                name, at = rest, at + len(first) + 5    # "... in Western New York and Care Compass Network": the
                #                                         place (or body) is the list's, the name is after "and"
        if " " not in name or " and the " in name or _ROLE_NAME.match(name) or any(o.key == label_key(name) for o in orgs) or any(
                s <= at and at + len(name) <= e and (s, e) != (at, at + len(name))
                for p in programs for s, e in _mentions_of(ctx, p)):
            continue                     # "Sutton Homes" inside "the Sutton Homes of Care vanguard"
        if any(p.key != label_key(name) and label_key(name) in {label_key(x) for x in p.aliases} for p in programs):
            continue
        if any(o.start is not None and o.start < at and at + len(name) <= o.end for o in orgs) or \
                _BYLINE.match(text, text.rfind("\n", 0, at) + 1, at):
            continue                     # the tail of a body's name, a byline's ("Prepared by A B for the X Network")
        if _ISSUER_LINE.match(text, at + len(name)) and at == text.rfind("\n", 0, at) + 1:
            continue                     # "Healthy Hills Partnership: Impact report 2016": who issues the document
        if _form_label(text, at, at + len(name)):
            continue                     # "Operational Programme: Attica 2014-2020" among a form's other fields
        if _PARTNER_BEFORE.search(text, max(0, at - 40), at) and _BODY_PROGRAM_HEAD.search(name):
            if not any(o.key == label_key(name) for o in orgs):   # "run jointly with the local Primary Care
                body = Entity("organization", name, name, ORGANIZATION, at, at + len(name), "partner with")
                orgs.append(body)                                # Partnership": a body the program works with
                ctx.entities.append(body)
            continue
        add(name, at, "named program")
    for m in (_OWN_NAMED_PLAN.finditer(text) if "Its " in text or "Their " in text else ()):
        head = m.group("name").rsplit(" ", 1)[0]     # "Its One Care plan": a plan of its own, by name
        key = label_key(head)
        if not any(key in {label_key(x) for x in (o.name, *o.aliases)} for o in orgs) and \
                not any(label_key(p.place.name) == key for p in ctx.places):
            add(m.group("name"), m.start("name"), "its X plan")
    for m in (_PROJECT_NAME.finditer(text) if "Project " in text else ()):
        gloss = m.group("gloss")       # "Project RED (Re-Engineered Discharge)": the words its letters stand for
        if not any(o.start is not None and o.start <= m.start() < o.end for o in orgs):
            add(m.group("name"), m.start("name"), "Project X", [gloss] if gloss else [])
    for name, at in _foreign_program_names(text) if holds_any(text, _FOREIGN_PROGRAM_WORDS) else ():
        tail = name.split(" ", 1)[1]
        same = [o for o in orgs if o.name in (name, tail)]
        if any(o.start is not None and o.start < at < o.end for o in orgs) or \
                any(label_key(p.place.name) == label_key(tail) for p in ctx.places) or \
                any(s <= at and at + len(name) <= e for p in programs for s, e in _mentions_of(ctx, p)):
            continue                     # inside a body's name; "Plan Madrid": a place's plan is named otherwise
        for o in same:                   # "Programa SUMAR": "SUMAR", read as a one-word body, is the program
            orgs.remove(o)
            if o in ctx.entities:
                ctx.entities.remove(o)
        add(name, at, "foreign program word", [tail] if same else [])
    described_first = []                 # spans of "a new programme" before its name: no second program
    for m in _DESCRIBED_FIRST.finditer(text) if holds_any(text, _DESCRIBED_FIRST_WORDS) else ():
        name = m.group("name")           # "replaced it with a new programme, Médicos pelo Brasil, created by ..."
        if not (_LAW_NAME.search(name) or any(o.name == name for o in orgs) or name.split()[0] in _LEADING_WORDS
                or any(label_key(p.place.name) == label_key(name) for p in ctx.places)):
            add(name, m.start("name"), "a programme, X")
            described_first.append((m.start(), m.start("name")))
    for name, at, gloss in _foreign_glossed(text):
        if not any(o.start is not None and o.start <= at < o.end for o in orgs):
            add(name, at, "glossed name", [gloss])
    apposed = list(described_first)         # spans of "a telementoring program" after a named program
    for m in (_CALLED_PROGRAM.finditer(text) if holds_any(text, _CALLED_WORDS) else ()):
        name = m.group("name").rstrip()
        while name.split()[-1] in ("of", "for", "and", "on", "in", "at", "to", "the"):
            name = name.rsplit(" ", 1)[0]
        add(name, m.start("name"), "X known as")
        apposed.append((max(0, m.start() - 60), m.start("name")))
    if ", a" in text or ", the" in text:
        # found from the descriptor back to the name: "..., a telementoring program" first (cheap)
        appositions = []
        for at in _APPOSITION_AT.finditer(text):
            lo = max(0, at.start() - 200)
            for m in _APPOSED_PROGRAM.finditer(text, lo, at.end()):
                if m.end() == at.end():
                    appositions.append(m)
                    break
        for m in appositions:
            if _APPOSED_NOT.match(text, m.end("head") - len(m.group("head"))):
                continue
            name, at = m.group("name"), m.start("name")
            while name.split(" ", 1)[0] in _OPENERS and " " in name:
                first = name.split(" ", 1)[0]
                name, at = name[len(first) + 1:], at + len(first) + 1
            based = _BASED_LEAD.match(name)
            if based:                    # "Based on the Expanded Chronic Care Model, the programme": not its name
                continue
            if _AGENT_BEFORE.search(text, max(0, at - 8), at) or _LAW_NAME.search(name):
                continue                 # "Set up in 2010 by Northfield Council, the network": who set it up;
                #                          "section 1115 of the Social Security Act, an amendment to": a law
            if name in _OPENERS or any(label_key(p.place.name) == label_key(name) for p in ctx.places):
                continue
            alias = m.group("alias")
            aliases = [alias] if alias and alias[:1].isupper() and not re.search(r"\d", alias) else []
            # an organization of the same name or alias ("Extension for Community Healthcare Outcomes"
            # read as a body from its capitals) is the program itself
            same = [o for o in orgs if o.name in (name, *aliases) or set(o.aliases) & {name, *aliases}]
            if any(o.name == name for o in same) and m.group("head") in ("network", "networks", "partnership",
                                                                         "partnerships"):
                same = []
            for o in same:
                aliases += [x for x in (o.name, *o.aliases) if x not in aliases and x != name]
                orgs.remove(o)
                if o in ctx.entities:
                    ctx.entities.remove(o)
            existing = next((p for p in programs if p.key == label_key(name)), None)
            if existing is not None:
                existing.aliases.extend(x for x in aliases if x not in existing.aliases)
            elif _words(name) >= 1 and not (len(name.split()) == 1 and not re.search(r"[A-Z].*[A-Z]|\w{5}", name)):
                add(name, at, "X, a program", aliases)
            apposed.append((m.end("alias") if m.group("alias") else m.end("name"), m.end()))
    for m in (_LOWER_APPOSED.finditer(text) if ", a" in text or ", an" in text else ()):
        name = m.group("name")
        if not re.match(r"(?:new|similar|different|single|same|other|first|second)\b", name):
            add(name, m.start("name"), "x, a model")
    counted_heads = ("clusters", "networks", "partnerships", "hubs", "collaboratives", "alliances")
    for m in (_COUNTED_PROGRAM.finditer(text) if any(h in text for h in counted_heads) else ()):
        name = m.group("name")
        if re.search(r"\b(?:care|health|integrated|community|primary|social)\b", name) and \
                len(re.findall(r"(?<![\w])" + re.escape(m.group("head")) + r"(?![\w])", text, re.I)) >= 3:
            add(name, m.start("name"), "counted X", [m.group("head")])   # "one of 64 primary care clusters"
    has_is_a = any(w in text for w in (" is a", " was a"))
    has_program = any(w in text for w in ("programme", "program", "initiative", "scheme", "reform", "pilot"))
    for m in _created_programs(text):
        name = m.group("name")
        if not re.search(r"\b(?:care|health|medical|integrated|community|regional|local|neighbourhood|"
                         r"neighborhood|primary|accountable|virtual|multidisciplinary)\b", name, re.I):
            continue                     # "to create new teams": a program has a domain word
        longer = next((p for p in programs if p.key.endswith(" " + label_key(name))), None)
        if longer is not None:
            if name not in longer.aliases:
                longer.aliases.append(name)
            continue
        add(name, m.start("name"), "created X")
    for start, end in ctx.sentences:
        # each pattern's match holds one of its words within the sentence: a sentence without them is not searched
        is_a = has_is_a and (text.find(" is a", start, end) >= 0 or text.find(" was a", start, end) >= 0)
        lower_program = has_program and found_in(_LOWER_PROGRAM_HEADS, text, start, end)
        for m in (_IS_A_MODEL.finditer(text, start, end) if is_a else ()):
            lead = 4 if m.group("name").startswith("The ") else 0      # "The Riverside Care Network is a ..."
            name = m.group("name")[lead:]
            key = label_key(name)
            same = [o for o in orgs if o.name == name]
            aliases = []
            if same and _PROGRAM_HEAD_END.search(m.group(0)):
                # "The Vermont Blueprint for Health is a state program": read as a body from its capitals, it is
                # the program, and so is a shorter body name it ends with ("Blueprint for Health")
                tails = [o for o in orgs if o not in same and name.endswith(" " + o.name)]
                for o in same + tails:
                    orgs.remove(o)
                    if o in ctx.entities:
                        ctx.entities.remove(o)
                aliases, same = [o.name for o in tails], []
            if not same and not any(key in {label_key(x) for x in (p.name, *p.aliases)} for p in programs):
                add(name, m.start("name") + lead, "X is a model", aliases)
        for m in (_LOWER_PROGRAM.finditer(text, start, end) if lower_program else ()):
            name = m.group("name")
            if re.search(r"\b(?:of|with|the|to|for|in|on|by|from|at|under|into|about|through)\b", name):
                continue                 # "the effect of the programmes", "contracts with the programme"
            if m.group().startswith("a ") and not _FOUNDS_A.search(text, max(0, m.start() - 16), m.start()):
                continue                 # "as a joint initiative of", "a community assets programme links older people":
                #                          a kind, or what another is; but "introduced a pay-for-performance program"
            if _words(name) >= 2 and not re.match(r"(?:other|these|such|several|many|two|three|regional)[ ]\w+s$", name) \
                    and name.split()[0] not in ("largest", "biggest", "oldest", "newest", "best", "most", "only",
                                                "main", "key", "major", "principal", "various", "different",
                                                "whole", "same", "entire", "first", "second", "next", "current",
                                                "previous", "existing", "single-disease", "regional", "further"):
                head = re.match(r"(?P<x>.+)[ ]model$", name)     # "the primary care home model": also "primary care home"
                add(name, m.start("name"), "the X programme", [head.group("x")] if head and _words(head.group("x")) >= 2 else [])
    title = text[ctx.title_span[0]:ctx.title_span[1]] if ctx.title_span else ""
    for m in _QUOTED.finditer(text):
        if title and label_key(m.group("name")) and " ".join(label_key(m.group("name")).split()) in \
                " ".join(label_key(title).split()):
            add(m.group("name"), m.start("name"), "quoted name in the title")
    for m in (_PROGRAM_FIELD.finditer(text, 0, min(len(text), 1500)) if ":" in text[:1500] else ()):
        name = m.group("name").strip().rstrip(".")
        name = name[:_FIELD_TAIL.search(name).start()] or name
        if m.group().lstrip().startswith("Project") and any(len(w) > 3 and w.islower() for w in name.split()):
            continue                     # "Project: Linking housing and health care for ...": what a grant does
        if 1 <= _words(name) <= 10:      # a tracker's or profile's "Program: MassHealth ACO program"
            entity = add(name, m.start("name"), "labelled program")
            if entity is not None:
                entity.aliases.extend(a.short + s_ for a in ctx.acronyms if label_key(a.long) in label_key(name)
                                      for s_ in ("", "s"))
    for section in ctx.sections:         # a heading that names a program: "The Torbay model"
        h = _HEADING_PROGRAM.fullmatch((section.heading or "").strip())
        if h and section.heading_start is not None:
            add(h.group("name"), section.heading_start + section.heading.index(h.group("name")), "heading")
    title_key = f" {label_key(title)} " if title else ""
    for p in programs:                   # "Nurse-led transitional care ...": the Transitional Care Model's
        core = _HEADLESS.match(p.name)
        if title and core and p.name[:1].isupper() and _words(core.group(1)) >= 2 and \
                f" {label_key(core.group(1))} " in title_key and not _named_in(text, p, *ctx.title_span):
            at = title.lower().find(core.group(1).lower())
            if at >= 0:
                p.aliases.append(title[at:at + len(core.group(1))])
    if title and not _BOOK_LINE.match(text, ctx.title_span[1]) and not any(
            _named_in(text, p, *ctx.title_span) or (_words(p.name) >= 2 and f" {p.key} " in title_key)
                         or (_words(p.name) >= 3 and " ".join(p.key.split()[1:]) in title_key)
                         for p in programs):
        head = re.split(r"[.?!][ ]", title.split(":")[0])[0]     # "Wales bet on clusters. It is time ...": the first
        verb = _TITLE_VERB.search(head)
        if verb and not head.startswith(("What", "How", "Why", "Can", "Does", "Is", "Are", "From ", "In ", "At ", "On ",
                                         "Towards ", "Toward ", "Beyond ", "Between ", "After ", "Before ")):
            subject = head[:verb.start()]
            if 2 <= _words(subject) <= 8 and not any(label_key(p.place.name) == label_key(subject) for p in ctx.places) \
                    and not _DOCUMENT_KIND.search(subject) and not _NOT_A_NAME.search(subject):
                add(subject, ctx.title_span[0], "title subject")
        elif ":" in title and _GERUND_HEAD.match(head) and (tail := _TAIL_PROGRAM.search(title, title.index(":"))) \
                and _words(tail.group("x")) >= 2:
            # "Redesigning primary care around the patient: evaluation of the Group Health medical home pilot": a
            # title opening on what was done names no program; the program is the one its other half names
            at = text.find(tail.group("x"), ctx.title_span[1])
            add(tail.group("x"), at if at >= 0 else ctx.title_span[0], "title subject")
        elif ":" in title and 3 <= _words(head) <= 12 and not head.startswith(("What", "How", "Why")):
            subject = re.split(r"[ ](?:through|in|across|within|among|for[ ]the|at)[ ]", head)[0]
            listed = re.search(r"[ ]and[ ](?:the|a|an)[ ]", subject) or (
                re.search(r"[ ]and[ ]", subject) and re.search(r"[a-z]s$", subject))
            if _words(subject) >= 2 and not listed and re.search(r"\b(?:payment|funding|care|model|programme|program|"
                                                                 r"integration|reform|pilot|network|budget)s?\b",
                                                                 subject, re.I):
                add(subject, ctx.title_span[0], "title subject")
        elif ":" not in title:
            named = _TITLE_PROGRAM.fullmatch(head)   # "The community-based integrated care system in Japan"
            if named and _words(named.group("x")) >= 2:
                at = text.find(named.group("x"), ctx.title_span[1])
                add(named.group("x"), at if at >= 0 else ctx.title_span[0], "title subject")
    # An organization named in the title that the text calls "the model": the model is its own.
    if title and re.search(r"\bthe model\b", text):
        in_title = [p for p in programs if _named_in(text, p, *ctx.title_span)]
        for org in orgs:
            if org.source != "payer" and _named_in(text, org, *ctx.title_span) and not in_title and \
                    len(_mentions_of(ctx, org)) >= 2 and not any(
                    len(_mentions_of(ctx, p)) >= 3 for p in programs):
                add(f"{org.name} model", org.start, "organization's model", [org.name])
    for org in orgs:
        if "for" in text and _search_after(_LANGUAGE_GLOSS, text, org.name) and \
                not any(p.key == label_key(org.name + " model") for p in programs):
            add(f"{org.name} model", org.start, "organization's model", [org.name])

    # A name that heads the title and recurs in the text: "ParkinsonNet: how a Dutch network ...". An
    # organization of that name is also the model it runs (listed as both, as a reader would).
    # Either side of the title's colon may be the name ("Question 482: Hospital in the Home", "Food as
    # medicine: Geisinger's Fresh Food Farmacy"), a place's or body's possessive before it left out.
    # A masthead can be taken for the title ("Case vignette 7.3"): the opening lines that read as one
    # ("Food as medicine: Geisinger's Fresh Food Farmacy") are asked as well.
    lines = [title] + [m.group(1) for m in re.finditer(r"(?m)^([^\n:]{3,80}:[ ][^\n]{3,100})$", text[:600])
                       if _words(m.group(1)) <= 16 and not m.group(1).rstrip().endswith(".")
                       and _words(m.group(1).split(":")[0]) >= 2    # not a field ("Affiliation: ...")
                       and not _ACTOR_FIELD.match(m.group(1))       # nor who acts ("Implementing agency: ...")
                       and not re.match(r"(?i)(?:key[ ]?words|corresponding|conflicts?|media|press|funding|published|"
                                        r"received|accepted|citation|cite)\b", m.group(1))]
    sides = [x.strip() for line in lines if ":" in line for x in line.split(":", 1)]
    for side in sides:
        head = _SIDE_LEAD.sub("", side).rstrip(" .")
        placed = _PLACED_TAIL.match(head)
        if placed and _words(placed.group("x")) >= 1 and not _word_phrase_in(text[len(side):], head):
            head = placed.group("x")     # "Health Links in Ontario": the name is "Health Links"
        if not head or not _PROPER_HEAD.fullmatch(head) or any(label_key(p.place.name) == label_key(head)
                                                               for p in ctx.places):
            continue
        body_uses = len(word_uses(head, text)) - 1
        if body_uses >= 1 and not any(label_key(head) in {label_key(x) for x in (p.name, p.label, *p.aliases)}
                                      for p in programs):
            acronym = next((a.short for a in ctx.acronyms if label_key(a.long) == label_key(head)), None)
            at = text.find(head)
            add(head, at if at >= 0 else 0, "title name", [acronym] if acronym else [])
    # A title side that is a lower-case plural of bodies or programs and that the text keeps using:
    # "Coordinated care organizations in Oregon: ...", "...: regional partnership boards in Wales".
    for side in sides:
        x = _SIDE_LEAD.sub("", side)
        x = _PLACE_AFTER.split(x)[0].rstrip(" .")
        tail = _OF_TAIL.search(x)
        if not _LOWER_TITLE_NAME.fullmatch(x) and tail:
            x = tail.group("x")          # "the first year of Finland's wellbeing services counties"
        if not _LOWER_TITLE_NAME.fullmatch(x):
            continue
        uses = [(text[at:at + len(x)], at) for at in ignorecase_uses(x, text)]
        body_uses = [u for u in uses if u[0][:1].islower() or (u[1] > 0 and text[u[1] - 1] not in "\n:")]
        if len(uses) >= 2 and body_uses:
            first = body_uses[0]
            acronym = [a.short + s_ for a in ctx.acronyms if label_key(a.long) == label_key(x) for s_ in ("", "s")]
            add(first[0], first[1], "title name", acronym)
    termed = _title_term(ctx, lines, programs, orgs)
    if termed is not None:               # "Enhanced health in care homes: adopting the national framework"
        add(*termed)
    if apposed:                  # "Project ECHO, a telementoring program": one program, not two
        programs[:] = [p for p in programs if not (p.source == "the X programme" and p.name[:1].islower()
                                                   and any(a <= p.start < b for a, b in apposed))]
    described = [p for p in programs if p.source == "the X programme" and p.name[:1].islower() and any(
        _DESCRIBED_AS.search(text, max(0, s_ - 12), s_) and any(
            q is not p and any(e <= s_ and s_ - e <= 40 for _, e in _mentions_of(ctx, q)) for q in programs)
        for s_, _ in _mentions_of(ctx, p))]
    if described:                # "CAPABLE is a home-based program for ...": what CAPABLE is, not a second program
        programs[:] = [p for p in programs if p not in described]
    body = [span for span in ctx.sentences if not (ctx.title_span and span[0] <= ctx.title_span[0] < span[1])
            and _PROSE_LETTERS.search(text, span[0], span[1])]
    opening = body[:2]
    head_counts = {}

    def score(p):
        spans = _mentions_of(ctx, p)
        in_title = bool(ctx.title_span) and any(ctx.title_span[0] <= s < ctx.title_span[1] for s, _ in spans)
        early = any(a <= s < b for s, _ in spans for a, b in opening) and not _in_history(text, spans)
        return ((3 if in_title else 0) + len(spans) + (2 if early else 0) + _head_references(text, p, head_counts)
                + (2 if p.source in ("title subject", "organization's model") else 0)
                + (2 if p.source == "X is a model" and early else 0)    # the opening defines it: what it is about
                + (6 if p.source == "labelled program" else 0))

    if all(p.source in _IN_PASSING for p in programs):
        # No program found by its shape (or only one the text names in passing, "interim centres, known as
        # DHC Expresses"): the abbreviated name the text keeps using is what it is about
        # ("Hospital in the Home (HITH)", "Sistema Nacional Integrado de Cuidados (SNIC)").
        # An acronym no rule typed counts too, with the gloss the text gives it: "Equipos Básicos de
        # Atención Integral en Salud (EBAIS), basic integrated health care teams".
        typed = {label_key(e.name) for e in ctx.entities}
        untyped = []
        for a in ctx.acronyms:
            if label_key(a.long) in typed or not a.long[:1].isupper():
                continue
            gloss = _GLOSS.match(text, a.short_end)
            entity = Entity("program", a.long, a.long, PROGRAM, a.long_start, a.long_end, "acronym",
                            [a.short] + ([gloss.group("g")] if gloss else []))
            if len(_mentions_of(ctx, entity)) >= 3:
                untyped.append(entity)
        abbreviated = [o for o in orgs if o.source == "acronym" and len(_mentions_of(ctx, o)) >= 3
                       and not _BODY_HEAD.search(o.name)] + untyped
        best = max(abbreviated, key=lambda o: len(_mentions_of(ctx, o)), default=None)
        if best is not None:
            add(best.name, best.start, "abbreviated name", list(best.aliases))
        else:
            recurring = _title_service(ctx) or _recurring_name(ctx) or _places_program(ctx, orgs)
            if recurring is not None:    # "model practices", "Admiral Nurses are ... every Admiral Nurse"
                add(*recurring)
    _merge_glossed(ctx, programs)        # "Programa Mais Médicos (More Doctors Programme)" and "More Doctors programme"
    ranked = sorted(programs, key=lambda p: (-score(p), p.start))
    # A document about a body that is its own model (Eksote, Buurtzorg) names no program as often as the
    # body: when no program is in the title or named three times, the body the title or opening names
    # and the text keeps naming is the model.
    if not ranked or (score(ranked[0]) < 5 and len(_mentions_of(ctx, ranked[0])) < 3):
        def body_score(o):
            spans = _mentions_of(ctx, o)
            in_title = bool(ctx.title_span) and any(ctx.title_span[0] <= s_ < ctx.title_span[1] for s_, _ in spans)
            early = any(a <= s_ < b for s_, _ in spans for a, b in opening)
            return len(spans) + (3 if in_title else 0) + (2 if early else 0)
        # "X is a health system" defines a body; "X, a nonprofit health plan" only when no program competes
        # (one named in passing, "Its One Care plan", does not)
        passing = all(p.source in _IN_PASSING for p in ranked)
        defined_names = {m.group("name") for m in _DEFINED_BODY.finditer(text) if passing or m.group("how") != ", "} \
            if " is a" in text or " was a" in text or ", a" in text else set()
        defined = {id(o) for o in orgs if o.name[:1].isupper() and any(n == o.name or n.endswith(" " + o.name)
                                                                         for n in defined_names)}
        # With no program at all, a body the text defines ("X, a nonprofit health plan ...") and names again will do.
        lone = 2 if passing else 3
        bodies = [o for o in orgs if o.source not in ("institution noun", "publisher", "payer") and o.name[:1].isupper()
                  and len(_mentions_of(ctx, o)) >= (lone if id(o) in defined else 3)
                  and ((ctx.title_span and _named_in(text, o, *ctx.title_span, ctx)) or id(o) in defined)]
        best = max(bodies, key=lambda o: body_score(o) + (3 if id(o) in defined else 0), default=None)
        if best is not None and (body_score(best) + (3 if id(best) in defined else 0) >= 6
                                 or (passing and id(best) in defined)) and (
                not ranked or body_score(best) > score(ranked[0])):
            entity = add(best.name + " model", best.start, "organization's model", [best.name])
            if entity is not None:
                ranked.insert(0, entity)
    if ranked and ranked[0].source == "title subject" and not _capitalised_words(ranked[0].name.split()[1:]):
        # A headline's subject in common nouns ("New team to keep older people out of Cork hospitals", "Three
        # local health districts to lead integrated care in ...") is a part or an agent of the program that the
        # opening names by its proper name ("... as part of the HSE's Enhanced Community Care programme").
        named = [p for p in ranked[1:] if _capitalised_words(p.name.split()) >= 2 and p.source not in _IN_PASSING
                 and any(a <= s_ < b for s_, _ in _mentions_of(ctx, p) for a, b in opening)]
        if named:
            ranked = [named[0]] + [p for p in ranked if p is not named[0]]
    for p in list(programs):             # "Through the Additional Roles Reimbursement Scheme, NHS England will fund",
        opener = _NAME_OPENER.match(p.name) if p.name[:1] in "ETUVW" else None   # "Each Regional Health Collaborative"
        if opener and p.name[opener.end():][:1].isupper():
            bare = p.name[opener.end():]
            if any(q is not p and label_key(bare) in {label_key(x) for x in (q.name, q.label, *q.aliases) if x}
                   for q in programs):
                programs.remove(p)       # the same program, found by its name too
                ranked = [q for q in ranked if q is not p]
                continue
            p.name, p.label, p.start = bare, p.label[opener.end():], p.start + opener.end()
    not_programs = places | {e.key for e in ctx.entities if e.kind != "program" and e.kind != "organization"} | {
        o.key for o in orgs if o.source in ("publisher", "payer", "issuer above the title")}
    defined = main_program(text, title_span=ctx.title_span, body=body, chosen=ranked[0] if ranked else None,
                           programs=programs, not_programs=not_programs)
    if defined is not None:              # a name the document defines and keeps using: what it is about
        entity = defined if any(defined is p for p in programs) else \
            add(defined.name, defined.start, defined.source, defined.aliases)
        if entity is not None:
            ranked = [entity] + [p for p in ranked if p is not entity]
    for c in founded_as_programs(text, body):   # "X began in 2001 as a joint initiative of ...": a program of its own
        if c.forms[0] and label_key(c.name) not in not_programs:
            add(c.name, c.start, "founded as a program", list(c.forms[1:]))
    for c in second_programs(text, programs=programs, not_programs=not_programs):
        add(c.name, c.start, "counted name", list(c.forms[1:]))   # "Each Accountable Community of Health": its own
    if ranked:
        given = names_given(text, ranked[0])
        if given:                        # "the region's Home First (HF) service": "the service" is Home First
            ranked[0].aliases = [*ranked[0].aliases, *given]
    if ranked:                           # "PAERPA (...) is a national pilot": what it is, not a second program
        said = descriptions(text, tuple(dict.fromkeys((ranked[0].name, ranked[0].label, *ranked[0].aliases))))
        if said:
            programs[:] = [p for p in programs if p is ranked[0] or not p.name[:1].islower() or not all(
                any(a <= s_ < b for a, b in said) for s_, _ in _mentions_of(ctx, p))]
            ranked = [p for p in ranked if any(p is q for q in programs)]
    shorts = {label_key(a) for p in programs if p.source != "organization's model" for a in p.aliases
              if a and a.isupper() and " " not in a}
    for o in [o for o in orgs if o.key in shorts and o.name.isupper() and o.source in ("one-word name", "acronym")]:
        orgs.remove(o)                   # "the Ministry set up the TOMY": the program's abbreviation, no body
        if o in ctx.entities:
            ctx.entities.remove(o)
    ctx.programs = programs
    ctx.orgs = orgs
    ctx.focal = ranked[0] if ranked else None


# Words that open a sentence before a program's name and are no part of it ("Each X brings", "Through the X, ...").
_NAME_OPENER = lazy_compile(r"(?:Each|Every|Through[ ]the|Under[ ]the|Via[ ]the|With[ ]the|Within[ ]the)[ ]")


# With no program found otherwise, one named by its kind after the place that runs it, in the document's
# opening: "Belgium's integrated care pilots, a thread", "Wales's primary care clusters".
_PLACES_PROGRAM = lazy_compile(r"(?P<place>[A-Z][\w\-]*(?:[ ][A-Z][\w\-]*){0,2})['’]s[ ](?P<name>(?:[a-z][\w\-]+[ ]){1,4}?"
                               r"(?:pilots|programmes?|programs?|networks|teams|clusters|partnerships|schemes?|reform|"
                               r"initiatives?|models?))\b(?![ ](?:of|for)[ ])")


def _places_program(ctx, orgs=()):
    """(name, start, source) of the program :data:`_PLACES_PROGRAM` finds in the opening, or None; or of
    a model the opening gives a body the title names ("Cherokee Health Systems | ..." and "care works in
    Cherokee's blended behavioral health and primary care model")."""
    text = ctx.text
    for m in _PLACES_PROGRAM.finditer(text, 0, 600):
        if any(p.start == m.start("place") and label_key(m.group("place")) == label_key(text[p.start:p.end])
               for p in ctx.places):
            return m.group("name"), m.start("name"), "place's X"
    if ctx.title_span is None or "'s " not in text[:800] and "’s " not in text[:800]:
        return None
    titled = [o for o in orgs if o.name[:1].isupper() and _named_in(text, o, 0, ctx.title_span[1], ctx)]
    for m in _BODYS_MODEL.finditer(text, 0, 800):
        if any(o.name.split()[0] == m.group("body") for o in titled):
            return m.group("name"), m.start("name"), "body's model"
    return None


# A body's own model by a description, in a possessive: "Cherokee's blended behavioral health and primary care model".
_BODYS_MODEL = lazy_compile(r"(?<![\w\-])(?P<body>[A-Z][\w\-]+)['’]s[ ](?P<name>(?:[a-z][\w\-]+[ ]){1,6}?"
                            r"(?:model|approach|system[ ]of[ ]care))\b")


# A title side in lower or sentence case that the text goes on to use as a program's name: it names it
# with a program word ("the borough's enhanced health in care homes service", "the framework for
# enhanced health in care homes") and refers back to it by that word ("The framework consists of").
_TERM_WORDS = ("programme", "program", "model", "framework", "service", "scheme", "initiative", "approach",
               "pilot", "project", "strategy", "pathway", "collaborative", "network", "partnership")
_TERM_WORD = "(?:" + "|".join(_TERM_WORDS) + ")"
_LOWER_TERM = lazy_compile(r"[A-Za-z][a-z\-]+(?:[ ][a-z][a-z\-]*){1,7}")
_TERM_NOT = lazy_compile(r"(?i)(?:the|a|an|this|our|how|what|why|when|where|who|which|is|are|can|does|do|from|in|on|at|"
                         r"for|with|towards?|beyond|between|after|before|into|lessons|evidence|results|findings|"
                         r"[a-z]+ing)\b")


def _title_term(ctx, lines, programs, orgs):
    """(name, start, source, aliases) of the program a title names in lower or sentence case: a side of
    a title line's colon (or the whole title), or its part before a preposition ("Social prescribing"
    of "Social prescribing in rural Wales"), that the body names with a program word ("the borough's
    X service", "the framework for X", "its X model") and whose program word it uses again by itself
    ("The framework consists of ...", "The model aims to"); None when the title already names a
    program or no side reads so. A noun phrase the text only repeats is a topic, not a program: the
    program word is what tells the two apart."""
    text = ctx.text
    for n, line in enumerate(lines):
        if not line or (":" not in line and n) or any(_word_phrase_in(line, x) for p in programs
                                                      for x in (p.name, p.label, *p.aliases) if x):
            continue
        at_line = text.find(line)
        for side in (x.strip().rstrip(" .?!") for x in line.split(":", 1)):
            cuts = [side[:m.start()] for m in _TERM_CUT.finditer(side)]
            for x in dict.fromkeys([side, *reversed(cuts)]):     # the longest first
                if not _LOWER_TERM.fullmatch(x) or _TERM_NOT.match(x) or _DOCUMENT_KIND.search(x) or \
                        any(label_key(p.place.name) == label_key(x) for p in ctx.places) or \
                        any(label_key(x) in {label_key(n) for n in (e.name, *e.aliases)} for e in (*programs, *orgs)):
                    continue
                term = _term_in_body(text, x, at_line, at_line + len(line))
                if term is not None:
                    return (*term, "title subject", [])
    return None


_TERM_CUT = lazy_compile(r"[ ](?=(?:in|across|within|among|for|at|from|under|after|and)[ ])")


_TIED_BEFORE = tuple(f"{w} {p} {t}" for w in _TERM_WORDS for p in ("for", "of") for t in ("", "the "))


def _may_be_tied(lowered, x, line_start, line_end):
    """False when :func:`_term_in_body` must find nothing, read off ``lowered`` (the text in lower
    case) without a pattern: ``x`` occurs outside the line and next to a program word somewhere."""
    outside = tied = False
    at = lowered.find(x)
    while at >= 0 and not (outside and tied):
        outside = outside or not (line_start <= at < line_end)
        tied = tied or lowered.startswith(_TERM_WORDS, at + len(x) + 1) and lowered[at + len(x)] == " " or \
            lowered.endswith(_TIED_BEFORE, 0, at)
        at = lowered.find(x, at + 1)
    return outside and tied


def _term_in_body(text, x, line_start, line_end):
    """(label, start) of the first use of ``x`` outside its title line when the body names it with a
    program word and then refers back by that word alone or uses ``x`` again ("the centre's social
    prescribing service" ... "social prescribing"), else None. The label keeps the body's case."""
    if x.isascii() and lower_is_ignorecase(text) and not _may_be_tied(text.lower(), x.lower(), line_start, line_end):
        return None     # most titles: skip compiling the three patterns of _term_in_body_by_patterns
    return _term_in_body_by_patterns(text, x, line_start, line_end)


def _term_in_body_by_patterns(text, x, line_start, line_end):
    """:func:`_term_in_body` without its shortcut: the patterns that decide (the shortcut's test
    compares the two)."""
    phrase = re.escape(x.lower())
    outside = lambda m: not (line_start <= m.start() < line_end)
    uses = [m for m in re.finditer(r"(?<![\w\-])" + phrase + r"(?![\w\-])", text, re.I) if outside(m)]
    if not uses:
        return None
    for tied in re.finditer(r"(?<![\w\-])" + phrase + r"[ ](?P<w>" + _TERM_WORD + r")\b|\b(?P<v>" + _TERM_WORD +
                            r")[ ](?:for|of)[ ](?:the[ ])?" + phrase + r"(?![\w\-])", text, re.I):
        word = (tied.group("w") or tied.group("v")).lower()
        if outside(tied) and (any(outside(m) and not (tied.start() <= m.start() < tied.end()) for m in re.finditer(
                r"\b(?:[Tt]he|[Tt]his|[Ii]ts)[ ]" + word + r"\b(?![ ](?:for|of)[ ])", text)) or
                any(not (tied.start() <= m.start() < tied.end()) for m in uses)):
            first = next((m for m in uses if m.group()[:1].islower()), uses[0])
            return first.group(), first.start()
    return None


# A title's subject that names the document, not a program: "2016 Report to Our Communities".
_LOWER_TITLE_NAME = lazy_compile(r"[A-Za-z][a-z\-]+(?:[ ][a-z][a-z\-]+){1,3}?[ ](?:organi[sz]ations|boards|networks|"
                                 r"partnerships|clusters|teams|hubs|trusts|units|pilots|programmes|programs|councils|"
                                 r"agreements|pioneers|collaboratives|alliances|vanguards|counties|communities)")
_BODY_HEAD = lazy_compile(r"\b(?:Services|Service|Office|Department|Ministry|Agency|Administration|Institute|University|"
                          r"Council|Board|Authority|Commission|Committee|Foundation|Association|Government)$"
                          r"|^(?:Ministry|Department|Office|Agency|University|Institute|Council|Board|Authority|"
                          r"Commission|Committee)[ ](?:of|for)[ ]")    # "Ministry of Health and Medical Education"
# A title that opens on a verb's -ing form: what was done ("Redesigning ...", "Bringing care home"), not a name.
_GERUND_HEAD = lazy_compile(r"(?!(?:Nursing|Housing|Hearing|Building|Training|Funding|Screening|Prescribing|Caring)\b)"
                            r"[A-Z][a-z]{2,}ing[ ][a-z]")
# The program a title's other half names: "evaluation of the Group Health medical home pilot".
_TAIL_PROGRAM = lazy_compile(r"\b(?:the|a|an)[ ](?P<x>(?:[A-Z][\w\-]*[ ]){0,3}(?:[a-z][\w\-]*[ ]){0,4}"
                             r"(?:pilot|programme|program|model|scheme|initiative|network|project|service|intervention)s?)\b")
_TITLE_PROGRAM = lazy_compile(r"(?:The[ ])?(?P<x>[\w\-]+(?:[ ][a-z][\w\-]*){0,5}[ ](?:system|model|programme|program|network|"
                              r"scheme|initiative|strategy|reform|pilot|partnership|service)s?)(?:[ ](?:in|of|for|across)[ ][A-Z].*)?")
# A masthead line's name followed by the kind of document it issues: "X Partnership: Impact report 2016",
# "X Network | Annual review", "X Programme - Newsletter No. 4".
_ISSUER_LINE = lazy_compile(r"[ ]?[:|–\-][ ]+(?:[\w\-]+[ ]){0,3}?(?:[Rr]eport|[Rr]eview|[Nn]ewsletter|[Bb]ulletin|[Uu]pdate|"
                            r"[Bb]rief|[Ss]ummary|[Ss]tatement|[Mm]agazine|[Dd]igest)s?\b[^\n]{0,20}$", re.M)
_DOCUMENT_KIND = lazy_compile(r"\b(?:[Rr]eport|[Ss]ummary|[Rr]eview|[Bb]rief|[Pp]rofile|[Uu]pdate|[Nn]ewsletter|[Bb]ulletin|"
                              r"[Ss]tatement|[Mm]inutes|[Cc]hapter)s?$")
# "Hennepin Health is a safety-net accountable care organization": a body the text defines as a care organization.
_PROGRAM_FIELD = lazy_compile(r"(?m)^[ \t]*(?:Program|Programme|Initiative|Intervention|Model|Scheme|Project)[ \t]*:[ \t]*"
                              r"(?P<name>[A-Z][^\n:]{2,100})$")
# What follows a labelled name and is no part of it: its phase or its years ("..., phase II (2019-2023)").
_FIELD_TAIL = lazy_compile(r"(?:,[ ](?:phase|stage|round|wave)[ ][\w\-]+)?(?:[ ]\([^()]*\d{4}[^()]*\))?$")
# A field whose label names who acts, not what is done: "Implementing agency: ...", "Prepared by: ...".
_ACTOR_FIELD = lazy_compile(r"(?i)[^\n:]*\b(?:agency|agencies|organi[sz]ations?|partners?|beneficiary|beneficiaries|donors?|"
                            r"funders?|sponsors?|by|client|contractor|grantee|applicant|implementer)[ ]?:")
_FIELD = lazy_compile(r"(?m)^[ \t]*(?:[-•*][ \t]*)?(?P<label>Jurisdiction|Country|Location|Region|Start|Started|Launched|"
                      r"Established|Founded|Since|Start date)[ \t]*:[ \t]*(?P<value>[^\n]{2,120})$")
_DEFINED_BODY = lazy_compile(r"(?P<name>[A-Z][\w&'’\-]*(?:[ ][A-Z][\w&'’\-]*){0,5})(?P<how>[ ](?:is|was)[ ]|,[ ])an?[ ]"
                             r"(?:(?:[\w\-]+[ ]){0,3}?(?:care|health)[ ](?:organi[sz]ation|system|network|partnership|"
                             r"cooperative|plan)\b|"
                             # any kind of body defined by what it does: "X is a non-profit organization that connects
                             # patients with ...", "X, a charity which trains ...": a body that is its own program
                             r"(?:[\w\-]+[ ]){0,3}?(?:organi[sz]ation|charity|enterprise|non-?profit|company|foundation|"
                             r"cooperative|social[ ]business)[ ](?:that|which)[ ](?!(?:is|are|was|were|has|have|had)\b)[a-z]+s\b)")
# A headline's subject that is no name: an indefinite noun phrase ("A care team that comes to the door").
_NOT_A_NAME = lazy_compile(r"^(?:A|An)[ ]|[ ](?:that|which|who)$")
_HEADLESS = lazy_compile(r"(.+?)[ ](?:Model|Programme|Program|Initiative|Scheme|Strategy|Intervention)$")
_GLOSS = lazy_compile(r"\),?[ ](?P<g>(?:[a-z][\w\-]*[ ]){1,5}(?:teams|networks|units|centres|centers|programmes|"
                      r"programs|organi[sz]ations|partnerships|groups|services|model|programme|program|system))\b")


_NAMED_HEAD_WORDS = ("Intervention", "Program", "Model", "Initiative", "Network", "Project", "Scheme", "Pilot",
                     "Partnership", "Strategy", "Reform", "Teams", "Homes", "Demonstrat", "Collaborative", "Pathway")
# A title's head that is a name: one to four capitalised words, one of them with a capital inside or
# all of them capitalised ("ParkinsonNet", "Esther", "Gesundes Kinzigtal"), not a section word.
_PROPER_HEAD = lazy_compile(r"(?!(?:Background|Introduction|Abstract|Summary|Objectives?|Methods|Results|Conclusions?|"
                            r"Key|Editorial|Commentary|Review|Research|Letter|Blog|News|Policy|Brief|Report)\b)"
                            r"[A-Z][\w'’\-]+(?:[ ](?:(?:of|for|the|in|at|de|del|di|da|für|van|von|la|le|des|du)[ ]){0,2}"
                            r"[A-Z][\w'’\-]+){0,5}")


_HEAD_NOUNS = {"partnerships", "partnership", "networks", "network", "teams", "team", "clusters", "cluster", "hubs",
               "hub", "homes", "home", "pilots", "pilot", "programme", "program", "programmes", "programs", "scheme",
               "schemes", "initiative", "initiatives", "model", "models", "collaboratives", "collaborative",
               "alliances", "alliance", "organizations", "organisations", "boards", "board", "centres", "centers"}


_HEAD_REFERENCE = lazy_compile(r"[TtEeIi](?<=\b[TtEeIi])(?:(?<=[Tt])he|(?<=[Tt])hese|(?<=[Ee])ach|(?<=[Ee])very|"
                               r"(?<=[Ii])ts|(?<=[Tt])heir)[ ](?P<head>partnership|network|team|"
                               r"cluster|hub|home|pilot|programme|program|scheme|initiative|model|collaborative|alliance|"
                               r"organization|organisation|board|centre|center)s?\b")


def _capitalised_words(words):
    """How many of ``words`` open on a capital (a proper name's words, not a headline's first word)."""
    return sum(1 for w in words if w[:1].isupper())


def _head_references(text, program, counted):
    """How often the text goes on to call a program by its head noun ("Integrated Care Partnerships
    ... the partnerships plan care ..."): a document about it keeps doing so. ``counted`` holds the
    document's references by head noun, found once."""
    words = program.name.split()
    if len(words) < 2 or words[-1].lower() not in _HEAD_NOUNS or not words[0][:1].isupper():
        return 0
    if not counted:
        counted["-"] = 0
        for m in _HEAD_REFERENCE.finditer(text):
            counted[m.group("head")] = counted.get(m.group("head"), 0) + 1
    head = words[-1].lower()
    return counted.get(head[:-1] if head.endswith("s") else head, 0)


_CAPITALISED_RUN = lazy_compile(r"[A-Z](?<![\w\-][A-Z])[a-z]+(?:[ ][A-Z][a-z]+){1,3}(?![\w\-])")


def _recurring_name(ctx):
    """(name, start) of the capitalised name a document without any program keeps using, in the
    middle of its sentences too (not a heading's or a sentence's first words), or None."""
    text = ctx.text
    known = {label_key(x) for e in ctx.entities for x in (e.name, e.label, *e.aliases) if x}
    known |= {label_key(p.place.name) for p in ctx.places}
    groups = {}
    for m in _CAPITALISED_RUN.finditer(text):
        key = label_key(m.group())
        if key in known or any(w.lower() in _OPENER_WORDS for w in m.group().split()[:1]):
            continue
        groups.setdefault(key, []).append(m)
    best = None
    for key, found in groups.items():
        inside = [m for m in found if re.search(r"[a-z,][ ]$", text[max(0, m.start() - 2):m.start()])]
        if len(found) >= 3 and len(inside) >= 2 and (best is None or len(found) > len(groups[best])):
            best = key
    if best is None:
        return None
    m = max(groups[best], key=lambda x: len(x.group()))
    plural = next((x for x in groups[best] if x.group().endswith("s")), m)
    return plural.group(), plural.start(), "recurring name", sorted({x.group() for x in groups[best]} - {plural.group()})


_SERVICE_HEAD = lazy_compile(r"(?:[A-Za-z][\w\-]*[ ])?(?:[a-z][\w\-]*[ ]){0,2}[a-z][\w\-]*[ ](?:practices|teams|clinics|centres|"
                             r"centers|homes|houses|networks|wards|hubs|units|services|programmes|programs|schemes|partnerships|"
                             r"plans|models?)(?![\w\-])")


def _title_service(ctx):
    """(name, start, source, aliases) of the lower-case kind of service a title names and the text keeps
    naming ("Nurse practitioners in family medicine model practices in Slovenia" ... "into model
    practices" ... "312 model practices"), or None."""
    if not ctx.title_span:
        return None
    text = ctx.text
    title = text[ctx.title_span[0]:ctx.title_span[1]]
    best = None
    for i in range(len(title)):
        if i and title[i - 1] != " ":
            continue
        m = _SERVICE_HEAD.match(title, i)
        if not m or re.match(r"(?:and|of|in|for|the|with|to|from|on|at|by|their|its|our)\b", m.group()):
            continue
        uses = len(ignorecase_uses(m.group(), text))
        if uses == 2 and re.search(r"(?<![\w\-])" + re.escape(m.group()) + r"[ ]\([A-Z][^()]{1,60}\)", text, re.I):
            uses = 3                      # "Community health houses (Case della Salute) bring ...": named as a kind
        if uses >= 3 and (best is None or uses > best[1] or (uses == best[1] and len(m.group()) > len(best[0]))):
            best = (m.group(), uses)
    if best is None:
        return None
    at = text.find(best[0], ctx.title_span[1])
    return best[0], at if at >= 0 else ctx.title_span[0], "title service", []


_OPENER_WORDS = {"the", "a", "an", "this", "these", "our", "we", "in", "on", "at", "for", "from", "with", "what", "how",
                 "who", "when", "where", "why", "is", "are", "do", "does", "can", "most", "many", "some", "every", "each"}


def _title_names(ctx, phrase):
    """True when the document's title names ``phrase``."""
    if not ctx.title_span:
        return False
    return label_key(phrase) in label_key(ctx.text[ctx.title_span[0]:ctx.title_span[1]])


_COMPLEMENTED_PROGRAM = lazy_compile(r"([a-z][\w\-]*(?:[ ][a-z][\w\-]*){0,3}[ ](?:programmes?|programs?|schemes?|"
                                     r"initiatives?|pilots?))[ ](?:for|of|in|on)[ ][a-z]")
# A name in another language, its lower-case words written with letters English lacks, glossed in capitalised
# English words in parentheses that name no body: "Trygg hemgång (Safe Return Home) is the municipality's team".
# Found from the accented word (a pattern that opens on a character class is searched for that class only).
_FOREIGN_GLOSS = lazy_compile(r"[à-öø-ÿ](?<=[a-zà-öø-ÿ])[\w\-’']*(?:[ ][a-zà-öø-ÿ][\w\-’']*){0,2}[ ]\("
                              r"(?P<gloss>[A-Z][a-z\-]+(?:[ ](?:[A-Z][a-z\-]+|of|for|and|at|to|the|in|from)){1,5})\)")
_BODY_GLOSS_WORDS = frozenset("Ministry Department Board Council Agency Authority Office Institute Association Federation "
                              "Foundation Fund Insurance Hospital Union Company Society Commission Committee Directorate "
                              "University College".split())
_FOREIGN_OPENING = lazy_compile(r"(?:^|(?<=[\s(]))[A-ZÀ-Þ][\w\-’']*(?:[ ][a-zà-öø-ÿ][\w\-’']*){1,3}$")


def _foreign_glossed(text):
    """(name, start, gloss) of each name in another language glossed in English (_FOREIGN_GLOSS): the name
    opens on a capital, one to three words before the parenthesis, and its English gloss is not a body's."""
    for m in _FOREIGN_GLOSS.finditer(text):
        opening = _FOREIGN_OPENING.search(text, max(0, m.start() - 60), m.start("gloss") - 2)
        gloss = m.group("gloss")
        if opening is None or gloss.rsplit(" ", 1)[-1] in ORG_HEADS or not _BODY_GLOSS_WORDS.isdisjoint(gloss.split()) \
                or is_known_place(opening.group()) or \
                re.search(r"[^\x00-\x7f]", gloss):
            continue                     # "(National Board of Health)": a body; a place's name glossed
        yield opening.group(), opening.start(), gloss


# A name in another language that opens on its program word: "Plan Nacer", "Programa SUMAR", "Programma Leonardo".
# (English "Programme"/"Program" open committee and job names, "Programme Board", and are left out.)
_FOREIGN_PROGRAM_WORDS = ("Programa ", "Programma ", "Programm ", "Plan ", "Plano ", "Proyecto ", "Projeto ",
                          "Progetto ", "Projet ", "Estrategia ", "Estratégia ", "Strategia ")
_FOREIGN_PROGRAM = lazy_compile(r"(?<![\w\-])(?P<name>(?:Programa|Programma|Programm|Plan|Plano|Proyecto|Projeto|Progetto|"
                                r"Projet|Estrategia|Estratégia|Strategia)(?:[ ](?:de|del|della|di|do|da|dos|das|du|des|"
                                r"la|el|für|nacional|nazionale|national|nationale)){0,2}[ ][A-ZÀ-Þ][\w\-’']+"
                                r"(?:[ ](?:(?:de|del|della|di|do|da|y|e|et|und|la|las|los)[ ]){0,2}[A-ZÀ-Þ][\w\-’']+){0,4})")
# The English words after "Plan" that make it no program's name ("Plan Do Study Act", "Plan International").
_PLAN_NOT = frozenset("Do A B C International Year Board Period Manager Managers Director Team Committee".split())


def _foreign_program_names(text):
    """(name, start) of each name that opens on a program word in another language (:data:`_FOREIGN_PROGRAM`) and
    that the text founds in a year ("Plan Nacer was launched in 2004") or names twice; not a body's name
    ("Plan International") nor one whose next word is English ("Plan Do Study Act")."""
    seen = set()
    for m in _FOREIGN_PROGRAM.finditer(text):
        name = m.group("name")
        words = name.split()
        if name in seen or words[1] in _PLAN_NOT or words[-1] in ORG_HEADS or _LAW_NAME.search(name):
            continue
        seen.add(name)
        founded = _FOUNDED_AFTER.match(text, m.end()) or _FOUNDS_NAME.search(text, max(0, m.start() - 30), m.start())
        if founded or text.count(name) >= 2:
            yield name, m.start("name")


# A founding right after a name, with a year soon after: "Plan Nacer was launched in 2004", "... began in 1984".
_FOUNDED_AFTER = lazy_compile(r"[ ](?:(?:was|were)[ ](?:first[ ])?(?:established|founded|set[ ]up|launched|created|"
                              r"introduced|started|piloted)|began|started)\b[^.;\n]{0,40}?\b(?:1[89]|20)\d\d\b")
# An active founding verb or "as" before a name: "extended as Programa SUMAR", "launched Plan Nacer".
_FOUNDS_NAME = lazy_compile(r"(?:[ ]as|set[ ]up|established|launched|created|introduced)[ ](?:the[ ])?$")


# A name the opening gives as history, with its year: "Since the Ädel reform of 1992, municipalities have been
# responsible ...", "After the 2007 reform, ...": what came before the program, not what the text is about.
_HISTORY_BEFORE = lazy_compile(r"(?:^|[ \n])(?:[Ss]ince|[Aa]fter|[Bb]efore|[Uu]ntil)[ ](?:the[ ])?$")
_HISTORY_AFTER = lazy_compile(r"[ ](?:of|in)[ ](?:the[ ](?:early|mid|late)[ -])?(?:1[89]|20)\d\d")


def _in_history(text, spans):
    """True when a program's one mention is a dated past event a sentence opens on (:data:`_HISTORY_BEFORE`)."""
    if len(spans) != 1:
        return False
    s, e = spans[0]
    return bool(_HISTORY_BEFORE.search(text, max(0, s - 12), s) and _HISTORY_AFTER.match(text, e))


# What a program does with a body: "run jointly with the local Primary Care Partnership", "in partnership with the
# regional Health Alliance". A name so placed, whose head is one a body may have, is a partner, not a program.
_PARTNER_BEFORE = lazy_compile(r"(?:(?:jointly|together|in[ ]partnership)[ ]with[ ](?:the[ ])?(?:local[ ]|regional[ ]|"
                               r"area['’]s[ ])?|with[ ]the[ ](?:local|regional|area['’]s)[ ])$")
_BODY_PROGRAM_HEAD = lazy_compile(r"(?:Partnership|Network|Alliance|Collaborative|Team)$")


_FIELD_LINE = lazy_compile(r"[A-Z][\w\-]*(?:[ ][\w\-]+){0,4}:[ ]\S")


def _form_label(text, at, end):
    """True when ``text[at:end]`` opens its line as a field's label ("Operational Programme: Attica 2014-2020")
    and the line before or after is a field too ("Priority axis 9: ...", "Code of operation: ..."): a form's
    labels, not a title's name before its colon."""
    if not text.startswith(": ", end) or (at and text[at - 1] != "\n"):
        return False
    before = text.rfind("\n", 0, max(0, at - 1)) + 1
    after = text.find("\n", end)
    return bool((at and _FIELD_LINE.match(text, before, at - 1)) or (after >= 0 and _FIELD_LINE.match(text, after + 1)))


# The guards of _DESCRIBED_FIRST and _CALLED_PROGRAM in find_programs: a text without any of these is not scanned.
_DESCRIBED_FIRST_WORDS = (" programme, ", " program, ", " scheme, ", " initiative, ", " model, ")
_CALLED_WORDS = (" known as ", " called ", " named ", " dubbed ", " branded as ")

# A name after the kind it is, between commas: "a new programme, Médicos pelo Brasil, created by Law 13,958", "its
# flagship scheme, Healthy Homes." (the name's words capitalised, with the small words of names in any language).
_DESCRIBED_FIRST = lazy_compile(r"(?<![\w\-])(?:a|an|its|their)[ ](?:[a-z\-]+[ ]){0,2}(?:programme|program|scheme|initiative|"
                                r"model),[ ](?P<name>[A-ZÀ-Þ][\w\-’']+(?:[ ](?:(?:de|del|do|da|dos|pelo|pela|para|of|for|"
                                r"and|the|in)[ ]){0,2}[A-ZÀ-Þ][\w\-’']+){0,5})(?=[,.;:])")
# Capitalised words that open a clause, not a name: "a new programme, The ...", "a scheme, In 2019 ...".
_LEADING_WORDS = frozenset("The A An In On At For From Since When After It This That These Those Its Their".split())


def _merge_glossed(ctx, programs):
    """One program for one name: a program whose name is another's alias (the English gloss of a name in another
    language, "More Doctors programme" of "Programa Mais Médicos (More Doctors Programme)") is that program, and a
    name that opens on a program word in another language goes by its words after it too when the text uses them
    alone ("Mais Médicos placed doctors ...")."""
    text = ctx.text
    for p in list(programs):
        if p not in programs:
            continue
        aliases = {label_key(a) for a in p.aliases if a}
        for q in [q for q in programs if q is not p and q.key in aliases]:
            programs.remove(q)
            if q in ctx.entities:
                ctx.entities.remove(q)
            p.aliases.extend(x for x in (q.name, q.label) if x not in p.aliases and label_key(x) != p.key)
        m = _FOREIGN_PROGRAM.fullmatch(p.name) if p.name.startswith(tuple(w.rstrip() for w in _FOREIGN_PROGRAM_WORDS)) \
            else None
        if m:
            tail = _FOREIGN_TAIL.sub("", p.name)
            if " " in tail and tail not in p.aliases and text.count(tail) > text.count(p.name):
                p.aliases.append(tail)


_FOREIGN_TAIL = lazy_compile(r"^[\w]+(?:[ ](?:de|del|della|di|do|da|dos|das|du|des|la|el|für|nacional|nazionale|national|"
                             r"nationale))*[ ]")


def _widen_glossed(text, entity):
    """Give a name in another language glossed in English the capitalised words and particles before it on its
    line ("Programa del Médico y Enfermera de la Familia (Family Doctor and Nurse Program)": the finder of glossed
    names stops at the small word "y"), at most eight words, when the name's text ends where the entity does."""
    if text[entity.start:entity.end] != entity.label:
        return
    found = capitalised_before(text, entity.end)
    if found is None or found[1] >= entity.start or len(found[0].split()) > 8 or "\n" in found[0]:
        return
    name, start = found
    entity.name, entity.label, entity.start = name, name, start


# A name right after "by" is the agent of what goes before, not the appositive's head ("Set up by X, the network").
_AGENT_BEFORE = lazy_compile(r"(?:^|[ \n])by[ ](?:the[ ])?$")
# A law's name: what it establishes is the program, the law is none ("the Social Security Act, an amendment ...").
_LAW_NAME = lazy_compile(r"[ ](?:Act|Law|Code|Decree|Bill|Regulations?|Directive|Ordinance|Statute)(?:[ ](?:of[ ])?\d{4})?$")
_BASED_LEAD = lazy_compile(r"(?:Based|Built|Building|Drawing|Modell?ed|Patterned|Inspired)[ ](?:on|upon|by)[ ]|(?:Unlike|Like)[ ]")

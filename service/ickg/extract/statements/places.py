"""Where a program is: the places a sentence gives it, the seat of the bodies that run it, the place its
name opens with.
"""

import re

from ickg.extract.actors import ORGANIZATION
from ickg.extract.gazetteer import find_places
from ickg.extract.lexicon import label_key
from ickg.extract.places import find_jurisdictions, within
from ickg.extract.regex import lazy_compile
from ickg.extract.statements.context import _mentions_of, _named_in, _org_spans, _program_node, _search_after
from ickg.extract.statements.cues import words_of
from ickg.extract.statements.program_names import _MODEL_WORDS
from ickg.extract.statements.statement import ICKG, node, place_node
from ickg.extract.statements.subjects import _MODELLED_ON, programs_in


_THE_ONLY = lazy_compile(r"(?:The[ ])?")


# Where a program, referred to as such, says it is: "is based in", "was piloted in", "has been rolled out in".
_BASED_IN = lazy_compile(r"\b(?:is|are|was|were|has[ ]been|have[ ]been)[ ](?:\w+ly[ ])?(?:based|located|headquartered|"
                         r"active|available|implemented|rolled[ ]out|piloted|tested|introduced|launched)[ ](?:only[ ])?"
                         r"in[ ](?:the[ ])?(?:(?:city|county|region|province|state|district|municipality)[ ]of[ ])?"
                         r"(?:(?:\w+|\d+)[ ](?:\w+[ ])?(?:towns|cities|districts|counties|regions|areas)[ ](?:of|in)[ ])?$")


# A sentence about the program by a reference that opens it ("The program has since spread to ...", "It was
# tested in ...", "The first networks will be in ...", "Pilots began in 2008 in three communities: ..."), and
# a preposition of place before the place, perhaps after a count of sites: where the program is.
_OPENING_REFERENCE = lazy_compile(r"(?:(?:In|By|Since|From)[ ](?:[A-Z][a-z]+[ ])?(?:19|20)\d\d,?[ ])?(?:It|They|"
                                  r"(?:The|This|Its)[ ](?:[a-z\-]+[ ]){0,2}?(?:network|networks|programme|program|model|"
                                  r"scheme|pilot|pilots|initiative|project|service|teams)|Pilots)[ ](?!of[ ])")
_LOCATIVE_BEFORE = lazy_compile(r"(?:\b(?:in|to|across|throughout)[ ](?:the[ ])?|"
                                r"\b(?:in|to|across)[ ](?:[\w\-]+[ ]){0,4}?(?:sites|communities|cities|towns|regions|areas|"
                                r"districts|counties|provinces|states|territories)(?:[ ][^.;:]{0,40}?)?(?::[ ]|[ ](?:in|of)[ ]"
                                r"(?:the[ ])?))$")
_LOCATIVE_NOT = lazy_compile(r"\b(?:from|than|like|unlike|by|on|with|researchers|visited|compared|modell?ed|based|adapted|"
                             r"adopted|copied|replicated|emulated|imitated|studied)[ ]"
                             r"(?:[^.;]{0,40})$")


def _referred_place(ctx, start, p):
    """Whether the place ``p`` of a sentence that opens on a reference to the program is where the
    program is (see :data:`_OPENING_REFERENCE`)."""
    text = ctx.text
    lead = _OPENING_REFERENCE.match(text, start, p.start)
    if lead is None or not _LOCATIVE_BEFORE.search(text, max(start, p.start - 80), p.start):
        return False
    before = text[lead.end():p.start]
    if _LOCATIVE_NOT.search(before) or _MODELLED_ON.search(before):
        return False                     # "It was modelled on a scheme in Sweden", "visited by a team from Leeds"
    return not any(lead.end() <= s_ < p.start for o in ctx.orgs for s_, _ in _mentions_of(ctx, o))


# A place that opens a sentence as the one who starts or adopts the program (see rule_places).
_PLACE_BEGAN = lazy_compile(r"(?:[ ](?:region|county|state|province|city|district|municipality|government))?[ ]"
                            r"(?:has[ ]|have[ ]|had[ ]|will[ ]|then[ ]|also[ ]|first[ ])?(?:began|begun|started|launched|"
                            r"introduced|opened|open|set[ ]up|adopted|built|created|established|rolled[ ]out|piloted)[ ]"
                            r"(?:opening[ ]|setting[ ]up[ ]|to[ ]\w+[ ])?(?:its|their|the|them|it)\b")
# A sentence that opens on where it happens: "In Bojanala district the teams ...", "In Dudley, the vanguard ...".
_IN_PLACE_OPENING = lazy_compile(r"(?:(?:Today|Now|Meanwhile|Since[ ](?:19|20)\d\d),?[ ])?In[ ](?:the[ ])?")
_IN_PLACE_GOES_ON = lazy_compile(r"(?:[ ](?:district|county|region|province|state|city|municipality|area))?,?[ ]"
                                 r"(?:the|its|this|these|each|every|all)[ ]")
_SUBJECT_HEADS = ("model", "programme", "program", "pilot", "initiative", "network", "networks", "scheme", "teams",
                  "team", "project", "service", "services", "clinics", "centres", "centers", "reform", "strategy")


# "the teams", "their new clinics": each program word after a determiner, compiled once (a pattern string given
# to re.search is looked up in re's cache on every call, and compiled again once the cache has dropped it).
_SUBJECT_HEAD_REFERENCES = tuple((h, lazy_compile(rf"\b(?:the|these|its|their)[ ](?:[\w\-]+[ ]){{0,2}}?{h}\b"))
                                 for h in _SUBJECT_HEADS)


def _subject_referred(ctx, subject, a, b):
    """Whether text[a:b] speaks of ``subject`` by a program word ("the model", "the teams") or by the last word of
    its name ("the vanguard" of "Dudley multispecialty community provider vanguard")."""
    words = words_of(ctx.text, a, b)
    last = subject.name.split()[-1].lower() if subject.name else ""
    return bool(_MODEL_WORDS.search(ctx.text, a, b)) or (last in words and len(last) > 3) or any(
        pattern.search(ctx.text[a:b]) for h, pattern in _SUBJECT_HEAD_REFERENCES if h in words)


_SYSTEM_IN = lazy_compile(r"\b(?:the|its|this)[ ](?:system|model|programme|program|scheme|pilot|network|initiative|reform)[ ]"
                          r"in[ ](?:rural[ ]|urban[ ]|remote[ ]|the[ ])?$")


# What lies between two places of a sentence when the first is in the second (rule_places): "Lombardy, Italy",
# "the Oise area of France", "Sutton, south London" ...
_COMMA_GAP = lazy_compile(r",[ ]")
_OF_GAP = lazy_compile(r"(?:[ ](?:area|region|valley|district|part|county))?[ ]of[ ](?:the[ ])?")
_POINT_GAP = lazy_compile(r",[ ](?:south|north|east|west|central|southern|northern)[ ]")
_AREA_OF_GAP = lazy_compile(r",[ ]a[ ][\w ]{0,30}?(?:area|region|county|city|town)[ ]of[ ](?:[a-z]+[ ]){0,3}")
_OF_THE_IN_GAP = lazy_compile(r"(?:[ ](?:area|region|valley|district))?[ ]of[ ]the[ ][A-Z][\w\- ]{1,30}[ ]in[ ]")
_INNER_PLACE_GAP = lazy_compile(r",[ ]|(?:[ ](?:area|region|valley|district))?[ ]of[ ](?:the[ ][A-Z][\w\- ]{1,30}[ ]in[ ])?|"
                                r",[ ]south[ ]|,[ ]a[ ][\w ]{0,30}?(?:area|region|county|city|town)[ ]of[ ](?:[a-z]+[ ]){0,3}")
# The program's sites spread over a place: "clinics across Tennessee", "centres throughout Wales", "practices in all
# five counties of Kenya" (not "services across X": a body's services are what it delivers).
_SITES_ACROSS = lazy_compile(r"\b(?:clinics|centres|centers|sites|practices|teams|units|hubs|branches|locations)[ ]"
                             r"(?:across|throughout|in[ ](?:every|each|all)[ ](?:[\w\-]+[ ])?(?:counties|regions|provinces|"
                             r"states|districts|parts)[ ]of)[ ](?:the[ ])?$")
# An apposition that says what a place is and where: "Sanming, a city of about 2.5 million people in Fujian Province".
_PLACE_APPOSED = lazy_compile(r",[ ](?:an?|the)[ ](?:[^.;,()]{0,40}?[ ])?(?:city|town|county|region|province|state|district|"
                              r"area|municipality|village|borough|island|country)\b(?:[^.;,()]|(?<=\d)[.,](?=\d)){0,60}?[ ]in[ ](?:the[ ])?")
_DATELINE_DASH = lazy_compile(r"(?:,[ ][A-Z][a-z]{0,4}\.?)?[ ]+[—–-][ ]")


def rule_places(ctx, start, end, subject):
    text = ctx.text
    places = ctx.places_in(start, end)
    if not places:
        return
    listed = None                        # (end of a place given to a program, that program): a list goes on
    named = programs_in(ctx, start, end)
    in_title = ctx.title_span and ctx.title_span[0] <= start < ctx.title_span[1]
    # "X, Y": a place in a bigger one.
    for a, b in zip(places, places[1:]):
        between = text[a.end:b.start]
        if _COMMA_GAP.fullmatch(between) or _OF_GAP.fullmatch(between) or \
                _POINT_GAP.fullmatch(between) or \
                _AREA_OF_GAP.fullmatch(between) or \
                _OF_THE_IN_GAP.fullmatch(between):
            if between == ", " and _listed_places(text, places, a, b):
                continue                 # "Vancouver, Winnipeg, Toronto and Moncton", "Sweden, Japan": a list
            if b.place.type in ("Country", "ProvinceOrState", "Region", "Municipality") and a.place.slug != b.place.slug:
                ctx.add(place_node(a.place), ICKG + "partOf", place_node(b.place),
                        a.start, b.end, "place, place", 0.85)
    seats = _seats(ctx, start, end, places)
    # The sentence's founding, which the year rules read first: a place its founding clause names is
    # the founded thing's, however the sentence names it ("It began in 2013 in Somerset").
    founded = next((st for st in reversed(ctx.out) if st.start == start and st.end == end and
                    st.predicate == ICKG + "yearEstablished"), None)
    founded_at = None
    for p in places:
        if p.start in seats and founded is not None and not seats[p.start][1] and not in_title and \
                _FOUNDED_BY_WITH.search(text, start, p.start):
            # "founded in 2009 by the Health Board with Te Puna Health Trust in Whangarei": the sentence's last
            # phrase is where the program was founded, not the seat of the body its founding clause names
            ctx.add(founded.subject, ICKG + "locatedIn", place_node(p.place), start, end, "founded in place", 0.6)
            founded_at = p.end
            continue
        if p.start in seats and not any(label_key(seats[p.start][0].name) in {label_key(x) for x in (q.name, *q.aliases)}
                                        for q in named):
            continue                     # "Geisinger, an integrated health system in Pennsylvania": the body's seat
        # skip a place that contains one named just before it ("Lombardy, Italy"): that is partOf's
        previous = [q for q in places if q.end <= p.start and _INNER_PLACE_GAP.fullmatch(text[q.end:p.start])]
        if listed is not None and _PLACE_LIST_GOES_ON.fullmatch(text, listed[0], p.start) and any(
                q.end == listed[0] and (_listed_places(text, places, q, p) or not within(q.place, p.place)) for q in places):
            # "in five cities: Vancouver, Winnipeg and Moncton", "to sites in Quebec and Prince Edward Island"
            ctx.add(_program_node(listed[1]), ICKG + "locatedIn", place_node(p.place), start, end,
                    "program in listed places", 0.6)
            listed = (p.end, listed[1])
            continue
        if founded_at is not None and _PLACE_LIST_GOES_ON.fullmatch(text, founded_at, p.start) and any(
                q.end == founded_at and (_listed_places(text, places, q, p) or not within(q.place, p.place)) for q in places):
            # "started the network in 2012 in Auckland, Wellington and Christchurch": each of the list, as above
            ctx.add(founded.subject, ICKG + "locatedIn", place_node(p.place), start, end, "founded in place", 0.6)
            founded_at = p.end
            continue
        if previous or any(_PLACE_APPOSED.fullmatch(text, q.end, p.start) for q in places if q.end <= p.start):
            continue                     # "Sanming, a city of about 2.5 million people in Fujian Province": where the
            #                              first place is, not the program
        if any(s <= p.start and p.end <= e and (s, e) != (p.start, p.end) for s, e in _org_spans(ctx)):
            continue                     # "the Government of Catalonia": the place of a body's name
        if (p.start == 0 or text[max(0, p.start - 2):p.start] == "\n\n" or text[p.start:p.end].isupper()) and \
                (p.start == 0 or text[p.start - 1] == "\n") and _DATELINE_DASH.match(text[p.end:p.end + 12]):
            continue                     # "WASHINGTON — ...": where the story was filed, not the program's place
        target = None
        for program in named:
            spans = [s for s, e in _mentions_of(ctx, program) if start <= s < end]
            if spans:
                target = program
        if target is None and subject is not None and _named_in(text, subject, start, end, ctx):
            target = subject
        if target is None and subject is not None and not in_title and _SYSTEM_IN.search(
                text[max(start, p.start - 40):p.start]):
            target = subject             # "the system in Northern California used its record"
        if target is None and subject is not None and not in_title and _BASED_IN.search(
                text, max(start, p.start - 60), p.start) and (_MODEL_WORDS.search(text, start, p.start) or
                                                              re.match(r"(?:It|They)[ ]", text[start:end])):
            target = subject             # "The network is based in Leeds", "It was piloted in three towns of Kent"
        if target is None and subject is not None and not in_title and _THE_ONLY.fullmatch(text[start:p.start]) \
                and _PLACE_BEGAN.match(text, p.end, end):
            target = subject             # "Sanming began its reform in 2012", "British Columbia will open its first networks"
        if target is None and in_title and ctx.focal is not None and re.search(r"\bin[ ](?:the[ ])?$",
                                                                                text[max(start, p.start - 8):p.start]):
            target = ctx.focal           # "... in Catalonia: an assessment of the chronic care programme"
        if target is None and subject is not None and not in_title and not named and p is places[0] and \
                _IN_PLACE_OPENING.fullmatch(text, start, p.start) and _IN_PLACE_GOES_ON.match(text, p.end, end) and \
                _subject_referred(ctx, subject, p.end, end):
            target = subject             # "In Bojanala district the teams follow up ...", "In the United States the
            #                              Foundation spread the model through ..."
        if target is None and subject is not None and not in_title and not named and _SITES_ACROSS.search(
                text, max(start, p.start - 80), p.start) and _subject_referred(ctx, subject, start, p.start):
            target = subject             # "the growth of the network to more than 150 centres across Australia" (not
            #                              "it is a health center with clinics across Tennessee": "it" may be a body)
        if target is None and subject is not None and not in_title and not named and _referred_place(ctx, start, p):
            ctx.add(_program_node(subject), ICKG + "locatedIn", place_node(p.place), start, end,
                    "program referred to in place", 0.6)
            listed = (p.end, subject)
            continue
        if target is None and founded is not None and not in_title and (_FOUNDED_IN_PLACE.search(
                text, max(start, p.start - 60), p.start) or (founded_at and _PLACE_LIST_GOES_ON.fullmatch(
                text, founded_at, p.start))):
            ctx.add(founded.subject, ICKG + "locatedIn", place_node(p.place), start, end,
                    "founded in place", 0.6)  # "Iora Health was founded in Boston in 2010": where it was founded
            founded_at = p.end           # "started it in 2012 in Regina, Saskatoon and Sun Country": each
            continue
        if target is None:
            continue
        if any(s <= p.start < e for s, e in _mentions_of(ctx, target)):
            # the program's name begins with the place ("the Vermont All-Payer ... Model")
            pass
        ctx.add(_program_node(target), ICKG + "locatedIn", place_node(p.place), start, end,
                "program in place", 0.7)
        if _LIST_OF_NAMES.match(text, p.end, end):
            listed = (p.end, target)     # "started it in the Regina, Saskatoon and Sun Country regions": all of them
    for at, (org, stated) in seats.items():
        if not stated:
            continue                     # "Frome Medical Practice in Somerset": often where it acts, rarely recorded
        p = next(p for p in places if p.start == at)
        ctx.add(node(org.name, ORGANIZATION), ICKG + "locatedIn", place_node(p.place),
                start, end, "organization in place", 0.75)


def _listed_places(text, places, a, b):
    """Whether "A, B" lists two places rather than placing A in B: two cities or two countries, or a
    third place of B's kind listed after B ("A, B and C") or of A's kind before A ("Z, A, B"); a chain
    ("Baltimore, Maryland, United States") climbs from kind to kind instead, as does one whose second
    place holds the first ("Bristol, England, United Kingdom")."""
    if within(a.place, b.place):
        return False
    if a.place.type == b.place.type and a.place.type in ("Municipality", "Country"):
        return True
    return any(_LIST_JOINT.fullmatch(text[b.end:c.start]) and c.place.type == b.place.type
               for c in places if c.start >= b.end) or \
        any(text[z.end:a.start] == ", " and z.place.type == a.place.type for z in places if z.end <= a.start)


# A founding verb and a place after it in the same clause: "was founded in", "opened in Vienna",
# "began in 2013 at the practice in", "introduced in England in July 2019".
_FOUNDED_IN_PLACE = lazy_compile(r"\b(?:founded|established|set[ ]up|created|launched|introduced|opened|began|started|"
                                 r"formed|piloted|tested|rolled[ ]out)[ ](?:(?!(?:by|who|which|that|where|when|and|but|after|before)[ ])"
                                 r"[^ .;:,()]+[ ]){0,5}?(?:in|across|throughout)[ ]"
                                 r"(?:the[ ])?(?!(?:hope|aim|expectation|belief|wake|face|name|course|context)[ ])"
                                 r"(?:(?:[a-z\-]+|\([A-Z]+\))[ ]){1,5}?(?:of|in)[ ](?:the[ ])?$|"
                                 r"\b(?:founded|established|set[ ]up|created|launched|introduced|opened|began|started|"
                                 r"formed|piloted|tested|rolled[ ]out)[ ](?:(?!(?:by|who|which|that|where|when|and|but|after|before)[ ])"
                                 r"[^ .;:,()]+[ ]){0,5}?(?:in|across|throughout)[ ](?:the[ ])?$")
# ("launched in 2011 in the inner boroughs of north west London", "tested in two territories of Montreal": the
# place after the parts of it the clause names.)
# A founding clause with its agent and partner, right before " in PLACE": "was founded in 2009 by A with B in".
_FOUNDED_BY_WITH = lazy_compile(r"\b(?:founded|established|set[ ]up|created|launched|started|introduced)[ ]"
                                r"(?:in[ ](?:[A-Z][a-z]+[ ])?(?:19|20)\d\d[ ])?by[ ][^,.;()]{2,90}?[ ](?:with|and)[ ]"
                                r"(?:(?![ ](?:at|of)[ ])[^,.;()]){2,90}?[ ]in[ ](?:the[ ])?$")
# (Not after "at BODY": "founded ... by A and B at Radboud University Medical Center in Nijmegen" is the centre's seat.)
_LIST_JOINT = lazy_compile(r",[ ]|,?[ ]and[ ]|,?[ ]or[ ]")
# What follows the first of a list of names that ends in "and": ", Saskatoon, Prince Albert Parkland and".
_LIST_OF_NAMES = lazy_compile(r"(?:,[ ](?:the[ ])?[A-Z][\w'’\-]*(?:[ ][A-Z][\w'’\-]*)*)*,?[ ]and[ ](?:the[ ])?[A-Z]")
_PLACE_LIST_GOES_ON = lazy_compile(r"(?:,[ ]|,?[ ]and[ ])(?:to[ ](?:sites[ ])?in[ ]|in[ ])?(?:the[ ])?")
_SEAT_APPOSED = lazy_compile(r"(?:[ ]\([A-Z]+\))?,[ ](?:an?|the)[ ][^.;]{0,80}?[ ]in[ ](?:the[ ])?"
                             r"(?:central[ ]|northern[ ]|southern[ ]|eastern[ ]|western[ ])?(?P<place>[A-Z][\w\- ]+)")
_SEAT_IN = lazy_compile(r"[ ]in[ ](?P<place>[A-Z][\w\-]+)")
# An apposition that says where a body acts or what it did, not what it is and where: "the board that
# regulates hospital budgets in Vermont", "a system founded in 1945 and based in Oakland".
_SEAT_NOT_STATED = lazy_compile(r"[ ](?:that|which|who|whose|founded|based|regulates?|serves?|serving|runs?|operates?)[ ]")


def _seats(ctx, start, end, places):
    """{start of a place: the organization whose seat it is} in a sentence: "Geisinger, an integrated
    health system in Pennsylvania", "Intermountain Healthcare, a health system in Utah and Idaho",
    "Gold Coast Health in Queensland"."""
    text = ctx.text
    sentence = text[start:end]
    out = {}
    for org in ctx.orgs:
        if org.name not in sentence or org.source == "institution noun":
            continue                     # "municipalities in Sweden" is no body's seat
        m = _search_after(_SEAT_APPOSED, sentence, org.name)
        m2 = _search_after(_SEAT_IN, sentence, org.name)
        for found in (m2, m):            # the apposition last: it decides when both find a place
            if not found:
                continue
            stated = found is m and not _SEAT_NOT_STATED.search(found.group())
            for i, p in enumerate(places):
                if p.start == start + found.start("place"):
                    out[p.start] = (org, stated)
                    for q in places[i + 1:]:     # "in Utah and Idaho"
                        if not re.fullmatch(r"(?:,[ ]|[ ]and[ ]|,[ ]and[ ])", text[p.end:q.start]):
                            break
                        out[q.start] = (org, stated)
                        p = q
    return out


# A body whose name is no place's: a university or a commission acts far from the place its name holds
# ("Mental Health Commission of Canada" ran a project in five cities).
_PLACELESS_BODY = lazy_compile(r"\b(?:University|College|Institute|Commission|School|Foundation)\b")
_BODY_IN = lazy_compile(r"[ ](?:in|of)[ ](?:the[ ])?")


def rule_body_places(ctx):
    """A program started or run by a body named after a place is in that place: "Launched by the Government of
    Kerala", "the Lombardy Region launched the CReG pilot", "the Fredericia Municipality began the project"; and
    by a body said to be in a place: "run by Gold Coast Health in Queensland". Read after every sentence, so that
    a sentence that states the place itself keeps it (:meth:`Context.add` keeps the first quote)."""
    text = ctx.text
    for st in list(ctx.out):
        if st.predicate not in (ICKG + "initiatedBy", ICKG + "operatedBy") or st.object.get("type") != ORGANIZATION:
            continue
        label = st.object.get("label", "")
        if not label[:1].isupper() or _PLACELESS_BODY.search(label):
            continue
        at = text.find(label, st.start, st.end)
        if at < 0:
            continue
        inside = [p for p in ctx.places_in(at, at + len(label)) if p.end <= at + len(label)]
        after = _BODY_IN.match(text, at + len(label), st.end)
        if after and not inside:
            inside = [p for p in ctx.places_in(after.end(), after.end() + 1)]
        for p in inside[:1]:
            ctx.add(st.subject, ICKG + "locatedIn", place_node(p.place), st.start, st.end, "body's place", 0.6)


def rule_place_in_name(ctx, spans):
    """The main program's place when its name opens with one ("the Vermont Blueprint for Health",
    "Ontario Health Teams") and no sentence gave it a place: a reader records it, quoting the first
    sentence of the body that names the program so."""
    focal = ctx.focal
    if focal is None or any(st.predicate == ICKG + "locatedIn" and st.subject.get("label") == focal.name
                            for st in ctx.out):
        return
    name = focal.name
    if not name[:1].isupper() or len(name.split()) < 2:
        return
    found = [p for p in [*find_places(name), *find_jurisdictions(name)]
             if p.start == 0 and p.end < len(name) and name[p.end] == " "]
    if not found:
        return
    at = [s for s, e in _mentions_of(ctx, focal) if not (ctx.title_span and ctx.title_span[0] <= s < ctx.title_span[1])]
    if not at:
        return
    first = min(at)
    sentence = next(((a, b) for a, b in spans if a <= first < b), None)
    if sentence is not None:
        ctx.add(_program_node(focal), ICKG + "locatedIn", place_node(found[0].place), sentence[0], sentence[1],
                "place in the program's name", 0.6)

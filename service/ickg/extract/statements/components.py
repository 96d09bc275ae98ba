"""What a program is made of: its components, teams, activities and staff's actions, the items of a
list or under a heading, and the barriers a heading lists; a component held by a longer one is one component.
"""

import re

from ickg.extract.lexicon import label_key
from ickg.extract.regex import lazy_compile
from ickg.extract.statements.context import _mentions_of, _program_node
from ickg.extract.statements.cues import _BARRIER_CUES, _BASE_VERBS, searched, words_of
from ickg.extract.statements.lists import _ITEM_CUT, _part_items
from ickg.extract.statements.patterns import _ACTOR_NP, _CLOSED_TO_PARTS
from ickg.extract.statements.phrases import _with_modifiers, _words, clause_end, tidy
from ickg.extract.statements.statement import (BARRIER, FUNDING_CLASSES, ICKG, MECHANISM, MECHANISM_CLASSES, SCHEME,
                                               Statement, node)
from ickg.extract.statements.subjects import _PROGRAM_WORDS, _about_program, _program_by_head


_ARTICLE_LEAD = lazy_compile(r"(?:an?|the)[ ]")
_HAVE_HAS = lazy_compile(r"\bha(?:ve|s)\b")


# A program's parts listed after a verb of having or giving: "Health homes provided comprehensive care
# management, care coordination, health promotion ...", "The model relies on X, Y and Z".
_PARTS_VERB = lazy_compile(r"\b(?:(?:components|elements|features|pillars|ingredients|strands|building[ ]blocks)"
                           r"(?:[ ]of[ ](?:the|this|its|their)[ ](?:[\w\-]+[ ]){0,3}?[\w\-]+)?[ ](?:are|were|include|included|"
                           r"includes|comprise|comprised|consist[ ]of|consisted[ ]of)(?:[ ]the[ ]following)?:?|"
                           r"provides?|provided|offers?|offered|includes?|included|relies[ ]on|relied[ ]on|"
                           r"rely[ ]on|combines?|combined|consists?[ ]of|comprises?|comprised|introduced|introduces|"
                           r"features?|featured|is[ ]built[ ]on|was[ ]built[ ]on|adds?|added|employs?|employed|"
                           r"(?:is|are|was|were)[ ](?:\w+ly[ ])?(?:built|organi[sz]ed|cent(?:red|ered))[ ]around|"
                           r"(?<=[a-z][ ])(?:rests|rest|rested)[ ]on(?![ ](?:\w+[ ])?(?:pillars|components|elements|principles)\b)|"
                           r"uses|used|deploys?|deployed|delivers?|delivered|(?:covers?|covered)(?=[ ][^.;:,]{1,60},[ ](?!and|but|or|which|who|while|including|with)\b)|"
                           r"(?:gives?|gave|offers?|assigns?)[ ](?:each|every|all|its)[ ](?:[\w\-]+[ ]){1,3}?(?=an?[ ])|"
                           r"(?:assigns?|assigned)(?=[ ]an?[ ])|"
                           r"pairs[ ](?:each|every)[ ](?:[\w\-]+[ ]){1,2}?with|"
                           r"(?<=[Aa]t[ ]its[ ])(?:centre|center|core|heart)[ ](?:is|are|lies|lie|sits|stands?)|"
                           r"(?<=also[ ])(?:runs|keeps|holds|hosts|organi[sz]es)|"
                           r"(?<=[A-Za-z][ ])(?:has|have)(?=[ ](?:an?|its[ ]own|their[ ]own)[ ](?:[\w\-]+[ ]){0,3}"
                           r"(?:council|committee|board|forum|panel)s?\b)|(?<=They[ ])get|receives?|(?:must|will|also|each)[ ]ha(?:ve|s)|rests?[ ]on[ ](?:\w+[ ])?"
                           r"(?:pillars|components|elements|principles)(?=:)|(?:pillars|components|elements|principles|"
                           r"features|characteristics|core[ ]services|building[ ]blocks|strands|missions|functions|tasks)"
                           r"(?:[ ]\w+){0,3}(?=:))[ :]+"
                           r"(?P<list>[^.;]+)")
# "Its core components were A, B and C", "Key features include ...", "The elements of the model are ...":
# the list names the parts of what the sentence is about.
_NAMED_PARTS = lazy_compile(r"(?:components|elements|features|pillars|ingredients|strands|building[ ]blocks)"
                            r"(?:[ ]of[ ][^:]*?)?[ ](?:are|were|include|included|includes|comprise|comprised|consist|consisted)\b")
_NOT_PART = lazy_compile(r"^(?:(?:[\w\-]+[ ]){0,3}(?:budget|payment|grant|fee|allocation|capitation)s?\b|"
                         r"\d|more|less|about|around|up[ ]to|over|some|many|most|all|both|each|every|other|"
                         r"such|these|those|this|that|it|them|they|their|services?$|care$|support$|access|"
                         r"funding|money|payments?$)\b")
_RECIPIENTS = lazy_compile(r"(?:^|(?<=[.;:]\s)|(?<=\n))(?:[Ee]ach[ ]|[Ee]very[ ]|[Ee]nrolled[ ]|[Nn]ew[ ])?(?:patients?|members?|"
                           r"participants?|enrollees?|clients?|families|veterans?|residents?)[ ](?:also[ ])?(?:receives?|gets?|"
                           r"(?:are|is)[ ](?:offered|given)|(?:have|has)[ ]access[ ]to)[ ](?:enough[ ]|an?[ ]|the[ ])?", re.I)
_WILL_HAVE = lazy_compile(r"\b(?:must|will|also|each)[ ]ha(?:ve|s)\b")
_BULLET_LEAD = lazy_compile(r"(?:^|\n)[ \t]*[-•·▪*–][ \t]+$")


_PARTS_WORDS = frozenset("ingredients employ employs employed uses used deploy deploys deployed must pillars get receive receives "
                         "around rests rest rested missions functions tasks "
                         "give gives gave assign assigns pairs centre center runs keeps holds hosts "
                         "organises organizes "
                         "deliver delivers delivered features characteristics "
                         "components elements principles services blocks strands "
                         "provide provides provided offer offers offered include includes included relies relied rely "
                         "combine combines combined consist consists comprise comprises comprised introduced "
                         "introduces feature features featured built add adds added cover covers covered".split())
_LIST_NOT = lazy_compile(r"(?:under|in|by|at|to|from|as|into|on|with|for|that|this|these|it|them|him|her|"
                         r"more|less|no|not|only|about|up)\b")
_LIST_END = lazy_compile(r",[ ]and[ ](?:its|their|the|each)[ ][\w\-]+[ ](?:is|are|was|were|has|have|had)[ ]|"
                         r",[ ](?:which|who|where|a|an|the[ ]\w+[ ](?:of|for))[ ]|[ ](?:under|including|such[ ]as|covering|"
                         r"in[ ]the[ ]hope|so[ ]that|because)[ ]|[ ]\(")


def _component_node(ctx, a, b):
    label = tidy(ctx.text[a:b])
    klass, iri = MECHANISM, None
    for m in ctx.mentions_in(a, b + 1):
        if m.end <= b + 1:
            k = m.iri if m.iri.startswith(ICKG) else (m.target.fallback if m.target and m.target.fallback else None)
            if m.iri == SCHEME + "who-ipchs/care-pathways":
                k = MECHANISM
            if k in MECHANISM_CLASSES:
                klass, iri = k, m.iri
                break
    return node(label, klass, iri)


def _is_actor_or_people(ctx, a, b):
    phrase = ctx.text[a:b]
    if _ACTOR_NP.fullmatch(phrase) or ctx.populations_in(a, b):
        return True
    return bool(ctx.places_in(a, b)) or any(
        a <= s and e <= b for o in ctx.orgs for s, e in _mentions_of(ctx, o))


_ITEM = (r"(?:an?[ ]|the[ ])?(?!(?:and|each|every|in|at|on)\b)(?:[a-z][\w\-]*|[A-Z]{2,5}s?)"
         r"(?:[ ](?!(?:and|is|are|was|were|each|every|in|at|the)\b)(?:[a-z][\w\-]*|[A-Z]{2,5}s?)){0,3}")
_PEOPLE_LIST = rf"(?P<list>{_ITEM}(?:,[ ]{_ITEM})*,?[ ]and[ ](?:four[ ]to[ ]six[ ]|\d+[ ]to[ ]\d+[ ])?{_ITEM})"
# A team and who is in it: "A team is made up of a physician, a nurse ... and a pharmacist", "a team of
# nurses, a pharmacist and a GP", "the physician, a care manager and a specialist work as one team".
_TEAM_OF = lazy_compile(r"\b(?P<team>(?:(?!(?:will|would|can|lead|leads|led|an?|the|is|are|was|were|and|of|with|by|to|"
                        r"each|every|one|joined|joins|join|form|forms|formed)\b)[a-z][\w\-]*[ ]){0,3}team)[ ](?:is[ ]|was[ ])?"
                        r"(?:made[ ]up[ ]of|composed[ ]of|consisting[ ]of|comprising|of)[ ]")
_PEOPLE_LIST_AT = lazy_compile(_PEOPLE_LIST + r"\b")
_PEOPLE_LIST_END = lazy_compile(r"(?<![\w\-])" + _PEOPLE_LIST + r"$")
_CLAUSE_START = lazy_compile(r",[ ]and[ ]|;[ ]|:[ ]")
_AS_ONE_TEAM = lazy_compile(r"[ ]works?[ ](?:together[ ])?as[ ](?:one|a|a[ ]single)[ ](?:[\w\-]+[ ])?team\b")
_TEAM_PEOPLE = lazy_compile(r"\b(?:physicians?|doctors?|nurses?|GPs?|pharmacists?|social[ ]workers?|therapists?|assistants?|"
                            r"workers|specialists?|managers?|clerks?|psychiatrists?|psychologists?|dietitians?|"
                            r"coordinators?|practitioners?)\b")


_PARENTHESES = lazy_compile(r"[ ]?\([^()]*\)")
_ARTICLE = lazy_compile(r"^(?:the|a|an)[ ]")


def rule_team(ctx, start, end, subject):
    """The make-up of a program's team, one component: who works in it."""
    text = ctx.text
    if "team" not in text[start:end]:
        return
    # the sentence without its parentheses: "a technical assistant (ATAP), a clerk" lists people
    local = _PARENTHESES.sub("", text[start:end])
    found = []
    for m in _TEAM_OF.finditer(local):           # "a team of A, B and C": the list after the head
        people = _PEOPLE_LIST_AT.match(local, m.end())
        if people:
            found.append((m.group("team"), people.group("list")))
    for m in _AS_ONE_TEAM.finditer(local):       # "A, B and C work as one team": the list before, in its clause
        before = local[max(0, m.start() - 160):m.start()]
        before = _CLAUSE_START.split(before)[-1]
        people = _PEOPLE_LIST_END.search(before)
        if people:
            found.append(("team", people.group("list")))
    for team, people in found:
        if not _TEAM_PEOPLE.search(people):
            continue
        if any(st.predicate == ICKG + "hasComponent" and st.start == start and
               label_key(st.object.get("label", "")) in (label_key(team), label_key(team + "s")) for st in ctx.out):
            continue                      # "an integrated care team" is already the component
        label = _ARTICLE.sub("", f"{team} of {people}")
        team_node = node(label, ICKG + "InterdisciplinaryTeam")
        if _words(team) >= 2:
            team_node["aliases"] = [team]
        ctx.add(_program_node(subject), ICKG + "hasComponent", team_node, start, end, "team", 0.6)


# The words that end a list on its left: a verb or a preposition before its first item ("offers A, B and C",
# "connects them with A, B and C", "such as A, B and C"), or a clause mark.
_LIST_OPENER = lazy_compile(r"(?:^|[:;(]|[ ](?:such[ ]as|including|include|includes|included|offer|offers|offered|provide|"
                            r"provides|provided|get|gets|receive|receives|combines?|combined|delivers?|delivered|uses?|"
                            r"used|runs?|ran|added|adds|comprises?|comprising|features?|introduced|introduces))[ ]")
# The commas between a list's items, the last one with its "and" or "or" ("A, B, and C").
_LIST_COMMA = lazy_compile(r",[ ](?:and[ ]|or[ ])?")
_SIBLING_VERB = lazy_compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|must|do|does|did|been|being)\b")


def _siblings(text, a, b, start, end):
    """(start, end) of the other items of the list whose whole item ``text[a:b]`` is, if it is one: the
    chunks commas separate from it (the last after ", and" / ", or" / " and "), between the list's opener on
    the left ("offers A, B and C", "such as A, B and C") and the clause's end on the right. A list has
    three items or more; no item holds a verb or more than eight words."""
    left = start                          # a list may open its sentence: "Case management, medication reviews and ..."
    for m in _LIST_OPENER.finditer(text, start, a):
        left = m.end()
    if "," not in text[left:a + 1] + text[b:min(end, b + 2)]:
        return []
    right_edge = clause_end(text, b, end)
    stop = re.search(r"[.;:()]|[ ](?:to|so|that|which|who|whom|where|when|because|but|while|in[ ]order)[ ]", text[b:right_edge])
    if stop:
        right_edge = b + stop.start()
    chunks, at = [], left
    for m in _LIST_COMMA.finditer(text, left, right_edge):
        chunks.append((at, m.start()))
        at = m.end()
    last = text[at:right_edge]
    final = re.search(r"[ ](?:and|or)[ ]", last)
    if final and not chunks[-1:] or final and not re.search(r",[ ](?:and|or)[ ]", text[left:right_edge]):
        chunks.append((at, at + final.start()))          # "A, B and C": B ends at its "and"
        at = at + final.end()
    chunks.append((at, right_edge))
    chunks = [(x + len(lead.group()) if (lead := _ARTICLE_LEAD.match(text[x:y])) else x, y) for x, y in chunks]
    if len(chunks) < 3 or not any(x == a and y >= b for x, y in chunks):
        return []                         # the rule's component opens an item, or no list is read here
    if any(_SIBLING_VERB.search(text, x, y) or not 1 <= _words(text[x:y]) <= 8 for x, y in chunks):
        return []
    return [(x, y) for x, y in chunks if not (x == a and y >= b)]


# An item that names people (a team's members), not a service: "a nurse, a social worker and a pharmacist".
_PERSON_END = lazy_compile(r"\b(?:physicians?|doctors?|nurses?|GPs?|pharmacists?|workers?|therapists?|assistants?|"
                           r"specialists?|managers?|clerks?|psychiatrists?|psychologists?|dietitians?|coordinators?|"
                           r"practitioners?|aides?|officers?|associates?|navigators?|coaches|coach|counsell?ors?)$")


def rule_list_siblings(ctx, start, end, subject, role):
    """The other items of a list one of whose items a rule took for a component of the program: "The farm
    offers diabetes self-management education, visits with a dietitian and care from a nurse" is three
    components, however the lexicon knows only the first (issue 12: enumerations split one per item)."""
    if subject is None or role in _CLOSED_TO_PARTS:
        return
    text = ctx.text
    found = [st for st in ctx.out if st.predicate == ICKG + "hasComponent" and st.start == start and st.end == end]
    done = {label_key(st.object.get("label", "")) for st in found}
    lowered = text[start:end].lower()
    for st in found:
        label = st.object.get("label", "")
        at = lowered.find(label.lower())
        if at < 0 or not label:
            continue
        a = start + at
        for x, y in _siblings(text, a, a + len(label), start, end):
            item = tidy(text[x:y])
            if any(f" {label_key(item)} " in f" {k} " for k in done):
                continue                  # a word of a component already stated ("clinician" of "access to a clinician")
            if not (1 <= _words(item) <= 8) or not item[:1].islower() or label_key(item) in done \
                    or _PERSON_END.search(item) \
                    or any(e.kind == "condition" and x <= e.start < y for e in ctx.entities) \
                    or _NOT_PART.match(item) or _is_actor_or_people(ctx, x, y) or _is_funding(ctx, x, y) \
                    or ctx.places_in(x, y):
                continue
            done.add(label_key(item))
            ctx.add(st.subject, ICKG + "hasComponent", _component_node(ctx, x, y), start, end, "listed sibling", 0.5)


# An item said not to be there, and a lead that gives examples rather than the part.
_NEGATED_ITEM = lazy_compile(r"\b(?:not|never|no[ ]longer)[ ](?:[a-z]+[ ]){0,2}$")
_NOT_ITEM = lazy_compile(r"(?:(?:but|and|or|yet)[ ])?not[ ]")
_EXAMPLE_LEAD = lazy_compile(r"(?:things|services|activities)[ ](?:like|such[ ]as)[ ]")


# Whom a listed part is for: "offers personal assistants for people with severe dependency", "assigns a nurse to
# older adults at high risk": the item ends before the population it is given to.
_TO_WHOM = lazy_compile(r"[ ](?:for|to)[ ](?:the[ ]|all[ ]|its[ ]|their[ ])?")
# A people word within a few words: where a population may open (the population finder is costly to run).
_PEOPLE_AHEAD = lazy_compile(r"(?:[\w\-]+[ ]){0,4}?(?:people|patients?|adults|children|women|men|residents|members|families|"
                             r"persons|veterans|users|carers|caregivers|beneficiaries|enrollees|seniors|elders|youth|infants|"
                             r"mothers|newborns|individuals|clients|citizens|workers|students|households|those)\b", re.I)


def _before_recipients(ctx, a, b, start, end):
    """Where the item text[a:b] ends: before "for"/"to" and a population of the sentence text[start:end]
    that opens right after (see :data:`_TO_WHOM`), else at ``b``."""
    text = ctx.text
    if text.find(" for ", a, b) < 0 and text.find(" to ", a, b) < 0:
        return b
    opens = None
    for m in _TO_WHOM.finditer(text, a, b):
        if not _PEOPLE_AHEAD.match(text, m.end(), b):
            continue                      # the populations are looked up only where people may follow
        if opens is None:
            opens = {p.start for p in ctx.populations_in(start, end)}
        if m.end() in opens:
            return m.start()
    return b


# What a program gives a population it names between the verb and the parts ("gives patients aged 65 or older a
# transition coach", "offers older people leaving hospital a home visit and a medication review"), or what the
# population is given ("Older people leaving hospital are offered a home visit ..."), and whom it places where
# ("places a care coordinator and a wellness nurse in housing sites"): the parts, one each.
_GIVES = lazy_compile(r"\b(?:gives?|gave|offers?|offered|provides?|provided|assigns?|assigned)[ ](?:(?:each|every|all|its|"
                      r"their|the)[ ])?")
_GIVEN = lazy_compile(r"[ ](?:is|are|was|were|will[ ]be)[ ](?:also[ ])?(?:offered|given|provided[ ]with|assigned)[ ]")
_PLACES = lazy_compile(r"\b(?:places|placed|posts|posted|stations|stationed)[ ](?=an?[ ]|two[ ]|three[ ])")
_POPULATION_TAIL = lazy_compile(r"(?:[ ](?:[a-z\-]+ing|aged|with|in|at|who|living)[ ][^,.;]{0,50}?)?")
_GIVEN_WORDS = frozenset("give gives gave offer offers offered provide provides provided assign assigns assigned "
                         "places placed posts posted stations stationed".split())
_GIVEN_END = lazy_compile(r"[ ](?:in|at|to|for|within|from|on|with|by)[ ](?!hours\b)|,[ ](?!and[ ]|or[ ])|[ ]who[ ]|[ ]which[ ]|"
                          r"[ ]that[ ]")


def _opens_on(ctx, subject, start):
    """Whether the sentence at ``start`` opens on ``subject``'s name ("The Care Transitions Intervention, developed
    by ..., gives ..."): the main clause is the program's whatever stands between."""
    return subject is not None and any(start <= s <= start + 4 for s, _ in _mentions_of(ctx, subject))


def _given_parts(ctx, start, end, subject):
    """(start, end) of the parts a sentence gives a population or places (see :data:`_GIVES`)."""
    text = ctx.text
    if _GIVEN_WORDS.isdisjoint(words_of(text, start, end)):
        return []
    lists = []
    gives = [m for m in _GIVES.finditer(text, start, end) if _PEOPLE_AHEAD.match(text, m.end(), end)]
    given = [m for m in _GIVEN.finditer(text, start, end)] if " given " in text[start:end] or \
        " offered " in text[start:end] or " provided with " in text[start:end] or " assigned " in text[start:end] else []
    pops = ctx.populations_in(start, end) if gives or given else []
    for m in gives:
        pop = next((p for p in pops if p.start == m.end()), None)
        if pop is not None and re.match(r"[ ](?:an?|the|one)[ ]", text[pop.end:pop.end + 5]) and (
                _about_program(ctx, start, m.start()) or _opens_on(ctx, subject, start)):
            lists.append(pop.end + 1)     # "gives patients aged 65 or older a transition coach"
    for m in given:
        pop = next((p for p in pops if p.start <= start + 4 and p.end <= m.start() and _POPULATION_TAIL.fullmatch(
            text, p.end, m.start())), None)
        if pop is not None:
            lists.append(m.end())         # "Older people leaving hospital are offered a home visit"
    for m in _PLACES.finditer(text, start, end):
        if _about_program(ctx, start, m.start()):
            lists.append(m.end())
    out = []
    for a in lists:
        b = end
        cut = None
        for c in _GIVEN_END.finditer(text, a, end):
            if re.match(r"[ ]for[ ]\d|[ ]within[ ]\d", c.group() + text[c.end():c.end() + 1]):
                continue
            cut = c
            break
        b = cut.start() if cut else end
        b = min(b, end - 1 if text[end - 1:end] in ".;" else end)
        out.extend(_part_items(text, a, b))
    return out


def rule_parts(ctx, start, end, subject, role):
    """Components a sentence lists for ``subject`` (see :data:`_PARTS_VERB`), and the items of a
    bulleted list under a line that announces them ("What patients can expect:")."""
    if subject is None or role in _CLOSED_TO_PARTS:
        return
    text = ctx.text
    found, marked = [], None
    words = words_of(text, start, end)
    m = _PARTS_VERB.search(text, start, end) if not _PARTS_WORDS.isdisjoint(words) or (
        not words.isdisjoint(("have", "has")) and (_WILL_HAVE.search(text, start, end) or _HAS_BODY.search(text, start, end))) else None
    having = m is not None and bool(_HAVE_HAS.search(text[m.start():m.start("list")]))
    recipients = None
    if not words.isdisjoint(("receive", "get", "offered", "given", "access")):
        recipients = _RECIPIENTS.search(text, start, end)   # "Patients receive A, B and C": what the program gives
        if recipients is not None:
            m = None
    if m and re.search(r"\bto[ ]$", text[max(start, m.start() - 3):m.start()]):
        m = None                          # "to provide primary care": a purpose, not the program's parts
    announced = m is not None and _NAMED_PARTS.match(m.group()) or m is not None and m.group()[:1] in "pcefs" and re.match(
        r"(?:pillars|components|elements|principles|features|characteristics|core|building|strands)\b", m.group()) \
        and re.search(r"\b(?:model|programme|program|intervention|approach|network|initiative|scheme)\b", m.group())
    if m and not searched(_BARRIER_CUES, text, start, end) and not _LIST_NOT.match(text, m.start("list")) \
            and (announced or _about_program(ctx, start, m.start())):
        list_end = min(end, m.end("list"))
        for cut in _LIST_END.finditer(text, m.start("list"), end):
            if re.match(r",[ ]an?[ ]", cut.group()) and not re.search(r"[A-Z][\w\-]*$", text[m.start("list"):cut.start()]):
                continue                  # "rapid assessment at home, a named key worker": the next item
            list_end = cut.start()        # "Ontario Health, a provincial agency": an apposition ends the list
            break
        marked = _marked_items(text, m.start("list"), end)
        found = marked or _semicolon_items(text, m.end("list"), end, m.start("list")) \
            or [(a, b) for a, b in _part_items(text, m.start("list"), list_end)]
        verb = text[m.start():m.start("list")]
        if _AROUND_VERB.search(verb) and ":" not in verb and _ITEM_CUT.search(text, m.start("list"), list_end):
            found = found[:1]
    elif recipients is not None and not searched(_BARRIER_CUES, text, start, end):
        list_end = end
        for cut in _LIST_END.finditer(text, recipients.end(), end):
            list_end = cut.start()
            break
        found = [(a + len(lead.group()) if (lead := re.match(r"(?:together[ ]with|along[ ]with|as[ ]well[ ]as|plus)[ ]"
                                                             r"(?:an?[ ]|the[ ])?", text[a:b])) else a, b)
                 for a, b in _part_items(text, recipients.end(), list_end)]
    elif _BULLET_LEAD.search(text, max(0, start - 6), start):
        intro = text.rfind(":", 0, start)
        line_start = text.rfind("\n", 0, intro) + 1
        if intro > 0 and text.count("\n", intro, start) <= 16 and \
                re.search(r"\b(?:expect|include|includes|offer|offers|provide|provides|components?|features?|"
                          r"elements?|services|will)\b", text[line_start:intro], re.I) and \
                all(re.match(r"[ \t]*(?:[-•·▪*–][ \t]+|$)", text[ls:le])
                    for ls, le in _lines_between(text, intro + 1, start)):
            found = _part_items(text, start, end)
    if not found:                         # the barrier cues last: most sentences give nothing, and the search costs
        found = _given_parts(ctx, start, end, subject)
        if found and searched(_BARRIER_CUES, text, start, end):
            found = []
    for a, b in found:
        lead = _EXAMPLE_LEAD.match(text, a, b)
        a = lead.end() if lead else a     # "things like in-home therapy": the therapy
        b = _before_recipients(ctx, a, b, start, end)
        if _NEGATED_ITEM.search(text, max(start, a - 30), a) or _NOT_ITEM.match(text, a, b):
            continue                      # "it does not deliver care itself", "for each pathway, not for each visit"
        label = tidy(text[a:b])
        if not (1 <= _words(label) <= (12 if marked else 8)) or not (label[:1].islower() or _ROUND_THE_CLOCK.match(label)) or \
                _NOT_PART.match(label) or re.fullmatch(r"[a-z\-]+(?:ive|al|ous|ic|ful|ary)", label) \
                or _is_actor_or_people(ctx, a, b) and not (having and _GOVERNANCE_PART.fullmatch(label)) \
                or _is_funding(ctx, a, b):
            continue
        ctx.add(_program_node(subject), ICKG + "hasComponent", _component_node(ctx, a, b), start, end,
                "listed component", 0.5)


# A heading over a bulleted list that says what its items are: a program's parts ("How it works", "What
# you will do", "Core services") or what holds it back ("What still gets in the way", "Early problems").
_PART_HEADING = lazy_compile(r"\b(?:how[ ](?:it|they|the[ ]\w+)[ ]works?|components?|core[ ]elements|key[ ]elements|"
                             r"key[ ]features|core[ ]services|what[ ](?:it|they)[ ](?:offers?|provides?|includes?))\b")
_BARRIER_HEADING = lazy_compile(r"\b(?:barriers?|obstacles?|challenges|problems|difficulties|hurdles|in[ ]the[ ]way|"
                                r"holds?[ ](?:it|them)[ ]back|(?:did|does|do)[ ]not[ ]go[ ](?:so[ ])?well|what[ ]hindered)\b")
_ITEM_LABEL_END = lazy_compile(r":[ ]|[ ](?:is|are|was|were|work|works|worked|recorded|given|used|offered|run|led|"
                               r"provided|delivered|held)[ ]|,[ ](?:chiefly|mainly|mostly|usually|often)[ ]")


# The clauses of a sentence in a section headed as what held the program back ("What got in the way",
# "Challenges", "Barriers"), each a barrier: "Paramedics were not always able to reach family physicians, and some
# residents did not want their results shared."
_BARRIER_CLAUSE_SPLIT = lazy_compile(r",[ ](?:and|but)[ ](?=[a-z]+[ ]|[A-Z])|;[ ]")
_MADE_IT_HARD = lazy_compile(r"[ ](?:made|makes|make|have[ ]made|has[ ]made)[ ]it[ ](?:hard|harder|difficult|more[ ]difficult)\b")
_SECTION_NOT_BARRIER = lazy_compile(r"\b(?:solved|overcame|overcome|addressed|helped|eased|resolved|improved|succeeded|"
                                    r"worked[ ]well)\b")


def rule_section_barriers(ctx, start, end, subject):
    """Barriers of ``subject`` said in a section whose heading names them (see :data:`_BARRIER_HEADING`),
    outside bulleted lists (:func:`rule_heading_items`); the first barrier is returned."""
    text = ctx.text
    if subject is None or _BULLET_LEAD.search(text, max(0, start - 6), start):
        return None
    heading = ctx.section_of(start)
    if not heading or not _BARRIER_HEADING.search(heading) or _SECTION_NOT_BARRIER.search(text, start, end):
        return None
    if any(st.predicate == ICKG + "facesBarrier" and st.start == start for st in ctx.out):
        return None                      # the barrier rules read this sentence already
    if _words(text[start:end]) < 10 and re.search(r"\b(?:difficult(?:y|ies)|problems|challenges|barriers|obstacles)\b",
                                                  text[start:end]):
        return None                      # "Officials were open about the difficulties": what the section is about
    first, at = None, start
    bounds = [(m.start(), m.end()) for m in _BARRIER_CLAUSE_SPLIT.finditer(text, start, end)] + [(end, end)]
    for a, b in bounds:
        whole = tidy(text[at:a].strip().rstrip("."))
        made = _MADE_IT_HARD.search(text, at, a)     # "Short-term grants made it hard to keep ...": the grants,
        label = tidy(text[at:made.start()].strip()) if made else whole      # or what they made hard
        at = b
        if not 3 <= _words(whole) <= 16 or not label:
            continue
        barrier = node(label, BARRIER)
        if label != whole:
            barrier["aliases"] = [whole, tidy(text[made.end():a].strip().rstrip("."))]
        found = ctx.add(_program_node(subject), ICKG + "facesBarrier", barrier, start, end, "barrier section", 0.5)
        first = first or found
    return first and first.object


def rule_heading_items(ctx, start, end, subject, role):
    """A bulleted item under a heading that says what the items are: each a component or a barrier of
    ``subject``, labelled by its noun phrase (up to a colon or a verb: "Stepped care: ..."). An item
    that opens with a verb ("carry out an assessment") or names people is left to the other rules."""
    text = ctx.text
    if subject is None or role in ("recommendation", "title", "study", "goal") or \
            not _BULLET_LEAD.search(text, max(0, start - 6), start):
        return
    heading = ctx.section_of(start)
    barrier = _BARRIER_HEADING.search(heading)
    if not barrier and not _PART_HEADING.search(heading):
        return
    item_end = end
    while item_end > start and text[item_end - 1] in " .;,":
        item_end -= 1
    cut = _ITEM_LABEL_END.search(text, start, item_end)
    label = tidy(text[start:cut.start() if cut and not barrier else item_end])
    first = label.split(" ", 1)[0]
    if not (2 <= _words(label) <= (12 if barrier else 8)) or first.lower() in _BASE_VERBS or \
            (first[1:2].isupper() and not barrier) or _is_actor_or_people(ctx, start, start + len(first)):
        return
    label = label[:1].lower() + label[1:] if label[1:2].islower() else label
    if barrier:
        ctx.add(_program_node(subject), ICKG + "facesBarrier", node(label, BARRIER), start, item_end,
                "barrier under heading", 0.6)
    elif not _is_funding(ctx, start, item_end):
        ctx.add(_program_node(subject), ICKG + "hasComponent", node(label, MECHANISM), start, item_end,
                "component under heading", 0.6)


def _is_funding(ctx, a, b):
    """True when text[a:b] is a funding model the vocabulary names ("shared savings"): how the program is
    paid (rule_concepts records it), not one of its parts."""
    for m in ctx.mentions_in(a, b + 1):
        k = m.iri if m.iri.startswith(ICKG) else (m.target.fallback if m.target and m.target.fallback else None)
        if k in FUNDING_CLASSES and m.start <= a + 4 and m.end >= b - 1:
            return True
    return False


# A body a program must have or has as its own, "Every CCO has a community advisory council", "Each PHN will
# have a clinical council": a part of its governance, though the body is also an actor.
_HAS_BODY = lazy_compile(r"\bha(?:s|ve)[ ](?:an?|its[ ]own|their[ ]own)[ ](?:[\w\-]+[ ]){0,3}(?:council|committee|board|forum|panel)s?\b")
_GOVERNANCE_PART = lazy_compile(r"(?:[\w\-]+[ ]){0,3}(?:council|committee|board|forum|panel)s?")


# "24-hour on-call cover": a part that opens with a figure of availability, not a count.
_ROUND_THE_CLOCK = lazy_compile(r"24-hour[ ][a-z]")
# "is built around a team that holds responsibility for A, B and C": the verb names one part, and what a
# relative clause after it lists belongs to that clause.
_AROUND_VERB = lazy_compile(r"(?:is|are|was|were)[ ](?:\w+ly[ ])?(?:built|organi[sz]ed|cent(?:red|ered))[ ]around|"
                            r"(?:rests|rest|rested)[ ]on\b")
_SEMICOLON = lazy_compile(r";[ ]+")


# A list announced by a colon whose items stand on lines of their own, each behind a letter or number:
# "consists of seven care elements:\n a) enhanced primary care support;\n b) falls, reablement and ...".
_MARKED_LIST = lazy_compile(r"[^:\n]{0,60}:[ \t]*\n(?=[ \t]*(?:[a-z]|\d{1,2}|[ivx]{1,4})[).][ \t])")
_MARKED_ITEM = lazy_compile(r"[ \t]*(?:[a-z]|\d{1,2}|[ivx]{1,4})[).][ \t]+(?P<x>[^\n]*?)[;,.]?(?:[ ](?:and|or))?[ \t]*(?:\n|$)")


def _marked_items(text, list_start, end):
    """Spans of the items of a lettered or numbered list on lines of their own after the colon that
    announces it, each item whole ("falls, reablement and rehabilitation" is one part: the line,
    not its commas, sets the items off); None unless at least two lines read as items."""
    head = _MARKED_LIST.match(text, list_start, end)
    if head is None:
        return None
    items, at = [], head.end()
    while at < end:
        m = _MARKED_ITEM.match(text, at, end)
        if m is None:
            break
        items.append((m.start("x"), m.end("x")))
        at = m.end()
    return items if len(items) >= 2 else None


def _semicolon_items(text, first_end, end, first_start):
    """Items of a list whose items are set off by semicolons, "A, with X; B; C; and D." (the last one
    opened by "and" or "or"): one item per segment, each up to its first comma, so that what a
    segment adds about its item ("each open 24 hours a day") is no item of its own. None unless the
    list runs on past ``first_end`` in at least two more segments to the end of the sentence."""
    if text[first_end:first_end + 1] != ";":
        return None
    tail = text[first_end:end].rstrip(". \n")
    cuts = [m for m in _SEMICOLON.finditer(tail)]
    if len(cuts) < 2 or not re.match(r"(?:and|or)[ ]", tail[cuts[-1].end():]) or "\n" in tail:
        return None
    bounds = [(first_start, first_end)] + [
        (first_end + c.end(), first_end + (cuts[i + 1].start() if i + 1 < len(cuts) else len(tail)))
        for i, c in enumerate(cuts)]
    items = []
    for a, b in bounds:
        lead = re.match(r"(?:and|or)[ ]", text[a:b])
        a += lead.end() if lead else 0
        comma = text.find(", ", a, b)
        b = comma if comma > 0 else b
        cut = _ITEM_CUT.search(text, a, b)
        b = cut.start() if cut else b
        article = re.match(r"(?:an?|the|its|their)[ ]", text[a:b])
        items.append((a + (article.end() if article else 0), b))
    return items


# What a program, or those who run it, set up, run, hold or hire: "Municipalities set up community
# general support centers", "Many towns also hold regional care meetings", "we run talking cafés",
# "ACOs had hired community health workers and care managers". The sentence's subject is the program
# (named or called by a program word), a pronoun of the document's voice, or a bare plural of those
# who take part ("Many pioneers have", "some have"); what follows the verb is the list of parts.
_MADE_VERB = lazy_compile(
    r"(?P<subj>(?:^|(?<=[ ,;:\n]))(?:(?:[Mm]any|[Mm]ost|[Ss]ome|[Aa]ll|[Ss]everal|[Tt]he|[Ee]ach|[Ee]very|[Pp]articipating|"
    r"[Ll]ocal)[ ])?(?:[A-Za-z][\w\-]*[ ]){0,2}?[A-Za-z][\w\-]*?)"
    r"[ ](?:also[ ]|now[ ]|then[ ]|themselves[ ]|jointly[ ])?(?:(?:have|has|had)[ ](?:also[ ])?)?"
    r"(?P<verb>set[ ]up|sets[ ]up|started|starts|hold|holds|held|runs?|ran|keeps?|kept|hired|hires?|recruited|"
    r"recruits?|appointed|appoints?|opened|opens|created|creates|formed|forms)[ ]"
    r"(?P<list>[a-z][^.;:()]*)")
_MADE_AGAIN = lazy_compile(r",?[ ]and[ ](?:also[ ])?(?:set[ ]up|sets[ ]up|runs?|holds?|keeps?|hired|hires?|opened|opens|"
                           r"created|creates|formed|forms|started|starts)[ ]")
_MADE_WORDS = frozenset("set sets started starts hold holds held run runs ran keep keeps kept hired hire hires formed forms "
                        "recruited recruit recruits appointed appoint appoints opened opens created creates".split())
_MADE_SUBJECT = lazy_compile(r"(?:(?:[Mm]any|[Mm]ost|[Ss]ome|[Aa]ll|[Ss]everal|[Tt]he|[Ee]ach|[Ee]very|[Pp]articipating|"
                             r"[Ll]ocal)[ ])?(?:(?:[a-z][\w\-]*|[A-Z][a-z]+)[ ])?(?:[A-Za-z][\w\-]*s|[A-Z]{2,6}s)|"
                             r"[Ww]e|[Tt]hey|[Ss]ome|[Mm]any|[Mm]ost|(?:[Tt]he|[Tt]his|[Ii]ts|[Ee]ach|[Ee]very)[ ](?:[a-z\-]+[ ]){0,2}"
                             r"(?:network|programme|program|model|scheme|pilot|initiative|project|service|partnership)")
_MADE_NOT_SUBJECT = lazy_compile(r"(?i)(?:patients|people|members|families|residents|carers|users|clients|researchers|"
                                 r"authors|studies|results|this|it|which|who|that|there|as|years|months|weeks|days)$")
_MADE_END = lazy_compile(r",[ ](?:which|who|where|staffed|led|run|funded|so|to|for|with|but|and[ ](?:the|its|their|this)"
                         r"[ ])|[ ](?:where|which|who|whose|that|to[ ][a-z]+|in[ ]order|so[ ]that|because|when|after|"
                         r"before|for|from|in|at|across|around|by|with|under|since|during|between)[ ]")
_MADE_ITEM_NOT = lazy_compile(r"^(?:up|out|off|on|over|down|back|with|without|into|a[ ]lot|time|own|meetings?$|"
                              r"(?:[a-z]+[ ])?(?:programs?|programmes?|teams?|services?|projects?|schemes?)$|patients?|"
                              r"people|them|it|this|that|these|those|their|its|his|her|our|\d)\b|.*\b(?:while|whereas|"
                              r"pay|pays|paid|became|become|becomes)\b")


# What the program's staff do to every patient, named as the service it is: "Care coordinators screened members
# for housing needs and referred those without stable housing to county housing programs" -> "screening for
# housing needs", "referral to county housing programs".
_ACTIVITY = lazy_compile(r"\b(?:(?P<screen>screen(?:s|ed)?)[ ](?:[\w\-]+[ ]){0,4}?for|(?P<refer>refer(?:s|red)?)[ ]"
                         r"(?!to\b)(?:[\w\-]+[ ]){1,6}?to)[ ](?P<x>(?!(?:be|have|make|see|get|help|them|it)\b)[^,.;:()]{3,70}?)"
                         r"(?=[,.;:()]|[ ](?:and|when|if|who|which|that|where|because|so|but|at|in[ ](?:19|20)\d\d)\b|$)")
_ACTIVITY_NOUN = {"screen": "screening for", "refer": "referral to"}
_PROVIDER_SUBJECT = lazy_compile(r"\s*(?:(?:The|the|Its|its|Their|their|Each|each|All|all|Trained|trained|Clinical|clinical)[ ])?"
                                 r"(?:[\w\-]+[ ]){0,2}?(?:sites|practices|clinics|centres|centers|workers|teams?|nurses?|"
                                 r"coordinators?|navigators?|managers?|practitioners|physicians|doctors|GPs|staff)[ ]"
                                 r"(?:will[ ]|also[ ]|then[ ]|can[ ]|may[ ])?")


def rule_activities(ctx, start, end, subject, role):
    """Screening and referral the program's staff carry out (see :data:`_ACTIVITY`), as components."""
    if subject is None or role in _CLOSED_TO_PARTS:
        return
    text = ctx.text
    if not words_of(text, start, end) & {"screen", "screens", "screened", "refer", "refers", "referred"}:
        return
    first = None
    for m in _ACTIVITY.finditer(text, start, end):
        verb = "screen" if m.group("screen") else "refer"
        at = m.start(verb)
        if first is None:
            first = at
            lead = text[max(start, text.rfind(". ", start, at) + 2 if text.rfind(". ", start, at) >= 0 else start):at]
            if not (_about_program(ctx, start, at) or _PROVIDER_SUBJECT.fullmatch(text, start, at)) or \
                    re.search(r"\b(?:not|never|no|cannot|could[ ]not|did[ ]not)\b", lead):
                return                   # whose screening: the program's people, said once for the sentence
        elif not re.fullmatch(r"(?:[ ]and|,[ ]and|,)[ ](?:also[ ])?", text[m.start() - 6:at][-6:]) and \
                not re.search(r"\band[ ](?:also[ ])?$", text[start:at]):
            continue
        label = f"{_ACTIVITY_NOUN[verb]} {tidy(m.group('x'))}"
        if _words(label) <= 10:
            ctx.add(_program_node(subject), ICKG + "hasComponent", node(label, MECHANISM), start, end,
                    "staff activity", 0.5)


# What the program's staff do, said as a list of verb phrases after them: "Care managers visit patients at home,
# reconcile their medications after discharge and arrange transport to appointments", "Community paramedics hold
# free weekly drop-in sessions", "At each session they check blood pressure, assess the risk of falls, and give
# advice on healthy living" (they: the staff who open the sentence before). Each verb phrase is a component.
_STAFF_WORDS = (r"(?:[Cc]are|[Cc]ase)[ ]managers|(?:[a-z\-]+[ ]){0,2}?(?:nurses|paramedics|navigators|coordinators|"
          r"co-ordinators|coaches|health[ ]workers|volunteers|pharmacists|social[ ]workers|therapists|link[ ]workers|"
          r"connectors|care[ ]partners|extensivists|teams|staff)")
# The program itself, or its one team, by a program word as the subject of what it does: "The network trains
# physiotherapists ...", "The team meets every week to review care plans", "The pilot also pays for ...".
_PROGRAM_AT_WORK = r"(?:The|the|Its|its|This|this)[ ](?:network|programme|program|pilot|project|partnership|scheme|team)"
_PROGRAM_AT_WORK_RE = lazy_compile(_PROGRAM_AT_WORK)
_STAFF_OPENING = lazy_compile(rf"(?:(?:At|In|During|After)[ ](?:each|every|the|a)[ ][a-z\-]+(?:[ ][a-z\-]+)?,?[ ])?"
                              rf"(?P<who>(?:(?:The|Its|Their|Our|Trained|Local|Specialist|Community|Clinical)[ ])?"
                              rf"(?:{_STAFF_WORDS})|[Tt]hey|{_PROGRAM_AT_WORK})[ ](?:(?:also|then|now|usually|often|regularly|will)[ ])?(?=[a-z])")
_STAFF_VERBS = frozenset(
    "visit hold check assess give help call phone telephone review reconcile arrange coordinate co-ordinate coach "
    "educate support monitor follow plan agree link connect meet see run provide offer lead teach train advise develop "
    "write keep track deliver answer manage prescribe accompany attend draw set measure teach pay pool create".split())
_STAFF_ITEM_CUT = lazy_compile(r"[ ](?:in|at)[ ](?:the|a|an|each|every|their|its|his|her)[ ](?!home\b)|,?[ ](?:which|who|"
                               r"whom|where|so[ ]that|because|while|when|if|until)[ ]|[ ]to[ ](?:help|make|keep|ensure)[ ]")


def _staff_verb(word):
    return word in _STAFF_VERBS or (word.endswith("s") and word[:-1] in _STAFF_VERBS) or \
        (word.endswith("es") and word[:-2] in _STAFF_VERBS)


def rule_staff_actions(ctx, start, end, subject, role):
    """The verb phrases after the program's staff (see :data:`_STAFF_OPENING`), as its components."""
    if subject is None or role in _CLOSED_TO_PARTS:
        return
    text = ctx.text
    m = _STAFF_OPENING.match(text, start, end)
    if m is None:
        return
    if m.group("who").lower() == "they":
        before = text[max(0, text.rfind(". ", 0, start - 2) + 2, text.rfind("\n", 0, start - 1) + 1):start]
        if not (m.start("who") > start and _STAFF_OPENING.match(before) and
                _STAFF_OPENING.match(before).group("who").lower() != "they"):
            return                       # "they" of whom: only the staff the sentence before opened on
    clause = text[m.end():end]
    if re.search(r"\b(?:not|never|no|cannot|could[ ]not|did[ ]not|do[ ]not|does[ ]not|reported|said|told|felt|found)\b",
                 clause[:60]):
        return
    first = re.match(r"[a-z\-]+", clause)
    if first is None or not _staff_verb(first.group()):
        return
    rule = "program at work" if _PROGRAM_AT_WORK_RE.fullmatch(m.group("who")) else "staff actions"
    e = m.end() + len(clause.rstrip(" .;:"))
    items, at = [], m.end()
    for split in re.finditer(r",[ ](?:and[ ])?|[ ]and[ ]", text[m.end():e]):
        nxt = re.match(r"[a-z\-]+", text[m.end() + split.end():e])
        if nxt and _staff_verb(nxt.group()):
            items.append((at, m.end() + split.start()))
            at = m.end() + split.end()
    items.append((at, e))
    for a, b in items:
        cut = _STAFF_ITEM_CUT.search(text, a, b)
        b = cut.start() if cut else b
        label = tidy(text[a:b])
        if not 2 <= _words(label) <= 9 or ctx.places_in(a, b):
            continue
        ctx.add(_program_node(subject), ICKG + "hasComponent", _component_node(ctx, a, a + len(label)) if
                text.startswith(label, a) else node(label, MECHANISM), start, end, rule, 0.5)


# A program word alone is the program itself, not a part it runs: "we run the network".
_BARE_PROGRAM_WORD = lazy_compile(r"(?:network|programme|program|model|pilot|scheme|project|initiative|partnership)s?")


def rule_made_parts(ctx, start, end, subject, role):
    """Components a program or its participants set up, run, hold or hire (see :data:`_MADE_VERB`)."""
    if subject is None or role in _CLOSED_TO_PARTS:
        return
    text = ctx.text
    if _MADE_WORDS.isdisjoint(words_of(text, start, end)):
        return
    for m in _MADE_VERB.finditer(text, start, end):
        subj = m.group("subj")
        clause = text[max(start, max(text.rfind(", ", start, m.start("verb")), text.rfind("; ", start, m.start("verb")))):m.start("verb")]
        named = any(start <= s and e <= m.start("verb") for p in ctx.programs for s, e in _mentions_of(ctx, p)
                    if s >= m.start("subj") - 1)
        if not named:
            bare = subj.strip()
            if not _MADE_SUBJECT.fullmatch(bare) or _MADE_NOT_SUBJECT.search(bare):
                continue
            if not (re.fullmatch(r"[Ww]e", bare) or _PROGRAM_WORDS.search(bare) or _program_by_head(ctx, bare)):
                continue                  # the program's own voice, a program word or its head noun, not any body
            if bare[:1].isupper() and m.start("subj") > start and text[m.start("subj") - 2:m.start("subj")] not in (", ", "; "):
                continue
            if re.search(r"\b(?:not|never|no)\b", clause):
                continue
        a, e = m.start("list"), min(end, m.end("list"))
        cut = _MADE_END.search(text, a, e)
        if cut:
            e = cut.start()
        ranges = [(a, e)]
        again = _MADE_AGAIN.search(text, a, e)
        if again:                         # "runs memory cafés and set up a telephone line": two lists
            ranges = [(a, again.start()), (again.end(), e)]
        for ia, ib in (item for r in ranges for item in _part_items(text, *r)):
            label = tidy(text[ia:ib])
            if not (1 <= _words(label) <= 7) or not label[:1].islower() or _MADE_ITEM_NOT.match(label) \
                    or _NOT_PART.match(label) or ctx.places_in(ia, ib) or _BARE_PROGRAM_WORD.fullmatch(label):
                continue
            if any(s <= ia < e_ for p in ctx.programs for s, e_ in _mentions_of(ctx, p)):
                continue
            ctx.add(_program_node(subject), ICKG + "hasComponent", _component_node(ctx, ia, ib), start, end,
                    "made component", 0.5)


# People in a role a program adds, and the teams it forms: "Esther coaches", "extensivists", "a coordinating
# doctor", "health and social care coordinators", "self-managing nurse teams", "multidisciplinary teams".
_ROLE_PART = lazy_compile(
    r"\b(?:coaches|coordinators|co-ordinators|navigators|consultants|extensivists|liaisons|link[ ]workers|"
    r"care[ ]managers|case[ ]managers|coordinating[ ](?:doctor|physician|nurse|GP)|community[ ]health[ ]workers|"
    r"(?:nurse|care|multidisciplinary|interdisciplinary|integrated|primary[ ]care|community|self-managing|"
    r"self-managed|neighbourhood|neighborhood)[ ]teams|teamlets)\b")
_ROLE_WORDS = ("coach", "coordinat", "co-ordinat", "navigator", "consultant", "extensivist", "liaison", "link worker",
               "care manager", "case manager", "health worker", "teams", "teamlet")


# Where a role is a part the program has: the sentence's subject ("Around twenty regional coaches support
# teams", "Five integrated teams were created", up to a few words of quantity or modifier before it), or
# what a list of components names ("Its main components are Esther coaches"), or whom it hires or funds.
_ROLE_SUBJECT = lazy_compile(r"(?:(?:[Aa]round|[Aa]bout|[Ss]ome|[Ee]ach|[Tt]he|[Tt]heir|[Ii]ts|[Nn]ew|[Tt]rained|"
                             r"[A-Z][a-z]+|\d+|[a-z]+)[ ]){0,3}")
_ROLE_OBJECT = lazy_compile(r"\S[ ](?:the|a|an|their|its|our|his|her|these|those)[ ]$")   # "praised the coordinators"
_ROLE_LISTED = lazy_compile(r"\b(?:components?|elements?|parts?|pillars?|features?)[ ](?:are|were|is|was|include|included|"
                            r"includes|comprise|comprised|consist[ ]of|consisted[ ]of)[ ](?:[\w\-]+[ ]){0,2}$|"
                            r"\b(?:hired|hires|hire|employs?|employed|appointed|appoints?|recruited|recruits?|funds?|funded|"
                            r"chooses|choose|chose|names?|named|is[ ]given|are[ ]given)[ ](?:an?[ ]|the[ ]|their[ ]|its[ ])?"
                            r"(?:new[ ]|more[ ]|\w+[ ]new[ ])?$")


# What a plan says will be held, offered or run in every place or for every person it covers: "a weekly
# multidisciplinary home round will be held in every home", "falls screening will be offered to every patient".
_PLANNED_PART = lazy_compile(r"(?:^|(?<=[ ,;:]))(?:(?:and|then|also)[ ])?(?:an?[ ]|the[ ])?(?P<x>(?:(?!(?:a|an|the|and)[ ])[a-z][\w\-]*[ ]){0,5}?"
                             r"[a-z][\w\-]*)"
                             r"[ ](?:will|would)[ ](?:also[ ])?be[ ](?:held|offered|provided|run|set[ ]up|introduced|"
                             r"established|made[ ]available)[ ](?:in|for|to|at|across)[ ](?:every|each|all)\b")


def rule_planned_parts(ctx, start, end, subject, role):
    """Components a plan says will be held, offered or run everywhere it applies (see :data:`_PLANNED_PART`)."""
    if subject is None or role in _CLOSED_TO_PARTS or \
            " be " not in ctx.text[start:end]:
        return
    for m in _PLANNED_PART.finditer(ctx.text, start, end):
        label = tidy(m.group("x"))
        if 1 <= _words(label) <= 6 and not _NOT_PART.match(label) and \
                not re.match(r"(?:it|they|this|that|these|those|which|who|there)\b", label):
            ctx.add(_program_node(subject), ICKG + "hasComponent", node(label, MECHANISM), start, end,
                    "planned part", 0.45)


def rule_roles(ctx, start, end, subject, role):
    """Roles and teams a program's sentence names, as its components (typed ickg:Mechanism, which the
    gold's narrower team and case-management classes fall under)."""
    if subject is None or role in _CLOSED_TO_PARTS:
        return
    text = ctx.text
    sentence = text[start:end]
    if not any(w in sentence for w in _ROLE_WORDS):
        return
    for m in _ROLE_PART.finditer(text, start, end):
        if re.search(r"\b(?:of|with|by|from|to|among|for)[ ](?:the[ ]|their[ ]|its[ ])?$",
                     text[max(start, m.start() - 12):m.start()]) and not m.group().endswith(("teams", "teamlets")):
            continue                     # "interviews with care managers": the people asked, not a part
        a, b = _with_modifiers(text, m.start(), m.end(), start)
        if not (_ROLE_SUBJECT.fullmatch(text, start, a) and not _ROLE_OBJECT.search(text, start, a)) \
                and not _ROLE_LISTED.search(text, start, a):
            continue                     # "credited the coordinators", "joined the primary care teams": not what it adds
        label = tidy(text[a:b])
        if re.match(r"(?:[A-Z][\w\-]*[ ])?(?:patients?|people|members|veterans)\b", label) or _words(label) > 8:
            continue
        key = f" {label_key(label)} "
        if any(st.predicate == ICKG + "hasComponent" and st.start == start and key in f" {label_key(st.object.get('label', ''))} "
               for st in ctx.out):
            continue                     # "coordinators" of the sentence's "care coordinators", already a component
        ctx.add(_program_node(subject), ICKG + "hasComponent", node(label, MECHANISM), start, end, "role", 0.45)


def _lines_between(text, a, b):
    out, pos = [], a
    while pos < b:
        nl = text.find("\n", pos, b)
        nl = b if nl < 0 else nl
        out.append((pos, nl))
        pos = nl + 1
    return out


def without_inner_components(statements: list[Statement]) -> list[Statement]:
    """Statements less each component whose words hold a shorter component of the same program stated
    in an overlapping quote: "case management by a nurse or social worker" beside "case management"
    is that component, not a second one. The shorter stays, with the longer as an alias (as
    :func:`_complemented` gives one), so a reader's label of either form finds it; but a team stays
    whole, its members' names its aliases."""
    parts = [st for st in statements if st.predicate == ICKG + "hasComponent" and "label" in st.object]
    if len(parts) < 2:
        return statements
    words = {id(st): label_key(st.object["label"]).split() for st in parts}

    def holds(outer, st):
        own, longer = words[id(st)], words[id(outer)]
        n = len(own)
        return outer is not st and outer.subject.get("label") == st.subject.get("label") and \
            outer.start < st.end and st.start < outer.end and len(longer) > n and \
            any(longer[i:i + n] == own for i in range(len(longer) - n + 1))

    def alias(st, other):
        if other.object["label"] not in st.object.get("aliases", ()):
            st.object = dict(st.object, aliases=[*st.object.get("aliases", ()), other.object["label"]])
    dropped = set()
    for outer in parts:
        held = [st for st in parts if id(st) not in dropped and holds(outer, st)]
        if not held or id(outer) in dropped:
            continue
        if outer.rule.split(" (", 1)[0] == "team":
            for st in held:              # a team "of a GP, a nurse and case managers" is one component, its members not
                dropped.add(id(st))
                alias(outer, st)
        else:
            dropped.add(id(outer))
            for st in held:
                alias(st, outer)
    return [st for st in statements if id(st) not in dropped] if dropped else statements

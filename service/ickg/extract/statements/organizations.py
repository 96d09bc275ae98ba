"""The organizations around a program and their roles: who initiated, operates, funds, joins or is
responsible for it, its partners, and a person who founded it.
"""

import re

from ickg.extract.actors import ORG as ORG_NS
from ickg.extract.actors import ORGANIZATION, PERSON, PROGRAM, body_or_role
from ickg.extract.lexicon import label_key
from ickg.extract.regex import lazy_compile
from ickg.extract.statements.context import _mentions_of, _org_named_at, _org_spans, _program_node
from ickg.extract.statements.cues import words_of
from ickg.extract.statements.patterns import _ACTOR_HEAD, _ACTOR_NP
from ickg.extract.statements.phrases import _words, clause_end, tidy
from ickg.extract.statements.program_names import _MODEL_WORDS
from ickg.extract.statements.statement import ICKG, SECTOR, node
from ickg.extract.statements.subjects import _program_by_head, nearest_program, programs_in


_PURPOSE = lazy_compile(r"[ ]to[ ](?:plan|provide|deliver|improve|coordinate|support|develop|create|offer|serve|run|"
                        r"commission|design|share|agree)\b")
# A relative clause after a list of partners speaks of something else ("networks of providers that serve
# people who receive Medicaid", "contracts with the Medical Group, which receives ... hospitals"), unless it
# carries the chain on ("care groups, which then subcontract dietitians": the program's partners too).
_PARTNER_RELATIVE = lazy_compile(r",?[ ](?:which|who|whose|that)[ ](?!then[ ]|in[ ]turn[ ])[a-z]")
_DEVELOPED_AT = lazy_compile(r"\b(?:developed|designed|pioneered|founded|began|started)"
                             r"(?:[ ]in[ ](?:the[ ])?(?:early[ ]|late[ ]|mid-)?(?:19|20)\d\ds?)?"
                             r"(?:[ ]by[ ][^,.;]{1,80}?)?[ ]at[ ](?P<list>[^.;,]+)")
_PROGRAM_OF = lazy_compile(r"\b(?:is|was|are|were)[ ]an?[ ](?:[\w\-]+[ ]){0,3}?(?:program|programme|initiative|service|"
                           r"model|scheme)[ ]of[ ](?:the[ ])?(?P<list>[^.;,]+)")
# A body described, not named, that coordinates a program: "a joint committee of the council and the health board".
_GOVERNING_BODY = lazy_compile(r"(?:an?[ ]|the[ ]|its[ ])(?P<x>(?:[a-z][\w\-]*[ ]){0,3}(?:committee|board|council|forum|group|"
                               r"network|partnership|alliance|body|team|hub)(?:[ ]of[ ](?:the[ ])?[^,.;()]{3,80}?)?)"
                               r"(?=[,.;()]|[ ](?:which|that|who|with|to|since|in[ ](?:19|20)\d\d)\b|$)")
# A sentence that opens on the bodies it works with, then its main clause: "Together with A and the B, we run the
# network", "In partnership with A, the council launched the network". The bodies end at the main clause, whose
# verb of running or starting must have the program for its object (named, or called by a program word).
_OPENING_WITH = lazy_compile(r"(?:Together|Jointly)[ ]with[ ](?P<list>[^.;]+)")
_IN_PARTNERSHIP = lazy_compile(r"\b[Ii]n[ ](?:partnership|collaboration|cooperation|co-operation)[ ]with[ ](?P<list>[^.;]+)")
_OPENING_WITH_END = lazy_compile(r",[ ](?:the|we|our|it|they|its|this|these)[ ](?:[\w\-]+[ ]){0,3}?(?:run|runs|ran|launched|"
                                 r"set[ ]up|sets[ ]up|started|starts|opened|opens|lead|leads|led|deliver|delivers|delivered|"
                                 r"created|established|introduced|operate|operates|operated|manage|manages|managed|"
                                 r"began|begin|begins|piloted|pilot|pilots)[ ]")
_OPENING_WITH_OBJECT = lazy_compile(r"(?:the|our|this|its|their)[ ](?:[\w\-]+[ ]){0,2}?(?:network|programme|program|model|"
                                    r"pilot|scheme|service|project|initiative|teams?|clinics?|centres?|centers?|partnership)\b")

_ACTOR_RULES = [   # (predicate, pattern with a group "who" or "list"; "rev": the program is the object)
    (ICKG + "hasPartner", lazy_compile(r"\b(?:links|linked|brings[ ]together|joins|joined)[ ](?P<list>[^.;]+)")),
    (ICKG + "hasPartner", lazy_compile(r"\b(?:jointly[ ])?owned[ ]by[ ](?P<list>[^.;]+)")),
    (ICKG + "hasPartner", lazy_compile(r"\bcontracts?[ ]with[ ](?P<list>[^.;]+)")),
    (ICKG + "hasPartner", lazy_compile(r"\b(?:(?:run|planned[ ]and[ ]run|managed)[ ]jointly|jointly[ ](?:run|managed|"
                                       r"operated|led|governed|delivered|funded|commissioned))[ ]by[ ](?P<list>[^.;]+)")),
    (ICKG + "hasPartner", lazy_compile(r"\b(?:work|works|worked|working)[ ](?:closely[ ])?(?:together[ ])?(?:with|alongside)[ ]"
                                       r"(?P<list>[^.;]+)")),
    (ICKG + "hasPartner", lazy_compile(r"\b(?:bring|bringing|brought)[ ]together[ ](?P<list>[^.;]+)")),
    (ICKG + "hasPartner", lazy_compile(r"\b(?:(?:collaborative[ ])?(?:networks|partnerships?|alliances?|consortium|coalition|"
                                       r"(?<=is[ ]a[ ])group|(?<=are[ ])groups|federations?)[ ](?:of|between)[ ]|"
                                       r"anchored[ ]by[ ])"
                                       r"(?P<list>[^.;]+)")),
    (ICKG + "hasPartner", _IN_PARTNERSHIP),
    # "developed by the University Medical Center with general practices", "to be run with the council and ..."
    (ICKG + "hasPartner", lazy_compile(r"\b(?:developed|designed|run|delivered|set[ ]up|launched|created|piloted|planned|"
                                       r"founded|established|started|introduced)"
                                       r"(?:[ ]in[ ](?:[A-Z][a-z]+[ ])?(?:19|20)\d\d)?"
                                       r"(?:[ ]by[ ][^,;.()]{2,90}?(?<!together)(?<!jointly)[ ]with|[ ](?:together[ ]|jointly[ ])?with)[ ]"
                                       r"(?!(?:funding|money|support|help|grants?|the[ ]aim|the[ ]goal|"
                                       r"an?[ ](?:[\w\-]+[ ]){0,4}?(?:[Aa]wards?|[Gg]rants?))\b)(?P<list>[^.;]+)")),
    # (after "by A", "together with B" names a second initiator, not a partner: see rule_actors)
    (ICKG + "hasPartner", lazy_compile(r"\b(?:[Pp]artners,?[ ](?:including|such[ ]as|namely|among[ ]them)|"
                                       r"(?:[Pp]artners|[Pp]artner[ ]organi[sz]ations|(?<=[Ii]ts[ ])members|"
                                       r"(?:[Cc]ontracting[ ])?parties(?=[ ](?:are|were|to))|"
                                       r"(?<=[Tt]he[ ])(?:network|partnership|alliance|consortium)['’]s[ ]members)"
                                       r"(?:[ ](?:in|of)[ ](?:the|this|its)[ ](?:[\w\-]+[ ]){0,2}?[\w\-]+)?"
                                       r"(?:[ ](?:are|were|include|included|comprise)|:))[ ]"
                                       r"(?P<list>[^.;]+)")),
    # "launched the CReG pilot in five local health authorities": the bodies it was launched in take part
    (ICKG + "hasPartner", lazy_compile(r"\b(?:launched|piloted|introduced|tested|started|began|rolled[ ]out|implemented)"
                                       r"[ ](?:the[ ]|its[ ]|their[ ])?[^.;,]{0,80}?[ ]in[ ](?P<list>(?:(?:two|three|four|five|six|"
                                       r"seven|eight|nine|ten|twelve|fifteen|twenty|\d{1,3})[ ])(?:[a-z][\w\-]*[ ]){0,3}?"
                                       r"(?:authorities|councils|trusts|boards|hospitals|practices|municipalities|districts[ ]of|"
                                       r"health[ ]centres|clinics|agencies|organi[sz]ations)\b[^.;]*)")),
    # "The Valley Health Trust runs the network with Eastbrook Council": who runs it with the operator
    (ICKG + "hasPartner", lazy_compile(r"\b(?:runs|ran|operates|operated|leads|led|manages|managed|delivers|delivered)[ ]"
                                       r"(?:the|its|this)[ ](?:[\w\-]+[ ]){0,4}?(?:network|programme|program|model|pilot|"
                                       r"scheme|service|project|initiative|teams?|clinics?|centres?)[ ](?:together[ ]|jointly[ ]|"
                                       r"in[ ]partnership[ ])?with[ ](?P<list>[^.;]+)")),
    # "bring general practitioners, nurses and social workers together in one building"
    (ICKG + "hasPartner", lazy_compile(r"\b(?:brings?|bringing|brought)[ ](?!together\b)(?P<list>[^.;:]{3,160}?)[ ]together\b")),
    # "first introduced by Pinnacle Midlands Health Network in 2011 and was taken up by Capital & Coast District
    # Health Board": who takes a program up takes part in it
    (ICKG + "hasPartner", lazy_compile(r"\b(?:taken[ ]up|adopted|joined)[ ](?:(?:early|later|soon|since)[ ])?by[ ]"
                                       r"(?P<list>[^.;]+)")),
    # "The contract was agreed between the AOK, the Hausärzteverband and MEDI": the parties are its partners
    (ICKG + "hasPartner", lazy_compile(r"\b(?:agreed|agreement|agreements|contract|contracts|collaboration|cooperation|"
                                       r"co-operation|deal)[ ]between[ ](?P<list>[^.;]+)")),
    # "funded jointly by the insurers: Medicaid, the commercial plans and Medicare", "funding from the Indian
    # Health Service": a payer that is not a government is a partner (a ministry that funds is not; see _FUNDERS)
    (ICKG + "hasPartner", lazy_compile(r"\b(?:(?:funded|financed|paid[ ]for|co-funded|bankrolled)(?:[ ]jointly)?[ ]by|"
                                       r"funding[ ]from)[ ](?P<list>[^.;]+)")),
    (ICKG + "operatedBy", lazy_compile(r"(?<!those[ ])(?<!ones[ ])(?<!jointly[ ])\b(?:run|operated|managed|delivered|led|employed|administered|hosted)[ ]by[ ]"
                                       r"(?P<list>[^.;]+)")),
    (ICKG + "coordinatedThrough", lazy_compile(r"\b(?:coordinated[ ](?:through|by)|(?:overseen|governed|steered)[ ]by)[ ]"
                                               r"(?P<list>[^.;,]+)")),
    (ICKG + "initiatedBy", lazy_compile(r"\b(?:launched|introduced|initiated|set[ ]up|created|established|founded|"
                                        r"promoted|sponsored|championed|commissioned|proposed|started|developed|designed|"
                                        r"pioneered|conceived)"
                                        r"(?:[ ]in[ ](?:[A-Z][a-z]+[ ])?(?:19|20)\d\d)?(?:[ ]in[ ](?:the[ ])?[^,.;()]{2,60}?)?[ ]by[ ]"
                                        r"(?P<list>[^.;]+)")),
    # "developed by Eric Coleman at the University of Colorado", "a model developed at Johns Hopkins University"
    (ICKG + "initiatedBy", _DEVELOPED_AT),
    # "Dementia UK, the charity that developed the service in 1990"
    (ICKG + "initiatedBy", lazy_compile(r"(?P<list>[A-Z][\w&\-]*(?:[ ][A-Z][\w&\-]*){0,5}),[ ]the[ ](?:[\w\-]+[ ]){1,3}?"
                                        r"(?:that|which|who)[ ](?:developed|created|founded|launched|set[ ]up|started)[ ]the[ ]"
                                        r"(?:service|model|programme|program|scheme|network|initiative)\b")),
    (ICKG + "operatedBy", _PROGRAM_OF),
    # "one of the first 32 Pioneer ACOs chosen by the Centers for Medicare & Medicaid Services", "one of the eight
    # local governments selected by the Ministry for the pilot projects": who picks the sites starts the program
    (ICKG + "initiatedBy", lazy_compile(r"\b(?:chosen|selected|picked)[ ](?:in[ ](?:19|20)\d\d[ ])?by[ ](?P<list>[^.;]+)")),
    # "Together with Sundsvall Hospital and the health centres, we run a mobile team": who runs it with the writer
    # (read only at a sentence's start, up to its main clause: see _OPENING_WITH_END)
    (ICKG + "hasPartner", _OPENING_WITH),
]
# A person who founded the program, by a name of two or three words, perhaps after who they were: "founded in
# 2006 by Jos de Blok, a community nurse", "founded in 1993 by a physician, Sheldon Zinberg".
_FOUNDED_BY_PERSON = lazy_compile(r"\b(?:founded|created|started|set[ ]up|established|developed|pioneered)(?:[ ]in[ ](?:19|20)\d\d)?"
                                  r"[ ]by[ ](?:an?[ ](?:[a-z\-]+[ ]){0,2}?[a-z\-]+,[ ])?(?P<p>[A-Z][a-z]+(?:[ ](?:de|van|von|der|"
                                  r"da|di|du|la|le|van[ ]der|van[ ]den))?(?:[ ][A-Z][a-z][\w'’\-]+){1,2})(?=[,.;]|[ ](?:and|in|at|who)\b|$)")
_SUBJECT_VERBS = [  # (predicate, verb pattern): the actor is the sentence's subject before the verb
    (ICKG + "initiatedBy", lazy_compile(r"\b(?:launched|introduced|organised|organized|set[ ]up|created|established|"
                                        r"announced|announces|launches|introduces|sets[ ]up|approved|approves|"
                                        r"commissioned(?=[ ](?:the|this|its)[ ](?:[\w\-]+[ ]){0,2}?(?:programme|program|"
                                        r"pilot|model|service|scheme|project|initiative|network)\b|[ ](?:the[ ])?[A-Z])|"
                                        r"picked|chose|started|formed(?=[ ]the[ ][A-Z])|"
                                        r"began(?=[ ](?:the[ ])?[A-Z]|[ ](?:the|its|their)[ ]"
                                        r"(?:project|programme|program|pilot|initiative|scheme|reform)\b)|published[ ]the[ ](?:[a-z]+[ ])?(?:framework|strategy|"
                                        r"model))\b")),
    (ICKG + "operatedBy", lazy_compile(r"\b(?:leads|runs|operates|manages|took[ ]over|delivers|adopted|opened|owns|"
                                       r"(?:became|becomes|is|was|will[ ]be|acts[ ]as|acted[ ]as)[ ]the[ ](?:lead|prime)[ ]"
                                       r"(?:provider|agency|organi[sz]ation|partner|contractor))\b")),
    (ICKG + "coordinatedThrough", lazy_compile(r"\b(?:will[ ]oversee|oversees|oversaw|has[ ]set[ ]the[ ]content)\b")),
    # "The Harrier Foundation funds the programme": a funder that is not a government takes part (as "funded by")
    (ICKG + "hasPartner", lazy_compile(r"\b(?:funds|funded|co-funds|co-funded|finances|financed)(?=[ ](?:the|this|its)[ ]"
                                       r"(?:[\w\-]+[ ]){0,2}?(?:programme|program|pilot|model|service|scheme|project|"
                                       r"initiative|network)\b)")),
]
_RESPONSIBLE = [
    lazy_compile(r"\b(?P<who>(?:[Tt]he[ ])?[A-Za-z][\w\-]*(?:[ ][\w\-]+){0,3}?)[ ](?:are|is|were|was|became|become|remain|"
                 r"remained|(?:have|has|had)[ ]been|(?:will|would)[ ]be|(?:have|has|had)[ ]become)[ ]"
                 r"(?:also[ ]|now[ ]|jointly[ ]|fully[ ]|solely[ ])?responsible[ ]for[ ](?P<what>[^.;]+)"),
    lazy_compile(r"(?:^|(?<=[.:;]\s))(?P<who>[Tt]he[ ](?:[a-z][\w\-]*[ ]){0,2}(?:regions|municipalities|councils|boards|"
                 r"counties|states|provinces|trusts|authorities|insurers|funds))[ ](?:run|runs|manage|manages|operate|"
                 r"operates|own|owns)[ ](?:the[ ])?(?P<what>[^.;,]+?)(?=[ ]and[ ][a-z]+[ ]|[.;,]|$)"),
    lazy_compile(r"(?P<who>[\w\- ]{3,60}?),[ ]which[ ](?:are|is)[ ]responsible[ ]for[ ](?P<what>[^,.;]+)"),
    lazy_compile(r"(?P<what>[\w\- ]{3,60}?)[ ](?:is|are)[ ](?:the[ ])?responsibility[ ]of[ ](?P<who>[^,.;]+)"),
    lazy_compile(r"(?P<what>[A-Z][\w\- ]{3,40}?)[ ](?:are|is)[ ]run[ ]by[ ](?P<who>[^,.;]+?)(?=[ ]and[ ]|[,.;])"),
    lazy_compile(r"(?P<who>[A-Z][\w\- ]{3,60}?),[ ]who[ ]provide[ ](?:most[ ]|much[ ]of[ ]the[ ])?(?P<what>[\w\- ]+?care)\b"),
    lazy_compile(r"(?P<who>(?:The[ ])?[\w\- ]{3,40}?)[ ]will[ ]plan[ ]and[ ]commission[ ](?P<what>[^.;]+)"),
    # "In 2012 the municipalities took over responsibility for rehabilitation and home care"
    lazy_compile(r"\b(?P<who>(?:[Tt]he[ ])?[A-Za-z][\w\-]*(?:[ ][\w\-]+){0,3}?)[ ](?:also[ ]|now[ ]|then[ ])?"
                 r"(?:took|take|takes|taken|assumed|assume|assumes|(?:were|was|have[ ]been|has[ ]been)[ ]given|gained|got|"
                 r"(?:have|has|had)[ ](?:taken|assumed|gained))[ ](?:over[ ]|on[ ])?(?:the[ ]|full[ ]|sole[ ])?"
                 r"responsibility[ ]for[ ](?P<what>[^.;]+)"),
]


# A kind of body, then a colon and the bodies of that kind: "the insurers: Medicaid, the commercial plans and Medicare".
_KINDS_THEN_LIST = lazy_compile(r"(?:the[ ]|its[ ]|their[ ]|local[ ]|three[ ]|two[ ]|four[ ]|five[ ])?(?:[a-z][\w\-]*[ ]){0,4}?"
                                r"[a-z][\w\-]*s:[ ]")
_LEAD_ROLE = lazy_compile(r"[ ](?:lead|prime)[ ]")


# Kinds of body a list of partners may name in one word: "bring together hospitals, primary care providers ..."
_SINGLE_ACTORS = {"municipalities", "insurers", "commissioners", "hospitals", "councils", "hospices", "pharmacies",
                  "prisons", "schools", "charities", "dietitians", "podiatrists", "pharmacists", "physiotherapists",
                  "GPs"}


def _actors_in(ctx, start, end):
    """Organizations named or described in text[start:end], in order: (label, type, position)."""
    text = ctx.text
    found = []
    for org in ctx.orgs:
        for s, e in _mentions_of(ctx, org):
            if start <= s and e <= end:
                found.append((s, e, org.name))
    for m in _ACTOR_NP.finditer(text, start, end):
        if any(s < m.end() and m.start() < e for s, e, _ in found):
            continue
        label = re.sub(r"^(?:the|its|their)[ ]", "", m.group())
        if _words(label) >= 2 or label in _SINGLE_ACTORS:
            found.append((m.start() + (len(m.group()) - len(label)), m.end(), label))
    found.sort()
    return [(label, ORGANIZATION, s) for s, e, label in found]


# The words each of _ACTOR_RULES needs (one of them at least): a sentence without any is not searched.
_ACTOR_RULE_WORDS = {id(pattern): frozenset(words.split()) for (_, pattern), words in zip(_ACTOR_RULES, (
    "links linked brings joins joined", "owned", "contracts contract", "jointly", "work works worked working",
    "bring bringing brought", "networks partnerships alliances partnership network alliance consortium coalition "
    "group groups federation federations anchored",
    "partnership collaboration cooperation co-operation", "with", "partners organisations organizations members parties",
    "launched piloted introduced tested started began rolled implemented",
    "runs ran operates operated leads led manages managed delivers delivered", "bring brings bringing brought",
    "taken adopted joined", "between", "funded financed paid co-funded bankrolled funding",
    "run operated managed delivered led employed administered hosted", "coordinated overseen governed steered",
    "launched introduced initiated set created established founded promoted sponsored championed commissioned proposed "
    "started developed designed pioneered conceived",
    "developed designed pioneered founded began started", "developed created founded launched set started", "program programme initiative service model scheme",
    "chosen selected picked", "together jointly"))}
assert len(_ACTOR_RULE_WORDS) == len(_ACTOR_RULES), "one guard per actor rule, in order"
# The rules with their guards, and every guard's words at once: most sentences hold none of them, and
# one test of that spares the look-up and test of each rule's (a tenth of the rule's time on abstracts).
_GUARDED_ACTOR_RULES = [(predicate, pattern, _ACTOR_RULE_WORDS[id(pattern)]) for predicate, pattern in _ACTOR_RULES]
_ANY_ACTOR_RULE_WORD = frozenset().union(*_ACTOR_RULE_WORDS.values())


# An item of a list of partners that names a kind of body by its head noun with a modifier of any kind
# ("memory clinics", "physician groups"; a bare "nurses" is as often staff), or a sector of care ("primary care", "home care", "the third sector"),
# once the list has named one body the usual way: the list says what its items are.
# Beside the usual heads, a list of partners names departments, governments, tribes, health plans, foundations and a
# single agency or service ("a home health agency and a community paramedicine service"); a first modifier may be a name
# ("Medicaid managed care plans", "NHS providers"), and "managed" is no participle there.
_PARTNER_HEAD = r"(?:departments?|governments?|tribes|(?:health|insurance|care)[ ]plans|agency|service|foundations?)"
_LISTED_PARTNER = lazy_compile(rf"(?:(?:the|its|their|your|an?|two|three|four|five|six|several|many)[ ])?(?P<x>(?:[A-Z][A-Za-z]+[ ])?"
                               rf"(?:(?!(?:with|of|for|to|in|by|from|at|on|the|an?|and|or|who|which|that|other)[ ])"
                               rf"(?:[a-z][\w\-]*(?<!ed)|managed|GP)[ ]){{1,3}}(?:{_ACTOR_HEAD}|{_PARTNER_HEAD})|"
                               r"(?:primary|home|social|community|secondary|acute|long-term|mental[ ]health|residential)"
                               r"[ ]care|(?:third|voluntary|private|community|independent)[ ]sector)")
_LIST_ITEM_SPLIT = lazy_compile(r",[ ](?:and[ ]|or[ ])?|[ ]and[ ]|[ ]or[ ]")


# Staff named by their trade: partners beside a body the list names, but on their own as often the program's staff
# ("organises general practitioners with practice nurses", "family physicians work with family nurses").
_STAFF_HEAD = lazy_compile(r"(?:nurses|physicians|doctors|pharmacists|practitioners|specialists|consultants|dietitians|"
                           r"podiatrists|physiotherapists|GPs|workers)$")


def _with_listed_partners(text, s, e, actors):
    """``actors`` (label, type, position) of the list text[s:e] with the items :data:`_LISTED_PARTNER`
    names that no actor covers, in text order; staff (:data:`_STAFF_HEAD`) only beside a body the
    usual recognisers found."""
    taken = [(at, at + len(label)) for label, _, at in actors]
    staff_too = bool(actors)
    out = list(actors)
    at = s
    while e > s and text[e - 1] in ".;:!? ":       # the sentence's full stop is no part of the last item
        e -= 1
    bounds = [(m.start(), m.end()) for m in _LIST_ITEM_SPLIT.finditer(text, s, e)] + [(e, e)]
    for a, b in bounds:
        m = _LISTED_PARTNER.fullmatch(text, at, a)
        if m and not any(x < a and at < y for x, y in taken) and not m.group("x").startswith(("and ", "or ")) and \
                (staff_too or not _STAFF_HEAD.search(m.group("x"))):
            out.append((m.group("x"), ORGANIZATION, m.start("x")))
        at = b
    out.sort(key=lambda a: a[2])
    return out


def _named_instances(text, actors):
    """``actors`` less a kind of body that the named bodies after it, in apposition, are the instances of:
    "a contract with two statutory sickness funds, AOK Baden-Württemberg and the SVLFG" -> the two funds.
    A kind is plural: "local health department, Medicaid managed care plans" is a list of two."""
    out = []
    for i, (label, type_, at) in enumerate(actors):
        nxt = next((a for a in actors[i + 1:] if a[2] > at and a[0][:1].isupper()), None)
        if label[:1].islower() and label.endswith("s") and nxt is not None and nxt[0][:1].isupper() and \
                re.fullmatch(r"[^,;()]{1,60},[ ](?:the[ ])?", text[at:nxt[2]]) and \
                re.match(r"[^,;.]{0,60}(?:,|[ ]and[ ])", text[nxt[2]:]):
            continue
        out.append((label, type_, at))
    return out


# A body named by capitalised words ending on a body's head noun, at the start of an actor list.
_NAMED_BODY = lazy_compile(r"(?:the[ ])?(?P<n>[A-Z][\w\-&'’]*(?:[ ](?:[A-Z][\w\-&'’]*|of|for|and))*?[ ](?:Division|Department|"
                           r"Authority|Board|Trust|Council|Foundation|Agency|Service|Centre|Center|Group|Company|"
                           r"Corporation|Association|Institute|University|Hospital|Partnership|Alliance|Commission|"
                           r"Ministry|Office|Directorate))(?![\w\-])(?![ ][A-Z])")


# The subject's second verb after a list of actors ends the list: "is run by a charity under a contract with the
# Government, and works through a core centre and a network of private doctors".
_SECOND_VERB = lazy_compile(r",[ ]and[ ](?:also[ ])?(?=[a-z]+(?:s|ed)[ ](?:through|with|to|a|an|the|its|their|by|on|in|"
                            r"from|across|for)\b)")


# A funder that is a government (its ministry, department, the state) pays for a program it does not take part in:
# "The clinics are funded by the ministry", "funded by the Department of Health from 2021".
_FUNDING_LEAD = lazy_compile(r"(?:funded|financed|paid|co-funded|bankrolled|funding)\b")
_PUBLIC_FUNDER = lazy_compile(r"\b(?:[Gg]overnments?|[Mm]inistry|[Mm]inisters?|[Dd]epartment|[Cc]ommonwealth|[Ss]tate|[Tt]reasury|"
                              r"[Ff]ederal|[Cc]rown|[Pp]arliament|[Cc]ongress)\b")


_PARTIES_LEAD = lazy_compile(r"(?:funded|financed|paid|co-funded|bankrolled|funding|agreed|agreements?|contracts?|"
                             r"collaboration|cooperation|co-operation|deal)[ ](?:jointly[ ])?(?:by|between|from)\b")
_PARTIES_END = lazy_compile(r",[ ](?!(?:and|or|the|an?|its|their|from|in|since|as|including|such|notably)\b|[A-Z])[a-z]|"
                            r",[ ]and[ ](?:on|in|to|for|with|at|about|of)[ ]")


_TOGETHER_WITH = lazy_compile(r",?[ ]together[ ]with[ ]")
_BY_A_GROUP = lazy_compile(r"(?:an?|the)[ ](?:[\w\-]+[ ])?(?:alliance|partnership|consortium|coalition|federation)[ ]"
                           r"(?:of|between)[ ]")
# A second body that begins a program with the first: "by A together with the B", "by A and B" (two names).
_WITH_SECOND = lazy_compile(r"(?:[ ]\([^()]{1,40}\))?(?:,?[ ](?:together|jointly|in[ ]partnership)[ ]with|[ ]and)[ ]"
                            r"(?:the[ ]|its[ ]|their[ ])?")
# A single body named by its kind, as an operator: "a non-governmental organization", "a local lead agency".
_ONE_BODY = lazy_compile(r"(?:an?|one|the)[ ](?P<n>(?:[a-z][\w\-]*[ ]){0,3}(?:organi[sz]ation|agency|company|charity|"
                         r"provider|consortium|cooperative|co-operative|trust|foundation|social[ ]enterprise|association))\b"
                         r"(?![ ](?:of|for)[ ])")


_FORMED_VERB = lazy_compile(r"(?:set[ ]up|created|established|launched|started|formed)[ ](?:the|a|an)[ ]")
# What may open an item of such a list ("the council, its trust and two hospitals"), and what joins two items.
_FOUNDING_LEAD = r"(?:the|its|their|an?|two|three|four|five|several|local)[ ]"
_FOUNDING_ITEM = lazy_compile(_FOUNDING_LEAD)
_FOUNDING_GLUE = lazy_compile(rf"(?:,[ ](?:and[ ])?|[ ]and[ ])(?:{_FOUNDING_LEAD})?")


def _founding_list(text, s, actors, end=None, least=3):
    """Whether ``actors`` are a list of ``least`` bodies or more that text[s:...] names one after another, joined
    by commas and "and" only (up to ``end`` when given): bodies that start something together."""
    if len(actors) < least:
        return False
    at = s
    lead = _FOUNDING_ITEM.match(text, at, at + 12)
    at = lead.end() if lead else at
    for i, (label, _, pos) in enumerate(actors):
        if pos != at:
            return False
        at = pos + len(label)
        if i + 1 < len(actors):
            glue = _FOUNDING_GLUE.match(text, at, actors[i + 1][2] + 1)
            if glue is None or glue.end() != actors[i + 1][2]:
                return False
            at = glue.end()
    if end is not None:
        return text[at:end].strip() == ""
    return True


def rule_actors(ctx, start, end, subject):
    if subject is None:
        return
    text = ctx.text
    words = words_of(text, start, end)
    for predicate, pattern, needed in (_GUARDED_ACTOR_RULES if not _ANY_ACTOR_RULE_WORD.isdisjoint(words) else ()):
        if needed.isdisjoint(words):
            continue
        for m in pattern.finditer(text, start, end):
            group = "list"
            if m.group(group) is None:
                continue
            s = m.start(group)
            e = clause_end(text, s, end) if predicate != ICKG + "hasPartner" else min(end, s + 220)
            if predicate == ICKG + "initiatedBy" and _TOGETHER_WITH.match(text, e, end):
                e = clause_end(text, _TOGETHER_WITH.match(text, e, end).end(), end)   # "by A together with B"
            purpose = _PURPOSE.search(text, s, e)
            e = purpose.start() if purpose else e         # "brings together A and B to plan health and care services"
            second = _SECOND_VERB.search(text, s, e)
            e = second.start() if second else e           # "run by A ..., and works through B and C": B, C not A's kind
            if predicate == ICKG + "hasPartner":
                relative = _PARTNER_RELATIVE.search(text, s, e)
                e = relative.start() if relative else e
                if text[m.start():m.start() + 1] in "fpcbadg" and _PARTIES_LEAD.match(text, m.start()):
                    clause = _PARTIES_END.search(text, s, e)     # "funded by X from 2021, divides the country into":
                    e = clause.start() if clause else e           # the parties end where the clause goes on
            kinds_then_list = _KINDS_THEN_LIST.match(text, s, e)
            if kinds_then_list and predicate == ICKG + "hasPartner":
                s = kinds_then_list.end()     # "funded jointly by the insurers: Medicaid, the commercial plans and ...":
                #                               the bodies the colon lists, not their kind
            owner = None
            if pattern is _OPENING_WITH or (pattern is _IN_PARTNERSHIP and m.start() == start):
                if m.start() != start:
                    continue              # "together with" inside a clause: the rules above read it
                main = _OPENING_WITH_END.search(text, s, end)
                if main is None:
                    continue
                e = min(e, main.start())
                after = [p for p in programs_in(ctx, main.end(), end)
                         if any(main.end() <= s_ < end for s_, _ in _mentions_of(ctx, p))]
                if after:
                    owner = after[0]
                elif _OPENING_WITH_OBJECT.match(text, main.end(), end):
                    owner = subject
                else:
                    continue              # "Together with her colleagues, the nurse visits ...": no program run
            actors = _actors_in(ctx, s, e)
            if predicate == ICKG + "hasPartner":
                actors = _with_listed_partners(text, s, e, actors)
                actors = _named_instances(text, actors)
                if m.group()[:1] in "fpcb" and _FUNDING_LEAD.match(m.group()):
                    actors = [a for a in actors if not _PUBLIC_FUNDER.search(a[0])]
            if pattern is _DEVELOPED_AT or pattern is _PROGRAM_OF:   # the body right after "at", "of the"
                actors = [a for a in actors[:1] if a[2] <= s + 4 or re.fullmatch(r"[ A-Z][\w ]*", text[s:a[2]])]
            elif predicate == ICKG + "initiatedBy" and _founding_list(text, s, actors):
                # "launched in 2011 ... by general practices, two acute hospital trusts, ... and voluntary
                # organisations": bodies that start it together are its partners, none its initiator alone
                for label, type_, _ in actors:
                    ctx.add(_program_node(subject), ICKG + "hasPartner", node(label, type_), start, end,
                            "founding partners", 0.55)
                continue
            elif predicate == ICKG + "initiatedBy" and _BY_A_GROUP.match(text, s, e):
                continue                 # "established by an alliance of A, B and C": partners (read above), no initiator
            elif predicate == ICKG + "initiatedBy":       # "launched by the Department and its partners": the first
                first = [a for a in actors[:1] if a[2] <= s + 4 or re.fullmatch(r"(?:the[ ])?(?:[a-z\-]+[ ]){1,3}",
                                                                                  text[s:a[2]])]
                if first and len(actors) >= 2 and _WITH_SECOND.fullmatch(text, first[0][2] + len(first[0][0]),
                                                                         actors[1][2]) and \
                        (actors[1][0][:1].isupper() or "with" in text[first[0][2]:actors[1][2]]):
                    first.append(actors[1])  # "introduced by Manitoba Health together with the regional health
                actors = first               # authorities", "created in 1979 by IMSS and COPLAMAR": both began it
            elif predicate == ICKG + "coordinatedThrough":   # "overseen by a joint committee of the council and ..."
                body = _GOVERNING_BODY.match(text, s, e)
                if body and not any(a[2] <= s + 4 for a in actors):
                    actors = [(body.group("x"), ORGANIZATION, body.start("x"))]
            if not actors and predicate != ICKG + "hasPartner":
                named_body = _NAMED_BODY.match(text, s, e)     # "run by the Milwaukee County Behavioral Health
                if named_body:                                 # Division": a body's name no recogniser knew
                    actors = [(named_body.group("n"), ORGANIZATION, named_body.start("n"))]
                elif predicate == ICKG + "operatedBy":         # "run by a non-governmental organization under a
                    kind = _ONE_BODY.match(text, s, e)          # service contract": one body of a kind
                    if kind:
                        actors = [(kind.group("n"), ORGANIZATION, kind.start("n"))]
            owner = owner or (subject if predicate != ICKG + "operatedBy" else
                              nearest_program(ctx, start, end, m.start(), subject))  # "..., introduced X in 2001, run by Y": X's
            for label, type_, _ in actors:
                ctx.add(_program_node(owner), predicate, node(label, type_), start, end, "actor phrase", 0.55)
    for m in (_FOUNDED_BY_PERSON.finditer(text, start, end) if text.find(" by ", start, end) >= 0 else ()):
        name = m.group("p")
        if any(label_key(name) in {label_key(x) for x in (o.name, o.label, *o.aliases)} for o in ctx.orgs) or \
                ctx.places_in(m.start("p"), m.end("p")):
            continue                     # "founded by Kaiser Foundation", "founded in Leeds": not a person
        ctx.add(_program_node(subject), ICKG + "initiatedBy", node(name, PERSON), start, end, "founder", 0.7)
    if words.isdisjoint(("launched", "introduced", "organised", "organized", "set", "created", "established", "announced", "formed",
                         "picked", "chose", "started", "began", "leads", "runs", "operates", "manages", "took", "delivers",
                         "adopted", "opened", "published", "oversee", "oversees", "oversaw", "announces", "launches",
                         "introduces", "sets", "owns", "lead", "prime", "approved", "approves", "commissioned",
                         "funds", "funded", "co-funds", "co-funded", "finances", "financed")):
        return
    named_programs = programs_in(ctx, start, end)
    for predicate, pattern in _SUBJECT_VERBS:
        m = pattern.search(text, start, end)
        if not m:
            continue
        actors = _actors_in(ctx, start, m.start())
        if predicate == ICKG + "initiatedBy" and re.search(r",[ ]$", text[max(start, m.start() - 2):m.start()]):
            continue                      # "..., set up in 2013": a participle, not the actor's verb
        if re.search(r"\b(?:that|which|who)[ ]$", text[max(start, m.start() - 6):m.start()]) and not any(
                m.end() <= s_ < end for p in named_programs for s_, _ in _mentions_of(ctx, p)):
            continue                      # "Ontario Health, a provincial agency that oversees the health system"
        if actors and predicate == ICKG + "initiatedBy" and _FORMED_VERB.match(text, m.start()) and \
                _founding_list(text, actors[0][2], actors, m.start(), least=2 if m.group() == "formed" else 3):
            # "In 2017 the council, the NHS trust and the CCG formed the Healthier Wigan Partnership": its partners;
            # two bodies that formed it are partners too ("A and B formed the X Alliance"), who set it up its initiators
            after = [p for p in named_programs if any(m.end() <= s_ < end for s_, _ in _mentions_of(ctx, p))]
            for label, type_, _ in actors:
                ctx.add(_program_node(after[0] if after else subject), ICKG + "hasPartner", node(label, type_),
                        start, end, "founding partners", 0.55)
            continue
        if actors and predicate != ICKG + "initiatedBy":
            # "The Health Holding Company, created by a Council of Ministers decision in 2022, owns the clusters": the
            # body in the apposition's "by" phrase is not the one that owns them
            actors = [a for a in actors if not re.search(r"\bby[ ](?:an?[ ]|the[ ])?$", text[max(start, a[2] - 8):a[2]])]
        if actors:
            last = actors[-1] if predicate != ICKG + "initiatedBy" else actors[0]
            gap = text[last[2]:m.start()]
            gap = gap[len(last[0]):] if gap.startswith(last[0]) else gap
            before = text[max(start, last[2] - 12):last[2]]
            if ("," in gap and predicate == ICKG + "initiatedBy") or re.search(
                    r"\b(?:between|and|with|of|to|for|from|by|among|or)[ ](?:the[ ]|its[ ]|their[ ])?$", before):
                actors = []               # "relationships between X and community services, and introduced"
        if not actors:
            if re.search(r"\bthe[ ](?:ministry|department|board|government|council|foundation)\b", text[start:m.start()], re.I):
                head = re.search(r"\bthe[ ](ministry|department|board|government|council|foundation)\b",
                                 text[start:m.start()], re.I).group(1).lower()
                candidates = [o for o in ctx.orgs if head in o.name.lower() and o.start < start]
                if candidates:
                    actors = [(candidates[-1].name, ORGANIZATION, start)]
        if not actors or m.group() == "formed":
            continue                      # who formed a program is named above only as its founding partners
        target = subject
        after = [p for p in named_programs if any(m.end() <= s < end for s, _ in _mentions_of(ctx, p))]
        if after:
            target = after[0]
        elif m.group().startswith("approve"):
            continue                      # "The board approved the budget": who approves a named program begins it
        if m.group().startswith("approve") and re.search(r"['’]s[ ]", text[m.end():min(
                s_ for s_, _ in _mentions_of(ctx, target) if s_ >= m.end())]):
            continue                      # "CMS has approved Washington's Medicaid Transformation Project": another's
        elif predicate == ICKG + "operatedBy" and not named_programs:
            if not _MODEL_WORDS.search(text, m.end(), end) and "primary care" not in text[m.end():end] and \
                    not _LEAD_ROLE.search(m.group()):  # "X became the lead provider": of the sentence's program
                continue
        # an actor in apposition describes the one before it ("the Board, the independent board that ...")
        actors = [a for i, a in enumerate(actors) if i == 0 or not re.search(
            r",[ ](?:the|a|an)[ ](?:[\w\-]+[ ]){0,2}$", text[max(start, a[2] - 30):a[2]])]
        label = actors[-1][0] if predicate != ICKG + "initiatedBy" else actors[0][0]
        if predicate == ICKG + "hasPartner" and _PUBLIC_FUNDER.search(label):
            continue                      # "The Ministry funds the programme": a government that pays, no partner
        ctx.add(_program_node(target), predicate, node(label, ORGANIZATION), start, end, "actor verb", 0.55)
        if predicate == ICKG + "initiatedBy" and len(actors) == 2 and actors[1][0][:1].isupper() and \
                _WITH_SECOND.fullmatch(text, actors[0][2] + len(actors[0][0]), actors[1][2]):
            # "In 2009 the Health Board and the Trust set up the network": two bodies that begin it together
            ctx.add(_program_node(target), predicate, node(actors[1][0], ORGANIZATION), start, end, "actor verb", 0.55)
    for person in (e for e in ctx.entities if e.kind == "person" and start <= e.start < end):
        ctx.add(_program_node(subject), ICKG + "initiatedBy", node(person.name, PERSON), start, end, "founder", 0.7)


# A provider body that opens the sentence and launches or runs the program operates it: "Geisinger Health
# System, an integrated delivery system ..., launched ProvenCare", "Intermountain Healthcare, a not-for-profit
# health system, began to roll out Mental Health Integration". A government body that does so initiates it
# (left to the rules above).
_OPERATOR_LEAD = lazy_compile(r"(?:(?:In|Since|From|By)[ ](?:(?:early|late|mid-)[ ]?)?(?:[A-Z][a-z]+[ ])?(?:19|20)\d\d,?[ ])?")
_OPERATOR_VERB = lazy_compile(r"(?:[ ]\([^()]{1,80}\))?(?:,[ ][^;]{3,220}?,)?[ ](?:has[ ]|have[ ]|then[ ]|also[ ])?"
                              r"(?:launched|began|set[ ]out|rolled[ ]out|introduced|developed|opened|took[ ]over|"
                              r"created|started|redesigned|runs|operates|built|turned)\b")
_GOVERNMENT_HEAD = lazy_compile(r"\b(?:Ministry|Department|Government|Parliament|Congress|Legislature|Assembly|Committee|"
                                r"Commission|Agency|Office|Executive|Cabinet|Senate|Council|Bureau|Minister|Secretary|"
                                r"Centers|Institute)\b")


def rule_owned_program(ctx, start, end):
    """A program named after a body's possessive: "Blue Cross Blue Shield of Michigan's Patient-Centered Medical
    Home program", "Geisinger's ProvenCare" -- the body runs it; a government's program ("the Welsh Government's
    Integrated Care Fund") is initiated by it."""
    text = ctx.text
    if "'s " not in text[start:end] and "’s " not in text[start:end]:
        return
    for program in programs_in(ctx, start, end):
        for s_, _ in _mentions_of(ctx, program):
            if not start <= s_ < end or text[s_ - 3:s_] not in ("'s ", "’s "):
                continue
            org = next((o for o in ctx.entities if o.kind == "organization"
                        for _, e_ in _mentions_of(ctx, o) if e_ == s_ - 3), None)
            if org is not None:
                if org.source in ("payer", "institution noun") or not org.name[:1].isupper():
                    continue
                name = org.name
            else:                        # a name the text repeats, as a masthead does: "Blue Cross Blue Shield of Michigan"
                m = _POSSESSOR.search(text, max(start, s_ - 90), s_)
                name = m.group("name") if m else None
                if name is None or text.count(name) < 2 or ctx.places_in(m.start("name"), m.end("name")) and \
                        any(label_key(p.place.name) == label_key(name) for p in ctx.places):
                    continue
            if label_key(name) in {label_key(x) for x in (program.name, *program.aliases)}:
                continue
            if _GOVERNMENT_HEAD.search(name):   # "the Welsh Government's Integrated Care Fund": it began it
                ctx.add(_program_node(program), ICKG + "initiatedBy", node(name, ORGANIZATION), start, end,
                        "government's program", 0.6)
                continue
            ctx.add(_program_node(program), ICKG + "operatedBy", node(name, ORGANIZATION), start, end,
                    "body's program", 0.6)


_POSSESSOR = lazy_compile(r"(?<![\w\-])(?P<name>[A-Z][\w&\-]*(?:[ ](?:of|and|for|&|[A-Z][\w&\-]*)){1,6})['’]s[ ]$")


def rule_operator(ctx, start, end, subject):
    """The provider body that opens a sentence and launches, develops or runs a program (see
    :data:`_OPERATOR_VERB`)."""
    if subject is None or not ctx.orgs:
        return
    text = ctx.text
    lead = _OPERATOR_LEAD.match(text, start, end)
    at = lead.end() if lead else start
    if text.startswith("The ", at):
        at += 4
    org = _org_named_at(ctx, at)
    if org is None or _GOVERNMENT_HEAD.search(org.name) or org.source in ("payer", "publisher", "institution noun") \
            or not org.name[:1].isupper():
        return
    e_org = max(e_ for s_, e_ in _mentions_of(ctx, org) if s_ == at)
    m = _OPERATOR_VERB.match(text, e_org, end)
    if m is None:
        return
    after = [p for p in programs_in(ctx, m.end(), end)]
    if after:
        target = min(after, key=lambda p: min(s_ for s_, _ in _mentions_of(ctx, p) if m.end() <= s_ < end))
    elif subject is ctx.focal and _MODEL_WORDS.search(text, m.end(), end):
        target = subject
    else:
        return
    if label_key(target.name) == label_key(org.name) or any(label_key(a) == label_key(org.name) for a in target.aliases):
        return
    ctx.add(_program_node(target), ICKG + "operatedBy", node(org.name, ORGANIZATION), start, end, "operator verb", 0.55)


# A program and, in a relative clause, the body that runs or began it: "the Navrongo experiment, which the Navrongo
# Health Research Centre began in 1994", "the demonstration project that the Mental Health Commission of Canada ran
# from 2009 to 2013", "a structured programme ... that sickness funds offer to their insured".
_RELATIVE_BODY = lazy_compile(r"(?:,[ ]|[ ])(?:that|which)[ ](?:the[ ]|its[ ]|their[ ])?")
_RAN_VERB = lazy_compile(r"(?:[ ]\([^()]{1,40}\))?[ ](?:has[ ]|have[ ]|had[ ]|now[ ]|also[ ]|then[ ]|first[ ])?"
                         r"(?P<v>runs|run|ran|operates|operate|operated|offers|offer|offered|manages|manage|managed|"
                         r"delivers|deliver|delivered|began|begun|started|set[ ]up|launched|rolled[ ]out|introduced|"
                         r"created|developed|leads|lead|led)\b")
# What may stand between the program's name and the relative clause: its acronym, an apposition of its kind, or
# "is a ... programme of care for ...".
_KIND = r"(?:project|programme|program|model|scheme|initiative|pilot|experiment|service|network|reform|strategy)"
_RELATIVE_GAP = lazy_compile(rf"(?:[ ]\([^()]{{1,60}}\))?(?:,[ ](?:the|an?|its)[ ](?:[\w\-]+[ ]){{0,4}}?{_KIND}|"
                             rf"[ ](?:is|was|are|were)[ ]an?[ ](?:[\w\-]+[ ]){{0,3}}?{_KIND}(?:[ ](?:of|for)[ ][^,.;()]{{1,50}}?)?)?")
_PROGRAM_BEFORE = lazy_compile(rf"\b(?:[Tt]he|[Tt]his|[Ii]ts)[ ](?:[\w\-]+[ ]){{0,3}}?{_KIND}$")
_FOUNDED = ("launched", "introduced", "created", "set up", "developed")   # whoever did these began it, not ran it
_STARTED = ("began", "begun", "started", "set up", "launched", "rolled out", "introduced", "created", "developed")
# Bodies that run a program together, as the clause's subject: "The long-term care insurance funds and the health
# insurance funds run the care support points", "Municipalities run the teams", "Island Health will lead the
# Comox Valley network".
_RUN_TOGETHER = lazy_compile(r"[ ](?:now[ ]|also[ ]|jointly[ ]|together[ ]|will[ ]|would[ ]|currently[ ])?"
                             r"(?:run|operate|manage|deliver|lead)[ ](?:the|its|their|these|this|all[ ]the|each)[ ]")
# A body hired to run a program: "the Department of Health has contracted Medavie Health Services New Brunswick to
# manage the program".
_CONTRACTED_TO = lazy_compile(r"\b(?:contracted|commissioned|appointed|hired|engaged|chose|selected|asked)[ ](?P<who>[^.;]{2,90}?)"
                              r"[ ]to[ ](?:run|manage|operate|deliver|lead|provide)[ ]")
_SIGNED = lazy_compile(r"[ ](?:have[ ]|has[ ]|had[ ]|jointly[ ])?(?:signed|agreed|concluded)[ ](?:an?|the|a[ ]new)[ ]"
                       r"(?:[\w\-]+[ ]){0,2}?(?:agreement|contract|memorandum|partnership|deal)\b")
# A program named with its body after "of": "the Hospital at Home program of the Mount Sinai Health System".
_OF_BODY = lazy_compile(r"[ ]of[ ](?:the[ ])?")
_AND_BODY = lazy_compile(r"[ ]and[ ](?:the[ ]|its[ ])?")
_RAN_WORDS = frozenset("run runs ran operate operates operated offer offers offered manage manages managed deliver "
                       "delivers delivered began begun started set launched rolled introduced created developed lead "
                       "leads led".split())
_OF_NAME = lazy_compile(r"[ ]of[ ](?:the[ ])?[A-Z]")


def _glued(text, a, b):
    """Whether text[a:b] only joins two items of a list of bodies (", ", " and the ", ", and its ")."""
    glue = _FOUNDING_GLUE.match(text, a, b + 1)
    return glue is not None and glue.end() == b


def rule_operator_clauses(ctx, start, end, subject):
    """The body that runs or began a program, in the constructions of :data:`_RELATIVE_BODY`,
    :data:`_RUN_TOGETHER`, :data:`_CONTRACTED_TO` and :data:`_OF_BODY` (a government that began it initiates it)."""
    if subject is None or not ctx.orgs:
        return
    text = ctx.text
    words = words_of(text, start, end)
    relative = not words.isdisjoint(("that", "which")) and not words.isdisjoint(_RAN_WORDS)
    together = not words.isdisjoint(("run", "operate", "manage", "deliver", "lead"))
    signed = not words.isdisjoint(("signed", "agreed", "concluded"))
    contracted = not words.isdisjoint(("contracted", "commissioned", "appointed", "hired", "engaged", "chose",
                                       "selected", "asked"))
    of_body = "of" in words and _OF_NAME.search(text, start, end) is not None
    if not (relative or together or signed or contracted or of_body):
        return                           # most sentences: none of the constructions' words
    named = programs_in(ctx, start, end)
    spans = sorted(((s_, e_, p) for p in named for s_, e_ in _mentions_of(ctx, p) if start <= s_ and e_ <= end),
                   key=lambda x: (x[0], x[1]))

    def body_at(at):
        org = _org_named_at(ctx, at)
        if org is None:
            return None, at
        return org, max(e_ for s_, e_ in _mentions_of(ctx, org) if s_ == at)

    def add(program, org, verb, rule):
        if label_key(program.name) == label_key(org.name) or any(label_key(a) == label_key(org.name)
                                                                  for a in program.aliases):
            return
        government = bool(_GOVERNMENT_HEAD.search(org.name)) or not org.name[:1].isupper() and \
            org.name.split()[-1] in ("government", "ministry", "department")
        predicate = ICKG + ("initiatedBy" if government and (verb in _STARTED or verb is None) or verb in _FOUNDED
                            else "operatedBy")
        ctx.add(_program_node(program), predicate, node(org.name, ORGANIZATION), start, end, rule, 0.55)

    # a program named, then "which/that the BODY ran"; or the program referred to ("the project that X ran")
    for m in (_RELATIVE_BODY.finditer(text, start, end) if relative else ()):
        org, e_org = body_at(m.end())
        if org is None:
            continue
        bodies = [org]
        second = _AND_BODY.match(text, e_org, end)       # "which the Trust and the Council launched in 2013"
        if second:
            org2, e_org2 = body_at(second.end())
            if org2 is not None:
                bodies, e_org = [org, org2], e_org2
        v = _RAN_VERB.match(text, e_org, end)
        if v is None:
            continue
        before = [(s_, e_, p) for s_, e_, p in spans if e_ <= m.start() and _RELATIVE_GAP.fullmatch(text, e_, m.start())]
        if before:
            program = before[-1][2]
        elif _PROGRAM_BEFORE.search(text, max(start, m.start() - 80), m.start()):
            program = subject            # "the project that the Commission ran"
        else:
            continue
        for org in bodies:
            add(program, org, v.group("v"), "body's relative clause")
    # "A and B run the care support points"
    m = _RUN_TOGETHER.search(text, start, end) if together else None
    if m is not None:
        after = [p for s_, e_, p in spans if s_ >= m.end()]
        target = after[0] if after else (subject if _MODEL_WORDS.search(text, m.end() - 4, end) or
                                         _program_by_head(ctx, text[m.end():m.end() + 40].split(" ")[0]) else None)
        lead = _OPERATOR_LEAD.match(text, start, m.start())
        a = lead.end() if lead else start
        actors = _actors_in(ctx, a, m.start())
        if target is not None and actors and re.fullmatch(r"(?:(?:the|all|most|local)[ ])?", text[a:actors[0][2]], re.I) \
                and text[actors[-1][2] + len(actors[-1][0]):m.start()].strip() == "":
            for label, _, at in actors:
                org = _org_named_at(ctx, at)
                if org is not None:
                    add(target, org, "run", "bodies run it")
                elif not _GOVERNMENT_HEAD.search(label):
                    ctx.add(_program_node(target), ICKG + "operatedBy", node(label, ORGANIZATION), start, end,
                            "bodies run it", 0.55)
    # "Eastbrook Council and the Valley Health Trust signed an agreement in 2014 to create the network": the parties
    m = _SIGNED.search(text, start, end) if signed else None
    if m is not None:
        lead = _OPERATOR_LEAD.match(text, start, m.start())
        a = lead.end() if lead else start
        actors = _actors_in(ctx, a, m.start())
        if len(actors) >= 2 and re.fullmatch(r"(?:the[ ])?", text[a:actors[0][2]], re.I) and \
                all(_glued(text, x[2] + len(x[0]), y[2]) for x, y in zip(actors, actors[1:])) and \
                text[actors[-1][2] + len(actors[-1][0]):m.start()].strip() == "":
            after = [p for s_, e_, p in spans if s_ >= m.end()]
            target = after[0] if after else subject
            for label, type_, _ in actors:
                if label_key(label) != label_key(target.name):
                    ctx.add(_program_node(target), ICKG + "hasPartner", node(label, type_), start, end,
                            "parties to an agreement", 0.55)
    # "contracted X to manage the program"
    m = _CONTRACTED_TO.search(text, start, end) if contracted else None
    if m is not None:
        lead = re.match(r"(?:the|a|an)[ ]", m.group("who"))
        org, e_org = body_at(m.start("who") + (lead.end() if lead else 0))
        if org is not None and e_org == m.end("who"):
            after = [p for s_, e_, p in spans if s_ >= m.end()]
            target = after[0] if after else (subject if _MODEL_WORDS.search(text, m.end() - 4, end) else None)
            if target is not None:
                ctx.add(_program_node(target), ICKG + "operatedBy", node(org.name, ORGANIZATION), start, end,
                        "body contracted to run it", 0.55)
    # "the Hospital at Home program of the Mount Sinai Health System"
    for s_, e_, p in (spans if of_body else ()):
        o = _OF_BODY.match(text, e_, end)
        if o is None:
            continue
        org, e_org = body_at(o.end())
        if org is not None and org.name[:1].isupper() and org.source not in ("publisher",):
            add(p, org, None, "program of a body")


# Bodies that join or sign up to a program, as the subject of the clause: "Since 2005 family physicians
# in Alberta have joined Primary Care Networks", "hospitals, physician groups and post-acute care
# providers agree to be accountable for ...".
# A practice that "has belonged to one of 64 clusters" or "has now joined one of about 1,250 networks" is one too.
_JOINS = lazy_compile(r"[ ](?:have[ ]|has[ ]|had[ ]|can[ ]|may[ ]|must[ ])?(?:now[ ]|also[ ]|all[ ]|already[ ])?"
                      r"(?:joined|join|joins|signed[ ]up|sign[ ]up|belonged[ ]to|belong[ ]to|belongs[ ]to|"
                      r"agree[ ]to|agreed[ ]to|take[ ]part|took[ ]part|participate|participated|enrolled[ ]in|"
                      r"opted[ ]in|volunteered)\b")


# One body of a kind that every one of joins ("every general practice", "each municipality"): the kind, plural.
_EVERY_BODY = lazy_compile(r"(?:[Aa]lmost[ ]|[Nn]early[ ])?(?:[Ee]very|[Ee]ach)[ ](?P<x>(?:[a-z\-]+[ ])?(?:practice|hospital|"
                           r"clinic|municipality|council|pharmacy|health[ ]centre|health[ ]center|trust|provider|agency|"
                           r"insurer|county|region))\b")


def rule_joiners(ctx, start, end, subject):
    """Partners that are the subject of a verb of joining (see :data:`_JOINS`)."""
    if subject is None or not words_of(ctx.text, start, end) & {"joined", "join", "joins", "signed", "sign", "agree",
                                                                "agreed", "part", "participate", "participated",
                                                                "enrolled", "opted", "volunteered", "belonged", "belong",
                                                                "belongs"}:
        return
    text = ctx.text
    m = _JOINS.search(text, start, end)
    if m is None:
        return
    a = start
    for brk in re.finditer(r"[;:][ ]|,[ ](?:and|but|while|whereas)[ ]|[ ](?:in[ ]which|where|when|after|once)[ ]",
                           text[start:m.start()]):
        a = start + brk.end()
    if re.search(r"\b(?:patients|people|members|veterans|residents|enrollees|we|they|who|which|that)\b",
                 text[a:m.start()], re.I):
        return                            # who joins as a patient, or a relative clause
    lead = _OPERATOR_LEAD.match(text, a, m.start())
    a = lead.end() if lead else a
    under = re.match(r"(?:Under|Within|Through|In)[ ][^,]{1,40},[ ]", text[a:m.start()])
    a = a + under.end() if under else a   # "Under BPCI, hospitals, physician groups ... agree to"
    actors = [x for x in _actors_in(ctx, a, m.start()) if not _GOVERNMENT_HEAD.search(x[0])]
    every = _EVERY_BODY.match(text, a, m.start()) if not actors else None
    if every is not None:                 # "every general practice in Wales has belonged to ...": general practices
        one = every.group("x")
        actors = [(one[:-1] + "ies" if one.endswith("y") else one + "s", ORGANIZATION, every.start("x"))]
    if not actors or not re.fullmatch(r"(?:(?:the|all|most|many|some|local|participating|(?:almost[ ]|nearly[ ])?(?:every|each))[ ])?",
                                      text[a:actors[0][2]], re.I):
        return                            # the clause opens with the bodies that join
    if not re.match(r"(?:[ ](?:in|up[ ]to|to))?[ ]?(?:the[ ]|a[ ]|an[ ]|one[ ]of[ ](?:(?:about|some|nearly|around|"
                    r"the|its)[ ])?(?:[\d,]+[ ])?|its[ ]|their[ ])?"
                    r"(?:[A-Z]|(?:[\w\-]+[ ]?(?:[\w\-]+[ ])?)?(?:programmes?|programs?|networks?|clusters?|schemes?|initiatives?|"
                    r"pilots?|models?|partnerships?)\b|be[ ](?:accountable|responsible|paid)\b)|[.;,]", text[m.end():end]):
        return                            # "join visits when needed": not the program
    after = programs_in(ctx, m.end(), end)
    target = after[0] if after else subject
    for label, type_, _ in actors:
        if label_key(label) != label_key(target.name):
            ctx.add(_program_node(target), ICKG + "hasPartner", node(label, type_), start, end, "joining subject", 0.55)


def _leading_name(ctx, who):
    """The organization or program whose name opens ``who`` when it is a clause ("CCO receives a
    global budget from the Oregon Health Authority and is responsible for": the CCOs), or None."""
    if " " not in who:
        return None
    for entity in (*ctx.orgs, *ctx.programs):
        for name in (entity.name, entity.label, *entity.aliases):
            if not name:
                continue
            forms = (name, name[:-1]) if re.fullmatch(r"[A-Z]{2,}s", name) else (name,)
            if any(who.startswith(f + " ") for f in forms):
                return entity
    return None


_COUNTED_PEOPLE = lazy_compile(r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|many|some)[ ]",
                               re.I)   # "six community health workers": staff counted, not a body


def rule_responsible(ctx, start, end):
    text = ctx.text
    sentence = text[start:end]
    words = words_of(text, start, end)
    for pattern, needed in zip(_RESPONSIBLE, _RESPONSIBLE_WORDS):
        if needed.isdisjoint(words):
            continue
        lo = start
        if pattern is _RESPONSIBLE[0] or pattern is _RESPONSIBLE[-1]:   # "X became responsible for": X is at
            at = sentence.find(" responsible for " if pattern is _RESPONSIBLE[0] else " responsibility for ")
            if at < 0:                                                   # most four words before
                continue
            lo = max(start, start + at - 60)
        for m in pattern.finditer(text, lo, end):
            who = re.sub(r"^(?:(?:In|Since|From|By)[ ](?:[A-Z][a-z]+[ ])?(?:19|20)\d\d,?[ ])?(?:\d+|the|The|Each|each)[ ]",
                         "", m.group("who").strip())   # "In 2012 the municipalities took over": the municipalities
            who = re.split(r"[ ]and[ ](?:is|are|was|were|has|have)\b", who)[0]
            who = re.sub(r"^(?:\d+[ ])", "", who)
            if re.search(r"[ ]and$", who):  # "Each CCO receives a budget from X and is responsible for": the CCO
                entity = _leading_name(ctx, re.sub(r"^(?:Each|Every|The|All)[ ]", "", sentence))
                if entity is None:
                    continue
            else:
                entity = next((o for o in ctx.orgs if o.name in who), None)
            who = entity.name if entity else who
            called = _program_by_head(ctx, who)
            if entity is None and called is not None:
                who = called.name         # "Each county is responsible for": the wellbeing services counties
            if entity is None and called is None and re.fullmatch(r"[a-z][a-z\-]*(?<!s)", who) and \
                    re.match(r"(?:Each|each|Every|every)[ ]", m.group("who").strip()):
                continue                  # "Each centre is responsible for": a body the text names no other way
            if re.match(r"(?:and|or|other|that|which|who)\b", who) or re.search(r"\b(?:that|which|who)$", who):
                continue                  # "... hospitals and other providers that is responsible for": no body named
            kind = body_or_role(who) if entity is None and called is None else None
            if entity is None and called is None and (kind is None or kind[1] == "role" and _COUNTED_PEOPLE.match(who)):
                continue                  # "these contracts the network", "six community health workers": no body
            whats = [m.group("what")]
            if "responsible for" in m.group() and not re.search(r"\bwhich[ ](?:are|is)[ ]responsible", m.group()):
                whats = [w for w in re.split(r",[ ](?:and[ ])?|[ ]and[ ](?![\w\-]+[ ]of[ ])", m.group("what")) if w]
            if "commission" in m.group():
                whats = [w for w in re.split(r",[ ]|[ ]and[ ](?=some|[a-z]+[ ]services)", m.group("what")) if w]
            if len(whats) >= 2 and re.fullmatch(r"[a-z]+(?:al|ary|ed|ic|ive)", whats[0]):
                head = re.match(r"[a-z\-]+[ ](?P<h>.+)$", whats[-1])    # "primary and specialised health care",
                if head:                                                  # "physical, behavioral and dental care"
                    whats = [f"{w} {head.group('h')}" if re.fullmatch(r"[a-z]+(?:al|ary|ed|ic|ive)", w) else w
                             for w in whats]
            for what in whats:
                what = re.sub(r"^(?:[\w\-]+[ ]){1,4}?[\w\-]+:[ ]", "", what)   # "two new benefits: Enhanced Care ..."
                what = tidy(re.split(r"[ ]for[ ]their[ ]|[ ]in[ ]the[ ]|[ ]and[ ]is[ ]|[ ]in[ ](?:its|their)[ ]"
                                     r"(?:area|region|territory)s?\b", what)[0])
                if "responsib" in m.group() and _NAMED_SERVICE.fullmatch(what) and not _GOVERNMENT_HEAD.search(who) \
                        and not any(label_key(what) == label_key(pl.place.name) for pl in ctx.places):
                    ctx.add(node(what, PROGRAM), ICKG + "operatedBy", node(who, ORGANIZATION), start, end,
                            "responsible for the program", 0.55)   # "Enhanced Care Management": a named service
                    continue                                        # no recogniser knew, not a sector
                if _names_program(ctx, what):
                    # "Wraparound Milwaukee is run by the Division": its operator, not a sector; "managed care plans
                    # have been responsible for two new benefits: Enhanced Care Management and ...": they run it
                    run = _program_named(ctx, what) if "responsib" in m.group() else None
                    if run is not None and _words(who) <= 8 and not _GOVERNMENT_HEAD.search(who) and \
                            label_key(who) != label_key(run.name):
                        ctx.add(_program_node(run), ICKG + "operatedBy", node(who, ORGANIZATION), start, end,
                                "responsible for the program", 0.55)
                    continue
                if 1 <= _words(what) <= 8 and _words(who) <= 8:
                    ctx.add(node(who, ORGANIZATION), ICKG + "responsibleFor", node(what, SECTOR), start, end,
                            "responsible for", 0.6)


_PROGRAM_REFERENCE = lazy_compile(r"(?:(?:the|this|its|our)[ ](?:[a-z\-]+[ ]){0,2}?)?(?:network|programme|program|model|pilot|"
                                  r"scheme|initiative|project|partnership)s?", re.I)


_NAMED_SERVICE = lazy_compile(r"[A-Z][\w\-]+(?:[ ][A-Z][\w\-]+)+")


def _program_named(ctx, what):
    """The program the document names as ``what`` (by its name or an alias), or None."""
    key = label_key(re.sub(r"^(?:the|The)[ ]", "", what))
    return next((p for p in ctx.programs if key in {label_key(x) for x in (p.name, p.label, *p.aliases) if x}), None)


def _names_program(ctx, what):
    """Whether ``what`` is a program the document names, or a reference to one ("the network")."""
    key = label_key(re.sub(r"^(?:the|The)[ ]", "", what))
    return bool(_PROGRAM_REFERENCE.fullmatch(what) or any(
        key in {label_key(x) for x in (p.name, p.label, *p.aliases) if x} for p in ctx.programs))


# The words each of _RESPONSIBLE needs (one at least): a sentence without any is not searched.
_RESPONSIBLE_WORDS = [frozenset(w.split()) for w in (
    "responsible", "run runs manage manages operate operates own owns", "responsible", "responsibility", "run",
    "provide", "commission", "responsibility")]


# A form's labelled line that names who plays a role in the document's program: a project fiche's
# "Implementing agency: ...", a budget summary's "Sponsoring agency: Ministry of Health", a waiver
# summary's "Administering agency: New York State Department of Health (DOH)", a country profile's "Main
# purchaser and provider: ...". The label says the role; the value is one body (or, for partners and
# funders, a list). Read anywhere in the document, a line at a time.
_ROLE_FIELD = lazy_compile(
    r"(?m)^[ \t]*(?:[-•*][ \t]*)?(?P<label>(?:[Ll]ead|[Ii]mplementing|[Ee]xecuting|[Aa]dministering|[Mm]anaging|"
    r"[Oo]perating|[Ss]ponsoring|[Ff]unding|[Ii]nitiating|[Rr]esponsible)[ ](?:agency|agencies|"
    r"organi[sz]ations?|body|bodies|partners?|entity|ministry|department|institutions?|authority)|"
    r"(?:[Mm]ain[ ])?(?:[Pp]urchaser[ ]and[ ])?[Pp]rovider|[Oo]perators?|[Ii]mplementers?|[Ss]ponsors?|"
    r"[Ff]unders?|[Dd]onors?|[Pp]artners?|(?:[Rr]un|[Mm]anaged|[Aa]dministered|[Dd]elivered|[Ll]ed|[Oo]perated|"
    r"[Ff]unded|[Ff]inanced|[Ii]nitiated|[Ll]aunched)[ ]by)[ \t]*:[ \t]*(?P<value>[^\n]{2,200})$")
_FIELD_OPERATOR = ("lead ", "implementing", "executing", "administering", "managing", "operating", "responsible",
                   "provider", "main ", "purchaser", "operator", "implementer", "run by", "managed by",
                   "administered by", "delivered by", "led by", "operated by")
_FIELD_INITIATOR = ("sponsoring", "initiating", "initiated by", "launched by")
_FIELD_VALUE_NAME = lazy_compile(r"(?:[Tt]he[ ])?(?P<n>[A-ZÀ-Þ][\w&'’\-]*(?:[ ](?:[A-ZÀ-Þ][\w&'’\-]*|of|for|and|on|de|del|"
                                 r"la|du|des|the|&))*)(?:[ ]\([A-Za-z][\w&\-]{1,12}\))?[ \t.]*$")


def _field_role(label):
    """The predicate a role field's label names: operator, initiator or partner (funders and donors
    are partners, as :data:`_ACTOR_RULES` reads "funded by")."""
    label = label.lower()
    if label.startswith(_FIELD_INITIATOR) or label in ("sponsor", "sponsors"):
        return ICKG + "initiatedBy"
    if label.startswith(_FIELD_OPERATOR):
        return ICKG + "operatedBy"
    return ICKG + "hasPartner"


def rule_role_fields(ctx):
    """Who runs, began or joins the document's program, by a labelled line (see :data:`_ROLE_FIELD`).
    A trial registry's "Sponsor:" sponsors the study, not the program: a document that is a study's
    record (its own study found) leaves it alone."""
    text = ctx.text
    if ctx.focal is None or ":" not in text:
        return
    for m in _ROLE_FIELD.finditer(text):
        predicate = _field_role(m.group("label"))
        vs, ve = m.span("value")
        if predicate == ICKG + "initiatedBy" and m.group("label").lower().startswith("sponsor") and any(
                s.predicate == ICKG + "evaluates" for s in ctx.out):
            continue
        actors = _actors_in(ctx, vs, ve)
        if predicate == ICKG + "hasPartner":
            actors = [a for a in actors if not (m.group("label").lower().startswith(("fund", "donor")) and
                                                _PUBLIC_FUNDER.search(a[0]))]
        else:
            actors = actors[:1]
            if actors and actors[0][2] > vs + 4:
                actors = []               # "Provider: the teams of 12 municipalities": not a body named first
        if not actors:
            named = _FIELD_VALUE_NAME.fullmatch(text, vs, ve)
            if named is None or _words(named.group("n")) < 2 or ctx.places_in(named.start("n"), named.end("n")) and \
                    named.group("n") in {p.place.name for p in ctx.places}:
                continue
            actors = [(named.group("n"), ORGANIZATION, named.start("n"))]
        for label, type_, _ in actors:
            if label_key(label) in {label_key(x) for x in (ctx.focal.name, *ctx.focal.aliases)}:
                continue
            ctx.add(_program_node(ctx.focal), predicate, node(label, type_), m.start(), m.end(), "role field", 0.6)


# A unit named with the body it belongs to: "the Innovation Committee at the Federal Joint Committee", "the
# Department of Mental Health of the local health authority", "the Policy Research Unit within the Ministry".
# The first is a part of the second (org:subOrganizationOf) when its name's head is a unit's word and both are
# organizations the document names, side by side.
_UNIT_HEAD = lazy_compile(r"\b(?:Committee|Subcommittee|Sub-committee|Office|Unit|Department|Division|Directorate|"
                          r"Centre|Center|Institute|School|Faculty|Secretariat|Programme[ ]Office|Program[ ]Office|"
                          r"Bureau|Service|Research[ ]Network|Board|Agency|Branch|Section|Laboratory|Clinic|"
                          r"[Dd]epartment|[Uu]nit|[Oo]ffice|[Dd]ivision)\b")
_PART_OF_GAP = lazy_compile(r"[ ](?:at|of|within|in|under)[ ](?:the[ ])?")
# "Department of Health": a subject, not a body; "the Department of Health of the Government of Catalonia": the
# government speaking through its department, not a unit apart
_NOT_PARENT = lazy_compile(r"^(?:Health|Medicine|Nursing|Public[ ]Health)$|^(?:The[ ])?Government\b|\bGovernment$")
# A body bought by or owned by another: "WellPoint, now Anthem, acquired CareMore in 2011" (the second is the part),
# "CareMore was acquired by WellPoint", "the Montefiore Care Management Organization, a subsidiary of Montefiore".
_ACQUIRED = lazy_compile(r"(?:,[ ][^,.;]{1,40},)?[ ](?:has[ ]|had[ ])?(?:acquired|bought|took[ ]over)[ ](?:the[ ])?")
_ACQUIRED_BY = lazy_compile(r"(?:,[ ][^,.;]{1,40},)?[ ](?:was|were|has[ ]been|had[ ]been)[ ](?:acquired|bought|"
                            r"taken[ ]over)(?:[ ]in[ ](?:19|20)\d\d)?[ ]by[ ](?:the[ ])?|"
                            r",[ ](?:a|the|now[ ]a|now[ ]the)[ ](?:[\w\-]+[ ]){0,2}?subsidiary[ ]of[ ](?:the[ ])?")


def rule_sub_organizations(ctx):
    """Units of a body named with it (see :data:`_UNIT_HEAD`): one statement per pair, quoted by the
    words that join them."""
    text = ctx.text
    spans = sorted(_org_spans(ctx))
    if len(spans) < 2:
        return
    starts = {}
    for org in ctx.orgs:
        for s_, e_ in _mentions_of(ctx, org):
            starts.setdefault(s_, (org, e_))
    for s1, e1 in spans:
        unit = _org_named_at(ctx, s1)
        for pattern, owner_first in ((_ACQUIRED, True), (_ACQUIRED_BY, False)):
            joined = pattern.match(text, e1)
            if unit is None or joined is None or joined.end() not in starts:
                continue
            other, e2 = starts[joined.end()]
            if other is unit or label_key(other.name) == label_key(unit.name):
                continue
            part, whole = (other, unit) if owner_first else (unit, other)
            ctx.add(node(part.name, ORGANIZATION), ORG_NS + "subOrganizationOf", node(whole.name, ORGANIZATION),
                    s1, e2, "bought or owned body", 0.6)
        gap = _PART_OF_GAP.match(text, e1)
        if gap is None or gap.end() not in starts:
            continue
        parent, e2 = starts[gap.end()]
        if unit is None or parent is unit or not _UNIT_HEAD.search(text, s1, e1) or _NOT_PARENT.match(parent.name):
            continue
        if label_key(parent.name) == label_key(unit.name) or ctx.places_in(gap.end(), e2):
            continue                      # "Department of Health of Ireland": a place, not a body
        ctx.add(node(unit.name, ORGANIZATION), ORG_NS + "subOrganizationOf", node(parent.name, ORGANIZATION),
                s1, e2, "unit of a body", 0.6)

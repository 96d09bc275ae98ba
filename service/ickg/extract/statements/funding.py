"""How a program is paid for: the funding model a sentence gives it (pooled budgets, capitation, a grant
from a named payer).
"""

import re

from ickg.extract.regex import lazy_compile
from ickg.extract.statements.context import _program_node
from ickg.extract.statements.phrases import _words, label_forms, tidy
from ickg.extract.statements.statement import FUNDING, FUNDING_CLASSES, ICKG, node


CAPITATION = ICKG + "Capitation"
from ickg.extract.statements.subjects import _about_program


# How a program is paid for, as the text says it: "will be funded from the trust's winter pressures allocation".
_FUNDED_FROM = lazy_compile(r"(?:\b(?:is|are|was|were|will[ ]be|to[ ]be|being)[ ](?:\w+ly[ ])?|(?<=,[ ])|(?<=\()|(?<=—))"
                            r"(?P<f>funded|financed|paid[ ]for)"
                            r"(?P<how>[ ](?:mainly|mostly|largely|partly|wholly|entirely|jointly|directly))?"
                            r"(?:[ ](?:for|in|during|over)[ ](?:[\w\-]+[ ]){1,3}?)?[ ]"
                            r"(?P<by>from|through|out[ ]of|by)[ ](?:the[ ](?:[\w\-]+['’]s[ ])?|its[ ]|their[ ]|a[ ]|an[ ])?"
                            r"(?P<x>[^,.;()]+)")


_RECEIVES_BUDGET = lazy_compile(r"\breceives?[ ](?:an?[ ]|its[ ]|their[ ])?(?P<x>(?:[\w\-]+[ ]){0,3}?(?:budget|grant|"
                                r"allocation|payment|fee)(?:[ ]from[ ](?:the[ ])?[^,.;()]+?)?)(?=[ ]to[ ]|[,.;]|$)")
# (The providers paid may be named without a determiner: "CMS pays practices a monthly care management fee".)
# Money a payer gives the program or its providers, or that they receive: "the health insurance fund pays each
# CPTS an annual sum for the missions it takes on", "The state pays the partnership a fixed amount per member
# per month", "funds receive a flat administrative fee per enrolled person", "General practices received
# additional payments for longer consultations".
_MONEY_HEAD = r"(?:sums?|amounts?|fees?|budgets?|grants?|tariffs?|rates?|subsid(?:y|ies)|bonus(?:es)?|payments?|allocations?|" \
              r"(?<=incentive[ ])funds|(?<=additional[ ])funds|(?<=extra[ ])funds)"
_PAYS_MONEY = lazy_compile(r"\b(?:pays|pay|paid|received|receives?|gets?|(?:is|are|were|was)[ ]paid)[ ]"
                           r"(?:(?:(?:each|every|the|its|their|a|an)[ ](?:[\w\-]+[ ]){0,2}?|(?:[a-z\-]+[ ]){0,2}?"
                           r"(?:practices|providers|teams|clinics|hospitals|GPs|networks|physicians|doctors)[ ])"
                           r"(?=an?[ ]|the[ ]|extra[ ]|additional[ ]))?"
                           rf"(?:an?[ ]|the[ ])?(?P<x>(?:[\w\-]+[ ]){{0,3}}?{_MONEY_HEAD}"
                           r"(?:[ ](?:per|for|from|of|on)[ ][^,.;()]+?)?)(?=[ ](?:to|that|which|when|while|if|on[ ]top|"
                           r"rather|instead|in[ ]return|and[ ](?:an?|the)[ ](?:[\w\-]+[ ]){0,3}?" + _MONEY_HEAD + r")\b|[,.;:]|$)")
_MONEY_HEAD_AT = lazy_compile(_MONEY_HEAD)
# The next payment of a list after the first: "pays the practice an enrolment payment and a quarterly care
# coordination payment".
_AND_MONEY = lazy_compile(rf"[ ]and[ ](?:an?[ ]|the[ ])(?P<x>(?:[\w\-]+[ ]){{0,3}}?{_MONEY_HEAD}"
                          r"(?:[ ](?:per|for|from|of|on)[ ][^,.;()]+?)?)(?=[ ](?:to|that|which|when|while|if)\b|[,.;:]|$)")
_PAYERS = lazy_compile(r"(?:^|[ ])(?:[A-Z][\w\-]*|insurers?|funds?|state|government|payers?|commissioners?|"
                       r"councils?|municipalit(?:y|ies)|boards?|ministry|agency|programme|program|scheme)(?:[ ]\([A-Z]+\))?[ ]$")
_PAID_BODIES = lazy_compile(r"\b(?:practices?|providers?|funds|teams?|doctors?|physicians?|clinics?|hospitals?|GPs?|nurses|"
                            r"pharmacists|networks?|partnerships?|families|members|carers)\b")
# A payment by the head, said in words rather than by "capitation": "a fixed monthly fee for each patient", "a
# monthly fee per enrolled patient", "a fixed amount per enrolled beneficiary", "a set amount for each member".
_PER_HEAD = lazy_compile(r"\b(?:per|for[ ]each|for[ ]every)[ ](?:enrolled[ ]|registered[ ]|insured[ ]|attributed[ ])?"
                         r"(?:patients?|members?|persons?|people|beneficiar(?:y|ies)|residents?|enrollees?|head|"
                         r"veterans?|children|child|citizens?|users?|clients?)\b|\bper[ -]capita\b|\bcapitat")

# Funders who put their money together, said with the verb: "the partnership pools commissioning budgets", "the
# council and the health board pooled their budgets for older people", "agreed to pool funds".
_POOLS = lazy_compile(r"\bpool(?:s|ed|ing)?[ ](?:(?:their|its|the|some|part[ ]of[ ]their)[ ])?(?:[\w\-]+[ ]){0,2}?"
                      r"(?:budgets?|funds|funding|money|resources)\b")
POOLED = ICKG + "PooledBudget"

# Money a program began or runs with, named with its giver or its sum: "established in 2006 with funding from the
# Australian Government", "with $110 million from the Government of Canada", "was started with a Health Care
# Innovation Award from the Center for Medicare and Medicaid Innovation", "will invest $120 million over six years
# in the strategy", "Funding of £173 million over three years to train new therapists", "supported by about 1.8
# billion dollars over five years from a Delivery System Reform Incentive Payment program". Not money saved or spent.
_WITH_FUNDS = lazy_compile(r"\bwith[ ](?P<x>(?:(?:(?:new|additional|initial|federal|national|state|public)[ ])?funding|"
                           r"an?[ ](?:[A-Z][\w\-]*[ ]){1,6}(?:Award|Grant|Fund)|an?[ ](?:[\w\-]+[ ]){0,2}grant)"
                           r"(?:[ ]from[ ](?:the[ ])?[A-Z][^,.;()]{2,80}?)?)(?=[,.;()]|$|[ ](?:and|to|in|for|which)[ ])")
_SUM = (r"(?:(?:about|around|some|up[ ]to|nearly|almost|more[ ]than)[ ])?(?:[$£€][ ]?[\d.,]+[ ]?(?:million|billion|bn|m)\b|"
        r"[\d.,]+[ ](?:million|billion)[ ](?:dollars|euros|pounds|francs|kronor|rupees|pesos|yen))")
_SUM_GIVEN = lazy_compile(rf"(?P<x>{_SUM}(?:[ ](?:a|per|each)[ ]year)?(?:[ ]over[ ](?:the[ ](?:next[ ])?)?(?:[\w\-]+[ ]){{1,2}}?years?)?"
                          r"(?:[ ]from[ ](?:the[ ]|an?[ ])?[^,.;()]{3,80}?(?=[,.;()]|$|[ ](?:and|to|in|for)[ ]))?)")
_SUM_KIND = lazy_compile(r"[ ](?:of|in)[ ](?P<kind>(?:[\w\-]+[ ]){0,3}?(?:funding|funds|agreements?|grants?|awards?|"
                        r"contracts?|payments?|investment))\b")
_SUM_GIVEN_VERBS = lazy_compile(r"\b(?:invest(?:s|ed|ing|ment)?|fund(?:s|ed|ing)?|award(?:s|ed)?|allocat(?:es?|ed|ing|ion)|"
                                r"grants?|granted|supported[ ]by|provid(?:es?|ed|ing)|commit(?:s|ted)|budget(?:ed)?)\b")
_SUM_NOT_GIVEN = lazy_compile(r"\b(?:sav(?:e|es|ed|ing|ings)|costs?|spent|spend(?:s|ing)?|loss(?:es)?|lost|deficits?|"
                              r"overspen\w*|cuts?)\b")


def _money_given(ctx, start, end, subject):
    """Funding of :data:`_WITH_FUNDS` and :data:`_SUM_GIVEN` as the program's funding model."""
    text = ctx.text
    sentence = text[start:end]
    if "with " in sentence and ("funding" in sentence or "rant" in sentence or "Award" in sentence or "Fund" in sentence):
        for m in _WITH_FUNDS.finditer(text, start, end):
            ctx.add(_program_node(subject), ICKG + "hasFundingModel", node(tidy(m.group("x")), FUNDING), start, end,
                    "funds named", 0.5)
    if _SUM_NOT_GIVEN.search(sentence) or not _SUM_GIVEN_VERBS.search(sentence):
        return
    for m in _SUM_GIVEN.finditer(text, start, end):
        if re.match(r"[ ]?(?:in[ ])?(?:savings|saved|less|lower|more|of[ ]savings)\b", text[m.end():m.end() + 12]):
            continue
        given = node(tidy(m.group("x")), FUNDING)
        kind = _SUM_KIND.match(text, m.end(), end)
        if kind:                         # "$157 million in cooperative agreements": also by the kind of money
            given["aliases"] = [tidy(kind.group("kind")), tidy(m.group("x") + kind.group())]
        ctx.add(_program_node(subject), ICKG + "hasFundingModel", given, start, end, "sum given", 0.5)


def rule_funded(ctx, start, end, subject, role):
    if subject is None or role in ("recommendation", "barrier"):
        return
    sentence = ctx.text[start:end]
    if "receive" in sentence:
        for m in _RECEIVES_BUDGET.finditer(ctx.text, start, end):
            if any(x.iri in FUNDING_CLASSES for x in ctx.mentions_in(m.start("x"), m.end("x"))):
                continue                 # "a monthly capitation payment": the funding concept says it
            if _about_program(ctx, start, m.start()):   # "Clusters receive a small annual budget from the health board"
                ctx.add(_program_node(subject), ICKG + "hasFundingModel", node(tidy(m.group("x")), FUNDING), start, end,
                        "funded from", 0.5)
    if "illion" in sentence or "with " in sentence and ("fund" in sentence or "rant" in sentence or "Award" in sentence
                                                       or "Fund" in sentence):
        _money_given(ctx, start, end, subject)
    if "pool" in sentence:
        for m in _POOLS.finditer(ctx.text, start, end):
            if any(x.iri in FUNDING_CLASSES for x in ctx.mentions_in(m.start(), m.end())):
                continue                 # "pooled budgets": the funding concept says it
            ctx.add(_program_node(subject), ICKG + "hasFundingModel", node(m.group(), POOLED), start, end, "pooled", 0.5)
    if ("pa" in sentence or "receive" in sentence or "get" in sentence) and _MONEY_HEAD_AT.search(sentence):
        for m in _PAYS_MONEY.finditer(ctx.text, start, end):
            clause = ctx.text[max(start, ctx.text.rfind(", ", start, m.start()) + 2):m.start()]
            if re.fullmatch(r"(?:which|who)[ ]", clause):     # "their physician organizations, which receive ...": theirs
                clause = ctx.text[max(start, ctx.text.rfind(", ", start, m.start() - len(clause) - 2) + 2):m.start()]
            if not (_about_program(ctx, start, m.start()) or _PAID_BODIES.search(clause.lower()) or
                    _PAYERS.search(" " + clause)):
                continue
            paid = m.group().startswith(("is paid", "are paid", "were paid", "was paid"))   # "are paid higher fees"
            more = _AND_MONEY.match(ctx.text, m.end("x"), end)
            for a, b in [(m.start("x"), m.end("x"))] + ([(more.start("x"), more.end("x"))] if more else []):
                label = tidy(ctx.text[a:b])
                if not (2 <= _words(label) <= 12) or re.match(r"(?:more|less|no|any|some|most|all|higher|lower)\b", label) \
                        and not (paid and re.match(r"higher[ ]\w+", label)) \
                        or any(x.iri in FUNDING_CLASSES for x in ctx.mentions_in(a, b)):
                    continue
                paid_node = node(label, CAPITATION if _PER_HEAD.search(label) else FUNDING)
                forms = label_forms(label, ctx.text, start, end)
                if forms:                # as ctx.add gives a label of the generic class its forms
                    paid_node["aliases"] = forms
                ctx.add(_program_node(subject), ICKG + "hasFundingModel", paid_node, start, end, "money paid", 0.5)
    if "funded" not in sentence and "financed" not in sentence and "paid for" not in sentence:
        return
    for m in _FUNDED_FROM.finditer(ctx.text, start, end):
        label = tidy(re.split(r"[ ](?:and|to|which|that|so|until|for[ ]\d|in[ ](?:19|20)\d\d)\b", m.group("x"))[0])
        if m.group("by") == "by":        # "funded by the federal Innovation Fund": who pays, said as such
            if not label[:1].isupper() and not re.match(r"(?:federal|national|state|regional|local)[ ][A-Z]|"
                                                          r"(?:central|federal|national|state)[ ]government\b", label):
                continue
            label = f"{m.group('f')}{m.group('how') or ''} by {ctx.text[m.start('by') + 3:m.start('x')]}{label}"
        if 1 <= _words(label) <= 8:
            klass = next((x.iri for x in ctx.mentions_in(m.start("x"), m.end("x")) if x.iri in FUNDING_CLASSES), FUNDING)
            ctx.add(_program_node(subject), ICKG + "hasFundingModel", node(label, klass), start, end, "funded from", 0.5)

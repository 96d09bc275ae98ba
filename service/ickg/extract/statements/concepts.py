"""The integration concepts a sentence says a program has: mechanisms, funding models and the type,
level and degree of integration the typologies name, from the concept mentions of the lexicon.
"""

import re

from ickg.extract.regex import lazy_compile
from ickg.extract.statements.context import _program_node
from ickg.extract.statements.hedges import hedge_of
from ickg.extract.statements.patterns import _CLOSED_TO_PARTS, _NEGATED_FUNDING
from ickg.extract.statements.phrases import _WEAK, _with_modifiers, claim_clause, label_forms
from ickg.extract.statements.statement import FUNDING_CLASSES, ICKG, MECHANISM, MECHANISM_CLASSES, SCHEME, node


_NOT_PRACTISED = lazy_compile(r"[ ](?:alone\b|(?:\w+[ ]){0,2}?(?:has|have|had|did|does|do|is|are|was|were|could|can)[ ]not\b|"
                              r"(?:\w+[ ]){0,2}?never\b)")


def rule_concepts(ctx, start, end, subject, role):
    """Components (mechanisms), funding models, integration types, breadths, levels and degrees
    named in a sentence about ``subject``."""
    text = ctx.text
    if subject is None:
        return
    for m in ctx.mentions_in(start, end):
        iri = m.iri
        klass = iri if iri.startswith(ICKG) else (m.target.fallback if m.target and m.target.fallback else None)
        if iri == SCHEME + "who-ipchs/care-pathways":
            klass = MECHANISM
        if klass is None:
            klass = ""
        # The label with its modifiers ("shared electronic record") only where a branch below quotes it:
        # most mentions are of other classes, and the search for modifiers is the costly step here.
        if klass in FUNDING_CLASSES:
            if role in ("barrier", "outcome", "recommendation", "title") or \
                    _NEGATED_FUNDING.search(text, max(start, m.start - 40), m.start):
                continue
            if re.match(r"[ ](?:[\w\-]+[ ])?(?:beneficiaries|enrollees|patients|members|population|sector|providers)\b",
                        text[m.end:m.end + 30]):
                continue                 # "Medicare fee-for-service beneficiaries": who, not how paid
            s, e = _with_modifiers(text, m.start, m.end, start)
            ctx.add(_program_node(subject), ICKG + "hasFundingModel", _funding_node(text, s, e, m, klass, iri, start, end),
                    start, end, "funding model", 0.7)
        elif klass in MECHANISM_CLASSES or iri == ICKG + "Enabler":
            if role in _CLOSED_TO_PARTS or iri == ICKG + "Enabler":
                continue                 # "Key enablers were ...": the category word, not a part of the program
            s, e = _with_modifiers(text, m.start, m.end, start)
            if _APPRAISED_AFTER.match(text, e, end) or _APPRAISED_BEFORE.search(text, max(start, m.start - 40), m.start):
                continue                 # "case management is now part of everyday care", "value the shared record"
            ctx.add(_program_node(subject), ICKG + "hasComponent", node(text[s:e], klass, iri), start, end,
                    "component", 0.6)
        elif klass == ICKG + "IntegrationType" and role not in ("recommendation",) and \
                not _NOT_PRACTISED.match(text[m.end:m.end + 40]):
            ctx.add(_program_node(subject), ICKG + "practisesIntegrationType", node(m.text, klass, iri), start, end,
                    "integration type", 0.6, hedge_of(text, start, end))
        elif klass == ICKG + "IntegrationBreadth" and role not in ("recommendation",):
            cs, ce = claim_clause(text, start, end, m.start)   # the clause that says it, and says it is so
            if _WEAK.search(text, cs, ce):
                continue
            ctx.add(_program_node(subject), ICKG + "hasBreadth", node(m.text, klass, iri), cs, ce,
                    "integration breadth", 0.6, hedge_of(text, cs, ce))
        elif iri.startswith(SCHEME + "level/") and role not in ("recommendation",):
            ctx.add(_program_node(subject), ICKG + "atLevel", node(m.text, ICKG + "IntegrationLevel", iri), start, end,
                    "integration level", 0.6, hedge_of(text, start, end))
        elif iri.startswith(SCHEME + "leutz/") and role not in ("recommendation",):
            if re.search(r"\brather[ ]than[ ]$", text[max(start, m.start - 13):m.start]):
                continue
            ctx.add(_program_node(subject), ICKG + "hasIntegrationDegree",
                    node(m.text, ICKG + "IntegrationDegree", iri), start, end, "integration degree", 0.7)


def _funding_node(text, s, e, mention, klass, iri, start, end):
    """The funding model ``text[s:e]`` names, known also by its class's own label when the text says it in
    other words ("keep a share of the savings": shared savings), as a reader records it."""
    label = text[s:e]
    out = node(label, klass, iri)
    forms = label_forms(label, text, start, end)
    if mention.pref_label and mention.pref_label.lower() not in label.lower():
        forms.append(mention.pref_label)
    if forms:
        out["aliases"] = forms
    return out


# A mechanism the sentence says something of rather than gives the program: the subject of a fate
# ("shared records stopped at its boundary",
# "case management is now part of everyday primary care"), or the object of a verb of judging or spreading.
_APPRAISED_AFTER = lazy_compile(r"[ ](?:(?:is|are|was|were)[ ](?:now[ ]|already[ ])?(?:part|common|routine|standard|rare)\b|"
                                r"(?:stopped|reduced|improved|lowered|cut|failed|helped)\b)")
_APPRAISED_BEFORE = lazy_compile(r"\b(?:value|values|valued|praise|praised|praises|spread|review|reviewed|reviews)[ ]"
                                 r"(?:(?:the|their|its)[ ])?(?:[\w\-]+[ ](?:and[ ])?(?:the[ ])?){0,2}$")

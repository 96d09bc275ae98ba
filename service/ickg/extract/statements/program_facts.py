"""Facts of the program itself beside its period: the law that established it, a fact sheet's
labelled lines, and how many programs a plural name counts.
"""

import re

from ickg.extract.actors import LEGISLATION, ORGANIZATION
from ickg.extract.regex import lazy_compile
from ickg.extract.statements.context import _mentions_of, _org_named_at, _program_node
from ickg.extract.statements.cues import _spans_in
from ickg.extract.statements.patterns import _YEAR
from ickg.extract.statements.phrases import _words, tidy
from ickg.extract.statements.program_names import _COUNT, _FIELD, count_value
from ickg.extract.statements.statement import ICKG, XSD, literal, node, place_node
from ickg.extract.statements.subjects import programs_in


_ESTABLISHED_BY = lazy_compile(r"\b(?:introduced|created|established|set[ ]up|founded|enacted|mandated|launched)[ ]"
                               r"(?:(?:on|in|as)[ ](?:[\w\-]+[ ]){1,3}?)?(?:under|by|through)[ ](?:the[ ])?(?P<law>[^,.;]*?\b(?:Act|Law|Decree|Ordinance|"
                               r"(?:Senate|House|Assembly)[ ]Bill[ ]\d+|Bill)\b(?:,?[ ](?:of[ ])?"
                               r"(?:19|20)\d\d)?)")
_LAW_CREATED = lazy_compile(r"(?P<law>\bLaw[ ](?:No\.?[ ])?\d+(?:[./]\d+)*|\b(?:Section[ ]\d+[ ]of[ ]the[ ])?(?:[A-Z][\w'’\-]*[ ]){1,6}(?:Act|Law)\b"
                            r"(?:,?[ ](?:of[ ])?(?:19|20)\d\d)?),?[ ](?:which[ ](?:also[ ])?)?"
                            r"(?:created|established|allowed[ ](?:\w+[ ]){1,2}to[ ](?:create|set[ ]up|establish)|"
                            r"set[ ]up|introduced)[ ](?P<what>[^,.;]+)")


# A law that obliges the program's bodies to act, or that a reform rests on: "The Public Bodies (Joint Working)
# (Scotland) Act 2014 requires Scotland's 14 territorial health boards ... to integrate", "The Medicare
# Improvements for Patients and Providers Act of 2008 requires every D-SNP to have a contract ...".
_LAW_NAME = (r"(?:[A-Z][\w'’\-]*|\([A-Z][\w'’\- ]*\))(?:[ ](?:[A-Z][\w'’\-]*|\([A-Z][\w'’\- ]*\)|and|of|for|on|the)){0,9}"
             r"[ ](?:Act|Law|Bill)(?:,?[ ](?:of[ ])?(?:19|20)\d\d)?")
_LAW_REQUIRES = lazy_compile(rf"(?P<law>{_LAW_NAME})(?:,[ ][^,]{{1,60}},)?[ ](?:requires|required|obliges|obliged|"
                             rf"mandates|mandated)[ ]")
_RESTS_ON_LAW = lazy_compile(rf"\b(?:rests|rested|is[ ]based|was[ ]based|builds|built)[ ]on[ ](?:the[ ])?"
                             rf"(?P<law>Act[ ]on[ ](?:[A-Z][\w'’\-]*[ ]?){{1,5}}|{_LAW_NAME})")


def rule_legislation(ctx, start, end, subject):
    """A program or body established by a law the sentence names: "introduced under the Connecting
    Care Act, 2019", "the Act, which also created Ontario Health", "Section 2703 of the Affordable
    Care Act allowed states to create Medicaid health homes", "created by the Affordable Care Act"."""
    text = ctx.text
    sentence = text[start:end]
    if "Act" not in sentence and "Law" not in sentence and "Decree" not in sentence and "Bill" not in sentence \
            and "Ordinance" not in sentence:
        return
    for m in _ESTABLISHED_BY.finditer(text, start, end):
        target = subject
        named = [p for p in programs_in(ctx, start, end)
                 if any(start <= s < m.start() for s, _ in _mentions_of(ctx, p))]
        if named:
            target = named[-1]
        law = tidy(m.group("law"))
        body = next((o for o in ctx.orgs for s_, e_ in _mentions_of(ctx, o)
                     if start <= s_ and text[e_:m.start()] == ", "), None)
        if body is not None and not any(text[e_:m.start()] == ", " for p in named for _, e_ in _mentions_of(ctx, p)):
            # "The National Health Security Office, set up under the National Health Security Act": the body's law
            ctx.add(node(body.name, ORGANIZATION), ICKG + "establishedBy", node(law, LEGISLATION), start, end,
                    "established by law", 0.7)
            continue
        if target is None:
            continue
        ctx.add(_program_node(target), ICKG + "establishedBy", node(law, LEGISLATION), start, end,
                "established by law", 0.7)
    for m in [*_LAW_REQUIRES.finditer(text, start, end), *_RESTS_ON_LAW.finditer(text, start, end)]:
        law = tidy(re.sub(r"^(?:The|the)[ ]", "", m.group("law")))
        after = [p for p in programs_in(ctx, start, end) if any(m.end() <= s_ < end for s_, _ in _mentions_of(ctx, p))]
        target = after[0] if after else subject
        if target is not None and _words(law) >= 2:
            ctx.add(_program_node(target), ICKG + "establishedBy", node(law, LEGISLATION), start, end,
                    "law requires", 0.6)
    for m in _LAW_CREATED.finditer(text, start, end):
        what = m.group("what")
        law = tidy(re.sub(r"^(?:The|the)[ ]", "", m.group("law")))
        for entity in [*ctx.programs, *ctx.orgs]:
            if any(m.start("what") <= s < m.end("what") for s, _ in _mentions_of(ctx, entity)):
                kind = _program_node(entity) if entity.kind == "program" else node(entity.name, ORGANIZATION)
                ctx.add(kind, ICKG + "establishedBy", node(law, LEGISLATION), start, end, "law created", 0.7)
                break
        else:
            if re.search(r"\bcreate\b", text[m.start():m.start("what")]) and subject is not None:
                ctx.add(_program_node(subject), ICKG + "establishedBy", node(law, LEGISLATION), start, end,
                        "law created", 0.6)


_COUNT_BEFORE = lazy_compile(rf"(?:^|\b)(?P<n>(?i:{_COUNT}))[ ](?:(?:new|more|pilot|local|regional|integrated)[ ])?$")


def rule_fields(ctx):
    """What a fact sheet's or tracker's labelled lines state of the document's program: "Jurisdiction:
    Massachusetts, United States", "Start: 1 March 2018", "Launched: 2003, by the Federal Ministry of Health"."""
    text = ctx.text
    if ctx.focal is None or ":" not in text[:1500]:
        return
    for m in _FIELD.finditer(text, 0, min(len(text), 1500)):
        label, (vs, ve), (s, e) = m.group("label").lower(), m.span("value"), (m.start("label"), m.end())
        if label in ("jurisdiction", "country", "location", "region"):
            for p in ctx.places_in(vs, ve)[:1]:
                ctx.add(_program_node(ctx.focal), ICKG + "locatedIn", place_node(p.place), s, e, "labelled field", 0.8)
            continue
        year = _YEAR.search(text, vs, ve)
        if year:
            ctx.add(_program_node(ctx.focal), ICKG + "yearEstablished", literal(int(year.group())), s, e,
                    "labelled field", 0.8)
        by = re.search(r"\bby[ ](?:the[ ])?", text[vs:ve])
        if by:
            at = vs + by.end()
            org = _org_named_at(ctx, at)
            if org is not None:
                ctx.add(_program_node(ctx.focal), ICKG + "initiatedBy", node(org.name, ORGANIZATION), s, e,
                        "labelled field", 0.75)


_PLURAL_NAME = lazy_compile(r"s$")


def rule_count(ctx, start, end):
    """How many programs a plural program name counts: "Thirty-one Primary Health Networks", "the
    first 24 Ontario Health Teams", "six regional health systems" (not a year, a share or a sum)."""
    text = ctx.text
    for p in ctx.programs:
        if not _PLURAL_NAME.search(p.name):
            continue
        for s, e in _spans_in(_mentions_of(ctx, p), start, end):
            m = _COUNT_BEFORE.search(text, max(start, s - 24), s)
            if not m or re.search(r"[$€£%]|\d[.,]\d", text[max(start, m.start() - 2):s]):
                continue
            value = count_value(m.group("n"))
            if value and 1 < value < 1000:
                ctx.add(_program_node(p), ICKG + "numberOfPrograms",
                        {"value": value, "datatype": XSD + "nonNegativeInteger"}, start, end, "count of programs", 0.6)
                break

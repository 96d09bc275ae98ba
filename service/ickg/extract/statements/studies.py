"""The document's own study: its design, methods and sample sizes, and the evaluation it is of.
"""

import re

from ickg.extract.actors import ORGANIZATION
from ickg.extract.regex import lazy_compile
from ickg.extract.statements.context import _org_named_at, _org_spans, _program_node
from ickg.extract.statements.cues import _STUDY_SENTENCE, cue
from ickg.extract.statements.phrases import _words
from ickg.extract.statements.statement import EVALUATION, ICKG, METHOD, SCHEME, STUDY, STUDY_DESIGN, literal, node


_DESIGN_PREFIX = lazy_compile(r"((?:\b(?:retrospective|prospective|matched|qualitative|quantitative|national|"
                              r"longitudinal|comparative|multiple|single|controlled|cluster|pragmatic|"
                              r"independent)[ ]){0,3})$", re.I)
_METHODS = lazy_compile(
    r"\b(?P<m>(?:semi-structured[ ]|in-depth[ ]|qualitative[ ]|stakeholder[ ]|key[ ]informant[ ])?interviews|"
    r"focus[ ]groups|(?:staff[ ]|patient[ ]|postal[ ]|online[ ])?surveys?|questionnaires?|document[ ]analysis|"
    r"(?:[A-Z][\w\-]+[ ])?claims(?:[ ]data)?|(?:[A-Z][\w\-]+[ ]){1,5}(?:Registers|Registry|Register)|"
    r"(?<=reviewed[ ]the[ ])records|"
    r"review[ ]of[ ](?:[\w\-]+[ ]){0,2}documents|claims[ ]data|(?:routine|published|administrative|national)"
    r"[ ](?:activity[ ])?data|hospital[ ](?:admission[ ]|discharge[ ])?records|case[ ]notes|registry[ ]data|observations?|site[ ]visits|"
    r"chart[ ]reviews?)\b")
_SAMPLE = lazy_compile(r"\b(?P<n>\d{1,3}(?:,\d{3})+|\d{2,6})[ ](?:(?:[A-Za-z][\w\-]*[ ]){0,3})(?:semi-structured[ ]|"
                       r"in-depth[ ])?(?P<noun>interviews|patients|participants|respondents|people|persons|adults|"
                       r"children|carers|caregivers|clinics|practices|providers|members|users|professionals|staff|"
                       r"managers|physicians|GPs|nurses|hospitals|individuals|residents|veterans|households|"
                       r"stakeholders|cases|municipalities|regions|counties|districts|sites|organi[sz]ations|areas|"
                       r"enrollees|beneficiaries|women|men|mothers|families|doctors|pharmacists|midwives|officials|"
                       r"partners|admissions|trials|records|facilities|buildings|homes|states)\b")


def rule_study(ctx, start, end, study):
    text = ctx.text
    sentence = text[start:end]
    if not cue(_STUDY_SENTENCE, text, start, end):
        return study
    designs = [m for m in ctx.mentions_in(start, end) if m.iri.startswith(SCHEME + "study-design/")]
    section = ctx.section_of(start)
    methodish = designs or section in ("methods", "design", "description", "method") or re.search(
        r"\b(?:(?:we|they|the[ ]researchers|the[ ]authors|the[ ]reviewers|the[ ]evaluators|the[ ]investigators)[ ]"
        r"(?:will[ ](?:also[ ])?)?(?:conducted|carried[ ]out|compared|interviewed|surveyed|"
        r"analy[sz]ed|searched|pooled|included|reviewed|examined|studied|enrolled|recruited|interview|survey|analy[sz]e|"
        r"review|compare)|drawing[ ]on|based[ ]on[ ]a[ ]review|a[ ]survey[ ]of|interviews[ ]with[ ]\d|"
        r"(?:trials?|study|studies|survey|audit|review)[ ](?:of|with)[ ][\d,]+[ ]|"
        r"(?:an?|the|our|this)[ ](?:[\w\-]+[ ]){0,2}(?:study|trial|analysis|review|evaluation)[ ](?:of|with|among)[ ]\d|"
        r"(?:an?|the)[ ](?:independent[ ]|external[ ]|national[ ]|formal[ ])?evaluation[ ](?:by[ ][A-Z]|of[ ]\d))",
        sentence, re.I)
    if not methodish:
        return study
    if study is None:
        study = _study_node(ctx, start, end, designs)
        if study is None:
            return None
        if ctx.focal is not None:
            qs, qe = start, end
            if ctx.title_span and study["label"] in text[ctx.title_span[0]:ctx.title_span[1]]:
                qs, qe = ctx.title_span  # "Ten years of ... in Gesundes Kinzigtal: a matched cohort study of ..."
            ctx.add(study, ICKG + "evaluates", _program_node(ctx.focal), qs, qe, "study evaluates", 0.5)
    by = re.search(r"\b(?:evaluation|study|review|analysis|assessment|[Cc]omparisons?|survey|audit)[ ](?:was[ ]|were[ ])?"
                   r"(?:carried[ ]out[ ]|conducted[ ])?by[ ](?:(?:researchers|a[ ]team|teams|staff|evaluators)[ ]"
                   r"(?:at|of|from)[ ])?(?:the[ ])?", sentence)
    if by:                              # "An independent evaluation by the Policy Innovation Research Unit"
        at = start + by.end()
        org = _org_named_at(ctx, at)
        if org is not None:
            ctx.add(study, ICKG + "conductedBy", node(org.name, ORGANIZATION), start, end, "study by", 0.6)
    for d in designs:
        p = _DESIGN_PREFIX.search(text, max(start, d.start - 40), d.start)
        s = d.start - len(p.group(1)) if p else d.start
        ctx.add(study, ICKG + "hasStudyDesign", node(text[s:d.end], STUDY_DESIGN, d.iri), start, end, "study design", 0.8)
    labels = []
    for m in _METHODS.finditer(text, start, end):
        labels.append((m.group("m"), m.start()))
    for label, _ in labels:
        if any(label != other and label in other for other, _ in labels):
            continue
        if any(label in s.object.get("label", "") and s.predicate == ICKG + "usesMethod" and s.object["label"] != label
               for s in ctx.out):
            continue
        ctx.add(study, ICKG + "usesMethod", node(label, METHOD), start, end, "method", 0.6)
    for m in _SAMPLE.finditer(text, start, end):
        if re.search(r"\b(?:of|for|about|up[ ]to)[ ]$", text[max(start, m.start() - 7):m.start()]) and \
                m.group("noun") not in ("interviews",):
            if not re.search(r"\b(?:records|claims|study|survey|trial|cohort|sample|analysis|evaluation)[ ]of[ ]$|"
                             r"\b(?:records|claims|data)[ ](?:for|on|from)[ ]$",
                             text[max(start, m.start() - 20):m.start()]):
                continue
        value = int(m.group("n").replace(",", ""))
        if 1900 <= value <= 2100:
            continue
        ctx.add(study, ICKG + "sampleSize", literal(value), start, end, "sample size", 0.75)
    return study


_DID = lazy_compile(r"\b[Ww]e[ ](?P<v>reviewed|analy[sz]ed|surveyed|interviewed|examined|studied)[ ]"
                    r"(?:data[ ](?:from|on)[ ])?(?P<x>[^,.;]+?)(?=[ ]and[ ](?:surveyed|interviewed|analy[sz]ed|reviewed)\b|[,.;]|"
                    r"[ ](?:using|from|between|treated|in[ ](?:19|20)\d\d)\b)")
_DID_LEAD = lazy_compile(r"^(?:the|all|our)[ ]")
_DID_OBJECT_END = lazy_compile(r"[ ](?:of|for|with|in|at)[ ]")
_DID_NOUN = {"reviewed": "review", "analysed": "analysis", "analyzed": "analysis", "surveyed": "survey",
             "interviewed": "interviews", "examined": "examination", "studied": "study"}


def _study_node(ctx, start, end, designs):
    """The document's own study, named as a reader would: its title's subtitle ("a matched cohort
    study of sickness fund claims"), else its design and what it is of, else "our evaluation". The
    other names it goes by (the bare design, the design of the focal program) are its aliases."""
    text = ctx.text
    title = text[ctx.title_span[0]:ctx.title_span[1]] if ctx.title_span else ""
    kind = STUDY
    names = []
    if ":" in title:
        subtitle = title.split(":", 1)[1].strip()
        if re.search(r"\b(?:study|evaluation|assessment|analysis|review|trial|survey)\b", subtitle, re.I):
            subtitle = re.sub(r"^(?:an?|the)[ ]", "", subtitle)
            subtitle = re.sub(r",[ ]\d{4}[-–]\d{4}$", "", subtitle).rstrip(".")
            if re.search(r"\b(?:evaluation|assessment)\b", subtitle):
                kind = EVALUATION
            names.append(subtitle)
    design = None
    if designs:
        d = designs[0]
        p = _DESIGN_PREFIX.search(text, max(start, d.start - 40), d.start)
        s = d.start - len(p.group(1)) if p else d.start
        design = text[s:d.end]
        label = design
        after = re.match(r"[ ](?:of|with|among)[ ](?:\d[\d,]*[ ])?(?P<x>[^,.;]+?)(?=[,.;]|[ ](?:using|based|with|in|from)\b)",
                         text[d.end:end])
        longer = re.match(r"[ ](?:of|with|among)[ ](?:\d[\d,]*[ ])?(?P<x>[^,.;]+?)(?=[,.;]|[ ](?:using|based|with|from|comparing|"
                          r"to|that|which)\b)", text[d.end:end])
        counted = re.match(r"[ ](?:of|with|among)[ ](?P<x>\d[\d,]*[ ][^,.;]+?)(?=[,.;]|[ ](?:using|based|with|in|from)\b)",
                           text[d.end:end])
        if after:
            label = f"{label} of {after.group('x')}"
        elif "case study" in label:
            place = next((p for p in ctx.places if ctx.title_span and ctx.title_span[0] <= p.start < ctx.title_span[1]
                          and p.place.type not in ("Country",)), None)
            if place:
                label = f"{label} of {place.place.name}"
        names.append(label)
        if counted:                     # "a cohort study of 26,000 hip and knee replacements"
            names.append(f"{design} of {counted.group('x')}")
        if longer:
            names.append(f"{design} of {longer.group('x')}")
        names.append(design)
    if not names:
        did = _DID.search(text, start, end)
        if did:                         # "We reviewed the records of 407 patients": a review of records
            noun = _DID_NOUN[did.group("v")]
            what = _DID_LEAD.sub("", did.group("x"))
            head = _DID_OBJECT_END.split(what)[0]
            of = "with" if noun == "interviews" else "of"   # "interviews with 42 board members"
            if head != what and _words(head) >= 2:
                names.append(f"{noun} {of} {head}")     # "review of health care agreements"
            names.append(f"{noun} {of} {what}")
            names.append(noun)
            design = None
    if not names:
        m = re.search(r"\b(?:[Oo]ur|[Tt]his|[Tt]he|[Aa]n?)[ ](?P<x>(?:[\w\-]+[ ]){0,2}(?:assessment|evaluation|study|analysis|review)"
                      r"(?:[ ](?:of|by)[ ](?:\d,\d|[^,.;])+?(?=[ ](?:found|showed|reported|concluded|suggested)\b|(?<!that)(?<!which)(?<!who)[ ](?:compared|"
                      r"followed|included|enrolled|used|looked|interviewed|surveyed|reviewed|analy[sz]ed|examined|assessed|"
                      r"measured|tracked|matched|estimated)\b|[,.;]|$))?)",
                      text[start:end])
        if m is None:
            return None
        names.append(m.group("x"))
        design = re.match(r"(?:[\w\-]+[ ]){0,2}(?:assessment|evaluation|study|analysis|review)", m.group("x")).group()
        if re.search(r"\b(?:evaluation|assessment)\b", m.group("x")):
            kind = EVALUATION
    if ctx.focal is not None and design:
        names += [f"{design} of {x}" for x in (ctx.focal.name, *ctx.focal.aliases) if x]
    out = node(names[0], kind)
    others = [x for x in dict.fromkeys(names[1:]) if x != names[0]]
    if others:
        out["aliases"] = others
    return out


# A program evaluated by a named body, in the passive: "ICC is being evaluated by the Health System Performance
# Research Network", "The pilots were independently evaluated by the Nuffield Trust". The evaluation is a study
# of the program, conducted by the body, whether or not the sentence reads as a study's methods.
_EVALUATED_BY = lazy_compile(r"[ ](?:is|was|are|were|has[ ]been|have[ ]been|had[ ]been|is[ ]being|are[ ]being|will[ ]be)"
                             r"[ ](?:independently[ ]|externally[ ]|formally[ ]|also[ ])?(?P<v>evaluated|assessed)[ ]by[ ]"
                             r"(?:researchers[ ](?:at|of|from)[ ])?(?:the[ ])?")


# The same in the active voice, the body first: "The Kestrel Department of Health evaluated the programme in 2018".
_EVALUATED = lazy_compile(r"[ ](?:has[ ]|have[ ]|had[ ]|independently[ ]|formally[ ]|also[ ])?(?P<v>evaluated|assessed)[ ]"
                          r"(?:the|this|its)[ ](?:[\w\-]+[ ]){0,2}?(?:programme|program|model|pilot|scheme|service|"
                          r"initiative|project|network|reform)\b")


def rule_evaluated_by(ctx, start, end, subject):
    """The evaluation of the sentence's program by a named body (see :data:`_EVALUATED_BY`, :data:`_EVALUATED`)."""
    text = ctx.text
    if subject is None or "valuated" not in text[start:end] and "ssessed" not in text[start:end]:
        return
    found = [(m, _org_named_at(ctx, m.end())) for m in _EVALUATED_BY.finditer(text, start, end)]
    for m in _EVALUATED.finditer(text, start, end):
        org = next((o for s_, e_ in _org_spans(ctx) if e_ == m.start() and start <= s_
                    for o in [_org_named_at(ctx, s_)] if o is not None), None)
        found.append((m, org))
    for m, org in found:
        if org is None:
            continue
        noun = "evaluation" if m.group("v") == "evaluated" else "assessment"
        study = node(f"{noun} by {org.name}", EVALUATION)
        study["aliases"] = [noun]
        ctx.add(study, ICKG + "evaluates", _program_node(subject), start, end, "evaluated by", 0.6)
        ctx.add(study, ICKG + "conductedBy", node(org.name, ORGANIZATION), start, end, "evaluated by", 0.6)

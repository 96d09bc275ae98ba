"""Whom a program is for: the populations it targets or serves and the conditions it focuses on, less
a broader group the document also names more narrowly.
"""

import re

from ickg.extract.actors import CONDITION, POPULATION, is_study_sample
from ickg.extract.lexicon import label_key
from ickg.extract.regex import lazy_compile
from ickg.extract.statements.context import _program_node
from ickg.extract.statements.cues import _OUTCOME_VERBS
from ickg.extract.statements.phrases import _words
from ickg.extract.statements.statement import ICKG, Statement, node
from ickg.extract.statements.subjects import nearest_program


def rule_conditions(ctx, start, end, subject, recommendation=None):
    if subject is None and recommendation is None:
        return
    for e in ctx.entities:
        if e.kind == "condition" and start <= e.start < end:
            if _OUTCOME_VERBS.search(ctx.text, max(start, e.start - 60), e.start) and \
                    re.search(r"\bamong\b", ctx.text[max(start, e.start - 40):e.start]):
                continue
            if _MEASURED.search(ctx.text, max(start, e.start - 120), e.start) or \
                    re.search(r"\b(?:fewer|more)[ ]$", ctx.text[max(start, e.start - 6):e.start]):
                continue                 # "fewer hospitalizations for asthma", "fewer hip fractures": what was measured
            if _MEASURED_FOR.search(ctx.text, max(start, e.start - 40), e.start) and \
                    _OUTCOME_VERBS.search(ctx.text, e.end, end):
                continue                 # "screening for diabetes increased", "admissions for these conditions were lower"
            label = e.name if (e.label.isupper() or e.label.lower() == "diabetes") else e.label
            obj = node(label, CONDITION)
            obj["name"] = e.name
            owner = nearest_program(ctx, start, end, e.start, subject) if subject is not None else None
            ctx.add(_program_node(owner) if owner is not None else _program_node(subject), ICKG + "focusesOnCondition",
                    obj, start, end, "condition", 0.8)


_MEASURED_FOR = lazy_compile(r"\b(?:hospitali[sz]ations?|admissions?|readmissions?|deaths?|visits?|screening|testing|"
                             r"tests?)[ ](?:for|from|of)[ ](?:[\w\-]+[ ]){0,2}$")
_MEASURED = lazy_compile(r"\b(?:fewer|more|lower|higher|reduced|increased)[ ](?:[\w\-]+[ ]){0,2}?(?:hospitali[sz]ations?|"
                         r"admissions?|readmissions?|deaths?|mortality|visits?|amputations?)[ ](?:for|from|due[ ]to|with)[ ]"
                         r"[^.;]{0,70}$")


# What comes before a group the program fails or leaves out: "hard to provide to patients with
# dementia", "limits access for low-income families", "adults without dependent children".
_LEFT_OUT = lazy_compile(r"(?:\b(?:hard|harder|difficult|impossible)[ ]to[ ][a-z]+(?:[ ][a-z]+)?[ ](?:to|for)|"
                         r"\blimit(?:s|ed)?[ ]access[ ](?:to|for)|\bwithout|\bexclud(?:es|ed|ing))[ ]$")


def rule_populations(ctx, start, end, subject, recommendation=None):
    for e in ctx.populations_in(start, end):
        if re.search(r"\b(?:among|than|of)[ ]$", ctx.text[max(start, e.start - 8):e.start]) or \
                is_study_sample(ctx.text, start, end, e.start) or \
                _LEFT_OUT.search(ctx.text, max(start, e.start - 40), e.start):
            continue
        owner = recommendation or (_program_node(nearest_program(ctx, start, end, e.start, subject)) if subject else None)
        if owner is None:
            continue
        ctx.add(owner, ICKG + "targetsPopulation", node(e.label, POPULATION), start, end, "population", 0.6)


# Whom the program is for, said with the program (or a reference to it) as the subject: "The program serves Blue
# Cross commercial members and Medicare Advantage members who see a designated primary care physician", "It is for
# Gold Card holders with chronic conditions".
_SERVES = lazy_compile(r"(?:(?:The|This|Its)[ ](?:[a-z\-]+[ ]){0,2}?(?:programme|program|pilot|scheme|model|service|"
                       r"initiative|network)|It)[ ](?:serves|is[ ]for|is[ ]open[ ]to|enrol(?:l)?s|is[ ]aimed[ ]at)[ ]"
                       r"(?P<list>[^.;:]+)")
_PEOPLE_HEAD = lazy_compile(r"(?:members|people|persons|patients|residents|adults|children|veterans|holders|families|carers|"
                            r"caregivers|seniors|women|men|users|clients|beneficiaries|enrollees|enrolees|youth|infants|"
                            r"mothers|workers)$")
_PEOPLE_TAIL = lazy_compile(r"[ ](?:who|with|aged|living|in|at|from|whose|that)[ ]")


def rule_served(ctx, start, end, subject):
    """The populations a sentence says the program serves (see :data:`_SERVES`): each item of the list
    that ends in a word for people, labelled without what follows it (that kept as an alias)."""
    if subject is None:
        return
    text = ctx.text
    m = _SERVES.match(text, start, end)
    if m is None or re.match(r"(?:a|an|the)[ ]", m.group("list")) and not re.match(r"the[ ][a-z]", m.group("list")):
        return
    for part in re.split(r",[ ](?:and[ ])?|[ ]and[ ](?=[A-Za-z][\w\-]*(?:[ ][\w\-]+){0,3}?[ ]" + _PEOPLE_HEAD.pattern[3:-2]
                         + r"\b)", m.group("list")):
        part = re.sub(r"^(?:the|all|any)[ ]", "", part.strip())
        tail = _PEOPLE_TAIL.search(part)
        head = part[:tail.start()] if tail else part
        if not _PEOPLE_HEAD.search(head) or not 2 <= _words(head) <= 6:    # not a bare "people"
            continue
        population = node(head, POPULATION)
        if head != part and _words(part) <= 18:
            population["aliases"] = [part]
        ctx.add(_program_node(subject), ICKG + "targetsPopulation", population, start, end, "program serves", 0.6)


# An age group named loosely, and one named by its ages ("aged 70 years or older", "over 75 years old").
_OLDER = lazy_compile(r"(?:the[ ])?(?:(?:older|elderly)[ ](?:people|persons|adults|patients|residents)|elderly|seniors)", re.I)
_AGED = lazy_compile(r"\b(?:aged[ ]\d{2}|over[ ]\d{2}|\d{2}(?:[ ]years)?(?:[ ]or[ ]older|[ ]or[ ]over|[ ]and[ ]over|\+))")


def without_broader_populations(statements: list[Statement]) -> list[Statement]:
    """Statements less each population a program targets whose words run inside a narrower one it
    also targets: "older adults" once the document has said "older adults with depression" is the
    same group, named loosely, not a second one."""
    targets, aged = {}, set()
    for st in statements:
        if st.predicate == ICKG + "targetsPopulation" and "label" in st.object:
            subject = label_key(st.subject.get("label", ""))
            targets.setdefault(subject, []).append(label_key(st.object["label"]).split())
            if _AGED.search(st.object["label"]):
                aged.add(subject)
    if not any(len(v) > 1 for v in targets.values()):
        return statements

    def broader(st):
        if st.predicate != ICKG + "targetsPopulation" or "label" not in st.object:
            return False
        subject = label_key(st.subject.get("label", ""))
        if subject in aged and _OLDER.fullmatch(st.object["label"]):
            return True                  # "older people" beside "patients aged 75 or over": the same, loosely
        own = label_key(st.object["label"]).split()
        n = len(own)
        return any(len(other) > n and any(other[i:i + n] == own for i in range(len(other) - n + 1))
                   for other in targets[subject])
    return [st for st in statements if not broader(st)]

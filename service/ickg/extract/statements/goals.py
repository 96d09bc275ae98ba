"""What a program aims at, apart from what it reported: "aims to reduce admissions", each aim one goal.
"""

import re

from ickg.extract.regex import lazy_compile
from ickg.extract.statements.context import _program_node
from ickg.extract.statements.cues import _GOAL_CUES, cue, words_of
from ickg.extract.statements.phrases import _words, clause_end, label_forms, tidy
from ickg.extract.statements.statement import GOAL, ICKG, QUALIFIER, node


_GOAL_VERBS = (r"(?:reduce|improve|increase|cut|lower|strengthen|expand|support|prevent|avoid|promote|raise|shorten|"
               r"keep|put|make|give|bring|move|shift|create|build|free|integrate|align|ensure|provide)")


_NO_SECOND_AIM = lazy_compile(r"(?:into|in|out|from|towards?|at|on|across|within|with|better|worse|safer|easier|faster|"
                              r"cheaper|closer|stronger|healthier|simpler|fairer)\b")


def _shared_verb_split(part):
    """"reduce X and avoidable Y" -> "reduce X", "reduce avoidable Y"; "cut X and put Y into Z" -> "cut X",
    "put Y into Z". A shared complement ("the efficiency and effectiveness of services") is not split."""
    m = re.match(rf"(?P<verb>{_GOAL_VERBS})[ ](?P<x>[^,]+?)[ ]and[ ](?P<y>[^,]+)$", part)
    if not m:
        return [part]
    y = m.group("y")
    if _NO_SECOND_AIM.match(y):          # "move X out of hospitals and into primary care", "make X safer and better in
        return [part]                    # hospitals": the verb's second complement, not a second aim
    if y.startswith("to "):               # "keep people at home and to reduce admissions": two goals, two verbs
        y = y[3:]
        return [f"{m.group('verb')} {m.group('x')}", y]
    if re.match(rf"{_GOAL_VERBS}\b", y):
        return [f"{m.group('verb')} {m.group('x')}", y]
    if " of " in y or _words(y) < 2 or _words(m.group("x")) < 2:
        return [part]
    return [f"{m.group('verb')} {m.group('x')}", f"{m.group('verb')} {y}"]


def rule_goal(ctx, start, end, subject):
    if subject is None:
        return
    text = ctx.text
    m = cue(_GOAL_CUES, text, start, end)
    purpose = None
    if not m:
        purpose = re.search(r"\b(?:launched|introduced|set[ ]up|created)[ ][^.]*?,[ ]to[ ](?P<vp>[a-z][^.]+)", text[start:end])
        if not purpose:
            return
    hedge = None
    if m:
        qualifier = "aspirational" if re.search(r"aim|intend|hope|design|seek|expect", m.group(), re.I) else None
        if qualifier and re.match(r"(?:goals?|objectives?|purposes?|ambitions?)[ ]", m.group(), re.I):
            qualifier = None             # "Our goal for the next three years is to ...": a goal stated, no hedge
        if qualifier and re.match(r"aimed[ ]", m.group(), re.I):
            qualifier = None             # "The pilot aimed to improve ...": what it was set up for, told, not hoped
        cue_text = m.group().rstrip(":")
        cue_text = re.match(r"(?:expects?|expected)", cue_text, re.I).group() if cue_text.lower().startswith("expect") \
            else cue_text
        hedge = {"cue": cue_text, "qualifier": QUALIFIER + qualifier} if qualifier else None
        body_start = m.end()
        if re.match(r"(?:developed|created|established|set|launched|introduced)\b", m.group(), re.I):
            comma = text.find(",", body_start, end)      # "developed at X to prevent Y, gives ...": Y only
            end = comma if comma > 0 else end
    else:
        body_start = start + purpose.start("vp")
    _add_goals(ctx, subject, body_start, end, start, end, "goal", hedge)


# What a program is expected to bring about, with a verb of aiming: "The TOMY are expected to reduce visits to
# hospital emergency departments", "Networks are expected to ... to provide more joined-up care". Not what its
# staff or users are expected to do ("Patients are expected to see their family physician first", "are expected
# to be paid by ..."): the verb must be one of changing something.
_EXPECTED_TO = lazy_compile(r"\b(?:is|are|was|were|will[ ]be)[ ](?:\w+ly[ ])?expected[ ]to[ ](?:help[ ](?:to[ ])?)?"
                            r"(?P<vp>(?:reduce|improve|increase|cut|lower|strengthen|expand|prevent|avoid|raise|shorten|"
                            r"relieve|ease|save|bring|shift|move|close|integrate|ensure)\b[^.;:]*)")

def _add_goals(ctx, subject, body_start, body_end, start, end, rule, hedge):
    """One goal per aim of ``text[body_start:body_end]`` (the words after the cue: "reduce X, and to improve Y"),
    quoted by the sentence ``text[start:end]``."""
    text = ctx.text
    body = text[body_start:body_end].strip().lstrip(":").lstrip()    # "Objectives: to extend ...": the aims after the colon
    body = re.sub(r"^(?:help[ ]|to[ ])", lambda x: x.group() if x.group().startswith("help") else "", body)
    parts = re.split(rf",[ ](?:and[ ])?to[ ]|;[ ]|,[ ](?=(?:more|fewer|less|better)[ ])|,[ ]and[ ](?=(?:more|fewer|less)[ ])"
                     rf"|,[ ](?:and[ ])?(?=(?:{_GOAL_VERBS[3:-1]}|tackle|help|address|reduce)[ ])", body)
    parts = [(x, part) for part in parts for x in _shared_verb_split(part)]
    for part, whole in parts:
        part = re.split(r"[ ](?:such[ ]as|than|because|so[ ]that)[ ]|\.$|,[ ]such[ ]as|,[ ](?:particularly|especially|"
                        r"notably|including|mainly)[ ]", part)[0]
        part = re.sub(r"^one[ ]cluster[ ]per[ ]region[ ]would[ ]", "", part)
        part = re.sub(r"^[a-z ]+?[ ]would[ ]", "", part)
        label = tidy(part)
        goal = node(label, GOAL)
        if whole != part:                 # "prevent delirium and functional decline": also the whole
            whole = tidy(re.split(r"[ ](?:such[ ]as|than|because|so[ ]that)[ ]|\.$", whole)[0])
            goal["aliases"] = [x for x in dict.fromkeys([whole, *label_forms(label, text, start, end)]) if x != label]
        if 3 <= _words(label) <= 18 or (2 <= _words(label) and whole != part):
            ctx.add(_program_node(subject), ICKG + "hasGoal", goal, start, end, rule, 0.5, hedge)


# A target with its date, in a sentence that sets, promises or plans it: "set the target of 1,000 communities by
# 2022", "promised 1,000 link workers by 2020/21 and 900,000 people referred to social prescribing by 2023/24",
# "agreed to have 75 units by 2021", "will fund up to 20,000 additional staff by 2024". The goal is what is to be
# reached, from its number to its date; a year is no number of it, and a sentence without a word of setting or
# planning ("By 2019 more than 5,000 people had a personal assistant") reports a result, not a target.
_TARGET_WORDS = frozenset("target targets goal goals promised promises pledged pledge pledges aim aims plan plans "
                          "planned agreed committed commits will expects expected objective objectives ambition "
                          "intends".split())
_TARGET_BY = lazy_compile(r"(?<![\w,.\-])(?P<t>(?:(?:up[ ]to|at[ ]least|about|some|nearly|almost|more[ ]than)[ ])?"
                          r"(?!(?:19|20)\d\d\b)\d[\d,.]*(?:[ ]?(?:%|percent|per[ ]cent))?(?:[ ](?!by\b)[\w\-’']+){1,10}?"
                          r"[ ]by[ ](?:the[ ]end[ ]of[ ])?(?:19|20)\d\d(?:/\d\d)?)\b")
_TO_BE = lazy_compile(r"[ ]to[ ]be[ ]")


def rule_targets(ctx, start, end, subject, role):
    """Dated targets as goals (see :data:`_TARGET_BY`)."""
    text = ctx.text
    if subject is None or role in ("recommendation", "title") or " by " not in text[start:end]:
        return
    if _TARGET_WORDS.isdisjoint(words_of(text, start, end)):
        return
    for m in _TARGET_BY.finditer(text, start, end):
        label = tidy(m.group("t"))
        goal = node(label, GOAL)
        short = _TO_BE.sub(" ", label)   # "20 percent of practices to be age-friendly by 2020": also without "to be"
        if short != label:
            goal["aliases"] = [short]
        ctx.add(_program_node(subject), ICKG + "hasGoal", goal, start, end, "dated target", 0.5)


# A purpose infinitive after what a program is or how it began, in a sentence no goal cue named: "an initiative
# to make care for older adults safer", "as part of its plan to improve access", "will lead regional work to
# integrate physical and behavioral health care", "launched the pilot in five authorities, ..., to move the
# management of chronic patients out of hospitals". The verb must be one of aiming ("to reduce", "to integrate"):
# "a plan to be signed", "set up in 2010, to the surprise of many" are not aims.
_PURPOSE_VERBS = (r"(?:reduce|improve|increase|cut|lower|strengthen|expand|support|prevent|avoid|promote|raise|"
                  r"shorten|keep|make|give|bring|move|shift|integrate|align|ensure|extend|join|connect|close|tackle|"
                  r"address|end|help|coordinate|co-ordinate|simplify|speed|free|reach|offer|enable|empower)")
_PURPOSE = lazy_compile(
    r"\b(?:(?:an?|the|its|their|this|his|her)[ ](?:[\w\-’']+[ ]){0,3}?(?:plan|initiative|strategy|effort|drive|"
    r"campaign|work|reform|project|scheme|programme|program|mission|mandate)|(?:launched|introduced|set[ ]up|created|"
    r"established|piloted|founded)\b[^.;:]{0,120}?,|in[ ]order)[ ]to[ ](?P<vp>" + _PURPOSE_VERBS + r"\b[^.;:]*)")
_PURPOSE_WORDS = frozenset("plan initiative strategy effort drive campaign work reform project scheme programme "
                           "program mission mandate launched introduced set created established piloted founded "
                           "order".split())


# What a service is instead of, said as its aim: "provides hospital-level care in the patient's home as a substitute
# for an acute hospital admission", "as an alternative to residential care"; and what a model is set up to test:
# "The Accountable Health Communities Model tests whether addressing ... needs reduces health care costs and use".
_AS_SUBSTITUTE = lazy_compile(r"\bas[ ]an?[ ](?P<g>(?:substitute|alternative)[ ](?:for|to)[ ](?:an?[ ]|the[ ])?"
                              r"[^,.;:()]{3,80}?)(?=[,.;:()]|$|[ ](?:and|but|which|where|when|so)[ ])")
_TESTS_WHETHER = lazy_compile(r"\btests?[ ]whether[ ][^.;]{3,200}?[ ](?:can[ ]|could[ ]|will[ ]|would[ ])?"
                              r"(?P<v>reduces?|improves?|lowers?|increases?|cuts?|prevents?|shortens?|raises?|keeps?|"
                              r"delays?|avoids?)(?P<rest>[ ][^.;:,()]{3,80}?)(?=[,.;:()]|$)")


def _aim_phrases(ctx, start, end, subject):
    """The goals of :data:`_AS_SUBSTITUTE` and :data:`_TESTS_WHETHER` in the sentence ``text[start:end]``."""
    text = ctx.text
    for m in _AS_SUBSTITUTE.finditer(text, start, end):
        ctx.add(_program_node(subject), ICKG + "hasGoal", node(tidy(m.group("g")), GOAL), start, end, "instead of", 0.5)
    m = _TESTS_WHETHER.search(text, start, end)
    if m:                                # the verb in its base form: "reduces costs" -> "reduce costs"
        verb = m.group("v")
        verb = verb[:-2] if verb.endswith(("sses", "xes", "ches", "shes")) else verb[:-1] if verb.endswith("s") else verb
        ctx.add(_program_node(subject), ICKG + "hasGoal", node(tidy(verb + m.group("rest")), GOAL), start, end,
                "tested aim", 0.5)

def rule_purpose(ctx, start, end, subject, role):
    """Aims given as a purpose infinitive (see :data:`_PURPOSE`) in a sentence of no goal cue."""
    text = ctx.text
    if subject is None or role in ("goal", "recommendation", "title", "study", "barrier"):
        return
    if " as a" in text[start:end] or "whether" in text[start:end]:
        _aim_phrases(ctx, start, end, subject)
    if " to " not in text[start:end]:
        return
    expected = _EXPECTED_TO.search(text, start, end) if "expected to" in text[start:end] else None
    if expected:                         # "The units are expected to reduce visits to emergency departments"
        vp = expected.start("vp")
        _add_goals(ctx, subject, vp, clause_end(text, vp, end), start, end, "expected aim", None)
        return
    if _PURPOSE_WORDS.isdisjoint(words_of(text, start, end)):
        return
    m = _PURPOSE.search(text, start, end)
    if m is None:
        return
    stop = clause_end(text, m.start("vp"), end)
    if text[m.start() - 2:m.start()] == ", ":         # "X, an initiative to integrate Y, began in ...": the apposition's
        comma = text.find(",", m.start("vp"), stop)    # aim ends at its closing comma
        stop = comma if comma > 0 else stop
    _add_goals(ctx, subject, m.start("vp"), stop, start, end, "purpose", None)

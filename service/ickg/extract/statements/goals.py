"""What a program aims at, apart from what it reported: "aims to reduce admissions", each aim one goal.
"""

import re

from ickg.extract.statements.context import _program_node
from ickg.extract.statements.cues import _GOAL_CUES, cue
from ickg.extract.statements.phrases import _words, label_forms, tidy
from ickg.extract.statements.statement import GOAL, ICKG, QUALIFIER, node


_GOAL_VERBS = (r"(?:reduce|improve|increase|cut|lower|strengthen|expand|support|prevent|avoid|promote|raise|shorten|"
               r"keep|put|make|give|bring|move|shift|create|build|free|integrate|align|ensure|provide)")


def _shared_verb_split(part):
    """"reduce X and avoidable Y" -> "reduce X", "reduce avoidable Y"; "cut X and put Y into Z" -> "cut X",
    "put Y into Z". A shared complement ("the efficiency and effectiveness of services") is not split."""
    m = re.match(rf"(?P<verb>{_GOAL_VERBS})[ ](?P<x>[^,]+?)[ ]and[ ](?P<y>[^,]+)$", part)
    if not m:
        return [part]
    y = m.group("y")
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
    body = text[body_start:end].strip()
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
            ctx.add(_program_node(subject), ICKG + "hasGoal", goal, start, end, "goal", 0.5, hedge)

"""Recommendations and whom they address: "Commissioners should ...", numbered recommendations, and
what is recommended as a mechanism or a funding model.
"""

import re

from ickg.extract.actors import ORGANIZATION, body_or_role
from ickg.extract.lexicon import label_key
from ickg.extract.regex import lazy_compile
from ickg.extract.statements.context import Context
from ickg.extract.statements.cues import _BASE_VERBS, _RECOMMEND, _SHOULD, cue
from ickg.extract.statements.phrases import _with_modifiers, _words, clause_end, tidy
from ickg.extract.statements.statement import (FUNDING_CLASSES, ICKG, MECHANISM, MECHANISM_CLASSES, RECOMMENDATION,
                                               ROLE, SCHEME, literal, node)


# A sentence that opens on a subordinate clause of reason or concession states why, not what to do.
_REASON_LEAD = lazy_compile(r"(?:Because|Although|Though)[ ,]|Since[ ](?!(?:19|20)\d\d\b)")


def rule_recommendation(ctx, start, end, item_number=None, quote_start=None):
    """Recommendations of the sentence text[start:end], one per "should" clause ("Insurers should
    publish ..., and the competition authority should watch ...") and per verb phrase ("extend X and
    pay Y"), with their addressees and what they advocate; the first is returned. A question ("Which
    services should a nurse refer to?") asks; it recommends nothing."""
    text = ctx.text
    if text[start:end].rstrip().endswith("?") or _REASON_LEAD.match(text, start, end):
        return None                      # "Because a patient should not have to knock on six doors": a reason
    m = cue(_RECOMMEND, text, start, end)
    pairs = []
    if m:
        rest = text[m.start("who"):end]
        verb = next((w for w in re.finditer(r"\b[a-z]+\b", rest) if w.start() > 0 and (
            w.group() in _BASE_VERBS or _third_person_after_name(rest, w))), None)
        if verb is None:
            return None
        pairs.append((rest[:verb.start()].strip(), m.start("who") + verb.start()))
    elif "urg" in text[start:end] or "called on" in text[start:end] or "calls on" in text[start:end]:
        # "urging CMS to make the models simpler", "called on the ministry to publish ..."
        m = _URGE.search(text, start, end)
        if m is None:
            return None
        pairs.append((m.group("who"), m.end()))
    else:
        if not cue(_SHOULD, text, start, end):
            return None
        for m in _SHOULD_AT.finditer(text, start, end):
            # the addressee is the clause before "should": after a semicolon, colon or ", and"
            lo = start
            for b in re.finditer(r";[ ]|:[ ]|,[ ]and[ ]|,[ ]but[ ]", text[start:m.start()]):
                lo = start + b.end()
            who = text[lo:m.start()].strip()
            who = re.sub(r"^(?:\d+\.[ ])?(?:The|the|Other|other|All|all)[ ]", "", who)
            who = re.sub(r"[ ](?:that|who|which)[ ][^,]*$", "", who)
            who = re.sub(r"[ ]elsewhere$", "", who)
            who = _INSERTED_ADVERBIAL.sub("", who)      # "Funders, in turn, should": the funders
            if _RESEARCH_WHO.fullmatch(who):
                continue                 # "Future trials should follow people for longer": a research agenda, no body
            if m.group().startswith(("is ", "are ")) and re.search(
                    r"\b(?:patients|people|residents|members|carers|families|clients|users|you|visitors)$", who, re.I):
                continue                 # "Patients are advised to bring a relative": an instruction, not a recommendation
            pairs.append((who, m.end()))
    first = None
    for who, vp_start in pairs:
        found = _one_recommendation(ctx, start, end, who, vp_start, item_number if first is None else None,
                                    quote_start)
        first = first or found
    return first


# The British subjunctive's stand-in, a verb's -s form after a body's name: "We recommend that the Government
# brings forward legislation", "that NHS England requires every partnership to ...".
_S_FORM_VERBS = _BASE_VERBS | {"bring", "hold", "put", "take", "appoint", "agree", "commission", "work", "lead", "look",
                               "publish", "reform", "legislate", "clarify", "prioritise", "prioritize", "ask"}


def _base_form(label):
    """A recommendation's verb in its base form: "brings forward legislation" -> "bring forward legislation"."""
    word, _, tail = label.partition(" ")
    if word in _BASE_VERBS or not word.endswith("s"):
        return label
    base = word[:-2] if word.endswith(("shes", "ches", "sses", "xes")) else word[:-1]
    return f"{base} {tail}".rstrip() if base in _S_FORM_VERBS else label


def _third_person_after_name(rest, w):
    word = w.group()
    base = word[:-2] if word.endswith(("shes", "ches", "sses", "xes")) else word[:-1] if word.endswith("s") else None
    if base not in _S_FORM_VERBS and word[:-1] not in _S_FORM_VERBS:
        return False
    before = rest[:w.start()].rstrip().split(" ")
    return bool(before) and before[-1][:1].isupper()


_URGE = lazy_compile(r"\b(?:urg(?:e|es|ed|ing)|call(?:s|ed)?[ ]on)[ ](?:the[ ])?(?P<who>[A-Z][\w&\-]*"
                     r"(?:[ ](?:(?:of|for|and)[ ])?[A-Z][\w&\-]*){0,5}|"
                     r"(?:[a-z][\w\-]*[ ]){0,2}(?:commissioners|governments?|ministries|ministry|insurers|payers|states|"
                     r"councils|boards|providers|policymakers|policy[ ]makers))[ ]to[ ](?=[a-z])")
_INSERTED_ADVERBIAL = lazy_compile(r",?[ ]*(?:in[ ]turn|however|therefore|too|also|meanwhile|in[ ]particular|above[ ]all|"
                                   r"for[ ](?:their|its|his|her)[ ]part|for[ ]example|for[ ]instance|in[ ]short|instead|"
                                   r"likewise|similarly|equally|then|in[ ]future|in[ ]the[ ]future)[ ]*,?$")
_RESEARCH_WHO = lazy_compile(r"(?i)(?:(?:future|further|more|new|larger|longer|later|these|such)[ ])?(?:research|trials?|studies|"
                             r"study|evaluations?|analyses|analysis|reviews?|work)")
_SHOULD_AT = lazy_compile(r"\b(?:should|need[ ]to|ought[ ]to|(?:is|are)[ ](?:advised|urged|recommended)[ ]to)[ ]"
                          r"(?:also[ ])?(?=[a-z])")
_THAT_VERBS = {"ensure", "make", "check", "show", "require", "agree", "recognise", "recognize", "consider", "accept"}


# A body's name that holds "and" between capitalised words after an "of": "Ministry of Social Affairs
# and Health", "Department of Health and Social Care" are one addressee, not two.
_AND_IN_NAME = lazy_compile(r"[A-Z][\w\-]*(?:[ ][A-Z][\w\-]*)*[ ]of[ ](?:the[ ])?[A-Z][\w\-]*(?:[ ](?:[A-Z][\w\-]*|of|for))*"
                            r"[ ]and[ ][A-Z][\w\-]*(?:[ ][A-Z][\w\-]*)*")


def addressees(ctx: Context, who: str) -> list[str]:
    """The bodies a recommendation's "who" names, without a leading article: split at commas and at
    "and", except inside one name (a known organization's, or a capitalised "X of Y and Z")."""
    known = {label_key(n) for e in ctx.entities if e.kind == "organization" for n in (e.name, e.label, *e.aliases) if n}
    found = []
    for part in re.split(r",[ ](?:and[ ])?", who):
        part = re.sub(r"^(?:and|the|The)[ ]", "", part.strip())
        bare = re.sub(r"^(?:the|The)[ ]", "", part)
        if label_key(bare) in known or _AND_IN_NAME.fullmatch(bare):
            found.append(bare)
            continue
        found.extend(re.sub(r"^(?:the|The)[ ]", "", x.strip()) for x in re.split(r"[ ]and[ ]", part))
    return found


_PROGRAM_ADDRESSEE = lazy_compile(r"\b(?:pilots?|programmes?|programs?|projects?|schemes?|models?|initiatives?|"
                                  r"trials?|interventions?)$", re.I)


def _one_recommendation(ctx, start, end, who, vp_start, item_number, quote_start):
    text = ctx.text
    if not who or _words(who) > 10 or not who[0].isalpha():
        return None
    vp_end = clause_end(text, vp_start, end)
    vp = text[vp_start:vp_end]
    # one recommendation per "should": "..., and the competition authority should watch ..." is the next one
    second = re.search(r",?[ ]and[ ](?:the[ ])?[\w\- ]{2,60}?[ ]should[ ]", vp)
    if second:
        vp = vp[:second.start()]
    vp = re.sub(r"[ ](?:instead[ ]of|rather[ ]than)[ ].*$", "", vp).strip(" ,.")
    that = re.search(r"[ ](?:that|which|who)[ ]", vp)
    if that and vp[:that.start()].split()[-1] not in _THAT_VERBS and _words(vp[:that.start()]) >= 3 \
            and "," in vp[that.end():]:
        vp = vp[:that.start()]          # "test budgets that cover primary care, ...": the budgets; but a
        #                                 short clause restricts what is asked ("budgets that run for years")
    # one recommendation per verb phrase: "extend shared records to X and pay them for Y"
    phrases, at = [], 0
    for v in re.finditer(r"[ ]and[ ](?:to[ ])?(?P<verb>[a-z]+)[ ]", vp):
        if v.group("verb") in _BASE_VERBS:
            phrases.append((at, v.start()))
            at = v.start("verb")
    phrases.append((at, len(vp)))
    q_start = quote_start if quote_start is not None else start
    first = None
    for a, b in phrases:
        recommendation = node(_base_form(tidy(vp[a:b])), RECOMMENDATION)
        first = first or recommendation
        for addressee in addressees(ctx, who):
            if not addressee or _PROGRAM_ADDRESSEE.search(addressee):
                continue                 # "the pilots should get five more years": said of the program, to no one
            entity = next((e for e in ctx.entities if e.kind == "organization" and
                           (addressee in (e.name, e.label) or addressee in e.aliases)), None)
            role = re.search(r"\b(?:commissioners|clinicians|physicians|doctors|nurses|managers|policy[ ]makers|"
                             r"policymakers|leaders)$", addressee, re.I)
            kind = None if entity or role else body_or_role(addressee)
            if entity is None and not role:
                if kind is None:
                    continue             # "Countries should", "The discussion should": no body, no one in a role
                addressee, role = kind[0], kind[1] == "role"
                entity = None if role else _the_one_named(ctx, addressee)
            name = entity.name if entity else addressee
            ctx.add(recommendation, ICKG + "addressedTo", node(name, ROLE if role else ORGANIZATION), q_start, end,
                    "should", 0.75)
        for mention in ctx.mentions_in(vp_start + a, vp_start + b):
            klass = mention.iri if mention.iri.startswith(ICKG) else (mention.target.fallback if mention.target else None)
            if klass in MECHANISM_CLASSES or klass in FUNDING_CLASSES or mention.iri.startswith(SCHEME + "who-ipchs"):
                s_, e_ = _with_modifiers(text, mention.start, mention.end, vp_start + a)
                ctx.add(recommendation, ICKG + "advocates", node(text[s_:e_], klass or MECHANISM, mention.iri),
                        q_start, end, "recommendation advocates", 0.6)
        if item_number is not None:
            ctx.add(recommendation, ICKG + "ordinal", literal(item_number, "positiveInteger"), q_start, end,
                    "numbered recommendation", 0.8)
            item_number = None
    return first


def _the_one_named(ctx, kind_word):
    """The one organization of the document whose name holds ``kind_word`` and "of" ("The Ministry should ..."
    after "the Ontario Ministry of Health and Long-Term Care"), or None when none or several do."""
    if " " in kind_word:
        return None
    found = {e.name for e in ctx.entities if e.kind == "organization" and
             (e.name.startswith(kind_word + " of ") or f" {kind_word} of " in e.name)}
    return next((e for e in ctx.entities if e.kind == "organization" and e.name in found), None) if len(found) == 1 \
        else None

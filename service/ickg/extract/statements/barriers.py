"""What hinders a program and what helps it: barriers named, listed or voiced, what mitigates them,
and the enablers a program's gains rest on.
"""

import re

from ickg.extract.lexicon import label_key
from ickg.extract.regex import lazy_compile
from ickg.extract.statements.context import _program_node
from ickg.extract.statements.cues import (_BARRIER_CUES, _MAIN_DIFFICULTY_AT, _OUTCOME_VERBS, cue, found_in, searched,
                                          words_of)
from ickg.extract.statements.hedges import hedge_of
from ickg.extract.statements.lists import _part_items
from ickg.extract.statements.patterns import _FINITE
from ickg.extract.statements.phrases import _CLAUSE_BREAK, _CLAUSE_BREAKS, _words, clause_end, label_forms, tidy
from ickg.extract.statements.statement import (BARRIER, CONTEXT, FUNDING_CLASSES, ICKG, MECHANISM, MECHANISM_CLASSES,
                                               node)


# Barriers named as the subject of a verb of hindering: "High workloads, limited career paths and weak
# referral links limit what the program can do", "national rules on payment held them back", "X and Y
# may slow integration", "An ageing population is putting pressure on the teams", "X was the main
# difficulty". Each item of the subject's list is one barrier.
_HINDERS = lazy_compile(
    r"[ ](?:may[ ]|might[ ]|could[ ]|can[ ]|will[ ]|also[ ]|still[ ]|(?:have|has|had)[ ]|"
    r"(?:are|is|were|was)[ ](?:likely|expected)[ ]to[ ])?"
    r"(?:limit(?:s|ed)?[ ](?=what|how)|limit(?:s|ed)?[ ](?:the|its|their)[ ](?:[\w\-]+[ ]){0,2}?(?:benefits?|impact|effects?|"
    r"gains?|savings|reach|value|success)\b|hold(?:s)?[ ](?:them|it|us|the[ ][\w\-]+)[ ]back|"
    r"held[ ](?:them|it|us|the[ ][\w\-]+)[ ]back|slow(?:s|ed)?[ ](?:down[ ])?(?=the|their|its|integration|progress|"
    r"the|work|change)|hamper(?:s|ed)?|hinder(?:s|ed)?|constrain(?:s|ed)?|undermine(?:s|d)?|"
    r"(?:is|are|was|were)[ ]putting[ ]pressure[ ]on|puts?[ ]pressure[ ]on|"
    r"(?:is|are|was|were|remains?|remained)[ ]the[ ](?:main|biggest|chief|greatest|key)[ ](?:difficulty|barrier|"
    r"obstacle|problem|challenge|constraint))\b")
# A word every match of _HINDERS holds: a sentence without any is not searched.
_HINDERS_WORDS = ("limit", "hold", "held", "slow", "hamper", "hinder", "constrain", "undermine", "pressure", "main",
                  "biggest", "chief", "greatest", "key")
# The other verbs of hindering, with what they hinder: "X could weaken it", "X delayed the rollout", "X stood in the
# way", "X made it hard to share records"; and a list said to be the barriers: "Staff shortages and the slow rollout
# of records remain challenges". Searched only in a sentence with one of _HINDERS_MORE_WORDS.
_HINDERS_MORE = lazy_compile(
    r"[ ](?:may[ ]|might[ ]|could[ ]|can[ ]|will[ ]|also[ ]|still[ ]|(?:have|has|had)[ ]|"
    r"(?:are|is|were|was)[ ](?:likely|expected)[ ]to[ ])?"
    r"(?:(?:weaken(?:s|ed)?|threaten(?:s|ed)?|delay(?:s|ed)?|stall(?:s|ed)?|prevent(?:s|ed)?|block(?:s|ed)?)"
    r"[ ](?=(?:it|them|us|the|its|their|integration|progress|implementation|many|some|most)\b)|"
    r"(?:stand|stands|stood|get|gets|got)[ ]in[ ]the[ ]way|work(?:s|ed)?[ ]against[ ](?=the|its|their|it|them)|"
    r"(?:make|makes|made)[ ]it[ ](?:hard|harder|difficult|more[ ]difficult)[ ]to|"
    r"(?:remain|remained|are|were)[ ](?:(?:the|key|major|big|serious|persistent|real)[ ])?(?:(?:main|biggest|chief|"
    r"greatest|key)[ ])?(?:challenges|barriers|obstacles|problems|difficulties|constraints|hurdles)(?=[.;,]|$))\b")
_HINDERS_MORE_WORDS = frozenset("weaken weakens weakened threaten threatens threatened delay delays delayed stall stalls "
                                "stalled prevent prevents prevented block blocks blocked way against hard harder difficult "
                                "challenges barriers obstacles problems difficulties constraints hurdles".split())
_HINDER_LEAD = lazy_compile(r"(?:\d{1,2}(?:\.\d{1,2}){0,2}[ ]+)?(?:(?:However|But|Yet|Still|Meanwhile|In[ ]practice|So[ ]far),[ ])?(?:(?:[A-Za-z][\w\-]*[ ]){1,3}"
                            r"(?:said|say|says|reported|report|found|noted|warned|warn|heard|argued|argue|argues|"
                            r"told[ ](?:us|them|the[ ][\w\-]+)|concluded|believe|believes|fear|fears|feared)[ ](?:that[ ])?)?")
_PLURAL_PAIR = lazy_compile(r"(?P<a>(?:(?!(?:of|on|for|in|with|between|to|from|by)[ ])[\w\-]+[ ]){0,2}[\w\-]+s)[ ]and[ ]"
                            r"(?P<b>(?:(?!(?:of|on|for|in|with|between|to|from|by)[ ])[\w\-]+[ ]){0,2}[\w\-]+s)")
_HINDER_ITEM_NOT = lazy_compile(r"(?i)^(?:it|this|that|they|these|those|which|there|we|the[ ]program(?:me)?|the[ ]model)$")


def rule_hindered(ctx, start, end, subject):
    """Barriers that are the subject list of a verb of hindering (see :data:`_HINDERS`): the last
    statement made, or None."""
    if subject is None:
        return None
    text = ctx.text
    m = _HINDERS.search(text, start, end) if found_in(_HINDERS_WORDS, text, start, end) else None
    if m is None and not _HINDERS_MORE_WORDS.isdisjoint(words_of(text, start, end)):
        m = _HINDERS_MORE.search(text, start, end)
    if m is None:
        return None                      # no verb of hindering (a sentence without their words is not searched)
    a = start
    for brk in _HINDER_CLAUSE.finditer(text, start, m.start()):
        a = brk.end()
    lead = _HINDER_LEAD.match(text, a, m.start())
    if lead:
        a = lead.end()
    piece = text[a:m.start()]
    if not piece or re.search(r"[;:()]|\b(?:if|when|because|although|should|would|that|which|who|whose|where)\b", piece) \
            or _words(piece) > 24:
        return None
    piece = re.sub(r",[ ](?:such[ ]as|including|especially|notably)[ ][^,]+(?:,|$)", "", piece)
    if ", " in piece:                    # "A, B and C": commas and the last "and"
        items = re.split(r",[ ](?:and[ ]|or[ ])?", piece)
        last = re.split(r"[ ]and[ ](?=(?:the|a|an|their|its)[ ])", items[-1])   # "cycles of A and B and the C"
        if len(last) == 1 and not re.search(r"\bof[ ](?:the[ ])?[a-z][\w\-]*[ ]and[ ]", items[-1]):
            last = re.split(r"[ ]and[ ]", items[-1])
        items = items[:-1] + last
    else:                                # "A and the B"; "rules on payment and data sharing" is one
        items = re.split(r"[ ]and[ ](?=(?:the|a|an|their|its)[ ])", piece)
        pair = _PLURAL_PAIR.fullmatch(piece) if len(items) == 1 else None
        if pair:                         # "staff shortages and budget deficits": two plural nouns, two barriers
            items = [pair.group("a"), pair.group("b")]
        elif len(items) == 1 and piece.count(" and ") == 1 and all(_words(x) >= 4 for x in piece.split(" and ")):
            items = piece.split(" and ")   # "High turnover of care home staff and separate record systems in the homes"
    hedge = hedge_of(text, start, end)
    found = None
    for item in items:
        label = tidy(re.sub(r"^(?:The|the|A|a|An|an)[ ]", "", item))
        # after an article the first word is a noun ("the lack of support"), not a verb
        checked = label.split(" ", 1)[-1] if re.match(r"(?:The|the|A|a|An|an)[ ]", item) and " " in label else label
        if not (1 <= _words(label) <= 12) or not label[:1].isalpha() or _HINDER_ITEM_NOT.match(label) \
                or _FINITE.search(checked) or _EVIDENCE.search(label) or any(
                    label_key(label) == label_key(n) for p in ctx.programs for n in (p.name, p.label, *p.aliases) if n):
            continue
        found = ctx.add(_program_node(subject), ICKG + "facesBarrier", node(label, BARRIER), start, end,
                        "hindering subject", 0.6,
                        hedge if hedge and hedge["qualifier"].endswith("hedged") else None) or found
    return found


# A sentence whose subject is a barrier noun with what it is about: "Delays in the recruitment of Community
# Health Officers have been reported by several States", "Problems with the referral system persist".
_BARRIER_NAMED = lazy_compile(r"(?:(?:However|But|Yet|Still|In[ ]practice),[ ])?(?P<np>(?:(?:The|A)[ ])?(?:(?:[a-z]+[ ])?"
                              r"(?:delays|difficulties|problems|gaps|shortages|shortage|lack|absence)|(?:Delays|Difficulties|"
                              r"Problems|Gaps|Shortages|Lack|Absence))[ ](?:in|of|with)[ ][^,;:.()]{3,80}?)[ ]"
                              r"(?:(?:have|has|had)[ ]been|were|was|are|is|remain|remains|remained|persist|persists|persisted)"
                              r"[ ](?!(?:overcome|resolved|addressed|solved|reduced|removed|eased|fixed|rare|few|minor)\b)")


def rule_barrier_named(ctx, start, end, subject):
    """The barrier a sentence opens on, by its noun (see :data:`_BARRIER_NAMED`): the statement made, or None."""
    if subject is None:
        return None
    text = ctx.text
    m = _BARRIER_NAMED.match(text, start, end)
    if m is None or _EVIDENCE.search(m.group("np")):
        return None
    hedge = hedge_of(text, start, end)
    return ctx.add(_program_node(subject), ICKG + "facesBarrier", node(tidy(m.group("np")), BARRIER), start, end,
                   "named barrier", 0.6, hedge if hedge and hedge["qualifier"].endswith("hedged") else None)


# Barriers a sentence announces as a list: "The main challenges were A and B", "Barriers included A, B and
# C", "Obstacles: A, B", or names after a passive verb of hindering: "Implementation was hampered by A and B".
_BARRIERS_LISTED = lazy_compile(
    r"\b(?:(?:main|key|biggest|chief|principal|major|common|remaining|reported|other|practical|financial)[ ])*"
    r"(?:[Bb]arriers|[Oo]bstacles|[Cc]hallenges|[Dd]ifficulties|[Hh]urdles|[Cc]onstraints)"
    r"(?:[ ](?:to|for|of|in)[ ][^,:;]{1,60}?)?(?:[ ](?:were|are|included|include|includes|remain|remained)"
    r"(?:[ ]the[ ]following)?:?|:)[ ](?P<list>[^.;]+)|"
    # "The main challenge was recruiting enough nurses": one, named after the copula
    r"\b(?:[Tt]he|[Oo]ne|[Tt]heir|[Ii]ts)[ ](?:(?:main|key|biggest|chief|principal|major|greatest|first|second)[ ])+"
    r"(?:barrier|obstacle|challenge|difficulty|hurdle|constraint|problem)(?:[ ](?:to|for|of|in)[ ][^,:;]{1,60}?)?"
    r"[ ](?:was|is|has[ ]been|remains|remained)[ ](?P<one>[^.;]+)|"
    r"\b(?:was|were|is|are|has[ ]been|have[ ]been|had[ ]been)[ ](?:\w+ly[ ])?(?:hampered|hindered|held[ ]back|"
    r"slowed(?:[ ]down)?|constrained|undermined|impeded|complicated|limited|restricted|delayed)[ ]by[ ](?P<by>[^.;]+)")
# ... or before a passive verb that names them so: "Staff turnover and poor broadband were cited as obstacles".
_CITED_AS = lazy_compile(r"(?:(?:However|But|Yet|In[ ]practice),[ ])?(?P<subj>[A-Za-z][^.;:]{3,160}?)[ ](?:were|was|are|is)[ ]"
                         r"(?:\w+ly[ ])?(?:cited|reported|named|identified|mentioned|seen|described|listed|given|perceived)[ ]"
                         r"(?:\w+[ ]){0,3}?as[ ](?:the[ ]|an?[ ])?(?:(?:main|key|biggest|chief|principal|major|common|"
                         r"important|greatest)[ ])?(?:barriers?|obstacles?|challenges?|difficult(?:y|ies)|hurdles?|"
                         r"constraints?)\b")
_BARRIERS_LISTED_WORDS = frozenset("barrier obstacle challenge difficulty hurdle constraint problem "
                                   "barriers obstacles challenges difficulties hurdles constraints hampered hindered held "
                                   "limited restricted delayed "
                                   "slowed constrained undermined impeded complicated".split())
_BARRIER_LIST_END = lazy_compile(r",[ ](?:but|which|who|although|while|so|yet)[ ]|[ ](?:because|although|while|whereas|"
                                 r"but|so[ ]that|which|who)[ ]|[ ]\(")
_BARRIER_LIST_NOT = lazy_compile(r"(?i)^(?:overcome|addressed|reduced|removed|tackled|met|few|fewer|less|not|no|"
                                 r"similar|different|discussed|described|identified|greater|smaller|lower|higher|to|that|how|"
                                 r"whether|what|financial|political|cultural|organi[sz]ational|clear|the[ ]same)\b")

# The relative clause a listed item was cut before, up to the next item: what makes the item a barrier ("payments
# to physicians that arrive months late", "patients who bypass the family physician and go straight to ...").
_ITEM_RELATIVE = lazy_compile(r"[ ](?:that|who|which|whose)[ ](?:[^,;:.()]+?)(?=,|;|:|\.|\(|$)")


def rule_listed_barriers(ctx, start, end, subject):
    """Barriers listed after a barrier noun or a passive verb of hindering (see :data:`_BARRIERS_LISTED`):
    the last statement made, or None."""
    if subject is None:
        return None
    text = ctx.text
    if _BARRIERS_LISTED_WORDS.isdisjoint(words_of(text, start, end)):
        return None
    m = _CITED_AS.match(text, start, end) or _BARRIERS_LISTED.search(text, start, end)
    if m is None:
        return None
    group = next(g for g in ("subj", "list", "one", "by") if g in m.re.groupindex and m.group(g) is not None)
    a, e = m.start(group), m.end(group)
    if _BARRIER_LIST_NOT.match(text, a) or _EVIDENCE.search(text, start, a):
        return None                      # "the challenges were overcome", "barriers in the evaluation"
    cut = _BARRIER_LIST_END.search(text, a, e)
    e = cut.start() if cut else e
    hedge = hedge_of(text, start, end)
    found = None
    if group == "by" and " and by " in text[a:e]:    # "hampered by X and by the difficulty of sharing between A and B"
        cut_at = text.index(" and by ", a, e)
        items = [(a, cut_at), (cut_at + len(" and by "), e)]
    else:
        items = [(a, e)] if group == "one" else _part_items(text, a, e)
    for ia, ib in items:
        label = tidy(re.sub(r"^(?:the|a|an)[ ]", "", text[ia:ib]))
        if not (1 <= _words(label) <= 12) or not label[:1].isalpha() or _EVIDENCE.search(label) \
                or (_words(label) == 1 and label.endswith(("ed", "ly"))) or _HINDER_ITEM_NOT.match(label):
            continue
        item = node(label, BARRIER)
        told = _ITEM_RELATIVE.match(text, ib, m.end(group))
        if told:                         # "payments to physicians that arrive months late": also with its clause,
            clause = told.group()        # and with its first verb's only ("patients who bypass the family physician")
            item["aliases"] = list(dict.fromkeys([tidy(label + clause), tidy(label + clause.split(" and ")[0])]))
        found = ctx.add(_program_node(subject), ICKG + "facesBarrier", item, start, end,
                        "listed barrier", 0.6,
                        hedge if hedge and hedge["qualifier"].endswith("hedged") else None) or found
    return found


_HINDER_CLAUSE = lazy_compile(_CLAUSE_BREAKS + r"|,[ ]and[ ]")


# The plural noun that "they" stands for, just before the verb of reporting: "Many GPs tell me that they ...".
_THEY_STAND_FOR = lazy_compile(r"(?<![\w\-])(?P<who>[A-Za-z][A-Za-z\-]*s)[ ](?:also[ ])?$")


def rule_barrier(ctx, start, end, subject, clause=False):
    """Barriers of the sentence text[start:end] (``clause``: the part of a sentence after its result)."""
    if subject is None:
        return None
    text = ctx.text
    sentence = text[start:end]
    section = ctx.section_of(start)
    in_section = any(w in section for w in ("barrier", "challenge", "held", "obstacle", "problem", "difficult"))
    if not (cue(_BARRIER_CUES, text, start, end) or in_section):
        return None
    if words_of(text, start, end) & {"should", "recommend"} or (cue(_OUTCOME_VERBS, text, start, end) and not in_section
                                                             and not re.search(r"\bbarrier|obstacle\b", sentence)):
        return None
    if _words(sentence) < (3 if clause else 6):
        return None
    body = sentence
    offset = start
    m = re.search(r"\b(?:is|was)[ ](?:financial|that)[:]?[ ](?:as[ ])?|worry[ ]that[ ]|say[ ]that[ ]|is[ ]that[ ]|"
                  r"(?:tells?|told)[ ](?:us|me|them)[ ]that[ ]|(?:reported|noted|found|concerned)[ ]that[ ]|"
                  r"described[ ]", body)
    if m:
        offset = start + m.end()
    where = searched(_BARRIER_CUES, text, offset, end)
    cued = where is not None
    if where is not None and _OVERCOME.search(text, max(start, where.start() - 40), where.start()):
        where = next((w for w in _BARRIER_CUES.finditer(text, where.end(), end)
                      if not _OVERCOME.search(text, max(start, w.start() - 40), w.start())), None)
    if cued and where is None and not in_section:
        return None                      # "has helped with language barriers": a barrier overcome, not faced
    lead = text.rfind(": ", offset, where.start()) if where else -1
    if lead > 0 and _words(text[lead:end]) >= 4 and not searched(_BARRIER_CUES, text, offset, lead):
        # "Simplify the paperwork: the time needed ... is a real obstacle", "6/ Early problems: GPs find it hard ...":
        offset = lead + 2                # a run-in heading or a question before the colon, the barrier after it
    colon = text.find(": ", where.end(), end) if where else -1
    if colon > 0 and _words(text[colon:end]) >= 4 and not re.search(r"\b(?:that|which)\b", text[start:colon]):
        # "Growth has not been easy: some therapists objected" (not "two conditions that may be hard to copy: ...")
        offset, where = colon + 2, None
    if where:                 # "X is the main enabler, whereas the high cost of membership limits access": the cue's clause
        breaks = list(_CLAUSE_BREAK.finditer(text, offset, where.start()))
        if breaks:
            offset = breaks[-1].end()
    labels = []
    main = _MAIN_DIFFICULTY_AT.search(text, start, end)
    if main:                             # "the main difficulty is the cost of the changes": the cost
        piece = text[main.end():end]
        labels.append(piece[:clause_end(piece, 0, len(piece))])
        first = None
    else:
        first = re.match(r"(?P<np>[A-Z][\w\-]*(?:[ ][a-z][\w\-]*){0,4})[ ](?:that|which|who)[ ][^.]*?[ ]"
                     r"(?:remain|remains|is|are|was|were)[ ](?:the[ ](?:main|biggest)[ ])?(?:barrier|obstacle|challenge)",
                     sentence)
    if first:
        labels.append(first.group("np"))
    elif not main:
        piece = re.sub(r",[ ](?:who|which)[ ][^,]+,", "", text[offset:end])
        cut = clause_end(piece, 0, len(piece))
        piece = piece[:cut]
        reporter = _THEY_STAND_FOR.search(sentence, 0, m.start()) if m and piece.startswith("they ") else None
        if reporter:                     # "Many GPs tell me that they have little time": the GPs have little time
            piece = reporter.group("who") + piece[4:]
        piece = re.sub(r"[ ]and[ ](?:had|felt|gave|made|has|was)[ ].*$", "", piece)
        piece = re.sub(r"^(?:Many|Some|Several|Most)[ ]", "", piece)
        uncut = piece
        piece = re.sub(r"(?:[ ](?:also|still))?[ ](?:remains?|remained)[ ](?:a|the)[ ](?:main[ ]|constant[ ])?"
                       r"(?:burden|barrier|challenge)$", "", piece)
        piece = re.sub(r"^(?P<x>[^,]+)[ ](?:has|have|had)[ ]made[ ]it[ ](?:hard|difficult|harder|more[ ]difficult)[ ].*$",
                       r"\g<x>", piece)        # "the shortage of nurses has made it hard to fill posts": the shortage
        piece = re.sub(r"[ ](?:remains?|remained|was|is|were|are|has[ ]been|have[ ]been)[ ](?:a|the|one[ ]of[ ]the)[ ]"
                       r"(?:\w+[ ])?(?:burdens?|barriers?|challenges?|obstacles?|problems?)\b.*$", "", piece)
        piece = re.sub(r"[ ](?:was|were|has[ ]been|have[ ]been|is|are)[ ]overcome[ ]by[ ].*$", "", piece)
        piece = re.sub(r"[ ](?:are|is|were|was|will[ ]be)[ ](?:\w+[ ])?(?:likely|expected|set|going|bound)[ ]to[ ].*$", "",
                       piece)                # "X and Y are likely to slow the work": X, Y
        piece = _BARRIER_FRAME.sub("", piece)
        as_main = re.search(r"[ ]as[ ](?:the|their|its)[ ](?:main|biggest|chief|greatest)[ ](?:burdens?|barriers?|"
                            r"obstacles?|problems?|challenges?)\b.*$", piece)
        if as_main:                      # "described X and Y as the main burdens": X, Y
            piece = piece[:as_main.start()]
        splitter = r",[ ]and[ ]that[ ]|[ ]and[ ]that[ ]|,[ ]and[ ](?=[a-z]+[ ][a-z]+[ ]has[ ]made)" if re.search(
            r"\b(?:worry|say|says|said|fear|argue)[ ]that\b", sentence) else r",[ ]and[ ](?=[a-z]+[ ][a-z]+[ ]has[ ]made)"
        splitter += (r"|[ ]and[ ]that[ ]|,[ ]and[ ](?=(?:[\w\-]+[ ]){1,3}(?:limits?|lacks?|cannot|can't|prevents?|"
                     r"slows?|delays?)\b)")     # "X have trouble recruiting, and travel time limits visits"
        splitter += r"|,[ ]and[ ](?=(?:it|they|this)[ ](?:has|have|had|is|are|was|were)[ ])"
        splitter += r"|,[ ]and[ ](?=(?:each|every|the|its|their|many|most|some|few)[ ][a-z]+[ ](?:is|are|was|were|" \
                    r"covers?|lacks?|has|have|had|did|do|does|(?:still|often|also|rarely|seldom)[ ][a-z]+)\b)"
        splitter += r"|,[ ]and[ ](?=[a-z][\w'’\-]*(?:[ ][a-z][\w'’\-]*){0,5}[ ](?:depended|depends|lacked|lacks|" \
                    r"remained|remains|struggled|fell|were|was|took|do|does|did)\b)"
        if as_main:
            splitter += r"|[ ]and[ ](?=the[ ])"
        parts = [q for p in re.split(splitter, piece) if p for q in _coordinated_clauses(p)]
        if len(parts) == 1 and ", and " in parts[0] and not uncut.endswith(piece[-12:]):
            # "teams have had difficulty recruiting, and space in older buildings [has been a barrier]": two
            clause, _, rest = parts[0].rpartition(", and ")
            if _FINITE.search(clause) and 2 <= _words(rest) <= 6 and not _FINITE.search(rest):
                parts = [clause, rest]
        if len(parts) == 1:                  # "separate record systems and short-term contracts": two barriers
            halves = re.split(r"[ ]and[ ]", parts[0])
            if len(halves) == 2 and all(_words(h) >= 2 and not _FINITE.search(re.sub(r"^(?:an?|the)[ ][\w\-]+", "", h))
                                        for h in halves):   # "a lack of time": after an article, a noun
                parts = halves
        labels.extend(parts)
    hedge = hedge_of(text, start, end)
    last = None
    for label in labels:
        label = tidy(label)
        if _EVIDENCE.search(label):
            continue                     # "the evaluation had no control group": the study's limit, not the program's
        if _ANNOUNCED_ONLY.search(label):
            continue                     # "Officials were open about the difficulties": what follows names them
        if _DISEASE_BURDEN.search(label):
            continue                     # "one of the highest burdens of non-communicable diseases": why, not what hinders
        if 2 <= _words(label) <= 18:
            last = ctx.add(_program_node(subject), ICKG + "facesBarrier", barrier_node(label, text, start, end), start,
                           end, "barrier", 0.45, hedge if hedge and hedge["qualifier"].endswith("hedged") else None)
    return last


# The other forms a reader writes a barrier said as a clause in: without who voiced it ("I recognise that the lack of
# space ...", "community health workers say their stipends ..."), without its copula ("the fixed-term contracts are
# not attractive": "fixed-term contracts not attractive"), with its adjective first ("supervision is weak in remote
# districts": "weak supervision in remote districts", "recruitment has been slow": "slow recruitment"), and the
# hindering thing alone ("the lack of space in surgeries has held some networks back": "the lack of space in surgeries").
_VOICED = lazy_compile(r"^(?:[\w\-]+[ ]){1,4}?(?:say|says|said|found|find|finds|reported|report|reports|noted|note|notes|"
                       r"warned|warn|warns|recognise|recognize|recognised|recognized|complained|complain|argue|argued|"
                       r"argues|told[ ]us|tell[ ]us|believe|believes|feel|felt|fear|fears)[ ](?:that[ ])?")
_COPULA = lazy_compile(r"[ ](?:is|are|was|were|has[ ]been|have[ ]been|had[ ]been)(?=[ ](?!(?:a|an|the)[ ]))")
_ADJECTIVE_AFTER = lazy_compile(r"(?P<np>(?:[\w\-’']+[ ]){0,6}?[\w\-’']+)[ ](?:is|are|was|were|has[ ]been|have[ ]been|"
                                r"had[ ]been|remains?|remained)[ ](?:still[ ]|often[ ]|very[ ]|too[ ])?(?P<adj>slow|weak|poor|"
                                r"limited|low|scarce|insufficient|inadequate|irregular|late|high|unstable|uncertain|uneven|"
                                r"patchy|fragmented|short|heavy|unclear|unreliable|inconsistent)(?P<rest>(?:[ ].*)?)")
_PERFECT = lazy_compile(r"\b(?:has|have|had)[ ](?:at[ ]times[ ]|sometimes[ ]|often[ ]|also[ ]|repeatedly[ ]|already[ ])?"
                       r"(?=[a-z]+ed\b)")
_HELD_BACK = lazy_compile(r"[ ](?:has|have|had)[ ](?:also[ ])?(?:held|slowed|hampered|hindered|delayed|limited|"
                          r"undermined)\b.*$")


def barrier_node(label, text, start, end):
    """A barrier's node: ``label`` with the forms of :func:`label_forms` and those above."""
    out = node(label, BARRIER)
    forms = label_forms(label, text, start, end)
    voiced = _VOICED.match(label)
    bare = tidy(label[voiced.end():]) if voiced and _words(label[voiced.end():]) >= 2 else label
    extra = [bare]
    held = _HELD_BACK.search(bare)
    if held and _words(bare[:held.start()]) >= 2:
        extra.append(tidy(bare[:held.start()]))
    flipped = _ADJECTIVE_AFTER.fullmatch(bare)
    if flipped and not re.match(r"(?:it|this|that|they|there)\b", flipped.group("np"), re.I):
        np = re.sub(r"^(?:the|their|its|our)[ ]", "", flipped.group("np"), flags=re.I)
        np = np[:1].lower() + np[1:] if np[1:2].islower() else np     # "Supervision is weak": "weak supervision"
        extra.append(tidy(f"{flipped.group('adj')} {np}{flipped.group('rest')}"))
    extra.append(tidy(_COPULA.sub("", bare)))
    extra.append(tidy(_PERFECT.sub("", bare)))   # "Insurers have at times tried to cap ...": "Insurers tried to cap ..."
    forms += [x for x in dict.fromkeys(extra) if x and x != label and x not in forms]
    if forms:
        out["aliases"] = forms
    return out

# Two clauses joined by ", and", each with its own subject and verb, are two barriers: "The workforce is ageing,
# and rural practices find it hard to recruit", "Workers protest over late pay, and supervision is weak".
_CLAUSE_VERB = (r"(?:is|are|was|were|has|have|had|remains?|remained|cannot|can[ ]not|could[ ]not|do[ ]not|does[ ]not|"
                r"did[ ]not|lacks?|lacked|finds?|found|struggles?|struggled|depends?|depended)")
_AND_CLAUSE = lazy_compile(rf",[ ]and[ ](?=(?!and[ ]|or[ ])(?:(?!or[ ]|to[ ])[\w'’\-]+[ ]){{1,8}}?(?:still[ ]|often[ ]|also[ ])?"
                           rf"{_CLAUSE_VERB}\b)")
_LEFT_CLAUSE = lazy_compile(rf"\b(?:{_CLAUSE_VERB}|[a-z]+ed)\b")


def _coordinated_clauses(piece):
    """``piece`` cut at each ", and" that joins two clauses (see :data:`_AND_CLAUSE`)."""
    out, at = [], 0
    for m in _AND_CLAUSE.finditer(piece):
        if _LEFT_CLAUSE.search(piece, at, m.start()):
            out.append(piece[at:m.start()])
            at = m.end()
    out.append(piece[at:])
    return [p for p in out if p]


# A population's burden of disease is the need a program answers, not an obstacle it meets.
_DISEASE_BURDEN = lazy_compile(r"\bburdens?[ ]of[ ](?:[\w\-]+[ ]){0,3}?(?:diseases?|illness(?:es)?|conditions|NCDs|ill[ ]health)\b")
_EVIDENCE = lazy_compile(r"\b(?:evaluation|study|trial|analysis|control[ ]group|sample|follow-up[ ]period)\b")
# A sentence that only announces barriers, naming none: "Officials were open about the difficulties".
_ANNOUNCED_ONLY = lazy_compile(r"\b(?:about|of|on|with|discussed|described|acknowledged|admitted)[ ](?:the|these|those|its|their|"
                               r"some|several|many)?[ ]?(?:main[ ]|key[ ])?(?:difficulties|challenges|barriers|problems|"
                               r"obstacles)$")
_OVERCOME = lazy_compile(r"\b(?:helped|helps|help|overc[oa]me|overcoming|reduc\w*|remov\w*|address\w*|tackl\w*|lower\w*|"
                         r"break(?:s|ing)?[ ]down|broke[ ]down)[ ](?:with[ ])?(?:[\w\-]+[ ]){0,2}$")
# Who voices a barrier is not part of it: "Doctors complain about the burden of documentation", "Ward
# nurses reported long waits and missing records".
_BARRIER_FRAME = lazy_compile(r"^(?:[A-Z][\w\-]*(?:\s[a-z][\w\-]*){0,2}\s)(?:sometimes\s|often\s|also\s)?"
                              r"(?:(?:complain(?:s|ed)?|worry|worries|worried)\s(?:about|that)\s|"
                              r"(?:reported|cited|named|mentioned|listed)\s(?!that\b|on\b|in\b|by\b|to\b))")
_MITIGATE = lazy_compile(r"\b(?:lessens?|reduces?|mitigates?|overcomes?|addresse?s?|tackles?|removes?|counters?)[ ]"
                         r"(?:it|this|that|them|the[ ]barrier)[ ]by[ ](?:holding[ ]|using[ ]|letting[ ])?(?P<x>[^.,;]+)|"
                         r"\bwas[ ]overcome[ ]by[ ](?P<y>[^.,;]+)|\bto[ ]remove[ ]that[ ]incentive")


# A response named with the barrier it answers, before it: "To counter turnover, the ministry has offered higher
# capitation rates in deprived districts", "To address the shortage of nurses, the board funds ten training places".
_TO_COUNTER = lazy_compile(r"(?:^|(?<=[.;:]\s)|(?<=\n))To[ ](?:counter|address|tackle|overcome|offset|ease|reduce|solve|"
                           r"remedy|combat|fight|limit)[ ](?P<what>[^,.;]{2,80}),[ ](?:[^,.;]{2,60}?[ ])?"
                           r"(?:has[ ]|have[ ]|had[ ])?(?:also[ ]|now[ ])?(?:offered|offers|introduced|introduces|created|"
                           r"creates|set[ ]up|sets[ ]up|funded|funds|paid|pays|added|adds|gave|gives|uses|used|began|"
                           r"started|hired|hires|recruited|recruits|opened|opens|raised|raises)[ ](?P<x>[^.;]{3,120}?)"
                           r"(?=[.;]|,[ ](?:and|but|which)\b|$)")


def _answered(statement, what):
    """Whether the words ``what`` a response answers name the barrier of ``statement`` (a content word of both)."""
    words = {w for w in re.findall(r"[a-z]{4,}", statement.object.get("label", "").lower())}
    return any(w in words or w.rstrip("s") in words for w in re.findall(r"[a-z]{4,}", what.lower())
               if w not in ("this", "that", "these", "those", "problem", "problems", "barrier", "barriers"))


def rule_mitigation(ctx, start, end, barrier):
    if barrier is None:
        return
    text = ctx.text
    answer = _TO_COUNTER.match(text, start, end) if text.startswith("To ", start) else None
    if answer:                           # the barrier it answers: the latest one its words name, or the last one
        what = answer.group("what")
        named = next((st for st in reversed(ctx.out) if st.predicate == ICKG + "facesBarrier" and _answered(st, what)),
                     None)
        if named is None and re.fullmatch(r"(?:this|that|these|it|them|the[ ](?:problem|barrier|shortage|gap))", what):
            named = barrier
        if named is not None:            # typed by the concept it names ("higher capitation rates": capitation)
            kind = next((x.iri for x in ctx.mentions_in(answer.start("x"), answer.end("x"))
                         if x.iri in FUNDING_CLASSES | MECHANISM_CLASSES), MECHANISM)
            ctx.add(named.object, ICKG + "mitigatedBy", node(tidy(answer.group("x")), kind), start, end,
                    "answered by", 0.5)
            return
    m = _MITIGATE.search(text, start, end)
    if not m:
        return
    label = m.group("x") or m.group("y")
    kind = MECHANISM
    if not label:
        mention = next((x for x in ctx.mentions_in(start, end)
                        if x.iri.startswith(ICKG) and x.iri in FUNDING_CLASSES | MECHANISM_CLASSES), None)
        if mention is None:
            return
        label, kind = mention.text, mention.iri
    label = re.sub(r"^letting[ ]them", "letting them", label)
    ctx.add(barrier.object, ICKG + "mitigatedBy", node(tidy(label), kind), start, end, "mitigated by", 0.55)


_ENABLER_WORDS = frozenset("enabler enablers precondition preconditions prerequisite prerequisites driver drivers "
                           "foundation foundations facilitator facilitators condition rests rest rested depends "
                           "depend depended relies relied".split())


# What makes a program work: "Full staffing of teamlets appears to be a precondition for the benefits",
# "Shared financial incentives ... are probably the main enabler of this integration", "gains rest on X".
_ENABLER = lazy_compile(
    r"(?:^|(?<=[.;:]\s)|(?<=\n)|(?<=,[ ]))(?P<x>[A-Z][^.;:]{3,140}?)[ ](?:is|are|was|were|appears?[ ]to[ ]be|seems?[ ]to[ ]be|"
    r"remains?)[ ](?:probably[ ]|likely[ ]|perhaps[ ])?(?:the|a|an)[ ](?:main[ ]|key[ ]|major[ ]|chief[ ]|important[ ]|"
    r"essential[ ]|necessary[ ]|critical[ ])?(?:enablers?|preconditions?|prerequisites?|drivers?|foundations?|"
    r"facilitators?|condition)[ ](?:of|for)\b"
    r"|\b(?:gains|success|results|achievements|improvements)[ ](?:rests?|rested|depends?|depended|relies|relied)[ ]on[ ]"
    r"(?:years[ ]of[ ])?(?P<y>[^.;]{3,120}?)(?=[ ]rather[ ]than|[.;,])")


# What a sentence says made the work possible, without an enabler's noun: "Capitation made the care centers and the
# extensivists affordable", "Bundled pricing appears to work best where, as at Geisinger, the payer and the provider
# belong to the same organisation" (what it works best where: the condition).
_MADE_POSSIBLE = lazy_compile(r"(?P<x>[A-Z][^.;:,]{2,80}?)[ ](?:has[ ]|have[ ]|had[ ])?(?:made|makes|make)[ ]"
                              r"(?:[^.;:]{1,80}?[ ])?(?:possible|affordable|feasible|sustainable|viable)\b")
_WORKS_BEST_WHERE = lazy_compile(r"\bworks?[ ]best[ ](?:where|when)[ ](?:,?[ ]?as[ ]at[ ][^,]+,[ ])?(?P<y>[^.;]{3,120}?)"
                                 r"(?=[.;]|$)")
_MADE_WORDS = frozenset("possible affordable feasible sustainable viable best".split())


def _enablers_made(ctx, start, end, subject):
    """The enablers of :data:`_MADE_POSSIBLE` and :data:`_WORKS_BEST_WHERE`."""
    text = ctx.text
    words = words_of(text, start, end)
    if _MADE_WORDS.isdisjoint(words) or not words & {"made", "makes", "make", "work", "works"}:
        return
    if words & {"not", "never", "would", "should", "could", "if"}:
        return                           # "no one has made it possible", "would make it affordable": not said to be so
    for pattern, key in ((_MADE_POSSIBLE, "x"), (_WORKS_BEST_WHERE, "y")):
        m = pattern.match(text, start, end) if key == "x" else pattern.search(text, start, end)
        if m is None:
            continue
        a, b = m.span(key)
        label = tidy(text[a:b])
        if not (1 <= _words(label) <= 16) or re.match(r"(?:it|this|that|they|we|he|she)\b", label, re.I):
            continue
        klass, iri = CONTEXT, None
        mention = next((x for x in ctx.mentions_in(a, b) if x.end <= b and (
            x.iri if x.iri.startswith(ICKG) else (x.target.fallback if x.target and x.target.fallback else None))
            in FUNDING_CLASSES | MECHANISM_CLASSES), None)
        if mention is not None:
            klass = mention.iri if mention.iri.startswith(ICKG) else mention.target.fallback
            iri = mention.iri
        ctx.add(_program_node(subject), ICKG + "enabledBy", node(label, klass, iri), start, end, "made possible", 0.5,
                hedge_of(text, start, end))


def rule_enabler(ctx, start, end, subject):
    if subject is None:
        return
    text = ctx.text
    _enablers_made(ctx, start, end, subject)
    if _ENABLER_WORDS.isdisjoint(words_of(text, start, end)):
        return
    sentence = text[start:end]
    if not re.search(r"\b(?:enabler|precondition|prerequisite|driver|foundation|facilitator|condition)s?[ ](?:of|for)"
                     r"|\b(?:rests?|rested|depends?|depended|relies|relied)[ ]on\b", sentence):
        return
    for m in _ENABLER.finditer(text, start, end):
        key = "x" if m.group("x") else "y"
        a, b = m.span(key)
        label = tidy(text[a:b])
        if not (1 <= _words(label) <= 16):
            continue
        klass, iri = CONTEXT, None
        for mention in ctx.mentions_in(a, b):
            if mention.end <= b:
                k = mention.iri if mention.iri.startswith(ICKG) else (
                    mention.target.fallback if mention.target and mention.target.fallback else None)
                if k in FUNDING_CLASSES or k in MECHANISM_CLASSES:
                    klass, iri = k, mention.iri
                    break
        if klass == CONTEXT and re.search(r"\b(?:staffing|teams?|records?|pathways?|coordination|management|"
                                          r"training|registr(?:y|ies)|protocols?|navigation|planning)\b", label, re.I):
            klass = MECHANISM
        ctx.add(_program_node(subject), ICKG + "enabledBy", node(label, klass, iri), start, end, "enabler", 0.5,
                hedge_of(text, start, end))

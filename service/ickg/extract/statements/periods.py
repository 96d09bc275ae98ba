"""When a program began and ran: the year it was established (``rule_year``) and the period it ran
(``rule_period``), read from founding sentences, timelines and dates in the text.
"""

import re

from ickg.extract.actors import ORGANIZATION, PROGRAM
from ickg.extract.lexicon import label_key
from ickg.extract.regex import lazy_compile
from ickg.extract.statements.context import _mentions_of, _named_in, _org_named_at, _program_node
from ickg.extract.statements.cues import _ESTABLISHED, _OUTCOME_VERBS, cue, searched, words_of
from ickg.extract.statements.patterns import _PROGRAM_KIND, _YEAR
from ickg.extract.statements.program_names import _MODEL_WORDS
from ickg.extract.statements.statement import ICKG, literal, node
from ickg.extract.statements.subjects import programs_in


# What a program has done since a year it has done from that year on: "has offered care at home in Manhattan
# since November 2014", "has helped people stay out of hospital since 2001", "a plan offered since 2004".
_SINCE_DONE = lazy_compile(
    r"\b(?:(?:has|have)[ ](?:[a-z]+ly[ ])?(?:offered|provided|served|helped|run|worked|supported|delivered|cared|"
    r"treated|covered|employed|trained|enrolled|funded)|(?<=[ ,])(?:offered|provided|run|delivered|written|funded))"
    r"(?=[^.;,]{0,120}?\bsince[ ](?:[A-Z][a-z]+[ ])?(?:19|20)\d\d\b)\b")
# A heading that is a date and nothing else, as a timeline's entries have ("2004", "april 2005", lower-cased).
_DATE_HEADING = lazy_compile(r"(?:(?:january|february|march|april|may|june|july|august|september|october|november|"
                             r"december)[ ])?(?P<year>19[5-9]\d|20[0-4]\d)")
_MONTH = (r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)[ ]"
          r"(?:\d{1,2},?[ ])?|\d{1,2}[ ](?:January|February|March|April|May|June|July|August|September|October|"
          r"November|December)[ ])?")
# "from 2012 to 2016", "between April 2009 and March 2011", "Period: April 2015 to March 2020" (a field's label),
# "2012-2015".
_PERIOD = lazy_compile(rf"\b(?:(?:[Ff]rom|[Bb]etween)[ ]|(?<=Period:[ ])|(?<=Duration:[ ]))(?i:{_MONTH})(?P<a>(?:19|20)\d\d)[ ]"
                       rf"(?:to|and|until)[ ](?i:{_MONTH})(?P<b>(?:19|20)\d\d)\b|"
                       r"\b(?P<c>(?:19|20)\d\d)[-–](?P<d>(?:19|20)\d\d)\b")
_MONEY = lazy_compile(r"(?:[$£€]|\b(?:million|billion|euros?|dollars?|pounds|budget)\b)")
# A bare range is a program's run where the text puts it in time: "(2012-2015)", "ran 2012-2015", "in 2012-2015",
# "during 2012-2015", a field's "Period: 2012-2015". After a noun it is that noun's period, a name's part: "the
# economic crisis of 2001-2002", "Partnership Agreement 2014-2020", "the regional health plan 2008-2010".
_RANGE_PLACED = lazy_compile(r"(?:\(|\b(?:in|during|over|ran|run|runs|operated|lasted|for|from|between|Period:|Duration:)[ ])$")
_DATA_WORDS = lazy_compile(r"\b(?:data|records|claims|interviews?|compared|studied|analy[sz]ed|survey|surveyed|"
                           r"fell|rose|grew|declined|increased|decreased|published|activity)\b")


# A sentence in which the writers say what they did: "We compared ...", "Our partnership supported ...".
_AUTHORS_OWN = lazy_compile(r"(?:(?:In|From|Between)[ ][^,]{1,40},[ ])?(?:We[ ](?:also[ ])?(?:compared|reviewed|studied|analy[sz]ed|"
                            r"interviewed|surveyed|followed|examined|used|collected|evaluated|measured|linked|matched)|"
                            r"Our[ ](?:[\w\-]+[ ]){0,2}?(?:supported|funded|helped|evaluated|studied|reviewed|followed)|"
                            r"This[ ](?:paper|study|report|article|thesis|review|evaluation)|The[ ](?:purpose|aim)[ ]of[ ]this)\b")


def rule_period(ctx, start, end, subject):
    text = ctx.text
    if text.find("19", start, end) < 0 and text.find("20", start, end) < 0:
        return                           # no year, no period: every match holds two years
    sentence = text[start:end]
    if _AUTHORS_OWN.match(sentence):
        return                           # "We reviewed referrals from 2016 to 2019": the authors' period, not the program's
    for m in _PERIOD.finditer(text, start, end):
        a, b = (m.group("a"), m.group("b")) if m.group("a") else (m.group("c"), m.group("d"))
        if not m.group("a") and not _RANGE_PLACED.search(text, max(start, m.start() - 10), m.start()) and not any(
                s_ <= m.start() and m.end() <= e_ for p in ctx.programs for s_, e_ in _mentions_of(ctx, p)):
            continue                     # "the crisis of 2001-2002": the period of the noun it follows (unless the
            #                              noun is a program whose name holds its period: "Health Plan 2011-2015")
        before = text[max(start, m.start() - 60):m.start()]
        if _DATA_WORDS.search(before) or _OUTCOME_VERBS.search(sentence[:m.start() - start]):
            continue
        if m.start() == start and (_DATA_WORDS.search(sentence) or _OUTCOME_VERBS.search(sentence) or
                                   _MONEY.search(sentence)):
            continue                     # "Between 2013 and 2017 admissions fell", "From 2016 to 2019 it has 300
            #                              million euros a year": the period of a figure, not the program's run
        named = [p for p in ctx.programs if _named_in(text, p, max(start, m.start() - 40), m.end() + 2, ctx)]
        target = _program_node(named[0]) if named else _program_node(subject) if subject is not None else None
        relative = _RAN_RELATIVE.search(text, max(start, m.start() - 160), m.start()) if not named else None
        if relative is not None:         # "CPC+ builds on the Comprehensive Primary Care initiative, which ran from
            name = relative.group("name")  # 2012 to 2016": the initiative's period, not the subject's
            target = node(name, PROGRAM) if name and (subject is None or label_key(name) not in {
                label_key(x) for x in (subject.name, subject.label, *subject.aliases) if x}) else None
        if target is None:
            continue
        ctx.add(target, ICKG + "yearEstablished", literal(int(a)), start, end, "period", 0.7)
        ctx.add(target, ICKG + "yearEnded", literal(int(b)), start, end, "period", 0.7)
    if subject is None or not words_of(text, start, end) & _ENDED_WORDS:
        return
    for m in _ENDED.finditer(text, start, end):
        named = [p for p in ctx.programs if _named_in(text, p, start, m.start(), ctx)]
        if not named and not _MODEL_WORDS.search(text, start, m.start()) and not re.match(r"(?:It|They)[ ]", sentence):
            continue                     # whose end: the program's, named or referred to before the verb
        ctx.add(_program_node(named[-1] if named else subject), ICKG + "yearEnded", literal(int(m.group("year"))),
                start, end, "ended in", 0.7)


# A period told in a relative clause on a name: "the Comprehensive Primary Care initiative, which ran from 2012 to
# 2016" (the name is kept when it is capitalised and ends on a program word; else the period is no one's known).
_RAN_RELATIVE = lazy_compile(r"(?:(?:the[ ])?(?P<name>[A-Z][\w\-+&]*(?:[ ](?:[A-Z][\w\-+&]*|of|for|and))*[ ](?:initiative|"
                             r"program|programme|pilot|model|scheme|project|demonstration))|[a-z\-]+)(?:[ ]\([^()]{1,20}\))?"
                             r",?[ ](?:which|that)[ ](?:also[ ]|first[ ])?(?:ran|operated|lasted|existed|was[ ]in[ ]place|"
                             r"was[ ]run)[ ]$")


# A program's end in a year: "The pilot ended in 2019", "the scheme was abolished in 2015", "the pilot ran until
# March 2009", "pilots that run until 2022".
_ENDED = lazy_compile(r"\b(?:(?:ended|closed|(?:was|were)[ ](?:discontinued|abolished|wound[ ]up|closed|ended|terminated|"
                      r"replaced))[ ](?:\w+[ ]){0,3}?in|(?:ran|run|runs|lasted|continued|operated)[ ](?:[a-z]+[ ]){0,2}?until)[ ]"
                      r"(?:(?:early|late|mid-)[ ]?)?(?:[A-Z][a-z]+[ ])?(?:\d{1,2},?[ ])?(?P<year>(?:19|20)\d\d)\b")
_ENDED_WORDS = frozenset("ended closed discontinued abolished wound terminated replaced until".split())


_ORG_FOUNDED = lazy_compile(r"(?P<name>[A-Z][\w\-]+(?:[ ][A-Z][\w\-]+){0,4})(?:[ ]\([^)]*\))?(?:[ ](?:is|was)|,)[ ]an?[ ]"
                            r"[^.]{0,80}?(?:organi[sz]ation|company|foundation|network|system|provider|insurer|"
                            r"health[ ]plan|trust|charity|cooperative)[ ](?:founded|established|set[ ]up|created)[ ]in[ ]"
                            r"(?P<year>\d{4})")
# A body that opens a sentence, perhaps after its date, and was formed then: "The Saskatchewan Health Authority was
# formed on 4 December 2017", "In 1996 the Acme Care Organization was set up to ...", "Cherokee Health Systems began in 1960".
_BODY_FORMED = lazy_compile(r"(?:(?:In|On)[ ](?:\d{1,2}[ ])?(?:[A-Z][a-z]+[ ])?(?P<y0>(?:19|20)\d\d),?[ ])?(?:[Tt]he[ ])?"
                            r"(?P<name>[A-Z][\w\-&'’]*(?:[ ](?:[A-Z][\w\-&'’]*|of|for|and))*?[ ][A-Z][\w\-&'’]*)"
                            r"(?:[ ]\([^()]{1,30}\))?[ ](?:was[ ](?:formed|founded|set[ ]up|established|created|opened)|"
                            r"began|opened)\b(?![ ](?:the|a|an|its|their|his|her|our|to|work|operating)\b)(?:[^.;]{0,40}?(?<=[ ])(?:in|on)[ ](?:\d{1,2}[ ])?(?:[A-Z][a-z]+[ ])?"
                            r"(?:\d{1,2},[ ])?(?P<year>(?:19|20)\d\d)\b)?")
# (A verb with its object after it is no participle: "Mansfield, Ohio, set up the first HUB in 1999" is Ohio's act.)
_SET_UP_IN = lazy_compile(r"(?P<name>[A-Z][\w\- ]+?)(?:[ ]\([A-Z]+\))?,[ ](?:set[ ]up|established|founded|created)"
                          r"(?![ ](?:the|a|an|its|their|his|her|our)[ ])[^.,]{0,40}?[ ]in[ ](?P<year>\d{4})")


# The year in a law's name is the law's ("the Affordable Care Act of 2010", "Connecting Care Act, 2019").
_LAW_YEAR = lazy_compile(r"\b(?:[Aa]ct|[Ll]aw|Bill|Decree|Order)(?:,|[ ]of)?[ ]$")


_PUBLISHED_FRAMEWORK = lazy_compile(r"\bpublished[ ]the[ ](?:framework|strategy)\b")


_SINCE_YEAR = lazy_compile(r"(?:Since|From)[ ]\d{4}\b")
# The subject of a clause after "Since 2009" that is the program itself: a pronoun, a program word, or "we" (its
# operator speaking): "Since 2009 we have designated practices", "Since 2010 the network has ...".
_SINCE_PROGRAM_SUBJECT = lazy_compile(r",?[ ](?:it|they|we|(?:the|this|its|our)[ ](?:[a-z\-]+[ ]){0,2}?" + _PROGRAM_KIND + r")\b")


# A sentence that opens on when its subject began: "Founded in 1911, Clalit Health Services is ...",
# "Launched in November 2016, the programme ...": the year of what the main clause is about.
_PARTICIPLE_OPENING = lazy_compile(r"(?:[Ff]ounded|[Ee]stablished|[Ss]et[ ]up|[Cc]reated|[Ll]aunched|[Ss]tarted|[Ii]ntroduced|"
                                   r"[Oo]pened|[Ff]ormed)[ ]"
                                   r"(?:in[ ])?(?:(?:early|late|mid-)[ ]?)?(?:\d{1,2}[ ])?(?:[A-Z][a-z]+[ ])?"
                                   r"(?P<year>(?:19|20)\d\d)(?:[ ]by[ ][^,.;()]{2,80}?)?,[ ](?P<the>(?:the|its|our|this)[ ])?")
_KIND_AFTER = lazy_compile(r"(?:[a-z\-]+[ ]){0,2}" + _PROGRAM_KIND)


def _participle_opening(ctx, start, end, subject):
    """(node, year) of a sentence that opens "Founded in 1911, X ..." (:data:`_PARTICIPLE_OPENING`): the
    program or body named right after the comma, or the main program when a kind noun stands there."""
    m = _PARTICIPLE_OPENING.match(ctx.text, start, end)
    if m is None:
        return None
    at = m.end()
    for p in programs_in(ctx, start, end):
        if any(s == at for s, _ in _mentions_of(ctx, p)):
            return _program_node(p), int(m.group("year"))
    for o in ctx.orgs:
        if o.source != "institution noun" and any(s == at for s, _ in _mentions_of(ctx, o)):
            return node(o.name, ORGANIZATION), int(m.group("year"))
    pronoun = re.match(r"(?:it|they)[ ]", ctx.text[at:at + 5])
    if subject is not None and (pronoun or m.group("the") and _KIND_AFTER.match(ctx.text, at, end)):
        return _program_node(subject), int(m.group("year"))      # "..., it", "..., the network"
    return None


def rule_year(ctx, start, end, subject):
    text = ctx.text
    sentence = text[start:end]
    if sentence[:1] in "FESCLIOfesclio":   # (a participle's capital is lowered before the rules: see find_statements)
        opening = _participle_opening(ctx, start, end, subject)
        if opening is not None:
            ctx.add(opening[0], ICKG + "yearEstablished", literal(opening[1]), start, end, "founded in, opening", 0.75)
            return
    for m in (_ORG_FOUNDED.finditer(text, start, end) if any(
            w in sentence for w in ("founded in", "established in", "set up in", "created in")) else ()):
        ctx.add(node(m.group("name"), ORGANIZATION), ICKG + "yearEstablished", literal(int(m.group("year"))),
                start, end, "organization founded in", 0.8)
        return
    for m in (_SET_UP_IN.finditer(text, start, end) if ", " in sentence and any(
            w in sentence for w in ("set up", "established", "founded", "created")) else ()):
        name = m.group("name").strip()
        entity = next((e for e in ctx.entities if e.kind in ("organization", "program") and name.endswith(e.name)), None)
        if entity is None:
            name = re.sub(r"^.*?\b(?:valued|supported|praised|criticised|criticized|described|called)[ ](?:the[ ])?", "", name)
            entity = next((e for e in ctx.entities if e.name == name or name in e.aliases), None)
        else:
            name = entity.name
        kind = PROGRAM if entity and entity.kind == "program" else ORGANIZATION
        target = node(name, kind)
        if entity is None and subject is not None and re.fullmatch(
                r"(?:The|This|Its)[ ](?:[a-z\-]+[ ]){0,2}(?:network|programme|program|model|pilot|scheme|initiative|"
                r"service|system|project|partnership|strategy)", name):
            target = _program_node(subject)    # "The network, established in 2011, ...": the program it stands for
        ctx.add(target, ICKG + "yearEstablished", literal(int(m.group("year"))), start, end, "set up in", 0.75)
        return
    founded = _BODY_FORMED.match(sentence) if " was " in sentence or " began " in sentence or " opened " in sentence else None
    if founded is not None and (founded.group("year") is None) == (founded.group("y0") is None):
        founded = None                   # one date, before the body or after its verb
    if founded is not None:
        # "The Saskatchewan Health Authority was formed on 4 December 2017": the body that opens the sentence
        # was founded then, not the program the document is about (unless it is the program's own name)
        at = start + founded.start("name")
        org = _org_named_at(ctx, at)
        if org is not None and org.source not in ("institution noun", "publisher") and org.name[:1].isupper() and \
                _mentions_of(ctx, org) and any(s_ == at and e_ - s_ == founded.end("name") - founded.start("name")
                                                for s_, e_ in _mentions_of(ctx, org)) and \
                not (subject is not None and label_key(org.name) in {label_key(x) for x in (
                    subject.name, subject.label, *subject.aliases) if x}):
            ctx.add(node(org.name, ORGANIZATION), ICKG + "yearEstablished", literal(int(founded.group("year") or founded.group("y0"))),
                    start, end, "body formed in", 0.7)
            return
    if not cue(_ESTABLISHED, text, start, end) and not _SINCE_YEAR.match(sentence) and not (
            " since " in sentence and _SINCE_DONE.search(sentence)):
        return
    if _DATA_WORDS.search(sentence) and not re.match(r"(?:In|Since|From)[ ]\d{4}\b", sentence) and not (
            _PUBLISHED_FRAMEWORK.search(sentence) and not _DATA_WORDS.search(sentence.replace("published", ""))):
        return                           # a study's data, not a start; "published the framework in 2016" is one
    years = [m for m in _YEAR.finditer(text, start, end) if not _PERIOD.search(text, max(start, m.start() - 20), m.end() + 12)
             and not _LAW_YEAR.search(text, max(start, m.start() - 12), m.start())]
    if not years and subject is not None:
        above = text[text.rfind("\n", 0, start - 1) + 1:start - 1].strip() if text[start - 1:start] == "\n" else ""
        dated = _DATE_HEADING.fullmatch(above.lower()) if above[:1].isalnum() else None
        if dated and not any(s.predicate == ICKG + "yearEstablished" for s in ctx.out):
            # a timeline's "April 2005" line over "The first 52 teams are approved ...": the first dated start
            named = programs_in(ctx, start, end)
            ctx.add(_program_node(named[0] if named else subject), ICKG + "yearEstablished",
                    literal(int(dated.group("year"))), start, end, "dated heading", 0.6)
        return
    if subject is None:
        return
    year = years[0]
    named = programs_in(ctx, start, end)
    if named and subject is not None and all(p is not subject for p in named) and \
            re.match(r"(?:It|They)[ ](?:was|were|is|are|has|have|had)[ ]", sentence) and not _relative_start(ctx, named, year):
        named = []                       # "It was started in 2017 ..., and it is funded by the X Fund": its own year
    target = subject
    if not named and any(p.start == start and re.match(r"[ ](?:has|have)[ ](?:had|been)\b", text[p.end:p.end + 12])
                         for p in ctx.places) and not _MODEL_WORDS.search(text, start, end):
        return                           # "Northern Ireland has had integrated care since 1973": the place's history
    if not named and not _MODEL_WORDS.search(text, start, end):
        cue_at = searched(_ESTABLISHED, text, start, end) or (_SINCE_DONE.search(text, start, end)
                                                               if text.find(" since ", start, end) >= 0 else None)
        limit = cue_at.start() if cue_at else end
        lead = re.match(r"(?:Since|From)[ ]\d{4}[ ](?:the[ ]|its[ ]|\w+[ ])?", sentence)
        bodies = [o for o in ctx.orgs if o.source != "institution noun" and lead and any(
            s == start + lead.end() and e <= limit for s, e in _mentions_of(ctx, o))]
        if bodies:
            body = min(bodies, key=lambda o: min(s for s, _ in _mentions_of(ctx, o) if s >= start))
            ctx.add(node(body.name, ORGANIZATION), ICKG + "yearEstablished", literal(int(year.group())), start, end,
                    "organization since", 0.6)
            return
    if not named and _SINCE_YEAR.match(sentence) and not searched(_ESTABLISHED, text, start, end) and \
            not _SINCE_PROGRAM_SUBJECT.match(text, start + _SINCE_YEAR.match(sentence).end(), end):
        return                           # "Since 2008 most of the population has been covered by ...": the year of what
        #                                  the clause is about, which is not the program (named, or by a kind or pronoun)
    if len(named) > 1:
        pairs = _years_by_cue(ctx, start, end, named, years)
        if pairs:
            for program, y in pairs:
                ctx.add(_program_node(program), ICKG + "yearEstablished", literal(int(y.group())), start, end,
                        "launched in", 0.7)
            return
    if named:
        target = min(named, key=lambda p: min((abs(s - year.start()) for s, _ in _mentions_of(ctx, p)
                                               if start <= s < end), default=10 ** 6))
    if not named and _participle_on_another_noun(ctx, start, year, subject):
        return                           # "through the Veterans Equitable Resource Allocation system, introduced in
        #                                  1997": the year of the thing the participle is on, not the program's
    began = _BEGAN_RELATIVE.search(text, max(start, year.start() - 200), year.start())
    if began is not None and re.search(r"\b(?:is|are|was|were|as)$", text[max(start, began.start() - 5):began.start()]):
        began = None                     # "Whānau Ora is a whānau-centred approach ... that the Government launched in
        #                                  2010": the clause is on the subject itself
    if began is not None:                # "part of the re-engineering of primary health care that the National
        name = began.group("name")       # Department of Health began in 2011": the re-engineering's year
        if any(label_key(name) in {label_key(x) for x in (p.name, p.label, *p.aliases) if x}
               for p in (*named, *([target] if target is not None else []))):
            began = None                 # a program the sentence names: the rules below weigh it
        else:
            ctx.add(node(name, PROGRAM), ICKG + "yearEstablished", literal(int(year.group())), start, end,
                    "began in, relative", 0.6)
            return
    founded = _founded_object(ctx, start, end, target)
    if founded is not None:              # "In 2010 Clalit founded the Clalit Research Institute": the institute's year
        ctx.add(founded, ICKG + "yearEstablished", literal(int(year.group())), start, end, "founded body", 0.7)
        return
    ctx.add(_program_node(target), ICKG + "yearEstablished", literal(int(year.group())), start, end,
            "launched in", 0.7)


# A participle of founding on a noun right before it: "the long-term care insurance scheme introduced in 2000", "the
# Veterans Equitable Resource Allocation system, introduced in 1997". The noun is a thing's (a comma before the
# participle, or a noun no body is named by), since "that the Government launched in 2010" is a finite verb.
_PARTICIPLE_ON = lazy_compile(r"(?P<before>[\w\-’']+)(?P<comma>,)?[ ](?:introduced|launched|established|created|set[ ]up|"
                              r"founded|formed|adopted)[ ](?:in|on)[ ](?:[A-Z][a-z]+[ ]|\d{1,2}[ ][A-Z][a-z]+[ ])?$")
_THING_NOUNS = frozenset("system systems scheme schemes programme program plan policy fund reform model initiative "
                         "project pilot service strategy insurance law act framework benefit payment".split())
_SUBJECT_REFERENCE = lazy_compile(r"\b(?:the|this|its|our)[ ](?:(?:new|national|first|pilot)[ ])?" + _PROGRAM_KIND + r"$")


def _participle_on_another_noun(ctx, start, year, subject) -> bool:
    """Whether ``year`` follows a participle of founding on a noun that is not ``subject``: neither its
    name nor "the programme" (see :data:`_PARTICIPLE_ON`)."""
    text = ctx.text
    m = _PARTICIPLE_ON.search(text, max(start, year.start() - 60), year.start())
    if m is None or not (m.group("comma") or m.group("before").lower() in _THING_NOUNS) or \
            m.group("before") in ("It", "it", "and", "but", "was", "were", "been", "is", "are", "first"):
        return False
    if _SUBJECT_REFERENCE.search(text, max(start, m.start() - 40), m.end("before")):
        return False                     # "the programme, launched in 2010": the subject itself
    end_noun = m.end("before")
    if subject is not None and any(e == end_noun or (e < end_noun and re.fullmatch(r"[ ]\([^()]{1,40}\)", text[e:end_noun]))
                                   for _, e in _mentions_of(ctx, subject)):
        return False                     # "Whānau Ora, launched in 2010"
    return True


# A year told in a relative clause whose subject is a body: "the re-engineering of primary health care that the
# National Department of Health began in 2011" is the year of what the clause is on, not of the sentence's subject.
_BEGAN_RELATIVE = lazy_compile(r"(?:^|[ ])(?:the|a|an)[ ](?P<name>[\w\-]+(?:[ ][\w\-]+){0,5}?),?[ ](?:that|which)[ ]"
                               r"(?:the[ ]|its[ ])?[A-Z][\w\-&]*(?:[ ](?:[A-Z][\w\-&]*|of|for|and))*[ ](?:first[ ])?"
                               r"(?:began|launched|introduced|started|set[ ]up|created|established|founded)[ ](?:it[ ])?"
                               r"(?:in|on)[ ](?:[A-Z][a-z]+[ ]|\d{1,2}[ ][A-Z][a-z]+[ ])?$")


# A body that a founding verb makes, right after it: "In 2010 Clalit founded the Clalit Research Institute",
# "the ministry set up a National Health Agency in 2004".
_FOUNDS = lazy_compile(r"[ ](?:founded|set[ ]up|established|created|formed)[ ](?:the|a|an|its)[ ](?:(?:first|new)[ ])?")


def _founded_object(ctx, start, end, target):
    """The node of an organization (not ``target``, nor a program) that a founding verb of the sentence
    text[start:end] has for its object, or None (see :data:`_FOUNDS`)."""
    text = ctx.text
    if not any(w in text[start:end] for w in (" founded ", " set up ", " established ", " created ", " formed ")):
        return None
    for m in _FOUNDS.finditer(text, start, end):
        org = _org_named_at(ctx, m.end())
        if org is None or org.source in ("institution noun", "publisher") or not org.name[:1].isupper():
            continue
        if target is not None and label_key(org.name) in {label_key(x) for x in (
                target.name, target.label, *target.aliases) if x}:
            return None
        if any(p is not target and any(s == m.end() for s, _ in _mentions_of(ctx, p)) for p in ctx.programs):
            return None                   # a program named there: the rules above weigh it
        return node(org.name, ORGANIZATION)
    return None


# A relative clause on a program's name that says when it began: "the Physician Group Incentive Program (PGIP),
# which we launched in 2005": that program's year, whatever the sentence's subject.
_RELATIVE_START = lazy_compile(r"(?:[ ]\([^()]{1,40}\))?,?[ ](?:which|that)[ ](?:[a-z]+[ ]){0,3}?(?:launched|began|started|"
                               r"introduced|created|established|set[ ]up|founded|developed)[ ](?:it[ ])?(?:in|on)[ ]"
                               r"(?:[A-Z][a-z]+[ ]|\d{1,2}[ ][A-Z][a-z]+[ ])?$")


def _relative_start(ctx, named, year):
    """Whether ``year`` is told in a relative clause right after a mention of one of ``named`` (see
    :data:`_RELATIVE_START`)."""
    return any(_RELATIVE_START.fullmatch(ctx.text, e, year.start()) for p in named for _, e in _mentions_of(ctx, p)
               if e <= year.start() and year.start() - e <= 120)


def _years_by_cue(ctx, start, end, named, years):
    """(program, year) for each verb of founding in a sentence that names several programs: the
    program the verb governs (named right after it: "launched the X"; else the last named before
    it: "X, a scheme that began in 1995") and the year nearest after it (else before it), a year
    inside a program's own name ("Health Plan 2011-2015") not counting."""
    text = ctx.text
    spans = [(s, e, p) for p in named for s, e in _mentions_of(ctx, p) if start <= s < end]
    years = [y for y in years if not any(s <= y.start() < e for s, e, _ in spans)]
    out = []
    cues = list(_ESTABLISHED.finditer(text, start, end))
    if text.find(" since ", start, end) >= 0:
        cues = sorted(cues + list(_SINCE_DONE.finditer(text, start, end)), key=lambda m: m.start())
    for cue_m in cues:
        after = re.match(r"[ ](?:the|a|an|its|their)[ ](?:(?:first|new|original|pilot|second)[ ])*",
                         text[cue_m.end():cue_m.end() + 40])     # "set up the first HUB in 1999"
        governed = [p for s, _, p in spans if after and cue_m.end() <= s <= cue_m.end() + after.end() + 1] or \
            [p for s, e, p in sorted(spans, key=lambda x: x[0]) if e <= cue_m.start()][-1:]
        later = [y for y in years if y.start() >= cue_m.end()]
        earlier = [y for y in years if y.end() <= cue_m.start()]
        year = min(later, key=lambda y: y.start()) if later else (max(earlier, key=lambda y: y.start()) if earlier else None)
        if governed and year is not None and (id(governed[0]), year.group()) not in {(id(p), y.group()) for p, y in out}:
            out.append((governed[0], year))
    return out

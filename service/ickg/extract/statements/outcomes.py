"""Results a program reported: changes, comparisons, null results and what participants had more or less
of, each with the hedge that qualifies it.
"""

import re

from ickg.extract.regex import lazy_compile
from ickg.extract.statements.context import _mentions_of, _program_node
from ickg.extract.statements.cues import _GOAL_CUES, _OUTCOME_VERBS, _REPORT_VERBS, cue, words_of
from ickg.extract.statements.hedges import hedge_of
from ickg.extract.statements.patterns import _FINITE
from ickg.extract.statements.phrases import _words, clause_end, label_forms, tidy
from ickg.extract.statements.statement import ICKG, OUTCOME, node


_ASSOCIATED_WITH = lazy_compile(r"\b(?:was|were|is|are)[ ](?:\w+[ ])?associated[ ]with[ ](?P<y>.+)$")
_STUDIED_LEAD = lazy_compile(r"^(?:[A-Z][\w\-]*[ ](?:in|for)[ ]the[ ][^ ]+[ ]of[ ][a-z]+[ ])")
_COMPARED_LEAD = lazy_compile(r"^(?:[Cc]ompared[ ](?:with|to)|[Rr]elative[ ]to|[Ii]n[ ]comparison[ ]with|[Aa]mong[ ][\d,]+)"
                              r"[^,]{1,60},[ ]")
_WHERE_FELL = lazy_compile(r"[ ](?:in|by|among|for)[ ](?:the[ ])?(?:area|areas|older people|the same bundle)"
                           r"(?=[ ](?:fell|rose|grew))")
_FLIPPED = lazy_compile(r"(?P<np>[\w\- ]+?)[ ](?:are|is|were|was)[ ](?P<adj>modest|small|limited|substantial|"
                        r"large|significant)")


_CLAUSE_SPLIT = lazy_compile(r",[ ]but[ ](?=[^,.;]{3,60}?\b(?:did[ ]not[ ]change|fell|rose|grew|increased|decreased|"
                             r"improved|declined|remained)\b)|"
                             r"[ ]and[ ](?=[a-z][^,.;]{2,40}?[ ](?:fell|rose|grew|increased|decreased|improved|declined)[ ]"
                             r"(?:by|from|to)\b)|,[ ](?:and[ ])?(?:while|whereas)[ ]|,[ ]and[ ](?=[a-z]+[ ][a-z]+[ ](?:fell|rose|grew|"
                             r"reported|had|increased|decreased)\b)|[ ]while[ ]|,[ ]and[ ](?=(?:their|its|the|waiting|"
                             r"far|about|roughly|slightly|most)\b)|[ ]and[ ](?=(?:fewer|more|lower|higher|better|less|"
                             r"about|roughly|far|slightly|a[ ]third|(?:\d+[ ]percent)))|,[ ]together[ ]with[ ]"
                             r"|,[ ]and[ ](?=[a-z]{3,}ed[ ](?!by\b|to\b|with\b))"
                             r"|,[ ]and[ ](?=[^,.;]{3,60}?[ ](?:fell|rose|grew|increased|decreased|improved|declined)\b)"
                             r"|,[ ]and[ ](?=[^,.;]{3,40}?[ ](?:are|is|were|was)[ ](?:similar|comparable)\b)"
                             r"|,[ ]and[ ](?=[^,.;]{3,60}?[ ](?:are|is|were|was)[ ](?:lower|higher|shorter|longer|fewer|"
                             r"better|worse|reduced)\b)"
                             r"|,[ ](?=[a-z][^,.;]{2,40}?[ ](?:fell|rose|grew|increased|decreased|improved|declined)\b)"
                             r"|[ ]and[ ](?:said|reported|felt|found)[ ](?:that[ ])?"
                             r"|[ ]and[ ](?=(?:the|their|its)[ ][^,.;]{3,40}?[ ](?:was|were)[ ](?:shorter|lower|higher|fewer|"
                             r"longer|better|worse|smaller|greater|reduced)\b)"
                             r"|,[ ]and[ ](?=[^,.;]{3,50}?[ ](?:had|have|has|saw|showed)[ ](?:fewer|more|lower|higher|"
                             r"better|less|shorter)\b)"
                             r"|,[ ](?=(?:fewer|more|lower|higher|better|less|shorter|longer|greater|smaller|reduced|"
                             r"improved)[ ])|,[ ]and[ ](?=(?:they|patients|clients|staff|clinicians|members)[ ]"
                             r"(?:reported|said|had)\b)"
                             # "reports that X were 8.6% against 15.6%, and that Y were about half as frequent": two
                             r"|,?[ ]and[ ]that[ ]")


# Who reports a result about themselves, before the verb of reporting: "Families who have an Admiral Nurse tell us
# they ...", "Our patients tell us that they ...", "Clinicians say they ...": the plural noun that "they" stands for.
_REPORTER = lazy_compile(r"(?:(?:Our|our|Their|their|The|the|Many|many|Most|most|Some|some)[ ])?(?P<who>[A-Za-z][a-z\-]*s)"
                         r"(?:[ ](?:who|that)[ ][^,.;]{1,60}?)?[ ]")


_RELATIVE = lazy_compile(r"[ ](?:who|that|which)[ ](?:[\w\-]+[ ]){1,6}?(?=(?:felt|feel|feels|had|have|has|were|was|are|is|"
                         r"reported|saw|showed|used|made|rated)\b)")


def _outcome_labels(text, start, end):
    """Reported results in a sentence, one label each: what fell, rose or improved."""
    labels = []
    pieces, cursor = [], start
    for m in _CLAUSE_SPLIT.finditer(text, start, end):
        pieces.append((cursor, m.start()))
        cursor = m.end()
    pieces.append((cursor, end))
    for s, e in pieces:
        piece = text[s:e]
        report = None
        for r in _REPORT_VERBS.finditer(piece):
            if r.group().rstrip() in ("have", "had") and _PERFECT_CHANGE.match(piece, r.end() - 1):
                continue                 # "admissions have fallen by a quarter": the result's own verb, not a report
            report = r
        reporter = None
        if report and not _OUTCOME_VERBS.search(piece[:report.start()]):
            reporter = _REPORTER.fullmatch(piece, 0, report.start())
            s = s + report.end()
            piece = text[s:e]
        cut = clause_end(text, s, e)
        piece = text[s:cut]
        if reporter and piece.startswith("they "):
            # "Families who have an Admiral Nurse tell us they feel less alone": the families feel less alone
            piece = reporter.group("who").lower() + piece[4:]
        if _words(piece) < 3 and _RELATIVE.match(text, cut):
            # "patients who visited the kiosk felt better able ...": the result is the main clause's
            rel = _RELATIVE.match(text, cut)
            piece = text[s:cut] + " " + text[rel.end():clause_end(text, rel.end(), e)]
        piece = _STUDIED_LEAD.sub("", piece)
        piece = _COMPARED_LEAD.sub("", piece)                # "Among 1,300 enrolled patients, ..." is whose result, not what
        piece = _TIME_LEAD.sub("", piece)
        piece = _CAUSED_LEAD.sub("", piece)    # "the scheme led to shorter waits": the shorter waits
        piece = _PER_HEAD.sub("", piece)
        piece = _WHERE_FELL.sub("", piece)
        piece = _WHERE_CHANGED.sub("", piece)
        if not _OUTCOME_VERBS.search(piece):
            continue
        assoc = _ASSOCIATED_WITH.search(piece)
        if assoc:
            piece = assoc.group("y")
        label = tidy(piece)
        flipped = _FLIPPED.fullmatch(label)
        if flipped:
            label = f"{flipped.group('adj')} {flipped.group('np')}"
        shared = _SHARED_CHANGE.fullmatch(label)
        if shared and not _FINITE.search(shared.group("a")) and not _FINITE.search(shared.group("b")) \
                and not re.search(r"\b(?:of|for|in|with|by|to)\b", shared.group("a")):   # "Use of residential and nursing homes"
            # "Acute admissions and emergency attendances grew more slowly": two results
            labels += [f"{shared.group('a')} {shared.group('vp')}", f"{shared.group('b')} {shared.group('vp')}"]
            continue
        if 2 <= _words(label) <= 16:
            labels.append(label)
    return labels


_PERFECT_CHANGE = lazy_compile(r"[ ](?:\w+ly[ ])?(?:fallen|risen|grown|dropped|declined|decreased|increased|improved|"
                               r"halved|doubled)\b")
_CAUSED_LEAD = lazy_compile(r"^(?:[\w\-]+[ ]){0,4}?(?:has[ ]|have[ ]|had[ ])?(?:also[ ])?(?:led[ ]to|resulted[ ]in|"
                            r"contributed[ ]to|brought[ ]about)[ ](?=\S)")
_TIME_LEAD = lazy_compile(r"^(?:(?:After|Since|Following|During|Over)[ ][^,]{1,40},[ ]|(?:Between|From)[ ](?:19|20)\d\d[ ]"
                          r"(?:and|to)[ ](?:19|20)\d\d,?[ ]|In[ ](?:19|20)\d\d,?[ ]|"
                          r"(?:In|During|Over|Within)[ ](?:its|the|their)[ ](?:first|second|third|fourth|fifth|last|final|"
                          r"early|two|three|four|five)[ ](?:full[ ])?(?:years?|months|phase|decade),?[ ])(?=[a-z])")
_PER_HEAD = lazy_compile(r"[ ]per[ ](?:head|capita|person)(?:[ ]of[ ](?:the[ ])?population)?(?=[ ])")
_WHERE_CHANGED = lazy_compile(r"[ ](?:in|among|at)[ ](?:the[ ])?(?:[\w\-]+[ ]){0,3}?(?:sites?|practices|clinics|regions?|groups?)"
                              r"(?=[ ](?:fell|rose|grew|increased|decreased|declined|dropped)\b)")
_SHARED_CHANGE = lazy_compile(r"(?P<a>[A-Za-z][\w\-]*(?:[ ][a-z][\w\-]*){1,5})[ ]and[ ](?P<b>[a-z][\w\-]*(?:[ ][a-z][\w\-]*){1,5})"
                              r"[ ](?P<vp>(?:grew|fell|rose|increased|decreased|declined|improved|dropped)\b.*)")


# A change dated from the program's start ("Since the programme began, falls have decreased"), or one the
# program is said to have caused ("The scheme led to shorter waits", "The model has resulted in fewer
# admissions"): a result, in whatever section it stands.
_SINCE_PROGRAM = lazy_compile(r"(?:Since|After|Following)[ ](?:the|its|this)[ ](?:[\w\-]+[ ]){0,2}?(?:programme|program|"
                              r"model|scheme|pilot|network|initiative|service|intervention|reform)[ ](?:began|started|"
                              r"opened|(?:was|were)[ ](?:introduced|launched|set[ ]up)|(?:took|came)[ ]into[ ](?:effect|force))")
# A change dated by the program's start, anywhere in the sentence: "Out-of-pocket spending on health fell after the
# scheme began", "The share of residents signed up with a family doctor rose after the merger".
_AFTER_PROGRAM = lazy_compile(r"\b(?:fell|rose|dropped|declined|decreased|increased|grew|improved|halved|doubled)[ ]"
                              r"(?:[\w\-]+[ ]){0,4}?(?:after|since|following|once)[ ](?:the|its|this)[ ](?:[\w\-]+[ ]){0,2}?"
                              r"(?:programme|program|model|scheme|pilot|network|initiative|service|intervention|reform|merger|"
                              r"teams|networks)\b(?![ ](?:of|for)[ ])")
_AFTER_NAMED = lazy_compile(r"\b(?:fell|rose|dropped|declined|decreased|increased|grew|improved|halved|doubled)[ ]"
                            r"(?:[\w\-]+[ ]){0,4}?(?:after|since|following|once)[ ]$")


def _after_named(ctx, subject, start, end):
    """Whether the sentence dates a change by the program's start, naming it: "visits fell after CCOs began"."""
    text = ctx.text
    if " after " not in text[start:end] and " since " not in text[start:end]:
        return False
    return any(start <= s_ < end and _AFTER_NAMED.search(text, max(start, s_ - 60), s_) and
               re.match(r"[ ](?:began|started|opened|(?:was|were)[ ](?:introduced|launched|set[ ]up))\b", text[e_:e_ + 30])
               for s_, e_ in _mentions_of(ctx, subject))


_PROGRAM_LED_TO = lazy_compile(r"\b(?:programme|program|model|scheme|pilot|network|initiative|service|intervention|"
                               r"reform|approach)[ ](?:has[ ]|have[ ]|had[ ])?(?:also[ ])?(?:led[ ]to|resulted[ ]in|"
                               r"contributed[ ]to|brought[ ]about)[ ](?:an?[ ]|the[ ])?(?:[\w\-%]+[ ]){0,2}?"
                               r"(?:fewer|less|lower|higher|more|better|shorter|faster|reduc|improv|increas|decreas|drop|fall|rise)")


# A sentence that opens with the study and goes on to its result: "In the original randomized trial of 749
# patients, hospital use within 30 days was 30% lower"; "In the Memphis trial, which enrolled 1,139 women, ...".
_STUDY_LEAD = lazy_compile(r"(?:In|From)[ ](?:the|a|an|its|this|their|one)[ ][^,.;]{0,80}?\b(?:trials?|study|studies|"
                           r"evaluations?|analysis|analyses|review|survey)\b[^,.;]{0,80},(?:[ ](?:which|that|who)[^,.;]{3,80},)?[ ]"
                           r"(?=[a-z])")


# A sentence that opens on fewer of something, after at most a lead of time, states a result as such:
# "Fewer households were pushed into poverty by health spending", "By 2015 fewer patients were admitted".
_FEWER_OPEN = lazy_compile(r"(?:(?:Over|Since|By|In|During|Within|After)[ ][^,.;]{1,40}?,?[ ])?(?:Fewer|fewer)[ ]"
                           r"(?!than\b)[a-z][\w\-]*[ ](?:[\w\-]+[ ]){0,4}?(?:were|was|had|have|are|is)[ ]")


# The words of a heading over a document's results ("Results", "Findings", "What happened", "Early evidence"): its
# sentences report results, of the program the document is about unless they name another. One list for every
# rule that reads results (changes and null results alike).
_RESULTS_HEADING_WORDS = ("result", "finding", "highlight", "changed", "what we know", "outcome", "impact", "evaluation",
                          "reported", "found", "happened", "achieve")


def _results_section(section):
    return any(w in section for w in _RESULTS_HEADING_WORDS)


def rule_outcome(ctx, start, end, subject, follow, after_study=False):
    """Reported results: in a results section, in a sentence that reports or finds, or after the
    sentence that describes the document's own study ("We compared ... Enrolled patients had fewer
    admissions")."""
    if subject is None:
        return
    text = ctx.text
    sentence = text[start:end]
    section = ctx.section_of(start)
    results = _results_section(section)
    if not cue(_OUTCOME_VERBS, text, start, end):
        return
    if not (results or after_study or words_of(text, start, end) & {"report", "reports", "reported", "found", "showed",
                                                                      "suggest", "say", "says", "said", "associated",
                                                                      "appear", "appears", "seem", "seems", "tell",
                                                                      "tells", "told"}
            or _COMPARED_WITH.search(sentence) or _MEASURED_CHANGE.search(sentence)
            or _PROGRAM_DID.match(sentence) or _named_did(ctx, subject, start, end)
            or _SINCE_PROGRAM.match(sentence) or _PROGRAM_LED_TO.search(sentence) or _FEWER_OPEN.match(sentence)
            or _AFTER_PROGRAM.search(sentence) or _after_named(ctx, subject, start, end)):
        return
    if cue(_GOAL_CUES, text, start, end) or words_of(text, start, end) & {"will", "would", "whether", "should"}:
        return
    hedge = hedge_of(text, start, end, follow)
    for label in _outcome_labels(text, start, end):
        ctx.add(_program_node(subject), ICKG + "hasOutcome", _outcome_node(label, text, start, end), start, end,
                "reported result", 0.5, hedge)


# Who or what a result is of, between its head and its verb, is left out when a reader writes it down: "patients in
# Guided Care rated ...": "patients rated ...", "emergency admissions of the people in the pilot did not fall in its
# first eighteen months": "emergency admissions did not fall ..."; and a result cut before its comparison is also
# written with it ("grew more slowly" + "than in the rest of Greater Manchester between 2014 and 2018").
_RESULT_VERB = lazy_compile(r"[ ](?:did[ ]not|do[ ]not|does[ ]not|were|was|are|is|had|has|have|fell|rose|grew|improved|"
                            r"increased|declined|decreased|dropped|rated|received|reported|felt|spent|saw|showed|stayed)\b")
_OF_WHOM = lazy_compile(r"[ ](?:in|of|among|at|from|with|under|who|that|enrolled[ ]in|served[ ]by|followed[ ]by)[ ]")


def _outcome_node(label, text, start, end):
    """A reported result's node: ``label`` with the whole "<who> had ..." clause and the forms above."""
    out = node(label, OUTCOME)
    whole = _had_clause(text, start, end, label)
    forms = ([whole] if whole else []) + label_forms(label, text, start, end)
    verb = _RESULT_VERB.search(label)
    if verb:
        of = _OF_WHOM.search(label, 0, verb.start())
        if of and 1 <= _words(label[:of.start()]) <= 4:
            forms.append(tidy(label[:of.start()] + label[verb.start():]))
    at = text.find(label, start, end)
    if at >= 0:                          # the comparison that follows the label in its clause
        stop = re.search(r"[,;:]|\.(?:\s|$)|$", text[at + len(label):end])
        longer = tidy(text[at:at + len(label) + stop.start()])
        if longer != label and longer.startswith(label) and re.match(r"[ ](?:than|compared|against|from|to|by|between)\b",
                                                                      longer[len(label):]):
            forms.append(longer)
    forms = [x for x in dict.fromkeys(forms) if x != label]
    if forms:
        out["aliases"] = forms
    return out


# Who had a result, before it: "Women served by the HUB had fewer low birth weight babies than ...".
_WHO_HAD = lazy_compile(r"(?P<who>(?:[A-Za-z][\w\-]*[ ]){1,8})(?:had|have|has)[ ]$")
_WHO_OPENS = lazy_compile(r".*(?:[,;:][ ]|\bthat[ ])", re.S)   # the last clause opening before who had it


def _had_clause(text, start, end, label):
    """The clause "<who> had <label> ..." when ``label`` is what the people named before "had" had: the
    whole clause is how a reader may write the result down (the label is its object only)."""
    at = text.find(label, start, end)
    if at < 0:
        return None
    opens = _WHO_OPENS.match(text, start, at)
    begin = opens.end() if opens else start
    m = _WHO_HAD.fullmatch(text, begin, at)
    if m is None or _REPORT_VERBS.search(m.group("who") + " "):
        return None
    whole = tidy(text[begin:clause_end(text, at, end)])
    return whole if _words(whole) <= 24 and whole != label else None


# Null results, which a reader records as outcomes as much as gains: "the authors found no difference in
# quality of life or in self-management abilities", "hospital admissions did not fall", "Effects on
# mortality were not significant".
_NO_DIFFERENCE = lazy_compile(r"\b[Nn]o[ ](?:statistically[ ]significant[ ]|significant[ ]|clear[ ]|meaningful[ ])?differences?"
                              r"[ ](?:in|on)[ ](?P<x>[^,.;()]+?)(?=[ ](?:between|was|were|after|at|compared|among|from|with)\b|[,.;]|$)")
_DID_NOT = lazy_compile(r"(?:^|(?<=,[ ])|(?<=,[ ]and[ ])|(?<=but[ ])|(?<=while[ ])|(?<=whereas[ ])|(?<=that[ ]))(?!(?:but|while|whereas|and|that|so|yet)[ ])(?P<np>(?:[a-z][\w\-]*[ ]){0,3}"
                        r"(?:admissions|visits|costs|spending|mortality|readmissions|use|outcomes|rates?))[ ](?:did|do|does)[ ]not[ ]"
                        r"(?P<v>fall|change|improve|decline|decrease|increase|rise|differ)\b")
_NOT_SIGNIFICANT = lazy_compile(r"\b(?P<x>[Ee]ffects?[ ]on[ ][^,.;]{2,60}?)[ ](?:was|were)[ ]not[ ](?:statistically[ ])?"
                                r"(?P<adj>significant|consistent)\b")
_NULL_WORDS = frozenset("difference differences not no".split())


# A null result said of the program itself: "The network had no effect on mortality", "The pilot did not
# reduce emergency admissions".
_PROGRAM_NULL = lazy_compile(r"(?:The|This|Its)[ ](?:[\w\-]+[ ]){0,2}?(?:programme|program|model|pilot|scheme|network|initiative|"
                             r"service|intervention|reform)[ ](?:(?:has|had)[ ]no[ ](?:significant[ ]|measurable[ ]|clear[ ])?"
                             r"(?P<kind>effect|impact)[ ]on[ ](?P<x>[^,.;]{3,80}?)(?=[,.;]|[ ](?:and|but|or|among|in)[ ]|$)|"
                             r"(?:did|has|have|had)[ ]not[ ](?:yet[ ])?(?P<v>reduce|improve|increase|change|lower|cut|affect)d?[ ]"
                             r"(?P<y>[^,.;]{3,80}?)(?=[,.;]|[ ](?:and|but|or|among|in)[ ]|$))")
_NULL_NOUN = {"reduce": "no reduction in", "improve": "no improvement in", "increase": "no increase in",
              "change": "no change in", "lower": "no reduction in", "cut": "no reduction in", "affect": "no effect on"}


def rule_null_result(ctx, start, end, subject, follow, after_study=False):
    """Null results of a program, in a results section, after its study, or where the sentence says
    they were found or reported (see :data:`_NO_DIFFERENCE`)."""
    if subject is None or _NULL_WORDS.isdisjoint(words_of(ctx.text, start, end)):
        return
    text = ctx.text
    section = ctx.section_of(start)
    words = words_of(text, start, end)
    said_of_program = _PROGRAM_NULL.match(text, start, end)
    if not (after_study or _results_section(section)
            or not words.isdisjoint(("found", "find", "finds", "reported", "report", "reports", "showed", "shows", "show"))
            or said_of_program):
        return
    if not words.isdisjoint(("will", "would", "whether", "should", "if")):
        return
    labels = []
    for m in _NO_DIFFERENCE.finditer(text, start, end):
        for item in re.split(r"[ ](?:or|and)[ ](?:in|on)[ ]", m.group("x")):
            labels.append("no difference in " + re.sub(r"^(?:the|their|its)[ ]", "", item.strip()))
    for m in _DID_NOT.finditer(text, start, end):
        labels.append(f"{m.group('np')} did not {m.group('v')}")
    for m in _NOT_SIGNIFICANT.finditer(text, start, end):
        labels.append(f"{m.group('x')} not {m.group('adj')}")
    if said_of_program:                  # "The network had no effect on mortality", "... did not reduce admissions"
        head = f"no {said_of_program.group('kind')} on" if said_of_program.group("x") else \
            _NULL_NOUN[said_of_program.group("v")]
        what = said_of_program.group("x") or said_of_program.group("y")
        labels.append(f"{head} {re.sub(r'^(?:the|their|its)[ ]', '', what)}")
    hedge = hedge_of(text, start, end, follow) if labels else None
    for label in labels:
        if 2 <= _words(label) <= 12:
            ctx.add(_program_node(subject), ICKG + "hasOutcome", node(label, OUTCOME), start, end, "null result", 0.5,
                    hedge)


# Participants who had or received more or fewer of something, against a comparison: "Enrolled patients
# received more recommended tests and had fewer hospital admissions than patients who were not enrolled",
# "Patients in the programme had more recommended tests", "Enrollees had fewer inpatient admissions and
# fewer emergency department visits". Each comparative noun phrase is one result.
_COMPARATIVE = r"(?:more|fewer|less|lower|higher|shorter|longer|better|greater|larger|smaller|quicker|faster)"
_PEOPLE_HAD = lazy_compile(
    r"(?:^|(?<=[.;:]\s)|(?<=,\s)|(?<=\bthat\s))(?:[A-Z]?[a-z]+[ ])?(?:patients|enrollees|members|participants|veterans|"
    r"residents|people|users|clients|practices|clinics|hospitals|[Pp]atients|[Ee]nrollees|[Mm]embers|[Pp]articipants|"
    r"[Ww]omen|[Mm]others|[Cc]hildren|[Ff]amilies|[Aa]dults|[Ss]eniors|[Cc]arers|[Hh]ouseholds)"
    r"(?:[ ](?:in|of|on|at|with)[ ](?:the[ ])?[\w\-]+(?:[ ][\w\-]+)?|"
    r"[ ](?:served|seen|treated|enrolled|visited|supported|followed|helped)[ ]by[ ](?:the[ ]|an?[ ])?[\w\-]+(?:[ ][\w\-]+)?)?"
    r"[ ](?:also[ ])?"
    r"(?:had|received|got|made|used|saw|reported|needed)[ ]" + rf"(?P<a>{_COMPARATIVE}[ ][a-z][\w\-]*(?:[ ][a-z][\w\-]*){{0,5}}?)"
    + rf"(?:,?[ ]and[ ](?:(?:had|received|made|used|saw|reported|needed)[ ])?(?P<b>{_COMPARATIVE}[ ][a-z][\w\-]*"
    r"(?:[ ][a-z][\w\-]*){0,5}?))?"
    r"(?=[ ](?:than|in[ ]the|during|after|over|compared|within|per|each|a[ ]year)\b|[,.;]|[ ]but\b|$)")
_HAD_WORDS = frozenset(_COMPARATIVE[3:-1].split("|"))


def rule_people_had(ctx, start, end, subject):
    """Results stated as what participants had more or fewer of (see :data:`_PEOPLE_HAD`)."""
    if subject is None or _HAD_WORDS.isdisjoint(words_of(ctx.text, start, end)):
        return
    text = ctx.text
    if words_of(text, start, end) & {"will", "would", "should", "aim", "aims", "goal", "expected", "whether"}:
        return
    for m in _PEOPLE_HAD.finditer(text, start, end):
        hedge = hedge_of(text, m.start(), m.end())     # a hedge of this clause, not of a concession after it
        # the whole clause, who had it and against whom, is how a reader may write the result down
        whole = tidy(text[m.start():clause_end(text, m.start(), end)])
        for group in ("a", "b"):
            label = m.group(group)
            if label and 2 <= _words(label) <= 7:
                result = node(tidy(label), OUTCOME)
                if _words(whole) <= 24 and whole != result["label"]:
                    result["aliases"] = [whole]
                ctx.add(_program_node(subject), ICKG + "hasOutcome", result, start, end, "participants had", 0.6, hedge)


# The program as the subject of a change it made is a result: "The programme improved access to ...".
_DID_VERBS = r"(?:has[ ]|have[ ])?(?:improved|reduced|increased|lowered|cut|raised|shortened|strengthened|made[ ]it[ ]easier|" \
             r"halved|doubled|saved)\b"
_PROGRAM_DID = lazy_compile(rf"(?:(?:In|During|Over|Within|After|By)[ ][^,.;]{{1,40}}?,?[ ](?=the[ ]|its[ ]|this[ ]))?"
                            rf"(?:The|This|Our|Its|the|this|its)[ ](?:[\w\-]+[ ]){{0,2}}?(?:programme|program|model|pilot|scheme|network|"
                            rf"initiative|service|intervention|agreements?|partnerships?|reform|networks|teams|plans)[ ]{_DID_VERBS}")


def _named_did(ctx, subject, start, end):
    """True when the sentence opens with the program's name and a change it made ("Project ECHO
    improved ...")."""
    if subject is None:
        return False
    for s_, e_ in _mentions_of(ctx, subject):
        if s_ == start or (start <= s_ <= start + 4 and ctx.text[start:s_] in ("The ", "the ")):
            return bool(re.match(rf"[ ]{_DID_VERBS}", ctx.text[e_:e_ + 40]))
    return False


# A change by a measured amount is a result, not an aim: "emergency admissions fell by 14 percent".
_MEASURED_CHANGE = lazy_compile(r"\b(?:fell|rose|dropped|declined|decreased|increased|grew)[ ]by[ ](?:about[ ]|almost[ ]|"
                                r"nearly[ ]|more[ ]than[ ])?[\d.,]+[ ]?(?:%|percent|per[ ]cent|percentage[ ]points)")
# A comparison makes a change a result: "Compared with 2015, the rate of delirium fell", "than in usual care".
_COMPARED_WITH = lazy_compile(r"\bfrom[ ][\d.,]+%?[ ]to[ ][\d.,]+%?|\bagainst[ ][\d.,]+%|\b(?:[Cc]ompared[ ](?:with|to)|than[ ](?:in[ ])?(?:usual[ ]care|controls?|before|the[ ]control|"
                              r"comparison|similar|matched|non-?participating|other)|relative[ ]to|versus|vs\.?)\b")

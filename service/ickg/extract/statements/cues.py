"""The cues that name a sentence's role (a goal, an outcome, a barrier, a study, a founding, a
recommendation) and the per-text tables that search them: each sentence's words, found once, and each cue's
search of a span, kept for the other rules that ask it again.

The rules ask the same cue of the same sentence many times; the words a cue needs (``_GUARDS``) spare the
search of a sentence that holds none of them.
"""

import re
from bisect import bisect_left

from ickg.extract.actors import lower_is_ignorecase
from ickg.extract.occurrences import any_within as _any_within, spans_of
from ickg.extract.regex import lazy_compile


def _spans_in(spans, start, end):
    """The spans of the sorted ``spans`` that start in [start, end), in order, found by bisection:
    a long article's program is named hundreds of times and each sentence asks."""
    i = bisect_left(spans, (start,))
    j = i
    while j < len(spans) and spans[j][0] < end:
        j += 1
    return spans[i:j]


_ESTABLISHED = lazy_compile(
    r"\b(?:launched|introduced|established|founded|set[ ]up|created|began|started|formed|opened|took[ ]over|"
    r"developed[ ]the[ ](?:service|model|programme|program|scheme|network)|published[ ]the[ ](?:framework|strategy)|"
    r"began[ ]to|organised|organized|set[ ]out|introduce|begin|went[ ]live|was[ ]set[ ]up|were[ ]chosen|"
    r"became|forming|to[ ]begin|approved|designated|replaced|replace|replaces|took[ ]effect|"
    r"implemented|implement|rolled[ ]out|piloted|reorgani[sz]ed|"
    r"will[ ](?:start|begin|run[ ](?:for[ ][\w ]{1,25}[ ])?from)|"
    r"(?:has|have)[ ](?:been[ ](?:part[ ]of|running|in[ ]place|available|operating)|existed|operated)(?=[^.;]*\bsince\b))\b")
_OUTCOME_VERBS = lazy_compile(
    r"\b(?:fell|fall|falls|fallen|rose|risen|Fewer|Lower|Higher|reduced|reduces|decreased|declined|increased|improved|improves|grew|growing|"
    r"dropped|lowered|shrank|climbed|"
    r"lower|fewer|higher|better|shorter|less|more[ ]slowly|more[ ](?:likely|often|willing|highly|confident)[ ]|(?:went|gone|go|goes)[ ](?:up|down)|did[ ]not[ ]change|stayed|remained[ ]among|"
    r"come[ ]home[ ]sooner|sooner|satisfaction|saved|savings[ ]of|greater|similar[ ]to|as[ ]good[ ]as|no[ ]worse|"
    # more people doing something, told in the past: "more children with fever were treated within a day"
    r"more[ ](?:[a-z\-]+[ ]){1,4}?(?:now[ ])?(?:were|gave|got|received|completed|attended|stayed|"
    r"returned|came|come)[ ](?!to[ ]be\b)|"
    r"(?:slower|faster|smaller|larger|weaker|stronger)[ ]than[ ]expected|more[ ]satisfied|"
    r"had[ ]an?[ ](?:\w+[ ])?(?:reduction|improvement|decline|drop|fall|increase|rise)|(?:has|have|had)[ ]helped[ ]with|"
    r"saves?[ ](?:more|less)|(?:are|were|was|is)[ ](?:modest|small|limited|substantial)|halved|doubled|"
    r"cut[ ](?:[\w\-]+[ ]){1,4}?by[ ](?:a[ ](?:third|quarter|half|fifth)|half|\d)|"
    r"associated[ ]with[ ](?:lower|higher|fewer|better|improved|reduced|increased|more|less|shorter)|"
    # a share set against another: "were 8.6% among program patients against 15.6% among comparison patients"
    r"[\d.]+(?=%[^;%]{0,80}?[ ](?:against|compared[ ]with|versus|vs\.?)[ ][\d.]+%)|"
    r"associated[ ]with[ ](?:an?[ ])?(?:[\d.,]+(?:%|[ ]per[ ]?cent|[ ]percent)[ ]|(?:small|large|modest|significant|"
    r"substantial)[ ])?(?:reduction|decrease|increase|improvement|decline|drop|fall|rise))\b")
_REPORT_VERBS = lazy_compile(r"\b(?:report|reports|reported|found|find|had|have|show|shows|showed|say|says|said|"
                             r"suggest|suggests|describe|(?:tell|tells|told)[ ](?:us|me|them|the[ ]\w+))[ ](?:that[ ])?")
# "people who have difficulty with daily activities": a person's function, not an obstacle the program meets.
_FUNCTIONAL = (r"(?![ ]with[ ](?:at[ ]least[ ]\w+[ ])?(?:daily|activit|instrumental|walking|bathing|dressing|eating|"
               r"mobility|self-care|personal[ ]care))")
# "The hard part is X", "the main difficulty was X": X is the barrier (see rule_barrier).
_MAIN_DIFFICULTY = (r"(?:the|a|one)[ ](?:hard|hardest|difficult|main|biggest|greatest|chief|major|key|real)[ ]"
                    r"(?:part|difficulty|problem|obstacle|challenge|hurdle|stumbling[ ]block)[ ](?:is|was|has[ ]been|remains)[ ]")
_MAIN_DIFFICULTY_AT = lazy_compile(_MAIN_DIFFICULTY, re.I)
_BARRIER_CUES = lazy_compile(
    r"\b(?:barriers?|obstacles?|challenges?|burdens?|hard[ ]to|difficult(?:y|ies)?" + _FUNCTIONAL + r"|resistance|resent|complain|"
    r"worry|worries|critics|lack[s]?[ ]of|shortages?|little[ ]reason|no[ ]room|not[ ]linked|may[ ]not[ ]have|"
    r"stay[ ]out|depended[ ]on|held[ ](?:\w+[ ]){0,2}back|too[ ](?:short|few)[ ](?:for|to)|constraints?|hurdles?|struggle[sd]?|warn(?:s|ed)?[ ]that|"
    r"(?:likely|expected|may|could)[ ]to[ ]slow|slow(?:ed|s)?[ ](?:the|down|progress)|penali[sz]e[sd]?|"
    r"limits?[ ]access|no[ ](?:budget|funding)[ ]of[ ]their[ ]own|lose[s]?[ ]revenue|criticis(?:e|ed)|criticiz(?:e|ed)|"
    r"(?:remains?|remained|is|are|was|were|(?:has|have|had)[ ](?:also[ ]|still[ ])?been)[ ](?:still[ ]|also[ ])?(?:uneven|patchy|fragmented|slow|"
    r"weak|poor|limited|low|scarce|insufficient|inadequate|irregular|inconsistent|unreliable|erratic)|"
    r"(?:has|have|had)[ ]not[ ]been[ ](?:easy|simple|smooth)|lacks?[ ]the|lacked[ ]the|objected|opposed|opposition|"
    r"(?:have|has|had)[ ](?:trouble|difficulty)" + _FUNCTIONAL + r"|limits?[ ](?:the[ ])?(?:number|amount|scope|reach|continuity|access|"
    r"ability|capacity)|remains?[ ]rare|"
    r"(?:do|does|did)[ ]not[ ](?:talk|connect|link)|(?:the[ ])?risks?[ ]that|"
    r"(?:is|are)[ ]not[ ](?:yet[ ])?(?:secured|guaranteed|assured|settled|agreed)|"
    r"(?:have|has|had)[ ]no[ ](?:legal|formal|statutory|real|control|power|authority)|"
    r"(?:remains?|remained|is|are|was|were)[ ](?:still[ ])?(?:hard|difficult)|persists?|persisted|"
    r"(?:do|does|did)[ ]not[ ](?:yet[ ])?(?:recogni[sz]e|accept|fund|pay[ ]for|cover)|"
    r"took[ ]longer[ ]than[ ](?:planned|expected|hoped)|(?:are|is)[ ]not[ ]yet[ ](?:[\w\-]+[ ]){0,3}in[ ]every|depends[ ]on|(?:putting|puts|put)[ ]pressure[ ]on|"
    r"(?:sceptical|skeptical)|(?:are|is|were|was|remains?|remained)[ ](?:still[ ]|often[ ]|badly[ ])?short[ ]of|(?-i:Few|Too[ ]few)[ ](?:[\w\-]+[ ]){1,4}(?:were|was|are|is)[ ]available|"
    # the words of difficulty as a class, in the shapes that say someone meets it: "practices find the paperwork
    # heavy", "the payments were too small to change ...", "the hard part is ...", "stipends are paid late"
    r"(?:find|finds|found)[ ](?:it[ ]|(?:the|their|these|its|this|that|some|many)[ ](?:[\w\-]+[ ]){0,3}?)?"
    r"(?:hard|difficult|heavy|confusing|burdensome|cumbersome|time-consuming|complicated|unwieldy|daunting)|"
    r"too[ ](?:small|low|slow|heavy|complex|complicated|expensive|costly|late|weak|little|narrow|rigid|thin)[ ](?:for|to)[ ]|"
    + _MAIN_DIFFICULTY + r"|paid[ ](?:\w+[ ])?late|on[ ]short(?:-term)?[ ]contracts|"
    # what someone cannot do that the work needs ("nurses still could not see hospital discharge summaries", "the
    # smaller funds cannot easily copy it"), a measure too big ("caseloads were too large", "lists are too long"),
    # no time for it ("GPs have little time to run a network")
    r"(?:cannot|can[ ]not|could[ ]not)[ ](?:\w+ly[ ])?(?:see|share|exchange|find|afford|control|copy|access|recruit|"
    r"fill|fund|pay[ ]for|keep[ ]up|verify)|"
    r"(?:are|is|were|was|remain|remains|remained)[ ](?:still[ ]|often[ ])?too[ ](?:long|large|many|much|high|big|"
    r"complex)\b|too[ ]much[ ](?:of[ ](?:their|its|our|his|her)[ ])?time|(?:have|has|had)[ ](?:little|no)[ ]time)\b",
    re.I, cased_branches=True)
_GOAL_CUES = lazy_compile(
    r"\b(?:aims?[ ]to|aimed[ ]to|(?:is|are|was|were)[ ]meant[ ]to|sought[ ]to|set[ ]out[ ]to|tries[ ]to|is[ ]intended[ ]to|are[ ]intended[ ]to|intended[ ]to|in[ ]the[ ]hope[ ]that|designed[ ]to|"
    r"seeks?[ ]to|commits[ ]to|goals?(?=:)|(?:objectives?|aims?)(?=:[ ]+to[ ])|targets[ ]call[ ]for|objective[ ]is[ ]to|(?:we|they)[ ]intend[ ]to|plans[ ]to|"
    r"(?:objectives?|goals?|aims?|purposes?|ambitions?)(?:[ ](?:for|over|in|of)[ ](?!(?:this|the|our)[ ](?:paper|study|"
    r"article|review|report|thesis|evaluation|analysis|chapter|survey|trial)\b)[^.;,]{1,40}?)?[ ](?:are|is|was|were)[ ]to|"
    r"intends[ ]to|"
    r"expects?[ ]that[ ](?:[\w\-]+[ ]){1,4}?will|expected[ ]that[ ](?:[\w\-]+[ ]){1,4}?would|"
    # a purpose given with how the program came about: "a model of care developed at Yale University to prevent ..."
    r"(?:developed|created|established|set[ ]up|launched|introduced)(?:[ ](?:at|by|in|under)[ ][^.;,]{1,60}?)?[ ]to"
    r"(?=[ ](?:prevent|reduce|improve|increase|cut|lower|strengthen|support|avoid|promote|shorten|keep|help|"
    r"integrate|coordinate|ensure|provide|bring|give|extend|shift|connect|close|join|expand|tackle|end|move)\b))\b", re.I, cased_branches=True)
_SHOULD = lazy_compile(r"\b(?:should|need[ ]to|ought[ ]to|(?:is|are)[ ](?:advised|urged|recommended)[ ]to)[ ](?:also[ ])?"
                       r"(?P<vp>[a-z][^.;]*)")
# "We recommend that ...", and a body's own: "The Subcommittee recommends that the Health Bureau set ...".
# "The unit recommends that", "the committee recommended that": a body named by its common noun.
_RECOMMEND = lazy_compile(r"(?:\b(?:We|we)[ ]recommend|(?<![\w\-])(?:[Tt]he[ ])?[A-Z][\w\-]*(?:[ ][A-Z][\w\-]*){0,3}[ ]"
                          r"recommends|(?<![\w\-])(?:[Tt]he[ ])?[A-Z][\w\-]*(?:[ ][A-Z][\w\-]*){0,3}[ ]recommended|"
                          r"(?<![\w\-])[Tt]he[ ](?:committee|subcommittee|unit|panel|board|review|report|inquiry|commission|"
                          r"council|authors|group|office|taskforce|task[ ]force)[ ]recommend(?:s|ed)?)[ ]that[ ]"
                          r"(?P<who>[^.;]+?)[ ](?P<vp>(?:[a-z]+)[ ][^.;]*)")
_BASE_VERBS = {
    "pay", "test", "review", "publish", "compare", "watch", "build", "start", "develop", "invest", "extend",
    "connect", "protect", "train", "create", "fund", "support", "ensure", "make", "set", "adopt", "use",
    "introduce", "expand", "require", "give", "focus", "monitor", "evaluate", "share", "strengthen", "align",
    "link", "involve", "consider", "establish", "offer", "provide", "reduce", "increase", "improve", "remove",
    "allow", "encourage", "track", "measure", "report", "include", "integrate", "pool", "replace", "target",
    "recognise", "recognize", "learn", "avoid", "keep", "plan", "define", "implement", "assess",
}


_GUARDS = {}            # id of a pattern -> its words; filled at the end of the module, once every pattern exists
_WORD = lazy_compile(r"[a-z]+")
# The spans' words and the cues' searches of one text (the last one asked about): a new text
# empties them, so a key needs no text of its own and a look-up no check that it is the same.
_SPANS_OF = [None]      # the text the two tables below belong to
_WORDS = {}             # (start, end) -> frozenset of words
_CUES = {}              # (id of the pattern, start, end) -> pattern.search(text, start, end)
_AT = {}                # a tuple of strings -> sorted (start, end) of each place in the text one of them is at
_UNSEEN = object()      # what _CUES.get gives for a search not made yet (None is a search that found nothing)


def _tables_of(text):
    if _SPANS_OF[0] is not text:
        _SPANS_OF[0] = text
        _WORDS.clear()
        _CUES.clear()
        _AT.clear()


def words_of(text, start, end):
    """The lower-case words of text[start:end], computed once per span."""
    if _SPANS_OF[0] is not text:
        _tables_of(text)
    found = _WORDS.get((start, end))
    if found is None:
        found = _WORDS[(start, end)] = frozenset(_WORD.findall(text[start:end].lower()))
    return found


def found_in(strings, text, start, end):
    """``any(text.find(s, start, end) >= 0 for s in strings)``, from where each string is in the
    text, found once per document: a rule asks it of every sentence, and one scan of the text for
    each string costs less than a search of each sentence for each."""
    if _SPANS_OF[0] is not text:
        _tables_of(text)
    at = _AT.get(strings)
    if at is None:
        at = _AT[strings] = spans_of(text, strings)
    return _any_within(at, start, end)


def searched(pattern, text, start, end):
    """``pattern.search(text, start, end)``, kept per span: several rules search a sentence for the
    same pattern (the cues of :func:`cue`, and a rule that needs the match itself)."""
    if _SPANS_OF[0] is not text:
        _tables_of(text)
    key = (id(pattern), start, end)
    try:
        return _CUES[key]
    except KeyError:
        found = _CUES[key] = pattern.search(text, start, end)
        return found


def cue(pattern, text, start, end):
    """``pattern.search(text, start, end)``, skipped when none of the words it needs is there, and
    kept per span: several rules ask the same cue of the same sentence.

    The tables of :func:`words_of` and :func:`searched` are read here, in the same order, without
    calling them: a document asks about 70 cues, and the two calls cost as much as their look-ups."""
    if _SPANS_OF[0] is not text:
        _tables_of(text)
    needed = _GUARDS.get(id(pattern))
    if needed is not None:
        words = _WORDS.get((start, end)) or words_of(text, start, end)
        if needed.isdisjoint(words):
            return None
        paired = _PAIRED_GUARDS.get(id(pattern))
        if paired is not None and paired[0].isdisjoint(words) and not any(
                not a.isdisjoint(words) and not b.isdisjoint(words) for a, b in paired[1]) and lower_is_ignorecase(text):
            return None
    key = (id(pattern), start, end)
    found = _CUES.get(key, _UNSEEN)
    if found is _UNSEEN:
        found = _CUES[key] = pattern.search(text, start, end)
    return found


_STUDY_SENTENCE = lazy_compile(r"\b(?:(?:we|they|the[ ]researchers|the[ ]authors|the[ ]reviewers|the[ ]evaluators|"
                               r"the[ ]investigators)[ ](?:will[ ](?:also[ ])?)?(?:conducted|carried[ ]out|compared|"
                               r"interviewed|surveyed|analy[sz]ed|studied|used|drew|reviewed|ran|searched|pooled|examined|"
                               r"included|enrolled|recruited|interview|survey|analy[sz]e|review|compare)|drawing[ ]on|based[ ]on|"
                               r"study|evaluation|assessment|analysis|review[ ]of|interviews|survey|trials?)\b", re.I, cased_branches=True)


# Words each cue pattern needs: a sentence without any of them is not searched.
_GUARDS.update({
    id(_BARRIER_CUES): frozenset("barrier barriers obstacle obstacles challenge challenges burden burdens hard difficult "
                                 "difficulty resistance resent complain worry worries critics lack lacks shortage "
                                 "shortages little room linked may stay depended held constraint constraints hurdle "
                                 "hurdles struggle struggles struggled warn warns warned slow slowed slows "
                                 "penalize penalise penalizes penalises penalized penalised limits limit budget lose "
                                 "loses revenue criticised criticized criticise criticize uneven patchy fragmented "
                                 "weak poor limited easy simple smooth lacked objected opposed opposition trouble "
                                 "rare talk connect risk risks secured guaranteed assured settled agreed no low scarce "
                                 "insufficient inadequate persist persists persisted recognise recognize accept "
                                 "fund pay cover longer pressure yet depends too sceptical skeptical few available short "
                                 "find finds found hardest main biggest greatest chief major key real part problem late "
                                 "irregular inconsistent unreliable erratic cannot could can not long large many "
                                 "much high big complex time".split()),
    id(_OUTCOME_VERBS): frozenset("fell fall falls fallen rose risen reduced reduces decreased declined increased improved improves "
                                  "grew growing lower fewer higher better shorter less slowly did stayed remained sooner "
                                  "satisfaction saved savings greater similar save saves modest small limited substantial "
                                  "good worse slower faster weaker stronger satisfied reduction improvement decline "
                                  "drop increase rise helped halved doubled cut "
                                  "associated likely often willing highly confident went gone goes against versus vs compared".split()),
    id(_GOAL_CUES): frozenset("plans aim aims aimed meant sought out tries intend intends intended hope designed seek seeks commits goals goal targets objective objectives "
                              "purpose purposes ambition ambitions expects expect expected developed created established set launched "
                              "introduced".split()),
    id(_STUDY_SENTENCE): frozenset("we they researchers authors reviewers evaluators investigators drawing based study "
                                   "evaluation assessment analysis review interviews survey trial trials".split()),
    id(_ESTABLISHED): frozenset("part running place available operating existed operated will launched introduced established founded set created began started formed opened took developed "
                                "organised organized introduce begin went chosen became forming approved designated "
                                "replaced replace replaces published implemented implement rolled piloted reorganized "
                                "reorganised".split()),
    id(_SHOULD): frozenset("should need ought advised urged recommended".split()),
    id(_RECOMMEND): frozenset(["recommend", "recommends", "recommended"]),
})


def _words_set(words):
    return frozenset(words.split())


# A finer guard for _BARRIER_CUES, read after _GUARDS' (which stays, the test every cue passes first): its
# common words ("no", "may", "find", "part", "fund", "too" ...) open or close a branch that needs a second word
# as well, so the words are paired: a sentence is searched when it holds a word of the first set (a branch's
# word that is not common), or both a word of A and one of B for some pair (A, B). Every pair's words are whole
# words of every match of its branches: "(do|does|did) not (recognise|accept|fund|pay for|cover)" holds "not"
# and one of the five. Used only where lower() finds what re.I finds (no İ ı ſ K in the text).
_PAIRED_GUARDS = {id(_BARRIER_CUES): (
    _GUARDS[id(_BARRIER_CUES)] - _words_set(
        "fund pay cover accept recognise recognize risk risks may hardest main biggest greatest chief major key real "
        "part problem find finds found stay too yet little late short few available no budget could can not long "
        "large many much high big complex time"),
    ((_words_set("not"), _words_set("recognise recognize accept fund pay cover")),
     (_words_set("risk risks"), _words_set("that")),
     (_words_set("may"), _words_set("not")),
     (_words_set("hardest main biggest greatest chief major key real"), _words_set("part problem stumbling")),
     (_words_set("no"), _words_set("legal formal statutory real control power authority")),
     (_words_set("budget funding"), _words_set("own")),
     (_words_set("find finds found"), _words_set("heavy confusing burdensome cumbersome consuming complicated "
                                                 "unwieldy daunting")),
     (_words_set("stay"), _words_set("out")),
     (_words_set("too"), _words_set("short few small low slow heavy complex complicated expensive costly late weak "
                                    "little narrow rigid thin long large many much high big")),
     (_words_set("could can"), _words_set("not")),
     (_words_set("time"), _words_set("little no")),
     (_words_set("yet"), _words_set("every")),
     (_words_set("little"), _words_set("reason")),
     (_words_set("paid"), _words_set("late")),
     (_words_set("short"), _words_set("of contracts")),
     (_words_set("few"), _words_set("available"))))}

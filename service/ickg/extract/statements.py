"""Statements a document makes, in the ontology's terms, each with the words that state it.

:func:`find_statements` reads a document sentence by sentence with hand-written rules (no model,
nothing downloaded) and proposes statements: a program's place, period, components, funding,
populations, conditions, partners, operators and initiators; barriers and what mitigates them;
goals apart from reported outcomes, with the hedge that qualifies a claim; the document's own
study with its design, methods and sample sizes; recommendations with their addressees; and
the integration type, level and degree the text names. Each :class:`Statement` carries its quote
(``text[start:end]``, so a prefix and suffix can be cut around it), the rule that proposed it
(``source``: ``ickg-rules/<rule>@<version>``) and a confidence between 0 and 1 that says how often
the rule was right on the training documents (:data:`RULE_CONFIDENCE`, from ``rule_confidence.json``),
not a probability.

Most statements are about the document's *focal program*: the named program its title and text
return to most (the Esther network, the Chronic Related Groups pilot), or an organization that is
also a model (Buurtzorg, CareMore). A sentence that names another program speaks of that one.
Programs are found by the shape of their names, not by a list: a proper name ending in a program
word ("the Care Transitions Intervention"), a name heading the title ("ParkinsonNet: ..."), a
lower-case name the text abbreviates and keeps using ("coordinated care organizations (CCOs)") or
describes as a model ("a virtual ward, a model first used in ..."), "X is a program/model". The
pick is then weighed on the whole document by :mod:`ickg.extract.programs`: a name the text defines
by a parenthesis ("family health centres (CESFAM)", "PAERPA (..., older people at risk ...)") or a
kind of service its opening names, used again by its names or by "the centres", "the pilot",
replaces it when the document says more for it (benchmarks/score_main_program.py measures the pick).

A described thing (an outcome, a barrier, a goal, a component) is labelled with the phrase that
states it, tidied, and carries the other forms a reader may write as ``aliases``: the words as the
quote has them, the head before an adjunct ("fewer admissions" of "fewer admissions in the second
year"), the clause without its copula or modal, the comparative first ("lower hospital costs").
"""

import json
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files

from ickg.extract.actors import (CONDITION, LEGISLATION, ORGANIZATION, PERSON, POPULATION, PROGRAM, ROLE_TITLES,
                                 Entity, find_populations, ignorecase_uses, is_study_sample,
                                 lower_is_ignorecase, word_uses)
from ickg.extract.gazetteer import find_places
from ickg.extract.lexicon import label_key
from ickg.extract.places import find_jurisdictions, within
from ickg.extract.programs import descriptions, main_program, names_given, second_programs
from ickg.extract.regex import lazy_compile
from ickg.quotes import quote_of

VERSION = "16"
ICKG = "https://w3id.org/ickg/ontology/"
ORG_NS = "http://www.w3.org/ns/org#"
XSD = "http://www.w3.org/2001/XMLSchema#"
QUALIFIER = "https://w3id.org/ickg/scheme/qualifier/"
SCHEME = "https://w3id.org/ickg/scheme/"
STUDY, EVALUATION, STUDY_DESIGN, METHOD = ICKG + "Study", ICKG + "Evaluation", ICKG + "StudyDesign", ICKG + "ResearchMethod"
RECOMMENDATION, BARRIER, OUTCOME, GOAL = ICKG + "Recommendation", ICKG + "Barrier", ICKG + "Outcome", ICKG + "Goal"
MECHANISM, FUNDING, SECTOR, CONTEXT = ICKG + "Mechanism", ICKG + "FundingModel", ICKG + "CareSector", ICKG + "Context"
JURISDICTION, ROLE = ICKG + "Jurisdiction", ORG_NS + "Role"

# How often each rule's proposals were right on the training documents (issue 12's evaluation set):
# rule_confidence.json beside this module, written by `python benchmarks/rule_precision.py --write` (each
# rule's precision on the train part, shrunk toward all rules' precision so that a rule seen twice is not
# called certain). A rule not in the table keeps the confidence its call gives, at most the all-rules
# figure. It is a rule's record, not a probability; CONFIDENCE_CUTOFF is the lowest confidence at which the
# statements kept were right 85% of the time on train, for a curator who wants fewer, surer proposals.
def _rule_table() -> tuple[dict[str, float], float, float]:
    table = json.loads(files("ickg.extract").joinpath("rule_confidence.json").read_text(encoding="utf-8"))
    return ({rule: row["confidence"] for rule, row in table["rules"].items()}, table["default"],
            table["cutoff"]["confidence"])


RULE_CONFIDENCE, DEFAULT_CONFIDENCE, CONFIDENCE_CUTOFF = _rule_table()

MECHANISM_CLASSES = {ICKG + c for c in ("Mechanism", "CareCoordination", "CaseManagement", "CarePlanning",
                                        "SharedInformationSystem", "InterdisciplinaryTeam", "SingleEntryPoint",
                                        "StandardizedAssessment", "PatientEngagement", "GovernanceArrangement",
                                        "MicroMechanism", "Enabler")}
FUNDING_CLASSES = {ICKG + c for c in ("FundingModel", "BundledFunding", "Capitation", "PooledBudget",
                                      "SharedSavings", "GlobalBudget", "FeeForService", "PayForPerformance",
                                      "ProviderIncentive")}
_PROGRAM_PREDICATES = {ICKG + p for p in ("yearEstablished", "hasComponent", "hasOutcome", "facesBarrier", "hasGoal",
                                          "targetsPopulation", "focusesOnCondition", "hasFundingModel", "locatedIn",
                                          "initiatedBy")}
_DESCRIBED = {OUTCOME, BARRIER, GOAL, RECOMMENDATION, MECHANISM, FUNDING}    # labels made from a phrase


# A component, barrier, outcome, goal or enabler is named by a noun or clause, never by a phrase that
# opens with a preposition or a verb of naming or using.
_PHRASE_PREDICATES = {ICKG + p for p in ("hasComponent", "facesBarrier", "hasOutcome", "hasGoal", "enabledBy")}
_COMPLEMENTED_PREDICATES = {ICKG + "hasComponent", ICKG + "hasFundingModel"}
_CUT_PHRASE = lazy_compile(r"(?:in|on|of|at|by|to|for|from|with|into|called|uses|using)[ ]", re.I)



# Patterns the rules below used to pass to re.search() & co. as strings: a string is looked up in re's cache
# on every call (0.6 µs; ~80 calls a document), a compiled pattern is not.
_POSSESSIVE = lazy_compile(r"\b(?:our|their|its|his|her)[ ]")
_DANGLING = lazy_compile(r"[ ](?:or|and|of|to|the|a|an|with)$")
_MODAL_SPLIT = lazy_compile(r"(?P<x>.+?)[ ](?:could|may|might|would|will|can)[ ](?:[a-z]+[ ]?)")
_MORE_AFTER = lazy_compile(r"[ ](?:was|were|is|are|became|felt)[ ](?P<x>(?:more|less|better|worse)[ ].+)$")
_THE_ONLY = lazy_compile(r"(?:The[ ])?")
_ARTICLE_LEAD = lazy_compile(r"(?:an?|the)[ ]")
_PLURAL_ACRONYM = lazy_compile(r"[A-Z]{2,}s")
_HAVE_HAS = lazy_compile(r"\bha(?:ve|s)\b")
_ASSOCIATED_WITH = lazy_compile(r"\b(?:was|were|is|are)[ ](?:\w+[ ])?associated[ ]with[ ](?P<y>.+)$")
_STUDIED_LEAD = lazy_compile(r"^(?:[A-Z][\w\-]*[ ](?:in|for)[ ]the[ ][^ ]+[ ]of[ ][a-z]+[ ])")
_SIDE_LEAD = lazy_compile(r"^(?:(?:the|The|a|A)[ ])?(?:[A-Z][\w\-]*['’]s[ ])?")
_PLACED_TAIL = lazy_compile(r"(?P<x>.+?)[ ](?:in|across|within)[ ](?:the[ ])?[A-Z][\w\-]+(?:[ ][A-Z][\w\-]+)*$")
_PLACE_AFTER = lazy_compile(r"[ ](?:in|across|within|for)[ ](?:the[ ])?[A-Z]")
_OF_TAIL = lazy_compile(r"[ ](?:of|from|with)[ ](?:the[ ])?(?:[A-Z][\w\-]*['’]s[ ])?(?P<x>[^ ].*)$")
_COMPARED_LEAD = lazy_compile(r"^(?:[Cc]ompared[ ](?:with|to)|[Rr]elative[ ]to|[Ii]n[ ]comparison[ ]with|[Aa]mong[ ][\d,]+)"
                              r"[^,]{1,60},[ ]")
_WHERE_FELL = lazy_compile(r"[ ](?:in|by|among|for)[ ](?:the[ ])?(?:area|areas|older people|the same bundle)"
                           r"(?=[ ](?:fell|rose|grew))")
_FLIPPED = lazy_compile(r"(?P<np>[\w\- ]+?)[ ](?:are|is|were|was)[ ](?P<adj>modest|small|limited|substantial|"
                        r"large|significant)")
_NOT_PRACTISED = lazy_compile(r"[ ](?:alone\b|(?:\w+[ ]){0,2}?(?:has|have|had|did|does|do|is|are|was|were|could|can)[ ]not\b|"
                              r"(?:\w+[ ]){0,2}?never\b)")

@dataclass(slots=True)
class Statement:
    """A proposed statement: ``subject predicate object``, stated by ``text[start:end]``."""

    subject: dict
    predicate: str
    object: dict
    start: int
    end: int
    rule: str
    confidence: float
    hedge: dict | None = None
    extra: dict = field(default_factory=dict)

    def as_json(self, text, page=None):
        quote = quote_of(text, self.start, self.end)
        out = {"subject": self.subject, "predicate": self.predicate, "object": self.object,
               "quote": quote["exact"], "start": self.start, "end": self.end,
               "prefix": quote["prefix"], "suffix": quote["suffix"],
               "confidence": self.confidence, "source": f"ickg-rules/{self.rule}@{VERSION}"}
        if self.hedge:
            out["hedge"] = self.hedge
        if page is not None:
            out["page"] = page
        return out


def node(label, type_, iri=None):
    out = {"label": label, "type": type_}
    if iri:
        out["iri"] = iri
    return out


def place_node(place):
    from ickg.namespaces import ID

    return {"label": place.name, "type": ICKG + place.type, "iri": str(ID[f"jurisdiction/{place.slug}"])}


def literal(value, datatype="integer"):
    return {"value": value, "datatype": XSD + datatype}


# --- hedges --------------------------------------------------------------------------------------

_HEDGES = [
    (lazy_compile(r"\b(?:preliminary data suggest|early figures suggest|early results|preliminary|"
                  r"too soon to attribute|early evidence|initial results|first results|interim results)\b", re.I),
     "preliminary"),
    (lazy_compile(r"\b(?:in the hope that|aims? to|intended to|is expected to|are expected to|hopes? to|designed to|"
                  r"seeks? to|is meant to|are meant to)\b", re.I),
     "aspirational"),
    (lazy_compile(r"\b(?:appears? to|seems? to|likely|probably|possibly|uncertain|perhaps|presumably|apparently|"
                  r"(?:is|are) thought to|tends? to|unclear whether|it is unclear|"
                  r"should be read with caution|have not been (?:independently )?(?:evaluated|compared[\w ]*?group)|"
                  r"has not been (?:independently )?evaluated|cannot be attributed|suggests?)\b", re.I), "hedged"),
]
# Bare modals hedge a claim only when no stronger cue is near: "clients of different providers may
# differ, so the savings are probably overstated" is hedged by "probably"; the modal is a caveat's.
_MODALS = lazy_compile(r"\b(?:may not|might|may|could|Might|Could)\b")      # not "May 2016"


_HEDGE_CACHE = {}


def hedge_of(text, start, end, follow=None):
    """The hedge cue of a claim in text[start:end] (or the sentence after it, ``follow``): a
    qualifying phrase first, in the sentence and then the next, and a bare modal only failing that.
    Several rules ask about the same sentence: the answer is kept per text and span."""
    key = (id(text), start, end, follow)
    cached = _HEDGE_CACHE.get(key)
    if cached is not None and cached[0] is text:
        return dict(cached[1]) if cached[1] else None
    if len(_HEDGE_CACHE) > 4096:
        _HEDGE_CACHE.clear()
    found = _hedge_of(text, start, end, follow)
    _HEDGE_CACHE[key] = (text, found)
    return dict(found) if found else None


def _hedge_of(text, start, end, follow):
    spans = [span for span in ((start, end), follow) if span]
    guarded = lower_is_ignorecase(text)      # else a word of words_of() may not be one re.I matches
    for patterns in (_HEDGES, [(_MODALS, "hedged")]):
        for span in spans:
            words = words_of(text, *span) if guarded else None
            for pattern, qualifier in patterns:
                if words is not None and not (_HEDGE_WORDS[id(pattern)] & words):
                    continue
                m = pattern.search(text, span[0], span[1])
                if m:
                    return {"cue": m.group(), "qualifier": QUALIFIER + qualifier}
    return None


# A word each alternative of a hedge pattern holds whole (between \b or spaces), in lower case: a
# span whose words_of() has none of a pattern's is not searched with it. Keyed by the pattern's id (as are
# the other tables of patterns here): hashing a compiled pattern hashes its whole program, each time.
_HEDGE_WORDS = {id(pattern): frozenset(words.split()) for pattern, words in (
    (_HEDGES[0][0], "preliminary early too initial first interim"),
    (_HEDGES[1][0], "hope hopes aim aims intended expected designed seek seeks meant"),
    (_HEDGES[2][0], "appear appears seem seems likely probably possibly uncertain perhaps presumably apparently "
                    "thought tend tends unclear caution been attributed suggest suggests"),
    (_MODALS, "may might could"))}


# --- phrases -------------------------------------------------------------------------------------

_CUT = lazy_compile(r"(?:,?[ ](?:although|though|because|whereas|while|once(?![ ](?:a|an|every|per)\b)|unless|so that|which|who|than|"
                    r"together with|instead of|rather than|as well as|but)\b|[;:(]|,[ ](?:and[ ])?(?:so|but|yet)\b|"
                    r"\.(?:\s|$))")
_TRAILING_TIME = lazy_compile(r"(?:[ ](?:between|from)[ ](?:19|20)\d\d[ ](?:and|to)[ ](?:19|20)\d\d|[ ]since[ ]the[ ][\w\-]+|"
                              r"[ ]over[ ]the[ ](?:decade|period|years?|first[ ][\w ]+)|[ ]in[ ]most[ ]years|"
                              r"[ ]in[ ](?:19|20)\d\d|[ ]in[ ]the[ ]areas?[ ]we[ ]studied|[ ]now)+$")
_ADVERBS = lazy_compile(r"\b(?:probably|possibly|likely|now|already|also|still|often|sometimes|generally|reportedly|"
                        r"slightly(?=[ ](?:improved|reduced))|significantly)[ ]", re.I)
_AUX = lazy_compile(r"\b(?:are|is|were|was|have|has|had been|have been|has been)[ ](?=[a-z]+(?:ing|ed)\b)")


_REPORTING_FRAME = lazy_compile(r"^(?:(?:critics|analysts|observers|experts|providers|managers|staff|clinicians|"
                                r"participants|interviewees|respondents|evaluators|officials|unions)[ ](?:say|said|argue|"
                                r"argued|warn|warned|note|noted|report|reported|claim|claimed)[ ](?:that[ ])?"
                                r"|(?:[A-Z][\w\-]*|the[ ]\w+)(?:[ ][\w\-]+){0,4}?[ ](?:have[ ]|has[ ]|had[ ])?(?:warned|argued|"
                                r"noted|reported|claimed|feared|complained|said|told[ ](?:us|them|me|the[ ]\w+))[ ]that[ ])",
                                re.I)


_SPACES = lazy_compile(r"\s+")
_CONTINUED = lazy_compile(r"\b(?:continued|continues|continue)[ ]to[ ]be[ ]")
_LEAD_CONNECTIVE = lazy_compile(r"^(?:However|But|Yet|Still|Moreover|Nevertheless|In[ ]addition|Also|Instead),?[ ]")
_LEAD_FOUND = lazy_compile(r"^(?:we[ ]found[ ]that|it[ ]found[ ]that|they[ ]found[ ]that)[ ]", re.I)
_LEAD_SAID = lazy_compile(r"^(?:warn|warns|warned|say|says|said|fear|fears|feared|note|notes|noted)[ ]that[ ]")
_LEAD_ARTICLE = lazy_compile(r"^(?:the|a|an|and|that|then)[ ]", re.I)
_LEAD_ACTED = lazy_compile(r"^(improved|reduced|increased|created|strengthened|lowered|raised)[ ]the[ ]")


@lru_cache(maxsize=8192)
def tidy(phrase):
    """A phrase as a label: no trailing punctuation, leading article, hedging adverb or time phrase.
    Kept per phrase: the rules tidy the same quote more than once, and a corpus repeats phrases."""
    phrase = _SPACES.sub(" ", phrase).strip(" ,;:.")
    phrase = _ADVERBS.sub("", phrase)
    phrase = _AUX.sub("", phrase)
    phrase = _CONTINUED.sub("", phrase)
    phrase = _TRAILING_TIME.sub("", phrase)
    phrase = _LEAD_CONNECTIVE.sub("", phrase, count=1)
    phrase = _LEAD_FOUND.sub("", phrase, count=1)
    phrase = _REPORTING_FRAME.sub("", phrase)
    phrase = _LEAD_SAID.sub("", phrase, count=1)
    phrase = _LEAD_ARTICLE.sub("", phrase, count=1)
    phrase = _LEAD_ACTED.sub(lambda m: m.group(1) + " ", phrase, count=1)
    return phrase.strip(" ,;:.")


# A described thing's label drops what tidy() drops ("already", "in the second year"); a reader's
# label may keep it, or keep only the head phrase. Both forms go with the label as its aliases.
_ADJUNCT = lazy_compile(r"[ ](?:in|among|after|during|for|at|between|over|within|across|from|since|per|by|"
                        r"compared[ ](?:with|to)|than|when|where|because|so[ ]that|without|despite)[ ]")
_INSERTED = r"\s+(?:[A-Za-z][\w\-]*\s+)?"


def _with_inserted_words(text, words, start, end):
    r"""The match of ``(?<!\w)W1 _INSERTED W2 ... Wn(?!\w)`` (each word escaped, re.I) searched in
    ``text[start:end]``, for ASCII words in a text where ``lower()`` finds them as re.I would
    (:func:`~ickg.extract.actors.lower_is_ignorecase`: ASCII, or none of the four characters re.I
    folds to ASCII), found without compiling a pattern per label (that compile was a fifth of
    extraction's time; for a text with a curly quote, 4 ms a label). The regex's order is kept: the
    leftmost start, and at each gap an inserted word tried before none. None when nothing matches."""
    low = text[start:end].lower()       # the same offsets as the text (less ``start``): no U+0130 here
    keys = [w.lower() for w in words]

    def word_at(key, i):
        return low.startswith(key, i - start) and i + len(key) <= end

    def word_char(i):
        return i < end and (text[i].isalnum() or text[i] == "_")

    def spaces(i):                      # the end of the white space run at i (i itself if none)
        while i < end and text[i].isspace():
            i += 1
        return i

    def rest(k, at):                    # the end of words[k:] matched from at, or None
        if k == len(keys):
            return None if word_char(at) else at
        gap = spaces(at)
        if gap == at:
            return None
        if gap < end and text[gap] in _ASCII_LETTERS:          # a word inserted, tried first
            q = gap + 1
            while q < end and (text[q].isalnum() or text[q] in "_-"):
                q += 1
            after = spaces(q)
            if after > q and word_at(keys[k], after):
                found = rest(k + 1, after + len(keys[k]))
                if found is not None:
                    return found
        if word_at(keys[k], gap):
            return rest(k + 1, gap + len(keys[k]))
        return None

    i = low.find(keys[0])
    while i >= 0:
        i += start
        if not (i > 0 and (text[i - 1].isalnum() or text[i - 1] == "_")):
            found = rest(1, i + len(keys[0]))
            if found is not None:
                return text[i:found]
        i = low.find(keys[0], i + 1 - start)
    return None


_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def label_forms(label, text, start, end):
    """Other forms of a described thing's label: the words as the quote writes them (with a word
    tidy() dropped between two of the label's) and the head before its first adjunct ("fewer
    admissions" of "fewer admissions in the second year")."""
    forms = []
    words = label.split()
    if len(words) < 3:
        return forms                     # nothing to drop from two words
    if len(words) >= 2 and label.lower() not in text[start:end].lower():   # tidy() dropped a word: find it
        if label.isascii() and lower_is_ignorecase(text[max(0, start - 1):end]):
            found = _with_inserted_words(text, words, start, end)
        else:
            m = re.compile(r"(?<!\w)" + _INSERTED.join(re.escape(w) for w in words) + r"(?!\w)", re.I).search(
                text, start, end)
            found = m and m.group()
        if found and _words(found) > len(words):
            forms.append(re.sub(r"\s+", " ", found))
    cut = _ADJUNCT.search(label)
    if cut and _words(label[:cut.start()]) >= 2:
        forms.append(label[:cut.start()])
    copula = _COPULA.search(label)          # "cure rates were similar to ..." -> "cure rates similar to ..."
    if copula and copula.start() > 0:
        forms.append(label[:copula.start()] + label[copula.end() - 1:])
        head = re.match(r"(?:[\w\-]+[ ]){0,3}?[\w\-]+(?=[ ](?:at|for|in|among|of|from|with)[ ])", label[:copula.start()])
        if head:                          # "outcomes for patients were as good as ..." -> "outcomes as good as ..."
            forms.append(head.group() + label[copula.end() - 1:])
    compared = _COMPARED.fullmatch(label)   # "their hospital costs were lower" -> "lower hospital costs"
    if compared:
        forms.append(f"{compared.group('adj')} {compared.group('np')}")
    acted = _ACTED.match(label)             # "the pilot improved the organisation of care" -> "improved organisation of care"
    if acted and _words(acted.group("x")) >= 2:
        forms.append(f"{acted.group('verb')} {acted.group('x')}")
    modal = _MODAL_SPLIT.match(label)
    if modal and _words(modal.group("x")) >= 2:     # "workforce shortages could slow progress" -> "workforce shortages"
        forms.append(modal.group("x"))
    more = _MORE_AFTER.search(label)
    if more:                                # "patients were more satisfied with X" -> "more satisfied with X"
        forms.append(more.group("x"))
    framed = _REPORTED.match(label)          # "physicians found secure messaging added to their workload"
    if framed and _words(framed.group("x")) >= 2:   # -> "secure messaging added to their workload"
        forms.append(framed.group("x"))
        found = _FIND_ADJ.fullmatch(framed.group("x"))
        if found:                           # "Practices find the paperwork heavy" -> "paperwork heavy"
            forms.append(found.group("np") + " " + found.group("adj"))
    forms += [_POSSESSIVE.sub("", f) for f in [label, *forms]
              if _POSSESSIVE.search(f)]      # "on our wards" -> "on wards"
    return [f for f in dict.fromkeys(forms) if f != label and not _DANGLING.search(f)]


# Who said or found it, before what they said: "some physicians found X", "community health workers say X",
# "Practices still find the paperwork heavy".
_REPORTED = lazy_compile(r"(?:[\w\-’']+[ ]){1,4}?(?:still[ ]|often[ ]|also[ ])?(?:find|finds|found|say|says|said|report|reports|"
                         r"reported|complain|complained|note|noted|told[ ]us)[ ](?:that[ ])?(?P<x>.+)$")
_FIND_ADJ = lazy_compile(r"(?:the|their|its)[ ](?P<np>(?:[\w\-]+[ ]){0,3}[\w\-]+)[ ](?P<adj>heavy|hard|difficult|slow|complex|"
                         r"confusing|burdensome|costly|expensive|unclear|time-consuming)")
_COMPARED = lazy_compile(r"(?:(?:their|its|the)[ ])?(?P<np>[\w\- ]+?)[ ](?:was|were|is|are|became)[ ](?:\w+ly[ ])?"
                         r"(?P<adj>lower|higher|fewer|shorter|longer|better|worse|smaller|larger|greater)")
_COPULA = lazy_compile(r"[ ](?:is|are|was|were|remained|remains|became|has[ ]been|have[ ]been)[ ](?!(?:not|no|to)\b)")
_ACTED = lazy_compile(r"^(?:[\w\-]+[ ]){1,8}?(?P<verb>improved|reduced|increased|lowered|cut|raised|strengthened|"
                      r"shortened|halved|doubled|expanded|slowed|changed|saved)[ ](?:the[ ]|its[ ]|their[ ])?(?P<x>.+)$")


def clause_end(text, start, end):
    m = _CUT.search(text, start, end)
    return m.start() if m else end


_CLAUSE_BREAK = lazy_compile(r";[ ]|,?[ ](?:but|whereas|while|although|though|yet)[ ]")
_WEAK = lazy_compile(r"\b(?:(?:does|did|do|has|have|had)[ ]little[ ]for|little[ ]for|remains?[ ]weak|remained[ ]weak|"
                     r"(?:is|are|was|were|remains?|remained)[ ](?:still[ ])?(?:weak|poor|limited|lacking|absent|missing)|"
                     r"not|never|no[ ]longer|lacks?|lacked|lack[ ]of|failed[ ]to|fails[ ]to|"
                     r"(?:is|are|remains?|has|have)[ ]yet[ ]to|remains?[ ]to[ ]be|(?:the[ ])?task[ ]of[ ]the[ ]next|"
                     r"next[ ](?:plan|phase|stage|step))\b", re.I)


def claim_clause(text, start, end, at):
    """(start, end) of the clause of the sentence ``text[start:end]`` that holds offset ``at``: the
    sentence cut at semicolons and at "but", "whereas", "while", "although", "yet"."""
    cs, ce = start, end
    for m in _CLAUSE_BREAK.finditer(text, start, end):
        if m.end() <= at:
            cs = m.end()
        elif m.start() >= at:
            ce = m.start()
            break
    return cs, ce


def _words(text):
    return len(text.split())


# --- the document's context -----------------------------------------------------------------------

@dataclass
class Context:
    text: str
    sentences: list
    sections: list
    entities: list
    places: list
    mentions: list          # resolved concept mentions, known and placeholder
    acronyms: list
    title_span: tuple | None
    focal: Entity | None = None
    programs: list = field(default_factory=list)
    orgs: list = field(default_factory=list)
    org_names: dict | None = None          # label key of an organization's name or alias -> its name
    populations: dict = field(default_factory=dict)   # (start, end) of a sentence -> its populations
    _mention_starts: list | None = None
    _place_starts: list | None = None
    program_at: tuple | None = None        # (ctx.programs, {start: first program named there}): _opening_program
    org_spans: tuple | None = None         # (ctx.orgs, the spans naming them, {start: first org}): _org_spans

    def mentions_in(self, start, end):
        """The concept mentions that start in text[start:end] (sorted once, found by bisection)."""
        if self._mention_starts is None:
            self.mentions = sorted(self.mentions, key=lambda m: m.start)
            self._mention_starts = [m.start for m in self.mentions]
        return self.mentions[bisect_left(self._mention_starts, start):bisect_left(self._mention_starts, end)]

    def places_in(self, start, end):
        """The place mentions that start in text[start:end]."""
        if self._place_starts is None:
            self.places = sorted(self.places, key=lambda p: p.start)
            self._place_starts = [p.start for p in self.places]
        return self.places[bisect_left(self._place_starts, start):bisect_left(self._place_starts, end)]

    def populations_in(self, start, end):
        """The population-shaped phrases of the sentence ``text[start:end]``, found once."""
        found = self.populations.get((start, end))
        if found is None:
            found = self.populations[(start, end)] = find_populations(self.text, [(start, end)])
        return found
    out: list = field(default_factory=list)
    seen: dict = field(default_factory=dict)
    spans: dict = field(default_factory=dict)   # (name, label, *aliases) -> where they are named: _mentions_of

    line_heading: str = ""        # the last short line without a full stop ("4. Problems encountered")

    def section_of(self, pos):
        heading = None
        for section in self.sections:
            if section.start <= pos <= max(section.end, section.start):
                heading = section.heading
        return (heading or self.line_heading).lower()

    def add(self, subject, predicate, obj, start, end, rule, confidence, hedge=None):
        """One statement per (subject, predicate, object): the first quote found keeps it. An
        organization goes by the name the document's entity has ("Insurers" -> "health insurers");
        a described thing (an outcome, a barrier, a component) also by its other forms."""
        subject, obj = self.named(subject), self.named(obj)
        if subject.get("type") == ORGANIZATION and predicate in _PROGRAM_PREDICATES:
            subject = self.as_program(subject)
        key = (label_key(subject.get("label") or str(subject.get("value"))), predicate,
               label_key(obj.get("label") or str(obj.get("value"))))
        if key in self.seen or (key[0] == key[2] and key[0] and predicate != ICKG + "hasStudyDesign"):
            return None                  # said already (no need for its forms), or a program as its own partner
        if obj.get("type") in _DESCRIBED and "label" in obj and "aliases" not in obj:
            forms = label_forms(obj["label"], self.text, start, end)
            if forms:
                obj = dict(obj, aliases=forms)
        if predicate in _COMPLEMENTED_PREDICATES and "label" in obj and _words(obj["label"]) <= 4:
            longer = _complemented(self.text, obj["label"], start, end)
            if longer:                   # "case management of older people at risk of emergency admission"
                obj = dict(obj, aliases=[*obj.get("aliases", []), longer])
        if predicate == ICKG + "targetsPopulation" and "label" in obj:
            longer = _population_tail(self.text, obj["label"], start, end)
            if longer:                   # "people with hypertension" of "people with hypertension, diabetes or ..."
                obj = dict(obj, aliases=[*obj.get("aliases", []), longer])
        if predicate in _PHRASE_PREDICATES and _CUT_PHRASE.match(obj.get("label", "")):
            return None                  # "in another setting", "called Healthy Start": a phrase cut in the wrong place
        if start is None or end <= start:
            return None
        if self.title_span and start < self.title_span[1] and self.title_span[0] < end:
            rule = f"{rule} (title)"     # a title names its topic more often than it states a fact: its own record
        confidence = RULE_CONFIDENCE.get(rule, min(confidence, DEFAULT_CONFIDENCE))
        statement = Statement(subject, predicate, obj, start, end, rule, confidence, hedge)
        self.seen[key] = statement
        self.out.append(statement)
        return statement


    def as_program(self, node):
        """An organization that is also the program (ParkinsonNet, Eksote): a program's statement
        about it is the program's."""
        key = label_key(node.get("label", ""))
        for p in self.programs:
            if key and key in {label_key(x) for x in (p.name, p.label, *p.aliases)}:
                return _program_node(p)
        return node

    def named(self, node):
        if node.get("type") != ORGANIZATION or "label" not in node:
            return node
        if self.org_names is None:
            self.org_names = {}
            for org in self.orgs:
                for alias in (org.name, org.label, *org.aliases):
                    self.org_names.setdefault(label_key(alias), org.name)
        name = self.org_names.get(label_key(node["label"]))
        if name is None and re.fullmatch(r"(?:the[ ])?(?:Ministry|Department|Board|Council|Government|Authority|Agency|"
                                         r"Foundation|Trust|Commission)", node["label"], re.I):
            head = node["label"].split()[-1].lower()   # "the Ministry": the one body of the text so called
            named = {o.name for o in self.orgs if _headed_by(o.name, head)}
            name = named.pop() if len(named) == 1 else None
        return dict(node, label=name) if name and name != node["label"] else node


def _headed_by(name, head):
    """Whether a body's ``name`` has ``head`` as its head noun: "Ministry of Health", "Welsh Government",
    not "Local Government Association" (an association)."""
    words = name.lower().split()
    return bool(words) and (words[-1] == head or (words[0] == head and len(words) > 1 and words[1] in ("of", "for")))


_COMPLEMENT = lazy_compile(r"[ ](?:of|for|around|between|across|in|from|to(?=[ ][a-z]+[ ](?:the[ ])?[a-z]+))[ ]"
                           r"(?:(?>[\w\-]+)(?:,\d{3})*[ ]?){1,8}?"
                           r"(?=[,;.:)]|[ ](?:and|or|such|that|which|who|to|with|by)\b|$)")
# (A word is taken whole, atomic: the look-ahead fails inside a word, so a word cut in two pieces finds no
# end the whole word did not, and re tried every cut of every word before it gave up: 2-3 times slower.)
# Or a relative clause or a participle with its complement: "care managers who follow high-risk patients",
# "social cooperatives that employ service users", "care plan agreed with the patient and family".
_CLAUSE_COMPLEMENT = lazy_compile(r"[ ](?:(?:who|that)[ ](?!is[ ]|are[ ]|was[ ]|were[ ])|(?:agreed|run|led|based|staffed|"
                                  r"shared|held|made|set|drawn|trained|employed|funded|paid)[ ](?:with|by|in|at|from|for|up)[ ])"
                                  r"(?:(?>[\w\-’']+)[ ]?){1,7}?(?=[,;.:)]|[ ](?:and[ ](?:a|an|the)|or|but|while|so)\b|$)")


# What a population's label may go on with in its quote: the rest of a list of conditions after "with"
# ("people with hypertension, type 2 diabetes or high cholesterol") and a risk it is at ("members aged 65 or
# older at the highest risk of admission").
_POPULATION_LIST = lazy_compile(r"(?:,[ ](?!and[ ]|or[ ])[^,;.:()]{1,40}?)*,?[ ](?:and|or)[ ](?:other[ ])?[^,;.:()]{1,40}?"
                                r"(?=[,;.:)]|[ ](?:who|which|that|in|at|to|are|were|will|is|can|may|through|by|from)\b|$)")
_POPULATION_RISK = lazy_compile(r"[ ](?:at|with)[ ](?:the[ ])?(?:(?:highest|high|higher|greatest|increased|most)[ ])?risk[ ]of[ ]"
                                r"[^,;.:()]{3,50}?(?=[,;.:)]|[ ](?:who|which|that|and|or)\b|$)")


def _population_tail(text, label, start, end):
    """A population's label with the list or risk its quote goes on with (see :data:`_POPULATION_LIST`),
    or None."""
    at = text[start:end].lower().find(label.lower())
    if at < 0:
        return None
    at += start
    stop = at + len(label)
    m = _POPULATION_LIST.match(text, stop, end) if " with " in label else None
    if m:
        stop = m.end()
    r = _POPULATION_RISK.match(text, stop, end)
    if r:
        stop = r.end()
    return text[at:stop] if stop > at + len(label) else None


def _complemented(text, label, start, end):
    """A component's label with the complement the quote gives it ("care pathways" -> "care pathways
    for long-term conditions"), or None."""
    at = text[start:end].lower().find(label.lower())      # the quote, not the whole text, lower-cased
    if at < 0:
        return None
    at += start
    m = _COMPLEMENT.match(text, at + len(label), end) or _CLAUSE_COMPLEMENT.match(text, at + len(label), end)
    return f"{text[at:at + len(label)]}{m.group()}" if m else None


@lru_cache(maxsize=4096)
def _name_pattern(name):
    """A multi-word name with any white space between its words (compiled once per name: the same
    names recur across documents, and compiling is what costs)."""
    return re.compile(r"(?<!\w)" + r"\s+".join(re.escape(w) for w in name.split()) + r"(?!\w)")


def _word_phrase_in(text, phrase):
    r"""``re.search(r"(?<![\w])" + re.escape(phrase) + r"(?![\w])", text)`` by string search."""
    at = text.find(phrase)
    while at >= 0:
        end = at + len(phrase)
        if (at == 0 or not _is_word(text[at - 1])) and (end >= len(text) or not _is_word(text[end])):
            return True
        at = text.find(phrase, at + 1)
    return False


def _is_word(c):
    return c.isalnum() or c == "_"


def _name_spans(text, name):
    """The spans of ``_name_pattern(name)`` in ``text`` (the words in a row, any white space between
    them, not inside a longer word), found by string search: a name seen once is not worth
    compiling a regular expression for."""
    words = name.split()
    first, out = words[0], []
    n = len(text)
    at = text.find(first)
    while at >= 0:
        if at == 0 or not _is_word(text[at - 1]):
            pos, ok = at + len(first), True
            for w in words[1:]:
                if pos >= n or not text[pos].isspace():
                    ok = False
                    break
                while pos < n and text[pos].isspace():
                    pos += 1
                if not text.startswith(w, pos):
                    ok = False
                    break
                pos += len(w)
            if ok and (pos >= n or not _is_word(text[pos])):
                out.append((at, pos))
                at = text.find(first, pos)      # as finditer: matches do not overlap
                continue
        at = text.find(first, at + 1)
    return out


def _mentions_of(ctx, entity):
    """Spans where ``entity`` is named (its name, label, aliases, acronym), found once per document."""
    key = (entity.name, entity.label, *entity.aliases)   # the spans are a function of the names alone: a name
    spans = ctx.spans.get(key)                          # or alias given later makes a new key, not a stale entry
    if spans is None:
        spans = []
        text = ctx.text
        names = {entity.name, entity.label, *entity.aliases}
        names |= {a[:-1] for a in entity.aliases if _PLURAL_ACRONYM.fullmatch(a or "")}   # "PHNs": "Each PHN"
        for name in names:
            if not name or len(name) < 2:
                continue
            if " " in name:
                spans.extend(_name_spans(text, name))
                continue
            at = text.find(name)
            while at >= 0:
                end = at + len(name)
                if (at == 0 or not text[at - 1].isalnum()) and (end >= len(text) or not text[end].isalnum()):
                    spans.append((at, end))
                at = text.find(name, at + 1)
        spans.sort()
        ctx.spans[key] = spans
    return spans


def _program_node(entity):
    """A program as a statement's subject or object, with the other names the document gives it
    (its acronym, the words of the text), so that a reader's name for it is recognised."""
    out = node(entity.name, entity.type if entity.type != ORGANIZATION else PROGRAM)
    others = [x for x in dict.fromkeys((entity.label, *entity.aliases)) if x and x != entity.name]
    if others:
        out["aliases"] = others
    return out


_MODEL_WORDS = lazy_compile(r"\b(?:the|this|its)[ ](?:model|programme|program|pilot|initiative|network|scheme|"
                            r"reform|trial|strategy|system of care)\b", re.I)
_TITLE_VERB = lazy_compile(r"[ ](?:to|goes|go|signs?|launch(?:es)?|announces?|begins?|starts?|opens?|will|is|are|"
                           r"receives?|wins?|expands?|comes?|takes?)[ ]")
_IS_A_MODEL = lazy_compile(r"(?P<name>(?<![\w/])[A-Z][\w\-]+(?:/[A-Z][\w\-]+)?(?:[ ](?:(?:of|for|für|de|del|van|von|and)[ ])?"
                           r"[A-Z][\w\-]+(?:/[A-Z][\w\-]+)?){0,4})(?:[ ]\([^()]{2,90}\))?[ ](?:is|was)[ ]an?[ ]"
                           r"(?:[\w\-]+[ ]){0,5}?"
                           r"(?:model|programme|program|initiative|network|scheme|pilot|system)\b")
_PROGRAM_HEAD_END = lazy_compile(r"(?:programme|program|initiative|scheme|pilot)$")
_LOWER_PROGRAM = lazy_compile(r"\b(?:[Ii]ts|[Tt]he|[Tt]heir|a)[ ](?P<name>(?:[a-z][\w\-]+[ ]){1,4}(?:programmes?|programs?|"
                              r"initiatives?|schemes?|reforms?|pilots?|model(?=[ ](?:was|is|has|had|of[ ]care)\b)|"
                              r"(?<=care[ ])systems?))\b")
# A word every match of _LOWER_PROGRAM holds ("programme" holds "program").
_LOWER_PROGRAM_HEADS = ("program", "initiative", "scheme", "reform", "pilot", "model", "system")
_DESCRIBED_AS = lazy_compile(r"[ ](?:is|was|are|were)[ ](?:an?[ ])?$")
_HEADING_PROGRAM = lazy_compile(r"(?:The[ ])?(?P<name>(?!(?:The|A|An|Our|This|Its|Their)[ ])[A-Z][\w\-]+(?:[ ][A-Z][\w\-]+){0,3}[ ](?:model|programme|program|"
                                r"initiative|pilot|network|scheme|reform))")
_LOWER_ACRONYM_HEADS = lazy_compile(r"(?:systems?|networks?|programmes?|programs?|models?|pilots?|schemes?|"
                                    r"clusters?|teams?|homes?|partnerships?|initiatives?|pathways?)$")
_QUOTED = lazy_compile(r"[\"“](?P<name>[a-z][\w ,'’\-]{3,60}[\w])[\"”]")
_NUMBER_WORDS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve "
                                             "thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split())}
_NUMBER_WORDS.update({w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())})
_COUNT = (r"(?:\d{1,4}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|"
          r"seven|eight|nine))?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
          r"sixteen|seventeen|eighteen|nineteen)")
_COUNT_LEAD = lazy_compile(rf"(?i:{_COUNT})[ ]")


def count_value(word):
    """The number a count is written as: "24", "six", "Thirty-one"."""
    word = word.lower()
    if word.isdigit():
        return int(word)
    tens, _, unit = word.partition("-")
    return _NUMBER_WORDS.get(tens, 0) + (_NUMBER_WORDS.get(unit, 0) if unit else 0) or None


# "a discharge programme known as Safe at Home", "a second scheme, called Home Link,": the name given.
_CALLED_PROGRAM = lazy_compile(
    r"\b(?:programmes?|programs?|schemes?|initiatives?|pilots?|models?|services?|networks?|projects?|teams?|"
    r"partnerships?|strategy|reform|centres|centers|clinics|hubs)[ ,]+(?:known[ ]as|called|named|dubbed|branded[ ]as)[ ]"
    r"(?P<name>[A-Z][\w\-]*(?:[ ](?:of|for|and|on|in|at|to|the|[A-Z][\w\-]*)){0,6}?)"
    r"(?=[,.;:)]|[ ](?!(?:of|for|and|on|in|at|to|the)[ ][A-Z])[a-z(]|$)")
# A plural program noun made, launched or implemented: "allowed states to create Medicaid health homes".
_CREATED_PROGRAM = lazy_compile(
    r"\b(?:create|created|creating|establish|established|establishing|implement|implemented|implementing|launch|"
    r"launched|introduce|introduced|set[ ]up|pilot|piloted|roll[ ]out|rolled[ ]out|form|formed)[ ](?:new[ ])?"
    r"(?P<name>(?:[A-Z][\w\-]+[ ])?(?:[a-z][\w\-]+[ ]){0,3}(?:homes|teams|networks|partnerships|hubs|clusters|"
    r"pilots|schemes|programmes|programs|models))\b")
_CREATED_WORDS = ("creat", "establish", "implement", "launch", "introduc", "set up", "pilot", "roll", "form")


def _created_programs(text):
    """Matches of _CREATED_PROGRAM, tried only where one of its verbs begins (a scan of the whole
    text by the pattern costs more than finding the verbs)."""
    starts = set()
    for stem in _CREATED_WORDS:
        at = text.find(stem)
        while at >= 0:
            if at == 0 or not text[at - 1].isalnum():
                starts.add(at)
            at = text.find(stem, at + 1)
    for at in sorted(starts):
        m = _CREATED_PROGRAM.match(text, at)
        if m:
            yield m
# Apposition: "Project ECHO (Extension for Community Healthcare Outcomes), a telementoring program",
# "Ontario Health Teams, a new model of organizing and delivering health care".
_APPOSED_PROGRAM = lazy_compile(
    r"(?P<name>\b[A-Z][\w\-]*(?:[ ](?:of|for|and|on|in|at|to|the|(?:d|l|dell)['’][A-Z][\w\-]*|[A-Z][\w\-]*)){0,9})"
    r"(?:[ ]\((?P<alias>[^()\n]{2,80})\))?,[ ](?:an?|the)[ ](?:[\w\-]+[ ]){0,5}?"
    r"(?P<head>model|programme|program|initiative|scheme|pilot|strategy|reform|project|demonstration|"
    r"partnerships?|networks?)\b")
_APPOSITION_AT = lazy_compile(r",[ ](?:an?|the)[ ](?:[\w\-]+[ ]){0,5}?(?:model|programme|program|initiative|scheme|"
                              r"pilot|strategy|reform|project|demonstration|partnerships?|networks?)\b")
_APPOSED_NOT = lazy_compile(r"\b(?:of|in|for)[ ](?:the[ ])?(?:care|health|services?|hospitals?|providers?)[ ]"
                            r"(?:organi[sz]ations?|compan(?:y|ies)|firms?)\b")
# A proper name whose last word says it is a program: "the Care Transitions Intervention", "Integrated
# Care Partnerships", "the Whole Person Care Pilot". (Not "Service" or "Fund": "Indian Health Service".)
# It opens on the capital and checks what is behind it after: a pattern that opens on a look-behind is
# tried at every position, one that opens on a character class is searched for that class.
_NAMED_PROGRAM = lazy_compile(
    r"(?P<name>[A-Z](?<![\w\-/][A-Z])[\w'’\-]+(?:(?:[ ]|/)(?:of|for|and|at|to|in|the|&|[A-Z][\w'’\-]+)){0,6}[ ]"
    r"(?:Interventions?|Programmes?|Programs?|Models?|Initiatives?|Networks?|Projects?|Schemes?|Pilots?|"
    r"Partnerships?|Strategy|Reform|Teams|Homes|Demonstrators?|Demonstration|Collaboratives?|Pathways?))"
    r"(?![\w\-])(?![ ](?:of[ ]|for[ ]|and[ ])?[A-Z])")
# A line's opening that makes what follows an author's name and affiliation, not a program's name.
# A capitalised name with a lower-case head, abbreviated in parentheses: "the Community Paramedicine at Clinic
# program (CP@clinic)", "the Hospital Admission Risk program (HARP)": the abbreviation makes it a name.
_NAMED_LOWER_HEAD = lazy_compile(r"(?P<name>[A-Z](?<![\w\-][A-Z])(?!(?<=T)he[ ]|(?<=A)[ ]|(?<=A)n[ ]|(?<=T)his[ ]|(?<=O)ur[ ]|"
                                 r"(?<=I)ts[ ]|(?<=I)n[ ]|(?<=A)t[ ]|(?<=F)rom[ ]|(?<=S)ince[ ])[\w\-]+"
                                 r"(?:[ ](?:(?:at|of|for|and|in|on|to|the)[ ])?[A-Z][\w\-]+){1,5}[ ]"
                                 r"(?:program|programme|model|initiative|scheme|project|pilot))[ ]\((?P<short>[^()\s,;]{2,15})\)")
_BYLINE = lazy_compile(r"[ \t]*(?:(?:Prepared|Written|Compiled|Edited|Posted|Presented|Reported)[ ])?[Bb]y[ ]"
                       r"(?:[A-Z][\w'’.\-]*[ ]){0,4}$")
# A byline's line: "Posted March 2022 by the Communications Team", "By Jane Roe and the Policy Unit".
_BYLINE_LINE = lazy_compile(r"^(?:(?:Posted|Written|Published|Prepared|Compiled|Edited|Reported|Produced)\b[^\n]{0,40}?[ ]by"
                            r"|By)[ ][^\n]{0,120}$", re.M)
# Programs a document names in passing, under the one it is about: with only these, the focal one is sought
# as if none were named.
_IN_PASSING = {"X known as", "its X plan"}
# A body's own plan or programme named at a sentence's head: "Its Senior Care Options plan, offered since 2004, ...".
_OWN_NAMED_PLAN = lazy_compile(r"(?:(?<=[.!?][ ])|(?<=\n)|^)(?:Its|Their)[ ](?P<name>[A-Z][\w\-]*(?:[ ][A-Z][\w\-]*){0,4}[ ]"
                               r"(?:plan|programme|program|scheme|service))\b")
# A program named as a project: "Project ECHO", "Project RED (Re-Engineered Discharge)".
_PROJECT_NAME = lazy_compile(r"(?<![\w\-])(?P<name>Project[ ][A-Z][\w\-]*[A-Z0-9][\w\-]*)(?![\w\-])"
                             r"(?:[ ]\((?P<gloss>[A-Z][^()]{3,80})\))?")
# A post, not a program: "Director of Strategy", "Minister for Health".
_ROLE_NAME = lazy_compile("(?:" + "|".join(sorted(ROLE_TITLES, key=len, reverse=True)) + ")[ ](?:of|for)[ ]")
# A lower-case name a document abbreviates and goes on using: "coordinated care organizations (CCOs)".
# Bodies named for the integration they were made for, abbreviated and named again ("integrated health and
# social services centres (CISSS)", "Veterans Integrated Service Networks (VISNs)"): the model the document is
# about, as well as the bodies that carry it out.
_INTEGRATED_BODIES = lazy_compile(r"\bintegrated[ ](?:[\w\-]+[ ]){0,5}?(?:centres?|centers?|networks?|organi[sz]ations?|"
                                  r"systems?|services|trusts?|units?)$", re.I)
# The same in lower case before an acronym of other words, the name's in another language: "integrated health and
# social services centres (CISSS)" (centres intégrés de santé et de services sociaux).
# (It opens on the word and checks the boundary before it after: re searches for the word itself.)
_GLOSSED_BODIES = lazy_compile(r"(?P<long>integrated(?<=\bintegrated)[ ](?:[a-z\-]+[ ]){0,5}?(?:centres?|centers?|networks?|organi[sz]ations?|"
                               r"systems?|trusts?|units?))[ ]\((?P<short>[A-Z]{2,8}s?)\)")
# The line under a reviewed book's title, after a line break or (unwrapped) a space: "by Daniel Harrow.
# Riverbank University Press, 2021. 312 pp.":
# title is the book's, not a program's.
_BOOK_LINE = lazy_compile(r"\s+(?:[Bb]y|[Ee]dited[ ]by)[ ][^\n]{3,120}?\b(?:19|20)\d\d\b[^\n]*?\b\d+[ ]?pp\b")
_ACRONYM_PROGRAM_HEADS = lazy_compile(r"(?:organi[sz]ations?|interventions?|collaboratives?|alliances?|communities|hubs?)$")
# A lower-case name described as a model: "a virtual ward, a model first used in Croydon in 2006".
# (\b(?:a|an|the) opened on its letter, the boundary and the word's first letter checked behind it: re
# searches for the letter instead of trying every position. So too _HEAD_REFERENCE.)
_LOWER_APPOSED = lazy_compile(r"[at](?<=\b[at])(?:(?<=a)|(?<=a)n|(?<=t)he)[ ](?P<name>[a-z][\w\-]+(?:[ ][a-z][\w\-]+){1,3}),[ ]an?[ ](?:[\w\-]+[ ]){0,3}?"
                              r"(?:model|programme|program|initiative|scheme|approach|intervention)[ ](?:of|in|for|that|which|"
                              r"first|developed|used|designed|where|whereby|introduced|launched)\b")
# A lower-case plural the text counts or says were set up: "one of 64 primary care clusters".
_COUNTED_PROGRAM = lazy_compile(r"(?:\b(?:one[ ]of[ ](?:the[ ])?)?" + _COUNT + r"[ ]|\b(?:[Tt]he[ ]))(?P<name>(?:[a-z][\w\-]+[ ]){1,3}"
                                r"(?P<head>clusters|networks|partnerships|hubs|collaboratives|alliances))"
                                r"(?=[ ,.;](?:(?!\.)[^.]){0,40}?(?:were|was|have[ ]been)[ ](?:set[ ]up|created|established|"
                                r"introduced|launched|formed)|[,.;]|[ ]in[ ])")
# Words that open a sentence but are no part of a name: "Today the Ministry of Health approved".
_OPENERS = {"Today", "Yesterday", "Now", "Currently", "Recently", "Meanwhile", "However", "Also", "Instead",
            "Together", "Since", "Under", "In", "From", "The", "A", "An", "This", "These", "Its", "Their"}


# A study named by where it ran ("the Memphis trial"): the study, not a program.
_STUDY_NAME = lazy_compile(r"(.+?)[ ](?:trials?|study|studies|evaluation)")
# "Rural programs have trouble recruiting": a kind of program, not a program the document is about.
_GENERIC_PROGRAM = lazy_compile(r"(?:Rural|Urban|Local|New|Other|Some|Many|Most|Such|These|Those|Both|All|Each|Existing|"
                                r"Similar|Smaller|Larger|Early|Later)[ ](?:programmes?|programs?|schemes?|initiatives?)")


_PROSE_LETTERS = lazy_compile(r"[a-z]{4}")


# What every match of _NAMED_LOWER_HEAD holds: most texts have no lower-case program word abbreviated.
_LOWER_HEAD_ABBREVIATED = lazy_compile(r"[ ](?:program|programme|model|initiative|scheme|project|pilot)[ ]\([^()\s,;]{2,15}\)")


def find_programs(ctx):
    """The document's programs, named or described, and its focal program."""
    text = ctx.text
    places = {label_key(p.place.name) for p in ctx.places}
    programs = [e for e in ctx.entities if e.kind == "program" and not _GENERIC_PROGRAM.fullmatch(e.name)
                and not ((m := _STUDY_NAME.fullmatch(e.name)) and label_key(m.group(1)) in places)]
    if " by " in text or "By " in text:  # "Posted March 2022 by the Communications Team": who wrote it, no program
        bylines = [(m.start(), m.end()) for m in _BYLINE_LINE.finditer(text)]
        programs = [e for e in programs if not bylines or e.start is None or not all(
            any(a <= s_ < b for a, b in bylines) for s_, _ in _mentions_of(ctx, e))]
    orgs = [e for e in ctx.entities if e.kind == "organization"]
    known = {e.key for e in programs}
    for e in programs:
        bare = _COMPLEMENTED_PROGRAM.match(e.name)
        if bare and _words(bare.group(1)) >= 2 and bare.group(1) not in e.aliases:
            e.aliases = [*e.aliases, bare.group(1)]     # "pay-for-performance program" of "... program for diabetes"

    def add(name, start, source, aliases=()):
        counted = _COUNT_LEAD.match(name)
        if counted and _words(name[counted.end():]) >= 1:     # "Thirty-one Primary Health Networks"
            name, start = name[counted.end():], start + counted.end()
        key = label_key(name)
        if key and key not in known and not any(label_key(p.place.name) == key for p in ctx.places):
            known.add(key)
            label = text[start:start + len(name)]
            label = label if label_key(label) == key else name    # "Buurtzorg model" is not in the text as such
            aliases = list(aliases)
            bare = _COMPLEMENTED_PROGRAM.match(name)
            if bare and _words(bare.group(1)) >= 2 and bare.group(1) not in aliases:
                aliases.append(bare.group(1))      # "pay-for-performance program" of "... program for diabetes"
            entity = Entity("program", label, name, PROGRAM, start, start + len(name), source, aliases)
            programs.append(entity)
            return entity
        return None

    for a in ctx.acronyms:
        if a.long[:1].islower() and _LOWER_ACRONYM_HEADS.search(a.long):
            add(a.long, a.long_start, "acronym", [a.short])
        elif (a.long[:1].islower() or a.long[1:].islower()) and _ACRONYM_PROGRAM_HEADS.search(a.long) and not any(
                o.key == label_key(a.long) for o in orgs) and (_title_names(ctx, a.long) or len(re.findall(
                    r"(?<![\w])" + re.escape(a.short.rstrip("s")) + r"s?(?![\w])", text[a.short_end:])) >= 3):
            add(a.long, a.long_start, "acronym", [a.short])     # what the title is about, abbreviated
        elif _INTEGRATED_BODIES.search(a.long):
            add(a.long, a.long_start, "acronym", [a.short])     # "Veterans Integrated Service Networks (VISNs)"
    for m in (_NAMED_LOWER_HEAD.finditer(text) if (") " in text or ")," in text or ")." in text)
              and _LOWER_HEAD_ABBREVIATED.search(text) else ()):
        name = m.group("name")
        if not any(o.key == label_key(name) or o.key == label_key(m.group("short")) for o in orgs):
            add(name, m.start("name"), "named X program (ABBR)", [m.group("short")])
    for m in (_GLOSSED_BODIES.finditer(text) if "ntegrated " in text else ()):
        add(m.group("long"), m.start("long"), "acronym", [m.group("short")])   # an acronym of the words in French
    for m in (_NAMED_PROGRAM.finditer(text) if any(w in text for w in _NAMED_HEAD_WORDS) else ()):
        name, at = m.group("name"), m.start("name")
        while " " in name and name.split(" ", 1)[0] in _OPENERS:
            first = name.split(" ", 1)[0]
            name, at = name[len(first) + 1:], at + len(first) + 1
        lead = re.match(r"(?:the|a|an)[ ]|(?:[A-Z][\w\-]*[ ](?:(?:of|and|for)[ ])?){0,5}[A-Z][\w\-]*['’]s[ ]", name)
        #                                  "Brazil's Family Health Strategy", "Geisinger Health System's ProvenCare Program"
        if lead:
            name, at = name[lead.end():], at + lead.end()
        if " " not in name or " and the " in name or _ROLE_NAME.match(name) or any(o.key == label_key(name) for o in orgs) or any(
                s <= at and at + len(name) <= e and (s, e) != (at, at + len(name))
                for p in programs for s, e in _mentions_of(ctx, p)):
            continue                     # "Sutton Homes" inside "the Sutton Homes of Care vanguard"
        if any(p.key != label_key(name) and label_key(name) in {label_key(x) for x in p.aliases} for p in programs):
            continue
        if any(o.start is not None and o.start < at and at + len(name) <= o.end for o in orgs) or \
                _BYLINE.match(text, text.rfind("\n", 0, at) + 1, at):
            continue                     # the tail of a body's name, a byline's ("Prepared by A B for the X Network")
        if _ISSUER_LINE.match(text, at + len(name)) and at == text.rfind("\n", 0, at) + 1:
            continue                     # "Healthy Hills Partnership: Impact report 2016": who issues the document
        add(name, at, "named program")
    for m in (_OWN_NAMED_PLAN.finditer(text) if "Its " in text or "Their " in text else ()):
        head = m.group("name").rsplit(" ", 1)[0]     # "Its One Care plan": a plan of its own, by name
        key = label_key(head)
        if not any(key in {label_key(x) for x in (o.name, *o.aliases)} for o in orgs) and \
                not any(label_key(p.place.name) == key for p in ctx.places):
            add(m.group("name"), m.start("name"), "its X plan")
    for m in (_PROJECT_NAME.finditer(text) if "Project " in text else ()):
        gloss = m.group("gloss")       # "Project RED (Re-Engineered Discharge)": the words its letters stand for
        if not any(o.start is not None and o.start <= m.start() < o.end for o in orgs):
            add(m.group("name"), m.start("name"), "Project X", [gloss] if gloss else [])
    apposed = []                            # spans of "a telementoring program" after a named program
    for m in (_CALLED_PROGRAM.finditer(text) if any(w in text for w in (" known as ", " called ", " named ",
                                                                          " dubbed ", " branded as ")) else ()):
        name = m.group("name").rstrip()
        while name.split()[-1] in ("of", "for", "and", "on", "in", "at", "to", "the"):
            name = name.rsplit(" ", 1)[0]
        add(name, m.start("name"), "X known as")
        apposed.append((max(0, m.start() - 60), m.start("name")))
    if ", a" in text or ", the" in text:
        # found from the descriptor back to the name: "..., a telementoring program" first (cheap)
        appositions = []
        for at in _APPOSITION_AT.finditer(text):
            lo = max(0, at.start() - 200)
            for m in _APPOSED_PROGRAM.finditer(text, lo, at.end()):
                if m.end() == at.end():
                    appositions.append(m)
                    break
        for m in appositions:
            if _APPOSED_NOT.match(text, m.end("head") - len(m.group("head"))):
                continue
            name, at = m.group("name"), m.start("name")
            while name.split(" ", 1)[0] in _OPENERS and " " in name:
                first = name.split(" ", 1)[0]
                name, at = name[len(first) + 1:], at + len(first) + 1
            based = _BASED_LEAD.match(name)
            if based:                    # "Based on the Expanded Chronic Care Model, the programme": not its name
                continue
            if name in _OPENERS or any(label_key(p.place.name) == label_key(name) for p in ctx.places):
                continue
            alias = m.group("alias")
            aliases = [alias] if alias and alias[:1].isupper() and not re.search(r"\d", alias) else []
            # an organization of the same name or alias ("Extension for Community Healthcare Outcomes"
            # read as a body from its capitals) is the program itself
            same = [o for o in orgs if o.name in (name, *aliases) or set(o.aliases) & {name, *aliases}]
            if any(o.name == name for o in same) and m.group("head") in ("network", "networks", "partnership",
                                                                         "partnerships"):
                same = []
            for o in same:
                aliases += [x for x in (o.name, *o.aliases) if x not in aliases and x != name]
                orgs.remove(o)
                if o in ctx.entities:
                    ctx.entities.remove(o)
            existing = next((p for p in programs if p.key == label_key(name)), None)
            if existing is not None:
                existing.aliases.extend(x for x in aliases if x not in existing.aliases)
            elif _words(name) >= 1 and not (len(name.split()) == 1 and not re.search(r"[A-Z].*[A-Z]|\w{5}", name)):
                add(name, at, "X, a program", aliases)
            apposed.append((m.end("alias") if m.group("alias") else m.end("name"), m.end()))
    for m in (_LOWER_APPOSED.finditer(text) if ", a" in text or ", an" in text else ()):
        name = m.group("name")
        if not re.match(r"(?:new|similar|different|single|same|other|first|second)\b", name):
            add(name, m.start("name"), "x, a model")
    counted_heads = ("clusters", "networks", "partnerships", "hubs", "collaboratives", "alliances")
    for m in (_COUNTED_PROGRAM.finditer(text) if any(h in text for h in counted_heads) else ()):
        name = m.group("name")
        if re.search(r"\b(?:care|health|integrated|community|primary|social)\b", name) and \
                len(re.findall(r"(?<![\w])" + re.escape(m.group("head")) + r"(?![\w])", text, re.I)) >= 3:
            add(name, m.start("name"), "counted X", [m.group("head")])   # "one of 64 primary care clusters"
    has_is_a = any(w in text for w in (" is a", " was a"))
    has_program = any(w in text for w in ("programme", "program", "initiative", "scheme", "reform", "pilot"))
    for m in _created_programs(text):
        name = m.group("name")
        if not re.search(r"\b(?:care|health|medical|integrated|community|regional|local|neighbourhood|"
                         r"neighborhood|primary|accountable|virtual|multidisciplinary)\b", name, re.I):
            continue                     # "to create new teams": a program has a domain word
        longer = next((p for p in programs if p.key.endswith(" " + label_key(name))), None)
        if longer is not None:
            if name not in longer.aliases:
                longer.aliases.append(name)
            continue
        add(name, m.start("name"), "created X")
    for start, end in ctx.sentences:
        # each pattern's match holds one of its words within the sentence: a sentence without them is not searched
        is_a = has_is_a and (text.find(" is a", start, end) >= 0 or text.find(" was a", start, end) >= 0)
        lower_program = has_program and found_in(_LOWER_PROGRAM_HEADS, text, start, end)
        for m in (_IS_A_MODEL.finditer(text, start, end) if is_a else ()):
            lead = 4 if m.group("name").startswith("The ") else 0      # "The Riverside Care Network is a ..."
            name = m.group("name")[lead:]
            key = label_key(name)
            same = [o for o in orgs if o.name == name]
            aliases = []
            if same and _PROGRAM_HEAD_END.search(m.group(0)):
                # "The Vermont Blueprint for Health is a state program": read as a body from its capitals, it is
                # the program, and so is a shorter body name it ends with ("Blueprint for Health")
                tails = [o for o in orgs if o not in same and name.endswith(" " + o.name)]
                for o in same + tails:
                    orgs.remove(o)
                    if o in ctx.entities:
                        ctx.entities.remove(o)
                aliases, same = [o.name for o in tails], []
            if not same and not any(key in {label_key(x) for x in (p.name, *p.aliases)} for p in programs):
                add(name, m.start("name") + lead, "X is a model", aliases)
        for m in (_LOWER_PROGRAM.finditer(text, start, end) if lower_program else ()):
            name = m.group("name")
            if re.search(r"\b(?:of|with|the|to|for|in|on|by|from|at|under|into|about|through)\b", name):
                continue                 # "the effect of the programmes", "contracts with the programme"
            if _words(name) >= 2 and not re.match(r"(?:other|these|such|several|many|two|three|regional)[ ]\w+s$", name) \
                    and name.split()[0] not in ("largest", "biggest", "oldest", "newest", "best", "most", "only",
                                                "main", "key", "major", "principal", "various", "different",
                                                "whole", "same", "entire", "first", "second", "next", "current",
                                                "previous", "existing", "single-disease", "regional", "further"):
                head = re.match(r"(?P<x>.+)[ ]model$", name)     # "the primary care home model": also "primary care home"
                add(name, m.start("name"), "the X programme", [head.group("x")] if head and _words(head.group("x")) >= 2 else [])
    title = text[ctx.title_span[0]:ctx.title_span[1]] if ctx.title_span else ""
    for m in _QUOTED.finditer(text):
        if title and label_key(m.group("name")) and " ".join(label_key(m.group("name")).split()) in \
                " ".join(label_key(title).split()):
            add(m.group("name"), m.start("name"), "quoted name in the title")
    for m in (_PROGRAM_FIELD.finditer(text, 0, min(len(text), 1500)) if ":" in text[:1500] else ()):
        name = m.group("name").strip().rstrip(".")
        if 1 <= _words(name) <= 10:      # a tracker's or profile's "Program: MassHealth ACO program"
            entity = add(name, m.start("name"), "labelled program")
            if entity is not None:
                entity.aliases.extend(a.short + s_ for a in ctx.acronyms if label_key(a.long) in label_key(name)
                                      for s_ in ("", "s"))
    for section in ctx.sections:         # a heading that names a program: "The Torbay model"
        h = _HEADING_PROGRAM.fullmatch((section.heading or "").strip())
        if h and section.heading_start is not None:
            add(h.group("name"), section.heading_start + section.heading.index(h.group("name")), "heading")
    title_key = f" {label_key(title)} " if title else ""
    for p in programs:                   # "Nurse-led transitional care ...": the Transitional Care Model's
        core = _HEADLESS.match(p.name)
        if title and core and p.name[:1].isupper() and _words(core.group(1)) >= 2 and \
                f" {label_key(core.group(1))} " in title_key and not _named_in(text, p, *ctx.title_span):
            at = title.lower().find(core.group(1).lower())
            if at >= 0:
                p.aliases.append(title[at:at + len(core.group(1))])
    if title and not _BOOK_LINE.match(text, ctx.title_span[1]) and not any(
            _named_in(text, p, *ctx.title_span) or (_words(p.name) >= 2 and f" {p.key} " in title_key)
                         or (_words(p.name) >= 3 and " ".join(p.key.split()[1:]) in title_key)
                         for p in programs):
        head = re.split(r"[.?!][ ]", title.split(":")[0])[0]     # "Wales bet on clusters. It is time ...": the first
        verb = _TITLE_VERB.search(head)
        if verb and not head.startswith(("What", "How", "Why", "Can", "Does", "Is", "Are", "From ", "In ", "At ", "On ",
                                         "Towards ", "Toward ", "Beyond ", "Between ", "After ", "Before ")):
            subject = head[:verb.start()]
            if 2 <= _words(subject) <= 8 and not any(label_key(p.place.name) == label_key(subject) for p in ctx.places) \
                    and not _DOCUMENT_KIND.search(subject) and not _NOT_A_NAME.search(subject):
                add(subject, ctx.title_span[0], "title subject")
        elif ":" in title and _GERUND_HEAD.match(head) and (tail := _TAIL_PROGRAM.search(title, title.index(":"))) \
                and _words(tail.group("x")) >= 2:
            # "Redesigning primary care around the patient: evaluation of the Group Health medical home pilot": a
            # title opening on what was done names no program; the program is the one its other half names
            at = text.find(tail.group("x"), ctx.title_span[1])
            add(tail.group("x"), at if at >= 0 else ctx.title_span[0], "title subject")
        elif ":" in title and 3 <= _words(head) <= 12 and not head.startswith(("What", "How", "Why")):
            subject = re.split(r"[ ](?:through|in|across|within|among|for[ ]the|at)[ ]", head)[0]
            listed = re.search(r"[ ]and[ ](?:the|a|an)[ ]", subject) or (
                re.search(r"[ ]and[ ]", subject) and re.search(r"[a-z]s$", subject))
            if _words(subject) >= 2 and not listed and re.search(r"\b(?:payment|funding|care|model|programme|program|"
                                                                 r"integration|reform|pilot|network|budget)s?\b",
                                                                 subject, re.I):
                add(subject, ctx.title_span[0], "title subject")
        elif ":" not in title:
            named = _TITLE_PROGRAM.fullmatch(head)   # "The community-based integrated care system in Japan"
            if named and _words(named.group("x")) >= 2:
                at = text.find(named.group("x"), ctx.title_span[1])
                add(named.group("x"), at if at >= 0 else ctx.title_span[0], "title subject")
    # An organization named in the title that the text calls "the model": the model is its own.
    if title and re.search(r"\bthe model\b", text):
        in_title = [p for p in programs if _named_in(text, p, *ctx.title_span)]
        for org in orgs:
            if org.source != "payer" and _named_in(text, org, *ctx.title_span) and not in_title and \
                    len(_mentions_of(ctx, org)) >= 2 and not any(
                    len(_mentions_of(ctx, p)) >= 3 for p in programs):
                add(f"{org.name} model", org.start, "organization's model", [org.name])
    for org in orgs:
        if "for" in text and _search_after(_LANGUAGE_GLOSS, text, org.name) and \
                not any(p.key == label_key(org.name + " model") for p in programs):
            add(f"{org.name} model", org.start, "organization's model", [org.name])

    # A name that heads the title and recurs in the text: "ParkinsonNet: how a Dutch network ...". An
    # organization of that name is also the model it runs (listed as both, as a reader would).
    # Either side of the title's colon may be the name ("Question 482: Hospital in the Home", "Food as
    # medicine: Geisinger's Fresh Food Farmacy"), a place's or body's possessive before it left out.
    # A masthead can be taken for the title ("Case vignette 7.3"): the opening lines that read as one
    # ("Food as medicine: Geisinger's Fresh Food Farmacy") are asked as well.
    lines = [title] + [m.group(1) for m in re.finditer(r"(?m)^([^\n:]{3,80}:[ ][^\n]{3,100})$", text[:600])
                       if _words(m.group(1)) <= 16 and not m.group(1).rstrip().endswith(".")
                       and _words(m.group(1).split(":")[0]) >= 2    # not a field ("Affiliation: ...")
                       and not re.match(r"(?i)(?:key[ ]?words|corresponding|conflicts?|media|press|funding|published|"
                                        r"received|accepted|citation|cite)\b", m.group(1))]
    sides = [x.strip() for line in lines if ":" in line for x in line.split(":", 1)]
    for side in sides:
        head = _SIDE_LEAD.sub("", side).rstrip(" .")
        placed = _PLACED_TAIL.match(head)
        if placed and _words(placed.group("x")) >= 1 and not _word_phrase_in(text[len(side):], head):
            head = placed.group("x")     # "Health Links in Ontario": the name is "Health Links"
        if not head or not _PROPER_HEAD.fullmatch(head) or any(label_key(p.place.name) == label_key(head)
                                                               for p in ctx.places):
            continue
        body_uses = len(word_uses(head, text)) - 1
        if body_uses >= 1 and not any(label_key(head) in {label_key(x) for x in (p.name, p.label, *p.aliases)}
                                      for p in programs):
            acronym = next((a.short for a in ctx.acronyms if label_key(a.long) == label_key(head)), None)
            at = text.find(head)
            add(head, at if at >= 0 else 0, "title name", [acronym] if acronym else [])
    # A title side that is a lower-case plural of bodies or programs and that the text keeps using:
    # "Coordinated care organizations in Oregon: ...", "...: regional partnership boards in Wales".
    for side in sides:
        x = _SIDE_LEAD.sub("", side)
        x = _PLACE_AFTER.split(x)[0].rstrip(" .")
        tail = _OF_TAIL.search(x)
        if not _LOWER_TITLE_NAME.fullmatch(x) and tail:
            x = tail.group("x")          # "the first year of Finland's wellbeing services counties"
        if not _LOWER_TITLE_NAME.fullmatch(x):
            continue
        uses = [(text[at:at + len(x)], at) for at in ignorecase_uses(x, text)]
        body_uses = [u for u in uses if u[0][:1].islower() or (u[1] > 0 and text[u[1] - 1] not in "\n:")]
        if len(uses) >= 2 and body_uses:
            first = body_uses[0]
            acronym = [a.short + s_ for a in ctx.acronyms if label_key(a.long) == label_key(x) for s_ in ("", "s")]
            add(first[0], first[1], "title name", acronym)
    termed = _title_term(ctx, lines, programs, orgs)
    if termed is not None:               # "Enhanced health in care homes: adopting the national framework"
        add(*termed)
    if apposed:                  # "Project ECHO, a telementoring program": one program, not two
        programs[:] = [p for p in programs if not (p.source == "the X programme" and p.name[:1].islower()
                                                   and any(a <= p.start < b for a, b in apposed))]
    described = [p for p in programs if p.source == "the X programme" and p.name[:1].islower() and any(
        _DESCRIBED_AS.search(text, max(0, s_ - 12), s_) and any(
            q is not p and any(e <= s_ and s_ - e <= 40 for _, e in _mentions_of(ctx, q)) for q in programs)
        for s_, _ in _mentions_of(ctx, p))]
    if described:                # "CAPABLE is a home-based program for ...": what CAPABLE is, not a second program
        programs[:] = [p for p in programs if p not in described]
    body = [span for span in ctx.sentences if not (ctx.title_span and span[0] <= ctx.title_span[0] < span[1])
            and _PROSE_LETTERS.search(text, span[0], span[1])]
    opening = body[:2]
    head_counts = {}

    def score(p):
        spans = _mentions_of(ctx, p)
        in_title = bool(ctx.title_span) and any(ctx.title_span[0] <= s < ctx.title_span[1] for s, _ in spans)
        early = any(a <= s < b for s, _ in spans for a, b in opening)
        return ((3 if in_title else 0) + len(spans) + (2 if early else 0) + _head_references(text, p, head_counts)
                + (2 if p.source in ("title subject", "organization's model") else 0)
                + (2 if p.source == "X is a model" and early else 0)    # the opening defines it: what it is about
                + (6 if p.source == "labelled program" else 0))

    if all(p.source in _IN_PASSING for p in programs):
        # No program found by its shape (or only one the text names in passing, "interim centres, known as
        # DHC Expresses"): the abbreviated name the text keeps using is what it is about
        # ("Hospital in the Home (HITH)", "Sistema Nacional Integrado de Cuidados (SNIC)").
        # An acronym no rule typed counts too, with the gloss the text gives it: "Equipos Básicos de
        # Atención Integral en Salud (EBAIS), basic integrated health care teams".
        typed = {label_key(e.name) for e in ctx.entities}
        untyped = []
        for a in ctx.acronyms:
            if label_key(a.long) in typed or not a.long[:1].isupper():
                continue
            gloss = _GLOSS.match(text, a.short_end)
            entity = Entity("program", a.long, a.long, PROGRAM, a.long_start, a.long_end, "acronym",
                            [a.short] + ([gloss.group("g")] if gloss else []))
            if len(_mentions_of(ctx, entity)) >= 3:
                untyped.append(entity)
        abbreviated = [o for o in orgs if o.source == "acronym" and len(_mentions_of(ctx, o)) >= 3
                       and not _BODY_HEAD.search(o.name)] + untyped
        best = max(abbreviated, key=lambda o: len(_mentions_of(ctx, o)), default=None)
        if best is not None:
            add(best.name, best.start, "abbreviated name", list(best.aliases))
        else:
            recurring = _title_service(ctx) or _recurring_name(ctx) or _places_program(ctx, orgs)
            if recurring is not None:    # "model practices", "Admiral Nurses are ... every Admiral Nurse"
                add(*recurring)
    ranked = sorted(programs, key=lambda p: (-score(p), p.start))
    # A document about a body that is its own model (Eksote, Buurtzorg) names no program as often as the
    # body: when no program is in the title or named three times, the body the title or opening names
    # and the text keeps naming is the model.
    if not ranked or (score(ranked[0]) < 5 and len(_mentions_of(ctx, ranked[0])) < 3):
        def body_score(o):
            spans = _mentions_of(ctx, o)
            in_title = bool(ctx.title_span) and any(ctx.title_span[0] <= s_ < ctx.title_span[1] for s_, _ in spans)
            early = any(a <= s_ < b for s_, _ in spans for a, b in opening)
            return len(spans) + (3 if in_title else 0) + (2 if early else 0)
        # "X is a health system" defines a body; "X, a nonprofit health plan" only when no program competes
        # (one named in passing, "Its One Care plan", does not)
        passing = all(p.source in _IN_PASSING for p in ranked)
        defined_names = {m.group("name") for m in _DEFINED_BODY.finditer(text) if passing or m.group("how") != ", "} \
            if " is a" in text or " was a" in text or ", a" in text else set()
        defined = {id(o) for o in orgs if o.name[:1].isupper() and any(n == o.name or n.endswith(" " + o.name)
                                                                         for n in defined_names)}
        # With no program at all, a body the text defines ("X, a nonprofit health plan ...") and names again will do.
        lone = 2 if passing else 3
        bodies = [o for o in orgs if o.source not in ("institution noun", "publisher", "payer") and o.name[:1].isupper()
                  and len(_mentions_of(ctx, o)) >= (lone if id(o) in defined else 3)
                  and ((ctx.title_span and _named_in(text, o, *ctx.title_span, ctx)) or id(o) in defined)]
        best = max(bodies, key=lambda o: body_score(o) + (3 if id(o) in defined else 0), default=None)
        if best is not None and (body_score(best) + (3 if id(best) in defined else 0) >= 6
                                 or (passing and id(best) in defined)) and (
                not ranked or body_score(best) > score(ranked[0])):
            entity = add(best.name + " model", best.start, "organization's model", [best.name])
            if entity is not None:
                ranked.insert(0, entity)
    if ranked and ranked[0].source == "title subject" and not _capitalised_words(ranked[0].name.split()[1:]):
        # A headline's subject in common nouns ("New team to keep older people out of Cork hospitals", "Three
        # local health districts to lead integrated care in ...") is a part or an agent of the program that the
        # opening names by its proper name ("... as part of the HSE's Enhanced Community Care programme").
        named = [p for p in ranked[1:] if _capitalised_words(p.name.split()) >= 2 and p.source not in _IN_PASSING
                 and any(a <= s_ < b for s_, _ in _mentions_of(ctx, p) for a, b in opening)]
        if named:
            ranked = [named[0]] + [p for p in ranked if p is not named[0]]
    for p in list(programs):             # "Through the Additional Roles Reimbursement Scheme, NHS England will fund",
        opener = _NAME_OPENER.match(p.name) if p.name[:1] in "ETUVW" else None   # "Each Regional Health Collaborative"
        if opener and p.name[opener.end():][:1].isupper():
            bare = p.name[opener.end():]
            if any(q is not p and label_key(bare) in {label_key(x) for x in (q.name, q.label, *q.aliases) if x}
                   for q in programs):
                programs.remove(p)       # the same program, found by its name too
                ranked = [q for q in ranked if q is not p]
                continue
            p.name, p.label, p.start = bare, p.label[opener.end():], p.start + opener.end()
    not_programs = places | {e.key for e in ctx.entities if e.kind != "program" and e.kind != "organization"} | {
        o.key for o in orgs if o.source in ("publisher", "payer", "issuer above the title")}
    defined = main_program(text, title_span=ctx.title_span, body=body, chosen=ranked[0] if ranked else None,
                           programs=programs, not_programs=not_programs)
    if defined is not None:              # a name the document defines and keeps using: what it is about
        entity = defined if any(defined is p for p in programs) else \
            add(defined.name, defined.start, defined.source, defined.aliases)
        if entity is not None:
            ranked = [entity] + [p for p in ranked if p is not entity]
    for c in second_programs(text, programs=programs, not_programs=not_programs):
        add(c.name, c.start, "counted name", list(c.forms[1:]))   # "Each Accountable Community of Health": its own
    if ranked:
        given = names_given(text, ranked[0])
        if given:                        # "the region's Home First (HF) service": "the service" is Home First
            ranked[0].aliases = [*ranked[0].aliases, *given]
    if ranked:                           # "PAERPA (...) is a national pilot": what it is, not a second program
        said = descriptions(text, tuple(dict.fromkeys((ranked[0].name, ranked[0].label, *ranked[0].aliases))))
        if said:
            programs[:] = [p for p in programs if p is ranked[0] or not p.name[:1].islower() or not all(
                any(a <= s_ < b for a, b in said) for s_, _ in _mentions_of(ctx, p))]
            ranked = [p for p in ranked if any(p is q for q in programs)]
    ctx.programs = programs
    ctx.orgs = orgs
    ctx.focal = ranked[0] if ranked else None


# Words that open a sentence before a program's name and are no part of it ("Each X brings", "Through the X, ...").
_NAME_OPENER = lazy_compile(r"(?:Each|Every|Through[ ]the|Under[ ]the|Via[ ]the|With[ ]the|Within[ ]the)[ ]")


# With no program found otherwise, one named by its kind after the place that runs it, in the document's
# opening: "Belgium's integrated care pilots, a thread", "Wales's primary care clusters".
_PLACES_PROGRAM = lazy_compile(r"(?P<place>[A-Z][\w\-]*(?:[ ][A-Z][\w\-]*){0,2})['’]s[ ](?P<name>(?:[a-z][\w\-]+[ ]){1,4}?"
                               r"(?:pilots|programmes?|programs?|networks|teams|clusters|partnerships|schemes?|reform|"
                               r"initiatives?|models?))\b(?![ ](?:of|for)[ ])")


def _places_program(ctx, orgs=()):
    """(name, start, source) of the program :data:`_PLACES_PROGRAM` finds in the opening, or None; or of
    a model the opening gives a body the title names ("Cherokee Health Systems | ..." and "care works in
    Cherokee's blended behavioral health and primary care model")."""
    text = ctx.text
    for m in _PLACES_PROGRAM.finditer(text, 0, 600):
        if any(p.start == m.start("place") and label_key(m.group("place")) == label_key(text[p.start:p.end])
               for p in ctx.places):
            return m.group("name"), m.start("name"), "place's X"
    if ctx.title_span is None or "'s " not in text[:800] and "’s " not in text[:800]:
        return None
    titled = [o for o in orgs if o.name[:1].isupper() and _named_in(text, o, 0, ctx.title_span[1], ctx)]
    for m in _BODYS_MODEL.finditer(text, 0, 800):
        if any(o.name.split()[0] == m.group("body") for o in titled):
            return m.group("name"), m.start("name"), "body's model"
    return None


# A body's own model by a description, in a possessive: "Cherokee's blended behavioral health and primary care model".
_BODYS_MODEL = lazy_compile(r"(?<![\w\-])(?P<body>[A-Z][\w\-]+)['’]s[ ](?P<name>(?:[a-z][\w\-]+[ ]){1,6}?"
                            r"(?:model|approach|system[ ]of[ ]care))\b")


# A title side in lower or sentence case that the text goes on to use as a program's name: it names it
# with a program word ("the borough's enhanced health in care homes service", "the framework for
# enhanced health in care homes") and refers back to it by that word ("The framework consists of").
_TERM_WORDS = ("programme", "program", "model", "framework", "service", "scheme", "initiative", "approach",
               "pilot", "project", "strategy", "pathway", "collaborative", "network", "partnership")
_TERM_WORD = "(?:" + "|".join(_TERM_WORDS) + ")"
_LOWER_TERM = lazy_compile(r"[A-Za-z][a-z\-]+(?:[ ][a-z][a-z\-]*){1,7}")
_TERM_NOT = lazy_compile(r"(?i)(?:the|a|an|this|our|how|what|why|when|where|who|which|is|are|can|does|do|from|in|on|at|"
                         r"for|with|towards?|beyond|between|after|before|into|lessons|evidence|results|findings|"
                         r"[a-z]+ing)\b")


def _title_term(ctx, lines, programs, orgs):
    """(name, start, source, aliases) of the program a title names in lower or sentence case: a side of
    a title line's colon (or the whole title), or its part before a preposition ("Social prescribing"
    of "Social prescribing in rural Wales"), that the body names with a program word ("the borough's
    X service", "the framework for X", "its X model") and whose program word it uses again by itself
    ("The framework consists of ...", "The model aims to"); None when the title already names a
    program or no side reads so. A noun phrase the text only repeats is a topic, not a program: the
    program word is what tells the two apart."""
    text = ctx.text
    for n, line in enumerate(lines):
        if not line or (":" not in line and n) or any(_word_phrase_in(line, x) for p in programs
                                                      for x in (p.name, p.label, *p.aliases) if x):
            continue
        at_line = text.find(line)
        for side in (x.strip().rstrip(" .?!") for x in line.split(":", 1)):
            cuts = [side[:m.start()] for m in _TERM_CUT.finditer(side)]
            for x in dict.fromkeys([side, *reversed(cuts)]):     # the longest first
                if not _LOWER_TERM.fullmatch(x) or _TERM_NOT.match(x) or _DOCUMENT_KIND.search(x) or \
                        any(label_key(p.place.name) == label_key(x) for p in ctx.places) or \
                        any(label_key(x) in {label_key(n) for n in (e.name, *e.aliases)} for e in (*programs, *orgs)):
                    continue
                term = _term_in_body(text, x, at_line, at_line + len(line))
                if term is not None:
                    return (*term, "title subject", [])
    return None


_TERM_CUT = lazy_compile(r"[ ](?=(?:in|across|within|among|for|at|from|under|after|and)[ ])")


_TIED_BEFORE = tuple(f"{w} {p} {t}" for w in _TERM_WORDS for p in ("for", "of") for t in ("", "the "))


def _may_be_tied(lowered, x, line_start, line_end):
    """False when :func:`_term_in_body` must find nothing, read off ``lowered`` (the text in lower
    case) without a pattern: ``x`` occurs outside the line and next to a program word somewhere."""
    outside = tied = False
    at = lowered.find(x)
    while at >= 0 and not (outside and tied):
        outside = outside or not (line_start <= at < line_end)
        tied = tied or lowered.startswith(_TERM_WORDS, at + len(x) + 1) and lowered[at + len(x)] == " " or \
            lowered.endswith(_TIED_BEFORE, 0, at)
        at = lowered.find(x, at + 1)
    return outside and tied


def _term_in_body(text, x, line_start, line_end):
    """(label, start) of the first use of ``x`` outside its title line when the body names it with a
    program word and then refers back by that word alone or uses ``x`` again ("the centre's social
    prescribing service" ... "social prescribing"), else None. The label keeps the body's case."""
    if x.isascii() and lower_is_ignorecase(text) and not _may_be_tied(text.lower(), x.lower(), line_start, line_end):
        return None     # most titles: skip compiling the three patterns of _term_in_body_by_patterns
    return _term_in_body_by_patterns(text, x, line_start, line_end)


def _term_in_body_by_patterns(text, x, line_start, line_end):
    """:func:`_term_in_body` without its shortcut: the patterns that decide (the shortcut's test
    compares the two)."""
    phrase = re.escape(x.lower())
    outside = lambda m: not (line_start <= m.start() < line_end)
    uses = [m for m in re.finditer(r"(?<![\w\-])" + phrase + r"(?![\w\-])", text, re.I) if outside(m)]
    if not uses:
        return None
    for tied in re.finditer(r"(?<![\w\-])" + phrase + r"[ ](?P<w>" + _TERM_WORD + r")\b|\b(?P<v>" + _TERM_WORD +
                            r")[ ](?:for|of)[ ](?:the[ ])?" + phrase + r"(?![\w\-])", text, re.I):
        word = (tied.group("w") or tied.group("v")).lower()
        if outside(tied) and (any(outside(m) and not (tied.start() <= m.start() < tied.end()) for m in re.finditer(
                r"\b(?:[Tt]he|[Tt]his|[Ii]ts)[ ]" + word + r"\b(?![ ](?:for|of)[ ])", text)) or
                any(not (tied.start() <= m.start() < tied.end()) for m in uses)):
            first = next((m for m in uses if m.group()[:1].islower()), uses[0])
            return first.group(), first.start()
    return None


# A title's subject that names the document, not a program: "2016 Report to Our Communities".
_LOWER_TITLE_NAME = lazy_compile(r"[A-Za-z][a-z\-]+(?:[ ][a-z][a-z\-]+){1,3}?[ ](?:organi[sz]ations|boards|networks|"
                                 r"partnerships|clusters|teams|hubs|trusts|units|pilots|programmes|programs|councils|"
                                 r"agreements|pioneers|collaboratives|alliances|vanguards|counties|communities)")
_BODY_HEAD = lazy_compile(r"\b(?:Services|Service|Office|Department|Ministry|Agency|Administration|Institute|University|"
                          r"Council|Board|Authority|Commission|Committee|Foundation|Association|Government)$")
# A title that opens on a verb's -ing form: what was done ("Redesigning ...", "Bringing care home"), not a name.
_GERUND_HEAD = lazy_compile(r"(?!(?:Nursing|Housing|Hearing|Building|Training|Funding|Screening|Prescribing|Caring)\b)"
                            r"[A-Z][a-z]{2,}ing[ ][a-z]")
# The program a title's other half names: "evaluation of the Group Health medical home pilot".
_TAIL_PROGRAM = lazy_compile(r"\b(?:the|a|an)[ ](?P<x>(?:[A-Z][\w\-]*[ ]){0,3}(?:[a-z][\w\-]*[ ]){0,4}"
                             r"(?:pilot|programme|program|model|scheme|initiative|network|project|service|intervention)s?)\b")
_TITLE_PROGRAM = lazy_compile(r"(?:The[ ])?(?P<x>[\w\-]+(?:[ ][a-z][\w\-]*){0,5}[ ](?:system|model|programme|program|network|"
                              r"scheme|initiative|strategy|reform|pilot|partnership|service)s?)(?:[ ](?:in|of|for|across)[ ][A-Z].*)?")
# A masthead line's name followed by the kind of document it issues: "X Partnership: Impact report 2016",
# "X Network | Annual review", "X Programme - Newsletter No. 4".
_ISSUER_LINE = lazy_compile(r"[ ]?[:|–\-][ ]+(?:[\w\-]+[ ]){0,3}?(?:[Rr]eport|[Rr]eview|[Nn]ewsletter|[Bb]ulletin|[Uu]pdate|"
                            r"[Bb]rief|[Ss]ummary|[Ss]tatement|[Mm]agazine|[Dd]igest)s?\b[^\n]{0,20}$", re.M)
_DOCUMENT_KIND = lazy_compile(r"\b(?:[Rr]eport|[Ss]ummary|[Rr]eview|[Bb]rief|[Pp]rofile|[Uu]pdate|[Nn]ewsletter|[Bb]ulletin|"
                              r"[Ss]tatement|[Mm]inutes|[Cc]hapter)s?$")
# "Hennepin Health is a safety-net accountable care organization": a body the text defines as a care organization.
_PROGRAM_FIELD = lazy_compile(r"(?m)^[ \t]*(?:Program|Programme|Initiative|Intervention|Model|Scheme)[ \t]*:[ \t]*"
                              r"(?P<name>[A-Z][^\n:]{2,100})$")
_FIELD = lazy_compile(r"(?m)^[ \t]*(?:[-•*][ \t]*)?(?P<label>Jurisdiction|Country|Location|Region|Start|Started|Launched|"
                      r"Established|Founded|Since|Start date)[ \t]*:[ \t]*(?P<value>[^\n]{2,120})$")
_DEFINED_BODY = lazy_compile(r"(?P<name>[A-Z][\w&'’\-]*(?:[ ][A-Z][\w&'’\-]*){0,5})(?P<how>[ ](?:is|was)[ ]|,[ ])an?[ ]"
                             r"(?:(?:[\w\-]+[ ]){0,3}?(?:care|health)[ ](?:organi[sz]ation|system|network|partnership|"
                             r"cooperative|plan)\b|"
                             # any kind of body defined by what it does: "X is a non-profit organization that connects
                             # patients with ...", "X, a charity which trains ...": a body that is its own program
                             r"(?:[\w\-]+[ ]){0,3}?(?:organi[sz]ation|charity|enterprise|non-?profit|company|foundation|"
                             r"cooperative|social[ ]business)[ ](?:that|which)[ ](?!(?:is|are|was|were|has|have|had)\b)[a-z]+s\b)")
# A headline's subject that is no name: an indefinite noun phrase ("A care team that comes to the door").
_NOT_A_NAME = lazy_compile(r"^(?:A|An)[ ]|[ ](?:that|which|who)$")
_HEADLESS = lazy_compile(r"(.+?)[ ](?:Model|Programme|Program|Initiative|Scheme|Strategy|Intervention)$")
_GLOSS = lazy_compile(r"\),?[ ](?P<g>(?:[a-z][\w\-]*[ ]){1,5}(?:teams|networks|units|centres|centers|programmes|"
                      r"programs|organi[sz]ations|partnerships|groups|services|model|programme|program|system))\b")


_NAMED_HEAD_WORDS = ("Intervention", "Program", "Model", "Initiative", "Network", "Project", "Scheme", "Pilot",
                     "Partnership", "Strategy", "Reform", "Teams", "Homes", "Demonstrat", "Collaborative", "Pathway")
# A title's head that is a name: one to four capitalised words, one of them with a capital inside or
# all of them capitalised ("ParkinsonNet", "Esther", "Gesundes Kinzigtal"), not a section word.
_PROPER_HEAD = lazy_compile(r"(?!(?:Background|Introduction|Abstract|Summary|Objectives?|Methods|Results|Conclusions?|"
                            r"Key|Editorial|Commentary|Review|Research|Letter|Blog|News|Policy|Brief|Report)\b)"
                            r"[A-Z][\w'’\-]+(?:[ ](?:(?:of|for|the|in|at|de|del|di|da|für|van|von|la|le|des|du)[ ]){0,2}"
                            r"[A-Z][\w'’\-]+){0,5}")


_HEAD_NOUNS = {"partnerships", "partnership", "networks", "network", "teams", "team", "clusters", "cluster", "hubs",
               "hub", "homes", "home", "pilots", "pilot", "programme", "program", "programmes", "programs", "scheme",
               "schemes", "initiative", "initiatives", "model", "models", "collaboratives", "collaborative",
               "alliances", "alliance", "organizations", "organisations", "boards", "board", "centres", "centers"}


_HEAD_REFERENCE = lazy_compile(r"[TtEeIi](?<=\b[TtEeIi])(?:(?<=[Tt])he|(?<=[Tt])hese|(?<=[Ee])ach|(?<=[Ee])very|"
                               r"(?<=[Ii])ts|(?<=[Tt])heir)[ ](?P<head>partnership|network|team|"
                               r"cluster|hub|home|pilot|programme|program|scheme|initiative|model|collaborative|alliance|"
                               r"organization|organisation|board|centre|center)s?\b")


def _capitalised_words(words):
    """How many of ``words`` open on a capital (a proper name's words, not a headline's first word)."""
    return sum(1 for w in words if w[:1].isupper())


def _head_references(text, program, counted):
    """How often the text goes on to call a program by its head noun ("Integrated Care Partnerships
    ... the partnerships plan care ..."): a document about it keeps doing so. ``counted`` holds the
    document's references by head noun, found once."""
    words = program.name.split()
    if len(words) < 2 or words[-1].lower() not in _HEAD_NOUNS or not words[0][:1].isupper():
        return 0
    if not counted:
        counted["-"] = 0
        for m in _HEAD_REFERENCE.finditer(text):
            counted[m.group("head")] = counted.get(m.group("head"), 0) + 1
    head = words[-1].lower()
    return counted.get(head[:-1] if head.endswith("s") else head, 0)


_CAPITALISED_RUN = lazy_compile(r"[A-Z](?<![\w\-][A-Z])[a-z]+(?:[ ][A-Z][a-z]+){1,3}(?![\w\-])")


def _recurring_name(ctx):
    """(name, start) of the capitalised name a document without any program keeps using, in the
    middle of its sentences too (not a heading's or a sentence's first words), or None."""
    text = ctx.text
    known = {label_key(x) for e in ctx.entities for x in (e.name, e.label, *e.aliases) if x}
    known |= {label_key(p.place.name) for p in ctx.places}
    groups = {}
    for m in _CAPITALISED_RUN.finditer(text):
        key = label_key(m.group())
        if key in known or any(w.lower() in _OPENER_WORDS for w in m.group().split()[:1]):
            continue
        groups.setdefault(key, []).append(m)
    best = None
    for key, found in groups.items():
        inside = [m for m in found if re.search(r"[a-z,][ ]$", text[max(0, m.start() - 2):m.start()])]
        if len(found) >= 3 and len(inside) >= 2 and (best is None or len(found) > len(groups[best])):
            best = key
    if best is None:
        return None
    m = max(groups[best], key=lambda x: len(x.group()))
    plural = next((x for x in groups[best] if x.group().endswith("s")), m)
    return plural.group(), plural.start(), "recurring name", sorted({x.group() for x in groups[best]} - {plural.group()})


_SERVICE_HEAD = lazy_compile(r"(?:[A-Za-z][\w\-]*[ ])?(?:[a-z][\w\-]*[ ]){0,2}[a-z][\w\-]*[ ](?:practices|teams|clinics|centres|"
                             r"centers|homes|houses|networks|wards|hubs|units|services|programmes|programs|schemes|partnerships|"
                             r"plans|models?)(?![\w\-])")


def _title_service(ctx):
    """(name, start, source, aliases) of the lower-case kind of service a title names and the text keeps
    naming ("Nurse practitioners in family medicine model practices in Slovenia" ... "into model
    practices" ... "312 model practices"), or None."""
    if not ctx.title_span:
        return None
    text = ctx.text
    title = text[ctx.title_span[0]:ctx.title_span[1]]
    best = None
    for i in range(len(title)):
        if i and title[i - 1] != " ":
            continue
        m = _SERVICE_HEAD.match(title, i)
        if not m or re.match(r"(?:and|of|in|for|the|with|to|from|on|at|by|their|its|our)\b", m.group()):
            continue
        uses = len(ignorecase_uses(m.group(), text))
        if uses == 2 and re.search(r"(?<![\w\-])" + re.escape(m.group()) + r"[ ]\([A-Z][^()]{1,60}\)", text, re.I):
            uses = 3                      # "Community health houses (Case della Salute) bring ...": named as a kind
        if uses >= 3 and (best is None or uses > best[1] or (uses == best[1] and len(m.group()) > len(best[0]))):
            best = (m.group(), uses)
    if best is None:
        return None
    at = text.find(best[0], ctx.title_span[1])
    return best[0], at if at >= 0 else ctx.title_span[0], "title service", []


_OPENER_WORDS = {"the", "a", "an", "this", "these", "our", "we", "in", "on", "at", "for", "from", "with", "what", "how",
                 "who", "when", "where", "why", "is", "are", "do", "does", "can", "most", "many", "some", "every", "each"}


def _title_names(ctx, phrase):
    """True when the document's title names ``phrase``."""
    if not ctx.title_span:
        return False
    return label_key(phrase) in label_key(ctx.text[ctx.title_span[0]:ctx.title_span[1]])


def _spans_in(spans, start, end):
    """The spans of the sorted ``spans`` that start in [start, end), in order, found by bisection:
    a long article's program is named hundreds of times and each sentence asks."""
    i = bisect_left(spans, (start,))
    j = i
    while j < len(spans) and spans[j][0] < end:
        j += 1
    return spans[i:j]


def _any_within(spans, start, end):
    """Whether one of the sorted ``spans`` lies wholly in [start, end): only those that start
    inside need a look (found by bisection)."""
    for i in range(bisect_left(spans, (start,)), len(spans)):
        s, e = spans[i]
        if s >= end:
            return False
        if e <= end:
            return True
    return False


def _named_in(text, entity, start, end, ctx=None):
    if ctx is not None:
        return _any_within(_mentions_of(ctx, entity), start, end)
    for name in {entity.name, entity.label, *entity.aliases}:
        if name and word_uses(name, text[start:end]):
            return True
    return False


def programs_in(ctx, start, end):
    """The programs text[start:end] names, but not one it names as what another is modelled on
    ("Based on the Chronic Care Model, the programme ...": the sentence is the programme's)."""
    found = [p for p in ctx.programs if _named_in(ctx.text, p, start, end, ctx)]
    if found and ("ased" in ctx.text[start:end] or "ike" in ctx.text[start:end] or "odel" in ctx.text[start:end]):
        found = [p for p in found if not all(_MODELLED_ON.search(ctx.text, max(start, s - 24), s)
                                             for s, _ in _spans_in(_mentions_of(ctx, p), start, end))]
    return found


def nearest_program(ctx, start, end, at, subject):
    """The program a phrase at ``at`` belongs to: of the programs the sentence names before it, the
    last ("HealthPathways, ..., and CREST, which supports frail older people": CREST's)."""
    before = [(s_, p) for p in programs_in(ctx, start, end) for s_, _ in _mentions_of(ctx, p) if start <= s_ < at]
    return max(before, key=lambda x: x[0])[1] if before else subject


_SCENE = lazy_compile(r"(?:In[ ][A-Z][\w\-]*(?:[ ][A-Z][\w\-]*)*(?:,[ ][^,]{1,30})?,[ ])?(?:[Tt]he[ ])?")


def _opening_program(ctx, start, end):
    """The program a sentence opens with as its grammatical subject, after a scene-setting "In
    <place>," ("In Sutton, south London, the X vanguard gives ...": X), or None. A sentence that
    names no program and follows it in the same paragraph goes on about that program."""
    at = _SCENE.match(ctx.text, start, end).end()
    if ctx.program_at is None or ctx.program_at[0] is not ctx.programs:
        first = {}                       # one table per document, not a walk of every program's spans per sentence
        for p in ctx.programs:
            for s, _ in _mentions_of(ctx, p):
                first.setdefault(s, p)
        ctx.program_at = (ctx.programs, first)
    return ctx.program_at[1].get(at)


def subject_of(ctx, start, end):
    """The program a sentence speaks of: one it names (the first), else one it opens by calling by its
    head noun ("The agreements improved ..." of "health care agreements"), else the focal program."""
    named = programs_in(ctx, start, end)
    if named:
        def at(p):                       # where the sentence first names p (the spans are sorted)
            inside = _spans_in(_mentions_of(ctx, p), start, end)
            return inside[0][0] if inside else end
        first = min(named, key=at)
        if ctx.focal is not None and first is not ctx.focal and ctx.focal not in named and \
                _FOCAL_REFERENCE.search(ctx.text, start, at(first)):
            return ctx.focal             # "It was started by ..., and it is funded by the Innovation Fund": its own
        return first
    opening = _OPENING_HEAD.match(ctx.text, start, end)
    if opening and len(ctx.programs) > 1:
        head = opening.group(1).lower()
        stem = head[:-1] if head.endswith("s") else head
        called = [p for p in ctx.programs if p is not ctx.focal and p.name.split()[-1].lower() in (stem, stem + "s")
                  and _words(p.name) >= 2]
        if len(called) == 1 and not (ctx.focal and any(x.split()[-1].lower() in (stem, stem + "s")
                                                        for x in (ctx.focal.name, *ctx.focal.aliases) if x)):
            return called[0]
    return ctx.focal


# A sentence that speaks of the focal program by a pronoun or a program word before it names another
# program: "It is funded by the federal Innovation Fund", "Doctors say the network has helped".
_FOCAL_REFERENCE = lazy_compile(r"(?<![\w,;] )(?<![\w])(?:It|They)[ ]|\b(?:[Tt]he|[Tt]his|[Ii]ts)[ ](?:[a-z\-]+[ ]){0,2}?(?:network|programme|framework|"
                                r"program|model|scheme|pilot|initiative|project|partnership|service|strategy)[ ]"
                                r"(?:(?:has|have|had|is|are|was|were|also|now|still)[ ])*(?!of[ ])[a-z]+(?:ed|s)\b")
_COMPLEMENTED_PROGRAM = lazy_compile(r"([a-z][\w\-]*(?:[ ][a-z][\w\-]*){0,3}[ ](?:programmes?|programs?|schemes?|"
                                     r"initiatives?|pilots?))[ ](?:for|of|in|on)[ ][a-z]")
_BASED_LEAD = lazy_compile(r"(?:Based|Built|Building|Drawing|Modell?ed|Patterned|Inspired)[ ](?:on|upon|by)[ ]|(?:Unlike|Like)[ ]")
_MODELLED_ON = lazy_compile(r"\b(?:[Bb]ased|[Bb]uilt|[Bb]uilding|[Dd]rawing|[Mm]odell?ed|[Pp]atterned|[Ii]nspired)[ ](?:on|upon|by)"
                            r"[ ](?:the[ ])?$|\b(?:[Uu]nlike|[Ll]ike)[ ](?:the[ ])?$")
_OPENING_HEAD = lazy_compile(r"(?:The|These|Each|Every)[ ]([a-z]+)[ ]")


# --- rules -----------------------------------------------------------------------------------------

_ESTABLISHED = lazy_compile(
    r"\b(?:launched|introduced|established|founded|set[ ]up|created|began|started|formed|opened|took[ ]over|"
    r"developed[ ]the[ ](?:service|model|programme|program|scheme|network)|published[ ]the[ ](?:framework|strategy)|"
    r"began[ ]to|organised|organized|set[ ]out|introduce|begin|went[ ]live|was[ ]set[ ]up|were[ ]chosen|"
    r"became|forming|to[ ]begin|approved|designated|replaced|replace|replaces|took[ ]effect|"
    r"implemented|implement|rolled[ ]out|piloted|reorgani[sz]ed|"
    r"will[ ](?:start|begin|run[ ](?:for[ ][\w ]{1,25}[ ])?from)|"
    r"(?:has|have)[ ](?:been[ ](?:part[ ]of|running|in[ ]place|available|operating)|existed|operated)(?=[^.;]*\bsince\b))\b")
# What a program has done since a year it has done from that year on: "has offered care at home in Manhattan
# since November 2014", "has helped people stay out of hospital since 2001", "a plan offered since 2004".
_SINCE_DONE = lazy_compile(
    r"\b(?:(?:has|have)[ ](?:[a-z]+ly[ ])?(?:offered|provided|served|helped|run|worked|supported|delivered|cared|"
    r"treated|covered|employed|trained|enrolled|funded)|(?<=[ ,])(?:offered|provided|run|delivered|written|funded))"
    r"(?=[^.;,]{0,120}?\bsince[ ](?:[A-Z][a-z]+[ ])?(?:19|20)\d\d\b)\b")
_YEAR = lazy_compile(r"\b(?:19[5-9]\d|20[0-4]\d)\b")
# A heading that is a date and nothing else, as a timeline's entries have ("2004", "april 2005", lower-cased).
_DATE_HEADING = lazy_compile(r"(?:(?:january|february|march|april|may|june|july|august|september|october|november|"
                             r"december)[ ])?(?P<year>19[5-9]\d|20[0-4]\d)")
_PERIOD = lazy_compile(r"\b(?:from|between)[ ](?P<a>(?:19|20)\d\d)[ ](?:to|and|until)[ ](?P<b>(?:19|20)\d\d)\b|"
                       r"\b(?P<c>(?:19|20)\d\d)[-–](?P<d>(?:19|20)\d\d)\b")
_DATA_WORDS = lazy_compile(r"\b(?:data|records|claims|interviews?|compared|studied|analy[sz]ed|survey|surveyed|"
                           r"fell|rose|grew|declined|increased|decreased|published|activity)\b")
_OUTCOME_VERBS = lazy_compile(
    r"\b(?:fell|fall|falls|fallen|rose|risen|Fewer|Lower|Higher|reduced|reduces|decreased|declined|increased|improved|improves|grew|growing|"
    r"lower|fewer|higher|better|shorter|less|more[ ]slowly|did[ ]not[ ]change|stayed|remained[ ]among|"
    r"come[ ]home[ ]sooner|sooner|satisfaction|saved|savings[ ]of|greater|similar[ ]to|as[ ]good[ ]as|no[ ]worse|"
    r"(?:slower|faster|smaller|larger|weaker|stronger)[ ]than[ ]expected|more[ ]satisfied|"
    r"had[ ]an?[ ](?:\w+[ ])?(?:reduction|improvement|decline|drop|fall|increase|rise)|(?:has|have|had)[ ]helped[ ]with|"
    r"saves?[ ](?:more|less)|(?:are|were|was|is)[ ](?:modest|small|limited|substantial)|halved|doubled|"
    r"cut[ ](?:[\w\-]+[ ]){1,4}?by[ ](?:a[ ](?:third|quarter|half|fifth)|half|\d)|"
    r"associated[ ]with[ ](?:lower|higher|fewer|better|improved|reduced|increased|more|less|shorter)|"
    r"associated[ ]with[ ](?:an?[ ])?(?:[\d.,]+(?:%|[ ]per[ ]?cent|[ ]percent)[ ]|(?:small|large|modest|significant|"
    r"substantial)[ ])?(?:reduction|decrease|increase|improvement|decline|drop|fall|rise))\b")
_REPORT_VERBS = lazy_compile(r"\b(?:report|reports|reported|found|find|had|have|show|shows|showed|say|says|said|"
                             r"suggest|suggests|describe)[ ](?:that[ ])?")
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
    + _MAIN_DIFFICULTY + r"|paid[ ](?:\w+[ ])?late|on[ ]short(?:-term)?[ ]contracts)\b", re.I, cased_branches=True)
_GOAL_CUES = lazy_compile(
    r"\b(?:aims?[ ]to|aimed[ ]to|(?:is|are|was|were)[ ]meant[ ]to|sought[ ]to|set[ ]out[ ]to|tries[ ]to|is[ ]intended[ ]to|are[ ]intended[ ]to|intended[ ]to|in[ ]the[ ]hope[ ]that|designed[ ]to|"
    r"seeks?[ ]to|commits[ ]to|goals?(?=:)|targets[ ]call[ ]for|objective[ ]is[ ]to|(?:we|they)[ ]intend[ ]to|plans[ ]to|"
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
        at = []
        for w in strings:
            i = text.find(w)
            while i >= 0:
                at.append((i, i + len(w)))
                i = text.find(w, i + 1)
        at.sort()
        _AT[strings] = at
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
    kept per span: several rules ask the same cue of the same sentence."""
    needed = _GUARDS.get(id(pattern))
    if needed is not None:
        words = words_of(text, start, end)
        if needed.isdisjoint(words):
            return None
        paired = _PAIRED_GUARDS.get(id(pattern))
        if paired is not None and paired[0].isdisjoint(words) and not any(
                not a.isdisjoint(words) and not b.isdisjoint(words) for a, b in paired[1]) and lower_is_ignorecase(text):
            return None
    return searched(pattern, text, start, end)


_PROSE_WORD = lazy_compile(r"\b(?!(?:with|from|into|over|under)\b)[a-z]{4,}\b")
# A sentence that opens on a participle and its preposition is a clause whose subject is the
# heading's or the document's program, not a name line, even when every other word is a name or
# short: a slide's or a fact sheet's bullet "Launched by the Department of Health in 2008".
_PARTICIPLE_LEAD = lazy_compile(r"(?:[A-Z][a-z]{2,}ed|Led|Run|Set[ ]up|Built|Paid|Held|Begun|Chosen|Known)[ ]"
                                r"(?:by|in|on|at|from|for|under|through|as|with)[ ]")


def _sentence_spans(ctx):
    out = []
    for start, end in ctx.sentences:
        sentence = ctx.text[start:end]
        if sentence.startswith(("Keywords", "Key words", "Authors", "Affiliation", "Journal", "PMID", "DOI")):
            continue
        if not _PROSE_WORD.search(sentence) and not _PARTICIPLE_LEAD.match(sentence):
            continue                   # an affiliation, a masthead: names without a sentence
        label = _SPEAKER.match(sentence)
        if label:                      # an interview's "Q:" asks; its "A:" answers in a sentence of its own
            if label.group(1)[0] == "Q":
                continue
            start += label.end()
        number = _PARAGRAPH_NUMBER.match(ctx.text, start, end)
        if number:                     # a report's "4.1 ": the paragraph's number, no part of its sentence
            start = number.end()
        out.append((start, end))
    return out


_SPEAKER = lazy_compile(r"(Q|A|Question|Answer)[:.][ \t]+(?=\S)")
_ASKS = lazy_compile(r"(?:What|Who|When|Where|Why|How|Which|Is|Are|Was|Were|Do|Does|Did|Can|Could|Should|Will|Would|"
                     r"Has|Have)\b")
_PARAGRAPH_NUMBER = lazy_compile(r"\d{1,2}(?:\.\d{1,2})+\.?[ \t]+(?=[A-Z])")


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
        before = text[max(start, m.start() - 60):m.start()]
        if _DATA_WORDS.search(before) or _OUTCOME_VERBS.search(sentence[:m.start() - start]):
            continue
        named = [p for p in ctx.programs if _named_in(text, p, max(start, m.start() - 40), m.end() + 2, ctx)]
        target = named[0] if named else subject
        if target is None:
            continue
        ctx.add(_program_node(target), ICKG + "yearEstablished", literal(int(a)), start, end, "period", 0.7)
        ctx.add(_program_node(target), ICKG + "yearEnded", literal(int(b)), start, end, "period", 0.7)
    if subject is None or not words_of(text, start, end) & _ENDED_WORDS:
        return
    for m in _ENDED.finditer(text, start, end):
        named = [p for p in ctx.programs if _named_in(text, p, start, m.start(), ctx)]
        if not named and not _MODEL_WORDS.search(text, start, m.start()) and not re.match(r"(?:It|They)[ ]", sentence):
            continue                     # whose end: the program's, named or referred to before the verb
        ctx.add(_program_node(named[-1] if named else subject), ICKG + "yearEnded", literal(int(m.group("year"))),
                start, end, "ended in", 0.7)


# A program's end in a year: "The pilot ended in 2019", "the scheme was abolished in 2015".
_ENDED = lazy_compile(r"\b(?:ended|closed|(?:was|were)[ ](?:discontinued|abolished|wound[ ]up|closed|ended|terminated|"
                      r"replaced))[ ](?:\w+[ ]){0,3}?in[ ](?:(?:early|late|mid-)[ ]?)?(?:[A-Z][a-z]+[ ])?(?P<year>(?:19|20)\d\d)\b")
_ENDED_WORDS = frozenset("ended closed discontinued abolished wound terminated replaced".split())


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
_LAW_YEAR = lazy_compile(r"\b(?:Act|Law|Bill|Decree|Order)(?:,|[ ]of)?[ ]$")


_PUBLISHED_FRAMEWORK = lazy_compile(r"\bpublished[ ]the[ ](?:framework|strategy)\b")


_SINCE_YEAR = lazy_compile(r"(?:Since|From)[ ]\d{4}\b")


# A sentence that opens on when its subject began: "Founded in 1911, Clalit Health Services is ...",
# "Launched in November 2016, the programme ...": the year of what the main clause is about.
_PARTICIPLE_OPENING = lazy_compile(r"(?:[Ff]ounded|[Ee]stablished|[Ss]et[ ]up|[Cc]reated|[Ll]aunched|[Ss]tarted|[Ii]ntroduced|"
                                   r"[Oo]pened|[Ff]ormed)[ ]"
                                   r"(?:in[ ])?(?:(?:early|late|mid-)[ ]?)?(?:\d{1,2}[ ])?(?:[A-Z][a-z]+[ ])?"
                                   r"(?P<year>(?:19|20)\d\d),[ ](?P<the>(?:the|its|our|this)[ ])?")
_KIND_AFTER = lazy_compile(r"(?:[a-z\-]+[ ]){0,2}(?:network|programme|program|model|pilot|scheme|initiative|service|"
                           r"project|partnership|strategy|centre|center|clinic|team)s?\b")


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
    ctx.add(_program_node(target), ICKG + "yearEstablished", literal(int(year.group())), start, end,
            "launched in", 0.7)


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


# Where a program, referred to as such, says it is: "is based in", "was piloted in", "has been rolled out in".
_BASED_IN = lazy_compile(r"\b(?:is|are|was|were|has[ ]been|have[ ]been)[ ](?:\w+ly[ ])?(?:based|located|headquartered|"
                         r"active|available|implemented|rolled[ ]out|piloted|tested|introduced|launched)[ ](?:only[ ])?"
                         r"in[ ](?:the[ ])?(?:(?:city|county|region|province|state|district|municipality)[ ]of[ ])?"
                         r"(?:(?:\w+|\d+)[ ](?:\w+[ ])?(?:towns|cities|districts|counties|regions|areas)[ ](?:of|in)[ ])?$")


# A sentence about the program by a reference that opens it ("The program has since spread to ...", "It was
# tested in ...", "The first networks will be in ...", "Pilots began in 2008 in three communities: ..."), and
# a preposition of place before the place, perhaps after a count of sites: where the program is.
_OPENING_REFERENCE = lazy_compile(r"(?:(?:In|By|Since|From)[ ](?:[A-Z][a-z]+[ ])?(?:19|20)\d\d,?[ ])?(?:It|They|"
                                  r"(?:The|This|Its)[ ](?:[a-z\-]+[ ]){0,2}?(?:network|networks|programme|program|model|"
                                  r"scheme|pilot|pilots|initiative|project|service|teams)|Pilots)[ ](?!of[ ])")
_LOCATIVE_BEFORE = lazy_compile(r"(?:\b(?:in|to|across|throughout)[ ](?:the[ ])?|"
                                r"\b(?:in|to|across)[ ](?:[\w\-]+[ ]){0,4}?(?:sites|communities|cities|towns|regions|areas|"
                                r"districts|counties|provinces|states|territories)(?:[ ][^.;:]{0,40}?)?(?::[ ]|[ ](?:in|of)[ ]"
                                r"(?:the[ ])?))$")
_LOCATIVE_NOT = lazy_compile(r"\b(?:from|than|like|unlike|by|on|with|researchers|visited|compared|modell?ed|based|adapted|"
                             r"adopted|copied|replicated|emulated|imitated|studied)[ ]"
                             r"(?:[^.;]{0,40})$")


def _referred_place(ctx, start, p):
    """Whether the place ``p`` of a sentence that opens on a reference to the program is where the
    program is (see :data:`_OPENING_REFERENCE`)."""
    text = ctx.text
    lead = _OPENING_REFERENCE.match(text, start, p.start)
    if lead is None or not _LOCATIVE_BEFORE.search(text, max(start, p.start - 80), p.start):
        return False
    before = text[lead.end():p.start]
    if _LOCATIVE_NOT.search(before) or _MODELLED_ON.search(before):
        return False                     # "It was modelled on a scheme in Sweden", "visited by a team from Leeds"
    return not any(lead.end() <= s_ < p.start for o in ctx.orgs for s_, _ in _mentions_of(ctx, o))


# A place that opens a sentence as the one who starts or adopts the program (see rule_places).
_PLACE_BEGAN = lazy_compile(r"(?:[ ](?:region|county|state|province|city|district|municipality|government))?[ ]"
                            r"(?:has[ ]|have[ ]|had[ ]|will[ ]|then[ ]|also[ ]|first[ ])?(?:began|begun|started|launched|"
                            r"introduced|opened|open|set[ ]up|adopted|built|created|established|rolled[ ]out|piloted)[ ]"
                            r"(?:opening[ ]|setting[ ]up[ ]|to[ ]\w+[ ])?(?:its|their|the|them|it)\b")
# A sentence that opens on where it happens: "In Bojanala district the teams ...", "In Dudley, the vanguard ...".
_IN_PLACE_OPENING = lazy_compile(r"(?:(?:Today|Now|Meanwhile|Since[ ](?:19|20)\d\d),?[ ])?In[ ](?:the[ ])?")
_IN_PLACE_GOES_ON = lazy_compile(r"(?:[ ](?:district|county|region|province|state|city|municipality|area))?,?[ ]"
                                 r"(?:the|its|this|these|each|every|all)[ ]")
_SUBJECT_HEADS = ("model", "programme", "program", "pilot", "initiative", "network", "networks", "scheme", "teams",
                  "team", "project", "service", "services", "clinics", "centres", "centers", "reform", "strategy")


def _subject_referred(ctx, subject, a, b):
    """Whether text[a:b] speaks of ``subject`` by a program word ("the model", "the teams") or by the last word of
    its name ("the vanguard" of "Dudley multispecialty community provider vanguard")."""
    words = words_of(ctx.text, a, b)
    last = subject.name.split()[-1].lower() if subject.name else ""
    return bool(_MODEL_WORDS.search(ctx.text, a, b)) or (last in words and len(last) > 3) or any(
        re.search(rf"\b(?:the|these|its|their)[ ](?:[\w\-]+[ ]){{0,2}}?{h}\b", ctx.text[a:b]) for h in _SUBJECT_HEADS
        if h in words)


_SYSTEM_IN = lazy_compile(r"\b(?:the|its|this)[ ](?:system|model|programme|program|scheme|pilot|network|initiative|reform)[ ]"
                          r"in[ ](?:rural[ ]|urban[ ]|remote[ ]|the[ ])?$")


def _org_spans(ctx):
    """Where the document names each of its organizations, in one list: the organizations and
    their spans are settled once :func:`find_programs` has run, and each place of each sentence
    is tested against them all."""
    if ctx.org_spans is None or ctx.org_spans[0] is not ctx.orgs:
        first = {}
        for org in ctx.orgs:
            for s_, _ in _mentions_of(ctx, org):
                first.setdefault(s_, org)
        ctx.org_spans = (ctx.orgs, [span for org in ctx.orgs for span in _mentions_of(ctx, org)], first)
    return ctx.org_spans[1]


def _org_named_at(ctx, at):
    """The first of the document's organizations (in ``ctx.orgs``' order) named at ``at``, or None:
    one look-up, where a walk of every organization's spans cost each sentence of a long article
    a few hundred microseconds."""
    _org_spans(ctx)
    return ctx.org_spans[2].get(at)


# What lies between two places of a sentence when the first is in the second (rule_places): "Lombardy, Italy",
# "the Oise area of France", "Sutton, south London" ...
_COMMA_GAP = lazy_compile(r",[ ]")
_OF_GAP = lazy_compile(r"(?:[ ](?:area|region|valley|district|part|county))?[ ]of[ ](?:the[ ])?")
_POINT_GAP = lazy_compile(r",[ ](?:south|north|east|west|central|southern|northern)[ ]")
_AREA_OF_GAP = lazy_compile(r",[ ]a[ ][\w ]{0,30}?(?:area|region|county|city|town)[ ]of[ ](?:[a-z]+[ ]){0,3}")
_OF_THE_IN_GAP = lazy_compile(r"(?:[ ](?:area|region|valley|district))?[ ]of[ ]the[ ][A-Z][\w\- ]{1,30}[ ]in[ ]")
_INNER_PLACE_GAP = lazy_compile(r",[ ]|(?:[ ](?:area|region|valley|district))?[ ]of[ ](?:the[ ][A-Z][\w\- ]{1,30}[ ]in[ ])?|"
                                r",[ ]south[ ]|,[ ]a[ ][\w ]{0,30}?(?:area|region|county|city|town)[ ]of[ ](?:[a-z]+[ ]){0,3}")
_DATELINE_DASH = lazy_compile(r"(?:,[ ][A-Z][a-z]{0,4}\.?)?[ ]+[—–-][ ]")


def rule_places(ctx, start, end, subject):
    text = ctx.text
    places = ctx.places_in(start, end)
    if not places:
        return
    listed = None                        # (end of a place given to a program, that program): a list goes on
    named = programs_in(ctx, start, end)
    in_title = ctx.title_span and ctx.title_span[0] <= start < ctx.title_span[1]
    # "X, Y": a place in a bigger one.
    for a, b in zip(places, places[1:]):
        between = text[a.end:b.start]
        if _COMMA_GAP.fullmatch(between) or _OF_GAP.fullmatch(between) or \
                _POINT_GAP.fullmatch(between) or \
                _AREA_OF_GAP.fullmatch(between) or \
                _OF_THE_IN_GAP.fullmatch(between):
            if between == ", " and _listed_places(text, places, a, b):
                continue                 # "Vancouver, Winnipeg, Toronto and Moncton", "Sweden, Japan": a list
            if b.place.type in ("Country", "ProvinceOrState", "Region", "Municipality") and a.place.slug != b.place.slug:
                ctx.add(place_node(a.place), ICKG + "partOf", place_node(b.place),
                        a.start, b.end, "place, place", 0.85)
    seats = _seats(ctx, start, end, places)
    # The sentence's founding, which the year rules read first: a place its founding clause names is
    # the founded thing's, however the sentence names it ("It began in 2013 in Somerset").
    founded = next((st for st in reversed(ctx.out) if st.start == start and st.end == end and
                    st.predicate == ICKG + "yearEstablished"), None)
    founded_at = None
    for p in places:
        if p.start in seats and not any(label_key(seats[p.start][0].name) in {label_key(x) for x in (q.name, *q.aliases)}
                                        for q in named):
            continue                     # "Geisinger, an integrated health system in Pennsylvania": the body's seat
        # skip a place that contains one named just before it ("Lombardy, Italy"): that is partOf's
        previous = [q for q in places if q.end <= p.start and _INNER_PLACE_GAP.fullmatch(text[q.end:p.start])]
        if listed is not None and _PLACE_LIST_GOES_ON.fullmatch(text, listed[0], p.start) and any(
                q.end == listed[0] and (_listed_places(text, places, q, p) or not within(q.place, p.place)) for q in places):
            # "in five cities: Vancouver, Winnipeg and Moncton", "to sites in Quebec and Prince Edward Island"
            ctx.add(_program_node(listed[1]), ICKG + "locatedIn", place_node(p.place), start, end,
                    "program in listed places", 0.6)
            listed = (p.end, listed[1])
            continue
        if previous:
            continue
        if any(s <= p.start and p.end <= e and (s, e) != (p.start, p.end) for s, e in _org_spans(ctx)):
            continue                     # "the Government of Catalonia": the place of a body's name
        if (p.start == 0 or text[max(0, p.start - 2):p.start] == "\n\n" or text[p.start:p.end].isupper()) and \
                (p.start == 0 or text[p.start - 1] == "\n") and _DATELINE_DASH.match(text[p.end:p.end + 12]):
            continue                     # "WASHINGTON — ...": where the story was filed, not the program's place
        target = None
        for program in named:
            spans = [s for s, e in _mentions_of(ctx, program) if start <= s < end]
            if spans:
                target = program
        if target is None and subject is not None and _named_in(text, subject, start, end, ctx):
            target = subject
        if target is None and subject is not None and not in_title and _SYSTEM_IN.search(
                text[max(start, p.start - 40):p.start]):
            target = subject             # "the system in Northern California used its record"
        if target is None and subject is not None and not in_title and _BASED_IN.search(
                text, max(start, p.start - 60), p.start) and (_MODEL_WORDS.search(text, start, p.start) or
                                                              re.match(r"(?:It|They)[ ]", text[start:end])):
            target = subject             # "The network is based in Leeds", "It was piloted in three towns of Kent"
        if target is None and subject is not None and not in_title and _THE_ONLY.fullmatch(text[start:p.start]) \
                and _PLACE_BEGAN.match(text, p.end, end):
            target = subject             # "Sanming began its reform in 2012", "British Columbia will open its first networks"
        if target is None and in_title and ctx.focal is not None and re.search(r"\bin[ ](?:the[ ])?$",
                                                                                text[max(start, p.start - 8):p.start]):
            target = ctx.focal           # "... in Catalonia: an assessment of the chronic care programme"
        if target is None and subject is not None and not in_title and not named and p is places[0] and \
                _IN_PLACE_OPENING.fullmatch(text, start, p.start) and _IN_PLACE_GOES_ON.match(text, p.end, end) and \
                _subject_referred(ctx, subject, p.end, end):
            target = subject             # "In Bojanala district the teams follow up ...", "In the United States the
            #                              Foundation spread the model through ..."
        if target is None and subject is not None and not in_title and not named and _referred_place(ctx, start, p):
            ctx.add(_program_node(subject), ICKG + "locatedIn", place_node(p.place), start, end,
                    "program referred to in place", 0.6)
            listed = (p.end, subject)
            continue
        if target is None and founded is not None and not in_title and (_FOUNDED_IN_PLACE.search(
                text, max(start, p.start - 60), p.start) or (founded_at and _PLACE_LIST_GOES_ON.fullmatch(
                text, founded_at, p.start))):
            ctx.add(founded.subject, ICKG + "locatedIn", place_node(p.place), start, end,
                    "founded in place", 0.6)  # "Iora Health was founded in Boston in 2010": where it was founded
            founded_at = p.end           # "started it in 2012 in Regina, Saskatoon and Sun Country": each
            continue
        if target is None:
            continue
        if any(s <= p.start < e for s, e in _mentions_of(ctx, target)):
            # the program's name begins with the place ("the Vermont All-Payer ... Model")
            pass
        ctx.add(_program_node(target), ICKG + "locatedIn", place_node(p.place), start, end,
                "program in place", 0.7)
        if _LIST_OF_NAMES.match(text, p.end, end):
            listed = (p.end, target)     # "started it in the Regina, Saskatoon and Sun Country regions": all of them
    for at, (org, stated) in seats.items():
        if not stated:
            continue                     # "Frome Medical Practice in Somerset": often where it acts, rarely recorded
        p = next(p for p in places if p.start == at)
        ctx.add(node(org.name, ORGANIZATION), ICKG + "locatedIn", place_node(p.place),
                start, end, "organization in place", 0.75)


def _listed_places(text, places, a, b):
    """Whether "A, B" lists two places rather than placing A in B: two cities or two countries, or a
    third place of B's kind listed after B ("A, B and C") or of A's kind before A ("Z, A, B"); a chain
    ("Baltimore, Maryland, United States") climbs from kind to kind instead, as does one whose second
    place holds the first ("Bristol, England, United Kingdom")."""
    if within(a.place, b.place):
        return False
    if a.place.type == b.place.type and a.place.type in ("Municipality", "Country"):
        return True
    return any(_LIST_JOINT.fullmatch(text[b.end:c.start]) and c.place.type == b.place.type
               for c in places if c.start >= b.end) or \
        any(text[z.end:a.start] == ", " and z.place.type == a.place.type for z in places if z.end <= a.start)


# A founding verb and a place after it in the same clause: "was founded in", "opened in Vienna",
# "began in 2013 at the practice in", "introduced in England in July 2019".
_FOUNDED_IN_PLACE = lazy_compile(r"\b(?:founded|established|set[ ]up|created|launched|introduced|opened|began|started|"
                                 r"formed|piloted|tested|rolled[ ]out)[ ](?:(?!(?:by|who|which|that|where|when|and|but|after|before)[ ])"
                                 r"[^ .;:,()]+[ ]){0,5}?(?:in|across|throughout)[ ]"
                                 r"(?:the[ ])?$")
_LIST_JOINT = lazy_compile(r",[ ]|,?[ ]and[ ]|,?[ ]or[ ]")
# What follows the first of a list of names that ends in "and": ", Saskatoon, Prince Albert Parkland and".
_LIST_OF_NAMES = lazy_compile(r"(?:,[ ](?:the[ ])?[A-Z][\w'’\-]*(?:[ ][A-Z][\w'’\-]*)*)*,?[ ]and[ ](?:the[ ])?[A-Z]")
_PLACE_LIST_GOES_ON = lazy_compile(r"(?:,[ ]|,?[ ]and[ ])(?:to[ ](?:sites[ ])?in[ ]|in[ ])?(?:the[ ])?")
_SEAT_APPOSED = lazy_compile(r"(?:[ ]\([A-Z]+\))?,[ ](?:an?|the)[ ][^.;]{0,80}?[ ]in[ ](?:the[ ])?"
                             r"(?:central[ ]|northern[ ]|southern[ ]|eastern[ ]|western[ ])?(?P<place>[A-Z][\w\- ]+)")
_SEAT_IN = lazy_compile(r"[ ]in[ ](?P<place>[A-Z][\w\-]+)")
# An apposition that says where a body acts or what it did, not what it is and where: "the board that
# regulates hospital budgets in Vermont", "a system founded in 1945 and based in Oakland".
_SEAT_NOT_STATED = lazy_compile(r"[ ](?:that|which|who|whose|founded|based|regulates?|serves?|serving|runs?|operates?)[ ]")
_LANGUAGE_GLOSS = lazy_compile(r"[ ]\((?:Dutch|German|French|Spanish|Swedish|Danish|Italian)[ ]for")


def _search_after(pattern, text, name):
    """``re.search(re.escape(name) + pattern, text)`` without compiling a pattern per name: the
    first place ``name`` occurs with ``pattern`` matching right after it (groups as in that search)."""
    at = text.find(name)
    while at >= 0:
        m = pattern.match(text, at + len(name))
        if m:
            return m
        at = text.find(name, at + 1)
    return None


def _seats(ctx, start, end, places):
    """{start of a place: the organization whose seat it is} in a sentence: "Geisinger, an integrated
    health system in Pennsylvania", "Intermountain Healthcare, a health system in Utah and Idaho",
    "Gold Coast Health in Queensland"."""
    text = ctx.text
    sentence = text[start:end]
    out = {}
    for org in ctx.orgs:
        if org.name not in sentence or org.source == "institution noun":
            continue                     # "municipalities in Sweden" is no body's seat
        m = _search_after(_SEAT_APPOSED, sentence, org.name)
        m2 = _search_after(_SEAT_IN, sentence, org.name)
        for found in (m2, m):            # the apposition last: it decides when both find a place
            if not found:
                continue
            stated = found is m and not _SEAT_NOT_STATED.search(found.group())
            for i, p in enumerate(places):
                if p.start == start + found.start("place"):
                    out[p.start] = (org, stated)
                    for q in places[i + 1:]:     # "in Utah and Idaho"
                        if not re.fullmatch(r"(?:,[ ]|[ ]and[ ]|,[ ]and[ ])", text[p.end:q.start]):
                            break
                        out[q.start] = (org, stated)
                        p = q
    return out


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


_LEFT_MODIFIER = lazy_compile(r"((?:(?<![\w\-])(?!the\b|a\b|an\b|of\b|and\b|to\b|in\b|for\b|with\b|by\b|on\b|its\b|their\b|"
                              r"his\b|her\b|our\b|each\b|every\b|one\b|is\b|are\b|was\b|were\b|has\b|have\b|had\b)"
                              r"[a-z][a-z\-]+[ ]){0,3})$")


def _with_modifiers(text, start, end, floor):
    m = _LEFT_MODIFIER.search(text, max(floor, start - 50), start)
    if m and m.group(1):
        words = m.group(1).split()
        verbs = _MODIFIER_STOPS
        for i in range(len(words) - 1, -1, -1):
            if words[i] in verbs:
                words = words[i + 1:]
                break
        while words and (words[0] in verbs or words[0].endswith(("ly",))):
            words = words[1:]
        if words:
            return start - len(" ".join(words)) - 1, end
    return start, end


_NEGATED_FUNDING = lazy_compile(r"\b(?:instead[ ]of|rather[ ]than|outside|not|no[ ]longer|away[ ]from)\b[^.]{0,40}$")
_NOT_MODIFIERS = set("""so into onto will would can could may might must should shall join joins get gets got take takes
took make made makes set sets put puts or but as at from than then also only still now not no more less most least
all some any many several both either such other another same own this that these those which who whom whose where
when while after before until since about over under between among through across without within per via up down out
off organised organized around every each their its his her our your whole""".split())


# Words that end a mention's modifiers on the left: verbs and function words ("relies on the shared record").
_MODIFIER_STOPS = frozenset(_NOT_MODIFIERS | {
    "receive", "receives", "received", "agree", "agrees", "agreed", "use", "uses", "used", "test", "testing", "build",
    "built", "offer", "offers", "offered", "write", "have", "has", "share", "shares", "into", "through", "like", "such",
    "including", "relies", "paid", "give", "gives", "gave", "follow", "follows", "following", "become", "becomes",
    "support", "supports", "provide", "provided", "provides", "delivered", "delivers", "introduced", "introduces",
    "include", "includes", "included", "comprise", "comprises", "contain", "contains", "combines", "combined", "relied", "require", "requires", "required", "had", "gets", "funds",
    "funded", "funding", "pays", "hire", "hires", "hired", "hiring", "employ", "employs", "employed", "form", "forms",
    "formed", "fund", "appoint", "appoints", "appointed", "recruit", "recruits", "recruited", "credited", "create",
    "creates", "created"})


# How a program is paid for, as the text says it: "will be funded from the trust's winter pressures allocation".
_FUNDED_FROM = lazy_compile(r"\b(?:is|are|was|were|will[ ]be|to[ ]be|being)[ ](?:\w+ly[ ])?(?P<f>funded|financed|paid[ ]for)"
                            r"(?P<how>[ ](?:mainly|mostly|largely|partly|wholly|entirely|jointly|directly))?"
                            r"(?:[ ](?:for|in|during|over)[ ](?:[\w\-]+[ ]){1,3}?)?[ ]"
                            r"(?P<by>from|through|out[ ]of|by)[ ](?:the[ ](?:[\w\-]+['’]s[ ])?|its[ ]|their[ ]|a[ ]|an[ ])?"
                            r"(?P<x>[^,.;()]+)")


_RECEIVES_BUDGET = lazy_compile(r"\breceives?[ ](?:an?[ ]|its[ ]|their[ ])?(?P<x>(?:[\w\-]+[ ]){0,3}?(?:budget|grant|"
                                r"allocation|payment|fee)(?:[ ]from[ ](?:the[ ])?[^,.;()]+?)?)(?=[ ]to[ ]|[,.;]|$)")
# Money a payer gives the program or its providers, or that they receive: "the health insurance fund pays each
# CPTS an annual sum for the missions it takes on", "The state pays the partnership a fixed amount per member
# per month", "funds receive a flat administrative fee per enrolled person", "General practices received
# additional payments for longer consultations".
_MONEY_HEAD = r"(?:sums?|amounts?|fees?|budgets?|grants?|tariffs?|rates?|subsid(?:y|ies)|bonus(?:es)?|payments?|allocations?|" \
              r"(?<=incentive[ ])funds|(?<=additional[ ])funds|(?<=extra[ ])funds)"
_PAYS_MONEY = lazy_compile(r"\b(?:pays|pay|paid|received|receives?|gets?|(?:is|are|were|was)[ ]paid)[ ]"
                           r"(?:(?:each|every|the|its|their|a|an)[ ](?:[\w\-]+[ ]){0,2}?(?=an?[ ]|the[ ]|extra[ ]|additional[ ]))?"
                           rf"(?:an?[ ]|the[ ])?(?P<x>(?:[\w\-]+[ ]){{0,3}}?{_MONEY_HEAD}"
                           r"(?:[ ](?:per|for|from|of|on)[ ][^,.;()]+?)?)(?=[ ](?:to|that|which|when|while|if|on[ ]top|"
                           r"rather|instead|in[ ]return|and[ ](?:an?|the)[ ](?:[\w\-]+[ ]){0,3}?" + _MONEY_HEAD + r")\b|[,.;:]|$)")
_MONEY_HEAD_AT = lazy_compile(_MONEY_HEAD)
# The next payment of a list after the first: "pays the practice an enrolment payment and a quarterly care
# coordination payment".
_AND_MONEY = lazy_compile(rf"[ ]and[ ](?:an?[ ]|the[ ])(?P<x>(?:[\w\-]+[ ]){{0,3}}?{_MONEY_HEAD}"
                          r"(?:[ ](?:per|for|from|of|on)[ ][^,.;()]+?)?)(?=[ ](?:to|that|which|when|while|if)\b|[,.;:]|$)")
_PAYERS = lazy_compile(r"(?:^|[ ])(?:[A-Z][\w\-]*|insurers?|funds?|state|government|payers?|commissioners?|"
                       r"councils?|municipalit(?:y|ies)|boards?|ministry|agency|programme|program|scheme)(?:[ ]\([A-Z]+\))?[ ]$")
_PAID_BODIES = lazy_compile(r"\b(?:practices|providers|funds|teams|doctors|physicians|clinics|hospitals|GPs|nurses|"
                            r"pharmacists|networks|partnerships|families|members|carers)\b")


def rule_funded(ctx, start, end, subject, role):
    if subject is None or role in ("recommendation", "barrier"):
        return
    sentence = ctx.text[start:end]
    if "receive" in sentence:
        for m in _RECEIVES_BUDGET.finditer(ctx.text, start, end):
            if any(x.iri in FUNDING_CLASSES for x in ctx.mentions_in(m.start("x"), m.end("x"))):
                continue                 # "a monthly capitation payment": the funding concept says it
            if _about_program(ctx, start, m.start()):   # "Clusters receive a small annual budget from the health board"
                ctx.add(_program_node(subject), ICKG + "hasFundingModel", node(tidy(m.group("x")), FUNDING), start, end,
                        "funded from", 0.5)
    if ("pa" in sentence or "receive" in sentence or "get" in sentence) and _MONEY_HEAD_AT.search(sentence):
        for m in _PAYS_MONEY.finditer(ctx.text, start, end):
            clause = ctx.text[max(start, ctx.text.rfind(", ", start, m.start()) + 2):m.start()]
            if re.fullmatch(r"(?:which|who)[ ]", clause):     # "their physician organizations, which receive ...": theirs
                clause = ctx.text[max(start, ctx.text.rfind(", ", start, m.start() - len(clause) - 2) + 2):m.start()]
            if not (_about_program(ctx, start, m.start()) or _PAID_BODIES.search(clause.lower()) or
                    _PAYERS.search(" " + clause)):
                continue
            paid = m.group().startswith(("is paid", "are paid", "were paid", "was paid"))   # "are paid higher fees"
            more = _AND_MONEY.match(ctx.text, m.end("x"), end)
            for a, b in [(m.start("x"), m.end("x"))] + ([(more.start("x"), more.end("x"))] if more else []):
                label = tidy(ctx.text[a:b])
                if not (2 <= _words(label) <= 12) or re.match(r"(?:more|less|no|any|some|most|all|higher|lower)\b", label) \
                        and not (paid and re.match(r"higher[ ]\w+", label)) \
                        or any(x.iri in FUNDING_CLASSES for x in ctx.mentions_in(a, b)):
                    continue
                ctx.add(_program_node(subject), ICKG + "hasFundingModel", node(label, FUNDING), start, end, "money paid", 0.5)
    if "funded" not in sentence and "financed" not in sentence and "paid for" not in sentence:
        return
    for m in _FUNDED_FROM.finditer(ctx.text, start, end):
        label = tidy(re.split(r"[ ](?:and|to|which|that|so|until|for[ ]\d|in[ ](?:19|20)\d\d)\b", m.group("x"))[0])
        if m.group("by") == "by":        # "funded by the federal Innovation Fund": who pays, said as such
            if not label[:1].isupper() and not re.match(r"(?:federal|national|state|regional|local)[ ][A-Z]|"
                                                          r"(?:central|federal|national|state)[ ]government\b", label):
                continue
            label = f"{m.group('f')}{m.group('how') or ''} by {ctx.text[m.start('by') + 3:m.start('x')]}{label}"
        if 1 <= _words(label) <= 8:
            klass = next((x.iri for x in ctx.mentions_in(m.start("x"), m.end("x")) if x.iri in FUNDING_CLASSES), FUNDING)
            ctx.add(_program_node(subject), ICKG + "hasFundingModel", node(label, klass), start, end, "funded from", 0.5)


def rule_concepts(ctx, start, end, subject, role):
    """Components (mechanisms), funding models, integration types, breadths, levels and degrees
    named in a sentence about ``subject``."""
    text = ctx.text
    if subject is None:
        return
    for m in ctx.mentions_in(start, end):
        iri = m.iri
        klass = iri if iri.startswith(ICKG) else (m.target.fallback if m.target and m.target.fallback else None)
        if iri == SCHEME + "who-ipchs/care-pathways":
            klass = MECHANISM
        if klass is None:
            klass = ""
        # The label with its modifiers ("shared electronic record") only where a branch below quotes it:
        # most mentions are of other classes, and the search for modifiers is the costly step here.
        if klass in FUNDING_CLASSES:
            if role in ("barrier", "outcome", "recommendation", "title") or \
                    _NEGATED_FUNDING.search(text, max(start, m.start - 40), m.start):
                continue
            if re.match(r"[ ](?:[\w\-]+[ ])?(?:beneficiaries|enrollees|patients|members|population|sector|providers)\b",
                        text[m.end:m.end + 30]):
                continue                 # "Medicare fee-for-service beneficiaries": who, not how paid
            s, e = _with_modifiers(text, m.start, m.end, start)
            ctx.add(_program_node(subject), ICKG + "hasFundingModel", node(text[s:e], klass, iri), start, end,
                    "funding model", 0.7)
        elif klass in MECHANISM_CLASSES or iri == ICKG + "Enabler":
            if role in _CLOSED_TO_PARTS or iri == ICKG + "Enabler":
                continue                 # "Key enablers were ...": the category word, not a part of the program
            s, e = _with_modifiers(text, m.start, m.end, start)
            if _APPRAISED_AFTER.match(text, e, end) or _APPRAISED_BEFORE.search(text, max(start, m.start - 40), m.start):
                continue                 # "case management is now part of everyday care", "value the shared record"
            ctx.add(_program_node(subject), ICKG + "hasComponent", node(text[s:e], klass, iri), start, end,
                    "component", 0.6)
        elif klass == ICKG + "IntegrationType" and role not in ("recommendation",) and \
                not _NOT_PRACTISED.match(text[m.end:m.end + 40]):
            ctx.add(_program_node(subject), ICKG + "practisesIntegrationType", node(m.text, klass, iri), start, end,
                    "integration type", 0.6, hedge_of(text, start, end))
        elif klass == ICKG + "IntegrationBreadth" and role not in ("recommendation",):
            cs, ce = claim_clause(text, start, end, m.start)   # the clause that says it, and says it is so
            if _WEAK.search(text, cs, ce):
                continue
            ctx.add(_program_node(subject), ICKG + "hasBreadth", node(m.text, klass, iri), cs, ce,
                    "integration breadth", 0.6, hedge_of(text, cs, ce))
        elif iri.startswith(SCHEME + "level/") and role not in ("recommendation",):
            ctx.add(_program_node(subject), ICKG + "atLevel", node(m.text, ICKG + "IntegrationLevel", iri), start, end,
                    "integration level", 0.6, hedge_of(text, start, end))
        elif iri.startswith(SCHEME + "leutz/") and role not in ("recommendation",):
            if re.search(r"\brather[ ]than[ ]$", text[max(start, m.start - 13):m.start]):
                continue
            ctx.add(_program_node(subject), ICKG + "hasIntegrationDegree",
                    node(m.text, ICKG + "IntegrationDegree", iri), start, end, "integration degree", 0.7)


# A mechanism the sentence says something of rather than gives the program: the subject of a fate
# ("shared records stopped at its boundary",
# "case management is now part of everyday primary care"), or the object of a verb of judging or spreading.
_APPRAISED_AFTER = lazy_compile(r"[ ](?:(?:is|are|was|were)[ ](?:now[ ]|already[ ])?(?:part|common|routine|standard|rare)\b|"
                                r"(?:stopped|reduced|improved|lowered|cut|failed|helped)\b)")
_APPRAISED_BEFORE = lazy_compile(r"\b(?:value|values|valued|praise|praised|praises|spread|review|reviewed|reviews)[ ]"
                                 r"(?:(?:the|their|its)[ ])?(?:[\w\-]+[ ](?:and[ ])?(?:the[ ])?){0,2}$")


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
                       r"enrollees|beneficiaries)\b")
_STUDY_SENTENCE = lazy_compile(r"\b(?:(?:we|they|the[ ]researchers|the[ ]authors)[ ](?:conducted|carried[ ]out|compared|"
                               r"interviewed|surveyed|analy[sz]ed|studied|used|drew|reviewed|ran|searched|pooled|examined)|drawing[ ]on|based[ ]on|"
                               r"study|evaluation|assessment|analysis|review[ ]of|interviews|survey|trial)\b", re.I, cased_branches=True)


def rule_study(ctx, start, end, study):
    text = ctx.text
    sentence = text[start:end]
    if not cue(_STUDY_SENTENCE, text, start, end):
        return study
    designs = [m for m in ctx.mentions_in(start, end) if m.iri.startswith(SCHEME + "study-design/")]
    section = ctx.section_of(start)
    methodish = designs or section in ("methods", "design", "description", "method") or re.search(
        r"\b(?:(?:we|they|the[ ]researchers|the[ ]authors)[ ](?:conducted|carried[ ]out|compared|interviewed|surveyed|"
        r"analy[sz]ed|searched|pooled|included|reviewed|examined|studied)|drawing[ ]on|based[ ]on[ ]a[ ]review|a[ ]survey[ ]of|"
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
    by = re.search(r"\b(?:evaluation|study|review|analysis|assessment)[ ](?:was[ ])?(?:carried[ ]out[ ]|conducted[ ])?by[ ]"
                   r"(?:the[ ])?", sentence)
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
                      r"(?:[ ](?:of|by)[ ](?:\d,\d|[^,.;])+?(?=[ ](?:found|showed|reported|concluded|suggested)\b|[,.;]|$))?)",
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
            name = entity.name if entity else addressee
            role = re.search(r"\b(?:commissioners|clinicians|physicians|doctors|nurses|managers|policy[ ]makers|"
                             r"policymakers|leaders)$", addressee, re.I)
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
                             r"(?:reported|said|had)\b)")


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
        if report and not _OUTCOME_VERBS.search(piece[:report.start()]):
            s = s + report.end()
            piece = text[s:e]
        cut = clause_end(text, s, e)
        piece = text[s:cut]
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


def rule_outcome(ctx, start, end, subject, follow, after_study=False):
    """Reported results: in a results section, in a sentence that reports or finds, or after the
    sentence that describes the document's own study ("We compared ... Enrolled patients had fewer
    admissions")."""
    if subject is None:
        return
    text = ctx.text
    sentence = text[start:end]
    section = ctx.section_of(start)
    results = any(w in section for w in ("result", "finding", "highlight", "changed", "what we know", "outcome",
                                         "impact", "evaluation", "reported", "found", "happened", "achieve"))
    if not cue(_OUTCOME_VERBS, text, start, end):
        return
    if not (results or after_study or words_of(text, start, end) & {"report", "reports", "reported", "found", "showed",
                                                                      "suggest", "say", "says", "said", "associated",
                                                                      "appear", "appears", "seem", "seems"}
            or _COMPARED_WITH.search(sentence) or _MEASURED_CHANGE.search(sentence)
            or _PROGRAM_DID.match(sentence) or _named_did(ctx, subject, start, end)
            or _SINCE_PROGRAM.match(sentence) or _PROGRAM_LED_TO.search(sentence) or _FEWER_OPEN.match(sentence)
            or _AFTER_PROGRAM.search(sentence) or _after_named(ctx, subject, start, end)):
        return
    if cue(_GOAL_CUES, text, start, end) or words_of(text, start, end) & {"will", "would", "whether", "should"}:
        return
    hedge = hedge_of(text, start, end, follow)
    for label in _outcome_labels(text, start, end):
        result = node(label, OUTCOME)
        whole = _had_clause(text, start, end, label)
        if whole:
            result["aliases"] = [whole]
        ctx.add(_program_node(subject), ICKG + "hasOutcome", result, start, end, "reported result", 0.5, hedge)


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
    if not (after_study or any(w in section for w in ("result", "finding", "outcome", "evaluation", "impact"))
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
_COMPARED_WITH = lazy_compile(r"\bfrom[ ][\d.,]+%?[ ]to[ ][\d.,]+%?|\b(?:[Cc]ompared[ ](?:with|to)|than[ ](?:in[ ])?(?:usual[ ]care|controls?|before|the[ ]control|"
                              r"comparison|similar|matched|non-?participating|other)|relative[ ]to|versus|vs\.?)\b")


_FINITE = lazy_compile(r"\b(?:is|are|was|were|has|have|had|do|does|did|can|could|may|might|will|would|must|"
                       r"remain|remains|remained|lack|lacks|lacked|make|makes|made|limit|limits)\b")


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
        found = ctx.add(_program_node(subject), ICKG + "facesBarrier", node(label, BARRIER), start, end,
                        "listed barrier", 0.6,
                        hedge if hedge and hedge["qualifier"].endswith("hedged") else None) or found
    return found


_HINDER_CLAUSE = lazy_compile(r";[ ]|,?[ ](?:but|whereas|while|although|though|yet)[ ]|,[ ]and[ ]")


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
        if 2 <= _words(label) <= 18:
            last = ctx.add(_program_node(subject), ICKG + "facesBarrier", node(label, BARRIER), start, end,
                           "barrier", 0.45, hedge if hedge and hedge["qualifier"].endswith("hedged") else None)
    return last


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


def rule_mitigation(ctx, start, end, barrier):
    if barrier is None:
        return
    text = ctx.text
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


_ACTOR_HEAD = (r"(?:councils?|municipalities|insurers|practices|practitioners|hospitals?|centres|centers|services|"
               r"boards?|authorities|trusts?|funds|groups|networks?|organi[sz]ations|providers|teams|commissioners|"
               r"physicians|doctors|nurses|pharmacists|agencies|partners|clinics|polyclinics|homes|prisons|schools|"
               r"hospices|pharmacies|charities|associations|dietitians|podiatrists|physiotherapists|GPs|voluntary[ ]sector)")
_ACTOR_NP = lazy_compile(rf"(?:(?:the|its|their|local|private|public|federal|national|regional|statutory|municipal|"
                         rf"commercial|community|general|primary|home|health|care|social|territorial|"
                         rf"county|district|nursing|specialist|acute|support|voluntary|rural|remote|independent|"
                         rf"not-for-profit|non-profit|housing|ambulance|mental|behavioral|behavioural|dental)[ ]){{0,5}}"
                         rf"{_ACTOR_HEAD}\b")
_PURPOSE = lazy_compile(r"[ ]to[ ](?:plan|provide|deliver|improve|coordinate|support|develop|create|offer|serve|run|"
                        r"commission|design|share|agree)\b")
# A relative clause after a list of partners speaks of something else ("networks of providers that serve
# people who receive Medicaid", "contracts with the Medical Group, which receives ... hospitals"), unless it
# carries the chain on ("care groups, which then subcontract dietitians": the program's partners too).
_PARTNER_RELATIVE = lazy_compile(r",?[ ](?:which|who|whose|that)[ ](?!then[ ]|in[ ]turn[ ])[a-z]")
_DEVELOPED_AT = lazy_compile(r"\b(?:developed|designed|pioneered|founded|began|started)"
                             r"(?:[ ]in[ ](?:the[ ])?(?:early[ ]|late[ ]|mid-)?(?:19|20)\d\ds?)?"
                             r"(?:[ ]by[ ][^,.;]{1,80}?)?[ ]at[ ](?P<list>[^.;,]+)")
_PROGRAM_OF = lazy_compile(r"\b(?:is|was|are|were)[ ]an?[ ](?:[\w\-]+[ ]){0,3}?(?:program|programme|initiative|service|"
                           r"model|scheme)[ ]of[ ](?:the[ ])?(?P<list>[^.;,]+)")
# A body described, not named, that coordinates a program: "a joint committee of the council and the health board".
_GOVERNING_BODY = lazy_compile(r"(?:an?[ ]|the[ ]|its[ ])(?P<x>(?:[a-z][\w\-]*[ ]){0,3}(?:committee|board|council|forum|group|"
                               r"network|partnership|alliance|body|team|hub)(?:[ ]of[ ](?:the[ ])?[^,.;()]{3,80}?)?)"
                               r"(?=[,.;()]|[ ](?:which|that|who|with|to|since|in[ ](?:19|20)\d\d)\b|$)")
_ACTOR_RULES = [   # (predicate, pattern with a group "who" or "list"; "rev": the program is the object)
    (ICKG + "hasPartner", lazy_compile(r"\b(?:links|linked|brings[ ]together|joins|joined)[ ](?P<list>[^.;]+)")),
    (ICKG + "hasPartner", lazy_compile(r"\b(?:jointly[ ])?owned[ ]by[ ](?P<list>[^.;]+)")),
    (ICKG + "hasPartner", lazy_compile(r"\bcontracts?[ ]with[ ](?P<list>[^.;]+)")),
    (ICKG + "hasPartner", lazy_compile(r"\b(?:(?:run|planned[ ]and[ ]run|managed)[ ]jointly|jointly[ ](?:run|managed|"
                                       r"operated|led|governed|delivered|funded|commissioned))[ ]by[ ](?P<list>[^.;]+)")),
    (ICKG + "hasPartner", lazy_compile(r"\b(?:work|works|worked|working)[ ](?:closely[ ])?(?:together[ ])?(?:with|alongside)[ ]"
                                       r"(?P<list>[^.;]+)")),
    (ICKG + "hasPartner", lazy_compile(r"\b(?:bring|bringing|brought)[ ]together[ ](?P<list>[^.;]+)")),
    (ICKG + "hasPartner", lazy_compile(r"\b(?:(?:collaborative[ ])?(?:networks|partnerships?|alliances?|consortium|coalition|"
                                       r"(?<=is[ ]a[ ])group|(?<=are[ ])groups|federations?)[ ](?:of|between)[ ]|"
                                       r"anchored[ ]by[ ])"
                                       r"(?P<list>[^.;]+)")),
    (ICKG + "hasPartner", lazy_compile(r"\bin[ ](?:partnership|collaboration|cooperation|co-operation)[ ]with[ ](?P<list>[^.;]+)")),
    # "developed by the University Medical Center with general practices", "to be run with the council and ..."
    (ICKG + "hasPartner", lazy_compile(r"\b(?:developed|designed|run|delivered|set[ ]up|launched|created|piloted|planned)"
                                       r"(?:[ ]in[ ](?:[A-Z][a-z]+[ ])?(?:19|20)\d\d)?"
                                       r"(?:[ ]by[ ][^,;.()]{2,90}?)?[ ](?:together[ ]|jointly[ ])?with[ ]"
                                       r"(?!(?:funding|money|support|help|grants?|the[ ]aim|the[ ]goal)\b)(?P<list>[^.;]+)")),
    (ICKG + "hasPartner", lazy_compile(r"\b(?:[Pp]artners,?[ ](?:including|such[ ]as|namely|among[ ]them)|"
                                       r"(?:[Pp]artners|[Pp]artner[ ]organi[sz]ations|(?<=[Ii]ts[ ])members|"
                                       r"(?:[Cc]ontracting[ ])?parties(?=[ ](?:are|were|to))|"
                                       r"(?<=[Tt]he[ ])(?:network|partnership|alliance|consortium)['’]s[ ]members)"
                                       r"(?:[ ](?:in|of)[ ](?:the|this|its)[ ](?:[\w\-]+[ ]){0,2}?[\w\-]+)?"
                                       r"(?:[ ](?:are|were|include|included|comprise)|:))[ ]"
                                       r"(?P<list>[^.;]+)")),
    # "launched the CReG pilot in five local health authorities": the bodies it was launched in take part
    (ICKG + "hasPartner", lazy_compile(r"\b(?:launched|piloted|introduced|tested|started|began|rolled[ ]out|implemented)"
                                       r"[ ](?:the[ ]|its[ ]|their[ ])?[^.;,]{0,80}?[ ]in[ ](?P<list>(?:(?:two|three|four|five|six|"
                                       r"seven|eight|nine|ten|twelve|fifteen|twenty|\d{1,3})[ ])(?:[a-z][\w\-]*[ ]){0,3}?"
                                       r"(?:authorities|councils|trusts|boards|hospitals|practices|municipalities|districts[ ]of|"
                                       r"health[ ]centres|clinics|agencies|organi[sz]ations)\b[^.;]*)")),
    # "The Valley Health Trust runs the network with Eastbrook Council": who runs it with the operator
    (ICKG + "hasPartner", lazy_compile(r"\b(?:runs|ran|operates|operated|leads|led|manages|managed|delivers|delivered)[ ]"
                                       r"(?:the|its|this)[ ](?:[\w\-]+[ ]){0,4}?(?:network|programme|program|model|pilot|"
                                       r"scheme|service|project|initiative|teams?|clinics?|centres?)[ ](?:together[ ]|jointly[ ]|"
                                       r"in[ ]partnership[ ])?with[ ](?P<list>[^.;]+)")),
    # "bring general practitioners, nurses and social workers together in one building"
    (ICKG + "hasPartner", lazy_compile(r"\b(?:brings?|bringing|brought)[ ](?!together\b)(?P<list>[^.;:]{3,160}?)[ ]together\b")),
    # "first introduced by Pinnacle Midlands Health Network in 2011 and was taken up by Capital & Coast District
    # Health Board": who takes a program up takes part in it
    (ICKG + "hasPartner", lazy_compile(r"\b(?:taken[ ]up|adopted|joined)[ ](?:(?:early|later|soon|since)[ ])?by[ ]"
                                       r"(?P<list>[^.;]+)")),
    # "The contract was agreed between the AOK, the Hausärzteverband and MEDI": the parties are its partners
    (ICKG + "hasPartner", lazy_compile(r"\b(?:agreed|agreement|agreements|contract|contracts|collaboration|cooperation|"
                                       r"co-operation|deal)[ ]between[ ](?P<list>[^.;]+)")),
    # "funded jointly by the insurers: Medicaid, the commercial plans and Medicare", "funding from the Indian
    # Health Service": a payer that is not a government is a partner (a ministry that funds is not; see _FUNDERS)
    (ICKG + "hasPartner", lazy_compile(r"\b(?:(?:funded|financed|paid[ ]for|co-funded|bankrolled)(?:[ ]jointly)?[ ]by|"
                                       r"funding[ ]from)[ ](?P<list>[^.;]+)")),
    (ICKG + "operatedBy", lazy_compile(r"(?<!those[ ])(?<!ones[ ])(?<!jointly[ ])\b(?:run|operated|managed|delivered|led|employed)[ ]by[ ]"
                                       r"(?P<list>[^.;]+)")),
    (ICKG + "coordinatedThrough", lazy_compile(r"\b(?:coordinated[ ](?:through|by)|(?:overseen|governed|steered)[ ]by)[ ]"
                                               r"(?P<list>[^.;,]+)")),
    (ICKG + "initiatedBy", lazy_compile(r"\b(?:launched|introduced|initiated|set[ ]up|created|established|founded|"
                                        r"promoted|sponsored|championed|commissioned|proposed|started|developed|designed|"
                                        r"pioneered|conceived)"
                                        r"(?:[ ]in[ ](?:[A-Z][a-z]+[ ])?(?:19|20)\d\d)?(?:[ ]in[ ](?:the[ ])?[^,.;()]{2,60}?)?[ ]by[ ]"
                                        r"(?P<list>[^.;]+)")),
    # "developed by Eric Coleman at the University of Colorado", "a model developed at Johns Hopkins University"
    (ICKG + "initiatedBy", _DEVELOPED_AT),
    # "Dementia UK, the charity that developed the service in 1990"
    (ICKG + "initiatedBy", lazy_compile(r"(?P<list>[A-Z][\w&\-]*(?:[ ][A-Z][\w&\-]*){0,5}),[ ]the[ ](?:[\w\-]+[ ]){1,3}?"
                                        r"(?:that|which|who)[ ](?:developed|created|founded|launched|set[ ]up|started)[ ]the[ ]"
                                        r"(?:service|model|programme|program|scheme|network|initiative)\b")),
    (ICKG + "operatedBy", _PROGRAM_OF),
    # "one of the first 32 Pioneer ACOs chosen by the Centers for Medicare & Medicaid Services", "one of the eight
    # local governments selected by the Ministry for the pilot projects": who picks the sites starts the program
    (ICKG + "initiatedBy", lazy_compile(r"\b(?:chosen|selected|picked)[ ](?:in[ ](?:19|20)\d\d[ ])?by[ ](?P<list>[^.;]+)")),
]
# A person who founded the program, by a name of two or three words, perhaps after who they were: "founded in
# 2006 by Jos de Blok, a community nurse", "founded in 1993 by a physician, Sheldon Zinberg".
_FOUNDED_BY_PERSON = lazy_compile(r"\b(?:founded|created|started|set[ ]up|established|developed|pioneered)(?:[ ]in[ ](?:19|20)\d\d)?"
                                  r"[ ]by[ ](?:an?[ ](?:[a-z\-]+[ ]){0,2}?[a-z\-]+,[ ])?(?P<p>[A-Z][a-z]+(?:[ ](?:de|van|von|der|"
                                  r"da|di|du|la|le|van[ ]der|van[ ]den))?(?:[ ][A-Z][a-z][\w'’\-]+){1,2})(?=[,.;]|[ ](?:and|in|at|who)\b|$)")
_SUBJECT_VERBS = [  # (predicate, verb pattern): the actor is the sentence's subject before the verb
    (ICKG + "initiatedBy", lazy_compile(r"\b(?:launched|introduced|organised|organized|set[ ]up|created|established|"
                                        r"announced|picked|chose|started|began(?=[ ](?:the[ ])?[A-Z]|[ ](?:the|its|their)[ ]"
                                        r"(?:project|programme|program|pilot|initiative|scheme|reform)\b)|published[ ]the[ ](?:[a-z]+[ ])?(?:framework|strategy|"
                                        r"model))\b")),
    (ICKG + "operatedBy", lazy_compile(r"\b(?:leads|runs|operates|manages|took[ ]over|delivers|adopted|opened)\b")),
    (ICKG + "coordinatedThrough", lazy_compile(r"\b(?:will[ ]oversee|oversees|oversaw|has[ ]set[ ]the[ ]content)\b")),
]
_RESPONSIBLE = [
    lazy_compile(r"\b(?P<who>(?:[Tt]he[ ])?[A-Za-z][\w\-]*(?:[ ][\w\-]+){0,3}?)[ ](?:are|is|were|was|became|become|remain|"
                 r"remained|(?:have|has|had)[ ]been|(?:will|would)[ ]be|(?:have|has|had)[ ]become)[ ]"
                 r"(?:also[ ]|now[ ]|jointly[ ]|fully[ ]|solely[ ])?responsible[ ]for[ ](?P<what>[^.;]+)"),
    lazy_compile(r"(?:^|(?<=[.:;]\s))(?P<who>[Tt]he[ ](?:[a-z][\w\-]*[ ]){0,2}(?:regions|municipalities|councils|boards|"
                 r"counties|states|provinces|trusts|authorities|insurers|funds))[ ](?:run|runs|manage|manages|operate|"
                 r"operates|own|owns)[ ](?:the[ ])?(?P<what>[^.;,]+?)(?=[ ]and[ ][a-z]+[ ]|[.;,]|$)"),
    lazy_compile(r"(?P<who>[\w\- ]{3,60}?),[ ]which[ ](?:are|is)[ ]responsible[ ]for[ ](?P<what>[^,.;]+)"),
    lazy_compile(r"(?P<what>[\w\- ]{3,60}?)[ ](?:is|are)[ ](?:the[ ])?responsibility[ ]of[ ](?P<who>[^,.;]+)"),
    lazy_compile(r"(?P<what>[A-Z][\w\- ]{3,40}?)[ ](?:are|is)[ ]run[ ]by[ ](?P<who>[^,.;]+?)(?=[ ]and[ ]|[,.;])"),
    lazy_compile(r"(?P<who>[A-Z][\w\- ]{3,60}?),[ ]who[ ]provide[ ](?:most[ ]|much[ ]of[ ]the[ ])?(?P<what>[\w\- ]+?care)\b"),
    lazy_compile(r"(?P<who>(?:The[ ])?[\w\- ]{3,40}?)[ ]will[ ]plan[ ]and[ ]commission[ ](?P<what>[^.;]+)"),
    # "In 2012 the municipalities took over responsibility for rehabilitation and home care"
    lazy_compile(r"\b(?P<who>(?:[Tt]he[ ])?[A-Za-z][\w\-]*(?:[ ][\w\-]+){0,3}?)[ ](?:also[ ]|now[ ]|then[ ])?"
                 r"(?:took|take|takes|taken|assumed|assume|assumes|(?:were|was|have[ ]been|has[ ]been)[ ]given|gained|got|"
                 r"(?:have|has|had)[ ](?:taken|assumed|gained))[ ](?:over[ ]|on[ ])?(?:the[ ]|full[ ]|sole[ ])?"
                 r"responsibility[ ]for[ ](?P<what>[^.;]+)"),
]


# Kinds of body a list of partners may name in one word: "bring together hospitals, primary care providers ..."
_SINGLE_ACTORS = {"municipalities", "insurers", "commissioners", "hospitals", "councils", "hospices", "pharmacies",
                  "prisons", "schools", "charities", "dietitians", "podiatrists", "pharmacists", "physiotherapists",
                  "GPs"}


def _actors_in(ctx, start, end):
    """Organizations named or described in text[start:end], in order: (label, type, position)."""
    text = ctx.text
    found = []
    for org in ctx.orgs:
        for s, e in _mentions_of(ctx, org):
            if start <= s and e <= end:
                found.append((s, e, org.name))
    for m in _ACTOR_NP.finditer(text, start, end):
        if any(s < m.end() and m.start() < e for s, e, _ in found):
            continue
        label = re.sub(r"^(?:the|its|their)[ ]", "", m.group())
        if _words(label) >= 2 or label in _SINGLE_ACTORS:
            found.append((m.start() + (len(m.group()) - len(label)), m.end(), label))
    found.sort()
    return [(label, ORGANIZATION, s) for s, e, label in found]


# The words each of _ACTOR_RULES needs (one of them at least): a sentence without any is not searched.
_ACTOR_RULE_WORDS = {id(pattern): frozenset(words.split()) for (_, pattern), words in zip(_ACTOR_RULES, (
    "links linked brings joins joined", "owned", "contracts contract", "jointly", "work works worked working",
    "bring bringing brought", "networks partnerships alliances partnership network alliance consortium coalition "
    "group groups federation federations anchored",
    "partnership collaboration cooperation co-operation", "with", "partners organisations organizations members parties",
    "launched piloted introduced tested started began rolled implemented",
    "runs ran operates operated leads led manages managed delivers delivered", "bring brings bringing brought",
    "taken adopted joined", "between", "funded financed paid co-funded bankrolled funding",
    "run operated managed delivered led employed", "coordinated overseen governed steered",
    "launched introduced initiated set created established founded promoted sponsored championed commissioned proposed "
    "started developed designed pioneered conceived",
    "developed designed pioneered founded began started", "developed created founded launched set started", "program programme initiative service model scheme",
    "chosen selected picked"))}
assert len(_ACTOR_RULE_WORDS) == len(_ACTOR_RULES), "one guard per actor rule, in order"
# The rules with their guards, and every guard's words at once: most sentences hold none of them, and
# one test of that spares the look-up and test of each rule's (a tenth of the rule's time on abstracts).
_GUARDED_ACTOR_RULES = [(predicate, pattern, _ACTOR_RULE_WORDS[id(pattern)]) for predicate, pattern in _ACTOR_RULES]
_ANY_ACTOR_RULE_WORD = frozenset().union(*_ACTOR_RULE_WORDS.values())


# An item of a list of partners that names a kind of body by its head noun with a modifier of any kind
# ("memory clinics", "physician groups"; a bare "nurses" is as often staff), or a sector of care ("primary care", "home care", "the third sector"),
# once the list has named one body the usual way: the list says what its items are.
# Beside the usual heads, a list of partners names departments, governments, tribes, health plans, foundations and a
# single agency or service ("a home health agency and a community paramedicine service"); a first modifier may be a name
# ("Medicaid managed care plans", "NHS providers"), and "managed" is no participle there.
_PARTNER_HEAD = r"(?:departments?|governments?|tribes|(?:health|insurance|care)[ ]plans|agency|service|foundations?)"
_LISTED_PARTNER = lazy_compile(rf"(?:(?:the|its|their|your|an?|two|three|four|five|six|several|many)[ ])?(?P<x>(?:[A-Z][A-Za-z]+[ ])?"
                               rf"(?:(?!(?:with|of|for|to|in|by|from|at|on|the|an?|and|or|who|which|that|other)[ ])"
                               rf"(?:[a-z][\w\-]*(?<!ed)|managed|GP)[ ]){{1,3}}(?:{_ACTOR_HEAD}|{_PARTNER_HEAD})|"
                               r"(?:primary|home|social|community|secondary|acute|long-term|mental[ ]health|residential)"
                               r"[ ]care|(?:third|voluntary|private|community|independent)[ ]sector)")
_LIST_ITEM_SPLIT = lazy_compile(r",[ ](?:and[ ]|or[ ])?|[ ]and[ ]|[ ]or[ ]")


# Staff named by their trade: partners beside a body the list names, but on their own as often the program's staff
# ("organises general practitioners with practice nurses", "family physicians work with family nurses").
_STAFF_HEAD = lazy_compile(r"(?:nurses|physicians|doctors|pharmacists|practitioners|specialists|consultants|dietitians|"
                           r"podiatrists|physiotherapists|GPs|workers)$")


def _with_listed_partners(text, s, e, actors):
    """``actors`` (label, type, position) of the list text[s:e] with the items :data:`_LISTED_PARTNER`
    names that no actor covers, in text order; staff (:data:`_STAFF_HEAD`) only beside a body the
    usual recognisers found."""
    taken = [(at, at + len(label)) for label, _, at in actors]
    staff_too = bool(actors)
    out = list(actors)
    at = s
    while e > s and text[e - 1] in ".;:!? ":       # the sentence's full stop is no part of the last item
        e -= 1
    bounds = [(m.start(), m.end()) for m in _LIST_ITEM_SPLIT.finditer(text, s, e)] + [(e, e)]
    for a, b in bounds:
        m = _LISTED_PARTNER.fullmatch(text, at, a)
        if m and not any(x < a and at < y for x, y in taken) and not m.group("x").startswith(("and ", "or ")) and \
                (staff_too or not _STAFF_HEAD.search(m.group("x"))):
            out.append((m.group("x"), ORGANIZATION, m.start("x")))
        at = b
    out.sort(key=lambda a: a[2])
    return out


def _named_instances(text, actors):
    """``actors`` less a kind of body that the named bodies after it, in apposition, are the instances of:
    "a contract with two statutory sickness funds, AOK Baden-Württemberg and the SVLFG" -> the two funds.
    A kind is plural: "local health department, Medicaid managed care plans" is a list of two."""
    out = []
    for i, (label, type_, at) in enumerate(actors):
        nxt = next((a for a in actors[i + 1:] if a[2] > at and a[0][:1].isupper()), None)
        if label[:1].islower() and label.endswith("s") and nxt is not None and nxt[0][:1].isupper() and \
                re.fullmatch(r"[^,;()]{1,60},[ ](?:the[ ])?", text[at:nxt[2]]) and \
                re.match(r"[^,;.]{0,60}(?:,|[ ]and[ ])", text[nxt[2]:]):
            continue
        out.append((label, type_, at))
    return out


# A body named by capitalised words ending on a body's head noun, at the start of an actor list.
_NAMED_BODY = lazy_compile(r"(?:the[ ])?(?P<n>[A-Z][\w\-&'’]*(?:[ ](?:[A-Z][\w\-&'’]*|of|for|and))*?[ ](?:Division|Department|"
                           r"Authority|Board|Trust|Council|Foundation|Agency|Service|Centre|Center|Group|Company|"
                           r"Corporation|Association|Institute|University|Hospital|Partnership|Alliance|Commission|"
                           r"Ministry|Office|Directorate))(?![\w\-])(?![ ][A-Z])")


# The subject's second verb after a list of actors ends the list: "is run by a charity under a contract with the
# Government, and works through a core centre and a network of private doctors".
_SECOND_VERB = lazy_compile(r",[ ]and[ ](?:also[ ])?(?=[a-z]+(?:s|ed)[ ](?:through|with|to|a|an|the|its|their|by|on|in|"
                            r"from|across|for)\b)")


# A funder that is a government (its ministry, department, the state) pays for a program it does not take part in:
# "The clinics are funded by the ministry", "funded by the Department of Health from 2021".
_FUNDING_LEAD = lazy_compile(r"(?:funded|financed|paid|co-funded|bankrolled|funding)\b")
_PUBLIC_FUNDER = lazy_compile(r"\b(?:[Gg]overnments?|[Mm]inistry|[Mm]inisters?|[Dd]epartment|[Cc]ommonwealth|[Ss]tate|[Tt]reasury|"
                              r"[Ff]ederal|[Cc]rown|[Pp]arliament|[Cc]ongress)\b")


_PARTIES_LEAD = lazy_compile(r"(?:funded|financed|paid|co-funded|bankrolled|funding|agreed|agreements?|contracts?|"
                             r"collaboration|cooperation|co-operation|deal)[ ](?:jointly[ ])?(?:by|between|from)\b")
_PARTIES_END = lazy_compile(r",[ ](?!(?:and|or|the|an?|its|their|from|in|since|as|including|such|notably)\b|[A-Z])[a-z]|"
                            r",[ ]and[ ](?:on|in|to|for|with|at|about|of)[ ]")


_TOGETHER_WITH = lazy_compile(r",?[ ]together[ ]with[ ]")
_BY_A_GROUP = lazy_compile(r"(?:an?|the)[ ](?:[\w\-]+[ ])?(?:alliance|partnership|consortium|coalition|federation)[ ]"
                           r"(?:of|between)[ ]")
# A second body that begins a program with the first: "by A together with the B", "by A and B" (two names).
_WITH_SECOND = lazy_compile(r"(?:[ ]\([^()]{1,40}\))?(?:,?[ ](?:together|jointly|in[ ]partnership)[ ]with|[ ]and)[ ]"
                            r"(?:the[ ]|its[ ]|their[ ])?")
# A single body named by its kind, as an operator: "a non-governmental organization", "a local lead agency".
_ONE_BODY = lazy_compile(r"(?:an?|one|the)[ ](?P<n>(?:[a-z][\w\-]*[ ]){0,3}(?:organi[sz]ation|agency|company|charity|"
                         r"provider|consortium|cooperative|co-operative|trust|foundation|social[ ]enterprise|association))\b"
                         r"(?![ ](?:of|for)[ ])")


_FORMED_VERB = lazy_compile(r"(?:set[ ]up|created|established|launched|started)[ ](?:the|a|an)[ ]")
# What may open an item of such a list ("the council, its trust and two hospitals"), and what joins two items.
_FOUNDING_LEAD = r"(?:the|its|their|an?|two|three|four|five|several|local)[ ]"
_FOUNDING_ITEM = lazy_compile(_FOUNDING_LEAD)
_FOUNDING_GLUE = lazy_compile(rf"(?:,[ ](?:and[ ])?|[ ]and[ ])(?:{_FOUNDING_LEAD})?")


def _founding_list(text, s, actors, end=None):
    """Whether ``actors`` are a list of three bodies or more that text[s:...] names one after another, joined
    by commas and "and" only (up to ``end`` when given): bodies that start something together."""
    if len(actors) < 3:
        return False
    at = s
    lead = _FOUNDING_ITEM.match(text, at, at + 12)
    at = lead.end() if lead else at
    for i, (label, _, pos) in enumerate(actors):
        if pos != at:
            return False
        at = pos + len(label)
        if i + 1 < len(actors):
            glue = _FOUNDING_GLUE.match(text, at, actors[i + 1][2] + 1)
            if glue is None or glue.end() != actors[i + 1][2]:
                return False
            at = glue.end()
    if end is not None:
        return text[at:end].strip() == ""
    return True


def rule_actors(ctx, start, end, subject):
    if subject is None:
        return
    text = ctx.text
    words = words_of(text, start, end)
    for predicate, pattern, needed in (_GUARDED_ACTOR_RULES if not _ANY_ACTOR_RULE_WORD.isdisjoint(words) else ()):
        if needed.isdisjoint(words):
            continue
        for m in pattern.finditer(text, start, end):
            group = "list"
            if m.group(group) is None:
                continue
            s = m.start(group)
            e = clause_end(text, s, end) if predicate != ICKG + "hasPartner" else min(end, s + 220)
            if predicate == ICKG + "initiatedBy" and _TOGETHER_WITH.match(text, e, end):
                e = clause_end(text, _TOGETHER_WITH.match(text, e, end).end(), end)   # "by A together with B"
            purpose = _PURPOSE.search(text, s, e)
            e = purpose.start() if purpose else e         # "brings together A and B to plan health and care services"
            second = _SECOND_VERB.search(text, s, e)
            e = second.start() if second else e           # "run by A ..., and works through B and C": B, C not A's kind
            if predicate == ICKG + "hasPartner":
                relative = _PARTNER_RELATIVE.search(text, s, e)
                e = relative.start() if relative else e
                if text[m.start():m.start() + 1] in "fpcbadg" and _PARTIES_LEAD.match(text, m.start()):
                    clause = _PARTIES_END.search(text, s, e)     # "funded by X from 2021, divides the country into":
                    e = clause.start() if clause else e           # the parties end where the clause goes on
            actors = _actors_in(ctx, s, e)
            if predicate == ICKG + "hasPartner":
                actors = _with_listed_partners(text, s, e, actors)
                actors = _named_instances(text, actors)
                if m.group()[:1] in "fpcb" and _FUNDING_LEAD.match(m.group()):
                    actors = [a for a in actors if not _PUBLIC_FUNDER.search(a[0])]
            if pattern is _DEVELOPED_AT or pattern is _PROGRAM_OF:   # the body right after "at", "of the"
                actors = [a for a in actors[:1] if a[2] <= s + 4 or re.fullmatch(r"[ A-Z][\w ]*", text[s:a[2]])]
            elif predicate == ICKG + "initiatedBy" and _founding_list(text, s, actors):
                # "launched in 2011 ... by general practices, two acute hospital trusts, ... and voluntary
                # organisations": bodies that start it together are its partners, none its initiator alone
                for label, type_, _ in actors:
                    ctx.add(_program_node(subject), ICKG + "hasPartner", node(label, type_), start, end,
                            "founding partners", 0.55)
                continue
            elif predicate == ICKG + "initiatedBy" and _BY_A_GROUP.match(text, s, e):
                continue                 # "established by an alliance of A, B and C": partners (read above), no initiator
            elif predicate == ICKG + "initiatedBy":       # "launched by the Department and its partners": the first
                first = [a for a in actors[:1] if a[2] <= s + 4 or re.fullmatch(r"(?:the[ ])?(?:[a-z\-]+[ ]){1,3}",
                                                                                  text[s:a[2]])]
                if first and len(actors) >= 2 and _WITH_SECOND.fullmatch(text, first[0][2] + len(first[0][0]),
                                                                         actors[1][2]) and \
                        (actors[1][0][:1].isupper() or "with" in text[first[0][2]:actors[1][2]]):
                    first.append(actors[1])  # "introduced by Manitoba Health together with the regional health
                actors = first               # authorities", "created in 1979 by IMSS and COPLAMAR": both began it
            elif predicate == ICKG + "coordinatedThrough":   # "overseen by a joint committee of the council and ..."
                body = _GOVERNING_BODY.match(text, s, e)
                if body and not any(a[2] <= s + 4 for a in actors):
                    actors = [(body.group("x"), ORGANIZATION, body.start("x"))]
            if not actors and predicate != ICKG + "hasPartner":
                named_body = _NAMED_BODY.match(text, s, e)     # "run by the Milwaukee County Behavioral Health
                if named_body:                                 # Division": a body's name no recogniser knew
                    actors = [(named_body.group("n"), ORGANIZATION, named_body.start("n"))]
                elif predicate == ICKG + "operatedBy":         # "run by a non-governmental organization under a
                    kind = _ONE_BODY.match(text, s, e)          # service contract": one body of a kind
                    if kind:
                        actors = [(kind.group("n"), ORGANIZATION, kind.start("n"))]
            owner = subject if predicate != ICKG + "operatedBy" else \
                nearest_program(ctx, start, end, m.start(), subject)     # "..., introduced X in 2001, run by Y": X's
            for label, type_, _ in actors:
                ctx.add(_program_node(owner), predicate, node(label, type_), start, end, "actor phrase", 0.55)
    for m in (_FOUNDED_BY_PERSON.finditer(text, start, end) if text.find(" by ", start, end) >= 0 else ()):
        name = m.group("p")
        if any(label_key(name) in {label_key(x) for x in (o.name, o.label, *o.aliases)} for o in ctx.orgs) or \
                ctx.places_in(m.start("p"), m.end("p")):
            continue                     # "founded by Kaiser Foundation", "founded in Leeds": not a person
        ctx.add(_program_node(subject), ICKG + "initiatedBy", node(name, PERSON), start, end, "founder", 0.7)
    if words.isdisjoint(("launched", "introduced", "organised", "organized", "set", "created", "established", "announced",
                         "picked", "chose", "started", "began", "leads", "runs", "operates", "manages", "took", "delivers",
                         "adopted", "opened", "published", "oversee", "oversees", "oversaw")):
        return
    named_programs = programs_in(ctx, start, end)
    for predicate, pattern in _SUBJECT_VERBS:
        m = pattern.search(text, start, end)
        if not m:
            continue
        actors = _actors_in(ctx, start, m.start())
        if predicate == ICKG + "initiatedBy" and re.search(r",[ ]$", text[max(start, m.start() - 2):m.start()]):
            continue                      # "..., set up in 2013": a participle, not the actor's verb
        if re.search(r"\b(?:that|which|who)[ ]$", text[max(start, m.start() - 6):m.start()]) and not any(
                m.end() <= s_ < end for p in named_programs for s_, _ in _mentions_of(ctx, p)):
            continue                      # "Ontario Health, a provincial agency that oversees the health system"
        if actors and predicate == ICKG + "initiatedBy" and _FORMED_VERB.match(text, m.start()) and \
                _founding_list(text, actors[0][2], actors, m.start()):
            # "In 2017 the council, the NHS trust and the CCG formed the Healthier Wigan Partnership": its partners
            after = [p for p in named_programs if any(m.end() <= s_ < end for s_, _ in _mentions_of(ctx, p))]
            for label, type_, _ in actors:
                ctx.add(_program_node(after[0] if after else subject), ICKG + "hasPartner", node(label, type_),
                        start, end, "founding partners", 0.55)
            continue
        if actors:
            last = actors[-1] if predicate != ICKG + "initiatedBy" else actors[0]
            gap = text[last[2]:m.start()]
            gap = gap[len(last[0]):] if gap.startswith(last[0]) else gap
            before = text[max(start, last[2] - 12):last[2]]
            if ("," in gap and predicate == ICKG + "initiatedBy") or re.search(
                    r"\b(?:between|and|with|of|to|for|from|by|among|or)[ ](?:the[ ]|its[ ]|their[ ])?$", before):
                actors = []               # "relationships between X and community services, and introduced"
        if not actors:
            if re.search(r"\bthe[ ](?:ministry|department|board|government|council|foundation)\b", text[start:m.start()], re.I):
                head = re.search(r"\bthe[ ](ministry|department|board|government|council|foundation)\b",
                                 text[start:m.start()], re.I).group(1).lower()
                candidates = [o for o in ctx.orgs if head in o.name.lower() and o.start < start]
                if candidates:
                    actors = [(candidates[-1].name, ORGANIZATION, start)]
        if not actors:
            continue
        target = subject
        after = [p for p in named_programs if any(m.end() <= s < end for s, _ in _mentions_of(ctx, p))]
        if after:
            target = after[0]
        elif predicate == ICKG + "operatedBy" and not named_programs:
            if not _MODEL_WORDS.search(text, m.end(), end) and "primary care" not in text[m.end():end]:
                continue
        # an actor in apposition describes the one before it ("the Board, the independent board that ...")
        actors = [a for i, a in enumerate(actors) if i == 0 or not re.search(
            r",[ ](?:the|a|an)[ ](?:[\w\-]+[ ]){0,2}$", text[max(start, a[2] - 30):a[2]])]
        label = actors[-1][0] if predicate != ICKG + "initiatedBy" else actors[0][0]
        ctx.add(_program_node(target), predicate, node(label, ORGANIZATION), start, end, "actor verb", 0.55)
    for person in (e for e in ctx.entities if e.kind == "person" and start <= e.start < end):
        ctx.add(_program_node(subject), ICKG + "initiatedBy", node(person.name, PERSON), start, end, "founder", 0.7)


# A provider body that opens the sentence and launches or runs the program operates it: "Geisinger Health
# System, an integrated delivery system ..., launched ProvenCare", "Intermountain Healthcare, a not-for-profit
# health system, began to roll out Mental Health Integration". A government body that does so initiates it
# (left to the rules above).
_OPERATOR_LEAD = lazy_compile(r"(?:(?:In|Since|From|By)[ ](?:(?:early|late|mid-)[ ]?)?(?:[A-Z][a-z]+[ ])?(?:19|20)\d\d,?[ ])?")
_OPERATOR_VERB = lazy_compile(r"(?:[ ]\([^()]{1,80}\))?(?:,[ ][^;]{3,220}?,)?[ ](?:has[ ]|have[ ]|then[ ]|also[ ])?"
                              r"(?:launched|began|set[ ]out|rolled[ ]out|introduced|developed|opened|took[ ]over|"
                              r"created|started|redesigned|runs|operates|built|turned)\b")
_GOVERNMENT_HEAD = lazy_compile(r"\b(?:Ministry|Department|Government|Parliament|Congress|Legislature|Assembly|Committee|"
                                r"Commission|Agency|Office|Executive|Cabinet|Senate|Council|Bureau|Minister|Secretary|"
                                r"Centers|Institute)\b")


def rule_owned_program(ctx, start, end):
    """A program named after a body's possessive: "Blue Cross Blue Shield of Michigan's Patient-Centered Medical
    Home program", "Geisinger's ProvenCare" -- the body runs it (a government's program is initiated by it,
    left to the other rules)."""
    text = ctx.text
    if "'s " not in text[start:end] and "’s " not in text[start:end]:
        return
    for program in programs_in(ctx, start, end):
        for s_, _ in _mentions_of(ctx, program):
            if not start <= s_ < end or text[s_ - 3:s_] not in ("'s ", "’s "):
                continue
            org = next((o for o in ctx.entities if o.kind == "organization"
                        for _, e_ in _mentions_of(ctx, o) if e_ == s_ - 3), None)
            if org is not None:
                if org.source in ("payer", "institution noun") or not org.name[:1].isupper():
                    continue
                name = org.name
            else:                        # a name the text repeats, as a masthead does: "Blue Cross Blue Shield of Michigan"
                m = _POSSESSOR.search(text, max(start, s_ - 90), s_)
                name = m.group("name") if m else None
                if name is None or text.count(name) < 2 or ctx.places_in(m.start("name"), m.end("name")) and \
                        any(label_key(p.place.name) == label_key(name) for p in ctx.places):
                    continue
            if _GOVERNMENT_HEAD.search(name) or label_key(name) in {label_key(x) for x in (program.name, *program.aliases)}:
                continue
            ctx.add(_program_node(program), ICKG + "operatedBy", node(name, ORGANIZATION), start, end,
                    "body's program", 0.6)


_POSSESSOR = lazy_compile(r"(?<![\w\-])(?P<name>[A-Z][\w&\-]*(?:[ ](?:of|and|for|&|[A-Z][\w&\-]*)){1,6})['’]s[ ]$")


def rule_operator(ctx, start, end, subject):
    """The provider body that opens a sentence and launches, develops or runs a program (see
    :data:`_OPERATOR_VERB`)."""
    if subject is None or not ctx.orgs:
        return
    text = ctx.text
    lead = _OPERATOR_LEAD.match(text, start, end)
    at = lead.end() if lead else start
    if text.startswith("The ", at):
        at += 4
    org = _org_named_at(ctx, at)
    if org is None or _GOVERNMENT_HEAD.search(org.name) or org.source in ("payer", "publisher", "institution noun") \
            or not org.name[:1].isupper():
        return
    e_org = max(e_ for s_, e_ in _mentions_of(ctx, org) if s_ == at)
    m = _OPERATOR_VERB.match(text, e_org, end)
    if m is None:
        return
    after = [p for p in programs_in(ctx, m.end(), end)]
    if after:
        target = min(after, key=lambda p: min(s_ for s_, _ in _mentions_of(ctx, p) if m.end() <= s_ < end))
    elif subject is ctx.focal and _MODEL_WORDS.search(text, m.end(), end):
        target = subject
    else:
        return
    if label_key(target.name) == label_key(org.name) or any(label_key(a) == label_key(org.name) for a in target.aliases):
        return
    ctx.add(_program_node(target), ICKG + "operatedBy", node(org.name, ORGANIZATION), start, end, "operator verb", 0.55)


# A program and, in a relative clause, the body that runs or began it: "the Navrongo experiment, which the Navrongo
# Health Research Centre began in 1994", "the demonstration project that the Mental Health Commission of Canada ran
# from 2009 to 2013", "a structured programme ... that sickness funds offer to their insured".
_RELATIVE_BODY = lazy_compile(r"(?:,[ ]|[ ])(?:that|which)[ ](?:the[ ]|its[ ]|their[ ])?")
_RAN_VERB = lazy_compile(r"(?:[ ]\([^()]{1,40}\))?[ ](?:has[ ]|have[ ]|had[ ]|now[ ]|also[ ]|then[ ]|first[ ])?"
                         r"(?P<v>runs|run|ran|operates|operate|operated|offers|offer|offered|manages|manage|managed|"
                         r"delivers|deliver|delivered|began|begun|started|set[ ]up|launched|rolled[ ]out|introduced|"
                         r"created|developed|leads|lead|led)\b")
# What may stand between the program's name and the relative clause: its acronym, an apposition of its kind, or
# "is a ... programme of care for ...".
_KIND = r"(?:project|programme|program|model|scheme|initiative|pilot|experiment|service|network|reform|strategy)"
_RELATIVE_GAP = lazy_compile(rf"(?:[ ]\([^()]{{1,60}}\))?(?:,[ ](?:the|an?|its)[ ](?:[\w\-]+[ ]){{0,4}}?{_KIND}|"
                             rf"[ ](?:is|was|are|were)[ ]an?[ ](?:[\w\-]+[ ]){{0,3}}?{_KIND}(?:[ ](?:of|for)[ ][^,.;()]{{1,50}}?)?)?")
_PROGRAM_BEFORE = lazy_compile(rf"\b(?:[Tt]he|[Tt]his|[Ii]ts)[ ](?:[\w\-]+[ ]){{0,3}}?{_KIND}$")
_FOUNDED = ("launched", "introduced", "created", "set up", "developed")   # whoever did these began it, not ran it
_STARTED = ("began", "begun", "started", "set up", "launched", "rolled out", "introduced", "created", "developed")
# Bodies that run a program together, as the clause's subject: "The long-term care insurance funds and the health
# insurance funds run the care support points", "Municipalities run the teams", "Island Health will lead the
# Comox Valley network".
_RUN_TOGETHER = lazy_compile(r"[ ](?:now[ ]|also[ ]|jointly[ ]|together[ ]|will[ ]|would[ ]|currently[ ])?"
                             r"(?:run|operate|manage|deliver|lead)[ ](?:the|its|their|these|this|all[ ]the|each)[ ]")
# A body hired to run a program: "the Department of Health has contracted Medavie Health Services New Brunswick to
# manage the program".
_CONTRACTED_TO = lazy_compile(r"\b(?:contracted|commissioned|appointed|hired|engaged|chose|selected|asked)[ ](?P<who>[^.;]{2,90}?)"
                              r"[ ]to[ ](?:run|manage|operate|deliver|lead|provide)[ ]")
_SIGNED = lazy_compile(r"[ ](?:have[ ]|has[ ]|had[ ]|jointly[ ])?(?:signed|agreed|concluded)[ ](?:an?|the|a[ ]new)[ ]"
                       r"(?:[\w\-]+[ ]){0,2}?(?:agreement|contract|memorandum|partnership|deal)\b")
# A program named with its body after "of": "the Hospital at Home program of the Mount Sinai Health System".
_OF_BODY = lazy_compile(r"[ ]of[ ](?:the[ ])?")
_AND_BODY = lazy_compile(r"[ ]and[ ](?:the[ ]|its[ ])?")
_RAN_WORDS = frozenset("run runs ran operate operates operated offer offers offered manage manages managed deliver "
                       "delivers delivered began begun started set launched rolled introduced created developed lead "
                       "leads led".split())
_OF_NAME = lazy_compile(r"[ ]of[ ](?:the[ ])?[A-Z]")


def _glued(text, a, b):
    """Whether text[a:b] only joins two items of a list of bodies (", ", " and the ", ", and its ")."""
    glue = _FOUNDING_GLUE.match(text, a, b + 1)
    return glue is not None and glue.end() == b


def rule_operator_clauses(ctx, start, end, subject):
    """The body that runs or began a program, in the constructions of :data:`_RELATIVE_BODY`,
    :data:`_RUN_TOGETHER`, :data:`_CONTRACTED_TO` and :data:`_OF_BODY` (a government that began it initiates it)."""
    if subject is None or not ctx.orgs:
        return
    text = ctx.text
    words = words_of(text, start, end)
    relative = not words.isdisjoint(("that", "which")) and not words.isdisjoint(_RAN_WORDS)
    together = not words.isdisjoint(("run", "operate", "manage", "deliver", "lead"))
    signed = not words.isdisjoint(("signed", "agreed", "concluded"))
    contracted = not words.isdisjoint(("contracted", "commissioned", "appointed", "hired", "engaged", "chose",
                                       "selected", "asked"))
    of_body = "of" in words and _OF_NAME.search(text, start, end) is not None
    if not (relative or together or signed or contracted or of_body):
        return                           # most sentences: none of the constructions' words
    named = programs_in(ctx, start, end)
    spans = sorted(((s_, e_, p) for p in named for s_, e_ in _mentions_of(ctx, p) if start <= s_ and e_ <= end),
                   key=lambda x: (x[0], x[1]))

    def body_at(at):
        org = _org_named_at(ctx, at)
        if org is None:
            return None, at
        return org, max(e_ for s_, e_ in _mentions_of(ctx, org) if s_ == at)

    def add(program, org, verb, rule):
        if label_key(program.name) == label_key(org.name) or any(label_key(a) == label_key(org.name)
                                                                  for a in program.aliases):
            return
        government = bool(_GOVERNMENT_HEAD.search(org.name)) or not org.name[:1].isupper() and \
            org.name.split()[-1] in ("government", "ministry", "department")
        predicate = ICKG + ("initiatedBy" if government and (verb in _STARTED or verb is None) or verb in _FOUNDED
                            else "operatedBy")
        ctx.add(_program_node(program), predicate, node(org.name, ORGANIZATION), start, end, rule, 0.55)

    # a program named, then "which/that the BODY ran"; or the program referred to ("the project that X ran")
    for m in (_RELATIVE_BODY.finditer(text, start, end) if relative else ()):
        org, e_org = body_at(m.end())
        if org is None:
            continue
        bodies = [org]
        second = _AND_BODY.match(text, e_org, end)       # "which the Trust and the Council launched in 2013"
        if second:
            org2, e_org2 = body_at(second.end())
            if org2 is not None:
                bodies, e_org = [org, org2], e_org2
        v = _RAN_VERB.match(text, e_org, end)
        if v is None:
            continue
        before = [(s_, e_, p) for s_, e_, p in spans if e_ <= m.start() and _RELATIVE_GAP.fullmatch(text, e_, m.start())]
        if before:
            program = before[-1][2]
        elif _PROGRAM_BEFORE.search(text, max(start, m.start() - 80), m.start()):
            program = subject            # "the project that the Commission ran"
        else:
            continue
        for org in bodies:
            add(program, org, v.group("v"), "body's relative clause")
    # "A and B run the care support points"
    m = _RUN_TOGETHER.search(text, start, end) if together else None
    if m is not None:
        after = [p for s_, e_, p in spans if s_ >= m.end()]
        target = after[0] if after else (subject if _MODEL_WORDS.search(text, m.end() - 4, end) or
                                         _program_by_head(ctx, text[m.end():m.end() + 40].split(" ")[0]) else None)
        lead = _OPERATOR_LEAD.match(text, start, m.start())
        a = lead.end() if lead else start
        actors = _actors_in(ctx, a, m.start())
        if target is not None and actors and re.fullmatch(r"(?:(?:the|all|most|local)[ ])?", text[a:actors[0][2]], re.I) \
                and text[actors[-1][2] + len(actors[-1][0]):m.start()].strip() == "":
            for label, _, at in actors:
                org = _org_named_at(ctx, at)
                if org is not None:
                    add(target, org, "run", "bodies run it")
                elif not _GOVERNMENT_HEAD.search(label):
                    ctx.add(_program_node(target), ICKG + "operatedBy", node(label, ORGANIZATION), start, end,
                            "bodies run it", 0.55)
    # "Eastbrook Council and the Valley Health Trust signed an agreement in 2014 to create the network": the parties
    m = _SIGNED.search(text, start, end) if signed else None
    if m is not None:
        lead = _OPERATOR_LEAD.match(text, start, m.start())
        a = lead.end() if lead else start
        actors = _actors_in(ctx, a, m.start())
        if len(actors) >= 2 and re.fullmatch(r"(?:the[ ])?", text[a:actors[0][2]], re.I) and \
                all(_glued(text, x[2] + len(x[0]), y[2]) for x, y in zip(actors, actors[1:])) and \
                text[actors[-1][2] + len(actors[-1][0]):m.start()].strip() == "":
            after = [p for s_, e_, p in spans if s_ >= m.end()]
            target = after[0] if after else subject
            for label, type_, _ in actors:
                if label_key(label) != label_key(target.name):
                    ctx.add(_program_node(target), ICKG + "hasPartner", node(label, type_), start, end,
                            "parties to an agreement", 0.55)
    # "contracted X to manage the program"
    m = _CONTRACTED_TO.search(text, start, end) if contracted else None
    if m is not None:
        lead = re.match(r"(?:the|a|an)[ ]", m.group("who"))
        org, e_org = body_at(m.start("who") + (lead.end() if lead else 0))
        if org is not None and e_org == m.end("who"):
            after = [p for s_, e_, p in spans if s_ >= m.end()]
            target = after[0] if after else (subject if _MODEL_WORDS.search(text, m.end() - 4, end) else None)
            if target is not None:
                ctx.add(_program_node(target), ICKG + "operatedBy", node(org.name, ORGANIZATION), start, end,
                        "body contracted to run it", 0.55)
    # "the Hospital at Home program of the Mount Sinai Health System"
    for s_, e_, p in (spans if of_body else ()):
        o = _OF_BODY.match(text, e_, end)
        if o is None:
            continue
        org, e_org = body_at(o.end())
        if org is not None and org.name[:1].isupper() and org.source not in ("publisher",):
            add(p, org, None, "program of a body")


# Bodies that join or sign up to a program, as the subject of the clause: "Since 2005 family physicians
# in Alberta have joined Primary Care Networks", "hospitals, physician groups and post-acute care
# providers agree to be accountable for ...".
_JOINS = lazy_compile(r"[ ](?:have[ ]|has[ ]|had[ ]|can[ ]|may[ ]|must[ ])?(?:joined|join|joins|signed[ ]up|sign[ ]up|"
                      r"agree[ ]to|agreed[ ]to|take[ ]part|took[ ]part|participate|participated|enrolled[ ]in|"
                      r"opted[ ]in|volunteered)\b")


def rule_joiners(ctx, start, end, subject):
    """Partners that are the subject of a verb of joining (see :data:`_JOINS`)."""
    if subject is None or not words_of(ctx.text, start, end) & {"joined", "join", "joins", "signed", "sign", "agree",
                                                                "agreed", "part", "participate", "participated",
                                                                "enrolled", "opted", "volunteered"}:
        return
    text = ctx.text
    m = _JOINS.search(text, start, end)
    if m is None:
        return
    a = start
    for brk in re.finditer(r"[;:][ ]|,[ ](?:and|but|while|whereas)[ ]|[ ](?:in[ ]which|where|when|after|once)[ ]",
                           text[start:m.start()]):
        a = start + brk.end()
    if re.search(r"\b(?:patients|people|members|veterans|residents|enrollees|we|they|who|which|that)\b",
                 text[a:m.start()], re.I):
        return                            # who joins as a patient, or a relative clause
    lead = _OPERATOR_LEAD.match(text, a, m.start())
    a = lead.end() if lead else a
    under = re.match(r"(?:Under|Within|Through|In)[ ][^,]{1,40},[ ]", text[a:m.start()])
    a = a + under.end() if under else a   # "Under BPCI, hospitals, physician groups ... agree to"
    actors = [x for x in _actors_in(ctx, a, m.start()) if not _GOVERNMENT_HEAD.search(x[0])]
    if not actors or not re.fullmatch(r"(?:(?:the|all|most|many|some|local|participating)[ ])?", text[a:actors[0][2]], re.I):
        return                            # the clause opens with the bodies that join
    if not re.match(r"(?:[ ](?:in|up[ ]to|to))?[ ]?(?:the[ ]|a[ ]|an[ ]|one[ ]of[ ]|its[ ]|their[ ])?"
                    r"(?:[A-Z]|[\w\-]+[ ]?(?:[\w\-]+[ ])?(?:programmes?|programs?|networks?|schemes?|initiatives?|"
                    r"pilots?|models?|partnerships?)\b|be[ ](?:accountable|responsible|paid)\b)|[.;,]", text[m.end():end]):
        return                            # "join visits when needed": not the program
    after = programs_in(ctx, m.end(), end)
    target = after[0] if after else subject
    for label, type_, _ in actors:
        if label_key(label) != label_key(target.name):
            ctx.add(_program_node(target), ICKG + "hasPartner", node(label, type_), start, end, "joining subject", 0.55)


def _program_by_head(ctx, phrase):
    """The program a phrase calls by its head noun ("Each county", "Counties", "the communities" of
    "wellbeing services counties"), or None."""
    words = re.sub(r"^(?:(?:[Ee]ach|[Ee]very|[Tt]he|[Tt]hese|[Aa]ll|[Mm]any|[Mm]ost|[Ss]ome|[Ss]everal)[ ])+", "",
                   phrase.strip()).lower().split()
    if len(words) != 1:
        return None
    word = words[0]
    stem = word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else word
    for p in ctx.programs:
        last = p.name.split()[-1].lower()
        last_stem = last[:-3] + "y" if last.endswith("ies") else last[:-1] if last.endswith("s") else last
        if _words(p.name) >= 2 and stem == last_stem and len(stem) >= 4:
            return p
    return None


def _leading_name(ctx, who):
    """The organization or program whose name opens ``who`` when it is a clause ("CCO receives a
    global budget from the Oregon Health Authority and is responsible for": the CCOs), or None."""
    if " " not in who:
        return None
    for entity in (*ctx.orgs, *ctx.programs):
        for name in (entity.name, entity.label, *entity.aliases):
            if not name:
                continue
            forms = (name, name[:-1]) if re.fullmatch(r"[A-Z]{2,}s", name) else (name,)
            if any(who.startswith(f + " ") for f in forms):
                return entity
    return None


def rule_responsible(ctx, start, end):
    text = ctx.text
    sentence = text[start:end]
    words = words_of(text, start, end)
    for pattern, needed in zip(_RESPONSIBLE, _RESPONSIBLE_WORDS):
        if needed.isdisjoint(words):
            continue
        lo = start
        if pattern is _RESPONSIBLE[0] or pattern is _RESPONSIBLE[-1]:   # "X became responsible for": X is at
            at = sentence.find(" responsible for " if pattern is _RESPONSIBLE[0] else " responsibility for ")
            if at < 0:                                                   # most four words before
                continue
            lo = max(start, start + at - 60)
        for m in pattern.finditer(text, lo, end):
            who = re.sub(r"^(?:(?:In|Since|From|By)[ ](?:[A-Z][a-z]+[ ])?(?:19|20)\d\d,?[ ])?(?:\d+|the|The|Each|each)[ ]",
                         "", m.group("who").strip())   # "In 2012 the municipalities took over": the municipalities
            who = re.split(r"[ ]and[ ](?:is|are|was|were|has|have)\b", who)[0]
            who = re.sub(r"^(?:\d+[ ])", "", who)
            if re.search(r"[ ]and$", who):  # "Each CCO receives a budget from X and is responsible for": the CCO
                entity = _leading_name(ctx, re.sub(r"^(?:Each|Every|The|All)[ ]", "", sentence))
                if entity is None:
                    continue
            else:
                entity = next((o for o in ctx.orgs if o.name in who), None)
            who = entity.name if entity else who
            called = _program_by_head(ctx, who)
            if entity is None and called is not None:
                who = called.name         # "Each county is responsible for": the wellbeing services counties
            if entity is None and called is None and re.fullmatch(r"[a-z][a-z\-]*(?<!s)", who) and \
                    re.match(r"(?:Each|each|Every|every)[ ]", m.group("who").strip()):
                continue                  # "Each centre is responsible for": a body the text names no other way
            if re.match(r"(?:and|or|other|that|which|who)\b", who) or re.search(r"\b(?:that|which|who)$", who):
                continue                  # "... hospitals and other providers that is responsible for": no body named
            whats = [m.group("what")]
            if "responsible for" in m.group() and not re.search(r"\bwhich[ ](?:are|is)[ ]responsible", m.group()):
                whats = [w for w in re.split(r",[ ](?:and[ ])?|[ ]and[ ](?![\w\-]+[ ]of[ ])", m.group("what")) if w]
            if "commission" in m.group():
                whats = [w for w in re.split(r",[ ]|[ ]and[ ](?=some|[a-z]+[ ]services)", m.group("what")) if w]
            if len(whats) >= 2 and re.fullmatch(r"[a-z]+(?:al|ary|ed|ic|ive)", whats[0]):
                head = re.match(r"[a-z\-]+[ ](?P<h>.+)$", whats[-1])    # "primary and specialised health care",
                if head:                                                  # "physical, behavioral and dental care"
                    whats = [f"{w} {head.group('h')}" if re.fullmatch(r"[a-z]+(?:al|ary|ed|ic|ive)", w) else w
                             for w in whats]
            for what in whats:
                what = re.sub(r"^(?:[\w\-]+[ ]){1,4}?[\w\-]+:[ ]", "", what)   # "two new benefits: Enhanced Care ..."
                what = tidy(re.split(r"[ ]for[ ]their[ ]|[ ]in[ ]the[ ]|[ ]and[ ]is[ ]|[ ]in[ ](?:its|their)[ ]"
                                     r"(?:area|region|territory)s?\b", what)[0])
                if "responsib" in m.group() and _NAMED_SERVICE.fullmatch(what) and not _GOVERNMENT_HEAD.search(who) \
                        and not any(label_key(what) == label_key(pl.place.name) for pl in ctx.places):
                    ctx.add(node(what, PROGRAM), ICKG + "operatedBy", node(who, ORGANIZATION), start, end,
                            "responsible for the program", 0.55)   # "Enhanced Care Management": a named service
                    continue                                        # no recogniser knew, not a sector
                if _names_program(ctx, what):
                    # "Wraparound Milwaukee is run by the Division": its operator, not a sector; "managed care plans
                    # have been responsible for two new benefits: Enhanced Care Management and ...": they run it
                    run = _program_named(ctx, what) if "responsib" in m.group() else None
                    if run is not None and _words(who) <= 8 and not _GOVERNMENT_HEAD.search(who) and \
                            label_key(who) != label_key(run.name):
                        ctx.add(_program_node(run), ICKG + "operatedBy", node(who, ORGANIZATION), start, end,
                                "responsible for the program", 0.55)
                    continue
                if 1 <= _words(what) <= 8 and _words(who) <= 8:
                    ctx.add(node(who, ORGANIZATION), ICKG + "responsibleFor", node(what, SECTOR), start, end,
                            "responsible for", 0.6)


_PROGRAM_REFERENCE = lazy_compile(r"(?:(?:the|this|its|our)[ ](?:[a-z\-]+[ ]){0,2}?)?(?:network|programme|program|model|pilot|"
                                  r"scheme|initiative|project|partnership)s?", re.I)


_NAMED_SERVICE = lazy_compile(r"[A-Z][\w\-]+(?:[ ][A-Z][\w\-]+)+")


def _program_named(ctx, what):
    """The program the document names as ``what`` (by its name or an alias), or None."""
    key = label_key(re.sub(r"^(?:the|The)[ ]", "", what))
    return next((p for p in ctx.programs if key in {label_key(x) for x in (p.name, p.label, *p.aliases) if x}), None)


def _names_program(ctx, what):
    """Whether ``what`` is a program the document names, or a reference to one ("the network")."""
    key = label_key(re.sub(r"^(?:the|The)[ ]", "", what))
    return bool(_PROGRAM_REFERENCE.fullmatch(what) or any(
        key in {label_key(x) for x in (p.name, p.label, *p.aliases) if x} for p in ctx.programs))


# The words each of _RESPONSIBLE needs (one at least): a sentence without any is not searched.
_RESPONSIBLE_WORDS = [frozenset(w.split()) for w in (
    "responsible", "run runs manage manages operate operates own owns", "responsible", "responsibility", "run",
    "provide", "commission", "responsibility")]


# A program's parts listed after a verb of having or giving: "Health homes provided comprehensive care
# management, care coordination, health promotion ...", "The model relies on X, Y and Z".
_PARTS_VERB = lazy_compile(r"\b(?:(?:components|elements|features|pillars|ingredients|strands|building[ ]blocks)"
                           r"(?:[ ]of[ ](?:the|this|its|their)[ ](?:[\w\-]+[ ]){0,3}?[\w\-]+)?[ ](?:are|were|include|included|"
                           r"includes|comprise|comprised|consist[ ]of|consisted[ ]of)(?:[ ]the[ ]following)?:?|"
                           r"provides?|provided|offers?|offered|includes?|included|relies[ ]on|relied[ ]on|"
                           r"rely[ ]on|combines?|combined|consists?[ ]of|comprises?|comprised|introduced|introduces|"
                           r"features?|featured|is[ ]built[ ]on|was[ ]built[ ]on|adds?|added|employs?|employed|"
                           r"(?:is|are|was|were)[ ](?:\w+ly[ ])?(?:built|organi[sz]ed|cent(?:red|ered))[ ]around|"
                           r"(?<=[a-z][ ])(?:rests|rest|rested)[ ]on(?![ ](?:\w+[ ])?(?:pillars|components|elements|principles)\b)|"
                           r"uses|used|deploys?|deployed|delivers?|delivered|(?:covers?|covered)(?=[ ][^.;:,]{1,60},[ ](?!and|but|or|which|who|while|including|with)\b)|"
                           r"(?:gives?|gave|offers?|assigns?)[ ](?:each|every|all|its)[ ](?:[\w\-]+[ ]){1,3}?(?=an?[ ])|"
                           r"pairs[ ](?:each|every)[ ](?:[\w\-]+[ ]){1,2}?with|"
                           r"(?<=[Aa]t[ ]its[ ])(?:centre|center|core|heart)[ ](?:is|are|lies|lie|sits|stands?)|"
                           r"(?<=also[ ])(?:runs|keeps|holds|hosts|organi[sz]es)|"
                           r"(?<=[A-Za-z][ ])(?:has|have)(?=[ ](?:an?|its[ ]own|their[ ]own)[ ](?:[\w\-]+[ ]){0,3}"
                           r"(?:council|committee|board|forum|panel)s?\b)|(?<=They[ ])get|receives?|(?:must|will|also|each)[ ]ha(?:ve|s)|rests?[ ]on[ ](?:\w+[ ])?"
                           r"(?:pillars|components|elements|principles)(?=:)|(?:pillars|components|elements|principles|"
                           r"features|characteristics|core[ ]services|building[ ]blocks|strands|missions|functions|tasks)"
                           r"(?:[ ]\w+){0,3}(?=:))[ :]+"
                           r"(?P<list>[^.;]+)")
# "Its core components were A, B and C", "Key features include ...", "The elements of the model are ...":
# the list names the parts of what the sentence is about.
_NAMED_PARTS = lazy_compile(r"(?:components|elements|features|pillars|ingredients|strands|building[ ]blocks)"
                            r"(?:[ ]of[ ][^:]*?)?[ ](?:are|were|include|included|includes|comprise|comprised|consist|consisted)\b")
_ITEM_SPLIT = lazy_compile(r",[ ](?:and[ ]|or[ ])?|[ ]and[ ](?=an?[ ][a-z0-9])|[ ]and[ ](?=(?:an?[ ]|the[ ])?[a-z][\w\-]*(?:[ ][a-z][\w\-]*){0,2}"
                           r"(?:[ ](?:by|for|after|between|with|of|to)[ ][^,]+)?$)")
_ITEM_CUT = lazy_compile(r"[ ](?:will|would|is|are|was|were|can|could|must)[ ]|[ ](?:to[ ](?:reach|help|support|keep|make|ensure)|so[ ]that|which|who|that[ ]|in[ ]order|including|"
                         r"delivered[ ]by|embedded[ ]in|rather[ ]than|instead[ ]of|across|when|where|whose|while|because)\b")
_NOT_PART = lazy_compile(r"^(?:(?:[\w\-]+[ ]){0,3}(?:budget|payment|grant|fee|allocation|capitation)s?\b|"
                         r"\d|more|less|about|around|up[ ]to|over|some|many|most|all|both|each|every|other|"
                         r"such|these|those|this|that|it|them|they|their|services?$|care$|support$|access|"
                         r"funding|money|payments?$)\b")
_RECIPIENTS = lazy_compile(r"(?:^|(?<=[.;:]\s)|(?<=\n))(?:[Ee]ach[ ]|[Ee]very[ ]|[Ee]nrolled[ ]|[Nn]ew[ ])?(?:patients?|members?|"
                           r"participants?|enrollees?|clients?|families|veterans?|residents?)[ ](?:also[ ])?(?:receives?|gets?|"
                           r"(?:are|is)[ ](?:offered|given)|(?:have|has)[ ]access[ ]to)[ ](?:enough[ ]|an?[ ]|the[ ])?", re.I)
_WILL_HAVE = lazy_compile(r"\b(?:must|will|also|each)[ ]ha(?:ve|s)\b")
_BULLET_LEAD = lazy_compile(r"(?:^|\n)[ \t]*[-•·▪*–][ \t]+$")


_PARTS_WORDS = frozenset("ingredients employ employs employed uses used deploy deploys deployed must pillars get receive receives "
                         "around rests rest rested missions functions tasks "
                         "give gives gave assign assigns pairs centre center runs keeps holds hosts "
                         "organises organizes "
                         "deliver delivers delivered features characteristics "
                         "components elements principles services blocks strands "
                         "provide provides provided offer offers offered include includes included relies relied rely "
                         "combine combines combined consist consists comprise comprises comprised introduced "
                         "introduces feature features featured built add adds added cover covers covered".split())
_ENABLER_WORDS = frozenset("enabler enablers precondition preconditions prerequisite prerequisites driver drivers "
                           "foundation foundations facilitator facilitators condition rests rest rested depends "
                           "depend depended relies relied".split())
_LIST_NOT = lazy_compile(r"(?:under|in|by|at|to|from|as|into|on|with|for|that|this|these|it|them|him|her|"
                         r"more|less|no|not|only|about|up)\b")
_LIST_END = lazy_compile(r",[ ]and[ ](?:its|their|the|each)[ ][\w\-]+[ ](?:is|are|was|were|has|have|had)[ ]|"
                         r",[ ](?:which|who|where|a|an|the[ ]\w+[ ](?:of|for))[ ]|[ ](?:under|including|such[ ]as|covering|"
                         r"in[ ]the[ ]hope|so[ ]that|because)[ ]|[ ]\(")
_PROGRAM_WORDS = lazy_compile(r"\b(?:model|frameworks?|programmes?|programs?|initiatives?|interventions?|approach|schemes?|pilots?|networks?|partnerships?|"
                              r"teams?|homes|services?|system|strategy|plan|it|they|each|which|its[ ]\w+|"
                              r"(?:her|his|their)[ ](?:work|role|job|remit|duties))\b", re.I)


_STAFF_SUBJECT = lazy_compile(r"\s*(?:(?:The|the|Its|its|Their|their|Each|each|Trained|trained)[ ])?(?:[\w\-]+[ ]){0,2}?"
                              r"(?:volunteers|nurses?|care[ ]managers?|case[ ]managers?|coordinators?|coaches|navigators?|"
                              r"teams?|staff|specialists?|workers|pharmacists|therapists|psychiatrists?|practitioners|"
                              r"physicians|doctors|GPs)[ ](?:also[ ]|then[ ]|usually[ ])?", re.I)


# The providers a program designates or enrols, as the subject of what they offer.
_PARTICIPANTS = lazy_compile(r"\s*(?:(?:The|the|Each|each|Every|every|All|all)[ ])?(?:[Dd]esignated|[Pp]articipating|[Ee]nrolled|"
                             r"[Cc]ertified|[Aa]ccredited|[Rr]ecogni[sz]ed|[Cc]ontracted|[Ss]elected|[Aa]pproved|[Pp]ilot)[ ]"
                             r"(?:[\w\-]+[ ])?(?:practices?|clinics?|sites?|teams?|providers?|hospitals?|centres?|centers?|"
                             r"homes?)[ ](?:also[ ]|then[ ]|now[ ]|must[ ]|will[ ])?")


# The units a program is made of, as a sentence's whole subject: "Practices offer A, B and C", "Each unit
# provides ...", in a document about the program, are the program at work.
_PROVIDER_UNITS = lazy_compile(r"\s*(?:(?:The|Each|Every|All|Its|Their|Our|Member)[ ])?(?:[Pp]ractices|[Cc]linics|[Uu]nits|[Cc]entres|"
                               r"[Cc]enters|[Ss]ites|[Hh]ubs|[Gg]roups|[Pp]ractice|[Cc]linic|[Uu]nit|[Cc]entre|[Cc]enter|[Ss]ite|[Hh]ub)[ ]"
                               r"(?:also[ ]|then[ ]|now[ ]|must[ ]|will[ ]|typically[ ]|usually[ ]|all[ ])?")


def _about_program(ctx, start, verb_at):
    """True when what comes before the verb of a list (in its clause) is the program: named, or a
    program word ("The model relies on", "Health homes provided", "Each PHN will have")."""
    clause = max(ctx.text.rfind(", ", start, verb_at), ctx.text.rfind("; ", start, verb_at), start)
    if any(clause <= s < verb_at for p in ctx.programs for s, _ in _mentions_of(ctx, p)):
        return True
    if _STAFF_SUBJECT.fullmatch(ctx.text, clause, verb_at) or _PARTICIPANTS.fullmatch(ctx.text, clause, verb_at) or (
            clause == start and _PROVIDER_UNITS.fullmatch(ctx.text, clause, verb_at)):
        return True                       # "Volunteers deliver ...", "The care manager offers ...": its staff at work;
        #                                   "Designated practices offer ...": the providers it designates
    if re.fullmatch(r"[,;]?[ ]*which[ ](?:also[ ])?", ctx.text[clause:verb_at]) and clause > start:
        # "X set up centers, which employ A, B and C": which is the centers unless a program ends right there
        return any(clause - 2 <= e <= clause + 1 for p in ctx.programs for _, e in _mentions_of(ctx, p))
    return bool(_PROGRAM_WORDS.search(ctx.text, clause, verb_at)) and not re.search(
        r"\b(?:priorities|objectives|aims|goals|outcomes|results|findings|barriers|studies|we|patients|clinicians)\b",
        ctx.text[clause:verb_at], re.I)


def _part_items(text, s, e):
    """(start, end) of the items of the list text[s:e]. The list ends with the item after its closing ", and"
    or ", or": what follows is that item's own ("..., and rehabilitation for people discharged after a stroke,
    a hip fracture or a heart attack": the strokes and fractures are no items)."""
    items, at, closed = [], s, False
    for m in _ITEM_SPLIT.finditer(text, s, e):
        items.append((at, m.start()))
        at = m.end()
        if closed:
            return _trimmed_items(text, items)
        closed = len(items) >= 3 and m.group().startswith((", and", ", or"))   # "A, B, and C": a list of three or more
    items.append((at, e))
    return _trimmed_items(text, items)


def _trimmed_items(text, items):
    out = []
    for a, b in items:
        cut = _ITEM_CUT.search(text, a, b)
        b = cut.start() if cut else b
        while a < b and text[a] == " ":
            a += 1
        lead = re.match(r"(?:an?|the|its|their|his|her|our|weekly|daily|monthly|regular)[ ]", text[a:b])
        if lead and lead.group().strip() in ("a", "an", "the", "its", "their", "his", "her", "our"):
            a += lead.end()
        out.append((a, b))
    return out


def _component_node(ctx, a, b):
    label = tidy(ctx.text[a:b])
    klass, iri = MECHANISM, None
    for m in ctx.mentions_in(a, b + 1):
        if m.end <= b + 1:
            k = m.iri if m.iri.startswith(ICKG) else (m.target.fallback if m.target and m.target.fallback else None)
            if m.iri == SCHEME + "who-ipchs/care-pathways":
                k = MECHANISM
            if k in MECHANISM_CLASSES:
                klass, iri = k, m.iri
                break
    return node(label, klass, iri)


def _is_actor_or_people(ctx, a, b):
    phrase = ctx.text[a:b]
    if _ACTOR_NP.fullmatch(phrase) or ctx.populations_in(a, b):
        return True
    return bool(ctx.places_in(a, b)) or any(
        a <= s and e <= b for o in ctx.orgs for s, e in _mentions_of(ctx, o))


_ITEM = (r"(?:an?[ ]|the[ ])?(?!(?:and|each|every|in|at|on)\b)(?:[a-z][\w\-]*|[A-Z]{2,5}s?)"
         r"(?:[ ](?!(?:and|is|are|was|were|each|every|in|at|the)\b)(?:[a-z][\w\-]*|[A-Z]{2,5}s?)){0,3}")
_PEOPLE_LIST = rf"(?P<list>{_ITEM}(?:,[ ]{_ITEM})*,?[ ]and[ ](?:four[ ]to[ ]six[ ]|\d+[ ]to[ ]\d+[ ])?{_ITEM})"
# A team and who is in it: "A team is made up of a physician, a nurse ... and a pharmacist", "a team of
# nurses, a pharmacist and a GP", "the physician, a care manager and a specialist work as one team".
_TEAM_OF = lazy_compile(r"\b(?P<team>(?:(?!(?:will|would|can|lead|leads|led|an?|the|is|are|was|were|and|of|with|by|to|"
                        r"each|every|one|joined|joins|join|form|forms|formed)\b)[a-z][\w\-]*[ ]){0,3}team)[ ](?:is[ ]|was[ ])?"
                        r"(?:made[ ]up[ ]of|composed[ ]of|consisting[ ]of|comprising|of)[ ]")
_PEOPLE_LIST_AT = lazy_compile(_PEOPLE_LIST + r"\b")
_PEOPLE_LIST_END = lazy_compile(r"(?<![\w\-])" + _PEOPLE_LIST + r"$")
_CLAUSE_START = lazy_compile(r",[ ]and[ ]|;[ ]|:[ ]")
_AS_ONE_TEAM = lazy_compile(r"[ ]works?[ ](?:together[ ])?as[ ](?:one|a|a[ ]single)[ ](?:[\w\-]+[ ])?team\b")
_TEAM_PEOPLE = lazy_compile(r"\b(?:physicians?|doctors?|nurses?|GPs?|pharmacists?|social[ ]workers?|therapists?|assistants?|"
                            r"workers|specialists?|managers?|clerks?|psychiatrists?|psychologists?|dietitians?|"
                            r"coordinators?|practitioners?)\b")


_PARENTHESES = lazy_compile(r"[ ]?\([^()]*\)")
_ARTICLE = lazy_compile(r"^(?:the|a|an)[ ]")


def rule_team(ctx, start, end, subject):
    """The make-up of a program's team, one component: who works in it."""
    text = ctx.text
    if "team" not in text[start:end]:
        return
    # the sentence without its parentheses: "a technical assistant (ATAP), a clerk" lists people
    local = _PARENTHESES.sub("", text[start:end])
    found = []
    for m in _TEAM_OF.finditer(local):           # "a team of A, B and C": the list after the head
        people = _PEOPLE_LIST_AT.match(local, m.end())
        if people:
            found.append((m.group("team"), people.group("list")))
    for m in _AS_ONE_TEAM.finditer(local):       # "A, B and C work as one team": the list before, in its clause
        before = local[max(0, m.start() - 160):m.start()]
        before = _CLAUSE_START.split(before)[-1]
        people = _PEOPLE_LIST_END.search(before)
        if people:
            found.append(("team", people.group("list")))
    for team, people in found:
        if not _TEAM_PEOPLE.search(people):
            continue
        if any(st.predicate == ICKG + "hasComponent" and st.start == start and
               label_key(st.object.get("label", "")) in (label_key(team), label_key(team + "s")) for st in ctx.out):
            continue                      # "an integrated care team" is already the component
        label = _ARTICLE.sub("", f"{team} of {people}")
        team_node = node(label, ICKG + "InterdisciplinaryTeam")
        if _words(team) >= 2:
            team_node["aliases"] = [team]
        ctx.add(_program_node(subject), ICKG + "hasComponent", team_node, start, end, "team", 0.6)


# The words that end a list on its left: a verb or a preposition before its first item ("offers A, B and C",
# "connects them with A, B and C", "such as A, B and C"), or a clause mark.
_LIST_OPENER = lazy_compile(r"(?:^|[:;(]|[ ](?:such[ ]as|including|include|includes|included|offer|offers|offered|provide|"
                            r"provides|provided|get|gets|receive|receives|combines?|combined|delivers?|delivered|uses?|"
                            r"used|runs?|ran|added|adds|comprises?|comprising|features?|introduced|introduces))[ ]")
# The commas between a list's items, the last one with its "and" or "or" ("A, B, and C").
_LIST_COMMA = lazy_compile(r",[ ](?:and[ ]|or[ ])?")
_SIBLING_VERB = lazy_compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|must|do|does|did|been|being)\b")


def _siblings(text, a, b, start, end):
    """(start, end) of the other items of the list whose whole item ``text[a:b]`` is, if it is one: the
    chunks commas separate from it (the last after ", and" / ", or" / " and "), between the list's opener on
    the left ("offers A, B and C", "such as A, B and C") and the clause's end on the right. A list has
    three items or more; no item holds a verb or more than eight words."""
    left = start                          # a list may open its sentence: "Case management, medication reviews and ..."
    for m in _LIST_OPENER.finditer(text, start, a):
        left = m.end()
    if "," not in text[left:a + 1] + text[b:min(end, b + 2)]:
        return []
    right_edge = clause_end(text, b, end)
    stop = re.search(r"[.;:()]|[ ](?:to|so|that|which|who|whom|where|when|because|but|while|in[ ]order)[ ]", text[b:right_edge])
    if stop:
        right_edge = b + stop.start()
    chunks, at = [], left
    for m in _LIST_COMMA.finditer(text, left, right_edge):
        chunks.append((at, m.start()))
        at = m.end()
    last = text[at:right_edge]
    final = re.search(r"[ ](?:and|or)[ ]", last)
    if final and not chunks[-1:] or final and not re.search(r",[ ](?:and|or)[ ]", text[left:right_edge]):
        chunks.append((at, at + final.start()))          # "A, B and C": B ends at its "and"
        at = at + final.end()
    chunks.append((at, right_edge))
    chunks = [(x + len(lead.group()) if (lead := _ARTICLE_LEAD.match(text[x:y])) else x, y) for x, y in chunks]
    if len(chunks) < 3 or not any(x == a and y >= b for x, y in chunks):
        return []                         # the rule's component opens an item, or no list is read here
    if any(_SIBLING_VERB.search(text, x, y) or not 1 <= _words(text[x:y]) <= 8 for x, y in chunks):
        return []
    return [(x, y) for x, y in chunks if not (x == a and y >= b)]


# An item that names people (a team's members), not a service: "a nurse, a social worker and a pharmacist".
_PERSON_END = lazy_compile(r"\b(?:physicians?|doctors?|nurses?|GPs?|pharmacists?|workers?|therapists?|assistants?|"
                           r"specialists?|managers?|clerks?|psychiatrists?|psychologists?|dietitians?|coordinators?|"
                           r"practitioners?|aides?|officers?|associates?|navigators?|coaches|coach|counsell?ors?)$")


# The sentence roles whose sentences the component rules do not read: a barrier's or a goal's words
# are not parts the program has, a recommendation's not yet. An outcome sentence is read: a finding
# can name a part as it reports a result ("we found that the partnerships ... introduced shared care
# pathways"); opened to barrier sentences the rules proposed 8 components on train, 2 right.
_CLOSED_TO_PARTS = ("barrier", "recommendation", "goal", "title", "study")


def rule_list_siblings(ctx, start, end, subject, role):
    """The other items of a list one of whose items a rule took for a component of the program: "The farm
    offers diabetes self-management education, visits with a dietitian and care from a nurse" is three
    components, however the lexicon knows only the first (issue 12: enumerations split one per item)."""
    if subject is None or role in _CLOSED_TO_PARTS:
        return
    text = ctx.text
    found = [st for st in ctx.out if st.predicate == ICKG + "hasComponent" and st.start == start and st.end == end]
    done = {label_key(st.object.get("label", "")) for st in found}
    lowered = text[start:end].lower()
    for st in found:
        label = st.object.get("label", "")
        at = lowered.find(label.lower())
        if at < 0 or not label:
            continue
        a = start + at
        for x, y in _siblings(text, a, a + len(label), start, end):
            item = tidy(text[x:y])
            if any(f" {label_key(item)} " in f" {k} " for k in done):
                continue                  # a word of a component already stated ("clinician" of "access to a clinician")
            if not (1 <= _words(item) <= 8) or not item[:1].islower() or label_key(item) in done \
                    or _PERSON_END.search(item) \
                    or any(e.kind == "condition" and x <= e.start < y for e in ctx.entities) \
                    or _NOT_PART.match(item) or _is_actor_or_people(ctx, x, y) or _is_funding(ctx, x, y) \
                    or ctx.places_in(x, y):
                continue
            done.add(label_key(item))
            ctx.add(st.subject, ICKG + "hasComponent", _component_node(ctx, x, y), start, end, "listed sibling", 0.5)


# An item said not to be there, and a lead that gives examples rather than the part.
_NEGATED_ITEM = lazy_compile(r"\b(?:not|never|no[ ]longer)[ ](?:[a-z]+[ ]){0,2}$")
_NOT_ITEM = lazy_compile(r"(?:(?:but|and|or|yet)[ ])?not[ ]")
_EXAMPLE_LEAD = lazy_compile(r"(?:things|services|activities)[ ](?:like|such[ ]as)[ ]")


def rule_parts(ctx, start, end, subject, role):
    """Components a sentence lists for ``subject`` (see :data:`_PARTS_VERB`), and the items of a
    bulleted list under a line that announces them ("What patients can expect:")."""
    if subject is None or role in _CLOSED_TO_PARTS:
        return
    text = ctx.text
    found, marked = [], None
    words = words_of(text, start, end)
    m = _PARTS_VERB.search(text, start, end) if not _PARTS_WORDS.isdisjoint(words) or (
        not words.isdisjoint(("have", "has")) and (_WILL_HAVE.search(text, start, end) or _HAS_BODY.search(text, start, end))) else None
    having = m is not None and bool(_HAVE_HAS.search(text[m.start():m.start("list")]))
    recipients = None
    if not words.isdisjoint(("receive", "get", "offered", "given", "access")):
        recipients = _RECIPIENTS.search(text, start, end)   # "Patients receive A, B and C": what the program gives
        if recipients is not None:
            m = None
    if m and re.search(r"\bto[ ]$", text[max(start, m.start() - 3):m.start()]):
        m = None                          # "to provide primary care": a purpose, not the program's parts
    announced = m is not None and _NAMED_PARTS.match(m.group()) or m is not None and m.group()[:1] in "pcefs" and re.match(
        r"(?:pillars|components|elements|principles|features|characteristics|core|building|strands)\b", m.group()) \
        and re.search(r"\b(?:model|programme|program|intervention|approach|network|initiative|scheme)\b", m.group())
    if m and not searched(_BARRIER_CUES, text, start, end) and not _LIST_NOT.match(text, m.start("list")) \
            and (announced or _about_program(ctx, start, m.start())):
        list_end = min(end, m.end("list"))
        for cut in _LIST_END.finditer(text, m.start("list"), end):
            if re.match(r",[ ]an?[ ]", cut.group()) and not re.search(r"[A-Z][\w\-]*$", text[m.start("list"):cut.start()]):
                continue                  # "rapid assessment at home, a named key worker": the next item
            list_end = cut.start()        # "Ontario Health, a provincial agency": an apposition ends the list
            break
        marked = _marked_items(text, m.start("list"), end)
        found = marked or _semicolon_items(text, m.end("list"), end, m.start("list")) \
            or [(a, b) for a, b in _part_items(text, m.start("list"), list_end)]
        verb = text[m.start():m.start("list")]
        if _AROUND_VERB.search(verb) and ":" not in verb and _ITEM_CUT.search(text, m.start("list"), list_end):
            found = found[:1]
    elif recipients is not None and not searched(_BARRIER_CUES, text, start, end):
        list_end = end
        for cut in _LIST_END.finditer(text, recipients.end(), end):
            list_end = cut.start()
            break
        found = [(a + len(lead.group()) if (lead := re.match(r"(?:together[ ]with|along[ ]with|as[ ]well[ ]as|plus)[ ]"
                                                             r"(?:an?[ ]|the[ ])?", text[a:b])) else a, b)
                 for a, b in _part_items(text, recipients.end(), list_end)]
    elif _BULLET_LEAD.search(text, max(0, start - 6), start):
        intro = text.rfind(":", 0, start)
        line_start = text.rfind("\n", 0, intro) + 1
        if intro > 0 and text.count("\n", intro, start) <= 16 and \
                re.search(r"\b(?:expect|include|includes|offer|offers|provide|provides|components?|features?|"
                          r"elements?|services|will)\b", text[line_start:intro], re.I) and \
                all(re.match(r"[ \t]*(?:[-•·▪*–][ \t]+|$)", text[ls:le])
                    for ls, le in _lines_between(text, intro + 1, start)):
            found = _part_items(text, start, end)
    for a, b in found:
        lead = _EXAMPLE_LEAD.match(text, a, b)
        a = lead.end() if lead else a     # "things like in-home therapy": the therapy
        if _NEGATED_ITEM.search(text, max(start, a - 30), a) or _NOT_ITEM.match(text, a, b):
            continue                      # "it does not deliver care itself", "for each pathway, not for each visit"
        label = tidy(text[a:b])
        if not (1 <= _words(label) <= (12 if marked else 8)) or not (label[:1].islower() or _ROUND_THE_CLOCK.match(label)) or \
                _NOT_PART.match(label) or re.fullmatch(r"[a-z\-]+(?:ive|al|ous|ic|ful|ary)", label) \
                or _is_actor_or_people(ctx, a, b) and not (having and _GOVERNANCE_PART.fullmatch(label)) \
                or _is_funding(ctx, a, b):
            continue
        ctx.add(_program_node(subject), ICKG + "hasComponent", _component_node(ctx, a, b), start, end,
                "listed component", 0.5)


# A heading over a bulleted list that says what its items are: a program's parts ("How it works", "What
# you will do", "Core services") or what holds it back ("What still gets in the way", "Early problems").
_PART_HEADING = lazy_compile(r"\b(?:how[ ](?:it|they|the[ ]\w+)[ ]works?|components?|core[ ]elements|key[ ]elements|"
                             r"key[ ]features|core[ ]services|what[ ](?:it|they)[ ](?:offers?|provides?|includes?))\b")
_BARRIER_HEADING = lazy_compile(r"\b(?:barriers?|obstacles?|challenges|problems|difficulties|hurdles|in[ ]the[ ]way|"
                                r"holds?[ ](?:it|them)[ ]back|(?:did|does|do)[ ]not[ ]go[ ](?:so[ ])?well|what[ ]hindered)\b")
_ITEM_LABEL_END = lazy_compile(r":[ ]|[ ](?:is|are|was|were|work|works|worked|recorded|given|used|offered|run|led|"
                               r"provided|delivered|held)[ ]|,[ ](?:chiefly|mainly|mostly|usually|often)[ ]")


# The clauses of a sentence in a section headed as what held the program back ("What got in the way",
# "Challenges", "Barriers"), each a barrier: "Paramedics were not always able to reach family physicians, and some
# residents did not want their results shared."
_BARRIER_CLAUSE_SPLIT = lazy_compile(r",[ ](?:and|but)[ ](?=[a-z]+[ ]|[A-Z])|;[ ]")
_MADE_IT_HARD = lazy_compile(r"[ ](?:made|makes|make|have[ ]made|has[ ]made)[ ]it[ ](?:hard|harder|difficult|more[ ]difficult)\b")
_SECTION_NOT_BARRIER = lazy_compile(r"\b(?:solved|overcame|overcome|addressed|helped|eased|resolved|improved|succeeded|"
                                    r"worked[ ]well)\b")


def rule_section_barriers(ctx, start, end, subject):
    """Barriers of ``subject`` said in a section whose heading names them (see :data:`_BARRIER_HEADING`),
    outside bulleted lists (:func:`rule_heading_items`); the first barrier is returned."""
    text = ctx.text
    if subject is None or _BULLET_LEAD.search(text, max(0, start - 6), start):
        return None
    heading = ctx.section_of(start)
    if not heading or not _BARRIER_HEADING.search(heading) or _SECTION_NOT_BARRIER.search(text, start, end):
        return None
    if any(st.predicate == ICKG + "facesBarrier" and st.start == start for st in ctx.out):
        return None                      # the barrier rules read this sentence already
    if _words(text[start:end]) < 10 and re.search(r"\b(?:difficult(?:y|ies)|problems|challenges|barriers|obstacles)\b",
                                                  text[start:end]):
        return None                      # "Officials were open about the difficulties": what the section is about
    first, at = None, start
    bounds = [(m.start(), m.end()) for m in _BARRIER_CLAUSE_SPLIT.finditer(text, start, end)] + [(end, end)]
    for a, b in bounds:
        whole = tidy(text[at:a].strip().rstrip("."))
        made = _MADE_IT_HARD.search(text, at, a)     # "Short-term grants made it hard to keep ...": the grants,
        label = tidy(text[at:made.start()].strip()) if made else whole      # or what they made hard
        at = b
        if not 3 <= _words(whole) <= 16 or not label:
            continue
        barrier = node(label, BARRIER)
        if label != whole:
            barrier["aliases"] = [whole, tidy(text[made.end():a].strip().rstrip("."))]
        found = ctx.add(_program_node(subject), ICKG + "facesBarrier", barrier, start, end, "barrier section", 0.5)
        first = first or found
    return first and first.object


def rule_heading_items(ctx, start, end, subject, role):
    """A bulleted item under a heading that says what the items are: each a component or a barrier of
    ``subject``, labelled by its noun phrase (up to a colon or a verb: "Stepped care: ..."). An item
    that opens with a verb ("carry out an assessment") or names people is left to the other rules."""
    text = ctx.text
    if subject is None or role in ("recommendation", "title", "study", "goal") or \
            not _BULLET_LEAD.search(text, max(0, start - 6), start):
        return
    heading = ctx.section_of(start)
    barrier = _BARRIER_HEADING.search(heading)
    if not barrier and not _PART_HEADING.search(heading):
        return
    item_end = end
    while item_end > start and text[item_end - 1] in " .;,":
        item_end -= 1
    cut = _ITEM_LABEL_END.search(text, start, item_end)
    label = tidy(text[start:cut.start() if cut and not barrier else item_end])
    first = label.split(" ", 1)[0]
    if not (2 <= _words(label) <= (12 if barrier else 8)) or first.lower() in _BASE_VERBS or \
            (first[1:2].isupper() and not barrier) or _is_actor_or_people(ctx, start, start + len(first)):
        return
    label = label[:1].lower() + label[1:] if label[1:2].islower() else label
    if barrier:
        ctx.add(_program_node(subject), ICKG + "facesBarrier", node(label, BARRIER), start, item_end,
                "barrier under heading", 0.6)
    elif not _is_funding(ctx, start, item_end):
        ctx.add(_program_node(subject), ICKG + "hasComponent", node(label, MECHANISM), start, item_end,
                "component under heading", 0.6)


def _is_funding(ctx, a, b):
    """True when text[a:b] is a funding model the vocabulary names ("shared savings"): how the program is
    paid (rule_concepts records it), not one of its parts."""
    for m in ctx.mentions_in(a, b + 1):
        k = m.iri if m.iri.startswith(ICKG) else (m.target.fallback if m.target and m.target.fallback else None)
        if k in FUNDING_CLASSES and m.start <= a + 4 and m.end >= b - 1:
            return True
    return False


# A body a program must have or has as its own, "Every CCO has a community advisory council", "Each PHN will
# have a clinical council": a part of its governance, though the body is also an actor.
_HAS_BODY = lazy_compile(r"\bha(?:s|ve)[ ](?:an?|its[ ]own|their[ ]own)[ ](?:[\w\-]+[ ]){0,3}(?:council|committee|board|forum|panel)s?\b")
_GOVERNANCE_PART = lazy_compile(r"(?:[\w\-]+[ ]){0,3}(?:council|committee|board|forum|panel)s?")


# "24-hour on-call cover": a part that opens with a figure of availability, not a count.
_ROUND_THE_CLOCK = lazy_compile(r"24-hour[ ][a-z]")
# "is built around a team that holds responsibility for A, B and C": the verb names one part, and what a
# relative clause after it lists belongs to that clause.
_AROUND_VERB = lazy_compile(r"(?:is|are|was|were)[ ](?:\w+ly[ ])?(?:built|organi[sz]ed|cent(?:red|ered))[ ]around|"
                            r"(?:rests|rest|rested)[ ]on\b")
_SEMICOLON = lazy_compile(r";[ ]+")


# A list announced by a colon whose items stand on lines of their own, each behind a letter or number:
# "consists of seven care elements:\n a) enhanced primary care support;\n b) falls, reablement and ...".
_MARKED_LIST = lazy_compile(r"[^:\n]{0,60}:[ \t]*\n(?=[ \t]*(?:[a-z]|\d{1,2}|[ivx]{1,4})[).][ \t])")
_MARKED_ITEM = lazy_compile(r"[ \t]*(?:[a-z]|\d{1,2}|[ivx]{1,4})[).][ \t]+(?P<x>[^\n]*?)[;,.]?(?:[ ](?:and|or))?[ \t]*(?:\n|$)")


def _marked_items(text, list_start, end):
    """Spans of the items of a lettered or numbered list on lines of their own after the colon that
    announces it, each item whole ("falls, reablement and rehabilitation" is one part: the line,
    not its commas, sets the items off); None unless at least two lines read as items."""
    head = _MARKED_LIST.match(text, list_start, end)
    if head is None:
        return None
    items, at = [], head.end()
    while at < end:
        m = _MARKED_ITEM.match(text, at, end)
        if m is None:
            break
        items.append((m.start("x"), m.end("x")))
        at = m.end()
    return items if len(items) >= 2 else None


def _semicolon_items(text, first_end, end, first_start):
    """Items of a list whose items are set off by semicolons, "A, with X; B; C; and D." (the last one
    opened by "and" or "or"): one item per segment, each up to its first comma, so that what a
    segment adds about its item ("each open 24 hours a day") is no item of its own. None unless the
    list runs on past ``first_end`` in at least two more segments to the end of the sentence."""
    if text[first_end:first_end + 1] != ";":
        return None
    tail = text[first_end:end].rstrip(". \n")
    cuts = [m for m in _SEMICOLON.finditer(tail)]
    if len(cuts) < 2 or not re.match(r"(?:and|or)[ ]", tail[cuts[-1].end():]) or "\n" in tail:
        return None
    bounds = [(first_start, first_end)] + [
        (first_end + c.end(), first_end + (cuts[i + 1].start() if i + 1 < len(cuts) else len(tail)))
        for i, c in enumerate(cuts)]
    items = []
    for a, b in bounds:
        lead = re.match(r"(?:and|or)[ ]", text[a:b])
        a += lead.end() if lead else 0
        comma = text.find(", ", a, b)
        b = comma if comma > 0 else b
        cut = _ITEM_CUT.search(text, a, b)
        b = cut.start() if cut else b
        article = re.match(r"(?:an?|the|its|their)[ ]", text[a:b])
        items.append((a + (article.end() if article else 0), b))
    return items


# What a program, or those who run it, set up, run, hold or hire: "Municipalities set up community
# general support centers", "Many towns also hold regional care meetings", "we run talking cafés",
# "ACOs had hired community health workers and care managers". The sentence's subject is the program
# (named or called by a program word), a pronoun of the document's voice, or a bare plural of those
# who take part ("Many pioneers have", "some have"); what follows the verb is the list of parts.
_MADE_VERB = lazy_compile(
    r"(?P<subj>(?:^|(?<=[ ,;:\n]))(?:(?:[Mm]any|[Mm]ost|[Ss]ome|[Aa]ll|[Ss]everal|[Tt]he|[Ee]ach|[Ee]very|[Pp]articipating|"
    r"[Ll]ocal)[ ])?(?:[A-Za-z][\w\-]*[ ]){0,2}?[A-Za-z][\w\-]*?)"
    r"[ ](?:also[ ]|now[ ]|then[ ]|themselves[ ]|jointly[ ])?(?:(?:have|has|had)[ ](?:also[ ])?)?"
    r"(?P<verb>set[ ]up|sets[ ]up|started|starts|hold|holds|held|runs?|ran|keeps?|kept|hired|hires?|recruited|"
    r"recruits?|appointed|appoints?|opened|opens|created|creates|formed|forms)[ ]"
    r"(?P<list>[a-z][^.;:()]*)")
_MADE_AGAIN = lazy_compile(r",?[ ]and[ ](?:also[ ])?(?:set[ ]up|sets[ ]up|runs?|holds?|keeps?|hired|hires?|opened|opens|"
                           r"created|creates|formed|forms|started|starts)[ ]")
_MADE_WORDS = frozenset("set sets started starts hold holds held run runs ran keep keeps kept hired hire hires formed forms "
                        "recruited recruit recruits appointed appoint appoints opened opens created creates".split())
_MADE_SUBJECT = lazy_compile(r"(?:(?:[Mm]any|[Mm]ost|[Ss]ome|[Aa]ll|[Ss]everal|[Tt]he|[Ee]ach|[Ee]very|[Pp]articipating|"
                             r"[Ll]ocal)[ ])?(?:(?:[a-z][\w\-]*|[A-Z][a-z]+)[ ])?(?:[A-Za-z][\w\-]*s|[A-Z]{2,6}s)|"
                             r"[Ww]e|[Tt]hey|[Ss]ome|[Mm]any|[Mm]ost|(?:[Tt]he|[Tt]his|[Ii]ts|[Ee]ach|[Ee]very)[ ](?:[a-z\-]+[ ]){0,2}"
                             r"(?:network|programme|program|model|scheme|pilot|initiative|project|service|partnership)")
_MADE_NOT_SUBJECT = lazy_compile(r"(?i)(?:patients|people|members|families|residents|carers|users|clients|researchers|"
                                 r"authors|studies|results|this|it|which|who|that|there|as|years|months|weeks|days)$")
_MADE_END = lazy_compile(r",[ ](?:which|who|where|staffed|led|run|funded|so|to|for|with|but|and[ ](?:the|its|their|this)"
                         r"[ ])|[ ](?:where|which|who|whose|that|to[ ][a-z]+|in[ ]order|so[ ]that|because|when|after|"
                         r"before|for|from|in|at|across|around|by|with|under|since|during|between)[ ]")
_MADE_ITEM_NOT = lazy_compile(r"^(?:up|out|off|on|over|down|back|with|without|into|a[ ]lot|time|own|meetings?$|"
                              r"(?:[a-z]+[ ])?(?:programs?|programmes?|teams?|services?|projects?|schemes?)$|patients?|"
                              r"people|them|it|this|that|these|those|their|its|his|her|our|\d)\b|.*\b(?:while|whereas|"
                              r"pay|pays|paid|became|become|becomes)\b")


# What the program's staff do to every patient, named as the service it is: "Care coordinators screened members
# for housing needs and referred those without stable housing to county housing programs" -> "screening for
# housing needs", "referral to county housing programs".
_ACTIVITY = lazy_compile(r"\b(?:(?P<screen>screen(?:s|ed)?)[ ](?:[\w\-]+[ ]){0,4}?for|(?P<refer>refer(?:s|red)?)[ ]"
                         r"(?!to\b)(?:[\w\-]+[ ]){1,6}?to)[ ](?P<x>(?!(?:be|have|make|see|get|help|them|it)\b)[^,.;:()]{3,70}?)"
                         r"(?=[,.;:()]|[ ](?:and|when|if|who|which|that|where|because|so|but|at|in[ ](?:19|20)\d\d)\b|$)")
_ACTIVITY_NOUN = {"screen": "screening for", "refer": "referral to"}
_PROVIDER_SUBJECT = lazy_compile(r"\s*(?:(?:The|the|Its|its|Their|their|Each|each|All|all|Trained|trained|Clinical|clinical)[ ])?"
                                 r"(?:[\w\-]+[ ]){0,2}?(?:sites|practices|clinics|centres|centers|workers|teams?|nurses?|"
                                 r"coordinators?|navigators?|managers?|practitioners|physicians|doctors|GPs|staff)[ ]"
                                 r"(?:will[ ]|also[ ]|then[ ]|can[ ]|may[ ])?")


def rule_activities(ctx, start, end, subject, role):
    """Screening and referral the program's staff carry out (see :data:`_ACTIVITY`), as components."""
    if subject is None or role in _CLOSED_TO_PARTS:
        return
    text = ctx.text
    if not words_of(text, start, end) & {"screen", "screens", "screened", "refer", "refers", "referred"}:
        return
    first = None
    for m in _ACTIVITY.finditer(text, start, end):
        verb = "screen" if m.group("screen") else "refer"
        at = m.start(verb)
        if first is None:
            first = at
            lead = text[max(start, text.rfind(". ", start, at) + 2 if text.rfind(". ", start, at) >= 0 else start):at]
            if not (_about_program(ctx, start, at) or _PROVIDER_SUBJECT.fullmatch(text, start, at)) or \
                    re.search(r"\b(?:not|never|no|cannot|could[ ]not|did[ ]not)\b", lead):
                return                   # whose screening: the program's people, said once for the sentence
        elif not re.fullmatch(r"(?:[ ]and|,[ ]and|,)[ ](?:also[ ])?", text[m.start() - 6:at][-6:]) and \
                not re.search(r"\band[ ](?:also[ ])?$", text[start:at]):
            continue
        label = f"{_ACTIVITY_NOUN[verb]} {tidy(m.group('x'))}"
        if _words(label) <= 10:
            ctx.add(_program_node(subject), ICKG + "hasComponent", node(label, MECHANISM), start, end,
                    "staff activity", 0.5)


# What the program's staff do, said as a list of verb phrases after them: "Care managers visit patients at home,
# reconcile their medications after discharge and arrange transport to appointments", "Community paramedics hold
# free weekly drop-in sessions", "At each session they check blood pressure, assess the risk of falls, and give
# advice on healthy living" (they: the staff who open the sentence before). Each verb phrase is a component.
_STAFF_WORDS = (r"(?:[Cc]are|[Cc]ase)[ ]managers|(?:[a-z\-]+[ ]){0,2}?(?:nurses|paramedics|navigators|coordinators|"
          r"co-ordinators|coaches|health[ ]workers|volunteers|pharmacists|social[ ]workers|therapists|link[ ]workers|"
          r"connectors|care[ ]partners|extensivists|teams|staff)")
_STAFF_OPENING = lazy_compile(rf"(?:(?:At|In|During|After)[ ](?:each|every|the|a)[ ][a-z\-]+(?:[ ][a-z\-]+)?,?[ ])?"
                              rf"(?P<who>(?:(?:The|Its|Their|Our|Trained|Local|Specialist|Community|Clinical)[ ])?"
                              rf"(?:{_STAFF_WORDS})|[Tt]hey)[ ](?:(?:also|then|now|usually|often|regularly|will)[ ])?(?=[a-z])")
_STAFF_VERBS = frozenset(
    "visit hold check assess give help call phone telephone review reconcile arrange coordinate co-ordinate coach "
    "educate support monitor follow plan agree link connect meet see run provide offer lead teach train advise develop "
    "write keep track deliver answer manage prescribe accompany attend draw set measure teach".split())
_STAFF_ITEM_CUT = lazy_compile(r"[ ](?:in|at)[ ](?:the|a|an|each|every|their|its|his|her)[ ](?!home\b)|,?[ ](?:which|who|"
                               r"whom|where|so[ ]that|because|while|when|if|until)[ ]|[ ]to[ ](?:help|make|keep|ensure)[ ]")


def _staff_verb(word):
    return word in _STAFF_VERBS or (word.endswith("s") and word[:-1] in _STAFF_VERBS) or \
        (word.endswith("es") and word[:-2] in _STAFF_VERBS)


def rule_staff_actions(ctx, start, end, subject, role):
    """The verb phrases after the program's staff (see :data:`_STAFF_OPENING`), as its components."""
    if subject is None or role in _CLOSED_TO_PARTS:
        return
    text = ctx.text
    m = _STAFF_OPENING.match(text, start, end)
    if m is None:
        return
    if m.group("who").lower() == "they":
        before = text[max(0, text.rfind(". ", 0, start - 2) + 2, text.rfind("\n", 0, start - 1) + 1):start]
        if not (m.start("who") > start and _STAFF_OPENING.match(before) and
                _STAFF_OPENING.match(before).group("who").lower() != "they"):
            return                       # "they" of whom: only the staff the sentence before opened on
    clause = text[m.end():end]
    if re.search(r"\b(?:not|never|no|cannot|could[ ]not|did[ ]not|do[ ]not|does[ ]not|reported|said|told|felt|found)\b",
                 clause[:60]):
        return
    first = re.match(r"[a-z\-]+", clause)
    if first is None or not _staff_verb(first.group()):
        return
    e = m.end() + len(clause.rstrip(" .;:"))
    items, at = [], m.end()
    for split in re.finditer(r",[ ](?:and[ ])?|[ ]and[ ]", text[m.end():e]):
        nxt = re.match(r"[a-z\-]+", text[m.end() + split.end():e])
        if nxt and _staff_verb(nxt.group()):
            items.append((at, m.end() + split.start()))
            at = m.end() + split.end()
    items.append((at, e))
    for a, b in items:
        cut = _STAFF_ITEM_CUT.search(text, a, b)
        b = cut.start() if cut else b
        label = tidy(text[a:b])
        if not 2 <= _words(label) <= 9 or ctx.places_in(a, b):
            continue
        ctx.add(_program_node(subject), ICKG + "hasComponent", _component_node(ctx, a, a + len(label)) if
                text.startswith(label, a) else node(label, MECHANISM), start, end, "staff actions", 0.5)


def rule_made_parts(ctx, start, end, subject, role):
    """Components a program or its participants set up, run, hold or hire (see :data:`_MADE_VERB`)."""
    if subject is None or role in _CLOSED_TO_PARTS:
        return
    text = ctx.text
    if _MADE_WORDS.isdisjoint(words_of(text, start, end)):
        return
    for m in _MADE_VERB.finditer(text, start, end):
        subj = m.group("subj")
        clause = text[max(start, max(text.rfind(", ", start, m.start("verb")), text.rfind("; ", start, m.start("verb")))):m.start("verb")]
        named = any(start <= s and e <= m.start("verb") for p in ctx.programs for s, e in _mentions_of(ctx, p)
                    if s >= m.start("subj") - 1)
        if not named:
            bare = subj.strip()
            if not _MADE_SUBJECT.fullmatch(bare) or _MADE_NOT_SUBJECT.search(bare):
                continue
            if not (re.fullmatch(r"[Ww]e", bare) or _PROGRAM_WORDS.search(bare) or _program_by_head(ctx, bare)):
                continue                  # the program's own voice, a program word or its head noun, not any body
            if bare[:1].isupper() and m.start("subj") > start and text[m.start("subj") - 2:m.start("subj")] not in (", ", "; "):
                continue
            if re.search(r"\b(?:not|never|no)\b", clause):
                continue
        a, e = m.start("list"), min(end, m.end("list"))
        cut = _MADE_END.search(text, a, e)
        if cut:
            e = cut.start()
        ranges = [(a, e)]
        again = _MADE_AGAIN.search(text, a, e)
        if again:                         # "runs memory cafés and set up a telephone line": two lists
            ranges = [(a, again.start()), (again.end(), e)]
        for ia, ib in (item for r in ranges for item in _part_items(text, *r)):
            label = tidy(text[ia:ib])
            if not (1 <= _words(label) <= 7) or not label[:1].islower() or _MADE_ITEM_NOT.match(label) \
                    or _NOT_PART.match(label) or ctx.places_in(ia, ib):
                continue
            if any(s <= ia < e_ for p in ctx.programs for s, e_ in _mentions_of(ctx, p)):
                continue
            ctx.add(_program_node(subject), ICKG + "hasComponent", _component_node(ctx, ia, ib), start, end,
                    "made component", 0.5)


# People in a role a program adds, and the teams it forms: "Esther coaches", "extensivists", "a coordinating
# doctor", "health and social care coordinators", "self-managing nurse teams", "multidisciplinary teams".
_ROLE_PART = lazy_compile(
    r"\b(?:coaches|coordinators|co-ordinators|navigators|consultants|extensivists|liaisons|link[ ]workers|"
    r"care[ ]managers|case[ ]managers|coordinating[ ](?:doctor|physician|nurse|GP)|community[ ]health[ ]workers|"
    r"(?:nurse|care|multidisciplinary|interdisciplinary|integrated|primary[ ]care|community|self-managing|"
    r"self-managed|neighbourhood|neighborhood)[ ]teams|teamlets)\b")
_ROLE_WORDS = ("coach", "coordinat", "co-ordinat", "navigator", "consultant", "extensivist", "liaison", "link worker",
               "care manager", "case manager", "health worker", "teams", "teamlet")


# Where a role is a part the program has: the sentence's subject ("Around twenty regional coaches support
# teams", "Five integrated teams were created", up to a few words of quantity or modifier before it), or
# what a list of components names ("Its main components are Esther coaches"), or whom it hires or funds.
_ROLE_SUBJECT = lazy_compile(r"(?:(?:[Aa]round|[Aa]bout|[Ss]ome|[Ee]ach|[Tt]he|[Tt]heir|[Ii]ts|[Nn]ew|[Tt]rained|"
                             r"[A-Z][a-z]+|\d+|[a-z]+)[ ]){0,3}")
_ROLE_OBJECT = lazy_compile(r"\S[ ](?:the|a|an|their|its|our|his|her|these|those)[ ]$")   # "praised the coordinators"
_ROLE_LISTED = lazy_compile(r"\b(?:components?|elements?|parts?|pillars?|features?)[ ](?:are|were|is|was|include|included|"
                            r"includes|comprise|comprised|consist[ ]of|consisted[ ]of)[ ](?:[\w\-]+[ ]){0,2}$|"
                            r"\b(?:hired|hires|hire|employs?|employed|appointed|appoints?|recruited|recruits?|funds?|funded|"
                            r"chooses|choose|chose|names?|named|is[ ]given|are[ ]given)[ ](?:an?[ ]|the[ ]|their[ ]|its[ ])?"
                            r"(?:new[ ]|more[ ]|\w+[ ]new[ ])?$")


# What a plan says will be held, offered or run in every place or for every person it covers: "a weekly
# multidisciplinary home round will be held in every home", "falls screening will be offered to every patient".
_PLANNED_PART = lazy_compile(r"(?:^|(?<=[ ,;:]))(?:(?:and|then|also)[ ])?(?:an?[ ]|the[ ])?(?P<x>(?:(?!(?:a|an|the|and)[ ])[a-z][\w\-]*[ ]){0,5}?"
                             r"[a-z][\w\-]*)"
                             r"[ ](?:will|would)[ ](?:also[ ])?be[ ](?:held|offered|provided|run|set[ ]up|introduced|"
                             r"established|made[ ]available)[ ](?:in|for|to|at|across)[ ](?:every|each|all)\b")


def rule_planned_parts(ctx, start, end, subject, role):
    """Components a plan says will be held, offered or run everywhere it applies (see :data:`_PLANNED_PART`)."""
    if subject is None or role in _CLOSED_TO_PARTS or \
            " be " not in ctx.text[start:end]:
        return
    for m in _PLANNED_PART.finditer(ctx.text, start, end):
        label = tidy(m.group("x"))
        if 1 <= _words(label) <= 6 and not _NOT_PART.match(label) and \
                not re.match(r"(?:it|they|this|that|these|those|which|who|there)\b", label):
            ctx.add(_program_node(subject), ICKG + "hasComponent", node(label, MECHANISM), start, end,
                    "planned part", 0.45)


def rule_roles(ctx, start, end, subject, role):
    """Roles and teams a program's sentence names, as its components (typed ickg:Mechanism, which the
    gold's narrower team and case-management classes fall under)."""
    if subject is None or role in _CLOSED_TO_PARTS:
        return
    text = ctx.text
    sentence = text[start:end]
    if not any(w in sentence for w in _ROLE_WORDS):
        return
    for m in _ROLE_PART.finditer(text, start, end):
        if re.search(r"\b(?:of|with|by|from|to|among|for)[ ](?:the[ ]|their[ ]|its[ ])?$",
                     text[max(start, m.start() - 12):m.start()]) and not m.group().endswith(("teams", "teamlets")):
            continue                     # "interviews with care managers": the people asked, not a part
        a, b = _with_modifiers(text, m.start(), m.end(), start)
        if not (_ROLE_SUBJECT.fullmatch(text, start, a) and not _ROLE_OBJECT.search(text, start, a)) \
                and not _ROLE_LISTED.search(text, start, a):
            continue                     # "credited the coordinators", "joined the primary care teams": not what it adds
        label = tidy(text[a:b])
        if re.match(r"(?:[A-Z][\w\-]*[ ])?(?:patients?|people|members|veterans)\b", label) or _words(label) > 8:
            continue
        key = f" {label_key(label)} "
        if any(st.predicate == ICKG + "hasComponent" and st.start == start and key in f" {label_key(st.object.get('label', ''))} "
               for st in ctx.out):
            continue                     # "coordinators" of the sentence's "care coordinators", already a component
        ctx.add(_program_node(subject), ICKG + "hasComponent", node(label, MECHANISM), start, end, "role", 0.45)


def _lines_between(text, a, b):
    out, pos = [], a
    while pos < b:
        nl = text.find("\n", pos, b)
        nl = b if nl < 0 else nl
        out.append((pos, nl))
        pos = nl + 1
    return out


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


# What makes a program work: "Full staffing of teamlets appears to be a precondition for the benefits",
# "Shared financial incentives ... are probably the main enabler of this integration", "gains rest on X".
_ENABLER = lazy_compile(
    r"(?:^|(?<=[.;:]\s)|(?<=\n)|(?<=,[ ]))(?P<x>[A-Z][^.;:]{3,140}?)[ ](?:is|are|was|were|appears?[ ]to[ ]be|seems?[ ]to[ ]be|"
    r"remains?)[ ](?:probably[ ]|likely[ ]|perhaps[ ])?(?:the|a|an)[ ](?:main[ ]|key[ ]|major[ ]|chief[ ]|important[ ]|"
    r"essential[ ]|necessary[ ]|critical[ ])?(?:enablers?|preconditions?|prerequisites?|drivers?|foundations?|"
    r"facilitators?|condition)[ ](?:of|for)\b"
    r"|\b(?:gains|success|results|achievements|improvements)[ ](?:rests?|rested|depends?|depended|relies|relied)[ ]on[ ]"
    r"(?:years[ ]of[ ])?(?P<y>[^.;]{3,120}?)(?=[ ]rather[ ]than|[.;,])")


def rule_enabler(ctx, start, end, subject):
    if subject is None:
        return
    text = ctx.text
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


_ITEM_NUMBER = lazy_compile(r"(\d{1,2})\.[ \t]+$")     # "3. " before a sentence: a numbered item
_MIXED = lazy_compile(r",[ ](?:but|although|though|while|yet)[ ]|;[ ]")
_HEADING_LINE = lazy_compile(r"[A-Z][\w\-]*(?:[ ][\w\-]+){0,4}")
# A line between two sentences that no sentence holds, short and without a full stop, on a line of its own:
# a heading the layout did not make a section of ("WHAT GOT IN THE WAY" over its bullets).
_GAP_HEADING = lazy_compile(r"(?m)^[ \t]*(?:\d{1,2}[.)][ ])?(?P<h>[A-Z][\w\-']*(?:[ ][\w\-'&/]+){0,7}):?[ \t]*$")


def _gap_heading(text, a, b):
    """The last heading line in text[a:b] (see :data:`_GAP_HEADING`), or None."""
    found = None
    for m in _GAP_HEADING.finditer(text, a, b):
        found = m.group("h")
    return found


# --- the whole document ----------------------------------------------------------------------------

# A line break first, its neighbours after: a pattern that opens on a literal is searched for it
# (30x faster than opening on the look-behind, the same matches).
_WRAP = lazy_compile(r"\n(?:(?<=[^\n.:;!?]\n)(?=[a-z0-9(“\"'’])|(?<=,\n)(?=[A-Z]))")


def unwrapped(text):
    """The text with the line breaks of hard-wrapped prose (a PDF's lines, a wrapped e-mail) made
    spaces, so that a phrase reads the same across a line's end: "now Anthem,\nacquired" is one
    clause. The length and every offset stay as they were; paragraph breaks, bullets and headings
    (a line after a full stop or before a capital) are kept."""
    return _WRAP.sub(" ", text) if "\n" in text else text


def _participle_leads_lowered(text, sentences):
    """The text with the capital of each sentence that opens on a participle made small ("Launched
    by the Department of Health in 2008" reads as "launched by ..."), so that the rules written for
    "was launched by" read a bullet or a slide's clause whose subject is left out. Only that letter
    changes: the length and every offset stay, and quotes are taken from the document's own text."""
    starts = [s for s, _ in sentences if text[s:s + 1].isupper() and _PARTICIPLE_LEAD.match(text, s)]
    if not starts:
        return text
    chars = list(text)
    for s in starts:
        chars[s] = chars[s].lower()
    return "".join(chars)


def find_statements(text, *, sentences, sections, entities, places, mentions, acronyms, title_span):
    """Statements the document makes (see the module docstring), in text order."""
    text = _participle_leads_lowered(unwrapped(text), sentences)
    ctx = Context(text, sentences, sections, entities, places, mentions, acronyms, title_span)
    find_programs(ctx)
    study = None
    study_at = len(text)
    barrier = None
    spans = [(s, e) for s, e in _sentence_spans(ctx) if not (title_span and s <= title_span[0] < e)]
    if title_span:
        spans.append(title_span)           # last: a fact the body states is quoted from the body
    previous = None                        # the span of the sentence before, in the same paragraph
    last_end = 0
    for i, (start, end) in enumerate(spans):
        follow = spans[i + 1] if i + 1 < len(spans) else None
        sentence = text[start:end]
        if start > last_end and "\n" in text[last_end:start]:
            heading = _gap_heading(text, last_end, start)
            if heading:
                ctx.line_heading = heading
        last_end = max(last_end, end)
        if sentence.rstrip().endswith("?") and _ASKS.match(sentence):
            continue                     # a question asks ("Is there anything for older people?"); its answer states
        is_title = bool(title_span) and start == title_span[0]
        if not is_title and text[end:end + 1] in ("\n", "") and _HEADING_LINE.fullmatch(sentence):
            ctx.line_heading = sentence
        subject = subject_of(ctx, start, end)
        if subject is ctx.focal and previous and len(ctx.programs) > 1 and "\n" not in text[previous[1]:start]:
            opener = _opening_program(ctx, *previous)
            if opener is not None and opener is not ctx.focal and not programs_in(ctx, start, end):
                subject = opener         # "In Sutton, the X vanguard gives ... Staff say residents ...": X's
        previous = (start, end)
        number = None
        quote_start = None
        before = text[max(0, start - 4):start]
        nm = _ITEM_NUMBER.search(before) if "." in before else None
        if nm:
            number, quote_start = int(nm.group(1)), start - len(before) + nm.start(1)
        recommendation = rule_recommendation(ctx, start, end, number, quote_start) if not is_title else None
        role = "recommendation" if recommendation else ("title" if is_title else None)
        if role is None:
            words = words_of(text, start, end)
            if cue(_GOAL_CUES, text, start, end):
                role = "goal"
            elif not words.isdisjoint(("report", "reports", "reported", "found", "had", "fell", "rose", "grew", "fallen",
                                       "risen")) and \
                    cue(_OUTCOME_VERBS, text, start, end):         # the words first: they cost less
                role = "outcome"
            elif cue(_BARRIER_CUES, text, start, end):
                role = "barrier"
            elif (not words.isdisjoint(("study", "interviews", "survey")) or "we compared" in sentence) and \
                    cue(_STUDY_SENTENCE, text, start, end):
                role = "study"
        if not is_title and role not in ("study",):
            rule_year(ctx, start, end, subject)  # first: the places of a founding sentence are where it was founded
            rule_period(ctx, start, end, subject)
        rule_places(ctx, start, end, subject)
        if role not in ("study", "barrier", "title"):   # "hard to provide to patients with dementia": not its focus;
            rule_conditions(ctx, start, end, subject, recommendation)   # a title names a topic the body states
        if role not in ("outcome", "study") and not is_title:
            rule_populations(ctx, start, end, subject, recommendation)
            rule_served(ctx, start, end, subject)
        rule_concepts(ctx, start, end, subject, role)
        if not is_title:
            rule_funded(ctx, start, end, subject, role)
        if not is_title:
            had_study = study is not None
            study = rule_study(ctx, start, end, study)
            if study is not None and not had_study:
                study_at = start
        # "The evaluation found fewer presentations, but referrals remain low": a result, then a barrier, whichever
        # cue named the sentence's role
        mixed = _MIXED.search(text, start, end) if role in ("barrier", "outcome") else None
        if mixed and not (cue(_OUTCOME_VERBS, text, start, mixed.start()) and cue(_BARRIER_CUES, text, mixed.end(), end)):
            mixed = None                 # "The programme improved access ..., but recruiting practices was slow": both
        if mixed and role == "outcome" and _MODALS.search(text, mixed.end(), end):
            mixed = None                 # "X rose, but she warns that the model may be hard to copy": a worry, the
            #                              result read whole as before (its hedge is the sentence's)
        barrier_after = not (mixed and _MODALS.search(text, mixed.end(), end))   # "..., but some warn that X may ...": a worry
        led = _STUDY_LEAD.match(text, start, end) if role in (None, "study") and not mixed and not is_title else None
        if led is not None:              # "In the trial of 749 patients, hospital use was 30% lower": its result
            rule_outcome(ctx, led.end(), end, subject, follow, after_study=True)
        elif role == "outcome" or (role is None and not is_title) or mixed:
            rule_outcome(ctx, start, mixed.start() if mixed else end, subject, follow,
                         after_study=study is not None and study_at < start)
        if role in ("outcome", None) and not is_title:
            rule_people_had(ctx, start, end, subject)
            rule_null_result(ctx, start, end, subject, follow, after_study=study is not None and study_at < start)
        listed = rule_listed_barriers(ctx, start, end, subject) if role in ("barrier", None) and not is_title \
            and not mixed else None
        hindered = rule_hindered(ctx, start, end, subject) if role in ("barrier", None) and not is_title \
            and not mixed else None
        named = rule_barrier_named(ctx, start, end, subject) if role in ("barrier", None) and not is_title \
            and not mixed else None
        if listed is not None:
            barrier = listed
        elif hindered is not None:
            barrier = hindered
        elif named is not None:
            barrier = named
        elif (role in ("barrier", None) or mixed) and not is_title and barrier_after:
            found = rule_barrier(ctx, mixed.end() if mixed else start, end, subject, clause=bool(mixed))
            barrier = found or barrier
        if role in ("barrier", None) and not is_title and not mixed:
            barrier = rule_section_barriers(ctx, start, end, subject) or barrier
        rule_mitigation(ctx, start, end, barrier)
        rule_parts(ctx, start, end, subject, role)
        rule_heading_items(ctx, start, end, subject, role)
        rule_roles(ctx, start, end, subject, role)
        rule_made_parts(ctx, start, end, subject, role)
        rule_activities(ctx, start, end, subject, role)
        rule_staff_actions(ctx, start, end, subject, role)
        rule_planned_parts(ctx, start, end, subject, role)
        rule_list_siblings(ctx, start, end, subject, role)
        if subject is not None and role not in ("barrier", "outcome", "recommendation", "goal", "title", "study"):
            rule_team(ctx, start, end, subject)
        if not is_title:
            rule_actors(ctx, start, end, subject)
            rule_operator(ctx, start, end, subject)
            rule_operator_clauses(ctx, start, end, subject)
            rule_owned_program(ctx, start, end)
            rule_joiners(ctx, start, end, subject)
            rule_responsible(ctx, start, end)
            rule_legislation(ctx, start, end, subject)
            rule_enabler(ctx, start, end, subject)
            rule_count(ctx, start, end)
        if role == "goal":
            rule_goal(ctx, start, end, subject)
    rule_fields(ctx)
    rule_place_in_name(ctx, spans)
    rule_body_places(ctx)
    ctx.out = without_inner_components(without_broader_populations(ctx.out))
    return ctx.out, ctx


# A body whose name is no place's: a university or a commission acts far from the place its name holds
# ("Mental Health Commission of Canada" ran a project in five cities).
_PLACELESS_BODY = lazy_compile(r"\b(?:University|College|Institute|Commission|School|Foundation)\b")
_BODY_IN = lazy_compile(r"[ ](?:in|of)[ ](?:the[ ])?")


def rule_body_places(ctx):
    """A program started or run by a body named after a place is in that place: "Launched by the Government of
    Kerala", "the Lombardy Region launched the CReG pilot", "the Fredericia Municipality began the project"; and
    by a body said to be in a place: "run by Gold Coast Health in Queensland". Read after every sentence, so that
    a sentence that states the place itself keeps it (:meth:`Context.add` keeps the first quote)."""
    text = ctx.text
    for st in list(ctx.out):
        if st.predicate not in (ICKG + "initiatedBy", ICKG + "operatedBy") or st.object.get("type") != ORGANIZATION:
            continue
        label = st.object.get("label", "")
        if not label[:1].isupper() or _PLACELESS_BODY.search(label):
            continue
        at = text.find(label, st.start, st.end)
        if at < 0:
            continue
        inside = [p for p in ctx.places_in(at, at + len(label)) if p.end <= at + len(label)]
        after = _BODY_IN.match(text, at + len(label), st.end)
        if after and not inside:
            inside = [p for p in ctx.places_in(after.end(), after.end() + 1)]
        for p in inside[:1]:
            ctx.add(st.subject, ICKG + "locatedIn", place_node(p.place), st.start, st.end, "body's place", 0.6)


def rule_place_in_name(ctx, spans):
    """The main program's place when its name opens with one ("the Vermont Blueprint for Health",
    "Ontario Health Teams") and no sentence gave it a place: a reader records it, quoting the first
    sentence of the body that names the program so."""
    focal = ctx.focal
    if focal is None or any(st.predicate == ICKG + "locatedIn" and st.subject.get("label") == focal.name
                            for st in ctx.out):
        return
    name = focal.name
    if not name[:1].isupper() or len(name.split()) < 2:
        return
    found = [p for p in [*find_places(name), *find_jurisdictions(name)]
             if p.start == 0 and p.end < len(name) and name[p.end] == " "]
    if not found:
        return
    at = [s for s, e in _mentions_of(ctx, focal) if not (ctx.title_span and ctx.title_span[0] <= s < ctx.title_span[1])]
    if not at:
        return
    first = min(at)
    sentence = next(((a, b) for a, b in spans if a <= first < b), None)
    if sentence is not None:
        ctx.add(_program_node(focal), ICKG + "locatedIn", place_node(found[0].place), sentence[0], sentence[1],
                "place in the program's name", 0.6)


# An age group named loosely, and one named by its ages ("aged 70 years or older", "over 75 years old").
_OLDER = lazy_compile(r"(?:the[ ])?(?:(?:older|elderly)[ ](?:people|persons|adults|patients|residents)|elderly|seniors)", re.I)
_AGED = lazy_compile(r"\b(?:aged[ ]\d{2}|over[ ]\d{2}|\d{2}(?:[ ]years)?(?:[ ]or[ ]older|[ ]or[ ]over|[ ]and[ ]over|\+))")


def without_inner_components(statements: list[Statement]) -> list[Statement]:
    """Statements less each component whose words hold a shorter component of the same program stated
    in an overlapping quote: "case management by a nurse or social worker" beside "case management"
    is that component, not a second one. The shorter stays, with the longer as an alias (as
    :func:`_complemented` gives one), so a reader's label of either form finds it; but a team stays
    whole, its members' names its aliases."""
    parts = [st for st in statements if st.predicate == ICKG + "hasComponent" and "label" in st.object]
    if len(parts) < 2:
        return statements
    words = {id(st): label_key(st.object["label"]).split() for st in parts}

    def holds(outer, st):
        own, longer = words[id(st)], words[id(outer)]
        n = len(own)
        return outer is not st and outer.subject.get("label") == st.subject.get("label") and \
            outer.start < st.end and st.start < outer.end and len(longer) > n and \
            any(longer[i:i + n] == own for i in range(len(longer) - n + 1))

    def alias(st, other):
        if other.object["label"] not in st.object.get("aliases", ()):
            st.object = dict(st.object, aliases=[*st.object.get("aliases", ()), other.object["label"]])
    dropped = set()
    for outer in parts:
        held = [st for st in parts if id(st) not in dropped and holds(outer, st)]
        if not held or id(outer) in dropped:
            continue
        if outer.rule.split(" (", 1)[0] == "team":
            for st in held:              # a team "of a GP, a nurse and case managers" is one component, its members not
                dropped.add(id(st))
                alias(outer, st)
        else:
            dropped.add(id(outer))
            for st in held:
                alias(st, outer)
    return [st for st in statements if id(st) not in dropped] if dropped else statements


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
                                 "irregular inconsistent unreliable erratic".split()),
    id(_OUTCOME_VERBS): frozenset("fell fall falls fallen rose risen reduced reduces decreased declined increased improved improves "
                                  "grew growing lower fewer higher better shorter less slowly did stayed remained sooner "
                                  "satisfaction saved savings greater similar save saves modest small limited substantial "
                                  "good worse slower faster weaker stronger satisfied reduction improvement decline "
                                  "drop increase rise helped halved doubled cut "
                                  "associated".split()),
    id(_GOAL_CUES): frozenset("plans aim aims aimed meant sought out tries intend intends intended hope designed seek seeks commits goals goal targets objective objectives "
                              "purpose purposes ambition ambitions expects expect expected developed created established set launched "
                              "introduced".split()),
    id(_STUDY_SENTENCE): frozenset("we they researchers authors drawing based study evaluation assessment analysis review interviews survey trial".split()),
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
        "part problem find finds found stay too yet little late short few available no budget"),
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
                                    "little narrow rigid thin")),
     (_words_set("yet"), _words_set("every")),
     (_words_set("little"), _words_set("reason")),
     (_words_set("paid"), _words_set("late")),
     (_words_set("short"), _words_set("of contracts")),
     (_words_set("few"), _words_set("available"))))}

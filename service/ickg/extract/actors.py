"""Who and what a document is about: organizations, programs, people, populations, conditions.

:func:`find_actors` returns typed :class:`Entity` spans, each with the rule that found it:

- clinical conditions from ``conditions.tsv`` (a token trie, like concept labels);
- target populations by their shape: a people noun with what marks them out ("older people with
  complex needs", "frail older people", "patients with advanced chronic disease", "Alaska Native
  and American Indian people", "veterans");
- named organizations and programs: capitalised names headed by an organization word ("Ministry of
  Health", "Canterbury District Health Board") or a program word ("Family Wellness Warriors
  Initiative", "Chronic Related Groups (CReG) pilot"), acronyms and their long forms, the lines of an
  affiliation ("Qulturum, Region Jönköping County, Jönköping, Sweden"), one-word names the sentence
  marks ("KPMG" in "an analysis by KPMG", "CareMore is a health plan", "WellPoint, now Anthem",
  "Buurtzorg (Dutch for ...)"), aliases in parentheses ("care groups (zorggroepen)") and glosses
  ("PIIC (the Catalan acronym for individualised and shared intervention plan)");
- persons named as founders ("founded in 1993 by a physician, Sheldon Zinberg").

Nothing here is looked up anywhere: the same text always gives the same entities.
"""

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files

from ickg.extract.lexicon import Lexicon, Target, label_key
from ickg.extract.occurrences import any_within, may_hold, spans_of, starts
from ickg.extract.places import ADDRESS_WORDS, is_known_place
from ickg.extract.regex import lazy_compile

ICKG = "https://w3id.org/ickg/ontology/"
ORG = "http://www.w3.org/ns/org#"
FOAF = "http://xmlns.com/foaf/0.1/"
ORGANIZATION, PROGRAM, POPULATION, CONDITION = ORG + "Organization", ICKG + "Program", ICKG + "TargetPopulation", \
    ICKG + "ClinicalCondition"
PERSON, LEGISLATION = FOAF + "Person", ICKG + "Legislation"
KIND_TYPES = {"organization": ORGANIZATION, "program": PROGRAM, "population": POPULATION,
              "condition": CONDITION, "person": PERSON, "legislation": LEGISLATION}


@dataclass(slots=True)
class Entity:
    """A span of text naming an organization, program, population, condition, person or act."""

    kind: str
    label: str                  # the words of the text
    name: str                   # the name the entity goes by (a long form for an acronym)
    type: str                   # class IRI
    start: int
    end: int
    source: str                 # the rule that found it
    aliases: list = field(default_factory=list)

    @property
    def key(self):
        return label_key(self.name)


# --- conditions ------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def condition_lexicon():
    """A token trie of ``conditions.tsv``: each name and variant points at the condition's name."""
    table = files("ickg.extract").joinpath("conditions.tsv").read_text(encoding="utf-8")
    entries = []
    lines = [line for line in table.splitlines() if line.strip() and not line.startswith("#")]
    for line in lines[1:]:
        name, _, variants = line.partition("\t")
        for surface in [name, *(v for v in variants.split("|") if v)]:
            entries.append((surface, Target("condition:" + name, name)))
    return Lexicon(entries)


def find_conditions(text, *, excluded=(), tokens=None):
    """Conditions named in ``text``; a bare "diabetes" is the one type of diabetes the text names."""
    found = [Entity("condition", m.text, m.pref_label, CONDITION, m.start, m.end, "conditions.tsv")
             for m in condition_lexicon().find(text, excluded=excluded, tokens=tokens)]
    types = {e.name for e in found if e.name.endswith(" diabetes") and e.name[:4] == "type"}
    if len(types) == 1:
        (only,) = types
        for e in found:
            if e.name == "diabetes":
                e.name = only
    return found


# --- populations ---------------------------------------------------------------------------------

_POP_ADJ = (r"(?:older|elderly|frail|frailest|vulnerable|high-need|high-risk|high-cost|complex|chronic|chronically[ ]ill|"
            r"disabled|homeless|low-income|poor|rural|indigenous|aboriginal|uninsured|insured|young|younger|"
            r"multimorbid|housebound|dependent|seriously[ ]ill|terminally[ ]ill|isolated|migrant|high-needs|"
            r"family|lonely|deprived|pregnant|unemployed|bereaved|first-time|acutely[ ]ill|registered|"
            r"most[ ]chronically[ ]ill|severely[ ]ill|mentally[ ]ill)")
_POP_HEAD = (r"(?:people|persons|patients|adults|children|adolescents|residents|veterans|members|individuals|"
             r"users|clients|citizens|women|mothers|families|carers|caregivers|population|populations|"
             r"beneficiaries|enrollees|elderly|seniors|infants|households|inpatients|elders)")
_POP_WITH_HEAD = (r"(?:needs|conditions|condition|diseases?|illness(?:es)?|disabilit(?:y|ies)|problems|challenges|"
                  r"multimorbidity|dementia|diabetes|frailty|care[ ]needs|outcomes|hospitali[sz]ation|admission|readmission|"
                  r"falls|harm|lives|housing|incomes?|dependency|homelessness|autonomy|independence|poverty|violence|abuse|"
                  r"addiction)")
# (The look-ahead only says where no match can be: the words before the head are word characters, apostrophes,
# hyphens and spaces, so a head must open in the run of those characters. Without it, a run that holds no head
# was tried in every split of its words into at most six pieces ("[\w'’\-]+[ ]?" may cut a word): 50 µs a
# sentence of the training documents.)
_POP_WITH = (r"(?:(?:living|who[ ]live|who[ ]are[ ]living)[ ]with|with|without|who[ ]have|suffering[ ]from|"
             r"(?:who[ ]are[ ])?(?:experiencing|facing|losing(?:[ ]their)?)|affected[ ]by|"
             r"at[ ](?:(?:high|higher|increased|greatest|high[ ]or[ ]rising)[ ])?risk[ ]of)"
             rf"[ ](?=[\w'’\- ]*?{_POP_WITH_HEAD})(?:(?!and[ ]|who[ ]|to[ ]|from[ ]|in[ ]|at[ ]|than[ ]|through[ ])[\w'’\-]+[ ]?){{0,6}}?"
             r"(?:and[ ][\w\-]+[ ](?:[\w\-]+[ ])?(?=challenges|problems|needs|issues|conditions|diseases|illness))?"
             rf"{_POP_WITH_HEAD}"
             r"(?:[ ]or[ ](?:disabilit(?:y|ies)|[\w\-]+[ ]needs))?")
# People marked out by what they receive or are entitled to: "people who receive Medicaid coverage through
# the Oregon Health Plan", "people who are eligible for both Medicare and Medicaid".
_POP_WHO = (r"who[ ](?:receive|received|are[ ]eligible[ ]for|were[ ]eligible[ ]for|are[ ]enrolled[ ]in|are[ ]entitled[ ]to|"
            r"qualify[ ]for|depend[ ]on|present[ ](?:to|with)|presented[ ](?:to|with)|apply[ ]for|applied[ ]for)[ ](?:(?!and[ ](?![A-Z])|to[ ]|in[ ](?!the[ ])|than[ ])[\w'’&\-]+[ ]?){1,8}?"
            r"(?=[.,;:]|[ ]\(|[ ](?:and|to|in|who|which|from|at|with)[ ](?![A-Z]))")
# "people eligible for both Medicare and Medicaid": who is entitled, as "who are eligible for" says.
_POP_ELIGIBLE = r"eligible[ ]for[ ](?:both[ ])?(?:[A-Z][\w\-]+(?:[ ](?:and|or)[ ][A-Z][\w\-]+)?|(?:[a-z][\w\-]+[ ]){0,3}?(?:care|services|support|benefits|coverage))\b"
_POP_NOUN = r"(?:people|persons|adults|residents|patients|individuals|citizens|members|women|men|children|veterans|youth)"
_AGE_NUMBER = r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|sixteen|eighteen)"
_POP_AGE = (rf"(?:aged[ ]\d{{1,2}}[ ]?(?:to|-|–)[ ]?\d{{1,3}}(?:[ ]years)?"
            r"|aged[ ](?:(?:over|under|above)[ ])?\d{1,3}\+?(?:[ ]years)?(?:[ ](?:and|or)[ ](?:over|older|above|"
            r"under|younger))?|over[ ](?:the[ ]age[ ]of[ ])?\d{2}|older[ ]than[ ]\d{2}|\d{2}[ ]and[ ](?:over|older)"
            rf"|(?:under|below|up[ ]to)[ ](?:the[ ]age[ ]of[ ])?{_AGE_NUMBER}(?:[ ]years(?:[ ]old|[ ]of[ ]age)?)?(?=[ ,.;:)])"
            rf"|between[ ]{_AGE_NUMBER}[ ]and[ ]{_AGE_NUMBER}[ ]years(?:[ ]old|[ ]of[ ]age)?)")
# Where people live, when that marks them out: "older people living at home", "adults who live alone".
_POP_LIVING = (r"(?:living|who[ ]live|who[ ]are[ ]living)[ ](?:at[ ]home|alone|independently|on[ ]their[ ]own|"
               r"in[ ](?:the[ ])?(?:community|rural[ ]areas|remote[ ]areas|deprived[ ]areas|care[ ]homes|nursing[ ]homes|"
               r"(?:subsidi[sz]ed|supported|public|social|sheltered|temporary|assisted)[ ](?:housing|living)"
               r"(?:[ ](?:buildings|units|facilities|complexes))?))")
_POP_NEED = (r"(?:who[ ](?:no[ ]longer[ ])?(?:need|needed|require|required)|needing|requiring|in[ ]need[ ]of)[ ](?:[\w\-]+[ ]){0,3}?"
             r"(?:care|support|services|help|treatment)")
_POPULATION = lazy_compile(
    rf"\b(?:(?:{_POP_ADJ})(?:(?:[ ]|,[ ])(?:and[ ])?(?:{_POP_ADJ}))*[ ](?:[A-Z][\w\-]+[ ]){{0,3}}{_POP_HEAD}"
    rf"(?:[ ]{_POP_WITH}|[ ]{_POP_AGE}|[ ]{_POP_LIVING})?"
    rf"|(?<![\w\-]){_POP_NOUN}[ ](?:{_POP_AGE}|{_POP_NEED}|{_POP_WHO}|{_POP_ELIGIBLE})"
    rf"|(?:high|frequent|heavy|super)[ \-](?:users|utili[sz]ers)(?:[ ]of[ ](?:[\w\-]+[ ]){{0,2}}?(?:services|care|"
    rf"hospitals?|emergency[ ]departments?))?"
    rf"|(?:care[ ]home|nursing[ ]home)[ ]residents"
    rf"|(?:[A-Z][\w\-]+[ ]){{1,3}}(?:and[ ](?:[A-Z][\w\-]+[ ]){{1,3}})?(?:people|peoples|families|communities)(?![ ][A-Z])"

    rf"|(?<![\w\-])(?:people|patients|persons|adults|children|individuals|enrollees|members|beneficiaries|"
    rf"residents|clients|veterans|seniors|elders|households|families|carers|inpatients|person)[ ](?:{_POP_WITH}|{_POP_LIVING})"
    rf"|(?<![\w\-])(?:people|patients|persons|adults|children|individuals|families|households|seniors|residents|members|"
    rf"veterans|clients|enrollees)[ ]at[ ]"
    rf"(?:high[ ])?risk\b(?![ ]of)"
    # at risk of a use of care: "people at risk of going into hospital", "adults at risk of avoidable hospital or
    # emergency department use"
    rf"|(?<![\w\-])(?:people|patients|persons|adults|children|individuals|residents|members|seniors)[ ]at[ ]"
    rf"(?:(?:high|higher|increased)[ ])?risk[ ]of[ ](?:(?!and[ ]|who[ ]|to[ ](?!hospital)|than[ ])[\w\-]+[ ]){{0,6}}?"
    rf"(?:hospital|use|visits|institutionali[sz]ation)\b"
    rf"|(?<![\w\-])(?:people|patients|persons)[ ](?:at|near|approaching)[ ]the[ ]end[ ]of[ ](?:their[ ])?life"
    rf"|\b(?:Medicare|Medicaid)[ ](?:[\w\-]+[ ]){{0,2}}?(?:beneficiaries|enrollees)"
    rf"|(?<![\w\-])veterans\b"
    # people marked out by what they lack: "patients without a regular family doctor", "families without health insurance"
    rf"|(?<![\w\-])(?:people|patients|persons|adults|children|individuals|residents|families|households)[ ]without[ ]"
    rf"(?:(?:a|an|any|health|their|regular|usual|own|family|stable|primary[ ]care)[ ]){{0,4}}"
    rf"(?:doctor|physician|GP|general[ ]practitioner|provider|insurance|coverage|home|housing)\b"
    rf"|the[ ]elderly)")
# Rarer shapes, looked for only in a sentence that holds their words (see _EXTRA_CUES): people who are
# housebound or lonely, children and young people, residents of care homes, members of a named plan.
_POPULATION_EXTRA = lazy_compile(
    rf"(?<![\w\-]){_POP_NOUN}[ ]who[ ](?:are|were)[ ](?:(?:{_POP_ADJ}|unwell|ill|sick|bedbound|bed-bound|dying|alone)"
    rf"(?:,[ ]|[ ]and[ ]|[ ]or[ ])?){{1,3}}(?<![ ,])(?![\w\-])"
    rf"|children[ ]and[ ]young[ ]people"
    rf"|(?<![\w\-])residents[ ]of[ ](?:care|nursing|residential)[ ]homes"
    rf"|(?<![\w\-])(?:members|enrollees|beneficiaries)[ ]of[ ](?:the[ ])?(?:[A-Z][\w\-]+[ ]){{0,3}}"
    rf"(?:Plan|Program|Programme|Scheme|Fund|Insurance)\b"
    # people marked out by what is done to them or where they are: "people receiving palliative care", "patients
    # discharged from hospital", "individuals transitioning from incarceration", "citizens in nursing homes",
    # "veterans in rural areas", "residents of rural and northern communities"
    rf"|(?<![\w\-]){_POP_NOUN}[ ](?:receiving|discharged[ ]from|transitioning[ ]from|released[ ]from|leaving|"
    rf"enrolled[ ]in|awaiting|recovering[ ]from)[ ](?:(?!and[ ]|or[ ]|who[ ]|to[ ]|in[ ]|at[ ]|for[ ]|with[ ]|by[ ])"
    rf"[\w\-]+(?:[ ](?=[\w\-])|(?=[.,;:)]))){{1,4}}(?=[.,;:)]|[ ](?:and|or|who|to|in|at|for|with|by|through)[ ])"
    rf"|(?<![\w\-])(?:(?:children|women|adults|families)[ ]and[ ])?{_POP_NOUN}[ ]in[ ](?:(?:care|nursing|residential)[ ]homes|foster[ ]care|prison|custody|crisis|"
    rf"(?:rural|remote|deprived|underserved)(?:[ ]and[ ][a-z]+)?[ ](?:areas|communities)|supported[ ]housing|"
    rf"temporary[ ]accommodation)\b"
    rf"|(?<![\w\-])residents[ ]of[ ](?:(?:rural|remote|northern|southern|poor|deprived|low-income|informal|"
    rf"resettlement|public|social|subsidi[sz]ed|and)[ ]){{1,4}}(?:communities|colonies|areas|settlements|housing|"
    rf"villages|neighbou?rhoods)\b"
    # people marked out by the size of the place they live in: "people living in towns of fewer than 20,000
    # inhabitants", "residents of villages with fewer than 5,000 people"
    rf"|(?<![\w\-])(?:{_POP_NOUN}[ ](?:(?:living|who[ ]live)[ ])?in|residents[ ]of)[ ](?:(?:small|rural)[ ])?"
    rf"(?:towns|villages|cities|municipalities|communities|settlements|localities)[ ](?:of|with)[ ]"
    rf"(?:fewer|less|more)[ ]than[ ]\d[\d,.]*(?:[ ]000)?[ ](?:inhabitants|people|residents)\b")
_EXTRA_CUES = (" who are ", " who were ", "young people", "residents of ", "members of ", "enrollees of ", "beneficiaries of ",
               " receiving ", " discharged from ", " transitioning from ", " released from ", " leaving ", " enrolled in ",
               " awaiting ", " recovering from ", " homes", " foster care", " prison", " custody", " crisis", " areas",
               " communities", " supported housing", " temporary accommodation", " inhabitants")
# Every alternative of _POPULATION contains one of these (lower-cased) words.
_POP_CUES = ("people", "persons", "patients", "adults", "children", "adolescents", "residents", "veterans", "members",
             "households", "elders", "person",
             "individuals", "users", "clients", "citizens", "women", "mothers", "families", "carers", "caregivers",
             "population", "beneficiar", "enrollees", "elderly", "seniors", "infants", "utilisers", "utilizers", "men",
             "communities", "youth")


def _any_of(words):
    """A pattern that finds any of ``words``, grouped by first letter ("p(?:eople|ersons|...)|a(?:dults|...)"):
    sre tries each group's letter once, not every word's, at each character (2.5 times faster than
    the flat alternation; asked only whether one is there, it finds the same)."""
    groups = {}
    for word in words:
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    return re.compile("|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items()))


_POP_CUE = _any_of(_POP_CUES)      # any of them, in one scan
_BARE_NEED = lazy_compile(r"\b(?:with|have|from|of)[ ](?:needs|conditions?|diseases?|illness(?:es)?|problems|challenges)$")
_NOT_POPULATION_START = {"For", "In", "Of", "To", "With", "Among", "By", "From", "And", "But", "Or", "At", "On", "As",
                         "The", "These", "Those", "This", "Such", "Our", "Their", "Its", "Many", "Most", "All",
                         "Some", "Each", "Every", "Both", "Other", "Several", "Few", "More", "Fewer", "New",
                         "Local", "Rural", "Urban", "Remote", "Whole", "Entire", "Different", "Participating"}


_STUDY_SAMPLE = lazy_compile(r"\b(?:we|compared|sample[sd]?|cohort|interviewed|surveyed|randomi[sz]ed|uses|used|analy[sz]ed|"
                             r"reviewed|data[ ]for|records[ ]of|"
                             r"enrolled[ ]in[ ]the[ ](?:study|trial))\b", re.I)


def is_study_sample(text, start, end, at):
    """True when the people named at ``at`` in the sentence ``text[start:end]`` are counted as a
    study's sample ("We compared 9,824 insured people"), not a population a program serves."""
    return bool(_COUNTED.search(text[max(start, at - 40):at]) and _STUDY_SAMPLE.search(text, start, end))


# A count just before the people ("9,824 insured", "1,801"), not a year ("in 2006 in which patients ...").
_COUNTED = lazy_compile(r"(?<![\d,.])(?!(?:19|20)\d\d[ ])\d[\d,.]*[ ]"
                        r"(?:(?!(?:in|which|whom|of|the|to|for|and|by|from|that|when|where)[ ])[a-z\-]+[ ]){0,2}$")


_PEOPLE_WORD = lazy_compile(r"(?i:people|patients|persons|adults|children|individuals|enrollees|members|residents|"
                            r"veterans|women|men)[ ](?:living[ ]|diagnosed[ ])?with[ ]")


@lru_cache(maxsize=1)
def _with_condition():
    """People "with" a condition of conditions.tsv: "people with hepatitis C", "patients with COPD"."""
    table = files("ickg.extract").joinpath("conditions.tsv").read_text(encoding="utf-8")
    names = set()
    for line in table.splitlines()[1:]:
        if line.strip() and not line.startswith("#"):
            name, _, variants = line.partition("\t")
            names.update(n for n in (name, *variants.split("|")) if n and n != "name")
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return (re.compile(r"(?<![\w\-])(?:people|patients|persons|adults|children|individuals|enrollees|members|"
                       r"residents|veterans|women|men)[ ](?:(?:living|diagnosed)[ ])?with[ ](?:(?:chronic|advanced|"
                       r"severe|moderate|early|newly[ ]diagnosed|uncontrolled|complex)[ ])?", re.I),
            re.compile(rf"(?:{alternatives})\b", re.I))


# A population's adjective capitalised at a sentence's start: "Older inpatients", "High-needs patients".
_POP_ADJ_FIRST = lazy_compile(rf"(?i:{_POP_ADJ})(?=[ ,])")


@dataclass(frozen=True, slots=True)
class _Shifted:
    """A match of _POPULATION made on a copy of a sentence with its first letter in lower case, placed in the text."""

    text: str
    begin: int
    finish: int

    def group(self):
        return self.text

    def start(self):
        return self.begin

    def end(self):
        return self.finish


_OWNED_BY = lazy_compile(r"\b(?:owned|run|led|governed|controlled)[ ]by[ ](?:the[ ])?$")


def _people_with(text, start, end):
    """Whether _PEOPLE_WORD matches in text[start:end], searched only just before each " with ": a match
    ends on "with " and opens at most 21 characters before its space ("individuals diagnosed with "). The
    pattern opens on a group under re.I, which re enters at every position of the sentence (15 µs a
    sentence of the training documents)."""
    at = text.find(" with ", start, end)
    while at >= 0:
        if _PEOPLE_WORD.search(text, max(start, at - 21), min(end, at + 6)):
            return True
        at = text.find(" with ", at + 1, end)
    return False


def find_populations(text, spans):
    out = []
    for start, end in spans:
        if _people_with(text, start, end):
            people, condition = _with_condition()
            for m in people.finditer(text, start, end):
                c = condition.match(text, m.end(), end)
                if c and not _POPULATION.match(text, m.start()):
                    out.append(Entity("population", text[m.start():c.end()], text[m.start():c.end()], POPULATION,
                                      m.start(), c.end(), "population with a condition"))
        span = text[start:end].lower()
        if not _POP_CUE.search(span):
            continue                     # no word a population phrase ends in: the long pattern need not run
        matches = list(_POPULATION.finditer(text, start, end))
        first = start if text[start:start + 1].isalpha() else _first_word_start(text, start)
        if text[first:first + 1].isupper() and _POP_ADJ_FIRST.match(text, first):
            # "Older inpatients are ...", "First-time mothers are visited": the pattern's adjectives are in lower
            # case; the sentence's capital is read as the word's own letter
            m = _POPULATION.match(text[first].lower() + text[first + 1:end])
            if m and not any(x.start() <= first < x.end() for x in matches):
                matches = [_Shifted(text[first:first + m.end()], first, first + m.end())] + [
                    x for x in matches if x.start() >= first + m.end()]
        if any(cue in span for cue in _EXTRA_CUES):
            # as one pattern would: the leftmost match, the longer of two that start together
            merged = []
            for m in sorted(matches + list(_POPULATION_EXTRA.finditer(text, start, end)),
                            key=lambda m: (m.start(), -m.end())):
                if not merged or m.start() >= merged[-1].end():
                    merged.append(m)
            matches = merged
        for m in matches:
            label = m.group()
            s = m.start()
            if label.startswith("the elderly"):
                label, s = label[4:], s + 4
            first = label.split()[0]
            if first in _NOT_POPULATION_START or _BARE_NEED.search(label):
                continue
            if _OWNED_BY.search(text, max(start, s - 24), s):
                continue                 # "a nonprofit owned by Alaska Native people": its owners, not whom it serves
            if label[0].isupper() and not re.search(r"\b(?:people|peoples)$", label) and s > start:
                # "Private general practitioners": a capital only at a sentence's start
                pass
            tail = _POP_TAIL.match(text, s + len(label), end)
            if tail and (tail.group("who") or re.search(r"(?:\d|older|over|above|younger)$", label)):
                label = text[s:tail.end()]
            elif re.search(r"(?:older|over|above|younger)$", label) and text.startswith(" with ", s + len(label)):
                named = _with_condition()[1].match(text, s + len(label) + 6, end)
                if named:                # "patients aged 60 or older with depression"
                    label = text[s:named.end()]
            if _BARE_GROUP.fullmatch(label) and _narrowed_elsewhere(text, label):
                continue                 # "older people" where the text names "older people with complex needs"
            out.append(Entity("population", label, label, POPULATION, s, s + len(label), "population shape"))
        if matches and (", " in span or " and " in span):
            out += _listed_groups(text, start, end, out)
        if "medi" in span:
            _payers_people(text, start, end, out)
    return out


# People marked out by the payer that covers them: "Medicaid patients", "Medi-Cal members", "Medicare Advantage
# members", "Medicare and Medicaid beneficiaries who ...". The payer is part of the population's name.
_PAYER_PEOPLE = lazy_compile(r"(?<![\w\-])(?:community-dwelling[ ])?(?:Medicare|Medicaid|Medi-Cal)(?:[ ](?:and|or)[ ]"
                             r"(?:Medicare|Medicaid))?(?:[ ]Advantage)?[ ](?P<noun>patients|members|enrollees|beneficiaries|"
                             r"clients|recipients)\b")


def _payers_people(text, start, end, out):
    """Widen the populations of ``out`` that start at a payer's people noun over the payer's name ("members with
    diabetes" after "Medicaid" is "Medicaid members with diabetes"), or add the payer's people as a population."""
    for m in _PAYER_PEOPLE.finditer(text, start, end):
        at = next((e for e in out if e.start == m.start("noun")), None)
        if at is not None:
            at.label = at.name = text[m.start():at.end]
            at.start = m.start()
            continue
        if any(e.start < m.end() and m.start() < e.end for e in out):
            continue
        tail = _POP_TAIL.match(text, m.end(), end)
        e_ = tail.end() if tail else m.end()
        out.append(Entity("population", text[m.start():e_], text[m.start():e_], POPULATION, m.start(), e_,
                          "payer's people"))


# A bare group listed beside a population: "elderly people, adolescents and pregnant women", "pregnant women and
# infants": a people noun (with one word before it) that the list's other items vouch for.
_LISTED_GROUP = lazy_compile(r"(?:,[ ](?:and[ ]|or[ ])?|[ ](?:and|or)[ ])(?P<group>(?:[a-z][\w\-]*[ ])?(?:adolescents|infants|"
                             r"newborns|children|youth|young[ ]people|carers|caregivers|families|mothers|women|men|"
                             r"veterans|seniors|students|refugees|migrants))(?=[,.;:)]|[ ](?:and|or)[ ]|$)")
_NOT_GROUP_WORD = {"the", "their", "its", "our", "other", "all", "some", "many", "most", "these", "those", "such", "of",
                   "and", "or", "for", "with", "to", "in", "on", "by", "from", "who", "which", "that"}


def _listed_groups(text, start, end, found):
    """Bare groups listed right after a population of the sentence (see _LISTED_GROUP)."""
    out = []
    ends = {e.end for e in found if start <= e.start < end}
    for at in sorted(ends):
        pos = at
        while True:
            m = _LISTED_GROUP.match(text, pos, end)
            if not m:
                break
            group = m.group("group")
            if group.split()[0] in _NOT_GROUP_WORD or (pos == at and not m.group().startswith(",")):
                break                    # "pregnant women and newborns": a pair the reader keeps as one group
            if not any(e.start <= m.start("group") < e.end for e in found):
                out.append(Entity("population", group, group, POPULATION, m.start("group"), m.end("group"),
                                  "listed with a population"))
            pos = m.end()
    return out


# A group named by adjectives alone ("older people", "frail older adults"): when the same text narrows it
# ("older people with complex needs who live at home"), the narrower group is the one it serves.
_BARE_GROUP = lazy_compile(rf"(?:{_POP_ADJ}[ ]){{1,3}}{_POP_HEAD}", re.I)


def _narrowed_elsewhere(text, label):
    """True when ``text`` has ``label`` followed by what narrows it (with, who, aged, at risk, living)
    into a longer population of the same shape ("Older people" and "older people with dementia" too)."""
    label = label[:1].lower() + label[1:]
    at = text.find(label + " ")
    while at >= 0:
        if _NARROWING.match(text, at + len(label) + 1):
            longer = _POPULATION.match(text, at)
            if longer and longer.end() > at + len(label):
                return True
        at = text.find(label + " ", at + 1)
    return False


_NARROWING = lazy_compile(r"(?:with|who|aged|living|at[ ](?:high[ ]|increased[ ])?risk|in[ ]need)\b")


# What narrows a population further: "patients aged 70 years or older with at least one risk factor for
# delirium", "people with long-term conditions who are lonely or have little support at home".
_POP_TAIL = lazy_compile(r"(?:[ ]years(?:[ ]old)?(?:[ ]or[ ](?:older|over))?)?(?:[ ]with[ ](?:at[ ]least[ ]one|one[ ]or[ ]more|"
                         r"an?)[ ][^,.;:()]{3,60}?|(?P<who>[ ]who[ ](?:are|have|live|lack)[ ][^,.;:()]{3,70}?))"
                         r"(?=[,.;:)]|[ ](?:and[ ](?:people|patients|those)|to|in[ ]the|such[ ]as|from)\b|$)")


# --- organizations and programs -------------------------------------------------------------------

# Unnamed organizations a document treats as actors: a plural or singular noun of an institution
# ("county councils", "health insurers", "sickness funds", "local health authorities"), with its
# modifiers. Facilities, services, teams and professions ("nursing homes", "social services",
# "general practitioners") are left to the statements that make them partners or operators.
_INSTITUTION_MODIFIERS = (
    "local", "private", "public", "federal", "national", "regional", "statutory", "municipal", "commercial", "community",
    "primary", "health", "care", "social", "territorial", "county", "district", "city", "state", "provincial",
    "sickness", "insurance", "hospital", "competition", "purchasing", "commissioning", "health and social care",
    "clinical", "general", "home", "nursing", "specialist", "acute",
    # what kind of body, for the voluntary and the specialised: "community-based organizations", "tribal
    # organizations", "non-governmental organisations", "housing agencies", "physician organizations"
    "community-based", "tribal", "bridge", "non-governmental", "non-government", "nongovernmental", "voluntary",
    "non-profit", "nonprofit", "not-for-profit", "charitable", "faith-based", "human service", "human services",
    "behavioral health", "behavioural health", "physician", "housing", "ex-service", "patient", "professional",
    "third-sector", "grassroots", "mental health")
_INSTITUTION_NP = lazy_compile(
    r"\b(?:(?:" + "|".join(w.replace(" ", "[ ]") for w in _INSTITUTION_MODIFIERS) + r")[ ]){1,4}"
    r"(?:councils?|insurers|funds|boards?|authorit(?:y|ies)|trusts?|commissioners|organi[sz]ations|agencies|cooperatives|"
    r"districts|(?<=commissioning[ ])groups)\b"
    # governments as actors: "the national government", "county governments", "federal and regional governments"
    r"|\b(?:(?:local|national|federal|central|state|provincial|regional|county|city|municipal|district|territorial)"
    r"(?:[ ]and[ ](?:local|national|federal|central|state|provincial|regional|county|city|municipal))?[ ])governments?\b"
    r"|\b(?:[Mm]unicipalities|[Ii]nsurers|[Cc]ommissioners)\b"
    # the centres a program works through: "community (mental) health centres" (not "general practices": the
    # development part's readers record those only as a statement's partners)
    r"|\bcommunity[ ](?:mental[ ])?health[ ]cent(?:re|er)s\b")


# Participles ("Accountable", "Coordinated", "Integrated") and the modifiers above, capitalised at a sentence's
# start, belong to the phrase after them.
_PARTICIPLE = lazy_compile(r"[A-Z][a-z]+(?:ed|able|ible)")
# Every match of _INSTITUTION_NP holds one of these (lower-cased).
_INSTITUTION_HEADS = ("council", "insurer", "fund", "board", "authorit", "trust", "commissioner", "organi", "agenc",
                      "municipalit", "district", "groups", "centres", "centers", "government", "cooperative")
_BEFORE_NP = set("""the a an its their our his her this that these those and or nor of by with to for between from in
on at into all some many most both each every several other such two three four five six seven eight nine ten
eleven twelve hundred dozens including include includes included between among across under over than as
like whether which who whose where when while if new its through via""".split())


# An acronym or a payer's name before a kind of body, in lower case: "NHS trusts", "NHS foundation trusts", "VA medical
# centers", "Medicaid health plans", "Medi-Cal managed care plans".
_NAMED_KIND_HEADS = (" trusts", " organi", " medical ", " plans")   # what each head of _NAMED_KIND holds


def _named_kinds(text):
    """Matches of _NAMED_KIND, looked for only before each of its heads (string search first: a scan of the
    whole text by the pattern cost 0.05 ms a document)."""
    seen = set()
    for head in _NAMED_KIND_HEADS:
        at = text.find(head)
        while at >= 0:
            m = _NAMED_KIND.search(text, max(0, at - 30), at + 30)
            while m is not None and m.end() <= at:
                m = _NAMED_KIND.search(text, m.end(), at + 30)
            if m is not None and m.start() <= at < m.end() and m.start() not in seen:
                seen.add(m.start())
                yield m
            at = text.find(head, at + 1)
_NAMED_KIND = lazy_compile(r"(?P<name>[A-Z](?<![\w\-][A-Z])(?:[A-Z]{1,5}|edicaid|edicare|edi-Cal|edigap))[ ]"
                           r"(?P<head>(?:foundation[ ])?trusts|organi[sz]ations|medical[ ]cent(?:er|re)s|"
                           r"(?:(?:health|managed[ ]care|dental)[ ])plans|medical[ ]groups)\b")


def find_actor_nouns(text, sentences, entities=()):
    """Unnamed institutions named in ``sentences`` (see ``_INSTITUTION_NP``), once per name; a name
    that ends another ("health boards", "territorial health boards") is the same entity's, and so
    is a bare head with one longer name ("insurers", "health insurers")."""
    seen = {e.key for e in entities}
    found = []
    low = text.lower()
    spans = sorted(sentences)
    heads = spans_of(low, _INSTITUTION_HEADS)      # found once in the text, not searched for in each sentence
    for start, end in sentences:
        if not any_within(heads, start, end):
            continue                     # no head noun of an institution in the sentence
        for m in _INSTITUTION_NP.finditer(text, start, end):
            label = m.group()
            if label[:1].isupper() and m.start() > start:
                continue                   # part of a capitalised name ("Regional Health Authority")
            before = re.search(r"([\w\-]+)[ ]$", text[max(start, m.start() - 30):m.start()])
            if before and before.group(1)[:1].islower() and before.group(1).lower() not in _BEFORE_NP:
                continue                   # the end of a longer phrase ("accountable care organizations")
            if before and before.group(1)[:1].isupper() and before.group(1).lower() not in _BEFORE_NP \
                    and _first_word_start(text, start) == m.start() - len(before.group()) \
                    and before.group(1)[1:].islower() and (before.group(1).lower() in _INSTITUTION_MODIFIERS
                                                           or _PARTICIPLE.fullmatch(before.group(1))):
                # the same at a sentence's start ("Accountable care organizations, ...", "Primary care trusts
                # were ..."): the phrase is the whole, first word included
                found.append((m.start() - len(before.group()), m.end(), text[m.start() - len(before.group()):m.end()]))
                continue
            found.append((m.start(), m.end(), label))
    for m in _named_kinds(text):
        if _within(spans, m.start()) and m.group("name") not in _NOT_ORG_WORDS:
            # "NHS trusts", "VA medical centers", "Medicaid health plans": a body's or a payer's bodies of a kind
            found.append((m.start(), m.end(), m.group()))
    keys = sorted({label_key(label) for _, _, label in found}, key=len)

    def name_of(key):
        if " " not in key:             # "insurers" and "health insurers": the one longer name, if one
            longer = {name_of(k) for k in keys if k.endswith(" " + key)}
            return longer.pop() if len(longer) == 1 else key
        return next((k for k in keys if len(k) < len(key) and key.endswith(" " + k) and " " in k), key)

    out = {}
    for s, e, label in found:
        key = label_key(label)
        name = name_of(key)
        if name in seen:
            continue
        entity = out.get(name)
        if entity is None:
            out[name] = Entity("organization", label, label, ORGANIZATION, s, e, "institution noun")
        elif label not in entity.aliases and label_key(label) != label_key(entity.label):
            entity.aliases.append(label)
    return list(out.values())


# --- what a statement's subject or addressee names: a body, people in a role, or neither ----------

# Head nouns of bodies as a sentence names them by their kind ("Governments should ...", "Health plans should
# ...", "the trusts are responsible for ..."): a kind of institution, payer, provider or public authority, in the
# singular and the plural; the heads of capitalised names (ORG_HEADS, below) are among them.
_BODY_KINDS = """government cabinet ministry department agency authority council board trust fund funder payer purchaser
insurer plan provider state service system team hospital practice organisation organization commissioner municipality
region county parliament congress legislature commission committee network partnership sector centre center clinic
body institution employer union association society cooperative foundation""".split()


def _plural(noun):
    """A kind's plural ("agency" -> "agencies"); a word already ending in "s" stays as it is."""
    return noun if noun.endswith("s") else noun[:-1] + "ies" if re.search(r"[^aeiou]y$", noun) else noun + "s"


# Head nouns of people: in a role (an addressee) but no body.
PEOPLE_HEADS = frozenset("""readers researchers clinicians professionals practitioners staff policymakers policy-makers
decision-makers makers leaders managers physicians doctors nurses students candidates workers you we""".split())
_CLAUSE_VERB = lazy_compile(r"[ ](?:is|are|was|were|has|have|had|can|could|will|would|may|might|must)[ ]")
_TWO_PHRASES = lazy_compile(r"[a-z][ ](?:the|a|an)[ ]")
_PLACE_TAIL = lazy_compile(r"[ ](?:in|across|within|throughout)[ ](?:the|their|its|each|every|all)[ ][a-z][\w\- ]*$")
_WHOLE_ACRONYM = lazy_compile(r"[A-Z][A-Za-z0-9&\-]*[A-Z][A-Za-z0-9&\-]*s?")
_NAME_WORD = lazy_compile(r"[A-Z][\w\-'’&]*|of|for|and|the|de|on")


def body_or_role(phrase: str) -> tuple[str, str] | None:
    """What a statement's subject or addressee ``phrase`` names (an article already off): ``(label, "organization")``
    for a body (its head noun a kind of body, an acronym, or a name of two capitalised words or more), ``(label,
    "role")`` for people ("Readers", "Policy-makers"), None for anything else ("Countries", "discussion", "Health
    Leads is a non-profit organization"), which no rule should propose as an organization: a sentence's subject is
    not a body for being before "should". A place phrase after a kind is left off ("Health plans in the state")."""
    label = _PLACE_TAIL.sub("", phrase.strip())
    if not label or _CLAUSE_VERB.search(label) or _TWO_PHRASES.search(label):
        return None                          # a clause, or two phrases run together ("these contracts the network")
    words = label.split()
    head = words[-1].lower()
    if head in PEOPLE_HEADS:
        return label, "role"
    if head in BODY_HEADS or _WHOLE_ACRONYM.fullmatch(words[-1]):
        return label, "organization"
    if len(words) >= 2 and all(_NAME_WORD.fullmatch(w) for w in words) and words[-1][:1].isupper():
        return label, "organization"         # "Group Health", "Kaiser Permanente": a name
    return None


ORG_HEADS = {
    "Ministry", "Ministries", "Department", "Departments", "University", "College", "Institute", "Institutes",
    "Agency", "Agencies", "Council", "Councils", "Board", "Boards", "Trust", "Trusts", "Foundation", "Fund",
    "Funds", "Authority", "Authorities", "Committee", "Commission", "Administration", "Association", "Society",
    "Federation", "Corporation", "Company", "Inc", "Ltd", "GmbH", "AG", "Group", "Office", "Bureau",
    "Secretariat", "Directorate", "Library", "Exchange", "Press", "School", "Centre", "Center", "Centers",
    "Centres", "Hospital", "Hospitals", "Clinic", "Services", "Government", "Networks", "Alliance",
    "Coalition", "Consortium", "Collaborative", "Cooperative", "Organization", "Organisation", "Organizations",
    "Organisations", "Partners",
    "Wire", "Bulletin", "Observatory", "Service", "Network", "Plan", "Plans", "Health", "Healthcare", "System",
    "Cross", "Shield",
    "Insurance", "Care", "Exchange", "Unit", "AB", "BV", "NV", "AS", "ASA", "Oy", "Oyj", "SA", "SpA", "plc", "LLC",
    "KG", "SL", "SAS", "Assembly", "Parliament", "Legislature", "Region", "Institutet", "Institut", "Instituto",
    "Istituto", "Universität", "Universidad", "Università", "Université", "Universitet", "Hochschule",
    "District", "Municipality", "Union", "Chamber", "Limited", "Incorporated", "LLP", "Pty", "Commissioners", "Practice",
    "Clinics", "Practices", "Societies", "Universities", "Colleges", "Directorates", "Division", "Divisions", "Forum",
    "Systems", "Bank", "Banks",
}
# The heads of capitalised names that are no kind of body in lower case ("health", "care", a periodical's "wire").
_NO_BODY_HEADS = {"Health", "Healthcare", "Care", "Insurance", "Press", "Wire", "Bulletin", "Exchange", "Library", "Cross",
                   "Shield", "Limited", "Incorporated", "Inc", "Ltd", "Forum"}
BODY_HEADS = frozenset(w for kind in _BODY_KINDS + [h.lower() for h in ORG_HEADS if h[1:].islower() and h not in
                                                      _NO_BODY_HEADS]
                       for w in (kind, _plural(kind)))
# Connectors of names in other languages, allowed in an affiliation line ("Laboratorio Management e Sanità").
_FOREIGN_CONNECT = {"e", "y", "i", "und", "et", "och", "og", "ja", "di", "da", "del", "della", "der", "van", "von", "o",
                    "d'", "do", "dos", "das"}
# Heads that make a name an institution wherever they stand before "of"/"for": "Health Insurance
# Institute of Slovenia", "National Institute for Health and Care Excellence", "Royal College of Nursing".
_INNER_HEADS = {"Ministry", "Department", "University", "College", "Institute", "Agency", "Council", "Board",
                "Authority", "Commission", "Office", "Bureau", "Directorate", "Secretariat", "Federation",
                "Association", "Society", "Foundation", "Centre", "Center", "School", "Faculty", "Academy",
                "Chamber", "Union", "Court", "Tribunal", "Inspectorate", "Coalition", "Alliance", "Consortium",
                # and their plurals, for bodies named together ("State Health Departments of Selangor and Johor",
                # "Universities of Heidelberg and Frankfurt")
                "Ministries", "Departments", "Universities", "Colleges", "Institutes", "Agencies", "Councils",
                "Boards", "Authorities", "Offices", "Directorates", "Associations", "Societies", "Foundations",
                "Centres", "Centers", "Schools", "Division", "Divisions", "Hospital", "Hospitals"}
# Words that lead an institution's name in other languages: "Laboratorio Management e Sanità",
# "Istituto Superiore di Sanità", "Azienda Sanitaria Locale".
_FOREIGN_LEADS = {"Laboratorio", "Istituto", "Instituto", "Institut", "Institutet", "Centro", "Fundación", "Fondazione",
                  "Agenzia", "Agencia", "Servicio", "Servizio", "Azienda", "Consorci", "Departament", "Departamento",
                  "Ministerio", "Ministero", "Ministère", "Ministerium", "Hôpital", "Hospital", "Universidad",
                  "Università", "Université", "Universität", "Fundação", "Centre", "Conseil", "Caisse", "Agence",
                  "Unidade", "Unidad", "Servei", "Generalitat", "Conselleria", "Consejería", "Administração",
                  "Administración", "Direção", "Dirección", "Kommunalförbundet", "Landsting", "Sairaanhoitopiiri",
                  "Stiftelsen", "Stiftung", "Stichting", "Fondation", "Fundació", "Fundacja", "Caja", "Caisse",
                  "Krankenkasse", "Kassenärztliche", "Sociedad", "Società", "Associazione", "Asociación", "Verein"}
# A fund that pays for a program ("Better Care Fund", "Integrated Care Fund", "Innovation Fund"), not a
# body that holds money ("Commonwealth Fund", "Health Fund", "King's Fund").
_PROGRAM_FUND = lazy_compile(r"\b(?:Care|Innovation|Transformation|Integration|Improvement|Investment|Development|"
                             r"Prevention|Recovery|Sustainability|Change|Challenge|Partnership)[ ]Fund$")
PROGRAM_HEADS = {
    "Program", "Programme", "Programs", "Programmes", "Initiative", "Initiatives", "Model", "Pilot", "Pilots",
    "Project", "Strategy", "Scheme", "Reform", "Trial", "Demonstrator", "Pathways", "Navigator", "Teams",
    "Homes", "Vanguard", "Vanguards", "Experiment", "Partnership", "Partnerships", "Act", "Team", "Hub", "Hubs",
    "Mission", "Missions",
}
_PROGRAM_LEADS = {"Programme", "Program", "Initiative", "Strategy", "Plan", "Project", "Scheme", "Model"}
# Lower-case program words after a name: "the Esther network", "the Chronic Related Groups (CReG) pilot".
_PROGRAM_TAIL = lazy_compile(r"(?:[ ]\([A-Za-z][\w&\-]{1,9}\))?[ ](?P<head>vanguard|pilot|programme|program|model|"
                             r"network|initiative|project|trial|scheme|demonstrator|experiment|track|strand|workstream|"
                             r"reform|demonstration)s?\b")
# Small words inside a capitalised name that a run of capitalised words breaks on ("Hospital at Home",
# "Discharge to Assess", "Bromley by Bow"): kept in an acronym's long form.
_NAME_SMALL_WORDS = {"at", "by", "with", "from", "a", "into", "as"}
# A program word right after an acronym's parenthesis: "Hospital at Home (HaH) service".
_ACRONYM_PROGRAM_WORD = lazy_compile(r"\)[ ](?:service|pilot|programme|program|model|scheme|initiative|project|"
                                     r"network|team|trial)s?\b")
# "the Discharge to Assess (D2A) service": a service named by a program's long form and acronym.
_ACRONYM_SERVICE = lazy_compile(r"[ ]\([A-Za-z][\w&\-]{1,9}\)[ ]service\b")
_NUMBER_WORD = lazy_compile(r"(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|Fifteen|Sixteen|"
                            r"Seventeen|Eighteen|Nineteen|Twenty|Thirty|Forty|"
                            r"Fifty|Sixty|Seventy|Eighty|Ninety|Hundred|Thousand|\d+)(?:-[a-z]+)?")
_NUMBER_STARTS = frozenset("OTFSENH0123456789")       # the first letters _NUMBER_WORD can match
_OF_THE_BODY = lazy_compile(r"[ ]of[ ]the[ ](?=(?:Government|Ministry|University|State|Republic|Region|City|"
                            r"Province|County|Kingdom|Commonwealth)\b)")
_YEARS_TAIL = lazy_compile(r"[ ](?:19|20)\d\d(?:[-–/](?:19|20)?\d\d)?\b")
# Heads that name a program when singular and capitalised at the end of a name of three or more
# words ("Acute Demand Management Service"), an organization otherwise ("Indian Health Service").
_HEALTH_ORG_TAIL = lazy_compile(r"\b(?:Health|Healthcare|Care|Medical)[ ](?:System|Service|Services|Plan|Network|"
                                r"Networks|Group|Board|Trust|Authority|Organi[sz]ation)s?$")
_CONNECT = {"of", "for", "and", "on", "&", "+", "de", "du", "des", "la", "le", "the", "in", "to"}
# Participles that open a credit line before a body's name ("Prepared for the X Exchange", "Funded by
# the Y Trust") are dropped with the words above.
_CREDIT_PARTICIPLES = {"Prepared", "Produced", "Commissioned", "Published", "Funded", "Supported", "Hosted",
                       "Organised", "Organized", "Sponsored", "Presented", "Written", "Edited", "Reviewed", "Compiled"}
_LEADING_DROP = _CREDIT_PARTICIPLES | {"The", "A", "An", "Our", "This", "These", "That", "Those", "Its", "Their", "Each", "Every",
                 "Both", "In", "Since", "From", "Until", "Under", "Over", "After", "Before", "When", "While",
                 "If", "As", "At", "By", "For", "With", "Without", "Through", "Between", "Among", "During",
                 "Many", "Most", "Some", "Several", "All", "Other", "Such", "Two", "Three", "Four", "Five",
                 "Six", "Seven", "Eight", "Nine", "Ten", "One", "New", "Old", "Similar", "Further", "Key", "Main",
                 "Keywords", "Background", "Introduction", "Methods", "Results", "Conclusions", "Conclusion",
                 "Purpose", "Design", "Findings", "Objective", "Objectives", "Aim", "Aims", "Context",
                 "Description", "Discussion", "Highlights", "Sustainability", "Abstract", "Summary",
                 "Today", "Yesterday", "Now", "Currently", "Recently", "Meanwhile", "However", "Instead",
                 "Based", "Building", "Drawing", "Modelled", "Modeled", "Inspired", "Like", "Unlike", "Following"}
_NEW_PLACES = {"Zealand", "York", "Jersey", "Mexico", "South", "England", "Brunswick", "Hampshire", "Orleans", "Delhi",
               "Haven", "Caledonia", "Guinea"}
# Words that open a sentence about programs or studies in general, never a name: "Future trials should ...".
_COMMON_OPENERS = frozenset("Future Further More Larger Longer Previous Earlier Later Recent Similar Other Such Most "
                            "Many Some Several Both All Each Every".split())
# "St. Vincent", "Mt. Sinai": an abbreviated saint's or mountain's title is part of the word after it.
_COMMA_PART = lazy_compile(r"[^,]+")
_AND_PART = lazy_compile(r"(?:(?! and | & ).)+")     # a run up to " and " or " & "
_TITLE_ABBREVIATION = r"(?:St|Ste|Mt|Ft)\.[ ]"
_NAME_RUN = lazy_compile(rf"{_TITLE_ABBREVIATION}[A-ZÀ-Þ][\w'’\-]*|[A-ZÀ-Þ][\w'’\-]*(?:\.[A-Z])?|&|\+|\b(?:of|for|and|on|de|du|des|la|le|the|in|to)\b")
# One to four lower-case words before a program word, the first not a mere adjective of size or order.
_LOWER_NP = (r"(?!(?:new|first|second|third|large|small|similar|national|pilot|major|further|larger|smaller|single|"
             r"same|other|two|three|four|five|ten|several|joint)[ ])(?:[a-z][\w\-]*[ ]){1,4}")
_ORG_ONEWORD_CONTEXT = [
    # (pattern with a group "name", kind); a name opens on its capital, its boundary or the sentence's start
    # checked behind it: sre looks for such a pattern only at capitals (the same matches)
    (lazy_compile(r"\b(?:analysis|study|report|evaluation|review|survey|audit)[ ]by[ ](?P<name>[A-Z][\w&\-]+(?:[ ](?:(?:for|of|and|&|\+)[ ](?:the[ ])?)?[A-Z][\w&\-]+)*)"), "organization"),
    (lazy_compile(r"\b(?:acquired|bought|funded|owned|run|operated|led|managed|commissioned)[ ]by[ ](?:the[ ])?(?P<name>[A-Z][\w&\-]+(?:[ ](?:(?:for|of|and|&|\+)[ ](?:the[ ])?)?[A-Z][\w&\-]+)*)"), "organization"),
    (lazy_compile(r"(?P<name>[A-Z](?<!\w[A-Z])(?:[\w&\-]*[A-Z][\w&\-]*|[a-z]+[A-Z][\w]*))[ ]acquired\b"), "organization"),
    (lazy_compile(r"\bacquired[ ](?P<name>[A-Z][\w&\-]+)"), "organization"),
    (lazy_compile(r"(?P<name>[A-Z](?<!\w[A-Z])[\w&\-]+)(?:,[ ]now[ ](?P<alias>[A-Z][\w&\-]+),)"), "organization"),
    (lazy_compile(r"\b(?:the|a|an)[ ](?:health[ ]management|consulting|consultancy|insurance|technology|management|"
                  r"pharmaceutical|software)[ ](?:firm|company)[ ](?P<name>[A-Z][\w&\-]+(?:[ ][A-Z][\w&\-]+)*)"), "organization"),
    (lazy_compile(r"(?P<name>[A-Z](?:(?<=^[A-Z])|(?<=[.:;]\s[A-Z])|(?<=\n[A-Z]))[\w&\-]+(?:[ ][A-Z][\w&\-]+){0,3})[ ](?:is|was)[ ]an?[ ]"
                  r"(?:[\w\-]+[ ]){0,6}?(?:organi[sz]ation|company|firm|foundation|insurer|charity|nonprofit|provider|"
                  r"health[ ]plan|cooperative|trust|agency|association)\b"), "organization"),
    (lazy_compile(r"(?P<name>[A-Z](?<!\w[A-Z])[\w&\-]+(?:[ ][A-Z][\w&\-]+){0,4}),[ ](?:an?|the)[ ](?:[\w\-]+[ ]){0,5}?"
                  r"(?:organi[sz]ation|company|firm|foundation|insurer|charity|provider|health[ ]plan|"
                  r"cooperative|agency|association|delivery[ ]system|health[ ]system|alliance|network|centre|center|"
                  r"hospital|clinic|authority|health[ ]service|service[ ]provider|department|ministry|regulator|payer|"
                  r"purchaser|municipality|council|board|trust|body|institute|university|consortium|union)\b"), "organization"),
    (lazy_compile(r"(?P<name>[A-Z](?<!\w[A-Z])[\w&\-]+(?:[ ][A-Z][\w&\-]+){0,3})[ ]\((?:the|a|an)[ ](?:[\w\-]+[ ]){0,6}?"
                  r"(?:organi[sz]ation|company|firm|foundation|insurer|charity|provider|association|agency|"
                  r"cooperative|centre|center|trust|network|health[ ]service|authority|body|department|board|council|"
                  r"payer|institute|ministry|office|municipality|regulator|district)\)"), "organization"),
    (lazy_compile(r"\b(?:health[ ]insurer,|[Tt]he[ ](?:health[ ]|private[ ]|public[ ]|mutual[ ])?(?:insurer|charity|consultancy|"
                  r"nonprofit|non-profit|cooperative|health[ ]system|health[ ]plan|sickness[ ]fund))[ ]"
                  r"(?P<name>[A-Z][\w&\-]+(?:[ ][A-Z][\w&\-]+){0,3})"), "organization"),
    (lazy_compile(r"(?P<name>[A-Z](?<!\w[A-Z])[\w&\-]+)[ ]\((?:Dutch|German|French|Spanish|Italian|Swedish|Danish|Norwegian|"
                  r"Finnish|Catalan|Basque|Portuguese|Japanese|Maori|Māori)[ ]for\b"), "organization"),
    (lazy_compile(r"\b(?:launched|introduced|created|set[ ]up|established|started|piloted|developed)[ ](?P<name>[A-Z][a-z]+[A-Z][\w]*|"
                  r"[A-Z][\w\-]+(?:[ ][A-Z][\w\-]+){0,4}[ ](?:Program|Programme|Initiative|Model|Pilot|Project|Scheme))\b"), "program"),
    (lazy_compile(r"(?P<name>[A-Z](?<!\w[A-Z])[a-z]+[A-Z][\w]*),[ ]an?[ ](?:website|programme|program|service|initiative|"
                  r"scheme|tool|platform|model)\b"), "program"),
    (lazy_compile(r"(?P<name>[A-Z](?:(?<=^[A-Z])|(?<=[.:;]\s[A-Z])|(?<=\n[A-Z]))[\w&\-]+(?:[ ][A-Z][\w&\-]+){0,3})[ ](?:is|was)[ ]an?[ ]"
                  r"(?:[\w\-]+[ ]){0,5}?(?:approach|programme|program|initiative|scheme|strategy|reform|policy|pilot)\b"),
     "program"),
    (lazy_compile(r"\bthe[ ](?P<name>[A-Z][\w\-]+(?:[ ][A-Z][\w\-]+){0,3})[ ]model\b"), "program model"),
    # a program without a proper name, named by its start: "introduced a pay-for-performance program for
    # diabetes", "started a quality improvement collaborative", "Japan's long-term care insurance, which began"
    (lazy_compile(r"\b(?:introduced|launched|began|started|created|set[ ]up|established|piloted|rolled[ ]out)[ ](?:a|an|its|their)[ ]"
                  rf"(?P<name>{_LOWER_NP}(?:program|programme|scheme|initiative|pilot|collaborative)s?(?:[ ]for[ ][a-z][\w\-]+)?)\b"
                  r"(?!,?[ ](?:known[ ]as|called|named|dubbed|entitled)\b)"),
     "program"),
    (lazy_compile(rf"(?:['’]s[ ]|\bthe[ ])(?P<name>{_LOWER_NP}(?:insurance|scheme|program|programme|system|reform|initiative|"
                  r"strategy|policy)),[ ]which[ ](?:began|started|was[ ](?:launched|introduced|created|set[ ]up|established))\b"),
     "program"),
    # bodies listed and then counted by their kind: "Harbourview and Lakeside, two non-profits, ...", "Abode
    # Services, Roots and LifeLong, three community health centers": each name is a body's
    (lazy_compile(r"(?P<name>[A-Z](?<![\w\-][A-Z])[\w&'’\-]+(?:[ ][A-Z][\w&'’\-]+){0,3}(?:,[ ][A-Z][\w&'’\-]+(?:[ ][A-Z][\w&'’\-]+){0,3})*"
                  r",?[ ]and[ ][A-Z][\w&'’\-]+(?:[ ][A-Z][\w&'’\-]+){0,3}),[ ](?:two|three|four|five|six|both|all)[ ]"
                  r"(?:[\w\-]+[ ]){0,2}?(?:non-profits|nonprofits|not-for-profits|charities|organi[sz]ations|companies|firms|"
                  r"health[ ]systems|insurers|hospitals|providers|agencies|NGOs|foundations|trusts|cooperatives|"
                  r"health[ ]cent(?:er|re)s|universities|associations|partners)\b"), "organization list"),
]
# Words each pattern above needs: a pattern whose words the text lacks is not run.
_CONTEXT_GUARDS = [("analysis by", "study by", "report by", "evaluation by", "review by", "survey by", "audit by"), ("acquired by", "bought by", "funded by", "owned by", "run by", "operated by", "led by", "managed by", "commissioned by"), (" acquired",), ("acquired ",), (", now ",), (" firm ", " company "), (" is a", " was a", " is an", " was an"), (", a ", ", an ", ", the "), (" (the ", " (a ", " (an "), ("health insurer,", "insurer ", "charity ", "consultancy ", "profit ", "cooperative ", "health system ",
                    "health plan ", "sickness fund "), tuple(f"{lang} for" for lang in ("Dutch", "German", "French", "Spanish", "Italian", "Swedish", "Danish", "Norwegian", "Finnish", "Catalan", "Basque", "Portuguese", "Japanese", "Maori", "Māori")), ("launched", "introduced", "created", "set up", "established", "started", "piloted", "developed"), (", a ", ", an "), (" is a", " was a", " is an", " was an"), (" model",),
                   ("introduced", "launched", "began", "started", "created", "set up", "established", "piloted", "rolled out"),
                   (", which ",), (", two ", ", three ", ", four ", ", five ", ", six ", ", both ", ", all ")]
_GLOSS_AFTER = lazy_compile(r"[ ]\((?:the[ ])?[A-Z][a-z]+[ ]acronym\b|,[ ](?:from|the)[ ](?:the[ ])?[A-Z][a-z]+[ ]")
# (Opened on the capital, the boundary checked behind it: the same matches, looked for only at capitals.)
_ONE_WORD_NAME = lazy_compile(r"[A-Z](?<![\w\-][A-Z])(?:[a-z]+[A-Z][A-Za-z]+|[A-Z]{2,4})\b(?![\-/][\dA-Za-z])")
# Capitalised words that are not organizations: conditions, designs, places, units, roman numerals.
_PAYER_WORDS = ("coverage", "benefits", "beneficiaries", "enrollees", "program pays", "programme pays", "insurers",
                "payers", "spending", "fee schedule", "average", "payments")
_PAYER_NAME = lazy_compile(
    r"(?<![\w\-])(?P<names>[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:(?:,[ ]|[ ]and[ ]|[ ]or[ ])[A-Z][a-z]+(?:[A-Z][a-z]+)?)*)"
    r"(?:[ ](?=(?:coverage|benefits|beneficiaries|enrollees|spending|fee[ ]schedule|average|payments|"
    r"program(?:me)?[ ]pays)\b)|,?[ ](?:and|or)[ ](?=(?:commercial|private|other)[ ](?:insurers|payers)\b))")
_PAYERS = {"Medicare", "Medicaid"}
# A capitalised long form with no institution's or program's head is a program when it names care or a
# process ("Home-Based Primary Care", "Mental Health Integration", "Improving Mood-Promoting Access to
# Collaborative Treatment"), a body otherwise.
_PROCESS_WORDS = {"Care", "Integration", "Treatment", "Assessment", "Management", "Prevention", "Coordination",
                  "Support", "Outcomes", "Access", "Improvement", "Transformation", "Cuidados", "Home", "Extension"}
# Capitalised comparatives that start a result ("Higher coverage was associated with ..."): no payer's name.
_COMPARATIVES = {"Higher", "Lower", "Greater", "Fewer", "More", "Less", "Better", "Worse", "Larger", "Smaller"}
_DEMONYM = lazy_compile(r"(?:ish|ese|an|ch|i|ic)$|^(?:January|February|March|April|May|June|July|August|September|"
                        r"October|November|December|Total|Annual|Average|Federal|State|National|Public|Private)$")
_NOT_ORG_WORDS = {"COPD", "CABG", "HIV", "AIDS", "CKD", "ESRD", "DVT", "RCT", "GDP", "ICU", "GP", "GPS", "CEO", "USA",
                  "UK", "EU", "PDF", "HTML", "JATS", "DOI", "PMID", "PMCID", "ISSN", "ISBN", "III", "VII", "VIII",
                  "ABSTRACT", "BACKGROUND", "METHODS", "RESULTS", "CONCLUSIONS", "CONCLUSION", "INTRODUCTION",
                  "DESCRIPTION", "OBJECTIVE", "OBJECTIVES", "PURPOSE", "DESIGN", "FINDINGS", "CONTEXT", "AIMS",
                  "NEWS", "HOME", "MENU", "LOGIN", "SEARCH", "ABOUT", "KEY", "POLICY", "THE", "AND", "FOR", "NOTE",
                  # currencies' codes ("GBP 2.4 million"), not bodies
                  "GBP", "USD", "EUR", "CAD", "AUD", "NZD", "CHF", "SEK", "DKK", "NOK", "JPY", "INR", "ZAR"}
# A word in a line of capitals ("STATE HEALTH POLICY BRIEF"): a heading's word, not an acronym.
_IN_CAPITALS = lazy_compile(r"[A-Z]{3,}[ ][A-Z]{2,}[ ][A-Z]{3,}")
_PAREN_ALIAS = lazy_compile(r"[ ]\((?P<alias>[A-Z][A-Za-z]*[A-Z][A-Za-z]*|[A-Z][a-z]+[A-Z][\w]*)\)")
# A name in quotation marks before a program word: the "Living Well" service, the ‘Ageing Better’ programme,
# the "care closer to home" pilot, after a determiner or a possessive (not a quoted remark: "said 'we will' model
# it"). The marks set the name apart as a reader's capitals would.
_QUOTE_THEN_HEAD = lazy_compile(r"(?:service|programme|program|initiative|project|scheme|pilot|model|network|"
                                r"partnership|campaign|approach)")


# A name in quotation marks right after a program word: 'a joint plan, "Integrated care for better health", for
# people with chronic diseases', 'the strategy "Healthy Lives Together"'. Looked for from each opening mark.
_QUOTED_NAME = lazy_compile(r"(?P<name>[A-Z][\w’'\-]*(?:[ ][\w’'\-&]+){1,7})[\"”]")
_PROGRAM_WORD_BEFORE = lazy_compile(r"\b(?:plan|programme|program|strategy|initiative|scheme|reform|project|pilot|"
                                    r"policy|framework),?[ ](?:called[ ]|named[ ]|entitled[ ])?$")


# A facility named by its proper name (or its place's) and a lower-case kind: "the San Giovanni psychiatric
# hospital", "a Veterans Affairs medical center", "the Marvdasht district health centre". Found from the kind.
_FACILITY_HEADS = (" hospital", " health centre", " health center", " medical centre", " medical center", " clinic")
_NAMED_FACILITY = lazy_compile(r"\b(?:[Tt]he|[Aa]|at|in)[ ](?P<name>(?P<proper>[A-Z][\w\-’']+(?:[ ][A-Z][\w\-’']+){0,2})[ ]"
                               r"(?:[a-z][\w\-]+[ ]){0,2}?(?:hospital|health[ ]cent(?:re|er)|medical[ ]cent(?:re|er)|clinic))$")


def _named_facilities(text):
    """Matches of _NAMED_FACILITY, looked for only before each singular kind word (string search first)."""
    for head in _FACILITY_HEADS:
        at = text.find(head)
        while at >= 0:
            end = at + len(head)
            if not text[end:end + 1].isalpha():
                m = _NAMED_FACILITY.search(text, max(0, end - 90), end)
                if m is not None:
                    proper = m.group("proper").split()
                    if not (len(proper) == 1 and (_DEMONYM.search(proper[0]) or proper[0] in _PAYERS)) \
                            and not proper[-1].endswith(("'s", "’s")) and proper[0] not in _LEADING_DROP:
                        yield m         # not "the Dutch health centre", "the Medicare clinic", "the city's hospital"
            at = text.find(head, end)


def _quoted_after_program_word(text):
    """Matches of _QUOTED_NAME after an opening mark that a program word precedes (string search first)."""
    for mark in ('"', "“"):
        at = text.find(mark)
        while at >= 0:
            if _PROGRAM_WORD_BEFORE.search(text, max(0, at - 40), at):
                m = _QUOTED_NAME.match(text, at + 1, at + 120)
                if m is not None:
                    yield m
            at = text.find(mark, at + 1)


def _quoted_programs(text):
    """Matches of _QUOTED_PROGRAM, looked for only before each closing mark that a program word follows
    (found by string search: a scan of the whole text by the pattern cost 0.2 ms a document)."""
    for mark in ('"', "”", "’", "'"):
        at = text.find(mark + " ")
        while at >= 0:
            if _QUOTE_THEN_HEAD.match(text, at + 2):
                m = _QUOTED_PROGRAM.search(text, max(0, at - 80), at + 40)
                while m is not None and m.end() <= at + 2:
                    m = _QUOTED_PROGRAM.search(text, m.end(), at + 40)
                if m is not None and m.start("name") <= at < m.end():
                    yield m
            at = text.find(mark + " ", at + 1)
_QUOTED_PROGRAM = lazy_compile(r"(?:\b(?:[Tt]he|an?|its|their|our|this|new)|['’]s)[ ](?P<open>[\"“‘'])(?P<name>[A-Za-z][\w’\-]*(?:[ ][\w’\-&]+){0,5})[\"”’'][ ]"
                               r"(?P<head>service|programme|program|initiative|project|scheme|pilot|model|network|"
                               r"partnership|campaign|approach)s?\b")


_JOIN_GAPS = {" ", "\t", "\n", " \n", "\n ", " \n ", "\t\n", "\n\t"}


_CAP_WORD = rf"(?:{_TITLE_ABBREVIATION}[A-ZÀ-Þ][\w'’\-]*|[A-ZÀ-Þ][\w'’\-]*(?:\.[A-Z])?)"
_TOKEN = rf"(?:{_CAP_WORD}|&|\+|\b(?:of|for|and|on|de|du|des|la|le|the|in|to)\b)"
# A whole run in one match: a capitalised word, then tokens each after a join gap (see _JOIN_GAPS).
# The first word is _CAP_WORD with its capital taken first (a title's "St", "Ste", "Mt", "Ft" checked
# behind it), so that sre looks for a run only at capitals: the same matches.
_FIRST_CAP_WORD = r"[A-ZÀ-Þ](?:(?<=S)te?\.[ ][A-ZÀ-Þ][\w'’\-]*|(?<=[MF])t\.[ ][A-ZÀ-Þ][\w'’\-]*|[\w'’\-]*(?:\.[A-Z])?)"
_RUN = lazy_compile(rf"{_FIRST_CAP_WORD}(?:(?:[ ]\n[ ]|[ \t]\n|\n[ \t]|[ \t\n]){_TOKEN})*")


_MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"}


def _before_month(run):
    """A run cut before "in" or "on" and a month's name: a date after a name, not in it."""
    for i in range(1, len(run) - 1):
        if run[i][2] in ("in", "on") and run[i + 1][2] in _MONTHS:
            return run[:i]
    return run


def _runs(text, start, end):
    """(start, end, words) of capitalised names within a sentence: capitalised words joined by
    connectors, leading determiners and sentence words dropped, trailing connectors dropped; a
    possessive ("Singapore's") ends its name. The regular expression joins the words, so only the
    names, not every word, pass through Python."""
    out = []
    for m in _RUN.finditer(text, start, end):
        run = []
        for w in _NAME_RUN.finditer(text, m.start(), m.end()):
            word = w.group()
            if word.endswith(("'s", "’s")):
                run.append((w.start(), w.end() - 2, word[:-2]))
                out.append(run)
                run = []
                continue
            if word in _CONNECT and not run:
                continue
            run.append((w.start(), w.end(), word))
        if run:
            out.append(run)
    if any(len(run) > 2 for run in out):
        out = [part for run in out for part in _split_run(text, run)]
    cleaned = []
    for run in out:
        run = _before_month(run)         # "the Government of Kerala in November 2016": no part of the name
        while run and run[-1][2] in _CONNECT:
            run = run[:-1]
        while run and (run[0][2] in _LEADING_DROP or run[0][2] in _CONNECT
                       or (len(run) > 1 and run[0][2][:1] in _NUMBER_STARTS
                           and _NUMBER_WORD.fullmatch(run[0][2]))):   # "Thirty-one Primary Health Networks"
            if run[0][2] == "New" and len(run) > 1 and run[1][2] in _NEW_PLACES:
                break                   # "New Zealand Government"
            run = run[1:]
        if run:
            cleaned.append((run[0][0], run[-1][1], [w[2] for w in run]))
    return cleaned


def _split_run(text, run):
    """A run of capitalised words cut where it joins what is no part of one name: a line break before a label
    ("Lead applicant: Loire Valley Institute for Ageing Research\nDuration: 36 months") or a credit line ("Sanming,
    China\nPrepared for the ..."), a place and "the" before a body ("In the United States the Robert Wood Johnson
    Foundation"), "to the" between two bodies ("from the Ministry of Health to the CCSS"). A name wrapped over two
    lines stays whole."""
    parts, cut = [], 0
    for i in range(1, len(run)):
        prev_end, (start, end, word) = run[i - 1][1], run[i]
        if "\n" in text[prev_end:start] and (text.startswith(":", end) or word in _CREDIT_PARTICIPLES):
            parts.append(run[cut:i])
            cut = i
        elif word == "the" and i + 1 < len(run) and i > cut and run[i + 1][2][:1].isupper() \
                and (run[i - 1][2] == "to" or _is_place_run(run[cut:i])):
            parts.append(run[cut:i - 1] if run[i - 1][2] == "to" else run[cut:i])
            cut = i + 1
    if not parts:
        return [run]
    parts.append(run[cut:])
    return [p for p in parts if p]


def _is_place_run(run):
    """True for words of a run that name a known place once the sentence's opening words are left out ("In the
    United States")."""
    words = [w for _, _, w in run]
    while words and (words[0] in _LEADING_DROP or words[0] in _CONNECT or words[0] in ("In", "At", "Across")):
        words = words[1:]
    return bool(words) and is_known_place(" ".join(words))


# A local government named by its kind, then its place: "City of Helsinki", "Municipality of Los Ríos Altos",
# "Region of Southern Denmark", and the Swedish and Danish regions' own names ("Region Västernorrland").
_LOCAL_BODY_LEADS = frozenset(("City", "Municipality", "Region"))
# A place's government in lower case: "the Luohu District government", "the Kerala government".
_PLACE_GOVERNMENT = lazy_compile(r"(?P<place>[A-ZÀ-Þ](?<![\w\-][A-ZÀ-Þ])[\w\-]*(?:[ ][A-ZÀ-Þ][\w\-]+){0,2})$")
# The small words a capitalised run breaks on inside an act's name ("Act on Cooperation in Discharge from Inpatient
# Health Care").
_ACT_NAME_GAP = lazy_compile(r"[ ](?:from|at|by|with|into|under|within|between)[ ](?:the[ ])?")
_ACT_OF_YEAR = lazy_compile(r"\bAct[ ](?:of[ ])?\d{4}$")


def _classify(words, text_after):
    """"organization", "program" or None for a capitalised name."""
    content = [w for w in words if w not in _CONNECT]
    if not content:
        return None
    last = content[-1]
    name = " ".join(words)
    if not _EVENT_OR_GENRE.isdisjoint(content) or (
            len(content) > 2 and sum(1 for w in content if w.isupper() and len(w) > 2) > 2):
        return None                      # "International Conference on ...", "Minutes of the Board", a heading
    if len(content) < 2 and not _ACRONYM_LIKE.fullmatch(last):
        return None
    if _GENERIC_BODY_WORDS.issuperset(content):
        return None                      # "Programme Board", "Steering Group": a committee no name picks out
    if last in ("Team", "Teams", "Unit", "Office", "Desk") and _OFFICE_FUNCTIONS.issuperset(content[:-1]):
        return None                      # "the Communications Team", "Press Office": a body's staff by their trade
    if words[0] in ("Board", "Court", "Council") and len(words) == 3 and words[2] in _GOVERNING_MEMBERS:
        return None                      # "Board of Directors", "Board of Trustees": a body's own organ
    if words[0] in ROLE_TITLES and len(words) > 2 and words[1] in ("of", "for"):
        return None                      # "Director of Nursing and Director of Strategy": people by their posts
    if name.endswith("System of Care") or (words[0] in _PROGRAM_LEADS and len(words) > 2 and words[1] in ("for", "of", "on", "to")):
        return "program"
    if last in ("Act", "Law", "Bill", "Regulation", "Directive") or _ACT_OF_YEAR.search(name):
        return "legislation"
    if last == "Fund" and _PROGRAM_FUND.search(name):
        return "program"
    if words[0] in _FOREIGN_LEADS and len(content) >= 2 and words[0] not in ("Centre", "Hospital"):
        return "organization"
    if words[0] == "House" and len(words) == 3 and words[1] == "of":
        return "organization"           # "House of Commons", "House of Representatives": a chamber
    if last == "Hall" and len(content) >= 3 and content[-2] in ("City", "Town", "County", "Municipal", "Village"):
        return "organization"           # "Bucheon City Hall": a local government by its seat
    if words[0] in _LOCAL_BODY_LEADS and len(words) >= 2 and (
            (words[1] == "of" and len(words) >= 3) or (words[0] == "Region" and words[1] not in _CONNECT)):
        return "organization"           # "City of Helsinki", "Region of Southern Denmark", "Region Västernorrland"
    if last not in PROGRAM_HEADS and any(w in _INNER_HEADS | {"Committee"} and nxt in ("of", "for", "on")
                                         for w, nxt in zip(words[1:-1], words[2:])):
        return "organization"           # "Health Insurance Institute of Slovenia"
    if last in PROGRAM_HEADS or (len(content) >= 2 and " ".join(content[-3:]) == "System of Care"):
        if last == "Partnership" or (last in ("Teams", "Partnerships") and len(content) < 3):
            return None
        return "program"
    if last in ("Care", "Healthcare") and len(content) >= 2 and content[0].endswith(("ed", "ive")) \
            and content[0] not in ("United", "Advanced", "Allied", "Assisted"):
        return "program"                # "Enhanced Primary Healthcare", "Comprehensive Primary Care": care as organised
    if last in ORG_HEADS or ((words[0] in _INNER_HEADS or words[0] == "Government")
                             and len(words) > 2 and words[1] in ("of", "for")):
        if last in ("Health", "Healthcare", "Care", "System", "Plan", "Plans", "Insurance", "Service", "Network", "Unit",
                    "Exchange", "Cross", "Shield") and len(content) < 2:
            return None
        if last in ("Service",) and len(content) >= 3 and not _HEALTH_ORG_TAIL.search(name) \
                and content[-2] not in ("Paramedic", "Ambulance", "Fire", "Police", "Probation", "Prison") \
                and content[0] not in ("National", "Indian", "Catalan", "Public", "Federal", "State"):
            return "program"
        return "organization"
    if (len(content) >= 2 and 2 <= len(words[0]) <= 5 and words[0].isupper() and words[0].isalpha()
            and words[0] not in _NOT_ORG_WORDS and all(w[:1].isupper() for w in content)
            and not {"and", "&", "The"} & set(words[1:])
            and last not in ("View", "Report", "Review", "Plan", "Strategy", "Framework", "Guidance", "Paper")):
        return "organization"            # "NHS England", "AOK Baden-Württemberg": a body's acronym and its area
    return None


# A body named with a possessive inside its name: "the King's Fund", "St Christopher's Hospice", "Children's Hospital".
_POSSESSIVE_HEAD = lazy_compile(r"['’]s[ ](?:[A-Z][\w\-]+[ ]){0,2}(?:Fund|Hospital|College|Trust|Foundation|Society|"
                                r"Hospice|Institute)\b")


def _possessive_bodies(text):
    """Matches of _POSSESSIVE_BODY, looked for only around each "'s " that a body's head follows (string search
    first: a scan of the whole text by the pattern cost 0.17 ms a document)."""
    for mark in ("'s ", "’s "):
        at = text.find(mark)
        while at >= 0:
            if text[at + 3:at + 4].isupper() and _POSSESSIVE_HEAD.match(text, at):
                m = _POSSESSIVE_BODY.search(text, max(0, at - 30), at + 80)
                if m is not None and m.start() < at < m.end():
                    yield m
            at = text.find(mark, at + 1)
# (Opened on the capital, the boundary checked behind it: looked for only at capitals.)
_POSSESSIVE_BODY = lazy_compile(r"(?:(?:St\.?|Saint)[ ])?(?P<owner>[A-Z](?<![\w\-’'][A-Z])[a-z]+)['’]s[ ](?:[A-Z][\w\-]+[ ]){0,2}"
                                r"(?:Fund|Hospital|College|Trust|Foundation|Society|Hospice|Institute)\b")
# People named by what they are of a body, before its name: "Staff of the", "Representatives from the".
_PEOPLE_OF = lazy_compile(r"(?:Staff|Representatives|Members|Officials|Employees|Leaders|Managers|Experts|Researchers|"
                          r"Clinicians|Delegates|Volunteers|Colleagues|Partners|Teams)[ \t\n](?:of|from)[ \t\n](?:the[ \t\n])?")
# Posts that open a name of a person by role, "Director of Strategy", "Minister for Health": no body, no
# program (statements.py reads them too).
# Words of a committee's or a team's name that no proper name or field of care picks out.
_GENERIC_BODY_WORDS = {"Programme", "Program", "Project", "Steering", "Board", "Group", "Committee", "Team", "Management",
                       "Executive", "Advisory", "Working", "Joint", "Leadership", "Oversight", "Delivery", "Implementation",
                       "Operational", "Strategic", "Reference", "Task", "Force", "Sub-Committee", "Subcommittee",
                       "Partnership", "Core", "Project", "Governance", "Panel"}
# The trades of a body's own staff: "Communications Team", "Press Office", "Web and Digital Team".
_OFFICE_FUNCTIONS = {"Communications", "Communication", "Comms", "Marketing", "Press", "Media", "Editorial", "Web",
                     "Digital", "Events", "Publications", "Publishing", "Newsroom", "News", "Content", "Social",
                     "Public", "Relations", "Affairs", "and", "&"}
_GOVERNING_MEMBERS = {"Directors", "Trustees", "Governors", "Management", "Members"}
ROLE_TITLES = {"Director", "Directors", "Head", "Chief", "Minister", "Secretary", "Chair", "Chairman", "Chairwoman",
                "Chairperson", "President", "Commissioner", "Officer", "Manager", "Dean", "Professor"}
_ACRONYM_LIKE = lazy_compile(r"[A-Z][A-Za-z0-9&\-]*[A-Z][A-Za-z0-9&\-]*s?")
# Words that make a capitalised run an event or a kind of writing, not a body: "International Conference
# on ...", "Minutes of the Board", "Members' Newsletter", "Fact Sheet".
_EVENT_OR_GENRE = {"Conference", "Congress", "Symposium", "Summit", "Workshop", "Webinar", "Minutes", "Newsletter",
                   "Magazine", "Sheet", "Factsheet", "Release", "Brief", "Briefing", "Proceedings",
                   "Abstracts", "Agenda", "Journal"}
_AFFILIATION = lazy_compile(r"^[ \t]*(?:\(\d+\)[ \t]*|\d+[ \t]+|[¹²³⁴⁵⁶⁷⁸⁹⁰]+[ \t]*|Affiliation:[ \t]*)?(?P<body>[^\n]+)$", re.M)


_IN_PLACE = lazy_compile(r"[ ]in[ ](?=[A-Z])")
# A line, or a part of one between bars: what a masthead, a signature or a credit line holds.
_NOT_IN_LINE_NAME = frozenset("0123456789,:;.()")   # an address, a label, a date or a sentence, not a name alone
_LINE_PART = lazy_compile(r"(?:^|(?<=\|))[ \t]*(?P<part>[^\n|]*[^\s|])[ \t]*(?=\||$)", re.M)
_CREDIT_LEAD = lazy_compile(r"(?:(?:Prepared|Compiled|Commissioned|Produced|Awarded|Presented|Submitted|Answered|Funded|"
                            r"Published|Issued|Written)[ ](?:by|for|to)|From)(?::[ ]*|[ ]+)(?:the[ ]+)?")
# A company's legal form after its name and a comma: "Access East, Inc.", "Acme Health, LLC".
_COMPANY_SUFFIX = lazy_compile(r",[ ](?:Inc\.?|LLC|L\.L\.C\.|Ltd\.?|PLLC|P\.C\.|LLP|Co\.)(?![\w])")
# "Prepared by Thandiwe Mokoena for the X": a credit line's person, then the body it was prepared for.
_CREDIT_BY_FOR = lazy_compile(r"(?:Prepared|Compiled|Written|Produced)[ ]by[ ](?:[A-Z][\w.'’\-]*[ ]){1,4}for[ ](?:the[ ]+)?")
# The date that closes a credit line: ", Spring 2021", ", January 2015", ", 2019".
# Also a day before the month (", 14 March 2015") and a date after "on" ("Presented to the X on 28 April 2020").
_CREDIT_DATE = lazy_compile(r"(?:,|[ ]on)[ ](?:\d{1,2}[ ])?(?:(?:Spring|Summer|Autumn|Fall|Winter|January|February|March|"
                            r"April|May|June|July|August|September|October|November|December)[ ])?(?:\d{1,2},?[ ])?"
                            r"(?:19|20)\d\d$")
# What a credit line says of its body after a comma, in lower case: "Prepared by: X, technical assistance team".
_CREDIT_DESCRIPTION = lazy_compile(r",[ ][a-z][^,]*$")
_ACT_AFTER = lazy_compile(r"[ ]\([A-Z][^()\n]{1,40}\)[ ](?:Act|Law|Bill|Order|Regulations)\b")
# A journal where a study was published ("published in JAMA in 2016"), no body.
_PUBLISHED_IN = lazy_compile(r"\b(?:published|appeared|reported|printed)[ ]in[ ](?:the[ ])?$")
# The last "of (the)" of a run a post opens: what follows is the body the post is in.
_ROLE_OF = lazy_compile(r"[ \t\n]of[ \t\n](?:the[ \t\n])?(?!.*[ \t\n]of[ \t\n])", re.S)


def find_named(text, sentences, acronyms, places, zones, excluded=()):
    """Named organizations, programs, persons and acts, first occurrence of each name."""
    found = {}
    place_spans = [(p.start, p.end) for p in places]
    place_names = {label_key(p.text) for p in places} | {label_key(p.place.name) for p in places}

    def inside_excluded(s, e):
        return any(xs < e and s < xe for xs, xe in excluded)

    def keep(kind, label, start, end, source, name=None, aliases=(), force=False, in_byline=False):
        name = " ".join((name or label).split())
        key = label_key(name)
        if not key or (key in place_names and not force) or (inside_excluded(start, end) and not in_byline):
            return None
        entity = found.get((kind, key))
        if entity is None:
            entity = Entity(kind, label, name, KIND_TYPES[kind], start, end, source, list(aliases))
            found[(kind, key)] = entity
        else:
            for alias in aliases:
                if alias not in entity.aliases:
                    entity.aliases.append(alias)
        return entity

    by_short = {}
    acronym_programs = []                 # spans of names found whole (an acronym's long form, a quoted name, a
    #                                       gloss): no capitalised run inside them is a name of its own
    for acronym in acronyms:
        if acronym.long_end < acronym.short_start - 2:
            between = text[acronym.long_end:acronym.short_start - 1].rstrip(" (")
            if re.fullmatch(r"(?:[ ](?:of|for|and|the|on|in|&)|[ ][A-Z][\w'’\-]*)+", between or "x"):
                acronym = type(acronym)(acronym.short, text[acronym.long_start:acronym.long_end + len(between)],
                                        acronym.short_start, acronym.short_end, acronym.long_start,
                                        acronym.long_end + len(between))
        words = _NAME_RUN.findall(acronym.long)
        long_words = acronym.long.split()
        kind = _classify(long_words, "") if acronym.long[:1].isupper() else None
        if kind is None and acronym.long[:1].isupper() and all(w[:1].isupper() or w in _CONNECT for w in long_words):
            kind = ("program" if _PROCESS_WORDS.intersection(long_words) or long_words[0].endswith("ing")
                    else "organization") if len(long_words) >= 2 else None
        if kind is None and acronym.long[:1].isupper() and len(long_words) >= 3 and long_words[-1][:1].isupper() \
                and all(w[:1].isupper() or w in _CONNECT or w in _NAME_SMALL_WORDS for w in long_words) \
                and _ACRONYM_PROGRAM_WORD.match(text, acronym.short_end):
            # "Hospital at Home (HaH) service", "Discharge to Assess (D2A) pilot": a name with a small word
            # its run breaks on, which the program word after its acronym makes a program
            kind = "program"
        if kind == "program" and not _PROGRAM_TAIL.match(text, acronym.long_end) and \
                (service := _ACRONYM_SERVICE.match(text, acronym.long_end)):
            # "the Hospital at Home (HaH) service": the program, which the text may also call "the service"
            by_short[acronym.short] = ("program", acronym.long)
            acronym_programs.append((acronym.long_start, service.end()))
            keep("program", acronym.long, acronym.long_start, acronym.long_end, "acronym",
                 aliases=[acronym.short, f"{acronym.long} service"])
            continue
        if kind is None and 2 <= len(long_words) <= 6 and all(w[:1].islower() for w in long_words[1:]):
            # "integrated health organisations (OSIs)", at a sentence's start too ("Coordinated care
            # organizations (CCOs) are ...")
            kind = _LOWER_HEAD_KIND.get(long_words[-1].lower())
        tail = _PROGRAM_TAIL.match(text, acronym.long_end) if kind else None
        if tail:
            name = f"{acronym.long} {tail.group('head')}"
            by_short[acronym.short] = ("program", name)
            acronym_programs.append((acronym.long_start, tail.end()))
            keep("program", text[acronym.long_start:tail.end()], acronym.long_start, tail.end(), "acronym",
                 name=name, aliases=[acronym.short], force=True)
        elif kind:
            by_short[acronym.short] = (kind, acronym.long)
            keep(kind, acronym.long, acronym.long_start, acronym.long_end, "acronym", aliases=[acronym.short])
        del words
    prose = sorted(sentences)
    for m in _quoted_programs(text):
        name = m.group("name")
        if not _within(prose, m.start()) or (" " not in name and not _ACRONYM_LIKE.fullmatch(name)):
            continue                    # a word in quotes ("'model'", "'Model'") is a term, not a name
        keep("program", f"{name} {m.group('head')}", m.start("name"), m.end(), "quoted name",
             name=f"{name} {m.group('head')}", aliases=[name], force=True)
        acronym_programs.append((m.start(), m.end()))
    for m in _named_facilities(text):
        if _within(prose, m.start()):   # "the San Giovanni psychiatric hospital", "the Marvdasht district health centre"
            keep("organization", m.group("name"), m.start("name"), m.end("name"), "named facility")
    for m in _quoted_after_program_word(text):
        if _within(prose, m.start()):   # 'a joint plan, "Integrated care for better health", for ...'
            keep("program", m.group("name"), m.start("name"), m.end("name"), "quoted name after a program word",
                 force=True)
            acronym_programs.append((m.start(), m.end()))
    for m in _possessive_bodies(text):
        owner = m.group("owner")
        if not _within(prose, m.start()) or label_key(owner) in place_names or is_known_place(owner) \
                or owner in _LEADING_DROP or owner in ORG_HEADS or owner in ROLE_TITLES or owner in _INNER_HEADS:
            continue                    # "Singapore's Health Promotion Board", "the Government's Integrated Care Fund":
            #                             a place's or a body's, named after the possessive
        keep("organization", m.group(), m.start(), m.end(), "possessive name")   # "the King's Fund"
    for s_start, s_end in sentences:
        act_end = -1                     # where the last run that names an act ("Act on ...") ends
        for start, end, words in _runs(text, s_start, s_end):
            if words[0] in ("Act", "Law") and len(words) > 2 and words[1] in ("on", "of", "for"):
                act_end = end
            elif act_end >= 0 and _ACT_NAME_GAP.fullmatch(text, act_end, start):
                act_end = end
                continue                 # "Act on Cooperation in Discharge from Inpatient Health Care": the act's words
            # (each pattern asked only where its first characters are: a run's words open on a capital)
            if all(w[:1] in _NUMBER_STARTS and _NUMBER_WORD.fullmatch(w) for w in words if w not in _CONNECT) \
                    or text[start - 1:start] == "#" \
                    or (text.startswith(" (", end) and _ACT_AFTER.match(text, end, end + 60)):
                continue                 # a number, a hashtag, the head of "... (Scotland) Act 2014"
            if acronym_programs and any(a <= start and end <= b for a, b in acronym_programs):
                continue                # "Home" of "Hospital at Home (HaH) programme": the acronym's program, whole
            suffix = _COMPANY_SUFFIX.match(text, end) if text.startswith(", ", end) else None
            if suffix and not (label_key(text[start:end]) in place_names or words[0] in _LEADING_DROP):
                keep("organization", text[start:suffix.end()], start, suffix.end(), "company name")   # "Access East, Inc."
                continue
            tail = _PROGRAM_TAIL.match(text, end, min(s_end, end + 40))
            if tail and len(words) == 1 and start == _first_word_start(text, s_start) \
                    and (_used_lower(words[0], text) or words[0] in _COMMON_OPENERS
                         or (tail.group().endswith("s") and words[0][1:].islower())):
                tail = None             # "Funded projects should ...", "Future trials ...": a common word, not a name
            if tail and len(words) == 1 and (_DEMONYM.search(words[0]) or words[0] in _PAYERS):
                tail = None             # "the Dutch network", "the Medicaid program": a country's, a payer's
            if tail and tail.group("head") in ("trial", "reform") and (label_key(text[start:end]) in place_names
                                                           or is_known_place(text[start:end])):
                tail = None             # "the Memphis trial": a study at a site, not a program
            if tail and len(words) == 1 and words[0] in by_short:
                # "the HBPC program", "the GRACE trial": the program or body the acronym already names
                _, long_name = by_short[words[0]]
                for entity in found.values():
                    if entity.name == long_name and text[start:tail.end()] not in entity.aliases:
                        entity.aliases.append(text[start:tail.end()])
                continue
            if tail:
                name = f"{text[start:end]} {tail.group('head')}"
                keep("program", text[start:tail.end()], start, tail.end(), "name and program word", name=name,
                     force=True)
                continue
            years = _YEARS_TAIL.match(text, end, min(s_end, end + 12)) if words[-1] in (
                "Plan", "Strategy", "Programme", "Program", "Agenda") else None
            if years:
                keep("program", text[start:years.end()], start, years.end(), "name and period")
                continue
            people = _PEOPLE_OF.match(text, start, end) if len(words) > 2 and words[1] in ("of", "from") else None
            if people and people.end() < end:
                # "Staff of the Agency for Integrated Care", "Representatives of the Swedish Association of ...": the
                # people, then the body they are of
                start, words = people.end(), _NAME_RUN.findall(text[people.end():end])
            post = _ROLE_OF.search(text, start, end) if len(words) > 2 and (
                words[0] in ROLE_TITLES or (words[0] in ("Board", "Court", "Council") and words[2] in _GOVERNING_MEMBERS)
                or any(w in ROLE_TITLES and nxt in ("of", "for") for w, nxt in zip(words[1:3], words[2:4]))) \
                else None
            if post and _classify(_NAME_RUN.findall(text[post.end():end]), "") == "organization":
                # "Chief Executive Anna Berg of the Western Norway Regional Health Authority", "Board of
                # Directors of the X Trust": the post and its holder, or the body's organ, then the body
                keep("organization", text[post.end():end], post.end(), end, "capitalised name")
                continue
            split = _OF_THE_BODY.search(text, start, end)
            if split:                    # "Department of Health of the Government of Catalonia": two bodies
                for ps, pe in ((start, split.start()), (split.end(), end)):
                    pw = _NAME_RUN.findall(text[ps:pe])
                    k = _classify(pw, "")
                    if k:
                        keep(k, text[ps:pe], ps, pe, "capitalised name")
                continue
            if (len(words) >= 3 and words[0].endswith("ing") and words[1] in _STRATEGY_SECOND
                    and start > _first_word_start(text, s_start) and "\n" not in text[start:end]
                    and words[-1] not in ("Act", "Law", "Bill", "Regulation", "Directive")):
                keep("program", text[start:end], start, end, "capitalised strategy name")   # "Transforming Your Care"
                continue
            if len(words) >= 3 and words[1] == "in" and start == _first_word_start(text, s_start) \
                    and words[0] not in ORG_HEADS and words[0] not in PROGRAM_HEADS and words[0] not in _PROCESS_WORDS:
                # "Critics in the Ministry of Health say ...": a sentence's first word and "in (the)", then the body
                inner = _runs(text, start + len(words[0]) + 4, end)
                if len(inner) == 1:
                    start, end, words = inner[0]
            located = _IN_PLACE.search(text, start, end)
            if located and any(ps == located.end() for ps, _ in place_spans):
                # "Frome Medical Practice in Somerset": the body, then its place
                body_words = _NAME_RUN.findall(text[start:located.start()])
                if _classify(body_words, "") == "organization":
                    keep("organization", text[start:located.start()], start, located.start(), "capitalised name")
                    place_end = next(pe for ps, pe in place_spans if ps == located.end())
                    if text.startswith(" and ", place_end) and place_end + 5 < end:
                        # "X Care in Western New York and Care Compass Network": the list's next body after the place
                        rest = place_end + 5
                        rest_end = text.find(" in ", rest, end)      # "... Network in the Southern Tier"
                        rest_end = end if rest_end < 0 else rest_end
                        if _classify(_NAME_RUN.findall(text[rest:rest_end]), "") == "organization":
                            keep("organization", text[rest:rest_end], rest, rest_end, "capitalised name")
                    continue
            bodies = _bodies_joined(text, start, end) if "and" in words else None
            if bodies:                   # "the Department of X and the Ministry of Y": two bodies, each whole
                for ps, pe, pk in bodies:
                    keep(pk, text[ps:pe], ps, pe, "capitalised name")
                continue
            kind = _classify(words, text[end:end + 30])
            if kind is None and _body_then_place(words, place_names):
                kind = "organization"    # "Medavie Health Services New Brunswick", "Ambulance Victoria"
            if kind is None and len(words) >= 3 and words[-2] in ORG_HEADS and words[-2] not in _WEAK_HEADS \
                    and (label_key(words[-1]) in place_names or is_known_place(words[-1])):
                kind = "organization"    # "University Medical Center Groningen": a body, then its city
            if kind == "organization" and words[1:2] == ["and"] and text[start - 2:start] == ", ":
                # "Wrightington, Wigan and Leigh NHS Foundation Trust": a name that lists places, its first ones
                # before commas
                start = _listed_name_start(text, start, end)
                words = _NAME_RUN.findall(text[start:end])
            if kind == "organization" and text.count(" and ", start, end) >= 2:
                pair = _two_bodies_at_an_and(text, start, end)
                if pair:                 # "Wigan and Leigh NHS Foundation Trust and Wigan Borough Clinical
                    for ps, pe in pair:  # Commissioning Group": the "and" between two whole bodies, not inside one
                        keep("organization", text[ps:pe], ps, pe, "capitalised name")
                    continue
            if kind == "organization" and " and " in text[start:end]:
                # "NHS Highland and The Highland Council": two bodies when each side is one on its own
                left, _, right = text[start:end].partition(" and ")
                lk, rk = _classify(left.split(), ""), _classify(right.split(), "")
                if " " not in left and _ACRONYM_LIKE.fullmatch(left) and rk == "organization":
                    # "between ACOs and Community Partners": an acronym, then another body
                    rs = start + len(left) + 5
                    keep("organization", text[rs:end], rs, end, "capitalised name")
                    continue
                lw, rw = left.split(), right.split()
                if lk == "organization" and rk == "organization" and len(lw) >= 2 and len(rw) >= 2 \
                        and lw[-1] == rw[-1] and " and " not in right:
                    # "Horizon Health Network and Vitalité Health Network": one head, two bodies
                    keep("organization", left, start, start + len(left), "capitalised name")
                    rs = start + len(left) + 5
                    keep("organization", text[rs:end], rs, end, "capitalised name")
                    continue
                if lk is None and rk == "organization" and len(lw) == 1 and len(rw) >= 2 \
                        and text[start - 2:start] == ", " and _listed_body_word(left, text) \
                        and text[:start - 2].endswith(" " + rw[-1]):
                    # "Clalit Health Services, Maccabi Healthcare Services, Meuhedet and Leumit Health
                    # Services": a list's last two bodies, the first a one-word name of its own and the
                    # item before them of the same head
                    keep("organization", left, start, start + len(left), "capitalised name")
                    rs = start + len(left) + 5
                    keep("organization", text[rs:end], rs, end, "capitalised name")
                    continue
                shared_of = len(lw) == 3 and lw[0] in _INNER_HEADS and lw[1] in ("of", "for") and \
                    rw[0] not in ORG_HEADS and rw[0] not in _INNER_HEADS and rw[0] not in _FOREIGN_LEADS and \
                    not _ACRONYM_LIKE.fullmatch(rw[0]) and label_key(rw[0]) not in place_names and not is_known_place(rw[0])
                # (not "Centers for Medicare and Medicaid Services ...": "and" joins two words of the "for" phrase)
                # "Kestrel County Council and Harrier Health": a body of a strong head, then a name of a weak one
                # that is a body too (two words or more, not the tail of the first's "of" phrase)
                strong_then_named = len(lw) >= 2 and len(rw) >= 2 and lw[-1] not in _WEAK_HEADS and \
                    lw[-1] in ORG_HEADS and rw[0] not in _CONNECT
                if lk == "organization" and rk == "organization" and _whole_body(left) and not shared_of and (
                        right.startswith("The ") or _whole_body(right) or strong_then_named):
                    keep("organization", left, start, start + len(left), "capitalised name")
                    rs = start + len(left) + 5 + (4 if right.startswith("The ") else 0)
                    keep("organization", text[rs:end], rs, end, "capitalised name")
                    continue
            if kind is None and text.startswith(" (", end) and not _ACRONYM_LIKE.fullmatch(text[start:end]):
                gloss = _GLOSS_PAREN.match(text, end)
                words_ = gloss.group("gloss").split() if gloss else []
                kind = (_classify(words_, "") if all(w[:1].isupper() or w in _CONNECT for w in words_) else None) \
                    or (gloss and (_LOWER_HEAD_KIND.get(words_[-1].lower()) or _GLOSS_KIND.get(words_[-1].lower())))
                if kind in ("organization", "program") and label_key(gloss.group("gloss")) != label_key(text[start:end]) \
                        and not _TOOL_NAME.search(gloss.group("gloss")):
                    # "Zorggroep Almere (Almere care group)", "Samenwerkingsverband Zuid (Southern Care Network)": a name
                    # in another language that its English gloss says is a body or a program, one entity
                    keep(kind, text[start:end], start, end, "glossed name", aliases=[gloss.group("gloss")])
                    acronym_programs.append((gloss.start("gloss"), gloss.end("gloss")))
                    continue
                kind = None
            if kind:
                # "City of Helsinki", "Region of Southern Denmark": the body, though its name is also a place's
                keep(kind, text[start:end], start, end, "capitalised name",
                     force=kind == "organization" and words[0] in _LOCAL_BODY_LEADS)
                continue
            if " and " not in text[start:end] and " & " not in text[start:end]:
                continue                # no parts: the sub-runs would be the run itself, unclassified
            for part in _AND_PART.finditer(text[start:end]):
                sub = _runs(text, start + part.start(), start + part.end())
                for ps, pe, pw in sub:
                    if (ps, pe) != (start, end):
                        k = _classify(pw, "") or ("organization" if _body_then_place(pw, place_names) else None)
                        if k:
                            keep(k, text[ps:pe], ps, pe, "capitalised name")
    at = text.find(" government")
    while at >= 0:
        # "the Luohu District government", "the Ontario government": a place's government, a body (the place stays
        # one); the words before each " government" read back from it (a scan of the whole text cost more)
        m = _PLACE_GOVERNMENT.search(text, max(0, at - 60), at)
        end = at + 11
        at = text.find(" government", end)
        if text[end:end + 1] == "s":
            end += 1                      # "the county governments"
        if m is not None and not (text[end:end + 1].isalnum() or text[end:end + 1] in "-_"):
            place, ps = m.group("place"), m.start("place")
            while place and not (any(a == ps and b == ps + len(place) for a, b in place_spans) or is_known_place(place)):
                first, _, place = place.partition(" ")       # "The Ontario": the place after the sentence's "The"
                ps += len(first) + 1
            if place and _within(prose, ps):
                keep("organization", text[ps:end], ps, end, "a place's government", force=True)
    positions = {}                        # cue word -> where it occurs, found once for all patterns
    for (pattern, kind), guard in zip(_ORG_ONEWORD_CONTEXT, _CONTEXT_GUARDS):
        for m in _near_cues(pattern, text, guard, positions=positions):
            if not _within(prose, m.start()):
                continue
            name = m.group("name")
            s = m.start("name")
            words = name.split()
            while words and words[0] in _LEADING_DROP:
                s += len(words[0]) + 1
                words = words[1:]
            if not words:
                continue
            name = " ".join(words)
            if kind == "program model":
                keep("program", f"{name} model", s, s + len(name), "the X model", name=f"{name} model", force=True)
                continue
            if kind == "organization list":
                for part in re.finditer(r"[^,]+?(?=,[ ]and[ ]|,[ ]|[ ]and[ ]|$)", name):
                    item = re.sub(r"^(?:and[ ])", "", part.group().strip())
                    ps = s + part.start() + part.group().find(item)
                    if item and item not in _LEADING_DROP and not any(a <= ps < b for a, b in place_spans):
                        keep("organization", item, ps, ps + len(item), "named by context")
                continue
            if any(ps <= s < pe for ps, pe in place_spans) or name in _LEADING_DROP:
                continue
            bodies = _bodies_joined(text, s, s + len(name)) if kind == "organization" and " and " in name else None
            if bodies:                   # "funded by the X Foundation and the Y Trust"
                for ps, pe, pk in bodies:
                    keep(pk, text[ps:pe], ps, pe, "named by context")
                continue
            if kind == "organization" and _classify(words, "") == "program":
                kind_here = "program"
            else:
                kind_here = kind
            keep(kind_here, name, s, s + len(name), "named by context")
            if "alias" in m.groupdict() and m.group("alias"):
                entity = found.get((kind_here, label_key(name)))
                if entity and m.group("alias") not in entity.aliases:
                    entity.aliases.append(m.group("alias"))
    # "integrated health organisations (OSIs)", "local health units (ULS)": an acronym of another language's
    # word order after a lower-case name with an institution's or a program's head.
    for m in _lower_name_acronyms(text):
        kind = _LOWER_HEAD_KIND.get(m.group("head").lower())
        if kind and _within(prose, m.start("np")) and m.group("short") not in by_short:
            keep(kind, m.group("np"), m.start("np"), m.end("np"), "lower-case name and acronym",
                 aliases=[m.group("short")])
    for name, s, e in _listed_names(text, prose):
        if not any(ps <= s < pe for ps, pe in place_spans) and name not in _LEADING_DROP:
            keep("organization", name, s, e, "listed after an institution noun")
    for zs, ze, kind in zones:
        if kind != "title":
            continue
        head = re.match(r"(?P<name>[A-ZÀ-Þ][\w'’\-]*(?:[ ][A-ZÀ-Þ][\w'’\-]*){0,2}):[ ]", text[zs:ze])
        if not head:
            continue
        name = head.group("name")
        again = len(word_uses(name, text, hyphen=True))
        if again >= 2 and label_key(name) not in place_names and name.split()[0] not in _LEADING_DROP \
                and not any(key == label_key(name) for _, key in found) and _classify(name.split(), "") is None:
            keep("program", name, zs, zs + len(name), "the title's subject")
    # "The Catalan Health Service (CatSalut)": a one-word alias in parentheses.
    for m in _PAREN_ALIAS.finditer(text):
        for entity in found.values():
            if entity.end == m.start() or (entity.end < m.start() and not text[entity.end:m.start()].strip()):
                if m.group("alias") not in entity.aliases:
                    entity.aliases.append(m.group("alias"))
    # One-word names in capitals inside a word ("SingHealth", "OptiMedis") or all in capitals ("KPMG",
    # "NHS") that no acronym defines: organizations, unless they are a program's, a place's or a condition's.
    shorts = {a.short for a in acronyms} | {a.short.rstrip("s") for a in acronyms}
    taken = {alias for e in found.values() for alias in (e.name, *e.aliases)} | {w for e in found.values()
                                                                                 for w in e.name.split()}
    one_words = list(_ONE_WORD_NAME.finditer(text))
    # A word glossed once ("(PIIC, from the Catalan ...)", "PIIC (the Catalan acronym for ...)") is a
    # term the document defines, at every mention.
    glossed = {m.group() for m in one_words if (text[m.start() - 1:m.start()] == "(" and text[m.end():m.end() + 1] == ",")
               or _GLOSS_AFTER.match(text, m.end()) or _term_acronym_last(text, m.start(), m.end())}
    for word, kind, s, e in _glossed_kinds(text, one_words, glossed):
        keep(kind, word, s, e, "glossed acronym")        # "MAIA (the French acronym for ... method)"
    for m in one_words:
        word = m.group()
        if (word in glossed or word in shorts or word in taken or word.rstrip("s") in shorts or word in _NOT_ORG_WORDS
                or not _within(prose, m.start()) or any(ps <= m.start() < pe for ps, pe in place_spans)
                or text[m.start() - 1:m.start()] == "#" or _PUBLISHED_IN.search(text, max(0, m.start() - 24), m.start())
                or (word.isupper() and _IN_CAPITALS.search(text, max(0, m.start() - 12), m.end() + 12))):
            continue
        long_form = _implicit_long_form(text, word) if word.isupper() else None
        if long_form is not None:           # "GAO" of "United States Government Accountability Office"
            keep("organization", long_form.group(), long_form.start(), long_form.end(), "initials of a name",
                 aliases=[word])
            continue
        keep("organization", word, m.start(), m.end(), "one-word name")
    # A one-word name the text uses as a payer: "Medicaid coverage", "the federal Medicare program pays",
    # "Medicare, Medicaid and commercial insurers", "Medicare and Medicaid benefits".
    if any(w in text for w in _PAYER_WORDS):
        for m in _PAYER_NAME.finditer(text):
            for w in re.finditer(r"[A-Z][\w\-]+", m.group("names")):
                word, s_ = w.group(), m.start("names") + w.start()
                if (any(word == e.name or word in e.aliases for e in found.values()) or word in shorts or word in _LEADING_DROP or _DEMONYM.search(word)
                        or not _within(prose, s_) or any(ps <= s_ < pe for ps, pe in place_spans)
                        or text[max(0, s_ - 2):s_] in (". ", "\n") or word in _COMPARATIVES):
                    continue
                keep("organization", word, s_, s_ + len(word), "payer")
    # A body's name on a line of its own outside the prose: a masthead ("Lakeside General Hospital"), a
    # signature ("Harbourside Medical Practice"), one part of a line split by bars ("Bucheon City Hall |
    # Welfare Policy Division"), or the body a credit line names ("Prepared by the Cascade Center for Primary
    # Care Evaluation", "Awarded by the Northern Ontario Primary Care Forum").
    for s, part in _line_parts(text, prose):
        credit = _CREDIT_BY_FOR.match(part) or _CREDIT_LEAD.match(part)   # the person first, then the body
        if credit:
            s, part = s + credit.end(), part[credit.end():]
            dated = _CREDIT_DATE.search(part)
            if dated:                    # "Compiled for the X Reading Group, Spring 2021": the body, then its date
                part = part[:dated.start()]
            described = _CREDIT_DESCRIPTION.search(part)
            if described:                # "Prepared by: X for Health, technical assistance team": the body, then
                part = part[:described.start()]  # what it is
        words = part.split(None, 8)      # (nine pieces: more than eight words, a line of prose, not split whole)
        if (2 <= len(words) <= 8 and (credit or words[0] not in _LEADING_DROP)
                and _NOT_IN_LINE_NAME.isdisjoint(part)
                and not part.isupper()
                and all(w[:1].isupper() or w in _CONNECT for w in words) and label_key(part) not in place_names
                and not any(ps <= s < pe and (pe >= s + len(part) or words[0] not in _LOCAL_BODY_LEADS
                                             and words[-1] not in _LOCAL_BODY_LEADS) for ps, pe in place_spans)
                and _classify(words, "") == "organization"):
            # (a place inside the line does not make it one, if the line names a local government whole:
            # "Norrvik Municipality", "Region of X"; a credit line's body is kept where the metadata reader read
            # the line as a byline, and its first word is the name's, "Prepared by the Results Communication Unit")
            keep("organization", part, s, s + len(part), "name on a line of its own", in_byline=bool(credit))
    # Affiliation lines: "Qulturum, Region Jönköping County, Jönköping, Sweden".
    for s, e, kind in zones:
        if kind in ("authors", "citation", "title"):
            continue
    for m in _AFFILIATION.finditer(text, 0, _head_limit(text)):
        body = m.group("body")
        parts = [p for p in _COMMA_PART.finditer(body)]
        if len(parts) < 2:
            continue
        last = m.start("body") + parts[-1].start()
        by_place = any(ps <= last + 1 < pe + 1 for ps, pe in place_spans)
        if not by_place and sum(1 for p in parts if _classify(p.group().split(), "") == "organization"
                                and _whole_body(p.group().strip())) < 2:
            continue                    # no place last, and not two whole bodies side by side either
        for p in parts[:-1] if by_place else parts:
            words = p.group().strip()
            if not by_place and _classify(words.split(), "") != "organization":
                continue                # "Prepared by Andrea Mora Solís, School of Public Health, University of X"
            s = m.start("body") + p.start() + (len(p.group()) - len(p.group().lstrip()))
            if (words and words[0].isupper() and ":" not in words and not any(ps <= s < pe for ps, pe in place_spans)
                    and all(w[:1].isupper() or w in _CONNECT or w in _FOREIGN_CONNECT for w in words.split())
                    and len(words.split()) <= 8 and not re.search(r"\d", words)
                    and label_key(words) not in place_names and words.split()[-1] not in ADDRESS_WORDS):
                # a byline's bodies ("Prepared by A. Name, School of X, University of Y") are kept when
                # they are bodies by their shape; the byline's other parts (the persons) are not
                keep("organization", words, s, s + len(words), "affiliation",
                     in_byline=_classify(words.split(), "") == "organization")
    # The issuing bodies named above the title ("Australian Government / Department of Health"), or
    # in the head when no title was found (a memo's "Government of India / Ministry of Health ...").
    from ickg.extract.metadata import _ISSUER, _head_end

    title_start = min((zs for zs, ze, kind in zones if kind == "title"), default=None) or _head_end(text)
    if title_start:

        for m in re.finditer(r"^[ \t]*(?P<line>\S[^\n]*?)[ \t]*$", text[:title_start], re.M):
            line = m.group("line")
            if not line.isupper() and _ISSUER.fullmatch(line) and len(line.split()) <= 8:
                keep("organization", line, m.start("line"), m.end("line"), "issuer above the title")
    return list(found.values()), by_short


def _line_parts(text, prose):
    """(start, part) of each line outside the prose, split by bars; a line of bodies split by commas gives each
    body ("Caspian Institute for Health Systems Research, Policy Dialogue Unit": a masthead naming the issuer and
    its unit), when every comma part is a body by its shape and none holds a digit or a full stop."""
    for m in _LINE_PART.finditer(text):
        s = m.start("part")
        if _within(prose, s):
            continue
        part = m.group("part")
        pieces = part.split(", ") if ", " in part and not any(c in "0123456789.:;()" for c in part) else []
        if len(pieces) >= 2 and all(2 <= len(p.split()) <= 8 and p[:1].isupper() and
                                    _classify(p.split(), "") == "organization" for p in pieces):
            at = s
            for piece in pieces:
                yield at, piece
                at += len(piece) + 2
            continue
        yield s, part


# The kind of a lower-case long form by its last word: "integrated health organisations (OSIs)",
# "local health units (ULS)", "disease management programmes (DMPs)".
_LOWER_HEAD_KIND = {**dict.fromkeys(("organisations", "organizations", "organisation", "organization", "units", "unit",
                                     "authorities", "authority", "agencies", "agency", "trusts", "trust", "boards",
                                     "board", "councils", "council", "districts", "district", "cooperative",
                                     "cooperatives", "consortium", "consortia"), "organization"),
                    **dict.fromkeys(("programmes", "programme", "programs", "program", "schemes", "scheme", "initiatives",
                                     "initiative", "pilots", "pilot", "projects", "project", "reform", "strategy"),
                                    "program")}


# An English gloss in parentheses after a name in another language: "(Almere care group)", "(Healthy Neighbourhood
# Network)"; its last word says what the name is (_LOWER_HEAD_KIND, _GLOSS_KIND).
_GLOSS_PAREN = lazy_compile(r"[ ]\((?:[Ll]iterally[ ]|i\.e\.[ ]|[Ee]nglish:[ ])?(?P<gloss>(?:[A-Za-z][\w\-’']*[ ]){1,5}"
                            r"[A-Za-z][\w\-’']*)\)")
_GLOSS_KIND = {**dict.fromkeys(("group", "groups", "fund", "funds", "association", "foundation", "institute", "ministry",
                                "office", "company", "insurer", "insurance", "society", "federation", "hospital"),
                               "organization"),
               **dict.fromkeys(("network", "networks", "model", "houses", "centres", "centers", "care", "plan", "law",
                                "programme", "program"), "program")}


# Words that cannot begin such a name: determiners, ordinals, verbs and prepositions before it.
_NP_STOP = (r"(?:the|a|an|its|their|first|second|new|several|other|all|some|each|these|those|this|created|introduced|"
            r"established|launched|formed|set|up|merged|became|called|named|known|into|by|with|to|from|of|in|on|as|"
            r"are|were|is|was|has|have|had|run|runs|and|or|nine|two|three|four|five|six|seven|eight|ten|for|at)")
_LOWER_NAME_ACRONYM = lazy_compile(
    r"(?<![\w\-'’])(?P<np>(?:(?!" + _NP_STOP + r"[ ])[a-z][\w\-]*[ ]){1,3}(?P<head>[a-z]+))[ ]\((?P<short>[A-Z][A-Za-z]{1,6})\)")


def _term_acronym_last(text, start, end):
    """True for an acronym that closes a parenthesis of lower-case words after a comma: "a coordinated individual
    plan (samordnad individuell plan, SIP)" — a term's name in another language and its acronym, not a body."""
    if text[end:end + 1] != ")" or text[start - 2:start] != ", ":
        return False
    opening = text.rfind("(", max(0, start - 80), start)
    return opening >= 0 and ")" not in text[opening:start] and text[opening + 1:opening + 2].islower()


def _lower_name_acronyms(text):
    """Matches of _LOWER_NAME_ACRONYM, looked for only before each " (" that opens a capital."""
    at = text.find(" (")
    while at >= 0:
        if text[at + 2:at + 3].isupper():
            m = _LOWER_NAME_ACRONYM.search(text, max(0, at - 60), at + 12)
            if m and m.end("np") == at:
                yield m
        at = text.find(" (", at + 1)


# The second word of a strategy named by what it does: "Transforming Your Care", "Delivering the Forward
# View", "Putting People First", "Shaping Our Future".
_STRATEGY_SECOND = {"Your", "Our", "Their", "the", "People", "Patients", "Health", "Care", "Better"}


_WEAK_HEADS = {"Health", "Healthcare", "Care", "System", "Plan", "Insurance", "Service", "Services", "Network", "Unit",
               "Exchange", "Group", "Networks"}


_AND_THE = lazy_compile(r"[ \t\n]+and[ \t\n]+[Tt]he[ \t\n]+")


def _bodies_joined(text, start, end):
    """(start, end, kind) of each body of a run that joins whole bodies by "and the" ("the Department
    of Social Affairs and the Ministry of Health", "Riverside Hospital and the University of Leeds");
    None when a part is no body on its own ("Ministry of Health and the Environment")."""
    cuts = list(_AND_THE.finditer(text, start, end))
    if not cuts:
        return None
    out, s = [], start
    for cut in cuts + [None]:
        e = cut.start() if cut else end
        part = text[s:e]
        words = part.split()
        kind = _classify(words, "")
        if kind is None and len(words) == 1 and re.fullmatch(r"[A-Z]{2,6}s?", part) and part not in _NOT_ORG_WORDS:
            out.append((s, e, "organization"))   # "the Department of Health and Wellness and the NSHA": a body by
            s = cut.end() if cut else e          # its acronym
            continue
        if kind is None and len(words) >= 2 and all(w[:1].isupper() for w in words):
            s = cut.end() if cut else e  # "Ambulance Victoria and the Primary Health Networks": a name of no
            continue                     # known kind is left out, the bodies beside it kept
        if kind not in ("organization", "program") or (kind == "organization" and not _whole_body(part)
                                                       and len(part.split()) < 3):
            return None
        out.append((s, e, kind))
        s = cut.end() if cut else e
    return out or None


_LISTED_NAME_ITEMS = lazy_compile(r"(?:(?<=[a-z][ ,])|(?<=[a-z],[ ]))(?P<items>(?:[A-Z][a-z'’\-]+,[ ]){1,3})$")


def _listed_name_start(text, start, end):
    """Where a body's name that lists places begins: "Wrightington, Wigan and Leigh NHS Foundation Trust" is found
    from "Wigan and Leigh ..."; the one-word items before it, each followed by a comma, are its first words when each
    occurs nowhere else in the text and names no kind of body (a list of bodies, "Oxfam, Wigan and Leigh Trust",
    names its members again or by their kind)."""
    m = _LISTED_NAME_ITEMS.search(text, max(0, start - 80), start)
    if m is None:
        return start
    items = [w.rstrip(",") for w in m.group("items").split()]
    if any(w in ORG_HEADS or w in PROGRAM_HEADS or w in _LEADING_DROP or w in _CONNECT or _DEMONYM.search(w)
           or len(word_uses(w, text)) != 1 for w in items):
        return start
    return m.start("items")


def _two_bodies_at_an_and(text, start, end):
    """The two spans of a run that joins, at one of its several "and"s, two bodies each whole on its own and the
    first itself a name with an "and" ("Wigan and Leigh NHS Foundation Trust and Wigan Borough Clinical
    Commissioning Group"), or None."""
    run = text[start:end]
    at = run.find(" and ")
    while at >= 0:
        left, right = run[:at], run[at + 5:]
        if " and " in left and _body_alone(left) and _body_alone(right):
            return (start, start + at), (start + at + 5, end)
        at = run.find(" and ", at + 5)
    return None


def _body_alone(name):
    """True for a body's name whole on its own, or of three words or more ending on a head ("Wigan Borough Clinical
    Commissioning Group")."""
    words = name.split()
    return _classify(words, "") == "organization" and (
        _whole_body(name) or (len(words) >= 3 and words[-1] in ORG_HEADS and words[0] not in _CONNECT))


def _body_then_place(words, place_names):
    """True for a body's name followed by the place it serves, of up to three words: "Medavie Health
    Services New Brunswick" (a head, then the place), "Ambulance Victoria" (a service named by its place)."""
    for cut in range(1, min(3, len(words) - 1) + 1):
        place, body = " ".join(words[-cut:]), words[:-cut]
        if (label_key(place) in place_names or is_known_place(place)) and (
                body == ["Ambulance"] or len(body) >= 2 and body[-1] in ORG_HEADS and body[-1] != "Region"):
            return True
    return False


def _listed_body_word(word, text):
    """True for a one-word name that can stand in a list of bodies: no head, field or process word
    ("Health and Social Care Board" stays whole) and never written lower-case in the text."""
    return (word[:1].isupper() and word[1:].islower() and word not in ORG_HEADS and word not in PROGRAM_HEADS
            and word not in _PROCESS_WORDS and word not in _CONNECT and not _DEMONYM.search(word)
            and not _used_lower(word, text))


def _whole_body(name):
    """True for a name that is an institution's on its own ("NHS Highland", "Highland Council",
    "Department of Education", "Ontario Health": a place, then a head), not the tail of one ("Social Care" of
    "Department of Health and Social Care", "Long-Term Care" of "Ministry of Health and Long-Term Care": a
    hyphenated word's capitals are its parts', not an acronym's)."""
    words = name.split()
    return ((words[-1] in ORG_HEADS and words[-1] not in _WEAK_HEADS) or (words[0] in _FOREIGN_LEADS and len(words) >= 2)
            or bool(_ACRONYM_LIKE.fullmatch(words[0]) and len(words) >= 2 and not _CAPITALISED_PARTS.fullmatch(words[0]))
            or (len(words) >= 2 and words[-1] in ORG_HEADS and is_known_place(words[0]))
            or (words[0] in _INNER_HEADS and len(words) > 2 and words[1] in ("of", "for")))


# "Long-Term", "Baden-Württemberg": capitalised words joined by hyphens, whose capitals make no acronym.
_CAPITALISED_PARTS = lazy_compile(r"[A-ZÀ-Þ][a-zß-ÿ'’]+(?:-[A-ZÀ-Þ][a-zß-ÿ'’]+)+")


# A gloss's English head word and the kind it gives the glossed acronym; a plan, a patient group or a
# word of the other language gives none (PIIC, PCC, MACA are terms, not actors).
_GLOSS_HEAD_KIND = {**dict.fromkeys(("method", "methods", "programme", "program", "network", "networks", "model", "scheme",
                                     "strategy", "initiative", "pilot", "project", "reform"), "program"),
                    **dict.fromkeys(("agency", "agencies", "authority", "authorities", "organisation", "organization",
                                     "organisations", "organizations", "service", "services", "fund", "council",
                                     "institute", "company", "foundation", "association"), "organization")}
_GLOSS_TEXT = lazy_compile(r"[ ]?\((?:the[ ])?[A-Z][a-z]+[ ]acronym[ ]for[ ](?P<gloss>[^)]{3,160})\)"
                           r"|,[ ](?:from|the)[ ](?:the[ ])?[A-Z][a-z]+[ ](?:acronym[ ]for[ ])?(?P<gloss2>[^)]{3,160})\)")


def _glossed_kinds(text, one_words, glossed):
    """(word, kind, start, end) of each glossed acronym whose gloss's head (its last word before "of",
    "for" ...) names a program or an institution."""
    out, done = [], set()
    for m in one_words:
        word = m.group()
        if word not in glossed or word in done:
            continue
        g = _GLOSS_TEXT.match(text, m.end())
        gloss = (g.group("gloss") or g.group("gloss2")) if g else ""
        head = re.split(r"[ ](?:of|for|in|on|to|with|that|which)[ ]", gloss.strip(" \"'“”‘’."))[0]
        last = re.findall(r"[A-Za-z]+", head)[-1:] if gloss else []       # "a method of integration" -> method
        kind = _GLOSS_HEAD_KIND.get(last[0].lower()) if last else None
        if kind:
            done.add(word)
            out.append((word, kind, m.start(), m.end()))
    return out


def _implicit_long_form(text, word):
    """The capitalised name elsewhere in ``text`` whose last words' initials spell ``word`` and that
    ends in an institution's head, with the capitalised words before it ("United States Government
    Accountability Office" for "GAO"); None if there is none."""
    joint = r"[ ](?:(?:of|for|and|the|on|&)[ ])*"
    letters = joint.join(rf"{c}[\w'’\-]*" for c in word)
    m = re.search(rf"(?<![\w\-])(?:[A-Z][\w'’\-]*[ ]){{0,3}}{letters}(?![\w\-])", text)
    if m is None or m.group().split()[-1] not in ORG_HEADS:
        return None
    return m


def _first_word_start(text, start):
    """Where the first word of the sentence that begins at ``start`` begins."""
    m = re.compile(r"[\s\"“‘'(]*").match(text, start)
    return m.end() if m else start


# A list of names after an institution plural: "three commissioning agencies: Te Pou Matakana for the
# North Island, ... and Pasifika Futures", "insurers such as Achmea, CZ and VGZ".
# The institution plural before a list's marker (": ", " such as ", " including ", " namely ").
_NAME_LIST_HEAD = lazy_compile(r"\b(?:agencies|organi[sz]ations|providers|bodies|partners|trusts|companies|insurers|charities|"
                               r"councils|boards|foundations|associations|networks|insurance[ ]funds|sickness[ ]funds|"
                               r"health[ ]plans|firms|clusters|groups),?$")
_LIST_MARKERS = (": ", " such as ", " including ", " namely ")
_LIST_NAME = lazy_compile(r"(?:the[ ])?(?P<name>[A-ZÀ-Þ][\w'’\-]*(?:[ ](?:(?:o|of|de|da|di|du|do|dos|van|von|der|den|la|le|y|e|i)[ ])?"
                          r"[A-ZÀ-Þ&][\w'’\-]*){0,6})")
_LIST_ITEM = lazy_compile(r"(?:^|,[ ]|;[ ]|[ ]and[ ]|[ ]or[ ])(?:and[ ]|or[ ])?")


def _listed_names(text, spans):
    """(name, start, end) of each capitalised name at the head of an item of such a list, in the
    sorted (start, end) ``spans``. Only the places of the markers are looked at."""
    out = []
    for marker in _LIST_MARKERS:
        at = text.find(marker)
        while at >= 0:
            head = _NAME_LIST_HEAD.search(text, max(0, at - 40), at)
            if head and _within(spans, at):
                i = bisect.bisect_right(spans, (at, float("inf"))) - 1
                begin, end = at + len(marker), spans[i][1]
                stop = text.find(".", begin, end)
                stop = end if stop < 0 else stop
                for item in _LIST_ITEM.finditer(text[begin:stop]):
                    m = _LIST_NAME.match(text, begin + item.end(), stop)
                    if m and (item.start() == 0 or item.group().strip()):
                        name = m.group("name")
                        while name.split()[-1] in _CONNECT:
                            name = name.rsplit(" ", 1)[0]
                        out.append((name, m.start("name"), m.start("name") + len(name)))
            at = text.find(marker, at + 1)
    return out


def word_uses(name, text, hyphen=False, folded=None):
    """Where ``name`` occurs in ``text`` as a whole word, as ``re.finditer`` of ``(?<![\\w])NAME(?![\\w])``
    (``[\\w\\-]`` with ``hyphen``) would find it, without compiling a pattern per name: a pattern made
    for each name of each document filled the ``re`` module's cache and pushed the fixed patterns out
    of it, to be compiled again. A word character is what ``\\w`` matches: ``isalnum()`` or "_".
    With ``folded`` (``text`` in another case, of the same length) the name is looked for there, the
    bounds read in ``text``."""
    if not name:
        bound = r"[\w\-]" if hyphen else r"[\w]"
        return [m.start() for m in re.finditer(rf"(?<!{bound})(?!{bound})", text)]
    out = []
    size = len(name)
    within = text if folded is None else folded
    at = within.find(name)
    while at >= 0:
        before = text[at - 1] if at else ""
        after = text[at + size] if at + size < len(text) else ""
        if not (before and (before.isalnum() or before == "_" or hyphen and before == "-")) and \
                not (after and (after.isalnum() or after == "_" or hyphen and after == "-")):
            out.append(at)
            at = within.find(name, at + size)
        else:
            at = within.find(name, at + 1)
    return out


# The only characters re.I matches to an ASCII one (or whose lower() is ASCII or longer than one
# character), found by trying every code point: in a text without them, an ASCII phrase matches with
# re.I exactly where text.lower() holds the phrase in lower case, at the same offsets.
FOLDS_TO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")


def lower_is_ignorecase(text):
    """True when ``text.lower()`` finds an ASCII phrase exactly where an re.I pattern would."""
    return text.isascii() or not any(c in text for c in FOLDS_TO_ASCII)


def ignorecase_uses(name, text):
    """The starts ``re.finditer`` of ``(?<![\\w\\-])NAME(?![\\w\\-])`` with re.I gives, by string search
    in ``text.lower()`` where that finds the same (see :func:`lower_is_ignorecase`)."""
    if name.isascii() and lower_is_ignorecase(text):
        return word_uses(name.lower(), text, hyphen=True, folded=text.lower())
    return [m.start() for m in re.finditer(r"(?<![\w\-])" + re.escape(name) + r"(?![\w\-])", text, re.I)]


def _used_lower(word, text):
    """True when ``text`` has ``word`` in lower case as a word (``\\bword\\b``)."""
    word = word.lower()
    if word and _WORD_CHAR.match(word) and _WORD_CHAR.match(word[-1]):
        return bool(word_uses(word, text))       # \b at a word character's edge: no word character beside
    return re.search(rf"\b{re.escape(word)}\b", text) is not None


_WORD_CHAR = lazy_compile(r"\w")


def _near_cues(pattern, text, cues, reach=200, positions=None):
    """``pattern.finditer(text)``, searched only around the places its cue words occur (a name
    reaches at most ``reach`` characters from its cue): scanning the whole text with a pattern that
    opens on a capital costs more than finding the cues. ``positions`` caches each cue's places
    for the next pattern."""
    if not may_hold(text, cues):
        return
    windows = []
    for cue_word in cues:
        found = positions.get(cue_word) if positions is not None else None
        if found is None:
            found = starts(text, cue_word)
            if positions is not None:
                positions[cue_word] = found
        for at in found:
            windows.append((max(0, at - reach), min(len(text), at + len(cue_word) + reach)))
    if not windows:
        return
    merged = []
    for lo, hi in sorted(windows):
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
        else:
            merged.append((lo, hi))
    for lo, hi in merged:
        yield from pattern.finditer(text, lo, hi)


def _within(spans, pos):
    """True when ``pos`` falls in one of the sorted (start, end) ``spans``."""
    i = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def _head_limit(text):
    """Where the head ends: the start of the first line of 200 characters or more (what
    ``^[^\n]{200,}$`` with re.M finds first), else 1,500 characters in. Read line by line: that
    pattern is tried at every character of the text."""
    at = 0
    for line in text.split("\n"):
        if len(line) >= 200:
            return at
        at += len(line) + 1
    return min(len(text), 1500)


_GENRE_WORDS = {w.lower() for w in _EVENT_OR_GENRE} | {"summary", "preprint", "abstract",
                                                       # a notice, an advertisement, a record, a case study, a review
                                                       # of a book: what the first line says the page is
                                                       "vacancy", "vacancies", "notice", "record", "study", "book",
                                                       "advertisement", "transcript"}


def publisher_entity(value, start, end, places=()):
    """The organization a document's publisher line names, or None when the line names a place
    ("Costa Rica"), a kind of writing ("Executive summary", "Fact Sheet", "Press Release") or words that end in lower
    case ("Extension to towns", a lettered point's opening): the metadata reader keeps such a line as
    a publisher when nothing better stands above the title."""
    words = {w.lower() for w in re.findall(r"[\w\-]+", value)}
    last = value.split()[-1] if value.split() else ""
    if not words or words & _GENRE_WORDS or (" " in value and last[:1].islower() and last not in _CONNECT
                                             and last not in _FOREIGN_CONNECT) \
            or label_key(value) in {label_key(p.text) for p in places} \
            or label_key(value) in {label_key(p.place.name) for p in places}:
        return None
    return Entity("organization", value, value, ORGANIZATION, start, end, "publisher")


_FOUNDED_BY = lazy_compile(r"\bfounded[ ](?:in[ ]\d{4}[ ])?by[ ](?:(?:a|an|the)[ ][\w\- ]{2,30}?,[ ])?"
                           r"(?P<name>[A-Z][a-z]+(?:[ ][A-Z]\.)?(?:[ ](?:de|van|von|der|da|di|le|la)){0,2}[ ][A-Z][\w'’\-]+)")


def find_persons(text, spans):
    out = []
    for start, end in spans:
        for m in _FOUNDED_BY.finditer(text, start, end):
            out.append(Entity("person", m.group("name"), m.group("name"), PERSON, m.start("name"), m.end("name"),
                              "founder"))
    return out


# --- programs listed by their kind ---------------------------------------------------------------

# "They test five models: integrated primary and acute care systems (PACS), which join ...; multispecialty
# community providers (MCPs), which ...; enhanced health in care homes; and acute care collaborations": a count
# of models, tracks or strands, a colon, and the items, each a program of its own.
_KINDS_COLON = lazy_compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[ ](?:new[ ]|care[ ]|main[ ])?"
                            r"(?:models|tracks|strands|streams|workstreams|types|forms|programmes|programs|schemes|pilots)"
                            r"(?:[ ]of[ ][a-z]+(?:[ ][a-z]+)?)?:[ ]", re.I)
_ITEM_HEAD = lazy_compile(r"(?:and[ ]|or[ ])?(?P<np>[a-z][\w\-]*(?:[ ](?!which\b|that\b|who\b|where\b|between\b|for\b|to\b|"
                          r"with\b|by\b|across\b)[a-z][\w\-]*){0,6})(?=[ ]\(|,|;|\.|$|[ ](?:which|that|who|where|between|"
                          r"for|to|with|by|across)\b)")


def find_listed_programs(text, sentences, entities=()):
    """The programs a sentence lists by count and colon (see _KINDS_COLON), each item's leading noun
    phrase ("enhanced health in care homes"), when the items are separated by semicolons."""
    if ": " not in text:
        return []
    seen = {e.key for e in entities}
    out = []
    for start, end in sentences:
        if text.find(": ", start, end) < 0:  # the pattern ends on ": ": most sentences have none
            continue
        m = _KINDS_COLON.search(text, start, end)
        if not m or text.count(";", m.end(), end) < 1:
            continue
        pos = m.end()
        for item in text[m.end():end].split(";"):
            lead = len(item) - len(item.lstrip())
            head = _ITEM_HEAD.match(item.strip())
            if head and 1 <= len(head.group("np").split()) <= 7:
                s0 = pos + lead + head.start("np")
                label = head.group("np")
                if label_key(label) not in seen:
                    seen.add(label_key(label))
                    out.append(Entity("program", label, label, PROGRAM, s0, s0 + len(label), "listed by kind"))
            pos += len(item) + 1
    return out


# --- settling the entities of a document -----------------------------------------------------------

# Instruments and scales named with capitals ("Functional Autonomy Measurement System", "Barthel Index"):
# tools a program uses, not bodies.
_TOOL_NAME = lazy_compile(r"(?:Measurement[ ]System|Scale|Instrument|Index|Questionnaire|Toolkit|Tool|Score|Inventory)$")
_PROGRAM_WORD_TAIL = lazy_compile(r"[ ](?:model|programme|program|project|initiative|scheme|approach)$", re.I)


_ROLE_NOUN = (r"(?:assistants?|workers?|nurses?|physicians?|managers?|coordinators?|navigators?|officers?|"
              r"practitioners?|therapists?|technicians?|aides?|visitors?|advisers?|advisors?|agents?|volunteers?)")


_ROLE_BEFORE = lazy_compile(rf"\b[a-z][\w\-]*[ ]{_ROLE_NOUN}[ ]\Z")


def _glossed_role(text, name):
    """True when ``text`` abbreviates a role as ``name`` ("a primary care technical assistant (ATAP)"),
    where ``\\b[a-z][\\w\\-]*[ ]ROLE[ ]\\(NAMEs?\\)`` would match: found by string search, then the
    words before, so that no pattern is compiled per name."""
    at = text.find("(" + name)
    while at >= 0:
        after = at + 1 + len(name)
        if text.startswith((")", "s)"), after) and _ROLE_BEFORE.search(text, 0, at):
            return True
        at = text.find("(" + name, at + 1)
    return False


def _initials(name):
    return "".join(w[0] for w in re.findall(r"[A-Za-zÀ-ÿ][\w'’\-]*", name) if w.lower() not in _CONNECT
                   and w.lower() not in {"a", "an", "with", "at", "by", "from"}).lower()


def short_form(short: str, long: str) -> bool:
    """True when the body ``short`` names is ``long``'s, named shorter: the same first word and head with
    words left out ("Marston Foundation" of "Marston Family Foundation"), or the head before what the
    long name adds after "of" ("Harbour Coalition" of "Harbour Coalition of Healthcare Providers")."""
    sw, lw = short.split(), long.split()
    if len(lw) <= len(sw) or sw[0] != lw[0] or sw[-1] not in ORG_HEADS or sw[-1] in _WEAK_HEADS \
            or "and" in lw or "&" in lw:
        return False
    if lw[:len(sw)] == sw:
        return lw[len(sw)] in ("of", "for") and sw[-1] in _INNER_HEADS
    if sw[-1] != lw[-1]:
        return False
    rest = iter(lw)
    return all(w in rest for w in sw)


_PLURAL_BODY = lazy_compile(r"[ ](?:Networks|Centres|Centers|Organi[sz]ations|Clinics|Practices|Hubs|Teams)$")


_GUESSED_BODY = frozenset(("acronym", "initials of a name"))


def settle(entities, text):
    """The document's entities with the duplicates and misreadings that only the whole list shows
    removed: "PRISMA model" beside "PRISMA" (one program, the longer an alias), a name's expansion
    in brackets ("PRISMA model (Program of Research to Integrate Services for the Maintenance of
    Autonomy)") as its alias, an instrument's name ("Functional Autonomy Measurement System") and
    its acronym taken for a body, and a one-word name that only ever occurs inside a longer name
    the document has ("CHUS" in "CIUSSS de l'Estrie - CHUS")."""
    by_key = {(e.kind, e.key): e for e in entities}
    drop = set()
    program_keys = {label_key(_PROGRAM_WORD_TAIL.sub("", n)) for e in entities if e.kind == "program"
                    for n in (e.name, *e.aliases)}
    for e in entities:
        # "Primary Health Networks", "District Health Centres": a kind of body, many of them, that the document
        # also names as its program is the program (the bodies themselves are not one organization)
        if e.kind == "organization" and _PLURAL_BODY.search(e.name) \
                and all(w[:1].isupper() for w in e.name.split() if w not in _CONNECT) and (
                {label_key(n) for n in (e.name, *e.aliases)} & program_keys):
            drop.add(id(e))
        # a long form that an acronym stands for, or a name read from its initials, typed a body by default, that
        # the document names as its program and whose head noun is no kind of body ("Money Follows the Person
        # (MFP)", "Re-Engineered Discharge (RED)") is the program: the acronym rule's type is a guess that the
        # program finder's reading overrules ("Integrated care boards (ICBs)" stay bodies)
        elif e.kind == "organization" and e.source in _GUESSED_BODY and e.name.split()[-1].lower() not in BODY_HEADS \
                and {label_key(n) for n in (e.name, *e.aliases)} & program_keys:
            drop.add(id(e))
    tools = {e.name for e in entities if e.kind == "organization" and _TOOL_NAME.search(e.name)}
    for e in entities:
        if e.kind == "organization" and e.name in tools:
            drop.add(id(e))
        elif e.kind == "organization" and e.source == "one-word name" and any(
                text.startswith(f"{e.name} ({tool})", e.end - len(e.name)) or f"{e.name} ({tool})" in text
                for tool in tools):
            drop.add(id(e))
    for e in entities:
        if e.kind != "program" or id(e) in drop or e.end is None:
            continue
        short = _PROGRAM_WORD_TAIL.sub("", e.name)
        same = by_key.get(("program", label_key(short))) if short != e.name else None
        target = e
        if same is not None and same is not e:
            drop.add(id(e))
            if e.name not in same.aliases:
                same.aliases.append(e.name)
            target = same
        expansion = re.match(r"(?:[ ](?:model|programme|program|project|initiative|scheme))?[ ]\((?P<long>[A-Z][^()\n]{8,120})\)",
                             text[e.end:e.end + 140])
        if expansion and _initials(expansion.group("long")) == label_key(short).replace(" ", ""):
            for other in entities:
                if other is not target and other.name == expansion.group("long"):
                    drop.add(id(other))
            if expansion.group("long") not in target.aliases:
                target.aliases.append(expansion.group("long"))
    for e in entities:                   # "local community service centres (CLSC)": the acronym is an alias
        bracket = re.match(r"[ ]\((?P<short>[A-Z]{2,6})\)", text[e.end:e.end + 10]) \
            if e.kind == "organization" and e.end is not None else None
        other = by_key.get(("organization", label_key(bracket.group("short")))) if bracket else None
        if other is not None and other is not e and other.source == "one-word name" and id(e) not in drop:
            drop.add(id(other))
            if other.name not in e.aliases:
                e.aliases.append(other.name)
    _merge_bracketed_names(entities, drop, text, by_key)
    programs = [x for x in entities if x.kind == "program" and x.start is not None and id(x) not in drop]
    for e in programs:                   # "primary and acute care systems" inside "integrated primary and acute ..."
        for host in programs:
            if host is not e and id(host) not in drop and host.start <= e.start and e.end <= host.end \
                    and len(host.name) > len(e.name) and host.name.endswith(e.name):
                drop.add(id(e))
                if e.name not in host.aliases:
                    host.aliases.append(e.name)
                break
    organizations = [x for x in entities if x.kind == "organization" and x.start is not None and id(x) not in drop]
    for e in organizations:              # "the Montefiore Care Management Organization (CMO)": the acronym's letters
        if e.source != "acronym":       # skip the body's proper name, the body is the whole name
            continue
        for host in organizations:
            if host is not e and id(host) not in drop and host.end == e.end and host.start < e.start \
                    and host.name.endswith(" " + e.name) and host.source == "capitalised name" \
                    and not is_known_place(host.name[:-len(e.name)].strip()):   # a country's: see below
                drop.add(id(e))
                host.aliases += [x for x in e.aliases if x not in host.aliases]
                for other in entities:   # and the acronym's later uses name the body, not a program of its words
                    if other is not e and other.name == e.name and other.source == "abbreviated name":
                        drop.add(id(other))
                break
    aliased = {}
    for x in entities:
        for alias in x.aliases:
            aliased.setdefault((x.kind, label_key(alias)), x)
    for e in entities:                   # "the CCSS" found again, where "... Seguro Social (CCSS)" has it as alias
        host = aliased.get((e.kind, e.key))
        if host is not None and host is not e and id(host) not in drop and not e.aliases and e.kind == "organization":
            drop.add(id(e))
    for e in entities:                   # "RIAS", "EBAIS": an acronym in capitals a program goes by, not a body
        if e.kind == "organization" and e.source == "one-word name" and e.name.isupper() and not e.aliases:
            host = aliased.get(("program", e.key)) or by_key.get(("program", e.key))
            if host is not None and id(host) not in drop:
                drop.add(id(e))
    for e in entities:                   # "a primary care technical assistant (ATAP)": a role, not a body
        if e.kind == "organization" and e.source == "one-word name" and _glossed_role(text, e.name):
            drop.add(id(e))
    orgs = {e.key: e for e in entities if e.kind == "organization" and id(e) not in drop}
    for e in list(orgs.values()):        # "United States Veterans Health Administration" beside "Veterans Health
        words = e.name.split()           # Administration": the body, named once with its country
        for i in (1, 2):
            rest = orgs.get(label_key(" ".join(words[i:]))) if len(words) - i >= 3 else None
            if rest is not None and rest is not e and is_known_place(" ".join(words[:i])):
                drop.add(id(e))
                rest.aliases += [x for x in (e.name, *e.aliases) if x not in rest.aliases]
                break
    named = sorted((e for e in entities if e.kind == "organization" and id(e) not in drop and " " in e.name
                    and e.source in ("capitalised name", "acronym", "named by context")), key=lambda e: -len(e.name))
    for e in named:                      # "the Harbour Coalition" of "Harbour Coalition of Healthcare Providers"
        if id(e) in drop:
            continue
        for host in named:
            if host is not e and id(host) not in drop and len(host.name) > len(e.name) and short_form(e.name, host.name):
                drop.add(id(e))
                host.aliases += [x for x in (e.name, *e.aliases) if x not in host.aliases]
                break
    _merge_tail_shortenings(entities, drop, text)
    _drop_cut_context_names(entities, drop)
    longer = [x for x in entities if x.kind in ("organization", "program") and " " in x.name and id(x) not in drop]
    for e in entities:
        if e.kind != "organization" or e.source != "one-word name" or id(e) in drop:
            continue
        hosts = [x.name for x in longer if word_uses(e.name, x.name, hyphen=True)]
        if not hosts:
            continue
        covered = []
        for host in hosts:
            covered += [(m.start(), m.end()) for m in re.finditer(re.escape(host), text)]
        if all(any(s <= m.start() and m.end() <= t for s, t in covered)
               for m in re.finditer(rf"(?<![\w\-]){re.escape(e.name)}(?![\w\-])", text)):
            drop.add(id(e))
    return [e for e in entities if id(e) not in drop]


_BRACKETED_NAMES = lazy_compile(r"[ ]\((?:the[ ])?(?P<first>[A-ZÀ-Þ][^(),;:\n]{1,60}?)"
                                r"(?:,[ ](?P<second>[A-Z][A-Za-z]{1,7}))?\)")


def _merge_bracketed_names(entities, drop, text, by_key):
    """The other names a body is given in brackets right after its own: "the Center for Medicare and Medicaid
    Innovation (the Innovation Center)" (words of the name), "the National Health Fund (Narodowy Fundusz Zdrowia,
    NFZ)" (a name in its own language and that name's initials). Each is the body's alias, and a body found under
    it elsewhere is the same body. Brackets of anything else ("(Oxfam, UNICEF)", "(2015)") are left alone."""
    for e in entities:
        if e.kind != "organization" or e.end is None or id(e) in drop or text[e.end:e.end + 2] != " (":
            continue
        m = _BRACKETED_NAMES.match(text, e.end)
        if m is None:
            continue
        first, second = m.group("first"), m.group("second")
        own_words = set(e.name.split())
        names = []
        if second is None:
            words = first.split()
            if len(words) >= 2 and all(w in own_words for w in words) and words[-1] in ORG_HEADS:
                names.append(first)               # "(the Innovation Center)"
        elif second.isupper() and _initials(first) == second.lower() and first[:1].isupper() \
                and not any(c.isdigit() for c in first):
            names += [first, second]              # "(Narodowy Fundusz Zdrowia, NFZ)"
        for name in names:
            other = by_key.get(("organization", label_key(name)))
            if other is not None and other is not e:
                drop.add(id(other))
            if name not in e.aliases:
                e.aliases.append(name)


def _merge_tail_shortenings(entities, drop, text):
    """A body named whole once and later by its last words (or, once, without its head: "Group Health" of "Group
    Health Cooperative") ("the Milwaukee County Behavioral Health Division", then
    "the Behavioral Health Division"; a masthead's "Washington State Health Care Authority", then "the Health Care
    Authority"): the shortening is the body's alias, not a second body. Only when one body of the document ends so
    (two "... Health Authority" leave "the Health Authority" alone), when the shortening keeps a head of its own, and
    when the words dropped qualify the whole ("Social Services" is no shortening of "Department of Health and Social
    Services"), nor "Development Agency" of "a State Primary Health Care Board or Development Agency", the second half
    of a coordination that shares the first's words)."""
    hosts = [x for x in entities if x.kind == "organization" and id(x) not in drop and x.name.count(" ") >= 2]
    if not hosts:
        return
    for e in entities:
        if e.kind != "organization" or id(e) in drop or e.source not in _SHORTENING_SOURCES:
            continue
        words = e.name.split()
        if len(words) < 2 or words[-1] not in ORG_HEADS or words[0] in _CONNECT \
                or words[0] in _TAIL_NOT_NAME or (e.start is not None and _AFTER_COORDINATED_NAME.search(
                    text, max(0, e.start - 40), e.start)):
            continue
        found = {}
        for host in hosts:
            hw = host.name.split()
            if host is not e and len(hw) > len(words) and hw[-len(words):] == words and words[-1] not in _WEAK_HEADS \
                    and hw[-len(words) - 1] not in _CONNECT and hw[-len(words) - 1] not in _FOREIGN_CONNECT:
                found.setdefault(host.key, host)
            elif host is not e and len(hw) == len(words) + 1 and hw[:-1] == words and hw[-1] in ORG_HEADS \
                    and hw[-1] not in _WEAK_HEADS and not _whole_body(e.name):
                found.setdefault(host.key, host)   # "Group Health" of "Group Health Cooperative": the head left off
        if len(found) == 1:
            host = next(iter(found.values()))
            drop.add(id(e))
            host.aliases += [x for x in (e.name, *e.aliases) if x not in host.aliases and label_key(x) != host.key]


_AFTER_COORDINATED_NAME = lazy_compile(r"[A-Z][\w\-]*[ ](?:or|and|nor)[ ]$")
def _drop_cut_context_names(entities, drop):
    """A body named by its context ("run by the X") whose name stops where a line does ("the Ridgeway NHS
    Foundation\nTrust"): the capitalised run that reads on to the next line has it whole, from the same place."""
    spans = [(x.start, x.end) for x in entities
             if x.kind == "organization" and x.start is not None and id(x) not in drop]
    for e in entities:
        if e.kind == "organization" and e.source == "named by context" and e.start is not None and id(e) not in drop \
                and any(s == e.start and t > e.end for s, t in spans):
            drop.add(id(e))


_SHORTENING_SOURCES = frozenset(("capitalised name", "named by context"))
# First words of a tail that names a body of its own level ("National Health Fund", "State Health Care Authority"):
# another body than a longer name's, as often as its shortening, so left alone.
_TAIL_NOT_NAME = frozenset(("National", "Federal", "State", "Central"))


def prepare_tables() -> None:
    """Make the conditions' trie and the pattern of people "with" a condition now, as first use would.

    Called before worker processes are forked, so that they inherit the tables instead of each
    making its own."""
    condition_lexicon()
    _with_condition()

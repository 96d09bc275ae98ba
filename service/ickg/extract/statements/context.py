"""The document's context while its rules read it: :class:`Context` (the text, its sentences, entities,
places and mentions, the statements proposed so far) and the spans where an entity is named.

Every rule reads and writes through it; :meth:`Context.add` is the one place a statement is made.
"""

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

from ickg.extract.actors import ORGANIZATION, PROGRAM, Entity, find_populations, word_uses
from ickg.extract.lexicon import label_key
from ickg.extract.occurrences import any_within
from ickg.extract.regex import lazy_compile
from ickg.extract.statements.phrases import _words, label_forms
from ickg.extract.statements.statement import (BARRIER, FUNDING, GOAL, ICKG, MECHANISM, OUTCOME, RECOMMENDATION,
                                               Statement, node)


_PROGRAM_PREDICATES = {ICKG + p for p in ("yearEstablished", "hasComponent", "hasOutcome", "facesBarrier", "hasGoal",
                                          "targetsPopulation", "focusesOnCondition", "hasFundingModel", "locatedIn",
                                          "initiatedBy")}
_DESCRIBED = {OUTCOME, BARRIER, GOAL, RECOMMENDATION, MECHANISM, FUNDING}    # labels made from a phrase


# A component, barrier, outcome, goal or enabler is named by a noun or clause, never by a phrase that
# opens with a preposition or a verb of naming or using.
_PHRASE_PREDICATES = {ICKG + p for p in ("hasComponent", "facesBarrier", "hasOutcome", "hasGoal", "enabledBy")}
_COMPLEMENTED_PREDICATES = {ICKG + "hasComponent", ICKG + "hasFundingModel"}
_CUT_PHRASE = lazy_compile(r"(?:in|on|of|at|by|to|for|from|with|into|called|uses|using)[ ]", re.I)
_PLURAL_ACRONYM = lazy_compile(r"[A-Z]{2,}s")


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
        if key in self.seen and predicate == ICKG + "locatedIn" and self.seen[key].rule.endswith("(title)") and \
                self.title_span and start is not None and start >= self.title_span[1]:
            self.out.remove(self.seen.pop(key))  # a title names where its topic is; the body's sentence states it
        if key in self.seen:             # said already (no need for its forms): how often, and by which rules,
            said = self.seen[key]        # is a feature of its confidence (statements.confidence)
            said.extra["again"] = said.extra.get("again", 0) + 1
            if rule != said.rule:
                said.extra["other_rule"] = True
            return None
        if key[0] == key[2] and key[0] and predicate != ICKG + "hasStudyDesign":
            return None                  # a program as its own partner
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
        # ``confidence`` is the rule's own guess, typed in its call: a feature of the confidence the
        # statement is given once the document is read (statements.confidence.set_confidence)
        statement = Statement(subject, predicate, obj, start, end, rule, confidence, hedge, {"guess": confidence})
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
        if entity.kind == "program" and ctx.acronyms:
            # a program the document defines an acronym for ("the Accountable Care Collaborative, or ACC") is named by
            # it later ("The ACC began in 2011 as ..."), whether or not the program finder kept it as an alias
            own = {label_key(x) for x in (entity.name, entity.label, *entity.aliases) if x}
            names |= {a.short for a in ctx.acronyms if label_key(a.long) in own}
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


def _named_in(text, entity, start, end, ctx=None):
    if ctx is not None:
        return any_within(_mentions_of(ctx, entity), start, end)
    for name in {entity.name, entity.label, *entity.aliases}:
        if name and word_uses(name, text[start:end]):
            return True
    return False

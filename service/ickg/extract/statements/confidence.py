"""A proposed statement's confidence: how likely it is right, read from what the extractor knows of it
in its document, not from its rule's name alone (issue 12: a rule is right in some contexts and wrong
in others, and a cut-off can only keep the sure ones if the confidence sorts them).

:func:`features` names, for each statement, the facts the rules already hold: its rule and predicate,
the kind of its object (a place, a lexicon concept, an organization, a phrase, a literal...), whether
its subject is the document's main program and how that program was found, how often the document
names the object and the subject, whether the statement was proposed again (by another rule or
sentence), hedges and negation in the quote, how far apart subject and object are in it, its length,
the sentence's place in the document and section, and a few cue words; each of these also conjoined
with the predicate. :func:`set_confidence` gives each statement ``sigmoid(bias + sum of its features'
weights)``, the weights a logistic regression fitted on the train part only (``python
benchmarks/confidence_model.py --write`` writes ``statement_confidence.json`` beside this package;
nothing is downloaded; about 20-30 µs a statement, 5-7% of an abstract's extraction).
:data:`CONFIDENCE_CUTOFF` is the lowest confidence at which the development part's proposals are right
at least the table's target share of the time (0.85): what a curator who wants fewer, surer proposals
filters at (on unseen styles it keeps less precision than that: benchmarks/eval/README.md). :data:`MODEL` names the table's version; each statement carries it (``confidence_source``).
"""

import json
import math
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import chain, islice, repeat
from importlib.resources import files

from ickg.extract.actors import ORGANIZATION
from ickg.extract.lexicon import label_key
from ickg.extract.occurrences import any_within
from ickg.extract.statements.context import _mentions_of
from ickg.extract.statements.cues import words_of
from ickg.extract.statements.statement import ICKG, JURISDICTION
from ickg.extract.statements.subjects import programs_in

TABLE = "statement_confidence.json"


def _table() -> tuple[dict[str, float], float, float, str]:
    table = json.loads(files("ickg.extract").joinpath(TABLE).read_text(encoding="utf-8"))
    return table["weights"], table["bias"], table["cutoff"]["confidence"], table["model"]


WEIGHTS, BIAS, CONFIDENCE_CUTOFF, MODEL = _table()

# Objects by kind: what a reader checks differently (a place the gazetteer knows, a concept the lexicon
# knows, a phrase cut from the sentence by a rule, a number).
_PHRASE_KINDS = {ICKG + k: k for k in ("Outcome", "Barrier", "Goal", "Recommendation", "Mechanism", "FundingModel",
                                       "TargetPopulation", "ClinicalCondition", "CareSector", "Legislation")}
_PROGRAM_KINDS = {ICKG + k for k in ("Program", "CareModel", "PolicyInitiative", "PilotProgram",
                                     "IntegratedCareNetwork")}
_PLACE_KINDS = {ICKG + k for k in ("Country", "Region", "ProvinceOrState", "Municipality", "City")} | {JURISDICTION}

# Words of a quote that say something of how it states a fact, chosen before fitting (not read off
# the training documents): time (a plan, a pilot), comparison with other programs, examples, results.
CUE_WORDS = frozenset("will would plan plans planned proposed pilot aim aims however but other such like similar "
                      "unlike previous compared including include includes example also both national new study "
                      "evaluation reported found if where which".split())
NEGATION = frozenset("not no never without nor neither lack lacked failed".split())
_SECTIONS = (("result", "results"), ("finding", "results"), ("outcome", "results"), ("method", "methods"),
             ("design", "methods"), ("background", "background"), ("introduction", "background"),
             ("context", "background"), ("conclusion", "conclusion"), ("discussion", "conclusion"),
             ("lesson", "conclusion"), ("recommend", "recommendations"), ("barrier", "barriers"),
             ("challenge", "barriers"), ("aim", "aims"), ("objective", "aims"))


# A number's feature is the bucket it falls in: ``name=E`` for the first edge E at or above it, ``name=>L``
# above the last. The names are made once, here: formatting them per statement cost half the features' time.
_EDGES = {"guess": (0.5, 0.6, 0.7, 0.8, 0.9), "place": (0.1, 0.25, 0.5, 0.75), "sentences": (8, 15, 30, 60, 120),
          "density": (0.5, 1, 1.5, 2, 3), "programs": (0, 1, 2, 4), "object_named": (-1, 0, 1, 2, 4),
          "object_words": (1, 2, 4, 8), "object_proposed": (1, 2, 3), "same_quote": (1, 2, 4, 8), "again": (0, 1, 2),
          "focal_named": (0, 1, 2, 4, 8, 16), "programs_in_sentence": (0, 1, 2), "quote_words": (6, 12, 20, 35, 60),
          "object_at": (0.0, 0.25, 0.5, 0.75), "subject_object_gap": (2, 5, 10, 20)}
_BINS = {name: (edges, [f"{name}={e}" for e in edges] + [f"{name}=>{edges[-1]}"]) for name, edges in _EDGES.items()}


def _bin(name: str, n: float) -> str:
    edges, names = _BINS[name]
    return names[bisect_left(edges, n)]


def _label(node: dict) -> str:
    return str(node.get("label") or node.get("value") or "")


def object_kind(node: dict) -> str:
    """What kind of thing a statement's object is: ``literal:<datatype>``, ``place``, ``concept``
    (an ontology class the lexicon knows), ``organization``, ``program``, a phrase's class, ``other``."""
    if "datatype" in node:
        return "literal:" + node["datatype"].rsplit("#", 1)[-1]
    type_ = node.get("type") or ""
    if type_ in _PLACE_KINDS or "/jurisdiction/" in node.get("iri", ""):
        return "place"
    if node.get("iri"):
        return "concept"
    if type_ == ORGANIZATION:
        return "organization"
    if type_ in _PROGRAM_KINDS:
        return "program"
    return _PHRASE_KINDS.get(type_, "other")


@lru_cache(maxsize=4096)
def _section(heading: str) -> str:
    """``section=<kind>`` of a section's heading (kept per heading: a document has a few)."""
    kind = next((kind for word, kind in _SECTIONS if word in heading), "other") if heading else "none"
    return "section=" + kind


def features(ctx, statements: list) -> list[list[str]]:
    """The features of each of ``statements`` (those :class:`~.context.Context` ``ctx`` made), as
    names ``kind=value``: one list per statement, in order, each feature after the fifth once more
    conjoined with the predicate (``predicate|name``, see :func:`_own_features`)."""
    out = []
    for predicate, f in _own_features(ctx, statements):
        conjoined = predicate + "|"
        f.extend([conjoined + name for name in f[5:]])
        out.append(f)
    return out


def _own_features(ctx, statements: list) -> list[tuple[str, list[str]]]:
    """Each statement's predicate (its IRI's local name) and its features before any is conjoined with
    it: :func:`features` writes the conjoined names for the script that fits the table, and
    :func:`set_confidence` looks their weights up in the predicate's own table instead of making them."""
    text, low = ctx.text, None
    starts = [s for s, _ in ctx.sentences]
    n_sentences = max(1, len(ctx.sentences))
    focal = ctx.focal
    focal_keys = {label_key(x) for x in (focal.name, focal.label, *focal.aliases) if x} if focal else set()
    focal_spans = _mentions_of(ctx, focal) if focal else []
    focal_by = "focal_by=" + (focal.source or "?") if focal else ""
    focal_named = _bin("focal_named", len(focal_spans))
    per_span, per_object, counts, others = {}, {}, {}, {}
    # the document as a whole (its length, how many statements a sentence gives, how many programs it names)
    document = [_bin("sentences", n_sentences),
                _bin("density", len(statements) / n_sentences),
                _bin("programs", len(ctx.programs))]
    for st in statements:
        per_span[st.start, st.end] = per_span.get((st.start, st.end), 0) + 1
        key = label_key(_label(st.object))
        per_object[key] = per_object.get(key, 0) + 1
    out = []
    for st in statements:
        rule, predicate = st.rule, st.predicate.rsplit("/", 1)[-1].rsplit("#", 1)[-1]
        kind = object_kind(st.object)
        f = ["rule=" + rule, "predicate=" + predicate, "object=" + kind, f"predicate*object={predicate}*{kind}",
             _bin("guess", st.extra.get("guess", 0))]
        subject = st.subject
        subject_label = _label(subject)
        is_focal = label_key(subject_label) in focal_keys
        if is_focal:
            f.append("subject=focal")
            f.append(focal_by)
        else:
            f.append("subject=" + ("organization" if subject.get("type") == ORGANIZATION else
                                   "program" if subject.get("type") in _PROGRAM_KINDS else "other"))
        i = bisect_right(starts, st.start) - 1
        s_start, s_end = ctx.sentences[i] if i >= 0 else (st.start, st.end)
        if st.rule.endswith("(title)"):
            f.append("place=title")
        else:
            f.append(_bin("place", i / n_sentences))
        f.extend(document)
        f.append("whole_sentence=" + str(st.start <= s_start and st.end >= s_end - 1))
        if low is None:
            low = text.lower()
        raw = _label(st.object)
        object_label = raw.lower()
        if object_label not in counts:
            counts[object_label] = low.count(object_label) if len(object_label) > 2 else -1
        f.append(_bin("object_named", counts[object_label]))
        f.append(_bin("object_words", object_label.count(" ") + 1))
        if raw[:1].isupper():
            f.append("object_capital")
        if "," in raw or " and " in raw or " or " in raw:
            f.append("object_list")
        if "aliases" in st.object:
            f.append("object_aliases")
        if "aliases" in subject:
            f.append("subject_aliases")
        f.append(_bin("object_proposed", per_object[label_key(raw)]))
        f.append(_bin("same_quote", per_span[st.start, st.end]))
        again = st.extra.get("again", 0)
        f.append(_bin("again", again))
        if st.extra.get("other_rule"):
            f.append("again_by_other_rule")
        if is_focal:
            named = any_within(focal_spans, s_start, s_end) if s_start < s_end else False
            f.append("subject_in_sentence=" + str(named))
            f.append(focal_named)
        else:
            f.append("subject_in_sentence=" + str(subject_label.lower() in low[s_start:s_end]))
        if (s_start, s_end) not in others:
            others[s_start, s_end] = len(programs_in(ctx, s_start, s_end)) if s_start < s_end else 0
        f.append(_bin("programs_in_sentence", others[s_start, s_end]))
        quote = low[st.start:st.end]
        words = words_of(text, st.start, st.end)     # kept per span: a quote often gives several
        f.append(_bin("quote_words", quote.count(" ") + 1))
        at = quote.find(object_label) if object_label else -1
        if at < 0:
            f.append("object_in_quote=False")
        else:
            f.append(_bin("object_at", at / max(1, len(quote))))
            named_at = quote.find(subject_label.lower()) if subject_label else -1
            if named_at >= 0:
                gap = quote.count(" ", min(at, named_at), max(at, named_at))
                f.append(_bin("subject_object_gap", gap))
        if st.hedge:
            f.append("hedge=" + st.hedge.get("qualifier", "").rsplit("/", 1)[-1])
        if words & NEGATION:
            f.append("negation")
        f.extend("cue=" + w for w in sorted(words & CUE_WORDS))
        f.append(_section(ctx.section_of(st.start)))
        # each of the context's features (f[5:]) counts once more with the predicate: a subject not named
        # in the sentence, a late place, a second program in the sentence count differently for a year, a
        # partner or a component (cross-validated on train: average precision 0.769 -> 0.778)
        out.append((predicate, f))
    return out


def probability(names: list[str], weights: dict[str, float], bias: float) -> float:
    """``sigmoid(bias + sum of the names' weights)``; a name the table lacks weighs nothing."""
    return _sigmoid(bias + sum(map(weights.get, names, repeat(0.0))))


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0


@lru_cache(maxsize=None)
def _conjoined_weights(predicate: str) -> dict[str, float]:
    """The weights of the names conjoined with ``predicate``, by the name without it: ``{name: weight of
    "predicate|name"}``, made once per predicate from :data:`WEIGHTS`."""
    lead = predicate + "|"
    return {name[len(lead):]: w for name, w in WEIGHTS.items() if name.startswith(lead)}


def set_confidence(ctx, statements: list) -> None:
    """Give each statement its confidence from the shipped table (rounded to two places, at least 0.01).
    The features are not kept on the statement (they would double a record's size); the script that
    fits the table asks :func:`features` for them in this call.

    The weights are summed in the order :func:`probability` sums :func:`features`' names (the same float),
    the conjoined ones read from the predicate's table by the plain names: making those ~25 strings a
    statement and looking them up cost about a tenth of this call (171 -> 152 µs a synthetic abstract)."""
    for st, (predicate, names) in zip(statements, _own_features(ctx, statements)):
        st.confidence = max(0.01, min(0.99, round(_sigmoid(weighed(predicate, names)), 2)))
        st.scored_by = MODEL


def weighed(predicate: str, names: list[str]) -> float:
    """``BIAS`` plus the weights of ``names`` and of the names after the fifth conjoined with ``predicate``,
    added in :func:`features`' order: the float :func:`probability` sums for them."""
    conjoined = _conjoined_weights(predicate).get
    return BIAS + sum(chain(map(WEIGHTS.get, names, repeat(0.0)), map(conjoined, islice(names, 5, None), repeat(0.0))))

"""Reasoning stage: the OWL 2 RL closure of ontology + asserted (+ imported) graphs, with the
derivation of every inferred triple, a consistency report, and optional DL classification.

:func:`materialise` is what the build calls. The closure is computed by the rule engine of
:mod:`ickg.reason.rules` (why that engine and not ``reasonable`` or ``owlrl``: it records a
derivation per inferred triple, which ``ickg explain`` needs, and is fast enough; the figures are
in ``benchmarks/bench_reason.py``). Crosswalk reasoning between typologies is part of the same
closure (:mod:`ickg.reason.crosswalk`); DL classification with HermiT (:mod:`ickg.reason.dl`) is added
when asked for and when Java is there.

Results go into two named graphs: ``graph/inferred`` holds the inferred triples worth showing
(not asserted, not trivial such as ``x owl:sameAs x`` or ``x a owl:Thing``, nothing about anonymous
class expressions), and ``graph/derivations`` holds what the rules and the store cannot give
back: the hedges and confidences inferred statements carry (below), HermiT's conclusions
(``ickg:derivedBy <id/rule/dl-hermit>``: no rule of the engine rebuilds them), the rules used
and the anonymous class expressions premises name::

    <id/statement/H> rdf:subject S ; rdf:predicate P ; rdf:object O ;
        ickg:claimQualifier scheme:qualifier/hedged ; ickg:hedgeCue "likely" .
    <id/rule/prp-trp> a ickg:InferenceRule ; rdfs:label "prp-trp" ; rdfs:comment "..." .

**The rule and premises of each inferred triple are not stored**: ``ickg explain`` and the why?
pages rebuild them (:func:`ickg.explain.explanation.derivation`) by running this engine on the
ontology and the asserted triples around the triple, and the engine keeps the first derivation
it finds of each triple, as it did here. Stored, they were one statement per derivation with its
premises, each premise described: about nine quads per inferred triple (27,479 for 2,996 at
1,000 abstracts); the graph is now a few hundred quads whatever the corpus (docs/build.md).

Statement IRIs are those of :func:`ickg.mint.statement_iri`, so a premise that was
asserted from a document is the very node that carries ``ickg:hasEvidence`` in the provenance
graph; such a statement is described (``rdf:subject`` ...) there and not again here, so that the
union of the graphs holds each triple once. Blank nodes of the ontology (restrictions, lists)
appear here under content-addressed IRIs (``id/genid/...``), described with their triples and an
``rdfs:label`` in Manchester syntax.

**Hedges and confidence travel.** An inferred statement whose premises are not all stated flatly
carries the weakest claim qualifier among them (``ickg:claimQualifier``, ranked by the ontology's
``ickg:qualifierRank``) with the hedge cues of the premises that carry it (``ickg:hedgeCue``), and
one that rests on a SKOS mapping carries the lowest ``sssom:confidence`` of the mappings below it::

    <id/statement/H> rdf:subject S ; rdf:predicate P ; rdf:object O ;
        ickg:claimQualifier scheme:qualifier/hedged ; ickg:hedgeCue "likely" ;
        sssom:confidence "0.7"^^xsd:double .

An asserted statement's qualifier comes from the provenance graph (``ickg:claimQualifier`` on the
statement, written by :mod:`ickg.curate.builder` when none of its quotes states it flatly); a
mapping's confidence from its SSSOM-style axiom annotation in the ontology.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass, field
from functools import partial
import gc
from itertools import chain, islice, repeat
from pathlib import Path
import re
import time
from typing import Any

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, XSD

from ickg import ntriples
from ickg.mint import GENID, is_genid, statement_iri, statement_iri_text
from ickg.namespaces import (ASSERTED_GRAPH, DERIVATIONS_GRAPH, ICKG, IMPORT_GRAPH, INFERRED_GRAPH,
                             ONTOLOGY_GRAPH, PREFIXES, SSSOM, bind_prefixes, short)
from ickg.reason.catalogue import DL_RULE, OWL2_RL_SPEC, RULE, RULES
from ickg.reason import statefile
from ickg.reason.crosswalk import Crosswalk
from ickg.reason.rules import Reasoner, is_trivial
from ickg.reason.terms import VOCAB, Terms, rdf_list
from ickg.terms import from_ox as _ox_to_rdflib

def _labeller(sources):
    """short(), with the prefixes bound in the source graphs added to ickg's own."""
    graph = bind_prefixes(Graph())
    for source in sources:
        if isinstance(source, Graph):
            for prefix, ns in source.namespaces():
                if prefix and prefix not in PREFIXES:
                    graph.bind(prefix, ns, override=False)
    nm = graph.namespace_manager
    return lambda term: short(term, nm)


# ---------------------------------------------------------------------------------------------
# Input
# ---------------------------------------------------------------------------------------------

def reasoning_graphs(names):
    """Of a dataset's graph names, the ones reasoning covers: ontology, asserted, imports."""
    return [g for g in names
            if g in (ONTOLOGY_GRAPH, ASSERTED_GRAPH) or str(g).startswith(str(IMPORT_GRAPH))]


def input_triples(*sources):
    """Triples (rdflib terms) from rdflib graphs or datasets, pyoxigraph stores, or iterables.

    From a dataset or store, only the graphs :func:`reasoning_graphs` selects are read (never
    mentions, provenance or earlier inferences).
    """
    for source in sources:
        if isinstance(source, Dataset):
            names = reasoning_graphs([g.identifier for g in source.graphs()])
            for name in names:
                yield from source.graph(name)
        elif isinstance(source, Graph):
            yield from source
        elif type(source).__name__ == "Store" and type(source).__module__.startswith("pyoxigraph"):
            import pyoxigraph as ox
            names = reasoning_graphs([URIRef(g.value) for g in source.named_graphs()
                                      if isinstance(g, ox.NamedNode)])
            for name in names:
                conv = {}
                for q in source.quads_for_pattern(None, None, None, ox.NamedNode(str(name))):
                    yield tuple(conv.get(x) or conv.setdefault(x, _ox_to_rdflib(x))
                                for x in (q.subject, q.predicate, q.object))
        else:
            yield from source


# ---------------------------------------------------------------------------------------------
# Result
# ---------------------------------------------------------------------------------------------

@dataclass
class ReasoningResult:
    """What :func:`materialise` returns.

    Attributes:
        inferred_triples: the inferred triples worth showing (a list of rdflib-term tuples).
        clashes: the inconsistencies found (:class:`ickg.reason.rules.Clash`), each with its
            rule and premises.
        dl_report: the :class:`ickg.reason.dl.DLReport` of HermiT, or None if not run.
        descriptions: triples describing the minted IRIs (genid) that premises mention.
        seconds: wall time of the closure.
        engine: the :class:`ickg.reason.rules.Reasoner` that ran (int-encoded derivations).
        extra_derivations: derivations of triples not from the rule engine (HermiT's).
        described: statement IRIs (strings) that another graph already describes (rdf:subject,
            rdf:predicate, rdf:object): the derivations graph does not describe them again.
        qualifications: for each concluded triple (engine ints) that is not stated flatly or rests
            on a mapping, a :class:`Qualification`.
    """
    inferred_triples: list
    clashes: list
    engine: Any
    dl_report: Any = None
    descriptions: list = field(default_factory=list)
    seconds: float = 0.0
    extra_derivations: dict = field(default_factory=dict)
    described: Any = frozenset()  # a container of IRI strings
    qualifications: dict = field(default_factory=dict)
    qualified_inputs: set = field(default_factory=set)

    @property
    def inconsistencies(self):
        """One plain-English message per inconsistency (empty when the graph is consistent)."""
        out = [str(c) for c in self.clashes]
        if self.dl_report is not None:
            out += list(self.dl_report.inconsistencies)
        return out

    @property
    def consistent(self):
        return not self.inconsistencies

    @property
    def derivation_map(self):
        """Every concluded triple (shown or not) -> (rule, premises), in rdflib terms.

        Decoded on first use; for large graphs prefer :meth:`derivation_triples`.
        """
        if not hasattr(self, "_derivation_map"):
            dec = self.engine.terms.triple
            self._derivation_map = {dec(t): (rule, tuple(dec(p) for p in prem))
                                    for t, (rule, prem) in self.engine.derivations.items()}
            self._derivation_map.update(self.extra_derivations)
        return self._derivation_map

    @property
    def inferred(self):
        """The inferred graph as an rdflib Graph (built on first use)."""
        if not hasattr(self, "_inferred_graph"):
            g = bind_prefixes(Graph(identifier=INFERRED_GRAPH))
            for t in self.inferred_triples:
                g.add(t)
            self._inferred_graph = g
        return self._inferred_graph

    @property
    def derivations(self):
        """The derivations graph as an rdflib Graph (built on first use)."""
        if not hasattr(self, "_derivations_graph"):
            g = bind_prefixes(Graph(identifier=DERIVATIONS_GRAPH))
            g.bind("rule", RULE)
            for t in self.derivation_triples():
                g.add(t)
            self._derivations_graph = g
        return self._derivations_graph

    def derivation_triples(self, *, rules_and_descriptions_only=False):
        """The triples of the derivations graph, as rdflib terms (for large builds the faster
        path is :meth:`nquads`, which writes the same triples as text)."""
        terms = self.engine.terms
        decode = terms.decode
        n3 = {}
        described = set()
        sid_cache = {}

        def n3_of(i):
            x = n3.get(i)
            if x is None:
                x = n3[i] = decode(i).n3()
            return x

        def sid(t):
            x = sid_cache.get(t)
            if x is None:
                x = sid_cache[t] = URIRef(statement_iri_text(n3_of(t[0]), n3_of(t[1]), n3_of(t[2])))
            return x

        elsewhere = self.described
        qualifications = self.qualifications

        def statement(t, node):
            if node not in described:
                described.add(node)
                if str(node) in elsewhere:
                    return
                yield (node, RDF.subject, decode(t[0]))
                yield (node, RDF.predicate, decode(t[1]))
                yield (node, RDF.object, decode(t[2]))

        used_rules = set()
        engine_derivations = self.engine.derivations.items()
        if rules_and_descriptions_only:
            used_rules = {rule for rule, _ in self.engine.derivations.values()}
            engine_derivations = ()
        for t, (rule, premises) in engine_derivations:
            used_rules.add(rule)
            q = qualifications.get(t)
            if q is None and rule != DL_RULE:
                continue  # rebuilt by ickg explain from the rules and the store (module docstring)
            node = sid(t)
            yield from statement(t, node)
            if rule == DL_RULE:  # HermiT's: no rule of the engine rebuilds it
                yield (node, ICKG.derivedBy, RULE[rule])
            if q is not None:
                yield from q.triples(node)
        for t, (rule, premises) in self.extra_derivations.items():
            node = statement_iri(*t)
            if node not in described:
                described.add(node)
                yield (node, RDF.subject, t[0])
                yield (node, RDF.predicate, t[1])
                yield (node, RDF.object, t[2])
            yield (node, ICKG.derivedBy, RULE[rule])
            used_rules.add(rule)
        for rule in sorted(used_rules):
            yield (RULE[rule], RDF.type, ICKG.InferenceRule)
            yield (RULE[rule], RDFS.label, Literal(rule))
            if rule in RULES:
                yield (RULE[rule], RDFS.comment, Literal(RULES[rule], lang="en"))
            if not rule.startswith(("ickg-", "dl-")):
                yield (RULE[rule], RDFS.seeAlso, OWL2_RL_SPEC)
        yield from self.descriptions

    def quads(self):
        """(s, p, o, graph) for the inferred and derivations graphs, ready for a store."""
        for t in self.inferred_triples:
            yield t + (INFERRED_GRAPH,)
        for t in self.derivation_triples():
            yield t + (DERIVATIONS_GRAPH,)

    def nquads(self, *, chunk=200_000):
        """The inferred and derivations graphs as N-Quads, in chunks of bytes.

        The fast path for large builds: lines are written from cached N-Triples forms of the
        engine's terms, and a store parses them natively (:meth:`write_to`), instead of
        converting millions of rdflib terms one by one.
        """
        terms = self.engine.terms
        decode = terms.decode
        ids = terms.ids
        n3, nt = {}, {}
        text = ntriples.TermText()

        def n3_of(i):  # the term as rdflib's n3() writes it: what a statement IRI is computed from
            x = n3.get(i)
            if x is None:
                x = n3[i] = decode(i).n3()
            return x

        def nt_of(i):  # the term as N-Triples (an IRI, i >= 0, reads the same both ways)
            if i >= 0:
                return n3_of(i)
            x = nt.get(i)
            if x is None:
                x = nt[i] = text(decode(i))
            return x

        inferred_g = " <" + str(INFERRED_GRAPH) + "> .\n"
        lines = []
        for t in self.inferred_triples:
            s, p, o = (ids.get(x) for x in t)
            if None in (s, p, o):  # a triple HermiT added with a term the engine never saw
                lines.append(" ".join(text(x) for x in t) + inferred_g)
            else:
                lines.append(f"{nt_of(s)} {nt_of(p)} {nt_of(o)}{inferred_g}")
            if len(lines) >= chunk:
                yield "".join(lines).encode("utf-8")
                lines = []
        g = " <" + str(DERIVATIONS_GRAPH) + "> .\n"
        subject, predicate, object_ = (f" <{RDF.subject}> ", f" <{RDF.predicate}> ",
                                       f" <{RDF.object}> ")
        derived_by = f" <{ICKG.derivedBy}> "
        sids, described = {}, set()
        elsewhere = self.described
        qualifications = self.qualifications

        def sid(t):  # the statement IRI (ickg.mint.statement_iri), as an N-Triples string
            x = sids.get(t)
            if x is None:
                iri = statement_iri_text(n3_of(t[0]), n3_of(t[1]), n3_of(t[2]))
                x = sids[t] = "<" + iri + ">"
                described.add(t)
                if iri not in elsewhere:
                    lines.append(f"{x}{subject}{nt_of(t[0])}{g}{x}{predicate}{nt_of(t[1])}{g}"
                                 f"{x}{object_}{nt_of(t[2])}{g}")
            return x

        for t, (rule, premises) in self.engine.derivations.items():
            q = qualifications.get(t)
            if q is None and rule != DL_RULE:
                continue  # rebuilt by ickg explain from the rules and the store (module docstring)
            node = sid(t)
            if rule == DL_RULE:  # HermiT's: no rule of the engine rebuilds it
                lines.append(f"{node}{derived_by}<{RULE}{rule}>{g}")
            if q is not None:
                node_term = URIRef(node[1:-1])
                lines.extend(f"{node} {text(p)} {text(o)}{g}" for _, p, o in q.triples(node_term))
            if len(lines) >= chunk:
                yield "".join(lines).encode("utf-8")
                lines = []
        # the rest (rule descriptions, HermiT's conclusions, anonymous classes) is small
        for s, p, o in self.derivation_triples(rules_and_descriptions_only=True):
            lines.append(f"{text(s)} {text(p)} {text(o)}{g}")
        if lines:
            yield "".join(lines).encode("utf-8")

    def write_to(self, store):
        """Replace the inferred and derivations graphs of a pyoxigraph Store with these results."""
        import pyoxigraph as ox

        for name in (INFERRED_GRAPH, DERIVATIONS_GRAPH):
            store.remove_graph(ox.NamedNode(str(name)))
        for data in self.nquads():
            store.bulk_load(data, format=ox.RdfFormat.N_QUADS)


# ---------------------------------------------------------------------------------------------
# Materialise
# ---------------------------------------------------------------------------------------------

_DEFAULT = object()


def materialise(*sources: Any, crosswalk: Any = _DEFAULT, dl: bool = False,
                dl_max_triples: int = 50_000, provenance: Any = (),
                described: Any = (), dl_cache: Any = None) -> ReasoningResult:
    """The OWL 2 RL closure of the given graphs, with derivations and a consistency report.

    Args:
        sources: rdflib Graphs or Datasets, pyoxigraph Stores, or iterables of triples. The
            build passes the union of the ontology, asserted and imported graphs; from a Dataset
            or Store only those graphs are read.
        crosswalk: an :class:`ickg.reason.crosswalk.Crosswalk`; by default exactMatch and closeMatch
            count; None switches crosswalk reasoning off.
        dl: also classify and check consistency with HermiT (needs Java; see
            :mod:`ickg.reason.dl`). Its inferred class memberships and subclass relations
            join the inferred graph.
        dl_max_triples: above this many input data triples, HermiT classifies the ontology
            alone (the report says so).
        provenance: the triples of the provenance graph (or any iterable of them): the claim
            qualifiers of asserted statements, which inferred ones inherit, and the statements
            already described there, which the derivations graph does not describe again.
        described: IRIs of further statements described elsewhere (the build's spooled ones).
        dl_cache: a directory where HermiT's report is kept by its exact input and read again
            for the same input (:func:`ickg.reason.dl.classify_cached`).

    Returns:
        A :class:`ReasoningResult`.
    """
    from ickg.reason.crosswalk import Crosswalk

    if crosswalk is _DEFAULT:
        crosswalk = Crosswalk()
    triples = list(input_triples(*sources))
    if crosswalk is not None:
        triples += crosswalk.axioms()
    start = time.perf_counter()
    # The engine allocates millions of small tuples and no reference cycles: the cyclic garbage
    # collector would only rescan them (about a quarter of the time at 700k triples).
    collecting = gc.isenabled()
    gc.disable()
    try:
        engine = Reasoner(triples, crosswalk=crosswalk, labels=_labeller(sources)).run()
        terms, lits = engine.terms.terms, engine.terms.lit_terms
        inferred = [(terms[s], terms[p], terms[o] if o >= 0 else lits[-o])
                    for s, p, o in engine.inferred()]
    finally:
        if collecting:
            gc.enable()
    result = ReasoningResult(inferred, engine.clashes, engine,
                             descriptions=_describe_genids(engine),
                             seconds=time.perf_counter() - start)
    stated, result.described = _read_provenance(provenance, described)
    result.qualified_inputs = set()
    result.qualifications = qualify(engine, stated, triples, inputs=result.qualified_inputs)
    if dl:
        from ickg.reason import dl as dl_mod
        report = dl_mod.classify_cached(triples, max_triples=dl_max_triples, cache_dir=dl_cache)
        result.dl_report = report
        # HermiT's class memberships go back into the closure (so that, say, a new type's
        # superclasses follow); its subclass relations are added as they are.
        new_types = [t for t in report.inferred if t[1] == RDF.type and not engine.knows(t)]
        added = engine.extend(new_types, DL_RULE)
        terms, lits = engine.terms.terms, engine.terms.lit_terms
        shown = engine.terms.genids
        result.inferred_triples += [(terms[s], terms[p], terms[o] if o >= 0 else lits[-o])
                                    for s, p, o in added
                                    if s not in shown and p not in shown and o not in shown]
        for t in report.inferred:
            if t[1] != RDF.type and not engine.knows(t):
                result.inferred_triples.append(t)
                result.extra_derivations[t] = (DL_RULE, ())
    return result


# ---------------------------------------------------------------------------------------------
# Incremental change: the closure of a store version, kept for the next ingest
# ---------------------------------------------------------------------------------------------

CLOSURE_NAME = "closure.state"  # plain data (ickg.reason.statefile), never a pickle
OLD_CLOSURE_NAMES = ("closure.pickle",)  # an older ickg's kept closure: never read, never copied on


@dataclass
class ClosureState:
    """The engine after :func:`materialise` (its tables, terms and derivations), kept in a store
    version's directory so that ``ickg ingest`` and ``ickg remove`` change the closure by the
    triples that come and go (:func:`update_closure`) instead of computing it again.

    The stored graphs depend on the closure (the inferred graph: a set, the same whatever the
    order of evaluation) and, for a few triples, on which derivation of a triple the engine met
    first: the hedges and confidences inferred statements inherit, HermiT's conclusions, the
    rules described; and the crosswalk's second stratum follows the order its conclusions were
    added in. Those triples' subjects and objects are ``sensitive``: a change that comes near
    one of them (or is about a statement the derivations graph describes, or while HermiT reads
    the data) is not applied here; the caller computes the closure again, as a full build does.
    """

    engine: Reasoner
    digest: str                      # of the input that is not the asserted graph (input_digest)
    dl: bool                         # whether HermiT was asked for
    fixed: frozenset                 # data triples (ints) of the ontology, imports, crosswalk axioms
    sensitive: frozenset             # nodes (ints) of the triples whose first derivation is stored
    statements: frozenset            # statement IRIs the derivations graph describes
    rules: frozenset                 # the rules of the recorded derivations (described)
    data_triples: int                # input triples that are not schema (HermiT's limit)
    crosswalk_fired: bool = False    # the crosswalk concluded something (its second stratum is kept)


def input_digest(*parts: bytes | str) -> str:
    """A SHA-256 of the reasoner's input besides the asserted graph (the ontology's N-Triples,
    the import files, the crosswalk): a kept closure is used only with the same."""
    import hashlib

    digest = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "big") + data)
    return digest.hexdigest()


def _nodes(t):
    from ickg.reason.terms import TYPE
    s, p, o = t
    return (s,) if p == TYPE or o < 0 else (s, o)


def closure_state(result: ReasoningResult, fixed, *, digest: str, dl: bool) -> ClosureState:
    """The :class:`ClosureState` of a :func:`materialise` run. ``fixed``: the rdflib triples of
    its input that are not the asserted graph's (ontology, imports)."""
    from ickg.reason.catalogue import CROSSWALK_RULE
    from ickg.reason.terms import SCHEMA_PREDICATES, SCHEMA_TYPES, TYPE

    engine = result.engine
    ids = engine.terms.ids
    fixed_ids = set()
    for triple in [*fixed, *(engine.crosswalk.axioms() if engine.crosswalk is not None else ())]:
        if all(x in ids for x in triple):
            fixed_ids.add(tuple(ids[x] for x in triple))
    order_dependent = set(result.qualifications) | set(result.qualified_inputs)
    crosswalk_fired = False
    rules = set()
    for t, (rule, _) in engine.derivations.items():
        rules.add(rule)
        if rule == DL_RULE:
            order_dependent.add(t)
        elif rule == CROSSWALK_RULE:
            crosswalk_fired = True
    extra = [tuple(ids[x] for x in t) for t in result.extra_derivations if all(x in ids for x in t)]
    order_dependent.update(extra)
    # The crosswalk's conclusions and what follows from them: their first derivations (and the
    # confidences they carry, when their mappings have one) follow the order of the second stratum.
    order_dependent.update(second_stratum(engine) if crosswalk_fired else ())
    sensitive = {n for t in order_dependent for n in _nodes(t)}
    statements = {str(statement_iri(*engine.terms.triple(t))) for t in order_dependent}
    statements |= {str(statement_iri(*t)) for t in result.extra_derivations}
    data = sum(1 for s, p, o in engine.asserted if not (p in SCHEMA_PREDICATES or (p == TYPE and o in SCHEMA_TYPES)))
    return ClosureState(engine, digest, dl, frozenset(fixed_ids), frozenset(sensitive), frozenset(statements),
                        frozenset(rules), data, crosswalk_fired)


class UnusableClosure(Exception):
    """A store version's kept closure cannot be used; the message says why (the progress line
    ``closure computed again: <why>``)."""


def save_state(state: ClosureState, folder) -> None:
    """Write ``state`` into a store version's directory as plain data (:mod:`ickg.reason.statefile`:
    the terms as JSON strings, the tables as packed integers), or nothing when the engine holds
    what that cannot say (a blank node, a clash): the next change then computes the closure
    again."""
    import logging
    from operator import itemgetter

    engine = state.engine
    terms = engine.terms
    own = terms.terms[len(VOCAB):]
    why = ("an inconsistency" if engine.clashes else
           "a term other than an IRI" if terms.terms[:len(VOCAB)] != VOCAB or any(type(t) is not URIRef for t in own)
           else "")
    if why:
        logging.getLogger("ickg.build.progress").info("closure not kept: %s", why)
        return
    ints = statefile.ints
    derivations = engine.derivations
    rules = sorted({rule for rule, _ in derivations.values()})
    rule_ids = {rule: i for i, rule in enumerate(rules)}
    values = derivations.values()
    premises = ints(chain.from_iterable(chain.from_iterable(map(itemgetter(1), values))))
    counts = ints(map(len, map(itemgetter(1), values)))
    collecting = gc.isenabled()
    gc.disable()
    try:
        sections = {
            "iris": [str(t) for t in own],
            "literals": [[str(t), t.language or "", str(t.datatype or "")] for t in terms.lit_terms[1:]],
            "schema": ints(chain.from_iterable(engine.schema)),
            "derived": ints(chain.from_iterable(derivations)),
            "derived_rule": ints(map(rule_ids.__getitem__, map(itemgetter(0), values))),
            "derived_premises": counts,
            "premises": premises,
            **_table_sections("pso", engine.pso),
            **_table_sections("pos", engine.pos),
            **_table_sections("types", {None: engine.types}),
            "fixed": ints(chain.from_iterable(state.fixed)),
            "sensitive": ints(state.sensitive),
            "no_reflexive": ints(engine._no_reflexive),
            "statements": sorted(state.statements),
        }
        if len(premises) != 3 * sum(counts):
            raise ValueError("a premise that is not a triple")
        crosswalk = engine.crosswalk
        statefile.write(Path(folder) / CLOSURE_NAME, {
            "digest": state.digest, "dl": state.dl, "rules": sorted(state.rules), "derivation_rules": rules,
            "data_triples": state.data_triples, "crosswalk_fired": state.crosswalk_fired,
            "crosswalk": None if crosswalk is None else {
                "properties": sorted(map(str, crosswalk.properties)),
                "carried": None if crosswalk.carried is None else sorted(map(str, crosswalk.carried))},
        }, sections)
    finally:
        if collecting:
            gc.enable()


def _table_sections(name: str, table: dict) -> dict[str, array]:
    """A table ``{k1: {k2: set(v)}}`` as arrays of integers: the k1 (``keys``) with the number of
    their non-empty sets (``sizes``), those sets' k2 (``inner``) with their sizes (``counts``),
    and the members (``values``). Built again by :func:`_table` without a loop in Python. ``k1``
    None: the table is ``{k2: set(v)}`` (written without keys and sizes)."""
    ints = statefile.ints
    keys, sizes, inner, counts, values = ints(), ints(), ints(), ints(), ints()
    for k1, by in table.items():
        kept = [(k2, v) for k2, v in by.items() if v]
        if kept:
            if k1 is not None:
                keys.append(k1)
                sizes.append(len(kept))
            inner.extend(k2 for k2, _ in kept)
            counts.extend(len(v) for _, v in kept)
            values.extend(chain.from_iterable(v for _, v in kept))
    out = {f"{name}.inner": inner, f"{name}.counts": counts, f"{name}.values": values}
    if None not in table:
        out.update({f"{name}.keys": keys, f"{name}.sizes": sizes})
    return out


def _table(parts: dict, name: str, nested: bool = True) -> dict:
    """The table :func:`_table_sections` wrote; :class:`UnusableClosure` if its counts do not add up."""
    inner, counts, values = (parts[f"{name}.{x}"] for x in ("inner", "counts", "values"))
    if not all(isinstance(x, array) for x in (inner, counts, values)) or len(inner) != len(counts) or (counts and min(counts) < 1) or sum(counts) != len(values):
        raise UnusableClosure(f"its table {name} does not add up")
    pairs = zip(inner, map(set, map(islice, repeat(iter(values)), counts)))
    if not nested:
        return dict(pairs)
    keys, sizes = parts[f"{name}.keys"], parts[f"{name}.sizes"]
    if not (isinstance(keys, array) and isinstance(sizes, array)) or len(keys) != len(sizes) or (sizes and min(sizes) < 1) or sum(sizes) != len(inner):
        raise UnusableClosure(f"its table {name} does not add up")
    return dict(zip(keys, map(dict, map(islice, repeat(iter(pairs)), sizes))))


def _triples(values) -> list:
    if len(values) % 3:
        raise UnusableClosure("a table of triples is cut short")
    it = iter(values)
    return list(zip(it, it, it))


def load_state(folder) -> ClosureState:
    """The :class:`ClosureState` kept in a store version's directory.

    Nothing in the file runs: it is JSON and packed integers (:mod:`ickg.reason.statefile`), and
    every term id, count and field is checked before the engine is made again, so that a
    damaged, truncated or hostile file is refused here rather than failing (or concluding
    nonsense) later.

    Raises:
        UnusableClosure: none kept, an older ickg's ``closure.pickle`` only, or a file that
            cannot be used, with the reason.
    """
    path = Path(folder) / CLOSURE_NAME
    if not path.is_file():
        old = [name for name in OLD_CLOSURE_NAMES if (Path(folder) / name).exists()]
        raise UnusableClosure(f"the live version keeps an older ickg's {old[0]}, not read" if old else
                              "the live version keeps no closure")
    collecting = gc.isenabled()
    gc.disable()
    try:
        try:
            fields, parts = statefile.read(path)
        except statefile.StateFileError as error:
            raise UnusableClosure(f"{CLOSURE_NAME}: {error}") from None
        except OSError as error:
            raise UnusableClosure(f"{CLOSURE_NAME}: {error.strerror or error}") from None
        try:
            return _state_of(fields, parts)
        except UnusableClosure as error:
            raise UnusableClosure(f"{CLOSURE_NAME}: {error}") from None
        except (KeyError, TypeError, ValueError, IndexError, AttributeError, RecursionError, MemoryError) as error:
            raise UnusableClosure(f"{CLOSURE_NAME}: a part that does not fit ({type(error).__name__})") from None
    finally:
        if collecting:
            gc.enable()


# The sections that hold term ids (the others hold counts).
_TERM_SECTIONS = ("schema", "derived", "premises", "fixed", "sensitive", "no_reflexive", *(f"{t}.{x}" for t in ("pso", "pos", "types")
                                                                           for x in ("keys", "inner", "values")
                                                                           if (t, x) != ("types", "keys")))
# What N-Triples does not allow in an IRI (all ASCII: a UTF-8 byte of another character is >= 0x80).
_NOT_IN_IRI = bytes(range(0x21)) + b'<>"{}|^`\\'
_ABSOLUTE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")  # a scheme: the store takes absolute IRIs only


def _state_of(fields, parts) -> ClosureState:
    """The state :func:`save_state` wrote, from the file's fields and sections, checked."""
    def wanted(name, kind):
        value = fields[name] if name in fields else parts[name]
        if not isinstance(value, kind) or isinstance(value, bool) and kind is int:
            raise UnusableClosure(f"{name} is not what it should be")
        return value

    iris = wanted("iris", list)
    literals = wanted("literals", list)
    if not set(map(type, iris)) <= {str} or not set(map(type, literals)) <= {list} or not set(
            map(len, literals)) <= {3} or not set(map(type, chain.from_iterable(literals))) <= {str}:
        raise UnusableClosure("its terms are not strings")
    named = [*iris, *{dt for _, _, dt in literals if dt}]
    joined = "\n".join(named).encode("utf-8")
    joins = joined.count(b"\n")
    if joins != max(len(named) - 1, 0) or len(joined.translate(None, _NOT_IN_IRI)) != len(joined) - joins or not all(
            map(_ABSOLUTE.match, named)):
        raise UnusableClosure("an IRI N-Triples cannot write")
    terms = Terms()
    make_iri = partial(str.__new__, URIRef)  # checked above as URIRef() would (it only warns)
    terms.terms.extend(map(make_iri, iris))
    datatypes = {dt: URIRef(dt) if dt else None for dt in {dt for _, _, dt in literals}}
    # A string (plain or with a language) is its own normal form: rdflib's normalising is skipped
    # for those (most literals; a quarter of the load); a typed literal is made as it was.
    terms.lit_terms.extend(Literal(lex, lang=lang or None, normalize=False) if not dt else
                           Literal(lex, datatype=datatypes[dt]) for lex, lang, dt in literals)
    terms.ids.update(zip(islice(terms.terms, len(VOCAB), None), range(len(VOCAB), len(terms.terms))))
    terms.ids.update(zip(islice(terms.lit_terms, 1, None), range(-1, -len(terms.lit_terms), -1)))
    if len(terms.ids) != len(terms.terms) + len(terms.lit_terms) - 1:
        raise UnusableClosure("a term twice")
    terms.genids.update(i for i, iri in enumerate(iris, len(VOCAB)) if iri.startswith(GENID))
    low, high = -(len(terms.lit_terms) - 1), len(terms.terms) - 1
    for name in _TERM_SECTIONS:
        values = wanted(name, array)
        if values and (min(values) < low or max(values) > high):
            raise UnusableClosure(f"{name} names a term it does not hold")
    rule_names = wanted("derivation_rules", list)
    rule_of, counts = wanted("derived_rule", array), wanted("derived_premises", array)
    keys = _triples(parts["derived"])
    if not all(type(x) is str for x in rule_names) or (rule_of and (
            min(rule_of) < 0 or max(rule_of) >= len(rule_names))) or len(rule_of) != len(keys) or len(
            counts) != len(keys) or (counts and min(counts) < 0) or 3 * sum(counts) != len(parts["premises"]):
        raise UnusableClosure("its derivations do not add up")
    premises = map(tuple, map(islice, repeat(iter(_triples(parts["premises"]))), counts))
    derivations = dict(zip(keys, zip(map(rule_names.__getitem__, rule_of), premises)))
    spec = fields["crosswalk"]
    crosswalk = None if spec is None else Crosswalk(
        [URIRef(x) for x in spec["properties"]],
        None if spec["carried"] is None else [URIRef(x) for x in spec["carried"]])
    engine = Reasoner.restored(terms, set(_triples(parts["schema"])), derivations, _table(parts, "pso"),
                               _table(parts, "pos"), _table(parts, "types", nested=False), crosswalk=crosswalk,
                               no_reflexive=parts["no_reflexive"])
    statements = wanted("statements", list)
    rules = wanted("rules", list)
    if not all(type(x) is str for x in (*statements, *rules)):
        raise UnusableClosure("its statements or rules are not strings")
    return ClosureState(engine, wanted("digest", str), wanted("dl", bool), frozenset(_triples(parts["fixed"])),
                        frozenset(parts["sensitive"]), frozenset(statements), frozenset(rules),
                        wanted("data_triples", int), wanted("crosswalk_fired", bool))


@dataclass
class ClosureChange:
    """What :func:`update_closure` changed: inferred triples (rdflib terms) to remove and add."""

    gone: list
    came: list


def update_closure(state: ClosureState, added, removed, *, statements=(), dl_max_triples: int = 50_000) -> ClosureChange | None:
    """Change ``state`` (in place) by asserted triples added and removed (rdflib terms), or
    None when that cannot be done here and the closure must be computed again (the state is
    then spoiled): a schema triple or a blank node among them; a triple, or a neighbour of one,
    among the ``sensitive``; a statement the derivations graph describes in ``statements`` (the
    IRIs of reified statements that come or go); HermiT reading the data (below
    ``dl_max_triples`` data triples); another set of rules; an inconsistency (the full path
    words it).

    The crosswalk's second stratum (:mod:`ickg.reason.crosswalk`: one mapping hop from the tags
    of the first stratum's closure, then the closure again) is not monotone: a new tag in a
    scheme closes the gap a mapping filled. So after the asserted change it is computed again
    over the first stratum alone (:func:`_crosswalk_again`): its conclusions and what follows
    from them are taken out, what still follows by the rules is concluded again, and the
    crosswalk's conclusions over that closure are added and closed over, as a full run adds
    them. The triples that come or go that way count as the change's, for the checks above.
    """
    from rdflib import BNode

    from ickg.reason.terms import SCHEMA_PREDICATES, SCHEMA_TYPES, TYPE

    engine = state.engine
    if engine.crosswalk is not None and DL_RULE in state.rules:
        # a full run applies the crosswalk before HermiT's conclusions join the closure; the
        # kept engine holds them, and a tag that rests on one must not be carried over a mapping
        return _refused("HermiT concluded something the crosswalk could read")
    if not state.statements.isdisjoint(statements):
        return _refused("a statement the derivations graph describes changes")
    data_after = state.data_triples + len(added) - len(removed)
    if state.dl and min(state.data_triples, data_after) <= 2 * dl_max_triples:
        from ickg.reason.dl import java_available
        if java_available():
            return _refused("HermiT reads the data")
    ids = engine.terms.ids
    encode = engine.terms.encode
    for triple in (*added, *removed):
        if any(type(x) is BNode for x in triple):
            return _refused("a blank node")
    gone_ids = [tuple(ids[x] for x in t) for t in removed if all(x in ids for x in t)]
    came_ids = [tuple(encode(x) for x in t) for t in added]
    for s, p, o in (*gone_ids, *came_ids):
        if p in SCHEMA_PREDICATES or (p == TYPE and o in SCHEMA_TYPES):
            return _refused("a schema triple")
    before = set(engine.derivations)
    collecting = gc.isenabled()
    gc.disable()
    try:
        gone, came = engine.update(came_ids, gone_ids, state.fixed)
    finally:
        if collecting:
            gc.enable()
    if engine.clashes:
        return _refused("an inconsistency")
    if engine.crosswalk is not None:
        gone_again, came_again = _crosswalk_again(engine)
        gone |= gone_again
        came |= came_again
        if engine.clashes:
            return _refused("an inconsistency")
    touched = gone | came | set(came_ids) | set(gone_ids)
    region = {n for t in touched for n in _nodes(t)}
    hops = max([1] + [len(members) - 2 for entries in getattr(engine, "chains").values() for _, members, _, _ in entries])
    frontier = region
    for _ in range(hops):
        reached: set[int] = set()
        for p, by_s in engine.pso.items():
            by_o = engine.pos.get(p, {})
            for n in frontier:
                reached.update(o for o in by_s.get(n, ()) if o >= 0)
                reached.update(by_o.get(n, ()))
        frontier = reached - region
        region |= reached
    if not region.isdisjoint(state.sensitive):
        return _refused("a change next to a hedged, mapped or HermiT-concluded triple")
    rules = {rule for rule, _ in engine.derivations.values()}
    if rules != state.rules:
        return _refused("another set of rules")
    genids = engine.terms.genids

    def shown(t):
        return not is_trivial(t) and t[0] not in genids and t[1] not in genids and t[2] not in genids

    out_ids = [t for t in touched if t in before and shown(t) and t not in engine.derivations]
    in_ids = [t for t in touched if t in engine.derivations and shown(t) and t not in before]
    state.data_triples = data_after
    decode = engine.terms.triple
    return ClosureChange([decode(t) for t in out_ids], [decode(t) for t in in_ids])


def second_stratum(engine) -> set:
    """The crosswalk's conclusions held by ``engine`` and every triple whose recorded derivation
    rests on one (what the second stratum added to the first stratum's closure)."""
    from ickg.reason.catalogue import CROSSWALK_RULE

    derivations = engine.derivations
    held = [t for t, (rule, _) in derivations.items() if rule == CROSSWALK_RULE]
    if not held:
        return set()
    users: dict[tuple, list] = {}
    for t, (_, premises) in derivations.items():
        for premise in premises:
            users.setdefault(premise, []).append(t)
    out, todo = set(held), list(held)
    while todo:
        for t in users.get(todo.pop(), ()):
            if t not in out:
                out.add(t)
                todo.append(t)
    return out


def _crosswalk_again(engine) -> tuple[set, set]:
    """The crosswalk's second stratum of ``engine`` computed again over its first stratum, after
    an asserted change: ``(gone, came)``, the triples it no longer holds and those it holds
    anew (a triple taken out and concluded again is in neither).

    The second stratum (:func:`second_stratum`) is taken out by delete and re-derive
    (:meth:`ickg.reason.rules.Reasoner.update`: what still follows by the rules alone comes
    back, so the engine holds the first stratum's closure of the new input), then the
    crosswalk's conclusions over it are added in the order a full run adds them and closed over.
    Where the crosswalk never concluded anything, this is one pass of
    :meth:`~ickg.reason.crosswalk.Crosswalk.conclusions` over the tags of mapped concepts."""
    from ickg.reason.catalogue import CROSSWALK_RULE

    second = second_stratum(engine)
    gone = engine.update((), (), retract=second)[0] if second else set()  # not concluded again by the rules
    concluded = [(t, CROSSWALK_RULE, premises) for t, premises in engine.crosswalk.conclusions(engine)
                 if not engine._known(t)]
    came = engine.conclude(concluded) if concluded else set()
    return gone - came, came - second


def _refused(why: str) -> ClosureChange | None:
    import logging

    logging.getLogger("ickg.build.progress").info("closure computed again: %s", why)
    return None


# ---------------------------------------------------------------------------------------------
# Hedges and confidence of inferred statements


@dataclass(frozen=True)
class Qualification:
    """How firmly a statement holds: its claim qualifier (with its rank and hedge cues) and the
    confidence of the mappings it rests on. None means "stated flatly" / "no mapping involved"."""

    qualifier: URIRef | None = None
    rank: int | None = None
    cues: tuple = ()
    confidence: float | None = None

    def triples(self, node):
        """What the derivations graph says of the statement ``node``."""
        if self.qualifier is not None:
            yield (node, ICKG.claimQualifier, self.qualifier)
            for cue in self.cues:
                yield (node, ICKG.hedgeCue, Literal(cue))
        if self.confidence is not None:
            yield (node, SSSOM.confidence, Literal(repr(self.confidence), datatype=XSD.double))


def _read_provenance(provenance, described):
    """From provenance triples: {asserted triple: (qualifier, cues)} and the described statements."""
    by_statement = {}
    for s, p, o in provenance:
        if p in (RDF.subject, RDF.predicate, RDF.object, ICKG.claimQualifier, ICKG.hedgeCue):
            by_statement.setdefault(s, {}).setdefault(p, []).append(o)
    stated = {}
    for node, props in by_statement.items():
        if ICKG.claimQualifier in props and all(x in props for x in (RDF.subject, RDF.predicate, RDF.object)):
            triple = (props[RDF.subject][0], props[RDF.predicate][0], props[RDF.object][0])
            stated[triple] = (props[ICKG.claimQualifier][0], tuple(sorted(str(c) for c in props.get(ICKG.hedgeCue, ()))))
    here = frozenset(str(s) for s, props in by_statement.items() if RDF.subject in props)
    return stated, _Either(here, described) if described else here


class _Either:
    """``x in`` either of two containers of IRI strings: the statements the provenance graph
    describes, and those ``described`` elsewhere (the build's spooled ones, held as hashes,
    which a set of their strings would copy whole)."""

    def __init__(self, first, second):
        self.first, self.second = first, second

    def __contains__(self, x):
        return x in self.first or x in self.second


def qualify(engine, stated, triples, inputs=None):
    """Qualifications of the engine's concluded triples: the weakest qualifier of the premises
    (lowest ``ickg:qualifierRank``), the lowest mapping confidence.

    Args:
        engine: the :class:`~ickg.reason.rules.Reasoner` after ``run``.
        stated: {asserted rdflib triple: (qualifier IRI, hedge cues)}.
        triples: the reasoner's input (for the qualifier ranks and the mappings' confidences).
        inputs: a set that receives the input triples (engine ints) that carry a qualifier or a
            confidence (:func:`closure_state` keeps them).

    Returns:
        {int triple: :class:`Qualification`} for the concluded triples that are not flat and free
        of mappings; premises come before their conclusions in the derivations, so one pass does.
    """
    ranks, axioms = {}, {}
    # the predicates read, looked up once: an rdflib namespace's attribute per input triple was
    # most of this function's time (0.6 of 0.8 CPU-s at 3,000 documents, profiled)
    rank = ICKG.qualifierRank
    read = dict.fromkeys((OWL.annotatedSource, OWL.annotatedProperty, OWL.annotatedTarget, SSSOM.confidence), False)
    read[rank] = True
    for s, p, o in triples:
        is_rank = read.get(p)
        if is_rank:
            ranks[s] = int(o)
        elif is_rank is not None:
            axioms.setdefault(s, {})[p] = o
    ids = engine.terms.ids
    known = {}
    for (s, p, o), (qualifier, cues) in stated.items():
        if s in ids and p in ids and o in ids:
            known[(ids[s], ids[p], ids[o])] = Qualification(qualifier, ranks.get(qualifier, 0), cues)
    for ax in axioms.values():
        parts = [ax.get(k) for k in (OWL.annotatedSource, OWL.annotatedProperty, OWL.annotatedTarget)]
        conf = ax.get(SSSOM.confidence)
        if conf is None or None in parts or any(x not in ids for x in parts):
            continue
        key = tuple(ids[x] for x in parts)
        prior = known.get(key)
        known[key] = Qualification(prior.qualifier if prior else None, prior.rank if prior else None,
                                   prior.cues if prior else (), float(conf))
    if inputs is not None:
        inputs.update(known)
    out = {}
    for t, (_rule, premises) in engine.derivations.items():
        weakest, cues, confidence = None, set(), None
        for prem in premises:
            q = out.get(prem) or known.get(prem)
            if q is None:
                continue
            if q.qualifier is not None:
                if weakest is None or q.rank < weakest.rank:
                    weakest, cues = q, set(q.cues)
                elif q.rank == weakest.rank and q.qualifier == weakest.qualifier:
                    cues |= set(q.cues)
            if q.confidence is not None and (confidence is None or q.confidence < confidence):
                confidence = q.confidence
        if weakest is not None or confidence is not None:
            out[t] = Qualification(weakest.qualifier if weakest else None, weakest.rank if weakest else None,
                                   tuple(sorted(cues)), confidence)
    return out


# ---------------------------------------------------------------------------------------------
# Naming anonymous class expressions
# ---------------------------------------------------------------------------------------------

def _describe_genids(engine):
    """Triples (with a Manchester-syntax label) describing each minted IRI premises mention."""
    genids = engine.terms.genids
    decode = engine.terms.decode
    by_s = {}
    for s, p, o in engine.schema:
        if s in genids:
            by_s.setdefault(decode(s), []).append((decode(p), decode(o)))
    out, seen = [], set()
    lists = _list_links(by_s)
    todo = list(by_s)  # every anonymous class expression, list or restriction of the schema
    while todo:
        node = todo.pop()
        if node in seen:
            continue
        seen.add(node)
        for p, o in by_s.get(node, ()):
            out.append((node, p, o))
            if is_genid(o):
                todo.append(o)
        out.append((node, RDFS.label, Literal(manchester(node, by_s, lists=lists))))
    return out


def _list_links(by_s):
    """The rdf:first and rdf:rest of every node of ``by_s`` that has one: ``(first, rest)``."""
    first = {n: dict(by_s.get(n, ())).get(RDF.first) for n in by_s}
    rest = {n: dict(by_s.get(n, ())).get(RDF.rest) for n in by_s}
    return ({k: v for k, v in first.items() if v is not None},
            {k: v for k, v in rest.items() if v is not None})


def manchester(node, by_s, depth=0, lists=None):
    """A readable rendering of a class expression or list: ``ickg:p value scheme:x``.

    ``lists`` is :func:`_list_links` of ``by_s`` when the caller has it (one pass over the
    schema's nodes for all the expressions it renders, not one per expression)."""
    if not is_genid(node) or depth > 8:
        return short(node)
    props = {}
    for p, o in by_s.get(node, ()):
        props.setdefault(p, o)
    if lists is None:
        lists = _list_links(by_s)
    first, rest = lists

    def sub(x):
        return manchester(x, by_s, depth + 1, lists)

    def items(lst):
        return [sub(x) for x in (rdf_list(first, rest, lst) or [])]

    if RDF.first in props:
        return "( " + " ".join(items(node)) + " )"
    on = props.get(OWL.onProperty)
    if on is not None:
        for p, word in ((OWL.hasValue, "value"), (OWL.someValuesFrom, "some"),
                        (OWL.allValuesFrom, "only")):
            if p in props:
                return f"({short(on)} {word} {sub(props[p])})"
        for p, word in ((OWL.maxCardinality, "max"), (OWL.maxQualifiedCardinality, "max")):
            if p in props:
                cls = props.get(OWL.onClass)
                return f"({short(on)} {word} {props[p]}{' ' + sub(cls) if cls else ''})"
    if OWL.intersectionOf in props:
        return "(" + " and ".join(items(props[OWL.intersectionOf])) + ")"
    if OWL.unionOf in props:
        return "(" + " or ".join(items(props[OWL.unionOf])) + ")"
    if OWL.complementOf in props:
        return f"(not {sub(props[OWL.complementOf])})"
    if OWL.oneOf in props:
        return "{" + ", ".join(items(props[OWL.oneOf])) + "}"
    return short(node)


# ---------------------------------------------------------------------------------------------
# For `ickg validate`
# ---------------------------------------------------------------------------------------------

def consistency_report(*sources: Any, dl: bool = True, dl_max_triples: int = 50_000,
                       dl_cache: Any = None) -> tuple[bool, list[str]]:
    """Consistency of ontology + data under OWL 2 RL and (if Java is there) HermiT, for a validator.

    Returns:
        ``(consistent, lines)``: whether no inconsistency was found, and one line per finding
        plus one line saying what HermiT did (or that it was skipped for want of Java).
    """
    result = materialise(*sources, dl=dl, dl_max_triples=dl_max_triples, dl_cache=dl_cache)
    lines = [f"inconsistent: {message}" for message in result.inconsistencies]
    lines.append(f"OWL 2 RL closure: {len(result.inferred_triples)} inferred triples, "
                 f"{len(result.clashes)} inconsistencies")
    if result.dl_report is not None:
        lines.append(result.dl_report.message)
    return result.consistent, lines

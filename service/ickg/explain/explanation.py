"""Explanations: why the graph holds a triple, down to the sentences it rests on.

For a triple ``S P O`` the explanation says whether it was asserted or inferred. An inferred
triple comes with the rule that concluded it and its premises, each explained in turn, down to
asserted triples; each asserted premise comes with its source, found through the provenance graph:
its evidence (the verbatim quote, its character offsets and its source document) or a declared
non-document source (the gazetteer and its reference, or an editorial decision with its reason);
each premise from the ontology is marked as an ontology axiom. An inferred triple that is not
stated flatly carries the weakest claim qualifier of its premises and their hedge cues, and one
that rests on a SKOS mapping the mapping's confidence.

Where it reads: the rule and premises of an inferred triple are rebuilt by the OWL 2 RL engine
from the ontology and the asserted triples (:func:`derivation`); the derivations graph written by
:mod:`ickg.reason.materialise` gives the hedges and confidences inferred statements carry,
HermiT's conclusions and the anonymous classes; the provenance graph the evidence (premises are
found there under the statement IRIs of :mod:`ickg.model.provenance`); the ontology, asserted and
imported graphs what was asserted where. Any of these will do as the source:

- a pyoxigraph ``Store``, or an :mod:`ickg.store` store (anything with ``quads_for_pattern``
  taking pyoxigraph terms);
- an rdflib ``Dataset``.

:func:`explain` returns a JSON-ready dict; :func:`render_text` prints it as an indented tree.
"""

from rdflib import BNode, Dataset, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS

from ickg.namespaces import (ASSERTED_GRAPH, DERIVATIONS_GRAPH, ICKG, IMPORT_GRAPH,
                             INFERRED_GRAPH, OA, ONTOLOGY_GRAPH, PREFIXES, PROVENANCE_GRAPH, SSSOM)
from ickg.mint import GENID as ID_GENID
from ickg.mint import is_genid, statement_iri
from ickg.namespaces import short
from ickg.reason.catalogue import RULE, RULES, SKOS_MAPPING_AXIOMS
from ickg.quotes import quote_of

MAX_DEPTH = 40


class UnknownTerm(ValueError):
    """A prefixed name whose prefix ickg does not know."""


def parse_term(text):
    """A term from the command line: ``<iri>``, an IRI, ``prefix:local``, or a ``"literal"``."""
    text = text.strip()
    if text.startswith("<") and text.endswith(">"):
        return URIRef(text[1:-1])
    if text.startswith('"'):
        body, _, tail = text[1:].rpartition('"')
        if tail.startswith("^^"):
            return Literal(body, datatype=parse_term(tail[2:]))
        if tail.startswith("@"):
            return Literal(body, lang=tail[1:])
        return Literal(body)
    if "://" in text or text.startswith("urn:"):
        return URIRef(text)
    prefix, sep, local = text.partition(":")
    if sep and prefix in PREFIXES:
        return URIRef(str(PREFIXES[prefix]) + local)
    if sep and prefix == "a" and not local:
        return RDF.type
    if text == "a":
        return RDF.type
    raise UnknownTerm(f"not an IRI or a known prefixed name: {text!r} "
                      f"(prefixes: {', '.join(sorted(PREFIXES))})")


# ---------------------------------------------------------------------------------------------
# Reading the source
# ---------------------------------------------------------------------------------------------

class _Source:
    """Uniform read access to a pyoxigraph-like store or an rdflib Dataset, in rdflib terms."""

    def __init__(self, source):
        self.source = source
        self.is_rdflib = isinstance(source, Dataset)
        self.texts = {}  # documents' full texts read so far, by IRI: quotes are cut from them
        # triple -> (rule id, premises) from the engine runs so far, and the runs tried: kept
        # with the store (its version) from one explanation to the next
        key = (id(source), getattr(source, "version", None))
        if key not in _RUNS:
            while len(_RUNS) >= 4:
                _RUNS.pop(next(iter(_RUNS)))
            _RUNS[key] = ({}, set(), {})
        self.derivations, self.tried, self._read = _RUNS[key]
        if not self.is_rdflib:
            import pyoxigraph as ox
            self._ox = ox

    def _to_ox(self, term):
        from ickg.terms import to_ox
        return None if term is None else to_ox(term)

    def quads(self, s=None, p=None, o=None, g=None):
        if self.is_rdflib:
            graphs = [self.source.graph(g)] if g is not None else \
                [x for x in self.source.graphs() if len(x)]
            for graph in graphs:
                for t in graph.triples((s, p, o)):
                    yield t + (graph.identifier,)
            return
        from ickg.terms import from_ox as _ox_to_rdflib
        for q in self.source.quads_for_pattern(self._to_ox(s), self._to_ox(p), self._to_ox(o),
                                               self._to_ox(g)):
            name = q.graph_name
            yield (_ox_to_rdflib(q.subject), _ox_to_rdflib(q.predicate), _ox_to_rdflib(q.object),
                   URIRef(name.value) if isinstance(name, self._ox.NamedNode) else None)

    def objects(self, s, p, g):
        return [q[2] for q in self.quads(s, p, None, g)]

    def value(self, s, p, g):
        for o in self.objects(s, p, g):
            return o
        return None

    def ontology(self):
        """The ontology graph's triples (read once for the store version)."""
        if "ontology" not in self._read:
            self._read["ontology"] = [q[:3] for q in self.quads(None, None, None, ONTOLOGY_GRAPH)]
        return self._read["ontology"]

    def small_data(self):
        """The asserted and imported triples when there are at most ``_SMALL_DATA`` of them (the
        engine then runs on all of them once), else None (it runs on neighbourhoods)."""
        if "small" not in self._read:
            data = []
            for graph in self.data_graphs():
                for q in self.quads(None, None, None, graph):
                    data.append(q[:3])
                    if len(data) > _SMALL_DATA:
                        break
                if len(data) > _SMALL_DATA:
                    data = None
                    break
            self._read["small"] = data
        return self._read["small"]

    def data_graphs(self):
        """The asserted graph and the imported ones: what the engine reasons on, with the ontology."""
        if "graphs" not in self._read:
            if self.is_rdflib:
                names = [g.identifier for g in self.source.graphs()]
            else:
                names = [URIRef(getattr(g, "value", g)) for g in self.source.named_graphs()
                         if isinstance(g, str) or hasattr(g, "value")]
            self._read["graphs"] = [ASSERTED_GRAPH] + sorted(
                g for g in names if str(g).startswith(str(IMPORT_GRAPH)))
        return self._read["graphs"]

    def schema_terms(self):
        """What the ontology graph describes: classes, properties, concepts (not followed)."""
        if "schema" not in self._read:
            self._read["schema"] = {t[0] for t in self.ontology()}
        return self._read["schema"]

    def graphs_of(self, triple):
        return {q[3] for q in self.quads(*triple)}


# ---------------------------------------------------------------------------------------------
# Explaining
# ---------------------------------------------------------------------------------------------

def explain(source, s, p, o, *, max_depth=MAX_DEPTH):
    """Explain the triple ``(s, p, o)`` from what ``source`` holds.

    Returns:
        A dict: ``triple`` (s, p, o and a compact ``text``), ``status`` ("inferred", "asserted",
        "imported", "ontology", "axiom" or "absent"), and for an inferred triple ``rule`` (id, iri, comment)
        and ``premises`` (explanations of the same shape); for an asserted one ``evidence`` (list
        of quotes with ``exact``, ``prefix``, ``suffix``, ``start``, ``end``, ``source``) and
        ``graphs``, and ``sources`` (non-document sources: ``kind`` "reference" or "decision",
        ``source``, ``label``, ``reason``, ``reference``); an inferred one may carry
        ``qualifier`` and ``hedge`` (the weakest of its premises) and ``confidence`` (of the
        mappings it rests on). A premise seen before in the same explanation is given once in
        full and then as ``{"status": ..., "see_above": True}``.
    """
    src = _Source(source)
    seen = {}
    return _explain(src, (s, p, o), 0, max_depth, seen)


def _node(triple):
    return {"s": _term_json(triple[0]), "p": _term_json(triple[1]), "o": _term_json(triple[2]),
            "text": " ".join(short(x) for x in triple)}


def _term_json(term):
    if isinstance(term, Literal):
        out = {"type": "literal", "value": str(term)}
        if term.language:
            out["lang"] = term.language
        elif term.datatype:
            out["datatype"] = str(term.datatype)
        return out
    return {"type": "bnode" if isinstance(term, BNode) else "iri", "value": str(term)}


def _explain(src, triple, depth, max_depth, seen):
    out = {"triple": _node(triple)}
    key = triple
    if key in seen:
        out.update(status=seen[key], see_above=True)
        return out
    node = statement_iri(*triple)
    rule = src.value(node, ICKG.derivedBy, DERIVATIONS_GRAPH)  # HermiT's are recorded
    graphs = src.graphs_of(triple)
    asserted_in = sorted(str(g) for g in graphs
                         if g in (ONTOLOGY_GRAPH, ASSERTED_GRAPH) or str(g).startswith(str(IMPORT_GRAPH)))
    if asserted_in:
        if asserted_in == [str(ONTOLOGY_GRAPH)]:
            status = "ontology"
        elif str(ASSERTED_GRAPH) in asserted_in or str(ONTOLOGY_GRAPH) in asserted_in:
            status = "asserted"
        else:
            status = "imported"  # only in graph/import/... (ickg import), no evidence model
        out.update(status=status, graphs=asserted_in)
        if status in ("asserted", "ontology"):
            quotes, others = evidence(src, node, src.texts), sources(src, node)
            if quotes or status == "asserted":
                out["evidence"] = quotes
            if others:
                out["sources"] = others
        seen[key] = status
        return out
    rebuilt = None
    if rule is None and (triple in src.derivations or INFERRED_GRAPH in graphs
                         or any(is_genid(x) for x in triple)):
        rebuilt = derivation(src, triple)  # the engine's, rebuilt from the rules and the store
        if rebuilt is not None:
            rule = RULE[rebuilt[0]]
    if rule is None and any(is_genid(x) for x in triple):
        out.update(status="ontology", graphs=[str(ONTOLOGY_GRAPH)],
                   note="an axiom about an anonymous class expression of the ontology",
                   labels=_genid_labels(src, triple))
        seen[key] = "ontology"
        return out
    if rule is None:
        if triple in SKOS_MAPPING_AXIOMS:
            out.update(status="axiom", note="SKOS reference axiom about mapping properties, "
                                              "added by ickg.reason.crosswalk")
        elif INFERRED_GRAPH in graphs:
            out.update(status="inferred", note="no derivation recorded for this triple")
        else:
            out.update(status="absent", note="the graph neither asserts nor infers this triple")
        seen[key] = out["status"]
        return out
    rule_id = str(src.value(rule, RDFS.label, DERIVATIONS_GRAPH) or rule.rsplit("/", 1)[-1])
    out.update(status="inferred", rule={"id": rule_id, "iri": str(rule),
                                        "comment": RULES.get(rule_id, "")})
    out.update(qualification(src, node))
    seen[key] = "inferred"
    if depth >= max_depth:
        out["truncated"] = True
        return out
    premises = []
    # in the order of their statement IRIs, as the derivations graph listed them
    for ptriple in sorted(rebuilt[1] if rebuilt else (), key=lambda t: str(statement_iri(*t))):
        premises.append(_explain(src, ptriple, depth + 1, max_depth, seen))
    out["premises"] = _order(premises)
    if any(is_genid(x) for x in triple):
        out["labels"] = _genid_labels(src, triple)
    return out


def derivation(src, triple):
    """``(rule id, premises)`` by which the OWL 2 RL engine concludes ``triple``, or None.

    The derivations graph does not store them (docs/build.md, "Compact provenance"): they are rebuilt
    here by running the engine (:func:`ickg.reason.materialise.materialise`) on the ontology and
    the asserted and imported triples: all of them when they are few (``_SMALL_DATA``, one run
    for every explanation of the store version), else those around the triple's terms
    (:func:`_around`), wider until the triple is concluded (``_DEPTHS``), so that an explanation
    costs a bounded run whatever the size of the store. The engine keeps the first derivation it
    finds of each triple, so the premises are a derivation of the triple from what the store
    holds; every run's derivations are kept for the premises' turn and the next explanations."""
    known = src.derivations
    if triple in known:
        return known[triple]
    # the engine is imported when an explanation first needs a run, not with every `ickg serve`
    from ickg.reason.materialise import materialise

    small = src.small_data()
    for depth in ((None,) if small is not None else _DEPTHS):
        if (triple, depth) in src.tried or (depth is None and None in src.tried):
            continue
        src.tried.add(None if depth is None else (triple, depth))
        data = small if depth is None else _around(src, triple, depth)
        result = materialise(src.ontology(), data, dl=False)
        for t, (rule, premises) in result.derivation_map.items():
            known.setdefault(t, (rule, premises))
        if len(known) > _MAX_KNOWN:  # a long-lived server: keep the memory bounded
            known.clear()
            src.tried.clear()
            known.update(result.derivation_map)
        if triple in known:
            return known[triple]
    return None


_DEPTHS = (1, 3, 8)  # steps out from the triple's terms, in turn, on a store too big to run whole
_MAX_KNOWN = 500_000  # derivations kept per store between explanations
_SMALL_DATA = 60_000  # asserted and imported triples up to which the engine runs on all of them
_RUNS: dict = {}  # (id of the store, its version) -> (derivations, runs tried, what was read), the last few


_MAX_LINKS = 2000  # triples read around one term: a hub (a country, a journal) is not read whole


def _data_quads(src, s=None, o=None):
    """Triples of the asserted and imported graphs with subject ``s`` or object ``o``."""
    for graph in src.data_graphs():
        for q in src.quads(s, None, o, graph):
            yield q[:3]


def _around(src, triple, depth):
    """The asserted and imported triples about the terms of ``triple`` (either way), and those
    about what they point to, ``depth`` steps out (outgoing only: a chain of places up to its
    continent, a class membership's class is in the ontology); the ontology's own terms are not
    followed."""
    schema = src.schema_terms()
    out, done = set(), set()
    frontier = [x for x in (triple[0], triple[2]) if not isinstance(x, Literal)]
    for x in frontier:
        for n, t in enumerate(_data_quads(src, o=x)):
            if n >= _MAX_LINKS:
                break
            out.add(t)
    for _ in range(depth + 1):
        nxt = []
        for x in frontier:
            if x in done or (x in schema and x not in (triple[0], triple[2])):
                continue
            done.add(x)
            for n, t in enumerate(_data_quads(src, s=x)):
                if n >= _MAX_LINKS:
                    break
                out.add(t)
                if not isinstance(t[2], Literal):
                    nxt.append(t[2])
        frontier = nxt
    return sorted(out)


def qualification(src, statement):
    """The claim qualifier, hedge cues and mapping confidence an inferred statement carries."""
    out = {}
    qualifier = src.value(statement, ICKG.claimQualifier, DERIVATIONS_GRAPH)
    if qualifier is not None:
        out["qualifier"] = str(qualifier)
        cues = sorted(str(c) for c in src.objects(statement, ICKG.hedgeCue, DERIVATIONS_GRAPH))
        if cues:
            out["hedge"] = "; ".join(cues)
    confidence = src.value(statement, SSSOM.confidence, DERIVATIONS_GRAPH)
    if confidence is not None:
        out["confidence"] = float(confidence)
    return out


def sources(src, statement):
    """The declared non-document sources of an asserted statement: reference sources (the
    gazetteer) and editorial decisions, each with its label, reason and reference."""
    out = []
    for source in sorted(src.objects(statement, PROV.wasDerivedFrom, PROVENANCE_GRAPH)):
        types = set(src.objects(source, RDF.type, PROVENANCE_GRAPH))
        if ICKG.ReferenceSource in types:
            kind = "reference"
        elif ICKG.EditorialDecision in types:
            kind = "decision"
        else:
            continue  # a source document: its quotes are the evidence
        item = {"kind": kind, "source": str(source)}
        for key, prop in (("label", RDFS.label), ("reason", RDFS.comment), ("reference", DCTERMS.source)):
            value = src.value(source, prop, PROVENANCE_GRAPH)
            if value is not None:
                item[key] = str(value)
        out.append(item)
    return out


def _order(premises):
    """Data premises first, ontology axioms last: reads like a syllogism."""
    rank = {"asserted": 0, "imported": 0, "inferred": 1, "absent": 2, "ontology": 3, "axiom": 4}
    return sorted(premises, key=lambda e: rank.get(e.get("status"), 5))


def _genid_labels(src, triple):
    out = {}
    for x in triple:
        if is_genid(x):
            label = src.value(x, RDFS.label, DERIVATIONS_GRAPH)
            if label is not None:
                out[short(x)] = str(label)
    return out


def evidence(src, statement, texts=None):
    """The quotes that state an asserted statement (from the provenance graph); ``texts``: the
    documents' texts read so far, by IRI (filled as they are read)."""
    texts = {} if texts is None else texts
    out = []
    for annotation in sorted(src.objects(statement, ICKG.hasEvidence, PROVENANCE_GRAPH)):
        item = {"annotation": str(annotation)}
        # one annotation per quoted span: its document, quote and offsets are on it
        doc = src.value(annotation, OA.hasSource, PROVENANCE_GRAPH)
        if doc is not None:
            item["source"] = str(doc)
        offsets = {}
        for prop in (OA.start, OA.end):
            v = src.value(annotation, prop, PROVENANCE_GRAPH)
            if v is not None:
                offsets[prop.rsplit("#", 1)[-1]] = int(v)
        # the quote and its context are the document's text at the offsets (not stored again)
        if doc is not None and doc not in texts:
            texts[doc] = src.value(doc, ICKG.fullText, None)
        text = texts.get(doc)
        if text is not None and len(offsets) == 2:
            item.update(quote_of(str(text), offsets["start"], offsets["end"]))
        item.update(offsets)
        qualifier = src.value(annotation, ICKG.claimQualifier, PROVENANCE_GRAPH)
        if qualifier is not None:
            item["qualifier"] = str(qualifier)
        hedge = src.value(annotation, ICKG.hedgeCue, PROVENANCE_GRAPH)
        if hedge is not None:
            item["hedge"] = str(hedge)
        out.append(item)
    return out


# ---------------------------------------------------------------------------------------------
# Text
# ---------------------------------------------------------------------------------------------

def render_text(explanation, *, width=100):
    """The explanation as an indented tree, one premise per branch, quotes under their triple.

    Anonymous class expressions are named ``_:xxxxxxxx`` and spelled out (Manchester syntax) the
    first time they appear; the axioms that only build them (onProperty, hasValue, list
    members...) are left out of the tree, since the spelling says the same.
    """
    lines = []
    _render(explanation, "", "", lines, width, set())
    return "\n".join(lines)


_STRUCTURAL = {"owl:onProperty", "owl:hasValue", "owl:someValuesFrom", "owl:allValuesFrom",
               "owl:intersectionOf", "owl:unionOf", "owl:complementOf", "owl:oneOf",
               "owl:onClass", "owl:maxCardinality", "owl:maxQualifiedCardinality",
               "owl:members", "rdf:first", "rdf:rest"}


def _structural(e):
    t = e.get("triple", {})
    return (e.get("status") == "ontology" and t.get("s", {}).get("value", "").startswith(
        str(ID_GENID)) and short(URIRef(t.get("p", {}).get("value", ""))) in _STRUCTURAL)


_STATUS = {"asserted": "asserted", "ontology": "ontology axiom", "axiom": "axiom", "imported": "imported",
           "absent": "NOT IN THE GRAPH", "inferred": "inferred"}


def _render(e, first, rest, lines, width, named):
    text = e.get("triple", {}).get("text", e.get("statement", "?"))
    status = e.get("status")
    if status == "inferred" and "rule" in e and not e.get("see_above"):
        head = f"{text}  [{e['rule']['id']}]"
    else:
        head = f"{text}  [{_STATUS.get(status, status)}{', see above' if e.get('see_above') else ''}]"
    lines.append(first + head)
    if "rule" in e and not e.get("see_above") and e["rule"].get("comment"):
        lines.append(rest + "    " + e["rule"]["comment"])
    for name, label in e.get("labels", {}).items():
        if name not in named:
            named.add(name)
            lines.append(rest + f"    where {name} = {label}")
    if e.get("note") and status != "ontology":
        lines.append(rest + "    (" + e["note"] + ")")
    if not e.get("see_above") and ("qualifier" in e or "confidence" in e):
        parts = []
        if "qualifier" in e:
            parts.append(f"carries the claim qualifier {short(URIRef(e['qualifier']))}"
                         + (f' ("{e["hedge"]}")' if e.get("hedge") else "") + " of its premises")
        if "confidence" in e:
            parts.append(f"rests on a mapping of confidence {e['confidence']:g}")
        lines.append(rest + "    (" + "; ".join(parts) + ")")
    for ev in e.get("evidence", ()):
        quote = ev.get("exact", "")
        if len(quote) > width:
            quote = quote[:width - 3] + "..."
        where = short(URIRef(ev["source"])) if "source" in ev else "?"
        span = f" [{ev['start']}:{ev['end']}]" if "start" in ev else ""
        lines.append(rest + f'    "{quote}"')
        lines.append(rest + f"      -- {where}{span}")
    for source in e.get("sources", ()):
        if source["kind"] == "reference":
            lines.append(rest + f"    source: {source.get('label', short(URIRef(source['source'])))}"
                         + (f" (reference: {source['reference']})" if source.get("reference") else ""))
        else:
            lines.append(rest + f"    {source.get('label', 'editorial decision')}: {source.get('reason', '')}")
    if status == "asserted" and not e.get("evidence") and not e.get("sources") and not e.get("see_above"):
        lines.append(rest + "    (no source found: neither an evidence quote nor a declared source)")
    if status == "imported" and not e.get("see_above"):
        lines.append(rest + "    (from " + ", ".join(short(URIRef(g)) for g in e.get("graphs", [])) + ")")
    premises = [prem for prem in e.get("premises", []) if not _structural(prem)]
    for i, prem in enumerate(premises):
        last = i == len(premises) - 1
        _render(prem, rest + ("└─ " if last else "├─ "), rest + ("   " if last else "│  "),
                lines, width, named)

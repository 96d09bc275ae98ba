"""What a resource's page shows, gathered with a handful of bounded queries: its properties
grouped (program dimensions, mappings, hierarchy), each value with its evidence quotes, the
links pointing at it, and the annotation or statement it is.

Used by the page itself (:mod:`ickg.web.resource`) and the picture of its neighbourhood
(:mod:`ickg.web.graphics`).
"""

from __future__ import annotations

from urllib.parse import urlencode

from ickg.iris import (ASSERTED_GRAPH, DCTERMS, ICKG, INFERRED_GRAPH, OA, ONTOLOGY_IRI, OWL,
                       PROPOSED_PROVENANCE_GRAPH, RDF, RDFS, SKOS)
from ickg.web import crosswalk, expressions
from ickg.web import queries as vq
from ickg.web.links import GENID, Labeller, href, why_url
from ickg.web.publications import quote_citation
from ickg.web.queries import RDF_TYPE, Term

# Properties shown on a program's page as its dimensions, in this order.
PROGRAM_DIMENSIONS = vq.DIMENSIONS

# Labels for incoming links, read from the object's side.
INVERSE_NAMES = {
    RDF_TYPE: "instances",
    RDFS + "subClassOf": "subclasses",
    RDFS + "subPropertyOf": "subproperties",
    RDFS + "domain": "properties with this domain",
    RDFS + "range": "properties with this range",
    SKOS + "inScheme": "concepts in this scheme",
    SKOS + "broader": "narrower concepts",
    SKOS + "narrower": "broader concepts",
    SKOS + "topConceptOf": "top concepts",
    ICKG + "mentions": "mentioned in",
    ICKG + "isRecordOf": "records of it",
}

DESCRIPTION_PROPERTIES = (SKOS + "definition", RDFS + "comment", DCTERMS + "description")
HIDDEN_ON_PAGE = {ICKG + "fullText"}


class Value:
    """One object (or subject, for incoming links) of a property on a page."""

    def __init__(self, term, graphs, labeller):
        self.term = term
        self.graphs = set(graphs)
        self.labeller = labeller
        self.evidence = []
        self.why = None

    @property
    def inferred(self):
        return INFERRED_GRAPH in self.graphs and not (self.graphs - {INFERRED_GRAPH})

    @property
    def label(self):
        return self.labeller(self.term) if self.term.is_iri else self.term.value

    @property
    def href(self):
        return href(self.term.value) if self.term.is_iri else None

    @property
    def words(self):
        """A class expression (a blank node of the ontology) in words, as linked HTML."""
        return expressions.in_words(self.term, self.labeller)


class Group:
    def __init__(self, prop, name):
        self.prop = prop
        self.name = name
        self.values = []

    @property
    def inferred_only(self):
        return all(v.inferred for v in self.values)


def _collect(rows, key, labeller, prop_names=None):
    """Group rows ({p, key, g}) by property, merging the graphs each value appears in."""
    by_prop = {}
    for row in rows:
        p, v, g = row["p"].value, row[key], row["g"].value
        if p in HIDDEN_ON_PAGE:
            continue
        by_prop.setdefault(p, {}).setdefault(v, set()).add(g)
        labeller.want(row["p"])
        labeller.want(v)
        if v.is_bnode:
            expressions.want(v, labeller)
    groups = []
    for p, vals in sorted(by_prop.items()):  # not in the store's row order: every engine shows the same
        group = Group(p, (prop_names or {}).get(p))
        for term, graphs in sorted(vals.items(), key=lambda kv: kv[0].sort_key()):
            group.values.append(Value(term, graphs, labeller))
        groups.append(group)
    return groups


def _attach_evidence(groups, evidence_rows, labeller, *, outgoing=True, iri=None):
    index = {}
    for group in groups:
        for value in group.values:
            index[(group.prop, value.term)] = value
            # an inferred value links to its derivation; an asserted one to its source, which the
            # why? page shows whatever its kind (a quote, the gazetteer, a curator's decision)
            if value.inferred or ASSERTED_GRAPH in value.graphs:
                if outgoing:
                    value.why = why_url(iri, group.prop, value.term)
                else:
                    value.why = why_url(value.term.value, group.prop, Term("uri", iri))
    for row in evidence_rows:
        if outgoing and row["s"].value != iri:
            continue
        if not outgoing and not (row["o"].is_iri and row["o"].value == iri):
            continue
        other = row["o"] if outgoing else row["s"]
        value = index.get((row["p"].value, other))
        if value is None:
            continue
        value.evidence.append(_quote(row, labeller))


def _quote(row, labeller):
    labeller.want(row["doc"])
    start, end = int(row["start"].value), int(row["end"].value)
    doc = row["doc"].value
    return {
        "exact": row["exact"].value,
        "prefix": row["prefix"].value if row.get("prefix") else "",
        "suffix": row["suffix"].value if row.get("suffix") else "",
        "doc": doc,
        "doc_href": f"{href(doc)}?{urlencode({'quote': f'{start}-{end}'})}#c{start}",
        "cite": quote_citation(doc, start, end),
        "start": start,
        "end": end,
        "hedge": row["hedge"].value if row.get("hedge") else None,
        "qualifier": row["qual"].value if row.get("qual") else None,
        "evidence": row["ev"].value,
    }


def _with_implied_types(out_rows):
    """``out_rows`` with the class of a provenance resource that the data leaves implied: a
    statement's (``rdf:Statement``, the domain of ``rdf:subject``), a mention annotation's (the
    domain of ``ickg:span``), a proposal annotation's (the domain of ``ickg:confidence``) and an
    evidence annotation's (the range of ``ickg:hasEvidence``: an annotation with offsets and no
    other class, stated or implied, outside the proposals' graph; :mod:`ickg.model.provenance`,
    :mod:`ickg.curate.proposals`)."""
    stated = {r["o"].value for r in out_rows if r["p"].value == RDF_TYPE}
    implied = {}
    for row in out_rows:
        cls = _IMPLIED_TYPES.get(row["p"].value)
        if cls is not None and cls not in stated:
            implied.setdefault(cls, row["g"])
    evidence = implied.get(ICKG + "EvidenceAnnotation")
    if stated or len(implied) > 1 or (evidence is not None and evidence.value == PROPOSED_PROVENANCE_GRAPH):
        # offsets on something that says what it is, or a proposal's quote (the target of a
        # proposal annotation, ickg.curate.proposals), which is no evidence of a curated statement
        implied.pop(ICKG + "EvidenceAnnotation", None)
    return [{"p": Term("uri", RDF_TYPE), "o": Term("uri", cls), "g": g} for cls, g in implied.items()] + out_rows


_IMPLIED_TYPES = {RDF + "subject": RDF + "Statement", ICKG + "span": ICKG + "MentionAnnotation",
                  ICKG + "confidence": ICKG + "ProposalAnnotation", OA + "start": ICKG + "EvidenceAnnotation"}


def _kind(type_iris, iri):
    t = set(type_iris)
    if iri == ONTOLOGY_IRI:
        return "ontology"
    if ICKG + "SourceDocument" in t:
        return "document"
    if ICKG + "EvidenceAnnotation" in t or ICKG + "MentionAnnotation" in t:
        return "annotation"
    if SKOS + "ConceptScheme" in t:
        return "scheme"
    if SKOS + "Concept" in t:
        return "concept"
    if OWL + "Class" in t or RDFS + "Class" in t:
        return "class"
    if t & {OWL + "ObjectProperty", OWL + "DatatypeProperty", OWL + "AnnotationProperty", RDF + "Property"}:
        return "property"
    if RDF + "Statement" in t:
        return "statement"
    if vq.memo("program-classes", _program_classes) & t:
        return "program"
    return "resource"


def _program_classes():
    rows = vq.select("SELECT ?c WHERE { ?c rdfs:subClassOf* ickg:Program } LIMIT 500", infer=False)
    return frozenset(r["c"].value for r in rows) | {ICKG + "Program"}


def resource_context(iri):
    """Everything the resource page shows, gathered with a handful of bounded queries."""
    labeller = Labeller()
    labeller.want(iri)
    out_rows = _with_implied_types(vq.outgoing(iri))
    in_rows = vq.incoming(iri)
    if not out_rows and not in_rows:
        in_rows = vq.incoming(iri, bookkeeping=True)
    shown_out = [r for r in out_rows if r["g"].value not in vq.BOOKKEEPING_GRAPHS or r["p"].value == RDF_TYPE
                 or _kind_hint(out_rows)]
    out_groups = _collect(shown_out, "o", labeller)
    in_truncated = len(in_rows) > vq.INCOMING_LIMIT
    in_groups = _collect(in_rows[:vq.INCOMING_LIMIT], "s", labeller, INVERSE_NAMES)
    type_iris = sorted({r["o"].value for r in out_rows if r["p"].value == RDF_TYPE and r["o"].is_iri})
    kind = _kind(type_iris, iri)
    evidence_rows = vq.evidence(iri)
    _attach_evidence(out_groups, evidence_rows, labeller, outgoing=True, iri=iri)
    _attach_evidence(in_groups, evidence_rows, labeller, outgoing=False, iri=iri)

    out_groups, in_groups = _facts_once(out_groups, in_groups, labeller)
    in_groups, anonymous = _fold_anonymous(in_groups)

    description = [r["o"].value for r in out_rows if r["p"].value in DESCRIPTION_PROPERTIES and r["o"].is_literal]
    type_group = next((g for g in out_groups if g.prop == RDF_TYPE), None)
    out_groups = [g for g in out_groups if g.prop != RDF_TYPE]

    context = {
        "iri": iri, "kind": kind, "labeller": labeller, "type_group": type_group,
        "description": description, "in_groups": in_groups, "in_truncated": in_truncated,
        "incoming_limit": vq.INCOMING_LIMIT, "anonymous_in": anonymous, "dimensions": [], "mappings": [], "hierarchy": [],
        "document": None, "annotation": None, "statement": None, "scheme_mappings": [],
    }
    if kind == "program":
        dims, rest = [], list(out_groups)
        for name, props in PROGRAM_DIMENSIONS:
            iris = {ICKG + p for p in props}
            groups = [g for g in rest if g.prop in iris]
            rest = [g for g in rest if g.prop not in iris]
            dims.append((name, groups))
        context["dimensions"] = dims
        out_groups = rest
    if kind in ("class", "concept", "property"):
        context["hierarchy"] = _hierarchy(iri, labeller)
    if kind == "concept":
        context["mappings"] = _mappings(iri, labeller)
        mapped = {m["rel"] for m in context["mappings"]}
        out_groups = [g for g in out_groups if g.prop not in mapped]
        # the table reads every mapping from this concept's side: no mapping is "referred to by"
        context["in_groups"] = [g for g in context["in_groups"] if g.prop not in MAPPING_NAMES]
    if kind == "scheme":
        context["scheme_mappings"] = crosswalk.mappings_of_scheme(iri)
    if kind == "class":
        context["members"] = [labeller.want(r["x"]) for r in vq.members(iri, limit=201)]
    if kind == "annotation":
        context["annotation"] = _annotation(out_rows, labeller, iri)
    if kind == "statement":
        context["statement"] = _statement(out_rows, labeller, iri)
    if context.get("members"):  # the members list says it: not again as "instances"
        context["in_groups"] = [g for g in context["in_groups"] if g.prop != RDF_TYPE]
    # what the header already shows (the definition, the name) is not repeated unless a quote states it
    shown_above = set(DESCRIPTION_PROPERTIES) | {RDFS + "label", SKOS + "prefLabel"}
    out_groups = [g for g in out_groups if g.prop not in shown_above or any(v.evidence for v in g.values)
                  or (g.prop in (RDFS + "label", SKOS + "prefLabel") and len(g.values) > 1)]
    context["usage"] = []
    if not out_rows:
        for row in vq.as_property(iri):
            for t in (row["s"], row["o"]):
                labeller.want(t)
            context["usage"].append((row["s"], row["o"]))
    _relevant_quotes_first(out_groups + context["in_groups"] + [g for _, gs in context["dimensions"] for g in gs],
                           labeller)
    context["out_groups"] = sorted(out_groups, key=lambda g: (g.prop not in DESCRIPTION_PROPERTIES, labeller(g.prop).lower()))
    return context


def _facts_once(out_groups, in_groups, labeller):
    """Each fact once: a link ``x Q this`` whose property has an inverse ``P`` is the fact
    ``this P x``, shown among the resource's own statements (merged with it when both are in the
    graph, keeping the quotes of either); only links without an inverse stay "referred to by"."""
    inverses = vq.memo("inverse-properties", vq.inverse_properties)
    by_prop = {g.prop: g for g in out_groups}
    kept_in = []
    for group in in_groups:
        inverse = inverses.get(group.prop)
        if inverse is None or group.prop == RDF_TYPE:
            kept_in.append(group)
            continue
        target = by_prop.get(inverse)
        if target is None:
            target = by_prop[inverse] = Group(inverse, None)
            out_groups.append(target)
            labeller.want(inverse)
        index = {v.term: v for v in target.values}
        for value in group.values:
            mine = index.get(value.term)
            if mine is None:
                target.values.append(value)
                index[value.term] = value
                continue
            stated = bool(value.graphs - {INFERRED_GRAPH}) and mine.inferred
            mine.graphs |= value.graphs
            mine.evidence.extend(value.evidence)
            if stated:  # the inverse is the stated fact: its why? shows the source
                mine.why = value.why
    for group in out_groups:
        group.values.sort(key=lambda v: (v.inferred, v.term.sort_key()))
    return out_groups, kept_in


def _relevant_quotes_first(groups, labeller):
    """Each value's quotes with those that name the value first (the one a page shows unfolded)."""
    labeller.fetch()
    for group in groups:
        for value in group.values:
            if len(value.evidence) > 1:
                name = (labeller.bare(value.term) if value.term.is_iri else value.term.value).lower()
                value.evidence.sort(key=lambda q: (name not in q["exact"].lower(), q["doc"], q["start"]))


def _fold_anonymous(groups):
    """Groups without their blank-node values, and how many such values were left out: anonymous
    class expressions are shown where they are defined (the ontology page), not as rows of
    "(anonymous)"."""
    kept, anonymous = [], 0
    for group in groups:
        named = [v for v in group.values if not (v.term.is_bnode or (v.term.is_iri and v.term.value.startswith(GENID)))]
        anonymous += len(group.values) - len(named)
        if named:
            group.values = named
            kept.append(group)
    return kept, anonymous


def _kind_hint(rows):
    # provenance-graph triples are the whole story of documents, annotations and statements
    return any(r["p"].value == RDF_TYPE and r["o"].value in (
        ICKG + "SourceDocument", ICKG + "EvidenceAnnotation", ICKG + "MentionAnnotation", RDF + "Statement",
        OA + "SpecificResource", OA + "TextQuoteSelector", OA + "TextPositionSelector") for r in rows)


def _hierarchy(iri, labeller):
    """The chain of ancestors, nearest last: [[root, ..., parent], ...] (one chain per path)."""
    pairs = vq.hierarchy_pairs(iri)
    parents = {}
    for child, parent in pairs:
        parents.setdefault(child, []).append(parent)
    chains = []

    def walk(node, chain, depth=0):
        ups = [p for p in parents.get(node, []) if p not in chain]
        if not ups or depth > 20:
            if chain:
                chains.append(list(reversed(chain)))
            return
        for up in sorted(ups)[:4]:
            walk(up, chain + [up], depth + 1)

    walk(iri, [])
    for chain in chains:
        for node in chain:
            labeller.want(node)
    return chains[:6]


MAPPING_NAMES = {
    SKOS + "exactMatch": "exact match", SKOS + "closeMatch": "close match", SKOS + "broadMatch": "broader match",
    SKOS + "narrowMatch": "narrower match", SKOS + "relatedMatch": "related match",
}
MAPPING_INVERSE = {
    SKOS + "exactMatch": SKOS + "exactMatch", SKOS + "closeMatch": SKOS + "closeMatch",
    SKOS + "broadMatch": SKOS + "narrowMatch", SKOS + "narrowMatch": SKOS + "broadMatch",
    SKOS + "relatedMatch": SKOS + "relatedMatch",
}


def _mappings(iri, labeller):
    schemes = {}
    for m in crosswalk.all_mappings():
        schemes[m["source"]] = m["source_scheme_name"]
        schemes[m["target"]] = m["target_scheme_name"]
    seen = {}
    for row in vq.mapping_annotations(iri):
        source, rel, target = row["source"].value, row["rel"].value, row["target"].value
        if source == iri:
            other, shown_rel, stated_here = target, rel, True
        else:
            other, shown_rel, stated_here = source, MAPPING_INVERSE[rel], False
        key = (shown_rel, other)
        item = seen.get(key)
        if item is None or (row.get("comment") and not item["comment"]):
            labeller.want(other)
            seen[key] = {
                "rel": shown_rel, "rel_name": MAPPING_NAMES[shown_rel], "other": other,
                "confidence": row["conf"].value if row.get("conf") else None,
                "comment": crosswalk.comment_words(row["comment"].value if row.get("comment") else None),
                "justification": row["just"].value if row.get("just") else None,
                "justification_words": crosswalk.justification_words(row["just"].value if row.get("just") else None),
                "scheme": schemes.get(other, ""), "label": labeller.bare(other) if schemes.get(other) else None,
                "stated_here": stated_here,
            }
    return sorted(seen.values(), key=lambda m: (list(MAPPING_NAMES).index(m["rel"]), m["other"]))


def _first(rows, prop):
    for r in rows:
        if r["p"].value == prop:
            return r["o"]
    return None


def _annotation(out_rows, labeller, iri):
    """The quote an evidence or mention annotation holds (its span is folded into it), with its
    context, and what it supports: a mention's body, or the first statement an evidence states."""
    body = _first(out_rows, OA + "hasBody")
    if body is None:
        supported = vq.select(f"""SELECT ?st WHERE {{ ?st ickg:hasEvidence {vq.iri_ref(iri)} }}
  ORDER BY ?st LIMIT 1""", infer=False)
        body = supported[0]["st"] if supported else None
    # an evidence annotation's offsets, or the first span of a mention annotation
    rows = vq.select(f"""SELECT ?doc ?start ?end WHERE {{
  {{ {vq.iri_ref(iri)} oa:hasSource ?doc ; oa:start ?start ; oa:end ?end . }}
  UNION {{ {vq.iri_ref(iri)} oa:hasSource ?doc ; ickg:span ?span .
     BIND(xsd:integer(STRBEFORE(?span, "-")) AS ?start) BIND(xsd:integer(STRAFTER(?span, "-")) AS ?end) }}
}} ORDER BY ?start LIMIT 1""", infer=False)
    if not rows:
        return None
    row = dict(vq.with_quotes(rows)[0])
    row.update({"ev": Term("uri", iri), "p": body, "hedge": None, "qual": None})
    quote = _quote(row, labeller)
    statement = None
    if body is not None:
        labeller.want(body)
        triple = vq.select(f"""SELECT ?s ?p ?o WHERE {{ {vq.iri_ref(body.value)} rdf:subject ?s ; rdf:predicate ?p ;
  rdf:object ?o }} LIMIT 1""", infer=False)
        if triple:
            t = triple[0]
            for x in (t["s"], t["p"], t["o"]):
                labeller.want(x)
            statement = t
    return {"quote": quote, "body": body, "statement": statement}


def _statement(out_rows, labeller, iri):
    s, p, o = (_first(out_rows, RDF + k) for k in ("subject", "predicate", "object"))
    if s is None or p is None or o is None:
        return None
    for x in (s, p, o):
        labeller.want(x)
    rows = vq.with_quotes(vq.select(f"""SELECT ?ev ?doc ?start ?end ?hedge ?qual WHERE {{
  {vq.iri_ref(iri)} ickg:hasEvidence ?ev . ?ev oa:hasSource ?doc ; oa:start ?start ; oa:end ?end .
  OPTIONAL {{ ?ev ickg:hedgeCue ?hedge }} OPTIONAL {{ ?ev ickg:claimQualifier ?qual }}
}} ORDER BY ?doc ?start LIMIT 200""", infer=False))
    return {"s": s, "p": p, "o": o, "evidence": [_quote(r, labeller) for r in rows]}

"""Dereferenceable IRIs: every IRI ickg mints answers on the running service, as HTML or RDF.

The IRI base ``https://w3id.org/ickg/`` maps onto the service root, so
``https://w3id.org/ickg/id/program/prisma`` is served at ``/id/program/prisma`` (likewise
``/ontology/...``, ``/scheme/...``, ``/graph/...`` and ``/ontology`` itself). ``/resource?iri=...``
shows any IRI, ickg's own or external ones, for a service that runs on another host than the base.

Representations, chosen in this order:

1. an explicit suffix: ``/id/program/prisma.ttl`` (``.ttl``, ``.jsonld``, ``.nt``, ``.rdf``, ``.html``);
2. a ``format`` parameter: ``?format=ttl`` (also ``turtle``, ``jsonld``, ``nt``, ``rdf``, media types);
3. the Accept header: ``text/html``, ``text/turtle``, ``application/ld+json``,
   ``application/n-triples``, ``application/rdf+xml``; ``*/*`` and no header get HTML.

**Direct negotiation, not 303.** The IRI itself answers 200 with the representation asked for,
``Vary: Accept``, a ``Content-Location`` naming the suffixed URL of that representation, and
``Link: <...>; rel="alternate"; type=...`` for every other one. A 303 to a document URL would
cost every linked-data client a second round trip per resource and gives nothing ickg needs:
the suffixed URLs are there for whoever wants to name the document rather than the thing.
An IRI the graph knows nothing about is a 404 (a friendly page for browsers), and a format
nobody can write a 406.

What the RDF holds: the resource's concise bounded description (its triples, and those of the
blank nodes they lead to, as ``DESCRIBE`` gives it) plus the triples that point at it; inferred
triples are included unless ``infer=false``. For a named graph (``/graph/...``): its VoID
description (size, kind); for the ontology IRI: the whole ontology.
"""

from urllib.parse import quote, urlencode

import pyoxigraph as ox
from flask import Blueprint, Response, abort, current_app, render_template, request, url_for

from ickg import formats
from ickg.namespaces import compact as namespaces_compact
from ickg.namespaces import (ASSERTED_GRAPH, BASE, DERIVATIONS_GRAPH, GRAPH, ICKG, INFERRED_GRAPH,
                             MENTIONS_GRAPH, ONTOLOGY_GRAPH, ONTOLOGY_IRI, PREFIXES, PROVENANCE_GRAPH)
from ickg.store import QuerySyntaxError, QueryTimeout, StoreError
from ickg.web import views_queries as vq
from ickg.web.views_queries import RDF_TYPE, Term

bp = Blueprint("resource", __name__)

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
OWL = "http://www.w3.org/2002/07/owl#"
OA = "http://www.w3.org/ns/oa#"
DCTERMS = "http://purl.org/dc/terms/"

# The RDF formats a resource is offered in: (suffix, Format).
RDF_FORMATS = tuple((f.extension, f) for f in formats.GRAPH_FORMATS if not f.dataset)
SUFFIXES = {ext: fmt for ext, fmt in RDF_FORMATS} | {"html": formats.HTML}
MINTED_AREAS = ("id", "ontology", "scheme", "graph", "releases")
_PREFIX_STR = {p: str(ns) for p, ns in PREFIXES.items()}

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
    str(ICKG.mentions): "mentioned in",
    str(ICKG.isRecordOf): "records of it",
}

DESCRIPTION_PROPERTIES = (SKOS + "definition", RDFS + "comment", DCTERMS + "description")
HIDDEN_ON_PAGE = {str(ICKG.fullText)}


# ---------------------------------------------------------------------------------------------
# Links and names


def href(iri):
    """The service URL showing ``iri``: its own path for ickg's IRIs, else ``/resource?iri=``."""
    iri = str(iri)
    root = request.script_root if request else ""
    if iri.startswith(BASE):
        rest = iri[len(BASE):]
        area = rest.split("/", 1)[0]
        if area in MINTED_AREAS and not any(rest.endswith("." + ext) for ext in SUFFIXES):
            return root + "/" + quote(rest, safe="/:@!$&'()*+,;=-._~")
    return root + "/resource?" + urlencode({"iri": iri})


def rdf_href(iri, ext):
    """URL of the ``ext`` representation of ``iri`` (``.ttl`` twin or ``format=`` parameter)."""
    link = href(iri)
    if "/resource?" in link:
        return link + "&" + urlencode({"format": ext})
    return link + "." + ext


def compact(iri):
    """``prefix:local`` for IRIs in a known namespace, else the IRI's last segment."""
    short = namespaces_compact(iri)
    if short is not None:
        return short
    iri = str(iri)
    tail = iri.rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1]
    return tail or iri


def why_url(s, p, o):
    """The reasoning helper's explanation page for an inferred triple."""
    obj = o.value if isinstance(o, Term) and o.is_iri else (o.n3() if isinstance(o, Term) else str(o))
    return "/explain?" + urlencode({"s": str(s), "p": str(p), "o": obj})


@bp.app_template_global("href")
def _href_global(iri):
    return href(iri)


@bp.app_template_global("compact")
def _compact_global(iri):
    return compact(iri)


@bp.app_template_global("sparql_cell")
def sparql_cell(cell):
    """A TSV result cell as the query page shows it: IRIs become links to their pages."""
    from markupsafe import Markup, escape

    text = str(cell)
    if text.startswith("<") and text.endswith(">") and " " not in text:
        iri = text[1:-1]
        return Markup('<a href="{}" title="{}">{}</a>').format(href(iri), iri, compact(iri))
    if text.startswith('"'):
        body, sep, rest = text[1:].rpartition('"')
        if sep:
            value = body.replace('\\"', '"').replace("\\n", "\n").replace("\\t", "\t").replace("\\\\", "\\")
            suffix = ""
            if rest.startswith("@"):
                suffix = Markup(' <span class="lang">{}</span>').format(rest[1:])
            return escape(value) + suffix
    return escape(text)


@bp.app_template_filter("scheme_tag")
def _scheme_tag(iri):
    """The scheme of a concept IRI (``gken`` for scheme/gken/x), to tell same-named concepts apart."""
    prefix = BASE + "scheme/"
    iri = str(iri)
    if iri.startswith(prefix) and iri.count("/", len(prefix)) == 1:
        return iri[len(prefix):].split("/", 1)[0]
    return ""


@bp.app_template_filter("trim_left")
def _trim_left(text, n):
    """The last ``n`` characters of ``text``, cut at a word, with an ellipsis."""
    text = " ".join(str(text or "").split(" "))
    if len(text) <= n:
        return text
    cut = text[-n:]
    return "…" + (cut.split(" ", 1)[1] if " " in cut[:-1] else cut)


@bp.app_template_filter("trim_right")
def _trim_right(text, n):
    text = str(text or "")
    if len(text) <= n:
        return text
    cut = text[:n]
    return (cut.rsplit(" ", 1)[0] if " " in cut[1:] else cut) + "…"


@bp.app_context_processor
def _viewer_context():
    return {"viewer_nav": True}


class Labeller:
    """Collects IRIs while a page is put together, then fetches their labels in as few queries as it can."""

    def __init__(self):
        self.iris = set()
        self._labels = {}
        self._fetched = set()

    def want(self, term):
        if isinstance(term, Term):
            if term.is_iri:
                self.iris.add(term.value)
        elif term:
            self.iris.add(str(term))
        return term

    def fetch(self):
        missing = self.iris - self._fetched
        if missing:
            self._labels.update(vq.labels(missing))
            self._fetched |= missing
        return self

    def __call__(self, iri):
        iri = iri.value if isinstance(iri, Term) else str(iri)
        if iri not in self._fetched:
            self.iris.add(iri)
            self.fetch()
        return self._labels.get(iri) or compact(iri)


# ---------------------------------------------------------------------------------------------
# Routes


@bp.route("/id/<path:rest>")
def minted_id(rest):
    return _dereference_path("id/" + rest)


@bp.route("/ontology")
@bp.route("/ontology/<path:rest>")
def minted_ontology(rest=None):
    return _dereference_path("ontology" + ("/" + rest if rest else ""))


@bp.route("/ontology.<ext>")
def minted_ontology_twin(ext):
    return _dereference_path("ontology." + ext)


@bp.route("/scheme/<path:rest>")
def minted_scheme(rest):
    return _dereference_path("scheme/" + rest)


@bp.route("/graph/<path:rest>")
def minted_graph(rest):
    return _dereference_path("graph/" + rest)


@bp.route("/releases/<path:rest>")
def minted_release(rest):
    return _dereference_path("releases/" + rest)


@bp.route("/resource")
def resource():
    iri = (request.args.get("iri") or "").strip()
    if not iri:
        return error_page(400, "No IRI given", "Add ?iri=<an IRI> to the address to see a resource.")
    try:
        vq.iri_ref(iri)
    except ValueError:
        return error_page(400, "Not an IRI", f"{iri!r} is not an absolute IRI without spaces or brackets.")
    fmt = _negotiate(request.args.get("format"))
    return _dereference(iri, fmt)


def _dereference_path(path):
    suffix = None
    head, dot, ext = path.rpartition(".")
    if dot and "/" not in ext and ext in SUFFIXES:
        path, suffix = head, ext
    iri = BASE + path
    fmt = SUFFIXES[suffix] if suffix else _negotiate(request.args.get("format"))
    return _dereference(iri, fmt, suffixed=suffix is not None)


def _negotiate(param):
    """The format asked for: a Format, formats.HTML, or None (406)."""
    if param:
        if param.lower() in ("html", formats.HTML):
            return formats.HTML
        if param.lower() in SUFFIXES:
            return SUFFIXES[param.lower()]
        fmt = formats.by_name("graph", param)
        return fmt if fmt is not None and not fmt.dataset else None
    accept = request.accept_mimetypes
    if not accept:
        return formats.HTML
    candidates = [formats.HTML]
    for _, fmt in RDF_FORMATS:
        candidates.append(fmt.media_type)
    for _, fmt in RDF_FORMATS:
        candidates += [a for a in fmt.aliases if "/" in a and a not in candidates and a != "application/json"]
    best = accept.best_match(candidates)
    if best is None:
        return None
    if best == formats.HTML:
        return formats.HTML
    return formats.by_name("graph", best)


def _alternates(iri, chosen):
    links = []
    for ext, fmt in RDF_FORMATS:
        if fmt is not chosen:
            links.append(f'<{rdf_href(iri, ext)}>; rel="alternate"; type="{fmt.media_type}"')
    if chosen is not formats.HTML:
        links.append(f'<{rdf_href(iri, "html")}>; rel="alternate"; type="text/html"')
    return ", ".join(links)


def _finish(response, iri, fmt):
    response.headers["Vary"] = "Accept"
    response.headers["Link"] = _alternates(iri, fmt)
    ext = "html" if fmt is formats.HTML else fmt.extension
    response.headers["Content-Location"] = rdf_href(iri, ext)
    return response


def _dereference(iri, fmt, *, suffixed=False):
    if fmt is None:
        offered = ", ".join(["text/html"] + [f.media_type for _, f in RDF_FORMATS])
        response = Response(f"None of the requested formats ({request.headers.get('Accept', '')}) is available "
                            f"for this resource. Available: {offered}.\n", status=406, mimetype="text/plain")
        response.headers["Vary"] = "Accept"
        return response
    try:
        vq.iri_ref(iri)
    except ValueError:  # a minted path with <, ", \, spaces or control characters names nothing
        return _unknown_iri(None, fmt)
    is_graph = iri.startswith(str(GRAPH)) and vq.is_named_graph(iri)
    is_ontology = iri == str(ONTOLOGY_IRI)
    if not (is_graph or is_ontology or vq.exists(iri)):
        return _unknown_iri(iri, fmt)
    if fmt is formats.HTML:
        if is_ontology:
            from ickg.web.pages import ontology_documentation
            body = ontology_documentation()
        elif is_graph:
            body = _graph_page(iri)
        else:
            body = render_resource(iri)
        return _finish(Response(body, mimetype="text/html"), iri, fmt)
    infer = (request.args.get("infer", "true").strip().lower() not in ("false", "0", "no", "off"))
    if is_ontology:
        data = vq.graph_rdf(str(ONTOLOGY_GRAPH), infer=infer)
    elif is_graph:
        data = _graph_description(iri)
    else:
        data = vq.describe_rdf(iri, infer=infer)
    triples = list(ox.parse(data, format=ox.RdfFormat.N_TRIPLES)) if data.strip() else []
    body, _, truncated = formats.serialize_triples(triples, fmt, prefixes=_PREFIX_STR)
    response = Response(body, content_type=fmt.content_type)
    return _finish(response, iri, fmt)


def _unknown_iri(iri, fmt):
    """404 for an IRI the graph knows nothing of (``iri`` None: not an IRI at all)."""
    if iri is None:
        title, message = "Not an IRI", "This address holds characters no IRI can hold (spaces, <, >, \", \\ or control characters)."
    else:
        title, message = "Nothing known about this IRI", "The graph holds no statement about it."
    if fmt is formats.HTML:
        response = error_page(404, title, message, iri=iri)
    elif iri is None:
        response = Response(message + "\n", status=404, mimetype="text/plain")
    else:
        response = Response(f"The graph holds no statement about <{iri}>.\n", status=404, mimetype="text/plain")
    response.headers["Vary"] = "Accept"
    return response


def _graph_description(iri):
    size = vq.graph_size(iri)
    lines = [
        f"<{iri}> <{RDF_TYPE}> <http://www.w3.org/ns/sparql-service-description#NamedGraph> .",
        f"<{iri}> <{RDF_TYPE}> <http://rdfs.org/ns/void#Dataset> .",
        f'<{iri}> <http://rdfs.org/ns/void#triples> "{size}"^^<http://www.w3.org/2001/XMLSchema#integer> .',
    ]
    note = GRAPH_NOTES.get(iri)
    if note:
        lines.append(f"<{iri}> <{DCTERMS}description> {Term('literal', note, 'en').n3()} .")
    return ("\n".join(lines) + "\n").encode()


GRAPH_NOTES = {
    str(ONTOLOGY_GRAPH): "The ontology: classes, properties, concept schemes and the crosswalk between them.",
    str(ASSERTED_GRAPH): "Facts stated by the source documents (each with evidence in the provenance graph).",
    str(MENTIONS_GRAPH): "Concepts and places spotted in the documents automatically (mention annotations).",
    str(PROVENANCE_GRAPH): "The source documents and the evidence annotations that tie each asserted fact to its quote.",
    str(INFERRED_GRAPH): "Triples inferred by OWL 2 RL reasoning, not asserted anywhere.",
    str(DERIVATIONS_GRAPH): "For each inferred triple, the rule that concluded it and its premises.",
}


def _graph_page(iri):
    sizes = vq.graph_sizes()
    label = compact(iri)
    return render_template("resource/graph.html", iri=iri, label=label, size=sizes.get(iri, 0),
                           note=GRAPH_NOTES.get(iri), sizes=sizes,
                           alternates=[(ext, f.media_type, rdf_href(iri, ext)) for ext, f in RDF_FORMATS])


# ---------------------------------------------------------------------------------------------
# The HTML page of a resource


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
        return str(INFERRED_GRAPH) in self.graphs and not (self.graphs - {str(INFERRED_GRAPH)})

    @property
    def label(self):
        return self.labeller(self.term) if self.term.is_iri else self.term.value

    @property
    def href(self):
        return href(self.term.value) if self.term.is_iri else None


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
    groups = []
    for p, vals in by_prop.items():
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
            if value.inferred or str(ASSERTED_GRAPH) in value.graphs:
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
        "start": start,
        "end": end,
        "hedge": row["hedge"].value if row.get("hedge") else None,
        "qualifier": row["qual"].value if row.get("qual") else None,
        "evidence": row["ev"].value,
    }


def _kind(type_iris, iri):
    t = set(type_iris)
    if iri == str(ONTOLOGY_IRI):
        return "ontology"
    if str(ICKG.SourceDocument) in t:
        return "document"
    if str(ICKG.EvidenceAnnotation) in t or str(ICKG.MentionAnnotation) in t:
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
    return frozenset(r["c"].value for r in rows) | {str(ICKG.Program)}


def resource_context(iri):
    """Everything the resource page shows, gathered with a handful of bounded queries."""
    labeller = Labeller()
    labeller.want(iri)
    out_rows = vq.outgoing(iri)
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

    description = [r["o"].value for r in out_rows if r["p"].value in DESCRIPTION_PROPERTIES and r["o"].is_literal]
    type_group = next((g for g in out_groups if g.prop == RDF_TYPE), None)
    out_groups = [g for g in out_groups if g.prop != RDF_TYPE]

    context = {
        "iri": iri, "kind": kind, "labeller": labeller, "type_group": type_group,
        "description": description, "in_groups": in_groups, "in_truncated": in_truncated,
        "incoming_limit": vq.INCOMING_LIMIT, "dimensions": [], "mappings": [], "hierarchy": [],
        "document": None, "annotation": None, "statement": None,
    }
    if kind == "program":
        dims, rest = [], list(out_groups)
        for name, props in PROGRAM_DIMENSIONS:
            iris = {str(ICKG[p]) for p in props}
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
    if kind == "class":
        context["members"] = [labeller.want(r["x"]) for r in vq.members(iri, limit=201)]
    if kind == "annotation":
        context["annotation"] = _annotation(out_rows, labeller)
    if kind == "statement":
        context["statement"] = _statement(out_rows, labeller, iri)
    context["usage"] = []
    if not out_rows:
        for row in vq.as_property(iri):
            for t in (row["s"], row["o"]):
                labeller.want(t)
            context["usage"].append((row["s"], row["o"]))
    context["out_groups"] = sorted(out_groups, key=lambda g: (g.prop not in DESCRIPTION_PROPERTIES, labeller(g.prop).lower()))
    return context


def _kind_hint(rows):
    # provenance-graph triples are the whole story of documents, annotations and statements
    return any(r["p"].value == RDF_TYPE and r["o"].value in (
        str(ICKG.SourceDocument), str(ICKG.EvidenceAnnotation), str(ICKG.MentionAnnotation), RDF + "Statement",
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
                "comment": row["comment"].value if row.get("comment") else None,
                "justification": row["just"].value if row.get("just") else None,
                "stated_here": stated_here,
            }
    return sorted(seen.values(), key=lambda m: (list(MAPPING_NAMES).index(m["rel"]), m["other"]))


def _first(rows, prop):
    for r in rows:
        if r["p"].value == prop:
            return r["o"]
    return None


def _annotation(out_rows, labeller):
    """The quote an evidence or mention annotation points at, with its context."""
    target = _first(out_rows, OA + "hasTarget")
    body = _first(out_rows, OA + "hasBody")
    if target is None:
        return None
    rows = vq.select(f"""SELECT ?doc ?exact ?prefix ?suffix ?start ?end WHERE {{
  {vq.iri_ref(target.value)} oa:hasSource ?doc ; oa:hasSelector ?q , ?pos .
  ?q oa:exact ?exact . ?pos oa:start ?start ; oa:end ?end .
  OPTIONAL {{ ?q oa:prefix ?prefix }} OPTIONAL {{ ?q oa:suffix ?suffix }} }} LIMIT 1""", infer=False)
    if not rows:
        return None
    row = dict(rows[0])
    row.update({"ev": target, "p": body, "hedge": None, "qual": None})
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
    rows = vq.select(f"""SELECT ?ev ?exact ?prefix ?suffix ?doc ?start ?end ?hedge ?qual WHERE {{
  {vq.iri_ref(iri)} ickg:hasEvidence ?ev . ?ev oa:hasTarget ?t . ?t oa:hasSource ?doc ; oa:hasSelector ?q , ?pos .
  ?q oa:exact ?exact . ?pos oa:start ?start ; oa:end ?end .
  OPTIONAL {{ ?q oa:prefix ?prefix }} OPTIONAL {{ ?q oa:suffix ?suffix }}
  OPTIONAL {{ ?ev ickg:hedgeCue ?hedge }} OPTIONAL {{ ?ev ickg:claimQualifier ?qual }}
}} ORDER BY ?doc ?start LIMIT 200""", infer=False)
    return {"s": s, "p": p, "o": o, "evidence": [_quote(r, labeller) for r in rows]}


def render_resource(iri):
    context = resource_context(iri)
    kind = context["kind"]
    if kind == "document":
        from ickg.web.pages import document_context
        context.update(document_context(iri, context["labeller"]))
        # the side list already names what the text mentions
        context["out_groups"] = [g for g in context["out_groups"] if g.prop != str(ICKG.mentions)]
    from ickg.web.graphics import neighbourhood_svg
    context["labeller"].fetch()
    context["svg"] = neighbourhood_svg(iri, context)
    context["label"] = context["labeller"](iri)
    context["alternates"] = [(ext, f.media_type, rdf_href(iri, ext)) for ext, f in RDF_FORMATS]
    template = {"document": "resource/document.html", "program": "resource/program.html"}.get(kind, "resource/page.html")
    return render_template(template, **context)


# ---------------------------------------------------------------------------------------------
# Errors


def error_page(status, title, message, *, iri=None):
    response = Response(render_template("resource/error.html", status=status, title=title, message=message, iri=iri),
                        status=status, mimetype="text/html")
    return response


def _wants_html():
    best = request.accept_mimetypes.best_match(["text/html", "text/plain", "application/json"])
    return best in (None, "text/html") and not request.path.startswith("/sparql")


@bp.app_errorhandler(404)
def _not_found(err):
    if not _wants_html():
        return Response("Not found.\n", status=404, mimetype="text/plain")
    return error_page(404, "Page not found", f"There is no page at {request.path}.")


@bp.app_errorhandler(405)
def _not_allowed(err):
    if not _wants_html():
        return Response("Method not allowed.\n", status=405, mimetype="text/plain")
    return error_page(405, "Method not allowed", f"{request.method} is not accepted at {request.path}.")


@bp.app_errorhandler(500)
def _server_error(err):
    if not _wants_html():
        return Response("Internal server error.\n", status=500, mimetype="text/plain")
    return error_page(500, "Something went wrong", "The server could not show this page. The error has been logged.")


def _store_error_handler(err):
    # a remote store's errors carry their status: 502 (unreachable, failed), 504 (no answer in time)
    status = getattr(err, "http_status", None)
    if isinstance(err, QueryTimeout):
        status, title, message = status or 503, "The graph took too long", "The queries behind this page ran out of time. Try again shortly."
        if status == 504:
            message = f"The store did not answer in time: {err}"
    elif isinstance(err, QuerySyntaxError):
        status, title, message = 400, "Bad request", str(err)
    else:
        status, title, message = status or 500, "The store could not answer", str(err)
    current_app.logger.error("viewer page %s failed: %s", request.path, err)
    if not _wants_html():
        return Response(message + "\n", status=status, mimetype="text/plain")
    return error_page(status, title, message)


for _exc in (QueryTimeout, StoreError, QuerySyntaxError):
    bp.app_errorhandler(_exc)(_store_error_handler)


__all__ = ["bp", "href", "compact", "rdf_href", "render_resource", "error_page", "abort", "url_for"]

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

from __future__ import annotations

import pyoxigraph as ox
from flask import Blueprint, Response, render_template, request

from ickg.iris import (ASSERTED_GRAPH, BASE, DCTERMS, DERIVATIONS_GRAPH, GRAPH, ICKG, INFERRED_GRAPH,
                       MENTIONS_GRAPH, ONTOLOGY_GRAPH, ONTOLOGY_IRI, PREFIXES, PROPOSED_GRAPH,
                       PROPOSED_PROVENANCE_GRAPH, PROVENANCE_GRAPH)
from ickg.sparql import formats, negotiation
from ickg.web import publications
from ickg.web import queries as vq
from ickg.web.citations import FORMATS as CITATION_FORMATS
from ickg.web.documents import document_context
from ickg.web.errors import error_page
from ickg.web.graphics import neighbourhood_svg
from ickg.web.links import RDF_FORMATS, SUFFIXES, compact, rdf_href
from ickg.web.pages import ontology_documentation
from ickg.web.queries import RDF_TYPE, Term
from ickg.web.review import extracted_requested, proposals_exist
from ickg.web.view import resource_context

bp = Blueprint("resource", __name__)


@bp.route("/id/<path:rest>")
def minted_id(rest):
    return _dereference_path("id/" + rest)


@bp.route("/ontology")
@bp.route("/ontology/<path:rest>")
def minted_ontology(rest=None):
    return _dereference_path("ontology" + ("/" + rest if rest else ""))


@bp.route("/ontology/")
def ontology_namespace():
    """The namespace IRI (``.../ontology/``, what ``ickg:`` expands from) answers with the ontology."""
    return _dereference_path("ontology/")


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
    if request.args.get("format") in CITATION_FORMATS:
        return _citation(iri, request.args["format"])
    fmt = _negotiate(request.args.get("format"))
    return _dereference(iri, fmt)


def _citation(iri, ext):
    """A publication's reference as BibTeX, RIS or CSL-JSON (``/id/publication/x.bib``, ``.ris``, ``.json``)."""
    if not _is_publication(iri):
        return error_page(404, "Not a publication", "Only publications have BibTeX, RIS and CSL-JSON references.",
                          iri=iri)
    body, media, name = publications.citation_file(iri, ext)
    response = Response(body, content_type=f"{media}; charset=utf-8")
    response.headers["Content-Disposition"] = f'inline; filename="{name}"'
    response.headers["Vary"] = "Accept"
    response.headers["Link"] = _alternates(iri, ext)
    return response


def _citation_wanted():
    """The citation suffix the Accept header asks for first (as doi.org negotiates), else None."""
    by_media = {media: ext for ext, (media, _, _) in CITATION_FORMATS.items()}
    offered = (formats.HTML, *(f.media_type for _, f in RDF_FORMATS), *by_media)
    return by_media.get(negotiation.preferred(request.accept_mimetypes, offered))


def _dereference_path(path):
    if request.args.get("format") in CITATION_FORMATS:
        return _citation(BASE + path, request.args["format"])
    suffix = None
    head, dot, ext = path.rpartition(".")
    if dot and "/" not in ext and ext in CITATION_FORMATS and not _exists(BASE + path):
        return _citation(BASE + head, ext)
    if dot and "/" not in ext and ext in SUFFIXES:
        path, suffix = head, ext
    iri = BASE + path
    fmt = SUFFIXES[suffix] if suffix else _negotiate(request.args.get("format"))
    return _dereference(iri, fmt, suffixed=suffix is not None)


def _negotiate(param):
    """The format asked for: a Format, formats.HTML, or None (406)."""
    return negotiation.negotiate(negotiation.RESOURCES, request.accept_mimetypes,
                                 format_params=[param] if param else [])


def _alternates(iri, chosen):
    links = []
    for ext, fmt in RDF_FORMATS:
        if fmt is not chosen:
            links.append(f'<{rdf_href(iri, ext)}>; rel="alternate"; type="{fmt.media_type}"')
    if chosen is not formats.HTML:
        links.append(f'<{rdf_href(iri, "html")}>; rel="alternate"; type="text/html"')
    if _is_publication(iri):
        for ext, (media, _, _) in CITATION_FORMATS.items():
            if ext != chosen:
                links.append(f'<{rdf_href(iri, ext)}>; rel="alternate"; type="{media}"')
    return ", ".join(links)


def _exists(iri):
    try:
        return vq.exists(iri)
    except ValueError:      # not an IRI at all
        return False


def _is_publication(iri):
    """Whether ``iri`` is a publication (a stated type says so, so it exists: no query of its own
    for that); False for what is not an IRI at all."""
    try:
        return publications.is_publication(iri)
    except ValueError:
        return False


def _finish(response, iri, fmt):
    response.headers["Vary"] = "Accept"
    response.headers["Link"] = _alternates(iri, fmt)
    ext = "html" if fmt is formats.HTML else fmt.extension
    response.headers["Content-Location"] = rdf_href(iri, ext)
    return response


def _dereference(iri, fmt, *, suffixed=False):
    wanted = None if suffixed or request.args.get("format") else _citation_wanted()
    if wanted and _is_publication(iri):
        return _citation(iri, wanted)
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
    is_graph = iri.startswith(GRAPH) and vq.is_named_graph(iri)
    is_ontology = iri in _ontology_names()
    infer = (request.args.get("infer", "true").strip().lower() not in ("false", "0", "no", "off"))
    if not (is_graph or is_ontology or fmt is formats.HTML):
        # a resource in RDF: a description with triples says the graph knows it, so the query
        # asking that is made only when the description is empty (one query of five a dereference)
        data = vq.describe_rdf(iri, infer=infer)
        if not data.strip() and not (vq.exists(iri) or (extracted_requested() and proposals_exist(iri))):
            return _unknown_iri(iri, fmt)
        return _finish(Response(_rdf_body(data, fmt), content_type=fmt.content_type), iri, fmt)
    if not (is_graph or is_ontology or vq.exists(iri) or (extracted_requested() and proposals_exist(iri))):
        return _unknown_iri(iri, fmt)
    if fmt is formats.HTML:
        if is_ontology:
            body = ontology_documentation()
        elif is_graph:
            body = _graph_page(iri)
        else:
            body = render_resource(iri)
        return _finish(Response(body, mimetype="text/html"), iri, fmt)
    if is_ontology:  # the whole ontology graph: serialized once per store version (90 ms in Turtle)
        body = vq.memo("ontology rdf", lambda inf, f: _rdf_body(vq.graph_rdf(ONTOLOGY_GRAPH, infer=inf), f),
                       infer, fmt)
    else:
        body = _rdf_body(_graph_description(iri), fmt)
    response = Response(body, content_type=fmt.content_type)
    return _finish(response, iri, fmt)


def _rdf_body(data, fmt):
    """N-Triples ``data`` written in ``fmt``."""
    triples = list(ox.parse(data, format=ox.RdfFormat.N_TRIPLES)) if data.strip() else []
    body, _, truncated = formats.serialize_triples(triples, fmt, prefixes=PREFIXES)
    return body


def _ontology_names():
    """The IRIs that answer with the whole ontology, as the OBO repositories publish theirs: the
    ontology IRI, its namespace (``.../ontology/``, what a prefix expands from) and the
    ``owl:versionIRI`` of the version this service holds."""
    def compute():
        versions = {str(row["o"]) for row in vq.ontology_header() if str(row["p"]) == OWL_VERSION_IRI}
        return frozenset({ONTOLOGY_IRI, ONTOLOGY_IRI + "/"} | versions)

    return vq.memo("ontology names", compute)


OWL_VERSION_IRI = "http://www.w3.org/2002/07/owl#versionIRI"


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
    ONTOLOGY_GRAPH: "The ontology: classes, properties, concept schemes and the crosswalk between them.",
    ASSERTED_GRAPH: "Facts stated by the source documents (each with evidence in the provenance graph).",
    MENTIONS_GRAPH: "Concepts and places spotted in the documents automatically (mention annotations).",
    PROVENANCE_GRAPH: "The source documents and the evidence annotations that tie each asserted fact to its quote.",
    INFERRED_GRAPH: "Triples inferred by OWL 2 RL reasoning, not asserted anywhere.",
    DERIVATIONS_GRAPH: "The hedges and mapping confidences inferred triples carry, the inference rules and the "
                            "anonymous classes (each inferred triple's rule and premises: its why? page).",
    PROPOSED_GRAPH: "Statements the extraction rules proposed, machine-extracted and unreviewed "
                         "(left out of every answer unless extracted=true).",
    PROPOSED_PROVENANCE_GRAPH: "The quote, confidence and rule of each unreviewed proposal.",
}


def _graph_page(iri):
    sizes = vq.graph_sizes()
    label = compact(iri)
    return render_template("resource/graph.html", iri=iri, label=label, size=sizes.get(iri, 0),
                           note=GRAPH_NOTES.get(iri), sizes=sizes,
                           alternates=[(ext, f.media_type, rdf_href(iri, ext)) for ext, f in RDF_FORMATS])


def render_resource(iri):
    context = resource_context(iri)
    kind = context["kind"]
    if kind == "document":
        context.update(document_context(iri, context["labeller"]))
        # the side list already names what the text mentions
        context["out_groups"] = [g for g in context["out_groups"] if g.prop != ICKG + "mentions"]
    pub = publications.publication_of(iri) if kind == "document" else iri
    context["citation"] = publications.citation_view(pub, lambda ext: rdf_href(pub, ext)) if pub else None
    context["labeller"].fetch()
    # the picture reads the page's context, which reads nothing of the request but the mount
    # point: one layout per resource and store version (~3 ms of the page's ~14)
    context["svg"] = vq.memo("neighbourhood in page", lambda _: neighbourhood_svg(iri, context), iri)
    context["label"] = context["labeller"](iri)
    context["alternates"] = [(ext, f.media_type, rdf_href(iri, ext)) for ext, f in RDF_FORMATS]
    template = {"document": "resource/document.html", "program": "resource/program.html"}.get(kind, "resource/page.html")
    return render_template(template, **context)

"""The query page's editor: its completion data, and what the page offers around a result.

``/sparql/completions.json`` is what the editor (``static/editor/sparql-editor.js``, built from
``tools/editor/``) completes: ickg's prefixes, the classes and properties of the store's
ontology (with their labels and definitions) and SPARQL's keywords. It is computed from the
store, once per store version, so it follows the ontology as built, never a copy kept in code.

Requests from the query page (its form, an example link, a shared link: anything asking for the
HTML page, or marked ``editor=1`` by the form) are read leniently: ickg's prefixes need no
declaration and compact IRIs with ``/`` work as the tool prints them (:mod:`ickg.sparql.compact_iris`).
The SPARQL protocol itself stays strict. The text that is checked and run is the prepared one;
error positions are given in the user's own text.
"""

import hashlib
import json
from urllib.parse import urlencode

from flask import Blueprint, Response, current_app, request, url_for

from ickg.iris import IMPORT_GRAPH, ONTOLOGY_GRAPH, PREFIXES, compact
from ickg.sparql import compact_iris, formats, negotiation, querycheck
from ickg.store import QueryTimeout, StoreError
from ickg.web.extension import get_store

bp = Blueprint("editor", __name__)


# The formats in words, for the "answer as" menu and the download buttons.
FORMAT_LABELS = {
    "html": "Table (HTML page)",
    "json": "JSON (SPARQL results)",
    "xml": "XML (SPARQL results)",
    "csv": "CSV (spreadsheet)",
    "tsv": "TSV (tab-separated, keeps IRIs and types)",
    "turtle": "Turtle",
    "ntriples": "N-Triples (one triple a line)",
    "json-ld": "JSON-LD",
    "rdf+xml": "RDF/XML",
    "trig": "TriG (with graph names)",
    "nquads": "N-Quads (with graph names)",
}
SHORT_LABELS = {"json-ld": "JSON-LD", "rdf+xml": "RDF/XML", "ntriples": "N-Triples", "nquads": "N-Quads",
                "turtle": "Turtle", "trig": "TriG"}

# File name extensions of downloads, where the registered one (.srj, .srx) would puzzle people.
DOWNLOAD_EXTENSIONS = {"json": "json", "xml": "xml"}

# Download links longer than this become buttons of a posted form (proxies and servers cap URLs).
MAX_LINK = 8000

MAX_TERMS = 5000  # completions sent at most; an imported ontology can be large

_TERMS_QUERY = f"""
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?term (MIN(?kind) AS ?k) (SAMPLE(?l) AS ?label) (SAMPLE(?d) AS ?definition) WHERE {{
  VALUES (?type ?kind) {{
    (owl:Class "class") (rdfs:Class "class")
    (owl:ObjectProperty "property") (owl:DatatypeProperty "property")
    (owl:AnnotationProperty "property") (rdf:Property "property")
  }}
  GRAPH ?g {{ ?term a ?type }}
  FILTER(isIRI(?term) && (?g = <{ONTOLOGY_GRAPH}> || STRSTARTS(STR(?g), "{IMPORT_GRAPH}")))
  OPTIONAL {{ GRAPH ?g {{ ?term rdfs:label ?l }} FILTER(LANG(?l) = "" || LANGMATCHES(LANG(?l), "en")) }}
  OPTIONAL {{ GRAPH ?g {{ ?term skos:definition|rdfs:comment ?d }}
             FILTER(LANG(?d) = "" || LANGMATCHES(LANG(?d), "en")) }}
}}
GROUP BY ?term
ORDER BY ?term
LIMIT {MAX_TERMS}
"""


def completion_data(store) -> dict:
    """Prefixes, ontology terms and keywords for the editor, from ``store``'s ontology graph
    (and imported ontologies). Terms are named compactly with ickg's prefixes when one fits."""
    result = store.query(_TERMS_QUERY, fmt="json", infer=False,
                         timeout=float(current_app.config["QUERY_TIMEOUT"] or 30))
    terms = []
    for row in json.loads(result.body)["results"]["bindings"]:
        iri = row["term"]["value"]
        definition = row.get("definition", {}).get("value", "")
        terms.append({
            "name": compact(iri) or f"<{iri}>",
            "iri": iri,
            "kind": row["k"]["value"],
            "label": row.get("label", {}).get("value", ""),
            "definition": definition if len(definition) <= 400 else definition[:399] + "…",
        })
    terms.sort(key=lambda t: (t["name"].startswith("<"), t["name"].lower()))
    return {
        "version": store.version,
        "prefixes": [{"prefix": p, "namespace": ns} for p, ns in PREFIXES.items()],
        "terms": terms,
        "keywords": sorted(querycheck.KEYWORDS),
    }


@bp.route("/sparql/completions.json")
def completions():
    """The editor's completion data as JSON, computed once per store version (ETag on it)."""
    store = get_store()
    cache = current_app.extensions.setdefault("ickg.completions", {})
    version = store.version
    entry = cache.get(version)
    if entry is None:
        try:
            body = json.dumps(completion_data(store), ensure_ascii=False, separators=(",", ":")).encode()
        except (QueryTimeout, StoreError) as err:
            current_app.logger.warning("completion data unavailable: %s", err)
            return Response(f"Completion data unavailable: {err}\n", status=503, mimetype="text/plain")
        entry = (body, hashlib.blake2b(body, digest_size=16).hexdigest())
        if store.cacheable:
            cache.clear()
            cache[version] = entry
    body, etag = entry
    response = Response(body, mimetype="application/json")
    response.set_etag(etag)
    response.headers["Cache-Control"] = "no-cache"
    return response.make_conditional(request)


# ---------------------------------------------------------------------------------------------
# The query page's reading of a request


def from_query_page(format_params) -> bool:
    """Whether a /sparql query comes from the query page rather than a protocol client: it asks
    for the HTML page (for either form of query), or the page's form marked it ``editor=1``."""
    marked = request.args.get("editor")
    if marked is None and request.mimetype == "application/x-www-form-urlencoded":
        marked = request.form.get("editor")
    if marked == "1":
        return True
    accept = request.headers.get("Accept", "")
    return any(negotiation.negotiate(offer, accept, format_params=format_params) == formats.HTML
               for offer in (negotiation.QUERY_RESULTS, negotiation.QUERY_GRAPHS))


def prepare(text: str) -> compact_iris.Prepared:
    """The page's text made into SPARQL: ickg's prefixes declared, compact IRIs escaped."""
    return compact_iris.prepare(text, PREFIXES)


@bp.app_template_global("format_label")
def format_label(name: str) -> str:
    """A format in words ("CSV (spreadsheet)"), by its short name."""
    return FORMAT_LABELS.get(name, name)


@bp.app_template_global("format_groups")
def format_groups() -> list:
    """The formats by the queries they carry, for the "answer as" menu."""
    return [("SELECT and ASK", formats.RESULT_FORMATS), ("CONSTRUCT and DESCRIBE", formats.GRAPH_FORMATS)]


def error_context(edited, message: str) -> dict:
    """The page's error: the message with its position in the user's text, and that line with
    a caret under the position (``error_line``, ``error_at``: 1-based line and column)."""
    if edited is None:
        return {"error": message}
    position = edited.error_position(message)
    out = {"error": edited.error_message(message)}
    if position is not None:
        line, column = position
        lines = edited.original.split("\n")
        text = lines[line - 1] if line <= len(lines) else ""
        pad = "".join("\t" if c == "\t" else " " for c in text[:column - 1])  # the caret lines up under tabs
        out.update(error_at=position, error_line=text.rstrip("\r"), error_pad=pad)
    return out


def result_context(params, edited, kind: str) -> dict:
    """The shareable address of a result page and a download for each format of its kind.

    The shareable address carries the text as the user wrote it (it opens the same page); the
    downloads carry the prepared text, plain SPARQL any client can send again.
    """
    dataset = [("default-graph-uri", g) for g in params.default_graphs] + \
              [("named-graph-uri", g) for g in params.named_graphs]
    infer = ([] if params.infer else [("infer", "false")]) + ([("extracted", "true")] if params.extracted else [])
    original = edited.original if edited is not None else params.query
    run = edited.text if edited is not None else params.query
    share = url_for("sparql.endpoint") + "?" + urlencode([("query", original), *infer, *dataset,
                                                          ("format", "html")])
    downloads = []
    for fmt in formats.table(kind):
        href = url_for("sparql.endpoint") + "?" + urlencode([("query", run), *infer, *dataset,
                                                             ("format", fmt.name)])
        downloads.append({"name": fmt.name, "label": SHORT_LABELS.get(fmt.name, fmt.name.upper()),
                          "title": FORMAT_LABELS.get(fmt.name, fmt.name),
                          "filename": f"ickg-result.{DOWNLOAD_EXTENSIONS.get(fmt.name, fmt.extension)}",
                          "href": href})
    too_long = any(len(d["href"]) > MAX_LINK for d in downloads)
    return {
        "share_url": share if len(share) <= MAX_LINK else None,
        "downloads": downloads,
        "downloads_by_form": too_long,
        "download_fields": [("query", run), *infer, *dataset],
    }

"""``/sparql``: the SPARQL 1.1 Protocol, read-only and closed to the outside by default.

What a request gets:

- a query (GET ``query=``, POST form, POST ``application/sparql-query``): the answer in the format
  the Accept header (or a ``format``/``output`` parameter) asks for, 406 when none fits, 400 with
  the parser's message when it is malformed, 503 when it ran out of time (its worker process is
  killed, so the work stops), 503 with ``Retry-After`` at once when it is slow and the slow lane
  is full (see below), 507 when its answer would pass MAX_ANSWER_BYTES or its evaluation the
  worker's memory limit, and a header plus an in-body note when the row cap cut it;
- no query: the SPARQL Service Description with a VoID description of the dataset, or the HTML
  query page when a browser asks;
- an update (POST ``application/sparql-update`` or form ``update=``): 403 unless an update token
  is configured and the request bears it.

The dataset: the default graph is the union of all graphs, minus the inferred graph with
``infer=false`` and minus the machine's unreviewed proposals unless ``extracted=true``
(:data:`ickg.iris.EXTRACTED_GRAPHS`, left out of GRAPH too); other named graphs stay available to GRAPH. ``default-graph-uri``/``named-graph-uri``
replace that dataset, as the protocol says. Any IRI outside this store (SERVICE, LOAD,
FROM/FROM NAMED/USING, the protocol parameters) is refused before evaluation: nothing is
ever fetched.

Fair under load: cheap and cached queries never wait behind slow ones.

- A cached GET is replayed by :class:`ickg.web.fastpath.FastPath`, before Flask: no worker. Under
  waitress (``--server waitress``, and the tests' servers) it runs on threads that serve nothing
  else (waitress's event loop routes it there, see :func:`ickg.web.create_server`); under granian
  (``ickg serve --server granian``) on the worker's threads, of which slow queries hold at most
  SLOW_QUERY_WORKERS (see :func:`ickg.web.supervisor.serve_with_granian`).
- Every other query starts in the fast lane of query workers (:class:`ickg.store.workers.WorkerPool`).
  After SLOW_AFTER seconds (0.25) it has proved slow: its worker moves to the slow lane, at a
  lower CPU priority, and a fresh worker takes its place, so the fast lane stays free for cheap
  queries. Its text is remembered, and next time it starts in the slow lane.
- The slow lane has SLOW_QUERY_WORKERS places per server process (and at most SLOW_PER_CLIENT
  per client address, when set). A slow query that finds them taken is answered 503 with
  ``Retry-After`` (when the soonest running one will have finished or been stopped) at once,
  instead of queueing: a queue of slow queries would hold threads and grow without bound.
- There are more threads (THREADS, 16; under granian THREADS + SLOW_QUERY_WORKERS) than slow
  places, so slow queries never hold them all.
- Bounds per query: QUERY_TIMEOUT (the worker is killed), MAX_ROWS (cut, announced),
  MAX_ANSWER_BYTES (refused with 507: a cut answer could not be completed by paging) and
  WORKER_MEMORY (RLIMIT_DATA of each worker; past it the worker dies, the query gets 507, a new
  worker takes its place).

Answers are cached per (store version, query, dataset, format) and carry an ETag computed from
that key, so a client revalidating with If-None-Match gets a 304 without any evaluation. A
repeated GET (same query string, Accept and Origin, same store version) is replayed by
:class:`ickg.web.fastpath.FastPath` before Flask, byte for byte what Flask answered the first time.
"""

import hashlib
import hmac

from flask import Blueprint, Response, current_app, render_template, request, url_for
from pyoxigraph import BlankNode, Literal, NamedNode, Triple

from ickg.sparql import formats, negotiation, querycheck
from ickg.sparql.cache import answer_cache
from ickg.iris import BASE, EXTRACTED_GRAPHS, INFERRED_GRAPH, SD, VOID
from ickg.resources import query_files
from ickg.store import (
    OverLimit,
    QuerySyntaxError,
    QueryTimeout,
    StoreBusy,
    StoreError,
    UpdateNotAllowed,
)
from ickg.web import editor
from ickg.web import queries as vq
from ickg.web.extension import get_store

# rdflib's SPARQLStore names the default graph of a Dataset this way (rdflib.graph's
# DATASET_DEFAULT_GRAPH_ID) in ``default-graph-uri``: it means "the service's default graph".
CLIENT_DEFAULT_GRAPH = "urn:x-rdflib:default"


bp = Blueprint("sparql", __name__)

RDF_TYPE = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
XSD_INTEGER = NamedNode("http://www.w3.org/2001/XMLSchema#integer")
TRUE_VALUES = ("", "1", "true", "yes", "on")


def _cache():
    ext = current_app.extensions
    cache = ext.get("ickg.result_cache")
    if cache is None:
        cache = ext.setdefault("ickg.result_cache", answer_cache(int(current_app.config["CACHE_BYTES"] or 0)))
    return cache


def _plain(status, message, **headers):
    return Response(message.rstrip("\n") + "\n", status=status, mimetype="text/plain", headers=headers)


class _Params:
    """The protocol parameters of one request, wherever they came from."""

    def __init__(self):
        self.query = None
        self.update = None
        self.error = None
        args = request.args
        if request.method == "POST":
            ctype = request.mimetype
            if ctype == "application/x-www-form-urlencoded":
                form = request.form
                self.query = form.get("query")
                self.update = form.get("update")
                source = form
            elif ctype == "application/sparql-query":
                self.query = request.get_data(as_text=True)
                source = args
            elif ctype == "application/sparql-update":
                self.update = request.get_data(as_text=True)
                source = args
            else:
                self.error = _plain(415, f"Unsupported Content-Type {ctype!r}: send application/sparql-query, "
                                         "application/sparql-update or an HTML form (application/x-www-form-urlencoded).")
                return
            if source is not args and not self.query and not self.update:
                self.query = args.get("query")
        else:
            source = args
            self.query = args.get("query")
            if args.get("update") is not None:
                self.error = _plain(400, "SPARQL Update must be sent with POST.")
                return
        self.default_graphs = [iri for iri in (source.getlist("default-graph-uri")
                                               or args.getlist("default-graph-uri"))
                               if iri != CLIENT_DEFAULT_GRAPH]
        self.named_graphs = source.getlist("named-graph-uri") or args.getlist("named-graph-uri")
        infer = source.get("infer", args.get("infer", "true"))
        self.infer = infer.strip().lower() in TRUE_VALUES
        extracted = source.get("extracted", args.get("extracted", "false"))
        self.extracted = extracted.strip().lower() in TRUE_VALUES
        self.format_params = source.getlist("format") + source.getlist("output")
        if source is not args:
            self.format_params += args.getlist("format") + args.getlist("output")


@bp.route("/sparql", methods=["GET", "POST"])
def endpoint():
    params = _Params()
    if params.error is not None:
        return params.error
    limit = current_app.config["MAX_QUERY_LENGTH"]
    for text in (params.query, params.update):
        if text is not None and len(text) > limit:
            return _plain(413, f"The request text is longer than this endpoint's limit of {limit} characters.")
    if params.update is not None:
        return _update(params)
    if params.query is None or not params.query.strip():
        return _no_query(params)
    return _query(params)


def _check_dataset_params(store, params):
    for iri in params.default_graphs + params.named_graphs:
        if not store.is_local_graph(iri):
            raise querycheck.RefusedQuery(
                f"<{iri}> is not a graph of this store; remote graphs are never fetched"
            )


def _query(params):
    store = get_store()
    config = current_app.config
    edited = None
    if editor.from_query_page(params.format_params):
        # Lenient reading for the query page; the prepared text is what is checked and run.
        edited = editor.prepare(params.query)
        params.query = edited.text
    try:
        info = querycheck.inspect(params.query, is_local_graph=store.is_local_graph)
        _check_dataset_params(store, params)
    except querycheck.RefusedQuery as err:
        return _plain(400, f"Refused: {err}")
    if info.form == "UPDATE":
        return _plain(400, "This is a SPARQL Update: send it with POST as application/sparql-update "
                           "or as the form field 'update'.")
    kind = "graph" if info.is_graph else "results"
    offer = negotiation.QUERY_GRAPHS if info.is_graph else negotiation.QUERY_RESULTS
    fmt = negotiation.negotiate(offer, request.headers.get("Accept", ""), format_params=params.format_params)
    if fmt is None:
        offered = ", ".join(f.media_type for f in formats.table(kind))
        return _plain(406, f"None of the requested formats ({request.headers.get('Accept', '')}) can carry "
                           f"this {info.form or 'query'} result. Available: {offered}, text/html.")
    if fmt == formats.HTML:
        return _query_page(params, store, kind, info, edited)

    max_rows = int(config["MAX_ROWS"] or 0) or None
    dataset = (tuple(params.default_graphs), tuple(params.named_graphs)) if (
        params.default_graphs or params.named_graphs) else None
    version = store.version
    key = (version, params.query, dataset, params.infer, params.extracted, fmt.name, max_rows)
    etag = hashlib.blake2b(repr(key).encode(), digest_size=16).hexdigest()
    cacheable = store.cacheable and not info.volatile
    if cacheable and request.if_none_match.contains(etag):
        response = Response(status=304)
        _cache_headers(response, etag)
        return response
    cache = _cache()
    result = cache.get(key) if cacheable and cache.max_bytes else None
    if result is None:
        try:
            result = store.query(
                params.query,
                default_graphs=dataset[0] if dataset else None,
                named_graphs=dataset[1] if dataset else None,
                infer=params.infer,
                extracted=params.extracted,
                timeout=float(config["QUERY_TIMEOUT"] or 0) or None,
                max_rows=max_rows,
                fmt=fmt,
                query_dataset=info.has_dataset_clause,
                **_bounds(),
            )
        except QuerySyntaxError as err:
            return _plain(400, f"Malformed query: {edited.error_message(str(err)) if edited else err}")
        except StoreBusy as err:
            return _plain(503, f"Busy: {err}.", **{"Retry-After": str(err.retry_after)})
        except QueryTimeout as err:  # 504 when a remote store did not answer in time
            return _plain(getattr(err, "http_status", 503), f"Query timed out: {err}. Narrow the query or add a LIMIT.")
        except OverLimit as err:
            return _plain(507, f"Too large: {err}.")
        except StoreError as err:  # 502 when a remote store cannot be reached or failed
            current_app.logger.error("query failed: %s", err)
            return _plain(getattr(err, "http_status", 500), f"The store could not answer: {err}")
        if cacheable and cache.max_bytes:
            cache.put(key, result)
    if cacheable and cache.max_bytes and request.method == "GET":
        request.environ["ickg.fast_path"] = version  # FastPath may replay this response
    return _result_response(result, etag if cacheable else None)


def _bounds():
    """The per-query bounds of this request: the answer byte cap, and who asks (the slow lane
    limits each client address to SLOW_PER_CLIENT places)."""
    return {"max_bytes": int(current_app.config["MAX_ANSWER_BYTES"] or 0) or None,
            "client": request.remote_addr}


def _cache_headers(response, etag):
    if etag:
        response.set_etag(etag)
        response.headers["Cache-Control"] = "no-cache"
    response.headers["Vary"] = "Accept"


def _result_response(result, etag):
    """The answer, its cap told in headers and, where the format has room, in the body.

    JSON carries a ``warning`` member, XML and Turtle a comment. CSV and TSV have no place for a
    notice that a reader (pandas, a spreadsheet) would not take for data, so a cut CSV/TSV answer
    is refused instead (413, saying how to page): a client reading only the body never takes the
    first MAX_ROWS rows for the whole answer.
    """
    fmt = formats.by_name("graph" if result.form == "graph" else "results", result.media_type)
    if result.truncated and fmt.name in ("csv", "tsv"):
        return _plain(413, f"The answer has more than {result.max_rows} rows, the server's limit for "
                           f"{fmt.name.upper()}, which has no room to say it was cut. Page with ORDER BY ... "
                           f"LIMIT {result.max_rows} OFFSET n, or ask for JSON (cut, with a warning).",
                      **{"ICKG-Result-Limit": str(result.max_rows)})
    response = Response(result.body, status=200, content_type=fmt.content_type)
    _cache_headers(response, etag)
    if result.max_rows:
        response.headers["ICKG-Result-Limit"] = str(result.max_rows)
    if result.truncated:
        response.headers["ICKG-Result-Truncated"] = "true"
        message = formats.truncation_message(result.max_rows)
        response.headers["Warning"] = f'199 ickg "{message}"'
    return response


# ---------------------------------------------------------------------------------------------
# Update


def _update(params):
    config = current_app.config
    token = config.get("UPDATE_TOKEN")
    if not token:
        return _plain(403, "SPARQL Update is disabled on this endpoint (it is read-only).")
    given = request.headers.get("Authorization", "")
    scheme, _, value = given.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(value.strip().encode(), str(token).encode()):
        return _plain(401, "SPARQL Update needs 'Authorization: Bearer <token>' with the configured token.",
                      **{"WWW-Authenticate": 'Bearer realm="ickg"'})
    store = get_store()
    try:
        querycheck.inspect(params.update, is_local_graph=store.is_local_graph)
    except querycheck.RefusedQuery as err:
        return _plain(400, f"Refused: {err}")
    try:
        store.update(params.update, timeout=float(config["QUERY_TIMEOUT"] or 0) or None)
    except QuerySyntaxError as err:
        return _plain(400, f"Malformed update: {err}")
    except UpdateNotAllowed as err:
        return _plain(403, f"SPARQL Update is not possible here: {err}")
    except QueryTimeout as err:
        return _plain(getattr(err, "http_status", 503), f"Update timed out: {err}.")
    except StoreError as err:
        current_app.logger.error("update failed: %s", err)
        return _plain(getattr(err, "http_status", 500), f"The store could not apply the update: {err}")
    return _plain(200, f"Update applied; store version is now {store.version}.")


# ---------------------------------------------------------------------------------------------
# No query: service description or query page


def _no_query(params):
    fmt = negotiation.negotiate(negotiation.QUERY_GRAPHS, request.accept_mimetypes,
                                format_params=params.format_params)
    if fmt == formats.HTML:
        return _query_page(params, get_store(), None)
    if fmt is None:
        offered = ", ".join(f.media_type for f in formats.GRAPH_FORMATS)
        return _plain(406, f"The service description is available as {offered} or text/html.")
    store = get_store()
    endpoint = endpoint_iri()
    key = ("service-description", store.version, fmt.name, endpoint, bool(current_app.config.get("UPDATE_TOKEN")))
    etag = hashlib.blake2b(repr(key).encode(), digest_size=16).hexdigest()
    if store.cacheable and request.if_none_match.contains(etag):
        response = Response(status=304)
        _cache_headers(response, etag)
        return response
    triples = service_description(store, endpoint)
    body, _, _ = formats.serialize_triples(triples, fmt, prefixes={"sd": SD, "void": VOID})
    response = Response(body, content_type=fmt.content_type)
    _cache_headers(response, etag if store.cacheable else None)
    return response


def _graph_sizes(store):
    """{graph IRI: triple count}, computed once per store version; {} when it cannot be had."""
    ext = current_app.extensions.setdefault("ickg.graph_sizes", {})
    version = store.version
    if version in ext:
        return ext[version]
    sizes = {}
    try:
        result = store.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
                             fmt="tsv", timeout=float(current_app.config["QUERY_TIMEOUT"] or 30))
        for line in result.body.decode().splitlines()[1:]:
            graph, count = line.split("\t")
            sizes[graph.strip("<>")] = int(count.split("^^")[0].strip('"'))
    except (QueryTimeout, StoreError, ValueError) as err:
        current_app.logger.warning("graph sizes unavailable: %s", err)
        return sizes
    ext.clear()
    ext[version] = sizes
    return sizes


def endpoint_iri() -> str:
    """The endpoint's IRI in its service description: ``BASE_URL/sparql`` when configured, else
    under ickg's IRI base (which maps onto the service root), never from the request's Host."""
    base = current_app.config.get("BASE_URL") or BASE
    return base.rstrip("/") + "/sparql"


def service_description(store, endpoint_url):
    """Triples of the SPARQL Service Description and the VoID description of the dataset."""
    sd, void = SD, VOID
    service = NamedNode(endpoint_url)
    dataset = NamedNode(endpoint_url + "#dataset")
    default_graph = BlankNode("defaultGraph")
    triples = [
        Triple(service, RDF_TYPE, NamedNode(sd + "Service")),
        Triple(service, NamedNode(sd + "endpoint"), service),
        Triple(service, NamedNode(sd + "supportedLanguage"), NamedNode(sd + "SPARQL11Query")),
        Triple(service, NamedNode(sd + "feature"), NamedNode(sd + "UnionDefaultGraph")),
        Triple(service, NamedNode(sd + "defaultDataset"), dataset),
        Triple(dataset, RDF_TYPE, NamedNode(sd + "Dataset")),
        Triple(dataset, RDF_TYPE, NamedNode(void + "Dataset")),
        Triple(dataset, NamedNode(void + "sparqlEndpoint"), service),
        Triple(dataset, NamedNode(sd + "defaultGraph"), default_graph),
        Triple(default_graph, RDF_TYPE, NamedNode(sd + "Graph")),
    ]
    if current_app.config.get("UPDATE_TOKEN") and store.accepts_update:
        triples.append(Triple(service, NamedNode(sd + "supportedLanguage"), NamedNode(sd + "SPARQL11Update")))
    for fmt in formats.RESULT_FORMATS + formats.GRAPH_FORMATS:
        triples.append(Triple(service, NamedNode(sd + "resultFormat"), NamedNode(
            f"http://www.w3.org/ns/formats/{_W3C_FORMAT_NAMES[fmt.name]}")))
    sizes = _graph_sizes(store)
    total = 0
    for graph in store.named_graphs():
        node = BlankNode("g" + hashlib.blake2b(graph.encode(), digest_size=6).hexdigest())
        graph_node = NamedNode(graph)
        triples += [
            Triple(dataset, NamedNode(sd + "namedGraph"), node),
            Triple(node, RDF_TYPE, NamedNode(sd + "NamedGraph")),
            Triple(node, NamedNode(sd + "name"), graph_node),
            Triple(dataset, NamedNode(void + "subset"), graph_node),
            Triple(graph_node, RDF_TYPE, NamedNode(void + "Dataset")),
        ]
        if graph in sizes:
            total += sizes[graph]
            triples.append(Triple(graph_node, NamedNode(void + "triples"), Literal(str(sizes[graph]), datatype=XSD_INTEGER)))
        if graph == INFERRED_GRAPH:
            triples.append(Triple(graph_node, NamedNode("http://purl.org/dc/terms/description"),
                                  Literal("Inferred triples; left out of the default graph with infer=false")))
        if graph in EXTRACTED_GRAPHS:
            triples.append(Triple(graph_node, NamedNode("http://purl.org/dc/terms/description"),
                                  Literal("Machine-extracted, unreviewed proposals; left out of the dataset "
                                          "unless extracted=true")))
    if sizes:
        triples.append(Triple(dataset, NamedNode(void + "triples"), Literal(str(total), datatype=XSD_INTEGER)))
        triples.append(Triple(default_graph, NamedNode(void + "triples"), Literal(str(total), datatype=XSD_INTEGER)))
    return triples


_W3C_FORMAT_NAMES = {
    "json": "SPARQL_Results_JSON",
    "xml": "SPARQL_Results_XML",
    "csv": "SPARQL_Results_CSV",
    "tsv": "SPARQL_Results_TSV",
    "turtle": "Turtle",
    "ntriples": "N-Triples",
    "json-ld": "JSON-LD",
    "rdf+xml": "RDF_XML",
    "trig": "TriG",
    "nquads": "N-Quads",
}


# ---------------------------------------------------------------------------------------------
# HTML


def _examples():
    """Example queries for the page: ``examples/*.rq`` and the competency questions ``cq*.rq``,
    each titled by its first comment line ("CQ5: What are the components of the PRISMA model?"),
    with the link that runs it. Kept per store version and mount point (:func:`ickg.web.queries.memo`):
    reading the files and percent-encoding their texts into links was most of the page's time."""
    return vq.memo("sparql examples", _example_links)


def _example_links():
    out = []
    for name, path in query_files():
        base = name.rsplit("/", 1)[-1]
        if name.startswith("examples/") or base.startswith("cq"):
            text = path.read_text(encoding="utf-8")
            first = text.lstrip().split("\n", 1)[0]
            title = first.lstrip("#").strip() if first.startswith("#") else base.removesuffix(".rq")
            out.append((title, text, url_for("sparql.endpoint", query=text, format="html")))
    return out


DEFAULT_QUERY = """SELECT ?g (COUNT(*) AS ?triples)
WHERE { GRAPH ?g { ?s ?p ?o } }
GROUP BY ?g
ORDER BY DESC(?triples)"""


def _query_page(params, store, kind, info=None, edited=None):
    """The query form, and when a query came with it, its answer as a table (or Turtle).

    ``edited``: the query as the page prepared it (:func:`ickg.web.editor.prepare`); the form
    shows the user's own text and errors point into it."""
    context = {
        "query": (edited.original if edited is not None else params.query) or DEFAULT_QUERY,
        "infer": params.infer,
        "extracted": params.extracted,
        "examples": _examples(),
        "graphs": store.named_graphs(),
        "error": None,
        "table": None,
        "graph_text": None,
        "boolean": None,
        "truncated": False,
        "max_rows": current_app.config["MAX_ROWS"],
    }
    status = 200
    if params.query and params.query.strip() and kind is not None:
        fmt = formats.table(kind)[0] if kind == "graph" else formats.by_name("results", "tsv")
        has_dataset = bool(params.default_graphs or params.named_graphs)
        try:
            result = store.query(
                params.query,
                default_graphs=params.default_graphs if has_dataset else None,
                named_graphs=params.named_graphs if has_dataset else None,
                infer=params.infer,
                extracted=params.extracted,
                timeout=float(current_app.config["QUERY_TIMEOUT"] or 0) or None,
                max_rows=int(current_app.config["MAX_ROWS"] or 0) or None,
                fmt=fmt,
                query_dataset=info.has_dataset_clause,
                **_bounds(),
            )
        except QuerySyntaxError as err:
            context.update(editor.error_context(edited, f"Malformed query: {err}"))
            status = 400
        except StoreBusy as err:
            context["error"], status = f"Busy: {err} (in {err.retry_after} s).", 503
        except QueryTimeout as err:
            context["error"], status = f"Query timed out: {err}", getattr(err, "http_status", 503)
        except OverLimit as err:
            context["error"], status = f"Too large: {err}.", 507
        except StoreError as err:
            context["error"], status = f"The store could not answer: {err}", getattr(err, "http_status", 500)
        else:
            context.update(editor.result_context(params, edited, kind))
            context["truncated"] = result.truncated
            if result.form == "graph":
                context["graph_text"] = result.body.decode()
            else:
                lines = result.body.decode().split("\n")
                header = [h.lstrip("?") for h in lines[0].split("\t")]
                rows = [line.split("\t") for line in lines[1:] if line]
                if result.form == "boolean":
                    context["boolean"] = rows[0][0] if rows else "false"
                else:
                    context["table"] = {"head": header, "rows": rows}
    return render_template("sparql/query.html", **context), status


@bp.after_app_request
def _cors(response):
    origins = current_app.config.get("CORS_ORIGIN")
    if not origins:
        return response
    origin = request.headers.get("Origin")
    allowed = [o.strip() for o in str(origins).split(",") if o.strip()]
    if "*" in allowed:
        response.headers["Access-Control-Allow-Origin"] = "*"
    elif origin and origin in allowed:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.vary.add("Origin")
    else:
        return response
    response.headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
    response.headers["Access-Control-Allow-Headers"] = "Accept, Content-Type, Authorization, If-None-Match"
    response.headers["Access-Control-Expose-Headers"] = "ETag, ICKG-Result-Limit, ICKG-Result-Truncated, Warning"
    return response

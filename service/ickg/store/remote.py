"""A SPARQL 1.1 store elsewhere (Oxigraph server, Fuseki, GraphDB...), through SPARQLWrapper."""

from __future__ import annotations

import os
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from typing import Iterable, Iterator

import pyoxigraph as ox

from ickg.iris import PREFIXES, left_out
from ickg.sparql import formats
from ickg.sparql.formats import Format
from ickg.store.base import BaseStore, GraphName, Object, Subject
from ickg.store.errors import OverLimit, QuerySyntaxError, QueryTimeout, StoreError, UpdateNotAllowed
from ickg.store.evaluation import QueryResult


class RemoteStore(BaseStore):
    """A SPARQL 1.1 store elsewhere (Oxigraph server, Fuseki, GraphDB...), through SPARQLWrapper.

    The union default graph is made explicit with ``default-graph-uri``/``named-graph-uri`` for
    every named graph (stores disagree on what their default graph is). Results are fetched as
    SPARQL JSON or N-Triples and re-serialized here, so the row cap and formats are the same as
    for the local store. The timeout is the HTTP client's: the remote server may keep working.
    Its content can change behind our back, so its answers are not cached.
    """

    cacheable = False
    GRAPH_LIST_TTL = 30.0

    def __init__(self, query_url: str, *, update_url: str | None = None, gsp_url: str | None = None,
                 timeout: float = 60.0) -> None:
        self.query_url = query_url
        self.update_url = update_url
        self.gsp_url = gsp_url
        self.timeout = timeout
        self.accepts_update = update_url is not None
        self._graphs: list[str] | None = None
        self._graphs_at = 0.0
        self._generation = 0

    @property
    def version(self) -> str:
        return f"remote-{self._generation}"

    def _wrapper(self, text, *, return_format, timeout, default_graphs=(), named_graphs=()):
        from SPARQLWrapper import POST, SPARQLWrapper

        sw = SPARQLWrapper(self.query_url, updateEndpoint=self.update_url)
        sw.setMethod(POST)
        sw.setOnlyConneg(True)
        sw.setQuery(text)
        sw.setReturnFormat(return_format)
        sw.setTimeout(int(max(1, round(timeout if timeout is not None else self.timeout))))
        for g in default_graphs:
            sw.addDefaultGraph(g)
        for g in named_graphs:
            sw.addNamedGraph(g)
        return sw

    def _raw(self, sw):
        from SPARQLWrapper.SPARQLExceptions import QueryBadFormed, SPARQLWrapperException

        try:
            response = sw.query().response
            return response.read()
        except QueryBadFormed as err:
            raise QuerySyntaxError(str(err)) from None
        except (TimeoutError, socket.timeout) as err:
            raise QueryTimeout(f"the remote store did not answer in time: {err}") from None
        except urllib.error.URLError as err:
            if isinstance(err.reason, (TimeoutError, socket.timeout)):
                raise QueryTimeout(f"the remote store did not answer in time: {err.reason}") from None
            raise StoreError(f"remote store unreachable: {err.reason}") from None
        except SPARQLWrapperException as err:
            raise StoreError(f"remote store error: {err}") from None

    def named_graphs(self) -> list[str]:
        now = time.monotonic()
        if self._graphs is None or now - self._graphs_at > self.GRAPH_LIST_TTL:
            from SPARQLWrapper import JSON

            raw = self._raw(self._wrapper("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }",
                                          return_format=JSON, timeout=None))
            solutions = _solutions(raw)
            self._graphs = sorted(s["g"].value for s in solutions if isinstance(s["g"], ox.NamedNode))
            self._graphs_at = now
        return self._graphs

    def quads_for_pattern(self, subject: Subject | None = None, predicate: ox.NamedNode | None = None,
                          object: Object | None = None, graph_name: GraphName | None = None) -> Iterator[ox.Quad]:
        from SPARQLWrapper import JSON

        def term(value: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple | ox.DefaultGraph | None,
                 var: str) -> str:
            return str(value) if value is not None else var

        graph = term(graph_name, "?g")
        text = (f"SELECT ?s ?p ?o ?g WHERE {{ GRAPH {graph} {{ {term(subject, '?s')} "
                f"{term(predicate, '?p')} {term(object, '?o')} }} }}")
        raw = self._raw(self._wrapper(text, return_format=JSON, timeout=None))
        for s in _solutions(raw):  # a position given in the pattern is not in the solutions
            yield ox.Quad(s["s"] or subject, s["p"] or predicate, s["o"] or object,  # type: ignore[arg-type]
                          s["g"] or graph_name)

    def query(self, text: str, *, default_graphs: Iterable[str] | None = None,
              named_graphs: Iterable[str] | None = None, infer: bool = True,
              timeout: float | None = None, max_rows: int | None = None, fmt: Format | str = "json",
              query_dataset: bool = False, max_bytes: int | None = None,
              client: str | None = None, extracted: bool = False) -> QueryResult:
        from SPARQLWrapper import JSON, TURTLE

        if isinstance(fmt, str):
            found = formats.by_name("results", fmt) or formats.by_name("graph", fmt)
            if found is None:
                raise ValueError(f"no such format: {fmt!r}")
            fmt = found
        graph_kind = fmt in formats.GRAPH_FORMATS
        if default_graphs is not None or named_graphs is not None:
            dg, ng = list(default_graphs or ()), list(named_graphs or ())
        elif query_dataset:
            dg, ng = [], []
        else:
            graphs = self.named_graphs()
            excluded = left_out(infer=infer, extracted=extracted)
            dg = [g for g in graphs if g not in excluded]
            ng = dg
        sw = self._wrapper(text, return_format=TURTLE if graph_kind else JSON, timeout=timeout,
                           default_graphs=dg, named_graphs=ng)
        raw = self._raw(sw)
        if graph_kind:
            triples = (q if isinstance(q, ox.Triple) else ox.Triple(q.subject, q.predicate, q.object)
                       for q in ox.parse(raw, format=ox.RdfFormat.TURTLE))
            try:
                body, rows, truncated = formats.serialize_triples(triples, fmt, max_rows=max_rows,
                                                                  prefixes=PREFIXES, max_bytes=max_bytes)
            except formats.AnswerTooLarge as err:
                raise OverLimit(str(err)) from None
            return QueryResult(body, fmt.media_type, "graph", rows, truncated, max_rows)
        parsed = ox.parse_query_results(raw, format=ox.QueryResultsFormat.JSON)
        if graph_kind is False and fmt not in formats.RESULT_FORMATS:
            fmt = formats.RESULT_FORMATS[0]
        if isinstance(parsed, ox.QueryBoolean):
            return QueryResult(formats.serialize_boolean(bool(parsed), fmt), fmt.media_type, "boolean", 1, False, max_rows)
        names = [v.value for v in parsed.variables]
        try:
            body, rows, truncated = formats.serialize_solutions(names, parsed, fmt, max_rows=max_rows,
                                                                max_bytes=max_bytes)
        except formats.AnswerTooLarge as err:
            raise OverLimit(str(err)) from None
        return QueryResult(body, fmt.media_type, "results", rows, truncated, max_rows)

    def update(self, text: str, *, timeout: float | None = None) -> None:
        if self.update_url is None:
            raise UpdateNotAllowed("no update endpoint configured for the remote store")
        from SPARQLWrapper import POST, SPARQLWrapper

        sw = SPARQLWrapper(self.query_url, updateEndpoint=self.update_url)
        sw.setMethod(POST)
        sw.setQuery(text)
        sw.setTimeout(int(max(1, round(timeout if timeout is not None else self.timeout))))
        self._raw(sw)
        self._changed()

    def _changed(self):
        self._generation += 1
        self._graphs = None

    def load(self, source: Iterable[ox.Quad] | str | os.PathLike[str], *,
             format: ox.RdfFormat | None = None) -> dict[str, int]:
        """Replace graphs of the remote store with those in ``source`` (see :func:`load_remote`)."""
        if self.gsp_url is None:
            raise UpdateNotAllowed("no Graph Store Protocol URL configured for the remote store")
        counts = load_remote(self.gsp_url, source, format=format, timeout=self.timeout)
        self._changed()
        return counts


def load_remote(gsp_url: str, source: Iterable[ox.Quad] | str | os.PathLike[str] | bytes, *,
                format: ox.RdfFormat | None = None, timeout: float = 60.0) -> dict[str, int]:
    """Push a dataset to a remote store, one Graph Store Protocol PUT per graph.

    Each graph present in ``source`` replaces the remote graph of the same name; other remote
    graphs are left alone. Triples in the default graph go to ``?default``.

    Args:
        gsp_url: the store's Graph Store Protocol endpoint (Oxigraph: ``http://host:7878/store``).
        source: an iterable of pyoxigraph ``Quad``, a path to an RDF dataset file, or the bytes
            of one (N-Quads unless ``format`` says otherwise).
        format: pyoxigraph ``RdfFormat`` of the file when its extension does not say.

    Returns:
        ``{graph IRI or "default": triple count}``.

    Raises:
        StoreError: when the remote store refuses a graph.
    """
    quads: Iterable[ox.Quad]
    if isinstance(source, (str, os.PathLike)):
        quads = ox.parse(path=str(source), format=format)
    elif isinstance(source, (bytes, bytearray)):  # what `ickg build --store-url` hands over
        quads = ox.parse(bytes(source), format=format or ox.RdfFormat.N_QUADS)
    else:
        quads = source
    by_graph: dict[str, list[ox.Triple]] = {}
    for quad in quads:
        graph = quad.graph_name
        key = graph.value if isinstance(graph, ox.NamedNode) else "default"
        by_graph.setdefault(key, []).append(ox.Triple(quad.subject, quad.predicate, quad.object))
    counts = {}
    for key, triples in by_graph.items():
        target = gsp_url + ("&" if "?" in gsp_url else "?")
        target += "default" if key == "default" else "graph=" + urllib.parse.quote(key, safe="")
        body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
        request = urllib.request.Request(target, data=body, method="PUT",
                                         headers={"Content-Type": "application/n-triples"})
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                response.read()
        except urllib.error.HTTPError as err:
            raise StoreError(f"PUT {key} refused by {gsp_url}: {err.code} {err.read()[:500]!r}") from None
        except urllib.error.URLError as err:
            raise StoreError(f"cannot reach {gsp_url}: {err.reason}") from None
        counts[key] = len(triples)
    return counts


def _solutions(raw: bytes) -> ox.QuerySolutions:
    """The solutions of a SELECT answer in SPARQL JSON (an ASK answer here is the remote's error)."""
    parsed = ox.parse_query_results(raw, format=ox.QueryResultsFormat.JSON)
    if not isinstance(parsed, ox.QuerySolutions):
        raise StoreError("the remote store answered a SELECT query with a boolean")
    return parsed

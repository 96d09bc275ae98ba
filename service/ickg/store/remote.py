"""A SPARQL 1.1 store elsewhere (Oxigraph server, Virtuoso, Fuseki, GraphDB...), over HTTP.

What makes a remote store behave like the embedded one:

- **The dataset is ickg's named graphs** (``https://w3id.org/ickg/graph/...``), whatever else the
  store holds: they are sent as ``default-graph-uri`` and ``named-graph-uri`` with every query
  (stores disagree on what their default graph is, and Virtuoso's holds its own system graphs).
- **Blank nodes** come back in whatever labels the store writes (Virtuoso: ``nodeID://b10210``
  in SPARQL JSON, which no RDF parser accepts) and are relabelled before parsing.
- **Answers are re-serialized here**, so the row cap and the formats are the local store's.
- **Errors carry an HTTP status** (:mod:`ickg.store.remote_http`): 502 when the store cannot be
  reached or fails, 504 when it does not answer in time; a 400 from the store is the query's
  fault (:class:`QuerySyntaxError`). Messages name the URL and the store's status.
- **Logins** (basic or digest) come from the environment or a file, never from the URL.
- **The build it holds** is marked in a graph of its own (:data:`BUILD_MARK_GRAPH`, outside
  ickg's dataset): the id of the build that loaded it, written after the load's last batch and
  removed before its first (and before any SPARQL Update through ickg). A server with the text
  index of that build (:mod:`ickg.store.remote_index`) searches with it; otherwise by a scan.

Its content can change behind our back, so its answers are not cached. The timeout is the HTTP
client's: the remote server may keep working after we gave up.
"""

from __future__ import annotations

import json
import os
import re
import time
import urllib.parse
from typing import Any, Iterable, Iterator

import pyoxigraph as ox

from ickg.iris import BASE, DCTERMS, GRAPH, PREFIXES, left_out
from ickg.sparql import formats
from ickg.sparql.formats import Format
from ickg.store import remote_search
from ickg.store.base import BaseStore, GraphName, Object, Subject
from ickg.store.errors import OverLimit, QuerySyntaxError, StoreError, UpdateNotAllowed
from ickg.store.evaluation import QueryResult
from ickg.store.remote_index import RemoteIndexes
from ickg.store.remote_http import (Credentials, RemoteHTTP, RemoteRefused, credentials_from, default_urls,
                                    detect_kind, refuse_userinfo)

RESULTS_JSON = "application/sparql-results+json"
GRAPH_TURTLE = "text/turtle"
# Where a load marks the build it loaded: not under GRAPH, so never in the dataset queries see.
BUILD_MARK_GRAPH = BASE + "build"
_BUILD_ID = DCTERMS + "identifier"


class RemoteStore(BaseStore):
    """A SPARQL 1.1 store elsewhere, queried over the SPARQL protocol with ickg's graphs as its dataset.

    Updates go to ``update_url`` only when one is given (the endpoint in front stays read-only
    otherwise). ``gsp_url``, where loads go, defaults to the one the store's kind has beside
    ``query_url`` (:func:`ickg.store.remote_http.default_urls`: Oxigraph's ``/store``, Virtuoso's
    ``/sparql-graph-crud-auth`` when a login is given); the kind is read from the ``Server``
    header of the store's answers the first time it is needed.
    """

    cacheable = False
    GRAPH_LIST_TTL = 30.0

    def __init__(self, query_url: str, *, update_url: str | None = None, gsp_url: str | None = None,
                 timeout: float = 60.0, credentials: Credentials | None = None, kind: str | None = None,
                 data_dir: str | os.PathLike[str] | None = None) -> None:
        self.query_url = refuse_userinfo(query_url)
        self.http = RemoteHTTP(credentials, timeout=timeout)
        self.timeout = timeout
        self._kind = kind
        self.update_url = refuse_userinfo(update_url, "--update-url") if update_url else None
        self.accepts_update = self.update_url is not None
        self._gsp_url = refuse_userinfo(gsp_url, "--gsp-url") if gsp_url else None
        self._graphs: list[str] | None = None
        self._graphs_at = 0.0
        self._generation = 0
        # where the text index of the build the store holds may be (None: search by a scan)
        self.indexes = RemoteIndexes(data_dir, self.build_mark) if data_dir is not None else None

    # -- what the store is ----------------------------------------------------------------------

    @property
    def kind(self) -> str:
        """``"oxigraph"``, ``"virtuoso"`` or ``"generic"`` (asked once)."""
        if self._kind is None:
            self._kind = detect_kind(self.http, self.query_url)
        return self._kind

    @property
    def gsp_url(self) -> str:
        if self._gsp_url is None:
            found = default_urls(self.kind, self.query_url, authenticated=self.http.credentials is not None)["gsp"]
            return found or self.query_url
        return self._gsp_url

    @property
    def version(self) -> str:
        return f"remote-{self._generation}"

    # -- HTTP -----------------------------------------------------------------------------------

    def _post(self, url: str, fields: list[tuple[str, str]], accept: str, timeout: float | None) -> bytes:
        body = urllib.parse.urlencode(fields).encode("utf-8")
        headers = {"Accept": accept, "Content-Type": "application/x-www-form-urlencoded"}
        try:
            _, _, data = self.http.request("POST", url, data=body, headers=headers,
                                           timeout=self.timeout if timeout is None else timeout)
        except RemoteRefused as err:
            if err.status == 400:  # the store could not read the query: the client's fault
                raise QuerySyntaxError(str(err)) from None
            raise
        return data

    def _select(self, text: str, *, default_graphs: Iterable[str] = (), named_graphs: Iterable[str] = (),
                timeout: float | None = None) -> ox.QuerySolutions:
        raw = self._post(self.query_url, _dataset_fields(text, "query", default_graphs, named_graphs),
                         RESULTS_JSON, timeout)
        parsed = parse_results(raw, self.query_url)
        if not isinstance(parsed, ox.QuerySolutions):
            raise StoreError(f"{self.query_url} answered a SELECT query with a boolean")
        return parsed

    # -- the store interface --------------------------------------------------------------------

    def named_graphs(self) -> list[str]:
        """ickg's named graphs in the store (those under ``https://w3id.org/ickg/graph/``), sorted."""
        now = time.monotonic()
        if self._graphs is None or now - self._graphs_at > self.GRAPH_LIST_TTL:
            text = ("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } "
                    f"FILTER(STRSTARTS(STR(?g), {json.dumps(GRAPH)})) }}")
            solutions = self._select(text)
            self._graphs = sorted({s["g"].value for s in solutions
                                   if isinstance(s["g"], ox.NamedNode) and s["g"].value.startswith(GRAPH)})
            self._graphs_at = now
        return self._graphs

    def quads_for_pattern(self, subject: Subject | None = None, predicate: ox.NamedNode | None = None,
                          object: Object | None = None, graph_name: GraphName | None = None) -> Iterator[ox.Quad]:
        def term(value: Any, var: str) -> str:
            return str(value) if value is not None else var

        graph = term(graph_name, "?g")
        text = (f"SELECT ?s ?p ?o ?g WHERE {{ GRAPH {graph} {{ {term(subject, '?s')} "
                f"{term(predicate, '?p')} {term(object, '?o')} }} }}")
        graphs = self.named_graphs()
        for s in self._select(text, named_graphs=graphs):  # a position given is not in the solutions
            yield ox.Quad(s["s"] or subject, s["p"] or predicate, s["o"] or object,  # type: ignore[arg-type]
                          s["g"] or graph_name)

    def query(self, text: str, *, default_graphs: Iterable[str] | None = None,
              named_graphs: Iterable[str] | None = None, infer: bool = True,
              timeout: float | None = None, max_rows: int | None = None, fmt: Format | str = "json",
              query_dataset: bool = False, max_bytes: int | None = None,
              client: str | None = None, extracted: bool = False) -> QueryResult:
        if isinstance(fmt, str):
            found = formats.by_name("results", fmt) or formats.by_name("graph", fmt)
            if found is None:
                raise ValueError(f"no such format: {fmt!r}")
            fmt = found
        graph_kind = fmt in formats.GRAPH_FORMATS
        if remote_search.mentions(text):  # ickg:search(?x, "words") answered here, from the text index
            text = remote_search.rewrite(text, self._search_scores)
        if default_graphs is not None or named_graphs is not None:
            dg, ng = list(default_graphs or ()), list(named_graphs or ())
        elif query_dataset:  # the query's own FROM / FROM NAMED
            dg, ng = [], []
        else:
            excluded = left_out(infer=infer, extracted=extracted)
            dg = [g for g in self.named_graphs() if g not in excluded]
            ng = dg
        raw = self._post(self.query_url, _dataset_fields(text, "query", dg, ng),
                         GRAPH_TURTLE if graph_kind else RESULTS_JSON, timeout)
        if graph_kind:
            triples = (q if isinstance(q, ox.Triple) else ox.Triple(q.subject, q.predicate, q.object)
                       for q in _parse_graph(raw, self.query_url))
            try:
                body, rows, truncated = formats.serialize_triples(triples, fmt, max_rows=max_rows,
                                                                  prefixes=PREFIXES, max_bytes=max_bytes)
            except formats.AnswerTooLarge as err:
                raise OverLimit(str(err)) from None
            return QueryResult(body, fmt.media_type, "graph", rows, truncated, max_rows)
        parsed = parse_results(raw, self.query_url)
        if fmt not in formats.RESULT_FORMATS:
            fmt = formats.RESULT_FORMATS[0]
        if isinstance(parsed, ox.QueryBoolean):
            return QueryResult(formats.serialize_boolean(bool(parsed), fmt), fmt.media_type, "boolean", 1, False,
                               max_rows)
        names = [v.value for v in parsed.variables]
        try:
            body, rows, truncated = formats.serialize_solutions(names, parsed, fmt, max_rows=max_rows,
                                                                max_bytes=max_bytes)
        except formats.AnswerTooLarge as err:
            raise OverLimit(str(err)) from None
        return QueryResult(body, fmt.media_type, "results", rows, truncated, max_rows)

    def update(self, text: str, *, timeout: float | None = None) -> None:
        if self.update_url is None:
            raise UpdateNotAllowed("no update endpoint configured for the remote store (--update-url)")
        # The store stops being the build it was marked with (its text index would be stale).
        self._post(self.update_url, [("update", f"DROP SILENT GRAPH <{BUILD_MARK_GRAPH}>")], "*/*", timeout)
        self._post(self.update_url, [("update", text)], "*/*", timeout)
        self._changed()

    # -- the build it holds -----------------------------------------------------------------------

    def build_mark(self) -> str | None:
        """The id of the ickg build the store holds whole (:data:`BUILD_MARK_GRAPH`), or None."""
        text = f"SELECT ?id WHERE {{ GRAPH <{BUILD_MARK_GRAPH}> {{ <{BUILD_MARK_GRAPH}> <{_BUILD_ID}> ?id }} }}"
        found = sorted(s["id"].value for s in self._select(text, named_graphs=[BUILD_MARK_GRAPH])
                       if isinstance(s["id"], ox.Literal))
        return found[0] if len(found) == 1 else None

    def set_build_mark(self, build_id: str | None, *, retries: int = 5) -> None:
        """Mark the store as holding build ``build_id`` (None: as holding no build of ickg's),
        through the Graph Store Protocol."""
        from ickg.store import remote_load

        target = remote_load.Target(self.kind, self.gsp_url, self.http)
        remote_load.clear_graph(target, BUILD_MARK_GRAPH, retries)
        if build_id is not None:
            mark = ox.Triple(ox.NamedNode(BUILD_MARK_GRAPH), ox.NamedNode(_BUILD_ID), ox.Literal(build_id))
            remote_load.add_triples(target, BUILD_MARK_GRAPH, [mark], retries)

    def _search_scores(self, words: str) -> dict:
        scores = self.indexes.search_scores(words) if self.indexes is not None else None
        if scores is None:
            where = f" in {self.indexes.data_dir}" if self.indexes is not None else ""
            raise QuerySyntaxError(f"{remote_search.FORM} needs the text index of the build this remote store holds, "
                                   f"and there is none{where} (the index is written by `ickg build --store-url` "
                                   "in its data directory: serve with --data-dir DIR); /search.json works without it")
        return scores

    def text_index(self):
        """The text index of the build the store holds, when the data directory given holds it
        (:class:`ickg.store.remote_index.RemoteIndexes`); else None (search by a scan)."""
        return self.indexes.current() if self.indexes is not None else None

    def _changed(self) -> None:
        self._generation += 1
        self._graphs = None
        if self.indexes is not None:  # its mark was dropped or replaced
            self.indexes.forget()

    def load(self, source: Iterable[ox.Quad] | str | os.PathLike[str] | bytes, *,
             format: ox.RdfFormat | None = None, build_id: str | None = None, **options: Any) -> Any:
        """Replace the store's graphs with those in ``source`` (:func:`ickg.store.remote_load.load`).

        The store's build mark is removed first, and set to ``build_id`` (if given) once the
        whole source is loaded: a load cut short leaves a store marked as no build."""
        from ickg.store import remote_load

        target = remote_load.Target(self.kind, self.gsp_url, self.http)
        try:
            self.set_build_mark(None)
            report = remote_load.load(target, source, format=format, **options)
            if build_id is not None:
                self.set_build_mark(build_id)
            return report
        finally:
            self._changed()


def open_remote_store(query_url: str, *, update_url: str | None = None, gsp_url: str | None = None,
                      timeout: float = 60.0, credentials: Credentials | None = None,
                      credentials_file: str | os.PathLike[str] | None = None,
                      data_dir: str | os.PathLike[str] | None = None) -> RemoteStore:
    """A :class:`RemoteStore`; its login is ``credentials``, else read by
    :func:`ickg.store.remote_http.credentials_from` (``credentials_file``, then the environment).
    ``data_dir``: where to look for the text index of the build the store holds."""
    if credentials is None:
        credentials = credentials_from(credentials_file)
    return RemoteStore(query_url, update_url=update_url, gsp_url=gsp_url, timeout=timeout, credentials=credentials,
                       data_dir=data_dir)


def check_remote(store_url: str, *, gsp_url: str | None = None, credentials: Credentials | None = None,
                 credentials_file: str | os.PathLike[str] | None = None, timeout: float = 30.0) -> str:
    """The kind of the remote store at ``store_url``, once it answered a Graph Store Protocol
    read with the login given: a build checks this before its minutes of work, not after.

    Raises:
        CredentialsError: a URL with a login in it, an unreadable credentials file.
        RemoteUnavailable, RemoteTimeout, RemoteRefused: the store cannot be reached, or refused
            the login (the message says which, and where the login goes).
    """
    if credentials is None:
        credentials = credentials_from(credentials_file)
    store = RemoteStore(store_url, gsp_url=gsp_url, timeout=timeout, credentials=credentials)
    probe = store.gsp_url + ("&" if "?" in store.gsp_url else "?") + "graph=" + urllib.parse.quote(
        GRAPH + "ickg-check-no-such-graph", safe="")
    try:
        store.http.request("GET", probe, headers={"Accept": "application/n-triples"})
    except RemoteRefused as err:
        if err.status not in (404, 400, 405, 406):  # no such graph, or a store fussy about reads: reached
            raise
    return store.kind


def load_remote(store_url: str, source: Iterable[ox.Quad] | str | os.PathLike[str] | bytes, *,
                gsp_url: str | None = None, format: ox.RdfFormat | None = None, timeout: float = 300.0,
                credentials: Credentials | None = None, credentials_file: str | os.PathLike[str] | None = None,
                state_path: str | os.PathLike[str] | None = None, build_id: str | None = None,
                **options: Any) -> Any:
    """Load a dataset into the remote store at ``store_url`` in bounded batches; a
    :class:`ickg.store.remote_load.LoadReport` (``.graphs``: quads per graph, ``.method``).

    ``store_url`` is the store's query URL (its kind and Graph Store Protocol URL follow from it)
    or, for a store of unknown kind, its Graph Store Protocol URL. ``source``: a path to an RDF
    dataset (N-Quads unless its extension or ``format`` says otherwise: what ``ickg build`` hands
    over is its spool file), its bytes, or pyoxigraph quads. ``state_path``: where a failed load
    leaves how far it got, for the next load of the same source to resume from. ``build_id``:
    the mark the store carries once the load is complete (:meth:`RemoteStore.set_build_mark`).
    """
    if credentials is None:
        credentials = credentials_from(credentials_file)
    store = RemoteStore(store_url, gsp_url=gsp_url, timeout=timeout, credentials=credentials)
    return store.load(source, format=format, state_path=state_path, build_id=build_id, **options)


# ---------------------------------------------------------------------------------------------
# Reading what a store answers


def _dataset_fields(text: str, name: str, default_graphs: Iterable[str],
                    named_graphs: Iterable[str]) -> list[tuple[str, str]]:
    fields = [(name, text)]
    fields += [("default-graph-uri", g) for g in default_graphs]
    fields += [("named-graph-uri", g) for g in named_graphs]
    return fields


_VALID_BNODE = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]*\Z")


def bnode_label(label: str) -> str:
    """A blank-node label every parser accepts, the same for the same ``label`` (Virtuoso's
    ``nodeID://b10210`` -> ``b10210``; any other odd label -> ``x`` + its hex)."""
    if _VALID_BNODE.match(label) and not label.endswith("."):
        return label
    if label.startswith("nodeID://") and _VALID_BNODE.match(label[9:]):
        return "nodeID_" + label[9:]
    return "x" + label.encode("utf-8").hex()


def parse_results(raw: bytes, url: str = "the store") -> ox.QuerySolutions | ox.QueryBoolean:
    """A SPARQL JSON results document, blank nodes relabelled (:func:`bnode_label`) where needed.

    pyoxigraph parses the rows lazily (a bad blank node raises while the answer is being
    written), so an answer with blank nodes is read and relabelled first.
    """
    try:
        if b'"bnode"' in raw:
            document = json.loads(raw)
            for row in document.get("results", {}).get("bindings", ()):
                for value in row.values():
                    _relabel(value)
            raw = json.dumps(document).encode("utf-8")
        return ox.parse_query_results(raw, format=ox.QueryResultsFormat.JSON)
    except (ValueError, SyntaxError, AttributeError) as err:
        raise StoreError(f"{url} answered with SPARQL JSON that cannot be read: {err}") from None


def _relabel(term: dict) -> None:
    kind = term.get("type")
    if kind == "bnode":
        term["value"] = bnode_label(term["value"])
    elif kind == "triple":
        for part in term.get("value", {}).values():
            _relabel(part)


_NODEID_IRI = re.compile(rb"<nodeID://([A-Za-z0-9_]+)>")


def _parse_graph(raw: bytes, url: str) -> Iterator[ox.Triple | ox.Quad]:
    """A Turtle answer (Virtuoso writes its blank nodes as ``<nodeID://b1>`` IRIs in some answers)."""
    data = _NODEID_IRI.sub(rb"_:nodeID_\1", raw) if b"<nodeID://" in raw else raw
    try:
        return iter(list(ox.parse(data, format=ox.RdfFormat.TURTLE)))
    except SyntaxError as err:
        raise StoreError(f"{url} answered with Turtle that cannot be read: {err}") from None

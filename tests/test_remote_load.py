"""ickg's remote loader (:mod:`ickg.store.remote_load`) against the session's real ``oxigraph serve``
and Virtuoso 7 (``remote_stores.py``): bounded batches, blank-node groups kept whole, graphs
replaced, and a load cut off half way resumed from where it stopped, by the next load of the
same dataset written in another order.

The cut is made by a real HTTP proxy on loopback in front of Oxigraph that drops the connection
of every request after the first few, as a network that fails would.
"""

from __future__ import annotations

import http.server
import json
import threading
import urllib.error
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest

from ickg.store import StoreError, load_remote, open_remote
from ickg.store.remote_load import batches

GRAPH = "https://w3id.org/ickg/graph/"
EX = "https://example.org/load/"
FIRST = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#first")
REST = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#rest")
NIL = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#nil")
LISTS, LIST_LENGTH = 40, 5


def dataset(quads: int = 3000) -> list[ox.Quad]:
    """``quads`` plain quads over three graphs, then LISTS RDF lists of blank nodes (one group each)."""
    out = []
    for i in range(quads):
        graph = ox.NamedNode(GRAPH + ("asserted", "mentions", "provenance")[i % 3])
        out.append(ox.Quad(ox.NamedNode(f"{EX}s{i // 7}"), ox.NamedNode(f"{EX}p{i % 7}"), ox.Literal(f"value {i}"), graph))
    asserted = ox.NamedNode(GRAPH + "asserted")
    for n in range(LISTS):
        nodes = [ox.BlankNode() for _ in range(LIST_LENGTH)]
        out.append(ox.Quad(ox.NamedNode(f"{EX}list{n}"), ox.NamedNode(f"{EX}members"), nodes[0], asserted))
        for k, node in enumerate(nodes):
            out.append(ox.Quad(node, FIRST, ox.Literal(f"member {n}.{k}"), asserted))
            out.append(ox.Quad(node, REST, nodes[k + 1] if k + 1 < LIST_LENGTH else NIL, asserted))
    return out


def nquads_file(tmp_path: Path, quads) -> Path:
    path = tmp_path / "source.nq"
    path.write_bytes(ox.serialize(quads, format=ox.RdfFormat.N_QUADS))
    return path


def count(server, text: str) -> int:
    doc = server.select(text, default_graphs=server.ickg_graphs())
    return int(doc["results"]["bindings"][0]["n"]["value"])


WHOLE_LISTS = f"""SELECT (COUNT(*) AS ?n) WHERE {{ ?l <{EX}members> ?head .
  ?head <http://www.w3.org/1999/02/22-rdf-syntax-ns#rest>/<http://www.w3.org/1999/02/22-rdf-syntax-ns#rest>/
        <http://www.w3.org/1999/02/22-rdf-syntax-ns#rest>/<http://www.w3.org/1999/02/22-rdf-syntax-ns#rest>/
        <http://www.w3.org/1999/02/22-rdf-syntax-ns#rest> <http://www.w3.org/1999/02/22-rdf-syntax-ns#nil> }}"""


@pytest.fixture(params=["oxigraph", "virtuoso"])
def server(request):
    found = request.getfixturevalue(f"{request.param}_server")
    found.clear()
    yield found
    found.clear()


def test_load_goes_in_bounded_batches_and_keeps_blank_node_groups_whole(server, tmp_path, monkeypatch):
    if server.user:
        monkeypatch.setenv("ICKG_STORE_USER", server.user)
        monkeypatch.setenv("ICKG_STORE_PASSWORD", server.password)
    quads = dataset()
    # through the Graph Store Protocol on both stores (Virtuoso's bulk loader: test_remote_cli.py)
    report = load_remote(server.query_url, nquads_file(tmp_path, quads), batch_quads=500, bulk="never")
    assert report.quads == len(quads)
    assert report.batches >= len(quads) // 500
    assert count(server, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }") == len(quads)
    # every list came through whole: its five blank nodes were sent in one request
    assert count(server, WHOLE_LISTS) == LISTS
    # and the blank nodes come back however the store writes them (Virtuoso: nodeID://b10210)
    text = f"SELECT ?l ?head WHERE {{ ?l <{EX}members> ?head }} ORDER BY ?l"
    raw = server.select(text, default_graphs=server.ickg_graphs())["results"]["bindings"]
    assert len(raw) == LISTS and all(row["head"]["type"] == "bnode" for row in raw)
    if server.kind == "virtuoso":
        assert all(row["head"]["value"].startswith("nodeID://") for row in raw)
    answer = json.loads(open_remote(server.query_url).query(text, fmt="json").body)["results"]["bindings"]
    assert [row["l"] for row in answer] == [row["l"] for row in raw]
    assert all(row["head"]["type"] == "bnode" for row in answer)
    assert len({row["head"]["value"] for row in answer}) == LISTS


def test_a_second_load_replaces_the_graphs_it_names_and_leaves_the_others(oxigraph_server, tmp_path):
    oxigraph_server.clear()
    other = ox.Quad(ox.NamedNode(EX + "keep"), ox.NamedNode(EX + "p"), ox.Literal("kept"), ox.NamedNode(GRAPH + "other"))
    load_remote(oxigraph_server.query_url, [other])
    load_remote(oxigraph_server.query_url, nquads_file(tmp_path, dataset(300)), batch_quads=100)
    smaller = [q for q in dataset(30) if not isinstance(q.subject, ox.BlankNode)][:30]
    load_remote(oxigraph_server.query_url, smaller, batch_quads=100)
    assert count(oxigraph_server, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }") == 31
    oxigraph_server.clear()


class FlakyProxy:
    """A real HTTP proxy on loopback: forwards to ``upstream``, or, while ``fail_after`` requests
    have been forwarded already, drops the connection without an answer."""

    def __init__(self, upstream: str, fail_after: int | None = None):
        proxy = self
        self.upstream = upstream.rstrip("/")
        self.fail_after = fail_after
        self.forwarded = 0
        self.methods: list[str] = []  # of the requests forwarded
        self.server_header: str | None = None

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def version_string(self):  # the upstream's Server header: it says which store this is
                return proxy.server_header or super().version_string()

            def _forward(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else None
                if proxy.fail_after is not None and proxy.forwarded >= proxy.fail_after:
                    self.close_connection = True
                    self.connection.close()
                    return
                proxy.forwarded += 1
                proxy.methods.append(self.command)
                headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "connection")}
                request = urllib.request.Request(proxy.upstream + self.path, data=body, method=self.command,
                                                 headers=headers)
                try:
                    with urllib.request.urlopen(request, timeout=60) as response:
                        status, answer, reply = response.status, response.read(), response.headers
                except urllib.error.HTTPError as err:
                    status, answer, reply = err.code, err.read(), err.headers
                proxy.server_header = reply.get("Server") or proxy.server_header
                self.send_response(status)
                if reply.get("Content-Type"):
                    self.send_header("Content-Type", reply["Content-Type"])
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

            do_GET = do_POST = do_PUT = do_DELETE = _forward

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


def test_a_load_cut_off_half_way_resumes_where_it_stopped(oxigraph_server, tmp_path):
    oxigraph_server.clear()
    source = nquads_file(tmp_path, dataset(2000))
    state = tmp_path / "remote-load.json"
    proxy = FlakyProxy(oxigraph_server.base, fail_after=6)
    try:
        gsp = proxy.url + "/store"
        with pytest.raises(StoreError) as cut:
            load_remote(proxy.url + "/query", source, gsp_url=gsp, batch_quads=250, retries=1, state_path=state)
        assert proxy.url.split("//")[1] in str(cut.value)  # the message names where it failed
        saved = json.loads(state.read_text())
        assert 0 < saved["done"] < len(list(batches(source, batch_quads=250))), saved
        assert state.with_suffix(".nq").is_file()  # the source kept beside the state
        # The next build writes the same dataset in another order, with other blank-node labels.
        rebuilt = tmp_path / "rebuilt.nq"
        lines = source.read_bytes().splitlines(keepends=True)
        rebuilt.write_bytes(b"".join(reversed(lines)).replace(b"_:", b"_:again"))
        proxy.fail_after = None
        before = len(proxy.methods)
        report = load_remote(proxy.url + "/query", rebuilt, gsp_url=gsp, batch_quads=250, state_path=state)
        assert report.resumed_from == saved["done"]
        assert report.batches == len(list(batches(source, batch_quads=250))) - saved["done"]
        sent = proxy.methods[before:]
        # no graph of the dataset cleared again: the one DELETE is the build mark's (ickg.store.remote)
        assert sent.count("POST") == report.batches and sent.count("DELETE") == 1
        assert not state.exists() and not state.with_suffix(".nq").exists()
    finally:
        proxy.close()
    assert count(oxigraph_server, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }") == 2000 + LISTS * (1 + 2 * LIST_LENGTH)
    assert count(oxigraph_server, WHOLE_LISTS) == LISTS
    oxigraph_server.clear()


def test_a_digest_login_lasts_through_many_new_graphs(virtuoso_server, monkeypatch):
    # Each new graph costs a GSP DELETE answered 404 after the login; urllib's digest handler
    # counted those as failed logins and refused every request after the sixth.
    virtuoso_server.clear()
    monkeypatch.setenv("ICKG_STORE_USER", virtuoso_server.user)
    monkeypatch.setenv("ICKG_STORE_PASSWORD", virtuoso_server.password)
    quads = [ox.Quad(ox.NamedNode(f"{EX}s"), ox.NamedNode(f"{EX}p"), ox.Literal(str(i)), ox.NamedNode(f"{GRAPH}import/g{i}"))
             for i in range(10)]
    report = load_remote(virtuoso_server.query_url, quads, bulk="never")
    assert len(report.graphs) == 10
    assert len(virtuoso_server.ickg_graphs()) == 10
    virtuoso_server.clear()

"""The service over a remote SPARQL 1.1 store: a real ``oxigraph serve`` on a loopback port.

The data goes in through the Graph Store Protocol (:func:`ickg.store.load_remote`), the queries
through SPARQLWrapper, and ickg's own endpoint in front of it keeps its dataset rules, formats,
row cap and refusals.
"""

import json
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request

import pyoxigraph as ox
import pytest
import rdflib
from SPARQLWrapper import JSON, TURTLE, SPARQLWrapper

from conftest import PROGRAM_COUNT, sample_quads
from ickg import store as S
from ickg.namespaces import ASSERTED_GRAPH, ICKG, INFERRED_GRAPH

TOTAL = len(sample_quads())
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def oxigraph_server(tmp_path_factory):
    """``oxigraph serve`` (PyPI package ``oxigraph``) on 127.0.0.1, its data loaded by GSP PUTs."""
    binary = shutil.which("oxigraph")
    if binary is None:
        pytest.skip("the oxigraph command is not installed (pip install oxigraph)")
    port = free_port()
    location = tmp_path_factory.mktemp("oxigraph")
    proc = subprocess.Popen([binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            with urllib.request.urlopen(base + "/query?query=ASK%7B%7D", timeout=2):
                break
        except (urllib.error.URLError, ConnectionError):
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"oxigraph serve did not start: {proc.stderr.read()!r}")
            time.sleep(0.1)
    counts = S.load_remote(base + "/store", sample_quads())
    yield {"base": base, "query": base + "/query", "update": base + "/update", "store": base + "/store",
           "counts": counts}
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(scope="module")
def remote(oxigraph_server):
    return S.open_remote(oxigraph_server["query"], update_url=oxigraph_server["update"],
                         gsp_url=oxigraph_server["store"], timeout=30)


def count(store, text=COUNT, **options):
    return int(json.loads(store.query(text, fmt="json", **options).body)["results"]["bindings"][0]["n"]["value"])


def test_load_remote_put_one_graph_each(oxigraph_server):
    assert oxigraph_server["counts"][str(ASSERTED_GRAPH)] == 4 * PROGRAM_COUNT
    assert oxigraph_server["counts"][str(INFERRED_GRAPH)] == PROGRAM_COUNT
    # read back through the Graph Store Protocol
    url = oxigraph_server["store"] + "?graph=" + urllib.parse.quote(str(INFERRED_GRAPH), safe="")
    with urllib.request.urlopen(urllib.request.Request(url, headers={"Accept": "application/n-triples"})) as r:
        assert len(list(ox.parse(r.read(), format=ox.RdfFormat.N_TRIPLES))) == PROGRAM_COUNT


def test_remote_store_dataset_rules_match_the_local_store(remote):
    assert str(INFERRED_GRAPH) in remote.named_graphs()
    assert count(remote) == TOTAL
    assert count(remote, infer=False) == TOTAL - PROGRAM_COUNT
    graph_count = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{INFERRED_GRAPH}> {{ ?s ?p ?o }} }}"
    assert count(remote, graph_count) == PROGRAM_COUNT
    assert count(remote, default_graphs=[str(INFERRED_GRAPH)]) == PROGRAM_COUNT


def test_remote_store_formats_and_row_cap(remote):
    result = remote.query("SELECT ?s WHERE { ?s ?p ?o }", fmt="csv", max_rows=4)
    assert result.truncated and result.body.count(b"\r\n") == 5
    graph = remote.query(f"CONSTRUCT {{ ?p a <{ICKG['Program']}> }} WHERE {{ ?p a <{ICKG['Program']}> }}", fmt="turtle")
    assert len(rdflib.Graph().parse(data=graph.body, format="turtle")) == PROGRAM_COUNT
    with pytest.raises(S.QuerySyntaxError):
        remote.query("SELEC ?x")


def test_ickg_endpoint_in_front_of_the_remote_store(live_server, oxigraph_server):
    live = live_server(STORE_URL=oxigraph_server["query"], UPDATE_URL=oxigraph_server["update"],
                       GSP_URL=oxigraph_server["store"])
    sw = SPARQLWrapper(live.sparql)
    sw.setQuery(f"SELECT ?p WHERE {{ ?p a <{ICKG['Initiative']}> }}")
    sw.setReturnFormat(JSON)
    bindings = sw.query().convert()["results"]["bindings"]
    assert len(bindings) == PROGRAM_COUNT
    sw.setQuery(f"SELECT ?p WHERE {{ ?p a <{ICKG['Initiative']}> }}")
    sw.addParameter("infer", "false")
    assert sw.query().convert()["results"]["bindings"] == []
    sw = SPARQLWrapper(live.sparql)
    sw.setQuery("DESCRIBE <https://w3id.org/ickg/id/program/1>")
    sw.setReturnFormat(TURTLE)
    described = rdflib.Graph().parse(data=sw.query().convert(), format="turtle")
    assert (rdflib.URIRef("https://w3id.org/ickg/id/program/1"), rdflib.RDFS.label, None) in described
    # refusals happen in front of the remote store too
    request = urllib.request.Request(live.sparql + "?" + urllib.parse.urlencode(
        {"query": f"SELECT * WHERE {{ SERVICE <{oxigraph_server['base']}/query> {{ ?s ?p ?o }} }}"}))
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(request)
    assert err.value.code == 400


def test_update_through_the_remote_update_endpoint(oxigraph_server):
    store = S.open_remote(oxigraph_server["query"], update_url=oxigraph_server["update"],
                          gsp_url=oxigraph_server["store"])
    version = store.version
    store.update("INSERT DATA { GRAPH <https://w3id.org/ickg/graph/test> { <urn:r> <urn:p> 'remote' } }")
    assert store.version != version
    assert "https://w3id.org/ickg/graph/test" in store.named_graphs()
    store.update("DROP GRAPH <https://w3id.org/ickg/graph/test>")
    assert count(store) == TOTAL


def test_unreachable_remote_store_is_a_store_error():
    store = S.open_remote(f"http://127.0.0.1:{free_port()}/query", timeout=5)
    with pytest.raises(S.StoreError):
        store.query("ASK {}", fmt="json", default_graphs=[])

"""The service over a remote SPARQL 1.1 store: a real ``oxigraph serve`` on a loopback port.

The data goes in through ickg's remote loader (:func:`ickg.store.load_remote`: batches to the
Graph Store Protocol), the queries over the SPARQL protocol, and ickg's own endpoint in front of it
keeps its dataset rules, formats, row cap and refusals. The server is the session's
(``remote_stores.py``): started once, emptied before and after this module.
"""

import json
import urllib.error
import urllib.parse
import urllib.request

import pyoxigraph as ox
import pytest
import rdflib
from SPARQLWrapper import JSON, TURTLE, SPARQLWrapper

from conftest import PROGRAM_COUNT, sample_quads
from remote_stores import free_port
from ickg import store as S
from ickg.namespaces import ASSERTED_GRAPH, ICKG, INFERRED_GRAPH

TOTAL = len(sample_quads())
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture(scope="module")
def loaded(oxigraph_server):
    """The session's ``oxigraph serve`` (``remote_stores.py``), its data loaded by ickg's remote loader."""
    oxigraph_server.clear()
    report = S.load_remote(oxigraph_server.query_url, sample_quads())
    yield {"base": oxigraph_server.base, "query": oxigraph_server.query_url, "update": oxigraph_server.update_url,
           "store": oxigraph_server.gsp_url, "counts": report.graphs, "report": report}
    oxigraph_server.clear()


@pytest.fixture(scope="module")
def remote(loaded):
    return S.open_remote(loaded["query"], update_url=loaded["update"],
                         gsp_url=loaded["store"], timeout=30)


def count(store, text=COUNT, **options):
    return int(json.loads(store.query(text, fmt="json", **options).body)["results"]["bindings"][0]["n"]["value"])


def test_load_remote_sends_every_graph_in_batches(loaded):
    assert loaded["counts"][str(ASSERTED_GRAPH)] == 4 * PROGRAM_COUNT
    assert loaded["counts"][str(INFERRED_GRAPH)] == PROGRAM_COUNT
    # read back through the Graph Store Protocol
    url = loaded["store"] + "?graph=" + urllib.parse.quote(str(INFERRED_GRAPH), safe="")
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


def test_ickg_endpoint_in_front_of_the_remote_store(live_server, loaded):
    live = live_server(STORE_URL=loaded["query"], UPDATE_URL=loaded["update"],
                       GSP_URL=loaded["store"])
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
        {"query": f"SELECT * WHERE {{ SERVICE <{loaded['base']}/query> {{ ?s ?p ?o }} }}"}))
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(request)
    assert err.value.code == 400


def test_update_through_the_remote_update_endpoint(loaded):
    store = S.open_remote(loaded["query"], update_url=loaded["update"],
                          gsp_url=loaded["store"])
    version = store.version
    store.update("INSERT DATA { GRAPH <https://w3id.org/ickg/graph/test> { <urn:r> <urn:p> 'remote' } }")
    assert store.version != version
    assert "https://w3id.org/ickg/graph/test" in store.named_graphs()
    store.update("DROP GRAPH <https://w3id.org/ickg/graph/test>")
    assert count(store) == TOTAL


def test_unreachable_remote_store_is_a_store_error():
    store = S.open_remote(f"http://127.0.0.1:{free_port()}/query", timeout=5)
    with pytest.raises(S.StoreError) as err:
        store.query("ASK {}", fmt="json", default_graphs=[])
    assert err.value.http_status == 502 and "127.0.0.1" in str(err.value)

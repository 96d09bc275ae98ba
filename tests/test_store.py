"""The stores: versioned builds on disk, dataset options, in-memory store, start-up without rebuild."""

import json
import os
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from conftest import PROGRAM_COUNT, sample_quads
from ickg import store as S
from ickg.build.publish import ensure_store
from ickg.settings import default_data_dir
from ickg.namespaces import ASSERTED_GRAPH, INFERRED_GRAPH, ONTOLOGY_GRAPH

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
TOTAL = len(sample_quads())


def count(store, text=COUNT, **options):
    body = store.query(text, fmt="json", **options).body
    return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])


def test_default_graph_is_the_union_and_infer_false_leaves_out_the_inferred_graph(local_store):
    assert count(local_store) == TOTAL
    assert count(local_store, infer=False) == TOTAL - PROGRAM_COUNT


def test_named_graphs_stay_queryable_with_graph(local_store):
    text = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{INFERRED_GRAPH}> {{ ?s ?p ?o }} }}"
    assert count(local_store, text) == PROGRAM_COUNT
    assert count(local_store, text, infer=False) == 0
    assert str(ASSERTED_GRAPH) in local_store.named_graphs()


def test_protocol_dataset_replaces_the_default_dataset(local_store):
    assert count(local_store, default_graphs=[str(ONTOLOGY_GRAPH)]) == 2
    text = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    assert count(local_store, text, default_graphs=[str(ONTOLOGY_GRAPH)]) == 0
    assert count(local_store, text, named_graphs=[str(INFERRED_GRAPH)]) == PROGRAM_COUNT


def test_query_from_clause_is_honoured_when_no_protocol_dataset(local_store):
    text = f"SELECT (COUNT(*) AS ?n) FROM <{ONTOLOGY_GRAPH}> WHERE {{ ?s ?p ?o }}"
    assert count(local_store, text, query_dataset=True) == 2


def test_malformed_query_raises_query_syntax_error_with_position(local_store):
    with pytest.raises(S.QuerySyntaxError, match="1:"):
        local_store.query("SELEC ?x WHERE {}")


def test_row_cap_cuts_and_reports(local_store):
    result = local_store.query("SELECT ?s WHERE { ?s ?p ?o }", fmt="json", max_rows=5)
    assert result.truncated and result.rows == 5
    doc = json.loads(result.body)
    assert len(doc["results"]["bindings"]) == 5
    assert "5 rows" in doc["warning"]
    graph = local_store.query("CONSTRUCT WHERE { ?s ?p ?o }", fmt="ntriples", max_rows=3)
    assert graph.truncated
    assert len(list(ox.parse(graph.body, format=ox.RdfFormat.N_TRIPLES))) == 3


def test_build_swaps_in_a_new_version_and_a_running_store_sees_it(tmp_path):
    root = tmp_path / "build" / "store"
    first = S.replace_local_store(root, sample_quads())
    with S.open_local(root, workers=1) as store:
        assert store.version == first
        assert count(store) == TOTAL
        second = S.replace_local_store(root, sample_quads()[:10])
        assert second != first
        assert store.version == second
        assert count(store) == 10
        # the previous version stays on disk for queries already running; older ones go
        third = S.replace_local_store(root, sample_quads()[:4])
        names = sorted(p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith("."))
        assert names == sorted([second, third])
        assert count(store) == 4


def test_failed_build_leaves_the_previous_store_live(tmp_path):
    root = tmp_path / "build" / "store"
    first = S.replace_local_store(root, sample_quads())
    with S.open_local(root, workers=1) as store:
        with pytest.raises(SyntaxError):
            S.replace_local_store(root, b"<http://a> <http://b> this is not n-quads .\n", format=ox.RdfFormat.N_QUADS)
        assert S.current_version(root) == first
        assert count(store) == TOTAL
    assert not list(root.glob(".building-*"))


def test_build_from_an_nquads_file(tmp_path):
    path = tmp_path / "data.nq"
    path.write_bytes(ox.serialize(sample_quads(), format=ox.RdfFormat.N_QUADS))
    root = tmp_path / "store"
    S.replace_local_store(root, path)
    with S.open_local(root, workers=1) as store:
        assert count(store) == TOTAL


def test_ensure_store_builds_the_ontology_once_and_then_reuses_it(tmp_path):
    root = ensure_store(tmp_path)
    assert root == tmp_path / "build" / "store"
    version = S.current_version(root)
    with S.open_local(root, workers=1) as store:
        assert store.named_graphs() == [str(ONTOLOGY_GRAPH)]
        assert count(store) > 1000
    assert ensure_store(tmp_path) == root
    assert S.current_version(root) == version  # no rebuild on the second start


def test_default_data_dir_prefers_graph_data_in_the_current_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert default_data_dir() == Path.home() / ".local" / "share" / "ickg"
    (tmp_path / "graph_data").mkdir()
    assert default_data_dir() == tmp_path / "graph_data"


def test_update_on_a_writable_local_store_makes_a_new_version(tmp_path):
    root = tmp_path / "store"
    first = S.replace_local_store(root, sample_quads())
    with S.open_local(root, read_only=False, workers=1) as store:
        store.update(f"INSERT DATA {{ GRAPH <{ASSERTED_GRAPH}> {{ <urn:x> <urn:p> 'new' }} }}")
        assert store.version != first
        assert count(store) == TOTAL + 1
    with S.open_local(root, workers=1) as reader:
        with pytest.raises(S.UpdateNotAllowed):
            reader.update("INSERT DATA { <urn:x> <urn:p> 'no' }")


def test_memory_store_has_the_same_interface(dataset_quads):
    store = S.open_memory(dataset_quads)
    assert count(store) == TOTAL
    assert count(store, infer=False) == TOTAL - PROGRAM_COUNT
    version = store.version
    store.update("INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    assert store.version != version
    assert count(store) == TOTAL + 1
    ask = store.query("ASK { <urn:a> ?p ?o }", fmt="xml")
    assert b"<boolean>true</boolean>" in ask.body


def test_worker_processes_are_gone_after_close(tmp_path):
    root = tmp_path / "store"
    S.replace_local_store(root, sample_quads())
    store = S.open_local(root, workers=2)
    count(store)
    pids = store.pool.pids
    assert len(pids) == 2
    store.close()
    for pid in pids:
        assert not os.path.exists(f"/proc/{pid}") or "Z" in Path(f"/proc/{pid}/stat").read_text().split()[2]


def test_a_finished_version_is_compacted_into_fewer_table_files_with_the_same_quads(tmp_path):
    """A build loads its store by blocks, each block its own table files, and every term a query
    returns is looked up in each file whose keys it may be in; finish_version compacts them before
    the version is served (a 10,000-document store read its terms about ten times faster).

    Two blocks, whose keys overlap: RocksDB's own background compaction starts at more level-0
    files than that, so the count before is the count a version would be served with, however
    busy the machine. (With 40 blocks it compacted on its own meanwhile: 22-46 files right after
    the flush, 12-15 a second later, 9-10 after finish_version, so ``after < before / 2``
    depended on how far the background work had got.)"""
    from ickg.store.versions import finish_version

    store = ox.Store(str(tmp_path / "v"))
    graph = "<http://example.org/g>"
    for block in range(2):  # interleaved subjects: each block's keys overlap the other's
        lines = (f'<http://example.org/s{i * 2 + block}> <http://example.org/p> "v{i * 2 + block}" {graph} .\n'
                 for i in range(1_000))
        store.bulk_load(input="".join(lines).encode(), format=ox.RdfFormat.N_QUADS)
    store.flush()

    def table_files():
        return len(list((tmp_path / "v").glob("*.sst")))

    before = table_files()
    time.sleep(0.5)
    assert table_files() == before  # nothing compacts them in the background
    finish_version(store)
    after = table_files()
    assert after < before, (before, after)
    assert len(store) == 2_000
    assert str(next(store.quads_for_pattern(ox.NamedNode("http://example.org/s777"), None, None)).object) == '"v777"'


def test_the_default_graph_is_read_when_it_holds_triples_and_the_proposals_stay_out(tmp_path):
    # Workers leave a version's own default graph out of the default dataset when it is empty
    # (it costs pyoxigraph a lookup per pattern): one that holds a triple is still read.
    from ickg.iris import PROPOSED_GRAPH
    extra = [ox.Quad(ox.NamedNode("urn:in-default"), ox.NamedNode("urn:p"), ox.Literal("d"), ox.DefaultGraph()),
             ox.Quad(ox.NamedNode("urn:proposed"), ox.NamedNode("urn:p"), ox.Literal("x"), ox.NamedNode(PROPOSED_GRAPH))]
    for quads, expected in ((sample_quads() + extra[1:], TOTAL), (sample_quads() + extra, TOTAL + 1)):
        root = tmp_path / str(len(quads))
        S.replace_local_store(root, quads)
        with S.open_local(root, workers=1) as store:
            assert count(store) == expected
            assert count(store, extracted=True) == expected + 1
            assert count(store, "SELECT (COUNT(*) AS ?n) WHERE { <urn:in-default> ?p ?o }") == expected - TOTAL

"""The text index of a remote store (ickg.store.remote_index) and the build mark that ties it to
the store (ickg.store.remote), against a real ``oxigraph serve`` on loopback.

The index is used only while the store carries the id of the build that wrote it: a load cut
short, a SPARQL Update through ickg, or a load from another data directory leaves the store
without that id, and search falls back to a scan. A load the store refuses leaves the previous
index in place (stage, then swap). The end-to-end comparison of search pages with the embedded
store is in test_remote_cli.py.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from remote_stores import _wait_http, free_port, start_oxigraph
from ickg.iris import ASSERTED_GRAPH
from ickg.store import open_remote
from ickg.store import remote_index, textindex
from ickg.store.remote import BUILD_MARK_GRAPH

REPO = Path(__file__).resolve().parent.parent
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"


def _nquads(*labels: str) -> bytes:
    quads = [ox.Quad(ox.NamedNode(f"https://w3id.org/ickg/id/program/p{n}"), ox.NamedNode(LABEL), ox.Literal(label),
                     ox.NamedNode(ASSERTED_GRAPH)) for n, label in enumerate(labels)]
    return ox.serialize(quads, format=ox.RdfFormat.N_QUADS)


@pytest.fixture
def oxigraph(oxigraph_server):
    oxigraph_server.clear()
    yield oxigraph_server
    oxigraph_server.clear()


def test_the_build_mark_is_outside_the_dataset(oxigraph):
    store = open_remote(oxigraph.query_url)
    store.load(_nquads("Integrated care at home"), format=ox.RdfFormat.N_QUADS, build_id="build-1")
    assert store.build_mark() == "build-1"
    assert BUILD_MARK_GRAPH in oxigraph.graphs()
    assert store.named_graphs() == [ASSERTED_GRAPH]
    rows = store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", fmt="csv").body.decode().split()
    assert rows == ["n", "1"]


def test_a_load_cut_short_leaves_the_store_marked_as_no_build(oxigraph, tmp_path):
    store = open_remote(oxigraph.query_url)
    store.set_build_mark("build-1")
    broken = tmp_path / "broken.nq"
    broken.write_bytes(_nquads(*(f"program {n}" for n in range(10))) + b"<urn:s> <urn:p> this is not N-Quads .\n")
    with pytest.raises(SyntaxError):
        store.load(broken, format=ox.RdfFormat.N_QUADS, build_id="build-2", batch_quads=3)
    assert oxigraph.ickg_graphs() == [ASSERTED_GRAPH]  # batches went in before the bad line
    assert store.build_mark() is None


def test_an_update_through_ickg_drops_the_mark_and_the_index_with_it(oxigraph, tmp_path):
    data = tmp_path / "data"
    source = _nquads("Integrated care at home")
    store = open_remote(oxigraph.query_url, update_url=oxigraph.update_url, data_dir=data)
    remote_index.stage(data, "build-1", source)
    store.load(source, format=ox.RdfFormat.N_QUADS, build_id="build-1")
    remote_index.promote(data, "build-1", {})
    assert store.text_index() is not None
    store.update(f"INSERT DATA {{ GRAPH <{ASSERTED_GRAPH}> {{ <urn:a> <{LABEL}> \"new\" }} }}")
    assert store.build_mark() is None
    assert store.text_index() is None  # at once, not after the mark's time to live


def test_the_index_answers_only_while_the_store_holds_its_build(oxigraph, tmp_path):
    data = tmp_path / "data"
    store = open_remote(oxigraph.query_url)
    indexes = remote_index.RemoteIndexes(data, store.build_mark, ttl=0)
    assert indexes.state() == ("none", None, None) and indexes.current() is None
    assert "no text index for a remote store" in indexes.describe()

    source = _nquads("Integrated care at home", "Bundled payments")
    remote_index.stage(data, "build-1", source)
    assert indexes.state()[0] == "none"  # staged is not live
    store.load(source, format=ox.RdfFormat.N_QUADS, build_id="build-1")
    remote_index.promote(data, "build-1", {"store": oxigraph.query_url})
    assert indexes.state() == ("match", "build-1", "build-1")
    found = indexes.current().search("bundled")
    assert [r.resource for r in found] == ["https://w3id.org/ickg/id/program/p1"]
    scores = indexes.search_scores("integrated care")
    assert list(scores) == ["https://w3id.org/ickg/id/program/p0"]
    assert scores == indexes.current().scores("integrated care")
    assert remote_index.record(data)["build"] == "build-1"

    store.set_build_mark("build-from-elsewhere")  # another machine's build loaded the store
    assert indexes.state() == ("other", "build-1", "build-from-elsewhere")
    assert indexes.current() is None and indexes.search_scores("bundled") is None
    assert "searching by a SPARQL scan" in indexes.describe()


def test_the_mark_is_asked_again_when_this_data_directory_loads_a_new_build(oxigraph, tmp_path):
    data = tmp_path / "data"
    store = open_remote(oxigraph.query_url)
    indexes = remote_index.RemoteIndexes(data, store.build_mark, ttl=3600)
    for build in ("build-1", "build-2"):
        source = _nquads(f"Program of {build}")
        remote_index.stage(data, build, source)
        store.load(source, format=ox.RdfFormat.N_QUADS, build_id=build)
        remote_index.promote(data, build, {})
        assert indexes.state() == ("match", build, build)  # not the cached mark of the build before
    assert sorted(p.name for p in remote_index.remote_dir(data).iterdir() if p.is_dir()) == ["build-1", "build-2"]


def _data_dir(tmp: Path) -> Path:
    data = tmp / "data"
    for part in ("corpus", "curation"):
        shutil.copytree(REPO / "graph_data" / part, data / part)
    return data


def _ickg(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "ickg", *args], capture_output=True, text=True, timeout=600)


def test_a_load_the_store_refuses_leaves_the_previous_index(tmp_path):
    server = start_oxigraph(tmp_path)
    data = _data_dir(tmp_path)
    try:
        done = _ickg("build", "--data-dir", str(data), "--store-url", server.query_url, "--no-dl", "--no-reason")
        assert done.returncode == 0, done.stderr
    finally:
        server.stop()
    build = remote_index.live_build(data)
    index = remote_index.remote_dir(data) / build / textindex.INDEX_NAME
    assert build and index.is_file()
    before = index.stat().st_mtime_ns

    # The same store, read-only now: the next build's load is refused at its first write.
    port = free_port()
    log = tmp_path / "read-only.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen([shutil.which("oxigraph"), "serve-read-only", "--location", str(tmp_path / "db"),
                                 "--bind", f"127.0.0.1:{port}"], stdout=out, stderr=subprocess.STDOUT)
    try:
        url = f"http://127.0.0.1:{port}/query"
        _wait_http(url + "?query=ASK%7B%7D", proc, log, 30)
        failed = _ickg("build", "--data-dir", str(data), "--store-url", url, "--no-dl", "--no-reason")
        assert failed.returncode != 0 and "Traceback" not in failed.stderr, failed.stderr
        assert "load:" in failed.stderr and url.rsplit("/", 1)[0] in failed.stderr, failed.stderr
        assert remote_index.live_build(data) == build
        assert index.stat().st_mtime_ns == before
        assert not [p for p in remote_index.remote_dir(data).iterdir() if p.name.startswith(".staged-")]
        # the store still holds that build, so the index still answers for it
        store = open_remote(url)
        assert remote_index.RemoteIndexes(data, store.build_mark).state() == ("match", build, build)
    finally:
        proc.terminate()
        proc.wait(timeout=20)

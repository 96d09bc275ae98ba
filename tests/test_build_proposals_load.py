"""The proposals' bulk load runs beside the reasoner (``ickg.build.stages._BackgroundLoad``).

The proposals shown need only the asserted lines' hashes, and the reasoner needs none of the
store, so the build loads the proposals on a thread of its own while it reasons. What must hold:
the load is under way while the reasoner runs; the store then holds exactly the spool's quads
(the proposals and the reasoner's lines included, each once); and a reasoner that fails stops the
load, no thread still writing into the store the failed build removes.
"""

import sys
import threading
from pathlib import Path

import pyoxigraph as ox
import pytest

import ickg.reason.materialise as materialise_module
from ickg.build.stages import build_dataset
from ickg.namespaces import INFERRED_GRAPH, PROPOSED_GRAPH, PROPOSED_PROVENANCE_GRAPH

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import synthetic  # noqa: E402


def _proposal_loads():
    return [t for t in threading.enumerate() if t.name == "ickg-proposals-load" and t.is_alive()]


def _named(store):
    """The store's quads without blank nodes (each load labels them its own way), as text."""
    return {str(q) for q in store if not any(isinstance(t, ox.BlankNode) for t in (q.subject, q.object))}


def _observing_reasoner(monkeypatch, seen, *, fail=False):
    """The real reasoner, noting whether the proposals' load was running when it was called."""
    real = materialise_module.materialise

    def materialise(*args, **kwargs):
        seen.append(bool(_proposal_loads()))
        result = real(*args, **kwargs)
        if fail:
            raise RuntimeError("the reasoner failed")
        return result

    monkeypatch.setattr(materialise_module, "materialise", materialise)


def test_the_proposals_are_loaded_while_the_reasoner_runs_and_the_store_holds_the_spool(tmp_path, monkeypatch):
    synthetic.write_corpus(tmp_path / "corpus", 40, seed=3)
    seen = []
    _observing_reasoner(monkeypatch, seen)
    build = build_dataset(tmp_path, dl=False, processes=1, store_path=tmp_path / "store")
    try:
        assert seen == [True]  # the load had started when the reasoner began
        assert not _proposal_loads()
        counts = build.counts()
        assert counts[str(PROPOSED_GRAPH)] > 0 and counts[str(PROPOSED_PROVENANCE_GRAPH)] > 0
        assert counts[str(INFERRED_GRAPH)] > 0
        spooled = ox.Store()  # the spool in one load, one call: its values read as the store reads them
        spooled.bulk_load(path=build._spool.path, format=ox.RdfFormat.N_QUADS)
        assert _named(build.store) == _named(spooled)
        assert len(build.store) == sum(counts.values())  # each spooled line once, counted by graph
        for graph in (PROPOSED_GRAPH, PROPOSED_PROVENANCE_GRAPH):
            assert counts[str(graph)] == sum(1 for _ in build.store.quads_for_pattern(
                None, None, None, ox.NamedNode(str(graph))))
    finally:
        build.close_store()


def test_a_reasoner_that_fails_stops_the_proposals_load_and_leaves_no_thread(tmp_path, monkeypatch):
    synthetic.write_corpus(tmp_path / "corpus", 40, seed=3)
    seen = []
    _observing_reasoner(monkeypatch, seen, fail=True)
    with pytest.raises(RuntimeError, match="the reasoner failed"):
        build_dataset(tmp_path, dl=False, processes=1, store_path=tmp_path / "store")
    assert seen == [True]
    assert not _proposal_loads()

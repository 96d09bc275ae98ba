"""The build's last stages that need not wait for each other do not: the text index's child is
told the build's N-Quads file is complete before the proposals' bulk load into the store (not
after it and the compaction), and the support index is written on a thread of its own beside
them (``tests/test_spilled_support.py`` pins that its file is the same)."""

import logging
import os
import sys
from pathlib import Path

from ickg.build.stages import build_dataset
from ickg.build.support import support_path
from ickg.namespaces import PROPOSED_GRAPH

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import synthetic  # noqa: E402


def test_the_spool_is_said_complete_with_its_final_size_before_the_proposals_are_loaded(tmp_path, caplog):
    synthetic.write_corpus(tmp_path / "corpus", 6, seed=3)
    caplog.set_level(logging.INFO, logger="ickg.build.progress")
    told = []

    def complete(size):
        told.append((size, [r.getMessage() for r in caplog.records if r.name == "ickg.build.progress"]))

    build = build_dataset(tmp_path, dl=False, processes=1, store_path=tmp_path / "store", spool_complete=complete)
    try:
        assert build.counts()[str(PROPOSED_GRAPH)] > 0  # there were proposals to load
        (size, said), = told
        assert size == os.path.getsize(build._spool.path)  # nothing was appended after
        assert any(m.startswith("reason done") for m in said)
        assert not any(m.startswith("propose done") for m in said), said
        build.write_support(tmp_path / "store")  # started when the store was opened: complete now
        assert support_path(tmp_path / "store").is_file()
    finally:
        build.close_store()

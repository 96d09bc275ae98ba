"""Extraction on a Dask cluster gives the same build as extraction on local processes.

A real ``distributed.LocalCluster`` (two worker processes, on loopback) runs extraction and
population of the seed corpus in shards of two documents (so that there are several tasks and the
window of shards in flight is exercised); the rest of the build runs as usual. The datasets must be
equal: the canonical release files byte for byte, and every graph's quads. ``ickg build --dask``
is run once as a command against the same cluster. Skipped only when the ``dask`` extra is not
installed (CI installs it with the test extra).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed", reason="the dask extra is not installed (pip install 'ickg[dask]')")

from ickg.build.release import release_files  # noqa: E402
from ickg.build.stages import build_dataset  # noqa: E402

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  host="127.0.0.1") as running:
        yield running


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    data = tmp_path_factory.mktemp("dask") / "data"
    for part in ("corpus", "curation", "imports"):
        if (REPO / "graph_data" / part).is_dir():
            shutil.copytree(REPO / "graph_data" / part, data / part)
    return data


def _dataset(build):
    return release_files(build), build.counts()


def test_dask_build_equals_the_local_build(cluster, data_dir):
    local = build_dataset(data_dir, processes=1, dl=False)
    on_dask = build_dataset(data_dir, dask=cluster.scheduler_address, dask_shard_docs=2, dl=False)
    local_files, local_counts = _dataset(local)
    dask_files, dask_counts = _dataset(on_dask)
    assert dask_counts == local_counts
    assert sorted(dask_files) == sorted(local_files)
    assert [name for name in local_files if dask_files[name] != local_files[name]] == []
    assert [r.stem for r in on_dask.records] == [r.stem for r in local.records]


def test_ickg_build_dask_command(cluster, data_dir):
    out = subprocess.run([sys.executable, "-m", "ickg", "build", "--data-dir", str(data_dir), "--no-dl",
                          "--dask", cluster.scheduler_address], capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "dask" in (out.stdout + out.stderr).lower()
    from ickg.store import current_version, store_dir

    assert current_version(store_dir(data_dir)) is not None


def test_unreachable_scheduler_is_a_clear_error(data_dir):
    out = subprocess.run([sys.executable, "-m", "ickg", "build", "--data-dir", str(data_dir), "--no-dl",
                          "--dask", "tcp://127.0.0.1:9"], capture_output=True, text=True, timeout=120)
    assert out.returncode != 0
    assert "tcp://127.0.0.1:9" in out.stdout + out.stderr and "Traceback" not in out.stdout + out.stderr

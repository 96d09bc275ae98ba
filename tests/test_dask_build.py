"""``ickg build --dask`` on a real Dask cluster gives the same build as extraction on local processes.

A real ``distributed.LocalCluster`` (two worker processes, on loopback) runs extraction and
population of the seed corpus in shards of two documents (several tasks, more than one round of
the window of shards in flight); the rest of the build runs as usual. The result must equal the
session's local build of the same data (``built_data_dir``, made by ``ickg build``): the release
files byte for byte, and the quads of every graph. Skipped only when the ``dask`` extra is not
installed (the test extra pulls it in, so CI has it).
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

# Found, not imported: Dask's import (0.7 CPU-s) is made by the cluster fixture, in the one xdist
# worker that runs this module, not at every worker's collection.
if importlib.util.find_spec("distributed") is None:
    pytest.skip("the dask extra is not installed (pip install 'ickg[dask]')", allow_module_level=True)

from ickg.build.paths import release_dir  # noqa: E402
from seed_graph import GRAPH_DATA, quads_of  # noqa: E402


@pytest.fixture(scope="module")
def cluster():
    import distributed

    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  host="127.0.0.1") as running:
        yield running


def _copy_inputs(target: Path) -> Path:
    shutil.copytree(GRAPH_DATA, target, ignore=shutil.ignore_patterns("build", "release"))
    return target


def _command(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "ickg", *args], capture_output=True, text=True, timeout=900)


def test_ickg_build_dask_equals_the_local_build(cluster, built_data_dir, tmp_path):
    local_dir, local_output = built_data_dir
    data = _copy_inputs(tmp_path / "graph_data")
    # HermiT's report kept by the local build (in the run's ICKG_CACHE_DIR): read again only if
    # the Dask build hands HermiT the very triples the local build did, else HermiT runs
    done = _command("build", "--release", "--data-dir", str(data), "--dask", cluster.scheduler_address,
                    "--dask-shard-docs", "2")
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"extracted on the Dask cluster at {cluster.scheduler_address}" in done.stdout
    assert "ickg-shard" in cluster.scheduler.task_prefixes  # the shards ran on the cluster's workers
    local_files = {p.name: p.read_bytes() for p in sorted(release_dir(local_dir).iterdir())}
    dask_files = {p.name: p.read_bytes() for p in sorted(release_dir(data).iterdir())}
    assert sorted(dask_files) == sorted(local_files)
    assert [name for name in local_files if dask_files[name] != local_files[name]] == []
    counts = [line for line in done.stdout.splitlines() if " quads  " in line]
    assert counts and counts == [line for line in local_output.splitlines() if " quads  " in line]
    assert len(quads_of(data)) == len(quads_of(local_dir))


@pytest.fixture(scope="module", autouse=True)
def unreachable_build(tmp_path_factory):
    """``ickg build --dask`` aimed at a closed port, started with the module so that its start-up
    (Python, Dask's import, the client's first attempt) overlaps the other test."""
    data = _copy_inputs(tmp_path_factory.mktemp("unreachable") / "graph_data")
    process = subprocess.Popen([sys.executable, "-m", "ickg", "build", "--data-dir", str(data), "--no-dl",
                                "--dask", "tcp://127.0.0.1:9"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    yield process
    if process.returncode is None:  # the test did not read it: stopped early
        process.kill()
        process.communicate()


def test_unreachable_scheduler_is_a_clear_error(unreachable_build):
    stdout, stderr = unreachable_build.communicate(timeout=900)
    done = subprocess.CompletedProcess(unreachable_build.args, unreachable_build.returncode, stdout, stderr)
    output = done.stdout + done.stderr
    assert done.returncode != 0
    assert "tcp://127.0.0.1:9" in output and "Traceback" not in output
    # the refusal itself is the error, after the first short attempt, not Dask's 15 s of retries
    assert "connection refused" in output
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr

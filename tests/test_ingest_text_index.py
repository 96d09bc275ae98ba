"""`ickg ingest` leaves a process that gives the new store version its text index
(``ickg.build.delta.index_later``), and that process imports the store's modules only, not the
build's (their import was two thirds of its CPU on the seed corpus)."""

import shutil
import subprocess
import sys
import time
from pathlib import Path

from ickg.store import current_version, store_dir
from ickg.store.textindex import has_index, index_path
from ickg.store.versions import INDEX_VERSION_MAIN

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import synthetic  # noqa: E402


def ickg(*args: str) -> None:
    done = subprocess.run([sys.executable, "-m", "ickg", *args], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr


def built_copy(two_document_data_dir: Path, tmp_path: Path) -> Path:
    """The test's own copy of the run's build of documents 000 and 004 (conftest's
    ``two_document_data_dir``, ``ickg build --release --no-dl``, once per run): what these tests
    need is a built data directory whose live version has its text index, not a build of their own."""
    data_dir = tmp_path / "data"
    shutil.copytree(two_document_data_dir, data_dir, symlinks=True)
    return data_dir


def test_an_ingest_leaves_the_new_version_its_text_index(two_document_data_dir, tmp_path):
    synthetic.write_corpus(tmp_path / "new", 1, seed=5)
    [new] = sorted((tmp_path / "new").iterdir())
    data_dir = built_copy(two_document_data_dir, tmp_path)
    root = store_dir(data_dir)
    built = current_version(root)
    ickg("ingest", "--data-dir", str(data_dir), str(new))
    version = current_version(root)
    assert version != built
    deadline = time.monotonic() + 120
    while not has_index(root / version) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert has_index(root / version)


def test_the_index_process_imports_no_build_module(two_document_data_dir, tmp_path):
    root = store_dir(built_copy(two_document_data_dir, tmp_path))
    version = current_version(root)
    index_path(root / version).unlink()
    shown = "; print(sorted(m for m in sys.modules if m.split('.')[0] in ('ickg', 'rdflib')))"
    done = subprocess.run([sys.executable, "-c", INDEX_VERSION_MAIN + shown, str(root), version],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert has_index(root / version)  # it did its work
    modules = eval(done.stdout)
    assert "ickg.store.textindex" in modules
    build_stack = ("ickg.build", "ickg.extract", "ickg.model", "ickg.curate", "ickg.reason", "ickg.validate", "rdflib")
    assert not [m for m in modules if m.split(".")[0] == "rdflib" or m.startswith(build_stack)], modules

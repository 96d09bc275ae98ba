"""`ickg ingest` leaves a process that gives the new store version its text index
(``ickg.build.delta.index_later``), and that process imports the store's modules only, not the
build's (their import was two thirds of its CPU on the seed corpus)."""

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


def test_an_ingest_leaves_the_new_version_its_text_index(tmp_path):
    synthetic.write_corpus(tmp_path / "all", 3, seed=5)
    first, second, third = sorted((tmp_path / "all").iterdir())
    data_dir = tmp_path / "data"
    (data_dir / "corpus").mkdir(parents=True)
    for path in (first, second):
        (data_dir / "corpus" / path.name).write_bytes(path.read_bytes())
    ickg("build", "--no-dl", "--data-dir", str(data_dir))
    root = store_dir(data_dir)
    built = current_version(root)
    ickg("ingest", "--data-dir", str(data_dir), str(third))
    version = current_version(root)
    assert version != built
    deadline = time.monotonic() + 120
    while not has_index(root / version) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert has_index(root / version)


def test_the_index_process_imports_no_build_module(tmp_path):
    synthetic.write_corpus(tmp_path / "data" / "corpus", 2, seed=5)
    ickg("build", "--no-dl", "--data-dir", str(tmp_path / "data"))
    root = store_dir(tmp_path / "data")
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

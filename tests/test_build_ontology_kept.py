"""`ickg build` keeps the ontology's N-Triples in `build/ontology/<digest>.nt` and the next
command reads them instead of making them from the Turtle files again; a kept file that is not
whole (its checksum does not match) or made from another ontology is never read, and the build's
store is the same whether the file was made or read."""

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from ickg import usercache
from ickg.build.paths import ontology_kept_dir
from ickg.namespaces import ONTOLOGY_GRAPH
from ickg.store import current_version, store_dir

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import synthetic  # noqa: E402

MARK = '<urn:ickg-test:kept> <urn:ickg-test:said> "read from the kept file" .\n'


def build(data_dir: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "ickg", "build", "--no-dl", "--data-dir", str(data_dir)],
                          capture_output=True, text=True, timeout=600, env={**os.environ, "ICKG_PROGRESS": "1"})
    assert done.returncode == 0, done.stderr


def corpus(folder: Path) -> Path:
    """A data directory of two synthetic documents, not built, in ``folder``."""
    data_dir = folder / "data"
    synthetic.write_corpus(data_dir / "corpus", 2, seed=3)
    return data_dir


@pytest.fixture(scope="module")
def first_build(tmp_path_factory) -> Path:
    """Two synthetic documents built once for the module (no kept file before it: the ontology's
    N-Triples made from the Turtle files, and kept); each test changes a copy of it."""
    data_dir = corpus(tmp_path_factory.mktemp("kept"))
    build(data_dir)
    return data_dir


@pytest.fixture()
def built(first_build: Path, tmp_path: Path) -> Path:
    """The test's own copy of :func:`first_build`, as the first ``build`` left it."""
    data_dir = tmp_path / "data"
    shutil.copytree(first_build, data_dir, symlinks=True)
    return data_dir


def kept_files(data_dir: Path) -> list[Path]:
    return sorted(ontology_kept_dir(data_dir).glob("*.nt"))


def with_checksum(body: bytes) -> bytes:
    return body + b"# sha256 " + hashlib.sha256(body).hexdigest().encode() + b"\n"


def ontology_quads(data_dir: Path) -> set[str]:
    root = store_dir(data_dir)
    store = ox.Store.read_only(str(root / current_version(root)))
    return {str(q) for q in store.quads_for_pattern(None, None, None, ox.NamedNode(str(ONTOLOGY_GRAPH)))}


def store_dump(data_dir: Path) -> list[str]:
    """Every quad of the live version, blank nodes canonicalised (RDFC-1.0), sorted."""
    root = store_dir(data_dir)
    store = ox.Store.read_only(str(root / current_version(root)))
    dataset = ox.Dataset(store.quads_for_pattern(None, None, None, None))
    dataset.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
    return sorted(str(q) for q in dataset)


def test_the_next_build_reads_the_kept_ontology_file(built):
    data_dir = built
    [kept] = kept_files(data_dir)
    body = kept.read_bytes().rsplit(b"# sha256 ", 1)[0]
    assert kept.read_bytes() == with_checksum(body)
    assert not any(MARK.strip(" .\n") in q for q in ontology_quads(data_dir))
    kept.write_bytes(with_checksum(body + MARK.encode()))  # whole, and saying one thing more
    build(data_dir)
    assert any('<urn:ickg-test:kept> <urn:ickg-test:said> "read from the kept file"' in q
               for q in ontology_quads(data_dir))


def test_a_damaged_cut_or_stale_kept_file_is_made_again_not_read(built):
    data_dir = built
    [kept] = kept_files(data_dir)
    whole = kept.read_bytes()
    checksum = whole[whole.rindex(b"# sha256 "):]
    body = whole[: -len(checksum)]
    stale = kept.with_name("0" * 64 + ".nt")
    damaged = body + MARK.encode() + checksum  # the checksum of the file before the change
    for bad in (damaged, whole[: len(whole) // 2], b""):
        kept.write_bytes(bad)
        stale.write_bytes(with_checksum(body + MARK.encode()))  # whole, but of another ontology
        build(data_dir)
        assert not any("urn:ickg-test:kept" in q for q in ontology_quads(data_dir))
        assert kept_files(data_dir) == [kept]  # the stale one removed
        again = kept.read_bytes()
        assert again == with_checksum(again[: -len(checksum)]) and b"urn:ickg-test" not in again


def test_the_store_is_the_same_whether_the_ontology_was_made_or_read(built):
    data_dir = built  # built with no kept file before: kept (made, or read from the user's cache)
    made = store_dump(data_dir)
    build(data_dir)  # read
    assert kept_files(data_dir) and store_dump(data_dir) == made
    for path in kept_files(data_dir):  # gone, here and in the user's cache: made again
        path.unlink()
        (usercache.cache_dir("ontology") / path.name).unlink(missing_ok=True)
    build(data_dir)
    assert kept_files(data_dir) and store_dump(data_dir) == made


def test_a_new_data_directory_reads_the_ontology_kept_in_the_users_cache(tmp_path):
    """The first build anywhere keeps the N-Triples in the user's cache too (``ontology/``, same
    name and checksum); a build in a data directory that has none reads them from there, and a
    damaged one there is never read (made again, and replaced)."""
    cache = tmp_path / "cache"
    env = {**os.environ, "ICKG_CACHE_DIR": str(cache)}

    def build_in(data_dir):
        done = subprocess.run([sys.executable, "-m", "ickg", "build", "--no-dl", "--data-dir", str(data_dir)],
                              capture_output=True, text=True, timeout=600, env=env)
        assert done.returncode == 0, done.stderr

    first = corpus(tmp_path / "one")
    build_in(first)
    [kept] = kept_files(first)
    [shared] = sorted((cache / "ontology").glob("*.nt"))
    assert shared.name == kept.name and shared.read_bytes() == kept.read_bytes()
    body = kept.read_bytes().rsplit(b"# sha256 ", 1)[0]
    shared.write_bytes(with_checksum(body + MARK.encode()))  # whole, and saying one thing more
    second = corpus(tmp_path / "two")
    build_in(second)
    assert any("urn:ickg-test:kept" in q for q in ontology_quads(second))
    assert kept_files(second)[0].read_bytes() == shared.read_bytes()
    shared.write_bytes(body + MARK.encode() + b"# sha256 " + b"0" * 64 + b"\n")  # damaged
    third = corpus(tmp_path / "three")
    build_in(third)
    assert not any("urn:ickg-test:kept" in q for q in ontology_quads(third))
    assert shared.read_bytes() == with_checksum(shared.read_bytes().rsplit(b"# sha256 ", 1)[0])
    assert b"urn:ickg-test" not in shared.read_bytes()

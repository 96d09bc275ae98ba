"""The data directory's writers (:mod:`ickg.build.datadir`): one at a time, staged changes committed in
one step or dropped, and `ickg serve` refusing a damaged store."""

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from conftest import sample_quads
from ickg.build import datadir
from ickg import store as store_module

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "graph_data" / "corpus"


def ickg(*args):
    return subprocess.run([sys.executable, "-m", "ickg", *args], capture_output=True, text=True,
                          timeout=600)


@pytest.fixture()
def data(two_document_data_dir, tmp_path):
    """A copy of the run's built data directory of documents 000 and 004 (conftest's
    ``two_document_data_dir``, ``ickg build --release --no-dl``), the test's own to change: the
    writers tested here do not depend on what the build held, and the module's own build of the
    same two documents (without reasoning) cost 2.4 CPU-s more."""
    copy = tmp_path / "data"
    shutil.copytree(two_document_data_dir, copy, symlinks=True)
    return copy


def test_a_build_waits_for_the_command_holding_the_lock_and_names_it(data):
    with datadir.exclusive(data, "ingest"):
        build = subprocess.Popen([sys.executable, "-m", "ickg", "build", "--no-dl", "--no-reason",
                                  "--data-dir", str(data)], stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 60
        line = ""
        while "waiting" not in line and time.monotonic() < deadline:
            line = build.stderr.readline()
        assert line.strip() == f"ickg: waiting for `ickg ingest` (pid {os.getpid()}) to finish with {data}"
        time.sleep(0.5)
        assert build.poll() is None
        assert not list((data / "build" / "staging").iterdir())  # it has not started
    out, err = build.communicate(timeout=600)
    assert build.returncode == 0, err
    assert "built 2 documents" in out


def test_a_change_left_without_commit_is_dropped(data):
    version = store_module.current_version(store_module.store_dir(data))
    release = {p.name: p.read_bytes() for p in (data / "release").iterdir()}
    with datadir.exclusive(data, "test"):
        with pytest.raises(RuntimeError, match="stop"):
            with datadir.Change(data) as change:
                change.add_input("corpus/new.txt", b"new")
                (change.release_dir / "ickg-asserted.ttl").write_bytes(b"# new\n")
                change.stage_store(sample_quads())
                assert store_module.staged_path(store_module.store_dir(data), change.version).is_dir()
                raise RuntimeError("stop")
    assert store_module.current_version(store_module.store_dir(data)) == version
    assert {p.name: p.read_bytes() for p in (data / "release").iterdir()} == release
    assert not (data / "corpus" / "new.txt").exists()
    assert not list((data / "build" / "staging").iterdir())
    assert not list(store_module.store_dir(data).glob(".staged-*"))


def test_a_journal_left_by_a_dead_command_is_rolled_forward_by_the_next_one(data):
    root = store_module.store_dir(data)
    with datadir.exclusive(data, "test"):
        change = datadir.Change(data, release_names=["ickg-asserted.ttl", "ickg-inferred.ttl"])
        change.__enter__()
        change.add_input("corpus/new.txt", b"A new document.\n")
        (change.release_dir / "ickg-asserted.ttl").write_bytes(b"# new\n")
        version = change.stage_store(sample_quads())
        # what commit() writes first; the process "dies" before rolling it forward
        import json

        journal = {"version": version, "store": True, "inputs": ["corpus/new.txt"],
                   "release": {"ickg-asserted.ttl": datadir._sha256(change.release_dir / "ickg-asserted.ttl")},
                   "release_removes": ["ickg-inferred.ttl"]}
        (data / "build" / "journal.json").write_text(json.dumps(journal))
        change.committed = True
        change.__exit__(None, None, None)
    assert store_module.current_version(root) != version  # nothing swapped yet
    assert datadir.recover_if_idle(data)
    assert store_module.current_version(root) == version
    assert (data / "corpus" / "new.txt").read_bytes() == b"A new document.\n"
    assert (data / "release" / "ickg-asserted.ttl").read_bytes() == b"# new\n"
    assert not (data / "release" / "ickg-inferred.ttl").exists()
    record = datadir.committed(data)
    assert record["store"] == version and record["release"]["version"] == version
    assert not (data / "build" / "journal.json").exists()
    assert not list((data / "build" / "staging").iterdir())


def test_a_remote_text_index_left_staged_by_a_dead_load_is_removed_and_the_live_one_kept(data):
    from ickg.store import remote_index

    root = remote_index.remote_dir(data)
    remote_index.stage(data, "v-live", nquads=b"")
    remote_index.promote(data, "v-live", {"url": "http://127.0.0.1:1/"})
    remote_index.stage(data, "v-dead", nquads=b"")  # the load died: never promoted
    assert (root / ".staged-v-dead").is_dir()
    with datadir.exclusive(data, "test"):  # what the next build or ingest does first
        pass
    assert not list(root.glob(".staged-*"))
    assert remote_index.live_build(data) == "v-live"
    assert remote_index.record(data)["url"] == "http://127.0.0.1:1/"


def test_a_change_needs_the_lock(data):
    with pytest.raises(RuntimeError, match="lock"):
        datadir.Change(data)


def corrupt(version_dir, how):
    tables = sorted(p for p in version_dir.iterdir() if p.suffix == ".sst")
    if how == "truncated":
        with open(tables[0], "r+b") as out:
            out.truncate(100)
    elif how == "overwritten":
        for table in tables:
            size = table.stat().st_size
            with open(table, "r+b") as out:
                out.seek(size // 3)
                out.write(b"\xa5" * min(2000, size // 3))
    else:
        (version_dir / "CURRENT").unlink()


@pytest.mark.parametrize("how", ["truncated", "overwritten", "manifest gone"])
def test_serve_refuses_a_damaged_store_with_a_message(data, how):
    root = store_module.store_dir(data)
    version = store_module.current_version(root)
    corrupt(root / version, how)
    result = ickg("serve", "--data-dir", str(data), "--get", "/sparql?query=ASK%7B%7D")
    assert result.returncode == 1
    line = result.stderr.strip()
    assert "\n" not in line and "Traceback" not in line, result.stderr
    assert f"the store version {version} cannot be read" in line and "ickg build" in line, line
    # a new build replaces it, and serve starts again
    assert ickg("build", "--release", "--no-dl", "--no-reason", "--data-dir", str(data)).returncode == 0
    again = ickg("serve", "--data-dir", str(data), "--get", "/sparql?query=ASK%7B%7D")
    assert again.returncode == 0, again.stderr


def test_check_version_passes_an_intact_store(tmp_path):
    root = tmp_path / "store"
    store_module.replace_local_store(root, sample_quads())
    store_module.check_version(root)
    with pytest.raises(store_module.StoreError, match="no store"):
        store_module.check_version(tmp_path / "nothing")


def test_io_errors_are_one_line_naming_the_path():
    full = OSError("IO error: No space left on device: While appending to file: "
                   "/d/build/store/.staged-x/000010.sst: No space left on device")
    assert datadir.io_error_message(full) == "/d/build/store/.staged-x/000010.sst: no space left on device"
    assert datadir.io_error_message(OSError(28, "No space left on device"), "/d/build") == \
        "/d/build: no space left on device"
    assert datadir.io_error_message(PermissionError(13, "Permission denied", "/d/release/x.ttl")) == \
        "/d/release/x.ttl: permission denied"


def test_an_io_error_of_build_or_ingest_is_one_line_naming_the_path(tmp_path):
    data = tmp_path / "data"
    (data / "corpus").mkdir(parents=True)
    shutil.copy(sorted(CORPUS.glob("000_*.txt"))[0], data / "corpus")
    (data / "build").write_text("not a folder")
    new = tmp_path / "new.txt"
    new.write_text("Integrated care in Denmark.\n", encoding="utf-8")
    for args in (["build"], ["ingest", str(new)]):
        result = ickg(*args, "--data-dir", str(data))
        assert result.returncode == 1
        line = result.stderr.strip()
        assert "\n" not in line and "Traceback" not in line, result.stderr
        assert f"{data / 'build'}: file exists" in line, line

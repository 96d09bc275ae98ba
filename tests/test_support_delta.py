"""The support index across store versions: a base shared by hard link, a small delta per version.

``ickg ingest`` and ``ickg remove`` used to copy the whole ``support.sqlite`` (482 MB at 10,000
documents) into each new version. Now the new version hard-links the live version's base (as
``support-base.sqlite``) and copies only the delta of the changes made since the base was written
(:mod:`ickg.build.support`).
These tests pin that the base is shared and never written, that the index (base and delta read as
one) holds what a full rebuild's index holds, and that a compaction (the delta merged into a new
base) changes nothing but the files.
"""

import hashlib
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ickg.build import support
from ickg.store import current_version, store_dir, textindex

sys.path.insert(0, str(Path(__file__).resolve().parent))

from test_incremental import dataset, differences, ickg, rebuild_started, same_inputs  # noqa: E402


def index_landed(version: Path, timeout: float = 60) -> None:
    """Wait for the text index an ingest builds in a process of its own (``delta.index_later``):
    a copy made meanwhile met its scratch file gone (``cp: cannot stat ...scratch-PID``, once)."""
    deadline = time.monotonic() + timeout
    while not (version / textindex.INDEX_NAME).exists() or list(version.glob(f".{textindex.INDEX_NAME}.*")):
        assert time.monotonic() < deadline, f"no text index in {version} after {timeout} s"
        time.sleep(0.05)


def live(data_dir: Path) -> Path:
    root = store_dir(data_dir)
    return root / current_version(root)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def index_rows(version_dir: Path) -> dict:
    """What the version's support index holds, read with plain SQL: the base's rows, each
    replaced by the delta's row of the same key, or taken away by its tombstone (a count of 0,
    a NULL text, hashes, proposal source or proposal lines). Proposals without their ids (numbered
    per index)."""
    def read(path, sql):
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            return conn.execute(sql).fetchall()

    base, delta = support.base_path(version_dir), version_dir / support.DELTA_NAME
    tables = {
        "source": ("SELECT name, hashes FROM source", lambda r: r[1] is None),
        "counts": ("SELECT h, n FROM counts", lambda r: r[1] == 0),
        "pcounts": ("SELECT h, n FROM pcounts", lambda r: r[1] == 0),
        "line": ("SELECT h, text FROM line", lambda r: r[1] is None),
        "proposal": ("SELECT id, source, triple, shown, lines FROM proposal", lambda r: r[1] is None),
        "proposal_lines": ("SELECT source, nquads FROM proposal_lines", lambda r: r[1] is None),
        "curation": ("SELECT name, sha256 FROM curation", None),
    }
    out = {}
    for table, (sql, gone) in tables.items():
        rows = {r[0]: r for r in read(base, sql)}
        if delta.exists():
            changed = read(delta, sql)
            if gone is None:  # the delta holds the whole table
                rows = {}
            for r in changed:
                rows.pop(r[0], None)
                if gone is None or not gone(r):
                    rows[r[0]] = r
        if table == "source":
            out[table] = {name: sorted(support.hashes_of(blob)) for name, blob in rows.values()}
        elif table == "proposal":
            out[table] = sorted(r[1:] for r in rows.values())
        else:
            out[table] = dict(r for r in rows.values())
    return out


@pytest.fixture
def synthetic_documents(tmp_path):
    """Three synthetic abstracts (authors, journals and places shared between them) and a changed
    text of the first, as files."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    import synthetic

    folder = tmp_path / "new"
    folder.mkdir()
    docs = dict(synthetic.generate(3, seed=5))
    for name, text in docs.items():
        (folder / name).write_text(text, encoding="utf-8")
    first = sorted(docs)[0]
    changed = tmp_path / "changed"
    changed.mkdir()
    (changed / first).write_text(docs[first] + "\nThe programme was evaluated in Sweden.\n", encoding="utf-8")
    return [folder / n for n in sorted(docs)], changed / first


def test_ingest_and_remove_link_the_base_write_a_delta_and_hold_the_index_of_a_full_rebuild(
        two_document_data_dir, tmp_path, synthetic_documents):
    data = tmp_path / "data"
    shutil.copytree(two_document_data_dir, data)  # documents 000 and 004, built --no-dl
    (first, second, third), changed = synthetic_documents
    full_build = rebuild_started(tmp_path, "--no-dl", corpus=[*sorted((data / "corpus").iterdir()), changed, third])
    built = live(data)
    base = built / support.SUPPORT_NAME
    inode, digest = base.stat().st_ino, sha256(base)
    assert not (built / support.DELTA_NAME).exists()  # a full build writes the base alone

    for command in (["ingest", str(first)], ["ingest", str(second), str(third)], ["ingest", "--replace", str(changed)],
                    ["remove", second.name]):
        before = live(data)
        done = ickg(command[0], "--data-dir", str(data), *command[1:])
        assert done.returncode == 0, done.stderr
        assert "incremental" in done.stderr, done.stderr
        version = live(data)
        assert version != before
        # the same base file, linked, not copied, and never written; the changes are in the delta
        assert (version / support.BASE_NAME).stat().st_ino == inode
        assert (version / support.DELTA_NAME).is_file()
        assert support.has_support(version)
        # an earlier ickg reads support.sqlite alone: none here, so it builds in full rather than
        # take the base for the whole index
        assert not (version / support.SUPPORT_NAME).exists()
    assert sha256(live(data) / support.BASE_NAME) == digest

    full = full_build()
    same_inputs(full, data)
    assert not (live(full) / support.DELTA_NAME).exists()
    mine, theirs = index_rows(live(data)), index_rows(live(full))
    assert mine["source"].keys() == theirs["source"].keys()
    for table in theirs:
        assert mine[table] == theirs[table], table
    assert any(n > 1 for n in theirs["counts"].values())  # lines stated by several documents
    assert theirs["proposal"] and theirs["pcounts"] and theirs["proposal_lines"]
    incremental, rebuilt = dataset(data), dataset(full)
    assert incremental == rebuilt, differences(incremental, rebuilt)


def test_a_compacted_index_holds_what_base_and_delta_held_and_the_live_base_is_not_written(
        two_document_data_dir, tmp_path, synthetic_documents, monkeypatch):
    """The same ingest with and without compaction (forced in process by a zero threshold): the
    same index and the same store; the compacting one writes a base of its own in its staged
    version and leaves the live version's base as it was."""
    from ickg.build.ingest import ingest

    (first, second, _), _changed = synthetic_documents
    kept, compacted = tmp_path / "kept", tmp_path / "compacted"
    shutil.copytree(two_document_data_dir, kept)
    done = ickg("ingest", "--data-dir", str(kept), str(first))
    assert done.returncode == 0, done.stderr
    # both start from that ingest: the compacting one gets a copy (cp -a keeps the version's base
    # a hard link of the previous version's index, as the ingest left it) instead of the same
    # ingest run again on another copy of the two documents
    index_landed(live(kept))
    subprocess.run(["cp", "-a", str(kept), str(compacted)], check=True)
    done = ickg("ingest", "--data-dir", str(kept), str(second))
    assert done.returncode == 0, done.stderr
    previous = live(compacted)
    assert (previous / support.DELTA_NAME).is_file()
    digest, inode = sha256(previous / support.BASE_NAME), (previous / support.BASE_NAME).stat().st_ino

    monkeypatch.setattr(support, "COMPACT_MIN", 0)
    monkeypatch.setattr(support, "COMPACT_RATIO", 10 ** 9)
    ingest(compacted, [second])
    version = live(compacted)
    assert version != previous
    assert not (version / support.DELTA_NAME).exists() and not (version / support.BASE_NAME).exists()
    assert (version / support.SUPPORT_NAME).stat().st_ino != inode  # a whole index of its own
    assert sha256(previous / support.BASE_NAME) == digest  # the live version's base, as it was
    assert support.has_support(version)

    assert index_rows(version) == index_rows(live(kept))
    assert dataset(compacted) == dataset(kept)

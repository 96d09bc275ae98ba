"""The full build's support index (who states which line) is the same whether the main process
keeps the shared lines' hashes and counts in memory or not.

:class:`ickg.build.spill.SpilledSupport` keeps the count of the first ``HASHES_KEPT`` distinct
lines in memory (and their hash by line, until it is told to forget them) and puts every other
line's counts in its SQLite file;
:class:`ickg.build.support.SupportWriter` keeps everything in memory. Fed the same sources (the
real corpus documents' asserted and statement lines, a curation source that repeats some of
their lines, a source told in two parts), both must write the same index, whether none, some or
all of the lines fit in memory.
"""

import sqlite3
import threading
import time
from pathlib import Path

import pytest

from ickg.build import spill
from ickg.build.paths import corpus_paths
from ickg.build.spill import SpilledSupport
from ickg.build.support import CURATION, SupportWriter, support_path
from ickg.model.populate import populate_many

ROOT = Path(__file__).resolve().parent.parent


def _sources():
    """(source, N-Quads text) as the build adds them: each document's asserted and statement
    lines, a document's lines again in a second part, the curation's lines."""
    done = list(populate_many(corpus_paths(ROOT / "graph_data"), "/dev/null", processes=1))
    out = [(d.stem, d.asserted_text + "".join(d.statements.values())) for d in done]
    assert len(out) >= 3
    first_stem, first_text = out[0]
    # told in two parts: lines it told already and a line of another document's
    out.append((first_stem, first_text.splitlines(keepends=True)[0] + out[1][1].splitlines(keepends=True)[0]))
    # the curation repeats asserted and provenance lines that documents stated (kept as text for it)
    out.append((CURATION, "".join(text.splitlines(keepends=True)[-1] for _, text in out[:3]) + out[2][1]))
    return out


def _index(path):
    db = sqlite3.connect(path)
    try:
        tables = [name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {table: db.execute(f"SELECT * FROM {table}").fetchall() for table in tables}
    finally:
        db.close()


@pytest.fixture(scope="module")
def sources():
    return _sources()


@pytest.fixture(scope="module")
def reference(sources, tmp_path_factory):
    writer = SupportWriter()
    for source, text in sources:
        writer.add(source, text)
    out = tmp_path_factory.mktemp("reference")
    writer.write(out)
    return _index(support_path(out))


@pytest.mark.parametrize("kept", [0, 25, 1_000_000])
def test_the_spilled_index_is_the_in_memory_one_whatever_lines_are_kept_in_memory(
        sources, reference, kept, tmp_path, monkeypatch):
    monkeypatch.setattr(spill, "HASHES_KEPT", kept)
    writer = SpilledSupport()
    for source, text in sources:
        writer.add(source, text)
        if source == sources[len(sources) // 2][0]:
            writer.forget_lines()  # the lines' hashes let go halfway: the counts stay where they are
    distinct = len({line for _, text in sources for line in text.splitlines()})
    assert len(writer._counted) == min(kept, distinct)  # none, some, all of the lines counted in memory
    writer.write(tmp_path)
    index = _index(support_path(tmp_path))
    assert index["counts"] and index["line"] and any(n > 1 for _, n in index["counts"])
    assert index == reference


def test_a_proposals_key_is_the_hash_of_the_line_the_asserted_graph_writes():
    """``triple_hash`` writes the asserted line itself (it runs for every proposal of a build); it
    must stay the line :func:`quads_text` writes, or accepted proposals would find no support."""
    from rdflib import BNode, Literal, URIRef
    from rdflib.namespace import XSD

    from ickg.build.support import line_hash, quads_text, triple_hash
    from ickg.namespaces import ASSERTED_GRAPH

    s, p = URIRef("https://w3id.org/ickg/id/program/prisma"), URIRef("https://w3id.org/ickg/hasGoal")
    objects = [URIRef("https://w3id.org/ickg/id/goal/fewer-admissions"), Literal("plain"),
               Literal('a "quoted"\nline\twith a \\ backslash and é'), Literal("fr", lang="fr-CA"),
               Literal("2009", datatype=XSD.integer), Literal("x", datatype=XSD.string), BNode("b0")]
    for o in objects:
        assert triple_hash(s, p, o) == line_hash(quads_text([(s, p, o, ASSERTED_GRAPH)])), o


def test_the_batched_line_helpers_agree_with_their_per_line_definitions():
    from ickg.build.support import _ASSERTED_END, kept_as_text, kept_texts, line_hash, line_hashes, lines_of

    asserted = f"<urn:a> <urn:p> <urn:b>{_ASSERTED_END}"
    other = '<urn:a> <urn:q> "b é" <urn:g> .\n'
    text = asserted + other + "\n" + asserted + other.rstrip("\n")  # a repeat, a blank line, no last newline
    lines = lines_of(text)
    assert lines == list(dict.fromkeys(line + "\n" for line in text.split("\n") if line)) == [asserted, other]
    hashes = line_hashes(lines)
    assert hashes == [line_hash(line) for line in lines] and hashes[0] != hashes[1]
    for source in ("doc", CURATION):
        assert list(kept_texts(source, hashes, lines)) == \
            [(h, line) for h, line in zip(hashes, lines) if kept_as_text(source, line)]
    assert list(kept_texts("doc", hashes, lines)) == [(hashes[0], asserted)]


def _spilled(sources, proposals=()):
    writer = SpilledSupport()
    for source, text in sources:
        writer.add(source, text)
    writer.add_proposals(iter(proposals))
    return writer


def test_the_index_written_on_a_thread_of_its_own_is_the_one_written_in_place(sources, reference, tmp_path):
    """``ickg build`` writes the index on a thread (beside the proposals' load and the store's
    compaction): the same rows as the writer run in the build's thread."""
    _spilled(sources).write_in_background(tmp_path).wait()
    assert _index(support_path(tmp_path)) == reference


def test_a_cancelled_write_leaves_no_file_and_a_failed_one_raises_in_the_waiting_thread(sources, tmp_path):
    """A build that fails while its index is being written gives the write up: nothing is left
    in the version's folder (it is removed); a write that fails (the folder is gone) raises its
    error where the build waits for it, not on the thread."""
    stopped = threading.Event()

    def proposals():  # a proposal a millisecond: the write is still running when it is cancelled
        for i in range(100_000):
            if stopped.is_set():
                raise AssertionError("the write went on after it was cancelled")
            time.sleep(0.001)
            yield "doc", i, f"<urn:s{i}> <urn:p> <urn:o> <urn:g> .\n", True

    writing = _spilled(sources, proposals()).write_in_background(tmp_path)
    time.sleep(0.05)
    started = time.monotonic()
    writing.cancel()
    # the write stops at its next proposal, not its next document (these are 100,000 proposals of
    # one document: 100 s to the document's end, as FORMAT 3's writer first did)
    assert time.monotonic() - started < 10
    stopped.set()
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(sqlite3.OperationalError):
        _spilled(sources).write_in_background(tmp_path / "gone").wait()

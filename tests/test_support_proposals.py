"""The support index keeps a document's proposals as its distinct lines once and each proposal as
the positions of its lines among them (``proposal_lines``, ``proposal.lines``), where it kept each
proposal's N-Quads whole (:class:`ickg.build.support.DocumentLines`).

The incremental change reads the proposals back from that shape (:mod:`ickg.build.delta`), so
it must give back, for every proposal, the lines its text had, in their order (its first line is
its triple), and ``pcounts`` must count, for every line, the shown proposals stating it, as when
each proposal's text was hashed whole. The ingest and remove tests
(``test_support_delta.py``) pin that an index changed incrementally holds the rows of a full
build's, these tables included.
"""

import sqlite3
import sys
from collections import Counter
from pathlib import Path

import pytest

from ickg.build.spill import proposal_texts
from ickg.build.support import (DocumentLines, SupportWriter, line_hashes, lines_of, positions_of,
                                support_path, triple_hash)
from ickg.model.populate import populate_many

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def proposals(tmp_path_factory):
    """``(source, triple hash, N-Quads, shown)`` of the real proposals of six synthetic abstracts
    (authors, journals, places and statements shared between them), every third one hidden, as a
    proposal whose triple another document asserts is."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import synthetic

    folder = tmp_path_factory.mktemp("docs")
    for name, text in synthetic.generate(6, seed=11):
        (folder / name).write_text(text, encoding="utf-8")
    paths = sorted(folder.iterdir())
    rows = []
    for item in populate_many(paths, "/dev/null", keep={p.stem for p in paths}, processes=1):
        for triple, nq in proposal_texts(item.record, item.asserted, None):
            rows.append((item.stem, triple_hash(*triple), nq, len(rows) % 3 != 2))
    assert len({r[0] for r in rows}) >= 3 and any(not r[3] for r in rows)
    return rows


def _written(tmp_path, rows):
    writer = SupportWriter()
    writer.add_proposals(iter(rows))
    writer.write(tmp_path)
    return sqlite3.connect(support_path(tmp_path))


def test_each_proposal_reads_back_as_its_lines_and_the_shown_ones_are_counted_per_line(proposals, tmp_path):
    db = _written(tmp_path, proposals)
    documents = {source: DocumentLines.unpack(packed) for source, packed in db.execute(
        "SELECT source, nquads FROM proposal_lines")}
    texts = {source: lines.text() for source, lines in documents.items()}
    stored = db.execute("SELECT source, triple, shown, lines FROM proposal ORDER BY id").fetchall()
    assert [(s, t, bool(on)) for s, t, on, _ in stored] == [(s, t, on) for s, t, _, on in proposals]
    for (source, _, _, at), (_, _, nq, _) in zip(stored, proposals):
        assert documents[source].lines(positions_of(at)) == lines_of(nq)  # in order: the triple first
    # a document's lines once: fewer than its proposals' lines, and every one of them used
    assert texts.keys() == {s for s, _, _, _ in proposals}
    for source, text in texts.items():
        used = {i for s, _, _, at in stored if s == source for i in positions_of(at)}
        assert used == set(range(len(lines_of(text)))) and len(lines_of(text)) == text.count("\n")
        assert len(used) < sum(len(lines_of(nq)) for s, _, nq, _ in proposals if s == source)
    # pcounts: per line, the shown proposals stating it, as the proposals' whole texts count them
    expected = Counter(h for _, _, nq, on in proposals if on for h in set(line_hashes(lines_of(nq))))
    assert dict(db.execute("SELECT h, n FROM pcounts")) == dict(expected)
    assert any(n > 1 for n in expected.values())  # lines several proposals state


def test_a_document_whose_proposals_come_apart_is_refused_in_one_line(proposals, tmp_path):
    first = proposals[0][0]
    rows = [r for r in proposals if r[0] == first]
    others = [r for r in proposals if r[0] != first]
    with pytest.raises(ValueError, match=rf"^the support index: the proposals of '{first}' came apart$"):
        _written(tmp_path, rows[:1] + others[:1] + rows[1:])
    assert not support_path(tmp_path).exists()


def test_a_documents_lines_are_given_back_as_written():
    lines = DocumentLines()
    a = '<urn:s> <urn:p> "x y" <urn:g> .\n'
    b = '<urn:q> <urn:p> "z" <urn:g> .\n'
    c = '<urn:r> <urn:p> "é\\n" <urn:g> .\n'
    first, second = lines.add(a + b + a), lines.add(c + b + "\n")  # a repeat, a blank line
    assert list(first) == [0, 1] and list(second) == [2, 1]
    assert lines.text() == a + b + c and DocumentLines().text() == ""
    again = DocumentLines.unpack(lines.pack())
    assert again.lines(second) == [c, b] and again.text() == lines.text()
    assert len(lines.pack()) < len(lines.text().encode())
    assert positions_of(first.tobytes()) == first

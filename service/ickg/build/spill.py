"""What a build would otherwise hold for every document until its end, kept on disk instead.

Issue 13 item 2 asks for a build whose peak memory does not grow with the corpus. The
proposals were the largest thing that did: each document's proposals as N-Quads text (about
120 lines, 33 MB per 1,000 documents), all kept until the asserted graph is complete (a
proposal that some document states as a fact is not proposed), then a set of every line to
write each once. :class:`ProposalSpill` appends each proposal's text to a temporary file as
it is made and keeps 20 bytes a proposal in memory (its document, the hash of its triple, where
its text ends); the lines shown are made distinct by ``sort -u`` (bounded memory, temporary
files beyond), and the support index reads the proposals back from the file
(:meth:`ickg.build.support.SupportWriter.add_proposals`).
"""

from __future__ import annotations

import functools
import heapq
import os
from bisect import bisect_left
import sqlite3
import subprocess
import tempfile
import weakref
from array import array
from contextlib import contextmanager
from typing import Any, Container, Iterable, Iterator

from ickg.build.support import SupportWriter, hashes_of, kept_texts, line_hashes, lines_of
from ickg.processes import tied_to_this_process

# sort(1)'s memory for the proposals' lines; beyond it, it merges runs from temporary files.
SORT_BUFFER = "128M"
# SpilledSupport counts this many distinct lines in memory (about 8 MB) and, while the documents
# come, keeps their hash by line (about 14 MB more): documents share many lines (a journal's,
# an author's, a place's statements), and at 3,000 synthetic documents 70 % of the lines a
# document states were among the first 50,000 met (0.18 ms a document to hash them all, 0.13
# to add their rows).
HASHES_KEPT = 50_000


def _remove_file(path: str) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass


def _proposals(record: Any, asserted_quads: Any, curation: Any) -> Iterator[tuple[Any, Any]]:
    """``(record, proposal)`` of each proposal of ``record`` (not among its own
    ``asserted_quads``; :func:`ickg.curate.proposals.pending`), in the order they are made."""
    from ickg.curate.proposals import pending

    own = {t[:3] for t in asserted_quads}
    for rec, proposals in pending([record], curation, own):
        for proposal in proposals:
            yield rec, proposal


def proposal_texts(record: Any, asserted_quads: Any, curation: Any) -> Iterator[tuple[Any, str]]:
    """``(triple, N-Quads text)`` of each proposal of ``record`` (:func:`_proposals`): what
    a full build spills and an incremental one (:mod:`ickg.build.delta`) keeps."""
    from ickg.curate.proposals import proposal_text

    for rec, proposal in _proposals(record, asserted_quads, curation):
        yield proposal.triple, proposal_text(rec, proposal)


def proposal_quote_rows(record: Any, proposal: Any) -> str:
    """The quote rows (:func:`ickg.model.provenance.quote_row`) of one proposal: its triple's
    subject quoted at each of its quotes in ``record``'s document, in the proposals'
    provenance graph, where :func:`ickg.curate.proposals.proposal_text` writes its annotation."""
    from ickg.model.provenance import quote_row, resource_name
    from ickg.namespaces import PROPOSED_PROVENANCE_GRAPH

    resource = resource_name(proposal.triple[0])
    if resource is None:
        return ""
    graph, document = str(PROPOSED_PROVENANCE_GRAPH), str(record.iri)
    return "".join(quote_row(resource, graph, document, start, end) for start, end in proposal.quotes)


def _proposals_made(curation: str | None, record: Any, asserted_quads: Any) -> list[tuple[int, str, str]]:
    """``(triple hash, N-Quads text, quote rows)`` of each proposal of :func:`_proposals`: what
    an extraction worker sends back for a document (:meth:`ProposalSpill.add_made`).

    The hash (:func:`ickg.build.support.triple_hash`), not the triple: it is all the main process
    keeps of the triple, and rdflib terms cost more to pickle and unpickle than to hash
    (1,000 synthetic documents, 7.5 proposals each: pickling and unpickling the triples about
    0.15 ms a document, against 0.02 for the hashes; hashing them 0.04 ms, now in the workers
    instead of the build's process)."""
    from ickg.build.support import triple_hash
    from ickg.curate.proposals import proposal_text

    return [(triple_hash(*proposal.triple), proposal_text(rec, proposal), proposal_quote_rows(rec, proposal))
            for rec, proposal in _proposals(record, asserted_quads, curation)]


class LineHashes:
    """A set of N-Quads line hashes (:func:`ickg.build.support.line_hash`) as one sorted array of
    64-bit integers: 8 bytes a line, where a Python set of ints takes about 70 (the propose
    stage's asserted lines: 100 MB of set at 100,000 documents). ``h in hashes`` is a binary
    search."""

    def __init__(self, hashes: Iterable[int] = ()) -> None:
        self._sorted = array("q", sorted(hashes))

    def __len__(self) -> int:
        return len(self._sorted)

    def __contains__(self, h: object) -> bool:
        i = bisect_left(self._sorted, h)  # type: ignore[call-overload]
        return i < len(self._sorted) and self._sorted[i] == h


class ProposalSpill:
    """The proposals of the documents open to them, made as each record arrives: each proposal's
    quads as N-Quads text in a temporary file, its document and the hash of its triple
    (:func:`ickg.build.support.triple_hash`) in arrays. Removed with the object, or at exit."""

    def __init__(self, curation: Any) -> None:
        self.curation = curation
        fd, self.path = tempfile.mkstemp(prefix="ickg-proposals-", suffix=".nq")
        self._out = os.fdopen(fd, "wb")
        self._finalizer = weakref.finalize(self, _remove_file, self.path)
        self.stems: list[str] = []  # documents that made proposals, in order
        self._doc = array("I")  # per proposal: its document (index into stems)
        self._triple = array("q")  # per proposal: the hash of its triple's line in the asserted graph
        self._end = array("Q")  # per proposal: where its text ends in the file
        self._size = 0
        # each proposal's quote rows (proposal_quote_rows), in a file of their own
        fd, self._quotes_path = tempfile.mkstemp(prefix="ickg-proposal-quotes-", suffix=".tsv")
        self._quotes_out = os.fdopen(fd, "wb")
        self._quotes_finalizer = weakref.finalize(self, _remove_file, self._quotes_path)
        self._quotes_end = array("Q")  # per proposal: where its quote rows end in that file
        self._quotes_size = 0

    def __len__(self) -> int:
        return len(self._triple)

    def add(self, record: Any, asserted_quads: Any) -> None:
        """Make ``record``'s proposals (those not among its own ``asserted_quads``) and spill them."""
        self.add_made(record.stem, _proposals_made(None if self.curation is None else str(self.curation), record,
                                                   asserted_quads))

    def maker(self) -> Any:
        """:meth:`add`'s work as a function an extraction worker runs on each document it extracts
        (``populate_many``'s ``then``): the main process passes its result to :meth:`add_made`, so
        no record is sent back for the proposals."""
        return functools.partial(_proposals_made, None if self.curation is None else str(self.curation))

    def add_made(self, stem: str, made: Iterable[tuple[int, str, str]]) -> None:
        """Spill the proposals ``(triple hash, N-Quads text, quote rows)`` made for the document
        ``stem`` (:func:`_proposals_made`)."""
        for triple, text, quotes in made:
            data = text.encode("utf-8")
            self._out.write(data)
            self._size += len(data)
            if quotes:
                data = quotes.encode("utf-8")
                self._quotes_out.write(data)
                self._quotes_size += len(data)
            self._quotes_end.append(self._quotes_size)
            if not self.stems or self.stems[-1] != stem:
                self.stems.append(stem)
            self._doc.append(len(self.stems) - 1)
            self._triple.append(triple)
            self._end.append(self._size)

    def rows(self, asserted: Container[int]) -> Iterator[tuple[str, int, str, bool]]:
        """``(document stem, triple hash, N-Quads text, shown)`` of every proposal in the order they
        were made, read back from the file; shown: its triple's hash is not in ``asserted``."""
        self._out.flush()
        start = 0
        with open(self.path, "rb") as data:
            for doc, triple, end in zip(self._doc, self._triple, self._end):
                text = data.read(end - start).decode("utf-8")
                start = end
                yield self.stems[doc], triple, text, triple not in asserted

    @contextmanager
    def shown(self, asserted: Container[int]) -> Iterator[str]:
        """The path of a temporary N-Quads file of the proposals whose triple's hash is not in
        ``asserted``: each line once (in byte order, from ``sort -u``); removed on leaving."""
        self._out.flush()
        fd, shown = tempfile.mkstemp(prefix="ickg-proposed-", suffix=".nq")
        try:
            with os.fdopen(fd, "wb") as out, open(self.path, "rb") as data:
                start = 0
                for triple, end in zip(self._triple, self._end):
                    if triple in asserted:
                        data.seek(end)
                    else:
                        out.write(data.read(end - start))
                    start = end
            env = dict(os.environ, LC_ALL="C")
            subprocess.run(tied_to_this_process(["sort", "-u", "-S", SORT_BUFFER, "-T", os.path.dirname(shown),
                                                 "-o", shown, shown]), check=True, env=env)
            yield shown
        finally:
            _remove_file(shown)

    def append_shown_quotes(self, asserted: Container[int], path: str) -> None:
        """Append to the file at ``path`` the quote rows of the proposals :meth:`shown` writes
        (those whose triple's hash is not in ``asserted``), for the text index."""
        self._quotes_out.flush()
        with open(self._quotes_path, "rb") as data, open(path, "ab") as out:
            start = 0
            for triple, end in zip(self._triple, self._quotes_end):
                if triple in asserted:
                    data.seek(end)
                else:
                    out.write(data.read(end - start))
                start = end

    def remove(self) -> None:
        self._out.close()
        self._finalizer()
        self._quotes_out.close()
        self._quotes_finalizer()


class SpilledSupport(SupportWriter):
    """Each source's line hashes, one row per (source, line) for the counts, and the lines
    kept as text go into a temporary SQLite file as they come (at 1,000 documents the
    in-memory index held 12.6 MB: 77 shared lines a document); :meth:`write` reads them back
    in the order of the in-memory writer, so the index written is the same. Used by the full
    build (:func:`ickg.build.stages.build_dataset`).

    The first :data:`HASHES_KEPT` distinct lines met are the exception (documents share many:
    a journal's, an author's, a place's statements): their counts are kept in memory, so that
    each document does not add a row per shared line, their text goes into the file once, and,
    until :meth:`forget_lines`, their hash is kept by line, so that they are not hashed again
    (at 10,000 documents, 2.6 million rows and hashes: most of the main process's work while
    the workers extract). A line is counted in memory from its first source on, or in the file
    for all of them, never both: the lines counted in memory only grow, up to their limit.

    The lines kept as text are appended to their table as they come, a line the file may hold
    already included (past the first :data:`HASHES_KEPT`), and made distinct when the index is
    written (:meth:`_text_rows`, on the writer's thread): inserted by hash into a table keyed on it
    (``INSERT OR REPLACE``, a B-tree insert at a random place each), they cost a quarter of this
    class's work while the workers extract (at 10,000 documents, 1.9 of 7.1 CPU-s for 170,000
    lines, against 0.3 appended; the rows written are the same)."""

    def __init__(self) -> None:
        super().__init__()
        fd, self._path = tempfile.mkstemp(prefix="ickg-support-", suffix=".sqlite")
        os.close(fd)
        self._finalizer = weakref.finalize(self, _remove_file, self._path)
        # check_same_thread: the index is written on a thread of its own (write_in_background)
        self._db = sqlite3.connect(self._path, isolation_level=None, check_same_thread=False)
        self._hash_of: dict[str, int] = {}  # line -> line_hash, the first HASHES_KEPT lines met
        self._counted: dict[int, int] = {}  # line hash -> sources stating it, counted in memory
        self._stored: set[int] = set()  # line hashes whose text is in the file (the first HASHES_KEPT)
        weakref.finalize(self, self._db.close)
        for sql in ("PRAGMA journal_mode=OFF", "PRAGMA synchronous=OFF", "BEGIN",
                    "CREATE TABLE source (id INTEGER PRIMARY KEY, name TEXT UNIQUE NOT NULL, hashes BLOB NOT NULL)",
                    "CREATE TABLE stated (h INTEGER NOT NULL)",
                    "CREATE TABLE line (h INTEGER NOT NULL, text TEXT NOT NULL)"):
            self._db.execute(sql)

    def forget_lines(self) -> None:
        """Let the lines kept for their hash go (about 14 MB): the documents are done."""
        self._hash_of = {}

    def add(self, source: str, text: str) -> None:
        texts = []
        hash_of, stored = self._hash_of, self._stored
        lines = lines_of(text)
        hashes = [hash_of.get(line) for line in lines]
        missing = [i for i, h in enumerate(hashes) if h is None]  # hashed together, in order
        for i, h in zip(missing, line_hashes([lines[i] for i in missing])):
            hashes[i] = h
            if len(hash_of) < HASHES_KEPT:
                hash_of[lines[i]] = h
        own = set(hashes)
        for h, line in kept_texts(source, hashes, lines):
            if h not in stored:
                texts.append((h, line))
                if len(stored) < HASHES_KEPT:
                    stored.add(h)
        db = self._db
        row = db.execute("SELECT hashes FROM source WHERE name = ?", (source,)).fetchone()
        if row is None:
            new = own
            db.execute("INSERT INTO source (name, hashes) VALUES (?, ?)",
                       (source, array("q", sorted(own)).tobytes()))
        else:  # a source told in two parts: each line counted once for it
            old = set(hashes_of(row[0]))
            new = own - old
            db.execute("UPDATE source SET hashes = ? WHERE name = ?",
                       (array("q", sorted(old | own)).tobytes(), source))
        counted, in_file = self._counted, []
        for h in new:
            n = counted.get(h)
            if n is not None:
                counted[h] = n + 1
            elif len(counted) < HASHES_KEPT:
                counted[h] = 1
            else:
                in_file.append((h,))
        db.executemany("INSERT INTO stated VALUES (?)", in_file)
        db.executemany("INSERT INTO line VALUES (?, ?)", texts)

    def interrupt(self) -> None:
        """Also the read of this file's rows (the counts' ``GROUP BY`` takes seconds)."""
        super().interrupt()
        try:
            self._db.interrupt()
        except sqlite3.ProgrammingError:  # closed
            pass

    def _source_rows(self) -> Iterator[tuple[str, bytes]]:
        return self._db.execute("SELECT name, hashes FROM source ORDER BY id")

    def _count_rows(self) -> Iterator[tuple[int, int]]:
        # Merged as tuples, without a key function: a hash is counted in the file or in memory,
        # never both, and once in each, so the tuples compare by their hash alone.
        counted = self._db.execute("SELECT h, COUNT(*) FROM stated GROUP BY h ORDER BY h")
        return heapq.merge(counted, sorted(self._counted.items()))

    def _text_rows(self) -> Iterator[tuple[int, str]]:
        # each hash once, with the text it was last given (SQLite takes a bare column from the
        # row of the MAX): what INSERT OR REPLACE kept
        return ((h, text) for h, text, _ in
                self._db.execute("SELECT h, text, MAX(rowid) FROM line GROUP BY h ORDER BY h"))

"""Which source states which quad: the index that lets ``ickg ingest`` and ``ickg remove`` work
on a few documents without rebuilding the corpus (:mod:`ickg.build.delta`).

A document's quads are of two kinds (:func:`ickg.model.populate.record_text`):

- **owned** lines name the document or an IRI minted from it (its node, its mentions, its
  evidence annotations, its statements' ``prov:wasDerivedFrom`` it): no other document writes
  them, so they are not indexed;
- **shared** lines may be stated by several sources: the asserted quads (a person, a journal, a
  place named by many documents) and the reified statements with their non-document sources
  (the gazetteer, an editorial decision).

The index counts, for every shared line, the sources that state it (documents by stem, and all
curation files together as one source, ``#curation``, every line of which is counted), and keeps
each source's lines as a blob of 64-bit hashes, so that removing a document decrements exactly
what it stated: a line whose count falls to zero goes. The proposals (graphs ``proposed`` and
``proposed-provenance``) are kept whole, per document, with whether each is shown (its triple is
not asserted), and their lines counted over the shown ones.

The index lives in the store version's directory (``support.sqlite``), so it is promoted and
dropped with the version it describes; a version without one (built by an older ickg, or made by
a SPARQL Update) makes the next ingest a full build, which writes one.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from array import array
from collections import Counter
from itertools import chain
from pathlib import Path
from typing import Iterable

from ickg.iris import ASSERTED_GRAPH

_ASSERTED_END = f" <{ASSERTED_GRAPH}> .\n"  # how a line of the asserted graph ends (kept_as_text, per line)
SUPPORT_NAME = "support.sqlite"
CURATION = "#curation"
FORMAT = 2  # bumped when the schema changes: an index of another format is not read (a full build writes one)

SCHEMA = (
    "CREATE TABLE source (id INTEGER PRIMARY KEY, name TEXT UNIQUE NOT NULL, hashes BLOB NOT NULL)",
    "CREATE TABLE counts (h INTEGER PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID",
    "CREATE TABLE proposal (id INTEGER PRIMARY KEY, source TEXT NOT NULL, triple INTEGER NOT NULL, "
    "shown INTEGER NOT NULL, nq TEXT NOT NULL)",
    "CREATE INDEX proposal_source ON proposal (source)",
    "CREATE INDEX proposal_triple ON proposal (triple)",
    "CREATE TABLE pcounts (h INTEGER PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID",
    "CREATE TABLE line (h INTEGER PRIMARY KEY, text TEXT NOT NULL) WITHOUT ROWID",
    "CREATE TABLE curation (name TEXT PRIMARY KEY, sha256 TEXT NOT NULL)",
)


def curation_digests(folder) -> dict[str, str]:
    """``{file name: SHA-256}`` of the curation files the build read (a review may change them
    after the build: the next incremental change builds the curation again)."""
    from ickg.curate.builder import curation_files

    folder = Path(folder)
    if not folder.is_dir():
        return {}
    return {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in curation_files(folder)}


def kept_as_text(source: str, line: str) -> bool:
    """Whether the index keeps the text of a counted line (not only its hash): the asserted
    graph's lines, which the reasoner reads (the store keeps an integer's value, not the subtype
    that named it, and a statement's IRI is minted from the term as written), and every line of
    the curation (the claim qualifiers of its statements, which inferences inherit)."""
    return source == CURATION or line.endswith(_ASSERTED_END)


def line_hash(line: str) -> int:
    """A stable 64-bit hash of one N-Quads line (with its newline), as SQLite's signed integer."""
    return int.from_bytes(hashlib.blake2b(line.encode("utf-8"), digest_size=8).digest(), "big", signed=True)


def lines_of(text: str) -> list[str]:
    """The distinct lines of N-Quads ``text``, each with its newline, in first-seen order."""
    return list(dict.fromkeys(line + "\n" for line in text.split("\n") if line))


def support_path(version_dir: str | os.PathLike[str]) -> Path:
    """Where the support index of the store version in ``version_dir`` lives."""
    return Path(version_dir) / SUPPORT_NAME


def has_support(version_dir: str | os.PathLike[str]) -> bool:
    """Whether the version in ``version_dir`` has a support index of this format."""
    path = support_path(version_dir)
    if not path.is_file():
        return False
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            return conn.execute("PRAGMA user_version").fetchone()[0] == FORMAT
    except sqlite3.Error:
        return False


def quads_text(quads: Iterable) -> str:
    """rdflib-term quads as N-Quads text (the one writer of the spool): the lines they are counted by."""
    from ickg.ntriples import nquads

    return nquads(list(dict.fromkeys(quads))).decode("utf-8")


def triple_hash(s, p, o) -> int:
    """The key a proposal's triple is looked up by: the hash of its line in the asserted graph."""
    from ickg.namespaces import ASSERTED_GRAPH

    return line_hash(quads_text([(s, p, o, ASSERTED_GRAPH)]))


class SupportWriter:
    """Collects what every source of a full build states (:func:`ickg.build.stages.build_dataset`),
    then writes the index into the new version's directory (:meth:`write`)."""

    def __init__(self) -> None:
        self.sources: dict[str, array] = {}
        self.counts: Counter = Counter()
        self.proposals: list[tuple[str, int, str, bool]] = []  # (source, triple hash, N-Quads, shown)
        self.texts: dict[int, str] = {}
        self.curation: dict[str, str] = {}  # curation_digests() of the build
        self._proposal_rows: list[Iterable[tuple[str, int, str, bool]]] = []  # add_proposals()

    def add(self, source: str, text: str) -> None:
        """Count the shared lines of ``source`` (N-Quads text; repeats are counted once)."""
        own = set()
        for line in lines_of(text):
            h = line_hash(line)
            own.add(h)
            if kept_as_text(source, line):
                self.texts[h] = line
        hashes = array("q", sorted(own))
        if source in self.sources:  # a source told in two parts (a document's asserted, its statements)
            hashes = array("q", sorted(set(self.sources[source]) | set(hashes)))
            self.counts.subtract(set(self.sources[source]))
        self.sources[source] = hashes
        self.counts.update(hashes)

    def add_proposal(self, source: str, triple, nq: str, shown: bool) -> None:
        """One proposal of document ``source``: its N-Quads, and whether the store shows it (its
        triple is not asserted)."""
        self.proposals.append((source, triple_hash(*triple), nq, shown))

    def add_proposals(self, rows: Iterable[tuple[str, int, str, bool]]) -> None:
        """Proposals as ``(source, triple hash, N-Quads, shown)`` rows, iterated once when the
        index is written: rows read back from disk (:class:`ickg.build.spill.ProposalSpill`)
        keep a big build's proposals out of memory."""
        self._proposal_rows.append(rows)

    def _source_rows(self) -> Iterable[tuple[str, bytes]]:
        """``(source, blob of its line hashes)`` in the order the sources came."""
        return ((name, hashes.tobytes()) for name, hashes in self.sources.items())

    def _count_rows(self) -> Iterable[tuple[int, int]]:
        """``(line hash, sources stating it)`` of the counted lines, by hash."""
        return sorted((h, n) for h, n in self.counts.items() if n > 0)

    def _text_rows(self) -> Iterable[tuple[int, str]]:
        """``(line hash, line)`` of the lines kept as text (:func:`kept_as_text`), by hash."""
        return sorted(self.texts.items())

    def write(self, version_dir: str | os.PathLike[str]) -> None:
        """Write ``support.sqlite`` into ``version_dir`` (under a temporary name, then renamed)."""
        target = support_path(version_dir)
        tmp = target.with_name(f".{target.name}.tmp-{os.getpid()}")
        tmp.unlink(missing_ok=True)
        try:
            conn = sqlite3.connect(str(tmp), isolation_level=None)
            try:
                conn.execute("PRAGMA journal_mode=OFF")
                conn.execute("PRAGMA synchronous=OFF")
                conn.execute("BEGIN")
                for sql in SCHEMA:
                    conn.execute(sql)
                conn.executemany("INSERT INTO source (name, hashes) VALUES (?, ?)", self._source_rows())
                conn.executemany("INSERT INTO counts VALUES (?, ?)", self._count_rows())
                # The proposals are streamed into their table, and their lines counted in a
                # temporary table (on disk): a big build's proposals are never all in memory.
                conn.execute("CREATE TEMP TABLE shown_line (h INTEGER NOT NULL)")

                def rows():
                    for source, triple, nq, on in chain(self.proposals, *self._proposal_rows):
                        if on:
                            conn.executemany("INSERT INTO shown_line VALUES (?)",
                                             ((h,) for h in {line_hash(line) for line in lines_of(nq)}))
                        yield source, triple, int(on), nq

                conn.executemany("INSERT INTO proposal (source, triple, shown, nq) VALUES (?, ?, ?, ?)", rows())
                conn.execute("INSERT INTO pcounts SELECT h, COUNT(*) FROM shown_line GROUP BY h ORDER BY h")
                conn.execute("DROP TABLE shown_line")
                conn.executemany("INSERT INTO line VALUES (?, ?)", self._text_rows())
                conn.executemany("INSERT INTO curation VALUES (?, ?)", sorted(self.curation.items()))
                conn.execute(f"PRAGMA user_version={FORMAT}")
                conn.execute("COMMIT")
            finally:
                conn.close()
            os.replace(tmp, target)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise


def hashes_of(blob: bytes) -> array:
    out = array("q")
    out.frombytes(blob)
    return out

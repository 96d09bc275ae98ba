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
``proposed-provenance``) are kept per document: the document's proposals' distinct lines once
(``proposal_lines``, compressed; the proposals of a document repeat its quotes' nodes, and each
one's whole text was a copy of what the store's proposed graphs hold), and each proposal as the
positions of its lines among them, with whether it is shown (its triple is not asserted); their
lines are counted over the shown ones (``pcounts``).

The index lives in the store version's directory, so it is promoted and dropped with the version
it describes; a version without one (built by an older ickg, or made by a SPARQL Update) makes the
next ingest a full build, which writes one. It is two files:

- ``support.sqlite``, the **base**, written whole by a full build (:class:`SupportWriter`) and
  never written again: a new version made by ``ickg ingest`` or ``ickg remove`` hard-links it
  (:func:`stage_support`) as ``support-base.sqlite``, so that one document does not copy the
  corpus's index (482 MB at 10,000 documents, 2.5-3.5 s of wall time on ext4, which has no
  cheap copy). The other name keeps an earlier ickg, which reads ``support.sqlite`` alone, from
  taking a base without its delta for the whole index: it finds none and makes a full build;
- ``support-delta.sqlite``, the **delta**, the rows changed since the base was written, in
  tables of the base's names (a tombstone for a row gone: a count of 0, a ``NULL`` text, hashes
  or proposal source), copied into each new version and changed there (:class:`SupportIndex`
  reads the two as one). When the delta grows past an eighth of the base
  (:func:`needs_compaction`), the change writes the two as a new base (:func:`compact`), in its
  staged version: the live version's files are never written.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
import zlib
from array import array
from collections import Counter
from itertools import chain, groupby
from operator import itemgetter
from pathlib import Path
from typing import Iterable

from ickg.iris import ASSERTED_GRAPH

_ASSERTED_END = f" <{ASSERTED_GRAPH}> .\n"  # how a line of the asserted graph ends (kept_as_text, per line)
SUPPORT_NAME = "support.sqlite"
BASE_NAME = "support-base.sqlite"  # the base, linked into a version that has a delta
DELTA_NAME = "support-delta.sqlite"
CURATION = "#curation"
FORMAT = 3  # bumped when the schema changes: an index of another format is not read (a full build writes one)

SCHEMA = (
    "CREATE TABLE source (id INTEGER PRIMARY KEY, name TEXT UNIQUE NOT NULL, hashes BLOB NOT NULL)",
    "CREATE TABLE counts (h INTEGER PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID",
    "CREATE TABLE proposal (id INTEGER PRIMARY KEY, source TEXT NOT NULL, triple INTEGER NOT NULL, "
    "shown INTEGER NOT NULL, lines BLOB NOT NULL)",
    "CREATE INDEX proposal_source ON proposal (source)",
    "CREATE TABLE proposal_lines (source TEXT PRIMARY KEY, nquads BLOB NOT NULL)",
    "CREATE INDEX proposal_triple ON proposal (triple)",
    "CREATE TABLE pcounts (h INTEGER PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID",
    "CREATE TABLE line (h INTEGER PRIMARY KEY, text TEXT NOT NULL) WITHOUT ROWID",
    "CREATE TABLE curation (name TEXT PRIMARY KEY, sha256 TEXT NOT NULL)",
)
# The delta's tables: a row of the delta replaces the base's row of the same key, a tombstone
# (count 0, text, hashes, proposal source or proposal lines NULL) removes it.
DELTA_SCHEMA = (
    "CREATE TABLE source (name TEXT PRIMARY KEY, hashes BLOB)",
    "CREATE TABLE counts (h INTEGER PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID",
    "CREATE TABLE proposal (id INTEGER PRIMARY KEY, source TEXT, triple INTEGER, shown INTEGER, lines BLOB)",
    "CREATE INDEX proposal_source ON proposal (source)",
    "CREATE TABLE proposal_lines (source TEXT PRIMARY KEY, nquads BLOB)",
    "CREATE INDEX proposal_triple ON proposal (triple)",
    "CREATE TABLE pcounts (h INTEGER PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID",
    "CREATE TABLE line (h INTEGER PRIMARY KEY, text TEXT) WITHOUT ROWID",
    "CREATE TABLE curation (name TEXT PRIMARY KEY, sha256 TEXT NOT NULL)",
)
COMPACT_RATIO = 8  # the delta is merged into a new base when it passes 1/COMPACT_RATIO of the base
COMPACT_MIN = 4 << 20  # ... and this many bytes (a small corpus's base is a few hundred kB)
_BATCH = 500  # host parameters per IN (...) list
_SHOWN_BATCH = 50_000  # rows of the shown proposals' line hashes per insert (SupportWriter.write)


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


def kept_texts(source: str, hashes: list[int], lines: list[str]) -> Iterable[tuple[int, str]]:
    """``(hash, line)`` of those of ``source``'s ``lines`` (with their ``hashes``) that
    :func:`kept_as_text` keeps, tested without a call per line."""
    if source == CURATION:
        return zip(hashes, lines)
    return ((h, line) for h, line in zip(hashes, lines) if line.endswith(_ASSERTED_END))


def line_hash(line: str) -> int:
    """A stable 64-bit hash of one N-Quads line (with its newline), as SQLite's signed integer."""
    return int.from_bytes(hashlib.blake2b(line.encode("utf-8"), digest_size=8).digest(), "big", signed=True)


def line_hashes(lines: Iterable[str]) -> list[int]:
    """:func:`line_hash` of each of ``lines``, without a call per line (a build hashes about 250
    lines a document: at 3,000 documents, 0.9 of the 1.4 CPU-s :func:`line_hash` took was calls)."""
    blake2b, from_bytes = hashlib.blake2b, int.from_bytes
    return [from_bytes(blake2b(line.encode("utf-8"), digest_size=8).digest(), "big", signed=True) for line in lines]


def lines_of(text: str) -> list[str]:
    """The distinct lines of N-Quads ``text``, each with its newline, in first-seen order."""
    lines = dict.fromkeys(text.split("\n"))  # distinct first: the newline is added to each once
    lines.pop("", None)
    return [line + "\n" for line in lines]


class DocumentLines:
    """The distinct lines of one document's proposals, each once, in the order first met: what the
    support index keeps of the proposals' text, a proposal being the positions of its lines
    among them (:meth:`add`, :func:`positions_of`).

    Why: a document's proposals repeat its quotes' nodes (at 2,000 synthetic documents, 277,624
    lines in the shown proposals, 127,962 distinct), and the index kept each proposal's N-Quads
    whole (3.6 kB a proposal, 55.5 MB) and hashed every line of every shown one for ``pcounts``.
    Per document, not by hash over the corpus: a proposal comes and goes with its document, so
    a document's lines go with its row, and no count of the proposals naming a line is kept."""

    __slots__ = ("_at",)

    def __init__(self, lines: Iterable[str] = ()) -> None:
        self._at: dict[str, int] = {}  # line (without its newline) -> its position
        for line in lines:
            self._at.setdefault(line, len(self._at))

    @classmethod
    def of_text(cls, text: str) -> "DocumentLines":
        """The lines of N-Quads ``text`` as :meth:`text` writes them."""
        return cls(text.split("\n")[:-1])

    @classmethod
    def unpack(cls, packed: bytes) -> "DocumentLines":
        """The lines as the index's ``proposal_lines.nquads`` holds them (:meth:`pack`)."""
        return cls.of_text(zlib.decompress(packed).decode("utf-8"))

    def add(self, nq: str) -> array:
        """The positions of the distinct lines of one proposal's N-Quads ``nq`` (in its order: its
        first line is its triple), the lines not met yet added."""
        at = self._at
        lines = dict.fromkeys(nq.split("\n"))
        lines.pop("", None)
        return array("I", [at.setdefault(line, len(at)) for line in lines])

    def text(self) -> str:
        """Every line with its newline, in order."""
        return "\n".join(self._at) + "\n" if self._at else ""

    def pack(self) -> bytes:
        """:meth:`text` as the index keeps it: compressed (zlib, level 1). A document's proposals'
        lines repeat its IRIs: at 2,000 synthetic documents 44.8 MB of text became 4.4, for
        about the CPU the 40 MB not written to SQLite cost (the proposals' part of the writer
        1.06-1.12 CPU-s with each proposal's text whole, 0.97-1.06 with the lines uncompressed,
        1.09-1.12 compressed; its tables 67.2, 49.4 and 10.3 MB)."""
        return zlib.compress(self.text().encode("utf-8"), 1)

    def lines(self, positions: Iterable[int]) -> list[str]:
        """The lines at ``positions``, each with its newline."""
        every = list(self._at)
        return [every[i] + "\n" for i in positions]


def positions_of(blob: bytes) -> array:
    """A proposal's ``lines`` column: the positions of its lines among its document's
    (:meth:`DocumentLines.add`)."""
    out = array("I")
    out.frombytes(blob)
    return out


def support_path(version_dir: str | os.PathLike[str]) -> Path:
    """Where a full build writes the support index of the store version in ``version_dir``."""
    return Path(version_dir) / SUPPORT_NAME


def base_path(version_dir: str | os.PathLike[str]) -> Path:
    """The base of the version's index: ``support-base.sqlite`` beside a delta, else the whole
    index a full build (or a compaction) wrote."""
    linked = Path(version_dir) / BASE_NAME
    return linked if linked.exists() else support_path(version_dir)


def delta_path(version_dir: str | os.PathLike[str]) -> Path:
    """Where the delta of the support index of the version in ``version_dir`` lives."""
    return Path(version_dir) / DELTA_NAME


def _read_only(path: Path) -> str:
    """An SQLite URI opening ``path`` read-only; ``immutable`` (no locks taken) for a base, which
    is never written once renamed into place."""
    base = Path(path).name in (SUPPORT_NAME, BASE_NAME)
    return Path(path).resolve().as_uri() + "?mode=ro" + ("&immutable=1" if base else "")


def _format_of(path: Path) -> int | None:
    try:
        conn = sqlite3.connect(_read_only(path), uri=True)
        try:
            return conn.execute("PRAGMA user_version").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return None


def has_support(version_dir: str | os.PathLike[str]) -> bool:
    """Whether the version in ``version_dir`` has a support index of this format: a whole one,
    or a base and its delta."""
    whole, base, delta = support_path(version_dir), Path(version_dir) / BASE_NAME, delta_path(version_dir)
    if base.exists() or delta.exists():
        return (base.is_file() and delta.is_file() and not whole.exists()
                and _format_of(base) == FORMAT and _format_of(delta) == FORMAT)
    return whole.is_file() and _format_of(whole) == FORMAT


def read_curation(version_dir: str | os.PathLike[str]) -> dict[str, str]:
    """``{curation file name: SHA-256}`` the index of the version in ``version_dir`` was made
    with (the delta holds the whole table once there is one)."""
    delta = delta_path(version_dir)
    path = delta if delta.is_file() else base_path(version_dir)
    conn = sqlite3.connect(_read_only(path), uri=True)
    try:
        return dict(conn.execute("SELECT name, sha256 FROM curation"))
    finally:
        conn.close()


def stage_support(live_dir: str | os.PathLike[str], staged_dir: str | os.PathLike[str]) -> None:
    """The live version's index made the staged version's: the base hard-linked as
    ``support-base.sqlite`` (copied only across file systems), the delta copied (it is changed
    in the staged version, and made there by :class:`SupportIndex` if the live one has none)."""
    import shutil

    base, target = base_path(live_dir), Path(staged_dir) / BASE_NAME
    try:
        os.link(base, target)
    except OSError:
        shutil.copy2(base, target)
    if delta_path(live_dir).is_file():
        shutil.copy2(delta_path(live_dir), delta_path(staged_dir))


def needs_compaction(version_dir: str | os.PathLike[str]) -> bool:
    """Whether the delta has grown enough to be merged into a new base (:data:`COMPACT_RATIO`):
    each change copies the delta, so it is kept small against the base it spares copying."""
    delta = delta_path(version_dir)
    if not delta.is_file():
        return False
    size = delta.stat().st_size
    return size > COMPACT_MIN and size * COMPACT_RATIO > base_path(version_dir).stat().st_size


def compact(version_dir: str | os.PathLike[str]) -> None:
    """Merge the delta into a whole index, ``support.sqlite``, in ``version_dir`` (a staged
    version), and drop the delta and the link to the base (the file other versions link stays as
    it was)."""
    base, delta, whole = base_path(version_dir), delta_path(version_dir), support_path(version_dir)
    if not delta.is_file():
        return
    tmp = whole.with_name(f".{whole.name}.tmp-{os.getpid()}")
    tmp.unlink(missing_ok=True)
    try:
        conn = sqlite3.connect(str(tmp), isolation_level=None)
        try:
            conn.execute("ATTACH DATABASE ? AS base", (_read_only(base),))
            conn.execute("ATTACH DATABASE ? AS delta", (_read_only(delta),))
            conn.execute("PRAGMA main.journal_mode=OFF")
            conn.execute("PRAGMA main.synchronous=OFF")
            conn.execute("BEGIN")
            for sql in SCHEMA:
                conn.execute(sql)
            kept = "NOT EXISTS (SELECT 1 FROM delta.{t} d WHERE d.{k} = b.{k})"
            conn.execute("INSERT INTO main.source (name, hashes) SELECT name, hashes FROM ("
                         "SELECT b.id AS o, b.name, b.hashes FROM base.source b "
                         f"WHERE {kept.format(t='source', k='name')} "
                         "UNION ALL SELECT (SELECT IFNULL(MAX(id), 0) FROM base.source) + d.rowid, d.name, d.hashes "
                         "FROM delta.source d WHERE d.hashes IS NOT NULL) ORDER BY o")
            for table in ("counts", "pcounts"):
                conn.execute(f"INSERT INTO main.{table} SELECT h, n FROM ("
                             f"SELECT b.h, b.n FROM base.{table} b WHERE {kept.format(t=table, k='h')} "
                             f"UNION ALL SELECT h, n FROM delta.{table} WHERE n > 0) ORDER BY h")
            conn.execute("INSERT INTO main.line SELECT h, text FROM ("
                         f"SELECT b.h, b.text FROM base.line b WHERE {kept.format(t='line', k='h')} "
                         "UNION ALL SELECT h, text FROM delta.line WHERE text IS NOT NULL) ORDER BY h")
            conn.execute("INSERT INTO main.proposal SELECT id, source, triple, shown, lines FROM ("
                         "SELECT b.id, b.source, b.triple, b.shown, b.lines FROM base.proposal b WHERE "
                         f"{kept.format(t='proposal', k='id')} UNION ALL SELECT id, source, triple, shown, lines "
                         "FROM delta.proposal WHERE source IS NOT NULL) ORDER BY id")
            conn.execute("INSERT INTO main.proposal_lines SELECT source, nquads FROM ("
                         "SELECT b.source, b.nquads FROM base.proposal_lines b WHERE "
                         f"{kept.format(t='proposal_lines', k='source')} UNION ALL SELECT source, nquads "
                         "FROM delta.proposal_lines WHERE nquads IS NOT NULL) ORDER BY source")
            conn.execute("INSERT INTO main.curation SELECT name, sha256 FROM delta.curation ORDER BY name")
            conn.execute(f"PRAGMA main.user_version={FORMAT}")
            conn.execute("COMMIT")
        finally:
            conn.close()
        _fsync(tmp)
        os.replace(tmp, whole)
        delta.unlink()
        if base != whole:
            base.unlink()  # a name only: the file the live version links is untouched
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _marks(n: int) -> str:
    return ",".join("?" * n)


class SupportIndex:
    """The support index of a staged version, read and changed as one table set: the delta is
    the connection's main database, changed in one transaction (:meth:`commit`); the base is
    attached read-only. A row of the delta replaces the base's, a tombstone hides it."""

    def __init__(self, version_dir: str | os.PathLike[str]) -> None:
        self.path = delta_path(version_dir)
        new = not self.path.exists()
        self.conn = sqlite3.connect(str(self.path), isolation_level=None)
        self.conn.execute("ATTACH DATABASE ? AS base", (_read_only(base_path(version_dir)),))
        self.conn.execute("PRAGMA main.journal_mode=OFF")
        self.conn.execute("BEGIN")
        if new:
            for sql in DELTA_SCHEMA:
                self.conn.execute(sql.replace("CREATE TABLE ", "CREATE TABLE main.").replace(
                    "CREATE INDEX ", "CREATE INDEX main."))
            self.conn.execute("INSERT INTO main.curation SELECT name, sha256 FROM base.curation")
            self.conn.execute(f"PRAGMA main.user_version={FORMAT}")
        self._next_id = 1 + max(self.conn.execute("SELECT IFNULL(MAX(id), 0) FROM base.proposal").fetchone()[0],
                                self.conn.execute("SELECT IFNULL(MAX(id), 0) FROM main.proposal").fetchone()[0])

    def _overlaid(self, table: str, key: str, columns: str, keys: Iterable, live: str) -> list[tuple]:
        """Rows of ``table`` whose ``key`` is one of ``keys``: the delta's (those where ``live``
        holds: not tombstones), then the base's the delta does not name."""
        keys = list(dict.fromkeys(keys))
        out: list[tuple] = []
        for i in range(0, len(keys), _BATCH):
            part = keys[i:i + _BATCH]
            marks = _marks(len(part))
            rows = self.conn.execute(f"SELECT {key}, {live}, {columns} FROM main.{table} WHERE {key} IN ({marks})",
                                     part).fetchall()
            seen = {r[0] for r in rows}
            out += [r[2:] for r in rows if r[1]]
            rest = [k for k in part if k not in seen]
            if rest:
                out += self.conn.execute(f"SELECT {columns} FROM base.{table} WHERE {key} IN ({_marks(len(rest))})",
                                         rest).fetchall()
        return out

    def source(self, name: str) -> list[int]:
        """The line hashes source ``name`` states (none if it is not a source)."""
        rows = self._overlaid("source", "name", "hashes", [name], "hashes IS NOT NULL")
        return list(hashes_of(rows[0][0])) if rows else []

    def set_source(self, name: str, hashes: Iterable[int] | None) -> None:
        """Source ``name`` now states ``hashes`` (``None``: it is no longer a source)."""
        blob = None if hashes is None else array("q", sorted(set(hashes))).tobytes()
        self.conn.execute("INSERT OR REPLACE INTO main.source VALUES (?, ?)", (name, blob))

    def counts(self, table: str, hashes: Iterable[int]) -> dict[int, int]:
        """``{hash: sources}`` in ``table`` (``counts`` or ``pcounts``) of those ``hashes`` counted."""
        return dict(self._overlaid(table, "h", "h, n", hashes, "n > 0"))

    def change_counts(self, table: str, delta: Counter) -> dict[int, int]:
        """Apply ``delta`` to ``table``'s counts; the new count of every hash it names."""
        old = self.counts(table, delta)
        new = {h: old.get(h, 0) + d for h, d in delta.items()}
        self.conn.executemany(f"INSERT OR REPLACE INTO main.{table} VALUES (?, ?)",
                              [(h, max(n, 0)) for h, n in new.items()])
        return new

    def texts(self, hashes: Iterable[int]) -> list[str]:
        """The kept text of those lines that have one."""
        return [t for (t,) in self._overlaid("line", "h", "text", hashes, "text IS NOT NULL")]

    def drop_texts(self, hashes: Iterable[int]) -> None:
        self.conn.executemany("INSERT OR REPLACE INTO main.line VALUES (?, NULL)", [(h,) for h in hashes])

    def put_texts(self, rows: Iterable[tuple[int, str]]) -> None:
        self.conn.executemany("INSERT OR REPLACE INTO main.line VALUES (?, ?)", rows)

    def lines(self, where: str = "", params: Iterable = ()) -> list[str]:
        """Every kept line (by hash, as the base's table reads), or those ``where`` selects on
        ``text``."""
        cond = f" AND ({where})" if where else ""
        params = list(params)
        return [t for (t,) in self.conn.execute(
            "SELECT text FROM (SELECT b.h, b.text FROM base.line b WHERE NOT EXISTS "
            f"(SELECT 1 FROM main.line d WHERE d.h = b.h){cond} "
            f"UNION ALL SELECT h, text FROM main.line WHERE text IS NOT NULL{cond}) ORDER BY h", params + params)]

    _PROPOSAL = "id, source, triple, shown, lines"

    def proposals_of(self, source: str) -> list[tuple]:
        """``(id, source, triple, shown, lines)`` of document ``source``'s proposals (``lines``: the
        positions of the proposal's lines among its document's, :func:`positions_of`)."""
        rows = self.conn.execute(f"SELECT {self._PROPOSAL} FROM main.proposal WHERE source = ?", (source,)).fetchall()
        rows += self.conn.execute(f"SELECT {self._PROPOSAL} FROM base.proposal b WHERE source = ? AND NOT EXISTS "
                                  "(SELECT 1 FROM main.proposal d WHERE d.id = b.id)", (source,)).fetchall()
        return sorted(rows)

    def proposals_about(self, triples: Iterable[int]) -> list[tuple]:
        """``(id, source, triple, shown, lines)`` of the proposals of these triple hashes."""
        triples = list(dict.fromkeys(triples))
        out = []
        for i in range(0, len(triples), _BATCH):
            part = triples[i:i + _BATCH]
            marks = _marks(len(part))
            out += self.conn.execute(f"SELECT {self._PROPOSAL} FROM main.proposal WHERE triple IN ({marks})",
                                     part).fetchall()
            out += self.conn.execute(f"SELECT {self._PROPOSAL} FROM base.proposal b WHERE triple IN ({marks}) "
                                     "AND NOT EXISTS (SELECT 1 FROM main.proposal d WHERE d.id = b.id)",
                                     part).fetchall()
        return sorted(out)

    def drop_proposals(self, ids: Iterable[int]) -> None:
        self.conn.executemany("INSERT OR REPLACE INTO main.proposal VALUES (?, NULL, NULL, NULL, NULL)",
                              [(i,) for i in ids])

    def put_proposal(self, row: tuple) -> None:
        """A proposal ``(id, source, triple, shown, lines)`` as it now is (its shown flag changed)."""
        self.conn.execute("INSERT OR REPLACE INTO main.proposal VALUES (?, ?, ?, ?, ?)", row)

    def add_proposals(self, rows: Iterable[tuple[str, int, int, str]]) -> None:
        """New proposals ``(source, triple, shown, lines)``, numbered after every existing one."""
        numbered = []
        for row in rows:
            numbered.append((self._next_id, *row))
            self._next_id += 1
        self.conn.executemany("INSERT INTO main.proposal VALUES (?, ?, ?, ?, ?)", numbered)

    def proposal_lines(self, sources: Iterable[str]) -> dict[str, DocumentLines]:
        """The proposals' lines of each of these documents that has proposals."""
        return {source: DocumentLines.unpack(packed)
                for source, packed in self._overlaid("proposal_lines", "source", "source, nquads", sources,
                                                     "nquads IS NOT NULL")}

    def put_proposal_lines(self, source: str, lines: DocumentLines | None) -> None:
        """Document ``source``'s proposals' lines as they now are (``None``: it has no proposals)."""
        self.conn.execute("INSERT OR REPLACE INTO main.proposal_lines VALUES (?, ?)",
                          (source, None if lines is None else lines.pack()))

    def set_curation(self, digests: dict[str, str]) -> None:
        self.conn.execute("DELETE FROM main.curation")
        self.conn.executemany("INSERT INTO main.curation VALUES (?, ?)", sorted(digests.items()))

    def commit(self) -> None:
        """Commit the change to the delta and write it to disk."""
        self.conn.execute("COMMIT")
        self.conn.close()
        _fsync(self.path)


def quads_text(quads: Iterable) -> str:
    """rdflib-term quads as N-Quads text (the one writer of the spool): the lines they are counted by."""
    from ickg.ntriples import nquads

    return nquads(list(dict.fromkeys(quads))).decode("utf-8")


def triple_hash(s, p, o) -> int:
    """The key a proposal's triple is looked up by: the hash of its line in the asserted graph
    (the line :func:`quads_text` writes for it, written here without its list and cache: the
    main process hashes every proposal of a build)."""
    from ickg.ntriples import term

    return line_hash(f"{term(s)} {term(p)} {term(o)}{_ASSERTED_END}")


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
        self._writing: sqlite3.Connection | None = None  # the index being written (write())
        self._abandoned = False  # abandon(): write() stops at its next row

    def add(self, source: str, text: str) -> None:
        """Count the shared lines of ``source`` (N-Quads text; repeats are counted once)."""
        lines = lines_of(text)
        hashes = line_hashes(lines)
        own = set(hashes)
        self.texts.update(kept_texts(source, hashes, lines))
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
            # check_same_thread: abandon() interrupts it from the thread that started write_in_background()
            conn = self._writing = sqlite3.connect(str(tmp), isolation_level=None, check_same_thread=False)
            try:
                self._check_abandoned()
                conn.execute("PRAGMA journal_mode=OFF")
                conn.execute("PRAGMA synchronous=OFF")
                conn.execute("BEGIN")
                for sql in SCHEMA:
                    conn.execute(sql)
                conn.executemany("INSERT INTO source (name, hashes) VALUES (?, ?)", self._source_rows())
                conn.executemany("INSERT INTO counts VALUES (?, ?)", self._count_rows())
                self._write_proposals(conn)
                conn.executemany("INSERT INTO line VALUES (?, ?)", self._text_rows())
                conn.executemany("INSERT INTO curation VALUES (?, ?)", sorted(self.curation.items()))
                conn.execute(f"PRAGMA user_version={FORMAT}")
                self._check_abandoned()
                conn.execute("COMMIT")
            finally:
                self._writing = None
                conn.close()
            os.replace(tmp, target)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise

    def _write_proposals(self, conn: sqlite3.Connection) -> None:
        """The proposals streamed into their tables a document at a time (a big build's proposals
        are never all in memory), and their lines counted over the shown ones in a temporary table
        (on disk): per document, each line the number of its shown proposals stating it."""
        conn.execute("CREATE TEMP TABLE shown_line (h INTEGER NOT NULL, n INTEGER NOT NULL)")
        shown: list[tuple[int, int]] = []  # (line hash, shown proposals of a document), a batch at a time
        for source, proposals in groupby(chain(self.proposals, *self._proposal_rows), key=itemgetter(0)):
            lines, rows, on_lines = DocumentLines(), [], Counter()
            for _, triple, nq, on in proposals:
                self._check_abandoned()  # per proposal: a document may have thousands (a cancel waits for it)
                positions = lines.add(nq)
                rows.append((source, triple, int(on), positions.tobytes()))
                if on:
                    on_lines.update(positions)
            try:
                conn.execute("INSERT INTO proposal_lines VALUES (?, ?)", (source, lines.pack()))
            except sqlite3.IntegrityError:
                raise ValueError(f"the support index: the proposals of {source!r} came apart") from None
            conn.executemany("INSERT INTO proposal (source, triple, shown, lines) VALUES (?, ?, ?, ?)", rows)
            if on_lines:
                shown += zip(line_hashes(lines.lines(on_lines)), on_lines.values())
                if len(shown) >= _SHOWN_BATCH:
                    conn.executemany("INSERT INTO shown_line VALUES (?, ?)", shown)
                    shown.clear()
        conn.executemany("INSERT INTO shown_line VALUES (?, ?)", shown)
        conn.execute("INSERT INTO pcounts SELECT h, SUM(n) FROM shown_line GROUP BY h ORDER BY h")
        conn.execute("DROP TABLE shown_line")

    def write_in_background(self, version_dir: str | os.PathLike[str]) -> "BackgroundWrite":
        """:meth:`write` on a thread of its own, started now; the caller waits for it
        (:meth:`BackgroundWrite.wait`) or gives it up (:meth:`BackgroundWrite.cancel`). Nothing
        may be added to the index once it is started."""
        return BackgroundWrite(self, version_dir)

    def _check_abandoned(self) -> None:
        if self._abandoned:
            raise _Abandoned("the support index was given up")

    def abandon(self) -> None:
        """Make a :meth:`write` running on another thread stop (its file is removed): it stops
        at its next row, and a statement it is running is interrupted."""
        self._abandoned = True
        self.interrupt()

    def interrupt(self) -> None:
        """Interrupt the SQL statement :meth:`write` is running, if any (from another thread)."""
        conn = self._writing
        if conn is not None:
            try:
                conn.interrupt()
            except sqlite3.ProgrammingError:  # closed meanwhile
                pass


class _Abandoned(Exception):
    """:meth:`SupportWriter.abandon` was called while the index was being written."""


class BackgroundWrite:
    """A support index being written on a thread of its own (:meth:`SupportWriter.write_in_background`).

    Why: ``ickg build`` has the index complete once its documents and curation are read and the
    proposals made, yet wrote it only after the store was compacted, on the build's one thread:
    at 10,000 documents 15 s of wall time after the compaction's 15 s, with a core free for
    most of both. The index is written from SQLite and the proposals' spill file, while the
    store's bulk loads and compaction run in RocksDB: both release the GIL, so the build
    starts the write as soon as its store is opened (:func:`ickg.build.stages._start_support`)
    and waits for it after the compaction (:func:`ickg.build.publish.publish`). The file written is the same (the same writer, the
    same rows in the same order)."""

    def __init__(self, writer: SupportWriter, version_dir: str | os.PathLike[str]) -> None:
        self._writer = writer
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(version_dir,), name="ickg-support-index",
                                        daemon=True)
        self._thread.start()

    def _run(self, version_dir: str | os.PathLike[str]) -> None:
        try:
            self._writer.write(version_dir)
        except BaseException as error:  # re-raised by wait(), in the build's thread
            self._error = error

    def wait(self) -> None:
        """Wait until the index is written.

        Raises:
            whatever :meth:`SupportWriter.write` raised (an OSError for a full disk).
        """
        self._thread.join()
        if self._error is not None:
            error, self._error = self._error, None
            raise error

    def cancel(self) -> None:
        """Stop the write (the build failed) and wait for the thread: no file is left behind."""
        self._writer.abandon()
        while self._thread.is_alive():
            self._writer.interrupt()  # a statement begun after abandon() looked
            self._thread.join(0.05)
        self._error = None


def hashes_of(blob: bytes) -> array:
    out = array("q")
    out.frombytes(blob)
    return out

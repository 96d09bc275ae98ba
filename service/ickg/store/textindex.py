"""A full-text index of one store version: labels, definitions, evidence quotes, document text.

Why SQLite FTS5
    It is in Python's standard library (Debian's Python and this venv link SQLite 3.40, built
    with FTS5), it ranks with BM25, writes snippets with the matches marked, and answers phrase
    and prefix queries; one file, opened read-only by any number of threads and processes.

Where it lives
    Inside the version directory of the store it indexes: ``build/store/<version>/`` + ``INDEX_NAME``
    (RocksDB leaves files it does not know alone). So the index is staged with its version,
    promoted by the same rename, and removed with it: a server that moves to a new version
    finds that version's index, and an old index never answers for new data. :func:`build`
    writes it (a temporary file renamed into place) from the N-Quads the version was loaded
    from, or from the store, reading the quads as a stream, never as rdflib graphs. ``ickg
    build`` runs it in a child process that reads the build's N-Quads while they are written
    (:class:`Follower`), so that most of its work is done by the time the build ends.

What a row is
    One piece of text and the resource it belongs to (:class:`Hit`):

    ``label``       rdfs:label, skos:prefLabel, dcterms:title of the labelled resource
    ``altLabel``    skos:altLabel of the labelled resource
    ``definition``  skos:definition of the defined term
    ``quote``       the words of an evidence or proposal annotation (its document's text at its
                    offsets): the resource is the subject of the statement it supports, with the
                    document it was quoted from and its character offsets
    ``related``     what the resource is linked to by an asserted triple, in words: the property's
                    label and the names (labels and altLabels) of the thing it points to, so that a
                    search for a concept's other name reaches the programs that use the concept
                    ("bundled care" finds the program whose funding model is "bundling of care",
                    whose altLabel it is)
    ``text``        ickg:fullText of a document: the resource is the document

    Each kind is its own FTS5 column, so BM25 normalises lengths within a kind (a label is
    short, a document long) and weighs the kinds label > altLabel > definition > quote >
    related > text (:data:`KINDS`). The derivations graph (bookkeeping of the reasoner) is left out.

What a result shows
    Beside its hits, each resource's label, its stated classes and the concept schemes it is in
    (skos:inScheme; else the ontology that defines it, rdfs:isDefinedBy), with their labels, are recorded in the index (the ``resource`` table), so a
    page of results needs no query to the store, and same-named concepts of different schemes
    can be told apart.

Queries (:func:`fts_query`)
    Users type words, ``"phrases"``, prefixes (``integr*``), ``OR`` between terms and ``-word`` to
    leave a word out. The text is never handed to FTS5's own syntax: each term becomes a quoted
    FTS5 string, which the tokenizer splits like the indexed text, so ``case-management`` is the
    phrase "case management" and no input can make a syntax error; ``NEAR``, ``AND``, column
    filters and parentheses are plain words. The tokenizer is ``porter unicode61
    remove_diacritics 2``: "Montreal" finds "Montréal", "integrated" finds "integration".
"""

from __future__ import annotations

import html
import io
import json
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote as url_quote

import pyoxigraph as ox

from ickg.iris import ASSERTED_GRAPH, DERIVATIONS_GRAPH, INFERRED_GRAPH
from ickg.iris import DCTERMS as _DCTERMS, ICKG as _ICKG, OA as _OA, OWL as _OWL, PROV as _PROV
from ickg.iris import RDF as _RDF, RDFS as _RDFS, SKOS as _SKOS, XSD as _XSD

INDEX_NAME = "ickg-text-index.sqlite"
FORMAT = 4  # bumped when the schema changes; an index of another format is rebuilt, never read

# (kind, BM25 weight), in the order of the FTS5 columns.
KINDS = (("label", 10.0), ("altLabel", 6.0), ("definition", 4.0), ("quote", 2.0), ("related", 1.5),
         ("text", 1.0))
KIND_NAMES = tuple(kind for kind, _ in KINDS)

# The predicates the index reads, each with a code for the scratch tables. Literal objects:
# the text to index (and the kind it is) or an offset; IRI objects: the links from a quote to
# its statement's subject, its document and its offsets (see QUOTES_SQL).
TEXT_PREDICATES = {  # predicate: (code, kind); the code also orders kinds for one (resource, text)
    _RDFS + "label": (0, "label"), _SKOS + "prefLabel": (1, "label"), _DCTERMS + "title": (2, "label"),
    _SKOS + "altLabel": (3, "altLabel"), _SKOS + "definition": (4, "definition"),
    _ICKG + "fullText": (5, "text"), _OA + "exact": (6, "quote"),
}
FILE_NAME = _ICKG + "fileName"  # a document's name: its label when it has no title
RDF_TYPE = _RDF + "type"
IN_SCHEME = _SKOS + "inScheme"
DEFINED_BY = _RDFS + "isDefinedBy"
DISPLAY_PREDICATES = {FILE_NAME: 7}  # read for the display label only, not searched
LINK_PREDICATES = {  # predicate: code
    _OA + "hasSelector": 10, _OA + "hasTarget": 11, _OA + "hasBody": 12, _RDF + "subject": 13,
    _OA + "hasSource": 14, _PROV + "wasQuotedFrom": 15, _OA + "start": 16, _OA + "end": 17,
    _ICKG + "hasEvidence": 18,
}
_EXACT = TEXT_PREDICATES[_OA + "exact"][0]
_READ = {f"<{p}>" for p in (*TEXT_PREDICATES, *DISPLAY_PREDICATES, *LINK_PREDICATES, RDF_TYPE, IN_SCHEME, DEFINED_BY)}
# what is read when the quotes come as rows (build(quotes=)): no annotation's links, no stored quote
_READ_TEXTS = _READ - {f"<{p}>" for p in (*LINK_PREDICATES, _OA + "exact")}
_NUMBER = re.compile(r'"(\d+)"\^\^<[^>\\ ]*>')  # a typed literal that is a number's digits (an offset)

# The scratch tables (one SQLite file beside the index, removed after the build):
#   text(p, s, o, g)   labels, definitions, document texts (p: their code; strings)
#   quote(s, o, g)     oa:exact: the selector, the quote, the graph
#   link(p, s, o, g)   the links between terms (p: their code), oa:start/oa:end (o: the number)
#   name(h, value)     the strings of the terms a row names: statements' subjects, documents, graphs
#   rel(k, s, p, o)    strings: rdf:type (k=0), skos:inScheme (k=1) and rdfs:isDefinedBy (k=3)
#                      stated outside the inferred and derivations graphs; the asserted graph's
#                      links between IRIs (k=2)
# In quote and link every term is a 64-bit hash of its string (Python's, stable within the
# process that builds): joins compare integers and the scratch file stays small.
SCRATCH_TABLES = (
    "CREATE TABLE scratch.text (p INTEGER, s TEXT, o TEXT, g TEXT, lang TEXT)",
    "CREATE TABLE scratch.rel (k INTEGER, s TEXT, p TEXT, o TEXT)",
    "CREATE TABLE scratch.quote (s INTEGER, o TEXT, g INTEGER)",
    "CREATE TABLE scratch.link (p INTEGER, s INTEGER, o INTEGER, g INTEGER)",
    "CREATE TABLE scratch.name (h INTEGER PRIMARY KEY, value TEXT)",
)
SCRATCH_INDEXES = (  # covering: a join reads the index alone, never the table
    "CREATE INDEX scratch.link_o ON link (p, o, g, s) WHERE p = 18",  # statements by their evidence
    "CREATE INDEX scratch.link_s ON link (p, s, g, o)",
)

# Evidence quotes as rows. Its document (oa:hasSource) and its offsets (oa:start, oa:end) are
# folded onto the annotation itself (:mod:`ickg.model.provenance`); the quote is the document's
# text at the offsets (SQLite's substr counts characters, as the offsets do), or the annotation's
# oa:exact where one is stored (a store not built by ickg). Its statements are those that point
# to it (ickg:hasEvidence, an evidence annotation) or that it points to (oa:hasBody, a proposal
# annotation, whose quotes are its targets: oa:hasTarget), and a statement's rdf:subject is the
# resource. Each (resource, document, offsets, quote) is one row.
# Each branch carries the document and offsets it joined on to the end (a quote is cut at the
# offsets it is shown with), so no annotation is looked up twice; the branches are kept apart
# (UNION ALL) and made distinct once, at the end, on what a row holds: at 10,000 documents
# 9.4-10.1 CPU-s before (the offsets looked up again for every row, two temporary B-trees), 7.2
# after, the same 292,322 rows.
QUOTES_SQL = """
WITH q AS MATERIALIZED (
  SELECT subject.o AS resource, substr(t.o, st.o + 1, en.o - st.o) AS exact, ev.g AS g, doc.o AS doc,
         st.o AS start, en.o AS end
  FROM scratch.link ev
  CROSS JOIN scratch.link subject ON subject.p = 13 AND subject.s = ev.s AND subject.g = ev.g
  CROSS JOIN scratch.link doc ON doc.p = 14 AND doc.s = ev.o AND doc.g = ev.g
  CROSS JOIN scratch.name document ON document.h = doc.o
  CROSS JOIN scratch.link st ON st.p = 16 AND st.s = ev.o AND st.g = ev.g
  CROSS JOIN scratch.link en ON en.p = 17 AND en.s = ev.o AND en.g = ev.g
  CROSS JOIN scratch.text t ON t.p = 5 AND t.s = document.value
  WHERE ev.p = 18 AND en.o - st.o > 0
  UNION ALL
  -- the same row for each quote of a proposal annotation, which points to its statement
  -- (oa:hasBody) where a statement points to its evidence, and to its quotes (oa:hasTarget), each
  -- with its document and offsets: each branch starts from its own link, on its own index
  SELECT subject.o, substr(t.o, st.o + 1, en.o - st.o), body.g, doc.o, st.o, en.o
  FROM scratch.link body
  CROSS JOIN scratch.link subject ON subject.p = 13 AND subject.s = body.o AND subject.g = body.g
  CROSS JOIN scratch.link target ON target.p = 11 AND target.s = body.s AND target.g = body.g
  CROSS JOIN scratch.link doc ON doc.p = 14 AND doc.s = target.o AND doc.g = body.g
  CROSS JOIN scratch.name document ON document.h = doc.o
  CROSS JOIN scratch.link st ON st.p = 16 AND st.s = target.o AND st.g = body.g
  CROSS JOIN scratch.link en ON en.p = 17 AND en.s = target.o AND en.g = body.g
  CROSS JOIN scratch.text t ON t.p = 5 AND t.s = document.value
  WHERE body.p = 12 AND en.o - st.o > 0
  UNION ALL
  -- a stored quote, with the document and offsets its annotation has, if any
  SELECT subject.o, x.o, x.g, doc.o, st.o, en.o
  FROM scratch.quote x
  CROSS JOIN scratch.link ev ON ev.p = 18 AND ev.o = x.s AND ev.g = x.g
  CROSS JOIN scratch.link subject ON subject.p = 13 AND subject.s = ev.s AND subject.g = x.g
  LEFT JOIN scratch.link doc ON doc.p = 14 AND doc.s = x.s AND doc.g = x.g
  LEFT JOIN scratch.link st ON st.p = 16 AND st.s = x.s AND st.g = x.g
  LEFT JOIN scratch.link en ON en.p = 17 AND en.s = x.s AND en.g = x.g
  UNION ALL
  SELECT subject.o, x.o, x.g, doc.o, st.o, en.o
  FROM scratch.quote x
  CROSS JOIN scratch.link body ON body.p = 12 AND body.s = x.s AND body.g = x.g
  CROSS JOIN scratch.link subject ON subject.p = 13 AND subject.s = body.o AND subject.g = x.g
  LEFT JOIN scratch.link doc ON doc.p = 14 AND doc.s = x.s AND doc.g = x.g
  LEFT JOIN scratch.link st ON st.p = 16 AND st.s = x.s AND st.g = x.g
  LEFT JOIN scratch.link en ON en.p = 17 AND en.s = x.s AND en.g = x.g
)
SELECT DISTINCT resource.value, q.exact, graph.value, document.value, q.start, q.end FROM q
CROSS JOIN scratch.name resource ON resource.h = q.resource
CROSS JOIN scratch.name graph ON graph.h = q.g
LEFT JOIN scratch.name document ON document.h = q.doc
"""

# Evidence quotes as rows written by whoever writes the annotations (``ickg build``): the extraction
# workers (:class:`ickg.model.provenance.NQuadsWriter`), the proposals' writer
# (:func:`ickg.build.spill.proposal_quote_rows`) and the build's process for the quads it holds
# (:func:`ickg.model.provenance.quote_rows_of`: curated documents, the curation, imports). One row
# a line (:func:`ickg.model.provenance.quote_row`), five fields separated by tabs: the supported
# statement's subject, the annotation's graph, the document, start, end; in a file beside the
# build's N-Quads (:func:`quote_rows_path`). The index then reads none of the annotations' links
# from the N-Quads (at 2,000 documents 85 % of the lines it read, and the join over them 60 % of
# its CPU): the quote is the document's text at the offsets, cut as QUOTES_SQL cuts it, and a row
# is kept only where the document has a text, as there.
QUOTE_ROWS_SUFFIX = ".quotes"
QUOTE_ROWS_TABLE = ("CREATE TABLE scratch.qrow (resource TEXT, g TEXT, document TEXT, start INTEGER, end INTEGER, "
                    "exact TEXT)")
QUOTE_ROWS_SQL = """
SELECT DISTINCT resource, exact, g, document, start, end FROM (
  SELECT q.resource AS resource, substr(t.o, q.start + 1, q.end - q.start) AS exact, q.g AS g,
         q.document AS document, q.start AS start, q.end AS end
  FROM scratch.qrow q CROSS JOIN scratch.text t ON t.p = 5 AND t.s = q.document
  WHERE q.exact IS NULL AND q.end - q.start > 0
  UNION ALL
  -- a stored quote (an import's oa:exact), with the document and offsets its annotation has, if any
  SELECT resource, exact, g, document, start, end FROM scratch.qrow WHERE exact IS NOT NULL
)
"""
_ROW_ESCAPED = re.compile(r"\\[\\tnr]")
_ROW_UNESCAPES = {"\\\\": "\\", "\\t": "\t", "\\n": "\n", "\\r": "\r"}


def quote_rows_path(nquads_path) -> str:
    """The quote rows file of the build whose N-Quads file is ``nquads_path``."""
    return str(nquads_path) + QUOTE_ROWS_SUFFIX


def _read_quote_rows(conn, path):
    """Put the quote rows of the file at ``path`` into the scratch table ``qrow``.

    Raises:
        ValueError: a line that is not a quote row (naming the file and the line)."""
    conn.execute(QUOTE_ROWS_TABLE)
    batch = []
    with open(path, encoding="utf-8", newline="\n") as rows:
        for n, line in enumerate(rows, 1):
            fields = line[:-1].split("\t")
            if len(fields) == 5 and line.endswith("\n"):
                resource, graph, document, start, end = fields
                batch.append((resource, graph, document, int(start), int(end), None))
            elif len(fields) == 6 and line.endswith("\n"):  # a stored quote
                resource, graph, document, start, end, exact = fields
                batch.append((resource, graph, document or None, int(start) if start else None,
                              int(end) if end else None, _ROW_ESCAPED.sub(lambda m: _ROW_UNESCAPES[m.group()], exact)))
            else:
                raise ValueError(f"{path}:{n}: not a quote row (resource, graph, document, start, end[, quote])")
            if len(batch) >= BATCH:
                conn.executemany("INSERT INTO scratch.qrow VALUES (?, ?, ?, ?, ?, ?)", batch)
                batch.clear()
    if batch:
        conn.executemany("INSERT INTO scratch.qrow VALUES (?, ?, ?, ?, ?, ?)", batch)


# Labels, definitions and document texts: each (resource, text) once, with the first kind (by
# code) and a graph other than the inferred one when there is one.
TEXTS_SQL = """
SELECT s, o, MIN(p * 2 + (g = '{inferred}')) AS rank, g FROM scratch.text
WHERE p <= 5 AND g != '{derivations}' GROUP BY s, o
""".format(inferred=INFERRED_GRAPH, derivations=DERIVATIONS_GRAPH)

# What a result shows besides its snippet: each resource's label (skos:prefLabel or rdfs:label,
# English first, else dcterms:title, else a document's file name: the viewer's choice,
# ickg.web's labels()), the classes the graphs state for it (not the inferred superclasses,
# not the generic ones) and where it comes from: the concept schemes it is in, else the
# ontology that defines it (rdfs:isDefinedBy), with their labels.
GENERIC_TYPES = (_OWL + "Thing", _OWL + "NamedIndividual", _RDFS + "Resource", _PROV + "Entity")
_LABEL_RANK = "(CASE p WHEN 0 THEN 12 WHEN 1 THEN 12 WHEN 2 THEN 8 WHEN 7 THEN 4 ELSE 0 END + (lang = 'en') * 2 + (lang = ''))"
_BEST_LABEL = "(SELECT o FROM scratch.text WHERE s = {of} AND p IN (0, 1, 2, 7) ORDER BY {rank} DESC, o LIMIT 1)"
_LABELLED = "json_group_array(json_array(t.o, " + _BEST_LABEL.format(of="t.o", rank=_LABEL_RANK) + "))"
RESOURCES_SQL = """
INSERT INTO resource (iri, label, types, schemes)
SELECT r.iri, {label},
  (SELECT {labelled} FROM (SELECT DISTINCT o FROM scratch.rel WHERE k = 0 AND s = r.iri AND o NOT IN ({generic})
                           ORDER BY o) t),
  (SELECT {labelled} FROM (SELECT DISTINCT o FROM scratch.rel WHERE s = r.iri AND k = CASE WHEN EXISTS (
     SELECT 1 FROM scratch.rel WHERE k = 1 AND s = r.iri) THEN 1 ELSE 3 END ORDER BY o) t)
FROM (SELECT resource AS iri FROM fts UNION SELECT document FROM fts WHERE document IS NOT NULL) r
""".format(label=_BEST_LABEL.format(of="r.iri", rank=_LABEL_RANK), labelled=_LABELLED,
           generic=", ".join(f"'{t}'" for t in GENERIC_TYPES))

# Links as words: each (resource, property, thing) of the asserted graph whose thing has a name,
# as "property label: thing's names" (its labels first, then its altLabels), one row each. The
# property's label is its best one; without one, the link is still indexed by the thing's names.
RELATED_SQL = """
SELECT l.s, l.o, {property},
  (SELECT group_concat(o, ' · ') FROM (SELECT o FROM scratch.text WHERE s = l.o AND p IN (0, 1, 2, 3)
                                       GROUP BY o ORDER BY MIN(p), o))
FROM (SELECT DISTINCT s, p, o FROM scratch.rel WHERE k = 2) l
""".format(property=_BEST_LABEL.format(of="l.p", rank=_LABEL_RANK))
_KIND_OF_CODE = {code: kind for code, kind in TEXT_PREDICATES.values()}

MAX_QUERY_CHARS = 256
MAX_TERMS = 16
MIN_PREFIX = 2  # letters before a '*': "a*" would read most of the index
SNIPPET_TOKENS = {"text": 32, "other": 64}  # a document's text is cut around the match; a quote is whole
MARK_START, MARK_END = "\x02", "\x03"  # snippet markers; never in indexed text (see _clean)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_WORD = re.compile(r"\w", re.UNICODE)
_TERM = re.compile(r'(-?)"([^"]*)"?|(\S+)')

BATCH = 2000

# A search: the matching rows best first, each with its snippet (a document's text cut around
# the match, anything shorter whole) and, for a document's text, the text with every match
# marked, from which the first match's offsets are read.
SEARCH_SQL = (
    f"SELECT rowid, resource, kind, -rank, graph, document, start, end, "
    f"CASE WHEN kind = 'text' THEN snippet(fts, -1, '{MARK_START}', '{MARK_END}', '…', {SNIPPET_TOKENS['text']}) "
    f"ELSE snippet(fts, -1, '{MARK_START}', '{MARK_END}', '…', {SNIPPET_TOKENS['other']}) END, "
    f"CASE WHEN kind = 'text' THEN highlight(fts, {KIND_NAMES.index('text')}, '{MARK_START}', '{MARK_END}') END "
    f"FROM fts WHERE fts MATCH ? ORDER BY rank LIMIT ?")


class SearchQueryError(ValueError):
    """The search text cannot be searched for (too long, too many terms, a too-short prefix)."""


class IndexMissing(FileNotFoundError):
    """The store version has no text index (built by an older ickg, or being rebuilt)."""


class SearchTimeout(TimeoutError):
    """The search ran out of time and was stopped."""


# ---------------------------------------------------------------------------------------------
# Building


def index_path(version_dir) -> Path:
    """Where the text index of the store version in ``version_dir`` lives."""
    return Path(version_dir) / INDEX_NAME


@dataclass
class IndexStats:
    """What :func:`build` wrote: rows per kind, the file's size in bytes and the seconds it took."""

    rows: dict = field(default_factory=dict)
    bytes: int = 0
    seconds: float = 0.0


def build(version_dir, *, store: ox.Store | None = None, nquads=None, quotes=None) -> IndexStats:
    """Index the text of a store version into ``version_dir`` (the store's own directory).

    The quads are read as a stream, from one of two sources:

    - ``nquads``: the N-Quads file (a path) or bytes the version was bulk-loaded from. The lines
      that carry a predicate the index reads are picked out as bytes and only they are parsed,
      which is several times faster than reading the store (where every term is a RocksDB
      lookup): what ``ickg build`` uses.
    - ``store``: the built pyoxigraph store, one ``quads_for_pattern`` per predicate.

    Either way the quads go to a scratch SQLite file, where the quotes are joined to their
    statements' subjects, documents and offsets (QUOTES_SQL); then the rows are inserted into
    the FTS5 table. With ``quotes`` (the path of the build's quote rows, :func:`quote_rows_path`,
    complete once ``nquads`` is), the quotes come from that file instead and the annotations'
    links are not read from ``nquads`` (QUOTE_ROWS_SQL): the same rows, from the writers that
    knew them. Memory stays flat: SQLite holds the working set on disk. The index is
    written under a temporary name and renamed into place when complete, so a version never
    has half an index.

    Raises:
        OSError: the file could not be written (a full disk); no index is left behind.
    """
    if (store is None) == (nquads is None):
        raise TypeError("build() needs one of store= or nquads=")
    clock = time.perf_counter()
    target = index_path(version_dir)
    tmp, scratch = _work_paths(target, os.getpid())
    stats = IndexStats()
    for path in (tmp, scratch):
        path.unlink(missing_ok=True)
    try:
        conn = sqlite3.connect(str(tmp), isolation_level=None)
        try:
            for pragma in ("journal_mode=OFF", "synchronous=OFF", "page_size=8192", "cache_size=-65536"):
                conn.execute(f"PRAGMA {pragma}")
            conn.execute("ATTACH DATABASE ? AS scratch", (str(scratch),))
            conn.execute("PRAGMA scratch.journal_mode=OFF")
            conn.execute("PRAGMA scratch.synchronous=OFF")
            conn.execute("PRAGMA scratch.cache_size=-65536")  # as the index's: the joins read it over and over
            for sql in SCRATCH_TABLES:
                conn.execute(sql)
            conn.execute("BEGIN")
            read = _READ_TEXTS if quotes is not None else _READ
            _insert_scratch(conn, _nquads(nquads, read=read) if nquads is not None else _store_quads(store))
            if quotes is None:
                for sql in SCRATCH_INDEXES:
                    conn.execute(sql)
            else:  # read once the N-Quads are: the rows are complete then
                _read_quote_rows(conn, quotes)
            _create(conn)
            _insert_rows(conn, _text_rows(conn), stats)
            conn.execute("CREATE INDEX scratch.text_s ON text (s)")
            _insert_rows(conn, _quote_rows(conn, QUOTES_SQL if quotes is None else QUOTE_ROWS_SQL), stats)
            conn.execute("CREATE INDEX scratch.rel_s ON rel (k, s)")
            _insert_rows(conn, _related_rows(conn), stats)
            conn.execute("CREATE TABLE resource (iri TEXT PRIMARY KEY, label TEXT, types TEXT, schemes TEXT) "
                         "WITHOUT ROWID")
            conn.execute(RESOURCES_SQL)
            conn.execute("COMMIT")
            conn.execute("DETACH DATABASE scratch")
            conn.execute("INSERT INTO fts(fts) VALUES('optimize')")
            # the merge settings of the writing (see _create) are not the index's: its
            # configuration is the default one, as a reader expects
            conn.execute("DELETE FROM fts_config WHERE k IN ('automerge', 'crisismerge')")
            stats.seconds = round(time.perf_counter() - clock, 3)
            conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
            conn.executemany("INSERT INTO meta VALUES (?, ?)", [
                ("rows", json.dumps(stats.rows, sort_keys=True)), ("seconds", str(stats.seconds)),
                ("source", "nquads" if nquads is not None else "store"),
                ("quotes", "rows" if quotes is not None else "joined"),
                ("built", time.strftime("%Y-%m-%dT%H:%M:%S%z"))])
            conn.execute(f"PRAGMA user_version={FORMAT}")
        finally:
            conn.close()
        scratch.unlink(missing_ok=True)
        with open(tmp, "rb+") as data:
            os.fsync(data.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        scratch.unlink(missing_ok=True)
        raise
    stats.bytes = target.stat().st_size
    return stats


def _work_paths(target, pid):
    """The files :func:`build` writes, in process ``pid``, before the index is complete: the
    index under a temporary name, and the scratch tables."""
    return target.with_name(f".{target.name}.tmp-{pid}"), target.with_name(f".{target.name}.scratch-{pid}")


def _create(conn):
    columns = ", ".join(KIND_NAMES)
    conn.execute(f"""CREATE VIRTUAL TABLE fts USING fts5({columns}, resource UNINDEXED, kind UNINDEXED,
        graph UNINDEXED, document UNINDEXED, start UNINDEXED, end UNINDEXED,
        tokenize = 'porter unicode61 remove_diacritics 2', prefix = '2 3')""")
    weights = ", ".join(str(weight) for _, weight in KINDS)
    conn.execute("INSERT INTO fts(fts, rank) VALUES('rank', ?)", (f"bm25({weights})",))
    # The rows go in once and the index is merged into one segment at the end ('optimize'):
    # merging segments while inserting (FTS5's automerge, every 4 segments of a level) was work
    # done again by the final merge. 365,000 rows of 10,000 documents: 4.5-4.6 -> 3.6 CPU-s
    # (the final merge 0.43 either way), the same rows.
    conn.execute("INSERT INTO fts(fts, rank) VALUES('automerge', 0)")
    conn.execute("INSERT INTO fts(fts, rank) VALUES('crisismerge', 64)")


def _insert_batches(conn, sql, rows):
    batch = []
    for row in rows:
        batch.append(row)
        if len(batch) >= BATCH:
            conn.executemany(sql, batch)
            batch.clear()
    if batch:
        conn.executemany(sql, batch)


def _insert_rows(conn, rows, stats):
    """Insert (kind, text, resource, graph, document, start, end) rows into the FTS5 table."""
    sql = (f"INSERT INTO fts({', '.join(KIND_NAMES)}, resource, kind, graph, document, start, end) "
           f"VALUES ({', '.join('?' * (len(KIND_NAMES) + 6))})")

    def prepared():
        for kind, text, resource, graph, document, start, end in rows:
            text = _clean(text)
            if not _WORD.search(text):
                continue
            columns = [None] * len(KIND_NAMES)
            columns[KIND_NAMES.index(kind)] = text
            stats.rows[kind] = stats.rows.get(kind, 0) + 1
            yield (*columns, resource, kind, graph, document, start, end)

    _insert_batches(conn, sql, prepared())


def _text_rows(conn):
    for resource, text, rank, graph in conn.execute(TEXTS_SQL):
        kind = _KIND_OF_CODE[rank // 2]
        yield kind, text, resource, graph, resource if kind == "text" else None, None, None


def _quote_rows(conn, sql):
    for resource, text, graph, document, start, end in conn.execute(sql):
        yield "quote", text, resource, graph, document, start, end


def _related_rows(conn):
    for resource, thing, prop, names in conn.execute(RELATED_SQL):
        if names:
            text = f"{prop}: {names}" if prop else names
            yield "related", text, resource, ASSERTED_GRAPH, None, None, None


def _clean(text):
    """The text without control characters (the snippet markers among them); same length."""
    return _CONTROL.sub(" ", text)


_TEXT_CODES = {**{p: code for p, (code, _) in TEXT_PREDICATES.items() if code != _EXACT}, **DISPLAY_PREDICATES}
_UNTYPED_GRAPHS = {INFERRED_GRAPH, DERIVATIONS_GRAPH}
_NUMBER_CODES = {p: LINK_PREDICATES[p] for p in (_OA + "start", _OA + "end")}
_LINK_CODES = {p: code for p, code in LINK_PREDICATES.items() if p not in _NUMBER_CODES}
_NAMED_CACHE = 100_000
_NAMED_OBJECTS = {LINK_PREDICATES[p] for p in (_RDF + "subject", _OA + "hasSource", _PROV + "wasQuotedFrom")}


def _insert_scratch(conn, quads):
    """Sort the quads the index reads into the scratch tables (see SCRATCH_TABLES).

    ``quads``: ``(subject, predicate, object, object kind, language, graph)`` tuples of strings
    (:func:`_terms`, :func:`_nquads`): a term is an IRI's value, or ``_:`` and a blank node's
    label; the default graph is ``""``; the object kind is :data:`_IRI`, :data:`_BLANK` or
    :data:`_LITERAL` (then the object is the literal's lexical form)."""
    text_codes, number_codes, link_codes, named_objects = _TEXT_CODES, _NUMBER_CODES, _LINK_CODES, _NAMED_OBJECTS
    exact = _OA + "exact"
    # the links from a statement to its quote's annotation, or back: the graph they are in is
    # named in the quote's row
    quote_links = {LINK_PREDICATES[_ICKG + "hasEvidence"], LINK_PREDICATES[_OA + "hasBody"]}
    iri, literal = _IRI, _LITERAL
    batches = {"text": [], "quote": [], "link": [], "name": [], "rel": []}
    sql = {"text": "INSERT INTO scratch.text VALUES (?, ?, ?, ?, ?)", "quote": "INSERT INTO scratch.quote VALUES (?, ?, ?)",
           "link": "INSERT INTO scratch.link VALUES (?, ?, ?, ?)", "name": "INSERT OR IGNORE INTO scratch.name VALUES (?, ?)",
           "rel": "INSERT INTO scratch.rel VALUES (?, ?, ?, ?)"}
    text, quote, link, name, rel = (batches[t] for t in ("text", "quote", "link", "name", "rel"))
    rel_codes, untyped, asserted = {RDF_TYPE: 0, IN_SCHEME: 1, DEFINED_BY: 3}, _UNTYPED_GRAPHS, ASSERTED_GRAPH
    graphs: set[int] = set()
    named: set[int] = set()  # names written lately: most objects (documents, resources) recur

    for n, (subject, predicate, obj, kind, lang, graph) in enumerate(quads, 1):
        if predicate in rel_codes:
            if kind is iri and graph not in untyped:
                rel.append((rel_codes[predicate], subject, None, obj))
        elif graph == asserted and kind is iri:
            rel.append((2, subject, predicate, obj))
        elif predicate in text_codes:
            if kind is literal:
                text.append((text_codes[predicate], subject, obj, graph, lang))
        elif predicate == exact:
            if kind is literal:
                g = hash(graph)
                quote.append((hash(subject), obj, g))
                if g not in graphs:
                    graphs.add(g)
                    name.append((g, graph))
        elif predicate in number_codes:
            if kind is literal:
                try:
                    link.append((number_codes[predicate], hash(subject), int(obj), hash(graph)))
                except ValueError:
                    pass
        elif kind is not literal:
            code = link_codes.get(predicate)
            if code is not None:
                h = hash(obj)
                g = hash(graph)
                link.append((code, hash(subject), h, g))
                if code in named_objects and h not in named:
                    if len(named) >= _NAMED_CACHE:  # kept bounded: a name seen again is ignored by SQLite
                        named.clear()
                    named.add(h)
                    name.append((h, obj))
                if code in quote_links and g not in graphs:
                    graphs.add(g)
                    name.append((g, graph))
        if n % BATCH == 0:
            _flush(conn, batches, sql)
    _flush(conn, batches, sql)


def _flush(conn, batches, sql):
    for table, rows in batches.items():
        if rows:
            conn.executemany(sql[table], rows)
            rows.clear()


_IRI, _BLANK, _LITERAL = 0, 1, 2  # the kinds of object in the tuples _insert_scratch reads


def _terms(quads):
    """pyoxigraph quads as the tuples :func:`_insert_scratch` reads (quads whose subject is a
    quoted triple are left out)."""
    named, blank, literal = ox.NamedNode, ox.BlankNode, ox.Literal
    for quad in quads:
        subject, obj, graph = quad.subject, quad.object, quad.graph_name
        kind = type(subject)
        if kind is named:
            s = subject.value
        elif kind is blank:
            s = "_:" + subject.value
        else:
            continue
        kind = type(obj)
        if kind is literal:
            o, k, lang = obj.value, _LITERAL, (obj.language or "").lower()
        elif kind is named:
            o, k, lang = obj.value, _IRI, ""
        elif kind is blank:
            o, k, lang = "_:" + obj.value, _BLANK, ""
        else:
            continue
        kind = type(graph)
        g = graph.value if kind is named else "_:" + graph.value if kind is blank else ""
        yield s, quad.predicate.value, o, k, lang, g


def _store_quads(store):
    read = (*TEXT_PREDICATES, *DISPLAY_PREDICATES, *LINK_PREDICATES, RDF_TYPE, IN_SCHEME, DEFINED_BY)
    for predicate in read:
        yield from _terms(store.quads_for_pattern(None, ox.NamedNode(predicate), None, None))
    yield from _terms(quad for quad in store.quads_for_pattern(None, None, None, ox.NamedNode(ASSERTED_GRAPH))
                      if isinstance(quad.object, ox.NamedNode) and quad.predicate.value not in read)


def _nquads(source, block_bytes=8 << 20, read=_READ):
    """The quads of the N-Quads ``source`` (a path or bytes) whose predicate the index reads, or
    that link two IRIs in the asserted graph, as the tuples :func:`_insert_scratch` reads.

    Most lines are in the simplest form N-Quads has: terms one space apart, no escapes, no
    literal with spaces. They are read by splitting at the spaces, and those whose object is an
    IRI, a blank node or a number's digits (the links and offsets) are taken from the pieces;
    the others the index reads (labels, quotes, document text, escapes) are parsed by
    pyoxigraph, a block at a time. The lines are not checked further: ``ickg build`` loads
    the same file into the store first, whose parser refuses a malformed line, and the
    remote store's loader does the same."""
    asserted, number = f"<{ASSERTED_GRAPH}>", _NUMBER.fullmatch
    iri, blank, literal = _IRI, _BLANK, _LITERAL
    for block in source if isinstance(source, _Growing) else _blocks(source, block_bytes):
        rest = []
        for line in block.decode("utf-8").split("\n"):
            parts = line.split(" ")
            n = len(parts)
            if 4 <= n <= 5 and parts[-1] == "." and "\\" not in line and "\t" not in line and "" not in parts:
                if n == 5:
                    s, p, o, g, _ = parts
                else:
                    s, p, o, _ = parts
                    g = ""
            else:  # literals with spaces, escapes, other spacing, comments, blank lines
                words = line.split(None, 2)
                if len(words) == 3 and (words[1] in read or asserted in line):
                    rest.append(line)
                continue
            c = o[0]
            if p in read:
                if c == "<":
                    o, kind = o[1:-1], iri
                elif c == "_":
                    kind = blank
                else:
                    digits = number(o) if c == '"' else None
                    if digits is None:
                        rest.append(line)
                        continue
                    o, kind = digits.group(1), literal
            elif g == asserted and c == "<":
                o, kind = o[1:-1], iri
            else:
                continue
            yield (s[1:-1] if s[0] == "<" else s), p[1:-1], o, kind, "", (g[1:-1] if g[:1] == "<" else g)
        if rest:
            yield from _terms(ox.parse(("\n".join(rest) + "\n").encode("utf-8"), format=ox.RdfFormat.N_QUADS))


def _blocks(source, size):
    """``source`` (a path or bytes) in blocks of about ``size`` bytes, each ending at a line end."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        if data and not data.endswith(b"\n"):
            data += b"\n"
        start = 0
        while start < len(data):
            end = data.find(b"\n", min(start + size, len(data)) - 1)
            end = len(data) if end < 0 else end + 1
            yield data[start:end]
            start = end
        return
    with open(source, "rb") as stream:
        rest = b""
        while True:
            chunk = stream.read(size)
            if not chunk:
                if rest:
                    yield rest + b"\n"
                return
            chunk = rest + chunk
            cut = chunk.rfind(b"\n") + 1
            rest = chunk[cut:]
            if cut:
                yield chunk[:cut]


# ---------------------------------------------------------------------------------------------
# Indexing while the build writes its N-Quads

FOLLOW_POLL = 0.2  # seconds between looks at a file that has not grown
# The child runs at the build's own priority: on a machine with other work, a lower one left it
# starved while the build ran, and then slower at the end, where the build waits for it (at
# 10,000 documents on the shared 2-core machine: the store stage 147.6 s wall against 99.7 s for
# the index built after the build, at +5). Its work is needed before the build can end anyway.
FOLLOW_NICE = 0


class Follower:
    """The text index of a build's N-Quads file, written by a child process while the build is
    still appending to the file (``ickg build``: :func:`ickg.build.publish.publish`).

    Why: reading the lines and sorting them into the scratch tables, most of :func:`build`'s
    work, needs only the lines written so far, and the build's stages leave a core idle part of
    the time (reasoning, the store's bulk load, waits on workers). The child takes that time
    (:data:`FOLLOW_NICE`). When the file is complete, :meth:`complete` gives its final size;
    the child reads the rest, joins and writes the index exactly as :func:`build` does (it is
    :func:`build`, fed the file's blocks as they come) while the build writes its support index
    and release; :meth:`finish` waits for it.

    The file must only ever grow (appends, each line written whole before the next is begun
    by the same writer; writers that append whole lines in one ``write`` may interleave).
    With ``quotes``, the build also writes the file's quote rows (:func:`quote_rows_path`,
    complete when the file is) and the child reads them there (``build(quotes=)``).
    """

    def __init__(self, version_dir, *, quotes: bool = False):
        self.version_dir = Path(version_dir)
        self.quotes = quotes  # the build writes its quote rows beside the file (quote_rows_path)
        self._proc: subprocess.Popen | None = None
        self._errors: io.BufferedRandom | None = None

    @property
    def started(self) -> bool:
        return self._proc is not None

    def start(self, path) -> None:
        """Start indexing the N-Quads file at ``path`` (it may still be empty)."""
        self._errors = tempfile.TemporaryFile()
        quotes = [quote_rows_path(path)] if self.quotes else []
        self._proc = subprocess.Popen([sys.executable, "-c", _FOLLOW_MAIN, str(path), str(self.version_dir), *quotes],
                                      stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=self._errors)

    def complete(self, size: int) -> None:
        """The file is complete at ``size`` bytes: the child reads the rest and writes the index
        while the build does its last work (the support index, the release); :meth:`finish`
        waits for it. The child's join and index writing need the whole file, so the sooner
        it knows the end, the less of that is left when the build waits."""
        proc = self._proc
        assert proc is not None and proc.stdin is not None, "complete() before start()"
        if proc.stdin.closed:
            return
        try:
            proc.stdin.write(b"%d\n" % size)
            proc.stdin.close()
        except BrokenPipeError:  # it ended already: finish() reads its status
            pass

    def finish(self, size: int | None = None) -> IndexStats:
        """Wait for the child to write the index of the file, complete at ``size`` bytes (or
        at the size given to :meth:`complete` already).

        Raises:
            OSError: the child failed (its last line of error output says why); no index is
                left behind.
        """
        proc, errors = self._proc, self._errors
        assert proc is not None and proc.stdin is not None and errors is not None, "finish() before start()"
        if size is not None:
            self.complete(size)
        assert proc.stdin.closed, "finish() without the file's size"
        code = proc.wait()
        self._proc = None
        if code != 0:
            errors.seek(0)
            said = errors.read().decode("utf-8", "replace").strip().splitlines()
            errors.close()
            raise OSError(f"the text index could not be written: {said[-1] if said else f'exit status {code}'}")
        errors.close()
        path = index_path(self.version_dir)
        with sqlite3.connect(f"file:{url_quote(str(path))}?mode=ro", uri=True) as conn:
            meta = dict(conn.execute("SELECT key, value FROM meta"))
        conn.close()
        return IndexStats(json.loads(meta["rows"]), path.stat().st_size, float(meta["seconds"]))

    def abort(self) -> None:
        """Stop the child (the build failed); its unfinished files are removed."""
        proc, self._proc = self._proc, None
        if proc is None:
            return
        proc.kill()
        proc.wait()
        if self._errors is not None:
            self._errors.close()
        target = index_path(self.version_dir)
        for path in _work_paths(target, proc.pid):
            path.unlink(missing_ok=True)


class _Abandoned(Exception):
    """The file being followed will not be completed (the build failed)."""


class _Growing:
    """The blocks of an N-Quads file another process is still appending to, each ending at a
    line's end, until the file is complete: its final size arrives on a stream
    (:meth:`wait_for_end`, a line with the number; anything else, or the stream's end, means
    the build was given up)."""

    def __init__(self, path, size=8 << 20):
        self.path = path
        self.size = size
        self._end: int | None = None
        self._told = threading.Event()

    def wait_for_end(self, stream) -> None:
        line = stream.readline()
        try:
            self._end = int(line)
        except ValueError:
            self._end = -1
        self._told.set()

    def __iter__(self):
        done, rest = 0, b""
        with open(self.path, "rb") as data:
            while True:
                end = self._end
                if end == -1:
                    raise _Abandoned(self.path)
                chunk = data.read(self.size if end is None else min(self.size, end - done))
                if chunk:
                    done += len(chunk)
                    chunk = rest + chunk
                    cut = chunk.rfind(b"\n") + 1
                    rest = chunk[cut:]
                    if cut:
                        yield chunk[:cut]
                elif end is not None:
                    if done < end:
                        raise OSError(f"{self.path}: ended at {done} bytes, before the {end} the build wrote")
                    break
                else:
                    self._told.wait(FOLLOW_POLL)
        if rest:
            yield rest + b"\n"


# os._exit: the thread waiting on stdin must not hold the interpreter's shutdown
_FOLLOW_MAIN = ("import os, sys; from ickg.store.textindex import _follow_main; code = _follow_main(sys.argv[1:]); "
                "sys.stderr.flush(); os._exit(code)")


def _follow_main(argv) -> int:
    """The child a :class:`Follower` starts: ``argv`` is the N-Quads file, the version directory
    and, when the build writes its quote rows, their file."""
    path, version_dir, *quotes = argv
    if FOLLOW_NICE:
        os.nice(FOLLOW_NICE)
    os.makedirs(version_dir, exist_ok=True)  # the store's own directory, which its first load would make
    source = _Growing(path)
    threading.Thread(target=source.wait_for_end, args=(sys.stdin.buffer,), daemon=True).start()
    try:
        build(version_dir, nquads=source, quotes=quotes[0] if quotes else None)
    except _Abandoned:
        return 1
    except Exception as error:  # one line for the parent to show
        print(f"{type(error).__name__}: {' '.join(str(error).split())}", file=sys.stderr)
        return 1
    return 0


# ---------------------------------------------------------------------------------------------
# Queries


def fts_query(text: str) -> str | None:
    """The FTS5 query for what a user typed, or None when it holds no word to search for.

    ``words`` (all of them), ``"a phrase"``, ``prefix*``, ``a OR b``, ``-excluded``. Every term is
    an FTS5 string, quoted, so nothing the user types is read as FTS5 syntax.

    >>> fts_query('"bundled care" integr* -hospital')
    '"bundled care" AND "integr" * NOT ("hospital")'
    >>> fts_query('case-management OR NEAR(x')
    '("case-management" OR "NEAR(x")'

    Raises:
        SearchQueryError: longer than MAX_QUERY_CHARS, more than MAX_TERMS terms, or a prefix
            shorter than MIN_PREFIX letters.
    """
    text = " ".join(_clean(text or "").split())
    if len(text) > MAX_QUERY_CHARS:
        raise SearchQueryError(f"the search text is {len(text)} characters long; at most {MAX_QUERY_CHARS}")
    groups: list[list[str]] = []
    excluded: list[str] = []
    pending_or, count = False, 0
    for match in _TERM.finditer(text):
        negated, phrase, bare = match.group(1), match.group(2), match.group(3)
        if bare is not None and bare == "OR":
            pending_or = bool(groups)
            continue
        if bare is not None and bare.startswith("-") and len(bare) > 1:
            negated, bare = "-", bare[1:]
        term = _term(phrase if phrase is not None else bare, phrase is not None)
        if term is None:
            continue
        count += 1
        if count > MAX_TERMS:
            raise SearchQueryError(f"the search text has more than {MAX_TERMS} terms")
        if negated:
            excluded.append(term)
        elif pending_or:
            groups[-1].append(term)
        else:
            groups.append([term])
        pending_or = False
    if not groups:
        return None
    query = " AND ".join(g[0] if len(g) == 1 else "(" + " OR ".join(g) + ")" for g in groups)
    if excluded:
        query += " NOT (" + " OR ".join(excluded) + ")"
    return query


def _term(text, phrase):
    """One quoted FTS5 string (with ``*`` for a prefix), or None when ``text`` has no word."""
    prefix = not phrase and text.endswith("*")
    body = text.rstrip("*") if prefix else text
    if not _WORD.search(body):
        return None
    if prefix and len(_WORD.findall(body.split()[-1] if body.split() else body)) < MIN_PREFIX:
        raise SearchQueryError(f"the prefix {text!r} is too short: give at least {MIN_PREFIX} letters before '*'")
    quoted = '"' + body.replace('"', '""') + '"'
    return quoted + " *" if prefix else quoted


# ---------------------------------------------------------------------------------------------
# Searching


@dataclass
class Hit:
    """One matching row: the resource, the kind of text, its score (higher is better) and a snippet.

    ``snippet`` is HTML: the text around the match, escaped, the matched words in ``<mark>``.
    ``document``, ``start``, ``end``: for a quote, where it is in its document; for a document's
    text, the first match.
    """

    resource: str
    kind: str
    score: float
    snippet: str
    graph: str
    document: str | None = None
    start: int | None = None
    end: int | None = None

    def as_json(self) -> dict:
        out = {"iri": self.resource, "kind": self.kind, "score": self.score, "snippet": self.snippet,
               "graph": self.graph}
        if self.document:
            out["document"] = self.document
        if self.start is not None:
            out["start"], out["end"] = self.start, self.end
        return out


@dataclass
class Described:
    """A resource as a result shows it: its label, and its classes and concept schemes as
    ``(IRI, label or None)`` pairs (None where the graph has no label)."""

    label: str | None = None
    types: list = field(default_factory=list)
    schemes: list = field(default_factory=list)


@dataclass
class Result:
    """One resource found, with its best hit first (the resource's score) and up to a few more."""

    resource: str
    hits: list

    @property
    def score(self) -> float:
        return self.hits[0].score


class TextIndex:
    """The text index of one store version, opened read-only; safe to share between threads
    (each thread gets its own SQLite connection)."""

    def __init__(self, path):
        self.path = Path(path)
        if not self.path.is_file():
            raise IndexMissing(f"{self.path}: no text index")
        self._local = threading.local()
        with self._connect() as conn:
            found = conn.execute("PRAGMA user_version").fetchone()[0]
        if found != FORMAT:
            raise IndexMissing(f"{self.path}: a text index of format {found}, not {FORMAT}")

    def _connect(self):
        uri = "file:" + url_quote(str(self.path)) + "?mode=ro&immutable=1"
        return sqlite3.connect(uri, uri=True, check_same_thread=False)

    def _conn(self):
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._local.conn = self._connect()
        return conn

    def _rows(self, sql, params, timeout):
        """The rows of ``sql``, read one at a time (a caller that stops early saves the rest)."""
        conn = self._conn()
        if timeout:
            deadline = time.monotonic() + timeout
            conn.set_progress_handler(lambda: time.monotonic() > deadline, 2000)
        try:
            yield from conn.execute(sql, params)
        except sqlite3.OperationalError as err:
            if "interrupted" in str(err):
                raise SearchTimeout(f"the search took longer than {timeout:g} s and was stopped") from None
            raise
        finally:
            if timeout:
                conn.set_progress_handler(None, 0)

    def _run(self, sql, params, timeout):
        """All the rows of ``sql``, under the same deadline as :meth:`_rows`."""
        return list(self._rows(sql, params, timeout))

    def search(self, text: str, *, limit: int = 50, per_resource: int = 3, kinds=None,
               timeout: float | None = 5.0) -> list[Result]:
        """Resources matching ``text``, best first, each with up to ``per_resource`` hits.

        Args:
            text: what the user typed (:func:`fts_query`).
            limit: resources at most.
            kinds: only these kinds of text (names of :data:`KINDS`).
            timeout: seconds; past them :class:`SearchTimeout`.

        Raises:
            SearchQueryError, SearchTimeout.
        """
        query = fts_query(text)
        if query is None:
            return []
        if kinds:
            unknown = set(kinds) - set(KIND_NAMES)
            if unknown:
                raise SearchQueryError(f"unknown kind {sorted(unknown)[0]!r}; kinds are {', '.join(KIND_NAMES)}")
            query = "{" + " ".join(kinds) + "} : (" + query + ")"
        # One pass in rank order (FTS5 sorts by rank itself, and computes a row's snippet only
        # when the row is read): the MATCH is evaluated once, and reading stops at the first
        # row of a resource past ``limit``, so snippets are made for about the rows shown.
        results: list[Result] = []
        by_resource: dict[str, Result] = {}
        for row in self._rows(SEARCH_SQL, (query, max(limit * per_resource * 4, 200)), timeout):
            rowid, resource, kind, score, graph, document, start, end, snippet, marked = row
            result = by_resource.get(resource)
            if result is None:
                if len(results) >= limit:
                    break
                result = by_resource[resource] = Result(resource, [])
                results.append(result)
            if len(result.hits) < per_resource:
                if marked is not None:
                    start, end = _first_mark(marked)
                result.hits.append(Hit(resource, kind, round(score, 4), _snippet_html(snippet), graph,
                                       document, start, end))
        return results

    def scores(self, text: str, *, limit: int = 10_000, timeout: float | None = 5.0) -> dict:
        """``{resource: best score}`` of the resources matching ``text`` (for ``ickg:search``)."""
        query = fts_query(text)
        if query is None:
            return {}
        out = {}
        for resource, score in self._run("SELECT resource, -rank FROM fts WHERE fts MATCH ? ORDER BY rank LIMIT ?",
                                         (query, limit), timeout):
            if resource not in out:
                out[resource] = round(score, 4)
        return out

    def describe(self, iris) -> dict[str, Described]:
        """What the index recorded of these resources (results and their documents): their
        label, stated classes and concept schemes (:class:`Described`)."""
        iris = sorted(set(iris))
        out = {}
        for start in range(0, len(iris), 500):
            chunk = iris[start:start + 500]
            marks = ",".join("?" * len(chunk))
            for iri, label, types, schemes in self._run(
                    f"SELECT iri, label, types, schemes FROM resource WHERE iri IN ({marks})", chunk, None):
                out[iri] = Described(label, [tuple(t) for t in json.loads(types or "[]")],
                                     [tuple(t) for t in json.loads(schemes or "[]")])
        return out

    def about(self) -> dict:
        """What the index says of itself: rows per kind, the seconds its build took, what it was
        read from (``nquads`` or ``store``), its quotes (``rows`` their writers made, or
        ``joined`` from the annotations; absent in an index built before), when it was built,
        and its size in bytes."""
        out = dict(self._run("SELECT key, value FROM meta", (), None))
        out["rows"] = json.loads(out.get("rows", "{}"))
        out["seconds"] = float(out.get("seconds", 0))
        out["bytes"] = self.path.stat().st_size
        return out

    def close(self):
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None


def _first_mark(marked):
    """Offsets (code points, end exclusive) of the first marked match in ``highlight()`` output."""
    start = marked.find(MARK_START)
    if start < 0:
        return None, None
    end = marked.find(MARK_END, start)
    return start, end - 1


def _snippet_html(snippet):
    """A snippet with FTS5's markers as escaped HTML with ``<mark>``."""
    escaped = html.escape(snippet or "", quote=True)
    return escaped.replace(MARK_START, "<mark>").replace(MARK_END, "</mark>")


def has_index(version_dir) -> bool:
    """Whether the store version in ``version_dir`` has a text index this ickg reads."""
    try:
        open_index(version_dir).close()
    except (IndexMissing, sqlite3.Error):
        return False
    return True


def open_index(version_dir) -> TextIndex:
    """The text index of the store version in ``version_dir``.

    Raises:
        IndexMissing: the version has none (or one of another format).
    """
    return TextIndex(index_path(version_dir))


# ---------------------------------------------------------------------------------------------
# In SPARQL: ickg:search(?x, "text")

SEARCH_FUNCTION = _ICKG + "search"
SPARQL_MAX_RESOURCES = 10_000  # resources a search text scores in SPARQL (the best ones)
_SPARQL_CACHE = 64  # search texts remembered per version


class SparqlSearch:
    """``ickg:search(?x, "text")``: the score of ``?x``'s best hit for ``text`` in the version's
    text index, as an ``xsd:double``; unbound when ``?x`` does not match (or the text cannot be
    searched: too long, a too-short prefix). For pyoxigraph's ``custom_functions``.

    Each text is searched once per version (the best SPARQL_MAX_RESOURCES resources) and its
    scores kept, so a query that calls the function for every candidate row costs one search and
    a dictionary look-up per row.
    """

    def __init__(self, index: TextIndex):
        self.index = index
        self._scores: dict = {}
        self._lock = threading.Lock()

    def __call__(self, resource, text):
        if not isinstance(text, ox.Literal) or not isinstance(resource, (ox.NamedNode, ox.BlankNode)):
            return None
        scores = self.scores_of(text.value)
        score = scores.get(resource.value if isinstance(resource, ox.NamedNode) else "_:" + resource.value)
        return None if score is None else ox.Literal(repr(float(score)), datatype=ox.NamedNode(_XSD_DOUBLE))

    def scores_of(self, text: str) -> dict:
        """``{resource: score}`` of the best resources for ``text`` (kept per text)."""
        with self._lock:
            scores = self._scores.get(text)
            if scores is not None:
                return scores
        try:
            scores = self.index.scores(text, limit=SPARQL_MAX_RESOURCES, timeout=None)
        except SearchQueryError:
            scores = {}
        with self._lock:
            self._scores[text] = scores
            while len(self._scores) > _SPARQL_CACHE:
                del self._scores[next(iter(self._scores))]
        return scores


_XSD_DOUBLE = _XSD + "double"
_functions: dict = {}


def sparql_functions(version_dir) -> dict:
    """``custom_functions`` for a query on the store version in ``version_dir``: ``ickg:search``
    when the version has a text index, else nothing (the query then fails naming the function)."""
    key = str(version_dir)
    functions = _functions.get(key)
    if functions is None:
        try:
            functions = {ox.NamedNode(SEARCH_FUNCTION): SparqlSearch(open_index(version_dir))}
        except IndexMissing:
            functions = {}
        _functions[key] = functions
        while len(_functions) > 2:
            del _functions[next(iter(_functions))]
    return functions


"""Records -> RDF: the publication, journal, persons and places a document states, with evidence.

Each record becomes quads in three named graphs (see :mod:`ickg.namespaces`):

- ``graph/asserted``: the publication (FaBiO/PRISM), its journal (one resource for the full title
  and the abbreviation), its authors (FOAF, one resource per person across documents) in their
  order (a ``prov:qualifiedAttribution`` per author, an ``ickg:Authorship`` with its
  ``schema:position``) and the jurisdictions it names (typed, ``ickg:partOf`` their parents up to
  the continent, with ``schema:sameAs`` Wikidata only for the ids verified by hand);
- ``graph/mentions``: one ``ickg:MentionAnnotation`` per document and concept or jurisdiction it
  mentions, with a span for each mention;
- ``graph/provenance``: the document itself (``ickg:SourceDocument`` with its full text, digest and
  file name) and one ``ickg:EvidenceAnnotation`` per quoted span stating a metadata fact. Every asserted
  triple has a source: the quotes that state it, or, for what the gazetteer knows of a place and
  for the type a publication gets from the shape of its record, a declared non-document source
  (:func:`ickg.model.provenance.add_source`).

Two writers say the same thing: :func:`record_quads` builds rdflib-term tuples (the reference;
:func:`record_dataset` wraps them for printing), :func:`record_text` writes the mentions and
provenance graphs as N-Quads text with no rdflib term built (about 1.6 ms a document instead of
7-14). The bulk build (:func:`populate_many`) runs extraction and :func:`record_text` on worker
processes that append the text to a spool file the store bulk-loads; ``tests/test_build_paths.py``
checks that both writers give the same dataset.
"""

from __future__ import annotations

import errno
import functools
import os
import re
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator
from pathlib import Path

from rdflib import BNode, Dataset, Literal, URIRef
from rdflib.term import Node
from rdflib.namespace import DCTERMS, FOAF, PROV, RDF, RDFS, XSD

from ickg.namespaces import (ASSERTED_GRAPH, FABIO, ICKG, MENTIONS_GRAPH, PRISM, PROVENANCE_GRAPH,
                             SCHEMA, WD, bind_prefixes)
from ickg.extract.document import DocumentRecord, extract, extraction_tables
from ickg.extract.gazetteer import ancestors
from ickg.mint import GAZETTEER, authorship_iri, decision_iri, journal_iri, jurisdiction_iri, person_iri, publication_iri
from ickg.model.provenance import (GAZETTEER_DESCRIPTION, NQuadsWriter, add_evidence, add_mention, add_source,
                                   decision_description)
from ickg.ntriples import nquads
from ickg.processes import iter_in_workers

# The extraction rule behind the type of a publication whose record names no journal and has no
# site chrome: nothing in the text says "report", so the type is an editorial decision.
REPORT_RULE = ("The record names no journal and has no site navigation, so the extraction rules type "
               "the publication as a report (fabio:ReportDocument), the most general kind of document.")
REPORT_RULE_LABEL = "extraction rule: a record without journal or site chrome is a report"


class _QuadSink:
    """Looks like an rdflib graph to :mod:`ickg.model.provenance` (it only calls ``add``)."""

    def __init__(self, graph, out):
        self.graph, self.out = graph, out

    def add(self, triple):
        self.out.append((*triple, self.graph))


def publication_type(record):
    """fabio:JournalArticle with a journal, fabio:WebPage for a saved page, else fabio:ReportDocument."""
    if record.metadata.journal is not None:
        return FABIO.JournalArticle
    if record.chrome:
        return FABIO.WebPage
    return FABIO.ReportDocument


def record_quads(record: DocumentRecord) -> list[tuple[Node, Node, Node, URIRef]]:
    """The quads ``record`` adds to the store, as (subject, predicate, object, graph) tuples.

    The reference writer: every term an rdflib term, annotations written by
    :func:`~ickg.model.provenance.add_evidence` and :func:`~ickg.model.provenance.add_mention`.
    :func:`record_text` writes the same quads as N-Quads text for the bulk build.

    Args:
        record: a :class:`ickg.extract.document.DocumentRecord`.

    Returns:
        A list of rdflib-term quads; the same record always gives the same quads.
    """
    writer = _RdflibWriter(record)
    _populate(record, writer)
    return writer.out


def record_text(record):
    """The same quads as :func:`record_quads`, the bulk of them already N-Quads text.

    The asserted graph stays rdflib quads (reasoning, curation and the reports need it in memory);
    the mentions and provenance graphs are written as text without building an rdflib term
    (:class:`~ickg.model.provenance.NQuadsWriter`), every line once.

    Returns:
        A :class:`RecordText`.
    """
    writer = _TextWriter(record)
    _populate(record, writer)
    nq = writer.nq
    return RecordText(asserted=writer.asserted_quads, text="".join(nq.chunks), statements=nq.statements,
                      counts={MENTIONS_GRAPH: nq.counts[0], PROVENANCE_GRAPH: nq.counts[1]},
                      asserted_text="".join(writer.asserted_lines), quotes="".join(nq.quotes))


@dataclass(slots=True)
class RecordText:
    """One record's quads as :func:`record_text` writes them.

    ``asserted``: rdflib quads of the asserted graph (repeats possible, as in :func:`record_quads`);
    ``text``: N-Quads of the mentions and provenance graphs, each line once, statements aside;
    ``statements``: the three lines of each reified statement (subject, predicate, object) by
    statement IRI: other documents may state the same triple, so they are written
    once per build, not once per document; ``counts``: lines of ``text`` per graph;
    ``asserted_text``: the asserted quads as N-Quads, each line once in first-stated order
    (what :func:`asserted_text` writes of ``asserted``), written as they are stated from the
    terms' text the other lines use (the same bytes: ``tests/test_build_paths.py``);
    ``quotes``: the quote rows of its evidence (:func:`ickg.model.provenance.quote_row`), which
    the text index reads instead of joining the annotations back together.
    """

    asserted: list
    text: str
    statements: dict
    counts: dict
    asserted_text: str = ""
    quotes: str = ""


class _RdflibWriter:
    def __init__(self, record):
        self.out = []
        self.document, self.text = record.iri, record.text
        self.asserted_sink = _QuadSink(ASSERTED_GRAPH, self.out)
        self.mentions = _QuadSink(MENTIONS_GRAPH, self.out)
        self.provenance = _QuadSink(PROVENANCE_GRAPH, self.out)

    def about_document(self, triple):
        self.provenance.add(triple)

    def asserted(self, triple):
        self.asserted_sink.add(triple)

    def evidence(self, triple, start, end):
        add_evidence(self.provenance, triple, self.document, self.text, start, end)

    def quoted(self, triple, spans):
        for start, end in spans:
            self.evidence(triple, start, end)

    def mention(self, start, end, body):
        add_mention(self.mentions, self.document, self.text, start, end, URIRef(body))

    def source(self, triple, source, description=()):
        add_source(self.provenance, triple, source, description)

    def known(self, place, triples):
        for triple in triples:
            self.asserted(triple)
            self.source(triple, GAZETTEER, GAZETTEER_DESCRIPTION)


_ASSERTED_END = f" <{ASSERTED_GRAPH}> .\n"
# _TextWriter.known's lines by place, kept per process: (asserted line, NQuadsWriter.sourced) of
# each of the gazetteer's triples about it (bounded: past this, made anew).
_KNOWN_TEXT: dict[Any, list] = {}


class _TextWriter:
    def __init__(self, record):
        self.asserted_quads = []
        self.asserted_lines: dict[str, None] = {}  # N-Quads lines of the asserted quads, each once
        self.nq = NQuadsWriter(str(record.iri), record.text, MENTIONS_GRAPH, PROVENANCE_GRAPH)

    def asserted(self, triple):
        self.asserted_quads.append((*triple, ASSERTED_GRAPH))
        term = self.nq.term
        s, p, o = triple
        self.asserted_lines[f"{term(s)} {term(p)} {term(o)}{_ASSERTED_END}"] = None

    def known(self, place, triples):
        """What the gazetteer says of ``place`` (``triples``), asserted and sourced: the lines are
        the same in every document naming the place, so they are made once per process (the
        gazetteer's facts are about 60 % of a synthetic abstract's asserted triples)."""
        made = _KNOWN_TEXT.get(place)
        if made is None:
            term, nq = self.nq.term, self.nq
            made = [(f"{term(s)} {term(p)} {term(o)}{_ASSERTED_END}",
                     nq.sourced((s, p, o), GAZETTEER, GAZETTEER_DESCRIPTION)) for s, p, o in triples]
            if len(_KNOWN_TEXT) < 100_000:
                _KNOWN_TEXT[place] = made
        lines, quads, source = self.asserted_lines, self.asserted_quads, self.nq.source
        for triple, (line, sourced) in zip(triples, made):
            quads.append((*triple, ASSERTED_GRAPH))
            lines[line] = None
            source(triple, GAZETTEER, GAZETTEER_DESCRIPTION, made=sourced)

    def about_document(self, triple):
        self.nq.provenance(triple)

    def evidence(self, triple, start, end):
        self.nq.evidence(triple, start, end)

    def quoted(self, triple, spans):
        self.nq.quoted(triple, spans)

    def mention(self, start, end, body):
        self.nq.mention(start, end, body)

    def source(self, triple, source, description=()):
        self.nq.source(triple, source, description)


class _V:
    """The vocabulary :func:`_populate` writes, looked up once: ``RDF.type`` is a Python
    ``__getattr__`` of rdflib's namespace, and for ickg's own namespaces (``ICKG.fullText``)
    it builds and checks a new URIRef each time (about 40 a document)."""

    DCTERMS_alternative = DCTERMS.alternative
    DCTERMS_creator = DCTERMS.creator
    DCTERMS_isPartOf = DCTERMS.isPartOf
    DCTERMS_title = DCTERMS.title
    FABIO_Journal = FABIO.Journal
    FABIO_JournalArticle = FABIO.JournalArticle
    FABIO_WebPage = FABIO.WebPage
    FABIO_hasPublicationYear = FABIO.hasPublicationYear
    FOAF_Person = FOAF.Person
    FOAF_familyName = FOAF.familyName
    FOAF_givenName = FOAF.givenName
    FOAF_name = FOAF.name
    ICKG_Authorship = ICKG.Authorship
    ICKG_SourceDocument = ICKG.SourceDocument
    ICKG_fileName = ICKG.fileName
    ICKG_fullText = ICKG.fullText
    ICKG_isRecordOf = ICKG.isRecordOf
    ICKG_sha256 = ICKG.sha256
    PRISM_endingPage = PRISM.endingPage
    PRISM_startingPage = PRISM.startingPage
    PROV_agent = PROV.agent
    PROV_qualifiedAttribution = PROV.qualifiedAttribution
    RDF_type = RDF.type
    RDFS_label = RDFS.label
    SCHEMA_position = SCHEMA.position


@functools.lru_cache(maxsize=4096)
def _year_literal(year: str) -> Literal:
    """``year`` as an ``xsd:gYear`` literal: made once per value (rdflib checks a typed
    literal's lexical form each time it makes one, some 10 µs)."""
    return Literal(year, datatype=XSD.gYear)


@functools.lru_cache(maxsize=1024)
def _position_literal(position: int) -> Literal:
    """An author's position as an ``xsd:positiveInteger`` literal, made once per value."""
    return Literal(position, datatype=XSD.positiveInteger)


def _populate(record, writer):
    """What ``record`` states, told to ``writer`` (one of the two writers above)."""
    assert_ = writer.asserted
    text, document = record.text, record.iri
    meta = record.metadata
    publication = publication_iri(record)

    writer.about_document((document, _V.RDF_type, _V.ICKG_SourceDocument))
    writer.about_document((document, _V.ICKG_fullText, Literal(text)))
    writer.about_document((document, _V.ICKG_sha256, Literal(record.sha256)))
    writer.about_document((document, _V.ICKG_fileName, Literal(record.file_name)))
    writer.about_document((document, _V.ICKG_isRecordOf, publication))

    def state(triple, spans):
        """Assert ``triple`` and point it at each quote that states it."""
        assert_(triple)
        if spans:
            writer.quoted(triple, spans)

    kind = publication_type(record)
    if kind == _V.FABIO_JournalArticle:
        state((publication, _V.RDF_type, kind), _journal_spans(meta.journal))
    elif kind == _V.FABIO_WebPage:
        state((publication, _V.RDF_type, kind), record.chrome[:1])
    else:
        assert_((publication, _V.RDF_type, kind))
        writer.source((publication, _V.RDF_type, kind), decision_iri(REPORT_RULE),
                      decision_description(REPORT_RULE, REPORT_RULE_LABEL))
    if meta.title:
        state((publication, _V.DCTERMS_title, Literal(meta.title.value)), meta.title.spans)
    if meta.year:
        state((publication, _V.FABIO_hasPublicationYear, _year_literal(str(meta.year.value))),
              meta.year.spans)
    for name, prop in _FIELDS:
        f = getattr(meta, name)
        if f:
            state((publication, prop, Literal(f.value)), f.spans)
    if meta.pages:
        first, _, last = meta.pages.value.partition("-")
        state((publication, _V.PRISM_startingPage, Literal(first)), meta.pages.spans)
        if last:
            state((publication, _V.PRISM_endingPage, Literal(last)), meta.pages.spans)

    if meta.journal is not None:
        journal = journal_iri(meta.journal)
        state((journal, _V.RDF_type, _V.FABIO_Journal), _journal_spans(meta.journal))
        spans = []
        if meta.journal.title:
            state((journal, _V.DCTERMS_title, Literal(meta.journal.title.value)), meta.journal.title.spans)
            spans += meta.journal.title.spans
        if meta.journal.abbreviation:
            state((journal, _V.DCTERMS_alternative, Literal(meta.journal.abbreviation.value)),
                  meta.journal.abbreviation.spans)
            spans += meta.journal.abbreviation.spans
        state((publication, _V.DCTERMS_isPartOf, journal), spans)

    for position, person in enumerate(meta.authors, start=1):
        iri = person_iri(person)
        state((iri, _V.RDF_type, _V.FOAF_Person), person.spans)
        state((publication, _V.DCTERMS_creator, iri), person.spans)
        # The order of the authors: the quote runs from the first author's name to this one's.
        authorship = authorship_iri(publication, position)
        order_spans = _list_spans(meta.authors[0].spans, person.spans)
        state((publication, _V.PROV_qualifiedAttribution, authorship), person.spans)
        state((authorship, _V.RDF_type, _V.ICKG_Authorship), person.spans)
        state((authorship, _V.PROV_agent, iri), person.spans)
        state((authorship, _V.SCHEMA_position, _position_literal(position)), order_spans)
        state((authorship, _V.RDFS_label, Literal(f"{person.name} (author {position})")), person.spans)
        name_spans = [(s, e) for s, e in person.spans if text[s:e] == person.name] or person.spans[:1]
        state((iri, _V.FOAF_name, Literal(person.name)), name_spans)
        state((iri, _V.FOAF_familyName, Literal(person.family)), _inner_spans(text, person.spans, person.family))
        given_spans = _inner_spans(text, person.spans, person.given) if person.given else []
        if given_spans:  # a record that gives only initials in its text (PubMed XML) states no given name
            state((iri, _V.FOAF_givenName, Literal(person.given)), given_spans)

    places_done = set()
    for mention in record.jurisdictions:
        place = mention.place
        iri = jurisdiction_iri(place.slug)
        writer.mention(mention.start, mention.end, str(iri))
        if text[mention.start:mention.end] == place.name:
            writer.evidence((iri, _V.RDFS_label, Literal(place.name)), mention.start, mention.end)
        for p in (place, *ancestors(place)):
            if p.slug in places_done:
                continue
            places_done.add(p.slug)
            writer.known(p, _known_of(p))

    for mention in record.mentions:
        writer.mention(mention.start, mention.end, mention.iri)


_KNOWN: dict[Any, list] = {}


def _known_of(place) -> list:
    """What the gazetteer says of ``place`` (its type, label, parent and Wikidata id), as
    triples made once per process: most documents name the same few places."""
    known = _KNOWN.get(place)
    if known is None:
        p_iri = jurisdiction_iri(place.slug)
        known = [(p_iri, RDF.type, ICKG[place.type]), (p_iri, RDFS.label, Literal(place.name))]
        if place.parent:
            known.append((p_iri, ICKG.partOf, jurisdiction_iri(place.parent)))
        if place.wikidata:
            known.append((p_iri, SCHEMA.sameAs, WD[place.wikidata]))
        if len(_KNOWN) < 100_000:
            _KNOWN[place] = known
    return known


_FIELDS = (("volume", PRISM.volume), ("issue", PRISM.issueIdentifier), ("doi", PRISM.doi),
           ("pmid", FABIO.hasPubMedId), ("pmcid", FABIO.hasPubMedCentralId))


def _journal_spans(journal):
    """The spans naming a journal (its title, its abbreviation): they show the record is an article's."""
    spans = []
    for f in (journal.title, journal.abbreviation):
        if f:
            spans += f.spans
    return spans


def _list_spans(first_spans, spans, reach=400):
    """For each span of an author's name, the span from the first author's name before it (within
    ``reach`` characters) to its end: the words that show the author's place in the list."""
    out = []
    for start, end in spans:
        before = [s for s, _ in first_spans if s <= start and start - s <= reach]
        out.append((max(before), end) if before else (start, end))
    return out


def _inner_spans(text, spans, part):
    """The spans of ``part`` inside each of ``spans`` where it occurs (a family name in a full name)."""
    out = []
    for start, end in spans:
        at = text.find(part, start, end)
        if at >= 0:
            out.append((at, at + len(part)))
    return out


def record_dataset(records: Iterable[DocumentRecord]) -> Dataset:
    """An rdflib Dataset holding the quads of ``records``, prefixes bound, for printing."""
    dataset = Dataset()
    bind_prefixes(dataset)
    graphs = {}
    for record in records:
        for s, p, o, g in record_quads(record):
            if g not in graphs:
                graphs[g] = dataset.graph(g)
            graphs[g].add((s, p, o))
    return dataset


# ---------------------------------------------------------------------------------------------
# The bulk path: extraction and population on worker processes, text straight to a spool file


@dataclass(slots=True)
class Populated:
    """What a worker sends back for one document (the text went to the spool, unless kept).

    ``record`` only when asked for (:func:`populate_many`'s ``records``): a build of many
    documents keeps their file stems and publication IRIs, not their texts. The asserted quads
    travel as N-Quads text (``asserted_text``, each line once, in first-stated order: the lines
    :func:`ickg.build.support.quads_text` writes), not as pickled rdflib terms, whose unpickling
    costs the build's main process more than parsing the text with every term made once
    (:attr:`asserted`). ``extra``: what :func:`populate_many`'s ``then`` made of the document in
    the worker.
    """

    stem: str
    publication: Any
    record: object
    asserted_text: str
    statements: dict
    counts: dict
    text: str | None = None  # the mentions and provenance text, for a document kept in memory
    extra: Any = None
    # On the last document of each chunk a worker did, with populate_many's ``check``: (how many
    # documents of the chunk were spooled, what ``check`` said of their text).
    checked: tuple[int, Any] | None = None

    @property
    def asserted(self) -> list:
        """The asserted quads as rdflib terms (parsed from ``asserted_text``)."""
        return parsed_quads(self.asserted_text)


def asserted_text(quads) -> str:
    """rdflib-term quads as N-Quads text, each quad once in first-seen order (the lines
    :func:`ickg.build.support.quads_text` writes for them)."""
    return nquads(list(dict.fromkeys(quads))).decode("utf-8")


_UNESCAPES = {"\\\\": "\\", '\\"': '"', "\\n": "\n", "\\r": "\r"}
_ESCAPED = re.compile(r"\\[\\\"nr]")
_TERMS: dict[str, Node] = {}
_MAX_TERMS = 200_000


def _term_of(text: str) -> Node:
    """The rdflib term an N-Triples term written by :func:`ickg.ntriples.term` stands for."""
    node = _TERMS.get(text)
    if node is not None:
        return node
    if text[0] == "<":
        node = URIRef(text[1:-1])
    elif text[0] == "_":
        node = BNode(text[2:])
    else:
        close = text.rindex('"')
        value = _ESCAPED.sub(lambda m: _UNESCAPES[m.group()], text[1:close])
        rest = text[close + 1:]
        if rest.startswith("@"):
            node = Literal(value, lang=rest[1:])
        elif rest.startswith("^^<"):
            node = Literal(value, datatype=URIRef(rest[3:-1]))
        else:
            node = Literal(value)
    if len(_TERMS) < _MAX_TERMS:
        _TERMS[text] = node
    return node


def parsed_quads(text: str) -> list:
    """N-Quads lines written by :func:`ickg.ntriples.nquads` as rdflib-term quads, each term
    made once per process (subjects and predicates are IRIs or blank nodes, so the first two
    spaces end them; the graph is the line's last term). Lines end at ``\n`` only: a literal may
    hold a form feed or U+2028, which N-Quads leaves unescaped and ``str.splitlines`` would cut at."""
    out = []
    term = _term_of
    for line in text.split("\n"):
        if not line:
            continue
        s, p, rest = line.split(" ", 2)
        o, g = rest[:-2].rsplit(" ", 1)
        out.append((term(s), term(p), term(o), term(g)))
    return out


_SPOOLS: dict[str, Any] = {}


def _append(spool, data):
    """Append ``data`` to the spool file in one ``write`` (O_APPEND: writers never interleave)."""
    fd = _SPOOLS.get(spool)
    if fd is None:
        fd = _SPOOLS[spool] = os.open(spool, os.O_WRONLY | os.O_APPEND)
    try:
        written = os.write(fd, data)
        if written != len(data):  # the disk filled up: the next write says so (ENOSPC)
            os.write(fd, data[written:])
            raise OSError(errno.EIO, f"short write ({written} of {len(data)} bytes)")
    except OSError as error:
        raise OSError(error.errno, error.strerror, spool) from None


def _populate_path(args, spooled=None):
    path, spool, keep, wanted, then, *quotes = args
    record = extract(Path(path))
    out = record_text(record)
    done = Populated(record.stem, publication_iri(record), record if wanted else None, out.asserted_text,
                     out.statements, out.counts)
    if then is not None:
        done.extra = then(record, out.asserted)
    if keep:
        done.text = out.text
    else:
        text = out.text.encode("utf-8")  # once, for the spool and the chunk's check
        if text:
            _append(spool, text)
        if quotes and quotes[0] and out.quotes:  # a kept document's rows: the build's process writes them
            _append(quotes[0], out.quotes.encode("utf-8"))
        if spooled is not None:
            spooled.add(text, out.statements.values(), done.asserted_text)
    return done


class ChunkText:
    """What the spooled documents of a chunk wrote, for :func:`populate_many`'s ``check``: each
    document's mentions and provenance text, its statements' lines and its asserted quads.

    A block of statement lines or an asserted line that an earlier document of the chunk wrote
    already is left out: the store the check loads holds a quad once however often it is read,
    so it holds the same quads, and documents naming the same places (the gazetteer's facts,
    their statements and sources) repeat about 40 % of a chunk's lines, which the store then
    parses once instead of several times.

    The texts are UTF-8 bytes: the document's mentions and provenance text is encoded once, for
    the spool and for the check (a document's full text mostly holds a character past U+00FF, so
    the chunk joined as ``str`` was a UCS-2 string of some 6 MB, encoded again as a whole: about
    0.05 ms a document).
    """

    def __init__(self) -> None:
        self.texts: list[bytes] = []  # what ``check`` reads, a document's each
        self.documents = 0  # documents added
        self._seen: set[str] = set()

    def add(self, text: bytes | str, statements: Iterable[str], asserted: str) -> None:
        """One document's mentions and provenance ``text`` (UTF-8, as spooled, or a ``str``), the
        lines of each of its ``statements`` (a block per statement) and its ``asserted`` N-Quads
        lines."""
        seen = self._seen
        parts = []
        for lines in statements:
            if lines not in seen:
                seen.add(lines)
                parts.append(lines)
        # Lines end at LF only: a literal may hold a form feed, U+0085 or U+2028, which
        # N-Quads leaves unescaped and ``str.splitlines`` would cut at (two titles sharing
        # what follows one lost it, and the chunk's text no longer parsed)
        for line in asserted.split("\n"):
            if line and line not in seen:
                seen.add(line)
                parts.append(line + "\n")
        if isinstance(text, str):
            text = text.encode("utf-8")
        self.texts.append(text + "".join(parts).encode("utf-8"))
        self.documents += 1


def _populate_chunk(args: tuple) -> list[Populated]:
    """:func:`_populate_path` of each job of a chunk, then ``check`` of the text the chunk spooled."""
    jobs, check = args
    if check is None:
        return [_populate_path(job) for job in jobs]
    spooled = ChunkText()
    done = [_populate_path(job, spooled) for job in jobs]
    done[-1].checked = (spooled.documents, check(spooled.texts))
    return done


def populate_many(paths: Iterable[str | os.PathLike[str]], spool: str | os.PathLike[str], *,
                  keep: Iterable[str] = (), records: Iterable[str] = (), processes: int | None = None,
                  chunksize: int | None = None, then: Callable[[DocumentRecord, list], Any] | None = None,
                  check: Callable[[list[bytes]], Any] | None = None,
                  quotes: str | os.PathLike[str] | None = None) -> Iterator[Populated]:
    """Extract and populate ``paths`` on ``processes`` worker processes (1: in this one).

    Each worker appends the mentions and provenance text of its documents (:func:`record_text`)
    to the N-Quads file ``spool`` and sends back a :class:`Populated`: the record, the asserted
    quads and the reified statements (written once per build by the caller). Documents whose
    stem is in ``keep`` send their text back instead of spooling it (the caller merges them with
    curated statements about the same document). The :class:`Populated` of a file named in
    ``records`` (or kept) carries its record. Results are yielded in the order of ``paths``, as
    the workers finish them: a caller that consumes them as they come holds only a few.
    ``then(record, asserted quads)``, a function the workers can import (a module's, or a
    ``functools.partial`` of one), runs in the worker after each document; what it returns
    comes back as :attr:`Populated.extra` (the build makes the document's proposals there).
    ``check(texts)``, importable likewise, runs in the worker after each chunk of ``chunksize``
    documents, on what each spooled document of the chunk wrote (not a kept one; UTF-8 bytes): its mentions
    and provenance text, its statements' lines (:attr:`Populated.statements`) and its asserted
    quads, less what an earlier document of the chunk wrote already (:class:`ChunkText`); what
    it returns comes back in :attr:`Populated.checked` of the chunk's last document (the build
    validates each document's own nodes there: :mod:`ickg.validate.local`). ``quotes``: a file
    (existing) to which the workers append the quote rows of the documents they spool
    (:attr:`RecordText.quotes`), as they append their text to ``spool``.

    Raises:
        DocumentError: the first document that cannot be read.
    """
    keep, records = frozenset(keep), frozenset(records)
    quotes = None if quotes is None else str(quotes)
    jobs = [(str(p), str(spool), Path(p).stem in keep, Path(p).name in records or Path(p).stem in keep, then, quotes)
            for p in paths]
    if chunksize is None:
        chunksize = max(1, min(64, len(jobs) // ((processes or os.cpu_count() or 1) * 4)))
    chunks = [(jobs[i:i + chunksize], check) for i in range(0, len(jobs), chunksize)]
    if processes == 1 or len(jobs) < 2:
        return _populate_here(chunks, spool, quotes)
    extraction_tables()  # the workers, forked after, inherit them
    done = iter_in_workers(_populate_chunk, chunks, processes=processes, initializer=extraction_tables)
    return (item for chunk in done for item in chunk)


def _populate_here(chunks, spool, quotes=None):
    try:
        for chunk in chunks:
            yield from _populate_chunk(chunk)
    finally:
        for path in (spool, quotes):
            fd = _SPOOLS.pop(str(path), None) if path is not None else None
            if fd is not None:
                os.close(fd)

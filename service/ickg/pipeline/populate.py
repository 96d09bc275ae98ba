"""Records -> RDF: the publication, journal, persons and places a document states, with evidence.

Each record becomes quads in three named graphs (see :mod:`ickg.namespaces`):

- ``graph/asserted``: the publication (FaBiO/PRISM), its journal (one resource for the full title
  and the abbreviation), its authors (FOAF, one resource per person across documents) and the
  jurisdictions it names (typed, ``ickg:partOf`` their parents up to the continent, with
  ``schema:sameAs`` Wikidata only for the ids verified by hand);
- ``graph/mentions``: one ``ickg:MentionAnnotation`` per concept or jurisdiction mention;
- ``graph/provenance``: the document itself (``ickg:SourceDocument`` with its full text, digest and
  file name) and one ``ickg:EvidenceAnnotation`` per quote stating a metadata fact.

Quads are built as plain tuples rather than in an rdflib store because the bulk path turns
thousands of records into millions of quads; :func:`record_dataset` wraps them for printing.
"""

from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, RDF, RDFS, XSD

from ickg.namespaces import (ASSERTED_GRAPH, FABIO, ICKG, ID, MENTIONS_GRAPH, PRISM, PROVENANCE_GRAPH,
                             SCHEMA, WD, bind_prefixes)
from ickg.pipeline.extract import journal_iri, jurisdiction_iri, person_iri, publication_iri
from ickg.pipeline.gazetteer import ancestors
from ickg.pipeline.provenance import add_evidence, add_mention


class _QuadSink:
    """Looks like an rdflib graph to :mod:`ickg.pipeline.provenance` (it only calls ``add``)."""

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


def record_quads(record):
    """The quads ``record`` adds to the store, as (subject, predicate, object, graph) tuples.

    Args:
        record: a :class:`ickg.pipeline.extract.DocumentRecord`.

    Returns:
        A list of rdflib-term quads; the same record always gives the same quads.
    """
    out = []
    asserted = _QuadSink(ASSERTED_GRAPH, out)
    mentions = _QuadSink(MENTIONS_GRAPH, out)
    provenance = _QuadSink(PROVENANCE_GRAPH, out)
    text, document = record.text, record.iri
    meta = record.metadata
    publication = publication_iri(record)

    provenance.add((document, RDF.type, ICKG.SourceDocument))
    provenance.add((document, ICKG.fullText, Literal(text)))
    provenance.add((document, ICKG.sha256, Literal(record.sha256)))
    provenance.add((document, ICKG.fileName, Literal(record.file_name)))
    provenance.add((document, ICKG.isRecordOf, publication))

    def state(triple, spans):
        """Assert ``triple`` and point it at each quote that states it."""
        asserted.add(triple)
        for start, end in spans:
            add_evidence(provenance, triple, document, text, start, end)

    asserted.add((publication, RDF.type, publication_type(record)))
    if meta.title:
        state((publication, DCTERMS.title, Literal(meta.title.value)), meta.title.spans)
    if meta.year:
        state((publication, FABIO.hasPublicationYear, Literal(str(meta.year.value), datatype=XSD.gYear)),
              meta.year.spans)
    for name, prop in (("volume", PRISM.volume), ("issue", PRISM.issueIdentifier), ("doi", PRISM.doi),
                       ("pmid", FABIO.hasPubMedId), ("pmcid", FABIO.hasPubMedCentralId)):
        f = getattr(meta, name)
        if f:
            state((publication, prop, Literal(f.value)), f.spans)
    if meta.pages:
        first, _, last = meta.pages.value.partition("-")
        state((publication, PRISM.startingPage, Literal(first)), meta.pages.spans)
        if last:
            state((publication, PRISM.endingPage, Literal(last)), meta.pages.spans)

    if meta.journal is not None:
        journal = journal_iri(meta.journal)
        asserted.add((journal, RDF.type, FABIO.Journal))
        spans = []
        if meta.journal.title:
            state((journal, DCTERMS.title, Literal(meta.journal.title.value)), meta.journal.title.spans)
            spans += meta.journal.title.spans
        if meta.journal.abbreviation:
            state((journal, DCTERMS.alternative, Literal(meta.journal.abbreviation.value)),
                  meta.journal.abbreviation.spans)
            spans += meta.journal.abbreviation.spans
        state((publication, DCTERMS.isPartOf, journal), spans)

    for person in meta.authors:
        iri = person_iri(person)
        asserted.add((iri, RDF.type, FOAF.Person))
        state((publication, DCTERMS.creator, iri), person.spans)
        name_spans = [(s, e) for s, e in person.spans if text[s:e] == person.name] or person.spans[:1]
        state((iri, FOAF.name, Literal(person.name)), name_spans)
        state((iri, FOAF.familyName, Literal(person.family)), _inner_spans(text, person.spans, person.family))
        if person.given:
            state((iri, FOAF.givenName, Literal(person.given)), _inner_spans(text, person.spans, person.given))

    places_done = set()
    for mention in record.jurisdictions:
        place = mention.place
        iri = jurisdiction_iri(place)
        add_mention(mentions, document, text, mention.start, mention.end, iri)
        if text[mention.start:mention.end] == place.name:
            add_evidence(provenance, (iri, RDFS.label, Literal(place.name)), document, text,
                         mention.start, mention.end)
        for p in (place, *ancestors(place)):
            if p.slug in places_done:
                continue
            places_done.add(p.slug)
            p_iri = jurisdiction_iri(p)
            asserted.add((p_iri, RDF.type, ICKG[p.type]))
            asserted.add((p_iri, RDFS.label, Literal(p.name)))
            if p.parent:
                asserted.add((p_iri, ICKG.partOf, ID[f"jurisdiction/{p.parent}"]))
            if p.wikidata:
                asserted.add((p_iri, SCHEMA.sameAs, WD[p.wikidata]))

    for mention in record.mentions:
        add_mention(mentions, document, text, mention.start, mention.end, URIRef(mention.iri))
    return out


def _inner_spans(text, spans, part):
    """The spans of ``part`` inside each of ``spans`` where it occurs (a family name in a full name)."""
    out = []
    for start, end in spans:
        at = text.find(part, start, end)
        if at >= 0:
            out.append((at, at + len(part)))
    return out


def record_dataset(records):
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

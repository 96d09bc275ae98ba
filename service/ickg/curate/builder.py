"""Curated statements: hand-written entities and relations, each tied to its verbatim quote.

Automatic extraction cannot say reliably that PRISMA has six components or that Denmark is
"likely" the best example of system integration. A domain expert writes such statements in a
plain-text file per document (``graph_data/curation/<document stem>.txt``, format described in
``graph_data/curation/README.md``), and this module turns them into RDF:

- plain triples in :data:`ickg.namespaces.ASSERTED_GRAPH`;
- for every triple, the quotes that state it as evidence annotations (Web Annotation
  TextQuoteSelector + TextPositionSelector, PROV-O derivation, hedge cue and qualifier) in
  :data:`ickg.namespaces.PROVENANCE_GRAPH`, written by :func:`ickg.model.provenance.add_evidence`;
  a statement none of whose quotes states it flatly also carries, on the statement itself, the
  qualifier of its firmest quote (so "hedged claims" is one query);
- for what no quote states (a descriptive label for an untitled publication, a curator's
  judgement such as a program's Leutz degree, an editorial note), an ``ickg:EditorialDecision``
  with the curator's reason (``because:``), as the statement's source.

Across files, one resource has one ``rdfs:label``: the first file (in name order) that names it
gives it, a jurisdiction of the gazetteer keeps the gazetteer's name, and the names other files
use become ``skos:altLabel`` (so "trust-building" in 2017 and "building trust" in 2018 are one
mechanism with two names and the quotes of both). A triple the ontology already holds (a level
that the GKEN page states of its own concept) is not asserted again; its quotes are kept.

Each quote is looked up in the document with whitespace collapsed (and curly quotes read as
straight ones), and mapped back to the exact character offsets of the text as received. Every
class and property must be a term of the ontology, every concept a concept of the schemes, every
label must occur in the entity's own quotes: nothing the document does not say gets in. Any
problem raises :class:`CurationError` with a ``path:line: reason`` message, before anything is
written anywhere.

The format in one example::

    PRISMA is a: care model "PRISMA"
      quote: PRISMA (Program of Research to Integrate the Services for the Maintenance of Autonomy) in Canada
      also: Program of Research to Integrate the Services for the Maintenance of Autonomy
    PRISMA located in: Canada
      quote: PRISMA model in Canada
    Denmark exemplifies: policy-paper/systemic
      quote: The best system integration example is likely Denmark
      hedge: likely
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Mapping

from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import FOAF, OWL, RDF, RDFS, SKOS, XSD

from ickg.curate.fileformat import (CURATION_SUFFIX, JOURNAL_KEYWORD, LABEL_PROPERTY_NAMES,
                                    PUBLICATION_KEYWORD, QUALIFIERS_SCHEME, CurationError, Entity,
                                    parse_blocks, unquote)
from ickg.curate.quotes import LocatedText
from ickg.curate.vocabulary import Vocabulary, default_vocabulary, kind_of
from ickg.mint import decision_iri, document_iri, entity_iri, jurisdiction_iri
from ickg.model.provenance import add_evidence, add_source, decision_description
from ickg.namespaces import ASSERTED_GRAPH, FABIO, ICKG, PREFIXES, PROVENANCE_GRAPH, SCHEME, bind_prefixes

INTEGER_TYPES = {XSD.integer, XSD.nonNegativeInteger, XSD.positiveInteger, XSD.int,
                 XSD.long, XSD.gYear}


# Lexical forms of the date types rdflib does not check itself.
_LEXICAL = {XSD.gYearMonth: re.compile(r"-?\d{4,}-(0[1-9]|1[0-2])"), XSD.gYear: re.compile(r"-?\d{4,}"),
            XSD.date: re.compile(r"-?\d{4,}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])")}


# --------------------------------------------------------------------------------------------
# Building
# --------------------------------------------------------------------------------------------

def publication_iri_for(document_text, stem):
    """The IRI of the publication a document holds, as the extraction stage mints it."""
    from types import SimpleNamespace

    from ickg.extract.metadata import read_metadata
    from ickg.mint import publication_iri  # the one place they are derived
    # publication_iri reads only a record's metadata and stem: no need for a full extraction.
    return publication_iri(SimpleNamespace(metadata=read_metadata(document_text), stem=stem))


class _Builder:
    def __init__(self, path, text, document, vocabulary, publication, journal=None, labels=None,
                 document_name=None, into=None):
        self.document_name = document_name
        self.path = path
        self.journal = journal
        self.labels = {} if labels is None else labels  # first rdfs:label of each IRI, across files
        self.located = LocatedText(text)
        self.text = text
        self.document = document
        self.vocabulary = vocabulary
        self.publication = publication
        self.entities = {}
        if into is None:
            into = Dataset()
            bind_prefixes(into)
        self.dataset = into
        self.asserted = self.dataset.graph(ASSERTED_GRAPH)
        self.provenance = self.dataset.graph(PROVENANCE_GRAPH)
        self.statements = 0
        self.evidence = 0

    def error(self, line, reason):
        return CurationError(self.path, line, reason)

    # ---- declarations ---------------------------------------------------------------------

    def declare(self, blocks):
        for block in blocks:
            key = self._declared_key(block.left)
            if key is None:
                continue
            if not key:
                raise self.error(block.line, "a name is needed before 'is a:'")
            if key.startswith("@") or "/" in key:
                raise self.error(block.line, f"{key!r} cannot be declared: names may not start with '@' "
                                 "or contain '/' (those refer to the publication and to concepts)")
            if key in self.entities:
                raise self.error(block.line, f"{key!r} is already declared on line {self.entities[key].line}")
            class_text, label = self._class_and_label(block)
            cls = self.vocabulary.classes.get(class_text.lower())
            if cls is None:
                raise self.error(block.line, f"{class_text!r} is not a class of the ontology")
            kind = kind_of(self.vocabulary, cls)
            if kind is None:
                raise self.error(block.line, f"{class_text!r} is not a class of things a document states "
                                 "(program, organization, mechanism, barrier...)")
            self.entities[key] = Entity(key, block.line, cls, label, entity_iri(kind, key))

    @staticmethod
    def _declared_key(left):
        lowered = left.lower()
        if lowered == "is a":
            return ""
        if lowered.endswith(" is a"):
            return left[:-5].strip()
        return None

    def _class_and_label(self, block):
        match = re.fullmatch(r'(.*?)\s*"(.*)"', block.right)
        if match:
            class_text, label = match.group(1).strip(), match.group(2).strip()
            if not label:
                raise self.error(block.line, "empty label \"\"")
        else:
            class_text, label = block.right.strip(), block.left[:-5].strip()
        if not class_text:
            raise self.error(block.line, f"no class before the label in {block.right!r}")
        return class_text, label

    # ---- statements -----------------------------------------------------------------------

    def build(self, blocks):
        blocks = [block for block in blocks if block.rejected is None]  # turned down in review: not facts
        self.declare(blocks)
        for block in blocks:
            if self._declared_key(block.left) is not None:
                self.build_entity(block)
            else:
                self.build_relation(block)

    def build_entity(self, block):
        entity = self.entities[block.left[:-5].strip()]
        spans = [self.locate(quote) for quote in block.quotes]
        self.assert_triple((entity.iri, RDF.type, entity.cls), block.quotes, spans, block.reasons)
        if block.unnamed is not None:
            if '"' in block.right:
                raise self.error(block.unnamed, "'unnamed:' contradicts the name given in quotes on line "
                                 f"{block.line}")
            if block.label is not None:
                line, label = block.label
                self.assert_decided(self._label_triple(entity.iri, label),
                                    [(block.unnamed, f"The document does not name it ({block.unnamed_reason}); "
                                      "the label describes it.")])
        else:
            self.assert_label(entity.iri, RDFS.label, entity.label, block.line, block, spans)
            if kind_of(self.vocabulary, entity.cls) == "person":
                self.assert_label(entity.iri, FOAF.name, entity.label, block.line, block, spans)
        for line, note in block.notes:
            self.assert_decided((entity.iri, SKOS.editorialNote, Literal(note, lang="en")),
                                [(line, "An editorial note: the curator's own words about how the "
                                  "document's statements were recorded, not words of the document.")])
        for line, alt in block.also:
            self.assert_label(entity.iri, SKOS.altLabel, alt, line, block, spans)

    def _label_triple(self, subject, value):
        """``subject rdfs:label value``, or ``skos:altLabel`` when another file or the gazetteer
        already named ``subject`` differently: one resource, one label."""
        first = self.labels.get(subject)
        if first is None:
            first = self.labels[subject] = gazetteer_name(subject) or value
        if first == value:
            return (subject, RDFS.label, Literal(value))
        return (subject, SKOS.altLabel, Literal(value))

    def assert_label(self, subject, predicate, value, line, block, spans):
        """A label must be words of the entity's own quotes; its evidence is exactly those words."""
        for quote, (start, end) in zip(block.quotes, spans):
            inner = self.located.find_all(value, start, end)
            if inner:
                triple = (subject, predicate, Literal(value))
                if predicate == RDFS.label:
                    triple = self._label_triple(subject, value)
                    if triple[1] == SKOS.altLabel and str(triple[2]).lower() == self.labels[subject].lower():
                        return  # the same name but for case: nothing to add
                self.asserted.add(triple)
                self.statements += 1
                s, e = inner[0]
                add_evidence(self.provenance, triple, self.document, self.text, s, e)
                self.evidence += 1
                return
        if block.reasons:
            self.assert_decided((subject, predicate, Literal(value)), block.reasons)
            return
        raise self.error(line, f"{value!r} does not occur in the quotes of this statement: a name must "
                         "be written as the document writes it (or, where the document refers to the "
                         "thing without naming it, add '  unnamed: <why>')")

    def assert_decided(self, triple, reasons):
        """Assert ``triple`` with the curator's reasons as its source (editorial decisions)."""
        self.asserted.add(triple)
        self.statements += 1
        name = Path(str(self.path)).name
        for line, reason in reasons:
            where = f"{name}, line {line}"
            add_source(self.provenance, triple, decision_iri(reason, where),
                       decision_description(reason, f"curator's decision ({where})", where))

    def build_relation(self, block):
        subject, rest = self.resolve_subject(block)
        spans = [self.locate(quote) for quote in block.quotes]
        if rest.lower() in LABEL_PROPERTY_NAMES:
            value = unquote(block.right)
            self.assert_label(subject, RDFS.label, value, block.line, block, spans)
            return
        prop = self.vocabulary.properties.get(rest.lower())
        if prop is None:
            raise self.error(block.line, f"{rest!r} is not a property of the ontology")
        if self.vocabulary.property_kind[prop] == OWL.DatatypeProperty:
            obj = self.literal(block, prop)
            if obj.datatype is None and not block.reasons and not any(
                    self.located.find_all(str(obj), s, e) for s, e in spans):
                raise self.error(block.line, f"{str(obj)!r} does not occur in the quotes of this statement: "
                                 "a text value is written as the document writes it")
        else:
            obj = self.resolve_object(block)
        self.check_domain_range(block, subject, prop, obj)
        self.assert_triple((subject, prop, obj), block.quotes, spans, block.reasons)

    def resolve_subject(self, block):
        left = block.left
        candidates = [(key, self.entities[key].iri) for key in self.entities]
        candidates.append((PUBLICATION_KEYWORD, None))
        candidates.append((JOURNAL_KEYWORD, None))
        best = None
        for key, iri in candidates:
            if left.startswith(key + " ") and (best is None or len(key) > len(best[0])):
                best = (key, iri)
        if best is None:
            first, _, rest = left.partition(" ")
            if "/" in first:
                return self.concept(block.line, first), rest.strip()
            raise self.error(block.line, f"{left!r} does not start with a name declared in this file "
                             "(declare it with '<name> is a: <class>'), '@publication' or a concept "
                             "(scheme/concept)")
        key, iri = best
        if key == PUBLICATION_KEYWORD:
            iri = self.publication_iri(block.line)
        elif key == JOURNAL_KEYWORD:
            iri = self.journal_iri(block.line)
        return iri, left[len(key):].strip()

    def resolve_object(self, block):
        value = block.right.strip()
        if value == PUBLICATION_KEYWORD:
            return self.publication_iri(block.line)
        if value == JOURNAL_KEYWORD:
            return self.journal_iri(block.line)
        if value in self.entities:
            return self.entities[value].iri
        if "/" in value and " " not in value:
            return self.concept(block.line, value)
        raise self.error(block.line, f"{value!r} is not a name declared in this file, "
                         "'@publication' or a concept (scheme/concept)")

    def concept(self, line, ref):
        iri = SCHEME[ref]
        if iri not in self.vocabulary.concepts:
            raise self.error(line, f"{ref!r} is not a concept of the concept schemes "
                             f"(no {iri} in ontology/ickg-concepts.ttl)")
        return iri

    def publication_iri(self, line):
        if self.publication is None:
            raise self.error(line, "this document's publication is not known, so '@publication' cannot be used")
        return self.publication

    def journal_iri(self, line):
        if self.journal is None:
            raise self.error(line, "this document names no journal, so '@journal' cannot be used")
        return self.journal

    def literal(self, block, prop):
        value = block.right.strip()
        typed = re.fullmatch(r'"(.*)"\^\^([A-Za-z][\w-]*):(\w+)', value)
        if typed:
            text, prefix, local = typed.groups()
            if prefix not in PREFIXES:
                raise self.error(block.line, f"unknown prefix {prefix!r} in {value!r}")
            literal = Literal(text, datatype=URIRef(str(PREFIXES[prefix]) + local))
            shape = _LEXICAL.get(literal.datatype)
            if literal.ill_typed or (shape is not None and not shape.fullmatch(text)):
                raise self.error(block.line, f"{text!r} is not a valid {prefix}:{local}")
            return literal
        datatype = self.vocabulary.range_of(prop)
        if datatype in INTEGER_TYPES:
            if not re.fullmatch(r"-?\d+", value):
                raise self.error(block.line, f"{self.vocabulary.label(prop)!r} takes a whole number, found {value!r}")
            number = int(value)
            if datatype == XSD.nonNegativeInteger and number < 0 or datatype == XSD.positiveInteger and number < 1:
                raise self.error(block.line, f"{self.vocabulary.label(prop)!r} cannot be {number}")
            return Literal(number, datatype=datatype)
        text = unquote(value)
        if datatype in (None, XSD.string):
            return Literal(text)
        return Literal(text, datatype=datatype)

    def check_domain_range(self, block, subject, prop, obj):
        name = self.vocabulary.label(prop)
        for axis, node, role in ((RDFS.domain, subject, "subject"), (RDFS.range, obj, "object")):
            if isinstance(node, Literal):
                continue
            allowed = self.vocabulary.allowed(prop, axis)
            if not allowed:
                continue
            have = self.classes_of(node)
            if have and not (have & allowed):
                wanted = ", ".join(sorted(self.vocabulary.label(c) for c in allowed))
                raise self.error(block.line, f"{name!r} takes as {role} a {wanted}; "
                                 f"{self.describe(node)} is not one")

    def classes_of(self, node):
        for entity in self.entities.values():
            if entity.iri == node:
                return self.vocabulary.superclasses(entity.cls)
        if node == self.publication:
            return self.vocabulary.superclasses(FABIO.Expression)
        if node == self.journal:
            return {FABIO.Journal}
        return self.vocabulary.types_of(node)

    def describe(self, node):
        for entity in self.entities.values():
            if entity.iri == node:
                return f"{entity.key!r} ({self.vocabulary.label(entity.cls)})"
        return f"<{node}>"

    # ---- quotes ---------------------------------------------------------------------------

    def locate(self, quote):
        spans = self.located.find_all(quote.text)
        name = Path(str(self.document_name)).name
        if not spans:
            raise self.error(quote.line, f"quote not found in {name}: {quote.text!r}")
        if quote.occurrence is None and len(spans) > 1:
            raise self.error(quote.line, f"quote occurs {len(spans)} times in {name}; lengthen it or add "
                             f"'occurrence: <1..{len(spans)}>' below it")
        if quote.occurrence is not None and quote.occurrence > len(spans):
            raise self.error(quote.line, f"occurrence {quote.occurrence} asked, but the quote occurs "
                             f"{len(spans)} time(s) in {name}")
        start, end = spans[(quote.occurrence or 1) - 1]
        if quote.hedge is not None and not self.located.find_all(quote.hedge, start, end):
            raise self.error(quote.hedge_line, f"hedge {quote.hedge!r} is not words of its quote")
        if quote.qualifier is not None:
            self.qualifier(quote)
        return start, end

    def qualifier(self, quote):
        name = quote.qualifier or "hedged"
        iri = SCHEME[f"{QUALIFIERS_SCHEME}/{name}"]
        if iri not in self.vocabulary.concepts:
            raise self.error(quote.qualifier_line or quote.line,
                             f"{name!r} is not a claim qualifier (a concept of the '{QUALIFIERS_SCHEME}' scheme)")
        return name

    def assert_triple(self, triple, quotes, spans, reasons=()):
        self.asserted.add(triple)
        self.statements += 1
        for quote, (start, end) in zip(quotes, spans):
            qualifier = None
            if quote.hedge is not None or quote.qualifier is not None:
                qualifier = self.qualifier(quote)
            add_evidence(self.provenance, triple, self.document, self.text, start, end,
                         hedge=quote.hedge, qualifier=qualifier)
            self.evidence += 1
        if reasons:
            self.assert_decided(triple, reasons)


def curate_document(curation_path: str | os.PathLike[str], document_text: str, document_iri_: URIRef, *,
                    publication: URIRef | None = None, vocabulary: Vocabulary | None = None,
                    document_name: str | None = None, journal: URIRef | None = None,
                    labels: dict[URIRef, str] | None = None, into: Dataset | None = None) -> Dataset:
    """Build the statements of one curation file against the text of its document.

    Args:
        curation_path: the curation file (its name appears in error messages).
        document_text: the full text of the document as received.
        document_iri_: IRI of the document (:func:`ickg.mint.document_iri`).
        publication: IRI of the publication the document holds, for ``@publication``.
        vocabulary: a :class:`Vocabulary`; by default the packaged ontology.
        document_name: the document's file name, for error messages.
        journal: IRI of the journal the publication appeared in, for ``@journal``.
        labels: {IRI: rdfs:label} of the files built before this one (updated): a resource
            named there gets this file's names as ``skos:altLabel``.
        into: a Dataset to add the statements to (returned), for a caller that gathers several
            files' (the builder only adds to it: what it holds already changes nothing).

    Returns:
        An rdflib ``Dataset`` with the asserted triples in ``ASSERTED_GRAPH`` and their evidence
        in ``PROVENANCE_GRAPH``.

    Raises:
        CurationError: ``path:line: reason`` for the first problem found; nothing is returned.
    """
    path = Path(curation_path)
    text = path.read_text(encoding="utf-8")
    blocks = parse_blocks(path, text)
    builder = _Builder(path, document_text, document_iri_, vocabulary or default_vocabulary(),
                       publication, journal, labels,
                       document_name or str(document_iri_).rsplit("/", 1)[-1] + ".txt", into)
    builder.build(blocks)
    return builder.dataset


def curation_files(curation_dir):
    return sorted(Path(curation_dir).glob(f"*{CURATION_SUFFIX}"))


def curate_corpus(curation_dir: str | os.PathLike[str], corpus_dir: str | os.PathLike[str], *,
                  vocabulary: Vocabulary | None = None,
                  publications: Mapping[str, URIRef] | None = None) -> Dataset:
    """Build every curation file of ``curation_dir`` against its document in ``corpus_dir``.

    A curation file is paired with the corpus file of the same stem. ``publications`` maps a
    stem to its publication IRI; by default :func:`publication_iri_for` derives it.

    Returns:
        One rdflib ``Dataset`` with all the curated statements and their evidence.

    Raises:
        CurationError: for the first file that cannot be built; nothing is returned.
    """
    vocabulary = vocabulary or default_vocabulary()
    merged = Dataset()
    bind_prefixes(merged)
    labels: dict[URIRef, str] = {}
    for path in curation_files(curation_dir):
        stem = path.name[: -len(CURATION_SUFFIX)]
        document = document_path(corpus_dir, stem)
        if document is None:
            raise CurationError(path, 1, f"no document {stem}.txt (or .html, .xml, .pdf) in {corpus_dir}")
        text, metadata = document_text(document)
        if publications is not None:
            publication = publications.get(stem)
        else:
            publication = _publication_iri(metadata, stem)
        # each file's statements go straight into the merged dataset: built apart and copied in,
        # they were added twice (graph_data's curation: 0.36 -> 0.26 CPU-s)
        curate_document(path, text, document_iri(stem), publication=publication, vocabulary=vocabulary,
                        document_name=document.name, journal=_journal_iri(metadata), labels=labels,
                        into=merged)
    _drop_what_the_ontology_holds(merged, vocabulary)
    qualify_statements(merged, vocabulary.qualifier_ranks)
    return merged


def document_path(corpus_dir: str | os.PathLike[str], stem: str) -> Path | None:
    """The corpus document a curation file of ``stem`` is about (``.txt`` first), or None."""
    from ickg.extract.readers import SUFFIXES

    for suffix in SUFFIXES:
        path = Path(corpus_dir) / f"{stem}{suffix}"
        if path.is_file():
            return path
    return None


def document_text(path: str | os.PathLike[str]):
    """The text of a corpus document as extraction reads it (HTML, XML and PDF made text: quotes
    are found in that text) and its metadata, from the markup's fields where it has them."""
    from ickg.extract.metadata import read_metadata
    from ickg.extract.readers import DocumentError, read_source

    try:
        source = read_source(path)
    except DocumentError as error:
        raise CurationError(path, 1, str(error)) from None
    return source.text, read_metadata(source.text, fields=source.fields, zones=source.zones, form=source.format)


def _publication_iri(metadata, stem):
    from types import SimpleNamespace

    from ickg.mint import publication_iri

    return publication_iri(SimpleNamespace(metadata=metadata, stem=stem))


def _journal_iri(metadata):
    from ickg.mint import journal_iri

    return journal_iri(metadata.journal) if metadata.journal is not None else None


def journal_iri_for(document_text):
    """The IRI of the journal a document's record names (as extraction mints it), or None."""
    from ickg.extract.metadata import read_metadata
    from ickg.mint import journal_iri
    journal = read_metadata(document_text).journal
    return journal_iri(journal) if journal is not None else None


def gazetteer_name(iri):
    """The gazetteer's name of a jurisdiction IRI (``id/jurisdiction/<slug>``), or None."""
    from ickg.extract.gazetteer import places
    prefix = str(jurisdiction_iri(""))
    if not str(iri).startswith(prefix):
        return None
    place = places().get(str(iri)[len(prefix):])
    return place.name if place else None


def _drop_what_the_ontology_holds(dataset, vocabulary):
    """Triples the ontology already holds are not asserted a second time (each triple in one
    graph); their statements and quotes stay in the provenance graph."""
    asserted = dataset.graph(ASSERTED_GRAPH)
    for triple in [t for t in asserted if vocabulary.holds(t)]:
        asserted.remove(triple)


def qualify_statements(dataset, ranks):
    """Put on each statement none of whose quotes states it flatly the qualifier of its firmest
    quote (highest ``ickg:qualifierRank``) and that quote's hedge cues: "which claims are hedged?"
    is then a question about statements, the same for asserted and inferred ones. ``ranks``: each
    qualifier's ``ickg:qualifierRank`` in the ontology (:attr:`Vocabulary.qualifier_ranks`)."""
    provenance = dataset.graph(PROVENANCE_GRAPH)
    for statement in set(provenance.subjects(ICKG.hasEvidence, None)):
        quals = []
        for evidence in provenance.objects(statement, ICKG.hasEvidence):
            qualifier = provenance.value(evidence, ICKG.claimQualifier)
            if qualifier is None:
                break  # one flat quote: the statement is not qualified
            quals.append((ranks.get(qualifier, 0), str(qualifier), qualifier,
                          sorted(str(c) for c in provenance.objects(evidence, ICKG.hedgeCue))))
        else:
            if quals:
                rank, _, qualifier, _ = max(quals)
                provenance.add((statement, ICKG.claimQualifier, qualifier))
                for r, _, q, cues in quals:
                    if q == qualifier:
                        for cue in cues:
                            provenance.add((statement, ICKG.hedgeCue, Literal(cue)))


__all__ = ["curate_document", "curate_corpus", "curation_files", "publication_iri_for"]

"""Evidence and mention annotations: how a triple points back to the characters that state it.

Every asserted triple ``S P O`` gets a reified ``rdf:Statement`` in the provenance graph, and
each quote supporting it an ``ickg:EvidenceAnnotation`` (a W3C Web Annotation) whose body is the
statement and whose target is a span of the source document, selected twice: by the quote itself
(``oa:TextQuoteSelector`` with exact, prefix and suffix) and by character offsets
(``oa:TextPositionSelector``, start inclusive, end exclusive, counted in Unicode code points of
the document as received). Hedged claims keep their cue words and a qualifier concept.

A mention's target is the span itself (``id/span/<hash of document, start, end>``, its selector
``.../position``), shared by the mentions of every concept the same characters name. An evidence
annotation keeps a target of its own (``<evidence>/target``, ``/quote``, ``/position``), so that
a quote found wrong is reported once per annotation that relies on it.

A fact that no quote states word for word (a jurisdiction's parent from the gazetteer, a type
the extraction rules give a publication, a curator's decision) has a *declared non-document
source* instead: its statement is ``prov:wasDerivedFrom`` an ``ickg:ReferenceSource`` (the
gazetteer, :data:`GAZETTEER`) or an ``ickg:EditorialDecision`` (:func:`decision_iri`) whose
``rdfs:comment`` gives the reason. So every asserted triple has a source of one kind or the other,
which ``ickg validate`` checks and ``ickg explain`` shows.

IRIs are hashes of what they identify, so the same input always yields the same graph.
"""

import hashlib
import re
import unicodedata
from urllib.parse import quote

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, XSD

from ickg.namespaces import ICKG, ID, OA, SCHEME

CONTEXT_CHARS = 32

# The gazetteer of jurisdictions (ickg/pipeline/gazetteer.tsv), as the source of what it says
# about a place: its type, its name, its parent, its verified Wikidata id.
GAZETTEER = ID["source/gazetteer"]
GAZETTEER_DESCRIPTION = (
    (GAZETTEER, RDF.type, ICKG.ReferenceSource),
    (GAZETTEER, RDFS.label, Literal("ickg gazetteer of jurisdictions", lang="en")),
    (GAZETTEER, RDFS.comment, Literal(
        "A hand-kept table of jurisdictions (ickg/pipeline/gazetteer.tsv): for each place its type, its "
        "name and variant spellings, the larger jurisdiction it is part of, and its Wikidata id where "
        "that id was verified by hand. The Wikidata items are its reference for names and ids.", lang="en")),
    (GAZETTEER, DCTERMS.source, URIRef("https://www.wikidata.org/")),
)


def _digest(*parts):
    joined = "\x1f".join(str(p) for p in parts)
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()[:16]


def slug(text):
    """A lower-case ASCII slug of a label, stable across runs: ``"Québec's CSSSs"`` -> ``quebecs-cssss``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    ascii_text = re.sub(r"['’]", "", ascii_text.lower())
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-") or _digest(text)


def entity_iri(kind, label):
    """The IRI of a curated entity: ``id/<kind>/<slug of label>``."""
    return ID[f"{kind}/{slug(label)}"]


def document_iri(stem):
    """The IRI of a corpus document, from its file name without extension.

    Every character but ASCII letters, digits and ``-._~`` is percent-encoded (UTF-8), so any
    file name (spaces, accents, ``<``, ``%``) gives a valid IRI and two names never give the same
    one; the names the corpus uses (``000_bb15507378938f7c``) are unchanged.
    """
    return ID["document/" + quote(stem, safe="-._~")]


def statement_iri(s, p, o):
    return ID[f"statement/{_digest(s.n3(), p.n3(), o.n3())}"]


def span_iri(document, start, end):
    """The IRI of ``text[start:end]`` of ``document``: the target of every mention of it."""
    return ID[f"span/{_digest(document, start, end)}"]


def decision_iri(reason, context=""):
    """The IRI of the editorial decision taken for ``reason`` in ``context`` (a curation file, or
    nothing for a rule of the build): one node per distinct reason and context."""
    return ID[f"decision/{_digest(context, reason)}"]


def decision_description(reason, label, context=""):
    """The triples describing the editorial decision taken for ``reason``: its type, a label
    saying who decided where, and the reason (``rdfs:comment``)."""
    iri = decision_iri(reason, context)
    return ((iri, RDF.type, ICKG.EditorialDecision),
            (iri, RDFS.label, Literal(label, lang="en")),
            (iri, RDFS.comment, Literal(reason, lang="en")))


def statement_description(triple):
    """The reified ``rdf:Statement`` of ``triple`` (four triples, the same wherever it is written)."""
    s, p, o = triple
    statement = statement_iri(s, p, o)
    return ((statement, RDF.type, RDF.Statement), (statement, RDF.subject, s),
            (statement, RDF.predicate, p), (statement, RDF.object, o))


def add_source(graph, triple, source, description=()):
    """Record in ``graph`` that ``triple`` comes from ``source``, a non-document source.

    Args:
        graph: the provenance graph to write into.
        triple: the asserted (s, p, o).
        source: IRI of an ``ickg:ReferenceSource`` or ``ickg:EditorialDecision``.
        description: the triples describing ``source`` (:data:`GAZETTEER_DESCRIPTION`,
            :func:`decision_description`), written with it.
    """
    for t in statement_description(triple):
        graph.add(t)
    graph.add((statement_iri(*triple), PROV.wasDerivedFrom, source))
    for t in description:
        graph.add(t)


def add_evidence(graph, triple, document, text, start, end, *, hedge=None, qualifier=None):
    """Record in ``graph`` that ``triple`` is stated by ``text[start:end]`` of ``document``.

    Args:
        graph: the provenance graph to write into.
        triple: the asserted (s, p, o).
        document: IRI of the source document.
        text: the full text of the document, as received.
        start, end: character offsets of the quote (end exclusive).
        hedge: the words that qualify the claim, if any ("likely").
        qualifier: local name of a concept of the ``qualifier`` scheme ("hedged").

    Returns:
        The IRI of the evidence annotation.
    """
    s, p, o = triple
    statement = statement_iri(s, p, o)
    graph.add((statement, RDF.type, RDF.Statement))
    graph.add((statement, RDF.subject, s))
    graph.add((statement, RDF.predicate, p))
    graph.add((statement, RDF.object, o))
    graph.add((statement, PROV.wasDerivedFrom, document))

    evidence = ID[f"evidence/{_digest(statement, document, start, end)}"]
    target = URIRef(f"{evidence}/target")
    quote = URIRef(f"{evidence}/quote")
    position = URIRef(f"{evidence}/position")
    graph.add((statement, ICKG.hasEvidence, evidence))
    graph.add((evidence, RDF.type, ICKG.EvidenceAnnotation))
    graph.add((evidence, OA.motivatedBy, OA.describing))
    graph.add((evidence, OA.hasBody, statement))
    graph.add((evidence, OA.hasTarget, target))
    graph.add((evidence, PROV.wasQuotedFrom, document))
    if hedge:
        graph.add((evidence, ICKG.hedgeCue, Literal(hedge)))
    if qualifier:
        graph.add((evidence, ICKG.claimQualifier, SCHEME[f"qualifier/{qualifier}"]))
    _add_target(graph, target, quote, position, document, text, start, end)
    return evidence


def add_mention(graph, document, text, start, end, body):
    """Record that ``text[start:end]`` of ``document`` names ``body`` (found automatically).

    Mentions are many (dozens per document), so they are written lean: the span by its
    offsets only (the words are ``ickg:fullText`` of the document at those offsets), no
    motivation (the class says it). Evidence annotations keep the full two-selector form.
    """
    mention = ID[f"mention/{_digest(document, start, end, body)}"]
    target = span_iri(document, start, end)
    position = URIRef(f"{target}/position")
    graph.add((mention, RDF.type, ICKG.MentionAnnotation))
    graph.add((mention, OA.hasBody, body))
    graph.add((mention, OA.hasTarget, target))
    graph.add((document, ICKG.mentions, body))
    graph.add((target, OA.hasSource, document))
    graph.add((target, OA.hasSelector, position))
    graph.add((position, RDF.type, OA.TextPositionSelector))
    graph.add((position, OA.start, Literal(start, datatype=XSD.nonNegativeInteger)))
    graph.add((position, OA.end, Literal(end, datatype=XSD.nonNegativeInteger)))
    return mention


def _add_target(graph, target, quote, position, document, text, start, end):
    graph.add((target, RDF.type, OA.SpecificResource))
    graph.add((target, OA.hasSource, document))
    graph.add((target, OA.hasSelector, quote))
    graph.add((target, OA.hasSelector, position))
    graph.add((quote, RDF.type, OA.TextQuoteSelector))
    graph.add((quote, OA.exact, Literal(text[start:end])))
    graph.add((quote, OA.prefix, Literal(text[max(0, start - CONTEXT_CHARS):start])))
    graph.add((quote, OA.suffix, Literal(text[end:end + CONTEXT_CHARS])))
    graph.add((position, RDF.type, OA.TextPositionSelector))
    graph.add((position, OA.start, Literal(start, datatype=XSD.nonNegativeInteger)))
    graph.add((position, OA.end, Literal(end, datatype=XSD.nonNegativeInteger)))


# ---------------------------------------------------------------------------------------------
# The same annotations as N-Quads text, for the bulk build


def _n(iri):
    return f"<{iri}>"


_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})
_TYPE = _n(RDF.type)
_NNI = _n(XSD.nonNegativeInteger)
_STATEMENT_LINES = (f"{_TYPE} {_n(RDF.Statement)}", _n(RDF.subject), _n(RDF.predicate), _n(RDF.object))
_ID = str(ID)


def _literal(value):
    return '"' + value.translate(_ESCAPES) + '"'


class NQuadsWriter:
    """Writes what :func:`add_evidence` and :func:`add_mention` write, as N-Quads lines.

    One writer per document: it keeps each line once (an annotation, a document's
    ``ickg:mentions`` of a concept, a statement's ``prov:wasDerivedFrom``), counts the lines per
    graph, and puts the four lines of each reified statement aside (``statements``, by statement
    IRI) because other documents may state the same triple. Only strings are built: the IRIs are
    formatted from constants, literals escaped as N-Quads wants (``\\``, ``"``, LF, CR).
    ``tests/test_build_paths.py`` checks that the result is the same dataset as the rdflib writers'.
    """

    def __init__(self, document, text, mentions_graph, provenance_graph):
        self.document, self.text = str(document), text
        self.doc = _n(document)
        self.gm = f" {_n(mentions_graph)} .\n"
        self.gp = f" {_n(provenance_graph)} .\n"
        self.chunks = []
        self.statements = {}
        self.counts = [0, 0]  # lines in the mentions graph, in the provenance graph
        self._seen = set()
        self._terms = {}

    def term(self, term):
        """An rdflib term as N-Triples (IRIs and plain or typed literals, as the records hold)."""
        text = self._terms.get(term)
        if text is None:
            if isinstance(term, Literal):
                text = _literal(str(term))
                if term.language:
                    text += f"@{term.language}"
                elif term.datatype is not None and str(term.datatype) != _XSD_STRING:
                    text += f"^^<{term.datatype}>"
            else:
                text = f"<{term}>"
            self._terms[term] = text
        return text

    def provenance(self, triple):
        """One triple of the provenance graph, as it is."""
        s, p, o = (self.term(t) for t in triple)
        line = f"{s} {p} {o}{self.gp}"
        if line not in self._seen:
            self._seen.add(line)
            self.chunks.append(line)
            self.counts[1] += 1

    def _span(self, start, end):
        """The target ``id/span/...`` of mentions of ``text[start:end]``, written once."""
        span = f"{_ID}span/{_digest(self.document, start, end)}"
        if span in self._seen:
            return span
        self._seen.add(span)
        target, position, doc, g = f"<{span}>", f"<{span}/position>", self.doc, self.gm
        self.chunks.append(
            f"{target} {_HAS_SOURCE} {doc}{g}"
            f"{target} {_HAS_SELECTOR} {position}{g}"
            f"{position} {_TYPE} {_POSITION_SELECTOR}{g}"
            f"{position} {_START} \"{start}\"^^{_NNI}{g}"
            f"{position} {_END} \"{end}\"^^{_NNI}{g}")
        self.counts[0] += 5
        return span

    def _evidence_target(self, evidence, start, end):
        g, text, doc = self.gp, self.text, self.doc
        target, quote, position = f"<{evidence}/target>", f"<{evidence}/quote>", f"<{evidence}/position>"
        self.chunks.append(
            f"{target} {_TYPE} {_SPECIFIC_RESOURCE}{g}"
            f"{target} {_HAS_SOURCE} {doc}{g}"
            f"{target} {_HAS_SELECTOR} {quote}{g}"
            f"{target} {_HAS_SELECTOR} {position}{g}"
            f"{quote} {_TYPE} {_QUOTE_SELECTOR}{g}"
            f"{quote} {_EXACT} {_literal(text[start:end])}{g}"
            f"{quote} {_PREFIX} {_literal(text[max(0, start - CONTEXT_CHARS):start])}{g}"
            f"{quote} {_SUFFIX} {_literal(text[end:end + CONTEXT_CHARS])}{g}"
            f"{position} {_TYPE} {_POSITION_SELECTOR}{g}"
            f"{position} {_START} \"{start}\"^^{_NNI}{g}"
            f"{position} {_END} \"{end}\"^^{_NNI}{g}")
        self.counts[1] += 11

    def mention(self, start, end, body):
        """:func:`add_mention` of ``body`` (an IRI string) at ``text[start:end]``."""
        mention = f"{_ID}mention/{_digest(self.document, start, end, body)}"
        if mention in self._seen:
            return
        self._seen.add(mention)
        span = self._span(start, end)
        g, doc = self.gm, self.doc
        self.chunks.append(
            f"<{mention}> {_TYPE} {_MENTION_ANNOTATION}{g}"
            f"<{mention}> {_HAS_BODY} <{body}>{g}"
            f"<{mention}> {_HAS_TARGET} <{span}>{g}")
        self.counts[0] += 3
        key = ("mentions", body)
        if key not in self._seen:
            self._seen.add(key)
            self.chunks.append(f"{doc} {_MENTIONS} <{body}>{g}")
            self.counts[0] += 1

    def _statement(self, triple):
        """The statement IRI of ``triple``, its four lines put aside (written once per build)."""
        s, p, o = triple
        digest = _digest(s.n3(), p.n3(), o.n3())
        statement = f"{_ID}statement/{digest}"
        if statement not in self.statements:
            g, lines = self.gp, _STATEMENT_LINES
            self.statements[statement] = (
                f"<{statement}> {lines[0]}{g}"
                f"<{statement}> {lines[1]} {self.term(s)}{g}"
                f"<{statement}> {lines[2]} {self.term(p)}{g}"
                f"<{statement}> {lines[3]} {self.term(o)}{g}")
        return statement

    def source(self, triple, source, description=()):
        """:func:`add_source` of ``triple``. The source line is the same in every document, so it
        goes with the statement's lines, and the source's description under the source's own IRI:
        both are written once per build, like the statements."""
        statement = self._statement(triple)
        g = self.gp
        line = f"<{statement}> {_DERIVED_FROM} {self.term(source)}{g}"
        if line not in self.statements[statement]:
            self.statements[statement] += line
        if description and str(source) not in self.statements:
            self.statements[str(source)] = "".join(
                f"{self.term(a)} {self.term(b)} {self.term(c)}{g}" for a, b, c in description)

    def evidence(self, triple, start, end):
        """:func:`add_evidence` of ``triple`` (rdflib terms) at ``text[start:end]``."""
        statement = self._statement(triple)
        g, doc = self.gp, self.doc
        key = ("derived", statement)
        if key not in self._seen:
            self._seen.add(key)
            self.chunks.append(f"<{statement}> {_DERIVED_FROM} {doc}{g}")
            self.counts[1] += 1
        evidence = f"{_ID}evidence/{_digest(statement, self.document, start, end)}"
        if evidence in self._seen:
            return
        self._seen.add(evidence)
        ev = f"<{evidence}>"
        self.chunks.append(
            f"<{statement}> {_HAS_EVIDENCE} {ev}{g}"
            f"{ev} {_TYPE} {_EVIDENCE_ANNOTATION}{g}"
            f"{ev} {_MOTIVATED_BY} {_DESCRIBING}{g}"
            f"{ev} {_HAS_BODY} <{statement}>{g}"
            f"{ev} {_HAS_TARGET} <{evidence}/target>{g}"
            f"{ev} {_QUOTED_FROM} {doc}{g}")
        self.counts[1] += 6
        self._evidence_target(evidence, start, end)


_XSD_STRING = str(XSD.string)
_MENTION_ANNOTATION = _n(ICKG.MentionAnnotation)
_EVIDENCE_ANNOTATION = _n(ICKG.EvidenceAnnotation)
_MENTIONS = _n(ICKG.mentions)
_HAS_EVIDENCE = _n(ICKG.hasEvidence)
_HAS_BODY, _HAS_TARGET, _HAS_SOURCE, _HAS_SELECTOR = (_n(OA.hasBody), _n(OA.hasTarget), _n(OA.hasSource),
                                                      _n(OA.hasSelector))
_MOTIVATED_BY, _DESCRIBING = _n(OA.motivatedBy), _n(OA.describing)
_SPECIFIC_RESOURCE, _QUOTE_SELECTOR, _POSITION_SELECTOR = (_n(OA.SpecificResource), _n(OA.TextQuoteSelector),
                                                           _n(OA.TextPositionSelector))
_EXACT, _PREFIX, _SUFFIX, _START, _END = _n(OA.exact), _n(OA.prefix), _n(OA.suffix), _n(OA.start), _n(OA.end)
_DERIVED_FROM, _QUOTED_FROM = _n(PROV.wasDerivedFrom), _n(PROV.wasQuotedFrom)

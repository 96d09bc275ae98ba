"""Evidence and mention annotations: how a triple points back to the characters that state it.

Every asserted triple ``S P O`` gets a reified statement in the provenance graph (``rdf:subject``,
``rdf:predicate``, ``rdf:object``; its class ``rdf:Statement`` is the domain of ``rdf:subject``,
not stated), and each quoted span supporting it an ``ickg:EvidenceAnnotation`` (``statement
ickg:hasEvidence annotation``; the class is the range of ``ickg:hasEvidence``, not stated).
**One annotation per quoted span**: the annotation's IRI is minted from the document, the offsets
and the hedge (:func:`ickg.mint.evidence_iri_text`), so the seven facts an author's name states
(the person, the authorship, the name, the family name...) share one annotation instead of seven.
The W3C Web Annotation target and its position selector are **folded into the annotation**:
``oa:hasSource`` (the document) and ``oa:start`` / ``oa:end`` (offsets as a TextPositionSelector
has them, start inclusive, end exclusive, in Unicode code points of the document as received).
The quote and its context (what a TextQuoteSelector would hold: ``exact``, ``prefix``,
``suffix``) are the document's ``ickg:fullText`` at those offsets, computed by whoever shows them
(:func:`ickg.quotes.quote_of`; in SPARQL, ``SUBSTR``, which counts code points as the offsets do). Hedged
claims keep their cue words and a qualifier concept on the annotation (a hedge is part of its IRI,
so a span quoted flatly and hedged makes two annotations). Plain SPARQL 1.1 reads every quote::

    ?statement ickg:hasEvidence ?e . ?e oa:hasSource ?doc ; oa:start ?start ; oa:end ?end .
    ?doc ickg:fullText ?text . BIND(SUBSTR(?text, ?start + 1, ?end - ?start) AS ?quote)

A statement quoted from a document has no ``prov:wasDerivedFrom`` the document: its annotations
name it. A mention (``ickg:MentionAnnotation``) is one annotation per document and thing named
(``oa:hasSource``, ``oa:hasBody``, :func:`ickg.mint.mention_iri_text`) with one ``ickg:span``
literal ``"start-end"`` per place that names it; it is the document's mention of the thing (no
``ickg:mentions`` triple beside it)::

    ?m oa:hasSource ?doc ; oa:hasBody ?thing ; ickg:span ?span .
    BIND(xsd:integer(STRBEFORE(?span, "-")) AS ?start) BIND(xsd:integer(STRAFTER(?span, "-")) AS ?end)

A fact that no quote states word for word (a jurisdiction's parent from the gazetteer, a type
the extraction rules give a publication, a curator's decision) has a *declared non-document
source* instead: its statement is ``prov:wasDerivedFrom`` an ``ickg:ReferenceSource`` (the
gazetteer, :data:`GAZETTEER`) or an ``ickg:EditorialDecision`` (:func:`ickg.mint.decision_iri`)
whose ``rdfs:comment`` gives the reason (:func:`add_source`). So every asserted triple has a
source of one kind or the other, which ``ickg validate`` checks and ``ickg explain`` shows.

**One description, two writers.** The annotations are described once, as :class:`Shape` s
(triples whose terms are either vocabulary or named slots: :data:`STATEMENT`, :data:`EVIDENCE`,
:data:`QUOTE`, :data:`MENTION`...). :func:`add_evidence` and
:func:`add_mention` fill the slots with rdflib terms and add the triples to a graph (curation,
small builds); :class:`NQuadsWriter` fills them with N-Triples text and writes N-Quads lines (the
extraction workers of a bulk build), from templates made of the same shapes. IRIs come from
:mod:`ickg.mint`, so the same input always yields the same graph either way
(``tests/test_build_paths.py`` compares the two).
"""

from __future__ import annotations

from typing import Any, Iterable

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, XSD
from rdflib.term import Node

from ickg import ntriples
from ickg.mint import GAZETTEER, decision_iri, evidence_iri_text, mention_iri_text, statement_iri, statement_iri_text
from ickg.namespaces import ASSERTED_GRAPH, ICKG, OA, SCHEME


# What the gazetteer of jurisdictions (extract/gazetteer.tsv) is, as the source of what it says
# about a place: its type, its name, its parent, its verified Wikidata id.
GAZETTEER_DESCRIPTION = (
    (GAZETTEER, RDF.type, ICKG.ReferenceSource),
    (GAZETTEER, RDFS.label, Literal("ickg gazetteer of jurisdictions", lang="en")),
    (GAZETTEER, RDFS.comment, Literal(
        "A hand-kept table of jurisdictions (ickg/pipeline/gazetteer.tsv): for each place its type, its "
        "name and variant spellings, the larger jurisdiction it is part of, and its Wikidata id where "
        "that id was verified by hand. The Wikidata items are its reference for names and ids.", lang="en")),
    (GAZETTEER, DCTERMS.source, URIRef("https://www.wikidata.org/")),
)


def _literal_text(text: str) -> str:
    """``text`` inside an f-string: braces doubled."""
    return text.replace("{", "{{").replace("}", "}}")


class Shape:
    """Triples with named slots: ``("evidence", RDF.type, ICKG.EvidenceAnnotation)``.

    A plain ``str`` is a slot, anything else (an rdflib term) a term written as it is.
    :meth:`add` puts the triples in an rdflib graph, slots filled with rdflib terms;
    ``text(**slots)`` writes them as N-Quads lines, slots filled with N-Triples text and ``g``
    the graph's line ending (`` <graph> .\\n``).
    """

    def __init__(self, *triples: tuple[Any, Node, Any]) -> None:
        self.triples = triples
        self.size = len(triples)
        self.slots = sorted({t for triple in triples for t in triple if type(t) is str} | {"g"})
        parts = []
        for triple in triples:
            parts.append(" ".join("{" + t + "}" if type(t) is str else _literal_text(ntriples.term(t))
                                  for t in triple))
            parts.append("{g}")
        # The text writer: an f-string function made from the triples (a template parsed once,
        # not per call), called with the slots as keywords.
        source = f"def text(*, {', '.join(self.slots)}, **_):\n    return f{''.join(parts)!r}\n"
        namespace: dict[str, Any] = {}
        exec(compile(source, f"<shape {self.slots}>", "exec"), namespace)
        self.text = namespace["text"]

    def __len__(self) -> int:
        return self.size

    def __add__(self, other: Shape) -> Shape:
        return Shape(*self.triples, *other.triples)

    def filled(self, terms: dict[str, Node]) -> list[tuple[Node, Node, Node]]:
        """The triples, slots filled with ``terms``."""
        return [(terms[s] if type(s) is str else s, p, terms[o] if type(o) is str else o)
                for s, p, o in self.triples]

    def add(self, graph: Any, terms: dict[str, Node]) -> None:
        for triple in self.filled(terms):
            graph.add(triple)



# The reified statement of an asserted triple. No ``rdf:type rdf:Statement``: ``rdf:subject`` has
# that domain (RDF Schema), and every reader finds statements by ``rdf:subject``.
STATEMENT = Shape(("statement", RDF.subject, "s"), ("statement", RDF.predicate, "p"),
                  ("statement", RDF.object, "o"))
# A declared non-document source (the gazetteer, an editorial decision). A statement quoted from
# a document has no ``prov:wasDerivedFrom`` it: its evidence annotation names the document.
DERIVED = Shape(("statement", PROV.wasDerivedFrom, "document"))
# One quoted span: an annotation shared by every statement the same characters state (with the
# same hedge), its target and position selector folded into it: the document and the offsets.
# The quote and its context are the document's ``ickg:fullText`` at those offsets (SPARQL
# ``SUBSTR(?text, ?start + 1, ?end - ?start)``, code points as the offsets), not stored again;
# its class, ickg:EvidenceAnnotation, is the range of ickg:hasEvidence, not stated either.
EVIDENCE = Shape(("statement", ICKG.hasEvidence, "evidence"))
QUOTE = Shape(("evidence", OA.hasSource, "document"),
              ("evidence", OA.start, "start"),
              ("evidence", OA.end, "end"))
HEDGE = Shape(("evidence", ICKG.hedgeCue, "hedge"))
QUALIFIER = Shape(("evidence", ICKG.claimQualifier, "qualifier"))
# Mentions: one annotation per document and what it names, listing the spans that name it
# (``ickg:span "start-end"``, one literal a span, so start and end stay paired in plain SPARQL).
# The annotation is the document's mention of the thing: no ``ickg:mentions`` triple beside it,
# and no ``rdf:type`` (it is the subject of ``ickg:span``, whose domain is ickg:MentionAnnotation).
MENTION = Shape(("mention", OA.hasSource, "document"),
                ("mention", OA.hasBody, "body"))
SPAN = Shape(("mention", ICKG.span, "span"))


def span_text(start: int, end: int) -> str:
    """The value of ``ickg:span`` for ``text[start:end]``: ``"start-end"``."""
    return f"{start}-{end}"


def parse_span(value: str) -> tuple[int, int]:
    """``(start, end)`` of an ``ickg:span`` value (``"120-138"``)."""
    start, _, end = str(value).partition("-")
    return int(start), int(end)


def _offset(value: int) -> Literal:
    return Literal(value, datatype=XSD.nonNegativeInteger)


def decision_description(reason, label, context=""):
    """The triples describing the editorial decision taken for ``reason``: its type, a label
    saying who decided where, and the reason (``rdfs:comment``)."""
    iri = decision_iri(reason, context)
    return ((iri, RDF.type, ICKG.EditorialDecision),
            (iri, RDFS.label, Literal(label, lang="en")),
            (iri, RDFS.comment, Literal(reason, lang="en")))


def statement_description(triple):
    """The reified statement of ``triple`` (three triples, the same wherever it is written)."""
    s, p, o = triple
    return tuple(STATEMENT.filled({"statement": statement_iri(s, p, o), "s": s, "p": p, "o": o}))


def add_source(graph, triple, source, description=()):
    """Record in ``graph`` that ``triple`` comes from ``source``, a non-document source.

    Args:
        graph: the provenance graph to write into.
        triple: the asserted (s, p, o).
        source: IRI of an ``ickg:ReferenceSource`` or ``ickg:EditorialDecision``.
        description: the triples describing ``source`` (:data:`GAZETTEER_DESCRIPTION`,
            :func:`decision_description`), written with it.
    """
    s, p, o = triple
    terms = {"statement": statement_iri(s, p, o), "s": s, "p": p, "o": o, "document": source}
    STATEMENT.add(graph, terms)
    DERIVED.add(graph, terms)
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
    evidence = URIRef(evidence_iri_text(document, start, end, hedge or "", qualifier or ""))
    terms = {"statement": statement, "s": s, "p": p, "o": o, "document": document, "evidence": evidence,
             "start": _offset(start), "end": _offset(end)}
    STATEMENT.add(graph, terms)
    EVIDENCE.add(graph, terms)
    QUOTE.add(graph, terms)
    if hedge:
        HEDGE.add(graph, {**terms, "hedge": Literal(hedge)})
    if qualifier:
        QUALIFIER.add(graph, {**terms, "qualifier": SCHEME[f"qualifier/{qualifier}"]})
    return evidence


def add_mention(graph, document, text, start, end, body):
    """Record that ``text[start:end]`` of ``document`` names ``body`` (found automatically).

    Mentions are many (dozens per document), so they are written lean: one annotation per
    document and body, a span literal per place that names it (the words are ``ickg:fullText``
    of the document at those offsets).
    """
    mention = URIRef(mention_iri_text(document, body))
    terms = {"mention": mention, "body": body, "document": document, "span": Literal(span_text(start, end))}
    MENTION.add(graph, terms)
    SPAN.add(graph, terms)
    return mention


# ---------------------------------------------------------------------------------------------
# Quote rows: what the text index needs of each quote, written with the annotation


_ROW_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def quote_row(resource: str, graph: str, document: str | None, start: int | None, end: int | None,
              exact: str | None = None) -> str:
    """One quote row (a line) of ``ickg build``'s quote rows file, which the text index reads
    instead of joining the annotations back together (:data:`ickg.store.textindex.QUOTE_ROWS_SQL`):
    ``resource`` the supported statement's subject (an IRI's value, or ``_:`` and a blank node's
    label, as the index names resources), ``graph`` the annotation's graph, ``document`` the
    quoted document's IRI, ``start``/``end`` its offsets; fields separated by tabs (IRIs hold no
    tab or line end). A stored quote (``oa:exact``, which no ickg writer makes) is a sixth field,
    its ``\\``, tab and line ends escaped, and its document and offsets may be missing (empty)."""
    if exact is None:
        return f"{resource}\t{graph}\t{document}\t{start}\t{end}\n"
    return "\t".join((resource, graph, document or "", "" if start is None else str(start),
                      "" if end is None else str(end), exact.translate(_ROW_ESCAPES))) + "\n"


def resource_name(term: Any) -> str | None:
    """An rdflib IRI's or blank node's name as the text index writes it; None for a literal."""
    if isinstance(term, URIRef):
        return str(term)
    if isinstance(term, BNode):
        return "_:" + str(term)
    return None


_ROW_PREDICATES = (ICKG.hasEvidence, RDF.subject, OA.hasSource, OA.start, OA.end, OA.hasBody, OA.hasTarget,
                   OA.exact)


def quote_rows_of(quads: Iterable[tuple[Node, Node, Node, Node]]) -> str:
    """The quote rows (:func:`quote_row`) of the evidence and proposal annotations among rdflib
    ``quads``: a statement's ``ickg:hasEvidence`` (:data:`EVIDENCE`, :data:`QUOTE`), or a proposal
    annotation's ``oa:hasBody`` statement and ``oa:hasTarget`` quotes, each link within one graph,
    as the text index's join over the N-Quads pairs them
    (:data:`ickg.store.textindex.QUOTES_SQL`); a stored ``oa:exact`` (an import's: no ickg writer
    makes one) with the document and offsets its annotation has, if any. For the quads the build's
    process holds (curated documents, the curation, imports); the extraction workers write
    their rows as they write the annotations (:class:`NQuadsWriter`)."""
    by: dict[Node, dict] = {p: {} for p in _ROW_PREDICATES}
    numbers = (OA.start, OA.end)
    asserted = URIRef(ASSERTED_GRAPH)
    for s, p, o, g in quads:
        table = by.get(p)
        if table is None:
            continue
        subject, graph = resource_name(s), resource_name(g)
        if subject is None or graph is None or (g == asserted and isinstance(o, URIRef)):
            continue  # the index reads the asserted graph's links between IRIs as links in words
        if p == OA.exact:
            if isinstance(o, Literal):
                table.setdefault((subject, graph), []).append(str(o))
            continue
        if p in numbers:
            if resource_name(o) is not None:
                continue
            try:
                value: Any = int(str(o))
            except ValueError:
                continue
        else:
            value = resource_name(o)
            if value is None:
                continue
        table.setdefault((subject, graph), []).append(value)
    evidence, subject_of, source = by[ICKG.hasEvidence], by[RDF.subject], by[OA.hasSource]
    start_of, end_of, body, target = by[OA.start], by[OA.end], by[OA.hasBody], by[OA.hasTarget]
    rows: dict[str, None] = {}

    def quoted(resources, quote, graph):
        key = (quote, graph)
        for document in source.get(key, ()):
            for start in start_of.get(key, ()):
                for end in end_of.get(key, ()):
                    for resource in resources:
                        rows[quote_row(resource, graph, document, start, end)] = None

    for (statement, graph), annotations in evidence.items():
        resources = subject_of.get((statement, graph), ())
        for annotation in annotations:
            quoted(resources, annotation, graph)
    for (annotation, graph), statements in body.items():
        resources = [r for statement in statements for r in subject_of.get((statement, graph), ())]
        for quote in target.get((annotation, graph), ()):
            quoted(resources, quote, graph)
    # stored quotes: the annotation's statements (pointing to it, or that it points to)
    pointing: dict[tuple[str, str], list[str]] = {}
    for (statement, graph), annotations in evidence.items():
        for annotation in annotations:
            pointing.setdefault((annotation, graph), []).append(statement)
    for key, exacts in by[OA.exact].items():
        annotation, graph = key
        statements = pointing.get(key, []) + body.get(key, [])
        resources = [r for statement in statements for r in subject_of.get((statement, graph), ())]
        for exact in exacts:
            for document in source.get(key) or (None,):
                for start in start_of.get(key) or (None,):
                    for end in end_of.get(key) or (None,):
                        for resource in resources:
                            rows[quote_row(resource, graph, document, start, end, exact)] = None
    return "".join(rows)


# ---------------------------------------------------------------------------------------------
# The same annotations as N-Quads text, for the bulk build


_NNI = f"^^<{XSD.nonNegativeInteger}>"
# NQuadsWriter.source's lines by (triple, source, graph), kept per process: the gazetteer's facts
# about a place are the same in every document that names it (bounded: past this, made anew).
_SOURCED: dict = {}
_SOURCED_MAX = 50_000


class NQuadsWriter:
    """Writes what :func:`add_evidence` and :func:`add_mention` write, as N-Quads lines.

    One writer per document: it keeps each line once (an annotation, a document's
    span of a mention), counts the lines per graph, and puts the three lines of each reified statement aside (``statements``, by statement
    IRI) because other documents may state the same triple. Only strings are built: the shapes'
    templates are filled with N-Triples text (:mod:`ickg.ntriples`).
    ``tests/test_build_paths.py`` checks that the result is the same dataset as the rdflib writers'.
    """

    def __init__(self, document, text, mentions_graph, provenance_graph):
        self.document, self.text = str(document), text
        self.doc = f"<{document}>"
        self.gm = f" <{mentions_graph}> .\n"
        self.gp = f" <{provenance_graph}> .\n"
        self.chunks = []
        self.statements = {}
        self.counts = [0, 0]  # lines in the mentions graph, in the provenance graph
        # the quote rows of the evidence written (quote_row), each once: the text index's rows
        self.quotes: dict[str, None] = {}
        self._graph = str(provenance_graph)
        self._seen = set()
        self._statement_of = {}
        # A document names the same thing, and quotes the same span, again and again (a concept
        # in every paragraph, an author's name stating seven facts): the IRI of each mention and
        # quote is minted (a SHA-1) once per document, not once per use.
        self._mention_of = {}
        self._evidence_of = {}
        self.term = ntriples.TermText()

    def provenance(self, triple):
        """One triple of the provenance graph, as it is."""
        s, p, o = (self.term(t) for t in triple)
        line = f"{s} {p} {o}{self.gp}"
        if line not in self._seen:
            self._seen.add(line)
            self.chunks.append(line)
            self.counts[1] += 1

    def mention(self, start, end, body):
        """:func:`add_mention` of ``body`` (an IRI string) at ``text[start:end]``."""
        mention = self._mention_of.get(body)
        if mention is None:
            mention = self._mention_of[body] = mention_iri_text(self.document, body)
            if mention not in self._seen:
                self._seen.add(mention)
                self.chunks.append(MENTION.text(mention=f"<{mention}>", body=f"<{body}>", document=self.doc,
                                                g=self.gm))
                self.counts[0] += MENTION.size
        key = ("span", mention, start, end)
        if key not in self._seen:
            self._seen.add(key)
            self.chunks.append(SPAN.text(mention=f"<{mention}>", span=f'"{span_text(start, end)}"', g=self.gm))
            self.counts[0] += SPAN.size

    def _statement_lines(self, triple):
        """The statement IRI of ``triple`` and its three lines (a document states a triple with
        several quotes: made once per document)."""
        made = self._statement_of.get(triple)
        if made is None:
            s, p, o = triple
            s_text, p_text, o_text = self.term(s), self.term(p), self.term(o)
            # rdflib's n3() of an IRI or a blank node is its N-Triples text, which is at hand;
            # only a literal's may differ (an explicit xsd:string), and IRI.n3() checks the IRI
            # again, character by character, each time: 0.1-0.2 ms a document
            statement = statement_iri_text(s_text if type(s) is URIRef else s.n3(),
                                           p_text if type(p) is URIRef else p.n3(),
                                           o_text if type(o) is URIRef else o.n3())
            made = self._statement_of[triple] = (statement, STATEMENT.text(
                statement=f"<{statement}>", s=s_text, p=p_text, o=o_text, g=self.gp))
        return made

    def _statement(self, triple):
        """The statement IRI of ``triple``, its three lines put aside (written once per build)."""
        statement, lines = self._statement_lines(triple)
        if statement not in self.statements:
            self.statements[statement] = lines
        return statement

    def sourced(self, triple, source, description=()):
        """The lines :meth:`source` writes for ``triple`` (its statement IRI, the statement's
        lines, the source line, the source's description), the same in every document.

        What the gazetteer says of a place is sourced the same way in every document naming
        it: the lines are made once per process (:data:`_SOURCED`), not once per document."""
        key = (triple, source, len(description), self.gp)
        made = _SOURCED.get(key)
        if made is None:
            statement, lines = self._statement_lines(triple)
            line = DERIVED.text(statement=f"<{statement}>", document=self.term(source), g=self.gp)
            described = "".join(f"{self.term(a)} {self.term(b)} {self.term(c)}{self.gp}"
                                for a, b, c in description)
            made = (statement, lines, line, described)
            if len(_SOURCED) < _SOURCED_MAX:
                _SOURCED[key] = made
        return made

    def source(self, triple, source, description=(), made=None):
        """:func:`add_source` of ``triple``. The source line is the same in every document, so it
        goes with the statement's lines, and the source's description under the source's own IRI:
        both are written once per build, like the statements. ``made``: what :meth:`sourced`
        gave for the same arguments, when the caller kept it."""
        statement, lines, line, described = made or self.sourced(triple, source, description)
        held = self.statements.get(statement)
        if held is None:
            self.statements[statement] = lines if line in lines else lines + line
        elif line not in held:
            self.statements[statement] = held + line
        if description and str(source) not in self.statements:
            self.statements[str(source)] = described

    def evidence(self, triple, start, end):
        """:func:`add_evidence` of ``triple`` (rdflib terms) at ``text[start:end]``."""
        self.quoted(triple, ((start, end),))

    def quoted(self, triple, spans):
        """:meth:`evidence` of ``triple`` at each ``(start, end)`` of ``spans``: its statement
        looked up once (an author's name states seven triples, each with every quote of it)."""
        statement = self._statement(triple)
        seen, chunks, evidence_of = self._seen, self.chunks, self._evidence_of
        resource = resource_name(triple[0])
        if resource is not None:
            graph, document, quotes = self._graph, self.document, self.quotes
            for start, end in spans:
                quotes[quote_row(resource, graph, document, start, end)] = None
        for start, end in spans:
            evidence = evidence_of.get((start, end))
            if evidence is None:
                evidence = evidence_of[(start, end)] = evidence_iri_text(self.document, start, end, "", "")
            key = ("evidence", statement, evidence)
            if key not in seen:
                seen.add(key)
                chunks.append(EVIDENCE.text(statement=f"<{statement}>", evidence=f"<{evidence}>", g=self.gp))
                self.counts[1] += EVIDENCE.size
            if evidence in seen:  # the span is described once, whatever it states
                continue
            seen.add(evidence)
            chunks.append(QUOTE.text(evidence=f"<{evidence}>", document=self.doc, start=f'"{start}"{_NNI}',
                                     end=f'"{end}"{_NNI}', g=self.gp))
            self.counts[1] += QUOTE.size

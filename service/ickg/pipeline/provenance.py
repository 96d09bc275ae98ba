"""Evidence and mention annotations: how a triple points back to the characters that state it.

Every asserted triple ``S P O`` gets a reified ``rdf:Statement`` in the provenance graph, and
each quote supporting it an ``ickg:EvidenceAnnotation`` (a W3C Web Annotation) whose body is the
statement and whose target is a span of the source document, selected twice: by the quote itself
(``oa:TextQuoteSelector`` with exact, prefix and suffix) and by character offsets
(``oa:TextPositionSelector``, start inclusive, end exclusive, counted in Unicode code points of
the document as received). Hedged claims keep their cue words and a qualifier concept.

IRIs are hashes of what they identify, so the same input always yields the same graph.
"""

import hashlib
import re
import unicodedata

from rdflib import Literal, URIRef
from rdflib.namespace import PROV, RDF, XSD

from ickg.namespaces import ICKG, ID, OA, SCHEME

CONTEXT_CHARS = 32


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
    """The IRI of a corpus document, from its file name without extension."""
    return ID[f"document/{stem}"]


def statement_iri(s, p, o):
    return ID[f"statement/{_digest(s.n3(), p.n3(), o.n3())}"]


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
    target = URIRef(f"{mention}/target")
    position = URIRef(f"{mention}/position")
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

"""The machine's proposals: statements the extraction rules found, kept apart until reviewed.

:func:`ickg.extract.statements.find_statements` proposes statements with their quotes; nothing
the rules say is a fact of the graph until a curator accepts it (:mod:`ickg.curate.review`), which
writes it into the document's curation file like any hand-written statement. Until then each
:class:`Proposal` goes into two graphs of their own (:data:`ickg.iris.EXTRACTED_GRAPHS`), which
the default answers of the endpoint, the pages and ``ickg query`` leave out:

- ``graph/proposed``: the proposed triple, and the type and label of each thing it names;
- ``graph/proposed-provenance``: its reified statement, and an ``ickg:ProposalAnnotation`` whose
  body (``oa:hasBody``) is that statement, with the proposal's id (``dcterms:identifier``), the
  rule that proposed it (``prov:wasAttributedTo``), ``ickg:confidence``, the hedge cue and
  qualifier when the words hedge the claim, and one target (``oa:hasTarget``) per quote: a node
  per quoted span of a document (``oa:hasSource``, ``oa:start``/``oa:end``).

  Shared where the same thing would be written again (docs/build.md, "Proposals: one annotation
  per proposal, one node per quote"): one annotation per proposal, rule, confidence and hedge
  (:func:`ickg.mint.proposal_iri`), so the documents that propose the same statement alike share
  it and add only their targets; one quote node per document and span
  (:func:`ickg.mint.quote_iri`), so a sentence that led a rule to several statements is stored
  once. As for the curated evidence ("Compact provenance"), the annotation's class is the domain
  of ``ickg:confidence``, so it is not stated, and the words (``oa:exact``, and the context a
  TextQuoteSelector would keep) are the document's ``ickg:fullText`` between the offsets: readers
  cut them from the text (:func:`ickg.quotes.quote_of`, SPARQL's ``SUBSTR``).

Things are named as a curator's handles would name them (``id/<kind>/<slug of the label>``,
:func:`ickg.mint.entity_iri`), so an accepted proposal becomes a fact about the same resource.

Which documents have proposals: a document with no curation file, or one whose curation file was
opened by review (it holds ``proposed:`` or ``rejected:`` lines). A curation file written by hand
closes its document: its curator has read it all. A proposal whose triple the asserted graph
holds already, or whose id a curation file has decided, is not proposed again.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, Container, Iterable

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, XSD
from rdflib.term import Node

from ickg.curate.fileformat import CURATION_SUFFIX, parse_blocks
from ickg.curate.vocabulary import Vocabulary, default_vocabulary, kind_of
from ickg.mint import (entity_iri, extractor_iri, proposal_id, proposal_iri, proposal_iri_text, quote_iri,
                       quote_iri_text, slug, statement_iri, statement_iri_text)
from ickg.model.provenance import STATEMENT
from ickg.namespaces import ICKG, OA, PROPOSED_GRAPH, PROPOSED_PROVENANCE_GRAPH


@dataclass
class Proposal:
    """One statement proposed about one document, with every quote that led a rule to it."""

    id: str
    stem: str
    subject: dict
    predicate: str
    object: dict
    triple: tuple[Node, Node, Node]
    quotes: list[tuple[int, int]]
    confidence: float
    source: str
    hedge: dict | None = None
    types: list[tuple[Node, Node]] = field(default_factory=list)   # (resource, class) it names
    labels: list[tuple[Node, str]] = field(default_factory=list)   # (resource, label) it names

    def as_json(self, text: str) -> dict[str, Any]:
        """What ``ickg review --format json`` prints for it."""
        return {"id": self.id, "subject": self.subject, "predicate": self.predicate, "object": self.object,
                "triple": [str(t) for t in self.triple], "confidence": self.confidence, "source": self.source,
                "hedge": self.hedge,
                "quotes": [{"quote": text[s:e], "start": s, "end": e} for s, e in self.quotes]}


def _node_key(node: dict) -> tuple:
    if "value" in node:
        return ("literal", str(node["value"]), node.get("datatype", ""))
    return (node.get("iri") or "", node.get("type", ""), node.get("label", "").casefold())


def node_term(node: dict, vocabulary: Vocabulary) -> tuple[Node | None, URIRef | None]:
    """The RDF term a proposal's node names, and the class it is minted as (None when it is a
    resource that exists already: a concept of the schemes, a place of the gazetteer).

    A node whose ``iri`` is a class of the ontology (a component found as "case management")
    stands for a thing of that class, named by its label as a curator's handle would be.
    Returns (None, None) for a node no curation file could state.
    """
    if "value" in node:
        datatype = node.get("datatype")
        return Literal(node["value"], datatype=URIRef(datatype) if datatype else None), None
    label = node.get("label", "")
    key = (node.get("iri"), node.get("type", ""), label, type(label))
    try:
        made = _NODE_TERMS.get(key)
    except TypeError:  # a label that is not a string: made each time
        return _resource_term(node, vocabulary)
    if made is None or made[0] is not vocabulary:
        if len(_NODE_TERMS) >= _NODE_TERMS_MAX:
            _NODE_TERMS.clear()
        made = _NODE_TERMS[key] = (vocabulary, _resource_term(node, vocabulary))
    return made[1]


# node_term of a resource node, by (iri, type, label), with the vocabulary it was made with: the
# build's workers meet the same things (a concept, a kind of component) in document after document.
_NODE_TERMS: dict[tuple, tuple[Any, tuple[Node | None, URIRef | None]]] = {}
_NODE_TERMS_MAX = 100_000


def _resource_term(node: dict, vocabulary: Vocabulary) -> tuple[Node | None, URIRef | None]:
    iri = node.get("iri")
    if iri and not iri.startswith(str(ICKG)):
        return URIRef(iri), None
    cls = URIRef(iri or node.get("type", ""))
    label = handle_of(node)
    kind = kind_of(vocabulary, cls)
    if not label or kind is None or not slug_is_readable(label):
        return None, None
    return entity_iri(kind, label), cls


def handle_of(node: dict) -> str:
    """The handle a curation file names a proposal's node by: its label, with what a handle may
    not hold (a leading ``@``, ``/``, a ``:`` that would end the subject) made spaces."""
    label = " ".join(str(node.get("label", "")).replace("/", " ").replace(":", " ").split())
    return label.lstrip("@").strip()


def slug_is_readable(label: str) -> bool:
    return any(c.isalnum() for c in slug(label))


def proposals_of(record: Any, vocabulary: Vocabulary | None = None) -> list[Proposal]:
    """The proposals of one document record (:class:`ickg.extract.document.DocumentRecord`): its
    statements grouped by what they state, each with all its quotes, in the order first found."""
    vocabulary = vocabulary or default_vocabulary()
    found: dict[str, Proposal] = {}
    for statement in record.statements:
        s, s_class = node_term(statement.subject, vocabulary)
        o, o_class = node_term(statement.object, vocabulary)
        if s is None or o is None or isinstance(s, Literal):
            continue
        pid = proposal_id(statement.predicate, _node_key(statement.subject), _node_key(statement.object))
        source = f"ickg-rules/{statement.rule}@{_rules_version()}"
        proposal = found.get(pid)
        if proposal is None:
            proposal = found[pid] = Proposal(pid, record.stem, statement.subject, statement.predicate,
                                             statement.object, (s, URIRef(statement.predicate), o), [],
                                             statement.confidence, source, statement.hedge)
            for term, cls, node in ((s, s_class, statement.subject), (o, o_class, statement.object)):
                if cls is not None:
                    proposal.types.append((term, cls))
                    proposal.labels.append((term, str(node["label"])))
        if (statement.start, statement.end) not in proposal.quotes:
            proposal.quotes.append((statement.start, statement.end))
        if statement.confidence > proposal.confidence:
            proposal.confidence, proposal.source = statement.confidence, source
    return list(found.values())


def _rules_version() -> str:
    from ickg.extract.statements import VERSION

    return VERSION


# ---------------------------------------------------------------------------------------------
# What review decided


@dataclass
class ReviewState:
    """What the curation file of one document says about its proposals."""

    open: bool                      # proposals are made for it
    decided: set[str]               # ids accepted (``proposed:``) or rejected (``rejected:``)
    rejected: set[str]


def review_state(curation_dir: str | os.PathLike[str] | None, stem: str) -> ReviewState:
    """The review state of document ``stem`` from its curation file (see the module's docstring)."""
    path = Path(curation_dir) / f"{stem}{CURATION_SUFFIX}" if curation_dir is not None else None
    if path is None or not path.is_file():
        return ReviewState(True, set(), set())
    blocks = parse_blocks(path, path.read_text(encoding="utf-8"))
    accepted = {b.proposed[1].split()[0] for b in blocks if b.proposed is not None}
    rejected = {b.rejected[1].split()[0] for b in blocks if b.rejected is not None}
    return ReviewState(bool(accepted or rejected), accepted | rejected, rejected)


def pending(records: Iterable[Any], curation_dir: str | os.PathLike[str] | None,
            asserted: Container = frozenset(), vocabulary: Vocabulary | None = None
            ) -> list[tuple[Any, list[Proposal]]]:
    """For each record of a document open to proposals, those still to review: not decided in
    its curation file and not a triple of the asserted graph (``asserted``: (s, p, o) tuples)."""
    out = []
    for record in records:
        state = review_state(curation_dir, record.stem)
        if not state.open:
            continue
        kept = [p for p in proposals_of(record, vocabulary)
                if p.id not in state.decided and p.triple not in asserted]
        out.append((record, kept))
    return out


# ---------------------------------------------------------------------------------------------
# As RDF


def proposal_quads(record: Any, proposals: Iterable[Proposal]) -> list[tuple[Node, Node, Node, URIRef]]:
    """The quads of ``proposals`` of ``record`` in the two graphs of proposals (module docstring)."""
    out: list[tuple[Node, Node, Node, URIRef]] = []
    data, prov = PROPOSED_GRAPH, PROPOSED_PROVENANCE_GRAPH
    document = record.iri
    for proposal in proposals:
        s, p, o = proposal.triple
        out.append((s, p, o, data))
        for term, cls in proposal.types:
            out.append((term, RDF.type, cls, data))
        for term, label in proposal.labels:
            out.append((term, RDFS.label, Literal(label), data))
        statement = statement_iri(s, p, o)
        out += [(*t, prov) for t in STATEMENT.filled({"statement": statement, "s": s, "p": p, "o": o})]
        agent = extractor_iri(proposal.source)
        out += [(agent, RDF.type, PROV.SoftwareAgent, prov), (agent, RDFS.label, Literal(proposal.source), prov)]
        hedge = proposal.hedge or {}
        confidence = Literal(Decimal(str(proposal.confidence)), datatype=XSD.decimal)
        annotation = proposal_iri(statement, proposal.id, proposal.source, confidence,
                                  hedge.get("cue", ""), hedge.get("qualifier", ""))
        out += [(annotation, OA.hasBody, statement, prov),
                (annotation, DCTERMS.identifier, Literal(proposal.id), prov),
                (annotation, PROV.wasAttributedTo, agent, prov),
                (annotation, ICKG.confidence, confidence, prov)]
        if hedge:
            out.append((annotation, ICKG.hedgeCue, Literal(hedge["cue"]), prov))
            out.append((annotation, ICKG.claimQualifier, URIRef(hedge["qualifier"]), prov))
        for start, end in proposal.quotes:
            quote = quote_iri(document, start, end)
            out += [(annotation, OA.hasTarget, quote, prov),
                    (quote, OA.hasSource, document, prov),
                    (quote, OA.start, Literal(start, datatype=XSD.nonNegativeInteger), prov),
                    (quote, OA.end, Literal(end, datatype=XSD.nonNegativeInteger), prov)]
    return out


_CONFIDENCE_TEXT: dict[float, tuple[str, str]] = {}
_AGENT_TEXT: dict[str, str] = {}

# The IRIs proposal_text writes, as text once per process: an rdflib namespace's attribute is
# looked up in Python on every use (several microseconds each, a dozen per quote).
_DATA, _PROV = f" <{PROPOSED_GRAPH}> .\n", f" <{PROPOSED_PROVENANCE_GRAPH}> .\n"
_TYPE, _LABEL = f" <{RDF.type}> ", f" <{RDFS.label}> "
_SUBJECT, _PREDICATE, _OBJECT = f"> <{RDF.subject}> ", f"> <{RDF.predicate}> ", f"> <{RDF.object}> "
_SOFTWARE_AGENT = f" <{RDF.type}> <{PROV.SoftwareAgent}>{_PROV}"
_HAS_BODY, _HAS_TARGET, _HAS_SOURCE = f" <{OA.hasBody}> <", f" <{OA.hasTarget}> ", f" <{OA.hasSource}> "
_START, _END, _NNI = f" <{OA.start}> \"", f" <{OA.end}> \"", f"\"^^<{XSD.nonNegativeInteger}>"
_ATTRIBUTED, _IDENTIFIER = f" <{PROV.wasAttributedTo}> ", f" <{DCTERMS.identifier}> "
_CONFIDENCE, _HEDGE_CUE, _QUALIFIER = f" <{ICKG.confidence}> ", f" <{ICKG.hedgeCue}> ", f" <{ICKG.claimQualifier}> "


def proposal_text(record: Any, proposal: Proposal) -> str:
    """The N-Quads lines of :func:`proposal_quads` for one proposal, each line once in the order
    first written (what :func:`ickg.build.support.quads_text` makes of them), written as text
    without an rdflib term per quad: the build's extraction workers write every document's
    proposals, and the rdflib quads cost them more than extracting the statements did.
    ``tests/test_build_paths.py`` checks the two agree."""
    from ickg import ntriples

    term, string = ntriples.term, ntriples.string
    data, prov = _DATA, _PROV
    document = f"<{record.iri}>"
    s, p, o = proposal.triple
    s_text, p_text, o_text = term(s), term(p), term(o)
    lines = [f"{s_text} {p_text} {o_text}{data}"]
    for node, cls in proposal.types:
        lines.append(f"{term(node)}{_TYPE}{term(cls)}{data}")
    for node, label in proposal.labels:
        lines.append(f"{term(node)}{_LABEL}{string(label)}{data}")
    # an IRI's n3() is its N-Triples text, at hand (n3() checks the IRI again, character by
    # character); only a literal's may differ (an explicit xsd:string)
    statement = statement_iri_text(s_text if type(s) is URIRef else s.n3(), p_text if type(p) is URIRef else p.n3(),
                                   o_text if type(o) is URIRef else o.n3())
    lines += [f"<{statement}{_SUBJECT}{s_text}{prov}", f"<{statement}{_PREDICATE}{p_text}{prov}",
              f"<{statement}{_OBJECT}{o_text}{prov}"]
    agent = _AGENT_TEXT.get(proposal.source)
    if agent is None:
        agent = _AGENT_TEXT[proposal.source] = f"<{extractor_iri(proposal.source)}>"
    lines += [f"{agent}{_SOFTWARE_AGENT}", f"{agent}{_LABEL}{string(proposal.source)}{prov}"]
    made = _CONFIDENCE_TEXT.get(proposal.confidence)
    if made is None:
        literal = Literal(Decimal(str(proposal.confidence)), datatype=XSD.decimal)
        made = _CONFIDENCE_TEXT[proposal.confidence] = (term(literal), str(literal))
    confidence, confidence_key = made
    hedge = proposal.hedge or {}
    annotation = "<" + proposal_iri_text(statement, proposal.id, proposal.source, confidence_key,
                                         hedge.get("cue", ""), hedge.get("qualifier", "")) + ">"
    lines += [f"{annotation}{_HAS_BODY}{statement}>{prov}",
              f"{annotation}{_IDENTIFIER}{string(proposal.id)}{prov}",
              f"{annotation}{_ATTRIBUTED}{agent}{prov}",
              f"{annotation}{_CONFIDENCE}{confidence}{prov}"]
    if hedge:
        lines.append(f"{annotation}{_HEDGE_CUE}{string(hedge['cue'])}{prov}")
        lines.append(f"{annotation}{_QUALIFIER}{term(URIRef(hedge['qualifier']))}{prov}")
    for start, end in proposal.quotes:
        quote = f"<{quote_iri_text(record.iri, start, end)}>"
        lines += [f"{annotation}{_HAS_TARGET}{quote}{prov}",
                  f"{quote}{_HAS_SOURCE}{document}{prov}",
                  f"{quote}{_START}{start}{_NNI}{prov}",
                  f"{quote}{_END}{end}{_NNI}{prov}"]
    return "".join(dict.fromkeys(lines))


def proposals_dataset_quads(records: Iterable[Any], curation_dir: str | os.PathLike[str] | None,
                            asserted: Container = frozenset()) -> list[tuple[Node, Node, Node, URIRef]]:
    """What a build adds to the store for the proposals of ``records`` (:func:`pending` of each)."""
    out: list[tuple[Node, Node, Node, URIRef]] = []
    for record, proposals in pending(records, curation_dir, asserted):
        out += proposal_quads(record, proposals)
    return list(dict.fromkeys(out))


__all__ = ["Proposal", "ReviewState", "node_term", "handle_of", "pending", "proposal_quads", "proposal_text",
           "proposals_dataset_quads", "proposals_of", "review_state"]

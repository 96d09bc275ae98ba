"""The IRIs ickg mints for the things it describes: one function per kind of thing.

Every IRI is under ``https://w3id.org/ickg/id/`` and is derived from what it names, never
counted, so the same input always gives the same IRI (release files are byte-identical from one
build to the next) and two stages that name the same thing name it alike: the statement IRI
under which extraction records a quote is the one the reasoner gives a premise and
``ickg explain`` looks up.

>>> str(document_iri("000_bb15507378938f7c"))
'https://w3id.org/ickg/id/document/000_bb15507378938f7c'
>>> slug("Québec's CSSSs")
'quebecs-cssss'
>>> from rdflib import URIRef
>>> s, p, o = URIRef("https://w3id.org/ickg/id/x"), URIRef("https://w3id.org/ickg/ontology/p"), URIRef("https://w3id.org/ickg/id/y")
>>> str(statement_iri(s, p, o)) == statement_iri_text(s.n3(), p.n3(), o.n3())
True
"""

from __future__ import annotations

import re
from typing import Any, Protocol
from urllib.parse import quote

from rdflib import URIRef
from rdflib.term import Node

from ickg.iris import ID, digest, slug  # text only: their home is ickg.iris (a web page slugs without rdflib)

STATEMENT = ID + "statement/"
GENID = ID + "genid/"  # prefix of the IRIs minted for blank nodes (content-addressed)
RULE = ID + "rule/"


def entity_iri(kind: str, label: str) -> URIRef:
    """The IRI of a curated entity: ``id/<kind>/<slug of label>``."""
    return URIRef(f"{ID}{kind}/{slug(label)}")


def document_iri(stem: str) -> URIRef:
    """The IRI of a corpus document, from its file name without extension.

    Every character but ASCII letters, digits and ``-._~`` is percent-encoded (UTF-8), so any
    file name (spaces, accents, ``<``, ``%``) gives a valid IRI and two names never give the same
    one; the names the corpus uses (``000_bb15507378938f7c``) are unchanged.
    """
    return URIRef(ID + "document/" + quote(stem, safe="-._~"))


_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGER_TYPES = ("integer|nonNegativeInteger|positiveInteger|nonPositiveInteger|negativeInteger"
                  "|long|int|short|byte|unsignedLong|unsignedInt|unsignedShort|unsignedByte")
_TYPED_NUMBER = re.compile(rf'"([+-]?[0-9]+)"\^\^<{re.escape(_XSD)}(?:{_INTEGER_TYPES})>')
_TYPED_BOOLEAN = re.compile(rf'"(true|false|1|0)"\^\^<{re.escape(_XSD)}boolean>')


def canonical_n3(term_n3: str) -> str:
    """A term as the store gives it back: Oxigraph keeps values, not lexical forms, so an
    ``xsd:positiveInteger`` "03" comes back as the ``xsd:integer`` "3" and a boolean "1" as "true".
    Statement IRIs are minted from this form, so the IRI computed from a triple read from the store
    is the IRI its provenance was written under (an author's position, a count)."""
    if '"^^<' not in term_n3:
        return term_n3
    number = _TYPED_NUMBER.fullmatch(term_n3)
    if number:
        return f'"{int(number.group(1))}"^^<{_XSD}integer>'
    boolean = _TYPED_BOOLEAN.fullmatch(term_n3)
    if boolean:
        return f'"{"true" if boolean.group(1) in ("true", "1") else "false"}"^^<{_XSD}boolean>'
    return term_n3


def statement_iri_text(s_n3: str, p_n3: str, o_n3: str) -> str:
    """The IRI (a string) of the reified statement of a triple, from its terms as rdflib's
    ``n3()`` writes them: the one definition of a statement's IRI, for the paths that hold the
    terms as text already (the bulk build, the reasoner's N-Quads). Typed numbers and booleans
    are read in their stored form (:func:`canonical_n3`)."""
    return STATEMENT + digest(s_n3, p_n3, canonical_n3(o_n3))


def statement_iri(s: Node, p: Node, o: Node) -> URIRef:
    """The IRI of the reified statement of the triple ``s p o`` (rdflib terms)."""
    return URIRef(statement_iri_text(s.n3(), p.n3(), o.n3()))


def evidence_iri_text(document: object, start: int, end: int, hedge: str = "", qualifier: str = "") -> str:
    """The evidence annotation of ``text[start:end]`` of ``document``: one per quoted span (and
    hedge), shared by every statement those characters state."""
    return f"{ID}evidence/{digest(document, start, end, hedge, qualifier)}"


def mention_iri_text(document: object, body: object) -> str:
    """The mention annotation of ``body`` in ``document``: one per document and thing named,
    holding every span that names it."""
    return f"{ID}mention/{digest(document, body)}"


class _Keyed(Protocol):
    key: str


def person_iri(person: _Keyed) -> URIRef:
    """``id/person/<family-name slug>-<first initial>``: one resource for every spelling."""
    return URIRef(f"{ID}person/{person.key}")


def journal_iri(journal: _Keyed) -> URIRef:
    return URIRef(f"{ID}journal/{journal.key}")


def authorship_iri(publication: str, position: int) -> URIRef:
    """The ``position``-th authorship of a publication (``id/authorship/<publication>-<n>``)."""
    return URIRef(f"{ID}authorship/{publication.rsplit('/', 1)[-1]}-{position}")


def jurisdiction_iri(place_slug: str) -> URIRef:
    """``id/jurisdiction/<slug>``: a place of the gazetteer (the slug of its row)."""
    return URIRef(f"{ID}jurisdiction/{place_slug}")


def publication_iri(record: Any) -> URIRef:
    """The publication a document record holds: by DOI, else PubMed id, else title, else the
    document's own stem (``record`` has ``metadata`` and ``stem``)."""
    meta = record.metadata
    if meta.doi:
        return URIRef(f"{ID}publication/{slug(meta.doi.value)}")
    if meta.pmid:
        return URIRef(f"{ID}publication/pmid-{meta.pmid.value}")
    if meta.title:
        return URIRef(f"{ID}publication/{slug(meta.title.value)}")
    return URIRef(f"{ID}publication/{slug(record.stem)}")


def decision_iri(reason: str, context: str = "") -> URIRef:
    """The editorial decision taken for ``reason`` in ``context`` (a curation file, or nothing for
    a rule of the build): one node per distinct reason and context."""
    return URIRef(f"{ID}decision/{digest(context, reason)}")


# The gazetteer of jurisdictions, as the declared source of what it says about a place.
GAZETTEER = URIRef(ID + "source/gazetteer")


def rule_iri(rule: str) -> URIRef:
    """The IRI of an inference rule (``id/rule/prp-trp``) in the derivations graph."""
    return URIRef(RULE + rule)


def proposal_id(*parts: object) -> str:
    """The short name a curator reviews a proposal by (``p-`` and ten hex digits), from what it
    states (its subject, predicate and object as extraction names them), not from where: the same
    statement proposed by two sentences is one proposal, and a rejection outlives new offsets."""
    return "p-" + digest(*parts)[:10]


def proposal_iri(statement: object, proposal_id: str, source: str, confidence: object,
                 hedge: str = "", qualifier: str = "") -> URIRef:
    """The proposal annotation of ``statement`` (its body): one per proposal id, rule, confidence
    and hedge, shared by every document that proposes it so (each quote is one of its targets,
    :func:`quote_iri`)."""
    return URIRef(proposal_iri_text(statement, proposal_id, source, confidence, hedge, qualifier))


def proposal_iri_text(statement: object, proposal_id: str, source: str, confidence: object,
                      hedge: str = "", qualifier: str = "") -> str:
    """:func:`proposal_iri` as a string (the build's workers write it as text, no term made)."""
    return f"{ID}proposal/{digest(statement, proposal_id, source, confidence, hedge, qualifier)}"


def quote_iri(document: object, start: int, end: int) -> URIRef:
    """The quote ``text[start:end]`` of ``document`` that led a rule to propose statements: the
    target of their proposal annotations, one per quoted span, shared by every proposal it led to."""
    return URIRef(quote_iri_text(document, start, end))


def quote_iri_text(document: object, start: int, end: int) -> str:
    """:func:`quote_iri` as a string."""
    return f"{ID}quote/{digest(document, start, end)}"


def extractor_iri(source: str) -> URIRef:
    """The extraction rule (``ickg-rules/component@1``) as the agent that proposed a statement."""
    return URIRef(f"{ID}extractor/{slug(source)}")


def is_genid(term: object) -> bool:
    """Whether ``term`` is an IRI minted for a blank node of the ontology (``id/genid/...``)."""
    return isinstance(term, URIRef) and term.startswith(GENID)

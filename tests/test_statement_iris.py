"""A statement's IRI computed from a triple as the store gives it back is the IRI its provenance
was written under, whatever lexical form or integer subtype the build wrote (Oxigraph keeps values:
an ``xsd:positiveInteger`` comes back as an ``xsd:integer``)."""

import pyoxigraph as ox
from rdflib import Literal, URIRef, XSD

from ickg.mint import canonical_n3, statement_iri, statement_iri_text
from ickg.namespaces import ASSERTED_GRAPH, PROVENANCE_GRAPH

RDF_SUBJECT = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#subject")


def test_integer_subtypes_and_lexical_forms_mint_the_stored_value_s_iri():
    a = URIRef("https://example.org/a")
    stored = statement_iri(a, a, Literal(3))
    assert statement_iri(a, a, Literal("3", datatype=XSD.positiveInteger)) == stored
    assert statement_iri(a, a, Literal("+03", datatype=XSD.nonNegativeInteger)) == stored
    assert statement_iri(a, a, Literal("4", datatype=XSD.positiveInteger)) != stored
    assert statement_iri(a, a, Literal("3")) != stored  # a string is not a number
    assert canonical_n3(Literal("1", datatype=XSD.boolean).n3()) == Literal(True).n3()


def test_every_typed_number_of_the_seed_store_finds_its_provenance_from_the_stored_triple(seed_dataset):
    provenance = {q.subject for q in seed_dataset
                  if q.graph_name == ox.NamedNode(PROVENANCE_GRAPH) and q.predicate == RDF_SUBJECT}
    numbers = [q for q in seed_dataset if q.graph_name == ox.NamedNode(ASSERTED_GRAPH)
               and isinstance(q.object, ox.Literal)
               and q.object.datatype.value.endswith("#integer")]
    assert len(numbers) > 20  # authors' positions, counts
    missing = [q for q in numbers
               if ox.NamedNode(statement_iri_text(str(q.subject), str(q.predicate), str(q.object)))
               not in provenance]
    assert missing == []

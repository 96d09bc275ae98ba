"""rdflib's own SPARQL clients work against the running service without changes: a Graph or a
Dataset over ``SPARQLStore`` reads, asks and constructs; ``SPARQLConnector`` answers SELECT."""

import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import RDF, RDFS
from rdflib.plugins.stores.sparqlconnector import SPARQLConnector
from rdflib.plugins.stores.sparqlstore import SPARQLStore

from ickg.namespaces import ASSERTED_GRAPH

PROGRAM = URIRef("https://w3id.org/ickg/ontology/Program")


@pytest.fixture
def graph(seed_server):
    return Graph(store=SPARQLStore(seed_server.sparql))


def test_a_graph_over_sparqlstore_selects_and_asks(graph):
    programs = {row.p for row in graph.query(f"SELECT ?p WHERE {{ ?p a <{PROGRAM}> }}")}
    assert URIRef("https://w3id.org/ickg/id/program/prisma") in programs
    assert graph.query(f"ASK {{ ?p a <{PROGRAM}> }}").askAnswer is True


def test_a_graph_over_sparqlstore_constructs_a_graph(graph):
    result = graph.query(f"CONSTRUCT {{ ?p a <{PROGRAM}> ; <{RDFS.label}> ?l }} "
                         f"WHERE {{ ?p a <{PROGRAM}> ; <{RDFS.label}> ?l }}")
    built = result.graph
    assert len(built) > 4
    assert set(built.subjects(RDF.type, URIRef(PROGRAM))) <= set(built.subjects(RDFS.label, None))


def test_a_graph_over_sparqlstore_reads_triples_of_a_subject(graph):
    prisma = URIRef("https://w3id.org/ickg/id/program/prisma")
    assert (prisma, RDF.type, PROGRAM) in graph
    assert any(True for _ in graph.predicate_objects(prisma))


def test_a_dataset_over_sparqlstore_sends_its_default_graph_and_is_answered(seed_server):
    # rdflib names the default graph urn:x-rdflib:default in default-graph-uri
    dataset = Dataset(store=SPARQLStore(seed_server.sparql))
    graphs = {row.g for row in dataset.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")}
    assert URIRef(ASSERTED_GRAPH) in graphs
    assert dataset.query(f"ASK {{ ?p a <{PROGRAM}> }}").askAnswer is True


def test_sparqlconnector_selects(seed_server):
    connector = SPARQLConnector(query_endpoint=seed_server.sparql, returnFormat="json")
    rows = list(connector.query(f"SELECT ?p WHERE {{ ?p a <{PROGRAM}> }} LIMIT 3"))
    assert len(rows) == 3

"""The Python API: ``ickg.open(data_dir)`` over the session's built data directory.

Rows come back as Python values; the same query check and worker process as the endpoint's guard
it; a data directory without a store is refused in one line.
"""

import datetime
import sys

import pytest
from rdflib import Dataset, Graph, URIRef

import ickg
from ickg.api import KnowledgeGraph, QueryError
from ickg.namespaces import ASSERTED_GRAPH, ICKG, INFERRED_GRAPH, ONTOLOGY_GRAPH

PRISMA = "https://w3id.org/ickg/id/program/prisma"


@pytest.fixture(scope="module")
def kg(built_data_dir):
    with ickg.open(built_data_dir[0]) as graph:
        yield graph


def test_open_gives_a_knowledge_graph_over_the_built_store(kg, built_data_dir):
    assert isinstance(kg, KnowledgeGraph)
    assert kg.data_dir == built_data_dir[0]
    assert kg.version  # the live store version's name


def test_query_gives_rows_of_python_values(kg):
    rows = kg.query("""SELECT ?doc ?n ?when WHERE {
        ?doc a ickg:SourceDocument ; ickg:isRecordOf ?pub .
        OPTIONAL { ?pub prism:publicationDate ?when }
        { SELECT (COUNT(*) AS ?n) WHERE { ?d a ickg:SourceDocument } } } ORDER BY ?doc""")
    assert len(rows) == 5
    assert all(isinstance(row["doc"], str) and row["doc"].startswith("https://w3id.org/ickg/id/document/")
               for row in rows)
    assert {row["n"] for row in rows} == {5}  # an xsd:integer is an int
    assert all(row["when"] is None or isinstance(row["when"], (str, int, datetime.date)) for row in rows)


def test_ask_construct_and_the_inferred_graph(kg):
    (row,) = kg.query("""SELECT ?s ?p ?o WHERE {
        GRAPH <https://w3id.org/ickg/graph/inferred> { ?s ?p ?o } FILTER(isIRI(?o))
        FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } FILTER(?g != <https://w3id.org/ickg/graph/inferred>) }
    } ORDER BY ?s ?p ?o LIMIT 1""")
    inferred = f"ASK {{ <{row['s']}> <{row['p']}> <{row['o']}> }}"
    assert kg.ask(inferred) is True
    assert kg.ask(inferred, infer=False) is False  # the inferred graph left out, as infer=false does
    graph = kg.construct(f"DESCRIBE <{PRISMA}>")
    assert isinstance(graph, Graph) and (URIRef(PRISMA), None, None) in graph


def test_the_wrong_method_for_a_query_form_says_which_to_use(kg):
    with pytest.raises(QueryError, match=r"ASK query: use KnowledgeGraph.ask\(\)"):
        kg.query("ASK { ?s ?p ?o }")
    with pytest.raises(QueryError, match="SPARQL Update"):
        kg.query("INSERT DATA { <urn:a> <urn:b> <urn:c> }")


def test_queries_that_reach_outside_the_store_are_refused(kg):
    with pytest.raises(QueryError, match="refused: SERVICE"):
        kg.query("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }")


def test_dataset_holds_every_named_graph(kg):
    dataset = kg.dataset()
    assert isinstance(dataset, Dataset)
    names = {g.identifier for g in dataset.graphs() if len(g)}
    assert {ONTOLOGY_GRAPH, ASSERTED_GRAPH, INFERRED_GRAPH} <= names
    assert (URIRef(PRISMA), None, ICKG.Program) in dataset.graph(ASSERTED_GRAPH) or \
        (URIRef(PRISMA), None, None) in dataset.graph(ASSERTED_GRAPH)


def test_dataframe_needs_pandas_and_says_so(kg, monkeypatch):
    try:
        import pandas  # noqa: F401 (optional)
    except ImportError:
        monkeypatch.setitem(sys.modules, "pandas", None)
        with pytest.raises(ImportError, match="pip install pandas"):
            kg.dataframe("SELECT ?s WHERE { ?s a ickg:Program }")
        return
    frame = kg.dataframe("SELECT ?s WHERE { ?s a ickg:Program } ORDER BY ?s")
    assert list(frame.columns) == ["s"] and len(frame) == len(kg.query("SELECT ?s WHERE { ?s a ickg:Program }"))


def test_a_data_directory_without_a_store_is_refused(tmp_path):
    with pytest.raises(QueryError, match="no store under .*: run 'ickg build' first"):
        ickg.open(tmp_path)

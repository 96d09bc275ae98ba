"""The curation vocabulary as tables kept in the user's cache: its answers are the ontology graph's,
the kept one is the one made (read without making the graph), and a damaged file is made again."""

import pytest
from rdflib import BNode, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from ickg import resources
from ickg.curate import vocabulary
from ickg.namespaces import ICKG


@pytest.fixture()
def fresh(tmp_path, monkeypatch):
    """A cache folder of its own, the process's vocabulary forgotten before and after; a counter
    of the ontology graphs made for it."""
    monkeypatch.setenv("ICKG_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(vocabulary, "_VOCABULARY", None)
    made = []
    real = resources.ontology_graph

    def counted():
        made.append(1)
        return real()

    monkeypatch.setattr(resources, "ontology_graph", counted)
    yield made


def again():
    """default_vocabulary() as a new process calls it."""
    vocabulary._VOCABULARY = None
    return vocabulary.default_vocabulary()


def tables(v):
    """The vocabulary's tables, a blank node (a union's, each copy of the ontology its own) as "_"."""
    ranges = {prop: "_" if isinstance(value, BNode) else value for prop, value in v.ranges.items()}
    return (v.classes, v.properties, v.property_kind, v.concepts, v.labels, v.types, v.subclass_of,
            ranges, v._allowed, v.ground, v.qualifier_ranks)


def test_the_kept_vocabulary_is_the_one_made_and_is_read_without_the_graph(fresh, tmp_path):
    made = again()
    assert fresh == [1] and list((tmp_path / "vocabulary").glob("*.pickle"))
    read = again()
    assert fresh == [1], "the ontology graph was made again though the vocabulary was kept"
    assert read is not made and tables(read) == tables(made)


def test_a_damaged_kept_vocabulary_is_made_again(fresh, tmp_path):
    made = again()
    (path,) = (tmp_path / "vocabulary").glob("*.pickle")
    data = path.read_bytes()
    path.write_bytes(data[:32] + data[32:-10])  # cut short: its checksum no longer matches
    again()
    assert fresh == [1, 1]
    assert path.read_bytes() != data[:32] + data[32:-10]  # written again
    assert tables(again()) == tables(made) and fresh == [1, 1]


def test_the_kept_vocabulary_is_named_by_the_ontology(fresh, monkeypatch):
    first = vocabulary._kept_path()
    monkeypatch.setattr(resources, "ontology_digest", lambda: "another ontology")
    assert vocabulary._kept_path() != first


def test_the_tables_answer_as_the_ontology_graph_does():
    graph = resources.ontology_graph()
    v = vocabulary.Vocabulary(graph)
    terms = {t for triple in graph for t in triple if not isinstance(t, BNode)}
    for term in terms:
        assert v.label(term) == (str(graph.value(term, RDFS.label)) if graph.value(term, RDFS.label) is not None
                                 else v.label(term))
        supers = {term} | {s for s in graph.transitive_objects(term, RDFS.subClassOf) if isinstance(s, URIRef)}
        assert v.superclasses(term) == supers
        assert v.types_of(term) == set().union(*(v.superclasses(c) for c in graph.objects(term, RDF.type)
                                                 if isinstance(c, URIRef)))
        assert v.range_of(term) == graph.value(term, RDFS.range)
        for axis in (RDFS.domain, RDFS.range):
            expr = graph.value(term, axis)
            expected = None if expr is None else {expr} if isinstance(expr, URIRef) else \
                set(graph.items(graph.value(expr, OWL.unionOf)))
            assert v.allowed(term, axis) == expected
    ground = [t for t in graph if not any(isinstance(x, BNode) for x in t)]
    assert ground and all(v.holds(t) for t in ground)
    assert not v.holds((ICKG.Program, RDFS.subClassOf, ICKG.Barrier))
    assert v.qualifier_ranks and all(v.qualifier_ranks[s] == int(o)
                                     for s, o in graph.subject_objects(ICKG.qualifierRank))
    assert vocabulary.kind_of(v, ICKG.Program) == "program"

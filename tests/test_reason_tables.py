"""The rule engine's tables in their compact form (issue 13: memory per document).

A key with one value holds a 1-tuple, made a set at its second value; the input triples are
kept packed (:class:`ickg.reason.rules.IntTriples`). What the engine concludes, in which order,
and what an incremental change takes out must be as with sets everywhere.
"""

from rdflib import Graph, Namespace
from rdflib.namespace import OWL, RDF, RDFS

from ickg.reason.rules import IntTriples, Reasoner, _set_of

EX = Namespace("http://example.org/")


def _engine(*triples):
    return Reasoner(list(triples)).run()


def _ids(engine, *terms):
    return tuple(engine.terms.ids[t] for t in terms)


def test_one_value_is_a_tuple_and_the_second_makes_the_set_it_would_have_been():
    engine = _engine((EX.a, EX.p, EX.b), (EX.c, EX.p, EX.d), (EX.c, EX.p, EX.e), (EX.a, RDF.type, EX.K))
    a, b, c, d, e, p, k = _ids(engine, EX.a, EX.b, EX.c, EX.d, EX.e, EX.p, EX.K)
    assert engine.pso[p][a] == (b,)
    assert engine.pos[p][b] == (a,)
    assert engine.types[a] == (k,)
    two = engine.pso[p][c]
    assert type(two) is set and two == {d, e}
    expected = {d}  # built as the engine built its sets before: {first}, then add
    expected.add(e)
    assert list(two) == list(expected)


def test_promoted_set_iterates_as_a_set_literal_does():
    for first, second in ((5, 13), (13, 5), (1000, 8), (7, 15), (-3, 11)):
        promoted = _set_of((first,))
        promoted.add(second)
        literal = {first}
        literal.add(second)
        assert list(promoted) == list(literal)


def test_conclusions_land_in_single_and_shared_keys():
    graph = [(EX.K, RDFS.subClassOf, EX.L), (EX.L, RDFS.subClassOf, EX.M),
             (EX.p, RDFS.subPropertyOf, EX.q), (EX.p, RDFS.domain, EX.K),
             (EX.a, EX.p, EX.b), (EX.a, EX.p, EX.c)]
    engine = _engine(*graph)
    for triple in [(EX.a, RDF.type, EX.K), (EX.a, RDF.type, EX.L), (EX.a, RDF.type, EX.M),
                   (EX.a, EX.q, EX.b), (EX.a, EX.q, EX.c)]:
        assert engine.knows(triple), triple
    assert not engine.knows((EX.b, RDF.type, EX.K))


def test_forgetting_the_one_value_of_a_key_and_adding_it_back():
    engine = _engine((EX.p, RDFS.domain, EX.K), (EX.a, EX.p, EX.b), (EX.x, EX.r, EX.y))
    t = _ids(engine, EX.x, EX.r, EX.y)
    gone, came = engine.update([], [t])
    assert t in gone and not engine.knows((EX.x, EX.r, EX.y))
    assert engine.knows((EX.a, RDF.type, EX.K))
    gone, came = engine.update([t], [])
    assert t in came and engine.knows((EX.x, EX.r, EX.y))
    typed = _ids(engine, EX.a, EX.p, EX.b)
    gone, _ = engine.update([], [typed])
    assert not engine.knows((EX.a, RDF.type, EX.K)) and not engine.knows((EX.a, EX.p, EX.b))


def test_int_triples_keep_the_triples_in_order():
    triples = [(1, 2, 3), (4, 5, -6), (2**40, 0, 7)]
    packed = IntTriples(triples)
    assert len(packed) == 3
    assert list(packed) == triples
    assert list(packed) == triples  # read again


def test_the_engine_keeps_its_input_packed_and_counts_it():
    graph = Graph()
    graph.add((EX.K, RDFS.subClassOf, EX.L))
    graph.add((EX.a, RDF.type, EX.K))
    graph.add((EX.K, RDF.type, OWL.Class))
    engine = Reasoner(graph).run()
    assert isinstance(engine.asserted, IntTriples)
    assert len(engine.asserted) == 3
    assert set(engine.asserted) == {_ids(engine, *t) for t in graph}

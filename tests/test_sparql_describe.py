"""``DESCRIBE <iri>`` by index lookups (ickg.sparql.describe): the engine's triples in the
engine's order, hence the same bytes in every graph format, on every dataset the endpoint makes;
anything else left to the engine."""

import pyoxigraph as ox
import pytest

from ickg.iris import PROPOSED_GRAPH
from ickg.sparql import formats
from ickg.sparql.describe import describe_triples, described_iri
from ickg.store import evaluation

EX = "https://w3id.org/ickg/id/"
G1, G2, G3 = (ox.NamedNode(f"https://w3id.org/ickg/graph/g{i}") for i in (1, 2, 3))
PROPOSED = ox.NamedNode(PROPOSED_GRAPH)
LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
LINK = ox.NamedNode(EX + "link")
PART = ox.NamedNode(EX + "part")


def _store():
    """Subjects whose triples spread over graphs (some stated in two), blank node objects nested
    two deep, shared by two subjects, in a cycle, reached from another graph; a default-graph
    triple and proposals."""
    s = ox.Store()
    a, b, c, d = (ox.NamedNode(EX + x) for x in ("a", "b", "c", "d"))
    b1, b2, b3, b4 = (ox.BlankNode(f"n{i}") for i in range(1, 5))
    quads = [
        (a, LABEL, ox.Literal("A", language="en"), G1),
        (a, LABEL, ox.Literal("A", language="en"), G2),  # the same triple in two graphs
        (a, LINK, b, G2),
        (a, PART, b1, G1),
        (a, PART, b3, G3),
        (b1, PART, b2, G1),
        (b1, LABEL, ox.Literal("one"), G2),
        (b2, PART, b1, G1),  # a cycle of blank nodes
        (b2, LABEL, ox.Literal("2", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")), G3),
        (b3, LABEL, ox.Literal("three"), G3),
        (b, PART, b1, G2),  # a blank node two subjects share
        (b, LABEL, ox.Literal('B "quoted"\nline'), G1),
        (b, LINK, c, ox.DefaultGraph()),
        (c, LABEL, ox.Literal("C proposed"), PROPOSED),
        (c, PART, b4, PROPOSED),
        (b4, LABEL, ox.Literal("four"), G1),
        (d, LINK, ox.Triple(a, LINK, b), G1),  # a quoted triple object
    ]
    for s_, p, o, g in quads:
        s.add(ox.Quad(s_, p, o, g))
    return s


SUBJECTS = [EX + x for x in ("a", "b", "c", "d", "nothing")]
DATASETS = [
    {"use_default_graph_as_union": True},
    {"default_graph": [G1, G2, G3], "named_graphs": [G1, G2, G3]},
    {"default_graph": [G3, G1], "named_graphs": [G3, G1]},
    {"default_graph": [ox.DefaultGraph(), G2, G1, G3, PROPOSED], "named_graphs": [G2, G1, G3, PROPOSED]},
    {"default_graph": [G2]},
]


@pytest.mark.parametrize("dataset", DATASETS, ids=lambda d: str(len(d.get("default_graph", ()))))
def test_describe_by_lookup_yields_the_engines_triples_in_the_engines_order(dataset):
    store = _store()
    for iri in SUBJECTS:
        text = f"DESCRIBE <{iri}>"
        assert list(describe_triples(store, text, dataset)) == list(store.query(text, **dataset)), iri


def test_the_fixture_reaches_blank_nodes_and_duplicates():
    """The comparison above would prove little on a store without what makes DESCRIBE subtle."""
    store = _store()
    triples = list(describe_triples(store, f"DESCRIBE <{EX}a>", {"use_default_graph_as_union": True}))
    assert len(triples) == 10  # a's 5 (its label stated in two graphs), b1's 2, b2's 2, b3's 1
    assert sum(type(t.subject) is ox.BlankNode for t in triples) == 5
    assert len(set(triples)) < len(triples)


@pytest.mark.parametrize("infer,extracted", [(True, False), (False, False), (True, True)])
@pytest.mark.parametrize("fmt", [f.name for f in formats.GRAPH_FORMATS])
def test_evaluate_replies_as_through_the_engine(fmt, infer, extracted, monkeypatch):
    """The whole reply: body, media type, the row cap's cut (3 triples), errors (JSON-LD cannot
    write the quoted triple)."""
    store = _store()
    graphs = tuple(g.value for g in store.named_graphs())
    jobs = [{"kind": "graph", "format": fmt, "query": f"DESCRIBE <{iri}>", "all_graphs": graphs,
             "infer": infer, "extracted": extracted, "max_rows": 3, "max_bytes": 1 << 20} for iri in SUBJECTS]
    shortcut = [evaluation.evaluate(store, job) for job in jobs]
    monkeypatch.setattr(evaluation, "describe_triples", lambda *args: None)
    assert shortcut == [evaluation.evaluate(store, job) for job in jobs]
    assert any(reply[0] == "ok" and reply[5] for reply in shortcut)  # some answer was cut


@pytest.mark.parametrize("text", [
    "DESCRIBE <https://w3id.org/ickg/id/a>",
    "  describe<https://w3id.org/ickg/id/a>\n",
    "DeScRiBe   <urn:x>",
])
def test_one_absolute_iri_is_recognised(text):
    assert described_iri(text) in ("https://w3id.org/ickg/id/a", "urn:x")


@pytest.mark.parametrize("text", [
    "DESCRIBE <a>",  # relative: the engine resolves it, or refuses it
    "DESCRIBE <https://w3id.org/ickg/id/a> <https://w3id.org/ickg/id/b>",
    "DESCRIBE ?s WHERE { ?s ?p ?o }",
    "DESCRIBE <https://w3id.org/ickg/id/a> WHERE { }",
    "PREFIX id: <https://w3id.org/ickg/id/> DESCRIBE id:a",
    "DESCRIBE <https://w3id.org/ickg/id/\\u0061>",  # an escape the parser would decode
    "DESCRIBE <https://w3id.org/ickg/id/a> # a comment",
    "DESCRIBE <https://w3id.org/ickg/id/a b>",
    "SELECT * WHERE { <https://w3id.org/ickg/id/a> ?p ?o }",
])
def test_anything_else_is_left_to_the_engine(text):
    assert described_iri(text) is None
    assert describe_triples(_store(), text, {"use_default_graph_as_union": True}) is None


def test_a_dataset_it_does_not_know_is_left_to_the_engine():
    text = f"DESCRIBE <{EX}a>"
    assert describe_triples(_store(), text, {}) is None  # FROM in the query: the engine's dataset
    assert describe_triples(_store(), text, {"use_default_graph_as_union": True, "x": 1}) is None


def test_an_iri_pyoxigraph_refuses_is_left_to_the_engine():
    assert describe_triples(_store(), "DESCRIBE <http://[bad>", {"use_default_graph_as_union": True}) is None

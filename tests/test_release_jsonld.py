"""The JSON-LD release is compacted (PyLD against a context of ickg's prefixes and coercions),
and compaction loses nothing (tests/test_publish.py reads it back against the Turtle files)."""

import json

import pytest

from ickg.build.release import RELEASE_DATASET, RELEASE_GRAPHS


@pytest.fixture(scope="module")
def release(built_data_dir):
    data, _ = built_data_dir
    return data / "release"


def test_the_jsonld_release_is_smaller_than_the_turtle_files_together(release):
    turtle = sum((release / name).stat().st_size for name in RELEASE_GRAPHS if (release / name).exists())
    assert (release / RELEASE_DATASET).stat().st_size < turtle


def test_the_jsonld_release_writes_prefixed_names_and_bare_values(release):
    doc = json.loads((release / RELEASE_DATASET).read_text(encoding="utf-8"))
    context = doc["@context"]
    assert context["rdfs"] == "http://www.w3.org/2000/01/rdf-schema#"
    nodes = [node for graph in doc["@graph"] for node in graph["@graph"]]
    keys = {key for node in nodes for key in node}
    assert not [key for key in keys if key.startswith(("http://", "https://"))]
    ids = [node["@id"] for node in nodes]
    assert sum(i.startswith("id:") for i in ids) > len(ids) // 2
    # a property coerced to IRIs ("@type": "@id") carries bare strings, not {"@id": ...} objects
    coerced = [k for k, v in context.items() if isinstance(v, dict) and v.get("@type") == "@id"]
    assert coerced
    values = [node[k] for node in nodes for k in coerced if k in node]
    assert values and all(isinstance(v, str) or all(isinstance(x, str) for x in v) for v in values)


def test_the_document_handed_to_pyld_is_already_its_own_expansion():
    """The release hands PyLD its document as expanded (``skipExpansion``): that holds only if
    PyLD's expansion of it is the same document, for every kind of term the dataset has (IRIs,
    blank nodes, plain, language-tagged and typed literals, rdf:type to an IRI and to a literal)."""
    from pyld import jsonld
    from rdflib import BNode, Graph, Literal, URIRef
    from rdflib.namespace import RDF, RDFS, XSD

    from ickg.build.release import _expanded_jsonld, _refuse_remote_context

    ex = "http://example.org/"
    one, two = Graph(identifier=URIRef(ex + "g1")), Graph(identifier=URIRef(ex + "g2"))
    node, blank = URIRef(ex + "a"), BNode("c14n0")
    for triple in [(node, RDF.type, URIRef(ex + "Program")), (node, RDF.type, URIRef(ex + "Initiative")),
                   (node, RDFS.label, Literal("Programme \"a\"", lang="en")), (node, RDFS.label, Literal("plain")),
                   (node, URIRef(ex + "year"), Literal("2005", datatype=XSD.gYear)),
                   (node, URIRef(ex + "offset"), Literal("12", datatype=XSD.nonNegativeInteger)),
                   (node, URIRef(ex + "part"), blank), (blank, URIRef(ex + "first"), URIRef(ex + "b"))]:
        one.add(triple)
    two.add((blank, RDF.type, Literal("not an IRI")))
    two.add((URIRef(ex + "b"), URIRef(ex + "weight"), Literal("0.7", datatype=XSD.double)))
    document = _expanded_jsonld({g.identifier: g for g in (one, two)})
    assert jsonld.expand({"@graph": document}, {"documentLoader": _refuse_remote_context}) == document


def test_the_ontology_graph_kept_compacted_gives_the_bytes_of_a_fresh_compaction(tmp_path, monkeypatch):
    """The ontology's compacted JSON-LD is kept in the user's cache, keyed by the part of the
    context its compaction reads: a coercion the data adds or drops for a property the ontology
    does not use reads the kept lines again, one for a property it uses compacts afresh; either
    way the file is the bytes of a fresh compaction of the whole document (PyLD, all graphs at
    once, as the release was written before graphs were compacted one by one)."""
    import pyoxigraph as ox
    from pyld import jsonld
    from rdflib import Literal, URIRef
    from rdflib.namespace import OWL, RDF, RDFS, XSD

    from ickg.build.release import _expanded_jsonld, _jsonld_bytes, _jsonld_context, _refuse_remote_context
    from ickg.namespaces import ASSERTED_GRAPH, ICKG, ID, ONTOLOGY_GRAPH
    from ickg.terms import to_ox

    monkeypatch.setenv("ICKG_CACHE_DIR", str(tmp_path / "cache"))
    kept = tmp_path / "cache" / "jsonld"
    ontology = {(ICKG.Program, RDF.type, OWL.Class), (ICKG.Program, RDFS.label, Literal("program", lang="en")),
                (ICKG.weight, RDF.type, OWL.DatatypeProperty), (ICKG.Program, ICKG.weight, Literal("0.5", datatype=XSD.double)),
                (ICKG.Program, RDFS.subClassOf, ICKG.Initiative)}
    nt = tmp_path / "ontology.nt"
    nt.write_bytes(ox.serialize((ox.Triple(*(to_ox(x) for x in t)) for t in sorted(ontology)),
                                format=ox.RdfFormat.N_TRIPLES))
    files = {str(ONTOLOGY_GRAPH): nt}

    def whole(graphs):
        context = _jsonld_context(graphs)
        compacted = jsonld.compact(_expanded_jsonld(graphs), {"@context": context},
                                   {"documentLoader": _refuse_remote_context, "skipExpansion": True})
        return context, compacted["@graph"]

    def check(data, files_kept):
        graphs = {ONTOLOGY_GRAPH: ontology, ASSERTED_GRAPH: data}
        written = _jsonld_bytes(graphs, files)
        assert written == _jsonld_bytes(graphs)  # nothing read from the cache
        doc = json.loads(written)
        context, named = whole(graphs)
        assert doc["@context"] == context and doc["@graph"] == named
        assert len(list(kept.glob("*.json"))) == files_kept
        return context

    first = check({(ID["program/a"], ICKG.partOf, ID["program/b"])}, 1)
    assert first["ickg:partOf"] == {"@type": "@id"}
    # the data makes ickg:partOf mixed (no coercion): the ontology does not use it, the kept lines are read
    second = check({(ID["program/a"], ICKG.partOf, ID["program/b"]), (ID["program/a"], ICKG.partOf, Literal("b"))}, 1)
    assert "ickg:partOf" not in second
    # the data makes ickg:weight, which the ontology uses, mixed: the ontology is compacted again
    third = check({(ID["program/a"], ICKG.weight, ID["program/b"])}, 2)
    assert "ickg:weight" in first and "ickg:weight" not in third

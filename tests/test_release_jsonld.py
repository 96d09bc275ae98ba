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

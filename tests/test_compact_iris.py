"""Compact IRIs as the tool prints them, read as SPARQL (ickg.sparql.compact_iris), checked against pyoxigraph.

The prepared text is run by a bare pyoxigraph store: the IRI the engine binds must be the one the
tool printed, valid SPARQL must keep its meaning, strings, IRIs and comments stay as written, and
an error position the engine gives in the prepared text must land on the same character of the
user's text.
"""

import pyoxigraph as ox
import pytest

from ickg.sparql import querycheck
from ickg.sparql.compact_iris import prepare
from ickg.namespaces import ID, ICKG, PREFIXES

PREFIX_LINES = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())


def without_insertions(prepared):
    """The prepared text with every insertion cut out again: must be the original."""
    text, out, at = prepared.text, [], 0
    for start, length in prepared.inserts:
        out.append(text[at:start])
        at = start + length
    out.append(text[at:])
    return "".join(out)


def bound(text):
    """The single binding of ?x when pyoxigraph runs ``text`` over an empty store."""
    solutions = list(ox.Store().query(text))
    assert len(solutions) == 1
    return solutions[0]["x"]


def engine_error(text):
    with pytest.raises(SyntaxError) as caught:
        ox.Store().query(text)
    return str(caught.value)


def test_a_printed_compact_iri_binds_the_iri_it_stands_for():
    prepared = prepare("SELECT ?x WHERE { BIND(id:jurisdiction/quebec AS ?x) }", PREFIXES)
    assert prepared.added_prefixes == ("id",)
    assert prepared.escaped == 1
    assert bound(prepared.text) == ox.NamedNode(str(ID["jurisdiction/quebec"]))


@pytest.mark.parametrize("printed", [
    "id:jurisdiction/north-america", "id:publication/002-97ad3c", "id:person/embuldeniya-g",
    "id:program/prisma/component/2", "id:genid/a_b.c",
])
def test_every_shape_the_viewer_prints_reads_back(printed):
    iri = str(ID) + printed.removeprefix("id:")
    assert bound(prepare(f"SELECT ?x WHERE {{ BIND({printed} AS ?x) }}", PREFIXES).text) == ox.NamedNode(iri)
    # as the object of a triple, followed by the statement's dot
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("urn:s"), ox.NamedNode("urn:p"), ox.NamedNode(iri)))
    rows = list(store.query(prepare(f"SELECT ?s WHERE {{ ?s <urn:p> {printed}. }}", PREFIXES).text))
    assert [r["s"] for r in rows] == [ox.NamedNode("urn:s")]


@pytest.mark.parametrize("text", [
    # property paths: a '/' followed by a prefixed name, 'a', '^', '!', '(' or white space
    "SELECT * WHERE { ?s ickg:locatedIn/ickg:partOf ?o }",
    "SELECT * WHERE { ?s ickg:locatedIn/a ?o }",
    "SELECT * WHERE { ?s ickg:locatedIn/^ickg:partOf ?o }",
    "SELECT * WHERE { ?s ickg:locatedIn/!ickg:partOf ?o }",
    "SELECT * WHERE { ?s ickg:locatedIn/(ickg:partOf|ickg:in) ?o }",
    "SELECT * WHERE { ?s ickg:locatedIn / ickg:partOf ?o }",
    "SELECT * WHERE { ?s ickg:locatedIn/:x ?o }",
    "SELECT * WHERE { ?s ickg:locatedIn/<https://example.org/p> ?o }",
    # division of variables, strings, IRIs, comments, language tags
    "SELECT (?a/2 AS ?b) WHERE { ?s ?p ?a }",
    'SELECT * WHERE { ?s ?p "id:jurisdiction/quebec" }',
    "SELECT * WHERE { ?s ?p '''id:x/y\nid:z/w''' }",
    "SELECT * WHERE { ?s ?p <id:jurisdiction/quebec> }",
    "SELECT * WHERE { ?s ?p ?o } # id:jurisdiction/quebec",
    'SELECT * WHERE { ?s ?p "a/b"@en/x }',
])
def test_valid_sparql_and_text_outside_names_are_left_as_written(text):
    prepared = prepare(text, PREFIXES)
    assert prepared.escaped == 0
    assert prepared.text.endswith(text)
    assert prepared.text[:len(prepared.text) - len(text)] == "".join(
        f"PREFIX {p}: <{PREFIXES[p]}>\n" for p in prepared.added_prefixes)


def test_a_path_keeps_its_meaning():
    a, b, c = (ox.NamedNode(f"urn:{x}") for x in "abc")
    store = ox.Store()
    store.add(ox.Quad(a, ox.NamedNode(str(ICKG["locatedIn"])), b))
    store.add(ox.Quad(b, ox.NamedNode(str(ICKG["partOf"])), c))
    text = "SELECT ?o WHERE { <urn:a> ickg:locatedIn/ickg:partOf ?o }"
    assert [r["o"] for r in store.query(prepare(text, PREFIXES).text)] == [c]


def test_declared_prefixes_are_not_declared_again_and_unknown_ones_are_left_alone():
    text = "PREFIX id: <urn:mine/>\nSELECT ?x WHERE { BIND(id:a/b AS ?x) }"
    prepared = prepare(text, PREFIXES)
    assert prepared.added_prefixes == ()
    assert bound(prepared.text) == ox.NamedNode("urn:mine/a/b")
    assert prepare("SELECT * WHERE { ?s ?p zz:a/b }", PREFIXES).added_prefixes == ()
    # a prefix named only inside a string or a comment is not declared
    assert prepare('SELECT * WHERE { ?s ?p "ickg:x" } # skos:y', PREFIXES).added_prefixes == ()


@pytest.mark.parametrize("text", [
    "SELECT ?x WHERE { BIND(id:jurisdiction/quebec AS ?x) }",
    "SELECT * WHERE {\n  ?s ickg:locatedIn id:a/b/c ;\n     rdfs:label \"x/y\" . # id:q/r\n  ?s ?p id:z/w }",
    "SELECT * WHERE { ?s ?p ?o }",
    "",
    "id:/x id:a/b.c/d\r\nid:e/f",
])
def test_cutting_the_insertions_out_gives_the_original_back(text):
    prepared = prepare(text, PREFIXES)
    assert without_insertions(prepared) == text
    for offset in range(len(prepared.text) + 1):
        back = prepared.original_offset(offset)
        assert 0 <= back <= len(text)
        if all(not (start <= offset < start + length) for start, length in prepared.inserts) \
                and offset < len(prepared.text):
            assert text[back] == prepared.text[offset], offset


@pytest.mark.parametrize("broken, same_length_valid_prefix", [
    # the error comes after a compact IRI and after added PREFIX lines
    ("SELECT * WHERE { ?s ?p id:x/y ?q }", "SELECT * WHERE { ?s ?p id:xxy ?q }"),
    ("SELECT * WHERE { ?s ickg:in id:a/b/c . ?s ?p ?o ?q }", "SELECT * WHERE { ?s ickg:in id:aabbc . ?s ?p ?o ?q }"),
    ("SELECT * WHERE {\n ?s ickg:in id:a/b .\n ?s ?p ?o ?q }", "SELECT * WHERE {\n ?s ickg:in id:aab .\n ?s ?p ?o ?q }"),
    ("SELECT * WHERE { ?s ?p ?o ", "SELECT * WHERE { ?s ?p ?o "),
])
def test_error_positions_are_given_in_the_users_text(broken, same_length_valid_prefix):
    """The engine's position, mapped back, equals the one it gives for a text laid out like the
    user's (same characters up to the error, every prefix declared on line 0)."""
    prepared = prepare(broken, PREFIXES)
    message = engine_error(prepared.text)
    mapped = prepared.error_message(message)
    reference = engine_error(f"{PREFIX_LINES}{same_length_valid_prefix}")
    line, column = reference.split("error at ", 1)[1].split(":")[:2]
    expected = f"error at {int(line) - PREFIX_LINES.count(chr(10))}:{column}"
    assert mapped.startswith(expected), (mapped[:40], expected)
    assert prepared.error_position(message) == tuple(int(x) for x in expected[9:].split(":"))


def test_a_one_line_query_with_added_prefixes_errs_on_line_one():
    text = "SELECT ?s WHERE { ?s ickg:locatedIn id:jurisdiction/quebec ?x ?y }"
    prepared = prepare(text, PREFIXES)
    assert len(prepared.added_prefixes) == 2
    line, column = prepared.error_position(engine_error(prepared.text))
    assert line == 1 and text.index("?y") < column <= len(text) + 1  # not 3:60, as before
    assert prepare(text, PREFIXES).error_message("no position here") == "no position here"


def test_the_query_check_reads_the_escaped_names_as_the_engine_does():
    """The checker sees one prefixed name where the engine does: a keyword after an escaped
    slash is not read as a keyword, one after a real path slash is."""
    info = querycheck.inspect(prepare("SELECT * WHERE { ?s ?p id:x/SERVICE }", PREFIXES).text,
                              is_local_graph=lambda iri: True)
    assert info.form == "SELECT"
    with pytest.raises(querycheck.RefusedQuery):
        querycheck.inspect(prepare("PREFIX l: <http://127.0.0.1:9/> SELECT * WHERE { SERVICE l:a/b { ?s ?p ?o } }",
                                   PREFIXES).text, is_local_graph=lambda iri: False)
    with pytest.raises(querycheck.RefusedQuery):
        querycheck.inspect(prepare("PREFIX l: <http://127.0.0.1:9/> SELECT * FROM l:g/x WHERE { ?s ?p ?o }",
                                   PREFIXES).text, is_local_graph=lambda iri: False)

"""The SHACL shapes as SPARQL (ickg.validate.shapes): each constraint kind finds what it must on
a small store, integer subtypes are read as values (the store keeps no subtype), and a shape
using SHACL the compiler does not translate is refused, not skipped."""

import pyoxigraph as ox
import pytest
from rdflib import Graph

from ickg.validate.shacl import validate_store
from ickg.validate.shapes import UnsupportedShape, compiled_shapes

PREFIXES = """@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
"""
SHAPES = PREFIXES + """
ex:ThingShape a sh:NodeShape ; sh:targetClass ex:Thing ;
  sh:property [ sh:path rdfs:label ; sh:minCount 1 ; sh:maxCount 1 ; sh:message "one label" ] ;
  sh:property [ sh:path ex:count ; sh:datatype xsd:nonNegativeInteger ; sh:message "a count" ] ;
  sh:property [ sh:path ex:part ; sh:class ex:Thing ; sh:message "parts are things" ] ;
  sh:property [ sh:path ex:start ; sh:lessThan ex:end ; sh:message "start before end" ] ;
  sh:or ( [ sh:path ex:place ; sh:minCount 1 ] [ sh:path ex:note ; sh:minCount 1 ] ) ;
  sh:message "a place or a note" .
"""
DATA = """
<http://example.org/Sub> <http://www.w3.org/2000/01/rdf-schema#subClassOf> <http://example.org/Thing> .
<http://example.org/good> a <http://example.org/Sub> ; <http://www.w3.org/2000/01/rdf-schema#label> "good" ;
  <http://example.org/count> "3"^^<http://www.w3.org/2001/XMLSchema#nonNegativeInteger> ;
  <http://example.org/start> 1 ; <http://example.org/end> 2 ; <http://example.org/place> <http://example.org/p> .
<http://example.org/nameless> a <http://example.org/Sub> ; <http://example.org/note> "no place" .
<http://example.org/bad> a <http://example.org/Thing> ;
  <http://example.org/count> "-1"^^<http://www.w3.org/2001/XMLSchema#integer> , "six" ;
  <http://example.org/part> <http://example.org/nothing> ;
  <http://example.org/start> 5 ; <http://example.org/end> 2 .
"""


def store_of(turtle):
    store = ox.Store()
    store.load(turtle.encode(),
               format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode("http://example.org/g"))
    return store


def test_each_constraint_kind_reports_the_bad_node_and_not_the_good_one():
    report = validate_store(store_of(DATA), shapes=Graph().parse(data=SHAPES, format="turtle"))
    text = report.text()
    assert not report.conforms
    assert "good" not in text  # an instance of a subclass, conforming
    assert "<http://example.org/nameless> rdfs:label: one label" in report.messages  # a subclass's instance is a target
    bad = "<http://example.org/bad>"
    for expected in (f"{bad} rdfs:label: one label",
                     f'{bad} <http://example.org/count>: a count (value: "six")',
                     f"{bad} <http://example.org/count>: a count (value: \"-1\"^^",
                     f"{bad} <http://example.org/part>: parts are things (value: http://example.org/nothing)",
                     f"{bad} <http://example.org/start>: start before end",
                     f"{bad}: a place or a note"):
        assert any(line.startswith(expected) for line in report.messages), (expected, text)


def test_integer_subtypes_are_read_as_values_as_the_store_keeps_them():
    """The store gives "3"^^xsd:nonNegativeInteger back as "3"^^xsd:integer: still a count."""
    store = store_of(DATA)
    assert any(q.object.datatype.value.endswith("#integer") for q in store.quads_for_pattern(
        ox.NamedNode("http://example.org/good"), ox.NamedNode("http://example.org/count"), None))
    report = validate_store(store, shapes=Graph().parse(data=SHAPES, format="turtle"))
    assert not any("good" in m for m in report.messages)


def test_shacl_the_compiler_does_not_translate_is_refused_naming_the_shape():
    shapes = Graph().parse(data=PREFIXES + """ex:S a sh:NodeShape ; sh:targetClass ex:Thing ;
      sh:property [ sh:path ex:p ; sh:uniqueLang true ] .""", format="turtle")
    with pytest.raises(UnsupportedShape, match="uniqueLang"):
        compiled_shapes(shapes, lambda cls: {cls})


TWO_LABELS = DATA + """
<http://example.org/twice> a <http://example.org/Thing> ; <http://www.w3.org/2000/01/rdf-schema#label> "one", "two" ;
  <http://example.org/place> <http://example.org/p> .
"""


def test_a_screen_returns_a_row_whenever_its_checks_do():
    """A property shape's checks run only when its one-pass screen finds something: on data with
    every kind of violation, each screened check that finds a violation has a screen that does."""
    from ickg.validate.shapes import subclasses_in

    store = store_of(TWO_LABELS)
    # a screen covers two checks or more: counts and values of one count, and one label
    shapes = Graph().parse(data=SHAPES.replace("sh:datatype xsd:nonNegativeInteger ;",
                                               "sh:datatype xsd:nonNegativeInteger ; sh:maxCount 1 ;"),
                           format="turtle")
    checks = compiled_shapes(shapes, subclasses_in(store, "union"))
    screened = [c for c in checks if c.screen is not None]
    assert {c.message for c in screened} == {"one label", "a count"}
    found = 0
    for check in screened:
        if list(store.query(check.query, use_default_graph_as_union=True)):
            found += 1
            assert list(store.query(check.screen, use_default_graph_as_union=True)), check.query
    assert found == 4  # no label, two labels, a bad count, two counts
    report = validate_store(store, shapes=shapes)
    # sh:maxCount, screened (the node is named by its first label)
    assert "one <http://example.org/twice> rdfs:label: one label" in report.messages


def test_a_checks_part_finds_a_row_whenever_the_check_does():
    """The parts the workers merge into one screen per kind of focus node (Check.part): every
    check but a count by GROUP BY has one, and on data with every kind of violation the part of
    each check that finds a violation finds a row, alone and merged with the others."""
    from ickg.validate.local import merged_screens
    from ickg.validate.shapes import subclasses_in

    store = store_of(TWO_LABELS)
    shapes = Graph().parse(data=SHAPES + """ex:CountShape a sh:NodeShape ; sh:targetClass ex:Thing ;
      sh:property [ sh:path ex:part ; sh:minCount 2 ; sh:message "two parts" ] .""", format="turtle")
    checks = compiled_shapes(shapes, subclasses_in(store, "union"))
    assert {c.message for c in checks if c.part is None} == {"two parts"}
    found = set()
    for check in checks:
        if check.part is not None and list(store.query(check.query, use_default_graph_as_union=True)):
            found.add(check.message)
            assert list(store.query(merged_screens([check])[0], use_default_graph_as_union=True)), check.query
    assert found == {"one label", "a count", "parts are things", "start before end", "a place or a note"}
    merged = merged_screens(checks)
    assert len(merged) == 1  # every part over ex:Thing's instances in one query (not the GROUP BY's check)
    assert list(store.query(merged[0], use_default_graph_as_union=True))
    good = store_of(DATA.split("<http://example.org/nameless>")[0])
    assert not list(good.query(merged[0], use_default_graph_as_union=True))


def test_conforming_data_passes_its_screens_and_a_bad_value_is_still_caught():
    shapes = Graph().parse(data=SHAPES, format="turtle")
    good = """<http://example.org/good> a <http://example.org/Thing> ;
      <http://www.w3.org/2000/01/rdf-schema#label> "good" ; <http://example.org/place> <http://example.org/p> ;
      <http://example.org/count> 3 ."""
    assert validate_store(store_of(good), shapes=shapes).conforms
    bad = good.replace("<http://example.org/count> 3", '<http://example.org/count> "3"')
    report = validate_store(store_of(bad), shapes=shapes)
    assert report.messages == ['good <http://example.org/good> <http://example.org/count>: a count (value: "3")']

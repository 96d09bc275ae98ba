"""The OWL 2 RL rule engine on small ontologies written here (no ickg vocabulary).

Each test states a tiny ontology and data in Turtle, runs :func:`ickg.reason.materialise.materialise`
and checks both that the entailed triples are inferred and that a triple which is *not* entailed
is absent. The last tests check that inconsistencies are found and reported in plain words.
"""

import pytest
from rdflib import Graph, Namespace
from rdflib.namespace import OWL, RDF, RDFS

from ickg.reason.materialise import materialise

EX = Namespace("http://example.org/")
PROLOGUE = """
@prefix ex: <http://example.org/> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
"""


def closure(turtle):
    graph = Graph().parse(data=PROLOGUE + turtle, format="turtle")
    result = materialise(graph, crosswalk=None)
    return result, set(result.inferred_triples)


def test_subclass_chain():
    result, inferred = closure("""
        ex:Cat rdfs:subClassOf ex:Mammal . ex:Mammal rdfs:subClassOf ex:Animal .
        ex:tom a ex:Cat .""")
    assert (EX.tom, RDF.type, EX.Mammal) in inferred
    assert (EX.tom, RDF.type, EX.Animal) in inferred
    assert (EX.Cat, RDFS.subClassOf, EX.Animal) in inferred
    assert (EX.tom, RDF.type, EX.Cat) not in inferred  # asserted, so not in the inferred graph
    assert (EX.Animal, RDFS.subClassOf, EX.Cat) not in inferred
    assert result.derivation_map[(EX.Cat, RDFS.subClassOf, EX.Animal)][0] == "scm-sco"


def test_subproperty_chain():
    _, inferred = closure("""
        ex:hasMother rdfs:subPropertyOf ex:hasParent . ex:hasParent rdfs:subPropertyOf ex:hasAncestor .
        ex:ann ex:hasMother ex:beth .""")
    assert (EX.ann, EX.hasParent, EX.beth) in inferred
    assert (EX.ann, EX.hasAncestor, EX.beth) in inferred
    assert (EX.beth, EX.hasAncestor, EX.ann) not in inferred


def test_domain_and_range():
    _, inferred = closure("""
        ex:teaches rdfs:domain ex:Teacher ; rdfs:range ex:Course .
        ex:Teacher rdfs:subClassOf ex:Person .
        ex:ann ex:teaches ex:logic .""")
    assert (EX.ann, RDF.type, EX.Teacher) in inferred
    assert (EX.ann, RDF.type, EX.Person) in inferred
    assert (EX.logic, RDF.type, EX.Course) in inferred
    assert (EX.logic, RDF.type, EX.Teacher) not in inferred


def test_inverse():
    _, inferred = closure("""
        ex:hasPart owl:inverseOf ex:partOf .
        ex:car ex:hasPart ex:wheel . ex:engine ex:partOf ex:car .""")
    assert (EX.wheel, EX.partOf, EX.car) in inferred
    assert (EX.car, EX.hasPart, EX.engine) in inferred
    assert (EX.car, EX.partOf, EX.wheel) not in inferred


def test_transitive():
    _, inferred = closure("""
        ex:locatedIn a owl:TransitiveProperty .
        ex:a ex:locatedIn ex:b . ex:b ex:locatedIn ex:c . ex:c ex:locatedIn ex:d .""")
    assert {(EX.a, EX.locatedIn, EX.c), (EX.a, EX.locatedIn, EX.d),
            (EX.b, EX.locatedIn, EX.d)} <= inferred
    assert (EX.d, EX.locatedIn, EX.a) not in inferred
    assert (EX.a, EX.locatedIn, EX.a) not in inferred


def test_transitive_through_subproperty():
    # partOf is a subproperty of the transitive locatedIn: a program in a province is in the country
    _, inferred = closure("""
        ex:locatedIn a owl:TransitiveProperty . ex:partOf rdfs:subPropertyOf ex:locatedIn .
        ex:province ex:partOf ex:country . ex:program ex:locatedIn ex:province .""")
    assert (EX.program, EX.locatedIn, EX.country) in inferred
    assert (EX.program, EX.partOf, EX.country) not in inferred


def test_symmetric():
    _, inferred = closure("""
        ex:marriedTo a owl:SymmetricProperty . ex:ann ex:marriedTo ex:bob .""")
    assert (EX.bob, EX.marriedTo, EX.ann) in inferred
    assert (EX.ann, EX.marriedTo, EX.ann) not in inferred


def test_some_values_from_on_subclass_side():
    _, inferred = closure("""
        [ a owl:Restriction ; owl:onProperty ex:hasChild ; owl:someValuesFrom ex:Person ]
            rdfs:subClassOf ex:Parent .
        ex:ann ex:hasChild ex:bob . ex:bob a ex:Person .
        ex:carl ex:hasChild ex:rex .""")
    assert (EX.ann, RDF.type, EX.Parent) in inferred
    assert (EX.carl, RDF.type, EX.Parent) not in inferred  # rex is not known to be a person


def test_some_values_from_when_filler_type_comes_later():
    _, inferred = closure("""
        [ a owl:Restriction ; owl:onProperty ex:hasChild ; owl:someValuesFrom ex:Person ]
            rdfs:subClassOf ex:Parent .
        ex:Student rdfs:subClassOf ex:Person .
        ex:ann ex:hasChild ex:bob . ex:bob a ex:Student .""")
    assert (EX.ann, RDF.type, EX.Parent) in inferred


def test_has_value_both_ways():
    _, inferred = closure("""
        ex:Canadian owl:equivalentClass [ a owl:Restriction ; owl:onProperty ex:citizenOf ;
                                          owl:hasValue ex:canada ] .
        ex:ann ex:citizenOf ex:canada . ex:bob a ex:Canadian . ex:carl ex:citizenOf ex:france .""")
    assert (EX.ann, RDF.type, EX.Canadian) in inferred          # cls-hv2 then cax-sco
    assert (EX.bob, EX.citizenOf, EX.canada) in inferred         # cax-sco then cls-hv1
    assert (EX.carl, RDF.type, EX.Canadian) not in inferred


def test_intersection_on_subclass_side():
    _, inferred = closure("""
        ex:Mother owl:equivalentClass [ owl:intersectionOf ( ex:Woman ex:Parent ) ] .
        ex:ann a ex:Woman , ex:Parent . ex:beth a ex:Woman .""")
    assert (EX.ann, RDF.type, EX.Mother) in inferred
    assert (EX.beth, RDF.type, EX.Mother) not in inferred
    assert (EX.Mother, RDFS.subClassOf, EX.Woman) in inferred  # scm-int + scm-eqc1 + scm-sco


def test_intersection_with_has_value():
    # the shape of a defined class: a program practising some value is a member
    _, inferred = closure("""
        ex:ClinicalProgram owl:equivalentClass [ owl:intersectionOf ( ex:Program
            [ a owl:Restriction ; owl:onProperty ex:practises ; owl:hasValue ex:clinical ] ) ] .
        ex:p1 a ex:Program ; ex:practises ex:clinical .
        ex:p2 a ex:Program ; ex:practises ex:financial .
        ex:x ex:practises ex:clinical .""")
    assert (EX.p1, RDF.type, EX.ClinicalProgram) in inferred
    assert (EX.p2, RDF.type, EX.ClinicalProgram) not in inferred
    assert (EX.x, RDF.type, EX.ClinicalProgram) not in inferred  # not known to be a program


def test_all_values_from():
    _, inferred = closure("""
        ex:VeganDish rdfs:subClassOf [ a owl:Restriction ; owl:onProperty ex:ingredient ;
                                       owl:allValuesFrom ex:Plant ] .
        ex:salad a ex:VeganDish ; ex:ingredient ex:kale .
        ex:stew ex:ingredient ex:beef .""")
    assert (EX.kale, RDF.type, EX.Plant) in inferred
    assert (EX.beef, RDF.type, EX.Plant) not in inferred


def test_union_on_subclass_side():
    _, inferred = closure("""
        [ owl:unionOf ( ex:Cat ex:Dog ) ] rdfs:subClassOf ex:Pet .
        ex:tom a ex:Cat . ex:rex a ex:Dog . ex:nemo a ex:Fish .""")
    assert (EX.tom, RDF.type, EX.Pet) in inferred
    assert (EX.rex, RDF.type, EX.Pet) in inferred
    assert (EX.nemo, RDF.type, EX.Pet) not in inferred


def test_property_chain():
    _, inferred = closure("""
        ex:hasUncle owl:propertyChainAxiom ( ex:hasParent ex:hasBrother ) .
        ex:ann ex:hasParent ex:bob . ex:bob ex:hasBrother ex:carl . ex:bob ex:hasSister ex:dora .""")
    assert (EX.ann, EX.hasUncle, EX.carl) in inferred
    assert (EX.ann, EX.hasUncle, EX.dora) not in inferred


def test_property_chain_of_three_in_any_order():
    _, inferred = closure("""
        ex:r owl:propertyChainAxiom ( ex:p ex:q ex:s ) .
        ex:c ex:s ex:d . ex:a ex:p ex:b . ex:b ex:q ex:c .""")
    assert (EX.a, EX.r, EX.d) in inferred
    assert (EX.b, EX.r, EX.d) not in inferred


def test_same_as():
    _, inferred = closure("""
        ex:ijic owl:sameAs ex:intJIntegrCare . ex:intJIntegrCare owl:sameAs ex:journal3 .
        ex:article ex:publishedIn ex:ijic . ex:ijic a ex:Journal .""")
    assert (EX.intJIntegrCare, OWL.sameAs, EX.ijic) in inferred
    assert (EX.ijic, OWL.sameAs, EX.journal3) in inferred
    assert (EX.article, EX.publishedIn, EX.journal3) in inferred
    assert (EX.journal3, RDF.type, EX.Journal) in inferred
    assert (EX.ijic, OWL.sameAs, EX.ijic) not in inferred  # trivial: kept out
    assert (EX.article, OWL.sameAs, EX.ijic) not in inferred


def test_functional_and_inverse_functional():
    _, inferred = closure("""
        ex:hasBirthMother a owl:FunctionalProperty . ex:isbn a owl:InverseFunctionalProperty .
        ex:ann ex:hasBirthMother ex:beth , ex:elisabeth .
        ex:book1 ex:isbn ex:n123 . ex:book2 ex:isbn ex:n123 . ex:book3 ex:isbn ex:n456 .""")
    assert (EX.beth, OWL.sameAs, EX.elisabeth) in inferred or \
        (EX.elisabeth, OWL.sameAs, EX.beth) in inferred
    assert (EX.book1, OWL.sameAs, EX.book2) in inferred
    assert (EX.book1, OWL.sameAs, EX.book3) not in inferred


def test_no_trivial_noise():
    _, inferred = closure("""
        ex:A rdfs:subClassOf ex:B . ex:x a ex:A . ex:p rdfs:domain owl:Thing . ex:x ex:p ex:y .""")
    assert not [t for t in inferred if t[2] in (OWL.Thing, RDFS.Resource)]
    assert not [t for t in inferred if t[0] == t[2] and t[1] in (OWL.sameAs, RDFS.subClassOf)]
    assert not [t for t in inferred if "genid" in "".join(t)]


def test_derivations_end_at_asserted_triples():
    result, inferred = closure("""
        ex:locatedIn a owl:TransitiveProperty . ex:partOf rdfs:subPropertyOf ex:locatedIn .
        ex:province ex:partOf ex:country . ex:program ex:locatedIn ex:province .""")
    graph = Graph().parse(data=PROLOGUE + """
        ex:locatedIn a owl:TransitiveProperty . ex:partOf rdfs:subPropertyOf ex:locatedIn .
        ex:province ex:partOf ex:country . ex:program ex:locatedIn ex:province .""", format="turtle")
    asserted = set(graph)

    def leaves(t, depth=0):
        assert depth < 20
        if t in asserted:
            return {t}
        rule, premises = result.derivation_map[t]
        return set().union(*(leaves(p, depth + 1) for p in premises))

    assert leaves((EX.program, EX.locatedIn, EX.country)) == {
        (EX.program, EX.locatedIn, EX.province), (EX.province, EX.partOf, EX.country),
        (EX.partOf, RDFS.subPropertyOf, EX.locatedIn), (EX.locatedIn, RDF.type, OWL.TransitiveProperty)}


# -- inconsistencies -------------------------------------------------------------------------------

def test_disjointness_violated():
    result, _ = closure("""
        ex:Cat owl:disjointWith ex:Dog . ex:Puppy rdfs:subClassOf ex:Dog .
        ex:rex a ex:Cat , ex:Puppy .""")
    assert not result.consistent
    [message] = result.inconsistencies
    assert "ex:rex" in message and "ex:Cat" in message and "ex:Dog" in message
    assert "disjoint" in message and "cax-dw" in message


def test_all_disjoint_classes_violated():
    result, _ = closure("""
        [] a owl:AllDisjointClasses ; owl:members ( ex:Program ex:Person ex:Place ) .
        ex:kaiser a ex:Program , ex:Place . ex:ann a ex:Person .""")
    assert len(result.inconsistencies) == 1
    assert "ex:kaiser" in result.inconsistencies[0] and "cax-adc" in result.inconsistencies[0]


def test_member_of_nothing():
    result, _ = closure("""
        ex:Impossible rdfs:subClassOf owl:Nothing . ex:x a ex:Impossible .""")
    assert result.inconsistencies == ["ex:x is a member of owl:Nothing [cls-nothing2]"]


def test_consistent_graph_reports_nothing():
    result, _ = closure("""
        ex:Cat owl:disjointWith ex:Dog . ex:tom a ex:Cat . ex:rex a ex:Dog .""")
    assert result.consistent and result.inconsistencies == []


@pytest.mark.parametrize("turtle, rule", [
    ("ex:p a owl:IrreflexiveProperty . ex:a ex:p ex:a .", "prp-irp"),
    ("ex:p a owl:AsymmetricProperty . ex:a ex:p ex:b . ex:b ex:p ex:a .", "prp-asyp"),
    ("ex:p owl:propertyDisjointWith ex:q . ex:a ex:p ex:b . ex:a ex:q ex:b .", "prp-pdw"),
    ("ex:A owl:complementOf ex:B . ex:x a ex:A , ex:B .", "cls-com"),
    ("ex:a owl:sameAs ex:b . ex:a owl:differentFrom ex:b .", "eq-diff1"),
])
def test_other_inconsistencies(turtle, rule):
    result, _ = closure(turtle)
    assert any(f"[{rule}]" in m for m in result.inconsistencies), result.inconsistencies

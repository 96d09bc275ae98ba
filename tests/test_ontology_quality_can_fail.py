"""Every quality check can fail: each one is run on a deliberately broken copy of the real ontology.

A copy is the real ontology graph with a few triples added or removed. For each case the test
asserts that the check reports the entity that was broken, and that it did not already report
that entity on the real ontology, so a check that fails for some other reason does not count.
A meta-test requires a broken-copy case for every file in queries/qc/.
"""

import subprocess
import sys

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, FOAF, OWL, RDF, RDFS, SKOS

from ickg.namespaces import FABIO, ICKG, ID, ONTOLOGY_IRI, ORG, SCHEME
from ickg.validate.qc import hermit_check, load_in_owlready, qc_queries, run_qc
from ickg.resources import ontology_dir, ontology_graph


@pytest.fixture(scope="module")
def real():
    return ontology_graph()


def copy_of(graph):
    """A copy to break (three times faster than parsing the ontology again)."""
    copy = Graph()
    copy += graph
    return copy


# --- helpers that find real concepts, whatever the concept files hold -----------------------


def schemes_of(g, concept):
    return set(g.objects(concept, SKOS.inScheme)) | set(g.objects(concept, SKOS.topConceptOf)) | set(
        g.subjects(SKOS.hasTopConcept, concept)
    )


def concepts_by_scheme(g):
    out = {}
    for concept in g.subjects(RDF.type, SKOS.Concept):
        schemes = schemes_of(g, concept)
        if len(schemes) == 1:
            out.setdefault(next(iter(schemes)), []).append(concept)
    return {scheme: sorted(members) for scheme, members in sorted(out.items()) if members}


def two_concepts_same_scheme(g):
    for members in concepts_by_scheme(g).values():
        if len(members) >= 2:
            return members[0], members[1]
    pytest.fail("the concept files hold no scheme with two concepts")


def two_concepts_different_schemes(g):
    schemes = list(concepts_by_scheme(g).values())
    if len(schemes) < 2:
        pytest.fail("the concept files hold fewer than two schemes")
    return schemes[0][0], schemes[1][0]


def rename(g, old, new):
    for s, p, o in list(g.triples((old, None, None))):
        g.remove((s, p, o))
        g.add((new, p, o))


def replace_value(g, s, p, o):
    g.remove((s, p, None))
    g.add((s, p, o))


# --- the broken copies: check name -> (how to break it, the entity the check must report) ----

def _second_ontology(g):
    g.add((URIRef("https://w3id.org/ickg/another-ontology"), RDF.type, OWL.Ontology))
    return OWL.Ontology


def _no_ontology(g):
    g.remove((ONTOLOGY_IRI, RDF.type, OWL.Ontology))
    return OWL.Ontology


def _ontology_iri_with_extension(g):
    new = URIRef(str(ONTOLOGY_IRI) + ".ttl")
    rename(g, ONTOLOGY_IRI, new)
    return new


def _no_license(g):
    g.remove((ONTOLOGY_IRI, DCTERMS.license, None))
    return ONTOLOGY_IRI


def _no_version_iri(g):
    g.remove((ONTOLOGY_IRI, OWL.versionIRI, None))
    return ONTOLOGY_IRI


def _license_literal(g):
    replace_value(g, ONTOLOGY_IRI, DCTERMS.license, Literal("CC BY 4.0"))
    return ONTOLOGY_IRI


def _undeclared_local_property(g):
    g.add((ID["program/x"], ICKG.undeclaredProperty, ID["program/y"]))
    return ICKG.undeclaredProperty


def _term_both_class_and_property(g):
    g.add((ICKG.Barrier, RDF.type, OWL.ObjectProperty))
    return ICKG.Barrier


def _no_label(g):
    g.remove((ICKG.Barrier, RDFS.label, None))
    return ICKG.Barrier


def _two_labels(g):
    g.add((ICKG.Barrier, RDFS.label, Literal("obstacle", lang="en")))
    return ICKG.Barrier


def _duplicate_label(g):
    replace_value(g, ICKG.Barrier, RDFS.label, Literal("Outcome", lang="en"))
    return ICKG.Barrier


def _altlabel_is_other_label(g):
    g.add((ICKG.Outcome, SKOS.altLabel, Literal("barrier", lang="en")))
    return ICKG.Outcome


def _no_definition(g):
    g.remove((ICKG.Outcome, SKOS.definition, None))
    return ICKG.Outcome


def _duplicate_definition(g):
    replace_value(g, ICKG.Barrier, SKOS.definition, g.value(ICKG.Outcome, SKOS.definition))
    return ICKG.Barrier


def _circular_multiword(g):
    text = "Clinical integration program: a clinical integration program that integrates care."
    replace_value(g, ICKG.ClinicalIntegrationProgram, SKOS.definition, Literal(text, lang="en"))
    return ICKG.ClinicalIntegrationProgram


def _circular_one_word(g):
    replace_value(g, ICKG.Program, SKOS.definition, Literal("A program of care.", lang="en"))
    return ICKG.Program


def _definition_is_label(g):
    replace_value(g, ICKG.hasPartner, SKOS.definition, Literal("Has partner.", lang="en"))
    return ICKG.hasPartner


def _source_literal(g):
    g.add((ICKG.Context, DCTERMS.source, Literal("Pawson and Tilley 1997")))
    return ICKG.Context


def _lowercase_class(g):
    g.add((ICKG.careTeam, RDF.type, OWL.Class))
    g.add((ICKG.careTeam, RDFS.subClassOf, ICKG.Mechanism))
    return ICKG.careTeam


def _snake_case_property(g):
    g.add((ICKG.has_member, RDF.type, OWL.ObjectProperty))
    return ICKG.has_member


def _upper_case_property(g):
    rename(g, ICKG.evaluates, ICKG.Evaluates)
    return ICKG.Evaluates


def _no_domain(g):
    g.remove((ICKG.evaluates, RDFS.domain, None))
    return ICKG.evaluates


def _no_range(g):
    g.remove((ICKG.sampleSize, RDFS.range, None))
    return ICKG.sampleSize


def _no_inverse(g):
    g.remove((ICKG.evaluates, OWL.inverseOf, None))
    g.remove((None, OWL.inverseOf, ICKG.evaluates))
    return ICKG.evaluates


def _has_component_transitive(g):
    g.add((ICKG.hasComponent, RDF.type, OWL.TransitiveProperty))
    return ICKG.hasComponent


def _part_of_not_transitive(g):
    g.remove((ICKG.partOf, RDF.type, OWL.TransitiveProperty))
    return ICKG.partOf


def _no_disjointness(g):
    for axiom in list(g.subjects(RDF.type, OWL.AllDisjointClasses)):
        g.remove((axiom, None, None))
    g.remove((None, OWL.disjointWith, None))
    return ICKG.Barrier


def _one_class_left_out(g):
    # Rebuild the AllDisjointClasses list without ickg:Barrier.
    for axiom in list(g.subjects(RDF.type, OWL.AllDisjointClasses)):
        members = [m for m in Collection(g, g.value(axiom, OWL.members)) if m != ICKG.Barrier]
        g.remove((axiom, OWL.members, None))
        head = BNode()
        Collection(g, head, members)
        g.add((axiom, OWL.members, head))
    return ICKG.Barrier


def _subclass_cycle(g):
    g.add((ICKG.Program, RDFS.subClassOf, ICKG.CareModel))
    return ICKG.Program


def _subproperty_cycle(g):
    g.add((ICKG.locatedIn, RDFS.subPropertyOf, ICKG.partOf))
    return ICKG.locatedIn


def _orphan_new_class(g):
    g.add((ICKG.FloatingThing, RDF.type, OWL.Class))
    return ICKG.FloatingThing


def _orphan_cut_from_parent(g):
    g.remove((ICKG.Country, RDFS.subClassOf, None))
    return ICKG.Country


def _foreign_definition(g):
    g.add((FOAF.Person, SKOS.definition, Literal("A human being.", lang="en")))
    return FOAF.Person


def _foreign_range(g):
    g.add((ORG.memberOf, RDFS.range, ICKG.Program))
    return ORG.memberOf


def _property_in_scheme_namespace(g):
    g.add((SCHEME.hasLevel, RDF.type, OWL.ObjectProperty))
    return SCHEME.hasLevel


def _predicate_in_id_namespace(g):
    g.add((ID["program/x"], ID.runsIn, ID["place/y"]))
    return ID.runsIn


def _concept_in_two_schemes(g):
    a, b = two_concepts_different_schemes(g)
    g.add((a, SKOS.inScheme, next(iter(schemes_of(g, b)))))
    return a


def _concept_in_no_scheme(g):
    a, _ = two_concepts_same_scheme(g)
    for p in (SKOS.inScheme, SKOS.topConceptOf):
        g.remove((a, p, None))
    g.remove((None, SKOS.hasTopConcept, a))
    return a


def _two_english_preflabels(g):
    a, _ = two_concepts_same_scheme(g)
    g.add((a, SKOS.prefLabel, Literal("a second preferred label", lang="en")))
    return a


def _no_english_preflabel(g):
    a, _ = two_concepts_same_scheme(g)
    g.remove((a, SKOS.prefLabel, None))
    g.add((a, SKOS.prefLabel, Literal("libellé", lang="fr")))
    return a


def _preflabel_also_altlabel(g):
    a, _ = two_concepts_same_scheme(g)
    g.add((a, SKOS.altLabel, g.value(a, SKOS.prefLabel)))
    return a


def _mapping_within_scheme(g):
    a, b = two_concepts_same_scheme(g)
    g.add((a, SKOS.closeMatch, b))
    return a


def _broader_across_schemes(g):
    a, b = two_concepts_different_schemes(g)
    g.add((a, SKOS.broader, b))
    return a


def _broader_cycle(g):
    a, b = two_concepts_same_scheme(g)
    g.add((a, SKOS.broader, b))
    g.add((b, SKOS.broader, a))
    return a


def _equivalent_class_between_concepts(g):
    a, b = two_concepts_different_schemes(g)
    g.add((a, OWL.equivalentClass, b))
    return a


def _exact_and_broad_match(g):
    a, b = two_concepts_different_schemes(g)
    g.add((a, SKOS.exactMatch, b))
    g.add((b, SKOS.broadMatch, a))
    return a


def _term_without_defined_by(g):
    concept = two_concepts_same_scheme(g)[0]
    g.remove((concept, RDFS.isDefinedBy, None))
    return concept


BROKEN = {
    "qc-defined-by": [_term_without_defined_by],
    "qc-ontology-count": [_second_ontology, _no_ontology],
    "qc-ontology-iri": [_ontology_iri_with_extension],
    "qc-ontology-metadata": [_no_license, _no_version_iri],
    "qc-ontology-metadata-form": [_license_literal],
    "qc-local-term-typed": [_undeclared_local_property, _term_both_class_and_property],
    "qc-label-count": [_no_label, _two_labels],
    "qc-label-unique": [_duplicate_label],
    "qc-label-synonym-clash": [_altlabel_is_other_label],
    "qc-definition-count": [_no_definition],
    "qc-definition-unique": [_duplicate_definition],
    "qc-definition-circular": [_circular_multiword, _circular_one_word, _definition_is_label],
    "qc-definition-source-iri": [_source_literal],
    "qc-naming-class": [_lowercase_class],
    "qc-naming-property": [_snake_case_property, _upper_case_property],
    "qc-property-domain-range": [_no_domain, _no_range],
    "qc-property-inverse": [_no_inverse],
    "qc-transitive-properties": [_has_component_transitive, _part_of_not_transitive],
    "qc-top-classes-disjoint": [_no_disjointness, _one_class_left_out],
    "qc-subclass-cycle": [_subclass_cycle],
    "qc-subproperty-cycle": [_subproperty_cycle],
    "qc-class-orphan": [_orphan_new_class, _orphan_cut_from_parent],
    "qc-foreign-term-minted": [_foreign_definition, _foreign_range],
    "qc-ickg-namespace-terms": [_property_in_scheme_namespace, _predicate_in_id_namespace],
    "qc-skos-concept-scheme": [_concept_in_two_schemes, _concept_in_no_scheme],
    "qc-skos-preflabel": [_two_english_preflabels, _no_english_preflabel],
    "qc-skos-label-clash": [_preflabel_also_altlabel],
    "qc-skos-mapping-within-scheme": [_mapping_within_scheme],
    "qc-skos-broader-across-schemes": [_broader_across_schemes],
    "qc-skos-broader-cycle": [_broader_cycle],
    "qc-skos-equivalence": [_equivalent_class_between_concepts],
    "qc-skos-exact-match-clash": [_exact_and_broad_match],
}

CASES = [
    pytest.param(name, breaker, id=f"{name}:{breaker.__name__.lstrip('_')}")
    for name, breakers in BROKEN.items()
    for breaker in breakers
]


def test_every_qc_query_has_a_broken_copy():
    assert set(BROKEN) == set(qc_queries())


@pytest.mark.parametrize(("name", "breaker"), CASES)
def test_qc_check_fails_on_broken_copy(real, qc_report, name, breaker):
    broken = copy_of(real)
    culprit = breaker(broken)
    assert len(broken) != len(real) or set(broken) != set(real), "the copy was not broken"
    rows = run_qc(broken, names=[name])[name]
    reported = {row[0] for row in rows}
    assert culprit in reported, f"{name} did not report {culprit}; rows: {rows}"
    assert str(culprit) not in {row[0] for row in qc_report[name]["rows"]}, "already reported on the real ontology"


def test_disjointness_may_also_be_stated_pairwise(real):
    # The check accepts owl:disjointWith in place of owl:AllDisjointClasses.
    broken = copy_of(real)
    tops = [ICKG.Program, ORG.Organization, FOAF.Person, ICKG.Jurisdiction, FABIO.Expression,
            ICKG.Mechanism, ICKG.Barrier, ICKG.Outcome, ICKG.TargetPopulation, ICKG.FundingModel]
    _no_disjointness(broken)
    assert run_qc(broken, names=["qc-top-classes-disjoint"])["qc-top-classes-disjoint"]
    for i, a in enumerate(tops):
        for b in tops[i + 1 :]:
            broken.add((b, OWL.disjointWith, a) if i % 2 else (a, OWL.disjointWith, b))
    assert run_qc(broken, names=["qc-top-classes-disjoint"])["qc-top-classes-disjoint"] == []


# --- the rules checked in Python -------------------------------------------------------------


def test_rdflib_rejects_a_broken_turtle_file():
    text = (ontology_dir() / "ickg-edit.ttl").read_text(encoding="utf-8")
    broken = text.replace("ickg:Program a owl:Class ;", "ickg:Program a owl:Class ;;;; ickg:", 1)
    assert broken != text
    with pytest.raises(Exception):  # rdflib raises its parser's BadSyntax
        Graph().parse(data=broken, format="turtle")


def test_owlready2_rejects_broken_ntriples(real, tmp_path):
    from owlready2 import OwlReadyOntologyParsingError

    text = real.serialize(format="nt") + "<https://w3id.org/ickg/ontology/Program> not n-triples .\n"
    with pytest.raises(OwlReadyOntologyParsingError):
        load_in_owlready(text, tmp_path)


@pytest.mark.java
def test_hermit_reports_an_inconsistent_copy(real):
    # An individual that is both a program and a jurisdiction, two disjoint top classes.
    broken = copy_of(real)
    broken.add((ID["program/both"], RDF.type, ICKG.Program))
    broken.add((ID["program/both"], RDF.type, ICKG.Jurisdiction))
    result = hermit_check(broken)
    assert not result.consistent
    assert not result.ok


@pytest.mark.java
def test_hermit_reports_an_unsatisfiable_class(real):
    broken = copy_of(real)
    broken.add((ICKG.ProgramJurisdiction, RDF.type, OWL.Class))
    broken.add((ICKG.ProgramJurisdiction, RDFS.subClassOf, ICKG.Program))
    broken.add((ICKG.ProgramJurisdiction, RDFS.subClassOf, ICKG.Jurisdiction))
    result = hermit_check(broken)
    assert result.consistent
    assert str(ICKG.ProgramJurisdiction) in result.unsatisfiable


def test_ickg_qc_exits_1_and_names_the_failing_check(real, tmp_path):
    # The command that runs the checks fails on a broken ontology, naming the check and the entity.
    broken = copy_of(real)
    _no_label(broken)
    path = tmp_path / "broken.ttl"
    broken.serialize(destination=str(path), format="turtle")
    done = subprocess.run([sys.executable, "-m", "ickg", "qc", "--no-dl", "--check", "qc-label-count",
                           str(path)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "FAIL  qc-label-count" in done.stdout
    assert str(ICKG.Barrier) in done.stdout

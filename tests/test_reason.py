"""Reasoning over ickg's own ontology: the competency questions that need inference, the
crosswalk between typologies, imports, consistency, and HermiT (marked ``java``)."""

import json

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from ickg.reason.crosswalk import Crosswalk
from ickg.namespaces import (ASSERTED_GRAPH, DERIVATIONS_GRAPH, ICKG, ID, IMPORT_GRAPH,
                             INFERRED_GRAPH, MENTIONS_GRAPH, ONTOLOGY_GRAPH, PROVENANCE_GRAPH,
                             SCHEME)
from ickg.model import provenance
from ickg import usercache
from ickg.reason import dl
from ickg.mint import statement_iri
from ickg.reason.materialise import materialise
from ickg.terms import to_ox
from ickg.resources import ontology_graph

GKEN_CLINICAL = SCHEME["gken/clinical-integration"]
RAINBOW_CLINICAL = SCHEME["rainbow/clinical-integration"]
EX = Namespace("http://example.org/")

PROGRAMS = ID["program/prisma"], ID["program/fht"], ID["program/other"]
ONTARIO, CANADA, QUEBEC = ID["jurisdiction/ontario"], ID["jurisdiction/canada"], ID["jurisdiction/quebec"]
FRANCE = ID["jurisdiction/france"]


@pytest.fixture(scope="module")
def tbox():
    """The ontology's own TBox only (ickg-edit.ttl), without the concept schemes and mappings."""
    from ickg.resources import ontology_dir
    return Graph().parse(data=(ontology_dir() / "ickg-edit.ttl").read_text(encoding="utf-8"),
                         format="turtle")


def data(turtle):
    return Graph().parse(data="""
        @prefix ickg: <https://w3id.org/ickg/ontology/> . @prefix id: <https://w3id.org/ickg/id/> .
        @prefix scheme: <https://w3id.org/ickg/scheme/> . @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
        """ + turtle, format="turtle")


SMALL = """
    id:jurisdiction\\/ontario a ickg:ProvinceOrState ; ickg:partOf id:jurisdiction\\/canada .
    id:jurisdiction\\/quebec a ickg:ProvinceOrState ; ickg:partOf id:jurisdiction\\/canada .
    id:jurisdiction\\/canada a ickg:Country .
    id:jurisdiction\\/france a ickg:Country .
    id:program\\/prisma a ickg:Program ; ickg:locatedIn id:jurisdiction\\/quebec ;
        ickg:hasComponent id:mechanism\\/prisma-cm .
    id:mechanism\\/prisma-cm a ickg:CaseManagement .
    id:program\\/fht a ickg:Program ; ickg:locatedIn id:jurisdiction\\/ontario ;
        ickg:hasComponent id:mechanism\\/fht-plan .
    id:mechanism\\/fht-plan a ickg:CarePlanning .
    id:program\\/other a ickg:Program ; ickg:locatedIn id:jurisdiction\\/france .
"""


@pytest.fixture(scope="module")
def small(tbox):
    return materialise(tbox, data(SMALL), crosswalk=None)


# -- the inferences the competency questions need ----------------------------------------------

def test_program_in_a_province_is_in_the_country(small):
    inferred = set(small.inferred_triples)
    assert (PROGRAMS[0], ICKG.locatedIn, CANADA) in inferred
    assert (PROGRAMS[1], ICKG.locatedIn, CANADA) in inferred
    assert (ONTARIO, ICKG.locatedIn, CANADA) in inferred  # partOf is a subproperty
    assert (PROGRAMS[2], ICKG.locatedIn, CANADA) not in inferred
    assert (PROGRAMS[0], ICKG.locatedIn, ONTARIO) not in inferred
    assert (CANADA, ICKG.hasPart, ONTARIO) in inferred  # inverse
    assert small.consistent


def test_case_management_component_makes_a_clinical_integration_program(small):
    inferred = set(small.inferred_triples)
    cm = ID["mechanism/prisma-cm"]
    assert (cm, ICKG.supportsIntegrationType, GKEN_CLINICAL) in inferred          # hasValue
    assert (PROGRAMS[0], ICKG.practisesIntegrationType, GKEN_CLINICAL) in inferred  # chain
    assert (PROGRAMS[0], RDF.type, ICKG.ClinicalIntegrationProgram) in inferred     # defined class
    assert (ICKG.ClinicalIntegrationProgram, RDFS.subClassOf, ICKG.Program) in inferred
    # a program whose component is care planning is not (the ontology says nothing of it)
    assert (PROGRAMS[1], ICKG.practisesIntegrationType, GKEN_CLINICAL) not in inferred
    assert (PROGRAMS[1], RDF.type, ICKG.ClinicalIntegrationProgram) not in inferred
    rule, premises = small.derivation_map[(PROGRAMS[0], RDF.type, ICKG.ClinicalIntegrationProgram)]
    assert rule == "cax-sco"


def test_inferred_graph_is_free_of_noise(small):
    for s, p, o in small.inferred_triples:
        assert not (p == RDF.type and o in (OWL.Thing, RDFS.Resource))
        assert not (s == o and p in (OWL.sameAs, RDFS.subClassOf, RDFS.subPropertyOf))
        assert "/genid/" not in s + p + o
        assert not (p == RDF.type and o.startswith(str(ID)))


def test_premises_are_the_statements_the_provenance_graph_gives_evidence_for(small):
    # A premise asserted from a document is named by the very node that carries its evidence:
    # ickg explain finds its quotes under the statement IRI of the premise.
    t = (PROGRAMS[0], ICKG.locatedIn, QUEBEC)
    evidence = Graph()
    provenance.add_evidence(evidence, t, ID["document/d"], "PRISMA is in Quebec.", 0, 19)
    (node,) = set(evidence.subjects(RDF.subject, None))
    _, premises = small.derivation_map[(PROGRAMS[0], ICKG.locatedIn, CANADA)]
    assert node in {statement_iri(*p) for p in premises}


def test_derivations_graph_keeps_rules_not_premises(small):
    # the engine names rule and premises; the graph keeps the rules' descriptions, not each
    # derivation (ickg explain rebuilds it), in both writers: rdflib's and the N-Quads one
    rule, premises = small.derivation_map[(PROGRAMS[0], ICKG.locatedIn, CANADA)]
    assert rule == "prp-trp"
    assert (PROGRAMS[0], ICKG.locatedIn, QUEBEC) in premises
    assert (ICKG.locatedIn, RDF.type, OWL.TransitiveProperty) in premises
    written = Dataset()
    written.parse(data=b"".join(small.nquads()), format="nquads")
    for g in (small.derivations, written.graph(DERIVATIONS_GRAPH)):
        assert list(g.objects(ID["rule/prp-trp"], RDFS.label))
        assert not list(g.triples((None, ICKG.premise, None)))
        assert len(g) <= len(small.inferred_triples) + 1000
    graphs = {q[3] for q in small.quads()}
    assert graphs == {INFERRED_GRAPH, DERIVATIONS_GRAPH}


# -- infer=true vs infer=false on the endpoint's store ------------------------------------------

def _store_with(result, *graphs):
    from ickg.store import open_memory
    quads = [ox.Quad(to_ox(s), to_ox(p), to_ox(o), ox.NamedNode(str(name)))
             for graph, name in graphs for s, p, o in graph]
    quads += [ox.Quad(to_ox(s), to_ox(p), to_ox(o), to_ox(g)) for s, p, o, g in result.quads()]
    return open_memory(quads)


def _select(store, text, infer):
    body = store.query(text, infer=infer, fmt="json").body
    rows = json.loads(body)["results"]["bindings"]
    return {tuple(v["value"] for v in row.values()) for row in rows}


CANADA_QUERY = """PREFIX ickg: <https://w3id.org/ickg/ontology/>
SELECT ?p WHERE { ?p a ickg:Program ; ickg:locatedIn <https://w3id.org/ickg/id/jurisdiction/canada> }"""
CLINICAL_QUERY = """PREFIX ickg: <https://w3id.org/ickg/ontology/>
SELECT ?p WHERE { ?p a ickg:ClinicalIntegrationProgram }"""
RAINBOW_QUERY = """PREFIX ickg: <https://w3id.org/ickg/ontology/>
SELECT ?p WHERE { ?p ickg:practisesIntegrationType <https://w3id.org/ickg/scheme/rainbow/clinical-integration> }"""


def test_inference_dependent_questions_need_infer_true(tbox):
    asserted = data(SMALL + """
        scheme:gken\\/clinical-integration skos:exactMatch scheme:rainbow\\/clinical-integration .""")
    result = materialise(tbox, asserted)
    store = _store_with(result, (tbox, ONTOLOGY_GRAPH), (asserted, ASSERTED_GRAPH))
    assert _select(store, CANADA_QUERY, True) == {(str(PROGRAMS[0]),), (str(PROGRAMS[1]),)}
    assert _select(store, CANADA_QUERY, False) == set()
    assert _select(store, CLINICAL_QUERY, True) == {(str(PROGRAMS[0]),)}
    assert _select(store, CLINICAL_QUERY, False) == set()
    assert _select(store, RAINBOW_QUERY, True) == {(str(PROGRAMS[0]),)}
    assert _select(store, RAINBOW_QUERY, False) == set()


# -- crosswalk -----------------------------------------------------------------------------------

CROSSWALK_DATA = """
    ickg:practisesIntegrationType ickg:carriedByMappings true .
    id:program\\/a ickg:practisesIntegrationType scheme:gken\\/clinical-integration .
    id:program\\/b ickg:practisesIntegrationType scheme:kodner\\/clinical .
    id:program\\/c ickg:practisesIntegrationType scheme:fulop\\/clinical .
    scheme:gken\\/clinical-integration skos:exactMatch scheme:rainbow\\/clinical-integration .
    scheme:rainbow\\/clinical-integration skos:exactMatch scheme:who\\/clinical .
    scheme:kodner\\/clinical skos:closeMatch scheme:rainbow\\/clinical-integration .
    scheme:fulop\\/clinical skos:relatedMatch scheme:rainbow\\/clinical-integration .
    scheme:fulop\\/clinical skos:closeMatch scheme:kodner\\/clinical .
"""


def _tagged(result, concept):
    return {s for s, p, o in set(result.inferred_triples) | set(data(CROSSWALK_DATA))
            if p == ICKG.practisesIntegrationType and o == concept}


def test_crosswalk_default_counts_exact_and_close_matches():
    result = materialise(data(CROSSWALK_DATA))
    rainbow = _tagged(result, RAINBOW_CLINICAL)
    assert ID["program/a"] in rainbow                   # exactMatch
    assert ID["program/b"] in rainbow                   # closeMatch, read backwards (symmetric)
    assert ID["program/c"] not in rainbow               # relatedMatch does not count by default;
    # ...and close matches do not chain: c -close- kodner -close- rainbow is two hops
    assert ID["program/a"] in _tagged(result, SCHEME["who/clinical"])   # exactMatch is transitive
    assert ID["program/b"] not in _tagged(result, SCHEME["who/clinical"])  # close then exact: no
    assert (SCHEME["rainbow/clinical-integration"], SKOS.exactMatch, GKEN_CLINICAL) in \
        set(result.inferred_triples)
    rule, premises = result.derivation_map[(ID["program/a"], ICKG.practisesIntegrationType,
                                            RAINBOW_CLINICAL)]
    assert rule == "ickg-crosswalk"


def test_closure_does_not_depend_on_input_order():
    triples = list(data(CROSSWALK_DATA + SMALL)) + list(ontology_graph())
    forward = materialise(triples)
    backward = materialise(list(reversed(triples)))
    assert set(forward.inferred_triples) == set(backward.inferred_triples)
    # and the same first derivation of each, so that builds are reproducible
    assert forward.derivation_map == backward.derivation_map


def test_crosswalk_is_configurable():
    exact_only = materialise(data(CROSSWALK_DATA), crosswalk=Crosswalk.from_names("exactMatch"))
    assert _tagged(exact_only, RAINBOW_CLINICAL) == {ID["program/a"]}
    with_related = materialise(data(CROSSWALK_DATA),
                               crosswalk=Crosswalk([SKOS.exactMatch, SKOS.closeMatch, SKOS.relatedMatch]))
    assert ID["program/c"] in _tagged(with_related, RAINBOW_CLINICAL)
    off = materialise(data(CROSSWALK_DATA), crosswalk=None)
    assert _tagged(off, RAINBOW_CLINICAL) == set()
    with pytest.raises(ValueError, match="narrowMatch"):
        Crosswalk([SKOS.narrowMatch])


def test_crosswalk_broad_match_goes_up_only():
    graph = data("""
        ickg:practisesIntegrationType ickg:carriedByMappings true .
        id:program\\/a ickg:practisesIntegrationType scheme:kodner\\/clinical .
        id:program\\/b ickg:practisesIntegrationType scheme:rainbow\\/integration .
        scheme:rainbow\\/integration skos:narrowMatch scheme:kodner\\/clinical .""")
    result = materialise(graph, crosswalk=Crosswalk.from_names("exactMatch,broadMatch"))
    inferred = set(result.inferred_triples)
    assert (ID["program/a"], ICKG.practisesIntegrationType, SCHEME["rainbow/integration"]) in inferred
    assert (ID["program/b"], ICKG.practisesIntegrationType, SCHEME["kodner/clinical"]) not in inferred


def test_crosswalk_carries_only_the_tagging_properties_the_ontology_marks():
    """Definitions, goals, discussions and authorship say something about one typology's concept
    only: the crosswalk must not copy them to the concepts mapped to it."""
    onto = ontology_graph()
    marked = set(onto.subjects(ICKG.carriedByMappings, None))
    assert marked == {ICKG.practisesIntegrationType, ICKG.supportsIntegrationType, ICKG.exemplifies,
                      ICKG.advocates}
    result = materialise(onto, data("""
        id:publication\\/gken ickg:definesConcept scheme:gken\\/clinical-integration ;
            ickg:discusses scheme:gken\\/organizational-integration .
        id:goal\\/g a ickg:Goal . scheme:gken\\/health-care-system-integration ickg:hasGoal id:goal\\/g .
        id:program\\/p a ickg:Program ; ickg:exemplifies scheme:gken\\/clinical-integration .
        """))
    crosswalked = [t for t, (rule, _) in result.derivation_map.items() if rule == "ickg-crosswalk"]
    assert {p for _, p, _ in crosswalked} == {ICKG.exemplifies}
    inferred = set(result.inferred_triples)
    assert (ID["program/p"], ICKG.exemplifies, RAINBOW_CLINICAL) in inferred
    for s, p, o in inferred:
        if p in (ICKG.definesConcept, ICKG.definedIn, ICKG.discusses, ICKG.discussedIn):
            assert GKEN_CLINICAL in (s, o) or SCHEME["gken/organizational-integration"] in (s, o), (s, p, o)
        if p in (ICKG.hasGoal, ICKG.goalOf):
            assert SCHEME["gken/health-care-system-integration"] in (s, o), (s, p, o)


def test_a_mapping_never_adds_a_second_concept_of_a_scheme_the_item_is_tagged_in():
    """Case management supports Kodner's service delivery domain (class axiom); GKEN's clinical
    integration, which it also supports, is close to Kodner's clinical domain: the crosswalk must
    not make case management support that one too, against the Kodner scheme's own placement."""
    result = materialise(ontology_graph(), data("id:mechanism\\/cm a ickg:CaseManagement ."))
    inferred = set(result.inferred_triples)
    cm = ID["mechanism/cm"]
    assert (cm, ICKG.supportsIntegrationType, SCHEME["kodner/service-delivery"]) in inferred
    assert (cm, ICKG.supportsIntegrationType, GKEN_CLINICAL) in inferred
    assert (cm, ICKG.supportsIntegrationType, SCHEME["kodner/clinical"]) not in inferred
    assert (cm, ICKG.supportsIntegrationType, RAINBOW_CLINICAL) in inferred  # a gap: filled


def test_no_concept_is_inferred_to_map_to_itself():
    result = materialise(data("""
        scheme:a\\/x skos:exactMatch scheme:b\\/y . scheme:b\\/y skos:exactMatch scheme:c\\/z .
        scheme:c\\/z skos:closeMatch scheme:a\\/x ."""))
    concluded = set(result.derivation_map) | set(result.inferred_triples)
    assert (SCHEME["a/x"], SKOS.exactMatch, SCHEME["c/z"]) in concluded  # transitive
    assert not [t for t in concluded if t[0] == t[2] and str(t[1]).startswith(str(SKOS))]


def _stated(triple, qualifier, cue):
    """Provenance triples saying that ``triple`` is stated with ``qualifier`` (cue words ``cue``)."""
    node = statement_iri(*triple)
    return [(node, RDF.subject, triple[0]), (node, RDF.predicate, triple[1]), (node, RDF.object, triple[2]),
            (node, ICKG.claimQualifier, SCHEME[f"qualifier/{qualifier}"]), (node, ICKG.hedgeCue, Literal(cue))]


def test_inferred_triples_carry_the_weakest_hedge_and_the_mapping_confidence():
    onto = ontology_graph()
    denmark, systemic = ID["jurisdiction/denmark"], SCHEME["policy-paper/systemic-integration"]
    hedged = (denmark, ICKG.exemplifies, systemic)
    asserted = data("""
        id:jurisdiction\\/denmark a ickg:Country ; ickg:exemplifies scheme:policy-paper\\/systemic-integration .
        id:jurisdiction\\/x a ickg:Region ; ickg:partOf id:jurisdiction\\/y .
        id:jurisdiction\\/y a ickg:Region ; ickg:partOf id:jurisdiction\\/denmark .""")
    x, y = ID["jurisdiction/x"], ID["jurisdiction/y"]
    provenance = (_stated(hedged, "hedged", "likely")
                  + _stated((x, ICKG.partOf, y), "aspirational", "promise")
                  + _stated((y, ICKG.partOf, denmark), "preliminary", "Preliminary evaluation"))
    result = materialise(onto, asserted, provenance=provenance)
    quals = {result.engine.terms.triple(t): q for t, q in result.qualifications.items()}
    mapped = [o for s, p, o in onto.triples((systemic, None, None)) if p in (SKOS.closeMatch, SKOS.exactMatch)]
    assert mapped, "the policy paper's systemic integration is mapped to some framework"
    for target in mapped:
        q = quals[(denmark, ICKG.exemplifies, target)]  # crosswalked: the hedge and the mapping's confidence
        assert (q.qualifier, q.cues) == (SCHEME["qualifier/hedged"], ("likely",))
        assert q.confidence is not None and 0 < q.confidence < 1
    inverse = quals[(systemic, ICKG.exemplifiedBy, denmark)]  # the hedge survives an inverse
    assert (inverse.qualifier, inverse.confidence) == (SCHEME["qualifier/hedged"], None)
    chain = quals[(x, ICKG.partOf, denmark)]  # aspirational (1) is weaker than preliminary (3)
    assert (chain.qualifier, chain.cues) == (SCHEME["qualifier/aspirational"], ("promise",))
    assert (x, ICKG.partOf, y) not in quals  # asserted: its qualifier is on its own statement
    # ...and the derivations graph says so, where explain and queries read it
    node = statement_iri(x, ICKG.partOf, denmark)
    assert (node, ICKG.claimQualifier, SCHEME["qualifier/aspirational"]) in result.derivations


def test_crosswalk_over_the_real_concept_schemes_and_mappings():
    onto = ontology_graph()
    gken_to_rainbow = {p for p in (SKOS.exactMatch, SKOS.closeMatch)
                       if (GKEN_CLINICAL, p, RAINBOW_CLINICAL) in onto
                       or (RAINBOW_CLINICAL, p, GKEN_CLINICAL) in onto}
    if not gken_to_rainbow:
        pytest.skip("ickg-mappings.ttl maps GKEN's clinical integration to Rainbow's by neither "
                    "exactMatch nor closeMatch")
    result = materialise(onto, data(SMALL))
    inferred = set(result.inferred_triples)
    # PRISMA is tagged with GKEN's concept only through its case-management component...
    assert (PROGRAMS[0], ICKG.practisesIntegrationType, GKEN_CLINICAL) in inferred
    # ...and a query phrased with the Rainbow Model's concept finds it
    assert (PROGRAMS[0], ICKG.practisesIntegrationType, RAINBOW_CLINICAL) in inferred
    assert (PROGRAMS[1], ICKG.practisesIntegrationType, RAINBOW_CLINICAL) not in inferred
    assert result.consistent, result.inconsistencies


# -- consistency ---------------------------------------------------------------------------------

def test_disjoint_top_classes_violated_is_reported(tbox):
    result = materialise(tbox, data("""
        id:x a ickg:Program . id:x a ickg:Jurisdiction ."""), crosswalk=None)
    assert not result.consistent
    assert any("id:x" in m and "ickg:Program" in m and "ickg:Jurisdiction" in m and "disjoint" in m
               for m in result.inconsistencies), result.inconsistencies


def test_range_makes_an_inconsistency_visible(tbox):
    # a program located in a program: the range makes it a jurisdiction, which clashes
    result = materialise(tbox, data("""
        id:a a ickg:Program . id:b a ickg:Program . id:a ickg:locatedIn id:b ."""), crosswalk=None)
    assert any("id:b" in m and "cax-adc" in m for m in result.inconsistencies)


def test_real_ontology_with_schemes_and_mappings_is_consistent():
    result = materialise(ontology_graph())
    assert result.consistent, result.inconsistencies


# -- sources and imports -------------------------------------------------------------------------

def test_dataset_source_reads_ontology_asserted_and_imports_only(tbox):
    ds = Dataset()
    for t in tbox:
        ds.graph(ONTOLOGY_GRAPH).add(t)
    ds.graph(ASSERTED_GRAPH).add((EX.p1, RDF.type, ICKG.Program))
    ds.graph(MENTIONS_GRAPH).add((EX.m, RDF.type, ICKG.Program))       # not reasoned over
    ds.graph(PROVENANCE_GRAPH).add((EX.q, RDF.type, ICKG.Program))     # not reasoned over
    imported = IMPORT_GRAPH["other-ontology"]
    ds.graph(imported).add((ICKG.Program, RDFS.subClassOf, EX.Initiative))
    ds.graph(imported).add((EX.i1, EX.runs, EX.p2))
    ds.graph(imported).add((EX.runs, RDFS.range, ICKG.Program))
    inferred = set(materialise(ds, crosswalk=None).inferred_triples)
    assert (EX.p1, RDF.type, EX.Initiative) in inferred   # an imported axiom over ickg data
    assert (EX.p2, RDF.type, ICKG.Program) in inferred    # imported data under ickg's ontology...
    assert (EX.p2, RDF.type, EX.Initiative) in inferred   # ...and the imported axiom again
    assert (EX.m, RDF.type, EX.Initiative) not in inferred
    assert (EX.q, RDF.type, EX.Initiative) not in inferred


def test_pyoxigraph_store_source(tbox):
    store = ox.Store()
    for s, p, o in tbox:
        store.add(ox.Quad(to_ox(s), to_ox(p), to_ox(o), ox.NamedNode(str(ONTOLOGY_GRAPH))))
    for s, p, o in data(SMALL):
        store.add(ox.Quad(to_ox(s), to_ox(p), to_ox(o), ox.NamedNode(str(ASSERTED_GRAPH))))
    inferred = set(materialise(store, crosswalk=None).inferred_triples)
    assert (PROGRAMS[0], ICKG.locatedIn, CANADA) in inferred


def test_import_file_copies_into_its_own_graph(tmp_path):
    from ickg.build.imports import ImportError_, import_file
    source = tmp_path / "extra.ttl"
    source.write_text("@prefix ex: <http://example.org/> . ex:a ex:b ex:c .", encoding="utf-8")
    result = import_file(tmp_path / "data", source, build=False)
    assert result.graph == str(IMPORT_GRAPH["extra"]) and result.triples == 1
    assert (tmp_path / "data" / "imports" / "extra.ttl").read_text(encoding="utf-8").endswith("ex:c .")
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle", encoding="utf-8")
    with pytest.raises(ImportError_, match="not parsable"):
        import_file(tmp_path / "data", bad, build=False)
    assert not (tmp_path / "data" / "imports" / "bad.ttl").exists()


# -- HermiT ----------------------------------------------------------------------------------------

DL_ONTOLOGY = """
    @prefix ex: <http://example.org/> . @prefix owl: <http://www.w3.org/2002/07/owl#> .
    @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
    ex:A a owl:Class . ex:B a owl:Class . ex:C a owl:Class . ex:D a owl:Class .
    ex:A rdfs:subClassOf [ a owl:Class ; owl:unionOf ( ex:B ex:C ) ] .
    ex:B rdfs:subClassOf ex:D . ex:C rdfs:subClassOf ex:D .
    ex:year a owl:DatatypeProperty .
    ex:a a ex:A ; ex:year "2005"^^xsd:gYear .
"""


@pytest.fixture(scope="module")
def hermit_on_dl_ontology(tmp_path_factory):
    """HermiT run once on :data:`DL_ONTOLOGY` through :func:`materialise` (the build's path), its
    report kept in a folder of this module's own: ``(triples, result, folder)``.

    One JVM (1-3 CPU-s) for the two tests that read this input's report: the one on what HermiT
    adds to the closure, and the one on when a kept report is read again."""
    if not dl.java_available():
        pytest.skip("no Java")
    folder = tmp_path_factory.mktemp("hermit-reports")
    graph = Graph().parse(data=DL_ONTOLOGY, format="turtle")
    return list(graph), materialise(graph, crosswalk=None, dl=True, dl_cache=folder), folder


@pytest.mark.java
def test_hermit_finds_what_owl2rl_cannot(hermit_on_dl_ontology):
    triples, result, _ = hermit_on_dl_ontology
    graph = Graph()
    for triple in triples:
        graph.add(triple)
    rl_only = set(materialise(graph, crosswalk=None).inferred_triples)
    assert (EX.A, RDFS.subClassOf, EX.D) not in rl_only      # union on the superclass side
    report = result.dl_report
    assert report.ran and not report.message.endswith(dl.KEPT_NOTE)  # HermiT itself, not a kept report
    assert report.consistent and report.dropped_literals == 1  # the xsd:gYear
    inferred = set(result.inferred_triples)
    assert (EX.A, RDFS.subClassOf, EX.D) in inferred
    assert (EX.a, RDF.type, EX.D) in inferred
    assert result.derivation_map[(EX.A, RDFS.subClassOf, EX.D)][0] == "dl-hermit"


def test_hermits_findings_are_worded_for_the_build_log():
    """What HermiT finds is found by the JVM in test_ontology_quality_can_fail.py (an unsatisfiable
    class and an inconsistent copy of the real ontology, through :func:`ickg.reason.dl.classify`);
    here the lines a build prints for each."""
    unsat = dl.DLReport(True, "", consistent=True, unsatisfiable=[str(EX.CatDog)])
    assert unsat.inconsistencies == [f"HermiT: the class {EX.CatDog} is unsatisfiable (can have no member) "
                                     "[dl-hermit]"]
    inconsistent = dl.DLReport(True, "", consistent=False)
    assert "inconsistent" in inconsistent.inconsistencies[0]
    assert dl.DLReport(True, "", consistent=True).inconsistencies == []
    assert dl.DLReport(False, dl.JAVA_MISSING).inconsistencies == []  # not run: nothing claimed


@pytest.mark.java
def test_hermits_report_is_read_again_only_for_the_very_same_input(hermit_on_dl_ontology):
    """A rebuild hands HermiT the same triples: its kept report is read instead of starting the
    JVM. Any other input (one more individual, or the ontology alone above the data limit) has
    another key, so HermiT runs for it instead of this report being read."""
    triples, result, folder = hermit_on_dl_ontology
    first = result.dl_report
    assert first.ran and not first.message.endswith(dl.KEPT_NOTE)
    key = dl._input_key(triples, 50_000)
    assert [p.name for p in folder.glob("*.json")] == [f"{key}.json"]
    again = dl.classify_cached(list(reversed(triples)), cache_dir=folder)  # the same input, in another order
    assert again.message == first.message + dl.KEPT_NOTE
    assert (again.inferred, again.consistent, again.dropped_literals) == (first.inferred, True, 1)
    assert (EX.a, RDF.type, EX.D) in again.inferred
    assert len(list(folder.glob("*.json"))) == 1  # read, not written again
    one_more = triples + [(EX.b, RDF.type, OWL.NamedIndividual), (EX.b, RDF.type, EX.A)]
    assert dl._input_key(one_more, 50_000) != key
    assert dl._input_key(triples[1:], 50_000) != key  # one triple fewer
    # above the data limit HermiT sees the ontology alone: another input, another report
    assert dl._input_key(triples, 1) != key


def test_hermits_reports_folder_is_the_users_cache_unless_the_environment_moves_it(monkeypatch, tmp_path):
    monkeypatch.delenv(usercache.CACHE_ENV, raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert dl.reports_dir() == tmp_path / "home" / ".cache" / "ickg" / "hermit"
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert dl.reports_dir() == tmp_path / "xdg" / "ickg" / "hermit"
    monkeypatch.setenv(usercache.CACHE_ENV, str(tmp_path / "mine"))
    assert dl.reports_dir() == tmp_path / "mine" / "hermit"


def test_without_java_the_report_says_what_is_skipped(monkeypatch):
    monkeypatch.setattr(dl.shutil, "which", lambda name: None)
    graph = Graph().parse(data=DL_ONTOLOGY, format="turtle")
    result = materialise(graph, crosswalk=None, dl=True)
    assert result.dl_report.ran is False
    assert "Java" in result.dl_report.message and "skipped" in result.dl_report.message
    assert result.consistent  # the OWL 2 RL part still ran


def test_consistency_report_for_the_validator(tbox):
    from ickg.reason.materialise import consistency_report
    ok, lines = consistency_report(tbox, data(SMALL), dl=False)
    assert ok and lines[-1].startswith("OWL 2 RL closure:")
    ok, lines = consistency_report(tbox, data("id:x a ickg:Program , ickg:Barrier ."), dl=False)
    assert not ok and lines[0].startswith("inconsistent: id:x is a member of both")


def test_ickg_import_rebuilds_and_reasoning_covers_the_file(tmp_path):
    from click.testing import CliRunner

    from ickg.cli import cli
    other = tmp_path / "other.ttl"
    other.write_text("""
        @prefix ex: <http://example.org/> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        @prefix ickg: <https://w3id.org/ickg/ontology/> .
        ex:runs rdfs:range ickg:Program . ickg:Program rdfs:subClassOf ex:Initiative .
        ex:acme ex:runs ex:healthlink .""", encoding="utf-8")
    data_dir = tmp_path / "data"
    runner = CliRunner()
    out = runner.invoke(cli, ["import", "--data-dir", str(data_dir), str(other)])
    assert out.exit_code == 0, out.output
    assert "graph/import/other" in out.output
    out = runner.invoke(cli, ["explain", "--data-dir", str(data_dir), "<http://example.org/healthlink>",
                              "a", "<http://example.org/Initiative>"])
    assert out.exit_code == 0, out.output
    assert "[prp-rng]" in out.output and "[imported]" in out.output
    assert "(from <https://w3id.org/ickg/graph/import/other>)" in out.output or "graph/import/other" in out.output

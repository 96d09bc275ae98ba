"""SKOS integrity of the typologies of integration and their crosswalk.

Loads ontology/ickg-edit.ttl (the TBox), ontology/ickg-concepts.ttl (the concept schemes) and
ontology/ickg-mappings.ttl (the mappings) as one graph and checks the rules of docs/domain.md §4
that concern concept schemes and that no ``queries/qc`` check states (those, and HermiT, run once
in ``ickg qc``: ``tests/test_ontology_quality.py``). Each check is a function returning a list of
problems, so that the same functions can be shown to catch deliberately broken copies (the
``test_check_catches_*`` tests).
"""

from collections import Counter, defaultdict
from pathlib import Path

import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS, XSD

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY = ROOT / "ontology"
TBOX = ONTOLOGY / "ickg-edit.ttl"
CONCEPTS = ONTOLOGY / "ickg-concepts.ttl"
MAPPINGS = ONTOLOGY / "ickg-mappings.ttl"

ICKG = Namespace("https://w3id.org/ickg/ontology/")
SCHEME = "https://w3id.org/ickg/scheme/"
SSSOM = Namespace("https://w3id.org/sssom/")
SEMAPV = Namespace("https://w3id.org/semapv/vocab/")

MAPPING_PROPERTIES = (SKOS.exactMatch, SKOS.closeMatch, SKOS.broadMatch, SKOS.narrowMatch, SKOS.relatedMatch)
SCHEME_IDS = ("level", "qualifier", "gken", "policy-paper", "rainbow", "kodner", "leutz", "fulop",
              "who-ipchs", "selfie", "ccm")


def load(*paths):
    graph = Graph()
    for path in paths:
        graph.parse(path, format="turtle")
    return graph


@pytest.fixture(scope="module")
def graph():
    return load(TBOX, CONCEPTS, MAPPINGS)


def copy_of(graph):
    broken = Graph()
    for triple in graph:
        broken.add(triple)
    return broken


# ----------------------------------------------------------------------------------------------
# Helpers

def concepts(g):
    """Every resource typed skos:Concept, directly or through a subclass (IntegrationType...)."""
    query = """
        SELECT DISTINCT ?c WHERE {
            ?c a ?t . ?t rdfs:subClassOf* skos:Concept .
            FILTER(isIRI(?c))
        }"""
    found = {row.c for row in g.query(query, initNs={"rdfs": RDFS, "skos": SKOS})}
    # Anything placed in a scheme counts too, even if someone forgot its type.
    found |= {s for s in g.subjects(SKOS.inScheme, None) if isinstance(s, URIRef)}
    return found


def schemes(g):
    return set(g.subjects(RDF.type, SKOS.ConceptScheme))


def scheme_of(g, concept):
    found = list(g.objects(concept, SKOS.inScheme))
    return found[0] if len(found) == 1 else None


def en(values):
    return [v for v in values if isinstance(v, Literal) and v.language == "en"]


def mapping_triples(g):
    return [(s, p, o) for p in MAPPING_PROPERTIES for s, o in g.subject_objects(p)]


def justifications(g):
    """(source, property, target) -> list of annotation axiom nodes."""
    index = defaultdict(list)
    for ax in g.subjects(RDF.type, OWL.Axiom):
        key = (g.value(ax, OWL.annotatedSource), g.value(ax, OWL.annotatedProperty),
               g.value(ax, OWL.annotatedTarget))
        index[key].append(ax)
    return index


# ----------------------------------------------------------------------------------------------
# Checks: each returns a list of human-readable problems (empty = fine)

def check_definitions(g):
    """Exactly one definition@en per concept; not circular (does not contain the concept's own
    prefLabel, which is how 'X integration is integration that is X' shows up)."""
    problems = []
    for c in concepts(g):
        defs = en(g.objects(c, SKOS.definition))
        if len(defs) != 1:
            problems.append(f"{c} has {len(defs)} definition@en")
            continue
        for label in en(g.objects(c, SKOS.prefLabel)):
            if len(str(label).split()) > 1 and str(label).lower() in str(defs[0]).lower():
                problems.append(f"{c}: definition repeats its own prefLabel {str(label)!r}")
    return problems


def check_definitions_unique(g):
    """Across the whole ontology, TBox included."""
    counts = Counter(str(d).strip().lower() for d in g.objects(None, SKOS.definition))
    return [f"definition used {n} times: {d[:80]!r}" for d, n in counts.items() if n > 1]


def check_mapping_justifications(g):
    problems = []
    index = justifications(g)
    for s, p, o in mapping_triples(g):
        axioms = index.get((s, p, o), [])
        if len(axioms) != 1:
            problems.append(f"{len(axioms)} justification axioms for {s} {p} {o}")
            continue
        ax = axioms[0]
        if g.value(ax, SSSOM.mapping_justification) is None:
            problems.append(f"no sssom:mapping_justification for {s} {p} {o}")
        confidence = g.value(ax, SSSOM.confidence)
        if confidence is None or confidence.datatype != XSD.double or not 0 < float(confidence) <= 1:
            problems.append(f"bad sssom:confidence {confidence!r} for {s} {p} {o}")
        if not en(g.objects(ax, RDFS.comment)):
            problems.append(f"no rdfs:comment@en for {s} {p} {o}")
        if g.value(ax, DCTERMS.source) is None:
            problems.append(f"no dcterms:source for {s} {p} {o}")
    # and no axiom left annotating a mapping that is not asserted
    asserted = set(mapping_triples(g))
    for key in index:
        if key[1] in MAPPING_PROPERTIES and key not in asserted:
            problems.append(f"justification for an unasserted mapping: {key}")
    return problems


def check_top_concepts(g):
    problems = []
    for sch in schemes(g):
        tops = set(g.objects(sch, SKOS.hasTopConcept))
        if not tops:
            problems.append(f"scheme {sch} has no top concept")
        back = set(g.subjects(SKOS.topConceptOf, sch))
        if tops != back:
            problems.append(f"scheme {sch}: hasTopConcept and topConceptOf disagree on {tops ^ back}")
    for c in concepts(g):
        for sch in g.objects(c, SKOS.topConceptOf):
            if (c, SKOS.inScheme, sch) not in g:
                problems.append(f"{c} is top concept of {sch} but not in it")
            if (c, SKOS.broader, None) in g:
                problems.append(f"top concept {c} has a broader concept")
    return problems


def check_path_to_top(g):
    """Following skos:broader from any concept reaches a top concept of its own scheme, without cycles."""
    problems = []
    for c in concepts(g):
        sch = scheme_of(g, c)
        seen, frontier, reached = set(), [c], False
        while frontier:
            node = frontier.pop()
            if node in seen:
                continue
            seen.add(node)
            if sch is not None and (node, SKOS.topConceptOf, sch) in g:
                reached = True
            frontier.extend(g.objects(node, SKOS.broader))
        if not reached:
            problems.append(f"{c} has no broader-path to a top concept of its scheme")
        if c in {x for n in seen for x in g.objects(n, SKOS.broader)}:
            problems.append(f"{c} is on a skos:broader cycle")
    return problems


def check_sources(g):
    return [f"{c} has no dcterms:source" for c in concepts(g) if g.value(c, DCTERMS.source) is None]


def check_scheme_metadata(g):
    problems = []
    for sch in schemes(g):
        for prop in (RDFS.label, DCTERMS.title, SKOS.definition):
            if len(en(g.objects(sch, prop))) != 1:
                problems.append(f"scheme {sch} needs exactly one {prop}@en")
        for prop in (DCTERMS.source, DCTERMS.creator):
            if g.value(sch, prop) is None:
                problems.append(f"scheme {sch} has no {prop}")
    return problems


def check_iris(g):
    """Scheme IRIs https://w3id.org/ickg/scheme/<id>; concepts <scheme IRI>/<name>."""
    problems = []
    for c in concepts(g):
        sch = scheme_of(g, c)
        if sch is not None and not str(c).startswith(str(sch) + "/"):
            problems.append(f"{c} is not under its scheme IRI {sch}")
    for sch in schemes(g):
        if not str(sch).startswith(SCHEME) or str(sch).endswith("/"):
            problems.append(f"bad scheme IRI {sch}")
    return problems


def check_at_level(g):
    """ickg:atLevel only from an integration type (its domain, so HermiT cannot be pushed into
    typing a concept as a program or mechanism) and only to an integration level."""
    problems = []
    for s, o in g.subject_objects(ICKG.atLevel):
        if s in concepts(g) and (s, RDF.type, ICKG.IntegrationType) not in g:
            problems.append(f"{s} has ickg:atLevel but is not an ickg:IntegrationType")
        if (o, RDF.type, ICKG.IntegrationLevel) not in g:
            problems.append(f"{s} ickg:atLevel {o}, which is not an ickg:IntegrationLevel")
    return problems


# The SKOS rules SPARQL states (one scheme per concept, prefLabels, broader within a scheme,
# mappings across schemes only, no owl:equivalentClass between concepts) are queries/qc checks,
# run once by `ickg qc` (tests/test_ontology_quality.py). These are the ones no qc query states.
ALL_CHECKS = [check_definitions, check_definitions_unique, check_mapping_justifications,
              check_top_concepts, check_path_to_top, check_sources, check_scheme_metadata, check_iris,
              check_at_level]


# ----------------------------------------------------------------------------------------------
# The real files pass every check

@pytest.mark.parametrize("check", ALL_CHECKS, ids=lambda f: f.__name__)
def test_check_passes(graph, check):
    problems = check(graph)
    assert not problems, "\n".join(problems)


def test_there_are_concepts_and_mappings(graph):
    assert len(concepts(graph)) > 50
    assert len(mapping_triples(graph)) > 30


def test_all_schemes_present(graph):
    assert {URIRef(SCHEME + i) for i in SCHEME_IDS} <= schemes(graph)


def test_no_ontology_header_outside_the_tbox():
    for path in (CONCEPTS, MAPPINGS):
        assert not list(load(path).subjects(RDF.type, OWL.Ontology)), path.name


def test_only_skos_mapping_properties_between_schemes():
    """The mappings file holds mapping triples, annotation axioms and declarations, nothing else."""
    g = load(MAPPINGS)
    allowed = set(MAPPING_PROPERTIES) | {RDF.type, OWL.annotatedSource, OWL.annotatedProperty,
                                         OWL.annotatedTarget, SSSOM.mapping_justification,
                                         SSSOM.confidence, RDFS.comment, DCTERMS.source}
    assert {p for p in g.predicates()} <= allowed
    assert not list(g.subject_objects(OWL.equivalentClass))


def test_gken_clinical_integration_is_micro(graph):
    gken_clinical = URIRef(SCHEME + "gken/clinical-integration")
    assert (gken_clinical, ICKG.atLevel, URIRef(SCHEME + "level/micro")) in graph
    assert (gken_clinical, RDF.type, ICKG.IntegrationType) in graph


def test_scheme_iris_used_by_the_tbox_exist(graph):
    """Every scheme IRI that ickg-edit.ttl mentions is a concept defined in ickg-concepts.ttl."""
    tbox, defined = load(TBOX), load(CONCEPTS)
    used = {t for triple in tbox for t in triple if isinstance(t, URIRef) and str(t).startswith(SCHEME)}
    assert URIRef(SCHEME + "gken/clinical-integration") in used
    assert URIRef(SCHEME + "kodner/service-delivery") in used
    for iri in used:
        assert (iri, RDF.type, SKOS.Concept) in defined, iri
        assert scheme_of(defined, iri) is not None, iri


def test_case_management_axiom_agrees_with_the_kodner_scheme(graph):
    """ickg:CaseManagement supports the Kodner domain its concept sits under (service delivery), not
    the clinical one: the class axiom and the scheme must say the same thing."""
    tbox = load(TBOX)
    supported = set()
    for restriction in tbox.objects(ICKG.CaseManagement, RDFS.subClassOf):
        if (restriction, OWL.onProperty, ICKG.supportsIntegrationType) in tbox:
            supported.update(tbox.objects(restriction, OWL.hasValue))
    kodner = {c for c in supported if str(c).startswith(SCHEME + "kodner/")}
    assert kodner == {URIRef(SCHEME + "kodner/service-delivery")}
    assert (URIRef(SCHEME + "kodner/case-management"), SKOS.broader, URIRef(SCHEME + "kodner/service-delivery")) in graph


def test_typing(graph):
    for name in ("micro", "meso", "macro"):
        assert (URIRef(SCHEME + "level/" + name), RDF.type, ICKG.IntegrationLevel) in graph
    for name in ("hedged", "aspirational", "preliminary"):
        iri = URIRef(SCHEME + "qualifier/" + name)
        assert (iri, RDF.type, ICKG.ClaimQualifier) in graph
        assert en(graph.objects(iri, SKOS.altLabel)), f"{name} needs cue words"
    for name in ("linkage", "coordination", "full-integration"):
        iri = URIRef(SCHEME + "leutz/" + name)
        assert (iri, RDF.type, ICKG.IntegrationDegree) in graph
        assert (iri, RDF.type, ICKG.IntegrationType) not in graph


def test_functional_false_friend_is_not_a_strong_match(graph):
    gken_functional = URIRef(SCHEME + "gken/functional-integration")
    for other in (URIRef(SCHEME + "rainbow/functional-integration"), URIRef(SCHEME + "fulop/functional")):
        for p in (SKOS.exactMatch, SKOS.closeMatch, SKOS.broadMatch, SKOS.narrowMatch):
            assert (gken_functional, p, other) not in graph and (other, p, gken_functional) not in graph


def test_every_seed_concept_is_mapped(graph):
    mapped = {s for s, _, _ in mapping_triples(graph)} | {o for _, _, o in mapping_triples(graph)}
    for seed in ("gken", "policy-paper"):
        for c in graph.subjects(SKOS.inScheme, URIRef(SCHEME + seed)):
            assert c in mapped, c


# ----------------------------------------------------------------------------------------------
# The checks can fail: broken copies built in memory are caught

GKEN = Namespace(SCHEME + "gken/")
RAINBOW = Namespace(SCHEME + "rainbow/")


def break_unjustified_mapping(g):
    g.add((GKEN["professional-integration"], SKOS.closeMatch, RAINBOW["normative-integration"]))


def break_comment_removed(g):
    ax = next(iter(g.subjects(RDF.type, OWL.Axiom)))
    g.remove((ax, RDFS.comment, None))


def break_duplicate_definition(g):
    g.set((RAINBOW["normative-integration"], SKOS.definition,
           g.value(GKEN["clinical-integration"], SKOS.definition)))


def break_orphan(g):
    orphan = URIRef(SCHEME + "gken/orphan-integration")
    g.add((orphan, RDF.type, SKOS.Concept))
    g.add((orphan, SKOS.inScheme, URIRef(SCHEME + "gken")))
    g.add((orphan, SKOS.prefLabel, Literal("orphan integration", lang="en")))
    g.add((orphan, SKOS.definition, Literal("A concept that hangs from nothing.", lang="en")))
    g.add((orphan, DCTERMS.source, URIRef("https://example.org/")))


def break_circular_definition(g):
    g.set((RAINBOW["normative-integration"], SKOS.definition,
           Literal("Normative integration is integration that is normative.", lang="en")))


def break_scheme_without_top(g):
    sch = URIRef(SCHEME + "ccm")
    for top in list(g.objects(sch, SKOS.hasTopConcept)):
        g.remove((sch, SKOS.hasTopConcept, top))
        g.remove((top, SKOS.topConceptOf, sch))


def break_level_on_non_type(g):
    g.add((URIRef(SCHEME + "ccm/decision-support"), ICKG.atLevel, URIRef(SCHEME + "level/micro")))


BREAKAGES = [
    (break_unjustified_mapping, check_mapping_justifications),
    (break_comment_removed, check_mapping_justifications),
    (break_duplicate_definition, check_definitions_unique),
    (break_orphan, check_path_to_top),
    (break_circular_definition, check_definitions),
    (break_scheme_without_top, check_top_concepts),
    (break_level_on_non_type, check_at_level),
]


@pytest.mark.parametrize("breakage,check", BREAKAGES, ids=lambda f: f.__name__)
def test_check_catches_broken_copy(graph, breakage, check):
    assert not check(graph)
    broken = copy_of(graph)
    breakage(broken)
    assert check(broken), f"{check.__name__} missed {breakage.__name__}"

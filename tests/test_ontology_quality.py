"""The quality rules of DOMAIN.md section 4 hold on the real ontology (TBox + concept schemes + mappings).

Each rule SPARQL can state is a file in ``queries/qc/`` that must return zero rows; the rows it
does return are printed on failure. The rest (parsing, loading in owlready2, HermiT) is here.
``test_ontology_quality_can_fail.py`` shows that every one of these checks can fail.
"""

import pytest
from rdflib import Graph
from rdflib.namespace import OWL, RDF, VANN
from rdflib.plugins.sparql import prepareQuery

from ickg.namespaces import ICKG, ONTOLOGY_IRI
from ickg.pipeline.qc import format_rows, hermit_check, load_in_owlready, qc_queries, run_qc
from ickg.resources import ontology_files, ontology_graph

QC = qc_queries()


@pytest.fixture(scope="module")
def ontology():
    return ontology_graph()


@pytest.fixture(scope="module")
def hermit(ontology):
    return hermit_check(ontology)


# --- the qc files themselves ---------------------------------------------------------------


def test_qc_queries_are_packaged():
    # Read through ickg.resources.query_files(), i.e. as installed; one file per rule family.
    assert len(QC) >= 25, sorted(QC)


@pytest.mark.parametrize("name", sorted(QC))
def test_qc_query_shape(name):
    query = QC[name]
    assert name.startswith("qc-"), name
    assert query.description.endswith("."), f"{name}: description should be one sentence"
    prepared = prepareQuery(query.text)
    assert [str(v) for v in prepared.algebra["PV"]] == ["entity", "property", "value"], name


# --- the rules, as queries ----------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(QC))
def test_qc_rule_holds(ontology, name):
    rows = run_qc(ontology, names=[name])[name]
    assert rows == [], f"{name}: {QC[name].description}\n{format_rows(rows)}"


# --- the rules SPARQL cannot state --------------------------------------------------------


@pytest.mark.parametrize("path", ontology_files(), ids=lambda p: p.name)
def test_ontology_file_parses_in_rdflib(path):
    graph = Graph().parse(data=path.read_text(encoding="utf-8"), format="turtle")
    assert len(graph) > 0


def test_ontology_is_the_edit_file_plus_concepts_and_mappings():
    assert [p.name for p in ontology_files()][0] == "ickg-edit.ttl"


def test_ontology_header_matches_the_code(ontology):
    # The IRI the code mints under (ickg.namespaces) is the one the ontology declares.
    assert list(ontology.subjects(RDF.type, OWL.Ontology)) == [ONTOLOGY_IRI]
    assert str(ontology.value(ONTOLOGY_IRI, VANN.preferredNamespaceUri)) == str(ICKG)


def test_ontology_loads_in_owlready2(ontology, tmp_path):
    world, onto = load_in_owlready(ontology, tmp_path)
    assert world[str(ICKG.Program)] is not None
    assert world[str(ICKG.locatedIn)] is not None
    assert onto.loaded


@pytest.mark.java
def test_hermit_finds_the_ontology_consistent(hermit):
    assert hermit.consistent, hermit.message


@pytest.mark.java
def test_hermit_finds_no_unsatisfiable_class(hermit):
    assert hermit.unsatisfiable == []


def test_queries_readme_lists_every_check_with_its_description():
    from ickg.resources import queries_dir

    readme = (queries_dir() / "README.md").read_text(encoding="utf-8")
    missing = [n for n, q in QC.items() if f"| `{n}.rq` | {q.description} |" not in readme]
    assert missing == [], "queries/README.md is out of date for: " + ", ".join(missing)

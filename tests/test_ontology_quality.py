"""The quality rules of docs/domain.md §4 hold on the real ontology (TBox + concept schemes + mappings).

Each rule SPARQL can state is a file in ``queries/qc/`` that must return zero rows; HermiT must
find the ontology consistent with no unsatisfiable class. Both are run once, by ``ickg qc`` (the
``qc_report`` fixture), and each check is a test here; the rows a check returns are printed on
failure. Parsing and loading in owlready2 are here too. ``test_ontology_quality_can_fail.py``
shows that every one of these checks can fail.
"""

import pytest
from rdflib import Graph
from rdflib.namespace import OWL, RDF, VANN
from rdflib.plugins.sparql import prepareQuery

from ickg.namespaces import ICKG, ONTOLOGY_IRI
from ickg.validate.qc import HERMIT_CHECK, format_rows, load_in_owlready, qc_queries
from ickg.resources import ontology_files, ontology_graph

QC = qc_queries()


@pytest.fixture(scope="module")
def ontology():
    return ontology_graph()


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
def test_qc_rule_holds(qc_report, name):
    rows = qc_report[name]["rows"]
    assert rows == [], f"{name}: {QC[name].description}\n{format_rows(rows)}"


def test_ickg_qc_runs_every_check_and_hermit(qc_report):
    assert set(qc_report) == set(QC) | {HERMIT_CHECK}


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
def test_hermit_finds_the_ontology_consistent_with_no_unsatisfiable_class(qc_report):
    hermit = qc_report[HERMIT_CHECK]
    assert hermit["skipped"] is None, hermit["skipped"]
    assert hermit["rows"] == [], format_rows(hermit["rows"])


def test_queries_readme_lists_every_check_with_its_description():
    from ickg.resources import queries_dir

    readme = (queries_dir() / "README.md").read_text(encoding="utf-8")
    missing = [n for n, q in QC.items() if f"| `{n}.rq` | {q.description} |" not in readme]
    assert missing == [], "queries/README.md is out of date for: " + ", ".join(missing)

"""The 15 competency questions, answered from the graph built in-process from the corpus.

The graph is what `ickg build` puts in the store before reasoning: extraction (publications,
journals, persons, jurisdictions) + curation (everything else) + the ontology, loaded into an
in-memory pyoxigraph store and queried over the union default graph. Each expected answer below
is written from the documents themselves, not from the graph.
"""

import warnings
from pathlib import Path

import pyoxigraph as ox
import pytest

from ickg.namespaces import ONTOLOGY_GRAPH
from ickg.pipeline.curate import curate_corpus
from ickg.pipeline.extract import extract
from ickg.pipeline.populate import record_quads
from ickg.resources import ontology_graph, query_files

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "graph_data" / "corpus"
CURATION = ROOT / "graph_data" / "curation"
ID = "https://w3id.org/ickg/id/"


@pytest.fixture(scope="module")
def store():
    dataset = curate_corpus(CURATION, CORPUS)
    for path in sorted(CORPUS.glob("*.txt")):
        for quad in record_quads(extract(path)):
            dataset.add(quad)
    for triple in ontology_graph():
        dataset.add((*triple, ONTOLOGY_GRAPH))
    with warnings.catch_warnings():  # rdflib's own N-Quads serializer calls a deprecated method
        warnings.simplefilter("ignore", DeprecationWarning)
        data = dataset.serialize(format="nquads", encoding="utf-8")
    store = ox.Store()
    store.load(data, format=ox.RdfFormat.N_QUADS)
    return store


QUERIES = {name.split("-", 1)[0]: resource for name, resource in query_files() if name.startswith("cq")}


def run(store, cq):
    """Rows of competency query ``cq`` as dicts of plain strings (None for unbound)."""
    results = store.query(QUERIES[cq].read_text(encoding="utf-8"), use_default_graph_as_union=True)
    names = [v.value for v in results.variables]
    return [{n: (row[n].value if row[n] is not None else None) for n in names} for row in results]


def column(rows, name):
    return {row[name] for row in rows}


def test_there_are_fifteen_questions_each_with_its_header():
    assert sorted(QUERIES) == [f"cq{n:02d}" for n in range(1, 16)]
    for cq, resource in QUERIES.items():
        first = resource.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith(f"# CQ{int(cq[2:])}: ") and first.endswith("?"), first


def test_cq01_programs_in_ontario(store):
    assert column(run(store, "cq01"), "label") == {
        "Family Health Teams", "Local Health Integration Networks", "integrated funding models"}


def test_cq02_initiatives_in_quebec_with_year(store):
    rows = run(store, "cq02")
    assert {(r["label"], r["year"]) for r in rows} == {
        ("integrated centres for health and social services", "2005"),
        ("integrated university-based health care networks", None),
        ("Family Medicine Groups", None), ("network clinics", None)}


def test_cq03_initiatives_in_canada_through_provinces(store):
    rows = run(store, "cq03")
    assert {(r["label"], r["place"]) for r in rows} == {
        ("PRISMA", "Canada"),
        ("integrated centres for health and social services", "Quebec"),
        ("integrated university-based health care networks", "Quebec"),
        ("Family Medicine Groups", "Quebec"), ("network clinics", "Quebec"),
        ("Family Health Teams", "Ontario"), ("Local Health Integration Networks", "Ontario"),
        ("integrated funding models", "Ontario")}


def test_cq04_examples_outside_canada(store):
    rows = run(store, "cq04")
    assert {(r["label"], r["place"].removeprefix(ID)) for r in rows} == {
        ("Kaiser Permanente", "jurisdiction/united-states"),
        ("integrated health care delivery model", "jurisdiction/united-states"),
        ("Health Facility Integration", "jurisdiction/france"),
        ("Denmark", "jurisdiction/denmark")}


def test_cq05_prisma_components(store):
    rows = run(store, "cq05")
    assert {(r["label"], r["kind"]) for r in rows} == {
        ("Coordination between decision makers and managers at the regional and local levels", "governance arrangement"),
        ("Single point of entry to services and coordination", "single entry point"),
        ("Case management services", "case management"),
        ("Individual service plans", "care planning"),
        ("Single assessment instrument coupled with a case mix management system", "standardized assessment"),
        ("Computerized clinical chart", "shared information system")}


def test_cq06_funding_links(store):
    rows = run(store, "cq06")
    assert {(r["subjectLabel"], r["fundingLabel"]) for r in rows} == {
        ("Family Health Teams", "public funding for private delivery"),
        ("integrated funding models", "bundled care"),
        ("integrated funding models", "transferred funds"),
        ("Programs also require payer support for integrating care functions", "capitation-based budgets"),
        ("integrated health care delivery model", "financial structures")}


def test_cq07_ifm_challenges(store):
    assert column(run(store, "cq07"), "label") == {
        "difficulties securing physician buy-in", "integrating IT systems", "unanticipated disincentives",
        "stakeholder tension relating to the very purpose of integration",
        "the new funding model being at odds with existing ones",
        "different albeit overlapping stakeholder expectations of healthcare integration"}


def test_cq08_interviews_and_interviewees(store):
    rows = run(store, "cq08")
    assert column(rows, "sampleSize") == {"48"}
    assert column(rows, "perProgram") == {"6"}  # stated, not 48 / 6 programs
    assert column(rows, "intervieweeLabel") == {
        "funders", "regional authorities", "program leaders", "practitioners",  # corpus/001
        "organization leaders", "managers", "physicians", "integrated care coordinators"}  # corpus/004


def test_cq09_milbank_article(store):
    (row,) = run(store, "cq09")
    assert (row["year"], row["volume"], row["issue"], row["firstPage"], row["lastPage"], row["doi"]) == (
        "2018", "96", "4", "782", "813", "10.1111/1468-0009.12349")
    assert set(row["authors"].split("; ")) == {"Embuldeniya", "Kirst", "Walker", "Wodchis"}


def test_cq10_ijic_publications_include_the_abbreviated_record(store):
    rows = run(store, "cq10")
    assert {(r["title"], r["year"]) for r in rows} == {
        ("Divergent modes of integration: the Canadian way", "2011"),  # names the journal only as "Int J Integr Care"
        ("The Generation of Integration: The mechanisms and challenges of implementing healthcare "
         "integration across Ontario, Canada", "2017")}


def test_cq11_gken_types_and_clinical_level(store):
    rows = run(store, "cq11")
    assert {r["label"]: r["level"] for r in rows} == {
        "health care delivery integration": None, "health care system integration": None,
        "functional integration": None, "organizational integration": None,
        "professional integration": None, "clinical integration": "micro level"}


def test_cq12_denmark_board_and_responsibilities(store):
    rows = run(store, "cq12")
    assert {(r["jurisdictionLabel"], r["hedge"], r["structure"], r["member"], r["responsibleFor"]) for r in rows} == {
        ("Denmark", "likely", "health-coordination board", "region", "medical care"),
        ("Denmark", "likely", "health-coordination board", "municipalities", "social care")}


def test_cq13_policy_paper_recommendations(store):
    rows = run(store, "cq13")
    assert [(r["number"], r["addressee"]) for r in rows] == [("1", "Policy makers"), ("2", "Providers"), ("3", "payer")]
    advocated = {r["number"]: set(r["advocates"].split("; ")) for r in rows}
    assert advocated["3"] == {"capitation-based budgets", "shared electronic health information"}
    assert {"interdisciplinary and inter-organizational teams", "service integration",
            "engaging patients in care planning"} <= advocated["2"]


def test_cq14_kaiser_permanente_success_factors(store):
    rows = run(store, "cq14")
    assert {(r["label"], r["kind"]) for r in rows} == {
        ("team-based approach to care", "interdisciplinary team"),
        ("multi-specialty medical centers", "mechanism"),
        ("electronic health records", "shared information system"),
        ("financial structures", "funding model"),
        ("focus on primary care and disease management programs", "mechanism")}


def test_cq15_reasons_for_integration(store):
    assert column(run(store, "cq15"), "label") == {
        "Operational efficiencies related to economies of scale",
        "Clinical efficiencies to improve quality, safety and clinical health care improvements",
        "Strategic growth for providing certain expertise in the health care market",
        "Expanded mission such as addressing unmet needs of population",
        "Innovation opportunities to integrate recent research and technology improvements for the more "
        "efficient delivery of health care services",
        "address patients care needs"}

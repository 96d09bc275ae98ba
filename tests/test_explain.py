"""Explanations: rule and premises down to asserted triples and their evidence quotes, from a
store, on the command line and over HTTP; and over every inferred triple of the seed graph."""

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from ickg.explain.explanation import UnknownTerm, explain, parse_term, render_text
from ickg.namespaces import (ASSERTED_GRAPH, ICKG, ID, INFERRED_GRAPH, ONTOLOGY_GRAPH,
                             PROVENANCE_GRAPH, SCHEME)
from ickg.model.provenance import add_evidence
from ickg.reason.materialise import materialise
from ickg.terms import to_ox
from ickg.resources import ontology_dir

TEXT = ("The PRISMA model, in Quebec, relies on case management. "
        "Quebec is one of the provinces of Canada.")
PRISMA, QUEBEC, CANADA = ID["program/prisma"], ID["jurisdiction/quebec"], ID["jurisdiction/canada"]
CM, DOC = ID["mechanism/prisma-cm"], ID["document/test"]
def _span(quote):
    start = TEXT.index(quote)
    return start, start + len(quote)


FACTS = [
    ((PRISMA, RDF.type, ICKG.Program), *_span("PRISMA model")),
    ((PRISMA, ICKG.locatedIn, QUEBEC), *_span("PRISMA model, in Quebec")),
    ((PRISMA, ICKG.hasComponent, CM), *_span("PRISMA model, in Quebec, relies on case management")),
    ((CM, RDF.type, ICKG.CaseManagement), *_span("case management")),
    ((QUEBEC, ICKG.partOf, CANADA), *_span("Quebec is one of the provinces of Canada.")),
]


@pytest.fixture(scope="module")
def built():
    """Ontology TBox + five facts with evidence + the closure, in a pyoxigraph store."""
    onto = Graph().parse(data=(ontology_dir() / "ickg-edit.ttl").read_text(encoding="utf-8"),
                         format="turtle")
    asserted, prov = Graph(), Graph()
    prov.add((DOC, ICKG.fullText, Literal(TEXT)))  # the quotes are its text at their offsets
    for triple, start, end in FACTS:
        asserted.add(triple)
        add_evidence(prov, triple, DOC, TEXT, start, end)
    result = materialise(onto, asserted, crosswalk=None)
    store = ox.Store()
    for graph, name in ((onto, ONTOLOGY_GRAPH), (asserted, ASSERTED_GRAPH), (prov, PROVENANCE_GRAPH)):
        store.extend(ox.Quad(to_ox(s), to_ox(p), to_ox(o), ox.NamedNode(str(name))) for s, p, o in graph)
    result.write_to(store)
    dataset = Dataset()
    for q in store:
        from ickg.terms import from_ox
        dataset.graph(URIRef(q.graph_name.value)).add(
            (from_ox(q.subject), from_ox(q.predicate), from_ox(q.object)))
    return result, store, dataset


def _leaves(e):
    if e.get("see_above"):
        return []
    if e["status"] == "inferred":
        assert e["premises"], e
        return [leaf for p in e["premises"] for leaf in _leaves(p)]
    return [e]


def test_transitive_location_explained_down_to_quotes(built):
    _, store, _ = built
    e = explain(store, PRISMA, ICKG.locatedIn, CANADA)
    assert e["status"] == "inferred" and e["rule"]["id"] == "prp-trp"
    leaves = _leaves(e)
    asserted = {leaf["triple"]["text"]: leaf for leaf in leaves if leaf["status"] == "asserted"}
    assert set(asserted) == {"id:program/prisma ickg:locatedIn id:jurisdiction/quebec",
                             "id:jurisdiction/quebec ickg:partOf id:jurisdiction/canada"}
    [quote] = asserted["id:jurisdiction/quebec ickg:partOf id:jurisdiction/canada"]["evidence"]
    assert quote["exact"] == "Quebec is one of the provinces of Canada."
    assert (quote["start"], quote["end"], quote["source"]) == (56, 97, str(DOC))
    ontology = {leaf["triple"]["text"] for leaf in leaves if leaf["status"] == "ontology"}
    assert ontology == {"ickg:locatedIn rdf:type owl:TransitiveProperty",
                        "ickg:partOf rdfs:subPropertyOf ickg:locatedIn"}


def test_defined_class_membership_explained(built):
    _, store, _ = built
    e = explain(store, PRISMA, RDF.type, ICKG.ClinicalIntegrationProgram)
    assert e["status"] == "inferred"
    rules, stack = set(), [e]
    while stack:
        x = stack.pop()
        if "rule" in x:
            rules.add(x["rule"]["id"])
        stack.extend(x.get("premises", []))
    assert {"cls-int1", "cls-hv2", "prp-spo2", "cls-hv1"} <= rules
    quotes = {ev["exact"] for leaf in _leaves(e) for ev in leaf.get("evidence", [])}
    assert "case management" in quotes and "PRISMA model" in quotes
    text = render_text(e)
    assert "cls-int1" in text and '"case management"' in text
    assert "(ickg:practisesIntegrationType value scheme:gken/clinical-integration)" in text


def test_rdflib_dataset_gives_the_same_explanation(built):
    _, store, dataset = built
    assert explain(dataset, PRISMA, ICKG.locatedIn, CANADA) == explain(store, PRISMA, ICKG.locatedIn, CANADA)


def test_every_inferred_triple_explains_down_to_asserted_triples(built):
    result, store, _ = built
    assert result.inferred_triples
    for triple in result.inferred_triples:
        e = explain(store, *triple)
        assert e["status"] == "inferred", triple
        for leaf in _leaves(e):
            assert leaf["status"] in ("asserted", "ontology"), leaf
            if leaf["status"] == "asserted":
                assert leaf["evidence"], leaf


def test_asserted_and_absent_triples(built):
    _, store, _ = built
    e = explain(store, PRISMA, ICKG.locatedIn, QUEBEC)
    assert e["status"] == "asserted" and e["evidence"][0]["exact"] == "PRISMA model, in Quebec"
    e = explain(store, PRISMA, ICKG.locatedIn, ID["jurisdiction/france"])
    assert e["status"] == "absent"


def test_parse_term():
    assert parse_term("ickg:locatedIn") == ICKG.locatedIn
    assert parse_term("<http://example.org/x>") == URIRef("http://example.org/x")
    assert parse_term("https://w3id.org/ickg/id/program/prisma") == PRISMA
    assert parse_term("a") == RDF.type
    assert parse_term('"2005"^^<http://www.w3.org/2001/XMLSchema#integer>') == Literal(2005)
    assert parse_term('"care"@en') == Literal("care", lang="en")
    with pytest.raises(UnknownTerm):
        parse_term("nope:x")


# -- command line and HTTP over a real on-disk store ------------------------------------------------

@pytest.fixture(scope="module")
def data_dir(built, tmp_path_factory):
    from ickg.store import replace_local_store, store_dir
    _, store, _ = built
    folder = tmp_path_factory.mktemp("explain-data")
    replace_local_store(store_dir(folder), list(store))
    return folder


def test_cli_explain(data_dir):
    from ickg.cli import cli
    runner = CliRunner()
    out = runner.invoke(cli, ["explain", "--data-dir", str(data_dir), "id:program/prisma",
                              "ickg:locatedIn", "id:jurisdiction/canada"])
    assert out.exit_code == 0, out.output
    assert "[prp-trp]" in out.output and '"Quebec is one of the provinces of Canada."' in out.output
    assert "id:document/test [56:97]" in out.output
    out = runner.invoke(cli, ["explain", "--data-dir", str(data_dir), "--format", "json",
                              "id:program/prisma", "ickg:locatedIn", "id:jurisdiction/canada"])
    assert out.exit_code == 0 and '"prp-trp"' in out.output
    out = runner.invoke(cli, ["explain", "--data-dir", str(data_dir), "id:program/prisma",
                              "ickg:locatedIn", "id:jurisdiction/mars"])
    assert out.exit_code == 1 and "NOT IN THE GRAPH" in out.output
    out = runner.invoke(cli, ["explain", "--data-dir", str(data_dir), "x:y", "a", "id:z"])
    assert out.exit_code != 0 and "not an IRI or a known prefixed name" in out.output


@pytest.fixture
def explain_client(data_dir):
    from ickg.store import open_local, store_dir
    from ickg.web import create_app
    store = open_local(store_dir(data_dir), workers=1)
    app = create_app({"STORE": store, "TESTING": True})
    if "explain" not in app.blueprints:
        from ickg.web.explain import bp
        app.register_blueprint(bp)
    yield app.test_client()
    store.close()


def test_http_explain_json_and_html(explain_client):
    args = {"s": str(PRISMA), "p": str(ICKG.locatedIn), "o": str(CANADA)}
    r = explain_client.get("/explain", query_string=args, headers={"Accept": "application/json"})
    assert r.status_code == 200 and r.json["rule"]["id"] == "prp-trp"
    r = explain_client.get("/explain", query_string=args)
    html = r.get_data(as_text=True)
    assert r.status_code == 200 and r.mimetype == "text/html"
    assert "<mark>Quebec is one of the provinces of Canada.</mark>" in html and "prp-trp" in html
    r = explain_client.get("/explain", query_string={**args, "o": str(ID["jurisdiction/mars"]),
                                                     "format": "json"})
    assert r.status_code == 404 and r.json["status"] == "absent"
    r = explain_client.get("/explain", query_string={"s": str(PRISMA), "format": "json"})
    assert r.status_code == 400 and "missing" in r.json["error"]


# -- the seed graph ---------------------------------------------------------------------------------

def test_every_inferred_triple_of_the_seed_graph_is_explained(seed_store):
    from ickg.terms import from_ox
    inferred = [tuple(from_ox(x) for x in (q.subject, q.predicate, q.object))
                for q in seed_store.quads_for_pattern(None, None, None, ox.NamedNode(str(INFERRED_GRAPH)))]
    assert len(inferred) > 100
    for triple in inferred:
        e = explain(seed_store, *triple)
        assert e["status"] == "inferred", (triple, e.get("note"))
        for leaf in _leaves(e):
            assert leaf["status"] in ("asserted", "ontology", "axiom"), (triple, leaf)
            if leaf["status"] == "asserted":  # every asserted premise shows its source, whatever its kind
                assert leaf.get("evidence") or leaf.get("sources"), (triple, leaf)


def test_a_gazetteer_fact_shows_the_gazetteer_and_its_reference(seed_store):
    e = explain(seed_store, CANADA, ICKG.partOf, ID["jurisdiction/north-america"])
    assert e["status"] == "asserted" and not e["evidence"]
    (source,) = e["sources"]
    assert (source["kind"], source["label"], source["reference"]) == (
        "reference", "ickg gazetteer of jurisdictions", "https://www.wikidata.org/")
    text = render_text(e)
    assert "source: ickg gazetteer of jurisdictions (reference: https://www.wikidata.org/)" in text
    assert "no source found" not in text


def test_a_curators_decision_shows_its_reason_beside_the_quote(seed_store):
    e = explain(seed_store, PRISMA, ICKG.hasIntegrationDegree, SCHEME["leutz/coordination"])
    assert e["status"] == "asserted" and e["evidence"]
    (decision,) = e["sources"]
    assert decision["kind"] == "decision" and "Leutz's coordination" in decision["reason"]
    assert decision["label"].startswith("curator's decision (003_2e7f07f9be8b457e.txt, line ")
    assert "Leutz's coordination" in render_text(e)


def test_a_crosswalked_triple_carries_its_hedge_and_the_mapping_confidence(seed_store):
    denmark = ID["jurisdiction/denmark"]
    e = explain(seed_store, denmark, ICKG.exemplifies, SCHEME["fulop/systemic"])
    assert e["status"] == "inferred" and e["rule"]["id"] == "ickg-crosswalk"
    assert (e["qualifier"], e["hedge"]) == (str(SCHEME["qualifier/hedged"]), "likely")
    assert 0 < e["confidence"] < 1
    (premise,) = [p for p in e["premises"] if p["status"] == "asserted"]
    assert premise["evidence"][0]["hedge"] == "likely"
    assert 'carries the claim qualifier scheme:qualifier/hedged ("likely")' in render_text(e)


def test_the_why_page_shows_a_non_document_source(seed_store):
    from ickg.web import create_app

    client = create_app({"STORE": seed_store, "TESTING": True}).test_client()
    args = {"s": str(CANADA), "p": str(ICKG.partOf), "o": str(ID["jurisdiction/north-america"])}
    html = client.get("/explain", query_string=args).get_data(as_text=True)
    assert "ickg gazetteer of jurisdictions" in html and "No source found" not in html
    args = {"s": str(ID["jurisdiction/denmark"]), "p": str(ICKG.exemplifies), "o": str(SCHEME["fulop/systemic"])}
    html = client.get("/explain", query_string=args).get_data(as_text=True)
    assert "Carries the claim qualifier" in html and "“likely”" in html and "Rests on a mapping of confidence" in html


def test_a_resource_page_links_a_fact_without_quote_to_its_source(seed_store):
    """Canada's page: "part of North America" comes from the gazetteer, not a quote; the page links
    it to the why? page, which names the gazetteer."""
    import html as html_module
    import re

    from ickg.web import create_app

    client = create_app({"STORE": seed_store, "TESTING": True}).test_client()
    page = client.get("/id/jurisdiction/canada", headers={"Accept": "text/html"}).get_data(as_text=True)
    links = [html_module.unescape(h) for h in re.findall(r'<a class="why" href="([^"]+)"[^>]*>source</a>', page)]
    north_america = [h for h in links if "north-america" in h]
    assert north_america, links
    why = client.get(north_america[0]).get_data(as_text=True)
    assert "ickg gazetteer of jurisdictions" in why

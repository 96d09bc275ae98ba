"""The linked-data viewer on the seed graph: dereferencing in every format, the pages and what
they must show (evidence, inferences, highlights), escaping, errors, CSV and SVG.

Most requests go over HTTP to the real waitress server (``seed_server``); the test that visits
every minted IRI uses the Flask test client over an in-memory copy of the same graph, which
answers in the calling thread and keeps that test within seconds.
"""

import csv
import io
import re
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET

import pytest
import rdflib
import rdflib.collection
import rdflib.compare
from rdflib import Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from ickg.namespaces import BASE, ICKG
from ickg.store import open_memory
from ickg.web import create_app
from seed_graph import HOSTILE_IRI, HOSTILE_LABEL

PRISMA = BASE + "id/program/prisma"
DOC_003 = BASE + "id/document/003_2e7f07f9be8b457e"
GKEN_CLINICAL = BASE + "scheme/gken/clinical-integration"

RDF_FORMATS = {
    "text/turtle": ("ttl", "turtle"),
    "application/ld+json": ("jsonld", "json-ld"),
    "application/n-triples": ("nt", "nt"),
    "application/rdf+xml": ("rdf", "xml"),
}


def get(server, path, accept=None, **headers):
    """(status, headers, body text) of a GET over HTTP; errors are answers too."""
    if accept:
        headers["Accept"] = accept
    request = urllib.request.Request(server.url + path, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.headers, response.read().decode("utf-8")
    except urllib.error.HTTPError as err:
        return err.code, err.headers, err.read().decode("utf-8")


def local(iri):
    return "/" + iri[len(BASE):]


def parse(body, rdflib_format, base=None):
    graph = rdflib.Graph()
    graph.parse(data=body, format=rdflib_format, publicID=base)
    return graph


# ---------------------------------------------------------------------------------------------
# Dereferencing


@pytest.mark.parametrize("media_type", list(RDF_FORMATS))
def test_program_iri_negotiates_every_rdf_format(seed_server, media_type):
    ext, rdflib_format = RDF_FORMATS[media_type]
    status, headers, body = get(seed_server, local(PRISMA), accept=media_type)
    assert status == 200
    assert headers["Content-Type"].startswith(media_type)
    assert "Accept" in headers["Vary"]
    assert headers["Content-Location"].endswith(f"/id/program/prisma.{ext}")
    links = headers["Link"]
    for other, (other_ext, _) in RDF_FORMATS.items():
        if other != media_type:
            assert f'</id/program/prisma.{other_ext}>; rel="alternate"; type="{other}"' in links
    assert 'type="text/html"' in links
    graph = parse(body, rdflib_format)
    prisma = URIRef(PRISMA)
    assert (prisma, RDFS.label, Literal("PRISMA", lang="en")) in graph or (prisma, RDFS.label, Literal("PRISMA")) in graph
    components = set(graph.objects(prisma, ICKG.hasComponent))
    assert URIRef(BASE + "id/mechanism/prisma-case-management") in components
    assert len(components) == 6


@pytest.mark.parametrize("ext", ["ttl", "jsonld", "nt", "rdf"])
def test_suffix_and_format_parameter_give_the_same_graph(seed_server, ext):
    media_type = next(m for m, (e, _) in RDF_FORMATS.items() if e == ext)
    rdflib_format = RDF_FORMATS[media_type][1]
    status, headers, by_suffix = get(seed_server, local(PRISMA) + "." + ext)
    assert status == 200 and headers["Content-Type"].startswith(media_type)
    status, _, by_param = get(seed_server, local(PRISMA) + "?format=" + ext, accept="text/html")
    assert status == 200
    status, _, by_resource = get(seed_server, "/resource?" + urllib.parse.urlencode({"iri": PRISMA, "format": ext}))
    assert status == 200
    graphs = [parse(b, rdflib_format) for b in (by_suffix, by_param, by_resource)]
    assert len(graphs[0]) > 20
    assert rdflib.compare.isomorphic(graphs[0], graphs[1])
    assert rdflib.compare.isomorphic(graphs[0], graphs[2])


def test_browsers_get_html_and_star_gets_html(seed_server):
    for accept in ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "*/*", None):
        status, headers, body = get(seed_server, local(PRISMA), accept=accept)
        assert status == 200
        assert headers["Content-Type"].startswith("text/html")
        assert headers["Vary"] == "Accept"
        assert "<h1>PRISMA</h1>" in body
        assert '<link rel="alternate" type="text/turtle" href="/id/program/prisma.ttl">' in body


def test_unknown_format_is_406(seed_server):
    status, headers, body = get(seed_server, local(PRISMA), accept="image/png")
    assert status == 406
    assert "text/turtle" in body


@pytest.mark.parametrize("iri,expected", [
    (BASE + "ontology/Program", (URIRef(BASE + "ontology/Program"), RDF.type, OWL.Class)),
    (GKEN_CLINICAL, (URIRef(GKEN_CLINICAL), SKOS.inScheme, URIRef(BASE + "scheme/gken"))),
    (BASE + "scheme/gken", (URIRef(BASE + "scheme/gken"), RDF.type, SKOS.ConceptScheme)),
    (DOC_003, (URIRef(DOC_003), RDF.type, ICKG.SourceDocument)),
    (BASE + "graph/asserted", (URIRef(BASE + "graph/asserted"), RDF.type, URIRef("http://rdfs.org/ns/void#Dataset"))),
    (BASE + "ontology", (URIRef(BASE + "ontology"), RDF.type, OWL.Ontology)),
])
def test_each_kind_of_minted_iri_dereferences(seed_server, iri, expected):
    for media_type, (_, rdflib_format) in RDF_FORMATS.items():
        status, headers, body = get(seed_server, local(iri), accept=media_type)
        assert status == 200, (iri, media_type)
        assert expected in parse(body, rdflib_format), (iri, media_type)
    status, headers, body = get(seed_server, local(iri), accept="text/html")
    assert status == 200 and "<h1>" in body


def test_a_description_reaches_the_end_of_a_blank_node_list(seed_server):
    # locatedIn's domain is a union of four classes: a blank node, its list, three rests below it
    status, _, body = get(seed_server, "/ontology/locatedIn", accept="text/turtle")
    assert status == 200
    graph = parse(body, "turtle")
    domain = graph.value(URIRef(BASE + "ontology/locatedIn"), RDFS.domain)
    assert isinstance(domain, rdflib.BNode)
    members = list(rdflib.collection.Collection(graph, graph.value(domain, OWL.unionOf)))
    assert members == [ICKG.Program, URIRef("http://www.w3.org/ns/org#Organization"), ICKG.TargetPopulation,
                       ICKG.Jurisdiction]


@pytest.mark.parametrize("iri", [PRISMA, BASE + "ontology/locatedIn", BASE + "ontology/Program"])
def test_a_description_is_the_whole_concise_bounded_description(seed_server, seed_store, iri):
    # a resource with no blank node is described by the first branch of the CBD query alone
    from ickg.web.queries import CBD_DEPTH, cbd_query
    full = seed_store.query(cbd_query(f"<{iri}>", CBD_DEPTH), fmt="ntriples")
    status, _, body = get(seed_server, local(iri), accept="application/n-triples")
    assert status == 200
    described = parse(body, "nt")
    expected = rdflib.Graph().parse(data=full.body.decode("utf-8"), format="nt")
    assert len(expected) > 5
    assert rdflib.compare.isomorphic(expected, described - _pointing_at(described, iri))


def _pointing_at(graph, iri):
    """The triples of ``graph`` whose object is ``iri`` and subject another resource (a description
    adds them after the CBD)."""
    out = rdflib.Graph()
    for triple in graph.triples((None, None, URIRef(iri))):
        if triple[0] != URIRef(iri):
            out.add(triple)
    return out


class _Uncacheable:
    """The seed store as a remote store looks to the viewer: answers not to be kept across
    requests (``cacheable`` False); counts each query it is sent."""
    cacheable = False

    def __init__(self, store):
        self.store, self.sent = store, []

    def __getattr__(self, name):
        return getattr(self.store, name)

    def query(self, text, **options):
        self.sent.append((text, options.get("infer", True)))
        return self.store.query(text, **options)


@pytest.mark.parametrize("path", ["/ontology/Program", "/id/document/003_2e7f07f9be8b457e?quote=5399-5424"])
def test_a_page_on_a_store_that_forbids_keeping_answers_asks_each_query_once(seed_store, path):
    store = _Uncacheable(seed_store)
    client = create_app({"STORE": store, "TESTING": True}).test_client()
    assert client.get(path).status_code == 200
    first = list(store.sent)
    assert first and len(first) == len(set(first))
    assert client.get(path).status_code == 200  # nothing kept for the next request
    assert store.sent[len(first):] == first


def test_external_iri_through_resource_parameter(seed_server):
    status, headers, body = get(seed_server, "/resource?" + urllib.parse.urlencode({"iri": str(SKOS.Concept)}))
    assert status == 200 and headers["Vary"] == "Accept"
    assert "Referred to by" in body
    status, _, body = get(seed_server, "/resource?" + urllib.parse.urlencode({"iri": str(SKOS.Concept)}),
                          accept="text/turtle")
    assert status == 200
    graph = parse(body, "turtle")
    assert (URIRef(GKEN_CLINICAL), RDF.type, SKOS.Concept) in graph


def test_unknown_iri_is_a_friendly_404(seed_server):
    status, headers, body = get(seed_server, "/id/program/no-such-program", accept="text/html")
    assert status == 404
    assert "Nothing known about this IRI" in body and 'href="/search"' in body
    assert "https://w3id.org/ickg/id/program/no-such-program" in body
    status, _, body = get(seed_server, "/id/program/no-such-program", accept="text/turtle")
    assert status == 404 and "no statement" in body
    status, headers, body = get(seed_server, "/no/such/page", accept="text/html")
    assert status == 404 and headers["Content-Type"].startswith("text/html")
    assert "Page not found" in body and "<h1>" in body
    status, _, body = get(seed_server, "/resource?iri=not%20an%20iri", accept="text/html")
    assert status == 400 and "Not an IRI" in body


@pytest.fixture(scope="module")
def memory_client(seed_dataset):
    store = open_memory(seed_dataset)
    return create_app({"STORE": store, "TESTING": True}).test_client()


def test_every_minted_iri_dereferences(memory_client):
    """Every IRI under https://w3id.org/ickg/ the graph uses answers 200 with N-Triples about it."""
    query = f"""SELECT DISTINCT ?x WHERE {{ {{ ?x ?p ?o }} UNION {{ ?s ?p ?x }} UNION {{ ?s ?x ?o }}
      FILTER(isIRI(?x) && STRSTARTS(STR(?x), "{BASE}")) }}"""
    response = memory_client.get("/sparql", query_string={"query": query}, headers={"Accept": "text/tab-separated-values"})
    iris = [line.strip()[1:-1] for line in response.get_data(as_text=True).splitlines()[1:] if line.strip()]
    assert len(iris) > 1000
    failures = []
    for iri in iris:
        path = local(iri)
        r = memory_client.get(path, headers={"Accept": "application/n-triples"})
        body = r.get_data(as_text=True)
        if r.status_code != 200 or f"<{iri}>" not in body:
            failures.append((iri, r.status_code))
    assert failures == []


# ---------------------------------------------------------------------------------------------
# Pages


def test_home_shows_counts_documents_and_entry_points(seed_server):
    status, _, body = get(seed_server, "/", accept="text/html")
    assert status == 200
    assert re.search(r'<span class="n">\d+</span><span class="what">Programs</span>', body)
    assert 'href="/id/program/prisma"' in body
    assert 'href="/id/document/003_2e7f07f9be8b457e"' in body
    assert 'href="/compare"' in body and 'href="/ontology"' in body and 'href="/sparql"' in body


def test_program_page_lists_components_with_evidence(seed_server):
    status, _, body = get(seed_server, "/id/program/prisma", accept="text/html")
    assert status == 200
    components = body.split(">Components<", 1)[1].split("</tr>", 1)[0]
    assert 'href="/id/mechanism/prisma-case-management"' in components
    assert "<mark>Case management services;</mark>" in components
    assert "<mark>The components that have made this model of care successful thus far include:</mark>" in components
    # each quote links to its place in the document
    assert re.search(r'href="/id/document/003_2e7f07f9be8b457e\?quote=\d+-\d+#c\d+"', components)
    location = body.split(">Location<", 1)[1].split("</tr>", 1)[0]
    assert 'href="/id/jurisdiction/canada"' in location


def test_inferred_statements_are_marked_with_a_why_link(seed_server):
    status, _, body = get(seed_server, "/id/program/prisma", accept="text/html")
    inferred = re.findall(r'<li class="value inferred">.*?</li>', body, flags=re.S)
    assert inferred, "PRISMA has inferred statements (its location's continent, inverse links)"
    assert all('class="badge inferred"' in li and 'href="/explain?s=' in li for li in inferred)
    assert any("North America" in li for li in inferred)
    # asserted values are not marked
    asserted = body.split(">Components<", 1)[1].split("</tr>", 1)[0]
    assert "prisma-case-management" in asserted and "value inferred" not in asserted.split("prisma-case-management")[0][-200:]


def test_document_page_highlights_the_quote_of_a_component(seed_server):
    status, _, body = get(seed_server, "/id/program/prisma", accept="text/html")
    link = re.search(r'href="(/id/document/003_2e7f07f9be8b457e\?quote=(\d+)-(\d+)#c\d+)"[^>]*>[^<]*</a>\s*'
                     r'(?:<span[^>]*>[^<]*</span>\s*)?<a class="evidence-iri"', body)
    status, _, doc = get(seed_server, "/id/document/003_2e7f07f9be8b457e?quote=5399-5424", accept="text/html")
    assert status == 200
    assert "003_2e7f07f9be8b457e.txt" in doc
    # the quote is a highlighted, linked segment whose title names the statement it supports
    seg = re.search(r'<a class="seg evidence[^"]*focus" href="([^"]+)" title="([^"]*)">Case management</a>', doc) or \
        re.search(r'<a class="seg evidence[^"]*focus" href="([^"]+)" title="([^"]*)">Case management services;</a>', doc)
    assert seg, "the focused quote 'Case management services;' is highlighted"
    assert seg.group(1) in ("/id/program/prisma", "/id/mechanism/prisma-case-management")
    assert "PRISMA — has component — Case management services" in seg.group(2)
    assert '<span class="anchor" id="c5399"></span>' in doc
    # concept mentions are highlighted too
    assert re.search(r'<a class="seg mention" href="/scheme/[^"]+"', doc)
    assert link is None or link.group(1)  # the program page's quote links have the same form


def test_concept_page_shows_scheme_hierarchy_and_mappings(seed_server):
    status, _, body = get(seed_server, "/scheme/gken/clinical-integration", accept="text/html")
    assert status == 200
    assert "Equivalents in other typologies" in body
    mappings = body.split("Equivalents in other typologies", 1)[1].split("</table>", 1)[0]
    assert 'href="/scheme/rainbow/clinical-integration"' in mappings and "close match" in mappings
    assert 'class="hierarchy"' in body and 'href="/scheme/gken/health-care-delivery-integration"' in body


def test_class_page_shows_members_and_subclasses(seed_server):
    status, _, body = get(seed_server, "/ontology/Program", accept="text/html")
    assert status == 200
    assert "Members (" in body and 'href="/id/program/prisma"' in body
    assert "subclasses" in body and 'href="/ontology/CareModel"' in body


def test_search_ranks_labels_and_finds_text_with_snippets(seed_server):
    status, _, body = get(seed_server, "/search?q=PRISMA", accept="text/html")
    assert status == 200
    hits = re.findall(r'<ol class="hits">(.*?)</ol>', body, flags=re.S)[0]
    first = re.search(r'<li><a href="([^"]+)">([^<]+)</a>', hits)
    assert first.group(1) == "/id/program/prisma" and first.group(2) == "PRISMA"
    assert re.search(r'<p class="snippet"><a href="/id/document/003_2e7f07f9be8b457e\?quote=\d+-\d+#c\d+">[^<]*<mark>PRISMA</mark>',
                     body)
    status, _, body = get(seed_server, "/search?q=zzqx-nothing", accept="text/html")
    assert status == 200 and "Nothing matches" in body


def test_compare_matrix_and_csv(seed_server):
    status, _, body = get(seed_server, "/compare", accept="text/html")
    assert status == 200
    assert re.search(r'<th scope="col"[^>]*><a class="sort"[^>]*>Components</a></th>', body)
    assert 'href="/id/program/prisma"' in body
    status, headers, text = get(seed_server, "/compare.csv")
    assert status == 200 and headers["Content-Type"].startswith("text/csv")
    assert "attachment" in headers["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(text)))
    prisma = next(r for r in rows if r["iri"] == PRISMA)
    assert prisma["program"] == "PRISMA"
    assert "Case management services" in prisma["Components"]
    assert prisma["Location"].startswith("Canada")
    assert "(inferred)" in prisma["Location"]
    _, _, asserted_only = get(seed_server, "/compare.csv?inferred=0")
    prisma = next(r for r in csv.DictReader(io.StringIO(asserted_only)) if r["iri"] == PRISMA)
    assert "(inferred)" not in prisma["Location"] and prisma["Location"] == "Canada"


def test_neighbourhood_svg(seed_server):
    status, headers, body = get(seed_server, "/neighbourhood.svg?" + urllib.parse.urlencode({"iri": PRISMA}))
    assert status == 200 and headers["Content-Type"].startswith("image/svg+xml")
    root = ET.fromstring(body.encode())
    ns = {"svg": "http://www.w3.org/2000/svg"}
    hrefs = [a.get("href") for a in root.iter("{http://www.w3.org/2000/svg}a")]
    assert "/id/mechanism/prisma-case-management" in hrefs
    assert root.find("svg:title", ns).text == "Neighbourhood of PRISMA"
    status, _, page = get(seed_server, "/id/program/prisma", accept="text/html")
    assert '<svg xmlns="http://www.w3.org/2000/svg" class="neighbourhood"' in page


def test_ontology_documentation(seed_server):
    status, _, body = get(seed_server, "/ontology", accept="text/html")
    assert status == 200
    assert 'id="hasComponent"' in body and "Relates a program to a mechanism or a sub-program" in body
    assert 'id="Program"' in body and "Class hierarchy" in body
    term = body.split('id="hasComponent"', 1)[1].split("</article>", 1)[0]
    assert "domain" in term and 'href="/ontology/Program"' in term


ONTOLOGY_REQUESTS = (("/ontology", "text/html"), ("/ontology/", "text/html"), ("/ontology.ttl", None),
                     ("/ontology.ttl?infer=false", None), ("/ontology", "application/ld+json"),
                     ("/ontology?infer=false", "application/ld+json"), ("/ontology.nt", None))


def test_the_ontology_page_and_rdf_served_again_are_what_a_fresh_app_renders(seed_store):
    """The ontology's page and RDF are kept per store version once rendered: what one app serves
    after all the other forms (from its cache) is what an app with an empty cache renders."""
    warm = create_app({"STORE": seed_store, "TESTING": True}).test_client()
    seen = set()
    for path, accept in ONTOLOGY_REQUESTS + ONTOLOGY_REQUESTS:
        headers = {"Accept": accept} if accept else {}
        kept = warm.get(path, headers=headers)
        fresh = create_app({"STORE": seed_store, "TESTING": True}).test_client().get(path, headers=headers)
        assert kept.status_code == fresh.status_code == 200, path
        assert kept.data == fresh.data and kept.headers == fresh.headers, (path, accept)
        seen.add(kept.data)
    assert len(seen) == 4  # HTML, Turtle, JSON-LD, N-Triples: no form was answered with another's


@pytest.mark.parametrize("path", ["/ontology", "/compare", "/crosswalk", "/id/program/prisma"])
def test_a_page_kept_for_one_mount_point_is_not_served_under_another(seed_store, path):
    """One app answering under two mount points (``SCRIPT_NAME``) gives each its own links: what
    was kept for the first (the pages' memos, the links kept by ``ickg.web.links``) is not
    replayed under the second."""
    client = create_app({"STORE": seed_store, "TESTING": True}).test_client()
    at_root = client.get(path, headers={"Accept": "text/html"}).get_data(as_text=True)
    mounted = client.get(path, headers={"Accept": "text/html"},
                         environ_overrides={"SCRIPT_NAME": "/kg"}).get_data(as_text=True)
    local = re.compile(r'href="(/[^"]*)"')
    assert len(local.findall(at_root)) > 20, path  # the page links to the service's own pages
    assert not [link for link in local.findall(at_root) if link.startswith("/kg/")]
    assert [link for link in local.findall(mounted) if not link.startswith("/kg/")] == []


KEPT_TABLES = {
    "/compare": ["/compare?inferred=0", "/compare?desc=1", "/compare?sort=Location",
                 "/compare?" + urllib.parse.urlencode({"jurisdiction": "https://w3id.org/ickg/id/jurisdiction/canada"})],
    "/crosswalk": ["/crosswalk?" + urllib.parse.urlencode({"scheme": "https://w3id.org/ickg/scheme/gken"}),
                   "/crosswalk?min_confidence=0.9", "/crosswalk?relation=close+match"],
}


def _table_bodies(html):
    return re.findall(r"<tbody>.*?</tbody>", html, re.S)


@pytest.mark.parametrize("page", sorted(KEPT_TABLES))
def test_the_unfiltered_table_kept_for_a_page_is_served_only_to_unfiltered_requests(seed_store, page):
    """/compare and /crosswalk keep the body of their unfiltered table per store version
    (``ickg.web.pages``): once it is kept, a request with a parameter the page does not read gets
    the same table, and a filtered, reordered or stated-only view gets the page a fresh service
    renders for it, not the kept table."""
    def html(client, path):
        response = client.get(path, headers={"Accept": "text/html"})
        assert response.status_code == 200, path
        return response.get_data(as_text=True)

    warm = create_app({"STORE": seed_store, "TESTING": True}).test_client()
    whole = html(warm, page)
    assert _table_bodies(html(warm, page + "?unread=%3Cx%3E")) == _table_bodies(whole)
    for path in KEPT_TABLES[page]:
        mine = html(warm, path)
        assert mine == html(create_app({"STORE": seed_store, "TESTING": True}).test_client(), path), path
        assert _table_bodies(mine) != _table_bodies(whole), path  # a view of its own: the case can fail


def test_query_page_offers_competency_questions_and_links_results(seed_server):
    status, _, body = get(seed_server, "/sparql", accept="text/html")
    assert "CQ5: What are the components of the PRISMA model?" in body
    from ickg.resources import query_files
    text = next(p for n, p in query_files() if n.endswith("cq05-prisma-components.rq")).read_text()
    status, _, body = get(seed_server, "/sparql?" + urllib.parse.urlencode({"query": text, "format": "html"}),
                          accept="text/html")
    assert status == 200
    assert '<a href="/id/mechanism/prisma-case-management"' in body


def test_labels_and_literals_are_escaped(seed_server):
    for path in ("/id/program/hostile-test", "/search?q=hostile", "/compare", "/",
                 "/neighbourhood.svg?" + urllib.parse.urlencode({"iri": HOSTILE_IRI}),
                 "/id/jurisdiction/canada"):
        status, _, body = get(seed_server, path, accept="text/html")
        assert status == 200, path
        assert "<script>" not in body, path
        assert '<img src=x' not in body and "<b>bold</b>" not in body, path
    _, _, page = get(seed_server, "/id/program/hostile-test", accept="text/html")
    assert "&lt;script&gt;alert(&#34;ickg&#34;)&lt;/script&gt; Hostile &amp; &#34;quoted&#34; programme" in page
    assert "&lt;img src=x onerror=" in page
    _, _, turtle = get(seed_server, "/id/program/hostile-test", accept="text/turtle")
    assert (URIRef(HOSTILE_IRI), RDFS.label, Literal(HOSTILE_LABEL, lang="en")) in parse(turtle, "turtle")


def test_no_assets_from_elsewhere(seed_server):
    """Every stylesheet, script and image a page loads comes from the service itself."""
    for path in ("/", "/id/program/prisma", "/id/document/003_2e7f07f9be8b457e", "/compare", "/search?q=care",
                 "/ontology", "/sparql"):
        _, _, body = get(seed_server, path, accept="text/html")
        for url in re.findall(r'<(?:link|script|img)[^>]+(?:href|src)="([^"]+)"', body):
            assert url.startswith("/"), (path, url)
    status, headers, css = get(seed_server, "/static/viewer.css")
    assert status == 200 and "fulltext" in css and "@import" not in css and "url(http" not in css


def test_why_links_reach_the_explanation(seed_dataset):
    """Every "why?" link of a program page and of the comparison is answered by /explain."""
    import html

    try:
        from ickg.web.explain import bp as explain_bp
    except ImportError:
        pytest.skip("the explain blueprint is not there yet")
    app = create_app({"STORE": open_memory(seed_dataset), "TESTING": True})
    if "explain" not in app.blueprints:
        app.register_blueprint(explain_bp)
    client = app.test_client()
    links = set()
    for path in ("/id/program/prisma", "/compare"):
        page = client.get(path).get_data(as_text=True)
        links |= {html.unescape(link) for link in re.findall(r'href="(/explain\?[^"]+)"', page)}
    assert len(links) > 5
    assert [link for link in links if client.get(link, headers={"Accept": "text/html"}).status_code != 200] == []

"""Search over HTTP on the real server: the page and its JSON twin on the text index, links from a
quote to its sentence on the document page, hostile search texts (400 or nothing, never 500),
the index following the store version, ickg:search and the VALUES pattern in SPARQL, and the
scan that stores without an index (in memory, remote) are searched by.
"""

import html
import json
import re
import urllib.error
import urllib.parse
import urllib.request

import pyoxigraph as ox
import pytest

from ickg.store import textindex
from ickg.namespaces import ASSERTED_GRAPH, BASE
from ickg.store import current_version, open_local, open_memory, replace_local_store
from seed_graph import HOSTILE_IRI

ID = BASE + "id/"
PRISMA = ID + "program/prisma"
LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
PROGRAM = ox.NamedNode("https://w3id.org/ickg/ontology/Program")


def get(server, path, accept="text/html"):
    request = urllib.request.Request(server.url + path, headers={"Accept": accept})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.headers, response.read().decode("utf-8")
    except urllib.error.HTTPError as err:
        return err.code, err.headers, err.read().decode("utf-8")


def search_json(server, q, **params):
    status, headers, body = get(server, "/search.json?" + urllib.parse.urlencode({"q": q, **params}),
                                accept="application/json")
    assert status == 200, body
    assert headers["Content-Type"].startswith("application/json")
    return json.loads(body)


def sparql(server, query):
    status, _, body = get(server, "/sparql?" + urllib.parse.urlencode({"query": query}),
                          accept="application/sparql-results+json")
    assert status == 200, body
    return json.loads(body)["results"]["bindings"]


# ---------------------------------------------------------------------------------------------
# The page and its twin


def test_the_page_ranks_the_program_first_typed_by_its_class(seed_server):
    status, headers, body = get(seed_server, "/search?q=PRISMA")
    assert status == 200
    assert 'rel="alternate"; type="application/json"' in headers["Link"]
    hits = re.findall(r'<ol class="hits">(.*?)</ol>', body, flags=re.S)[0]
    first = re.search(r'<li><a href="([^"]+)">([^<]+)</a>\s*<span class="muted">([^<]+)</span>', hits)
    assert first.group(1) == "/id/program/prisma" and first.group(2) == "PRISMA"
    assert first.group(3)  # the label of its class
    assert re.search(r'<a href="/id/document/003_2e7f07f9be8b457e\?quote=\d+-\d+#c\d+">[^<]*<mark>PRISMA</mark>', body)


def test_the_search_forms_go_to_the_page_not_its_twin(seed_server):
    for path in ("/", "/search?q=PRISMA"):
        status, _, body = get(seed_server, path)
        actions = re.findall(r'<form class="(?:big|site)-search" action="([^"]+)"', body)
        assert status == 200 and actions and set(actions) == {"/search"}


def test_the_json_twin_has_iri_label_kind_score_snippet(seed_server):
    doc = search_json(seed_server, "PRISMA")
    assert doc["engine"] == "index" and doc["q"] == "PRISMA"
    first = doc["results"][0]
    assert first["iri"] == PRISMA and first["label"] == "PRISMA" and first["kind"] == "label"
    assert first["snippet"] == "<mark>PRISMA</mark>" and first["types"] and first["href"] == "/id/program/prisma"
    scores = [r["score"] for r in doc["results"]]
    assert scores == sorted(scores, reverse=True) and all(isinstance(s, float) for s in scores)
    assert doc == json.loads(get(seed_server, "/search?q=PRISMA&format=json")[2])


def test_a_quote_links_to_its_sentence_on_the_document_page(seed_server):
    doc = search_json(seed_server, '"Integration strategies in Quebec and Ontario yield clinical autonomy"')
    best = doc["results"][0]
    assert best["iri"] == ID + "finding/physicians-as-partners-finding" and best["kind"] == "quote"
    hit = best["hits"][0]
    assert hit["href"] == f"/id/document/{hit['document'].rsplit('/', 1)[1]}?quote={hit['start']}-{hit['end']}#c{hit['start']}"
    status, _, page = get(seed_server, hit["href"])
    assert status == 200 and f'id="c{hit["start"]}"' in page
    focused = "".join(a or b for a, b in re.findall(
        r'<a class="seg [^"]*\bfocus"[^>]*>(.*?)</a>|<mark class="focus">(.*?)</mark>', page, flags=re.S))
    assert html.unescape(focused) == re.sub(r"</?mark>", "", html.unescape(hit["snippet"]))


def test_hyphen_phrase_and_prefix_over_http(seed_server):
    hyphen = [r["iri"] for r in search_json(seed_server, "case-management")["results"]]
    spaced = [r["iri"] for r in search_json(seed_server, '"case management"')["results"]]
    assert hyphen == spaced and BASE + "ontology/CaseManagement" in hyphen[:3]
    words = {m.lower() for r in search_json(seed_server, "integr*", limit=100)["results"]
             for m in re.findall(r"<mark>(.*?)</mark>", r["snippet"])}
    assert words and all(w.startswith("integr") for w in words)


def test_results_are_named_in_words_with_the_scheme_of_same_named_concepts(seed_server):
    status, _, body = get(seed_server, "/search?" + urllib.parse.urlencode({"q": "case management"}))
    assert status == 200
    items = re.findall(r"<li>(.*?)</li>", re.findall(r'<ol class="hits">(.*?)</ol>', body, flags=re.S)[0], flags=re.S)
    same = [item for item in items if re.match(r'\s*<a href="[^"]+">case management</a>', item)]
    assert len(same) >= 3
    shown = [re.sub(r"<p class=\"snippet\">.*", "", re.sub(r"\s+", " ", item), flags=re.S) for item in same]
    assert len(set(shown)) == len(shown)  # three lines that read differently
    # each says where it comes from: a concept its scheme, the class the ontology
    schemes = [re.findall(r'<span class="scheme">in <a href="(/(?:scheme/[^"]+|ontology))">([^<]+)</a>', item)
               for item in same]
    assert all(schemes) and len({found[0] for found in schemes}) == len(schemes)
    types = " ".join(re.findall(r'</a>\s*<span class="muted">([^<]+)</span>', "".join(items)))
    assert types and not re.search(r"\b(owl|skos|org|fabio|foaf|prov):[A-Za-z]", types)


@pytest.mark.parametrize("iri, words", [
    ("http://www.w3.org/ns/org#Organization", "organization"),
    ("http://purl.org/spar/fabio/JournalArticle", "journal article"),
    ("http://www.w3.org/2002/07/owl#Class", "class"),
    ("https://w3id.org/ickg/ontology/RCTStudy", "RCT study"),
])
def test_an_unlabelled_class_is_named_in_words(iri, words):
    from ickg.web.search import words_for

    assert words_for(iri) == words


def test_kind_and_limit_parameters(seed_server):
    doc = search_json(seed_server, "PRISMA", kind="quote", limit=2)
    assert len(doc["results"]) == 2 and all(h["kind"] == "quote" for r in doc["results"] for h in r["hits"])


# ---------------------------------------------------------------------------------------------
# Hostile input


@pytest.mark.parametrize("q", [
    '"', 'NEAR(case management, 2)', "AND OR NOT", "{label}: PRISMA", "label:PRISMA", "^PRISMA", "(((",
    "*", "-", "' OR 1=1 --", '<script>alert(1)</script>', "\x02x\x03", "prisma\"; DROP TABLE fts; --",
    "a" * 256, "a" * 257, "x*", " ".join(["w"] * 40), "\u202eevil", "😀",
])
def test_hostile_search_texts_give_400_or_results_never_500(seed_server, q):
    for path, accept in (("/search?", "text/html"), ("/search.json?", "application/json")):
        status, headers, body = get(seed_server, path + urllib.parse.urlencode({"q": q}), accept=accept)
        assert status in (200, 400), (q, status, body[:300])
        if accept == "text/html":
            assert "<script>alert(1)</script>" not in body
        else:
            assert headers["Content-Type"].startswith("application/json") and json.loads(body)["q"] == " ".join(q.split())
        if status == 400:
            message = json.loads(body)["error"] if accept == "application/json" else body
            assert "characters" in message or "terms" in message or "prefix" in message


def test_a_full_page_links_to_more_results(seed_server):
    status, _, body = get(seed_server, "/search?q=care")
    first = re.findall(r'<ol class="hits">(.*?)</ol>', body, flags=re.S)[0].count("<li>")
    more = re.search(r'<a href="(/search\?[^"]+)">More results</a>', body)
    assert status == 200 and first == 20 and more and "limit=100" in more.group(1)
    status, _, body = get(seed_server, html.unescape(more.group(1)))
    assert status == 200 and re.findall(r'<ol class="hits">(.*?)</ol>', body, flags=re.S)[0].count("<li>") > first


@pytest.mark.parametrize("params", [{"limit": "0"}, {"limit": "201"}, {"limit": "x"}, {"kind": "labels"}])
def test_bad_parameters_are_named(seed_server, params):
    status, _, body = get(seed_server, "/search.json?" + urllib.parse.urlencode({"q": "care", **params}),
                          accept="application/json")
    assert status == 400 and list(params)[0] in json.loads(body)["error"]


def test_the_search_text_is_escaped_on_the_page(seed_server):
    status, _, body = get(seed_server, "/search?" + urllib.parse.urlencode({"q": 'hostile "<b>x</b>'}))
    assert status == 200 and "<b>x</b>" not in body and "&lt;b&gt;x&lt;/b&gt;" in body
    status, _, body = get(seed_server, "/search?q=hostile")
    assert HOSTILE_IRI.rsplit("/", 1)[1] in body and "<script>" not in body and "&lt;script&gt;" in body


# ---------------------------------------------------------------------------------------------
# The index follows the store version


def program_quads(name, label):
    g = ox.NamedNode(str(ASSERTED_GRAPH))
    program = ox.NamedNode(ID + f"program/{name}")
    return [ox.Quad(program, RDF_TYPE, PROGRAM, g), ox.Quad(program, LABEL, ox.Literal(label, language="en"), g)]


def test_the_index_follows_the_store_version(tmp_path, live_server):
    root = tmp_path / "build" / "store"
    first = replace_local_store(root, program_quads("alpha", "Alpha lighthouse programme"))
    assert textindex.index_path(root / first).is_file()
    store = open_local(root, workers=1)
    try:
        server = live_server(store)
        assert [r["iri"] for r in search_json(server, "lighthouse")["results"]] == [ID + "program/alpha"]
        second = replace_local_store(root, program_quads("beta", "Beta harbour programme"))
        assert current_version(root) == second
        assert search_json(server, "lighthouse")["results"] == []
        assert [r["iri"] for r in search_json(server, "harbour")["results"]] == [ID + "program/beta"]
        third = replace_local_store(root, program_quads("gamma", "Gamma dune programme"))
        assert not (root / first).exists()  # the version before the previous one is removed, its index with it
        assert textindex.index_path(root / second).is_file() and textindex.index_path(root / third).is_file()
        assert [r["iri"] for r in search_json(server, "dune")["results"]] == [ID + "program/gamma"]
    finally:
        store.close()


def test_a_sparql_update_makes_a_version_with_its_own_index(tmp_path, live_server):
    root = tmp_path / "build" / "store"
    before = replace_local_store(root, program_quads("alpha", "Alpha lighthouse programme"))
    store = open_local(root, workers=1, read_only=False)
    try:
        server = live_server(store)
        store.update(f'INSERT DATA {{ GRAPH <{ASSERTED_GRAPH}> {{ <{ID}program/delta> '
                     '<http://www.w3.org/2000/01/rdf-schema#label> "Delta estuary programme" } }')
        assert store.version != before
        assert [r["iri"] for r in search_json(server, "estuary")["results"]] == [ID + "program/delta"]
        assert [r["iri"] for r in search_json(server, "lighthouse")["results"]] == [ID + "program/alpha"]
    finally:
        store.close()


def test_a_version_without_an_index_answers_503_not_500(tmp_path, live_server):
    root = tmp_path / "build" / "store"
    version = replace_local_store(root, program_quads("alpha", "Alpha lighthouse programme"))
    textindex.index_path(root / version).unlink()
    store = open_local(root, workers=1)
    try:
        server = live_server(store)
        status, _, body = get(server, "/search.json?q=lighthouse", accept="application/json")
        assert status == 503 and "ickg build" in json.loads(body)["error"]
    finally:
        store.close()


def test_serve_gives_an_older_store_its_index(tmp_path):
    """A store version built before text indexes gets one when `ickg serve` opens the data directory."""
    from ickg.build.publish import ensure_store

    root = tmp_path / "build" / "store"
    version = replace_local_store(root, program_quads("alpha", "Alpha lighthouse programme"))
    textindex.index_path(root / version).unlink()
    assert ensure_store(tmp_path) == root and current_version(root) == version
    assert [r.resource for r in textindex.open_index(root / version).search("lighthouse")] == [ID + "program/alpha"]


# ---------------------------------------------------------------------------------------------
# In SPARQL


def test_ickg_search_scores_resources_in_sparql(seed_server):
    rows = sparql(seed_server, """PREFIX ickg: <https://w3id.org/ickg/ontology/>
SELECT ?x ?score WHERE { ?x a ickg:Program . BIND(ickg:search(?x, "PRISMA") AS ?score) FILTER(BOUND(?score)) }
ORDER BY DESC(?score)""")
    assert rows[0]["x"]["value"] == PRISMA
    assert rows[0]["score"]["datatype"] == "http://www.w3.org/2001/XMLSchema#double"
    expected = {r["iri"]: r["score"] for r in search_json(seed_server, "PRISMA", limit=200)["results"]}
    assert {r["x"]["value"]: float(r["score"]["value"]) for r in rows} == {
        iri: score for iri, score in expected.items() if iri in {r["x"]["value"] for r in rows}}


def test_search_hits_join_into_sparql_with_values(seed_server):
    """The documented pattern: the JSON twin's IRIs in VALUES."""
    iris = [r["iri"] for r in search_json(seed_server, '"bundled care"')["results"]]
    values = " ".join(f"<{i}>" for i in iris)
    rows = sparql(seed_server, f"""PREFIX ickg: <https://w3id.org/ickg/ontology/>
SELECT ?x WHERE {{ VALUES ?x {{ {values} }} ?x a ickg:Program }}""")
    assert ID + "program/integrated-funding-models" in {r["x"]["value"] for r in rows}


# ---------------------------------------------------------------------------------------------
# Stores without an index


def test_a_store_without_an_index_is_scanned(seed_dataset, live_server):
    server = live_server(open_memory(seed_dataset))
    doc = search_json(server, "PRISMA")
    assert doc["engine"] == "scan"
    assert doc["results"][0]["iri"] == PRISMA and doc["results"][0]["snippet"] == "<mark>PRISMA</mark>"
    status, _, body = get(server, "/search.json?" + urllib.parse.urlencode({"q": "a" * 300}), accept="application/json")
    assert status == 400

"""The query page as a tool (ickg.web.editor): completion data from the ontology, formats in words,
downloads, shareable addresses, compact IRIs and error positions in the user's own text; and the
same lenient reading in ``ickg query``. Over the real service (live waitress server or the Flask
app over an on-disk store); the browser side is in test_editor_browser.py.
"""

import csv
import io
import json
import re
import urllib.parse
from html.parser import HTMLParser
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from conftest import sample_quads
import ickg.web
from ickg.sparql import formats
from ickg.cli import cli
from ickg.namespaces import ASSERTED_GRAPH, ICKG, ID, ONTOLOGY_GRAPH, PREFIXES
from ickg.store import open_memory, replace_local_store
from ickg.web import create_app
from ickg.web.editor import FORMAT_LABELS, prepare
from test_attacks import attack_queries, connected_since, connections_after
from test_sparql_safety import Listener, get, http

FORM = {"Content-Type": "application/x-www-form-urlencoded"}
STATIC = Path(ickg.web.__file__).parent / "static" / "editor"
SOURCES = Path(__file__).resolve().parent.parent / "tools" / "editor"
OWL_CLASS = ox.NamedNode("http://www.w3.org/2002/07/owl#Class")
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
# What the viewer prints for a program's partner, pasted back without any PREFIX line.
PASTED = "SELECT ?o WHERE { id:program/3 ickg:partner ?o }"


class Page(HTMLParser):
    """The parts of the query page the tests read: links by class, download links, table cells."""

    def __init__(self, html):
        super().__init__()
        self.links, self.downloads, self.cells, self.options = {}, {}, [], []
        self.download_fields, self.download_buttons = [], []
        self._in_downloads = False
        self._cell = self._option = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and "download" in attrs:
            self.downloads[attrs["download"].rsplit(".", 1)[-1]] = attrs["href"]
        elif tag == "a" and attrs.get("class"):
            self.links[attrs["class"]] = attrs["href"]
        elif tag == "form" and attrs.get("class") == "downloads":
            self._in_downloads = True
        elif tag == "input" and self._in_downloads:
            self.download_fields.append((attrs["name"], attrs["value"]))
        elif tag == "button" and self._in_downloads:
            self.download_buttons.append(attrs["value"])
        elif tag == "td":
            self._cell = []
        elif tag == "option":
            self._option = []

    def handle_data(self, data):
        for part in (self._cell, self._option):
            if part is not None:
                part.append(data)

    def handle_endtag(self, tag):
        if tag == "form":
            self._in_downloads = False
        if tag == "td" and self._cell is not None:
            self.cells.append("".join(self._cell).strip())
            self._cell = None
        elif tag == "option" and self._option is not None:
            self.options.append("".join(self._option).strip())
            self._option = None


def page_post(url, **fields):
    return http(url, data=urllib.parse.urlencode(fields).encode(), headers={**FORM, "Accept": "text/html"})


# -- the bundle ---------------------------------------------------------------------------------


def test_the_bundled_editor_is_one_static_script_with_the_licenses_of_what_it_holds():
    """What tools/editor/build.mjs wrote and the page loads: no eval, its notices beside it, each
    naming a package (and version) of the lock file it was built from."""
    script = (STATIC / "sparql-editor.js").read_text(encoding="utf-8")
    assert script.startswith("/*! ickg SPARQL editor") and "sparql-editor.LICENSES.txt" in script.split("*/")[0]
    assert "eval(" not in script and "new Function" not in script and "import(" not in script
    notices = (STATIC / "sparql-editor.LICENSES.txt").read_text(encoding="utf-8")
    bundled = dict(re.findall(r"^(\S+) (\d+\.\d+\.\d+\S*) \(MIT\)$", notices, re.MULTILINE))
    assert {"@codemirror/view", "@codemirror/autocomplete", "@codemirror/legacy-modes"} <= set(bundled)
    lock = json.loads((SOURCES / "package-lock.json").read_text(encoding="utf-8"))["packages"]
    for name, version in bundled.items():
        assert lock[f"node_modules/{name}"]["version"] == version, name
        assert not lock[f"node_modules/{name}"].get("dev"), name
    assert notices.count("Permission is hereby granted") >= len(bundled)
    page = (Path(ickg.web.__file__).parent / "templates" / "sparql" / "query.html").read_text(encoding="utf-8")
    assert "editor/sparql-editor.js" in page and "<script>" not in page and "style=" not in page


# -- completion data ---------------------------------------------------------------------------


def test_completion_data_holds_the_ontologys_classes_with_labels_and_the_service_prefixes(client):
    response = client.get("/sparql/completions.json")
    assert response.status_code == 200 and response.mimetype == "application/json"
    data = response.get_json()
    assert {"name": "ickg:Program", "iri": str(ICKG["Program"]), "kind": "class", "label": "Program",
            "definition": ""} in data["terms"]
    assert [p["prefix"] for p in data["prefixes"]] == list(PREFIXES)
    assert {p["prefix"]: p["namespace"] for p in data["prefixes"]}["id"] == str(ID)
    assert {"SELECT", "OPTIONAL", "FILTER", "GROUP_CONCAT"} <= set(data["keywords"])
    # revalidation: the same store version gives the same ETag and a 304
    again = client.get("/sparql/completions.json", headers={"If-None-Match": response.headers["ETag"]})
    assert again.status_code == 304


def test_completion_data_follows_the_stores_ontology_graph_and_nothing_else():
    store = open_memory(sample_quads())
    client = create_app({"STORE": store, "TESTING": True}).test_client()
    first = client.get("/sparql/completions.json")
    names = {t["name"] for t in first.get_json()["terms"]}
    assert "ickg:Clinic" not in names
    clinic = ox.NamedNode(str(ICKG["Clinic"]))
    stray = ox.NamedNode("urn:x:NotInTheOntology")
    store.add([ox.Quad(clinic, RDF_TYPE, OWL_CLASS, ox.NamedNode(str(ONTOLOGY_GRAPH))),
               ox.Quad(clinic, RDFS_LABEL, ox.Literal("clinic", language="en"), ox.NamedNode(str(ONTOLOGY_GRAPH))),
               ox.Quad(stray, RDF_TYPE, OWL_CLASS, ox.NamedNode(str(ASSERTED_GRAPH)))])
    second = client.get("/sparql/completions.json", headers={"If-None-Match": first.headers["ETag"]})
    assert second.status_code == 200  # a new store version: computed again
    terms = {t["name"]: t for t in second.get_json()["terms"]}
    assert terms["ickg:Clinic"]["label"] == "clinic" and terms["ickg:Clinic"]["kind"] == "class"
    assert "<urn:x:NotInTheOntology>" not in terms


# -- formats in words, downloads, shareable addresses --------------------------------------------


def test_every_format_is_offered_in_words(client):
    for fmt in formats.RESULT_FORMATS + formats.GRAPH_FORMATS:
        assert fmt.name in FORMAT_LABELS, f"no words for the format {fmt.name}"
    page = Page(client.get("/sparql", headers={"Accept": "text/html"}).data.decode())
    assert "CSV (spreadsheet)" in page.options and "Turtle" in page.options
    assert page.options[0] == "Table (HTML page)"
    assert not [o for o in page.options if re.fullmatch(r"[a-z]+/[a-z+.-]+", o)], page.options


def test_the_page_reads_pasted_compact_iris_and_the_protocol_stays_strict(live_server, local_store):
    live = live_server(local_store)
    status, _, body = page_post(live.sparql, query=PASTED, format="html")
    assert status == 200, body[:300]
    assert Page(body.decode()).cells == ["id:org/3"]
    # the page's form marks its requests, so a download chosen in the menu reads the same text
    status, _, body = http(live.sparql, data=urllib.parse.urlencode(
        {"query": PASTED, "format": "csv", "editor": "1"}).encode(), headers=FORM)
    assert status == 200 and body.decode().splitlines() == ["o", str(ID["org/3"])]
    # a protocol client gets SPARQL as the recommendation defines it
    status, _, body = get(live.sparql, PASTED, headers={"Accept": "application/sparql-results+json"})
    assert status == 400 and body.startswith(b"Malformed query")


def test_a_shared_link_and_every_download_reproduce_the_result(live_server, local_store):
    live = live_server(local_store)
    text = "SELECT ?p ?o WHERE { ?p ickg:partner ?o FILTER(?o IN (id:org/1, id:org/2)) } ORDER BY ?p"
    status, _, body = page_post(live.sparql, query=text, format="html", infer="false")
    assert status == 200, body[:300]
    page = Page(body.decode())
    assert page.cells == ["id:program/1", "id:org/1", "id:program/2", "id:org/2"]

    # the shareable address (a GET, as bookmarked) opens the same page with the user's text
    share = page.links["share"]
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(share).query)
    assert query["query"] == [text] and query["infer"] == ["false"]
    status, _, again = http(live.url + share.replace("&amp;", "&"))
    assert status == 200 and Page(again.decode()).cells == page.cells
    assert "id:org/1, id:org/2" in again.decode()  # the form shows the text as written

    # one download per result format, each plain SPARQL any client can send again
    assert set(page.downloads) == {"json", "xml", "csv", "tsv"}
    status, headers, answer = http(live.url + page.downloads["csv"])
    assert status == 200 and headers["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(answer.decode())))
    assert [(r["p"], r["o"]) for r in rows] == [(str(ID[f"program/{i}"]), str(ID[f"org/{i}"])) for i in (1, 2)]
    status, _, answer = http(live.url + page.downloads["json"])
    bindings = json.loads(answer)["results"]["bindings"]
    assert [b["o"]["value"] for b in bindings] == [str(ID["org/1"]), str(ID["org/2"])]
    sent = urllib.parse.parse_qs(urllib.parse.urlsplit(page.downloads["csv"]).query)["query"][0]
    assert sent == prepare(text).text and "id:org\\/1" in sent


def test_a_long_querys_downloads_are_posted(live_server, local_store):
    """Past the length proxies accept in an address, the downloads are buttons of a posted form."""
    values = " ".join(f"id:program/{i % 12}" for i in range(700))
    text = f"SELECT ?o WHERE {{ VALUES ?p {{ {values} }} ?p ickg:partner ?o FILTER(?p = id:program/5) }}"
    live = live_server(local_store)
    status, _, body = page_post(live.sparql, query=text, format="html")
    assert status == 200, body[:300]
    page = Page(body.decode())
    assert not page.downloads and "share" not in page.links
    assert page.download_buttons == [fmt.name for fmt in formats.RESULT_FORMATS]
    assert dict(page.download_fields)["query"] == prepare(text).text
    status, _, answer = http(live.sparql, data=urllib.parse.urlencode(
        page.download_fields + [("format", "csv")]).encode(), headers=FORM)
    assert status == 200 and answer.decode().splitlines() == ["o"] + [str(ID["org/5"])] * 58


def test_a_graph_result_offers_the_graph_formats(live_server, local_store):
    live = live_server(local_store)
    status, _, body = page_post(live.sparql, query="CONSTRUCT WHERE { id:program/4 ickg:partner ?o }", format="html")
    assert status == 200
    page = Page(body.decode())
    assert set(page.downloads) == {fmt.extension for fmt in formats.GRAPH_FORMATS}
    status, _, answer = http(live.url + page.downloads["ttl"])
    graph = list(ox.parse(answer, format=ox.RdfFormat.TURTLE))
    assert [(t.subject.value, t.object.value) for t in graph] == [(str(ID["program/4"]), str(ID["org/4"]))]


# -- error positions ---------------------------------------------------------------------------


def test_a_one_line_querys_error_is_on_line_one_of_the_page(client):
    text = "SELECT ?o WHERE { id:program/3 ickg:partner ?o ?x }"
    response = client.post("/sparql", data={"query": text, "format": "html"}, headers={"Accept": "text/html"})
    assert response.status_code == 400
    html = response.data.decode()
    line, column = re.search(r'class="error" role="alert" data-line="(\d+)" data-column="(\d+)"', html).groups()
    assert line == "1" and text.index("?x") < int(column) <= len(text) + 1
    assert f"error at 1:{column}" in html
    # the page shows the user's line with a caret under the column
    assert re.search(r'<pre class="error-at"[^>]*>' + re.escape(text.replace('"', "&#34;")), html)


# -- nothing new gets through ------------------------------------------------------------------


def compact_variants(remote):
    """(name, text, reaches): attacks written with compact IRIs holding '/', as the page reads them."""
    p = f"PREFIX l: <{remote}/> "
    body = "{ ?s ?p ?o }"
    return [
        ("SERVICE l:a/b", f"{p}SELECT * WHERE {{ SERVICE l:a/sparql {body} }}", True),
        ("SERVICE glued after a compact IRI", f"{p}SELECT * WHERE {{ ?s ?p id:x/y. SERVICE l:a/b {body} }}", True),
        ("compact IRI ending in SERVICE", f"{p}SELECT * WHERE {{ ?s ?p id:x/y.SERVICE <{remote}/> {body} }}", False),
        ("SERVICE:a/b", f"PREFIX : <{remote}/> SELECT * WHERE {{ SERVICE:a/b {body} }}", True),
        ("FROM l:g/x", f"{p}SELECT * FROM l:g/x WHERE {body}", False),
        ("FROM NAMED l:g/x", f"{p}SELECT * FROM NAMED l:g/x WHERE {{ GRAPH ?g {body} }}", False),
    ]


def test_the_compact_variants_are_real_attacks_once_prepared(tmp_path):
    """Control: a bare engine given the prepared text connects for every variant marked so."""
    listener = Listener()
    try:
        remote = f"http://127.0.0.1:{listener.port}"
        store = ox.Store()
        store.add(ox.Quad(ox.NamedNode("urn:s"), ox.NamedNode("urn:p"), ox.NamedNode(str(ID["x/y"]))))
        silent = []
        for name, text, reaches in compact_variants(remote):
            if not reaches:
                continue
            before = len(listener.accepted)
            try:
                list(store.query(prepare(text).text))
            except SyntaxError as err:
                silent.append(f"{name}: {err}")
                continue
            except (OSError, RuntimeError):
                pass
            if not connected_since(listener, before):
                silent.append(name)
        assert silent == []
    finally:
        listener.close()


def test_the_pages_lenient_reading_opens_no_way_around_the_query_check(live_server, local_store):
    listener = Listener()
    try:
        live = live_server(local_store)
        remote = f"http://127.0.0.1:{listener.port}"
        for name, text, reaches in attack_queries(remote) + compact_variants(remote):
            routes = {
                "page form": page_post(live.sparql, query=text, format="html"),
                "page form, CSV chosen": http(live.sparql, data=urllib.parse.urlencode(
                    {"query": text, "format": "csv", "editor": "1"}).encode(), headers=FORM),
                "shared link": get(live.sparql, text, format="html"),
            }
            for route, (status, _, body) in routes.items():
                assert status == 400, (name, route, status, body[:300])
                if reaches:
                    assert b"Refused" in body, (name, route, body[:300])
        assert connections_after(listener, 0) == []
    finally:
        listener.close()


# -- ickg query --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    root = tmp_path_factory.mktemp("editor-data")
    replace_local_store(root / "build" / "store", sample_quads())
    return root


def test_ickg_query_reads_what_it_prints(data_dir):
    runner = CliRunner()
    printed = runner.invoke(cli, ["query", "--data-dir", str(data_dir), PASTED])
    assert printed.exit_code == 0, printed.output
    assert printed.output.splitlines()[2].strip() == "id:org/3"
    # and what it printed, pasted into the next query, finds the same resource
    again = runner.invoke(cli, ["query", "--data-dir", str(data_dir), "--format", "csv",
                                "SELECT ?p WHERE { ?p ickg:partner id:org/3 }"])
    assert again.exit_code == 0, again.output
    assert again.output.splitlines() == ["p", str(ID["program/3"])]


def test_ickg_query_gives_error_positions_in_the_users_text(data_dir):
    result = CliRunner().invoke(cli, ["query", "--data-dir", str(data_dir), PASTED.replace("?o }", "?o ?x }")])
    assert result.exit_code != 0
    assert "not valid SPARQL: error at 1:" in result.output, result.output

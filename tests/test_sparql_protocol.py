"""``/sparql`` against the SPARQL 1.1 Protocol, through real clients and the real waitress server.

Every answer is parsed back (JSON, XML, CSV, TSV, RDF) and its content checked.
"""

import csv
import io
import json
import os
import shutil
import subprocess
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import rdflib
from SPARQLWrapper import CSV, JSON, JSONLD, N3, POST, RDFXML, TSV, TURTLE, XML, SPARQLWrapper

from conftest import PROGRAM_COUNT, sample_quads
from test_sparql_processes import startup_lines
from threaded_server import stop
from ickg.namespaces import BASE, ICKG, INFERRED_GRAPH, ONTOLOGY_GRAPH, SD, VOID
from ickg.store import replace_local_store

LABELS = f"""SELECT ?program ?label WHERE {{
  ?program a <{ICKG['Program']}> ; <http://www.w3.org/2000/01/rdf-schema#label> ?label
}} ORDER BY ?program"""
CONSTRUCT = f"CONSTRUCT {{ ?p a <{ICKG['Program']}> }} WHERE {{ ?p a <{ICKG['Program']}> }}"
TOTAL = len(sample_quads())
SRX = "{http://www.w3.org/2005/sparql-results#}"

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture(scope="module")
def server(local_store):
    """One live server over the shared store for the read-only tests of this module."""
    from ickg.web import create_app, create_server

    app = create_app({"STORE": local_store, "TESTING": True})
    srv = create_server(app, host="127.0.0.1", port=0, threads=8)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{srv.effective_port}/sparql"
    stop(srv, thread)


def http(url, *, data=None, headers=None, method=None):
    """(status, headers, body) of a plain standard-library request, errors included."""
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers, err.read()


def get(server, query=None, **params):
    if query is not None:
        params["query"] = query
    headers = params.pop("headers", {})
    return http(server + "?" + urllib.parse.urlencode(params, doseq=True), headers=headers)


def wrapper(server, query, fmt):
    sw = SPARQLWrapper(server)
    sw.setQuery(query)
    sw.setReturnFormat(fmt)
    return sw


def labels_from_json(doc):
    return [b["label"]["value"] for b in doc["results"]["bindings"]]


EXPECTED_LABELS = sorted(
    (f"https://w3id.org/ickg/id/program/{i}", f'Programme {i} "quoted", with comma') for i in range(PROGRAM_COUNT)
)


# -- SPARQLWrapper, every result format -------------------------------------------------------


def test_sparqlwrapper_select_json(server):
    result = wrapper(server, LABELS, JSON).query()
    assert result.response.headers["Content-Type"].startswith("application/sparql-results+json")
    doc = result.convert()
    assert doc["head"]["vars"] == ["program", "label"]
    assert [(b["program"]["value"], b["label"]["value"]) for b in doc["results"]["bindings"]] == EXPECTED_LABELS
    assert doc["results"]["bindings"][0]["label"]["xml:lang"] == "en"


def test_sparqlwrapper_select_xml(server):
    dom = wrapper(server, LABELS, XML).query().convert()
    results = dom.getElementsByTagName("result")
    assert len(results) == PROGRAM_COUNT
    literal = results[0].getElementsByTagName("literal")[0]
    assert literal.getAttribute("xml:lang") == "en"
    assert literal.firstChild.data == 'Programme 0 "quoted", with comma'


def test_sparqlwrapper_select_csv(server):
    body = wrapper(server, LABELS, CSV).query().convert()
    rows = list(csv.reader(io.StringIO(body.decode())))
    assert rows[0] == ["program", "label"]
    assert [tuple(r) for r in rows[1:]] == EXPECTED_LABELS


def test_sparqlwrapper_select_tsv(server):
    body = wrapper(server, LABELS, TSV).query().convert().decode()
    lines = body.rstrip("\n").split("\n")
    assert lines[0] == "?program\t?label"
    assert lines[1] == '<https://w3id.org/ickg/id/program/0>\t"Programme 0 \\"quoted\\", with comma"@en'
    assert len(lines) == PROGRAM_COUNT + 1


@pytest.mark.parametrize("fmt", [JSON, XML])
def test_sparqlwrapper_ask(server, fmt):
    true = wrapper(server, f"ASK {{ ?s a <{ICKG['Program']}> }}", fmt).query().convert()
    false = wrapper(server, "ASK { <urn:nothing> ?p ?o }", fmt).query().convert()
    if fmt == JSON:
        assert true["boolean"] is True and false["boolean"] is False
    else:
        assert true.getElementsByTagName("boolean")[0].firstChild.data == "true"
        assert false.getElementsByTagName("boolean")[0].firstChild.data == "false"


@pytest.mark.parametrize("fmt", [TURTLE, N3, RDFXML, JSONLD])
def test_sparqlwrapper_construct(server, fmt):
    result = wrapper(server, CONSTRUCT, fmt).query()
    graph = result.convert()
    if isinstance(graph, bytes):  # SPARQLWrapper hands Turtle/N3 back as bytes
        graph = rdflib.Graph().parse(data=graph, format="turtle")
    programs = set(graph.subjects(rdflib.RDF.type, rdflib.URIRef(str(ICKG["Program"]))))
    assert len(programs) == PROGRAM_COUNT


def test_sparqlwrapper_describe_and_post(server):
    sw = wrapper(server, "DESCRIBE <https://w3id.org/ickg/id/program/3>", TURTLE)
    sw.setMethod(POST)
    graph = rdflib.Graph().parse(data=sw.query().convert(), format="turtle")
    subject = rdflib.URIRef("https://w3id.org/ickg/id/program/3")
    assert (subject, rdflib.URIRef(str(ICKG["partner"])), rdflib.URIRef("https://w3id.org/ickg/id/org/3")) in graph


# -- plain HTTP: the three request forms, Accept, datasets ------------------------------------


def test_get_post_form_and_post_body_give_the_same_answer(server):
    accept = {"Accept": "application/sparql-results+json"}
    _, _, by_get = get(server, LABELS, headers=accept)
    _, _, by_form = http(server, data=urllib.parse.urlencode({"query": LABELS}).encode(),
                         headers={**accept, "Content-Type": "application/x-www-form-urlencoded"})
    _, _, by_body = http(server, data=LABELS.encode(),
                         headers={**accept, "Content-Type": "application/sparql-query"})
    assert json.loads(by_get) == json.loads(by_form) == json.loads(by_body)
    assert len(labels_from_json(json.loads(by_get))) == PROGRAM_COUNT


@pytest.mark.parametrize("accept,rdflib_format", [
    ("text/turtle", "turtle"),
    ("application/n-triples", "nt"),
    ("application/ld+json", "json-ld"),
    ("application/rdf+xml", "xml"),
])
def test_construct_in_each_graph_format(server, accept, rdflib_format):
    status, headers, body = get(server, CONSTRUCT, headers={"Accept": accept})
    assert status == 200
    assert headers["Content-Type"].split(";")[0] == accept
    graph = rdflib.Graph().parse(data=body, format=rdflib_format)
    assert len(graph) == PROGRAM_COUNT


@pytest.mark.parametrize("accept,rdflib_format", [("application/trig", "trig"), ("application/n-quads", "nquads")])
def test_construct_as_a_dataset_format(server, accept, rdflib_format):
    status, headers, body = get(server, CONSTRUCT, headers={"Accept": accept})
    assert status == 200 and headers["Content-Type"].startswith(accept)
    dataset = rdflib.Dataset()
    dataset.parse(data=body, format=rdflib_format)
    assert len(list(dataset.quads())) == PROGRAM_COUNT


def test_format_parameter_overrides_accept(server):
    status, headers, body = get(server, LABELS, format="csv", headers={"Accept": "application/sparql-results+xml"})
    assert status == 200 and headers["Content-Type"].startswith("text/csv")
    assert body.startswith(b"program,label\r\n")


def test_accept_with_qualities_picks_the_preferred_type(server):
    status, headers, body = get(server, LABELS, headers={
        "Accept": "application/sparql-results+xml;q=0.5, text/tab-separated-values;q=0.9"})
    assert headers["Content-Type"].startswith("text/tab-separated-values")
    status, headers, body = get(server, LABELS, headers={"Accept": "*/*"})
    assert headers["Content-Type"].startswith("application/sparql-results+json")
    assert len(labels_from_json(json.loads(body))) == PROGRAM_COUNT


def test_406_when_no_format_fits(server):
    status, _, body = get(server, LABELS, headers={"Accept": "image/png"})
    assert status == 406
    assert b"application/sparql-results+json" in body
    status, _, _ = get(server, CONSTRUCT, headers={"Accept": "text/csv"})
    assert status == 406


def test_400_with_the_parser_message_for_a_malformed_query(server):
    status, headers, body = get(server, "SELECT ?x WHERE { ?x ?p }")
    assert status == 400
    assert headers["Content-Type"].startswith("text/plain")
    assert body.startswith(b"Malformed query:") and b"1:" in body


def test_415_for_an_unknown_body_type(server):
    status, _, body = http(server, data=b"{}", headers={"Content-Type": "application/json"})
    assert status == 415 and b"application/sparql-query" in body


def test_infer_parameter(server):
    text = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    counts = {}
    for infer in ("true", "false"):
        _, _, body = get(server, text, infer=infer)
        counts[infer] = int(json.loads(body)["results"]["bindings"][0]["n"]["value"])
    assert counts == {"true": TOTAL, "false": TOTAL - PROGRAM_COUNT}


def test_default_and_named_graph_uri_parameters(server):
    text = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    _, _, body = get(server, text, **{"default-graph-uri": str(ONTOLOGY_GRAPH)})
    assert json.loads(body)["results"]["bindings"][0]["n"]["value"] == "2"
    text = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    _, _, body = get(server, text, **{"named-graph-uri": [str(INFERRED_GRAPH), str(ONTOLOGY_GRAPH)]})
    graphs = {b["g"]["value"] for b in json.loads(body)["results"]["bindings"]}
    assert graphs == {str(INFERRED_GRAPH), str(ONTOLOGY_GRAPH)}


# -- no query: service description, VoID, HTML page -------------------------------------------


def test_service_description_and_void_at_the_endpoint_url(server):
    status, headers, body = http(server, headers={"Accept": "text/turtle"})
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    graph = rdflib.Graph().parse(data=body, format="turtle")
    # Named by ickg's IRI base (or BASE_URL), never by the Host the client sent.
    service = rdflib.URIRef(BASE + "sparql")
    sd, void = rdflib.Namespace(str(SD)), rdflib.Namespace(str(VOID))
    assert (service, rdflib.RDF.type, sd.Service) in graph
    assert (service, sd.endpoint, service) in graph
    assert (service, sd.resultFormat, rdflib.URIRef("http://www.w3.org/ns/formats/SPARQL_Results_CSV")) in graph
    dataset = graph.value(service, sd.defaultDataset)
    assert int(graph.value(dataset, void.triples)) == TOTAL
    assert int(graph.value(rdflib.URIRef(str(INFERRED_GRAPH)), void.triples)) == PROGRAM_COUNT
    assert (service, sd.supportedLanguage, sd.SPARQL11Update) not in graph


def test_service_description_as_json_ld(server):
    status, headers, body = http(server, headers={"Accept": "application/ld+json"})
    graph = rdflib.Graph().parse(data=body, format="json-ld")
    assert (rdflib.URIRef(BASE + "sparql"), rdflib.RDF.type, rdflib.URIRef(str(SD) + "Service")) in graph


def test_browser_gets_the_html_query_page(server):
    browser = {"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}
    status, headers, body = http(server, headers=browser)
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert b"<textarea" in body and b"<form" in body
    status, _, body = get(server, LABELS + " # <script>alert(1)</script>", headers=browser)
    assert status == 200
    page = body.decode()
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;" in page
    assert "Programme 11 &#34;quoted&#34;, with comma" in page or "Programme 11 \\&#34;quoted" in page
    assert page.count("<tr>") == PROGRAM_COUNT + 1


# -- caching -----------------------------------------------------------------------------------


def test_etag_and_304_and_new_etag_after_a_rebuild(tmp_path, live_server):
    root = tmp_path / "build" / "store"
    replace_local_store(root, sample_quads())
    live = live_server(DATA_DIR=str(tmp_path))
    text = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    status, headers, body = get(live.sparql, text)
    etag = headers["ETag"]
    assert status == 200 and etag
    assert json.loads(body)["results"]["bindings"][0]["n"]["value"] == str(TOTAL)
    status, headers2, _ = get(live.sparql, text)
    assert headers2["ETag"] == etag
    status, _, body = get(live.sparql, text, headers={"If-None-Match": etag})
    assert status == 304 and body == b""
    replace_local_store(root, sample_quads()[:7])
    status, headers3, body = get(live.sparql, text, headers={"If-None-Match": etag})
    assert status == 200 and headers3["ETag"] != etag
    assert json.loads(body)["results"]["bindings"][0]["n"]["value"] == "7"


def test_volatile_queries_are_not_cached(server):
    _, headers, _ = get(server, "SELECT (RAND() AS ?r) WHERE {}")
    assert "ETag" not in headers


# -- concurrency and the command line ----------------------------------------------------------


def test_serves_several_clients_at_once(server):
    errors, answers = [], []

    def client(i):
        text = f"SELECT ?l WHERE {{ <https://w3id.org/ickg/id/org/{i}> <http://www.w3.org/2000/01/rdf-schema#label> ?l }}"
        for _ in range(5):
            status, _, body = get(server, text)
            if status != 200:
                errors.append(status)
            else:
                answers.append((i, json.loads(body)["results"]["bindings"][0]["l"]["value"]))

    threads = [threading.Thread(target=client, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert len(answers) == 40
    assert all(label == f"Organisation {i}" for i, label in answers)


def test_ickg_serve_get_runs_in_process_from_any_directory(tmp_path, store_root):
    data_dir = store_root.parent.parent
    query = urllib.parse.quote(f"ASK {{ ?s a <{ICKG['Program']}> }}")
    result = subprocess.run([sys.executable, "-m", "ickg", "serve", "--data-dir", str(data_dir), "--get", f"/sparql?query={query}"],
                            cwd=tmp_path, capture_output=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["boolean"] is True
    bad = subprocess.run([sys.executable, "-m", "ickg", "serve", "--data-dir", str(data_dir), "--get", "/sparql?query=SELEC"],
                         cwd=tmp_path, capture_output=True, timeout=60)
    assert bad.returncode == 1 and bad.stdout.startswith(b"Malformed query")


def test_ickg_serve_starts_waitress_on_loopback(tmp_path, store_root):
    """The real command: binds 127.0.0.1 by default and answers over HTTP."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "ICKG_DATA_DIR": str(store_root.parent.parent)}
    proc = subprocess.Popen([sys.executable, "-m", "ickg", "serve", "--port", str(port)], cwd=tmp_path, env=env,
                            stderr=subprocess.PIPE, text=True)
    try:
        line = startup_lines(proc)
        assert f"http://127.0.0.1:{port}/sparql" in line
        status, _, body = get(f"http://127.0.0.1:{port}/sparql", f"ASK {{ ?s a <{ICKG['Program']}> }}")
        assert status == 200 and json.loads(body)["boolean"] is True
    finally:
        proc.terminate()
        proc.wait(timeout=10)


# -- Jena ------------------------------------------------------------------------------------


def jena_rsparql(tmp_path):
    """A command line that runs Jena's ``rsparql``, or ``None`` when Jena is not installed.

    Debian's libapache-jena-java ships the jars but no ``rsparql`` script, and its jena-core
    relocates Xerces to ``xerces.*`` while leaving the message bundles under
    ``org/apache/jena/ext/xerces``: without a copy of them at the relocated path every command
    dies with "internal error" while initialising XSD datatypes. Both are worked around here.
    """
    script = shutil.which("rsparql")
    if script:
        return [script]
    jena_core = Path("/usr/share/java/jena-core.jar")
    java = shutil.which("java")
    if not jena_core.exists() or not java:
        return None
    import zipfile

    fix = tmp_path / "jena-fix"
    with zipfile.ZipFile(jena_core) as jar:
        for name in jar.namelist():
            if name.startswith("org/apache/jena/ext/xerces/") and name.endswith(".properties"):
                target = fix / "xerces" / name.removeprefix("org/apache/jena/ext/xerces/")
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(jar.read(name))
    jars = [p for p in sorted(Path("/usr/share/java").glob("*.jar"))
            if not any(c.isdigit() for c in p.stem.split("-")[-1][:1])
            and "slf4j" not in p.name and "log4j" not in p.name and "logback" not in p.name]
    wanted = ("jena", "commons-", "dexx", "gson", "guava", "http", "jackson", "jsonld", "jakarta.json",
              "protobuf", "thrift", "titanium", "caffeine", "collection", "atinject", "jsr305")
    jars = [p for p in jars if p.name.startswith(wanted)]
    classpath = [str(p) for p in jars] + ["/usr/share/java/slf4j-api.jar", "/usr/share/java/slf4j-nop.jar", str(fix)]
    return [java, "-cp", ":".join(classpath), "arq.rsparql"]


def test_jena_rsparql_reads_json_xml_and_turtle(server, tmp_path):
    command = jena_rsparql(tmp_path)
    if command is None:
        pytest.skip("Jena is not installed (Debian: apt-get install libapache-jena-java; .ci/run does it)")
    def rsparql(query, *options):
        path = tmp_path / "query.rq"
        path.write_text(query)
        return subprocess.run(command + ["--service", server, *options, "--query", str(path)],
                              capture_output=True, text=True, timeout=120)

    select = rsparql(LABELS, "--results", "CSV")
    if "ClassNotFoundException" in select.stderr or "NoClassDefFoundError" in select.stderr:
        pytest.skip(f"this Jena installation cannot start rsparql: {select.stderr[:300]}")
    assert select.returncode == 0, select.stderr
    rows = list(csv.reader(io.StringIO(select.stdout)))
    assert rows[0] == ["program", "label"] and len(rows) == PROGRAM_COUNT + 1
    assert rows[1][1] == 'Programme 0 "quoted", with comma'
    construct = rsparql(CONSTRUCT, "--results", "NT")
    assert construct.returncode == 0, construct.stderr
    assert len(rdflib.Graph().parse(data=construct.stdout, format="nt")) == PROGRAM_COUNT
    ask = rsparql("ASK { ?s ?p ?o }")
    assert ask.returncode == 0 and "Yes" in ask.stdout, ask.stdout + ask.stderr


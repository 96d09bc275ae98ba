"""`ickg build`, `ickg ingest` and `ickg serve` with ``--store-url``, end to end, against a real
``oxigraph serve`` and a real Virtuoso 7 (``remote_stores.py``), as processes, over HTTP.

The seed corpus is built into each store by the command; then ``ickg serve --store-url`` in front
of it must answer every competency question and show every page of the viewer exactly as the
embedded store does (``built_data_dir``, the session's build of the same data, served locally).
Each server is the session's (``remote_stores.py``, started once); the builds into them are the
cost of this module (one per store, and one ingest). Virtuoso
needs a login (digest auth): it comes from the environment, and no process list taken while the
commands run, and no output of theirs, shows the password. Virtuoso runs on this machine, so the
build uses its bulk loader through isql; the Oxigraph build streams batches to ``/store``.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pyoxigraph as ox
import pytest

from remote_stores import free_port
from threaded_server import stop
from test_portable_queries import PAGES, concatenated, local_answer, normal_rows
from ickg.resources import query_files
from ickg.store import open_local, open_remote, store_dir
from ickg.web import create_app, create_server

REPO = Path(__file__).resolve().parent.parent
NEW_DOCUMENT = """Hospital at home in France

Abstract
Case management in France reduced barriers between hospitals and community nursing for older adults.
"""


def _env(server) -> dict:
    # no ICKG_ setting of the caller's, but the run's folder of HermiT reports (tests/conftest.py)
    env = {k: v for k, v in os.environ.items() if not k.startswith("ICKG_") or k == "ICKG_CACHE_DIR"}
    if server.user:
        env["ICKG_STORE_USER"] = server.user
        env["ICKG_STORE_PASSWORD"] = server.password
        env["ICKG_VIRTUOSO_ISQL"] = f"127.0.0.1:{server.isql_port}"
    return env


def _process_list() -> set[str]:
    """Every process's command line, as ``ps -eo args`` shows it: read from ``/proc/PID/cmdline``,
    where ``ps`` reads it (a ``ps`` process per sample cost about 12 ms of CPU, 10 samples a second)."""
    lines = set()
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            raw = cmdline.read_bytes()
        except OSError:  # the process ended meanwhile
            continue
        if raw:
            lines.add(raw.rstrip(b"\0").replace(b"\0", b" ").decode("utf-8", "replace"))
    return lines


class IckgCommand:
    """``ickg ARGS`` running as a process, its output read and the process list sampled every 0.1 s
    (in threads) until it ends."""

    def __init__(self, args: list[str], env: dict):
        self.proc = subprocess.Popen([sys.executable, "-m", "ickg", *args], stdout=subprocess.PIPE,
                                     stderr=subprocess.STDOUT, text=True, env=env)
        self.output: list[str] = []
        self.seen: set[str] = set()
        self.threads = [threading.Thread(target=lambda: self.output.append(self.proc.stdout.read()), daemon=True),
                        threading.Thread(target=self._sample, daemon=True)]
        for thread in self.threads:
            thread.start()

    def _sample(self) -> None:
        while self.proc.poll() is None:
            self.seen.update(_process_list())
            time.sleep(0.1)

    def finish(self, timeout: float = 600) -> tuple[int, str, list[str]]:
        """(exit status, stdout + stderr, command lines seen in the process list meanwhile)."""
        self.proc.wait(timeout=timeout)
        for thread in self.threads:
            thread.join(timeout=10)
        return self.proc.returncode, "".join(self.output), sorted(self.seen)


def ickg_command(args: list[str], env: dict, timeout: float = 600) -> tuple[int, str, list[str]]:
    """(exit status, stdout + stderr, command lines seen in the process list meanwhile) of ``ickg ARGS``."""
    return IckgCommand(args, env).finish(timeout)


def _data_dir(tmp: Path) -> Path:
    data = tmp / "data"
    for part in ("corpus", "curation", "imports"):
        if (REPO / "graph_data" / part).is_dir():
            shutil.copytree(REPO / "graph_data" / part, data / part)
    return data


@pytest.fixture(scope="module")
def embedded_store(built_data_dir):
    """The session's local build of the same data, as ``ickg serve`` opens it."""
    store = open_local(store_dir(built_data_dir[0]), workers=2)
    yield store
    store.close()


@pytest.fixture(scope="module")
def embedded_server(embedded_store):
    """The real waitress server over :func:`embedded_store` on 127.0.0.1 (ephemeral port)."""
    app = create_app({"STORE": embedded_store, "TESTING": True})
    server = create_server(app, host="127.0.0.1", port=0, threads=8)
    thread = threading.Thread(target=server.run, name="waitress-embedded", daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.effective_port}"
    stop(server, thread)


STORES = ["oxigraph", "virtuoso"]


@pytest.fixture(scope="module")
def builds(request, tmp_path_factory):
    """``ickg build --store-url`` into each store the module's selected tests use, all started at
    once (each mostly waits on its store, its HermiT or one core): {kind: (server, data, env, command)}."""
    kinds = [kind for kind in STORES if any(
        item.module is request.module and getattr(item, "callspec", None) is not None
        and item.callspec.params.get("built") == kind for item in request.session.items)]
    started = {}
    for kind in kinds:
        try:
            server = request.getfixturevalue(f"{kind}_server")
        except pytest.skip.Exception:
            continue  # the tests on this store skip with the server fixture's reason (built)
        server.clear()
        data = _data_dir(tmp_path_factory.mktemp(f"remote-{kind}"))
        # HermiT's report kept (in the run's ICKG_CACHE_DIR) by the local build of the same data,
        # which the tests compare with: read again only if this build hands HermiT the very same
        # triples, else HermiT runs
        request.getfixturevalue("built_data_dir")
        env = _env(server)
        started[kind] = (server, data, env, IckgCommand(["build", "--data-dir", str(data), "--store-url",
                                                         server.query_url], env))
    yield started
    for *_, command in started.values():
        if command.proc.poll() is None:
            command.proc.kill()
            command.finish()


@pytest.fixture(scope="module", params=STORES)
def built(request, builds):
    """A store loaded by ``ickg build --store-url`` (module-wide), with what the command showed."""
    if request.param not in builds:
        request.getfixturevalue(f"{request.param}_server")  # skips, as that fixture says why
    server, data, env, command = builds[request.param]
    status, output, seen = command.finish()
    assert status == 0, output
    yield {"server": server, "data": data, "env": env, "output": output, "ps": seen}
    server.clear()


def start_serve(server, data_dir: Path, env: dict, log: Path) -> dict:
    """``ickg serve --store-url`` in front of ``server``, with ``data_dir`` as its data directory
    (where the text index of the store's build is looked for), as a process on a free port,
    once it answers."""
    port = free_port()
    with open(log, "wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "ickg", "serve", "--store-url", server.query_url,
                                 "--data-dir", str(data_dir), "--port", str(port), "--timeout", "60"],
                                stdout=out, stderr=subprocess.STDOUT, env=env)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(url + "/sparql?query=ASK%7B%7D", timeout=5).read()
            break
        except (urllib.error.URLError, ConnectionError):
            assert proc.poll() is None and time.monotonic() < deadline, log.read_text()
            time.sleep(0.2)
    return {"url": url, "log": log, "proc": proc}


def stop_serve(served: dict) -> None:
    served["proc"].terminate()
    served["proc"].wait(timeout=20)


@pytest.fixture(scope="module")
def served(built):
    """``ickg serve --store-url`` in front of the built store, from the data directory that built it."""
    served = start_serve(built["server"], built["data"], built["env"], built["data"] / "serve.log")
    yield served
    stop_serve(served)


def get(url: str, accept: str = "text/html", timeout: float = 120) -> tuple[int, bytes]:
    request = urllib.request.Request(url.replace(" ", "%20"), headers={"Accept": accept})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as err:
        return err.code, err.read()


def test_build_loads_the_same_graphs_as_the_local_build(built, embedded_store):
    server = built["server"]
    assert server.ickg_graphs() == embedded_store.named_graphs()
    for graph in embedded_store.named_graphs():
        text = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
        here = json.loads(embedded_store.query(text, fmt="json").body)["results"]["bindings"][0]["n"]["value"]
        there = server.select(text)["results"]["bindings"][0]["n"]["value"]
        assert int(there) == int(here), graph
    expected = "virtuoso-bulk" if server.kind == "virtuoso" else "gsp-bulk"
    assert expected in built["output"], built["output"]


def test_the_remote_dataset_is_ickgs_graphs_whatever_else_the_store_holds(built, embedded_store):
    server = built["server"]
    remote = open_remote(server.query_url)
    assert remote.named_graphs() == embedded_store.named_graphs()
    if server.kind == "virtuoso":  # Virtuoso's own graphs are there, and stay out
        assert set(server.graphs()) - set(remote.named_graphs())
    text = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    assert (json.loads(remote.query(text, fmt="json").body) == json.loads(embedded_store.query(text, fmt="json").body))


def test_credentials_never_show_in_process_lists_or_output(built, served):
    server = built["server"]
    if not server.password:
        pytest.skip("this store has no login")
    if server.kind == "virtuoso":  # the bulk load ran isql, which was given the password on its terminal
        assert any("isql" in line for line in built["ps"])
    assert not [line for line in built["ps"] if server.password in line]
    assert server.password not in built["output"]
    assert server.password not in served["log"].read_text(errors="replace")


@pytest.fixture(scope="module")
def embedded_answers(embedded_store):
    """``{query name: rows}`` of the competency questions on the embedded store, each asked once
    for the module (the store is read-only; both stores' tests compare with the same rows)."""
    return {}


def test_competency_questions_through_remote_serve(served, embedded_store, embedded_answers):
    questions = {name: resource.read_text(encoding="utf-8") for name, resource in query_files() if name.startswith("cq")}
    assert questions
    # the embedded answers not known yet in a thread of their own, the remote ones here, one at a time
    with ThreadPoolExecutor(max_workers=1) as pool:
        local = {name: pool.submit(local_answer, embedded_store, text, graph_form=False)
                 for name, text in questions.items() if name not in embedded_answers}
        answers = {name: get(served["url"] + "/sparql?" + urllib.parse.urlencode({"query": text}),
                             accept="application/sparql-results+json") for name, text in questions.items()}
        embedded_answers.update({name: future.result() for name, future in local.items()})
    differ = []
    for name, text in questions.items():
        status, body = answers[name]
        assert status == 200, (name, body[:300])
        if normal_rows(json.loads(body), concatenated(text)) != embedded_answers[name]:
            differ.append(name)
    assert differ == []


_ATOM = re.compile(r'(?:href|title|src)="[^"]*"|>([^<]+)<')


def page_content(page: str, body: bytes):
    """What a page says, in no particular order: engines return rows in their own order, and
    where the viewer does not sort them (a list of links, the triples of an RDF answer) the page
    lists the same things in another order. An RDF page: its triples; a CSV: its lines; HTML and
    SVG: every link, title and piece of text (lists split at their separators)."""
    path = page.split("?", 1)[0]
    if path.endswith(".ttl"):
        return sorted(re.sub(r"_:[A-Za-z0-9_.-]+", "_:", str(t))
                      for t in ox.parse(body, format=ox.RdfFormat.TURTLE, base_iri="https://w3id.org/"))
    if path.endswith(".csv"):
        return sorted(body.decode("utf-8").splitlines())
    atoms = []
    for match in _ATOM.finditer(body.decode("utf-8", errors="replace")):
        text = match.group(1)
        if text is None:  # an attribute; a title may list several statements, one a line
            name, value = match.group(0).split("=", 1)
            atoms += [f"{name}={line}" for line in value.strip('"').split("\n")]
        else:
            atoms += [part.strip() for part in re.split(r"[;,]\s", text) if part.strip()]
    return sorted(atoms)


# Search answers from the text index the build wrote beside its record of the remote load
# (ickg.store.remote_index), from the same N-Quads as the embedded store's: the same hits, scores,
# snippets and order. The JSON twins are compared whole.
SEARCHES = ("/search.json?q=PRISMA", "/search.json?q=integration care", "/search.json?q=%22bundled care%22",
            "/search.json?q=integr* -hospital&kind=label,quote,definition", "/search?q=case-management",
            "/search.json?q=older adults&limit=50")
SAME_PAGES = PAGES + SEARCHES


@pytest.fixture(scope="module")
def embedded_pages(embedded_server):
    """``{page: (status, body)}`` of every page of :data:`SAME_PAGES` as the embedded server
    answers it, each fetched once for the module: the embedded store is read-only, and both
    stores' tests compare with the same answers."""
    return {}


def test_every_viewer_page_as_on_the_embedded_store(served, embedded_server, embedded_pages):
    assert any(page.startswith("/search?") for page in PAGES)
    # The embedded pages not fetched yet come in a thread of their own while the remote ones are
    # fetched here, one at a time as before (the remote server's query timeout stays far off).
    with ThreadPoolExecutor(max_workers=1) as pool:
        local = {page: pool.submit(get, embedded_server + page) for page in SAME_PAGES if page not in embedded_pages}
        remote = {page: get(served["url"] + page) for page in SAME_PAGES}
        embedded_pages.update({page: future.result() for page, future in local.items()})
    differ = []
    for page in SAME_PAGES:
        here, there = embedded_pages[page], remote[page]
        if page.startswith("/search.json"):
            same = here[0] == there[0] and json.loads(here[1]) == json.loads(there[1])
        else:
            same = here[0] == there[0] and page_content(page, here[1]) == page_content(page, there[1])
        if not same:
            differ.append((page, here[0], there[0]))
    assert differ == []


def test_remote_search_uses_the_index_of_the_build_the_store_holds(built, served):
    log = served["log"].read_text(errors="replace")
    assert "search: the text index of build" in log, log
    build_id = (built["data"] / "build" / "remote" / "CURRENT").read_text().strip()
    assert build_id in log
    assert open_remote(built["server"].query_url).build_mark() == build_id
    status, body = get(served["url"] + "/search.json?q=PRISMA")
    found = json.loads(body)
    assert status == 200 and found["engine"] == "index" and found["results"], found
    # a quote (only the index has quotes) with its document and offsets
    status, body = get(served["url"] + "/search.json?q=PRISMA&kind=quote")
    hits = [h for r in json.loads(body)["results"] for h in r["hits"]]
    assert hits and all(h["kind"] == "quote" and h["end"] > h["start"] for h in hits)


def test_a_store_loaded_from_another_data_directory_is_searched_by_a_scan(built, tmp_path):
    elsewhere = tmp_path / "another-machine"
    elsewhere.mkdir()
    served = start_serve(built["server"], elsewhere, built["env"], tmp_path / "serve.log")
    try:
        status, body = get(served["url"] + "/search.json?q=PRISMA")
        found = json.loads(body)
        assert status == 200 and found["engine"] == "scan" and found["results"], found
        log = served["log"].read_text(errors="replace")
        assert log.count("searching by a SPARQL scan") == 1, log
    finally:
        stop_serve(served)


# ickg:search in SPARQL: on the embedded store a custom function; on a remote store each call is
# replaced by its answer from the same text index before the query is sent (ickg.store.remote_search).
SEARCH_QUERIES = (
    """PREFIX ickg: <https://w3id.org/ickg/ontology/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?x ?score ?label WHERE { ?x rdfs:label ?label . BIND(ickg:search(?x, "integrated care") AS ?score)
  FILTER(BOUND(?score)) } ORDER BY DESC(?score) ?x ?label LIMIT 25""",
    """PREFIX k: <https://w3id.org/ickg/ontology/>
SELECT * WHERE { ?x a k:Program . FILTER(k:search(?x, "PRISMA") > 0) }""",
    """PREFIX ickg: <https://w3id.org/ickg/ontology/>
SELECT ?doc ?s WHERE { ?doc a ickg:SourceDocument .  # ickg:search(?doc, "in a comment") is left alone
  BIND(<https://w3id.org/ickg/ontology/search>(?doc, 'case manag* -\\u0022hospital at home\\u0022') AS ?s) }""",
)


def test_ickg_search_in_sparql_answers_as_on_the_embedded_store(served, embedded_store):
    for text in SEARCH_QUERIES:
        status, body = get(served["url"] + "/sparql?" + urllib.parse.urlencode({"query": text}),
                           accept="application/sparql-results+json")
        assert status == 200, (text, body[:300])
        there = json.loads(body)
        here = json.loads(embedded_store.query(text, fmt="json", timeout=120).body)
        assert there["head"]["vars"] == here["head"]["vars"], text
        assert normal_rows(there) == normal_rows(here), text
        assert here["results"]["bindings"], text


def test_ickg_search_in_another_form_or_without_the_index_is_a_clear_400(built, served, tmp_path):
    text = "PREFIX ickg: <https://w3id.org/ickg/ontology/>\nSELECT * WHERE { ?x ?p ?w BIND(ickg:search(?x, ?w) AS ?s) }"
    status, body = get(served["url"] + "/sparql?" + urllib.parse.urlencode({"query": text}),
                       accept="application/sparql-results+json")
    assert status == 400 and b"ickg:search(?x" in body and b"string literal" in body, body[:400]
    elsewhere = tmp_path / "another-machine"
    elsewhere.mkdir()
    env = built["env"]
    status, output, _ = ickg_command(["serve", "--store-url", built["server"].query_url, "--data-dir", str(elsewhere),
                                      "--get", "/sparql?" + urllib.parse.urlencode({"query": SEARCH_QUERIES[0]})], env)
    assert status != 0 and "needs the text index" in output and "Traceback" not in output, output


def test_ingest_adds_the_document_to_the_remote_store(built, served):
    server = built["server"]
    new = built["data"].parent / "hospital-at-home-france.txt"
    new.write_text(NEW_DOCUMENT, encoding="utf-8")
    before = server.select("SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a <https://w3id.org/ickg/ontology/SourceDocument> }",
                           default_graphs=server.ickg_graphs())
    status, output, seen = ickg_command(["ingest", str(new), "--data-dir", str(built["data"]),
                                         "--store-url", server.query_url], built["env"])
    assert status == 0, output
    after = server.select("SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a <https://w3id.org/ickg/ontology/SourceDocument> }",
                          default_graphs=server.ickg_graphs())
    count = lambda doc: int(doc["results"]["bindings"][0]["n"]["value"])  # noqa: E731
    assert count(after) == count(before) + 1
    if server.password:
        assert not [line for line in seen if server.password in line]
        assert server.password not in output
    status, body = get(served["url"] + "/search?q=hospital+at+home")
    assert status == 200 and b"Hospital at home in France" in body
    # the ingest's build loaded the store and swapped in its index: the server moved to it
    build_id = (built["data"] / "build" / "remote" / "CURRENT").read_text().strip()
    assert open_remote(server.query_url).build_mark() == build_id
    status, body = get(served["url"] + "/search.json?q=hospital+at+home+France")
    found = json.loads(body)
    assert found["engine"] == "index" and found["results"][0]["label"] == "Hospital at home in France", found


def test_credentials_in_the_url_are_refused(tmp_path):
    status, output, _ = ickg_command(["build", "--data-dir", str(tmp_path), "--store-url",
                                      "http://dba:topsecret@127.0.0.1:9/sparql"], dict(os.environ))
    assert status != 0
    assert "ICKG_STORE_USER" in output and "Traceback" not in output
    assert "topsecret" not in output


def test_wrong_password_is_a_clear_error(virtuoso_server, tmp_path):
    env = _env(virtuoso_server)
    env["ICKG_STORE_PASSWORD"] = "not-the-password"
    data = _data_dir(tmp_path)
    status, output, _ = ickg_command(["build", "--data-dir", str(data), "--store-url", virtuoso_server.query_url,
                                      "--no-dl", "--no-reason"], env)
    assert status != 0 and "Traceback" not in output
    assert "refused" in output and "not-the-password" not in output


class _SilentServer:
    """A TCP server on loopback that accepts connections and never answers."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(50)
        self.port = self.sock.getsockname()[1]
        self.held = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.held.append(conn)

    def close(self):
        self.sock.close()
        for conn in self.held:
            conn.close()


def test_unreachable_store_is_502_and_silent_store_is_504(live_server):
    down = live_server(STORE_URL=f"http://127.0.0.1:{free_port()}/sparql", QUERY_TIMEOUT=2)
    status, body = get(down.url + "/sparql?query=ASK%7B%7D", accept="application/sparql-results+json")
    assert status == 502 and b"127.0.0.1" in body, body
    status, body = get(down.url + "/")
    assert status == 502
    silent = _SilentServer()
    try:
        slow = live_server(STORE_URL=f"http://127.0.0.1:{silent.port}/sparql", QUERY_TIMEOUT=2)
        started = time.monotonic()
        status, body = get(slow.url + "/sparql?query=ASK%7B%7D", accept="application/sparql-results+json")
        assert status == 504 and f"127.0.0.1:{silent.port}".encode() in body, body
        assert time.monotonic() - started < 20
    finally:
        silent.close()

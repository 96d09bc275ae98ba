"""Safe by default: nothing fetched, updates locked, timeouts that stop the work, caps announced."""

import json
import os
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest

from conftest import sample_quads
from ickg.namespaces import ASSERTED_GRAPH
from ickg.store import replace_local_store

TOTAL = len(sample_quads())


def http(url, *, data=None, headers=None, method=None):
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers, err.read()


def get(url, query, **params):
    headers = params.pop("headers", {})
    return http(url + "?" + urllib.parse.urlencode({"query": query, **params}, doseq=True), headers=headers)


def post_update(url, text, token=None):
    headers = {"Content-Type": "application/sparql-update"}
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    return http(url, data=text.encode(), headers=headers)


@pytest.fixture
def own_store_dir(tmp_path):
    """A data directory with its own store, for tests that change or stress it."""
    replace_local_store(tmp_path / "build" / "store", sample_quads())
    return tmp_path


class Listener:
    """A TCP listener on loopback that counts the connections it accepts."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.accepted = []
        self._stop = False
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self):
        while not self._stop:
            try:
                conn, _ = self.sock.accept()
            except (socket.timeout, OSError):
                continue
            self.accepted.append(conn.recv(200))
            conn.close()

    def close(self):
        self._stop = True
        self.thread.join(2)
        self.sock.close()


@pytest.fixture
def listener():
    lst = Listener()
    yield lst
    lst.close()


# -- nothing leaves the machine ----------------------------------------------------------------


def test_the_listener_would_see_pyoxigraph_connect(listener):
    """Control: the listener catches an engine's outbound call, so the next test can fail."""
    with pytest.raises(OSError):
        list(ox.Store().query(f"SELECT * {{ SERVICE <http://127.0.0.1:{listener.port}/> {{ ?s ?p ?o }} }}"))
    deadline = time.monotonic() + 2
    while not listener.accepted and time.monotonic() < deadline:
        time.sleep(0.05)
    assert listener.accepted and listener.accepted[0].startswith(b"POST")


def test_service_load_and_remote_from_are_refused_and_never_fetched(live_server, own_store_dir, listener):
    live = live_server(DATA_DIR=str(own_store_dir), UPDATE_TOKEN="s3cret")
    remote = f"http://127.0.0.1:{listener.port}"
    queries = [
        f"SELECT * WHERE {{ SERVICE <{remote}/> {{ ?s ?p ?o }} }}",
        f"select * where {{ service silent <{remote}/sparql> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ ?s ?p ?o # comment\n SERVICE <{remote}/> {{ ?s ?p ?o }} }}",
        f"PREFIX r: <{remote}/> SELECT * WHERE {{ SERVICE r:sparql {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ SERVIC\\u0045 <{remote}/> {{ ?s ?p ?o }} }}",
        f"SELECT * FROM <{remote}/x> WHERE {{ ?s ?p ?o }}",
        f"SELECT * FROM NAMED <{remote}/x> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
        f"PREFIX r: <{remote}/> SELECT * FROM r:x WHERE {{ ?s ?p ?o }}",
        f"BASE <{remote}/> SELECT * FROM <x> WHERE {{ ?s ?p ?o }}",
        f"CONSTRUCT WHERE {{ SERVICE <{remote}/> {{ ?s ?p ?o }} }}",
    ]
    for text in queries:
        for headers in ({}, {"Accept": "text/html"}):
            status, _, body = get(live.sparql, text, headers=headers)
            assert status == 400, text
            assert b"Refused" in body, body
        status, _, body = http(live.sparql, data=text.encode(), headers={"Content-Type": "application/sparql-query"})
        assert status == 400
    for param in ("default-graph-uri", "named-graph-uri"):
        status, _, body = get(live.sparql, "SELECT * WHERE { ?s ?p ?o }", **{param: f"{remote}/x"})
        assert status == 400 and b"never fetched" in body
    for update in (
        f"LOAD <{remote}/data.ttl>",
        f"LOAD SILENT <{remote}/data.ttl> INTO GRAPH <{ASSERTED_GRAPH}>",
        f"INSERT {{ ?s ?p ?o }} USING <{remote}/x> WHERE {{ ?s ?p ?o }}",
        f"INSERT {{ ?s ?p ?o }} WHERE {{ SERVICE <{remote}/> {{ ?s ?p ?o }} }}",
    ):
        status, _, body = post_update(live.sparql, update, token="s3cret")
        assert status == 400 and b"Refused" in body, update
    time.sleep(0.3)
    assert listener.accepted == []
    # the endpoint still works and a local FROM is fine
    status, _, body = get(live.sparql, f"SELECT (COUNT(*) AS ?n) FROM <{ASSERTED_GRAPH}> WHERE {{ ?s ?p ?o }}")
    assert status == 200 and json.loads(body)["results"]["bindings"][0]["n"]["value"] == "48"


def test_the_word_service_in_strings_and_names_is_not_refused(live_server, local_store):
    live = live_server(local_store)
    text = 'SELECT ?service WHERE { BIND("SERVICE <http://x/> LOAD" AS ?service) } # SERVICE'
    status, _, body = get(live.sparql, text)
    assert status == 200
    assert json.loads(body)["results"]["bindings"][0]["service"]["value"] == "SERVICE <http://x/> LOAD"


# -- update ------------------------------------------------------------------------------------


def test_update_is_refused_without_a_configured_token(live_server, local_store):
    live = live_server(local_store)
    status, _, body = post_update(live.sparql, "INSERT DATA { <urn:a> <urn:b> <urn:c> }", token="anything")
    assert status == 403 and b"read-only" in body
    status, _, body = http(live.sparql, data=urllib.parse.urlencode({"update": "CLEAR ALL"}).encode(),
                           headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 403
    status, _, _ = get(live.sparql, "ASK { <urn:a> <urn:b> <urn:c> }")
    assert status == 200


def test_update_with_the_token_only(live_server, own_store_dir):
    live = live_server(DATA_DIR=str(own_store_dir), UPDATE_TOKEN="s3cret")
    insert = f"INSERT DATA {{ GRAPH <{ASSERTED_GRAPH}> {{ <urn:new> <urn:p> 'added' }} }}"
    assert post_update(live.sparql, insert)[0] == 401
    assert post_update(live.sparql, insert, token="wrong")[0] == 401
    _, headers, _ = get(live.sparql, "ASK { <urn:new> ?p ?o }")
    before = headers["ETag"]
    status, _, body = post_update(live.sparql, insert, token="s3cret")
    assert status == 200, body
    status, headers, body = get(live.sparql, "ASK { <urn:new> ?p ?o }", headers={"If-None-Match": before})
    assert status == 200 and json.loads(body)["boolean"] is True
    assert post_update(live.sparql, "INSERT DATA { broken", token="s3cret")[0] == 400
    status, _, body = http(live.sparql, headers={"Accept": "text/turtle"})
    assert b"SPARQL11Update" in body


# -- timeouts stop the work --------------------------------------------------------------------


def cpu_ticks(pid):
    """utime + stime of a process, in clock ticks, from /proc (0 when it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except FileNotFoundError:
        return 0
    return int(fields[11]) + int(fields[12])


def alive(pid):
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"


CROSS_JOIN = """SELECT (COUNT(*) AS ?n) WHERE {
  ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n1 ?o . ?q ?r ?s
}"""


@pytest.mark.alone
def test_timeout_kills_the_query_and_frees_the_core(live_server, own_store_dir):
    live = live_server(DATA_DIR=str(own_store_dir), QUERY_TIMEOUT=1, QUERY_WORKERS=1)
    pool = live.store.pool
    # the worker has started and opened the store (on a loaded machine, later than the 1 s a
    # query waits for a free worker), and answers
    assert pool.wait_ready(30)
    status, _, _ = get(live.sparql, "ASK { ?s ?p ?o }")
    assert status == 200
    (worker,) = pool.pids
    status, headers, body = get(live.sparql, CROSS_JOIN)
    assert status == 503
    assert headers["Content-Type"].startswith("text/plain")
    assert b"timed out" in body and b"stopped" in body
    assert not alive(worker)  # the worker that ran the cross join was killed...
    (replacement,) = pool.pids
    assert replacement != worker  # ...and replaced
    # The endpoint answers at once (the replacement has started and opened the store)...
    status, _, body = get(live.sparql, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert status == 200 and json.loads(body)["results"]["bindings"][0]["n"]["value"] == str(TOTAL)
    # ...and nothing keeps a core busy: the workers and the server together use well under a
    # core over the next second (the cross join, had it survived, would take all of one).
    watched = [*pool.pids, worker, os.getpid()]
    before = sum(cpu_ticks(p) for p in watched)
    time.sleep(1.0)
    used = sum(cpu_ticks(p) for p in watched) - before
    assert used < os.sysconf("SC_CLK_TCK") * 0.3, used


# -- caps and limits ---------------------------------------------------------------------------


def test_row_cap_is_announced_in_headers_and_body(live_server, local_store):
    live = live_server(local_store, MAX_ROWS=5)
    text = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"
    status, headers, body = get(live.sparql, text, headers={"Accept": "application/sparql-results+json"})
    assert status == 200
    assert headers["ICKG-Result-Truncated"] == "true" and headers["ICKG-Result-Limit"] == "5"
    assert "5 rows" in headers["Warning"]
    doc = json.loads(body)
    assert len(doc["results"]["bindings"]) == 5 and "truncated" in doc["warning"]
    status, headers, body = get(live.sparql, text, headers={"Accept": "application/sparql-results+xml"})
    assert body.count(b"<result>") == 5 and b"<!-- Result truncated" in body
    for media_type in ("text/csv", "text/tab-separated-values"):  # no room in the body: refused, saying how to page
        status, headers, body = get(live.sparql, text, headers={"Accept": media_type})
        assert status == 413 and b"more than 5 rows" in body and b"OFFSET" in body
        assert headers["ICKG-Result-Limit"] == "5"
    status, headers, body = get(live.sparql, text + " ORDER BY ?s ?p ?o LIMIT 5 OFFSET 5",
                                headers={"Accept": "text/csv"})
    assert status == 200 and len(body.decode().strip().split("\r\n")) == 6
    status, headers, body = get(live.sparql, "CONSTRUCT WHERE { ?s ?p ?o }", headers={"Accept": "text/turtle"})
    assert body.startswith(b"# Result truncated") and headers["ICKG-Result-Truncated"] == "true"
    status, headers, body = get(live.sparql, "SELECT ?s WHERE { ?s ?p ?o } LIMIT 5")
    assert "ICKG-Result-Truncated" not in headers and "warning" not in json.loads(body)


def test_request_size_limits(live_server, local_store):
    live = live_server(local_store, MAX_CONTENT_LENGTH=2000, MAX_QUERY_LENGTH=1000)
    long_query = "SELECT * WHERE { ?s ?p ?o } #" + "x" * 3000
    status, _, _ = http(live.sparql, data=long_query.encode(), headers={"Content-Type": "application/sparql-query"})
    assert status == 413
    status, _, body = get(live.sparql, long_query[:1500])
    assert status == 413 and b"1000" in body


def test_cors_is_off_unless_configured(live_server, local_store):
    origin = {"Origin": "https://app.example"}
    plain = live_server(local_store)
    _, headers, _ = get(plain.sparql, "ASK {}", headers=origin)
    assert "Access-Control-Allow-Origin" not in headers
    open_to = live_server(local_store, CORS_ORIGIN="https://app.example")
    _, headers, _ = get(open_to.sparql, "ASK {}", headers=origin)
    assert headers["Access-Control-Allow-Origin"] == "https://app.example"
    _, headers, _ = get(open_to.sparql, "ASK {}", headers={"Origin": "https://evil.example"})
    assert "Access-Control-Allow-Origin" not in headers
    status, headers, _ = http(open_to.sparql, method="OPTIONS", headers={
        **origin, "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type"})
    assert status == 200 and "POST" in headers["Access-Control-Allow-Methods"]


def test_serve_binds_loopback_unless_told_otherwise():
    from ickg.cli import serve

    host = next(p for p in serve.params if p.name == "host")
    assert host.default == "127.0.0.1"

"""The WSGI fast path (ickg.web.fastpath.FastPath): repeated GET queries answered before Flask,
with exactly Flask's response, and never across a change of store version."""

import json
import urllib.parse

import pytest

from conftest import sample_quads
from ickg.store import replace_local_store
from ickg.web import create_app

QUERY = "SELECT ?l WHERE { <https://w3id.org/ickg/id/org/3> <http://www.w3.org/2000/01/rdf-schema#label> ?l }"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
JSON = {"Accept": "application/sparql-results+json"}


def url(text, **params):
    return "/sparql?" + urllib.parse.urlencode({"query": text, **params})


class Counting:
    """Counts the requests that reach Flask behind the fast path."""

    def __init__(self, app):
        self.fast_path = app.wsgi_app
        self.inner = self.fast_path.wsgi_app
        self.calls = 0
        self.fast_path.wsgi_app = self

    def __call__(self, environ, start_response):
        self.calls += 1
        return self.inner(environ, start_response)


def flat(response):
    return sorted((k, v) for k, v in response.headers.items())


@pytest.fixture
def app(local_store):
    return create_app({"STORE": local_store, "TESTING": True})


def test_a_repeat_is_answered_without_flask_and_identically(app):
    counting = Counting(app)
    client = app.test_client()
    first = client.get(url(QUERY), headers=JSON)
    assert first.status_code == 200 and counting.calls == 1
    second = client.get(url(QUERY), headers=JSON)
    assert counting.calls == 1  # not routed through Flask
    assert second.status_code == 200
    assert second.get_data() == first.get_data()
    assert flat(second) == flat(first)
    assert json.loads(second.get_data())["results"]["bindings"][0]["l"]["value"] == "Organisation 3"
    # Another Accept header is another answer: through Flask once, then replayed.
    csv = client.get(url(QUERY), headers={"Accept": "text/csv"})
    assert counting.calls == 2 and csv.headers["Content-Type"].startswith("text/csv")
    client.get(url(QUERY), headers={"Accept": "text/csv"})
    assert counting.calls == 2


def test_a_fast_304_is_flasks_304(local_store):
    flask_app = create_app({"STORE": local_store, "TESTING": True})
    etag = flask_app.test_client().get(url(QUERY), headers=JSON).headers["ETag"]
    # A fresh app has no fast-path entry: Flask answers this revalidation itself.
    fresh = create_app({"STORE": local_store, "TESTING": True})
    counting = Counting(fresh)
    client = fresh.test_client()
    from_flask = client.get(url(QUERY), headers={**JSON, "If-None-Match": etag})
    assert from_flask.status_code == 304 and counting.calls == 1
    assert client.get(url(QUERY), headers=JSON).headers["ETag"] == etag  # stored by the fast path
    assert counting.calls == 2
    fast = client.get(url(QUERY), headers={**JSON, "If-None-Match": etag})
    assert counting.calls == 2  # answered by the fast path
    assert fast.status_code == 304 and fast.get_data() == b""
    assert fast.headers["ETag"] == etag
    assert flat(fast) == flat(from_flask)
    # Other If-None-Match forms are Flask's to judge; a stale tag gets the answer.
    listed = client.get(url(QUERY), headers={**JSON, "If-None-Match": f'"other", {etag}'})
    assert listed.status_code == 304 and counting.calls == 3
    stale = client.get(url(QUERY), headers={**JSON, "If-None-Match": '"not-it"'})
    assert stale.status_code == 200 and stale.headers["ETag"] == etag and counting.calls == 4


def test_no_cached_answer_after_the_store_version_changes(tmp_path):
    root = tmp_path / "build" / "store"
    replace_local_store(root, sample_quads())
    app = create_app({"DATA_DIR": str(tmp_path), "TESTING": True, "QUERY_WORKERS": 1})
    store = app.extensions["ickg.store"]
    try:
        counting = Counting(app)
        client = app.test_client()
        first = client.get(url(COUNT), headers=JSON)
        client.get(url(COUNT), headers=JSON)
        assert counting.calls == 1
        replace_local_store(root, sample_quads()[:7])
        after = client.get(url(COUNT), headers=JSON)
        assert counting.calls == 2
        assert json.loads(after.get_data())["results"]["bindings"][0]["n"]["value"] == "7"
        assert after.headers["ETag"] != first.headers["ETag"]
        revalidated = client.get(url(COUNT), headers={**JSON, "If-None-Match": first.headers["ETag"]})
        assert revalidated.status_code == 200 and revalidated.headers["ETag"] == after.headers["ETag"]
        assert json.loads(revalidated.get_data())["results"]["bindings"][0]["n"]["value"] == "7"
    finally:
        store.close()


@pytest.mark.parametrize("path, headers", [
    (url("SELECT (RAND() AS ?r) WHERE {}"), JSON),  # volatile
    (url("SELEC ?x"), JSON),  # malformed
    (url(QUERY), {"Accept": "text/html"}),  # the query page
    (url("SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"), JSON),  # refused
    (url(QUERY), {"Accept": "image/png"}),  # 406
    ("/sparql", {"Accept": "text/turtle"}),  # service description
])
def test_what_flask_did_not_mark_cacheable_is_never_replayed(app, path, headers):
    counting = Counting(app)
    client = app.test_client()
    first = client.get(path, headers=headers)
    second = client.get(path, headers=headers)
    assert counting.calls == 2
    assert first.status_code == second.status_code


def test_post_always_goes_to_flask(app):
    counting = Counting(app)
    client = app.test_client()
    for _ in range(2):
        response = client.post("/sparql", data=QUERY, headers={**JSON, "Content-Type": "application/sparql-query"})
        assert response.status_code == 200
    assert counting.calls == 2


def test_cors_answers_are_kept_per_origin(local_store):
    app = create_app({"STORE": local_store, "TESTING": True, "CORS_ORIGIN": "https://app.example"})
    client = app.test_client()
    for _ in range(2):
        allowed = client.get(url(QUERY), headers={**JSON, "Origin": "https://app.example"})
        assert allowed.headers["Access-Control-Allow-Origin"] == "https://app.example"
        other = client.get(url(QUERY), headers={**JSON, "Origin": "https://evil.example"})
        assert "Access-Control-Allow-Origin" not in other.headers
        plain = client.get(url(QUERY), headers=JSON)
        assert "Access-Control-Allow-Origin" not in plain.headers


def test_no_fast_path_when_the_cache_is_off(local_store):
    app = create_app({"STORE": local_store, "TESTING": True, "CACHE_BYTES": 0})
    counting = Counting(app)
    client = app.test_client()
    client.get(url(QUERY), headers=JSON)
    client.get(url(QUERY), headers=JSON)
    assert counting.calls == 2


def test_a_304_keeps_the_connection_open(live_server, local_store):
    """Waitress alone closes the connection after every 304 (no Content-Length); ickg's does not."""
    import http.client

    live = live_server(local_store)
    host, port = live.url.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=10)
    try:
        connection.request("GET", url(QUERY), headers=JSON)
        response = connection.getresponse()
        response.read()
        etag = response.getheader("ETag")
        assert response.status == 200 and etag
        sock = connection.sock
        for _ in range(3):
            connection.request("GET", url(QUERY), headers={**JSON, "If-None-Match": etag})
            response = connection.getresponse()
            assert response.status == 304 and response.read() == b""
            assert response.getheader("Connection") is None and response.getheader("ETag") == etag
            assert connection.sock is sock  # the same connection served every revalidation
        # Connection: close is still honoured
        connection.request("GET", url(QUERY), headers={**JSON, "If-None-Match": etag, "Connection": "close"})
        response = connection.getresponse()
        assert response.status == 304 and response.getheader("Connection") == "close"
    finally:
        connection.close()

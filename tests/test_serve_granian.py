"""``ickg serve --server granian`` (the default where processes can fork): granian's workers in
front of the same app, with the same bounds: cached answers and 304s, a body cap, and slow
queries that never hold the places cheap and cached ones need. What both servers do (one accept
queue, killable timeouts, nothing left running) is tested on both in test_sparql_processes.py."""

import socket
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
import urllib.error
import urllib.parse
import urllib.request

import pytest

from test_sparql_processes import get, startup_lines, wait_for


@pytest.fixture(scope="module")
def shared_granian(store_root, tmp_path_factory):
    """One server for the tests that leave it running (each granian start is seconds of CPU)."""
    yield from _granian(store_root, tmp_path_factory.mktemp("granian"))


def _granian(store_root, tmp_path, *options):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(
        [sys.executable, "-m", "ickg", "serve", "--server", "granian", "--data-dir", str(store_root.parent.parent),
         "--port", str(port), *(options or ("--processes", "2", "--query-workers", "1", "--timeout", "1"))],
        cwd=tmp_path, stderr=subprocess.PIPE, text=True)
    try:
        line = startup_lines(proc)
        assert f"http://127.0.0.1:{port}/sparql" in line and "granian" in line, line
        base = f"http://127.0.0.1:{port}/sparql"
        wait_for(lambda: _answers(base), timeout=30)
        yield proc, base
    finally:
        if proc.poll() is None:
            proc.terminate()
            proc.wait(timeout=20)


def _answers(base):
    try:
        return get(base, "ASK {}", timeout=2)[0] == 200
    except OSError:
        return False


def test_granian_answers_caches_and_revalidates(shared_granian):
    _, base = shared_granian
    text = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o LIMIT 3"
    url = base + "?" + urllib.parse.urlencode({"query": text})
    request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=20) as first:
        body, etag = first.read(), first.headers["ETag"]
        assert first.headers["X-Content-Type-Options"] == "nosniff"
    with urllib.request.urlopen(request, timeout=20) as again:
        assert again.read() == body and again.headers["ETag"] == etag
    revalidate = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json",
                                                      "If-None-Match": etag})
    with pytest.raises(urllib.error.HTTPError) as not_modified:
        urllib.request.urlopen(revalidate, timeout=20)
    assert not_modified.value.code == 304


def test_granian_refuses_a_body_over_the_cap_before_reading_it(shared_granian):
    _, base = shared_granian
    where = urllib.parse.urlsplit(base)
    with socket.create_connection((where.hostname, where.port), timeout=20) as conn:
        # announce 3 MB (the cap is 1 MiB), send none of it: the answer must come anyway
        conn.sendall(f"POST /sparql HTTP/1.1\r\nHost: {where.netloc}\r\n"
                     "Content-Type: application/sparql-query\r\n"
                     f"Content-Length: {3 << 20}\r\n\r\n".encode())
        status_line = conn.makefile("rb").readline()
    assert status_line.split()[1] == b"413", status_line


def slow_query(i):
    """A cross join that runs for minutes on the sample store (74^5 rows to count: a 4-way join
    finished within 12 s on a quiet machine); ``i`` makes each one new."""
    return (f"SELECT (COUNT(*) AS ?n) WHERE {{ ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n1 ?o "
            f"FILTER(?o != {i}) }}")


@pytest.mark.alone
def test_cheap_and_cached_queries_answer_while_slow_queries_hold_the_slow_lane(store_root, tmp_path):
    # One worker with 2 threads and 2 slow-lane places: granian takes 4 requests at once. The two
    # admitted slow queries time out at 6 s, as in test_sparql_fairness's waitress twin (which asks
    # more meanwhile): the checks below were done 1.4 s after the slow queries started with the
    # load average at 7.7. The test is `alone` and the slow queries keep both cores busy until
    # their time-out: 12 s kept the other worker waiting 6 s longer.
    with contextmanager(_granian)(store_root, tmp_path, "--processes", "1", "--threads", "2",
                                  "--slow-workers", "2", "--query-workers", "2", "--timeout", "6") as (_, base):
        cached = "SELECT ?s WHERE { ?s a ?c } ORDER BY ?s LIMIT 2"
        assert get(base, cached)[0] == 200  # now in the cache
        results = []

        def run(i):
            results.append(get(base, slow_query(i), timeout=30))

        slow = [threading.Thread(target=run, args=(i,), daemon=True) for i in range(4)]
        for t in slow:
            t.start()
        # Two hold the slow lane; the two others are refused at once (no place left for them).
        wait_for(lambda: len(results) == 2, timeout=15)
        assert all(status == 503 and b"places for slow queries are taken" in body for status, body in results)
        for i in range(5):
            started = time.monotonic()
            assert get(base, cached)[0] == 200
            status, body = get(base, f"ASK {{ <urn:x:{i}> ?p ?o }}")
            assert status == 200 and b"false" in body
            assert time.monotonic() - started < 2.0
        assert len(results) == 2  # the admitted slow queries were still running meanwhile
        for t in slow:
            t.join(30)
        assert [status for status, _ in results] == [503] * 4

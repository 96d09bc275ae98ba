"""``ickg serve --server granian``: granian's workers in front of the same app, with the same
bounds: killable timeouts, cached answers and 304s, a body cap, and nothing left running."""

import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest

from test_sparql_processes import CROSS_JOIN, alive, answers_again, children, get, wait_for


def descendants(pid):
    found = []
    for child in children(pid):
        found += [child, *descendants(child)]
    return found


@pytest.fixture
def granian(store_root, tmp_path):
    """A server of its own, for a test that stops it."""
    yield from _granian(store_root, tmp_path)


@pytest.fixture(scope="module")
def shared_granian(store_root, tmp_path_factory):
    """One server for the tests that leave it running (each granian start is seconds of CPU)."""
    yield from _granian(store_root, tmp_path_factory.mktemp("granian"))


def _granian(store_root, tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(
        [sys.executable, "-m", "ickg", "serve", "--server", "granian", "--data-dir", str(store_root.parent.parent),
         "--port", str(port), "--processes", "2", "--query-workers", "1", "--timeout", "1"],
        cwd=tmp_path, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stderr.readline()
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


@pytest.mark.alone
def test_granian_keeps_the_killable_timeout(shared_granian):
    proc, base = shared_granian
    workers = [w for server in children(proc.pid) for w in children(server)]
    started = time.monotonic()
    status, body = get(base, CROSS_JOIN)
    assert status == 503 and b"timed out" in body
    assert time.monotonic() - started < 10
    assert [w for w in workers if not alive(w)]  # the worker that ran it was killed
    assert answers_again(base)


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


def test_stopping_granian_stops_every_process(granian):
    proc, base = granian
    everything = descendants(proc.pid)
    assert len(everything) >= 4  # two servers, each with its query worker
    proc.send_signal(signal.SIGINT)
    assert proc.wait(timeout=30) == 0
    wait_for(lambda: not [pid for pid in everything if alive(pid)])
    assert not [pid for pid in everything if alive(pid)]


def test_no_granian_worker_outlives_a_killed_command(granian):
    proc, base = granian
    everything = descendants(proc.pid)
    proc.kill()
    proc.wait(timeout=10)
    wait_for(lambda: not [pid for pid in everything if alive(pid)])
    assert not [pid for pid in everything if alive(pid)]

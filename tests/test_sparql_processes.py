"""``ickg serve --processes N``: N server processes on one listening socket, with either HTTP
server: granian's workers (the default where processes can fork) and forked waitress servers.
Each test runs on both."""

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

CROSS_JOIN = """SELECT (COUNT(*) AS ?n) WHERE {
  ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n1 ?o . ?q ?r ?s
}"""


def children(pid):
    """Process ids whose parent is ``pid`` (from /proc), skipping zombies."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (FileNotFoundError, ProcessLookupError):
            continue
        if int(fields[1]) == pid and fields[0] != "Z":
            found.append(int(stat.parent.name))
    return sorted(found)


def alive(pid):
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def age(pid):
    """Seconds since process ``pid`` started (its start time in /proc, in clock ticks since boot)."""
    ticks = int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[19])
    return float(Path("/proc/uptime").read_text().split()[0]) - ticks / os.sysconf("SC_CLK_TCK")


def stopped(pid):
    """Whether every thread of ``pid`` has stopped (state T in /proc).

    ``kill(pid, SIGSTOP)`` returns before the process stops: a thread running at that moment (a
    server's event loop finishing the last answer) stops on its next way back from the kernel,
    and an accept it was making returns first. A connection made in that window is taken by a
    process that is about to stop, so it is not a stopped process's connection."""
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            state = (task / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except (FileNotFoundError, ProcessLookupError):
            continue  # a thread that ended meanwhile
        if state not in ("T", "t"):
            return False
    return True


def get(base, text, timeout=20):
    url = base + "?" + urllib.parse.urlencode({"query": text})
    request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as err:
        return err.code, err.read()


def answers_again(base, seconds=20.0):
    """Whether the server answers a query again within ``seconds`` after one of its workers was
    killed. Meanwhile the only other answer allowed is the 503 for no free worker: with one query
    worker per server and a 1 s timeout, a query that arrives while the replacement starts (0.1 s
    of CPU, seconds on a loaded machine) may wait out its second for it."""
    deadline = time.monotonic() + seconds
    while True:
        status, body = get(base, "ASK { ?s ?p ?o }")
        if status == 200:
            return True
        assert status == 503 and b"no query worker became free" in body, (status, body)
        if time.monotonic() > deadline:
            return False
        time.sleep(0.1)


def wait_for(predicate, timeout=20.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError("condition not met in time")


FRONTS = ["granian", "waitress"]


@pytest.fixture(params=FRONTS)
def served(store_root, tmp_path, request):
    """A command of its own, for a test that stops it or one of its servers."""
    yield from _served(store_root, tmp_path, request.param)


@pytest.fixture(scope="module", params=FRONTS)
def shared_served(store_root, tmp_path_factory, request):
    """One command for the tests that leave it as they found it (each start is seconds of CPU)."""
    yield from _served(store_root, tmp_path_factory.mktemp("served"), request.param)


def _served(store_root, tmp_path, front):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    started = time.monotonic()
    proc = subprocess.Popen(
        [sys.executable, "-m", "ickg", "serve", "--data-dir", str(store_root.parent.parent), "--port", str(port),
         "--processes", "2", "--query-workers", "1", "--timeout", "1", "--server", front],
        cwd=tmp_path, stderr=subprocess.PIPE, text=True, start_new_session=True)  # a group, as in a terminal
    try:
        line = startup_lines(proc)
        assert f"http://127.0.0.1:{port}/sparql" in line and "2 processes" in line
        assert ("granian" in line) == (front == "granian"), line
        base = f"http://127.0.0.1:{port}/sparql"
        wait_for(lambda: len(children(proc.pid)) == 2)
        # a query worker still warming up answers 503 (busy) for a moment on a loaded machine
        wait_for(lambda: get(base, "ASK {}")[0] == 200, timeout=30)
        assert time.monotonic() - started < 30
        yield proc, base
    finally:
        if proc.poll() is None:
            proc.terminate()
            proc.wait(timeout=20)


def test_several_processes_answer_on_one_port(shared_served):
    proc, base = shared_served
    servers = children(proc.pid)
    assert len(servers) == 2
    # Each server has its own query worker (a grandchild of the command).
    assert all(len(children(pid)) == 1 for pid in servers)
    # Stop one server: the other answers every new connection; then the other way round.
    for paused in servers:
        os.kill(paused, signal.SIGSTOP)
        try:
            wait_for(lambda: stopped(paused), timeout=5)
            for i in range(5):
                status, _ = get(base, f"SELECT (COUNT(*) AS ?n) WHERE {{ ?s ?p ?o }} LIMIT {i + 1}", timeout=10)
                assert status == 200
        finally:
            os.kill(paused, signal.SIGCONT)


# Not `alone`: the cross join is stopped by the server's own clock at 1 s, and the bounds here (10 s
# for it, 20 s for the replacement worker to answer) do not time the server against load; marked
# alone, each of its two runs (1 s) cost the other xdist worker its wait plus the drain before it.
def test_timeouts_still_kill_the_work(shared_served):
    proc, base = shared_served
    workers = [w for server in children(proc.pid) for w in children(server)]
    started = time.monotonic()
    status, body = get(base, CROSS_JOIN)
    assert status == 503 and b"timed out" in body
    assert time.monotonic() - started < 10
    killed = [w for w in workers if not alive(w)]
    assert len(killed) == 1  # the worker that ran the cross join, in whichever server took it
    assert answers_again(base)


def test_a_dead_server_is_replaced_and_stop_stops_everything_at_once(served):
    """Killed, a server is replaced; asked to stop as a terminal's Ctrl-C asks (SIGINT to the whole
    process group) while the replacement is still starting (the stop comes as soon as it is
    there), the command stops within seconds, leaving nothing running.

    granian's worker inherited its main process's signal handler until it had made the app, so a
    stop that came meanwhile went unheard and the command took 10.2 s (granian's kill timeout);
    serving, a worker given two stops (the group's SIGINT and the main process's SIGTERM) or one
    that landed on another of its threads waited the same 10 s, in about half the tries;
    waitress's took 0.2 s."""
    proc, base = served
    first, second = children(proc.pid)
    workers = [w for server in (first, second) for w in children(server)]
    # A server that dies within a second of starting stops them all instead: wait until the first
    # is 1.2 s old (by then it usually is: the fixture waited for both servers to answer).
    time.sleep(max(0.0, 1.2 - age(first)))
    os.kill(first, signal.SIGKILL)
    wait_for(lambda: len(children(proc.pid)) == 2 and first not in children(proc.pid))
    status, _ = get(base, "ASK {}")
    assert status == 200
    everything = children(proc.pid) + [w for s in children(proc.pid) for w in children(s)] + workers
    asked = time.monotonic()
    os.killpg(proc.pid, signal.SIGINT)
    assert proc.wait(timeout=20) == 0
    # 0.3 s on an idle machine; the bound leaves room for a loaded one and is half of granian's 10 s
    assert time.monotonic() - asked < 5
    wait_for(lambda: not [pid for pid in everything if alive(pid)])


def test_no_server_outlives_a_killed_supervisor(served):
    proc, base = served
    servers = children(proc.pid)
    workers = [w for server in servers for w in children(server)]
    proc.kill()
    proc.wait(timeout=10)
    wait_for(lambda: not [pid for pid in servers + workers if alive(pid)])


def startup_lines(proc, most=10):
    """What ``ickg serve`` says before it serves: its lines on stderr up to the one naming /sparql."""
    lines = []
    for _ in range(most):
        line = proc.stderr.readline()
        lines.append(line)
        if "/sparql" in line or not line:
            break
    return "".join(lines)

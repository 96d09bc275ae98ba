"""The attack corpus: every way found to make the service connect out, tried against the real server.

Each text below asks pyoxigraph to contact a loopback listener (SERVICE, LOAD) or names a graph
outside the store (FROM, USING, WITH, ADD/COPY/MOVE). A control test first shows that a bare
pyoxigraph store, with nothing in front of it, does connect for every text marked ``reaches``, so
the corpus is made of real attacks and not of syntax errors. Then the whole corpus goes to the
real server over every way a query can arrive (GET, POST form, POST application/sparql-query, the
HTML query page) and every update with the token, and the listener must receive nothing.
Behind the query check stands the network wall (ickg.sandbox): tests send SERVICE and LOAD
straight to a query worker and to the update process, with no check in front, and the listener
still receives nothing.
"""

import json
import os
import socket
import sys
import time
import urllib.parse

import pyoxigraph as ox
import pytest

from conftest import sample_quads
from ickg import sandbox
from ickg.sparql import querycheck
from ickg.namespaces import ASSERTED_GRAPH
from ickg.store import QueryTimeout, StoreError, open_local, open_memory, replace_local_store
from test_sparql_safety import Listener, get, http, post_update

TOKEN = "s3cret"
XSD = "http://www.w3.org/2001/XMLSchema#"
LOCAL = str(ASSERTED_GRAPH)
ON_LINUX = sys.platform == "linux"
# The network wall is a Linux seccomp filter; elsewhere the service warns at start and these
# tests do not apply. On Linux they assert that it is up.
linux_only = pytest.mark.skipif(not ON_LINUX, reason="the network wall is a Linux seccomp filter")


def attack_queries(remote):
    """(name, query, reaches) for a listener at ``remote`` (``http://127.0.0.1:PORT``).

    ``reaches``: a bare pyoxigraph store connects to the listener when it evaluates the text.
    """
    p = f"PREFIX : <{remote}/sparql> PREFIX l: <{remote}/> PREFIX ex: <http://example.org/> "
    body = "{ ?s ?p ?o }"
    glued = [
        ("SERVICE:", f"{p}SELECT * WHERE {{ SERVICE: {body} }}"),
        ("SERVICE:x", f"PREFIX : <{remote}/> SELECT * WHERE {{ SERVICE:x {body} }}"),
        ("service:x lower case", f"PREFIX : <{remote}/> SELECT * WHERE {{ service:x {body} }}"),
        ("SeRvIcE:x mixed case", f"PREFIX : <{remote}/> SELECT * WHERE {{ SeRvIcE:x {body} }}"),
        ("SERVICEl:x", f"{p}SELECT * WHERE {{ SERVICEl:sparql {body} }}"),
        ("SERVICESILENT:", f"{p}SELECT * WHERE {{ SERVICESILENT: {body} }}"),
        ("SERVICE SILENT l:x", f"{p}SELECT * WHERE {{ SERVICE SILENT l:sparql {body} }}"),
        ("SERVICE<iri> glued", f"SELECT*WHERE{{SERVICE<{remote}/>{body}}}"),
        ("comments between tokens", f"{p}SELECT * WHERE {{ SERVICE#no\n#space\n: {body} }}"),
        ("comment glued", f"SELECT * WHERE {{ SERVICE#x\n<{remote}/> {body} }}"),
        ("tab and CR", f"SELECT * WHERE {{\tSERVICE\r\n<{remote}/>\t{body} }}"),
        ("escaped IRI", f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{remote.rsplit(':', 1)[1]}/\\u0073parql> {body} }}"),
        ("escaped prefix IRI", f"PREFIX e: <http\\u003A//127.0.0.1:{remote.rsplit(':', 1)[1]}/> "
                               f"SELECT * WHERE {{ SERVICE e:x {body} }}"),
        ("BASE-relative IRI", f"BASE <{remote}/> SELECT * WHERE {{ SERVICE <sparql> {body} }}"),
        ("BASE-relative prefix", f"BASE <{remote}/a/> PREFIX r: <../> SELECT * WHERE {{ SERVICE r:x {body} }}"),
        ("after a literal true", f"{p}SELECT * WHERE {{ ?s ?p true SERVICE: {body} }}"),
        ("glued to a literal", f"{p}SELECT * WHERE {{ BIND(1 AS ?x) ?s ?p true.SERVICE: {body} }}"),
        ("after a number", f"{p}SELECT * WHERE {{ VALUES ?x {{ 1 }} ?s ?p 1 SERVICE: {body} }}"),
        ("after a local name with a dot", f"{p}SELECT * WHERE {{ ?s ?p ex:a.b.SERVICE: {body} }}"),
    ]
    contexts = [
        ("subquery", f"{p}SELECT * WHERE {{ {{ SELECT * WHERE {{ SERVICE: {body} }} }} }}"),
        ("OPTIONAL", f"{p}SELECT * WHERE {{ BIND(1 AS ?x) OPTIONAL {{ SERVICE: {body} }} }}"),
        ("UNION", f"{p}SELECT * WHERE {{ {{ BIND(1 AS ?x) }} UNION {{ SERVICE: {body} }} }}"),
        ("MINUS", f"{p}SELECT * WHERE {{ BIND(1 AS ?x) MINUS {{ SERVICE: {body} }} }}"),
        ("FILTER EXISTS", f"{p}SELECT * WHERE {{ BIND(1 AS ?x) FILTER EXISTS {{ SERVICE: {body} }} }}"),
        ("FILTER NOT EXISTS", f"{p}SELECT * WHERE {{ BIND(1 AS ?x) FILTER NOT EXISTS {{ SERVICE: {body} }} }}"),
        ("GRAPH", f"{p}SELECT * WHERE {{ GRAPH ?g {{ SERVICE: {body} }} }}"),
        ("BIND around", f"{p}SELECT * WHERE {{ BIND(1 AS ?a) SERVICE: {body} BIND(2 AS ?b) }}"),
        ("VALUES around", f"{p}SELECT * WHERE {{ VALUES ?a {{ 1 }} SERVICE: {body} }} VALUES ?b {{ 2 }}"),
        ("LATERAL", f"{p}SELECT * WHERE {{ BIND(1 AS ?x) LATERAL {{ SERVICE: {body} }} }}"),
        ("CONSTRUCT", f"{p}CONSTRUCT {{ ?s ?p ?o }} WHERE {{ SERVICE: {body} }}"),
        ("ASK", f"{p}ASK {{ SERVICE: {body} }}"),
        ("DESCRIBE", f"{p}DESCRIBE ?s WHERE {{ SERVICE: {body} }}"),
    ]
    refused_anyway = [  # the engine does not reach out for these (it cannot evaluate or parse them)
        ("variable service name", f"SELECT * WHERE {{ VALUES ?svc {{ <{remote}/> }} SERVICE ?svc {body} }}"),
        ("CONSTRUCT WHERE", f"CONSTRUCT WHERE {{ SERVICE <{remote}/> {body} }}"),
        ("escaped keyword", f"SELECT * WHERE {{ SERVIC\\u0045 <{remote}/> {body} }}"),
    ]
    graphs = [
        ("FROM:x", f"PREFIX : <{remote}/> SELECT * FROM:x WHERE {body}"),
        ("FROM NAMED:x", f"PREFIX : <{remote}/> SELECT * FROM NAMED:x WHERE {{ GRAPH ?g {body} }}"),
        ("FROMNAMED:x", f"PREFIX : <{remote}/> SELECT * FROMNAMED:x WHERE {{ GRAPH ?g {body} }}"),
        ("from:x lower case", f"PREFIX : <{remote}/> select * from:x where {body}"),
        ("FROM BASE-relative", f"BASE <{remote}/> SELECT * FROM <x> WHERE {body}"),
        ("FROM escaped", f"SELECT * FROM <http\\u003A//127.0.0.1:{remote.rsplit(':', 1)[1]}/x> WHERE {body}"),
    ]
    return ([(name, text, True) for name, text in glued + contexts]
            + [(name, text, False) for name, text in refused_anyway + graphs])


def attack_updates(remote):
    """(name, update, reaches) for a listener at ``remote``; ``reaches`` as for :func:`attack_queries`."""
    p = f"PREFIX : <{remote}/> "
    reaching = [
        ("LOAD:x", f"{p}LOAD:data.nt"),
        ("load:x lower case", f"{p}load:data.nt"),
        ("LOAD <iri> INTO GRAPH", f"LOAD <{remote}/data.nt> INTO GRAPH <{LOCAL}>"),
        ("LOAD SILENT", f"LOAD SILENT <{remote}/data.nt>"),
        ("LOADSILENT:x", f"{p}LOADSILENT:data.nt"),
        ("LOAD after another operation", f"CLEAR SILENT GRAPH <urn:x> ; LOAD <{remote}/data.nt>"),
        ("LOAD BASE-relative", f"BASE <{remote}/> LOAD <data.nt>"),
        ("SERVICE:x in INSERT WHERE", f"{p}INSERT {{ ?s ?p ?o }} WHERE {{ SERVICE:x {{ ?s ?p ?o }} }}"),
        ("SERVICE in DELETE WHERE", f"DELETE {{ ?s ?p ?o }} WHERE {{ SERVICE <{remote}/> {{ ?s ?p ?o }} }}"),
        ("SERVICE in OPTIONAL of an update", f"{p}INSERT {{ ?s ?p ?o }} WHERE {{ BIND(1 AS ?x) "
                                             f"OPTIONAL {{ SERVICE: {{ ?s ?p ?o }} }} }}"),
    ]
    graphs = [
        ("USING:x", f"{p}INSERT {{ ?s ?p ?o }} USING:x WHERE {{ ?s ?p ?o }}"),
        ("USING NAMED:x", f"{p}INSERT {{ ?s ?p ?o }} USING NAMED:x WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}"),
        ("WITH:x", f"{p}WITH:x INSERT {{ ?s ?p ?o }} WHERE {{ ?s ?p ?o }}"),
        ("ADD remote", f"ADD <{remote}/x> TO <{LOCAL}>"),
        ("COPY remote", f"COPY SILENT GRAPH <{remote}/x> TO <{LOCAL}>"),
        ("MOVE remote", f"{p}MOVE:x TO DEFAULT"),
    ]
    return ([(name, text, True) for name, text in reaching]
            + [(name, text, False) for name, text in graphs])


def connections_after(listener, before, wait=0.3):
    """The listener's connections since ``before``, after giving late ones ``wait`` seconds."""
    time.sleep(wait)
    return listener.accepted[before:]


def connected_since(listener, before, within=5.0):
    """Whether the listener took a connection since ``before``, waiting up to ``within`` seconds for
    one: a control that expects a connection goes on as soon as it comes, instead of sleeping the
    longest a late one could take (the compact variants' control slept 1 s for each of three)."""
    deadline = time.monotonic() + within
    while len(listener.accepted) <= before and time.monotonic() < deadline:
        time.sleep(0.01)
    return len(listener.accepted) > before


def closed_port():
    """A loopback port nothing listens on."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return port


@pytest.fixture
def listener():
    lst = Listener()
    yield lst
    lst.close()


@pytest.fixture
def own_data_dir(tmp_path):
    replace_local_store(tmp_path / "build" / "store", sample_quads())
    return tmp_path


# -- the corpus is real ------------------------------------------------------------------------


def test_every_reaching_text_in_the_corpus_connects_from_a_bare_engine(listener):
    """Control: without ickg in front, pyoxigraph contacts the listener for each of these texts."""
    remote = f"http://127.0.0.1:{listener.port}"
    store = ox.Store()
    subject, predicate = ox.NamedNode("urn:s"), ox.NamedNode("urn:p")
    for value in (ox.NamedNode("urn:o"), ox.Literal("true", datatype=ox.NamedNode(XSD + "boolean")),
                  ox.Literal("1", datatype=ox.NamedNode(XSD + "integer")), ox.NamedNode("http://example.org/a.b")):
        store.add(ox.Quad(subject, predicate, value))  # so that the patterns before SERVICE match
    silent = []
    for name, text, reaches in attack_queries(remote) + attack_updates(remote):
        if not reaches:
            continue
        before = len(listener.accepted)
        try:
            if "INSERT" in text or "DELETE" in text or "LOAD" in text.upper():
                store.update(text)
            else:
                result = store.query(text)
                if not isinstance(result, ox.QueryBoolean):
                    list(result)
        except SyntaxError as err:
            silent.append(f"{name}: syntax error {err}")
            continue
        except (OSError, RuntimeError) as err:
            pass  # the listener hangs up without an answer
        deadline = time.monotonic() + 2
        while len(listener.accepted) == before and time.monotonic() < deadline:
            time.sleep(0.02)
        if len(listener.accepted) == before:
            silent.append(name)
    assert silent == [], "\n".join(silent)


# -- nothing leaves through the server ---------------------------------------------------------


def test_no_query_in_the_corpus_connects_out_by_any_route(live_server, local_store, listener):
    live = live_server(local_store)
    remote = f"http://127.0.0.1:{listener.port}"
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    for name, text, _ in attack_queries(remote):
        routes = {
            "GET": get(live.sparql, text),
            "GET text/html": get(live.sparql, text, headers={"Accept": "text/html"}),
            "POST form": http(live.sparql, data=urllib.parse.urlencode({"query": text}).encode(), headers=form),
            "POST application/sparql-query": http(live.sparql, data=text.encode(),
                                                  headers={"Content-Type": "application/sparql-query"}),
            "HTML page form": http(live.sparql, data=urllib.parse.urlencode({"query": text}).encode(),
                                   headers={**form, "Accept": "text/html"}),
        }
        for route, (status, _, body) in routes.items():
            assert status == 400, (name, route, status, body[:300])
            assert b"Refused" in body or b"refused" in body, (name, route, body[:300])
    assert connections_after(listener, 0) == []
    status, _, body = get(live.sparql, "ASK { ?s ?p ?o }")
    assert status == 200 and json.loads(body)["boolean"] is True


def test_no_update_in_the_corpus_connects_out(live_server, own_data_dir, listener):
    live = live_server(DATA_DIR=str(own_data_dir), UPDATE_TOKEN=TOKEN)
    remote = f"http://127.0.0.1:{listener.port}"
    version = live.store.version
    form = {"Content-Type": "application/x-www-form-urlencoded", "Authorization": f"Bearer {TOKEN}"}
    for name, text, _ in attack_updates(remote):
        status, _, body = post_update(live.sparql, text, token=TOKEN)
        assert status == 400 and b"Refused" in body, (name, status, body[:300])
        status, _, body = http(live.sparql, data=urllib.parse.urlencode({"update": text}).encode(), headers=form)
        assert status == 400 and b"Refused" in body, (name, status, body[:300])
    assert connections_after(listener, 0) == []
    assert live.store.version == version  # nothing was applied
    assert not list((own_data_dir / "build" / "store").glob(".building-*"))


def test_refusals_read_the_same_for_open_and_closed_ports(live_server, local_store, listener):
    """A refusal says nothing about the target: the same text for a port that listens and one that does not."""
    live = live_server(local_store)
    answers = []
    for port in (listener.port, closed_port()):
        remote = f"http://127.0.0.1:{port}"
        texts = [f"SELECT * WHERE {{ SERVICE <{remote}/> {{ ?s ?p ?o }} }}",
                 f"PREFIX : <{remote}/> SELECT * WHERE {{ SERVICE:x {{ ?s ?p ?o }} }}",
                 f"SELECT * FROM <{remote}/g> WHERE {{ ?s ?p ?o }}"]
        answers.append([get(live.sparql, text)[2].replace(str(port).encode(), b"PORT") for text in texts])
    assert answers[0] == answers[1]
    assert connections_after(listener, 0) == []


# -- the wall holds on its own -----------------------------------------------------------------


@linux_only
def test_query_workers_run_behind_the_network_wall(local_store):
    assert sandbox.supported() == (True, "")
    pids = local_store.pool.pids
    assert pids and all(sandbox.process_is_walled(pid) for pid in pids)


@linux_only
def test_a_service_query_sent_straight_to_a_worker_cannot_connect(own_data_dir, listener):
    """No query check in front: the worker itself is unable to open the connection."""
    store = open_local(own_data_dir / "build" / "store", workers=1)
    try:
        messages = []
        for port in (listener.port, closed_port()):
            remote = f"http://127.0.0.1:{port}"
            for text in (f"SELECT * WHERE {{ SERVICE <{remote}/sparql> {{ ?s ?p ?o }} }}",
                         f"PREFIX : <{remote}/> SELECT * WHERE {{ SERVICE:x {{ ?s ?p ?o }} }}"):
                with pytest.raises(StoreError) as caught:
                    store.query(text, timeout=30)
                messages.append(str(caught.value).replace(str(port), "PORT"))
        assert connections_after(listener, 0) == []
        assert all("Permission denied" in m for m in messages), messages
        assert len(set(messages)) == 1  # the same words whatever the port: no port scanning
        status = store.query("ASK { ?s ?p ?o }", timeout=30)  # the worker is still fine
        assert status.body and b"true" in status.body
    finally:
        store.close()


@linux_only
def test_updates_sent_straight_to_the_store_cannot_connect(own_data_dir, listener):
    """No query check in front: the update process itself is unable to open the connection."""
    store = open_local(own_data_dir / "build" / "store", workers=1, read_only=False)
    try:
        remote = f"http://127.0.0.1:{listener.port}"
        version = store.version
        for text in (f"LOAD <{remote}/data.nt> INTO GRAPH <{LOCAL}>",
                     f"INSERT {{ ?s ?p ?o }} WHERE {{ SERVICE <{remote}/> {{ ?s ?p ?o }} }}"):
            with pytest.raises(StoreError) as caught:
                store.update(text, timeout=30)
            assert "Permission denied" in str(caught.value)
            assert store.update_walled is True
        assert connections_after(listener, 0) == []
        assert store.version == version
        assert not list((own_data_dir / "build" / "store").glob(".building-*"))
    finally:
        store.close()


@linux_only
def test_the_wall_refuses_internet_sockets_and_keeps_local_ones():
    """The filter itself, in a child process: AF_INET/AF_INET6/AF_PACKET refused, AF_UNIX fine."""
    import subprocess

    code = (
        "import socket, sys\n"
        "from ickg import sandbox\n"
        "assert sandbox.install(), sandbox.status()\n"
        "out = []\n"
        "for family in (socket.AF_INET, socket.AF_INET6, socket.AF_PACKET, socket.AF_NETLINK):\n"
        "    try:\n"
        "        socket.socket(family, socket.SOCK_DGRAM).close(); out.append('open')\n"
        "    except PermissionError:\n"
        "        out.append('refused')\n"
        "a, b = socket.socketpair(); a.send(b'ok'); out.append(b.recv(2).decode())\n"
        "print(' '.join(out))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["refused", "refused", "refused", "refused", "ok"]


# -- other ways in -----------------------------------------------------------------------------


def test_ickg_query_refuses_service(own_data_dir, listener):
    from ickg.api import QueryError, run_query

    with pytest.raises(QueryError, match="refused: SERVICE"):
        run_query(own_data_dir, f"PREFIX : <http://127.0.0.1:{listener.port}/> SELECT * WHERE {{ SERVICE:x {{ ?s ?p ?o }} }}")
    assert connections_after(listener, 0) == []


def test_the_in_memory_store_applies_the_check(listener):
    store = open_memory(sample_quads())
    remote = f"http://127.0.0.1:{listener.port}"
    with pytest.raises(querycheck.RefusedQuery):
        store.query(f"PREFIX : <{remote}/> SELECT * WHERE {{ SERVICE:x {{ ?s ?p ?o }} }}")
    with pytest.raises(querycheck.RefusedQuery):
        store.update(f"PREFIX : <{remote}/> LOAD:x")
    assert connections_after(listener, 0) == []


@linux_only
def test_the_service_says_at_start_whether_the_wall_is_up(own_data_dir, caplog):
    from ickg.web import create_app

    with caplog.at_level("INFO"):
        app = create_app({"DATA_DIR": str(own_data_dir), "TESTING": True})
    try:
        lines = [r.getMessage() for r in caplog.records if "network wall" in r.getMessage().lower()]
        assert lines, caplog.text
        assert "cannot open network sockets" in lines[0]
    finally:
        app.extensions["ickg.store"].close()


# -- depth, time and crashes -------------------------------------------------------------------


def deep(levels):
    return {
        "parentheses": "SELECT * WHERE { FILTER(" + "(" * levels + "true" + ")" * levels + ") }",
        "braces": "SELECT * WHERE " + "{" * levels + "}" * levels,
        "brackets": "SELECT * WHERE { ?s ?p " + "[ ?p " * levels + "1" + " ]" * levels + " }",
    }


def test_deep_nesting_is_refused_before_any_parser(live_server, own_data_dir):
    live = live_server(DATA_DIR=str(own_data_dir), UPDATE_TOKEN=TOKEN)
    for name, text in deep(5000).items():
        status, _, body = get(live.sparql, text)
        assert status == 400 and b"levels deep" in body, (name, status, body[:200])
        status, _, body = http(live.sparql, data=text.encode(), headers={"Content-Type": "application/sparql-query"})
        assert status == 400 and b"levels deep" in body, (name, status, body[:200])
    update = "INSERT { ?s ?p ?o } WHERE " + "{" * 5000 + "?s ?p ?o" + "}" * 5000
    status, _, body = post_update(live.sparql, update, token=TOKEN)
    assert status == 400 and b"levels deep" in body
    # ordinary nesting passes
    status, _, body = get(live.sparql, deep(20)["parentheses"])
    assert status == 200, body
    status, _, _ = get(live.sparql, "ASK { ?s ?p ?o }")
    assert status == 200


def test_an_update_the_engine_cannot_parse_cannot_crash_the_server(own_data_dir):
    """Sent past the check, 5,000 nested braces crashed the server when updates ran in it."""
    store = open_local(own_data_dir / "build" / "store", workers=1, read_only=False)
    try:
        version = store.version
        text = "INSERT { ?s ?p ?o } WHERE " + "{" * 5000 + "?s ?p ?o" + "}" * 5000
        try:
            store.update(text, timeout=60)
        except (StoreError, QueryTimeout):
            pass
        assert os.getpid()  # still here
        store.update("INSERT DATA { <urn:after> <urn:p> <urn:o> }", timeout=60)
        assert store.version != version
    finally:
        store.close()


def test_a_long_chain_update_runs_instead_of_crashing(live_server, own_data_dir):
    """3,000 BINDs overflow an 8 MB stack in the engine; the update process has room for them."""
    live = live_server(DATA_DIR=str(own_data_dir), UPDATE_TOKEN=TOKEN, QUERY_TIMEOUT=60)
    binds = " ".join(f"BIND({i} AS ?v{i})" for i in range(3000))
    status, _, body = post_update(live.sparql, f"INSERT {{ <urn:chain> <urn:p> ?v2999 }} WHERE {{ {binds} }}",
                                  token=TOKEN)
    assert status == 200, body[:300]
    status, _, body = get(live.sparql, "ASK { <urn:chain> <urn:p> 2999 }")
    assert json.loads(body)["boolean"] is True


def update_processes():
    """Live update processes started by this test process (from /proc)."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = open(f"/proc/{entry}/stat").read().rsplit(")", 1)[1].split()
            cmdline = open(f"/proc/{entry}/cmdline", "rb").read()
        except OSError:
            continue
        if stat[0] != "Z" and int(stat[1]) == os.getpid() and b"_update_main" in cmdline:
            found.append(int(entry))
    return found


CROSS_JOIN_UPDATE = """INSERT { <urn:x> <urn:p> ?x } WHERE {
  GRAPH ?g1 { ?a ?b ?c } GRAPH ?g2 { ?d ?e ?f } GRAPH ?g3 { ?g ?h ?i }
  GRAPH ?g4 { ?j ?k ?l } GRAPH ?g5 { ?m ?n1 ?o } GRAPH ?g6 { ?q ?r ?s }
  BIND(CONCAT(STR(?a), STR(?d), STR(?g), STR(?j), STR(?m), STR(?q)) AS ?x)
}"""


@pytest.mark.alone
def test_an_update_that_runs_too_long_is_killed_and_leaves_the_store_as_it_was(live_server, own_data_dir):
    # The cross join never ends: 1 s is as good a limit as any (the test is alone, and the other
    # xdist worker waits it out). The INSERT DATA that follows copies the store into a new version,
    # which took over 1 s on a loaded machine: it gets 30 s (the limit is read at each request).
    live = live_server(DATA_DIR=str(own_data_dir), UPDATE_TOKEN=TOKEN, QUERY_TIMEOUT=1)
    version = live.store.version
    started = time.monotonic()
    status, _, body = post_update(live.sparql, CROSS_JOIN_UPDATE, token=TOKEN)
    took = time.monotonic() - started
    assert status == 503 and b"timed out" in body, body
    assert took < 10
    assert update_processes() == []  # killed, not left running
    assert live.store.version == version
    assert not list((own_data_dir / "build" / "store").glob(".building-*"))
    # the next update is not blocked
    live.app.config["QUERY_TIMEOUT"] = 30
    status, _, body = post_update(live.sparql, "INSERT DATA { <urn:next> <urn:p> <urn:o> }", token=TOKEN)
    assert status == 200, body
    assert live.store.version != version

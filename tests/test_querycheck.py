"""The query check reads keywords as pyoxigraph's parser does, in time linear in the text.

The strongest test here is differential: texts built from glued keywords, prefixed names,
comments and literals are given both to a bare pyoxigraph store (with a loopback listener as the
SERVICE/LOAD target) and to the check; whenever the engine connects, the check must have
refused the text.
"""

import random
import socket
import threading
import time

import pyoxigraph as ox
import pytest

from ickg.sparql import querycheck
from ickg.sparql.querycheck import RefusedQuery, inspect, resolve_iri
from ickg.web.queries import PROLOGUE
from ickg.resources import query_files

LOCAL = "https://w3id.org/ickg/graph/"


def is_local(iri):
    return iri.startswith(LOCAL)


class CountingListener:
    """Accepts and counts connections on loopback, hanging up at once."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.count = 0
        self._stop = False
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self):
        while not self._stop:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.count += 1
            conn.close()

    def close(self):
        self._stop = True
        self.thread.join(2)
        self.sock.close()


class Texts:
    """Random SERVICE and LOAD texts in the shapes that confused the old check."""

    PREFIXES = ["", "l", "x", "service", "SERVICE", "a", "s.e", "true", "load", "e", "ex"]
    BEFORE = ["", "?s ?p ?o", "?s ?p ?o .", "?s ?p true", "?s ?p 1", "?s ?p ex:o", "?s ?p ex:a.b",
              "?s a ex:C", '?s ?p "x"', '?s ?p "x"@en', "?s ?p 1.5", "?s ?p 1e3", "FILTER(true)",
              "BIND(1 AS ?z)", "?s ?p ex:o."]
    SEPARATORS = ["", " ", "\n", "#c\n", "\t", " #x\r\n"]

    def __init__(self, seed, remote):
        self.rng = random.Random(seed)
        self.remote = remote

    def sep(self):
        return self.rng.choice(self.SEPARATORS)

    def case(self, word):
        r = self.rng.random()
        if r < 0.4:
            return word
        if r < 0.6:
            return word.lower()
        return "".join(c.upper() if self.rng.random() < 0.5 else c.lower() for c in word)

    def target(self, prefix):
        r = self.rng.random()
        if r < 0.4:
            return f"<{self.remote}/{self.rng.choice(['', 'x', 's?q=1'])}>"
        if r < 0.8:
            return prefix + ":" + self.rng.choice(["", "x", "svc", "a.b", "1", "service"])
        return f"<{self.rng.choice(['x', '', 'sp'])}>"

    def wrap(self, inner):
        sep = self.sep
        return self.rng.choice([
            inner, "OPTIONAL" + sep() + "{" + inner + "}", "{" + inner + "}" + sep() + self.case("UNION") + "{ }",
            "FILTER" + sep() + self.case("EXISTS") + sep() + "{" + inner + "}", "GRAPH ?g {" + inner + "}",
            "{ SELECT * WHERE {" + inner + "} }", "MINUS {" + inner + "}", "FILTER NOT EXISTS {" + inner + "}",
        ])

    def service(self, prefix):
        silent = self.case("SILENT") + self.sep() if self.rng.random() < 0.3 else ""
        return self.case("SERVICE") + self.sep() + silent + self.target(prefix) + self.sep() + "{ ?a ?b ?c }"

    def make(self):
        prefix = self.rng.choice(self.PREFIXES)
        sep = self.sep
        prologue = ""
        if self.rng.random() < 0.3:
            prologue += self.case("BASE") + sep() + f"<{self.remote}/>" + sep()
        prologue += self.case("PREFIX") + sep() + prefix + ":" + sep() + f"<{self.remote}/>" + sep()
        prologue += "PREFIX ex: <http://example.org/>" + sep()
        r = self.rng.random()
        if r < 0.75:
            inner = self.rng.choice(self.BEFORE) + sep() + self.service(prefix)
            return "query", (prologue + self.case("SELECT") + sep() + "*" + sep() + "WHERE" + sep() + "{"
                             + sep() + self.wrap(inner) + sep() + "}")
        if r < 0.9:
            silent = self.case("SILENT") + sep() if self.rng.random() < 0.3 else ""
            into = sep() + self.case("INTO") + sep() + "GRAPH <urn:g>" if self.rng.random() < 0.4 else ""
            return "update", prologue + self.case("LOAD") + sep() + silent + self.target(prefix) + into
        inner = self.rng.choice(self.BEFORE) + sep() + self.service(prefix)
        return "update", prologue + "INSERT { ?s ?p ?o }" + sep() + "WHERE" + sep() + "{" + self.wrap(inner) + "}"


def engine_connects(text, kind, listener):
    """Whether a bare pyoxigraph store contacts ``listener`` when it runs ``text``."""
    store = ox.Store()
    subject, predicate = ox.NamedNode("urn:s"), ox.NamedNode("urn:p")
    xsd = "http://www.w3.org/2001/XMLSchema#"
    for value in (ox.NamedNode("urn:o"), ox.Literal("true", datatype=ox.NamedNode(xsd + "boolean")),
                  ox.Literal("1", datatype=ox.NamedNode(xsd + "integer")), ox.NamedNode("http://example.org/o")):
        store.add(ox.Quad(subject, predicate, value))
    before = listener.count
    try:
        if kind == "query":
            list(store.query(text))
        else:
            store.update(text)
    except (SyntaxError, OSError, RuntimeError):
        pass
    # The engine's call returns only after the listener has hung up on it, and the listener
    # counts a connection before hanging up: no waiting needed.
    return listener.count > before


def test_whenever_the_engine_would_connect_the_check_refuses():
    listener = CountingListener()
    try:
        texts = Texts(seed=20260901, remote=f"http://127.0.0.1:{listener.port}")
        reached = 0
        for _ in range(1000):
            kind, text = texts.make()
            try:
                inspect(text, is_local_graph=is_local)
                refused = False
            except RefusedQuery:
                refused = True
            if engine_connects(text, kind, listener):
                reached += 1
                assert refused, f"the engine connects for {text!r} and the check let it through"
        assert reached > 250  # the generator does produce real attacks
    finally:
        listener.close()


def _verdict(check):
    try:
        return check()
    except RefusedQuery as refusal:
        return f"refused: {refusal}"


def test_a_prologue_read_once_gives_the_verdict_of_the_whole_text():
    """``inspect`` reads a prologue of plain PREFIX lines once and keeps what it learnt (the viewer
    sends twenty before each query): every text gets the verdict of reading it whole."""
    prologues = [PROLOGUE, "", "PREFIX ex: <http://example.org/>\n", "PREFIX from: <http://remote.example/>\n",
                 "PREFIX now: <urn:n:>\nPREFIX select: <urn:s:>\n", "PREFIX h: <http://remote.example>\n",
                 f"PREFIX g: <{LOCAL}>\nPREFIX g: <http://remote.example/>\n", f"PREFIX : <{LOCAL}>\n \n",
                 "PREFIX service: <http://remote.example/>\t\n"]
    texts = Texts(seed=20261202, remote="http://127.0.0.1:9")
    bodies = [texts.make()[1] for _ in range(300)] + [path.read_text(encoding="utf-8") for _, path in query_files()]
    bodies += ["SELECT * FROM from:x WHERE {}", "SELECT * FROM g:asserted WHERE {}", "SELECT * FROM :asserted {}",
               "SELECT * FROM h:.x {}", "SELECT (NOW() AS ?t) {}", "ASK { ?s select:p now:o }", "FROM:x",
               "SELECT * FROMNAMED ex:g {}", "BASE <http://remote.example/> SELECT * FROM <x> {}", "LOAD <x>",
               "SELECT * { " * 200, "\\", "PREFIX ex: <http://remote.example/>\nSELECT * FROM ex:g {}"]
    for prologue in prologues:
        for body in bodies:
            text = prologue + body
            whole = _verdict(lambda: querycheck._Checker(text, is_local).run())
            assert _verdict(lambda: inspect(text, is_local_graph=is_local)) == whole, text
    querycheck._PROLOGUES.clear()  # other tests may have filled the cache: read it afresh
    inspect(PROLOGUE + "SELECT * {}", is_local_graph=is_local)
    assert querycheck._PROLOGUES.peek(PROLOGUE) is not None  # the viewer's prologue is read once


@pytest.mark.parametrize("text", [
    "PREFIX ex: <http://example.org/> SELECT ?service WHERE { ?service a ex:ServiceLevel ; ex:load ?l }",
    "PREFIX fulop: <http://example.org/f#> SELECT * WHERE { ?s fulop:serviceIntegration ?o }",
    'SELECT ?x WHERE { BIND("SERVICE <http://x/> LOAD FROM" AS ?x) } # SERVICE <http://x/>',
    "PREFIX ex: <http://example.org/> SELECT * WHERE { ?s ex:withdrawal ?w ; ex:fromDate ?d ; ex:usingTool ?t }",
    "SELECT * WHERE { ?s <http://example.org/service/load> ?o }",
    "PREFIX ex: <http://example.org/> SELECT * WHERE { ?s ex:a.service ?o }",
    "PREFIX ex: <http://example.org/> SELECT (NOW() AS ?t) WHERE { ?s ?p ex:o1.5 }",
])
def test_names_that_contain_keywords_are_not_refused(text):
    inspect(text, is_local_graph=is_local)
    store = ox.Store()
    result = store.query(text)
    list(result)  # the engine reads them as names too


def test_every_query_shipped_with_ickg_passes():
    for name, path in query_files():
        info = inspect(path.read_text(encoding="utf-8"), is_local_graph=is_local)
        assert info.form in querycheck.QUERY_FORMS, name


@pytest.mark.parametrize("text, form, dataset", [
    ("PREFIX select: <http://x/> CONSTRUCT WHERE { ?s select:p ?o }", "CONSTRUCT", False),
    ("BASE <http://x/> ASK{}", "ASK", False),
    ("SELECT*{}", "SELECT", False),
    (f"SELECT * FROM <{LOCAL}asserted> WHERE {{}}", "SELECT", True),
    (f"PREFIX g: <{LOCAL}> SELECT * FROMNAMED g:asserted {{}}", "SELECT", True),
    ("PREFIX fromage: <http://x/> SELECT * WHERE { ?s fromage:x ?o }", "SELECT", False),
    ("INSERT DATA { <urn:a> <urn:b> <urn:c> }", "UPDATE", False),
    ("DESCRIBE<urn:x>", "DESCRIBE", False),
])
def test_form_and_dataset_clause(text, form, dataset):
    info = inspect(text, is_local_graph=is_local)
    assert (info.form, info.has_dataset_clause) == (form, dataset)


def test_volatile_functions_are_noticed():
    assert inspect("SELECT (STRUUID() AS ?u) {}", is_local_graph=is_local).volatile
    assert inspect("SELECT (rand() AS ?u) {}", is_local_graph=is_local).volatile
    assert not inspect("SELECT ?now {}", is_local_graph=is_local).volatile


def test_depth_is_limited_and_counted_outside_strings():
    limit = querycheck.MAX_DEPTH
    ok = "SELECT * WHERE { FILTER(" + "(" * (limit - 3) + "true" + ")" * (limit - 3) + ") }"
    assert inspect(ok, is_local_graph=is_local).depth == limit - 1
    with pytest.raises(RefusedQuery, match="levels deep"):
        inspect("ASK " + "{" * (limit + 1) + "}" * (limit + 1), is_local_graph=is_local)
    assert inspect('ASK { BIND("' + "(" * 5000 + '" AS ?x) }', is_local_graph=is_local).depth == 2
    with pytest.raises(RefusedQuery, match="levels deep"):  # an IRI an engine might read as "<" then code
        inspect("ASK { FILTER(?a<" + "(" * 200 + "1" + ")" * 200 + ">0) }", is_local_graph=is_local)


# RFC 3986, section 5.4: the base and its normal and abnormal examples.
RFC3986_BASE = "http://a/b/c/d;p?q"
RFC3986 = {
    "g:h": "g:h", "g": "http://a/b/c/g", "./g": "http://a/b/c/g", "g/": "http://a/b/c/g/", "/g": "http://a/g",
    "//g": "http://g", "?y": "http://a/b/c/d;p?y", "g?y": "http://a/b/c/g?y", "#s": "http://a/b/c/d;p?q#s",
    "g#s": "http://a/b/c/g#s", "g?y#s": "http://a/b/c/g?y#s", ";x": "http://a/b/c/;x", "g;x": "http://a/b/c/g;x",
    "": "http://a/b/c/d;p?q", ".": "http://a/b/c/", "./": "http://a/b/c/", "..": "http://a/b/", "../": "http://a/b/",
    "../g": "http://a/b/g", "../..": "http://a/", "../../": "http://a/", "../../g": "http://a/g",
    "../../../g": "http://a/g", "/./g": "http://a/g", "/../g": "http://a/g", "g.": "http://a/b/c/g.",
    ".g": "http://a/b/c/.g", "g..": "http://a/b/c/g..", "..g": "http://a/b/c/..g", "./../g": "http://a/b/g",
    "./g/.": "http://a/b/c/g/", "g/./h": "http://a/b/c/g/h", "g/../h": "http://a/b/c/h",
}


def test_iri_resolution_follows_rfc_3986():
    for ref, expected in RFC3986.items():
        assert resolve_iri(RFC3986_BASE, ref) == expected, ref
    assert resolve_iri(None, "relative") is None


WORST_CASES = {
    "names and dots": lambda n: "a." * (n // 2),
    "keywords in one run": lambda n: "adda" * (n // 4),
    "keywords and dots": lambda n: "selectas." * (n // 9),
    "distinct FROM clauses": lambda n: "PREFIX : <https://w3id.org/ickg/graph/>\nSELECT * "
                                       + "".join(f"FROM:{i} " for i in range(n // 10)) + "{}",
    "unterminated strings": lambda n: "SELECT * { ?s ?p '''x\n" * (n // 22),
}


@pytest.mark.parametrize("name", sorted(WORST_CASES))
def test_the_check_is_linear_in_the_text(name):
    """Eight times the text takes about eight times as long (a quadratic check: sixty-four).

    The sizes are eight apart, not four, so that a loaded machine's noise (a collection of the
    large text's objects, a descheduled run) cannot be mistaken for quadratic growth: under a
    load of 15 a linear check once measured 15x for four times the text. The time is this
    thread's CPU time, not the wall clock, so that a neighbour on the core (another xdist worker, a
    build) does not count as the check's work."""
    def best(n):
        text = WORST_CASES[name](n)
        times = []
        for _ in range(3):
            started = time.thread_time()
            try:
                inspect(text, is_local_graph=is_local)
            except RefusedQuery:
                pass
            times.append(time.thread_time() - started)
        return min(times)

    small, large = best(6_250), best(50_000)
    assert large < 24 * small + 0.05, (small, large)

"""The project's SPARQL gives the same answers on the embedded store, Oxigraph server and Virtuoso.

The seed graph, as ``ickg build`` builds it (``seed_dataset``), is loaded into a real ``oxigraph
serve`` and a real Virtuoso 7 (``remote_stores.py``) with each store's own loader, and every query
is run on the three: the competency questions (``queries/cq*.rq``), the quality checks
(``queries/qc/``, on the ontology graph as ``ickg qc`` runs them) and every query the viewer's pages
send (recorded while the pages are rendered over the embedded store).

Each remote query is sent over the SPARQL protocol with ickg's dataset made explicit: the ickg
named graphs as ``default-graph-uri`` and ``named-graph-uri`` (without the inference graphs
when the viewer asks with ``infer=false``), which is what the embedded store's union default graph
means. The answers are compared as sets of rows of normalised terms (language tags in lower
case, ``xsd:string`` as a plain literal, numbers by value, every blank node alike, the parts of
a GROUP_CONCAT as a sorted list without language tag, an empty one as unbound: engines differ on
these corners of SPARQL), so a query
that differs is one that means something else to another engine.
"""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.parse
import urllib.request
from decimal import Decimal, InvalidOperation

import pyoxigraph as ox
import pytest

from ickg.namespaces import ONTOLOGY_GRAPH
from ickg.resources import query_files
from ickg.web import create_app

XSD = "http://www.w3.org/2001/XMLSchema#"
NUMERIC = {XSD + t for t in ("integer", "int", "long", "short", "byte", "decimal", "double", "float",
                             "nonNegativeInteger", "positiveInteger", "negativeInteger",
                             "nonPositiveInteger", "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte")}
INFERENCE = {"https://w3id.org/ickg/graph/inferred", "https://w3id.org/ickg/graph/derivations"}

# The viewer's pages whose queries are recorded (each kind of page of tests/test_viewer.py).
PAGES = (
    "/", "/id/program/prisma", "/id/program/prisma.ttl", "/id/document/003_2e7f07f9be8b457e?quote=5399-5424",
    "/scheme/gken/clinical-integration", "/ontology/Program", "/ontology", "/ontology/locatedIn",
    "/id/jurisdiction/ontario", "/search?q=PRISMA", "/search?q=integration care", "/compare", "/compare.csv",
    "/compare.csv?inferred=0", "/neighbourhood.svg?iri=https%3A%2F%2Fw3id.org%2Fickg%2Fid%2Fprogram%2Fprisma",
    "/graph/inferred", "/id/program/hostile-test", "/id/program/no-such-program", "/scheme/gken",
)


def normal_term(binding: dict | None):
    if binding is None:
        return None
    kind, value = binding["type"], binding["value"]
    if kind == "bnode":
        return ("bnode",)
    if kind == "uri":
        return ("uri", value)
    datatype = binding.get("datatype")
    lang = binding.get("xml:lang")
    if lang:
        return ("literal", value, lang.lower())
    if datatype in NUMERIC:
        try:
            return ("number", Decimal(value).normalize())
        except InvalidOperation:
            return ("literal", value, datatype)
    if datatype in (None, XSD + "string"):
        return ("literal", value)
    return ("literal", value, datatype)


_CONCAT = re.compile(r'GROUP_CONCAT\s*\((?:[^()"]|"[^"]*")*?separator\s*=\s*"([^"]*)"\s*\)\s*AS\s*\?(\w+)', re.I)


def concatenated(text: str) -> dict:
    """{variable: separator} of the GROUP_CONCAT aggregates of a query, whose order SPARQL leaves open."""
    return {var: sep for sep, var in _CONCAT.findall(text)}


def normal_rows(doc: dict, concat: dict | None = None) -> set | bool:
    if "boolean" in doc:
        return bool(doc["boolean"])
    names = doc["head"]["vars"]

    def cell(name, binding):
        term = normal_term(binding.get(name))
        if name in (concat or {}):
            # the order of the parts, the language tag of the result and unbound versus "" for an
            # empty group are left to each engine (Oxigraph and Virtuoso differ on all three)
            if term is None or term[0] != "literal" or term[1] == "":
                return None
            return ("concat", tuple(sorted(term[1].split(concat[name]))))
        return term

    return {tuple(cell(n, b) for n in names) for b in doc["results"]["bindings"]}


def normal_triples(body: bytes) -> set:
    def term(t):
        if isinstance(t, ox.BlankNode):
            return ("bnode",)
        if isinstance(t, ox.NamedNode):
            return ("uri", t.value)
        return normal_term({"type": "literal", "value": t.value, "xml:lang": t.language,
                            "datatype": t.datatype.value if t.datatype else None})
    return {(term(t.subject), term(t.predicate), term(t.object)) for t in ox.parse(body, format=ox.RdfFormat.N_TRIPLES)}


def remote_answer(server, text: str, graphs: list[str], *, graph_form: bool):
    fields = [("query", text)] + [("default-graph-uri", g) for g in graphs] + [("named-graph-uri", g) for g in graphs]
    accept = "application/n-triples" if graph_form else "application/sparql-results+json"
    request = urllib.request.Request(server.query_url, data=urllib.parse.urlencode(fields).encode(), method="POST",
                                     headers={"Accept": accept, "Content-Type": "application/x-www-form-urlencoded"})
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            body = response.read()
    except urllib.error.HTTPError as err:
        return f"HTTP {err.code}: {err.read()[:300]!r}"
    if graph_form:
        if server.kind == "virtuoso":  # Virtuoso writes its blank nodes as nodeID://… IRIs in N-Triples
            body = body.replace(b"<nodeID://", b"<_nodeid:")
            return {tuple(("bnode",) if x[0] == "uri" and x[1].startswith("_nodeid:") else x for x in t)
                    for t in normal_triples(body)}
        return normal_triples(body)
    return normal_rows(json.loads(body), concatenated(text))


def local_answer(store, text: str, *, infer=True, default_graphs=None, graph_form: bool):
    fmt = "ntriples" if graph_form else "json"
    result = store.query(text, infer=infer, fmt=fmt, default_graphs=default_graphs,
                         named_graphs=default_graphs, timeout=120)
    return normal_triples(result.body) if graph_form else normal_rows(json.loads(result.body), concatenated(text))


def is_graph_form(text: str) -> bool:
    body = "\n".join(line for line in text.splitlines() if not line.lstrip().upper().startswith(("PREFIX", "#", "BASE")))
    head = body.lstrip().split(None, 1)[0].upper() if body.strip() else ""
    return head in ("CONSTRUCT", "DESCRIBE")


@pytest.fixture(scope="module")
def seed_nquads(seed_dataset, tmp_path_factory):
    path = tmp_path_factory.mktemp("portable") / "seed.nq"
    path.write_bytes(ox.serialize(seed_dataset, format=ox.RdfFormat.N_QUADS))
    return path


@pytest.fixture(scope="module", params=["oxigraph", "virtuoso"])
def remote(request, seed_nquads, seed_store):
    server = request.getfixturevalue(f"{request.param}_server")
    server.load_nquads(seed_nquads)
    assert server.ickg_graphs() == seed_store.named_graphs()
    yield server
    server.clear()


class RecordingStore:
    """The embedded store, remembering each query the viewer sends (text, infer, form)."""

    def __init__(self, store):
        self.store = store
        self.seen = {}

    def __getattr__(self, name):
        return getattr(self.store, name)

    def query(self, text, **options):
        self.seen.setdefault((text, options.get("infer", True), is_graph_form(text)), None)
        return self.store.query(text, **options)


@pytest.fixture(scope="module")
def viewer_queries(seed_store):
    recorder = RecordingStore(seed_store)
    app = create_app({"STORE": recorder, "TESTING": True})
    client = app.test_client()
    for page in PAGES:
        response = client.get(page, headers={"Accept": "text/html"})
        assert response.status_code in (200, 404), (page, response.status_code)
    assert len(recorder.seen) > 30
    return sorted(recorder.seen)


@pytest.fixture(scope="module")
def embedded_answers(seed_store):
    """:func:`local_answer` on the embedded store, each case asked once for the module: the store
    is read-only, and both remote stores' tests compare with the same answers."""
    answers = {}

    def answer(text, *, infer=True, default_graphs=None, graph_form):
        key = (text, infer, tuple(default_graphs or ()), graph_form)
        if key not in answers:
            answers[key] = local_answer(seed_store, text, infer=infer, default_graphs=default_graphs,
                                        graph_form=graph_form)
        return answers[key]
    return answer


def compare(remote, seed_store, cases, embedded):
    """[(name, local answer, remote answer)] of the cases whose answers differ; ``embedded`` gives
    the local answer (:func:`embedded_answers`)."""
    graphs = seed_store.named_graphs()
    differ = []
    for name, text, infer, only_graphs, graph_form in cases:
        dataset = only_graphs or [g for g in graphs if infer or g not in INFERENCE]
        here = embedded(text, infer=infer, default_graphs=only_graphs, graph_form=graph_form)
        there = remote_answer(remote, text, dataset, graph_form=graph_form)
        if here != there:
            differ.append((name, here if isinstance(here, bool) else sorted(map(str, here))[:5],
                           there if isinstance(there, (bool, str)) else sorted(map(str, there))[:5]))
    return differ


def _report(differ):
    return "\n".join(f"{name}:\n  embedded: {here}\n  {'remote'}: {there}" for name, here, there in differ)


def test_competency_questions_answer_alike_on_every_store(remote, seed_store, embedded_answers):
    cases = [(name, resource.read_text(encoding="utf-8"), True, None, False)
             for name, resource in query_files() if name.startswith("cq")]
    assert len(cases) >= 15
    empty = [c[0] for c in cases if not embedded_answers(c[1], graph_form=False)]
    assert empty == [], "every competency question has answers on the seed graph"
    differ = compare(remote, seed_store, cases, embedded_answers)
    assert not differ, f"{remote.kind}:\n" + _report(differ)


def test_quality_checks_answer_alike_on_every_store(remote, seed_store, embedded_answers):
    cases = []
    for name, resource in query_files():
        if name.startswith("qc/") and not name.startswith("qc/inactive/"):
            text = resource.read_text(encoding="utf-8")
            cases.append((name, text, True, [str(ONTOLOGY_GRAPH)], False))
    assert len(cases) >= 20
    differ = compare(remote, seed_store, cases, embedded_answers)
    assert not differ, f"{remote.kind}:\n" + _report(differ)


def test_viewer_queries_answer_alike_on_every_store(remote, seed_store, viewer_queries, embedded_answers):
    cases = [(f"viewer query (infer={infer}):\n{text}", text, infer, None, graph_form)
             for text, infer, graph_form in viewer_queries]
    differ = compare(remote, seed_store, cases, embedded_answers)
    assert not differ, f"{remote.kind}: {len(differ)} of {len(cases)} differ\n" + _report(differ)

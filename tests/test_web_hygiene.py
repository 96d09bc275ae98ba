"""Hostile input on every route of the real server: never a 500, never reflected markup or
headers, never the client's Host header, and the security headers on every response.

The routes are read from ``app.url_map``, the query parameters from the web modules' source,
so a new route or parameter is covered without touching this file.
"""

import http.client
import re
import socket
from pathlib import Path
from urllib.parse import quote

import pytest

from ickg.namespaces import BASE
from ickg.web import SECURITY_HEADERS, create_app, create_server
from threaded_server import stop

WEB = Path(__file__).resolve().parent.parent / "service" / "ickg" / "web"
PRISMA = BASE + "id/program/prisma"

# Percent-encoded as they go into a URL. The marker tag stands for markup: it must never come
# back raw in an HTML, SVG or XML body.
MARKER = "<ickg-x a=\"b\">"
HOSTILE = {
    "markup": quote(MARKER, safe=""),
    "lt": "%3C",
    "gt": "%3E",
    "quote": "%22",
    "backslash": "%5C",
    "nul": "%00",
    "invalid-utf8": "%ff",
    "long": "x" * 4000,
    "dotdot": "..",
    "traversal": "..%2F..%2Fetc%2Fpasswd",
    "space": "%20",
    "newline": "%0a",
    "header-injection": "%0d%0aX-Evil:%201",
    "bad-percent": "%25zz",
    "iri-markup": "http://x/" + quote(MARKER, safe=""),
}

# The parameters the views read, and a request each route answers normally, into which one
# hostile value at a time is put.
def _parameters():
    """Every query parameter a view reads: ``args.get("x")``, ``form["x"]``, ``source.getlist("x")``,
    and names looped over (``for name in ("s", "p", "o")``) in a module reading ``args[name]``."""
    names = set()
    for path in WEB.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        names |= set(re.findall(r"""(?:args|form|source)(?:\.get|\.getlist)?[(\[]["']([\w-]+)["']""", text))
        if re.search(r"args\[name\]", text):
            for group in re.findall(r"for name in \(([^)]*)\)", text):
                names |= set(re.findall(r"""["']([\w-]+)["']""", group))
    return sorted(names)


PARAMETERS = _parameters()
VALID_ARGS = {
    "explain.explain": {"s": PRISMA, "p": "rdf:type", "o": "ickg:Program"},
    "resource.resource": {"iri": PRISMA},
    "graphics.neighbourhood": {"iri": PRISMA},
    "sparql.endpoint": {"query": "ASK {}"},
}
VALID_PATH = {"resource.minted_id": "program/prisma", "static": "ickg.css",
              "resource.minted_ontology_twin": "ttl"}


def requests_for(app, value):
    """(method, target) of every route with ``value`` in each path argument and each parameter."""
    out = []
    for rule in app.url_map.iter_rules():
        valid = {arg: VALID_PATH.get(rule.endpoint, "x") for arg in rule.arguments}

        def path(**args):
            text = rule.rule
            for arg in rule.arguments:
                text = re.sub(r"<(?:[^:<>]+:)?" + arg + ">", args.get(arg, valid[arg]), text)
            return text

        for arg in rule.arguments:
            out.append(path(**{arg: value}))
            out.append(path(**{arg: "a/" + value + "/b"}) if "path:" in rule.rule else path(**{arg: value}))
        base = VALID_ARGS.get(rule.endpoint, {})
        for name in PARAMETERS:
            args = {k: quote(v, safe=":") for k, v in base.items() if k != name}
            args[name] = value
            out.append(path() + "?" + "&".join(f"{k}={v}" for k, v in args.items()))
    return out


def fetch(conn, target, **headers):
    conn.request("GET", target, headers={"Accept": "text/html", **headers})
    response = conn.getresponse()
    return response.status, response.getheaders(), response.read()


def test_the_parameter_list_is_read_from_the_views():
    assert {"iri", "format", "q", "quote", "inferred", "infer", "s", "p", "o", "query", "update", "output",
            "default-graph-uri", "named-graph-uri"} <= set(PARAMETERS), PARAMETERS


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_hostile_values_on_every_route_give_no_500_and_reflect_nothing(seed_server, kind):
    value = HOSTILE[kind]
    host, port = seed_server.url.rsplit("/", 1)[1].split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=60)
    failures = []
    targets = requests_for(seed_server.app, value)
    assert len(targets) > 50
    for target in targets:
        try:
            status, headers, body = fetch(conn, target)
        except (http.client.HTTPException, OSError) as error:
            failures.append(f"{target[:120]}: {error!r}")
            conn.close()
            conn = http.client.HTTPConnection(host, int(port), timeout=60)
            continue
        names = {name.lower(): v for name, v in headers}
        kind_of = names.get("content-type", "")
        if status >= 500:
            failures.append(f"{target[:120]}: {status} {body[:200]!r}")
        if "x-evil" in names:
            failures.append(f"{target[:120]}: header injected")
        if any(t in kind_of for t in ("html", "svg", "xml")) and MARKER.encode() in body:
            failures.append(f"{target[:120]}: raw markup in the {kind_of} body")
        missing = [h for h in SECURITY_HEADERS if h.lower() not in names]
        if missing:
            failures.append(f"{target[:120]}: {status} without {missing}")
    conn.close()
    assert failures == [], "\n".join(failures[:40])


@pytest.mark.parametrize("path", ["/id/program/%3C", "/id/%22x", "/ontology/%5C", "/scheme/a%00b",
                                  "/graph/%3Cscript%3E", "/ontology.%3E"])
def test_minted_paths_with_characters_no_iri_holds_are_404_with_a_plain_message(seed_server, path):
    host, port = seed_server.url.rsplit("/", 1)[1].split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=60)
    status, headers, body = fetch(conn, path, Accept="text/plain")
    assert status == 404 and body.decode().startswith("This address holds characters no IRI can hold")
    status, headers, body = fetch(conn, path)
    assert status == 404 and b"Not an IRI" in body and b"<script>" not in body
    conn.close()


def test_explain_with_bad_terms_is_400_naming_the_parameter(seed_server):
    host, port = seed_server.url.rsplit("/", 1)[1].split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=60)
    for query, name in [("s=%3Chttp://x/%3Cb%3E%3E&p=rdf:type&o=ickg:Program", "s"),
                        ("s=%22lit%22&p=rdf:type&o=ickg:Program", "s"),
                        ("s=ickg:a&p=%22lit%22&o=ickg:Program", "p"),
                        ("s=ickg:a&p=rdf:type&o=%22x%22%5E%5E%3Chttp://x/%20y%3E", "o")]:
        conn.request("GET", "/explain?format=json&" + query)
        response = conn.getresponse()
        body = response.read()
        assert response.status == 400, (query, body)
        assert response.getheader("Content-Type").startswith("application/json")
        assert f'"{name}: '.encode() in body, body
    conn.close()


# ---------------------------------------------------------------------------------------------
# Host


def raw_get(server, target, host, **headers):
    """The raw response to a GET with the given Host header (http.client would set its own)."""
    address = server.url.rsplit("/", 1)[1].split(":")
    lines = [f"GET {target} HTTP/1.1", f"Host: {host}", "Connection: close",
             *(f"{k}: {v}" for k, v in headers.items()), "", ""]
    with socket.create_connection((address[0], int(address[1])), timeout=60) as sock:
        sock.sendall("\r\n".join(lines).encode("latin-1"))
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    headers = dict(line.split(b": ", 1) for line in head.split(b"\r\n")[1:])
    return status, {k.decode().lower(): v.decode() for k, v in headers.items()}, body


EVIL = "evil.example"


@pytest.mark.parametrize("target", ["/id//program/prisma", "/static//ickg.css", "/graph//asserted",
                                    "/id//program/prisma?format=ttl"])
def test_redirects_never_carry_the_host_header(seed_server, target):
    status, headers, body = raw_get(seed_server, target, EVIL)
    assert status in (301, 302, 307, 308), status
    location = headers["location"]
    assert EVIL not in location and location.startswith("/") and not location.startswith("//")
    assert EVIL.encode() not in body


def test_service_description_names_the_endpoint_without_the_host_header(seed_server):
    status, headers, body = raw_get(seed_server, "/sparql", EVIL, Accept="text/turtle")
    assert status == 200 and EVIL.encode() not in body
    assert f"<{BASE}sparql> a sd:Service".encode() in body or f"sd:endpoint <{BASE}sparql>".encode() in body
    status, headers, body = raw_get(seed_server, "/sparql", EVIL, Accept="text/html")
    assert status == 200 and EVIL.encode() not in body


def test_a_configured_base_url_builds_redirects_and_the_endpoint(local_store):
    app = create_app({"STORE": local_store, "TESTING": True, "BASE_URL": "https://kg.example.org/ickg"})
    client = app.test_client()
    response = client.get("/id//program/0", headers={"Host": EVIL})
    assert response.status_code == 308
    assert response.headers["Location"] == "https://kg.example.org/ickg/id/program/0"
    body = client.get("/sparql", headers={"Host": EVIL, "Accept": "application/n-triples"}).get_data()
    assert b"<https://kg.example.org/ickg/sparql> <http://www.w3.org/ns/sparql-service-description#endpoint>" in body
    assert EVIL.encode() not in body


def test_serve_refuses_a_base_url_that_is_not_an_http_url():
    from click.testing import CliRunner

    from ickg.cli import cli

    out = CliRunner().invoke(cli, ["serve", "--base-url", "javascript:alert(1)", "--get", "/"])
    assert out.exit_code == 2 and "--base-url" in out.output


# ---------------------------------------------------------------------------------------------
# Security headers


@pytest.mark.parametrize("path,accept", [
    ("/", "text/html"),
    ("/id/program/prisma", "text/html"),
    ("/id/program/prisma", "text/turtle"),
    ("/sparql?query=ASK%20%7B%7D", "application/sparql-results+json"),
    ("/sparql", "text/turtle"),
    ("/static/ickg.css", "text/css"),
    ("/no/such/page", "text/html"),
    ("/explain?s=x", "application/json"),
    ("/neighbourhood.svg?iri=" + quote(PRISMA, safe=""), "image/svg+xml"),
])
def test_every_kind_of_response_carries_the_security_headers(seed_server, path, accept):
    status, headers, body = raw_get(seed_server, path, "127.0.0.1", Accept=accept)
    for name, value in SECURITY_HEADERS.items():
        assert headers.get(name.lower()) == value, (path, status, name)
    csp = headers["content-security-policy"]
    for directive in ("default-src 'self'", "frame-ancestors 'none'", "base-uri 'none'", "form-action 'self'"):
        assert directive in csp
    assert "unsafe-inline" not in csp


def test_repeated_and_revalidated_queries_keep_the_security_headers(local_store):
    # The fast path replays stored answers, and 304s, byte for byte: both must carry the headers.
    app = create_app({"STORE": local_store, "TESTING": True})
    server = create_server(app, host="127.0.0.1", port=0, threads=2)
    import threading

    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        conn = http.client.HTTPConnection("127.0.0.1", server.effective_port, timeout=60)
        target = "/sparql?query=" + quote("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", safe="")
        answers = []
        for _ in range(3):
            conn.request("GET", target, headers={"Accept": "application/sparql-results+json"})
            response = conn.getresponse()
            response.read()
            answers.append((response.status, {k.lower(): v for k, v in response.getheaders()}))
        etag = answers[-1][1]["etag"]
        conn.request("GET", target, headers={"Accept": "application/sparql-results+json", "If-None-Match": etag})
        response = conn.getresponse()
        response.read()
        answers.append((response.status, {k.lower(): v for k, v in response.getheaders()}))
        conn.close()
    finally:
        stop(server, thread)
    assert [status for status, _ in answers] == [200, 200, 200, 304]
    for status, headers in answers:
        for name, value in SECURITY_HEADERS.items():
            assert headers.get(name.lower()) == value, (status, name)

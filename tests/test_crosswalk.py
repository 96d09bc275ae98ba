"""The crosswalk page (issue 15, item 2) over HTTP on the seed graph: the scheme × scheme matrix
counts what SPARQL counts, its cells lead to the mappings they count, the CSV carries type,
confidence and justification, filters narrow the list, and a scheme's page lists its mappings."""

import csv
import io
import json
import re
import urllib.parse
import urllib.request

from ickg.namespaces import BASE

GKEN = BASE + "scheme/gken"
RAINBOW = BASE + "scheme/rainbow"
SKOS = "http://www.w3.org/2004/02/skos/core#"


def get(server, path, accept="text/html"):
    request = urllib.request.Request(server.url + path, headers={"Accept": accept})
    with urllib.request.urlopen(request, timeout=120) as response:
        return response.status, response.headers, response.read().decode("utf-8")


def sparql_count(server, where):
    query = urllib.parse.urlencode({"query": f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}", "infer": "false"})
    _, _, body = get(server, "/sparql?" + query, accept="application/sparql-results+json")
    return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])


MAPPINGS = f"""VALUES ?rel {{ <{SKOS}exactMatch> <{SKOS}closeMatch> <{SKOS}broadMatch> <{SKOS}narrowMatch> <{SKOS}relatedMatch> }}
  ?a ?rel ?b . ?a <{SKOS}inScheme> ?sa . ?b <{SKOS}inScheme> ?sb"""


def test_matrix_counts_what_sparql_counts(seed_server):
    status, _, body = get(seed_server, "/crosswalk")
    assert status == 200
    total = sparql_count(seed_server, MAPPINGS)
    assert total > 10
    assert f"{total} mappings join concepts" in body
    pair = f"""{MAPPINGS} FILTER((?sa = <{GKEN}> && ?sb = <{RAINBOW}>) || (?sa = <{RAINBOW}> && ?sb = <{GKEN}>))"""
    expected = sparql_count(seed_server, pair)
    assert expected > 0
    cells = {}
    for href, n in re.findall(r'<a href="(/crosswalk\?[^"]+)#mappings" title="[^"]*">(\d+)</a>', body):
        args = urllib.parse.parse_qs(urllib.parse.urlsplit(href.replace("&amp;", "&")).query)
        cells[(args["scheme"][0], args["other"][0])] = int(n)
    assert cells[(GKEN, RAINBOW)] == cells[(RAINBOW, GKEN)] == expected
    link = "/crosswalk?" + urllib.parse.urlencode({"scheme": GKEN, "other": RAINBOW})
    # the cell's list holds exactly those mappings, GKEN's concept on the left
    _, _, listed = get(seed_server, link)
    rows = re.findall(r"<tr><td><a href=\"[^\"]+\" title=\"([^\"]+)\">", listed.split('id="mappings"', 1)[1])
    assert len(rows) == expected
    assert all(iri.startswith(GKEN + "/") for iri in rows)


def test_csv_has_type_confidence_and_justification(seed_server):
    status, headers, text = get(seed_server, "/crosswalk.csv", accept="text/csv")
    assert headers["Content-Type"].startswith("text/csv") and "attachment" in headers["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == sparql_count(seed_server, MAPPINGS)
    assert {r["predicate"] for r in rows} <= {"exact match", "close match", "broader match", "narrower match",
                                              "related match"}
    assert all(r["predicate_id"].startswith(SKOS) for r in rows)
    assert any(r["confidence"] and 0 < float(r["confidence"]) <= 1 for r in rows)
    assert any(r["justification"] == "curated by hand" for r in rows)
    assert not any(r["comment"].lower().startswith("why:") for r in rows)
    assert all(r["subject_label"] and r["object_label"] and r["subject_scheme"] for r in rows)


def test_filters_narrow_the_list(seed_server):
    _, _, text = get(seed_server, "/crosswalk.csv?" + urllib.parse.urlencode({"relation": "exact match"}), "text/csv")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows and all(r["predicate"] == "exact match" for r in rows)
    _, _, text = get(seed_server, "/crosswalk.csv?min_confidence=0.8", "text/csv")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows and all(float(r["confidence"]) >= 0.8 for r in rows)
    _, _, everything = get(seed_server, "/crosswalk.csv", "text/csv")
    assert len(rows) < len(list(csv.DictReader(io.StringIO(everything))))


def test_a_scheme_page_lists_its_mappings(seed_server):
    status, _, body = get(seed_server, "/scheme/gken")
    assert status == 200
    section = body.split("Mappings to other typologies", 1)[1].split("</section>", 1)[0]
    expected = sparql_count(seed_server, f"{MAPPINGS} FILTER(?sa = <{GKEN}> || ?sb = <{GKEN}>)")
    assert f"({expected})" in section
    assert section.count('<td class="rel">') == expected
    assert "/crosswalk?scheme=" in section

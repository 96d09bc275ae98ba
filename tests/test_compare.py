"""The comparison as a working tool (issue 15, item 3), over HTTP on the seed graph: filters by
jurisdiction (inferred locations count), funding model and population; sorting by a column;
goals apart from outcomes; hedged values marked; stated values before inferred ones; CSV in a wide
and a long form with quotes and citations, and one for spreadsheets."""

import csv
import io
import re
import urllib.parse
import urllib.request

from ickg.namespaces import BASE

CANADA = BASE + "id/jurisdiction/canada"
QUEBEC = BASE + "id/jurisdiction/quebec"
PRISMA = BASE + "id/program/prisma"


def get(server, path, accept="text/html"):
    request = urllib.request.Request(server.url + path, headers={"Accept": accept})
    with urllib.request.urlopen(request, timeout=120) as response:
        return response.status, response.headers, response.read()


def rows_of(server, query=""):
    _, _, body = get(server, "/compare.csv" + query, "text/csv")
    return list(csv.DictReader(io.StringIO(body.decode("utf-8"))))


def program_rows(body):
    return re.findall(r'<tr><th scope="row"><a href="([^"]+)">', body.decode())


def test_filter_by_jurisdiction_counts_inferred_locations(seed_server):
    everything = rows_of(seed_server)
    in_canada = rows_of(seed_server, "?" + urllib.parse.urlencode({"jurisdiction": CANADA}))
    assert 0 < len(in_canada) < len(everything)
    assert all("Canada" in r["Location"] for r in in_canada)
    assert any(r["iri"] == PRISMA for r in in_canada)
    # a program stated to be in Quebec is in Canada by inference; without inferences it is not listed
    stated_only = rows_of(seed_server, "?" + urllib.parse.urlencode({"jurisdiction": CANADA, "inferred": "0"}))
    assert len(stated_only) < len(in_canada)
    quebec = rows_of(seed_server, "?" + urllib.parse.urlencode({"jurisdiction": QUEBEC}))
    assert quebec and {r["iri"] for r in quebec} <= {r["iri"] for r in in_canada}
    _, _, page = get(seed_server, "/compare?" + urllib.parse.urlencode({"jurisdiction": CANADA}))
    assert len(program_rows(page)) == len(in_canada)
    assert f'<option value="{CANADA}" selected>' in page.decode()


def test_filter_by_funding_model_and_population(seed_server):
    _, _, page = get(seed_server, "/compare")
    html = page.decode()
    for key in ("funding", "population", "type", "degree"):
        select = html.split(f'<select name="{key}">', 1)[1].split("</select>", 1)[0]
        first = re.search(r'<option value="([^"]+)">', select)
        assert first, key
        rows = rows_of(seed_server, "?" + urllib.parse.urlencode({key: first.group(1)}))
        assert 1 <= len(rows) < len(rows_of(seed_server)), key


def test_sort_by_a_column_and_back(seed_server):
    by_name = program_rows(get(seed_server, "/compare")[2])
    by_location = program_rows(get(seed_server, "/compare?sort=Location")[2])
    assert sorted(by_name) == sorted(by_location) and by_name != by_location
    locations = [r["Location"].split(";")[0] for r in rows_of(seed_server, "?sort=Location") if r["Location"]]
    assert locations == sorted(locations, key=str.lower)
    descending = [r["Location"].split(";")[0] for r in rows_of(seed_server, "?sort=Location&desc=1") if r["Location"]]
    assert descending == sorted(locations, key=str.lower, reverse=True)
    _, _, page = get(seed_server, "/compare?sort=Location")
    assert re.search(r'<th scope="col" aria-sort="ascending"><a class="sort" href="[^"]*desc=1[^"]*"[^>]*>Location</a>',
                     page.decode())


def test_goals_apart_from_outcomes_and_hedges_marked(seed_server):
    rows = rows_of(seed_server, "?layout=long")
    goals = [r for r in rows if r["dimension"] == "Goals"]
    outcomes = [r for r in rows if r["dimension"] == "Outcomes"]
    assert goals and outcomes
    assert {r["property"] for r in goals} == {"has goal"}
    assert "has goal" not in {r["property"] for r in outcomes}
    hedged = [r for r in rows if r["qualifier"]]
    assert hedged and any("hedged" in r["qualifier"] for r in hedged)
    _, _, page = get(seed_server, "/compare")
    assert 'class="badge hedge"' in page.decode()


def test_stated_values_come_before_inferred_ones(seed_server):
    for row in rows_of(seed_server):
        values = [v for v in row["Location"].split("; ") if v]
        flags = ["(inferred" in v for v in values]
        assert flags == sorted(flags), row["Location"]


def test_csv_carries_quotes_and_citations(seed_server):
    wide = rows_of(seed_server)
    prisma = next(r for r in wide if r["iri"] == PRISMA)
    assert "Case management services" in prisma["Components"]
    assert "“" in prisma["Components: quotes"] and "GKEN web page on integration" in prisma["Components: quotes"]
    long = rows_of(seed_server, "?layout=long")
    quoted = [r for r in long if r["quote"]]
    assert quoted and all(r["citation"] and r["reference"] and r["document_iri"].startswith(BASE + "id/document/")
                          for r in quoted)
    assert any(re.match(r"Embuldeniya et al\. \(2017\)", r["citation"]) for r in quoted)
    assert {"stated", "inferred"} <= {r["status"] for r in long}


def test_spreadsheet_csv_has_a_byte_order_mark_and_quotes_every_field(seed_server):
    _, headers, body = get(seed_server, "/compare.csv?excel=1", "text/csv")
    assert body.startswith("\ufeff".encode("utf-8"))
    first = body.decode("utf-8-sig").split("\r\n", 1)[0]
    assert first.startswith('"program","iri","Location"')

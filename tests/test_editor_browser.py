"""The SPARQL editor in a real headless Chromium, offline: completion from the ontology, highlighting,
running, downloading, bookmarking, error marks, and the plain form when JavaScript is off.

The ``page`` fixture (test_browser.py) aborts every request to anything but the loopback server
and fails the test on any Content-Security-Policy violation, so the editor is shown to work from
the service's own static files alone. With ``ICKG_TEST_SCREENSHOTS=1`` a screenshot of the editor
completing a class is left in tests/artifacts/.
"""

import csv
import io
import json
import re
from urllib.parse import parse_qs, urlparse

import pytest

from ickg.iris import compact
from ickg.namespaces import ICKG, ONTOLOGY_GRAPH
from ickg.web.editor import prepare
from test_browser import _module_tab, page, shot  # noqa: F401 (fixtures)

pytestmark = pytest.mark.browser

QUERY_START = "SELECT ?program ?label WHERE { ?program a ickg:Progr"
QUERY_REST = " ; rdfs:label ?label } ORDER BY ?label"


def store_rows(store, text):
    """The store's own answer to ``text`` (prepared as the page prepares it), as lists of values."""
    body = json.loads(store.query(prepare(text).text, fmt="json").body)
    names = body["head"]["vars"]
    return [[b.get(n, {}).get("value", "") for n in names] for b in body["results"]["bindings"]]


def ontology_label(store, iri):
    body = json.loads(store.query(
        f"SELECT ?l WHERE {{ GRAPH <{ONTOLOGY_GRAPH}> {{ <{iri}> <http://www.w3.org/2000/01/rdf-schema#label> ?l }} }}",
        fmt="json").body)
    return body["results"]["bindings"][0]["l"]["value"]


def editor_ready(page):
    host = page.locator(".sparql-editor")
    host.wait_for(state="attached")
    page.wait_for_function("() => /^[0-9]+$/.test(document.querySelector('.sparql-editor').dataset.completions || '')")
    return page.locator(".cm-content")


def replace_text(page, content, text):
    """Select everything and type over it, as a person would (over several lines: the editor makes
    that change itself, the browser's own would break the page's Content-Security-Policy)."""
    content.click()
    page.keyboard.press("Control+a")
    page.keyboard.type(text)


def test_the_editor_completes_ontology_classes_runs_and_downloads_offline(page, seed_server, seed_store, tmp_path):
    page.goto(seed_server.url + "/sparql")
    content = editor_ready(page)
    assert page.locator("textarea[name=query]").is_hidden()
    # highlighting: the default query's keywords and variables are in their own spans
    assert "SELECT" in content.locator(".sq-keyword").all_inner_texts()
    assert "?g" in content.locator(".sq-variable").all_inner_texts()

    replace_text(page, content, QUERY_START)
    option = page.locator(".cm-tooltip-autocomplete li",
                          has=page.locator(".cm-completionLabel", has_text=re.compile(r"^ickg:Program$")))
    option.wait_for()
    label = ontology_label(seed_store, ICKG["Program"])
    assert option.locator(".cm-completionDetail").inner_text() == label
    shot(page, "09-sparql-editor-completion")
    option.click()
    assert content.inner_text().startswith("SELECT ?program ?label WHERE { ?program a ickg:Program")
    assert content.locator(".sq-iri", has_text="ickg:Program").count() == 1
    page.keyboard.type(QUERY_REST)  # the '}' steps over the one the editor closed the '{' with
    text = content.inner_text()
    assert text == QUERY_START + "am" + QUERY_REST

    page.locator("form.query button[type=submit]").click()
    page.wait_for_url(re.compile(r"/sparql\?query="))  # short enough to be sent with GET
    expected = store_rows(seed_store, text)
    assert expected, "the seed graph has programs"
    cells = page.locator("table.results tbody tr")
    assert cells.count() == len(expected)
    shown = [row.locator("td").all_inner_texts() for row in cells.all()]
    assert [r[0] for r in shown] == [compact(r[0]) for r in expected]
    assert all(cell[1].startswith(row[1]) for cell, row in zip(shown, expected))  # + language tag
    shot(page, "10-sparql-editor-result", full_page=True)

    # the address of the result page is the result: opened again, it shows the same table
    assert parse_qs(urlparse(page.url).query)["query"] == [text]
    bookmarked = page.context.new_page()
    bookmarked.goto(page.url)
    assert [r.locator("td").all_inner_texts() for r in bookmarked.locator("table.results tbody tr").all()] == shown
    bookmarked.close()

    with page.expect_download() as info:
        page.locator(".downloads").get_by_role("link", name="CSV").click()
    download = info.value
    assert download.suggested_filename == "ickg-result.csv"
    target = tmp_path / download.suggested_filename
    download.save_as(target)
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert [[r["program"], r["label"]] for r in rows] == expected


def test_the_editor_marks_where_the_query_is_malformed(page, seed_server):
    page.goto(seed_server.url + "/sparql")
    content = editor_ready(page)
    replace_text(page, content, "SELECT ?o WHERE { id:program/prisma ickg:hasComponent ?o ?x")
    page.keyboard.press("Escape")
    page.keyboard.press("Control+Enter")
    page.wait_for_url(re.compile(r"/sparql\?query="))
    error = page.locator("p.error")
    assert error.get_attribute("data-line") == "1"
    assert "error at 1:" in error.inner_text()
    mark = page.locator(".cm-content .cm-error-at")
    assert mark.count() == 1
    assert page.locator(".cm-content .cm-line").first.locator(".cm-error-at").count() == 1


@pytest.fixture
def page_without_script(browser, seed_server):  # noqa: F811
    context = browser.new_context(java_script_enabled=False, viewport={"width": 1280, "height": 900})
    outside = []

    def only_local(route):
        if urlparse(route.request.url).hostname not in ("127.0.0.1", "localhost"):
            outside.append(route.request.url)
            return route.abort()
        return route.continue_()

    plain = context.new_page()
    plain.route("**/*", only_local)
    yield plain
    context.close()
    assert outside == []


def test_without_javascript_the_form_still_posts_and_offers_a_link(page_without_script, seed_server, seed_store):
    plain = page_without_script
    plain.goto(seed_server.url + "/sparql")
    assert plain.locator(".sparql-editor").count() == 0
    text = "SELECT ?c WHERE { id:program/prisma ickg:hasComponent ?c }"
    plain.locator("textarea[name=query]").fill(text)
    plain.locator("select[name=format]").select_option(label="Table (HTML page)")
    plain.locator("form.query button[type=submit]").click()
    plain.wait_for_load_state()
    assert plain.url.endswith("/sparql")  # posted
    rows = plain.locator("table.results tbody tr")
    assert rows.count() == len(store_rows(seed_store, text)) > 0
    share = plain.locator("a.share")
    share.click()
    plain.wait_for_url(re.compile(r"/sparql\?query="))
    assert plain.locator("table.results tbody tr").count() == rows.count()

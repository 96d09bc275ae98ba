"""The viewer's pages in a real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright),
on the seed graph (issue 15, items 1-3): no raw ``id:`` IRI text on the home, program, person,
document, search, compare and why? pages; the comparison fits a 1280 px window with its first
column sticky, and sorts and filters; the crosswalk matrix leads to its mappings. With
``ICKG_TEST_SCREENSHOTS=1`` a screenshot of each page goes to tests/artifacts/ (git-ignored) for a
human to look at.
"""

import re
from urllib.parse import urlencode, urlparse

import pytest

from test_browser import shot as keep

pytestmark = pytest.mark.browser

BASE = "https://w3id.org/ickg/"

# Compact IRIs and codes as the pages used to print them: id:program/prisma, ickg:locatedIn, xsd:gYear...
RAW = re.compile(r"\b(?:id|ickg|xsd|owl|rdf|rdfs|skos|foaf|fabio|prov|org|dcterms|prism|schema|scheme):[A-Za-z_]")

PAGES = {
    "home": "/",
    "program": "/id/program/prisma",
    "person": "/id/person/embuldeniya-g",
    "document": "/id/document/002_97ad98835d2d9538",
    "search": "/search?q=case+management",
    "compare": "/compare",
    "why": "/explain?" + urlencode({"s": BASE + "id/program/prisma", "p": BASE + "ontology/locatedIn",
                                    "o": BASE + "id/jurisdiction/north-america"}),
}


@pytest.fixture(scope="module")
def _tab(browser, seed_server):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(60_000)
    page.route("**/*", lambda route: route.continue_() if urlparse(route.request.url).hostname in ("127.0.0.1", "localhost")
               else route.abort())
    yield page
    context.close()


@pytest.fixture
def page(_tab):
    """One page for the module (a new page is a new renderer process, 0.4-0.5 CPU-s of Chromium's):
    each test starts by loading the page it looks at, and sorts or filters only that page."""
    return _tab


def shot(page, name):
    keep(page, f"words-{name}", full_page=True)


@pytest.mark.parametrize("name", list(PAGES))
def test_no_raw_iri_text_on_the_page(page, seed_server, name):
    response = page.goto(seed_server.url + PAGES[name])
    assert response.status == 200
    text = page.inner_text("body")
    assert len(text) > 200, text
    raw = [m.group(0) for m in RAW.finditer(text)]
    assert raw == [], f"{name}: raw IRIs or codes shown: {raw[:10]}"
    assert "genid" not in text and "(anonymous)" not in text
    shot(page, name)


def test_the_comparison_fits_the_window_with_a_sticky_first_column(page, seed_server):
    page.goto(seed_server.url + "/compare")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 1280, width
    headers = page.locator("table.matrix thead th").all_inner_texts()
    assert [h.strip(" ▲▼") for h in headers[:4]] == ["Program", "Location", "Components", "Population"]
    assert "Goals" in [h.strip(" ▲▼") for h in headers] and "Outcomes" in [h.strip(" ▲▼") for h in headers]
    last = page.locator("table.matrix thead th").last.bounding_box()
    assert last["x"] + last["width"] <= 1280, last
    position = page.evaluate("getComputedStyle(document.querySelector('table.matrix tbody th')).position")
    assert position == "sticky"


def test_the_comparison_sorts_and_filters_in_the_browser(page, seed_server):
    page.goto(seed_server.url + "/compare")
    names = page.locator("table.matrix tbody th").all_inner_texts()
    assert names == sorted(names, key=str.lower)
    page.locator("table.matrix thead th a", has_text="Location").click()
    page.wait_for_url("**sort=Location**")
    first_locations = [t.split("\n")[0] for t in page.locator('table.matrix td[data-dimension="Location"]').all_inner_texts()]
    filled = [t for t in first_locations if t.strip()]
    assert filled == sorted(filled, key=str.lower)
    shot(page, "compare-sorted")
    page.select_option('select[name="jurisdiction"]', label="Quebec")
    page.get_by_role("button", name="Apply").click()
    page.wait_for_url("**jurisdiction=**")
    rows = page.locator("table.matrix tbody tr")
    assert 0 < rows.count() < len(names)
    for text in page.locator('table.matrix td[data-dimension="Location"]').all_inner_texts():
        assert "Quebec" in text
    shot(page, "compare-filtered")


def test_the_crosswalk_matrix_leads_to_its_mappings(page, seed_server):
    page.goto(seed_server.url + "/crosswalk")
    cell = page.locator("table.crosswalk-matrix td.hit a").first
    count = int(cell.inner_text())
    shot(page, "crosswalk")
    cell.click()
    page.wait_for_url("**other=**")
    assert page.locator("table.crosswalk-list tbody tr").count() == count
    assert page.locator("table.crosswalk-matrix td.chosen").count() == 1
    text = page.inner_text("body")
    assert not RAW.search(text)
    shot(page, "crosswalk-cell")

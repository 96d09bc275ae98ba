"""The viewer in a real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright).

A newcomer's path: home page -> a program -> the sentence that supports one of its facts; a
competency question run from the query page; the comparison CSV downloaded. With
``ICKG_TEST_SCREENSHOTS=1`` a screenshot of each step is kept in tests/artifacts/ (git-ignored) for
a human to look at (:func:`shot`).
"""

import csv
import io
import os
from pathlib import Path
from urllib.parse import urlparse

import pytest

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).parent / "artifacts"
# Screenshots are for a human to look at: no test reads them. Each costs Chromium 0.3-0.5 CPU-s
# (a full page of the seed graph, encoded as PNG), about 25 a run, so they are taken on request.
SCREENSHOTS = os.environ.get("ICKG_TEST_SCREENSHOTS", "") not in ("", "0")


def _open_tab(browser):
    """A new context and page that refuse every request off the loopback and record what the page
    tried to load from elsewhere and every Content-Security-Policy violation (as the page sees it
    and as the console reports it): ``(page, outside, console)``."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(30_000)
    outside = []

    def only_local(route):
        host = urlparse(route.request.url).hostname
        if host not in ("127.0.0.1", "localhost"):
            outside.append(route.request.url)
            return route.abort()
        return route.continue_()

    page.route("**/*", only_local)
    page.add_init_script("""window.__csp = [];
        document.addEventListener('securitypolicyviolation',
            e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));""")
    console = []
    page.on("console", lambda message: console.append(message.text))
    page.csp_violations = lambda: [m for m in console if "Content Security Policy" in m] + (
        page.evaluate("window.__csp || []") if not page.is_closed() else [])
    return page, outside, console


def _checked(page, outside):
    """After a test: nothing was loaded from elsewhere and no page broke the CSP."""
    violations = page.csp_violations()
    assert outside == [], f"the pages tried to load from elsewhere: {outside}"
    assert violations == [], f"Content-Security-Policy violations: {violations}"


@pytest.fixture(scope="module")
def _module_tab(browser, seed_server):
    opened = list(_open_tab(browser))
    yield opened
    opened[0].context.close()


@pytest.fixture
def page(_module_tab, browser):
    """The module's one page, for tests that only navigate: each test starts with empty records
    and is checked at its end (:func:`_checked`). A new page is a new renderer process (0.4-0.5
    CPU-s of Chromium's); one per module instead of one per test. A test that changes its
    context (permissions, cookies) takes :func:`fresh_page`."""
    if _module_tab[0].is_closed():  # a test closed it: the next ones get a page of their own
        _module_tab[0].context.close()
        _module_tab[:] = _open_tab(browser)
    tab, outside, console = _module_tab
    outside.clear()
    console.clear()
    yield tab
    _checked(tab, outside)


@pytest.fixture
def fresh_page(browser, seed_server):
    """A page in a context of its own, closed after the test, with :func:`page`'s checks."""
    tab, outside, _ = _open_tab(browser)
    try:
        yield tab
        _checked(tab, outside)
    finally:
        tab.context.close()


def shot(target, name, **options):
    """Keep a screenshot of ``target`` (a page, or a locator's element) as tests/artifacts/<name>.png
    when ``ICKG_TEST_SCREENSHOTS`` is set; ``options`` go to Playwright's ``screenshot``."""
    if SCREENSHOTS:
        ARTIFACTS.mkdir(exist_ok=True)
        target.screenshot(path=str(ARTIFACTS / f"{name}.png"), **options)


def test_from_home_to_program_to_source_sentence(page, seed_server):
    page.goto(seed_server.url + "/")
    assert page.locator("h1").inner_text() == "Integrated Care Knowledge Graph"
    programs = page.locator("section.programs")
    assert programs.locator("a", has_text="PRISMA").count() == 1
    shot(page, "01-home", full_page=True)

    programs.get_by_role("link", name="PRISMA", exact=True).click()
    page.wait_for_url("**/id/program/prisma")
    assert page.locator("h1").inner_text() == "PRISMA"
    components = page.locator("table.dims tr", has=page.locator("th", has_text="Components"))
    assert components.locator("ul.values > li > a", has_text="Case management services").count() == 1
    quote = components.locator("li", has=page.locator("a", has_text="Case management services")).locator(
        "blockquote.evidence", has=page.locator("mark", has_text="Case management services;"))
    assert quote.count() == 1
    shot(page, "02-program-prisma", full_page=True)

    quote.locator("a.source").click()
    page.wait_for_url("**/id/document/003_2e7f07f9be8b457e?quote=*")
    focused = page.locator(".fulltext .focus")
    assert focused.count() >= 1
    assert "".join(focused.all_inner_texts()).strip() == "Case management services;"
    assert focused.first.is_visible()
    title = focused.first.get_attribute("title")
    assert "PRISMA — has component — Case management services" in title
    shot(page, "03-document-quote")

    # and from the highlighted sentence back to the resource it supports
    focused.first.click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() in ("PRISMA", "Case management services")


def test_competency_question_from_the_query_page(page, seed_server):
    page.goto(seed_server.url + "/sparql")
    examples = page.locator("details.examples")
    assert examples.get_attribute("open") is not None
    examples.get_by_role("link", name="CQ5: What are the components of the PRISMA model?").click()
    page.wait_for_load_state()
    table = page.locator("table.results")
    assert table.is_visible()
    labels = table.locator("tbody td").all_inner_texts()
    for component in ("Case management services", "Individual service plans", "Computerized clinical chart"):
        assert component in labels
    assert page.locator("p.count").inner_text() == "6 rows"
    shot(page, "04-query-cq5", full_page=True)
    table.locator("a", has_text="prisma-case-management").first.click()
    page.wait_for_url("**/id/mechanism/prisma-case-management")
    assert page.locator("h1").inner_text() == "Case management services"


def test_download_the_comparison_csv(page, seed_server, tmp_path):
    page.goto(seed_server.url + "/compare")
    assert page.locator("table.matrix thead th").all_inner_texts()[:3] == ["Program", "Location", "Components"]
    shot(page, "05-compare", full_page=True)
    with page.expect_download() as info:
        page.get_by_role("link", name="Download CSV").click()
    download = info.value
    assert download.suggested_filename == "ickg-programs-comparison.csv"
    target = tmp_path / download.suggested_filename
    download.save_as(target)
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    prisma = next(r for r in rows if r["program"] == "PRISMA")
    assert "Single point of entry to services and coordination" in prisma["Components"]
    assert len(rows) >= 10


def test_search_then_follow_a_result(page, seed_server):
    page.goto(seed_server.url + "/")
    page.locator("form.big-search input[name=q]").fill("Kaiser Permanente")
    page.locator("form.big-search button").click()
    page.wait_for_url("**/search?q=Kaiser*")
    first = page.locator("ol.hits > li > a").first
    assert "Kaiser Permanente" in first.inner_text()
    assert page.locator("p.snippet mark").count() >= 1
    shot(page, "06-search", full_page=True)
    first.click()
    page.wait_for_load_state()
    assert "Kaiser Permanente" in page.locator("h1").inner_text()
    assert page.locator("svg.neighbourhood").is_visible()
    shot(page, "07-kaiser", full_page=True)


def test_the_pages_work_under_the_content_security_policy(page, seed_server):
    """Home, a program, a document, a query, the comparison and an explanation: each loads its
    style sheets and runs its forms with the service's CSP in force, and reports no violation."""
    seen = []
    response = page.goto(seed_server.url + "/")
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
    page.get_by_role("link", name="PRISMA", exact=True).first.click()
    page.wait_for_url("**/id/program/prisma")
    seen.append(page.csp_violations())
    # the style sheet applies (the header bar is laid out by ickg.css, not by inline style)
    assert page.locator("header.site").evaluate("e => getComputedStyle(e).display") != "inline"
    why = page.locator("a[href^='/explain?']").first
    assert why.count() == 1
    why.click()
    page.wait_for_url("**/explain?*")
    assert page.locator("h1").inner_text() == "Why?"
    premises = page.locator(".explain ul.premises").first
    if premises.count():
        # explain.css (no longer an inline <style>) draws the premises' left rule
        assert premises.evaluate("e => getComputedStyle(e).borderLeftStyle") == "solid"
    seen.append(page.csp_violations())
    page.goto(seed_server.url + "/id/document/003_2e7f07f9be8b457e?quote=0-40#c0")
    assert page.locator(".fulltext").count() == 1
    page.goto(seed_server.url + "/sparql")
    # the SPARQL editor (static/editor/sparql-editor.js) stands in for the textarea it keeps in step
    page.locator(".cm-content").fill("SELECT ?p WHERE { ?p a <https://w3id.org/ickg/ontology/Program> } LIMIT 3")
    page.locator("form.query button[type=submit], form.query input[type=submit]").first.click()
    page.wait_for_load_state()
    assert page.locator("table.results").is_visible()
    page.goto(seed_server.url + "/compare")
    assert page.locator("table.matrix").is_visible()
    shot(page, "08-under-csp", full_page=True)
    assert all(v == [] for v in seen), seen

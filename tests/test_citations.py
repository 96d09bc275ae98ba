"""Citations: APA 7 references, BibTeX, RIS and CSL-JSON, read back by real readers.

The formatting rules on made-up references first (authors, missing fields, escapes); then every
publication of the seed graph over HTTP: its three downloads parsed by bibtexparser, rispy and
citeproc-py and compared field by field with what the graph says (asked through /sparql), the APA
reference on its page and on its document's page, and the citation under quotes.
"""

import json
import os
import re
from urllib.parse import quote as urlquote

import bibtexparser
import citeproc
import pytest
import requests
import rispy
from bibtexparser.middlewares import LatexDecodingMiddleware, SeparateCoAuthors, SplitNameParts
from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
from citeproc.source.json import CiteProcJSON

from test_browser import _module_tab, fresh_page, page, shot  # noqa: F401 (fixtures)

from ickg.web.citations import (Locator, Name, Reference, apa, apa_html, bibtex, citation_key, csl_item, csl_json,
                                in_text, initials, ris)

CSL_SCHEMA = os.path.join(os.path.dirname(citeproc.__file__), "data", "schema", "schemas", "styles")
CSL_STYLE = os.path.join(os.path.dirname(citeproc.__file__), "data", "styles", "harvard-cite-them-right.csl")


# ---------------------------------------------------------------------------------------------
# Readers


def read_bibtex(text):
    library = bibtexparser.parse_string(text, append_middleware=[SeparateCoAuthors(), SplitNameParts(),
                                                                 LatexDecodingMiddleware()])
    assert library.failed_blocks == []
    assert len(library.entries) == 1
    entry = library.entries[0]
    # pylatexenc reads LaTeX's \textasciicircum as U+02C6 (the modifier letter), TeX draws "^"
    fields = {k: f.value.replace("\u02c6", "^") if isinstance(f.value, str) else f.value
              for k, f in entry.fields_dict.items()}
    fields["author"] = [(" ".join(n.last).strip("{}"), " ".join(n.first)) for n in fields.get("author", [])]
    return entry.entry_type, entry.key, fields


def read_ris(text):
    records = rispy.loads(text)
    assert len(records) == 1
    return records[0]


def _rnc_names(file, rule):
    """The quoted names a rule of the CSL schema (RELAX NG compact, as citeproc-py ships it) lists."""
    text = open(os.path.join(CSL_SCHEMA, file), encoding="utf-8").read()
    body = text.split(rule + " =", 1)[1]
    body = re.split(r"\n\s*##|\n\s*[a-z.]+ =|\n}", body, maxsplit=1)[0]
    return set(re.findall(r'"([^"]+)"', body))


def csl_vocabulary():
    types = set(re.findall(r'"([a-z_-]+)"', open(os.path.join(CSL_SCHEMA, "csl-types.rnc"), encoding="utf-8").read()))
    variables = open(os.path.join(CSL_SCHEMA, "csl-variables.rnc"), encoding="utf-8").read()
    names = _rnc_names("csl-variables.rnc", "variables.names")
    dates = _rnc_names("csl-variables.rnc", "variables.dates")
    every = set(re.findall(r'"([A-Za-z_-]+)"', variables))
    return types, every, names, dates


def check_csl(items):
    """Each item against the CSL schema's lists of types and variables (and the shapes of names
    and dates), then through citeproc-py: parsed and rendered with the style it ships."""
    types, variables, names, dates = csl_vocabulary()
    assert isinstance(items, list) and items
    for item in items:
        assert item["type"] in types
        for key, value in item.items():
            if key in ("id", "type"):
                continue
            assert key in variables, f"{key!r} is not a CSL variable"
            if key in names:
                assert all(set(n) <= {"family", "given", "literal"} and ("family" in n or "literal" in n) for n in value)
            elif key in dates:
                assert set(value) <= {"date-parts", "literal"}
                for parts in value.get("date-parts", []):
                    assert 1 <= len(parts) <= 3 and all(isinstance(x, int) for x in parts)
            else:
                assert isinstance(value, (str, int))
    source = CiteProcJSON(items)
    bibliography = CitationStylesBibliography(CitationStylesStyle(CSL_STYLE, validate=False), source, formatter.plain)
    for item in items:
        bibliography.register(Citation([CitationItem(item["id"])]))
    return source, [str(entry) for entry in bibliography.bibliography()]


# ---------------------------------------------------------------------------------------------
# Formatting rules on made-up references


ARTICLE = Reference(key="a", kind="article-journal", title="Divergent modes of integration: the Canadian way",
                    authors=[Name("Jiwani", "I."), Name("Fleury", "Marie-Josée")], year=2011, month=1,
                    journal="International Journal of Integrated Care", volume="11", issue="2",
                    first_page="10", last_page="18", doi="10.5334/ijic.656", pmid="21954371")


def test_initials_as_apa_writes_them():
    assert initials("Walter P.") == "W. P."
    assert initials("Marie-Josée") == "M.-J."
    assert initials("MJ") == "M. J."
    assert initials("gayathri") == "G."


def test_apa_journal_article():
    assert apa(ARTICLE) == ("Jiwani, I., & Fleury, M.-J. (2011). Divergent modes of integration: the Canadian way. "
                            "International Journal of Integrated Care, 11(2), 10–18. https://doi.org/10.5334/ijic.656")
    html = str(apa_html(ARTICLE))
    assert "<i>International Journal of Integrated Care</i>, <i>11</i>(2)" in html
    assert '<a href="https://doi.org/10.5334/ijic.656">' in html


def test_apa_lists_up_to_twenty_authors_then_the_last():
    three = Reference(key="b", kind="article-journal", title="T", year=2020,
                      authors=[Name("A", "Ann"), Name("B", "Bo"), Name("C", "Cy")])
    assert apa(three).startswith("A, A., B, B., & C, C. (2020). T.")
    many = Reference(key="c", title="T", year=2020, authors=[Name(f"F{k}", "G") for k in range(1, 23)])
    text = apa(many)
    assert "F19, G., . . . F22, G. (2020)." in text and "F20" not in text and "&" not in text


def test_no_author_puts_the_title_first_and_no_date_reads_nd():
    report = Reference(key="d", kind="report", title="Integrating care in Ontario", publisher="Health Quality Ontario")
    assert apa(report) == "Integrating care in Ontario. (n.d.). Health Quality Ontario."
    assert "<i>Integrating care in Ontario</i>. (n.d.)." in str(apa_html(report))
    assert in_text(report) == "Integrating care in Ontario (n.d.)"


def test_an_untitled_work_is_described_in_brackets():
    untitled = Reference(key="e", kind="report", description="untitled policy paper on integrating care")
    assert apa(untitled) == "[Untitled policy paper on integrating care]. (n.d.)."
    assert "<i>" not in str(apa_html(untitled))


def test_web_page_names_its_site_and_url_and_month():
    page = Reference(key="f", kind="webpage", title="Integration", year=2019, month=3, publisher="GKEN",
                     url="https://example.org/integration")
    assert apa(page) == "Integration. (2019, March). GKEN. https://example.org/integration"
    by_site = Reference(key="g", kind="webpage", title="Integration", authors=[Name(literal="GKEN")], publisher="GKEN")
    assert apa(by_site) == "GKEN. (n.d.). Integration."


def test_in_text_citations_with_locators():
    assert in_text(ARTICLE, Locator(page=5)) == "Jiwani and Fleury (2011), p. 5"
    assert in_text(ARTICLE, Locator(section="POLICY DEVELOPMENTS")) == "Jiwani and Fleury (2011), Policy Developments section"
    long = Locator(section="Innovative Options to Addressing Health Care Delivery")
    assert in_text(ARTICLE, long) == "Jiwani and Fleury (2011), “Innovative Options to Addressing” section"
    three = Reference(key="h", year=2018, authors=[Name("Embuldeniya", "G."), Name("Kirst", "M."), Name("Walker", "K.")])
    assert in_text(three) == "Embuldeniya et al. (2018)"


def test_bibtex_escapes_survive_a_real_reader():
    ref = Reference(key="i", kind="article-journal", title="Costs & {benefits}: 50% of $care_ in Québec #1 ~ ^",
                    authors=[Name("O'Brien", "Walter P."), Name(literal="World Health Organization")], year=2011,
                    journal="Int J", first_page="1", last_page="9", keywords=["a_b", "c & d"])
    entry_type, key, fields = read_bibtex(bibtex(ref))
    assert (entry_type, key) == ("article", citation_key(ref))
    assert fields["title"] == ref.title
    assert fields["author"] == [("O'Brien", "Walter P."), ("World Health Organization", "")]
    assert fields["pages"] in ("1–9", "1--9")
    assert fields["keywords"] == "a_b, c & d"


def test_ris_and_csl_of_a_made_up_article():
    record = read_ris(ris(ARTICLE))
    assert record["type_of_reference"] == "JOUR"
    assert record["authors"] == ["Jiwani, I.", "Fleury, Marie-Josée"]
    assert (record["title"], record["year"], record["doi"]) == (ARTICLE.title, "2011", ARTICLE.doi)
    assert (record["start_page"], record["end_page"], record["volume"], record["number"]) == ("10", "18", "11", "2")
    items = json.loads(csl_json(ARTICLE))
    source, rendered = check_csl(items)
    assert items[0] == csl_item(ARTICLE)
    assert "Jiwani" in rendered[0] and "Divergent modes of integration" in rendered[0] and "2011" in rendered[0]


def test_the_csl_check_refuses_what_is_not_csl():
    with pytest.raises(AssertionError):
        check_csl([{"id": "x", "type": "journal-paper", "title": "T"}])
    with pytest.raises(AssertionError):
        check_csl([{"id": "x", "type": "report", "doi": "10.1/x"}])    # the variable is "DOI"


# ---------------------------------------------------------------------------------------------
# Every publication of the seed graph, over HTTP

PUBLICATIONS = """SELECT ?pub ?type ?title ?label ?year ?doi ?volume ?issue ?first ?last ?journal ?pmid WHERE {
  ?pub a ?type . VALUES ?type { fabio:JournalArticle fabio:ReportDocument fabio:WebPage }
  OPTIONAL { ?pub dcterms:title ?title } OPTIONAL { ?pub rdfs:label ?label }
  OPTIONAL { ?pub fabio:hasPublicationYear ?year } OPTIONAL { ?pub prism:doi ?doi }
  OPTIONAL { ?pub prism:volume ?volume } OPTIONAL { ?pub prism:issueIdentifier ?issue }
  OPTIONAL { ?pub prism:startingPage ?first } OPTIONAL { ?pub prism:endingPage ?last }
  OPTIONAL { ?pub dcterms:isPartOf/dcterms:title ?journal } OPTIONAL { ?pub fabio:hasPubMedId ?pmid }
} ORDER BY ?pub"""
AUTHORS = """SELECT ?pub ?position ?family WHERE {
  ?pub prov:qualifiedAttribution ?a . ?a schema:position ?position ; prov:agent/foaf:familyName ?family .
} ORDER BY ?pub ?position"""
KINDS = {"JournalArticle": ("article", "JOUR", "article-journal"), "ReportDocument": ("techreport", "RPRT", "report"),
         "WebPage": ("misc", "ELEC", "webpage")}
MILBANK = "https://w3id.org/ickg/id/publication/10-1111-1468-0009-12349"
UNTITLED = "https://w3id.org/ickg/id/publication/002-97ad98835d2d9538"
MILBANK_APA = ("Embuldeniya, G., Kirst, M., Walker, K., & Wodchis, W. P. (2018). [Milbank Quarterly article on "
               "the generation of integration]. The Milbank Quarterly, 96(4), 782–813. "
               "https://doi.org/10.1111/1468-0009.12349")


def sparql_rows(server, query):
    prefixes = ("PREFIX fabio: <http://purl.org/spar/fabio/> PREFIX dcterms: <http://purl.org/dc/terms/> "
                "PREFIX prism: <http://prismstandard.org/namespaces/basic/2.0/> PREFIX prov: <http://www.w3.org/ns/prov#> "
                "PREFIX schema: <https://schema.org/> PREFIX foaf: <http://xmlns.com/foaf/0.1/> "
                "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n")
    r = requests.get(server.sparql, params={"query": prefixes + query, "infer": "false"},
                     headers={"Accept": "application/sparql-results+json"}, timeout=60)
    r.raise_for_status()
    return [{k: v["value"] for k, v in b.items()} for b in r.json()["results"]["bindings"]]


@pytest.fixture(scope="module")
def graph_publications(seed_server):
    """{publication IRI: what the graph says of it}, authors' family names in order."""
    pubs = {}
    for row in sparql_rows(seed_server, PUBLICATIONS):
        pubs.setdefault(row["pub"], row)
    authors = {}
    for row in sparql_rows(seed_server, AUTHORS):
        authors.setdefault(row["pub"], []).append((int(row["position"]), row["family"]))
    for iri, row in pubs.items():
        row["families"] = [family for _, family in sorted(authors.get(iri, []))]
    return pubs


def path_of(iri):
    return iri.split("https://w3id.org/ickg", 1)[1]


def _title_matches(shown, row):
    if row.get("title"):
        return shown == row["title"]
    described = shown.startswith("[") and shown.endswith("]") and shown[1:-1].lower()
    return bool(described) and row["label"].lower().startswith(described)


def test_the_seed_graph_has_publications_of_each_kind(graph_publications):
    kinds = {row["type"].rsplit("/", 1)[-1] for row in graph_publications.values()}
    assert kinds == set(KINDS) and len(graph_publications) >= 5


def test_every_publication_downloads_as_bibtex_ris_and_csl_that_readers_read_back(seed_server, graph_publications):
    for iri, row in graph_publications.items():
        kind = KINDS[row["type"].rsplit("/", 1)[-1]]
        url = seed_server.url + path_of(iri)
        bib, ris_text, csl = (requests.get(f"{url}.{ext}", timeout=30) for ext in ("bib", "ris", "json"))
        assert [r.status_code for r in (bib, ris_text, csl)] == [200, 200, 200], iri
        assert bib.headers["Content-Type"].startswith("application/x-bibtex")
        assert ris_text.headers["Content-Type"].startswith("application/x-research-info-systems")
        assert csl.headers["Content-Type"].startswith("application/vnd.citationstyles.csl+json")

        entry_type, key, fields = read_bibtex(bib.text)
        record = read_ris(ris_text.text)
        items = csl.json()
        source, rendered = check_csl(items)
        item = items[0]
        parsed = source[item["id"]]
        assert (entry_type, record["type_of_reference"], item["type"]) == kind, iri
        # title
        assert _title_matches(fields["title"], row) and _title_matches(record["title"], row)
        assert _title_matches(item["title"], row), (iri, item["title"])
        # authors, in the graph's order
        families = row["families"]
        assert [last for last, _ in fields.get("author", [])] == families, iri
        assert [a.split(",")[0] for a in record.get("authors", [])] == families, iri
        assert [a["family"] for a in item.get("author", [])] == families, iri
        # year, DOI, volume, issue, pages, journal, PubMed id
        year = row.get("year")
        assert fields.get("year") == year and record.get("year") == year
        assert (item["issued"]["date-parts"][0][0] if year else None) == (int(year) if year else None)
        assert fields.get("doi") == row.get("doi") == record.get("doi") == item.get("DOI")
        assert fields.get("volume") == row.get("volume") == record.get("volume") == item.get("volume")
        assert fields.get("number") == row.get("issue") == record.get("number") == item.get("issue")
        assert record.get("start_page") == row.get("first") == item.get("page-first")
        assert record.get("end_page") == row.get("last")
        assert fields.get("journal") == row.get("journal") == record.get("secondary_title") == item.get("container-title")
        assert fields.get("pmid") == row.get("pmid") == record.get("accession_number") == item.get("PMID")
        # as citeproc-py reads it, and the reference it makes of it names the same work
        assert [n.get("family") for n in parsed.get("author", [])] == families
        assert (row.get("title") or "")[:20] in rendered[0]
        assert families[:1] == [] or families[0] in rendered[0]


def test_publication_pages_advertise_and_negotiate_their_references(seed_server, graph_publications):
    for iri in graph_publications:
        url = seed_server.url + path_of(iri)
        page = requests.get(url, timeout=30)
        link = page.headers["Link"]
        for ext, media in (("bib", "application/x-bibtex"), ("ris", "application/x-research-info-systems"),
                           ("json", "application/vnd.citationstyles.csl+json")):
            assert f'<{path_of(iri)}.{ext}>; rel="alternate"; type="{media}"' in link
            assert f'<link rel="alternate" type="{media}" href="{path_of(iri)}.{ext}"' in page.text
            assert f'href="{path_of(iri)}.{ext}" type="{media}" download>' in page.text
            negotiated = requests.get(url, headers={"Accept": media}, timeout=30)
            assert negotiated.headers["Content-Type"].startswith(media)
            assert negotiated.text == requests.get(f"{url}.{ext}", timeout=30).text
            assert requests.get(url, params={"format": ext}, timeout=30).text == negotiated.text
    assert requests.get(seed_server.url + "/id/program/prisma.bib", timeout=30).status_code == 404
    assert 'rel="alternate"; type="application/x-bibtex"' not in requests.get(
        seed_server.url + "/id/program/prisma", timeout=30).headers["Link"]


def _apa_on(html):
    m = re.search(r'<blockquote class="apa"[^>]*>(.*?)</blockquote>', html, re.S)
    assert m, "no APA reference on the page"
    import html as html_lib
    return html_lib.unescape(re.sub(r"<[^>]+>", "", m.group(1))).strip(), m.group(1)


def test_apa_reference_of_the_milbank_article_on_its_page_and_its_document(seed_server):
    expected = MILBANK_APA
    text, markup = _apa_on(requests.get(seed_server.url + path_of(MILBANK), timeout=30).text)
    assert text == expected
    assert "<i>The Milbank Quarterly</i>, <i>96</i>(4)" in markup
    document = requests.get(seed_server.url + "/id/document/004_714a4477d575d092", timeout=30).text
    assert _apa_on(document)[0] == expected
    assert "Cite the publication this document records" in document


def test_apa_reference_of_an_untitled_undated_anonymous_paper(seed_server):
    text, markup = _apa_on(requests.get(seed_server.url + path_of(UNTITLED), timeout=30).text)
    assert text == "[Untitled policy paper on integrating care in Ontario]. (n.d.)."
    assert "<i>" not in markup


def test_quotes_cite_author_year_and_section_and_link_to_the_sentence(seed_server):
    page = requests.get(seed_server.url + "/id/program/network-clinics", timeout=30).text
    sources = re.findall(r'<a class="source" href="([^"]+)"[^>]*>([^<]+)</a>', page)
    assert sources
    documents = {}
    for href, cite in sources:
        import html as html_lib
        href, cite = html_lib.unescape(href), html_lib.unescape(cite)
        m = re.fullmatch(r"(?P<who>.+) \((?P<year>\d{4}|n\.d\.)\)(?:, (?:p\. \d+|(?P<section>.+) section))?", cite)
        assert m, cite
        doc, start = re.fullmatch(r"(/id/document/[^?]+)\?quote=(\d+)-\d+#c\d+", href).groups()
        if doc.endswith("000_bb15507378938f7c"):
            assert m["who"] == "Jiwani and Fleury" and m["year"] == "2011"
        if m["section"]:    # the section named stands in the document before the quote
            if doc not in documents:
                rows = sparql_rows(seed_server, f"SELECT ?t WHERE {{ <https://w3id.org/ickg{doc}> "
                                                f"<https://w3id.org/ickg/ontology/fullText> ?t }}")
                documents[doc] = rows[0]["t"]
            heading = m["section"].strip("“”").lower()
            assert 0 <= documents[doc].lower().rfind(heading, 0, int(start) + 1) < int(start), (cite, href)
        target = requests.get(seed_server.url + href, timeout=30)
        assert target.status_code == 200 and 'class="anchor" id="c' + start + '"' in target.text
    assert any("section" in cite for _, cite in sources)


def test_a_document_cites_its_publication_for_tables_of_quotes(seed_store):
    """``document_citation``: what the comparison's CSV cites a quote by, read from the seed graph."""
    from ickg.web import create_app, publications

    app = create_app({"STORE": seed_store, "TESTING": True})
    with app.app_context():
        short, full = publications.document_citation("https://w3id.org/ickg/id/document/000_bb15507378938f7c")
        assert short == "Jiwani and Fleury (2011)"
        assert full.startswith("Jiwani, I., & Fleury, M. J. (2011). Divergent modes of integration: the Canadian way.")
        milbank = publications.document_citation("https://w3id.org/ickg/id/document/004_714a4477d575d092")
        assert milbank == ("Embuldeniya et al. (2018)", MILBANK_APA)
        assert publications.document_citation("https://w3id.org/ickg/id/program/prisma") is None


# ---------------------------------------------------------------------------------------------
# In Chromium


@pytest.mark.browser
def test_a_researcher_copies_the_reference_and_downloads_bibtex(fresh_page, seed_server, tmp_path):
    page = fresh_page  # the clipboard permission it grants stays with its own context
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=seed_server.url)
    failed = []
    page.on("response", lambda r: failed.append((r.status, r.url)) if r.status >= 400 else None)
    page.on("console", lambda m: failed.append(("console", m.text)) if m.type == "error" else None)
    page.goto(seed_server.url + path_of(MILBANK))
    box = page.locator("section.citation")
    reference = box.locator("blockquote.apa")
    assert reference.inner_text().startswith("Embuldeniya, G., Kirst, M., Walker, K., & Wodchis, W. P. (2018).")
    assert reference.locator("i", has_text="The Milbank Quarterly").count() == 1
    shot(box, "citation-milbank")
    shot(page, "publication-milbank", full_page=True)

    box.get_by_role("button", name="Copy reference").click()
    box.locator("button.copy", has_text="Copied").wait_for()
    assert page.evaluate("navigator.clipboard.readText()") == reference.inner_text().strip()

    with page.expect_download() as info:
        box.get_by_role("link", name="BibTeX").click()
    saved = tmp_path / info.value.suggested_filename
    info.value.save_as(saved)
    assert saved.name == "embuldeniya2018milbank.bib"
    entry_type, key, fields = read_bibtex(saved.read_text(encoding="utf-8"))
    assert (entry_type, fields["doi"], fields["year"]) == ("article", "10.1111/1468-0009.12349", "2018")
    assert [last for last, _ in fields["author"]] == ["Embuldeniya", "Kirst", "Walker", "Wodchis"]

    # RIS and CSL-JSON saved by the browser too, read back by rispy and citeproc-py
    saved = {}
    for name, ext in (("RIS", "ris"), ("CSL-JSON", "json")):
        with page.expect_download() as info:
            box.get_by_role("link", name=name, exact=True).click()
        assert info.value.suggested_filename == f"embuldeniya2018milbank.{ext}"
        saved[ext] = tmp_path / info.value.suggested_filename
        info.value.save_as(saved[ext])
    record = read_ris(saved["ris"].read_text(encoding="utf-8"))
    assert (record["type_of_reference"], record["doi"], record["year"]) == ("JOUR", "10.1111/1468-0009.12349", "2018")
    assert [a.split(",")[0] for a in record["authors"]] == ["Embuldeniya", "Kirst", "Walker", "Wodchis"]
    items = json.loads(saved["json"].read_text(encoding="utf-8"))
    source, rendered = check_csl(items)
    assert [a["family"] for a in source[items[0]["id"]]["author"]] == ["Embuldeniya", "Kirst", "Walker", "Wodchis"]
    assert "Embuldeniya" in rendered[0] and "2018" in rendered[0]

    # a quote's citation leads to the highlighted sentence
    page.goto(seed_server.url + "/id/program/network-clinics")
    source = page.locator("blockquote.evidence a.source", has_text="Jiwani and Fleury (2011)").first
    shot(source.locator("xpath=ancestor::blockquote[1]"), "quote-cited")
    source.click()
    page.wait_for_url("**/id/document/000_bb15507378938f7c?quote=*")
    assert page.locator(".fulltext .focus").first.is_visible()
    shot(page, "document-quote-cited")
    assert failed == [], failed


@pytest.mark.browser
def test_the_pages_have_an_icon_and_no_request_fails(page, seed_server):
    failed = []
    page.on("response", lambda r: failed.append((r.status, r.url)) if r.status >= 400 else None)
    page.on("console", lambda m: failed.append(("console", m.text)) if m.type == "error" else None)
    for path in ("/", "/id/program/prisma", "/neighbourhood.svg?iri=https%3A%2F%2Fw3id.org%2Fickg%2Fid%2Fprogram%2Fprisma"):
        page.goto(seed_server.url + path)
        page.wait_for_load_state("networkidle")
    icon = page.request.get(seed_server.url + "/favicon.ico")
    assert (icon.status, icon.headers["content-type"]) == (200, "image/vnd.microsoft.icon")
    assert icon.body()[:4] == b"\x00\x00\x01\x00"     # an ICO header
    page.goto(seed_server.url + "/")
    href = page.locator("link[rel=icon]").get_attribute("href")
    svg = page.request.get(seed_server.url + href)
    assert svg.status == 200 and svg.headers["content-type"].startswith("image/svg+xml")
    assert failed == [], failed


def test_a_quote_cites_the_pdf_page_its_provenance_names(live_server, tmp_path):
    """A quote whose annotation carries an RFC 3778 fragment selector ``page=7`` cites ``p. 7``; a
    quote without one in a document without headings cites author and year alone."""
    import pyoxigraph as ox

    from ickg.namespaces import ASSERTED_GRAPH, PROVENANCE_GRAPH
    from ickg.store import open_local, replace_local_store

    base, onto = "https://w3id.org/ickg/id/", "https://w3id.org/ickg/ontology/"
    rdf, oa = "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "http://www.w3.org/ns/oa#"
    n, lit = ox.NamedNode, ox.Literal
    asserted, prov = n(str(ASSERTED_GRAPH)), n(str(PROVENANCE_GRAPH))
    text = "Integrated care began in 1999. The program has a case manager for every client."
    doc, pub, program, mech = (n(base + x) for x in ("document/d1", "publication/p1", "program/p", "mechanism/m"))
    has_component = n(onto + "hasComponent")
    quads = [
        ox.Quad(program, has_component, mech, asserted),
        ox.Quad(program, n("http://www.w3.org/2000/01/rdf-schema#label"), lit("The program"), asserted),
        ox.Quad(mech, n("http://www.w3.org/2000/01/rdf-schema#label"), lit("case manager"), asserted),
        ox.Quad(pub, n(rdf + "type"), n("http://purl.org/spar/fabio/JournalArticle"), asserted),
        ox.Quad(pub, n("http://purl.org/dc/terms/title"), lit("Case managers"), asserted),
        ox.Quad(pub, n("http://purl.org/spar/fabio/hasPublicationYear"), lit("2020"), asserted),
        ox.Quad(pub, n("http://www.w3.org/ns/prov#qualifiedAttribution"), n(base + "authorship/p1-1"), asserted),
        ox.Quad(n(base + "authorship/p1-1"), n("http://www.w3.org/ns/prov#agent"), n(base + "person/roe-j"), asserted),
        ox.Quad(n(base + "authorship/p1-1"), n("https://schema.org/position"), lit("1"), asserted),
        ox.Quad(n(base + "person/roe-j"), n("http://xmlns.com/foaf/0.1/familyName"), lit("Roe"), asserted),
        ox.Quad(doc, n(rdf + "type"), n(onto + "SourceDocument"), prov),
        ox.Quad(doc, n(onto + "fullText"), lit(text), prov),
        ox.Quad(doc, n(onto + "isRecordOf"), pub, prov),
    ]
    st = n(base + "statement/s1")
    quads += [ox.Quad(st, n(rdf + "subject"), program, prov), ox.Quad(st, n(rdf + "predicate"), has_component, prov),
              ox.Quad(st, n(rdf + "object"), mech, prov)]
    for k, (start, end, page) in enumerate(((31, 79, 7), (0, 30, None))):
        ev, frag = n(base + f"evidence/e{k}"), n(base + f"evidence/e{k}/page")
        quads += [ox.Quad(st, n(onto + "hasEvidence"), ev, prov),
                  ox.Quad(ev, n(oa + "hasSource"), doc, prov),
                  ox.Quad(ev, n(oa + "start"), lit(str(start), datatype=n("http://www.w3.org/2001/XMLSchema#nonNegativeInteger")), prov),
                  ox.Quad(ev, n(oa + "end"), lit(str(end), datatype=n("http://www.w3.org/2001/XMLSchema#nonNegativeInteger")), prov)]
        if page:
            quads += [ox.Quad(ev, n(oa + "hasSelector"), frag, prov),
                      ox.Quad(frag, n(rdf + "type"), n(oa + "FragmentSelector"), prov),
                      ox.Quad(frag, n("http://purl.org/dc/terms/conformsTo"), n("http://tools.ietf.org/rfc/rfc3778"), prov),
                      ox.Quad(frag, n(rdf + "value"), lit(f"page={page}"), prov)]
    root = tmp_path / "build" / "store"
    replace_local_store(root, quads)
    store = open_local(root, workers=1)
    try:
        server = live_server(store)
        page = requests.get(server.url + "/id/program/p", timeout=30).text
        cites = sorted(c for _, c in re.findall(r'<a class="source" href="([^"]+)"[^>]*>([^<]+)</a>', page))
        assert cites == ["Roe (2020)", "Roe (2020), p. 7"]
    finally:
        store.close()

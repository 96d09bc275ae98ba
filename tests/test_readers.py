"""Reading what researchers have: HTML, PDF, PubMed/MEDLINE and JATS XML become text, and a file
that cannot be read is refused with one line naming it (issue 12, item 4).

The PDFs are built here with pypdf (a text layer written by hand, a blank scanned-like page, an
encrypted copy); the HTML and XML are small files in the shapes those publishers use.
"""

import json
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from synthetic import write_text_pdf  # noqa: E402

from ickg.extract.document import DocumentError, extract, read_document
from ickg.extract.readers import read_source

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "benchmarks" / "eval" / "documents"


def _pdf(path, pages):
    return write_text_pdf(path, pages)


PAGE_ONE = [(8, "Running head | Working Paper 7"), (8, "Page 1 of 2"),
            (16, "Pooled budgets in Torbay: a case study"),
            (10, "Torbay Care Trust put health and social care budgets into a pooled budget in 2005."),
            (10, "Health and social care coordinators acted as a single point of contact.")]
PAGE_TWO = [(8, "Running head | Working Paper 7"), (8, "Page 2 of 2"),
            (10, "Delayed discharges fell while the use of home care rose."),
            (10, "Commissioners should invest in coordinators before new structures.")]


def test_pdf_text_keeps_its_pages_and_sets_running_heads_aside(tmp_path):
    source = read_source(_pdf(tmp_path / "paper.pdf", [PAGE_ONE, PAGE_TWO]))
    assert source.format == "pdf" and len(source.pages) == 2
    assert "Running head" not in source.text and "Page 1 of 2" not in source.text
    assert source.fields["title"][0] == "Pooled budgets in Torbay: a case study"
    second = source.text.index("Delayed discharges")
    assert source.page_of(second) == 2 and source.page_of(source.text.index("pooled budget in 2005")) == 1
    record = extract(tmp_path / "paper.pdf")
    report = record.as_json()
    assert report["metadata"]["title"] == "Pooled budgets in Torbay: a case study"
    for statement in report["statements"]:
        assert statement["page"] == record.page_of(statement["start"])
        assert record.text[statement["start"]:statement["end"]] == statement["quote"]
    recommendation = [s for s in report["statements"] if s["predicate"].endswith("addressedTo")]
    assert recommendation and recommendation[0]["page"] == 2


def test_scanned_and_encrypted_pdfs_are_refused_by_name(tmp_path):
    from pypdf import PdfReader, PdfWriter

    blank = PdfWriter()
    blank.add_blank_page(width=595, height=842)
    with open(tmp_path / "scan.pdf", "wb") as f:
        blank.write(f)
    with pytest.raises(DocumentError, match="no text layer") as info:
        read_source(tmp_path / "scan.pdf")
    assert "scan.pdf" in str(info.value)

    writer = PdfWriter()
    for page in PdfReader(_pdf(tmp_path / "plain.pdf", [PAGE_ONE])).pages:
        writer.add_page(page)
    writer.encrypt(user_password="secret", owner_password="owner")
    with open(tmp_path / "locked.pdf", "wb") as f:
        writer.write(f)
    with pytest.raises(DocumentError, match="encrypted") as info:
        read_source(tmp_path / "locked.pdf")
    assert "locked.pdf" in str(info.value)

    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4\nthis is not a PDF body\n")
    with pytest.raises(DocumentError, match="broken.pdf"):
        read_source(tmp_path / "broken.pdf")


HTML = """<!doctype html><html><head><meta charset="utf-8">
<title>Neighbourhood teams in Utrecht | Care Case Library</title>
<meta property="og:site_name" content="Care Case Library"></head>
<body><div id="cookie-banner">We use cookies. <button>Accept</button></div>
<header><nav><a href="/">Home</a> <a href="/cases">Cases</a></nav></header>
<main><article><h1>Neighbourhood teams in Utrecht</h1>
<p class="byline">By <span>Anna de Wit</span> &middot; <time datetime="2020-05-04">4 May 2020</time></p>
<h2>How it works</h2><p>Each team of nurses organises itself.
A shared care plan follows the client.</p>
<script>var tracking = 1;</script></article>
<aside class="related"><ul><li>Canterbury, New Zealand</li></ul></aside></main>
<footer>&copy; 2020 Care Case Library | Privacy</footer></body></html>"""


def test_html_keeps_the_article_and_drops_the_site(tmp_path):
    path = tmp_path / "case.html"
    path.write_text(HTML, encoding="utf-8")
    source = read_source(path)
    assert source.text.startswith("Neighbourhood teams in Utrecht\n\n")
    for chrome in ("cookies", "Home", "Canterbury", "tracking", "Privacy", "Accept"):
        assert chrome not in source.text
    assert "Each team of nurses organises itself. A shared care plan follows the client." in source.text
    report = extract(path).as_json()
    meta = report["metadata"]
    assert (meta["title"], meta["date"], meta["publisher"]) == ("Neighbourhood teams in Utrecht", "2020-05-04",
                                                                 "Care Case Library")
    assert meta["type"] == "http://purl.org/spar/fabio/WebPage"
    assert [a["family_name"] for a in meta["authors"]] == ["de Wit"]
    assert "https://w3id.org/ickg/ontology/CarePlanning" in {m["iri"] for m in report["mentions"]}


@pytest.mark.parametrize("content, reason", [
    (b'<html><head><meta charset="x-martian"></head><body>Hi</body></html>', "unknown character encoding"),
    ("<html><body>Qu\u00e9bec</body></html>".encode("latin-1"), "declares no character encoding"),
])
def test_html_in_an_unknown_encoding_is_refused(tmp_path, content, reason):
    path = tmp_path / "page.html"
    path.write_bytes(content)
    with pytest.raises(DocumentError, match=reason) as info:
        extract(path)
    assert "page.html" in str(info.value)


PUBMED = """<?xml version="1.0" encoding="UTF-8"?>
<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>99000999</PMID>
<Article><Journal><JournalIssue><Volume>12</Volume><Issue>3</Issue>
<PubDate><MedlineDate>2019 Mar-Apr</MedlineDate></PubDate></JournalIssue>
<Title>International journal of integrated care</Title><ISOAbbreviation>Int J Integr Care</ISOAbbreviation></Journal>
<ArticleTitle>Case management for older people in Ontario.</ArticleTitle>
<Pagination><MedlinePgn>201-9</MedlinePgn></Pagination>
<Abstract><AbstractText Label="METHODS">A qualitative study based on 20 interviews.</AbstractText></Abstract>
<AuthorList><Author><LastName>Roy</LastName><ForeName>Anne</ForeName><Initials>A</Initials>
<AffiliationInfo><Affiliation>School of Nursing, Toronto, Canada.</Affiliation></AffiliationInfo></Author></AuthorList>
</Article><MedlineJournalInfo><Country>Netherlands</Country></MedlineJournalInfo>
<MeshHeadingList><MeshHeading><DescriptorName>France</DescriptorName></MeshHeading></MeshHeadingList>
</MedlineCitation><PubmedData><History><PubMedPubDate PubStatus="received"><Year>2018</Year></PubMedPubDate></History>
<ArticleIdList><ArticleId IdType="doi">10.9999/ijic.1</ArticleId></ArticleIdList></PubmedData></PubmedArticle></PubmedArticleSet>"""

JATS = """<?xml version="1.0"?><article article-type="research-article"><front>
<journal-meta><journal-title-group><journal-title>Journal of Care</journal-title></journal-title-group>
<publisher><publisher-name>Example Press</publisher-name></publisher></journal-meta>
<article-meta><article-id pub-id-type="doi">10.9999/joc.2</article-id>
<title-group><article-title>Pooled budgets in practice</article-title></title-group>
<contrib-group><contrib contrib-type="author"><name><surname>Lee</surname><given-names>Min</given-names></name></contrib></contrib-group>
<pub-date pub-type="epub"><day>02</day><month>07</month><year>2021</year></pub-date><volume>5</volume><fpage>10</fpage><lpage>19</lpage>
<abstract><p>A pooled budget was set up.</p></abstract></article-meta></front>
<body><sec><title>Findings</title><p>Admissions fell.</p></sec></body>
<back><ref-list><ref><mixed-citation>Smith J. Reference in London. 1999.</mixed-citation></ref></ref-list></back></article>"""


def test_pubmed_and_jats_fields_come_from_the_markup(tmp_path):
    (tmp_path / "record.xml").write_text(PUBMED, encoding="utf-8")
    report = extract(tmp_path / "record.xml").as_json()
    meta = report["metadata"]
    assert (meta["title"], meta["year"], meta["date"], meta["volume"], meta["issue"], meta["pages"], meta["pmid"],
            meta["doi"]) == ("Case management for older people in Ontario.", 2019, "2019-03", "12", "3", "201-9",
                             "99000999", "10.9999/ijic.1")
    assert meta["journal"]["abbreviation"] == "Int J Integr Care"
    places = {j["label"] for j in report["jurisdictions"]}
    assert {"Ontario", "Toronto", "Canada"} <= places and not places & {"Netherlands", "France"}

    (tmp_path / "article.xml").write_text(JATS, encoding="utf-8")
    record = extract(tmp_path / "article.xml")
    meta = record.as_json()["metadata"]
    assert (meta["title"], meta["date"], meta["pages"], meta["publisher"]) == (
        "Pooled budgets in practice", "2021-07-02", "10-19", "Example Press")
    assert "London" not in record.text and "Admissions fell." in record.text


@pytest.mark.parametrize("content, reason", [
    ("<PubmedArticleSet><PubmedArticle>", "malformed XML"),
    ("<?xml version='1.0'?><rss><channel/></rss>", "neither a PubMed/MEDLINE record nor a JATS article"),
    ("<!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]><article>&e;</article>", "malformed XML|passwd"),
])
def test_unreadable_xml_is_refused_by_name(tmp_path, content, reason):
    path = tmp_path / "bad.xml"
    path.write_text(content, encoding="utf-8")
    try:
        source = read_source(path)
    except DocumentError as error:
        assert "bad.xml" in str(error)
        return
    assert "root:" not in source.text        # an external entity is never expanded


def test_read_document_gives_the_text_and_digest_of_any_format():
    text, digest = read_document(EVAL / "pubmed-canterbury.xml")
    assert "<" not in text and text.startswith("One system, one budget?") and len(digest) == 64


def test_cli_extracts_a_pdf(tmp_path):
    path = _pdf(tmp_path / "paper.pdf", [PAGE_ONE, PAGE_TWO])
    result = subprocess.run([sys.executable, "-m", "ickg", "extract", str(path), "--format", "json"],
                            capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["statements"] and all("page" in s for s in data["statements"])


def test_pubmed_electronic_locator_stands_for_pages():
    """A PubMed record without MedlinePgn gives its page-like ELocationID ("e1234") as the pages, as JATS's
    elocation-id does; a publisher's item identifier that is not page-like is not taken."""
    from ickg.extract.metadata import read_metadata
    from ickg.extract.readers import source_from_bytes

    def record(locator):
        return (f'<?xml version="1.0"?><PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>99000001</PMID>'
                f'<Article><Journal><JournalIssue><Volume>16</Volume><PubDate><Year>2016</Year></PubDate>'
                f'</JournalIssue><Title>Health Policy</Title></Journal><ArticleTitle>A title of an article.</ArticleTitle>'
                f'<ELocationID EIdType="pii" ValidYN="Y">{locator}</ELocationID></Article></MedlineCitation>'
                f'</PubmedArticle></PubmedArticleSet>').encode()

    pages = []
    for locator in ("e1234", "S0168-8510(18)30012-3"):
        src = source_from_bytes(record(locator), "x.xml", ".xml")
        meta = read_metadata(src.text, fields=src.fields, zones=src.zones, form=src.format)
        pages.append(meta.pages.value if meta.pages else None)
    assert pages == ["e1234", None]

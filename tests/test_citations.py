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

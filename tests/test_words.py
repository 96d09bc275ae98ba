"""Words instead of IRIs and codes on the viewer's pages (issue 15, item 1), over HTTP on the seed
graph: documents by their publication's title, properties and types in words, literals without
datatypes, each fact once, label quotes folded, restrictions in words, the mapping table without
"why: why:" or SEMAPV codes, same-named concepts told apart by their scheme, the why? page in
sentences with rules named in words."""

import html as htmllib
import re
import urllib.error
import urllib.parse
import urllib.request

from ickg.namespaces import BASE
from ickg.web.links import scheme_short_names, words_for

PRISMA = BASE + "id/program/prisma"
NORTH_AMERICA = BASE + "id/jurisdiction/north-america"
LOCATED_IN = BASE + "ontology/locatedIn"


def get(server, path):
    request = urllib.request.Request(server.url + path, headers={"Accept": "text/html"})
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8")


def visible_text(body):
    """The page's text as a reader sees it: no tags, no attributes, no scripts or pictures."""
    body = re.sub(r"<(script|style|svg)\b.*?</\1>", " ", body, flags=re.S)
    text = htmllib.unescape(re.sub(r"<[^>]+>", " ", body))
    return " ".join(text.split()).replace(" ?", "?").replace(" .", ".")


def test_an_unlabelled_iri_is_spelled_out_in_words():
    assert words_for("http://purl.org/spar/fabio/hasPublicationYear") == "has publication year"
    assert words_for(BASE + "id/person/embuldeniya-g") == "embuldeniya g"
    assert words_for(BASE + "id/genid/0123abcd") == "(anonymous)"
    assert words_for("https://doi.org/10.5334/ijic.67") == "doi:10.5334/ijic.67"
    assert not words_for(BASE + "ontology/CaseManagement").startswith("ickg:")


def test_scheme_short_names_stay_apart():
    names = scheme_short_names({"a": "GKEN typology of integration", "b": "Leutz degrees of integration",
                                "c": "Ontario policy paper design dimensions", "d": "Ontario policy paper degrees of integration"})
    assert names["a"] == "GKEN" and names["b"] == "Leutz"
    assert names["c"] != names["d"]


def test_documents_are_named_by_their_publication_not_their_file(seed_server):
    status, body = get(seed_server, "/")
    assert status == 200
    text = visible_text(body)
    assert "untitled policy paper on integrating care in Ontario" in text
    assert "GKEN web page on integration" in text
    status, body = get(seed_server, "/id/document/002_97ad98835d2d9538")
    assert re.search(r"<h1>untitled policy paper on integrating care in Ontario</h1>", body)


def test_publication_page_has_words_for_properties_types_and_years(seed_server):
    status, body = get(seed_server, "/id/publication/10-5334-ijic-3500")
    assert status == 200
    text = visible_text(body)
    for code in ("xsd:", "fabio:", "prism:", "prov:", "dcterms:", "foaf:"):
        assert code not in text, code
    assert "year of publication" in text and "journal article" in text
    assert re.search(r'<span class="literal">2017</span>\s*<', body)


def test_each_fact_once_and_label_quotes_folded(seed_server):
    status, body = get(seed_server, "/id/jurisdiction/ontario")
    assert status == 200
    incoming = body.split('<section class="incoming">', 1)[1].split("</section>", 1)[0] \
        if '<section class="incoming">' in body else ""
    # Family Health Teams are located in Ontario: shown once, under "location of", with its quote
    assert "located in</a> (of)" not in incoming and "Family Health Teams" not in incoming
    statements = body.split('<section class="statements">', 1)[1].split("</section>", 1)[0]
    location_of = statements.split(">location of</a>", 1)[1].split("</tr>", 1)[0]
    assert "Family Health Teams (2004)" in location_of  # the quote of the stated inverse
    assert location_of.count("Family Health Teams</a>") == 1
    label_row = statements.split(">label</a>", 1)[1].split("</tr>", 1)[0]
    assert '<details class="more-quotes"><summary>stated in' in label_row
    assert label_row.index("<details") < label_row.index("<blockquote")


def test_class_restrictions_in_words(seed_server):
    status, body = get(seed_server, "/ontology/CaseManagement")
    text = visible_text(body)
    assert "(anonymous)" not in text
    assert re.search(r"supports integration type\s+clinical integration — GKEN", text)
    status, body = get(seed_server, "/ontology")
    assert "one of ;" not in body and "one of ; one of" not in visible_text(body)
    entry = body.split('id="CaseManagement"', 1)[1].split("</details>", 1)[0]
    assert "supports integration type" in entry and "service delivery domain" in entry
    assert 'details class="term" id="hasComponent"' in body


def test_mapping_table_without_codes_or_repeated_why(seed_server):
    status, body = get(seed_server, "/scheme/gken/clinical-integration")
    text = visible_text(body)
    assert "why: why:" not in text and "ManualMappingCuration" not in text and "Why:" not in text
    assert "curated by hand" in text


def test_same_named_concepts_carry_their_scheme(seed_server):
    # each search hit is named, then placed: "in <scheme>" (web/search.py)
    status, body = get(seed_server, "/search?q=clinical+integration")
    hits = re.findall(r'<li><a href="[^"]+">([^<]+)</a>(.*?)(?=<li>|</ol>)', body, re.S)
    named = [(label, " ".join(re.sub(r"<[^>]+>", " ", m.group(1)).split()) if (m := re.search(
              r'<span class="scheme">(.*?)</span>', rest, re.S)) else "")
             for label, rest in hits if label.startswith("clinical integration")]
    same = [pair for pair in named if pair[0] == "clinical integration"]
    assert len(same) >= 2, named
    assert len(set(same)) == len(same), same
    assert any("GKEN" in scheme or "Global Knowledge Exchange Network" in scheme for _, scheme in same), same


def test_the_why_page_speaks_in_sentences(seed_server):
    args = urllib.parse.urlencode({"s": PRISMA, "p": LOCATED_IN, "o": NORTH_AMERICA})
    status, body = get(seed_server, "/explain?" + args)
    assert status == 200
    text = visible_text(body)
    assert re.search(r"PRISMA\s+located in\s+North America\s*\?", text)
    assert "rule of transitive property" in text and "A transitive property carries over" in text
    assert "prp-trp" not in text and "id:" not in text and "ickg:" not in text
    assert "whatever is linked by “part of” is also linked by “located in”" in text


def test_the_why_page_spells_out_anonymous_classes(seed_server):
    # an anonymous class PRISMA is a member of: a has-value restriction (named in the derivations
    # graph) whose value PRISMA has
    query = urllib.parse.urlencode({"query": """SELECT ?c WHERE { GRAPH <https://w3id.org/ickg/graph/derivations> {
        ?c <http://www.w3.org/2002/07/owl#onProperty> ?p ; <http://www.w3.org/2002/07/owl#hasValue> ?v
        FILTER(STRSTARTS(STR(?c), "https://w3id.org/ickg/id/genid/")) }
        <https://w3id.org/ickg/id/program/prisma> ?p ?v } ORDER BY ?c LIMIT 1"""})
    request = urllib.request.Request(seed_server.url + "/sparql?" + query, headers={"Accept": "text/csv"})
    with urllib.request.urlopen(request, timeout=60) as response:
        lines = response.read().decode().split()
    assert len(lines) == 2, lines
    args = urllib.parse.urlencode({"s": PRISMA, "p": "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "o": lines[1]})
    status, body = get(seed_server, "/explain?" + args)
    text = visible_text(body)
    assert "genid" not in text and "_:" not in text and "id:" not in text
    assert "PRISMA is among" in text

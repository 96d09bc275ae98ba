"""Extraction: metadata, layout, mentions, jurisdictions, acronyms, candidates, RDF and the CLI.

The expected values are read off the documents by hand; docs/domain.md §1 lists the traps
(glued field names, "et al.", the missing title of 004, its page dates).
"""

import json
import os
import subprocess
import sys
import warnings
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, PROV, RDF, RDFS, SKOS

from ickg.namespaces import ASSERTED_GRAPH, FABIO, ICKG, ID, MENTIONS_GRAPH, OA, PRISM, PROVENANCE_GRAPH, SCHEMA, WD
from ickg.extract.metadata import _dates, _iso
from ickg.extract.document import DocumentError, extract, extract_many
from ickg.extract.lexicon import Lexicon
from ickg.model.populate import record_dataset, record_quads

from extracted import triples as _triples

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "graph_data" / "corpus"
DOCUMENTS = Path(__file__).parent / "data" / "documents"

D000 = CORPUS / "000_bb15507378938f7c.txt"
D001 = CORPUS / "001_81305ce44554847e.txt"
D002 = CORPUS / "002_97ad98835d2d9538.txt"
D003 = CORPUS / "003_2e7f07f9be8b457e.txt"
D004 = CORPUS / "004_714a4477d575d092.txt"

_cache = {}


def record(path):
    if path not in _cache:
        _cache[path] = extract(path)
    return _cache[path]


def report(path):
    return record(path).as_json()


EXPECTED_METADATA = {
    D000: dict(title="Divergent modes of integration: the Canadian way", year=2011, volume=None,
               issue="Spec 10th Anniversary Ed", pages=None, doi=None, pmid="21954371", pmcid="PMC3180698",
               journal=(None, "Int J Integr Care", "journal/ijic"), authors=["person/jiwani-i", "person/fleury-m"]),
    D001: dict(title="The Generation of Integration: The mechanisms and challenges of implementing "
                     "healthcare integration across Ontario, Canada",
               year=2017, volume="17", issue="5", pages="192", doi="10.5334/ijic.3500", pmid=None, pmcid=None,
               journal=("International Journal of Integrated Care", None, "journal/ijic"),
               authors=["person/embuldeniya-g", "person/kirst-m", "person/walker-k", "person/wodchis-w"]),
    D002: dict(title=None, year=None, volume=None, issue=None, pages=None, doi=None, pmid=None, pmcid=None,
               journal=None, authors=[]),
    D003: dict(title=None, year=None, volume=None, issue=None, pages=None, doi=None, pmid=None, pmcid=None,
               journal=None, authors=[]),
    D004: dict(title=None, year=2018, volume="96", issue="4", pages="782-813", doi="10.1111/1468-0009.12349",
               pmid=None, pmcid=None, journal=("The Milbank Quarterly", None, "journal/mq"),
               authors=["person/embuldeniya-g", "person/kirst-m", "person/walker-k", "person/wodchis-w"]),
    DOCUMENTS / "pubmed_record.txt": dict(
        title="Bundled payments and hospital-to-home transitions in British Columbia: a realist synthesis",
        year=2019, volume="22", issue="3", pages="118-127", doi="10.9999/ijcc.2019.0423", pmid="31234567",
        pmcid=None, journal=("International Journal of Care Coordination", "Int J Care Coord", "journal/ijcc"),
        authors=["person/tremblay-roy-a", "person/okafor-c", "person/lindqvist-j"]),
    DOCUMENTS / "mendeley_page.txt": dict(
        title="Care coordinators as brokers of integration: a qualitative study in Quebec",
        year=2021, volume="21", issue="1", pages="455-467", doi="10.9999/bhsr.2021.455", pmid=None, pmcid=None,
        journal=("BMC Health Services Research", None, "journal/bhsr"),
        authors=["person/gagnon-m", "person/osei-bonsu-k", "person/lefebvre-j"]),
    DOCUMENTS / "publisher_page.txt": dict(
        title=None, year=2021, volume="49", issue="2", pages="201-219", doi="10.9999/sjph.2021.0201",
        pmid=None, pmcid=None, journal=("Scandinavian Journal of Public Health", None, "journal/sjph"),
        authors=["person/holm-a", "person/mikkelsen-l", "person/solberg-i"]),
    DOCUMENTS / "policy_brief.txt": dict(
        title=None, year=None, volume=None, issue=None, pages=None, doi=None, pmid=None, pmcid=None,
        journal=None, authors=[]),
}


@pytest.mark.parametrize("path", list(EXPECTED_METADATA), ids=lambda p: p.name)
def test_metadata_of_each_document(path):
    expected = dict(EXPECTED_METADATA[path])
    meta = report(path)["metadata"]
    journal = expected.pop("journal")
    authors = expected.pop("authors")
    assert {k: meta[k] for k in expected} == expected
    assert [a["iri"] for a in meta["authors"]] == [str(ID[a]) for a in authors]
    if journal is None:
        assert meta["journal"] is None
    else:
        assert (meta["journal"]["title"], meta["journal"]["abbreviation"], meta["journal"]["iri"]) == (
            journal[0], journal[1], str(ID[journal[2]]))


def test_metadata_spans_quote_the_values():
    for path in EXPECTED_METADATA:
        rec = record(path)
        for name, spans in rec.as_json()["metadata"]["spans"].items():
            value = str(getattr(rec.metadata, name).value)
            for start, end in spans:
                quoted = rec.text[start:end]
                if name == "date":      # "2011 Jan", "1 April 2016": the date as written, read back to ISO
                    assert [_iso(m) for m in _dates(quoted)] == [value], (path.name, name)
                    continue
                assert quoted.replace("–", "-") == value, (path.name, name)   # pages: en dash
        for author in rec.metadata.authors:
            for start, end in author.spans:
                assert author.family in rec.text[start:end]


def test_glued_field_names_and_name_orders_of_000():
    authors = report(D000)["metadata"]["authors"]
    assert [(a["label"], a["family_name"], a["initials"]) for a in authors] == [
        ("Jiwani I", "Jiwani", "I"), ("MJ Fleury", "Fleury", "MJ")]


def test_citation_completes_an_author_list_cut_by_et_al():
    rec = record(D001)
    wodchis = [a for a in rec.metadata.authors if a.family == "Wodchis"]
    assert len(wodchis) == 1 and rec.text[slice(*wodchis[0].spans[0])] == "Wodchis, W."
    embuldeniya = [a for a in rec.metadata.authors if a.family == "Embuldeniya"][0]
    assert sorted(rec.text[s:e] for s, e in embuldeniya.spans) == ["Embuldeniya G", "Embuldeniya, G."]


def test_page_dates_are_not_the_publication_year_of_004():
    rec = record(D004)
    assert rec.metadata.year.value == 2018
    chrome = [rec.text[s:e] for s, e in rec.chrome]
    assert "December 2024" in chrome and "Dec 19, 2024" in chrome
    assert rec.metadata.title is None


def test_same_person_and_journal_across_documents():
    ds = record_dataset([record(D000), record(D001), record(D004)])
    asserted = ds.graph(ASSERTED_GRAPH)
    journals = set(asserted.subjects(RDF.type, FABIO.Journal))
    assert journals == {ID["journal/ijic"], ID["journal/mq"]}
    ijic = ID["journal/ijic"]
    assert asserted.value(ijic, DCTERMS.title) == Literal("International Journal of Integrated Care")
    assert asserted.value(ijic, DCTERMS.alternative) == Literal("Int J Integr Care")
    assert set(asserted.subjects(DCTERMS.isPartOf, ijic)) == {ID["publication/pmid-21954371"],
                                                              ID["publication/10-5334-ijic-3500"]}
    person = ID["person/embuldeniya-g"]
    assert set(asserted.subjects(DCTERMS.creator, person)) == {ID["publication/10-5334-ijic-3500"],
                                                               ID["publication/10-1111-1468-0009-12349"]}
    assert asserted.value(person, FOAF.familyName) == Literal("Embuldeniya")
    assert asserted.value(person, FOAF.givenName) == Literal("Gayathri")
    assert len(set(asserted.subjects(RDF.type, FOAF.Person))) == 6


def test_sentences_and_sections_leave_the_chrome_out():
    rec = record(D003)
    menu = rec.text.index("HOME READING ROOM")
    mission = rec.text.index("Our Mission")
    assert (menu, menu + len("HOME READING ROOM ASK GKEN VIDEOS MEDIA ABOUT US")) in rec.chrome
    for start, end in rec.sentences:
        sentence = rec.text[start:end]
        assert "GKEN" not in sentence and "Our Mission" not in sentence and "Click for more" not in sentence
        assert not (start <= menu < end or start <= mission < end)
    assert rec.text[slice(*rec.sentences[0])].startswith("Health care delivery integration is a concept")
    headings = [s.heading for s in rec.sections]
    assert headings[:5] == ["Overview", "Integration", "Definition", "Relevance", "Context"]


def test_structured_abstract_labels_split_sections_and_sentences():
    rec = record(D000)
    assert [s.heading for s in rec.sections] == ["INTRODUCTION", "POLICY DEVELOPMENTS", "CONCLUSION"]
    sentences = [rec.text[s:e] for s, e in rec.sentences]
    assert sentences[1].endswith("pertinent to the local contexts.")
    assert sentences[2].startswith("In Quebec, three decades")
    assert len(sentences) == 10
    brief = record(DOCUMENTS / "policy_brief.txt")
    brief_sentences = [brief.text[s:e] for s, e in brief.sentences]
    assert len(brief_sentences) == 8            # "i.e." and "e.g." end no sentence
    assert brief_sentences[2].startswith("This brief sets out options") and brief_sentences[2].endswith("in 2008).")


def test_offsets_slice_back_to_the_labels():
    for path in EXPECTED_METADATA:
        rep = report(path)
        text = record(path).text
        for key in ("mentions", "jurisdictions", "candidates", "chrome"):
            for item in rep[key]:
                assert text[item["start"]:item["end"]] == item["label"], (path.name, key, item)
        for item in rep["acronyms"]:
            assert text[item["short_start"]:item["short_end"]] == item["short"]
            assert text[item["long_start"]:item["long_end"]] == item["long"]
        for item in rep["sentences"]:
            assert text[item["start"]:item["end"]].strip() == text[item["start"]:item["end"]] != ""


def test_concept_mentions_of_the_packaged_ontology():
    rep = report(D003)
    found = {(m["label"], m["iri"]) for m in rep["mentions"]}
    assert ("Organization integration", str(URIRef("https://w3id.org/ickg/scheme/gken/organizational-integration"))) in found
    functional = {m["start"] for m in rep["mentions"] if m["label"] == "Functional integration"}
    assert len(functional) == 2                  # the list is given twice
    # Kodner's, the WHO's and the ickg class share "case management"; no typology is named: the class
    assert ("Case management", "https://w3id.org/ickg/ontology/CaseManagement") in found
    assert len({m["start"] for m in rep["mentions"]}) == len(rep["mentions"])   # one concept per span
    chrome = [(c["start"], c["end"]) for c in rep["chrome"]]
    assert not any(s <= m["start"] < e for m in rep["mentions"] for s, e in chrome)
    mission = record(D003).text.index("healthcare costs")     # in the mission text: not a mention
    assert mission not in {m["start"] for m in rep["mentions"]}
    pubmed = report(DOCUMENTS / "pubmed_record.txt")
    labels = {m["label"] for m in pubmed["mentions"]}
    assert "Organisational integration" in labels and "shared clinical records" in labels


def test_lexicon_variants_and_longest_match():
    g = Graph()
    a, b, c, d = (URIRef(f"http://example.org/{x}") for x in "abcd")
    g.add((a, SKOS.prefLabel, Literal("organizational integration", lang="en")))
    g.add((b, SKOS.prefLabel, Literal("integration", lang="en")))
    g.add((c, SKOS.prefLabel, Literal("micro-mechanism", lang="en")))
    g.add((c, SKOS.altLabel, Literal("programme centre", lang="en")))
    g.add((d, SKOS.prefLabel, Literal("health care", lang="en")))
    lexicon = Lexicon.from_graph(g)
    text = ("Organisational Integrations, micro mechanisms and Program Centers; integration; "
            "healthcare; organizational. Integration")
    found = [(m.text, m.iri.rsplit("/", 1)[1]) for m in lexicon.find(text)]
    assert found == [("Organisational Integrations", "a"), ("micro mechanisms", "c"), ("Program Centers", "c"),
                     ("integration", "b"), ("healthcare", "d"), ("Integration", "b")]


def test_jurisdictions_with_verified_wikidata_ids_only():
    rep = report(D001)
    places = {(j["label"], j["iri"], j["type"], j["wikidata"], j["part_of"]) for j in rep["jurisdictions"]}
    assert ("Ontario", str(ID["jurisdiction/ontario"]), "ProvinceOrState", "Q1904", str(ID["jurisdiction/canada"])) in places
    assert ("Canada", str(ID["jurisdiction/canada"]), "Country", "Q16", str(ID["jurisdiction/north-america"])) in places
    page = report(DOCUMENTS / "publisher_page.txt")
    by_label = {j["label"]: j for j in page["jurisdictions"]}
    assert by_label["Norway"]["wikidata"] is None
    assert by_label["Region of Southern Denmark"]["type"] == "Region"
    assert by_label["Region of Southern Denmark"]["part_of"] == str(ID["jurisdiction/denmark"])
    assert "Canadian" not in {j["label"] for j in report(D004)["jurisdictions"]}
    assert "Toronto" not in {j["label"] for j in rep["jurisdictions"]}   # "University of Toronto"

    asserted = record_dataset([record(D001), record(DOCUMENTS / "publisher_page.txt")]).graph(ASSERTED_GRAPH)
    assert asserted.value(ID["jurisdiction/ontario"], SCHEMA.sameAs) == WD.Q1904
    assert asserted.value(ID["jurisdiction/canada"], SCHEMA.sameAs) == WD.Q16
    assert (ID["jurisdiction/ontario"], RDF.type, ICKG.ProvinceOrState) in asserted
    assert (ID["jurisdiction/ontario"], ICKG.partOf, ID["jurisdiction/canada"]) in asserted
    assert asserted.value(ID["jurisdiction/norway"], SCHEMA.sameAs) is None
    assert asserted.value(ID["jurisdiction/north-america"], SCHEMA.sameAs) is None
    wikidata = {str(o) for o in asserted.objects(None, SCHEMA.sameAs)}
    assert wikidata <= {str(WD[q]) for q in ("Q16", "Q1904", "Q176", "Q35", "Q142", "Q30", "Q46")}


def test_acronyms_in_both_orders():
    pairs = {(a["short"], a["long"]) for path in (D000, D001, D003) for a in report(path)["acronyms"]}
    assert ("LHINs", "Local Health Integration Networks") in pairs
    assert ("CSSSs", "centres for health and social services") in pairs
    assert ("KP", "Kaiser Permanente") in pairs
    assert ("PRISMA", "Program of Research to Integrate the Services for the Maintenance of Autonomy") in pairs
    assert ("IFMs", "integrated funding models") in pairs
    assert {(a["short"], a["long"]) for a in report(DOCUMENTS / "mendeley_page.txt")["acronyms"]} == {
        ("CISSS", "Integrated Health and Social Services Centres"),
        ("PRISMA", "Program of Research to Integrate the Services for the Maintenance of Autonomy")}


def test_candidates_are_new_names_not_places_headings_or_chrome():
    labels = {c["label"] for path in EXPECTED_METADATA for c in report(path)["candidates"]}
    for name in ("Family Health Teams", "Family Medicine Groups", "Ministry of Health and Long-Term Care",
                 "University of Toronto", "Milbank Memorial Fund", "Kaiser Permanente",
                 "Fraser Health Authority", "Centre for Health Services and Policy Research",
                 "Quebec Ministry of Health and Social Services", "Alberta Health Services"):
        assert name in labels
    for not_a_candidate in ("Health Facility Integration in France", "The Milbank Quarterly", "Milbank Quarterly",
                            "Island Health", "Wiley Online Library", "United States of America", "Program of Research"):
        assert not_a_candidate not in labels
    known = extract(D000, known_labels=["Family Health Team", "local health integration network"])
    assert {c.label for c in known.candidates} == {"Family Medicine Groups", "centres for health and social services"}


def test_record_quads_with_evidence_and_mentions():
    rec = record(D004)
    ds = Dataset()
    for s, p, o, g in record_quads(rec):
        ds.graph(g).add((s, p, o))
    provenance, mentions = ds.graph(PROVENANCE_GRAPH), ds.graph(MENTIONS_GRAPH)
    document = ID["document/004_714a4477d575d092"]
    publication = ID["publication/10-1111-1468-0009-12349"]
    assert (document, RDF.type, ICKG.SourceDocument) in provenance
    assert provenance.value(document, ICKG.isRecordOf) == publication
    assert provenance.value(document, ICKG.fullText) == Literal(rec.text)
    assert provenance.value(document, ICKG.fileName) == Literal("004_714a4477d575d092.txt")
    assert len(str(provenance.value(document, ICKG.sha256))) == 64
    # the DOI statement points at the characters of the DOI
    statements = [s for s in provenance.subjects(RDF.predicate, PRISM.doi)]
    assert len(statements) == 1
    evidence = provenance.value(statements[0], ICKG.hasEvidence)
    assert provenance.value(evidence, OA.hasSource) == document
    start, end = int(provenance.value(evidence, OA.start)), int(provenance.value(evidence, OA.end))
    assert rec.text[start:end] == "10.1111/1468-0009.12349"
    # a statement quoted from a document is not also prov:wasDerivedFrom it: the annotation names it
    assert provenance.value(statements[0], PROV.wasDerivedFrom) is None
    # one mention annotation per document and thing named, with a span for each place naming it
    ontario = [m for m in mentions.subjects(OA.hasBody, ID["jurisdiction/ontario"])]
    assert len(ontario) == 1 and mentions.value(ontario[0], OA.hasSource) == document
    spans = sorted(str(s) for s in mentions.objects(ontario[0], ICKG.span))
    assert spans and all(rec.text[int(s.split("-")[0]):int(s.split("-")[1])] == "Ontario" for s in spans)
    found = {(m.start, m.end, str(m.iri)) for m in rec.mentions} | {
        (j.start, j.end, str(ID["jurisdiction/" + j.place.slug])) for j in rec.jurisdictions}
    stored = {(*map(int, str(span).split("-")), str(mentions.value(m, OA.hasBody)))
              for m, span in mentions.subject_objects(ICKG.span)}
    assert stored == found
    assert (publication, RDF.type, FABIO.JournalArticle) in ds.graph(ASSERTED_GRAPH)
    assert record_quads(rec) == record_quads(extract(D004))       # deterministic


def test_publication_types_and_iris_without_metadata():
    asserted = record_dataset([record(D002), record(D003)]).graph(ASSERTED_GRAPH)
    assert (ID["publication/002-97ad98835d2d9538"], RDF.type, FABIO.ReportDocument) in asserted
    assert (ID["publication/003-2e7f07f9be8b457e"], RDF.type, FABIO.WebPage) in asserted
    assert asserted.value(ID["publication/002-97ad98835d2d9538"], DCTERMS.title) is None


def test_text_in_memory_and_bulk_extraction_agree():
    text = D000.read_text(encoding="utf-8")
    in_memory = extract(text, stem="000_bb15507378938f7c")
    assert in_memory.as_json() == record(D000).as_json()
    bulk = extract_many([D000, D004], processes=2)
    assert [r.as_json() for r in bulk] == [record(D000).as_json(), record(D004).as_json()]


@pytest.mark.parametrize("content, reason", [
    (b"", "empty"),
    (b"   \n\n", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ("Qu\u00e9bec".encode("latin-1") + b" is a province.", "not UTF-8"),
])
def test_unreadable_files_raise_a_document_error(tmp_path, content, reason):
    path = tmp_path / "bad document.txt"
    path.write_bytes(content)
    with pytest.raises(DocumentError, match=reason) as info:
        extract(path)
    assert str(path) in str(info.value)
    assert isinstance(info.value, ValueError)


def test_files_over_20_mb_are_refused_before_reading(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as f:
        f.truncate(20 * 1024 * 1024 + 1)
    with pytest.raises(DocumentError, match="over 20 MB") as info:
        extract(path)
    assert "huge.txt" in str(info.value)


def _ickg(*args, cwd):
    return subprocess.run([sys.executable, "-m", "ickg", *args], cwd=cwd, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONWARNINGS": "ignore"})


def test_cli_prints_the_json_report(tmp_path):
    result = _ickg("extract", str(D001), "--format", "json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert {"metadata", "jurisdictions", "mentions", "acronyms", "candidates"} <= set(data)
    assert set(data["metadata"]) >= {"title", "authors", "journal", "year", "volume", "issue", "pages",
                                     "doi", "pmid", "pmcid"}
    assert data["metadata"]["doi"] == "10.5334/ijic.3500"
    assert data["acronyms"][0]["short"] == "IFMs" and data["acronyms"][0]["long"] == "integrated funding models"
    assert list(tmp_path.iterdir()) == []                    # nothing stored


def test_cli_prints_turtle_and_trig(tmp_path):
    turtle = _ickg("extract", str(D000), "--format", "turtle", cwd=tmp_path)
    assert turtle.returncode == 0, turtle.stderr
    graph = Graph().parse(data=turtle.stdout, format="turtle")
    assert (ID["publication/pmid-21954371"], FABIO.hasPubMedId, Literal("21954371")) in graph
    assert (ID["jurisdiction/quebec"], RDFS.label, Literal("Quebec")) in graph
    trig = _ickg("extract", str(D000), "--format", "trig", cwd=tmp_path)
    ds = Dataset()
    with warnings.catch_warnings():          # rdflib's TriG parser uses its own deprecated classes
        warnings.simplefilter("ignore", DeprecationWarning)
        ds.parse(data=trig.stdout, format="trig")
    assert {str(g.identifier) for g in ds.graphs() if len(g)} >= {
        str(ASSERTED_GRAPH), str(MENTIONS_GRAPH), str(PROVENANCE_GRAPH)}


def test_cli_reports_a_bad_file_without_a_traceback(tmp_path):
    bad = tmp_path / "scan.txt"
    bad.write_bytes(b"\x00\x01\x02binary")
    result = _ickg("extract", str(bad), cwd=tmp_path)
    assert result.returncode != 0
    assert "scan.txt" in result.stderr and "binary" in result.stderr
    assert "Traceback" not in result.stderr


def test_hard_wrapped_prose_is_prose_not_headings():
    text = ("Short title of a wrapped abstract\n\nAbstract\n"
            "The Winnipeg Integrated Care Pilot (WICP) linked three hospitals and two agencies in\n"
            "Manitoba, Canada. Case management supported clinical integration for older adults.\n")
    record = extract(text, stem="wrapped")
    assert [text[s:e] for s, e in record.headings] == ["Abstract"]
    assert text[record.sentences[0][0]:record.sentences[0][1]].startswith("The Winnipeg Integrated Care Pilot (WICP) linked")
    assert "Winnipeg Integrated Care Pilot" in [c.label for c in record.candidates]


# --- issue 12: citation styles, the lexicon, statements ------------------------------------------

CONFERENCE_ABSTRACT = """Coordinators for frail older people in Fife: a pilot

Mairi Campbell, Tan Wei Ling, Jonas Berg

Institute for Ageing Research, Dundee, Scotland

International Journal of Integrated Care, Annual Conference Supplement 2019; 19(4): A112

20th International Conference on Integrated Care, San Sebastian, April 1-3, 2019

Introduction: In 2015 the Fife Health and Social Care Partnership launched the Fife coordinator pilot.
"""


def test_conference_abstract_author_line_and_journal_line():
    meta = extract(CONFERENCE_ABSTRACT, stem="abstract").as_json()["metadata"]
    assert meta["title"] == "Coordinators for frail older people in Fife: a pilot"
    assert [(a["family_name"], a["initials"]) for a in meta["authors"]] == [("Campbell", "M"), ("Tan", "WL"),
                                                                           ("Berg", "J")]
    assert (meta["journal"]["title"], meta["year"], meta["volume"], meta["issue"], meta["pages"]) == (
        "International Journal of Integrated Care", 2019, "19", "4", "A112")
    assert meta["date"] is None                     # the conference's dates are not the publication's
    assert meta["type"] == "http://purl.org/spar/fabio/ConferencePaper"


def test_press_release_date_and_publisher_and_harvard_reference():
    release = ("Ministry of Health\n\nNew care homes trial begins\n\nPublished: 2 March 2018\n\n"
               "A trial of care homes began today.\n\nMedia enquiries: press office\n")
    meta = extract(release, stem="release").as_json()["metadata"]
    assert (meta["title"], meta["date"], meta["year"], meta["publisher"]) == (
        "New care homes trial begins", "2018-03-02", 2018, "Ministry of Health")
    assert meta["type"] == "http://purl.org/spar/fabio/PressRelease"
    harvard = ("Smith, J. and de Groot, K. (2015) 'Bundled payments for hip surgery', Journal of Care Delivery, "
               "4(2), pp. 11-19. doi:10.9999/jcd.2015.11.\n\nAbstract\n\nBundled payments were tested.\n")
    meta = extract(harvard, stem="harvard").as_json()["metadata"]
    assert [a["family_name"] for a in meta["authors"]] == ["Smith", "de Groot"]
    assert (meta["title"], meta["pages"], meta["doi"]) == ("Bundled payments for hip surgery", "11-19",
                                                           "10.9999/jcd.2015.11")


def test_synonyms_and_one_concept_per_span_without_false_hits():
    text = ("Clinical integration was supported by a pooled budget and fee-for-service payments ended. "
            "A health care management firm advised the board. Coordination improved.")
    mentions = extract(text, stem="lexicon").as_json()["mentions"] + extract(text, stem="lexicon").as_json()["concepts"]
    by_label = {}
    for m in mentions:
        by_label.setdefault(m["label"], set()).add(m["iri"])
    assert by_label["Clinical integration"] == {"https://w3id.org/ickg/ontology/IntegrationType"}
    assert by_label["pooled budget"] == {"https://w3id.org/ickg/ontology/PooledBudget"}
    assert by_label["fee-for-service payments"] == {"https://w3id.org/ickg/ontology/FeeForService"}
    assert "care management" not in by_label            # "health care management firm"
    assert "Coordination" not in by_label               # Leutz's degree only with Leutz in sight...
    leutz = extract(text + " In Leutz's terms the program reached coordination.", stem="leutz").as_json()
    assert {m["iri"] for m in leutz["mentions"] if m["label"] == "coordination"} == {
        "https://w3id.org/ickg/scheme/leutz/coordination"}                      # ...as here


def test_statements_have_the_issue_shape_and_quote_the_text():
    record = extract(ROOT / "benchmarks" / "eval" / "documents" / "conf-esther-jonkoping.txt")
    statements = record.as_json()["statements"]
    assert len(statements) >= 10
    for s in statements:
        assert set(s) >= {"subject", "predicate", "object", "quote", "start", "end", "confidence", "source"}
        assert record.text[s["start"]:s["end"]] == s["quote"]
        assert record.text[:s["start"]].endswith(s["prefix"]) and record.text[s["end"]:].startswith(s["suffix"])
        assert 0 < s["confidence"] <= 1 and s["source"].startswith("ickg-rules/")
        assert {"label", "type"} <= set(s["subject"])
        assert {"label", "type"} <= set(s["object"]) or {"value", "datatype"} <= set(s["object"])
    found = {(s["subject"]["label"], s["predicate"].rsplit("/", 1)[1], s["object"].get("label", s["object"].get("value")))
             for s in statements}
    assert ("Esther network", "focusesOnCondition", "heart failure") not in found
    assert ("Höglandet", "partOf", "Jönköping County") in found
    assert any(p == "hasComponent" and o == "shared care planning" for _, p, o in found)
    assert ("train improvement coaches in both health and social care before they change structures", "addressedTo",
            "regional health authorities") in found


def test_study_designs_and_breadth_use_the_ontologys_terms():
    text = ("Case studies\n\nWe ran a cluster randomised trial and a retrospective cohort study. "
            "The trust pursued horizontal and vertical integration of care.")
    record = extract(text, stem="terms").as_json()
    iris = {m["label"]: m["iri"] for m in record["mentions"]}
    design, breadth = "https://w3id.org/ickg/scheme/study-design/", "https://w3id.org/ickg/scheme/breadth/"
    assert iris["cluster randomised trial"] == design + "clinical-trial"
    assert iris["retrospective cohort study"] == design + "cohort-study"
    assert iris["vertical integration"] == breadth + "vertical"
    assert iris["horizontal"] == breadth + "horizontal"       # the head word "integration" is shared
    assert "Case studies" not in iris                          # a heading, not a study's design
    assert record["concepts"] == []                            # no placeholder left in the vocabulary
    every = json.dumps(record)
    assert "study-design:" not in every and "-integration" not in every


def test_category_words_and_contrasted_terms_are_not_concepts():
    text = ("Findings: the aim of the programme was integration. Its mandate comes from legislation. "
            "The study design was simple. Payment rewards short visits rather than continuous, team-based care. "
            "Each practice keeps a shared care plan.")
    labels = {m["label"] for m in extract(text, stem="categories").as_json()["mentions"]}
    assert not labels & {"Findings", "aim", "mandate", "legislation", "study design", "team-based care"}
    assert "shared care plan" in labels


def test_has_breadth_quotes_the_clause_that_states_it():
    text = ("The Esther network was set up in 1998 in Jönköping County. The Esther network strengthened vertical "
            "integration between hospital and primary care, but horizontal integration with social care remains weak.")
    statements = extract(text, stem="breadth").as_json()["statements"]
    breadth = [(s["object"]["label"], s["quote"]) for s in statements
               if s["predicate"] == "https://w3id.org/ickg/ontology/hasBreadth"]
    assert breadth == [("vertical integration", "The Esther network strengthened vertical integration between "
                                                "hospital and primary care")]


def test_unnamed_institutions_and_populations_are_entities():
    text = ("Care is shared between 21 county councils and 290 municipalities. Dutch health insurers buy the bundle "
            "from care groups. Insurers should publish the prices. The programme serves people aged 65 and over and "
            "frail older people living at home. We compared 9,824 insured people with 9,824 matched insured people.")
    entities = extract(text, stem="actors").as_json()["entities"]
    by_kind = {}
    for e in entities:
        by_kind.setdefault(e["kind"], {})[e["name"]] = e
    orgs, populations = by_kind["organization"], by_kind["population"]
    assert {"county councils", "municipalities", "health insurers"} <= set(orgs)
    assert "insurers" not in orgs and "Insurers" in orgs["health insurers"]["aliases"]   # one insurer entity
    # where they live narrows the group, as the gold files record it ("frail older adults living at home")
    assert {"people aged 65 and over", "frail older people living at home"} <= set(populations)
    assert not any("insured people" in name for name in populations)    # the study's sample


# --- issue 12: what the extractor reads in documents of new styles (texts written for these tests) ---

def test_apposition_names_the_program_and_folds_in_its_expanded_name():
    text = ("Telecare North (Telehealth for Chronic Obstructive Lung Disease), a home monitoring program launched "
            "in 2012, links nurses in 11 municipalities with the hospital. Telecare North follows patients "
            "with COPD at home.")
    record = extract(text, stem="apposition").as_json()
    programs = {e["name"]: e for e in record["entities"] if e["kind"] == "program"}
    assert "Telecare North" in programs and "Telehealth for Chronic Obstructive Lung Disease" in \
        programs["Telecare North"]["aliases"]
    assert "home monitoring program" not in programs                 # the description, not a second program
    assert not any(e["kind"] == "organization" and e["name"].startswith("Telehealth") for e in record["entities"])
    assert ("Telecare North", "yearEstablished", 2012) in _triples(text, "apposition")


def test_a_law_establishes_the_program_and_its_year_is_not_the_programs_start():
    text = ("Health Link, a care coordination program created by the Care Coordination Act of 2010, began in 2013. "
            "The Regional Health Act, 2015, which also created the Care Quality Agency, gave it a budget.")
    found = _triples(text, "law")
    assert ("Health Link", "yearEstablished", 2013) in found
    assert not any(p == "yearEstablished" and o in (2010, 2015) for _, p, o in found)
    assert ("Health Link", "establishedBy", "Care Coordination Act of 2010") in found
    assert ("Care Quality Agency", "establishedBy", "Regional Health Act, 2015") in found


def test_components_listed_after_a_verb_and_under_an_announcing_line():
    text = ("Home First is a hospital discharge program in the county. The program provides rapid assessment at "
            "home, a named key worker and short-term reablement.\n\nWhat families can expect:\n"
            "- a single point of contact\n- weekly visits by a therapist\n")
    components = {o for s, p, o in _triples(text, "parts") if p == "hasComponent"}
    assert {"rapid assessment at home", "named key worker", "short-term reablement"} <= components
    assert {"single point of contact", "weekly visits by a therapist"} <= components or \
        {"single point of contact", "visits by a therapist"} <= components


def test_every_should_clause_is_a_recommendation_with_its_addressee():
    text = ("Recommendations. Insurers should publish their prices and compare them across regions, and the "
            "competition authority should watch the market power of provider groups; the ministry should review "
            "every contract at least once a year.")
    found = _triples(text, "should")
    assert ("watch the market power of provider groups", "addressedTo", "competition authority") in found
    assert ("review every contract at least once a year", "addressedTo", "ministry") in found
    assert ("publish their prices", "addressedTo", "Insurers") in found
    assert ("compare them across regions", "addressedTo", "Insurers") in found


def test_counts_of_programs_enablers_and_people_with_a_named_condition():
    text = ("The ministry approved the first 12 Community Care Hubs across the province. Shared records are "
            "probably the main enabler of this work. The hubs serve people with heart failure.")
    found = _triples(text, "counts")
    assert ("Community Care Hubs", "numberOfPrograms", 12) in found
    assert any(p == "enabledBy" and o == "Shared records" for _, p, o in found)
    assert any(p == "targetsPopulation" and o == "people with heart failure" for _, p, o in found)


def test_metadata_of_a_ministry_page_a_dateline_news_item_and_a_supplement_line(tmp_path):
    page = ("Gov.example.nz  |  Health  |  Te reo Māori\n\nOlder people's services\n\n"
            "Community Hubs: care close to home\n\nMinistry of Health\n\nPublished: 3 May 2021\n\n"
            "Community hubs bring together general practices, pharmacists and home support services for older "
            "people living at home in the region.\n\nLast updated: 9 June 2021\n")
    meta = extract(page, stem="page").as_json()["metadata"]
    assert meta["title"] == "Community Hubs: care close to home"
    assert meta["publisher"] == "Ministry of Health" and meta["date"] == "2021-05-03"
    assert meta["type"].endswith("/WebPage")
    news = ("HEALTH SYSTEMS TODAY\n\nRegions | Policy\n\nDanish municipalities take on rehabilitation\n\n"
            "14 March 2016\n\nCOPENHAGEN — Danish municipalities will take over rehabilitation after hospital "
            "discharge from next year, the government said on Monday, in a reform agreed with the regions.\n")
    meta = extract(news, stem="news").as_json()["metadata"]
    assert meta["type"].endswith("/NewsItem") and meta["publisher"] == "Health Systems Today"
    abstract = ("Coaching older people at home: a conference abstract\n\nAnna Berg, Jonas Lind\n\n"
                "International Journal of Integrated Care 2014; 14(8); URN:NBN:NL:UI:10-1-116477\n\n"
                "14th International Conference on Integrated Care, Brussels, April 2-4, 2014\n\n"
                "Introduction: Home coaching was introduced in two municipalities in 2012 to keep older people "
                "with frailty at home and out of hospital, with coaches from health and social care.\n")
    meta = extract(abstract, stem="supplement").as_json()["metadata"]
    assert (meta["volume"], meta["issue"], meta["pages"]) == ("14", "8", None)
    assert meta["type"].endswith("/ConferencePaper")


def test_places_named_by_their_kind_are_jurisdictions():
    text = ("Since 2010 the municipality of Tuusula has shared services with its neighbours. In the province of "
            "Alava and the Region of Murcia similar models followed, as they did in the district of Kreuzberg.")
    places = {j["name"]: j["type"] for j in extract(text, stem="kinds").as_json()["jurisdictions"]}
    assert places["Tuusula"].endswith("Municipality") and places["Kreuzberg"].endswith("Municipality")
    assert places["Alava"].endswith("ProvinceOrState") and places["Murcia"].endswith("Region")


def test_one_word_organizations_by_apposition_gloss_and_company_form():
    text = ("In 2014 Helsehuset, the municipal health centre, and the local hospital trust signed an agreement. "
            "Vitalis (the regional patient association) joined later, and Norrlandia Care AB provides the records.")
    orgs = {e["name"] for e in extract(text, stem="orgs").as_json()["entities"] if e["kind"] == "organization"}
    assert {"Helsehuset", "Vitalis", "Norrlandia Care AB"} <= orgs


def test_programs_known_by_a_name():
    text = ("In 2012 the county launched a discharge programme known as Safe at Home, which sends a nurse to every "
            "patient within a day. A second scheme, called Home Link, followed in 2014.")
    programs = {e["name"] for e in extract(text, stem="called").as_json()["entities"] if e["kind"] == "program"}
    assert {"Safe at Home", "Home Link"} <= programs and "discharge programme" not in programs
    assert ("Safe at Home", "yearEstablished", 2012) in _triples(text, "called")

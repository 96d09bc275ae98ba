"""Curated statements: the five curation files build, every quote lands on the exact characters of
its document, hedges survive as qualifiers, and every kind of bad input is refused with the file
and line that caused it (so a domain expert can fix it without reading Python)."""

from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from ickg.namespaces import ASSERTED_GRAPH, ICKG, ID, OA, PROVENANCE_GRAPH, SCHEME
from ickg.pipeline.curate import CurationError, LocatedText, curate_corpus, curate_document
from ickg.pipeline.provenance import document_iri

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "graph_data" / "corpus"
CURATION = ROOT / "graph_data" / "curation"
STEMS = sorted(p.stem for p in CORPUS.glob("*.txt"))
PUBLICATION = URIRef("https://w3id.org/ickg/id/publication/test")


@pytest.fixture(scope="module")
def curated():
    return curate_corpus(CURATION, CORPUS)


def statement_evidence(dataset, s, p, o):
    """(exact quote, hedge cue, qualifier) of each evidence annotation of the triple s p o."""
    prov = dataset.graph(PROVENANCE_GRAPH)
    out = set()
    for statement in prov.subjects(RDF.subject, s):
        if (statement, RDF.predicate, p) in prov and (statement, RDF.object, o) in prov:
            for evidence in prov.objects(statement, ICKG.hasEvidence):
                target = prov.value(evidence, OA.hasTarget)
                exact = next(str(prov.value(sel, OA.exact)) for sel in prov.objects(target, OA.hasSelector)
                             if (sel, RDF.type, OA.TextQuoteSelector) in prov)
                hedge = prov.value(evidence, ICKG.hedgeCue)
                qualifier = prov.value(evidence, ICKG.claimQualifier)
                out.add((exact, hedge and str(hedge), qualifier))
    return out


def test_every_document_has_a_curation_file():
    assert sorted(p.stem for p in CURATION.glob("*.txt")) == STEMS


def test_every_quote_is_the_text_at_its_offsets(curated):
    prov = curated.graph(PROVENANCE_GRAPH)
    texts = {document_iri(stem): (CORPUS / f"{stem}.txt").read_text(encoding="utf-8") for stem in STEMS}
    checked = 0
    for evidence in prov.subjects(RDF.type, ICKG.EvidenceAnnotation):
        target = prov.value(evidence, OA.hasTarget)
        text = texts[prov.value(target, OA.hasSource)]
        selectors = {prov.value(sel, RDF.type): sel for sel in prov.objects(target, OA.hasSelector)}
        position, quote = selectors[OA.TextPositionSelector], selectors[OA.TextQuoteSelector]
        start, end = int(prov.value(position, OA.start)), int(prov.value(position, OA.end))
        assert 0 <= start < end <= len(text)
        assert str(prov.value(quote, OA.exact)) == text[start:end]
        checked += 1
    assert checked > 500


def test_every_asserted_triple_has_evidence(curated):
    asserted, prov = curated.graph(ASSERTED_GRAPH), curated.graph(PROVENANCE_GRAPH)
    evidenced = {(prov.value(st, RDF.subject), prov.value(st, RDF.predicate), prov.value(st, RDF.object))
                 for st in prov.subjects(RDF.type, RDF.Statement) if prov.value(st, ICKG.hasEvidence)}
    missing = [t for t in asserted if t[1] != SKOS.editorialNote and t not in evidenced]
    assert missing == []


def test_hedged_denmark_keeps_its_cue_and_qualifier(curated):
    denmark = ID["jurisdiction/denmark"]
    evidence = statement_evidence(curated, denmark, ICKG.exemplifies, SCHEME["policy-paper/systemic-integration"])
    assert evidence == {("The best system integration example is likely Denmark", "likely",
                         SCHEME["qualifier/hedged"])}


def test_hope_and_preliminary_evidence_are_qualified(curated):
    ifm = ID["program/integrated-funding-models"]
    (exact, hedge, qualifier), = statement_evidence(curated, ifm, ICKG.hasGoal, ID["outcome/cost-savings"])
    assert hedge == "in the hope that" and qualifier == SCHEME["qualifier/aspirational"]
    assert "in the hope that" in exact
    hfi = ID["program/health-facility-integration"]
    (_, hedge, qualifier), = statement_evidence(curated, hfi, ICKG.hasOutcome, ID["outcome/french-patient-satisfaction"])
    assert (hedge, qualifier) == ("Preliminary evaluation", SCHEME["qualifier/preliminary"])


def test_counts_are_stored_as_stated_not_computed(curated):
    g = curated.graph(ASSERTED_GRAPH)
    study = ID["study/ifm-evaluation"]
    assert {int(v) for v in g.objects(study, ICKG.sampleSize)} == {48}
    assert {int(v) for v in g.objects(study, ICKG.samplePerProgram)} == {6}
    ifm = ID["program/integrated-funding-models"]
    assert [int(g.value(ifm, p)) for p in (ICKG.numberOfPrograms, ICKG.minimumPartners, ICKG.maximumPartners)] == [6, 2, 14]
    # the six pilots get no invented names: the only programs are those the documents name
    assert not any("pilot" in str(s) for s in g.subjects(RDF.type, None))


def test_one_study_reported_in_both_publications(curated):
    g = curated.graph(ASSERTED_GRAPH)
    reported = set(g.objects(ID["study/ifm-evaluation"], ICKG.reportedIn))
    assert reported == {ID["publication/10-5334-ijic-3500"], ID["publication/10-1111-1468-0009-12349"]}


def test_prisma_components_are_typed_mechanisms(curated):
    g = curated.graph(ASSERTED_GRAPH)
    prisma = ID["program/prisma"]
    kinds = {g.value(c, RDF.type) for c in g.objects(prisma, ICKG.hasComponent)}
    assert kinds == {ICKG.CaseManagement, ICKG.SharedInformationSystem, ICKG.GovernanceArrangement,
                     ICKG.CarePlanning, ICKG.StandardizedAssessment, ICKG.SingleEntryPoint}
    assert (prisma, SKOS.altLabel,
            Literal("Program of Research to Integrate the Services for the Maintenance of Autonomy")) in g


def test_typos_are_quoted_verbatim(curated):
    prov = curated.graph(PROVENANCE_GRAPH)
    assert any("is is a foundation" in str(o) for o in prov.objects(None, OA.exact))


def test_unnamed_entity_gets_no_label_from_that_document():
    text = (CORPUS / f"{STEMS[0]}.txt").read_text(encoding="utf-8")
    dataset = curate_document(CURATION / f"{STEMS[0]}.txt", text, document_iri(STEMS[0]), publication=PUBLICATION)
    g = dataset.graph(ASSERTED_GRAPH)
    canada = ID["jurisdiction/canada"]
    assert (canada, RDF.type, ICKG.Country) in g
    assert g.value(canada, RDFS.label) is None  # 000 says "Canadian", never "Canada"


def test_whitespace_is_normalised_but_offsets_are_exact():
    text = "Intro.\n  The best  system\n\tintegration example."
    located = LocatedText(text)
    (start, end), = located.find_all("best system integration")
    assert text[start:end] == "best  system\n\tintegration"
    assert located.find_all("integration example.", 0, len(text)) == [(len(text) - 20, len(text))]


# ---- bad input ---------------------------------------------------------------------------------

STEM = "003_2e7f07f9be8b457e"


def broken_copy(tmp_path, old, new):
    """A copy of the 003 curation with ``old`` (a whole line) replaced; returns (path, its line number)."""
    lines = (CURATION / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    number = lines.index(old) + 1
    lines[number - 1] = new
    path = tmp_path / f"{STEM}.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path, number


def build(path):
    text = (CORPUS / f"{STEM}.txt").read_text(encoding="utf-8")
    return curate_document(path, text, document_iri(STEM), publication=PUBLICATION)


@pytest.mark.parametrize("old, new, reason", [
    ("  quote: Case management services;", "  quote: Case managment services;",
     f"quote not found in {STEM}.txt: 'Case managment services;'"),
    ("PRISMA located in: Canada", "PRISMA locatd in: Canada", "'locatd in' is not a property of the ontology"),
    ('PRISMA is a: care model "PRISMA"', 'PRISMA is a: care modle "PRISMA"', "'care modle' is not a class of the ontology"),
    ("PRISMA located in: Canada", "PRISMA located in Canada", "expected '<subject> <property>: <object>'"),
    ("gken/clinical-integration at level: level/micro", "gken/clinical-integration at level: level/nano",
     "'level/nano' is not a concept of the concept schemes"),
    ("Health Facility Integration located in: France", "Health Facility Integration located in: French patient satisfaction",
     "'located in' takes as object a jurisdiction; 'French patient satisfaction' (outcome) is not one"),
    ("  hedge: Preliminary evaluation", "  hedge: probably", "hedge 'probably' is not words of its quote"),
    ("  qualifier: preliminary", "  qualifier: doubtful", "'doubtful' is not a claim qualifier"),
    ('France is a: country', 'France is a: country "Frankreich"', "'Frankreich' does not occur in the quotes"),
    ("  occurrence: 1", "  occurrence: one", "occurrence must be a whole number"),
    ("PRISMA has component: PRISMA case management", "PRISMA has component: PRISMA case mgmt",
     "'PRISMA case mgmt' is not a name declared in this file"),
    ("  also: KP", "  aka: KP", "expected one of quote:"),
])
def test_bad_line_is_refused_with_file_and_line(tmp_path, old, new, reason):
    path, number = broken_copy(tmp_path, old, new)
    with pytest.raises(CurationError) as caught:
        build(path)
    assert str(caught.value).startswith(f"{path}:{caught.value.line}: ")
    assert reason in caught.value.reason
    # the reported line is the broken one (or, for a quote-level problem, the quote it qualifies)
    assert caught.value.line in {number, number - 1}


def test_ambiguous_quote_asks_for_an_occurrence(tmp_path):
    path = tmp_path / f"{STEM}.txt"
    path.write_text('Canada is a: country\n  quote: in Canada\n', encoding="utf-8")
    with pytest.raises(CurationError, match=rf"^{path}:2: quote occurs 2 times .*occurrence: <1\.\.2>"):
        build(path)


def test_statement_without_quote_is_refused(tmp_path):
    path = tmp_path / f"{STEM}.txt"
    path.write_text('# comment\n\nFrance is a: country\n', encoding="utf-8")
    with pytest.raises(CurationError, match=rf"^{path}:3: statement has no quote"):
        build(path)


def test_indented_line_before_any_statement_is_refused(tmp_path):
    path = tmp_path / f"{STEM}.txt"
    path.write_text('  quote: France\n', encoding="utf-8")
    with pytest.raises(CurationError, match=rf"^{path}:1: indented line before any statement"):
        build(path)


def test_curation_without_its_document_is_refused(tmp_path):
    (tmp_path / "999_missing.txt").write_text("France is a: country\n  quote: France\n", encoding="utf-8")
    with pytest.raises(CurationError, match=r"999_missing.txt:1: no document 999_missing.txt"):
        curate_corpus(tmp_path, CORPUS)


def test_first_error_stops_the_build_and_returns_nothing(tmp_path):
    """A corpus build with one broken file raises: no partial dataset reaches the caller."""
    for stem in STEMS:
        (tmp_path / f"{stem}.txt").write_text((CURATION / f"{stem}.txt").read_text(encoding="utf-8"), encoding="utf-8")
    broken = tmp_path / f"{STEMS[-1]}.txt"
    broken.write_text(broken.read_text(encoding="utf-8") + "Nowhere is a: country\n  quote: Atlantis\n",
                      encoding="utf-8")
    result = None
    with pytest.raises(CurationError, match="quote not found"):
        result = curate_corpus(tmp_path, CORPUS)
    assert result is None

"""Curated statements: the five curation files build, every quote lands on the exact characters of
its document, every statement has a source (its quotes or a curator's reason), hedges survive as
qualifiers, one resource keeps one label across files, and every kind of bad input is refused with
the file and line that caused it (so a domain expert can fix it without reading Python)."""

from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS

from ickg.namespaces import ASSERTED_GRAPH, ICKG, ID, OA, PROVENANCE_GRAPH, SCHEME
from ickg.curate.builder import curate_corpus, curate_document
from ickg.curate.fileformat import CurationError
from ickg.curate.quotes import LocatedText
from ickg.mint import document_iri, statement_iri

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "graph_data" / "corpus"
CURATION = ROOT / "graph_data" / "curation"
STEMS = sorted(p.stem for p in CORPUS.glob("*.txt"))
PUBLICATION = URIRef("https://w3id.org/ickg/id/publication/test")


@pytest.fixture(scope="module")
def curated():
    return curate_corpus(CURATION, CORPUS)


def quote(prov, evidence):
    """The words an evidence annotation quotes: its document's text at its offsets (the corpus
    file named by the document's IRI)."""
    stem = str(prov.value(evidence, OA.hasSource)).rsplit("/", 1)[-1]
    text = (CORPUS / f"{stem}.txt").read_text(encoding="utf-8")
    return text[int(prov.value(evidence, OA.start)):int(prov.value(evidence, OA.end))]


def statement_evidence(dataset, s, p, o):
    """(exact quote, hedge cue, qualifier) of each evidence annotation of the triple s p o."""
    prov = dataset.graph(PROVENANCE_GRAPH)
    out = set()
    for statement in prov.subjects(RDF.subject, s):
        if (statement, RDF.predicate, p) in prov and (statement, RDF.object, o) in prov:
            for evidence in prov.objects(statement, ICKG.hasEvidence):
                exact = quote(prov, evidence)
                hedge = prov.value(evidence, ICKG.hedgeCue)
                qualifier = prov.value(evidence, ICKG.claimQualifier)
                out.add((exact, hedge and str(hedge), qualifier))
    return out


def test_every_document_has_a_curation_file():
    assert sorted(p.stem for p in CURATION.glob("*.txt")) == STEMS


def test_the_audit_goes_through_every_document_section_by_section():
    audit = (CURATION / "AUDIT.md").read_text(encoding="utf-8")
    for stem in STEMS:
        part = audit.split(f"## {stem}", 1)[1].split("\n## ", 1)[0]
        assert part.count("\n### ") >= 6, stem  # its sections, each with what was drawn or why not


def test_every_quote_is_the_text_at_its_offsets(curated):
    prov = curated.graph(PROVENANCE_GRAPH)
    texts = {document_iri(stem): (CORPUS / f"{stem}.txt").read_text(encoding="utf-8") for stem in STEMS}
    checked = 0
    for evidence in set(prov.objects(None, ICKG.hasEvidence)):
        text = texts[prov.value(evidence, OA.hasSource)]
        start, end = int(prov.value(evidence, OA.start)), int(prov.value(evidence, OA.end))
        assert 0 <= start < end <= len(text)
        assert prov.value(evidence, OA.exact) is None  # the words are the text at the offsets
        checked += 1
    assert checked > 500


def test_every_asserted_triple_has_a_quote_or_a_curators_reason(curated):
    asserted, prov = curated.graph(ASSERTED_GRAPH), curated.graph(PROVENANCE_GRAPH)
    sourced, decided = set(), 0
    for st in set(prov.subjects(RDF.subject, None)):
        triple = (prov.value(st, RDF.subject), prov.value(st, RDF.predicate), prov.value(st, RDF.object))
        if prov.value(st, ICKG.hasEvidence) is not None:
            sourced.add(triple)
        for source in prov.objects(st, PROV.wasDerivedFrom):
            if (source, RDF.type, ICKG.EditorialDecision) in prov:
                assert str(prov.value(source, RDFS.comment)).strip(), source  # a decision gives its reason
                sourced.add(triple)
                decided += 1
    assert [t for t in asserted if t not in sourced] == []
    assert decided > 20  # editorial notes, descriptive labels, Leutz degrees, evidence levels...


def test_an_editorial_note_is_the_curators_decision_not_a_quote(curated):
    prov = curated.graph(PROVENANCE_GRAPH)
    regions = ID["organization/danish-regions"]
    (note,) = curated.graph(ASSERTED_GRAPH).objects(regions, SKOS.editorialNote)
    (st,) = [s for s in prov.subjects(RDF.subject, regions)
             if (s, RDF.predicate, SKOS.editorialNote) in prov and (s, RDF.object, note) in prov]
    assert prov.value(st, ICKG.hasEvidence) is None
    (decision,) = prov.objects(st, PROV.wasDerivedFrom)
    assert (decision, RDF.type, ICKG.EditorialDecision) in prov
    assert "002_97ad98835d2d9538.txt, line" in str(prov.value(decision, RDFS.label))


def test_hedged_denmark_keeps_its_cue_and_qualifier(curated):
    denmark = ID["jurisdiction/denmark"]
    evidence = statement_evidence(curated, denmark, ICKG.exemplifies, SCHEME["policy-paper/systemic-integration"])
    assert evidence == {("The best system integration example is likely Denmark", "likely",
                         SCHEME["qualifier/hedged"])}


def test_hope_and_preliminary_evidence_are_qualified(curated):
    ifm = ID["program/integrated-funding-models"]
    (exact, hedge, qualifier), = statement_evidence(curated, ifm, ICKG.hasGoal, ID["goal/cost-savings"])
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


def test_one_study_per_publication(curated):
    g = curated.graph(ASSERTED_GRAPH)
    studies = {}
    for study, publication in g.subject_objects(ICKG.reportedIn):
        studies.setdefault(publication, set()).add(study)
    assert studies == {
        ID["publication/pmid-21954371"]: {ID["study/policy-developments-analysis"]},
        ID["publication/10-5334-ijic-3500"]: {ID["study/ifm-evaluation"]},
        ID["publication/10-1111-1468-0009-12349"]: {ID["study/ifm-qualitative-study"]},
        ID["publication/002-97ad98835d2d9538"]: {ID["study/policy-paper-review"]}}
    # the 2018 study is the qualitative component of the 2017 evaluation: a curator's reasoned link
    assert (ID["study/ifm-qualitative-study"], DCTERMS.isPartOf, ID["study/ifm-evaluation"]) in g


def test_a_finding_both_papers_report_is_one_node_with_the_quotes_of_both(curated):
    prov = curated.graph(PROVENANCE_GRAPH)
    documents = set()
    for st in prov.subjects(RDF.object, ID["finding/trust-finding"]):
        if (st, RDF.predicate, ICKG.reportsFinding) in prov:
            documents |= {prov.value(e, OA.hasSource) for e in prov.objects(st, ICKG.hasEvidence)}
    assert documents == {document_iri("001_81305ce44554847e"), document_iri("004_714a4477d575d092")}


def test_one_resource_keeps_one_label_across_files(curated):
    g = curated.graph(ASSERTED_GRAPH)
    trust = ID["mechanism/trust-building"]
    assert set(g.objects(trust, RDFS.label)) == {Literal("trust-building")}  # corpus/001, read first
    assert Literal("building trust") in set(g.objects(trust, SKOS.altLabel))  # corpus/004's words
    usa = ID["jurisdiction/united-states"]  # the gazetteer names it (extraction asserts that label)
    assert set(g.objects(usa, RDFS.label)) <= {Literal("United States")}
    assert Literal("United States of America") in set(g.objects(usa, SKOS.altLabel))
    labels = {}
    for s, label in g.subject_objects(RDFS.label):
        labels.setdefault(s, set()).add(label)
    assert {s: ls for s, ls in labels.items() if len(ls) > 1} == {}


def test_a_triple_the_ontology_holds_is_not_asserted_again_but_keeps_its_quotes(curated):
    triple = (SCHEME["gken/clinical-integration"], ICKG.atLevel, SCHEME["level/micro"])
    assert triple not in curated.graph(ASSERTED_GRAPH)
    prov = curated.graph(PROVENANCE_GRAPH)
    (st,) = [x for x in prov.subjects(RDF.subject, triple[0])
             if (x, RDF.predicate, triple[1]) in prov and (x, RDF.object, triple[2]) in prov]
    assert len(set(prov.objects(st, ICKG.hasEvidence))) == 2  # the page lists the levels twice


def test_a_statement_is_qualified_only_when_no_quote_states_it_flatly(curated):
    prov = curated.graph(PROVENANCE_GRAPH)

    def statement(s, p, o):
        (st,) = [x for x in prov.subjects(RDF.subject, s) if (x, RDF.predicate, p) in prov and (x, RDF.object, o) in prov]
        return st
    denmark = statement(ID["jurisdiction/denmark"], ICKG.exemplifies, SCHEME["policy-paper/systemic-integration"])
    assert prov.value(denmark, ICKG.claimQualifier) == SCHEME["qualifier/hedged"]
    assert str(prov.value(denmark, ICKG.hedgeCue)) == "likely"
    # the IFM evaluation's link to the 2018 study has a flat quote: no qualifier on the statement
    flat = statement(ID["program/integrated-funding-models"], ICKG.hasFundingModel, ID["funding-model/bundled-care"])
    assert prov.value(flat, ICKG.claimQualifier) is None


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
    assert any("is is a foundation" in quote(prov, e) for e in set(prov.objects(None, ICKG.hasEvidence)))


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


def test_a_reason_stands_for_a_quote_and_becomes_an_editorial_decision(tmp_path):
    path = tmp_path / f"{STEM}.txt"
    path.write_text('PRISMA is a: care model "PRISMA"\n  quote: PRISMA model in Canada\n'
                    'PRISMA has integration degree: leutz/coordination\n  because: its components are coordination tools\n',
                    encoding="utf-8")
    dataset = build(path)
    prov = dataset.graph(PROVENANCE_GRAPH)
    triple = (ID["program/prisma"], ICKG.hasIntegrationDegree, SCHEME["leutz/coordination"])
    assert triple in dataset.graph(ASSERTED_GRAPH)
    (decision,) = prov.subjects(RDF.type, ICKG.EditorialDecision)
    assert (statement_iri(*triple), PROV.wasDerivedFrom, decision) in prov
    assert str(prov.value(decision, RDFS.comment)) == "its components are coordination tools"
    assert str(prov.value(decision, RDFS.label)) == f"curator's decision ({STEM}.txt, line 4)"  # the reason's line


def test_a_descriptive_label_needs_unnamed(tmp_path):
    path = tmp_path / f"{STEM}.txt"
    path.write_text('France is a: country\n  quote: Health Facility Integration in France\n  label: the French\n',
                    encoding="utf-8")
    with pytest.raises(CurationError, match=rf"^{path}:3: 'label:' gives a descriptive name.*unnamed"):
        build(path)


def test_a_typed_value_must_be_valid(tmp_path):
    path = tmp_path / f"{STEM}.txt"
    path.write_text('@publication publication date: "2011-13"^^xsd:gYearMonth\n  quote: PRISMA model in Canada\n',
                    encoding="utf-8")
    with pytest.raises(CurationError, match=r"'2011-13' is not a valid xsd:gYearMonth"):
        build(path)


def test_a_text_value_must_be_words_of_its_quote(tmp_path):
    path = tmp_path / f"{STEM}.txt"
    path.write_text('@publication keyword: "Atlantis"\n  quote: PRISMA model in Canada\n', encoding="utf-8")
    with pytest.raises(CurationError, match=r"'Atlantis' does not occur in the quotes"):
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

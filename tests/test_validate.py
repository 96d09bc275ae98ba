"""Validation: the built graph conforms, and each kind of defect a researcher could be misled by
(a quote that is not the text at its offsets, reversed offsets, an unplaced program, a nameless
person, a recommendation to no one, a publication without its record, a count that is not a
number) is reported in words, by `validate()` and by `ickg validate`."""

from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import FOAF, RDF, RDFS, XSD

from ickg.cli import cli
from ickg.namespaces import ASSERTED_GRAPH, FABIO, ICKG, ID, MENTIONS_GRAPH, OA, PROVENANCE_GRAPH
from ickg.curate.builder import curate_corpus
from ickg.extract.document import extract
from ickg.model.populate import record_quads
from ickg.validate.shacl import validate

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "graph_data" / "corpus"
CURATION = ROOT / "graph_data" / "curation"


@pytest.fixture(scope="module")
def quads():
    """Extraction + curation of the whole corpus, as a list of quads to copy per test."""
    dataset = curate_corpus(CURATION, CORPUS)
    out = list(dataset.quads((None, None, None, None)))
    for path in sorted(CORPUS.glob("*.txt")):
        out.extend(record_quads(extract(path)))
    return out


def fresh(quads):
    dataset = Dataset()
    for quad in quads:
        dataset.add(quad)
    return dataset


def test_the_built_graph_conforms(quads):
    report = validate(fresh(quads))
    assert report.conforms, report.text()
    assert report.messages == []


def quoting(prov, words):
    """The evidence annotation whose offsets hold ``words`` in its document's text."""
    for _, evidence in prov.subject_objects(ICKG.hasEvidence):
        text = str(prov.value(prov.value(evidence, OA.hasSource), ICKG.fullText))
        if text[int(prov.value(evidence, OA.start)):int(prov.value(evidence, OA.end))] == words:
            return evidence
    raise LookupError(words)


def one_position(dataset):
    """The evidence annotation for the hedged Denmark claim (its document and offsets are on it)."""
    prov = dataset.graph(PROVENANCE_GRAPH)
    quote = quoting(prov, "The best system integration example is likely Denmark")
    return prov, quote, quote


STRAY = URIRef(ID["publication/stray"])


@pytest.fixture(scope="module")
def defective(quads):
    """One copy of the graph with one defect of each kind (one validation run keeps the tests fast)."""
    dataset = fresh(quads)
    prov, quote, _ = one_position(dataset)
    length = len(str(prov.value(prov.value(quote, OA.hasSource), ICKG.fullText)))
    prov.set((quote, OA.end, Literal(length + 5, datatype=XSD.nonNegativeInteger)))
    # a second evidence: end == start
    position = quoting(prov, "Case management services;")
    prov.set((position, OA.end, Literal(int(prov.value(position, OA.start)), datatype=XSD.nonNegativeInteger)))
    # a mention span past the end of its document
    mentions = dataset.graph(MENTIONS_GRAPH)
    mention, span = next(iter(sorted(mentions.subject_objects(ICKG.span))))
    mentions.remove((mention, ICKG.span, span))
    mentions.add((mention, ICKG.span, Literal(f"{length}-{length + 7}")))
    asserted = dataset.graph(ASSERTED_GRAPH)
    asserted.remove((ID["program/prisma"], ICKG.locatedIn, None))
    asserted.remove((ID["person/koller-c"], FOAF.name, None))
    asserted.remove((ID["recommendation/recommendation-2"], ICKG.addressedTo, None))
    asserted.add((STRAY, RDF.type, FABIO.JournalArticle))
    study = ID["study/ifm-evaluation"]
    asserted.remove((study, ICKG.samplePerProgram, None))
    asserted.add((study, ICKG.samplePerProgram, Literal("six")))
    return validate(dataset)


def test_quote_whose_offsets_fall_outside_its_document_is_reported(defective):
    assert not defective.conforms
    assert any("offsets" in m and "fall outside" in m for m in defective.messages), defective.text()


def test_mention_span_outside_its_document_is_reported(defective):
    assert any("span '" in m and "is not inside" in m for m in defective.messages), defective.text()


def test_reversed_offsets_are_reported(defective):
    assert any("oa:start" in m and "below its end" in m for m in defective.messages), defective.text()


def test_program_without_place_or_note_is_reported(defective):
    assert any(m.startswith("PRISMA <") and "must be located in a jurisdiction" in m
               for m in defective.messages), defective.text()


def test_person_without_name_is_reported(defective):
    assert "<https://w3id.org/ickg/id/person/koller-c> foaf:name: a person needs a name" in defective.text()


def test_recommendation_without_addressee_is_reported(defective):
    assert any(m.startswith("Providers should support service level integration <") and "needs an addressee" in m
               for m in defective.messages), defective.text()


def test_publication_without_record_is_reported(defective):
    assert f"<{STRAY}>: a publication needs a record" in defective.text()


def test_count_that_is_not_a_number_is_reported(defective):
    assert any("ickg:samplePerProgram is one xsd:nonNegativeInteger" in m and "six" in m
               for m in defective.messages), defective.text()


def test_asserted_triples_without_a_source_are_reported(defective):
    """The planted triples come from no quote and no declared source: each is named."""
    unsourced = [m for m in defective.messages if "an asserted triple without a source" in m]
    assert len(unsourced) == 2, defective.text()
    assert any(m.startswith(f"<{STRAY}> rdf:type") for m in unsourced)
    assert any("ickg:samplePerProgram \"six\"" in m for m in unsourced)


def test_every_asserted_triple_of_the_built_graph_has_a_source(built_data_dir):
    """The whole seed graph as ``ickg build`` builds it (extraction, gazetteer, curation): no
    asserted triple lacks a quote or a declared non-document source, and each declared source says
    what it is. Read from the release files the build wrote (the store keeps integer subtypes such
    as xsd:positiveInteger as xsd:integer, so its triples do not give back their statement IRIs)."""
    from rdflib.namespace import DCTERMS, PROV

    from ickg.build.release import RELEASE_GRAPHS
    from ickg.mint import statement_iri
    from ickg.namespaces import ASSERTED_GRAPH
    from ickg.validate.evidence import check_sources

    import pyoxigraph as ox

    dataset, store = Dataset(), ox.Store()
    for name, graph in RELEASE_GRAPHS.items():
        if graph in (ASSERTED_GRAPH, PROVENANCE_GRAPH):
            dataset.graph(graph).parse(built_data_dir[0] / "release" / name, format="turtle")
            store.load(path=built_data_dir[0] / "release" / name, format=ox.RdfFormat.TURTLE,
                       to_graph=ox.NamedNode(str(graph)))
    assert check_sources(store) == []
    asserted, prov = dataset.graph(ASSERTED_GRAPH), dataset.graph(PROVENANCE_GRAPH)
    kinds = {"quote": 0, "reference": 0, "decision": 0}
    for s, p, o in asserted:
        st = statement_iri(s, p, o)
        kinds["quote"] += prov.value(st, ICKG.hasEvidence) is not None
        for src in prov.objects(st, PROV.wasDerivedFrom):
            if (src, RDF.type, ICKG.ReferenceSource) in prov:
                kinds["reference"] += 1
                assert prov.value(src, DCTERMS.source) is not None  # the gazetteer's reference
            elif (src, RDF.type, ICKG.EditorialDecision) in prov:
                kinds["decision"] += 1
                assert str(prov.value(src, RDFS.comment)).strip()  # the reason
    assert len(asserted) > 900 and all(n > 10 for n in kinds.values()), kinds


def test_defects_elsewhere_are_not_reported(defective):
    """Only the planted defects are reported: nothing else in the graph is blamed."""
    assert len(defective.messages) == 10, defective.text()  # the offsets, the reversed ones, the span, and the rest


def test_cli_validate_reports_and_exits_non_zero(tmp_path):
    path = tmp_path / "broken.nq"
    path.write_text("<https://w3id.org/ickg/id/person/nobody> "
                    "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://xmlns.com/foaf/0.1/Person> "
                    "<https://w3id.org/ickg/graph/asserted> .\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["validate", str(path)])
    assert result.exit_code == 1
    assert "person/nobody> foaf:name: a person needs a name" in result.output


def test_cli_validate_builds_a_data_dir_and_passes(tmp_path):
    data = tmp_path / "data"
    (data / "corpus").mkdir(parents=True)
    (data / "curation").mkdir()
    stem = "003_2e7f07f9be8b457e"
    (data / "corpus" / f"{stem}.txt").write_bytes((CORPUS / f"{stem}.txt").read_bytes())
    (data / "curation" / f"{stem}.txt").write_bytes((CURATION / f"{stem}.txt").read_bytes())
    result = CliRunner().invoke(cli, ["validate", "--data-dir", str(data)])
    assert result.exit_code == 0, result.output
    assert "valid" in result.output


def test_cli_validate_names_a_bad_curation_line(tmp_path):
    data = tmp_path / "data"
    (data / "corpus").mkdir(parents=True)
    (data / "curation").mkdir()
    stem = "003_2e7f07f9be8b457e"
    (data / "corpus" / f"{stem}.txt").write_bytes((CORPUS / f"{stem}.txt").read_bytes())
    (data / "curation" / f"{stem}.txt").write_text("France is a: country\n  quote: Atlantis\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["validate", "--data-dir", str(data)])
    assert result.exit_code == 1
    assert f"{stem}.txt:2: quote not found in {stem}.txt: 'Atlantis'" in result.output


def test_stored_words_and_missing_texts_are_reported_by_the_quote_check():
    """The quote check's other branches, on a store of a few quads: a quote, prefix or suffix
    stored as words that are not the document's characters there, and a quote or a mention span
    whose document has no text (each reported once, in words)."""
    import pyoxigraph as ox

    from ickg.validate.evidence import check_evidence

    doc, bare = ox.NamedNode("https://example.org/doc"), ox.NamedNode("https://example.org/bare")
    ev = [ox.NamedNode(f"https://example.org/e{i}") for i in range(3)]
    st = ox.NamedNode("https://example.org/statement")
    mention = ox.NamedNode("https://example.org/mention")

    def p(base, name):
        return ox.NamedNode(str(base) + name)

    def n(value):
        return ox.Literal(str(value), datatype=ox.NamedNode(str(XSD.nonNegativeInteger)))

    store = ox.Store()
    quads = [(doc, p(ICKG, "fullText"), ox.Literal("The quick brown fox jumps."))]
    for e, source, (start, end) in zip(ev, (doc, doc, bare), ((4, 9), (10, 15), (0, 3))):
        quads += [(st, p(ICKG, "hasEvidence"), e), (e, p(OA, "hasSource"), source),
                  (e, p(OA, "start"), n(start)), (e, p(OA, "end"), n(end))]
    quads += [(ev[0], p(OA, "exact"), ox.Literal("slow")),                 # the text says "quick"
              (ev[1], p(OA, "prefix"), ox.Literal("quack ")),              # before "brown": "quick "
              (ev[1], p(OA, "suffix"), ox.Literal(" fox")),                # right
              (mention, p(ICKG, "span"), ox.Literal("0-3")), (mention, p(OA, "hasSource"), bare)]
    store.extend(ox.Quad(*q, ox.DefaultGraph()) for q in quads)
    problems = check_evidence(store, default_graph="union")
    assert problems == sorted([
        "<https://example.org/e0>: quote 'slow' is not the text at 4-9 of <https://example.org/doc>, "
        "which reads 'quick'",
        "<https://example.org/e1>: prefix 'quack ' does not precede the quote in <https://example.org/doc>",
        "<https://example.org/e2>: its document <https://example.org/bare> has no ickg:fullText, so its "
        "quote cannot be checked",
        "<https://example.org/mention>: its document <https://example.org/bare> has no ickg:fullText, so "
        "its spans cannot be checked"]), problems


def test_quotes_are_asked_without_the_words_joins_only_where_no_quote_is_stored_as_words():
    """check_evidence leaves out the left joins of oa:exact, oa:prefix and oa:suffix when the
    store holds none of them (the extraction workers' chunks): the same rows, the same report;
    one suffix anywhere brings them back, and it is checked."""
    import pyoxigraph as ox

    from ickg.validate import evidence

    def node(name):
        return ox.NamedNode(name if ":" in name else "https://example.org/" + name)

    def n(value):
        return ox.Literal(str(value), datatype=ox.NamedNode(str(XSD.nonNegativeInteger)))

    store = ox.Store()
    quads = [(node("doc"), node(f"{ICKG}fullText"), ox.Literal("The quick brown fox jumps."))]
    for name, (start, end) in {"fits": (4, 9), "past": (20, 40), "reversed": (9, 4)}.items():
        quads += [(node("statement"), node(f"{ICKG}hasEvidence"), node(name)),
                  (node(name), node(f"{OA}hasSource"), node("doc")),
                  (node(name), node(f"{OA}start"), n(start)), (node(name), node(f"{OA}end"), n(end))]
    store.extend(ox.Quad(*q, ox.DefaultGraph()) for q in quads)

    def rows(words):
        query = evidence._SUSPECT_QUOTES % {"among": "", "words": words}
        return sorted(tuple(str(v) for v in row) for row in store.query(query, prefixes=evidence._PREFIXES,
                                                                        use_default_graph_as_union=True))

    assert rows("") == rows(evidence._QUOTE_WORDS) and len(rows("")) == 1
    assert evidence.check_evidence(store, default_graph="union") == [
        "<https://example.org/past>: offsets 20-40 fall outside <https://example.org/doc> (26 characters)"]
    store.add(ox.Quad(node("fits"), node(f"{OA}suffix"), ox.Literal(" jumps"), ox.DefaultGraph()))
    assert evidence.check_evidence(store, default_graph="union") == [
        "<https://example.org/fits>: suffix ' jumps' does not follow the quote in <https://example.org/doc>",
        "<https://example.org/past>: offsets 20-40 fall outside <https://example.org/doc> (26 characters)"]

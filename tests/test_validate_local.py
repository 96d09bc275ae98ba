"""Validation per document (``ickg.validate.local``): the build checks each document's annotations
and statements in the extraction workers and leaves the store only what the rest of the data
touches. Its verdict must be the whole store's: a defective document still fails the build with
the store's report, word for word, and so does a defect another file brings to a document's
annotation (an import giving a second end, a second text)."""

import logging
import re
import shutil
import sys
from pathlib import Path

import pytest

import ickg.model.populate as populate
from ickg.build.stages import BuildError, build_dataset
from ickg.curate.builder import curation_files
from ickg.extract.document import extract
from ickg.validate import local
from ickg.validate.shacl import validate_store

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import synthetic  # noqa: E402

NNI = "<http://www.w3.org/2001/XMLSchema#nonNegativeInteger>"
END = re.compile(r'(<\S+/evidence/\S+> <http://www\.w3\.org/ns/oa#end> )"(\d+)"\^\^' + re.escape(NNI))
START = re.compile(r'(<\S+/evidence/\S+> <http://www\.w3\.org/ns/oa#start> )"(\d+)"\^\^' + re.escape(NNI))
SPAN = re.compile(r'(<\S+/mention/\S+> <https://w3id\.org/ickg/ontology/span> )"(\d+)-(\d+)"')


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("local") / "corpus"
    synthetic.write_corpus(folder, 6, seed=4)
    return folder


@pytest.fixture
def data(corpus, tmp_path):
    shutil.copytree(corpus, tmp_path / "data" / "corpus")
    return tmp_path / "data"


@pytest.fixture
def checks(monkeypatch):
    """What the per-document check said of each chunk (the build runs it in this process)."""
    said, conform = [], local.documents_conform

    def spy(texts):
        said.append(conform(texts))
        return said[-1]

    monkeypatch.setattr(local, "documents_conform", spy)
    return said


def progress(caplog):
    return [r.getMessage() for r in caplog.records if r.name == "ickg.build.progress"]


def store_report(data, tmp_path):
    """The whole store's report on the same data, every check on the store (as before)."""
    build = build_dataset(data, validate=False, reason=False, proposals=False, processes=1,
                          store_path=tmp_path / "whole-store")
    try:
        return validate_store(build.store)
    finally:
        build.close_store()


def first_document_text_changed(monkeypatch, first_stem, change):
    """Have the build's writer change the first document's text (as a defective writer would)."""
    record_text = populate.record_text

    def defective(record):
        out = record_text(record)
        if record.stem == first_stem:
            changed = change(out.text)
            assert changed != out.text
            out.text = changed
        return out

    monkeypatch.setattr(populate, "record_text", defective)


def document_asserting_an_unsourced_label(monkeypatch, stem):
    """Have the build's writer add to document ``stem`` an asserted label that no quote or
    declared source supports (as a defective writer would)."""
    from rdflib import Literal, URIRef

    from ickg.namespaces import ASSERTED_GRAPH, RDFS

    record_text = populate.record_text

    def unsourced(record):
        out = record_text(record)
        if record.stem == stem:  # as quads and as the N-Quads lines the worker sends (RecordText)
            quad = (URIRef(str(record.iri)), RDFS.label, Literal("no quote says so"), ASSERTED_GRAPH)
            out.asserted.append(quad)
            out.asserted_text += populate.asserted_text([quad])
        return out

    monkeypatch.setattr(populate, "record_text", unsourced)


def test_a_conforming_build_checks_every_document_as_it_is_extracted(data, checks, caplog):
    caplog.set_level(logging.INFO, logger="ickg.build.progress")
    build = build_dataset(data, reason=False, proposals=False, processes=1)
    assert build.validation.conforms
    assert checks and all(checks)
    assert "validate: 6 documents' annotations checked as extracted, 0 nodes left to check on the store" \
        in progress(caplog)
    # the store's own checks agree
    assert validate_store(build.store).conforms
    build.close_store()


DEFECTS = {
    # a quote whose end falls outside its document
    "quote outside the text": (END, lambda m: f'{m.group(1)}"{10 ** 6}"^^{NNI}'),
    # a quote whose start is not below its end (a shape's sh:lessThan)
    "reversed range": (START, lambda m: f'{m.group(1)}"{10 ** 5}"^^{NNI}'),
    # a mention span past the end of its document
    "span outside the text": (SPAN, lambda m: f'{m.group(1)}"{m.group(2)}-{10 ** 6}"'),
}


@pytest.mark.parametrize("defect", sorted(DEFECTS))
def test_a_defective_document_fails_the_build_with_the_stores_report(defect, data, checks, monkeypatch, tmp_path):
    first = sorted(p.stem for p in (data / "corpus").iterdir())[0]
    pattern, replacement = DEFECTS[defect]
    changed = []

    def change(text):
        changed.append(pattern.search(text).group(1).split()[0])
        return pattern.sub(replacement, text, count=1)

    first_document_text_changed(monkeypatch, first, change)
    with pytest.raises(BuildError) as failed:
        build_dataset(data, reason=False, proposals=False, processes=1)
    assert False in checks  # the document's own check found it
    expected = store_report(data, tmp_path)
    assert not expected.conforms
    assert str(failed.value) == f"validate: the graph does not conform:\n{expected}"
    assert changed[0] in str(failed.value)  # the message names the annotation


def evidence_of(data):
    """The first evidence annotation of the first document, and that document's IRI."""
    path = sorted((data / "corpus").iterdir())[0]
    record = extract(path)
    text = populate.record_text(record).text
    return END.search(text).group(1).split()[0], f"<{record.iri}>"


IMPORTS = {
    # a second end for an annotation a worker checked: more than one value, and a quote outside
    "a second end": lambda evidence, document: f'{evidence} <http://www.w3.org/ns/oa#end> "999999"^^{NNI} .\n',
    # a second, shorter text for a document: its annotations' quotes fall outside it
    "a second text": lambda evidence, document: f'{document} <https://w3id.org/ickg/ontology/fullText> "short" .\n',
}


@pytest.mark.parametrize("what", sorted(IMPORTS))
def test_an_import_about_a_checked_annotation_fails_the_build_with_the_stores_report(what, data, checks, caplog,
                                                                                       tmp_path):
    caplog.set_level(logging.INFO, logger="ickg.build.progress")
    (data / "imports").mkdir()
    (data / "imports" / "extra.nt").write_text(IMPORTS[what](*evidence_of(data)), encoding="utf-8")
    with pytest.raises(BuildError) as failed:
        build_dataset(data, reason=False, proposals=False, processes=1)
    assert checks and all(checks)  # every document passed its own check: the store found it
    left = [m for m in progress(caplog) if "checked as extracted" in m]
    assert left and not left[0].endswith(", 0 nodes left to check on the store")
    expected = store_report(data, tmp_path)
    assert not expected.conforms
    assert str(failed.value) == f"validate: the graph does not conform:\n{expected}"


def test_curated_documents_are_checked_on_the_store(tmp_path, checks, caplog, monkeypatch):
    """Documents with a curation file stay in memory (their curated statements may repeat what
    extraction wrote): no worker checks them, so the store checks their annotations and the
    sources of what they assert, and finds an unsourced triple there as the whole store would."""
    caplog.set_level(logging.INFO, logger="ickg.build.progress")
    data = tmp_path / "data"
    shutil.copytree(ROOT / "graph_data" / "corpus", data / "corpus")
    shutil.copytree(ROOT / "graph_data" / "curation", data / "curation")
    synthetic.write_corpus(data / "corpus", 3, seed=4)
    curated = sorted(p.name.split(".")[0] for p in (data / "curation").iterdir())[0]
    document_asserting_an_unsourced_label(monkeypatch, curated)
    with pytest.raises(BuildError) as failed:
        build_dataset(data, reason=False, proposals=False, processes=1)
    assert checks and all(checks)  # the three synthetic documents passed; the curated one was not theirs
    left = [m for m in progress(caplog) if "checked as extracted" in m]
    assert left and left[0].startswith("validate: 3 documents' annotations checked as extracted, ")
    assert int(left[0].split(", ")[1].split()[0]) > 1000  # the curated documents' statements and annotations
    expected = store_report(data, tmp_path)
    assert str(failed.value) == f"validate: the graph does not conform:\n{expected}"
    assert "no quote says so" in str(failed.value)


def test_an_asserted_triple_without_a_source_fails_the_build_with_the_stores_report(data, checks, monkeypatch,
                                                                                    tmp_path):
    """A document asserting a triple it gives no quote or declared source for: its own check finds it."""
    first = sorted(p.stem for p in (data / "corpus").iterdir())[0]
    document_asserting_an_unsourced_label(monkeypatch, first)
    with pytest.raises(BuildError) as failed:
        build_dataset(data, reason=False, proposals=False, processes=1)
    assert False in checks
    expected = store_report(data, tmp_path)
    assert str(failed.value) == f"validate: the graph does not conform:\n{expected}"
    assert "no quote says so" in str(failed.value) and "an asserted triple without a source" in str(failed.value)


def chunk_text(corpus):
    """What a worker's chunk of the corpus wrote, as the check reads it."""
    chunk = populate.ChunkText()
    for path in sorted(corpus.iterdir()):
        out = populate.record_text(extract(path))
        chunk.add(out.text, out.statements.values(), populate.asserted_text(out.asserted))
    return b"".join(chunk.texts).decode("utf-8")


def any_row(text, queries):
    import pyoxigraph as ox

    store = ox.Store()
    store.load(input=text.encode("utf-8"), format=ox.RdfFormat.N_QUADS)
    return any(any(True for _ in store.query(q, use_default_graph_as_union=True)) for q in queries)


OA, ICKG_NS = "http://www.w3.org/ns/oa#", "https://w3id.org/ickg/ontology/"
RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
# Line-level defects, each failing one property screen of the local shapes: (the predicate of the
# first line it changes, what becomes of that line).
SCREENED_DEFECTS = {
    "an annotation without an end": (OA + "end", lambda line: ""),
    "an annotation with a second start": (OA + "start", lambda line: line + re.sub(r'"(\d+)"', '"99999"', line)),
    "an annotation whose source is no document": (OA + "hasSource",
                                                  lambda line: re.sub(r"/document/[^>]+>", "/document/none>", line)),
    "an annotation with a qualifier from no scheme": (
        OA + "start", lambda line: line + line.split(" ", 1)[0] + f" <{ICKG_NS}claimQualifier> <urn:x:q> "
                                          "<https://w3id.org/ickg/graph/provenance> .\n"),
    "a mention without a body": (OA + "hasBody", lambda line: ""),
    "a mention with an ill-formed span": (ICKG_NS + "span", lambda line: re.sub(r'"\d+-(\d+)"', r'"x-\1"', line)),
    "a statement with two objects": (RDF_NS + "object", lambda line: line + re.sub(r" (\S+) (<\S+>) \.\n$",
                                                                                  r' "another" \2 .\n', line)),
    "a statement without a predicate": (RDF_NS + "predicate", lambda line: ""),
}


@pytest.mark.parametrize("defect", sorted(SCREENED_DEFECTS))
def test_the_merged_screens_find_a_defect_exactly_when_the_property_screens_do(defect, corpus):
    screens, _ = local._screened()
    each = list(dict.fromkeys(c.screen for c in local._local_checks() if c.screen is not None))
    assert len(screens) < len(each)  # merged, not copied
    text = chunk_text(corpus)
    assert not any_row(text, each) and not any_row(text, screens)
    predicate, change = SCREENED_DEFECTS[defect]
    lines = text.splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines) if line.split(" ", 2)[1] == f"<{predicate}>")
    lines[at] = change(lines[at])
    defective = "".join(lines)
    assert any_row(defective, each)
    assert any_row(defective, screens)
    assert not local.documents_conform([defective])


PROV_NS = "http://www.w3.org/ns/prov#"
# Line-level defects that only checks no property screen stood for find (each ran on its own):
# the merged screens now stand for them too.
UNSCREENED_DEFECTS = {
    "an annotation whose start is not below its end": (
        OA + "start", lambda line: re.sub(r'"(\d+)"', '"99999"', line)),
    "an annotation whose hedge cue is no string": (
        OA + "start", lambda line: line + line.split(" ", 1)[0] + f" <{ICKG_NS}hedgeCue> <urn:x:cue> "
                                          "<https://w3id.org/ickg/graph/provenance> .\n"),
    "a statement derived from a source of no declared kind": (
        PROV_NS + "wasDerivedFrom", lambda line: re.sub(r" <[^>]+> (<\S+>) \.\n$", r" <urn:x:nobody> \1 .\n", line)),
    "a statement with neither a quote nor a declared source": (
        RDF_NS + "subject", lambda line: line + re.sub(r"^<[^>]+>", "<urn:x:statement>", line)),
}


@pytest.mark.parametrize("defect", sorted(UNSCREENED_DEFECTS))
def test_the_merged_screens_find_a_defect_only_an_unscreened_check_found(defect, corpus):
    checks = local._local_checks()
    screens, unscreened = local._screened()
    alone = [c.query for c in checks if c.screen is None]  # the checks that ran on every chunk
    assert alone and not unscreened  # each now has a part in a merged screen
    text = chunk_text(corpus)
    assert not any_row(text, alone) and not any_row(text, screens)
    predicate, change = UNSCREENED_DEFECTS[defect]
    lines = text.splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines) if line.split(" ", 2)[1] == f"<{predicate}>")
    lines[at] = change(lines[at])
    defective = "".join(lines)
    assert any_row(defective, alone)
    assert any_row(defective, screens)
    assert not local.documents_conform([defective])


def test_a_screen_of_another_form_is_kept_as_it_is():
    from ickg.validate.shapes import Check

    odd = "SELECT ?focus WHERE { ?focus <urn:x:p> ?value FILTER(!BOUND(?value)) } LIMIT 1"
    assert local.merged_screens([Check("urn:x:s", None, "m", "SELECT ?focus {}", False, odd)]) == (odd,)


def test_when_every_document_is_curated_no_local_check_is_made_and_the_store_checks_all(tmp_path, checks, caplog,
                                                                                       monkeypatch):
    """The seed corpus: every document has a curation file, so none is spooled and no worker
    could check one; the build does not make the local checks and the store runs every check,
    finding a curated document's unsourced triple with the whole store's report. (That the same
    corpus and curation build and conform without the defect is the session's seed build,
    ``built_data_dir``: ``ickg build`` fails on a graph that does not conform.)"""
    caplog.set_level(logging.INFO, logger="ickg.build.progress")
    data = tmp_path / "data"
    shutil.copytree(ROOT / "graph_data" / "corpus", data / "corpus")
    shutil.copytree(ROOT / "graph_data" / "curation", data / "curation")
    curated = sorted(p.name.split(".")[0] for p in curation_files(data / "curation"))
    assert sorted(p.stem for p in (data / "corpus").iterdir()) == curated
    document_asserting_an_unsourced_label(monkeypatch, curated[0])
    with pytest.raises(BuildError) as failed:
        build_dataset(data, reason=False, proposals=False, processes=1)
    assert checks == []  # no chunk was checked
    assert not [m for m in progress(caplog) if "checked as extracted" in m]
    expected = store_report(data, tmp_path)
    assert str(failed.value) == f"validate: the graph does not conform:\n{expected}"
    assert "no quote says so" in str(failed.value)

"""The bulk build's N-Quads text path says exactly what the rdflib reference path says.

:func:`ickg.model.populate.record_quads` (rdflib terms, :func:`~ickg.model.provenance.add_evidence`
and :func:`~ickg.model.provenance.add_mention`) is the reference; the bulk build writes the
mentions and provenance graphs as text (:func:`~ickg.model.populate.record_text`) from the
extraction workers into a spool file that the store bulk-loads. Both must give the same dataset,
for the corpus documents, for synthetic ones and for text that needs escaping; and a whole build
(with curated documents kept in memory beside spooled ones) must give the same quads, counts and
store as the stages put together by hand.
"""

import functools
import re
import shutil
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from ickg.namespaces import ASSERTED_GRAPH, IMPORT_GRAPH, ONTOLOGY_GRAPH, PROVENANCE_GRAPH
from ickg.curate.builder import curate_corpus
from ickg.curate.proposals import proposals_dataset_quads
from ickg.build import stages
from ickg.build.paths import corpus_paths
from ickg.build.publish import publish
from ickg.build.stages import BuildError, build_dataset, nquads_bytes
from ickg.reason.materialise import materialise
from ickg.extract.document import extract, publication_iri
from ickg.model.populate import record_quads, record_text
from ickg.resources import ontology_graph
from ickg.ntriples import nquads
from rdf_compare import canonical

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "graph_data" / "corpus"
CURATION = ROOT / "graph_data" / "curation"
sys.path.insert(0, str(ROOT / "benchmarks"))

import synthetic  # noqa: E402

AWKWARD = (
    'Title: "Integrated" care \\ at home:\r\n a C:\\path\ttest \u00e9t\u00e9 \U0001F3E5 evaluation\n'
    "Authors: Dubois A, Tremblay-Roy B\n"
    "Journal: Int J Integr Care. 2019;19(3):12-19. doi: 10.5334/ijic.\\\"4\n\n"
    'Abstract\nCase management in "Ontario" and Qu\u00e9bec supported clinical integration.\r\n'
    "Shared clinical records\\care pathways reduced barriers in Denmark.\n"
)


def ox_dataset(data):
    return set(ox.parse(data, format=ox.RdfFormat.N_QUADS))


def same_dataset(a, b):
    """Two N-Quads documents hold the same dataset: the same quads up to the names of their blank
    nodes (the ontology's lists; each parse names them anew), compared by canonical forms."""
    return canonical(ox_dataset(a)) == canonical(ox_dataset(b))


def text_path(record):
    out = record_text(record)
    return out, (out.text + "".join(out.statements.values())).encode("utf-8") + nquads(out.asserted)


# The records the text paths are checked on are extracted once per process, by the first test
# that asks, not at collection: every xdist worker collects every module, and extracting them
# there cost each worker seconds for tests that another worker runs.
SYNTHETIC = dict(synthetic.generate(15, seed=11))
RECORD_STEMS = [p.stem for p in sorted(CORPUS.glob("*.txt"))] + [n[:-4] for n in SYNTHETIC] + ["awkward"]
PROPOSAL_SOURCES = sorted((ROOT / "benchmarks" / "eval" / "documents").iterdir())[::3]
PROPOSAL_STEMS = [p.stem for p in PROPOSAL_SOURCES] + ["awkward"]


@functools.cache
def records():
    out = [extract(path) for path in sorted(CORPUS.glob("*.txt"))]
    out += [extract(text, stem=name[:-4]) for name, text in SYNTHETIC.items()]
    out.append(extract(AWKWARD, stem="awkward"))
    assert [r.stem for r in out] == RECORD_STEMS
    return tuple(out)


def record_named(stem, made=records):
    return next(r for r in made() if r.stem == stem)


@pytest.mark.parametrize("stem", RECORD_STEMS)
def test_text_path_writes_the_reference_quads(stem):
    record = record_named(stem)
    reference = nquads(record_quads(record))
    out, fast = text_path(record)
    # the same lines (both writers escape the same way) and the same parsed dataset
    assert set(fast.decode("utf-8").splitlines()) == set(reference.decode("utf-8").splitlines())
    assert ox_dataset(fast) == ox_dataset(reference)
    # each line of the text once, counted in its graph
    lines = out.text.splitlines()
    assert len(lines) == len(set(lines)) == sum(out.counts.values())
    assert not set(lines) & set("".join(out.statements.values()).splitlines())


def test_awkward_text_round_trips():
    record = extract(AWKWARD, stem="awkward")
    _, fast = text_path(record)
    texts = {q.object.value for q in ox_dataset(fast) if q.predicate.value.endswith("fullText")}
    assert texts == {AWKWARD}
    assert any('"Integrated"' in q.object.value for q in ox_dataset(fast) if isinstance(q.object, ox.Literal))


@pytest.mark.parametrize("stem", RECORD_STEMS)
def test_asserted_quads_come_back_from_their_text_as_the_same_terms(stem):
    """The workers send the asserted quads as N-Quads text (written as they are stated); the main
    process's rdflib terms are the ones the worker had (literals with escapes, datatypes and languages included), in order."""
    record = record_named(stem)
    from ickg.model.populate import Populated, asserted_text

    out = record_text(record)
    asserted = out.asserted
    # the lines the writer wrote as it stated the triples are those of the quads, each once, in order
    assert out.asserted_text == asserted_text(asserted)
    item = Populated(record.stem, None, None, out.asserted_text, {}, {})
    assert item.asserted == list(dict.fromkeys(asserted))
    assert [tuple(type(t) for t in q) for q in item.asserted] == [tuple(type(t) for t in q) for q in dict.fromkeys(asserted)]


def test_asserted_literals_with_line_separators_come_back_whole():
    """N-Quads escapes only LF and CR in a literal: a form feed (PDF text has them at page
    breaks), a vertical tab or U+2028 stays in the line, and the main process must not cut it
    there (``str.splitlines`` did: the build stopped with a ValueError)."""
    from rdflib import Literal, URIRef
    from ickg.model.populate import Populated, asserted_text

    quads = [(URIRef("https://w3id.org/ickg/id/publication/x"), URIRef("http://purl.org/dc/terms/title"),
              Literal(f"Integrated{sep}care"), URIRef(ASSERTED_GRAPH))
             for sep in ("\f", "\v", "\x1c", "\x85", "\u2028", "\u2029")]
    item = Populated("x", None, None, asserted_text(quads), {}, {})
    assert item.asserted == quads


@pytest.mark.parametrize("separator", ["\f", "\x85", "\u2028"])
def test_a_chunk_with_two_titles_holding_a_line_separator_is_checked_whole(separator, tmp_path):
    """Two documents of one worker's chunk with the same title holding a form feed (or U+0085,
    U+2028) but different publications: their asserted title lines share everything after the
    separator. The chunk's text (``ChunkText``) cut its asserted lines with ``str.splitlines``,
    kept the first document's tail as seen, left it out of the second's line, and the chunk's
    check could not parse what remained (``ickg build``: "internal error: SyntaxError")."""
    from ickg.model.populate import ChunkText
    from ickg.validate import local

    name, text = synthetic.generate(1, seed=3)[0]
    title = text.split("\n", 1)[0]
    records = []
    for n in range(2):
        changed = re.sub(r"PubMed ID\d+", f"PubMed ID{31000000 + n}", text.replace(title, title.replace(" ", separator, 1)))
        path = tmp_path / f"{n}-{name}"
        path.write_text(changed, encoding="utf-8")
        records.append(extract(path))
    assert all(separator in r.metadata.title.value for r in records)
    assert publication_iri(records[0]) != publication_iri(records[1])
    chunk, asserted = ChunkText(), []
    for record in records:
        out = record_text(record)
        chunk.add(out.text, out.statements.values(), out.asserted_text)
        asserted += [line + "\n" for line in out.asserted_text.split("\n") if line]
    held = set(ox_dataset(b"".join(chunk.texts)))
    assert all(quad in held for line in asserted for quad in ox_dataset(line.encode("utf-8")))
    assert local.documents_conform(chunk.texts)


@functools.cache
def proposal_records():
    out = tuple([extract(path) for path in PROPOSAL_SOURCES] + [extract(AWKWARD, stem="awkward")])
    assert [r.stem for r in out] == PROPOSAL_STEMS
    return out


@pytest.mark.parametrize("stem", PROPOSAL_STEMS)
def test_proposal_text_writes_the_reference_quads(stem):
    """The workers write each proposal as text (proposal_text): the very lines the rdflib
    reference (proposal_quads, then the spool's writer) makes, in the same order."""
    record = record_named(stem, proposal_records)
    from ickg.build.support import quads_text
    from ickg.curate.proposals import pending, proposal_quads, proposal_text

    proposals = [p for _, found in pending([record], None) for p in found]
    for proposal in proposals:
        assert proposal_text(record, proposal) == quads_text(proposal_quads(record, [proposal]))


def test_proposal_text_is_tested_on_hedged_proposals():
    from ickg.curate.proposals import pending

    proposals = [p for record in proposal_records() for _, found in pending([record], None) for p in found]
    assert len(proposals) > 50 and any(p.hedge for p in proposals)


def reference_build(data_dir):
    """The stages put together with the reference writer, as the build did before the text path."""
    quads = [(s, p, o, ONTOLOGY_GRAPH) for s, p, o in ontology_graph()]
    recs = [extract(path) for path in corpus_paths(data_dir)]
    for record in recs:
        quads += record_quads(record)
    if (data_dir / "curation").is_dir():
        curated = curate_corpus(data_dir / "curation", data_dir / "corpus",
                                       publications={r.stem: publication_iri(r) for r in recs})
        quads += list(curated.quads((None, None, None, None)))
    quads = list(dict.fromkeys(quads))
    sources = [q[:3] for q in quads
               if q[3] in (ONTOLOGY_GRAPH, ASSERTED_GRAPH) or str(q[3]).startswith(str(IMPORT_GRAPH))]
    provenance = [q[:3] for q in quads if q[3] == PROVENANCE_GRAPH]
    quads += materialise(sources, provenance=provenance).quads()
    asserted = {q[:3] for q in quads if q[3] == ASSERTED_GRAPH}
    quads += proposals_dataset_quads(recs, data_dir / "curation", asserted)  # documents without curation
    return list(dict.fromkeys(quads))


def counts(quads):
    out = {}
    for *_, g in quads:
        out[str(g)] = out.get(str(g), 0) + 1
    return dict(sorted(out.items()))


@pytest.fixture(scope="module")
def mixed_data(tmp_path_factory):
    """The corpus with its curation, plus synthetic documents without (spooled)."""
    data = tmp_path_factory.mktemp("paths") / "data"
    shutil.copytree(CORPUS, data / "corpus")
    shutil.copytree(CURATION, data / "curation")
    synthetic.write_corpus(data / "corpus", 24, seed=5)
    (data / "corpus" / "awkward.txt").write_text(AWKWARD, encoding="utf-8", newline="")
    return data


@pytest.fixture(scope="module")
def reference(mixed_data):
    return reference_build(mixed_data)


# The reference is the OWL 2 RL closure (materialise), without HermiT: the builds compared with it
# run without HermiT too (dl=False), as the text path is what they check. HermiT's part of a build
# is the HermiT tests' (test_reason.py, test_validate.py, test_faults.py's JVM case); here it cost
# one JVM run of 5-10 s for nothing the assertions read.
@pytest.mark.parametrize("processes", [1, 2])
def test_bulk_build_is_the_reference_dataset(mixed_data, reference, processes):
    build = build_dataset(mixed_data, validate=False, dl=False, processes=processes)
    spool = build._spool.path
    assert Path(spool).is_file()
    data = nquads_bytes(build)
    # every spooled line is a distinct quad: the counts are exact without a set of them
    assert len(data.splitlines()) == len(set(data.splitlines())) == sum(counts(reference).values())
    assert build.counts() == counts(reference)
    assert same_dataset(data, nquads(reference))
    # reading the quads parses the spool (for tests and small builds): the same rdflib quads
    assert same_dataset(nquads(build.quads), nquads(reference))
    assert build.counts() == counts(reference)
    build._drop_spool()
    assert not Path(spool).exists()


def test_published_store_holds_the_reference_dataset(mixed_data, reference, tmp_path):
    data = tmp_path / "data"
    shutil.copytree(mixed_data, data)
    build = publish(data, release=False, validate=False, dl=False)
    store = ox.Store.read_only(str(Path(data) / "build" / "store" / (Path(data) / "build" / "store" / "CURRENT")
                                   .read_text().strip()))
    expected = ox.Store()  # Oxigraph stores xsd:nonNegativeInteger as xsd:integer: compare stores
    expected.bulk_load(input=nquads(reference), format=ox.RdfFormat.N_QUADS)
    assert same_dataset(ox.serialize(store, format=ox.RdfFormat.N_QUADS),
                        ox.serialize(expected, format=ox.RdfFormat.N_QUADS))
    assert build.counts() == counts(reference)


def test_a_failed_build_leaves_no_spool(tmp_path, monkeypatch):
    data = tmp_path / "data"
    synthetic.write_corpus(data / "corpus", 3, seed=1)
    (data / "corpus" / "empty.txt").write_text("  \n")
    made, mkstemp = [], stages.tempfile.mkstemp  # this build's temporary files, not a neighbour's

    def recorded(*args, **kwargs):
        fd, path = mkstemp(*args, **kwargs)
        made.append(Path(path))
        return fd, path

    monkeypatch.setattr(stages.tempfile, "mkstemp", recorded)
    with pytest.raises(BuildError, match="extract: .*empty.txt: the file is empty"):
        build_dataset(data, validate=False, processes=1)
    spools = [path for path in made if path.name.startswith("ickg-build-")]
    assert spools and not any(path.exists() for path in spools)


def test_asserted_line_hashes_hold_exactly_the_asserted_lines(monkeypatch):
    """The propose stage looks proposals up in the asserted lines' hashes kept as one sorted
    array (:class:`ickg.build.spill.LineHashes`), taken from the N-Quads the load stage appends
    to the spool a chunk of quads at a time (``stages._spool_quads``): it holds the hash of
    every asserted line :func:`~ickg.build.support.quads_text` writes and no other, and the
    spool gets every quad's line, in order."""
    from ickg.build.spill import LineHashes
    from ickg.build.support import line_hash, lines_of, quads_text

    asserted = [q for record in records() for q in record_text(record).asserted]
    others = [(s, p, o, PROVENANCE_GRAPH) for s, p, o, _ in asserted]
    quads = [q for pair in zip(asserted, others) for q in pair]  # the two graphs interleaved
    monkeypatch.setattr(stages, "SPOOLED_QUADS", 7)
    spool = stages._Spool()
    got = LineHashes(stages._spool_quads(spool, quads, hashed=ASSERTED_GRAPH))
    expected = {line_hash(line) for line in lines_of(quads_text(asserted))}
    assert len(expected) > 100 and all(h in got for h in expected)
    assert set(got._sorted) == expected
    assert not any(line_hash(line) in got for line in lines_of(quads_text(others)))
    assert Path(spool.path).read_bytes() == nquads(quads)

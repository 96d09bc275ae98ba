"""The text index's quotes from the rows their writers made (``ickg build``) equal the quotes the
index joins back together from the N-Quads (the way every other index is built: a store, an
ingest, a remote store): the same FTS rows and ``resource`` table from the same build's N-Quads,
on the seed corpus with its curation (the build's process writes those rows) plus synthetic
documents (the extraction workers' rows, and the proposals'); and what ``ickg build`` leaves
has the quotes an index read from its store has.
"""

import shutil
import sqlite3
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import RDF, XSD

from ickg.build.stages import build_dataset
from ickg.model.provenance import quote_row, quote_rows_of
from ickg.namespaces import ASSERTED_GRAPH as ASSERTED, ICKG, OA, PROPOSED_PROVENANCE_GRAPH, PROVENANCE_GRAPH
from ickg.ntriples import nquads
from ickg.store import current_version, textindex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import synthetic  # noqa: E402


def rows(path, sql="SELECT * FROM fts"):
    with sqlite3.connect(path) as conn:
        return sorted(conn.execute(sql).fetchall(), key=repr)


def quotes_of(path):
    return rows(path, "SELECT resource, quote, graph, document, start, end FROM fts WHERE kind = 'quote'")


def both_ways(tmp_path, nquads_source, quote_rows):
    """The index of ``nquads_source`` joined from its N-Quads, and read with ``quote_rows``."""
    joined, from_rows = tmp_path / "joined", tmp_path / "rows"
    joined.mkdir()
    from_rows.mkdir()
    textindex.build(joined, nquads=nquads_source)
    textindex.build(from_rows, nquads=nquads_source, quotes=quote_rows)
    return textindex.index_path(joined), textindex.index_path(from_rows)


def test_a_builds_quote_rows_give_the_index_its_joined_annotations_give(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(ROOT / "graph_data" / "corpus", data / "corpus")
    shutil.copytree(ROOT / "graph_data" / "curation", data / "curation")
    synthetic.write_corpus(data / "corpus", 12, seed=3)
    build = build_dataset(data, dl=False, processes=2, store_path=tmp_path / "store")
    try:
        spool = build._spool
        joined, from_rows = both_ways(tmp_path, spool.path, spool.quotes)
        quotes = quotes_of(joined)
        graphs = {q[2] for q in quotes}
        # the curation's and the curated documents' rows (the build's process), the spooled
        # documents' (the workers) and the proposals'
        assert graphs == {str(PROVENANCE_GRAPH), str(PROPOSED_PROVENANCE_GRAPH)}
        curated = {q[3] for q in quotes if "/document/0" in q[3]}
        assert curated and len({q[3] for q in quotes}) > len(curated)
        assert quotes_of(from_rows) == quotes
        assert rows(from_rows) == rows(joined)
        assert rows(from_rows, "SELECT * FROM resource") == rows(joined, "SELECT * FROM resource")
        with sqlite3.connect(from_rows) as conn:
            assert dict(conn.execute("SELECT * FROM meta"))["rows"] == dict(
                sqlite3.connect(joined).execute("SELECT * FROM meta"))["rows"]
    finally:
        build.close_store()


A, S1, S2, E1, E2 = (URIRef(f"http://x/{n}") for n in ("a", "s1", "s2", "e1", "e2"))
DOC, OTHER, STORED = URIRef("http://x/doc"), URIRef("http://x/other-graph"), URIRef("http://x/stored")


def _offset(n):
    return Literal(n, datatype=XSD.nonNegativeInteger)


def test_quote_rows_of_quads_pair_what_the_join_pairs(tmp_path):
    """Evidence and proposal annotations, a blank-node subject, an annotation in another graph
    than its statement (no row), a span of no characters (no row), a document without text,
    links in the asserted graph (read as links in words, no row), stored quotes (``oa:exact``:
    an import's) with and without offsets, holding a tab, a line end and a backslash."""
    g, pg = URIRef(PROVENANCE_GRAPH), URIRef(PROPOSED_PROVENANCE_GRAPH)
    blank, proposal, target = BNode("b1"), URIRef("http://x/proposal"), URIRef("http://x/quote")
    quads = [
        (DOC, ICKG.fullText, Literal("Care is integrated across the whole region."), g),
        (S1, RDF.subject, A, g), (S1, ICKG.hasEvidence, E1, g), (S1, ICKG.hasEvidence, E2, g),
        (E1, OA.hasSource, DOC, g), (E1, OA.start, _offset(0), g), (E1, OA.end, _offset(4), g),
        (E2, OA.hasSource, DOC, g), (E2, OA.start, _offset(8), g), (E2, OA.end, _offset(8), g),
        (S2, RDF.subject, blank, g), (S2, ICKG.hasEvidence, E1, g),
        (S2, ICKG.hasEvidence, E2, OTHER),
        (proposal, OA.hasBody, S1, pg), (S1, RDF.subject, A, pg), (proposal, OA.hasTarget, target, pg),
        (target, OA.hasSource, DOC, pg), (target, OA.start, _offset(8), pg), (target, OA.end, _offset(18), pg),
        (S1, ICKG.hasEvidence, E1, OTHER), (S1, RDF.subject, A, OTHER),  # E1 has no offsets in OTHER
        (S2, RDF.subject, A, g), (S2, ICKG.hasEvidence, URIRef("http://x/no-text"), g),
        (URIRef("http://x/no-text"), OA.hasSource, URIRef("http://x/doc-without-text"), g),
        (URIRef("http://x/no-text"), OA.start, _offset(1), g), (URIRef("http://x/no-text"), OA.end, _offset(3), g),
        (S1, ICKG.hasEvidence, E2, ASSERTED), (S1, RDF.subject, A, ASSERTED),
        (E2, OA.hasSource, DOC, ASSERTED), (E2, OA.start, _offset(0), ASSERTED), (E2, OA.end, _offset(4), ASSERTED),
        (STORED, OA.exact, Literal("a stored\tquote,\nwith a \\ in it"), g), (S1, ICKG.hasEvidence, STORED, g),
        (STORED, OA.start, _offset(3), g),
        (proposal, OA.exact, Literal("the whole region"), pg),
    ]
    made = quote_rows_of(quads)
    assert quote_row("_:b1", str(g), str(DOC), 0, 4) in made
    (tmp_path / "rows.tsv").write_text(made, encoding="utf-8")
    joined, from_rows = both_ways(tmp_path, nquads(quads), tmp_path / "rows.tsv")
    quotes = quotes_of(joined)
    assert [q[:3] for q in quotes] == [("_:b1", "Care", str(g)), ("http://x/a", "Care", str(g)),
                                       ("http://x/a", "a stored\tquote,\nwith a \\ in it", str(g)),
                                       ("http://x/a", "integrated", str(pg)),
                                       ("http://x/a", "the whole region", str(pg))]
    assert quotes[2][3:] == (None, 3, None)
    assert quotes_of(from_rows) == quotes
    assert rows(from_rows) == rows(joined)


def test_a_malformed_quote_row_fails_naming_the_file_and_line(tmp_path):
    (tmp_path / "rows.tsv").write_text(quote_row("http://x/a", "http://x/g", "http://x/d", 0, 4) + "only\tthree\tfields\n")
    with pytest.raises(ValueError, match=r"rows\.tsv:2: not a quote row"):
        textindex.build(tmp_path, nquads=b"", quotes=tmp_path / "rows.tsv")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rows.tsv"]


@pytest.mark.parametrize("fixture", ["built_data_dir", "two_document_data_dir"])
def test_what_ickg_build_indexes_has_the_quotes_its_store_gives(fixture, request, tmp_path):
    """``ickg build``'s child read the rows (the seeds: the curation's and curated documents';
    two documents without curation: the workers' and the proposals'), an index read from the
    store joined them: the same quotes."""
    data = request.getfixturevalue(fixture)
    data = Path(data[0] if isinstance(data, tuple) else data)
    root = data / "build" / "store"
    version = root / current_version(root)
    built = quotes_of(textindex.index_path(version))
    assert textindex.open_index(version).about()["quotes"] == "rows"
    textindex.build(tmp_path, store=ox.Store.read_only(str(version)))
    assert textindex.open_index(tmp_path).about()["quotes"] == "joined"
    assert built and quotes_of(textindex.index_path(tmp_path)) == built

"""The full-text index of a store version, on the seed graph: what it ranks first for queries
whose best hit is known, its snippets (escaped, matches marked), quotes that know their
statement's subject, document and offsets, phrase and prefix queries, hostile input, and the
two ways of reading the quads (the N-Quads the store was loaded from, the built store) giving
the same index.
"""

import html
import re
import sqlite3
import time

import pyoxigraph as ox
import pytest

from ickg.store import textindex
from ickg.namespaces import BASE
from seed_graph import HOSTILE_IRI

ID = BASE + "id/"
ONTOLOGY = BASE + "ontology/"
FULL_TEXT = ONTOLOGY + "fullText"


@pytest.fixture(scope="module")
def seed_version(tmp_path_factory, seed_dataset):
    """A directory holding the seed graph's store and its text index (built from the store)."""
    version = tmp_path_factory.mktemp("textindex") / "version"
    store = ox.Store(str(version))
    store.bulk_extend(seed_dataset)
    store.flush()
    textindex.build(version, store=store)
    yield version, store


@pytest.fixture(scope="module")
def index(seed_version):
    index = textindex.open_index(seed_version[0])
    yield index
    index.close()


def first(index, text, **options):
    results = index.search(text, **options)
    assert results, f"nothing found for {text!r}"
    return results[0]


def marked(snippet):
    """The words a snippet marks, unescaped."""
    return [html.unescape(m) for m in re.findall(r"<mark>(.*?)</mark>", snippet)]


# ---------------------------------------------------------------------------------------------
# Ranking on queries whose best hit is known


def test_a_program_name_finds_the_program_first(index):
    best = first(index, "PRISMA")
    assert best.resource == ID + "program/prisma"
    assert best.hits[0].kind == "label" and best.hits[0].snippet == "<mark>PRISMA</mark>"


def test_a_hyphenated_query_finds_the_words_apart(index):
    """"case-management" is the phrase "case management": the same resources, in the same order."""
    hyphenated = index.search("case-management", limit=10)
    spaced = index.search('"case management"', limit=10)
    assert [r.resource for r in hyphenated] == [r.resource for r in spaced]
    top = {r.resource for r in hyphenated[:3]}
    assert top == {ONTOLOGY + "CaseManagement", BASE + "scheme/kodner/case-management",
                   BASE + "scheme/who-ipchs/case-management"}
    assert all(marked(r.hits[0].snippet) == ["case management"] for r in hyphenated[:3])
    assert ID + "mechanism/prisma-case-management" in {r.resource for r in hyphenated[:5]}


def test_labels_outrank_quotes_and_quotes_outrank_document_text(index):
    """PRISMA's own label first, then resources quoted saying PRISMA, the document text last."""
    results = index.search("PRISMA")
    kinds = [r.hits[0].kind for r in results]
    assert kinds[0] == "label" and "quote" in kinds and kinds[-1] == "text"
    assert kinds.index("quote") < kinds.index("text")
    assert [r.score for r in results] == sorted((r.score for r in results), reverse=True)


def test_bundled_care_finds_the_funding_model_then_the_program_by_its_quote(index):
    """The label "bundled care" (an altLabel of the funding model and of its class) ranks first;
    the integrated funding models program, which no label calls that, is found by its quote
    "chose 6 programs, ... to implement bundled care"."""
    results = index.search('"bundled care"', limit=20)
    assert {r.resource for r in results[:2]} == {ID + "funding-model/bundled-care", ONTOLOGY + "BundledFunding"}
    program = next(r for r in results if r.resource == ID + "program/integrated-funding-models")
    quote = next(h for h in program.hits if h.kind == "quote")
    assert html.unescape(quote.snippet).startswith("chose 6 programs, each comprising multiple hospital")
    assert [w.lower() for w in marked(quote.snippet)] == ["bundled care"]


def test_a_phrase_from_a_quote_finds_the_statement_subject(index):
    """The sentence is quoted for several statements; the finding it states is quoted by it alone,
    so that shortest quote ranks first."""
    best = first(index, '"Integration strategies in Quebec and Ontario yield clinical autonomy"')
    assert best.resource == ID + "finding/physicians-as-partners-finding"
    assert best.hits[0].kind == "quote"
    assert best.hits[0].document.startswith(ID + "document/")


def test_a_prefix_query_finds_every_word_it_begins(index):
    results = index.search("integr*", limit=200, per_resource=1)
    words = {w.lower() for r in results for w in marked(r.hits[0].snippet)}
    assert words and all(w.startswith("integr") for w in words)
    assert {"integration", "integrated"} <= words
    results = index.search("coord*", limit=200, per_resource=1)
    words = {w.lower() for r in results for w in marked(r.hits[0].snippet)}
    assert {"coordination", "coordinated", "coordinator", "coordinate"} <= words
    assert all(w.startswith("coord") for w in words)
    assert index.search("coord") == []  # a word, not a prefix


def test_or_and_exclusion(index):
    either = {r.resource for r in index.search("PRISMA OR Kaiser", limit=200)}
    assert ID + "program/prisma" in either and ID + "program/kaiser-permanente-model" in either
    without = {r.resource for r in index.search("PRISMA -Canada", limit=200)}
    assert ID + "program/prisma" in without and ID + "jurisdiction/canada" not in without


def test_accents_do_not_matter(index):
    assert [r.resource for r in index.search("Quebec")] == [r.resource for r in index.search("Québec")]


def test_kinds_can_be_chosen(index):
    results = index.search("PRISMA", kinds=["quote"])
    assert results and all(h.kind == "quote" for r in results for h in r.hits)


# ---------------------------------------------------------------------------------------------
# What a hit carries


def test_quotes_point_at_their_text_in_the_document(index, seed_version):
    """Each quote hit's offsets select, in its document's full text, the quote itself."""
    _, store = seed_version
    results = index.search("care", limit=200, kinds=["quote"])
    hits = [h for r in results for h in r.hits]
    assert len(hits) > 20
    for hit in hits:
        text = next(store.quads_for_pattern(ox.NamedNode(hit.document), ox.NamedNode(FULL_TEXT), None)).object.value
        exact = re.sub(r"</?mark>", "", hit.snippet)
        assert html.unescape(exact).strip("…") in text[hit.start:hit.end]


def test_document_text_hits_point_at_the_first_match(index, seed_version):
    _, store = seed_version
    results = index.search("PRISMA", kinds=["text"])
    assert results
    for result in results:
        hit = result.hits[0]
        assert hit.document == result.resource
        text = next(store.quads_for_pattern(ox.NamedNode(hit.document), ox.NamedNode(FULL_TEXT), None)).object.value
        assert text[hit.start:hit.end].lower() == "prisma"


def test_snippets_are_escaped_html(index):
    best = first(index, "hostile")
    assert best.resource == HOSTILE_IRI
    snippet = best.hits[0].snippet
    assert "<script>" not in snippet and "&lt;script&gt;" in snippet
    assert "<mark>Hostile</mark>" in snippet and "&amp;" in snippet and "&quot;quoted&quot;" in snippet
    assert re.sub(r"</?mark>", "", snippet).count("<") == 0


def test_the_index_records_labels_stated_types_and_schemes(index):
    """What a result shows: the label the viewer would choose, the classes stated (not inferred),
    the concept schemes a concept is in."""
    described = index.describe([ID + "program/prisma", ID + "document/003_2e7f07f9be8b457e",
                                ONTOLOGY + "CaseManagement", ID + "no/such/thing"])
    # the seed states PRISMA a care model; that it is a program too is inferred, and not shown
    assert described[ID + "program/prisma"] == textindex.Described(
        "PRISMA", [(ONTOLOGY + "CareModel", "care model")], [])
    assert described[ID + "document/003_2e7f07f9be8b457e"] == textindex.Described(
        "003_2e7f07f9be8b457e.txt", [(ONTOLOGY + "SourceDocument", "source document")], [])
    assert described[ONTOLOGY + "CaseManagement"].label == "case management"
    assert ID + "no/such/thing" not in described


def test_same_named_concepts_are_told_apart_by_their_schemes(index):
    results = [r.resource for r in index.search('"case management"', kinds=["label"])]
    named = [iri for iri, about in index.describe(results).items() if about.label == "case management"]
    assert len(named) >= 3  # the ontology's class and two schemes' concepts
    schemes = {iri: [label for _, label in index.describe([iri])[iri].schemes] for iri in named}
    concepts = {iri: labels for iri, labels in schemes.items() if labels}
    assert len(concepts) >= 2 and len({tuple(v) for v in concepts.values()}) == len(concepts)
    assert all(label and not label.startswith("http") for labels in concepts.values() for label in labels)


def test_a_concepts_other_name_reaches_what_links_to_it(index):
    """'bundled care' is an altLabel of the funding model the integrated funding models program
    has: the program is found by its link, not only by a quote that happens to use the words."""
    results = index.search('"bundled care"', kinds=["related"])
    program = next(r for r in results if r.resource == ID + "program/integrated-funding-models")
    assert program.hits[0].kind == "related" and "<mark>bundled care</mark>" in program.hits[0].snippet
    ranked = [r.resource for r in index.search("bundled care")]
    assert ranked.index(ID + "program/integrated-funding-models") < 5


def test_scores_give_each_resource_its_best(index):
    scores = index.scores("PRISMA")
    results = index.search("PRISMA", limit=200)
    assert scores == {r.resource: r.score for r in results}


# ---------------------------------------------------------------------------------------------
# Hostile and odd input


@pytest.mark.parametrize("text", [
    '"', '""', '"unterminated phrase', 'NEAR(case management, 2)', "case NEAR management", "AND OR NOT",
    "OR PRISMA", "PRISMA OR", "label: PRISMA", "{label quote}: PRISMA", "^PRISMA", "PRISMA + care", "(((",
    "*", "**", "-", "--PRISMA", "PRISMA -", "\x00\x02\x03", "' OR 1=1 --", "prisma\"; DROP TABLE fts; --",
    "é*", "ünïcödé", "🙂 care", "a" * 256,
])
def test_hostile_queries_give_results_or_nothing(index, text):
    """Never an SQLite error: FTS5 syntax in the text is read as words; what cannot be searched
    for is refused with a reason (a 400 on the web)."""
    try:
        results = index.search(text)
    except textindex.SearchQueryError as err:
        assert str(err)
    else:
        assert isinstance(results, list)


@pytest.mark.parametrize("text, reason", [
    ("a" * 257, "257 characters"),
    (" ".join(f"w{i}" for i in range(17)), "more than 16 terms"),
    ("a*", "too short"),
    ("x* y*", "too short"),
])
def test_queries_past_the_limits_are_refused_with_a_reason(index, text, reason):
    with pytest.raises(textindex.SearchQueryError, match=reason):
        index.search(text)


def test_a_query_of_only_exclusions_finds_nothing(index):
    assert index.search("-PRISMA") == []
    assert textindex.fts_query("-PRISMA") is None


def test_the_query_never_reaches_fts5_syntax():
    assert textindex.fts_query('NEAR(a b)') == '"NEAR(a" AND "b)"'
    assert textindex.fts_query('say "a ""b"" c') == '"say" AND "a " AND "b" AND " c"'
    assert textindex.fts_query('case-management OR care*') == '("case-management" OR "care" *)'


def test_a_slow_search_is_stopped(index):
    with pytest.raises(textindex.SearchTimeout):
        index.search("care OR integration OR health OR services", timeout=1e-9)


# ---------------------------------------------------------------------------------------------
# Building


def rows(path):
    with sqlite3.connect(path) as conn:
        return sorted(conn.execute("SELECT * FROM fts").fetchall(), key=repr)


def test_the_nquads_and_the_store_give_the_same_index(seed_version, tmp_path):
    version, store = seed_version
    data = store.dump(format=ox.RdfFormat.N_QUADS)
    stats = textindex.build(tmp_path, nquads=data)
    assert rows(textindex.index_path(tmp_path)) == rows(textindex.index_path(version))
    assert set(stats.rows) == set(textindex.KIND_NAMES)
    about = textindex.open_index(tmp_path).about()
    assert about["rows"] == stats.rows and about["source"] == "nquads" and about["bytes"] == stats.bytes
    (tmp_path / "dump.nq").write_bytes(data)
    textindex.build(tmp_path, nquads=tmp_path / "dump.nq")
    assert rows(textindex.index_path(tmp_path)) == rows(textindex.index_path(version))


def test_a_failed_build_leaves_no_index(tmp_path):
    bad = (b'<http://x/a> <http://www.w3.org/2000/01/rdf-schema#label> "fine" .\n'
           b'<http://x/b> <http://www.w3.org/2000/01/rdf-schema#label> "broken .\n')
    with pytest.raises(SyntaxError):
        textindex.build(tmp_path, nquads=bad)
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(textindex.IndexMissing):
        textindex.open_index(tmp_path)


def test_an_index_of_another_format_is_not_read(tmp_path):
    textindex.build(tmp_path, nquads=b'<http://x/a> <http://www.w3.org/2000/01/rdf-schema#label> "a label" .\n')
    assert textindex.open_index(tmp_path).search("label")[0].resource == "http://x/a"
    with sqlite3.connect(textindex.index_path(tmp_path)) as conn:
        conn.execute("PRAGMA user_version=99")
    with pytest.raises(textindex.IndexMissing, match="format 99"):
        textindex.open_index(tmp_path)


# ---------------------------------------------------------------------------------------------
# Indexing a file while it is written (ickg build: textindex.Follower)


def test_an_index_that_followed_its_file_as_it_grew_equals_one_built_after(seed_version, tmp_path):
    version, store = seed_version
    data = store.dump(format=ox.RdfFormat.N_QUADS)
    spool = tmp_path / "spool.nq"
    spool.write_bytes(b"")
    follower = textindex.Follower(tmp_path / "v")
    (tmp_path / "v").mkdir()
    follower.start(spool)
    # appended in pieces that end inside a line, with pauses the child waits through
    cuts = [0, len(data) // 3 + 7, 2 * len(data) // 3 + 11, len(data)]
    for start, end in zip(cuts, cuts[1:]):
        with open(spool, "ab") as out:
            out.write(data[start:end])
        time.sleep(2 * textindex.FOLLOW_POLL)
    stats = follower.finish(len(data))
    assert rows(textindex.index_path(tmp_path / "v")) == rows(textindex.index_path(version))
    assert stats.rows == textindex.open_index(version).about()["rows"]
    assert sorted(p.name for p in (tmp_path / "v").iterdir()) == [textindex.INDEX_NAME]


def test_a_follower_told_the_end_writes_the_index_before_it_is_waited_for(tmp_path):
    spool = tmp_path / "spool.nq"
    data = b'<http://x/a> <http://www.w3.org/2000/01/rdf-schema#label> "a label" .\n'
    spool.write_bytes(data)
    (tmp_path / "v").mkdir()
    follower = textindex.Follower(tmp_path / "v")
    follower.start(spool)
    follower.complete(len(data))
    follower.complete(len(data))  # told twice: the child still reads one end
    deadline = time.monotonic() + 60
    while not textindex.index_path(tmp_path / "v").exists():  # written while nobody waits
        assert time.monotonic() < deadline, "the child did not write the index once told the end"
        time.sleep(0.1)
    stats = follower.finish()
    assert stats.rows == {"label": 1}
    assert textindex.open_index(tmp_path / "v").search("label")[0].resource == "http://x/a"


def test_an_abandoned_follower_stops_and_leaves_nothing(tmp_path):
    spool = tmp_path / "spool.nq"
    spool.write_bytes(b'<http://x/a> <http://www.w3.org/2000/01/rdf-schema#label> "a label" .\n')
    (tmp_path / "v").mkdir()
    follower = textindex.Follower(tmp_path / "v")
    follower.start(spool)
    time.sleep(1)
    follower.abort()
    assert not follower.started
    assert list((tmp_path / "v").iterdir()) == []


def test_a_follower_whose_file_falls_short_fails_with_a_reason(tmp_path):
    spool = tmp_path / "spool.nq"
    spool.write_bytes(b'<http://x/a> <http://www.w3.org/2000/01/rdf-schema#label> "a label" .\n')
    (tmp_path / "v").mkdir()
    follower = textindex.Follower(tmp_path / "v")
    follower.start(spool)
    with pytest.raises(OSError, match="text index could not be written: .*ended at 70 bytes, before the 100"):
        follower.finish(100)
    assert list((tmp_path / "v").iterdir()) == []


# Every form a line of N-Quads can take, with the quads a quote row is joined from: the fast
# reader of the build's N-Quads (lines split at spaces) and pyoxigraph's parser (the store) agree.
ASSERTED = "https://w3id.org/ickg/graph/asserted"
OA, RDFS_LABEL = "http://www.w3.org/ns/oa#", "http://www.w3.org/2000/01/rdf-schema#label"
TRICKY_NQUADS = f"""# a comment, then a blank line

<http://x/doc> <{FULL_TEXT}> "Caf\\u00e9 care: \\"integrated\\" care at home.\\nSecond line." <http://x/prov> .
<http://x/doc> <{ONTOLOGY}fileName> "doc.txt" <http://x/prov> .
<http://x/st1> <{ONTOLOGY}hasEvidence> <http://x/ann1> <http://x/prov> .
<http://x/st1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> <http://x/caf\\u00e9> <http://x/prov> .
<http://x/ann1> <{OA}hasSource> <http://x/doc> <http://x/prov> .
<http://x/ann1> <{OA}start> "0"^^<http://www.w3.org/2001/XMLSchema#nonNegativeInteger> <http://x/prov> .
<http://x/ann1> <{OA}end> "9" <http://x/prov> .
_:st2 <{ONTOLOGY}hasEvidence> _:ann2 <http://x/prov> .
_:st2 <http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> <http://x/program> <http://x/prov> .
_:ann2 <{OA}hasSource> <http://x/doc> <http://x/prov> .
_:ann2 <{OA}start>\t"10"^^<http://www.w3.org/2001/XMLSchema#integer>  <http://x/prov> .
_:ann2 <{OA}end> "25"^^<http://www.w3.org/2001/XMLSchema#integer> <http://x/prov> .
<http://x/caf\\u00e9> <{RDFS_LABEL}> "Caf\\u00e9 programme"@fr <http://x/g> .
<http://x/program> <{RDFS_LABEL}> "Home-care"@en-GB <http://x/g> .
<http://x/program> <{RDFS_LABEL}> "2019"^^<http://www.w3.org/2001/XMLSchema#gYear> .
_:b1 <{RDFS_LABEL}> "a blank node's label" .
<http://x/program> <http://x/uses> <http://x/concept> <{ASSERTED}> .
<http://x/program> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://x/Program> <{ASSERTED}> .
<http://x/concept> <http://www.w3.org/2004/02/skos/core#altLabel> "bundled care" <http://x/g> .
<http://x/program> <http://x/uses> "not a link" <{ASSERTED}> .
""".encode("utf-8")


def test_the_fast_reader_of_nquads_agrees_with_pyoxigraphs_parser(tmp_path):
    store = ox.Store()
    store.extend(ox.parse(TRICKY_NQUADS, format=ox.RdfFormat.N_QUADS))  # blank nodes keep their labels
    by_store, by_lines = tmp_path / "store", tmp_path / "lines"
    by_store.mkdir()
    by_lines.mkdir()
    textindex.build(by_store, store=store)
    stats = textindex.build(by_lines, nquads=TRICKY_NQUADS)
    assert rows(textindex.index_path(by_lines)) == rows(textindex.index_path(by_store))
    assert set(stats.rows) == {"label", "altLabel", "quote", "related", "text"}
    quotes = sorted((hit.resource, hit.start, hit.end) for result in textindex.open_index(by_lines).search(
        "integrated OR care", kinds=["quote"]) for hit in result.hits)
    assert quotes == [("http://x/café", 0, 9), ("http://x/program", 10, 25)]


STORED_QUOTES = f"""<http://x/doc> <{FULL_TEXT}> "integrated care at home" <http://x/prov> .
<http://x/st1> <{ONTOLOGY}hasEvidence> <http://x/ann1> <http://x/prov> .
<http://x/st1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> <http://x/program> <http://x/prov> .
<http://x/ann1> <{OA}exact> "bundled payments" <http://x/prov> .
<http://x/ann1> <{OA}hasSource> <http://x/doc> <http://x/prov> .
<http://x/ann1> <{OA}start> "3"^^<http://www.w3.org/2001/XMLSchema#integer> <http://x/prov> .
<http://x/ann1> <{OA}end> "19"^^<http://www.w3.org/2001/XMLSchema#integer> <http://x/prov> .
<http://x/st2> <{ONTOLOGY}hasEvidence> <http://x/ann2> <http://x/prov> .
<http://x/st2> <http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> <http://x/other> <http://x/prov> .
<http://x/ann2> <{OA}exact> "shared savings" <http://x/prov> .
<http://x/p1> <{OA}hasBody> <http://x/st3> <http://x/proposed> .
<http://x/st3> <http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> <http://x/proposal> <http://x/proposed> .
<http://x/p1> <{OA}exact> "pooled budgets" <http://x/proposed> .
""".encode("utf-8")


def test_stored_quotes_are_rows_with_what_their_annotation_says_of_them(tmp_path):
    """A store not built by ickg may keep an annotation's words (oa:exact): each is a quote
    row of its statement's subject, with the document and offsets its annotation has, if any;
    an evidence annotation with offsets also gives the words of the document at them."""
    textindex.build(tmp_path, nquads=STORED_QUOTES)
    with sqlite3.connect(textindex.index_path(tmp_path)) as conn:
        quotes = sorted(conn.execute("SELECT resource, quote, graph, document, start, end FROM fts "
                                     "WHERE kind = 'quote'").fetchall(), key=repr)
    assert quotes == sorted([
        ("http://x/other", "shared savings", "http://x/prov", None, None, None),
        ("http://x/program", "bundled payments", "http://x/prov", "http://x/doc", 3, 19),
        ("http://x/program", "egrated care at ", "http://x/prov", "http://x/doc", 3, 19),
        ("http://x/proposal", "pooled budgets", "http://x/proposed", None, None, None),
    ], key=repr)

"""The chunk check read from the lines (``ickg.validate.lines``) against the store's
(``ickg.validate.local.store_conforms``): the lines may say "conforms" only where the store's
queries find nothing. Every constraint of the local shapes (each check the shapes compile to)
and the quote and source checks are taken through a case that violates them and, where the
writers never make it, one that conforms; the writers' own chunks (synthetic abstracts, the
seeds) conform on both paths; and random edits of a chunk never make the lines say "conforms"
where the store does not."""

import random
import re
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

import ickg.model.populate as populate
from ickg import iris
from ickg.extract.document import extract
from ickg.validate import lines, local
from ickg.validate.evidence import check_evidence, check_sources

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import synthetic  # noqa: E402

RDF, OA, ICKG, PROV = iris.RDF, iris.OA, iris.ICKG, iris.PROV
NNI = f"<{iris.XSD}nonNegativeInteger>"
PROVENANCE = f"<{iris.PROVENANCE_GRAPH}>"


def chunk_of(paths):
    """What a worker's chunk of ``paths`` wrote, as the check reads it."""
    chunk = populate.ChunkText()
    for path in paths:
        out = populate.record_text(extract(path))
        chunk.add(out.text.encode("utf-8"), out.statements.values(), out.asserted_text)
    return b"".join(chunk.texts).decode("utf-8")


@pytest.fixture(scope="module")
def text(tmp_path_factory):
    folder = tmp_path_factory.mktemp("lines") / "corpus"
    return chunk_of(synthetic.write_corpus(folder, 4, seed=4))


def by_lines(text):
    return lines.conforms(local._lines_plan(), text)


def by_store(text):
    return local.store_conforms(text.encode("utf-8"))


def store_of(text):
    store = ox.Store()
    store.load(input=text.encode("utf-8"), format=ox.RdfFormat.N_QUADS, lenient=True)
    return store


def first(text, predicate):
    """The first line of ``text`` with ``predicate`` (an IRI), split in its four terms."""
    line = next(line for line in text.split("\n") if line.split(" ", 2)[1:2] == [f"<{predicate}>"])
    s, p, rest = line.split(" ", 2)
    o, g = rest[:-2].rsplit(" ", 1)
    return line, s, o, g


def without(predicate):
    """Drop the first line with ``predicate``."""
    def edit(text):
        line = first(text, predicate)[0]
        return text.replace(line + "\n", "", 1)
    return edit


def add(predicate, value, subject_of=None):
    """Add a line giving the subject of the first line with ``subject_of`` (default: ``predicate``)
    the object ``value`` (N-Triples; ``{o}``: that line's object, ``{doc}``: another document)."""
    def edit(text):
        _, s, o, g = first(text, subject_of or predicate)
        doc = first(text, ICKG + "fullText")[1]
        return text + f"{s} <{predicate}> {value.format(o=o, doc=doc)} {g} .\n"
    return edit


def replace(predicate, value):
    """Give the first line with ``predicate`` the object ``value`` (``{o}``: its object)."""
    def edit(text):
        line, s, o, g = first(text, predicate)
        return text.replace(line, f"{s} <{predicate}> {value.format(o=o)} {g} .", 1)
    return edit


def both(*edits):
    def edit(text):
        for e in edits:
            text = e(text)
        return text
    return edit


def number(value, datatype=NNI):
    return f'"{value}"^^{datatype}'


# Cases the store's checks find a violation in: the lines must leave each to the store.
VIOLATING = {
    # EvidenceShape
    "an annotation without its document": without(OA + "hasSource"),
    "an annotation quoting two documents": add(OA + "hasSource", "<urn:x:doc2>", OA + "start"),
    "an annotation whose source is no document": replace(OA + "hasSource", "<urn:x:nothing>"),
    "an annotation without a start": without(OA + "start"),
    "an annotation with two starts": add(OA + "start", number(0)),
    "a start that is a string": replace(OA + "start", '"3"'),
    "a start that is negative": replace(OA + "start", number(-1, f"<{iris.XSD}integer>")),
    "a start that is a decimal": replace(OA + "start", number("3.0", f"<{iris.XSD}decimal>")),
    "a start not below its end": replace(OA + "start", number(99999)),
    "an annotation without an end": without(OA + "end"),
    "an annotation with two ends": add(OA + "end", number(99998)),
    "an end that is a language string": replace(OA + "end", '"7"@en'),
    "a hedge cue that is an IRI": add(ICKG + "hedgeCue", "<urn:x:cue>", OA + "start"),
    "a hedge cue in a language": add(ICKG + "hedgeCue", '"likely"@en', OA + "start"),
    "a qualifier from no scheme": add(ICKG + "claimQualifier", "<urn:x:q>", OA + "start"),
    "two qualifiers": both(add(ICKG + "claimQualifier", f"<{iris.SCHEME}qualifier/hedged>", OA + "start"),
                          add(ICKG + "claimQualifier", f"<{iris.SCHEME}qualifier/preliminary>", OA + "start")),
    # MentionShape
    "a mention without a body": without(OA + "hasBody"),
    "a mention with two bodies": add(OA + "hasBody", "<urn:x:other>"),
    "a mention with two documents": lambda text: mention_source(text, second=True),
    "a mention in no document": lambda text: mention_source(text, "<urn:x:nothing>"),
    "a mention without its document": lambda text: mention_source(text, None),
    "a span of another form": replace(ICKG + "span", '"x-12"'),
    "a span with a line end after it": replace(ICKG + "span", '"1-2\\n"'),
    "a span in a language": replace(ICKG + "span", '"1-2"@en'),
    "a span that is an IRI": replace(ICKG + "span", "<urn:x:1-2>"),
    # StatementShape
    "a statement of two subjects": add(RDF + "subject", "<urn:x:s2>"),
    "a statement without a predicate": without(RDF + "predicate"),
    "a statement of two predicates": add(RDF + "predicate", "<urn:x:p2>"),
    "a statement without an object": without(RDF + "object"),
    "a statement of two objects": add(RDF + "object", '"another"'),
    "a statement derived from a source of no declared kind": replace(PROV + "wasDerivedFrom", "<urn:x:nobody>"),
    "a statement with neither a quote nor a declared source": lambda text: text + "".join(
        f"<urn:x:statement> <{RDF}{p}> <urn:x:{p}> {PROVENANCE} .\n" for p in ("subject", "predicate", "object")),
    # the quotes and spans against the text (ickg.validate.evidence.check_evidence)
    "a quote past the end of its document": replace(OA + "end", number(10 ** 6)),
    "a quote of a document without a text": without(ICKG + "fullText"),
    "a second, shorter text": add(ICKG + "fullText", '"short"', ICKG + "fullText"),
    "a span past the end of its document": replace(ICKG + "span", '"1-1000000"'),
    # the sources of the asserted triples (check_sources)
    "an asserted triple without a source": lambda text: text + (
        f'<urn:x:s> <{iris.RDFS}label> "no quote says so" <{iris.ASSERTED_GRAPH}> .\n'),
}


def mention_source(text, source=None, second=False):
    """Give the first mention (the subject of ickg:span) another document, ``source`` in place
    of its own (None: none) or (``second``) another of the chunk's beside it."""
    mention = first(text, ICKG + "span")[1]
    line = next(line for line in text.split("\n") if line.startswith(f"{mention} <{OA}hasSource> "))
    own, g = line.split(" ")[2:4]
    if second:
        source = next(s for s in (row.split(" ", 1)[0] for row in text.split("\n")
                                  if f" <{ICKG}fullText> " in row) if s != own)
        return text + f"{mention} <{OA}hasSource> {source} {g} .\n"
    if source is None:
        return text.replace(line + "\n", "", 1)
    return text.replace(line, f"{mention} <{OA}hasSource> {source} {g} .", 1)


# Cases the writers never make that the store's checks accept: the lines may say either, and
# should say "conforms" (else they would only ever defer).
CONFORMING = {
    "a hedge cue": add(ICKG + "hedgeCue", '"likely"', OA + "start"),
    "a hedge cue typed xsd:string": add(ICKG + "hedgeCue", f'"likely"^^<{iris.XSD_STRING}>', OA + "start"),
    "a qualifier of the scheme": add(ICKG + "claimQualifier", f"<{iris.SCHEME}qualifier/aspirational>",
                                     OA + "start"),
    "a start typed xsd:integer": replace(OA + "start", '"0"^^<http://www.w3.org/2001/XMLSchema#integer>'),
    "a span typed xsd:string": replace(ICKG + "span", "{o}^^<" + iris.XSD_STRING + ">"),
    "a statement derived from an editorial decision": lambda text: text + (
        f"<urn:x:st> <{RDF}subject> <urn:x:s> {PROVENANCE} .\n"
        f"<urn:x:st> <{RDF}predicate> <urn:x:p> {PROVENANCE} .\n"
        f'<urn:x:st> <{RDF}object> "o" {PROVENANCE} .\n'
        f"<urn:x:st> <{PROV}wasDerivedFrom> <urn:x:decision> {PROVENANCE} .\n"
        f"<urn:x:decision> <{RDF}type> <{ICKG}EditorialDecision> {PROVENANCE} .\n"
        f'<urn:x:s> <urn:x:p> "o" <{iris.ASSERTED_GRAPH}> .\n'),
    "a line repeated": lambda text: text + first(text, OA + "start")[0] + "\n",
}


def test_the_plan_reads_the_shapes_shipped():
    plan = local._lines_plan()
    assert plan is not None
    assert {t[0] for t in plan.targets} == {f"<{ICKG}hasEvidence>", f"<{ICKG}span>", f"<{RDF}subject>"}


def test_the_writers_chunks_conform_on_both_paths(text):
    seeds = chunk_of(sorted((ROOT / "graph_data" / "corpus").iterdir()))
    for chunk in (text, seeds):
        assert by_store(chunk)
        assert by_lines(chunk) is True


@pytest.mark.parametrize("case", sorted(VIOLATING))
def test_a_violation_is_left_to_the_store(case, text):
    changed = VIOLATING[case](text)
    assert changed != text
    assert not by_store(changed)
    assert by_lines(changed) is None
    assert not local.documents_conform([changed.encode("utf-8")])


@pytest.mark.parametrize("case", sorted(VIOLATING))
def test_a_shapes_violation_is_found_by_the_shapes_plan_itself(case, text):
    """Where a compiled shape's query finds a node, the plan of the shapes (not only the quote
    and source checks beside it) finds one too."""
    changed = VIOLATING[case](text)
    store = store_of(changed)
    if not any(any(True for _ in store.query(c.query, use_default_graph_as_union=True)) for c in local._local_checks()):
        pytest.skip("no shape's query finds this one: the quote or source checks do")
    plan = local._lines_plan()
    try:
        read = lines._Lines(changed, plan.predicates)
    except lines._Unsure:
        return  # left to the store
    assert not plan.holds(read)


@pytest.mark.parametrize("case", sorted(CONFORMING))
def test_what_the_store_accepts_the_lines_accept(case, text):
    changed = CONFORMING[case](text)
    assert changed != text
    assert by_store(changed)
    assert by_lines(changed) is True


def test_every_check_of_the_local_shapes_is_violated_by_a_case(text):
    """Each constraint the shapes compile to (a query of its own) finds something in one of
    the violating cases, and so do the quote and source checks: none goes untried. A target's
    own predicate cannot be missing (a mention is the subject of ickg:span, a statement of
    rdf:subject)."""
    unreachable = {(f"{local.SHAPES}MentionShape", ICKG + "span"), (f"{local.SHAPES}StatementShape", RDF + "subject")}
    found, quotes, sources = set(), False, False
    checks = local._local_checks()
    for case in VIOLATING.values():
        store = store_of(case(text))
        for check in checks:
            if any(True for _ in store.query(check.query, use_default_graph_as_union=True)):
                found.add(check)
        quotes = quotes or bool(check_evidence(store, None, "union"))
        sources = sources or bool(check_sources(store))
    missed = [(c.shape, str(c.path), c.message) for c in checks if c not in found
              and not ((c.shape, str(c.path)) in unreachable and "FILTER(!BOUND(?value))" in c.query)]
    assert not missed
    assert len(found) == len(checks) - len(unreachable)
    assert quotes and sources


def test_what_may_be_read_two_ways_is_left_to_the_store(text):
    line, s, o, g = first(text, OA + "start")
    big = text.replace(line, f'{s} <{OA}start> "{10 ** 19}"^^{NNI} {g} .', 1)
    assert by_lines(big) is None  # past the store's 64-bit integers
    escaped = text.replace(line, f"{s} <{OA}start> {o} {g} .".replace("<http://www.w3.org/ns/oa#start>",
                                                                    "<http://www.w3.org/ns/oa#st\\u0061rt>"), 1)
    assert by_lines(escaped) is None  # one IRI, two spellings
    assert by_store(escaped)
    # a second start for an annotation, its IRI spelt with an escape: two starts to the store
    spelt = s.replace("<h", "<\\u0068", 1)
    second = text + f'{spelt} <{OA}start> "1"^^{NNI} {g} .\n'
    assert not by_store(second)
    assert by_lines(second) is None
    words = add(OA + "exact", '"a quote"', OA + "start")(text)
    assert by_lines(words) is None  # a quote stored as words: the store compares them
    assert by_lines(text.replace(line, line.rsplit(" ", 2)[0] + " .", 1)) is None  # a triple, no graph


def test_random_edits_never_make_the_lines_say_conforms_where_the_store_does_not(text):
    rng = random.Random(13)
    rows = text.split("\n")[:-1]
    fields = [re.match(r"(\S+) (\S+) (.*) (\S+) \.$", row).groups() for row in rows]
    kinds = ("drop", "copy", "object", "subject", "graph", "digit")
    said = {True: 0, None: 0}
    for _ in range(300):
        edited = list(rows)
        for _ in range(rng.choice((1, 1, 2))):
            i, j = rng.randrange(len(rows)), rng.randrange(len(rows))
            s, p, o, g = fields[i]
            kind = rng.choice(kinds)
            if kind == "drop":
                edited[i] = ""
            elif kind == "copy":
                edited.append(rows[i])
            elif kind == "object":
                edited.append(f"{s} {p} {fields[j][2]} {g} .")
            elif kind == "subject":
                edited.append(f"{fields[j][0]} {p} {o} {g} .")
            elif kind == "graph":
                edited[i] = f"{s} {p} {o} {fields[j][3]} ."
            else:
                digits = [m.start() for m in re.finditer(r"[0-9]", rows[i])]
                if digits:
                    at = rng.choice(digits)
                    edited[i] = rows[i][:at] + str(rng.randrange(10)) + rows[i][at + 1:]
        changed = "".join(row + "\n" for row in edited if row)
        verdict = by_lines(changed)
        said[verdict] += 1
        if verdict is True:
            assert by_store(changed), changed
    assert said[True] > 30 and said[None] > 30  # both answers met


def test_a_conforming_chunk_is_not_loaded_into_a_store(text, monkeypatch):
    """The workers' check answers a writer's chunk from its lines (the store costs it about half
    again as much CPU), and asks the store of one that does not conform."""
    asked, store_conforms = [], local.store_conforms

    def store(data):
        asked.append(data)
        return store_conforms(data)

    monkeypatch.setattr(local, "store_conforms", store)
    assert local.documents_conform([text.encode("utf-8")])
    assert asked == []
    assert not local.documents_conform([VIOLATING["a quote past the end of its document"](text).encode("utf-8")])
    assert len(asked) == 1

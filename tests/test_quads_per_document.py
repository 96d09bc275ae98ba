"""Quads per document on a small synthetic build (issue 13: "≤ 250 quads per abstract-sized
document with every quote still retrievable with its offsets"), counted in the store as
``benchmarks/quads_breakdown.py --data-dir`` counts them, and the proposals' shape that keeps
their graph small (docs/build.md, "Proposals: one annotation per proposal, one node per quote").

60 synthetic abstracts (``benchmarks/synthetic.py``, seed 3) built by ``ickg build --no-dl``.
At this size the ontology's 3,431 quads are 57 a document; they are counted apart.
"""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import quads_breakdown  # noqa: E402
import synthetic  # noqa: E402

from ickg.iris import PROPOSED_PROVENANCE_GRAPH  # noqa: E402

DOCUMENTS = 60


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    data = tmp_path_factory.mktemp("quads") / "data"
    synthetic.write_corpus(data / "corpus", DOCUMENTS, seed=3)
    done = subprocess.run([sys.executable, "-m", "ickg", "build", "--no-dl", "--data-dir", str(data)],
                          capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr[-3000:]
    return data


@pytest.fixture(scope="module")
def per_graph(built):
    counts, documents = quads_breakdown.store_counts(str(built))
    assert documents == DOCUMENTS
    graphs: dict[str, int] = {}
    for (graph, _, _), n in counts.items():
        graphs[graph] = graphs.get(graph, 0) + n
    return graphs


def test_what_the_graph_states_is_at_most_250_quads_a_document(per_graph):
    stated = sum(per_graph[g] for g in ("asserted", "mentions", "provenance"))
    assert stated / DOCUMENTS <= 250, per_graph


def _select(data, text):
    import ickg

    with ickg.open(data, extracted=True) as kg:
        return kg.query(text)


def test_the_proposals_graph_holds_nothing_but_the_shared_shape(built):
    """Every quad of ``graph/proposed-provenance`` is one of: a statement's rdf:subject, predicate
    and object; a rule's type and label; an annotation's body, id, rule, confidence (and hedge cue
    and qualifier); a target link; a quote's document, start and end. One annotation per proposal
    (id, rule, confidence, hedge), shared by the documents that propose it; one quote node per
    (document, span), shared by the proposals it led to. The old shape (an annotation per quote
    with its offsets on it) fails the count and the sharing checks."""
    g = f"<{PROPOSED_PROVENANCE_GRAPH}>"
    (row,) = _select(built, f"""SELECT
      (COUNT(*) AS ?all)
      (SUM(IF(?p IN (rdf:subject, rdf:predicate, rdf:object), 1, 0)) AS ?statement)
      (SUM(IF(?p IN (oa:hasBody, dcterms:identifier, prov:wasAttributedTo, ickg:confidence, ickg:hedgeCue,
                     ickg:claimQualifier), 1, 0)) AS ?annotation)
      (SUM(IF(?p = oa:hasTarget, 1, 0)) AS ?target)
      (SUM(IF(?p IN (oa:hasSource, oa:start, oa:end), 1, 0)) AS ?quote)
      (SUM(IF(?p IN (rdf:type, rdfs:label), 1, 0)) AS ?rule)
      WHERE {{ GRAPH {g} {{ ?s ?p ?o }} }}""")
    parts = {k: int(v) for k, v in row.items()}
    assert parts["all"] == sum(v for k, v in parts.items() if k != "all"), parts
    (shape,) = _select(built, f"""SELECT (COUNT(DISTINCT ?ann) AS ?annotations) (COUNT(DISTINCT ?q) AS ?quotes)
      (COUNT(*) AS ?targets) (COUNT(DISTINCT CONCAT(STR(?doc), " ", STR(?start), " ", STR(?end))) AS ?spans)
      (COUNT(DISTINCT CONCAT(STR(?doc), " ", ?id)) AS ?found)
      WHERE {{ GRAPH {g} {{ ?ann oa:hasTarget ?q ; dcterms:identifier ?id .
                            ?q oa:hasSource ?doc ; oa:start ?start ; oa:end ?end }} }}""")
    shape = {k: int(v) for k, v in shape.items()}
    assert shape["quotes"] == shape["spans"], shape              # one node per quoted span
    assert shape["targets"] > shape["quotes"], shape             # a span shared by several proposals
    assert shape["annotations"] < shape["found"], shape          # an annotation shared by documents
    assert parts["quote"] == 3 * shape["quotes"] and parts["target"] == shape["targets"], (parts, shape)
    each = _select(built, f"""SELECT ?ann (COUNT(DISTINCT ?st) AS ?bodies) (COUNT(DISTINCT ?c) AS ?confidences)
      (COUNT(DISTINCT ?id) AS ?ids) (COUNT(DISTINCT ?rule) AS ?rules)
      WHERE {{ GRAPH {g} {{ ?ann oa:hasBody ?st ; ickg:confidence ?c ; dcterms:identifier ?id ;
                                 prov:wasAttributedTo ?rule }} }} GROUP BY ?ann""")
    assert len(each) == shape["annotations"]
    assert all(int(r[k]) == 1 for r in each for k in ("bodies", "confidences", "ids", "rules")), each[:3]


def test_a_proposal_quote_reads_back_in_plain_sparql(built):
    """Each quote of a proposal: its document, offsets, confidence and rule in SPARQL 1.1, the
    words cut from the document's text."""
    rows = _select(built, f"""SELECT ?quote ?start ?end ?conf ?rule WHERE {{
      GRAPH <{PROPOSED_PROVENANCE_GRAPH}> {{
        ?ann oa:hasTarget ?q ; ickg:confidence ?conf ; prov:wasAttributedTo/rdfs:label ?rule .
        ?q oa:hasSource ?doc ; oa:start ?start ; oa:end ?end }}
      ?doc ickg:fullText ?text . BIND(SUBSTR(?text, ?start + 1, ?end - ?start) AS ?quote) }}""")
    assert len(rows) > DOCUMENTS
    for r in rows:
        assert len(str(r["quote"])) == int(r["end"]) - int(r["start"]) > 0, r
        assert 0 < float(r["conf"]) <= 1 and str(r["rule"]).startswith("ickg-rules/"), r

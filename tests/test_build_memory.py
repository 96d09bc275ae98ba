"""What a full build keeps per document, and in what form: the spooled statements it keeps as
hashes answer as the set of their IRIs did, for the build and for the reasoner (ickg.build.stages)."""

from rdflib import URIRef

from ickg.build.stages import _Hashed
from ickg.reason.materialise import _read_provenance


def test_hashed_statements_answer_as_a_set_of_their_iris():
    seen = _Hashed()
    iris = [f"https://w3id.org/ickg/id/statement/{i:032x}" for i in range(1000)]
    assert all(seen.add(iri) for iri in iris)
    assert not any(seen.add(iri) for iri in iris[::7])  # a second time: not new, nothing written again
    assert len(seen) == 1000 and iris[5] in seen and iris[5] + "0" not in seen


def test_statements_described_elsewhere_are_read_through_the_hashes_with_the_provenance_graph():
    seen = _Hashed()
    seen.add("https://w3id.org/ickg/id/statement/spooled")
    here = URIRef("https://w3id.org/ickg/id/statement/curated")
    provenance = [(here, URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#subject"), URIRef("urn:s"))]
    _, elsewhere = _read_provenance(provenance, seen)
    assert "https://w3id.org/ickg/id/statement/spooled" in elsewhere and str(here) in elsewhere
    assert "https://w3id.org/ickg/id/statement/other" not in elsewhere

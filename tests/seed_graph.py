"""The seed graph the viewer tests and benchmark run on, as pyoxigraph quads.

It is what :func:`ickg.pipeline.publish.build_dataset` builds from ``graph_data/`` (ontology,
extraction, curation, validation, reasoning). Should that build fail while the stages are being
worked on, the same graphs are put together here from the stages that exist: the packaged
ontology in ONTOLOGY_GRAPH; for each corpus document its extraction record (publication, authors,
places, mentions, the document node with its full text) and its curated statements with their
evidence; and the OWL 2 RL closure in INFERRED_GRAPH / DERIVATIONS_GRAPH.

A curation file that does not build (the curators are at work) is skipped, with a warning.
"""

import warnings
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox

from ickg.terms import to_ox as _ox

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "graph_data" / "corpus"
CURATION = ROOT / "graph_data" / "curation"


def _from_publish():
    """The build's quads (``ickg.pipeline.publish.build_dataset``), or None when it cannot build."""
    try:
        from ickg.pipeline import publish
    except ImportError:
        return None
    try:
        build = publish.build_dataset(ROOT / "graph_data", processes=1)
    except Exception as err:  # BuildError while curators and reasoner are at work; fall back below
        warnings.warn(f"seed graph: publish.build_dataset failed ({type(err).__name__}: {err}); "
                      "assembling the stages here instead", stacklevel=3)
        return None
    return list(_as_ox_quads(build.quads))


def _as_ox_quads(result):
    from rdflib import Dataset

    if isinstance(result, Dataset):
        for s, p, o, g in result.quads((None, None, None, None)):
            yield ox.Quad(_ox(s), _ox(p), _ox(o), _ox(g) if g is not None else ox.DefaultGraph())
        return
    for q in result:
        if isinstance(q, ox.Quad):
            yield q
        else:
            s, p, o, g = q
            yield ox.Quad(_ox(s), _ox(p), _ox(o), _ox(g) if g is not None else ox.DefaultGraph())


def _assembled():
    from ickg.namespaces import ASSERTED_GRAPH, DERIVATIONS_GRAPH, INFERRED_GRAPH, ONTOLOGY_GRAPH
    from ickg.pipeline.curate import CurationError, curate_document
    from ickg.pipeline.extract import extract, publication_iri
    from ickg.pipeline.populate import record_quads
    from ickg.resources import ontology_graph

    ontology = ontology_graph()
    quads = [(s, p, o, ONTOLOGY_GRAPH) for s, p, o in ontology]
    for path in sorted(CORPUS.glob("*.txt")):
        record = extract(path)
        quads += record_quads(record)
        curation = CURATION / path.name
        if not curation.is_file():
            continue
        try:
            ds = curate_document(curation, record.text, record.iri, publication=publication_iri(record),
                                 document_name=path.name)
        except CurationError as err:
            warnings.warn(f"seed graph: skipping {curation.name}: {err}", stacklevel=2)
            continue
        quads += [(s, p, o, g) for s, p, o, g in ds.quads((None, None, None, None))]
    try:
        from rdflib import Graph

        from ickg.pipeline.reason import materialise

        asserted = Graph()
        for s, p, o, g in quads:
            if g in (ONTOLOGY_GRAPH, ASSERTED_GRAPH):
                asserted.add((s, p, o))
        result = materialise(asserted)
        quads += [(s, p, o, INFERRED_GRAPH) for s, p, o in result.inferred]
        quads += [(s, p, o, DERIVATIONS_GRAPH) for s, p, o in result.derivations]
    except Exception as err:  # the reasoner is someone else's work in progress
        warnings.warn(f"seed graph: reasoner unavailable ({type(err).__name__}: {err}); "
                      "inverse and superclass inferences only", stacklevel=2)
        quads += [(s, p, o, INFERRED_GRAPH) for s, p, o in _simple_inferences(quads)]
    return list(_as_ox_quads(quads))


def _simple_inferences(quads):
    """Inverse-property and superclass-membership triples of the asserted graph, not asserted."""
    from rdflib import URIRef
    from rdflib.namespace import OWL, RDF, RDFS

    from ickg.namespaces import ASSERTED_GRAPH, ONTOLOGY_GRAPH

    asserted = {(s, p, o) for s, p, o, g in quads if g == ASSERTED_GRAPH}
    inverse, supers = {}, {}
    for s, p, o, g in quads:
        if g != ONTOLOGY_GRAPH:
            continue
        if p == OWL.inverseOf and isinstance(o, URIRef):
            inverse[s], inverse[o] = o, s
        elif p == RDFS.subClassOf and isinstance(o, URIRef):
            supers.setdefault(s, set()).add(o)

    def ancestors(c, seen):
        for parent in supers.get(c, ()):
            if parent not in seen:
                seen.add(parent)
                ancestors(parent, seen)
        return seen

    out = set()
    for s, p, o in asserted:
        if p in inverse and isinstance(o, URIRef):
            out.add((o, inverse[p], s))
        if p == RDF.type:
            out.update((s, RDF.type, c) for c in ancestors(o, set()))
    return sorted(out - asserted)


@lru_cache(maxsize=1)
def seed_quads():
    """The seed dataset as a list of pyoxigraph quads (built once per process)."""
    return tuple(_from_publish() or _assembled())


HOSTILE_LABEL = '<script>alert("ickg")</script> Hostile & "quoted" programme'
HOSTILE_IRI = "https://w3id.org/ickg/id/program/hostile-test"


def hostile_quads():
    """A program whose label and comment are markup, for the escaping tests (asserted graph)."""
    from ickg.namespaces import ASSERTED_GRAPH, ICKG

    g = ox.NamedNode(str(ASSERTED_GRAPH))
    s = ox.NamedNode(HOSTILE_IRI)
    return [
        ox.Quad(s, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), ox.NamedNode(str(ICKG.Program)), g),
        ox.Quad(s, ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"), ox.Literal(HOSTILE_LABEL, language="en"), g),
        ox.Quad(s, ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#comment"),
                ox.Literal('<img src=x onerror="alert(1)"> and </textarea><b>bold</b>'), g),
        ox.Quad(s, ox.NamedNode(str(ICKG.locatedIn)), ox.NamedNode("https://w3id.org/ickg/id/jurisdiction/canada"), g),
    ]

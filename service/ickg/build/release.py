"""The release files: one Turtle file per named graph and the whole dataset as JSON-LD.

Byte-identical for the same input (``tests/test_publish.py`` rebuilds the committed release
and compares): blank nodes are canonicalised and triples sorted.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from rdflib import BNode, Graph, URIRef
from rdflib.compare import to_canonical_graph
from rdflib.namespace import RDF

from ickg.namespaces import (ASSERTED_GRAPH, DERIVATIONS_GRAPH, INFERRED_GRAPH, MENTIONS_GRAPH,
                             ONTOLOGY_GRAPH, PREFIXES, PROVENANCE_GRAPH, bind_prefixes)

# Release files, one per named graph, plus the whole dataset as JSON-LD.
RELEASE_GRAPHS = {
    "ickg-ontology.ttl": ONTOLOGY_GRAPH,
    "ickg-asserted.ttl": ASSERTED_GRAPH,
    "ickg-provenance.ttl": PROVENANCE_GRAPH,
    "ickg-mentions.ttl": MENTIONS_GRAPH,
    "ickg-inferred.ttl": INFERRED_GRAPH,
    "ickg-derivations.ttl": DERIVATIONS_GRAPH,
}
RELEASE_DATASET = "ickg.jsonld"

RELEASE_NAMES = (*RELEASE_GRAPHS, RELEASE_DATASET)


def release_files(build):
    """The release: one Turtle file per named graph and the whole dataset as JSON-LD.

    Blank nodes are canonicalised and triples sorted, so the same input gives the same bytes
    whatever the hash seed or the order stages ran in.
    """
    graphs = {name: _canonical(build.graph(iri)) for name, iri in RELEASE_GRAPHS.items()}
    files = {name: graph.serialize(format="turtle").encode("utf-8")
             for name, graph in graphs.items() if len(graph)}
    files[RELEASE_DATASET] = _jsonld_bytes(
        {RELEASE_GRAPHS[name]: graph for name, graph in graphs.items() if len(graph)})
    return files


def _canonical(graph):
    if not any(isinstance(term, BNode) for triple in graph for term in triple):
        return graph
    canonical = bind_prefixes(Graph(identifier=graph.identifier))
    for triple in sorted(to_canonical_graph(graph)):
        canonical.add(triple)
    return canonical


def _jsonld_value(term):
    if isinstance(term, URIRef):
        return {"@id": str(term)}
    if isinstance(term, BNode):
        return {"@id": f"_:{term}"}
    value = {"@value": str(term)}
    if term.language:
        value["@language"] = term.language
    elif term.datatype is not None:
        value["@type"] = str(term.datatype)
    return value


def _jsonld_bytes(graphs):
    """A JSON-LD document of named graphs, written in a fixed order (rdflib's is not stable)."""
    doc = {"@context": {prefix: str(ns) for prefix, ns in sorted(PREFIXES.items())}, "@graph": []}
    for name in sorted(graphs):
        subjects = {}
        for s, p, o in graphs[name]:
            subjects.setdefault(s, {}).setdefault(p, []).append(o)
        nodes = []
        for s in sorted(subjects):
            node = {"@id": f"_:{s}" if isinstance(s, BNode) else str(s)}
            for p in sorted(subjects[s]):
                objects = sorted(subjects[s][p])
                if p == RDF.type and all(isinstance(o, URIRef) for o in objects):
                    node["@type"] = [str(o) for o in objects]
                else:
                    node[str(p)] = [_jsonld_value(o) for o in objects]
            nodes.append(node)
        doc["@graph"].append({"@id": str(name), "@graph": nodes})
    return (json.dumps(doc, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def write_release(build, folder):
    """Write the release files into ``folder`` (each replaced atomically); return their paths."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, data in sorted(release_files(build).items()):
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{name}.")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
            os.chmod(tmp, 0o644)  # mkstemp makes files private; release files are for everyone
            os.replace(tmp, folder / name)
        except OSError as error:
            os.unlink(tmp)
            raise OSError(error.errno, error.strerror, str(folder / name)) from None
        written.append(folder / name)
    return written


def stage_release(build, change):
    """Write the release files of ``build`` into the staging directory of ``change``.

    Kept apart from :func:`ickg.build.publish.publish` so that which commands write a release stays one decision.
    """
    write_release(build, change.release_dir)

"""Where the quads go: counts by graph and predicate, and by kind of subject, per document.

Two ways to look (issue 13, "≤ 250 quads per abstract-sized document"):

- ``--data-dir DIR``: a built data directory (``ickg build``), read through :func:`ickg.open`
  with the proposals (``extracted=True``): every graph the build writes (the stated graphs
  asserted, mentions and provenance; the proposals' two graphs; derivations, inferred and the
  ontology), divided by the number of source documents. The stated figure is the one the build
  benchmark reports, the store's is every graph (statements shared by several documents counted
  once).
- ``FILE ...``: documents extracted and written by the reference writer
  (:func:`ickg.model.populate.record_quads`) one at a time: what one document adds on its own
  (a statement it shares with other documents counted in each).

The kind of a subject is read from its IRI (``id/statement/``, ``id/evidence/``,
``id/mention/``, ``id/proposal/``, ``id/quote/``, ``id/document/``) so the script needs nothing
of the current provenance shapes.

    python benchmarks/quads_breakdown.py --data-dir /tmp/data
    python benchmarks/quads_breakdown.py graph_data/corpus/000_bb15507378938f7c.txt
"""

import argparse
import sys
from collections import Counter
from pathlib import Path

GRAPHS = ("asserted", "mentions", "provenance", "proposed", "proposed-provenance", "derivations", "inferred",
          "ontology")
GRAPH = "https://w3id.org/ickg/graph/"
ID = "https://w3id.org/ickg/id/"


def kind(subject: str) -> str:
    """The kind of a subject, from the part of its IRI after ``id/``."""
    if not subject.startswith(ID):
        return "other"
    return subject[len(ID):].split("/", 1)[0]


def short(iri: str) -> str:
    from ickg.namespaces import short as _short
    from rdflib import URIRef
    return _short(URIRef(iri))


def store_counts(data_dir: str) -> tuple[Counter, int]:
    """{(graph, kind, predicate): quads} of a built data directory, and its number of documents."""
    import ickg

    counts: Counter = Counter()
    with ickg.open(data_dir, extracted=True) as kg:
        documents = kg.query("SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { GRAPH ?g { ?d ickg:fullText ?t } }")[0]["n"]
        for name in GRAPHS:
            rows = kg.query(f"""SELECT ?s ?p (COUNT(*) AS ?n) WHERE {{ GRAPH <{GRAPH}{name}> {{ ?s ?p ?o }} }}
GROUP BY ?s ?p""")
            for row in rows:
                counts[(name, kind(str(row["s"])), short(row["p"]))] += row["n"]
    return counts, documents


def file_counts(paths: list[str]) -> tuple[Counter, int]:
    """{(graph, kind, predicate): quads} that the documents ``paths`` add, each on its own."""
    from ickg.extract.document import extract
    from ickg.model.populate import record_quads

    counts: Counter = Counter()
    for path in paths:
        for s, p, o, g in dict.fromkeys(record_quads(extract(Path(path)))):
            counts[(str(g).rsplit("/", 1)[-1], kind(str(s)), short(str(p)))] += 1
    return counts, len(paths)


def report(counts: Counter, documents: int, out=sys.stdout) -> None:
    """Per graph: quads per document, then by kind of subject and by predicate."""
    print(f"{documents} documents", file=out)
    stated = sum(n for (g, _, _), n in counts.items() if g in ("asserted", "mentions", "provenance"))
    print(f"stated (asserted + mentions + provenance): {stated / documents:.1f} quads per document", file=out)
    store = sum(counts.values())
    print(f"the store, every graph (proposals, derivations and the ontology included): {store / documents:.1f} "
          "quads per document", file=out)
    for graph in GRAPHS:
        rows = {k: n for k, n in counts.items() if k[0] == graph}
        if not rows:
            continue
        total = sum(rows.values())
        print(f"\n{graph}: {total:,} quads, {total / documents:.1f} per document", file=out)
        kinds: Counter = Counter()
        for (_, k, _), n in rows.items():
            kinds[k] += n
        for k, n in kinds.most_common():
            print(f"  {k:<12} {n / documents:8.1f}", file=out)
            for (_, k2, p), m in sorted(rows.items(), key=lambda kv: -kv[1]):
                if k2 == k:
                    print(f"      {p:<32} {m / documents:8.1f}", file=out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", help="documents, each extracted and written on its own")
    parser.add_argument("--data-dir", help="a built data directory (its store)")
    args = parser.parse_args()
    if bool(args.files) == bool(args.data_dir):
        parser.error("give either --data-dir or documents")
    counts, documents = store_counts(args.data_dir) if args.data_dir else file_counts(args.files)
    report(counts, documents)


if __name__ == "__main__":
    main()

"""Page times of the linked-data viewer, per page type, on the seed graph and on a ~1M-triple graph.

    python benchmarks/bench_viewer.py                 # seed graph, then ~1M triples (35 copies)
    python benchmarks/bench_viewer.py --copies 8      # a smaller synthetic graph
    python benchmarks/bench_viewer.py --only seed

The synthetic graph is the seed graph with its instance data (everything under
``https://w3id.org/ickg/id/``: programs, documents with their full text, evidence, mentions,
statements, inferences and derivations) copied ``--copies`` times under renamed IRIs; the ontology
and the concept schemes stay single, so concepts and classes get ``--copies`` times more members
and mentions. Each graph is bulk-loaded into an on-disk store and served by the real waitress
server (``ickg.web.create_server``, query worker processes as in production) on 127.0.0.1.

For each page type the script requests ``--samples`` different resources (cold: no page query has
been cached yet) and then the same ones again (warm: cached per store version), and prints the
median and 95th percentile of the wall time of a whole HTTP request. Page types without a resource
(home, compare, ontology) are cold only on their first request; their figures are the warm ones,
and the first request's time is printed beside them.
"""

import argparse
import statistics
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pyoxigraph as ox

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))

from ickg.namespaces import BASE  # noqa: E402
from ickg.store import open_local, replace_local_store  # noqa: E402
from ickg.web import create_app, create_server  # noqa: E402

ID_SPACE = BASE + "id/"


def synthetic(seed, copies):
    """The seed quads with their instance data repeated ``copies`` times under renamed IRIs."""
    ontology = BASE + "graph/ontology"
    out = []
    instance = []
    for q in seed:
        if isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value == ontology:
            out.append(q)
        else:
            instance.append(q)
    out.extend(instance)
    cache = {}

    def rename(term, k):
        if isinstance(term, ox.NamedNode) and term.value.startswith(ID_SPACE):
            key = (term.value, k)
            node = cache.get(key)
            if node is None:
                node = cache[key] = ox.NamedNode(f"{term.value}-c{k}")
            return node
        if isinstance(term, ox.BlankNode):
            return ox.BlankNode(f"{term.value}c{k}")
        return term

    for k in range(1, copies):
        for q in instance:
            out.append(ox.Quad(rename(q.subject, k), q.predicate, rename(q.object, k), q.graph_name))
        cache.clear()
    return out


def timed_get(url):
    start = time.perf_counter()
    with urllib.request.urlopen(urllib.request.Request(url, headers={"Accept": "text/html"}), timeout=120) as r:
        r.read()
        status = r.status
    elapsed = time.perf_counter() - start
    if status != 200:
        raise RuntimeError(f"{url}: {status}")
    return elapsed


def tsv_column(base, query):
    url = base + "/sparql?" + urllib.parse.urlencode({"query": query})
    req = urllib.request.Request(url, headers={"Accept": "text/tab-separated-values"})
    with urllib.request.urlopen(req, timeout=120) as r:
        lines = r.read().decode().splitlines()[1:]
    return [line.split("\t")[0].strip("<>") for line in lines if line.strip()]


def local(iri):
    return "/" + iri[len(BASE):]


def page_sets(base, samples):
    """{page type: [paths]}: distinct resources of each type, spread over the graph."""
    def pick(query):
        iris = tsv_column(base, query)
        step = max(1, len(iris) // samples)
        return [local(i) for i in iris[::step][:samples]]

    cq5 = next(p for n, p in __import__("ickg.resources", fromlist=["query_files"]).query_files()
               if n.endswith("cq05-prisma-components.rq")).read_text()
    words = ["care", "integration", "funding", "Ontario", "PRISMA", "barriers", "primary care", "Denmark",
             "case management", "outcomes", "Quebec", "networks", "physician", "evaluation", "hospital"]
    programs = pick("PREFIX ickg: <https://w3id.org/ickg/ontology/> SELECT DISTINCT ?x WHERE { ?x a ickg:Program } ORDER BY ?x")
    return {
        "home": ["/"] * samples,
        "program": programs,
        "document": pick("PREFIX ickg: <https://w3id.org/ickg/ontology/> SELECT ?x WHERE { ?x a ickg:SourceDocument } ORDER BY ?x"),
        "concept": pick("PREFIX skos: <http://www.w3.org/2004/02/skos/core#> SELECT ?x WHERE { ?x a skos:Concept FILTER(STRSTARTS(STR(?x), 'https://w3id.org/ickg/scheme/')) } ORDER BY ?x"),
        "class": pick("PREFIX owl: <http://www.w3.org/2002/07/owl#> SELECT ?x WHERE { GRAPH <https://w3id.org/ickg/graph/ontology> { ?x a owl:Class } FILTER(STRSTARTS(STR(?x), 'https://w3id.org/ickg/ontology/')) } ORDER BY ?x"),
        "evidence": pick("PREFIX ickg: <https://w3id.org/ickg/ontology/> SELECT DISTINCT ?x WHERE { [] ickg:hasEvidence ?x } ORDER BY ?x LIMIT 5000"),
        "resource.ttl": [p + ".ttl" for p in programs],
        "svg": ["/neighbourhood.svg?" + urllib.parse.urlencode({"iri": BASE + p[1:]}) for p in programs],
        "search": ["/search?" + urllib.parse.urlencode({"q": w}) for w in (words * samples)[:samples]],
        "compare": ["/compare"] * samples,
        "compare.csv": ["/compare.csv"] * samples,
        "ontology": ["/ontology"] * samples,
        "query (CQ5)": ["/sparql?" + urllib.parse.urlencode({"query": cq5, "format": "html"})] * samples,
    }


def p95(values):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(0.95 * (len(values) - 1))))]


def bench(name, quads, samples):
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "build" / "store"
        t0 = time.perf_counter()
        replace_local_store(root, quads)
        load = time.perf_counter() - t0
        store = open_local(root)
        app = create_app({"STORE": store, "QUERY_TIMEOUT": 60})
        server = create_server(app, host="127.0.0.1", port=0, threads=8)
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        base = f"http://127.0.0.1:{server.effective_port}"
        try:
            print(f"\n## {name}: {len(quads):,} quads (loaded in {load:.1f} s)\n")
            print(f"| page | n | cold median ms | cold p95 ms | warm median ms | warm p95 ms |")
            print(f"|---|---|---|---|---|---|")
            for kind, paths in page_sets(base, samples).items():
                cold = [timed_get(base + p) for p in paths]
                warm = [timed_get(base + p) for p in paths]
                if len(set(paths)) == 1:
                    cold_txt = f"first {cold[0] * 1000:.0f}", "–"
                else:
                    cold_txt = f"{statistics.median(cold) * 1000:.0f}", f"{p95(cold) * 1000:.0f}"
                print(f"| {kind} | {len(paths)} | {cold_txt[0]} | {cold_txt[1]} | "
                      f"{statistics.median(warm) * 1000:.1f} | {p95(warm) * 1000:.1f} |", flush=True)
        finally:
            server.close()
            store.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", type=int, default=35, help="copies of the instance data in the synthetic graph")
    parser.add_argument("--samples", type=int, default=30, help="requests per page type")
    parser.add_argument("--only", choices=("seed", "synthetic"))
    args = parser.parse_args()
    from seed_graph import seed_quads

    seed = list(seed_quads())
    if args.only != "synthetic":
        bench("seed graph", seed, args.samples)
    if args.only != "seed":
        bench(f"synthetic graph ({args.copies} copies of the instance data)", synthetic(seed, args.copies), args.samples)


if __name__ == "__main__":
    main()

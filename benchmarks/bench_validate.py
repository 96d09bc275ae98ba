"""Benchmark: where validation's CPU goes, query by query, on a built store.

``ickg build`` validates the store it loads (``ickg.validate.shacl.validate_store``): the SHACL
shapes as SPARQL (``ickg.validate.shapes``: a screen per property shape, then the checks whose
screen found something and those without one), the quotes against their documents and the
sources of the asserted triples (``ickg.validate.evidence``). This times each of those queries
(CPU seconds of this process, one thread) on a copy of a store, and prints the costliest::

    python benchmarks/bench_validate.py DATA_DIR/build/store/<version>    # a store ickg build made
    python benchmarks/bench_validate.py STORE --top 30

The store is copied first (a store is opened by one process at a time, and the copy loses the
inferred, derivations and proposals graphs, which a build validates before it reasons and
proposes). ``--per-document`` leaves out what the extraction workers check per document
(``ickg.validate.local``: the evidence and mention shapes, the quotes and spans), as a build
whose documents all conformed does, and times that check on the documents' annotations instead.
"""

import argparse
import shutil
import tempfile
import time

import pyoxigraph as ox

from ickg import iris, resources
from ickg.validate import evidence, local, shapes
from ickg.validate.shacl import NOT_VALIDATED


def cpu(function):
    start = time.process_time()
    result = function()
    return time.process_time() - start, result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store", help="a pyoxigraph store directory (ickg build's DATA_DIR/build/store/<version>)")
    parser.add_argument("--top", type=int, default=15, help="how many of the costliest queries to show")
    parser.add_argument("--per-document", action="store_true",
                        help="leave out the checks the extraction workers make (ickg.validate.local)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="ickg-bench-validate-") as tmp:
        shutil.copytree(args.store, f"{tmp}/store", ignore=shutil.ignore_patterns("LOCK", ".lock"))
        store = ox.Store(f"{tmp}/store")
        for graph in (*NOT_VALIDATED, iris.PROPOSED_GRAPH, iris.PROPOSED_PROVENANCE_GRAPH):
            store.remove_graph(ox.NamedNode(graph))
        options = shapes.graph_options("union")
        skip = local.LOCAL_SHAPES if args.per_document else ()
        checks = shapes.compiled_shapes(resources.shapes_graph(), shapes.subclasses_in(store, "union"), skip=skip)
        timed, screened = [], {}
        for check in checks:
            name = f"{check.shape.rsplit('/', 1)[-1]} {str(check.path).rsplit('/', 1)[-1] if check.path else ''}"
            if check.screen is not None and check.screen not in screened:
                seconds, screened[check.screen] = cpu(lambda: any(True for _ in store.query(check.screen, **options)))
                timed.append((seconds, "screen", name, screened[check.screen]))
            if check.screen is not None and not screened[check.screen]:
                continue
            seconds, rows = cpu(lambda: sum(1 for _ in store.query(check.query, **options)))
            timed.append((seconds, "check", name, rows))
        if args.per_document:  # the workers' check, on the documents' mentions and provenance text
            texts = [store.dump(format=ox.RdfFormat.N_QUADS, from_graph=ox.NamedNode(g)).decode()
                     for g in (iris.MENTIONS_GRAPH, iris.PROVENANCE_GRAPH)]
            quotes, _ = cpu(lambda: local.documents_conform(texts))
            print(f"per document (the whole store's annotations as one chunk): {quotes:.2f} s CPU")
            quotes = 0.0
        else:
            quotes, _ = cpu(lambda: evidence.check_evidence(store, None, "union"))
        sources, _ = cpu(lambda: evidence.check_sources(store))
        print(f"{len(store):,} quads; {len(checks)} checks, {len(screened)} screens "
              f"({sum(1 for found in screened.values() if found)} found something)")
        print(f"shapes {sum(t[0] for t in timed):.2f} s CPU, quotes {quotes:.2f} s, sources {sources:.2f} s")
        for seconds, kind, name, found in sorted(timed, key=lambda t: -t[0])[:args.top]:
            print(f"  {seconds:6.3f} s  {kind:6} {name}  ({found})")
        del store


if __name__ == "__main__":
    main()

"""Benchmark: a 1M-quad dataset loaded into a real Oxigraph server and a real Virtuoso, in bounded memory.

A synthetic N-Quads file (``--quads``, default 1,000,000: six named graphs shaped like ickg's, with
labels, evidence offsets and 0.5 % of the quads on blank-node lists like the ontology's) is loaded by
ickg's remote loader (:func:`ickg.store.remote_load.load`, what ``ickg build --store-url`` runs) in a
child process, once per store and path:

    oxigraph  gsp      batches POSTed to /store (?no_transaction: the server's bulk loader)
    virtuoso  gsp      batches POSTed per graph to /sparql-graph-crud-auth (digest auth)
    virtuoso  bulk     batch files + ld_dir/rdf_loader_run through isql (the store is on this machine)

Figures: wall seconds, quads/s, the loader's peak RSS (the child's ru_maxrss) and the server's
(VmHWM of its process, which lives for the whole run), and the count read back by SPARQL. The old
loader, one N-Triples body per graph held in memory, is run too as the baseline (``--baseline``).

    python benchmarks/bench_remote_load.py                   # 1M quads, both stores
    python benchmarks/bench_remote_load.py --quads 200000 --batch 20000
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

GRAPHS = ["asserted", "mentions", "provenance", "inferred", "derivations", "ontology"]
G = "https://w3id.org/ickg/graph/"
ID = "https://w3id.org/ickg/id/"
ICKG = "https://w3id.org/ickg/ontology/"


def synthetic_nquads(path: Path, quads: int, seed: int = 7) -> int:
    """Write ``quads`` distinct quads to ``path``; returns the count written."""
    rng = random.Random(seed)
    written = 0
    with open(path, "w", encoding="utf-8") as out:
        i = 0
        while written < quads:
            graph = G + GRAPHS[i % 5]
            s = f"<{ID}statement/{i:09x}>"
            if i % 200 == 0:  # an RDF list of three classes on blank nodes, as owl:unionOf writes them
                out.write(f"<{ICKG}C{i}> <http://www.w3.org/2002/07/owl#unionOf> _:l{i}a <{G}ontology> .\n")
                for k, nxt in (("a", f"_:l{i}b"), ("b", f"_:l{i}c"), ("c", "<http://www.w3.org/1999/02/22-rdf-syntax-ns#nil>")):
                    out.write(f"_:l{i}{k} <http://www.w3.org/1999/02/22-rdf-syntax-ns#first> <{ICKG}K{rng.randrange(300)}> <{G}ontology> .\n")
                    out.write(f"_:l{i}{k} <http://www.w3.org/1999/02/22-rdf-syntax-ns#rest> {nxt} <{G}ontology> .\n")
                written += 7
            out.write(f"{s} <http://www.w3.org/2000/01/rdf-schema#label> \"statement {i} about care \\\"{rng.random():.6f}\\\"\"@en <{graph}> .\n")
            out.write(f"{s} <http://www.w3.org/ns/oa#start> \"{rng.randrange(10**6)}\"^^<http://www.w3.org/2001/XMLSchema#integer> <{graph}> .\n")
            out.write(f"{s} <{ICKG}about> <{ID}program/p{rng.randrange(5000)}> <{graph}> .\n")
            written += 3
            i += 1
    return written


CHILD = r"""
import json, resource, sys, time, urllib.parse
import pyoxigraph as ox
from ickg.store.remote_http import Credentials, RemoteHTTP
from ickg.store import remote_load as L
args = json.loads(sys.argv[1])
creds = Credentials(args["user"], args["password"]) if args["user"] else None
http = RemoteHTTP(creds, timeout=3600)
started = time.monotonic()
if args["mode"] == "baseline":  # the loader this replaced: every graph in memory, one PUT each
    by_graph = {}
    for q in ox.parse(path=args["file"], format=ox.RdfFormat.N_QUADS):
        by_graph.setdefault(q.graph_name.value, []).append(ox.Triple(q.subject, q.predicate, q.object))
    for graph, triples in by_graph.items():
        body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
        http.request("PUT", args["gsp"] + "?graph=" + urllib.parse.quote(graph, safe=""), data=body,
                     headers={"Content-Type": "application/n-triples"})
    report = {"seconds": round(time.monotonic() - started, 2), "method": "one PUT per graph"}
else:
    target = L.Target(args["kind"], args["gsp"], http, isql=args["isql"])
    r = L.load(target, args["file"], batch_quads=args["batch"], bulk="auto" if args["mode"] == "bulk" else "never")
    report = {"seconds": r.seconds, "method": r.method, "batches": r.batches, "quads": r.quads}
report["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
print(json.dumps(report))
"""


def server_hwm_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
    return 0.0


def count(server) -> int:
    doc = server.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", default_graphs=server.ickg_graphs(), timeout=600)
    return int(doc["results"]["bindings"][0]["n"]["value"])


def run(server, mode: str, file: Path, batch: int) -> dict:
    args = {"kind": server.kind, "gsp": server.gsp_url, "file": str(file), "batch": batch, "mode": mode,
            "user": server.user, "password": server.password,
            "isql": f"127.0.0.1:{server.isql_port}" if server.isql_port else None}
    env = dict(os.environ)
    started = time.monotonic()
    out = subprocess.run([sys.executable, "-c", CHILD, json.dumps(args)], capture_output=True, text=True, env=env)
    wall = time.monotonic() - started
    if out.returncode != 0:
        return {"store": server.kind, "mode": mode, "error": out.stderr.strip().splitlines()[-1:]}
    report = json.loads(out.stdout.strip().splitlines()[-1])
    report.update(store=server.kind, mode=mode, wall=round(wall, 2), loaded=count(server),
                  server_peak_rss_mb=server_hwm_mb(server.proc.pid))
    report["quads_per_s"] = round(report["loaded"] / report["seconds"]) if report.get("seconds") else None
    server.clear()
    return report


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quads", type=int, default=1_000_000)
    parser.add_argument("--batch", type=int, default=50_000)
    parser.add_argument("--stores", default="oxigraph,virtuoso")
    parser.add_argument("--baseline", action="store_true", help="also run the old one-PUT-per-graph loader")
    options = parser.parse_args()
    import remote_stores as R

    with tempfile.TemporaryDirectory(prefix="ickg-bench-remote-") as tmp:
        tmp = Path(tmp)
        data = tmp / "data.nq"
        n = synthetic_nquads(data, options.quads)
        print(f"# {n} quads, {data.stat().st_size / 1e6:.0f} MB of N-Quads; batches of {options.batch}", flush=True)
        results = []
        for kind in options.stores.split(","):
            (tmp / kind).mkdir()
            server = R.start_oxigraph(tmp / kind) if kind == "oxigraph" else R.start_virtuoso(tmp / kind)
            try:
                modes = ["gsp"] + (["bulk"] if kind == "virtuoso" else []) + (["baseline"] if options.baseline else [])
                for mode in modes:
                    result = run(server, mode, data, options.batch)
                    print(json.dumps(result), flush=True)
                    results.append(result)
            finally:
                server.stop()
        print(json.dumps({"quads": n, "results": results}, indent=1))


if __name__ == "__main__":
    main()

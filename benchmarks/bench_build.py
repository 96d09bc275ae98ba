"""Benchmark: N synthetic abstracts from text to a served, reasoned store.

For each N, a fresh data directory gets N documents written by ``benchmarks/synthetic.py`` (in the
corpus's styles) and the ontology; then ``publish`` runs every stage, and a real ``ickg serve``
process is started on the new store and asked one query. Release files are skipped (they are for
the curated corpus), and so is validation unless asked for: both need the whole dataset as rdflib
terms, which the bulk path avoids. The stages:

    extract  extraction and RDF on all cores: each worker writes the mentions and provenance
             graphs as N-Quads text to the build's spool file and sends back the record and its
             asserted quads (ickg.model.populate.populate_many); the parent writes each
             reified statement once
    reason   OWL 2 RL closure of ontology + asserted (ickg.reason.materialise.materialise)
    store    pyoxigraph bulk_load of the spool file into a new store version, then the swap

Figures: wall time per stage, wall and CPU seconds of the whole build (this process and its
extraction workers: on a shared machine CPU seconds are the steadier figure), documents/s, quads,
peak memory, and the time until the server answers.

SHACL validation is reported separately (``--validate``): pySHACL is single-threaded Python and
is the one stage that does not scale to the 10,000-document target.

    python benchmarks/bench_build.py                 # N = 1,000 and 10,000
    python benchmarks/bench_build.py --sizes 200 --validate
"""

import argparse
import json
import os
import resource
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synthetic  # noqa: E402


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def cpu_seconds():
    """CPU seconds (user + system) of this process and of its waited-for children so far."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def peak_mb():
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return own / 1024, children / 1024


def serve_and_query(data_dir):
    """Seconds from starting `ickg serve` until it answers a COUNT over the union graph."""
    port = free_port()
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "ickg", "serve", "--data-dir", str(data_dir),
                             "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/ickg/ontology/SourceDocument> }"
    url = f"http://127.0.0.1:{port}/sparql?" + urllib.parse.urlencode({"query": query})
    try:
        for _ in range(600):
            try:
                req = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
                with urllib.request.urlopen(req, timeout=30) as response:
                    answer = json.load(response)
                return time.perf_counter() - start, int(answer["results"]["bindings"][0]["n"]["value"])
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("the server did not answer in 60 s")
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def run(n, *, validate, seed=7):
    from ickg.build.publish import publish

    with tempfile.TemporaryDirectory(prefix=f"ickg-bench-{n}-") as tmp:
        data = Path(tmp)
        synthetic.write_corpus(data / "corpus", n, seed=seed)
        start, cpu = time.perf_counter(), cpu_seconds()
        build = publish(data, release=False, validate=validate)
        total, cpu = time.perf_counter() - start, cpu_seconds() - cpu
        served, documents = serve_and_query(data)
        own, children = peak_mb()
        counts = build.counts()
        stages = "  ".join(f"{k} {v:.1f}s" for k, v in build.timings.items())
        print(f"N={n:>6}  build {total:6.1f}s (CPU {cpu:6.1f}s)  ({n / total:6.0f} docs/s)  served after +{served:4.1f}s  "
              f"quads {sum(counts.values()):>9,}  inferred {counts.get('https://w3id.org/ickg/graph/inferred', 0):>8,}  "
              f"peak RSS {own:,.0f} MB (+ workers {children:,.0f} MB)  documents answered {documents}")
        print(f"          stages: {stages}")
        sys.stdout.flush()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--validate", action="store_true", help="include SHACL validation in the build")
    args = parser.parse_args()
    print(f"cores {os.cpu_count()}, python {sys.version.split()[0]}")
    for n in args.sizes:
        run(n, validate=args.validate)


if __name__ == "__main__":
    main()

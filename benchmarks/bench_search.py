"""Search latency on the command users run: `ickg serve` over HTTP, `/search?q=`, at ~1M and ~10M quads.

For each size a data directory gets the seed corpus and curation (``graph_data/``) plus N
synthetic documents (``benchmarks/synthetic.py``), and is built: by the command users run,
``ickg build --no-release --no-dl`` (with validation), or with ``--build bulk`` by the bulk path
of ``benchmarks/bench_build.py`` (``publish(release=False, validate=False)``: validation parses the
whole dataset into rdflib, which 10,000 documents do not fit on a shared machine). Either way the
store version and its text index are made by the same code (the index from the N-Quads the
store is bulk-loaded from). Then a real ``ickg serve`` process is started on it and asked:

- ``/search?q=`` for a fixed set of distinct queries of several shapes (a word, two words, a
  phrase, a prefix, a hyphenated term, OR, a program's abbreviation, a six-word phrase cut from a
  synthetic document), each once (cold: the text index is searched), then all again (warm: the
  results are in the viewer's cache, the page is rendered again);
- ``/search.json?q=`` for the same queries (warm);
- the floor: ``/search`` with no search text, as many times (the page and the HTTP round trip
  alone: on a shared machine, most of what a search costs above it is the machine's);
- the old search's two scans over ``/sparql`` for the same words, uncached (distinct texts):
  ``CONTAINS(LCASE(STR(?label)), w)`` over labels and ``CONTAINS(LCASE(?text), w)`` over the
  documents' full text, one after the other as the old ``/search`` page ran them (the page also
  ran two label/type queries, not counted here: this baseline is a lower bound of the old page);
- ``ickg:search`` inside a SPARQL query (programs ranked by a search text).

Printed: quads, documents, build wall time, the index's build time, rows and size (from the index
itself), the store's size, and p50/p95 of each request kind (wall time of the whole HTTP request,
one client), with the CPU the server's processes spent on each request (p50/p95: their threads'
run time from ``/proc/PID/task/TID/schedstat``, read before and after the request). On a shared
machine a request's wall time is mostly its wait for a core (2 cores, a load of 8-17: a 3 ms
search waits 50-150 ms now and then), so the wall p95 measures the machine's load; the CPU is what
the search costs wherever it runs. Run it twice and compare medians.

    python benchmarks/bench_search.py                          # ~1M quads (1,000 documents)
    python benchmarks/bench_search.py --docs 1000 10000 --build bulk
    python benchmarks/bench_search.py --docs 1000 --keep /tmp/ickg-search-bench   # reuse the built data
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import synthetic  # noqa: E402
from bytecode import keep_bytecode  # noqa: E402

PREFIXES = ("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
            "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
            "PREFIX dcterms: <http://purl.org/dc/terms/>\n"
            "PREFIX ickg: <https://w3id.org/ickg/ontology/>\n")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def dir_bytes(path):
    return sum(p.stat().st_size for p in Path(path).rglob("*") if p.is_file())


def p95(values):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(0.95 * (len(values) - 1))))]


# ---------------------------------------------------------------------------------------------
# The data


def make_data(data, docs, *, build, seed=3):
    """Seed corpus + curation + ``docs`` synthetic documents in ``data``, built; the seconds it took."""
    if data.exists():
        shutil.rmtree(data)
    data.mkdir(parents=True)
    for name in ("corpus", "curation"):
        shutil.copytree(ROOT / "graph_data" / name, data / name)
    synthetic.write_corpus(data / "corpus", docs, seed=seed)
    start = time.perf_counter()
    if build == "command":
        command = [sys.executable, "-m", "ickg", "build", "--data-dir", str(data), "--no-release", "--no-dl"]
    else:
        command = [sys.executable, "-c", "import sys; from ickg.build import publish; "
                   "publish.publish(sys.argv[1], release=False, validate=False, dl=False)", str(data)]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def version_dir(data):
    root = data / "build" / "store"
    return root / (root / "CURRENT").read_text().strip()


# ---------------------------------------------------------------------------------------------
# The queries


def queries(count, seed=11):
    """``count`` distinct search texts of several shapes, from the synthetic documents' words."""
    rng = random.Random(seed)
    concepts = [c for c in synthetic.CONCEPTS if not c.startswith("the ")]
    words = sorted({w for c in concepts + synthetic.OUTCOMES for w in c.split() if len(w) > 4})
    places = [p.removeprefix("the ") for p in synthetic.PLACES]
    sentences = [line for _, text in synthetic.generate(60, seed=seed) for line in text.split(". ")
                 if len(line.split()) >= 8]
    shapes = [
        lambda: rng.choice(words + places),
        lambda: f"{rng.choice(words)} {rng.choice(places)}",
        lambda: f'"{rng.choice(concepts)}"',
        lambda: rng.choice(words)[:rng.randint(4, 6)] + "*",
        lambda: rng.choice(concepts).replace(" ", "-"),
        lambda: f'"{rng.choice(places)}" OR "{rng.choice(places)}"',
        lambda: rng.choice([abbr for _, abbr in synthetic.PROGRAMS] + ["PRISMA", "Kaiser"]),
        lambda: '"' + " ".join((s := rng.choice(sentences).split())[(i := rng.randrange(len(s) - 6)):i + 6]) + '"',
    ]
    out = {}
    for attempt in range(count * 50):  # shapes with few texts (the abbreviations) run out: go round
        text = shapes[attempt % len(shapes)]()
        if text not in out and len(text) <= 200:
            out[text] = True
        if len(out) == count:
            break
    return list(out)


def scan_queries(text):
    """The two SPARQL queries the old /search ran for ``text`` (its words, lower-cased)."""
    words = [w for w in text.lower().replace('"', " ").replace("*", " ").split() if w != "or"][:8]
    lit = json.dumps
    labels = " && ".join(f"CONTAINS(LCASE(STR(?l)), {lit(w)})" for w in words)
    docs = " && ".join(f"CONTAINS(LCASE(?text), {lit(w)})" for w in words)
    return [
        PREFIXES + f"SELECT ?x ?l ?p WHERE {{ ?x ?p ?l . VALUES ?p {{ rdfs:label skos:prefLabel skos:altLabel "
                   f"dcterms:title }} FILTER(isLiteral(?l) && {labels}) }} LIMIT 1000",
        PREFIXES + f"SELECT ?doc ?text WHERE {{ ?doc ickg:fullText ?text FILTER({docs}) }} LIMIT 100",
    ]


# ---------------------------------------------------------------------------------------------
# Serving and asking


class Server:
    def __init__(self, data):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        start = time.perf_counter()
        self.proc = subprocess.Popen([sys.executable, "-m", "ickg", "serve", "--data-dir", str(data),
                                      "--port", str(self.port)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        for _ in range(1200):
            try:
                self.get("/sparql?query=ASK%7B%7D", accept="application/sparql-results+json")
                self.started = time.perf_counter() - start
                return
            except OSError:
                if self.proc.poll() is not None:
                    raise RuntimeError("ickg serve exited: " + self.proc.stderr.read().decode()[-2000:])
                time.sleep(0.1)
        raise RuntimeError("ickg serve did not answer in 120 s")

    def get(self, path, accept="text/html"):
        """(seconds, status, body) of one GET."""
        start = time.perf_counter()
        request = urllib.request.Request(self.url + path, headers={"Accept": accept})
        try:
            with urllib.request.urlopen(request, timeout=300) as response:
                body, status = response.read(), response.status
        except urllib.error.HTTPError as err:
            body, status = err.read(), err.code
        return time.perf_counter() - start, status, body

    def cpu(self):
        """Seconds of CPU the server's processes (the supervisor, its web processes, their query
        workers) have run, summed over their threads; see :func:`tree_cpu`."""
        return tree_cpu(self.proc.pid)

    def close(self):
        self.proc.terminate()
        self.proc.wait(timeout=60)


def tree_cpu(pid):
    """Seconds of CPU run by ``pid`` and its descendants, every thread counted (the first field of
    ``/proc/PID/task/TID/schedstat``, nanoseconds: unlike ``/proc/PID/stat``'s clock ticks of
    10 ms, fine enough for one request). The descendants are found from every process's parent
    in ``/proc/*/stat`` (this kernel has no ``/proc/PID/task/TID/children``). A thread or process
    that has ended is not counted (its run time leaves ``/proc``): right for ``ickg serve``, whose
    requests run in its server's pools of threads (granian's by default, or waitress's), which
    outlive a request, and in its query workers, which are kept. A pool thread that ends between
    the two reads of a request would take its earlier time with it: a figure can be low, never high."""
    parents = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    parents.setdefault(int(f.read().rpartition(")")[2].split()[1]), []).append(int(entry))
            except (OSError, ValueError, IndexError):
                continue
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        todo.extend(parents.get(p, ()))
        try:
            tids = os.listdir(f"/proc/{p}/task")
        except OSError:
            continue
        for tid in tids:
            try:
                with open(f"/proc/{p}/task/{tid}/schedstat") as f:
                    total += int(f.read().split()[0])
            except (OSError, ValueError, IndexError):
                continue
    return total / 1e9


def timed(server, paths, accept="text/html"):
    """Wall seconds of each request, and the server's CPU seconds for each (read outside the
    timed request, so reading it costs the figures nothing)."""
    times, cpus = [], []
    for path in paths:
        before = server.cpu()
        seconds, status, body = server.get(path, accept)
        cpus.append(server.cpu() - before)
        if status != 200:
            raise RuntimeError(f"{path}: {status} {body[:300]!r}")
        times.append(seconds)
    return Timed(times, cpus)


class Timed(list):
    """Wall seconds of each request (the list) and ``cpu``: the server's CPU seconds for each."""

    def __init__(self, times, cpus):
        super().__init__(times)
        self.cpu = cpus


def row(name, times):
    ms = [t * 1000 for t in times]
    text = f"| {name} | {len(ms)} | {statistics.median(ms):.1f} | {p95(ms):.1f} | {max(ms):.1f} |"
    cpu = [t * 1000 for t in getattr(times, "cpu", ())]
    return text + (f" {statistics.median(cpu):.1f} | {p95(cpu):.1f} |" if cpu else " | |")


def run(docs, *, build, samples, keep):
    data = Path(keep) / f"docs-{docs}" if keep else Path(f"/tmp/ickg-bench-search-{docs}")
    built = None
    if not (keep and (data / "build" / "store" / "CURRENT").exists()):
        built = make_data(data, docs, build=build)
    try:
        from ickg.store import textindex

        version = version_dir(data)
        about = textindex.open_index(version).about()
        store_bytes = dir_bytes(version) - about["bytes"]
        server = Server(data)
        try:
            _, _, body = server.get("/sparql?" + urllib.parse.urlencode({"query": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"}),
                                    accept="application/sparql-results+json")
            quads = int(json.loads(body)["results"]["bindings"][0]["n"]["value"])
            texts = queries(samples)
            pages = ["/search?" + urllib.parse.urlencode({"q": t}) for t in texts]
            floor = timed(server, ["/search?" + urllib.parse.urlencode({"q": "", "n": i}) for i in range(len(texts))])
            cold = timed(server, pages)
            warm = timed(server, pages)
            as_json = timed(server, ["/search.json?" + urllib.parse.urlencode({"q": t}) for t in texts],
                            accept="application/json")
            scans, scan_cpu = [], []
            for text in texts:
                total = Timed([0.0], [0.0])
                for query in scan_queries(text):
                    one = timed(server, ["/sparql?" + urllib.parse.urlencode({"query": query})],
                                accept="application/sparql-results+json")
                    total[0] += one[0]
                    total.cpu[0] += one.cpu[0]
                scans.append(total[0])
                scan_cpu.append(total.cpu[0])
            scans = Timed(scans, scan_cpu)
            joined = timed(server, ["/sparql?" + urllib.parse.urlencode({"query": PREFIXES + (
                f"SELECT ?x ?score WHERE {{ ?x a ickg:Program BIND(ickg:search(?x, {json.dumps(t)}) AS ?score) "
                "FILTER(BOUND(?score)) } ORDER BY DESC(?score) LIMIT 20")}) for t in texts[:50]],
                accept="application/sparql-results+json")
        finally:
            server.close()
    finally:
        if not keep:
            shutil.rmtree(data, ignore_errors=True)
    print(f"\n## {docs:,} synthetic documents + the seed corpus: {quads:,} quads\n")
    if built is not None:
        print(f"build ({build}) {built:.1f} s wall; ", end="")
    print(f"text index: built in {about['seconds']:.1f} s from {about['source']}, {about['bytes'] / 1e6:.1f} MB, "
          f"rows {about['rows']}; store {store_bytes / 1e6:.0f} MB; `ickg serve` answered after {server.started:.1f} s\n")
    print("| request | n | p50 ms | p95 ms | max ms | server CPU p50 ms | server CPU p95 ms |")
    print("|---|---|---|---|---|---|---|")
    for name, times in (("floor: /search without a search text (the page, no search)", floor),
                        ("/search (cold: distinct texts, first time)", cold), ("/search (warm: same texts again)", warm),
                        ("/search.json (warm)", as_json),
                        ("old scan: label + document CONTAINS over /sparql (uncached)", scans),
                        ("ickg:search in SPARQL (programs ranked)", joined)):
        print(row(name, times))
    print(f"\nratio p50 old scan / new cold: {statistics.median(scans) / statistics.median(cold):.1f}x, "
          f"p95: {p95(scans) / p95(cold):.1f}x", flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, nargs="+", default=[1000], help="synthetic documents per data directory")
    parser.add_argument("--build", choices=("command", "bulk"), default="command",
                        help="`ickg build --no-release --no-dl` (validates) or the bulk path without validation")
    parser.add_argument("--samples", type=int, default=200, help="distinct search texts")
    parser.add_argument("--keep", metavar="DIR", help="keep (and reuse) the built data directories under DIR")
    args = parser.parse_args()
    code = tempfile.TemporaryDirectory(prefix="ickg-bench-bytecode-", dir=os.environ.get("TMPDIR"))
    if keep_bytecode(Path(code.name), [sys.executable]):
        print(f"bytecode kept in {code.name} (PYTHONDONTWRITEBYTECODE is set here; compiled before the server starts)")
    print(f"cores {os.cpu_count()}, load {os.getloadavg()[0]:.1f}, python {sys.version.split()[0]}")
    for docs in args.docs:
        run(docs, build=args.build, samples=args.samples, keep=args.keep)


if __name__ == "__main__":
    main()

"""Throughput and latency of ickg's /sparql against ``oxigraph serve-read-only`` on the same data.

Not a test: run it by hand and read the table.

    python benchmarks/bench_sparql.py                      # 730k triples, 5 s per workload
    python benchmarks/bench_sparql.py --triples 200000 --seconds 3
    python benchmarks/bench_sparql.py --workdir /tmp/b --processes 1   # keep the stores for the next run
    python benchmarks/bench_sparql.py --workdir /tmp/b --built DATA_DIR  # the store `ickg build` made
    python benchmarks/bench_sparql.py --workdir /tmp/b --rounds 3 --fronts granian,waitress,gunicorn \
        --only select,describe,select-repeat,describe-repeat,select-304

``--processes``, ``--threads`` and ``--query-workers`` are passed to ``ickg serve`` (defaults:
the command's own). With ``--workdir`` the generated data and both stores are kept and reused.

``--fronts`` serves the same app with other HTTP servers beside ``ickg serve`` (forked waitress
servers under ``ickg.web.supervisor``): ``ickg serve --server granian`` (granian's workers) and
gunicorn's prefork (``-k gthread``, same processes and threads; ``benchmarks/serve_app.py``
makes the app in each worker; ``pip install gunicorn``). ``--rounds`` repeats every workload on every server; the
ratios printed at the end are the medians of the rounds, each measured beside Oxigraph.

All servers run as subprocesses on loopback over the same generated N-Quads (Oxigraph with
``--union-default-graph``, which is what ickg's default graph is). The load generator is one
asyncio process keeping ``--clients`` HTTP/1.1 keep-alive connections busy; it shares the
machine's cores with the servers, as it would on a laptop.

Workloads:
  select    one-subject SELECT, a different subject each request (no cache hits)
  aggregate GROUP BY/COUNT over all entities' years, a different FILTER each request
  describe  DESCRIBE of a different subject each request
  *-repeat  the same request over and over: ickg answers from its per-version result cache
  select-304  the same request revalidated with If-None-Match: ickg answers 304
"""

import argparse
import asyncio
import json
import os
import random
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

BASE = "https://w3id.org/ickg/"
GRAPHS = [BASE + "graph/asserted", BASE + "graph/mentions", BASE + "graph/provenance", BASE + "graph/inferred"]
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
TYPES = ["Program", "Organization", "Document", "Evidence", "Intervention", "Outcome"]
TRIPLES_PER_ENTITY = 8


def write_dataset(path, triples):
    """N-Quads of about ``triples`` statements: entities with a type, label, year, links."""
    entities = triples // TRIPLES_PER_ENTITY
    rng = random.Random(7)
    with open(path, "w", encoding="utf-8") as out:
        for i in range(entities):
            s = f"<{BASE}id/e{i}>"
            graph = f"<{GRAPHS[i % 3]}>"
            kind = TYPES[i % len(TYPES)]
            out.write(f"{s} <{RDF_TYPE}> <{BASE}ontology/{kind}> {graph} .\n")
            out.write(f'{s} <{LABEL}> "Entity {i} of kind {kind}"@en {graph} .\n')
            out.write(f'{s} <{BASE}ontology/year> "{1990 + i % 35}"^^<http://www.w3.org/2001/XMLSchema#integer> {graph} .\n')
            for k in range(3):
                out.write(f"{s} <{BASE}ontology/related> <{BASE}id/e{rng.randrange(entities)}> {graph} .\n")
            out.write(f'{s} <{BASE}ontology/mention> "mention {i}" <{GRAPHS[1]}> .\n')
            out.write(f"{s} <{RDF_TYPE}> <{BASE}ontology/Thing> <{GRAPHS[3]}> .\n")
    return entities


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(url, proc, timeout=120):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited: {url}")
        try:
            with urllib.request.urlopen(url + "?query=" + urllib.parse.quote("ASK {}"), timeout=2):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"server not up: {url}")


def workloads(subjects):
    """The workloads over ``subjects`` (a list of IRIs: the generated entities, or the subjects of
    a built store); the aggregate ones only on the generated data, whose years they count."""
    n = len(subjects)

    def select(i):
        return f"SELECT ?p ?o WHERE {{ <{subjects[i % n]}> ?p ?o }}"

    def aggregate(i):
        return (f"SELECT ?year (COUNT(?s) AS ?n) WHERE {{ ?s <{BASE}ontology/year> ?year "
                f"FILTER(?year >= {1990 + i % 20} && ?s != <{BASE}id/none{i}>) }} GROUP BY ?year")

    def describe(i):
        return f"DESCRIBE <{subjects[i % n]}>"

    generated = subjects[0] == f"{BASE}id/e0"
    return [
        ("select", lambda i: select(i * 7919), "application/sparql-results+json", False),
        *([("aggregate", aggregate, "application/sparql-results+json", False)] if generated else []),
        ("describe", lambda i: describe(i * 7919), "text/turtle", False),
        ("select-repeat", lambda i: select(42), "application/sparql-results+json", False),
        *([("aggregate-repeat", lambda i: aggregate(0), "application/sparql-results+json", False)] if generated else []),
        ("describe-repeat", lambda i: describe(42), "text/turtle", False),
        ("select-304", lambda i: select(42), "application/sparql-results+json", True),
    ]


def built_store(data_dir, workdir, oxigraph):
    """Serve a data directory made by ``ickg build`` (the store users are served: its blocks,
    its compaction) beside an Oxigraph store loaded with the same quads: every graph of ickg's
    default answer, the unreviewed proposals left out as ickg leaves them out. Returns the
    subjects to query (IRIs of the asserted, provenance and mentions graphs, in a fixed order).
    Oxigraph's copy is kept in ``workdir`` for the same store version."""
    import pyoxigraph as ox

    from ickg.iris import EXTRACTED_GRAPHS
    from ickg.store import current_version, store_dir

    root = store_dir(data_dir)
    version = current_version(root)
    store = ox.Store.read_only(str(root / version))
    target = workdir / f"oxigraph-{version}"
    subjects_file = workdir / f"subjects-{version}.txt"
    if not (target / "ready").exists():
        shutil.rmtree(target, ignore_errors=True)
        dump = workdir / f"built-{version}.nq"
        t0 = time.perf_counter()
        with open(dump, "wb") as out:
            kept = (q for q in store.quads_for_pattern(None, None, None)
                    if getattr(q.graph_name, "value", None) not in EXTRACTED_GRAPHS)
            ox.serialize(kept, out, ox.RdfFormat.N_QUADS)
        subprocess.run([oxigraph, "load", "--location", str(target), "--file", str(dump)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        dump.unlink()
        rows = store.query("""SELECT DISTINCT ?s WHERE { VALUES ?g { <https://w3id.org/ickg/graph/asserted>
          <https://w3id.org/ickg/graph/provenance> <https://w3id.org/ickg/graph/mentions> }
          GRAPH ?g { ?s ?p ?o } FILTER(isIRI(?s)) }""")
        subjects = sorted(row["s"].value for row in rows)
        random.Random(7).shuffle(subjects)
        subjects_file.write_text("\n".join(subjects), encoding="utf-8")
        (target / "ready").touch()
        print(f"oxigraph store loaded from {root / version} in {time.perf_counter() - t0:.1f} s", flush=True)
    return target, subjects_file.read_text(encoding="utf-8").split("\n")


async def one_client(host, port, path_for, accept, revalidate, stop_at, counter, latencies, statuses):
    reader, writer = await asyncio.open_connection(host, port)
    etag = None
    try:
        while time.perf_counter() < stop_at:
            i = counter[0]
            counter[0] += 1
            path = path_for(i)
            extra = f"If-None-Match: {etag}\r\n" if revalidate and etag else ""
            request = (f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nAccept: {accept}\r\n{extra}\r\n").encode()
            started = time.perf_counter()
            writer.write(request)
            status_line = await reader.readline()
            length = 0
            chunked = False
            close = False
            while True:
                line = await reader.readline()
                if line in (b"\r\n", b""):
                    break
                name, _, value = line.decode("latin-1").partition(":")
                name = name.strip().lower()
                if name == "content-length":
                    length = int(value)
                elif name == "transfer-encoding" and "chunked" in value:
                    chunked = True
                elif name == "etag":
                    etag = value.strip()
                elif name == "connection" and "close" in value.lower():
                    close = True
            if chunked:
                while True:
                    size = int((await reader.readline()).strip(), 16)
                    await reader.readexactly(size + 2)
                    if size == 0:
                        break
            elif length:
                await reader.readexactly(length)
            if close:  # waitress closes the connection after every 304: reconnect, as clients do
                writer.close()
                reader, writer = await asyncio.open_connection(host, port)
            latencies.append(time.perf_counter() - started)
            status = int(status_line.split()[1])
            statuses[status] = statuses.get(status, 0) + 1
    finally:
        writer.close()


def tree_cpu_seconds(pid):
    """CPU seconds (user + system) used so far by process ``pid`` and every live descendant, from
    /proc: on a shared machine, CPU per request moves far less with the load than throughput."""
    parents, times = {}, {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue
        fields = text[text.rindex(")") + 2:].split()
        child = int(stat.parent.name)
        parents[child] = int(fields[1])
        times[child] = int(fields[11]) + int(fields[12])
    tree, grew = {pid}, True
    while grew:
        more = {child for child, parent in parents.items() if parent in tree} - tree
        tree |= more
        grew = bool(more)
    return sum(times.get(p, 0) for p in tree) / os.sysconf("SC_CLK_TCK")


async def run_load(url, query_for, accept, revalidate, clients, seconds, pid=None):
    parsed = urllib.parse.urlsplit(url)

    def path_for(i):
        return parsed.path + "?query=" + urllib.parse.quote(query_for(i))

    counter, latencies, statuses = [0], [], {}
    # warm up: one request per client shape
    stop_at = time.perf_counter() + 1.0
    await asyncio.gather(*(one_client(parsed.hostname, parsed.port, path_for, accept, revalidate, stop_at,
                                      [10_000_000], [], {}) for _ in range(clients)))
    stop_at = time.perf_counter() + seconds
    cpu = tree_cpu_seconds(pid) if pid else None
    started = time.perf_counter()
    await asyncio.gather(*(one_client(parsed.hostname, parsed.port, path_for, accept, revalidate, stop_at,
                                      counter, latencies, statuses) for _ in range(clients)))
    elapsed = time.perf_counter() - started
    if pid:
        cpu = tree_cpu_seconds(pid) - cpu
    latencies.sort()
    return {
        "rps": len(latencies) / elapsed,
        "cpu_us": cpu / len(latencies) * 1e6 if pid and latencies else float("nan"),
        "p50": latencies[len(latencies) // 2] * 1000 if latencies else float("nan"),
        "p99": latencies[int(len(latencies) * 0.99)] * 1000 if latencies else float("nan"),
        "statuses": statuses,
    }


def breakdown(store_dir, subjects, rounds=5, per_round=200):
    """Where an uncached one-subject SELECT's time goes, in this process: medians, microseconds.

    The whole WSGI app (Flask, the query check, negotiation, headers, the store) is timed
    against its parts: the store's round trip to a query worker, the evaluation and
    serialization the worker does, pyoxigraph's own evaluation, and a FastPath replay. The
    HTTP server's share is what ``ickg serve`` adds on top (compare p50 with the total).
    """
    import io

    import pyoxigraph as ox

    from ickg.sparql import formats
    from ickg.store.evaluation import evaluate
    from ickg.web import create_app

    app = create_app({"DATA_DIR": str(store_dir), "MAX_ROWS": 0, "QUERY_WORKERS": 2})
    store = app.extensions["ickg.store"]
    store.start().wait_ready()
    fmt = formats.by_name("results", "json")
    local = ox.Store.read_only(str(store.path))

    def text(i):
        return f"SELECT ?p ?o WHERE {{ <{subjects[(i * 7919) % len(subjects)]}> ?p ?o }}"

    def wsgi(i):
        environ = {"REQUEST_METHOD": "GET", "PATH_INFO": "/sparql", "SERVER_NAME": "127.0.0.1",
                   "QUERY_STRING": "query=" + urllib.parse.quote(text(i)), "SERVER_PORT": "80",
                   "SERVER_PROTOCOL": "HTTP/1.1", "wsgi.url_scheme": "http", "wsgi.input": io.BytesIO(),
                   "wsgi.errors": sys.stderr, "REMOTE_ADDR": "127.0.0.1", "HTTP_HOST": "127.0.0.1",
                   "HTTP_ACCEPT": "application/sparql-results+json", "wsgi.multithread": True,
                   "wsgi.multiprocess": False, "wsgi.run_once": False, "wsgi.version": (1, 0)}
        return b"".join(app.wsgi_app(environ, lambda status, headers, exc_info=None: None))

    job = store._job(text(0), default_graphs=None, named_graphs=None, infer=True, max_rows=None, fmt=fmt,
                     query_dataset=False)
    parts = {
        "whole app, uncached (Flask + check + store)": lambda i: wsgi(i + 10**6),
        "store.query: worker round trip + evaluation": lambda i: store.query(text(i), fmt=fmt, timeout=30),
        "evaluation + ickg's serializer, in process": lambda i: evaluate(local, {**job, "query": text(i)}),
        "pyoxigraph evaluation alone (rows listed)": lambda i: list(
            local.query(text(i), use_default_graph_as_union=True)),
        "whole app, repeated (FastPath replay)": lambda i: wsgi(0),
    }
    timings = {name: [] for name in parts}
    try:
        for r in range(rounds):
            for name, run in parts.items():
                samples = []
                for i in range(per_round):
                    started = time.perf_counter()
                    run(i + r * per_round)
                    samples.append(time.perf_counter() - started)
                timings[name].append(statistics.median(samples) * 1e6)
    finally:
        store.close()
    print(f"in-process breakdown, median of {rounds} rounds of {per_round} (microseconds):")
    for name, values in timings.items():
        print(f"  {name:48} {statistics.median(values):7.0f}   [{' '.join(f'{v:.0f}' for v in values)}]")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--triples", type=int, default=730_000)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--threads", type=int, help="waitress threads per ickg serve process")
    parser.add_argument("--processes", type=int, help="ickg serve --processes")
    parser.add_argument("--query-workers", type=int, help="ickg serve --query-workers")
    parser.add_argument("--workdir", help="keep data here (default: a temporary directory)")
    parser.add_argument("--built", metavar="DATA_DIR",
                        help="serve this data directory, made by `ickg build`, instead of generated data "
                             "(Oxigraph gets a copy of its quads, proposals left out, in --workdir)")
    parser.add_argument("--only", help="comma-separated workload names")
    parser.add_argument("--breakdown", action="store_true",
                        help="time the parts of an uncached SELECT in process instead (see breakdown())")
    parser.add_argument("--rounds", type=int, default=1, help="repeat every workload; medians of the ratios")
    parser.add_argument("--fronts", default="waitress",
                        help="HTTP servers for ickg's app, side by side: waitress (`ickg serve`), granian "
                             "(`ickg serve --server granian`), gunicorn")
    args = parser.parse_args()

    oxigraph = shutil.which("oxigraph")
    ickg = shutil.which("ickg")
    if not oxigraph or not ickg:
        sys.exit("needs the `oxigraph` (pip install oxigraph) and `ickg` commands")

    workdir = Path(args.workdir or tempfile.mkdtemp(prefix="ickg-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    data = workdir / "data.nq"
    done = workdir / f"ready-{args.triples}"
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "service"))
    ickg_dir, oxigraph_dir = workdir / "ickg", workdir / "oxigraph"
    if args.built:
        ickg_dir = Path(args.built).resolve()
        oxigraph_dir, subjects = built_store(ickg_dir, workdir, oxigraph)
        print(f"serving {ickg_dir} (built by ickg build): {len(subjects)} subjects", flush=True)
    elif done.exists():  # a kept --workdir with both stores already loaded from the same data
        entities = args.triples // TRIPLES_PER_ENTITY
        print(f"reusing the stores in {workdir}", flush=True)
    else:
        for stale in (workdir / "ickg", workdir / "oxigraph"):
            shutil.rmtree(stale, ignore_errors=True)
        t0 = time.perf_counter()
        entities = write_dataset(data, args.triples)
        lines = sum(1 for _ in open(data, "rb"))
        print(f"dataset: {lines} quads, {entities} entities ({time.perf_counter() - t0:.1f} s)", flush=True)

        from ickg.store import replace_local_store

        t0 = time.perf_counter()
        replace_local_store(workdir / "ickg" / "build" / "store", data)
        print(f"ickg store built in {time.perf_counter() - t0:.1f} s", flush=True)
        t0 = time.perf_counter()
        subprocess.run([oxigraph, "load", "--location", str(workdir / "oxigraph"), "--file", str(data)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        print(f"oxigraph store loaded in {time.perf_counter() - t0:.1f} s", flush=True)
        done.touch()
    if not args.built:
        subjects = [f"{BASE}id/e{i}" for i in range(entities)]

    if args.breakdown:
        breakdown(ickg_dir, subjects)
        return
    fronts = [f.strip() for f in (args.fronts or "waitress").split(",") if f.strip()]
    config = {"DATA_DIR": str(ickg_dir), "MAX_ROWS": 0,
              **({"THREADS": args.threads} if args.threads else {}),
              **({"QUERY_WORKERS": args.query_workers} if args.query_workers else {})}
    processes = args.processes or min(2, os.cpu_count() or 1)
    threads = args.threads or 16
    here = str(Path(__file__).resolve().parent)
    env = dict(os.environ, ICKG_SERVE_CONFIG=json.dumps(config),
               PYTHONPATH=os.pathsep.join([here, os.environ.get("PYTHONPATH", "")]))
    servers, urls = {}, {}
    for front in fronts + ["oxigraph"]:
        port = free_port()
        if front == "oxigraph":
            command = [oxigraph, "serve-read-only", "--location", str(oxigraph_dir),
                       "--bind", f"127.0.0.1:{port}", "--union-default-graph"]
        elif front in ("granian", "waitress"):  # the command users run (waitress: its default)
            command = [ickg, "serve", "--server", front, "--data-dir", str(ickg_dir), "--port", str(port),
                       "--max-rows", "0",
                       *(["--threads", str(args.threads)] if args.threads else []),
                       *(["--processes", str(args.processes)] if args.processes else []),
                       *(["--query-workers", str(args.query_workers)] if args.query_workers else [])]
        elif front == "gunicorn":  # gunicorn's prefork with threaded workers, same app
            command = [sys.executable, "-m", "gunicorn", "-w", str(processes), "-k", "gthread",
                       "--threads", str(threads), "-b", f"127.0.0.1:{port}", "serve_app:app()"]
        else:
            sys.exit(f"unknown front {front!r}: granian, waitress or gunicorn")
        servers[front] = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        urls[front] = f"http://127.0.0.1:{port}/" + ("query" if front == "oxigraph" else "sparql")
    names = {"waitress": "ickg", "oxigraph": "oxigraph"}
    label = {front: names.get(front, f"ickg/{front}") for front in servers}
    try:
        for front in servers:
            t0 = time.perf_counter()
            wait_until_up(urls[front], servers[front])
            print(f"{label[front]} answered {time.perf_counter() - t0:.2f} s after start", flush=True)
        chosen = set(args.only.split(",")) if args.only else None
        print(f"\n{args.clients} concurrent clients, {args.seconds:g} s per run, {args.rounds} rounds, "
              f"{os.cpu_count()} cores\n")
        header = (f"{'workload':18} {'server':15} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} "
                  f"{'CPU us/req':>10}  statuses")
        ratios = {}  # (workload, front) -> ratio of each round
        cpu_ratios = {}  # (workload, front) -> Oxigraph's CPU per request over ickg's, each round
        for round_ in range(args.rounds):
            print(f"round {round_ + 1}\n{header}\n" + "-" * len(header), flush=True)
            for name, query_for, accept, revalidate in workloads(subjects):
                if chosen and name not in chosen:
                    continue
                results = {}
                for server in servers:
                    result = asyncio.run(run_load(urls[server], query_for, accept, revalidate, args.clients,
                                                  args.seconds, pid=servers[server].pid))
                    results[server] = result
                    print(f"{name:18} {label[server]:15} {result['rps']:9.0f} {result['p50']:8.2f} "
                          f"{result['p99']:8.2f} {result['cpu_us']:10.0f}  {result['statuses']}", flush=True)
                for front in fronts:
                    ratio = results[front]["rps"] / results["oxigraph"]["rps"]
                    ratios.setdefault((name, front), []).append(ratio)
                    cpu_ratio = results["oxigraph"]["cpu_us"] / results[front]["cpu_us"]
                    cpu_ratios.setdefault((name, front), []).append(cpu_ratio)
                    print(f"{'':18} {'ratio ' + label[front]:15} {ratio:9.2f}x {'':17} {cpu_ratio:10.2f}x",
                          flush=True)
                print(flush=True)
        print("ickg / oxigraph throughput, median of the rounds (each round's ratio in brackets):")
        for front in fronts:
            print(f"  {label[front]}: " + ", ".join(
                f"{n} {statistics.median(r):.2f}x [{' '.join(f'{x:.2f}' for x in r)}]"
                for (n, f), r in ratios.items() if f == front))
        print("Oxigraph's CPU per request over ickg's (server processes and their children), median of the rounds:")
        for front in fronts:
            print(f"  {label[front]}: " + ", ".join(
                f"{n} {statistics.median(r):.2f}x [{' '.join(f'{x:.2f}' for x in r)}]"
                for (n, f), r in cpu_ratios.items() if f == front))
    finally:
        for proc in servers.values():
            proc.send_signal(signal.SIGINT)
        for proc in servers.values():
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
        if not args.workdir:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()

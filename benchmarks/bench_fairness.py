"""Do cheap and cached queries still answer at once while slow queries run? (issue 9, item 3)

Not a test: run it by hand and read the table.

    python benchmarks/bench_fairness.py                    # seed graph, 8 slow clients, 20 s
    python benchmarks/bench_fairness.py --workdir /tmp/f   # keep the built data directory for the next run
    python benchmarks/bench_fairness.py --slow-clients 16 --seconds 30 -- --slow-workers 8

What it does, on the path users run:

1. ``ickg build`` of the seed graph (``graph_data/corpus`` and ``curation`` copied into a data
   directory; reused with ``--workdir``), then the real ``ickg serve`` command as a subprocess,
   with its default options unless more are given after ``--``.
2. Baseline, no load: one probe client alternates a cached query (the same GET every time,
   answered from the cache) and an uncached one-subject query (a different subject and text
   every time, so no cache answers it), a new connection per request, for ``--seconds``.
3. Under load: ``--slow-clients`` threads (8) each send cross joins that take seconds (a
   different text each time, so the cache never answers them either), one after the other; a
   refused one (503 with Retry-After: the slow lane is full) is retried after min(Retry-After, 1) s.
   After a warm-up, the probe client runs as in 2. The number of slow queries actually running
   is sampled from /proc every 0.2 s (worker processes of the server at the slow lane's nice
   value, in state R).

Prints medians and p95 of both probes with and without load, against the issue's targets
(cached < 50 ms, uncached one-subject < 500 ms with 8 slow queries running), and what became of
the slow queries. Timings on a shared machine are noisy: repeat and compare medians.
"""

import argparse
import http.client
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def request(port, text, timeout=120):
    """GET /sparql?query=text on a new connection: ``(status, headers, body, seconds)``."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    started = time.perf_counter()
    try:
        conn.request("GET", "/sparql?" + urllib.parse.urlencode({"query": text}),
                     headers={"Accept": "application/sparql-results+json"})
        response = conn.getresponse()
        body = response.read()
        return response.status, response.headers, body, time.perf_counter() - started
    finally:
        conn.close()


def build(workdir):
    """A data directory holding the seed graph, built by ``ickg build`` (kept in ``workdir``)."""
    data = workdir / "seed"
    if (data / "build" / "store" / "CURRENT").exists():
        print(f"reusing the data directory {data}", flush=True)
        return data
    data.mkdir(parents=True, exist_ok=True)
    for part in ("corpus", "curation"):
        shutil.copytree(REPO / "graph_data" / part, data / part, dirs_exist_ok=True)
    started = time.perf_counter()
    subprocess.run(["ickg", "build", "--data-dir", str(data)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    print(f"ickg build of the seed graph: {time.perf_counter() - started:.1f} s", flush=True)
    return data


def descendants(pid):
    """Process ids below ``pid`` with their nice value and state, from /proc."""
    parents, info = {}, {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        child = int(stat.parent.name)
        parents.setdefault(int(fields[1]), []).append(child)
        info[child] = (int(fields[16]), fields[0])  # nice, state
    out, todo = {}, [pid]
    while todo:
        for child in parents.get(todo.pop(), ()):
            out[child] = info[child]
            todo.append(child)
    return out


def percentile(values, q):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * q))]


class Probe:
    """The probe client: a cached query and a distinct one-subject query, alternately."""

    def __init__(self, port, subjects):
        self.port = port
        self.subjects = subjects
        self.cached_text = f"SELECT ?p ?o WHERE {{ <{subjects[0]}> ?p ?o }}"
        self.n = 0

    def run(self, seconds):
        cached, uncached, errors = [], [], []
        stop = time.perf_counter() + seconds
        while time.perf_counter() < stop:
            self.n += 1
            subject = self.subjects[1 + self.n % (len(self.subjects) - 1)]
            for times, text in ((cached, self.cached_text),
                                (uncached, f"SELECT ?p ?o WHERE {{ <{subject}> ?p ?o }} # probe {self.n}")):
                status, _, _, seconds_taken = request(self.port, text)
                if status == 200:
                    times.append(seconds_taken * 1000)
                else:
                    errors.append(status)
            time.sleep(0.02)
        return cached, uncached, errors


class SlowLoad:
    """``clients`` threads sending slow cross joins, each new, one after the other."""

    def __init__(self, port, clients, size):
        self.port = port
        self.clients = clients
        self.size = size
        self.stop = threading.Event()
        self.statuses = {"answered": 0, "refused (busy)": 0, "timed out": 0}
        self.n = 0
        self.lock = threading.Lock()
        self.threads = [threading.Thread(target=self._client, daemon=True) for _ in range(clients)]

    def text(self):
        with self.lock:
            self.n += 1
            n = self.n
        values = " ".join(str(k) for k in range(self.size))
        return (f"SELECT (COUNT(*) AS ?n) WHERE {{ ?a ?b ?c . ?d <{LABEL}> ?f . VALUES ?k {{ {values} }} "
                f"FILTER(?k != -{n}) }}")

    def _client(self):
        while not self.stop.is_set():
            try:
                status, headers, body, _ = request(self.port, self.text())
            except OSError:
                status, headers = None, {}
            if self.stop.is_set():
                break  # the server is being stopped: what it answers now says nothing
            with self.lock:
                if status == 200:
                    self.statuses["answered"] += 1
                elif status == 503 and headers.get("Retry-After"):
                    self.statuses["refused (busy)"] += 1
                elif status == 503:
                    self.statuses["timed out"] += 1
                else:
                    self.statuses[f"other: {status}"] = self.statuses.get(f"other: {status}", 0) + 1
            if status == 503 and headers.get("Retry-After"):
                self.stop.wait(min(float(headers["Retry-After"]), 1.0))

    def start(self):
        for t in self.threads:
            t.start()

    def finish(self):
        self.stop.set()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=20.0, help="probe time per phase [20]")
    parser.add_argument("--slow-clients", type=int, default=8)
    parser.add_argument("--slow-size", type=int, default=2,
                        help="rows of the VALUES multiplying each slow cross join [2: ~4 s alone]")
    parser.add_argument("--workdir", help="keep the data directory here (default: a temporary one)")
    parser.add_argument("serve_options", nargs="*", help="after --: more `ickg serve` options")
    args = parser.parse_args()
    if not shutil.which("ickg"):
        sys.exit("needs the `ickg` command (pip install -e .)")
    from ickg.store.workers import SLOW_NICE

    workdir = Path(args.workdir or tempfile.mkdtemp(prefix="ickg-fair-"))
    data = build(workdir)
    port = free_port()
    serve = ["ickg", "serve", "--data-dir", str(data), "--port", str(port), *args.serve_options]
    server = subprocess.Popen(serve, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        print(server.stderr.readline().strip(), flush=True)
        threading.Thread(target=lambda: [None for _ in server.stderr], daemon=True).start()  # drain
        deadline = time.monotonic() + 60
        while True:
            try:
                if request(port, "ASK {}")[0] == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline or server.poll() is not None:
                sys.exit("ickg serve did not come up")
            time.sleep(0.1)
        status, _, body, _ = request(port, "SELECT DISTINCT ?s WHERE { ?s ?p ?o FILTER(isIRI(?s)) } LIMIT 5000")
        import json

        subjects = [b["s"]["value"] for b in json.loads(body)["results"]["bindings"]]
        load = SlowLoad(port, args.slow_clients, args.slow_size)
        status, _, _, alone = request(port, load.text())
        print(f"one slow query alone: {alone:.1f} s (HTTP {status}); {len(subjects)} subjects to probe; "
              f"{os.cpu_count()} cores, shared with whatever else runs", flush=True)

        probe = Probe(port, subjects)
        request(port, probe.cached_text)  # now cached
        print(f"baseline: probing for {args.seconds:g} s with no load...", flush=True)
        base = probe.run(args.seconds)

        print(f"load: {args.slow_clients} slow clients; probing for {args.seconds:g} s...", flush=True)
        load.start()
        running = []
        sampling = threading.Event()

        def sample():
            while not sampling.is_set():
                procs = descendants(server.pid)
                running.append(sum(1 for nice, state in procs.values() if nice == SLOW_NICE and state == "R"))
                sampling.wait(0.2)

        time.sleep(3.0)  # the slow queries get going (and leave the fast lane)
        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        loaded = probe.run(args.seconds)
        sampling.set()
        load.finish()
        with load.lock:
            outcomes = dict(load.statuses)
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()

    def row(name, target, before, during):
        b = f"{statistics.median(before):8.1f} {percentile(before, 0.95):8.1f}" if before else f"{'-':>8} {'-':>8}"
        d = f"{statistics.median(during):8.1f} {percentile(during, 0.95):8.1f}" if during else f"{'-':>8} {'-':>8}"
        met = during and statistics.median(during) < target and percentile(during, 0.95) < target
        print(f"{name:22} {b}   {d}   < {target:g} ms: {'met' if met else 'NOT met'} (median and p95)")

    print()
    print(f"{'ms':22} {'no load':^17}   {f'{args.slow_clients} slow clients':^17}")
    print(f"{'':22} {'median':>8} {'p95':>8}   {'median':>8} {'p95':>8}")
    row("cached query", 50, base[0], loaded[0])
    row("uncached one-subject", 500, base[1], loaded[1])
    print(f"\nprobes: {len(base[0])} + {len(base[1])} without load, {len(loaded[0])} + {len(loaded[1])} "
          f"under load; non-200: {base[2] + loaded[2] or 'none'}")
    if running:
        print(f"slow queries running (sampled every 0.2 s): median {statistics.median(running):g}, "
              f"min {min(running)}, max {max(running)}")
    print(f"slow queries ended during the run: {outcomes}")


if __name__ == "__main__":
    main()

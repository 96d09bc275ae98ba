"""Benchmark: `ickg build` as users run it, on N synthetic abstracts, from text to a served store.

For each N, a corpus of N documents is written by ``benchmarks/synthetic.py`` (``--seed``, 3 by
default, as issue 13's measurement) and, for each run, copied into a fresh data directory; then
the command itself runs as a child process::

    python -m ickg build --data-dir DIR

with everything it does by default: extraction, curation, validation (SHACL as SPARQL, quotes,
sources), OWL 2 RL reasoning, the release files and the new store version. Figures per N, the
median of ``--runs``:

    wall       seconds until the command exits
    CPU        user + system seconds of the command and every process it started
    peak RSS   the largest single process (``/usr/bin/time -v``'s figure), and the peak of the
               whole process tree (parent, extraction workers, sort, Java), sampled from /proc
               every 0.1 s
    quads      per named graph (what the command prints) and per document
    support    the size of the support index the build wrote (``support.sqlite``, run 1)
    stages     the command's own timings: wall and CPU seconds of each stage (CPU: the build
               process's threads and the children it waited for, such as the extraction workers)

``--baseline PYTHON`` runs the same command with another interpreter (say the venv of the main
branch) on ``--baseline-sizes``, in the same session, for a before/after ratio. The server is
then started on the 1st run's store and asked one query (``served after``).

    python benchmarks/bench_build.py                          # N = 1,000 and 10,000
    python benchmarks/bench_build.py --sizes 1000 3000 10000 --runs 1
    python benchmarks/bench_build.py --sizes 200 --baseline /work/venvs/main/bin/python
    python benchmarks/bench_build.py --sizes 1000 --runs 3 --baseline BASE_PYTHON --alternate
"""

import argparse
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synthetic  # noqa: E402

PAGE = os.sysconf("SC_PAGE_SIZE")


def tree_rss(root_pid):
    """Resident bytes of ``root_pid`` and all its descendants (from /proc)."""
    children = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            stat = Path(entry.path, "stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        children.setdefault(int(fields[1]), []).append(int(entry.name))
    total, todo = 0, [root_pid]
    while todo:
        pid = todo.pop()
        try:
            total += int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE
        except (OSError, IndexError, ValueError):
            pass
        todo.extend(children.get(pid, []))
    return total


def timed_command(argv, cwd):
    """Run ``argv`` under ``/usr/bin/time -v``; return (wall s, CPU s, max RSS MB of one
    process, peak tree RSS MB, stdout, stderr)."""
    sampled = [0]
    start = time.perf_counter()
    proc = subprocess.Popen(["/usr/bin/time", "-v", *argv], cwd=cwd, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env={**os.environ, "ICKG_PROGRESS": "1"})
    done = threading.Event()

    def sample():
        while not done.wait(0.1):
            sampled[0] = max(sampled[0], tree_rss(proc.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    wall = time.perf_counter() - start
    done.set()
    sampler.join()
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)} failed ({proc.returncode}):\n{err[-3000:]}")
    def field(name):
        match = re.search(rf"{re.escape(name)}: ([\d.:]+)", err)
        return match.group(1) if match else "0"
    cpu = float(field("User time (seconds)")) + float(field("System time (seconds)"))
    max_rss = int(field("Maximum resident set size (kbytes)")) / 1024
    return wall, cpu, max_rss, sampled[0] / 2**20, out, err


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve_and_query(python, data_dir):
    """Seconds from starting `ickg serve` until it answers a COUNT of the source documents."""
    port = free_port()
    start = time.perf_counter()
    proc = subprocess.Popen([python, "-m", "ickg", "serve", "--data-dir", str(data_dir), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/ickg/ontology/SourceDocument> }"
    url = f"http://127.0.0.1:{port}/sparql?" + urllib.parse.urlencode({"query": query})
    try:
        for _ in range(1200):
            try:
                req = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
                with urllib.request.urlopen(req, timeout=30) as response:
                    answer = json.load(response)
                return time.perf_counter() - start, int(answer["results"]["bindings"][0]["n"]["value"])
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("the server did not answer in 120 s")
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def quad_counts(out):
    """{graph name: quads} from what `ickg build` prints."""
    return {m.group(2).rsplit("/", 1)[-1]: int(m.group(1))
            for m in re.finditer(r"^\s*(\d+) quads\s+(\S+)$", out, re.M)}


# Always shown, however short (validation on the store takes 0.0 s on a few documents now that the
# extraction workers check their own documents); other stages only when they took some time.
MAIN_STAGES = ("extract", "load", "validate", "reason", "propose", "store")


def stages(out, err):
    """``stage wall/CPU (peak MB so far)`` for every stage, from the progress lines the command
    prints on stderr (``ickg build: extract done (3.1s), CPU 5.2s (build process 1.4s), peak 210 MB``,
    the build process's peak resident memory when the stage ended), with the build process's own
    part of the CPU after a ``+`` when the command tells it (``extract 3.1/5.2+1.4``); from its
    last line (wall only) for a command that does not print CPU seconds (an older baseline)."""
    found = re.findall(r"^ickg build: (\w+) done \(([\d.]+)s\), CPU ([\d.]+)s(?: \(build process ([\d.]+)s\))?, "
                       r"peak (\d+) MB$", err, re.M)
    if found:
        return ", ".join(f"{name} {wall}/{cpu}{'+' + own if own else ''} ({peak} MB)"
                         for name, wall, cpu, own, peak in found
                         if name in MAIN_STAGES or float(wall) >= 0.05 or float(cpu) >= 0.05)
    match = re.search(r"built \d+ documents from .* \((.*)\)", out)
    return match.group(1) + " (wall only)" if match else ""


def support_bytes(data):
    """Bytes of the support index (``support*.sqlite``) the build left in its store version."""
    return sum(path.stat().st_size for path in (data / "build" / "store").glob("*/support*.sqlite"))


def run(python, n, corpus, runs, label):
    results = []
    served = support = None
    for i in range(runs):
        with tempfile.TemporaryDirectory(prefix=f"ickg-bench-{n}-") as tmp:
            data = Path(tmp) / "data"
            shutil.copytree(corpus, data / "corpus")
            wall, cpu, max_rss, tree, out, err = timed_command(
                [python, "-m", "ickg", "build", "--data-dir", str(data)], cwd=tmp)
            if i == 0:
                served = serve_and_query(python, data)
                support = support_bytes(data)
            results.append((wall, cpu, max_rss, tree, out, err))
    wall = statistics.median(r[0] for r in results)
    cpu = statistics.median(r[1] for r in results)
    max_rss = statistics.median(r[2] for r in results)
    tree = statistics.median(r[3] for r in results)
    counts = quad_counts(results[0][4])
    total = sum(counts.values())
    per_doc = {k: round(v / n, 1) for k, v in counts.items() if k in ("asserted", "mentions", "provenance")}
    stated = sum(counts.get(k, 0) for k in ("asserted", "mentions", "provenance"))
    print(f"{label:>8}  N={n:>6}  wall {wall:7.1f}s  CPU {cpu:7.1f}s  ({n / wall:5.0f} docs/s)  "
          f"peak RSS {max_rss:,.0f} MB (tree {tree:,.0f} MB)  quads {total:>10,}  "
          f"stated/doc {stated / n:6.1f} {per_doc}  inferred {counts.get('inferred', 0):,}  "
          f"derivations {counts.get('derivations', 0):,}  served after +{served[0]:.1f}s "
          f"({served[1]} documents)  support index {support / 2**20:,.1f} MB  runs {runs}")
    print(f"          stages, wall/CPU(+build process) seconds (peak RSS so far), run 1: {stages(results[0][4], results[0][5])}")
    sys.stdout.flush()
    return wall


def alternated(python, baseline, n, corpus, pairs):
    """``pairs`` runs of each interpreter on ``corpus``, in turn (baseline first, then this first, ...),
    so that load that comes and goes falls on both: each run's wall, CPU and extract stage's CPU, then the
    medians. A change of a few per cent is seen only this way on a shared machine."""
    runs = {"baseline": [], "this": []}
    for i in range(pairs):
        for label in (("baseline", "this") if i % 2 == 0 else ("this", "baseline")):
            with tempfile.TemporaryDirectory(prefix=f"ickg-bench-{n}-") as tmp:
                data = Path(tmp) / "data"
                shutil.copytree(corpus, data / "corpus")
                wall, cpu, _, _, out, err = timed_command(
                    [baseline if label == "baseline" else python, "-m", "ickg", "build", "--data-dir", str(data)],
                    cwd=tmp)
            extract = re.search(r"^ickg build: extract done \(([\d.]+)s\), CPU ([\d.]+)s", err, re.M)
            extract_cpu = float(extract.group(2)) if extract else float("nan")
            runs[label].append((wall, cpu, extract_cpu))
            print(f"{label:>8}  N={n:>6}  pair {i + 1}  wall {wall:7.1f}s  CPU {cpu:7.1f}s  extract CPU "
                  f"{extract_cpu:6.1f}s  load {os.getloadavg()[0]:.1f}")
            sys.stdout.flush()
    for label, got in runs.items():
        wall, cpu, extract_cpu = (statistics.median(r[k] for r in got) for k in range(3))
        print(f"{label:>8}  N={n:>6}  medians of {pairs}: wall {wall:7.1f}s  CPU {cpu:7.1f}s  extract CPU {extract_cpu:6.1f}s")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--runs", type=int, default=3, help="runs per size (the median is shown)")
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--python", default=sys.executable, help="the interpreter whose ickg is measured")
    parser.add_argument("--baseline", help="another interpreter (another ickg) to measure in the same run")
    parser.add_argument("--baseline-sizes", type=int, nargs="+", help="sizes for --baseline (default --sizes)")
    parser.add_argument("--alternate", action="store_true",
                        help="with --baseline: the two interpreters' runs in turn, each run and the medians "
                             "(wall, CPU, the extract stage's CPU); no served query or quad counts")
    args = parser.parse_args()
    if args.alternate and not args.baseline:
        parser.error("--alternate needs --baseline")
    print(f"cores {os.cpu_count()}, python {sys.version.split()[0]}, load average "
          f"{' '.join(f'{x:.1f}' for x in os.getloadavg())} (a shared machine: compare within one run)")
    with tempfile.TemporaryDirectory(prefix="ickg-bench-corpora-") as corpora:
        sizes = sorted(set(args.sizes) | set(args.baseline_sizes or []))
        for n in sizes:
            synthetic.write_corpus(Path(corpora) / str(n), n, seed=args.seed)
        for n in sizes:
            if args.alternate:
                alternated(args.python, args.baseline, n, Path(corpora) / str(n), args.runs)
                continue
            after = before = None
            if n in args.sizes:
                after = run(args.python, n, Path(corpora) / str(n), args.runs, "this")
            if args.baseline and n in (args.baseline_sizes or args.sizes):
                before = run(args.baseline, n, Path(corpora) / str(n), args.runs, "baseline")
            if after and before:
                print(f"          baseline / this: {before / after:.1f}x")


if __name__ == "__main__":
    main()

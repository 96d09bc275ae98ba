"""Benchmark: `ickg ingest` and `ickg remove` as users run them, against a full `ickg build`.

Issue 13 asks what adding documents to a built corpus costs. For each N a corpus of N + 101
synthetic abstracts is written (``benchmarks/synthetic.py``, ``--seed`` 3); the first N are built
with ``ickg build``, then each of these commands runs as a child process under
``/usr/bin/time -v`` (wall, CPU of the command and its children, peak RSS), in this order::

    ickg build  --data-dir D                 the N documents (the baseline of the run)
    ickg ingest --data-dir D doc(N+1)        one document (HermiT's ontology report made once)
    ickg ingest --data-dir D doc(N+2..N+101) a hundred documents
    ickg remove --data-dir D doc(1)          one document out
    ickg ingest --data-dir D doc(1)          one document, HermiT's report kept

``--compare`` then builds the same final corpus from scratch in another directory and says
whether the two stores hold the same quads (the check ``tests/test_incremental.py`` makes on
the seed corpus, here at size N).

    python benchmarks/bench_ingest.py --sizes 1000
    python benchmarks/bench_ingest.py --sizes 10000 --compare
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synthetic  # noqa: E402
from bench_build import timed_command  # noqa: E402


def store_quads(python: str, data_dir: Path) -> set[str]:
    """Every quad of the live store version, blank nodes canonicalised (RDFC-1.0), as in
    ``tests/test_incremental.py``; read by ``python`` (the ickg measured)."""
    code = ("import sys, pyoxigraph as ox; from ickg.store import store_dir, current_version; "
            "root = store_dir(sys.argv[1]); s = ox.Store.read_only(str(root / current_version(root))); "
            "d = ox.Dataset(s.quads_for_pattern(None, None, None, None)); "
            "d.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0); "
            "sys.stdout.write(chr(10).join(sorted(str(q) for q in d)))")
    out = subprocess.run([python, "-c", code, str(data_dir)], check=True, capture_output=True, text=True).stdout
    return set(out.splitlines())


def report(label: str, figures) -> None:
    wall, cpu, max_rss, tree, _, _ = figures
    print(f"  {label:<34} wall {wall:7.1f}s  CPU {cpu:7.1f}s  peak RSS {max_rss:,.0f} MB (tree {tree:,.0f} MB)")
    sys.stdout.flush()


def run(python: str, n: int, seed: int, compare: bool) -> None:
    with tempfile.TemporaryDirectory(prefix=f"ickg-bench-ingest-{n}-") as tmp:
        tmp = Path(tmp)
        synthetic.write_corpus(tmp / "all", n + 101, seed=seed)
        files = sorted((tmp / "all").iterdir())
        data = tmp / "data"
        (data / "corpus").mkdir(parents=True)
        for f in files[:n]:
            shutil.copy(f, data / "corpus" / f.name)
        incoming = tmp / "incoming"
        incoming.mkdir()
        for f in files[n:]:
            shutil.copy(f, incoming / f.name)
        ickg = [python, "-m", "ickg"]
        print(f"N = {n:,} (+101 to add), seed {seed}, load average "
              f"{' '.join(f'{x:.1f}' for x in os.getloadavg())}")
        report("ickg build (N documents)", timed_command([*ickg, "build", "--data-dir", str(data)], tmp))
        one, hundred = incoming / files[n].name, [incoming / f.name for f in files[n + 1:]]
        report("ickg ingest 1 document", timed_command([*ickg, "ingest", "--data-dir", str(data), str(one)], tmp))
        report("ickg ingest 100 documents",
               timed_command([*ickg, "ingest", "--data-dir", str(data), *map(str, hundred)], tmp))
        report("ickg remove 1 document",
               timed_command([*ickg, "remove", "--data-dir", str(data), files[0].name], tmp))
        report("ickg ingest 1 document (again)",
               timed_command([*ickg, "ingest", "--data-dir", str(data), str(files[0])], tmp))
        if compare:
            fresh = tmp / "fresh"
            shutil.copytree(data / "corpus", fresh / "corpus")
            report("ickg build (same corpus, from scratch)",
                   timed_command([*ickg, "build", "--data-dir", str(fresh)], tmp))
            a, b = store_quads(python, data), store_quads(python, fresh)
            print(f"  incremental store == full rebuild: {a == b} ({len(a):,} quads against {len(b):,};"
                  f" {len(a - b)} only incremental, {len(b - a)} only rebuilt)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000])
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--python", default=sys.executable)
    parser.add_argument("--compare", action="store_true", help="also build the final corpus from scratch and compare")
    args = parser.parse_args()
    for n in args.sizes:
        run(args.python, n, args.seed, args.compare)


if __name__ == "__main__":
    main()

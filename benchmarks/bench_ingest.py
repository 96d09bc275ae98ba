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

``--baseline PYTHON`` runs the same commands with another ickg (say a venv of main) on its own
copy of the built directory, each command of the baseline just before the same command of the
one measured, so that both see the same machine load; the table gives both and their ratio.
``--built DIR`` starts from a data directory already built (its corpus the first N files of
``synthetic.py``'s corpus, N read from it) instead of building one: a 10,000-document build
takes minutes, so it is made once and copied for each trial (its store's table files hard-linked).
``--only 1`` runs the first command alone (the ingest of one document, the issue's figure). The
text index process each command leaves behind (``ickg.build.delta.index_later``) is stopped when
the command returns: it is not part of the command's figure and would load the next one.

Where ``PYTHONDONTWRITEBYTECODE`` is set, the commands read bytecode compiled beforehand into a
folder of the run (``bytecode.py``): an installed ickg does not compile its sources at each command.

``--compare`` then builds the same final corpus from scratch in another directory and says
whether the store the commands left holds the same quads (the check ``tests/test_incremental.py``
makes on small corpora, here at size N); ``--rebuilt DIR`` compares with a directory built from
that corpus beforehand (it can be built while the commands run).

    python benchmarks/bench_ingest.py --sizes 1000
    python benchmarks/bench_ingest.py --sizes 10000 --compare --baseline /work/venvs/mainrun/bin/python
    python benchmarks/bench_ingest.py --built /tmp/base10000 --baseline /work/venvs/mainrun/bin/python --compare
    python benchmarks/bench_ingest.py --built /tmp/base10000 --baseline /work/venvs/mainrun/bin/python --only 1 --runs 3
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synthetic  # noqa: E402
from bench_build import timed_command  # noqa: E402
from bytecode import keep_bytecode  # noqa: E402


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


def line(label: str, figures, base=None) -> None:
    wall, cpu, max_rss, tree, _, _ = figures
    text = f"  {label:<38} wall {wall:7.1f}s  CPU {cpu:7.1f}s  peak RSS {max_rss:,.0f} MB"
    if base is not None:
        text += (f"   | baseline wall {base[0]:7.1f}s  CPU {base[1]:7.1f}s  peak RSS {base[2]:,.0f} MB"
                 f"   | CPU ratio {cpu / base[1]:.2f}")
    print(text)
    sys.stdout.flush()


def copy_data_dir(source: Path, target: Path) -> None:
    """A data directory copied for a trial: the store's table files (``*.sst``, never changed once
    written) and its support index's base (``support.sqlite``, ``support-base.sqlite``: read,
    never written, by an ingest of this ickg or an earlier one) hard-linked, everything else copied (10,000 documents: 1.7 GB
    of store, 482 MB of index)."""
    def link_or_copy(src: str, dst: str) -> None:
        if src.endswith((".sst", "/support.sqlite", "/support-base.sqlite")):
            try:
                os.link(src, dst)
                return
            except OSError:
                pass
        shutil.copy2(src, dst)

    shutil.copytree(source, target, symlinks=True, copy_function=link_or_copy)


def stop_indexer(data_dir: Path) -> None:
    """Stop the text index process an ingest or remove leaves behind (``ickg.build.delta.index_later``,
    about 30 CPU-s at 10,000 documents): not part of the command measured, it would compete with the
    next one. Found by its command line, which names this trial's directory; ended by its pid."""
    import signal

    # ``-m ickg.build.delta ROOT VERSION`` before 2026-12-03, ``-c <...index_version...> ROOT VERSION`` since
    found = subprocess.run(["pgrep", "-f", f"(ickg.build.delta|index_version\\(.*) {data_dir}/"],
                           capture_output=True, text=True)
    for pid in found.stdout.split():
        try:
            os.kill(int(pid), signal.SIGTERM)
        except (ProcessLookupError, ValueError):
            pass


def progress(figures, word: str) -> list[str]:
    """The command's progress lines that mention ``word`` (which closure path it took)."""
    return [x for x in figures[5].splitlines() if word in x]


def run(python: str, n: int, seed: int, compare: bool, baseline: str | None, built: Path | None,
        runs: int, rebuilt: Path | None = None, keep: Path | None = None, only: int = 0) -> None:
    with tempfile.TemporaryDirectory(prefix=f"ickg-bench-ingest-{n}-", dir=os.environ.get("TMPDIR")) as tmp:
        tmp = Path(tmp)
        synthetic.write_corpus(tmp / "all", n + 101, seed=seed)
        files = sorted((tmp / "all").iterdir())
        incoming = tmp / "incoming"
        incoming.mkdir()
        for f in files[n:]:
            shutil.copy(f, incoming / f.name)
        print(f"N = {n:,} (+101 to add), seed {seed}, load average "
              f"{' '.join(f'{x:.1f}' for x in os.getloadavg())}")
        if built is None:
            built = tmp / "built"
            (built / "corpus").mkdir(parents=True)
            for f in files[:n]:
                shutil.copy(f, built / "corpus" / f.name)
            line("ickg build (N documents)", timed_command([python, "-m", "ickg", "build", "--data-dir", str(built)], tmp))
        else:
            names = sorted(p.name for p in (built / "corpus").iterdir())
            assert names == [f.name for f in files[:n]], f"{built}/corpus is not the first {n} synthetic documents"
        one, hundred = incoming / files[n].name, [incoming / f.name for f in files[n + 1:]]
        steps = [("ickg ingest 1 document", lambda d: ["ingest", "--data-dir", str(d), str(one)]),
                 ("ickg ingest 100 documents", lambda d: ["ingest", "--data-dir", str(d), *map(str, hundred)]),
                 ("ickg remove 1 document", lambda d: ["remove", "--data-dir", str(d), files[0].name]),
                 ("ickg ingest 1 document (again)", lambda d: ["ingest", "--data-dir", str(d), str(files[0])])]
        steps = steps[:only] if only else steps
        who = [("measured", python)] + ([("baseline", baseline)] if baseline else [])
        figures = {(w, label): [] for w, _ in who for label, _ in steps}
        for trial in range(runs):
            dirs = {}
            for w, _ in who:
                dirs[w] = tmp / f"{w}-{trial}"
                copy_data_dir(built, dirs[w])
                # Each ickg reads only its own kept closure (closure.state; before it, closure.pickle):
                # in a --built directory made by one, the other computes the closure again.
            for label, argv in steps:
                for w, py in reversed(who):  # the baseline first, then the one measured
                    got = timed_command([py, "-m", "ickg", *argv(dirs[w])], tmp)
                    stop_indexer(dirs[w])
                    figures[(w, label)].append(got)
                    if w == "measured":
                        for x in progress(got, "closure"):
                            print(f"    {x}")
            if trial < runs - 1:  # the last trial's directories serve --keep and --compare
                for folder in dirs.values():
                    shutil.rmtree(folder)
        print(f"medians of {runs} run(s); load average now {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
        for label, _ in steps:
            mine = figures[("measured", label)]
            med = tuple(statistics.median(f[i] for f in mine) for i in range(4)) + ("", "")
            base = None
            if baseline:
                theirs = figures[("baseline", label)]
                base = tuple(statistics.median(f[i] for f in theirs) for i in range(3))
            line(label, med, base)
        if keep is not None:  # the directory the commands left, for a comparison made later
            shutil.copytree(dirs["measured"], keep, symlinks=True)
        if compare or rebuilt is not None:
            fresh = rebuilt
            if fresh is None:
                fresh = tmp / "fresh"
                shutil.copytree(dirs["measured"] / "corpus", fresh / "corpus")
                line("ickg build (same corpus, from scratch)",
                     timed_command([python, "-m", "ickg", "build", "--data-dir", str(fresh)], tmp))
            assert sorted(p.name for p in (fresh / "corpus").iterdir()) == sorted(
                p.name for p in (dirs["measured"] / "corpus").iterdir()), f"{fresh} holds another corpus"
            for w, py in who:
                a, b = store_quads(py, dirs[w]), store_quads(python, fresh)
                print(f"  {w} incremental store == full rebuild: {a == b} ({len(a):,} quads against {len(b):,};"
                      f" {len(a - b)} only incremental, {len(b - a)} only rebuilt)")
                for q in sorted(a - b)[:3] + sorted(b - a)[:3]:
                    print(f"    {q[:200]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000])
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--python", default=sys.executable)
    parser.add_argument("--baseline", help="another ickg's python (say a venv of main), measured in the same run")
    parser.add_argument("--built", type=Path, help="a data directory already built from the first N documents")
    parser.add_argument("--runs", type=int, default=1, help="trials of the command sequence (medians)")
    parser.add_argument("--compare", action="store_true", help="also build the final corpus from scratch and compare")
    parser.add_argument("--rebuilt", type=Path, help="compare with this directory, built from the final corpus "
                        "(all N + 101 documents) by `ickg build`, instead of building one")
    parser.add_argument("--keep", type=Path, help="copy the data directory the commands left here")
    parser.add_argument("--only", type=int, default=0, help="run only the first K commands of the sequence "
                        "(1: the ingest of one document)")
    args = parser.parse_args()
    code = tempfile.TemporaryDirectory(prefix="ickg-bench-bytecode-", dir=os.environ.get("TMPDIR"))
    if keep_bytecode(Path(code.name), [args.python] + ([args.baseline] if args.baseline else [])):
        print(f"bytecode kept in {code.name} (PYTHONDONTWRITEBYTECODE is set here; compiled before the first command)")
    if args.built is not None:
        run(args.python, len(list((args.built / "corpus").iterdir())), args.seed, args.compare, args.baseline,
            args.built.resolve(), args.runs, args.rebuilt, args.keep, args.only)
        return
    for n in args.sizes:
        run(args.python, n, args.seed, args.compare, args.baseline, None, args.runs, only=args.only)


if __name__ == "__main__":
    main()

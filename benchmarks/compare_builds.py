"""Whether two ickg builds of the same data directory give the same output.

A change to the build's speed must not change what it writes. This builds ``DATA`` (its
``corpus`` and ``curation``) with two interpreters (two venvs: the base and the branch), each in
a fresh copy, with ``ickg build --release``, and compares:

- the release files, byte for byte;
- the store: its quads as sorted N-Quads lines (count, count of lines with a blank node, SHA-256 of
  the lines without one: pyoxigraph's blank-node labels differ from one run to the next);
- the text index: the hits of a few searches (resource, kind, BM25 score) and every table but
  FTS5's own, as sorted rows (the order of the ``fts`` rows follows Python's string hashes in the
  index's child, which change from process to process);
- ``support.sqlite``: every table, rows in their stored order.

    python benchmarks/compare_builds.py /work/venvs/base/bin/python /work/venvs/this/bin/python graph_data
    python benchmarks/synthetic.py /tmp/s1000/corpus 1000 --seed 3
    python benchmarks/compare_builds.py BASE_PYTHON THIS_PYTHON /tmp/s1000

Prints one line per comparison and ``ALL SAME`` or ``DIFFERENCES`` (exit status 0 or 1).
"""

import argparse
import hashlib
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

QUERIES = ["health", "integrated care", "nurse*", '"primary care"', "dementia", "Scotland", "policy reform",
           "hospital", "community", "funding"]

DUMP = r'''
import sys, hashlib, pyoxigraph as ox
store = ox.Store.read_only(sys.argv[1])
lines = sorted(str(q) for q in store)
print(len(lines), sum(1 for line in lines if "_:" in line),
      hashlib.sha256("\n".join(line for line in lines if "_:" not in line).encode()).hexdigest())
'''


def build(python: str, source: Path, target: Path) -> float:
    """``ickg build --release`` of a copy of ``source`` in ``target``; its wall seconds."""
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    for part in ("corpus", "curation"):
        if (source / part).exists():
            shutil.copytree(source / part, target / part)
    start = time.perf_counter()
    done = subprocess.run([python, "-m", "ickg", "build", "--release", "--data-dir", str(target)],
                          capture_output=True, text=True)
    if done.returncode:
        sys.exit(f"compare_builds: {python} failed to build {source}:\n{done.stderr[-2000:]}")
    return time.perf_counter() - start


def version(data: Path) -> Path:
    return data / "build" / "store" / (data / "build" / "store" / "CURRENT").read_text().strip()


def table_digests(path: Path, *, sort: bool, skip=lambda name: False) -> dict:
    """``{table: (rows, digest)}`` of an SQLite file (rows sorted when ``sort``)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    out = {}
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"):
        if skip(name):
            continue
        rows = list(map(repr, conn.execute(f"SELECT * FROM {name}")))
        if sort:
            rows.sort()
        out[name] = (len(rows), hashlib.sha256("\n".join(rows).encode()).hexdigest()[:16])
    conn.close()
    return out


def searches(path: Path) -> dict:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    out = {}
    for query in QUERIES:
        try:
            out[query] = sorted(map(repr, conn.execute(
                "SELECT resource, kind, round(bm25(fts), 6) FROM fts WHERE fts MATCH ?", (query,))))
        except sqlite3.Error as error:
            out[query] = str(error)
    conn.close()
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("base", help="the interpreter of the base (its ickg)")
    parser.add_argument("this", help="the interpreter of the change")
    parser.add_argument("data", type=Path, help="a data directory (corpus/, curation/)")
    args = parser.parse_args(argv)
    if not (args.data / "corpus").is_dir():
        parser.error(f"{args.data}: no corpus/ folder")
    work = Path(tempfile.mkdtemp(prefix="compare-builds-"))
    try:
        a, b = work / "base", work / "this"
        print(f"built in {build(args.base, args.data, a):.1f} s (base) and {build(args.this, args.data, b):.1f} s (this)")
        same = True

        def tell(what, x, y, shown=None):
            nonlocal same
            same &= x == y
            print(what, "same" if x == y else f"DIFFERENT: {x} against {y}", "" if shown is None else shown)

        names = sorted({p.name for p in (a / "release").iterdir()} | {p.name for p in (b / "release").iterdir()})
        for name in names:
            fa, fb = a / "release" / name, b / "release" / name
            tell(f"release {name}", fa.exists() and fa.read_bytes(), fb.exists() and fb.read_bytes())
        dumps = [subprocess.run([py, "-c", DUMP, str(version(d))], capture_output=True, text=True,
                                check=True).stdout.split() for py, d in ((args.base, a), (args.this, b))]
        tell("store (quads, with blank nodes, digest)", *dumps, dumps[0])
        ia, ib = version(a) / "ickg-text-index.sqlite", version(b) / "ickg-text-index.sqlite"
        hits = searches(ia)
        tell("search hits", hits, searches(ib), sum(len(v) for v in hits.values()))
        fts_own = lambda name: name.startswith("fts_") or name == "meta"  # noqa: E731
        tables = table_digests(ia, sort=True, skip=fts_own)
        tell("text index tables", tables, table_digests(ib, sort=True, skip=fts_own), tables)
        support = table_digests(version(a) / "support.sqlite", sort=False)
        tell("support.sqlite", support, table_digests(version(b) / "support.sqlite", sort=False), support)
        print("ALL SAME" if same else "DIFFERENCES")
        return 0 if same else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())

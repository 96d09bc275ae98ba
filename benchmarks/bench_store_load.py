"""Benchmark: the store's bulk load of a build's N-Quads, back to back or paced.

Why: the load was the longest stage after extraction (10,000 documents: 23 s wall for 31 CPU-s,
half of it RocksDB's background compaction), and loading the spool while the extraction
workers still write it (a block whenever 4 MB more is there) looked like a way to fill the
core the stages leave idle. That paces the loads: they come seconds apart instead of back to
back. This measures what pacing does to the CPU of the same load (``time.process_time``: the
loader's and RocksDB's threads, in this process), alternating the modes:

    back to back   every block as soon as the one before is in (the build's load stage)
    paced          a pause of ``--pause`` seconds after every ``--every`` blocks (what
                   following the workers does: they write about 7 MB/s at 10,000 documents)

The N-Quads are a build's spool (``benchmarks/synthetic.py`` documents, extracted and
populated, no reasoning, no proposals) repeated ``--copies`` times with their IRIs made
distinct, so that the store is the size of a larger build::

    python benchmarks/bench_store_load.py --documents 1000 --copies 3 --rounds 2
    python benchmarks/bench_store_load.py --nquads dump.nq --pause 0.5 --every 1

``--ways`` compares instead the ways pyoxigraph offers to put the same N-Quads into a new store,
each followed by ``optimize()``, each in a child process of its own (for its peak memory),
alternated over ``--rounds``:

    blocks    ``bulk_load(input=block)`` by 4 MB blocks, one at a time (the build before load42)
    build     ``ickg.build.stages.bulk_load_blocks``: the build's blocks, several loaded at once
    path      one ``bulk_load(path=file)``
    extend    one ``bulk_extend(parse(path=file))``
    load      one ``load(path=file)`` (transactional)

    python benchmarks/bench_store_load.py --nquads dump.nq --copies 2 --ways blocks path extend
"""

import argparse
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synthetic  # noqa: E402

BLOCK = 4 << 20  # the build's block until load42 (ickg.build.stages.LOAD_BLOCK is the build's now)
SETTLE = 3.0  # seconds given to the background compaction after the last block


def spool_of(documents: int, seed: int, folder: Path) -> bytes:
    """A build's N-Quads for ``documents`` synthetic abstracts (no reasoning, no proposals)."""
    from ickg.build.stages import build_dataset

    synthetic.write_corpus(folder / "corpus", documents, seed)
    build = build_dataset(folder, reason=False, validate=False, dl=False, proposals=False)
    return build._spool.read()


def copies(data: bytes, n: int) -> bytes:
    """``data`` and ``n - 1`` copies of it whose ickg IRIs are distinct (``ickg/`` → ``ickg1/``, ...)."""
    return data + b"".join(re.sub(rb"w3id\.org/ickg/", b"w3id.org/ickg%d/" % i, data) for i in range(1, n))


def blocks_of(data: bytes, size: int = BLOCK) -> list[bytes]:
    out, start = [], 0
    while start < len(data):
        end = data.rfind(b"\n", start, start + size) + 1
        end = len(data) if end <= start else end
        out.append(data[start:end])
        start = end
    return out


def load(blocks: list[bytes], pause: float, every: int) -> tuple[float, float, float]:
    """CPU seconds of the blocks' loads (with the compaction running meanwhile), of the
    compaction left after them, and of ``optimize()``, into a new store."""
    folder = tempfile.mkdtemp(prefix="ickg-bench-load-")
    try:
        store = ox.Store(folder)
        start = time.process_time()
        for i, block in enumerate(blocks, 1):
            store.bulk_load(input=block, format=ox.RdfFormat.N_QUADS)
            if pause and i % every == 0 and i < len(blocks):
                time.sleep(pause)
        loaded = time.process_time()
        time.sleep(SETTLE)
        settled = time.process_time()
        store.optimize()
        done = time.process_time()
        del store
        return loaded - start, settled - loaded, done - settled
    finally:
        shutil.rmtree(folder, ignore_errors=True)


WAYS = ("blocks", "build", "path", "extend", "load")


def load_one_way(way: str, path: str) -> str:
    """Put the N-Quads file ``path`` into a new store in one of :data:`WAYS`, then ``optimize()``;
    a line of CPU seconds (the load, the optimize), wall seconds and this process's peak RSS."""
    folder = tempfile.mkdtemp(prefix="ickg-bench-load-")
    try:
        store = ox.Store(folder)
        start, wall = time.process_time(), time.perf_counter()
        if way == "blocks":  # read as the build reads its spool: a block at a time
            with open(path, "rb") as data:
                rest = b""
                while chunk := data.read(BLOCK):
                    chunk = rest + chunk
                    cut = chunk.rfind(b"\n") + 1
                    rest = chunk[cut:]
                    store.bulk_load(input=chunk[:cut], format=ox.RdfFormat.N_QUADS)
                if rest:
                    store.bulk_load(input=rest, format=ox.RdfFormat.N_QUADS)
        elif way == "build":
            from ickg.build.stages import _blocks, bulk_load_blocks

            bulk_load_blocks(store, _blocks(path))
        elif way == "path":
            store.bulk_load(path=path, format=ox.RdfFormat.N_QUADS)
        elif way == "extend":
            store.bulk_extend(ox.parse(path=path, format=ox.RdfFormat.N_QUADS))
        else:
            store.load(path=path, format=ox.RdfFormat.N_QUADS)
        loaded = time.process_time()
        store.optimize()
        done = time.process_time()
        quads = len(store)
        del store
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        return (f"{way} {loaded - start:.2f} {done - loaded:.2f} {time.perf_counter() - wall:.1f} {peak:.0f} "
                f"{quads}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def compare_ways(data: bytes, ways: list[str], rounds: int) -> None:
    """Each of ``ways`` on ``data`` in a child process, alternated ``rounds`` times; medians."""
    with tempfile.NamedTemporaryFile(prefix="ickg-bench-load-", suffix=".nq") as file:
        file.write(data)
        file.flush()
        runs: dict[str, list[list[float]]] = {way: [] for way in ways}
        for _ in range(rounds):
            for way in ways:
                done = subprocess.run([sys.executable, __file__, "--one-way", way, file.name],
                                      capture_output=True, text=True)
                if done.returncode:
                    sys.exit(f"bench_store_load: {way} failed:\n{done.stderr[-2000:]}")
                fields = done.stdout.split()
                runs[way].append([float(x) for x in fields[1:6]])
                print(f"  ({way}: load {fields[1]}, optimize {fields[2]} CPU-s, {fields[3]} s, {fields[4]} MB)",
                      flush=True)
    for way, figures in runs.items():
        total = [f[0] + f[1] for f in figures]
        print(f"  {way:7s} CPU-s: load {statistics.median(f[0] for f in figures):6.2f}, optimize "
              f"{statistics.median(f[1] for f in figures):5.2f}, total {statistics.median(total):6.2f} (runs "
              f"{', '.join(f'{t:.2f}' for t in total)}); wall {statistics.median(f[2] for f in figures):6.1f} s; "
              f"peak {max(f[3] for f in figures):5.0f} MB; {figures[0][4]:.0f} quads")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--nquads", help="an N-Quads file instead of a build's spool")
    parser.add_argument("--copies", type=int, default=3)
    parser.add_argument("--pause", type=float, default=0.8, help="seconds of each pause when paced")
    parser.add_argument("--every", type=int, default=1, help="blocks between pauses when paced")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--ways", nargs="+", choices=WAYS, help="compare these ways of loading instead")
    parser.add_argument("--one-way", nargs=2, metavar=("WAY", "FILE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one_way:
        print(load_one_way(*args.one_way))
        return
    if args.nquads:
        data = Path(args.nquads).read_bytes()
    else:
        with tempfile.TemporaryDirectory(prefix="ickg-bench-") as tmp:
            data = spool_of(args.documents, args.seed, Path(tmp))
    if args.ways:
        data = copies(data, args.copies)
        lines = data.count(b"\n")
        print(f"{len(data) / 2**20:.0f} MB of N-Quads, {lines} lines")
        compare_ways(data, args.ways, args.rounds)
        return
    blocks = blocks_of(copies(data, args.copies))
    print(f"{sum(map(len, blocks)) / 2**20:.0f} MB of N-Quads in {len(blocks)} blocks of {BLOCK >> 20} MB")
    modes = {"back to back": (0.0, 1), f"paced ({args.pause} s every {args.every})": (args.pause, args.every)}
    runs = {name: [] for name in modes}
    for _ in range(args.rounds):
        for name, (pause, every) in modes.items():
            runs[name].append(load(blocks, pause, every))
    for name, figures in runs.items():
        total = [sum(f) for f in figures]
        print(f"  {name:28s} CPU-s: loads {statistics.median(f[0] for f in figures):6.2f}, "
              f"compaction after {statistics.median(f[1] for f in figures):5.2f}, "
              f"optimize {statistics.median(f[2] for f in figures):5.2f}, "
              f"total {statistics.median(total):6.2f} (runs {', '.join(f'{t:.2f}' for t in total)})")


if __name__ == "__main__":
    main()

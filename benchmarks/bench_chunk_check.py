"""Benchmark: the extraction workers' chunk check (``ickg.validate.local.documents_conform``), part by part.

Writes N synthetic abstracts (``benchmarks/synthetic.py``), has each chunk of 64 go through the
worker's own function (``ickg.model.populate._populate_chunk``) to capture what the check reads,
then times, in CPU milliseconds per document (median of ``--rounds``), the in-memory store's load
of each chunk and each query the check runs on it: the merged screens of the local shapes, the
checks no screen stands for, the quotes and spans, the sources of the asserted triples; and the
whole check. Also the cost of splitting the same lines in Python (``str.split``), the floor of any
check that would read them without a store::

    python benchmarks/bench_chunk_check.py                  # 640 documents, 7 rounds
    python benchmarks/bench_chunk_check.py --documents 1280 --rounds 5
"""

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synthetic  # noqa: E402


def chunks_of(paths, folder, size=64):
    """What the check reads for each chunk of ``size`` documents, as the build's workers write it."""
    from ickg.extract.lexicon import default_lexicon
    from ickg.model.populate import _populate_chunk

    default_lexicon()
    spool = Path(folder) / "spool.nq"
    spool.touch()
    captured = []

    def capture(texts):
        captured.append(b"".join(texts).decode("utf-8"))
        return True

    for i in range(0, len(paths), size):
        _populate_chunk(([(str(p), str(spool), False, False, None) for p in paths[i:i + size]], capture))
    return captured


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=640)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args()

    from ickg.validate import evidence, local
    from ickg.validate.shapes import violations

    with tempfile.TemporaryDirectory(prefix="ickg-bench-") as tmp:
        texts = chunks_of(synthetic.write_corpus(Path(tmp) / "corpus", args.documents, args.seed), tmp)
    data = [t.encode("utf-8") for t in texts]
    screens, unscreened = local._screened()

    def loaded():
        out = []
        for d in data:
            store = ox.Store()
            store.load(input=d, format=ox.RdfFormat.N_QUADS, lenient=True)
            out.append(store)
        return out

    stores = loaded()
    parts = {
        "load (in-memory store)": loaded,
        f"merged screens ({len(screens)})": lambda: [any(True for _ in s.query(q, use_default_graph_as_union=True))
                                                     for s in stores for q in screens],
        f"checks no screen stands for ({len(unscreened)})": lambda: [
            violations(s, None, "union", threads=1, checks=list(unscreened)) for s in stores],
        "quotes and spans": lambda: [evidence.check_evidence(s, None, "union") for s in stores],
        "sources": lambda: [evidence.check_sources(s) for s in stores],
        "the whole check": lambda: [local.documents_conform([t]) for t in texts],
        "Python: the lines split": lambda: [[line.split(" ", 2) for line in t.split("\n")] for t in texts],
    }
    print(f"{args.documents} synthetic documents in {len(texts)} chunks, "
          f"{sum(map(len, data)) / args.documents / 1024:.1f} kB of N-Quads a document")
    for name, run in parts.items():
        rounds = []
        for _ in range(args.rounds):
            start = time.process_time()
            run()
            rounds.append(time.process_time() - start)
        print(f"  {name:40s} {statistics.median(rounds) * 1000 / args.documents:6.3f} ms a document")


if __name__ == "__main__":
    main()

"""Benchmark: a build worker's CPU per document, around ``extract()`` and in all.

An extraction worker of ``ickg build`` runs, for each chunk of 64 documents, the worker's own
function (``ickg.model.populate._populate_chunk``) with the build's ``then`` (the proposals) and
``check`` (``ickg.validate.local.documents_conform``). This runs that function in one process on
N synthetic abstracts, the tables made first and frozen for the collector as the build does
before it forks (``ickg.build.stages.make_shared_tables``), and times with ``time.thread_time``,
in CPU milliseconds a document (each round, then the median):

- the whole path, and ``extract()`` alone on the same files;
- the parts around ``extract()``, each over the same records: ``record_text``, the proposals,
  the spool's encode with the chunk's text (``ChunkText``), the chunk's check;
- the garbage collector's time during the whole path.

Run it with another checkout's ``service/`` on ``PYTHONPATH`` for a baseline, the two in turn::

    python benchmarks/bench_worker_path.py --documents 384 --rounds 3
    PYTHONPATH=/work/wt/base/service python benchmarks/bench_worker_path.py --label base
"""

import argparse
import functools
import gc
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synthetic  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=384)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--label", default="this", help="printed before each line")
    args = parser.parse_args()

    from ickg.build.spill import _proposals_made
    from ickg.build.stages import make_shared_tables
    from ickg.extract.document import extract
    from ickg.model import populate
    from ickg.validate import local

    make_shared_tables(proposals=True, check=True)  # the tables, made and frozen as before the fork
    then = functools.partial(_proposals_made, None)
    with tempfile.TemporaryDirectory(prefix="ickg-bench-") as tmp:
        paths = synthetic.write_corpus(Path(tmp) / "corpus", args.documents, args.seed)
        spool, quotes = Path(tmp) / "spool.nq", Path(tmp) / "quotes.tsv"
        spool.touch()
        quotes.touch()
        n = len(paths)

        def whole():
            for i in range(0, n, 64):
                jobs = [(str(p), str(spool), False, False, then, str(quotes)) for p in paths[i:i + 64]]
                if not populate._populate_chunk((jobs, local.documents_conform))[-1].checked[1]:
                    raise SystemExit("a chunk's check failed")

        records = [extract(p) for p in paths]
        outs = [populate.record_text(r) for r in records]

        # what _populate_path hands ChunkText: the bytes it spooled (a checkout before session
        # 43's took the text as str, encoding it again with the chunk)
        spooled = "bytes" in str(populate.ChunkText.add.__annotations__.get("text", ""))

        def chunks():
            made = []
            for i in range(0, n, 64):
                chunk = populate.ChunkText()
                for out in outs[i:i + 64]:
                    data = out.text.encode("utf-8")  # the spool's
                    chunk.add(data if spooled else out.text, out.statements.values(), out.asserted_text)
                made.append(chunk.texts)
            return made

        texts = chunks()
        parts = {
            "whole path": whole,
            "extract()": lambda: [extract(p) for p in paths],
            "record_text": lambda: [populate.record_text(r) for r in records],
            "proposals": lambda: [then(r, o.asserted) for r, o in zip(records, outs)],
            "spool encode + ChunkText": chunks,
            "chunk check": lambda: [local.documents_conform(t) for t in texts],
        }
        whole()  # warm: the process caches fill as in a worker's first chunks
        collected = [0.0, 0.0]

        def timed_gc(phase, info):
            if phase == "start":
                collected[1] = time.thread_time()
            else:
                collected[0] += time.thread_time() - collected[1]

        rounds: dict[str, list[float]] = {name: [] for name in parts}
        gc_whole = []
        for _ in range(args.rounds):
            for name, run in parts.items():
                collected[0] = 0.0
                if name == "whole path":
                    gc.callbacks.append(timed_gc)
                start = time.thread_time()
                run()
                rounds[name].append(time.thread_time() - start)
                if name == "whole path":
                    gc.callbacks.remove(timed_gc)
                    gc_whole.append(collected[0])
        rounds["collector (in the whole path)"] = gc_whole
    for name, seconds in rounds.items():
        each = " ".join(f"{s * 1000 / n:.3f}" for s in seconds)
        print(f"{args.label:6s} {name:32s} {each}   median {statistics.median(seconds) * 1000 / n:.3f} ms a document")


if __name__ == "__main__":
    main()

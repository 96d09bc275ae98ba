"""Extraction throughput on synthetic abstracts: documents per second and peak memory.

For each size N a fresh subprocess writes ``benchmarks.synthetic.write_corpus(tmp, N, seed)`` and
times three stages:

    extract   ickg.extract.document.extract_many(paths, processes=P): records back in the parent
    quads     extract + populate.record_quads in each worker (only the quad count comes back),
              the share of the build that scales with the documents
    serial    extract in one process, for the first 1,000 documents only (per-document cost)

Peak memory is the largest resident set of the parent and of any one worker (ru_maxrss).

A second mode, ``--per-document``, gives the cost of one document on the path the build's workers
run (``extract(Path)``: read, metadata, layout, concepts, places, entities, statements), as CPU
milliseconds per document and per kilobyte, medians of ``--repeat`` rounds, in a fresh process
(and, last, the whole of a build worker's work on a synthetic abstract: extraction, its quads
written as N-Quads text to a spool file, its proposals, the validation of each chunk of 64):
abstracts (the development documents of benchmarks/eval in plain text, and synthetic abstracts),
HTML pages and XML records of the same set, and full-length PDF articles written by
``benchmarks.synthetic.article_pdf``. Issue 12's budget is 3 ms per abstract-sized document.

Usage:
    python benchmarks/bench_extract.py --per-document       # ms per document and per KB
    python benchmarks/bench_extract.py                      # N = 1,000 and 10,000 on 2 processes
    python benchmarks/bench_extract.py --sizes 1000 --processes 1 2 --seed 3
    python benchmarks/bench_extract.py --sizes 10000 --no-quads   # extraction only

Wall times depend on what else the machine runs (the load average is printed); CPU seconds
(parent plus workers) do not.
"""

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))


def _quads_of(path):
    from ickg.extract.document import extract
    from ickg.model.populate import record_quads

    return len(record_quads(extract(Path(path))))


def _warm():
    from ickg.extract.lexicon import default_lexicon

    default_lexicon()


def _cpu():
    """CPU seconds of this process and of its reaped children: a figure other load does not inflate."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def run_one(n, processes, seed, quads=True):
    """Time the stages for one size in this process; returns a dict of figures."""
    from benchmarks.synthetic import write_corpus
    from ickg.extract.document import extract, extract_many

    with tempfile.TemporaryDirectory(prefix="ickg-bench-") as tmp:
        t0 = time.perf_counter()
        paths = write_corpus(tmp, n, seed)
        generated = time.perf_counter() - t0
        size_mb = sum(p.stat().st_size for p in paths) / 1e6

        t0 = time.perf_counter()
        _warm()
        warm = time.perf_counter() - t0

        t0 = time.perf_counter()
        serial = [extract(p) for p in paths[:1000]]
        serial_s = time.perf_counter() - t0

        t0, c0 = time.perf_counter(), _cpu()
        records = extract_many(paths, processes=processes, chunksize=max(1, min(256, n // (processes * 8) or 1)))
        extract_s, extract_cpu = time.perf_counter() - t0, _cpu() - c0

        with_year = sum(r.metadata.year is not None for r in records)
        mentions = sum(len(r.mentions) for r in records)
        places = sum(len(r.jurisdictions) for r in records)
        del records, serial

        t0, c0 = time.perf_counter(), _cpu()
        total = 0
        if quads:
            with ProcessPoolExecutor(max_workers=processes, initializer=_warm) as pool:
                total = sum(pool.map(_quads_of, [str(p) for p in paths], chunksize=max(1, n // (processes * 8) or 1)))
        quads_s, quads_cpu = time.perf_counter() - t0, _cpu() - c0

    return {
        "n": n, "processes": processes, "corpus_mb": round(size_mb, 1),
        "generate_s": round(generated, 2), "lexicon_s": round(warm, 2),
        "serial_ms_per_doc": round(serial_s / min(n, 1000) * 1000, 3),
        "extract_s": round(extract_s, 2), "extract_cpu_s": round(extract_cpu, 2),
        "extract_docs_per_s": round(n / extract_s),
        "extract_plus_quads_s": round(quads_s, 2), "extract_plus_quads_cpu_s": round(quads_cpu, 2),
        "quads": total, "quads_per_s": round(total / quads_s) if total else None,
        "load_average": round(os.getloadavg()[0], 1),
        "docs_with_year": with_year, "mentions": mentions, "jurisdiction_mentions": places,
        "peak_rss_parent_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "peak_rss_worker_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024),
    }


def _cpu_ms_per_document(paths, repeat, work=None):
    """Median over ``repeat`` rounds of the CPU ms one ``extract(path)`` (or ``work(path)``)
    takes, and per KB."""
    import statistics

    from ickg.extract.document import extract

    work = work or extract
    for path in paths:                       # warm: the lexicons and tables are built once per worker
        work(path)
    size_kb = sum(p.stat().st_size for p in paths) / 1024
    rounds = []
    for _ in range(repeat):
        start = time.process_time()
        for path in paths:
            work(path)
        rounds.append((time.process_time() - start) * 1000)
    median = statistics.median(rounds)
    return {"documents": len(paths), "kb_per_document": round(size_kb / len(paths), 2),
            "ms_per_document": round(median / len(paths), 3), "ms_per_kb": round(median / size_kb, 3),
            "rounds_ms_per_document": [round(r / len(paths), 3) for r in sorted(rounds)]}


def per_document(repeat, seed):
    """CPU cost per document by kind, in this process (run it in a fresh one)."""
    from benchmarks.synthetic import article_pdf, write_corpus

    split = json.loads((HERE / "eval" / "split.json").read_text(encoding="utf-8"))
    documents = HERE / "eval" / "documents"
    dev = [documents / name for name in split["parts"]["dev"]]
    out = {"cpu_count": os.cpu_count(), "load_average": round(os.getloadavg()[0], 1)}
    with tempfile.TemporaryDirectory(prefix="ickg-bench-") as tmp:
        synthetic = write_corpus(Path(tmp) / "abstracts", 200, seed)
        pdfs = [article_pdf(Path(tmp) / f"article-{i}.pdf", n_pages=8, seed=seed + i) for i in range(5)]
        kinds = {
            "abstracts (eval dev, plain text)": [p for p in dev if p.suffix == ".txt"],
            "abstracts (synthetic, 5 styles)": synthetic,
            "HTML pages (eval dev)": [p for p in dev if p.suffix == ".html"],
            "PubMed/JATS XML (eval dev)": [p for p in dev if p.suffix == ".xml"],
            "PDF, 1-2 pages (eval dev)": [p for p in dev if p.suffix == ".pdf"],
            "PDF articles, 8 pages (synthetic)": pdfs,
        }
        for kind, paths in kinds.items():
            out[kind] = _cpu_ms_per_document(paths, repeat)
        out["build worker (synthetic abstracts)"] = _cpu_ms_per_document(synthetic, repeat, _build_worker(tmp, synthetic))
    return out


def _build_worker(folder, paths, chunksize=64):
    """What an extraction worker of ``ickg build`` does (read, extract, the mentions and
    provenance as N-Quads appended to a spool file, their quote rows to another, the asserted
    quads as text, the proposals,
    and after each ``chunksize`` documents the chunk's validation), as a function of a path:
    the documents are gathered into chunks and each chunk goes through the worker's own
    function (:func:`ickg.model.populate._populate_chunk`) with the build's check."""
    from ickg.build.spill import ProposalSpill
    from ickg.model.populate import _populate_chunk
    from ickg.validate.local import documents_conform

    spool = Path(folder) / "spool.nq"
    spool.touch()
    quotes = Path(folder) / "spool.nq.quotes"  # the quote rows, which the build's workers write too
    quotes.touch()
    then = ProposalSpill(None).maker()
    last = paths[-1]
    jobs = []

    def work(path):
        jobs.append((str(path), str(spool), False, False, then, str(quotes)))
        if len(jobs) >= chunksize or path == last:
            done = _populate_chunk((list(jobs), documents_conform))
            jobs.clear()
            if not done[-1].checked[1]:
                raise SystemExit(f"{path}: the chunk's check failed")
    return work


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-document", action="store_true",
                        help="CPU ms per document and per KB by kind (abstracts, HTML, XML, PDF)")
    parser.add_argument("--repeat", type=int, default=7, help="rounds for --per-document (the median is kept)")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--processes", type=int, nargs="+", default=[2])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--no-quads", action="store_true", help="time extraction only")
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.per_document:
        if args.one:
            print(json.dumps(per_document(args.repeat, args.seed)))
            return
        out = subprocess.run([sys.executable, __file__, "--per-document", "--one", "--repeat", str(args.repeat),
                              "--seed", str(args.seed)], capture_output=True, text=True, check=True)
        figures = json.loads(out.stdout.strip().splitlines()[-1])
        print(f"# cpu count {figures.pop('cpu_count')}, load average {figures.pop('load_average')} "
              f"(CPU time: other load inflates it less than wall time, but a shared machine still does)")
        print(f"{'kind':36} {'docs':>5} {'KB/doc':>7} {'ms/doc':>8} {'ms/KB':>7}")
        for kind, f in figures.items():
            print(f"{kind:36} {f['documents']:>5} {f['kb_per_document']:>7} {f['ms_per_document']:>8} "
                  f"{f['ms_per_kb']:>7}")
        return
    if args.one:
        print(json.dumps(run_one(args.sizes[0], args.processes[0], args.seed, quads=not args.no_quads)))
        return
    print(f"# cpu count {os.cpu_count()}, python {sys.version.split()[0]}")
    for n in args.sizes:
        for processes in args.processes:
            out = subprocess.run(
                [sys.executable, __file__, "--one", "--sizes", str(n), "--processes", str(processes),
                 "--seed", str(args.seed)] + (["--no-quads"] if args.no_quads else []), capture_output=True, text=True, check=True)
            figures = json.loads(out.stdout.strip().splitlines()[-1])
            print(json.dumps(figures))


if __name__ == "__main__":
    main()

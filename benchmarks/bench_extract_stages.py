"""Where extraction's CPU goes, per document: the stages ``extract()`` calls and the statements rules.

A profiler misleads here: cProfile charges its own cost per call (the rules make many small calls)
and line_profiler on Python 3.11 traces every line of every function while it is on, so pure-Python
helpers look several times dearer than they are. This wraps each stage ``ickg.extract.document``
imports from another module (``read_metadata``, ``find_named``, ``find_statements``, ...) and, with
``--rules``, each ``rule_*`` function and ``find_programs`` as ``ickg.extract.statements.reading`` (the
module that calls them) imports them, in a timer of CPU time (``time.process_time_ns``), and prints CPU
milliseconds per document, largest first, over ``--repeat`` rounds of synthetic abstracts (after one
round to warm the tables). Stages nest (``find_statements`` holds ``find_programs`` and the rules): the
figures do not add up to the total. The wrapper costs well under a microsecond a call.

``--sample`` instead samples where the CPU goes without wrapping anything: a profiling timer
(``signal.setitimer(ITIMER_PROF)``, every millisecond of CPU) interrupts ``extract()`` and, with
``--populate``, the build workers' ``record_text``, over the synthetic abstracts or (``--train``) the
training documents of benchmarks/eval; each sample charges its whole stack. It prints the share of
samples of each function on the stack (inclusive: a stage with all it calls) and of each line at
the top of it (self: a line's pattern searches, which run in C, are charged to the line that called
them). Unlike cProfile it adds nothing per call, so a helper called often is not made to look dear.

    python benchmarks/bench_extract_stages.py                 # 200 synthetic abstracts, seed 3
    python benchmarks/bench_extract_stages.py --rules --top 30
    python benchmarks/bench_extract_stages.py --sample --train --populate --repeat 10 --top 40
    PYTHONPATH=/tmp/other/service python benchmarks/bench_extract_stages.py   # another checkout's code
"""

import argparse
import inspect
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))


def _timed(module, name, totals):
    """Replace ``module.name`` by a wrapper adding its CPU nanoseconds to ``totals[name]``."""
    function = getattr(module, name)

    def wrapper(*args, **kwargs):
        t0 = time.process_time_ns()
        try:
            return function(*args, **kwargs)
        finally:
            totals[name] = totals.get(name, 0) + time.process_time_ns() - t0
    setattr(module, name, wrapper)


def stages(n: int, seed: int, repeat: int, rules: bool) -> dict[str, float]:
    """CPU ms per document of each wrapped stage, over ``repeat`` rounds of ``n`` synthetic abstracts."""
    from benchmarks.synthetic import write_corpus
    import ickg.extract.document as document
    import ickg.extract.statements.reading as statements

    totals: dict[str, int] = {}
    with tempfile.TemporaryDirectory(prefix="ickg-stages-") as tmp:
        paths = write_corpus(Path(tmp), n, seed)
        for path in paths:
            document.extract(path)
        for name, value in list(vars(document).items()):
            if inspect.isfunction(value) and value.__module__ != document.__name__:
                _timed(document, name, totals)
        if rules:
            for name in [n_ for n_ in vars(statements) if n_.startswith("rule_") or n_ == "find_programs"]:
                if inspect.isfunction(getattr(statements, name)):
                    _timed(statements, name, totals)
        t0 = time.process_time_ns()
        for _ in range(repeat):
            for path in paths:
                document.extract(path)
        totals["extract (all)"] = time.process_time_ns() - t0
    return {name: ns / repeat / n / 1e6 for name, ns in totals.items()}


def sampled(paths: list, repeat: int, populate: bool) -> tuple[int, dict, dict]:
    """(samples, {function: samples with it on the stack}, {file:line: samples at the top}) of
    ``repeat`` rounds of ``extract()`` (and ``record_text``) over ``paths``, after one round unsampled."""
    import collections
    import signal

    from ickg.extract.document import extract
    from ickg.model.populate import record_text

    def work():
        for path in paths:
            record = extract(path)
            if populate:
                record_text(record)

    work()                                   # tables, caches and lazy patterns made first
    inclusive: collections.Counter = collections.Counter()
    top: collections.Counter = collections.Counter()
    count = [0]
    here = sampled.__code__.co_filename      # this script's frames (the loop) are not counted

    def sample(signum, frame):
        count[0] += 1
        seen = set()
        at = frame
        top[f"{_short(frame.f_code.co_filename)}:{frame.f_lineno} {frame.f_code.co_name}"] += 1
        while at is not None and at.f_code.co_filename != here:
            name = f"{at.f_code.co_name} ({_short(at.f_code.co_filename)})"
            if name not in seen:
                seen.add(name)
                inclusive[name] += 1
            at = at.f_back

    previous = signal.signal(signal.SIGPROF, sample)
    signal.setitimer(signal.ITIMER_PROF, 0.001, 0.001)
    try:
        for _ in range(repeat):
            work()
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
        signal.signal(signal.SIGPROF, previous)
    return count[0], inclusive, top


def _short(filename: str) -> str:
    return filename.split("/ickg/", 1)[-1] if "/ickg/" in filename else Path(filename).name


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=200, help="synthetic abstracts (default 200)")
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=3, help="timed rounds over the documents")
    parser.add_argument("--rules", action="store_true", help="also each statements rule and find_programs")
    parser.add_argument("--top", type=int, default=25, help="lines to print")
    parser.add_argument("--sample", action="store_true", help="sample the CPU (see the module docstring)")
    parser.add_argument("--train", action="store_true", help="with --sample: benchmarks/eval's training documents")
    parser.add_argument("--populate", action="store_true", help="with --sample: record_text of each record too")
    args = parser.parse_args()
    if args.documents < 1 or args.repeat < 1:
        parser.error("--documents and --repeat must be at least 1")
    if (args.train or args.populate) and not args.sample:
        parser.error("--train and --populate go with --sample")
    if args.sample:
        with tempfile.TemporaryDirectory(prefix="ickg-sample-") as tmp:
            if args.train:
                paths = sorted((HERE / "eval" / "train" / "documents").iterdir())
            else:
                from benchmarks.synthetic import write_corpus

                paths = write_corpus(Path(tmp), args.documents, args.seed)
            samples, inclusive, top = sampled(paths, args.repeat, args.populate)
        if not samples:
            raise SystemExit("--sample: no sample taken (too little CPU: raise --repeat)")
        print(f"# {samples} samples of 1 ms CPU over {args.repeat} rounds of {len(paths)} documents; "
              "share of samples, inclusive")
        for name, n in inclusive.most_common(args.top):
            print(f"{100 * n / samples:6.2f}%  {name}")
        print("# self (the line at the top of the stack)")
        for name, n in top.most_common(args.top):
            print(f"{100 * n / samples:6.2f}%  {name}")
        return
    figures = stages(args.documents, args.seed, args.repeat, args.rules)
    for name, ms in sorted(figures.items(), key=lambda kv: -kv[1])[:args.top]:
        print(f"{name:34} {ms:8.3f} ms/doc")


if __name__ == "__main__":
    main()

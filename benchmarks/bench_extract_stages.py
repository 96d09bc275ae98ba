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

    python benchmarks/bench_extract_stages.py                 # 200 synthetic abstracts, seed 3
    python benchmarks/bench_extract_stages.py --rules --top 30
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


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=200, help="synthetic abstracts (default 200)")
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=3, help="timed rounds over the documents")
    parser.add_argument("--rules", action="store_true", help="also each statements rule and find_programs")
    parser.add_argument("--top", type=int, default=25, help="lines to print")
    args = parser.parse_args()
    if args.documents < 1 or args.repeat < 1:
        parser.error("--documents and --repeat must be at least 1")
    figures = stages(args.documents, args.seed, args.repeat, args.rules)
    for name, ms in sorted(figures.items(), key=lambda kv: -kv[1])[:args.top]:
        print(f"{name:34} {ms:8.3f} ms/doc")


if __name__ == "__main__":
    main()

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

``--patterns`` prices each regular expression of :func:`ickg.extract.regex.lazy_compile`: every call
extraction makes to one (``search``, ``finditer``...) is recorded over the documents, then each is made
again alone with the compiled pattern and timed (a ``finditer`` run to its end), and the patterns are
printed dearest first, in µs a document, with their calls a document and the name a module gives them.
A sampler charges a pattern's C time to whatever line is next checked and cannot tell one pattern of a
line from another; this found actors' ``_POPULATION`` at 321 µs a training document (ext42).

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
    python benchmarks/bench_extract_stages.py --patterns --train --top 30
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


_CALLS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


def priced_patterns(paths: list) -> tuple[int, list[tuple[float, float, str, str]]]:
    """(calls, [(µs a document, calls a document, name, pattern)]) of every lazily compiled pattern
    extraction calls over ``paths``, dearest first (see ``--patterns`` in the module docstring)."""
    import collections
    import sys as _sys

    from ickg.extract import regex
    from ickg.extract.document import extract

    for path in paths:
        extract(path)                        # every table made and every pattern compiled first
    regex.compile_all()
    calls = []

    def recorder(made, name, method):
        def record(*args, **kwargs):
            calls.append((made, method, name == "finditer", args, kwargs))
            return method(*args, **kwargs)
        return record

    made_all = list(regex._MADE)
    for made in made_all:
        for name in _CALLS:
            setattr(made, name, recorder(made, name, getattr(made.compiled(), name)))
    try:
        for path in paths:
            extract(path)
    finally:
        for made in made_all:
            for name in _CALLS:
                setattr(made, name, getattr(made.compiled(), name))
    names: dict = {}                         # the first module that holds it: the one that made it, imported first
    for module in list(_sys.modules.values()):
        if module is not None and module.__name__.startswith("ickg.extract"):
            for key, value in vars(module).items():
                if isinstance(value, regex._Pattern):
                    names.setdefault(id(value), f"{module.__name__.removeprefix('ickg.extract.')}.{key}")
    cost: collections.Counter = collections.Counter()
    count: collections.Counter = collections.Counter()
    clock = time.process_time_ns
    for made, method, iterated, args, kwargs in calls:
        t0 = clock()
        found = method(*args, **kwargs)
        if iterated:
            for _ in found:
                pass
        cost[id(made)] += clock() - t0
        count[id(made)] += 1
    by_id = {id(m): m for m in made_all}
    rows = [(ns / len(paths) / 1e3, count[key] / len(paths), names.get(key, "?"), by_id[key].pattern)
            for key, ns in cost.items()]
    return len(calls), sorted(rows, reverse=True)


def _short(filename: str) -> str:
    return filename.split("/ickg/", 1)[-1] if "/ickg/" in filename else Path(filename).name


def _documents(args, folder: str) -> list:
    """The training documents of benchmarks/eval (``--train``), else ``--documents`` synthetic abstracts
    written into ``folder``."""
    if args.train:
        return sorted((HERE / "eval" / "train" / "documents").iterdir())
    from benchmarks.synthetic import write_corpus

    return write_corpus(Path(folder), args.documents, args.seed)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=200, help="synthetic abstracts (default 200)")
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=3, help="timed rounds over the documents")
    parser.add_argument("--rules", action="store_true", help="also each statements rule and find_programs")
    parser.add_argument("--top", type=int, default=25, help="lines to print")
    parser.add_argument("--sample", action="store_true", help="sample the CPU (see the module docstring)")
    parser.add_argument("--patterns", action="store_true", help="price each pattern's calls (see the module docstring)")
    parser.add_argument("--train", action="store_true",
                        help="with --sample or --patterns: benchmarks/eval's training documents")
    parser.add_argument("--populate", action="store_true", help="with --sample: record_text of each record too")
    args = parser.parse_args()
    if args.documents < 1 or args.repeat < 1:
        parser.error("--documents and --repeat must be at least 1")
    if (args.train and not (args.sample or args.patterns)) or (args.populate and not args.sample):
        parser.error("--train goes with --sample or --patterns, --populate with --sample")
    if args.patterns:
        with tempfile.TemporaryDirectory(prefix="ickg-patterns-") as tmp:
            paths = _documents(args, tmp)
            calls, rows = priced_patterns(paths)
        print(f"# {len(paths)} documents, {calls / len(paths):.0f} pattern calls a document, each made again alone: "
              f"{sum(r[0] for r in rows):.0f} µs a document in all")
        for us, per_doc, name, pattern in rows[:args.top]:
            print(f"{us:8.1f} µs {per_doc:6.1f} calls  {name:34} {pattern[:90]!r}")
        return
    if args.sample:
        with tempfile.TemporaryDirectory(prefix="ickg-sample-") as tmp:
            paths = _documents(args, tmp)
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

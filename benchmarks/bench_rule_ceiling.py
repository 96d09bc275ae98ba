"""How much of extraction's CPU the sentence loop's rules are, and how much any way of skipping rules could save.

Four ways of running ``extract()`` over the same documents, rounds alternated in one process, CPU µs per
document (median of the rounds):

- ``rules``: as it is;
- ``oracle``: a first pass records which calls of a rule (document, rule, span) returned something or added a
  statement; the timed passes call only those. No index of cues can skip more than this: it is the ceiling of
  the rules' gating (its output may differ a little, where a rule fills a table another step reads: the
  documents whose output differs are counted);
- ``wrapped``: every call through the oracle's wrapper, none skipped: the wrapper's own cost, so that
  ``wrapped - oracle`` is what skipping saves (the ceiling, ``rules - (wrapped - oracle)``, is printed);
- ``no rules``: every ``rule_*`` of ``reading`` a no-op, but ``rule_recommendation`` and ``rule_study``, whose
  answers steer the loop: what extraction costs without the rules at all.

Run: ``python benchmarks/bench_rule_ceiling.py [--documents train] [--rounds 3]``.
"""

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.synthetic import write_corpus  # noqa: E402
from ickg.extract import document  # noqa: E402
from ickg.extract.statements import reading  # noqa: E402

STEERING = ("rule_recommendation", "rule_study")


def _rules() -> dict:
    return {name: rule for name, rule in vars(reading).items() if name.startswith("rule_")}


def _key(current, name, args):
    ints = tuple(a for a in args[:2] if isinstance(a, int))
    return current[0], name, ints


def _wrapped(rules, useful, current, recording, every=False):
    def wrap(name, rule):
        def call(ctx, *args, **kwargs):
            key = _key(current, name, args)
            if not (recording[0] or every) and key not in useful:
                return None
            before = len(ctx.out)
            result = rule(ctx, *args, **kwargs)
            if recording[0] and (result is not None or len(ctx.out) != before):
                useful.add(key)
            return result
        return call
    return {name: wrap(name, rule) for name, rule in rules.items()}


def _none(*args, **kwargs):
    return None



def without_rules() -> dict:
    """The ``no rules`` table: every rule a no-op but the steering ones (``_install`` it; also
    ``bench_build_parts.py``'s ``norules``)."""
    return {name: (rule if name in STEERING else _none) for name, rule in _rules().items()}


def _install(table):
    for name, rule in table.items():
        setattr(reading, name, rule)


def _timed(paths, current) -> float:
    began = time.process_time()
    for path in paths:
        current[0] = path
        document.extract(path)
    return (time.process_time() - began) / len(paths) * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", choices=("synthetic", "train"), default="synthetic",
                        help="200 synthetic abstracts (seed 3) or the evaluation set's training documents")
    parser.add_argument("--rounds", type=int, default=3, help="timed rounds of each way (default 3)")
    args = parser.parse_args()
    rules = _rules()
    useful, current, recording = set(), [None], [True]
    oracle = _wrapped(rules, useful, current, recording)
    wrapped = _wrapped(rules, useful, current, [False], every=True)
    without = without_rules()
    with tempfile.TemporaryDirectory() as tmp:
        paths = write_corpus(Path(tmp), 200, 3) if args.documents == "synthetic" \
            else sorted((ROOT / "benchmarks" / "eval" / "train" / "documents").iterdir())
        _install(oracle)
        full = {}
        for path in paths:                        # records the calls that give something; warms every cache
            current[0] = path
            full[path] = document.extract(path).as_json()
        recording[0] = False
        differ = 0
        for path in paths:
            current[0] = path
            differ += document.extract(path).as_json() != full[path]
        times = {"rules": [], "wrapped": [], "oracle": [], "no rules": []}
        for _ in range(args.rounds):
            for way, table in (("rules", rules), ("wrapped", wrapped), ("oracle", oracle), ("no rules", without)):
                _install(table)
                times[way].append(_timed(paths, current))
        _install(rules)
    print(f"# {len(paths)} {args.documents} documents, {args.rounds} rounds alternated; CPU µs per document, median (all)")
    base = statistics.median(times["rules"])
    for way, values in times.items():
        median = statistics.median(values)
        print(f"{way:9s} {median:8.0f}  ({', '.join(f'{v:.0f}' for v in values)})  {median - base:+6.0f} against rules")
    saved = statistics.median(times["wrapped"]) - statistics.median(times["oracle"])
    print(f"ceiling of gating: {base - saved:.0f} µs a document ({saved:.0f} saved by skipping every call that gives nothing)")
    print(f"the oracle's output differs from the rules' in {differ} of {len(paths)} documents")
    print(f"calls that give something: {len(useful)} ({len(useful) / len(paths):.1f} a document)")


if __name__ == "__main__":
    main()

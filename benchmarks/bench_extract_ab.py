"""Two checkouts' extraction in one process, rounds alternated: CPU µs per document of its stages.

On a shared machine separate runs of two versions differ by more than a change of a few per cent
(other load comes and goes between them). This loads the ``ickg`` of a baseline checkout and this
checkout's side by side in one process (each its own copy of every module, table and cache),
checks that they give the same records, then times rounds over the same documents in turn (base,
this; this, base; ...) and prints, per stage that ``ickg.extract.document`` calls (and
``Lexicon.find``), the minimum and the median over the rounds. The minima are the steadier figure
under load.

    python benchmarks/bench_extract_ab.py --baseline /path/to/base/checkout
    python benchmarks/bench_extract_ab.py --baseline ../base --documents train --cold-names
"""

import argparse
import importlib
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
STAGES = ("read_source", "read_metadata", "find_layout", "tokens_of", "resolve", "find_jurisdictions",
          "find_named", "find_candidates", "find_statements", "_populations")


def _load(root: Path):
    """``ickg.extract.document`` of the checkout at ``root``, imported afresh (its own modules)."""
    for name in [n for n in sys.modules if n == "ickg" or n.startswith("ickg.")]:
        del sys.modules[name]
    sys.path.insert(0, str(root / "service"))
    try:
        document = importlib.import_module("ickg.extract.document")
    finally:
        sys.path.remove(str(root / "service"))
    if not Path(document.__file__).resolve().is_relative_to(root.resolve()):
        raise SystemExit(f"--baseline {root}: imported ickg from {document.__file__}, not from that checkout")
    return document, sys.modules["ickg.extract.lexicon"], sys.modules["ickg.extract.metadata"]


def _timed(owner, name, totals, key):
    function = getattr(owner, name)

    def wrapper(*args, **kwargs):
        t0 = time.process_time_ns()
        try:
            return function(*args, **kwargs)
        finally:
            totals[key] = totals.get(key, 0) + time.process_time_ns() - t0
    setattr(owner, name, wrapper)


def compare(baseline: Path, paths: list, rounds: int, cold_names: bool) -> dict:
    """{side: {stage: [µs per document of each round]}} for the sides "base" and "this"."""
    sides = {}
    for side, root in (("base", baseline), ("this", HERE.parent)):
        document, lexicon, metadata = _load(root)
        totals: dict = {}
        for stage in STAGES:
            if hasattr(document, stage):
                _timed(document, stage, totals, stage)
        _timed(lexicon.Lexicon, "find", totals, "Lexicon.find")
        for path in paths:                   # warm: tables and caches
            document.extract(path)
        sides[side] = (document, metadata, totals, {})
    for path in paths:
        if sides["base"][0].extract(path).as_json() != sides["this"][0].extract(path).as_json():
            raise SystemExit(f"{path}: the two checkouts extract different records")
    for r in range(rounds):
        for side in (("base", "this") if r % 2 == 0 else ("this", "base")):
            document, metadata, totals, figures = sides[side]
            if cold_names:                   # each round's author names new, as a corpus's are
                metadata._looks_like_place_or_body.cache_clear()
            totals.clear()
            t0 = time.process_time_ns()
            for path in paths:
                document.extract(path)
            totals["extract (all)"] = time.process_time_ns() - t0
            for stage, ns in totals.items():
                figures.setdefault(stage, []).append(ns / len(paths) / 1e3)
    return {side: value[3] for side, value in sides.items()}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", required=True, help="root of the checkout to compare against")
    parser.add_argument("--documents", choices=("synthetic", "train"), default="synthetic",
                        help="200 synthetic abstracts (seed 3) or the evaluation set's training documents")
    parser.add_argument("--rounds", type=int, default=9, help="timed rounds of each side (default 9)")
    parser.add_argument("--cold-names", action="store_true",
                        help="forget the names' place tests before each round (a corpus's authors are new)")
    args = parser.parse_args()
    baseline = Path(args.baseline)
    if not (baseline / "service" / "ickg" / "extract" / "document.py").is_file():
        parser.error(f"--baseline {baseline}: no service/ickg/extract/document.py there")
    if args.rounds < 1:
        parser.error("--rounds must be at least 1")
    sys.path.insert(0, str(HERE.parent))
    from benchmarks.synthetic import write_corpus

    with tempfile.TemporaryDirectory(prefix="ickg-ab-") as tmp:
        paths = write_corpus(Path(tmp), 200, 3) if args.documents == "synthetic" \
            else sorted((HERE / "eval" / "train" / "documents").iterdir())
        figures = compare(baseline, paths, args.rounds, args.cold_names)
    print(f"# {len(paths)} {args.documents} documents, {args.rounds} rounds each, alternated in one process; "
          f"CPU µs per document, min / median")
    for stage in sorted(figures["base"], key=lambda s: -min(figures["base"][s])):
        b, t = figures["base"][stage], figures.get("this", {}).get(stage, [0.0])
        print(f"{stage:20} base {min(b):9.1f} / {statistics.median(b):9.1f}   "
              f"this {min(t):9.1f} / {statistics.median(t):9.1f}")


if __name__ == "__main__":
    main()

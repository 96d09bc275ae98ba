"""How often each statement rule is right, per rule, on the training documents: the record from which
each proposed statement's ``confidence`` is taken (issue 12: a curator sorting by confidence, and a
cut-off, should mean something).

A proposal is right when the scorer's rule S matches it to a gold statement (the matching of
``score_extraction.py``, one to one). A rule's confidence is its precision on the train part,
shrunk toward the precision of all rules together by a prior worth ``PRIOR`` proposals, so that a
rule seen twice is not called certain, and capped at ``CAP``. Only the train part is used to
calibrate: the development part stays a check of the calibration, and the test part is never read.

    python benchmarks/rule_precision.py                     # per rule on train: proposed, right, precision
    python benchmarks/rule_precision.py --part dev --wrong  # and each wrong proposal, on dev
    python benchmarks/rule_precision.py --docs train-slides-iapt.txt ...   # those documents only
    python benchmarks/rule_precision.py --write             # regenerate ickg/extract/rule_confidence.json
"""

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import score_extraction as se  # noqa: E402

TABLE = HERE.parent / "service" / "ickg" / "extract" / "rule_confidence.json"
PRIOR = 4          # the all-rules precision counts as this many proposals of every rule
CAP = 0.95         # a handful right is no certainty
TARGET = 0.85      # issue 12's precision target: the cut-off is the lowest confidence that keeps train above it
TUNING_PARTS = ("dev", "train")


def rule_of(statement: dict) -> str:
    """The rule's name from a statement's ``source`` (``ickg-rules/<rule>@<version>``)."""
    source = statement.get("source") or "?"
    return source.split("/", 1)[-1].rsplit("@", 1)[0]


def judged(names: list[str], recall: Counter | None = None) -> list[tuple[str, dict, bool]]:
    """(document, proposed statement, right?) for every statement proposed on ``names``; ``recall``,
    when given, counts the gold statements ("gold") and those found ("found")."""
    onto = se.load_ontology()
    out = []
    for name in names:
        report, reason = se.run_extract(se.document_path(name))
        if reason:
            raise SystemExit(f"{name}: {reason}")
        proposed = report.get("statements") or []
        gold = se.load_gold(name).get("statements", [])
        _, pairs = se.score_statements(gold, proposed, onto)
        if recall is not None:
            recall["gold"] += len(gold)
            recall["found"] += len(pairs)
        right = set(pairs.values())
        out += [(name, st, i in right) for i, st in enumerate(proposed)]
    return out


def per_rule(rows: list[tuple[str, dict, bool]]) -> dict[str, tuple[int, int]]:
    """{rule: (proposed, right)}."""
    proposed, right = Counter(), Counter()
    for _, st, ok in rows:
        proposed[rule_of(st)] += 1
        right[rule_of(st)] += ok
    return {rule: (proposed[rule], right[rule]) for rule in sorted(proposed)}


def cutoff(counts: dict[str, tuple[int, int]], confidence: dict[str, float], gold: int) -> dict:
    """The lowest confidence at which the statements kept (those of rules at or above it) are right at
    least TARGET of the time on the calibration documents, with their precision and recall there."""
    best = {"confidence": CAP, "precision": None, "recall": 0.0}
    for c in sorted(set(confidence.values()), reverse=True):
        kept = [counts[r] for r in counts if confidence[r] >= c]
        n, k = sum(x for x, _ in kept), sum(x for _, x in kept)
        if n and k / n >= TARGET:
            best = {"confidence": c, "precision": round(k / n, 3), "recall": round(k / gold, 3) if gold else None}
    return best


def calibrated(counts: dict[str, tuple[int, int]], gold: int) -> dict:
    """The table written to rule_confidence.json: each rule's shrunk precision and the counts behind
    it, the confidence of a rule not seen on train, and the cut-off a curator may filter at."""
    total = sum(n for n, _ in counts.values())
    overall = sum(k for _, k in counts.values()) / total if total else 0.5
    confidence = {rule: round(min(CAP, (k + PRIOR * overall) / (n + PRIOR)), 2) for rule, (n, k) in counts.items()}
    rules = {rule: {"proposed": n, "right": k, "confidence": confidence[rule]} for rule, (n, k) in counts.items()}
    return {"_about": "Per-rule precision of the statement rules on the train part, written by "
                      "benchmarks/rule_precision.py --write; do not edit by hand.",
            "prior": {"proposals": PRIOR, "precision": round(overall, 3)}, "cap": CAP,
            "default": round(overall, 2), "target_precision": TARGET,
            "cutoff": cutoff(counts, confidence, gold), "rules": rules}


def documents(part: str | None, docs: list[str] | None) -> list[str]:
    split = se.load_split()
    if docs:
        tuning = {n for p in TUNING_PARTS for n in split["parts"][p]}
        outside = [d for d in docs if d not in tuning]
        if outside:
            raise SystemExit(f"not a development or training document: {outside[0]}")
        return docs
    if part not in TUNING_PARTS:
        raise SystemExit(f"--part must be one of {', '.join(TUNING_PARTS)} (the test part is for reporting only)")
    return list(split["parts"][part])


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", default="train", help="dev or train (default train)")
    parser.add_argument("--docs", nargs="+", help="score only these development or training documents")
    parser.add_argument("--wrong", action="store_true", help="list each wrong proposal under its rule")
    parser.add_argument("--write", action="store_true", help=f"write {TABLE.name} from the train part")
    args = parser.parse_args(argv)
    if args.write and (args.docs or args.part != "train"):
        raise SystemExit("--write calibrates on the whole train part only")
    recall = Counter()
    rows = judged(documents(args.part, args.docs), recall)
    counts = per_rule(rows)
    cut = se.confidence_cutoff()  # the shipped one; with --write, the one written now
    if args.write:
        table = calibrated(counts, recall["gold"])
        TABLE.write_text(json.dumps(table, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        cut = table["cutoff"]["confidence"]
        print(f"wrote {TABLE}")
    n, k = len(rows), sum(ok for *_, ok in rows)
    print(f"{'rule':34} {'proposed':>8} {'right':>6} {'precision':>9}")
    for rule, (p, r) in sorted(counts.items(), key=lambda x: (x[1][1] / x[1][0], -x[1][0])):
        print(f"{rule:34} {p:8d} {r:6d} {r / p:9.2f}")
        if args.wrong:
            for name, st, ok in rows:
                if rule_of(st) == rule and not ok:
                    obj = st["object"].get("label", st["object"].get("value"))
                    print(f"    {name}: {st['subject'].get('label')} | {se.compact(st['predicate'])} | {obj}"
                          f"  << {st['quote'][:90]!r}")
    print(f"{'all rules':34} {n:8d} {k:6d} {k / n if n else 0:9.2f}"
          f"   recall {recall['found']}/{recall['gold']} = {recall['found'] / max(1, recall['gold']):.2f}")
    # right proposals at or above the cut-off (each matched one gold item); after --write, the proposals'
    # confidences are still those of the table they were extracted with
    kept = [ok for _, st, ok in rows if (st.get("confidence") or 0) >= cut]
    print(f"{f'confidence >= {cut}':34} {len(kept):8d} {sum(kept):6d} {sum(kept) / max(1, len(kept)):9.2f}"
          f"   recall {sum(kept)}/{recall['gold']} = {sum(kept) / max(1, recall['gold']):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

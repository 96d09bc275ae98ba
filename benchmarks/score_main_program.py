"""Does the extractor hang a document's statements on the right program?

Issue 12's statements depend on one decision made before any sentence rule runs: which program
the document is about. When that pick is wrong, every barrier, component and outcome goes to the
wrong subject and none of them scores. This measures that pick apart from the rules: per document,
the gold's main program is the program-typed subject of most gold statements; the extractor's is
the program-typed subject of most proposed statements; the document counts as right when the two
match by the scorer's rule L (label, aliases or a mention text of the gold program).

    python benchmarks/score_main_program.py                      # train and dev
    python benchmarks/score_main_program.py --part dev --list    # and each document's two picks
    python benchmarks/score_main_program.py --docs NAME ...      # named train or dev documents

The test part is refused, as everywhere while tuning (benchmarks/eval/README.md).
"""

import argparse
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import score_extraction as se  # noqa: E402

PROGRAM = se.expand("ickg:Program")


def _is_program(node, onto):
    types = [node.get("type")] + list(node.get("types_accept", []))
    return any(t and onto.compatible_types(se.expand(t), PROGRAM) for t in types)


def main_subject(statements, onto):
    """The program-typed subject (a node) of most statements, or None; ties go to the first named."""
    counts, first = Counter(), {}
    for st in statements:
        _, subject, _ = se._oriented(st, onto)
        if subject.get("label") and _is_program(subject, onto):
            key = se.label_key(subject["label"])
            counts[key] += 1
            first.setdefault(key, subject)
    if not counts:
        return None
    best = max(counts, key=lambda k: (counts[k], -list(first).index(k)))
    return first[best]


def gold_names(gold, node):
    """The gold main program's names: the node's label and aliases, and the names and mention texts
    of the gold program entity of that label."""
    names = [node["label"], *node.get("aliases", [])]
    for kind in ("programs", "organizations"):
        for e in gold.get("entities", {}).get(kind, []):
            if se.labels_match(e["label"], node["label"]) and se.label_key(e["label"]) == se.label_key(node["label"]):
                names += se._gold_names(e)
    return names


def judge(name, onto):
    """(gold main node, predicted main node or None, right?) for one document."""
    gold = se.load_gold(name)
    want = main_subject(gold.get("statements", []), onto)
    report, _ = se.run_extract(se.document_path(name))
    got = main_subject((report or {}).get("statements", []), onto)
    right = bool(want and got and se.any_label_match(se._node_labels(got), gold_names(gold, want)))
    return want, got, right


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--part", choices=["train", "dev", "both"], default="both")
    parser.add_argument("--docs", nargs="+", help="named train or dev documents only")
    parser.add_argument("--list", action="store_true", help="print each document's gold and predicted main program")
    args = parser.parse_args(argv)
    split = se.load_split()
    allowed = set(split["parts"]["train"]) | set(split["parts"]["dev"])
    parts = {"both": ("train", "dev")}.get(args.part, (args.part,))
    if args.docs:
        refused = [d for d in args.docs if d not in allowed]
        if refused:
            parser.error(f"not a train or dev document (the test part is not scored here): {', '.join(refused)}")
        groups = {"named": args.docs}
    else:
        groups = {part: split["parts"][part] for part in parts}
    onto = se.load_ontology()
    for part, names in groups.items():
        rights = 0
        for name in names:
            want, got, right = judge(name, onto)
            rights += right
            if args.list or (args.docs and not right):
                print(f"{'ok ' if right else 'MISS'} {name}: gold {want and want['label']!r}, "
                      f"extracted {got and got['label']!r}")
        print(f"{part}: main program right in {rights} of {len(names)} documents ({rights / max(1, len(names)):.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

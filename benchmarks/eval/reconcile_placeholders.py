"""Rename the placeholder IRIs of the gold files to the ontology terms that now stand for them.

The evaluation set was written before the ontology had terms for study designs, breadth of
integration, legislation, the end year of a program and several funding models, so its gold files
used placeholder IRIs listed in ``placeholders.json``. This script is the record of how each one
was reconciled: it changes IRIs only, never what a gold item says (no item is added, removed or
relabelled), and it rewrites the files line by line so that the diff shows nothing else.

    python benchmarks/eval/reconcile_placeholders.py           # rewrite gold/*.json
    python benchmarks/eval/reconcile_placeholders.py --check   # exit 1 if a placeholder is left

Three kinds of reconciliation:

* ``SAME``: the ontology gained a term with the placeholder's own IRI; nothing to rename, the entry
  only leaves ``placeholders.json``.
* ``RENAMED``: the placeholder IRI is replaced by the real one wherever it occurs (an ``iri``,
  ``accept``, ``type``, ``types_accept`` or ``predicate`` value).
* ``BREADTH``: the breadth placeholders were typed ickg:IntegrationType for want of a breadth class,
  so a statement tagging a program with one used ickg:practisesIntegrationType. The ontology now
  has ickg:IntegrationBreadth and ickg:hasBreadth for exactly that, so such a statement takes them:
  the same claim (this program integrates vertically) in the ontology's terms.

After rewriting, each file is parsed again and compared with the same mapping applied to the
parsed original: a difference is an error and nothing is written.
"""

import argparse
import json
import re
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent / "gold"

# Placeholders whose IRI the ontology now declares as is (ontology/ickg-edit.ttl).
SAME = {
    "ickg:StudyDesign": "class, skos:Concept subclass; the scheme is scheme:study-design",
    "ickg:hasStudyDesign": "object property Study -> StudyDesign",
    "ickg:Legislation": "class, a top category apart from ickg:Mandate (an act is not the obligation it imposes)",
    "ickg:establishedBy": "object property Program/Organization -> Legislation, inverse ickg:establishes",
    "ickg:yearEnded": "datatype property Program/Organization -> xsd:integer",
    "ickg:PooledBudget": "subclass of ickg:FundingModel",
    "ickg:SharedSavings": "subclass of ickg:FundingModel",
    "ickg:GlobalBudget": "subclass of ickg:FundingModel",
    "ickg:FeeForService": "subclass of ickg:FundingModel",
    "ickg:PayForPerformance": "subclass of ickg:ProviderIncentive",
}

# Placeholder -> real IRI (CURIEs of score_extraction.PREFIXES; design: is the ontology's prefix
# for https://w3id.org/ickg/scheme/study-design/, the namespace the placeholders already used).
RENAMED = {
    "study-design:randomized-controlled-trial": "design:clinical-trial",   # altLabel "randomized controlled trial"
    "study-design:cohort-study": "design:cohort-study",
    "study-design:quasi-experimental-study": "design:quasi-experimental-study",
    "study-design:qualitative-study": "design:qualitative-study",
    "study-design:mixed-methods-study": "design:mixed-methods-study",
    "study-design:realist-evaluation": "design:realist-evaluation",
    "study-design:systematic-review": "design:systematic-review",
    "study-design:case-study": "design:case-study",
    "study-design:cross-sectional-study": "design:cross-sectional-study",
    "study-design:economic-evaluation": "design:economic-evaluation",
    "breadth:vertical-integration": "breadth:vertical",
    "breadth:horizontal-integration": "breadth:horizontal",
}

# A statement tagging something with a breadth concept: (old, new) predicate and object type.
BREADTH_PREDICATE = ("ickg:practisesIntegrationType", "ickg:hasBreadth")
BREADTH_TYPE = ("ickg:IntegrationType", "ickg:IntegrationBreadth")
BREADTH_CONCEPTS = {"breadth:vertical", "breadth:horizontal"}

PLACEHOLDERS = set(SAME) | set(RENAMED)
_QUOTED = re.compile(r'"((?:study-design|breadth):[a-z-]+)"')


def renamed(value):
    """``value`` with every placeholder CURIE renamed, recursively (the expected result)."""
    if isinstance(value, str):
        return RENAMED.get(value, value)
    if isinstance(value, list):
        return [renamed(v) for v in value]
    if isinstance(value, dict):
        out = {k: renamed(v) for k, v in value.items()}
        obj = out.get("object")
        if (out.get("predicate") == BREADTH_PREDICATE[0] and isinstance(obj, dict)
                and obj.get("iri") in BREADTH_CONCEPTS):
            out["predicate"] = BREADTH_PREDICATE[1]
            if obj.get("type") == BREADTH_TYPE[0]:
                obj["type"] = BREADTH_TYPE[1]
        return out
    return value


def rewrite_line(line):
    """One line of a gold file with its placeholders renamed, as text (formatting kept)."""
    line = _QUOTED.sub(lambda m: f'"{RENAMED.get(m.group(1), m.group(1))}"', line)
    if f'"predicate": "{BREADTH_PREDICATE[0]}"' in line and any(f'"iri": "{c}"' in line for c in BREADTH_CONCEPTS):
        head, sep, obj = line.partition('"object": ')
        line = (head.replace(f'"predicate": "{BREADTH_PREDICATE[0]}"', f'"predicate": "{BREADTH_PREDICATE[1]}"')
                + sep + obj.replace(f'"type": "{BREADTH_TYPE[0]}"', f'"type": "{BREADTH_TYPE[1]}"', 1))
    return line


def rewrite(text):
    return "".join(rewrite_line(line) for line in text.splitlines(keepends=True))


def left_over(value, where=""):
    """(path, placeholder) of every placeholder still used that has no real IRI of its own."""
    if isinstance(value, str):
        return [(where, value)] if value in RENAMED else []
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    return [hit for k, v in items for hit in left_over(v, f"{where}/{k}")]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only report placeholders still in the gold files")
    args = parser.parse_args(argv)
    changed, remaining = {}, []
    for path in sorted(GOLD.glob("*.json")):
        text = path.read_text(encoding="utf-8")
        original = json.loads(text)
        remaining += [(path.name, *hit) for hit in left_over(original)]
        new_text = rewrite(text)
        if new_text == text:
            continue
        if json.loads(new_text) != renamed(original):
            sys.exit(f"error: {path.name}: the line-wise rewrite differs from the mapping; nothing written")
        changed[path] = new_text
    if args.check:
        for name, where, value in remaining:
            print(f"{name}: {where}: {value}")
        return 1 if remaining else 0
    for path, new_text in changed.items():
        path.write_text(new_text, encoding="utf-8")
        print(f"rewrote {path.name}")
    print(f"{len(changed)} gold files rewritten, {len(remaining)} placeholder uses renamed")
    return 0


if __name__ == "__main__":
    sys.exit(main())

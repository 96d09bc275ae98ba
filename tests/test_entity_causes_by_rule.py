"""``score_extraction.py --entity-causes`` counts each proposed organization and population under the rule that
proposed it, right or not (issue 12, session 41, helper org41): an entity recogniser's ``source``, or
``statement: RULE`` for a statement's subject or object that no recogniser found. Read on a train document's gold as
the report, with one invented organization added by a named rule and one by a statement rule."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import score_extraction as se  # noqa: E402

NAME = "train-org40-electivereport-cuba-family-doctor.txt"
ORG = "http://www.w3.org/ns/org#Organization"


def test_each_proposed_organization_is_counted_under_the_rule_that_proposed_it():
    onto = se.load_ontology()
    report = se.gold_as_report(se.load_gold(NAME))
    report["entities"] = [dict(e, source="gold rule") for e in report["entities"]]
    report["entities"].append({"label": "Kestrel Invented Trust", "type": ORG, "source": "made-up rule"})
    report["statements"].append({"subject": {"label": "Family Doctor and Nurse Programme", "type": "ickg:CareModel"},
                                 "predicate": "ickg:hasPartner", "source": "ickg-rules/partner@19",
                                 "object": {"label": "Kestrel Invented Council", "type": ORG}, "quote": "x"})
    rows = se.classify_entities(NAME, report, onto)["sources"]
    orgs = [(source, right) for kind, source, right in rows if kind == "organizations"]
    assert ("made-up rule", False) in orgs
    assert ("statement: ickg-rules/partner@19", False) in orgs
    gold_orgs = len(se.load_gold(NAME)["entities"]["organizations"])
    assert orgs.count(("gold rule", True)) == gold_orgs      # the gold's own organizations, all right

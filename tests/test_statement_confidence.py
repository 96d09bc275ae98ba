"""Each proposed statement's confidence is a logistic regression over what the extractor knows of it in
its document (issue 12), fitted on the training documents: the table the extractor ships is the one
``benchmarks/confidence_model.py --write`` writes from today's rules, a statement's confidence moves
with its context and not only with its rule, and the cut-off a curator filters at is kept in one place
(the table), chosen on the development part and read by the extractor and the scorer alike."""

import json
import sys
from pathlib import Path

from extracted import statements as _statements

from ickg.extract import statements as st
from ickg.extract.document import extract
from ickg.extract.statements import confidence

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import confidence_model as cm  # noqa: E402
import score_extraction as se  # noqa: E402

RIVERSIDE = ("The Riverside Care Programme: integrated care for frail older people\n\nThe Riverside Care Programme "
             "was launched in 2015 by the county council. Early results suggest that the programme may have "
             "reduced hospital readmissions. It targets frail older people living at home. An evaluation found "
             "that emergency admissions fell by 12%.")


def test_the_shipped_table_is_what_the_fitting_script_writes_from_train_today():
    """Fails when a rule change alters what the rules propose on train (or their features) and the
    table was not refitted (`python benchmarks/confidence_model.py --write`)."""
    rows, gold = cm.judged(cm.documents("train", None))
    expected = cm.table(rows, gold, *cm.judged(cm.documents("dev", None)))
    shipped = json.loads(cm.TABLE.read_text(encoding="utf-8"))
    assert shipped == json.loads(json.dumps(expected))


def test_the_cutoff_is_kept_in_the_table_and_read_from_it_by_the_extractor_and_the_scorer():
    table = json.loads(cm.TABLE.read_text(encoding="utf-8"))
    assert st.CONFIDENCE_CUTOFF == confidence.CONFIDENCE_CUTOFF == table["cutoff"]["confidence"]
    assert se.confidence_cutoff() == table["cutoff"]["confidence"]
    assert table["cutoff"]["confidence"] == 1.0 or table["cutoff"]["precision"] >= cm.TARGET
    assert "development part" in table["cutoff"]["how"]


def test_a_statement_carries_the_tables_probability_of_its_features_and_names_rule_and_table():
    report, features = cm.extracted(RIVERSIDE, stem="riverside")
    assert report["statements"] and len(features) == len(report["statements"])
    assert report == extract(RIVERSIDE, stem="riverside").as_json()       # the script's hook changes nothing
    for out, names in zip(report["statements"], features):
        rule = out["source"].split("/", 1)[1].rsplit("@", 1)[0]
        assert out["source"] == f"ickg-rules/{rule}@{st.VERSION}"
        assert out["confidence_source"] == st.MODEL == json.loads(cm.TABLE.read_text(encoding="utf-8"))["model"]
        expected = round(confidence.probability(names, confidence.WEIGHTS, confidence.BIAS), 2)
        assert out["confidence"] == max(0.01, min(0.99, expected))
        assert 0 < out["confidence"] < 1
        assert f"rule={rule}" in names


def test_one_rules_statements_get_different_confidences_in_different_contexts():
    """The same rule's proposals on the train part do not all get one confidence (a table per rule
    would give them one), and on a text of our own two results of one rule, one hedged near the
    opening and one plain at the end, are given different confidences."""
    rows, _ = cm.judged(cm.documents("train", None)[:40])
    by_rule = {}
    for r in rows:
        by_rule.setdefault(cm.rule_of(r["statement"]), set()).add(r["statement"]["confidence"])
    varied = [rule for rule, values in by_rule.items() if len(values) > 1]
    assert len(varied) >= len(by_rule) // 2, by_rule
    found = {s["object"]["label"]: s for s in _statements(RIVERSIDE, "riverside")
             if s["predicate"].endswith("hasOutcome")}
    plain = next(s for label, s in found.items() if "admissions" in label and "readmissions" not in label)
    hedged = next(s for label, s in found.items() if "readmissions" in label)
    assert plain["source"] == hedged["source"] and "hedge" in hedged and "hedge" not in plain
    assert hedged["confidence"] != plain["confidence"]


def test_the_fit_learns_a_feature_that_marks_right_proposals_and_the_cutoff_is_the_lowest_at_target():
    rows = [{"doc": f"d{i % 10}", "features": ["rule=r", "sure" if i % 2 else "unsure"],
             "right": bool(i % 2) or i % 10 == 0, "statement": {"source": "ickg-rules/r@1"}} for i in range(200)]
    weights, _ = cm.fit(rows)
    assert weights["sure"] > 0 > weights["unsure"]
    assert cm.cutoff([0.9, 0.8, 0.7, 0.6], [True, True, False, True], gold=10) == \
        {"confidence": 0.8, "precision": 1.0, "recall": 0.2, "kept": 2, "right": 2}
    assert cm.cutoff([0.9, 0.8], [False, False], gold=10)["confidence"] == 1.0     # nothing reaches the target


def test_average_precision_ranks_right_before_wrong():
    assert cm.average_precision([0.9, 0.8, 0.1], [True, True, False]) == 1.0
    assert cm.average_precision([0.9, 0.8, 0.1], [False, True, True]) < cm.average_precision(
        [0.9, 0.8, 0.1], [True, False, True])

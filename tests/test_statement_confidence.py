"""Each proposed statement's confidence is its rule's measured precision on the training documents
(issue 12): the table the extractor ships is the one ``benchmarks/rule_precision.py --write`` writes
from today's rules, so a curator sorting by confidence, or filtering at the cut-off, sorts by
something measured rather than by numbers typed in once and left behind by later rule changes."""

import json
import sys
from pathlib import Path

from extracted import statements as _statements

from ickg.extract import statements as st

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import rule_precision as rp  # noqa: E402


def test_the_shipped_rule_table_is_what_the_calibration_script_writes_today():
    """Fails when a rule change alters what the rules propose on train and the table was not
    regenerated (`python benchmarks/rule_precision.py --write`)."""
    recall = rp.Counter()
    rows = rp.judged(rp.documents("train", None), recall)
    expected = rp.calibrated(rp.per_rule(rows), recall["gold"])
    shipped = json.loads(rp.TABLE.read_text(encoding="utf-8"))
    assert shipped == json.loads(json.dumps(expected))


def test_the_cutoff_keeps_train_precision_at_the_target():
    table = json.loads(rp.TABLE.read_text(encoding="utf-8"))
    assert table["cutoff"]["precision"] >= rp.TARGET
    assert st.CONFIDENCE_CUTOFF == table["cutoff"]["confidence"]


def test_a_statement_carries_its_rules_calibrated_confidence_and_names_its_rule():
    text = ("The Riverside Care Programme: integrated care for frail older people\n\nThe Riverside Care Programme "
            "was launched in 2015 by the county council. It targets frail older people living at home. An "
            "evaluation found that emergency admissions fell by 12%.")
    found = _statements(text, "riverside")
    assert found
    for s in found:
        rule = s["source"].split("/", 1)[1].rsplit("@", 1)[0]
        assert s["source"] == f"ickg-rules/{rule}@{st.VERSION}"
        if rule in st.RULE_CONFIDENCE:
            assert s["confidence"] == st.RULE_CONFIDENCE[rule]
        else:                                    # a rule train never saw is not surer than all rules together
            assert s["confidence"] <= st.DEFAULT_CONFIDENCE


def test_a_rule_seen_twice_is_not_called_certain():
    table = rp.calibrated({"rare": (2, 2), "common": (100, 70)}, gold=200)
    assert table["rules"]["rare"]["confidence"] < 0.95
    assert table["cutoff"]["confidence"] == table["rules"]["rare"]["confidence"]   # only the rare rule is kept
    table = rp.calibrated({"rare": (2, 1), "common": (100, 70)}, gold=200)
    assert table["rules"]["common"]["confidence"] == 0.7
    assert table["cutoff"]["confidence"] == rp.CAP and table["cutoff"]["recall"] == 0.0   # nothing reaches 0.85

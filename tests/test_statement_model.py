"""The learned statement components of benchmarks/statement_model.py (issue 12, tried and not wired
in) are trained and cross-validated on the train and dev parts only: the test part is for reporting,
and a script that tunes a model must never read it."""

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import learned_statements as ls  # noqa: E402
import score_extraction as se  # noqa: E402
import statement_model as sm  # noqa: E402


def test_the_model_script_never_reads_the_test_part():
    split = se.load_split()
    names = sm.tuning_documents()
    assert set(names) == set(split["parts"]["train"]) | set(split["parts"]["dev"])
    assert not set(names) & set(split["parts"]["test"])


def test_a_test_document_is_refused_as_a_holdout():
    test_document = se.load_split()["parts"]["test"][0]
    with pytest.raises(SystemExit, match="not a train or dev document"):
        sm.main(["--holdout", test_document])


def test_candidates_pair_the_main_program_with_what_a_sentence_names():
    """A place and a year in a sentence about the program become candidates, each knowing what the
    rules already said of its object."""
    text = "The Esther network began in 1998 in Jönköping County."
    report = {
        "sentences": [{"start": 0, "end": len(text)}],
        "jurisdictions": [{"label": "Jönköping County", "name": "Jönköping County", "type": "Region",
                           "start": text.index("Jönköping"), "end": len(text) - 1}],
        "entities": [], "mentions": [],
        "statements": [{"subject": {"label": "Esther network", "type": ls.ICKG + "IntegratedCareNetwork"},
                        "predicate": ls.ICKG + "yearEstablished", "object": {"value": 1998}}],
    }
    found = ls.candidates(report, text)
    kinds = {kind: node for _, kind, node, _, _, _ in found}
    assert kinds["place"]["label"] == "Jönköping County" and kinds["year"]["value"] == 1998
    assert all(subject["label"] == "Esther network" for subject, *_ in found)
    year = next(c for c in found if c[1] == "year")
    assert "yearEstablished" in year[5]          # what the rules already said of the object

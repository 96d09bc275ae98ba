"""The extraction evaluation set (benchmarks/eval) and its scorer: the set is sound, the scorer's
matching rules accept what they should and refuse what they should, and ``ickg extract`` does not
fall below the F1 floors of benchmarks/eval/floors.json on either part.

The floors are today's figures rounded down; raise them with
``python benchmarks/score_extraction.py --write-floors`` when extraction improves.
"""

import copy
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import score_extraction as se  # noqa: E402


@pytest.fixture(scope="module")
def result():
    return se.score(("dev", "test", "train"), via="click")


def test_the_evaluation_set_is_consistent():
    """Every document has a gold file, quotes and mentions are the documents' words, IRIs are
    ontology terms or listed placeholders, statements fit their predicate's domain and range."""
    assert se.check_gold() == []


def test_the_training_documents_stand_apart_from_the_split():
    """train/ holds documents written for tuning: none is in split.json, each has a gold file, and
    they are scored as a part of their own."""
    split = se.load_split()
    train = split["parts"]["train"]
    assert len(train) >= 7
    assert not set(train) & set(split["styles"])
    assert all(se.gold_path(name).exists() and se.document_path(name).parent.name == "documents"
               and "train" in se.document_path(name).parts for name in train)


def test_the_training_gold_files_are_what_make_gold_writes():
    """train/make_gold.py is the gold's source: a correction made in a JSON file alone would be
    undone by the next run of the script, so every committed file must be what it writes."""
    train = ROOT / "benchmarks" / "eval" / "train"
    sys.path.insert(0, str(train))
    import make_gold

    documents = make_gold.DOCUMENTS
    gold = train / "gold"
    assert sorted(p.name for p in gold.glob("*.json")) == sorted(f"{name}.json" for name in documents)
    differ = [name for name, spec in documents.items()
              if make_gold.build(name, spec) != json.loads((gold / f"{name}.json").read_text(encoding="utf-8"))]
    assert differ == []


def test_the_split_is_decided_stratified_and_about_sixty_forty():
    split = se.load_split()
    dev, test = split["parts"]["dev"], split["parts"]["test"]
    assert 0.55 <= len(dev) / (len(dev) + len(test)) <= 0.65
    assert len(dev) + len(test) >= 25
    styles = set(split["styles"].values())
    assert {split["styles"][n] for n in test} == styles
    assert {split["styles"][n] for n in dev} == styles


def test_each_gold_file_scores_one_against_itself():
    """A report that says exactly what the gold file says is right and complete for every kind."""
    assert se.self_check() == {}


def _scores(name, report):
    onto = se.load_ontology()
    return se.score_document(name, report, None, onto, se._category_classes(onto)).counts


def _statement_figures(counts):
    total = se.Count()
    for kind, c in counts.items():
        if kind.startswith("statements."):
            total.add(c)
    return total


def test_statements_with_the_wrong_predicate_or_quote_do_not_match():
    name = "exec-catalonia-chronicity.txt"
    gold = se.load_gold(name)
    report = se.gold_as_report(gold)
    assert _statement_figures(_scores(name, report)).tp_gold == len(gold["statements"])

    wrong_quote = copy.deepcopy(report)
    for st in wrong_quote["statements"]:
        st.pop("start", None)
        st.pop("end", None)
        st["quote"] = "Chronic conditions account for most of the work of the Catalan health system."
    assert _statement_figures(_scores(name, wrong_quote)).tp_gold == 0

    wrong_predicate = copy.deepcopy(report)
    for st in wrong_predicate["statements"]:
        st["predicate"] = se.expand("ickg:exemplifies")
    assert _statement_figures(_scores(name, wrong_predicate)).tp_gold == 0


def test_an_inverse_predicate_with_subject_and_object_swapped_matches():
    name = "sabs-gesundes-kinzigtal.txt"
    gold = se.load_gold(name)
    report = se.gold_as_report(gold)
    for st in report["statements"]:
        if st["predicate"] == "ickg:hasComponent":
            st["predicate"] = se.expand("ickg:isComponentOf")
            st["subject"], st["object"] = st["object"], st["subject"]
    counts = _scores(name, report)
    assert counts["statements.ickg:hasComponent"].tp_gold == counts["statements.ickg:hasComponent"].gold > 0


def test_a_concept_tagged_in_every_scheme_at_once_costs_precision():
    """'professional integration' with no typology in sight stays at the ickg class: tagging it with
    three schemes' concepts (what the lexicon did before issue 12) gives three wrong answers."""
    name = "conf-esther-jonkoping.txt"
    report = se.gold_as_report(se.load_gold(name))
    report["mentions"] = [m for m in report["mentions"] if m["iri"] != se.expand("ickg:IntegrationType")]
    for scheme in ("gken:professional-integration", "rainbow:professional-integration",
                   "policy-paper:professional-integration"):
        report["mentions"].append({"label": "professional integration", "iri": se.expand(scheme)})
    c = _scores(name, report)["concepts"]
    assert c.pred - c.tp_pred == 3 and c.gold - c.tp_gold == 1


def test_a_refused_file_scores_zero_with_its_reason():
    name = "pdf-german-dmp.pdf"
    d = se.score_document(name, None, "command failed (exit 1): Error: cannot read", se.load_ontology(),
                          se._category_classes(se.load_ontology()))
    assert d.reasons[0].startswith("command failed")
    assert d.counts["metadata.title"].gold == 1 and d.counts["metadata.title"].tp_gold == 0
    assert _statement_figures(d.counts).gold > 0 and _statement_figures(d.counts).tp_gold == 0


def test_the_in_process_run_is_the_command_users_run():
    """The scorer invokes ``ickg extract`` through click in this process; a real
    ``python -m ickg extract`` prints the same report."""
    path = se.DOCUMENTS / "sabs-zorggroepen-diabetes.txt"
    in_process, reason = se.run_extract(path, via="click")
    assert reason is None
    done = subprocess.run([sys.executable, "-m", "ickg", "extract", str(path), "--format", "json"],
                          capture_output=True, text=True, timeout=120, check=True)
    assert json.loads(done.stdout) == in_process


def test_extraction_does_not_fall_below_the_floors(result):
    floors = json.loads(se.FLOORS.read_text(encoding="utf-8"))
    split = se.load_split()
    below = []
    for part in ("dev", "test", "train"):
        data = result["parts"][part]
        assert data["documents"] == len(split["parts"][part])
        for kind, floor in floors.get(part, {}).items():
            f1 = data["kinds"].get(kind, {}).get("f1")
            if f1 is None or f1 + 1e-9 < floor:  # the held-out part's figure is not shown: no tuning on it
                below.append(f"test {kind}: below its floor" if part == "test" else f"{part} {kind}: F1 {f1} < floor {floor}")
    assert not below, "extraction got worse:\n" + "\n".join(below)

"""``score_extraction.py --miss-causes``: each missed gold statement and each wrong prediction is
put down to the cause a perturbed perfect report shows (another subject, another predicate, a
quote elsewhere, an object the report never names), so the counts can choose what to work on."""

import copy
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import score_extraction as se  # noqa: E402

NAME = "sabs-gesundes-kinzigtal.txt"


def _causes(report):
    onto = se.load_ontology()
    return se.score_document(NAME, report, None, onto, se._category_classes(onto)).causes


def _perfect():
    return se.gold_as_report(se.load_gold(NAME))


def _first(report, predicate):
    return next(st for st in report["statements"] if st["predicate"] == predicate)


def test_a_perfect_report_has_no_causes():
    missed, wrong, _, _ = _causes(_perfect())
    assert missed == {} and wrong == {}


def test_another_subject_is_a_subject_wrong_on_both_sides():
    report = _perfect()
    st = _first(report, "ickg:hasComponent")
    st["subject"] = {"label": "Baden-Württemberg sickness funds", "type": "org:Organization"}
    missed, wrong, _, _ = _causes(report)
    assert missed == {"subject wrong": 1} and wrong == {"subject wrong": 1}


def test_another_predicate_on_the_same_nodes_and_quote_is_a_predicate_wrong():
    report = _perfect()
    _first(report, "ickg:hasComponent")["predicate"] = "ickg:usesMethod"
    missed, wrong, _, _ = _causes(report)
    assert missed == {"predicate wrong": 1} and wrong == {"predicate wrong": 1}


def test_the_same_triple_on_another_sentence_is_a_quote_wrong():
    report = _perfect()
    st = _first(report, "ickg:hasComponent")
    other = next(s for s in report["statements"] if se.quote_key(s["quote"]) != se.quote_key(st["quote"])
                 and not se.quotes_match(s, st))
    st.update(quote=other["quote"], start=other.get("start"), end=other.get("end"))
    missed, wrong, _, _ = _causes(report)
    assert missed == {"quote wrong": 1} and wrong == {"quote wrong": 1}


def test_a_dropped_statement_whose_object_nothing_names_is_never_found():
    report = _perfect()
    st = _first(report, "ickg:hasComponent")
    label = st["object"]["label"]
    report["statements"] = [s for s in report["statements"] if s is not st]
    report["statements"] = [s for s in report["statements"]
                            if not se.labels_match(s["object"].get("label") or "", label)
                            and not se.labels_match(s["subject"].get("label") or "", label)
                            and not se.quotes_match(s, st)]
    report["entities"] = [e for e in report["entities"] if not se.labels_match(e["label"], label)]
    report["mentions"] = [m for m in report["mentions"] if not se.labels_match(m["label"], label)]
    missed, wrong, examples, _ = _causes(report)
    assert wrong == {}
    assert [c for side, c, g in examples if g["quote"] == st["quote"] and g["predicate"] == st["predicate"]
            and se.labels_match(g["object"].get("label") or "", label)] == ["object never found"]
    # the other statements of its sentence went with it, and their objects are named elsewhere
    assert set(missed) <= {"object never found", "nothing on the quote"}


def test_a_prediction_where_the_gold_records_nothing_is_no_gold_on_the_quote():
    report = copy.deepcopy(_perfect())
    report["statements"].append({
        "subject": {"label": "Gesundes Kinzigtal", "type": "ickg:Program"}, "predicate": "ickg:locatedIn",
        "object": {"label": "Mars", "type": "ickg:Jurisdiction"}, "quote": "Nothing of this kind is said here."})
    missed, wrong, _, _ = _causes(report)
    assert missed == {} and wrong == {"no gold on the quote": 1}


def test_an_object_nothing_names_is_never_found_even_beside_another_proposal_on_its_quote():
    report = _perfect()
    st = _first(report, "ickg:hasComponent")
    label = st["object"]["label"]
    report["statements"] = [s for s in report["statements"] if s is not st
                            and not se.labels_match(s["object"].get("label") or "", label)
                            and not se.labels_match(s["subject"].get("label") or "", label)]
    report["entities"] = [e for e in report["entities"] if not se.labels_match(e["label"], label)]
    report["mentions"] = [m for m in report["mentions"] if not se.labels_match(m["label"], label)]
    report["statements"].append({"subject": st["subject"], "predicate": "ickg:locatedIn",
                                 "object": {"label": "Mars", "type": "ickg:Jurisdiction"},
                                 "quote": st["quote"], "start": st.get("start"), "end": st.get("end")})
    missed, _, examples, instead = _causes(report)
    assert [c for side, c, g in examples if g["quote"] == st["quote"]
            and g["predicate"] == st["predicate"] and se.labels_match(g["object"].get("label") or "", label)] \
        == ["object never found"]
    assert any(key.endswith("-> ickg:locatedIn") for key in instead)


def test_the_printout_lists_the_statement_causes_not_the_entity_ones():
    import io

    report = _perfect()
    st = _first(report, "ickg:hasComponent")
    st["subject"] = {"label": "Baden-Württemberg sickness funds", "type": "org:Organization"}
    doc = se.score_document(NAME, report, None, se.load_ontology(),
                            se._category_classes(se.load_ontology()))
    out = io.StringIO()
    se.print_causes({"parts": {"dev": {"documents": 1, "causes": se._causes_of([doc], se.load_ontology())}}},
                    file=out)
    lines = out.getvalue().splitlines()
    assert any(line.split()[:3] == ["subject", "wrong", "1"] for line in lines), out.getvalue()
    assert not any(cause in out.getvalue() for cause in se.ENTITY_MISS_CAUSES)

"""A component's label goes with the relative clause or participle its quote gives it, as an alias a
reader may write ("care managers who follow high-risk patients", "care plan agreed with the patient and
family") (issue 12, stmt35; found on train documents where the label stopped at the head noun). The text
is written here for the test."""

from extracted import statements

TEXT = ("The Lakeside Heart Programme\n\n"
        "The Lakeside Heart Programme was launched in 2019 in Lakeside. "
        "The programme relies on care managers who follow high-risk patients. "
        "Each patient has a care plan agreed with the patient and family.")


def test_a_component_carries_its_relative_clause_or_participle_as_an_alias():
    forms = [f for st in statements(TEXT, "lakeside") if st["predicate"].endswith("/hasComponent")
             for f in [st["object"].get("label"), *st["object"].get("aliases", [])]]
    assert "care managers who follow high-risk patients" in forms
    assert "care plan agreed with the patient and family" in forms


def test_a_barrier_told_by_someone_carries_what_they_said_as_an_alias():
    from ickg.extract.statements import label_forms

    label = "Practices find the paperwork heavy"
    assert "paperwork heavy" in label_forms(label, label, 0, len(label))
    label = "physicians found secure messaging added to their workload"
    assert "secure messaging added to their workload" in label_forms(label, label, 0, len(label))

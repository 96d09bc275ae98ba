"""A population's label goes with the forms a reader may write for it: the whole list of conditions after
"with" ("people with hypertension, type 2 diabetes or high cholesterol") and the risk it is at ("members
aged 65 or older at the highest risk of admission"), as the object's aliases (issue 12, stmt35; found on
train documents where the label was cut at the list's first comma). The text is written here for the test."""

from extracted import statements

TEXT = ("The Lakeside Heart Programme\n\n"
        "The Lakeside Heart Programme was launched in 2019 in Lakeside. "
        "The programme serves people with hypertension, type 2 diabetes or high cholesterol who are not yet treated. "
        "It also offers home visits to members aged 65 or older at the highest risk of admission.")


def _population_forms():
    return [[st["object"]["label"], *st["object"].get("aliases", [])] for st in statements(TEXT, "lakeside")
            if st["predicate"].endswith("/targetsPopulation")]


def test_a_population_with_a_list_of_conditions_carries_the_whole_list():
    assert any("people with hypertension, type 2 diabetes or high cholesterol" in forms for forms in _population_forms())


def test_a_population_at_risk_carries_its_risk():
    assert any("members aged 65 or older at the highest risk of admission" in forms for forms in _population_forms())

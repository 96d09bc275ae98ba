"""A finding can state a result and a part of the program at once ("We found that the partnerships
improved relationships ..., and introduced shared care pathways"): the component rules read an
outcome sentence too, as they read any other, instead of leaving it to the outcome rule alone
(issue 12, multi35: a sentence of several facts gave one; on train two components were missed so).
Barrier and goal sentences stay closed to them: opened, they proposed more wrong components than
right ones on train. The text is written here for the test."""

from extracted import triples as _triples

TEXT = ("Riverside Care Partnerships: an evaluation\n\n"
        "Riverside Care Partnerships bring general practices and community nurses together in each district. "
        "We found that the partnerships improved relationships between general practice and community services, "
        "and introduced shared care pathways.")


def test_a_finding_gives_its_result_and_the_component_it_names():
    found = _triples(TEXT, "riverside")
    assert ("Riverside Care Partnerships", "hasComponent", "shared care pathways") in found
    assert any(p == "hasOutcome" and "improved relationships" in str(o) for _, p, o in found)

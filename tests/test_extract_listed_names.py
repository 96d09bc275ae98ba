"""Bodies' names with commas and "and" inside them, beside other bodies (issue 12, session 40, helper org40): a
name that lists places ("Wrightington, Wigan and Leigh NHS Foundation Trust") is whole, and a run that joins two
whole bodies at one of its several "and"s is two bodies. Each text is written here for the test, about invented
bodies and places."""

from extracted import entities as _entities


def test_a_name_that_lists_places_keeps_its_first_ones_before_commas():
    text = ("In 2018 the council, Quarrington, Fenby and Lowe NHS Foundation Trust and Fenby Borough Clinical "
            "Commissioning Group formed the Healthier Fenby Partnership.")
    bodies = _entities(text, "listed", "organization")
    assert "Quarrington, Fenby and Lowe NHS Foundation Trust" in bodies
    assert "Fenby Borough Clinical Commissioning Group" in bodies


def test_a_list_of_bodies_before_a_name_with_and_is_no_part_of_it():
    text = "Members are the council, Oxbridge Aid, Fenby and Lowe Trust. Oxbridge Aid pays the nurses."
    bodies = _entities(text, "members", "organization")
    assert not [b for b in bodies if b.startswith("Aid,") or "Oxbridge Aid," in b]


def test_two_whole_bodies_joined_by_their_last_and_are_two_bodies():
    text = "The Department of Health and Social Care and NHS Wessex announced the pilot in 2019."
    bodies = _entities(text, "two", "organization")
    assert {"Department of Health and Social Care", "NHS Wessex"} <= bodies
    text = "The Centers for Medicare and Medicaid Services pay for it."
    assert "Centers for Medicare and Medicaid Services" in _entities(text, "one", "organization")   # one body

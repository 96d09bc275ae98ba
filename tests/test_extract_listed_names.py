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


def test_a_name_ends_before_a_label_or_a_credit_on_the_next_line():
    text = "Lead applicant: Loire Coast Institute for Ageing Research\nDuration: 36 months\n\nThe pilot began in 2014.\n"
    assert "Loire Coast Institute for Ageing Research" in _entities(text, "label", "organization")
    text = ("Study tour report: Sanming, Fujian Province, China\nPrepared for the Coastal Health Partnership Board by its "
            "delegation\n\nThe pilot began in 2014.\n")
    assert "Coastal Health Partnership Board" in _entities(text, "credit", "organization")


def test_a_place_and_the_or_to_the_are_no_part_of_a_bodys_name():
    text = "In the United States the Ridgeway Family Foundation spread the model."
    assert "Ridgeway Family Foundation" in _entities(text, "place", "organization")
    text = "The reform moved services from the Ministry of Health to the KPSS in 1995."
    assert "Ministry of Health" in _entities(text, "to", "organization")


def test_a_name_wrapped_over_two_lines_stays_whole():
    text = "The pilot is run by the Ridgeway and Lowe NHS Foundation\nTrust with the council.\n"
    bodies = {" ".join(b.split()) for b in _entities(text, "wrapped", "organization")}
    assert bodies == {"Ridgeway and Lowe NHS Foundation Trust"}     # not also its first line, "named by context"

"""A program named without a program word is found by what its founding sentence says it began as
(issue 12, the program a statement is about): "X began in 2001 ... as a joint initiative of ..." makes X
a program, and "joint initiative" no second one. Each text is written here for the test."""

from extracted import triples as _triples


def test_a_name_that_began_as_a_joint_initiative_is_the_program_and_the_initiative_is_no_second_one():
    text = ("Annual review 2019\n\n"
            "Background. The country rebuilt its primary care under the National Primary Care Reform Programme "
            "(1998-2006).\n\n"
            "Healthy Valleys began in 2003 in the northern districts as a joint initiative of the Ministry of Health "
            "and the Mountain Aid Trust. Volunteers elected by each village run a health committee, and the "
            "committees have run campaigns on hypertension and anaemia.")
    found = _triples(text, "valleys")
    subjects = {s for s, _, _ in found if s}
    assert "Healthy Valleys" in subjects
    assert "joint initiative" not in subjects
    assert ("Healthy Valleys", "yearEstablished", 2003) in found


def test_a_body_founded_as_a_pilot_is_not_taken_for_a_program_when_its_name_is_an_authority():
    text = ("Regional bulletin\n\n"
            "The Lakes Health Authority was set up in 2010 as a pilot of the new regional structure. It runs the "
            "Home First programme, which gives older people a named nurse after discharge.")
    found = _triples(text, "lakes")
    assert ("Home First programme", "hasComponent", "named nurse after discharge") in found
    assert not any(s == "Lakes Health Authority" and p in ("hasComponent", "targetsPopulation") for s, p, _ in found)


def test_a_programme_named_with_an_indefinite_article_is_a_kind_of_service_not_a_second_program():
    text = ("Riverside Together: one year on\n\n"
            "Riverside Together joins the council, the hospital trust and local practices. Care coordinators now "
            "visit people after discharge, and a befriending programme links lonely older people with volunteers.")
    found = _triples(text, "riverside")
    subjects = {s for s, _, _ in found if s}
    assert "befriending programme" not in subjects
    assert "Riverside Together" in subjects


def test_a_programme_a_body_introduced_with_an_indefinite_article_is_still_a_program():
    text = ("Diabetes pay for performance in Westland\n\n"
            "In 2004 the national insurer introduced a pay-for-performance program for diabetes. Physicians receive "
            "a bonus for each patient who completes the annual checks.")
    found = _triples(text, "westland")
    assert any(s == "pay-for-performance program for diabetes" for s, _, _ in found)

"""Bodies and programs named in shapes the recognisers missed before issue 12's session 38: local
governments named by their kind and place ("City of X", "Region X", "X Municipality"), "+" inside a
body's name, a list of bodies each "in" its place, "the X reform", and an acronym that closes a
parenthesis of lower-case words (a term's, not a body's). Each text is written here for the test,
about invented bodies and places."""

from extracted import entities as _entities
from extracted import places as _places


def test_a_local_government_named_by_its_kind_and_place_is_a_body():
    text = ("The City of Helsinki pays for the service. The health centres of Region Västernorrland take part, "
            "and Norrvik Municipality runs the home care service. In Norrvik the team began in 2019.")
    orgs = _entities(text, "local", "organization")
    assert {"City of Helsinki", "Region Västernorrland", "Norrvik Municipality"} <= orgs
    places = _places(text, "local")
    assert "Norrvik" in places                                        # the town, named without its head too
    assert "Norrvik Municipality" not in places                       # the body is not a place


def test_a_plus_sign_inside_a_name_keeps_the_name_whole():
    text = "The network is led by Harbour Health + Hospitals, which runs eleven hospitals."
    orgs = _entities(text, "plus", "organization")
    assert "Harbour Health + Hospitals" in orgs
    assert "Harbour Health" not in orgs


def test_bodies_listed_each_in_its_place_are_two_bodies_and_the_place_stays_a_place():
    text = ("Members include Lakeside Collaborative Care in Western New York and Ridge Compass Network in the "
            "Southern Tier.")
    orgs = _entities(text, "listed", "organization")
    assert {"Lakeside Collaborative Care", "Ridge Compass Network"} <= orgs
    assert "Western New York" in _places(text, "listed")


def test_a_reform_named_after_a_word_is_a_program_but_not_after_a_place_or_a_payer():
    text = ("Since the Ädel reform of 1992, municipalities have run nursing homes. The Norway reform and the "
            "Medicaid reform were debated.")
    programs = _entities(text, "reform", "program")
    assert "Ädel reform" in programs
    assert not [p for p in programs if p.startswith(("Norway", "Medicaid"))]


def test_an_acronym_closing_a_parenthesis_of_lower_case_words_is_a_term_not_a_body():
    text = ("Each patient gets a coordinated individual plan (samordnad individuell plan, SIP). The SIP is "
            "reviewed every month.")
    assert "SIP" not in _entities(text, "term", "organization")


def test_a_local_government_on_a_masthead_line_is_a_body_though_its_town_is_a_place():
    text = ("Lakemoor Municipality\nCare and Health Committee\nAnnual report 2022\n\n"
            "In Lakemoor the home care service works with the health centres every day.")
    assert "Lakemoor Municipality" in _entities(text, "masthead", "organization")
    assert "Lakemoor" in _places(text, "masthead")


def test_the_words_of_an_acts_name_after_a_small_word_are_no_body():
    text = ("The Act on Cooperation in Discharge from Inpatient Health Care came into force in 2018. "
            "Patients from Riverside Hospital now go home sooner.")
    orgs = _entities(text, "act", "organization")
    assert "Inpatient Health Care" not in orgs
    assert "Riverside Hospital" in orgs                               # a body after "from" outside an act's name


def test_people_marked_out_by_how_they_come_or_what_they_ask_for_are_populations():
    text = ("The unit admits adults who present to the emergency department with an exacerbation of heart failure. "
            "The course is offered to citizens who apply for home help for the first time.")
    populations = _entities(text, "present", "population")
    assert {"adults who present to the emergency department",
            "citizens who apply for home help for the first time"} <= populations


def test_children_and_youth_in_foster_care_are_one_population():
    text = ("The plan covers members with complex medical and behavioral health needs, children and youth in "
            "foster care, and youth aged 16 to 24 leaving school.")
    populations = _entities(text, "foster", "population")
    assert {"children and youth in foster care", "youth aged 16 to 24"} <= populations
    assert "children" not in populations


def test_a_places_government_in_lower_case_is_a_body_and_the_place_stays_a_place():
    text = ("The kiosks are paid for by the Lakemoor District government. The Ontario government announced the plan. "
            "The government agreed.")
    orgs = _entities(text, "government", "organization")
    assert {"Lakemoor District government", "Ontario government"} <= orgs
    assert "Ontario" in _places(text, "government")

"""Names of people and groups of people in shapes the evaluation set's dev part does not write (issue 12,
session 36): a Spanish author's two family names, people at risk of using hospital care, residents at
high risk, patients who no longer need care, and a coordinated condition. Each text is written here for
the test, about invented programs and people."""

from extracted import entities as _entities

from ickg.extract.actors import find_populations
from ickg.extract.metadata import _person_or_none


def _populations(text):
    return {e.label for e in find_populations(text, [(0, len(text))])}


def test_a_spanish_name_with_an_accented_last_word_carries_two_family_names():
    person, _ = _person_or_none("Lucía Restrepo Gómez")
    assert (person.family, person.given) == ("Restrepo Gómez", "Lucía")
    assert _person_or_none("Maria Garcia Lopez")[0].family == "Garcia Lopez"


def test_a_second_given_name_or_a_plain_last_word_keeps_one_family_name():
    assert _person_or_none("Ana María López")[0].family == "López"
    assert _person_or_none("John Paul Jones")[0].family == "Jones"


def test_people_at_risk_of_using_hospital_care_are_a_population():
    assert "people at risk of going into hospital" in _populations(
        "Teams meet to plan the care of people at risk of going into hospital, and volunteers help.")


def test_residents_at_high_risk_and_patients_who_no_longer_need_care_are_populations():
    assert "residents at high risk" in _populations("The results go to the physician, and residents at high risk "
                                                    "are referred to community programs.")
    assert "patients who no longer need hospital care" in _populations(
        "Under the scheme, patients who no longer need hospital care are discharged home.")


def test_patients_with_their_hospital_are_no_population():
    assert not _populations("The navigator links patients with their hospital and their pharmacy.")


def test_cardiovascular_and_metabolic_diseases_are_one_condition():
    text = ("The model organises care along routes, one of them for groups of events such as cardiovascular and "
            "metabolic diseases, and the teams visit patients at home.")
    assert "cardiovascular and metabolic diseases" in _entities(text, "routes", "condition")


def test_a_bodys_staff_named_by_their_trade_are_no_program_nor_organization():
    text = ("Posted March 2022 by the Communications Team\n\nThe Riverside Care Model links nurses and "
            "social workers for older people with complex needs.")
    assert "Communications Team" not in _entities(text, "team", "program") | _entities(text, "team", "organization")
    assert "Riverside Care Model" in _entities(text, "team", "program")


def test_a_bare_group_listed_after_a_comma_beside_a_population_is_one():
    assert {"elderly people", "adolescents", "pregnant women"} <= _populations(
        "- Extra attention to elderly people, adolescents and pregnant women - The panchayat funds it.")


def test_a_pair_joined_by_and_stays_one_group():
    assert "newborns" not in _populations("Health workers visit pregnant women and newborns at home.")


def test_governments_named_by_their_level_are_organizations():
    text = ("The national government pays for the teams, and county governments run the dispensaries. Federal and "
            "regional governments share the cost of the pilot.")
    orgs = _entities(text, "governments", "organization")
    assert {"national government", "county governments"} <= orgs
    assert any("regional governments" in o for o in orgs)


def test_voluntary_and_specialised_bodies_named_by_their_kind_are_organizations():
    text = ("The pilot works with community-based organizations and tribal organizations to screen patients, and "
            "the housing agencies find homes for them. In Trieste the social cooperatives employ former patients.")
    orgs = _entities(text, "bodies", "organization")
    assert {"community-based organizations", "tribal organizations", "housing agencies", "social cooperatives"} <= orgs

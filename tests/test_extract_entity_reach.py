"""Entity shapes of issue 12 found missing or wrong on documents in styles the rules had not seen
(a state media release, a provincial auditor's summary, a county program page, a municipality's
report): towns listed before "and other cities" or "areas", a sentence's "In" before a county.
Each text is written here for the test, about invented places and bodies."""

from extracted import entities as _entities, places as _places


def test_names_listed_before_other_towns_or_areas_are_towns_known_or_not():
    text = ("Members in Eastbrook, Kelloway, Marden and other cities of the county can ask for a referral. "
            "People living in Tarrow, Bexley Vale and smaller towns can see specialists by video. "
            "We reviewed referrals in the Pellham, Ostry and Carnaby areas.")
    found = _places(text, "town-lists")
    assert {"Eastbrook", "Kelloway", "Marden", "Tarrow", "Bexley Vale", "Pellham", "Ostry", "Carnaby"} <= found


def test_one_known_town_vouches_for_one_word_names_listed_with_it():
    text = "The study followed adults discharged from hospitals in Winnipeg, Ostry and Carnaby in 2019."
    assert {"Winnipeg", "Ostry", "Carnaby"} <= _places(text, "one-known")
    text = "The teams met in Winnipeg, Harbour Trust Group and Carnaby Health in 2019."
    assert not {"Harbour Trust Group", "Carnaby Health"} & _places(text, "one-known-long")


def test_a_sentences_in_is_not_part_of_a_countys_name():
    found = _places("In Marlow County, members are enrolled in one of two plans.", "in-county")
    assert "Marlow County" in found
    assert "In Marlow County" not in found



def test_two_bodies_with_one_head_joined_by_and_are_two_organizations():
    text = "Until 2017 the program was delivered by Harbour Health Network and Vallée Health Network."
    orgs = _entities(text, "one-head", "organization")
    assert {"Harbour Health Network", "Vallée Health Network"} <= orgs
    assert "Harbour Health Network and Vallée Health Network" not in orgs


def test_a_body_named_with_the_place_it_serves_after_its_head_is_an_organization():
    text = ("The department contracted Marlin Health Services New Brunswick to run the program alongside "
            "Ambulance Victoria and Ambulance New Brunswick.")
    orgs = _entities(text, "body-place", "organization")
    assert {"Marlin Health Services New Brunswick", "Ambulance Victoria", "Ambulance New Brunswick"} <= orgs


def test_health_plans_blue_cross_insurers_committees_for_and_houses_of_are_organizations():
    text = ("Members choose Harbour Valley Health Plans or Anthem Blue Cross. Practices are scored on the standards "
            "of the National Committee for Quality Assurance, and the trial's collaborator is the National Institute "
            "on Aging. The report was ordered by the House of Lords in 2019.")
    orgs = _entities(text, "heads", "organization")
    assert {"Harbour Valley Health Plans", "Anthem Blue Cross", "National Committee for Quality Assurance",
            "National Institute on Aging", "House of Lords"} <= orgs


def test_a_kind_of_body_the_document_names_as_its_program_is_no_organization():
    text = ("Harbourland Health Networks started on 1 July 2015. The Harbourland Health Networks program replaced "
            "the Medicare Locals and commissions care for patients at risk of poor health outcomes.")
    assert "Harbourland Health Networks" not in _entities(text, "plural-kind", "organization")
    text = "The Harbour Valley Health Network runs the clinics of the county."
    assert "Harbour Valley Health Network" in _entities(text, "one-network", "organization")


def test_community_health_centres_are_organizations_but_general_practices_are_left_to_statements():
    text = ("The program works through community health centers and community mental health centres in the county, "
            "and general practices refer patients to it.")
    orgs = {o.lower() for o in _entities(text, "centres", "organization")}
    assert {"community health centers", "community mental health centres"} <= orgs


def test_a_first_line_that_names_a_kind_of_writing_is_no_publisher_body():
    from ickg.extract.actors import publisher_entity
    for line in ("Job Vacancy", "Book Review", "Trial Registry Record", "Quality Improvement Case Study", "Contract Notice"):
        assert publisher_entity(line, 0, len(line)) is None, line
    assert publisher_entity("Harbour Valley Health Trust", 0, 27) is not None


def test_a_compass_word_in_lower_case_or_before_a_city_names_a_part_of_it():
    found = _places("Nurses in northern New Brunswick cannot see the summaries. In Western Sydney the first "
                    "patients were enrolled.", "compass")
    assert {"northern New Brunswick", "Western Sydney"} <= found


def test_a_currencys_code_is_no_organization():
    orgs = _entities("The contract is worth GBP 2.4 million over three years and KPMG will audit it.", "currency",
                     "organization")
    assert "KPMG" in orgs and "GBP" not in orgs


def test_a_lower_case_kind_of_body_stays_an_organization_beside_its_program():
    found = _entities("In 2011 Osakidetza created integrated health organisations (OSIs) across the region.", "lower-kind",
                      "organization")
    assert "integrated health organisations" in found

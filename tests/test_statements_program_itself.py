"""Statements about the program itself in sentences that state several facts at once (issue 12, helper
stmtB39): who set it up and with whom, when and where; a short sentence of names and a short verb is still a
sentence. Each text is written here for the test, about an invented program; each test holds a sentence
that must not match beside one that must."""

from extracted import triples as _triples

LEAD = "The Harbour Care Network is a programme for older people. "


def _of(text, predicate):
    return {(s, o) for s, p, o in _triples(text, "harbour") if p == predicate}


def test_a_sentence_of_names_with_a_short_verb_is_read():
    text = LEAD + "In 2009 the Northland District Health Board set up the Harbour Care Network."
    assert ("Harbour Care Network", "Northland District Health Board") in _of(text, "initiatedBy")
    assert ("Harbour Care Network", 2009) in _of(text, "yearEstablished")


def test_two_bodies_that_set_the_program_up_both_initiate_it():
    text = LEAD + "In 2009 the Northland District Health Board and Te Puna Health Trust set up the Harbour Care Network."
    initiators = {o for s, o in _of(text, "initiatedBy")}
    assert {"Northland District Health Board", "Te Puna Health Trust"} <= initiators


def test_a_body_it_was_founded_with_is_a_partner_and_its_founder_is_not():
    text = LEAD + "The network was founded in 2009 by the Northland District Health Board with Te Puna Health Trust."
    partners = {o for s, o in _of(text, "hasPartner")}
    assert "Te Puna Health Trust" in partners
    assert "Northland District Health Board" not in partners
    assert ("Harbour Care Network", "Northland District Health Board") in _of(text, "initiatedBy")
    assert ("Harbour Care Network", 2009) in _of(text, "yearEstablished")


def test_a_second_founder_together_with_the_first_is_no_partner():
    text = LEAD + "The network was introduced in 2009 by the Northland District Health Board together with Te Puna Health Trust."
    assert "Te Puna Health Trust" not in {o for s, o in _of(text, "hasPartner")}
    assert {"Northland District Health Board", "Te Puna Health Trust"} <= {o for s, o in _of(text, "initiatedBy")}


def test_an_award_it_was_started_with_is_no_partner():
    text = LEAD + "The network was started with a Health Innovation Award from the Northland Community Foundation."
    assert not {o for s, o in _of(text, "hasPartner")} & {"Health Innovation Award", "Northland Community Foundation"}


def test_a_sentence_opening_on_who_set_the_program_up_is_the_programs():
    text = LEAD + "Set up in 2010 by the Northland District Health Board, the network links practices with hospital specialists."
    assert ("Harbour Care Network", 2010) in _of(text, "yearEstablished")
    assert ("Harbour Care Network", "Northland District Health Board") in _of(text, "initiatedBy")
    assert not any(s == "Northland District Health Board" for s, _ in _of(text, "yearEstablished"))


def test_a_body_named_after_the_founder_keeps_its_own_year():
    text = LEAD + "Founded in 1911 by trade unions, Clalit Health Services is the largest health fund and runs the network."
    years = _of(text, "yearEstablished")
    assert ("Clalit Health Services", 1911) in years
    assert ("Harbour Care Network", 1911) not in years


def test_every_body_of_a_kind_that_joins_or_belongs_to_the_program_is_a_partner():
    joined = LEAD + "Almost every general practice in Northland has now joined the Harbour Care Network."
    assert ("Harbour Care Network", "general practices") in _of(joined, "hasPartner")
    belonged = LEAD + "Since 2015 each municipality in Northland has belonged to one of 12 Harbour Care Networks."
    assert ("Harbour Care Network", "municipalities") in _of(belonged, "hasPartner")
    patients = LEAD + "Almost every patient in Northland has now joined the Harbour Care Network."
    assert not _of(patients, "hasPartner")


def test_three_bodies_that_formed_the_program_are_its_partners_and_none_its_initiator():
    text = LEAD + "In 2008 the Northland Council, Te Puna Health Trust and Kaitaia Hospital formed the Harbour Care Network."
    assert {"Northland Council", "Te Puna Health Trust", "Kaitaia Hospital"} <= {o for s, o in _of(text, "hasPartner")}
    assert not _of(text, "initiatedBy")


def test_each_listed_part_ends_before_the_population_it_is_for():
    text = LEAD + ("The network offers personal assistants for people with severe dependency, a telecare service for "
                   "older people living at home and day care centres.")
    parts = {o for s, o in _of(text, "hasComponent")}
    assert {"personal assistants", "telecare service", "day care centres"} <= parts
    assert ("Harbour Care Network", "people with severe dependency") in _of(text, "targetsPopulation")


def test_a_worker_the_program_assigns_to_a_population_is_a_part_and_a_budget_is_not():
    text = LEAD + "The network assigns a community nurse to older people leaving hospital."
    assert ("Harbour Care Network", "community nurse") in _of(text, "hasComponent")
    budget = LEAD + "The network assigns a budget to older people leaving hospital."
    assert not _of(budget, "hasComponent")


def test_a_year_in_a_relative_clause_on_another_thing_is_that_things():
    text = LEAD + "The network is part of the regional reform that the Northland District Health Board began in 2009."
    years = _of(text, "yearEstablished")
    assert ("regional reform", 2009) in years
    assert ("Harbour Care Network", 2009) not in years
    same = LEAD + "The Harbour Care Network is a home visiting service that the Northland District Health Board began in 2009."
    assert ("Harbour Care Network", 2009) in _of(same, "yearEstablished")


def test_a_period_in_a_relative_clause_on_a_named_initiative_is_the_initiatives():
    text = LEAD + "The network builds on the Northland Home Visits initiative, which ran from 2004 to 2008."
    assert ("Northland Home Visits initiative", 2004) in _of(text, "yearEstablished")
    assert ("Northland Home Visits initiative", 2008) in _of(text, "yearEnded")
    assert not any(s == "Harbour Care Network" for s, _ in _of(text, "yearEstablished"))


def test_the_body_a_founding_verb_makes_takes_the_year():
    text = LEAD + "In 2010 the Northland District Health Board founded the Northland Care Institute to train its nurses."
    assert ("Northland Care Institute", 2010) in _of(text, "yearEstablished")
    own = LEAD + "In 2010 the Northland District Health Board founded the network."
    assert ("Harbour Care Network", 2010) in _of(own, "yearEstablished")


def test_each_place_of_a_list_the_program_was_started_in_is_its_place_and_a_containing_one_is_not():
    text = LEAD + "The Ministry of Health started the network in 2012 in Auckland, Wellington and Christchurch."
    assert {"Auckland", "Wellington", "Christchurch"} <= {o for s, o in _of(text, "locatedIn")}
    chain = LEAD + "The Ministry of Health started the network in 2012 in Boston, Massachusetts."
    assert ("Harbour Care Network", "Massachusetts") not in _of(chain, "locatedIn")


def test_the_place_after_the_parts_of_it_a_founding_clause_names_is_the_programs():
    text = LEAD + "The Ministry of Health launched the network in 2011 in the inner suburbs of Wellington."
    assert ("Harbour Care Network", "Wellington") in _of(text, "locatedIn")
    hope = LEAD + "The Ministry of Health launched the network in 2011 in the hope of reaching older people in Wellington."
    assert ("Harbour Care Network", "Wellington") not in _of(hope, "locatedIn")


def test_a_fee_paid_to_providers_named_without_a_determiner_is_a_funding_model():
    text = LEAD + "In both tracks the ministry pays practices a monthly care coordination fee for each member they serve."
    assert any(o.startswith("monthly care coordination fee") for s, o in _of(text, "hasFundingModel"))
    wages = LEAD + "The ministry pays doctors to see patients at home."
    assert not _of(wages, "hasFundingModel")


def test_bodies_a_sentence_opens_with_are_partners_of_the_program_its_main_clause_runs():
    together = LEAD + "Together with Kaitaia Hospital and the Northland District Health Board, we run the network."
    assert {"Kaitaia Hospital", "Northland District Health Board"} <= {o for s, o in _of(together, "hasPartner")}
    assert "network" not in {o for s, o in _of(together, "hasComponent")}
    partnership = LEAD + "In partnership with Kaitaia Hospital and local iwi providers, the council launched the network in 2015."
    partners = {o for s, o in _of(partnership, "hasPartner")}
    assert "Kaitaia Hospital" in partners
    assert not any("council" in p for p in partners)
    colleagues = LEAD + "Together with Kaitaia Hospital staff, the nurse visits patients at home."
    assert not _of(colleagues, "hasPartner")


def test_the_parts_a_program_gives_a_population_or_places_are_parts_one_each():
    gives = LEAD + "The Harbour Care Network, developed by Kaitaia Hospital, gives patients aged 65 or older a transition coach."
    assert ("Harbour Care Network", "transition coach") in _of(gives, "hasComponent")
    given = LEAD + "Older people leaving hospital are offered a home visit within 48 hours and a medication review."
    assert "medication review" in {o for s, o in _of(given, "hasComponent")}
    places = LEAD + "The network places a care coordinator and a wellness nurse in sheltered housing sites."
    assert {"care coordinator", "wellness nurse"} <= {o for s, o in _of(places, "hasComponent")}
    pension = LEAD + "The ministry gives older people a pension."
    assert not _of(pension, "hasComponent")


def test_a_founding_sentence_with_year_founder_partner_and_place_gives_each_fact():
    text = LEAD + "The network was founded in 2009 by the Northland District Health Board with Te Puna Health Trust in Wellington."
    assert ("Harbour Care Network", 2009) in _of(text, "yearEstablished")
    assert ("Harbour Care Network", "Northland District Health Board") in _of(text, "initiatedBy")
    assert ("Harbour Care Network", "Te Puna Health Trust") in _of(text, "hasPartner")
    assert ("Harbour Care Network", "Wellington") in _of(text, "locatedIn")
    seat = LEAD + "The network works with Te Puna Health Trust in Wellington."
    assert not _of(seat, "locatedIn")

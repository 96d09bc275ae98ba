"""Statement rules whose object is an entity the recognisers find (an organization, a place), in the
constructions that decide the relation (issue 12, helper stmt37): the parties of a contract or an
agreement, a payer that is not a government, a body that works together with the program or takes it up,
the body that runs or began a program in a relative clause, bodies that run it together, a body hired to
run it, "the X program of the Y", a body named by its kind, who chose the sites, a program started or run by a
body in a place, and a sentence that opens on its place. Each text is written here for the
test, about an invented program."""

from extracted import triples as _triples

LEAD = "The Riverside Care Network is a programme for older people. "


def _of(text, predicate):
    return {(s, o) for s, p, o in _triples(text, "riverside") if p == predicate}


def test_the_parties_of_a_contract_between_bodies_are_partners():
    text = LEAD + "The contract was agreed between Northfield Health Insurance, the Riverside Medical Association and Valley Hospital."
    partners = {o for s, o in _of(text, "hasPartner")}
    assert {"Northfield Health Insurance", "Riverside Medical Association", "Valley Hospital"} <= partners


def test_a_payer_is_a_partner_and_a_ministry_that_pays_is_not():
    text = LEAD + ("The network is funded jointly by Northfield Health Insurance and the Valley Sickness Fund. "
                   "Its nurses are paid for by the Ministry of Health.")
    partners = {o for s, o in _of(text, "hasPartner")}
    assert {"Northfield Health Insurance", "Valley Sickness Fund"} <= partners
    assert "Ministry of Health" not in partners


def test_the_funders_list_ends_where_the_clause_goes_on():
    text = LEAD + "The network, funded by the Valley Sickness Fund from 2019, divides the county into twelve community networks."
    partners = {o for s, o in _of(text, "hasPartner")}
    assert "Valley Sickness Fund" in partners
    assert not any("networks" in p for p in partners)


def test_a_body_that_works_together_with_the_program_or_takes_it_up_is_a_partner():
    text = LEAD + ("The network works together with the Riverside Housing Association. In 2016 the model was "
                   "taken up by Eastbrook District Health Board.")
    partners = {o for s, o in _of(text, "hasPartner")}
    assert {"Riverside Housing Association", "Eastbrook District Health Board"} <= partners


def test_the_body_in_a_relative_clause_runs_the_program_or_began_it():
    text = LEAD + ("The Riverside Care Network, which the Valley Health Trust runs, visits them at home. "
                   "It grew out of the Eastbrook Home Visits pilot, which the Ministry of Health began in 2009.")
    assert ("Riverside Care Network", "Valley Health Trust") in _of(text, "operatedBy")
    assert ("Eastbrook Home Visits pilot", "Ministry of Health") in _of(text, "initiatedBy")


def test_bodies_that_run_the_program_together_operate_it():
    text = LEAD + "The Valley Health Trust and the Eastbrook Council run the network."
    operators = {o for s, o in _of(text, "operatedBy")}
    assert {"Valley Health Trust", "Eastbrook Council"} <= operators


def test_a_body_contracted_to_manage_the_program_operates_it():
    text = LEAD + "Since 2018 the Department of Health has contracted Medcare Services Ltd to manage the programme."
    assert ("Riverside Care Network", "Medcare Services Ltd") in _of(text, "operatedBy")


def test_a_program_of_a_body_is_run_by_it():
    text = ("The authors describe the Hospital at Home program of the Valley Health System, which treats older "
            "people at home.")
    assert any(o == "Valley Health System" for s, o in _of(text, "operatedBy"))


def test_an_operator_named_by_its_kind():
    text = LEAD + "Each centre is run by a non-governmental organization under a service contract."
    assert ("Riverside Care Network", "non-governmental organization") in _of(text, "operatedBy")


def test_two_bodies_that_begin_a_program_together_both_initiate_it():
    text = LEAD + ("The Riverside Care Network was introduced by the Valley Health Department together with the "
                   "regional health authorities in 2014.")
    initiators = {o for s, o in _of(text, "initiatedBy")}
    assert {"Valley Health Department", "regional health authorities"} <= initiators


def test_who_chose_the_sites_initiates_the_program():
    text = LEAD + "Eastbrook is one of the six towns chosen by the Ministry of Health for the network's first year."
    assert ("Riverside Care Network", "Ministry of Health") in _of(text, "initiatedBy")


def test_a_program_run_by_a_body_in_a_place_is_in_that_place():
    text = LEAD + "The network is run by the Valley Health Trust in Ontario from 2015 to 2019."
    assert ("Riverside Care Network", "Ontario") in _of(text, "locatedIn")


def test_a_sentence_that_opens_on_its_place_puts_the_program_there():
    text = LEAD + "In Canterbury district the network's teams visit every care home each week."
    assert ("Riverside Care Network", "Canterbury") in _of(text, "locatedIn")


def test_bodies_that_have_been_responsible_or_took_over_responsibility_are_responsible_for_each_sector():
    text = LEAD + ("Since 2012 the municipalities have been responsible for rehabilitation and home care. In 2010 "
                   "the county councils took over responsibility for primary care.")
    responsible = _of(text, "responsibleFor")
    assert {("municipalities", "rehabilitation"), ("municipalities", "home care")} <= responsible
    assert ("county councils", "primary care") in responsible


def test_a_named_service_a_body_is_responsible_for_is_run_by_it():
    text = LEAD + ("Since 2022 the Medicaid health plans have been responsible for two new benefits: Enhanced Home "
                   "Support and Housing Navigation.")
    operated = _of(text, "operatedBy")
    assert ("Enhanced Home Support", "Medicaid health plans") in operated
    assert not any(o == "Enhanced Home Support" for s, o in _of(text, "responsibleFor"))


def test_bodies_that_jointly_run_the_program_are_its_partners():
    text = LEAD + "The network is jointly run by the Valley Health Trust and the Eastbrook Council."
    partners = {o for s, o in _of(text, "hasPartner")}
    assert {"Valley Health Trust", "Eastbrook Council"} <= partners
    assert not _of(text, "operatedBy")


def test_members_and_partners_named_in_a_list_are_partners():
    text = LEAD + ("Its members include the Valley Health Trust and Eastbrook Council. Partners in the network are "
                   "Riverside University and local pharmacies.")
    partners = {o for s, o in _of(text, "hasPartner")}
    assert {"Valley Health Trust", "Eastbrook Council", "Riverside University", "local pharmacies"} <= partners


def test_who_runs_the_program_with_its_operator_is_a_partner():
    text = LEAD + "The Valley Health Trust runs the network with Eastbrook Council."
    assert ("Riverside Care Network", "Eastbrook Council") in _of(text, "hasPartner")
    assert ("Riverside Care Network", "Valley Health Trust") in _of(text, "operatedBy")


def test_the_parties_that_sign_an_agreement_to_create_the_program_are_partners():
    text = LEAD + "Eastbrook Council and the Valley Health Trust signed an agreement in 2014 to create the network."
    partners = {o for s, o in _of(text, "hasPartner")}
    assert {"Eastbrook Council", "Valley Health Trust"} <= partners


def test_an_alliance_that_establishes_the_program_names_partners_and_no_initiator():
    text = LEAD + ("The network was established in 2014 by an alliance of Eastbrook Council, the Valley Health "
                   "Trust and Riverside University.")
    partners = {o for s, o in _of(text, "hasPartner")}
    assert {"Eastbrook Council", "Valley Health Trust", "Riverside University"} <= partners
    assert not _of(text, "initiatedBy")


def test_the_bodies_a_program_is_launched_in_and_the_contracting_parties_are_partners():
    text = LEAD + ("In 2011 the regional government launched the network in five local health authorities. "
                   "The contracting parties are care groups.")
    partners = {o for s, o in _of(text, "hasPartner")}
    assert {"local health authorities", "care groups"} <= partners


def test_two_bodies_in_the_relative_clause_both_began_the_program():
    text = LEAD + "The network, which the Valley Health Trust and Eastbrook Council launched in 2013, now has ten teams."
    initiators = {o for s, o in _of(text, "initiatedBy")}
    assert {"Valley Health Trust", "Eastbrook Council"} <= initiators

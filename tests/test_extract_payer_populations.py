"""People marked out by the payer that covers them are a population whose name holds the payer (issue 12, session
41, helper org41): "Medicaid patients", "Medi-Cal members", "Medicare and Medicaid beneficiaries", and a population
found after the payer is widened over it ("Medicaid members with diabetes"). Written here for the test."""

from extracted import entities


def test_a_payers_people_are_a_population_named_with_the_payer():
    text = ("In 2012 the Kestrel Care Network organised practices into regional networks for Medicaid patients.\n"
            "Medi-Cal members can join the network.\n")
    got = entities(text, "payers", "population")
    assert "Medicaid patients" in got
    assert "Medi-Cal members" in got


def test_a_population_after_a_payer_is_widened_over_it():
    text = "The Kestrel Care Network enrolls Medicaid members with diabetes in its care management.\n"
    got = entities(text, "widened", "population")
    assert "Medicaid members with diabetes" in got
    assert "members with diabetes" not in got


def test_a_payer_before_a_word_that_names_no_people_is_no_population():
    text = "The Kestrel Care Network is paid from Medicaid funds and Medicare payments.\n"
    assert not [p for p in entities(text, "funds", "population") if "Medica" in p]

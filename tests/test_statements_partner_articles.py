"""A list of partners names each body with its article or count ("a home care agency and a community
paramedicine service"): each is a partner, as a list without articles is; and three bodies or more that
launch or set up a program together are its partners, not one of them its initiator (issue 12, stmt35;
found on a peer reviewer's report, a journal article and a council cabinet report of the train part).
The text is written here for the test."""

from extracted import triples as _triples

TEXT = ("The Riverbend Care Programme\n\n"
        "The Riverbend Care Programme was launched in 2018 in Riverbend to support older people with complex needs. ")


def test_bodies_named_with_an_article_in_a_partner_list_are_partners():
    found = _triples(TEXT + "The programme is run jointly with a home care agency and a community paramedicine service.",
                     "riverbend")
    partners = {o for s, p, o in found if p == "hasPartner"}
    assert {"home care agency", "community paramedicine service"} <= partners



def test_several_bodies_that_start_a_program_together_are_its_partners():
    found = _triples(TEXT + "It was launched in 2011 in the east of the county by general practices, two acute hospital "
                            "trusts, community health providers and voluntary organisations.", "riverbend")
    partners = {o for s, p, o in found if p == "hasPartner"}
    assert {"general practices", "acute hospital trusts", "community health providers", "voluntary organisations"} <= partners
    assert not any(p == "initiatedBy" and o == "general practices" for s, p, o in found)


def test_one_body_that_launches_a_program_is_its_initiator():
    found = _triples(TEXT + "It was launched by the Department of Health, with funding from the lottery.", "riverbend")
    assert any(p == "initiatedBy" and o == "Department of Health" for s, p, o in found)


def test_a_list_of_bodies_that_set_up_the_program_are_its_partners():
    found = _triples(TEXT + "In 2017 the county council, the Riverbend Hospital Trust and the Riverbend Clinical "
                            "Commissioning Group set up the Riverbend Care Programme.", "riverbend")
    partners = {o for s, p, o in found if p == "hasPartner"}
    assert {"county council", "Riverbend Hospital Trust", "Riverbend Clinical Commissioning Group"} <= partners

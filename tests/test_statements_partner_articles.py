"""A list of partners names each body with its article or count ("a home care agency and a community
paramedicine service"): each is a partner, as a list without articles is
(issue 12, stmt35; found on a peer reviewer's report and a state bulletin of the train part). The
text is written here for the test."""

from extracted import triples as _triples

TEXT = ("The Riverbend Care Programme\n\n"
        "The Riverbend Care Programme was launched in 2018 in Riverbend to support older people with complex needs. ")


def test_bodies_named_with_an_article_in_a_partner_list_are_partners():
    found = _triples(TEXT + "The programme is run jointly with a home care agency and a community paramedicine service.",
                     "riverbend")
    partners = {o for s, p, o in found if p == "hasPartner"}
    assert {"home care agency", "community paramedicine service"} <= partners


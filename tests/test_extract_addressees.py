"""Whom a recommendation addresses and who is responsible for a sector are bodies only when the phrase names one
(issue 12, session 41, helper org41): a head noun of a kind of body, an acronym or a name ("Health plans", "CMS",
"Kestrel Health"); people are a role ("Readers"); a clause, a place's kind or an abstract noun is no one ("Countries
should", "The discussion should", "Kestrel Care is a charity should"). Written here for the test, about invented bodies."""

from extracted import statements


def _addressees(text, stem):
    return {(s["object"]["label"], s["object"]["type"].rsplit("#", 1)[-1]) for s in statements(text, stem)
            if s["predicate"].endswith("addressedTo")}


def test_a_kind_of_body_before_should_is_an_organization_without_its_place_phrase():
    text = ("The Kestrel Care Programme paid practices a monthly fee from 2016.\n"
            "Health plans in the state should pay practices for telephone visits.\n")
    assert ("Health plans", "Organization") in _addressees(text, "plans")


def test_a_place_kind_or_an_abstract_noun_before_should_addresses_no_body():
    text = ("The Kestrel Care Programme paid practices a monthly fee from 2016.\n"
            "Countries should publish list sizes every year. The discussion should say how the service was paid for.\n")
    got = _addressees(text, "countries")
    assert not [who for who in got if who[0] in ("Countries", "discussion")]


def test_people_before_should_are_a_role_not_a_body():
    text = ("The Kestrel Care Programme paid practices a monthly fee from 2016.\n"
            "Readers should look elsewhere for the costs.\n")
    assert ("Readers", "Role") in _addressees(text, "readers")


def test_the_kind_word_alone_is_the_one_body_of_that_kind_the_text_named():
    text = ("In 2012 the Kestrel Ministry of Health and Social Care launched the Kestrel Care Programme.\n"
            "The Ministry should set common indicators for the programme.\n")
    got = _addressees(text, "ministry")
    assert ("Kestrel Ministry of Health and Social Care", "Organization") in got
    assert ("Ministry", "Organization") not in got


def test_counted_staff_are_responsible_for_nothing_as_a_body_and_a_kind_of_body_is():
    text = ("The Kestrel Care Programme began in 2014. Six community health workers are responsible for the people "
            "of a defined territory. The regions are responsible for hospital care.\n")
    got = {(s["subject"]["label"], s["object"]["label"]) for s in statements(text, "staff")
           if s["predicate"].endswith("responsibleFor")}
    assert not [pair for pair in got if "workers" in pair[0]]
    assert ("regions", "hospital care") in got

"""Entity shapes of issue 12 that carry to styles the evaluation set had not seen (helper ents12): names
of bodies joined by "and", acronyms given after ", or", datelines, places listed with places, health
zones, postal addresses and populations marked by a demonym or by what they lack. Each text is written
here for the test, about invented programs and bodies; each test failed on the extractor before the
rule it pins."""

from extracted import entities as _entities


def test_a_ministry_of_two_fields_is_one_body_and_a_second_body_after_and_is_its_own():
    orgs = _entities("The Ministry of Health and Long-Term Care funds the Riverside pilot.", "fields", "organization")
    assert "Ministry of Health and Long-Term Care" in orgs
    assert "Long-Term Care" not in orgs
    # a name that opens with a place and ends with a head is a body of its own
    orgs = _entities("The Ministry of Health and Ontario Health signed the Riverside agreement.", "two", "organization")
    assert {"Ministry of Health", "Ontario Health"} <= orgs
    assert "Ministry of Health and Ontario Health" not in orgs

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


def _entity(text, stem, name):
    from ickg.extract.document import extract
    return [e for e in extract(text, stem=stem).as_json()["entities"] if e["name"] == name]


def test_an_acronym_after_comma_or_is_the_names_alias():
    text = ("The Harbour Admission Avoidance Program, or HAAP, has run since 2004. "
            "Each community care network, or CCN, links local practices.")
    (program,) = _entity(text, "or-acronym", "Harbour Admission Avoidance Program")
    assert "HAAP" in program["aliases"]
    (hub,) = _entity(text, "or-acronym", "community care network")
    assert "CCN" in hub["aliases"]
    # the short forms are not one-word organizations of their own
    assert not {"HAAP", "CCN"} & _entities(text, "or-acronym", "organization")


def test_an_acronym_that_leaves_out_a_bodys_proper_name_names_the_whole_body():
    text = "Its subsidiary, the Lakeside Care Management Organization (CMO), was set up in 1996. The CMO grew."
    orgs = _entities(text, "suffix", "organization")
    assert "Lakeside Care Management Organization" in orgs
    assert "Care Management Organization" not in orgs
    assert "Care Management Organization" not in _entities(text, "suffix", "program")

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


def _places(text, stem):
    from extracted import places
    return places(text, stem)


def _place_names(text, stem):
    from ickg.extract.document import extract
    return {p["name"] for p in extract(text, stem=stem).as_json()["jurisdictions"]}


def test_a_wire_dateline_with_a_region_a_date_and_the_agency_names_its_town():
    text = ("Clinics to open in five towns\n\n"
            "HARBOURVILLE, N.S., March 3, 2021 (Maritime Health Wire) - The province will open five clinics.\n")
    assert "Harbourville" in _place_names(text, "dateline")
    text = "Clinics to open\n\nKESTRELTON (Reuters) - The ministry said on Monday that clinics would open.\n"
    assert "Kestrelton" in _place_names(text, "dateline-agency")


def test_names_listed_with_known_places_are_places():
    text = "The first teams will open in Ashbury, the Tarn Valley, Prince George, Richmond and Upper Fenwick."
    assert {"Ashbury", "Tarn Valley", "Upper Fenwick"} <= _places(text, "list")
    text = "It coordinates care for people in the Bronx, Westchester County and the Hudson Valley region."
    assert "Bronx" in _places(text, "list-the")
    # a list with no known place is no list of places
    assert not _places("The board thanked Ashbury, Fenwick and Tarn for their work.", "no-list")


def test_a_health_zone_and_a_workshops_venue_in_lower_case_are_places():
    text = "We used records of the authority's Central Zone and Western Zone, 2016-2018."
    assert {"Central Zone", "Western Zone"} <= _places(text, "zones")
    assert "Pretoria" in _places("Rapporteur's summary of a one-day workshop, Pretoria, 22 August 2017\n", "venue")


def test_a_postal_address_names_its_town_and_state():
    text = "Riverside Veterans' Health Alliance\nPO Box 412, Lismore NSW 2480\n\nGPO Box 9998, Canberra ACT 2601\n"
    assert {"Lismore", "New South Wales", "Canberra", "Australian Capital Territory"} <= _place_names(text, "postal")
    # a title in capitals with a year is no address
    assert "Australian Capital Territory" not in _place_names("EXPLANATORY NOTES TO THE CARE ACT 2014\n", "caps")


def test_a_place_inside_a_longer_place_and_a_region_of_a_place():
    text = "Our alliance serves the Northern Rivers region of New South Wales."
    names = _place_names(text, "nsw")
    assert "New South Wales" in names and "Wales" not in names
    from ickg.extract.document import extract
    (nsw,) = [p for p in extract(text, stem="nsw").as_json()["jurisdictions"] if p["name"] == "New South Wales"]
    assert nsw["type"] == "ProvinceOrState"      # the region is Northern Rivers, not New South Wales


def test_an_abbreviated_saints_or_mountains_title_stays_with_the_name():
    text = ("Pilots began in 2008 in three communities: St. Johnsbury, Burlington and Barre. "
            "The St. Vincent Health Board and Mt. Sinai Hospital joined them.")
    assert "St. Johnsbury" in _places(text, "saints")
    assert {"St. Vincent Health Board", "Mt. Sinai Hospital"} <= _entities(text, "saints", "organization")


def test_populations_marked_by_what_they_lack_or_by_two_kinds_of_condition():
    text = ("The Harbour networks give priority to patients without a regular family doctor. "
            "They also serve people with chronic and complex conditions. "
            "The ministry wants to connect more residents with a family doctor.")
    populations = _entities(text, "lack", "population")
    assert {"patients without a regular family doctor", "people with chronic and complex conditions"} <= populations
    assert not [p for p in populations if p.startswith("residents")]    # "connect X with Y": no population


def test_bodies_joined_by_and_the_are_kept_apart_even_beside_an_acronym_or_a_name_of_no_known_kind():
    text = ("The Department of Health and Wellness and the NSHA have promoted the teams. "
            "The department will work with Harbour Rescue and the Primary Health Networks.")
    orgs = _entities(text, "and-the", "organization")
    assert {"Department of Health and Wellness", "NSHA", "Primary Health Networks"} <= orgs
    assert not [o for o in orgs if " and the " in o]
    assert not [p for p in _entities(text, "and-the", "program") if " and the " in p]
    # a field of a ministry's remit is no body of its own
    assert "Ministry of Health and the Environment" in _entities(
        "The Ministry of Health and the Environment agreed.", "remit", "organization")

"""Where a program is, against places merely mentioned (issue 12, when42): a place that an apposition
puts another place in ("Sanming, a city of about 2.5 million people in Fujian Province") is where that
place is; a program's sites "across" a place are where it is; a body's "oblast" is a place; and a
title's place yields its quote to the body's sentence that states it. The texts are written here."""

from extracted import places as _places
from extracted import statements as _statements
from extracted import triples as _triples

HEAD = "Harbour Care Network: joining up care at home\n\n"


def test_the_place_an_apposition_puts_a_place_in_is_not_the_programs():
    found = _triples(HEAD + "The Harbour Care Network gives older people a named care coordinator in Sanming, a city of "
                     "about 2.5 million people in Fujian Province.", "harbour")
    assert ("Harbour Care Network", "locatedIn", "Fujian") not in found


def test_a_programs_centres_across_a_place_are_where_it_is():
    found = _triples(HEAD + "The Harbour Care Network gives older people a named care coordinator. Since then the "
                     "network has grown to more than 150 centres across Australia.", "harbour")
    assert ("Harbour Care Network", "locatedIn", "Australia") in found


def test_a_name_before_oblast_is_a_place():
    assert "Naryn" in _places(HEAD + "The Harbour Care Network began in 2001 in Naryn oblast.", "harbour")


def test_a_titles_place_takes_the_bodys_quote_when_the_body_states_it():
    text = ("Paying practices for older patients: the Harbour Care Network pilot in Ontario\n\n"
            "The Harbour Care Network pilot gives older people a named care coordinator. In 2011 the Ontario government "
            "launched the Harbour Care Network pilot in five local health authorities.")
    quotes = [s["quote"] for s in _statements(text, "harbour") if s["predicate"].endswith("locatedIn")
              and s["object"].get("label") == "Ontario"]
    assert quotes == ["In 2011 the Ontario government launched the Harbour Care Network pilot in five local health "
                      "authorities."]

"""People marked out by the size of the place they live in are a program's population (issue 12, session 40,
helper org40): "people living in towns of fewer than 20,000 inhabitants". Written here for the test, about an
invented program."""

from extracted import entities as _entities


def test_people_in_places_under_a_size_are_a_population():
    text = "Since 2009 the Harbour Care programme has covered people living in towns of fewer than 20,000 inhabitants."
    assert "people living in towns of fewer than 20,000 inhabitants" in _entities(text, "towns", "population")
    text = "The Harbour Care programme covers residents of villages with fewer than 5,000 people and the city."
    assert "residents of villages with fewer than 5,000 people" in _entities(text, "villages", "population")


def test_a_towns_size_alone_is_no_population():
    text = "The Harbour Care programme opened clinics in towns of fewer than 20,000 inhabitants."
    assert not [p for p in _entities(text, "size", "population") if "towns" in p]

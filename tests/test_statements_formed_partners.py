"""Bodies that formed a partnership are its partners (issue 12, session 40, helper org40): "In 2015 A and B formed the
X Partnership" gives X two partners, as three bodies or more did before; who set a program up still initiates it.
Written here for the test, about invented bodies."""

from extracted import triples as _triples


def test_two_bodies_that_formed_a_partnership_are_its_partners():
    text = "In 2015 Kestrel County Council and the Kestrel Valley NHS Trust formed the Kestrel Care Partnership.\n"
    got = _triples(text, "formed")
    assert ("Kestrel Care Partnership", "hasPartner", "Kestrel County Council") in got
    assert ("Kestrel Care Partnership", "hasPartner", "Kestrel Valley NHS Trust") in got
    assert not [t for t in got if t[1] == "initiatedBy"]


def test_two_bodies_that_set_a_program_up_initiate_it():
    text = "In 2015 Kestrel County Council and the Kestrel Valley NHS Trust set up the Kestrel Care Programme.\n"
    got = _triples(text, "setup")
    assert ("Kestrel Care Programme", "initiatedBy", "Kestrel County Council") in got
    assert not [t for t in got if t[1] == "hasPartner"]

"""A sentence that states a founding and where it happened ("The first practice opened in Portland
in 2010", "Iora Health was founded in Boston in 2010") states two facts: the year and the place are
both the founded thing's. The year rules now run before the place rule, which reads the founding
they found on the same sentence, so the place no longer needs the program named in the place
rule's own ways (issue 12, multi35: on train the year was proposed and the place missed on such
sentences). The text is written here for the test."""

from extracted import triples as _triples

TEXT = ("Harbour Health: primary care built around the patient\n\n"
        "Harbour Health gives each patient a health coach who follows them between visits. "
        "The first practice opened in Portland in 2010.")


def test_a_founding_sentence_gives_the_year_and_the_place():
    found = _triples(TEXT, "harbour")
    assert ("Harbour Health", "yearEstablished", 2010) in found
    assert ("Harbour Health", "locatedIn", "Portland") in found


def test_a_place_outside_the_founding_clause_is_not_the_founded_things():
    found = _triples(TEXT.replace("opened in Portland in 2010", "opened in 2010 after its founder had trained in Portland"),
                     "harbour")
    assert ("Harbour Health", "yearEstablished", 2010) in found
    assert ("Harbour Health", "locatedIn", "Portland") not in found

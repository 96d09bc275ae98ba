"""The barrier rules each read the whole sentence: one that fires (the listed-barriers rule on "are
mentioned only in passing") no longer keeps the hindrance rule and the named-barrier rule from
reading it, so a sentence that opens on its barrier ("Difficulties in recruiting nurses for night
shifts are ...") gives it whatever else was proposed (issue 12, multi35: a sentence stating several
facts gave one; on train one barrier more right, none wrong). The general barrier rule stays the
fallback: run beside the others it proposed 16 more on train, 1 right. The text is written here."""

from extracted import triples as _triples

TEXT = ("Harbourside Hospital at Home: a peer review\n\n"
        "The Harbourside Hospital at Home program treats acutely ill older patients in their own homes. "
        "Difficulties in recruiting nurses for night shifts are mentioned only in passing in the limitations.")


def test_a_sentence_opening_on_its_barrier_gives_it_beside_a_listed_one():
    found = _triples(TEXT, "harbourside")
    barriers = {o for _, p, o in found if p == "facesBarrier"}
    assert "Difficulties in recruiting nurses for night shifts" in barriers

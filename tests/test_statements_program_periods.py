"""When a program ran: a range of years is its period only where the text puts the program in time
("between April 2009 and March 2011 ... supported the pilots", "(2012-2015)", "Period: ..."), not when
the range is part of another noun ("the economic crisis of 2001-2002") or dates a figure ("Between
2013 and 2017 admissions fell"); "ran until March 2009" is an end (issue 12, when42). The texts are
written here for the test."""

from extracted import triples as _triples

HEAD = "Harbour Care Pilot: joining up care at home\n\n"


def test_a_period_with_months_gives_the_start_and_the_end():
    found = _triples(HEAD + "Between April 2009 and March 2011 the Department of Health supported the Harbour Care "
                     "Pilot, which gave older people a named care coordinator.", "harbour")
    assert ("Harbour Care Pilot", "yearEstablished", 2009) in found
    assert ("Harbour Care Pilot", "yearEnded", 2011) in found


def test_a_range_inside_another_nouns_phrase_is_not_the_programs_period():
    found = _triples(HEAD + "After the economic crisis of 2001-2002, the Harbour Care Pilot gave older people a named "
                     "care coordinator.", "harbour")
    assert not {t for t in found if t[1] in ("yearEstablished", "yearEnded")}


def test_a_range_that_dates_a_figure_is_not_the_programs_period():
    found = _triples(HEAD + "The Harbour Care Pilot gave older people a named care coordinator. Between 2013 and 2017 "
                     "emergency admissions of its patients fell by 14 percent.", "harbour")
    assert not {t for t in found if t[1] in ("yearEstablished", "yearEnded")}


def test_ran_until_a_month_and_year_is_the_programs_end():
    found = _triples(HEAD + "The Harbour Care Pilot gave older people a named care coordinator. The pilot ran until "
                     "March 2009, when its grant ended.", "harbour")
    assert ("Harbour Care Pilot", "yearEnded", 2009) in found


def test_a_year_on_a_participle_of_another_noun_is_not_the_programs_start():
    found = _triples(HEAD + "The Harbour Care Pilot gave older people a named care coordinator. Its funding came through "
                     "the regional allocation system, introduced in 1997.", "harbour")
    assert ("Harbour Care Pilot", "yearEstablished", 1997) not in found


def test_a_year_on_a_participle_of_the_program_is_its_start():
    found = _triples(HEAD + "The Harbour Care Pilot, launched in 2012, gave older people a named care coordinator.",
                     "harbour")
    assert ("Harbour Care Pilot", "yearEstablished", 2012) in found


def test_the_year_of_a_lower_case_act_is_the_acts():
    found = _triples(HEAD + "The Harbour Care Pilot replaced the payment responsibility act of 1990 and gave older "
                     "people a named care coordinator.", "harbour")
    assert ("Harbour Care Pilot", "yearEstablished", 1990) not in found

"""A body that opens a sentence and "was formed" (founded, set up, opened) then, or "began in" a year,
was founded that year: the year is the body's, not that of the program the document is about (issue
12, stmt35; found on a job advertisement and a provider's patient story of the train part). The text
is written here for the test."""

from extracted import triples as _triples

TEXT = ("Community nurse, Home First Program\n\n"
        "The Home First Program helps older people leave hospital and return home with support. "
        "The Home First Program sends a nurse and a therapist to each patient's home within a day of discharge. "
        "The Prairie Health Authority was formed on 4 December 2017, when the province's regional health "
        "authorities were merged. The Home First Program is run by the authority.")


def test_a_body_formed_in_a_year_is_dated_not_the_program():
    found = _triples(TEXT, "homefirst")
    assert ("Prairie Health Authority", "yearEstablished", 2017) in found
    assert ("Home First Program", "yearEstablished", 2017) not in found


def test_a_body_that_began_a_program_is_not_dated_by_it():
    found = _triples(TEXT.replace("The Prairie Health Authority was formed on 4 December 2017, when the province's "
                                  "regional health authorities were merged.",
                                  "The Prairie Health Authority began the program in 2017."), "homefirst")
    assert ("Prairie Health Authority", "yearEstablished", 2017) not in found

"""A long form an acronym stands for, typed a body by default, is the program when the document names it as its
program (issue 12, session 41, helper org41): "Kestrel Follows the Patient (KFP)" launched as a programme is no
organization; a body's acronym stays a body. Written here for the test, about invented names."""

from extracted import entities


def test_an_acronyms_long_form_that_is_the_program_is_no_body():
    text = ("Moving home: an evaluation of Kestrel Follows the Patient.\n"
            "Kestrel Follows the Patient (KFP) was authorized by the Kestrel Care Act of 2005. The demonstration helps "
            "people who have lived in nursing homes move home. KFP has moved 2,000 people home.\n")
    assert "Kestrel Follows the Patient" not in entities(text, "kfp", "organization")
    assert any("Kestrel Follows the Patient" in p for p in entities(text, "kfp", "program"))


def test_a_bodys_acronym_stays_a_body():
    text = ("The Kestrel Health Authority (KHA) launched the Kestrel Care Programme in 2015. KHA funds it.\n")
    assert "Kestrel Health Authority" in entities(text, "kha", "organization")

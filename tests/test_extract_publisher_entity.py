"""Which publisher and credit lines name a body (issue 12, session 40, helper org40): the metadata reader keeps a
document's first line as its publisher when nothing better stands above the title, so the opening words of a
lettered point ("(c) Extension to towns.") reach ``publisher_entity``: no organization, while a body's name in any
language is one; and a credit line names its body before its date or description."""

from ickg.extract.actors import publisher_entity


def test_words_that_end_in_lower_case_are_no_publishing_body():
    assert publisher_entity("Extension to towns", 0, 18) is None


def test_a_bodys_name_is_a_publishing_body_in_any_language():
    for name in ("Centre for Southern Rural Health", "Università di Bologna", "CIUSSS de l'Estrie - CHUS"):
        body = publisher_entity(name, 0, len(name))
        assert body is not None and body.name == name


def _bodies(text, stem):
    from extracted import entities
    return entities(text, stem, "organization")


def test_the_body_a_credit_line_names_before_its_date_or_description():
    text = "RESULTS NOTE\nPrepared by the Results Reporting Unit, 14 March 2015\n\nThe clinics opened in 1998.\n"
    assert "Results Reporting Unit" in _bodies(text, "dayfirst")
    text = ("ANNEX 2\nPrepared by: Kestrel Partners for Health, technical assistance team, March 2019\n\n"
            "The clinics opened in 1998.\n")
    assert "Kestrel Partners for Health" in _bodies(text, "described")
    text = "PUBLIC ACCOUNT\nPresented to the Harbour Municipal Council on 28 April 2020\n\nThe clinics opened in 1998.\n"
    assert "Harbour Municipal Council" in _bodies(text, "on")


def test_a_credit_lines_person_is_no_body_but_the_body_it_was_prepared_for_is():
    text = ("WORKSHOP REPORT\nPrepared by Thandiwe Mokoena for the Coastal Primary Care Learning Network\n\n"
            "The clinics opened in 1998.\n")
    bodies = _bodies(text, "byfor")
    assert "Coastal Primary Care Learning Network" in bodies
    assert not [b for b in bodies if "Mokoena" in b]
    text = "REPORT\nPrepared by Jane Smithers, Senior Analyst\n\nThe clinics opened in 1998.\n"
    assert not _bodies(text, "person")

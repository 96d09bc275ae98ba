"""Which publisher lines name a body (issue 12, session 40, helper org40): the metadata reader keeps a document's
first line as its publisher when nothing better stands above the title, so the line a report opens with ("MISSION
REPORT", "Trip Report") or the opening words of a lettered point ("(c) Extension to towns.") reach
``publisher_entity``; they are no organizations, while a body's name in any language is."""

from ickg.extract.actors import publisher_entity


def test_a_reports_kind_is_no_publishing_body():
    assert publisher_entity("Mission Report", 0, 14) is None
    assert publisher_entity("Trip Report", 0, 11) is None


def test_words_that_end_in_lower_case_are_no_publishing_body():
    assert publisher_entity("Extension to towns", 0, 18) is None


def test_a_bodys_name_is_a_publishing_body_in_any_language():
    for name in ("Centre for Southern Rural Health", "Università di Bologna", "CIUSSS de l'Estrie - CHUS"):
        body = publisher_entity(name, 0, len(name))
        assert body is not None and body.name == name

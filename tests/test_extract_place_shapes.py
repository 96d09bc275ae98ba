"""Places outside the gazetteer that the text marks as places by their shape (issue 12, session 36):
a head before "of" on a masthead's line or "the department of", a city named with "City", a lower-case
basin, a capitalised coast or peninsula, an affiliation's town and country on an author line, and a
place something has run in since a date. Each text is written here for the test, about invented
programs, bodies and people; the places are real but none is in gazetteer.tsv or places.tsv."""

from extracted import places as _places

from ickg.extract.places import find_jurisdictions

BODY = ("\n\nThe programme linked hospitals and primary care and served older people with complex needs. "
        "Nurses visited patients at home every week.")


def _kinds(text, excluded=()):
    return {m.text: m.place.type for m in find_jurisdictions(text, excluded=excluded)}


def test_a_masthead_line_that_opens_on_province_of_names_the_province():
    text = "PROVINCIAL HEALTH OFFICE\nProvince of Iloilo, Republic of the Philippines\n\nAdvisory No. 3" + BODY
    assert {"Iloilo", "Philippines"} <= _places(text, "province-of")
    assert _kinds(text)["Iloilo"] == "ProvinceOrState"


def test_the_department_of_a_place_is_a_place_and_the_department_of_a_field_is_not():
    kinds = _kinds("The model was first tried in the department of Guainía. A trial by the department of "
                   "Medicine at the university followed.")
    assert kinds.get("Guainía") == "ProvinceOrState"
    assert "Medicine" not in kinds


def test_a_city_named_with_city_is_a_municipality_but_not_inside_a_body_name():
    assert _kinds("Patients were referred to the regional hospital in Iloilo City when needed.") == \
        {"Iloilo City": "Municipality"}
    assert _kinds("Quezon City Council approved the budget.") == {}


def test_a_basin_a_coast_and_a_peninsula_are_regions():
    kinds = _kinds("The teams work in the Amazon basin. On the Central Coast the focus is frail older people, "
                   "and on the Olympic Peninsula the tribes lead the work.")
    assert kinds == {"Amazon basin": "Region", "Central Coast": "Region", "Olympic Peninsula": "Region"}


def test_an_affiliations_town_and_country_count_on_the_author_line():
    line = "Reviewed by Lucía Restrepo Gómez, Faculty of Medicine, Universidad de Antioquia, Medellín, Colombia\n"
    kinds = _kinds(line + BODY, excluded=[(0, len(line) - 1)])      # the author line is the metadata's zone
    assert kinds.get("Medellín") == "Municipality" and kinds.get("Colombia") == "Country"
    line = "Prepared by Ana Mora, School of Public Health, University of Costa Rica, San José\n"
    assert _kinds(line + BODY, excluded=[(0, len(line) - 1)]).get("San José") == "Municipality"


def test_a_name_after_an_author_without_a_body_is_no_town():
    line = "Reviewed by Lucía Restrepo Gómez, Medellín\n"
    assert "Medellín" not in _kinds(line + BODY, excluded=[(0, len(line) - 1)])


def test_where_a_service_has_run_since_a_date_is_a_place():
    assert "Taunton" in _kinds("The team has offered hospital-level care in patients' homes in Taunton since "
                               "November 2014.")
    assert _kinds("The fund has paid for care in Medicare since 2014.") == {}


def test_a_model_named_after_a_town_the_text_also_writes_in_names_the_town():
    kinds = _kinds("Q: What is the Kestrel model? A: It began in 2013 at a practice in Kestrel, where nurses "
                   "and volunteers meet patients at home.")
    assert kinds.get("Kestrel") == "Municipality"


def test_a_model_named_after_a_person_or_a_body_is_no_place():
    assert _kinds("The Esther model asks what Esther, an older woman, needs. Nurses in the Esther network meet "
                  "monthly.") == {}
    assert _kinds("The Buurtzorg model spread fast: nurses in Buurtzorg teams plan care themselves.") == {}

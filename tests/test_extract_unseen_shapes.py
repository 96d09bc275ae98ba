"""Shapes of names, places and citations that the evaluation set's dev part does not write and
that documents in other styles and countries do (issue 12, session 34): a wire's dateline with
the day before the month, bodies named together in the plural, a body's name on a line of its
own, a periodical that is no body, care named by a participle as a program, author lines with
lettered affiliations, degrees or a closing full stop, journal lines in lower case, Vancouver's
shape with any journal name, Springer's line, and states of federations outside the gazetteer.
Each text is written here for the test, about invented programs, bodies and people."""

from extracted import entities as _entities, places as _places

from ickg.extract.metadata import read_metadata

BODY = "\n\nBackground: " + ("The programme linked hospitals and primary care in the region and served older "
                              "people with complex needs. " * 3)          # a paragraph: the head ends here


def _meta(head):
    m = read_metadata(head + BODY)
    return {"authors": [a.family for a in m.authors], "year": m.year.value if m.year else None,
            "date": m.date.value if m.date else None, "journal": m.journal.label if m.journal else None,
            "volume": m.volume.value if m.volume else None, "issue": m.issue.value if m.issue else None,
            "pages": m.pages.value if m.pages else None}


def test_a_dateline_with_the_day_before_the_month_names_the_town_and_dates_the_story():
    text = ("MINISTRY OF HEALTH\nPRESS STATEMENT\n\nHome care teams to reach more districts\n\n"
            "KOTA BARU, 3 June 2021 - The ministry will extend the home care teams to six more districts "
            "after a first phase in which nurses visited older people at home every week.")
    assert "KOTA BARU" in _places(text, "dateline")
    m = read_metadata(text)
    assert (m.date.value, m.year.value) == ("2021-06-03", 2021)


def test_bodies_named_together_in_the_plural_are_one_organization_not_places():
    text = ("The State Health Departments of Perlis and Kedah will train more nurses. An evaluation by the "
            "Universities of Leiden and Utrecht found fewer admissions. The Riverside Nurse Practitioner Clinics "
            "opened in 2007.")
    orgs = _entities(text, "plural-bodies", "organization")
    assert {"State Health Departments of Perlis and Kedah", "Universities of Leiden and Utrecht",
            "Riverside Nurse Practitioner Clinics"} <= orgs
    assert not {"Leiden", "Utrecht"} & _places(text, "plural-bodies")


def test_a_body_on_a_line_of_its_own_or_named_by_a_credit_line_is_an_organization():
    text = ("Westbrook General Hospital\nAnnual Report 2019-20\n\nPrepared by the Harbour Centre for Care Evaluation\n\n"
            "MEDIA RELEASE\n\nThe frailty unit opened in 2015 and has treated more than two thousand older people since "
            "it opened, most of them within a day of their arrival at the emergency department.\n\n"
            "Northgate Medical Practice\n")
    orgs = _entities(text, "own-line", "organization")
    assert {"Westbrook General Hospital", "Harbour Centre for Care Evaluation", "Northgate Medical Practice"} <= orgs
    assert not [o for o in orgs if o.isupper() or "Annual Report" in o]   # a genre line in capitals is no body


def test_a_journal_is_no_organization_and_care_named_by_a_participle_is_a_program():
    text = ("Valley Journal of Health Services, vol. 3, no. 1, pp. 10-20\n\n"
            "The Extended Primary Healthcare (EPH) model was introduced in twelve clinics in 2018. The Valley Health "
            "Board pays for it.")
    assert "Valley Journal of Health Services" not in _entities(text, "journal", "organization")
    assert "Valley Health Board" in _entities(text, "journal", "organization")
    assert [p for p in _entities(text, "journal", "program") if p.startswith("Extended Primary Healthcare")]
    assert not [o for o in _entities(text, "journal", "organization") if o.startswith("Extended")]


def test_author_lines_with_lettered_affiliations_degrees_or_a_closing_full_stop():
    assert _meta("Shared care plans in two boroughs\n\nMaria Lund (a), Tomas Berg (b) and Eva Dahl (a)\n\n"
                 "(a) Institute of Care Research, Malmö, Sweden")["authors"] == ["Lund", "Berg", "Dahl"]
    assert _meta("Coaching patients home\n\nAnna K. Ruiz, MD; Peter J. Holm, PhD\n")["authors"] == ["Ruiz", "Holm"]
    assert _meta("Nurse-led follow-up: a review\n\nRuiz A, Holm P, Dahl E.\n\n"
                 "J Care Rev. 2020;4(2):11-19.")["authors"] == ["Ruiz", "Holm", "Dahl"]


def test_journal_lines_in_lower_case_of_any_name_and_in_springers_form():
    assert _meta("Shared care plans\n\nJournal of Care Coordination, vol. 22, no. 4, pp. 150-161\n") == {
        "authors": [], "year": None, "date": None, "journal": "Journal of Care Coordination", "volume": "22",
        "issue": "4", "pages": "150-161"}
    found = _meta("Proactive care for older members\n\nRefuah Klalit. 2019;12(3):41-47.\n")
    assert (found["journal"], found["year"], found["volume"], found["issue"], found["pages"]) == \
        ("Refuah Klalit", 2019, "12", "3", "41-47")
    found = _meta("Shared care plans\n\nJournal of Care Coordination (2019) 12:45-52\n")
    assert (found["journal"], found["year"], found["volume"], found["pages"]) == \
        ("Journal of Care Coordination", 2019, "12", "45-52")


def test_states_of_federations_beyond_the_gazetteer_are_places():
    text = ("The clinics opened in Selangor and Johor in 2017, in Bihar and Odisha in 2019, in Bahia and in "
            "Gauteng in 2020, and in Jalisco in 2021.")
    assert {"Selangor", "Johor", "Bihar", "Odisha", "Bahia", "Gauteng", "Jalisco"} <= _places(text, "states")


def test_chicagos_journal_line_and_a_journal_abbreviation_with_its_place_in_brackets():
    found = _meta("Shared care plans\n\nHealth Policy Review 31, no. 2 (2012): 426-433\n")
    assert (found["journal"], found["year"], found["volume"], found["issue"], found["pages"]) == \
        ("Health Policy Review", 2012, "31", "2", "426-433")
    found = _meta("Shared care plans\n\nHealth Aff (Millwood). 2012 Feb;31(2):426-33.\n")
    assert (found["journal"], found["date"], found["volume"], found["issue"], found["pages"]) == \
        ("Health Aff (Millwood)", "2012-02", "31", "2", "426-33")


def test_an_area_named_before_what_serves_it_is_a_place():
    text = ("The model spread to the Varde region and to the Pirkanmaa hospital district. It also runs in the Kainuu "
            "social and health care district, and the Uusimaa wellbeing services county took it over in 2023.")
    assert {"Varde", "Pirkanmaa", "Kainuu", "Uusimaa"} <= _places(text, "service-areas")


def test_a_city_that_opens_a_saints_name_is_the_bodys_and_lends_no_place_to_its_list():
    text = ("The model was tested at four sites: Harbour Medical Center, Kaiser Permanente, Providence St. Joseph "
            "Health and Trinity Health.")
    assert _places(text, "saints") == set()       # neither Providence nor the name listed beside it
    assert "Providence St. Joseph Health" in _entities(text, "saints", "organization")
    assert _places(text + " Nurses in Providence were trained first.", "saints") == {"Providence"}


def test_hospitals_of_a_city_health_systems_and_a_paramedic_service_are_bodies():
    text = ("Northfield Health Systems | Patient stories\n\nThe model was developed at University Hospitals of Leeds in "
            "the 1990s. Community paramedics work with Westbrook Paramedic Service.")
    orgs = _entities(text, "bodies", "organization")
    assert {"Northfield Health Systems", "University Hospitals of Leeds", "Westbrook Paramedic Service"} <= orgs
    assert "Westbrook Paramedic Service" not in _entities(text, "bodies", "program")
    assert "Leeds" not in _places(text, "bodies")

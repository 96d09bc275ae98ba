"""Programs, bodies and populations named in shapes the recognisers missed before issue 12's
session 37: an acronym whose long form has a small word ("Hospital at Home (HaH)"), a name in
quotation marks before a program word, a name in another language glossed in English, bodies of a
kind named by an acronym or a payer ("NHS trusts", "Medicaid health plans"), an acronym in
capitals that a program goes by, and populations opening a sentence or marked out by eligibility
or housing. Each text is written here for the test, about invented programs and bodies."""

from extracted import entities as _entities


def test_an_acronym_whose_long_form_has_a_small_word_names_the_whole_program():
    text = ("In 2016 the health board started the Hospital at Home (HaH) programme for older people. "
            "The Transforming Care at Home (TCH) service sends nurses to people's homes.")
    programs = _entities(text, "hah", "program")
    assert {"Hospital at Home (HaH) programme", "Transforming Care at Home"} <= programs
    assert not [p for p in programs if p.startswith("Home")]          # not the run after "at" alone
    assert "Transforming Care" not in _entities(text, "hah", "organization")


def test_a_name_in_quotation_marks_before_a_program_word_is_a_program_but_a_quoted_remark_is_not():
    text = ("The council runs a \"Living Well\" service for carers. The ‘Ageing Better’ programme began in 2015. "
            "Asked about the plan, the director said 'we will' model it on the Danish example.")
    programs = _entities(text, "quoted", "program")
    assert {"Living Well service", "Ageing Better programme"} <= programs
    assert not [p for p in programs if "will" in p or "’" in p]


def test_a_name_in_another_language_is_what_its_english_gloss_says():
    text = ("The Zorggroep Almere (Almere care group) contracts with the insurers. The Samenwerkingsverband "
            "Zuid (Southern Care Network) began in 2012. Staff were trained with the SMAF (Functional Autonomy "
            "Measurement System).")
    orgs = _entities(text, "gloss", "organization")
    assert "Zorggroep Almere" in orgs
    assert "Samenwerkingsverband Zuid" in orgs | _entities(text, "gloss", "program")
    assert "Southern Care Network" not in orgs                        # the gloss is the name's alias, not a body
    assert "SMAF" not in orgs                                         # an instrument's gloss names no body


def test_bodies_of_a_kind_named_by_an_acronym_or_a_payer_are_whole():
    text = ("NHS trusts and NHS foundation trusts took part, as did VA medical centers in three states. "
            "Medicaid health plans pay for the visits.")
    orgs = _entities(text, "kinds", "organization")
    assert {"NHS trusts", "NHS foundation trusts", "VA medical centers", "Medicaid health plans"} <= orgs


def test_an_acronym_in_capitals_that_a_program_goes_by_is_no_organization():
    text = ("The Basic Comprehensive Health Care Teams (Equipos Básicos de Atención Integral en Salud, EBAIS) "
            "were set up in 1995. Each EBAIS serves about 4,000 people. By 2000 the EBAIS covered most "
            "districts.")
    assert "EBAIS" not in _entities(text, "ebais", "organization")


def test_populations_opening_a_sentence_or_marked_out_by_eligibility_or_housing_are_found():
    text = ("Older inpatients get a visit from a nurse. First-time mothers are visited at home. The plan serves "
            "members with complex medical and behavioral health needs, people eligible for both Medicare and "
            "Medicaid and older adults living in subsidized housing buildings. For people who were homeless the "
            "service finds a flat.")
    populations = _entities(text, "pops", "population")
    assert {"Older inpatients", "First-time mothers", "members with complex medical and behavioral health needs",
            "people eligible for both Medicare and Medicaid",
            "older adults living in subsidized housing buildings"} <= populations
    assert "For people" not in populations


def test_a_body_keeps_its_whole_name_around_and_a_possessive_and_people_of_it():
    text = ("Staff of the Agency for Integrated Care met the Representatives of the Swedish Association of Local "
            "Authorities and Regions. The Centers for Medicare and Medicaid Services approved the model, and the "
            "King's Fund evaluated it with the Department of Health and the Ministry of Finance. Singapore's Health "
            "Promotion Board paid. The rest came from the Government's Integrated Care Fund.")
    orgs = _entities(text, "whole", "organization")
    assert {"Agency for Integrated Care", "Swedish Association of Local Authorities and Regions",
            "Centers for Medicare and Medicaid Services", "King's Fund", "Department of Health",
            "Ministry of Finance", "Health Promotion Board"} <= orgs
    assert not [o for o in orgs if o.startswith(("Staff", "Representatives", "Singapore", "Government's"))]
    assert "Centers for Medicare" not in orgs


def test_a_trial_named_by_its_site_is_no_program():
    text = ("In the Memphis trial, which enrolled 1,139 women, visited mothers did better. The Denver trial "
            "followed in 1994.")
    assert not [p for p in _entities(text, "site", "program") if "Memphis" in p or "Denver" in p]


def test_a_credit_line_names_its_body_before_the_date_that_closes_it():
    text = ("Compiled for the Long-Term Care Policy Reading Group, Spring 2021\n\nA note on home care\n\n"
            "The programme served older people in the district for many years and did well.")
    assert "Long-Term Care Policy Reading Group" in _entities(text, "credit", "organization")


def test_a_company_keeps_its_legal_form_after_the_comma():
    text = "The contract went to Acme Health, Inc. in 2019, and Harbour Care, LLC runs the clinics."
    assert {"Acme Health, Inc.", "Harbour Care, LLC"} <= _entities(text, "company", "organization")

"""Organizations' roles read from forms and from how a body is named (issue 12, session 42, helper role42): a
labelled line names who runs, began or funds the document's program ("Implementing agency: ..."); a unit named
with its body ("the Innovation Committee at the Federal Joint Committee") or a body bought by another is a part of
it (org:subOrganizationOf). Written here for the test, about invented bodies."""

from extracted import triples as _triples

FORM = ("Project summary: Kestrel Home Visiting Programme\n"
        "Sponsoring agency: Ministry of Family Welfare\n"
        "Implementing agency: Kestrel Community Health Trust\n"
        "Funder: Harrow Foundation\n"
        "\n"
        "The Kestrel Home Visiting Programme began in 2014 and sends nurses to new mothers.\n")


def test_a_labelled_line_names_the_programs_operator_initiator_and_partner():
    got = _triples(FORM, "rolefields")
    assert ("Kestrel Home Visiting Programme", "operatedBy", "Kestrel Community Health Trust") in got
    assert ("Kestrel Home Visiting Programme", "initiatedBy", "Ministry of Family Welfare") in got
    assert ("Kestrel Home Visiting Programme", "hasPartner", "Harrow Foundation") in got


def test_a_label_that_names_no_role_gives_no_actor():
    text = FORM.replace("Implementing agency:", "Reviewed by:").replace("Sponsoring agency:", "Contact:") \
        .replace("Funder:", "Location:")
    got = _triples(text, "norolefields")
    assert not [t for t in got if t[1] in ("operatedBy", "initiatedBy", "hasPartner")]


def test_a_unit_at_a_body_is_part_of_it():
    text = "The Quality Committee at the Kestrel Joint Council (KJC) chose the first projects in 2016.\n"
    got = _triples(text, "unitat")
    assert ("Quality Committee", "org#subOrganizationOf", "Kestrel Joint Council") in got


def test_a_department_of_a_government_is_not_a_unit_apart():
    text = "The Kestrel Care Network was set up by the Department of Social Care of the Government of Kestrelia.\n"
    got = _triples(text, "govdept")
    assert not [t for t in got if t[1] == "org#subOrganizationOf"]


def test_a_body_bought_by_another_is_part_of_it():
    text = ("Harrier Medical Group runs clinics for older people in Kestrel County. "
            "Osprey Health, now Osprey Group, acquired Harrier Medical Group in 2011.\n")
    got = _triples(text, "acquired")
    assert ("Harrier Medical Group", "org#subOrganizationOf", "Osprey Health") in got


def test_the_owner_of_a_program_is_not_the_body_in_its_apposition():
    text = ("The Kestrel Integrated Care Programme serves older people in Kestrel County. The Harrier Holding Company, "
            "created by a Kestrel Assembly decision in 2020, owns the programme.\n")
    got = _triples(text, "owns")
    assert ("Kestrel Integrated Care Programme", "operatedBy", "Harrier Holding Company") in got
    assert ("Kestrel Integrated Care Programme", "operatedBy", "Kestrel Assembly") not in got


def test_a_body_that_announces_a_program_in_the_present_tense_initiates_it():
    text = "The Kestrel Ministry of Health announces the Kestrel Family Health Teams, to open in 2025.\n"
    got = _triples(text, "announces")
    assert ("Kestrel Family Health Teams", "initiatedBy", "Kestrel Ministry of Health") in got


def test_a_program_administered_by_a_body_is_operated_by_it():
    text = "The Kestrel Home Care Programme began in 2012. It is administered by the Social Insurance Agency of Kestrel.\n"
    got = _triples(text, "administered")
    assert ("Kestrel Home Care Programme", "operatedBy", "Social Insurance Agency of Kestrel") in got


def test_a_program_evaluated_by_a_body_has_an_evaluation_the_body_conducted():
    text = ("The Kestrel Home Care Programme began in 2012. It is being evaluated by the Kestrel Institute for Health "
            "Research.\n")
    got = _triples(text, "evaluatedby")
    study = "evaluation by Kestrel Institute for Health Research"
    assert (study, "evaluates", "Kestrel Home Care Programme") in got
    assert (study, "conductedBy", "Kestrel Institute for Health Research") in got


def test_a_study_by_researchers_at_a_body_is_conducted_by_the_body():
    text = ("The Kestrel Home Care Programme began in 2012. The study by researchers at the Kestrel Centre for Primary "
            "Care Research was a cohort study of 800 patients.\n")
    got = _triples(text, "studyby")
    assert [t for t in got if t[1] == "conductedBy" and t[2] == "Kestrel Centre for Primary Care Research"]


def test_a_masthead_line_of_a_body_and_its_unit_names_both():
    from extracted import entities
    text = ("POLICY DIALOGUE SUMMARY No. 4\n\nClosing the loop: referrals in the Kestrel Family Doctor Programme\n\n"
            "Harrier Institute for Health Systems Research, Policy Dialogue Unit\n\n"
            "The Kestrel Family Doctor Programme began in 2005 and gives every village a family doctor.\n")
    found = entities(text, "masthead", "organization")
    assert "Harrier Institute for Health Systems Research" in found
    assert "Policy Dialogue Unit" in found


def test_bodies_listed_then_counted_by_their_kind_are_organizations():
    from extracted import entities
    text = "The Kestrel Care Programme began in 2015. Harbourview and Lakeside, two non-profits, deliver the home visits.\n"
    found = entities(text, "counted", "organization")
    assert {"Harbourview", "Lakeside"} <= found


def test_names_counted_as_something_else_are_not_organizations():
    from extracted import entities
    text = "The Kestrel Care Programme began in 2015. Harbourview and Lakeside, two villages, had the first home visits.\n"
    found = entities(text, "countedplaces", "organization")
    assert not {"Harbourview", "Lakeside"} & found


def test_a_body_that_evaluated_the_programme_conducted_its_evaluation():
    text = "The Kestrel Care Programme began in 2015. The Kestrel Department of Health evaluated the programme in 2018.\n"
    got = _triples(text, "evaluatedactive")
    study = "evaluation by Kestrel Department of Health"
    assert (study, "evaluates", "Kestrel Care Programme") in got
    assert (study, "conductedBy", "Kestrel Department of Health") in got


def test_the_body_that_became_the_lead_provider_operates_the_program():
    text = ("The Kestrel Together programme began in 2016. Kestrel Royal NHS Foundation Trust became the lead provider "
            "for adult community health services in the city.\n")
    got = _triples(text, "leadprovider")
    assert ("Kestrel Together programme", "operatedBy", "Kestrel Royal NHS Foundation Trust") in got


def test_a_governments_program_by_its_possessive_is_initiated_by_it():
    text = ("The Kestrel Government's Integrated Care Fund pays for joint teams. The Integrated Care Fund began in 2014 "
            "and is spent by the regional partnership boards.\n")
    got = _triples(text, "govprogram")
    assert ("Integrated Care Fund", "initiatedBy", "Kestrel Government") in got
    assert ("Integrated Care Fund", "operatedBy", "Kestrel Government") not in got


def test_a_body_that_approved_a_named_program_initiates_it_but_not_anothers():
    got = _triples("Today the Kestrel Ministry of Health approved the first 12 Kestrel Health Teams.\n", "approved")
    assert ("Kestrel Health Teams", "initiatedBy", "Kestrel Ministry of Health") in got
    other = "The Kestrel Insurance Agency has approved Harrier's Medicaid Transformation Project.\n"
    got = _triples(other, "approvedother")
    assert not [t for t in got if t[1] == "initiatedBy"]


def test_a_council_and_a_named_body_joined_by_and_are_two_partners():
    text = ("The Kestrel Care Programme began in 2015. The programme is a partnership between Kestrel County Council "
            "and Harrier Health.\n")
    got = _triples(text, "twobodies")
    assert ("Kestrel Care Programme", "hasPartner", "Kestrel County Council") in got
    assert ("Kestrel Care Programme", "hasPartner", "Harrier Health") in got


def test_a_body_whose_name_joins_two_fields_by_and_stays_one():
    from extracted import entities
    for name in ("Department of Health and Social Care", "Ministry of Health and Long-Term Care",
                 "Health and Social Care Board"):
        found = entities(f"The {name} launched the Kestrel Care Programme in 2015.\n", "onebody", "organization")
        assert name in found


def test_a_body_that_commissioned_the_programme_initiates_it_and_one_that_funds_it_joins_it():
    got = _triples("The Kestrel Care Programme began in 2015. Kestrel County Council commissioned the programme in "
                   "2016. The Harrier Foundation funds the programme.\n", "commissionedfunds")
    assert ("Kestrel Care Programme", "initiatedBy", "Kestrel County Council") in got
    assert ("Kestrel Care Programme", "hasPartner", "Harrier Foundation") in got


def test_a_ministry_that_funds_the_programme_is_no_partner_and_a_commissioned_study_no_program():
    got = _triples("The Kestrel Care Programme began in 2015. The Kestrel Ministry of Health funds the programme. "
                   "Kestrel County Council commissioned an evaluation in 2018.\n", "ministryfunds")
    assert not [t for t in got if t[1] in ("hasPartner", "initiatedBy")]


def test_funders_listed_after_their_kind_and_a_colon_are_the_partners_not_the_kind():
    text = ("The Kestrel Care Programme began in 2015. The programme is funded jointly by the insurers: Harrier Health "
            "Plan, Osprey Insurance Company and Kestrel Mutual Insurance Society.\n")
    got = _triples(text, "kindcolon")
    partners = {t[2] for t in got if t[1] == "hasPartner"}
    assert "Harrier Health Plan" in partners and "Osprey Insurance Company" in partners
    assert "insurers" not in partners

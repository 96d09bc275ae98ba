"""General sentence shapes of issue 12's statements, found missing on the training and development
documents (helper stmt12): each text is written here for the test, in the shape a rule did not read."""

from extracted import triples as _triples


def test_a_recommendation_with_the_verbs_s_form_after_a_body_names_that_body():
    text = ("The Riverside Care Programme: report\n\nThe Riverside Care Programme started in 2016 in Leeds.\n\n"
            "1. We recommend that the Government brings forward legislation to give the programme a statutory "
            "footing by 2020.\n\n2. We recommend that NHS England requires every partnership to hold its board "
            "meetings in public.\n")
    found = _triples(text, "riverside")
    assert ("bring forward legislation to give the programme a statutory footing by 2020", "addressedTo",
            "Government") in found
    assert ("require every partnership to hold its board meetings in public", "addressedTo", "NHS England") in found


def test_a_body_named_by_its_common_noun_recommends():
    text = ("The Riverside Care Programme: an assessment\n\nThe Riverside Care Programme started in 2016 in Leeds. "
            "The unit recommends that regional health authorities test the model in one further territory.\n")
    assert ("test the model in one further territory", "addressedTo", "regional health authorities") in \
        _triples(text, "riverside")


def test_a_plural_noun_before_a_base_verb_stays_the_addressee():
    text = ("The Riverside Care Programme: report\n\nThe Riverside Care Programme started in 2016 in Leeds. "
            "We recommend that health funds pay for the visits.\n")
    assert ("pay for the visits", "addressedTo", "health funds") in _triples(text, "riverside")


def test_a_sentence_that_opens_on_the_program_places_it_in_each_listed_place():
    text = ("The Riverside Care Programme: five years on\n\nThe Riverside Care Programme started in 2011. "
            "The program has since spread to other communities and to sites in Quebec and Prince Edward Island. "
            "Pilots began in 2008 in three communities: Burlington, Toronto and Vancouver.\n")
    places = {o for s, p, o in _triples(text, "riverside") if p == "locatedIn"}
    assert places >= {"Quebec", "Prince Edward Island", "Burlington", "Toronto", "Vancouver"}


def test_a_program_adapted_or_modelled_elsewhere_is_not_located_there():
    text = ("The Riverside Care Programme: five years on\n\nThe Riverside Care Programme started in 2011. "
            "The model has been adapted in Sweden, Japan and the United States. It was modelled on a scheme in "
            "Denmark.\n")
    places = {o for s, p, o in _triples(text, "riverside") if p == "locatedIn"}
    assert not places & {"Sweden", "Japan", "United States", "Denmark"}


def test_a_capitalised_name_with_a_lower_case_head_and_an_abbreviation_is_the_program():
    text = ("Bringing the paramedic to the building\n\nThe Riverside Paramedicine at Clinic program (RP@clinic) was "
            "developed in 2011 by researchers at Riverside University. RP@clinic focuses on older adults.\n")
    found = _triples(text, "riverside")
    assert ("Riverside Paramedicine at Clinic program", "initiatedBy", "Riverside University") in found
    assert ("Riverside Paramedicine at Clinic program", "targetsPopulation", "older adults") in found


def test_the_verb_phrases_after_the_programs_staff_are_its_components():
    text = ("The Riverside Care Programme: five years on\n\nThe Riverside Care Programme started in 2011 in Leeds. "
            "Care managers visit patients at home, reconcile their medications after discharge from hospital and "
            "arrange transport to appointments. Community paramedics hold free weekly drop-in sessions in the common "
            "room of each building. At each session they check blood pressure, assess the risk of falls, and give "
            "advice on healthy living.\n")
    parts = {o for s, p, o in _triples(text, "riverside") if p == "hasComponent"}
    assert parts >= {"visit patients at home", "reconcile their medications after discharge from hospital",
                     "arrange transport to appointments", "hold free weekly drop-in sessions", "check blood pressure",
                     "assess the risk of falls", "give advice on healthy living"}


def test_what_staff_report_or_what_an_unnamed_they_do_is_no_component():
    text = ("The Riverside Care Programme: five years on\n\nThe Riverside Care Programme started in 2011 in Leeds. "
            "Nurses reported that they visit patients less often. Patients liked the service. They call the "
            "helpline at night.\n")
    parts = {o for s, p, o in _triples(text, "riverside") if p == "hasComponent"}
    assert not any("visit" in x or "call the helpline" in x for x in parts)


def test_a_relative_clause_on_a_programs_name_gives_that_program_its_year():
    text = ("The Riverside Care Programme: our offer\n\nThe Riverside Care Programme serves older adults in Leeds. "
            "It is part of the Healthy Ageing Program (HAP), which we launched in 2005 to work with practices across "
            "the city. It was started in 2017 and it is funded by the Leeds Fund.\n")
    years = {(s, o) for s, p, o in _triples(text, "riverside") if p == "yearEstablished"}
    assert ("Healthy Ageing Program", 2005) in years
    assert ("Riverside Care Programme", 2017) in years
    assert ("Riverside Care Programme", 2005) not in years


def test_with_no_program_otherwise_a_places_program_named_by_its_kind_in_the_opening_is_the_program():
    text = ("Thread by @carepolicy\n3 Oct 2019\n\n1/ Belgium's integrated care pilots, a thread. Twelve were "
            "selected in 2017.\n\n2/ Every pilot brings together GPs, hospitals, home nursing services and social "
            "services.\n")
    found = _triples(text, "belgium")
    assert ("integrated care pilots", "hasPartner", "home nursing services") in found
    assert ("integrated care pilots", "locatedIn", "Belgium") in found



def test_the_government_is_the_body_whose_head_noun_is_government_not_an_association():
    text = ("The Riverside Care Programme: report\n\nThe Riverside Care Programme started in 2016. The Local "
            "Government Association said councils were junior partners.\n\n1. We recommend that the Government "
            "brings forward legislation to give the programme a statutory footing.\n")
    addressees = {o for s, p, o in _triples(text, "riverside") if p == "addressedTo"}
    assert addressees == {"Government"}


def test_a_program_after_a_bodys_possessive_is_run_by_that_body():
    text = ("Riverside Health Partners\n\nFor providers | Medical Home\n\nRiverside Health Partners's Medical Home "
            "Program is one of the largest medical home programs in Ohio. The Ohio Department of Health's Healthy "
            "Homes Program began in 2010.\n")
    found = _triples(text, "riverside")
    assert ("Medical Home Program", "operatedBy", "Riverside Health Partners") in found
    assert not any(p == "operatedBy" and "Department" in o for s, p, o in found)


def test_a_change_dated_by_the_programs_start_is_its_outcome():
    text = ("The Riverside Care Programme: key facts\n\nThe Riverside Care Programme started in 2002 in Leeds. "
            "Out-of-pocket spending on health fell after the scheme began. The share of residents signed up with a "
            "family doctor rose after the merger. Costs rose after the war.\n")
    outcomes = {o for s, p, o in _triples(text, "riverside") if p == "hasOutcome"}
    assert any(o.startswith("Out-of-pocket spending on health fell") for o in outcomes)
    assert any(o.startswith("share of residents signed up with a family doctor rose") for o in outcomes)
    assert not any("war" in o for o in outcomes)


def test_the_clauses_of_a_section_headed_as_what_got_in_the_way_are_barriers():
    text = ("The Riverside Care Programme: a case study\n\nThe Riverside Care Programme started in 2011 in Leeds.\n\n"
            "What got in the way\n\nOfficials were open about the difficulties. Paramedics were not always able to "
            "reach family physicians, and some residents did not want their results shared. Short-term research "
            "grants made it hard to keep the sessions going.\n")
    barriers = {o for s, p, o in _triples(text, "riverside") if p == "facesBarrier"}
    assert {"Paramedics were not always able to reach family physicians",
            "some residents did not want their results shared"} <= barriers
    assert any(b.startswith("Short-term research grants") for b in barriers)
    assert not any("difficulties" in b for b in barriers)


def test_payments_listed_after_a_payer_or_paid_to_the_programs_providers_are_its_funding():
    text = ("The Riverside Care Programme: our offer\n\nThe Riverside Care Programme started in 2011 in Leeds. "
            "Practices that earn designation are paid higher fees for office visits. Practices take part through "
            "their physician organizations, which receive incentive funds to build these capabilities. The "
            "Department pays the practice an enrolment payment and a quarterly care coordination payment.\n")
    funding = {o for s, p, o in _triples(text, "riverside") if p == "hasFundingModel"}
    assert {"higher fees for office visits", "incentive funds", "enrolment payment",
            "quarterly care coordination payment"} <= funding


def test_what_the_providers_a_program_designates_offer_are_its_components():
    text = ("The Riverside Care Programme: our offer\n\nThe Riverside Care Programme started in 2011 in Leeds. "
            "Designated practices offer 24-hour access to a clinician, extended office hours and patient "
            "registries.\n")
    parts = {o for s, p, o in _triples(text, "riverside") if p == "hasComponent"}
    assert {"24-hour access to a clinician", "extended office hours", "patient registries"} <= parts


def test_the_people_a_program_serves_are_its_populations():
    text = ("The Riverside Care Programme: our offer\n\nThe Riverside Care Programme started in 2011 in Leeds. "
            "The program serves Blue Cross commercial members and Medicare Advantage members who see a designated "
            "primary care physician.\n")
    populations = {o for s, p, o in _triples(text, "riverside") if p == "targetsPopulation"}
    assert {"Blue Cross commercial members", "Medicare Advantage members"} <= populations

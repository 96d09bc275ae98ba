"""Statement rules for constructions of English that train documents use and the rules missed (issue 12,
helper stmt34): lists of partners whose bodies no recogniser names, a sentence that opens on when its
subject was founded, a body that set up the program, who had a result, and a heading line the layout
did not make a section of. Each text is written here for the test, about an invented program."""

from extracted import statements as _statements
from extracted import triples as _triples

LEAD = "The Riverside Care Network is a programme for older people in Westshire. "


def _objects(text, predicate):
    return {o for s, p, o in _triples(text, "riverside") if p == predicate}


def test_a_labelled_list_of_partners_names_each_body_the_last_one_too():
    partners = _objects(LEAD + "Partners: local health department, Medicaid managed care plans, hospitals and "
                               "social service agencies.", "hasPartner")
    assert {"local health department", "Medicaid managed care plans", "social service agencies"} <= partners


def test_a_partner_cue_counts_bodies_when_no_recogniser_found_one():
    partners = _objects(LEAD + "The network works with the local health department and Medicaid managed care plans.",
                        "hasPartner")
    assert {"local health department", "Medicaid managed care plans"} <= partners


def test_staff_alone_under_a_partner_cue_are_no_partners():
    partners = _objects(LEAD + "Family physicians in the network work with family nurses.", "hasPartner")
    assert "family nurses" not in partners


def test_a_sentence_opening_on_its_founding_year_dates_what_follows_the_comma():
    text = LEAD + "Founded in 1990, the Riverside Care Network now has 40 sites."
    assert ("Riverside Care Network", "yearEstablished", 1990) in _triples(text, "riverside")
    text = LEAD + "Founded in 1911, Clalit Health Services is the largest health maintenance organization in Israel."
    assert ("Clalit Health Services", "yearEstablished", 1911) in _triples(text, "riverside")


def test_a_body_that_set_up_the_program_gives_the_year_to_the_program_not_to_its_place():
    text = LEAD + ("The Community Health Access Project in Mansfield, Ohio, set up the first Riverside Care Network "
                   "in 1999.")
    found = _triples(text, "riverside")
    assert ("Riverside Care Network", "yearEstablished", 1999) in found
    assert not any(p == "yearEstablished" and s in ("Ohio", "Mansfield") for s, p, o in found)


def test_who_had_a_result_is_part_of_the_results_other_name():
    text = LEAD + "Evaluators found that women served by the network had fewer low birth weight babies."
    outcomes = [s["object"] for s in _statements(text, "riverside") if s["predicate"].endswith("hasOutcome")]
    assert any(o["label"] == "fewer low birth weight babies" and
               "women served by the network had fewer low birth weight babies" in o.get("aliases", [])
               for o in outcomes)


def test_a_change_in_costs_at_large_is_still_no_result():
    assert not any("war" in o for o in _objects(LEAD + "Costs rose after the war.", "hasOutcome"))


def test_a_heading_line_over_bullets_makes_each_bullet_a_barrier():
    text = (LEAD + "\n\nWHAT GOT IN THE WAY\n- Short-term grants made it hard to keep trained community health "
                   "workers.\n")
    assert "short-term grants made it hard to keep trained community health workers" in _objects(text, "facesBarrier")


def test_a_title_name_the_opening_uses_as_a_subject_is_the_main_program():
    text = ("Five years of Riverside Together: a look back\n\n"
            "When Riverside Together was formed in 2014, few of us expected it to last. The partnership brings "
            "together Westshire County Council and Westshire Royal NHS Foundation Trust. A community assets "
            "programme links older people to local groups and activities.\n")
    found = _triples(text, "riverside")
    assert ("Riverside Together", "yearEstablished", 2014) in found
    assert any(s == "Riverside Together" and p == "hasPartner" for s, p, o in found)


def test_a_listed_part_said_not_to_be_there_is_no_component():
    text = LEAD + "Services include home visits, falls clinics and a telephone line, but not hospital beds."
    components = _objects(text, "hasComponent")
    assert {"home visits", "falls clinics"} <= components
    assert not any("hospital beds" in c for c in components)


def test_a_place_that_opens_the_main_programs_name_is_its_place():
    text = "The Vermont Care Model began in 2014 and set global budgets for every hospital. It serves older people."
    assert ("Vermont Care Model", "locatedIn", "Vermont") in _triples(text, "vermont")


def test_a_program_given_a_place_by_a_sentence_gets_no_second_one_from_its_name():
    text = "The Vermont Care Model is a programme for older people in Burlington. It began in 2014."
    places = {o for s, p, o in _triples(text, "vermont") if p == "locatedIn"}
    assert "Vermont" not in places


def test_a_body_named_by_capitalised_words_runs_the_program_though_no_recogniser_knew_it():
    text = LEAD + "The network is run by the Riverton Behavioral Health Division."
    assert ("Riverside Care Network", "operatedBy", "Riverton Behavioral Health Division") in _triples(text, "riverside")


def test_a_program_run_by_a_body_is_no_sector_the_body_is_responsible_for():
    found = _triples(LEAD + "The network is run by the Riverton Behavioral Health Division.", "riverside")
    assert not any(p == "responsibleFor" for s, p, o in found)
    assert ("regions", "responsibleFor", "Hospitals") in _triples(LEAD + "Hospitals are run by the regions.", "riverside")

"""The program a document is about when its name has no program shape (issue 12, helper prog40): a name
defined by an abbreviation whose head is a body's word ("Local Health Units (TOMY)") that a body sets up in a
year; a name in another language with no kind word ("Plan Nacer") that the text founds and then calls "the
program"; a name in another language with its small words ("Programa de Salud y Bienestar") glossed in English.
Each text is written here for the test, about an invented program, with a text beside it that must not match."""

from extracted import entities as _entities
from extracted import triples as _triples

from ickg.extract.statements.program_names import _in_history


def _subjects(text, stem):
    return {s for s, _, _ in _triples(text, stem)}


_UNITS = ("GRANT SHEET | Regional Programme 2021-2027 | Cohesion Fund\n"
          "Operational Programme: Northern Isles 2021-2027\n\n"
          "Summary\n"
          "The Community Care Units (Monades Koinotikis Frontidas, MKF) are the first level of the new island care "
          "network. The Ministry of Health set up the MKF in 2019 to give every resident a named nurse.\n\n"
          "Each MKF has a team of nurses, a physiotherapist and a social worker. The MKF staff visit older people at "
          "home. The MKF are expected to reduce emergency admissions.\n")


def test_units_a_ministry_set_up_in_a_year_are_the_program_not_the_fund_in_the_masthead():
    found = _triples(_UNITS, "units")
    assert ("Community Care Units", "yearEstablished", 2019) in found
    assert ("Community Care Units", "initiatedBy", "Ministry of Health") in found
    assert "Cohesion Fund Operational Programme" not in _subjects(_UNITS, "units")
    assert "MKF" not in _entities(_UNITS, "units", "organization")        # the program's abbreviation, no body
    assert "KSON" in _entities(_UNITS + "KSON pays the MKF staff. KSON audits the accounts.\n", "units3", "organization")



def test_a_body_defined_by_an_abbreviation_and_only_named_is_no_program():
    text = _UNITS.replace("The Ministry of Health set up the MKF in 2019 to", "The Ministry of Health wants the MKF to")
    assert "Community Care Units" not in _entities(text, "units2", "program")


def test_a_body_that_governs_is_no_program_even_when_set_up_in_a_year():
    text = ("Summary\nThe Island Health Authority (IHA) runs hospitals on the islands. The Ministry of Health set up "
            "the IHA in 2019. The IHA employs 900 staff. Each IHA board meets monthly. The IHA publishes its "
            "accounts every year.\n")
    assert "Island Health Authority" not in _entities(text, "authority", "program")


_PLAN = ("The approach\n"
         "Plan Amanecer was launched in 2006 by the national Ministry of Health in four provinces of the south. "
         "The program enrolls uninsured pregnant women and children under five years of age. The program pays "
         "clinics a fee for each prenatal visit.\n")


def test_a_founded_name_without_a_kind_word_is_the_program_the_text_then_calls_the_program():
    found = _triples(_PLAN, "plan")
    assert ("Plan Amanecer", "yearEstablished", 2006) in found
    assert "Plan Amanecer" in _subjects(_PLAN, "plan")


def test_a_founded_name_that_the_text_does_not_go_on_naming_or_calling_the_program_is_not_picked():
    found = _triples(_PLAN.replace("Plan Amanecer", "Amanecer Salud"), "plan2")
    assert ("Amanecer Salud", "yearEstablished", 2006) in found      # "The program enrolls ...": its references
    text = ("The approach\nAmanecer Salud was launched in 2006 by the national Ministry of Health. Clinics in the "
            "south were paid by budget. Mothers were enrolled at their first visit.\n")
    assert "Amanecer Salud" not in _subjects(text, "plan3")


def test_a_glossed_name_in_another_language_keeps_its_small_words():
    text = ("Key points\n1. The Programa de Salud y Bienestar Comunitario (Community Health and Wellbeing Program) "
            "began in 1991 in the town of Puerto Azul. The program places a nurse in every neighbourhood.\n"
            "2. The Programa de Salud y Bienestar Comunitario is run by the Ministry of Health.\n")
    assert "Programa de Salud y Bienestar Comunitario" in _entities(text, "salud", "program")
    assert "Bienestar Comunitario" not in _entities(text, "salud", "program")


def test_a_name_opening_on_a_program_word_in_another_language_is_a_program_and_its_bare_word_no_body():
    text = ("Next steps\nIn 2012 the model was extended as Programa CRECER to adolescents. Programa CRECER now "
            "covers 3 million people.\n")
    assert "Programa CRECER" in _entities(text, "crecer", "program")
    assert "CRECER" not in _entities(text, "crecer", "organization")


def test_a_plan_whose_next_word_is_english_or_a_body_is_no_program():
    text = ("Teams ran Plan Do Study Act cycles each month. Plan Do Study Act cycles were led by nurses. "
            "Plan International funded the clinics in 2012, and Plan International trained the staff.\n")
    programs = _entities(text, "pdsa", "program")
    assert not any(p.startswith("Plan") for p in programs)


def test_a_form_field_label_is_no_program_name():
    text = ("GRANT SHEET | Cohesion Fund\nOperational Programme: Northern Isles 2021-2027\nPriority axis 9: "
            "Primary care\n\nSummary\nThe Harbour Care Network is a programme for older people on the islands.\n")
    programs = _entities(text, "form", "program")
    assert "Harbour Care Network" in programs
    assert not any("Operational Programme" in p for p in programs)
    title = ("Harbour Care Programme: five years of care at home\n\nThe Harbour Care Programme began in 2015. "
             "The Harbour Care Programme visits older people at home.\n")
    assert "Harbour Care Programme" in _entities(title, "titled", "program")


def test_a_labelled_project_is_the_program_and_an_implementing_agency_line_is_not():
    text = ("ANNEX 3. RESULTS FRAMEWORK\n\n"
            "Project: Support to Village Health Posts in Lakeland, phase II (2020-2024)\n"
            "Implementing agency: Village Health Post Trust\n\n"
            "Village health posts are the first level of care in Lakeland. Each post serves about 5,000 people. "
            "Since 2018 the posts have been run by the Village Health Post Trust, and the Village Health Post Trust "
            "pays their staff.\n")
    programs = _entities(text, "annex", "program")
    assert "Support to Village Health Posts in Lakeland" in programs
    assert "Village Health Post Trust" not in programs


def test_a_project_field_that_says_what_a_grant_does_names_no_program():
    text = ("Grantee: Harbour Care Network\nProject: Linking housing and health care for network members\n\n"
            "The Harbour Care Network is a programme for older people. The Harbour Care Network began in 2012.\n")
    assert not any(p.startswith("Linking") for p in _entities(text, "grant", "program"))


def test_a_reform_the_opening_dates_as_history_is_not_what_the_text_is_about():
    text = ("1. Our task\nSince the Lindholm reform of 1992, municipalities have been responsible for home help and "
            "home health care for older people.\n\n3. Safe care at home\nTrygg vård (Safe Care Home) is the "
            "municipality's team for the first two weeks after discharge. Trygg vård has a team of an assistant "
            "nurse, an occupational therapist and a physiotherapist.\n")
    found = _triples(text, "history")
    assert any(s == "Trygg vård" and p == "hasComponent" for s, p, _ in found)
    assert not any(s == "Lindholm reform" and p == "hasComponent" for s, p, _ in found)
    history = "Since the Lindholm reform of 1992, municipalities run home help."
    at = history.index("Lindholm")
    assert _in_history(history, [(at, at + len("Lindholm reform"))])
    for other in ("Under the Lindholm reform of 1992, municipalities run home help.",     # what the text is about
                  "Since the Lindholm reform, municipalities run home help."):            # no date
        at = other.index("Lindholm")
        assert not _in_history(other, [(at, at + len("Lindholm reform"))])


_BRIEF = ("Briefing note\n\nLakeland's Village Doctors programme: lessons for recruitment\n\n"
          "In 2014 the government of Lakeland created the Programa Médicos da Aldeia (Village Doctors Programme) by "
          "decree. Médicos da Aldeia placed doctors in villages that had none. In 2020 the government replaced it "
          "with a new programme, Saúde para Todos, created by Law 41.\n")


def test_a_gloss_named_again_is_the_glossed_program_and_the_name_goes_by_its_words_after_the_program_word():
    programs = _entities(_BRIEF, "brief", "program")
    assert "Programa Médicos da Aldeia" in programs
    assert not any(p.lower().startswith("village doctors") for p in programs)    # one program, not two
    found = _triples(_BRIEF, "brief")
    assert ("Programa Médicos da Aldeia", "yearEstablished", 2014) in found


def test_a_name_after_the_kind_it_is_between_commas_is_a_program_and_the_kind_no_second_one():
    programs = _entities(_BRIEF, "brief2", "program")
    assert "Saúde para Todos" in programs
    assert "new programme" not in programs
    other = "In 2020 the council ran a new programme, In the same year it hired nurses.\n"
    assert not any(p.startswith("In") for p in _entities(other, "brief3", "program"))


def test_a_body_before_a_clause_on_the_network_is_no_program_and_an_apposed_name_still_is():
    lead = "The Harbour Care Network is a programme for older people. "
    clause = lead + "In partnership with Kaitaia Hospital, the council launched the network in 2015."
    assert "Kaitaia Hospital" not in _entities(clause, "clause", "program")
    apposed = lead + "Harbour Link, the council's new care network, began in 2015. Harbour Link visits older people."
    assert "Harbour Link" in _entities(apposed, "apposed", "program")


def test_a_partnership_the_program_is_run_jointly_with_is_a_body_and_one_the_text_presents_is_a_program():
    text = ("The Harbour Care Network is a programme for older people. In rural areas the network is often run jointly "
            "with the local Coastal Health Partnership.")
    assert "Coastal Health Partnership" in _entities(text, "jointly", "organization")
    assert "Coastal Health Partnership" not in _entities(text, "jointly", "program")
    own = "The Coastal Health Partnership was set up in 2012. The Coastal Health Partnership visits older people."
    assert "Coastal Health Partnership" in _entities(own, "own", "program")

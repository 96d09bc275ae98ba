"""The program a document is about, weighed on the whole document (issue 12; ickg.extract.programs):
a name the text defines by a parenthesis (an abbreviation, a name in another language) and keeps
using is what the statements hang on, over a program named once in passing, and a body so defined is
not. Each text is written here for the test, in the shapes of the training documents the rule was
found on (a municipal public account, a sickness fund's magazine, a district health bulletin)."""

from extracted import triples as _triples

from ickg.extract.programs import defined_names, evidence


def test_a_name_defined_by_a_foreign_abbreviation_and_used_again_is_the_main_program_not_a_reform_in_passing():
    text = ("Health Department of Villa Norte\n\n"
            "Annual account 2021\n\n"
            "Since the health reform of the 1990s, the provinces have run primary care. Our department runs four "
            "neighbourhood health units (UBS) that serve 52,000 people.\n\n"
            "Each UBS has a team of a family doctor, a nurse and community health agents. Our units are funded "
            "by a monthly payment for each registered resident.\n\n"
            "Waiting times for a first appointment remain long.")
    found = _triples(text, "villa")
    subjects = {s for s, _, _ in found if s}
    assert "neighbourhood health units" in subjects
    assert "health reform" not in subjects                 # named once, in passing
    assert ("neighbourhood health units", "hasComponent", "team of a family doctor, a nurse and community health agents") \
        in found                                            # "Each UBS has ...": the units' own


def test_a_program_named_with_its_name_in_another_language_is_found_where_no_program_shape_is():
    text = ("vital+\n"
            "The magazine for members of BKK Nordstadt\n\n"
            "\"My doctor knows my whole story\"\n\n"
            "Since 2011 members can sign up for family-doctor care (Hausarztmodell, HAM). Members choose one "
            "family doctor, who refers them to specialists when needed.\n\n"
            "Practices in family-doctor care offer evening appointments. Doctors are paid a flat fee for each "
            "enrolled member each quarter. Members in family-doctor care were admitted to hospital less often.")
    found = _triples(text, "vital")
    assert ("family-doctor care", "yearEstablished", 2011) in found
    assert any(s == "family-doctor care" and p == "hasFundingModel" for s, p, _ in found)


def test_a_body_named_name_is_the_program_when_the_text_defines_it_as_a_strategy():
    text = ("NORTH RIVER DISTRICT HEALTH OFFICE\n"
            "Bulletin | Issue 4\n\n"
            "Bringing care home: CHOS in our district\n\n"
            "Community Health Outreach Services (CHOS) is the country's national strategy for taking primary "
            "care to villages. In each CHOS zone a nurse lives in the community and visits households. "
            "At the end of June the district had 18 CHOS zones. The lack of motorbikes for home visits is the "
            "main problem for CHOS nurses.")
    found = _triples(text, "chos")
    assert any(s == "Community Health Outreach Services" for s, _, _ in found)
    assert not any(s == "Bringing care" for s, _, _ in found)


def test_a_body_defined_by_its_abbreviation_is_not_taken_for_the_program():
    text = ("The Lakeside Care Programme was launched in 2015 to link hospitals with home care.\n\n"
            "The National Health Fund (NHF) pays each practice, and the NHF sets the prices. The programme "
            "shares one record. NHF officials say the NHF has cut readmissions.")
    found = _triples(text, "lakeside")
    subjects = {s for s, _, _ in found}
    assert "National Health Fund" not in subjects and "NHF" not in subjects
    assert ("Lakeside Care Programme", "yearEstablished", 2015) in found


def test_a_defined_name_does_not_replace_a_program_the_document_names_more():
    text = ("The Riverside Integrated Care Programme: second-year report\n\n"
            "The Riverside Integrated Care Programme began in 2016. The Riverside Integrated Care Programme "
            "links general practices with social care. Nurses lead its community care teams (CCTs). Each CCT "
            "visits patients at home, and the CCTs meet weekly. The Riverside Integrated Care Programme has reduced "
            "emergency admissions.")
    found = _triples(text, "riverside")
    assert ("Riverside Integrated Care Programme", "yearEstablished", 2016) in found
    assert not any(s == "community care teams" for s, _, _ in found)   # defined, used three times: named less


def test_a_defined_name_is_the_words_before_its_parenthesis_back_to_a_stop_word_or_line_end():
    text = ("Bringing care home: a bulletin in our district\n\nCommunity Health Outreach Services (CHOS) is used. "
            "The council runs three family health centres (CESFAM) and we sign up for GP-centred care "
            "(Hausarztzentrierte Versorgung, HZV).")
    names = {c.name: c.forms for c in defined_names(text)}
    assert names["Community Health Outreach Services"] == ("Community Health Outreach Services", "CHOS")
    assert names["family health centres"] == ("family health centres", "CESFAM")
    assert names["GP-centred care"] == ("GP-centred care", "HZV", "Hausarztzentrierte Versorgung")


def test_evidence_counts_a_definition_once_and_the_head_noun_after_our_or_each():
    text = "It runs family health centres (CESFAM). Each CESFAM has a team. Our centres are open late."
    found = evidence(text, ("family health centres", "CESFAM"), title_span=None, opening=[(0, 40)], defined=True)
    assert found.uses == 3 and found.in_opening and not found.in_title
    assert found.weight == 3 + 2 + 2


def test_a_kind_of_service_the_opening_names_and_the_text_calls_the_teams_is_the_main_program():
    text = ("EVENING HEALTH NEWS, Friday 3 May 2019\n"
            "Transcript\n\n"
            "HOST: Good evening.\n\n"
            "HOST: Tonight we go to the Eastern Cape, where village health worker teams are visiting every home.\n\n"
            "REPORTER: The teams are part of a plan that the provincial health department began in 2012, alongside "
            "the School Nutrition Programme. The teams register each household and refer the sick to the clinic. "
            "But the teams say their stipends are often paid late.")
    found = _triples(text, "village")
    subjects = {s for s, _, _ in found}
    assert "village health worker teams" in subjects
    assert ("village health worker teams", "hasComponent", "referral to clinic") in found   # "The teams ... refer"


def test_a_name_in_another_language_glossed_in_english_is_the_main_program():
    text = ("City health news\n\n"
            "A doctor around the corner\n\n"
            "The city opened its first Stadtteil-Gesundheitszentren (neighbourhood health centres) in 2019 to make up "
            "for a shortage of family doctors. Each of the neighbourhood health centres employs doctors, nurses and a "
            "social worker. The Stadtteil-Gesundheitszentren are funded from the city budget. Finding doctors "
            "willing to work on a salary remains hard.")
    found = _triples(text, "stadtteil")
    assert ("Stadtteil-Gesundheitszentren", "yearEstablished", 2019) in found
    assert ("Stadtteil-Gesundheitszentren", "facesBarrier", "Finding doctors willing to work on a salary remains hard") \
        in found


def test_an_abbreviation_spelled_out_after_it_and_said_to_be_a_pilot_is_the_program_and_the_pilot_refers_to_it():
    text = ("SUMMARY PAGE\nCall: Health services research 2020\n\n"
            "Did SOFIA change the care of frail older people? A controlled evaluation\n\n"
            "SOFIA (Soins coordonnés pour les fragiles, coordinated care for the frail) is a national pilot that the "
            "health ministry launched in 2016 in four districts. The pilot pays for a case manager for each patient. "
            "The pilot also funds a telephone line for family doctors.")
    found = _triples(text, "sofia")
    subjects = {s for s, _, _ in found}
    assert "national pilot" not in subjects                # what SOFIA is said to be, not a second program
    assert ("SOFIA", "yearEstablished", 2016) in found
    assert ("SOFIA", "hasComponent", "case manager") in found   # "The pilot pays for ...": SOFIA's


def test_an_abbreviated_care_plan_is_a_component_not_the_program():
    text = ("The Riverside Chronic Care Programme: an assessment\n\n"
            "In 2012 the county launched the Riverside Chronic Care Programme. For each patient the team agrees an ICP "
            "(integrated care plan) with the family. The ICP records wishes about future care. Nurses review each ICP "
            "every year. The programme reduced emergency admissions.")
    found = _triples(text, "riverside")
    subjects = {s for s, _, _ in found}
    assert "ICP" not in subjects and "integrated care plan" not in subjects
    assert ("Riverside Chronic Care Programme", "yearEstablished", 2012) in found


def test_a_program_the_finders_ranked_second_is_the_main_one_when_the_text_defines_it_and_keeps_using_it():
    from ickg.extract.actors import PROGRAM, Entity
    from ickg.extract.programs import main_program

    text = ("Since the care reform of 2010 the county has changed. In 2014 it set up community care teams (CCTs) "
            "in every district. Each CCT has a nurse and a social worker. The CCTs meet weekly, and the CCTs "
            "share one record.")
    reform = Entity("program", "care reform", "care reform", PROGRAM, 10, 21, "the X programme", [])
    at = text.index("community care teams")
    teams = Entity("program", "community care teams", "community care teams", PROGRAM, at, at + 20, "acronym", ["CCTs"])
    body = [(0, text.index(" In 2014") + 1), (text.index("In 2014"), len(text))]
    picked = main_program(text, title_span=None, body=body, chosen=reform, programs=[reform, teams], not_programs=set())
    assert picked is teams                                  # the finders' own entity, not a copy
    assert main_program(text, title_span=None, body=body, chosen=teams, programs=[reform, teams],
                        not_programs=set()) is None         # the finders' pick kept when it is the better one


def test_a_programme_name_of_two_names_joined_by_a_slash_is_one_name():
    text = ("Community Nurse, Safe Home/Rapid Response Programme\n\n"
            "Safe Home/Rapid Response Programme helps older people to return home from hospital. It began in 2018 "
            "in the city of Northport.")
    found = _triples(text, "safehome")
    assert ("Safe Home/Rapid Response Programme", "yearEstablished", 2018) in found
    assert not any(s == "Rapid Response Programme" for s, _, _ in found)


def test_a_name_with_its_program_word_after_the_abbreviation_is_a_defined_name_without_the_possessive_before_it():
    text = ("Title: Early Home Support recovery service\n\n"
            "The board seeks a provider for the region's Home First (HF) service. Under Home First, patients go home "
            "as soon as they are well enough. Home First started in 2019.")
    names = {c.name for c in defined_names(text)}
    assert "Home First" in names and not any("region" in n for n in names)


def test_the_service_refers_to_the_defined_service_not_to_another_program_called_a_service():
    text = ("CONTRACT NOTICE\n\nTitle: Home First recovery service\n\n"
            "The council seeks a provider for the region's Home First (HF) service. Under Home First, patients go home "
            "as soon as they are well enough, and their needs are assessed there. The model follows the national "
            "Rapid Discharge Service guidance. The service is funded from a pooled budget held by the council and "
            "the health board.")
    found = _triples(text, "homefirst")
    funded = {s for s, p, _ in found if p == "hasFundingModel"}
    assert funded == {"Home First"}


def test_a_name_the_text_says_was_founded_and_keeps_calling_the_clinic_is_the_main_program():
    text = ("Regional Primary Care Award 2020\n\n"
            "Recipient: Lakeshore Community Nurse Clinics\n\n"
            "When the Lakeshore Community Nurse Clinics opened in Lakeshore in 2009, they were the first clinics in "
            "the region run by nurses. The province later went on to fund nurse-run clinics in other towns.\n\n"
            "In these clinics nurses lead small teams with a pharmacist and a social worker. The clinic now cares for "
            "4,000 patients. The clinics are paid through salaries.")
    found = _triples(text, "lakeshore")
    subjects = {s for s, _, _ in found if s}
    assert "Lakeshore Community Nurse Clinics" in subjects
    assert "nurse-run clinics" not in subjects             # what the province funded later, named once


def test_a_lower_case_brand_founded_in_a_year_with_its_long_name_beside_it_is_the_main_program():
    text = ("Book reviews\n\n"
            "A door for every teenager\n\n"
            "Reviewed by A. Reviewer\n\n"
            "The author spent two years visiting centres before writing this account.\n\n"
            "brightpath, the Northern Youth Wellbeing Foundation, was established in 2008 with funding from the state "
            "government. brightpath centres offer counselling and sexual health care under one roof. The book "
            "describes how brightpath grew to 40 centres.")
    found = _triples(text, "brightpath")
    subjects = {s for s, _, _ in found if s}
    assert ("brightpath", "yearEstablished", 2008) in found
    assert "years visiting centres" not in subjects        # a clause, not a kind of service


def test_a_kind_named_in_a_list_of_what_a_body_runs_is_not_the_program():
    from ickg.extract.programs import opening_kinds
    text = "Like few insurers, the fund runs hospitals and community clinics of its own across the south."
    assert opening_kinds(text, [(0, len(text))]) == []
    text = "It runs community clinics, home care teams, and pharmacies."
    assert opening_kinds(text, [(0, len(text))]) == []
    text = "Costs fell in Wales, and care networks were set up in every county, which share one record."
    assert [c.name for c in opening_kinds(text, [(0, len(text))])] == ["care networks"]   # a clause, not a list


def test_a_body_that_governs_founded_in_a_year_is_not_a_founded_program():
    from ickg.extract.programs import founded_names
    text = "The Prairie Health Authority was formed on 4 December 2017, when twelve regions were merged into one."
    assert founded_names(text, [(0, len(text))]) == []
    text = "Vallby Vård AB was formed in 2006 to run the hospital, and St Anne's Hospital was founded in 1890."
    assert founded_names(text, [(0, len(text))]) == []
    text = "Its care arm, the Riverside Care Management Organization, or RCMO, was set up in 1996 to take on risk."
    assert [c.forms for c in founded_names(text, [(0, len(text))])] == [
        ("Riverside Care Management Organization", "RCMO")]


def test_an_association_defined_by_its_abbreviation_and_named_in_the_masthead_is_not_the_program():
    from ickg.extract.actors import PROGRAM, Entity
    from ickg.extract.programs import main_program

    text = ("NACC Members' Newsletter: nursing hubs\n\n"
            "The nursing hub model was launched by the National Association of Community Care (NACC) in 2016 "
            "with 12 test sites. Each site brings together district nurses and social care. The NACC says more sites will join. "
            "The NACC will publish a guide.")
    at = text.index("nursing hub model")
    hub = Entity("program", "nursing hub model", "nursing hub model", PROGRAM, at, at + 17, "the X programme", [])
    title = (0, text.index("\n"))
    body = [(title[1] + 2, text.index(" Each") + 1), (text.index("Each"), text.index(" The NACC says") + 1),
            (text.index("The NACC says"), text.index(" The NACC will") + 1), (text.index("The NACC will"), len(text))]
    assert main_program(text, title_span=title, body=body, chosen=hub, programs=[hub], not_programs=set()) is None


def test_with_no_program_found_a_name_founded_in_the_opening_and_named_again_is_the_main_program():
    text = ("Notes from a rural surgery\n\n"
            "Why I left fee-for-service practice\n\n"
            "Three years ago I joined a Loma Health practice in Tasport. Loma Health was founded in Brill in 2012 by "
            "a family physician. Its first practice opened in Tasport for members of the Dockers Fund. Every patient "
            "has a health coach who calls them between visits. The practice is paid a fixed monthly fee for each "
            "patient. Finding coaches who stay is hard.")
    found = _triples(text, "loma")
    assert ("Loma Health", "hasFundingModel", "fixed monthly fee for each patient") in found   # not the year's only


def test_units_the_text_counts_and_takes_one_by_one_are_a_program_of_their_own_beside_the_main_one():
    text = ("State Health Department\nNEWS RELEASE\n\n"
            "Approval launches Coastal Care Transformation Project\n\n"
            "The federal government has approved the Coastal Care Transformation Project, a five-year agreement that "
            "lets the state invest in new ways of delivering care. Under the project, seven Coastal Communities of "
            "Care will lead work to integrate physical and behavioral health care. Each Coastal Community of "
            "Care brings together hospitals, clinics and county governments.")
    found = _triples(text, "coastal")
    assert ("Coastal Community of Care", "hasPartner", "county governments") in found
    assert not any(s == "Coastal Care Transformation Project" and o == "county governments" for s, _, o in found)


def test_a_word_opening_the_sentence_is_no_part_of_the_program_name_after_it():
    text = ("Ministry answers\n\n"
            "Neighbourhood networks were introduced in 2019 under the national contract. Each network is led by a "
            "clinical director. Through the Extra Staff Funding Scheme, the ministry will fund 9,000 pharmacists and "
            "link workers for the networks by 2024. Each Regional Health Collaborative brings together hospitals "
            "and councils.")
    subjects = {s for s, _, _ in _triples(text, "answers") if s}
    assert not any(s.startswith(("Each ", "Through ")) for s in subjects)


def test_who_launched_a_program_in_a_year_is_not_a_founded_name_nor_a_health_board_a_counted_program():
    from ickg.extract.programs import counted_names, founded_names
    text = "NHS Borders launched the hospital at home service in 2019, and the service opened in Melrose in 2020."
    assert [c.name for c in founded_names(text, [(0, len(text))])] == []
    text = "It joined the Bundled Care initiative, which the Federal Care Center launched in 2013. Pilots began in 2014."
    assert [c.name for c in founded_names(text, [(0, text.index(" Pilots") + 1), (text.index("Pilots"), len(text))])] == []
    text = "The 14 Health Boards hold the budgets. Each Health Board reports to the minister."
    assert counted_names(text) == []

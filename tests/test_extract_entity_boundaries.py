"""Programs, bodies and places that issue 12's session 39 stops mistaking for one another: the agent
of a participle before an apposition ("Set up by X, the network"), a law's name before an apposition,
a place or body that opens a list before a program's head word ("in Western New York and Care Compass
Network"), a ministry named by its acronym taken for the document's program, and a body's possessive
read as a place before "district". Each text is written here for the test, about invented bodies and
places."""

from extracted import entities as _entities
from extracted import places as _places


def test_the_body_after_by_before_an_apposition_set_it_up_and_is_no_program():
    text = ("Set up in 2010 by Northfield Council, the network links ten practices across the county. "
            "Brookside Care Partners, the network of the valley, began in 2012.")
    programs = _entities(text, "agent", "program")
    assert "Northfield Council" not in programs
    assert "Northfield Council" in _entities(text, "agent", "organization")
    assert "Brookside Care Partners" in programs                   # an apposition with no agent still names it


def test_a_laws_name_before_an_apposition_is_no_program():
    text = ("Authority: section 1115 of the Social Welfare Act, an amendment to the Harbour Plan demonstration. "
            "The Coastal Care Scheme, a pilot for older people, began in 2016.")
    programs = _entities(text, "law", "program")
    assert "Social Welfare Act" not in programs
    assert "Coastal Care Scheme" in programs


def test_a_place_opening_a_list_is_no_part_of_the_next_bodys_program_name():
    text = ("Providers formed Lakeside Collaborative Care in Western New York and Ridge Compass Network in "
            "the Southern Tier.")
    programs = _entities(text, "list", "program")
    assert not [p for p in programs if "Western New York" in p]
    assert "Ridge Compass Network" in _entities(text, "list", "organization")
    text = "The state funds the Eastern Shore Initiative and the Upland Care Network."
    assert "Eastern Shore Initiative" in _entities(text, "list2", "program")  # no place before "and": kept


def test_a_ministry_named_by_its_acronym_is_not_the_documents_program():
    text = ("Since 1985 the Ministry of Health and Rural Affairs (MOHRA) has run the network. The MOHRA sends "
            "staff every month. Later the MOHRA decided to expand it to the towns.")
    assert not _entities(text, "ministry", "program")
    assert "Ministry of Health and Rural Affairs" in _entities(text, "ministry", "organization")


def test_a_bodys_possessive_before_district_is_no_place_but_a_name_before_district_is():
    text = ("The MOHRA's district staff visit every health house. In the Varnak district the health houses "
            "opened in 1984.")
    places = _places(text, "district")
    assert not [p for p in places if "MOHRA" in p]
    assert "Varnak" in places


def test_a_name_in_another_language_glossed_in_english_is_a_program_unless_the_gloss_names_a_body():
    text = ("Tryggt hemmavård (Safe Care Home) is the municipality's team for the first weeks after discharge. "
            "The guidance of Socialnämnden för äldre (Social Board for Elders) applies.")
    programs = _entities(text, "gloss", "program")
    assert "Tryggt hemmavård" in programs
    assert not [p for p in programs if p.startswith("Socialnämnden")]     # its gloss names a board


def test_a_county_before_a_bodys_words_is_the_bodys_name_not_a_place():
    text = ("The program is run by the Harlow County Behavioral Health Department. Families in Harlow County "
            "can refer themselves.")
    assert "Harlow County Behavioral Health Department" in _entities(text, "county", "organization")
    places = _places(text, "county")
    assert "Harlow County" in places                                  # the second mention is the place's
    text = "The program is run by the Harlow County Behavioral Health Department."
    assert "Harlow County" not in _places(text, "county2")


def test_a_city_hall_is_a_body_but_a_hall_alone_is_not():
    text = "Payments come from Dunmore City Hall and the Tanager Foundation. The meeting was held in Central Hall."
    orgs = _entities(text, "hall", "organization")
    assert {"Dunmore City Hall", "Tanager Foundation"} <= orgs
    assert "Central Hall" not in orgs


def test_a_name_in_quotes_after_a_program_word_is_a_program_but_a_quoted_remark_is_not():
    text = ('In 2015 the ministers adopted a joint plan, "Better care at home", for people with chronic diseases. '
            'Critics said the plan "will not reach" rural areas.')
    programs = _entities(text, "quoted", "program")
    assert "Better care at home" in programs
    assert not [p for p in programs if "reach" in p]


def test_an_apposition_with_a_possessive_names_a_program():
    text = "The collaborative began in 2011 as the core of Health First Lakeland, the state's Medicaid program."
    assert "Health First Lakeland" in _entities(text, "possessive", "program")


def test_a_name_before_demonstration_is_a_program():
    text = "Authority: an amendment to the Bayview Access demonstration, approved in 2014."
    programs = _entities(text, "demo", "program")
    assert any(p.startswith("Bayview Access") for p in programs)


def test_a_facility_named_by_its_proper_name_and_kind_is_a_body_but_not_after_a_demonym():
    text = ("Patients of the San Marco psychiatric hospital moved to community centres in 1980. The Varnak district "
            "health centre supervises the health houses. A Dutch health centre and the district hospital took part.")
    orgs = _entities(text, "facility", "organization")
    assert {"San Marco psychiatric hospital", "Varnak district health centre"} <= orgs
    assert not [o for o in orgs if "Dutch" in o or o == "district hospital"]

"""A body a document names whole once and then shorter is one body (issue 12, session 40, helper org40): its
later name by its last words ("the Behavioral Health Division" after "the Milwaukee County Behavioral Health
Division"), and the other names the brackets after its name give it ("(the Innovation Center)", "(Narodowy
Fundusz Zdrowia, NFZ)"). Each text is written here for the test, about invented bodies and places."""

from extracted import entities as _entities


def _aliases(text, stem, name):
    from ickg.extract.document import extract
    return next(e.get("aliases", []) for e in extract(text, stem=stem).as_json()["entities"]
                if e["kind"] == "organization" and e["label"] == name)


def test_a_bodys_later_name_by_its_last_words_is_its_alias_not_a_second_body():
    text = ("The programme is run by the Ashford County Behavioural Health Division. Since 2016 the Behavioural "
            "Health Division has paid the care coordinators by the month.")
    bodies = _entities(text, "tail", "organization")
    assert "Behavioural Health Division" not in bodies
    assert "Ashford County Behavioural Health Division" in bodies
    assert "Behavioural Health Division" in _aliases(text, "tail", "Ashford County Behavioural Health Division")


def test_a_shortening_two_bodies_end_with_and_a_coordinated_second_half_stay_bodies():
    text = ("The Ashford County Health Care Authority and the Brent Valley Health Care Authority signed the plan. "
            "The Health Care Authority of each county pays the teams.")
    assert "Health Care Authority" in _entities(text, "two", "organization")      # two hosts: which one is unknown
    text = ("Every region has a Kestrel Regional Development Agency. Each region sets up a Kestrel Primary Care "
            "Board or Development Agency for its practices.")
    assert "Development Agency" not in _aliases(text, "coord", "Kestrel Regional Development Agency")
    text = "The Council for Health and Housing Agency funds it. In 2019 the Housing Agency took it over."
    assert "Housing Agency" in _entities(text, "and", "organization")       # the words dropped end on "and"


def test_the_names_in_brackets_after_a_bodys_name_are_its_aliases():
    text = ("The model is a payment model of the Centre for Payment and Delivery Innovation (the Innovation Centre), "
            "whose staff review it. The Innovation Centre reports every year.")
    bodies = _entities(text, "bracket", "organization")
    assert "Innovation Centre" not in bodies
    assert "Innovation Centre" in _aliases(text, "bracket", "Centre for Payment and Delivery Innovation")
    text = ("The plan is paid by the Northern Health Fund (Pohjoinen Terveys Rahasto, PTR). The PTR pays each "
            "hospital once for the episode.")
    assert "PTR" not in _entities(text, "foreign", "organization")
    assert {"Pohjoinen Terveys Rahasto", "PTR"} <= set(_aliases(text, "foreign", "Northern Health Fund"))


def test_brackets_that_list_other_bodies_give_no_alias():
    text = ("Partners of the Harbour Health Trust (Oxfam, Save the Children) run the clinics. Oxfam pays the "
            "nurses.")
    assert "Oxfam" not in _aliases(text, "list", "Harbour Health Trust")


def test_a_bodys_name_without_its_head_is_its_alias_unless_it_is_a_body_on_its_own():
    text = ("The pilot ran at Harbour Health Cooperative, a consumer-governed health system. Harbour Health "
            "patients were followed for two years.")
    assert "Harbour Health" not in _entities(text, "head", "organization")
    text = ("Blue Cross Blue Shield of Wessex funds the homes. Blue Cross is also a member of the Wessex Health "
            "Foundation.")
    assert "Blue Cross" in _entities(text, "whole", "organization")    # a body on its own ("Cross"), left alone

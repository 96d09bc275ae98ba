"""The lines above a document's prose that are not what it is about (issue 12, stmt35; found on a
regional newspaper's report, a state media release and a provider's patient story of the train part):
a headline whose subject is a common noun phrase ("New clinic to ...") names a part or an agent of the
program that the opening names by its proper name, and a byline's body ("Posted ... by the
Communications Team") is who wrote the page. Each text is written here for the test."""

from extracted import triples as _triples


def test_a_common_noun_headline_yields_to_the_program_the_opening_names():
    text = ("THE VALLEY COURIER\n"
            "Health | Monday, 2 May 2022\n\n"
            "New clinic to bring dialysis closer to rural patients\n\n"
            "A nurse-led dialysis clinic has opened in Eastford as part of the Rural Kidney Care Programme, which "
            "the regional health board started in 2020.\n\n"
            "The programme also trains practice nurses in the early detection of kidney disease. "
            "Staff shortages have slowed the opening of two more clinics.")
    found = _triples(text, "courier")
    subjects = {s for s, _, _ in found}
    assert "New clinic" not in subjects
    assert any(s.startswith("Rural Kidney Care Programme") and p == "facesBarrier" for s, p, _ in found)


def test_a_headline_subject_stays_when_the_opening_names_no_proper_program():
    text = ("Community pharmacists to review medicines of care home residents\n\n"
            "Community pharmacists in the county will visit every care home twice a year from April. "
            "The pharmacists will review the medicines of each resident with the home's doctor. "
            "Some homes have no room for private consultations.")
    found = _triples(text, "pharmacists")
    assert any(s == "Community pharmacists" for s, _, _ in found)


def test_a_body_named_only_in_the_byline_is_no_program():
    text = ("Riverside Health | Patient stories\n\n"
            "\"They listened to me\"\n\n"
            "Posted June 2021 by the Engagement Team\n\n"
            "When Marcus came to our clinic for his asthma review, a pharmacist checked his inhalers. "
            "Our clinics offer same-day appointments. Recruiting pharmacists remains difficult.")
    found = _triples(text, "riverside")
    assert not any(s == "Engagement Team" for s, _, _ in found)


def test_a_model_the_opening_gives_the_body_of_the_masthead_is_the_program():
    text = ("Riverside Health Centers | Patient stories\n\n"
            "\"They listened to me\"\n\n"
            "Posted June 2021 by the Engagement Team\n\n"
            "When Marcus came to our clinic for his asthma review, a pharmacist joined the visit. That is how care "
            "works in Riverside's shared pharmacy and primary care model: pharmacists work alongside doctors in "
            "the same clinic. Recruiting pharmacists remains difficult.")
    found = _triples(text, "riverside")
    assert any(s == "shared pharmacy and primary care model" for s, _, _ in found)

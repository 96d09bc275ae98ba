"""Shapes of names, populations and bylines that generalise beyond the sentences the recognisers were
tuned on (issue 12, session 35): a list's last two bodies joined by "and", a sentence's first word
before "in the" and a body, a byline's bodies by their shape, Bank as a body's head, Mission and
"Model of" as a program's, people named by what is done to them or where they are, and bylines with
a date before "by" or a body after "for". Each text is written here for the test, about invented
programs, bodies and people; the last test pins the scorer's entity-causes report."""

import sys
from pathlib import Path

from extracted import entities as _entities

from ickg.extract.metadata import read_metadata

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import score_extraction as se  # noqa: E402

BODY = "\n\nBackground: " + ("The programme linked hospitals and primary care in the region and served older "
                              "people with complex needs. " * 3)


def test_the_last_two_bodies_of_a_list_joined_by_and_are_two_organizations():
    text = ("Every resident belongs to one of four funds: Northway Health Services, Eastfield Healthcare Services, "
            "Tavrin and Oskal Health Services. The funds agreed to share records.")
    orgs = _entities(text, "list-bodies", "organization")
    assert {"Tavrin", "Oskal Health Services"} <= orgs
    assert "Tavrin and Oskal Health Services" not in orgs


def test_a_sentence_opening_word_before_in_the_is_not_part_of_the_body():
    text = ("The fund runs its own clinics. Critics in the Ministry of Welfare say the smaller funds cannot copy it.")
    orgs = _entities(text, "critics-in", "organization")
    assert "Ministry of Welfare" in orgs
    assert not any(o.startswith("Critics") for o in orgs)


def test_a_bylines_bodies_are_organizations_and_its_person_is_not():
    text = ("Seminar notes\nPrepared by Lucia Ferro Dantas, School of Nursing, University of Westmarch, Eldham\n\n"
            "The teams visit every household once a year and refer patients to the district hospital when needed.")
    orgs = _entities(text, "byline-bodies", "organization")
    assert {"School of Nursing", "University of Westmarch"} <= orgs
    assert not any("Lucia" in o or "Prepared" in o for o in orgs)


def test_bank_mission_and_model_of_name_a_body_and_programs():
    text = ("The Northland Development Bank lent part of the money. The Rural Health Mission began in 2005, and the "
            "Model of Integral Family and Community Health followed it in 2008.")
    assert "Northland Development Bank" in _entities(text, "heads", "organization")
    programs = _entities(text, "heads", "program")
    assert {"Rural Health Mission", "Model of Integral Family and Community Health"} <= programs


def test_people_named_by_what_is_done_to_them_or_where_they_are_are_populations():
    text = ("The service supports people receiving palliative care, patients discharged from hospital, and "
            "citizens in nursing homes. It also reaches residents of rural and northern communities.")
    populations = _entities(text, "done-to", "population")
    assert {"people receiving palliative care", "patients discharged from hospital", "citizens in nursing homes",
            "residents of rural and northern communities"} <= populations


def test_a_byline_with_a_date_before_by_or_a_body_after_for_names_its_author():
    posted = read_metadata("Notes from the wards\n\nPosted 12 May 2016 by Ellen Voskuil" + BODY)
    assert [a.family for a in posted.authors] == ["Voskuil"]
    prepared = read_metadata("Workshop report\n\nPrepared by Thandi Nkosi for the Coastal Primary Care Network"
                             + BODY)
    assert [a.family for a in prepared.authors] == ["Nkosi"]


def test_entity_causes_names_each_missed_and_false_entity_by_its_cause():
    result = se.entity_causes("dev")
    counts = result["counts"]
    assert set(counts) == {"missed", "false"}
    for side, causes in (("missed", se.ENTITY_MISS_CAUSES), ("false", se.ENTITY_FALSE_CAUSES)):
        for by_cause in counts[side].values():
            assert set(by_cause) <= set(causes)
    assert result["examples"] is not None
    missed_dev = sum(n for by_cause in counts["missed"].values() for n in by_cause.values())
    scored = se.score(("dev",))["parts"]["dev"]["kinds"]
    assert missed_dev == sum(scored[k]["gold"] - scored[k]["tp"] for k in se.ENTITY_KINDS)


def test_entity_causes_shows_no_labels_of_the_test_part():
    assert se.entity_causes("test")["examples"] is None

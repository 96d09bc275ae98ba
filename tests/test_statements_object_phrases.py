"""Objects a reader records as phrases the rules did not cut (issue 12, obj35: of the gold statements
missed on test, 105 of 214 had an object no recogniser names). A sentence that reports a result and
then, after ", but", a barrier ("found fewer presentations, but referrals remain low") was read as an
outcome only, so its barrier clause was never looked at; the split at ", but" was made only when the
barrier cue named the sentence. On train 3 barriers more, all right. The text is written here."""

from extracted import triples as _triples

RESULT_THEN_BARRIER = (
    "Riverbend Admission Avoidance Program: budget note\n\n"
    "The Riverbend Admission Avoidance Program helps people with chronic conditions stay out of hospital. "
    "An evaluation commissioned by the department found fewer emergency presentations among clients in the "
    "year after enrolment, but referrals from general practice remain low.")


def test_a_result_then_but_gives_the_barrier_after_but():
    found = _triples(RESULT_THEN_BARRIER, "riverbend")
    barriers = {o for _, p, o in found if p == "facesBarrier"}
    outcomes = {o for _, p, o in found if p == "hasOutcome"}
    assert "referrals from general practice remain low" in barriers
    assert any(o.startswith("fewer emergency presentations") for o in outcomes)
    assert not any("remain low" in o for o in outcomes)


# "Her work covers A, B, C and D": a worker's remit lists what the program does; "cover" reads a list only
# when one follows (a first item, then a comma and another), so "teams now cover the whole country" is no
# part. On train 4 components more, all right.
WORK_COVERS = (
    "Village Health Visitors Programme: budget statement\n\n"
    "The Village Health Visitors Programme trains women from their own villages as health visitors. "
    "Her work covers antenatal and postnatal care, family planning, immunization, and treatment of minor "
    "illnesses such as diarrhoea. About 900 visitors now cover the whole province, and more are in training.")


def test_a_workers_remit_after_covers_gives_its_items_as_components():
    found = _triples(WORK_COVERS, "village")
    parts = {o for _, p, o in found if p == "hasComponent"}
    assert {"antenatal and postnatal care", "family planning", "immunization",
            "treatment of minor illnesses"} <= parts
    assert not any("province" in o for o in parts)


# A state that stays bad, with an adverb between ("were also irregular", "has also been slow"): the copula
# cue allowed only "still" there and knew no "irregular". On train 2 barriers more, both right.
STAYS_BAD = (
    "Hillside Community Health Worker Programme: impact note\n\n"
    "The Hillside Community Health Worker Programme trains volunteers in every village of the district. "
    "Supervision visits were also irregular in remote sectors. "
    "Recruiting clinical pharmacists has also been slow.")


def test_a_state_that_stays_bad_with_also_is_a_barrier():
    found = _triples(STAYS_BAD, "hillside")
    barriers = {o for _, p, o in found if p == "facesBarrier"}
    assert any(b.startswith("Supervision visits were") and "irregular" in b for b in barriers)
    assert any(b.startswith("Recruiting clinical pharmacists") for b in barriers)


# Two barrier clauses joined by ", and" whose second subject is long or holds "and" ("cooperation between
# doctors and long-term care providers remains limited"): the split looked at most 6 words ahead, none of
# them "and" or "of", so both clauses stayed one label of 20 words. On train 3 barriers more, all right.
TWO_LONG_CLAUSES = (
    "Lakeside Integrated Care System: news\n\n"
    "The Lakeside Integrated Care System joins medical and long-term care in each municipality. "
    "Progress is uneven: rural municipalities struggle to find enough care workers, and cooperation between "
    "doctors and long-term care providers remains limited.")


def test_a_second_clause_with_a_long_subject_is_a_barrier_of_its_own():
    found = _triples(TWO_LONG_CLAUSES, "lakeside")
    barriers = {o for _, p, o in found if p == "facesBarrier"}
    assert "rural municipalities struggle to find enough care workers" in barriers
    assert "cooperation between doctors and long-term care providers remains limited" in barriers


# A sentence opening on fewer of something states a result without a verb of reporting ("Fewer households
# were pushed into poverty by health spending", a key facts line). On train 2 outcomes more, both right.
FEWER_OPENS = (
    "Riverside Coverage Scheme: key facts\n\n"
    "The Riverside Coverage Scheme gives every resident a registered primary care unit. "
    "Fewer households were pushed into poverty by health spending.")


def test_a_sentence_opening_on_fewer_is_an_outcome():
    found = _triples(FEWER_OPENS, "riverside")
    outcomes = {o for _, p, o in found if p == "hasOutcome"}
    assert any(o.lower().startswith("fewer households") and "poverty" in o for o in outcomes)

"""Statement rules for constructions of English that the dev and train documents use and the rules
missed (issue 12, helper stmt33): what a program has done since a year, two clauses joined by ", and",
more verbs of hindering, a barrier noun that opens a sentence, a list of places, a place that starts the
program, and the writers' own period. Each text is written here for the test, about an invented
program."""

from extracted import triples as _triples


def test_a_year_after_since_in_what_the_program_has_done_is_its_start():
    text = ("The Riverside Care Network is a programme for older people. The network has offered home visits "
            "to frail residents of two towns since March 2011.")
    assert ("Riverside Care Network", "yearEstablished", 2011) in _triples(text, "riverside")


def test_a_year_after_since_beyond_a_comma_is_not_the_programs_start():
    text = ("The Riverside Care Network is a programme for older people. Patients are referred to clinics, "
            "all run by the regional board, and since 2018 every patient has one electronic record.")
    years = {o for s, p, o in _triples(text, "riverside") if p == "yearEstablished"}
    assert 2018 not in years


def test_two_clauses_joined_by_and_are_two_barriers():
    text = ("The Riverside Care Network is a programme for older people. The workforce of district nurses is "
            "ageing, and rural practices find it hard to recruit.")
    barriers = {o for s, p, o in _triples(text, "riverside") if p == "facesBarrier"}
    assert "rural practices find it hard to recruit" in barriers
    assert not any(", and " in b for b in barriers)


def test_what_could_weaken_the_program_is_one_barrier_each():
    text = ("The Riverside Care Network is a programme for older people. Staff warned that regional budget "
            "cuts and the retirement of the founding nurses could weaken it.")
    barriers = {o for s, p, o in _triples(text, "riverside") if p == "facesBarrier"}
    assert {"regional budget cuts", "retirement of the founding nurses"} <= barriers


def test_a_list_said_to_remain_challenges_is_one_barrier_each():
    text = ("The Riverside Care Network is a programme for older people. Staff shortages and the slow "
            "rollout of shared records remain challenges.")
    barriers = {o for s, p, o in _triples(text, "riverside") if p == "facesBarrier"}
    assert {"Staff shortages", "slow rollout of shared records"} <= barriers


def test_a_sentence_opening_on_a_barrier_noun_names_the_barrier():
    text = ("The Riverside Care Network is a programme for older people. Delays in the recruitment of "
            "community nurses have been reported by both towns.")
    barriers = {o for s, p, o in _triples(text, "riverside") if p == "facesBarrier"}
    assert "Delays in the recruitment of community nurses" in barriers


def test_a_barrier_noun_said_to_be_overcome_is_no_barrier():
    text = ("The Riverside Care Network is a programme for older people. Problems with the referral form were "
            "resolved in the first year.")
    barriers = {o for s, p, o in _triples(text, "riverside") if p == "facesBarrier"}
    assert not any(b.startswith("Problems with") for b in barriers)


def test_the_writers_own_period_is_not_the_programs_start_and_end():
    text = ("The Riverside Care Network is a programme for older people. We reviewed referrals from 2016 to "
            "2019 in both towns.")
    found = _triples(text, "riverside")
    assert not {(p, o) for s, p, o in found if p in ("yearEstablished", "yearEnded")} & {
        ("yearEstablished", 2016), ("yearEnded", 2019)}


def test_a_condition_screened_for_in_a_result_is_not_the_programs_focus():
    text = ("The Riverside Care Network is a programme for older people. After two years, screening for "
            "diabetes increased among enrolled residents.")
    conditions = {o for s, p, o in _triples(text, "riverside") if p == "focusesOnCondition"}
    assert "diabetes" not in conditions


def test_a_program_in_a_list_of_places_is_in_each_of_them():
    text = ("The Riverside Care Network is a programme for older people. The Riverside Care Network works in "
            "the Barwon South West, Gippsland, Grampians and Hume regions.")
    places = {o for s, p, o in _triples(text, "riverside") if p == "locatedIn"}
    assert {"Gippsland", "Grampians", "Hume"} <= places


def test_a_place_that_begins_the_program_is_its_place():
    text = ("The Riverside Care Network is a programme for older people. The Emilia-Romagna region began "
            "opening its hubs in 2010.")
    places = {o for s, p, o in _triples(text, "riverside") if p == "locatedIn"}
    assert "Emilia-Romagna" in places

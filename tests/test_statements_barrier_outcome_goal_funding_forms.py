"""Funding models, goals, outcomes and barriers in the words writers use for them (issue 12, session 42, bar42): a
funding model named by a synonym, a payment per head, a pooling verb or a sum given; a goal said as what a program is
expected to bring about, what a service stands in for, or what a model tests; a barrier read after a run-in heading's
colon and known by the forms a reader writes it in, with the response that answers it; a result known without the
people it was of. Each construction is pinned with a sentence it must read and, where a near one must be left, that
one too. The texts are written here."""

from extracted import statements as _statements
from extracted import triples as _triples

ICKG = "https://w3id.org/ickg/ontology/"

FUNDING = (
    "The Harbour Care Alliance: a briefing\n\n"
    "The Harbour Care Alliance joins the hospital, general practices and the county's social services. "
    "The Harbour Care Alliance keeps a share of the savings when spending falls below its benchmark. "
    "The Harbour Care Alliance is paid a fixed monthly amount for each member. "
    "The Harbour Care Alliance pools commissioning budgets with the county council. "
    "The regional government will invest $40 million over four years in the Harbour Care Alliance. "
    "The Harbour Care Alliance saved $3 million in its first year.")


def _funding(text):
    return {s["object"]["label"]: s["object"]["type"].rsplit("/", 1)[1]
            for s in _statements(text, "harbour") if s["predicate"] == ICKG + "hasFundingModel"}


def test_a_share_of_the_savings_is_shared_savings_known_by_its_class_label():
    found = [s["object"] for s in _statements(FUNDING, "harbour") if s["predicate"] == ICKG + "hasFundingModel"
             and s["object"]["type"] == ICKG + "SharedSavings"]
    assert found and "shared savings" in found[0].get("aliases", [])


def test_a_fixed_amount_for_each_member_is_capitation():
    assert _funding(FUNDING).get("fixed monthly amount for each member") == "Capitation"


def test_pooling_budgets_said_with_the_verb_is_a_pooled_budget():
    assert _funding(FUNDING).get("pools commissioning budgets") == "PooledBudget"


def test_a_sum_invested_is_funding_and_a_sum_saved_is_not():
    funding = _funding(FUNDING)
    assert "$40 million over four years" in funding
    assert not any("$3 million" in label for label in funding)


GOALS = (
    "Lakeside Neighbourhood Teams: a note\n\n"
    "The Lakeside Neighbourhood Teams bring nurses and social workers into each general practice. "
    "The Lakeside Neighbourhood Teams are expected to reduce emergency admissions of frail older people. "
    "Patients are expected to see their family doctor first. "
    "The Lakeside Neighbourhood Teams provide nursing care at home as a substitute for a hospital admission.")


def test_what_a_program_is_expected_to_change_is_a_goal():
    goals = {o for _, p, o in _triples(GOALS, "lakeside") if p == "hasGoal"}
    assert "reduce emergency admissions of frail older people" in goals


def test_what_its_patients_are_expected_to_do_is_no_goal():
    goals = {o for _, p, o in _triples(GOALS, "lakeside") if p == "hasGoal"}
    assert not any("family doctor" in g for g in goals)


def test_what_a_service_stands_in_for_is_its_goal():
    goals = {o for _, p, o in _triples(GOALS, "lakeside") if p == "hasGoal"}
    assert "substitute for a hospital admission" in goals


TESTED = (
    "The Bridgeway Model: a notice\n\n"
    "The Bridgeway Model tests whether screening patients for housing and food needs reduces emergency visits.")


def test_what_a_model_tests_is_its_goal_in_the_base_form():
    goals = {o for _, p, o in _triples(TESTED, "bridgeway") if p == "hasGoal"}
    assert "reduce emergency visits" in goals


BARRIERS = (
    "Northfield Community Health Workers: a review\n\n"
    "The Northfield Community Health Workers programme trains local people to visit households. "
    "Participants named two barriers: the high turnover of community health workers, and supplies that arrive "
    "months late. "
    "To counter turnover, the district has offered higher stipends in remote villages. "
    "Supervision is weak in remote villages, according to the review. "
    "Simplify the forms: the time needed to complete the visit forms is a real obstacle for the workers.")


def _barriers(text):
    return [s["object"] for s in _statements(text, "northfield") if s["predicate"] == ICKG + "facesBarrier"]


def test_a_response_named_with_the_barrier_it_answers_mitigates_it():
    mitigated = {(s, o) for s, p, o in _triples(BARRIERS, "northfield") if p == "mitigatedBy"}
    assert ("high turnover of community health workers", "higher stipends in remote villages") in mitigated


def test_a_listed_barrier_is_known_also_with_its_relative_clause():
    forms = {x for b in _barriers(BARRIERS) for x in [b["label"], *b.get("aliases", [])]}
    assert "supplies that arrive months late" in forms


def test_a_barrier_said_as_a_clause_is_known_with_its_adjective_first():
    forms = {x for b in _barriers(BARRIERS) for x in [b["label"], *b.get("aliases", [])]}
    assert any(x.startswith("weak supervision in remote villages") for x in forms)


def test_a_run_in_heading_before_a_colon_is_no_barrier():
    labels = {b["label"] for b in _barriers(BARRIERS)}
    assert not any(label.startswith("Simplify") for label in labels)
    assert any("time needed to complete the visit forms" in label for label in labels)


RESULTS = (
    "The Riverside Care Programme: evaluation summary\n\n"
    "The Riverside Care Programme gives older people a named nurse. "
    "An evaluation found that patients in the Riverside Care Programme rated their care higher than patients in "
    "usual care.")


def test_a_result_is_known_also_without_whom_it_was_of():
    results = [s["object"] for s in _statements(RESULTS, "riverside") if s["predicate"] == ICKG + "hasOutcome"]
    forms = {x for r in results for x in [r["label"], *r.get("aliases", [])]}
    assert any(x.startswith("patients rated their care higher") for x in forms)


HEDGE = (
    "The Westbrook Hospital Elder Programme: annual report\n\n"
    "Volunteer turnover was the main difficulty for the Westbrook Hospital Elder Programme: the programme could "
    "not cover weekends in one hospital.")


def test_could_not_is_no_hedge():
    hedges = [s.get("hedge") for s in _statements(HEDGE, "westbrook") if s.get("hedge")]
    assert not any(h["cue"].lower() == "could" for h in hedges)

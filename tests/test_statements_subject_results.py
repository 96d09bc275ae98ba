"""Which sentences are the program's, and what they say of it (issue 12, session 40, subj40). On train and dev
the sentences of most missed gold statements were already given the gold subject; where a sentence's subject is
not the program, or the program is the subject only by a program word, these constructions decide. Each is
pinned with a sentence it must read and one it must leave. The texts are written here."""

from extracted import triples as _triples


# A study named by its noun phrase ends where its verb begins: "An evaluation by X compared ..." is the evaluation by X.
STUDY_VERB = (
    "Harbour Family Support Programme: press statement\n\n"
    "The Harbour Family Support Programme gives every family with a newborn baby three home visits. "
    "An evaluation by the Riverside Health Institute compared 12 visited districts with 12 similar districts.")
STUDY_RELATIVE = (
    "Harbour Family Support Programme: press statement\n\n"
    "The Harbour Family Support Programme gives every family with a newborn baby three home visits. "
    "An evaluation by the Riverside Health Institute of the districts that used the visits compared them with 12 "
    "similar districts.")


def _studies(text):
    return {s for s, p, _ in _triples(text, "harbour") if p == "evaluates"}


def test_a_study_named_before_its_verb_ends_at_the_verb():
    assert _studies(STUDY_VERB) == {"evaluation by the Riverside Health Institute"}


def test_a_study_is_not_cut_at_the_verb_of_its_relative_clause():
    assert _studies(STUDY_RELATIVE) == {"evaluation by the Riverside Health Institute of the districts that used the "
                                        "visits"}


# "Since 2008 ..." dates what the clause's subject has done since; it is the program's start only when that
# subject is the program: named, a program word, a pronoun or "we" (its operator).
SINCE_OTHER = (
    "Harbour Family Support Programme: country note\n\n"
    "The Harbour Family Support Programme gives every family with a newborn baby three home visits. "
    "Since 2008 a regional information system has held each family's records.")
SINCE_PROGRAM = (
    "Harbour Family Support Programme: country note\n\n"
    "The Harbour Family Support Programme gives every family with a newborn baby three home visits. "
    "Since 2011 the programme has visited families in every district of the region.")


def _years(text):
    return {o for _, p, o in _triples(text, "harbour") if p == "yearEstablished"}


def test_since_a_year_with_another_subject_is_no_start_of_the_program():
    assert 2008 not in _years(SINCE_OTHER)


def test_since_a_year_with_the_program_as_subject_is_its_start():
    assert 2011 in _years(SINCE_PROGRAM)


# The program, or its team, by a program word as the subject of what it does: the doing is one of its parts.
AT_WORK = (
    "Harbour Family Support Programme: how it works\n\n"
    "The Harbour Family Support Programme gives every family with a newborn baby three home visits. "
    "The team writes one plan for each family. "
    "The programme covers about 4,000 births a year.")


def _components(text):
    return {o for _, p, o in _triples(text, "harbour") if p == "hasComponent"}


def test_the_team_at_work_is_a_part_of_the_program():
    assert "writes one plan for each family" in _components(AT_WORK)


def test_what_the_program_covers_is_no_part_of_it():
    assert not any("births" in c for c in _components(AT_WORK))


# A program named later by the acronym the document defines for it ("the Accountable Care Collaborative, or ACC")
# is the subject of the sentence that names it so, before another program the sentence names.
ACRONYM = (
    "From: Harbour Department of Health\nSubject: The next phase of the Harbour Care Collaborative\n\nDear partners,\n\n"
    "The Department is writing to explain the next phase of the Harbour Care Collaborative, or HCC.\n\n"
    "The HCC began in 2009 as the core of Coastal Health Plan, the region's Medicaid program.\n")


def test_a_program_named_by_its_defined_acronym_is_the_subject_of_its_sentence():
    years = {(s, o) for s, p, o in _triples(ACRONYM, "harbour") if p == "yearEstablished"}
    assert any(s.startswith("Harbour Care Collaborative") and o == 2009 for s, o in years)
    assert ("Coastal Health Plan", 2009) not in years

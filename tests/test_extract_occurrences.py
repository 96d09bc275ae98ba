"""ickg.extract.occurrences answers as the searches it replaces: ``str.find`` per span and string."""

import random

from ickg.extract.occurrences import any_within, holds_any, may_hold, spans_of, starts


def _texts():
    rng = random.Random(43)
    alphabet = "ab ,.\nİi"                      # a few letters, so that the strings occur, overlap and abut
    yield ""
    yield "aaaa"
    yield "ab ab, ab.\naab"
    for _ in range(300):
        yield "".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 60)))


def test_starts_are_every_occurrence_overlapping_ones_too():
    for text in _texts():
        for string in ("a", "aa", "ab", " a", "b, ", "İi"):
            assert starts(text, string) == [i for i in range(len(text)) if text.startswith(string, i)]


def test_any_within_answers_as_a_find_per_span():
    strings = ("aa", "b,", " a", "ab ", "i")
    for text in _texts():
        spans = spans_of(text, strings)
        assert spans == sorted(spans)
        for start in range(len(text) + 2):
            for end in range(max(0, start - 1), len(text) + 3):   # spans of a text: never negative
                assert any_within(spans, start, end) == any(text.find(s, start, end) >= 0 for s in strings), \
                    (text, start, end)


def test_a_sentence_without_an_institution_head_is_passed_over_and_one_with_it_is_read():
    from ickg.extract.actors import find_actor_nouns

    text = "The nurses visit patients at home. The local health boards fund the visits."
    first = (0, text.index(".") + 1)
    second = (first[1] + 1, len(text))
    found = find_actor_nouns(text, [first, second])
    assert [e.name for e in found] and all(second[0] <= e.start < second[1] for e in found)
    assert find_actor_nouns(text, [first]) == []


def test_holds_any_answers_as_an_in_test_per_string():
    """The one alternation finds a string wherever ``in`` does: on random texts (strings that overlap, abut and
    hold the characters a pattern would read as syntax), and with the guards find_programs and the places ask
    it of, over every training document of benchmarks/eval."""
    from pathlib import Path

    from ickg.extract import places
    from ickg.extract.readers import read_source
    from ickg.extract.statements import program_names

    made = [("a", "aa", "ab"), ("b,", " a", "İi"), (".", "a.b", "(a", "a|b", "*", "[", "\\")]
    for text in _texts():
        for strings in made:
            assert holds_any(text, strings) == any(s in text for s in strings)
    guards = [program_names._NAMED_HEAD_WORDS, program_names._FOREIGN_PROGRAM_WORDS, program_names._DESCRIBED_FIRST_WORDS,
              program_names._CALLED_WORDS, places._HEADED_WORDS, places._LOWER_WORDS, places._MORE_WORDS]
    folder = Path(__file__).resolve().parent.parent / "benchmarks" / "eval" / "train" / "documents"
    answers = set()
    for path in sorted(folder.iterdir()):
        text = read_source(path).text
        for strings in guards:
            held = holds_any(text, strings)
            assert held == any(s in text for s in strings), (path.name, strings)
            answers.add(held)
    assert answers == {True, False}


def test_a_list_of_cues_told_absent_by_one_scan_is_absent_and_its_spans_as_found_by_find():
    """``may_hold`` says False only for a text without any of the strings (five or more, none opening on a small
    letter: told by one scan), and ``spans_of`` of such a list is what a find per string gives."""
    cues = (" a", "İi", ", b", "B.", " ab", ".\n")
    told_absent = 0
    for text in _texts():
        present = any(c in text for c in cues)
        assert may_hold(text, cues) or not present
        told_absent += not may_hold(text, cues)
        assert spans_of(text, cues) == sorted((i, i + len(c)) for c in cues for i in starts(text, c))
    assert told_absent > 0
    assert may_hold("no cue here", ("a", "b", "c", "d", "e")) is True      # small letters: left to the finds

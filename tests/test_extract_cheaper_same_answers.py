"""Extraction's cheaper forms of a search give the answers of the search they replace (issue 13, ext42).

- actors' population pattern looks ahead for its head word before it splits the words between "with"
  and the head (``actors._POP_WITH``): the look-ahead only says where no match can be, so the pattern
  finds what it found without it, a head inside a word ("prediabetes") and a head after "and ..." included;
- ``actors._people_with`` searches its pattern only just before each " with ";
- ``places._previous_word`` reads the word before a place back from the slice's end.
"""

import random
import re
from pathlib import Path

from ickg.extract import actors, places
from ickg.extract.readers import read_source

GUARD = "(?=[\\w'’\\- ]*?" + actors._POP_WITH_HEAD + ")"

MADE = ("Older people with complex care needs and patients with prediabetes were enrolled. "
        "The programme serves people with many different long-standing and overlapping difficulties, "
        "adults living with dementia, residents affected by poverty and patients with mental and physical "
        "health problems; people with a learning disability or care needs; patients with diabetes, and "
        "veterans at high risk of hospitalisation. People with no named head at all here stay unmatched.")


def _spans(pattern, text):
    return [m.span() for m in pattern.finditer(text)]


def test_the_population_pattern_with_its_head_look_ahead_finds_what_it_found_without():
    with_guard = actors._POPULATION.pattern
    assert with_guard.count(GUARD) == 2          # both places _POP_WITH is used
    without = re.compile(with_guard.replace(GUARD, ""))
    guarded = re.compile(with_guard)
    folder = Path(__file__).resolve().parent.parent / "benchmarks" / "eval" / "train" / "documents"
    texts = [MADE] + [read_source(p).text for p in sorted(folder.iterdir())[:40]]
    found = 0
    for text in texts:
        spans = _spans(without, text)
        assert _spans(guarded, text) == spans
        found += len(spans)
    assert found > 40
    assert "patients with prediabetes" in [MADE[s:e].lower() for s, e in _spans(guarded, MADE)]


def test_people_with_searched_near_each_with_answers_as_the_search_of_the_whole_span():
    """``actors._people_with`` searches _PEOPLE_WORD only just before each " with ": the same answer as
    the search of the whole span, for every span of the made text and of training documents, a match at a
    span's edge ("Individuals diagnosed with " cut by the span's start or end) included."""
    folder = Path(__file__).resolve().parent.parent / "benchmarks" / "eval" / "train" / "documents"
    texts = [MADE, "INDIVIDUALS diagnosed with x; men with y", "women living with z"] + \
        [read_source(p).text for p in sorted(folder.iterdir())[:15]]
    seen = 0
    for text in texts:
        step = 1 if len(text) < 400 else 37
        for start in range(0, len(text), step):
            for end in range(start, min(len(text), start + 300) + 1, 1 if len(text) < 400 else 13):
                whole = bool(" with " in text[start:end] and actors._PEOPLE_WORD.search(text, start, end))
                assert actors._people_with(text, start, end) == whole, (start, end)
                seen += whole
    assert seen > 100


def test_the_word_before_a_place_read_back_is_what_the_pattern_found():
    """``places._previous_word`` of a slice: the start and word of the leftmost match of
    (?<![\\w'’&])([\\w'’&]+)[ \\t]+$, or None: made edge cases (a last line break, two, none; a word of
    digits, an apostrophe, an ampersand, an underscore, letters beyond ASCII; a no-break space) and the
    40 characters before every capital of training documents."""
    pattern = re.compile(r"(?<![\w'’&])([\w'’&]+)[ \t]+$")

    def searched(before):
        m = pattern.search(before)
        return m and (m.start(), m.group(1))

    folder = Path(__file__).resolve().parent.parent / "benchmarks" / "eval" / "train" / "documents"
    slices = ["word ", "word\t \n", "word \n\n", "word\n", " ", "", "\n", "a_b’c&d  ", "x, y  ", "NHS  \n",
              "Québec ", "١٢ ", "x ²  ", "ab\u00a0 ", "ab \u2028", "in Northern "]
    for p in sorted(folder.iterdir())[:20]:
        text = read_source(p).text
        slices += [text[max(0, i - 40):i] for i, ch in enumerate(text) if ch.isupper()]
    assert sum(1 for s in slices if searched(s)) > 500
    for before in slices:
        assert places._previous_word(before) == (searched(before) or None), before


def test_the_place_spans_another_holds_are_those_a_test_of_every_pair_finds():
    """``places._inside_another`` against the test of every pair it replaced, on random span sets
    (nested, equal starts, equal ends, abutting) and on the place spans of training documents."""
    rng = random.Random(43)
    sets = []
    for _ in range(5000):
        spans = set()
        for _ in range(rng.randrange(0, 14)):
            a = rng.randrange(0, 25)
            spans.add((a, a + rng.randrange(1, 9)))
        sets.append(list(spans))
    folder = Path(__file__).resolve().parent.parent / "benchmarks" / "eval" / "train" / "documents"
    for p in sorted(folder.iterdir())[:20]:
        text = read_source(p).text
        spans = [(m.start, m.end) for m in places.find_places(text)]
        spans += [(m.start, m.end) for m in places.find_jurisdictions(text)]
        sets.append(list(dict.fromkeys(spans)))
    held = 0
    for spans in sets:
        pairs = [k for k in spans if any(s < k[0] and k[1] <= e or s <= k[0] and k[1] < e for s, e in spans)]
        assert sorted(places._inside_another(spans)) == sorted(pairs), spans
        held += len(pairs)
    assert held > 1000




def test_the_name_runs_patterns_asked_behind_their_first_characters_answer_as_before():
    """``actors.find_named`` asks ``_NUMBER_WORD`` of a run's words only when a word opens on a character
    it can open with, and ``_ACT_AFTER`` only where " (" follows the run: for every run of the sentences of
    training documents (and made ones), the same answers as the patterns asked of every run."""
    texts = ["Thirty-one Primary Health Networks were set up. The Care Act (Scotland) Act 2014 passed.",
             "Twenty Seven Hospitals and the Health Board (Wales) Order 2009 apply. One Two Three.",
             "Da Nang and Đà Nẵng City serve Sixty Farms. Of the visits, Seven were late, Eighty-two on time and Forty-one early."]
    texts += _training_texts()
    numbers = acts = runs = 0
    for text in texts:
        for start, end, words in actors._runs(text, 0, len(text)):
            runs += 1
            plain = all(actors._NUMBER_WORD.fullmatch(w) for w in words if w not in actors._CONNECT)
            guarded = all(w[:1] in actors._NUMBER_STARTS and actors._NUMBER_WORD.fullmatch(w)
                          for w in words if w not in actors._CONNECT)
            assert bool(plain) == bool(guarded), words
            act = actors._ACT_AFTER.match(text, end, end + 60)
            assert bool(act) == bool(text.startswith(" (", end) and act), text[end:end + 60]
            numbers += bool(plain)
            acts += bool(act)
    assert runs > 400 and numbers >= 2 and acts >= 2


def _training_texts(n=25):
    folder = Path(__file__).resolve().parent.parent / "benchmarks" / "eval" / "train" / "documents"
    return [read_source(p).text for p in sorted(folder.iterdir())[:n]]


def test_the_confidence_weighs_the_conjoined_features_by_the_predicates_table_to_the_same_float():
    """``set_confidence`` looks the conjoined features' weights up by the plain names in the predicate's own
    table instead of making "predicate|name": over 25 training documents every statement's sum is the float
    the sum of :func:`features`' names gives, and its confidence what :func:`probability` gives."""
    from ickg.extract.document import extract_text
    from ickg.extract.statements import confidence, reading

    kept = []
    original = reading.set_confidence

    def keeping(ctx, statements):
        original(ctx, statements)
        kept.append((ctx, list(statements)))
    reading.set_confidence = keeping
    try:
        for i, text in enumerate(_training_texts()):
            extract_text(text, stem=f"t{i}", file_name=f"t{i}.txt", sha256="0" * 64)
    finally:
        reading.set_confidence = original
    checked = 0
    for ctx, statements in kept:
        named = confidence.features(ctx, statements)
        own = confidence._own_features(ctx, statements)
        for st, names, (predicate, plain) in zip(statements, named, own):
            assert confidence.weighed(predicate, plain) == confidence.BIAS + sum(
                confidence.WEIGHTS.get(name, 0.0) for name in names)
            assert st.confidence == max(0.01, min(0.99, round(confidence.probability(
                names, confidence.WEIGHTS, confidence.BIAS), 2)))
            checked += 1
    assert checked > 200

"""The shortcuts taken for speed find exactly what the code they replace found.

- :func:`ickg.extract.statements._with_inserted_words` scans for a label's words with one word
  inserted between two of them, instead of compiling a regular expression per label: on random
  texts and labels (white space of several kinds, hyphens, underscores, punctuation, case) it
  returns the regex's match, or None when the regex finds none.
- :func:`ickg.extract.statements._name_spans`, :func:`_word_phrase_in` and :func:`_search_after`
  find a name by string search where a regular expression was compiled per name: on random
  texts they give the spans, the answer and the match the per-name regex gave.
- :func:`ickg.ntriples.string` escapes with ``str.replace``: the same text as the N-Triples
  escape table it replaced.
"""

import random
import re

from ickg.extract.statements import (_INSERTED, _SEAT_APPOSED, _SEAT_IN, _name_pattern, _name_spans,
                                     _search_after, _with_inserted_words, _word_phrase_in)
from ickg.ntriples import string

VOCABULARY = ["care", "Care", "CARE", "home", "the", "a", "co-ordinated", "self-management", "x_y", "(the",
              "care,", "9", "in", "-", "caree", "ho", "me"]
SEPARATORS = [" ", "  ", "\t", "\n", " - ", ", ", "-", "_", " \x1c "]


def regex_match(text, words, start, end):
    pattern = re.compile(r"(?<!\w)" + _INSERTED.join(re.escape(w) for w in words) + r"(?!\w)", re.I)
    m = pattern.search(text, start, end)
    return m.group() if m else None


def test_inserted_words_scan_finds_what_the_regex_finds():
    rng = random.Random(7)
    matched = inserted = 0
    for _ in range(4_000):
        tokens = [rng.choice(VOCABULARY) for _ in range(rng.randint(3, 12))]
        text = "".join(t + rng.choice(SEPARATORS) for t in tokens)
        k = rng.randint(0, len(tokens) - 3)
        words = tokens[k:k + rng.randint(3, 6)]
        if rng.random() < 0.7 and len(words) >= 3:
            del words[rng.randint(1, len(words) - 2)]        # the word tidy() dropped
        words = [w for w in words if w.split() == [w]]
        if len(words) < 2:
            continue
        start = rng.randint(0, len(text) // 3)
        end = rng.randint(start, len(text))
        expected = regex_match(text, words, start, end)
        assert _with_inserted_words(text, words, start, end) == expected, (text, words, start, end)
        matched += expected is not None
        inserted += expected is not None and len(expected.split()) > len(words)
    assert matched > 100 and inserted > 40     # the cases that matter were met


def test_inserted_words_scan_sees_the_character_before_the_search_start():
    text = "xcare at home"
    assert regex_match(text, ["care", "home"], 1, len(text)) is None
    assert _with_inserted_words(text, ["care", "home"], 1, len(text)) is None
    assert _with_inserted_words("care at home.", ["care", "home"], 0, 12) == "care at home"


def test_ntriples_string_escapes_as_the_escape_table_did():
    table = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})
    rng = random.Random(3)
    alphabet = ["\\", '"', "\n", "\r", "a", "n", "r", " ", "\u00e9", "\t", "'"]
    for _ in range(20_000):
        value = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert string(value) == '"' + value.translate(table) + '"'


NAME_WORDS = ["ab", "Ab", "c", "x1", "\u00e9", "a", "(b)"]
NAME_TEXT = ["ab", "Ab", "c", "_", " ", "  ", "\n", "-", "\u00e9", "x1", "\t", "\u00a0", "(b)", ", a ", " in ", "Oslo"]


def test_name_spans_find_what_the_per_name_regex_finds():
    rng = random.Random(11)
    found = 0
    for _ in range(20_000):
        name = " ".join(rng.choice(NAME_WORDS) for _ in range(rng.randint(2, 3)))
        text = "".join(rng.choice(NAME_TEXT) for _ in range(rng.randint(0, 30)))
        expected = [m.span() for m in _name_pattern(name).finditer(text)]
        assert _name_spans(text, name) == expected, (name, text)
        found += bool(expected)
    assert found > 80


def test_phrase_and_suffix_searches_find_what_the_per_name_regex_finds():
    rng = random.Random(12)
    hits = 0
    for _ in range(20_000):
        name = rng.choice(NAME_WORDS) + rng.choice(["", " " + rng.choice(NAME_WORDS)])
        text = "".join(rng.choice(NAME_TEXT) for _ in range(rng.randint(0, 30)))
        expected = re.search(r"(?<![\w])" + re.escape(name) + r"(?![\w])", text) is not None
        assert _word_phrase_in(text, name) == expected, (name, text)
        for pattern in (_SEAT_IN, _SEAT_APPOSED):
            m = re.search(re.escape(name) + pattern.pattern, text)
            got = _search_after(pattern, text, name)
            assert (got and (got.span("place"), got.group("place"))) == (m and (m.span("place"), m.group("place")))
            hits += m is not None
        hits += expected
    assert hits > 1000


def test_scheme_cue_words_are_in_every_match_of_their_cue():
    """A cue's pattern matches only where one of its words (SCHEME_CUE_WORDS) occurs: each of its
    alternatives, read as text (``\\b`` dropped), holds a word, matched case-sensitively."""
    from ickg.extract.lexicon import SCHEME_CUE_WORDS, SCHEME_CUES

    assert SCHEME_CUE_WORDS and set(SCHEME_CUE_WORDS) <= set(SCHEME_CUES)
    for scheme, words in SCHEME_CUE_WORDS.items():
        pattern = SCHEME_CUES[scheme]
        assert not pattern.flags & re.I, scheme
        for alternative in pattern.pattern.split("|"):
            literal = alternative.replace(r"\b", "")
            head = re.match(r"[^\\\[\](){}?*+.^$]*", literal).group()  # the literal text up to any other syntax
            assert any(w in head for w in words), (scheme, alternative)

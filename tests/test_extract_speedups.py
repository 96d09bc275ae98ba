"""The shortcuts taken for speed find exactly what the code they replace found.

- :func:`ickg.extract.statements.phrases._with_inserted_words` scans for a label's words with one word
  inserted between two of them, instead of compiling a regular expression per label: on random
  texts and labels (white space of several kinds, hyphens, underscores, punctuation, case) it
  returns the regex's match, or None when the regex finds none; in non-ASCII texts too, for
  ASCII words, where ``lower()`` finds them as re.I would.
- :func:`ickg.extract.statements.context._name_spans`, :func:`_word_phrase_in` and :func:`_search_after`
  find a name by string search where a regular expression was compiled per name: on random
  texts they give the spans, the answer and the match the per-name regex gave.
- :func:`ickg.extract.actors.word_uses` finds a whole word by string search where a pattern was
  compiled per name: the starts ``re.finditer`` gave, with ``\\w`` or ``[\\w\\-]`` as the boundary.
- :func:`ickg.extract.actors.ignorecase_uses` does the same in the lower-cased text for an re.I pattern.
- :func:`ickg.extract.actors._glossed_role` and :func:`_used_lower` answer as the per-name patterns did.
- :func:`ickg.extract.statements.program_names._term_in_body` skips its per-title patterns when the lower-cased
  text shows they cannot match: the answer the patterns give, on random texts; and lower() agrees
  with re.I on ASCII phrases in any text without the four characters it checks for.
- :func:`ickg.extract.statements.hedges._hedge_of` skips a hedge pattern when the span has none of its
  words: the cue every pattern tried in turn gives, on random texts.
- :func:`ickg.extract.statements.places._subject_referred` searches with its program words' patterns
  compiled once: the answer of the pattern it built per call, on random sentences.
- :data:`ickg.extract.statements.reading._WRAP` opens on the line break: the text the look-behind-first
  pattern made, on random texts.
- :func:`ickg.ntriples.string` escapes with ``str.replace``: the same text as the N-Triples
  escape table it replaced.
"""

import random
import re

from ickg.extract.actors import _ROLE_NOUN, FOLDS_TO_ASCII, _glossed_role, _used_lower, ignorecase_uses, word_uses
from ickg.extract.statements.context import _name_pattern, _name_spans, _search_after, _word_phrase_in
from ickg.extract.statements.phrases import _INSERTED, _with_inserted_words
from ickg.extract.statements.places import _SEAT_APPOSED, _SEAT_IN
from ickg.extract.statements.hedges import _HEDGES, _MODALS, _hedge_of
from ickg.extract.statements.program_names import _term_in_body, _term_in_body_by_patterns
from ickg.extract.statements.reading import _WRAP
from ickg.extract.statements.statement import QUALIFIER
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


NON_ASCII_VOCABULARY = ["care", "Care", "home", "the", "Pflege", "Straße", "ÄRZTE", "café", "coordinación", "’s", "ü",
                        "co‑ordinated", "x_y", "9", "٣", "in"]
NON_ASCII_SEPARATORS = [" ", "\u00a0", "\u2009", "\u3000", " – ", ", ", "-", "’", " \x1c "]


def test_inserted_words_scan_finds_what_the_regex_finds_in_non_ascii_text():
    """label_forms takes the scan for ASCII words in any text where lower() finds them as re.I
    would (lower_is_ignorecase): non-ASCII letters, digits and spaces around them change nothing."""
    from ickg.extract.actors import lower_is_ignorecase

    rng = random.Random(11)
    matched = inserted = 0
    for _ in range(4_000):
        tokens = [rng.choice(NON_ASCII_VOCABULARY) for _ in range(rng.randint(3, 12))]
        text = "".join(t + rng.choice(NON_ASCII_SEPARATORS) for t in tokens)
        k = rng.randint(0, len(tokens) - 3)
        words = [w for w in tokens[k:k + rng.randint(3, 6)] if w.isascii()]
        if rng.random() < 0.7 and len(words) >= 3:
            del words[rng.randint(1, len(words) - 2)]
        words = [w.upper() if rng.random() < 0.2 else w for w in words if w.split() == [w]]
        if len(words) < 2:
            continue
        start = rng.randint(0, len(text) // 3)
        end = rng.randint(start, len(text))
        assert lower_is_ignorecase(text)
        expected = regex_match(text, words, start, end)
        assert _with_inserted_words(text, words, start, end) == expected, (text, words, start, end)
        matched += expected is not None
        inserted += expected is not None and len(expected.split()) > len(words)
    assert matched > 100 and inserted > 20


def test_label_forms_reads_a_text_with_a_character_re_i_folds_to_ascii_by_the_regex():
    """Where lower() and re.I part ("\u017f" is an "s" to re.I, not to lower()), the regex decides."""
    from ickg.extract.statements import label_forms

    text = "better \u017fervices care at home"
    assert regex_match(text, ["better", "care", "at", "home"], 0, len(text)) == text
    assert _with_inserted_words(text, ["better", "care", "at", "home"], 0, len(text)) is None
    assert text in label_forms("better care at home", text, 0, len(text))


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


def test_word_uses_finds_the_starts_the_whole_word_pattern_finds():
    rng = random.Random(13)
    alphabet = ["a", "b", " ", "-", "_", "1", "\u00e9", ".", "\u0663", "ab", "(b)"]
    found = 0
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        name = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 2)))
        for hyphen in (False, True):
            bound = r"[\w\-]" if hyphen else r"[\w]"
            expected = [m.start() for m in re.finditer(rf"(?<!{bound}){re.escape(name)}(?!{bound})", text)]
            assert word_uses(name, text, hyphen) == expected, (name, text, hyphen)
            found += len(expected) > 1
    assert found > 1000


def test_ignorecase_uses_finds_the_starts_the_ignorecase_pattern_finds():
    rng = random.Random(15)
    alphabet = ["a", "B", "s", "K", " ", "-", "_", "\u00e9", "\u00c9", ".", *FOLDS_TO_ASCII, "ab", "AB"]
    found = 0
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        name = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 2)))
        expected = [m.start() for m in re.finditer(r"(?<![\w\-])" + re.escape(name) + r"(?![\w\-])", text, re.I)]
        assert ignorecase_uses(name, text) == expected, (name, text)
        found += bool(expected) and text.lower().find(name.lower()) != expected[0]    # a case or a bound told
    assert found > 100


def test_glossed_role_and_lower_use_answer_as_the_per_name_patterns_did():
    rng = random.Random(16)
    chunks = ["a", "care", "technical", "assistant", "assistants", "nurse", " ", " ", "(", ")", "s)", "ATAP", "Atap",
              "atap", "-", "_", "\u00e9", "\n", "A.", ".a", "technical assistant (", " nurses (", "Care aides ("]
    glossed = used = 0
    for _ in range(20_000):
        text = "".join(rng.choice(chunks) for _ in range(rng.randint(0, 16)))
        name = rng.choice(["ATAP", "Atap", "A.", ".a", "a-", "care"])
        expected = re.search(rf"\b[a-z][\w\-]*[ ]{_ROLE_NOUN}[ ]\({re.escape(name)}s?\)", text) is not None
        assert _glossed_role(text, name) == expected, (text, name)
        lower = re.search(rf"\b{re.escape(name.lower())}\b", text) is not None
        assert _used_lower(name, text) == lower, (text, name)
        glossed += expected
        used += lower
    assert glossed > 10 and used > 1000


def test_term_in_body_answers_as_its_patterns_do():
    rng = random.Random(14)
    words = ["social prescribing", "Social Prescribing", "SOCIAL PRESCRIBING", "service", "Service", "framework",
             "the", "The", "This", "its", "for", "of", "is", "\u2022", "\u0131", "\u017f", "care", "-", ".", "\n"]
    found = 0
    for _ in range(6_000):
        title = rng.choice(["Social prescribing", "social prescribing", "Care model"])
        body = " ".join(rng.choice(words) for _ in range(rng.randint(0, 14)))
        text = f"{title}: a review\n{body}"
        x = rng.choice(["social prescribing", "Social prescribing", "care"])
        expected = _term_in_body_by_patterns(text, x, 0, len(title) + 10)
        assert _term_in_body(text, x, 0, len(title) + 10) == expected, (text, x)
        found += expected is not None
    assert found > 100


def test_lower_agrees_with_ignorecase_on_ascii_but_for_four_characters():
    others = "".join(chr(c) for c in range(128, 0x110000) if not 0xD800 <= c < 0xE000)
    assert set(re.findall(r"[ -~]", others, re.I)) == set(FOLDS_TO_ASCII)    # what re.I takes for ASCII
    assert {c for c in others if len(c.lower()) != 1 or c.lower().isascii()} <= set(FOLDS_TO_ASCII)


def _hedge_by_every_pattern(text, start, end, follow):
    for patterns in (_HEDGES, [(_MODALS, "hedged")]):
        for span in [span for span in ((start, end), follow) if span]:
            for pattern, qualifier in patterns:
                m = pattern.search(text, span[0], span[1])
                if m:
                    return {"cue": m.group(), "qualifier": QUALIFIER + qualifier}
    return None


def test_hedge_words_skip_only_patterns_that_cannot_match():
    rng = random.Random(17)
    words = ["preliminary", "Early", "results", "aims", "to", "is", "expected", "in the hope that", "Likely",
             "unlikely", "it is unclear", "has not been", "evaluated", "cannot be attributed", "suggests", "may",
             "May", "could", "2likely", "seems", "\u0131", "\u017f", "\u00e9", "care", ".", "-", "\n"]
    hedged = 0
    for _ in range(6_000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 12)))
        cut = rng.randint(0, len(text))
        follow = (cut, len(text)) if rng.random() < 0.5 else None
        expected = _hedge_by_every_pattern(text, 0, cut, follow)
        assert _hedge_of(text, 0, cut, follow) == expected, (text, cut, follow)
        hedged += expected is not None
    assert hedged > 2000


def test_wrap_pattern_opening_on_the_line_break_unwraps_as_before():
    before = re.compile(r"(?<=[^\n.:;!?])\n(?=[a-z0-9(“\"'’])|(?<=,)\n(?=[A-Z])")
    rng = random.Random(18)
    alphabet = ["\n", "a", "A", ",", ".", "1", "(", "“", "'", "’", " ", "\u00e9", '"', ":", "!"]
    changed = 0
    for _ in range(50_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8)))
        assert _WRAP.sub(" ", text) == before.sub(" ", text), text
        changed += before.sub(" ", text) != text
    assert changed > 2000


def test_gap_kind_fast_path_answers_as_the_gap_patterns_do():
    """A one-character gap of a space or hyphen is read without _GAP_SPACE; every gap of a few
    characters gives what the two patterns alone gave."""
    from ickg.extract.lexicon import _GAP_COMMA, _GAP_SPACE, _gap_kind

    def by_patterns(gap):
        if _GAP_SPACE.fullmatch(gap):
            return " "
        return "," if _GAP_COMMA.fullmatch(gap) else None

    rng = random.Random(5)
    alphabet = [" ", "-", ",", "\n", "\t", "/", "\r", "x", "–", "."]
    gaps = [""] + alphabet + ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 4))) for _ in range(3000)]
    for gap in gaps:
        text = "ab" + gap + "cd"
        assert _gap_kind(text, 2, 2 + len(gap)) == by_patterns(gap), repr(gap)


def test_searched_cue_is_the_search_and_a_new_text_forgets_the_old_spans():
    """``searched`` and ``cue`` give ``pattern.search`` of the span; the tables they keep belong to
    one text, so an equal span of another text is searched afresh."""
    from ickg.extract.statements.cues import _BARRIER_CUES, cue, searched, words_of

    first = "Staff shortages were a barrier to the programme."
    second = "The programme improved access to care for all."
    span = (0, min(len(first), len(second)))
    assert searched(_BARRIER_CUES, first, *span).group() == _BARRIER_CUES.search(first, *span).group()
    assert cue(_BARRIER_CUES, first, *span).span() == _BARRIER_CUES.search(first, *span).span()
    assert "barrier" in words_of(first, *span)
    assert searched(_BARRIER_CUES, second, *span) is None and cue(_BARRIER_CUES, second, *span) is None
    assert "barrier" not in words_of(second, *span) and "improved" in words_of(second, *span)


def test_pattern_tables_are_keyed_by_the_patterns_identity():
    """The guard tables are looked up by ``id(pattern)`` (hashing a compiled pattern hashes its whole
    program: 3 µs for a cue's, on each look-up); every guarded pattern is found by its id."""
    from ickg.extract.statements import cues as st, hedges, organizations

    cues = [st._BARRIER_CUES, st._OUTCOME_VERBS, st._GOAL_CUES, st._STUDY_SENTENCE, st._ESTABLISHED, st._SHOULD,
            st._RECOMMEND]
    assert set(st._GUARDS) == {id(p) for p in cues}
    assert set(organizations._ACTOR_RULE_WORDS) == {id(p) for _, p in organizations._ACTOR_RULES}
    assert set(hedges._HEDGE_WORDS) == {id(p) for p, _ in hedges._HEDGES} | {id(hedges._MODALS)}


def test_program_patterns_match_only_where_their_sentence_guard_words_are():
    """find_programs searches a sentence with _IS_A_MODEL only when it holds " is a" or " was a", and
    with _LOWER_PROGRAM only when it holds one of _LOWER_PROGRAM_HEADS: every match holds them."""
    from ickg.extract.statements.program_names import _IS_A_MODEL, _LOWER_PROGRAM, _LOWER_PROGRAM_HEADS

    rng = random.Random(11)
    words = ["The", "the", "Its", "a", "an", "Care", "Network", "of", "is", "was", "care", "programme", "programs",
             "model", "was", "system", "systems", "pilot", "reforms", "initiative", "scheme", "new", "local", "(CN)",
             "integrated", "Model", "has", "Program"]
    seen = [0, 0]
    for _ in range(20_000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(2, 12)))
        for m in _IS_A_MODEL.finditer(text):
            seen[0] += 1
            assert " is a" in m.group() or " was a" in m.group(), text
        for m in _LOWER_PROGRAM.finditer(text):
            seen[1] += 1
            assert any(w in m.group() for w in _LOWER_PROGRAM_HEADS), text
    assert min(seen) > 30


def test_sentence_rules_skip_only_sentences_their_patterns_cannot_match():
    """rule_period, rule_actors' founder and rule_hindered search a sentence only when it holds a
    word each match of their pattern holds: a year's "19"/"20", " by ", one of _HINDERS_WORDS."""
    from ickg.extract.statements.barriers import _HINDERS, _HINDERS_WORDS
    from ickg.extract.statements.organizations import _FOUNDED_BY_PERSON
    from ickg.extract.statements.periods import _PERIOD

    rng = random.Random(23)
    words = ["from", "between", "2001", "1999", "to", "and", "2010-2012", "1998–2004", "founded", "set", "up", "by",
             "Anna", "Berg", "van", "der", "Meer", "in", "2003,", "a", "local", "nurse,", "may", "limit", "the",
             "its", "benefits", "hold", "them", "back", "slowed", "progress", "hampered", "is", "main", "barrier",
             "puts", "pressure", "on", "staff", "key", "difficulty", "undermined", "were", "likely", "held", "it",
             "founded by Anna Berg", "created by a local GP, Maria Lopez", "developed in 2001 by Kees van der Meer"]
    counts = [0, 0, 0]
    for _ in range(20_000):
        text = " " + " ".join(rng.choice(words) for _ in range(rng.randint(2, 14))) + rng.choice([".", "", ","])
        for k, (pattern, holds) in enumerate((
                (_PERIOD, lambda g: "19" in g or "20" in g),
                (_FOUNDED_BY_PERSON, lambda g: " by " in g),
                (_HINDERS, lambda g: any(w in g for w in _HINDERS_WORDS)))):
            for m in pattern.finditer(text):
                counts[k] += 1
                assert holds(m.group()), (pattern.pattern[:30], text)
    assert min(counts) > 30, counts


def test_capitalised_run_pattern_opening_on_the_capital_matches_as_the_boundary_first_one():
    """entities._CAP_RUN opens on [A-Z] and checks the word boundary behind it: the same spans as the
    pattern that opened on \\b, on random texts and search windows (a boundary at the window's start
    still sees the character before it)."""
    from ickg.extract.entities import _CAP, _CAP_RUN

    before = re.compile(rf"{_CAP}(?:[ \t]+(?:{_CAP}|&|\b(?:of|for|and|on|de|du|des|la|le|the)\b))*")
    rng = random.Random(29)
    pieces = ["A", "b", "Ab", "of", "the", " ", "\t", "-", "'", "’", "&", ".", "É", "é", "_", "1", "Zz", "\n", "de", "X-Y"]
    found = 0
    for _ in range(50_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        a = rng.randint(0, len(text))
        b = rng.randint(a, len(text))
        spans = [m.span() for m in before.finditer(text, a, b)]
        assert [m.span() for m in _CAP_RUN.finditer(text, a, b)] == spans, (text, a, b)
        found += bool(spans)
    assert found > 5_000


def test_patterns_opening_on_the_capital_match_as_the_look_behind_first_ones():
    """entities._SHORT_BEFORE and layout._INLINE_HEADING open on [A-Z] and check what is behind it
    after: the same matches and groups as the patterns that opened on \\b and on look-behinds."""
    from ickg.extract.entities import _SHORT_BEFORE
    from ickg.extract.layout import _INLINE_HEADING

    pairs = [
        (re.compile(r"\b(?P<short>[A-Z][A-Z0-9&\-]{1,9}s?)\s+\((?P<long>[^()\n]{4,200})\)"), _SHORT_BEFORE,
         ("short", "long")),
        (re.compile(r"(?:(?<![\s\S])|(?<=[.!?])|(?<=[.!?]\s))(?P<label>[A-Z][A-Za-z]*(?:[ /\-][A-Za-z]+){0,5}):[ \t]+(?=\S)"),
         _INLINE_HEADING, ("label",)),
    ]
    rng = random.Random(31)
    pieces = ["A", "AB", "b", "CDs", "s", " ", "\t", "\n", "(", ")", "long words here", ":", ". ", "!", "?", ".", "-", "&",
              "1", "É", "Methods", "Results: ", "x/y", "xABC (the long form)", "NHS (National Health)"]
    found = [0, 0]
    for _ in range(40_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        for k, (before, after, groups) in enumerate(pairs):
            expected = [(m.span(), *(m.span(g) for g in groups)) for m in before.finditer(text)]
            assert [(m.span(), *(m.span(g) for g in groups)) for m in after.finditer(text)] == expected, text
            found[k] += bool(expected)
    assert min(found) > 1_000, found


def test_program_name_patterns_opening_on_their_first_character_match_as_before():
    """program_names._NAMED_PROGRAM and _GLOSSED_BODIES open on their first character (or word) and
    check what is behind it after: the same matches and groups as when they opened on the check."""
    from ickg.extract.statements.program_names import _GLOSSED_BODIES, _NAMED_PROGRAM

    pairs = [(re.compile(_NAMED_PROGRAM.pattern.replace(r"(?P<name>[A-Z](?<![\w\-/][A-Z])", r"(?<![\w\-/])(?P<name>[A-Z]", 1)),
              _NAMED_PROGRAM),
             (re.compile(_GLOSSED_BODIES.pattern.replace(r"(?P<long>integrated(?<=\bintegrated)", r"\b(?P<long>integrated", 1)),
              _GLOSSED_BODIES)]
    assert all(before.pattern != after.pattern for before, after in pairs)
    rng = random.Random(37)
    pieces = ["A", "Care", "-", "x", "of", "the", "Programme", "Model", "Teams", "Network", "ABC", "integrated",
              "xintegrated", "_integrated", "care", "centres", "(ICS)", "(AB)", "Integrated", "&", "\n", "é", "networks",
              "Home/Rapid"]
    found = [0, 0]
    for _ in range(30_000):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        for k, (before, after) in enumerate(pairs):
            expected = [(m.span(), m.groupdict()) for m in before.finditer(text)]
            assert [(m.span(), m.groupdict()) for m in after.finditer(text)] == expected, text
            found[k] += bool(expected)
    assert min(found) > 20, found


def test_metadata_patterns_opening_on_their_first_character_match_as_before():
    """metadata._ORG_HEAD (the words after a capital) and _PUBLISHED_IN open on a character and
    check the word boundary behind it after: the same matches as the \\b-first patterns."""
    from ickg.extract.metadata import _ORG_HEAD, _ORG_HEAD_WORDS, _PUBLISHED_IN

    org_head = re.compile(r"\b(?:" + "|".join(_ORG_HEAD_WORDS) + r")\b")
    published = re.compile(_PUBLISHED_IN.pattern.replace(r"Published(?<=\bPublished)", r"\bPublished", 1))
    assert published.pattern != _PUBLISHED_IN.pattern
    rng = random.Random(41)
    pieces = _ORG_HEAD_WORDS + ["Services", "Serviced", "xBoard", "Boards", " ", "-", "of", "_", "é", "Published",
                                "Published online in 2004", "Published on March 5, 2019", "xPublished in 2001", " in ",
                                "2001", "March ", "5, "]
    found = [0, 0]
    for _ in range(30_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        at = rng.randint(0, len(text))
        expected = [m.span() for m in org_head.finditer(text, at)]
        assert [m.span() for m in _ORG_HEAD.finditer(text, at)] == expected, (text, at)
        found[0] += bool(expected)
        expected = [(m.span(), m.group("year")) for m in published.finditer(text)]
        assert [(m.span(), m.group("year")) for m in _PUBLISHED_IN.finditer(text)] == expected, text
        found[1] += bool(expected)
    assert min(found) > 200, found


def test_article_led_patterns_opening_on_the_letter_match_as_before():
    """program_names._LOWER_APPOSED and _HEAD_REFERENCE open on the first letter of their leading word and
    check the boundary and the letter behind it after: the same matches as the \\b-first patterns."""
    from ickg.extract.statements.program_names import _HEAD_REFERENCE, _LOWER_APPOSED

    pairs = [(re.compile(_LOWER_APPOSED.pattern.replace(r"[at](?<=\b[at])(?:(?<=a)|(?<=a)n|(?<=t)he)", r"\b(?:a|an|the)", 1)),
              _LOWER_APPOSED),
             (re.compile(_HEAD_REFERENCE.pattern.replace(
                 r"[TtEeIi](?<=\b[TtEeIi])(?:(?<=[Tt])he|(?<=[Tt])hese|(?<=[Ee])ach|(?<=[Ee])very|(?<=[Ii])ts|(?<=[Tt])heir)",
                 r"\b(?:[Tt]he|[Tt]hese|[Ee]ach|[Ee]very|[Ii]ts|[Tt]heir)", 1)), _HEAD_REFERENCE)]
    assert all(before.pattern != after.pattern for before, after in pairs)
    rng = random.Random(43)
    pieces = ["a", "an", "the", "The", "these", "Each", "every", "its", "Their", "xthe", "care", "home", "network",
              "teams", "pilot", "programmes", ",", ", a", ", an", "model", "of", "in", "first", "local", "hub", "-",
              "theirs", "eachs", "care network, a", "home team, an", "new pilot, a", "the local care hub, a model of", "an integrated care pilot, an approach that"]
    found = [0, 0]
    for _ in range(30_000):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        for k, (before, after) in enumerate(pairs):
            expected = [(m.span(), m.groupdict()) for m in before.finditer(text)]
            assert [(m.span(), m.groupdict()) for m in after.finditer(text)] == expected, text
            found[k] += bool(expected)
    assert min(found) > 20, found


def test_re_i_takes_for_an_ascii_letter_its_two_cases_and_the_folded_characters_only():
    """``regex._cases``, the set a branch's first letter becomes, is what re.I matches for it."""
    from ickg.extract.regex import _cases

    others = "".join(chr(c) for c in range(128, 0x110000) if not 0xD800 <= c < 0xE000)
    folded = set(re.findall(r"[a-z]", others, re.I))
    for letter in "abcdefghijklmnopqrstuvwxyz":
        expected = {letter, letter.upper()} | {c for c in folded if re.fullmatch(letter, c, re.I)}
        assert {chr(c) for c in _cases(ord(letter))} == expected, letter
        assert {chr(c) for c in _cases(ord(letter.upper()))} == expected, letter


def test_cased_branch_patterns_match_as_the_plain_compile_does():
    """The cue patterns compiled with their branches' first letters cased (``cased_branches``) find
    the same matches and groups as ``re.compile`` of the same pattern, on random texts of their own
    words in any case, with the characters re.I folds to ASCII and other letters."""
    from ickg.extract.regex import _cased_branches
    from ickg.extract.statements import cues as st

    patterns = [st._BARRIER_CUES, st._GOAL_CUES, st._STUDY_SENTENCE]
    rng = random.Random(13)
    for pattern in patterns:
        cased = _cased_branches(pattern.pattern, pattern.flags)
        plain = re.compile(pattern.pattern, pattern.flags)
        assert cased is not None and cased.pattern == plain.pattern and cased.groupindex == plain.groupindex
        words = re.findall(r"[a-z]+", pattern.pattern) + ["the", "it", "x", "No", "Few", "\u0130s", "ha\u017f",
                                                          "\u212aey", "\u00e9t\u00e9", "risks"]
        found = 0
        for _ in range(3000):
            picked = [rng.choice(words) for _ in range(rng.randint(1, 8))]
            text = " ".join(w.upper() if rng.random() < 0.2 else w.capitalize() if rng.random() < 0.2 else w
                            for w in picked) + rng.choice(["", ".", ": x", " to"])
            start = rng.randint(0, 3)
            a, b = plain.search(text, start), cased.search(text, start)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (pattern.pattern[:30], text)
            found += a is not None
        assert found > 100


def test_complement_patterns_taking_a_word_whole_match_as_the_word_by_piece_ones():
    """_COMPLEMENT and _CLAUSE_COMPLEMENT take each word whole (an atomic group): the same matches as
    the patterns that let re cut a word into pieces, on random texts of their words and stops."""
    from ickg.extract.statements.context import _CLAUSE_COMPLEMENT, _COMPLEMENT

    pairs = [(_COMPLEMENT, (r"(?:(?>[\w\-]+)(?:,\d{3})*[ ]?){1,8}?", r"(?:[\w\-]+(?:,\d{3})*[ ]?){1,8}?")),
             (_CLAUSE_COMPLEMENT, (r"(?:(?>[\w\-’']+)[ ]?){1,7}?", r"(?:[\w\-’']+[ ]?){1,7}?"))]
    tokens = ["of", "for", "to", "in", "the", "care", "long-term", "patients", "1,000", "2,50", ",", ".", ";", ")",
              "and", "and a", "or", "but", "so", "who", "that", "with", "by", "agreed", "run", "’s", "'", "é",
              "abcdefghijklmnop"]
    rng = random.Random(17)
    for pattern, (atomic, pieces) in pairs:
        assert atomic in pattern.pattern
        plain = re.compile(pattern.pattern.replace(atomic, pieces))
        found = 0
        for _ in range(5_000):
            text = rng.choice([" of ", " for ", " to the ", " who ", " agreed with ", " "]) + "".join(
                rng.choice(tokens) + rng.choice([" ", " ", "", "  ", ",", "\n"]) for _ in range(rng.randint(1, 12)))
            start = 0 if rng.random() < 0.8 else rng.randint(0, min(3, len(text)))
            end = rng.randint(start, len(text))
            a, b = plain.match(text, start, end), pattern.match(text, start, end)
            assert (a and a.span()) == (b and b.span()), text
            found += a is not None
        assert found > 500


def test_cased_branches_keep_the_order_of_branches_that_may_open_on_the_same_letter():
    """Branches grouped by their first letter stay in order with a branch between them that may open
    on that letter (an optional word, a class, a group): the first branch that matches still wins."""
    from ickg.extract.regex import _cased_branches

    patterns = [r"\b(?:rx|(?:the[ ])?risks?|ry|r\w+z|b|barrier|\w+q|ba|(?:is|ra)[ ]x|rb|s|\u017fa)\b",
                r"(?:ab|a|abc|[Aa]b?c|ac|(?-i:Ab)d|ab?d|x|k\w|\u212a)",
                r"(?P<a>on|one|o(?P<b>n)e|only)(?:[ ](?:an|a|and|[a-z]nd))?"]
    alphabet = ["a", "b", "c", "d", "k", "n", "o", "q", "r", "s", "x", "y", "z", "e", "i", "t", "h", " ", "A", "R",
                "K", "\u212a", "\u017f", "\u0130"]
    rng = random.Random(19)
    for source in patterns:
        cased, plain = _cased_branches(source, re.I), re.compile(source, re.I)
        assert cased is not None
        for _ in range(20_000):
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12)))
            a, b = plain.search(text), cased.search(text)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (source, text)


def test_barrier_cue_paired_guard_skips_only_sentences_the_pattern_cannot_match():
    """``cue(_BARRIER_CUES, ...)`` skips a sentence by its paired guard words only when the search finds
    nothing: on random sentences of the pattern's own words, the guards' and common ones, the cue's
    match is the search's."""
    from ickg.extract.statements.cues import _BARRIER_CUES, _GUARDS, _PAIRED_GUARDS, cue

    strong, pairs = _PAIRED_GUARDS[id(_BARRIER_CUES)]
    vocabulary = sorted(set(re.findall(r"[a-z]+", _BARRIER_CUES.pattern)) | _GUARDS[id(_BARRIER_CUES)]
                        | {w for a, b in pairs for w in a | b}) + ["the", "staff", "it", "program", "Few", "Too", "-"]
    vocabulary += ["did not fund", "does not pay for", "the risk that", "risks that", "may not have", "the main part is",
                   "a real problem was", "one key stumbling block remains", "find it heavy", "found the forms confusing",
                   "stay out", "too late to", "too few for", "are not yet ready in every", "little reason", "paid late",
                   "paid very late", "were short of", "on short-term contracts", "Few beds were available",
                   "no budget of their own", "no funding of their own", "had no legal", "have no real"] * 3
    rng = random.Random(23)
    found = 0
    for _ in range(30_000):
        words = [rng.choice(vocabulary) for _ in range(rng.randint(2, 9))]
        text = " ".join(words) + rng.choice(["", ".", " care."])
        start = rng.randint(0, 2)
        expected = _BARRIER_CUES.search(text, start, len(text))
        got = cue(_BARRIER_CUES, text, start, len(text))
        assert (got and got.span()) == (expected and expected.span()), text
        found += expected is not None
    assert found > 3_000


def test_folded_text_holds_every_ascii_word_re_i_matches_in_the_text():
    """``regex.folded``, the gate of _read_thesis: a word re.I finds in a text is a substring of it,
    the four characters beyond ASCII that re.I takes for a letter included."""
    from ickg.extract.regex import folded

    others = "".join(chr(c) for c in range(128, 0x110000) if not 0xD800 <= c < 0xE000)
    for c in re.findall(r"[a-z]", others, re.I):
        assert [x for x in "abcdefghijklmnopqrstuvwxyz" if re.fullmatch(x, c, re.I)] == [folded(c)], c
    for text in ["A THE\u017fIS submitted", "D\u0130SSERTATION", "\u00fcn\u00efcode Thesis", "in fulfilment",
                 "Ma\u00eetrise", "\u212aodner", "plain text", "th\u00e9sis"]:
        for word in ("thesis", "dissertation", "fulfi", "kodner"):
            assert bool(re.search(word, text, re.I)) == (word in folded(text)), (word, text)


def test_metadata_and_layout_cased_branch_patterns_search_and_fullmatch_as_the_plain_compile_does():
    """The line patterns of metadata and layout compiled with ``cased_branches`` (each is fullmatched on
    many lines or searched over the head) find the same matches and groups as ``re.compile``, by
    search and by fullmatch, on random lines of their own words in any case and the characters re.I
    folds to ASCII."""
    from ickg.extract import layout, metadata
    from ickg.extract.regex import _cased_branches

    rng = random.Random(17)
    for pattern in (layout._CHROME_LINE, metadata._REPORT, metadata._KIND_LINE, metadata._NOT_PUBLICATION):
        cased = _cased_branches(pattern.pattern, pattern.flags)
        plain = re.compile(pattern.pattern, pattern.flags)
        assert cased is not None and cased.pattern == plain.pattern and cased.groupindex == plain.groupindex
        words = re.findall(r"[A-Za-z]+", pattern.pattern) + ["the", "x", "12", "2019", "\u0130s", "\u017fummary",
                                                              "\u212aey", "\u00e9t\u00e9", "©", "\n"]
        found = 0
        for _ in range(3000):
            picked = [rng.choice(words) for _ in range(rng.randint(1, 5))]
            text = " ".join(w.upper() if rng.random() < 0.2 else w.capitalize() if rng.random() < 0.2 else w
                            for w in picked) + rng.choice(["", ".", ": x", " ", "\t"])
            for method in ("search", "fullmatch"):
                a, b = getattr(plain, method)(text), getattr(cased, method)(text)
                assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (pattern.pattern[:30], text)
                found += a is not None
        assert found > 100, pattern.pattern[:30]


def _person_by_every_pattern(text):
    """parse_person as it was before its gate on the first character and the space."""
    from ickg.extract import metadata as m

    text = text.strip().rstrip(",")
    for pattern in (m._FAMILY_FIRST, m._INITIALS_FIRST):
        match = pattern.match(text)
        if match:
            return (match.group("family"), None, re.sub(r"[^A-Z]", "", match.group("initials")))
    match = m._GIVEN_FIRST.match(text)
    if match and not any(w in m._NOT_NAME_WORDS for w in text.split()):
        return (match.group("family"), match.group("given"))
    return None


def test_parse_person_gate_rejects_only_what_no_name_pattern_matches():
    """parse_person's test of the first character and the space (before its three patterns) turns
    away only texts none of them matches, on random names of capitals, particles, initials and
    characters beyond ASCII."""
    from ickg.extract.metadata import parse_person

    rng = random.Random(23)
    words = ["Anna", "van", "de", "la", "bin", "Nyström", "Émile", "Łukasz", "\u00d7x", "O'Neil", "MacLeod",
             "J.", "MJ", "K", "ibn", "Ştefan", "\u017ftan", "smith", "12", "-", ",", "Über", "Þór", "ł"]
    seen = 0
    for _ in range(4000):
        text = rng.choice(["", " ", "\t"]) + rng.choice([" ", "\u00a0", "  "]).join(
            rng.choice(words) for _ in range(rng.randint(1, 4))) + rng.choice(["", ",", " "])
        person = parse_person(text)
        got = None if person is None else (person.family, person.given) if person.given else \
            (person.family, None, person.initials)
        assert got == _person_by_every_pattern(text), text
        seen += got is not None
    assert seen > 300


def test_subject_referred_with_its_patterns_compiled_once_answers_as_the_pattern_built_per_call():
    """_subject_referred searches a place's sentence for "the/these/its/their ... <program word>" with one
    pattern per word compiled once (_SUBJECT_HEAD_REFERENCES): the answer the pattern it built per call
    gave, on random sentences of determiners, program words, their look-alikes and other words."""
    from types import SimpleNamespace

    from ickg.extract.statements.places import _SUBJECT_HEADS, _subject_referred

    def per_call(ctx, subject, a, b):
        from ickg.extract.statements.cues import words_of
        from ickg.extract.statements.program_names import _MODEL_WORDS

        words = words_of(ctx.text, a, b)
        last = subject.name.split()[-1].lower() if subject.name else ""
        return bool(_MODEL_WORDS.search(ctx.text, a, b)) or (last in words and len(last) > 3) or any(
            re.search(rf"\b(?:the|these|its|their)[ ](?:[\w\-]+[ ]){{0,2}}?{h}\b", ctx.text[a:b])
            for h in _SUBJECT_HEADS if h in words)

    rng = random.Random(29)
    words = ["the", "these", "its", "their", "a", "new", "local", "district", "teamster", "programmes", "In", "Dudley",
             ",", "visit", "homes", "x-y", *_SUBJECT_HEADS]
    subject = SimpleNamespace(name="Ward Based Outreach")
    found = 0
    for _ in range(4000):
        text = "In Dudley" + rng.choice([" ", ", "]) + " ".join(rng.choice(words) for _ in range(rng.randint(1, 7)))
        ctx = SimpleNamespace(text=text)
        got = _subject_referred(ctx, subject, 9, len(text))
        assert got == per_call(ctx, subject, 9, len(text)), text
        found += got
    assert 500 < found < 3500
    assert _subject_referred(SimpleNamespace(text="In Bojanala district the new teams visit homes"), subject, 11, 46)
    assert not _subject_referred(SimpleNamespace(text="In Bojanala district a few teamsters visit homes"), subject,
                                 11, 50)

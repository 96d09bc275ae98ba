"""Patterns rewritten to open on a character, and guards put before patterns, find what they found.

sre looks for a pattern that opens on a literal or a character class only where that character is,
and tries one that opens on ``\\b``, a look-behind, ``^`` or a repeat at every position of the text;
the extraction's whole-text patterns were written the second way. Each test here builds the pattern
as it was written before (from the text of the rewritten part) and checks, on random texts and on
search windows (a check behind the window's start still sees the character before it), that the
rewritten pattern gives the same spans and groups, or that a guard skips only texts the pattern
cannot match.
"""

import random
import re

PLACE_NAMES = ["Kent", "Kent,", "St.", "Ste.", "Ab", "xKent", "-", "\n", "É"]


def random_texts(pieces, seed, count, words=(0, 14), sep=""):
    rng = random.Random(seed)
    for _ in range(count):
        text = sep.join(rng.choice(pieces) for _ in range(rng.randint(*words)))
        a = rng.randint(0, len(text))
        yield text, a, rng.randint(a, len(text))


def assert_same_matches(before, after, pieces, seed, count=20_000, sep=""):
    """The same matches (spans and groups) from ``before`` and ``after`` on random texts, whole and in a
    window; returns how many texts had one."""
    assert before.pattern != after.pattern
    found = 0
    for text, a, b in random_texts(pieces, seed, count, sep=sep):
        for window in ((0, len(text)), (a, b)):
            expected = [(m.span(), m.groupdict(), m.groups()) for m in before.finditer(text, *window)]
            assert [(m.span(), m.groupdict(), m.groups()) for m in after.finditer(text, *window)] == expected, \
                (text, window)
            found += bool(expected)
    return found


def test_place_patterns_opening_on_their_first_letter_match_as_before():
    """places' "the ... of", list, "In X," and name-before-comma patterns open on a letter."""
    from ickg.extract import places as p

    old_name = rf"\b(?P<name>{p._NAMES})"
    pairs = [
        (p._LOWER_HEADED.pattern.replace(r"[Tt](?<!\w[Tt])he[ ]", r"\b[Tt]he[ ]", 1), p._LOWER_HEADED,
         ["the", "The", "xthe", "valley", "area", "health", "region"]),
        (p._OF_HEAD.pattern.replace(r"(?:[Tt](?<!\w[Tt])he[ ])", r"\b(?:[Tt]he[ ])", 1), p._OF_HEAD,
         ["the city of", "The Region of", "xthe province of", "of"]),
        (p._OF_HEADS.pattern.replace(r"[Tt](?<!\w[Tt])he[ ]", r"\b[Tt]he[ ]", 1), p._OF_HEADS,
         ["the cities of", "The counties of", "xthe towns of", "and", "the cities of Kent, Ab and York"]),
        (p._LIST_HEADED.pattern.replace(r"[Tt](?<!\w[Tt])he[ ]", r"\b[Tt]he[ ]", 1), p._LIST_HEADED,
         ["the", "The", "xthe", "and", "or", "regions", "the Kent, Ab and York local regions"]),
        (rf"(?:^|(?<=[.!?:]\s)|(?<=\n))In[ ](?P<name>{p._NAMES}),[ ]", p._IN_PLACE, ["In", "xIn", "x.", "x?", "x:"]),
        (p._PLACE_LIST.pattern.replace(
            r"(?:i(?<!\wi)(?:n|ncluding)|s(?<!\ws)uch[ ]as|a(?<!\wa)(?:cross|t)|f(?<!\wf)rom)",
            r"\b(?:in|including|such[ ]as|across|from|at)", 1), p._PLACE_LIST,
         ["in", "xin", "including", "such as", "across", "at", "and", "or", "York,", "in Kent, York and Ab"]),
        (p._HEADED.pattern.replace(rf"(?P<name>{p._FIRST_NAME_AT_WORD}(?:[ \-]{p._NAME}){{0,2}})", old_name, 1),
         p._HEADED, ["County", "Zone", "Council", "of"]),
        (rf"(?P<name>{p._NAMES}),[ \t]+$", p._BEFORE_PLACE, ["\t", ","]),
    ]
    for k, (before, after, words) in enumerate(pairs):
        found = assert_same_matches(re.compile(before), after, PLACE_NAMES + words, 50 + k, count=6_000, sep=" ")
        assert found > 20, (after.pattern, found)


def test_actor_patterns_opening_on_the_capital_match_as_before():
    """actors' one-word names, capitalised runs and the names of the one-word-context patterns open on
    the capital, the boundary, a title or the sentence's start checked behind it."""
    from ickg.extract import actors as a

    sentence = r"(?:^|(?<=[.:;]\s)|(?<=\n))(?P<name>[A-Z]"
    rewritten = {
        r"(?P<name>[A-Z](?<!\w[A-Z])(?:[\w&\-]*[A-Z][\w&\-]*|[a-z]+[A-Z][\w]*))":
            r"(?P<name>\b[A-Z][\w&\-]*[A-Z][\w&\-]*|\b[A-Z][a-z]+[A-Z][\w]*)",
        r"(?P<name>[A-Z](?<!\w[A-Z])[\w&\-]+": r"(?P<name>\b[A-Z][\w&\-]+",
        r"(?P<name>[A-Z](?:(?<=^[A-Z])|(?<=[.:;]\s[A-Z])|(?<=\n[A-Z]))": sentence,
        r"(?P<name>[A-Z](?<!\w[A-Z])[a-z]+[A-Z][\w]*)": r"(?P<name>\b[A-Z][a-z]+[A-Z][\w]*)",
    }
    pairs = []
    for pattern, _ in a._ORG_ONEWORD_CONTEXT:
        for new, old in rewritten.items():
            if pattern.pattern.startswith(new):
                pairs.append((re.compile(old + pattern.pattern[len(new):]), pattern))
                break
    assert len(pairs) == 8
    pairs += [(re.compile(r"(?<![\w\-])(?:[A-Z][a-z]+[A-Z][A-Za-z]+|[A-Z]{3,5})\b(?![\-/][\dA-Za-z])"), a._ONE_WORD_NAME),
              (re.compile(a._RUN.pattern.replace(a._FIRST_CAP_WORD, a._CAP_WORD, 1)), a._RUN)]
    names = ["Acme", "AcmeCare", "Acme,", "AcmeCare,", "ABC", "xAcme", "-", "x.", "\n", "St.", "Ste.", "Mt."]
    words = {0: ["acquired"], 1: ["now", "Zorg,"], 2: ["is", "was", "a", "an", "company", "trust", "x. Acme is a big company"],
             3: ["a", "the", "health", "plan", "firm"], 4: ["(the", "(a", "trust)", "firm)", "big"],
             5: ["(Dutch", "(German", "for"], 6: ["a", "an", "website", "tool"], 7: ["is", "was", "a", "pilot", "policy", "x. Acme Care was an approach"],
             8: ["(A)", "/x", "-1", "É"], 9: ["of", "and", "the", "&", "in", "'s", "’s", "Care"]}
    for k, (before, after) in enumerate(pairs):
        found = assert_same_matches(before, after, names + words[k], 70 + k, count=6_000, sep=" ")
        assert found > 20, (after.pattern, found)


def test_statement_and_metadata_patterns_opening_on_a_character_match_as_before():
    """program_names' capitalised runs and named programs with an abbreviation, metadata's date cue and
    date anchor, and lexicon's tokens open on a character (a repeat or \\b no longer first)."""
    from ickg.extract import lexicon, metadata
    from ickg.extract.statements import program_names

    pairs = [
        (r"(?<![\w\-])[A-Z][a-z]+(?:[ ][A-Z][a-z]+){1,3}(?![\w\-])", program_names._CAPITALISED_RUN,
         ["Alba", "Care", "Home", "-", "x", " ", "AB"]),
        (program_names._NAMED_LOWER_HEAD.pattern.replace(
            r"(?P<name>[A-Z](?<![\w\-][A-Z])(?!(?<=T)he[ ]|(?<=A)[ ]|(?<=A)n[ ]|(?<=T)his[ ]|(?<=O)ur[ ]|"
            r"(?<=I)ts[ ]|(?<=I)n[ ]|(?<=A)t[ ]|(?<=F)rom[ ]|(?<=S)ince[ ])",
            r"(?<![\w\-])(?P<name>(?!(?:The|A|An|This|Our|Its|In|At|From|Since)[ ])[A-Z]", 1), program_names._NAMED_LOWER_HEAD,
         ["The", "A", "An", "This", "Its", "In", "At", "From", "Since", "Care", "Home", "of", "program", "model",
          "(HARP)", "(CP@clinic)", "x", "-", "The Home Care model (CP@clinic)",
          "Alba Care program (HARP)"]),
        (r"ublished|osted|eleased|ssued|[Dd]ate|PUBLISHED|DATE", metadata._DATE_CUE,
         ["Published", "posted", "Date", "date", "DATE", "x", " "]),
        (r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)"
         r"|\b(?:19|20)\d\d-[01]\d|\b[0-3]?\d\.[01]?\d\.(?:19|20)\d\d\b", metadata._DATE_ANCHOR,
         ["Jan", "June", "JUL", "Mar", "May", "Dec", "x", "2019", "1998", "-0", "-1", "3", "31", ".", "12", "٣", " "]),
        (r"[^\W_]+(?:['’][^\W_]+)*", lexicon.TOKEN, ["care", "'", "’", "_", "é", "1", "-", "O'Neil"]),
    ]
    for k, (before, after, pieces) in enumerate(pairs):
        assert assert_same_matches(re.compile(before), after, pieces + [" ", "\n"], 90 + k, count=8_000,
                                   sep=" " if k == 1 else "") > 20, after.pattern


def test_gazetteer_trie_with_the_look_behind_after_the_first_character_matches_as_before():
    """gazetteer._trie_pattern(not_after=) checks the look-behind after each word's first character."""
    from ickg.extract.gazetteer import _trie_pattern

    words = ["Quebec", "Quebec City", "Kent", "Ke", "York", "New York", ".Net", "Å"]
    before = re.compile(r"(?<![\w.])" + _trie_pattern(sorted(words)) + r"(?![\w-])")
    after = re.compile(_trie_pattern(sorted(words), not_after=r"[\w.]") + r"(?![\w-])")
    assert assert_same_matches(before, after, words + [" ", ".", "x", "-", "\n", "City"], 101, sep="") > 1_000


def test_guards_skip_only_what_their_patterns_cannot_match():
    """places._after_comma and _LISTED_ENDS (before _BEFORE_PLACE and _LISTED_BEFORE, which end on $),
    program_names._LOWER_HEAD_ABBREVIATED (before _NAMED_LOWER_HEAD), the words metadata._read_thesis looks
    for before _THESIS, and actors._POP_CUE (grouped by first letter): a text they turn away has no
    match, and _POP_CUE answers as the flat alternation."""
    from ickg.extract import actors, metadata, places
    from ickg.extract.statements import program_names

    flat = re.compile("|".join(map(re.escape, actors._POP_CUES)))
    skipped = matched = 0
    for text, a, b in random_texts(PLACE_NAMES + ["\t", ",", "and", "or", "including", "in", "York"], 111, 30_000,
                                   sep=" "):
        if places._BEFORE_PLACE.search(text, a, b):
            matched += 1
            assert places._after_comma(text, b), (text, b)
        skipped += not places._after_comma(text, b)
        if places._LISTED_BEFORE.search(text[a:b]):
            assert text[a:b].endswith(places._LISTED_ENDS), text[a:b]
    assert matched > 100 and skipped > 1_000
    for text, _, _ in random_texts(["Care", "Home", "of", "program", "programme", "pilot", "(HARP)", "(A)", "x", "The"],
                                   113, 20_000, sep=" "):
        if program_names._NAMED_LOWER_HEAD.search(text):
            assert program_names._LOWER_HEAD_ABBREVIATED.search(text), text
    for text, a, b in random_texts(list(actors._POP_CUES) + ["x", "treatment", "wo", "me", "pe", " "], 117, 20_000):
        assert bool(actors._POP_CUE.search(text, a, b)) == bool(flat.search(text, a, b)), (text, a, b)
    theses = 0
    for text, _, _ in random_texts(["Thesis", "DISSERTATION", "thesis abstract", "submitted", "in partial FULFILMENT of the",
                                    "requirements for the degree of", "x", "\n", "theses"], 119, 20_000, sep=" "):
        if metadata._THESIS.search(text):
            theses += 1
            folded = text.lower()
            assert "thesis" in folded or "dissertation" in folded or "fulfi" in folded, text
    assert theses > 1_000


def test_head_limit_is_the_start_of_the_first_long_line():
    """actors._head_limit reads lines where it searched ^[^\\n]{200,}$ (re.M)."""
    from ickg.extract.actors import _head_limit

    def by_pattern(text):
        for match in re.finditer(r"^[^\n]{200,}$", text, re.M):
            return match.start()
        return min(len(text), 1500)

    rng = random.Random(119)
    for _ in range(3_000):
        text = "".join(rng.choice(["x" * rng.randint(0, 260), "\n", "\r", " "]) for _ in range(rng.randint(0, 9)))
        assert _head_limit(text) == by_pattern(text), text

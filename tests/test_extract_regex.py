"""The extraction modules' patterns are compiled on first use (:mod:`ickg.extract.regex`), and act
as the compiled patterns they stand for.

- A lazy pattern compiles nothing until used; its first method call compiles it, once, and it
  then answers every method and attribute as ``re.compile`` of the same text and flags does.
- Importing the extraction modules compiles almost none of their patterns (the lexicon's token and
  spelling patterns, which label keys made at import use); ``extraction_tables()`` (called before
  the build forks its workers) compiles every one.
- Copied or pickled (a record's field, a worker's argument), it is the compiled pattern.
"""

import copy
import pickle
import re
import subprocess
import sys

from ickg.extract import regex
from ickg.extract.regex import LazyPattern, _CompiledPattern, compile_all, lazy_compile

TEXT = "Care at home: the Home First service (HF) and the hospital-at-home team, 2019. HF grew."


def test_a_lazy_pattern_compiles_on_first_use_and_answers_as_re_does(monkeypatch):
    pattern = r"(?P<name>[A-Z][a-z]+)[ ](?P<head>First|team)\b"
    made = []  # compilations of ``pattern``: by re.compile, or from the code kept in the user's cache
    real = re.compile
    monkeypatch.setattr(re, "compile", lambda *args: (args[0] == pattern and made.append(args)) or real(*args))
    from_kept = regex._from_kept

    def counted_from_kept(lazy):
        got = from_kept(lazy)
        if got is not None:
            made.append(lazy.pattern)
        return got

    monkeypatch.setattr(regex, "_from_kept", counted_from_kept)
    lazy = lazy_compile(pattern, re.I)
    assert not made and type(lazy) is LazyPattern and lazy.pattern.startswith("(?P<name>")
    expected = real(pattern, re.I)
    assert lazy.search(TEXT).span() == expected.search(TEXT).span()
    assert len(made) == 1 and type(lazy) is _CompiledPattern          # compiled once, then a plain object
    assert [m.span("head") for m in lazy.finditer(TEXT, 5)] == [m.span("head") for m in expected.finditer(TEXT, 5)]
    assert lazy.findall(TEXT) == expected.findall(TEXT)
    assert lazy.sub("<\\g<head>>", TEXT) == expected.sub("<\\g<head>>", TEXT)
    assert lazy.split(TEXT, 1) == expected.split(TEXT, 1)
    assert lazy.match(TEXT, 18) is not None and lazy.fullmatch("Home First") is not None
    assert (lazy.flags, lazy.groups, dict(lazy.groupindex)) == (expected.flags, expected.groups,
                                                                  dict(expected.groupindex))
    assert len(made) == 1


def test_an_attribute_read_first_compiles_too():
    lazy = lazy_compile(r"(a)(b)?")
    assert lazy.groups == 2 and type(lazy) is _CompiledPattern
    fresh = lazy_compile(r"x")
    assert fresh.finditer is not None and type(fresh) is _CompiledPattern


def test_a_copied_or_pickled_lazy_pattern_is_the_compiled_pattern():
    lazy = lazy_compile(r"\bHF\b", re.M)
    for other in (copy.copy(lazy), copy.deepcopy(lazy), pickle.loads(pickle.dumps(lazy))):
        assert isinstance(other, re.Pattern) and other.pattern == r"\bHF\b" and other.flags & re.M
    assert type(lazy) is LazyPattern                                    # copying compiled nothing here


def test_compile_all_compiles_every_pattern_made():
    patterns = [lazy_compile(rf"w{i}") for i in range(3)]
    compile_all()
    assert all(type(p) is _CompiledPattern for p in patterns)


def test_importing_extraction_compiles_almost_no_pattern_and_the_tables_compile_all():
    code = ("import re\n"
            "from ickg.extract import regex\n"
            "import ickg.extract.document as d\n"
            "lazy = [p for p in regex._MADE if type(p) is regex.LazyPattern]\n"
            "assert len(regex._MADE) > 400 and len(lazy) > len(regex._MADE) - 20, (len(lazy), len(regex._MADE))\n"
            "d.extraction_tables()\n"
            "assert not [p for p in regex._MADE if type(p) is regex.LazyPattern]\n"
            "from ickg.extract.statements import cues\n"
            "assert cues._BARRIER_CUES.search('a barrier to care')\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


# --- the guard of the characters a match may open with --------------------------------------------

def _guarded(pattern, flags=0):
    from re import _parser

    parsed = _parser.parse(pattern, flags)
    return regex._guard(parsed, flags | int(parsed.state.flags))


def _found(compiled, text):
    return [(m.span(), m.groups()) for m in compiled.finditer(text)]


def test_an_alternation_re_enters_is_guarded_and_finds_what_re_compile_finds():
    """A pattern whose branches open on groups (as actors' _POPULATION) gets the look-ahead of its
    openings, grouped by first character; it finds the same matches, groups and all, at every start
    (under re.I too: "K" of the Kelvin sign is a k there)."""
    cases = [
        (r"\b(?:(?:older|elderly|frail|frailest|vulnerable|high-risk|high-need|homeless|housebound)"
         r"(?:,[ ](?:older|frail))*[ ](?P<head>people|patients)|"
         r"(?<![\w\-])(?:people|patients|persons|veterans)[ ](?:aged[ ]\d+|living[ ]alone)|the[ ]elderly)", 0,
         "Older people and frail, older patients; people aged 80, veterans living alone, the elderly. "
         "peoples aged 9 highrisk patients, high-risk people"),
        (r"(?i)\b(?:(?:kin|older|old|elder|other)[ ]care|(?<!x)(?:kith|frail|kind|frailer)[ ]folk|"
         r"(?:aged|over|around|about)[ ]\d\d)", 0,
         "KIN care, \u212ain care, Older care, FRAIL folk, xkith folk, OVER 65, aged 7"),
    ]
    for pattern, flags, text in cases:
        assert _guarded(pattern, flags), pattern
        guarded, plain = regex.compiled_anew(pattern, flags), re.compile(pattern, flags)
        assert guarded != plain and guarded.pattern == plain.pattern and guarded.groupindex == plain.groupindex
        assert _found(guarded, text) and _found(guarded, text) == _found(plain, text)
        for at in range(len(text) + 1):
            a, b = guarded.match(text, at), plain.match(text, at)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (pattern, at)


def test_no_guard_where_re_tells_a_position_at_its_first_character():
    """Left as re.compile makes them: a pattern with a literal prefix, an alternation of words (re
    skips each branch at its first letter), one that opens on a class most characters are in, one that
    may match the empty string."""
    for pattern in (r"abc|abd", r"\b(?:people|patients|veterans)\b", r"[^.;\n]{0,40}?\b(?:1[89]|20)\d\d\b",
                    r"\b(?:(?:\w+)[ ]people|x)", r"(?:older[ ])?(?:people)?"):
        assert not _guarded(pattern), pattern
        if not _opened(pattern):   # (the alternation of words opens on its letters: see below)
            assert regex.compiled_anew(pattern) == re.compile(pattern)


# --- the boundary checked behind the first character ---------------------------------------------

def _opened(pattern, flags=0):
    from re import _parser

    parsed = _parser.parse(pattern, flags)
    return regex._opened_on_a_character(parsed, flags | int(parsed.state.flags))


def _same_at_every_start(mine, plain, text):
    assert _found(mine, text) == _found(plain, text)
    for at in range(len(text) + 1):
        for end in (len(text), max(at, len(text) - 3)):
            a, b = mine.search(text, at, end), plain.search(text, at, end)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (plain.pattern, at, end)


def test_a_boundary_or_look_behind_first_is_checked_behind_the_first_character():
    """A pattern opening on \\b or a one-character look-behind, then a word, a set of word characters or
    an alternation of words, opens on its first character instead (re then has a literal prefix or a
    set of first characters) and finds the same matches and groups at every start and end: at the
    text's start, after a word character before the start, with a look-behind seeing past ``pos``."""
    text = ("founded by X; xfounded by Y. Began in Leeds, started in 1998; restarted in Hull. The teams, "
            "subteams and networks-teams; _teams, \u00e9teams. Vol 3, Volume 12 No 4. \u00d7Ab 9ab Ab")
    cases = [r"\bfounded[ ]by[ ](?P<who>[A-Z])", r"\b(?:first[ ]\w+|began|Began|started)[ ]in[ ](?P<name>[A-Z]\w+|\d+)",
             r"(?<![\w\-])(?:teams|networks)(?![\w\-])", r"(?<=[ ,])(?:teams|subteams)", r"\b[A-Z0-9]\w*",
             r"\b(?:Volume|Vol)\s+(?P<v>\d+)", r"\bteams|\bnetworks", r"\b(?P<g>Began|started)\b"]
    for pattern in cases:
        assert _opened(pattern), pattern
        mine, plain = regex.compiled_anew(pattern), re.compile(pattern)
        assert mine != plain and mine.pattern == plain.pattern and mine.groupindex == plain.groupindex
        _same_at_every_start(mine, plain, text)
        for at in range(1, 12):                 # a word character just before the start: no boundary there
            a, b = mine.match("x" + text[at:], 1), plain.match("x" + text[at:], 1)
            assert (a and a.span()) == (b and b.span())


def test_no_boundary_moved_where_it_would_not_be_the_same_test():
    """Left to the guard or as re.compile makes them: \\b before a set holding a character that is no
    word character (\u00d7 of [A-Z\u00c0-\u00de]), re.I (no set of first characters in cased letters),
    an alternation with a branch that opens on a group, a look-behind of two characters."""
    for pattern, flags in ((r"\b[A-Z\u00c0-\u00de][a-z]+", 0), (r"\bfounded[ ]by", re.I), (r"\b(?:(?:\w+)[ ]people|x)", 0),
                           (r"(?<!ab)cd", 0), (r"\b(?:people|[0-9]+)", 0)):
        assert not _opened(pattern, flags), pattern


def test_every_extraction_pattern_opened_on_a_character_finds_what_re_compile_finds():
    """Every pattern of the extraction modules that this rewrites, over real documents: the same
    matches and groups as ``re.compile`` of the same text and flags."""
    from pathlib import Path

    from ickg.extract import document  # noqa: F401  (every extraction module's patterns)
    from ickg.extract.readers import read_source

    folder = Path(__file__).resolve().parent.parent / "benchmarks" / "eval" / "train" / "documents"
    texts = [read_source(p).text for p in sorted(folder.iterdir())[:25]]
    opened = [m for m in regex._MADE if not m._cased and _opened(m.pattern, int(m._flags))]
    assert len(opened) > 100          # the founders', the acts', the journals' statements, the volume lines...
    for made in opened:
        mine, plain = regex.compiled_anew(made.pattern, made._flags), re.compile(made.pattern, made._flags)
        assert mine != plain
        for text in texts:
            assert _found(mine, text) == _found(plain, text), made.pattern


def test_every_guarded_extraction_pattern_finds_what_re_compile_finds():
    """Every pattern of the extraction modules that gets a guard, over real documents: the same
    matches and groups as ``re.compile`` of the same text and flags."""
    from pathlib import Path

    from ickg.extract import document  # noqa: F401  (every extraction module's patterns)
    from ickg.extract.readers import read_source

    folder = Path(__file__).resolve().parent.parent / "benchmarks" / "eval" / "train" / "documents"
    texts = [read_source(p).text for p in sorted(folder.iterdir())[:25]]
    guarded = [m for m in regex._MADE if _guarded(m.pattern, int(m._flags))]
    assert len(guarded) > 50          # _POPULATION, the place lists, the dates, the programs' heads...
    for made in guarded:
        mine, plain = regex.compiled_anew(made.pattern, made._flags, made._cased), re.compile(made.pattern, made._flags)
        assert mine != plain
        for text in texts:
            assert _found(mine, text) == _found(plain, text), made.pattern

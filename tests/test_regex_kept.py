"""ickg.extract.regex keeps the patterns' compiled code in the user's cache: what it compiles from
the kept code is what it compiles anew (re.compile's code, with the cased rewriting and the guard), and a damaged file or one of
another Python or another version of the module is never read."""

import os
import re
import subprocess
import sys
import textwrap

import pytest

from ickg.extract import regex

EVERY_PATTERN = """
    import re, sys
    from re import _compiler
    from ickg.extract import document, regex   # every extraction module's patterns
    unkept = {regex._key(m) for m in regex._MADE} - set(regex._read_kept_code())
    fresh = []
    real_code = _compiler._code
    def counted(*args):
        fresh.append(1)
        return real_code(*args)
    _compiler._code = counted
    regex.compile_all()
    _compiler._code = real_code
    bad = [m.pattern for m in regex._MADE
           if m.compiled() != regex.compiled_anew(m.pattern, m._flags, m._cased)
           or m.compiled().groupindex != re.compile(m.pattern, m._flags).groupindex]
    print(len(regex._MADE), len(fresh), len(unkept), len(bad), bad[:3])
"""


def run(code, cache):
    env = {**os.environ, "ICKG_CACHE_DIR": str(cache)}
    result = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True,
                            env=env, timeout=300)
    assert result.returncode == 0, result.stderr
    return result.stdout.split(maxsplit=4)


def test_every_pattern_made_from_the_kept_code_is_the_one_re_compiles(tmp_path):
    made, fresh, unkept, bad, _ = run(EVERY_PATTERN, tmp_path)  # compiles and keeps
    assert int(made) > 500 and int(fresh) > 500 and bad == "0"  # (patterns made twice are compiled once)
    assert len(list((tmp_path / "regex").glob("*.marshal"))) == 1
    made_again, fresh, unkept, bad, shown = run(EVERY_PATTERN, tmp_path)  # reads the kept code
    assert made_again == made
    # only a pattern whose text changes from process to process (joined from a set) is compiled again
    assert fresh == unkept and int(unkept) <= 3, "patterns were compiled again though their code was kept"
    assert bad == "0", shown


@pytest.fixture()
def patterns(tmp_path, monkeypatch):
    """A cache folder of its own, this module's kept code unread, and a list of patterns of its own."""
    monkeypatch.setenv("ICKG_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(regex, "_KEPT", None)
    monkeypatch.setattr(regex, "_CANNOT_KEEP", False)
    made = []
    monkeypatch.setattr(regex, "_MADE", made)
    compiled = []
    real = regex._plain_parts

    def counted(pattern, flags):
        compiled.append(pattern)
        return real(pattern, flags)

    monkeypatch.setattr(regex, "_plain_parts", counted)

    def new(*specs):
        """Fresh lazy patterns of ``specs`` ((pattern, flags) pairs), as a new process has them."""
        monkeypatch.setattr(regex, "_KEPT", None)
        made[:] = [regex.LazyPattern(p, f) for p, f in specs]
        compiled.clear()
        return made

    return new, compiled


SPECS = [(r"\b(?P<word>care|cure)s?\b", re.I), (r"a+b", 0)]


def test_a_damaged_file_is_not_read_and_is_made_again(patterns, tmp_path):
    new, compiled = patterns
    for pattern in new(*SPECS):
        assert pattern.compiled() == re.compile(pattern.pattern, pattern._flags)
    assert sorted(compiled) == sorted(p for p, _ in SPECS)
    (path,) = (tmp_path / "regex").glob("*.marshal")
    data = bytearray(path.read_bytes())
    data[-5] ^= 0xFF
    path.write_bytes(bytes(data))
    for pattern in new(*SPECS):
        assert pattern.compiled() == re.compile(pattern.pattern, pattern._flags)
    assert sorted(compiled) == sorted(p for p, _ in SPECS), "the damaged file was read"
    new(*SPECS)[0].compiled()
    assert compiled == [], "the file made again was not read"


def test_the_file_is_named_by_the_python_and_the_module_source(patterns, monkeypatch, tmp_path):
    new, compiled = patterns
    here = regex._kept_path()
    monkeypatch.setattr(sys, "version", sys.version + " (another build)")
    assert regex._kept_path() != here
    monkeypatch.setattr(sys, "version", sys.version.replace(" (another build)", ""))
    assert regex._kept_path() == here
    copy = tmp_path / "regex_copy.py"
    copy.write_bytes(open(regex.__file__, "rb").read() + b"\n# changed\n")
    monkeypatch.setattr(regex, "__file__", str(copy))
    assert regex._kept_path() != here


def test_code_kept_under_another_python_is_compiled_again_here(patterns, monkeypatch):
    new, compiled = patterns
    with monkeypatch.context() as m:
        m.setattr(sys, "version", sys.version + " (another build)")
        new(*SPECS)[0].compiled()
        assert compiled, "nothing compiled for the other Python"
    new(*SPECS)[0].compiled()
    assert compiled, "the code kept for another Python was read"
    new(*SPECS)[0].compiled()
    assert not compiled


def test_a_pattern_that_does_not_compile_raises_where_it_is_used(patterns):
    new, compiled = patterns
    good, bad = new((r"a+b", 0), (r"(unclosed", 0))
    assert good.fullmatch("aab")
    with pytest.raises(re.error):
        bad.search("x")


def test_an_unwritable_cache_only_compiles_pattern_by_pattern(patterns, monkeypatch, tmp_path):
    new, compiled = patterns
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv("ICKG_CACHE_DIR", str(blocker))
    first, second = new(*SPECS)
    assert first.compiled() == re.compile(first.pattern, first._flags)
    assert regex._CANNOT_KEEP
    compiled.clear()
    assert second.compiled() == re.compile(second.pattern, second._flags)
    assert compiled == [], "a pattern went through the kept code though it cannot be kept"

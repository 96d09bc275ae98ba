"""Regular expressions compiled on first use, not at import.

The extraction modules hold about 540 patterns at module level; compiling them all took 0.3 s of
every process that imported :mod:`ickg.extract.document` (``ickg extract``, each command that
builds, each test's subprocess), though a document uses fewer than half of them and a module
imported for a constant (``statements.VERSION``) uses none. :func:`lazy_compile` gives an object
that stands for the compiled pattern: its ``pattern`` is there at once, and the first use of
anything else (``search``, ``finditer``, ``flags``...) compiles it and keeps the compiled
pattern's methods on the object, so that later calls cost what a compiled pattern's do.

A process that forks workers calls :func:`compile_all` first (see
:func:`ickg.extract.document.extraction_tables`): the workers then inherit every compiled pattern
rather than each compiling its own. Either way the compiled code comes from the user's cache
where an earlier process kept it (see "the compiled code kept between processes" below).
"""

from __future__ import annotations

import re
from typing import Any, cast

__all__ = ["compile_all", "compiled_anew", "folded", "lazy_compile"]

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner")


class _Pattern:
    """What :class:`LazyPattern` and :class:`_CompiledPattern` share: the slots, one per method of
    the compiled pattern kept (a bound method), and the attributes read from it."""

    __slots__ = ("pattern", "_flags", "_cased", "_compiled", *_METHODS)

    def __init__(self, pattern: str, flags: int = 0, cased: bool = False) -> None:
        self.pattern = pattern
        self._flags = flags
        self._cased = cased
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern, compiled now if it was not yet (from the kept code when there is
        some: :func:`_from_kept`)."""
        if self._compiled is None:
            compiled = _from_kept(self) or (self._cased and _cased_or_none(self.pattern, self._flags)) \
                or re.compile(self.pattern, self._flags)
            for name in _METHODS:
                setattr(self, name, getattr(compiled, name))
            self._compiled = compiled
            # Without __getattr__ on its class an object's attributes are read by the generic, faster
            # path: a compiled pattern's methods cost what they cost on re.Pattern (about 80 ns a call less)
            self.__class__ = _CompiledPattern
        return self._compiled

    @property
    def flags(self) -> int:
        return self.compiled().flags

    @property
    def groups(self) -> int:
        return self.compiled().groups

    @property
    def groupindex(self) -> Any:
        return self.compiled().groupindex

    def __reduce__(self) -> tuple[Any, ...]:
        return re.compile, (self.pattern, self._flags)

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}, {self._flags!r})"


class LazyPattern(_Pattern):
    """``re.compile(pattern, flags)``, made when first used (see the module docstring)."""

    __slots__ = ()

    def __getattr__(self, name: str) -> Any:
        # Called only for a method not set yet: the first use compiles.
        if name not in _METHODS:
            raise AttributeError(name)
        return getattr(self.compiled(), name)


class _CompiledPattern(_Pattern):
    """A :class:`LazyPattern` once compiled: its methods are the compiled pattern's."""

    __slots__ = ()


_MADE: list[LazyPattern] = []


def lazy_compile(pattern: str, flags: int | re.RegexFlag = 0, *, cased_branches: bool = False) -> re.Pattern[str]:
    """A pattern that compiles ``pattern`` with ``flags`` on its first use; to callers (and to
    mypy) a compiled pattern. ``cased_branches``: compiled by :func:`_cased_branches` (a long
    alternation under re.I, searched often: compiling so costs a few milliseconds more)."""
    made = LazyPattern(pattern, flags, cased_branches)
    _MADE.append(made)
    return cast("re.Pattern[str]", made)


def compile_all() -> None:
    """Compile every pattern :func:`lazy_compile` has given so far (before forking workers)."""
    for made in _MADE:
        made.compiled()


# --- a case-blind pattern's words, looked for in C first ---------------------------------------------

# The characters beyond ASCII that re.I takes for an ASCII letter (those of _FOLDED, below), as that letter.
_TO_ASCII_LETTER: dict[int, str] = {}


def folded(text: str) -> str:
    """``text`` lower-cased so that every match of a re.I pattern of ASCII letters is found in it by
    ``in`` (in lower case), whatever other characters the text holds: a test in C that rules out a
    text before the pattern scans it (metadata's _THESIS took 100-180 µs over a head). The four
    characters that re.I takes for an ASCII letter (İ ı ſ K) are made that letter first."""
    if not text.isascii() and any(chr(c) in text for c in _TO_ASCII_LETTER):
        text = text.translate(_TO_ASCII_LETTER)
    return text.lower()


# --- case-insensitive alternations that skip a branch at its first letter ------------------------
#
# ``re`` skips a branch of an alternation without entering it when the branch opens on a literal or
# a set matched with case (its first character does not match), but not when it opens on a letter
# matched without case (re.I): a cue pattern of eighty branches under re.I ("barriers?|obstacles?|
# hard[ ]to|...") enters every branch at every word boundary, 40-100 µs a sentence.
# :func:`_cased_branches` compiles such a pattern with each branch's first letter written as the
# set, matched with case, of the characters re.I takes for it ("b" -> [bB], "k" -> [kK\u212a]): the
# same matches, the same groups, the same ``pattern`` string.

_IGNORECASE = int(re.IGNORECASE)     # an int: flags as RegexFlag make every test an enum operation (slow)

# What re.I takes for an ASCII letter besides its two cases (tests/test_extract_speedups.py checks it).
_FOLDED = {"i": "\u0130\u0131", "s": "\u017f", "k": "\u212a"}
_TO_ASCII_LETTER.update({ord(c): letter for letter, chars in _FOLDED.items() for c in chars})


def _cases(code: int) -> list[int] | None:
    """The code points re.I matches for the character ``code``, or None when that is not known here."""
    c = chr(code)
    if not c.isascii():
        return None
    if not c.isalpha():
        return [code]
    return sorted({ord(x) for x in c.lower() + c.upper() + _FOLDED.get(c.lower(), "")})


def _cased_opening(item: tuple[Any, Any]) -> tuple[Any, Any] | None:
    """A branch's first item, a letter or a set of letters under re.I, as a set matched with case."""
    from re import _constants as sre  # type: ignore[attr-defined]

    op, av = item
    if op is sre.LITERAL:
        codes = _cases(av)
    elif op is sre.IN and all(kind is sre.LITERAL for kind, _ in av):
        found: set[int] = set()
        for _, value in av:
            cases = _cases(value)
            if cases is None:
                return None
            found.update(cases)
        codes = sorted(found)
    else:
        return None
    if codes is None or max(codes) > 255:
        return None                          # İ ı ſ K: a set beyond Latin-1 costs ~10 ms to compile
    return sre.IN, [(sre.LITERAL, code) for code in codes]


def _first_letters(items: Any) -> set[str] | None:
    """The lower-case ASCII letters a match of the parsed sequence ``items`` may open with (other
    characters left out), or None when it may open with any letter (or one re.I folds to one)."""
    from re import _constants as sre  # type: ignore[attr-defined]

    found: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            codes = [av]
        elif op is sre.IN and all(kind is sre.LITERAL for kind, _ in av):
            codes = [value for _, value in av]
        elif op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue                         # no character: the next item opens the match
        elif op is sre.SUBPATTERN or op is sre.BRANCH or (op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] >= 1):
            branches = [av[3].data] if op is sre.SUBPATTERN else [b.data for b in av[1]] if op is sre.BRANCH \
                else [av[2].data]
            for branch in branches:
                letters = _first_letters(branch)
                if letters is None:
                    return None
                found |= letters
            if op is sre.BRANCH and any(not b.data for b in av[1]):
                return None                  # an empty branch: the item after may open
            return found
        else:
            return None                      # an optional item, a class: any letter may open
        for code in codes:
            if not chr(code).isascii():
                return None
            if chr(code).isalpha():
                found.add(chr(code).lower())
        return found
    return None


def _grouped(branches: list[Any], state: Any, ignorecase: bool) -> list[Any] | None:
    """The branches of an alternation with those that open on the same letter made one branch, that
    letter (under re.I cased, see :func:`_cased_opening`) then the alternation of their rests, in
    their order; a branch that may open otherwise stays between them where it may open on their
    letter. None when no two branches share a letter."""
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]

    out: list[Any] = []
    open_: dict[str, int] = {}               # letter -> index in out of its group, while it may grow
    rests: dict[int, list[Any]] = {}
    merged = False
    for branch in branches:
        first = branch.data[0] if branch.data else None
        if first is not None and first[0] is sre.LITERAL and chr(first[1]).isascii() and chr(first[1]).isalpha():
            letter = chr(first[1]).lower() if ignorecase else chr(first[1])
            if letter in open_:
                rests[open_[letter]].append(_parser.SubPattern(state, branch.data[1:]))
                merged = True
            else:
                open_[letter] = len(out)
                rests[len(out)] = [_parser.SubPattern(state, branch.data[1:])]
                out.append(letter)
            continue
        letters = _first_letters(branch.data)
        for letter in [x for x in open_ if letters is None or x.lower() in letters]:
            del open_[letter]                # this branch may open on the letter: later ones make a new group
        out.append(branch)
    if not merged:
        return None
    result = []
    for i, item in enumerate(out):
        if not isinstance(item, str):
            result.append(item)
            continue
        cased = _cased_opening((sre.LITERAL, ord(item))) if ignorecase else None
        letter = (sre.SUBPATTERN, (None, 0, _IGNORECASE, _parser.SubPattern(state, [cased]))) if cased is not None \
            else (sre.LITERAL, ord(item))    # with case, or (i, s, k) as re.I reads it
        if len(rests[i]) == 1:
            result.append(_parser.SubPattern(state, [letter, *rests[i][0].data]))
        else:
            alternation = (sre.BRANCH, (None, rests[i]))
            result.append(_parser.SubPattern(state, [letter, (sre.SUBPATTERN, (None, 0, 0, _parser.SubPattern(
                state, [alternation])))]))
    return result


def _case_branches(items: Any, flags: int, state: Any) -> bool:
    """Rewrite, in place, the first letter of every branch matched under re.I; True if one was."""
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]

    changed = False
    for i, (op, av) in enumerate(items):
        if op is sre.BRANCH:
            grouped = _grouped(av[1], state, bool(flags & _IGNORECASE))
            if grouped is not None:
                av = (av[0], grouped)
                items[i] = (op, av)
                changed = True
            for branch in av[1]:
                if branch.data and flags & _IGNORECASE:
                    cased = _cased_opening(branch.data[0])
                    if cased is not None:
                        scope = (None, 0, _IGNORECASE, _parser.SubPattern(state, [cased]))
                        branch.data[0] = (sre.SUBPATTERN, scope)
                        changed = True
                changed |= _case_branches(branch.data, flags, state)
        elif op is sre.SUBPATTERN:
            changed |= _case_branches(av[3].data, (flags | av[1]) & ~av[2], state)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            changed |= _case_branches(av[2].data, flags, state)
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            changed |= _case_branches(av[1].data, flags, state)
        elif op is sre.ATOMIC_GROUP:
            changed |= _case_branches(av.data, flags, state)
        elif op is sre.GROUPREF_EXISTS:
            changed |= _case_branches(av[1].data, flags, state)
            if av[2] is not None:
                changed |= _case_branches(av[2].data, flags, state)
    return changed


def _cased_or_none(pattern: str, flags: int) -> re.Pattern[str] | None:
    """:func:`_cased_branches`, or None where this CPython's private ``re`` modules (``_parser``,
    ``_compiler``, ``_sre``: checked on 3.11-3.13) are not what it was written for: the pattern is
    then compiled by ``re.compile``, the same matches, only slower."""
    try:
        return _cased_branches(pattern, flags)
    except (AttributeError, ImportError, TypeError, ValueError):
        return None


def _cased_branches(pattern: str | bytes, flags: int) -> re.Pattern[str] | None:
    """``re.compile(pattern, flags)`` with the branches' first letters matched with case (see
    above), or None when no branch opens on a letter under re.I."""
    import _sre  # type: ignore[import-not-found]

    parts = _cased_parts(pattern, flags)
    return None if parts is None else cast("re.Pattern[str]", _sre.compile(pattern, *parts))


def _cased_parts(pattern: str | bytes, flags: int) -> tuple[Any, ...] | None:
    """What ``_sre.compile`` takes after the pattern for :func:`_cased_branches`'s pattern, or None."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    flags = int(flags)
    if not isinstance(pattern, str) or flags & int(re.ASCII | re.LOCALE | re.DEBUG):
        return None
    parsed = _parser.parse(pattern, flags)
    every = flags | int(parsed.state.flags)
    if every & int(re.ASCII | re.LOCALE) or not _case_branches(parsed.data, every, parsed.state):
        return None
    _guard(parsed, every)
    return _parts(parsed, every, _compiler._code(parsed, flags))


def _parts(parsed: Any, flags: int, code: list[int]) -> tuple[Any, ...]:
    """``_sre.compile``'s arguments after the pattern, as ``re._compiler.compile`` passes them."""
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    # plain ints: the opcodes are re's named int constants, which marshal does not write
    return int(flags), [int(c) for c in code], parsed.state.groups - 1, groupindex, tuple(indexgroup)


def compiled_anew(pattern: str, flags: int = 0, cased: bool = False) -> re.Pattern[str]:
    """``pattern`` compiled now as :func:`lazy_compile` compiles it (``cased``: ``cased_branches``),
    the kept code left aside: ``re.compile``'s matches, with the cased branches and the guard."""
    import _sre  # type: ignore[import-not-found]

    parts = (cased and _cased_parts(pattern, flags)) or _plain_parts(pattern, flags)
    return cast("re.Pattern[str]", _sre.compile(pattern, *parts))


def _plain_parts(pattern: str, flags: int) -> tuple[Any, ...]:
    """What ``_sre.compile`` takes after the pattern for ``re.compile(pattern, flags)``."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    flags = int(flags)
    parsed = _parser.parse(pattern, flags)
    _opened_on_a_character(parsed, flags | int(parsed.state.flags)) or _guard(parsed, flags | int(parsed.state.flags))
    return _parts(parsed, flags | int(parsed.state.flags), _compiler._code(parsed, flags))


# --- a guard of the words a match may open with ----------------------------------------------------
#
# ``re`` finds a match by trying the pattern at every position (where no literal prefix or set of first
# characters tells it where to look, as for a pattern that opens on ``\b`` or a look-behind). A long
# alternation whose branches open on groups (actors' _POPULATION: "(?:older|elderly|...)(?:...)* [ ]
# (?:people|...)|(?<![\w\-])(?:people|...)[ ](?:aged|...)|...") is entered branch by branch at every
# word boundary, and each branch's own alternations in turn. :func:`_guard` puts before the pattern (after
# its leading ``\b`` or ``^``) a look-ahead for the first few characters its matches may open with,
# gathered from the parsed pattern and written as one alternation grouped by first character, which
# ``re`` skips a branch of at its first character: a position where no match may open is left after a
# few character tests. The look-ahead only tells where the pattern cannot match: the same matches, the
# same groups, the same ``pattern`` string (tests/test_extract_regex.py checks it on every pattern
# guarded, over real documents). A pattern is guarded only where ``re`` has no prefix or set of first
# characters of its own and an alternation opens it.

GUARD_CHARS = 3        # characters of each opening gathered
GUARD_MAX = 400        # openings at most: past this the pattern is left as it is
GUARD_GAIN = 2         # guarded where re's steps to reject a position are at least this many times the guard's


class _NoGuard(Exception):
    """The pattern may open with any character (or an empty match): no guard."""


def _openings(items: Any, flags: int, rest: tuple[Any, ...], out: set[tuple[Any, ...]], prefix: tuple[Any, ...],
              branched: list[bool]) -> None:
    """Add to ``out`` each sequence of at most GUARD_CHARS items (a character or a set of characters
    matched with case) that a match of ``items`` followed by ``rest`` (frames of (items, flags) still to
    match) may open with; a sequence ends early where what follows is not one character."""
    from re import _constants as sre  # type: ignore[attr-defined]

    if len(out) > GUARD_MAX:
        raise _NoGuard
    while True:
        if len(prefix) >= GUARD_CHARS:
            out.add(prefix)
            return
        if not items:
            if not rest:
                if not prefix:
                    raise _NoGuard           # the pattern may match the empty string here
                out.add(prefix)
                return
            (items, flags), rest = rest[0], rest[1:]
            if items is None:                # a repeat's end: what follows is not looked at
                if not prefix:
                    raise _NoGuard
                out.add(prefix)
                return
            continue
        (op, av), items = items[0], items[1:]
        if op is sre.LITERAL or op is sre.IN:
            element = _matched_with_case(op, av, flags)
            if element is None:
                if not prefix:
                    raise _NoGuard
                out.add(prefix)
                return
            prefix = prefix + (element,)
        elif op is sre.AT or op is sre.ASSERT or op is sre.ASSERT_NOT:
            continue                         # no character
        elif op is sre.SUBPATTERN:
            _, add, remove, sub = av
            rest = ((items, flags),) + rest
            items, flags = sub.data, (flags | add) & ~remove
        elif op is sre.ATOMIC_GROUP:
            rest = ((items, flags),) + rest
            items = av.data
        elif op is sre.BRANCH:
            if not all(_opens_cheaply(branch.data) for branch in av[1]):
                branched[0] = True           # a branch re enters, not skips at its first character
            for branch in av[1]:
                _openings(branch.data, flags, ((items, flags),) + rest, out, prefix, branched)
            return
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, _, sub = av
            if not (len(sub.data) == 1 and sub.data[0][0] in (sre.LITERAL, sre.IN)):
                branched[0] = True           # a repeat of more than a character: entered
            if low == 0:                     # skipped: what follows opens
                _openings(items, flags, rest, out, prefix, branched)
            items, rest = sub.data, ((None, flags),)
        else:                                # any character, a back reference...: no known opening
            if not prefix:
                raise _NoGuard
            out.add(prefix)
            return


def _opens_cheaply(items: Any) -> bool:
    """Whether ``re`` tells at its first character, without entering it, that a branch of these
    ``items`` does not match (a character, a set, ``^`` or ``\\b``), as it does for a branch of words."""
    from re import _constants as sre  # type: ignore[attr-defined]

    while items:
        op, av = items[0]
        if op is sre.SUBPATTERN and av[0] is None:
            items = av[3].data               # flags only: compiled inline
            continue
        return op in (sre.LITERAL, sre.IN, sre.AT)   # (an assertion is tested, then the rest)
    return False


def _rejection_cost(items: Any) -> int:
    """About how many steps ``re`` takes to find that ``items`` do not match at a position where no
    match opens: a branch that opens on a character or a set is skipped in one, others are entered;
    a repeat of more than one character is entered and its item tried, and so is what follows an
    optional one."""
    from re import _constants as sre  # type: ignore[attr-defined]

    cost = 0
    for i, (op, av) in enumerate(items):
        if op is sre.LITERAL or op is sre.IN:
            return cost + 1
        if op is sre.AT or op is sre.ASSERT or op is sre.ASSERT_NOT:
            cost += 1
        elif op is sre.SUBPATTERN:
            return cost + _rejection_cost(list(av[3].data) + list(items[i + 1:]))
        elif op is sre.ATOMIC_GROUP:
            return cost + 1 + _rejection_cost(av.data)
        elif op is sre.BRANCH:
            return cost + 1 + sum(1 if _opens_cheaply(b.data) else _rejection_cost(list(b.data) + list(items[i + 1:]))
                                  for b in av[1])
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, _, sub = av
            one = len(sub.data) == 1 and sub.data[0][0] in (sre.LITERAL, sre.IN)   # re's REPEAT_ONE: a loop in C
            cost += 1 if one else 2 + _rejection_cost(sub.data)
            if low >= 1:
                return cost
        else:
            return cost + 1
    return cost


def _weak(element: tuple[Any, Any]) -> bool:
    """Whether an opening's first item passes at most positions of a text (a negated set, a class
    such as \\w or \\s, a range of five or more small letters): the guard would test in vain."""
    from re import _constants as sre  # type: ignore[attr-defined]

    op, av = element
    if op is not sre.IN:
        return False
    for kind, value in av:
        if kind is sre.NEGATE or (kind is sre.CATEGORY and value is not sre.CATEGORY_DIGIT):
            return True
        if kind is sre.RANGE and len(set(range(value[0], value[1] + 1)) & set(range(97, 123))) >= 5:
            return True
    return False


def _matched_with_case(op: Any, av: Any, flags: int) -> tuple[Any, Any] | None:
    """A character (LITERAL) or a set (IN) as an item matched with case that matches what it matches
    under ``flags``, hashable; None where that is not known here (a character beyond ASCII under re.I)."""
    from re import _constants as sre  # type: ignore[attr-defined]

    if not flags & _IGNORECASE:
        return (op, av) if op is sre.LITERAL else (op, tuple(av))
    if op is sre.LITERAL:
        codes = _cases(av)
        if codes is None:
            return None
        return (sre.LITERAL, codes[0]) if len(codes) == 1 else (sre.IN, tuple((sre.LITERAL, c) for c in codes))
    found: set[int] = set()
    for kind, value in av:
        cases = _cases(value) if kind is sre.LITERAL else None
        if cases is None:
            return None                      # a range or a class under re.I: left to the pattern
        found.update(cases)
    return sre.IN, tuple((sre.LITERAL, c) for c in sorted(found))


def _guard_items(openings: list[tuple[Any, ...]], state: Any) -> list[Any]:
    """The alternation of ``openings`` as parsed items, grouped by their first item (a trie)."""
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]

    groups: dict[Any, list[tuple[Any, ...]]] = {}
    for opening in openings:
        groups.setdefault(opening[0], []).append(opening[1:])
    branches = []
    for (op, av), tails in groups.items():
        first = (op, list(av)) if op is sre.IN else (op, av)
        if any(not tail for tail in tails):
            branches.append(_parser.SubPattern(state, [first]))   # the shorter opening holds the longer
        else:
            branches.append(_parser.SubPattern(state, [first, *_guard_items(tails, state)]))
    if len(branches) == 1:
        return list(branches[0].data)
    return [(sre.BRANCH, (None, branches))]


def _guard(parsed: Any, flags: int) -> bool:
    """Put the look-ahead of :func:`_openings` into ``parsed`` (after its leading ``\b``, ``^``...),
    where ``re`` has no prefix nor set of first characters of its own and an alternation opens the
    pattern; whether it did."""
    from re import _compiler, _constants as sre  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]

    if _compiler._get_literal_prefix(parsed, flags)[0] or _compiler._get_charset_prefix(parsed, flags):
        return False
    lead = 0
    while lead < len(parsed.data) and parsed.data[lead][0] is sre.AT:
        lead += 1
    out: set[tuple[Any, ...]] = set()
    branched = [False]
    try:
        _openings(parsed.data[lead:], flags, (), out, (), branched)
    except _NoGuard:
        return False
    if not branched[0] or not out or any(_weak(opening[0]) for opening in out):
        return False
    state = parsed.state
    items = _guard_items(sorted(out, key=repr), state)
    tried = len(items[0][1][1]) if items[0][0] is sre.BRANCH else 1   # the guard's first characters
    if _rejection_cost(parsed.data[lead:]) < GUARD_GAIN * tried:
        return False                         # re rejects the pattern as fast as it would the guard
    if flags & _IGNORECASE:                  # its items are matched with case (see _matched_with_case)
        items = [(sre.SUBPATTERN, (None, 0, _IGNORECASE, _parser.SubPattern(state, items)))]
    guard = (sre.ASSERT, (1, _parser.SubPattern(state, items)))
    parsed.data[lead:lead] = [guard]
    return True


# --- the boundary checked behind the first character --------------------------------------------
#
# A pattern that opens on ``\b`` or a look-behind (``\bfounded[ ]by``, ``\b(?:began|started|...)[ ]in``,
# ``(?<![\w\-])(?:teams|networks|...)``) has no literal prefix nor set of first characters for ``re``: it
# is tried at every position of the text, each try a call of the matcher. Checked behind the first
# character instead (``founded(?<!\wfounded)[ ]by``, ``(?:b(?<!\wb)egan|s(?<!\ws)tarted|...)``), the same
# test holds, and the pattern opens on a character, which ``re`` looks for in C, entering the matcher
# only there: the hand-written form of many extraction patterns ("opened on the capital, the boundary
# checked behind it"), made for every pattern of that shape when it is compiled. ``\b`` before a
# word character is "no word character before it", so it is moved only where every character the
# first item matches is one (not ``[A-ZÀ-Þ]``, which holds ×). Left as they are: re.I, re.A and
# re.L patterns (re.I finds no set of first characters in cased letters), and any other opening.


def _is_word_item(op: Any, av: Any) -> bool:
    """Whether every character a LITERAL or IN item matches is a word character (``\\w`` of a str pattern)."""
    from re import _constants as sre  # type: ignore[attr-defined]

    def word(code: int) -> bool:
        return chr(code).isalnum() or code == 95

    if op is sre.LITERAL:
        return word(av)
    if op is not sre.IN:
        return False
    for kind, value in av:
        if kind is sre.LITERAL:
            ok = word(value)
        elif kind is sre.RANGE:
            ok = value[1] - value[0] < 5000 and all(word(c) for c in range(value[0], value[1] + 1))
        elif kind is sre.CATEGORY:
            ok = value in (sre.CATEGORY_WORD, sre.CATEGORY_DIGIT)
        else:
            ok = False                       # NEGATE, a big charset...
        if not ok:
            return False
    return True


def _behind_first(items: list[Any], state: Any) -> list[Any] | None:
    """``items`` (a pattern or a branch) that open on ``\\b`` or a one-character look-behind, rewritten
    to open on their first character (a run of LITERALs, a set, or an alternation whose every branch
    opens on LITERALs) with the test behind it; None where they do not open so."""
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]

    if len(items) < 2:
        return None
    op, av = items[0]
    if op is sre.AT and av is sre.AT_BOUNDARY:
        kind, behind, word_only = sre.ASSERT_NOT, (sre.IN, [(sre.CATEGORY, sre.CATEGORY_WORD)]), True
    elif op in (sre.ASSERT, sre.ASSERT_NOT) and av[0] == -1 and len(av[1].data) == 1 \
            and av[1].data[0][0] in (sre.LITERAL, sre.IN):
        kind, behind, word_only = op, av[1].data[0], False
    else:
        return None

    def opened(run: list[Any], rest: list[Any]) -> list[Any] | None:
        if not run or (word_only and not _is_word_item(*run[0])):
            return None
        test = (kind, (-1, _parser.SubPattern(state, [behind, *run])))
        return [*run, test, *rest]

    first_op, first_av = items[1]
    if first_op is sre.SUBPATTERN and not first_av[1] and not first_av[2]:   # a group: the test goes inside it
        inner = _behind_first([items[0], *first_av[3].data], state)
        if inner is None:
            return None
        return [(sre.SUBPATTERN, (first_av[0], 0, 0, _parser.SubPattern(state, inner))), *items[2:]]
    if first_op is sre.IN:
        return opened([items[1]], list(items[2:]))
    if first_op is sre.LITERAL:
        n = 1
        while 1 + n < len(items) and items[1 + n][0] is sre.LITERAL:
            n += 1
        return opened(list(items[1:1 + n]), list(items[1 + n:]))
    if first_op is sre.BRANCH:
        branches = []
        for branch in first_av[1]:
            data = list(branch.data)
            n = 0
            while n < len(data) and data[n][0] is sre.LITERAL:
                n += 1
            new = opened(data[:n], data[n:])
            if new is None:
                return None
            branches.append(_parser.SubPattern(state, new))
        return [(sre.BRANCH, (None, branches)), *items[2:]]
    return None


def _opened_on_a_character(parsed: Any, flags: int) -> bool:
    """Rewrite ``parsed`` (see above) where ``re`` has no prefix nor set of first characters of its
    own and gets one so; whether it did."""
    from re import _compiler, _constants as sre  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]

    if flags & int(re.IGNORECASE | re.ASCII | re.LOCALE) or not flags & int(re.UNICODE):
        return False
    if _compiler._get_literal_prefix(parsed, flags)[0] or _compiler._get_charset_prefix(parsed, flags):
        return False
    data = list(parsed.data)
    if len(data) == 1 and data[0][0] is sre.BRANCH:   # "\ba|\bb": each branch opened on its character
        branches = [_behind_first(list(b.data), parsed.state) for b in data[0][1][1]]
        if any(b is None for b in branches):
            return False
        new = [(sre.BRANCH, (None, [_parser.SubPattern(parsed.state, b) for b in branches]))]
    else:
        new = _behind_first(data, parsed.state)
        if new is None:
            return False
    trial = _parser.SubPattern(parsed.state, new)
    if not (_compiler._get_literal_prefix(trial, flags)[0] or _compiler._get_charset_prefix(trial, flags)):
        return False
    parsed.data[:] = new
    return True


# --- the compiled code kept between processes ----------------------------------------------------
#
# Compiling is parsing and code generation in pure Python (re._parser, re._compiler), then one call
# in C (_sre.compile) with the code, a list of integers. A process that extracts compiled some 330
# of the patterns for one document and all of them for a build that forks workers: 0.12-0.25 CPU-s
# of every such ickg command. The code is kept in the user's cache (ickg.usercache, kind "regex"),
# one file per Python build and version of this module (_kept_path: the code's format is
# _sre's, the cased rewriting this module's), holding each pattern's code by pattern, flags and
# rewriting: a process reads it once (a few milliseconds) and gives _sre.compile the code; a
# pattern not in it has every pattern not yet kept compiled and the file written again, beside
# it and then renamed. ``tests/test_regex_kept.py`` checks that every pattern made from the file
# equals the one ``re.compile`` (or _cased_branches) makes.

_KEPT: dict[tuple[str, int, bool], tuple[Any, ...]] | None = None  # read once per process
KEPT_FILES = 4  # the user's cache keeps the code of the last few Pythons and versions of this module


def _key(made: _Pattern) -> tuple[str, int, bool]:
    return made.pattern, int(made._flags), bool(made._cased)


def _kept_path() -> Any:
    """The file of kept code for this Python and this module: named by a digest of both."""
    import _sre  # type: ignore[import-not-found]
    import sys
    from pathlib import Path

    from ickg import usercache

    return usercache.named("regex", ".marshal", sys.version, sys.implementation.cache_tag, str(_sre.MAGIC),
                           str(_sre.CODESIZE), Path(__file__).read_bytes())


def _read_kept_code() -> dict[tuple[str, int, bool], tuple[Any, ...]]:
    """The kept code, {} when there is none or it does not check (its first 32 bytes are the
    SHA-256 of the rest)."""
    import marshal

    from ickg import usercache

    body = usercache.read_checked(_kept_path())
    if body is None:
        return {}
    try:
        table = marshal.loads(body)
    except (EOFError, ValueError, TypeError):
        return {}
    return table if isinstance(table, dict) else {}


def _keep_code(table: dict[tuple[str, int, bool], tuple[Any, ...]]) -> bool:
    """Write ``table`` to the user's cache; whether the file is there now."""
    import marshal

    from ickg import usercache

    if len(table) > 2 * len(_MADE) + 500:  # patterns no longer made (another ickg of the same module)
        known = {_key(made) for made in _MADE}
        table = {key: parts for key, parts in table.items() if key in known}
    body = marshal.dumps(table)
    path = _kept_path()
    usercache.keep_checked(path, body, kept=KEPT_FILES)
    return path.is_file()


_CANNOT_KEEP = False  # the user's cache could not be written: patterns are compiled one by one

# Fewer new patterns than this are compiled but not written (unless the file had none): a pattern
# whose text changes from process to process (one joined from a set, in the order of its strings'
# hashes: actors' title words) would otherwise have every process write the file again.
KEEP_FROM = 16


def _from_kept(made: _Pattern) -> re.Pattern[str] | None:
    """``made`` compiled from the kept code (kept now, with every other pattern not kept yet, if
    it was not); None where this Python's private ``re`` modules are not what this was written
    for, or for a pattern that does not compile (the caller compiles it as before, and raises)."""
    global _KEPT, _CANNOT_KEEP
    try:
        import _sre  # type: ignore[import-not-found]

        if _KEPT is None:
            _KEPT = _read_kept_code()
        parts = _KEPT.get(_key(made))
        if parts is None and not _CANNOT_KEEP:
            new = {}
            for other in list(_MADE):
                key = _key(other)
                if key not in _KEPT and key not in new:
                    try:
                        new[key] = (other._cased and _cased_parts(other.pattern, other._flags)) \
                            or _plain_parts(other.pattern, other._flags)
                    except re.error:
                        continue  # raised where it is used, as before
            had_any = bool(_KEPT)
            _KEPT.update(new)
            if len(new) >= KEEP_FROM or (new and not had_any):
                _CANNOT_KEEP = not _keep_code(_KEPT)
            parts = _KEPT.get(_key(made))
        return None if parts is None else cast("re.Pattern[str]", _sre.compile(made.pattern, *parts))
    except (AttributeError, ImportError, TypeError, ValueError):
        return None

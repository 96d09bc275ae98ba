"""Look at a SPARQL request's text before any engine sees it: its form, and whether it may run.

pyoxigraph evaluates ``SERVICE <http://...>`` and ``LOAD <http://...>`` by opening an HTTP
connection from the evaluating process (checked with 0.5.13). ickg refuses ``SERVICE`` and
``LOAD`` outright, and ``FROM``/``FROM NAMED``/``USING``/``USING NAMED``/``WITH`` and the source
of ``ADD``/``COPY``/``MOVE`` when their IRI is not a graph of this store, before evaluation.
(A second wall, :mod:`ickg.sandbox`, keeps the evaluating processes off the network whatever
this check says.)

Reading keywords as the engine does
    The engine's parser (oxigraph's ``spargebra``, a rust-peg grammar) matches a keyword by
    comparing the next N characters case-insensitively, with no word boundary after it, and its
    white space is optional. So ``SERVICE:x`` is ``SERVICE`` followed by the prefixed name ``:x``,
    ``SERVICEl:x`` is ``SERVICE`` then ``l:x``, ``FROMNAMED:g`` is ``FROM NAMED :g``, and a keyword
    can follow a literal glued to it (``?s ?p true.SERVICE:x``, ``1SERVICE:x``). This module
    therefore does not split the text into words. It splits it into the tokens whose extent
    the grammar fixes (strings, IRIs, variables, comments, punctuation) and *runs*: maximal
    stretches of name characters (letters, digits, ``_ - : . %`` and ``\\``-escapes). For each run
    it computes every position at which the engine could start reading a token, whichever way
    it chooses to read what comes before: the start of the run, and the end of any keyword,
    ``a``, ``true``/``false``, prefixed name (oxigraph's own greedy rules, including its
    one-dot-group local names), blank node label, number, ``.`` or ``-`` read from a position
    already reached. A refused keyword at any of those positions refuses the request. Prefixed
    names are not cut in the middle unless the engine could cut them there (a local part whose
    concatenation with the namespace might not be a valid IRI), so ``ex:serviceLevel`` and
    ``?service`` pass while ``service:x`` does not.

IRIs
    The IRIs those keywords take are resolved as the engine resolves them: ``\\u`` escapes,
    ``PREFIX`` declarations (every reading of one, so a prefix read two ways has two
    candidate namespaces) and ``BASE`` (RFC 3986 resolution). A clause is refused when any
    candidate IRI is absolute and not local.

Depth
    pyoxigraph's parser and planner recurse once per level of brackets, braces and parentheses;
    some 2,200 nested braces overflow the stack of the process (a segmentation fault). Requests
    nested deeper than :data:`MAX_DEPTH` are refused here, before any parser sees them.

Cost
    Linear in the text's length: one tokenising pass with regular expressions that never scan
    the same characters twice; only runs holding a word the check acts on (found by one search
    over the whole text) are looked at closely, with per-run tables for long runs and memos for
    repeated ones. About 50 µs for a 350-character query, and at most a few tenths of a second
    for 200 KB built to be slow (``benchmarks/bench_querycheck.py``).

Checked against the engine
    ``tests/test_querycheck.py`` gives generated texts to a bare pyoxigraph store aimed at a
    loopback listener: whenever the engine connects, the check must have refused the text.
"""

import bisect
import re
from dataclasses import dataclass, field

from ickg.lru import LRU

MAX_DEPTH = 128  # levels of ( [ { ; real queries use a handful, the engine crashes near 2,200

QUERY_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
UPDATE_WORDS = ("INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH")
# Functions whose result changes from one evaluation to the next: such queries are not cached.
VOLATILE_WORDS = frozenset({"NOW", "RAND", "UUID", "STRUUID", "BNODE"})

# Every keyword spargebra matches with its case-insensitive i("...") rule (oxigraph 0.5, parser.rs).
KEYWORDS = frozenset("""
ABS ADD ADJUST ALL AS ASC ASK AVG BASE BIND BNODE BOUND BY CEIL CLEAR COALESCE CONCAT CONSTRUCT
CONTAINS COPY COUNT CREATE DATA DATATYPE DAY DEFAULT DELETE DESC DESCRIBE DISTINCT DROP
ENCODE_FOR_URI EXISTS FILTER FLOOR FROM GRAPH GROUP GROUP_CONCAT HAVING HOURS IF IN INSERT INTO
IRI LANG LANGDIR LANGMATCHES LATERAL LCASE LIMIT LOAD MAX MIN MINUS MINUTES MONTH MOVE NAMED NOT
NOW OBJECT OFFSET OPTIONAL ORDER PREDICATE PREFIX RAND REDUCED REGEX REPLACE ROUND SAMPLE SECONDS
SELECT SEPARATOR SERVICE SILENT STR STRAFTER STRBEFORE STRDT STRENDS STRLANG STRLANGDIR STRLEN
STRSTARTS STRUUID SUBJECT SUBSTR SUM TIMEZONE TO TRIPLE TZ UCASE UNDEF UNION URI USING UUID VALUES
VERSION WHERE WITH YEAR HASLANG HASLANGDIR ISBLANK ISIRI ISLITERAL ISNUMERIC ISTRIPLE ISURI
SAMETERM
""".split())
CASED_WORDS = ("a", "true", "false")  # matched case-sensitively
_LONGEST_KEYWORD = max(map(len, KEYWORDS))
_KEYWORD_STEMS = frozenset(k[:i] for k in KEYWORDS for i in range(1, len(k)))
_DIGIT_OR_DOT = re.compile(r"[0-9.]")
_ASCII_UPPER = str.maketrans("abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
REFUSED_WORDS = {
    "SERVICE": "SERVICE (federated query) is disabled: this endpoint never contacts other servers",
    "LOAD": "LOAD is disabled: this endpoint never fetches documents",
}
# Keywords whose IRI must be a graph of this store, with the words that may come between.
GRAPH_CLAUSES = {
    "FROM": (("NAMED",),),
    "USING": (("NAMED",),),
    "WITH": (),
    "ADD": (("SILENT",), ("GRAPH", "DEFAULT")),
    "COPY": (("SILENT",), ("GRAPH", "DEFAULT")),
    "MOVE": (("SILENT",), ("GRAPH", "DEFAULT")),
}
_INTERESTING = re.compile("|".join(sorted(
    {*REFUSED_WORDS, *GRAPH_CLAUSES, "PREFIX", "BASE", *VOLATILE_WORDS, *QUERY_FORMS, *UPDATE_WORDS},
    key=len, reverse=True)))
_MAX_CANDIDATES = 8  # distinct readings kept for one prefix, or for BASE

# Character classes of the SPARQL grammar as oxigraph writes them.
_BASE = ("A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d\u037f-\u1fff\u200c-\u200d"
         "\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd")
_CHARS = _BASE + "_\\-0-9\u00b7\u0300-\u036f\u203f-\u2040"
_VARNAME = _BASE + "_0-9\u00b7\u0300-\u036f\u203f-\u2040"
_ESCAPABLE = r"_~.\-!$&'()*+,;=/?#@%"
_IRI_CHAR = r'[^<>"{}|^`\\\x00-\x20]'
_ASTRAL = "\U00010000-\U000effff"  # names the engine refuses; kept inside runs all the same

_TOKEN = re.compile(
    rf"""
    (?P<ws>\s+)
  | (?P<comment>\#[^\n\r]*)
  | (?P<string>'''(?:(?:''|')?(?:[^'\\]|\\.))*'''|\"\"\"(?:(?:\"\"|\")?(?:[^"\\]|\\.))*\"\"\"
              |'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
  | (?P<iri><{_IRI_CHAR}*(?:\\u[0-9A-Fa-f]{{4}}{_IRI_CHAR}*|\\U[0-9A-Fa-f]{{8}}{_IRI_CHAR}*)*>)
  | (?P<var>[?$][{_VARNAME}{_ASTRAL}]+)
  | (?P<lang>@[a-zA-Z]+(?:-[a-zA-Z0-9]+)*(?:--[a-zA-Z]+)?)
  | (?P<run>(?:[{_CHARS}:{_ASTRAL}]|\\[{_ESCAPABLE}])(?:[{_CHARS}:.%{_ASTRAL}]|\\[{_ESCAPABLE}])*)
  | (?P<backslash>\\)
  | (?P<open>[(\[{{])
  | (?P<close>[)\]}}])
  | (?P<punct>\^\^|\|\||&&|!=|<=|>=|[.,;*/+\-=<>!|^@?$])
  | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)
_UCHAR = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_CHARS_RE = re.compile(f"[{_CHARS}]")
_BASE_RE = re.compile(f"[{_BASE}]")
_LOCAL_FIRST_RE = re.compile(rf"[{_BASE}_:0-9]|%[0-9A-Fa-f]{{2}}|\\[{_ESCAPABLE}]")
_CHARS_STRETCH = re.compile(f"[{_CHARS}]+")
_DOTS_STRETCH = re.compile(r"\.+")
_DIGITS_STRETCH = re.compile("[0-9]+")
_LOCAL_STRETCH = re.compile(rf"(?:[{_CHARS}:]|%[0-9A-Fa-f]{{2}}|\\[{_ESCAPABLE}])+")
# The same readings by regular expression, for short runs (no tables). Python's backtracking
# finds the same ends as the engine's greedy PEG rules here: no stretch can end on a ':'.
_SHORT = 64
_GROUPS_RE = re.compile(rf"(?:\.+[{_CHARS}]+)*")
_PN_PREFIX_RE = re.compile(rf"[{_CHARS}]+(?:\.+[{_CHARS}]+)*")
_LOCAL_UNIT = rf"(?:[{_CHARS}:]|%[0-9A-Fa-f]{{2}}|\\[{_ESCAPABLE}])"
_PN_LOCAL_RE = re.compile(rf"{_LOCAL_UNIT}+(?:\.+{_LOCAL_UNIT}+)?")
_NUMBER_RES = (re.compile("[0-9]+"), re.compile(r"[0-9]*\.[0-9]+"),
               re.compile(r"(?:[0-9]+\.[0-9]*|\.[0-9]+|[0-9]+)[eE][0-9]+"))
_SAFE_LOCAL = re.compile(r"[A-Za-z0-9_\-:%.\u00a0-\ud7ff\uf900-\ufdcf\ufdf0-\uffef]*")
_ABSOLUTE = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:")
_ENDS_IN_AUTHORITY = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:(?://[^/?#]*)?")
_IRI_PARTS = re.compile(r"(?:([^:/?#]+):)?(?://([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?", re.DOTALL)


class RefusedQuery(ValueError):
    """The request asks for something ickg never does (fetch a remote IRI, call a service, nest too deep)."""


@dataclass
class QueryText:
    """What the checker learnt about one request text."""

    form: str | None  # SELECT, ASK, CONSTRUCT, DESCRIBE, UPDATE, or None when no form was seen
    dataset_iris: list[str] = field(default_factory=list)  # FROM / FROM NAMED / USING IRIs, resolved
    has_dataset_clause: bool = False
    volatile: bool = False
    depth: int = 0  # deepest nesting of ( [ {

    @property
    def is_graph(self):
        return self.form in ("CONSTRUCT", "DESCRIBE")


def tokens(text):
    """(kind, value) pairs of ``text``, dropping white space and comments."""
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup
        if kind not in ("ws", "comment"):
            yield kind, match.group()


def inspect(text: str, *, is_local_graph) -> QueryText:
    """Classify a query or update and refuse what would reach outside the store.

    Args:
        text: the query or update as received.
        is_local_graph: predicate on an absolute IRI; the IRIs of FROM, USING, WITH and the
            source of ADD/COPY/MOVE must satisfy it.

    Returns:
        A :class:`QueryText`.

    Raises:
        RefusedQuery: for ``SERVICE``, ``LOAD``, a graph clause naming an IRI outside the
            store, a backslash outside strings, IRIs and names, or nesting deeper than
            :data:`MAX_DEPTH`.
    """
    prologue = _PLAIN_PROLOGUE.match(text, 0, _MAX_PROLOGUE)
    if prologue is not None:
        state = _prologue_state(prologue.group())
        if state is not None:
            checker = _Checker(text[prologue.end():], is_local_graph)
            checker.restore(state)
            return checker.run()
    return _Checker(text, is_local_graph).run()


# ---------------------------------------------------------------------------------------------
# Prologues read once
#
# The viewer sends every query with the same twenty PREFIX declarations before it
# (:data:`ickg.web.queries.PROLOGUE`), and reading them was 90% of the check's time. A prologue of
# plain PREFIX declarations ending with a line break is read once, alone, and what the checker
# learnt from it (the prefixes' candidate namespaces) is kept; a text that starts with it is
# checked from there with that knowledge. This is exact: the prologue holds no brackets, strings,
# comments or backslashes, and ends with white space, so the rest of the text splits into the
# same tokens alone as after it; a prologue whose reading touched anything else than the prefix
# table (a graph clause, a query form, a volatile function read in a prefix name) is not kept.

_PLAIN_PROLOGUE = re.compile(r"(?:[ \t\r\n]*PREFIX[ \t]+(?:[A-Za-z][A-Za-z0-9_\-]*)?:[ \t]*<[^<>\"{}|^`\\\x00-\x20]*>)+"
                             r"[ \t]*\n")
_MAX_PROLOGUE = 4096  # characters looked at for a prologue (the rest is read with the text)
_PROLOGUES: LRU[str, object] = LRU(max_items=64)  # prologue text -> the checker's state after it (None: not kept)
_UNSEEN = object()


def _prologue_state(prologue):
    found = _PROLOGUES.get(prologue, _UNSEEN)
    if found is not _UNSEEN:
        return found
    asked = []
    checker = _Checker(prologue, lambda iri: asked.append(iri))
    try:
        result = checker.run()
    except RefusedQuery:
        state = None  # refused again, with its message, when read with the rest of its text
    else:
        pristine = result == QueryText(form=None) and checker.bases == [None] and not asked
        state = checker.state() if pristine else None
    _PROLOGUES.put(prologue, state)
    return state


# ---------------------------------------------------------------------------------------------
# Runs of name characters


class _Run:
    """One run of name characters and the positions at which the engine may start a token in it."""

    def __init__(self, text):
        self.text = text
        self.upper = text.translate(_ASCII_UPPER)  # same length: only a-z change
        self.n = len(text)
        self.has_colon = ":" in text
        self.has_digit_or_dot = _DIGIT_OR_DOT.search(text) is not None
        self._keywords = {} if self.n <= _SHORT else None
        self._safe = {}  # colon position -> whether the local part after it is plain

    def __getattr__(self, name):
        # The tables are built on first use: runs without ':' or digits never need them.
        if name in ("chars_end", "_groups_end", "_dots_end", "_local_end", "_digits_end"):
            self._tables()
            return getattr(self, name)
        raise AttributeError(name)

    def _tables(self):
        """For each position: the end of the longest stretch of PN_CHARS, of digits, of dots and
        of local-name units starting there, and (at a stretch's end) the end of the dot groups
        that continue a PN_PREFIX or blank node label. Filled stretch by stretch with slice
        assignments, so a long run costs little Python work."""
        text, n = self.text, self.n

        def ends(pattern):
            table = list(range(n + 1))
            for m in pattern.finditer(text):
                s, e = m.span()
                table[s:e] = [e] * (e - s)
            return table

        chars_end = ends(_CHARS_STRETCH)
        dots_end = ends(_DOTS_STRETCH)
        self._digits_end = ends(_DIGITS_STRETCH)
        # Inside a %HH or \\x unit this gives the stretch's end too; nothing asks there.
        self._local_end = ends(_LOCAL_STRETCH)
        groups_end = list(range(n + 1))
        dots = [m.start() for m in _DOTS_STRETCH.finditer(text)]
        for e in reversed(dots):
            d = dots_end[e]
            if d < n and chars_end[d] > d:
                groups_end[e] = groups_end[chars_end[d]]
        self.chars_end, self._groups_end, self._dots_end = chars_end, groups_end, dots_end

    def keywords_at(self, p):
        """The keywords (upper case) and case-sensitive words the engine may read at ``p``."""
        if self.n > _SHORT:
            if self._keywords is None:
                self._keyword_table()
            return self._keywords.get(p, ())
        found = self._keywords.get(p)
        if found is None:
            found = []
            upper = self.upper
            for end in range(p + 1, min(p + _LONGEST_KEYWORD, self.n) + 1):
                piece = upper[p:end]
                if piece in KEYWORDS:
                    found.append(piece)
                elif piece not in _KEYWORD_STEMS:
                    break
            text = self.text
            if text[p] in "atf":
                for word in CASED_WORDS:
                    if text.startswith(word, p):
                        found.append(word)
            self._keywords[p] = found
        return found

    def _keyword_table(self):
        """Every keyword occurrence of a long run, found with str.find (C speed) rather than
        by slicing at each position."""
        table = {}
        upper, text = self.upper, self.text
        for word in KEYWORDS:
            i = upper.find(word)
            while i >= 0:
                table.setdefault(i, []).append(word)
                i = upper.find(word, i + 1)
        for word in CASED_WORDS:
            i = text.find(word)
            while i >= 0:
                table.setdefault(i, []).append(word)
                i = text.find(word, i + 1)
        self._keywords = table

    def prefix_end(self, p):
        """End of ``PN_PREFIX`` read greedily from ``p`` (``p`` when none starts there)."""
        if p >= self.n or not _BASE_RE.match(self.text[p]):
            return p
        if self.n <= _SHORT:
            return _PN_PREFIX_RE.match(self.text, p).end()
        return self._groups_end[self.chars_end[p + 1]]

    def label_end(self, p):
        """End of a blank node label's name read from ``p`` (after ``_:``), or ``p``."""
        if p >= self.n or not (_BASE_RE.match(self.text[p]) or self.text[p] in "_0123456789"):
            return p
        if self.n <= _SHORT:
            return _PN_PREFIX_RE.match(self.text, p + 1).end() if p + 1 < self.n and \
                _CHARS_RE.match(self.text[p + 1]) else _GROUPS_RE.match(self.text, p + 1).end()
        return self._groups_end[self.chars_end[p + 1]]

    def local_end(self, q):
        """End of ``PN_LOCAL`` read greedily from ``q`` (oxigraph: at most one group of dots)."""
        n, text = self.n, self.text
        if q >= n or not _LOCAL_FIRST_RE.match(text, q):
            return q
        if n <= _SHORT:
            return _PN_LOCAL_RE.match(text, q).end()
        e = self._local_end[q]
        if e < n and text[e] == ".":
            d = self._dots_end[e]
            if d < n and self._local_end[d] > d:
                e = self._local_end[d]
        return e

    def number_ends(self, p):
        """Ends of INTEGER, DECIMAL and DOUBLE read from ``p`` (all of them: the grammar tries each)."""
        if self.n <= _SHORT:
            return [m.end() for pattern in _NUMBER_RES if (m := pattern.match(self.text, p))]
        text, n, digits = self.text, self.n, self._digits_end
        ends = []
        i = digits[p]
        if i > p:
            ends.append(i)
        mantissa = [i] if i > p else []
        if i < n and text[i] == ".":
            j = digits[i + 1]
            if j > i + 1:
                ends.append(j)
            if i > p or j > i + 1:
                mantissa.append(j)
        for m in mantissa:
            if m + 1 < n and text[m] in "eE" and digits[m + 1] > m + 1:
                ends.append(digits[m + 1])
        return ends

    def pname_ends(self, p, authority_prefix):
        """Where a prefixed name read from ``p`` may end: after its local part, and after the
        colon too when the engine might reject the whole name as an IRI and fall back to the
        bare namespace: a local part with characters that can break an IRI, or a namespace that
        ends inside an authority (``authority_prefix(text, p, colon)`` says whether it may)."""
        colon = self.prefix_end(p)
        if colon >= self.n or self.text[colon] != ":":
            return []
        end = self.local_end(colon + 1)
        if end == colon + 1:
            return [end]
        safe = self._safe.get(colon)
        if safe is None:
            safe = self._safe[colon] = _SAFE_LOCAL.fullmatch(self.text, colon + 1, end) is not None
        if not safe or authority_prefix(self.text, p, colon):
            return [colon + 1, end]
        return [end]

    def reachable(self, authority_prefix):
        """Positions where the engine may start reading a token, in increasing order.

        ``authority_prefix``: see :meth:`pname_ends`.
        """
        text, n = self.text, self.n
        seen = {0}
        todo = [0]
        while todo:
            p = todo.pop()
            out = [p + len(word) for word in self.keywords_at(p)]
            c = text[p]
            if c == "." or c == "-":
                out.append(p + 1)
            if self.has_colon:
                if c == "_" and text.startswith("_:", p):
                    out.append(self.label_end(p + 2))
                colon = self.prefix_end(p)
                if colon < n and text[colon] == ":":
                    out.extend(self.pname_ends(p, authority_prefix))
            if self.has_digit_or_dot and ("0" <= c <= "9" or c == "."):
                out.extend(self.number_ends(p))
            for q in out:
                if q not in seen:
                    seen.add(q)
                    if q < n:
                        todo.append(q)
        return sorted(seen)


# ---------------------------------------------------------------------------------------------
# IRIs


def _unescape_iri(text):
    return _UCHAR.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), text)


def _remove_dot_segments(path):
    out = []
    while path:
        if path.startswith("../"):
            path = path[3:]
        elif path.startswith("./"):
            path = path[2:]
        elif path.startswith("/./"):
            path = path[2:]
        elif path == "/.":
            path = "/"
        elif path.startswith("/../"):
            path = path[3:]
            if out:
                out.pop()
        elif path == "/..":
            path = "/"
            if out:
                out.pop()
        elif path in (".", ".."):
            path = ""
        else:
            start = 1 if path.startswith("/") else 0
            cut = path.find("/", start)
            cut = len(path) if cut < 0 else cut
            out.append(path[:cut])
            path = path[cut:]
    return "".join(out)


def resolve_iri(base, ref):
    """``ref`` resolved against ``base`` (RFC 3986 section 5.2), or ``None`` when it stays relative."""
    if _ABSOLUTE.match(ref):
        return ref
    if not base:
        return None
    b = _IRI_PARTS.fullmatch(base)
    r = _IRI_PARTS.fullmatch(ref)
    b_scheme, b_auth, b_path, b_query, _ = b.groups()
    _, r_auth, r_path, r_query, r_frag = r.groups()
    if r_auth is not None:
        auth, path, query = r_auth, _remove_dot_segments(r_path), r_query
    elif r_path == "":
        auth, path = b_auth, b_path
        query = r_query if r_query is not None else b_query
    else:
        auth, query = b_auth, r_query
        if r_path.startswith("/"):
            path = _remove_dot_segments(r_path)
        else:
            if b_auth is not None and b_path == "":
                merged = "/" + r_path
            else:
                merged = b_path[:b_path.rfind("/") + 1] + r_path
            path = _remove_dot_segments(merged)
    out = f"{b_scheme}:"
    if auth is not None:
        out += "//" + auth
    out += path
    if query is not None:
        out += "?" + query
    if r_frag is not None:
        out += "#" + r_frag
    return out


# ---------------------------------------------------------------------------------------------
# The pass over the tokens


def _depth(toks):
    """The deepest nesting of brackets, braces and parentheses; refuses beyond MAX_DEPTH."""
    depth = deepest = 0
    for kind, value in toks:
        if kind == "open":
            depth += 1
        elif kind == "close":
            if depth:
                depth -= 1
            continue
        elif kind == "iri" and ("(" in value or "[" in value):
            # An engine that reads this "<" as less-than sees these brackets as code.
            deepest = max(deepest, depth + value.count("(") + value.count("["))
            depth = max(0, depth + value.count("(") + value.count("[") - value.count(")") - value.count("]"))
        else:
            continue
        if depth > deepest:
            deepest = depth
        if deepest > MAX_DEPTH:
            raise RefusedQuery(
                f"the request nests brackets, braces or parentheses more than {MAX_DEPTH} levels "
                "deep; this endpoint does not evaluate such requests"
            )
    return deepest


_READINGS = {}


def _no_authority(text, start, colon):
    return False


def _keyword_readings(run, authority_prefix):
    return [(p, word) for p in run.reachable(authority_prefix) if p < run.n
            for word in run.keywords_at(p) if word not in CASED_WORDS]


def _tokens_within_depth(text):
    """The kept token matches of ``text``, refusing as soon as the nesting passes MAX_DEPTH."""
    kept = []
    depth = 0
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup
        if kind == "open":
            depth += 1
            if depth > MAX_DEPTH:
                _depth([("open", "")] * depth)  # raises with the message
        elif kind == "close":
            depth = max(0, depth - 1)
        elif kind == "ws" or kind == "comment":
            continue
        kept.append(m)
    return kept


class _Checker:
    def __init__(self, text, is_local_graph):
        self.text = text
        self.is_local_graph = is_local_graph
        self.local_cache = {}
        self.prefixes = {}  # prefix -> candidate namespace IRIs (every reading of a PREFIX declaration)
        self.bases = [None]  # candidate base IRIs (None: no BASE)
        self.result = QueryText(form=None)
        self.toks = []
        self.runs = {}  # token index -> _Run
        self.skip_form = set()  # token indexes read as part of a PREFIX or BASE declaration
        self.generation = 0  # bumped whenever a PREFIX or BASE reading adds a candidate
        self.memo = {}  # answers that depend only on text and generation
        self.dataset_seen = set()
        self.prefix_lengths = set()
        self.authority_prefixes = set()  # prefixes with a candidate namespace ending in an authority

    def run(self):
        text = self.text
        if text.count("(") + text.count("[") + text.count("{") > MAX_DEPTH:
            kept = _tokens_within_depth(text)  # stops at the first level too deep
        else:
            kept = [m for m in _TOKEN.finditer(text) if m.lastgroup != "ws" and m.lastgroup != "comment"]
        toks = self.toks = [(m.lastgroup, m.group()) for m in kept]
        self.result.depth = _depth(toks)
        if "\\" in self.text and any(kind == "backslash" for kind, _ in toks):
            raise RefusedQuery("escape sequences outside strings and IRIs are not accepted")
        # Only runs holding one of the _INTERESTING words need a closer look. Those words are
        # ASCII letters, and every ASCII letter outside strings, IRIs, comments and variables is
        # in a run, so one search over the whole text finds them all.
        starts = [m.start() for m in kept]
        chosen = []
        for hit in _INTERESTING.finditer(self.text.translate(_ASCII_UPPER)):
            index = bisect.bisect_right(starts, hit.start()) - 1
            if index >= 0 and toks[index][0] == "run" and hit.end() <= kept[index].end() \
                    and (not chosen or chosen[-1] != index):
                chosen.append(index)
        for index in chosen:
            self._run_token(index, toks[index][1])
        return self.result

    def state(self):
        """What a later text needs from this one: the prefixes read and their readings."""
        return ({prefix: tuple(candidates) for prefix, candidates in self.prefixes.items()}, self.generation,
                frozenset(self.prefix_lengths), frozenset(self.authority_prefixes))

    def restore(self, state):
        """Read on as if the text that gave ``state`` came before this one."""
        prefixes, self.generation, lengths, authority = state
        self.prefixes = {prefix: list(candidates) for prefix, candidates in prefixes.items()}
        self.prefix_lengths, self.authority_prefixes = set(lengths), set(authority)

    def _run_of(self, index):
        run = self.runs.get(index)
        if run is None:
            run = self.runs[index] = _Run(self.toks[index][1])
        return run

    def _run_token(self, index, value):
        result = self.result
        for p, word in self._readings(index, value):
            if word in REFUSED_WORDS:
                raise RefusedQuery(REFUSED_WORDS[word])
            after = (index, p + len(word))
            # A declaration follows only the start of the text, white space, a comment or the
            # IRI or string ending the one before: always the start of a run.
            if word == "PREFIX" and p == 0:
                self._prefix_decl(after)
            elif word == "BASE" and p == 0:
                self._base_decl(after)
            elif word in GRAPH_CLAUSES:
                self._graph_clause(word, after)
            if word in VOLATILE_WORDS:
                result.volatile = True
            if result.form is None and index not in self.skip_form:
                if word in QUERY_FORMS:
                    result.form = word
                elif word in UPDATE_WORDS:
                    result.form = "UPDATE"

    def _readings(self, index, value):
        """(position, keyword) pairs the engine may read in run ``index``.

        Without a colon in the run no prefixed name can be read in it, so the answer depends
        on its text alone and is remembered (``PREFIX``, ``SELECT``, ``WHERE``...).
        """
        if ":" not in value and len(value) <= _SHORT:
            known = _READINGS.get(value)
            if known is None:
                if len(_READINGS) > 4096:
                    _READINGS.clear()
                known = _READINGS[value] = tuple(_keyword_readings(_Run(value), _no_authority))
            return known
        if len(value) > 256:
            return _keyword_readings(self._run_of(index), self._authority_prefix)
        key = (value, self.generation)
        known = self.memo.get(key)
        if known is None:
            known = self.memo[key] = _keyword_readings(self._run_of(index), self._authority_prefix)
        return known

    # -- walking the token stream from a position inside it ----------------------------------

    def _at(self, where):
        """Normalise a (token index, offset) so that the offset is inside the token."""
        index, offset = where
        while index < len(self.toks):
            kind, value = self.toks[index]
            if kind == "run" and offset < len(value):
                return index, offset
            if kind != "run" and offset == 0:
                return index, 0
            index, offset = index + 1, 0
        return None

    def _words_at(self, where, words):
        """Positions after each of ``words`` (case-insensitive) read at ``where``."""
        spot = self._at(where)
        if spot is None or self.toks[spot[0]][0] != "run":
            return []
        index, offset = spot
        value = self.toks[index][1]
        out = []
        for word in words:
            piece = value[offset:offset + len(word)]
            if piece.isascii() and piece.upper() == word:
                out.append((word, (index, offset + len(word))))
        return out

    def _iris_at(self, where):
        """Candidate IRIs of an ``iri`` (IRIREF or prefixed name) read at ``where``.

        Returns (iris, readable): the absolute IRIs it may denote, and whether it can be read as
        an IRI at all (an undeclared prefix or a relative IRI without base cannot).
        """
        spot = self._at(where)
        if spot is None:
            return [], False
        index, offset = spot
        kind, value = self.toks[index]
        if kind == "iri":
            ref = _unescape_iri(value[1:-1])
            iris = {resolve_iri(base, ref) for base in self.bases}
            iris.discard(None)
            return sorted(iris), bool(iris)
        if kind != "run":
            return [], False
        run = self._run_of(index)
        colon = run.prefix_end(offset)
        if colon >= run.n or value[colon] != ":":
            return [], False
        namespaces = self._namespaces(value, offset, colon)
        if not namespaces:
            return [], False
        iris = set()
        for end in run.pname_ends(offset, self._authority_prefix):
            local = value[colon + 1:end].replace("\\", "")
            iris.update(ns + local for ns in namespaces)
        return sorted(iris), True

    def _namespaces(self, text, start, colon):
        """Candidate namespaces of the prefix ``text[start:colon]`` (None when undeclared).

        Looked up by length first: slicing every candidate prefix of a long run would cost
        time quadratic in its length."""
        if colon - start not in self.prefix_lengths:
            return None
        return self.prefixes.get(text[start:colon])

    def _authority_prefix(self, text, start, colon):
        """Whether the prefix ``text[start:colon]`` may have a namespace ending inside an
        authority (``http://host``), where appending a local part can make the IRI invalid."""
        if not self.authority_prefixes:
            return False
        if len(self.authority_prefixes) > _MAX_CANDIDATES:
            return True
        if colon - start not in {len(prefix) for prefix in self.authority_prefixes}:
            return False
        return text[start:colon] in self.authority_prefixes

    def _graph_clause(self, word, after):
        """Refuse the clause when the IRI it names may be outside the store."""
        index, offset = after
        value = self.toks[index][1]
        has_colon = self._run_of(index).has_colon if len(value) > _SHORT else ":" in value
        if not has_colon and len(value) - offset > len("SILENT") + len("GRAPH"):
            return  # no prefixed name in this run, and the next token is out of reach: no IRI
        key = None
        if len(value) - offset <= 256 and all(len(v) <= 256 for _, v in self.toks[index + 1:index + 4]):
            context = (value[offset:], *(v for _, v in self.toks[index + 1:index + 4]))
            key = (word, self.generation, context)
            if self.memo.get(key):
                return  # the same clause, read the same way, passed already
        self._graph_clause_read(word, after)
        if key is not None:
            self.memo[key] = True

    def _graph_clause_read(self, word, after):
        readings = [after]
        for slot in GRAPH_CLAUSES[word]:
            more = []
            for where in readings:
                for found, past in self._words_at(where, slot):
                    if found != "DEFAULT":  # ADD DEFAULT TO ...: no IRI to read
                        more.append(past)
            readings += more
        readable = False
        for where in readings:
            iris, ok = self._iris_at(where)
            readable = readable or ok
            for iri in iris:
                if not self._is_local(iri):
                    shown = iri if len(iri) <= 200 else iri[:200] + "..."
                    clause = "FROM" if word == "FROM" else word
                    raise RefusedQuery(
                        f"{clause} <{shown}> is not a graph of this store; remote graphs are never fetched"
                    )
                if word in ("FROM", "USING") and iri not in self.dataset_seen:
                    self.dataset_seen.add(iri)
                    self.result.dataset_iris.append(iri)
        if readable and word == "FROM":
            self.result.has_dataset_clause = True

    def _is_local(self, iri):
        known = self.local_cache.get(iri)
        if known is None:
            known = self.local_cache[iri] = bool(self.is_local_graph(iri))
        return known

    # -- declarations --------------------------------------------------------------------------

    def _namespace_at(self, where):
        """(prefix, token index) when a bare ``PNAME_NS`` ends a token at ``where``."""
        spot = self._at(where)
        if spot is None or self.toks[spot[0]][0] != "run":
            return None
        index, offset = spot
        value = self.toks[index][1]
        if value[-1] != ":" or index + 1 >= len(self.toks) or self.toks[index + 1][0] != "iri":
            return None
        colon = self._run_of(index).prefix_end(offset)
        return (value[offset:colon], index) if colon == len(value) - 1 else None

    def _prefix_decl(self, after):
        found = self._namespace_at(after)
        if found is None:
            return
        prefix, index = found
        self.skip_form.update((index, index + 1))
        ref = _unescape_iri(self.toks[index + 1][1][1:-1])
        candidates = self.prefixes.setdefault(prefix, [])
        for base in self.bases:
            iri = resolve_iri(base, ref)
            if iri is not None and iri not in candidates:
                candidates.append(iri)
                self.generation += 1
                self.prefix_lengths.add(len(prefix))
                if _ENDS_IN_AUTHORITY.fullmatch(iri):
                    self.authority_prefixes.add(prefix)
        if len(candidates) > _MAX_CANDIDATES:
            raise RefusedQuery(f"the prefix {prefix}: is declared more than {_MAX_CANDIDATES} different ways")

    def _base_decl(self, after):
        spot = self._at(after)
        if spot is None or spot[1] != 0 or self.toks[spot[0]][0] != "iri":
            return
        self.skip_form.add(spot[0])
        ref = _unescape_iri(self.toks[spot[0]][1][1:-1])
        for base in list(self.bases):
            iri = resolve_iri(base, ref)
            if iri is not None and iri not in self.bases:
                self.bases.append(iri)
                self.generation += 1
        if len(self.bases) > _MAX_CANDIDATES + 1:  # the readings, and None for "no BASE"
            raise RefusedQuery(f"BASE is declared more than {_MAX_CANDIDATES} different ways")

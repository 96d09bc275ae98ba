"""Query text as people paste it, made into SPARQL: ickg's prefixes and compact IRIs with ``/``.

The viewer, the query page's table and ``ickg query`` print IRIs compactly, as
``id:jurisdiction/quebec``. Pasted back into a query that is a syntax error twice over: ``id:`` is
not declared, and SPARQL reads the ``/`` as a property path (``id:jurisdiction`` then
``quebec``). :func:`prepare` turns such text into the SPARQL it means, for the query page and the
command line (the SPARQL protocol itself stays strict):

- a ``PREFIX`` line, at the top, for each of ickg's prefixes the text uses without declaring;
- ``\\/`` for a ``/`` between a prefixed name and a run of name characters glued to it
  (``id:jurisdiction\\/quebec``, an escape the grammar allows in local names, so the IRI is
  the one the tool printed).

What is left alone: strings, IRIs, comments and variables (the text is split into tokens by the
query check's own rules, :data:`ickg.sparql.querycheck._TOKEN`, which reads text as oxigraph's parser
does), and every ``/`` that valid SPARQL already reads as a path: one followed by another
prefixed name (``ickg:partOf/ickg:locatedIn``), by ``a``, ``^``, ``!``, ``(``, ``<`` or white
space. So a query that was valid SPARQL before keeps its meaning.

Positions: the engine reports syntax errors as ``error at LINE:COLUMN`` in the text it read.
:meth:`Prepared.error_message` maps them back through every insertion into the user's own text,
so a one-line query's error is on line 1 even when PREFIX lines were added above it.

Safety: the caller checks (:func:`ickg.sparql.querycheck.inspect`) and runs :attr:`Prepared.text`, the
text the engine reads, never the original; nothing here decides whether a text may run.
"""

import bisect
import re
from collections.abc import Mapping
from dataclasses import dataclass

from ickg.sparql import querycheck

# The engine's error position, as pyoxigraph 0.5 words it ("error at 1:39: expected ...").
_POSITION = re.compile(r"\berror at (\d+):(\d+)")
_PNAME_START = re.compile(rf"(?:[{querycheck._BASE}](?:[{querycheck._CHARS}.]*[{querycheck._CHARS}])?)?:")
_DECLARATION = re.compile(r"PREFIX", re.IGNORECASE)


@dataclass(frozen=True)
class Prepared:
    """A text made ready for the engine, and the way back to the original's positions."""

    original: str
    text: str  # what is checked and run
    added_prefixes: tuple[str, ...] = ()  # prefixes declared at the top
    escaped: int = 0  # slashes escaped
    inserts: tuple[tuple[int, int], ...] = ()  # (offset in text, length) of each insertion, in order

    @property
    def changed(self) -> bool:
        return self.text != self.original

    def original_offset(self, offset: int) -> int:
        """The offset in :attr:`original` of character ``offset`` of :attr:`text`.

        A position inside an insertion maps to the place it was inserted at."""
        before = 0
        starts = [start for start, _ in self.inserts]
        for start, length in self.inserts[:bisect.bisect_right(starts, offset)]:
            before += min(length, offset - start)
        return max(0, offset - before)

    def original_position(self, line: int, column: int) -> tuple[int, int]:
        """(line, column) in :attr:`original` of the engine's (line, column) in :attr:`text`,
        both 1-based, lines ending at ``\\n`` and columns counted in characters, as the engine
        counts them."""
        offset = _offset_of(self.text, line, column)
        return _position_of(self.original, self.original_offset(offset))

    def error_position(self, message: str) -> tuple[int, int] | None:
        """The (line, column) in the original of the engine's error ``message``, if it gives one."""
        match = _POSITION.search(message)
        if match is None:
            return None
        return self.original_position(int(match.group(1)), int(match.group(2)))

    def error_message(self, message: str) -> str:
        """The engine's ``message`` with its position moved into the original text."""
        position = self.error_position(message)
        if position is None:
            return message
        return _POSITION.sub(f"error at {position[0]}:{position[1]}", message, count=1)


def _offset_of(text, line, column):
    start = 0
    for _ in range(max(0, line - 1)):
        newline = text.find("\n", start)
        if newline < 0:
            return len(text)
        start = newline + 1
    end = text.find("\n", start)
    end = len(text) if end < 0 else end + 1
    return min(start + max(0, column - 1), end)


def _position_of(text, offset):
    offset = min(offset, len(text))
    line = text.count("\n", 0, offset) + 1
    start = text.rfind("\n", 0, offset) + 1
    return line, offset - start + 1


def _pname_prefix(run):
    """The prefix of the prefixed name a run starts with (``""`` for ``:x``), or None."""
    match = _PNAME_START.match(run)
    return match.group()[:-1] if match else None


def _declared(kept):
    """Prefixes the text declares: ``PREFIX p:`` (also glued, ``PREFIXp:``), as the engine reads it."""
    out = set()
    for i, m in enumerate(kept):
        if m.lastgroup != "run":
            continue
        value = m.group()
        if not _DECLARATION.match(value):
            continue
        rest = value[len("PREFIX"):]
        if not rest and i + 1 < len(kept) and kept[i + 1].lastgroup == "run":
            rest = kept[i + 1].group()
        if rest.endswith(":") and _PNAME_START.fullmatch(rest):
            out.add(rest[:-1])
    return out


def prepare(text: str, prefixes: Mapping[str, object]) -> Prepared:
    """``text`` with ``prefixes`` declared where used but undeclared and compact IRIs escaped.

    Args:
        text: a query as the user wrote it.
        prefixes: prefix -> namespace IRI (a string or an rdflib Namespace), the ones the tool
            prints (``ickg.iris.PREFIXES``).
    """
    kept = [m for m in querycheck._TOKEN.finditer(text) if m.lastgroup not in ("ws", "comment")]
    pieces = []  # the text between insertions, and the insertions
    inserts = []
    done = 0
    escaped = 0
    chain = False  # the previous run is (the end of) a prefixed name
    used = set()
    for i, m in enumerate(kept):
        if m.lastgroup != "run":
            if not (m.group() == "/" and chain):
                chain = False
            continue
        value = m.group()
        prefix = _pname_prefix(value)
        if prefix is not None:
            used.add(prefix)
        glued = (i >= 2 and chain and kept[i - 1].group() == "/"
                 and kept[i - 2].end() == kept[i - 1].start() and kept[i - 1].end() == m.start())
        if glued and ":" not in value and value.rstrip(".") != "a":
            slash = kept[i - 1].start()
            pieces.append(text[done:slash])
            inserts.append(slash)
            pieces.append("\\")
            done = slash
            escaped += 1
            chain = not value.endswith(".")
        else:
            chain = prefix is not None and not value.endswith(".")
    pieces.append(text[done:])

    declared = _declared(kept)
    missing = tuple(p for p in prefixes if p in used and p not in declared)
    prologue = "".join(f"PREFIX {p}: <{str(prefixes[p])}>\n" for p in missing)
    # Offsets of the insertions in the new text: the prologue, then one backslash each.
    positions = [(0, len(prologue))] if prologue else []
    positions += [(len(prologue) + at + n, 1) for n, at in enumerate(inserts)]
    return Prepared(original=text, text=prologue + "".join(pieces), added_prefixes=missing,
                    escaped=escaped, inserts=tuple(positions))

"""The curation file format: statement header lines, each with its indented attribute lines.

A file is ``graph_data/curation/<document stem>.txt`` (the format is described in
``graph_data/curation/README.md``). :func:`parse_blocks` reads it into :class:`Block` s, or raises
:class:`CurationError` with ``path:line: reason``; nothing here knows the ontology or the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rdflib import URIRef

CURATION_SUFFIX = ".txt"
PUBLICATION_KEYWORD = "@publication"
QUALIFIERS_SCHEME = "qualifier"
JOURNAL_KEYWORD = "@journal"
ATTRIBUTES = ("quote", "also", "hedge", "qualifier", "occurrence", "unnamed", "note", "because", "label",
              "proposed", "rejected")
# ``proposed: <id> <what proposed it>`` under a statement accepted in review, ``rejected: <id> <why>``
# under one a curator turned down (never built): ickg.curate.review reads the ids back, so a
# proposal decided once is not proposed again.
PROPOSAL_ID = re.compile(r"p-[0-9a-f]{10}")
LABEL_PROPERTY_NAMES = ("label", "rdfs:label")


class CurationError(ValueError):
    """A curation file that cannot be built; the message is ``path:line: reason``."""

    def __init__(self, path, line, reason):
        self.path, self.line, self.reason = str(path), line, reason
        super().__init__(f"{path}:{line}: {reason}")


@dataclass
class Quote:
    line: int
    text: str
    occurrence: int | None = None
    hedge: str | None = None
    hedge_line: int | None = None
    qualifier: str | None = None
    qualifier_line: int | None = None


@dataclass
class Block:
    """One statement header line and its indented attribute lines."""

    line: int
    left: str
    right: str
    quotes: list[Quote] = field(default_factory=list)
    also: list[tuple[int, str]] = field(default_factory=list)
    notes: list[tuple[int, str]] = field(default_factory=list)
    unnamed: int | None = None
    unnamed_reason: str | None = None
    reasons: list[tuple[int, str]] = field(default_factory=list)
    label: tuple[int, str] | None = None
    proposed: tuple[int, str] | None = None
    rejected: tuple[int, str] | None = None


@dataclass
class Entity:
    key: str
    line: int
    cls: URIRef
    label: str
    iri: URIRef


def parse_blocks(path, text):
    """Split a curation file into blocks; raise :class:`CurationError` on malformed lines."""
    blocks = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip()
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        indented = line[0] in " \t"
        if not indented:
            left, sep, right = _split_colon(stripped)
            if not sep:
                raise CurationError(path, number, f"expected '<subject> <property>: <object>' or "
                                    f"'<name> is a: <class>', found no ':' in {stripped!r}")
            if not left:
                raise CurationError(path, number, "nothing before ':'")
            if not right:
                raise CurationError(path, number, f"nothing after ':' in {stripped!r}")
            blocks.append(Block(number, left, right))
            continue
        if not blocks:
            raise CurationError(path, number, "indented line before any statement")
        name, sep, value = _split_colon(stripped)
        name = name.lower()
        if not sep or name not in ATTRIBUTES:
            raise CurationError(path, number, f"expected one of {', '.join(a + ':' for a in ATTRIBUTES)}"
                                f" on an indented line, found {stripped!r}")
        if not value:
            raise CurationError(path, number, f"empty {name}:")
        block = blocks[-1]
        if name == "quote":
            block.quotes.append(Quote(number, value))
        elif name == "also":
            block.also.append((number, unquote(value)))
        elif name == "note":
            block.notes.append((number, value))
        elif name == "unnamed":
            block.unnamed, block.unnamed_reason = number, value
        elif name == "because":
            block.reasons.append((number, value))
        elif name == "label":
            block.label = (number, unquote(value))
        elif name in ("proposed", "rejected"):
            if not PROPOSAL_ID.match(value):
                raise CurationError(path, number, f"{name}: starts with the proposal's id (p- and ten hex "
                                    f"digits, as ickg review lists it), found {value!r}")
            setattr(block, name, (number, value))
        else:
            if not block.quotes:
                raise CurationError(path, number, f"{name}: must follow the quote it qualifies")
            quote = block.quotes[-1]
            if name == "hedge":
                quote.hedge, quote.hedge_line = value, number
            elif name == "qualifier":
                quote.qualifier, quote.qualifier_line = value.strip().lower(), number
            elif name == "occurrence":
                if not value.isdigit() or int(value) < 1:
                    raise CurationError(path, number, f"occurrence must be a whole number from 1, found {value!r}")
                quote.occurrence = int(value)
    for block in blocks:
        if not block.quotes and not block.reasons:
            raise CurationError(path, block.line, "statement has no quote: add '  quote: <the words of "
                                "the document that state it>' (or, for what no words state, "
                                "'  because: <the curator's reason>')")
        if block.label is not None and block.unnamed is None:
            raise CurationError(path, block.label[0], "'label:' gives a descriptive name to a thing the "
                                "document does not name: it goes with 'unnamed: <why>'")
    return blocks


def _split_colon(text):
    """Split at the first ': ' (or a final ':'), so that 'org:Organization' stays whole."""
    match = re.search(r":(\s|$)", text)
    if not match:
        return text, "", ""
    return text[:match.start()].strip(), ":", text[match.end():].strip()


def unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return value[1:-1]
    return value

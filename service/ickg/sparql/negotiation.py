"""Content negotiation: the one way a response's format is chosen.

Each kind of response has an :class:`Offer`: the formats it can be written in, best first, and
whether (and where) an HTML page is among them. :func:`negotiate` reads a ``format``/``output``
parameter first, then the Accept header, against that offer, and nothing else: a format is
added by adding a row to :mod:`ickg.sparql.formats`.

- the endpoint's SELECT/ASK answers (:data:`QUERY_RESULTS`) and CONSTRUCT/DESCRIBE answers
  (:data:`QUERY_GRAPHS`): a format when nothing is asked, the query page when a browser asks;
- a resource's description (:data:`RESOURCES`): the HTML page when nothing or ``*/*`` is asked
  (a browser), an RDF format (no dataset format) otherwise; a format parameter nobody can write
  is refused (406), and file extensions (``ttl``, ``nt``, ``jsonld``, ``rdf``) name formats too.

>>> from werkzeug.datastructures import MIMEAccept
>>> negotiate(QUERY_RESULTS, MIMEAccept([("text/csv", 1)])).name
'csv'
>>> negotiate(RESOURCES, MIMEAccept([("*/*", 1)]))
'text/html'
>>> negotiate(RESOURCES, MIMEAccept(), format_params=["trig"]) is None
True
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Protocol, cast

from ickg.lru import LRU
from ickg.sparql.formats import GRAPH_FORMATS, HTML, RESULT_FORMATS, Format


class Accept(Protocol):
    """What negotiation reads of an Accept header (werkzeug's ``MIMEAccept`` has it)."""

    def best_match(self, matches: Iterable[str], default: str | None = None) -> str | None: ...

    def to_header(self) -> str: ...

    def __bool__(self) -> bool: ...


@dataclass(frozen=True)
class Offer:
    """What one kind of response can be written as.

    Args:
        formats: the formats, best first (the first is the default when nothing is asked).
        html: ``"last"``: a page is offered after the formats; ``"first"``: the page is the
            default and wins ties (``*/*``); None: no page.
        skip: media-type aliases not answered to (a resource does not answer ``application/json``).
        extensions: whether a format parameter may be a file extension (``ttl``).
        strict: whether a format parameter nobody can write is refused (None) rather than
            passed over for the Accept header.
    """

    formats: tuple[Format, ...]
    html: str | None = None
    skip: frozenset[str] = field(default_factory=frozenset)
    extensions: bool = False
    strict: bool = False

    def candidates(self) -> list[str]:
        """The media types to match the Accept header against, preferred first."""
        out = [fmt.media_type for fmt in self.formats]
        for fmt in self.formats:
            out.extend(a for a in fmt.aliases if "/" in a and a not in out and a not in self.skip)
        if self.html == "first":
            return [HTML, *out]
        return out + ([HTML] if self.html else [])

    def named(self, name: str) -> Format | str | None:
        """The format (or the HTML page) a parameter value names, within this offer."""
        value = name.strip().lower()
        if self.html and value in ("html", HTML):
            return HTML
        if self.extensions:
            for fmt in self.formats:
                if fmt.extension == value:
                    return fmt
        for fmt in self.formats:
            if value in (n.lower() for n in fmt.names):
                return fmt
        return None

    @property
    def default(self) -> Format | str:
        return HTML if self.html == "first" else self.formats[0]


QUERY_RESULTS = Offer(RESULT_FORMATS, html="last")
QUERY_GRAPHS = Offer(GRAPH_FORMATS, html="last")
RESOURCES = Offer(tuple(f for f in GRAPH_FORMATS if not f.dataset), html="first",
                  skip=frozenset({"application/json"}), extensions=True, strict=True)


def choose(offer: Offer, accept: Accept | None, *, format_params: Iterable[str] = ()) -> Format | str | None:
    """The format to answer with, :data:`~ickg.sparql.formats.HTML` for a page, or None when
    nothing in ``offer`` fits (a 406).

    Args:
        accept: the Accept header (werkzeug's ``MIMEAccept``; empty or None: nothing asked).
        format_params: values of the ``format``/``output`` parameters; the first known one wins.
            SPARQLWrapper sends several (``format=tsv&format=text/tab-separated-values``).
    """
    for value in format_params:
        fmt = offer.named(value)
        if fmt is not None or offer.strict:
            return fmt
    if not accept:
        return offer.default
    best = accept.best_match(offer.candidates())
    if best is None:
        return None
    return HTML if best == HTML else offer.named(best)


_CHOSEN: LRU[tuple, object] = LRU(max_items=4096)
_MISSING, _NONE = object(), object()  # not chosen yet; chosen, and nothing fits


def negotiate(offer: Offer, accept: Accept | str | None, *,
              format_params: Iterable[str] = ()) -> Format | str | None:
    """Memoized :func:`choose`: werkzeug's Accept matching costs more than a cached answer.

    ``accept`` may be the Accept header as received: it is then parsed only the first time it
    is seen (the endpoint's path: ~50 µs of werkzeug's parsing and sorting a request saved).

    >>> negotiate(QUERY_RESULTS, "text/csv;q=0.9, application/sparql-results+xml").name
    'xml'
    """
    params = tuple(format_params)
    header = accept if isinstance(accept, str) else accept.to_header() if accept else ""
    key = (offer, header, params)
    found = _CHOSEN.get(key, _MISSING)
    if found is _MISSING:
        parsed: Accept | None
        if isinstance(accept, str):  # werkzeug is the web process's; imported here so this package stays light
            from werkzeug.datastructures import MIMEAccept
            from werkzeug.http import parse_accept_header

            parsed = cast(Accept, parse_accept_header(accept, MIMEAccept))
        else:
            parsed = accept
        chosen = choose(offer, parsed, format_params=params)
        _CHOSEN.put(key, _NONE if chosen is None else chosen)
        return chosen
    return None if found is _NONE else found  # type: ignore[return-value]


_PREFERRED: LRU[tuple, object] = LRU(max_items=4096)


def preferred(accept: Accept | None, media_types: tuple[str, ...]) -> str | None:
    """The media type of ``media_types`` the Accept header ranks first, or None when none fits or
    nothing is asked: for the responses that are not written in a :class:`Offer`'s formats (an
    error page or its one line of text, an explanation page or its JSON, a citation file).

    >>> from werkzeug.datastructures import MIMEAccept
    >>> preferred(MIMEAccept([("application/json", 1), ("text/html", 0.5)]), ("text/html", "application/json"))
    'application/json'
    >>> preferred(MIMEAccept([("*/*", 1)]), ("text/html", "application/json"))
    'text/html'
    >>> preferred(MIMEAccept(), ("text/html",)) is None
    True
    """
    if not accept:
        return None
    key = (media_types, accept.to_header())
    found = _PREFERRED.get(key, _MISSING)
    if found is _MISSING:
        found = accept.best_match(media_types)
        _PREFERRED.put(key, found)
    return found  # type: ignore[return-value]


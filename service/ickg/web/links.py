"""Links and names on the pages: where an IRI is shown, how it is named, and the template
globals and filters that put them into the HTML.

ickg's own IRIs (``https://w3id.org/ickg/...``) are served at their own path on this service
(``/id/program/prisma``), any other IRI at ``/resource?iri=...``.
"""

from __future__ import annotations

from urllib.parse import quote, urlencode

from flask import Flask, request
from markupsafe import Markup, escape

from ickg.iris import BASE
from ickg.iris import compact as namespaces_compact
from ickg.sparql import formats, negotiation
from ickg.web import queries as vq
from ickg.web.queries import Term

# The RDF formats a resource is offered in: (suffix, Format).
RDF_FORMATS = tuple((f.extension, f) for f in negotiation.RESOURCES.formats)
SUFFIXES = {ext: fmt for ext, fmt in RDF_FORMATS} | {"html": formats.HTML}
MINTED_AREAS = ("id", "ontology", "scheme", "graph", "releases")


def href(iri):
    """The service URL showing ``iri``: its own path for ickg's IRIs, else ``/resource?iri=``."""
    iri = str(iri)
    root = request.script_root if request else ""
    if iri.startswith(BASE):
        rest = iri[len(BASE):]
        area = rest.split("/", 1)[0]
        if area in MINTED_AREAS and not any(rest.endswith("." + ext) for ext in SUFFIXES):
            return root + "/" + quote(rest, safe="/:@!$&'()*+,;=-._~")
    return root + "/resource?" + urlencode({"iri": iri})


def rdf_href(iri, ext):
    """URL of the ``ext`` representation of ``iri`` (``.ttl`` twin or ``format=`` parameter)."""
    link = href(iri)
    if "/resource?" in link:
        return link + "&" + urlencode({"format": ext})
    return link + "." + ext


def compact(iri):
    """``prefix:local`` for IRIs in a known namespace, else the IRI's last segment."""
    short = namespaces_compact(iri)
    if short is not None:
        return short
    iri = str(iri)
    tail = iri.rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1]
    return tail or iri


def why_url(s, p, o):
    """The reasoning helper's explanation page for an inferred triple."""
    obj = o.value if isinstance(o, Term) and o.is_iri else (o.n3() if isinstance(o, Term) else str(o))
    return "/explain?" + urlencode({"s": str(s), "p": str(p), "o": obj})


def sparql_cell(cell):
    """A TSV result cell as the query page shows it: IRIs become links to their pages."""
    text = str(cell)
    if text.startswith("<") and text.endswith(">") and " " not in text:
        iri = text[1:-1]
        return Markup('<a href="{}" title="{}">{}</a>').format(href(iri), iri, compact(iri))
    if text.startswith('"'):
        body, sep, rest = text[1:].rpartition('"')
        if sep:
            value = body.replace('\\"', '"').replace("\\n", "\n").replace("\\t", "\t").replace("\\\\", "\\")
            suffix = ""
            if rest.startswith("@"):
                suffix = Markup(' <span class="lang">{}</span>').format(rest[1:])
            return escape(value) + suffix
    return escape(text)


def _scheme_tag(iri):
    """The scheme of a concept IRI (``gken`` for scheme/gken/x), to tell same-named concepts apart."""
    prefix = BASE + "scheme/"
    iri = str(iri)
    if iri.startswith(prefix) and iri.count("/", len(prefix)) == 1:
        return iri[len(prefix):].split("/", 1)[0]
    return ""


def _trim_left(text, n):
    """The last ``n`` characters of ``text``, cut at a word, with an ellipsis."""
    text = " ".join(str(text or "").split(" "))
    if len(text) <= n:
        return text
    cut = text[-n:]
    return "…" + (cut.split(" ", 1)[1] if " " in cut[:-1] else cut)


def _trim_right(text, n):
    text = str(text or "")
    if len(text) <= n:
        return text
    cut = text[:n]
    return (cut.rsplit(" ", 1)[0] if " " in cut[1:] else cut) + "…"


class Labeller:
    """Collects IRIs while a page is put together, then fetches their labels in as few queries as it can."""

    def __init__(self):
        self.iris = set()
        self._labels = {}
        self._fetched = set()

    def want(self, term):
        if isinstance(term, Term):
            if term.is_iri:
                self.iris.add(term.value)
        elif term:
            self.iris.add(str(term))
        return term

    def fetch(self):
        missing = self.iris - self._fetched
        if missing:
            self._labels.update(vq.labels(missing))
            self._fetched |= missing
        return self

    def __call__(self, iri):
        iri = iri.value if isinstance(iri, Term) else str(iri)
        if iri not in self._fetched:
            self.iris.add(iri)
            self.fetch()
        return self._labels.get(iri) or compact(iri)


def init_app(app: Flask) -> None:
    """Make the link helpers available to every template (``href``, ``compact``, ``sparql_cell``
    globals; ``scheme_tag``, ``trim_left``, ``trim_right`` filters)."""
    app.add_template_global(href, "href")
    app.add_template_global(compact, "compact")
    app.add_template_global(sparql_cell, "sparql_cell")
    app.add_template_filter(_scheme_tag, "scheme_tag")
    app.add_template_filter(_trim_left, "trim_left")
    app.add_template_filter(_trim_right, "trim_right")
    app.context_processor(lambda: {"viewer_nav": True})

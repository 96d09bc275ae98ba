"""Links and names on the pages: where an IRI is shown, how it is named, and the template
globals and filters that put them into the HTML.

ickg's own IRIs (``https://w3id.org/ickg/...``) are served at their own path on this service
(``/id/program/prisma``), any other IRI at ``/resource?iri=...``.
"""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import quote, urlencode

from flask import Flask, request
from markupsafe import Markup, escape

import re

from ickg.iris import BASE, ID, SCHEME
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
    return _href(str(iri), request.script_root if request else "")


# A page links the same few hundred IRIs (a program page makes about 80 links, a crosswalk or
# compare table more), each quoted or URL-encoded anew on every page: the links are kept by IRI
# and mount point, as they depend on nothing else. Bounded, so that a crawl of a large store
# keeps a fixed amount.
LINK_CACHE_ITEMS = 16384


@lru_cache(maxsize=LINK_CACHE_ITEMS)
def _href(iri: str, root: str) -> str:
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


GENID = ID + "genid/"
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
# Words kept in capitals when a local name is spelled out.
_ACRONYMS = {"doi": "DOI", "iri": "IRI", "url": "URL", "id": "ID", "who": "WHO", "gken": "GKEN"}


def words_for(iri):
    """A readable name for an IRI nobody labelled: ``hasPublicationYear`` -> "has publication year",
    ``id:person/embuldeniya-g`` -> "embuldeniya g", an anonymous class expression -> "(anonymous)".

    >>> words_for("http://purl.org/spar/fabio/hasPublicationYear")
    'has publication year'
    >>> words_for("https://w3id.org/ickg/id/organization/gken")
    'GKEN'
    """
    iri = str(iri)
    if iri.startswith(GENID):
        return "(anonymous)"
    for prefix, name in _REGISTRIES:
        if iri.startswith(prefix):
            return name + iri[len(prefix):]
    tail = iri.rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1]
    if not tail:
        return iri
    words = []
    for part in re.split(r"[-_.\s]+", tail):
        for word in _CAMEL.split(part):
            if word:
                low = word.lower()
                words.append(_ACRONYMS.get(low, word if word.isupper() and len(word) > 1 else low))
    return " ".join(words) or tail


# Identifiers of other registries, named as their users write them.
_REGISTRIES = (("https://doi.org/", "doi:"), ("http://dx.doi.org/", "doi:"), ("http://www.wikidata.org/entity/", "Wikidata "),
               ("https://pubmed.ncbi.nlm.nih.gov/", "PMID "), ("https://orcid.org/", "ORCID "))

_SCHEME_SUFFIX = re.compile(r"\s+(typology of integration|degrees of integration|domains of integration|"
                            r"framework components|framework strategies|elements)$", re.I)


def scheme_short_names(scheme_labels):
    """{scheme IRI: a short name} ("GKEN", "Fulop", "Leutz"), the label itself where shortening would
    make two schemes look alike."""
    short = {s: _SCHEME_SUFFIX.sub("", label) or label for s, label in scheme_labels.items()}
    counts = {}
    for name in short.values():
        counts[name.lower()] = counts.get(name.lower(), 0) + 1
    return {s: (name if counts[name.lower()] == 1 else scheme_labels[s]) for s, name in short.items()}


def why_url(s, p, o):
    """The reasoning helper's explanation page for an inferred triple."""
    obj = o.value if isinstance(o, Term) and o.is_iri else (o.n3() if isinstance(o, Term) else str(o))
    return _why_url(request.script_root if request else "", str(s), str(p), obj)


@lru_cache(maxsize=LINK_CACHE_ITEMS)
def _why_url(root: str, s: str, p: str, o: str) -> str:
    return root + "/explain?" + urlencode({"s": s, "p": p, "o": o})


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
    """Collects IRIs while a page is put together, then fetches their labels in as few queries as it can.

    Every IRI is named in words: its label, else a built-in name, else its local name spelled out
    (:func:`words_for`); a concept whose label another scheme's concept shares is followed by its
    scheme ("clinical integration — GKEN").
    """

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

    def bare(self, iri):
        """The label of ``iri`` without its scheme."""
        iri = iri.value if isinstance(iri, Term) else str(iri)
        if iri not in self._fetched:
            self.iris.add(iri)
            self.fetch()
        return self._labels.get(iri) or words_for(iri)

    def scheme(self, iri):
        """The short name of the scheme of a concept whose label is shared across schemes, else ''."""
        iri = iri.value if isinstance(iri, Term) else str(iri)
        if not iri.startswith(SCHEME):
            return ""
        scheme = shared_label_schemes().get(iri)
        return scheme_names().get(scheme, "") if scheme else ""

    def __call__(self, iri):
        label = self.bare(iri)
        scheme = self.scheme(iri)
        return f"{label} — {scheme}" if scheme else label


def shared_label_schemes():
    """{concept: scheme} of the concepts that share their label with another scheme's (per store version)."""
    return vq.memo("shared-label-schemes", vq.concept_schemes_of_shared_labels)


def scheme_names():
    """{scheme IRI: short name} of every concept scheme (per store version)."""
    def compute():
        schemes = [r["s"].value for r in vq.concept_schemes()]
        found = vq.labels(schemes)
        return scheme_short_names({s: found.get(s) or words_for(s) for s in schemes})
    return vq.memo("scheme-names", compute)


def init_app(app: Flask) -> None:
    """Make the link helpers available to every template (``href``, ``compact``, ``sparql_cell``
    globals; ``words``, ``scheme_tag``, ``trim_left``, ``trim_right`` filters)."""
    app.add_template_global(href, "href")
    app.add_template_global(compact, "compact")
    app.add_template_global(sparql_cell, "sparql_cell")
    app.add_template_filter(words_for, "words")
    app.add_template_filter(_scheme_tag, "scheme_tag")
    app.add_template_filter(_trim_left, "trim_left")
    app.add_template_filter(_trim_right, "trim_right")
    app.context_processor(lambda: {"viewer_nav": True})

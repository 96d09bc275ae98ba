"""Publications read from the graph as :class:`~ickg.web.citations.Reference` records, and where
in its document a quote stands (for citations such as ``Embuldeniya et al. (2018), Results section``).

The record comes from the bibliographic metadata the build asserts: FaBiO types, ``dcterms:title``,
the authors in order through ``prov:qualifiedAttribution`` and ``schema:position``,
``fabio:hasPublicationYear``, ``prism:publicationDate``, the journal by ``dcterms:isPartOf``,
``prism:volume``/``issueIdentifier``/``startingPage``/``endingPage``/``doi``, PubMed ids and the
publisher. Nothing is guessed beyond splitting a name the source gives as ``MJ Fleury``.

A quote's locator: the PDF page when the provenance holds one (an ``oa:FragmentSelector``
``page=N``, as RFC 3778 writes PDF fragments, selected by the quote's annotation itself: the
annotation is its own target, its text selectors folded into it as ``oa:exact``/``oa:start``/
``oa:end``, see :mod:`ickg.model.provenance`), else the section heading
it falls under, as the extraction finds sections (the same layout code run on the stored text).
"""

from __future__ import annotations

import re

from ickg.web import queries as vq
from ickg.web.citations import FORMATS, Locator, Name, Reference, apa, apa_html, citation_key, in_text, initials

FABIO = "http://purl.org/spar/fabio/"
# The kind of work (CSL's names) each FaBiO class stands for; the first match wins.
KIND_OF_CLASS = (
    (FABIO + "JournalArticle", "article-journal"),
    (FABIO + "ReportDocument", "report"),
    (FABIO + "WebPage", "webpage"),
    (FABIO + "Book", "book"),
    (FABIO + "Expression", "document"),
)

# What makes a resource a publication: a type among these, or a subclass of fabio:Expression.
_PUBLICATION_TYPE = """{pub} a ?type .
    FILTER(?type IN (fabio:Expression, fabio:JournalArticle, fabio:ReportDocument, fabio:WebPage, fabio:Book)
           || EXISTS {{ ?type rdfs:subClassOf+ fabio:Expression }})"""

_IS_PUBLICATION = "ASK {{ " + _PUBLICATION_TYPE + " }}"

# One UNION branch per field, each row binding one of them: the same answer as one pattern with a
# dozen OPTIONALs, without the cross product of repeated values that makes Virtuoso 7 estimate
# such a query at hours and refuse it (tests/test_portable_queries.py runs the viewer's queries there).
_RECORD = """SELECT ?type ?title ?label ?year ?date ?volume ?issue ?first ?last ?doi ?pmid ?pmcid
       ?jtitle ?jshort ?publisher ?jpublisher ?url WHERE {{
  {{ """ + _PUBLICATION_TYPE + """ }}
  UNION {{ {pub} dcterms:title ?title }}
  UNION {{ {pub} rdfs:label ?label }}
  UNION {{ {pub} fabio:hasPublicationYear ?year }}
  UNION {{ {pub} prism:publicationDate ?date }}
  UNION {{ {pub} prism:volume ?volume }}
  UNION {{ {pub} prism:issueIdentifier ?issue }}
  UNION {{ {pub} prism:startingPage ?first }}
  UNION {{ {pub} prism:endingPage ?last }}
  UNION {{ {pub} prism:doi ?doi }}
  UNION {{ {pub} fabio:hasPubMedId ?pmid }}
  UNION {{ {pub} fabio:hasPubMedCentralId ?pmcid }}
  UNION {{ {pub} dcterms:isPartOf ?journal . ?journal a fabio:Journal ; dcterms:title ?jtitle }}
  UNION {{ {pub} dcterms:isPartOf ?journal . ?journal a fabio:Journal ; dcterms:alternative ?jshort }}
  UNION {{ {pub} dcterms:isPartOf ?journal . ?journal a fabio:Journal ; dcterms:publisher/rdfs:label ?jpublisher }}
  UNION {{ {pub} dcterms:publisher ?p . ?p rdfs:label ?publisher }}
  UNION {{ {pub} fabio:hasURL|schema:url ?url }}
}} LIMIT 2000"""

_AUTHORS = """SELECT ?position ?agent ?family ?given ?name ?label WHERE {{
  {pub} prov:qualifiedAttribution ?a . ?a prov:agent ?agent . OPTIONAL {{ ?a schema:position ?position }}
  OPTIONAL {{ ?agent foaf:familyName ?family }} OPTIONAL {{ ?agent foaf:givenName ?given }}
  OPTIONAL {{ ?agent foaf:name ?name }} OPTIONAL {{ ?agent rdfs:label ?label }}
}} LIMIT 2000"""

_CREATORS = """SELECT ?agent ?family ?given ?name ?label WHERE {{
  {pub} dcterms:creator ?agent .
  OPTIONAL {{ ?agent foaf:familyName ?family }} OPTIONAL {{ ?agent foaf:givenName ?given }}
  OPTIONAL {{ ?agent foaf:name ?name }} OPTIONAL {{ ?agent rdfs:label ?label }}
}} LIMIT 2000"""

_KEYWORDS = "SELECT DISTINCT ?k WHERE {{ {pub} prism:keyword ?k }} ORDER BY ?k LIMIT 200"


def _value(rows, var):
    """The first value of ``var`` over ``rows`` (in a stable order), or None."""
    values = sorted({r[var].value for r in rows if r.get(var) is not None})
    return values[0] if values else None


def _given_from_name(family: str, names: list[str]) -> str | None:
    """Given names or initials read off a full name: ``MJ Fleury`` or ``Jiwani I`` -> ``MJ``, ``I``."""
    for name in names:
        if "," in name:     # "Embuldeniya, G."
            head, _, rest = name.partition(",")
            if head.strip() == family and rest.strip():
                return rest.strip()
            continue
        words = name.split()
        if family in words and len(words) > 1:
            rest = " ".join(w for w in words if w != family)
            if rest:
                return rest
    return None


def _names(rows, *, ordered: bool) -> list[Name]:
    by_agent: dict[str, dict] = {}
    for row in rows:
        agent = row["agent"].value
        entry = by_agent.setdefault(agent, {"position": None, "family": set(), "given": set(), "name": set(),
                                            "label": set()})
        if row.get("position") is not None and row["position"].value.isdigit():
            position = int(row["position"].value)
            entry["position"] = position if entry["position"] is None else min(entry["position"], position)
        for key in ("family", "given", "name", "label"):
            if row.get(key) is not None:
                entry[key].add(row[key].value)
    people = []
    for agent, entry in by_agent.items():
        label = min(entry["label"] or entry["name"] or {agent.rstrip("/").rsplit("/", 1)[-1]})
        if entry["family"]:
            family = min(entry["family"])
            given = min(entry["given"]) if entry["given"] else _given_from_name(
                family, sorted(entry["name"] | entry["label"]))
            if given and re.fullmatch(r"[A-Z]{1,3}", given):    # PubMed's "MJ": initials run together
                given = initials(given)
            name = Name(family=family, given=given)
        else:
            name = Name(literal=label)
        order = entry["position"] if ordered and entry["position"] is not None else 10**6
        people.append((order, label, name))
    return [name for _, _, name in sorted(people, key=lambda p: (p[0], p[1]))]


def _date(text: str | None) -> tuple[int | None, int | None, int | None]:
    m = re.fullmatch(r"\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", text or "")
    if not m:
        return None, None, None
    year, month, day = (int(x) if x else None for x in m.groups())
    return year, (month if month and 1 <= month <= 12 else None), (day if day and 1 <= day <= 31 else None)


def _read(iri: str) -> Reference | None:
    pub = vq.iri_ref(iri)
    rows = vq.select(_RECORD.format(pub=pub), infer=False)
    types = {r["type"].value for r in rows if r.get("type") is not None}
    if not types:  # not a publication
        return None
    kind = next((k for cls, k in KIND_OF_CLASS if cls in types), "document")
    year_text = _value(rows, "year")
    year, month, day = _date(_value(rows, "date"))
    if year_text and re.fullmatch(r"\d{4}", year_text):
        if year != int(year_text):
            month = day = None     # a date that disagrees with the year says nothing of the month
        year = int(year_text)
    authors = _names(vq.select(_AUTHORS.format(pub=pub), infer=False), ordered=True)
    if not authors:
        authors = _names(vq.select(_CREATORS.format(pub=pub), infer=False), ordered=False)
    description = None
    if not _value(rows, "title"):
        description = _value(rows, "label")
        if description and year:     # "... article on the generation of integration (2018)": the year is given apart
            description = re.sub(rf"\s*\({year}\)$", "", description)
    return Reference(
        key=iri.rstrip("/").rsplit("/", 1)[-1], kind=kind, title=_value(rows, "title"), description=description,
        authors=authors, year=year, month=month, day=day,
        journal=_value(rows, "jtitle"), journal_short=_value(rows, "jshort"),
        volume=_value(rows, "volume"), issue=_value(rows, "issue"),
        first_page=_value(rows, "first"), last_page=_value(rows, "last"),
        doi=_value(rows, "doi"), pmid=_value(rows, "pmid"), pmcid=_value(rows, "pmcid"),
        publisher=_value(rows, "publisher") or _value(rows, "jpublisher"), url=_value(rows, "url"),
        keywords=[r["k"].value for r in vq.select(_KEYWORDS.format(pub=pub), infer=False)],
    )


def is_publication(iri: str) -> bool:
    """Whether ``iri`` is a publication: one ASK on its types, which every dereference makes (the
    Link header offers the citation formats of publications only), instead of reading the whole
    record of every resource (a query of seventeen branches, about a third of a dereference's time)."""
    return vq.ask(_IS_PUBLICATION.format(pub=vq.iri_ref(iri)), infer=False)


def reference(iri: str) -> Reference | None:
    """The citation record of the publication ``iri``, or None when it is not a publication."""
    return vq.memo("reference", lambda i: _read(i) or False, str(iri)) or None


def publication_of(doc: str) -> str | None:
    """The publication a source document is the record of."""
    rows = vq.select(f"SELECT ?pub WHERE {{ {vq.iri_ref(doc)} ickg:isRecordOf ?pub }} ORDER BY ?pub LIMIT 1",
                     infer=False)
    return rows[0]["pub"].value if rows else None


def documents_of(pub: str) -> list[str]:
    """The source documents that record the publication ``pub``."""
    rows = vq.select(f"SELECT ?doc WHERE {{ ?doc ickg:isRecordOf {vq.iri_ref(pub)} }} ORDER BY ?doc LIMIT 50",
                     infer=False)
    return [r["doc"].value for r in rows]


def citation_view(pub: str, url_of) -> dict | None:
    """What a page shows of a publication's citation: the APA reference (HTML and text), the short
    citation and the downloads ``[(name, media type, url_of(suffix))]``; None for a non-publication."""
    ref = reference(pub)
    if ref is None:
        return None
    return {"iri": pub, "apa": apa_html(ref), "apa_text": apa(ref), "in_text": in_text(ref),
            "downloads": [(name, media, url_of(ext)) for ext, (media, name, _) in FORMATS.items()]}


def citation_file(pub: str, ext: str) -> tuple[str, str, str] | None:
    """(body, media type, file name) of the ``ext`` download (bib, ris, json) of a publication."""
    ref = reference(pub)
    if ref is None or ext not in FORMATS:
        return None
    media, _, write = FORMATS[ext]
    return write(ref), media, f"{citation_key(ref)}.{ext}"


# ---------------------------------------------------------------------------------------------
# Where a quote stands


def _sections(doc: str) -> list[tuple[int, int, str]]:
    """(start, end, heading) of the document's headed sections, as the extraction cuts them."""
    from ickg.extract.metadata import read_metadata
    from ickg.extract.layout import find_layout

    text = vq.document_text(doc) or ""
    if not text:
        return []
    layout = find_layout(text, metadata_zones=read_metadata(text).zones)
    return [(s.start, s.end, s.heading) for s in layout.sections if s.heading and s.heading.strip()]


def sections(doc: str) -> list[tuple[int, int, str]]:
    return vq.memo("sections", _sections, str(doc))


def _pages(doc: str) -> dict[tuple[int, int], int]:
    rows = vq.select(f"""SELECT ?start ?end ?page WHERE {{
  ?ann oa:hasSource {vq.iri_ref(doc)} ; oa:start ?start ; oa:end ?end ; oa:hasSelector ?frag .
  ?frag a oa:FragmentSelector ; rdf:value ?page }} LIMIT 20000""", infer=False)
    out = {}
    for row in rows:
        m = re.fullmatch(r"page=(\d+)", row["page"].value)
        if m and row["start"].value.isdigit() and row["end"].value.isdigit():
            out[(int(row["start"].value), int(row["end"].value))] = int(m.group(1))
    return out


def pages(doc: str) -> dict[tuple[int, int], int]:
    """{(start, end): PDF page} of the quotes whose provenance names their page."""
    return vq.memo("pages", _pages, str(doc))


def locator(doc: str, start: int, end: int) -> Locator:
    """The page, else the section, that the quote ``doc[start:end]`` stands in."""
    page = pages(doc).get((start, end))
    if page:
        return Locator(page=page)
    inside = [(s, e, h) for s, e, h in sections(doc) if s <= start < max(e, s + 1)]
    if inside:
        return Locator(section=max(inside, key=lambda x: x[0])[2])
    return Locator()


def document_citation(doc: str) -> tuple[str, str] | None:
    """(``Author (year)``, the APA reference as text) of the publication a source document records,
    or None when it records none: what a table of quotes (the comparison's CSV) cites them by."""
    pub = publication_of(doc)
    ref = reference(pub) if pub else None
    return (in_text(ref), apa(ref)) if ref is not None else None


def quote_citation(doc: str, start: int, end: int) -> str | None:
    """``Author (year), p./section`` for a quote, or None when the document records no publication."""
    pub = publication_of(doc)
    ref = reference(pub) if pub else None
    if ref is None:
        return None
    return in_text(ref, locator(doc, start, end))


__all__ = ["reference", "citation_view", "citation_file", "publication_of", "documents_of", "sections", "pages", "locator", "quote_citation",
           "document_citation"]

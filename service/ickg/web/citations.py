"""A publication's reference as researchers use it: APA 7 text, BibTeX, RIS and CSL-JSON.

Everything here is plain formatting of a :class:`Reference` (no store, no Flask), so the same
record gives the reference shown on a page, the three downloads and the short in-text citation
under a quote; :mod:`ickg.web.publications` reads the record from the graph.

The APA rules followed (APA Publication Manual, 7th edition, chapter 9, as summarised by the APA
Style website's reference examples):

- authors ``Family, G. G.``, up to 20, the last after ``&`` (21 or more: the first 19, an
  ellipsis, the last); a group author as written;
- the date in parentheses after the authors: the year for journal articles, year and month for
  reports and web pages when known, ``(n.d.)`` when the source states none;
- no author: the title moves to the author position, before the date;
- no title: a description of the work in square brackets stands in its place (not italic);
- articles: title plain, *journal* and *volume* italic, issue in parentheses, the page range with
  an en dash, then ``https://doi.org/...``; reports and web pages: title italic, then the
  publisher or site name (left out when it is also the author), then the URL;
- titles are kept as the source gives them (APA's sentence case would need to know which words
  are proper nouns, and a wrong guess is worse than the source's capitals).
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field

from markupsafe import Markup, escape

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
BIBTEX_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")

# Kinds of work, as CSL names them, with their BibTeX entry type and RIS type.
KINDS = {
    "article-journal": ("article", "JOUR"),
    "report": ("techreport", "RPRT"),
    "webpage": ("misc", "ELEC"),
    "book": ("book", "BOOK"),
    "document": ("misc", "GEN"),
}
# Kinds whose title is set in italics (stand-alone works); a journal article's title is plain.
STANDALONE = {"report", "webpage", "book", "document"}
# Kinds dated to the month in APA (a journal article gives the year only).
DATED_TO_MONTH = {"webpage", "report", "document"}


@dataclass(frozen=True)
class Name:
    """An author: a person (family and given names, as far as known) or a group (``literal``)."""

    family: str | None = None
    given: str | None = None
    literal: str | None = None

    @property
    def is_person(self) -> bool:
        return bool(self.family)


@dataclass
class Reference:
    """What a citation needs to know of a publication; None where the graph says nothing."""

    key: str
    kind: str = "document"
    title: str | None = None
    description: str | None = None  # what an untitled work is (its label), shown in [brackets]
    authors: list[Name] = field(default_factory=list)
    year: int | None = None
    month: int | None = None
    day: int | None = None
    journal: str | None = None
    journal_short: str | None = None
    volume: str | None = None
    issue: str | None = None
    first_page: str | None = None
    last_page: str | None = None
    doi: str | None = None
    pmid: str | None = None
    pmcid: str | None = None
    publisher: str | None = None
    url: str | None = None
    keywords: list[str] = field(default_factory=list)

    @property
    def shown_title(self) -> str | None:
        """The title, or for an untitled work its description in square brackets (APA 9.29)."""
        if self.title:
            return self.title
        if self.description:
            text = self.description.strip()
            return "[" + text[:1].upper() + text[1:] + "]"
        return None

    @property
    def pages(self) -> str | None:
        if self.first_page and self.last_page and self.last_page != self.first_page:
            return f"{self.first_page}–{self.last_page}"
        return self.first_page

    @property
    def doi_url(self) -> str | None:
        return f"https://doi.org/{self.doi}" if self.doi else None


@dataclass(frozen=True)
class Locator:
    """Where in a work a quote stands: a page of a PDF, or the section it falls under."""

    page: int | None = None
    section: str | None = None

    def __str__(self) -> str:
        if self.page:
            return f"p. {self.page}"
        if self.section:
            return section_locator(self.section)
        return ""


# ---------------------------------------------------------------------------------------------
# Names


def initials(given: str) -> str:
    """APA initials of given names: ``Walter P.`` -> ``W. P.``, ``Marie-Josée`` -> ``M.-J.``,
    ``MJ`` (PubMed's run-together initials) -> ``M. J.``."""
    out = []
    for part in given.replace(".", ". ").split():
        part = part.strip(".")
        if not part:
            continue
        if "-" in part:
            out.append("-".join(p[:1].upper() + "." for p in part.split("-") if p))
        elif part.isupper() and len(part) <= 3:
            out.extend(letter + "." for letter in part)
        else:
            out.append(part[:1].upper() + ".")
    return " ".join(out)


def apa_name(name: Name) -> str:
    if not name.is_person:
        return name.literal or ""
    if name.given:
        return f"{name.family}, {initials(name.given)}"
    return name.family


def apa_authors(names: list[Name]) -> str:
    """The author element of an APA reference (without the final period)."""
    shown = [apa_name(n) for n in names]
    if not shown:
        return ""
    if len(shown) == 1:
        return shown[0]
    if len(shown) > 20:
        return ", ".join(shown[:19]) + ", . . . " + shown[-1]
    return ", ".join(shown[:-1]) + ", & " + shown[-1]


# ---------------------------------------------------------------------------------------------
# APA 7 reference


def _end(text: str) -> str:
    """``text`` closed with a period unless it already ends with one, ? or !."""
    text = text.rstrip()
    return text if text[-1:] in ".?!" else text + "."


def apa_date(ref: Reference) -> str:
    if not ref.year:
        return "n.d."
    if ref.kind in DATED_TO_MONTH and ref.month:
        day = f" {ref.day}" if ref.day else ""
        return f"{ref.year}, {MONTHS[ref.month - 1]}{day}"
    return str(ref.year)


def _title_parts(ref: Reference) -> list[tuple[str, str]]:
    """The title element: italic for a stand-alone work, plain for an article or a [description]."""
    title = ref.shown_title
    if not title:
        return []
    if ref.kind in STANDALONE and ref.title:
        return [("i", title), ("", "" if title[-1:] in ".?!" else ".")]
    return [("", _end(title))]


def apa_segments(ref: Reference) -> list[tuple[str, str]]:
    """The APA reference as ``(style, text)`` pieces: style is "", "i" (italic) or "link"."""
    date = ("", f"({apa_date(ref)}).")
    authors = apa_authors(ref.authors)
    if authors:
        parts = [("", _end(authors) + " "), date, ("", " "), *_title_parts(ref)]
    else:     # no author: the title (or the description) takes the author's place (APA 9.12)
        parts = [*_title_parts(ref), ("", " "), date]
    if ref.kind == "article-journal" and ref.journal:
        parts += [("", " "), ("i", ref.journal)]
        if ref.volume:
            parts += [("", ", "), ("i", ref.volume)]
            if ref.issue:
                parts.append(("", f"({ref.issue})"))
        elif ref.issue:
            parts.append(("", f", ({ref.issue})"))
        if ref.pages:
            parts.append(("", f", {ref.pages}"))
        parts.append(("", "."))
    else:
        group = ref.authors[0].literal if len(ref.authors) == 1 and not ref.authors[0].is_person else None
        if ref.publisher and ref.publisher != group:   # a site named like its author is named once
            parts.append(("", " " + _end(ref.publisher)))
    link = ref.doi_url or ref.url
    if link:
        parts += [("", " "), ("link", link)]
    return [(style, text) for style, text in parts if text]


def apa(ref: Reference) -> str:
    """The APA 7 reference as plain text (italics dropped)."""
    return "".join(text for _, text in apa_segments(ref)).strip()


def apa_html(ref: Reference) -> Markup:
    """The APA 7 reference as HTML: italics in ``<i>``, the DOI or URL a link."""
    out = []
    for style, text in apa_segments(ref):
        if style == "i":
            out.append(Markup("<i>{}</i>").format(text))
        elif style == "link":
            out.append(Markup('<a href="{}">{}</a>').format(text, text))
        else:
            out.append(escape(text))
    return Markup("").join(out)


# ---------------------------------------------------------------------------------------------
# In-text citation


def section_locator(heading: str) -> str:
    """APA's locator for a section: ``Results section``; a long heading shortened and quoted."""
    heading = " ".join(heading.split()).rstrip(":")
    if heading.isupper():
        heading = re.sub(r"[A-Za-z]+", lambda m: m.group(0).capitalize(), heading.lower())
    words = heading.split()
    if len(words) > 4:
        return "“" + " ".join(words[:4]).rstrip(",;:—–-") + "” section"
    return heading + " section"


def _short_title(ref: Reference) -> str:
    """A title shortened for an in-text citation (APA 8.14): up to its colon, at most 4 words."""
    if not ref.title:
        return ref.shown_title or "Untitled"
    head = re.split(r"[:?!.]\s", ref.title + " ", maxsplit=1)[0].strip()
    words = head.split()
    short = " ".join(words[:4]) if len(words) > 4 else head
    return short if ref.kind in STANDALONE else f"“{short}”"


def author_part(ref: Reference, *, narrative: bool = True) -> str:
    """The names of an in-text citation: one, two (``and``/``&``) or ``First et al.``."""
    names = [n.family if n.is_person else (n.literal or "") for n in ref.authors]
    if not names:
        return _short_title(ref)
    if len(names) == 1:
        return names[0]
    if len(names) == 2:
        return f"{names[0]} {'and' if narrative else '&'} {names[1]}"
    return f"{names[0]} et al."


def in_text(ref: Reference, locator: Locator | None = None) -> str:
    """``Embuldeniya et al. (2018), Results section``: who, when, and where the quote stands."""
    year = str(ref.year) if ref.year else "n.d."
    text = f"{author_part(ref)} ({year})"
    where = str(locator) if locator else ""
    return f"{text}, {where}" if where else text


# ---------------------------------------------------------------------------------------------
# BibTeX

_BIBTEX_ESCAPES = {"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "&": r"\&", "%": r"\%", "$": r"\$",
                   "#": r"\#", "_": r"\_", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}


def bibtex_escape(text: str) -> str:
    """``text`` safe inside a braced BibTeX field: LaTeX's special characters escaped, UTF-8 kept."""
    return "".join(_BIBTEX_ESCAPES.get(c, c) for c in " ".join(str(text).split()))


def _ascii_word(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9]", "", plain).lower()


def citation_key(ref: Reference) -> str:
    """``embuldeniya2018generation``: first author, year, first significant title word."""
    who = ref.authors[0].family or ref.authors[0].literal if ref.authors else None
    words = [w for w in re.findall(r"[^\W\d_]+", ref.title or ref.description or "")
             if w.lower() not in ("the", "a", "an", "of", "on", "and", "untitled")]
    key = _ascii_word(who or "") + (str(ref.year) if ref.year else "nd") + (_ascii_word(words[0]) if words else "")
    return key if re.match(r"[a-z]", key) else "ref" + (key or _ascii_word(ref.key))


def _bibtex_name(name: Name) -> str:
    if not name.is_person:
        return "{" + bibtex_escape(name.literal or "") + "}"    # braces: a group name is not split
    if name.given:
        return f"{bibtex_escape(name.family)}, {bibtex_escape(name.given)}"
    return bibtex_escape(name.family)


def bibtex(ref: Reference) -> str:
    """One BibTeX entry (``@article``, ``@techreport``, ``@misc``, ``@book``)."""
    entry_type = KINDS.get(ref.kind, KINDS["document"])[0]
    fields: list[tuple[str, str]] = []
    if ref.authors:
        fields.append(("author", "{" + " and ".join(_bibtex_name(n) for n in ref.authors) + "}"))
    if ref.shown_title:
        fields.append(("title", "{" + bibtex_escape(ref.shown_title) + "}"))
    if ref.kind == "article-journal" and ref.journal:
        fields.append(("journal", "{" + bibtex_escape(ref.journal) + "}"))
    if ref.year:
        fields.append(("year", "{" + str(ref.year) + "}"))
    if ref.month:
        fields.append(("month", BIBTEX_MONTHS[ref.month - 1]))
    for name, value in (("volume", ref.volume), ("number", ref.issue)):
        if value:
            fields.append((name, "{" + bibtex_escape(value) + "}"))
    if ref.first_page:
        pages = ref.first_page + (f"--{ref.last_page}" if ref.last_page and ref.last_page != ref.first_page else "")
        fields.append(("pages", "{" + bibtex_escape(pages) + "}"))
    if ref.publisher:
        fields.append(("institution" if entry_type == "techreport" else "publisher",
                       "{" + bibtex_escape(ref.publisher) + "}"))
    for name, value in (("doi", ref.doi), ("pmid", ref.pmid), ("pmcid", ref.pmcid)):
        if value:
            fields.append((name, "{" + bibtex_escape(value) + "}"))
    if ref.url:
        fields.append(("url", "{" + ref.url.replace("}", "%7D").replace("{", "%7B") + "}"))
    if ref.keywords:
        fields.append(("keywords", "{" + bibtex_escape(", ".join(ref.keywords)) + "}"))
    body = ",\n".join(f"  {name} = {value}" for name, value in fields)
    return f"@{entry_type}{{{citation_key(ref)},\n{body}\n}}\n"


# ---------------------------------------------------------------------------------------------
# RIS


def _ris_line(tag: str, value: str) -> str:
    return f"{tag}  - {' '.join(str(value).split())}\r\n"


def ris(ref: Reference) -> str:
    """One RIS record (tags as EndNote, Zotero and Mendeley read them), CRLF line ends."""
    lines = [_ris_line("TY", KINDS.get(ref.kind, KINDS["document"])[1])]
    for n in ref.authors:
        lines.append(_ris_line("AU", f"{n.family}, {n.given}" if n.is_person and n.given
                               else (n.family if n.is_person else n.literal)))
    if ref.shown_title:
        lines.append(_ris_line("TI", ref.shown_title))
    if ref.kind == "article-journal" and ref.journal:
        lines.append(_ris_line("T2", ref.journal))
        if ref.journal_short:
            lines.append(_ris_line("J2", ref.journal_short))
    if ref.year:
        lines.append(_ris_line("PY", str(ref.year)))
        month = f"{ref.month:02d}" if ref.month else ""
        day = f"{ref.day:02d}" if ref.month and ref.day else ""
        lines.append(_ris_line("DA", f"{ref.year}/{month}/{day}/"))
    for tag, value in (("VL", ref.volume), ("IS", ref.issue), ("SP", ref.first_page), ("EP", ref.last_page),
                       ("PB", ref.publisher), ("DO", ref.doi), ("AN", ref.pmid), ("UR", ref.url or ref.doi_url)):
        if value:
            lines.append(_ris_line(tag, value))
    for keyword in ref.keywords:
        lines.append(_ris_line("KW", keyword))
    lines.append("ER  - \r\n")
    return "".join(lines)


# ---------------------------------------------------------------------------------------------
# CSL-JSON (the input format of citeproc-js, citeproc-py, Pandoc and Zotero)


def csl_item(ref: Reference) -> dict:
    """The reference as one CSL-JSON item (names in order, dates as date-parts)."""
    item: dict = {"id": citation_key(ref), "type": ref.kind if ref.kind in KINDS else "document"}
    if ref.shown_title:
        item["title"] = ref.shown_title
    if ref.authors:
        item["author"] = [({"family": n.family, "given": n.given} if n.given else {"family": n.family})
                          if n.is_person else {"literal": n.literal} for n in ref.authors]
    if ref.year:
        item["issued"] = {"date-parts": [[x for x in (ref.year, ref.month, ref.day if ref.month else None) if x]]}
    if ref.kind == "article-journal" and ref.journal:
        item["container-title"] = ref.journal
        if ref.journal_short:
            item["container-title-short"] = ref.journal_short
    for key, value in (("volume", ref.volume), ("issue", ref.issue), ("publisher", ref.publisher),
                       ("DOI", ref.doi), ("PMID", ref.pmid), ("PMCID", ref.pmcid), ("URL", ref.url)):
        if value:
            item[key] = value
    if ref.first_page:
        item["page"] = ref.first_page + (f"-{ref.last_page}" if ref.last_page and ref.last_page != ref.first_page else "")
        item["page-first"] = ref.first_page
    if ref.keywords:
        item["keyword"] = ", ".join(ref.keywords)
    return item


def csl_json(ref: Reference) -> str:
    """A CSL-JSON file: an array holding the one item."""
    return json.dumps([csl_item(ref)], ensure_ascii=False, indent=2) + "\n"


# ---------------------------------------------------------------------------------------------
# The downloads: suffix -> (media type, name in words, writer)

FORMATS = {
    "bib": ("application/x-bibtex", "BibTeX", bibtex),
    "ris": ("application/x-research-info-systems", "RIS", ris),
    "json": ("application/vnd.citationstyles.csl+json", "CSL-JSON", csl_json),
}


__all__ = ["Name", "Reference", "Locator", "FORMATS", "apa", "apa_html", "apa_segments", "in_text",
           "bibtex", "ris", "csl_item", "csl_json", "initials", "citation_key", "section_locator"]

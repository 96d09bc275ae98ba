"""Bibliographic metadata of a document, each value with the character spans that state it.

The corpus carries metadata in three shapes, and a document may carry none:

- a PubMed-style field list, one field per line, where the field name is sometimes glued to its
  value ("Year of Publication2011", "PubMed ID21954371");
- a catalogue page (Mendeley) with a title line, a bulleted author list cut short by "et al.",
  and a formatted citation (APA) that has all the authors, the journal, volume, issue and pages;
- a publisher's article page whose header lists the authors one per line and whose footer says
  "Volume 96, Issue 4 (pages 782-813) DOI: ... Published in 2018", amid dates of the page itself.

Each reader below looks for one of these shapes and says nothing when it is absent, so an
unknown document gets nulls rather than guesses. Where two readers agree they add spans to the
same value (a title stated by both the header and the citation gets two pieces of evidence).
"""

import re
from dataclasses import dataclass, field

from ickg.pipeline.provenance import slug


@dataclass(slots=True)
class Field:
    """A metadata value and the (start, end) spans of the text that state it."""

    value: object
    spans: list = field(default_factory=list)

    def add(self, start, end):
        if (start, end) not in self.spans:
            self.spans.append((start, end))


@dataclass(slots=True)
class Person:
    """An author as written, split into family name, given name (when spelled out) and initials."""

    name: str
    family: str
    given: str | None
    initials: str
    spans: list = field(default_factory=list)

    @property
    def key(self):
        """``<family-name slug>-<first initial>``: one key for "Embuldeniya G", "Gayathri Embuldeniya"."""
        return f"{slug(self.family)}-{self.initials[:1].lower()}" if self.initials else slug(self.family)


@dataclass(slots=True)
class Journal:
    """A journal named by its full title, its abbreviation, or both."""

    title: Field | None = None
    abbreviation: Field | None = None

    @property
    def key(self):
        return journal_key(self.title.value if self.title else self.abbreviation.value)

    @property
    def label(self):
        return (self.title or self.abbreviation).value


@dataclass(slots=True)
class Metadata:
    """Everything the readers found; ``None`` where a document is silent.

    ``zones`` are (start, end, kind) spans of the text that hold metadata rather than prose (the
    field list, the citation, the author lines, the footer), so that sentence splitting skips them.
    """

    title: Field | None = None
    authors: list = field(default_factory=list)
    journal: Journal | None = None
    year: Field | None = None
    volume: Field | None = None
    issue: Field | None = None
    pages: Field | None = None
    doi: Field | None = None
    pmid: Field | None = None
    pmcid: Field | None = None
    zones: list = field(default_factory=list)

    def set(self, name, value, start, end):
        """Record ``value`` for field ``name`` at text[start:end]; the first value found wins."""
        current = getattr(self, name)
        if current is None:
            setattr(self, name, Field(value, [(start, end)]))
        elif _same_value(current.value, value):
            current.add(start, end)


def _same_value(a, b):
    if isinstance(a, str) and isinstance(b, str):
        return a.casefold().rstrip(".") == b.casefold().rstrip(".")
    return a == b


# --- journals --------------------------------------------------------------------------------

_JOURNAL_STOPWORDS = {"of", "the", "and", "for", "&", "on", "in", "a", "an", "de", "la", "le", "des", "du"}


def _journal_words(name):
    return [w for w in re.findall(r"[^\W_]+", name) if w.lower() not in _JOURNAL_STOPWORDS]


def journal_key(name):
    """A key shared by a journal's full title and its abbreviation.

    The initials of the significant words: "International Journal of Integrated Care" and
    "Int J Integr Care" both give ``ijic``; "The Milbank Quarterly" and "Milbank Q" give ``mq``.
    A one-word title is its own key ("lancet").
    """
    words = _journal_words(name)
    if len(words) == 1:
        return slug(words[0])
    return "".join(w[0].lower() for w in words) or slug(name)


def abbreviates(abbreviation, title):
    """True if each word of ``abbreviation`` begins the matching significant word of ``title``."""
    short, full = _journal_words(abbreviation), _journal_words(title)
    return len(short) == len(full) and all(f.lower().startswith(s.lower()) for s, f in zip(short, full))


def looks_abbreviated(name):
    """True for "Int J Integr Care" or "Milbank Q.", false for "Health Affairs" or a full title."""
    words = name.split()
    if any(w.lower() in _JOURNAL_STOPWORDS for w in words):
        return False
    if "." in name:
        return True
    return any(len(w) == 1 for w in words) or sum(len(w) <= 5 for w in words) >= len(words) - 1 >= 2


# --- persons ---------------------------------------------------------------------------------

_INITIALS = r"(?:[A-Z]\.?(?:\s?-?[A-Z]\.?){0,2})"
_NAME_WORD = r"(?:[A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)*)"
_PARTICLE = r"(?:(?:van|von|der|de|del|della|di|da|du|le|la|dos|bin|ibn)\s)"
_FAMILY_FIRST = re.compile(rf"^(?P<family>{_PARTICLE}*{_NAME_WORD}(?:\s{_NAME_WORD})?),?\s(?P<initials>{_INITIALS})$")
_INITIALS_FIRST = re.compile(rf"^(?P<initials>{_INITIALS})\s(?P<family>{_PARTICLE}*{_NAME_WORD}(?:\s{_NAME_WORD})?)$")
_GIVEN_FIRST = re.compile(
    rf"^(?P<given>{_NAME_WORD}(?:\s(?:{_NAME_WORD}|[A-Z]\.))*)\s(?P<family>{_PARTICLE}*{_NAME_WORD})$")

# Capitalised words that begin page furniture, not names ("Quarterly Article", "Read More").
_NOT_NAME_WORDS = {
    "Abstract", "About", "Article", "Articles", "Back", "Citation", "Citations", "Cite", "Contact",
    "Download", "Full", "Home", "Issue", "Journal", "Library", "Menu", "More", "News", "Online",
    "Open", "Original", "Paper", "Policy", "Points", "Quarterly", "Read", "Research", "Review",
    "Search", "Share", "Sign", "Text", "Volume", "View", "Health", "Care", "Integration", "Overview",
    "Definition", "Context", "Methods", "Results", "Findings", "Conclusions", "Keywords", "Introduction",
    "Discussion", "Background", "Objectives", "Recommendations", "Relevance", "Fund", "Register",
    "Save", "Already", "The", "And", "Of", "For", "In", "Our", "Mission", "Click", "Country",
    "Examples", "Report", "Brief", "Blog", "Author", "Authors", "Information", "Related", "Figures",
    "Tables", "References", "Metrics", "Details", "Access", "Free", "Print", "Email", "Twitter",
}


def parse_person(text):
    """A :class:`Person` from one written name, or None if it does not look like a name.

    "Jiwani I" and "Embuldeniya, G." are family-first with initials; "MJ Fleury" is initials-first;
    "Walter P. Wodchis" is given-first.
    """
    text = text.strip().rstrip(",")
    for pattern in (_FAMILY_FIRST, _INITIALS_FIRST):
        match = pattern.match(text)
        if match:
            initials = re.sub(r"[^A-Z]", "", match.group("initials"))
            return Person(text, match.group("family"), None, initials)
    match = _GIVEN_FIRST.match(text)
    if match and not any(w in _NOT_NAME_WORDS for w in text.split()):
        given = match.group("given")
        initials = "".join(w[0] for w in re.split(r"[\s-]+", given) if w)
        return Person(text, match.group("family"), given, initials)
    return None


def _add_person(meta, person, start, end):
    person.spans.append((start, end))
    for known in meta.authors:
        if known.key == person.key:
            known.spans.extend(s for s in person.spans if s not in known.spans)
            if known.given is None and person.given:
                known.given, known.name = person.given, person.name
            return
    meta.authors.append(person)


# --- readers ---------------------------------------------------------------------------------

_FIELD_NAMES = ("Alternate Journal", "Year of Publication", "Publication Type", "PubMed Central ID",
                "PubMed ID", "Date Published", "Pagination", "Authors", "Author", "Title", "Journal",
                "Volume", "Issue", "Pages", "ISSN", "PMCID", "PMID", "DOI", "Keywords")
_FIELD_LINE = re.compile(
    r"^(?P<name>" + "|".join(re.escape(n) for n in _FIELD_NAMES) + r")"
    r"(?:[ \t]*:[ \t]*|[ \t]+|(?=[A-Z0-9(]))(?P<value>\S[^\r\n]*?)[ \t]*\r?$", re.M)


_CORE_FIELDS = {"Title", "Authors", "Author", "Journal", "Year of Publication", "Publication Type", "PubMed ID"}


def _read_field_list(text, meta):
    """The PubMed-style "Field<value>" lines, glued or not.

    Three different fields, one of them bibliographic, make a field list; fewer could be a
    "Keywords:" line and a footer that begins with "Volume".
    """
    matches = list(_FIELD_LINE.finditer(text))
    names = {m.group("name") for m in matches}
    if len(names) < 3 or not names & _CORE_FIELDS:
        return
    journal_full = journal_abbrev = None
    for m in matches:
        name, value = m.group("name"), m.group("value")
        vs, ve = m.span("value")
        meta.zones.append((m.start(), m.end(), "metadata"))
        if name == "Title":
            title = value.rstrip()
            if title.endswith(".") and not title.endswith(".."):
                title, ve = title[:-1], ve - 1
            meta.set("title", title, vs, ve)
        elif name in ("Authors", "Author"):
            _read_author_list(value, vs, meta)
        elif name == "Journal":
            journal_full = (value, vs, ve)
        elif name == "Alternate Journal":
            journal_abbrev = (value, vs, ve)
        elif name in ("Year of Publication", "Date Published"):
            year = re.search(r"\b(1[89]\d\d|20\d\d)\b", value)
            if year:
                meta.set("year", int(year.group()), vs + year.start(), vs + year.end())
        elif name == "Volume" and re.fullmatch(r"[\w-]{1,12}", value):
            meta.set("volume", value, vs, ve)
        elif name == "Issue":
            meta.set("issue", value, vs, ve)
        elif name in ("Pages", "Pagination"):
            meta.set("pages", _pages(value), vs, ve)
        elif name in ("PubMed ID", "PMID") and value.isdigit():
            meta.set("pmid", value, vs, ve)
        elif name in ("PubMed Central ID", "PMCID") and re.fullmatch(r"PMC\d+", value):
            meta.set("pmcid", value, vs, ve)
        elif name == "DOI":
            doi = _DOI.search(value)
            if doi:
                meta.set("doi", _clean_doi(doi.group()), vs + doi.start(), vs + doi.start() + len(_clean_doi(doi.group())))
    names = [n for n in (journal_full, journal_abbrev) if n]
    if names:
        _set_journal(meta, names)


def _set_journal(meta, names):
    """Sort (name, start, end) triples into the journal's full title and abbreviation."""
    journal = meta.journal or Journal()
    for value, start, end in names:
        value = value.strip().rstrip(".") if not looks_abbreviated(value) else value.strip()
        end = start + len(value)
        slot = "abbreviation" if looks_abbreviated(value) else "title"
        current = getattr(journal, slot)
        if current is None:
            setattr(journal, slot, Field(value, [(start, end)]))
        elif _same_value(current.value, value):
            current.add(start, end)
    if journal.title and journal.abbreviation and not abbreviates(journal.abbreviation.value, journal.title.value):
        journal.abbreviation = None        # two different journals: keep the one named in full
    if meta.journal is None:
        meta.journal = journal


def _read_author_list(value, offset, meta):
    """"Jiwani I, MJ Fleury": comma-separated names, each in whichever order it is written."""
    for part in re.finditer(r"[^,;]+", value):
        raw = part.group()
        lead = len(raw) - len(raw.lstrip())
        name = raw.strip()
        if name.lower() in ("et al", "et al.", "and others"):
            continue
        name = re.sub(r"^(?:and|&)\s+", "", name)
        person = parse_person(name)
        if person:
            start = offset + part.start() + lead + (len(raw.strip()) - len(name))
            _add_person(meta, person, start, start + len(name))


_APA = re.compile(
    r"^(?P<authors>[^\n()]+?)\s\((?P<year>(?:1[89]|20)\d\d)[a-z]?(?:,[^)\n]*)?\)\.\s+"
    r"(?P<title>[^\n]+?[.?!])\s+(?P<journal>[A-Z][^\n,.]*?),\s*(?P<volume>\d+)"
    r"(?:\((?P<issue>[^)\n]+)\))?,\s*(?P<pages>[A-Za-z]?\d+(?:\s*[-–]\s*[A-Za-z]?\d+)?)\."
    r"(?:\s*(?:https?://(?:dx\.)?doi\.org/|doi:\s*)(?P<doi>10\.\d{4,9}/\S+?))?\.?[ \t]*\r?$", re.M)
_APA_AUTHOR = re.compile(
    r"(?P<name>(?P<family>[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+)*),\s(?P<initials>[A-Z]\.(?:\s?-?[A-Z]\.)*))")

_VANCOUVER = re.compile(
    r"^(?P<authors>[^\n.]+?)\.\s+(?P<title>[^\n]+?[.?!])\s+(?P<journal>[A-Z][A-Za-z .&]+?)\.?\s+"
    r"(?P<year>(?:1[89]|20)\d\d)(?:\s[A-Z][a-z]{2}(?:\s\d{1,2})?)?;(?P<volume>\d+)(?:\((?P<issue>[^)\n]+)\))?"
    r":(?P<pages>[A-Za-z]?\d+(?:\s*[-–]\s*[A-Za-z]?\d+)?)\."
    r"(?:\s*(?:doi:\s*|https?://(?:dx\.)?doi\.org/)(?P<doi>10\.\d{4,9}/\S+?))?\.?[ \t]*\r?$", re.M)


def _read_citation(text, meta):
    """A formatted reference to the document itself: APA ("Family, I. (2017). Title. Journal,
    17(5), 192.") or Vancouver ("Family I, Other J. Title. Journal. 2017;17(5):192.")."""
    for literal, pattern, author_reader in ((").", _APA, _apa_authors), (";", _VANCOUVER, _vancouver_authors)):
        match = pattern.search(text) if literal in text else None
        if not match:
            continue
        meta.zones.append((match.start(), match.end(), "citation"))
        ts, te = match.span("title")
        title = match.group("title")
        if title.endswith("."):
            te -= 1
        meta.set("title", text[ts:te], ts, te)
        author_reader(match, meta)
        meta.set("year", int(match.group("year")), *match.span("year"))
        journal = match.group("journal").strip()
        js = match.start("journal")
        _set_journal(meta, [(journal, js, js + len(journal))])
        meta.set("volume", match.group("volume"), *match.span("volume"))
        if match.group("issue"):
            meta.set("issue", match.group("issue"), *match.span("issue"))
        meta.set("pages", _pages(match.group("pages")), *match.span("pages"))
        if match.group("doi"):
            meta.set("doi", _clean_doi(match.group("doi")), *match.span("doi"))
        return


def _apa_authors(match, meta):
    offset = match.start("authors")
    for author in _APA_AUTHOR.finditer(match.group("authors")):
        person = parse_person(author.group("name"))
        if person:
            _add_person(meta, person, offset + author.start(), offset + author.end())


def _vancouver_authors(match, meta):
    _read_author_list(match.group("authors"), match.start("authors"), meta)


_BULLET = r"[•·▪‣◦\-*]"
_AUTHOR_LINE = re.compile(rf"^(?P<lead>[ \t]*(?:{_BULLET}[ \t]*)?)(?P<name>[^\r\n]+?)[ \t]*\r?$", re.M)


def _read_author_lines(text, meta):
    """Authors listed one per line in a page header: runs of two or more lines that are names.

    Only the head of the document is read (before the first paragraph of prose), and an
    "et al." line closes a run, so a list cut short does not hide the names before it.
    """
    head_end = _head_end(text)
    run = []
    for match in _AUTHOR_LINE.finditer(text, 0, head_end):
        name = match.group("name")
        if re.fullmatch(r"et al\.?|and others", name, re.I):
            meta.zones.append((match.start(), match.end(), "authors"))
            _flush_author_run(run, meta, force=True)
            run = []
            continue
        person = parse_person(name) if len(name) < 60 else None
        if person:
            run.append((person, match.start("name"), match.end("name"), match.start(), match.end()))
        else:
            _flush_author_run(run, meta)
            run = []
    _flush_author_run(run, meta)


def _flush_author_run(run, meta, force=False):
    if len(run) >= 2 or (force and run):
        for person, start, end, line_start, line_end in run:
            meta.zones.append((line_start, line_end, "authors"))
            _add_person(meta, person, start, end)


def _head_end(text):
    """Where the head of a document ends: the start of the first long line of prose."""
    for match in re.finditer(r"^[^\r\n]{200,}$", text, re.M):
        return match.start()
    return len(text)


def _read_title_line(text, meta):
    """The first line as the title, when it looks like one and a citation or field list agrees
    or when it stands alone above the text (followed by a blank line or by author lines)."""
    match = re.match(r"\s*([^\r\n]+?)[ \t]*\r?\n", text)
    if not match:
        return
    line, (start, end) = match.group(1), match.span(1)
    if meta.title is not None:
        if _same_value(meta.title.value, line):
            stripped = line.rstrip(".")
            meta.title.add(start, start + len(stripped))
            meta.zones.append((start, end, "title"))
        return
    words = line.split()
    if (len(words) < 3 or len(line) > 300 or line.isupper() or line[-1] in ".:;,!"
            or not line[0].isupper() or _CHROME_TITLE.search(line)):
        return
    after = text[match.end():match.end() + 400]
    following = after.lstrip(" \t")
    if following.startswith(("\n", "\r")) or any(p.spans and p.spans[0][0] < match.end() + 400 for p in meta.authors):
        meta.set("title", line, start, end)
        meta.zones.append((start, end, "title"))


_CHROME_TITLE = re.compile(r"\b(?:HOME|MENU|Skip to|Sign in|Log in)\b")

_DOI = re.compile(r"\b10\.\d{4,9}/[^\s\"<>]+")
_LABELLED_DOI = re.compile(r"(?:\bDOI\b\s*:?\s*|doi\.org/)(?P<doi>10\.\d{4,9}/[^\s\"<>]+)", re.I)


def _clean_doi(doi):
    return doi.rstrip(".,;)]")


_PMID = re.compile(r"\b(?:PMID|PubMed ID)\s*:?\s*(\d{1,9})\b")
_PMCID = re.compile(r"\b(?:PMCID|PubMed Central ID)\s*:?\s*(PMC\d{4,9})\b")


def _read_identifiers(text, meta):
    """DOI, PubMed id and PMCID wherever they are labelled; an unlabelled DOI only if it is the
    only one in the document (a reference list cites many)."""
    # Cheap substring tests first: most documents have none of these, and a regex scan each costs.
    has_doi = "10." in text
    for m in (_LABELLED_DOI.finditer(text) if has_doi and ("DOI" in text or "doi" in text) else ()):
        doi = _clean_doi(m.group("doi"))
        meta.set("doi", doi, m.start("doi"), m.start("doi") + len(doi))
    if meta.doi is None and has_doi:
        dois = {_clean_doi(m.group()) for m in _DOI.finditer(text)}
        if len(dois) == 1:
            m = _DOI.search(text)
            doi = _clean_doi(m.group())
            meta.set("doi", doi, m.start(), m.start() + len(doi))
    for m in (_PMID.finditer(text) if "PMID" in text or "PubMed ID" in text else ()):
        meta.set("pmid", m.group(1), *m.span(1))
    for m in (_PMCID.finditer(text) if "PMC" in text else ()):
        meta.set("pmcid", m.group(1), *m.span(1))


_VOLUME_ISSUE = re.compile(
    r"\b(?:Volume|Vol\.?)\s+(?P<volume>\d+)(?:\s*,\s*(?:Issue|No\.?|Number)\s+(?P<issue>[\w-]+))?"
    r"(?:\s*,?\s*\(?(?:pages?|pp?\.)\s*(?P<pages>\d+(?:\s*[-–]\s*\d+)?)\)?)?")
_PUBLISHED_IN = re.compile(r"\bPublished(?: online)? (?:in|on)\s+(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},?\s+)?(?P<year>(?:1[89]|20)\d\d)\b")
_ISSUE_DATE = re.compile(r"^(?:[A-Z][a-z]+\s+)?(?P<year>(?:1[89]|20)\d\d)\s+\((?:Volume|Vol\.?)\s+\d+\)", re.M)


def _read_footer(text, meta):
    """A publisher's statement of volume, issue, pages and year: "Volume 96, Issue 4 (pages
    782-813) ... Published in 2018", "December 2018 (Volume 96)". A bare date elsewhere on the
    page ("December 2024") is the page's, not the article's, and is not read."""
    for m in (_VOLUME_ISSUE.finditer(text) if "Vol" in text else ()):
        if not (m.group("issue") or m.group("pages")):
            continue
        meta.zones.append((m.start(), m.end(), "metadata"))
        meta.set("volume", m.group("volume"), *m.span("volume"))
        if m.group("issue"):
            meta.set("issue", m.group("issue"), *m.span("issue"))
        if m.group("pages"):
            meta.set("pages", _pages(m.group("pages")), *m.span("pages"))
    for m in (_PUBLISHED_IN.finditer(text) if "Published" in text else ()):
        meta.set("year", int(m.group("year")), *m.span("year"))
    for m in (_ISSUE_DATE.finditer(text) if "(Vol" in text else ()):
        meta.zones.append((m.start(), m.end(), "metadata"))
        meta.set("year", int(m.group("year")), *m.span("year"))
    for m in (_DOI_LINE.finditer(text) if "DOI" in text else ()):
        if len(m.group()) < 200:
            meta.zones.append((m.start(), m.end(), "metadata"))


_DOI_LINE = re.compile(r"^[^\r\n]*\bDOI:?\s*10\.\d{4,9}/\S+[^\r\n]*$", re.M)
_JOURNAL_WORDS = r"(?:Journal|Quarterly|Review|Annals|Bulletin|Proceedings|Lancet|Affairs|Medicine|Policy|Reports|Letters)"
_JOURNAL_NAME = rf"(?P<journal>(?:The[ ])?[A-Z][\w&]*(?:[ ](?:of|and|for|on|in|&|[A-Z][\w&]*))*?[ ]{_JOURNAL_WORDS}(?:[ ](?:of|and|for|on|in|&)[ ][A-Z][\w&]*(?:[ ][A-Z][\w&]*)*)?)"
_JOURNAL_STATEMENTS = [   # (a literal the statement needs, its pattern)
    ("Back to ", re.compile(rf"\bBack to {_JOURNAL_NAME}\b")),
    ("publishes ", re.compile(rf"\bpublishes {_JOURNAL_NAME}\b")),
    ("Published in ", re.compile(rf"\bPublished in {_JOURNAL_NAME}\b")),
    ("Journal:", re.compile(rf"^Journal:\s*{_JOURNAL_NAME}\b", re.M)),
]


def _read_journal_statements(text, meta):
    """A journal named by the page around the article: "Back to The Milbank Quarterly",
    "The Fund publishes The Milbank Quarterly"."""
    names = []
    for literal, pattern in _JOURNAL_STATEMENTS:
        for m in (pattern.finditer(text) if literal in text else ()):
            names.append((m.group("journal"), *m.span("journal")))
    if not names:
        return
    if meta.journal is None:
        _set_journal(meta, names[:1])
    journal = meta.journal
    for name, start, end in names:
        slot = journal.title if journal.title and _same_value(journal.title.value, name) else None
        if slot:
            slot.add(start, end)


def _pages(value):
    return re.sub(r"\s*[-–]\s*", "-", value.strip())


def read_metadata(text):
    """All the metadata ``text`` states, with spans; nothing is guessed.

    Args:
        text: the full document text.

    Returns:
        A :class:`Metadata`; fields the text does not state are None, authors an empty list.
    """
    meta = Metadata()
    _read_field_list(text, meta)
    _read_citation(text, meta)
    _read_author_lines(text, meta)
    _read_title_line(text, meta)
    _read_identifiers(text, meta)
    _read_footer(text, meta)
    _read_journal_statements(text, meta)
    meta.zones.sort()
    return meta

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
from functools import lru_cache

from ickg.extract.regex import folded, lazy_compile
from ickg.iris import slug


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
        return _person_key(self.family, self.initials[:1])


@lru_cache(maxsize=4096)
def _person_key(family, initial):
    return f"{slug(family)}-{initial.lower()}" if initial else slug(family)


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
    date: Field | None = None          # ISO 8601, only when the document states a month or a day
    publisher: Field | None = None
    type: str | None = None            # a FaBiO class name (JournalArticle, PressRelease, ...)
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
_NAME_WORD = r"(?:(?:[A-Z]['’]|Ma?c)?[A-ZÀ-ÞĀ-Ž][a-zà-ÿ\u0100-\u017f'’]+(?:-(?:[A-Z]['’])?[A-ZÀ-ÞĀ-Ž][a-zà-ÿ\u0100-\u017f'’]+)*)"
_PARTICLES = ("van", "von", "der", "de", "del", "della", "di", "da", "du", "le", "la", "dos", "bin", "ibn")
_PARTICLE = r"(?:(?:" + "|".join(_PARTICLES) + r")\s)"
_PARTICLE_INITIALS = frozenset(w[0] for w in _PARTICLES)
_FAMILY_FIRST = lazy_compile(rf"^(?P<family>{_PARTICLE}*{_NAME_WORD}(?:\s{_NAME_WORD})?),?\s(?P<initials>{_INITIALS})$")
_INITIALS_FIRST = lazy_compile(rf"^(?P<initials>{_INITIALS})\s(?P<family>{_PARTICLE}*{_NAME_WORD}(?:\s{_NAME_WORD})?)$")
_GIVEN_FIRST = lazy_compile(
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


_GIVEN_NAME_SPLIT = lazy_compile(r"[\s-]+")


def parse_person(text):
    """A :class:`Person` from one written name, or None if it does not look like a name.

    "Jiwani I" and "Embuldeniya, G." are family-first with initials; "MJ Fleury" is initials-first;
    "Walter P. Wodchis" is given-first.
    """
    text = text.strip().rstrip(",")
    first = text[:1]
    if not ("A" <= first <= "Z" or "\u00c0" <= first <= "\u00de" or "\u0100" <= first <= "\u017d"
            or first in _PARTICLE_INITIALS) or len(text.split(None, 1)) < 2:
        return None                  # each pattern opens on a capital or a particle and holds a space
    for pattern in (_FAMILY_FIRST, _INITIALS_FIRST):
        match = pattern.match(text)
        if match:
            initials = re.sub(r"[^A-Z]", "", match.group("initials"))
            return Person(text, match.group("family"), None, initials)
    match = _GIVEN_FIRST.match(text)
    if match and not any(w in _NOT_NAME_WORDS for w in text.split()):
        given = match.group("given")
        initials = "".join(w[0] for w in _GIVEN_NAME_SPLIT.split(given) if w)
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
_FIELD_LINE = lazy_compile(
    r"^(?P<name>" + "|".join(re.escape(n) for n in _FIELD_NAMES) + r")"
    r"(?:[ \t]*:[ \t]*|[ \t]+|(?=[A-Z0-9(]))(?P<value>\S[^\r\n]*?)[ \t]*\r?$", re.M)


def _field_lines(text):
    """Matches of _FIELD_LINE, tried only on the lines that begin with a field's name."""
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if text.startswith(_FIELD_NAMES, start, end):
            m = _FIELD_LINE.match(text, start, end)
            if m:
                yield m
        start = end + 1


_CORE_FIELDS = {"Title", "Authors", "Author", "Journal", "Year of Publication", "Publication Type", "PubMed ID"}


def _read_field_list(text, meta):
    """The PubMed-style "Field<value>" lines, glued or not.

    Three different fields, one of them bibliographic, make a field list; fewer could be a
    "Keywords:" line and a footer that begins with "Volume".
    """
    if not any(text.startswith(name) or "\n" + name in text for name in _CORE_FIELDS):
        return                       # no line opens on a core field: no field list (and no line loop)
    matches = list(_field_lines(text))
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


_APA = lazy_compile(
    r"^(?:(?:How to cite|Cite this article|Cite as|Citation|Suggested citation|To cite)[^:\n]{0,20}:[ \t]*)?"
    r"(?P<authors>[^\n()]+?)\s\((?P<year>(?:1[89]|20)\d\d)[a-z]?(?:,[^)\n]*)?\)\.?\s+"
    r"(?P<title>[^\n]+?[.?!])\s+(?P<journal>[A-Z][^\n,.]*?),\s*(?:Vol(?:ume)?\.?\s*)?(?P<volume>\d+)"
    r"(?:\s?\((?P<issue>[^)\n]+)\))?,\s*(?:pp?\.\s*)?(?P<pages>[A-Za-z]?\d+(?:\s*[-–]\s*[A-Za-z]?\d+)?)\."
    r"(?:\s*(?:https?://(?:dx\.)?doi\.org/|doi:\s*)(?P<doi>10\.\d{4,9}/\S+?))?\.?[ \t]*\r?$", re.M)
_APA_AUTHOR = lazy_compile(
    r"(?P<name>(?P<family>(?:(?:van|von|der|den|de|del|della|di|da|du|le|la|dos|ter|ten)\s)*"
    r"[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+)*),?\s(?P<initials>[A-Z]\.(?:\s?-?[A-Z]\.)*|[A-Z]{1,3}(?=,|;|\s(?:and|&)\s|\s*$)))")

_VANCOUVER = lazy_compile(
    r"^(?:(?:How to cite|Cite this article|Cite as|Citation|Suggested citation|To cite)[^:\n]{0,20}:[ \t]*)?(?P<authors>[^\n.]+?)\.\s+(?P<title>[^\n]+?[.?!])\s+(?P<journal>[A-Z][A-Za-z .&]+?)\.?\s+"
    r"(?P<year>(?:1[89]|20)\d\d)(?:\s(?P<month>[A-Z][a-z]{2})(?:\s(?P<day>\d{1,2}))?)?;(?P<volume>\d+)"
    r"(?:\((?P<issue>[^)\n]+)\))?:(?P<pages>[A-Za-z]?\d+(?:\s*[-–]\s*[A-Za-z]?\d+)?)\."
    r"(?:\s*(?:doi:\s*|https?://(?:dx\.)?doi\.org/)(?P<doi>10\.\d{4,9}/\S+?))?\.?(?:[ \t]+[^\n]*)?\r?$", re.M)
_HARVARD = lazy_compile(
    r"^(?:(?:How to cite|Cite this article|Cite as|Citation|Suggested citation|To cite)[^:\n]{0,20}:[ \t]*)?(?P<authors>[^\n()]+?)\s\((?P<year>(?:1[89]|20)\d\d)[a-z]?\)[.,]?\s+['‘\"“](?P<title>[^\n]+?)[.,]?['’\"”],?\s+"
    r"(?:in[ ])?(?P<journal>[A-Z][^,\n]+?),\s*(?:Vol(?:ume)?\.?\s*)?(?P<volume>\d+)"
    r"(?:\s*\((?P<issue>[^)\n]+)\)|\s*,?\s*(?:No|Issue|Number)\.?\s*(?P<issue_no>[\w-]+))?,\s*(?:pp?\.\s*)?"
    r"(?P<pages>[A-Za-z]?\d+(?:\s*[-–]\s*[A-Za-z]?\d+)?)\."
    r"(?:\s*(?:doi:\s*|https?://(?:dx\.)?doi\.org/)(?P<doi>10\.\d{4,9}/\S+?))?\.?(?:[ \t]+[^\n]*)?\r?$", re.M)


_APA_ANCHOR = lazy_compile(r"\((?:1[89]|20)\d\d[a-z]?(?:,[^)\n]*)?\)\.?\s")
_VANCOUVER_ANCHOR = lazy_compile(r"(?:1[89]|20)\d\d(?:\s[A-Z][a-z]{2}(?:\s\d{1,2})?)?;\d")
_HARVARD_ANCHOR = lazy_compile(r"\((?:1[89]|20)\d\d[a-z]?\)[.,]?\s+['‘\"“]")


# A line that cites other work: "Sources: Béland F et al. ...", "Adapted from: ...", a list under a
# References heading. A reference there is to the document's sources, not to the document. (The
# singular "Source:" and "Reference:" are left out: they also label a document's own citation.)
_CITES_OTHERS = lazy_compile(r"[ \t]*(?:[•·\-*][ \t]*)?(?:Sources|References|Based on|Adapted from|"
                             r"Further reading|Bibliography)[ \t]*:", re.I)


def _read_citation(text, meta):
    """A formatted reference to the document itself: APA ("Family, I. (2017). Title. Journal,
    17(5), 192.") or Vancouver ("Family I, Other J. Title. Journal. 2017;17(5):192.")."""
    references = False               # the reference list's heading, looked for at the first year mark
    for anchor, pattern, author_reader in ((_APA_ANCHOR, _APA, _apa_authors),
                                           (_VANCOUVER_ANCHOR, _VANCOUVER, _vancouver_authors),
                                           (_HARVARD_ANCHOR, _HARVARD, _apa_authors)):
        match = None
        for hit in anchor.finditer(text):          # only the lines that have the style's year mark
            line_start = text.rfind("\n", 0, hit.start()) + 1
            if references is False:
                references = _REFERENCES_HEADING.search(text)
            if (references and references.start() < line_start) or _CITES_OTHERS.match(text, line_start):
                continue
            line_end = text.find("\n", hit.end())
            match = pattern.search(text, line_start, len(text) if line_end < 0 else line_end + 1)
            if match:
                break
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
        issue = "issue" if match.group("issue") else "issue_no" if match.groupdict().get("issue_no") else None
        if issue:
            meta.set("issue", match.group(issue), *match.span(issue))
        meta.set("pages", _pages(match.group("pages")), *match.span("pages"))
        if match.group("doi"):
            meta.set("doi", _clean_doi(match.group("doi")), *match.span("doi"))
        month = match.groupdict().get("month")
        if month and _month(month):
            date = f"{match.group('year')}-{_month(month):02d}"
            if match.groupdict().get("day"):
                date += f"-{int(match.group('day')):02d}"
            meta.set("date", date, match.start("year"), match.end("day") if match.group("day") else match.end("month"))
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
_AUTHOR_LINE = lazy_compile(rf"^(?P<lead>[ \t]*(?:{_BULLET}[ \t]*)?)(?P<name>[^\r\n]+?)[ \t]*\r?$", re.M)


_ET_AL = lazy_compile(r"et al\.?|and others", re.I)


def _read_author_lines(text, meta):
    """Authors listed one per line in a page header: runs of two or more lines that are names.

    Only the head of the document is read (before the first paragraph of prose), and an
    "et al." line closes a run, so a list cut short does not hide the names before it.
    """
    head_end = _head_end(text)
    run = []
    for match in _AUTHOR_LINE.finditer(text, 0, head_end):
        name = match.group("name")
        if _ET_AL.fullmatch(name):
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


_LONG_LINE = lazy_compile(r"^[^\r\n]{200,}$", re.M)
# A long line of the front matter that is not the first paragraph: "medRxiv preprint doi: ...; this
# version posted ... The copyright holder for this preprint ...", a licence statement.
_FRONT_LINE = lazy_compile(r"^[^\n]{0,80}\b(?:doi|preprint|copyright|licen[cs]ed?|ISBN|ISSN)\b|©", re.I)
_HEAD_ENDS = {}


def _head_end(text):
    """Where the head of a document ends: the start of the first long line of prose."""
    cached = _HEAD_ENDS.get(id(text))
    if cached is not None and cached[0] is text:
        return cached[1]
    match = _LONG_LINE.search(text)
    # _FRONT_LINE's first branch opens on "^" (no re.M): it can match only at the line's start, and
    # the search scanned the whole paragraph for its second, "©"
    while match and (_FRONT_LINE.match(match.group()) or "©" in match.group()):
        match = _LONG_LINE.search(text, match.end())   # a preprint server's or licence's line, not prose
    end = match.start() if match else len(text)
    if len(_HEAD_ENDS) > 64:
        _HEAD_ENDS.clear()
    _HEAD_ENDS[id(text)] = (text, end)
    return end


def _read_title_line(text, meta):
    """The first line as the title, when it looks like one and a citation or field list agrees
    or when it stands alone above the text (followed by a blank line or by author lines)."""
    match = re.match(r"\s*([^\r\n]+?)[ \t]*\r?\n", text)
    if not match:
        return
    line, (start, end) = match.group(1), match.span(1)
    if any(zs <= start < ze for zs, ze, *_ in meta.zones):
        return
    if meta.title is not None:
        if _same_value(meta.title.value, line):
            stripped = line.rstrip(".")
            meta.title.add(start, start + len(stripped))
            meta.zones.append((start, end, "title"))
        return
    words = line.split()
    if (len(words) < 3 or len(line) > 300 or line.isupper() or line[-1] in ".:;,!"
            or not line[0].isupper() or _CHROME_TITLE.search(line) or _ISSUER.match(line)
            or _KIND_LINE.fullmatch(line) or _UNIVERSITY_LINE.fullmatch(line)
            or re.search(r"\s[|›»]\s", line)):      # "Ontario.ca | Health and wellness | Français": a menu
        return
    after = text[match.end():match.end() + 400]
    if _site_name_line(text) is not None:
        return
    following = after.lstrip(" \t")
    if following.startswith(("\n", "\r")) or any(p.spans and p.spans[0][0] < match.end() + 400 for p in meta.authors):
        meta.set("title", line, start, end)
        meta.zones.append((start, end, "title"))


# An issuing body's name on the first line of a press release or report, not its title.
_ISSUER = lazy_compile(r"^(?:The[ ])?(?:(?:[A-Z][\w\-]+[ ]){0,3}(?:Government|Ministry|Department|Office|Agency|Council|"
                       r"Institute|Foundation|Trust|Authority|Board|Commission|Directorate|Executive)"
                       r"(?:[ ](?:of|for)[ ][A-Z][\w\- ]+)?)$")
_CHROME_TITLE = lazy_compile(r"\b(?:HOME|MENU|Skip to|Sign in|Log in)\b")

_DOI = lazy_compile(r"\b10\.\d{4,9}/[^\s\"<>]+")
_LABELLED_DOI = lazy_compile(r"(?:\bDOI\b\s*:?\s*|doi\.org/)(?P<doi>10\.\d{4,9}/[^\s\"<>]+)", re.I)


def _clean_doi(doi):
    return doi.rstrip(".,;)]")


_PMID = lazy_compile(r"\b(?:PMID|PubMed ID)\s*:?\s*(\d{1,9})\b")
_PMCID = lazy_compile(r"\b(?:PMCID|PubMed Central ID)\s*:?\s*(PMC\d{4,9})\b")


def _at_each(haystack, needle, text, pattern):
    """``pattern`` matched at each place ``needle`` occurs in ``haystack`` (``text`` or its lower
    case): a pattern whose first characters are known need not be tried at every position."""
    at = haystack.find(needle)
    while at >= 0:
        m = pattern.match(text, at)
        if m:
            yield m
            at = haystack.find(needle, m.end())
        else:
            at = haystack.find(needle, at + 1)


def _read_identifiers(text, meta):
    """DOI, PubMed id and PMCID wherever they are labelled; an unlabelled DOI only if it is the
    only one in the document (a reference list cites many)."""
    # Cheap substring tests first: most documents have none of these, and a regex scan each costs.
    has_doi = "10." in text
    for m in (_at_each(text.lower(), "doi", text, _LABELLED_DOI) if has_doi else ()):
        doi = _clean_doi(m.group("doi"))
        meta.set("doi", doi, m.start("doi"), m.start("doi") + len(doi))
    if meta.doi is None and has_doi:
        found = list(_at_each(text, "10.", text, _DOI))
        if len({_clean_doi(m.group()) for m in found}) == 1:
            m = found[0]
            doi = _clean_doi(m.group())
            meta.set("doi", doi, m.start(), m.start() + len(doi))
    for m in (_PMID.finditer(text) if "PMID" in text or "PubMed ID" in text else ()):
        meta.set("pmid", m.group(1), *m.span(1))
    for m in (_PMCID.finditer(text) if "PMC" in text else ()):
        meta.set("pmcid", m.group(1), *m.span(1))


_VOLUME_ISSUE = lazy_compile(
    r"\b(?:Volume|Vol\.?)\s+(?P<volume>\d+)(?:\s*,?\s*(?:Issue|No\.?|Number)\s+(?P<issue>[\w-]+))?"
    r"(?:,?[ \t]+(?P<year>(?:19|20)\d\d)\b)?"
    r"(?:\s*,?\s*\(?(?:pages?|pp?\.)\s*(?P<pages>\d+(?:\s*[-–]\s*\d+)?)\)?)?")
_PUBLISHED_IN = lazy_compile(r"Published(?<=\bPublished)(?: online)? (?:in|on)\s+(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},?\s+)?(?P<year>(?:1[89]|20)\d\d)\b")
_ISSUE_DATE = lazy_compile(r"^(?:[A-Z][a-z]+\s+)?(?P<year>(?:1[89]|20)\d\d)\s+\((?:Volume|Vol\.?)\s+\d+\)", re.M)


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
        if m.group("year") and m.group("issue"):
            meta.set("year", int(m.group("year")), *m.span("year"))
    for m in (_PUBLISHED_IN.finditer(text) if "Published" in text else ()):
        meta.set("year", int(m.group("year")), *m.span("year"))
    for m in (_ISSUE_DATE.finditer(text) if "(Vol" in text else ()):
        meta.zones.append((m.start(), m.end(), "metadata"))
        meta.set("year", int(m.group("year")), *m.span("year"))
    for m in (_DOI_LINE.finditer(text) if "DOI" in text else ()):
        if len(m.group()) < 200:
            meta.zones.append((m.start(), m.end(), "metadata"))


_DOI_LINE = lazy_compile(r"^[^\r\n]*\bDOI:?\s*10\.\d{4,9}/\S+[^\r\n]*$", re.M)
_JOURNAL_WORDS = r"(?:Journal|Quarterly|Review|Annals|Bulletin|Proceedings|Lancet|Affairs|Medicine|Policy|Reports|Letters)"
_JOURNAL_NAME = rf"(?P<journal>(?:The[ ])?[A-Z][\w&]*(?:[ ](?:of|and|for|on|in|&|[A-Z][\w&]*))*?[ ]{_JOURNAL_WORDS}(?:[ ](?:of|and|for|on|in|&)[ ][A-Z][\w&]*(?:[ ][A-Z][\w&]*)*)?)"
_JOURNAL_STATEMENTS = [   # (a literal the statement needs, its pattern)
    ("Back to ", lazy_compile(rf"\bBack to {_JOURNAL_NAME}\b")),
    ("publishes ", lazy_compile(rf"\bpublishes {_JOURNAL_NAME}\b")),
    ("Published in ", lazy_compile(rf"\bPublished in {_JOURNAL_NAME}\b")),
    ("Journal:", lazy_compile(rf"^Journal:\s*{_JOURNAL_NAME}\b", re.M)),
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


# --- the head of a document: journal lines, author lines, title, date, publisher, type -------------

_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december")
_MONTH_WORD = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
               r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|"
               r"JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|"   # a cover's capitals
               r"SEPT?(?:EMBER)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)")


def _month(word):
    word = word.lower().rstrip(".")
    for number, name in enumerate(_MONTH_NAMES, 1):
        if len(word) >= 3 and name.startswith(word[:3]) and name.startswith(word):
            return number
    return None


# "International Journal of Integrated Care, Annual Conference Supplement 2016; 16(6): A87",
# "Eur J Integr Health Syst. 2018;12(3):201-9.", "... Care 2017; 17(5): A412 - Annual Conference Supplement"
_JOURNAL_LINE = lazy_compile(
    r"^(?P<journal>[A-Z][A-Za-z&'’ ]*?[A-Za-z](?:[ ]\([A-Z][a-z]+\))?)(?:\.|,[ \t]*(?P<extra>[^\n;,]*?))?[ \t]+"
    r"(?P<year>(?:1[89]|20)\d\d)(?:[ \t]+(?P<month>[A-Z][a-z]{2})(?:[ \t]+(?P<day>\d{1,2}))?)?[ \t]*;[ \t]*"
    r"(?P<volume>\d+)[ \t]*(?:\((?P<issue>[^)\n]+)\))?[ \t]*(?::[ \t]*(?P<pages>[A-Za-z]?\d+(?:[ \t]*[-–][ \t]*[A-Za-z]?\d+)?)"
    r"|[:;,.][ \t]*(?P<urn>URN:NBN:[\w:\-]+))"    # IJIC supplements cite a URN where pages would be
    r"[^\n]*$", re.M | re.I)


def _read_journal_line(text, meta):
    """A journal's own line: "Journal Title, Supplement YEAR; VOL(ISSUE): PAGES" (the conference
    abstract's form) or Vancouver's "Abbrev J. YEAR;VOL(ISSUE):PAGES. doi: ..." at the top of an
    abstract."""
    if meta.journal is not None or ";" not in text:
        return
    for match in _JOURNAL_LINE.finditer(text, 0, min(len(text), _head_end(text) + 400)):
        journal = match.group("journal").strip()
        # the whole Vancouver shape, "Name. YEAR;VOL(ISSUE):PAGES", names a journal by itself ("Harefuah Briut.
        # 2019;12(3):41-47."), whatever its words
        vancouver = bool(match.group("issue") and match.group("pages") and text.startswith(".", match.end("journal"))
                         and len(journal.split()) <= 8)
        if not (vancouver or re.search(_JOURNAL_WORDS, journal) or looks_abbreviated(journal)
                or re.fullmatch(r"[A-Z]{2,6}", journal)):
            continue
        meta.zones.append((match.start(), match.end(), "citation"))
        js = match.start("journal")
        _set_journal(meta, [(journal, js, js + len(journal))])
        meta.set("year", int(match.group("year")), *match.span("year"))
        meta.set("volume", match.group("volume"), *match.span("volume"))
        if match.group("issue"):
            meta.set("issue", match.group("issue"), *match.span("issue"))
        if match.group("pages"):
            meta.set("pages", _pages(match.group("pages")), *match.span("pages"))
        if match.group("month") and _month(match.group("month")):
            date = f"{match.group('year')}-{_month(match.group('month')):02d}"
            if match.group("day"):
                date += f"-{int(match.group('day')):02d}"
            meta.set("date", date, match.start("year"), match.end())
        if re.search(r"\b(?:Conference|Congress|Supplement)\b", match.group()):
            meta.type = meta.type or "ConferencePaper"
        return


# A chapter's citation of its book: "In: Morris J, Kaur P (eds). Integrated care in ageing societies.
# London: Routledge; 2019. p. 87-104.", "In J. Morris & P. Kaur (Eds.), Book (pp. 87-104). Routledge.",
# "in Rechel, B. et al. (eds) Book. Copenhagen: European Observatory, pp. 201-9."
_CHAPTER_LINE = lazy_compile(r"^[ \t]*In:?[ ][^\n]{0,300}?\((?:eds?|Eds?|editors?|Editors?)\.?\)[^\n]*$", re.M)
_CHAPTER_PAGES = lazy_compile(r"\b(?:pp?\.|pages)[ \t]*(?P<pages>[A-Za-z]?\d+(?:[ \t]*[-–][ \t]*[A-Za-z]?\d+)?)")
_CHAPTER_PUBLISHER = lazy_compile(
    r"(?:^|[.)][ \t]+)(?:(?P<place>[A-Z][\w .\-]{1,40}?(?:,[ ][A-Z]{2})?):[ \t]*)?"
    r"(?P<publisher>[A-Z][\w&'’\-]*(?:[ ](?:of[ ]|and[ ]|&[ ]|for[ ])?[A-Z][\w&'’\-]*)*)"
    r"(?=[ \t]*(?:[;,][ \t]*(?:(?:19|20)\d\d|pp?\.)|\.?[ \t]*$))")
_YEAR = lazy_compile(r"\b(?:19|20)\d\d\b")
_REFERENCES_HEADING = lazy_compile(r"^[ \t]*(?:References|Bibliography|Literature(?: cited)?|Works cited|Notes)[ \t]*:?[ \t]*$", re.M | re.I)


def _read_chapter(text, meta):
    """A book chapter's citation of the book it is in, on a line of the head beginning "In" and
    naming editors: the chapter's pages, year and the book's publisher. A journal article's
    reference list cites chapters too, so only the head is read."""
    if meta.journal is not None or "(ed" not in text and "(Ed" not in text:
        return
    match = _CHAPTER_LINE.search(text, 0, min(len(text), _head_end(text) + 1))
    if not match or _REFERENCES_HEADING.search(text, 0, match.start()):
        return                          # none, or one cited in a reference list
    line, offset = match.group(), match.start()
    meta.zones.append((match.start(), match.end(), "citation"))
    meta.type = meta.type or "BookChapter"
    after_eds = line.index(")", line.index("(", line.lower().index("(ed")))
    pages = _CHAPTER_PAGES.search(line, after_eds)
    if pages:
        meta.set("pages", _pages(pages.group("pages")), offset + pages.start("pages"), offset + pages.end("pages"))
    years = list(_YEAR.finditer(line, after_eds))
    if years:
        meta.set("year", int(years[-1].group()), offset + years[-1].start(), offset + years[-1].end())
    for publisher in _CHAPTER_PUBLISHER.finditer(line, after_eds + 1):
        if publisher.group("place") or publisher.end() >= len(line.rstrip(" .\t")) - 1:
            meta.set("publisher", publisher.group("publisher"), offset + publisher.start("publisher"),
                     offset + publisher.end("publisher"))
            break


# A preprint server's line: "medRxiv preprint doi: ...; this version posted March 3, 2021."
_PREPRINT = lazy_compile(r"\b(?P<server>medRxiv|bioRxiv|arXiv|SSRN|Research Square|Preprints\.org|SocArXiv|OSF Preprints)"
                         r"\b[^\n]{0,20}?\bpreprint\b|^arXiv:\d{4}\.\d{4,5}", re.I | re.M)
_THESIS = lazy_compile(r"\b(?:thesis|dissertation)\b[^\n]{0,80}\b(?:submitted|presented|fulfil?ment)\b"
                       r"|^[ \t]*(?:(?:Master'?s|Doctoral|PhD)[ ])?(?:[Tt]hesis|[Dd]issertation)[ ]abstract[ \t]*$"
                       r"|\bin (?:partial )?fulfil?ment of the requirements? for the degree of\b", re.I | re.M)
_DOCTORAL = lazy_compile(r"\b(?:Doctor of|Ph\.?D\b|doctoral|Dr\.? ?(?:phil|med|rer)|DPhil|Doctorate)", re.I)
_MASTERS = lazy_compile(r"\b(?:Master of|Master's|Masters|M\.?Sc\b|MPH\b|MA\b)", re.I)
_UNIVERSITY_LINE = lazy_compile(r"^[ \t]*(?P<name>(?:The[ ])?(?:[A-Z][\w'’\-]*[ ])*(?:University|Universit[àéy]|Universidad|Universidade|Universitat|Universität|Universiteit|College|Hochschule|"
                                r"Polytechnic|Institute of Technology)(?:[ ](?:of|for|and|at|in|di|de|del|degli|do|da)[ ](?:the[ ])?[A-Z][\w'’\-]*"
                                r"(?:[ ][A-Z][\w'’\-]*)*|[ ][A-Z][\w'’\-]*)*)[ \t]*$", re.M)


def _read_thesis(text, meta):
    """A thesis's title page: "A thesis submitted ... for the degree of Doctor of Philosophy", the
    awarding university on a line of its own as the publisher."""
    head = text[:min(len(text), _head_end(text) + 1)]
    low = folded(head)           # each alternative of _THESIS holds one of these words
    if "thesis" not in low and "dissertation" not in low and "fulfi" not in low:
        return
    match = _THESIS.search(head)
    if not match:
        return
    degree = head[match.start():head.find("\n", match.end()) if "\n" in head[match.end():] else len(head)]
    if not (_DOCTORAL.search(degree) or _MASTERS.search(degree)):
        degree = head                # "Thesis abstract" under "Master's Degree in Public Health"
    meta.type = meta.type or ("DoctoralThesis" if _DOCTORAL.search(degree) else
                              "MastersThesis" if _MASTERS.search(degree) else "Thesis")
    if meta.publisher is None:
        universities = list(_UNIVERSITY_LINE.finditer(head))
        if universities:
            u = universities[-1]
            meta.set("publisher", u.group("name"), *u.span("name"))


# A journal's line that does not open with the year: "International Journal of Integrated Care,
# 19(S1): A143", "Journal of ..., 45(2), 223-232 (1997)", "Journal of ..., Vol. 45, No. 2, February 1997,
# pp. 223-232", "International Journal of Integrated Care – Volume 12, 23 May 2012 – URN:NBN:...".
_JOURNAL_LINE_VOLUME = lazy_compile(
    r"^(?:Published in:?[ \t]*)?(?P<journal>[A-Z][A-Za-z&'’ ]*?[A-Za-z])(?:[ \t]*[,.;–—][ \t]*|[ \t]+-[ \t]+|[ \t]+)"
    r"(?:(?P<year>(?:19|20)\d\d)[ \t]*[,;][ \t]*|\((?P<year3>(?:19|20)\d\d)\)[ \t]+)?"
    r"(?:[Vv]ol(?:ume|\.)?[ \t]*(?P<volume>\d+)(?:[ \t]*,?[ \t]*(?:[Ii]ssue|[Nn]o\.?|[Nn]umber)[ \t]*(?P<issue>[\w-]+))?"
    r"|(?P<volume2>\d+)[ \t]*(?:\((?P<issue2>[^)\n]+)\)|(?<=\)[ \t]\d)(?=:)|(?<=\)[ \t]\d\d)(?=:)|(?<=\)[ \t]\d\d\d)(?=:))"
    # Chicago's "Health Affairs 31, no. 2 (2012): 426-433"
    r"|(?P<volume4>\d+),[ \t]*no\.[ \t]*(?P<issue4>[\w-]+)[ \t]*\((?P<year4>(?:19|20)\d\d)\))"
    r"(?P<rest>[^\n]*)$", re.M)
_REST_PAGES = lazy_compile(r"^[ \t]*:[ \t]*(?P<p1>[A-Za-z]?\d+(?:[ \t]*[-–][ \t]*[A-Za-z]?\d+)?)"
                           r"|^[ \t]*,[ \t]*(?P<p2>[A-Za-z]?\d+[ \t]*[-–][ \t]*[A-Za-z]?\d+|[eA]\d+)\b"
                           r"|\bpp?\.[ \t]*(?P<p3>[A-Za-z]?\d+(?:[ \t]*[-–][ \t]*[A-Za-z]?\d+)?)")


def _read_journal_volume_line(text, meta):
    """A journal line in the head whose volume comes before (or without) the year; the year from
    the line, else from a conference line of the head (a supplement of the conference's year)."""
    if meta.journal is not None or "Vol" not in text and "vol" not in text and "(" not in text:
        return
    head_end = min(len(text), _head_end(text) + 400)
    for match in _JOURNAL_LINE_VOLUME.finditer(text, 0, head_end):
        journal = match.group("journal").strip()
        if not (re.search(_JOURNAL_WORDS, journal) or looks_abbreviated(journal)) or len(journal.split()) > 12:
            continue
        volume = next(g for g in ("volume", "volume2", "volume4") if match.group(g))
        issue = next((g for g in ("issue", "issue2", "issue4") if match.group(g)), None)
        rest, rest_start = match.group("rest"), match.start("rest")
        pages = _REST_PAGES.search(rest)
        has_urn = "URN:" in rest
        if not (pages or has_urn or match.group(volume) and match.group("volume")):
            continue
        meta.zones.append((match.start(), match.end(), "citation"))
        js = match.start("journal")
        _set_journal(meta, [(journal, js, js + len(journal))])
        meta.set("volume", match.group(volume), *match.span(volume))
        if issue:
            meta.set("issue", match.group(issue), *match.span(issue))
        if pages:
            group = next(g for g in ("p1", "p2", "p3") if pages.group(g))
            meta.set("pages", _pages(pages.group(group)), rest_start + pages.start(group), rest_start + pages.end(group))
        for group in ("year", "year3", "year4"):     # "Journal 2019; 12(3)", Springer's "Journal (2019) 12:45-52"
            if match.group(group):
                meta.set("year", int(match.group(group)), *match.span(group))
        date = next(iter(_dates(rest)), None)
        if date is not None and _iso(date):
            iso = _iso(date)
            if len(iso) > 4:
                meta.set("date", iso, rest_start + date.start(), rest_start + date.end())
            meta.set("year", int(iso[:4]), rest_start + date.start(), rest_start + date.end())
        year = _YEAR.search(rest)
        if meta.year is None and year:
            meta.set("year", int(year.group()), rest_start + year.start(), rest_start + year.end())
        conference = _CONFERENCE.search(text, 0, head_end)
        if meta.year is None and conference and _YEAR.search(conference.group()):
            y = _YEAR.search(conference.group())
            meta.set("year", int(y.group()), conference.start() + y.start(), conference.start() + y.end())
        return


# Words that end an author list in a byline: "By Megan Farrell, Staff Writer".
_JOB_WORDS = {"staff", "writer", "editor", "correspondent", "reporter", "contributor", "columnist", "analyst",
              "director", "officer", "manager", "professor", "dr", "team", "desk", "news", "health", "policy",
              "senior", "chief", "deputy", "special", "guest", "phd", "md", "msc", "mph", "rn"}
# Family names written first in East Asian names ("Tan Wei Ling", "Goh Mei Hua").
_FAMILY_FIRST_NAMES = {
    "tan", "goh", "lim", "lee", "wong", "chan", "ng", "ong", "teo", "koh", "chua", "toh", "yeo", "ho", "low",
    "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu", "hu",
    "guo", "he", "lin", "luo", "zheng", "liang", "xie", "song", "tang", "han", "feng", "deng", "cao", "peng",
    "zeng", "xiao", "tian", "dong", "pan", "yuan", "cai", "jiang", "yu", "du", "ye", "cheng", "wei", "su",
    "lu", "ding", "ren", "shen", "yao", "jin", "kim", "park", "choi", "jung", "kang", "cho", "yoon", "jang",
    "nguyen", "tran", "le", "pham", "hoang", "phan", "vu", "dang", "bui", "ngo", "duong", "ly",
}
_BYLINE = lazy_compile(r"^(?:(?:Written|Posted|Reported|Published|Reviewed|Prepared|Compiled|Edited)\s+)?(?:on\s+[^|\n]{4,30}?\s+"
                       r"|(?<=[a-z]\s)(?:\d{1,2}\s+[A-Z][a-z]+\.?,?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4})\s+)?[Bb]y\s+"
                       r"|^(?:Authors?|Candidate|Student)\s*:\s*")
# Whom a byline's names wrote for: the names end before it.
_FOR_BODY = lazy_compile(r"\s+for\s+(?:the\s+)?(?=[A-Z])")
_NAME_MARKERS = lazy_compile(r"\s*(?:\(\s*\d+(?:\s*,\s*\d+)*\s*\)|\[\d+(?:,\d+)*\]|[\d,*†‡§¶¹²³⁴⁵⁶⁷⁸⁹⁰⁺ᵃᵇᶜᵈ˒]+)$")


def _east_asian(person, written):
    """"Tan Wei Ling": a three-word name whose first word is a common East Asian family name and
    whose other two are one-syllable given names is written family name first."""
    words = written.split()
    if (len(words) == 3 and words[0].lower() in _FAMILY_FIRST_NAMES
            and all(len(w) <= 4 and w[0].isupper() for w in words[1:])):
        given = " ".join(words[1:])
        return Person(written, words[0], given, "".join(w[0] for w in words[1:]))
    return person


# Given names that stand second in a Spanish or Portuguese name ("Ana María López"): the family name is then one word.
_SECOND_GIVEN = {"María", "Maria", "José", "Jose", "Luis", "Luís", "Carlos", "Juan", "Ana", "Jesús", "Manuel", "Antonio",
                 "António", "Isabel", "Carmen", "Teresa", "Paula", "Andrés", "Miguel", "Ángel", "Angel", "Pablo",
                 "Elena", "Eugenia", "Fernanda", "Francisco", "Javier", "Inés", "Lucía", "Pilar", "Rosa", "Sofía",
                 "Victoria", "Alejandro", "Eduardo", "Ignacio", "Alberto", "Cristina", "Beatriz", "Joaquín", "João"}
_IBERIAN_FAMILY = lazy_compile(r"[A-ZÁÉÍÓÚÑ][a-záéíóúñãõç]*(?:[áéíóúñãõç][a-záéíóúñãõç]*|ez)")


def _iberian(person, written):
    """"Lucía Restrepo Gómez", "Andrea Mora Solís": a three-word Spanish or Portuguese name whose last word
    is a family name by its accent or its "-ez" carries two family names, the father's and the mother's."""
    words = written.split()
    if (len(words) == 3 and person.family == words[2] and all(w[:1].isupper() and w[1:].islower() for w in words)
            and words[1] not in _SECOND_GIVEN and _IBERIAN_FAMILY.fullmatch(words[2])):
        return Person(written, f"{words[1]} {words[2]}", words[0], words[0][0])
    return person


# A postal address's part: "PO Box 412", "GPO Box 9998", "Lismore NSW 2480" (a town, a state's code, a postcode).
_ADDRESS_PART = lazy_compile(r"\b(?:P\.?[ ]?O\.?|GPO|Locked)[ ]Box\b|\b[A-Z]{2,3}[ ]\d{4,5}\s*$|\b[A-Z]{1,2}\d[A-Z\d]?[ ]\d[A-Z]{2}\s*$")


def _person_or_none(part):
    if _ADDRESS_PART.search(part):
        return None, part.strip()
    part = _NAME_MARKERS.sub("", part.strip()).strip()
    if not part or len(part) > 60 or any(w.lower().strip(".,") in _JOB_WORDS for w in part.split()):
        return None, part
    person = parse_person(part)
    if person is None or _looks_like_place_or_body(part):
        return None, part    # the place test second: it runs the places' whole search, and most parts are no name
    if person.given:
        person = _iberian(_east_asian(person, part), part)
    return person, part


@lru_cache(maxsize=4096)
def _looks_like_place_or_body(part):
    """True for a body's name or a place: one naming a place of the gazetteer, or the whole name of a
    place of the curators' places.tsv (so a memo's "Nirman Bhawan, New Delhi" is an address, not two
    authors, while "Sofia Nyström" stays a person). Kept per name: it runs the places' whole search,
    and a corpus names the same authors again."""
    from ickg.extract.gazetteer import find_places
    from ickg.extract.places import find_jurisdictions

    words = set(part.split())
    if words & {"University", "Institute", "Department", "School", "Centre", "Center", "Hospital", "Ministry",
                "Foundation", "Agency", "Council", "Government", "Region", "County", "Health", "Care", "Trust"}:
        return True
    if find_places(part):
        return True
    return any(m.start == 0 and m.end == len(part) for m in find_jurisdictions(part))


_LONE_BY = lazy_compile(r"[ \t]*(?:(?:Written|Prepared|Submitted|Edited|Presented)[ ])?[Bb]y:?[ \t]*")


# The patterns of _read_author_line, compiled once: it runs them for every line and name of the head.
_HEAD_LINE = lazy_compile(r"^[^\n]*\S[^\n]*$", re.M)
_LINE_SEGMENT = lazy_compile(r"[^|·•]+")
_AFFILIATION_MARKS = lazy_compile(r"\(\s*(?:\d+|[a-z])(?:\s*,\s*(?:\d+|[a-z]))*\s*\)")   # "(1,2)", "(a)", "(a, b)"
# Degrees after a name ("Hannah R. Lindqvist, MD; Peter J. Osei, PhD"): the person's, not another name.
_DEGREES = frozenset("MD PhD DPhil MPH MSc BSc MA MBA MBBS MBChB RN BSN MSN NP PharmD DrPH DNP FRCP FRCGP FACP "
                     "MRCGP DO PA DSc MS BS BA MN MHSc MHA".split())
# A Vancouver author list on its own line, closed by a full stop: "Brennan C, Iyer R, Marsh D."
_VANCOUVER_AUTHORS = lazy_compile(r"(?:[A-Z][\w'’\-]+(?:[ ][A-Z][\w'’\-]+)?[ ][A-Z]{1,3}(?:,[ ]|[ ]and[ ]))*"
                                  r"[A-Z][\w'’\-]+(?:[ ][A-Z][\w'’\-]+)?[ ][A-Z]{1,3}\.")
_NAME_PART = lazy_compile(r"[^,;&]+?(?=\s*(?:,|;|&|\band\b|$))|(?<=\band\b)[^,;&]+")
_BLANK_OR_AND = lazy_compile(r"\s*(?:and\s*)?")
_LEADING_AND = lazy_compile(r"^and\s+")


def _read_author_line(text, meta):
    """Authors on one line of the head: "Karin Lindqvist, Anders Holmberg, Sofia Nyström",
    "Authors: Núria Puig, Jordi Ferrer, Laura Vidal", "Katrin Hoffmann(1), Stefan Weber(1,2)",
    a byline "By Ellen Janssen and Pieter van Dam", or a segment of "14 July 2016 | by Priya Raman,
    health correspondent". Every name on the line must read as a person's (a byline may end in a
    job title), so a line of places or institutions is not taken for one."""
    if meta.authors:
        return
    head_end = _head_end(text)
    after_by = False                # a title page's "by" on a line of its own, the name below it
    for line in _HEAD_LINE.finditer(text[:head_end]):
        if _LONE_BY.fullmatch(line.group()):
            after_by = True
            continue
        for segment in _LINE_SEGMENT.finditer(line.group()):
            raw = segment.group()
            lead = len(raw) - len(raw.lstrip())
            body = raw.strip()
            by = _BYLINE.match(body)
            byline = by or after_by
            names_start = line.start() + segment.start() + lead + (by.end() if by else 0)
            names = body[by.end():] if by else body
            if by:                       # "Prepared by Thandiwe Mokoena for the Primary Health Care Learning Network"
                names = _FOR_BODY.split(names, 1)[0]
            names = _AFFILIATION_MARKS.sub(lambda m: " " * len(m.group()), names)
            if names.endswith(".") and _VANCOUVER_AUTHORS.fullmatch(names.rstrip()):
                names = names.rstrip()[:-1]
            if not names or len(names) > 300 or names.endswith((".", ":")) and not byline:
                continue
            found = []
            for part in _NAME_PART.finditer(names):
                piece = part.group()
                if _BLANK_OR_AND.fullmatch(piece):
                    continue
                piece_lead = len(piece) - len(piece.lstrip())
                piece_text = _LEADING_AND.sub("", piece.strip())
                if piece_text.replace(".", "") in _DEGREES and found and found[-1] is not None:
                    continue
                offset = names_start + part.start() + piece_lead + (len(piece.strip()) - len(piece_text))
                person, written = _person_or_none(piece_text)
                if person is None:
                    found.append(None)
                    if byline:
                        break
                    continue
                found.append((person, offset, offset + len(written)))
            if byline:
                while found and found[-1] is None:
                    found.pop()
            if not found or None in found or (len(found) < 2 and not byline):
                continue
            for person, start, end in found:
                _add_person(meta, person, start, end)
            meta.zones.append((line.start(), line.end(), "authors"))
            return
        after_by = False


# Lower-case words inside a name in other languages ("CIUSSS de l'Estrie", "Università di Bologna").
_NAME_CONNECTORS = {"de", "du", "des", "la", "le", "di", "da", "del", "della", "van", "von", "der", "y", "e"}


def _site_name_line(text):
    """(name, start, end) of a first line that is a site's name: a short line in title case whose
    next non-blank line is a menu ("Home | Archive | About | Contact"); else None."""
    match = re.match(r"\s*([^\n]+?)[ \t]*\n\s*([^\n]*)", text)
    if not match:
        return None
    name, menu = match.group(1), match.group(2)
    words = name.split()
    if not (1 <= len(words) <= 6) or name[-1] in ".:;!?" or not all(
            w[0].isupper() or w in _TITLE_SMALL_WORDS or w in _NAME_CONNECTORS or w in "-–"
            or re.match(r"[dl]['’][A-Z]", w) for w in words):
        return None
    if menu.count("|") >= 2 or menu.count("·") >= 2 or menu.count("›") >= 2 or menu.count(" > ") >= 2:
        return name, match.start(1), match.end(1)
    return None


_MENU_WORDS = {"HOME", "ABOUT", "LOGIN", "LOG", "SUBSCRIBE", "SEARCH", "MENU", "CONTACT", "EVENTS", "PODCASTS",
               "JOURNALS", "TOPICS", "VIDEOS", "MEDIA", "NEWS", "BLOG", "SIGN", "REGISTER", "DONATE"}


def _masthead(text):
    """The publication's name in capitals on the first line ("NORTHERN NEW ENGLAND HEALTH WIRE"),
    as (name in title case, start, end), or None (a menu of capitalised links is not one)."""
    match = re.match(r"\s*([^\n]+?)[ \t]*(?:\n|$)", text)
    if not match:
        return None
    line = match.group(1)
    offset = match.start(1)
    parts = re.split(r"[ \t]+[—–/|·][ \t]+", line)
    if len(parts) > 1 and not re.search(r"[a-z]", line):
        # "AUSTRALIAN GOVERNMENT — DEPARTMENT OF HEALTH": the issuing body is the last part
        # ("Australian Government" is its parent, as on the press releases the corpus holds),
        # the last but a kind of document ("DEPARTMENT OF HEALTH AND SOCIAL CARE — PRESS RELEASE")
        bodies = [p for p in parts if not _KIND_LINE.fullmatch(p.strip())]
        if not bodies:
            return None
        offset += line.rindex(bodies[-1])
        line = bodies[-1]
    elif _KIND_LINE.fullmatch(line.strip()):
        return None
    words = line.split()
    if not (2 <= len(words) <= 7) or re.search(r"[a-z]", line) or not all(w.isalpha() or w == "&" for w in words):
        return None
    if set(words) & _MENU_WORDS:
        return None
    small = {"OF", "AND", "FOR", "THE", "IN", "ON", "&"}
    name = " ".join(w.lower() if (w in small and i) else w.capitalize() for i, w in enumerate(words))
    return name, offset, offset + len(line)


def _title_case_of(text, name):
    """The spelling of ``name`` elsewhere in ``text`` ("Northern New England Health Wire"), if any."""
    found = re.search(re.escape(name), text, re.I)
    while found:
        if not found.group().isupper():
            return found.group()
        found = re.compile(re.escape(name), re.I).search(text, found.end())
    return name


_NON_BLANK_LINE = lazy_compile(r"^[ \t]*\S[^\n]*$", re.M)
_last_head_lines: tuple = (None, ())   # (text, its head's lines): four readers of one text ask


def _head_lines(text):
    """(start, end) of the non-blank lines of the head, in order (a tuple: the readers share it)."""
    global _last_head_lines
    cached = _last_head_lines          # read once: a thread that sets it meanwhile sets both at once
    if cached[0] is text:
        return cached[1]
    lines = tuple(m.span() for m in _NON_BLANK_LINE.finditer(text[:_head_end(text)]))
    _last_head_lines = (text, lines)
    return lines


_FIELD_LABELS = {"published", "date published", "part of", "directorate", "media type", "audience", "authors",
                 "author", "keywords", "source", "date", "updated", "category", "tags", "section", "type", "topic",
                 "filed under", "posted in", "location", "language", "series", "issue", "volume", "editor",
                 "publisher", "contact", "citation", "doi", "abstract", "summary"}
_LABELLED_LINE = lazy_compile(r"^(?P<label>[A-Z][\w ]{0,25}):\s+(?P<value>.*)$")


def _is_labelled(line):
    """A field line ("Published: 1 April 2016", "Part of: Health and social care"), not a title with
    a colon ("Vanguards one year on: can new care models keep people out of hospital?")."""
    match = _LABELLED_LINE.match(line)
    if not match:
        return False
    label = match.group("label").strip().lower()
    value = match.group("value")
    return label in _FIELD_LABELS or (len(label.split()) <= 2 and len(value.split()) <= 4
                                      and not re.match(r"[a-z]", value))   # "Community Hubs: care close to home"


_KIND_LINE = lazy_compile(r"(?:Fact ?sheet|Briefing|Brief|Report(?:[ ](?:to|by|for|of)[ ](?:the[ ])?[A-Z][\w ]{0,40})?|Press release|Media release|News release|Statement|"
                          r"Consultation|Guidance|Position paper|Background paper|Case study|Executive summary|"
                          r"(?:(?:Master'?s|Doctoral|PhD)[ ])?(?:Thesis|Dissertation)(?:[ ]abstract)?|(?:Plain[ -]language|Lay)[ ]summary|"
                          r"Notice[ ]of[ ]funding[ ]opportunity(?::?[ ]summary)?|Call[ ]for[ ](?:applications|proposals)|"
                          r"Funding[ ]opportunity|Abstract|Summary|News|Press|Media)", re.I, cased_branches=True)
# A period on a profile or a CV ("Jan 2019 - Present", "2015 – 2018"), not a publication date.
_PERIOD_TAIL = lazy_compile(r"[ \t]*[-–—][ \t]*(?:present|now|today|current|ongoing)\b", re.I)
# A line naming the issuing bodies, comma-separated, acronyms in brackets: "Centers for Medicare &
# Medicaid Services (CMS), Center for Medicare and Medicaid Innovation".
_ISSUER_PART = lazy_compile(r"(?:The[ ])?[A-Z][\w&'’\-]*(?:[ ](?:(?:of|for|and|&|on|the|de|du|di|des|la|le)[ ])*[A-Z][\w&'’\-]*)*")
_ISSUER_HEADS = lazy_compile(r"\b(?:Government|Department|Ministry|Institute|Agency|Authority|Office|Council|Commission|"
                             r"Foundation|Fund|Trust|Centres?|Centers?|Services|Board|Executive|Directorate|University|"
                             r"College|School|Association|Society)\b")


_BRACKETED_ABBREVIATION = lazy_compile(r"[ ]\([A-Z][A-Za-z&]{1,9}\)")
_ISSUER_SEPARATOR = lazy_compile(r",[ ]|[ ][/|][ ]")


def _issuer_parts(line):
    """The names of a line of two or more issuing bodies (see _ISSUER_PART), or [] when the line is
    anything else (one name: its callers want two or more)."""
    if ", " not in line and " / " not in line and " | " not in line:
        return []                    # no separator (taking out " (CMS)" makes none): one part at most
    bare = _BRACKETED_ABBREVIATION.sub("", line)
    parts = [x.strip() for x in _ISSUER_SEPARATOR.split(bare)]
    if not parts or not all(_ISSUER_PART.fullmatch(x) for x in parts) or not any(_ISSUER_HEADS.search(x) for x in parts):
        return []
    return parts
_TITLE_SMALL_WORDS = {"of", "and", "for", "the", "in", "on", "to", "a", "an", "&", "at", "by", "with"}


# A title given as a field: "Project: Pathway homeless hospital team", "Title: ...".
_TITLE_LABEL = lazy_compile(r"(?:Title|Project|Project title)[ \t]*:[ \t]+(?P<value>[A-Z][^\n]*[^\s.:;,])$")


def _menu_or_breadcrumb(line):
    """A menu in capitals, or links separated by three or more "|", "›", "»" or " > "."""
    from ickg.extract.layout import _is_nav_line
    return _is_nav_line(line) or max(line.count(" | "), line.count("›"), line.count("»"), line.count(" > ")) >= 2


def _affiliation_head(line):
    """True for an institution's line that goes on after a comma ("School of Medicine, Master's
    Degree in Public Health"), which is where a document comes from, not its title."""
    body = _ORG_BODY_LINE.match(line)
    return bool(body) and line.startswith(", ", body.end())


# A credit line of the head: "Prepared for the Adult Social Care Learning Exchange, January 2015".
_CREDIT_LINE = lazy_compile(r"(?:Prepared|Produced|Commissioned|Written|Compiled)[ ](?:for|by|on[ ]behalf[ ]of)[ ]")
# The line under a speech's title: "Speech by the Minister of Health", "Remarks by ...", "Keynote address by ...".
_SPOKEN_BY = lazy_compile(r"(?:Speech|Remarks|Address|Keynote(?:[ ]address)?|Lecture|Statement|Opening[ ]remarks)[ ]by[ ]", re.I)
_FIRST_SLIDE = lazy_compile(r"Slide[ ]1(?:[ ]of[ ]\d{1,3})?[:.]?")


# What a title line does not hold: a menu's separators, a DOI, a citation's volume or number, a series.
_NOT_TITLE_MARK = lazy_compile(r"[|>›»]|\bdoi\b|\d;\s*\d|\b(?:Conference|Congress)\b|©|\(c\)|"
                               r"\b(?:No\.?|Number|Vol\.?|Volume|Issue)\s*\d|\bseries\b", re.I)


def _read_title_in_head(text, meta, zones):
    """The title: the first line of the head that stands alone like one (not a menu, masthead,
    breadcrumb, byline, date, labelled field or citation) and is followed by a blank line or by
    the authors."""
    if meta.title is not None:
        return
    from ickg.extract.layout import _CHROME_LINE, _MISSION, _is_nav_line

    lines = _head_lines(text)
    author_starts = [p.spans[0][0] for p in meta.authors if p.spans]
    kind_seen = False           # a line naming the document's kind ("Background Brief", "Media release")
    for i, (start, end) in enumerate(lines[:14]):
        line = text[start:end].strip()
        start = start + (len(text[start:end]) - len(text[start:end].lstrip()))
        end = start + len(line)
        words = line.split()
        if any(zs <= start < ze for zs, ze, *_ in zones):
            continue
        if len(words) <= 8 and (_REPORT.fullmatch(line) or _PRESS.fullmatch(line) or _KIND_LINE.fullmatch(line)):
            kind_seen = True
            continue
        if i < 3 and (_ISSUER.match(line) or _ORG_BODY_LINE.fullmatch(line)):
            continue                # "United States Government Accountability Office" above the report's kind
        if i < 3 and (len(_issuer_parts(line)) > 1 or _affiliation_head(line)):
            continue                # "Centers for ... (CMS), Center for ...", "School of Medicine, Master's Degree in ..."
        if i + 1 < len(lines) and i < 2 and _menu_or_breadcrumb(text[lines[i + 1][0]:lines[i + 1][1]].strip()):
            continue                # a site's name above its menu or breadcrumb
        if _PERIOD_TAIL.search(line):
            continue                # "Jan 2019 - Present"
        labelled = _TITLE_LABEL.match(line)
        if labelled and len(labelled.group("value").split()) >= 2:
            value_start = start + labelled.start("value")
            meta.set("title", labelled.group("value"), value_start, end)
            meta.zones.append((start, end, "title"))
            return
        if i > 0 and _FIRST_SLIDE.fullmatch(text[lines[i - 1][0]:lines[i - 1][1]].strip()) and len(words) >= 2 \
                and line[-1] not in ".;," and not _DATE.fullmatch(line) and not _BYLINE.match(line):
            meta.set("title", line, start, end)    # a slide deck's first slide: its first line is the title
            meta.zones.append((start, end, "title"))
            return
        # after a kind line, a short title in title case ("Coordinated Care Organizations") stands alone
        short_title = (kind_seen and 2 <= len(words) < 4 and not line.isupper()
                       and all(w[0].isupper() or w in _TITLE_SMALL_WORDS for w in words))
        if ((len(words) < 4 and not short_title) or len(line) > 300 or line.isupper() or line[-1] in ".:;,!|" or not line[0].isupper()
                or _is_nav_line(line) or _CHROME_LINE.fullmatch(line) or _is_labelled(line) or _MISSION.match(line)
                or _NOT_TITLE_MARK.search(line)
                or _DATE.fullmatch(line) or _BYLINE.match(line) or _CREDIT_LINE.match(line)):
            continue
        after = text[end:end + 3]
        next_is_blank = after.startswith(("\n\n", "\r\n\r\n")) or after.lstrip(" \t").startswith("\n\n")
        followed_by_authors = any(end < a < end + 200 for a in author_starts)
        following = text[lines[i + 1][0]:lines[i + 1][1]].strip() if i + 1 < len(lines) else ""
        if next_is_blank or followed_by_authors or _SPOKEN_BY.match(following):
            meta.set("title", line, start, end)
            meta.zones.append((start, end, "title"))
            return
        return                     # the first line that could be a title is not one: there is none


_DATE = lazy_compile(
    rf"(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{_MONTH_WORD})\.?,?\s+(?P<y1>(?:19|20)\d\d)"
    rf"|(?P<m2>{_MONTH_WORD})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>(?:19|20)\d\d)"
    rf"|(?P<m3>{_MONTH_WORD})\.?,?\s+(?P<y3>(?:19|20)\d\d)"
    rf"|(?P<iso>(?:19|20)\d\d-(?:0[1-9]|1[0-2])(?:-[0-3]\d)?)"
    rf"|(?P<y4>(?:19|20)\d\d)\s(?P<m4>{_MONTH_WORD})\.?(?:\s(?P<d4>\d{{1,2}}))?(?=[;:.,\s]|$)"  # Vancouver's "2019 Mar 3"
    rf"|(?<![\d.])(?P<d5>[0-3]?\d)\.(?P<m5>[01]?\d)\.(?P<y5>(?:19|20)\d\d))(?![\d-])")  # "20.12.2011": day first
_DATE_LABEL = lazy_compile(
    r"\b(?:Date published|Publication date|Published(?: online)?(?: on)?|Posted(?: on)?|Released|Issued|"
    r"First published|Date)\s*:?\s*$", re.I)
_NOT_PUBLICATION = lazy_compile(r"\b(?:Received|Accepted|Revised|Submitted|updated|reviewed|modified|accessed|"
                                r"retrieved|Conference|Congress|Copyright|expires?)\b|©", re.I, cased_branches=True)


# A month's name, a year-month or a day.month.year, each at a word's start: "\b(?:Jan|...|DEC)|\b(?:19|20)\d\d-[01]\d
# |\b[0-3]?\d\.[01]?\d\.(?:19|20)\d\d\b", written to open on its first character (the boundary and the
# rest of each alternative checked behind and after it), so that sre tries it only at capitals and digits.
_DATE_ANCHOR = lazy_compile(r"[JFMASOND](?<!\w[JFMASOND])(?:(?<=J)(?:an|un|ul)|(?<=F)eb|(?<=M)a[ry]|(?<=A)(?:pr|ug)|(?<=S)ep|"
                            r"(?<=O)ct|(?<=N)ov|(?<=D)ec|(?<=J)(?:AN|UN|UL)|(?<=F)EB|(?<=M)A[RY]|(?<=A)(?:PR|UG)|(?<=S)EP|"
                            r"(?<=O)CT|(?<=N)OV|(?<=D)EC)"
                            r"|\d(?<!\w\d)(?:(?<=1)9\d\d-[01]\d|(?<=2)0\d\d-[01]\d|(?<=[0-3])\d\.[01]?\d\.(?:19|20)\d\d\b"
                            r"|\.[01]?\d\.(?:19|20)\d\d\b)")


def _dates(text, start=0, end=None):
    """Every date of :data:`_DATE` in ``text[start:end]``, searched only around month names and ISO dates."""
    last = -1
    for anchor in _DATE_ANCHOR.finditer(text, start, len(text) if end is None else end):
        if anchor.start() < last:
            continue
        match = _DATE.search(text, max(0, anchor.start() - 6), min(len(text), anchor.end() + 24))
        if match and match.end() > last and match.start() <= anchor.start():
            last = match.end()
            yield match


def _iso(match):
    g = match.groupdict()
    if g["iso"]:
        return g["iso"]
    if g["y5"]:
        day, month, year = int(g["d5"]), int(g["m5"]), g["y5"]
        return f"{year}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else None
    day = g["d1"] or g["d2"] or g["d4"]
    month = _month(g["m1"] or g["m2"] or g["m3"] or g["m4"])
    year = g["y1"] or g["y2"] or g["y3"] or g["y4"]
    if not month:
        return None
    return f"{year}-{month:02d}" + (f"-{int(day):02d}" if day else "")


# A word that labels a date (see _DATE_LABEL); after the head only dates just after one are read.
# Each alternative opens on a letter ("Date|date", not "[Dd]ate"), so that sre looks for the cue only at
# those letters: the same matches.
_DATE_CUE = lazy_compile(r"ublished|osted|eleased|ssued|Date|date|PUBLISHED|DATE")


def _date_candidates(text):
    """The dates of the head, then those within reach of a date label further on: a date the body
    mentions without a label is never the publication's, so it need not be found."""
    head_end = _head_end(text)
    yield from _dates(text, 0, head_end)
    last = head_end
    for cue in _DATE_CUE.finditer(text, head_end):
        if cue.start() < last:
            continue
        for match in _dates(text, cue.end(), min(len(text), cue.end() + 60)):
            if match.start() >= last:
                last = match.end()
                yield match


_BULLET_LINE = lazy_compile(r"[ \t]*(?:[•·▪‣◦*]|[-–][ \t])")


def _read_date(text, meta):
    """The publication date when the document states a month or a day: a labelled one anywhere
    ("Published: 1 April 2016", "Date published: 31 March 2016", "| Published 12 June 2014"),
    else one in the head on a byline or series line ("14 July 2016 | by ...", "Policy Brief
    3/2018 | March 2018") or a line of its own ("October 27, 2016", "Barcelona, June 2016").
    Received, accepted, updated and conference dates are not it, and a date in the head whose
    year differs from a year the document states elsewhere is the page's, not the publication's."""
    if meta.date is not None:
        return
    candidates = []             # (rank, iso, start, end)
    for match in _date_candidates(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        line_end = len(text) if line_end < 0 else line_end
        segment_start = max(text.rfind("|", line_start, match.start()), text.rfind("·", line_start, match.start()),
                            line_start - 1) + 1
        before = text[segment_start:match.start()]
        line = text[line_start:line_end]
        iso = _iso(match)
        if not iso or _PERIOD_TAIL.match(text, match.end()):
            continue                 # "Jan 2019 - Present": a period, not a publication date
        if _DATE_LABEL.search(before) and not _NOT_PUBLICATION.search(before):
            candidates.append((0, iso, match.start(), match.end()))
            continue
        if line_start >= _head_end(text) or _NOT_PUBLICATION.search(line) or _BULLET_LINE.match(line):
            continue                 # a bulleted item is the document's prose, not its dateline
        rest = re.sub(r"\s+", " ", (before + text[match.end():line_end]).strip(" ,|·-–"))
        if "|" in line or "·" in line or re.search(r"\b[Bb]y\b", line) or _CREDIT_LINE.match(line.strip()):
            candidates.append((1, iso, match.start(), match.end()))
        elif not rest or (len(rest.split()) <= 3 and rest[:1].isupper() and "." not in rest) or (
                len(rest) < 60 and not re.search(r"[a-z]{3,}", rest)):     # "HC 1011 SESSION 2016–17 8 FEBRUARY 2017"
            candidates.append((2, iso, match.start(), match.end()))
    if not candidates:
        dateline = _DATELINE_DATE.search(text, 0, min(len(text), _head_end(text) + 400))
        match = next(_dates(text, dateline.start("date"), dateline.end("date")), None) if dateline else None
        if match is not None and _iso(match):
            candidates.append((1, _iso(match), match.start(), match.end()))
    if not candidates:
        return
    candidates.sort(key=lambda c: (c[0], c[2]))
    rank, iso, start, end = candidates[0]
    if rank > 0 and meta.year is not None and int(iso[:4]) != meta.year.value:
        return
    meta.set("date", iso, start, end)
    meta.zones.append((start, end, "metadata"))
    if meta.year is None:
        meta.set("year", int(iso[:4]), start, start + 4 if iso[:4] == text[start:start + 4] else end)


_COPYRIGHT = lazy_compile(
    r"(?:©|\(c\)|Copyright)(?:\s*©)?\s*(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s*,?\s*)?"
    r"(?P<name>[A-Z][\w&'’.\- ]*?[\w)])\s*(?:\.|\||All rights|Content licensed|Powered|$)", re.M | re.I)
_ORG_HEAD_WORDS = ("Government Department Ministry Institute Agency Authority Office Council Commission Foundation "
                   "Fund Trust Centre Center Association Society Library Exchange Press Publishing Publishers Network "
                   "Observatory Bureau Board Service Services Executive Health Wire Bulletin Times News Post Journal").split()
# \b(?:Government|Department|...)\b, opened on the capital with the boundary and each word's first letter
# checked behind it: re searches for a capital instead of trying every position (the same matches).
_ORG_HEAD = lazy_compile(r"[A-Z](?<=\b[A-Z])(?:" + "|".join(f"(?<={w[0]}){w[1:]}" for w in _ORG_HEAD_WORDS) + r")\b")
# A line that is only an institution's name: capitalised words and connectors ending in, or led by,
# an institution's head word ("Belfast Centre for Public Service Research", "Ministry of Health").
_ORG_BODY_LINE = lazy_compile(
    r"(?:The[ ])?(?:[A-Z][\w'’\-]*[ ]){0,5}(?:Government|Department|Ministry|Institute|Agency|Authority|Office|"
    r"Council|Commission|Foundation|Fund|Trust|Centre|Center|Observatory|Bureau|Board|Executive|Directorate|"
    r"School|Faculty|University|College|Unit)(?:[ ](?:of|for|and|on|&)[ ](?:the[ ])?[A-Z][\w'’\-]*(?:[ ](?:and[ ]|&[ ])?[A-Z][\w'’\-]*)*)?")
# "Published by the Wales Institute for Care Research", "Publisher: Nuffield Trust, London".
_PUBLISHED_BY = lazy_compile(r"^[ \t]*(?:(?:Published|Issued|Produced)[ ]by:?|Publisher[ \t]*:)[ \t]+(?:the[ ])?"
                             r"(?P<name>[A-Z][^\n,;|(]*?)[ \t.]*(?:[,;|(]|$)", re.M)
_NOT_PUBLISHER = lazy_compile(r"^(?:The Authors?|Crown|Commonwealth|Creative Commons|All rights|This)\b", re.I)


def _read_publisher(text, meta):
    """Who published a document that is not a journal article: the masthead or the issuing body
    named above the title ("Scottish Government", "Australian Government / Department of
    Health"), the copyright holder, or for a report the institute on the authors' line."""
    if meta.publisher is not None or meta.type in ("JournalArticle", "ConferencePaper", "ReviewArticle"):
        return
    head = text[:min(len(text), _head_end(text) + 1)]
    if meta.type == "Preprint":
        server = _PREPRINT.search(head)
        if server and server.group("server"):
            meta.set("publisher", server.group("server"), *server.span("server"))
            return
    for m in (_PUBLISHED_BY.finditer(head) if "ublish" in head else ()):
        name = m.group("name").strip()
        if 1 <= len(name.split()) <= 9 and not _NOT_PUBLISHER.match(name):
            meta.set("publisher", name, m.start("name"), m.start("name") + len(name))
            meta.zones.append((m.start(), m.end(), "metadata"))
            return
    site = _site_name_line(text)
    if site is not None and meta.type in ("WebPage", "NewsItem", None):
        meta.set("publisher", *site)
        return
    masthead = _masthead(text)
    if masthead:
        name, start, end = masthead
        meta.set("publisher", _title_case_of(text[end:], name), start, end)
        return
    title_start = meta.title.spans[0][0] if meta.title and meta.title.spans else None
    bodies = []
    for start, end in _head_lines(text)[:4]:
        if title_start is not None and start >= title_start:
            break
        line = text[start:end].strip()
        if (_ORG_HEAD.search(line) and 2 <= len(line.split()) <= 8 and not re.search(r"[|>:;,.]", line)
                and line[0].isupper() and not _KIND_LINE.fullmatch(line)):
            offset = start + text[start:end].index(line)
            bodies.append((line, offset, offset + len(line)))
        elif len(issuers := _issuer_parts(line)) > 1:
            offset = start + text[start:end].index(issuers[0])
            bodies.append((issuers[0], offset, offset + len(issuers[0])))
    if bodies:
        line, start, end = bodies[-1] if len(bodies) > 1 and bodies[-1][0].startswith(("Department", "Ministry")) \
            else bodies[0]
        meta.set("publisher", line, start, end)
        return
    if title_start is not None and not meta.authors and meta.type != "NewsItem":
        # a report's or a web page's issuing body on a line of its own under the title, before any
        # prose: "Executive summary / Belfast Centre for Public Service Research / Report 4/2018"
        for start, end in _head_lines(text)[:12]:
            if start <= title_start:
                continue
            line = text[start:end].strip()
            if (_ORG_BODY_LINE.fullmatch(line) and 2 <= len(line.split()) <= 9
                    and not _is_labelled(line)):
                offset = start + text[start:end].index(line)
                meta.set("publisher", line, offset, offset + len(line))
                return
    for match in (_COPYRIGHT.finditer(text) if ("©" in text or "opyright" in text or "(c)" in text) else ()):
        name = match.group("name").strip()
        if not _NOT_PUBLISHER.match(name) and len(name.split()) <= 8:
            meta.set("publisher", name, *match.span("name"))
            return
    if meta.type in ("ReportDocument", "WorkingPaper", "BriefReport", "ExecutiveSummary"):
        for person in meta.authors[-1:]:
            after = text.find("\n", person.spans[-1][1])
            line = re.match(r"[ \t]*([^\n,]+)", text[after + 1:]) if after >= 0 else None
            if line and _ORG_HEAD.search(line.group(1)) and line.group(1)[0].isupper():
                start = after + 1 + line.start(1)
                meta.set("publisher", line.group(1).strip(), start, start + len(line.group(1).strip()))
                return


_CONFERENCE = lazy_compile(r"^(?:Presented at[ ].*|(?:The[ ])?\d+(?:st|nd|rd|th)[ ](?:[A-Z][\w\-]*[ ]){0,5}"
                           r"(?:Conference|Congress|Symposium|Summit)\b.*|[^\n]*\bAnnual Conference Supplement\b.*)$"
                           r"|Presented at the [^\n]*(?:Conference|Congress|Symposium)", re.M)
_PRESS = lazy_compile(r"\b(?:Media|Press|News) (?:release|statement)\b|^Media (?:enquiries|contact)|^Ends$", re.I | re.M)
_NEWS = lazy_compile(r"\b(?:Staff Writer|correspondent|reporter|Comments \(\d+\)|Related:)", re.I)
# A news dateline opening the story: "WASHINGTON — Five years after", "MONTPELIER, Vt. - Vermont and".
_DATELINE_CUE = lazy_compile(r"^[A-Z]{3,}(?:[ \-][A-Z]{3,}){0,2}(?:,[ ][A-Z][a-z]{0,4}\.?)?[ ]+[—–-][ ]+(?=[A-Z][\w\-]*[ ][\w\-]+)",
                             re.M)
# A wire's dateline with its date, the story's first line: "PUTRAJAYA, 14 August 2019 - The Ministry",
# "OTTAWA, Ont., March 3, 2019 — Health". The date is the story's, written for the day it was issued.
_DATELINE_DATE = lazy_compile(r"^[A-Z]{3,}(?:[ \-][A-Z]{3,}){0,2}(?:,[ ]+(?:[A-Z]\.(?:[A-Z]\.)+|[A-Z][a-z]{0,4}\.))?,[ ]+"
                              r"(?P<date>(?:\d{1,2}[ ])?[A-Z][a-z]{2,8}\.?[ ](?:\d{1,2},[ ])?(?:19|20)\d\d)[ ]+[—–-][ ]", re.M)
_REPORT = lazy_compile(r"\b(?:Executive summary|Report series|(?:Policy|Background|Issue|Research|Evidence) Brief|Working Paper|"
                       r"Case study series|Occasional Paper|Research Paper|Discussion Paper|(?:Technical|Research|Final|Evaluation|Annual) Report|Briefing (?:paper|note)|ISBN)\b"
                       r"|^[ \t]*Report(?:[ ](?:to|by|for|of)[ ](?:the[ ])?[A-Z][^\n]{0,40})?[ \t]*$", re.I | re.M,
                       cased_branches=True)


_WEB_PAGE = lazy_compile(r"^(?:Last updated|Page last (?:updated|reviewed)|This page was (?:last )?updated)\b"
                         r"|^[^\n]*\.(?:ca|gov|gov\.\w\w|org|nz|au)[ \t]+\|[^\n]*\|", re.M | re.I)


# Lower-case words the case-blind patterns _PRESS and _NEWS need: a text without any is not searched.
_PRESS_CUES = ("release", "statement", "media ", "ends")
_NEWS_CUES = ("staff writer", "correspondent", "reporter", "comments (", "related:")
_CONFERENCE_CUES = ("presented at", "conference", "congress", "symposium", "summit")
_PREPRINT_CUES = ("rxiv", "ssrn", "preprint", "research square")
_REPORT_CUES = ("summary", "report", "brief", "paper", "isbn", "case study series")


def _has_any(low, cues):
    return any(cue in low for cue in cues)


def _read_type(text, meta, form):
    """The FaBiO class of the publication the document holds."""
    if meta.type:
        return
    head = text[:_head_end(text) + 600]
    head_low = head.lower()
    if meta.journal is not None and ((_has_any(head_low, _CONFERENCE_CUES) and _CONFERENCE.search(text, 0, _head_end(text) + 200)) or (
            meta.issue is not None and re.fullmatch(r"S\d*|Suppl?\.?[ ]?\d*|Supplement[ ]?\d*", str(meta.issue.value)))):
        meta.type = "ConferencePaper"    # an abstract in a journal's conference supplement
    elif meta.journal is not None:
        meta.type = "JournalArticle"
    elif _has_any(head_low, _PREPRINT_CUES) and _PREPRINT.search(head):
        meta.type = "Preprint"
    elif _has_any(low := text.lower(), _PRESS_CUES) and _PRESS.search(text):
        meta.type = "PressRelease"
    elif _has_any(low, _NEWS_CUES) and _NEWS.search(text) and any(_BYLINE.match(text[s:e].strip()) or re.search(r"\|\s*by\s", text[s:e])
                                    for s, e in _head_lines(text)[:10]):
        meta.type = "NewsItem"
    elif _DATELINE_CUE.search(text, 0, min(len(text), _head_end(text) + 300)):
        meta.type = "NewsItem"
    elif _has_any(head_low, _REPORT_CUES) and _REPORT.search(head):
        meta.type = "ReportDocument"
    elif form == "html" or _WEB_PAGE.search(text, 0, 400) or _WEB_PAGE.search(text, max(0, len(text) - 400)):
        meta.type = "WebPage"


def _apply_fields(meta, fields):
    """What the markup states (a PubMed record, a JATS front matter, an HTML page's meta tags)."""
    def span(entry):
        return entry[1] or (0, 0)

    def add(name, entry):
        value, where = entry
        if where:
            meta.set(name, value, *where)
        elif getattr(meta, name) is None:
            setattr(meta, name, Field(value, []))

    for name in ("title", "year", "volume", "issue", "pages", "doi", "pmid", "pmcid", "date", "publisher"):
        if name in fields:
            value, where = fields[name]
            if name == "pages":
                value = _pages(str(value))
            add(name, (value, where))
    names = [(fields[k][0], *span(fields[k])) for k in ("journal_title", "journal_abbreviation") if k in fields]
    if names:
        journal = Journal()
        for key, slot in (("journal_title", "title"), ("journal_abbreviation", "abbreviation")):
            if key in fields:
                value, where = fields[key]
                setattr(journal, slot, Field(value, [where] if where else []))
        meta.journal = journal
    for (family, given, initials), where in (fields.get("authors", ([], None))[0] or []):
        person = Person(f"{given} {family}" if given else f"{family} {initials}".strip(), family, given, initials)
        if where:
            person.spans.append(where)
        meta.authors.append(person)
    if "type" in fields:
        meta.type = fields["type"][0]


# A letter's or a memorandum's subject line in its first lines: "Re: Consultation on ...", "Subject: ...".
_SUBJECT_LINE = lazy_compile(r"^[ \t]*(?:Re|RE|Subject|SUBJECT|Subj\.?)[ \t]*:[ \t]+(?P<value>[A-Z][^\n]{5,200}?)[ \t]*$", re.M)
# A letter's sign-off, its signatory's name on the next non-blank line: "Yours sincerely,\n\nMargaret O'Donnell".
_SIGN_OFF = lazy_compile(r"^[ \t]*(?:Yours[ ](?:sincerely|faithfully|truly)|Sincerely(?:[ ]yours)?|(?:Kind|Best|Warm)[ ]regards),?[ \t]*\n"
                         r"(?:[ \t]*\n)*[ \t]*(?P<name>[^\n,]{3,60}?)[ \t]*$", re.M)


def _read_subject_line(text, meta):
    """The title of a letter or a memorandum: its subject line, when it stands among the first
    twenty lines (the letterhead and the addresses above it are no title)."""
    if meta.title is not None:
        return
    limit = 0
    for _ in range(20):
        nxt = text.find("\n", limit)
        limit = len(text) if nxt < 0 else nxt + 1
    match = _SUBJECT_LINE.search(text, 0, limit)
    if match:
        value = match.group("value").rstrip(".")
        meta.set("title", value, match.start("value"), match.start("value") + len(value))
        meta.zones.append((match.start(), match.end(), "title"))


def _read_sign_off(text, meta):
    """A letter's author: the name under its sign-off, when the head names no author."""
    if meta.authors:
        return
    match = _SIGN_OFF.search(text)
    if match:
        person, written = _person_or_none(match.group("name"))
        if person is not None:
            _add_person(meta, person, match.start("name"), match.start("name") + len(written))
            meta.zones.append((match.start("name"), match.end("name"), "authors"))


def read_metadata(text, *, fields=None, zones=(), form="text"):
    """All the metadata ``text`` states, with spans; nothing is guessed.

    Args:
        text: the full document text.
        fields: what the document's markup states (:attr:`ickg.extract.readers.Source.fields`);
            it comes first, and for PubMed and JATS records it is all there is.
        zones: (start, end) spans of front matter the reader laid out.
        form: the document's format (``text``, ``html``, ``pdf``, ``pubmed``, ``jats``).

    Returns:
        A :class:`Metadata`; fields the text does not state are None, authors an empty list.
    """
    meta = Metadata()
    if fields:
        _apply_fields(meta, fields)
    meta.zones.extend((s, e, "front matter") for s, e in zones)
    if form in ("pubmed", "jats"):
        meta.zones.sort()
        return meta
    html_type = meta.type if form == "html" else None
    meta.type = None if form == "html" else meta.type
    _read_field_list(text, meta)
    _read_citation(text, meta)
    _read_journal_line(text, meta)
    _read_journal_volume_line(text, meta)
    _read_chapter(text, meta)
    _read_author_lines(text, meta)
    _read_author_line(text, meta)
    _read_subject_line(text, meta)
    _read_sign_off(text, meta)
    _read_title_line(text, meta)
    _read_title_in_head(text, meta, meta.zones)
    _read_identifiers(text, meta)
    _read_footer(text, meta)
    _read_journal_statements(text, meta)
    _read_date(text, meta)
    _read_thesis(text, meta)
    _read_type(text, meta, form)
    meta.type = meta.type or html_type
    _read_publisher(text, meta)
    meta.zones.sort()
    return meta

"""Files -> text: the words a reader sees in a plain-text, HTML, PDF, PubMed/MEDLINE or JATS file.

:func:`read_source` is the one door every document comes through (``ickg extract``, the build,
``ickg ingest``). It returns a :class:`Source`: the text every offset of the graph counts in, the
SHA-256 of the file's bytes, the format, the page spans of a PDF and the bibliographic fields
the markup states (the PubMed record's journal, a JATS article's volume, an HTML page's
``citation_*`` tags), each with the span of the text where it was written.

- Plain text is decoded as UTF-8 and kept byte for byte (tabs, line breaks and form feeds only).
- HTML (lxml): scripts, styles, forms, navigation, headers, footers, sidebars, comments, cookie
  banners and share bars are dropped; what is left of the article or ``<main>`` is laid out one
  block per paragraph, headings on their own line.
- PDF (pypdf): the text layer page by page, running headers and "Page N of M" footers set aside;
  ``pages`` gives each page's span, so a quote knows its page. The title is the largest type on
  the first page, not the document-information title (often a word processor's file name).
- PubMed/MEDLINE XML and JATS (lxml, no DTD, no entity expansion, no network): the front matter
  is laid out as a reader sees it on the record's page (title, authors, affiliations, journal,
  abstract with its section labels, keywords, identifiers) and, for JATS, the body's sections;
  reference lists, history dates and indexing metadata (MeSH, the journal's country) are left out.

Anything else, or a file that cannot be read as one of these (an encrypted or scanned PDF,
malformed XML, an undeclared non-UTF-8 encoding), raises :class:`DocumentError` with one line
naming the file and the reason; nothing is half read.
"""

import errno
import hashlib
import io
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path

from ickg.extract.regex import lazy_compile

MAX_BYTES = 20 * 1024 * 1024
TEXT_SUFFIXES = (".txt", ".text")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
XML_SUFFIXES = (".xml", ".nxml")
PDF_SUFFIXES = (".pdf",)
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + XML_SUFFIXES + PDF_SUFFIXES


class DocumentError(ValueError):
    """A file that cannot be read as a document; the message is one line naming the file."""


@dataclass(slots=True)
class Source:
    """A document as text.

    ``fields`` holds what the markup states about the publication, each value a ``(value, span)``
    pair (``span`` is ``(start, end)`` in ``text`` or None): ``title``, ``authors`` (a list of
    ``((family, given, initials), span)``), ``journal_title``, ``journal_abbreviation``, ``year``,
    ``date`` (ISO 8601, as precise as stated), ``volume``, ``issue``, ``pages``, ``doi``, ``pmid``,
    ``pmcid``, ``publisher``, ``type`` (a FaBiO class name) and ``keywords``.
    """

    text: str
    sha256: str
    format: str                                  # text | html | pdf | pubmed | jats
    pages: list = field(default_factory=list)    # (start, end) of each PDF page
    fields: dict = field(default_factory=dict)
    chrome: list = field(default_factory=list)   # (start, end) spans of page furniture kept in the text
    zones: list = field(default_factory=list)    # (start, end) spans of front matter (not prose)

    def page_of(self, offset):
        """The 1-based page ``offset`` falls on, or None for a document without pages."""
        for number, (start, end) in enumerate(self.pages, 1):
            if start <= offset < end:
                return number
        return None


# --- the file --------------------------------------------------------------------------------

def read_source(path, *, follow_symlinks=True):
    """The :class:`Source` of the file at ``path``, its format told by its suffix and checked by
    its content.

    Only a regular file is read (a FIFO, a device or a directory is refused before it is opened,
    so nothing blocks); with ``follow_symlinks=False`` (``ickg ingest``) a symbolic link is
    refused too, checked on the file actually opened.

    Raises:
        DocumentError: naming the file and why it cannot be read.
    """
    path = Path(path)
    data = _read_bytes(path, follow_symlinks)
    return source_from_bytes(data, str(path), path.suffix)


def _read_bytes(path, follow_symlinks):
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)
    if not follow_symlinks:
        if path.is_symlink():
            raise DocumentError(f"{path}: is a symbolic link; give the file it points to")
        flags |= getattr(os, "O_NOFOLLOW", 0)
    try:
        before = path.stat() if follow_symlinks else path.lstat()
        if not stat.S_ISREG(before.st_mode):
            raise DocumentError(f"{path}: is not a regular file ({_file_kind(before.st_mode)})")
        fd = os.open(path, flags)
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise DocumentError(f"{path}: is a symbolic link; give the file it points to") from None
        raise DocumentError(f"{path}: cannot read the file ({error.strerror or error})") from None
    with os.fdopen(fd, "rb") as handle:
        opened = os.fstat(handle.fileno())
        if not stat.S_ISREG(opened.st_mode):
            raise DocumentError(f"{path}: is not a regular file ({_file_kind(opened.st_mode)})")
        if opened.st_size > MAX_BYTES:
            raise DocumentError(f"{path}: the file is {opened.st_size / 1024 / 1024:.1f} MB; "
                                "documents over 20 MB are refused")
        # Read what the file holds (one allocation of its size, not of the 20 MB limit), then
        # whatever it gained since fstat, up to one byte over the limit so that growth is refused.
        data = handle.read(opened.st_size + 1)
        if len(data) > opened.st_size:
            data += handle.read(MAX_BYTES + 1 - len(data))
        return data


def _file_kind(mode):
    for test, name in ((stat.S_ISDIR, "a directory"), (stat.S_ISFIFO, "a named pipe"),
                       (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISLNK, "a symbolic link")):
        if test(mode):
            return name
    return "not a file"


def source_from_bytes(data, name, suffix=None):
    """The :class:`Source` of ``data``; ``suffix`` (".pdf", ".html", ...) says how to read it.

    Raises:
        DocumentError: naming ``name`` and why ``data`` is not a document of that kind.
    """
    if len(data) > MAX_BYTES:
        raise DocumentError(f"{name}: the document is over 20 MB")
    if not data.strip():
        raise DocumentError(f"{name}: the file is empty")
    digest = hashlib.sha256(data).hexdigest()
    suffix = (suffix or "").lower()
    if suffix in PDF_SUFFIXES or data[:5] == b"%PDF-":
        return _read_pdf(data, name, digest)
    if suffix in HTML_SUFFIXES:
        return _read_html(data, name, digest)
    if suffix in XML_SUFFIXES:
        return _read_xml(data, name, digest)
    if suffix and suffix not in TEXT_SUFFIXES:
        raise DocumentError(f"{name}: {suffix} files are not read; give a {', '.join(SUFFIXES)} file")
    return Source(decode_text(data, name), digest, "text")


# C0 control characters and DEL, but tab, line feed, form feed and carriage return: none can be
# written in XML 1.0 (the RDF/XML and HTML the service serves), and NUL marks a binary file.
_CONTROL = lazy_compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
_CONTROL_NAMES = {0: "NUL", 0x1b: "ESC", 0x7f: "DEL"}


def decode_text(data, name):
    """``data`` as UTF-8 text, or a :class:`DocumentError` naming ``name`` saying why it is not."""
    if len(data) > MAX_BYTES:
        raise DocumentError(f"{name}: the document is over 20 MB")
    if not data.strip():
        raise DocumentError(f"{name}: the file is empty")
    if b"\x00" in data[:8192]:
        raise DocumentError(f"{name}: the file is binary (it contains NUL bytes), not a text document")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise DocumentError(f"{name}: the file is not UTF-8 text (byte {error.start} cannot be decoded)") from None
    bad = _CONTROL.search(text)
    if bad:
        line = text.count("\n", 0, bad.start()) + 1
        column = bad.start() - (text.rfind("\n", 0, bad.start()) + 1) + 1
        code = ord(bad.group())
        label = f"U+{code:04X}" + (f" ({_CONTROL_NAMES[code]})" if code in _CONTROL_NAMES else "")
        raise DocumentError(f"{name}:{line}:{column}: control character {label}; a document may hold "
                            "only printable text, tabs, line breaks and form feeds")
    return text


# --- laying text out -------------------------------------------------------------------------

class _Writer:
    """Text built block by block, remembering where each field it was asked to note went."""

    def __init__(self):
        self.parts, self.length = [], 0
        self.fields, self.zones = {}, []

    def write(self, text):
        start = self.length
        self.parts.append(text)
        self.length += len(text)
        return start, self.length

    def block(self, text, *, zone=False):
        """A paragraph of its own, followed by a blank line."""
        text = _squash(text)
        if not text:
            return None
        span = self.write(text)
        self.write("\n\n")
        if zone:
            self.zones.append(span)
        return span

    def note(self, name, value, span=None):
        if value not in (None, "", []) and name not in self.fields:
            self.fields[name] = (value, span)

    def labelled(self, label, value, name=None, *, sep=": ", zone=True):
        """``Label: value`` on a line of its own (front matter), noting ``value`` as field ``name``."""
        value = _squash(value)
        if not value:
            return None
        start, _ = self.write(f"{label}{sep}")
        span = self.write(value)
        self.write("\n")
        if zone:
            self.zones.append((start, span[1]))
        if name:
            self.note(name, value, span)
        return span

    def text(self):
        return "".join(self.parts).rstrip() + "\n"


def _squash(text):
    """Runs of white space as one space, the ends trimmed (the markup's line breaks are not the text's)."""
    return re.sub(r"\s+", " ", text or "").strip()


# --- HTML ------------------------------------------------------------------------------------

_DROP_TAGS = ("script", "style", "noscript", "template", "svg", "iframe", "form", "button", "input",
              "select", "textarea", "nav", "aside", "footer", "object", "embed", "canvas", "dialog")
# id/class/role words of page furniture: menus, banners, share bars, comments, sidebars.
_BOILERPLATE = lazy_compile(
    r"(?:^|[\s_-])(?:cookies?|consent|gdpr|banner|nav|navbar|navigation|menu|breadcrumbs?|sidebar|"
    r"footer|site-header|masthead|topbar|toolbar|share|sharing|social|comments?|respond|related|"
    r"recommended|popular|most-read|subscribe|newsletter|signup|advert|ads?|promo|sponsor|widget|"
    r"popup|modal|skip|search|login|archives?|categories|tags?|tag-list|pagination|print|"
    r"disclaimer|copyright)(?:$|[\s_-])", re.I)
_BLOCK_TAGS = {"p", "div", "section", "article", "main", "header", "li", "ul", "ol", "dl", "dt", "dd",
               "blockquote", "pre", "table", "tr", "td", "th", "figure", "figcaption", "h1", "h2",
               "h3", "h4", "h5", "h6", "br", "hr", "address", "caption", "tbody", "thead", "summary",
               "details", "body", "html"}
_HEADING_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_CHARSET = lazy_compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)


def _decode_html(data, name):
    declared = _CHARSET.search(data[:4096])
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if declared:
        encoding = declared.group(1).decode("ascii", "replace")
        try:
            text = data.decode(encoding)
        except LookupError:
            raise DocumentError(f"{name}: the page declares an unknown character encoding {encoding!r}") from None
        except UnicodeDecodeError as error:
            raise DocumentError(f"{name}: the page is not {encoding} as it declares "
                                f"(byte {error.start} cannot be decoded)") from None
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as error:
            raise DocumentError(f"{name}: the page is not UTF-8 and declares no character encoding "
                                f"(byte {error.start} cannot be decoded)") from None
    return _CONTROL.sub(" ", text)


def _is_boilerplate(element):
    attrs = " ".join(element.get(a, "") for a in ("id", "class", "role"))
    return bool(attrs) and bool(_BOILERPLATE.search(attrs))


def _read_html(data, name, digest):
    import lxml.html
    from lxml import etree

    text = _decode_html(data, name)
    if "\x00" in text:
        raise DocumentError(f"{name}: the file is binary (it contains NUL bytes), not an HTML page")
    try:
        root = lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError) as error:
        raise DocumentError(f"{name}: not a readable HTML page ({error})") from None
    meta = _html_meta(root)
    for element in list(root.iter(etree.Comment, etree.ProcessingInstruction)):
        _drop(element)
    for element in list(root.iter(*_DROP_TAGS)):
        _drop(element)
    content = _content_root(root)
    for element in list(content.iter()):
        if not isinstance(element.tag, str) or element is content:
            continue
        if element.tag == "header" and not any(a.tag in ("article", "main") for a in element.iterancestors()):
            _drop(element)
        elif _is_boilerplate(element) and not _is_byline(element):
            _drop(element)

    out = _Writer()
    title = _squash(meta.get("citation_title") or "")
    h1 = content.find(".//h1")
    if h1 is None and content is not root:
        h1 = root.find(".//h1")
    heading = _squash(h1.text_content()) if h1 is not None else ""
    page_title = _squash(root.findtext(".//title") or "")
    site = meta.get("og:site_name") or meta.get("application-name")
    if not title:
        title = heading or meta.get("og:title") or meta.get("dc.title") or _title_without_site(page_title, site)
    if heading and h1 is not None and _squash(h1.text_content()) == title:
        pass                       # written where it stands in the article
    elif title:
        out.note("title", title, out.block(title))
    _html_blocks(content, out, title)
    if title and "title" not in out.fields:
        position = out.text().find(title)
        out.note("title", title, (position, position + len(title)) if position >= 0 else None)
    _html_fields(meta, out, site, page_title)
    return Source(out.text(), digest, "html", fields=out.fields, zones=out.zones)


def _drop(element):
    """Remove ``element`` but keep the text that follows it inside its parent."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    if tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)


def _is_byline(element):
    attrs = " ".join(element.get(a, "") for a in ("id", "class")).lower()
    return any(w in attrs for w in ("byline", "author", "entry-meta", "post-meta", "dateline"))


def _content_root(root):
    """The article, else the main content, else the body: where the document's own words are."""
    for path in (".//article", ".//main", ".//*[@role='main']", ".//*[@id='content']",
                 ".//*[@class='entry-content']", ".//body"):
        found = root.find(path)
        if found is not None and _squash(found.text_content()):
            return found
    return root


def _title_without_site(title, site):
    """"Buurtzorg: ... | Integrated Care Case Library" -> the part before the site's name."""
    for sep in (" | ", " – ", " — ", " - ", " :: "):
        if sep in title:
            head, _, tail = title.rpartition(sep)
            if not site or _squash(tail).casefold() == _squash(site).casefold() or len(head) > len(tail):
                return _squash(head)
    return title


def _html_blocks(element, out, title):
    """Write the text of ``element``: each block element a paragraph, inline text run together."""
    pending = []

    def flush():
        text = _squash("".join(pending))
        pending.clear()
        if not text:
            return
        if element_is_heading[0]:
            span = out.write(text)
            out.write("\n\n")
            if title and text == title:
                out.note("title", title, span)
        else:
            zone = element_is_byline[0]
            out.block(text, zone=zone)

    element_is_heading = [False]
    element_is_byline = [False]

    def walk(node, heading, byline):
        tag = node.tag if isinstance(node.tag, str) else ""
        is_block = tag in _BLOCK_TAGS
        if is_block:
            flush()
        element_is_heading[0] = heading or tag in _HEADING_TAGS
        element_is_byline[0] = byline or _is_byline(node)
        if node.text:
            pending.append(node.text)
        for child in node:
            walk(child, heading or tag in _HEADING_TAGS, byline or _is_byline(node))
            element_is_heading[0] = heading or tag in _HEADING_TAGS
            element_is_byline[0] = byline or _is_byline(node)
            if child.tail:
                pending.append(child.tail)
        if is_block:
            flush()

    walk(element, False, False)
    flush()


def _html_meta(root):
    """The page's <meta> name/property -> content (first of each), and its <time> stamps."""
    meta = {}
    for element in root.iter("meta"):
        key = (element.get("name") or element.get("property") or "").strip().lower()
        value = element.get("content")
        if key and value and key != "citation_author":
            meta.setdefault(key, _squash(value))
        if key in ("citation_author", "author", "dc.creator"):
            meta.setdefault("_authors", []).append(_squash(value or ""))
    for element in root.iter("time"):
        stamp = element.get("datetime")
        if stamp and re.match(r"\d{4}", stamp):
            meta.setdefault("_time", stamp.strip())
    return meta


def _html_fields(meta, out, site, page_title):
    """Fields from the page's meta tags (``citation_*``, Open Graph, Dublin Core)."""
    text = out.text()

    def located(value):
        if not value:
            return None
        position = text.find(value)
        return (position, position + len(value)) if position >= 0 else None

    for key, name in (("citation_journal_title", "journal_title"), ("citation_journal_abbrev", "journal_abbreviation"),
                      ("citation_volume", "volume"), ("citation_issue", "issue"), ("citation_doi", "doi"),
                      ("citation_pmid", "pmid"), ("citation_publisher", "publisher"), ("dc.publisher", "publisher")):
        if meta.get(key):
            out.note(name, meta[key], located(meta[key]))
    first, last = meta.get("citation_firstpage"), meta.get("citation_lastpage")
    if first:
        out.note("pages", f"{first}-{last}" if last else first, None)
    stamp = (meta.get("citation_publication_date") or meta.get("citation_date") or meta.get("article:published_time")
             or meta.get("dc.date") or meta.get("_time"))
    date = _iso_date(stamp)
    if date:
        out.note("date", date, None)
        out.note("year", int(date[:4]), None)
    if meta.get("_authors") and meta.get("citation_title"):
        authors = []
        for name in meta["_authors"]:
            person = _split_name(name)
            if person:
                authors.append((person, located(name)))
        out.note("authors", authors)
    if site:
        out.note("publisher", _squash(site), located(_squash(site)))
    elif page_title:
        head = _title_without_site(page_title, None)
        if head != page_title:
            tail = _squash(page_title[len(head):].lstrip(" |–—-:"))
            if tail and len(tail.split()) <= 8:
                out.note("publisher", tail, located(tail))
    out.note("type", "WebPage" if not meta.get("citation_journal_title") else "JournalArticle")


def _iso_date(stamp):
    """"2019-04-03T10:00:00Z" -> "2019-04-03"; "2017/06" -> "2017-06"; else None."""
    if not stamp:
        return None
    m = re.match(r"(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?", stamp.strip())
    if not m:
        return None
    parts = [m.group(1)] + [f"{int(x):02d}" for x in m.groups()[1:] if x]
    return "-".join(parts)


def _split_name(name):
    """(family, given, initials) of "Family, Given", "Given Family" or "Family GI"."""
    name = _squash(name)
    if not name:
        return None
    if "," in name:
        family, _, given = name.partition(",")
        family, given = family.strip(), given.strip()
    else:
        words = name.split()
        if len(words) == 1:
            return (words[0], None, "")
        if re.fullmatch(r"[A-Z]{1,3}", words[-1]):
            return (" ".join(words[:-1]), None, words[-1])
        particles = {"van", "von", "der", "de", "del", "della", "di", "da", "du", "le", "la", "dos", "ten", "ter"}
        cut = len(words) - 1
        while cut > 1 and words[cut - 1].lower() in particles:
            cut -= 1
        family, given = " ".join(words[cut:]), " ".join(words[:cut])
    initials = "".join(w[0] for w in re.split(r"[\s.\-]+", given) if w and w[0].isalpha()).upper() if given else ""
    return (family, given or None, initials)


# --- XML: PubMed/MEDLINE and JATS --------------------------------------------------------------

def _parse_xml(data, name):
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                             remove_comments=True, remove_pis=True)
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        line, column = getattr(error, "position", (None, None)) or (None, None)
        where = f":{line}:{column}" if line else ""
        message = str(error.msg if hasattr(error, "msg") else error).split(", line ")[0]
        raise DocumentError(f"{name}{where}: malformed XML ({message})") from None
    except ValueError as error:
        raise DocumentError(f"{name}: not readable XML ({error})") from None


def _local(tag):
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _read_xml(data, name, digest):
    root = _parse_xml(data, name)
    kind = _local(root.tag)
    if kind in ("PubmedArticleSet", "PubmedArticle", "MedlineCitation", "PubmedBookArticle"):
        articles = [a for a in root.iter() if _local(a.tag) == "MedlineCitation"]
        if not articles:
            raise DocumentError(f"{name}: a PubMed file without a MedlineCitation record")
        if len(articles) > 1:
            raise DocumentError(f"{name}: {len(articles)} PubMed records in one file; give one record per file")
        pubmed = root if kind == "PubmedArticle" else next(
            (a for a in root.iter() if _local(a.tag) == "PubmedArticle"), None)
        return _read_pubmed(articles[0], pubmed, digest)
    if kind == "article":
        return _read_jats(root, digest)
    raise DocumentError(f"{name}: XML with root element <{kind}> is neither a PubMed/MEDLINE record "
                        "nor a JATS article")


def _text_of(element):
    return _squash("".join(element.itertext())) if element is not None else ""


def _child(element, *path):
    """The first descendant along ``path`` of local names (namespaces ignored), or None."""
    for name in path:
        if element is None:
            return None
        element = next((c for c in element if _local(c.tag) == name), None)
    return element


def _children(element, name):
    return [c for c in element if _local(c.tag) == name] if element is not None else []


_MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                       "nov", "dec"), 1)}


def _month_number(value):
    value = (value or "").strip().lower()
    if value.isdigit():
        return int(value) if 1 <= int(value) <= 12 else None
    return _MONTHS.get(value[:3])


def _either(element, name):
    """The child ``name`` (PubMed's capitalised tags) or its lower-case JATS spelling."""
    found = _child(element, name)
    return found if found is not None else _child(element, name.lower())


def _date_of(element):
    """ISO date of a PubDate/pub-date element (Year, Month, Day or a MedlineDate such as "2017 Aug-Sep")."""
    if element is None:
        return None
    year, month, day = (_text_of(_either(element, name)) for name in ("Year", "Month", "Day"))
    if not year:
        medline = _text_of(_child(element, "MedlineDate"))
        m = re.match(r"(\d{4})(?:\s+([A-Za-z]{3}))?", medline)
        if not m:
            return None
        year, month, day = m.group(1), m.group(2) or "", ""
    parts = [year]
    number = _month_number(month)
    if number:
        parts.append(f"{number:02d}")
        if day.isdigit():
            parts.append(f"{int(day):02d}")
    return "-".join(parts)


_PUBLICATION_TYPES = {"journal article": "JournalArticle", "review": "ReviewArticle",
                      "systematic review": "ReviewArticle", "editorial": "Editorial", "letter": "Letter",
                      "comment": "Comment", "case reports": "CaseReport", "congress": "ConferencePaper"}


def _read_pubmed(citation, pubmed, digest):
    out = _Writer()
    article = _child(citation, "Article")
    journal = _child(article, "Journal")
    issue = _child(journal, "JournalIssue")
    title = _text_of(_child(article, "ArticleTitle")) or _text_of(_child(article, "VernacularTitle"))
    out.note("title", title.rstrip(), out.block(title))

    authors, affiliations = [], []
    for author in _children(_child(article, "AuthorList"), "Author"):
        family = _text_of(_child(author, "LastName")) or _text_of(_child(author, "CollectiveName"))
        given = _text_of(_child(author, "ForeName")) or None
        initials = _text_of(_child(author, "Initials")) or (
            "".join(w[0] for w in (given or "").split() if w[:1].isalpha()))
        if family:
            authors.append((family, given, initials))
        for info in _children(author, "AffiliationInfo"):
            affiliation = _text_of(_child(info, "Affiliation"))
            if affiliation and affiliation not in affiliations:
                affiliations.append(affiliation)
    if authors:
        start, _ = out.write("Authors: ")
        noted = []
        for i, (family, given, initials) in enumerate(authors):
            if i:
                out.write(", ")
            span = out.write(f"{family} {initials}".strip())
            noted.append(((family, given, initials), span))
        end = out.write("\n")[1]
        out.zones.append((start, end))
        out.note("authors", noted)
    for affiliation in affiliations:
        out.labelled("Affiliation", affiliation)

    journal_title = _text_of(_child(journal, "Title"))
    abbreviation = _text_of(_child(journal, "ISOAbbreviation")) or _text_of(
        _child(_child(citation, "MedlineJournalInfo"), "MedlineTA"))
    date = _date_of(_child(issue, "PubDate"))
    if not date:
        date = _date_of(_child(article, "ArticleDate"))
    volume, number = _text_of(_child(issue, "Volume")), _text_of(_child(issue, "Issue"))
    pages = _text_of(_child(_child(article, "Pagination"), "MedlinePgn"))
    if not pages:               # an electronic article's locator ("e1234", "A87") stands for its pages, as in JATS
        pages = next((_text_of(item) for item in _children(article, "ELocationID")
                      if item.get("EIdType") == "pii" and re.fullmatch(r"[A-Za-z]{0,2}\d{1,6}", _text_of(item) or "")), "")
    _journal_line(out, journal_title, abbreviation, date, volume, number, pages)
    out.write("\n")

    abstract = _child(article, "Abstract")
    texts = _children(abstract, "AbstractText")
    if texts:
        out.block("Abstract")
        for part in texts:
            label = (part.get("Label") or "").strip()
            body = _text_of(part)
            out.block(f"{label}: {body}" if label else body)

    keywords = [_text_of(k) for group in _children(citation, "KeywordList") for k in _children(group, "Keyword")]
    keywords = [k for k in keywords if k]
    if keywords:
        out.labelled("Keywords", "; ".join(keywords), zone=False)
        out.note("keywords", keywords)
        out.write("\n")

    ids = {}
    for element in _children(_child(pubmed, "PubmedData"), "ArticleIdList"):
        for item in _children(element, "ArticleId"):
            ids.setdefault(item.get("IdType"), _text_of(item))
    for item in _children(article, "ELocationID"):
        if item.get("EIdType") == "doi":
            ids.setdefault("doi", _text_of(item))
    pmid = _text_of(_child(citation, "PMID")) or ids.get("pubmed")
    out.labelled("PMID", pmid, "pmid")
    if ids.get("pmc"):
        out.labelled("PMCID", ids["pmc"], "pmcid")
    if ids.get("doi"):
        out.labelled("DOI", ids["doi"], "doi")
    kinds = [_text_of(t).lower() for t in _children(_child(article, "PublicationTypeList"), "PublicationType")]
    kind = next((_PUBLICATION_TYPES[k] for k in kinds if k in _PUBLICATION_TYPES and k != "journal article"), None)
    out.note("type", kind or "JournalArticle")
    return Source(out.text(), digest, "pubmed", fields=out.fields, zones=out.zones)


def _jats_find(element, name):
    return next((e for e in element.iter() if _local(e.tag) == name), None) if element is not None else None


def _read_jats(root, digest):
    out = _Writer()
    front = _child(root, "front")
    journal_meta, article_meta = _child(front, "journal-meta"), _child(front, "article-meta")
    title = _text_of(_jats_find(_child(article_meta, "title-group"), "article-title"))
    out.note("title", title, out.block(title))

    authors = []
    for contrib in (c for group in _children(article_meta, "contrib-group") for c in _children(group, "contrib")):
        if contrib.get("contrib-type", "author") != "author":
            continue
        name = _child(contrib, "name")
        family = _text_of(_child(name, "surname"))
        given = _text_of(_child(name, "given-names")) or None
        if family:
            initials = "".join(w[0] for w in re.split(r"[\s.\-]+", given or "") if w[:1].isalpha()).upper()
            authors.append((family, given, initials))
    if authors:
        start, _ = out.write("Authors: ")
        noted = []
        for i, (family, given, initials) in enumerate(authors):
            if i:
                out.write(", ")
            span = out.write(f"{given} {family}" if given else family)
            noted.append(((family, given, initials), span))
        out.zones.append((start, out.write("\n")[1]))
        out.note("authors", noted)
    for aff in [a for a in article_meta.iter() if _local(a.tag) == "aff"] if article_meta is not None else []:
        words = "".join(t for c in [aff] for t in _aff_text(c))
        out.labelled("Affiliation", words)

    journal_title = _text_of(_jats_find(journal_meta, "journal-title"))
    abbreviation = _text_of(_jats_find(journal_meta, "abbrev-journal-title"))
    publisher = _text_of(_jats_find(_child(journal_meta, "publisher"), "publisher-name"))
    dates = {d.get("pub-type") or d.get("date-type") or "": d for d in _children(article_meta, "pub-date")}
    date_element = next((dates[k] for k in ("ppub", "epub", "pub", "collection", "") if k in dates), None)
    date = _date_of(date_element)
    volume, number = _text_of(_child(article_meta, "volume")), _text_of(_child(article_meta, "issue"))
    first, last = _text_of(_child(article_meta, "fpage")), _text_of(_child(article_meta, "lpage"))
    elocation = _text_of(_child(article_meta, "elocation-id"))
    pages = f"{first}-{last}" if first and last else (first or elocation)
    _journal_line(out, journal_title, abbreviation, date, volume, number, pages)
    if publisher:
        out.labelled("Publisher", publisher, "publisher")
    for article_id in _children(article_meta, "article-id"):
        kind = article_id.get("pub-id-type")
        if kind in ("doi", "pmid", "pmcid", "pmc"):
            out.labelled(kind.upper() if kind != "pmc" else "PMCID", _text_of(article_id),
                         "pmcid" if kind == "pmc" else kind)
    out.write("\n")

    for abstract in _children(article_meta, "abstract"):
        if abstract.get("abstract-type") not in (None, "", "structured", "summary", "executive-summary"):
            continue
        out.block("Abstract")
        _jats_section(abstract, out, inline_titles=True)
    keywords = [_text_of(k) for group in _children(article_meta, "kwd-group") for k in _children(group, "kwd")]
    keywords = [k for k in keywords if k]
    if keywords:
        out.labelled("Keywords", "; ".join(keywords), zone=False)
        out.note("keywords", keywords)
        out.write("\n")
    body = _child(root, "body")
    if body is not None:
        _jats_section(body, out, inline_titles=False)
    kind = (root.get("article-type") or "").lower()
    out.note("type", {"review-article": "ReviewArticle", "editorial": "Editorial", "letter": "Letter",
                      "case-report": "CaseReport", "meeting-report": "ConferencePaper",
                      "abstract": "Abstract"}.get(kind, "JournalArticle"))
    return Source(out.text(), digest, "jats", fields=out.fields, zones=out.zones)


def _aff_text(aff):
    """An affiliation's words without its label ("1")."""
    if aff.text:
        yield aff.text
    for child in aff:
        if _local(child.tag) != "label":
            yield "".join(child.itertext())
        if child.tail:
            yield child.tail


_JATS_SKIP = {"ref-list", "fn-group", "ack", "app-group", "glossary", "table-wrap-foot", "label", "xref",
              "object-id", "permissions", "history"}


def _jats_section(element, out, *, inline_titles):
    """Sections as headings and paragraphs; in a structured abstract "Title: paragraph"."""
    for child in element:
        tag = _local(child.tag)
        if tag in _JATS_SKIP:
            continue
        if tag == "sec":
            title = _text_of(_child(child, "title"))
            paragraphs = [c for c in child if _local(c.tag) not in ("title", "sec", *_JATS_SKIP)]
            subsections = [c for c in child if _local(c.tag) == "sec"]
            if inline_titles and title and paragraphs and not subsections:
                first = _text_of(paragraphs[0])
                out.block(f"{title}: {first}")
                for p in paragraphs[1:]:
                    out.block(_text_of(p))
            else:
                if title:
                    out.block(title)
                _jats_section(child, out, inline_titles=inline_titles)
        elif tag in ("title",):
            continue
        elif tag in ("p", "disp-quote", "statement", "boxed-text"):
            out.block(_text_of(child))
        elif tag in ("list",):
            for item in child:
                out.block(_text_of(item))
        elif tag in ("fig", "table-wrap"):
            caption = _child(child, "caption")
            if caption is not None:
                out.block(_text_of(caption))


# --- PDF ---------------------------------------------------------------------------------------

_PAGE_NUMBER = lazy_compile(r"(?:Page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|[-–]\s*\d{1,4}\s*[-–]", re.I)


def _read_pdf(data, name, digest):
    import logging

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
            except Exception:  # noqa: BLE001 - pypdf raises several kinds for ciphers it lacks
                opened = 0
            if not opened:
                raise DocumentError(f"{name}: the PDF is encrypted; its text cannot be read without the password")
        pages = []
        for page in reader.pages:
            lines = []
            sizes = {}

            def visit(text, cm, tm, font, size, lines=lines, sizes=sizes):
                scale = abs(tm[0] * cm[0]) if tm and cm and tm[0] and cm[0] else 1.0
                for piece in text.split("\n"):
                    key = _squash(piece)
                    if key:
                        sizes[key] = max(sizes.get(key, 0), round(size * scale, 1))

            raw = page.extract_text(visitor_text=visit) or ""
            for line in raw.split("\n"):
                lines.append(line)
            pages.append((lines, sizes))
    except DocumentError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError) as error:
        raise DocumentError(f"{name}: not a readable PDF ({type(error).__name__}: {error})") from None
    except Exception as error:  # noqa: BLE001 - a damaged PDF can fail anywhere inside pypdf
        raise DocumentError(f"{name}: not a readable PDF ({type(error).__name__})") from None
    letters = sum(sum(c.isalpha() for c in line) for lines, _ in pages for line in lines)
    if letters < 20 * max(1, len(pages)) and letters < 200:
        raise DocumentError(f"{name}: the PDF has no text layer (a scanned image?); "
                            "run it through OCR and give the text")
    return _lay_out_pdf(pages, digest, reader)


def _running_lines(pages):
    """Lines that repeat at the top or bottom of every page (running headers and footers)."""
    if len(pages) < 2:
        return set()
    edges = []
    for lines, _ in pages:
        kept = [_squash(x) for x in lines if _squash(x)]
        edges.append(set(kept[:3] + kept[-3:]))
    common = set.intersection(*edges) if edges else set()
    return {x for x in common if len(x) < 120}


def _lay_out_pdf(pages, digest, reader):
    """The pages' lines as text: running headers and page numbers out, the title (the largest type
    at the head of the first page) and headings (type larger than the body's) as paragraphs of
    their own, a change of type size between lines as a paragraph break."""
    out = _Writer()
    running = _running_lines(pages)
    weight = {}
    for lines, sizes in pages:
        for line in lines:
            size = sizes.get(_squash(line))
            if size:
                weight[size] = weight.get(size, 0) + len(line)
    body = max(weight, key=weight.get) if weight else None
    page_spans, title = [], None
    for number, (lines, sizes) in enumerate(pages, 1):
        kept = []
        for i, line in enumerate(lines):
            squashed = _squash(line)
            at_edge = i < 3 or i >= len(lines) - 3
            if squashed and squashed not in running and not (at_edge and _PAGE_NUMBER.fullmatch(squashed)):
                kept.append((squashed, sizes.get(squashed)))
        if number == 1 and body:
            head = [s for _, s in kept[:12] if s]
            title_size = max(head, default=None)
            if title_size and title_size > body * 1.15:
                first = next(j for j, (_, s) in enumerate(kept) if s == title_size)
                last = first
                while last + 1 < len(kept) and kept[last + 1][1] == title_size:
                    last += 1
                # A page-wide header above the title, set smaller than the text, is furniture.
                above = [(x, s) for x, s in kept[:first] if not (s and s < body)]
                title = " ".join(x for x, _ in kept[first:last + 1])
                kept = above + [(title, "title")] + kept[last + 1:]
        page_start = out.length
        previous = None
        for line, size in kept:
            if size == "title":
                if out.length:
                    out.write("\n")
                out.note("title", title, out.write(line))
                out.write("\n\n")
            elif body and size and size > body * 1.05:
                if out.length and not out.parts[-1].endswith("\n\n"):
                    out.write("\n")
                out.write(line)
                out.write("\n\n")
            else:
                if previous not in (None, "title") and size != previous and not out.parts[-1].endswith("\n\n"):
                    out.write("\n")
                out.write(line)
                out.write("\n")
            previous = size
        if out.parts and not out.parts[-1].endswith("\n\n"):
            out.write("\n")
        page_spans.append((page_start, out.length))
    text = out.text()
    page_spans = [(s, min(e, len(text))) for s, e in page_spans]
    if "title" not in out.fields:
        try:
            info_title = str((reader.metadata or {}).get("/Title") or "")
        except Exception:  # noqa: BLE001 - a damaged information dictionary is not worth a refusal
            info_title = ""
        if _looks_like_title(info_title):
            position = text.find(info_title)
            out.note("title", info_title, (position, position + len(info_title)) if position >= 0 else None)
    return Source(text, digest, "pdf", pages=page_spans, fields=out.fields, zones=out.zones)


def _looks_like_title(value):
    """Not a file name ("Microsoft Word - WP2017-06_final_v3.docx") nor a placeholder ("untitled")."""
    value = value.strip()
    return (len(value.split()) >= 3 and not re.search(r"\.(?:docx?|odt|rtf|tex|pdf|indd|pptx?)\b", value, re.I)
            and not re.match(r"(?:Microsoft|untitled|document\d*)\b", value, re.I))


def _journal_line(out, journal_title, abbreviation, date, volume, number, pages):
    """The citation line of a journal article, ``Journal: Title. Abbrev. 2016;16(6):A87.``, each
    part noted for metadata where it is written; the same for PubMed and JATS XML."""
    start, _ = out.write("Journal: ")
    if journal_title:
        out.note("journal_title", journal_title, out.write(journal_title))
        out.write(". ")
    if abbreviation:
        out.note("journal_abbreviation", abbreviation, out.write(abbreviation))
        out.write(". ")
    if date:
        out.note("year", int(date[:4]), out.write(date[:4]))
        out.note("date", date, None)
        out.write(";")
    if volume:
        out.note("volume", volume, out.write(volume))
    if number:
        out.write("(")
        out.note("issue", number, out.write(number))
        out.write(")")
    if pages:
        out.write(":")
        out.note("pages", pages, out.write(pages))
    out.zones.append((start, out.write(".\n")[1]))

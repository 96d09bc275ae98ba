"""The layout of a document: site chrome, headings, sections and sentences, as character spans.

A saved web page carries the site around the article: a menu line, a mission statement, reader
counters, sign-up prompts, the date the page was printed. None of it is the document's content,
so it is recognised line by line and left out of sections, sentences, mentions and candidates.
What is left is cut into sections at headings, both headings on their own line ("CONTEXT",
"Abstract") and the labels of a structured abstract run into the prose ("...contexts.POLICY
DEVELOPMENTS: In Quebec"), and sections into sentences.

All offsets are code points of the text as received (``text[start:end]`` is the span), never of
a cleaned copy, because evidence quotes are checked against the original.
"""

import re
from dataclasses import dataclass

from ickg.extract.regex import lazy_compile

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")

# Whole lines that belong to the site, not the document.
_CHROME_LINE = lazy_compile(
    r"(?:"
    r"(?:Click|Tap) (?:here )?(?:for|to) [\w ]+\.?"
    r"|Read (?:more|on [\w ]+|the (?:full|latest) [\w ]+)\.?"
    r"|Back to [^.]+|Skip to (?:main )?content|Sign (?:up|in)(?: for free)?|Log ?in|Log ?out|Register(?: [^.]*)?"
    r"|Already have an account\??|Save time [^.]*|Mendeley [^.]*\.?|Cite|Citations? of this article|CITATION STYLE"
    r"|APA|MLA|Harvard|Vancouver|Chicago|BibTeX|RIS|Share(?: this)?(?: article)?|Download(?: PDF| citation)?|Print"
    r"|Menu|Search|Subscribe[^.]*\.?|Keep up with .*|Follow us[^.]*\.?|Cookie[^.]*\.?|Privacy Policy|Terms of Use"
    r"|(?:Related|See also|More on this|Read next|Also read)(?: articles| stories| content| links)?:[ ].*"
    r"|(?:N/A|[\d.,]+k?)\s*(?:Citations?|Readers?|Views?|Downloads?|Shares?|Mentions?)"
    r"|(?:Research|Original|Quarterly|Journal|Review|Brief|Short)?\s?(?:Article|Paper|Communication)"
    rf"|{_MONTH}\.? (?:\d{{1,2}}, )?\d{{4}}"
    r"|\d{1,2} " + _MONTH + r"\.? \d{4}"
    r")[ \t]*", re.I, cased_branches=True)   # fullmatched on every line: its branches skipped at their first letter
_MISSION = lazy_compile(r"(?:Our )?(?:Mission|Vision)\s*:", re.I)
_BULLET = lazy_compile(r"[ \t]*(?:[•·▪‣◦*\-–]|\d{1,2}[.)]|\([a-z0-9]\))[ \t]+")

# A label at the text's start or after a sentence's end. The capital comes first and what is behind it
# is checked after: a pattern that opens on a character class is searched for that class, one that
# opens on look-behinds is tried at every position (3x slower, the same matches).
_INLINE_HEADING = lazy_compile(
    r"(?P<label>[A-Z](?:(?<=\A[A-Z])|(?<=[.!?][A-Z])|(?<=[.!?]\s[A-Z]))"
    r"[A-Za-z]*(?:[ /\-][A-Za-z]+){0,5}):[ \t]+(?=\S)")
_SENTENCE_STARTERS = {"The", "This", "These", "That", "It", "We", "In", "A", "An", "For", "However",
                      "Our", "Here", "There", "They", "As", "If", "When", "Note", "See", "Example"}
_LOWERCASE_AFTER_OK = {"Keywords", "Key words", "Keyword"}

_SENTENCE_END = lazy_compile(r"[.!?][\"”’)\]]*(?:\s+|(?=[A-Z]{2,}[A-Z /]*:))(?=[\"“‘(\[]?[A-Z0-9•])")
_ABBREVIATIONS = {"e.g", "i.e", "eg", "ie", "al", "vs", "cf", "etc", "dr", "mr", "mrs", "ms", "prof",
                  "fig", "no", "st", "inc", "ltd", "co", "jr", "sr", "approx", "vol", "pp", "ed", "eds",
                  "mt", "ste", "ft"}


@dataclass(slots=True)
class Section:
    heading: str | None
    start: int
    end: int
    heading_start: int | None = None
    heading_end: int | None = None


@dataclass(slots=True)
class Layout:
    """Where the chrome, headings, sections and sentences of a text are."""

    chrome: list        # (start, end) of lines that belong to the site
    headings: list      # (start, end) of heading text, line or inline
    sections: list      # Section
    sentences: list     # (start, end)


def _lines(text):
    """(start, end) of each line, end before the line break."""
    out = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        out.append((pos, end - 1 if line.endswith("\r") else end))
        pos = end + 1
    return out


def _strip(text, start, end):
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


_LOWER_OR_STOP = lazy_compile(r"[a-z.,;:!?]")


def _is_nav_line(line):
    """A menu: four or more upper-case words and nothing else ("HOME READING ROOM ASK GKEN ...")."""
    words = line.split()
    return len(words) >= 4 and not _LOWER_OR_STOP.search(line) and sum(w.isalpha() for w in words) >= 3


# A slide's number line, with or without the slide's own heading ("Slide 3: What is Aardram?",
# "Slide 2 – Where it came from", "Slide 4 of 12"): a heading even when it asks a question.
SLIDE_LINE = lazy_compile(r"Slide[ ]\d{1,3}(?:[ ]of[ ]\d{1,3})?(?:[ ]?[:.\-–—][ ]*[^\n]{0,120})?")


# A report's numbered heading on a line of its own ("4. Outcomes", "1. Purpose of the report"): read as a
# heading, not as the first item of a numbered list, when blank lines stand before and after it.
_NUMBERED_HEADING = lazy_compile(r"\d{1,2}\.[ \t]+[A-Z][\w\-’']*(?:[ ][\w\-’']+){0,5}")


def _stands_alone(text, lines, i):
    """Whether line ``i`` has a blank line (or the text's edge) before it and after it."""
    def blank(j):
        return j < 0 or j >= len(lines) or not text[lines[j][0]:lines[j][1]].strip()
    return blank(i - 1) and blank(i + 1)


def _is_heading(line):
    if SLIDE_LINE.fullmatch(line):
        return True
    if len(line) > 150 or line[-1] in ".!?;,\"”" or not (line[0].isupper() or line[0].isdigit()):
        return False
    words = line.split()
    if line.endswith(":"):
        return len(words) <= 4
    return len(words) <= 15


def _unwrap_long_headings(text, kinds):
    """Hard-wrapped prose read back as prose: a long "heading" line glued to the next line.

    A line of more than six words without final punctuation looks like a heading on its own, but
    when the next line follows it directly (no blank line) and is prose or another such line, it
    is a paragraph wrapped at a fixed width; so is a line continuing a wrapped prose line.
    """
    out = list(kinds)
    for i, (kind, s, e) in enumerate(out):
        if kind != "heading":
            continue
        long_line = len(text[s:e].split()) > 6
        nxt = out[i + 1] if i + 1 < len(out) else None
        prev = out[i - 1] if i > 0 else None
        glued_to_next = nxt is not None and nxt[0] in ("text", "heading") and text.count("\n", e, nxt[1]) == 1
        continues_prev = prev is not None and prev[0] == "text" and text.count("\n", prev[2], s) == 1 \
            and text[prev[2] - 1] not in ".!?:"
        if (long_line and glued_to_next) or continues_prev:
            out[i] = ("text", s, e)
    return out


def _bullet_beside_zones(text, line_start, s, e, zones):
    """True for a bulleted line that a metadata span only touches ("- Launched ... in November
    2016 as ...", a date read as the document's): the item is the document's prose, and dropping
    the line would lose a fact with the date."""
    if not _BULLET.match(text, line_start, e):
        return False
    covered = sum(max(0, min(e, ze) - max(s, zs)) for zs, ze in zones)
    return covered * 2 < e - s


def find_layout(text, *, metadata_zones=()):
    """Chrome, headings, sections and sentences of ``text``.

    Args:
        text: the document text.
        metadata_zones: (start, end, kind) spans that hold metadata (field lists, citations,
            author lines); they are neither chrome nor prose.

    Returns:
        A :class:`Layout`.
    """
    zones = [(s, e) for s, e, *_ in metadata_zones]
    chrome, headings, sections, sentences = [], [], [], []
    kinds = []
    in_mission = False
    lines = _lines(text)
    for i, (start, end) in enumerate(lines):
        s, e = _strip(text, start, end)
        line = text[s:e]
        if not line:
            kinds.append(("blank", s, e))
            in_mission = False
            continue
        if in_mission or _MISSION.match(line):
            # A mission statement runs on over wrapped lines until its sentence ends.
            in_mission = line[-1] not in ".!?"
            kinds.append(("chrome", s, e))
        elif any(zs < e and s < ze for zs, ze in zones) and not _bullet_beside_zones(text, start, s, e, zones):
            kinds.append(("metadata", s, e))
        elif _is_nav_line(line) or _CHROME_LINE.fullmatch(line):
            kinds.append(("chrome", s, e))
        elif _NUMBERED_HEADING.fullmatch(line) and _stands_alone(text, lines, i):
            kinds.append(("heading", s, e))
        elif _BULLET.match(text, start, end):
            kinds.append(("bullet", s, e))
        elif _is_heading(line):
            kinds.append(("heading", s, e))
        else:
            kinds.append(("text", s, e))

    kinds = _unwrap_long_headings(text, kinds)

    paragraphs = []                      # (start, end) of prose, in order, each tagged with its section
    current = Section(None, -1, -1)
    open_paragraph = None
    for kind, s, e in kinds:
        if kind == "chrome":
            chrome.append((s, e))
        if kind != "text" and open_paragraph:
            paragraphs.append((open_paragraph, current))
            open_paragraph = None
        if kind == "heading":
            label_end = e - 1 if text[e - 1] == ":" else e
            headings.append((s, label_end))
            current = Section(text[s:label_end], s, e, s, label_end)
            sections.append(current)
        elif kind == "bullet":
            marker = _BULLET.match(text, s)
            paragraphs.append(((marker.end() if marker else s, e), current))
        elif kind == "text":
            open_paragraph = (open_paragraph[0], e) if open_paragraph else (s, e)
    if open_paragraph:
        paragraphs.append((open_paragraph, current))

    line_section = section = None
    for (p_start, p_end), owner in paragraphs:
        if owner is not line_section:    # a new line heading ends the inline ones before it
            line_section = section = owner
        if section.start < 0:            # prose before any heading: a section without one
            section.start = p_start
            sections.insert(0, section)
        for piece_start, piece_end, label in _split_inline_headings(text, p_start, p_end):
            if label:
                headings.append(label)
                section = Section(text[label[0]:label[1]], label[0], piece_end, *label)
                sections.append(section)
            sentences.extend(_sentences(text, piece_start, piece_end))
            section.end = max(section.end, piece_end)
    sections = [s for s in sections if s.end >= s.start]
    for section in sections:
        section.end = max(section.end, section.heading_end or section.start)
    sections.sort(key=lambda s: s.start)
    return Layout(chrome, sorted(headings), sections, sentences)


def _split_inline_headings(text, start, end):
    """(start, end, label span or None) pieces of a paragraph, cut at structured-abstract labels."""
    if text.find(":", start, end) < 0:  # no label without its colon: most paragraphs
        return [(start, end, None)] if end > start else []
    pieces = []
    piece_start, label = start, None
    for match in _INLINE_HEADING.finditer(text[start:end]):
        words = match.group("label").split()
        at_start = match.start() == 0
        if words[0] in _SENTENCE_STARTERS or len(words) > (6 if at_start else 4):
            continue
        following = text[start + match.end()]
        if (not (following.isupper() or following.isdigit() or following in "\"“(")
                and match.group("label") not in _LOWERCASE_AFTER_OK):
            continue
        label_span = (start + match.start("label"), start + match.end("label"))
        if label_span[0] > piece_start:
            pieces.append((piece_start, label_span[0], label))
        piece_start, label = start + match.end(), label_span
    pieces.append((piece_start, end, label))
    return [(s, e, lab) for s, e, lab in pieces if e > s or lab]


_LAST_WORD = lazy_compile(r"([\w.]+)$")
_CAPITAL = lazy_compile(r"[A-Z]")


def _sentences(text, start, end):
    """(start, end) of each sentence of text[start:end]; abbreviations and initials do not end one."""
    out = []
    sentence_start = start
    for match in _SENTENCE_END.finditer(text, start, end):
        before = text[max(start, match.start() - 12):match.start()]
        word = _LAST_WORD.search(before)
        if word:
            token = word.group(1)
            if token.lower() in _ABBREVIATIONS or _CAPITAL.fullmatch(token) or token.lower().endswith(("e.g", "i.e")):
                continue
        stop = match.start() + 1
        while stop < end and text[stop] in "\"”’)]":
            stop += 1
        s, e = _strip(text, sentence_start, stop)
        if e > s:
            out.append((s, e))
        sentence_start = match.end()
    s, e = _strip(text, sentence_start, end)
    if e > s:
        out.append((s, e))
    return out

"""Acronym definitions and candidate entities: names a curator may want to add to the graph.

Acronyms are found in both written orders: "Local Health Integration Networks (LHINs)" (the long
form before the parenthesis) and "PRISMA (Program of Research to Integrate the Services for the
Maintenance of Autonomy)" (the long form inside). A pair is kept only if the letters of the short
form can be read, in order, in the long form with the first letter at the start of a word
(Schwartz & Hearst 2003, "A simple algorithm for identifying abbreviation definitions in
biomedical text"). A long form may stand a few words away from its parenthesis ("integrated
centres for health and social services at the local levels (CSSSs)"): the trailing words are
dropped when the letters then fall on more word starts.

Candidates are capitalised multi-word names headed by a word that names an organization or a
program ("Family Health Teams", "Ministry of Health and Long-Term Care", "Milbank Memorial
Fund"), plus the long forms of acronyms. Places, concept labels, headings, chrome, the
document's own metadata and everything in ``known_labels`` are left out: a candidate is a name
the graph does not hold yet.
"""

import itertools
import re
from dataclasses import dataclass

from ickg.extract.lexicon import label_key
from ickg.extract.regex import lazy_compile

_STOPWORDS = {"of", "the", "and", "for", "to", "in", "on", "at", "a", "an", "de", "du", "des", "la",
              "le", "et", "by", "with", "&"}
_PREPOSITIONS = {"at", "in", "on", "of", "for", "from", "within", "across", "by", "with"}

_SHORT_FORM = r"[A-Z][A-Za-z0-9&\-]{0,9}"
_LONG_BEFORE = lazy_compile(rf"\((?P<short>{_SHORT_FORM})\)")
# (Opened on the capital, the boundary checked behind it: see _CAP_RUN.)
_SHORT_BEFORE = lazy_compile(rf"(?P<short>[A-Z](?<=\b[A-Z])[A-Z0-9&\-]{{1,9}}s?)\s+\((?P<long>[^()\n]{{4,200}})\)")
_WORD = lazy_compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
# ", or HARP," / ", or PCN)": an acronym given as another name for the words before the comma.
_OR_SHORT = lazy_compile(r",[ ]or[ ](?P<short>[A-Z][A-Z0-9&\-]{1,9}s?)(?=[,;:)]|[.][ \n]|[ ][a-z])")


@dataclass(frozen=True, slots=True)
class Acronym:
    short: str
    long: str
    short_start: int
    short_end: int
    long_start: int
    long_end: int


@dataclass(frozen=True, slots=True)
class Candidate:
    label: str
    start: int
    end: int
    kind: str               # "name" or "acronym"
    short: str | None = None


def _core(short):
    """The letters an acronym spells: "LHINs" -> "LHIN" (a trailing lower-case s is a plural)."""
    core = short[:-1] if len(short) > 2 and short.endswith("s") and short[-2].isupper() else short
    return [c.lower() for c in core if c.isalnum()]


def _is_short_form(short):
    letters = [c for c in short if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    return len(short) >= 2 and upper >= 2 and upper >= len(letters) - 1


def _align(letters, long_form):
    """Schwartz-Hearst: match the letters right to left in ``long_form``; the first at a word start.

    Returns:
        How many letters fell on a word start, or None when the letters cannot be read in order.
    """
    s, l = len(letters) - 1, len(long_form) - 1
    at_word_start = 0
    while s >= 0:
        c = letters[s]
        while l >= 0 and (long_form[l].lower() != c
                          or (s == 0 and l > 0 and long_form[l - 1].isalnum())):
            l -= 1
        if l < 0:
            return None
        if l == 0 or not long_form[l - 1].isalnum():
            at_word_start += 1
        s -= 1
        l -= 1
    return at_word_start


def _long_form_before(text, paren_start, short):
    """The long form ending before "(SHORT)": the best-aligned window of the preceding words."""
    letters = _core(short)
    clause_start = max(text.rfind(c, 0, paren_start) for c in ".;:()\n")
    words = list(_WORD.finditer(text, clause_start + 1, paren_start))
    max_words = min(len(letters) + 5, len(letters) * 2)
    best = None
    for gap in range(0, min(5, len(words))):
        if gap and words[len(words) - gap].group().lower() not in _PREPOSITIONS:
            continue
        usable = words[:len(words) - gap]
        for size in range(1, min(max_words, len(usable)) + 1):
            window = usable[len(usable) - size:]
            if window[0].group().lower() in _STOPWORDS:
                continue
            start, end = window[0].start(), window[-1].end()
            score = _align(letters, text[start:end].lower())
            if score is None or window[0].group()[0].lower() != letters[0]:
                continue
            rank = (score, -gap, -size)
            if best is None or rank > best[0]:
                best = (rank, start, end)
            break                        # the shortest window that aligns, for this gap
    if best is None:
        return None
    start, end = best[1], best[2]
    if text[start].islower():
        # "coordinators working in three Integrated Health and Social Services Centres (CISSS)": a
        # translated acronym's letters stray into the words before; the capitalised name just before
        # the parenthesis is the long form if it holds the acronym's first letter.
        runs = _capitalised_runs(text, start, end)
        if runs and runs[-1][1] == end and letters[0] in {w[0].lower() for w in runs[-1][2]}:
            return runs[-1][0], runs[-1][1]
    return start, end


def find_acronyms(text, *, excluded=()):
    """Acronym definitions in ``text``, in either order, outside the excluded spans."""
    out = []
    seen = set()

    def outside(pos):
        return not any(s <= pos < e for s, e in excluded)

    # The long form before "(HARP)", then before ", or HARP,": "the Hospital Admission Risk Program,
    # or HARP, has ..." gives the short form as a parenthesis would.
    after_or = _OR_SHORT.finditer(text) if ", or " in text else ()
    for m in itertools.chain(_LONG_BEFORE.finditer(text), after_or):
        short = m.group("short")
        if not _is_short_form(short) or not outside(m.start()):
            continue
        span = _long_form_before(text, m.start(), short)
        if span and (short, span) not in seen:
            seen.add((short, span))
            out.append(Acronym(short, text[span[0]:span[1]], m.start("short"), m.end("short"), *span))
    for m in _SHORT_BEFORE.finditer(text):
        short, long_form = m.group("short"), m.group("long").strip()
        if not _is_short_form(short) or not outside(m.start()) or len(long_form.split()) < 2:
            continue
        ls = m.start("long") + (len(m.group("long")) - len(m.group("long").lstrip()))
        letters = _core(short)
        if long_form[0].lower() != letters[0] or _align(letters, long_form.lower()) is None:
            continue
        if (short, (ls, ls + len(long_form))) not in seen:
            seen.add((short, (ls, ls + len(long_form))))
            out.append(Acronym(short, long_form, m.start("short"), m.end("short"), ls, ls + len(long_form)))
    # "Territorial professional health communities (CPTS, from the French communautés ...)": an acronym of
    # another language's words, which the English name cannot align with; the gloss says so. The long form
    # is the noun phrase before the parenthesis, back to a determiner, a verb's object or the clause start.
    for m in (_FOREIGN_ACRONYM.finditer(text) if "(" in text else ()):
        short = m.group("short")
        if not _is_short_form(short) or not outside(m.start()):
            continue
        clause_start = max(text.rfind(c, 0, m.start()) for c in ".;:()\n") + 1
        words = list(_WORD.finditer(text, clause_start, m.start()))
        kept = []
        for w in reversed(words):
            if w.group().lower() in _NP_STOPS or len(kept) == 6:
                break
            kept.append(w)
        while kept and kept[-1].group().lower() in _STOPWORDS:
            kept.pop()
        if len(kept) < 2 or not any(ch.islower() for ch in kept[0].group()):
            continue
        span = (kept[-1].start(), kept[0].end())
        if (short, span) not in seen:
            seen.add((short, span))
            out.append(Acronym(short, text[span[0]:span[1]], m.start("short"), m.end("short"), *span))
    out.sort(key=lambda a: a.short_start)
    return out


_FOREIGN_ACRONYM = lazy_compile(rf"[ ]\((?P<short>{_SHORT_FORM}),[ ](?:from[ ]the|the|in)[ ](?:French|Spanish|Catalan|"
                                r"German|Dutch|Italian|Portuguese|Swedish|Danish|Finnish|Norwegian|Basque|Polish|Greek|"
                                r"Czech|Slovenian|Estonian|Hungarian|Japanese)\b[^()\n]{0,200}\)")
_NP_STOPS = {"the", "a", "an", "its", "their", "our", "this", "these", "that", "those", "by", "to", "with", "from",
             "is", "are", "was", "were", "created", "set", "introduced", "launched", "called", "named", "of", "in",
             "at", "on", "as"}


# Head words of organization and program names.
_HEADS = {
    "Ministry", "Department", "University", "College", "Institute", "Institutes", "Fund", "Foundation",
    "Hospital", "Hospitals", "Network", "Networks", "Team", "Teams", "Group", "Groups", "Program",
    "Programs", "Programme", "Programmes", "Initiative", "Initiatives", "Council", "Agency", "Board",
    "Boards", "Authority", "Authorities", "Association", "Society", "Centre", "Centres", "Center",
    "Centers", "Clinic", "Clinics", "Partnership", "Partnerships", "Alliance", "Organization",
    "Organisation", "Trust", "Trusts", "Commission", "Coalition", "Office", "Consortium",
    "Collaborative", "Project", "Plan", "Administration", "Corporation", "Company", "Inc", "Ltd",
    "Unit", "Units", "Bureau", "Secretariat", "Federation", "Forum", "Academy", "Service", "Services",
    "System", "Systems", "Agencies", "Ministries", "Departments", "Cooperative", "Mutual", "Insurance",
}
_LEADING_HEADS = {"Ministry", "Department", "University", "College", "Institute", "Office", "Board",
                  "Council", "Agency", "Commission", "Bank", "School", "Faculty", "Government", "Centre",
                  "Center", "Centres", "Centers", "Network", "Program", "Programme", "Foundation", "Fund",
                  "Association", "Society", "Alliance", "Authority"}
_CONNECTORS = {"of", "for", "and", "on", "&", "de", "du", "des", "la", "le", "the"}
_DETERMINERS = {"The", "A", "An", "Our", "This", "These", "That", "Those", "Its", "Their"}
_CAP_WORD = lazy_compile(r"\b[A-Z][\w'’]*(?:-[A-Z][\w'’]*)*|&|\b(?:of|for|and|on|de|du|des|la|le|the)\b")


_CAP_TAIL = r"[\w'’]*(?:-[A-Z][\w'’]*)*"
_CAP = r"\b[A-Z]" + _CAP_TAIL
# A whole run in one match: a capitalised word, then words and connectors each after spaces or tabs.
# It opens on the capital and checks the boundary before it after (the same matches): a pattern that
# opens on a character class is searched for that class, one that opens on \b is tried at every position.
_CAP_RUN = lazy_compile(rf"[A-Z](?<=\b[A-Z]){_CAP_TAIL}(?:[ \t]+(?:{_CAP}|&|\b(?:of|for|and|on|de|du|des|la|le|the)\b))*")


def _capitalised_runs(text, start, end):
    """(start, end, words) of runs of capitalised words joined by connectors, within one line.
    The regular expression joins the words; a possessive ("Ontario's Family Health Teams") ends
    its run and the words after it begin the next."""
    runs = []
    for r in _CAP_RUN.finditer(text, start, end):
        if " " not in r.group() and "\t" not in r.group():
            continue                     # one word (three runs in four): no name of two words below
        run = []
        for m in _CAP_WORD.finditer(text, r.start(), r.end()):
            word = m.group()
            if word in _CONNECTORS and not run:
                continue
            if word.endswith(("'s", "’s")):
                run.append((m.start(), m.end() - 2, word[:-2]))
                runs.append(run)
                run = []
                continue
            run.append((m.start(), m.end(), word))
        if run:
            runs.append(run)
    out = []
    for run in runs:
        while run and (run[-1][2] in _CONNECTORS):
            run = run[:-1]
        while run and (run[0][2] in _DETERMINERS or run[0][2] in _CONNECTORS):
            run = run[1:]
        if len([w for w in run if w[2] not in _CONNECTORS]) >= 2:
            out.append((run[0][0], run[-1][1], [w[2] for w in run]))
    return out


def _is_named_body(words):
    """A name headed by an organization or program word, at its end or before "of"/"for"."""
    if len([w for w in words if w not in _CONNECTORS]) < 2:
        return False
    head_first = words[0] in _LEADING_HEADS and len(words) > 2 and words[1] in ("of", "for")
    return words[-1] in _HEADS or head_first


_AND_PART = lazy_compile(r"(?:(?! and | & ).)+")     # a run up to " and " or " & "


def _split_at_and(text, start, end):
    """The parts of a capitalised run on either side of " and " / " & "."""
    parts = []
    for piece in _AND_PART.finditer(text[start:end]):
        s, e = start + piece.start(), start + piece.end()
        parts.append((s, e, _CAP_WORD.findall(text, s, e)))
    return parts if len(parts) > 1 else []


def find_candidates(text, sentences, acronyms, *, exclude_keys=(), excluded_spans=()):
    """Named programs and organizations that a curator might add, first occurrence of each.

    Args:
        text: the document text.
        sentences: (start, end) spans to search (prose only: no chrome, headings or metadata).
        acronyms: the document's :class:`Acronym` definitions; their long forms are candidates.
        exclude_keys: :func:`label_key` keys of names to leave out (known entities, concepts,
            places, the journal).
        excluded_spans: spans no candidate may overlap (headings, chrome, metadata).

    Returns:
        A list of :class:`Candidate`, in text order.
    """
    exclude_keys = set(exclude_keys)
    found = {}

    def overlaps_excluded(s, e):
        return any(xs < e and s < xe for xs, xe in excluded_spans)

    def keep(label, s, e, kind, short=None):
        key = label_key(label)
        if not key or key in exclude_keys or (short and label_key(short) in exclude_keys):
            return
        if key not in found and not overlaps_excluded(s, e):
            found[key] = Candidate(label, s, e, kind, short)

    for acronym in acronyms:
        keep(acronym.long, acronym.long_start, acronym.long_end, "acronym", acronym.short)
    # A name inside an acronym's long form ("Program of Research" in PRISMA's) is not another name.
    excluded_spans = list(excluded_spans) + [(a.long_start, a.long_end) for a in acronyms]
    for s_start, s_end in sentences:
        for start, end, words in _capitalised_runs(text, s_start, s_end):
            if _is_named_body(words):
                keep(text[start:end], start, end, "name")
                continue
            # "Fraser Health Authority and Island Health": two names joined by "and".
            for part in _split_at_and(text, start, end):
                if _is_named_body(part[2]):
                    keep(text[part[0]:part[1]], part[0], part[1], "name")
    return sorted(found.values(), key=lambda c: c.start)

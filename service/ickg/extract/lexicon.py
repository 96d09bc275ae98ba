"""Concept labels found in a text: every skos:prefLabel and skos:altLabel of the ontology.

Labels and text are both cut into word tokens and each token is reduced to a *key* that forgets
what should not matter when matching: case, accents, British against American spelling
(-isation/-ization, -ise/-ize, centre/center, programme/program, -our/-or), and the plural. The
key need not be a real word, only the same for both spellings, so the reduction can be blunt.
A token trie over the label keys then finds, from each token of the text, the longest label
that starts there; hyphens and spaces between tokens are interchangeable ("micro-mechanism",
"micro mechanism"), and a word that joins a hyphenated label ("multimorbidity") is indexed too.

This is one pass over the tokens with dictionary look-ups, not a loop over labels, so its cost
grows with the length of the text and not with the size of the vocabulary.
"""

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rdflib import URIRef
from rdflib.namespace import RDFS, SKOS

from ickg.extract.regex import lazy_compile

# Words whose key is two tokens: "healthcare" matches labels written "health care".
_COMPOUNDS = {"healthcare": ("health", "care")}

# A word: "[^\W_]+(?:['’][^\W_]+)*", its first letter taken alone so that the pattern opens on a
# character class and sre skips what lies between words without trying a match (twice as fast).
TOKEN = lazy_compile(r"[^\W_][^\W_]*(?:['’][^\W_]+)*")
# TOKEN as a group: its split gives the gaps and the words in turn, their offsets counted from the
# lengths (a fifth cheaper than a match object, its span and its group for each of ~200 words).
_TOKEN_SPLIT = lazy_compile("(" + TOKEN.pattern + ")")
# What may stand between two tokens of one label occurrence: spaces and hyphens, or a comma
# where the label itself has one ("consolidation, common ownership or merger").
_GAP_SPACE = lazy_compile(r"[ \t\-‐‑–/]*(?:\r?\n[ \t]*)?")
_GAP_COMMA = lazy_compile(r"[ \t]*,[ \t]*(?:\r?\n[ \t]*)?")

_SPELLING = [
    (lazy_compile(r"isation"), "ization"),
    (lazy_compile(r"yse([sd]?)$"), r"yze\1"),
    (lazy_compile(r"is(e|es|ed|ing)$"), r"iz\1"),
    (lazy_compile(r"centre"), "center"),
    (lazy_compile(r"programme"), "program"),
    (lazy_compile(r"^(.{3,})our(s?)$"), r"\1or\2"),
    (lazy_compile(r"^(.{3,})ae"), r"\1e"),
]


@lru_cache(maxsize=200_000)
def token_key(word):
    """The matching key of one word: ``"Organisations"`` -> ``"organization"``."""
    word = word.lower().replace("’", "'")
    if not word.isascii():
        word = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode("ascii")
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 3:
        if word.endswith("ies") and len(word) > 4:
            word = word[:-3] + "y"
        elif word.endswith(("sses", "xes", "ches", "shes", "zzes")):
            word = word[:-2]
        elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
            word = word[:-1]
    for pattern, replacement in _SPELLING:
        word = pattern.sub(replacement, word)
    return word


@lru_cache(maxsize=100_000)
def label_key(label):
    """The key of a whole label, tokens joined by spaces: for comparing names, not for matching."""
    keys = []
    for match in TOKEN.finditer(label):
        keys.extend(_COMPOUNDS.get(match.group().lower(), (token_key(match.group()),)))
    return " ".join(keys)


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of text naming a concept."""

    iri: str
    pref_label: str
    start: int
    end: int
    text: str
    target: object = None            # the lexicon's Target, for resolving a span several concepts share

    @property
    def known(self):
        """False for a placeholder IRI the packaged ontology does not define yet."""
        return self.target is None or self.target.known


ICKG_NS = "https://w3id.org/ickg/ontology/"
SCHEME_NS = "https://w3id.org/ickg/scheme/"
PREFIXES = {
    "ickg": ICKG_NS, "level": SCHEME_NS + "level/", "qualifier": SCHEME_NS + "qualifier/",
    "gken": SCHEME_NS + "gken/", "policy-paper": SCHEME_NS + "policy-paper/", "rainbow": SCHEME_NS + "rainbow/",
    "kodner": SCHEME_NS + "kodner/", "leutz": SCHEME_NS + "leutz/", "fulop": SCHEME_NS + "fulop/",
    "who-ipchs": SCHEME_NS + "who-ipchs/", "selfie": SCHEME_NS + "selfie/", "ccm": SCHEME_NS + "ccm/",
    "design": SCHEME_NS + "study-design/", "breadth": SCHEME_NS + "breadth/",
    "evidence": SCHEME_NS + "evidence-level/", "dimension": SCHEME_NS + "policy-paper-design/",
}

# A typology's term means that typology's concept only when the typology is in sight: its name or
# its authors occur in the document. Without a cue, a term several typologies share is left at the
# ickg class they all instantiate (one "clinical integration" is not three schemes' concepts).
SCHEME_CUES = {
    SCHEME_NS + "gken": lazy_compile(r"\bGKEN\b|Global Knowledge Exchange Network"),
    SCHEME_NS + "rainbow": lazy_compile(r"Rainbow Model|\bValentijn\b"),
    SCHEME_NS + "kodner": lazy_compile(r"\bKodner\b|\bSpreeuwenberg\b"),
    SCHEME_NS + "leutz": lazy_compile(r"\bLeutz\b"),
    SCHEME_NS + "fulop": lazy_compile(r"\bFulop\b"),
    SCHEME_NS + "who-ipchs": lazy_compile(r"\bIPCHS\b|people-centred health services|\bWHO\b|World Health Organi[sz]ation"),
    SCHEME_NS + "selfie": lazy_compile(r"\bSELFIE\b"),
    SCHEME_NS + "ccm": lazy_compile(r"Chronic Care Model|\bWagner\b"),
    SCHEME_NS + "policy-paper-design": lazy_compile(r"\bdesign[ ]dimensions?\b", re.I),
}
# Words one of which a cue of SCHEME_CUES cannot match without: a substring test in C rules out
# most documents before the pattern scans the whole text (some 50 µs a pattern on an abstract).
# ``tests/test_extract_speedups.py`` checks each pattern's matches hold one of its words.
SCHEME_CUE_WORDS = {
    SCHEME_NS + "gken": ("GKEN", "Global Knowledge Exchange Network"),
    SCHEME_NS + "rainbow": ("Rainbow Model", "Valentijn"),
    SCHEME_NS + "kodner": ("Kodner", "Spreeuwenberg"),
    SCHEME_NS + "leutz": ("Leutz",),
    SCHEME_NS + "fulop": ("Fulop",),
    SCHEME_NS + "who-ipchs": ("IPCHS", "people-centred health services", "WHO", "World Health Organi"),
    SCHEME_NS + "selfie": ("SELFIE",),
    SCHEME_NS + "ccm": ("Chronic Care Model", "Wagner"),
}

# Classes whose labels are not concepts a text discusses: the graph's own machinery (curation
# records among it: findings, authorships, editorial decisions), the kinds of place (places are
# found by the gazetteer, not by the word "region"), and the categories a statement's object falls
# under, whose bare name is a word of report writing ("the aims of the trial", "key findings",
# "study design", "the legislation", "its mandate") and not a concept the text discusses. The concepts of those
# categories keep their labels: "vertical integration", "cohort study".
_UNLABELLED_CLASSES = {ICKG_NS + c for c in (
    "SourceDocument", "EvidenceAnnotation", "MentionAnnotation", "InferenceRule", "ContextMechanismOutcome",
    "Jurisdiction", "Country", "ProvinceOrState", "Region", "Municipality", "SupranationalRegion",
    "ClaimQualifier", "Finding", "Authorship", "EditorialDecision", "ReferenceSource",
    "Goal", "IntegrationBreadth", "EvidenceLevel", "StudyDesign", "Legislation", "Mandate")}

# Schemes whose labels are everyday phrases ("how to integrate", "whom to target"): their concepts
# count only with the scheme in sight (its cue in SCHEME_CUES occurs in the document).
_SCHEMES_NEEDING_CUE = {SCHEME_NS + "policy-paper-design"}

# A concept word followed by one of these names a kind of business ("a health care management firm"),
# not the concept.
_BUSINESS_AFTER = lazy_compile(r"[ \t\-]+(?:firms?|compan(?:y|ies)|consultanc(?:y|ies)|consultants?|vendors?|"
                               r"software|industry|corporations?|business(?:es)?)\b", re.I)


# Labels of one typology's concept that are everyday phrases elsewhere ("an accountable care network",
# "a nonprofit health care organization"): they count only with the typology in sight.
_NEEDS_CUE = {"care network", "care networks", "health care organization", "health care organisation",
              "organization of health care", "organisation of health care", "decision support", "linkage"}
_NEGATED = lazy_compile(r"\b(?:not|never|no longer)[ \t]+$", re.I)
# "rewards short consultations rather than continuous, team-based care": a concept named only as
# what is not the case (up to two modifiers between the cue and the term). Not "instead of": "fixed
# payments instead of fee-for-service claims" is about the payment the program replaces.
_CONTRASTED = lazy_compile(r"\brather[ \t]+than[ \t]+(?:on[ \t]+|an?[ \t]+|the[ \t]+)?"
                           r"(?:[\w\-]+,?[ \t]+){0,2}$", re.I)
STUDY_DESIGN_NS = SCHEME_NS + "study-design/"


def expand_curie(name):
    prefix, sep, local = name.partition(":")
    if sep and prefix in PREFIXES:
        return PREFIXES[prefix] + local
    return name


@dataclass(frozen=True, slots=True)
class Target:
    """What a label names: the IRI, its preferred label, and how to resolve it."""

    iri: str
    pref: str
    scheme: str | None = None        # the skos:inScheme of a concept
    fallback: str | None = None      # the ickg class a scheme concept instantiates
    requires: object = None          # a compiled pattern the document must match
    known: bool = True               # False: a placeholder IRI the ontology does not have yet


class Lexicon:
    """A token trie of concept labels.

    Args:
        entries: (label, concept IRI, preferred label of the concept) triples, or
            (label, :class:`Target`) pairs.
    """

    END = "\x00"

    def __init__(self, entries):
        self.trie = {}
        self.size = 0
        for entry in entries:
            if len(entry) == 2:
                label, target = entry
            else:
                label, iri, pref = entry
                target = Target(str(iri), str(pref))
            for variant in _label_variants(label):
                self._insert(variant, target)
        # The trie's first level by key alone (a label's first step has no gap): find() looks a
        # word's key up there rather than building a (gap, key) tuple for each word of the text.
        self.firsts = {step[1]: node for step, node in self.trie.items() if step != self.END}

    def _insert(self, steps, target):
        node = self.trie
        for step in steps:
            node = node.setdefault(step, {})
        targets = node.setdefault(self.END, [])
        if all(t.iri != target.iri for t in targets):
            targets.append(target)
            self.size += 1

    @classmethod
    def from_graph(cls, graph, synonyms=()):
        """Every skos:prefLabel and skos:altLabel of ``graph`` (English or without a language), the
        rdfs:label of every ickg class but the graph's machinery and the kinds of place, and
        ``synonyms``: (term, IRI, required pattern or None) rows."""
        from rdflib.namespace import OWL, RDF

        def english(label):
            return getattr(label, "language", None) in (None, "en")

        prefs = {}
        for subject, label in graph.subject_objects(SKOS.prefLabel):
            if english(label):
                prefs.setdefault(subject, str(label))
        classes = {s for s in graph.subjects(RDF.type, OWL.Class) if str(s).startswith(ICKG_NS)}
        for subject in classes:
            if subject not in prefs:
                for label in graph.objects(subject, RDFS.label):
                    if english(label):
                        prefs[subject] = str(label)
                        break
        schemes = {s: str(o) for s, o in graph.subject_objects(SKOS.inScheme)}
        fallback = {}
        for subject in schemes:
            types = sorted(str(t) for t in graph.objects(subject, RDF.type) if str(t).startswith(ICKG_NS))
            if types:
                fallback[subject] = types[0]

        def target(subject):
            return Target(str(subject), prefs.get(subject, ""), schemes.get(subject), fallback.get(subject))

        entries = []
        for prop in (SKOS.prefLabel, SKOS.altLabel):
            for subject, label in graph.subject_objects(prop):
                if english(label) and str(subject) not in _UNLABELLED_CLASSES:
                    entries.append((str(label), target(subject)))
        for subject in classes:
            if str(subject) in _UNLABELLED_CLASSES:
                continue
            for label in graph.objects(subject, RDFS.label):
                if english(label):
                    entries.append((str(label), target(subject)))
        known = {str(s) for s in prefs} | {str(s) for s in graph.subjects(RDF.type, None)}
        for term, iri, requires in synonyms:
            subject = URIRef(iri)
            base = target(subject) if iri in known else Target(iri, term, None, None, None, False)
            entries.append((term, Target(base.iri, base.pref or term, base.scheme, base.fallback,
                                         re.compile(requires) if requires else None, base.known)))
        entries.sort(key=lambda e: (e[0], e[1].iri))
        return cls(entries)

    def find(self, text, *, excluded=(), tokens=None):
        """Every label occurrence in ``text``; overlapping occurrences yield to the longest.

        Args:
            text: the document text.
            excluded: sorted, disjoint (start, end) spans to skip, such as site chrome.

        Returns:
            A list of :class:`Mention`, in text order; a span naming several concepts (the same
            label in two schemes) gives one mention per concept.
        """
        tokens = _tokens(text, excluded) if tokens is None else tokens
        end_key = self.END
        firsts = self.firsts
        found = []
        multi = []                   # (first token, last token) of occurrences of two or more words
        i, n = 0, len(tokens)
        # Most words begin no label: the tokens that may, found by one comprehension.
        for at in [k for k, token in enumerate(tokens) if token[2] in firsts]:
            if at < i:
                continue             # inside the occurrence found last
            i = at
            start, _, first = tokens[i]
            node = firsts[first]
            best = None
            j = i
            while node is not None:
                if end_key in node:
                    best = (j, node[end_key])
                    if len(node) == 1:
                        break            # a label no longer label goes on from: no gap to read
                j += 1
                if j >= n:
                    break
                gap = _gap_kind(text, tokens[j - 1][1], tokens[j][0])
                if gap is None:
                    break
                node = node.get((gap, tokens[j][2]))
            if best is None:
                i += 1
                continue
            last, targets = best
            end = tokens[last][1]
            for target in targets:
                found.append(Mention(target.iri, target.pref, start, end, text[start:end], target))
            if last > i:
                multi.append((i, last))
            i = last + 1
            while i < n and tokens[i][0] < end:   # the rest of a split compound
                i += 1
        if multi:
            found = self._elided(text, tokens, multi, found)
        return found

    def _elided(self, text, tokens, multi, found):
        """``found`` with the conjuncts whose head word is shared: "horizontal and vertical
        integration", "micro-, meso- and macro-level" name horizontal integration and the micro and
        meso levels too. Each conjunct is one word joined by a comma, "and" or "or" to the next; it
        counts when that word followed by the rest of the label is itself a label."""
        taken = {(m.start, m.end) for m in found}
        covered = sorted(taken)
        extra = []
        for first, last in multi:
            tail = [(_gap_kind(text, tokens[j - 1][1], tokens[j][0]), tokens[j][2]) for j in range(first + 1, last + 1)]
            if None in (g for g, _ in tail):
                continue
            j = first - 1
            joiner = None
            while j >= 0:
                gap = text[tokens[j][1]:tokens[j + 1][0]]
                if joiner is None:
                    if tokens[j][2] not in ("and", "or") or not _GAP_SPACE.fullmatch(gap):
                        break
                    joiner = j
                    j -= 1
                    continue
                if not re.fullmatch(r"-?[ \t]*(?:,[ \t]*)?", gap) and j != joiner - 1:
                    break
                if j == joiner - 1 and not re.fullmatch(r"-?,?[ \t]+", gap):
                    break
                node = self.trie.get(("", tokens[j][2]))
                for step in tail:
                    node = node.get(step) if node is not None else None
                targets = node.get(self.END) if node is not None else None
                start, end = tokens[j][0], tokens[j][1]
                if not targets or any(s < end and start < e for s, e in covered):
                    break
                word = text[start:end]
                for target in targets:
                    extra.append(Mention(target.iri, target.pref, start, end, word, target))
                if j == 0 or not re.fullmatch(r"-?[ \t]*,[ \t]*", text[tokens[j - 1][1]:start]):
                    break
                j -= 1
        if not extra:
            return found
        return sorted(found + extra, key=lambda m: (m.start, m.end))


def _label_variants(label):
    """Token-step sequences under which a label is indexed: as written, and hyphen-joined."""
    words = []
    for k, match in enumerate(TOKEN.finditer(label)):
        gap = "" if k == 0 else ("," if "," in label[prev_end:match.start()] else " ")
        prev_end = match.end()
        words.append((gap, match.group()))
    steps = []
    for gap, word in words:
        parts = _COMPOUNDS.get(word.lower(), (word,))
        for p, part in enumerate(parts):
            steps.append((gap if p == 0 else " ", token_key(part)))
    variants = [steps]
    if "-" in label:
        joined = re.sub(r"(?<=\w)-(?=\w)", "", label)
        variants.extend(_label_variants(joined) if joined != label else [])
    return [tuple(v) for v in variants]


_KEYS = {}     # word as written -> tuple of keys; a plain dict is the cheapest cache per token


def _keys_of(word):
    keys = _KEYS.get(word)
    if keys is None:
        parts = _COMPOUNDS.get(word.lower())
        keys = tuple(token_key(p) for p in parts) if parts else (token_key(word),)
        if len(_KEYS) < 500_000:
            _KEYS[word] = keys
    return keys


def tokens_of(text, excluded=()):
    """(start, end, key) of every word outside ``excluded``: one pass that several lexicons can share."""
    return _tokens(text, excluded)


def _tokens(text, excluded):
    """(start, end, key) of every word outside the excluded spans; compounds give several keys."""
    out = []
    append = out.append
    spans = iter(excluded)
    current = next(spans, None)
    keys_get = _KEYS.get
    parts = iter(_TOKEN_SPLIT.split(text))   # gap, word, gap, word, ..., gap
    end = 0
    for gap in parts:
        word = next(parts, None)
        if word is None:
            break
        start = end + len(gap)
        end = start + len(word)
        if current is not None:
            while current is not None and current[1] <= start:
                current = next(spans, None)
            if current is not None and current[0] <= start:
                continue
        keys = keys_get(word) or _keys_of(word)
        if len(keys) == 1:
            append((start, end, keys[0]))
        else:
            for key in keys:
                append((start, end, key))
    return out


def _gap_kind(text, left_end, right_start):
    """How two neighbouring tokens are joined: " " (space or hyphen), "," or None (they are not)."""
    if left_end > right_start:       # two keys of one compound word
        return " "
    if right_start - left_end == 1 and text[left_end] in " -":
        return " "                   # one space or hyphen, the most common gap: _GAP_SPACE's, without it
    if _GAP_SPACE.fullmatch(text, left_end, right_start):
        return " "
    if _GAP_COMMA.fullmatch(text, left_end, right_start):
        return ","
    return None


def _vocabulary_table() -> str:
    """The text of ``vocabulary.tsv`` beside this module."""
    from importlib.resources import files

    return files("ickg.extract").joinpath("vocabulary.tsv").read_text(encoding="utf-8")


def synonyms():
    """(term, IRI, required pattern or None) rows of ``vocabulary.tsv`` beside this module."""
    rows = []
    table = _vocabulary_table()
    lines = [line for line in table.splitlines() if line.strip() and not line.startswith("#")]
    for number, line in enumerate(lines[1:], 2):
        cells = line.split("\t")
        if len(cells) < 2 or not cells[0] or ":" not in cells[1]:
            raise ValueError(f"vocabulary.tsv: line {number} is not 'term<TAB>CURIE[<TAB>pattern]': {line!r}")
        rows.append((cells[0], expand_curie(cells[1]), cells[2] if len(cells) > 2 and cells[2] else None))
    return rows


_NEEDS_CUE_KEYS = {label_key(x) for x in _NEEDS_CUE}
_FUNDING_IRIS = {ICKG_NS + c for c in ("FeeForService", "Capitation", "BundledFunding", "PooledBudget",
                                       "SharedSavings", "GlobalBudget", "PayForPerformance", "ProviderIncentive")}


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The lexicon of the packaged ontology (TBox and concept schemes) and the synonym table,
    made once per process, or read where an earlier process kept it (:func:`_kept_path`).

    Why: making it (a copy of the ontology's graph, its labels, the trie) took 0.05-0.17 CPU-s
    of every command that extracts (each ``ickg build``, ``ickg ingest``, ``ickg extract``);
    reading the kept one takes a few milliseconds."""
    from ickg import usercache

    path = _kept_path()
    kept = usercache.read_pickled(path, Lexicon)
    if kept is not None:
        return kept
    from ickg.resources import ontology_graph

    lexicon = Lexicon.from_graph(ontology_graph(), synonyms())
    usercache.keep_pickled(path, lexicon, kept=KEPT_LEXICONS)
    return lexicon


KEPT_LEXICONS = 4  # the user's cache keeps the lexicons of the last few ontologies (ickg versions)


def _kept_path() -> Path:
    """Where the lexicon is kept in the user's cache (:mod:`ickg.usercache`, kind ``lexicon``):
    named by a SHA-256 of everything it is made from, so a file is never read for other inputs:
    the ontology (:func:`ickg.resources.ontology_digest`: its files, the modules that read them,
    rdflib's and pyoxigraph's versions), ``vocabulary.tsv``, this module's source (the keys, the
    trie, the classes pickled) and Python's version (pickle's)."""
    import sys

    from ickg import usercache
    from ickg.resources import ontology_digest

    return usercache.named("lexicon", ".pickle", "ickg lexicon 1", ontology_digest(), sys.version,
                           _vocabulary_table(), Path(__file__).read_bytes())


def _is_label_line(text, start, end, headings):
    """True when ``text[start:end]`` stands as a label rather than in prose: inside a heading, alone on
    its line, or as the "Case study:" tag that opens a line (page chrome, a category of a site, a
    page's kind), not a sentence saying what a study did."""
    if any(s <= start and end <= e for s, e in headings):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before, after = text[line_start:start].strip(), text[end:line_end].strip()
    if not before and (not after or after[0] in ":|»›>-–—/"):
        return True
    return not after.strip("|»›>·•/") and bool(re.fullmatch(r"[\W\d_]*", before))


def resolve(mentions, text, headings=()):
    """One concept per span: the typology the document names, else the ickg class.

    Each span keeps the target whose typology is in sight (its cue occurs in ``text``); failing
    that an ickg class among its targets ("case management": ickg:CaseManagement rather than
    Kodner's and the WHO's concepts); failing that, when several typologies share the term, the
    ickg class their concepts instantiate (``ickg:IntegrationType`` for "professional
    integration"), labelled with the words of the text. A target that needs a cue the text lacks
    (Leutz's "coordination") is dropped, and so is a term that names a kind of business ("a health
    care management firm").

    Also dropped: a concept named only as what is not the case ("rather than full integration"),
    a concept of a scheme whose labels are everyday phrases without that scheme in sight, and a
    study design that stands as a label (a heading, "Case studies" in a site's menu) rather than in
    a sentence about a study; ``headings`` are the (start, end) spans of the document's headings.
    """
    by_span = {}
    for m in mentions:
        by_span.setdefault((m.start, m.end), []).append(m)
    cues = {}

    def cued(scheme):
        if scheme not in cues:
            pattern, words = SCHEME_CUES.get(scheme), SCHEME_CUE_WORDS.get(scheme)
            cues[scheme] = bool(pattern and (words is None or any(w in text for w in words))
                                and pattern.search(text))
        return cues[scheme]

    out = []
    for (start, end), group in by_span.items():
        # _BUSINESS_AFTER opens on a space, a tab or a hyphen: the next character is tested first
        if (text[end:end + 1] in " \t-" and _BUSINESS_AFTER.match(text, end)) or \
                text[max(0, start - 7):start].lower() == "health ":
            if any(m.iri.startswith(ICKG_NS) or (m.target and m.target.scheme == SCHEME_NS + "kodner")
                   for m in group) and not any(m.iri.startswith(PREFIXES["qualifier"]) for m in group):
                continue
        group = [m for m in group if m.target is None or m.target.requires is None
                 or m.target.requires.search(text)]
        if len(group) == 1 and group[0].target and group[0].target.scheme in SCHEME_CUES \
                and label_key(group[0].text) in _NEEDS_CUE_KEYS and not cued(group[0].target.scheme):
            continue
        group = [m for m in group if m.target is None or m.target.scheme not in _SCHEMES_NEEDING_CUE
                 or cued(m.target.scheme)]
        # "than" in the lower-cased window: what _CONTRASTED (re.I, no letter of "rather than" that
        # re.I folds beyond ASCII) cannot match without, a test in C where the search costs ~2 µs.
        if not group or ("than" in text[max(0, start - 48):start].lower()
                         and _CONTRASTED.search(text, max(0, start - 48), start)):
            continue
        # (the first mention of the group tested alone first: most groups have one)
        if group[0].iri.startswith(STUDY_DESIGN_NS) and all(m.iri.startswith(STUDY_DESIGN_NS) for m in group) \
                and _is_label_line(text, start, end, headings):
            continue
        if any(m.iri in _FUNDING_IRIS and m.target and m.target.fallback is None for m in group) and \
                _NEGATED.search(text, max(0, start - 12), start):
            continue                     # "is not paid per service": the text says it is not
        if len(group) <= 1:
            out.extend(group)
            continue
        schemes = {m.target.scheme for m in group if m.target}
        chosen = [m for m in group if m.target and m.target.scheme and cued(m.target.scheme)]
        if len({m.target.scheme for m in chosen}) == 1:
            out.append(chosen[0])
            continue
        classes = [m for m in group if m.iri.startswith(ICKG_NS)]
        if classes:
            out.append(classes[0])
            continue
        fallbacks = sorted({m.target.fallback for m in group if m.target and m.target.fallback})
        if len(schemes) > 1 and fallbacks:
            first = group[0]
            out.append(Mention(fallbacks[0], first.text, start, end, first.text,
                               Target(fallbacks[0], first.text)))
        else:
            out.append(group[0])
    out.sort(key=lambda m: (m.start, m.end))
    return out

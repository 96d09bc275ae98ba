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

from rdflib.namespace import RDFS, SKOS

# Words whose key is two tokens: "healthcare" matches labels written "health care".
_COMPOUNDS = {"healthcare": ("health", "care")}

TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# What may stand between two tokens of one label occurrence: spaces and hyphens, or a comma
# where the label itself has one ("consolidation, common ownership or merger").
_GAP_SPACE = re.compile(r"[ \t\-‐‑–/]*(?:\r?\n[ \t]*)?")
_GAP_COMMA = re.compile(r"[ \t]*,[ \t]*(?:\r?\n[ \t]*)?")

_SPELLING = [
    (re.compile(r"isation"), "ization"),
    (re.compile(r"yse([sd]?)$"), r"yze\1"),
    (re.compile(r"is(e|es|ed|ing)$"), r"iz\1"),
    (re.compile(r"centre"), "center"),
    (re.compile(r"programme"), "program"),
    (re.compile(r"^(.{3,})our(s?)$"), r"\1or\2"),
    (re.compile(r"^(.{3,})ae"), r"\1e"),
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


class Lexicon:
    """A token trie of concept labels.

    Args:
        entries: (label, concept IRI, preferred label of the concept) triples.
    """

    END = "\x00"

    def __init__(self, entries):
        self.trie = {}
        self.size = 0
        for label, iri, pref in entries:
            for variant in _label_variants(label):
                self._insert(variant, (str(iri), str(pref)))

    def _insert(self, steps, target):
        node = self.trie
        for step in steps:
            node = node.setdefault(step, {})
        targets = node.setdefault(self.END, [])
        if target not in targets:
            targets.append(target)
            self.size += 1

    @classmethod
    def from_graph(cls, graph):
        """Every skos:prefLabel and skos:altLabel of ``graph`` (English or without a language)."""
        def english(label):
            return getattr(label, "language", None) in (None, "en")

        prefs = {}
        for subject, label in graph.subject_objects(SKOS.prefLabel):
            if english(label):
                prefs.setdefault(subject, str(label))
        entries = []
        for prop in (SKOS.prefLabel, SKOS.altLabel):
            for subject, label in graph.subject_objects(prop):
                if english(label):
                    entries.append((str(label), subject, prefs.get(subject, str(label))))
        # A class used as a concept (ickg:Barrier with altLabel "challenge") has its preferred
        # label in rdfs:label; without it "challenges" would match and "barriers" would not.
        for subject in {s for s in graph.subjects(SKOS.altLabel) if s not in prefs}:
            for label in graph.objects(subject, RDFS.label):
                if english(label):
                    entries.append((str(label), subject, str(label)))
                    for i, entry in enumerate(entries):
                        if entry[1] == subject:
                            entries[i] = (entry[0], subject, str(label))
        return cls(sorted(entries))

    def find(self, text, *, excluded=()):
        """Every label occurrence in ``text``; overlapping occurrences yield to the longest.

        Args:
            text: the document text.
            excluded: sorted, disjoint (start, end) spans to skip, such as site chrome.

        Returns:
            A list of :class:`Mention`, in text order; a span naming several concepts (the same
            label in two schemes) gives one mention per concept.
        """
        tokens = _tokens(text, excluded)
        trie, end_key = self.trie, self.END
        found = []
        i, n = 0, len(tokens)
        while i < n:
            start, _, first = tokens[i]
            node = trie.get(("", first))
            best = None
            j = i
            while node is not None:
                if end_key in node:
                    best = (j, node[end_key])
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
            for iri, pref in targets:
                found.append(Mention(iri, pref, start, end, text[start:end]))
            i = last + 1
            while i < n and tokens[i][0] < end:   # the rest of a split compound
                i += 1
        return found


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


def _tokens(text, excluded):
    """(start, end, key) of every word outside the excluded spans; compounds give several keys."""
    out = []
    append = out.append
    spans = iter(excluded)
    current = next(spans, None)
    keys_get = _KEYS.get
    for match in TOKEN.finditer(text):
        start = match.start()
        if current is not None:
            while current is not None and current[1] <= start:
                current = next(spans, None)
            if current is not None and current[0] <= start:
                continue
        word = match.group()
        keys = keys_get(word) or _keys_of(word)
        end = match.end()
        for key in keys:
            append((start, end, key))
    return out


def _gap_kind(text, left_end, right_start):
    """How two neighbouring tokens are joined: " " (space or hyphen), "," or None (they are not)."""
    if left_end > right_start:       # two keys of one compound word
        return " "
    if _GAP_SPACE.fullmatch(text, left_end, right_start):
        return " "
    if _GAP_COMMA.fullmatch(text, left_end, right_start):
        return ","
    return None


@lru_cache(maxsize=1)
def default_lexicon():
    """The lexicon of the packaged ontology (TBox and concept schemes), built once per process."""
    from ickg.resources import ontology_graph

    return Lexicon.from_graph(ontology_graph())

"""A trained span tagger for the described objects the rules cut badly: the component, outcome, barrier, goal
or partner a sentence states of the program the rules gave it (issue 12, session 41; tried and not wired into
``ickg extract``: see benchmarks/eval/README.md, "A span tagger for described objects").

The rules find the program a sentence speaks of far more often than the object's words (session 40 counted "object
never found" as the first cause of missed statements). This module reads each sentence the rules gave a subject as
a sequence of tokens and tags the object's span with BIO labels per predicate (``B-OUT``, ``I-OUT``, ...), with a
linear-chain CRF (python-crfsuite) trained on the train part's gold by ``benchmarks/train_span_tagger.py``. The
features are the words, their endings (a lemma by suffix), their shape, the lexicon's concepts and the entities
that cover them, the rules' cue words for a sentence's role and where each token stands from them, and the
section heading the sentence sits under.

:func:`sentence_features` and :func:`gold_tags` are shared by the training script and :func:`propose`, so that
the model sees the same features when it is trained and when it is used. :func:`propose` adds the tagger's
statements to a document's context as ``ickg extract`` would if it were wired in (``source``
``ickg-model/span-tagger@<version>``, the probability calibrated on train as the confidence); the model and its
settings are the files the training script writes (``--model``), read by :func:`load`.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right

from ickg.extract.actors import ORGANIZATION
from ickg.extract.regex import lazy_compile
from ickg.extract.statements.cues import _BARRIER_CUES, _GOAL_CUES, _OUTCOME_VERBS
from ickg.extract.statements.statement import BARRIER, GOAL, ICKG, MECHANISM, OUTCOME, node

NAME = "span-tagger"
# The predicates the tagger proposes, by the short tag its labels use, with the type of the object it makes.
TAGS = {"COMP": (ICKG + "hasComponent", MECHANISM), "OUT": (ICKG + "hasOutcome", OUTCOME),
        "BAR": (ICKG + "facesBarrier", BARRIER), "GOAL": (ICKG + "hasGoal", GOAL),
        "PART": (ICKG + "hasPartner", ORGANIZATION)}
TAG_OF = {predicate: tag for tag, (predicate, _) in TAGS.items()}

_TOKEN = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")
# Words that announce a part or a partner: the rules' own cues for goals, outcomes and barriers are imported.
_COMPONENT_CUES = lazy_compile(r"\b(?:includ\w*|offer\w*|provid\w*|components?|elements?|features?|pillars?|consists?|"
                               r"comprises?|delivered|services?|duties|tasks|through|uses?|introduc\w*|set[ ]up|"
                               r"created|funds?|pays?|links?|lets?|supports?)\b", re.I)
_PARTNER_CUES = lazy_compile(r"\b(?:partners?\w*|with|together|jointly|collaborat\w*|helped|support\w*|contracts?|"
                             r"alongside|between|and)\b", re.I)
_CUES = (("goal", _GOAL_CUES), ("out", _OUTCOME_VERBS), ("bar", _BARRIER_CUES), ("comp", _COMPONENT_CUES),
         ("part", _PARTNER_CUES))
_GATES = {"OUT": _OUTCOME_VERBS, "BAR": _BARRIER_CUES, "GOAL": _GOAL_CUES}
_HEADING = lazy_compile(r"(?m)^[ \t]*(?:[-*•]|\d{1,2}[.)])?[ \t]*([A-Z][^\n.!?]{0,60}?):?[ \t]*$")


def tokens(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The (start, end) of each word and punctuation mark of ``text[start:end]``."""
    return [(m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]


def _shape(word):
    shape = re.sub(r"[A-Z]", "X", re.sub(r"[a-z]", "x", re.sub(r"\d", "d", word)))
    return re.sub(r"(.)\1+", r"\1\1", shape)


def _bucket(n):
    return "0" if n == 0 else "1" if n == 1 else "2" if n == 2 else "3-4" if n <= 4 else "5-8" if n <= 8 else "9+"


def headings(text: str) -> tuple[list[int], list[str]]:
    """The short lines without a full stop (a handout's "WHAT PAST MEMBERS FOUND HARD", a note's "Risks we see"),
    by where they start: a sentence under one is read with its words."""
    starts, words = [], []
    for m in _HEADING.finditer(text):
        line = m.group(1)
        if len(line.split()) <= 7:
            starts.append(m.start())
            words.append(" ".join(w.lower() for w in re.findall(r"[A-Za-z]+", line)[:5]))
    return starts, words


def sentence_features(text: str, start: int, end: int, spans: list[tuple[int, int]], marks: list[tuple[int, int, str]],
                      heading: str) -> list[list[str]]:
    """The features of each token of the sentence ``text[start:end]`` (its tokens ``spans``); ``marks`` are
    (start, end, kind) of the lexicon's concepts and the document's entities in it, ``heading`` the words of the
    heading above it."""
    words = [text[s:e] for s, e in spans]
    lower = [w.lower() for w in words]
    cue_at = {}
    for name, pattern in _CUES:
        cue_at[name] = [m.start() for m in pattern.finditer(text, start, end)]
    kind_at = [""] * len(spans)
    for ms, me, kind in marks:
        for i, (s, e) in enumerate(spans):
            if ms <= s and e <= me:
                kind_at[i] = kind
    head = [f"h={w}" for w in heading.split()[:5]]
    bullet = text[max(0, start - 3):start].strip() in ("-", "*", "•") or text.startswith(("- ", "• "), start)
    out = []
    n = len(spans)
    for i, (s, e) in enumerate(spans):
        w, lw = words[i], lower[i]
        f = ["b", f"w={lw}", f"s3={lw[-3:]}", f"s2={lw[-2:]}", f"p3={lw[:3]}", f"sh={_shape(w)}",
             f"pos={_bucket(i)}", f"left={_bucket(n - 1 - i)}"]
        if w[:1].isupper():
            f.append("cap")
        if kind_at[i]:
            f.append(f"k={kind_at[i]}")
        for name, at in cue_at.items():
            if not at:
                continue
            before = sum(1 for a in at if a < s)
            nearest = min(at, key=lambda a: abs(a - s))
            f.append(f"{name}={'after' if nearest < s else 'at' if nearest == s else 'before'}")
            if before:
                f.append(f"{name}-seen")
        for d in (-2, -1, 1, 2):
            j = i + d
            f.append(f"w{d}={lower[j]}" if 0 <= j < n else f"w{d}=<>")
        if i > 0:
            f.append(f"w-1|w={lower[i - 1]}|{lw}")
        if kind_at[i] and (i == 0 or kind_at[i - 1] != kind_at[i]):
            f.append("k-start")
        if bullet:
            f.append("bullet")
        f.extend(head)
        out.append(f)
    return out


def gold_tags(spans: list[tuple[int, int]], objects: list[tuple[int, int, str]]) -> list[str]:
    """BIO labels of the tokens ``spans`` for the object spans (start, end, tag) of one sentence."""
    tags = ["O"] * len(spans)
    for os_, oe, tag in sorted(objects):
        inside = [i for i, (s, e) in enumerate(spans) if os_ <= s and e <= oe]
        if not inside or any(tags[i] != "O" for i in inside):
            continue
        tags[inside[0]] = f"B-{tag}"
        for i in inside[1:]:
            tags[i] = f"I-{tag}"
    return tags


def spans_of(tags: list[str], marginal) -> list[tuple[int, int, str, float]]:
    """(first token, last token + 1, tag, probability) of each tagged span; the probability is the mean of the
    tokens' marginal probabilities of their labels (``marginal(label, i)``)."""
    out = []
    i = 0
    while i < len(tags):
        if tags[i] == "O":
            i += 1
            continue
        tag = tags[i][2:]
        j = i + 1
        while j < len(tags) and tags[j] == f"I-{tag}":
            j += 1
        p = sum(marginal(tags[k], k) for k in range(i, j)) / (j - i)
        out.append((i, j, tag, p))
        i = j
    return out


def load(path: str) -> tuple[object, dict]:
    """(crfsuite Tagger, settings) of the model at ``path`` and the settings beside it (``.json``)."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    with open(str(path).rsplit(".", 1)[0] + ".json", encoding="utf-8") as f:
        return tagger, json.load(f)


def calibrated(p: float, table: list[list[float]]) -> float:
    """The share of spans right on train among those whose probability was in ``p``'s bin (``table``: [lowest
    probability of the bin, share right]), at most 0.95."""
    share = 0.0
    for low, right in table:
        if p >= low:
            share = right
    return round(min(share, 0.95), 3)


def document_marks(ctx) -> tuple[list[int], list[tuple[int, int, str]]]:
    """(start, end, kind) of the concepts, entities and places the document names, sorted by start (with the
    starts apart, for :func:`sentence_marks`)."""
    marks = [(m.start, m.end, "concept") for m in ctx.mentions]
    marks += [(e.start, e.end, e.kind) for e in ctx.entities if e.start is not None and e.end is not None]
    marks += [(p.start, p.end, "place") for p in ctx.places]
    marks.sort()
    return [m[0] for m in marks], marks


def sentence_marks(marks, start, end):
    """The marks of :func:`document_marks` that start in ``[start, end)``."""
    starts, items = marks
    return items[bisect_left(starts, start):bisect_left(starts, end)]


def heading_of(heads, pos):
    starts, words = heads
    i = bisect_right(starts, pos) - 1
    return words[i] if i >= 0 else ""


def tag_sentences(ctx, sentences, tagger):
    """[(start, end, subject, [(span start, span end, tag, probability)])] of each sentence (start, end, subject)."""
    heads = headings(ctx.text)
    marks = document_marks(ctx)
    out = []
    for start, end, subject in sentences:
        spans = tokens(ctx.text, start, end)
        if len(spans) < 3:
            continue
        feats = sentence_features(ctx.text, start, end, spans, sentence_marks(marks, start, end),
                                  heading_of(heads, start))
        tagger.set(feats)
        tags = tagger.tag()
        found = [(spans[i][0], spans[j - 1][1], tag, p) for i, j, tag, p in spans_of(tags, tagger.marginal)]
        out.append((start, end, subject, found))
    return out


def propose(ctx, sentences, tagger, settings) -> None:
    """Add to ``ctx`` the statements the tagger finds in ``sentences`` ((start, end, subject entity) each) at or
    above its threshold, unless a rule stated the same predicate of an object sharing its words."""
    from ickg.extract.statements.context import _program_node

    threshold, table, version = settings["threshold"], settings["calibration"], settings["version"]
    gate = settings.get("gate", False)
    said = {}
    for st in ctx.out:
        said.setdefault(st.predicate, []).append((st.start, st.end, set(_words(st.object.get("label", "")))))
    for start, end, subject, found in tag_sentences(ctx, sentences, tagger):
        for s, e, tag, p in found:
            if p < threshold:
                continue
            if gate and tag in _GATES and not _GATES[tag].search(ctx.text, start, end):
                continue             # an outcome, barrier or goal only where the rules' cue for one is
            predicate, type_ = TAGS[tag]
            label = ctx.text[s:e].strip(" ,;:.")
            words = set(_words(label))
            if not words or any(a < end and start < b and len(words & w) * 2 >= min(len(words), len(w))
                                for a, b, w in said.get(predicate, [])):
                continue
            before = len(ctx.out)
            obj = node(label, type_)
            shorter = shorter_forms(label)
            if shorter and type_ != ORGANIZATION:
                from ickg.extract.statements.phrases import label_forms

                obj["aliases"] = list(dict.fromkeys(label_forms(label, ctx.text, start, end) + shorter))
            ctx.add(_program_node(subject), predicate, obj, start, end, NAME, calibrated(p, table))
            if len(ctx.out) > before:
                made = ctx.out[-1]
                made.rule = NAME
                made.confidence = calibrated(p, table)
                made.extra["source"] = f"ickg-model/{NAME}@{version}"
                made.extra["p"] = p


_CLAUSE_BREAK = re.compile(r",[ ]|[ ](?:which|who|that|when|because|so[ ]that|while|whereas|and|but|as|after|before|"
                           r"until|where|with|for|in|of|to|on|at|by|from)[ ]")


def shorter_forms(label: str) -> list[str]:
    """The label cut before each clause break or preposition that leaves two words or more ("difficulty recruiting
    psychiatrists" of "difficulty recruiting psychiatrists and other clinicians in regional areas"): a reader names
    a described thing by its head more often than by the whole clause."""
    out = []
    for m in _CLAUSE_BREAK.finditer(label):
        head = label[:m.start()].strip()
        if len(head.split()) >= 2 and head not in out:
            out.append(head)
    return out


def _words(label):
    return [w for w in re.findall(r"\w+", label.lower()) if len(w) > 2]

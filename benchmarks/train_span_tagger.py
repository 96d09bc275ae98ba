"""Train, cross-validate and evaluate the span tagger of ``ickg.extract.statements.tagger`` (issue 12, session 41).

    python benchmarks/train_span_tagger.py --cv          # 5 folds by document over the training documents (~1 min)
    python benchmarks/train_span_tagger.py --write       # and train on all of them, write --model and its settings
    python benchmarks/train_span_tagger.py --evaluate    # rules alone and rules + tagger on dev and the held-out ones
    python benchmarks/train_span_tagger.py --oracle      # the most the tagger could add: gold spans stated as it would
    python benchmarks/train_span_tagger.py --curve       # exact-span figures on held-out folds, by training size

Needs python-crfsuite (``pip install python-crfsuite``; not a dependency of ickg: the tagger is not wired in).

Trained on the train part only, without the held-out documents of sessions 39-41 (names with ent39, stmtA39,
stmtB39, prog40, subj40, org40 or crf41): those and the dev part are for evaluation; the test part is never read.
Each sentence the rules give a subject is a sequence of tokens; its labels mark the object spans of the gold
statements of hasComponent, hasOutcome, facesBarrier, hasGoal and hasPartner whose quote holds them (the words of the
quote that best cover the gold object's words). The threshold is the lowest probability at which the tagger's
added statements were right, in the inner cross-validation on train, at least as often as the rules' statements
there; the calibration table is the share right per probability bin in the same cross-validation.
"""

import argparse
import copy
import json
import random
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import score_extraction as se  # noqa: E402
import span_tagger as tg  # noqa: E402
import ickg.extract.document as document  # noqa: E402
from ickg.extract.statements.reading import _sentence_spans  # noqa: E402
from ickg.extract.statements.subjects import subject_of  # noqa: E402

HELD_OUT = ("ent39", "stmtA39", "stmtB39", "prog40", "subj40", "org40", "crf41")
SEED = 41
SHOW_CV = False
GATE = False               # --gate: outcomes, barriers and goals only on sentences with the rules' cue for one
WHY = defaultdict(int)
SPAN = [0, 0, 0, 0]        # exact spans right, tagged, gold; tagged spans overlapping a gold span of their tag


def wrong_cause(d, st, onto):
    """Why an added statement matched no new gold statement (counts for the cross-validation's report)."""
    _, pairs = se.score_statements(d["gold"], d["rules"], onto)
    same = [(i, g) for i, g in enumerate(d["gold"]) if se.expand(g["predicate"]) == st["predicate"]
            and se.quotes_match(st, g)]
    if not same:
        return "no gold statement of its predicate on the sentence"
    if all(i in pairs for i, _ in same):
        return "its gold statements already matched by the rules"
    for i, g in same:
        if i not in pairs and se.score_statements([g], [dict(st, subject=g["subject"])], onto)[1]:
            return "subject wrong"
    return "object label differs from the gold one"
PARAMS = {"c1": 0.3, "c2": 0.1, "max_iterations": 150, "feature.possible_transitions": True}
THRESHOLDS = (0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95)
MODEL = Path("/tmp/ickg-span-tagger/span_tagger.crfsuite")     # --model
VERSION = "1"
_STOP = {"the", "and", "for", "with", "that", "this", "their", "its", "are", "was", "were", "has", "have", "from",
         "into", "than", "who", "which", "all", "more", "not"}


def parts():
    split = se.load_split()
    train = [n for n in split["parts"]["train"] if not any(h in n for h in HELD_OUT)]
    held = [n for n in split["parts"]["train"] if any(h in n for h in HELD_OUT)]
    return sorted(train), sorted(split["parts"]["dev"]), sorted(held)


def read(name):
    """(ctx after the rules, the rules' statements as the report prints them, sentences (start, end, subject),
    gold statements). The rules' context is kept by wrapping the name the document module calls."""
    kept = {}
    original = document.find_statements

    def keeping(*args, **kwargs):
        out, ctx = original(*args, **kwargs)
        kept["ctx"] = ctx
        return out, ctx

    document.find_statements = keeping
    try:
        record = document.extract(se.document_path(name))
    finally:
        document.find_statements = original
    ctx = kept["ctx"]
    sentences = []
    for s, e in _sentence_spans(ctx):
        subject = subject_of(ctx, s, e)
        if subject is not None:
            sentences.append((s, e, subject))
    return ctx, record.as_json().get("statements") or [], sentences, se.load_gold(name).get("statements", [])


def _stem(word):
    return word.lower()[:5]


def locate_quote(text, quote):
    words = re.findall(r"\w+", quote)
    if not words:
        return None
    m = re.search(r"\W+".join(map(re.escape, words)), text, re.I)
    return (m.start(), m.end()) if m else None


def align(text, qs, qe, labels):
    """(start, end) of the words of text[qs:qe] that state the gold object: the longest run that matches one of its
    labels by the scorer's rule L, else the run that best covers its words, or None."""
    spans = tg.tokens(text, qs, qe)
    best, best_score = None, 0.0
    n = len(spans)
    for label in labels:
        want = {_stem(w) for w in re.findall(r"\w+", label) if len(w) > 2 and w.lower() not in _STOP}
        if not want:
            continue
        inl = [_stem(text[s:e]) in want for s, e in spans]
        size = len(label.split())
        for i in range(n):
            if not inl[i]:
                continue
            got = set()
            for j in range(i, min(n, i + 2 * size + 4)):
                if not inl[j]:
                    continue
                got.add(_stem(text[spans[j][0]:spans[j][1]]))
                words = text[spans[i][0]:spans[j][1]]
                if se.labels_match(words, label):
                    score = 2 + (j - i) * 0.01
                else:
                    cover = len(got) / len(want)
                    score = cover - 0.04 * ((j - i + 1) - sum(inl[i:j + 1])) if cover >= 0.6 else 0
                if score > best_score:
                    best, best_score = (spans[i][0], spans[j][1]), score
    return best


def examples(ctx, sentences, gold):
    """[(features, labels)] of each sentence, and how many gold objects were placed / not placed."""
    text = ctx.text
    objects = defaultdict(list)
    placed = missed = 0
    starts = [s for s, _, _ in sentences]
    for g in gold:
        tag = tg.TAG_OF.get(se.expand(g["predicate"]))
        if tag is None:
            continue
        at = (g["start"], g["end"]) if "start" in g and text[g["start"]:g["end"]].lower() == g["quote"].lower() \
            else locate_quote(text, g["quote"])
        labels = [g["object"].get("label", "")] + list(g["object"].get("aliases") or [])
        span = align(text, *at, labels) if at else None
        if span is None:
            missed += 1
            continue
        placed += 1
        for s, e, _ in sentences:
            if s <= span[0] and span[1] <= e:
                objects[s].append((span[0], span[1], tag))
                break
    heads = tg.headings(text)
    marks = tg.document_marks(ctx)
    out = []
    for s, e, _ in sentences:
        spans = tg.tokens(text, s, e)
        if len(spans) < 3:
            continue
        feats = tg.sentence_features(text, s, e, spans, tg.sentence_marks(marks, s, e), tg.heading_of(heads, s))
        out.append((feats, tg.gold_tags(spans, objects.get(s, []))))
    del starts
    return out, placed, missed


def train(rows, path):
    """Train the CRF on ``rows`` and write it to ``path`` (L-BFGS: the same rows give the same model)."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for feats, labels in rows:
        trainer.append(feats, labels)
    trainer.set_params(PARAMS)
    trainer.train(str(path))


def proposals(ctx, sentences, path):
    """The statements the tagger at ``path`` adds to the rules' (as report dicts, with the raw probability "p"),
    at the lowest threshold: each setting cuts them afterwards."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    settings = {"threshold": min(THRESHOLDS), "calibration": [[0.0, 0.5]], "version": VERSION, "gate": GATE}
    work = copy.copy(ctx)
    work.out, work.seen = list(ctx.out), dict(ctx.seen)
    before = len(work.out)
    try:
        tg.propose(work, sentences, tagger, settings)
    finally:
        tagger.close()
    out = []
    for st in work.out[before:]:
        d = st.as_json(ctx.text)
        d["source"] = st.extra["source"]
        d["p"] = st.extra["p"]
        out.append(d)
    return out


def right_of(gold, rules, added, onto):
    """Gold statements matched by the rules alone and by rules + added."""
    def count(preds):
        by_predicate, pairs = se.score_statements(gold, preds, onto)
        return len(pairs), sum(c.pred for c in by_predicate.values())
    return count(rules), count(rules + added)


def span_counts(model, rows):
    """(exact spans right, tagged, gold, tagged overlapping a gold span of their tag) of the model
    file ``model`` over ``rows`` ((features, gold labels) of each sentence)."""
    import pycrfsuite

    counts = [0, 0, 0, 0]
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    for feats, labels in rows:
        tagger.set(feats)
        got = {(i, j, t) for i, j, t, _ in tg.spans_of(tagger.tag(), tagger.marginal)}
        want = {(i, j, t) for i, j, t, _ in tg.spans_of(labels, lambda *_: 1.0)}
        counts[0] += len(got & want)
        counts[1] += len(got)
        counts[2] += len(want)
        counts[3] += sum(1 for a in got if any(a[2] == b[2] and a[0] < b[1] and b[0] < a[1] for b in want))
    tagger.close()
    return counts


def cross_validate(data, folds=5, seed=SEED, work=Path("/tmp/crf41-cv")):
    """[(p, right)] of every statement the tagger adds on held-out folds, and the rules' figures there."""
    work.mkdir(exist_ok=True)
    names = sorted(data)
    random.Random(seed).shuffle(names)
    onto = se.load_ontology()
    scored = []
    rules_right = rules_pred = gold_n = 0
    for k in range(folds):
        test = set(names[k::folds])
        rows = [r for n in names if n not in test for r in data[n]["rows"]]
        path = work / f"fold{k}.crfsuite"
        train(rows, path)
        for i, n in enumerate(span_counts(path, [r for n in sorted(test) for r in data[n]["rows"]])):
            SPAN[i] += n
        for n in sorted(test):
            d = data[n]
            added = proposals(d["ctx"], d["sentences"], path)
            gold_oriented = [(se._oriented(g, onto), g) for g in d["gold"]]
            (r0, p0), _ = right_of(d["gold"], d["rules"], [], onto)
            rules_right, rules_pred, gold_n = rules_right + r0, rules_pred + p0, gold_n + len(d["gold"])
            # a statement is right when rules + it match one gold statement more than the rules alone
            for st in added:
                (r1, _), _ = right_of(d["gold"], d["rules"] + [st], [], onto)
                scored.append((st["p"], r1 > r0, compact_pred(st), n))
                if not r1 > r0 and st["p"] >= 0.5:
                    WHY[wrong_cause(d, st, onto)] += 1
                if SHOW_CV and st["p"] >= 0.8:
                    print(f"   {'RIGHT' if r1 > r0 else 'wrong'} {st['p']:.2f} {compact_pred(st)} "
                          f"{st['subject']['label'][:25]!r} {st['object']['label']!r} <- {st['quote'][:150]!r}")
            del gold_oriented
    return scored, (rules_right, rules_pred, gold_n)


def compact_pred(st):
    return se.compact(st["predicate"])


def choose(scored, rules_precision):
    """The lowest threshold whose added statements are right at least as often as the rules', and the calibration
    table (share right per probability bin)."""
    chosen = None
    for t in THRESHOLDS:
        kept = [r for p, r, *_ in scored if p >= t]
        if len(kept) >= 5 and sum(kept) / len(kept) >= rules_precision:
            chosen = t
            break
    table = []
    for low in (0.0, *THRESHOLDS):
        inbin = [r for p, r, *_ in scored if p >= low]
        if inbin:
            table.append([low, round(sum(inbin) / len(inbin), 3)])
    return chosen, table


def load(names, label):
    t0 = time.time()
    data = {}
    placed = missed = 0
    for n in names:
        ctx, rules, sentences, gold = read(n)
        rows, a, b = examples(ctx, sentences, gold)
        placed, missed = placed + a, missed + b
        data[n] = {"ctx": ctx, "rules": rules, "sentences": sentences, "gold": gold, "rows": rows}
    print(f"{label}: {len(names)} documents, {sum(len(d['rows']) for d in data.values())} sentences, "
          f"gold objects placed {placed}, not placed {missed} ({time.time() - t0:.0f} s)", flush=True)
    return data


def report(scored, rules, label):
    rr, rp, gn = rules
    print(f"{label}: rules {rr}/{gn} right of gold, {rr}/{rp} of proposed ({rr / max(rp, 1):.3f} P)")
    for t in THRESHOLDS:
        kept = [(r, pred) for p, r, pred, _ in scored if p >= t]
        right = sum(r for r, _ in kept)
        by = defaultdict(lambda: [0, 0])
        for r, pred in kept:
            by[pred][0] += r
            by[pred][1] += 1
        detail = ", ".join(f"{k.split(':')[-1]} {a}/{b}" for k, (a, b) in sorted(by.items()))
        print(f"  p >= {t}: tagger adds {len(kept)}, right {right} ({right / max(len(kept), 1):.2f})  [{detail}]")


def oracle(data):
    """Rules + the aligned gold spans as the tagger would state them (the sentence's subject, the span's words):
    the most the tagger could add on train."""
    onto = se.load_ontology()
    added = right = placed = 0
    why = defaultdict(int)
    for n in sorted(data):
        d = data[n]
        ctx, text = d["ctx"], d["ctx"].text
        (r0, _), _ = right_of(d["gold"], d["rules"], [], onto)
        for g in d["gold"]:
            tag = tg.TAG_OF.get(se.expand(g["predicate"]))
            if tag is None:
                continue
            at = locate_quote(text, g["quote"])
            labels = [g["object"].get("label", "")] + list(g["object"].get("aliases") or [])
            span = align(text, *at, labels) if at else None
            if span is None:
                continue
            sent = [(s, e, subj) for s, e, subj in d["sentences"] if s <= span[0] and span[1] <= e]
            if not sent:
                why["no sentence with a subject"] += 1
                continue
            placed += 1
            s, e, subj = sent[0]
            from ickg.extract.statements.context import _program_node
            work = copy.copy(ctx)
            work.out, work.seen = [], {}
            work.add(_program_node(subj), tg.TAGS[tag][0], se_node(text[span[0]:span[1]], tg.TAGS[tag][1]), s, e,
                     "oracle", 0.5)
            if not work.out:
                why["refused by ctx.add"] += 1
                continue
            st = work.out[0].as_json(text)
            (r1, _), _ = right_of(d["gold"], d["rules"] + [st], [], onto)
            if r1 > r0:
                right += 1
            else:
                ok_alone = se.score_statements([g], [st], onto)[1]
                gsub = dict(st, subject=g["subject"])
                why["already matched by the rules" if ok_alone else
                    "subject differs" if se.score_statements([g], [gsub], onto)[1] else "label or quote"] += 1
            added += 1
    print(f"oracle on train: {placed} placed in a sentence with a subject, {right} would be new right statements; "
          f"not: {dict(why)}")


def se_node(label, type_):
    from ickg.extract.statements.statement import node
    return node(label, type_)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cv", action="store_true")
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--evaluate", action="store_true")
    ap.add_argument("--oracle", action="store_true", help="how many missed gold objects the aligned spans would find")
    ap.add_argument("--model", type=Path, default=MODEL, help="where --write writes the model (and its .json)")
    ap.add_argument("--curve", action="store_true")
    ap.add_argument("--with-dev", action="store_true",
                    help="train on train + dev (more gold) and evaluate on the held-out documents only")
    ap.add_argument("--gate", action="store_true", help="outcomes, barriers, goals only where the rules' cue is")
    ap.add_argument("--timing", action="store_true", help="CPU of extraction and of the tagger per evaluated document")
    ap.add_argument("--c1", type=float, default=PARAMS["c1"])
    ap.add_argument("--c2", type=float, default=PARAMS["c2"])
    ap.add_argument("--show", type=int, default=0, help="print N added statements per evaluated part")
    args = ap.parse_args()
    global SHOW_CV, GATE
    SHOW_CV, GATE = args.show > 0, args.gate
    PARAMS.update(c1=args.c1, c2=args.c2)
    train_names, dev_names, held_names = parts()
    print(f"train {len(train_names)} documents (held out of training: {len(held_names)}: "
          f"{', '.join(held_names)})")
    if args.with_dev:
        train_names, dev_names = sorted(train_names + dev_names), []
    data = load(train_names, "train" + (" + dev" if args.with_dev else ""))
    if args.oracle:
        oracle(data)
        return
    if args.curve and not args.evaluate:
        curve(data)
        return
    if args.cv or args.write:
        scored, rules = cross_validate(data)
        report(scored, rules, "train, 5-fold cross-validation")
        print(f"wrong at p >= 0.5, by cause: {dict(WHY)}")
        print(f"spans on held-out folds (all sentences, before any filter): exact {SPAN[0]} of {SPAN[1]} tagged "
              f"({SPAN[0] / max(SPAN[1], 1):.2f} P) and of {SPAN[2]} gold ({SPAN[0] / max(SPAN[2], 1):.2f} R); "
              f"tagged overlapping a gold span of the same tag {SPAN[3]} ({SPAN[3] / max(SPAN[1], 1):.2f})")
        threshold, table = choose(scored, rules[0] / max(rules[1], 1))
        print(f"threshold chosen on train: {threshold}; calibration {table}")
    model, settings_file = args.model, args.model.with_suffix(".json")
    if args.write:
        model.parent.mkdir(parents=True, exist_ok=True)
        train([r for n in sorted(data) for r in data[n]["rows"]], model)
        settings_file.write_text(json.dumps({"version": VERSION, "threshold": threshold if threshold is not None else 1.01,
                                        "calibration": table, "params": PARAMS, "seed": SEED,
                                        "trained_on": len(train_names)}, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {model} ({model.stat().st_size} bytes) and {settings_file.name}")
    if args.evaluate:
        settings = json.loads(settings_file.read_text(encoding="utf-8"))
        onto = se.load_ontology()
        for label, names in (("dev", dev_names), ("held-out", held_names)):
            if not names:
                continue
            part = load(names, label)
            if args.timing:
                timing(part, model)
            scored, rr, rp, gn = [], 0, 0, 0
            joint = defaultdict(lambda: [0, 0])
            shown = 0
            for n in names:
                d = part[n]
                added = proposals(d["ctx"], d["sentences"], model)
                (r0, p0), _ = right_of(d["gold"], d["rules"], [], onto)
                rr, rp, gn = rr + r0, rp + p0, gn + len(d["gold"])
                for t in THRESHOLDS:
                    (_, _), (r1, p1) = right_of(d["gold"], d["rules"], [a for a in added if a["p"] >= t], onto)
                    joint[t][0] += r1
                    joint[t][1] += p1
                for st in added:
                    (r1, _), _ = right_of(d["gold"], d["rules"] + [st], [], onto)
                    scored.append((st["p"], r1 > r0, compact_pred(st), n))
                    if shown < args.show and st["p"] >= 0.7:
                        shown += 1
                        print(f"   {'RIGHT' if r1 > r0 else 'wrong'} {st['p']:.2f} {n[:30]} "
                              f"{compact_pred(st)} {st['object']['label']!r}")
            report(scored, (rr, rp, gn), f"{label} (threshold chosen on train: {settings['threshold']})")
            print("  rules + tagger, all statements: " + "; ".join(
                f"p >= {t}: {a}/{gn} R at {a}/{b} P ({a / max(b, 1):.3f})" for t, (a, b) in sorted(joint.items())))
    if args.curve:
        curve(data)


def timing(part, model, rounds=3):
    """Median CPU ms per document of ``extract`` (the rules) and of the tagger's proposals on the same documents."""
    import statistics

    ext, tag = [], []
    for _ in range(rounds):
        t0 = time.process_time()
        for n in part:
            document.extract(se.document_path(n))
        t1 = time.process_time()
        for n, d in part.items():
            proposals(d["ctx"], d["sentences"], model)
        t2 = time.process_time()
        ext.append((t1 - t0) * 1000 / len(part))
        tag.append((t2 - t1) * 1000 / len(part))
    print(f"  CPU ms per document, median of {rounds}: extract {statistics.median(ext):.1f}, "
          f"tagger (features, tagging, statements) {statistics.median(tag):.1f}")


def curve(data, folds=5, seed=SEED, work=Path("/tmp/crf41-cv")):
    """Exact-span precision and recall on held-out folds when the model is trained on a share of the other folds'
    documents: does more gold help?"""
    work.mkdir(exist_ok=True)
    names = sorted(data)
    random.Random(seed).shuffle(names)
    for share in (0.25, 0.5, 0.75, 1.0):
        right = tagged = gold = 0
        for k in range(folds):
            test = set(names[k::folds])
            rest = [n for n in names if n not in test]
            rest = rest[:max(1, round(len(rest) * share))]
            path = work / f"curve{k}.crfsuite"
            train([r for n in rest for r in data[n]["rows"]], path)
            counts = span_counts(path, [r for n in sorted(test) for r in data[n]["rows"]])
            right, tagged, gold = right + counts[0], tagged + counts[1], gold + counts[2]
        print(f"training on {share:.0%} of the other folds' documents (~{round(len(names) * 0.8 * share)}): exact "
              f"spans {right}/{tagged} P ({right / max(tagged, 1):.2f}), {right}/{gold} R ({right / max(gold, 1):.2f})",
              flush=True)


if __name__ == "__main__":
    main()

"""The span tagger of benchmarks/span_tagger.py and its training script (issue 12, session 41; tried and not wired
into ``ickg extract``): it trains on the train part without the held-out documents, labels the words that state a
gold object, and a model trained on the same sentences is the same model."""

import hashlib
import sys
from pathlib import Path


ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import score_extraction as se  # noqa: E402
import span_tagger as tg  # noqa: E402
import train_span_tagger as tst  # noqa: E402


def test_training_documents_leave_out_the_held_out_ones_dev_and_test():
    train, dev, held = tst.parts()
    split = se.load_split()
    assert not set(train) & set(split["parts"]["test"]) and not set(train) & set(split["parts"]["dev"])
    assert set(dev) == set(split["parts"]["dev"])
    assert not [n for n in train if any(mark in n for mark in tst.HELD_OUT)]
    assert {"train-crf41-orientation-uganda-vht.txt", "train-org40-countrynote-greece-tomy.txt"} <= set(held)


def test_bio_labels_give_back_the_object_spans():
    text = "Risks: a shortage of nurses and separate records."
    spans = tg.tokens(text, 0, len(text))
    objects = [(text.index("shortage"), text.index(" and"), "BAR"), (text.index("separate"), len(text) - 1, "BAR")]
    tags = tg.gold_tags(spans, objects)
    assert tags.count("B-BAR") == 2 and tags[0] == "O"
    found = [(spans[i][0], spans[j - 1][1], t) for i, j, t, _ in tg.spans_of(tags, lambda *_: 1.0)]
    assert found == objects


def test_alignment_takes_the_words_that_state_the_gold_object():
    text = "Many volunteers left after a year because the work is unpaid and their families need income."
    label = "volunteers left because the work is unpaid"
    span = tst.align(text, 0, len(text), [label])
    assert span is not None and se.labels_match(text[span[0]:span[1]], label)       # the scorer's rule L
    assert text[span[0]:span[1]] == "because the work is unpaid"
    assert tst.align(text, 0, len(text), ["shortage of family physicians"]) is None     # not stated here


def test_a_label_is_also_named_by_its_head():
    label = "difficulty recruiting psychiatrists and other clinicians in regional areas"
    assert "difficulty recruiting psychiatrists" in tg.shorter_forms(label)
    assert tg.shorter_forms("waits for care") == []                 # one word before the break: no head


def test_features_mark_where_a_token_stands_from_the_cue():
    text = "The main barrier was a shortage of nurses."
    spans = tg.tokens(text, 0, len(text))
    feats = tg.sentence_features(text, 0, len(text), spans, [], "risks we see")
    words = [text[s:e] for s, e in spans]
    assert "bar=at" in feats[words.index("shortage")]               # a cue of its own
    nurses = feats[words.index("nurses")]
    assert "bar=after" in nurses and "h=risks" in nurses and "w-2=shortage" in nurses
    assert "bar=before" in feats[words.index("main")]
    assert feats == tg.sentence_features(text, 0, len(text), spans, [], "risks we see")


def _rows(sentences):
    rows = []
    for text, obj in sentences:
        spans = tg.tokens(text, 0, len(text))
        objects = [(text.index(obj), text.index(obj) + len(obj), "BAR")] if obj else []
        rows.append((tg.sentence_features(text, 0, len(text), spans, [], ""), tg.gold_tags(spans, objects)))
    return rows


_BARRIERS = ["a shortage of nurses", "long waiting lists", "late payments", "staff turnover", "poor transport",
             "separate records", "unclear budgets", "short contracts", "rural distances", "weak supervision"]


def test_training_is_deterministic_and_tags_a_sentence_it_was_not_trained_on(tmp_path):
    import pycrfsuite  # in the test extra: a missing install fails here rather than skipping

    rows = _rows([(f"The main barrier was {b}.", b) for b in _BARRIERS]
                 + [(f"The clinic opened in {y} in the town.", None) for y in range(2001, 2011)])
    first, second = tmp_path / "a.crfsuite", tmp_path / "b.crfsuite"
    tst.train(rows, first)
    tst.train(rows, second)
    assert hashlib.sha256(first.read_bytes()).digest() == hashlib.sha256(second.read_bytes()).digest()
    tagger = pycrfsuite.Tagger()
    tagger.open(str(first))
    unseen = "The main barrier was a lack of money."
    spans = tg.tokens(unseen, 0, len(unseen))
    tagger.set(tg.sentence_features(unseen, 0, len(unseen), spans, [], ""))
    found = [unseen[spans[i][0]:spans[j - 1][1]] for i, j, t, _ in tg.spans_of(tagger.tag(), tagger.marginal)]
    assert found == ["a lack of money"]
    plain = "The clinic opened in 2015 in the town."
    spans = tg.tokens(plain, 0, len(plain))
    tagger.set(tg.sentence_features(plain, 0, len(plain), spans, [], ""))
    assert set(tagger.tag()) == {"O"}                            # no barrier stated: no span

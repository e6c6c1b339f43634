"""The evaluate stage's scoring pieces: metrics, the TF-IDF baseline, per-fold thresholds, stance scores, attribution
accuracy and the files `dvc plots` reads. The cross-validation itself trains models and runs in `dvc repro`."""

from __future__ import annotations

import json

import numpy as np

from pipeline.corpora import Example
from pipeline.evaluate import (
    attribution_scores,
    gold_value,
    model_cut,
    prf,
    stance_scores,
    tfidf_fit_predict,
    write_plots,
)


def test_prf_counts_a_binary_task():
    out = prf([1, 1, 0, 0], [1, 0, 1, 0])
    assert out == {"precision": 0.5, "recall": 0.5, "f1": 0.5, "support": 2}
    assert prf([0, 0], [0, 0])["f1"] == 0.0  # no positives: zero, not a warning or a crash


def test_gold_propaganda_is_any_technique():
    assert gold_value({"techniques": ["Loaded_Language"], "hedged": 0}, "propaganda") == 1
    assert gold_value({"techniques": [], "hedged": 1}, "propaganda") == 0
    assert gold_value({"techniques": [], "hedged": 1}, "hedged") == 1


def test_tfidf_baseline_learns_a_word_and_handles_one_class():
    train = [Example(f"the storm might come {i}", "t", hedged=1) for i in range(6)]
    train += [Example(f"the storm came on day {i}", "t", hedged=0) for i in range(6)]
    p = tfidf_fit_predict(train, ["it might come", "it came"], "hedged")
    assert p.shape == (2,) and p[0] > 0.5 > p[1]
    only_negative = [Example("plain text", "t", hedged=0)]
    assert tfidf_fit_predict(only_negative, ["anything"], "hedged").tolist() == [0.0]
    assert tfidf_fit_predict(train, [], "hedged").shape == (0,)


def test_tfidf_stance_reads_the_target_beside_the_sentence():
    train = [Example(f"Smith is a liar {i}", "t", target="Smith", stance="against") for i in range(5)]
    train += [Example(f"Smith spoke on Monday {i}", "t", target="Smith", stance="none") for i in range(5)]
    p = tfidf_fit_predict(train, ["Smith", "Smith"], "stance", ["Smith is a liar", "Smith spoke on Monday"])
    assert p.shape == (2, 3)
    assert np.allclose(p.sum(1), 1.0)
    assert p[0].argmax() == 2 and p[1].argmax() == 0  # STANCES = none, favor, against
    assert p[:, 1].max() == 0.0  # a class absent from training gets no probability


def test_model_cut_uses_the_threshold_of_the_fold_that_scored_each_sentence():
    cv = {"thresholds": [{"propaganda": 0.1}, {}], "fold": np.array([0, 1, 0])}
    assert model_cut(cv, "propaganda", 0.5).tolist() == [0.1, 0.5, 0.1]
    assert model_cut({"thresholds": [], "fold": np.array([0, 0])}, "hedged", 0.5).tolist() == [0.5, 0.5]


def test_seed_techniques_are_named_as_analyze_names_them_by_the_fold_that_scored_each_sentence():
    from pipeline.evaluate import technique_scores, technique_sets
    from pipeline.records import TECHNIQUES

    probs = np.zeros((3, len(TECHNIQUES)))
    flag, loaded = TECHNIQUES.index("Flag-Waving"), TECHNIQUES.index("Loaded_Language")
    probs[:, flag], probs[:, loaded] = 0.35, 0.6
    cv = {"model_techniques": probs, "model": {"propaganda": np.array([0.5, 0.5, 0.2])}, "fold": np.array([0, 1, 0]),
          "thresholds": [{"propaganda": 0.4, "techniques": {"Flag-Waving": 0.3}}, {"propaganda": 0.6}]}
    # fold 0 names Flag-Waving at its own 0.3 and Loaded_Language at 0.5; fold 1's gate (0.6) passes nothing; the
    # third sentence is below fold 0's gate
    assert technique_sets(cv, 0.5) == [{"Flag-Waving", "Loaded_Language"}, set(), set()]
    gold = [{"Flag-Waving"}, {"Slogans"}, set()]
    assert technique_scores(gold, technique_sets(cv, 0.5)) == {"precision": 0.5, "recall": 0.5, "f1": 0.5, "support": 2}
    assert technique_scores([set()], [set()]) == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 0}


def test_stance_scores_macro_and_against():
    out = stance_scores(["against", "none", "favor", "against"], ["against", "none", "none", "none"])
    assert out["against_f1"] == round(2 / 3, 4)
    assert out["n"] == 4
    assert 0 < out["macro_f1"] < 1


def test_attribution_scores_count_body_sentences_only():
    gold = {("a", 0, 5): {"kind": "body", "source": "Smith", "attribution": "direct"},
            ("a", 6, 9): {"kind": "body", "source": "author", "attribution": "none"},
            ("a", 10, 12): {"kind": "caption", "source": "author", "attribution": "none"}}
    attributed = [{"article": "a", "start": 0, "end": 5, "source": "Smith", "attribution": "indirect"},
                  {"article": "a", "start": 6, "end": 9, "source": "Jones", "attribution": "none"},
                  {"article": "a", "start": 10, "end": 12, "source": "Jones", "attribution": "none"}]
    out = attribution_scores(attributed, gold)
    assert out == {"source_accuracy_body": 0.5, "attribution_accuracy_body": 0.5, "n_body": 2}


def test_write_plots_writes_confusion_calibration_and_out_of_fold_stance(tmp_path, params):
    tasks = ("hedged", "speculative", "boosted", "propaganda")
    rows = [{"article": "a", "index": i} for i in range(3)]
    golds = [{"hedged": 1, "speculative": 0, "boosted": 0, "techniques": []},
             {"hedged": 0, "speculative": 1, "boosted": 0, "techniques": ["Loaded_Language"]},
             {"hedged": 0, "speculative": 0, "boosted": 1, "techniques": []}]
    cv = {"model": {t: np.array([0.9, 0.2, 0.05]) for t in tasks}, "fold": np.array([0, 1, 0]),
          "thresholds": [{"propaganda": 0.1}, {"propaganda": 0.3}],
          "pairs": [(0, "Smith"), (2, "Smith"), (2, "Jones")],
          "model_stance": np.array([[0.1, 0.1, 0.8], [0.7, 0.2, 0.1], [0.2, 0.6, 0.2]])}
    details = {"rows": rows, "golds": golds, "cv": cv, "stance": (["against", "none"], ["against", "favor"])}
    write_plots(details, params, tmp_path)
    conf = json.loads((tmp_path / "confusion_propaganda.json").read_text())
    # sentence 0 (fold 0, cut 0.1) is flagged; sentence 1 (fold 1, cut 0.3) is not, though gold has a technique
    assert conf == [{"actual": "False", "predicted": "True"}, {"actual": "True", "predicted": "False"},
                    {"actual": "False", "predicted": "False"}]
    calib = json.loads((tmp_path / "calibration_hedged.json").read_text())
    assert sum(b["n"] for b in calib) == 3
    assert json.loads((tmp_path / "confusion_stance.json").read_text())[1] == {"actual": "none", "predicted": "favor"}
    preds = [json.loads(line) for line in (tmp_path / "predictions.jsonl").read_text().splitlines()]
    assert [p["fold"] for p in preds] == [0, 1, 0]
    assert preds[0]["stance"] == {"Smith": {"none": 0.1, "favor": 0.1, "against": 0.8}}
    assert preds[1]["stance"] == {}
    assert set(preds[2]["stance"]) == {"Smith", "Jones"}


def test_each_fold_model_tunes_its_hedged_threshold_on_the_held_out_szeged_lines(monkeypatch):
    """`evaluate` tunes `hedged` per fold model on the lines `train` tunes the final model's threshold on."""
    import pipeline.evaluate as E
    from pipeline.corpora import Example

    held = [Example(f"s{i}", "szeged-wiki", hedged=int(i < 3)) for i in range(10)]
    probs = np.array([0.9, 0.85, 0.8, 0.7, 0.6, 0.1, 0.1, 0.1, 0.1, 0.1])  # 0.75 and 0.8 separate; 0.75 is nearer 0.5
    monkeypatch.setattr(E, "sentence_probs", lambda *a, **k: {"hedged": probs})
    assert E.held_out_cuts(None, None, {}, {"hedged": (held, None)}) == {"hedged": 0.75}
    assert E.held_out_cuts(None, None, {}, {"hedged": ([], None)}) == {}

"""The README's results tables, printed from metric files written for the test."""

import json

from pipeline.results_table import table, variance_table


def test_speed_row_gives_the_ratio_to_the_encoder_measured_in_the_same_run(tmp_path):
    bench = tmp_path / "bench"
    bench.mkdir()
    speed = {"benchmark": "speed", "n": 3, "model": {"sentences": 90, "sentences_per_s": 30.0, "peak_rss_mb": 800},
             "baselines": {"rules": {"sentences": 90, "sentences_per_s": 120.0, "peak_rss_mb": 700}},
             "reference": {"sentences_per_s": 60.0, "before": {"sentences_per_s": 70.0}, "after": {"sentences_per_s": 50.0}},
             "parse_alone": {"sentences": 90, "sentences_per_s": 150.0},
             "ratio_to_reference": {"model": 0.5, "rules": 2.0, "parse_alone": 2.5, "target": 1.74}}
    (bench / "speed.json").write_text(json.dumps(speed))
    row = table(tmp_path / "absent.json", bench).splitlines()[-1]
    assert "| 30 = 0.50× the encoder alone (peak 800 MB) | 120 = 2.00× the encoder alone (peak 700 MB) |" in row
    assert "encoder alone ran 60/s (70 before the two paths, 50 after)" in row and "1.74×" in row
    assert "spaCy's parse alone (segmentation, which both paths start with) ran 150/s = 2.50× the encoder alone" in row


def test_weasel_head_gets_its_own_row_under_the_hedged_label(tmp_path):
    bench = tmp_path / "bench"
    bench.mkdir()
    fig = lambda f: {"precision": f, "recall": f, "f1": f}  # noqa: E731
    weasel = {"benchmark": "wiki-weasel", "n": 10, "model": fig(0.3), "baselines": {"rules": fig(0.35), "tfidf": fig(0.6)},
              "weasel_head": {**fig(0.65), "threshold": 0.3, "threshold_tuned": True, "tfidf_average": True}}
    (bench / "wiki-weasel.json").write_text(json.dumps(weasel))
    rows = table(tmp_path / "absent.json", bench).splitlines()[2:]
    assert rows[0].startswith("| wiki-weasel test, f1 (n=10) | 0.300 | 0.350 | 0.600 |")
    assert rows[1].startswith("| wiki-weasel test, f1 of the `weasel` score (CoNLL-2010's convention; the head averaged with its "
                              "TF-IDF scorer, at the tuned threshold 0.3; a score, not an output label) | 0.650 |")
    # a model folder without the scorer and the tuned threshold (or a bench file from before them) says nothing of them
    weasel["weasel_head"] = fig(0.65)
    (bench / "wiki-weasel.json").write_text(json.dumps(weasel))
    assert "(CoNLL-2010's convention; a score, not an output label) | 0.650 |" in table(tmp_path / "absent.json", bench)


def test_variance_table_lists_every_figure_and_is_empty_without_a_run(tmp_path):
    assert variance_table(tmp_path / "none.json") == ""
    path = tmp_path / "v.json"
    path.write_text(json.dumps({"seeds": [13, 14], "spread": {"ptc_f1": {"min": 0.5, "max": 0.6, "mean": 0.55, "sd": 0.0707}}}))
    lines = variance_table(path).splitlines()
    assert lines[0].startswith("| figure (stage-2 seeds 13, 14)") and lines[2] == "| ptc_f1 | 0.500 | 0.600 | 0.550 | 0.071 |"


def test_basil_stance_gets_a_row_for_the_pairs_that_name_the_target(tmp_path):
    bench = tmp_path / "bench"
    bench.mkdir()
    fig = lambda f, n: {"macro_f1": f, "named": {"macro_f1": f - 0.1, "n": n}}  # noqa: E731
    stance = {"benchmark": "basil-stance", "n": 30, "model": fig(0.5, 20), "baselines": {"rules": fig(0.3, 20), "tfidf": fig(0.4, 20)}}
    (bench / "basil-stance.json").write_text(json.dumps(stance))
    rows = table(tmp_path / "absent.json", bench).splitlines()[2:]
    assert rows[0].startswith("| basil-stance test, macro-f1 (n=30) | 0.500 | 0.300 | 0.400 |")
    assert "names the target, as every pair `framing analyze` scores does (n=20) | 0.400 | 0.200 | 0.300 | same |" in rows[1]


def test_ptc_techniques_get_a_macro_row_and_the_seed_its_out_of_fold_technique_row(tmp_path):
    bench = tmp_path / "bench"
    bench.mkdir()
    fig = lambda f, per: {"f1": f, "technique_micro_f1": f, "technique_f1": per}  # noqa: E731
    ptc = {"benchmark": "ptc", "n": 5, "model": fig(0.6, {"Flag-Waving": 0.4, "Slogans": 0.0}),
           "baselines": {"rules": fig(0.4, {"Flag-Waving": 0.1, "Slogans": 0.1}), "tfidf": fig(0.5, {"Flag-Waving": 0.5, "Slogans": 0.0})}}
    (bench / "ptc.json").write_text(json.dumps(ptc))
    metrics = tmp_path / "eval.json"
    task = {"model": {"f1": 0.5}, "weak": {"f1": 0.6}, "tfidf": {"f1": 0.4}}
    metrics.write_text(json.dumps({**{t: task for t in ("hedged", "speculative", "boosted", "propaganda")},
                                   "techniques": {"model": {"f1": 0.25, "support": 17}, "weak": {"f1": 0.5, "support": 17}},
                                   "stance": {"model": {"macro_f1": 0.4}, "weak": {"macro_f1": 0.5}, "tfidf": {"macro_f1": 0.3},
                                              "against_f1_by_target": {}},
                                   "attribution": {"n_body": 3, "source_accuracy_body": 1.0}}))
    text = table(metrics, bench)
    assert "| seed gold, technique micro-F1 (out of fold; 17 technique labels) | 0.250 | 0.500 | | same |" in text
    assert ("| ptc test, technique macro-F1 (the mean of the 14 techniques' F1; the model names 1 of them with F1 above 0) "
            "| 0.200 | 0.100 | 0.250 | same |") in text

"""`framing bench` on small slices of the public corpora with the tiny test model: the shape and the plumbing.
The real figures come from `framing bench` with the model of `make repro CORPORA=...` (see README)."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import CORPORA, requires_corpora
from pipeline.cli import app

CHECK = Path(__file__).resolve().parents[2] / "shared" / "tools" / "check_output.py"
runner = CliRunner()


def run(tmp_path, tiny_model, *args):
    out = tmp_path / "bench.json"
    res = runner.invoke(app, ["bench", *args, "--data", str(CORPORA), "--model", str(tiny_model), "--out", str(out)])
    assert res.exit_code == 0, res.output
    data = json.loads(out.read_text())
    if CHECK.exists():
        check = subprocess.run([sys.executable, str(CHECK), "bench", str(out)], capture_output=True, text=True)
        assert check.stdout.strip() == "ok", check.stdout
    return data


@pytest.mark.parametrize("name, corpus", [("szeged-news", "szeged-uncertainty"), ("wiki-weasel", "wiki-weasel-clean")])
def test_hedge_benchmarks(tmp_path, tiny_model, name, corpus):
    if not (CORPORA / corpus).exists():
        pytest.skip(f"public corpus not found at {CORPORA / corpus}")
    data = run(tmp_path, tiny_model, name, "--limit", "60", "--train-limit", "300")
    assert data["benchmark"] == name and data["n"] == 60
    for system in (data["model"], data["baselines"]["rules"], data["baselines"]["tfidf"]):
        assert 0 <= system["f1"] <= 1 and {"precision", "recall", "f1"} <= set(system)
    # wiki-weasel also scores the head trained on CoNLL-2010's own convention; Szeged news has no such head
    assert ("weasel_head" in data) == (name == "wiki-weasel")
    if name == "wiki-weasel":
        assert {"precision", "recall", "f1"} <= set(data["weasel_head"])
        # the tiny model has no tuned weasel threshold and no TF-IDF scorer
        assert data["weasel_head"]["threshold"] == 0.5 and not data["weasel_head"]["threshold_tuned"]
        assert not data["weasel_head"]["tfidf_average"]


@requires_corpora("ptc-semeval2020t11")
def test_ptc_benchmark(tmp_path, tiny_model):
    data = run(tmp_path, tiny_model, "ptc", "--limit", "60", "--train-limit", "400")
    assert data["n"] == 60 and "technique_micro_f1" in data["baselines"]["tfidf"]
    assert len(data["model"]["technique_f1"]) == 14


@requires_corpora("basil")
def test_basil_benchmarks(tmp_path, tiny_model):
    stance = run(tmp_path, tiny_model, "basil-stance", "--limit", "40", "--train-limit", "300")
    assert stance["n"] == 40 and 0 <= stance["model"]["macro_f1"] <= 1
    for system in (stance["model"], *stance["baselines"].values()):  # where the errors go, per system
        assert sum(map(sum, system["confusion"]["counts"])) == 40
        # the pairs whose sentence names the target, as every pair `framing analyze` scores does
        assert 0 < system["named"]["n"] <= 40 and 0 <= system["named"]["macro_f1"] <= 1
    quotes = run(tmp_path, tiny_model, "basil-quotes", "--limit", "15")
    assert quotes["n"] >= 15 and 0 <= quotes["model"]["accuracy"] <= quotes["model"]["coverage"] <= 1
    assert quotes["train_split"]["n"] >= 15 and 0 <= quotes["train_split"]["accuracy"] <= 1


def test_stance_errors_are_counted_per_class_and_in_a_confusion_table():
    from pipeline.bench import stance_errors

    gold = ["against", "against", "none", "none", "none", "favor"]
    pred = ["against", "none", "against", "none", "none", "against"]
    out = stance_errors(gold, pred)
    assert out["confusion"]["labels"] == ["none", "favor", "against"]
    assert out["confusion"]["counts"] == [[2, 0, 1], [0, 0, 1], [1, 0, 1]]  # rows: gold; columns: predicted
    assert out["per_class"]["against"] == {"precision": 0.3333, "recall": 0.5, "f1": 0.4, "support": 2}
    assert out["per_class"]["favor"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 1}


def test_unknown_benchmark_or_missing_data_is_one_line(tmp_path, tiny_model):
    res = runner.invoke(app, ["bench", "nope", "--data", str(tmp_path), "--model", str(tiny_model)])
    assert res.exit_code == 2 and "unknown benchmark" in res.output
    res = runner.invoke(app, ["bench", "ptc", "--data", str(tmp_path / "absent"), "--model", str(tiny_model)])
    assert res.exit_code == 2 and "not found" in res.output


def test_speed_benchmark_runs_both_paths_on_a_generated_corpus(tmp_path, tiny_model):
    out = tmp_path / "speed.json"
    res = runner.invoke(app, ["bench", "speed", "--limit", "4", "--model", str(tiny_model), "--out", str(out)])
    assert res.exit_code == 0, res.output
    data = json.loads(out.read_text())
    assert data["n"] == 4
    for path in (data["model"], data["baselines"]["rules"]):
        assert path["sentences"] > 20 and path["sentences_per_s"] > 0 and path["peak_rss_mb"] > 0
    assert data["model"]["sentences"] == data["baselines"]["rules"]["sentences"]
    # the in-run reference: the encoder alone on the same sentences, and every path as a ratio to it
    ref = data["reference"]
    for run in (ref["before"], ref["after"]):  # measured before and after the two paths, on the same sentences
        assert run["sentences"] == min(2048, data["model"]["sentences"]) and run["sentences_per_s"] > 0
    # the mean of the two rounded figures, rounded again: off by at most half a unit of the last digit (plus float error)
    assert abs(ref["sentences_per_s"] - (ref["before"]["sentences_per_s"] + ref["after"]["sentences_per_s"]) / 2) <= 0.05 + 1e-9
    ratios = data["ratio_to_reference"]
    assert ratios["target"] == round(400 / 230, 2)
    assert abs(ratios["model"] - data["model"]["sentences_per_s"] / ref["sentences_per_s"]) < 0.01
    # the floor under both paths: spaCy's parse (segmentation) of the same articles alone, in the same run
    parse = data["parse_alone"]
    assert parse["sentences"] == data["model"]["sentences"] and parse["sentences_per_s"] > 0
    assert abs(ratios["parse_alone"] - parse["sentences_per_s"] / ref["sentences_per_s"]) < 0.01


def test_basil_stance_leaves_out_the_named_score_when_no_pair_names_its_target(tiny_model, monkeypatch):
    import pipeline.bench as B
    from pipeline.corpora import Example
    from pipeline.train import load_model

    pairs = [Example("The tyrant lied again.", "basil", target="John Smith", stance="against"),
             Example("The report was published.", "basil", target="John Smith", stance="none"),
             Example("What a fine plan.", "basil", target="John Smith", stance="favor")]
    monkeypatch.setattr(B, "load_basil_stance", lambda data, split: list(pairs))
    model, tok, cfg = load_model(tiny_model)
    out = B.bench_basil_stance("unused", model, tok, cfg, 0, 0)
    assert out["n"] == 3 and "named" not in out["model"] and all("named" not in b for b in out["baselines"].values())

"""One end-to-end `dvc repro` of the whole pipeline in a temporary copy, with a tiny training budget."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from pipeline.io import ROOT

pytestmark = pytest.mark.slow


def sh(cmd, cwd, env):
    return subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=1500)


def test_dvc_repro_end_to_end(tmp_path):
    work = tmp_path / "proj"
    work.mkdir()
    for name in ("seeds", "pipeline", "data/gold", "bench"):
        shutil.copytree(ROOT / name, work / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "dvc.yaml", work)
    params = yaml.safe_load((ROOT / "params.yaml").read_text())
    params["corpora"]["dir"] = ""
    params["train"].update(epochs=0.3, pretrain_epochs=0.2, seed_weight=1, replay=0)
    (work / "params.yaml").write_text(yaml.safe_dump(params), encoding="utf-8")
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}", "HF_HUB_OFFLINE": "1"}
    dvc = [str(Path(sys.executable).parent / "dvc")]
    assert sh([*dvc, "init", "--no-scm", "-q"], work, env).returncode == 0
    run = sh([*dvc, "repro"], work, env)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]

    metrics = json.loads((work / "metrics/eval.json").read_text())
    for task in ("hedged", "speculative", "boosted", "propaganda"):
        assert set(metrics[task]) == {"model", "weak", "tfidf"}
        assert all(0 <= metrics[task][s]["f1"] <= 1 for s in metrics[task])
    assert metrics["attribution"]["source_accuracy_body"] >= 0.9  # rules, independent of the training budget
    assert metrics["hedged"]["weak"]["f1"] >= 0.8
    report = json.loads((work / "reports/framing.json").read_text())
    assert {"Volodymyr Zelenskiy", "Vadim Prokopiev", "author"} <= set(report["sources"])
    assert (work / "models/model.safetensors").is_file() and (work / "reports/framing.md").is_file()
    assert (work / "data/pretrained/model.safetensors").is_file()
    page = (work / "reports/framing.html").read_text()
    assert "<svg" in page and "Evaluation" in page and "<script" not in page
    lf = json.loads((work / "metrics/lf_analysis.json").read_text())
    assert "accuracy" in lf["hedged"]["lf_epistemic"]
    assert (work / "data/labeled/sentences.parquet").is_file()

    status = sh([*dvc, "status"], work, env)
    assert status.returncode == 0 and "changed" not in status.stdout, status.stdout
    again = sh([*dvc, "repro"], work, env)
    assert again.returncode == 0 and "Running stage" not in again.stdout, again.stdout

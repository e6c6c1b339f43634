"""Shared fixtures: spaCy, default params, and one tiny model trained once per session (seconds, not minutes)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from pipeline.io import ROOT, load_params, load_spacy  # noqa: E402

CORPORA = Path(os.environ.get("FRAMING_CORPORA", ROOT.parent / "shared" / "data"))


@pytest.fixture(scope="session")
def nlp():
    return load_spacy()


@pytest.fixture(scope="session")
def params():
    return load_params()


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory, params):
    """A model fine-tuned for a few steps on sentences written for the tests, saved like `dvc repro` saves one."""
    from pipeline.corpora import Example
    from pipeline.train import fine_tune, save_model

    examples = [
        Example("It might rain tomorrow.", "test", hedged=1, speculative=1, boosted=0, propaganda=0, techniques=[]),
        Example("The meeting took place on Monday.", "test", hedged=0, speculative=0, boosted=0, propaganda=0, techniques=[]),
        Example("I am absolutely positive he will win.", "test", hedged=0, speculative=1, boosted=1, propaganda=0, techniques=[]),
        Example("The corrupt dictator crushed his people.", "test", propaganda=1, techniques=["Name_Calling,Labeling"]),
        Example("Some critics say the rifle is a poor choice.", "test", weasel=1),
        Example("The tyrant lied again.", "test", target="Smith", stance="against"),
        Example("The report was published.", "test", target="Smith", stance="none"),
    ]
    tr = dict(params["train"], epochs=2, batch_size=4)
    model, tok = fine_tune(examples, tr)
    out = tmp_path_factory.mktemp("model")
    save_model(model, tok, out, tr, {"n_examples": len(examples), "by_source": {"test": len(examples)}, "corpora": "",
                                     "epochs": 2, "batch_size": 4, "lr": tr["lr"], "seed": tr["seed"]})
    return out


@pytest.fixture
def model_copy(tmp_path, tiny_model) -> Path:
    """A copy of the tiny model folder that a test may write thresholds and scorers into."""
    import shutil

    out = tmp_path / "model"
    shutil.copytree(tiny_model, out)
    return out


def with_corpora(params: dict, data: Path, cap: dict, thresholds: dict) -> dict:
    """params.yaml's params reading the corpora folder `data` with these caps and `train.thresholds` settings."""
    return {**params, "corpora": {"dir": str(data), "cap": cap}, "train": {**params["train"], "thresholds": thresholds}}


def requires_corpora(*parts: str):
    path = CORPORA.joinpath(*parts)
    return pytest.mark.skipif(not path.exists(), reason=f"public corpus not found at {path} (set FRAMING_CORPORA)")


def _write_ptc(root: Path, articles: dict[str, list[tuple[str, str | None]]]) -> Path:
    """A corpus folder laid out like ../shared/data holding a PTC training split written for a test: per article id,
    its lines, each with the technique of a span over the whole line (None: no span)."""
    base = root / "ptc-semeval2020t11"
    (base / "train-articles").mkdir(parents=True)
    si, tc = [], []
    for aid, lines in articles.items():
        text = "\n".join(line for line, _ in lines) + "\n"
        (base / "train-articles" / f"article{aid}.txt").write_text(text, encoding="utf-8")
        pos = 0
        for line, technique in lines:
            if technique:
                si.append(f"{aid}\t{pos}\t{pos + len(line)}")
                tc.append(f"{aid}\t{technique}\t{pos}\t{pos + len(line)}")
            pos += len(line) + 1
    (base / "train-task1-SI.labels").write_text("\n".join(si) + "\n", encoding="utf-8")
    (base / "train-task2-TC.labels").write_text("\n".join(tc) + "\n", encoding="utf-8")
    return root


@pytest.fixture
def write_ptc():
    return _write_ptc

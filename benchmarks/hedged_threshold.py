"""Does a `hedged` threshold tuned on held-out Szeged lines beat 0.5? Decided on training splits only.

For each model folder: 3,000 Szeged wiki sentences outside the pipeline's training sample (`wiki.xml` is train-only;
drawn with a seed other than `pipeline/thresholds.py`'s) are split in two halves; the threshold with the best F1 on
one half is scored on the other, both ways round, beside F1 at 0.5. Also F1 on the Szeged news *training* sentences
at a few thresholds: stage 1 trained on all of them, so it is a measure of fit, not of generalisation.

    .venv/bin/python benchmarks/hedged_threshold.py models data/pretrained
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
from sklearn.metrics import f1_score

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.corpora import load_szeged  # noqa: E402
from pipeline.io import load_params  # noqa: E402
from pipeline.thresholds import best_threshold, held_out  # noqa: E402
from pipeline.train import load_model, sentence_probs  # noqa: E402


def main(folders: list[str], data: str = "../shared/data", n: int = 3000) -> dict:
    params = load_params()
    params["corpora"]["dir"] = data
    rows = held_out(params, "hedged", n, seed=7)
    news = load_szeged(data, "factbank", "train")
    y, yn = np.array([e.hedged for e in rows]), np.array([e.hedged for e in news])
    first = np.arange(len(rows)) < len(rows) // 2
    out = {}
    for folder in folders:
        model, tok, cfg = load_model(folder)
        p = sentence_probs(model, tok, cfg, [e.text for e in rows])["hedged"]
        res = {}
        for name, tune, score in (("tuned on half A, F1 on B", first, ~first), ("tuned on half B, F1 on A", ~first, first)):
            t, _ = best_threshold(y[tune], p[tune])
            res[name] = {"threshold": t, "f1": round(float(f1_score(y[score], p[score] >= t)), 4),
                         "f1_at_0.5": round(float(f1_score(y[score], p[score] >= 0.5)), 4)}
        pn = sentence_probs(model, tok, cfg, [e.text for e in news])["hedged"]
        res["news_training_fit"] = {str(t): round(float(f1_score(yn, pn >= t)), 4) for t in (0.5, 0.7, 0.8, 0.9, 0.95)}
        out[folder] = res
        print(folder, json.dumps(res))
    return out


if __name__ == "__main__":
    main(sys.argv[1:])

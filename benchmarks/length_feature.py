"""Does a line's length help the `propaganda` (or `weasel`) score? Decided on training splits only.

On PTC's training lines the share of propaganda lines rises with length: 0.15 of the lines under 5 words, 0.32 of
20 to 30, 0.60 of those over 60. The shipped TF-IDF scorer normalises each line's vector, and the transformer reads at
most 64 word pieces, so neither need know a line's length. Two ways to give it:

- `scorer + length`: the shipped word scorer (word 1-2 grams, C=2, balanced) with the line's length as extra
  features (log(1 + words), and one-hot bins 0-4, 5-9, 10-19, 20-29, 30-39, 40-59, 60+, times a scale), averaged with
  the transformer's head as shipped;
- `stacked`: a logistic regression over (logit of the head, logit of the shipped scorer, log(1 + words)), fit on one
  half of the tuning lines and scored on the other (its threshold tuned on the half it was fit on).

Scored as `benchmarks/lexical_variants.py` scores (the pipeline's threshold-tuning lines, no training stage saw them;
mean over 10 random halvings of F1 on one half at the threshold tuned on the other, both ways round). The rule,
written before the first run: a variant is adopted only if its F1 rises by at least 0.01 over the shipped average's,
in at least 8 of the 10 halvings, and (for `scorer + length`) the scorer's 5-fold average precision on its training
lines does not fall.

    .venv/bin/python benchmarks/length_feature.py ../shared/data --out benchmarks/length-feature.json
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.linear_model import LogisticRegression

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.lexical_variants import Words, cv_ap, halvings, setup, task_lines  # noqa: E402
from pipeline import lexical  # noqa: E402
from pipeline.thresholds import best_threshold  # noqa: E402

BINS = (0, 5, 10, 20, 30, 40, 60)


def length_features(texts: list[str], scale: float) -> csr_matrix:
    n = np.array([len(t.split()) for t in texts])
    onehot = np.zeros((len(texts), len(BINS)))
    onehot[np.arange(len(texts)), np.searchsorted(BINS, n, side="right") - 1] = 1.0
    return csr_matrix(np.hstack([np.log1p(n)[:, None] / np.log(100.0), onehot]) * scale)


class WordsAndLength(Words):
    def __init__(self, scale: float = 1.0):
        super().__init__()
        self.scale = scale

    def _features(self, texts, fit: bool):
        return hstack([super()._features(texts, fit), length_features(texts, self.scale)]).tocsr()


def logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return np.log(p / (1 - p))


def stacked_halvings(y: np.ndarray, head: np.ndarray, lex: np.ndarray, texts: list[str], n: int = 10) -> list[float]:
    X = np.column_stack([logit(head), logit(lex), np.log1p([len(t.split()) for t in texts])])
    out = []
    for k in range(n):
        a = np.random.default_rng(k).permutation(len(y)) < len(y) // 2
        for fit, score in ((a, ~a), (~a, a)):
            lr = LogisticRegression(max_iter=1000).fit(X[fit], y[fit])
            t, _ = best_threshold(y[fit], lr.predict_proba(X[fit])[:, 1])
            p = lr.predict_proba(X[score])[:, 1]
            tp = int(((p >= t) & (y[score] == 1)).sum())
            pred, pos = int((p >= t).sum()), int(y[score].sum())
            out.append(2 * tp / (pred + pos) if pred + pos else 0.0)
    return [float(np.mean(out[i:i + 2])) for i in range(0, len(out), 2)]


def main(data: str, model_dir: str, task: str, scales: list[float]) -> dict:
    params, cfg, used, model = setup(data, model_dir)
    held, train, texts, y, hy, htexts, head = task_lines(data, task, params, cfg, used, model)
    weight = float((cfg.get("lexical_weights") or {}).get(task, lexical.WEIGHT))
    chars = (cfg.get("lexical_chars") or {}).get(task)
    hint_scale = float((cfg.get("lexical_hints") or {}).get(task, 0))
    shipped = lexical.fit(train, task, tuple(chars) if chars else None, hint_scale=hint_scale) if (chars or hint_scale) \
        else lexical.fit(train, task)
    lex = shipped.predict(htexts)
    base = halvings(hy, (1 - weight) * head + weight * lex)
    rows = {"head alone": round(float(np.mean(halvings(hy, head))), 4),
            "shipped average": {"f1": round(float(np.mean(base)), 4), "halvings": [round(v, 4) for v in base]}}
    if not chars and not hint_scale:  # the plain word scorer: its own cross-validated average precision, as a base
        rows["shipped scorer cv_average_precision"] = round(cv_ap(texts, y, Words), 4)
        for scale in scales:
            t0 = time.time()
            sl = WordsAndLength(scale).fit(texts, y).predict(htexts)
            f = halvings(hy, (1 - weight) * head + weight * sl)
            rows[f"scorer + length x{scale}"] = {
                "f1": round(float(np.mean(f)), 4), "halvings_above_shipped": int(sum(a > b + 1e-9 for a, b in zip(f, base))),
                "alone_f1": round(float(np.mean(halvings(hy, sl))), 4),
                "cv_average_precision": round(cv_ap(texts, y, lambda s=scale: WordsAndLength(s)), 4),
                "seconds": round(time.time() - t0, 1)}
            print(task, scale, rows[f"scorer + length x{scale}"], flush=True)
    st = stacked_halvings(hy, head, lex, htexts)
    rows["stacked (head, scorer, length)"] = {"f1": round(float(np.mean(st)), 4),
                                              "halvings_above_shipped": int(sum(a > b + 1e-9 for a, b in zip(st, base)))}
    st0 = stacked_halvings(hy, head, lex, [""] * len(htexts))  # the same stacker without length: what stacking alone does
    rows["stacked (head, scorer) without length"] = {"f1": round(float(np.mean(st0)), 4),
                                                     "halvings_above_shipped": int(sum(a > b + 1e-9 for a, b in zip(st0, base)))}
    print(task, json.dumps({k: v for k, v in rows.items() if k != "shipped average"}), rows["shipped average"]["f1"], flush=True)
    return {"task": task, "n_train": len(train), "n_held_out": len(held), "rows": rows}


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("data")
    ap.add_argument("--model", default="models")
    ap.add_argument("--tasks", nargs="+", default=["propaganda"])
    ap.add_argument("--scales", nargs="*", type=float, default=[0.5, 1.0, 2.0])
    ap.add_argument("--out")
    args = ap.parse_args()
    res = {task: main(args.data, args.model, task, args.scales) for task in args.tasks}
    if args.out:
        Path(args.out).write_text(json.dumps(res, indent=1) + "\n")

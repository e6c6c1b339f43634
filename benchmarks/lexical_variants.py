"""Would another word-statistics scorer make a better partner for the transformer? Decided on training splits only.

`propaganda` and `weasel` are scored as the plain average of the transformer's head and a TF-IDF + logistic
regression (pipeline/lexical.py: word 1-2 grams, C=2). This script fits variants of that scorer on exactly the
lines the pipeline fits it on (the task's training corpus minus the threshold-tuning lines and any text of a test
split), and scores each on the pipeline's own threshold-tuning lines (`pipeline.thresholds.held_out`: training lines
no training stage saw), alone and averaged with the shipped transformer's raw head probability. Each figure is the
mean over 10 random halvings of those lines of F1 on one half at the threshold tuned on the other (both ways
round), as the pipeline tunes it. A second, independent view: 5-fold cross-validation of the scorer alone on its
training lines (average precision, threshold-free).

The rule, written before the first run: a variant replaces the current scorer for a task only if its averaged F1
rises by at least 0.01 over the current one's, rises in at least 8 of the 10 halvings, and its cross-validated
average precision does not fall. Of several variants passing, the one with the highest averaged F1.

    .venv/bin/python benchmarks/lexical_variants.py ../shared/data --out benchmarks/lexical-variants.json
    .venv/bin/python benchmarks/lexical_variants.py ../shared/data --weights 0.3 0.4 0.5 0.6 0.7 --out benchmarks/lexical-weights.json
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score
from sklearn.model_selection import StratifiedKFold

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline import lexical  # noqa: E402
from pipeline.io import load_params  # noqa: E402
from pipeline.thresholds import best_threshold, held_out  # noqa: E402
from pipeline.train import corpus_examples, load_model, sentence_probs  # noqa: E402


class Words:
    """TF-IDF word n-grams (+ optional char n-grams) and a logistic regression: the pipeline's scorer and kin."""

    def __init__(self, ngrams=(1, 2), C=2.0, chars: tuple[int, int] | None = None, nb: bool = False):
        self.ngrams, self.C, self.chars, self.nb = ngrams, C, chars, nb

    def _features(self, texts, fit: bool):
        if fit:
            self.vecs = [TfidfVectorizer(ngram_range=self.ngrams, sublinear_tf=True, min_df=2)]
            if self.chars:
                self.vecs.append(TfidfVectorizer(analyzer="char_wb", ngram_range=self.chars, sublinear_tf=True, min_df=3))
        mats = [v.fit_transform(texts) if fit else v.transform(texts) for v in self.vecs]
        return hstack(mats).tocsr() if len(mats) > 1 else mats[0]

    def fit(self, texts, y):
        X = self._features(texts, True)
        y = np.asarray(y)
        if self.nb:  # NB-SVM (Wang & Manning 2012): features scaled by the log-count ratio
            Xb = (X > 0).astype(np.float64)
            p, q = 1 + Xb[y == 1].sum(0), 1 + Xb[y == 0].sum(0)
            self.r = csr_matrix(np.log((p / p.sum()) / (q / q.sum())))
            X = X.multiply(self.r).tocsr()
        self.lr = LogisticRegression(max_iter=3000, C=self.C, class_weight="balanced").fit(X, y)
        return self

    def predict(self, texts):
        X = self._features(texts, False)
        if self.nb:
            X = X.multiply(self.r).tocsr()
        return self.lr.predict_proba(X)[:, 1]


VARIANTS = {
    "current (word 1-2, C=2)": dict(),
    "word 1-2, C=0.5": dict(C=0.5),
    "word 1-2, C=8": dict(C=8.0),
    "word 1-3, C=2": dict(ngrams=(1, 3)),
    "word 1-2 + char 2-5, C=2": dict(chars=(2, 5)),
    "NB-SVM word 1-2, C=2": dict(nb=True),
}


def halvings(y: np.ndarray, p: np.ndarray, n: int = 10) -> list[float]:
    out = []
    for k in range(n):
        a = np.random.default_rng(k).permutation(len(y)) < len(y) // 2
        for tune, score in ((a, ~a), (~a, a)):
            t, _ = best_threshold(y[tune], p[tune])
            tp = int(((p[score] >= t) & (y[score] == 1)).sum())
            pred, pos = int((p[score] >= t).sum()), int(y[score].sum())
            out.append(2 * tp / (pred + pos) if pred + pos else 0.0)
    return [float(np.mean(out[i:i + 2])) for i in range(0, len(out), 2)]


def cv_ap(texts: list[str], y: np.ndarray, spec, folds: int = 5) -> float:
    """5-fold average precision of a scorer on its training lines: `spec` is `Words`' keyword arguments, or a function
    that makes a fresh scorer."""
    make = spec if callable(spec) else (lambda: Words(**spec))
    aps = []
    for tr, te in StratifiedKFold(folds, shuffle=True, random_state=0).split(texts, y):
        m = make().fit([texts[i] for i in tr], y[tr])
        aps.append(average_precision_score(y[te], m.predict([texts[i] for i in te])))
    return float(np.mean(aps))


def setup(data: str, model_dir: str):
    """The params (with `data` as the corpora folder), their thresholds section, the training texts the pipeline's
    stages use (never threshold-tuning lines) and the shipped model, scoring with its heads alone."""
    params = load_params()
    params["corpora"]["dir"] = data
    used = {e.text for e in corpus_examples(params)}
    model, tok, config = load_model(model_dir)
    model.lexical = {}  # the transformer's own head probabilities
    return params, params["train"]["thresholds"], used, (model, tok, config)


def task_lines(data: str, task: str, params: dict, cfg: dict, used: set, model) -> tuple:
    """A task's threshold-tuning lines (as the pipeline draws them) and its scorer's training lines: (held, train,
    training texts, their labels, tuning labels, tuning texts, the head's probabilities on the tuning texts)."""
    n = int(cfg["held_out"] if task == "propaganda" else cfg["weasel_held_out"])
    held = held_out(params, task, n, used)
    train = lexical.training_lines(data, held, task)
    texts, y = [e.text for e in train], np.array([int(getattr(e, task)) for e in train])
    hy, htexts = np.array([int(getattr(e, task)) for e in held]), [e.text for e in held]
    return held, train, texts, y, hy, htexts, sentence_probs(*model, htexts)[task]


def main(data: str, model_dir: str, tasks: list[str]) -> dict:
    params, cfg, used, model = setup(data, model_dir)
    result = {}
    for task in tasks:
        held, train, texts, y, hy, htexts, head = task_lines(data, task, params, cfg, used, model)
        rows = {"head alone": {"f1_halvings": round(float(np.mean(halvings(hy, head))), 4)}}
        base = None
        for name, spec in VARIANTS.items():
            t0 = time.time()
            lex = Words(**spec).fit(texts, y).predict(htexts)
            avg = halvings(hy, 0.5 * head + 0.5 * lex)
            if base is None:
                base = avg
            rows[name] = {"alone_f1": round(float(np.mean(halvings(hy, lex))), 4), "average_f1": round(float(np.mean(avg)), 4),
                          "average_f1_halvings": [round(v, 4) for v in avg],
                          "halvings_above_current": int(sum(a > b + 1e-9 for a, b in zip(avg, base))),
                          "cv_average_precision": round(cv_ap(texts, y, spec), 4), "seconds": round(time.time() - t0, 1)}
            print(task, name, {k: v for k, v in rows[name].items() if k != "average_f1_halvings"}, flush=True)
        result[task] = {"n_train": len(train), "n_held_out": len(held), "variants": rows}
    return result


def weights(data: str, model_dir: str, tasks: list[str], shares: list[float]) -> dict:
    """The share of the scorer in the average, for the scorer params.yaml ships (`lexical_chars`), same halvings.
    The rule, written before the run: a share other than 0.5 is adopted only if its F1 rises by at least 0.01 over
    0.5's and in at least 8 of the 10 halvings."""
    params, cfg, used, model = setup(data, model_dir)
    result = {}
    for task in tasks:
        held, train, _, _, hy, htexts, head = task_lines(data, task, params, cfg, used, model)
        chars = (cfg.get("lexical_chars") or {}).get(task)
        lex = lexical.fit(train, task, tuple(chars) if chars else None).predict(htexts)
        base = halvings(hy, 0.5 * head + 0.5 * lex)
        rows = {}
        for w in shares:
            f = halvings(hy, (1 - w) * head + w * lex)
            rows[str(w)] = {"average_f1": round(float(np.mean(f)), 4),
                            "halvings_above_0.5": int(sum(a > b + 1e-9 for a, b in zip(f, base)))}
            print(task, w, rows[str(w)], flush=True)
        result[task] = {"chars": chars, "n_held_out": len(held), "shares": rows}
    return result


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("data")
    ap.add_argument("--model", default="models")
    ap.add_argument("--tasks", nargs="+", default=["weasel", "propaganda"])
    ap.add_argument("--weights", nargs="*", type=float, help="score these shares of the shipped scorer instead")
    ap.add_argument("--out")
    args = ap.parse_args()
    res = weights(args.data, args.model, args.tasks, args.weights) if args.weights else main(args.data, args.model, args.tasks)
    if args.out:
        Path(args.out).write_text(json.dumps(res, indent=1) + "\n")

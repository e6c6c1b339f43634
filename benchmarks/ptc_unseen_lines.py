"""Propaganda scorers on every PTC *training* line the transformer never saw (issue 5), not only on 2,000 of them.

The stage-1 checkpoint trains on a capped sample of PTC training lines; all other training lines (minus any text
that recurs in a test split) are unseen by the transformer. On those, by 5-fold cross-validation over articles, this
compares the saved model's transformer score, TF-IDF + logistic regression variants (fitted on the PTC training lines
of the other folds' articles), and their averages. F1 is pooled over the folds with each fold's threshold tuned on
the other folds' lines ("tuned"), and at the best single threshold ("best", optimistic). With `--context` it also
scores a second-level model that adds the article's other lines (mean logit, count) and the neighbouring lines'
logits to a line's TF-IDF logit, fitted on half of the articles and scored on the other half.

    .venv/bin/python benchmarks/ptc_unseen_lines.py ../shared/data models [--context]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.corpora import evaluation_texts, load_ptc, normalize_text  # noqa: E402
from pipeline.evaluate import prf  # noqa: E402
from pipeline.io import load_params  # noqa: E402
from pipeline.thresholds import best_threshold  # noqa: E402
from pipeline.train import corpus_examples, load_model, sentence_probs  # noqa: E402


def tfidf_oof(rows, unseen, y, groups, char: bool, C: float) -> np.ndarray:
    import scipy.sparse as sp
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    out = np.zeros(len(unseen))
    for _, te in GroupKFold(5).split(unseen, y, groups):
        held = set(groups[te])
        train = [e for e in rows if e.meta["article"] not in held]
        vecs = [TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2)]
        if char:
            vecs.append(TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2))
        A = sp.hstack([v.fit_transform([e.text for e in train]) for v in vecs]).tocsr()
        B = sp.hstack([v.transform([unseen[i].text for i in te]) for v in vecs]).tocsr()
        lr = LogisticRegression(max_iter=3000, C=C, class_weight="balanced").fit(A, [e.propaganda for e in train])
        out[te] = lr.predict_proba(B)[:, 1]
    return out


def report(name: str, p: np.ndarray, y: np.ndarray, groups: np.ndarray) -> None:
    from sklearn.model_selection import GroupKFold

    pred = np.zeros(len(y), int)
    for tr, te in GroupKFold(5).split(p, y, groups):
        t, _ = best_threshold(y[tr], p[tr])
        pred[te] = p[te] >= t
    t, f = best_threshold(y, p)
    print(f"{name:34} tuned F1 {prf(y, pred)['f1']:.3f} | best {f:.3f} at {t}", flush=True)


def context_model(unseen, y, groups, p_line: np.ndarray) -> None:
    from sklearn.linear_model import LogisticRegression

    logit = np.log(np.clip(p_line, 1e-6, 1 - 1e-6) / np.clip(1 - p_line, 1e-6, 1))
    feats = np.zeros((len(unseen), 5))
    feats[:, 0] = logit
    for art in set(groups):
        idx = sorted(np.flatnonzero(groups == art), key=lambda i: unseen[i].meta["start"])
        total = logit[idx].sum()
        for k, i in enumerate(idx):
            feats[i, 1] = (total - logit[i]) / max(len(idx) - 1, 1)
            feats[i, 2] = np.log(len(idx))
            feats[i, 3] = logit[idx[k - 1]] if k else -3.0
            feats[i, 4] = logit[idx[k + 1]] if k + 1 < len(idx) else -3.0
    arts = sorted(set(groups))
    half = np.isin(groups, arts[::2])
    for cols, name in (([0], "line alone"), ([0, 1, 2], "+ article mean"), ([0, 1, 2, 3, 4], "+ article mean + neighbours")):
        scores = []
        for a, b in ((half, ~half), (~half, half)):
            lr = LogisticRegression().fit(feats[a][:, cols], y[a])
            t, _ = best_threshold(y[a], lr.predict_proba(feats[a][:, cols])[:, 1])
            scores.append(prf(y[b], (lr.predict_proba(feats[b][:, cols])[:, 1] >= t).astype(int))["f1"])
        print(f"context (TF-IDF logit) {name:28} F1 per half {scores[0]:.3f} / {scores[1]:.3f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", type=Path)
    ap.add_argument("model", type=Path)
    ap.add_argument("--context", action="store_true")
    args = ap.parse_args()
    params = load_params()
    params["corpora"]["dir"] = str(args.data)
    tested = evaluation_texts(args.data)
    rows = [e for e in load_ptc(args.data, "train") if normalize_text(e.text) not in tested]
    used = {e.text for e in corpus_examples(params)}
    unseen = [e for e in rows if e.text not in used]
    y = np.array([e.propaganda for e in unseen])
    groups = np.array([e.meta["article"] for e in unseen])
    print(f"{len(rows)} PTC training lines (test texts removed), {len(unseen)} unseen by the transformer, "
          f"{int(y.sum())} propaganda, {len(set(groups))} articles")
    model, tokenizer, config = load_model(args.model)
    model.lexical = {}  # the transformer's own score
    pm = sentence_probs(model, tokenizer, config, [e.text for e in unseen])["propaganda"]
    report("transformer", pm, y, groups)
    for char, C in ((False, 2.0), (True, 2.0), (True, 1.0)):
        pl = tfidf_oof(rows, unseen, y, groups, char, C)
        name = f"tfidf words{' + chars' if char else ''} C={C}"
        report(name, pl, y, groups)
        for w in (0.4, 0.5, 0.6):
            report(f"  average, tfidf weight {w}", (1 - w) * pm + w * pl, y, groups)
        if args.context and not char:
            context_model(unseen, y, groups, pl)


if __name__ == "__main__":
    main()

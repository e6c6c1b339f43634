"""Does the rest of a line's article tell whether the line is propaganda? Decided on training splits only.

PTC's articles differ widely in how much of them is propaganda: some have none of their lines marked, others most.
The pipeline scores each line alone (the transformer's head averaged with the word scorer, `pipeline/lexical.py`),
so a line of a ranting article and the same line in a wire story get the same score. This script asks whether the
scores of the article's *other* lines (their mean, leave-one-out) and of the line's neighbours (the lines just before
and after) add to the line's own, as a logistic regression over the logits (a stacker) fit on one half of the
pipeline's threshold-tuning lines (`pipeline.thresholds.held_out`: whole PTC training articles no training stage saw)
and scored on the other, both ways round, over 10 random halvings *by article* (an article's lines are all on one
side, as a test split's are). No label of the scored half is read: the context is the model's own scores.

The rule, written before the first run: the article context is adopted (and then built into `pipeline.thresholds`,
`framing analyze` and `framing bench ptc`) only if a stacker with it raises the F1 over the shipped average by at
least 0.01, in at least 8 of the 10 halvings, and also beats the stacker without context by at least 0.01 (so that
the gain is the context's, not the stacker's).

    .venv/bin/python benchmarks/article_context.py ../shared/data --out benchmarks/article-context.json
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from length_feature import logit  # noqa: E402
from lexical_variants import setup, task_lines  # noqa: E402

from pipeline import lexical  # noqa: E402
from pipeline.thresholds import best_threshold  # noqa: E402


def context_features(articles: list[str], starts: list[int], score: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per line: the mean logit of the other lines of its article (0 for an article of one line) and the mean logit of
    the lines right before and after it in the article (its own, at an article's edge with no neighbour)."""
    z = logit(score)
    by_article = defaultdict(list)
    for i, (a, s) in enumerate(zip(articles, starts)):
        by_article[a].append((s, i))
    others, neighbours = np.zeros(len(z)), np.zeros(len(z))
    for rows in by_article.values():
        idx = [i for _, i in sorted(rows)]
        total = z[idx].sum()
        for k, i in enumerate(idx):
            others[i] = (total - z[i]) / (len(idx) - 1) if len(idx) > 1 else 0.0
            near = [z[idx[j]] for j in (k - 1, k + 1) if 0 <= j < len(idx)]
            neighbours[i] = float(np.mean(near)) if near else z[i]
    return others, neighbours


def f1_at(y: np.ndarray, p: np.ndarray, t: float) -> float:
    tp = int(((p >= t) & (y == 1)).sum())
    pred, pos = int((p >= t).sum()), int(y.sum())
    return 2 * tp / (pred + pos) if pred + pos else 0.0


def article_halvings(y: np.ndarray, articles: list[str], X: np.ndarray | None, p: np.ndarray | None, n: int = 10) -> list[float]:
    """Mean F1 of both halves per halving: with `X`, a stacker fit (and its threshold tuned) on one half of the
    articles and scored on the other; else the score `p` with its threshold tuned on one half."""
    names = sorted(set(articles))
    arts = np.array(articles)
    out = []
    for k in range(n):
        chosen = set(np.random.default_rng(k).permutation(names)[: len(names) // 2])
        a = np.array([x in chosen for x in arts])
        for fit, score in ((a, ~a), (~a, a)):
            if X is None:
                t, _ = best_threshold(y[fit], p[fit])
                out.append(f1_at(y[score], p[score], t))
                continue
            lr = LogisticRegression(max_iter=1000).fit(X[fit], y[fit])
            t, _ = best_threshold(y[fit], lr.predict_proba(X[fit])[:, 1])
            out.append(f1_at(y[score], lr.predict_proba(X[score])[:, 1], t))
    return [float(np.mean(out[i:i + 2])) for i in range(0, len(out), 2)]


def main(data: str, model_dir: str) -> dict:
    t0 = time.time()
    params, cfg, used, model = setup(data, model_dir)
    held, train, _, _, y, htexts, head = task_lines(data, "propaganda", params, cfg, used, model)
    chars = (cfg.get("lexical_chars") or {}).get("propaganda")
    lex = lexical.fit(train, "propaganda", tuple(chars) if chars else None).predict(htexts)
    avg = 0.5 * head + 0.5 * lex
    articles = [str(e.meta["article"]) for e in held]
    starts = [int(e.meta["start"]) for e in held]
    others, neighbours = context_features(articles, starts, avg)
    own = np.column_stack([logit(head), logit(lex)])
    variants = {
        "shipped average": (None, avg),
        "stacker: head, scorer": (own, None),
        "stacker + article's other lines": (np.column_stack([own, others]), None),
        "stacker + neighbours": (np.column_stack([own, neighbours]), None),
        "stacker + article's other lines + neighbours": (np.column_stack([own, others, neighbours]), None),
    }
    rows, base, plain = {}, None, None
    for name, (X, p) in variants.items():
        f = article_halvings(y, articles, X, p)
        base = f if base is None else base
        plain = f if name == "stacker: head, scorer" else plain
        rows[name] = {"f1": round(float(np.mean(f)), 4), "f1_halvings": [round(v, 4) for v in f],
                      "halvings_above_shipped": int(sum(a > b + 1e-9 for a, b in zip(f, base)))}
        if plain is not None and name != "stacker: head, scorer":
            rows[name]["above_plain_stacker"] = round(float(np.mean(f) - np.mean(plain)), 4)
        print(name, {k: v for k, v in rows[name].items() if k != "f1_halvings"}, flush=True)
    lines_per_article = np.bincount(np.unique(articles, return_inverse=True)[1])
    share = defaultdict(list)
    for a, v in zip(articles, y):
        share[a].append(v)
    shares = np.array([np.mean(v) for v in share.values()])
    return {"n_lines": len(held), "n_articles": len(share), "lines_per_article_median": float(np.median(lines_per_article)),
            "propaganda_share_per_article": {"min": round(float(shares.min()), 3), "median": round(float(np.median(shares)), 3),
                                             "max": round(float(shares.max()), 3)},
            "variants": rows, "seconds": round(time.time() - t0, 1)}


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("data")
    ap.add_argument("--model", default="models")
    ap.add_argument("--out")
    args = ap.parse_args()
    res = main(args.data, args.model)
    if args.out:
        Path(args.out).write_text(json.dumps(res, indent=1) + "\n")

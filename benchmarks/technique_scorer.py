"""Would a TF-IDF scorer per technique, averaged into the transformer's technique head, name techniques better?
Decided on training splits only (forty-sixth session).

The technique head learns from the 2,500 PTC lines stage 1 samples, where a rare technique has a few dozen positive
lines; on the pipeline's held-out tuning lines only Loaded_Language and Name_Calling reach the `min_f1` that gives a
technique its own threshold, so `framing analyze` names almost no other technique. `propaganda` already averages the
head with a TF-IDF + logistic regression fit on all other PTC training lines (pipeline/lexical.py); this script fits
the same kind of scorer per technique (one vocabulary, word 1-2 grams, one balanced logistic regression per
technique; `lexical.fit(..., task="techniques")`) on the same lines and scores the average on the pipeline's own
PTC threshold-tuning lines (about 2,000 training lines no stage trained on, whole articles since this session;
benchmarks/technique-scorer-linewise.json is the first run, on the old line-by-line draw and with the model folder's
propaganda scorer, before this script refit it), as `framing analyze` decides: thresholds from
`pipeline.thresholds.tune` (the propaganda gate applied, `min_support` and `min_f1` from params.yaml) on one half,
technique micro-F1 of the gated technique sets on the other, both ways round, over 10 random halvings.

The rule, written before the first run: adopt the scorer (params.yaml `train.thresholds.lexical` gains
`techniques`) if at a share of 0.5 mean technique micro-F1 rises by at least 0.02 over the head alone and rises in at
least 8 of 10 halvings. Other shares are reported for the record, not chosen. The propaganda label does not change.

    .venv/bin/python benchmarks/technique_scorer.py ../shared/data --out benchmarks/technique-scorer.json
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np
from sklearn.metrics import f1_score

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline import lexical  # noqa: E402
from pipeline.cues import hints_for  # noqa: E402
from pipeline.io import load_params, load_spacy  # noqa: E402
from pipeline.records import TECHNIQUES  # noqa: E402
from pipeline.thresholds import held_out_ptc, technique_thresholds, tune  # noqa: E402
from pipeline.train import corpus_examples, load_model, sentence_probs  # noqa: E402

SHARES = (0.0, 0.3, 0.5, 0.7, 1.0)
RULE_SHARE = 0.5


def gated_sets(probs: dict, thresholds: dict) -> np.ndarray:
    """(lines, techniques) 0/1: a technique at or above its threshold on a line the propaganda gate passes."""
    gate = probs["propaganda"] >= float(thresholds.get("propaganda", 0.5))
    cuts = technique_thresholds({"thresholds": thresholds})
    return (probs["techniques"] >= cuts) & gate[:, None]


def halving_scores(probs: dict, examples: list, Y: np.ndarray, settings: dict, n: int = 10) -> tuple[list[float], list[int]]:
    """Micro-F1 per halving (mean of both directions), and how often each technique got its own threshold."""
    out, adopted = [], np.zeros(len(TECHNIQUES), dtype=int)
    for k in range(n):
        a = np.random.default_rng(k).permutation(len(examples)) < len(examples) // 2
        both = []
        for fit_on, score_on in ((a, ~a), (~a, a)):
            part = {key: v[fit_on] for key, v in probs.items()}
            tuned = tune(part, [e for e, m in zip(examples, fit_on) if m], int(settings.get("min_support", 10)),
                         float(settings.get("min_f1", 0.25)))["thresholds"]
            adopted += np.array([t in tuned["techniques"] for t in TECHNIQUES], dtype=int)
            pred = gated_sets({key: v[score_on] for key, v in probs.items()}, tuned)
            both.append(float(f1_score(Y[score_on], pred, average="micro", zero_division=0)))
        out.append(float(np.mean(both)))
    return out, adopted.tolist()


def main(data: str, model_dir: str) -> dict:
    start = time.time()
    params = load_params()
    params["corpora"]["dir"] = data
    settings = params["train"].get("thresholds", {}) or {}
    used = {e.text for e in corpus_examples(params)}
    held = held_out_ptc(params, int(settings.get("held_out", 2000)), used)
    model, tok, config = load_model(model_dir)
    texts = [e.text for e in held]
    hints = hints_for(texts, load_spacy()) if config.get("cue_hints") else None
    lines = lexical.training_lines(data, held, "techniques")
    # the propaganda gate as `train` builds it on these tuning lines: its scorer refit on the same other lines (the
    # model folder's may have been fit on other tuning lines); the technique head alone
    model.lexical = {"propaganda": lexical.fit(lines, "propaganda")}
    probs = sentence_probs(model, tok, config, texts, hints)
    scorer = lexical.fit(lines, "techniques")
    tfidf = scorer.predict(texts)
    Y = np.array([[int(t in (e.techniques or [])) for t in TECHNIQUES] for e in held])
    rows = []
    for share in SHARES:
        mixed = {"propaganda": probs["propaganda"], "techniques": (1 - share) * probs["techniques"] + share * tfidf}
        per, adopted = halving_scores(mixed, held, Y, settings)
        whole = tune(mixed, held, int(settings.get("min_support", 10)), float(settings.get("min_f1", 0.25)))
        rows.append({"share": share, "micro_f1_halvings": [round(x, 4) for x in per], "mean": round(float(np.mean(per)), 4),
                     "adopted_of_20_tunings": dict(zip(TECHNIQUES, adopted)),
                     "tuned_on_all_2000": {t: r for t, r in whole["report"].items() if t != "propaganda"}})
    base, rule = rows[0], next(r for r in rows if r["share"] == RULE_SHARE)
    higher = sum(b > a for a, b in zip(base["micro_f1_halvings"], rule["micro_f1_halvings"]))
    gain = rule["mean"] - base["mean"]
    return {"what": "technique micro-F1 on the pipeline's held-out PTC threshold-tuning lines (training lines), "
                    "thresholds tuned on one half, scored on the other, 10 halvings",
            "n_lines": len(held), "n_scorer_train": scorer.n_train, "positives": dict(zip(TECHNIQUES, Y.sum(0).tolist())),
            "rows": rows, "rule": {"share": RULE_SHARE, "gain": round(gain, 4), "halvings_higher": higher,
                                   "adopt": bool(gain >= 0.02 and higher >= 8)},
            "seconds": round(time.time() - start, 1)}


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("data")
    ap.add_argument("--model", default="models")
    ap.add_argument("--out", default="benchmarks/technique-scorer.json")
    args = ap.parse_args()
    result = main(args.data, args.model)
    Path(args.out).write_text(json.dumps(result, indent=1) + "\n", "utf-8")
    for r in result["rows"]:
        print(f"share {r['share']}: mean micro-F1 {r['mean']}  {r['micro_f1_halvings']}")
    print("rule:", result["rule"])

"""Stage 5: score the fine-tuned model, the weak labels and a TF-IDF + logistic-regression baseline against gold.

With one seed article the model cannot be scored on sentences it was trained on, so the seed's paragraphs are split
into `evaluate.folds` groups (GroupKFold over paragraphs): for each fold a model is trained with the same recipe as
`train` (public corpora + the weak labels of the other folds) and predicts the held-out fold. The TF-IDF baseline is
trained on the same data per fold.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score, precision_recall_fscore_support
from sklearn.model_selection import GroupKFold

from pipeline import lexical
from pipeline.corpora import Example
from pipeline.cues import hints_for
from pipeline.io import load_params, load_spacy, read_jsonl, write_json, write_jsonl
from pipeline.label import load_gold
from pipeline.records import STANCES, TECHNIQUES
from pipeline.thresholds import BINARY_TUNED, held_out, held_out_ptc, lexical_tasks, tune_binary, tune_for
from pipeline.train import (
    corpus_examples,
    fine_tune,
    predict,
    row_marks,
    seed_training_set,
    sentence_probs,
    stage_two,
    stance_sentence,
)

TASKS = ("hedged", "speculative", "boosted", "propaganda")


def prf(y_true, y_pred) -> dict[str, float]:
    p, r, f, _ = precision_recall_fscore_support(y_true, y_pred, average="binary", zero_division=0)
    return {"precision": round(float(p), 4), "recall": round(float(r), 4), "f1": round(float(f), 4), "support": int(np.sum(y_true))}


def gold_value(g: dict, task: str) -> int:
    return int(bool(g["techniques"])) if task == "propaganda" else int(g[task])


def tfidf_fit_predict(train: list[Example], test_texts: list[str], task: str, test_pairs: list[str] | None = None) -> np.ndarray:
    """TF-IDF (word 1-2 grams) + logistic regression on the examples labeled for `task`; probabilities of class 1
    (binary) or of each stance class."""
    if task == "stance":
        rows = [(f"{e.target} || {e.text}", STANCES.index(e.stance)) for e in train if e.stance]
        test = [f"{t} || {s}" for t, s in zip(test_texts, test_pairs or [])]
    else:
        rows = [(e.text, int(getattr(e, task))) for e in train if getattr(e, task) is not None]
        test = test_texts
    if not test:
        return np.zeros((0, 3)) if task == "stance" else np.zeros(0)
    labels = {y for _, y in rows}
    if len(labels) < 2:
        const = next(iter(labels)) if labels else 0
        if task == "stance":
            out = np.zeros((len(test), 3))
            out[:, const] = 1.0
            return out
        return np.full(len(test), float(const))
    vec = TfidfVectorizer(ngram_range=(1, 2), min_df=1, sublinear_tf=True)
    X = vec.fit_transform([t for t, _ in rows])
    clf = LogisticRegression(max_iter=2000, class_weight="balanced", random_state=0)
    clf.fit(X, [y for _, y in rows])
    proba = clf.predict_proba(vec.transform(test))
    if task == "stance":
        out = np.zeros((len(test), 3))
        for k, c in enumerate(clf.classes_):
            out[:, c] = proba[:, k]
        return out
    return proba[:, list(clf.classes_).index(1)]


def cross_validate(rows: list[dict], params: dict, gold: dict, pretrained: str = "data/pretrained") -> dict:
    """Out-of-fold predictions of the model and the TF-IDF baseline for every seed sentence and stance pair."""
    targets = list(params["label"]["targets"])
    groups = [f"{r['article']}#{r['paragraph']}" for r in rows]
    folds = min(int(params["evaluate"]["folds"]), len(set(groups)))
    model_p = {t: np.zeros(len(rows)) for t in TASKS}
    tfidf_p = {t: np.zeros(len(rows)) for t in TASKS}
    pair_idx = [(i, t) for i, r in enumerate(rows) for t in targets if any(m["target"] == t for m in r.get("mentions", []))]
    model_stance = np.zeros((len(pair_idx), 3))
    tfidf_stance = np.zeros((len(pair_idx), 3))
    fold_of = np.zeros(len(rows), dtype=int)
    corpus = corpus_examples(params)
    cfg = {"cue_hints": params["train"].get("cue_hints", False), "max_length": params["train"]["max_length"]}
    # each fold model gets its own decision thresholds, tuned as `train` tunes the final model's
    tcfg = params["train"].get("thresholds", {}) or {}
    used = {e.text for e in corpus}
    held = held_out_ptc(params, int(tcfg.get("held_out", 2000)), used)
    held_hints = hints_for([e.text for e in held], load_spacy()) if held and cfg["cue_hints"] else None
    # the `hedged` threshold's Szeged lines (the `weasel` score is not scored here)
    binary = {}
    for task in (t for t in BINARY_TUNED if t in TASKS):
        lines = held_out(params, task, int(tcfg.get(f"{task}_held_out", 0)), used)
        binary[task] = (lines, hints_for([e.text for e in lines], load_spacy()) if lines and cfg["cue_hints"] else None)
    # the PTC scorers (propaganda, techniques) averaged in as `train` does it; they learn from PTC only, so one
    # serves every fold
    scorers = {}
    if held:
        lines = lexical.training_lines(params["corpora"]["dir"], held)
        for task in ("propaganda", "techniques"):
            if task in lexical_tasks(tcfg) and (scorer := lexical.fit(lines, task)) is not None:
                scorers[task] = scorer
    model_tech = np.zeros((len(rows), len(TECHNIQUES)))
    fold_thresholds = []
    for k, (train_i, test_i) in enumerate(GroupKFold(n_splits=folds).split(rows, groups=groups)):
        fold_of[test_i] = k
        # same recipe as `train`: the pretrained checkpoint (corpora only, never the seed), then the other folds
        train = seed_training_set([rows[i] for i in train_i], params, corpus)
        model, tok = fine_tune(train, stage_two(params["train"]), init_dir=pretrained)
        model.lexical = dict(scorers)
        fold_thresholds.append({**tune_for(model, tok, cfg, held, held_hints, tcfg)["thresholds"],
                                **held_out_cuts(model, tok, cfg, binary)})
        train = [e for e in train if e.source == "seed"] + corpus  # TF-IDF sees the same data as the model overall
        texts = [rows[i]["text"] for i in test_i]
        probs = sentence_probs(model, tok, cfg, texts)
        model_tech[test_i] = probs["techniques"]
        for t in TASKS:
            model_p[t][test_i] = probs[t]
            tfidf_p[t][test_i] = tfidf_fit_predict(train, texts, t)
        test_set = set(int(i) for i in test_i)
        pj = [j for j, (i, _) in enumerate(pair_idx) if i in test_set]
        if pj:
            tgts = [pair_idx[j][1] for j in pj]
            sents = [rows[pair_idx[j][0]]["text"] for j in pj]
            marked = [stance_sentence(rows[i]["text"], row_marks(rows[i], t), bool(params["train"].get("stance_marks")))
                      for i, t in (pair_idx[j] for j in pj)]
            model_stance[pj] = predict(model, tok, tgts, marked, max_length=int(params["train"]["max_length"]))["stance"]
            tfidf_stance[pj] = tfidf_fit_predict(train, tgts, "stance", sents)
    return {"model": model_p, "tfidf": tfidf_p, "pairs": pair_idx, "model_stance": model_stance,
            "tfidf_stance": tfidf_stance, "fold": fold_of, "folds": folds, "thresholds": fold_thresholds,
            "model_techniques": model_tech}


def technique_sets(cv: dict, default: float) -> list[set[str]]:
    """Per sentence, the techniques its fold model names as `framing analyze` does: at the fold's technique
    thresholds, on sentences its propaganda threshold passes."""
    out = []
    for i, p in enumerate(cv["model_techniques"]):
        tuned = cv["thresholds"][int(cv["fold"][i])] if cv["thresholds"] else {}
        cuts = np.array([float(tuned.get("techniques", {}).get(t, default)) for t in TECHNIQUES])
        gate = cv["model"]["propaganda"][i] >= float(tuned.get("propaganda", default))
        out.append({t for t, x, c in zip(TECHNIQUES, p, cuts) if gate and x >= c})
    return out


def technique_scores(gold_sets: list[set[str]], pred_sets: list[set[str]]) -> dict[str, float]:
    """Micro precision, recall and F1 over (sentence, technique) pairs."""
    tp = sum(len(g & p) for g, p in zip(gold_sets, pred_sets))
    pred, pos = sum(len(p) for p in pred_sets), sum(len(g) for g in gold_sets)
    prec, rec = (tp / pred if pred else 0.0), (tp / pos if pos else 0.0)
    return {"precision": round(prec, 4), "recall": round(rec, 4),
            "f1": round(2 * tp / (pred + pos), 4) if pred + pos else 0.0, "support": pos}


def held_out_cuts(model, tok, cfg: dict, binary: dict[str, tuple[list[Example], list[str] | None]]) -> dict[str, float]:
    """Per binary task, the threshold with the best F1 on its held-out training lines (`binary`: task -> (lines,
    their cue hints)), as `pipeline/thresholds.py` tunes the final model's; tasks without lines are left out."""
    cuts = {}
    for task, (lines, hints) in binary.items():
        if lines and any(getattr(e, task) for e in lines):
            probs = sentence_probs(model, tok, cfg, [e.text for e in lines], hints)[task]
            cuts[task] = tune_binary(probs, lines, task)["threshold"]
    return cuts


def model_cut(cv: dict, task: str, default: float) -> np.ndarray:
    """Per sentence, the decision threshold of the fold model that scored it (tuned, else `default`)."""
    per_fold = np.array([float(t.get(task, default)) for t in cv["thresholds"]] or [default])
    return per_fold[cv["fold"]]


def stance_scores(y_true: list[str], y_pred: list[str]) -> dict[str, float]:
    return {
        "macro_f1": round(float(f1_score(y_true, y_pred, labels=list(STANCES), average="macro", zero_division=0)), 4),
        "against_f1": round(float(f1_score([y == "against" for y in y_true], [y == "against" for y in y_pred], zero_division=0)), 4),
        "n": len(y_true),
    }


def evaluate(rows: list[dict], attributed: list[dict], gold: dict, params: dict) -> tuple[dict, dict]:
    """Metrics per task for model, weak labels and TF-IDF; plus attribution accuracy. Returns (metrics, details)."""
    rows = [r for r in rows if (r["article"], r["start"], r["end"]) in gold]
    golds = [gold[(r["article"], r["start"], r["end"])] for r in rows]
    thr = float(params["evaluate"]["threshold"])
    cv = cross_validate(rows, params, gold)
    metrics: dict = {}
    for t in TASKS:
        y = [gold_value(g, t) for g in golds]
        metrics[t] = {
            "model": prf(y, (cv["model"][t] >= model_cut(cv, t, thr)).astype(int)),
            "weak": prf(y, [int(r[t]) for r in rows]),
            "tfidf": prf(y, (cv["tfidf"][t] >= 0.5).astype(int)),
        }
    gold_tech = [set(g["techniques"]) for g in golds]
    metrics["techniques"] = {"model": technique_scores(gold_tech, technique_sets(cv, thr)),
                             "weak": technique_scores(gold_tech, [set(r["techniques"]) for r in rows])}
    targets = list(params["label"]["targets"])
    # stance over every (sentence, target) pair: unmentioned targets are `none` for every system
    pair_pos = {p: j for j, p in enumerate(cv["pairs"])}
    y_true, y_model, y_weak, y_tfidf = [], [], [], []
    for i, (r, g) in enumerate(zip(rows, golds)):
        for t in targets:
            j = pair_pos.get((i, t))
            y_true.append(g["stance"].get(t, "none"))
            y_weak.append(r["stance"].get(t, "none"))
            y_model.append(STANCES[int(np.argmax(cv["model_stance"][j]))] if j is not None else "none")
            y_tfidf.append(STANCES[int(np.argmax(cv["tfidf_stance"][j]))] if j is not None else "none")
    metrics["stance"] = {"model": stance_scores(y_true, y_model), "weak": stance_scores(y_true, y_weak), "tfidf": stance_scores(y_true, y_tfidf)}
    per_target = {}
    for k, t in enumerate(targets):
        sl = slice(k, None, len(targets))
        per_target[t] = {name: stance_scores(y_true[sl], ys[sl])["against_f1"] for name, ys in (("model", y_model), ("weak", y_weak), ("tfidf", y_tfidf))}
    metrics["stance"]["against_f1_by_target"] = per_target
    metrics["attribution"] = attribution_scores(attributed, gold)
    metrics["cv"] = {"scheme": f"GroupKFold over paragraphs, {cv['folds']} folds", "sentences": len(rows),
                     "propaganda_thresholds": [t.get("propaganda", thr) for t in cv["thresholds"]],
                     "hedged_thresholds": [t.get("hedged", thr) for t in cv["thresholds"]]}
    details = {"rows": rows, "golds": golds, "cv": cv, "stance": (y_true, y_model)}
    return metrics, details


def attribution_scores(attributed: list[dict], gold: dict) -> dict:
    body = [(r, gold[(r["article"], r["start"], r["end"])]) for r in attributed if (r["article"], r["start"], r["end"]) in gold]
    body = [(r, g) for r, g in body if g["kind"] == "body"]
    n = len(body) or 1
    return {
        "source_accuracy_body": round(sum(r["source"] == g["source"] for r, g in body) / n, 4),
        "attribution_accuracy_body": round(sum(r["attribution"] == g["attribution"] for r, g in body) / n, 4),
        "n_body": len(body),
    }


def write_plots(details: dict, params: dict, out: Path) -> None:
    """Confusion matrices (one row per sentence: actual, predicted) and reliability-diagram points, as JSON arrays
    (the formats `dvc plots` reads); and predictions.jsonl: each seed sentence's out-of-fold probabilities, with
    the stance probabilities of each target it mentions."""
    rows, golds, cv = details["rows"], details["golds"], details["cv"]
    thr = float(params["evaluate"]["threshold"])
    bins = int(params["evaluate"]["calibration_bins"])
    for t in TASKS:
        calib = []
        y = np.array([gold_value(g, t) for g in golds])
        p = cv["model"][t]
        cut = model_cut(cv, t, thr)
        write_json(out / f"confusion_{t}.json", [{"actual": str(bool(a)), "predicted": str(bool(b >= c))} for a, b, c in zip(y, p, cut)])
        edges = np.linspace(0, 1, bins + 1)
        idx = np.clip(np.digitize(p, edges[1:-1]), 0, bins - 1)
        for b in range(bins):
            sel = idx == b
            if sel.any():
                calib.append({"bin": b, "mean_predicted": round(float(p[sel].mean()), 4),
                              "fraction_positive": round(float(y[sel].mean()), 4), "n": int(sel.sum())})
        write_json(out / f"calibration_{t}.json", calib)
    y_true, y_model = details["stance"]
    write_json(out / "confusion_stance.json", [{"actual": a, "predicted": b} for a, b in zip(y_true, y_model)])
    stance_of: dict[int, dict] = {}
    for (i, t), p in zip(cv["pairs"], cv["model_stance"]):
        stance_of.setdefault(i, {})[t] = {k: round(float(x), 4) for k, x in zip(STANCES, p)}
    preds = []
    for i, r in enumerate(rows):
        preds.append({"article": r["article"], "index": r["index"], "fold": int(cv["fold"][i]),
                      **{t: round(float(cv["model"][t][i]), 4) for t in TASKS}, "stance": stance_of.get(i, {})})
    write_jsonl(out / "predictions.jsonl", preds)


def main(labeled: str = "data/labeled/sentences.jsonl", attributed: str = "data/attributed/sentences.jsonl") -> None:
    params = load_params()
    gold = load_gold("data/gold")
    metrics, details = evaluate(read_jsonl(labeled), read_jsonl(attributed), gold, params)
    write_json("metrics/eval.json", metrics)
    write_plots(details, params, Path("data/eval"))
    summary = {t: {k: v["f1"] for k, v in metrics[t].items()} for t in TASKS}
    print(f"evaluate: F1 {summary}; stance macro-F1 {metrics['stance']['model']['macro_f1']}; "
          f"source accuracy {metrics['attribution']['source_accuracy_body']}")


if __name__ == "__main__":
    main(*sys.argv[1:])

"""Decision thresholds for the propaganda label and each technique, tuned on held-out training-split lines.

The model's probabilities are not calibrated alike for every head: at 0.5 the propaganda head misses most
positive lines of news it was not trained on, and rare techniques never reach 0.5. After `train`, this module
scores PTC *training* lines that neither training stage used (never a test split), picks for the propaganda label
and for each technique with enough positives the threshold with the best F1, and writes them into the model
folder's `framing_config.json` (`thresholds`). `framing analyze`, the benchmarks and the `evaluate` stage read
them from there; a task without a tuned threshold uses 0.5. Without corpora nothing is tuned.

Run as the second command of the `train` stage: `python -m pipeline.thresholds models`.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import numpy as np
from sklearn.metrics import f1_score

from pipeline import lexical
from pipeline.corpora import Example, evaluation_texts, load_ptc, normalize_text
from pipeline.io import FramingError, atomic_write_text, load_params, write_json
from pipeline.records import TECHNIQUES

GRID = (0.02, 0.03, 0.04) + tuple(round(x, 2) for x in np.arange(0.05, 0.951, 0.05))
DEFAULT = 0.5


def best_threshold(y: np.ndarray, p: np.ndarray, grid: tuple[float, ...] = GRID) -> tuple[float, float]:
    """(threshold, F1) with the highest F1 of `p >= threshold` against `y`; ties go to the threshold nearest 0.5,
    so a flat curve keeps the default."""
    best = (DEFAULT, float(f1_score(y, p >= DEFAULT, zero_division=0)))
    for t in sorted(grid, key=lambda t: (abs(t - DEFAULT), t)):
        f = float(f1_score(y, p >= t, zero_division=0))
        if f > best[1] + 1e-9:
            best = (t, f)
    return best


def tune(probs: dict[str, np.ndarray], examples: list[Example], min_support: int = 10, min_f1: float = 0.25) -> dict:
    """Thresholds for `propaganda` and for each technique with at least `min_support` positive lines; techniques
    are tuned with the propaganda gate applied, as `framing analyze` applies it. A technique whose best held-out F1
    is below `min_f1` keeps 0.5: a low threshold would put a label the head cannot tell apart on most propaganda
    lines (F1 0.03 at 0.05 is still more than 0 at 0.5, and useless to a reader)."""
    y = np.array([int(e.propaganda) for e in examples])
    prop_t, prop_f = best_threshold(y, probs["propaganda"])
    gate = probs["propaganda"] >= prop_t
    tech: dict[str, float] = {}
    report = {"propaganda": {"threshold": prop_t, "f1": round(prop_f, 4),
                             "f1_at_default": round(float(f1_score(y, probs["propaganda"] >= DEFAULT, zero_division=0)), 4),
                             "positives": int(y.sum())}}
    for k, name in enumerate(TECHNIQUES):
        yk = np.array([int(name in (e.techniques or [])) for e in examples])
        if yk.sum() < min_support:
            continue
        t, f = best_threshold(yk, np.where(gate, probs["techniques"][:, k], 0.0))
        if f >= min_f1:
            tech[name] = t
        report[name] = {"threshold": t if f >= min_f1 else DEFAULT, "best_f1": round(f, 4), "adopted": f >= min_f1,
                        "positives": int(yk.sum())}
    return {"thresholds": {"propaganda": prop_t, "techniques": tech}, "report": report}


def held_out_ptc(params: dict, n: int, used: set[str] | None = None) -> list[Example]:
    """Up to `n` PTC training lines that no training stage saw and whose text occurs in no test split (about 6% of
    PTC training lines recur in PTC dev), with a fixed seed; empty without corpora or PTC.
    `used`: the texts of the training corpora, when the caller has them loaded already."""
    from pipeline.train import corpus_examples

    data = (params.get("corpora") or {}).get("dir")
    if not data or n <= 0:
        return []
    try:
        rows = load_ptc(data, "train")
    except FramingError:
        return []
    if used is None:
        used = {e.text for e in corpus_examples(params)}
    tested = evaluation_texts(Path(data))
    rows = [e for e in rows if e.text not in used and normalize_text(e.text) not in tested]
    return random.Random(int(params["train"].get("seed", 13))).sample(rows, min(n, len(rows)))


def held_out_probs(model, tokenizer, config: dict, examples: list[Example], hints: list[str] | None = None) -> dict:
    from pipeline.train import sentence_probs

    return sentence_probs(model, tokenizer, config, [e.text for e in examples], hints)


def tune_for(model, tokenizer, config: dict, examples: list[Example], hints: list[str] | None = None, settings: dict | None = None) -> dict:
    """Tuned thresholds (and the F1s behind them) for this model on these held-out lines; {} when there are none.
    `settings`: params.yaml `train.thresholds` (min_support, min_f1)."""
    settings = settings or {}
    if not examples or not any(e.propaganda for e in examples):
        return {"thresholds": {}, "report": {}}
    return tune(held_out_probs(model, tokenizer, config, examples, hints), examples, int(settings.get("min_support", 10)),
                float(settings.get("min_f1", 0.25)))


def threshold(config: dict, task: str, default: float = DEFAULT) -> float:
    return float((config.get("thresholds") or {}).get(task, default))


def technique_thresholds(config: dict, default: float = DEFAULT) -> np.ndarray:
    tuned = (config.get("thresholds") or {}).get("techniques", {})
    return np.array([float(tuned.get(t, default)) for t in TECHNIQUES])


def run(model_dir: Path | str, params: dict) -> dict:
    """Tune this model folder's thresholds on held-out PTC training lines and write them into it; returns them."""
    from pipeline.train import load_model

    cfg = params["train"].get("thresholds", {}) or {}
    examples = held_out_ptc(params, int(cfg.get("held_out", 2000)))
    model, tokenizer, config = load_model(model_dir)
    folder = Path(model_dir)
    (folder / lexical.FILE).unlink(missing_ok=True)
    model.lexical = None
    if examples and cfg.get("lexical", True):
        model.lexical = lexical.fit(lexical.training_lines(params["corpora"]["dir"], examples))
        if model.lexical is not None:
            lexical.save(model.lexical, folder)
    result = tune_for(model, tokenizer, config, examples, settings=cfg)
    config["thresholds"] = result["thresholds"]
    config["propaganda_lexical"] = ({"file": lexical.FILE, "weight": model.lexical.weight, "n_train": model.lexical.n_train}
                                    if model.lexical is not None else None)
    config["thresholds_tuning"] = {"data": "PTC training lines not used in training" if examples else "none (no corpora)",
                                   "n": len(examples), "per_task": result["report"]}
    write_json(folder / "framing_config.json", config)
    card = (folder / "README.md").read_text("utf-8") if (folder / "README.md").is_file() else ""
    lines = ["", "## Decision thresholds", ""]
    if model.lexical is not None:
        lines.append(f"`propaganda` is the average of the transformer's probability and a TF-IDF + logistic-regression score "
                     f"fit on {model.lexical.n_train} PTC training lines (`{lexical.FILE}`, pipeline/lexical.py).")
        lines.append("")
    if result["thresholds"]:
        lines.append(f"Tuned on {len(examples)} held-out PTC training lines (best F1 on a grid from 0.02 to 0.95; 0.5 elsewhere):")
        for k, v in result["report"].items():
            f1 = v.get("f1", v.get("best_f1"))
            note = "" if v.get("adopted", True) else f" (best F1 {f1} below min_f1: kept)"
            lines.append(f"- {k}: {v['threshold']}{note or f' (F1 {f1})'}, {v['positives']} positive lines")
    else:
        lines.append("None tuned (trained without corpora): every label uses 0.5.")
    atomic_write_text(folder / "README.md", card.split("\n## Decision thresholds")[0].rstrip("\n") + "\n" + "\n".join(lines) + "\n")
    print(f"thresholds: {json.dumps(result['thresholds'])} from {len(examples)} held-out PTC lines -> {folder}/framing_config.json")
    return result["thresholds"]


def main(model_dir: str = "models") -> None:
    run(model_dir, load_params())


if __name__ == "__main__":
    main(*sys.argv[1:])

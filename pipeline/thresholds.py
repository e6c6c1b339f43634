"""Decision thresholds for the propaganda label, each technique and the `weasel` score (and, when asked, the
hedged label), tuned on held-out training-split lines.

The model's probabilities are not calibrated alike for every head: at 0.5 the propaganda head misses most
positive lines of news it was not trained on, and rare techniques never reach 0.5. After `train`, this module
scores PTC *training* lines that neither training stage used (never a test split; whole articles, which the TF-IDF
scorers of pipeline/lexical.py are then fit without), picks for the propaganda label
and for each technique with enough positives the threshold with the best F1, and writes them into the model
folder's `framing_config.json` (`thresholds`). `framing analyze`, the benchmarks and the `evaluate` stage read
them from there; a task without a tuned threshold uses 0.5. The `weasel` score's threshold is tuned the same way on
wiki-weasel training lines that the cap in params.yaml leaves out of training. `train.thresholds.hedged_held_out: N`
tunes the `hedged` label's on N Szeged wiki sentences outside the training sample; it is 0 (off, `hedged` at 0.5):
measured, Wikipedia's threshold did not carry to news (docs/experiments.md). Without corpora nothing is tuned.

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
from pipeline.corpora import Example, evaluation_texts, load_szeged, normalize_text, ptc_tuning_articles
from pipeline.io import FramingError, atomic_write_text, load_params, write_json
from pipeline.records import TECHNIQUES

# The corpus whose training lines outside the training sample tune each task's threshold: the lexical scorers'
# corpora (PTC, wiki-weasel), and for `hedged` (off by default) Szeged's train-only wiki.xml.
TUNING_CORPUS = {**lexical.CORPUS, "hedged": ("Szeged wiki", lambda data: load_szeged(data, "wiki"))}

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
    lines (F1 0.03 at 0.05 is still more than 0 at 0.5, and useless to a reader). So does one whose best F1 is no
    better than labeling every gated line with it (Name_Calling at 0.02, F1 0.289 both ways, in the twelfth session)."""
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
        # a threshold that labels every line the gate passes is no decision about the technique
        all_gated = float(f1_score(yk, gate, zero_division=0))
        adopted = f >= min_f1 and f > all_gated + 1e-9
        if adopted:
            tech[name] = t
        report[name] = {"threshold": t if adopted else DEFAULT, "best_f1": round(f, 4), "adopted": adopted,
                        "f1_all_gated": round(all_gated, 4), "positives": int(yk.sum())}
    return {"thresholds": {"propaganda": prop_t, "techniques": tech}, "report": report}


def held_out_ptc(params: dict, n: int, used: set[str] | None = None) -> list[Example]:
    """Up to `n` PTC training lines that no training stage saw and whose text occurs in no test split (about 6% of
    PTC training lines recur in PTC dev), with a fixed seed; empty without corpora or PTC.
    `used`: the texts of the training corpora, when the caller has them loaded already."""
    return held_out(params, "propaganda", n, used)


def held_out(params: dict, task: str, n: int, used: set[str] | None = None, seed: int | None = None) -> list[Example]:
    """Up to `n` lines of the task's training corpus (`TUNING_CORPUS`: PTC for propaganda, wiki-weasel for weasel,
    Szeged wiki for hedged) that no training stage saw and whose text occurs in no test split, drawn with `seed`
    (default `train.seed`); empty without corpora, without that corpus, or when the cap in params.yaml takes all of it.
    A corpus of articles (PTC) gives whole articles instead (`corpora.ptc_tuning_articles`: in a random order until
    there are at least `n` lines), which stage 1's sample (`train.corpus_examples`) and the scorers fit on the other
    lines (`lexical.training_lines`) leave out: lines of one article share its topic, phrasing and slogans, as a test
    split's lines never do."""
    from pipeline.train import corpus_examples

    data = (params.get("corpora") or {}).get("dir")
    if not data or n <= 0:
        return []
    try:
        rows = TUNING_CORPUS[task][1](data)
    except FramingError:
        return []
    if used is None:
        used = {e.text for e in corpus_examples(params)}
    tested = evaluation_texts(Path(data))
    rows = [e for e in rows if e.text not in used and normalize_text(e.text) not in tested]
    seed = int(params["train"].get("seed", 13)) if seed is None else seed
    if rows and all(e.source == "ptc" for e in rows):
        keep = ptc_tuning_articles(data, n, seed)
        return [e for e in rows if str(e.meta["article"]) in keep]
    return random.Random(seed).sample(rows, min(n, len(rows)))


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


def lexical_tasks(settings: dict) -> tuple[str, ...]:
    """params.yaml `train.thresholds.lexical`: true (every task in lexical.FILES), false, or a list of tasks."""
    value = settings.get("lexical", True)
    if value is True:
        return tuple(lexical.FILES)
    return tuple(t for t in (value or ()) if t in lexical.FILES)


BINARY_TUNED = ("weasel", "hedged")  # binary tasks tuned alone (propaganda is tuned with its techniques, by `tune`)


def tune_binary(probs: np.ndarray, examples: list[Example], task: str) -> dict:
    """The threshold of a binary task (`weasel`, `hedged`) with the best F1 on its held-out training lines."""
    y = np.array([int(getattr(e, task)) for e in examples])
    t, f = best_threshold(y, probs)
    return {"threshold": t, "f1": round(f, 4), "f1_at_default": round(float(f1_score(y, probs >= DEFAULT, zero_division=0)), 4),
            "positives": int(y.sum())}


def run(model_dir: Path | str, params: dict) -> dict:
    """Tune this model folder's thresholds on held-out training lines (PTC for `propaganda` and the techniques,
    wiki-weasel for `weasel`), fit the lexical scorers on the other training lines, and write both into the folder;
    returns the thresholds."""
    from pipeline.train import corpus_examples, load_model

    cfg = params["train"].get("thresholds", {}) or {}
    used = {e.text for e in corpus_examples(params)}
    held = {"propaganda": held_out(params, "propaganda", int(cfg.get("held_out", 2000)), used),
            "weasel": held_out(params, "weasel", int(cfg.get("weasel_held_out", 1500)), used),
            "hedged": held_out(params, "hedged", int(cfg.get("hedged_held_out", 0)), used)}
    examples = held["techniques"] = held["propaganda"]  # the techniques are tuned on the propaganda lines
    model, tokenizer, config = load_model(model_dir)
    folder = Path(model_dir)
    for name in lexical.FILES.values():
        (folder / name).unlink(missing_ok=True)
    model.lexical = {}
    lines: dict[str, list[Example]] = {}  # per corpus: `propaganda` and `techniques` fit on the same PTC lines
    for task in lexical_tasks(cfg):
        if held[task]:
            chars = (cfg.get("lexical_chars") or {}).get(task)
            corpus = lexical.CORPUS[task][0]
            if corpus not in lines:
                lines[corpus] = lexical.training_lines(params["corpora"]["dir"], held[task], task)
            scorer = lexical.fit(lines[corpus], task,
                                 tuple(chars) if chars else None,
                                 float((cfg.get("lexical_weights") or {}).get(task, lexical.WEIGHT)),
                                 float((cfg.get("lexical_hints") or {}).get(task, 0.0)))
            if scorer is not None:
                lexical.save(scorer, folder)
                model.lexical[task] = scorer
    result = tune_for(model, tokenizer, config, examples, settings=cfg)
    for task in BINARY_TUNED:
        if held[task] and any(getattr(e, task) for e in held[task]):
            report = tune_binary(held_out_probs(model, tokenizer, config, held[task])[task], held[task], task)
            result["thresholds"][task] = report["threshold"]
            result[f"{task}_report"] = report
    config["thresholds"] = result["thresholds"]
    config["lexical"] = {task: {"file": lexical.FILES[task], "weight": s.weight, "n_train": s.n_train,
                                **({"char_ngram_range": list(s.chars)} if s.chars else {}),
                                **({"hint_scale": s.hint_scale} if s.hint_scale else {})}
                         for task, s in model.lexical.items()}
    config.pop("propaganda_lexical", None)
    config["thresholds_tuning"] = {"data": "PTC training lines not used in training" if examples else "none (no held-out PTC lines)",
                                   "n": len(examples), "per_task": result["report"]}
    for task in BINARY_TUNED:
        if f"{task}_report" in result:
            config["thresholds_tuning"][task] = {"data": f"{TUNING_CORPUS[task][0]} training lines not used in training",
                                                 "n": len(held[task]), **result[f"{task}_report"]}
    write_json(folder / "framing_config.json", config)
    card = (folder / "README.md").read_text("utf-8") if (folder / "README.md").is_file() else ""
    lines = ["", "## Decision thresholds", ""]
    for task, s in model.lexical.items():
        reads = f"word 1-2 grams and character {s.chars[0]}-{s.chars[1]} grams" if s.chars else "word 1-2 grams"
        reads += f", and the words of the rules' cue hint (times {s.hint_scale:g})" if s.hint_scale else ""
        share = "" if s.weight == lexical.WEIGHT else f" (the score's share {s.weight:g})"
        per = " per technique (one vocabulary, one regression each)" if task in lexical.MULTI_LABEL else ""
        lines.append(f"`{task}` is the average of the transformer's probability and a TF-IDF ({reads}) + logistic-regression "
                     f"score{per}{share} fit on {s.n_train} {lexical.CORPUS[task][0]} training lines (`{lexical.FILES[task]}`, "
                     "pipeline/lexical.py).")
        lines.append("")
    if result["thresholds"]:
        if result["report"]:
            lines.append(f"Tuned on {len(examples)} held-out PTC training lines (best F1 on a grid from 0.02 to 0.95; 0.5 elsewhere):")
        for k, v in result["report"].items():
            f1 = v.get("f1", v.get("best_f1"))
            why = "below min_f1" if f1 is not None and f1 < float(cfg.get("min_f1", 0.25)) else "no better than every gated line"
            note = "" if v.get("adopted", True) else f" (best F1 {f1} {why}: kept)"
            lines.append(f"- {k}: {v['threshold']}{note or f' (F1 {f1})'}, {v['positives']} positive lines")
        for task in BINARY_TUNED:
            if f"{task}_report" in result:
                w = result[f"{task}_report"]
                what = "weasel (a score, not an output label)" if task == "weasel" else task
                lines.append(f"- {what}: {w['threshold']} (F1 {w['f1']}; {w['f1_at_default']} at 0.5), tuned on "
                             f"{len(held[task])} held-out {TUNING_CORPUS[task][0]} training lines, {w['positives']} positive")
    else:
        lines.append("None tuned (trained without corpora): every label uses 0.5.")
    atomic_write_text(folder / "README.md", card.split("\n## Decision thresholds")[0].rstrip("\n") + "\n" + "\n".join(lines) + "\n")
    print(f"thresholds: {json.dumps(result['thresholds'])} from {len(examples)} held-out PTC lines, "
          f"{len(held['weasel'])} wiki-weasel lines and {len(held['hedged'])} Szeged wiki lines -> {folder}/framing_config.json")
    return result["thresholds"]


def main(model_dir: str = "models") -> None:
    run(model_dir, load_params())


if __name__ == "__main__":
    main(*sys.argv[1:])

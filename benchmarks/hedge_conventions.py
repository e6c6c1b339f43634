"""Does training the `hedged` head on two annotation conventions at once cost it on news? A fixed experiment on
training splits only.

The Szeged Uncertainty Corpus marks semantic uncertainty cues; CoNLL-2010's wiki-weasel labels also count vague
attribution and peacock words, and the two disagree on a quarter of the very same Wikipedia sentences. This script
holds out a third of the Szeged news *training* documents (MD5 of the DocID, modulo 3 == 0) as a development set,
fine-tunes MiniLM from the base weights on the other news training documents plus `--wiki` Szeged wiki sentences
plus `--weasel` wiki-weasel training sentences (fixed samples, no test-split text), and prints precision, recall and
F1 of `hedged` on the development documents, beside the rules. Wiki-weasel training sentences whose text hashes to
0 modulo 3 are never trained on either: on them it prints F1 of the `weasel` head (trained on the weasel labels
since the head exists; before, the weasel labels trained `hedged`) beside TF-IDF + logistic regression trained on
the other weasel training sentences, and under `tuned_halves` the F1 of the head, of TF-IDF and of their plain average
with a threshold tuned on one half of those sentences and scored on the other, both ways round. The test splits are
never read.

    .venv/bin/python benchmarks/hedge_conventions.py ../shared/data --wiki 4000 --weasel 1500 [--no-hints] [--epochs 2]
        [--bio 4000]   # plus Szeged's biomedical sentences (bio_bmc, bio_fly, bio_hbc; train only)
        [--weasel-as-hedged]   # the setup before the `weasel` head: the weasel labels train `hedged`
        [--ptc 2500 --basil 1328]   # plus the pipeline's other stage-1 corpora
        [--ptc-extra 5000]   # with --ptc: more PTC lines on top of the same sample, the same 1,000 development lines out
        [--task-weights stance=0.5,techniques=0.5]   # train.pretrain_task_weights: loss weight per head
        [--basil-dev]   # see below
        [--stance-balanced]   # train.stance_balanced
        [--stance-marks]   # train.stance_marks: the target's mentions between < and > in the stance pair's sentence
        [--stance-marks-stage2]   # ... in stage 2 only: stage 1 (and every figure but stance after stage 2) as without
        [--stance-branch 3 --branch-grad 0]   # train.stance_branch, train.stance_branch_grad: stance's own top layers
        [--stage1-lr 1e-4]   # the encoder's learning rate in stage 1 only (stage 2 keeps train.lr)
        [--layer-decay 0.8]   # stage 1 only: each encoder layer below the top learns at 0.8 times the rate above it
        [--basil-pronouns [paragraph]]   # BASIL pairs also mark pronouns resolved to the target (only those after
                                          # its name in the same paragraph)
        [--seed 14]   # another training seed, same samples: how far a retraining alone moves these figures
        [--candidates 2,0.1]   # also name in the hint the cue words learned from the sample's Szeged annotations
                               # (annotated >= K times, a cue in >= P of the sentences holding them)
        [--hint-drop 0.5]   # drop the cue hint for this share of training sentences; also scores the hintless reading
        [--stage2]   # with --basil-dev: stance again after a stage 2 (seed weak labels + replay of this sample)
        [--stance-tfidf]   # with --stage2: stage 2's stance averaged with TF-IDF + LR fit on this run's BASIL pairs
        [--save-probs F.npz]   # with --stance-tfidf: the held-out pairs' gold and both systems' probabilities
        [--wiki-dev 2000]   # also `hedged` on Szeged wiki sentences outside the sample (more lines than news dev)
        [--batch-groups "ptc;basil"]   # fine_tune's batch_groups: these corpora (`;` between groups, `,` within one)
                                       # get batches of their own; "each" = one corpus per batch

With `--ptc`, 1,000 PTC training lines outside the sample score the `propaganda` head (`ptc_dev`: F1 at 0.5 and
tuned on alternate halves), so that a cure for the hedge heads is seen together with what it costs propaganda.
With `--basil-dev`, BASIL training triplets whose id hashes to 0 modulo 3 are held out of the BASIL sample, and
`basil_dev` gives stance macro-F1 on their pairs (what a cure costs stance). As in the pipeline's stage 1, every
sentence also carries the cues' weak `speculative` and `boosted` labels (params.yaml `train.rule_labels`).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import numpy as np
from hedge_cue_lexicon import grams, lexicon, words
from sklearn.metrics import f1_score, precision_recall_fscore_support

from pipeline.corpora import (
    _basil_pairs,
    evaluation_texts,
    load_basil_stance,
    load_ptc,
    load_szeged,
    load_wiki_weasel,
    name_spans,
    normalize_text,
)
from pipeline.cues import hints_for
from pipeline.evaluate import tfidf_fit_predict
from pipeline.io import load_params, load_spacy, read_jsonl
from pipeline.records import STANCES
from pipeline.thresholds import best_threshold
from pipeline.train import (
    add_rule_features,
    fine_tune,
    predict,
    save_model,
    seed_training_set,
    stage_two,
    stance_sentence,
)


def prf(y, p) -> list[float]:
    return [round(float(v), 3) for v in precision_recall_fscore_support(y, p, average="binary", zero_division=0)[:3]]


def tuned_halves(y, p) -> list[dict]:
    """A threshold tuned on one half of the development sentences (alternate sentences), F1 on the other, both ways."""
    y, p = np.asarray(y), np.asarray(p)
    out = []
    for a, b in ((0, 1), (1, 0)):
        t, _ = best_threshold(y[a::2], p[a::2])
        out.append({"threshold": t, "f1": round(float(f1_score(y[b::2], p[b::2] >= t, zero_division=0)), 3)})
    return out


def with_candidates(text: str, hint: str, lex: set[str]) -> str:
    """The hint plus the learned cue words of the sentence that the rules did not name (at most four)."""
    found = [g for g in sorted(grams(words(text)), key=lambda g: (-len(g), g)) if g in lex and g not in hint][:4]
    if not found:
        return hint
    extra = "candidate: " + ", ".join(found)
    return extra if hint in ("", "no cue") else f"{hint} ; {extra}"


PRONOUN_WORDS = {"he", "him", "his", "she", "her", "hers", "himself", "herself"}


def named_f1(pairs, y, probs) -> dict:
    """Stance macro-F1 over the pairs whose sentence names the target (every pair `framing analyze` scores does)."""
    idx = [i for i, e in enumerate(pairs) if e.marks]
    pred = probs.argmax(1)
    return {"n": len(idx), "macro_f1": round(float(f1_score([y[i] for i in idx], [pred[i] for i in idx], average="macro",
                                                            labels=list(range(len(STANCES))), zero_division=0)), 3)}


def pronoun_f1(pairs, y, probs) -> dict:
    """Stance macro-F1 over the pairs whose sentence holds a third-person singular pronoun, the pairs that BASIL's
    pronoun marks (`--basil-pronouns`) can change; the same pairs whether or not the run marks them."""
    idx = [i for i, e in enumerate(pairs) if PRONOUN_WORDS & set(re.findall(r"[a-z]+", e.text.lower()))]
    pred = probs.argmax(1)
    return {"n": len(idx), "macro_f1": round(float(f1_score([y[i] for i in idx], [pred[i] for i in idx], average="macro",
                                                            labels=list(range(len(STANCES))), zero_division=0)), 3)}


def paragraph_scoped(pairs, data: str) -> int:
    """Keep a pair's pronoun marks only where the target's name stands earlier in the same paragraph (an earlier
    sentence of it, or the sentence before the pronoun): fewer pronouns resolved, fewer resolved wrongly. Returns the
    number of pronoun marks dropped."""
    paragraphs = {stem: art.get("body-paragraphs", []) for stem, art, _ in _basil_pairs(Path(data))}
    dropped = 0
    for e in pairs:
        names = name_spans(e.text, e.target)
        pronouns = [m for m in e.marks if m not in names]
        if not pronouns:
            continue
        before = next(("  ".join(par[:par.index(e.text)]) for par in paragraphs[e.meta["article"]] if e.text in par), "")
        keep = [m for m in pronouns if name_spans(before + "  " + e.text[:m[0]], e.target)]
        dropped += len(pronouns) - len(keep)
        e.marks = tuple(sorted({*names, *keep}))
    return dropped


def is_dev(key: str) -> bool:
    return int(hashlib.md5(key.encode("utf-8")).hexdigest(), 16) % 3 == 0


def main(data: str, wiki: int, weasel: int, hints: bool, epochs: float, as_hedged: bool = False, ptc: int = 0,
         basil: int = 0, task_weights: dict | None = None, batch_groups: list[list[str]] | None = None, basil_dev: bool = False,
         wiki_dev: int = 0, stance_balanced: bool = False, hint_drop: float = 0.0, stage2: bool = False,
         candidates: tuple[int, float] | None = None, seed: int | None = None, ptc_extra: int = 0,
         stance_tfidf: bool = False, save_probs: str = "", stance_marks: bool = False, marks_stage2: bool = False,
         stance_branch: int = 0, branch_grad: float = 1.0, bio: int = 0, stage1_lr: float | None = None,
         layer_decay: float = 1.0, basil_pronouns: str = "") -> dict:
    params = dict(load_params()["train"], cue_hints=hints, task_weights=task_weights or {}, stance_balanced=stance_balanced,
                  stance_marks=stance_marks, stance_branch=stance_branch, stance_branch_grad=branch_grad)
    if seed is not None:  # the training seed only (heads' init, order, dropout; stage 2's replay); samples stay fixed
        params["seed"] = seed
    rng = random.Random(13)
    news = load_szeged(data, "factbank", "train")
    dev = [e for e in news if is_dev(e.meta["doc"])]
    held_out = evaluation_texts(data)
    pool = lambda rows: [e for e in rows if normalize_text(e.text) not in held_out]  # noqa: E731
    examples = [e for e in news if not is_dev(e.meta["doc"])]
    wiki_rows = pool(load_szeged(data, "wiki", "train"))
    examples += rng.sample(wiki_rows, wiki)
    chosen = {id(e) for e in examples}
    wiki_rest = [e for e in wiki_rows if id(e) not in chosen]
    wiki_held = random.Random(1).sample(wiki_rest, min(wiki_dev, len(wiki_rest)))
    weasel_rows = pool(load_wiki_weasel(data, "train"))
    weasel_dev = [e for e in weasel_rows if is_dev(e.text)]
    weasel_train = [e for e in weasel_rows if not is_dev(e.text)]
    sample = rng.sample(weasel_train, min(weasel, len(weasel_train)))
    examples += [replace(e, hedged=e.weasel, weasel=None) for e in sample] if as_hedged else sample
    if bio:  # Szeged's biomedical sentences (train only), drawn with a generator of their own: the other samples stay
        bio_rows = pool([e for part in ("bio_bmc", "bio_fly", "bio_hbc") for e in load_szeged(data, part, "train")])
        examples += random.Random(3).sample(bio_rows, min(bio, len(bio_rows)))
    # the pipeline's other stage-1 corpora, for what sharing the encoder with them costs the hedge heads
    ptc_dev = []
    if ptc:
        lines = pool(load_ptc(data, "train"))
        picked = rng.sample(range(len(lines)), ptc)
        examples += [lines[i] for i in picked]
        rest = sorted(set(range(len(lines))) - set(picked))
        dev_lines = rng.sample(rest, min(1000, len(rest)))
        ptc_dev = [lines[i] for i in dev_lines]
        if ptc_extra:  # more PTC lines on top of the same sample, outside the same development lines: a learning curve
            spare = sorted(set(rest) - set(dev_lines))
            examples += [lines[i] for i in random.Random(2).sample(spare, min(ptc_extra, len(spare)))]
    stance_dev = []
    if basil:
        pairs = pool(load_basil_stance(data, "train", 13, load_spacy() if basil_pronouns else None))
        if basil_pronouns == "paragraph":
            print(f"paragraph scope: {paragraph_scoped(pairs, data)} pronoun marks dropped", file=sys.stderr)
        if basil_dev:  # whole triplets (the same story from three outlets) out, as BASIL's own split does
            stance_dev = [e for e in pairs if is_dev(e.meta["article"].rsplit("_", 1)[0])]
            pairs = [e for e in pairs if not is_dev(e.meta["article"].rsplit("_", 1)[0])]
        basil_pairs = rng.sample(pairs, min(basil, len(pairs)))
        examples += basil_pairs
    add_rule_features(examples, hints, [])  # hints; fine_tune adds params.yaml's train.rule_labels, as the pipeline does
    lex = set()
    if candidates:  # cue words learned from this sample's Szeged annotations, named in the hint beside the rule cues
        lex = lexicon([e for e in examples if e.source.startswith("szeged-")], *candidates)
        for e in examples:
            if e.target is None:
                e.hint = with_candidates(e.text, e.hint or "", lex)
    if hint_drop:  # no second segment for this share of the sentences: the model must also read the sentence alone
        r = random.Random(7)
        for e in examples:
            if e.target is None and r.random() < hint_drop:
                e.hint = ""
    t0 = time.time()
    # --stage1-lr, --layer-decay: the encoder's learning rates in stage 1 only; stage 2 keeps params.yaml's train.lr
    stage1 = dict(params, lr=stage1_lr or params["lr"], layer_decay=layer_decay)
    model, tokenizer = fine_tune(examples, stage1, epochs=epochs, batch_groups=batch_groups)
    texts, y = [e.text for e in dev], [int(e.hedged) for e in dev]
    hint_texts = hints_for(texts, load_spacy())
    rules_hint = list(hint_texts)
    if lex:
        hint_texts = [with_candidates(t, h, lex) for t, h in zip(texts, hint_texts)]
    out = predict(model, tokenizer, texts, hint_texts if hints else None, int(params["max_length"]))
    p = out["hedged"]
    rules = np.array([h.startswith("hedge") for h in rules_hint], dtype=float)
    wt = [e.text for e in weasel_dev]
    wy = [e.weasel for e in weasel_dev]
    wp = predict(model, tokenizer, wt, hints_for(wt, load_spacy()) if hints else None, int(params["max_length"]))["weasel"]
    tp = tfidf_fit_predict(weasel_train, wt, "weasel")
    extra = {}
    if hint_drop:  # the same model without the hint, and the two readings combined
        bare = predict(model, tokenizer, texts, None, int(params["max_length"]))["hedged"]
        extra["hint_drop"] = {"drop": hint_drop, **{name: {"at_0.5": prf(y, q >= 0.5), "tuned_halves": tuned_halves(y, q)}
                              for name, q in (("no_hint", bare), ("max", np.maximum(p, bare)), ("average", (p + bare) / 2))}}
    if wiki_held:  # Szeged's convention on Wikipedia: more sentences than the news development documents
        wt_ = [e.text for e in wiki_held]
        wy_ = [int(e.hedged) for e in wiki_held]
        wo = predict(model, tokenizer, wt_, hints_for(wt_, load_spacy()) if hints else None, int(params["max_length"]))
        extra["wiki_dev"] = {"n": len(wy_), "hedged_head": prf(wy_, wo["hedged"] >= 0.5),
                             "tuned_halves": tuned_halves(wy_, wo["hedged"])}
    if ptc_dev:
        pt = [e.text for e in ptc_dev]
        py = [int(e.propaganda) for e in ptc_dev]
        pp = predict(model, tokenizer, pt, hints_for(pt, load_spacy()) if hints else None, int(params["max_length"]))["propaganda"]
        extra["ptc_dev"] = {"n": len(py), "at_0.5": prf(py, pp >= 0.5), "tuned_halves": tuned_halves(py, pp)}
    dev_sentences = [stance_sentence(e.text, e.marks, stance_marks) for e in stance_dev]
    if stance_dev and stage2:  # what stage 2 (the seed's weak labels + replay from this run's sample) leaves of it
        params2 = dict(params, stance_marks=stance_marks or marks_stage2)  # --stance-marks-stage2: stage 2 only
        full = dict(load_params(), train=params2)
        with tempfile.TemporaryDirectory() as tmp:
            save_model(model, tokenizer, Path(tmp), params, {"n_examples": len(examples), "by_source": {}, "corpora": data,
                                                             "epochs": epochs, "batch_size": params["batch_size"],
                                                             "lr": params["lr"], "seed": params["seed"]})
            second = seed_training_set(read_jsonl("data/labeled/sentences.jsonl"), full, examples)
            model2, tok2 = fine_tune(second, stage_two(params2), init_dir=tmp)
        sp2 = predict(model2, tok2, [e.target for e in stance_dev],
                      [stance_sentence(e.text, e.marks, params2["stance_marks"]) for e in stance_dev], int(params["max_length"]))
        sy2 = [STANCES.index(e.stance) for e in stance_dev]
        extra["basil_dev_after_stage2"] = {
            "n": len(sy2), "n_stage2": len(second), "macro_f1": round(float(f1_score(sy2, sp2["stance"].argmax(1), average="macro")), 3),
            "named": named_f1(stance_dev, sy2, sp2["stance"]),
            "pronoun_marked": pronoun_f1(stance_dev, sy2, sp2["stance"]),
            "f1_per_class": dict(zip(STANCES, (round(float(v), 3) for v in f1_score(
                sy2, sp2["stance"].argmax(1), average=None, labels=list(range(len(STANCES)))))))}
        if stance_tfidf:  # TF-IDF + LR on the BASIL pairs this run trained on, averaged into stage 2's stance
            tf = tfidf_fit_predict(basil_pairs, [e.target for e in stance_dev], "stance", [e.text for e in stance_dev])
            if save_probs:  # both systems' probabilities on the held-out pairs, for decisions made after the run
                np.savez(save_probs, y=np.array(sy2), model=sp2["stance"], tfidf=tf,
                         article=np.array([e.meta["article"] for e in stance_dev]),
                         text=np.array([e.text for e in stance_dev]), target=np.array([e.target for e in stance_dev]))
            extra["basil_dev_after_stage2"]["tfidf_average"] = {
                "tfidf_alone": round(float(f1_score(sy2, tf.argmax(1), average="macro")), 3),
                **{str(w): round(float(f1_score(sy2, ((1 - w) * sp2["stance"] + w * tf).argmax(1), average="macro")), 3)
                   for w in (0.25, 0.5)}}
    if stance_dev:
        sp = predict(model, tokenizer, [e.target for e in stance_dev], dev_sentences, int(params["max_length"]))
        sy = [STANCES.index(e.stance) for e in stance_dev]
        extra["basil_dev"] = {"n": len(sy), "macro_f1": round(float(f1_score(sy, sp["stance"].argmax(1), average="macro")), 3),
                              "named": named_f1(stance_dev, sy, sp["stance"]),
                              "f1_per_class": dict(zip(STANCES, (round(float(v), 3) for v in f1_score(
                                  sy, sp["stance"].argmax(1), average=None, labels=list(range(len(STANCES)))))))}
    return {**extra, "task_weights": task_weights or {}, "batch_groups": batch_groups or [],
            "weasel_dev": {"n": len(wy), "weasel_head": prf(wy, wp >= 0.5), "tfidf": prf(wy, tp >= 0.5),
                           "tuned_halves": {"weasel_head": tuned_halves(wy, wp), "tfidf": tuned_halves(wy, tp),
                                            "average": tuned_halves(wy, (wp + tp) / 2)}},
            "seed": params["seed"], "stage1_lr": float(stage1["lr"]), "layer_decay": layer_decay, "basil_pronouns": basil_pronouns, "stance_balanced": stance_balanced, "stance_marks": stance_marks, "marks_stage2": marks_stage2,
            "stance_branch": stance_branch, "branch_grad": branch_grad,
            "candidates": list(candidates) if candidates else None, "wiki": wiki, "bio": bio, "weasel": weasel, "ptc": ptc, "ptc_extra": ptc_extra, "basil": basil, "weasel_as_hedged": as_hedged, "hints": hints, "epochs": epochs, "n_train": len(examples),
            "n_dev": len(dev), "dev_positives": sum(y), "seconds": round(time.time() - t0),
            "model": prf(y, p >= 0.5), "rules": prf(y, rules),
            "news_tuned_halves": {"model": tuned_halves(y, p), "model_rules_average": tuned_halves(y, (p + rules) / 2)}}


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("data")
    ap.add_argument("--wiki", type=int, default=4000)
    ap.add_argument("--weasel", type=int, default=1500)
    ap.add_argument("--bio", type=int, default=0, help="Szeged biomedical sentences (bio_*.xml) added to the training set")
    ap.add_argument("--no-hints", action="store_true")
    ap.add_argument("--epochs", type=float, default=2.0)
    ap.add_argument("--weasel-as-hedged", action="store_true")
    ap.add_argument("--ptc", type=int, default=0, help="PTC training lines added, as the pipeline's stage 1 adds them")
    ap.add_argument("--ptc-extra", type=int, default=0, help="with --ptc: this many more PTC lines, same sample and dev lines")
    ap.add_argument("--basil", type=int, default=0, help="BASIL training pairs added, as the pipeline's stage 1 adds them")
    ap.add_argument("--task-weights", default="", help="loss weights per head, e.g. stance=0.5,techniques=0.5")
    ap.add_argument("--basil-dev", action="store_true", help="hold a third of BASIL's training triplets out for stance")
    ap.add_argument("--wiki-dev", type=int, default=0, help="also score `hedged` on this many Szeged wiki sentences outside the sample")
    ap.add_argument("--stance-balanced", action="store_true", help="train.stance_balanced: inverse-frequency stance class weights")
    ap.add_argument("--stance-marks", action="store_true", help="train.stance_marks: target mentions between < and >")
    ap.add_argument("--stance-marks-stage2", action="store_true", help="the marks in stage 2 only (stage 1 as without)")
    ap.add_argument("--stance-branch", type=int, default=0, help="train.stance_branch: stance's own copy of the top K layers")
    ap.add_argument("--branch-grad", type=float, default=1.0, help="train.stance_branch_grad: its gradient's share into the shared layers")
    ap.add_argument("--hint-drop", type=float, default=0.0, help="share of training sentences without the cue hint")
    ap.add_argument("--stage2", action="store_true", help="with --basil-dev: also score stance after a stage 2 on top")
    ap.add_argument("--stance-tfidf", action="store_true",
                    help="with --basil-dev --stage2: also stance averaged with TF-IDF + LR on this run's BASIL pairs")
    ap.add_argument("--save-probs", default="", help="with --stance-tfidf: save the held-out pairs' probabilities (.npz)")
    ap.add_argument("--stage1-lr", type=float, help="the encoder's learning rate in stage 1 only (default train.lr)")
    ap.add_argument("--basil-pronouns", nargs="?", const="article", default="", choices=("article", "paragraph"),
                    help="BASIL pairs also mark the pronouns that refer to the target (pipeline.corpora.pronoun_spans); "
                         "paragraph: only those after the target's name in the same paragraph")
    ap.add_argument("--layer-decay", type=float, default=1.0,
                    help="stage 1 only: each encoder layer below the top learns at this times the rate of the one above")
    ap.add_argument("--seed", type=int, help="train.seed for the training runs (default params.yaml's); the samples stay")
    ap.add_argument("--candidates", default="", help="K,P: also name cue words annotated >= K times with precision >= P")
    ap.add_argument("--batch-groups", default="", help='e.g. "ptc;basil"; "each" = one corpus per batch')
    a = ap.parse_args()
    weights = {k: float(v) for k, v in (kv.split("=") for kv in a.task_weights.split(",") if kv)}
    if a.batch_groups == "each":
        groups = [["szeged-factbank"], ["szeged-wiki"], ["wiki-weasel"], ["ptc"], ["basil"]]
    else:
        groups = [g.split(",") for g in a.batch_groups.split(";") if g]
    print(json.dumps(main(a.data, a.wiki, a.weasel, not a.no_hints, a.epochs, a.weasel_as_hedged, a.ptc, a.basil,
                          weights, groups, a.basil_dev, a.wiki_dev, a.stance_balanced, a.hint_drop, a.stage2,
                          (int(a.candidates.split(",")[0]), float(a.candidates.split(",")[1])) if a.candidates else None,
                          a.seed, a.ptc_extra, a.stance_tfidf, a.save_probs, a.stance_marks, a.stance_marks_stage2,
                          a.stance_branch, a.branch_grad, bio=a.bio, stage1_lr=a.stage1_lr,
                          layer_decay=a.layer_decay, basil_pronouns=a.basil_pronouns)))

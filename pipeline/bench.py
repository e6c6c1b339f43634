"""`framing bench NAME`: the model against two baselines on a public corpus's test split, in one run.

Output: {"benchmark", "n", "model": {...}, "baselines": {"rules": {...}, "tfidf": {...}}} (basil-quotes has no
baselines: attribution is rule-based, and "model" is the attribution stage itself).
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import numpy as np
from sklearn.metrics import confusion_matrix, f1_score, precision_recall_fscore_support

from pipeline import cues as C
from pipeline.attribute import UNRESOLVED, _split, attribute_corpus
from pipeline.corpora import (
    Example,
    load_basil_quotes,
    load_basil_stance,
    load_ptc,
    load_szeged,
    load_wiki_weasel,
    surname,
)
from pipeline.evaluate import prf, stance_scores, tfidf_fit_predict
from pipeline.io import FramingError, load_params, load_spacy
from pipeline.label import ABSTAIN, AGAINST, FAVOR, STANCE_LFS, SentenceView, TargetFinder
from pipeline.records import STANCES, TECHNIQUES, Article, Sentence
from pipeline.segment import segment_articles
from pipeline.thresholds import technique_thresholds, threshold
from pipeline.train import load_model, predict, sentence_probs, stance_sentence

BENCHMARKS = ("szeged-news", "wiki-weasel", "ptc", "basil-stance", "basil-quotes", "speed", "ray-speed")


def _cap(rows: list, n: int) -> list:
    return rows[:n] if n and n > 0 else rows


def run_benchmark(name: str, data: Path, model_dir: Path, limit: int = 0, train_limit: int = 0) -> dict:
    if name not in BENCHMARKS:
        raise FramingError(f"unknown benchmark {name!r}; choose one of {', '.join(BENCHMARKS)}")
    t0 = time.time()
    if name == "speed":
        return {"benchmark": name, **bench_speed(model_dir, limit or 300)}
    if name == "ray-speed":
        return {"benchmark": name, **bench_ray_speed(model_dir, limit or 300)}
    if not Path(data).is_dir():
        raise FramingError(f"{data}: corpora folder not found")
    if name == "basil-quotes":
        result = bench_basil_quotes(Path(data), limit)
    else:
        model, tokenizer, config = load_model(model_dir)
        runner = {"szeged-news": bench_szeged, "wiki-weasel": bench_weasel, "ptc": bench_ptc, "basil-stance": bench_basil_stance}[name]
        result = runner(Path(data), model, tokenizer, config, limit, train_limit)
        result["model_dir"] = str(model_dir)
        result["model_training"] = config.get("training", {})
    result["seconds"] = round(time.time() - t0, 1)
    return {"benchmark": name, **result}


def _rule_cues(texts: list[str]) -> tuple[list[tuple], list[str]]:
    """One parse per test sentence: its (hedge, speculation, booster, technique) cues and the model's cue hint."""
    nlp = load_spacy(load_params()["segment"]["spacy_model"])
    found = []
    for doc in nlp.pipe(texts, batch_size=128, disable=["ner"]):
        span = doc[:]
        found.append((C.hedge_cues(span), C.speculation_cues(span), C.booster_cues(span), C.technique_cues(span)))
    return found, [C.hint(*f) for f in found]


def _bench_hedged(train: list[Example], test: list[Example], model, tokenizer, config, gold: str = "hedged") -> dict:
    """The `hedged` label (what `framing analyze` outputs) against the corpus's `gold` label; for a corpus with a
    convention of its own (`weasel`), also the model's head trained on that convention, as `weasel_head` (averaged
    with its TF-IDF scorer and cut at the tuned threshold, where the model folder has them)."""
    texts = [e.text for e in test]
    y = [getattr(e, gold) for e in test]
    found, hints = _rule_cues(texts)
    probs = sentence_probs(model, tokenizer, config, texts, hints)
    out = {
        "n": len(test),
        "n_train_baseline": len(train),
        "model": prf(y, (probs["hedged"] >= threshold(config, "hedged")).astype(int)),
        "baselines": {"rules": prf(y, [int(bool(f[0])) for f in found]), "tfidf": prf(y, (tfidf_fit_predict(train, texts, gold) >= 0.5).astype(int))},
    }
    if gold != "hedged":
        cut = threshold(config, gold)  # tuned on held-out training lines where the model folder has it (pipeline/thresholds.py)
        out[f"{gold}_head"] = {**prf(y, (probs[gold] >= cut).astype(int)), "threshold": cut,
                               "threshold_tuned": gold in (config.get("thresholds") or {}),
                               "tfidf_average": gold in (getattr(model, "lexical", None) or {})}
    return out


def bench_szeged(data, model, tokenizer, config, limit, train_limit) -> dict:
    train, test = load_szeged(data, "factbank", "train"), load_szeged(data, "factbank", "test")
    return _bench_hedged(_cap(train, train_limit), _cap(test, limit), model, tokenizer, config)


def bench_weasel(data, model, tokenizer, config, limit, train_limit) -> dict:
    train, test = load_wiki_weasel(data, "train"), load_wiki_weasel(data, "test")
    return _bench_hedged(_cap(train, train_limit), _cap(test, limit), model, tokenizer, config, gold="weasel")


def bench_ptc(data, model, tokenizer, config, limit, train_limit) -> dict:
    train, test = _cap(load_ptc(data, "train"), train_limit), _cap(load_ptc(data, "test"), limit)
    texts = [e.text for e in test]
    y = [e.propaganda for e in test]
    found, hints = _rule_cues(texts)
    probs = sentence_probs(model, tokenizer, config, texts, hints)
    rule_cues = [f[3] for f in found]

    def techniques(pred_sets) -> dict:
        Y = np.array([[t in e.techniques for t in TECHNIQUES] for e in test])
        P = np.array([[t in s for t in TECHNIQUES] for s in pred_sets])
        per = {t: round(float(f1_score(Y[:, k], P[:, k], zero_division=0)), 4) for k, t in enumerate(TECHNIQUES)}
        return {"technique_micro_f1": round(float(f1_score(Y, P, average="micro", zero_division=0)), 4), "technique_f1": per}

    # the labels `framing analyze` outputs: the model folder's tuned thresholds (pipeline/thresholds.py)
    prop_cut, tech_cut = threshold(config, "propaganda"), technique_thresholds(config)
    model_sets = [{TECHNIQUES[k] for k in np.flatnonzero(probs["techniques"][i] >= tech_cut)} if probs["propaganda"][i] >= prop_cut else set()
                  for i in range(len(test))]
    rule_sets = [{c.type for c in cs} for cs in rule_cues]
    tfidf_p = tfidf_fit_predict(train, texts, "propaganda")
    tfidf_sets = _tfidf_techniques(train, texts, tfidf_p)
    return {
        "n": len(test),
        "model": {**prf(y, (probs["propaganda"] >= prop_cut).astype(int)), **techniques(model_sets)},
        "model_thresholds": {"propaganda": prop_cut, "techniques": {t: float(c) for t, c in zip(TECHNIQUES, tech_cut) if c != 0.5}},
        "baselines": {
            "rules": {**prf(y, [int(bool(s)) for s in rule_sets]), **techniques(rule_sets)},
            "tfidf": {**prf(y, (tfidf_p >= 0.5).astype(int)), **techniques(tfidf_sets)},
        },
    }


def _tfidf_techniques(train: list[Example], texts: list[str], prop_p: np.ndarray) -> list[set[str]]:
    out = [set() for _ in texts]
    for t in TECHNIQUES:
        rows = [Example(e.text, e.source, propaganda=int(t in (e.techniques or []))) for e in train]
        if sum(r.propaganda for r in rows) < 2:
            continue
        p = tfidf_fit_predict(rows, texts, "propaganda")
        for i in np.flatnonzero((p >= 0.5) & (prop_p >= 0.5)):
            out[i].add(t)
    return out


def bench_basil_stance(data, model, tokenizer, config, limit, train_limit) -> dict:
    train, test = _cap(load_basil_stance(data, "train"), train_limit), _cap(load_basil_stance(data, "test"), limit)
    y = [e.stance for e in test]
    sents = [stance_sentence(e.text, e.marks, bool(config.get("stance_marks"))) for e in test]
    p = predict(model, tokenizer, [e.target for e in test], sents, max_length=int(config.get("max_length", 64)))["stance"]
    tf = tfidf_fit_predict(train, [e.target for e in test], "stance", [e.text for e in test])
    systems = {"model": [STANCES[int(k)] for k in p.argmax(1)], "rules": _rules_stance(test),
               "tfidf": [STANCES[int(k)] for k in tf.argmax(1)]}
    # BASIL's `none` pairs all name the target, its `favor`/`against` pairs a third of the time not; `framing analyze`
    # scores only pairs that name the target (or a pronoun resolved to it), so those are scored on their own too
    named = [i for i, e in enumerate(test) if e.marks]
    scored = {name: {**stance_scores(y, pred), **stance_errors(y, pred),
                     **({"named": stance_scores([y[i] for i in named], [pred[i] for i in named])} if named else {})}
              for name, pred in systems.items()}
    return {"n": len(test), "model": scored.pop("model"), "baselines": scored}


def stance_errors(y_true: list[str], y_pred: list[str]) -> dict:
    """Precision, recall, F1 and support per stance class, and the confusion counts (rows: gold, columns: predicted,
    both in `STANCES` order): where a system's errors go, e.g. how many `none` pairs it calls `against`."""
    labels = list(STANCES)
    p, r, f, n = precision_recall_fscore_support(y_true, y_pred, labels=labels, zero_division=0)
    return {"per_class": {c: {"precision": round(float(p[i]), 4), "recall": round(float(r[i]), 4), "f1": round(float(f[i]), 4),
                              "support": int(n[i])} for i, c in enumerate(labels)},
            "confusion": {"labels": labels, "counts": confusion_matrix(y_true, y_pred, labels=labels).tolist()}}


def _rules_stance(test: list[Example]) -> list[str]:
    """The stance labeling functions alone: against/favor if any votes so (against wins ties), else none."""
    nlp = load_spacy(load_params()["segment"]["spacy_model"])
    out = []
    for e, doc in zip(test, nlp.pipe([e.text for e in test], batch_size=128)):
        last = surname(e.target)
        finder = TargetFinder({e.target: [last]}, [last])
        span = doc[:]
        view = SentenceView(Sentence("x", 0, 0, len(e.text), e.text, 0), span)
        view.mentions = finder.find(span, {})
        votes = [lf(view, e.target) for lf in STANCE_LFS]
        votes = [v for v in votes if v != ABSTAIN]
        out.append("against" if AGAINST in votes else "favor" if FAVOR in votes else "none")
    return out


def bench_basil_quotes(data: Path, limit: int) -> dict:
    """Source given to each quote span whose speaker is a named person, against BASIL's speaker annotation.
    The rules were developed partly on errors seen here, so the train split's figure is reported beside the test's."""
    test = _quote_accuracy(data, "test", limit)
    train = _quote_accuracy(data, "train", limit)
    return {"n": test["n"], "model": test["model"], "train_split": {"n": train["n"], **train["model"]}}


def _quote_accuracy(data: Path, split: str, limit: int) -> dict:
    params = load_params()
    nlp = load_spacy(params["segment"]["spacy_model"])
    arts = load_basil_quotes(data, split)
    articles, quotes = [], []
    for a in arts:
        if not a["quotes"]:
            continue
        sentences = [s for par in a["article"].get("body-paragraphs", []) for s in par]
        pars = ["  ".join(p) for p in a["article"].get("body-paragraphs", [])]
        text = "\n".join(pars)
        articles.append(Article(a["id"], text, title=a["article"].get("title")))
        for q in a["quotes"]:
            # locate the quote's sentence in the article text, then the span inside it
            sent = next((s for s in sentences if s[q.get("start", 0) : q.get("end", 0)] == q["txt"]), None)
            pos = text.find(sent) + q["start"] if sent and text.find(sent) >= 0 else text.find(q["txt"])
            if pos >= 0:
                quotes.append((a["id"], pos, pos + len(q["txt"]), q["speaker"]))
    if limit:
        keep = {q[0] for q in quotes[:limit]}
        quotes = [q for q in quotes if q[0] in keep]
        articles = [a for a in articles if a.id in keep]
    segs = attribute_corpus(segment_articles(articles, nlp, params["segment"]), params["attribute"])
    by_art = {seg.article.id: seg.sentences for seg in segs}
    correct = covered = 0
    for aid, s, _end, speaker in quotes:
        sent = next((x for x in by_art[aid] if x.start <= s < x.end), None)
        source = sent.source if sent else "author"
        covered += source not in ("author", UNRESOLVED)
        correct += source not in ("author", UNRESOLVED) and _same_person(source, speaker.replace("_", " "))
    n = len(quotes)
    return {"n": n, "model": {"accuracy": round(correct / max(n, 1), 4), "coverage": round(covered / max(n, 1), 4)}}


def _same_person(a: str, b: str) -> bool:
    """Normalised names match: surnames alike (spelling variants, accents lost in BASIL's ids) and first initials
    agree when both have a first name."""
    import difflib

    fa, sa = _split(a)
    fb, sb = _split(b)
    alike = bool(sa) and bool(sb) and difflib.SequenceMatcher(None, sa, sb).ratio() >= 0.85
    return alike and (not fa or not fb or fa[0] == fb[0])


def generated_corpus(n_articles: int, seed: int = 13) -> list[Article]:
    """Articles made by drawing paragraphs of the seed articles at random (fixed seed): real sentence shapes,
    quotes and names, at any corpus size."""
    import random

    from pipeline.segment import collect_inputs, read_article

    params = load_params()
    paragraphs = [line for p in collect_inputs(Path(params["segment"]["seeds"])) for line in read_article(p).text.splitlines() if line.strip()]
    if not paragraphs:
        raise FramingError("no seed article to draw a corpus from")
    rng = random.Random(seed)
    return [Article(f"gen{i:04d}", "\n".join(rng.choice(paragraphs) for _ in range(rng.randint(10, 30))) + "\n") for i in range(n_articles)]


def bench_speed(model_dir: Path, n_articles: int = 300) -> dict:
    """Sentences per second end to end (segment, attribute, cues, model, summary) on a generated corpus, for the
    rules-only path and the model path in one run, with the process's peak resident memory after each."""
    import resource

    from pipeline.cli import analyze_in_batches, build_analyzer
    from pipeline.report import summarize

    articles = generated_corpus(n_articles)
    analyzer = build_analyzer(Path(model_dir), load_params(), [])
    # the reference runs before and after the two paths: the machine's speed drifts, and the ratios use the mean
    reference_texts = [s.text for seg in segment_articles(articles[:60], analyzer.nlp, analyzer.params["segment"]) for s in seg.sentences]
    before = encoder_reference(analyzer.model, analyzer.tokenizer, reference_texts)
    out = {"n": n_articles}
    # the floor under both paths: spaCy's parse of the articles (segmentation), which every path needs first
    t0 = time.perf_counter()
    parsed = sum(len(seg.sentences) for seg in segment_articles(articles, analyzer.nlp, analyzer.params["segment"]))
    seconds = time.perf_counter() - t0
    out["parse_alone"] = {"sentences": parsed, "seconds": round(seconds, 1), "sentences_per_s": round(parsed / seconds, 1)}
    for path, use_model in (("rules", False), ("model", True)):
        analyzer.attributor = None
        t0 = time.perf_counter()
        if use_model:
            rows = analyze_in_batches(analyzer, articles, [], quiet=True)
        else:
            rows = [r for b in range(0, len(articles), 16) for r in analyzer.analyze(articles[b : b + 16], use_model=False)]
        summarize(rows, list(analyzer.targets))
        seconds = time.perf_counter() - t0
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        out[path] = {"sentences": len(rows), "seconds": round(seconds, 1), "sentences_per_s": round(len(rows) / seconds, 1),
                     "peak_rss_mb": round(peak_mb)}
    after = encoder_reference(analyzer.model, analyzer.tokenizer, reference_texts)
    ref = {"what": before.pop("what"), "before": before, "after": {k: v for k, v in after.items() if k != "what"},
           "sentences_per_s": round((before["sentences_per_s"] + after["sentences_per_s"]) / 2, 1)}
    ratios = {path: round(out[path]["sentences_per_s"] / ref["sentences_per_s"], 2) for path in ("model", "rules", "parse_alone")}
    return {"n": out["n"], "model": out["model"], "baselines": {"rules": out["rules"]}, "parse_alone": out["parse_alone"],
            "reference": ref, "ratio_to_reference": {**ratios, "target": round(TARGET_SPEED / ISSUE_REFERENCE_SPEED, 2)}}


# The speed target (issue 7) was set against MiniLM-L6 alone at 230 sentences/s (max length 64, unsorted batches
# of 64) on a 2-core machine: 400 sentences/s end to end is 1.74 times that. Timings on a shared machine drift, so
# the benchmark measures the same reference in the same run and reports every path as a ratio to it as well.
TARGET_SPEED, ISSUE_REFERENCE_SPEED = 400.0, 230.0


def encoder_reference(model, tokenizer, texts: list[str], n: int = 2048, max_length: int = 64, batch_size: int = 64) -> dict:
    """Sentences/s of the model's encoder alone (no tokenization time, no heads) on the first `n` texts, padded to
    `max_length` in unsorted batches of `batch_size`: the setup the speed target was stated against. Uses the
    analyzer's loaded model, so the peak memory of the paths does not count a second copy."""
    import torch

    texts = texts[:n]
    enc = tokenizer(texts, padding="max_length", truncation=True, max_length=max_length, return_tensors="pt")
    t0 = time.perf_counter()
    with torch.inference_mode():
        for b in range(0, len(texts), batch_size):
            model.encoder(input_ids=enc["input_ids"][b : b + batch_size], attention_mask=enc["attention_mask"][b : b + batch_size])
    seconds = time.perf_counter() - t0
    return {"what": f"encoder alone, max length {max_length}, unsorted batches of {batch_size}", "sentences": len(texts),
            "seconds": round(seconds, 1), "sentences_per_s": round(len(texts) / seconds, 1), "torch_threads": torch.get_num_threads()}


def bench_ray_speed(model_dir: Path, n_articles: int = 300) -> dict:
    """Throughput of `--engine ray` with 1 and 2 workers against the default engine, on the same generated corpus
    written to a folder, end to end (reading, analysis, name merging, per-source group-by), in one run. Each Ray
    worker is one actor with one torch thread; the default engine uses torch's threads (2 here). The Ray figures
    include starting the local instance and loading the model in each actor."""
    import tempfile

    from pipeline.cli import analyze_in_batches, build_analyzer
    from pipeline.inputs import read_inputs
    from pipeline.ray_engine import run_ray
    from pipeline.report import summarize

    params = load_params()
    with tempfile.TemporaryDirectory() as tmp:
        for art in generated_corpus(n_articles):
            (Path(tmp) / f"{art.id}.txt").write_text(art.text, encoding="utf-8")
        runs = {}
        t0 = time.perf_counter()
        articles, _ = read_inputs([Path(tmp)])
        analyzer = build_analyzer(Path(model_dir), params, [])
        rows = analyze_in_batches(analyzer, articles, [], quiet=True)
        summarize(rows, list(analyzer.targets))
        runs["default_engine"] = (len(rows), time.perf_counter() - t0, 0)
        reference = sorted(json.dumps(r, sort_keys=True) for r in rows)
        for workers in (1, 2):
            t0 = time.perf_counter()
            ray_rows, _, _ = run_ray([Path(tmp)], Path(model_dir), params, [], "json", None, None, workers, quiet=True)
            runs[f"ray_{workers}_worker{'s' if workers > 1 else ''}"] = (len(ray_rows), time.perf_counter() - t0, workers)
            if sorted(json.dumps(r, sort_keys=True) for r in ray_rows) != reference:
                raise FramingError(f"ray engine with {workers} worker(s) gave records different from the default engine")
    figures = {k: {"sentences": n, "seconds": round(sec, 1), "sentences_per_s": round(n / sec, 1), "workers": w}
               for k, (n, sec, w) in runs.items()}
    return {"n": n_articles, "model": figures.pop("ray_2_workers"), "baselines": figures, "same_records": True}

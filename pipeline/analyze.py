"""The reuse path: segment -> attribute -> cues and target mentions -> fine-tuned model -> per-source summary.

Used by `framing analyze` and by the `report` stage, so the pipeline and the CLI share one implementation.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from pipeline.attribute import Attributor, attribute_one, corpus_names
from pipeline.cues import hint
from pipeline.label import TargetFinder, build_views
from pipeline.lexical import combine_into
from pipeline.records import BINARY_TASKS, STANCES, TECHNIQUES, Article
from pipeline.segment import segment_articles
from pipeline.thresholds import technique_thresholds
from pipeline.thresholds import threshold as tuned_threshold
from pipeline.train import HEADS, predict, stance_sentence


@dataclass
class ArticleResult:
    """One article's sentence records, with source names local to the article, and the people it named."""

    article: str
    rows: list[dict]
    people: list[dict]


def merge_names(results: list[ArticleResult]) -> list[dict]:
    """Sentence records of all articles with one canonical name per person across them (in the given order)."""
    rows = []
    for res, names in zip(results, corpus_names([r.people for r in results])):
        for row in res.rows:
            row["source"] = names.get(row["source"], row["source"])
            rows.append(row)
    return rows


@dataclass
class Analyzer:
    """Holds the loaded spaCy pipeline and model, so a batch of articles loads each once."""

    nlp: object
    model: object
    tokenizer: object
    config: dict
    params: dict
    targets: dict[str, list[str]]
    people: list[str]
    threshold: float = 0.5
    reported: list[str] | None = None  # targets to report; others still anchor pronoun resolution
    pronouns: dict[str, str] | None = None  # a person target's pronoun (default: params' label.pronouns)
    attributor: Attributor | None = field(default=None, repr=False)

    def analyze(self, articles: list[Article], use_model: bool = True) -> list[dict]:
        """Sentence records of these articles, names merged across them."""
        return merge_names(self.analyze_batch(articles, use_model))

    def analyze_batch(self, articles: list[Article], use_model: bool = True) -> list[ArticleResult]:
        """Each article is attributed on its own, so its records do not depend on the rest of the batch; the
        batch only shares spaCy's and the model's batching. Names stay local until `merge_names`."""
        if self.attributor is None:
            self.attributor = Attributor(self.params["attribute"], targets=self.targets)
        segs = segment_articles(articles, self.nlp, self.params["segment"])
        people = [attribute_one(seg, self.attributor) for seg in segs]
        pronouns = self.pronouns if self.pronouns is not None else self.params["label"].get("pronouns")
        finder = TargetFinder(self.targets, self.people, pronouns)
        views = [v for seg in segs for v in build_views(seg, finder)]
        targets = self.reported or list(finder.targets)
        if use_model:
            rows = classify(views, self.model, self.tokenizer, self.config, targets, self.threshold)
        else:
            rows = classify_by_rules(views, targets)
        by_article: dict[str, list[dict]] = {seg.article.id: [] for seg in segs}
        meta = {seg.article.id: article_meta(seg.article) for seg in segs}
        for row in rows:
            row.update(meta[row["article"]])
            by_article[row["article"]].append(row)
        return [ArticleResult(seg.article.id, by_article[seg.article.id], p) for seg, p in zip(segs, people)]


def article_meta(article: Article) -> dict:
    """Article metadata carried by each sentence record, for per-outlet and per-author summaries (None if unknown).
    `byline` is the writer (front matter, sidecar file, corpus column or "About the Author" block)."""
    return {"outlet": article.outlet, "byline": article.author, "title": article.title, "date": article.date}


def classify_by_rules(views, targets: list[str]) -> list[dict]:
    """The rules-only path (no model): a label is positive when its labeling functions found a cue."""
    from pipeline.label import ABSTAIN, AGAINST, FAVOR, STANCE_LFS

    rows = []
    for v in views:
        stance = {}
        for t in targets:
            votes = {lf(v, t) for lf in STANCE_LFS} - {ABSTAIN}
            stance[t] = "against" if AGAINST in votes else "favor" if FAVOR in votes else "none"
        labels = {"hedged": bool(v.hedge), "speculative": bool(v.spec), "boosted": bool(v.boost), "propaganda": bool(v.tech)}
        rows.append(record(v, labels, [c.to_dict() for c in v.hedge + v.spec + v.boost], stance,
                           sorted({c.type for c in v.tech}), {}))
    return rows


def record(v, labels: dict[str, bool], cues: list[dict], stance: dict, techniques: list[str], scores: dict) -> dict:
    """One sentence of the output contract (plus paragraph, attribution note, mentions and technique cues)."""
    s = v.sentence
    return {
        "article": s.article, "index": s.index, "start": s.start, "end": s.end, "text": s.text, "kind": s.kind,
        "paragraph": s.paragraph, "source": s.source, "attribution": s.attribution,
        "attribution_note": s.attribution_note, **{t: labels[t] for t in BINARY_TASKS}, "cues": cues,
        "stance": stance, "techniques": techniques, "scores": scores,
        "mentions": [{"target": m.target, "text": m.text, "start": m.start, "end": m.end, "via": m.via} for m in v.mentions],
        "technique_cues": [c.to_dict() for c in v.tech],
    }


# Batches inside one article, in length order: small batches pad less. Measured on 40 generated articles (1,840
# sentences, model only): batch 64 -> 38 sentences/s, 16 -> 47, 8 -> 55.
INFER_BATCH = 8


def view_marks(v, target: str) -> tuple[tuple[int, int], ...]:
    """A sentence view's mentions of `target` as character spans of its text (mentions carry article offsets)."""
    return tuple((m.start - v.sentence.start, m.end - v.sentence.start) for m in v.mentions if m.target == target)


def model_probs(views, model, tokenizer, config: dict, targets: list[str]) -> tuple[dict, dict]:
    """The model's probabilities, one article at a time: a sentence's batch-mates (and so its padding and the
    float rounding of the matrix products) depend only on its own article, so an article gets byte-identical
    scores alone, in any batch of articles, and on any Ray worker."""
    n = len(views)
    probs = {t: np.zeros(n) for t in HEADS}
    probs["techniques"] = np.zeros((n, len(TECHNIQUES)))
    stance_of: dict[tuple[int, str], np.ndarray] = {}
    max_length = int(config.get("max_length", 64))
    by_article: dict[str, list[int]] = {}
    for i, v in enumerate(views):
        by_article.setdefault(v.sentence.article, []).append(i)
    for idx in by_article.values():
        texts = [views[i].sentence.text for i in idx]
        hints = [hint(views[i].hedge, views[i].spec, views[i].boost, views[i].tech) for i in idx]
        p = predict(model, tokenizer, texts, hints if config.get("cue_hints") else None, max_length=max_length,
                    batch_size=INFER_BATCH, stance=False)
        combine_into(getattr(model, "lexical", None), p, texts, hints)
        for key in probs:
            probs[key][idx] = p[key]
        pairs = [(i, t) for i in idx for t in targets if any(m.target == t for m in views[i].mentions)]
        if pairs:
            on = bool(config.get("stance_marks"))
            sents = [stance_sentence(views[i].sentence.text, view_marks(views[i], t), on) for i, t in pairs]
            sp = predict(model, tokenizer, [t for _, t in pairs], sents, max_length=max_length, batch_size=INFER_BATCH)["stance"]
            stance_of.update(zip(pairs, sp))
    return probs, stance_of


def classify(views, model, tokenizer, config: dict, targets: list[str], threshold: float = 0.5) -> list[dict]:
    """Contract records: the model decides the labels, at the thresholds tuned into the model folder where there are
    (pipeline/thresholds.py), else at `threshold`; the rule cues are reported as evidence for positive labels."""
    probs, stance_of = model_probs(views, model, tokenizer, config, targets)
    cut = {t: tuned_threshold(config, t, threshold) for t in BINARY_TASKS}
    tech_cut = technique_thresholds(config, threshold)
    rows = []
    for i, v in enumerate(views):
        labels = {t: bool(probs[t][i] >= cut[t]) for t in BINARY_TASKS}
        cues = []
        for task, found in (("hedged", v.hedge), ("speculative", v.spec), ("boosted", v.boost)):
            if labels[task]:
                cues += [c.to_dict() for c in found]
        techniques = [TECHNIQUES[k] for k in np.flatnonzero(probs["techniques"][i] >= tech_cut)] if labels["propaganda"] else []
        stance, stance_scores = {}, {}
        for t in targets:
            p = stance_of.get((i, t))
            stance[t] = STANCES[int(np.argmax(p))] if p is not None else "none"
            if p is not None:
                stance_scores[t] = {k: round(float(x), 4) for k, x in zip(STANCES, p)}
        scores = {t: round(float(probs[t][i]), 4) for t in HEADS}
        scores["techniques"] = {name: round(float(x), 4) for name, x in zip(TECHNIQUES, probs["techniques"][i]) if x >= 0.1}
        scores["stance"] = stance_scores
        rows.append(record(v, labels, cues, stance, techniques, scores))
    return rows

"""Word n-gram scorers for `propaganda` and `weasel`, each averaged with the transformer's probability.

The fine-tuned transformer sees 2,500 PTC training lines within the 30-minute budget; a TF-IDF + logistic regression
fits all of PTC train in seconds and errs on other lines. On 4,000 held-out PTC training lines (a threshold tuned
on one half, F1 on the other, both ways round): the transformer alone 0.603 / 0.596, TF-IDF alone 0.596 / 0.590,
their plain average 0.642 / 0.628. So the `train` stage (`pipeline/thresholds.py`) fits this scorer on the PTC
training lines that are neither threshold-tuning lines nor text of any test split, writes it into the model folder
(`propaganda_tfidf.json`: vocabulary, idf, weights; plain JSON, no pickle), and every reader of the model
(`framing analyze`, the benchmarks, `evaluate`) scores propaganda as the average. The decision threshold is tuned on
that average. A model folder without the file scores with the transformer alone.

The `weasel` head (CoNLL-2010's Wikipedia convention) gets the same treatment (`weasel_tfidf.json`): in
benchmarks/hedge_conventions.py, on 2,435 held-out wiki-weasel training sentences (a threshold tuned on one half, F1
on the other, both ways round), the head alone scored 0.660 / 0.665, TF-IDF alone 0.589 / 0.599, their average
0.668 / 0.678. Its scorer is fit on the weasel training sentences that are not its threshold-tuning lines.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import normalize

from pipeline.corpora import Example, evaluation_texts, load_ptc, load_wiki_weasel, normalize_text
from pipeline.io import FramingError, atomic_write_text

FILES = {"propaganda": "propaganda_tfidf.json", "weasel": "weasel_tfidf.json"}  # the tasks with a scorer, and its file
FILE = FILES["propaganda"]
CORPUS = {"propaganda": ("PTC", lambda data: load_ptc(data, "train")),
          "weasel": ("wiki-weasel", lambda data: load_wiki_weasel(data, "train"))}
WEIGHT = 0.5  # share of the TF-IDF score in the average, fixed before any test split was scored
NGRAMS = (1, 2)


@dataclass
class LexicalScorer:
    """TF-IDF (word 1-2 grams, sublinear tf, l2) + logistic regression for one task, kept as plain numbers."""

    vocabulary: dict[str, int]
    idf: np.ndarray
    coef: np.ndarray
    intercept: float
    weight: float = WEIGHT
    n_train: int = 0
    task: str = "propaganda"
    _counter: CountVectorizer | None = field(default=None, repr=False, compare=False)

    def predict(self, texts: list[str]) -> np.ndarray:
        """P(task) per text, as sklearn's fitted TfidfVectorizer + LogisticRegression would give it."""
        if not texts:
            return np.zeros(0)
        if self._counter is None:
            self._counter = CountVectorizer(vocabulary=self.vocabulary, ngram_range=NGRAMS)
        X = self._counter.transform(texts).astype(np.float64)
        X.data = 1.0 + np.log(X.data)
        X = normalize(X.multiply(self.idf).tocsr(), norm="l2")
        return 1.0 / (1.0 + np.exp(-(X @ self.coef + self.intercept)))

    def combine(self, model_p: np.ndarray, texts: list[str]) -> np.ndarray:
        return (1.0 - self.weight) * np.asarray(model_p) + self.weight * self.predict(texts)


def combine_into(scorers: dict[str, LexicalScorer] | None, probs: dict, texts: list[str]) -> dict:
    """Average each task's scorer into that task's probabilities, in place; returns `probs`."""
    for task, scorer in (scorers or {}).items():
        probs[task] = scorer.combine(probs[task], texts)
    return probs


def fit(examples: list[Example], task: str = "propaganda") -> LexicalScorer | None:
    """The scorer of `task` fit on these lines; None when they cannot train one (one class only, or no word seen
    twice)."""
    examples = [e for e in examples if getattr(e, task) is not None]
    if len({int(getattr(e, task)) for e in examples}) < 2:
        return None
    vec = TfidfVectorizer(ngram_range=NGRAMS, sublinear_tf=True, min_df=2)
    try:
        X = vec.fit_transform([e.text for e in examples])
    except ValueError:  # empty vocabulary
        return None
    lr = LogisticRegression(max_iter=2000, C=2.0, class_weight="balanced")
    lr.fit(X, [int(getattr(e, task)) for e in examples])
    vocab = {term: int(i) for term, i in vec.vocabulary_.items()}
    return LexicalScorer(vocab, vec.idf_.copy(), lr.coef_[0].copy(), float(lr.intercept_[0]), n_train=len(examples), task=task)


def training_lines(data: Path | str, held_out: list[Example], task: str = "propaganda") -> list[Example]:
    """The task's training corpus (PTC train, wiki-weasel train) minus the threshold-tuning lines and minus any text
    of a test split."""
    skip = {e.text for e in held_out}
    tested = evaluation_texts(Path(data))
    return [e for e in CORPUS[task][1](data) if e.text not in skip and normalize_text(e.text) not in tested]


def save(scorer: LexicalScorer, folder: Path) -> None:
    terms = sorted(scorer.vocabulary, key=scorer.vocabulary.get)
    doc = {"what": f"TF-IDF + logistic regression for `{scorer.task}`, averaged with the transformer (pipeline/lexical.py)",
           "task": scorer.task, "weight": scorer.weight, "ngram_range": list(NGRAMS), "n_train": scorer.n_train,
           "terms": terms, "idf": scorer.idf.tolist(), "coef": scorer.coef.tolist(), "intercept": scorer.intercept}
    atomic_write_text(Path(folder) / FILES[scorer.task], json.dumps(doc) + "\n")


def load_all(folder: Path | str) -> dict[str, LexicalScorer]:
    """Every scorer saved in a model folder, by task."""
    found = {task: load(folder, task) for task in FILES}
    return {task: s for task, s in found.items() if s is not None}


def load(folder: Path | str, task: str = "propaganda") -> LexicalScorer | None:
    """The task's scorer saved in a model folder; None if the folder has none; one clear error if the file is broken."""
    path = Path(folder) / FILES[task]
    if not path.is_file():
        return None
    try:
        doc = json.loads(path.read_text("utf-8"))
        terms = doc["terms"]
        scorer = LexicalScorer({t: i for i, t in enumerate(terms)}, np.array(doc["idf"], dtype=np.float64),
                               np.array(doc["coef"], dtype=np.float64), float(doc["intercept"]), float(doc["weight"]),
                               int(doc.get("n_train", 0)), task)
        if not (len(terms) == len(scorer.idf) == len(scorer.coef)):
            raise ValueError("terms, idf and coef differ in length")
    except (ValueError, KeyError, TypeError) as e:
        raise FramingError(f"{path}: {task} scorer could not be loaded ({type(e).__name__}: {str(e)[:200]})") from None
    return scorer

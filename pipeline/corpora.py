"""Loaders for the public corpora in their original layouts (see ../shared/data/README.md), with the fixed splits.

Each loader returns `Example`s: text (and for stance a target), with a label for the tasks the corpus annotates and
None for the others, so that the multi-task loss is masked where a corpus says nothing.
"""

from __future__ import annotations

import csv
import hashlib
import json
import random
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.attribute import NAME_SUFFIXES
from pipeline.io import FramingError
from pipeline.records import TECHNIQUES


@dataclass
class Example:
    text: str
    source: str  # corpus name
    target: str | None = None  # stance examples: (target, sentence) pairs
    hedged: int | None = None
    weasel: int | None = None  # CoNLL-2010's Wikipedia convention (vague attribution, peacock words, hedges)
    speculative: int | None = None
    boosted: int | None = None
    propaganda: int | None = None
    techniques: list[str] | None = None
    stance: str | None = None
    hint: str | None = None  # the rule cues as text, read by the model beside the sentence (train.cue_hints)
    marks: tuple[tuple[int, int], ...] = ()  # stance pairs: character spans of the target's mentions in `text`
    meta: dict = field(default_factory=dict)


def _md5_even(s: str) -> bool:
    return int(hashlib.md5(s.encode("utf-8")).hexdigest(), 16) % 2 == 0


def _require(path: Path) -> Path:
    if not path.exists():
        raise FramingError(f"{path}: not found (expected the layout of ../shared/data)")
    return path


# ---------------------------------------------------------------- Szeged uncertainty


def _sentence_text(el: ET.Element) -> str:
    return re.sub(r"\s+", " ", "".join(el.itertext())).strip()


def load_szeged(data: Path | str, part: str = "factbank", split: str = "train") -> list[Example]:
    """Szeged Uncertainty Corpus: a sentence is hedged iff it holds a <ccue>. factbank.xml is news and is split by
    the MD5 parity of <DocID> (even = test); wiki.xml and bio_*.xml are train only."""
    path = _require(Path(data) / "szeged-uncertainty" / "corpora" / "old" / f"{part}.xml")
    root = ET.parse(path).getroot()
    out = []
    for doc in root.iter("Document"):
        doc_id = (doc.findtext("DocID") or "").strip()
        is_test = part == "factbank" and _md5_even(doc_id)
        if (split == "test") != is_test:
            continue
        for s in doc.iter("Sentence"):
            text = _sentence_text(s)
            if not text:
                continue
            cues = [(c.get("type", "").strip(), _sentence_text(c)) for c in s.iter("ccue")]
            out.append(Example(text, f"szeged-{part}", hedged=int(bool(cues)), meta={"doc": doc_id, "cues": cues}))
    return out


# ---------------------------------------------------------------- Wiki weasel


def load_wiki_weasel(data: Path | str, split: str = "train") -> list[Example]:
    """CoNLL-2010 Wikipedia sentences with the `weasel` label. Not `hedged`: on the 7,148 test sentences that
    Szeged's wiki.xml also holds, the two labels agree on 74%, so the corpus trains a head of its own."""
    path = _require(Path(data) / "wiki-weasel-clean" / f"{split}.csv")
    out = []
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            text = row["text"].replace("-LRB-", "(").replace("-RRB-", ")").strip()
            if text:
                out.append(Example(text, "wiki-weasel", weasel=int(row["label"])))
    return out


# ---------------------------------------------------------------- PTC (SemEval-2020 Task 11)


def _read_spans(path: Path, with_technique: bool) -> dict[str, list[tuple]]:
    spans: dict[str, list[tuple]] = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if with_technique and len(parts) == 4:
                spans.setdefault(parts[0], []).append((parts[1], int(parts[2]), int(parts[3])))
            elif not with_technique and len(parts) >= 3:
                spans.setdefault(parts[0], []).append((int(parts[1]), int(parts[2])))
    return spans


def load_ptc(data: Path | str, split: str = "train") -> list[Example]:
    """PTC lines: a non-empty line is propaganda iff an SI span overlaps it; its techniques are the TC spans that
    overlap it. train-* is training data, dev-* the test split."""
    base = _require(Path(data) / "ptc-semeval2020t11")
    if split == "train":
        arts, si, tc = base / "train-articles", base / "train-task1-SI.labels", base / "train-task2-TC.labels"
    else:
        arts, si, tc = base / "dev-articles", base / "dev-task-SI.labels", base / "dev-task-TC.labels"
    arts, si, tc = _require(arts), _require(si), _require(tc)  # a partial layout: one clear error, not a traceback
    si_spans, tc_spans = _read_spans(si, False), _read_spans(tc, True)
    out = []
    for path in sorted(arts.glob("article*.txt")):
        aid = path.stem.replace("article", "")
        text = path.read_text(encoding="utf-8")
        pos = 0
        for line in text.split("\n"):
            start, end = pos, pos + len(line)
            pos = end + 1
            if not line.strip():
                continue
            prop = any(s < end and start < e for s, e in si_spans.get(aid, []))
            techs = sorted({t for t, s, e in tc_spans.get(aid, []) if s < end and start < e and t in TECHNIQUES})
            out.append(Example(line.strip(), "ptc", propaganda=int(prop), techniques=techs, meta={"article": aid, "start": start}))
    return out


# ---------------------------------------------------------------- BASIL


def _basil_pairs(data: Path) -> list[tuple[str, dict, dict | None]]:
    arts = _require(data / "basil" / "articles")
    out = []
    for path in sorted(arts.rglob("*.json")):
        ann_path = data / "basil" / "annotations" / path.parent.name / f"{path.stem}_ann.json"
        art = json.loads(path.read_text("utf-8"))
        ann = json.loads(ann_path.read_text("utf-8")) if ann_path.exists() else None
        out.append((path.stem, art, ann))
    return out


def basil_split(triplet: str) -> str:
    return "test" if _md5_even(triplet) else "train"


def _target_name(t: str) -> str:
    return t.replace("_", " ").strip()


def surname(name: str) -> str:
    """The last word of a name, with the word before it when that is a generational suffix: 'Donald Trump Jr.' ->
    'Trump Jr.' ("Jr." alone is nobody, "Trump" alone his father)."""
    words = name.split()
    suffix = len(words) > 2 and words[-1].lower().rstrip(".") in NAME_SUFFIXES
    return " ".join(words[-2:]) if suffix else words[-1] if words else ""


def name_spans(text: str, name: str) -> tuple[tuple[int, int], ...]:
    """Where `text` names `name`: the whole name, and the surname elsewhere, as whole words (case as written)."""
    spans: list[tuple[int, int]] = []
    for part in dict.fromkeys((name, surname(name))):
        for m in re.finditer(rf"(?<!\w){re.escape(part)}(?!\w)", text):
            if not any(s < m.end() and m.start() < e for s, e in spans):
                spans.append(m.span())
    return tuple(sorted(spans))


def pronoun_spans(sentences: list[str], targets: list[str], nlp) -> dict[tuple[int, str], list[tuple[int, int]]]:
    """Where each sentence of an article refers to a person target by a pronoun, as `framing analyze` resolves it
    (`pipeline.label.TargetFinder` over the article in order, the target's name and surname as aliases): {(sentence
    index, target): character spans}. A target is a person if spaCy tags a PERSON in the article that ends on its
    surname; other targets ("House Democrats", "Newsweek") get no pronoun."""
    from pipeline.label import TargetFinder  # label imports this module's neighbours: imported when used

    text, bounds = "", []
    for s in sentences:
        bounds.append((len(text), len(text) + len(s)))
        text += s + " "
    doc = nlp(text)
    persons = {e[-1].text for e in doc.ents if e.label_ == "PERSON"}
    out: dict[tuple[int, str], list[tuple[int, int]]] = {}
    for target in targets:
        last = surname(target)
        if not set(last.split()) & persons:  # (spaCy's PERSON "Donald Trump Jr." ends on "Jr.")
            continue
        finder, state = TargetFinder({target: list(dict.fromkeys((target, last)))}, [last]), {}
        for i, (a, b) in enumerate(bounds):
            span = doc.char_span(a, b, alignment_mode="expand")
            for m in finder.find(span, state) if span is not None else ():
                if m.via == "pronoun" and m.target == target:
                    out.setdefault((i, target), []).append((m.start - a, m.end - a))
    return out


def load_basil_stance(data: Path | str, split: str = "train", seed: int = 13, nlp=None) -> list[Example]:
    """(target, sentence) pairs: a bias span with a target and polarity gives `against` (neg) or `favor` (pos);
    sentences of the same article that mention the target's surname with no span toward it give `none`. Each pair's
    `marks` are where the sentence names the target and, given a spaCy pipeline `nlp`, the pronouns that refer to it
    (`pronoun_spans`), as `framing analyze` marks a seed sentence's mentions. The pipeline marks names only: the
    pronouns were measured and not kept (docs/experiments.md; `benchmarks/hedge_conventions.py --basil-pronouns`)."""
    rng = random.Random(seed)
    out = []
    for stem, art, ann in _basil_pairs(Path(data)):
        if ann is None or basil_split(art.get("triplet-uuid", stem.rsplit("_", 1)[0])) != split:
            continue
        sentences = [s for par in art.get("body-paragraphs", []) for s in par]
        labeled: dict[tuple[int, str], str] = {}
        for span in ann.get("phrase-level-annotations", []):
            target, pol, txt = span.get("target", ""), span.get("polarity", ""), span.get("txt", "")
            if not target or pol not in ("pos", "neg"):
                continue
            idx = next((i for i, s in enumerate(sentences) if s[span.get("start", 0) : span.get("end", 0)] == txt), None)
            if idx is None:
                idx = next((i for i, s in enumerate(sentences) if txt and txt in s), None)
            if idx is not None:
                labeled[(idx, target)] = "against" if pol == "neg" else "favor"
        targets = {t for _, t in labeled}
        names = sorted({_target_name(t) for t in targets})
        resolved = pronoun_spans(sentences, names, nlp) if nlp is not None and targets else {}

        def marks(i: int, name: str, sentences=sentences, resolved=resolved) -> tuple[tuple[int, int], ...]:
            return tuple(sorted({*name_spans(sentences[i], name), *resolved.get((i, name), ())}))

        for (idx, target), stance in sorted(labeled.items()):
            name = _target_name(target)
            out.append(Example(sentences[idx], "basil", target=name, stance=stance, marks=marks(idx, name),
                               meta={"article": stem}))
        for target in sorted(targets):
            last = surname(_target_name(target))
            cands = [i for i, s in enumerate(sentences) if last in s and (i, target) not in labeled]
            for i in rng.sample(cands, min(len(cands), 3)):
                out.append(Example(sentences[i], "basil", target=_target_name(target), stance="none",
                                   marks=marks(i, _target_name(target)), meta={"article": stem}))
    return out


GROUP_WORDS = {"campaign", "officials", "lawmakers", "democrats", "republicans", "administration", "house", "senate",
               "committee", "party", "group", "members", "supporters", "critics", "protestors", "protesters", "now"}


def is_named_person(speaker: str) -> bool:
    """BASIL speaker ids that name one person ('Donald_Trump'), not a group ('Republican_Lawmakers', 'Democrats',
    'Obama_campaign') or an other_* placeholder."""
    parts = [p for p in speaker.split("_") if p]
    return (len(parts) >= 2 and not speaker.startswith("other") and all(p[:1].isupper() for p in parts)
            and not {p.lower() for p in parts} & GROUP_WORDS)


def load_basil_quotes(data: Path | str, split: str = "test") -> list[dict]:
    """Quote spans whose speaker is a named person: article text, span offsets and speaker name."""
    out = []
    for stem, art, ann in _basil_pairs(Path(data)):
        if ann is None or basil_split(art.get("triplet-uuid", stem.rsplit("_", 1)[0])) != split:
            continue
        out.append({"id": stem, "article": art, "quotes": [
            a for a in ann.get("phrase-level-annotations", [])
            if a.get("quote") == "yes" and is_named_person(a.get("speaker", ""))
        ]})
    return out


def normalize_text(text: str) -> str:
    """Lower case, punctuation and spacing aside: how a training sentence is matched against the test splits."""
    return re.sub(r"\W+", " ", text.lower()).strip()


def evaluation_texts(data: Path) -> set[str]:
    """Normalized texts of every test split present under `data`. Szeged's wiki.xml is train-only but holds
    7,148 of the 7,288 wiki-weasel test sentences (CoNLL-2010 drew its Wikipedia data from it), so training sets
    are filtered against these."""
    loaders = (lambda: load_szeged(data, "factbank", "test"), lambda: load_wiki_weasel(data, "test"),
               lambda: load_ptc(data, "dev"), lambda: load_basil_stance(data, "test"))
    out: set[str] = set()
    for load in loaders:
        try:
            out.update(normalize_text(e.text) for e in load())
        except FramingError:
            continue  # an absent corpus (or split) has no test split to protect
    return out


def whole_articles(rows: list[Example], n: int, seed: int) -> list[Example]:
    """Every line of articles drawn in a seeded random order until at least `n` lines are taken."""
    by_article: dict[str, list[Example]] = {}
    for e in rows:
        by_article.setdefault(str(e.meta["article"]), []).append(e)
    order = sorted(by_article)
    random.Random(seed).shuffle(order)
    out: list[Example] = []
    for article in order:
        if len(out) >= n:
            break
        out += by_article[article]
    return out


def ptc_tuning_articles(data: Path | str | None, n: int, seed: int) -> set[str]:
    """The PTC training articles kept out of every training stage for tuning decision thresholds: whole articles
    (their lines that occur in no test split) in a seeded order until they hold at least `n` lines. Empty without
    corpora, without PTC, or for `n` <= 0. `pipeline.thresholds.held_out` tunes on them; `training_examples` and
    `lexical.training_lines` leave them out."""
    if not data or n <= 0:
        return set()
    try:
        rows = load_ptc(Path(data), "train")
    except FramingError:
        return set()
    tested = evaluation_texts(Path(data))
    rows = [e for e in rows if normalize_text(e.text) not in tested]
    return {str(e.meta["article"]) for e in whole_articles(rows, n, seed)}


def training_examples(data: Path | str | None, caps: dict[str, int], seed: int = 13,
                      withheld: dict[str, set[str]] | None = None) -> list[Example]:
    """Training splits of every corpus present under `data`, without any sentence that also occurs in a test
    split and without the articles `withheld` names per corpus (PTC's threshold-tuning articles), each capped
    (random sample with a fixed seed)."""
    if not data:
        return []
    data = Path(data)
    if not data.is_dir():
        raise FramingError(f"{data}: corpora folder not found")
    held_out = evaluation_texts(data)
    rng = random.Random(seed)
    loaders = {
        "szeged_news": lambda: load_szeged(data, "factbank", "train"),
        "szeged_wiki": lambda: load_szeged(data, "wiki", "train"),
        "wiki_weasel": lambda: load_wiki_weasel(data, "train"),
        "ptc": lambda: load_ptc(data, "train"),
        "basil_stance": lambda: load_basil_stance(data, "train", seed),
    }
    out = []
    for name, load in loaders.items():
        cap = int(caps.get(name, 0))
        if cap <= 0:
            continue
        try:
            rows = load()
        except FramingError:
            continue  # a corpus that is absent is skipped; the others still count
        rows = [e for e in rows if normalize_text(e.text) not in held_out]
        if (withheld or {}).get(name):
            rows = [e for e in rows if str(e.meta.get("article")) not in withheld[name]]
        if len(rows) > cap:
            rows = rng.sample(rows, cap)
        out.extend(rows)
    return out

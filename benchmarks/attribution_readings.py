"""The tools behind docs/attribution.md's readings: dump every sentence's source over a public corpus, draw a reading,
and list what changed between two dumps.

    .venv/bin/python benchmarks/attribution_readings.py dump ../shared/data basil /tmp/d/A_basil.json
    .venv/bin/python benchmarks/attribution_readings.py sample /tmp/d/A_ptc-train.json 7701 40 nonwriter
    .venv/bin/python benchmarks/attribution_readings.py diff /tmp/d/A_ptc-train.json /tmp/d/B_ptc-train.json

`dump` runs `attribute_corpus` over BASIL's 300 articles (paragraphs as `framing bench basil-quotes` joins them),
PTC dev's 75 or PTC train's 371 (`basil`, `ptc-dev`, `ptc-train`), reading the corpus from its folder, never copying it.
`sample` seeds Python's `random` with SEED and draws N body sentences of one kind (`nonwriter`: a source other than
the writer; `writer`; `direct`; `indmixed`: indirect or mixed), each printed with the four sentences before it.
`diff` aligns two dumps article by article (by sentence text, so a segmentation change shows as such) and prints every
sentence whose source or attribution changed, with the three sentences before it.
"""

from __future__ import annotations

import difflib
import itertools
import json
import random
import sys
from pathlib import Path

KINDS = ("nonwriter", "writer", "direct", "indmixed")


def dump(data: str, corpus: str, out: str) -> None:
    from pipeline.attribute import attribute_corpus
    from pipeline.corpora import _basil_pairs
    from pipeline.io import load_params, load_spacy
    from pipeline.records import Article
    from pipeline.segment import read_article, segment_articles

    params = load_params()
    nlp = load_spacy(params["segment"]["spacy_model"])
    if corpus == "basil":
        articles = [Article(stem, "\n".join("  ".join(p) for p in art.get("body-paragraphs", [])), title=art.get("title"))
                    for stem, art, _ann in _basil_pairs(Path(data))]
    elif corpus in ("ptc-dev", "ptc-train"):
        folder = Path(data) / "ptc-semeval2020t11" / ("train-articles" if corpus == "ptc-train" else "dev-articles")
        articles = [read_article(p) for p in sorted(folder.glob("article*.txt"))]
    else:
        raise SystemExit(f"unknown corpus {corpus!r}: basil, ptc-dev or ptc-train")
    rows = [{"a": seg.article.id, "i": s.index, "p": s.paragraph, "kind": s.kind, "text": s.text, "src": s.source,
             "att": s.attribution, "note": s.attribution_note}
            for seg in attribute_corpus(segment_articles(articles, nlp, params["segment"]), params["attribute"])
            for s in seg.sentences]
    Path(out).write_text(json.dumps(rows), encoding="utf-8")
    print(f"{corpus}: {len(articles)} articles, {len(rows)} sentences -> {out}")


def sample(path: str, seed: int, n: int, kind: str) -> None:
    rows = json.loads(Path(path).read_text(encoding="utf-8"))
    body = [k for k, r in enumerate(rows) if r["kind"] == "body"]
    keep = {"nonwriter": lambda r: r["src"] != "author", "writer": lambda r: r["src"] == "author",
            "direct": lambda r: r["att"] == "direct", "indmixed": lambda r: r["att"] in ("indirect", "mixed")}[kind]
    pool = [k for k in body if keep(rows[k])]
    random.seed(seed)
    print(f"# {path} seed {seed} kind {kind}: pool {len(pool)}")
    for j, k in enumerate(random.sample(pool, n), 1):
        r = rows[k]
        print(f"\n=== {j}. [{r['a']} #{r['i']}]")
        for q in rows[max(0, k - 4) : k]:
            if q["a"] == r["a"]:
                print(f"   ({q['src']}|{q['att']}) {q['text']}")
        print(f">> ({r['src']}|{r['att']}|{r['note']}) {r['text']}")


def diff(path_a: str, path_b: str) -> None:
    def by_article(path: str) -> dict[str, list[dict]]:
        rows = json.loads(Path(path).read_text(encoding="utf-8"))
        return {k: list(g) for k, g in itertools.groupby(rows, key=lambda r: r["a"])}

    before, after = by_article(path_a), by_article(path_b)
    changes = 0
    for art, xa in before.items():
        xb = after.get(art, [])
        matcher = difflib.SequenceMatcher(None, [r["text"] for r in xa], [r["text"] for r in xb], autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag != "equal":
                changes += 1
                print(f"\n--- {art} segmentation {tag}: {[r['text'] for r in xa[i1:i2]]} -> {[r['text'] for r in xb[j1:j2]]}")
                continue
            for k, (x, y) in enumerate(zip(xa[i1:i2], xb[j1:j2]), j1):
                if (x["src"], x["att"]) != (y["src"], y["att"]):
                    changes += 1
                    print(f"\n--- {art} #{y['i']}")
                    for q in xb[max(0, k - 3) : k]:
                        print(f"   ({q['src']}|{q['att']}) {q['text']}")
                    print(f"   {x['src']}|{x['att']}  ->  {y['src']}|{y['att']} ({y['note']})\n   >> {x['text']}")
    print(f"\n## {changes} changes")


def main(argv: list[str]) -> None:
    if len(argv) == 4 and argv[0] == "dump":
        dump(argv[1], argv[2], argv[3])
    elif len(argv) == 5 and argv[0] == "sample" and argv[4] in KINDS:
        sample(argv[1], int(argv[2]), int(argv[3]), argv[4])
    elif len(argv) == 3 and argv[0] == "diff":
        diff(argv[1], argv[2])
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])

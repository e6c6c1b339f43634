"""Run textacy's `direct_quotations` on the BASIL quote benchmark, scored exactly like `framing bench basil-quotes`.

textacy is not a dependency of framing; install it beside the project, e.g.
    .venv/bin/pip install --target /tmp/textacy_pkgs --no-deps textacy==0.13.0 cytoolz toolz jellyfish pyphen networkx cachetools floret
    PYTHONPATH=/tmp/textacy_pkgs .venv/bin/python benchmarks/textacy_basil.py ../shared/data [test|train]

Each BASIL article is parsed paragraph by paragraph with the same spaCy model as framing (textacy works on one Doc;
whole articles would let one unbalanced quotation mark cost the whole article). A quote counts as attributed when
a textacy triple's content overlaps it; its source is the triple's speaker, with pronouns left as they are (textacy
does not resolve them). A paragraph on which textacy raises counts as giving no source for its quotes.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import textacy.extract as ex

from pipeline.bench import _same_person
from pipeline.corpora import load_basil_quotes
from pipeline.io import load_spacy


def main(data: str, split: str = "test") -> None:
    nlp = load_spacy()
    n = correct = covered = crashed_pars = pars_total = 0
    for a in load_basil_quotes(Path(data), split):
        if not a["quotes"]:
            continue
        paragraphs = ["  ".join(p) for p in a["article"].get("body-paragraphs", [])]
        sentences = [s for par in a["article"].get("body-paragraphs", []) for s in par]
        triples = []  # (paragraph index, content start, content end, speaker)
        for i, doc in enumerate(nlp.pipe(paragraphs)):
            pars_total += 1
            try:
                for t in ex.direct_quotations(doc):
                    speaker = " ".join(tok.text for tok in t.speaker)
                    triples.append((i, t.content.start_char, t.content.end_char, speaker))
            except ValueError:
                crashed_pars += 1
        for q in a["quotes"]:
            sent = next((s for s in sentences if s[q.get("start", 0):q.get("end", 0)] == q["txt"]), None)
            i = next((k for k, p in enumerate(paragraphs) if sent and sent in p), None)
            if i is None:
                continue
            pos = paragraphs[i].find(sent) + q["start"]
            end = pos + len(q["txt"])
            n += 1
            hit = next((t for t in triples if t[0] == i and t[1] < end and pos < t[2]), None)
            if hit:
                covered += 1
                correct += _same_person(hit[3], q["speaker"].replace("_", " "))
    print(json.dumps({"benchmark": "basil-quotes", "system": "textacy 0.13.0 direct_quotations", "split": split, "n": n,
                      "accuracy": round(correct / max(n, 1), 4), "coverage": round(covered / max(n, 1), 4),
                      "paragraphs": pars_total, "paragraphs_that_raised": crashed_pars}))


if __name__ == "__main__":
    main(*sys.argv[1:])

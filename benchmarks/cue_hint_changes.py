"""Which training sentences a cue change moves: the rules' cue hints over the training text stage 1 reads the rules
on (Szeged's news training sentences, 3,000 Szeged wiki and 3,000 wiki-weasel training sentences, each a fixed
sample with `random.Random(13)`, and PTC's training lines). Dump the hints with one checkout of `pipeline/cues.py`,
then with another, and compare; no test split is read.

    .venv/bin/python benchmarks/cue_hint_changes.py dump ../shared/data before.json   # at the old commit
    .venv/bin/python benchmarks/cue_hint_changes.py dump ../shared/data after.json    # with the change
    .venv/bin/python benchmarks/cue_hint_changes.py compare before.json after.json

`dump-stage1 DATA FILE` dumps the hints of stage 1's own training examples instead (`train.corpus_examples` under
`params.yaml`'s caps and seed, 15,000 sentences and stance pairs): if none changed, stage 1 learns from the same inputs.
"""

from __future__ import annotations

import json
import random
import sys


def dump(data: str, out: str) -> None:
    from pipeline.corpora import load_ptc, load_szeged, load_wiki_weasel
    from pipeline.cues import hints_for
    from pipeline.io import load_params, load_spacy

    texts = [e.text for e in load_szeged(data, "factbank", "train")]
    texts += [e.text for e in random.Random(13).sample(load_szeged(data, "wiki", "train"), 3000)]
    texts += [e.text for e in random.Random(13).sample(load_wiki_weasel(data, "train"), 3000)]
    texts += [e.text for e in load_ptc(data, "train")]
    hints = hints_for(texts, load_spacy(load_params()["segment"]["spacy_model"]))
    with open(out, "w", encoding="utf-8") as f:
        json.dump(list(zip(texts, hints)), f)
    print(f"{len(texts)} sentences -> {out}")


def dump_stage1(data: str, out: str) -> None:
    from pipeline.cues import hints_for
    from pipeline.io import load_params, load_spacy
    from pipeline.train import corpus_examples

    params = load_params()
    params["corpora"]["dir"] = data
    texts = [e.text for e in corpus_examples(params)]
    hints = hints_for(texts, load_spacy(params["segment"]["spacy_model"]))
    with open(out, "w", encoding="utf-8") as f:
        json.dump(list(zip(texts, hints)), f)
    print(f"{len(texts)} stage-1 examples -> {out}")


def compare(before: str, after: str) -> int:
    a, b = (json.load(open(p, encoding="utf-8")) for p in (before, after))
    if [t for t, _ in a] != [t for t, _ in b]:
        raise SystemExit("the two dumps hold different sentences")
    changed = [(t, h0, h1) for (t, h0), (_, h1) in zip(a, b) if h0 != h1]
    for t, h0, h1 in changed:
        print(f"{h0!r} -> {h1!r} | {t[:150]}")
    print(f"{len(changed)} of {len(a)} hints changed")
    return len(changed)


if __name__ == "__main__":
    if sys.argv[1:2] == ["dump"] and len(sys.argv) == 4:
        dump(sys.argv[2], sys.argv[3])
    elif sys.argv[1:2] == ["dump-stage1"] and len(sys.argv) == 4:
        dump_stage1(sys.argv[2], sys.argv[3])
    elif sys.argv[1:2] == ["compare"] and len(sys.argv) == 4:
        compare(sys.argv[2], sys.argv[3])
    else:
        raise SystemExit(__doc__)

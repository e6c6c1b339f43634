"""List the source names the corpus merge gave from another article, for reading by hand.

Each article is attributed on its own; `attribute.corpus_names` then makes one name per person across the corpus, so
"Cowan said" in one article takes the full name another article gave a Cowan. This script attributes BASIL's 300
articles or PTC's 371 training articles together, as `framing analyze` would a folder, and prints every (article,
source) pair whose source is a full name found in two or more articles while the name's first word never occurs in the
article: the article named only the surname (or a title and surname), and the name came from elsewhere. Each pair comes
with its first two sentences, to be read: is the person the article means the person the name says?

    .venv/bin/python benchmarks/corpus_merges.py ../shared/data basil
    .venv/bin/python benchmarks/corpus_merges.py ../shared/data ptc-train

About five minutes each on two cores. The sixtieth session's reading of both lists is in docs/attribution.md
("A twenty-first reading").

With a third argument, `surnames`, it lists instead the sentences given to a person (a name opening with a known first
name) whose surname another person of the same article shares, where the sentence does not hold the person's first
name, each with the two sentences before: the surname, a title or a pronoun chose between relatives or namesakes
("A twenty-second reading").

    .venv/bin/python benchmarks/corpus_merges.py ../shared/data basil surnames
"""

from __future__ import annotations

import collections
import re
import sys
from pathlib import Path

from pipeline.attribute import attribute_corpus, first_name_gender, normalise
from pipeline.corpora import _basil_pairs
from pipeline.io import load_params, load_spacy
from pipeline.records import Article
from pipeline.segment import segment_articles


def articles(data: Path, which: str) -> list[Article]:
    if which == "basil":
        return [Article(stem, "\n".join("  ".join(p) for p in a.get("body-paragraphs", [])), title=a.get("title"))
                for stem, a, _ann in _basil_pairs(data)]
    folder = data / "ptc-semeval2020t11" / "train-articles"
    return [Article(p.stem, p.read_text("utf-8")) for p in sorted(folder.glob("*.txt"))]


def merged_pairs(rows: list[tuple[str, str, str, str]]) -> list[tuple[tuple[str, str], list[tuple[str, str, str, str]]]]:
    """rows: (article, source, attribution, text) per sentence. The (article, source) pairs whose source is a name of
    two or more words, found in at least two articles, whose first word the article's text never holds."""
    text: dict[str, str] = collections.defaultdict(str)
    by: dict[tuple[str, str], list] = collections.defaultdict(list)
    for row in rows:
        text[row[0]] += " " + row[3]
        if row[1] not in ("author", "unresolved speaker"):
            by[(row[0], row[1])].append(row)
    articles_of: dict[str, set[str]] = collections.defaultdict(set)
    for art, source in by:
        articles_of[source].add(art)
    out = []
    for (art, source), sents in sorted(by.items()):
        words = source.split()
        if len(words) < 2 or not words[0][0].isupper() or len(articles_of[source]) < 2:
            continue
        if any(joint in source for joint in (" and ", "'s ", "’s ")):
            continue  # ("Barack Obama and Hillary Clinton", "Trump's lawyers": not one person's name)
        if re.search(r"\b" + re.escape(words[0].rstrip(".")), text[art]):
            continue
        out.append(((art, source), sents))
    return out


def shared_surnames(segs) -> list[tuple[object, list[str], list[object]]]:
    """(sentence, the article's other people of that surname, the two sentences before) for each sentence whose source
    is a person sharing a surname with another person-source of its article, when it does not hold the first name."""
    def person(name: str) -> bool:
        words = name.split()
        return len(words) >= 2 and " and " not in name and "'s" not in name and bool(first_name_gender(normalise(words[0])))

    def surname(name: str) -> str:
        words = name.split()
        return words[-2] if words[-1] in ("Jr.", "Sr.", "II", "III") else words[-1]

    out = []
    for seg in segs:
        people = {s.source for s in seg.sentences if person(s.source)}
        for k, s in enumerate(seg.sentences):
            others = sorted(p for p in people if p != s.source and surname(p) == surname(s.source)) if s.source in people else []
            if others and s.source.split()[0] not in s.text:
                out.append((s, others, seg.sentences[max(0, k - 2) : k]))
    return out


def main(data: str, which: str, mode: str = "merges") -> None:
    params = load_params()
    nlp = load_spacy(params["segment"]["spacy_model"])
    segs = attribute_corpus(segment_articles(articles(Path(data), which), nlp, params["segment"]), params["attribute"])
    if mode == "surnames":
        found = shared_surnames(segs)
        for s, others, before in found:
            print(f"=== {s.article} #{s.index} [{s.source}] others {others} ({s.attribution})")
            for b in before:
                print(f"      [{b.source}] {b.text[:160]}")
            print(f"    > {s.text[:240]}")
        print(f"{len(found)} sentences")
        return
    rows = [(s.article, s.source, s.attribution, s.text) for seg in segs for s in seg.sentences if s.kind == "body"]
    pairs = merged_pairs(rows)
    in_articles = collections.Counter(source for (_, source), _ in pairs)
    for (art, source), sents in pairs:
        print(f"=== {art} [{source}] {len(sents)} sentences")
        for _, _, attribution, sentence in sents[:2]:
            print(f"    ({attribution}) {sentence[:200]}")
    print(f"{len(pairs)} pairs, {len(in_articles)} names")


if __name__ == "__main__":
    main(*sys.argv[1:])

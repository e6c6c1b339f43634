"""Would Wikipedia's own "words to watch" make the `weasel` TF-IDF scorer a better partner for the transformer?
Decided on training splits only (forty-ninth session).

CoNLL-2010's Wikipedia sentences were drawn around Wikipedia's {{weasel}} and {{peacock}} tags, and its annotators
marked weasel words, hedges and peacock terms: the vocabulary that Wikipedia's Manual of Style lists under "Words to
watch" (MOS:WTW: puffery, unsupported attributions, expressions of doubt, editorialising). The shipped scorer
(pipeline/lexical.py: word 1-2 grams, character 2-5 grams, the cue hint's words x 2) learns each of these words
from the lines that hold it; a rare one ("virtuoso", "Legend claims") gets little weight. Here each MOS:WTW
category becomes one binary feature (times a scale) beside the shipped blocks, so that the words of a category
share one weight, fitted on exactly the lines the pipeline fits the scorer on, and scored as
benchmarks/lexical_hints.py scores its variants: on the pipeline's own 1,292 weasel threshold-tuning lines, averaged
with the shipped transformer's head at the shipped share (0.6), mean F1 over 10 random halvings at the threshold
tuned on the other half; and 5-fold average precision of the scorer alone on its training lines.

The rule, lexical_variants.py's, written before the first run: a variant replaces the scorer only if its averaged
F1 rises by at least 0.01 over the current one's, in at least 8 of the 10 halvings, and its average precision does
not fall.

    .venv/bin/python benchmarks/watch_words.py ../shared/data --scales 0.5 1 2 --out benchmarks/watch-words.json
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix, hstack

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from lexical_hints import HintedWords, run, score_variants  # noqa: E402

from pipeline.io import load_params  # noqa: E402

_W = r"(?<![\w-])(?:{})(?![\w-])"
_PEOPLE = (r"people|scholars|critics|experts|historians|observers|commentators|analysts|sources|fans|researchers|"
           r"scientists|authors|writers|reviewers|musicians|players|users|editors|economists|theorists|"
           r"academics|others|sceptics|skeptics|believers|proponents|opponents|supporters|detractors")
# Wikipedia, Manual of Style / Words to watch (MOS:WTW), one pattern per category, as listed there and in the
# peacock and weasel guidance it links to (WP:PEACOCK, WP:WEASEL).
CATEGORIES = {
    "puffery": _W.format(
        r"legendary|great|greatest|acclaimed|iconic|visionary|outstanding|leading|celebrated|award-winning|landmark|"
        r"cutting-edge|innovative|revolutionary|extraordinary|brilliant|famous|famed|renowned|remarkable|"
        r"prestigious|world-class|respected|notable|virtuoso|unique|pioneering|phenomenal|prominent|influential|"
        r"seminal|masterpiece|spectacular|stunning|magnificent|impressive|excellent|superb|finest|best|"
        r"best-known|well-known|popular|popularity|acclaim|highly regarded|critically acclaimed|hit"),
    "superlative": r"(?<!\w)(?:one of the|among the) (?:most |best |greatest |largest |finest |\w+est )|"
                   r"(?<!\w)(?:the|its|his|her|their) most \w+",
    "unsupported_attribution": "|".join((
        _W.format(rf"(?:some|many|most|several|various|numerous|certain|other|a number of) (?:\w+ )?(?:{_PEOPLE})"),
        _W.format(r"(?:it|this) (?:is|was|has been|had been) (?:often |widely |generally |commonly |sometimes |"
                  r"frequently |long |also )?(?:said|believed|thought|considered|regarded|claimed|reported|argued|"
                  r"alleged|known|rumou?red|suggested|held|felt|accepted|assumed|speculated)"),
        _W.format(r"(?:is|are|was|were|be|been) (?:often |widely |generally |commonly |sometimes |frequently |"
                  r"usually |also |still |largely )?(?:considered|regarded|seen|viewed|thought|believed|said|known|"
                  r"described|recognized|recognised|acknowledged|hailed|praised|credited|cited)(?: to be| as| to)?"),
        _W.format(r"(?:legend|tradition|rumou?r|folklore|popular belief|conventional wisdom) (?:has it|claims|says|"
                  r"holds|states|suggests|tells)"),
        _W.format(r"according to (?:some|many|most|legend|tradition|rumou?rs?|critics|experts)"),
        _W.format(rf"(?:{_PEOPLE}) (?:say|said|claim|claimed|argue|argued|believe|believed|consider|considered|"
                  r"note|noted|agree|agreed|suggest|suggested|feel|felt|contend|contended|maintain|maintained)"),
        _W.format(r"research (?:has shown|shows|suggests|indicates)|studies (?:have shown|show|suggest|indicate)|"
                  r"science says|it has been (?:shown|suggested|argued)"),
        _W.format(r"reportedly|allegedly|supposedly|purportedly|widely|arguably|famously|notoriously|"
                  r"reputedly|by many|by some|by most|by critics|by experts"))),
    "doubt": _W.format(r"so-called|supposed|alleged|purported|self-proclaimed|self-styled|so called|notorious|"
                       r"infamous|controversial|disputed|dubious|questionable"),
    "editorial": _W.format(
        r"it should be noted|it is (?:interesting|important|worth) (?:to note|noting)|interestingly|ironically|"
        r"notably|clearly|obviously|of course|fortunately|unfortunately|tragically|surprisingly|remarkably|"
        r"inevitably|essentially|undoubtedly|without a doubt|needless to say|sadly|luckily|amazingly|truly|"
        r"certainly|indeed|in fact|actually|simply|just"),
    "quantifier": _W.format(r"many|some|most|several|numerous|various|a number of|majority|minority|often|"
                            r"frequently|common|commonly|generally|typically|usually|sometimes|occasionally|"
                            r"rarely|largely|mostly|partly|somewhat|fairly|rather|quite|very|extremely|highly"),
}
PATTERNS = {name: re.compile(p, re.IGNORECASE) for name, p in CATEGORIES.items()}


def watch_features(texts: list[str]) -> csr_matrix:
    """One binary column per MOS:WTW category: does the text hold a word of it?"""
    rows = [[1.0 if p.search(t) else 0.0 for p in PATTERNS.values()] for t in texts]
    return csr_matrix(np.array(rows, dtype=np.float64).reshape(len(texts), len(PATTERNS)))


class Watched(HintedWords):
    """The shipped `weasel` scorer's features (words, characters, hint x 2) plus the categories x `watch`."""

    def __init__(self, scale: float = 2.0, watch: float = 0.0):
        super().__init__(scale)
        self.watch = watch

    def features(self, texts, hints, fit):
        X = super().features(texts, hints, fit)
        return hstack([X, watch_features(texts) * self.watch]).tocsr() if self.watch else X


def main(data: str, model_dir: str, scales: list[float]) -> dict:
    cfg = load_params()["train"]["thresholds"]
    hint_scale = float((cfg.get("lexical_hints") or {}).get("weasel", 0.0))

    def cover(texts: list[str], y) -> dict:
        shares = {name: [round(float(np.mean([bool(p.search(t)) for t, v in zip(texts, y) if v == k])), 3) for k in (0, 1)]
                  for name, p in PATTERNS.items()}
        print("share of training lines holding a category, [certain, weasel]:", shares, flush=True)
        return {"hint_scale": hint_scale, "category_cover_certain_weasel": shares}

    variants = {"current (shipped scorer)": lambda: Watched(hint_scale, 0.0)}
    variants |= {f"words to watch x{w:g}": (lambda w=w: Watched(hint_scale, w)) for w in scales if w}
    return score_variants(data, model_dir, variants, cover)


if __name__ == "__main__":
    run(main)

"""Print the README's results table from metrics/eval.json and bench/*.json: `python -m pipeline.results_table`."""

from __future__ import annotations

import json
from pathlib import Path

BENCH_KEYS = {"szeged-news": "f1", "wiki-weasel": "f1", "ptc": "f1", "basil-stance": "macro_f1", "basil-quotes": "accuracy"}


def table(metrics: Path = Path("metrics/eval.json"), bench: Path = Path("bench")) -> str:
    lines = ["| figure | model | rules / weak labels | TF-IDF + LR | command |", "|---|---:|---:|---:|---|"]
    if metrics.is_file():
        m = json.loads(metrics.read_text("utf-8"))
        for task in ("hedged", "speculative", "boosted", "propaganda"):
            lines.append(f"| seed gold, `{task}` F1 (out of fold) | {m[task]['model']['f1']:.3f} | {m[task]['weak']['f1']:.3f} | "
                         f"{m[task]['tfidf']['f1']:.3f} | `make repro CORPORA=../shared/data`; `dvc metrics show` |")
        if "techniques" in m:
            tq = m["techniques"]
            lines.append(f"| seed gold, technique micro-F1 (out of fold; {tq['model']['support']} technique labels) | "
                         f"{tq['model']['f1']:.3f} | {tq['weak']['f1']:.3f} | | same |")
        st = m["stance"]
        lines.append(f"| seed gold, stance macro-F1 (all targets) | {st['model']['macro_f1']:.3f} | {st['weak']['macro_f1']:.3f} | "
                     f"{st['tfidf']['macro_f1']:.3f} | same |")
        lk = st["against_f1_by_target"].get("Lukashenko")
        if lk:
            lines.append(f"| seed gold, `against` Lukashenko F1 | {lk['model']:.3f} | {lk['weak']:.3f} | {lk['tfidf']:.3f} | same |")
        a = m["attribution"]
        lines.append(f"| seed gold, source accuracy over {a['n_body']} body sentences | {a['source_accuracy_body']:.3f} (rules) | | | same |")
    for name, key in BENCH_KEYS.items():
        path = bench / f"{name}.json"
        if not path.is_file():
            continue
        b = json.loads(path.read_text("utf-8"))
        base = b.get("baselines", {})
        cells = [f"{base[s][key]:.3f}" if s in base else "" for s in ("rules", "tfidf")]
        extra = f" (coverage {b['model']['coverage']:.3f})" if name == "basil-quotes" else ""
        lines.append(f"| {name} test, {key.replace('_', '-')} (n={b['n']}){extra} | {b['model'][key]:.3f} | {cells[0]} | {cells[1]} | "
                     f"`framing bench {name} --data ../shared/data --out bench/{name}.json` |")
        if "weasel_head" in b:
            w = b["weasel_head"]
            how = ("; the head averaged with its TF-IDF scorer" if w.get("tfidf_average") else "") + (
                f", at the tuned threshold {w['threshold']:g}" if w.get("threshold_tuned") else "")
            what = "score" if how else "head"
            lines.append(f"| {name} test, f1 of the `weasel` {what} (CoNLL-2010's convention{how}; a score, not an output label) | "
                         f"{w['f1']:.3f} | | | same |")
        if name == "basil-stance" and "named" in b["model"]:
            cells = [f"{base[s]['named']['macro_f1']:.3f}" if s in base else "" for s in ("rules", "tfidf")]
            lines.append(f"| basil-stance test, macro-F1 over the pairs whose sentence names the target, as every pair "
                         f"`framing analyze` scores does (n={b['model']['named']['n']}) | {b['model']['named']['macro_f1']:.3f} | "
                         f"{cells[0]} | {cells[1]} | same |")
        if name == "ptc" and "technique_micro_f1" in b["model"]:
            cells = [f"{base[s]['technique_micro_f1']:.3f}" if s in base else "" for s in ("rules", "tfidf")]
            lines.append(f"| ptc test, technique micro-F1 (14 techniques, sentence level) | {b['model']['technique_micro_f1']:.3f} | "
                         f"{cells[0]} | {cells[1]} | same |")
            if "technique_f1" in b["model"]:
                def macro(scores: dict) -> str:
                    return f"{sum(scores['technique_f1'].values()) / len(scores['technique_f1']):.3f}" if scores.get("technique_f1") else ""
                named = sum(f > 0 for f in b["model"]["technique_f1"].values())
                lines.append(f"| ptc test, technique macro-F1 (the mean of the 14 techniques' F1; the model names {named} of them "
                             f"with F1 above 0) | {macro(b['model'])} | {macro(base.get('rules', {}))} | {macro(base.get('tfidf', {}))} | same |")
    speed = bench / "speed.json"
    if speed.is_file():
        s = json.loads(speed.read_text("utf-8"))
        r = s["baselines"]["rules"]
        ratio = s.get("ratio_to_reference", {})
        cell = {k: f" = {ratio[k]:.2f}× the encoder alone" if k in ratio else "" for k in ("model", "rules")}
        rf = s.get("reference", {})
        drift = (f" ({rf['before']['sentences_per_s']:.0f} before the two paths, {rf['after']['sentences_per_s']:.0f} after)"
                 if "before" in rf and "after" in rf else "")
        ref = (f"; in the same run the encoder alone ran {rf['sentences_per_s']:.0f}/s{drift}, and the target, 400/s, is "
               f"{ratio['target']:.2f}× the encoder alone" if rf and "target" in ratio else "")
        if "parse_alone" in s and "parse_alone" in ratio:
            ref += (f"; spaCy's parse alone (segmentation, which both paths start with) ran "
                    f"{s['parse_alone']['sentences_per_s']:.0f}/s = {ratio['parse_alone']:.2f}× the encoder alone")
        lines.append(f"| speed, sentences/s end to end ({s['n']} generated articles, {s['model']['sentences']} sentences{ref}) | "
                     f"{s['model']['sentences_per_s']:.0f}{cell['model']} (peak {s['model']['peak_rss_mb']} MB) | "
                     f"{r['sentences_per_s']:.0f}{cell['rules']} (peak {r['peak_rss_mb']} MB) | | `framing bench speed --out bench/speed.json` |")
    ray = bench / "ray-speed.json"
    if ray.is_file():
        s = json.loads(ray.read_text("utf-8"))
        runs = {"ray_2_workers": s["model"], **s["baselines"]}
        cells = ", ".join(f"{k.replace('_', ' ')} {v['sentences_per_s']:.0f}" for k, v in runs.items())
        lines.append(f"| `--engine ray` sentences/s ({s['n']} generated articles; records equal to the default engine's: "
                     f"{s['same_records']}) | {cells} | | | `framing bench ray-speed --out bench/ray-speed.json` |")
    return "\n".join(lines)


def variance_table(path: Path = Path("benchmarks/seed-variance.json")) -> str:
    """The spread of each figure across stage-2 training seeds (benchmarks/seed_variance.py); empty if not run."""
    if not path.is_file():
        return ""
    v = json.loads(path.read_text("utf-8"))
    seeds = v["seeds"]
    lines = [f"| figure (stage-2 seeds {', '.join(map(str, seeds))}) | min | max | mean | sd |", "|---|---:|---:|---:|---:|"]
    for name, s in v["spread"].items():
        lines.append(f"| {name} | {s['min']:.3f} | {s['max']:.3f} | {s['mean']:.3f} | {s['sd']:.3f} |")
    return "\n".join(lines)


if __name__ == "__main__":
    print(table())
    spread = variance_table()
    if spread:
        print("\n" + spread)

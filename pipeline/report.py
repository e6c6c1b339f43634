"""Stage 6: per-source framing metrics (rates with n and 95% Wilson intervals) as JSON and Markdown."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from pipeline.html_report import RATES, headline, to_html
from pipeline.io import atomic_write_text, load_params, write_json


def wilson(k: int, n: int) -> list[float]:
    """95% Wilson score interval for k successes out of n (scipy's implementation)."""
    if n == 0:
        return [0.0, 1.0]
    from scipy.stats import binomtest

    ci = binomtest(k, n).proportion_ci(confidence_level=0.95, method="wilson")
    return [round(float(ci.low), 4), round(float(ci.high), 4)]


def summarize(rows: list[dict], targets: list[str]) -> dict[str, dict]:
    """Per-source summary following the output contract, plus intervals, voice share and attribution mix.

    Headings, captions and bios are the writer's furniture, not a voice: only body sentences count. A source
    quoted in several articles is one entry (names are merged across articles by the attribute stage).
    """
    body = [r for r in rows if r["kind"] == "body"]
    total_words = sum(words(r) for r in body) or 1
    by_source: dict[str, list[dict]] = {}
    for r in body:
        by_source.setdefault(r["source"], []).append(r)
    return {name: summarize_source(by_source[name], targets, total_words) for name in sorted(by_source, key=source_order)}


def source_order(name: str) -> tuple[bool, str]:
    return (name != "author", name)


def words(row: dict) -> int:
    return len(row["text"].split())


def summarize_source(mine: list[dict], targets: list[str], total_words: int) -> dict:
    """One source's entry from its body sentences (also the per-group step of the Ray engine's group-by)."""
    n = len(mine)
    counts = {k: sum(bool(r[k]) for r in mine) for k in RATES}
    n_words = sum(words(r) for r in mine)
    attribution = Counter(r["attribution"] for r in mine)
    return {
        "sentences": n,
        **{k: round(counts[k] / n, 4) for k in RATES},
        "stance": {t: {s: sum(r["stance"].get(t) == s for r in mine) for s in ("favor", "against", "none")} for t in targets},
        "techniques": dict(sorted(Counter(t for r in mine for t in r["techniques"]).items())),
        "ci": {k: wilson(counts[k], n) for k in RATES},
        "counts": counts,
        "words": n_words,
        "voice_share": round(n_words / (total_words or 1), 4),
        "attribution": dict(sorted(attribution.items())),
        "articles": sorted({r["article"] for r in mine}),
    }


GROUPS = (("by_article", "article"), ("by_outlet", "outlet"), ("by_byline", "byline"))


def summarize_groups(rows: list[dict], targets: list[str]) -> dict[str, dict]:
    """The per-source summary within each article, each outlet and each author (byline), where the metadata
    exists: {"by_article": {article: {source: entry}}, "by_outlet": ..., "by_byline": ...}."""
    out: dict[str, dict] = {}
    for key, fieldname in GROUPS:
        groups: dict[str, list[dict]] = {}
        for r in rows:
            if r.get(fieldname):
                groups.setdefault(r[fieldname], []).append(r)
        if groups:
            out[key] = {g: summarize(rs, targets) for g, rs in sorted(groups.items())}
    return out


def compare(sources: dict[str, dict], min_sentences: int = 3) -> dict:
    """What an analyst asks first: who hedges, speculates, boosts and uses propaganda most (sources with at least `min_sentences`
    sentences, so one sentence is not a champion), voice share ranking, direct against indirect quoting, and the
    writer's own voice against all quoted voices pooled, each rate with its interval."""
    ranked = {n: s for n, s in sources.items() if s["sentences"] >= min_sentences}
    most = {}
    for k in RATES:
        if ranked:
            name, s = max(ranked.items(), key=lambda kv: (kv[1][k], kv[1]["sentences"]))
            # null when no source has the label: a rate of 0 leads nothing
            most[k] = {"source": name, "rate": s[k], "ci": s["ci"][k], "sentences": s["sentences"]} if s[k] > 0 else None
    quoted = [s for n, s in sources.items() if n != "author"]
    pooled_n = sum(s["sentences"] for s in quoted)
    pooled = {k: sum(s["counts"][k] for s in quoted) for k in RATES}
    voices = {"quoted": {"sentences": pooled_n, **{k: round(pooled[k] / pooled_n, 4) if pooled_n else 0.0 for k in RATES},
                         "ci": {k: wilson(pooled[k], pooled_n) for k in RATES}}}
    if "author" in sources:
        a = sources["author"]
        voices["author"] = {"sentences": a["sentences"], **{k: a[k] for k in RATES}, "ci": a["ci"]}
    kinds = Counter()
    for n, s in sources.items():
        if n != "author":
            kinds.update(s["attribution"])
    n_att = sum(kinds.values())
    return {
        "min_sentences": min_sentences,
        "most": most,
        "voice_share": [{"source": n, "sentences": s["sentences"], "words": s["words"], "share": s["voice_share"]}
                        for n, s in sorted(sources.items(), key=lambda kv: -kv[1]["words"])],
        "attribution_share": {k: round(kinds[k] / n_att, 4) if n_att else 0.0 for k in ("direct", "indirect", "mixed")},
        "author_vs_quoted": voices,
    }


def to_markdown(sources: dict[str, dict], rows: list[dict], title: str = "Framing report", groups: dict | None = None) -> str:
    lines = [f"# {title}", "", headline(sources, rows), ""]
    lines += ["| source | sentences | voice share | " + " | ".join(RATES) + " | direct / indirect / mixed |",
              "|---|---:|---:|" + "---|" * len(RATES) + "---|"]
    for name, s in sources.items():
        cells = [f"{s[k]:.2f} [{s['ci'][k][0]:.2f}, {s['ci'][k][1]:.2f}]" for k in RATES]
        a = s["attribution"]
        lines.append(f"| {name} | {s['sentences']} | {s['voice_share']:.2f} | {' | '.join(cells)} | "
                     f"{a.get('direct', 0)} / {a.get('indirect', 0)} / {a.get('mixed', 0)} |")
    lines += ["", "## Stance toward targets (sentences: against / favor)", ""]
    targets = sorted({t for s in sources.values() for t in s["stance"]})
    lines += ["| source | " + " | ".join(targets) + " |", "|---|" + "---|" * len(targets)]
    for name, s in sources.items():
        lines.append(f"| {name} | " + " | ".join(f"{s['stance'][t]['against']} / {s['stance'][t]['favor']}" for t in targets) + " |")
    lines += ["", "## Techniques", ""]
    for name, s in sources.items():
        if s["techniques"]:
            lines.append(f"- **{name}**: " + ", ".join(f"{k} ({v})" for k, v in s["techniques"].items()))
    cmp = compare(sources)
    lines += ["", f"## Who hedges, speculates, boosts and uses propaganda most (sources with at least {cmp['min_sentences']} sentences)", ""]
    lines += [f"- {k}: **{v['source']}** ({v['rate']:.2f} [{v['ci'][0]:.2f}, {v['ci'][1]:.2f}] of {v['sentences']} sentences)"
              if v else f"- {k}: no source" for k, v in cmp["most"].items()]
    lines += ["", "## The writer's own voice against quoted voices", "",
              "| voice | sentences | " + " | ".join(RATES) + " |", "|---|---:|" + "---|" * len(RATES)]
    for name, v in cmp["author_vs_quoted"].items():
        lines.append(f"| {name} | {v['sentences']} | " + " | ".join(f"{v[k]:.2f} [{v['ci'][k][0]:.2f}, {v['ci'][k][1]:.2f}]" for k in RATES) + " |")
    a = cmp["attribution_share"]
    lines += ["", f"Quoted sentences: {a['direct']:.0%} direct, {a['indirect']:.0%} indirect, {a['mixed']:.0%} mixed.", ""]
    for key, title in (("by_outlet", "outlet"), ("by_byline", "author (byline)")):
        if groups and groups.get(key):
            lines += [f"## Per {title}", "", f"| {title} | source | sentences | " + " | ".join(RATES) + " |", "|---|---|---:|" + "---|" * len(RATES)]
            for g, srcs in groups[key].items():
                for name, s in srcs.items():
                    lines.append(f"| {g} | {name} | {s['sentences']} | " + " | ".join(f"{s[k]:.2f} [{s['ci'][k][0]:.2f}, {s['ci'][k][1]:.2f}]" for k in RATES) + " |")
            lines.append("")
    lines += ["", "## Sentences", "", "| # | source | attribution | labels | stance | text |", "|---:|---|---|---|---|---|"]
    for r in rows:
        labs = ",".join(k for k in RATES if r[k]) + ("" if not r["techniques"] else " (" + ", ".join(r["techniques"]) + ")")
        stance = ", ".join(f"{v} {t}" for t, v in r["stance"].items() if v != "none")
        text = r["text"].replace("|", "\\|")
        lines.append(f"| {r['index']} | {r['source']} | {r['attribution']} | {labs} | {stance} | {text} |")
    return "\n".join(lines) + "\n"


def load_evaluation(metrics: Path, eval_dir: Path) -> dict | None:
    """metrics/eval.json plus confusion matrices and calibration points from data/eval, for the HTML report."""
    if not metrics.is_file():
        return None
    evaluation = json.loads(metrics.read_text("utf-8"))
    evaluation["confusion"], evaluation["calibration"] = {}, {}
    for path in sorted(eval_dir.glob("confusion_*.json")):
        pairs = [(r["actual"], r["predicted"]) for r in json.loads(path.read_text("utf-8"))]
        labels = sorted({a for a, _ in pairs} | {b for _, b in pairs})
        evaluation["confusion"][path.stem.removeprefix("confusion_")] = {
            "labels": labels, "matrix": [[sum(1 for a, b in pairs if a == x and b == y) for y in labels] for x in labels]}
    for path in sorted(eval_dir.glob("calibration_*.json")):
        evaluation["calibration"][path.stem.removeprefix("calibration_")] = json.loads(path.read_text("utf-8"))
    return evaluation


def load_benchmarks(folder: Path) -> dict:
    return {p.stem: json.loads(p.read_text("utf-8")) for p in sorted(folder.glob("*.json"))} if folder.is_dir() else {}


def main(model_dir: str = "models", out_dir: str = "reports") -> None:
    from pipeline.cli import build_analyzer
    from pipeline.inputs import read_inputs

    params = load_params()
    analyzer = build_analyzer(Path(model_dir), params, [])
    articles, errors = read_inputs([Path(params["segment"]["seeds"])])
    for e in errors:
        print(f"skipped: {e}", file=sys.stderr)
    rows = analyzer.analyze(articles)
    sources = summarize(rows, list(analyzer.targets))
    groups, comparisons = summarize_groups(rows, list(analyzer.targets)), compare(sources)
    write_json(Path(out_dir) / "framing.json", {"sentences": rows, "sources": sources, "comparisons": comparisons, "groups": groups})
    atomic_write_text(Path(out_dir) / "framing.md", to_markdown(sources, rows, groups=groups))
    evaluation, benchmarks = load_evaluation(Path("metrics/eval.json"), Path("data/eval")), load_benchmarks(Path("bench"))
    atomic_write_text(Path(out_dir) / "framing.html", to_html(sources, rows, "Framing report: seeds/", evaluation, benchmarks, groups))
    metrics = {name: {k: s[k] for k in ("sentences", *RATES, "voice_share")} for name, s in sources.items()}
    write_json("metrics/sources.json", metrics)
    write_json(Path(out_dir) / "sources_plot.json", [{"source": name, **{k: s[k] for k in RATES}} for name, s in sources.items()])
    print(f"report: {len(sources)} sources -> {out_dir}/framing.json, {out_dir}/framing.md")


if __name__ == "__main__":
    main(*sys.argv[1:])

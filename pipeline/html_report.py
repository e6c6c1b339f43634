"""A self-contained HTML report: inline SVG charts and styles, no scripts, nothing fetched when opened."""

from __future__ import annotations

import html

RATES = ("hedged", "speculative", "boosted", "propaganda")  # per-source shares of sentences with each label
COLORS = {"hedged": "#4e79a7", "speculative": "#f28e2b", "boosted": "#e15759", "propaganda": "#8e6c8a"}
RATE_HEADERS = "".join(f"<th>{k}</th>" for k in RATES)
STYLE = """
body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:70rem;color:#222;line-height:1.4}
table{border-collapse:collapse;margin:.5rem 0 1.5rem}td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left}
th{background:#f4f4f4}.s{margin:.2rem 0;padding:.2rem .4rem;border-left:4px solid #ddd}
.s.hedged{border-left-color:#4e79a7}.s.speculative{border-left-color:#f28e2b}.s.boosted{border-left-color:#e15759}.s.propaganda{border-left-color:#8e6c8a}
.src{font-size:.8rem;color:#555;margin-right:.5rem}.lab{font-size:.75rem;border-radius:3px;padding:0 .3rem;color:#fff;margin-right:.2rem}
mark.hedged{background:#cfe0f3}mark.speculative{background:#fbdcbf}mark.boosted{background:#f8cfd0}mark.technique{background:#e5d9f2}
.caption,.heading,.bio{color:#777;font-style:italic}.note{color:#666;font-size:.9rem}
"""


def _e(x) -> str:
    return html.escape(str(x))


def rate_chart(sources: dict[str, dict]) -> str:
    """Horizontal bars of each rate per source with 95% interval whiskers."""
    names = list(sources)
    row_h, label_w, plot_w = 16, 260, 420
    height = len(names) * (len(RATES) * row_h + 10) + 30
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" width="{label_w + plot_w + 20}" height="{height}" role="img" aria-label="rates per source">']
    for k in range(0, 11, 2):
        x = label_w + plot_w * k / 10
        out.append(f'<line x1="{x}" y1="0" x2="{x}" y2="{height - 20}" stroke="#eee"/><text x="{x}" y="{height - 5}" font-size="10" text-anchor="middle">{k / 10:.1f}</text>')
    y = 5
    for name in names:
        s = sources[name]
        short = name if len(name) <= 28 else name[:27] + "…"  # the label column is 260 px wide
        out.append(f'<text x="{label_w - 8}" y="{y + row_h * 1.8}" font-size="12" text-anchor="end"><title>{_e(name)}</title>{_e(short)} (n={s["sentences"]})</text>')
        for rate in RATES:
            w = plot_w * s[rate]
            lo, hi = (label_w + plot_w * v for v in s["ci"][rate])
            out.append(f'<rect class="bar" x="{label_w}" y="{y}" width="{w:.1f}" height="{row_h - 4}" fill="{COLORS[rate]}"><title>{_e(name)} {rate} {s[rate]:.2f} [{s["ci"][rate][0]:.2f}, {s["ci"][rate][1]:.2f}]</title></rect>')
            mid = y + (row_h - 4) / 2
            out.append(f'<line x1="{lo:.1f}" y1="{mid}" x2="{hi:.1f}" y2="{mid}" stroke="#333"/>')
            y += row_h
        y += 10
    out.append("</svg>")
    legend = " ".join(f'<span class="lab" style="background:{c}">{r}</span>' for r, c in COLORS.items())
    return f"<p>{legend} bars: rate; whiskers: 95% Wilson interval</p>" + "".join(out)


def _highlight(row: dict) -> str:
    """The sentence with its cue words marked, using the cue offsets."""
    text, start = row["text"], row["start"]
    marks = sorted(((c["start"] - start, c["end"] - start, c.get("label", "")) for c in row.get("cues", []) + row.get("technique_cues", [])
                    if 0 <= c["start"] - start < c["end"] - start <= len(text)), key=lambda m: (m[0], -m[1]))
    out, pos = [], 0
    for a, b, label in marks:
        if a < pos:
            continue
        out.append(_e(text[pos:a]))
        out.append(f'<mark class="{_e(label)}">{_e(text[a:b])}</mark>')
        pos = b
    out.append(_e(text[pos:]))
    return "".join(out)


def sentence_view(rows: list[dict]) -> str:
    out = []
    for r in rows:
        labels = [k for k in RATES if r[k]]
        tags = "".join(f'<span class="lab" style="background:{COLORS[k]}">{k}</span>' for k in labels)
        tags += "".join(f'<span class="lab" style="background:#8e6c8a">{_e(t)}</span>' for t in r.get("techniques", []))
        against = [t for t, v in r.get("stance", {}).items() if v != "none"]
        stance = "".join(f'<span class="lab" style="background:#555">{v} {t}</span>' for t, v in r.get("stance", {}).items() if t in against)
        out.append(f'<div class="s {" ".join(labels)} {r["kind"]}"><span class="src">{_e(r["source"])} · {_e(r["attribution"])}</span>'
                   f'{tags}{stance} {_highlight(r)}</div>')
    return "\n".join(out)


def evaluation_section(evaluation: dict | None, benchmarks: dict | None) -> str:
    if not evaluation and not benchmarks:
        return ""
    out = ["<h2>Evaluation</h2>"]
    if evaluation:
        out.append("<p class='note'>Against the hand-made seed gold; the model is scored out of fold (cross-validation over paragraphs).</p>")
        out.append("<table><tr><th>task</th><th>model F1</th><th>weak labels F1</th><th>TF-IDF F1</th></tr>")
        for task in ("hedged", "speculative", "boosted", "propaganda"):
            if task in evaluation:
                e = evaluation[task]
                out.append(f"<tr><td>{task}</td><td>{e['model']['f1']:.2f}</td><td>{e['weak']['f1']:.2f}</td><td>{e['tfidf']['f1']:.2f}</td></tr>")
        if "stance" in evaluation:
            e = evaluation["stance"]
            out.append(f"<tr><td>stance (macro-F1)</td><td>{e['model']['macro_f1']:.2f}</td><td>{e['weak']['macro_f1']:.2f}</td><td>{e['tfidf']['macro_f1']:.2f}</td></tr>")
        out.append("</table>")
        if "attribution" in evaluation:
            a = evaluation["attribution"]
            out.append(f"<p>Source accuracy over {a['n_body']} body sentences: <b>{a['source_accuracy_body']:.3f}</b>; attribution type accuracy {a['attribution_accuracy_body']:.3f}.</p>")
        for task, cm in (evaluation.get("confusion") or {}).items():
            out.append(f"<h3>Confusion matrix: {task}</h3><table><tr><th>gold \\ predicted</th>" + "".join(f"<th>{_e(c)}</th>" for c in cm["labels"]) + "</tr>")
            for lab, row in zip(cm["labels"], cm["matrix"]):
                out.append(f"<tr><th>{_e(lab)}</th>" + "".join(f"<td>{v}</td>" for v in row) + "</tr>")
            out.append("</table>")
        if evaluation.get("calibration"):
            out.append("<h3>Reliability diagram (out-of-fold)</h3>" + reliability_svg(evaluation["calibration"]))
    if benchmarks:
        out.append("<h3>Public benchmarks</h3><table><tr><th>benchmark</th><th>n</th><th>model</th><th>rules</th><th>TF-IDF</th></tr>")
        for name, b in sorted(benchmarks.items()):
            key = next((k for k in ("f1", "macro_f1", "accuracy", "sentences_per_s") if k in b.get("model", {})), None)
            if key is None:
                continue
            base = b.get("baselines", {})
            cells = [f"{b['model'][key]:.3f}"] + [f"{base[s][key]:.3f}" if key in base.get(s, {}) else "–" for s in ("rules", "tfidf")]
            out.append(f"<tr><td>{_e(name)} ({key})</td><td>{b['n']}</td>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
        out.append("</table>")
    return "\n".join(out)


def reliability_svg(calibration: dict[str, list[dict]]) -> str:
    size, pad = 260, 30
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" width="{size + 2 * pad}" height="{size + 2 * pad}">',
           f'<rect x="{pad}" y="{pad}" width="{size}" height="{size}" fill="none" stroke="#999"/>',
           f'<line x1="{pad}" y1="{pad + size}" x2="{pad + size}" y2="{pad}" stroke="#bbb" stroke-dasharray="4"/>']
    for task, points in calibration.items():
        pts = " ".join(f"{pad + size * p['mean_predicted']:.1f},{pad + size * (1 - p['fraction_positive']):.1f}" for p in points)
        out.append(f'<polyline points="{pts}" fill="none" stroke="{COLORS.get(task, "#8e6c8a")}" stroke-width="2"><title>{task}</title></polyline>')
    out.append(f'<text x="{pad + size / 2}" y="{size + 2 * pad - 5}" font-size="11" text-anchor="middle">mean predicted probability</text></svg>')
    return "".join(out)


def _ci_cells(v: dict) -> str:
    return "".join(f"<td>{v[k]:.2f} [{v['ci'][k][0]:.2f}, {v['ci'][k][1]:.2f}]</td>" for k in RATES)


def comparison_section(sources: dict[str, dict], groups: dict | None) -> str:
    """Who leads each rate, the writer's voice against quoted voices, and per-outlet / per-author tables."""
    from pipeline.report import compare

    cmp = compare(sources)
    out = [f"<h2>Comparisons</h2><p class='note'>Leaders among sources with at least {cmp['min_sentences']} sentences.</p><ul>"]
    out += [f"<li>most {k}: <b>{_e(v['source'])}</b> {v['rate']:.2f} [{v['ci'][0]:.2f}, {v['ci'][1]:.2f}] of {v['sentences']} sentences</li>"
            if v else f"<li>most {k}: no source</li>" for k, v in cmp["most"].items()]
    a = cmp["attribution_share"]
    out.append(f"<li>quoted sentences: {a['direct']:.0%} direct, {a['indirect']:.0%} indirect, {a['mixed']:.0%} mixed</li></ul>")
    out.append("<h3>The writer's own voice against quoted voices</h3><table><tr><th>voice</th><th>sentences</th>"
               f"{RATE_HEADERS}</tr>")
    out += [f"<tr><td>{_e(n)}</td><td>{v['sentences']}</td>{_ci_cells(v)}</tr>" for n, v in cmp["author_vs_quoted"].items()]
    out.append("</table>")
    for key, title in (("by_outlet", "outlet"), ("by_byline", "author (byline)")):
        if groups and groups.get(key):
            out.append(f"<h3>Per {title}</h3><table><tr><th>{title}</th><th>source</th><th>sentences</th>{RATE_HEADERS}</tr>")
            out += [f"<tr><td>{_e(g)}</td><td>{_e(n)}</td><td>{s['sentences']}</td>{_ci_cells(s)}</tr>"
                    for g, srcs in groups[key].items() for n, s in srcs.items()]
            out.append("</table>")
    return "".join(out)


def headline(sources: dict[str, dict], rows: list[dict]) -> str:
    """The report's first line: what the tables count. They count body sentences only (headings, captions and bios
    are the writer's furniture), so the total is given apart from them."""
    body = sum(r["kind"] == "body" for r in rows)
    return (f"{len(rows)} sentences, {body} of them body sentences, {len(sources)} voices. The tables count body sentences "
            "only; voice share is a source's share of the body's words. Rates are shares of a source's sentences with "
            "95% Wilson intervals; a handful of sentences is not a trend.")


def to_html(sources: dict[str, dict], rows: list[dict], title: str = "Framing report", evaluation: dict | None = None,
            benchmarks: dict | None = None, groups: dict | None = None) -> str:
    targets = sorted({t for s in sources.values() for t in s["stance"]})
    stance_rows = "".join(
        f"<tr><td>{_e(n)}</td>" + "".join(f"<td>{s['stance'][t]['against']} / {s['stance'][t]['favor']}</td>" for t in targets) + "</tr>"
        for n, s in sources.items())
    table = "".join(
        f"<tr><td>{_e(n)}</td><td>{s['sentences']}</td><td>{s['voice_share']:.2f}</td>"
        + "".join(f"<td>{s[k]:.2f} [{s['ci'][k][0]:.2f}, {s['ci'][k][1]:.2f}]</td>" for k in RATES)
        + f"<td>{s['attribution'].get('direct', 0)} / {s['attribution'].get('indirect', 0)} / {s['attribution'].get('mixed', 0)}</td></tr>"
        for n, s in sources.items())
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{_e(title)}</title><style>{STYLE}</style></head><body>
<h1>{_e(title)}</h1>
<p class="note">{_e(headline(sources, rows))}</p>
<h2>Per-source rates</h2>{rate_chart(sources)}
<table><tr><th>source</th><th>sentences</th><th>voice share</th>{RATE_HEADERS}<th>direct / indirect / mixed</th></tr>{table}</table>
<h2>Stance toward targets (sentences against / favor)</h2>
<table><tr><th>source</th>{"".join(f"<th>{_e(t)}</th>" for t in targets)}</tr>{stance_rows}</table>
{comparison_section(sources, groups)}
{evaluation_section(evaluation, benchmarks)}
<h2>Sentences</h2>
<p class="note">Border colour: label; highlighted words: the rule cues behind a positive label.</p>
{sentence_view(rows)}
</body></html>
"""

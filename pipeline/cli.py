"""`framing` command line: analyze new articles with the trained model; run the public-corpus benchmarks."""

from __future__ import annotations

import glob
import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from pipeline.io import ROOT, FramingError, atomic_write_text, load_params, load_spacy, write_json
from pipeline.records import Article

app = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__)


def parse_target_options(options: list[str]) -> dict[str, list[str]]:
    """'Lukashenko' or 'Lukashenko=Lukashenka,the Belarusian leader' -> {name: aliases}."""
    out: dict[str, list[str]] = {}
    for opt in options:
        name, _, aliases = opt.partition("=")
        name = name.strip()
        if not name:
            raise FramingError(f"--target {opt!r}: empty target name")
        out[name] = [a.strip() for a in aliases.split(",") if a.strip()]
    return out


def build_analyzer(model_dir: Path, params: dict, target_options: list[str]):
    from pipeline.analyze import Analyzer
    from pipeline.train import load_model

    model, tokenizer, config = load_model(model_dir)
    label = params["label"]
    targets = dict(label["targets"])
    people = list(label.get("people", []))
    reported = None
    if target_options:
        chosen = parse_target_options(target_options)
        # a named default target keeps its configured aliases unless new ones are given
        targets.update({name: aliases or targets.get(name, []) for name, aliases in chosen.items()})
        reported = list(chosen)
    return Analyzer(load_spacy(params["segment"]["spacy_model"]), model, tokenizer, config, params, targets, people,
                    float(params["evaluate"].get("threshold", 0.5)), reported)


def read_inputs(paths: list[Path]) -> tuple[list[Article], list[str]]:
    """Files, folders (recursive), globs and '-' (standard input) -> articles, and one error line per bad input."""
    from pipeline.segment import TEXT_SUFFIXES, decode_article, read_article

    articles, errors, seen = [], [], set()
    for p in paths:
        s = str(p)
        if s == "-":
            try:
                articles.append(decode_article(sys.stdin.buffer.read(), "<stdin>", article_id="stdin"))
            except FramingError as e:
                errors.append(str(e))
            continue
        if any(ch in s for ch in "*?[") and not Path(s).exists():
            matches = sorted(glob.glob(s, recursive=True))
            if not matches:
                errors.append(f"{s}: no file matches")
            candidates = [Path(m) for m in matches]
        elif Path(s).is_dir():
            candidates = sorted(f for f in Path(s).rglob("*") if f.is_file() and f.suffix.lower() in TEXT_SUFFIXES)
            if not candidates:
                errors.append(f"{s}: no .txt or .md article in folder")
        else:
            candidates = [Path(s)]
        for f in candidates:
            if f.resolve() in seen or f.is_dir():
                continue
            seen.add(f.resolve())
            try:
                articles.append(read_article(f))
            except FramingError as e:
                errors.append(str(e))
    ids: dict[str, int] = {}
    for a in articles:  # two files with one name in different folders stay two articles
        ids[a.id] = ids.get(a.id, 0) + 1
        if ids[a.id] > 1:
            a.id = f"{a.id}~{ids[a.id]}"
    return articles, errors


def analyze_in_batches(analyzer, articles: list[Article], errors: list[str], quiet: bool, batch: int = 16) -> list[dict]:
    """Batches of articles (fast: spaCy and the model see many sentences at once); a batch that fails is redone
    one article at a time, so one broken article costs only itself. Names are merged across all articles at the
    end, in input order."""
    from rich.progress import Progress

    from pipeline.analyze import merge_names

    results = []
    with Progress(disable=quiet or len(articles) < 2, transient=True) as progress:
        task = progress.add_task("analyzing", total=len(articles))
        for b in range(0, len(articles), batch):
            chunk = articles[b : b + batch]
            try:
                results.extend(analyzer.analyze_batch(chunk))
            except Exception:
                for art in chunk:
                    try:
                        results.extend(analyzer.analyze_batch([art]))
                    except Exception as e:  # noqa: BLE001 - reported, not raised
                        errors.append(error_line(art, e))
            progress.advance(task, len(chunk))
    return merge_names(results)


def error_line(art: Article, e: Exception) -> str:
    if isinstance(e, FramingError):
        return str(e)
    first = str(e).splitlines()[0][:200] if str(e) else ""
    return f"{art.path or art.id}: {type(e).__name__}: {first}"


@app.command()
def analyze(
    paths: Annotated[list[Path], typer.Argument(help="Article files (.txt/.md), folders, globs, or - for stdin")],
    target: Annotated[list[str], typer.Option("--target", "-t", help="NAME or NAME=ALIAS,ALIAS (repeatable)")] = [],  # noqa: B006
    model: Annotated[Path, typer.Option(help="Model folder written by `dvc repro`")] = ROOT / "models",
    format: Annotated[str, typer.Option("--format", "-f", help="json, jsonl, md or html")] = "json",
    out: Annotated[Path | None, typer.Option(help="Output file (default: standard output)")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress messages")] = False,
) -> None:
    """Label every sentence of new articles and summarise each source (same code as the pipeline)."""
    from pipeline.html_report import to_html
    from pipeline.report import summarize, to_markdown

    if format not in ("json", "jsonl", "md", "html"):
        _fail(f"--format {format!r}: choose json, jsonl, md or html")
    try:
        params = load_params()
        articles, errors = read_inputs(paths)
        if not articles:
            for e in errors:
                typer.echo(f"error: {e}", err=True)
            raise typer.Exit(1)
        analyzer = build_analyzer(model, params, target)
        rows = analyze_in_batches(analyzer, articles, errors, quiet)
    except FramingError as e:
        _fail(str(e))
    if not rows:
        for e in errors:
            typer.echo(f"error: {e}", err=True)
        raise typer.Exit(1)
    sources = summarize(rows, analyzer.reported or list(analyzer.targets))
    if format == "json":
        text = json.dumps({"sentences": rows, "sources": sources}, ensure_ascii=False, indent=2) + "\n"
    elif format == "jsonl":
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    elif format == "html":
        text = to_html(sources, rows, f"Framing report: {len({r['article'] for r in rows})} article(s)")
    else:
        text = to_markdown(sources, rows)
    if out is None:
        sys.stdout.write(text)
    else:
        atomic_write_text(out, text)
    if errors:
        typer.echo(f"skipped {len(errors)} input(s):", err=True)
        for e in errors:
            typer.echo(f"  {e}", err=True)


@app.command()
def bench(
    name: Annotated[str, typer.Argument(help="szeged-news, wiki-weasel, ptc, basil-stance or basil-quotes")],
    data: Annotated[Path, typer.Option(help="Folder laid out like ../shared/data")] = ROOT.parent / "shared" / "data",
    out: Annotated[Path | None, typer.Option(help="Output JSON (default: standard output)")] = None,
    model: Annotated[Path, typer.Option(help="Model folder")] = ROOT / "models",
    limit: Annotated[int, typer.Option(help="Score only the first N test items (0 = all)")] = 0,
    train_limit: Annotated[int, typer.Option(help="Cap the baselines' training split (0 = all)")] = 0,
) -> None:
    """Score the model and the baselines (rules, TF-IDF + logistic regression) on a public corpus's test split."""
    from pipeline.bench import run_benchmark

    try:
        result = run_benchmark(name, data, model, limit=limit, train_limit=train_limit)
    except FramingError as e:
        _fail(str(e))
    if out is None:
        typer.echo(json.dumps(result, indent=2))
    else:
        write_json(out, result)


def _fail(message: str) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(2)


def main() -> None:
    app()


if __name__ == "__main__":
    main()

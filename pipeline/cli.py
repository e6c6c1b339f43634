"""`framing` command line: analyze new articles with the trained model; run the public-corpus benchmarks."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from pipeline.inputs import read_inputs
from pipeline.io import ROOT, FramingError, atomic_write_text, load_params, load_spacy, write_json
from pipeline.records import Article

app = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__)


def _split_target(opt: str) -> tuple[str, str, list[str]]:
    """'NAME[:he|:she][=ALIAS,ALIAS]' -> (name, pronoun or "", aliases)."""
    head, _, aliases = opt.partition("=")
    name, _, pronoun = head.partition(":")
    name, pronoun = name.strip(), pronoun.strip().lower()
    if not name:
        raise FramingError(f"--target {opt!r}: empty target name")
    if pronoun and pronoun not in ("he", "she"):
        raise FramingError(f"--target {opt!r}: the pronoun after ':' must be he or she")
    return name, pronoun, [a.strip() for a in aliases.split(",") if a.strip()]


def parse_target_options(options: list[str]) -> dict[str, list[str]]:
    """'Lukashenko' or 'Lukashenko=Lukashenka,the Belarusian leader' -> {name: aliases}."""
    return {name: aliases for name, _, aliases in map(_split_target, options)}


def parse_target_pronouns(options: list[str]) -> dict[str, str]:
    """'Tsikhanouskaya:she=…' -> {"Tsikhanouskaya": "she"}: a person target, whom "she"/"her" may mean."""
    return {name: pronoun for name, pronoun, _ in map(_split_target, options) if pronoun}


def build_analyzer(model_dir: Path, params: dict, target_options: list[str]):
    from pipeline.analyze import Analyzer
    from pipeline.train import load_model

    model, tokenizer, config = load_model(model_dir)
    label = params["label"]
    targets = dict(label["targets"])
    people = list(label.get("people", []))
    pronouns = dict(label.get("pronouns") or {})
    reported = None
    if target_options:
        chosen = parse_target_options(target_options)
        # a named default target keeps its configured aliases unless new ones are given
        targets.update({name: aliases or targets.get(name, []) for name, aliases in chosen.items()})
        reported = list(chosen)
        for name, pronoun in parse_target_pronouns(target_options).items():  # a person: its names' words take pronouns
            pronouns[name] = pronoun
            people += [w for alias in [name, *targets[name]] if not alias.lower().startswith("the ")  # not "the Moldovan president"
                       for w in alias.split() if w[:1].isupper()]
    return Analyzer(load_spacy(params["segment"]["spacy_model"]), model, tokenizer, config, params, targets, people,
                    float(params["evaluate"].get("threshold", 0.5)), reported, pronouns)


def analyze_in_batches(analyzer, articles: list[Article], errors: list[str], quiet: bool, batch: int = 16) -> list[dict]:
    """Batches of articles (fast: spaCy and the model see many sentences at once); names are merged across all
    articles at the end, in input order."""
    from rich.progress import Progress

    from pipeline.analyze import merge_names

    results = []
    with Progress(disable=quiet or len(articles) < 2, transient=True) as progress:
        task = progress.add_task("analyzing", total=len(articles))
        for b in range(0, len(articles), batch):
            chunk = articles[b : b + batch]
            results.extend(analyze_resilient(analyzer, chunk, errors))
            progress.advance(task, len(chunk))
    return merge_names(results)


def analyze_resilient(analyzer, chunk: list[Article], errors: list[str]) -> list:
    """One batch; if it fails, each article alone, so one broken article costs only itself (both engines)."""
    try:
        return analyzer.analyze_batch(chunk)
    except Exception:  # noqa: BLE001 - retried article by article below
        results = []
        for art in chunk:
            try:
                results.extend(analyzer.analyze_batch([art]))
            except Exception as e:  # noqa: BLE001 - reported, not raised
                errors.append(error_line(art, e))
        return results


def error_line(art: Article, e: Exception) -> str:
    if isinstance(e, FramingError):
        return str(e)
    first = str(e).splitlines()[0][:200] if str(e) else ""
    return f"{art.path or art.id}: {type(e).__name__}: {first}"


FORMATS = ("json", "jsonl", "md", "html", "parquet")
# the format an output file's extension names, when --format is not given
SUFFIX_FORMATS = {".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".md": "md", ".markdown": "md", ".html": "html",
                  ".htm": "html", ".parquet": "parquet"}


@app.command()
def analyze(
    paths: Annotated[list[Path], typer.Argument(help="Article files (.txt/.md, or saved web pages .html), JSONL or Parquet corpora (a `text` column), folders, globs, or - for stdin")],
    target: Annotated[list[str], typer.Option("--target", "-t", help="NAME or NAME=ALIAS,ALIAS (repeatable); NAME:she or NAME:he for a person pronouns may refer to")] = [],  # noqa: B006
    model: Annotated[Path, typer.Option(help="Model folder written by `dvc repro`")] = ROOT / "models",
    format: Annotated[str | None, typer.Option("--format", "-f", help="json, jsonl, md, html or parquet (default: the --out file's extension, else json)")] = None,
    out: Annotated[Path | None, typer.Option(help="Output file (default: standard output); with --engine ray and jsonl/parquet, a folder")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress messages")] = False,
    engine: Annotated[str, typer.Option(help="local (this process) or ray (Ray Data: local instance or --address)")] = "local",
    address: Annotated[str | None, typer.Option(help="Ray cluster to join, e.g. ray://head:10001 or auto (default: start a local instance)")] = None,
    workers: Annotated[int, typer.Option(help="Ray: analysis actors, one CPU each (default: CPU count)")] = 0,
) -> None:
    """Label every sentence of new articles and summarise each source (same code as the pipeline)."""
    if format is None:
        format = SUFFIX_FORMATS.get(out.suffix.lower(), "json") if out is not None else "json"
    if format not in FORMATS:
        _fail(f"--format {format!r}: choose {', '.join(FORMATS)}")
    if format == "parquet" and out is None:
        _fail("--format parquet writes a binary file: give --out FILE")
    if engine not in ("local", "ray"):
        _fail(f"--engine {engine!r}: choose local or ray")
    try:
        params = load_params()
        if engine == "ray":
            from pipeline.ray_engine import run_ray

            rows, sources, errors = run_ray(paths, model, params, target, format, out, address, workers, quiet)
            targets = []  # the summary comes from Ray's group-by
        else:
            articles, errors = read_inputs(paths)
            if not articles:
                _report_errors(errors)
                raise typer.Exit(1)
            analyzer = build_analyzer(model, params, target)
            rows = analyze_in_batches(analyzer, articles, errors, quiet)
            targets = analyzer.reported or list(analyzer.targets)
            sources = None
    except FramingError as e:
        _fail(str(e))
    if rows is not None:
        if not rows:
            _report_errors(errors)
            raise typer.Exit(1)
        if sources is None:
            from pipeline.report import summarize

            sources = summarize(rows, targets)
        write_output(rows, sources, format, out)
    if errors:
        typer.echo(f"skipped {len(errors)} input(s):", err=True)
        for e in errors:
            typer.echo(f"  {e}", err=True)


def write_output(rows: list[dict], sources: dict, format: str, out: Path | None) -> None:
    """One output file (or standard output), written atomically; the same for both engines."""
    from pipeline.html_report import to_html
    from pipeline.outputs import jsonl_line, write_parquet
    from pipeline.report import compare, summarize_groups, to_markdown

    if format == "parquet":
        write_parquet(out, rows)
        return
    targets = sorted({t for s in sources.values() for t in s["stance"]})
    groups = summarize_groups(rows, targets) if format in ("json", "md", "html") else {}
    if format == "json":
        doc = {"sentences": rows, "sources": sources, "comparisons": compare(sources), "groups": groups}
        text = json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    elif format == "jsonl":
        text = "".join(jsonl_line(r) for r in rows)
    elif format == "html":
        text = to_html(sources, rows, f"Framing report: {len({r['article'] for r in rows})} article(s)", groups=groups)
    else:
        text = to_markdown(sources, rows, groups=groups)
    if out is None:
        sys.stdout.write(text)
    else:
        atomic_write_text(out, text)


def _report_errors(errors: list[str]) -> None:
    for e in errors:
        typer.echo(f"error: {e}", err=True)


@app.command()
def bench(
    name: Annotated[str, typer.Argument(help="szeged-news, wiki-weasel, ptc, basil-stance, basil-quotes, speed or ray-speed")],
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

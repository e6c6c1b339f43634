"""Inputs of `framing analyze`: files, folders (recursive), globs, '-' (standard input), and corpora in JSONL or
Parquet with a `text` column (optional `id`, `title`, `outlet`, `author`, `date`).

Two steps, so that the default engine and the Ray engine read the same articles with the same ids:
`expand_inputs` turns the arguments into a list of `InputFile`s (cheap, on the driver), and `load_file` turns one
`InputFile` into articles plus one error line per bad article (on any worker).
"""

from __future__ import annotations

import glob
import json
import sys
from dataclasses import dataclass
from pathlib import Path

from pipeline.io import FramingError
from pipeline.records import Article
from pipeline.segment import META_KEYS, TEXT_SUFFIXES, decode_article, read_article

CORPUS_SUFFIXES = (".jsonl", ".parquet")
INPUT_SUFFIXES = TEXT_SUFFIXES + CORPUS_SUFFIXES


@dataclass
class InputFile:
    path: str  # "-" for standard input
    id: str = ""  # article id of a text file (its name without the extension, made unique); "" for corpora


def expand_inputs(paths: list[Path | str]) -> tuple[list[InputFile], list[str]]:
    """Arguments -> input files in a fixed order (folders sorted, globs sorted), each once; and error lines."""
    files: list[InputFile] = []
    errors: list[str] = []
    seen: set[Path] = set()
    for p in paths:
        s = str(p)
        if s == "-":
            files.append(InputFile("-", "stdin"))
            continue
        if any(ch in s for ch in "*?[") and not Path(s).exists():
            candidates = [Path(m) for m in sorted(glob.glob(s, recursive=True))]
            if not candidates:
                errors.append(f"{s}: no file matches")
        elif Path(s).is_dir():
            candidates = sorted(f for f in Path(s).rglob("*") if f.is_file() and f.suffix.lower() in INPUT_SUFFIXES)
            if not candidates:
                errors.append(f"{s}: no .txt, .md, .html, .jsonl or .parquet file in folder")
        else:
            candidates = [Path(s)]
        for f in candidates:
            if f.resolve() in seen or f.is_dir():
                continue
            seen.add(f.resolve())
            files.append(InputFile(str(f), "" if f.suffix.lower() in CORPUS_SUFFIXES else f.stem))
    counts: dict[str, int] = {}
    for f in files:  # two files with one name in different folders stay two articles
        if f.id:
            counts[f.id] = counts.get(f.id, 0) + 1
            if counts[f.id] > 1:
                f.id = f"{f.id}~{counts[f.id]}"
    return files, errors


def load_file(f: InputFile) -> tuple[list[Article], list[str]]:
    """One input file -> its articles and one error line per bad input (a bad corpus row costs only itself)."""
    try:
        if f.path == "-":
            return [decode_article(sys.stdin.buffer.read(), "<stdin>", article_id=f.id)], []
        suffix = Path(f.path).suffix.lower()
        if suffix == ".jsonl":
            return read_jsonl_corpus(Path(f.path))
        if suffix == ".parquet":
            return read_parquet_corpus(Path(f.path))
        article = read_article(f.path)
        article.id = f.id or article.id
        return [article], []
    except FramingError as e:
        return [], [str(e)]


def read_inputs(paths: list[Path | str]) -> tuple[list[Article], list[str]]:
    """All articles of the arguments, in order, and the error lines of the bad ones."""
    files, errors = expand_inputs(paths)
    articles: list[Article] = []
    for f in files:
        arts, errs = load_file(f)
        articles += arts
        errors += errs
    return articles, errors


def corpus_article(row: dict, where: str, default_id: str) -> Article:
    """One corpus row -> Article, with the same checks as a text file (empty, oversized)."""
    text = row.get("text")
    if not isinstance(text, str):
        raise FramingError(f"{where}: no 'text' string")
    meta = {k: row[k] for k in META_KEYS if row.get(k) is not None}
    raw_id = row.get("id")
    aid = str(raw_id) if raw_id is not None and str(raw_id).strip() else default_id
    return decode_article(text.encode("utf-8"), where, article_id=aid, meta=meta)


def read_jsonl_corpus(path: Path) -> tuple[list[Article], list[str]]:
    """A JSONL corpus: one JSON object per line with a `text` field; ids default to `<file stem>-<line number>`."""
    articles, errors = [], []
    try:
        handle = path.open("rb")
    except OSError as e:
        raise FramingError(f"{path}: cannot read ({e.strerror})") from None
    with handle:
        for lineno, raw in enumerate(handle, 1):
            if not raw.strip():
                continue
            where = f"{path}:{lineno}"
            try:
                row = json.loads(raw)
                if not isinstance(row, dict):
                    raise FramingError(f"{where}: line is not a JSON object")
                articles.append(corpus_article(row, where, f"{path.stem}-{lineno}"))
            except FramingError as e:
                errors.append(str(e))
            except (ValueError, UnicodeDecodeError) as e:
                errors.append(f"{where}: not valid JSON ({str(e).splitlines()[0][:120]})")
    if not articles and not errors:
        errors.append(f"{path}: empty corpus file")
    return articles, errors


def read_parquet_corpus(path: Path) -> tuple[list[Article], list[str]]:
    """A Parquet corpus with a `text` column; ids default to `<file stem>-<row number>` (from 1)."""
    import pyarrow.parquet as pq

    try:
        pf = pq.ParquetFile(path)
    except Exception as e:  # noqa: BLE001 - pyarrow raises several types for a corrupt file
        raise FramingError(f"{path}: not a readable Parquet file ({str(e).splitlines()[0][:120]})") from None
    names = set(pf.schema_arrow.names)
    if "text" not in names:
        raise FramingError(f"{path}: no 'text' column (columns: {', '.join(sorted(names)) or 'none'})")
    columns = [c for c in ("text", "id", *META_KEYS) if c in names]
    articles, errors, n = [], [], 0
    for batch in pf.iter_batches(columns=columns, batch_size=1024):
        for row in batch.to_pylist():
            n += 1
            try:
                articles.append(corpus_article(row, f"{path}:row {n}", f"{path.stem}-{n}"))
            except FramingError as e:
                errors.append(str(e))
    if not articles and not errors:
        errors.append(f"{path}: empty corpus file")
    return articles, errors

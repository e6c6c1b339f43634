"""`framing analyze --engine ray`: the same analysis on Ray Data, on a local instance or an existing cluster.

Plan (each step runs the functions the default engine runs, so the records are the same):
1. the driver expands the arguments into input files (`pipeline.inputs.expand_inputs`), cheap and ordered;
2. `flat_map` reads each file into articles on any worker (`load_file`: text files, JSONL and Parquet corpora);
3. `map_batches` with an actor pool runs `Analyzer.analyze_batch` on batches of articles; each actor loads spaCy
   and the model once; each article is attributed on its own, so the records do not depend on the worker;
4. the driver gathers only the people each article named (small) and merges names across the corpus in input
   order (`corpus_names`), then a `map_batches` renames the sources;
5. the per-source summary is a Ray Data group-by on `source` whose per-group step is `summarize_source`;
6. JSONL and Parquet are written by Ray's file datasinks into a folder (one part file per block); JSON, Markdown
   and HTML are gathered on the driver and written like the default engine writes them.

Ray is an optional extra: `pip install '.[ray]'`.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import uuid
from pathlib import Path

from pipeline.io import FramingError
from pipeline.records import Article

COLUMNS = ("type", "order", "row", "article", "index", "source", "kind", "words", "record", "people", "error")


def _row(**kw) -> dict:
    base = {"type": "", "order": 0, "row": 0, "article": "", "index": 0, "source": "", "kind": "", "words": 0,
            "record": "", "people": "", "error": ""}
    base.update(kw)
    return base


class AnalyzeActor:
    """Loads spaCy and the model once per worker; reads a batch of input files and analyzes their articles in
    chunks (reading sits in the actor, so the actors are the only CPU users and never starve a read task)."""

    def __init__(self, model_dir: str, params: dict, targets: list[str], threads: int = 1, chunk: int = 16) -> None:
        import torch

        from pipeline.cli import build_analyzer

        torch.set_num_threads(max(1, threads))
        self.analyzer = build_analyzer(Path(model_dir), params, targets)
        self.chunk = chunk

    def __call__(self, batch: dict):
        from pipeline.inputs import InputFile, load_file

        pending: list[tuple[int, int, Article]] = []
        for path, aid, order in zip(batch["path"], batch["id"], batch["order"]):
            order = int(order)
            articles, errors = load_file(InputFile(str(path), str(aid)))
            if errors:
                yield columns([_row(type="error", order=order, row=len(articles) + j, error=e) for j, e in enumerate(errors)])
            for j, art in enumerate(articles):
                pending.append((order, j, art))
                if len(pending) >= self.chunk:
                    yield columns(self.analyze(pending))
                    pending = []
        if pending:
            yield columns(self.analyze(pending))

    def analyze(self, arts: list[tuple[int, int, Article]]) -> list[dict]:
        from pipeline.cli import analyze_resilient
        from pipeline.report import words

        errors: list[str] = []
        results = iter(analyze_resilient(self.analyzer, [a for _, _, a in arts], errors))
        res = next(results, None)
        out = []
        for order, row, art in arts:  # results come in article order, without the articles that failed
            if res is None or res.article != art.id:
                continue
            out.append(_row(type="people", order=order, row=row, article=art.id, people=json.dumps(res.people)))
            out += [_row(type="sentence", order=order, row=row, article=art.id, index=r["index"], source=r["source"],
                         kind=r["kind"], words=words(r), record=json.dumps(r, ensure_ascii=False)) for r in res.rows]
            res = next(results, None)
        out += [_row(type="error", order=arts[0][0], row=10**9 + j, error=e) for j, e in enumerate(errors)]
        return out


def columns(rows: list[dict]) -> dict:
    return {k: [r[k] for r in rows] for k in COLUMNS}


def rename(batch: dict, names: dict[str, dict[str, str]]) -> dict:
    """Local source names -> corpus-wide canonical names (map from `corpus_names`, keyed by "order:row")."""
    records, sources = [], []
    for order, row, rec in zip(batch["order"], batch["row"], batch["record"]):
        r = json.loads(rec)
        r["source"] = names.get(f"{order}:{row}", {}).get(r["source"], r["source"])
        records.append(json.dumps(r, ensure_ascii=False))
        sources.append(r["source"])
    return {**batch, "record": records, "source": sources}


def summarize_group(batch: dict, targets: list[str], total_words: int) -> dict:
    from pipeline.report import summarize_source

    rows = [json.loads(r) for r in batch["record"]]
    return {"source": [rows[0]["source"]], "summary": [json.dumps(summarize_source(rows, targets, total_words))]}


def to_parquet_columns(batch: dict) -> object:
    from pipeline.outputs import records_table

    return records_table([json.loads(r) for r in batch["record"]])


def run_ray(paths: list[Path], model_dir: Path, params: dict, target_options: list[str], fmt: str, out: Path | None,
            address: str | None, workers: int, quiet: bool, batch_size: int = 16) -> tuple[list[dict] | None, dict, list[str]]:
    """Analyze on Ray. Returns (records in input order, or None when Ray wrote them to `out`; the per-source
    summary; error lines)."""
    try:
        import ray
        import ray.data
    except ImportError:
        raise FramingError("--engine ray needs Ray: pip install 'framing[ray]' (or: make setup)") from None
    from pipeline.attribute import corpus_names
    from pipeline.cli import build_analyzer
    from pipeline.inputs import expand_inputs
    from pipeline.report import source_order

    if any(str(p) == "-" for p in paths):
        raise FramingError("-: standard input is not supported with --engine ray; pass files or folders")
    analyzer = build_analyzer(Path(model_dir), params, target_options)  # fails fast on a bad model, before Ray starts
    targets = analyzer.reported or list(analyzer.targets)
    files, errors = expand_inputs(paths)
    if not files:
        return [], {}, errors
    workers = max(1, workers or (os.cpu_count() or 1))
    started = not ray.is_initialized()
    if started:
        # a local instance gets one CPU more than the actors, for the small tasks after them (rename, group-by)
        init = {"address": address} if address else {"num_cpus": workers + 1}
        ray.init(**init, include_dashboard=False, log_to_driver=False, logging_level="ERROR",
                 runtime_env={"env_vars": {"HF_HUB_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "false"}})
    try:
        if quiet:
            import logging

            for name in ("ray", "ray.data"):
                logging.getLogger(name).setLevel(logging.ERROR)
        ctx = ray.data.DataContext.get_current()
        ctx.enable_progress_bars = not quiet
        ctx.execution_options.verbose_progress = False
        items = [{"path": f.path, "id": f.id, "order": i} for i, f in enumerate(files)]
        ds = ray.data.from_items(items, override_num_blocks=max(1, min(len(items), 4 * workers)))
        ds = ds.map_batches(AnalyzeActor, batch_size=batch_size, compute=ray.data.ActorPoolStrategy(size=workers), num_cpus=1,
                            fn_constructor_kwargs={"model_dir": str(model_dir), "params": params, "targets": target_options})
        ds = ds.materialize()
        side = ds.filter(lambda r: r["type"] in ("error", "people")).select_columns(["type", "order", "row", "error", "people"]).take_all()
        side.sort(key=lambda r: (r["order"], r["row"]))
        errors += [r["error"] for r in side if r["type"] == "error"]
        people = [r for r in side if r["type"] == "people"]
        names = {f"{r['order']}:{r['row']}": m for r, m in zip(people, corpus_names([json.loads(r["people"]) for r in people]))}
        sents = ds.filter(lambda r: r["type"] == "sentence").map_batches(rename, fn_kwargs={"names": names}).materialize()
        body = sents.filter(lambda r: r["kind"] == "body")
        total_words = int(body.sum("words") or 0) if body.count() else 0
        groups = body.groupby("source", num_partitions=max(1, workers)).map_groups(summarize_group, fn_kwargs={"targets": targets, "total_words": total_words})
        summary = {r["source"]: json.loads(r["summary"]) for r in groups.take_all()}
        sources = {k: summary[k] for k in sorted(summary, key=source_order)}
        if fmt in ("jsonl", "parquet") and out is not None:
            write_folder(sents, fmt, Path(out), sources)
            return None, sources, errors
        rows = sents.select_columns(["order", "row", "index", "record"]).take_all()
        rows.sort(key=lambda r: (r["order"], r["row"], r["index"]))
        return [json.loads(r["record"]) for r in rows], sources, errors
    finally:
        if started:
            ray.shutdown()


def write_folder(sents, fmt: str, out: Path, sources: dict) -> None:
    """Part files written by Ray into a temporary sibling folder, then renamed to `out`: an interrupted run never
    leaves a half-written folder (on a local or shared file system; object stores have no rename)."""
    from ray.data.datasource import BlockBasedFileDatasink

    from pipeline.io import write_json

    class JsonLinesSink(BlockBasedFileDatasink):
        def __init__(self, path: str) -> None:
            super().__init__(path, file_format="jsonl")

        def write_block_to_file(self, block, file) -> None:
            file.write("".join(r + "\n" for r in block.to_arrow().column("record").to_pylist()).encode("utf-8"))

    if out.exists() and not out.is_dir():
        raise FramingError(f"{out}: with --engine ray and --format {fmt}, --out is a folder (part files), not a file")
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(dir=out.parent, prefix=f".{out.name}.{uuid.uuid4().hex[:8]}."))
    try:
        if fmt == "jsonl":
            sents.write_datasink(JsonLinesSink(str(tmp / "sentences")))
        else:
            sents.map_batches(to_parquet_columns, batch_format="default").write_parquet(str(tmp / "sentences"))
        write_json(tmp / "sources.json", sources)
        old = out.with_name(f".{out.name}.old-{uuid.uuid4().hex[:8]}")
        if out.exists():
            out.rename(old)
        tmp.rename(out)
        shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise

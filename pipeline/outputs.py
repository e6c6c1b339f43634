"""Output formats of `framing analyze` shared by both engines: JSON lines and a flat Parquet table."""

from __future__ import annotations

import json
from pathlib import Path

from pipeline.io import atomic_write_with
from pipeline.records import BINARY_TASKS

# nested fields are stored in Parquet as JSON text, so the schema is the same whatever targets or cues a run has
NESTED = ("cues", "stance", "techniques", "scores", "mentions", "technique_cues")
SCALARS = ("article", "index", "start", "end", "text", "kind", "paragraph", "source", "attribution", "attribution_note",
           *BINARY_TASKS, "outlet", "byline", "title", "date")


def jsonl_line(row: dict) -> str:
    return json.dumps(row, ensure_ascii=False) + "\n"


def records_table(rows: list[dict]):
    """Sentence records -> a pyarrow Table: one column per scalar field, nested fields as JSON strings."""
    import pyarrow as pa

    cols = {k: [r[k] for r in rows] for k in SCALARS}
    cols.update({k: [json.dumps(r[k], ensure_ascii=False) for r in rows] for k in NESTED})
    return pa.Table.from_pydict(cols, schema=schema())


def schema():
    import pyarrow as pa

    types = {"index": pa.int64(), "start": pa.int64(), "end": pa.int64(), "paragraph": pa.int64(),
             **{k: pa.bool_() for k in BINARY_TASKS}}
    return pa.schema([(k, types.get(k, pa.string())) for k in (*SCALARS, *NESTED)])


def write_parquet(path: Path | str, rows: list[dict]) -> None:
    import pyarrow.parquet as pq

    table = records_table(rows)
    atomic_write_with(path, lambda f: pq.write_table(table, f))


def table_records(table) -> list[dict]:
    """Inverse of `records_table` (for readers and tests)."""
    return [{**{k: r[k] for k in SCALARS}, **{k: json.loads(r[k]) for k in NESTED}} for r in table.to_pylist()]

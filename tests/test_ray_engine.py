"""`--engine ray` on a local instance with 2 CPUs writes the same per-sentence records as the default engine."""

import json

import pytest
from typer.testing import CliRunner

from pipeline.cli import app

ray = pytest.importorskip("ray", reason="Ray is an optional extra: pip install '.[ray]' (make test installs it)")
runner = CliRunner()

ARTICLES = {
    "kyiv.txt": ("“We will not give up,” Zelensky said on Tuesday.\n"
                 "Officials said the attack could come within weeks.\n"
                 "Lukashenko, the dictator, made an even bigger mistake.\n"),
    "sub/minsk.txt": ("President Volodymyr Zelenskiy spoke in Kyiv.\n"
                      "“The front is holding,” Zelenskiy said. “I am absolutely sure of it.\n"
                      "“Nobody should doubt it,” he continued.\n"),
    "broken.txt": b"\xff\xfe\x00binary",
}


@pytest.fixture
def corpus(tmp_path):
    root = tmp_path / "in"
    for name, text in ARTICLES.items():
        p = root / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(text if isinstance(text, bytes) else text.encode())
    feed = [{"text": "Analysts say Russia may attack soon.", "outlet": "Feed"},
            {"id": "f2", "text": "The minister said the sham election was a disgrace."}]
    (root / "feed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in feed) + "{bad line\n", encoding="utf-8")
    return root


def test_ray_engine_writes_the_default_engines_records(corpus, tmp_path, tiny_model):
    common = ["--model", str(tiny_model), "--target", "Lukashenko", "-q"]
    local = tmp_path / "local.jsonl"
    res = runner.invoke(app, ["analyze", str(corpus), "--format", "jsonl", "--out", str(local), *common])
    assert res.exit_code == 0, res.output
    out = tmp_path / "ray_out"
    res = runner.invoke(app, ["analyze", str(corpus), "--format", "jsonl", "--out", str(out), "--engine", "ray",
                              "--workers", "2", *common])
    assert res.exit_code == 0, res.output
    assert "broken.txt: binary file" in res.output and "feed.jsonl:3: not valid JSON" in res.output
    ray_lines = sorted(line for part in sorted((out / "sentences").glob("*.jsonl")) for line in part.read_text("utf-8").splitlines())
    local_lines = sorted(local.read_text("utf-8").splitlines())
    assert len(local_lines) == 9  # 3 + 4 sentences in the files, 2 in the feed
    assert ray_lines == local_lines
    # names merged across articles by both engines: the surname-only article gets the full name
    sources = {json.loads(x)["source"] for x in local_lines}
    assert "Volodymyr Zelenskiy" in sources and "Zelensky" not in sources
    # the group-by summary equals the default engine's summary
    ray_sources = json.loads((out / "sources.json").read_text("utf-8"))
    res = runner.invoke(app, ["analyze", str(corpus), "--format", "json", *common])
    local_sources = json.loads(res.stdout[res.stdout.index("{"):])["sources"]
    assert ray_sources == local_sources
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".ray_out")]  # no temporary folder left

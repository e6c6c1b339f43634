import json
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from pipeline.cli import app, parse_target_options

runner = CliRunner()
CHECK = Path(__file__).resolve().parents[2] / "shared" / "tools" / "check_output.py"
GOOD = ("Russia may attack soon, officials said on Monday.\n"
        "“We are absolutely ready,” said Defence Minister Anna Berg.\n"
        "Lukashenko, the president-for-life, will drag his country into the war.\n")


def test_parse_targets():
    assert parse_target_options(["Lukashenko", "EU=European Union,Brussels"]) == {"Lukashenko": [], "EU": ["European Union", "Brussels"]}


def test_analyze_follows_the_contract_and_lists_bad_files(tmp_path, tiny_model):
    (tmp_path / "in").mkdir()
    good = tmp_path / "in" / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    (tmp_path / "in" / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "in" / "latin1.txt").write_bytes(b"caf\xe9")
    out = tmp_path / "out.json"
    res = runner.invoke(app, ["analyze", str(tmp_path / "in"), str(tmp_path / "missing.txt"), "--target", "Lukashenko",
                              "--model", str(tiny_model), "--format", "json", "--out", str(out), "-q"])
    assert res.exit_code == 0, res.output
    data = json.loads(out.read_text())
    assert {s["article"] for s in data["sentences"]} == {"good"}
    s = data["sentences"][1]
    assert GOOD[s["start"] : s["end"]] == s["text"] and s["source"] == "Anna Berg" and s["attribution"] == "direct"
    assert set(data["sentences"][0]["stance"]) == {"Lukashenko"}
    assert set(data["sources"]["author"]["stance"]) == {"Lukashenko"}
    for name in ("empty.txt", "latin1.txt", "missing.txt"):
        assert name in res.output
    if CHECK.exists():
        check = subprocess.run([sys.executable, str(CHECK), "analyze", str(out), str(good)], capture_output=True, text=True)
        assert check.stdout.strip() == "ok", check.stdout


def test_analyze_jsonl_md_and_determinism(tmp_path, tiny_model):
    art = tmp_path / "a.txt"
    art.write_text(GOOD, encoding="utf-8")
    outs = []
    for i in range(2):
        o = tmp_path / f"o{i}.jsonl"
        assert runner.invoke(app, ["analyze", str(art), "--model", str(tiny_model), "-f", "jsonl", "--out", str(o), "-q"]).exit_code == 0
        outs.append(o.read_bytes())
    assert outs[0] == outs[1] and len(outs[0].splitlines()) == 3
    md = tmp_path / "o.md"
    assert runner.invoke(app, ["analyze", str(art), "--model", str(tiny_model), "-f", "md", "--out", str(md), "-q"]).exit_code == 0
    assert md.read_text().startswith("# Framing report")


def test_nothing_readable_or_bad_model_exits_nonzero_with_one_line(tmp_path, tiny_model):
    res = runner.invoke(app, ["analyze", str(tmp_path / "none.txt"), "--model", str(tiny_model)])
    assert res.exit_code != 0 and "none.txt" in res.output and "Traceback" not in res.output
    art = tmp_path / "a.txt"
    art.write_text(GOOD, encoding="utf-8")
    res = runner.invoke(app, ["analyze", str(art), "--model", str(tmp_path / "nomodel")])
    assert res.exit_code == 2 and "not a framing model folder" in res.output and "Traceback" not in res.output

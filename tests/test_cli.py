import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app, parse_target_options, parse_target_pronouns
from pipeline.io import FramingError

runner = CliRunner()
CHECK = Path(__file__).resolve().parents[2] / "shared" / "tools" / "check_output.py"
GOOD = ("Russia may attack soon, officials said on Monday.\n"
        "“We are absolutely ready,” said Defence Minister Anna Berg.\n"
        "Lukashenko, the president-for-life, will drag his country into the war.\n")


def test_parse_targets():
    assert parse_target_options(["Lukashenko", "EU=European Union,Brussels"]) == {"Lukashenko": [], "EU": ["European Union", "Brussels"]}
    # NAME:he or NAME:she makes the target a person pronouns may refer to
    opts = ["Tsikhanouskaya:she=Sviatlana Tsikhanouskaya", "Lukashenko"]
    assert parse_target_options(opts) == {"Tsikhanouskaya": ["Sviatlana Tsikhanouskaya"], "Lukashenko": []}
    assert parse_target_pronouns(opts) == {"Tsikhanouskaya": "she"}
    with pytest.raises(FramingError, match="he or she"):
        parse_target_pronouns(["Minsk:it"])


def test_a_person_target_given_on_the_command_line_takes_pronouns(tmp_path, tiny_model):
    art = tmp_path / "t.txt"
    art.write_text("Sviatlana Tsikhanouskaya urged the ministers to act.\nHer plea was heard in Brussels.\n", encoding="utf-8")
    out = tmp_path / "t.json"
    res = runner.invoke(app, ["analyze", str(art), "--target", "Tsikhanouskaya:she", "--model", str(tiny_model), "--out", str(out), "-q"])
    assert res.exit_code == 0, res.output
    second = json.loads(out.read_text())["sentences"][1]
    assert [(m["text"], m["target"]) for m in second["mentions"]] == [("Her", "Tsikhanouskaya")]


def test_a_model_trained_with_stance_marks_reads_the_target_mentions_marked(tmp_path, model_copy, monkeypatch):
    import pipeline.analyze as A

    cfg = json.loads((model_copy / "framing_config.json").read_text())
    (model_copy / "framing_config.json").write_text(json.dumps({**cfg, "stance_marks": True}))
    seen, predict = [], A.predict

    def spy(model, tokenizer, texts, pairs=None, **kw):
        seen.extend(zip(texts, pairs or [None] * len(texts)))
        return predict(model, tokenizer, texts, pairs, **kw)

    monkeypatch.setattr(A, "predict", spy)
    art = tmp_path / "t.txt"
    art.write_text("Sviatlana Tsikhanouskaya met the ministers.\nHer plea was heard in Brussels.\n", encoding="utf-8")
    res = runner.invoke(app, ["analyze", str(art), "--target", "Tsikhanouskaya:she", "--model", str(model_copy),
                              "--out", str(tmp_path / "t.json"), "-q"])
    assert res.exit_code == 0, res.output
    assert [p for t, p in seen if t == "Tsikhanouskaya"] == [
        "Sviatlana <Tsikhanouskaya> met the ministers.", "<Her> plea was heard in Brussels."]


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
    # the weasel head's probability is reported beside the labels' probabilities, and is not a label
    assert {"hedged", "weasel"} <= set(s["scores"]) and "weasel" not in s and 0 <= s["scores"]["weasel"] <= 1
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


def test_a_folder_of_good_and_bad_files_yields_every_good_sentence_and_lists_the_bad(tmp_path, tiny_model):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "unbalanced.txt").write_text("“We will win, said Anna Berg.\nThe talks ended.\n", encoding="utf-8")
    (folder / "nopunct.txt").write_text("russia may attack soon officials say and nobody knows when " * 40, encoding="utf-8")
    (folder / "empty.txt").write_text(" \n", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02PNG")
    (folder / "latin1.txt").write_bytes(b"caf\xe9")
    with open(folder / "huge.txt", "wb") as f:  # 50 MB: over the 20 MB per-article limit
        f.truncate(50_000_000)
    out = tmp_path / "out.jsonl"
    res = runner.invoke(app, ["analyze", str(folder), "--model", str(tiny_model), "-f", "jsonl", "--out", str(out), "-q"])
    assert res.exit_code == 0, res.output
    rows = [json.loads(x) for x in out.read_text("utf-8").splitlines()]
    assert {r["article"] for r in rows} == {"good", "unbalanced", "nopunct"}
    assert sum(r["article"] == "good" for r in rows) == 3
    assert any("unbalanced" in r["attribution_note"] or "open" in r["attribution_note"] for r in rows if r["article"] == "unbalanced")
    nopunct = [r for r in rows if r["article"] == "nopunct"]
    assert nopunct and all(r["text"] for r in nopunct)
    skipped = res.output[res.output.index("skipped"):]
    assert "skipped 4 input(s)" in skipped
    for name, cause in (("empty.txt", "empty"), ("binary.txt", "binary"), ("latin1.txt", "UTF-8"), ("huge.txt", "50 MB")):
        line = next(x for x in skipped.splitlines() if name in x)
        assert cause in line, line
    assert "Traceback" not in res.output


def test_parquet_output_round_trips_the_records(tmp_path, tiny_model):
    import pyarrow.parquet as pq

    from pipeline.outputs import table_records

    art = tmp_path / "a.txt"
    art.write_text(GOOD, encoding="utf-8")
    pout, jout = tmp_path / "o.parquet", tmp_path / "o.jsonl"
    for fmt, o in (("parquet", pout), ("jsonl", jout)):
        res = runner.invoke(app, ["analyze", str(art), "--model", str(tiny_model), "-f", fmt, "--out", str(o), "-q"])
        assert res.exit_code == 0, res.output
    expected = [json.loads(x) for x in jout.read_text("utf-8").splitlines()]
    assert table_records(pq.read_table(pout)) == expected
    res = runner.invoke(app, ["analyze", str(art), "--model", str(tiny_model), "-f", "parquet"])
    assert res.exit_code == 2 and "--out" in res.output


@pytest.mark.parametrize("name, opens", [("report.md", "#"), ("report.html", "<!"), ("rows.jsonl", "{"), ("out.json", "{")])
def test_without_format_the_output_file_s_extension_chooses_it(tmp_path, tiny_model, name, opens):
    # a check run (forty-seventh session): `--out report.md` without --format wrote JSON into the .md file
    src = tmp_path / "a.txt"
    src.write_text(GOOD, encoding="utf-8")
    out = tmp_path / name
    res = runner.invoke(app, ["analyze", str(src), "--model", str(tiny_model), "--out", str(out), "-q"])
    assert res.exit_code == 0, res.output
    text = out.read_text(encoding="utf-8")
    assert text.lstrip().startswith(opens), text[:80]
    if name.endswith(".jsonl"):
        assert all(json.loads(line)["article"] == "a" for line in text.splitlines())


def test_an_explicit_format_wins_over_the_extension(tmp_path, tiny_model):
    src = tmp_path / "a.txt"
    src.write_text(GOOD, encoding="utf-8")
    out = tmp_path / "report.md"
    res = runner.invoke(app, ["analyze", str(src), "--model", str(tiny_model), "--format", "json", "--out", str(out), "-q"])
    assert res.exit_code == 0, res.output
    assert json.loads(out.read_text(encoding="utf-8"))["sentences"]

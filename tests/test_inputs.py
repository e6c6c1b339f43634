import json

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.inputs import expand_inputs, read_inputs


def test_jsonl_corpus_rows_become_articles_and_bad_rows_are_listed(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(
        json.dumps({"id": "n1", "text": "The ministry said talks will resume.", "outlet": "Daily Example", "author": "A. Writer"}) + "\n"
        + json.dumps({"text": "A second story without an id."}) + "\n"
        + "\n"
        + "{broken\n"
        + json.dumps({"title": "no text field"}) + "\n"
        + json.dumps({"text": "   "}) + "\n",
        encoding="utf-8",
    )
    articles, errors = read_inputs([path])
    assert [a.id for a in articles] == ["n1", "feed-2"]
    assert (articles[0].outlet, articles[0].author) == ("Daily Example", "A. Writer")
    assert len(errors) == 3
    assert errors[0].startswith(f"{path}:4: not valid JSON")
    assert errors[1] == f"{path}:5: no 'text' string"
    assert errors[2] == f"{path}:6: empty or whitespace-only article"


def test_parquet_corpus_with_optional_columns(tmp_path):
    path = tmp_path / "dump.parquet"
    pq.write_table(pa.table({"text": ["One article here.", "Another one."], "outlet": ["X", None]}), path)
    articles, errors = read_inputs([path])
    assert errors == []
    assert [(a.id, a.outlet) for a in articles] == [("dump-1", "X"), ("dump-2", None)]


def test_parquet_without_text_column_or_corrupt_is_one_line(tmp_path):
    pq.write_table(pa.table({"body": ["x"]}), tmp_path / "a.parquet")
    (tmp_path / "b.parquet").write_bytes(b"PAR1 not really")
    articles, errors = read_inputs([tmp_path / "a.parquet", tmp_path / "b.parquet"])
    assert articles == []
    assert errors[0] == f"{tmp_path / 'a.parquet'}: no 'text' column (columns: body)"
    assert errors[1].startswith(f"{tmp_path / 'b.parquet'}: not a readable Parquet file")
    assert all("\n" not in e for e in errors)


def test_folders_take_every_input_kind_and_same_names_stay_apart(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "story.txt").write_text("First.", encoding="utf-8")
    (tmp_path / "b" / "story.txt").write_text("Second.", encoding="utf-8")
    (tmp_path / "b" / "feed.jsonl").write_text(json.dumps({"text": "Third."}) + "\n", encoding="utf-8")
    (tmp_path / "b" / "notes.csv").write_text("ignored", encoding="utf-8")
    (tmp_path / "b" / "page.html").write_text("<html><body><article><p>Fourth of them all.</p></article></body></html>",
                                              encoding="utf-8")
    files, errors = expand_inputs([tmp_path])
    assert errors == []
    assert [(f.path.rsplit("/", 2)[-2:], f.id) for f in files] == [
        (["a", "story.txt"], "story"), (["b", "feed.jsonl"], ""), (["b", "page.html"], "page"), (["b", "story.txt"], "story~2")]
    articles, _ = read_inputs([tmp_path])
    assert sorted(a.id for a in articles) == ["feed-1", "page", "story", "story~2"]

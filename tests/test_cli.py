"""The ``quotesmith analyze`` command."""
import csv
import json
import subprocess
import sys

import pytest

from quotesmith.cli import main


def _rows(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_sample_writes_tables_and_prints_summary(tmp_path, capsys):
    assert main(["analyze", "--sample", "--out", str(tmp_path), "--no-progress"]) == 0
    out = capsys.readouterr().out
    assert "7 documents" in out and "top speakers" in out and "Laura Benning" in out
    quotes = _rows(tmp_path / "quotes.csv")
    speakers = _rows(tmp_path / "speakers.csv")
    sentences = _rows(tmp_path / "sentences.csv")
    shared = _rows(tmp_path / "shared_quotes.csv")
    assert quotes and speakers and sentences and shared
    assert {"doc_id", "source", "text", "start", "end", "speaker", "cue", "kind"} <= set(quotes[0])
    assert speakers[0]["speaker"] == "Laura Benning"
    assert int(speakers[0]["quote_count"]) == sum(r["speaker"] == "Laura Benning" for r in quotes)


def test_paths_txt_and_jsonl_with_jsonl_output(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("“We will win,” coach Maria Okafor said. She smiled.", encoding="utf-8")
    (tmp_path / "in" / "b.jsonl").write_text(
        json.dumps({"id": "j1", "source": "Feed", "text": "“Not today,” Okafor told reporters."}) + "\n", encoding="utf-8"
    )
    out = tmp_path / "out"
    assert main(["analyze", str(tmp_path / "in"), "--format", "jsonl", "--out", str(out), "--jobs", "1", "--no-progress"]) == 0
    quotes = [json.loads(line) for line in (out / "quotes.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted((q["doc_id"].rsplit("/", 1)[-1], q["speaker"]) for q in quotes) == [("a.txt", "Maria Okafor"), ("j1", "Maria Okafor")]
    assert "2 documents" in capsys.readouterr().out


def test_parquet_output(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    assert main(["analyze", "--sample", "--format", "parquet", "--out", str(tmp_path), "--no-progress"]) == 0
    table = pq.read_table(tmp_path / "quotes.parquet")
    assert table.num_rows > 0 and "speaker" in table.column_names


@pytest.mark.parametrize(
    "argv, message",
    [
        (["analyze"], "give PATH... or --sample"),
        (["analyze", "--sample", "x.txt"], "give PATH... or --sample"),
        (["analyze", "--sample", "--jobs", "0"], "--jobs must be at least 1"),
        (["analyze", "--sample", "--format", "xml"], "invalid choice"),
    ],
)
def test_usage_errors(argv, message, capsys):
    with pytest.raises(SystemExit) as e:
        main(argv)
    assert e.value.code == 2 and message in capsys.readouterr().err


def test_missing_path_and_empty_folder(tmp_path):
    with pytest.raises(SystemExit, match="no such file or directory"):
        main(["analyze", str(tmp_path / "missing")])
    with pytest.raises(SystemExit, match=r"no \.txt or \.jsonl documents"):
        main(["analyze", str(tmp_path)])


def test_module_entry_point_runs(tmp_path):
    r = subprocess.run(
        [sys.executable, "-m", "quotesmith", "analyze", "--sample", "--out", str(tmp_path)],
        capture_output=True, text=True, timeout=120,
    )
    assert r.returncode == 0, r.stderr
    assert "quotes" in r.stdout and "100%" in r.stderr  # the progress bar goes to stderr

"""Corpus analysis: documents, batches, tables, cross-outlet questions, pickling, Dask."""
import json
import pickle

import pytest

import quotesmith as qs
from quotesmith import Corpus, Document

ARTICLE = (
    "Skip to main content\n"
    "Talks resume in Geneva\n"
    "“We are ready to talk,” Foreign Minister Ana Duarte told reporters on Monday.\n"
    "Duarte said the U.S. delegation arrived at 9 a.m. “It is a start,” she said.\n"
    "Share This article\n"
)


@pytest.fixture(scope="module")
def sample():
    return Corpus.sample().analyze(progress=False)


def test_analyze_returns_a_document_with_offsets_into_clean_text():
    doc = qs.analyze(ARTICLE, id="geneva", source="Wire")
    assert isinstance(doc, Document)
    assert (doc.id, doc.source, doc.raw) == ("geneva", "Wire", ARTICLE)
    assert "Skip to main content" not in doc.text and "Share This article" not in doc.text
    assert {e.text.strip() for e in doc.removed} >= {"Skip to main content", "Share This article"}
    assert all(doc.text[s:e] == t for (s, e), t in zip(doc.sentence_spans, doc.sentences))
    assert all(doc.text[q.start : q.end] == q.text for q in doc.quotes)
    assert [q.text for q in doc.quotes] == ["We are ready to talk,", "It is a start,"]
    assert [q.speaker for q in doc.quotes] == ["Ana Duarte", "Ana Duarte"]
    assert doc.speakers[0].name == "Ana Duarte" and doc.speakers[0].quote_count == 2
    assert {"Duarte", "she"} & set(doc.speakers[0].mentions)
    json.dumps(doc.to_dict())


def test_analyze_rejects_non_str_and_unknown_options():
    with pytest.raises(TypeError, match="expects text as str"):
        qs.analyze(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="unknown option"):
        qs.analyze("x", colour="red")
    with pytest.raises(ValueError, match="normalization"):
        qs.analyze("x", normalization="NFX")


def test_analyze_passes_options_to_each_stage():
    kept = qs.analyze(ARTICLE, remove_boilerplate=False)
    assert "Share This article" in kept.text
    scare = 'Officials backed a so-called "temporary" measure and left.'
    assert [q.kind for q in qs.analyze(scare).quotes] == []
    assert [q.kind for q in qs.analyze(scare, include_scare=True).quotes] == ["scare"]


def test_analyze_iter_streams_in_order_with_bounded_chunks():
    texts = [f"Doc {i} starts. It ends." for i in range(25)]
    docs = list(qs.analyze_iter(iter(texts), chunk_size=4))
    assert [d.raw for d in docs] == texts
    assert all(len(d.sentences) == 2 for d in docs)
    with pytest.raises(ValueError, match="chunk_size"):
        list(qs.analyze_iter(texts, chunk_size=0))


def test_batch_equals_single_and_thread_count_does_not_matter():
    texts = [ARTICLE, "One. Two.", "", "“Yes,” he said."] * 5
    one = Corpus.from_texts(texts).analyze(n_jobs=1, progress=False, chunk_size=3).documents
    many = Corpus.from_texts(texts).analyze(n_jobs=2, progress=False).documents
    single = [qs.analyze(t, id=str(i)) for i, t in enumerate(texts)]
    assert one == many == single


def test_constructors(tmp_path):
    (tmp_path / "outlet_a").mkdir()
    (tmp_path / "outlet_a" / "x.txt").write_text("One. Two.", encoding="utf-8")
    (tmp_path / "y.txt").write_bytes(b"Caf\xe9 bytes that are not UTF-8. Fine.")
    c = Corpus.from_dir(tmp_path)
    assert c.ids == ["outlet_a/x.txt", "y.txt"] and c.sources == ["outlet_a", None]
    assert "\ufffd" in c.texts[1]  # undecodable bytes are replaced, not lost silently

    jl = tmp_path / "docs.jsonl"
    jl.write_text(
        json.dumps({"id": "a", "source": "S", "text": "Hi. There.", "date": "2026-01-01"}) + "\n\n"
        + json.dumps({"body": "no text field"}) + "\n",
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match=r"docs.jsonl:3: expected an object with a string field 'text'"):
        Corpus.from_jsonl(jl)
    jl.write_text(json.dumps({"id": "a", "source": "S", "text": "Hi. There.", "date": "2026-01-01"}) + "\n")
    c = Corpus.from_jsonl(jl)
    assert (c.ids, c.sources, c.meta) == (["a"], ["S"], [{"date": "2026-01-01"}])

    pd = pytest.importorskip("pandas")
    df = pd.DataFrame({"body": ["A. B.", "C."], "outlet": ["X", "Y"], "key": [10, 11], "date": ["d1", "d2"]})
    c = Corpus.from_pandas(df, text="body", id="key", source="outlet").analyze(progress=False)
    assert c.ids == ["10", "11"] and c.meta == [{"date": "d1"}, {"date": "d2"}]
    with pytest.raises(ValueError, match="no column 'text'"):
        Corpus.from_pandas(df)


def test_constructor_errors():
    with pytest.raises(TypeError, match="text 1 is int"):
        Corpus.from_texts(["a", 3])  # type: ignore[list-item]
    with pytest.raises(ValueError, match="2 texts but 1 ids"):
        Corpus.from_texts(["a", "b"], ids=["x"])
    with pytest.raises(ValueError, match="unique"):
        Corpus.from_texts(["a", "b"], ids=["x", "x"])
    with pytest.raises(RuntimeError, match="analyze"):
        Corpus.from_texts(["a"]).quote_rows()
    with pytest.raises(ValueError, match="not a directory"):
        Corpus.from_dir("/nonexistent/quotesmith")


def test_sample_corpus_tables(sample):
    pd = pytest.importorskip("pandas")
    quotes = sample.quotes_frame()
    sentences = sample.sentences_frame()
    speakers = sample.speakers_frame()
    assert list(quotes.columns)[:4] == ["doc_id", "source", "quote_index", "text"]
    assert len(quotes) >= 25 and len(sentences) >= 60
    assert set(quotes["source"]) >= {"WNC News", "Global Wire Service", "The Daily Courier"}
    for row in quotes.itertuples():
        doc = next(d for d in sample if d.id == row.doc_id)
        assert doc.text[row.start : row.end] == row.text
    assert sentences.groupby("doc_id")["n_quotes"].sum().sum() == len(quotes)
    assert isinstance(speakers, pd.DataFrame) and speakers["quote_count"].is_monotonic_decreasing
    arrow = sample.to_arrow("speakers")
    assert arrow.num_rows == len(speakers)
    with pytest.raises(ValueError, match="table must be one of"):
        sample.to_arrow("words")


def test_sample_corpus_speakers_merge_across_outlets(sample):
    names = {r["speaker"] for r in sample.speaker_rows()}
    # "Benning" alone in one outlet and "Secretary of State Laura Benning" in another are one person,
    # and the misspelled "Anatoli Vetrov" merges with "Anatoly Vetrov".
    assert "Laura Benning" in names and "Benning" not in names
    assert len({n for n in names if n.endswith("Vetrov")}) == 1
    benning = next(r for r in sample.speaker_rows() if r["speaker"] == "Laura Benning")
    assert benning["document_count"] >= 4 and benning["quote_count"] >= 10
    assert next(r for r in sample.speaker_rows() if r["speaker"] == "Tom Aldridge")["document_count"] == 2


def test_sample_corpus_shared_quotes_and_near_duplicates(sample):
    shared = sample.shared_quotes()
    goal = next(s for s in shared if any("share the same goal" in v for v in s.variants))
    assert goal.speaker == "Laura Benning"
    assert goal.sources == ["Global Wire Service", "Harbour Post"]
    # The same words trimmed and re-punctuated by another outlet still group together.
    fair = next(s for s in shared if any("fair offer" in v for v in s.variants))
    assert fair.sources == ["Mercury Online", "The Daily Courier"] and fair.speaker == "Priya Raman"
    i = next(k for k, m in enumerate(fair.members) if m[2].text != fair.variants[0])
    ops = {op for op, _ in fair.diff(i)}
    assert "=" in ops and "-" in ops
    assert ["wire-arctic", "harbour-arctic"] in sample.near_duplicates(threshold=0.5)
    assert all(len(g) >= 2 for g in sample.near_duplicates())


def test_summary_and_repr(sample):
    s = sample.summary()
    assert s["documents"] == 7 and s["quotes"] == len(sample.quote_rows())
    assert s["top_speakers"][0][0] == "Laura Benning"
    assert s["characters_removed"] > 1000  # appeal, bio, repeated body, nav
    assert repr(sample) == "<quotesmith.Corpus of 7 documents, analysed>"


def test_document_html_highlights_quotes_and_escapes(sample):
    doc = sample[1]
    page = doc._repr_html_()
    assert page.count("<mark") == len(doc.quotes) and page.count("</mark>") == len(doc.quotes)
    evil = qs.analyze('“<script>alert(1)</script> is bad,” Ann Lee said.')
    assert "<script>" not in evil._repr_html_()


def test_everything_pickles(sample):
    for obj in (sample, sample[0], sample[0].quotes[0], sample.shared_quotes()[0], sample[0].edits[0], sample[0].speakers[0]):
        back = pickle.loads(pickle.dumps(obj))
        assert back == obj or (isinstance(obj, Corpus) and back.documents == obj.documents)
    assert pickle.loads(pickle.dumps(sample)).quote_rows() == sample.quote_rows()


def _quotes_of_partition(part):
    import pandas as pd

    frame = Corpus.from_pandas(part, text="text", id="id", source="source").analyze(progress=False).quotes_frame()
    return frame if len(frame) else pd.DataFrame(columns=frame.columns)


def test_dask_local_cluster_map_partitions(sample):
    pd = pytest.importorskip("pandas")
    dd = pytest.importorskip("dask.dataframe")
    distributed = pytest.importorskip("dask.distributed")
    df = pd.DataFrame({"id": sample.ids, "source": sample.sources, "text": sample.texts})
    meta = sample.quotes_frame().iloc[:0]
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            distributed.Client(cluster):
        ddf = dd.from_pandas(df, npartitions=3)
        got = ddf.map_partitions(_quotes_of_partition, meta=meta).compute()
    want = pd.concat([_quotes_of_partition(df.iloc[i : i + 1]) for i in range(len(df))])
    cols = ["doc_id", "text", "start", "end", "doc_speaker", "kind"]
    key = ["doc_id", "start"]
    assert got[cols].sort_values(key).reset_index(drop=True).equals(want[cols].sort_values(key).reset_index(drop=True))

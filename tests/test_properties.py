"""Property tests (hypothesis) through the installed package: whatever the text, every span is a
valid ``str`` slice, sentences and the whitespace between them give back the text, cleaning
accounts for every character, quotes are the text at their spans, and single, batch and
multi-threaded calls agree.

Texts mix news-like words, abbreviations, every quote mark, dots, newlines, emoji, RTL (Arabic,
Hebrew) and CJK, plus fully arbitrary strings.
"""
from __future__ import annotations

import os
from typing import List, Sequence, Tuple

import hypothesis.strategies as st
from hypothesis import HealthCheck, given, settings

import quotesmith as qs
from quotesmith import CleanResult

def is_blank(s: str) -> bool:
    """Only whitespace, as str.isspace() sees it (the set the sentence splitter trims)."""
    return s == "" or s.isspace()


PIECES = [
    # news words, names, cues
    "the", "talks", "minister", "ceasefire", "Clara Oduya", "President Anton Vass", "the Kremlin",
    "he", "she", "they", "said", "told reporters", "wrote on Twitter", "according to", "added",
    "Secretary of State Mike Pompeo", "on Tuesday", "1,200", "3.5%", "$4.2bn", "10:30",
    # abbreviations
    "U.S.", "U.K.", "St.", "Mr.", "Dr.", "Gen.", "Jan.", "No.", "Inc.", "a.m.", "p.m.", "e.g.",
    "i.e.", "N.Korea", "J. R. R.", "etc.",
    # punctuation and quote marks
    ".", ".", ",", ":", "?", "!", "?!", "...", "…", "(", ")", "—", "-",
    '"', '"', "“", "”", "'", "‘", "’", "«", "»", '.,"', ",”", ".”",
    # whitespace and lines
    " ", " ", " ", "\n", "\n\n", "\r\n", "\t", "\xa0", "\u200b",
    # boilerplate and mojibake
    "Skip to main content", "Share This article", "About The Author", "Dear readers,",
    "Remind me later.", "â€œ", "Ã©",
    # RTL, CJK, emoji, combining marks
    "قال الوزير", "«سنواصل الحوار»", "؟", "שלום עולם", "״", "他说", "“我们会继续。”", "。", "！", "？",
    "😀", "🇺🇸", "👩‍👩‍👧", "e\u0301", "\u0301", "ﬁ", "\x00", "\x1c", "\x1f", "\u2028", "\x85",
]

news_text = st.lists(
    st.tuples(st.sampled_from(PIECES), st.booleans()), max_size=80
).map(lambda parts: "".join(p + (" " if space else "") for p, space in parts))
quote_heavy = st.lists(
    st.sampled_from(['"', "“", "”", "'", "‘", "’", "«", "»", " ", "We", ".", ",", "\n", " he said."]),
    max_size=200,
).map("".join)
dot_heavy = st.lists(
    st.sampled_from([".", ". ", "...", "…", "U.S.", "A.", "a", "B", " ", "\n", "?", "!", "Mr"]),
    max_size=200,
).map("".join)
texts = st.one_of(news_text, news_text, quote_heavy, dot_heavy, st.text(max_size=300))
text_lists = st.lists(texts, max_size=6)

# CI: 150 examples per test from a fixed seed (deterministic, never flaky). A deep local search:
# QS_MAX_EXAMPLES=5000 pytest tests/test_properties.py (random, with hypothesis's example database).
DEEP = "QS_MAX_EXAMPLES" in os.environ
MAX_EXAMPLES = int(os.environ.get("QS_MAX_EXAMPLES", "150"))
SETTINGS = settings(
    max_examples=MAX_EXAMPLES, deadline=None, derandomize=not DEEP, suppress_health_check=[HealthCheck.too_slow]
)


def check_spans(text: str, spans: Sequence[Tuple[int, int]], what: str) -> None:
    prev = 0
    for i, (s, e) in enumerate(spans):
        assert 0 <= s < e <= len(text), f"{what} {i} span {(s, e)} out of bounds for len {len(text)}"
        assert s >= prev, f"{what} {i} overlaps the previous one (starts {s} < {prev})"
        prev = e


# ------------------------------------------------------------------------------------------
# Sentences


@SETTINGS
@given(texts)
def test_sentences_and_the_whitespace_between_them_give_back_the_text(text):
    spans = qs.sentence_spans(text)
    check_spans(text, spans, "sentence")
    bounds = [0] + [x for span in spans for x in span] + [len(text)]
    gaps = [text[bounds[i] : bounds[i + 1]] for i in range(0, len(bounds), 2)]
    assert all(is_blank(g) for g in gaps), f"text outside every sentence: {[g for g in gaps if not is_blank(g)]}"
    sentences = [text[s:e] for s, e in spans]
    assert all(s.strip() == s for s in sentences), "untrimmed sentence"
    # Interleaving gaps and sentences is the text, character for character.
    rebuilt = gaps[0] + "".join(s + g for s, g in zip(sentences, gaps[1:]))
    assert rebuilt == text
    assert qs.split_sentences(text) == sentences


@SETTINGS
@given(texts, st.sampled_from(["en", "xx", "de", ""]))
def test_sentence_spans_hold_for_any_language_code(text, language):
    spans = qs.sentence_spans(text, language=language)
    check_spans(text, spans, "sentence")
    assert qs.split_sentences(text, language=language) == [text[s:e] for s, e in spans]


# ------------------------------------------------------------------------------------------
# Cleaning

clean_options = st.fixed_dictionaries(
    {
        "normalization": st.sampled_from(["NFC", "NFKC", None]),
        "fix_mojibake": st.booleans(),
        "normalize_whitespace": st.booleans(),
        "remove_boilerplate": st.booleans(),
        "remove_duplicates": st.booleans(),
        "quotes": st.sampled_from([None, "straight", "curly"]),
        "dashes": st.booleans(),
    }
)


@SETTINGS
@given(texts, clean_options)
def test_clean_report_accounts_for_every_character(raw, options):
    r = qs.clean_report(raw, **options)
    prev = 0
    for e in r.edits:
        assert prev <= e.start <= e.end <= len(raw), f"edit {e} out of order or out of bounds"
        assert raw[e.start : e.end] == e.text, f"edit text {e.text!r} is not raw[{e.start}:{e.end}]"
        prev = e.end
    assert CleanResult.apply(raw, r.edits) == r.text
    assert qs.clean(raw, **options) == r.text


# ------------------------------------------------------------------------------------------
# Quotes


@SETTINGS
@given(texts, st.booleans(), st.booleans())
def test_quote_text_is_the_document_at_its_span(text, include_scare, include_indirect):
    quotes = qs.extract_quotes(text, include_scare=include_scare, include_indirect=include_indirect)
    n_sentences = len(qs.sentence_spans(text))
    for q in quotes:
        assert 0 <= q.start <= q.end <= len(text)
        assert q.text == text[q.start : q.end]
        if q.mention_span is not None:
            s, e = q.mention_span
            assert 0 <= s <= e <= len(text)
            if q.speaker_mention is not None:
                assert text[s:e] == q.speaker_mention
        if q.cue_span is not None:
            s, e = q.cue_span
            assert 0 <= s <= e <= len(text)
        assert 0 <= q.sentence_index < n_sentences
        assert 0.0 <= q.confidence <= 1.0
        assert q.kind in {"full", "partial", "multi-paragraph", "scare", "indirect"}
        if not include_scare:
            assert q.kind != "scare"
        if not include_indirect:
            assert q.kind != "indirect"


# ------------------------------------------------------------------------------------------
# Single vs batch, 1 vs 2 threads, and the composed pipeline


@SETTINGS
@given(text_lists)
def test_batch_equals_single_and_thread_count_does_not_matter(docs: List[str]):
    single_sentences = [qs.split_sentences(t) for t in docs]
    assert qs.split_sentences_batch(docs) == single_sentences
    assert qs.split_sentences_batch(docs, n_jobs=1) == qs.split_sentences_batch(docs, n_jobs=2) == single_sentences

    single_quotes = [qs.extract_quotes(t) for t in docs]
    assert qs.extract_quotes_batch(docs, n_jobs=1) == qs.extract_quotes_batch(docs, n_jobs=2) == single_quotes

    single_clean = [qs.clean(t) for t in docs]
    assert qs.clean_batch(docs, n_jobs=1) == qs.clean_batch(docs, n_jobs=2) == single_clean


@settings(max_examples=max(1, MAX_EXAMPLES // 2), deadline=None, derandomize=not DEEP)
@given(text_lists)
def test_analyze_is_the_stages_composed_and_streams_equal_singles(docs: List[str]):
    singles = [qs.analyze(t) for t in docs]
    for raw, doc in zip(docs, singles):
        assert doc.raw == raw
        assert doc.text == qs.clean(raw)
        assert CleanResult.apply(raw, doc.edits) == doc.text
        assert list(doc.sentence_spans) == qs.sentence_spans(doc.text)
        assert list(doc.quotes) == qs.extract_quotes(doc.text)
    streamed = list(qs.analyze_iter(docs, chunk_size=2, n_jobs=2))
    assert [(d.text, d.edits, d.sentence_spans, d.quotes) for d in streamed] == [
        (d.text, d.edits, d.sentence_spans, d.quotes) for d in singles
    ]

"""One test per row of the "bad input" table (README.md, "Bad input"): what each
kind of hostile or malformed input returns or raises. Nothing here may crash the interpreter.

Times are never asserted; the big inputs (100 MB, 1 M documents) are sized to run in seconds.
"""
from __future__ import annotations

import os
import re

import pytest

import quotesmith as qs
from quotesmith import CleanResult

# Functions that take one text, called with their default options.
SINGLE = {
    "clean": qs.clean,
    "clean_report": qs.clean_report,
    "split_sentences": qs.split_sentences,
    "sentence_spans": qs.sentence_spans,
    "extract_quotes": qs.extract_quotes,
    "analyze": qs.analyze,
}
# Functions that take a list of texts.
BATCH = {
    "clean_batch": qs.clean_batch,
    "split_sentences_batch": qs.split_sentences_batch,
    "extract_quotes_batch": qs.extract_quotes_batch,
}

NEWS = (
    "GENEVA (Harbor Wire) — Foreign Minister Clara Oduya arrived at 9 a.m. on Tuesday. "
    "“We are ready to talk,” Oduya told reporters. The U.S. envoy, Gen. Mark Ellery, said the "
    "talks were “frank.” He left for St. Petersburg at 5 p.m.\n\n"
)


def check_sentences(text: str, spans) -> None:
    """Spans are ordered, in bounds, and only whitespace lies outside them."""
    prev = 0
    for s, e in spans:
        assert prev <= s < e <= len(text)
        assert text[prev:s].strip() == ""
        prev = e
    assert text[prev:].strip() == ""


def check_quotes(text: str, quotes) -> None:
    for q in quotes:
        assert 0 <= q.start <= q.end <= len(text)
        assert q.text == text[q.start : q.end]


# ------------------------------------------------------------------------------------------
# Wrong types


@pytest.mark.parametrize("name", SINGLE)
@pytest.mark.parametrize("value", [42, None, ["a list"], 3.5])
def test_non_str_raises_type_error_naming_the_function_and_type(name, value):
    with pytest.raises(TypeError, match=rf"{name}\(\) expects text as str, got {type(value).__name__}"):
        SINGLE[name](value)


@pytest.mark.parametrize("name", ["clean", "split_sentences", "sentence_spans", "extract_quotes", "clean_report"])
def test_bytes_raise_type_error_saying_to_decode(name):
    with pytest.raises(TypeError, match=r"got bytes; decode bytes first"):
        SINGLE[name](NEWS.encode())


@pytest.mark.parametrize("name", BATCH)
def test_batch_with_a_non_str_item_names_the_item_index(name):
    with pytest.raises(TypeError, match=rf"{name}\(\): item 2 is int, expected str"):
        BATCH[name](["One.", "Two.", 3, "Four."])
    with pytest.raises(TypeError, match=r"item 1 is bytes"):
        BATCH[name](["One.", b"Two."])
    with pytest.raises(TypeError, match=r"item 0 is NoneType"):
        BATCH[name]([None])


@pytest.mark.parametrize("name", BATCH)
def test_a_single_str_passed_to_a_batch_call_raises_type_error(name):
    with pytest.raises(TypeError, match=r"got a single str; wrap it in a list"):
        BATCH[name]("One. Two.")
    with pytest.raises(TypeError, match=r"expects an iterable of str, got int"):
        BATCH[name](7)


def test_batch_calls_accept_any_iterable_of_str():
    gen = (f"Doc {i} opens. It ends." for i in range(3))
    assert qs.split_sentences_batch(gen) == [[f"Doc {i} opens.", "It ends."] for i in range(3)]
    assert qs.split_sentences_batch(("First one. Second one.",)) == [["First one.", "Second one."]]


def test_str_subclasses_are_accepted_as_text():
    class Article(str):
        pass

    assert qs.split_sentences(Article("One. Two.")) == ["One.", "Two."]


# ------------------------------------------------------------------------------------------
# Empty and degenerate text


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t \r\n", "\u00a0\u3000"])
def test_empty_or_blank_text_gives_empty_results(text):
    assert qs.sentence_spans(text) == [] and qs.split_sentences(text) == []
    assert qs.extract_quotes(text) == []
    assert qs.clean(text) == ""
    doc = qs.analyze(text)
    assert doc.text == "" and doc.sentences == [] and doc.quotes == ()
    assert qs.split_sentences_batch([text]) == [[]]


def test_empty_batches_give_empty_lists():
    assert qs.split_sentences_batch([]) == [] and qs.clean_batch([]) == [] and qs.extract_quotes_batch([]) == []
    assert list(qs.analyze_iter([])) == []


def test_text_of_only_invisible_characters_cleans_to_empty():
    text = "\u200b\ufeff\u200b\n\u2060"
    assert qs.clean(text) == ""
    assert qs.analyze(text).sentences == []


# ------------------------------------------------------------------------------------------
# Broken Unicode and control characters

SURROGATES = "“We will \ud800stay,” Anna Berg said.\udfff Talks resume \udc00on Monday. \ud83d"


def test_lone_surrogates_become_replacement_characters_at_the_same_offsets():
    repaired = re.sub("[\ud800-\udfff]", "\ufffd", SURROGATES)
    assert len(repaired) == len(SURROGATES)
    spans = qs.sentence_spans(SURROGATES)
    assert spans == qs.sentence_spans(repaired)
    assert qs.split_sentences(SURROGATES) == [repaired[s:e] for s, e in spans]
    assert qs.extract_quotes(SURROGATES) == qs.extract_quotes(repaired)
    check_quotes(repaired, qs.extract_quotes(SURROGATES))
    assert qs.clean(SURROGATES) == qs.clean(repaired)
    assert not re.search("[\ud800-\udfff]", qs.clean(SURROGATES))
    r = qs.clean_report(SURROGATES)
    assert CleanResult.apply(repaired, r.edits) == r.text
    assert qs.split_sentences_batch([SURROGATES, "ok."]) == [qs.split_sentences(repaired), ["ok."]]
    assert qs.analyze(SURROGATES).text == qs.clean(repaired)


def test_nul_and_control_bytes_are_removed_by_clean_and_never_crash():
    text = "Talks\x00 resumed.\x07 “We\x00 are ready,” Oduya said.\x1b[0m\x7f Done.\x00"
    cleaned = qs.clean(text)
    assert "\x00" not in cleaned and "\x07" not in cleaned and "\x7f" not in cleaned and "\x1b" not in cleaned
    assert "Talks resumed." in cleaned
    r = qs.clean_report(text)
    assert any(e.kind == "control" and e.text == "\x00" for e in r.edits)
    assert CleanResult.apply(text, r.edits) == r.text
    check_sentences(text, qs.sentence_spans(text))
    check_quotes(text, qs.extract_quotes(text))
    assert "\x00" not in qs.analyze(text).text


def test_binary_junk_decoded_as_latin1_goes_through_every_stage():
    junk = bytes(range(256)).decode("latin-1") * 20 + NEWS
    r = qs.clean_report(junk)
    assert CleanResult.apply(junk, r.edits) == r.text
    check_sentences(junk, qs.sentence_spans(junk))
    check_quotes(junk, qs.extract_quotes(junk))
    doc = qs.analyze(junk)
    check_sentences(doc.text, doc.sentence_spans)


# ------------------------------------------------------------------------------------------
# Size


def test_a_100_mb_document_is_split_without_crashing():
    sentence = "The minister met envoy number {} in Geneva on Tuesday. "
    n = 100 * 2**20 // len(sentence.format(1_000_000))
    text = "".join([sentence.format(1_000_000 + i) for i in range(n)])
    assert len(text) >= 100 * 2**20 - len(sentence) - 8
    spans = qs.sentence_spans(text)
    assert len(spans) == n
    assert text[slice(*spans[-1])] == sentence.format(1_000_000 + n - 1).strip()
    del spans
    assert len(qs.split_sentences(text)) == n
    # One 100 MB line of distinct sentences: cleaning keeps all of it (only the final space goes).
    assert qs.clean(text) == text.rstrip()
    assert qs.extract_quotes(text) == []


def test_one_million_tiny_documents_in_one_batch():
    docs = [f"Item {i} opens. It ends." for i in range(1_000_000)]
    out = qs.split_sentences_batch(docs)
    assert len(out) == 1_000_000
    assert out[0] == ["Item 0 opens.", "It ends."] and out[-1] == ["Item 999999 opens.", "It ends."]
    assert all(len(s) == 2 for s in out[::997])


# ------------------------------------------------------------------------------------------
# Quote marks


def test_quotes_nested_10000_deep():
    depth = 5_000  # pairs of “‘ : 10,000 levels
    text = "Oduya said: " + "“‘" * depth + "stay" + "’”" * depth + " Talks resume. Then more."
    check_quotes(text, qs.extract_quotes(text))
    check_quotes(text, qs.extract_quotes(text, include_scare=True, include_indirect=True))
    spans = qs.sentence_spans(text)
    check_sentences(text, spans)
    r = qs.clean_report(text)
    assert CleanResult.apply(text, r.edits) == r.text


def test_10000_unmatched_quote_marks_do_not_swallow_the_next_paragraph():
    # The next paragraph does not open with a quote mark, so the multi-paragraph convention (an
    # unclosed quote continues when the next paragraph opens one) cannot apply.
    opened = "Officials said “the deal " * 10_000 + "was close.\n\nTalks went on into the night.\n\n"
    real = "“We will stay,” Anna Berg said."
    text = opened + real
    quotes = qs.extract_quotes(text)
    check_quotes(text, quotes)
    check_sentences(text, qs.sentence_spans(text))
    assert any(q.text.startswith("We will stay") and q.speaker == "Anna Berg" for q in quotes)
    for marks in ('"' * 10_000, "”" * 10_000, "«" * 10_000, "'" * 10_000):
        check_quotes(marks, qs.extract_quotes(marks))
        check_sentences(marks, qs.sentence_spans(marks))


# ------------------------------------------------------------------------------------------
# Scripts


ARABIC = "قال الوزير إن المحادثات مستمرة. وأضاف أن الوفد سيعود غدا."
HEBREW = "השר אמר שהשיחות נמשכות. המשלחת תחזור מחר."


@pytest.mark.parametrize("text", [ARABIC, HEBREW])
def test_rtl_text_is_kept_and_split_on_periods(text):
    assert qs.clean(text) == text
    sentences = qs.split_sentences(text)
    assert len(sentences) == 2 and "".join(sentences).replace(" ", "") == text.replace(" ", "")
    marked = "\u200f" + text.replace(". ", ".\u200f ") + " «سنواصل الحوار» قال الوزير."
    check_sentences(marked, qs.sentence_spans(marked))
    check_quotes(marked, qs.extract_quotes(marked, language="ar"))


CJK = "我们会继续谈判。他说：“这是开始。”你好吗？好！"


@pytest.mark.parametrize("language", ["en", "zh"])
def test_cjk_is_split_on_full_width_terminators(language):
    assert qs.split_sentences(CJK, language=language) == ["我们会继续谈判。", "他说：“这是开始。”", "你好吗？", "好！"]
    assert qs.clean(CJK) == CJK
    check_quotes(CJK, qs.extract_quotes(CJK, language=language))


# ------------------------------------------------------------------------------------------
# Options


@pytest.mark.parametrize(
    "call, message",
    [
        (lambda: qs.clean("x", normalization="XYZ"), r"normalization must be 'NFC', 'NFKC' or None"),
        (lambda: qs.clean_report("x", quotes="fancy"), r"quotes must be None, 'straight' or 'curly'"),
        (lambda: qs.split_sentences_batch(["x"], n_jobs=0), r"n_jobs must be a positive number"),
        (lambda: qs.extract_quotes_batch(["x"], n_jobs=-3), r"n_jobs must be a positive number"),
        (lambda: qs.clean_batch(["x"], n_jobs=0), r"n_jobs"),
        (lambda: list(qs.analyze_iter(["x"], chunk_size=0)), r"chunk_size must be at least 1"),
        (lambda: qs.analyze("x", normalization="NFX"), r"normalization"),
    ],
)
def test_invalid_option_values_raise_value_error_with_a_message(call, message):
    with pytest.raises(ValueError, match=message):
        call()


def test_unknown_keyword_raises_type_error():
    with pytest.raises(TypeError):
        qs.clean("x", colour="red")  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="unknown option"):
        qs.analyze("x", colour="red")


def test_unknown_language_falls_back_to_generic_rules_without_error():
    text = "The talks resumed. Nothing changed! Did they agree?"
    assert qs.split_sentences(text, language="xx") == qs.split_sentences(text, language="generic")
    assert len(qs.split_sentences(text, language="xx")) == 3
    assert qs.split_sentences_batch([text], language="") == [qs.split_sentences(text, language="xx")]
    check_quotes(text, qs.extract_quotes(text, language="klingon"))


def test_n_jobs_minus_one_and_none_mean_all_cores():
    docs = [NEWS] * 4
    assert qs.split_sentences_batch(docs, n_jobs=-1) == qs.split_sentences_batch(docs) == qs.split_sentences_batch(docs, n_jobs=1)


def _os_threads() -> int:
    with open("/proc/self/status") as f:
        return int(next(line for line in f if line.startswith("Threads:")).split()[1])


@pytest.mark.skipif(not os.path.exists("/proc/self/status"), reason="counts threads through /proc")
def test_a_huge_n_jobs_does_not_leave_hundreds_of_threads_running():
    """n_jobs is clamped to the core count (each distinct value used to cache a pool forever)."""
    before = _os_threads()
    assert qs.split_sentences_batch(["One. Two."], n_jobs=256) == [["One.", "Two."]]
    assert _os_threads() - before <= max(32, 4 * (os.cpu_count() or 1))

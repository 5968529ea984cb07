"""Adversarial inputs go through every stage without error and with every invariant intact.

The patterns are the ones that break naive text code: long runs of quote marks (quadratic
matching), dots and abbreviations (backtracking boundary rules), capitals (name recognition),
newline runs, repeated paragraphs (duplicate detection), one 1 MB line. Time is never asserted
here — benches/scaling.py shows time per MB stays flat as these grow — but a quadratic stage
would make this file take hours instead of seconds.
"""
from __future__ import annotations

import pytest

import quotesmith as qs
from quotesmith import CleanResult

NEWS_LINE = (
    "Foreign Minister Clara Oduya met Gen. Mark Ellery in St. Petersburg at 9 a.m. on Tuesday. "
    "“We are closer than we were in Jan.,” Oduya told reporters. The U.S. side said the talks "
    "were “frank but useful.” Prices rose 3.5% to $4.2bn… and then fell. "
)

# name -> text, each about 1 MB or (for multi-byte marks) 200,000+ characters.
PATTERNS = {
    "straight quotes": '"' * 200_000,
    "curly quotes": "“" * 100_000 + "”" * 100_000,
    "alternating curly": "“”" * 100_000,
    "single quotes and apostrophes": "'‘’" * 70_000,
    "guillemets": "«" * 100_000 + "»" * 100_000,
    "quoted words": '"a" ' * 250_000,
    "unclosed openers": "“word " * 170_000,
    "one long quote": "“" + "We will stay, he said. " * 45_000 + "”",
    "dots": "." * 1_000_000,
    "dot space": ". " * 500_000,
    "ellipses": "... " * 250_000,
    "unicode ellipses": "…" * 340_000,
    "U.S.": "U.S. " * 200_000,
    "U.S. no spaces": "U.S." * 250_000,
    "a. repeated": "a. " * 330_000,
    "initials": "J. R. R. " * 110_000,
    "capitals": "A" * 1_000_000,
    "capitalized words": "Capital " * 125_000,
    "title chain": "President Secretary General Minister " * 27_000,
    "cue verbs": "he said " * 125_000,
    "said with quotes": '"Yes," he said. ' * 62_000,
    "question marks": "?!" * 500_000,
    "newlines": "\n" * 1_000_000,
    "crlf": "\r\n" * 500_000,
    "blank-ish lines": " \n\t\n" * 250_000,
    "short lines": "a\n" * 500_000,
    "repeated paragraph": "The talks resumed on Tuesday.\n\n" * 32_000,
    "repeated boilerplate": "Share This article\n" * 52_000,
    "long word": "x" * 1_000_000,
    "spaces": " " * 1_000_000,
    "parentheses": "(" * 500_000 + ")" * 500_000,
    "mojibake": "â€œ" * 120_000,
    "zero width": "\u200b" * 330_000,
    "combining marks": "e" + "\u0301" * 500_000,
    "emoji": "👩‍👩‍👧" * 40_000,
    "one 1 MB line": NEWS_LINE * (1_000_000 // len(NEWS_LINE)),
}


def check_sentences(text, spans):
    prev = 0
    for i, (s, e) in enumerate(spans):
        assert prev <= s < e <= len(text), f"sentence {i} span {(s, e)} (previous end {prev}, len {len(text)})"
        assert text[prev:s].strip() == "", f"text before sentence {i} is in no sentence"
        prev = e
    assert text[prev:].strip() == "", "text after the last sentence is in no sentence"


def check_quotes(text, quotes, n_sentences):
    for i, q in enumerate(quotes):
        assert 0 <= q.start <= q.end <= len(text), f"quote {i} span {(q.start, q.end)}"
        assert q.text == text[q.start : q.end]
        assert 0 <= q.sentence_index < max(n_sentences, 1)
        for span in (q.mention_span, q.cue_span):
            if span is not None:
                assert 0 <= span[0] <= span[1] <= len(text)


def check_clean(raw, result):
    prev = 0
    for e in result.edits:
        assert prev <= e.start <= e.end <= len(raw)
        prev = e.end
    assert CleanResult.apply(raw, result.edits) == result.text


@pytest.mark.parametrize("name", PATTERNS)
def test_adversarial_input_goes_through_every_stage(name):
    text = PATTERNS[name]
    check_clean(text, qs.clean_report(text))
    spans = qs.sentence_spans(text)
    check_sentences(text, spans)
    check_quotes(text, qs.extract_quotes(text, include_scare=True, include_indirect=True), len(spans))
    doc = qs.analyze(text)
    check_clean(text, CleanResult(doc.text, doc.edits))
    check_sentences(doc.text, doc.sentence_spans)
    check_quotes(doc.text, doc.quotes, len(doc.sentence_spans))


def test_adversarial_patterns_in_one_batch_equal_single_calls():
    """The batch path on the same inputs, mixed with each other on two threads."""
    names = ["straight quotes", "dots", "U.S.", "newlines", "one 1 MB line", "unclosed openers"]
    texts = [PATTERNS[n][:200_000] for n in names]
    assert qs.split_sentences_batch(texts, n_jobs=2) == [qs.split_sentences(t) for t in texts]
    assert qs.extract_quotes_batch(texts, n_jobs=2) == [qs.extract_quotes(t) for t in texts]


def test_sentence_count_of_the_1_mb_line_matches_its_repeats():
    """One 1 MB line of news splits like its repeated unit does, not into one giant sentence."""
    text = PATTERNS["one 1 MB line"]
    unit = len(qs.split_sentences(NEWS_LINE))
    assert unit >= 3
    assert len(qs.sentence_spans(text)) == unit * (len(text) // len(NEWS_LINE))


# ------------------------------------------------------------------------------------------
# Bugs found by fuzzing / property tests (each has a Rust twin in tests/regressions.rs). An open
# bug is kept here as @pytest.mark.xfail(strict=True, ...) so CI stays green while it is open and
# flips to a failure once it is fixed; then the marker goes.


@pytest.mark.parametrize("text", ["Ab,", "B,", "Xy Zw,", "The end. Ab,"])
def test_indirect_speech_scan_on_a_capitalised_word_then_a_final_comma(text):
    """Was a panic (index past the last token, src/quotes/names.rs), fixed in 132fa71."""
    check_quotes(text, qs.extract_quotes(text, include_indirect=True), len(qs.sentence_spans(text)))


@pytest.mark.parametrize("text", ["Word\x85", "Word.\x85\n", "Word \x85\n"])
def test_a_sentence_ending_in_next_line_is_trimmed(text):
    """Was kept untrimmed (U+0085 NEXT LINE at the end of a sentence), fixed in cdea0b8."""
    sentences = qs.split_sentences(text)
    assert len(sentences) == 1 and sentences[0].strip() == sentences[0]


@pytest.mark.parametrize(
    "text, want",
    [("a \x9d", "a"), ("x \x81", "x"), ("a \x9d\nb", "a\nb"), ("a\xa0\x9d", "a"), ("x \x00 y", "x y")],
)
def test_a_space_next_to_a_removed_control_is_not_left_behind(text, want):
    """Was 'a ' for 'a \\x9d' (the space before a removed C1 control stayed), fixed in the commit
    that added this test; a removed control between spaces also left two of them."""
    assert qs.clean(text) == want

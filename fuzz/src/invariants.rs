//! The invariants every quotesmith stage promises on *any* input, written once and checked by
//! both the fuzz targets (`fuzz/fuzz_targets/*.rs`) and the proptest properties
//! (`tests/properties.rs`, which includes this file with `#[path]`).
//!
//! Each `check_*` function panics with a message naming the broken promise, so a fuzzer records
//! a crash and proptest shrinks the input to a minimal counter-example.
//!
//! The contracts (from the module docs and issues 2–4):
//! * clean: edits are sorted, non-overlapping, in bounds and on char boundaries; applying them to
//!   the raw text gives exactly the clean text (nothing is lost without a record);
//! * sentences: spans are non-empty, in bounds, on char boundaries, ordered, non-overlapping,
//!   trimmed, and only whitespace lies outside them;
//! * quotes: every span (words, mention, cue) is in bounds and on char boundaries, the mention is
//!   the surface text at its span, and `sentence_index` names an existing sentence;
//! * pipeline: `analyze` is the three stages composed, and the batch call equals single calls.
#![allow(dead_code)]

use quotesmith::clean::{CleanOptions, Cleaned, Normalization, QuoteStyle};
use quotesmith::corpus::{self, Analysis, PipelineOptions};
use quotesmith::quotes::{self, Quote, QuoteOptions};
use quotesmith::sentences::{self, Language};

/// Checks that `start..end` is a valid slice range of `text`, naming `what` when it is not.
pub fn check_span(text: &str, start: usize, end: usize, what: &str) {
    assert!(start <= end, "{what}: start {start} > end {end}");
    assert!(end <= text.len(), "{what}: end {end} beyond text length {}", text.len());
    assert!(text.is_char_boundary(start), "{what}: start {start} is inside a UTF-8 character");
    assert!(text.is_char_boundary(end), "{what}: end {end} is inside a UTF-8 character");
}

/// Rebuilds the clean text from `raw` and the edits, as `CleanResult.apply` does in Python.
pub fn apply_edits(raw: &str, cleaned: &Cleaned) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut pos = 0;
    for e in &cleaned.edits {
        out.push_str(&raw[pos..e.start]);
        out.push_str(&e.replacement);
        pos = e.end;
    }
    out.push_str(&raw[pos..]);
    out
}

/// The clean-stage contract: edits are a complete, well-formed record of the changes.
pub fn check_cleaned(raw: &str, cleaned: &Cleaned) {
    let mut prev_end = 0;
    for (i, e) in cleaned.edits.iter().enumerate() {
        check_span(raw, e.start, e.end, &format!("clean edit {i} ({:?})", e.kind));
        assert!(
            e.start >= prev_end,
            "clean edit {i} ({:?}) at {}..{} overlaps or precedes the previous edit ending at {prev_end}",
            e.kind,
            e.start,
            e.end
        );
        prev_end = e.end;
    }
    let rebuilt = apply_edits(raw, cleaned);
    assert!(
        rebuilt == cleaned.text,
        "applying the {} edits to the raw text does not give the clean text:\n rebuilt: {:?}\n   clean: {:?}",
        cleaned.edits.len(),
        truncate(&rebuilt),
        truncate(&cleaned.text)
    );
}

/// What default cleaning promises about its output: no CR, no control characters besides
/// newline and tab, no trailing spaces on a line, and NFC (issue 2, "Unicode").
pub fn check_clean_output_defaults(clean_text: &str) {
    use unicode_normalization::is_nfc;
    for (i, c) in clean_text.char_indices() {
        assert!(
            !(c.is_control() && c != '\n' && c != '\t'),
            "clean text keeps control character {c:?} at byte {i}"
        );
    }
    for line in clean_text.split('\n') {
        assert!(!line.ends_with(' '), "clean text keeps a trailing space on line {:?}", truncate(line));
    }
    assert!(is_nfc(clean_text), "clean text is not NFC: {:?}", truncate(clean_text));
}

/// Whitespace as Python's `str.isspace()` sees it (Unicode White_Space plus the information
/// separators U+001C..U+001F), so a sentence equals its `.strip()` for Python users.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// The sentence contract: non-empty, trimmed, ordered, non-overlapping spans with only
/// whitespace between and around them.
pub fn check_sentence_spans(text: &str, spans: &[(usize, usize)]) {
    let mut prev_end = 0;
    for (i, &(s, e)) in spans.iter().enumerate() {
        check_span(text, s, e, &format!("sentence {i}"));
        assert!(s < e, "sentence {i} is empty ({s}..{e})");
        assert!(s >= prev_end, "sentence {i} at {s}..{e} overlaps the previous one ending at {prev_end}");
        let gap = &text[prev_end..s];
        assert!(
            gap.chars().all(is_space),
            "non-whitespace text {:?} before sentence {i} is in no sentence",
            truncate(gap)
        );
        let sentence = &text[s..e];
        assert!(
            sentence.trim_matches(is_space) == sentence,
            "sentence {i} is not trimmed of whitespace: {:?}",
            truncate(sentence)
        );
        prev_end = e;
    }
    let tail = &text[prev_end..];
    assert!(
        tail.chars().all(is_space),
        "non-whitespace text {:?} after the last sentence is in no sentence",
        truncate(tail)
    );
}

/// The quote contract, given the number of sentences of the same text.
pub fn check_quotes(text: &str, quotes: &[Quote], n_sentences: usize) {
    for (i, q) in quotes.iter().enumerate() {
        check_span(text, q.start, q.end, &format!("quote {i}"));
        for (what, span) in [("mention", q.mention_span), ("cue", q.cue_span), ("addressee", q.addressee_span)] {
            if let Some((s, e)) = span {
                check_span(text, s, e, &format!("quote {i} {what}"));
            }
        }
        assert!(
            q.sentence_index < n_sentences,
            "quote {i}: sentence_index {} but the text has {n_sentences} sentences",
            q.sentence_index
        );
        assert!(
            q.confidence.is_finite() && (0.0..=1.0).contains(&q.confidence),
            "quote {i}: confidence {} is not in [0, 1]",
            q.confidence
        );
    }
}

/// The composed pipeline: `analyze` equals clean, then sentences and quotes on the clean text.
pub fn check_analysis(raw: &str, a: &Analysis, opts: &PipelineOptions) {
    check_cleaned(raw, &a.cleaned);
    let text = &a.cleaned.text;
    check_sentence_spans(text, &a.sentences);
    check_quotes(text, &a.quotes, a.sentences.len());
    assert_eq!(
        a.sentences,
        sentences::sentence_spans(text, opts.language()),
        "analyze's sentences differ from sentence_spans on the clean text"
    );
    assert_eq!(
        a.quotes,
        quotes::extract_quotes(text, &opts.quotes),
        "analyze's quotes differ from extract_quotes on the clean text"
    );
}

/// Runs every stage on `text` alone (no cleaning) and checks each contract.
pub fn check_stages(text: &str, lang: Language, quote_opts: &QuoteOptions) {
    let spans = sentences::sentence_spans(text, lang);
    check_sentence_spans(text, &spans);
    let lang_spans = sentences::sentence_spans(text, quote_opts.language);
    let qs = quotes::extract_quotes(text, quote_opts);
    check_quotes(text, &qs, lang_spans.len());
}

/// Runs `analyze` on each document and `analyze_batch` on all of them; checks each analysis and
/// that the batch gives exactly the single results, in order.
pub fn check_pipeline(docs: &[String], opts: &PipelineOptions) {
    let singles: Vec<Analysis> = docs.iter().map(|d| corpus::analyze(d, opts)).collect();
    for (d, a) in docs.iter().zip(&singles) {
        check_analysis(d, a, opts);
    }
    let batch = corpus::analyze_batch(docs, opts);
    assert_eq!(batch.len(), docs.len(), "analyze_batch returned a different number of results");
    for (i, (b, s)) in batch.iter().zip(&singles).enumerate() {
        assert!(b == s, "analyze_batch result {i} differs from analyze on the same document");
    }
}

/// Clean options chosen by the bits of one byte, so fuzzers and proptest explore every rule
/// switched on and off (bits 0–1 normalization, 2–6 the rule flags, 7 dashes; quote style from
/// `quote_bits`).
pub fn clean_options_from_bits(bits: u8, quote_bits: u8) -> CleanOptions {
    CleanOptions {
        normalization: match bits & 3 {
            0 => Normalization::Nfc,
            1 => Normalization::Nfkc,
            _ => Normalization::None,
        },
        fix_mojibake: bits & 4 == 0,
        normalize_whitespace: bits & 8 == 0,
        remove_boilerplate: bits & 16 == 0,
        remove_duplicates: bits & 32 == 0,
        quotes: match quote_bits % 3 {
            0 => QuoteStyle::Keep,
            1 => QuoteStyle::Straight,
            _ => QuoteStyle::Curly,
        },
        dashes: bits & 128 != 0,
    }
}

/// Quote options chosen by the low bits of one byte.
pub fn quote_options_from_bits(bits: u8) -> QuoteOptions {
    QuoteOptions {
        include_scare: bits & 1 != 0,
        include_indirect: bits & 2 != 0,
        language: if bits & 4 == 0 { Language::En } else { Language::Generic },
    }
}

/// Splits fuzzer bytes into documents at 0xFF (never valid UTF-8, so it costs the fuzzer no
/// expressible text) and decodes each lossily, as a scraper reading bad bytes would.
pub fn split_documents(data: &[u8]) -> Vec<String> {
    data.split(|&b| b == 0xFF).map(|d| String::from_utf8_lossy(d).into_owned()).collect()
}

/// At most 200 characters of `s`, for readable failure messages on big inputs.
fn truncate(s: &str) -> String {
    let mut t: String = s.chars().take(200).collect();
    if t.len() < s.len() {
        t.push('…');
    }
    t
}

// ---------------------------------------------------------------------------------------------
// The fuzz targets' bodies, here so `tests/regressions.rs` replays saved crash inputs exactly as
// the fuzzer ran them.

/// `clean` target: bytes 0–1 pick the options, the rest (decoded lossily) is the text. Checks the
/// chosen options and the defaults.
pub fn fuzz_clean(data: &[u8]) {
    let (bits, quote_bits, rest) = match data {
        [a, b, rest @ ..] => (*a, *b, rest),
        _ => (0, 0, data),
    };
    let text = String::from_utf8_lossy(rest);
    let opts = clean_options_from_bits(bits, quote_bits);
    check_cleaned(&text, &quotesmith::clean::clean(&text, &opts));
    let defaults = quotesmith::clean::clean(&text, &CleanOptions::default());
    check_cleaned(&text, &defaults);
    check_clean_output_defaults(&defaults.text);
}

/// `sentences` target: the bytes as UTF-8 text (other inputs are skipped), both rule sets.
pub fn fuzz_sentences(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    for lang in [Language::En, Language::Generic] {
        check_sentence_spans(text, &sentences::sentence_spans(text, lang));
    }
}

/// `quotes` target: byte 0 picks the options, the rest (decoded lossily) is the text.
pub fn fuzz_quotes(data: &[u8]) {
    let (bits, rest) = match data {
        [a, rest @ ..] => (*a, rest),
        _ => (0, data),
    };
    let text = String::from_utf8_lossy(rest);
    let opts = quote_options_from_bits(bits);
    let n_sentences = sentences::sentence_spans(&text, opts.language).len();
    check_quotes(&text, &quotes::extract_quotes(&text, &opts), n_sentences);
}

/// `pipeline` target: bytes 0–1 pick the options, the rest is split into documents at 0xFF.
pub fn fuzz_pipeline(data: &[u8]) {
    let (bits, qbits, rest) = match data {
        [a, b, rest @ ..] => (*a, *b, rest),
        _ => (0, 0, data),
    };
    let opts = PipelineOptions { clean: clean_options_from_bits(bits, qbits), quotes: quote_options_from_bits(qbits >> 2) };
    check_pipeline(&split_documents(rest), &opts);
}

/// The body of fuzz target `name`, for replaying saved inputs.
pub fn fuzz_target_by_name(name: &str) -> Option<fn(&[u8])> {
    match name {
        "clean" => Some(fuzz_clean),
        "sentences" => Some(fuzz_sentences),
        "quotes" => Some(fuzz_quotes),
        "pipeline" => Some(fuzz_pipeline),
        _ => None,
    }
}

//! Property tests over the pure-Rust API: every stage keeps its contract on arbitrary strings and
//! on generated strings built to stress it (quote-heavy, dot-heavy, newline-heavy, news-like with
//! every script). The contracts themselves live in `fuzz/src/invariants.rs`, shared with the
//! cargo-fuzz targets so both check the same promises.
//!
//! Failing inputs are shrunk by proptest and saved in `tests/properties.regressions`; turn a real
//! one into a named test in `tests/regressions.rs`.
use proptest::prelude::*;
use proptest::test_runner::{FileFailurePersistence, RngSeed};
use quotesmith::clean::{self, CleanOptions};
use quotesmith::corpus::PipelineOptions;
use quotesmith::sentences::Language;

#[path = "../fuzz/src/invariants.rs"]
mod invariants;
use invariants::*;

/// Pieces of news text and the characters that stress each stage; generated strings are
/// concatenations of these, so they look enough like news to reach deep code paths.
const PIECES: &[&str] = &[
    // words, names, cues
    "the", "talks", "minister", "Oduya", "Clara Oduya", "President Anton Vass", "the Kremlin", "he",
    "she", "they", "said", "told reporters", "wrote on Twitter", "according to", "added", "in",
    "Secretary of State Mike Pompeo", "Reuters", "1,200", "3.5%", "$4.2bn", "2019", "10:30",
    // abbreviations and initials
    "U.S.", "U.K.", "St.", "Mr.", "Dr.", "Gen.", "Sen.", "Jan.", "No.", "Inc.", "a.m.", "p.m.",
    "e.g.", "i.e.", "N.Korea", "J. R. R.", "etc.", "vs.",
    // punctuation and quote marks
    ".", ".", ",", ";", ":", "?", "!", "?!", "...", "…", "(", ")", "[", "]", "-", "—", "–",
    "\"", "\"", "“", "”", "'", "‘", "’", "«", "»", ".,\"", ",”", ".”", "?’",
    // whitespace and line structure
    " ", " ", " ", " ", "\n", "\n\n", "\r\n", "\t", "\u{a0}", "\u{2009}", "\u{200b}", "\u{feff}",
    // boilerplate and mojibake
    "Skip to main content", "Share This article", "About The Author", "Dear readers,",
    "Please donate", "Remind me later.", "â€œ", "â€\u{9d}", "Ã©", "cafÃ©",
    // other scripts, emoji, combining marks, controls
    "قال الوزير", "«سنواصل»", "؟", "שלום", "״", "他说", "我们会继续", "。", "！", "？", "「", "」",
    "😀", "🇺🇸", "👩‍👩‍👧", "e\u{301}", "\u{301}", "ﬁ", "\u{0}", "\u{1b}", "\u{85}", "\u{2028}",
    "\u{fffd}", "\u{1c}", "\u{1f}",
];

/// `cases` per property from a fixed seed, so CI is deterministic; `PROPTEST_CASES=20000` runs a
/// deep search from a random seed instead (`cargo test --release --test properties`).
fn config(cases: u32) -> ProptestConfig {
    let deep: Option<u32> = std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok());
    ProptestConfig {
        cases: deep.unwrap_or(cases),
        rng_seed: if deep.is_some() { RngSeed::Random } else { RngSeed::Fixed(0x5EED_0F75) },
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource("regressions"))),
        ..ProptestConfig::default()
    }
}

/// Concatenations of `pieces`, up to `max` of them.
fn joined(pieces: &'static [&'static str], max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(pieces), 0..max).prop_map(|v| v.concat())
}

/// News-like text: pieces separated by spaces most of the time.
fn newsy() -> impl Strategy<Value = String> {
    prop::collection::vec((prop::sample::select(PIECES), prop::bool::weighted(0.7)), 0..120).prop_map(|v| {
        let mut s = String::new();
        for (p, space) in v {
            s.push_str(p);
            if space {
                s.push(' ');
            }
        }
        s
    })
}

fn quote_heavy() -> impl Strategy<Value = String> {
    joined(&["\"", "“", "”", "'", "‘", "’", "«", "»", " ", "a", "We", ".", ",", "\n", " said", " he said."], 300)
}

fn dot_heavy() -> impl Strategy<Value = String> {
    joined(&[".", ". ", "..", "...", "…", "U.S.", "A.", "a", "B", " ", "\n", "?", "!", "1.", "St", "Mr", "\""], 300)
}

fn newline_heavy() -> impl Strategy<Value = String> {
    joined(&["\n", "\n\n", "\r", "\r\n", " ", "\t", "\u{a0}", "\u{2028}", "\u{85}", "\u{b}", "\u{c}", "Word", "Line.", "- item", "•"], 300)
}

/// Any text: arbitrary code points, arbitrary bytes decoded lossily, and the generators above.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "\\PC{0,200}",
        prop::collection::vec(any::<u8>(), 0..400).prop_map(|b| String::from_utf8_lossy(&b).into_owned()),
        newsy(),
        quote_heavy(),
        dot_heavy(),
        newline_heavy(),
    ]
}

proptest! {
    #![proptest_config(config(300))]

    /// Edits are sorted, non-overlapping, on char boundaries and rebuild the clean text exactly,
    /// under every combination of options.
    #[test]
    fn clean_edits_rebuild_the_clean_text(text in any_text(), bits: u8, quote_bits: u8) {
        let opts = clean_options_from_bits(bits, quote_bits);
        check_cleaned(&text, &clean::clean(&text, &opts));
    }

    /// Default cleaning leaves no CR, controls, trailing spaces, and NFC text.
    #[test]
    fn default_clean_output_is_normalised(text in any_text()) {
        let cleaned = clean::clean(&text, &CleanOptions::default());
        check_cleaned(&text, &cleaned);
        check_clean_output_defaults(&cleaned.text);
    }

    /// Sentence spans are in bounds, ordered, non-overlapping, trimmed, whitespace between.
    #[test]
    fn sentence_spans_tile_the_text(text in any_text()) {
        for lang in [Language::En, Language::Generic] {
            check_sentence_spans(&text, &quotesmith::sentences::sentence_spans(&text, lang));
        }
    }

    /// Quote, mention and cue spans are in bounds and sentence indices exist.
    #[test]
    fn quote_spans_are_valid(text in any_text(), bits: u8) {
        check_stages(&text, Language::En, &quote_options_from_bits(bits));
    }

    /// The same text gives the same result every time (no hidden state between calls).
    #[test]
    fn stages_are_deterministic(text in any_text()) {
        let opts = PipelineOptions::default();
        prop_assert_eq!(quotesmith::corpus::analyze(&text, &opts), quotesmith::corpus::analyze(&text, &opts));
    }
}

proptest! {
    #![proptest_config(config(60))]

    /// `analyze` is the three stages composed, and `analyze_batch` equals `analyze` per document.
    #[test]
    fn batch_equals_single(docs in prop::collection::vec(any_text(), 0..8), bits: u8, quote_bits: u8) {
        let opts = PipelineOptions {
            clean: clean_options_from_bits(bits, quote_bits),
            quotes: quote_options_from_bits(quote_bits >> 2),
        };
        check_pipeline(&docs, &opts);
    }
}

/// The invariant checks themselves must reject what they are meant to reject; otherwise every
/// property above passes vacuously.
mod the_checks_catch_bad_output {
    use super::invariants::*;
    use quotesmith::clean::{Cleaned, Edit, EditKind};

    fn edit(start: usize, end: usize, replacement: &str) -> Edit {
        Edit { kind: EditKind::Whitespace, start, end, replacement: replacement.into(), reason: String::new() }
    }

    #[test]
    fn accepts_a_correct_record() {
        let raw = "a  b\r\n";
        let cleaned = Cleaned { text: "a b\n".into(), edits: vec![edit(1, 3, " "), edit(4, 6, "\n")] };
        check_cleaned(raw, &cleaned);
        check_sentence_spans(" One. Two.\n", &[(1, 5), (6, 10)]);
    }

    #[test]
    #[should_panic(expected = "does not give the clean text")]
    fn rejects_an_unrecorded_change() {
        check_cleaned("a  b", &Cleaned { text: "a b".into(), edits: vec![] });
    }

    #[test]
    #[should_panic(expected = "overlaps")]
    fn rejects_overlapping_edits() {
        check_cleaned("abcd", &Cleaned { text: "d".into(), edits: vec![edit(0, 2, ""), edit(1, 3, "")] });
    }

    #[test]
    #[should_panic(expected = "inside a UTF-8 character")]
    fn rejects_a_span_inside_a_character() {
        check_sentence_spans("é.", &[(1, 3)]);
    }

    #[test]
    #[should_panic(expected = "is in no sentence")]
    fn rejects_lost_text() {
        check_sentence_spans("One. Two.", &[(0, 4)]);
    }

    #[test]
    #[should_panic(expected = "not trimmed")]
    fn rejects_untrimmed_sentences() {
        check_sentence_spans("One. ", &[(0, 5)]);
    }

    #[test]
    #[should_panic(expected = "control character")]
    fn rejects_a_kept_carriage_return() {
        check_clean_output_defaults("a\r\nb");
    }
}

//! Regression tests for crashes and broken invariants found by fuzzing and property testing.
//!
//! Two kinds:
//! * `saved_fuzz_inputs_replay_cleanly` replays every minimised input saved under
//!   `fuzz/regressions/<target>/` through the same body the fuzz target runs
//!   (`fuzz/src/invariants.rs`), so a fixed crash stays fixed;
//! * named tests below, one per bug, with the minimal input written out and what went wrong.
//!
//! A bug not fixed yet is kept as a *strict expected failure* (like pytest's
//! `xfail(strict=True)`): its saved input is named `open-…` and its named test goes through
//! [`open_bug`]. Both pass while the bug is there and fail once it is fixed, saying to turn them
//! into plain regression tests (rename the file without `open-`, drop the `open_bug` wrapper).
use std::fs;
use std::panic::{catch_unwind, UnwindSafe};
use std::path::Path;

use quotesmith::clean::{clean, CleanOptions};
use quotesmith::quotes::{extract_quotes, QuoteOptions};
use quotesmith::sentences::Language;

#[path = "../fuzz/src/invariants.rs"]
mod invariants;
use invariants::*;

#[test]
fn saved_fuzz_inputs_replay_cleanly() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/regressions");
    let mut replayed = 0;
    for target in fs::read_dir(&root).expect("fuzz/regressions exists") {
        let target = target.unwrap().path();
        if !target.is_dir() {
            continue;
        }
        let name = target.file_name().unwrap().to_string_lossy().into_owned();
        let run = fuzz_target_by_name(&name).unwrap_or_else(|| panic!("no fuzz target named {name:?}"));
        for input in fs::read_dir(&target).unwrap() {
            let input = input.unwrap().path();
            let data = fs::read(&input).unwrap();
            let file = input.file_name().unwrap().to_string_lossy().into_owned();
            let failed = catch_unwind(|| run(&data)).is_err();
            if file.starts_with("open-") {
                assert!(failed, "fuzz/regressions/{name}/{file} passes now: the bug is fixed, drop `open-` from its name");
            } else {
                assert!(!failed, "fuzz/regressions/{name}/{file} fails again");
            }
            replayed += 1;
        }
    }
    eprintln!("replayed {replayed} saved fuzz inputs");
}

/// Runs `f`, the repro of an open bug: passes while `f` still panics, fails once it does not.
/// (Unused while no bug is open.)
#[allow(dead_code)]
fn open_bug(what: &str, f: impl FnOnce() + UnwindSafe) {
    let still_broken = catch_unwind(f).is_err();
    assert!(still_broken, "open bug fixed: {what}; make this a plain regression test");
}

fn indirect() -> QuoteOptions {
    QuoteOptions { include_scare: false, include_indirect: true, language: Language::En }
}

/// Found by `tests/properties.rs` (batch_equals_single, shrunk to `"Ę,"`), the fuzzer (`sN,`)
/// and hypothesis (`"B,"`): with `include_indirect`, a capitalised word followed by a final
/// punctuation token made `Doc::scan_phrase` call `View::class(i)` with `i == toks.len()`
/// (src/quotes/names.rs), an index out of bounds; from Python, `extract_quotes("Ab,",
/// include_indirect=True)` raised RuntimeError. Fixed in 132fa71 (look-ahead bounds-checked).
#[test]
fn indirect_scan_past_the_last_token() {
    for text in ["Ab,", "Ę,", "B,", "Xy Zw,", "The end. Ab,"] {
        let n_sentences = quotesmith::sentences::sentence_spans(text, Language::En).len();
        check_quotes(text, &extract_quotes(text, &indirect()), n_sentences);
        assert!(extract_quotes(text, &QuoteOptions::default()).is_empty());
    }
}

/// Found by `tests/properties.rs` (sentence_spans_tile_the_text, shrunk to `"Word\u{85}\n"`): a
/// sentence ending in U+0085 NEXT LINE kept it, so the span was not trimmed
/// (`split_sentences("Word\x85")` gave `['Word\x85']`). Fixed in cdea0b8.
#[test]
fn sentence_ending_in_next_line_is_trimmed() {
    for text in ["Word\u{85}", "Word.\u{85}\n", "Word \u{85}\n"] {
        let spans = quotesmith::sentences::sentence_spans(text, Language::En);
        check_sentence_spans(text, &spans);
        assert_eq!(spans.len(), 1);
    }
}

/// Found by the `clean` fuzz target (minimised to bytes `82 ff aa 20 c2 9d`, i.e. the text
/// `"\u{fffd} \u{9d}"` with default options): a space before a C1 control character with no
/// cp1252 meaning stayed as a trailing space once the control was removed (`clean("a \x9d") ==
/// "a "`), and a removed control between two spaces left both (`"x \x00 y"` gave `"x  y"`).
/// Fixed: line trimming and space runs see through characters the pass deletes anyway.
#[test]
fn trailing_space_before_a_c1_control_is_stripped() {
    for (text, want) in [
        ("a \u{9d}", "a"),
        ("x \u{81}", "x"),
        ("a \u{9d}\nb", "a\nb"),
        ("a\u{a0}\u{9d}", "a"),
        ("\u{9d} a", "a"),
        ("x \u{0} y", "x y"),
        ("x \u{9d} \u{200b} y", "x y"),
        ("x \u{93}y\u{94}", "x \u{201c}y\u{201d}"),
    ] {
        let cleaned = clean(text, &CleanOptions::default());
        check_cleaned(text, &cleaned);
        check_clean_output_defaults(&cleaned.text);
        assert_eq!(cleaned.text, want, "{text:?}");
    }
    let no_repair = CleanOptions { fix_mojibake: false, ..CleanOptions::default() };
    let cleaned = clean("a \u{93}", &no_repair);
    check_cleaned("a \u{93}", &cleaned);
    assert_eq!(cleaned.text, "a");
}

/// Found by cutting every fixture article off after each of its words (scraped pages end
/// mid-phrase): a text ending in "… a graduate of the University of" made the organisation's
/// complement look for a title at `toks.len()`, and one ending in "Md Nazmul Hossain Talukder,
/// the" made `Doc::appositive_title` do the same (`View::title_at` indexed past the end); from
/// Python, RuntimeError. Fixed by bounds-checked `View::title_at` and `View::pronoun`. This
/// replays the cut at every eleventh word of every annotated article, with every option.
#[test]
fn articles_cut_off_after_any_word() {
    let all = QuoteOptions { include_scare: true, include_indirect: true, language: Language::En };
    let mut cuts = 0;
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    for entry in fs::read_dir(&fixtures).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if !(name.starts_with("quotes_") && name.ends_with(".jsonl")) {
            continue;
        }
        for line in fs::read_to_string(&path).unwrap().lines().filter(|l| !l.trim().is_empty()) {
            let doc: serde_json::Value = serde_json::from_str(line).unwrap();
            let text = doc["text"].as_str().unwrap();
            let ends: Vec<usize> = text.char_indices().filter(|&(i, c)| c.is_whitespace() && i > 0).map(|(i, _)| i).collect();
            for &end in ends.iter().step_by(11).chain([&text.len()]) {
                let cut = &text[..end];
                let n_sentences = quotesmith::sentences::sentence_spans(cut, Language::En).len();
                check_quotes(cut, &extract_quotes(cut, &all), n_sentences);
                cuts += 1;
            }
        }
    }
    assert!(cuts > 1000, "only {cuts} cuts: are the fixtures there?");
    for text in ["She is a graduate of the University of", "Md Nazmul Hossain Talukder, the", "UNHCR, the"] {
        check_quotes(text, &extract_quotes(text, &all), 1);
    }
}

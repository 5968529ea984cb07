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

//! sentences::sentence_spans on arbitrary text, English and generic rules.
#![no_main]
use libfuzzer_sys::fuzz_target;
use quotesmith::sentences::{sentence_spans, Language};
use quotesmith_fuzz::check_sentence_spans;

fuzz_target!(|text: &str| {
    for lang in [Language::En, Language::Generic] {
        check_sentence_spans(text, &sentence_spans(text, lang));
    }
});

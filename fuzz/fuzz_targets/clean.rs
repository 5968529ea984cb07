//! clean::clean on arbitrary bytes (decoded lossily) under every combination of options.
//! The first two bytes pick the options; the rest is the text.
#![no_main]
use libfuzzer_sys::fuzz_target;
use quotesmith::clean::{self, CleanOptions};
use quotesmith_fuzz::{check_clean_output_defaults, check_cleaned, clean_options_from_bits};

fuzz_target!(|data: &[u8]| {
    let (bits, quote_bits, rest) = match data {
        [a, b, rest @ ..] => (*a, *b, rest),
        _ => (0, 0, data),
    };
    let text = String::from_utf8_lossy(rest);
    let opts = clean_options_from_bits(bits, quote_bits);
    check_cleaned(&text, &clean::clean(&text, &opts));
    let defaults = clean::clean(&text, &CleanOptions::default());
    check_cleaned(&text, &defaults);
    check_clean_output_defaults(&defaults.text);
});

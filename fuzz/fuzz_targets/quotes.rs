//! quotes::extract_quotes on arbitrary bytes; the first byte picks the options.
#![no_main]
use libfuzzer_sys::fuzz_target;
use quotesmith::sentences::sentence_spans;
use quotesmith::quotes::extract_quotes;
use quotesmith_fuzz::{check_quotes, quote_options_from_bits};

fuzz_target!(|data: &[u8]| {
    let (bits, rest) = match data {
        [a, rest @ ..] => (*a, rest),
        _ => (0, data),
    };
    let text = String::from_utf8_lossy(rest);
    let opts = quote_options_from_bits(bits);
    let n_sentences = sentence_spans(&text, opts.language).len();
    check_quotes(&text, &extract_quotes(&text, &opts), n_sentences);
});

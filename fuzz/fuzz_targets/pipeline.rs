//! The batch path: corpus::analyze on each document and corpus::analyze_batch on all of them
//! (documents are separated by 0xFF bytes). Checks every stage's contract on every document, the
//! composition, and that batch == single.
#![no_main]
use libfuzzer_sys::fuzz_target;
use quotesmith::corpus::PipelineOptions;
use quotesmith_fuzz::{check_pipeline, clean_options_from_bits, quote_options_from_bits, split_documents};

fuzz_target!(|data: &[u8]| {
    let (bits, qbits, rest) = match data {
        [a, b, rest @ ..] => (*a, *b, rest),
        _ => (0, 0, data),
    };
    let opts = PipelineOptions { clean: clean_options_from_bits(bits, qbits), quotes: quote_options_from_bits(qbits >> 2) };
    check_pipeline(&split_documents(rest), &opts);
});

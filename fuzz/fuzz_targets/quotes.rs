//! Fuzz target `quotes`: the body is quotesmith_fuzz::fuzz_quotes (fuzz/src/invariants.rs), shared
//! with tests/regressions.rs so saved crash inputs replay exactly.
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| quotesmith_fuzz::fuzz_quotes(data));

//! Fuzz target `pipeline`: the body is quotesmith_fuzz::fuzz_pipeline (fuzz/src/invariants.rs), shared
//! with tests/regressions.rs so saved crash inputs replay exactly.
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| quotesmith_fuzz::fuzz_pipeline(data));

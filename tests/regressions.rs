//! Regression tests for crashes and broken invariants found by fuzzing and property testing.
//!
//! Two kinds:
//! * `saved_fuzz_inputs_replay_cleanly` replays every minimised input saved under
//!   `fuzz/regressions/<target>/` through the same body the fuzz target runs
//!   (`fuzz/src/invariants.rs`), so a fixed crash stays fixed;
//! * named tests below, one per bug, with the minimal input written out and what went wrong.
use std::fs;
use std::path::Path;

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
            let outcome = std::panic::catch_unwind(|| run(&data));
            assert!(outcome.is_ok(), "fuzz/regressions/{name}/{} fails again", input.file_name().unwrap().to_string_lossy());
            replayed += 1;
        }
    }
    eprintln!("replayed {replayed} saved fuzz inputs");
}

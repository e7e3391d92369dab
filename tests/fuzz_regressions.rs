//! Every input the fuzzer (`examples/fuzz.rs`) found a panic or a hang with, once fixed, replays here through its
//! target: `tests/fixtures/fuzz/<target>/regressions/*` (a `.note` beside each says what it was). Each must run
//! without panicking and within a bounded time, with every optional step of its target taken (`thorough`).
//! Inputs in `pending/` wait for their fix and are not replayed.

mod fuzz_support;

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::time::{Duration, Instant};

use fuzz_support::{Ctx, Target};

/// A hang guard, not a speed test: generous for a debug build on a shared 2-core machine (a thorough replay runs an
/// input several times: six zones, six starts, and the slowest saved input takes ~10 s there when other builds
/// run). The hangs saved here took minutes or never ended.
const LIMIT: Duration = Duration::from_secs(90);

#[test]
fn every_saved_finding_replays_without_panic_in_bounded_time() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fuzz");
    let scratch = tempfile::tempdir().expect("temp dir");
    let mut ctx = Ctx::new(scratch.path().to_path_buf());
    let mut failures = Vec::new();
    let mut replayed = 0;
    for target in Target::ALL {
        let Ok(entries) = std::fs::read_dir(root.join(target.name()).join("regressions")) else { continue };
        let mut files: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        files.retain(|p| p.is_file() && p.extension().is_none_or(|e| e != "note"));
        files.sort();
        for file in files {
            let input = std::fs::read(&file).expect("read input");
            let t = Instant::now();
            let outcome = catch_unwind(AssertUnwindSafe(|| ctx.run(target, &input, true)));
            let took = t.elapsed();
            replayed += 1;
            if outcome.is_err() {
                ctx.reset();
                failures.push(format!("{}: panicked (message above)", file.display()));
            } else if took > LIMIT {
                failures.push(format!("{}: took {took:?} (limit {LIMIT:?})", file.display()));
            }
        }
    }
    assert!(failures.is_empty(), "{} of {replayed} saved inputs failed:\n{}", failures.len(), failures.join("\n"));
}

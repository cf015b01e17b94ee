//! How the property tests run: a fixed seed and size in the test command, more and new
//! seeds on request through the environment, shrunk failures kept beside the test.

use proptest::test_runner::{Config, FileFailurePersistence, RngSeed};

/// The size and seed of a run: `{prefix}_CASES` and `{prefix}_SEED` (a number, or
/// `random`) from the environment, else the test command's.
pub fn size_and_seed(prefix: &str, cases: u32, seed: u64) -> (u32, u64) {
    let cases = std::env::var(format!("{prefix}_CASES"))
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(cases);
    let seed = match std::env::var(format!("{prefix}_SEED")).as_deref() {
        Err(_) => seed,
        Ok("random") => std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(1, |d| d.subsec_nanos().into()),
        Ok(given) => given.parse().expect("a seed: a number, or random"),
    };
    (cases, seed)
}

/// The runner's configuration: `cases` sequences from `seed`, shrunk failures kept in
/// `regressions` (a path from the crate's directory) and run first.
pub fn config(cases: u32, seed: u64, regressions: &'static str, max_shrink_iters: u32) -> Config {
    Config {
        cases,
        failure_persistence: Some(Box::new(FileFailurePersistence::Direct(regressions))),
        rng_seed: RngSeed::Fixed(seed),
        max_shrink_iters,
        ..Config::default()
    }
}

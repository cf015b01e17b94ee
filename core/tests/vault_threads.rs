//! Vaults opened from two threads as a process starts: the second thread's new vault
//! is made even while the first thread is still starting SQLite and SQLCipher.
//!
//! SQLCipher 4.20 initialises itself after SQLite has marked itself initialised, outside
//! SQLite's init mutex; a database keyed from another thread in between cannot be
//! keyed. On a busy machine that window made a new vault fail now and then. Here a
//! small `LD_PRELOAD` shim (`tests/shims/pause-sqlite-init.c`, built with the system's C
//! compiler) holds the first thread inside that window for a second, and the second
//! thread creates its vault meanwhile, in a fresh process (this binary run again as the
//! child, `child_process_role`).

#![cfg(target_os = "linux")]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::{TimeZone, Utc};
use signalenkaart_core::ManualClock;
use signalenkaart_core::vault::{SoftwareKeyWrapper, Vault};

mod support;

const PIN: &str = "480271";
const CHILD_ENV: &str = "SIGNALENKAART_THREADS_CHILD";
const MARKER_ENV: &str = "SIGNALENKAART_PAUSE_MARKER";

fn create(root: &Path) -> Result<(), String> {
    let clock = Arc::new(ManualClock::new(
        Utc.with_ymd_and_hms(2026, 11, 28, 10, 0, 0)
            .single()
            .expect("time"),
    ));
    let keys = Arc::new(SoftwareKeyWrapper::new(&root.join("keys")).map_err(|e| e.to_string())?);
    let mut vault = Vault::open(&root.join("vault"), keys, clock).map_err(|e| format!("{e:?}"))?;
    vault.create(PIN).map_err(|e| format!("{e:?}"))
}

/// The child: the first thread creates a vault (and so starts SQLite); the second waits
/// until the shim holds the first inside SQLite's start-up, then creates its own.
#[test]
fn child_process_role() {
    let Ok(root) = std::env::var(CHILD_ENV) else {
        return;
    };
    let root = PathBuf::from(root);
    let marker = PathBuf::from(std::env::var(MARKER_ENV).expect("marker"));
    let first = {
        let root = root.join("first");
        std::thread::spawn(move || create(&root))
    };
    let waited = Instant::now();
    while !marker.exists() {
        assert!(
            waited.elapsed() < Duration::from_secs(60),
            "the shim never paused SQLite's start-up"
        );
        std::thread::sleep(Duration::from_millis(1));
    }
    let second = create(&root.join("second"));
    let first = first.join().expect("first thread");
    println!("first: {first:?}\nsecond: {second:?}");
    assert_eq!(first, Ok(()), "the first thread's vault");
    assert_eq!(
        second,
        Ok(()),
        "the second thread's vault, made during the start-up"
    );
}

/// Builds the shim with the system's C compiler.
fn shim(dir: &Path) -> PathBuf {
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/shims/pause-sqlite-init.c");
    let library = dir.join("pause-sqlite-init.so");
    let output = Command::new("cc")
        .args(["-shared", "-fPIC", "-o"])
        .arg(&library)
        .arg(&source)
        .arg("-ldl")
        .output()
        .expect("a C compiler (cc) to build the shim");
    assert!(
        output.status.success(),
        "building the shim: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    library
}

#[test]
fn a_second_thread_makes_its_vault_while_the_first_is_still_starting_sqlcipher() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let library = shim(tmp.path());
    let marker = tmp.path().join("paused");
    let output = support::child(CHILD_ENV, tmp.path())
        .env(MARKER_ENV, &marker)
        .env("LD_PRELOAD", &library)
        .output()
        .expect("child");
    let stdout = String::from_utf8_lossy(&output.stdout);
    println!("{stdout}");
    assert!(
        marker.exists(),
        "the shim held the first thread in the window"
    );
    assert!(
        output.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(stdout.contains("second: Ok(())"), "{stdout}");
}

//! What the tests share: the app harness (`app`), and reading, copying and damaging a
//! vault's files.
// Each test crate that includes this module uses only part of it.
#![allow(dead_code)]

pub mod app;
pub mod property;
pub mod words;

use std::collections::BTreeMap;
use std::ffi::OsStr;
use std::path::Path;
use std::process::Command;

/// Every file in `dir` (not recursing) with its bytes; empty if `dir` is missing.
pub fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(|e| {
                    let e = e.expect("entry");
                    let bytes = std::fs::read(e.path()).ok()?;
                    Some((e.file_name().to_string_lossy().into_owned(), bytes))
                })
                .collect()
        })
        .unwrap_or_default()
}

/// Copies `from` into `to`, directories included, as someone with the files would.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("read dir") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

/// The first half of `bytes`, as a write cut short leaves a file.
pub fn truncated(bytes: &[u8]) -> Vec<u8> {
    bytes[..bytes.len() / 2].to_vec()
}

/// `bytes` with one bit flipped in the middle.
pub fn bit_flipped(bytes: &[u8]) -> Vec<u8> {
    let mut flipped = bytes.to_vec();
    let at = flipped.len() / 2;
    flipped[at] ^= 0x04;
    flipped
}

/// This test binary run again, as a child process that runs only its test
/// `child_process_role`, which does its part when `env` is set (to `spec`): for tests
/// that kill, preload or read a process of their own.
pub fn child(env: &str, spec: impl AsRef<OsStr>) -> Command {
    let mut command = Command::new(std::env::current_exe().expect("the test binary"));
    command
        .args([
            "--exact",
            "child_process_role",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(env, spec);
    command
}

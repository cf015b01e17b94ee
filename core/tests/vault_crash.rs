//! Durability: a vault process killed with SIGKILL loses no committed write, and a
//! transaction cut short leaves all or nothing.
//!
//! The test binary re-runs itself as the child (`child_process_role`, selected by an
//! environment variable); the child prints a line after each committed write, the
//! parent reads the lines and kills it.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::Stdio;
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::{TimeZone, Utc};
use signalenkaart_core::casework::{Case, CaseId, CaseLabel, ObservedSignal};
use signalenkaart_core::vault::{SoftwareKeyWrapper, Vault};
use signalenkaart_core::{Clock, ManualClock};

mod support;

const PIN: &str = "480271";
const CHILD_ENV: &str = "SIGNALENKAART_VAULT_CRASH_CHILD";

fn clock() -> Arc<ManualClock> {
    Arc::new(ManualClock::new(
        Utc.with_ymd_and_hms(2026, 11, 28, 10, 0, 0)
            .single()
            .expect("time"),
    ))
}

fn open(root: &Path) -> Vault {
    let keys = Arc::new(SoftwareKeyWrapper::new(&root.join("keys")).expect("keys"));
    Vault::open(&root.join("vault"), keys, clock()).expect("open")
}

/// Case `n` with `signals` observed signals: its id and content follow from `n`, so
/// the parent can check what the child wrote.
fn case(n: u32, signals: u32) -> Case {
    let mut id = [0u8; 16];
    id[..4].copy_from_slice(&n.to_le_bytes());
    let clock = clock();
    let mut case = Case::new(
        CaseLabel::new(&format!("zaak {n}")).expect("label"),
        clock.now(),
    );
    case.id = CaseId::from_bytes(id);
    for s in 0..signals {
        case.signals.insert(
            format!("signaal-{s}"),
            ObservedSignal {
                remark: Some(format!("opmerking {s} bij zaak {n}")),
                ..ObservedSignal::ticked_at(clock.now())
            },
        );
    }
    case
}

/// The child: writes cases until killed. Does nothing in a normal test run.
#[test]
fn child_process_role() {
    let Ok(spec) = std::env::var(CHILD_ENV) else {
        return;
    };
    let (signals, root) = spec.split_once('|').expect("spec");
    let signals: u32 = signals.parse().expect("signals");
    let mut vault = open(Path::new(root));
    vault.unlock(PIN).expect("unlock");
    let mut out = std::io::stdout().lock();
    for n in 0..100_000 {
        writeln!(out, "start {n}").expect("print");
        out.flush().expect("flush");
        vault.save_case(&case(n, signals)).expect("save");
        writeln!(out, "committed {n}").expect("print");
        out.flush().expect("flush");
    }
}

/// Runs the child until `kill_after` says so, kills it, and returns the numbers of
/// the cases it reported committed.
fn run_child_and_kill(
    root: &Path,
    signals: u32,
    mut kill_after: impl FnMut(&str) -> Option<Duration>,
) -> Vec<u32> {
    let mut child = support::child(CHILD_ENV, format!("{signals}|{}", root.display()))
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("spawn child");
    let stdout = child.stdout.take().expect("stdout");
    let mut committed = Vec::new();
    for line in BufReader::new(stdout).lines() {
        let line = line.expect("line");
        if let Some(n) = line.strip_prefix("committed ") {
            committed.push(n.parse().expect("number"));
        }
        if let Some(pause) = kill_after(&line) {
            std::thread::sleep(pause);
            break;
        }
    }
    // SIGKILL on Unix: no destructor, no checkpoint, no chance to tidy up.
    child.kill().expect("kill");
    child.wait().expect("wait");
    committed
}

fn prepared_vault() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().expect("tempdir");
    let mut vault = open(tmp.path());
    vault.create(PIN).expect("create");
    vault.lock();
    tmp
}

fn stored_cases(root: &Path) -> BTreeMap<u32, Case> {
    let mut vault = open(root);
    vault.unlock(PIN).expect("unlock after crash");
    vault
        .check_integrity()
        .expect("integrity_check and cipher_integrity_check");
    vault
        .list_cases()
        .expect("list")
        .into_iter()
        .map(|item| {
            let case = vault.load_case(item.id).expect("load").expect("listed");
            let n = u32::from_le_bytes(item.id.as_bytes()[..4].try_into().expect("4 bytes"));
            (n, case)
        })
        .collect()
}

#[test]
fn committed_writes_survive_sigkill() {
    let tmp = prepared_vault();
    let committed = run_child_and_kill(tmp.path(), 3, |line| {
        (line == "committed 40").then_some(Duration::ZERO)
    });
    assert!(committed.len() >= 41, "{committed:?}");
    let stored = stored_cases(tmp.path());
    for n in &committed {
        assert_eq!(stored.get(n), Some(&case(*n, 3)), "case {n}");
    }
}

#[test]
fn kill_mid_transaction_leaves_all_or_nothing() {
    let tmp = prepared_vault();
    // Big cases make each transaction long. The parent times the save of case 2 and
    // kills the child half that time into the save of case 3.
    let mut started = None;
    let mut save_time = Duration::ZERO;
    let committed = run_child_and_kill(tmp.path(), 3000, |line| match line {
        "start 2" => {
            started = Some(Instant::now());
            None
        }
        "committed 2" => {
            save_time = started.map(|s| s.elapsed()).unwrap_or_default();
            None
        }
        "start 3" => Some(save_time / 2),
        _ => None,
    });
    assert!(save_time >= Duration::from_millis(4), "{save_time:?}");
    assert_eq!(committed, [0, 1, 2]);
    let stored = stored_cases(tmp.path());
    for n in &committed {
        assert_eq!(stored.get(n), Some(&case(*n, 3000)), "committed case {n}");
    }
    for (n, case_read) in &stored {
        assert_eq!(case_read, &case(*n, 3000), "case {n} is partial");
    }
    assert!(stored.len() <= committed.len() + 1);
}

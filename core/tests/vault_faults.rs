//! The fault matrix: every file the vault depends on × every way it goes wrong × the
//! state it is found in, clock jumps for retention and waiting times, and a process
//! killed at every durable step of create, unlock, PIN change and wipe, and of turning
//! the biometric unlock on and off and of the quick exit that asks for the PIN again.
//! With the biometric unlock on, no damaged or older header slot may let a finger in
//! after a quick exit.
//!
//! Each row asserts what the user is shown, that every committed case is still there
//! (or the user was told, with the files kept), and that nothing was erased that the
//! user did not choose or earn with wrong PINs really checked. It prints
//! `faults: N tried, N lost, N unearned erasures`.
//!
//! The killed processes are this test binary run again as a child (`child_process_role`,
//! selected by an environment variable), aborted by the vault's own crash points.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{DateTime, Duration, TimeZone, Utc};
use signalenkaart_core::casework::{Case, CaseLabel};
use signalenkaart_core::vault::testing::FakeBiometrics;
use signalenkaart_core::vault::{
    BiometricError, BiometricPrompt, KeyWrapperError, PinNeeded, RetentionCheck,
    SoftwareKeyWrapper, Vault, VaultError, VaultPart, VaultStatus, testing,
};
use signalenkaart_core::{Clock, ManualClock};
use support::{bit_flipped, copy_dir, files, truncated};

mod support;

const PIN: &str = "480271";
const NEW_PIN: &str = "935182";
const WRONG: &str = "480272";
const CHILD_ENV: &str = "SIGNALENKAART_FAULT_CHILD";

fn start() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 28, 10, 0, 0)
        .single()
        .expect("time")
}

/// A vault directory and its key directory, side by side under `root`.
#[derive(Clone)]
struct Place {
    root: PathBuf,
}

impl Place {
    fn vault(&self) -> PathBuf {
        self.root.join("vault")
    }

    fn keys(&self) -> PathBuf {
        self.root.join("keys")
    }

    fn open(&self, clock: &Arc<ManualClock>) -> Vault {
        self.open_with(clock, Arc::new(FakeBiometrics::default()))
    }

    /// [`Place::open`] with the phone's fingerprint sensor.
    fn open_with(&self, clock: &Arc<ManualClock>, fingers: Arc<FakeBiometrics>) -> Vault {
        let keys = Arc::new(SoftwareKeyWrapper::new(&self.keys()).expect("keys"));
        Vault::open(&self.vault(), keys, clock.clone())
            .expect("open")
            .with_biometrics(fingers)
    }

    fn copy_to(&self, root: &Path) -> Place {
        copy_dir(&self.root, root);
        Place {
            root: root.to_owned(),
        }
    }
}

fn case(label: &str, clock: &ManualClock) -> Case {
    Case::new(CaseLabel::new(label).expect("label"), clock.now())
}

fn labels(vault: &Vault) -> Result<BTreeSet<String>, VaultError> {
    let mut labels = BTreeSet::new();
    for item in vault.list_cases()? {
        let case = vault.load_case(item.id)?.ok_or(VaultError::CaseNotFound)?;
        vault.list_notes(item.id)?;
        labels.insert(case.label.as_str().to_owned());
    }
    Ok(labels)
}

/// The states a fault is found in, built once.
struct World {
    _tmp: tempfile::TempDir,
    clock: Arc<ManualClock>,
    /// After create, one case, lock: the source of "an older copy".
    earlier: Place,
    /// Two more unlocks later, a second case, locked.
    locked: Place,
    /// Then unlocked, a third case, and the files copied as a SIGKILL leaves them.
    unclean: Place,
    /// Another vault on another device (its own platform key), locked and unclean.
    other_locked: Place,
    other_unclean: Place,
}

impl World {
    fn build() -> Self {
        let tmp = tempfile::tempdir().expect("tempdir");
        let clock = Arc::new(ManualClock::new(start()));
        let build = |name: &str, label: &str| {
            let place = Place {
                root: tmp.path().join(name),
            };
            let mut vault = place.open(&clock);
            vault.create(PIN).expect("create");
            let first = case(&format!("{label} 1"), &clock);
            vault.save_case(&first).expect("save");
            vault.add_note(first.id, "Eerste notitie.").expect("note");
            vault.lock();
            let earlier = place.copy_to(&tmp.path().join(format!("{name}-earlier")));
            vault.unlock(PIN).expect("unlock");
            vault.lock();
            vault.unlock(PIN).expect("unlock");
            vault
                .save_case(&case(&format!("{label} 2"), &clock))
                .expect("save");
            vault.lock();
            let locked = place.copy_to(&tmp.path().join(format!("{name}-locked")));
            vault.unlock(PIN).expect("unlock");
            let third = case(&format!("{label} 3"), &clock);
            vault.save_case(&third).expect("save");
            vault.add_note(third.id, "Derde notitie.").expect("note");
            let unclean = place.copy_to(&tmp.path().join(format!("{name}-unclean")));
            assert!(
                unclean.vault().join("vault.db-wal").exists(),
                "an unclean copy has its log"
            );
            drop(vault);
            (earlier, locked, unclean)
        };
        let (earlier, locked, unclean) = build("ours", "gezin");
        let (_, other_locked, other_unclean) = build("other", "ander");
        Self {
            _tmp: tmp,
            clock,
            earlier,
            locked,
            unclean,
            other_locked,
            other_unclean,
        }
    }
}

#[derive(Debug, Clone, Copy)]
enum Target {
    NewestHeaderSlot,
    OlderHeaderSlot,
    BothHeaderSlots,
    Database,
    Log,
    LogIndex,
    KeyFile,
    /// The platform's count of wrong PINs (with the quick exit's bit), as the software
    /// key wrapper keeps it.
    CountFile,
}

#[derive(Debug, Clone, Copy)]
enum Fault {
    Missing,
    Truncated,
    BitFlipped,
    OlderCopy,
    OtherVaultsCopy,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum When {
    Locked,
    AfterUncleanShutdown,
}

/// What the user is shown after typing the right PIN.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Shown {
    /// The cases, nothing said.
    Cases,
    /// The cases, and that a damaged log was kept.
    CasesAndLogKept,
    /// The damaged part, worded; nothing counted or erased.
    Damaged(VaultPart),
    /// The platform key is gone for good: only a wipe helps.
    KeyGone,
}

impl fmt::Display for Shown {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{self:?}")
    }
}

/// The files of `target` in `place`, newest header slot first.
fn paths(place: &Place, target: Target) -> Vec<PathBuf> {
    let dir = place.vault();
    let slots = testing::header_slots();
    let generation = |slot: &str| -> u64 {
        std::fs::read(dir.join(slot))
            .ok()
            .and_then(|b| serde_json::from_slice::<serde_json::Value>(&b).ok())
            .and_then(|j| j["generation"].as_u64())
            .unwrap_or(0)
    };
    let (newest, older) = if generation(slots[0]) >= generation(slots[1]) {
        (slots[0], slots[1])
    } else {
        (slots[1], slots[0])
    };
    match target {
        Target::NewestHeaderSlot => vec![dir.join(newest)],
        Target::OlderHeaderSlot => vec![dir.join(older)],
        Target::BothHeaderSlots => vec![dir.join(newest), dir.join(older)],
        Target::Database => vec![dir.join("vault.db")],
        Target::Log => vec![dir.join("vault.db-wal")],
        Target::LogIndex => vec![dir.join("vault.db-shm")],
        Target::KeyFile => std::fs::read_dir(place.keys())
            .expect("keys")
            .map(|e| e.expect("entry").path())
            .filter(|p| p.to_string_lossy().contains("software-key"))
            .collect(),
        Target::CountFile => vec![place.keys().join("attempts-NOT-FOR-PHONES.txt")],
    }
}

/// Applies the fault; `false` if it does not apply (the file is not there to damage,
/// or the copy is the same file).
fn apply(place: &Place, target: Target, fault: Fault, source: &Place) -> bool {
    let mut applied = false;
    let sources = paths(source, target);
    for (i, path) in paths(place, target).into_iter().enumerate() {
        let Ok(bytes) = std::fs::read(&path) else {
            continue;
        };
        let new = match fault {
            Fault::Missing => {
                std::fs::remove_file(&path).expect("rm");
                applied = true;
                continue;
            }
            Fault::Truncated => truncated(&bytes),
            Fault::BitFlipped => bit_flipped(&bytes),
            Fault::OlderCopy | Fault::OtherVaultsCopy => match sources.get(i) {
                Some(from) => std::fs::read(from).unwrap_or_default(),
                None => continue,
            },
        };
        if new != bytes && !new.is_empty() || matches!(fault, Fault::Truncated) {
            std::fs::write(&path, new).expect("write");
            applied = true;
        }
    }
    applied
}

/// Tries the right PIN (twice, as a user would) and reports what is shown.
///
/// `Some(labels)`: the vault opened and every case read; `None` with a damage found
/// while reading means it opened and then met a damaged page.
fn try_right_pin(vault: &mut Vault, clock: &ManualClock) -> (Shown, Option<BTreeSet<String>>) {
    let mut result = vault.unlock(PIN);
    if matches!(result, Err(VaultError::TooSoon { .. })) {
        clock.advance(Duration::hours(2));
        result = vault.unlock(PIN);
    }
    match result {
        Ok(report) => {
            let shown = if report.log_damaged {
                Shown::CasesAndLogKept
            } else {
                Shown::Cases
            };
            match labels(vault) {
                Ok(labels) => (shown, Some(labels)),
                Err(VaultError::Corrupt { part }) => (Shown::Damaged(part), None),
                Err(other) => panic!("reading after unlock: {other:?}"),
            }
        }
        Err(VaultError::Corrupt { part }) => (Shown::Damaged(part), None),
        Err(VaultError::KeyUnavailable(
            KeyWrapperError::KeyMissing | KeyWrapperError::Rejected,
        )) => (Shown::KeyGone, None),
        Err(other) => panic!("the right PIN gave {other:?}"),
    }
}

#[derive(Default)]
struct Tally {
    tried: usize,
    lost: usize,
    unearned_erasures: usize,
    rows: Vec<String>,
}

impl Tally {
    fn row(&mut self, what: String, shown: &str, lost: usize, erased: bool) {
        self.tried += 1;
        self.lost += lost;
        self.unearned_erasures += usize::from(erased);
        self.rows.push(format!(
            "{what:<58} {shown:<34} lost {lost} erased {erased}"
        ));
    }

    fn finish(self) {
        for row in &self.rows {
            println!("{row}");
        }
        println!(
            "faults: {} tried, {} lost, {} unearned erasures",
            self.tried, self.lost, self.unearned_erasures
        );
        assert_eq!(self.lost, 0, "committed cases lost");
        assert_eq!(self.unearned_erasures, 0, "unearned erasures");
    }
}

/// The cases committed in a state.
fn committed(when: When) -> BTreeSet<String> {
    let n = if when == When::Locked { 2 } else { 3 };
    (1..=n).map(|i| format!("gezin {i}")).collect()
}

/// One table, one verdict: every row below, then the totals.
#[test]
fn fault_matrix() {
    let mut tally = Tally::default();
    file_faults(&mut tally);
    preferences_faults(&mut tally);
    clock_jumps(&mut tally);
    own_state_faults(&mut tally);
    biometric_faults(&mut tally);
    killed_at_every_durable_step(&mut tally);
    tally.finish();
}

fn file_faults(tally: &mut Tally) {
    let world = World::build();
    let tmp = tempfile::tempdir().expect("tempdir");
    let targets = [
        Target::NewestHeaderSlot,
        Target::OlderHeaderSlot,
        Target::BothHeaderSlots,
        Target::Database,
        Target::Log,
        Target::LogIndex,
        Target::KeyFile,
    ];
    let faults = [
        Fault::Missing,
        Fault::Truncated,
        Fault::BitFlipped,
        Fault::OlderCopy,
        Fault::OtherVaultsCopy,
    ];
    let mut n = 0;
    for when in [When::Locked, When::AfterUncleanShutdown] {
        for target in targets {
            for fault in faults {
                n += 1;
                let (state, other) = match when {
                    When::Locked => (&world.locked, &world.other_locked),
                    When::AfterUncleanShutdown => (&world.unclean, &world.other_unclean),
                };
                let place = state.copy_to(&tmp.path().join(format!("row-{n}")));
                let source = match fault {
                    Fault::OtherVaultsCopy => other,
                    _ => &world.earlier,
                };
                if !apply(&place, target, fault, source) {
                    continue;
                }
                let what = format!("{target:?} {fault:?} {when:?}");
                let before = files(&place.vault());
                let mut vault = place.open(&world.clock);
                let (shown, labels) = try_right_pin(&mut vault, &world.clock);
                // Damage met while reading an open vault: the vault had already gone
                // on writing its own pages, so only the damaged content is judged.
                let opened = vault.status() == VaultStatus::Unlocked;
                drop(vault);
                let expected = committed(when);
                let after = files(&place.vault());
                let kept = |bytes: &Vec<u8>| {
                    after
                        .iter()
                        .any(|(name, b)| name.starts_with("vault.db-wal.kept-") && b == bytes)
                };
                // Erased: the database or every header slot gone. (The log goes into
                // the database when an opened vault closes; what it held is judged by
                // the cases read.)
                let had = |map: &BTreeMap<String, Vec<u8>>, prefix: &str| {
                    map.keys().any(|name| name.starts_with(prefix))
                };
                let erased = (before.contains_key("vault.db") && !after.contains_key("vault.db"))
                    || (had(&before, "vault.header") && !had(&after, "vault.header"));
                let lost = match (&shown, &labels) {
                    (Shown::Cases | Shown::CasesAndLogKept, Some(labels)) => {
                        let missing = expected.difference(labels).count();
                        // Told, and the log that held them kept: not lost.
                        if shown == Shown::CasesAndLogKept {
                            0
                        } else {
                            missing
                        }
                    }
                    _ => {
                        // Told: every file but the damaged one is as it was, and with
                        // the damage undone everything committed is there.
                        for (name, bytes) in before.iter().filter(|_| !opened) {
                            if !name.starts_with("vault.header") && name != "vault.db-shm" {
                                assert!(
                                    after.get(name) == Some(bytes) || kept(bytes),
                                    "{what}: {name} kept"
                                );
                            }
                        }
                        let repaired = state.copy_to(&tmp.path().join(format!("repaired-{n}")));
                        let mut vault = repaired.open(&world.clock);
                        let (again, labels) = try_right_pin(&mut vault, &world.clock);
                        assert_eq!(again, Shown::Cases, "{what}: undone");
                        expected.difference(&labels.unwrap_or_default()).count()
                    }
                };
                tally.row(what, &shown.to_string(), lost, erased);
            }
        }
    }
}

/// The preferences file next to the vault (language, discreet mode): damaged, it must
/// fail safe (discreet on) and cost the vault nothing.
fn preferences_faults(tally: &mut Tally) {
    use signalenkaart_core::Language;
    use signalenkaart_core::app::Event;
    use support::app::{self, AppHarness};
    let clock = Arc::new(ManualClock::new(start()));
    // A user who chose English, not discreet; another with Dutch, discreet.
    let set_up = |language: Language, discreet: bool| -> AppHarness {
        let mut h = AppHarness::builder().at(start()).start();
        h.set(Event::SetLanguage { language });
        h.set(Event::SetDiscreet { enabled: discreet });
        h
    };
    let older = std::fs::read(set_up(Language::En, true).prefs_file()).expect("prefs");
    let other = std::fs::read(set_up(Language::Nl, true).prefs_file()).expect("prefs");
    type Damage = Box<dyn Fn(&Path)>;
    let faults: [(&str, Damage); 5] = [
        (
            "missing",
            Box::new(|p: &Path| std::fs::remove_file(p).expect("rm")),
        ),
        (
            "truncated",
            Box::new(|p: &Path| {
                std::fs::write(p, truncated(&std::fs::read(p).expect("read"))).expect("write");
            }),
        ),
        (
            "bit flipped",
            Box::new(|p: &Path| {
                std::fs::write(p, bit_flipped(&std::fs::read(p).expect("read"))).expect("write");
            }),
        ),
        (
            "an older copy",
            Box::new(move |p: &Path| std::fs::write(p, &older).expect("write")),
        ),
        (
            "another vault's copy",
            Box::new(move |p: &Path| std::fs::write(p, &other).expect("write")),
        ),
    ];
    for (name, fault) in &faults {
        // The app stopped, its files worked on.
        let dir = set_up(Language::En, false).into_dir();
        let place = Place {
            root: app::data_dir(dir.path()),
        };
        // The vault keeps its keys next to the app's, as the desktop preview does.
        let keys_dir = app::keys_dir(dir.path());
        let keys = || Arc::new(SoftwareKeyWrapper::new(&keys_dir).expect("keys"));
        let mut vault = Vault::open(&place.vault(), keys(), clock.clone()).expect("open");
        vault.create(PIN).expect("create");
        vault.save_case(&case("gezin 1", &clock)).expect("save");
        vault.lock();
        drop(vault);
        fault(&app::prefs_file(dir.path()));
        let h = AppHarness::builder().at(start()).dir(dir).start();
        let view = h.app.view();
        let shown = match *name {
            // Written when the vault was made: missing next to it is damage too.
            "missing" => {
                assert!(view.discreet, "{name}: fails safe");
                "discreet on, device language"
            }
            // Valid files are taken as they are; a damaged one never turns discreet off.
            "an older copy" | "another vault's copy" => {
                assert!(view.discreet, "{name}: the copy's own choice");
                "the copy's preferences"
            }
            _ => {
                assert!(view.discreet, "{name}: fails safe");
                "discreet on, device language"
            }
        };
        let _dir = h.into_dir();
        let mut vault = Vault::open(&place.vault(), keys(), clock.clone()).expect("open");
        vault.unlock(PIN).expect("the vault is untouched");
        let left = labels(&vault).expect("labels").len();
        tally.row(format!("preferences {name}"), shown, 1 - left, false);
    }
}

fn clock_jumps(tally: &mut Tally) {
    let jumps = [
        ("-10 y", Duration::days(-3650)),
        ("-1 d", Duration::days(-1)),
        ("+1 d", Duration::days(1)),
        ("+10 y", Duration::days(3650)),
    ];
    for (name, jump) in jumps {
        // Retention: a case last changed 80 days ago, used weekly since (90 days kept).
        let tmp = tempfile::tempdir().expect("tempdir");
        let clock = Arc::new(ManualClock::new(start()));
        let place = Place {
            root: tmp.path().to_owned(),
        };
        let mut vault = place.open(&clock);
        vault.create(PIN).expect("create");
        vault.save_case(&case("gezin 1", &clock)).expect("save");
        vault.lock();
        for _ in 0..(80 / 7) {
            clock.advance(Duration::days(7));
            vault.unlock(PIN).expect("unlock");
            assert_eq!(
                vault.apply_retention().expect("retention"),
                RetentionCheck::Nothing
            );
            vault.lock();
        }
        clock.jump(jump);
        vault.unlock(PIN).expect("unlock");
        let check = vault.apply_retention().expect("retention");
        let left = labels(&vault).expect("labels").len();
        // Only a plausible clock purges unasked; none of these may.
        assert!(
            matches!(
                check,
                RetentionCheck::Nothing | RetentionCheck::AskFirst { .. }
            ),
            "{name}: {check:?}"
        );
        tally.row(
            format!("retention, clock {name}"),
            &format!("{check:?}"),
            1 - left,
            false,
        );
        vault.lock();

        // Waiting time: five wrong PINs (60 s to wait), then the clock jumps.
        clock.advance(Duration::days(1));
        let mut shown = String::new();
        for _ in 0..5 {
            clock.advance(Duration::hours(2));
            let _ = vault.unlock(WRONG);
        }
        clock.jump(jump);
        let VaultStatus::Locked {
            retry_at: Some(at), ..
        } = vault.status()
        else {
            panic!("{name}: {:?}", vault.status())
        };
        assert!(
            at <= clock.now() + Duration::hours(1),
            "{name}: locked out until {at}"
        );
        assert!(
            matches!(vault.unlock(PIN), Err(VaultError::TooSoon { .. })),
            "{name}: the jump did not lift the wait"
        );
        shown.push_str(&format!("wait {}s", (at - clock.now()).num_seconds()));
        clock.advance(Duration::seconds(61));
        vault.unlock(PIN).expect("after the real wait");
        let left = labels(&vault).expect("labels").len();
        tally.row(
            format!("waiting time, clock {name}"),
            &shown,
            1 - left,
            false,
        );
    }
}

/// The operations killed at every durable step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Operation {
    Create,
    UnlockRight,
    UnlockWrongLast,
    ChangePin,
    Wipe,
    /// Turning the biometric unlock on (the PIN, the platform's key, the header).
    TurnOnBiometrics,
    /// The quick exit with the biometric unlock on: the PIN is asked again.
    QuickExitWithBiometrics,
    /// Turning the biometric unlock off, the vault locked.
    TurnOffBiometrics,
    /// Not killed: prints the status it finds and what the right PIN does.
    Report,
}

impl Operation {
    fn parse(name: &str) -> Self {
        match name {
            "Create" => Self::Create,
            "UnlockRight" => Self::UnlockRight,
            "UnlockWrongLast" => Self::UnlockWrongLast,
            "ChangePin" => Self::ChangePin,
            "Report" => Self::Report,
            "TurnOnBiometrics" => Self::TurnOnBiometrics,
            "QuickExitWithBiometrics" => Self::QuickExitWithBiometrics,
            "TurnOffBiometrics" => Self::TurnOffBiometrics,
            _ => Self::Wipe,
        }
    }

    /// The vault as the operation finds it.
    fn prepare(self, place: &Place, clock: &Arc<ManualClock>) {
        if matches!(self, Self::Create | Self::Report) {
            return;
        }
        let mut vault = place.open(clock);
        vault.create(PIN).expect("create");
        vault.save_case(&case("gezin 1", clock)).expect("save");
        if matches!(
            self,
            Self::QuickExitWithBiometrics | Self::TurnOffBiometrics
        ) {
            vault
                .turn_on_biometrics(PIN, 24, &prompt())
                .expect("biometrics on");
        }
        vault.lock();
        if matches!(self, Self::UnlockWrongLast) {
            for _ in 0..9 {
                clock.advance(Duration::hours(2));
                let _ = vault.unlock(WRONG);
            }
        }
    }

    /// What the child does.
    fn run(self, vault: &mut Vault) {
        let _ = match self {
            Self::Create => vault.create(PIN).map(drop),
            Self::UnlockRight => vault.unlock(PIN).map(drop),
            Self::UnlockWrongLast => vault.unlock(WRONG).map(drop),
            Self::ChangePin => vault
                .unlock(PIN)
                .and_then(|_| vault.change_pin(PIN, NEW_PIN)),
            Self::Wipe => vault.unlock(PIN).and_then(|_| vault.wipe()),
            Self::TurnOnBiometrics => vault
                .unlock(PIN)
                .and_then(|_| vault.turn_on_biometrics(PIN, 24, &prompt())),
            Self::QuickExitWithBiometrics => vault.require_pin(),
            Self::TurnOffBiometrics => vault.turn_off_biometrics(),
            Self::Report => {
                let status = vault.status();
                let unlocked = vault.unlock(PIN).map(drop);
                println!("report: {status:?} {unlocked:?}");
                Ok(())
            }
        };
    }
}

/// The child: runs one operation on a prepared vault, aborted at a crash point by the
/// vault itself. Does nothing in a normal test run.
#[test]
fn child_process_role() {
    let Ok(spec) = std::env::var(CHILD_ENV) else {
        return;
    };
    let (operation, root) = spec.split_once('|').expect("spec");
    // Far enough on for any waiting time of the prepared vault to have passed.
    let clock = Arc::new(ManualClock::new(start() + Duration::days(2)));
    let place = Place {
        root: PathBuf::from(root),
    };
    let mut vault = place.open(&clock);
    Operation::parse(operation).run(&mut vault);
}

/// Runs the operation in a child stopped dead at crash point `point`; `false` if the
/// child finished before reaching it.
fn run_child(operation: Operation, place: &Place, point: u64) -> bool {
    let output = support::child(CHILD_ENV, format!("{operation:?}|{}", place.root.display()))
        .env(testing::crash_points::ENV, point.to_string())
        .output()
        .expect("child");
    match output.status.code() {
        Some(0) => false,
        Some(testing::crash_points::EXIT_CODE) => true,
        other => panic!(
            "{operation:?} at point {point}: the child failed ({other:?}): {}",
            String::from_utf8_lossy(&output.stderr)
        ),
    }
}

fn killed_at_every_durable_step(tally: &mut Tally) {
    let tmp = tempfile::tempdir().expect("tempdir");
    for operation in [
        Operation::Create,
        Operation::UnlockRight,
        Operation::UnlockWrongLast,
        Operation::ChangePin,
        Operation::Wipe,
        Operation::TurnOnBiometrics,
        Operation::QuickExitWithBiometrics,
        Operation::TurnOffBiometrics,
    ] {
        for point in 1.. {
            let clock = Arc::new(ManualClock::new(start()));
            let place = Place {
                root: tmp.path().join(format!("{operation:?}-{point}")),
            };
            operation.prepare(&place, &clock);
            if !run_child(operation, &place, point) {
                assert!(point > 1, "{operation:?} reaches no crash point");
                break;
            }
            let what = format!("{operation:?} killed at durable step {point}");
            clock.advance(Duration::days(3));
            let mut vault = place.open(&clock);
            let status = vault.status();
            let (shown, lost, erased) = match operation {
                Operation::Create => {
                    // No vault, or a whole one: never a damaged one.
                    match status {
                        VaultStatus::NotCreated => vault.create(PIN).expect("create again"),
                        VaultStatus::Locked { .. } => {
                            vault.unlock(PIN).expect("a whole new vault");
                        }
                        other => panic!("{what}: {other:?}"),
                    }
                    (format!("{status:?}"), 0, false)
                }
                Operation::UnlockRight | Operation::UnlockWrongLast => {
                    let result = vault.unlock(PIN);
                    let earned = matches!(operation, Operation::UnlockWrongLast);
                    match result {
                        Ok(_) => {
                            let left = labels(&vault).expect("labels").len();
                            (format!("opens, {left} case"), 1 - left, false)
                        }
                        // The tenth wrong PIN was checked before any erasing began; an
                        // erase cut short leaves no key or no header, and says so.
                        Err(
                            VaultError::NotCreated
                            | VaultError::KeyUnavailable(_)
                            | VaultError::Corrupt {
                                part: VaultPart::Header,
                            },
                        ) if earned => {
                            vault.wipe().expect("the wipe finishes");
                            ("erased after 10 checked wrong PINs".into(), 0, false)
                        }
                        Err(other) => panic!("{what}: {other:?}"),
                    }
                }
                Operation::ChangePin => {
                    // The old PIN or the new one opens, with the case.
                    let opened = match vault.unlock(PIN) {
                        Ok(_) => "the old PIN",
                        Err(VaultError::WrongPin { .. }) => {
                            vault.unlock(NEW_PIN).expect("the new PIN");
                            "the new PIN"
                        }
                        Err(other) => panic!("{what}: {other:?}"),
                    };
                    let left = labels(&vault).expect("labels").len();
                    (format!("{opened} opens"), 1 - left, false)
                }
                Operation::Report => panic!("{what}: a report is never killed"),
                Operation::TurnOnBiometrics
                | Operation::QuickExitWithBiometrics
                | Operation::TurnOffBiometrics => {
                    // The child's sensor went with it: a finger the rule lets in meets
                    // a key this process's sensor does not hold, which turns it off.
                    let finger = vault.unlock_with_biometrics(&prompt());
                    let shown = match (&finger, operation) {
                        (Err(VaultError::PinNeeded { reason }), _) => format!("PIN: {reason:?}"),
                        (
                            Err(VaultError::Biometric(BiometricError::KeyInvalidated)),
                            Operation::TurnOnBiometrics,
                        ) => "on, key gone with the child".into(),
                        // The exit's first write (the platform's bit) not yet in place:
                        // as before the exit, nothing half done.
                        (
                            Err(VaultError::Biometric(BiometricError::KeyInvalidated)),
                            Operation::QuickExitWithBiometrics,
                        ) if point == 1 => "killed before the exit was kept".into(),
                        (other, _) => panic!("{what}: the finger gave {other:?}"),
                    };
                    if operation == Operation::QuickExitWithBiometrics && point > 1 {
                        assert!(
                            matches!(
                                finger,
                                Err(VaultError::PinNeeded {
                                    reason: PinNeeded::AfterQuickExit
                                })
                            ),
                            "{what}: {finger:?}"
                        );
                    }
                    vault
                        .unlock(PIN)
                        .unwrap_or_else(|e| panic!("{what}: the PIN: {e:?}"));
                    let left = labels(&vault).expect("labels").len();
                    (format!("{shown}; the PIN opens"), 1 - left, false)
                }
                Operation::Wipe => {
                    // Chosen by the user: the data may go, but the app must not be
                    // stuck; one more wipe always finishes it.
                    vault.wipe().expect("the wipe finishes");
                    assert_eq!(vault.status(), VaultStatus::NotCreated, "{what}");
                    ("wiped on the next try".into(), 0, false)
                }
            };
            tally.row(what, &shown, lost, erased);
        }
    }
}

/// What the child of `Operation::Report` found on `place`.
fn report_from_another_process(place: &Place) -> String {
    let output = support::child(
        CHILD_ENV,
        format!("{:?}|{}", Operation::Report, place.root.display()),
    )
    .output()
    .expect("child");
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .find_map(|line| Some(line.split_once("report: ")?.1))
        .unwrap_or_else(|| panic!("no report: {}", String::from_utf8_lossy(&output.stderr)))
        .to_owned()
}

/// A vault with one case ("gezin 1"), locked, under `root`.
fn one_case(root: &Path, clock: &Arc<ManualClock>) -> (Place, Vault) {
    let place = Place {
        root: root.to_owned(),
    };
    let mut vault = place.open(clock);
    vault.create(PIN).expect("create");
    vault.save_case(&case("gezin 1", clock)).expect("save");
    vault.lock();
    (place, vault)
}

/// 1 if the case [`one_case`] committed is not among the labels read, else 0.
fn case_lost(labels_read: Option<&BTreeSet<String>>) -> usize {
    usize::from(!labels_read.is_some_and(|labels| labels.contains("gezin 1")))
}

/// The vault's own state gone wrong in the ways an outside attacker found after the
/// first matrix: a clock set forward while the phone stays on, an unchecked header slot
/// with a waiting time, another vault's log after a checkpoint, a damaged platform
/// count, a stray new database, and a second process.
fn own_state_faults(tally: &mut Tally) {
    let tmp = tempfile::tempdir().expect("tempdir");

    // Retention 30 days, a case 29.5 days old, the wall clock a day ahead.
    let clock = Arc::new(ManualClock::new(start()));
    let (_, mut vault) = one_case(&tmp.path().join("clock"), &clock);
    vault.unlock(PIN).expect("unlock");
    let mut settings = vault.settings().expect("settings");
    settings.retention_days = 30;
    vault.save_settings(&settings).expect("settings");
    vault.lock();
    clock.advance(Duration::hours(29 * 24 + 12));
    vault.unlock(PIN).expect("unlock");
    assert_eq!(
        vault.apply_retention().expect("retention"),
        RetentionCheck::Nothing
    );
    vault.lock();
    clock.jump(Duration::days(1));
    vault.unlock(PIN).expect("unlock");
    let check = vault.apply_retention().expect("retention");
    assert!(
        matches!(check, RetentionCheck::AskFirst { .. }),
        "{check:?}"
    );
    let left = labels(&vault).expect("labels");
    tally.row(
        "retention 30 d, case 29.5 d old, clock +1 d within a boot".into(),
        &format!("{check:?}"),
        case_lost(Some(&left)),
        false,
    );
    drop(vault);

    // The newest header slot edited by hand: nine failures and an hour to wait.
    let clock = Arc::new(ManualClock::new(start()));
    let (place, vault) = one_case(&tmp.path().join("delay"), &clock);
    drop(vault);
    let slot = paths(&place, Target::NewestHeaderSlot).remove(0);
    let mut json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&slot).expect("slot")).expect("json");
    json["failed_attempts"] = 9.into();
    json["delay"] = serde_json::json!({
        "secs": 3600,
        "set_at_ns": clock.now().timestamp_nanos_opt().expect("ns"),
        "set_since_boot_ms": null,
    });
    std::fs::write(&slot, serde_json::to_vec(&json).expect("json")).expect("edit");
    let mut vault = place.open(&clock);
    vault.refresh().expect("refresh");
    let status = vault.status();
    assert!(
        matches!(
            status,
            VaultStatus::Locked {
                failed_attempts: 0,
                retry_at: None,
                ..
            }
        ),
        "{status:?}"
    );
    let (shown, labels_read) = try_right_pin(&mut vault, &clock);
    assert_eq!(shown, Shown::Cases, "opened at once");
    tally.row(
        "NewestHeaderSlot edited: 9 failures, 1 h delay (MAC wrong)".into(),
        "Cases, nothing shown or enforced",
        case_lost(labels_read.as_ref()),
        false,
    );
    drop(vault);

    // Another vault's log next to ours after a checkpoint (ours has none left).
    let clock = Arc::new(ManualClock::new(start()));
    let (place, vault) = one_case(&tmp.path().join("log"), &clock);
    drop(vault);
    let (other, mut theirs) = one_case(&tmp.path().join("other"), &clock);
    theirs.unlock(PIN).expect("unlock");
    theirs.save_case(&case("ander 2", &clock)).expect("save");
    for name in ["vault.db-wal", "vault.db-shm"] {
        std::fs::copy(other.vault().join(name), place.vault().join(name)).expect("copy");
    }
    drop(theirs);
    let mut vault = place.open(&clock);
    let (shown, labels_read) = try_right_pin(&mut vault, &clock);
    assert_eq!(shown, Shown::CasesAndLogKept);
    tally.row(
        "Log of another vault after a checkpoint".into(),
        "log set aside, cases, said",
        case_lost(labels_read.as_ref()),
        false,
    );
    drop(vault);

    // The platform's count file damaged.
    let clock = Arc::new(ManualClock::new(start()));
    let (place, vault) = one_case(&tmp.path().join("count"), &clock);
    drop(vault);
    std::fs::write(
        place.keys().join("attempts-NOT-FOR-PHONES.txt"),
        b"\xff\xfe",
    )
    .expect("damage");
    let mut vault = place.open(&clock);
    let (shown, labels_read) = try_right_pin(&mut vault, &clock);
    assert_eq!(shown, Shown::Cases);
    tally.row(
        "Platform count file damaged".into(),
        "Cases, said once",
        case_lost(labels_read.as_ref()),
        false,
    );
    drop(vault);

    // The database gone, a stray new database in its stead.
    let clock = Arc::new(ManualClock::new(start()));
    let (place, mut vault) = one_case(&tmp.path().join("stray"), &clock);
    vault.unlock(PIN).expect("unlock");
    vault.lock();
    drop(vault);
    std::fs::rename(
        place.vault().join("vault.db"),
        place.vault().join("vault.db.new"),
    )
    .expect("mv");
    let stray = std::fs::read(place.vault().join("vault.db.new")).expect("stray");
    let mut vault = place.open(&clock);
    let (shown, _) = try_right_pin(&mut vault, &clock);
    assert_eq!(shown, Shown::Damaged(VaultPart::MissingDatabase));
    assert_eq!(
        std::fs::read(place.vault().join("vault.db.new")).expect("kept"),
        stray,
        "left alone"
    );
    tally.row(
        "Database missing, stray vault.db.new".into(),
        &shown.to_string(),
        0,
        false,
    );
    drop(vault);

    // A second process while the first has the vault open.
    let clock = Arc::new(ManualClock::new(start()));
    let (place, mut vault) = one_case(&tmp.path().join("two"), &clock);
    vault.unlock(PIN).expect("unlock");
    let second = report_from_another_process(&place);
    assert_eq!(second, "InUse Err(InUse)", "the second process is refused");
    assert_eq!(
        labels(&vault).expect("labels").len(),
        1,
        "the first works on"
    );
    drop(vault);
    let after = report_from_another_process(&place);
    assert!(after.ends_with("Ok(())"), "{after}");
    tally.row(
        "Two processes on one vault".into(),
        "second: InUse; after the first: opens",
        0,
        false,
    );
}

fn prompt() -> BiometricPrompt {
    BiometricPrompt {
        title: "Ontgrendelen".into(),
        subtitle: "Met uw vingerafdruk of gezicht".into(),
        use_pin: "Pincode gebruiken".into(),
    }
}

/// The biometric unlock on, a quick exit made, the vault locked; then each header slot
/// and the platform's count file damaged, missing, or put back from before the exit.
/// No finger may open the vault; the PIN opens it (or the damage is said, nothing lost).
fn biometric_faults(tally: &mut Tally) {
    let tmp = tempfile::tempdir().expect("tempdir");
    let clock = Arc::new(ManualClock::new(start()));
    let fingers = Arc::new(FakeBiometrics::default());
    let place = Place {
        root: tmp.path().join("armed"),
    };
    let mut vault = place.open_with(&clock, fingers.clone());
    vault.create(PIN).expect("create");
    vault.save_case(&case("gezin 1", &clock)).expect("save");
    vault.turn_on_biometrics(PIN, 24, &prompt()).expect("on");
    vault.lock();
    let armed = place.copy_to(&tmp.path().join("before-exit"));
    vault.require_pin().expect("quick exit");
    drop(vault);
    let targets = [
        Target::NewestHeaderSlot,
        Target::OlderHeaderSlot,
        Target::BothHeaderSlots,
        Target::CountFile,
    ];
    let faults = [
        Fault::Missing,
        Fault::Truncated,
        Fault::BitFlipped,
        Fault::OlderCopy,
    ];
    for (n, (target, fault)) in targets
        .iter()
        .flat_map(|t| faults.iter().map(move |f| (*t, *f)))
        .enumerate()
    {
        let row = place.copy_to(&tmp.path().join(format!("bio-{n}")));
        if !apply(&row, target, fault, &armed) {
            continue;
        }
        let what = format!("biometric on, quick exit: {target:?} {fault:?}");
        let mut vault = row.open_with(&clock, fingers.clone());
        let prompts = fingers.prompts().len();
        let finger = vault.unlock_with_biometrics(&prompt());
        assert!(
            matches!(
                finger,
                Err(VaultError::PinNeeded { .. } | VaultError::Corrupt { .. })
            ),
            "{what}: the finger gave {finger:?}"
        );
        assert_eq!(
            fingers.prompts().len(),
            prompts,
            "{what}: a prompt was shown"
        );
        let (shown, labels) = try_right_pin(&mut vault, &clock);
        let lost = match &shown {
            Shown::Cases | Shown::CasesAndLogKept => case_lost(labels.as_ref()),
            _ => 0,
        };
        let finger = match finger {
            Err(VaultError::PinNeeded { reason }) => format!("{reason:?}"),
            _ => "header refused".into(),
        };
        tally.row(what, &format!("{finger}; PIN: {shown}"), lost, false);
    }
}
